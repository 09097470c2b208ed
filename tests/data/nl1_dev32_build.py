#!/usr/bin/env python3
"""NL1 development cases, batch dev32: where a diagnosis travels.

Discharge summaries, admission notes, daily ward notes, referrals and referral
answers, nursing notes.  Each case is one record with the asserted note "n1"
and the NL101/NL102 findings that must and must not come from it.

Written from the regional routines (seeds/) and the rule catalog (DESIGN.md)
only.  Standard library only, deterministic: `python3 nl1_dev32_build.py`
writes nl1_dev32_cases.jsonl next to this file and exits 1 on any problem.
"""

import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev32_cases.jsonl")

# --------------------------------------------------------------------------
# units: key -> (name, HSA-id)
# --------------------------------------------------------------------------
UNITS = {
    # Region Skåne, Melior (hospitals)
    "s_lund_med": ("Medicinavdelning 6, Skånes universitetssjukhus Lund", "SE2321000255-2K41"),
    "s_lund_ava": ("Akutvårdsavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-2A01"),
    "s_lund_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2N18"),
    "s_lund_neuroavd": ("Neurologiavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-2N21"),
    "s_lund_stroke": ("Strokeavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-2S09"),
    "s_lund_lung": ("VE Lungmedicin, Skånes universitetssjukhus Lund", "SE2321000255-2L07"),
    "s_lund_hemavd": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-2H30"),
    "s_lund_hemmott": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2H33"),
    "s_lund_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2D12"),
    "s_lund_barn": ("Barnmedicinavdelning 65, Barn- och ungdomssjukhuset Lund", "SE2321000255-2B65"),
    "s_malmo_kir": ("Kirurgiavdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-3K02"),
    "s_malmo_kard": ("Kardiologiavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-3C03"),
    "s_malmo_inf": ("Infektionsavdelning 5, Skånes universitetssjukhus Malmö", "SE2321000255-3I05"),
    "s_malmo_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3R20"),
    "s_malmo_gastro": ("Mag- och tarmmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3G11"),
    "s_malmo_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3M40"),
    "s_hbg_med": ("Medicinavdelning 53, Helsingborgs lasarett", "SE2321000255-5M53"),
    "s_hbg_ort": ("Ortopedavdelning 22, Helsingborgs lasarett", "SE2321000255-5O22"),
    "s_hbg_barn": ("Barnmedicinavdelningen, Helsingborgs lasarett", "SE2321000255-5B10"),
    "s_hbg_neuro": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-5N03"),
    "s_hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5A00"),
    "s_cks_inf": ("Infektionskliniken, Centralsjukhuset Kristianstad", "SE2321000255-6I01"),
    "s_cks_med": ("Medicinavdelning 14, Centralsjukhuset Kristianstad", "SE2321000255-6M14"),
    "s_cks_medmott": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6M30"),
    "s_ystad_med": ("Medicinavdelning 2, Lasarettet i Ystad", "SE2321000255-7M02"),
    "s_ystad_medmott": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-7M20"),
    "s_ystad_kir": ("Kirurgiavdelningen, Lasarettet i Ystad", "SE2321000255-7K01"),
    "s_ystad_barn": ("Barnmedicinmottagningen, Lasarettet i Ystad", "SE2321000255-7B05"),
    "s_landskrona_ger": ("Geriatriska avdelningen, Lasarettet Landskrona", "SE2321000255-8G01"),
    "s_trelleborg_kir": ("Kirurgiavdelningen, Lasarettet Trelleborg", "SE2321000255-8K04"),
    "s_trelleborg_medmott": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-8M11"),
    "s_angelholm_med": ("Medicinavdelning 4, Ängelholms sjukhus", "SE2321000255-9M04"),
    "s_hassleholm_ort": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-9O02"),
    # Region Skåne, PMO (primary care)
    "p_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P1H7"),
    "p_vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-P2K3"),
    "p_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P3S5"),
    "p_vc_osby": ("Vårdcentralen Osby", "SE2321000255-P4O2"),
    "p_bvc_staffanstorp": ("Barnavårdscentralen Staffanstorp", "SE2321000255-P5B1"),
    "p_hsj_lomma": ("Hemsjukvården, Vårdcentralen Lomma", "SE2321000255-P6L4"),
    # Västra Götalandsregionen, Melior
    "v_su_med": ("Medicinavdelning 3, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0M3"),
    "v_su_stroke": ("Strokeenheten avdelning 42, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0S4"),
    "v_su_neuroavd": ("Neurologavdelning 131, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0N1"),
    "v_su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0N9"),
    "v_su_hem": ("Hematologiavdelning 53, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0H5"),
    "v_su_lungavd": ("Lungavdelning 26, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0L6"),
    "v_su_thorax": ("Thoraxkirurgisk avdelning 5, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0T5"),
    "v_su_hjart": ("Hjärtavdelning 25, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0K2"),
    "v_su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0J1"),
    "v_su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0D2"),
    "v_su_genetik": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-S0G7"),
    "v_su_inf": ("Infektionsavdelning 3, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-S1I3"),
    "v_su_gastro": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-S1G1"),
    "v_su_barn": ("Avdelning 331, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-S1B3"),
    "v_su_ger": ("Geriatrisk avdelning 52, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-S2G5"),
    "v_su_ort": ("Ortopedavdelning 24, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-S2O4"),
    "v_nal_med": ("Medicinavdelning 32, NU-sjukvården NÄL", "SE2321000131-N1M3"),
    "v_udd_kir": ("Kirurgavdelning 1, NU-sjukvården Uddevalla sjukhus", "SE2321000131-N2K1"),
    "v_skas_med": ("Medicinavdelning 10, Skaraborgs Sjukhus Skövde", "SE2321000131-K1M1"),
    "v_skas_ort": ("Ortopedavdelning 7, Skaraborgs Sjukhus Skövde", "SE2321000131-K1O7"),
    "v_skas_barn": ("Barn- och ungdomsmedicinska avdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K1B2"),
    "v_lidk_med": ("Medicinkliniken, Skaraborgs Sjukhus Lidköping", "SE2321000131-K2M1"),
    "v_sas_inf": ("Infektionskliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B1I1"),
    "v_sas_med": ("Medicinavdelning M4, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B1M4"),
    "v_sas_hjart": ("Hjärtavdelning 42, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B1H2"),
    "v_kungalv_med": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-G1M2"),
    "v_kungalv_medmott": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-G1M9"),
    "v_alingsas_med": ("Medicinavdelning 5, Alingsås lasarett", "SE2321000131-A1M5"),
}


def t(s):
    """'2024-03-14 10:20' -> '2024-03-14T10:20:00'; None stays None."""
    if s is None:
        return None
    return s.replace(" ", "T") + ":00"


def P(pnr, birth_date):
    return {"id": pnr, "birth_date": birth_date, "protected_identity": False}


def N(nid, system, template, unit, author, time, signed, setting, sections,
      role="läkare"):
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t(time),
        "signed": t(signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, patient, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [[code, "n1"] for code in must],
        "must_not": [[code, "n1"] for code in must_not],
        "why": why,
    })


# ==========================================================================
# 1. NL102 must: a hypothesis still open in a visible Melior note
# ==========================================================================

C("skane-epikris-diagnoslista-sarkoidos-fragetecken", "skane",
  P("19580422-4151", "1958-04-22"), "2024-03-31",
  [N("n1", "Melior", "Epikris", "s_lund_med", "Karin Lindqvist",
     "2024-03-14 10:20", "2024-03-14 15:02", "slutenvård", [
      ("Inkomstorsak", "Tilltagande andfåddhet och bensvullnad sedan tre veckor, remitterad från Vårdcentralen Genarp."),
      ("Vårdförlopp", "Vid ankomst NT-proBNP 4 300 ng/L och nytillkommet förmaksflimmer med snabbt kammarsvar. Ekokardiografi 2024-03-08 visade EF 35 % med global hypokinesi. Behandlad med intravenöst furosemid med god diures, viktnedgång 4,5 kg under vårdtiden. Frekvenskontroll med bisoprolol, antikoagulation insatt. DT thorax gjordes för att utesluta lungemboli och visade inga embolier men förstorade hilära och mediastinala lymfkörtlar bilateralt."),
      ("Diagnoser", "1. Hjärtsvikt med nedsatt ejektionsfraktion, nydebuterad (I50.1)\n2. Förmaksflimmer (I48.9)\n3. Sarkoidos? Bilateral hilär lymfadenopati på DT, utredning via lungmottagningen"),
      ("Status vid utskrivning", "Vikt 81,2 kg (inkomst 85,7). Inga perifera ödem kvar, basala rassel försvunna. Sinusrytm sedan dag 3, puls 68, BT 112/70."),
      ("Socialt", "Gift, bor i villa i Genarp. Pensionerad snickare. Slutade röka 2005, alkohol enstaka glas vin."),
      ("Läkemedel", "Insatt: Eliquis 5 mg 1x2, Bisoprolol 5 mg 1x1, Furosemid 40 mg 1x1, Entresto 24/26 mg 1x2."),
      ("Uppföljning", "Återbesök hjärtsviktsmottagningen om 4 veckor med NT-proBNP och kreatinin. Remiss skickad till VE Lungmedicin för bronkoskopi med EBUS."),
  ])],
  ["NL102"], [],
  "Numbered Diagnoser list in a discharge summary: items 1-2 settled, item 3 is a diagnosis followed by '?' and handed to the lung clinic.")

C("vgr-epikris-protesendokardit-odlingar-ej-klara", "vgr",
  P("19491103-5865", "1949-11-03"), "2024-04-30",
  [N("n1", "Melior", "Epikris", "v_su_inf", "Henrik Ahlberg",
     "2024-04-04 13:10", "2024-04-04 16:45", "slutenvård", [
      ("Inkomstorsak", "Feber 39,4 och frossa sedan fem dagar. Känd mekanisk aortaklaffprotes sedan 2016."),
      ("Vårdförlopp", "CRP 187 vid ankomst, inget uppenbart fokus. Tre par blododlingar tagna före antibiotika, därefter insatt cefotaxim. Urinodling och lungröntgen utan anmärkning. Transtorakalt eko utan säkra vegetationer, men protesen är svårbedömd med den tekniken. Feberfri sedan dag 3, CRP 41 vid utskrivning. Patienten önskar åka hem och är i gott skick."),
      ("Bedömning", "Misstänkt protesendokardit som inte kan uteslutas. Blododlingarna är ännu inte slutbesvarade vid utskrivningen, TEE är bokad polikliniskt."),
      ("Åtgärder", "Fortsatt intravenös antibiotika i hemmet via OPAT-teamet enligt ordination."),
      ("Läkemedel", "Cefotaxim 2 g x 3 intravenöst via PICC-line. Waran enligt AK-mottagningen, INR 2,8 vid utskrivningen. Övriga läkemedel oförändrade."),
      ("Status vid utskrivning", "Opåverkad, temp 37,1. Mekaniskt klaffljud, inget nytillkommet blåsljud. Inga embolistigmata på händer eller fötter."),
      ("Uppföljning", "Infektionsjouren bevakar odlingssvaren och ringer patienten vid växt. TEE 2024-04-09, återbesök infektionsmottagningen Östra 2024-04-11."),
  ])],
  ["NL102"], [],
  "Results still pending at discharge: 'misstänkt protesendokardit som inte kan uteslutas' in Bedömning of a discharge summary.")

C("skane-utskrivning-geriatrik-trolig-alzheimer", "skane",
  P("19370618-7600", "1937-06-18"), "2024-05-31",
  [N("n1", "Melior", "Utskrivningsanteckning", "s_landskrona_ger", "Per-Olof Nyström",
     "2024-05-16 11:30", "2024-05-16 14:05", "slutenvård", [
      ("Inkomstorsak", "Inlagd via akuten efter fall i hemmet, ingen fraktur. Anhöriga har länge upplevt tilltagande glömska."),
      ("Vårdförlopp", "Mobiliserad med rollator, fysioterapeuten bedömer gången som säker inomhus. MMSE 21/30 dag 4, klocktest med tydliga svårigheter. DT hjärna visar måttlig central och kortikal atrofi, mest uttalat temporalt, samt lätta vitsubstansförändringar. B12, folat, TSH och kalcium normala."),
      ("Bedömning", "Kognitiv svikt av måttlig grad, trolig Alzheimers sjukdom med inslag av vaskulär komponent. Utredningen är inte slutförd och fortsätter på minnesmottagningen."),
      ("Diagnoser", "Fallolycka i hemmet (W19). Kognitiv svikt (R41.8)."),
      ("Läkemedel", "Oförändrade: Waran, Levaxin 75 µg, Omeprazol 20 mg. Zopiklon utsatt på grund av fallrisk."),
      ("Socialt", "Änka sedan 2015, bor ensam i lägenhet i Landskrona med hemtjänst en gång dagligen. Sonen bor i Malmö och hjälper till med ekonomin."),
      ("Uppföljning", "Remiss till minnesmottagningen, Lasarettet Landskrona. Biståndshandläggaren är kontaktad om utökad hemtjänst, beslut väntas nästa vecka."),
  ])],
  ["NL102"], [],
  "Geriatric discharge note: a probable dementia diagnosis ('trolig Alzheimers sjukdom') whose work-up continues at the memory clinic.")

C("vgr-epikris-jarnbristanemi-trolig-gi-blodning", "vgr",
  P("19520909-9331", "1952-09-09"), "2024-02-29",
  [N("n1", "Melior", "Epikris", "v_nal_med", "Sofia Bergström",
     "2024-02-12 09:50", "2024-02-12 12:40", "slutenvård", [
      ("Inkomstorsak", "Trötthet och yrsel, Hb 71 på vårdcentralen."),
      ("Vårdförlopp", "Hb 69 vid ankomst, MCV 72, ferritin 6. Ingen pågående synlig blödning, F-Hb positivt i två av tre prov. Transfunderad med två enheter erytrocyter, Hb 92 före hemgång. Järninfusion given dag 2. Behandlas sedan tidigare med Trombyl efter PCI."),
      ("Diagnoser", "Järnbristanemi, trolig kronisk gastrointestinal blödning (D50.0)"),
      ("Läkemedel", "Trombyl fortsätter efter samråd med kardiolog. Pantoprazol 40 mg 1x1 insatt tills vidare."),
      ("Uppföljning", "Gastroskopi och koloskopi bokas via endoskopienheten NÄL inom 4 veckor. Hb-kontroll på Vårdcentralen Vänersborg om 2 veckor."),
  ])],
  ["NL102"], [],
  "Settled anaemia with a hedged cause that is itself a diagnosis ('trolig kronisk gastrointestinal blödning') in the discharge diagnosis line.")

C("skane-epikris-utkast-mojlig-mykoplasmapneumoni", "skane",
  P("19900214-1068", "1990-02-14"), "2024-10-31",
  [N("n1", "Melior", "Epikris", "s_cks_inf", "Ahmad Karimi",
     "2024-10-21 15:40", None, "slutenvård", [
      ("Inkomstorsak", "Torrhosta, feber och huvudvärk i en vecka, ingen effekt av penicillin V från vårdcentralen."),
      ("Vårdförlopp", "Lungröntgen med fläckvisa infiltrat bilateralt basalt. CRP 96, LPK 8,1, lätt hyponatremi 131. Urinantigen för pneumokocker och legionella negativa. Nasofarynxprov för mykoplasma-PCR skickat till Lund men ej besvarat. Behandlad med doxycyklin från dag 1 med snabb förbättring."),
      ("Bedömning", "Pneumoni med atypisk bild, möjlig mykoplasmapneumoni. Agens är ännu inte fastställt."),
      ("Åtgärder", "Doxycyklin totalt 10 dagar."),
      ("Uppföljning", "Svaret på PCR bevakas av avdelningsläkaren. Klinisk kontroll på vårdcentralen om 6 veckor, lungröntgen efter 8 veckor."),
  ])],
  ["NL102"], [],
  "Unsigned draft discharge summary: 'möjlig mykoplasmapneumoni' with the PCR unanswered at discharge.")

C("vgr-epikris-synkope-misstankt-arytmi", "vgr",
  P("19441230-2798", "1944-12-30"), "2024-06-30",
  [N("n1", "Melior", "Epikris", "v_skas_med", "Lars Gunnarsson",
     "2024-06-07 10:15", "2024-06-07 11:55", "slutenvård", [
      ("Inkomstorsak", "Plötslig medvetandeförlust i matbutik, enligt vittnen borta i cirka 20 sekunder, ingen föregående yrsel."),
      ("Vårdförlopp", "Telemetri i tre dygn utan registrerade arytmier. EKG med AV-block I (PQ 240 ms) och högersidigt skänkelblock. Ekokardiografi med normal systolisk funktion och lätt aortastenos. Ortostatiskt prov utan blodtrycksfall. Lab utan anmärkning."),
      ("Bedömning", "Synkope, misstänkt arytmiorsakad med tanke på ledningsrubbningen. Patienten har fått besked om körförbud enligt Transportstyrelsens föreskrifter tills utredningen är klar."),
      ("Diagnoser", "Synkope (R55). AV-block I (I44.0). Högersidigt skänkelblock (I45.1)."),
      ("Uppföljning", "Implanterbar loop-recorder planeras via arytmimottagningen, kallelse skickas. Återbesök kardiologmottagningen SkaS om 3 månader."),
  ])],
  ["NL102"], [],
  "Symptom diagnosis settled, but its suspected arrhythmic cause ('misstänkt arytmiorsakad') stays open in Bedömning.")

C("skane-epikris-kolecystektomi-gallblasecancer-pad-invantas", "skane",
  P("19630527-4521", "1963-05-27"), "2024-09-30",
  [N("n1", "Melior", "Epikris", "s_malmo_kir", "Emma Håkansson",
     "2024-09-10 08:45", "2024-09-10 10:30", "slutenvård", [
      ("Inkomstorsak", "Planerad laparoskopisk kolecystektomi efter upprepade gallstensanfall."),
      ("Vårdförlopp", "Preoperativ DT beskrev en lokal väggförtjockning i gallblåsans fundus, 14 mm. Operationen utfördes laparoskopiskt, gallblåsan togs ut intakt i påse, inga synliga metastaser och makroskopiskt normal lever. Okomplicerat postoperativt förlopp, hemgång dag 1."),
      ("Bedömning", "Gallblåsecancer kan ännu inte uteslutas. Den fortsatta handläggningen avgörs av PAD."),
      ("Diagnoser", "Gallsten med kolecystit, recidiverande (K80.1)."),
      ("Uppföljning", "PAD-svar väntas inom två veckor och tas upp på övre GI-konferensen. Telefonkontakt med opererande kirurg när svaret föreligger. Sjukskriven 2 veckor."),
  ])],
  ["NL102"], [],
  "Discharge with PAD pending: 'gallblåsecancer kan ännu inte uteslutas' is an open hypothesis, unlike 'kan uteslutas'.")

C("vgr-epikris-feber-ec-differentialdiagnoser-lymfom-vaskulit", "vgr",
  P("19710819-6259", "1971-08-19"), "2024-04-30",
  [N("n1", "Melior", "Epikris", "v_sas_med", "Maria Sjöberg",
     "2024-04-02 14:20", "2024-04-03 08:10", "slutenvård", [
      ("Inkomstorsak", "Intermittent feber sedan fem veckor, viktnedgång 6 kg och nattliga svettningar."),
      ("Vårdförlopp", "Upprepade blododlingar negativa. CRP mellan 60 och 110 hela vårdtiden. DT thorax-buk visade lätt förstorade retroperitoneala lymfkörtlar, största 17 mm, och splenomegali 14 cm. Ekokardiografi utan vegetationer. ANCA och ANA negativa. Quantiferon negativt."),
      ("Bedömning", "Feber av okänd orsak. Differentialdiagnoser är lymfom och storkärlsvaskulit. PET-DT är beställd och körtelbiopsi övervägs efter PET."),
      ("Diagnoser", "Feber, ospecificerad (R50.9)"),
      ("Läkemedel", "Inga antibiotika vid utskrivningen. Paracetamol 1 g vid behov, högst 4 g per dygn."),
      ("Status vid utskrivning", "Temp 37,9 i eftermiddags, i övrigt opåverkad. Mjältpolen palpabel två tvärfingrar under arcus."),
      ("Uppföljning", "PET-DT på Sahlgrenska vecka 16. Återbesök medicinmottagningen Borås efter PET."),
  ])],
  ["NL102"], [],
  "Fever of unknown origin where Bedömning names two differential diagnoses (lymfom, storkärlsvaskulit) left open at discharge.")

C("skane-epikris-typo-mistankt-lungemboli-skintigrafi", "skane",
  P("19810308-7980", "1981-03-08"), "2024-02-29",
  [N("n1", "Melior", "Epikris", "s_ystad_med", "Jonas Wallin",
     "2024-02-10 16:05", "2024-02-10 17:20", "slutenvård", [
      ("Inkomstorsak", "Högersidig andningskorrelerad bröstsmärta och takykardi efter långflygning från Bangkok."),
      ("Vårdförlopp", "D-dimer 2,8. Saturation 94 % på luft, puls 108. DT lungangiografi kunde inte genomföras på grund av känd svår kontrastallergi med anafylaxi 2019. Lungskintigrafi är inte tillgänglig i Ystad under helgen. Apixaban insatt direkt i fulldos."),
      ("Bedömning", "Mistänkt lungemboli, behandlas som sådan tills perfusionsskintigrafin är gjord."),
      ("Läkemedel", "Eliquis 10 mg 1x2 i 7 dagar, därefter 5 mg 1x2."),
      ("Uppföljning", "Perfusionsskintigrafi på SUS Malmö 2024-02-12 kl 09.30, kallelsen är överlämnad. Medicinmottagningen Ystad tar ställning till fortsatt behandling efter undersökningen."),
  ])],
  ["NL102"], [],
  "Typo in the hedge ('Mistänkt lungemboli'): a patient sent home on treatment while the confirming scan is still to come.")

C("vgr-utskrivning-copy-forward-fragestallning-myelom", "vgr",
  P("19460125-9718", "1946-01-25"), "2024-03-31",
  [N("n1", "Melior", "Utskrivningsanteckning", "v_kungalv_med", "Anders Holm",
     "2024-03-19 11:00", "2024-03-19 13:25", "slutenvård", [
      ("Inkomstorsak", "Ryggsmärta och hyperkalcemi, remitterad från Vårdcentralen Ytterby."),
      ("Bedömning vid inskrivning", "Hyperkalcemi 3,21 och ryggsmärta hos äldre man. Frågeställning myelom? Rehydrering och zoledronsyra."),
      ("Vårdförlopp", "Kalcium 2,58 efter rehydrering och en dos zoledronsyra. Smärtan lindrad med paracetamol och oxikodon. Röntgen ländrygg visar kompressionsfraktur L2. Elfores och fria lätta kedjor skickade, svar ej klart vid hemgång."),
      ("Bedömning", "Se inskrivningens bedömning ovan, oförändrad."),
      ("Uppföljning", "Hematologmottagningen NÄL kontaktas av avdelningsläkaren när proteinanalyserna är klara."),
  ])],
  ["NL102"], [],
  "Copy-forward: the admission assessment with 'Frågeställning myelom?' is pasted into the discharge note and never updated.")

C("skane-inskrivning-pyelonefrit-diff-divertikulit", "skane",
  P("19681002-1441", "1968-10-02"), "2024-08-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "s_lund_ava", "Johanna Ek",
     "2024-08-14 21:40", "2024-08-14 23:10", "slutenvård", [
      ("Inkomstorsak", "Feber, frossa och vänstersidig buksmärta sedan i går kväll."),
      ("Tidigare sjukdomar", "Hypertoni. Divertikulos känd sedan koloskopi 2021. Recidiverande cystiter."),
      ("Läkemedel", "Amlodipin 5 mg 1x1, Enalapril 10 mg 1x1. Ingen känd läkemedelsallergi."),
      ("Socialt", "Sambo, arbetar som förskollärare. Röker inte."),
      ("Aktuellt", "Smärtan sitter i vänster flank och fossa, ingen diarré, lätt sveda vid miktion sedan två dagar. Temp 39,1 i hemmet."),
      ("Status", "AT: Smärtpåverkad, varm och lätt dehydrerad. Buk: Mjuk, palpationsöm i vänster fossa iliaca och flank, ingen peritonit. Dunkömhet vänster njurloge. BT 118/72, puls 104."),
      ("Lab", "CRP 212, LPK 17,3, kreatinin 98, U-sticka nitrit pos, leukocyter 3+."),
      ("Bedömning", "Misstänkt pyelonefrit vänster, differentialdiagnos divertikulit. DT buk i kväll avgör. Blododlingar och urinodling tagna, startar cefotaxim."),
      ("Planering", "Inläggning AVA, intravenös vätska, fasta tills DT är besvarad."),
  ])],
  ["NL102"], [],
  "Admission note working diagnosis with a named differential diagnosis, both still open at the time of the note.")

C("vgr-inskrivning-utkast-trolig-tia", "vgr",
  P("19550714-3179", "1955-07-14"), "2024-01-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "v_su_stroke", "Elin Söderberg",
     "2024-01-17 19:25", None, "slutenvård", [
      ("Inkomstorsak", "Övergående talsvårigheter och svaghet i höger hand i cirka 40 minuter i eftermiddags."),
      ("Aktuellt", "Hustrun märkte att han inte fick fram orden vid middagen. Symtomen gick helt tillbaka innan ambulansen kom. Ingen huvudvärk, inga tidigare liknande episoder."),
      ("Tidigare sjukdomar", "Typ 2-diabetes, hyperlipidemi, rökare 30 paketår."),
      ("Läkemedel", "Metformin 1 g 1x2, Simvastatin 20 mg 1x1. Inga blodförtunnande."),
      ("Socialt", "Gift, två vuxna barn. Driver egen bilverkstad i Partille, kör bil dagligen."),
      ("Status", "NIHSS 0. Ingen drift, talet utan anmärkning. Regelbunden rytm, BT 168/94."),
      ("Röntgen", "DT hjärna med angio: Ingen blödning, 60-procentig stenos i vänster ACI. P-glukos 11,2."),
      ("Bedömning", "Trolig TIA i vänster hemisfär, ABCD2 5 poäng. Inläggning för telemetri och karotisutredning."),
      ("Planering", "Dubbel trombocythämning i 21 dagar, statindosen höjs. Karotisduplex i morgon, kärlkirurgisk bedömning efter svar."),
  ])],
  ["NL102"], [],
  "Unsigned admission note (pre-signing): 'Trolig TIA' in Bedömning.")

C("skane-inskrivning-troligen-delirium-uvi", "skane",
  P("19330211-4909", "1933-02-11"), "2024-07-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "s_angelholm_med", "Mikael Strand",
     "2024-07-03 17:50", "2024-07-03 20:15", "slutenvård", [
      ("Inkomstorsak", "Förvirring sedan två dygn enligt personalen på särskilt boende, vägrar äta."),
      ("Anamnes", "Bor på Kullagårdens äldreboende. Enligt personalen normalt orienterad till person och klarar förflyttning med en personal. Sedan i förrgår oklar, plockig, sover dagtid och är vaken nätter."),
      ("Läkemedel", "Furosemid, Alvedon, Oxascand vid behov, Madopark."),
      ("Status", "Vaken men fluktuerande uppmärksamhet, desorienterad till tid och rum. Torra slemhinnor. Temp 38,2. Buk mjuk, suprapubiskt öm."),
      ("Lab", "CRP 88, natrium 148, kreatinin 142 (tidigare 85). U-sticka nitrit pos."),
      ("Bedömning", "Akut konfusion, troligen delirium utlöst av urinvägsinfektion och dehydrering. Oxascand sätts ut."),
      ("Planering", "Intravenös vätska, ceftibuten efter urinodling. Undvika nattliga väckningar, anhöriga uppmuntras till besök."),
  ])],
  ["NL102"], [],
  "Adverb hedge 'troligen delirium' in an admission assessment for an elderly confused patient.")

C("vgr-inskrivning-misstankt-appendicit-diff-ovarialcysta", "vgr",
  P("19990923-6623", "1999-09-23"), "2024-05-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "v_udd_kir", "Oskar Lindahl",
     "2024-05-22 15:15", "2024-05-22 16:00", "slutenvård", [
      ("Inkomstorsak", "Buksmärta sedan i morse, först runt naveln och nu i höger fossa."),
      ("Anamnes", "Tidigare frisk. Senaste mens för tre veckor sedan, regelbundna cykler. Illamående, kräkts en gång. Inga urinvägsbesvär."),
      ("Status", "Temp 37,9. Buk: Öm med muskelförsvar i höger fossa iliaca, släppömhet. Gynekologisk undersökning ej gjord av kirurg."),
      ("Lab", "CRP 34, LPK 13,9, U-hCG negativt."),
      ("Bedömning", "Misstänkt appendicit. Differentialdiagnostiskt ovarialcysta med torsion eller blödning, gynkonsult beställd."),
      ("Planering", "Fasta, vätska, ultraljud buk och gynekologiskt ultraljud i kväll. Ställningstagande till laparoskopi efter undersökningarna."),
  ])],
  ["NL102"], [],
  "Surgical admission: 'Misstänkt appendicit' plus 'Differentialdiagnostiskt ovarialcysta' before imaging.")

C("skane-barn-inskrivning-misstankt-kawasaki", "skane",
  P("20190630-8372", "2019-06-30"), "2024-03-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "s_lund_barn", "Linnea Falk",
     "2024-03-09 18:30", "2024-03-09 21:00", "slutenvård", [
      ("Inkomstorsak", "Feber sedan sex dagar, utslag och röda ögon. Remitterad från barnakuten."),
      ("Anamnes", "Fyraårig pojke, tidigare frisk, vaccinerad enligt programmet. Föräldrarna beskriver feber upp till 40 grader trots paracetamol. I går svullna händer och fötter, i dag spruckna läppar."),
      ("Status", "Irritabel men tröstbar. Bilateral icke-purulent konjunktivit. Röda spruckna läppar, jordgubbstunga. Polymorft exantem på bålen. Unilateral halslymfkörtel 2 cm till vänster. Ödem på hand- och fotryggar."),
      ("Lab", "CRP 142, SR 78, Hb 104, TPK 462, ALAT 1,8."),
      ("Bedömning", "Misstänkt Kawasakis sjukdom med fyra av fem huvudkriterier. Ekokardiografi i morgon bitti."),
      ("Planering", "IVIG och acetylsalicylsyra enligt PM efter samråd med barnkardiolog. Mamma stannar över natten."),
  ])],
  ["NL102"], [],
  "Child under 13 (guardians read the journal): admission note with 'Misstänkt Kawasakis sjukdom'.")

C("vgr-barn-inskrivning-trolig-bronkiolit-spadbarn", "vgr",
  P("20231105-0088", "2023-11-05"), "2024-02-29",
  [N("n1", "Melior", "Inskrivningsanteckning", "v_su_barn", "Fredrik Åberg",
     "2024-02-07 02:15", "2024-02-07 03:05", "slutenvård", [
      ("Inkomstorsak", "Tre månader gammal flicka med hosta, snuva och försämrad matning sedan tre dagar."),
      ("Anamnes", "Född i vecka 36, i övrigt frisk. Storebror förkyld. Äter hälften av vanlig mängd, färre blöta blöjor i dag."),
      ("Status", "Allmäntillstånd lätt påverkat. Andningsfrekvens 58, lätta jugulära och subkostala indragningar. Saturation 91 % på luft. Knattrande rassel bilateralt och förlängt exspirium."),
      ("Bedömning", "Trolig bronkiolit, RS-snabbtest inväntas. Syrgasbehov och nedsatt födointag motiverar inläggning."),
      ("Planering", "Nasal sondmatning vid behov, syrgas för saturation över 92 %. Kontinuerlig övervakning."),
  ])],
  ["NL102"], [],
  "A benign, everyday hedged diagnosis ('Trolig bronkiolit') in an infant's admission note is still a visible hypothesis.")

C("skane-daganteckning-copy-forward-lakemedelsutlost-leverskada", "skane",
  P("19770404-1834", "1977-04-04"), "2024-05-31",
  [N("n1", "Melior", "Daganteckning", "s_hbg_med", "Ida Persson",
     "2024-05-09 11:20", "2024-05-09 12:00", "slutenvård", [
      ("Aktuellt", "Dag 4. Mår bättre, äter mer. Ingen buksmärta, ingen klåda. Fortsatt gulfärgad i sklerorna."),
      ("Status", "Ikterisk. Buk mjuk och oöm, ingen palpabel lever."),
      ("Lab", "Bilirubin 88 (igår 104), ALAT 6,4 (igår 8,9), ALP 3,1, PK 1,1."),
      ("Bedömning", "Kopierat från 2024-05-06: Hepatocellulär leverpåverkan hos patient som påbörjade amoxicillin-klavulansyra för sinuit för tre veckor sedan. Misstänkt läkemedelsutlöst leverskada, hepatitserologi och autoimmun leverscreening tagna.\nTillägg i dag: Sjunkande värden, serologierna ännu ej besvarade."),
      ("Planering", "Fortsatt ingen antibiotika. Vid fortsatt sjunkande värden hemgång i morgon med provtagning på vårdcentralen om en vecka."),
  ])],
  ["NL102"], [],
  "Daily note carrying a copied-forward assessment ('Kopierat från …') whose hypothesis is still open three days later.")

C("vgr-rond-problemlista-spondylodiskit-kan-inte-uteslutas", "vgr",
  P("19591212-3550", "1959-12-12"), "2024-11-30",
  [N("n1", "Melior", "Rondanteckning", "v_sas_inf", "Karl Wennerström",
     "2024-11-12 10:40", "2024-11-12 11:15", "slutenvård", [
      ("Problemlista", "1. Sepsis med urinvägsfokus, E. coli i blododling, behandlas med cefotaxim.\n2. Akut njurskada, kreatinin 210 → 134.\n3. Ländryggssmärta sedan inkomsten, spondylodiskit kan inte uteslutas. MR ländrygg bokad i morgon."),
      ("Aktuellt", "Feberfri sedan i går kväll. Tilltagande smärta i ländryggen vid rörelse, behöver oxikodon två gånger per natt."),
      ("Status", "Ömhet vid perkussion över L3–L4, ingen neurologisk påverkan i benen."),
      ("Plan", "Ställningstagande till peroralt byte efter MR. Fysioterapeuten avvaktar mobilisering tills MR är gjord."),
  ])],
  ["NL102"], [],
  "Ward round problem list: two settled problems and a third that 'kan inte uteslutas'.")

C("skane-daganteckning-sannolikt-c-difficile", "skane",
  P("19480721-5282", "1948-07-21"), "2024-12-31",
  [N("n1", "Melior", "Daganteckning", "s_cks_med", "Viktor Lund",
     "2024-12-03 09:35", "2024-12-03 10:20", "slutenvård", [
      ("Aktuellt", "Sju till åtta vattentunna avföringar senaste dygnet, började dag 5 av behandling med piperacillin-tazobaktam för pneumoni."),
      ("Status", "Lätt buköm diffust, livliga tarmljud, ingen défense. Temp 38,0. Torr i munnen."),
      ("Bedömning", "Sannolikt Clostridioides difficile-enterit. F-toxinanalys skickad, isolering på eget rum enligt vårdhygien."),
      ("Åtgärder", "Piperacillin-tazobaktam byts till peroralt amoxicillin för pneumonin. Peroralt vankomycin påbörjas i väntan på svar. Vätskelista."),
  ])],
  ["NL102"], [],
  "'Sannolikt' before an infectious diagnosis in a daily note while the toxin test is pending.")

C("vgr-daganteckning-utkast-typo-misstant-pankreatit", "vgr",
  P("19850317-7019", "1985-03-17"), "2024-07-31",
  [N("n1", "Melior", "Daganteckning", "v_udd_kir", "Nils Carlsson",
     "2024-07-20 08:55", None, "slutenvård", [
      ("Aktuellt", "Inkom i natt med epigastriesmärta som strålar mot ryggen och kräkningar. Alkoholintag senaste veckan enligt patienten 'en del', ej närmare preciserat."),
      ("Status", "Smärtpåverkad, sitter framåtlutad. Epigastriell ömhet med lätt défense. Puls 112."),
      ("Lab", "P-amylas 2,6 μkat/L, CRP 46, ASAT och ALAT lätt förhöjda, bilirubin normalt."),
      ("Bedömning", "Misstänt akut pankreatit, etiologi troligen alkohol. Ultraljud gallvägar för att utesluta gallsten, DT buk om inte förbättrad inom ett dygn."),
      ("Planering", "Rikligt med intravenös vätska, smärtlindring, Oxascand vid abstinens enligt CIWA."),
  ])],
  ["NL102"], [],
  "Typo in the hedge ('Misstänt akut pankreatit') in an unsigned daily note on the surgical ward.")

C("skane-daganteckning-hb-fall-mojlig-ulcusblodning", "skane",
  P("19400509-8753", "1940-05-09"), "2024-10-31",
  [N("n1", "Melior", "Daganteckning", "s_hbg_ort", "Sara Olofsson",
     "2024-10-15 08:10", "2024-10-15 09:40", "slutenvård", [
      ("Aktuellt", "Postoperativ dag 3 efter halvprotes i höger höft. Nattpersonalen rapporterar en svart, kladdig avföring i morse. Mår illa, yr vid uppsittning."),
      ("Status", "Blek, BT 102/60, puls 96. Buk mjuk, lätt öm i epigastriet. Operationssåret torrt."),
      ("Lab", "Hb 84 (igår 101), urea 14,2."),
      ("Bedömning", "Hb-fall och melena, möjlig ulcusblödning. Har stått på naproxen hemma och fått Fragmin postoperativt. Medicinkonsult kontaktad."),
      ("Åtgärder", "Fragmin pausas. Pantoprazol 80 mg intravenöst direkt, därefter infusion. Blodgruppering och bastest, två enheter beställda. Gastroskopi i morgon enligt medicinjouren."),
  ])],
  ["NL102"], [],
  "Orthopaedic ward note: 'möjlig ulcusblödning' as the working explanation of melena before gastroscopy.")

C("vgr-rond-pancytopeni-fragestallning-mds", "vgr",
  P("19500330-0463", "1950-03-30"), "2024-09-30",
  [N("n1", "Melior", "Rondanteckning", "v_su_hem", "Jenny Fors",
     "2024-09-18 13:00", "2024-09-18 13:45", "slutenvård", [
      ("Aktuellt", "Inlagd för transfusionskrävande anemi och trombocytopeni. Benmärgsundersökning gjord i går, ont i punktionsstället i natt men mår i övrigt bra."),
      ("Lab", "Hb 78, TPK 31, LPK 2,1, neutrofiler 0,8. Retikulocyter låga. B12 och folat normala."),
      ("Bedömning", "Pancytopeni, frågeställning MDS. Morfologi och cytogenetik från benmärgen inväntas, preliminärt svar i slutet av veckan."),
      ("Plan", "Erytrocyttransfusion 1 enhet i dag. Trombocyter vid blödning eller värde under 10. Hemgång i morgon om stabil, återbesök hematologimottagningen när benmärgssvaret finns."),
  ])],
  ["NL102"], [],
  "'frågeställning MDS' without any question mark is a hypothesis in clinical Swedish.")

C("skane-remiss-neurologi-parkinson-fragetecken", "skane",
  P("19521111-2213", "1952-11-11"), "2024-04-30",
  [N("n1", "Melior", "Remiss", "s_ystad_medmott", "Gunilla Borg",
     "2024-04-08 14:50", "2024-04-08 15:10", "öppenvård", [
      ("Frågeställning", "Parkinsons sjukdom? Bedömning och ställningstagande till behandling önskas."),
      ("Anamnes", "71-årig man som följs på vår mottagning för hjärtsvikt. Sedan ungefär ett år vilotremor i höger hand, hustrun har märkt att han går med kortare steg och att handstilen blivit mindre."),
      ("Status", "Vilotremor höger hand, kugghjulsrigiditet i höger armbåge. Nedsatt medrörelse av höger arm vid gång. Ingen ortostatism."),
      ("Läkemedel", "Metoprolol, Furix, Enalapril, Atorvastatin. Inga neuroleptika eller metoklopramid."),
  ])],
  ["NL102"], [],
  "Referral whose Frågeställning is a diagnosis with '?': the suspicion travels to neurology in a visible note.")

C("vgr-remiss-lungmottagning-misstankt-interstitiell-lungsjukdom", "vgr",
  P("19570120-3928", "1957-01-20"), "2024-03-31",
  [N("n1", "Melior", "Remiss", "v_alingsas_med", "Tomas Ekström",
     "2024-03-06 10:05", "2024-03-06 10:40", "öppenvård", [
      ("Frågeställning", "För ställningstagande till utredning av misstänkt interstitiell lungsjukdom."),
      ("Anamnes", "Tilltagande ansträngningsdyspné sedan ett år och torrhosta. Aldrig rökt. Arbetat som frisör i 30 år. Har två undulater hemma."),
      ("Status", "Fina bibasala knastrerassel, inga klubbfingrar. Saturation 95 % i vila, 89 % efter trappgång."),
      ("Undersökningar", "HRCT 2024-03-02: Retikulära förändringar subpleuralt basalt med inslag av matt glas, inget honeycombing. Spirometri med restriktivt mönster, DLCO 58 % av förväntat."),
  ])],
  ["NL102"], [],
  "Referral 'för ställningstagande till utredning av misstänkt …': a suspicion passed on to the next caregiver.")

C("skane-remiss-hematologi-m-komponent-fragestallning-myelom", "skane",
  P("19441006-5678", "1944-10-06"), "2024-04-30",
  [N("n1", "Melior", "Remiss", "s_cks_medmott", "Anneli Svensson",
     "2024-04-23 09:30", "2024-04-23 10:00", "öppenvård", [
      ("Frågeställning", "M-komponent IgG kappa 28 g/L, frågeställning myelom. Tacksam för bedömning."),
      ("Anamnes", "79-årig man som följs här för förmaksflimmer. Vid rutinprover noterades högt totalprotein och elfores visade M-komponent. Ryggvärk sedan två månader."),
      ("Lab", "Hb 108, kalcium 2,61, kreatinin 131, fria lätta kedjor kappa 310 mg/L, kvot 14. Urinelfores med Bence Jones-protein."),
      ("Röntgen", "Lågdos-DT skelett är beställd men ännu inte utförd."),
  ])],
  ["NL102"], [],
  "Referral to haematology with 'frågeställning myelom' after a finding that is itself settled (M-komponent).")

C("vgr-remiss-gastro-typo-inflamatorisk-tarmsjukdom", "vgr",
  P("20010612-7384", "2001-06-12"), "2024-03-31",
  [N("n1", "Melior", "Remiss", "v_kungalv_medmott", "Hanna Lindgren",
     "2024-03-13 15:30", "2024-03-13 15:55", "öppenvård", [
      ("Frågeställning", "Misstänkt inflamatorisk tarmsjukdom. Önskar koloskopi och bedömning."),
      ("Anamnes", "22-årig kvinna med lösa avföringar och blod- och slemtillblandning sedan fyra månader, 5–6 gånger per dygn. Viktnedgång 5 kg. Ingen utlandsvistelse."),
      ("Lab", "F-kalprotektin 850 och 920 vid två tillfällen. Hb 112, CRP 28, albumin 31. F-odling och parasiter negativa."),
      ("Status", "Buk mjuk, lätt öm i vänster fossa. Inga perianala förändringar."),
  ])],
  ["NL102"], [],
  "Typo in the diagnosis ('inflamatorisk tarmsjukdom') after 'Misstänkt' in a referral question.")

C("skane-remiss-reumatologi-pmr-eller-jattecellsarterit", "skane",
  P("19510228-9120", "1951-02-28"), "2024-06-30",
  [N("n1", "Melior", "Remiss", "s_trelleborg_medmott", "Björn Axelsson",
     "2024-06-11 11:45", "2024-06-11 12:05", "öppenvård", [
      ("Frågeställning", "Differentialdiagnos polymyalgia reumatika eller jättecellsarterit. Brådskande bedömning önskas."),
      ("Anamnes", "Stelhet och värk i skuldror och höfter sedan sex veckor, morgonstelhet över en timme. Senaste veckan nytillkommen tinninghuvudvärk höger sida och käkklaudikation vid tuggning. Inga synstörningar."),
      ("Status", "Öm över höger temporalisartär, pulsationen svag. Smärtsam abduktion i båda axlarna."),
      ("Lab", "SR 74, CRP 61, Hb 116."),
      ("Åtgärd", "Prednisolon 40 mg insatt i dag efter telefonsamråd med reumatolog. Temporalisbiopsi eller ultraljud önskas snarast."),
  ])],
  ["NL102"], [],
  "'Differentialdiagnos X eller Y' as the referral question: two open hypotheses in a visible referral.")

C("vgr-remiss-endokrin-trolig-primar-hyperparatyreoidism", "vgr",
  P("19660901-0852", "1966-09-01"), "2024-10-31",
  [N("n1", "Melior", "Remiss", "v_lidk_med", "Ingrid Malm",
     "2024-10-02 13:20", "2024-10-02 13:50", "öppenvård", [
      ("Frågeställning", "Hyperkalcemi, trolig primär hyperparatyreoidism. Bedömning inför eventuell operation."),
      ("Anamnes", "Njursten 2022 och 2023. Trötthet. Inga läkemedel som påverkar kalciumnivån."),
      ("Lab", "Joniserat kalcium 1,48 vid tre tillfällen, PTH 9,8 pmol/L, D-vitamin 62, eGFR 78. U-kalcium förhöjt."),
      ("Undersökningar", "DXA är beställd."),
  ])],
  ["NL102"], [],
  "Referral with 'trolig primär hyperparatyreoidism'; the extra 'eventuell operation' is a non-diagnostic hedge beside it.")

C("skane-remiss-patologisk-fraktur-misstankt-metastas", "skane",
  P("19541215-2588", "1954-12-15"), "2024-04-30",
  [N("n1", "Melior", "Remiss", "s_hassleholm_ort", "Magnus Dahl",
     "2024-04-18 16:30", "2024-04-18 17:05", "slutenvård", [
      ("Frågeställning", "Patologisk fraktur i höger humerus, misstänkt metastas. Önskar övertagande för biopsi och operationsplanering."),
      ("Anamnes", "Opererad för bröstcancer höger sida 2012, friskförklarad 2022. Värk i höger överarm i två månader, frakturerade vid lyft av en kasse."),
      ("Röntgen", "Osteolytisk förändring i proximala humerusskaftet med fraktur genom lesionen. DT thorax-buk 2024-04-17 med två lågattenuerande leverförändringar, största 2 cm."),
      ("Åtgärd", "Immobiliserad i collar'n'cuff, smärtlindring med oxikodon."),
  ])],
  ["NL102"], [],
  "Referral to the tumour orthopaedic unit with 'misstänkt metastas' in Frågeställning.")

C("skane-konsultationssvar-takotsubo-eller-akut-koronarsyndrom", "skane",
  P("19590808-4303", "1959-08-08"), "2024-06-30",
  [N("n1", "Melior", "Konsultationsanteckning", "s_malmo_kard", "Camilla Nord",
     "2024-06-04 10:25", "2024-06-04 11:10", "slutenvård", [
      ("Frågeställning", "Nytillkomna ST-höjningar och troponinstegring postoperativt dag 1 efter kolonresektion."),
      ("Anamnes", "64-årig kvinna opererad med höger hemikolektomi i går. I natt bröstobehag och dyspné, EKG med ST-höjningar V2–V5."),
      ("Status", "Opåverkad i vila. Inga blåsljud, inga stasfynd."),
      ("Undersökningar", "TnT 420 → 510. Ekokardiografi: Apikal ballongering med akinesi apikalt, basala segment hyperkinetiska, EF 40 %."),
      ("Bedömning", "Bilden talar för takotsubokardiomyopati, men akut koronarsyndrom kan inte uteslutas utan angiografi. Koronarangiografi utan heparinbolus efter samråd med operatören."),
      ("Svar", "Angiografi i eftermiddag. Kardiologen tar över hjärtfrågan, patienten ligger kvar på kirurgavdelningen med telemetri."),
  ])],
  ["NL102"], [],
  "Consultation answer: 'talar för takotsubo' and 'akut koronarsyndrom kan inte uteslutas' — the answer keeps the question open.")

C("vgr-remissvar-neurologi-mojlig-okular-myastenia", "vgr",
  P("19950505-6045", "1995-05-05"), "2024-03-31",
  [N("n1", "Melior", "Remissvar", "v_su_neuro", "Daniel Öberg",
     "2024-03-01 14:00", "2024-03-01 16:30", "öppenvård", [
      ("Frågeställning", "Fluktuerande dubbelseende och ptos vänster, frågan om neuromuskulär orsak. Remiss från ögonkliniken."),
      ("Anamnes", "Dubbelseende sedan två månader som förvärras mot kvällen, hängande vänster ögonlock. Inga sväljnings- eller andningsbesvär."),
      ("Status", "Uttröttbar ptos vänster efter 40 sekunders uppåtblick, förbättras med isbit. I övrigt normalt neurologstatus, normal kraft i proximala muskler."),
      ("Undersökningar", "Acetylkolinreceptorantikroppar skickade 2024-02-20, ej besvarade. Neurografi med repetitiv stimulering och singelfiber-EMG bokade."),
      ("Bedömning", "Möjlig okulär myastenia gravis. Pyridostigmin prövas i väntan på svar."),
      ("Svar", "Patienten följs av oss och DT thorax för bedömning av tymus är beställd. Ingen fortsatt åtgärd behövs från ögonkliniken i nuläget."),
  ])],
  ["NL102"], [],
  "Referral answer to the referring eye clinic: 'Möjlig okulär myastenia gravis' with antibodies pending.")

C("skane-remissvar-hud-trolig-bullos-pemfigoid", "skane",
  P("19380303-7773", "1938-03-03"), "2024-11-30",
  [N("n1", "Melior", "Remissvar", "s_lund_hud", "Eva Hallberg",
     "2024-11-06 11:15", "2024-11-06 14:40", "öppenvård", [
      ("Frågeställning", "Kliande blåsor på armar och bål sedan en månad, oklar genes. Remiss från geriatriska avdelningen, Lasarettet Landskrona."),
      ("Status", "Spända blåsor på erytematös botten på underarmarnas flexorsidor och på bukhuden, några exkoriationer. Slemhinnor fria."),
      ("Bedömning", "Trolig bullös pemfigoid. Stansbiopsier tagna för rutin-PAD och direkt immunfluorescens, BP180-antikroppar skickade."),
      ("Åtgärd", "Clobetasol kräm en gång dagligen på blåsor och omgivande hud. Doxycyklin 100 mg 1x2 som steroidsparande behandling."),
      ("Svar", "Hudmottagningen återkommer med provsvaren och tar över uppföljningen. Hemsjukvården kan hjälpa till med smörjningen."),
  ])],
  ["NL102"], [],
  "Dermatology referral answer: 'Trolig bullös pemfigoid' pending biopsy and immunofluorescence.")

C("vgr-konsultationssvar-typo-neuroborelios-kan-inte-uteslutas", "vgr",
  P("19730729-9508", "1973-07-29"), "2024-09-30",
  [N("n1", "Melior", "Konsultationsanteckning", "v_sas_inf", "Per Sandberg",
     "2024-09-03 15:20", "2024-09-03 16:05", "slutenvård", [
      ("Frågeställning", "Perifer facialispares höger, tidigare fästingbett. Infektionskonsult önskas av medicinkliniken."),
      ("Anamnes", "Fästingbett på sommarstugan i Ulricehamn i juli, minns ingen rodnad. Sedan tre veckor nackvärk och stickningar i höger arm nattetid. I går hängande mungipa höger."),
      ("Status", "Perifer facialispares höger, kan inte rynka pannan. Nacken lätt stel vid flexion. I övrigt normalt neurologstatus."),
      ("Bedömning", "Neuroborelios kan inte uteslutas. Lumbalpunktion rekommenderas med celler, borreliaantikroppar och CXCL13."),
      ("Svar", "Vid pleocytos doxycyklin 400 mg dagligen i 14 dagar. Infektionsjouren kan kontaktas för svar."),
  ])],
  ["NL102"], [],
  "Typo in the diagnosis ('Neuroborelios') under 'kan inte uteslutas' in an infectious diseases consultation.")

C("skane-remissvar-hematologi-reaktiv-trombocytos-et-ej-utesluten", "skane",
  P("19780116-1220", "1978-01-16"), "2024-01-31",
  [N("n1", "Melior", "Remissvar", "s_lund_hemmott", "Oscar Bengtsson",
     "2024-01-24 10:30", "2024-01-24 12:15", "öppenvård", [
      ("Frågeställning", "Trombocytos 720 vid två tillfällen. Remiss från Vårdcentralen Södra Sandby."),
      ("Anamnes", "Genomgått gastric bypass 2019, järnbrist behandlad under hösten. Inga tromboser eller blödningar."),
      ("Lab", "TPK 720, 690, 701. Ferritin 9 i oktober, nu 34. CRP normalt."),
      ("Bedömning", "Sannolikt reaktiv trombocytos på basen av järnbrist, men essentiell trombocytemi kan inte uteslutas förrän JAK2-, CALR- och MPL-analyserna är besvarade."),
      ("Svar", "Vi meddelar remittenten när mutationsanalyserna föreligger. Järnsubstitutionen fortsätter."),
  ])],
  ["NL102"], [],
  "Referral answer that names a likely benign explanation and leaves a myeloproliferative diagnosis open until mutation analysis.")

C("skane-omvardnad-misstankt-trycksar-sacrum", "skane",
  P("19410914-2960", "1941-09-14"), "2024-02-29",
  [N("n1", "Melior", "Omvårdnadsanteckning", "s_ystad_med", "Lena Johansson",
     "2024-02-19 07:40", "2024-02-19 08:05", "slutenvård", [
      ("Hud", "Vid morgonens hygien noteras en rodnad på 3x4 cm över sacrum som inte bleknar vid tryck, med en liten ytlig blåsa i mitten. Misstänkt trycksår kategori 2."),
      ("Åtgärd", "Avlastande madrass beställd, lägesändring varannan timme enligt schema. Skyddande förband. Riskbedömning enligt Norton 12 poäng."),
      ("Kommunikation", "Ansvarig läkare Johan Ek informerad och tittar på huden vid ronden."),
      ("Nutrition", "Äter ungefär en tredjedel av portionerna. Näringsdryck två gånger dagligen ordinerad."),
  ], role="sjuksköterska")],
  ["NL102"], [],
  "Nursing note in Melior: a nurse's 'Misstänkt trycksår kategori 2' is a visible hedged diagnosis too.")

C("vgr-omvardnad-natt-utkast-misstankt-uvi", "vgr",
  P("19300428-4695", "1930-04-28"), "2024-08-31",
  [N("n1", "Melior", "Omvårdnadsanteckning", "v_su_ger", "Mona Karlsson",
     "2024-08-22 03:40", None, "slutenvård", [
      ("Elimination", "Kissat ofta och små mängder under natten, sveda enligt patienten. Urinen grumlig och illaluktande. Misstänkt UVI, urinsticka nitrit positiv, leukocyter 2+. Urinodling tagen."),
      ("Psykosocialt", "Något mer orolig än tidigare nätter, men orienterad."),
      ("Vitalparametrar", "Temp 37,8, puls 88, BT 134/76, saturation 96 %."),
      ("Åtgärd", "Nattjouren kontaktad per telefon, avvaktar antibiotika till läkarbedömningen på morgonen. Uppmuntrad att dricka, 400 ml under natten."),
  ], role="sjuksköterska")],
  ["NL102"], [],
  "Unsigned night nursing note with 'Misstänkt UVI' written as an abbreviation.")

C("skane-omvardnad-misstankt-aspirationspneumoni-stroke", "skane",
  P("19460319-6421", "1946-03-19"), "2024-06-30",
  [N("n1", "Melior", "Omvårdnadsanteckning", "s_lund_stroke", "Therese Nilsson",
     "2024-06-19 15:25", "2024-06-19 16:00", "slutenvård", [
      ("Nutrition", "Sväljningsscreening dag 2 ej godkänd, hostade vid tredje skeden vatten. Under lunchen trots konsistensanpassad kost hosta och våt röst."),
      ("Andning", "Rosslig andning i eftermiddag, saturation sjunkit från 96 till 91 % på luft. Temp 38,3."),
      ("Bedömning", "Misstänkt aspirationspneumoni. Ansvarig läkare tillkallad."),
      ("Åtgärd", "Peroral kost pausad, nasogastrisk sond planeras. Syrgas 2 liter via grimma. Blododlingar tagna enligt ordination."),
  ], role="sjuksköterska")],
  ["NL102"], [],
  "Stroke-unit nursing note: the nurse's assessment 'Misstänkt aspirationspneumoni' before the doctor has seen the patient.")

C("vgr-omvardnad-troligt-postoperativt-delirium", "vgr",
  P("19421010-8157", "1942-10-10"), "2024-10-31",
  [N("n1", "Melior", "Omvårdnadsanteckning", "v_su_thorax", "Jessica Holmberg",
     "2024-10-09 05:55", "2024-10-09 06:30", "slutenvård", [
      ("Psykosocialt", "Postoperativ dag 2 efter aortaklaffbyte. Under kvällen och natten plockig, försökte gå upp och drog i sin perifera infart. Tror att han är på jobbet och svarar osammanhängande på frågor om var han befinner sig."),
      ("Bedömning", "Troligt postoperativt delirium, 4AT 7 poäng."),
      ("Åtgärd", "Jourläkaren informerad. Extravak ordnat från kl 23. Lampan dämpad, klocka och kalender synliga, hustrun kontaktad och kommer i morgon bitti."),
      ("Sömn", "Sov cirka två timmar efter kl 04."),
  ], role="sjuksköterska")],
  ["NL102"], [],
  "Thoracic-surgery nursing note: 'Troligt postoperativt delirium' (neuter form of the hedge).")

C("skane-epikris-motorneuronsjukdom-laeckt-fran-tidiga-hypoteser", "skane",
  P("19611121-9892", "1961-11-21"), "2024-06-30",
  [N("n1", "Melior", "Epikris", "s_lund_neuroavd", "Cecilia Hedlund",
     "2024-06-07 13:30", "2024-06-07 15:45", "slutenvård", [
      ("Inkomstorsak", "Tilltagande svaghet i vänster hand och sluddrigt tal sedan fyra månader, remitterad från akutmottagningen."),
      ("Vårdförlopp", "MR hjärna och halsrygg utan förklaring till besvären. CK lätt förhöjt 4,2, övrig lab utan anmärkning. Neurofysiologisk undersökning bokad 2024-06-18, patienten går hem i väntan på den."),
      ("Diagnoser", "1. Svaghet i vänster hand (R29.8)\n2. Dysartri (R47.1)\n3. Motorneuronsjukdom?"),
      ("Status vid utskrivning", "Kraft grad 4 i vänster hands intrinsicmuskulatur, thenaratrofi vänster. Lätt nasal dysartri. Går självständigt utan hjälpmedel."),
      ("Läkemedel", "Inga nyinsatta läkemedel. Fortsatt Omeprazol och Atorvastatin som tidigare."),
      ("Socialt", "Bor med sin sambo i Höör, arbetar som elektriker men sjukskriven sedan april."),
      ("Uppföljning", "Återbesök neurologmottagningen efter EMG."),
  ]),
   N("n2", "Melior", "Tidiga hypoteser", "s_lund_neuroavd", "Cecilia Hedlund",
     "2024-06-05 16:10", "2024-06-05 16:30", "slutenvård", [
      ("Bedömning", "Fascikulationer i båda vaderna och i tungan, asymmetrisk svaghet i vänster hand med thenaratrofi. Hypotesen motorneuronsjukdom ska inte kommuniceras innan neurografi och EMG är gjorda."),
  ])],
  ["NL102"], [],
  "The hypothesis was kept correctly in a Tidiga hypoteser note (n2) but leaks with '?' into the discharge summary's diagnosis list (n1).")

C("vgr-epikris-sle-i-tidiga-hypoteser-och-i-diagnoser", "vgr",
  P("19840202-1607", "1984-02-02"), "2024-05-31",
  [N("n1", "Melior", "Epikris", "v_su_med", "Robert Engström",
     "2024-05-13 12:10", "2024-05-13 14:50", "slutenvård", [
      ("Inkomstorsak", "Ledvärk i händer och knän, feber och trötthet sedan tre veckor."),
      ("Vårdförlopp", "Synovit i MCP-leder bilateralt. CRP 38, SR 61, lätt leukopeni 2,9. ANA positiv i hög titer, anti-dsDNA och komplement skickade. U-sticka protein 1+. NSAID med god effekt, feberfri sedan dag 2."),
      ("Tidiga hypoteser", "Misstänkt SLE med möjligt njurengagemang. Tas upp med patienten först när immunologin är klar."),
      ("Diagnoser", "Polyartrit (M13.0). SLE?"),
      ("Läkemedel", "Naproxen 500 mg 1x2 i högst två veckor tillsammans med Omeprazol 20 mg. Inga övriga läkemedel."),
      ("Uppföljning", "Reumatologmottagningen Mölndal inom 2 veckor, U-albumin/kreatininkvot tas på vårdcentralen före besöket."),
  ])],
  ["NL102"], [],
  "VGR sökord: the hypothesis sits correctly under 'Tidiga hypoteser' but is repeated as 'SLE?' in the visible Diagnoser section.")

C("skane-daganteckning-fortfarande-oklart-pneumoni-eller-lungemboli", "skane",
  P("19700606-3353", "1970-06-06"), "2024-01-31",
  [N("n1", "Melior", "Daganteckning", "s_cks_med", "Malin Roos",
     "2024-01-23 10:50", "2024-01-23 11:30", "slutenvård", [
      ("Aktuellt", "Dag 2. Fortsatt hosta och högersidig bröstsmärta vid djupandning. Feber 38,4 i går kväll."),
      ("Status", "Dämpning och nedsatta andningsljud höger bas. Vaderna mjuka."),
      ("Lab", "CRP 122 (igår 140). D-dimer 1,9."),
      ("Bedömning", "Fortfarande oklart om det rör sig om pneumoni eller lungemboli med infarktpneumoni. DT lungangiografi är uppskjuten på grund av stigande kreatinin, ny kontroll i morgon."),
      ("Planering", "Fortsatt bensylpenicillin. Fragmin i behandlingsdos i avvaktan på DT."),
  ])],
  ["NL102"], [],
  "Uncertainty expressed without the usual cue words: 'fortfarande oklart om det rör sig om pneumoni eller lungemboli'.")

C("skane-utskrivning-sompapne-till-vardcentralen", "skane",
  P("19670312-5077", "1967-03-12"), "2024-08-31",
  [N("n1", "Melior", "Utskrivningsanteckning", "s_angelholm_med", "Kristoffer Blom",
     "2024-08-26 09:20", "2024-08-26 10:45", "slutenvård", [
      ("Inkomstorsak", "Nydebuterat förmaksflimmer, elkonverterad akut."),
      ("Vårdförlopp", "Sinusrytm efter elkonvertering dag 1. Ekokardiografi med normal vänsterkammarfunktion och lätt dilaterat vänster förmak. Under natten noterade personalen upprepade långa andningsuppehåll och kraftig snarkning, saturation ner till 82 % vid flera tillfällen. BMI 36."),
      ("Diagnoser", "Förmaksflimmer, paroxysmalt (I48.0). Obesitas (E66.9)."),
      ("Bedömning", "Misstänkt obstruktiv sömnapné som kan ha bidragit till flimret."),
      ("Uppföljning", "Vårdcentralen Ängelholm ombeds ta ställning till sömnregistrering. Eliquis tills vidare. Återbesök arytmimottagningen Helsingborg om 3 månader."),
  ])],
  ["NL102"], [],
  "A secondary suspicion handed to primary care 'för ställningstagande' in a discharge note whose main diagnoses are settled.")

C("vgr-epikris-erysipelas-bidiagnos-diabetes-fragetecken", "vgr",
  P("19620827-6813", "1962-08-27"), "2024-01-31",
  [N("n1", "Melior", "Epikris", "v_alingsas_med", "Helena Wikström",
     "2024-01-19 13:35", "2024-01-19 15:00", "slutenvård", [
      ("Inkomstorsak", "Rodnad, svullnad och feber i vänster underben sedan två dagar."),
      ("Vårdförlopp", "Typisk erysipelas med skarpt avgränsad rodnad upp till knät, ingångsport via svampinfektion mellan tårna. Intravenöst bensylpenicillin i tre dygn, därefter peroralt. Slumpmässigt glukos 13,8 och fasteglukos 7,6 vid ett tillfälle, HbA1c 49 mmol/mol."),
      ("Diagnoser", "Huvuddiagnos: Erysipelas vänster underben (A46.9).\nBidiagnos: Diabetes mellitus typ 2? Ett förhöjt fasteglukos och HbA1c i gränsområdet, behöver bekräftas."),
      ("Läkemedel", "Kåvepenin 1 g 1x3 till och med 2024-01-24. Pevaryl kräm mellan tårna."),
      ("Uppföljning", "Vårdcentralen Sollebrunn ombeds kontrollera fasteglukos och HbA1c om 3 månader."),
  ])],
  ["NL102"], [],
  "Main diagnosis settled, secondary diagnosis with '?' in the same Diagnoser section.")

C("vgr-epikris-utkast-polyartrit-trolig-reumatoid-artrit", "vgr",
  P("19761201-8528", "1976-12-01"), "2024-11-30",
  [N("n1", "Melior", "Epikris", "v_lidk_med", "Simon Hellström",
     "2024-11-22 14:15", None, "slutenvård", [
      ("Inkomstorsak", "Svullna och ömma leder i båda händerna samt fotlederna, klarar inte att sköta sig själv i hemmet."),
      ("Vårdförlopp", "Symmetrisk synovit i MCP 2–4 och PIP-leder bilateralt samt i båda fotlederna. CRP 54, SR 48. RF och anti-CCP skickade, svar inte klart. Röntgen händer och fötter utan erosioner. Förbättrad av prednisolon 20 mg, klarar ADL självständigt vid hemgång."),
      ("Diagnoser", "Polyartrit, trolig reumatoid artrit (M06.9)."),
      ("Läkemedel", "Prednisolon 20 mg med nedtrappning enligt schema, Omeprazol 20 mg, Calcichew-D3."),
      ("Uppföljning", "Remiss till reumatologen SkaS, tidig artritmottagning, önskas inom 2 veckor."),
  ])],
  ["NL102"], [],
  "Unsigned discharge summary: 'trolig reumatoid artrit' coded in the diagnosis line while serology is pending.")

C("skane-epikris-typo-sanolikt-denguefeber", "skane",
  P("19871030-0263", "1987-10-30"), "2024-02-29",
  [N("n1", "Melior", "Epikris", "s_malmo_inf", "Jakob Åkesson",
     "2024-02-15 11:05", "2024-02-15 13:30", "slutenvård", [
      ("Inkomstorsak", "Feber och ledvärk efter hemkomst från Tanzania för tio dagar sedan."),
      ("Vårdförlopp", "Malariadiagnostik negativ vid tre tillfällen. Trombocytopeni 88 och lätt transaminasstegring. Makulopapulöst utslag dag 3. Dengue-NS1 negativt, serologi för dengue och chikungunya skickad till Folkhälsomyndigheten. Feberfri sedan dag 4, hemgång i gott skick."),
      ("Bedömning", "Sanolikt denguefeber, differentialdiagnos chikungunya. Svar på serologin väntas om ungefär en vecka."),
      ("Uppföljning", "Återbesök infektionsmottagningen Malmö 2024-02-26 med provsvar och kontroll av trombocyter."),
  ])],
  ["NL102"], [],
  "Typo in the hedge ('Sanolikt denguefeber') in a returning-traveller discharge summary with serology pending.")

C("vgr-overflyttning-fragestallning-hemokromatos", "vgr",
  P("19690518-1993", "1969-05-18"), "2024-12-31",
  [N("n1", "Melior", "Överflyttningsanteckning", "v_nal_med", "Emil Lundqvist",
     "2024-12-10 16:40", "2024-12-10 17:00", "slutenvård", [
      ("Orsak till överflyttning", "Vårdplatsbrist på NÄL, flyttas till medicinavdelning 22, Uddevalla sjukhus, för fortsatt vård."),
      ("Aktuellt", "Inlagd för nydebuterad diabetes med P-glukos 28 och ketoner 1,2, nu välreglerad på basal-bolusinsulin."),
      ("Lab", "Ferritin 1 420, transferrinmättnad 78 %, ALAT 2,1. HFE-genotypning tagen i går."),
      ("Till mottagande avdelning", "Frågeställning hemokromatos. Svaret på genotypningen bevakas, leverultraljud ej gjort."),
  ])],
  ["NL102"], [],
  "Transfer note: the open question 'Frågeställning hemokromatos' is handed to the receiving ward.")

C("skane-epikris-ev-reaktiv-artrit-efter-salmonella", "skane",
  P("19930707-3735", "1993-07-07"), "2024-09-30",
  [N("n1", "Melior", "Epikris", "s_cks_inf", "Louise Sandell",
     "2024-09-05 10:00", "2024-09-05 11:30", "slutenvård", [
      ("Inkomstorsak", "Svullet höger knä och feber, tre veckor efter en salmonellaenterit under semester på Kreta."),
      ("Vårdförlopp", "Ledpunktion av höger knä: 42 000 vita, inga kristaller, odling utan växt efter 48 timmar. F-odling fortfarande positiv för Salmonella enteritidis. Ingen uretrit eller konjunktivit. NSAID och kortisoninjektion i knät efter negativ odling."),
      ("Diagnoser", "Monoartrit höger knä, ev. reaktiv artrit efter salmonellainfektion (M02.9)."),
      ("Uppföljning", "Återbesök reumatologmottagningen Kristianstad om 6 veckor. Smittskyddsanmälan för salmonella är gjord av vårdcentralen."),
  ])],
  ["NL102"], [],
  "The abbreviation 'ev.' before a diagnosis in the discharge diagnosis line.")

C("vgr-epikris-forenlig-med-sarkoidos-lymfom-ej-uteslutet", "vgr",
  P("19800925-5442", "1980-09-25"), "2024-07-31",
  [N("n1", "Melior", "Epikris", "v_su_lungavd", "Peter Nyberg",
     "2024-07-11 14:45", "2024-07-11 16:20", "slutenvård", [
      ("Inkomstorsak", "Torrhosta och trötthet i två månader, remitterad från vårdcentralen efter lungröntgen."),
      ("Vårdförlopp", "DT thorax med symmetriska hilära och mediastinala lymfkörtlar upp till 25 mm, lätta retikulonodulära förändringar i överloberna. ACE 98. Bronkoskopi med BAL: CD4/CD8-kvot 5,8, odlingar negativa. EBUS-biopsi från station 7 tagen, PAD inväntas."),
      ("Bedömning", "Bilden är förenlig med sarkoidos, men lymfom är inte uteslutet innan PAD föreligger."),
      ("Uppföljning", "Lungmottagningen Sahlgrenska meddelar PAD-svaret och planerar den fortsatta uppföljningen."),
  ])],
  ["NL102"], [],
  "'förenlig med sarkoidos' and 'lymfom är inte uteslutet' at discharge with the biopsy unanswered.")

C("skane-epikris-hyponatremi-misstanke-om-siadh", "skane",
  P("19450425-7181", "1945-04-25"), "2024-03-31",
  [N("n1", "Melior", "Epikris", "s_hbg_med", "Anton Bergqvist",
     "2024-03-21 12:30", "2024-03-21 14:10", "slutenvård", [
      ("Inkomstorsak", "Förvirring och ostadighet, natrium 118 på vårdcentralen."),
      ("Vårdförlopp", "Euvolem, inga kräkningar. S-osmolalitet 248, U-osmolalitet 520, U-natrium 64. Sertralin insatt för fem veckor sedan. Kortisol och TSH normala. Vätskerestriktion 1 liter per dygn med långsam korrigering, natrium 131 vid utskrivning och patienten klar i tanken."),
      ("Bedömning", "Hyponatremi, misstanke om läkemedelsutlöst SIADH av sertralin."),
      ("Läkemedel", "Sertralin utsatt. Mirtazapin 15 mg till natten insatt efter samråd med patienten."),
      ("Uppföljning", "Natriumkontroll på vårdcentralen om 3 och 7 dagar."),
  ])],
  ["NL102"], [],
  "The noun form 'misstanke om läkemedelsutlöst SIADH' (not the adjective 'misstänkt') in a discharge assessment.")

C("vgr-epikris-radiusfraktur-typo-misstankt-osteporos", "vgr",
  P("19500813-8900", "1950-08-13"), "2024-01-31",
  [N("n1", "Melior", "Epikris", "v_skas_ort", "Filip Rydén",
     "2024-01-19 10:10", "2024-01-19 12:00", "slutenvård", [
      ("Inkomstorsak", "Fall i samma plan på isig trottoar, smärta i vänster handled."),
      ("Vårdförlopp", "Distal radiusfraktur vänster med dorsal felställning, opererad med volar platta 2024-01-18. Okomplicerat förlopp."),
      ("Diagnoser", "1. Distal radiusfraktur vänster (S52.5)\n2. Misstänkt osteporos, lågenergifraktur hos 73-årig kvinna. DXA remitterad."),
      ("Uppföljning", "Stygntagning på vårdcentralen dag 14. Röntgenkontroll och återbesök handkirurgiska mottagningen om 6 veckor. Fysioterapi enligt program."),
  ])],
  ["NL102"], [],
  "Typo in the diagnosis ('Misstänkt osteporos') as item 2 of an orthopaedic discharge diagnosis list.")

C("skane-barn-epikris-trolig-celiaki-gastroskopi-planeras", "skane",
  P("20140321-0642", "2014-03-21"), "2024-02-29",
  [N("n1", "Melior", "Epikris", "s_hbg_barn", "Amanda Friberg",
     "2024-02-09 13:50", "2024-02-09 15:20", "slutenvård", [
      ("Inkomstorsak", "Nioårig flicka med buksmärtor, diarré och viktnedgång sedan ett halvår, inlagd för dehydrering efter gastroenterit."),
      ("Vårdförlopp", "Rehydrerad intravenöst första dygnet, därefter fritt peroralt. Vikten har fallit från 75:e till 25:e percentilen på ett år. Transglutaminasantikroppar IgA över tio gånger referensvärdet, totalt IgA normalt. Hb 109, ferritin 7."),
      ("Bedömning", "Trolig celiaki. EMA och HLA-DQ2/DQ8 skickade, gastroskopi med biopsier planeras för att bekräfta diagnosen. Glutenfri kost ska inte påbörjas före gastroskopin."),
      ("Uppföljning", "Barnmottagningen Helsingborg kallar till gastroskopi inom 4 veckor. Järntillskott insatt."),
  ])],
  ["NL102"], [],
  "Child under 13: 'Trolig celiaki' in a paediatric discharge summary that the guardians can read.")

C("vgr-inskrivning-rabdomyolys-demens-fragetecken", "vgr",
  P("19360505-2368", "1936-05-05"), "2024-04-30",
  [N("n1", "Melior", "Inskrivningsanteckning", "v_su_ger", "Göran Ljung",
     "2024-04-14 22:05", "2024-04-14 23:30", "slutenvård", [
      ("Inkomstorsak", "Inlagd från akutmottagningen efter att ha hittats nedkyld i lägenheten, har legat på golvet okänd tid."),
      ("Anamnes", "Bor ensam i lägenhet i Mölndal, ingen hemtjänst. Dottern beskriver att patienten under det senaste året glömt att betala räkningar och tappat bort sig på väg till affären."),
      ("Status", "Temp 35,6. Tryckmärken på höger höft och skuldra. Orienterad till person, inte till tid. Upprepar samma frågor."),
      ("Lab", "CK 3 400, kreatinin 118, natrium 134."),
      ("Bedömning", "Rabdomyolys efter långliggande. Demens? Inte tidigare utredd, kognitiv bedömning görs när hon återhämtat sig."),
      ("Planering", "Intravenös vätska, CK-kontroll i morgon. Arbetsterapeut och biståndshandläggare kopplas in tidigt."),
  ])],
  ["NL102"], [],
  "Geriatric admission: a bare 'Demens?' in the assessment beside a settled main diagnosis.")

# ==========================================================================
# 2. NL102 must_not: settled, ruled out, a relative's, PMO, protected,
#    or a hedge about something that is not a diagnosis
# ==========================================================================

# --- settled by the end of the same note ---------------------------------

C("skane-epikris-inkom-med-fragestallning-lungemboli-bekraftad", "skane",
  P("19751111-4105", "1975-11-11"), "2024-04-30",
  [N("n1", "Melior", "Epikris", "s_lund_med", "Karin Lindqvist",
     "2024-04-05 10:40", "2024-04-05 13:15", "slutenvård", [
      ("Inkomstorsak", "Andfåddhet och vänstersidig bröstsmärta sedan två dagar, inkom med frågeställning lungemboli från vårdcentralen."),
      ("Vårdförlopp", "D-dimer 3,4. DT lungangiografi 2024-04-02 bekräftade bilaterala segmentella lungembolier utan högerbelastning. Troponin och NT-proBNP normala. Behandlad med apixaban och mobiliserad utan besvär. Använder kombinerade p-piller."),
      ("Diagnoser", "Lungemboli utan uppgift om akut cor pulmonale (I26.9)."),
      ("Status vid utskrivning", "Andas obesvärat i vila, saturation 98 % på luft. Vaderna mjuka och symmetriska."),
      ("Läkemedel", "Eliquis 10 mg 1x2 till och med 2024-04-08, därefter 5 mg 1x2 i minst 3 månader. P-pillren är utsatta."),
      ("Uppföljning", "Återbesök medicinmottagningen Lund om 3 månader för beslut om behandlingstid. Gynekolog kontaktas angående annan preventivmetod."),
      ("Information", "Patienten informerad om diagnosen och behandlingen."),
  ])],
  [], ["NL102"],
  "The referral question ('frågeställning lungemboli') in Inkomstorsak is confirmed by CT in Vårdförlopp of the same discharge summary.")

C("vgr-epikris-fragestallning-nstemi-bekraftad-angiografi", "vgr",
  P("19580221-5839", "1958-02-21"), "2024-03-31",
  [N("n1", "Melior", "Epikris", "v_sas_hjart", "Sanna Öhman",
     "2024-03-15 11:25", "2024-03-15 14:00", "slutenvård", [
      ("Inkomstorsak", "Tryckande bröstsmärta i vila i 40 minuter, frågeställning NSTEMI från ambulansen."),
      ("Vårdförlopp", "EKG med ST-sänkningar i V4–V6. Troponin T 48 → 210. Koronarangiografi dag 2 visade en signifikant stenos i RCX som åtgärdades med ett läkemedelsavgivande stent. Ekokardiografi med lätt hypokinesi lateralt, EF 50 %. Smärtfri efter ingreppet."),
      ("Diagnoser", "NSTEMI (I21.4). Hyperlipidemi (E78.5)."),
      ("Läkemedel", "Insatt: Brilique 90 mg 1x2 i 12 månader, Trombyl 75 mg, Atorvastatin 80 mg, Metoprolol 50 mg."),
      ("Uppföljning", "Hjärtrehabilitering via sjuksköterskemottagningen om 2 veckor. Läkarbesök om 3 månader."),
  ])],
  [], ["NL102"],
  "Working diagnosis from the ambulance settled by troponin rise and angiography; the Diagnoser section states it without hedge.")

C("skane-epikris-typo-misstankt-apendicit-bekraftad-pad", "skane",
  P("20040315-7571", "2004-03-15"), "2024-05-31",
  [N("n1", "Melior", "Epikris", "s_trelleborg_kir", "Mattias Fredriksson",
     "2024-05-03 09:15", "2024-05-03 10:40", "slutenvård", [
      ("Inkomstorsak", "Buksmärta i höger fossa sedan ett dygn, misstänkt apendicit enligt akutläkaren."),
      ("Vårdförlopp", "Ultraljud visade förtjockad, icke-komprimerbar appendix med omgivande vätska. Laparoskopisk appendektomi samma kväll. Okomplicerat förlopp, hemgång dag 1. PAD: Flegmonös appendicit utan tecken på tumör."),
      ("Diagnoser", "Akut appendicit utan peritonit (K35.8)."),
      ("Uppföljning", "Resorberbar sutur, inga stygn att ta bort. Inget återbesök planerat. Sjukskriven 1 vecka."),
  ])],
  [], ["NL102"],
  "Typo in the admission hedge ('misstänkt apendicit'), settled by operation and PAD in the same discharge summary.")

C("vgr-epikris-meningit-och-sab-uteslutna-migran", "vgr",
  P("19970702-9287", "1997-07-02"), "2024-08-31",
  [N("n1", "Melior", "Epikris", "v_su_neuroavd", "Jonatan Wiklund",
     "2024-08-13 13:05", "2024-08-13 15:30", "slutenvård", [
      ("Inkomstorsak", "Akut insättande svår huvudvärk med kräkningar och ljuskänslighet, temp 37,9 på akuten."),
      ("Vårdförlopp", "Differentialdiagnostiskt övervägdes initialt meningit och subaraknoidalblödning. DT hjärna med angiografi var normal. Lumbalpunktion visade normala celler, protein och laktat, inga erytrocyter. Både meningit och blödning kunde därmed uteslutas. Symtomen gick i regress på antiemetika och paracetamol under första dygnet. Har haft liknande men lindrigare attacker sedan tonåren."),
      ("Diagnoser", "Migrän utan aura (G43.0)."),
      ("Uppföljning", "Vårdcentralen Lundby följer upp för beslut om förebyggande behandling."),
  ])],
  [], ["NL102"],
  "Differential diagnoses considered at admission are explicitly excluded ('kunde därmed uteslutas') before the settled diagnosis.")

C("skane-epikris-hjartsvikt-avskriven-kol-exacerbation", "skane",
  P("19490909-1037", "1949-09-09"), "2024-02-29",
  [N("n1", "Melior", "Epikris", "s_angelholm_med", "Kristoffer Blom",
     "2024-02-22 10:30", "2024-02-22 12:50", "slutenvård", [
      ("Inkomstorsak", "Tilltagande andnöd och bensvullnad sedan en vecka."),
      ("Vårdförlopp", "Vid inskrivningen övervägdes hjärtsvikt. NT-proBNP var normalt och ekokardiografi 2024-02-20 visade normal vänster- och högerkammarfunktion, varför hjärtsvikt kunde avskrivas. Bensvullnaden bedöms vara venös insufficiens. Spirometri efter bronkdilatation med FEV1/FVC 0,58. Förbättrad på nebulisering, kortison och antibiotika."),
      ("Diagnoser", "KOL med akut exacerbation (J44.1). Venös insufficiens (I87.2)."),
      ("Läkemedel", "Prednisolon 25 mg till och med 2024-02-26. Trimbow 2 inhalationer 2x1 insatt."),
      ("Uppföljning", "KOL-sjuksköterskan på Vårdcentralen Bjuv kallar för inhalationsteknik och rökavvänjning."),
  ])],
  [], ["NL102"],
  "Admission hypothesis ('övervägdes hjärtsvikt') written off ('kunde avskrivas') in the same discharge summary.")

C("vgr-barn-epikris-invagination-avfardad-norovirus", "vgr",
  P("20210914-2758", "2021-09-14"), "2024-01-31",
  [N("n1", "Melior", "Epikris", "v_su_barn", "Lovisa Hammar",
     "2024-01-11 14:30", "2024-01-11 16:00", "slutenvård", [
      ("Inkomstorsak", "Tvåårig pojke med kräkningar, periodvisa skrikattacker och en blodtillblandad avföring."),
      ("Vårdförlopp", "Misstanken om invagination kunde avfärdas med ultraljud buk, som visade förstorade mesenteriala lymfkörtlar men ingen invagination. Norovirus påvisat i faeces. Rehydrerad via nasogastrisk sond, åt och drack normalt dag 2."),
      ("Diagnoser", "Gastroenterit orsakad av norovirus (A08.1)."),
      ("Uppföljning", "Föräldrarna har fått råd om vätska och hygien. Ny kontakt vid blod i avföringen eller om pojken blir slö."),
  ])],
  [], ["NL102"],
  "Child under 13: 'Misstanken om invagination kunde avfärdas' — the noun 'misstanke' governed by a ruling-out verb.")

C("skane-utskrivning-preliminar-giktartrit-bekraftad-kristaller", "skane",
  P("19561224-4490", "1956-12-24"), "2024-06-30",
  [N("n1", "Melior", "Utskrivningsanteckning", "s_ystad_med", "Jonas Wallin",
     "2024-06-20 11:40", "2024-06-20 12:30", "slutenvård", [
      ("Inkomstorsak", "Akut svullen och röd vänster fotled, feber 38,1. Remitterad från vårdcentralen för att utesluta septisk artrit."),
      ("Vårdförlopp", "Ledpunktion med negativt dubbelbrytande nålformade uratkristaller, odling utan växt. Den preliminära diagnosen giktartrit är därmed bekräftad. Urat 540. Snabb förbättring på prednisolon."),
      ("Diagnoser", "Giktartrit vänster fotled (M10.0)."),
      ("Läkemedel", "Prednisolon 30 mg i 5 dagar. Allopurinol sätts in av vårdcentralen när attacken har lagt sig."),
      ("Uppföljning", "Vårdcentralen Skurup kontrollerar urat och kreatinin om 4 veckor."),
  ])],
  [], ["NL102"],
  "'Den preliminära diagnosen … är därmed bekräftad': a provisional diagnosis confirmed in the same sentence group.")

C("vgr-remissvar-gastro-celiaki-faststalld", "vgr",
  P("19890404-6201", "1989-04-04"), "2024-05-31",
  [N("n1", "Melior", "Remissvar", "v_su_gastro", "Ulrika Dahlberg",
     "2024-05-21 15:10", "2024-05-21 16:00", "öppenvård", [
      ("Frågeställning", "Remitterad med frågeställning celiaki efter positiva transglutaminasantikroppar."),
      ("Undersökning", "Gastroskopi 2024-05-14 med biopsier från bulben och distala duodenum."),
      ("PAD", "Totalatrofi av villi och ökat antal intraepiteliala lymfocyter, Marsh 3c."),
      ("Svar", "Diagnosen celiaki är därmed fastställd. Patienten informerades vid telefonsamtal 2024-05-21 och remitteras till dietist för glutenfri kost."),
      ("Uppföljning", "Transglutaminasantikroppar kontrolleras på vårdcentralen om 12 månader. Ingen fortsatt uppföljning på gastromottagningen."),
  ])],
  [], ["NL102"],
  "Referral answer: the referral question 'frågeställning celiaki' is answered in Svar with 'diagnosen … är därmed fastställd'.")

C("vgr-epikris-arbetsdiagnos-sepsis-fokus-kolangit", "vgr",
  P("19470603-7951", "1947-06-03"), "2024-11-30",
  [N("n1", "Melior", "Epikris", "v_nal_med", "Sofia Bergström",
     "2024-11-07 09:30", "2024-11-07 11:45", "slutenvård", [
      ("Inkomstorsak", "Feber 39,8, frossa och sänkt allmäntillstånd. Arbetsdiagnos vid inskrivningen var sepsis med oklart fokus."),
      ("Vårdförlopp", "Blododlingar med växt av Klebsiella pneumoniae. Stigande bilirubin och ALP dag 2, ultraljud visade vidgade gallvägar och koledokussten. ERCP dag 3 med stenextraktion och papillotomi. Fokus är därmed identifierat som akut kolangit. Snabb klinisk förbättring efter ERCP."),
      ("Diagnoser", "Sepsis orsakad av Klebsiella pneumoniae (A41.5). Akut kolangit med koledokussten (K80.3)."),
      ("Status vid utskrivning", "Feberfri sedan två dygn, ikterus i regress, buken mjuk och oöm. Bilirubin 31 (max 96)."),
      ("Socialt", "Bor med hustrun i radhus i Vänersborg, klarar sig själv. Tidigare lastbilschaufför."),
      ("Läkemedel", "Ciprofloxacin 500 mg 1x2 till och med 2024-11-14."),
      ("Uppföljning", "Remiss till kirurgen Uddevalla inför kolecystektomi."),
  ])],
  [], ["NL102"],
  "Admission 'arbetsdiagnos … oklart fokus' resolved to a named, confirmed focus by discharge.")

C("skane-epikris-misstanke-koloncancer-avskriven-adenom", "skane",
  P("19530129-9664", "1953-01-29"), "2024-10-31",
  [N("n1", "Melior", "Epikris", "s_malmo_kir", "Emma Håkansson",
     "2024-10-17 13:20", "2024-10-17 15:05", "slutenvård", [
      ("Inkomstorsak", "Rektalblödning och ändrade avföringsvanor, misstanke om koloncancer från vårdcentralen."),
      ("Vårdförlopp", "Koloskopi visade en 3 cm bredbasig polyp i colon descendens, avlägsnad i sin helhet med EMR. PAD: Tubulovillöst adenom med låggradig dysplasi, radikalt avlägsnat, ingen invasiv växt. Misstanken om cancer är därmed avskriven. Efter ingreppet en mindre blödning som stannade spontant, observerad ett dygn."),
      ("Diagnoser", "Tubulovillöst adenom i colon descendens (D12.4). Självbegränsad blödning efter polypektomi."),
      ("Uppföljning", "Kontrollkoloskopi om 3 år enligt nationellt vårdprogram, kallelse skickas."),
  ])],
  [], ["NL102"],
  "Cancer suspicion from the referring unit explicitly written off after PAD in the same discharge summary.")

# --- negated / ruled out --------------------------------------------------

C("skane-daganteckning-utkast-djup-ventrombos-utesluten", "skane",
  P("19600616-1407", "1960-06-16"), "2024-03-31",
  [N("n1", "Melior", "Daganteckning", "s_malmo_kir", "Hugo Ström",
     "2024-03-27 10:15", None, "slutenvård", [
      ("Aktuellt", "Postoperativ dag 4 efter laparoskopisk sigmoideumresektion. Ont i höger vad sedan i morse."),
      ("Status", "Höger vad något öm vid palpation men inte svullen, omkretsen lika som vänster. Såret läker fint."),
      ("Undersökningar", "Ultraljud av höger bens djupa vener utan trombos."),
      ("Bedömning", "Djup ventrombos är därmed utesluten, vadsmärtan bedöms muskulär efter mobiliseringen. Återhämtningen går som planerat."),
      ("Planering", "Fortsatt tromboprofylax med Fragmin i 28 dagar. Hemgång i morgon."),
  ])],
  [], ["NL102"],
  "Unsigned daily note: 'Djup ventrombos är därmed utesluten' after ultrasound.")

C("vgr-remissvar-jarnbrist-malignitet-fragetecken-utesluten", "vgr",
  P("19640229-3135", "1964-02-29"), "2024-04-30",
  [N("n1", "Melior", "Remissvar", "v_udd_kir", "Oskar Lindahl",
     "2024-03-26 13:40", "2024-03-26 15:20", "öppenvård", [
      ("Frågeställning", "Järnbristanemi hos 60-årig man, malignitet i mag-tarmkanalen?"),
      ("Undersökning", "Gastroskopi och koloskopi 2024-03-19. Gastroskopi: Normal slemhinna, biopsier från duodenum tagna. Koloskopi till cekum med god tarmrengöring: Två små polyper i rektum, avlägsnade. Inga tumörer."),
      ("PAD", "Duodenalbiopsierna normala. Polyperna hyperplastiska."),
      ("Svar", "Malignitet i mag-tarmkanalen har uteslutits. Celiaki föreligger inte. Järnbristen bedöms nutritionell, patienten äter sedan flera år vegetarisk kost utan tillskott."),
      ("Åtgärd", "Åter till remittenten för järnsubstitution och Hb-kontroll. Ingen ny koloskopi behövs."),
  ])],
  [], ["NL102"],
  "Referral answer repeats the referrer's '…malignitet?' in Frågeställning, and the same note answers it: 'har uteslutits'.")

C("skane-epikris-influensa-inga-tecken-pa-pneumoni", "skane",
  P("19510107-4879", "1951-01-07"), "2024-01-31",
  [N("n1", "Melior", "Epikris", "s_cks_med", "Malin Roos",
     "2024-01-12 14:05", "2024-01-12 15:35", "slutenvård", [
      ("Inkomstorsak", "Feber och hosta, inremitterad av hemsjukvården."),
      ("Vårdförlopp", "Lungröntgen utan infiltrat, inga tecken på pneumoni. Nasofarynxprov positivt för influensa A. Behandlad med oseltamivir och vätska med snabb förbättring, feberfri dag 3."),
      ("Diagnoser", "Influensa A (J10.1). KOL (J44.9) sedan tidigare."),
      ("Uppföljning", "Åter till ordinärt boende med hemsjukvård. Inga nya läkemedel efter avslutad oseltamivirkur."),
  ])],
  [], ["NL102"],
  "'inga tecken på pneumoni' — a negated diagnosis in a discharge summary with a settled main diagnosis.")

C("vgr-epikris-typo-inget-som-talar-for-endokadrit", "vgr",
  P("19551018-6587", "1955-10-18"), "2024-06-30",
  [N("n1", "Melior", "Epikris", "v_sas_inf", "Karl Wennerström",
     "2024-06-14 10:50", "2024-06-14 13:00", "slutenvård", [
      ("Inkomstorsak", "Feber och frossa, Staphylococcus aureus i blododling tagen på dialysmottagningen."),
      ("Vårdförlopp", "Infekterad tunnelerad dialyskateter avlägsnad dag 1, kloxacillin intravenöst. Blododlingar negativa från dag 3. TEE dag 5 utan vegetationer eller klaffpåverkan, inget som talar för endokadrit. Ny kateter inlagd dag 7."),
      ("Diagnoser", "Sepsis orsakad av Staphylococcus aureus (A41.0) utgående från dialyskateter (T82.7)."),
      ("Läkemedel", "Kloxacillin intravenöst i samband med dialys, totalt 14 dagar från första negativa odling."),
      ("Uppföljning", "Dialysmottagningen fortsätter behandlingen."),
  ])],
  [], ["NL102"],
  "Typo in the negated diagnosis ('inget som talar för endokadrit') after a normal TEE.")

C("vgr-inskrivning-tidigare-misstankt-sarkoidos-avskriven", "vgr",
  P("19720414-8337", "1972-04-14"), "2024-12-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "v_kungalv_med", "Anders Holm",
     "2024-12-02 20:10", "2024-12-02 21:45", "slutenvård", [
      ("Inkomstorsak", "Hosta och feber i fem dagar, CRP 180 på vårdcentralen."),
      ("Tidigare sjukdomar", "Astma sedan barndomen. Utreddes 2021 för misstänkt sarkoidos efter förstorade lymfkörtlar på lungröntgen, men mediastinoskopin visade reaktiva förändringar och sarkoidos avskrevs. Ingen uppföljning sedan dess."),
      ("Status", "Rassel höger bas bakåt. Saturation 93 %. Temp 38,6."),
      ("Lab", "CRP 196, LPK 15,8. Lungröntgen: Lobär pneumoni i höger underlob."),
      ("Bedömning", "Samhällsförvärvad pneumoni i höger underlob, CRB-65 1 poäng."),
      ("Planering", "Bensylpenicillin intravenöst, byte till peroralt när feberfri."),
  ])],
  [], ["NL102"],
  "Past history: a suspicion from 2021 that was written off ('sarkoidos avskrevs') is not an open hypothesis.")

C("skane-remissvar-reuma-inget-stod-for-inflammatorisk-sjukdom", "skane",
  P("19830822-0048", "1983-08-22"), "2024-09-30",
  [N("n1", "Melior", "Remissvar", "s_malmo_reuma", "Rebecka Lindholm",
     "2024-09-12 14:25", "2024-09-12 16:10", "öppenvård", [
      ("Frågeställning", "Ledvärk i händerna och svagt positiv ANA, bedömning önskas av Vårdcentralen Limhamn."),
      ("Anamnes", "Värk i fingrarna sedan ett år, värst på kvällen, ingen morgonstelhet, inga svullnader. Inga hudutslag, munsår eller Raynaud."),
      ("Status", "Inga synoviter. Heberdens knutor DIP 2–3 bilateralt. Normalt hudstatus."),
      ("Lab", "ANA 1:160 med prickigt mönster, anti-ENA negativ, CRP och SR normala. Röntgen händer med artrosförändringar i DIP-lederna."),
      ("Bedömning", "Inget stöd för inflammatorisk reumatisk sjukdom. Svagt positiv ANA förekommer hos friska och saknar betydelse här. Handartros."),
      ("Svar", "Åter till vårdcentralen, arbetsterapeut för handträning rekommenderas. Ingen uppföljning hos oss."),
  ])],
  [], ["NL102"],
  "Referral answer: 'Inget stöd för inflammatorisk reumatisk sjukdom' plus a settled diagnosis (handartros).")

C("vgr-daganteckning-aortadissektion-kan-uteslutas", "vgr",
  P("19660530-1792", "1966-05-30"), "2024-07-31",
  [N("n1", "Melior", "Daganteckning", "v_su_hjart", "Mikaela Svärd",
     "2024-07-24 09:40", "2024-07-24 10:15", "slutenvård", [
      ("Aktuellt", "Inlagd i går med akut rivande bröst- och ryggsmärta, blodtrycksskillnad mellan armarna 20 mmHg."),
      ("Undersökningar", "DT aorta med kontrast i natt: Normalvid aorta utan dissektion eller intramuralt hematom. Aortadissektion kan därmed uteslutas. Troponin normalt i tre prover."),
      ("Status", "Smärtfri sedan morfin i natt. BT 142/86 höger, 138/84 vänster i dag."),
      ("Bedömning", "Bröstsmärta utan allvarlig genes. Hypertoni, inte optimalt behandlad."),
      ("Planering", "Amlodipin läggs till. Hemgång i eftermiddag, blodtryckskontroll på vårdcentralen om 2 veckor."),
  ])],
  [], ["NL102"],
  "'Aortadissektion kan därmed uteslutas' — 'kan uteslutas' is negation, the near twin of 'kan inte uteslutas'.")

C("vgr-daganteckning-typo-ingen-misstanke-om-lungembolli", "vgr",
  P("19481127-3509", "1948-11-27"), "2024-02-29",
  [N("n1", "Melior", "Daganteckning", "v_skas_med", "Lars Gunnarsson",
     "2024-02-14 11:10", "2024-02-14 11:50", "slutenvård", [
      ("Aktuellt", "Dag 3 med KOL-exacerbation. Fortfarande andfådd vid ansträngning men bättre i vila. Hostar upp mindre och ljusare slem."),
      ("Status", "Saturation 92 % på 1 liter syrgas. Förlängt exspirium, inga rassel. Vaderna mjuka och lika stora."),
      ("Bedömning", "Wells score 0 och ingen ensidig bensvullnad, ingen misstanke om lungembolli. Förloppet följer förväntad återhämtning vid exacerbation."),
      ("Planering", "Syrgasen trappas ut. Prednisolon fortsätter, dag 4 av 5. Hemgång beräknas till slutet av veckan."),
  ])],
  [], ["NL102"],
  "Typo in the diagnosis inside a negated mention ('ingen misstanke om lungembolli').")

# --- a relative's diagnosis -----------------------------------------------

C("skane-minnesmottagning-hereditet-mor-trolig-alzheimer", "skane",
  P("19620515-5259", "1962-05-15"), "2024-09-30",
  [N("n1", "Melior", "Läkaranteckning", "s_malmo_minne", "Birgitta Sjöstrand",
     "2024-09-17 13:30", "2024-09-17 15:40", "öppenvård", [
      ("Kontaktorsak", "Egen oro för minnet, remitterad från vårdcentralen."),
      ("Hereditet", "Modern insjuknade runt 70 års ålder med trolig Alzheimers sjukdom, aldrig utredd, och avled på särskilt boende. En morbror hade demens av okänd typ."),
      ("Anamnes", "Arbetar som gymnasielärare. Upplever sedan ett år att han glömmer elevers namn och var han ställt bilen. Sover dåligt sedan en skilsmässa i fjol. Inga svårigheter att sköta ekonomi eller hushåll."),
      ("Undersökningar", "MoCA 29/30. Neuropsykologisk testning 2024-09-03 inom normalintervall i alla domäner. MR hjärna utan atrofi eller kärlförändringar."),
      ("Bedömning", "Subjektiv kognitiv svikt utan objektiva avvikelser. Sömnbrist och stress bidrar till upplevelsen."),
      ("Åtgärd", "Patienten informerad om de normala resultaten och lugnad. Ingen uppföljning på minnesmottagningen, ny remiss vid förändring."),
  ])],
  [], ["NL102"],
  "The hedged diagnosis belongs to the patient's mother (Hereditet); the patient's own assessment is settled and normal.")

C("vgr-epikris-hoftfraktur-makens-misstankta-parkinson", "vgr",
  P("19410421-6967", "1941-04-21"), "2024-09-30",
  [N("n1", "Melior", "Epikris", "v_skas_ort", "Filip Rydén",
     "2024-09-19 10:20", "2024-09-19 12:10", "slutenvård", [
      ("Inkomstorsak", "Fall i hemmet, smärta i vänster höft."),
      ("Vårdförlopp", "Lårbenshalsfraktur vänster, opererad med halvprotes 2024-09-12. Mobiliserad med rollator, klarar förflyttningar självständigt vid hemgång. Postoperativ anemi, Hb lägst 96."),
      ("Diagnoser", "Cervikal lårbenshalsfraktur vänster (S72.0)."),
      ("Socialt", "Bor i villa med maken, som har misstänkt Parkinsons sjukdom och utreds på neurologmottagningen. Han har svårt att hjälpa till i hemmet, varför hemtjänst morgon och kväll är beviljad."),
      ("Uppföljning", "Stygntagning via hemsjukvården dag 14. Fallprevention och bentäthetsmätning via vårdcentralen."),
  ])],
  [], ["NL102"],
  "The hedged diagnosis is the husband's, mentioned in the social history of the patient's discharge summary.")

C("skane-barnmottagning-pappa-misstankt-celiaki-funktionell-buksmarta", "skane",
  P("20150808-8711", "2015-08-08"), "2024-05-31",
  [N("n1", "Melior", "Läkaranteckning", "s_ystad_barn", "Amanda Friberg",
     "2024-05-14 09:00", "2024-05-14 10:20", "öppenvård", [
      ("Kontaktorsak", "Återbesök efter utredning av återkommande buksmärtor."),
      ("Anamnes", "Åttaårig pojke med periumbilikala buksmärtor några gånger i veckan sedan skolstarten, aldrig nattetid. Normal avföring, växer längs sin kurva."),
      ("Hereditet", "Pappa har misstänkt celiaki men har inte gått vidare med utredningen. Mamma har migrän."),
      ("Provsvar", "Transglutaminasantikroppar negativa med normalt totalt IgA. Hb, CRP, kalprotektin och leverprover normala."),
      ("Bedömning", "Funktionell buksmärta hos barn. Provsvar och bedömning genomgångna med pojken och mamma."),
      ("Planering", "Regelbundna måltider och dagbok över smärtepisoderna. Ingen ny kontroll planerad."),
  ])],
  [], ["NL102"],
  "Child under 13: the suspected coeliac disease is the father's, under Hereditet; the child's own diagnosis is settled.")

C("vgr-omvardnad-hustrun-troligen-baltros", "vgr",
  P("19381202-0430", "1938-12-02"), "2024-03-31",
  [N("n1", "Melior", "Omvårdnadsanteckning", "v_kungalv_med", "Annika Persson",
     "2024-03-08 19:45", "2024-03-08 20:20", "slutenvård", [
      ("Kommunikation", "Hustrun ringde på eftermiddagen. Hon berättade att hon troligen har fått bältros och inte vill besöka avdelningen förrän hon träffat sin läkare, av rädsla för att smitta. Patienten informerad och ledsen över det."),
      ("Aktivitet", "Promenerade i korridoren med fysioterapeut, 80 meter."),
      ("Cirkulation", "Inlagd för pneumoni, fortsatt intravenös antibiotika. Temp 37,2."),
      ("Sömn", "Sov bra i natt."),
  ], role="sjuksköterska")],
  [], ["NL102"],
  "Nursing note: 'troligen … bältros' is the wife's own condition as she reported it by phone.")

# --- PMO (Skåne primary care): diagnoses never shown ----------------------

C("skane-pmo-remiss-misstankt-kol", "skane",
  P("19560730-2170", "1956-07-30"), "2024-03-31",
  [N("n1", "PMO", "Remiss", "p_vc_hoor", "Olle Mårtensson",
     "2024-03-14 15:05", "2024-03-14 15:30", "öppenvård", [
      ("Frågeställning", "Misstänkt KOL med snabb försämring, spirometrin på vårdcentralen svårbedömd. Önskar utvidgad lungfunktionsundersökning och bedömning."),
      ("Anamnes", "Rökt 40 paketår, slutade i januari. Ansträngningsdyspné sedan ett år, tre antibiotikakurer för luftvägsinfektion i vinter."),
      ("Status", "Förlängt exspirium, enstaka ronki. Saturation 93 % i vila."),
      ("Undersökningar", "Spirometri 2024-03-12 efter bronkdilatation FEV1/FVC 0,66, FEV1 48 % av förväntat, dålig medverkan."),
  ])],
  [], ["NL102"],
  "PMO referral from a vårdcentral: in PMO diagnoses never become visible, so 'Misstänkt KOL' is not NL102.")

C("skane-pmo-hemsjukvard-misstankt-urinvagsinfektion", "skane",
  P("19291219-3881", "1929-12-19"), "2024-10-31",
  [N("n1", "PMO", "Hemsjukvårdsanteckning", "p_hsj_lomma", "Maria Ekdahl",
     "2024-10-04 14:20", "2024-10-04 14:55", "hemsjukvård", [
      ("Kontaktorsak", "Hemtjänsten ringde: brukaren har varit förvirrad sedan i går och urinen luktar starkt."),
      ("Status", "Temp 38,0, puls 96, BT 128/70. Urinsticka nitrit positiv, leukocyter 3+. Svarar adekvat på tilltal men osäker på veckodag."),
      ("Bedömning", "Misstänkt urinvägsinfektion med lätt förvirring. I övrigt ingen akut försämring."),
      ("Åtgärd", "Distriktsläkare Mats Holm kontaktad per telefon och ordinerade pivmecillinam. Urinodling skickad. Nytt hembesök i morgon förmiddag."),
  ], role="sjuksköterska")],
  [], ["NL102"],
  "PMO home-care nursing note with 'Misstänkt urinvägsinfektion': PMO does not show diagnoses.")

C("skane-pmo-vardcentral-utkast-trolig-pneumoni", "skane",
  P("19790403-5636", "1979-04-03"), "2024-11-30",
  [N("n1", "PMO", "Besöksanteckning", "p_vc_sjobo", "Rasmus Hansson",
     "2024-11-18 10:40", None, "öppenvård", [
      ("Kontaktorsak", "Hosta och feber i fyra dagar, ont i vänster sida vid andning."),
      ("Status", "Temp 38,7, andningsfrekvens 22, saturation 95 %. Dämpning och bronkiell andning vänster bas."),
      ("Lab", "CRP 134."),
      ("Bedömning", "Trolig pneumoni i vänster underlob, CRB-65 0 poäng. Kan behandlas i hemmet."),
      ("Åtgärd", "Kåvepenin 1 g 1x3 i 7 dagar. Uppföljande telefonkontakt om 2 dagar, ny kontakt vid försämring."),
  ])],
  [], ["NL102"],
  "Unsigned PMO visit note at a vårdcentral with 'Trolig pneumoni'.")

C("skane-pmo-bvc-misstankt-komjolksproteinallergi", "skane",
  P("20231010-7343", "2023-10-10"), "2024-03-31",
  [N("n1", "PMO", "Besöksanteckning", "p_bvc_staffanstorp", "Josefin Ahl",
     "2024-03-12 13:15", "2024-03-12 13:50", "öppenvård", [
      ("Kontaktorsak", "Mamma berättar om mycket gråt efter måltiderna, slemmig avföring och eksem på kinderna sedan bytet till modersmjölksersättning."),
      ("Status", "Viktkurvan har planat ut, från +1 till 0 SD de senaste sex veckorna. Torr, fjällande hud på kinderna och i armvecken."),
      ("Bedömning", "Misstänkt komjölksproteinallergi, tas upp med BVC-läkare."),
      ("Åtgärd", "Tid hos BVC-läkare Sara Wiklund 2024-03-19. Mamma har fått rådet att fortsätta med nuvarande ersättning till dess."),
  ], role="sjuksköterska")],
  [], ["NL102"],
  "Child under 13, BVC note in PMO: 'Misstänkt komjölksproteinallergi' is not shown as a diagnosis.")

C("skane-pmo-uppfoljning-efter-epikris-misstankt-sompapne", "skane",
  P("19650208-9094", "1965-02-08"), "2024-09-30",
  [N("n1", "PMO", "Besöksanteckning", "p_vc_kavlinge", "Elsa Wahlström",
     "2024-09-09 11:00", "2024-09-09 11:35", "öppenvård", [
      ("Kontaktorsak", "Uppföljning efter vårdtillfälle på Helsingborgs lasarett, epikrisen har kommit."),
      ("Aktuellt", "Enligt epikrisen noterade avdelningspersonalen andningsuppehåll nattetid. Hustrun har länge klagat på snarkning, och han somnar framför tv:n varje kväll. Epworth 14."),
      ("Bedömning", "Misstänkt obstruktiv sömnapné, indikation för sömnregistrering."),
      ("Åtgärd", "Remiss till sömnmottagningen för polygrafi. Informerad om körkortsreglerna vid dagtrötthet."),
  ])],
  [], ["NL102"],
  "The suspicion travelled from a hospital discharge summary into a PMO follow-up note, where diagnoses are not shown.")

C("skane-pmo-diagnoslista-hypotyreos-fragetecken", "skane",
  P("19720625-0800", "1972-06-25"), "2024-04-30",
  [N("n1", "PMO", "Besöksanteckning", "p_vc_osby", "Gustav Lindell",
     "2024-04-16 14:00", "2024-04-16 14:40", "öppenvård", [
      ("Kontaktorsak", "Trötthet och viktuppgång sedan ett halvår."),
      ("Lab", "TSH 7,8, fritt T4 12, TPO-antikroppar positiva. Hb, ferritin och glukos normala."),
      ("Bedömning", "Subklinisk hypotyreos. Ny provtagning om 6 veckor innan ställningstagande till levotyroxin."),
      ("Diagnoser", "Trötthet (R53.9). Hypotyreos?"),
  ])],
  [], ["NL102"],
  "PMO problem list with 'Hypotyreos?': the question mark does not matter where diagnoses are never visible.")

# --- protected: Tidiga hypoteser (Skåne: template, VGR: sökord) -----------

C("skane-tidiga-hypoteser-mall-frontotemporal-demens", "skane",
  P("19660131-2553", "1966-01-31"), "2024-02-29",
  [N("n1", "Melior", "Tidiga hypoteser", "s_lund_neuro", "Cecilia Hedlund",
     "2024-02-06 15:20", "2024-02-06 16:05", "öppenvård", [
      ("Bedömning", "Hustrun beskriver sedan två år tilltagande hämningslöshet, ökat sötsug och minskad empati, vilket patienten själv förnekar. MR visar lätt frontal atrofi, betonat till höger. Misstänkt beteendevariant av frontotemporal demens."),
      ("Motivering", "Hypotesen dokumenteras här då patienten saknar sjukdomsinsikt och beskedet kräver ett planerat samtal med både patient och hustru efter FDG-PET."),
  ])],
  [], ["NL102"],
  "Skåne: the hypothesis is written in the Tidiga hypoteser template, which Journalen filters out.")

C("skane-tidiga-hypoteser-mall-differentialdiagnos-huntington", "skane",
  P("19790512-4264", "1979-05-12"), "2024-10-31",
  [N("n1", "Melior", "Tidiga hypoteser", "s_hbg_neuro", "Henrik Mörner",
     "2024-10-22 11:50", "2024-10-22 12:25", "öppenvård", [
      ("Bedömning", "Ofrivilliga ryckiga rörelser i ansikte och fingrar samt nedsatt planeringsförmåga. Fadern avled 52 år gammal i en oklar neurologisk sjukdom. Differentialdiagnos Huntingtons sjukdom. Genetisk testning kräver föregående genetisk vägledning och har ännu inte tagits upp med patienten."),
  ])],
  [], ["NL102"],
  "Skåne Tidiga hypoteser template holding a differential diagnosis that must not reach the patient before genetic counselling.")

C("vgr-epikris-pankreas-i-tidiga-hypoteser-sokord", "vgr",
  P("19550327-6015", "1955-03-27"), "2024-04-30",
  [N("n1", "Melior", "Epikris", "v_alingsas_med", "Tomas Ekström",
     "2024-04-24 13:15", "2024-04-24 15:00", "slutenvård", [
      ("Inkomstorsak", "Feber, hosta och andfåddhet sedan fyra dagar."),
      ("Vårdförlopp", "Lobär pneumoni i vänster underlob, behandlad med bensylpenicillin med god effekt. På DT thorax, gjord för att bedöma pleuravätskan, sågs i de nedersta snitten en 22 mm stor lågattenuerande förändring i pankreashuvudet."),
      ("Diagnoser", "Pneumoni i vänster underlob (J18.1)."),
      ("Status vid utskrivning", "Feberfri, andningsfrekvens 16, saturation 96 % på luft. Fortfarande nedsatta andningsljud vänster bas."),
      ("Läkemedel", "Fenoximetylpenicillin 1 g 1x3 till och med 2024-04-29. Hemläkemedlen i övrigt oförändrade."),
      ("Tidiga hypoteser", "Misstänkt pankreascancer. Förändringen är för ofullständigt avbildad för att kommuniceras, MR pankreas och CA 19-9 ska göras först. Kirurgisk bedömning efter MR."),
      ("Uppföljning", "MR buk 2024-05-06 som komplettering till DT. Återbesök medicinmottagningen Alingsås efter MR."),
  ])],
  [], ["NL102"],
  "VGR: the only hedged diagnosis in the discharge summary is under the sökord 'Tidiga hypoteser'; visible sections are settled.")

C("vgr-daganteckning-utkast-faktitiell-hypoglykemi-tidiga-hypoteser", "vgr",
  P("19921003-7728", "1992-10-03"), "2024-06-30",
  [N("n1", "Melior", "Daganteckning", "v_skas_med", "Ingela Brandt",
     "2024-06-12 10:20", None, "slutenvård", [
      ("Aktuellt", "Ny hypoglykemi 2,1 kl 03 i natt, svettig och förvirrad, snabbt bättre av druvsocker. Totalt fyra episoder under vårdtiden."),
      ("Status", "Opåverkad i dag, normalt neurologstatus."),
      ("Provsvar", "Fastetestet avbröts dag 1 på grund av hypoglykemi."),
      ("Bedömning", "Återkommande hypoglykemier under vårdtiden. Utredningen fortsätter enligt plan."),
      ("Tidiga hypoteser", "Vid nattens episod lågt C-peptid samtidigt som insulin var kraftigt förhöjt, vilket talar för tillfört insulin. Misstänkt faktitiell hypoglykemi. Patienten arbetar som undersköterska på en diabetesavdelning. Tas inte upp med patienten förrän screening för insulinanaloger är besvarad och psykiatrikonsult planerad."),
      ("Planering", "Fortsatt glukoskontroll var tredje timme. Nya prover vid nästa hypoglykemi enligt PM."),
  ])],
  [], ["NL102"],
  "Unsigned VGR daily note: the hypothesis is kept under the 'Tidiga hypoteser' sökord; the visible assessment names no diagnosis.")

C("vgr-remiss-neurologi-pnes-i-tidiga-hypoteser", "vgr",
  P("19980124-9468", "1998-01-24"), "2024-05-31",
  [N("n1", "Melior", "Remiss", "v_kungalv_medmott", "Hanna Lindgren",
     "2024-05-08 14:35", "2024-05-08 15:00", "öppenvård", [
      ("Frågeställning", "Återkommande anfall med medvetandepåverkan, önskar utredning med långtids-EEG."),
      ("Anamnes", "Sedan ett halvår episoder med skakningar i armar och ben i 5–10 minuter, slutna ögon under anfallen, inga tungbett. Har sökt akut tre gånger. Rutin-EEG och MR hjärna normala."),
      ("Läkemedel", "Levetiracetam 500 mg 1x2 insatt av akutläkare i mars, utan effekt."),
      ("Tidiga hypoteser", "Anfallssemiologin med slutna ögon, långa anfall och fluktuerande förlopp talar för psykogena icke-epileptiska anfall. Inte diskuterat med patienten, diagnosen bör ställas och förmedlas efter video-EEG-registrering."),
  ])],
  [], ["NL102"],
  "VGR referral: the suspicion travels to neurology under the sökord 'Tidiga hypoteser'; the visible referral question names no diagnosis.")

C("skane-tidiga-hypoteser-mall-harcellsleukemi-med-synlig-epikris", "skane",
  P("19660707-1187", "1966-07-07"), "2024-02-29",
  [N("n1", "Melior", "Tidiga hypoteser", "s_lund_hemavd", "Oscar Bengtsson",
     "2024-02-14 16:00", "2024-02-14 16:20", "slutenvård", [
      ("Bedömning", "Pancytopeni och hepatosplenomegali. Morfologin i perifert blod väcker misstanke om hårcellsleukemi. Kommuniceras inte innan flödescytometrin från benmärgen är klar, eftersom patienten redan är mycket orolig efter makens cancerdöd i vintras."),
  ]),
   N("n2", "Melior", "Epikris", "s_lund_hemavd", "Oscar Bengtsson",
     "2024-02-15 11:30", "2024-02-15 12:10", "slutenvård", [
      ("Inkomstorsak", "Trötthet och blåmärken, remitterad för pancytopeni."),
      ("Vårdförlopp", "Transfunderad med trombocyter en gång. Benmärgsundersökning gjord 2024-02-13. Mår bättre vid hemgång."),
      ("Diagnoser", "Pancytopeni (D61.9)."),
      ("Uppföljning", "Återbesök hematologimottagningen 2024-02-22 för genomgång av benmärgssvaret."),
  ])],
  [], ["NL102"],
  "The pair done right: hypothesis in a Tidiga hypoteser note (n1), discharge summary (n2) free of it; n1 is filtered.")

# --- hedges about something that is not a diagnosis -----------------------

C("skane-daganteckning-erysipelas-trolig-hemgang", "skane",
  P("19580303-2936", "1958-03-03"), "2024-07-31",
  [N("n1", "Melior", "Daganteckning", "s_hbg_med", "Ida Persson",
     "2024-07-17 10:05", "2024-07-17 10:40", "slutenvård", [
      ("Aktuellt", "Dag 3 med intravenöst bensylpenicillin för erysipelas på höger underben. Rodnaden har dragit sig tillbaka innanför markeringen, feberfri sedan i går morse."),
      ("Status", "Rodnad och värmeökning kvar kring fotleden, minskad svullnad. Inga blåsor."),
      ("Lab", "CRP 64 (inkomst 188)."),
      ("Bedömning", "Erysipelas höger underben i god regress."),
      ("Planering", "Byte till peroralt flukloxacillin i kväll. Trolig hemgång i morgon förmiddag om fortsatt feberfri."),
  ])],
  [], ["NL102"],
  "'Trolig hemgång i morgon' hedges the discharge date, not a diagnosis; the diagnosis is settled.")

C("vgr-daganteckning-hoftfraktur-ev-korttidsplats", "vgr",
  P("19391012-4647", "1939-10-12"), "2024-11-30",
  [N("n1", "Melior", "Daganteckning", "v_su_ort", "Viktoria Larsson",
     "2024-11-20 11:35", "2024-11-20 12:00", "slutenvård", [
      ("Aktuellt", "Postoperativ dag 5 efter osteosyntes med glidande höftskruv för vänstersidig trokantär femurfraktur. Går med gåbord och en personals stöd, osäker i vändningar."),
      ("Status", "Operationssåret torrt. Ingen förvirring, äter bra."),
      ("Bedömning", "Opererad trokantär femurfraktur vänster med förväntad återhämtning."),
      ("Planering", "Ev. behov av korttidsplats efter utskrivning, biståndshandläggare i Härryda kontaktad för SIP-möte på torsdag. Fysioterapi två gånger dagligen."),
  ])],
  [], ["NL102"],
  "'Ev. behov av korttidsplats' hedges a care need, not a diagnosis.")

C("skane-konsultationssvar-mojligen-hojd-metoprololdos", "skane",
  P("19501119-6390", "1950-11-19"), "2024-05-31",
  [N("n1", "Melior", "Konsultationsanteckning", "s_malmo_kard", "Camilla Nord",
     "2024-05-28 14:10", "2024-05-28 15:00", "slutenvård", [
      ("Frågeställning", "Lågt blodtryck och bradykardi postoperativt hos patient med känd hjärtsvikt. Kardiologisk bedömning önskas av ortopeden."),
      ("Anamnes", "Opererad med knäprotes höger för tre dagar sedan. Känd hjärtsvikt med nedsatt ejektionsfraktion och kronisk njursvikt stadium 3. Sedan operationen BT runt 95/55 och puls 48–52."),
      ("Status", "Opåverkad, inga stastecken. Långsam regelbunden rytm utan blåsljud, lungorna rena."),
      ("EKG", "Sinusbradykardi 50, i övrigt oförändrat mot tidigare."),
      ("Bedömning", "Symtomgivande bradykardi och hypotoni av betablockad i kombination med postoperativ vätskebrist. Hjärtsvikten bedöms stabil."),
      ("Svar", "Metoprolol halveras till 50 mg. Möjligen kan dosen åter höjas vid besöket på hjärtsviktsmottagningen om 4 veckor."),
  ])],
  [], ["NL102"],
  "Consultation answer where 'Möjligen' hedges a future dose change; the diagnoses are settled.")

C("vgr-remiss-hjartrehab-fragestallning-lamplig-for-traning", "vgr",
  P("19630808-8118", "1963-08-08"), "2024-04-30",
  [N("n1", "Melior", "Remiss", "v_kungalv_medmott", "Emil Lundqvist",
     "2024-04-16 09:45", "2024-04-16 10:10", "öppenvård", [
      ("Frågeställning", "Lämplig för fysisk träning inom hjärtrehabilitering?"),
      ("Anamnes", "Genomgått STEMI i framväggen 2024-04-02 med primär PCI mot LAD. EF 40 % vid utskrivningen. Har sedan tidigare artros i höger knä som begränsar gångsträckan."),
      ("Läkemedel", "Trombyl, Brilique, Atorvastatin, Metoprolol, Ramipril, Eplerenon."),
      ("Övrigt", "Patienten är motiverad och vill helst träna i grupp dagtid."),
  ])],
  [], ["NL102"],
  "Referral question ending in '?' that asks about suitability for training, not about a diagnosis.")

C("skane-daganteckning-lungemboli-undrar-om-flygresa", "skane",
  P("19881209-9847", "1988-12-09"), "2024-03-31",
  [N("n1", "Melior", "Daganteckning", "s_lund_med", "Linus Backman",
     "2024-03-27 10:30", "2024-03-27 11:05", "slutenvård", [
      ("Aktuellt", "Dag 2 med lungemboli, behandlas med apixaban. Mindre andfådd, går i korridoren utan syrgas."),
      ("Status", "Saturation 97 % på luft, puls 82."),
      ("Patientens frågor", "Undrar om hon kan åka på den planerade resan till Thailand i slutet av april? Svarat att flygresan går bra efter två veckors behandling, med kompressionsstrumpor och rörelse under flygningen."),
      ("Planering", "Hemgång i morgon med Eliquis. Återbesök om 3 månader."),
  ])],
  [], ["NL102"],
  "A '?' after the patient's own question about travel, in a note whose diagnosis is settled.")

C("vgr-daganteckning-utkast-inr-sannolikt-missade-doser", "vgr",
  P("19570111-1576", "1957-01-11"), "2024-08-31",
  [N("n1", "Melior", "Daganteckning", "v_sas_med", "Maria Sjöberg",
     "2024-08-06 13:25", None, "slutenvård", [
      ("Aktuellt", "Inlagd för lågt INR 1,4 hos patient med mekanisk mitralisklaffprotes. Inga neurologiska symtom, klaffen fungerade normalt på ekot i går."),
      ("Bedömning", "Subterapeutiskt INR, sannolikt på grund av missade Waran-doser under en stressig period med flytt. Normal klaffunktion."),
      ("Planering", "Fragmin i behandlingsdos tills INR är över 2,5 två dagar i rad. Dosett och påminnelse i telefonen ordnas, AK-mottagningen informerad."),
  ])],
  [], ["NL102"],
  "Unsigned daily note: 'sannolikt' hedges the cause (missed doses), not a diagnosis.")

C("skane-epikris-duodenalsar-ev-hb-kontroll", "skane",
  P("19700217-3305", "1970-02-17"), "2024-12-31",
  [N("n1", "Melior", "Epikris", "s_ystad_kir", "Kajsa Rehn",
     "2024-12-12 12:40", "2024-12-12 14:15", "slutenvård", [
      ("Inkomstorsak", "Hematemes och melena sedan i morse."),
      ("Vårdförlopp", "Gastroskopi visade ett 12 mm stort ulcus i bulbus duodeni med synligt kärl, behandlat med clips och adrenalininjektion. Helicobacter pylori påvisad i biopsi. Transfunderad med två enheter, Hb 98 vid hemgång. Ingen förnyad blödning."),
      ("Diagnoser", "Blödande duodenalsår (K26.0). Helicobacter pylori-infektion (B98.0)."),
      ("Läkemedel", "Pantoprazol 40 mg 1x2 i 8 veckor. Eradikeringsbehandling med trippelterapi i 10 dagar. Naproxen permanent utsatt."),
      ("Uppföljning", "Ev. Hb-kontroll på vårdcentralen om en vecka om patienten känner sig trött eller yr. Ureautandningstest 4 veckor efter avslutad eradikering."),
  ])],
  [], ["NL102"],
  "'Ev.' before a follow-up blood test in a discharge summary with settled diagnoses.")

C("vgr-omvardnad-hjartsvikt-ev-dusch", "vgr",
  P("19440606-5021", "1944-06-06"), "2024-02-29",
  [N("n1", "Melior", "Omvårdnadsanteckning", "v_alingsas_med", "Petra Gustavsson",
     "2024-02-26 20:05", "2024-02-26 20:30", "slutenvård", [
      ("Aktivitet", "Uppe i stol till frukost och lunch, går med rollator till toaletten med tillsyn."),
      ("Hygien", "Tvättad vid handfatet. Ev. dusch i morgon förmiddag om hon orkar, önskar hjälp med hårtvätt."),
      ("Nutrition", "Äter halva portioner. Dricker dåligt, 900 ml senaste dygnet, uppmuntrad."),
      ("Vätskebalans", "Vikt 71,3 kg (igår 72,0). Inlagd för hjärtsviktsförsämring, intravenöst furosemid enligt ordination."),
  ], role="sjuksköterska")],
  [], ["NL102"],
  "Nursing note: 'Ev. dusch i morgon' is a hedge about care, not about the settled heart failure.")

C("skane-remiss-ljumskbrack-kan-opereras-i-dagkirurgi", "skane",
  P("19810930-6772", "1981-09-30"), "2024-08-31",
  [N("n1", "Melior", "Remiss", "s_hbg_akut", "Elias Norén",
     "2024-08-03 02:20", "2024-08-03 02:45", "öppenvård", [
      ("Frågeställning", "Kan patienten opereras i dagkirurgi? Önskar bedömning inför operation av ljumskbråck."),
      ("Anamnes", "Högersidigt ljumskbråck sedan ett halvår, besvärande vid tunga lyft i arbetet som lagerarbetare. Sökte akut i natt för ökad smärta, bråcket gick att reponera."),
      ("Status", "Reponibelt indirekt ljumskbråck höger, ingen ömhet efter reponering."),
      ("Tidigare sjukdomar", "Sömnapnésyndrom med CPAP, BMI 34."),
      ("Läkemedel", "Inga."),
  ])],
  [], ["NL102"],
  "Referral question with '?' about day surgery; every diagnosis in the note is settled.")

# ==========================================================================
# 3. NL101: a diagnosis in a visible section while the patient is not
#    (yet) told — and near misses
# ==========================================================================

C("skane-epikris-pad-adenokarcinom-besked-ges-pa-mottagningen", "skane",
  P("19470814-8491", "1947-08-14"), "2024-03-31",
  [N("n1", "Melior", "Epikris", "s_ystad_med", "Jonas Wallin",
     "2024-03-08 15:30", "2024-03-08 16:45", "slutenvård", [
      ("Inkomstorsak", "Järnbristanemi och viktnedgång, inlagd för transfusion och utredning."),
      ("Vårdförlopp", "Transfunderad med tre enheter. Koloskopi 2024-03-05 visade en cirkumferent tumör i sigmoideum, biopsier tagna. DT thorax-buk utan fjärrmetastaser."),
      ("PAD", "Adenokarcinom i sigmoideum, måttligt differentierat."),
      ("Diagnoser", "Adenokarcinom i sigmoideum (C18.7). Järnbristanemi sekundär till kronisk blödning (D50.0)."),
      ("Läkemedel", "Järntabletter Duroferon 100 mg 1x2 insatt. Oförändrade i övrigt: Losartan 50 mg, Alvedon vid behov."),
      ("Uppföljning", "Hb-kontroll på vårdcentralen om 2 veckor. Kolorektalkonferens 2024-03-14 inför mottagningsbesöket."),
      ("Information", "Patienten är ännu inte informerad om PAD-svaret, som kom efter utskrivningen. Besked ges av kolorektalkirurg vid mottagningsbesök 2024-03-18 med dottern närvarande."),
  ])],
  ["NL101"], [],
  "Discharge summary lists a cancer diagnosis and says the patient has not yet been told the PAD result.")

C("vgr-remissvar-neurologi-als-diagnosbesked-ej-givet", "vgr",
  P("19590108-0233", "1959-01-08"), "2024-06-30",
  [N("n1", "Melior", "Remissvar", "v_su_neuro", "Daniel Öberg",
     "2024-06-12 13:10", "2024-06-12 15:55", "öppenvård", [
      ("Frågeställning", "Progredierande svaghet i höger ben och fascikulationer, remiss från ortopeden."),
      ("Undersökningar", "Neurografi och EMG 2024-06-10: Utbredd akut och kronisk denervation i tre regioner, normala sensoriska svar. MR hals- och ländrygg utan kompression."),
      ("Bedömning", "Fynden uppfyller sammantaget kriterierna för amyotrofisk lateralskleros (ALS)."),
      ("Information", "Patienten har ännu inte fått diagnosbeskedet. Det ges vid ett planerat besök 2024-06-20 med anhörig närvarande och kontaktsjuksköterska från ALS-teamet."),
      ("Svar", "Vi tar över patienten och kallar till besöket. Ingen åtgärd behövs från remittenten."),
  ])],
  ["NL101"], [],
  "Referral answer states the confirmed diagnosis and that the diagnosis has not been given to the patient yet.")

C("skane-daganteckning-utkast-aml-patienten-vet-annu-inte", "skane",
  P("19711205-1946", "1971-12-05"), "2024-10-31",
  [N("n1", "Melior", "Daganteckning", "s_lund_hemavd", "Jenny Fors",
     "2024-10-08 16:20", None, "slutenvård", [
      ("Aktuellt", "Inlagd i går med pancytopeni och blaster i perifert blod."),
      ("Undersökningar", "Benmärgsutstryk i dag: 62 % myeloiska blaster. Flödescytometrin bekräftar akut myeloisk leukemi."),
      ("Bedömning", "Akut myeloisk leukemi. Patienten vet ännu inte om diagnosen; hematologisk överläkare tar samtalet i morgon förmiddag tillsammans med kontaktsjuksköterska, maken kommer in."),
      ("Planering", "CVK-inläggning i morgon, cytostatika enligt protokoll när genetiken är klar. Allopurinol och vätska."),
  ])],
  ["NL101"], [],
  "Unsigned daily note: 'Patienten vet ännu inte om diagnosen' right after the diagnosis in Bedömning.")

C("vgr-daganteckning-levermetastaser-informeras-efter-mdk", "vgr",
  P("19520419-3691", "1952-04-19"), "2024-10-31",
  [N("n1", "Melior", "Daganteckning", "v_alingsas_med", "Helena Wikström",
     "2024-10-09 11:45", "2024-10-09 12:30", "slutenvård", [
      ("Aktuellt", "Utredning av viktnedgång och förhöjda levervärden."),
      ("Undersökningar", "DT thorax-buk 2024-10-08: Multipla levermetastaser, primärtumören inte identifierad."),
      ("Bedömning", "Levermetastaser från okänd primärtumör. Enligt överenskommelse med onkologen ska patienten inte informeras om fynden förrän MDK tagit ställning 2024-10-15, så att ett samlat besked kan ges."),
      ("Planering", "Ultraljudsledd leverbiopsi i morgon. Smärtlindring efter behov."),
  ])],
  ["NL101"], [],
  "'ska … inte informeras … förrän MDK' — a decision to withhold, written next to the diagnosis in a visible section.")

C("skane-epikris-hcc-typo-ej-infomerad", "skane",
  P("19580227-5411", "1958-02-27"), "2024-08-31",
  [N("n1", "Melior", "Epikris", "s_cks_med", "Viktor Lund",
     "2024-08-16 10:25", "2024-08-16 12:00", "slutenvård", [
      ("Inkomstorsak", "Buksvullnad och trötthet, känd alkoholrelaterad levercirros."),
      ("Vårdförlopp", "Ascites tappad, 6 liter. DT lever med trefasteknik visade en 4 cm stor tumör i segment 7 med typiskt kontrastmönster, AFP 820. Bedömd som hepatocellulär cancer utan behov av biopsi, LI-RADS 5."),
      ("Diagnoser", "Hepatocellulär cancer (C22.0). Alkoholrelaterad levercirros, Child-Pugh B (K70.3)."),
      ("Information", "Pat. ej infomerad om tumören ännu, besked ges på levermottagningen 2024-08-27 efter leverkonferensen."),
      ("Uppföljning", "Remiss till levermottagningen SUS Lund."),
  ])],
  ["NL101"], [],
  "Typo in the not-informed cue ('ej infomerad') in a discharge summary stating a liver cancer diagnosis.")

C("skane-omvardnad-smacellig-lungcancer-inte-via-omvardnadspersonal", "skane",
  P("19490523-7154", "1949-05-23"), "2024-05-31",
  [N("n1", "Melior", "Omvårdnadsanteckning", "s_lund_lung", "Therese Nilsson",
     "2024-05-07 22:10", "2024-05-07 22:40", "slutenvård", [
      ("Kommunikation", "Patienten frågade under kvällen vad bronkoskopin visat. Enligt läkaranteckningen föreligger småcellig lungcancer, men patienten har ännu inte fått beskedet av läkare och ska inte få det via omvårdnadspersonalen. Svarade att läkaren går igenom provsvaren på ronden i morgon."),
      ("Sömn", "Sov oroligt, fick Propavan 25 mg kl 23."),
      ("Smärta", "Ingen smärta."),
  ], role="sjuksköterska")],
  ["NL101"], [],
  "Nursing note copies the diagnosis from the doctor's note and records that the patient has not been told.")

C("vgr-lakaranteckning-huntington-genetiskt-svar-ej-lamnat", "vgr",
  P("19750302-8867", "1975-03-02"), "2024-09-30",
  [N("n1", "Melior", "Läkaranteckning", "v_su_genetik", "Annelie Roos",
     "2024-09-04 09:30", "2024-09-04 10:15", "öppenvård", [
      ("Aktuellt", "Patienten utreds för tilltagande ofrivilliga rörelser och koncentrationssvårigheter, remitterad från neurologmottagningen."),
      ("Provsvar", "Genetisk analys: 43 CAG-repetitioner i HTT-genen."),
      ("Bedömning", "Den genetiska analysen bekräftar Huntingtons sjukdom."),
      ("Planering", "Svaret lämnas vid bokat besök 2024-09-12 tillsammans med genetisk vägledare. Patienten har inte fått svaret och ska inte kontaktas per telefon eller brev om det."),
  ])],
  ["NL101"], [],
  "Genetics note: confirmed diagnosis in Bedömning, 'patienten har inte fått svaret' in Planering.")

C("vgr-remissvar-utkast-melanom-remittenten-lamnar-beskedet", "vgr",
  P("19680611-0604", "1968-06-11"), "2024-04-30",
  [N("n1", "Melior", "Remissvar", "v_su_hud", "Magnus Örn",
     "2024-04-10 14:45", None, "öppenvård", [
      ("Frågeställning", "Excision av pigmenterad förändring på ryggen."),
      ("PAD", "Malignt melanom av ytligt spridande typ, Breslow 1,4 mm, ej ulcererat, radikalt exciderat med 2 mm marginal."),
      ("Bedömning", "Malignt melanom pT2a. Utvidgad excision med 2 cm marginal och portvaktskörtelbiopsi rekommenderas enligt vårdprogram."),
      ("Information", "Patienten är inte informerad av oss. Remittenten ombeds lämna beskedet, eftersom patienten har sin fasta läkarkontakt där, alternativt kontakta oss om vi ska göra det."),
      ("Svar", "Remiss skickad till plastikkirurgen för utvidgad excision."),
  ])],
  ["NL101"], [],
  "Unsigned referral answer with a melanoma diagnosis, passing the task of telling the patient back to the referrer.")

C("vgr-daganteckning-pankreascancer-maken-vet-patienten-inte", "vgr",
  P("19540928-2323", "1954-09-28"), "2024-11-30",
  [N("n1", "Melior", "Daganteckning", "v_udd_kir", "Nils Carlsson",
     "2024-11-21 13:40", "2024-11-21 14:20", "slutenvård", [
      ("Aktuellt", "Dag 3 efter avlastande gallvägsstent. Fortsatt illamående och smärta, behöver extra oxikodon flera gånger per dygn."),
      ("Undersökningar", "PAD från borstcytologin: Adenokarcinom förenligt med pankreasursprung. DT utan fjärrmetastaser."),
      ("Bedömning", "Pankreascancer i pankreashuvudet. Maken är informerad om diagnosen. Patienten själv har ännu inte fått beskedet, då hon varit för påverkad av smärta och illamående; samtal planeras när hon är stabil."),
      ("Planering", "Smärtlindring optimeras, antiemetika enligt schema. Diskuteras på pankreaskonferens nästa vecka."),
  ])],
  ["NL101"], [],
  "The husband knows, the patient has not yet been told: the diagnosis is visible to her before she is informed.")

# --- NL101 near misses ----------------------------------------------------

C("skane-epikris-rektalcancer-besked-givet-vid-ronden", "skane",
  P("19510619-4078", "1951-06-19"), "2024-07-31",
  [N("n1", "Melior", "Epikris", "s_malmo_kir", "Hugo Ström",
     "2024-07-11 10:50", "2024-07-11 13:30", "slutenvård", [
      ("Inkomstorsak", "Subileus, inlagd för utredning."),
      ("Vårdförlopp", "Avlastad med nasogastrisk sond. DT buk visade en stenoserande tumör i övre rektum utan fjärrmetastaser. Sigmoideoskopi med biopsier dag 3. Avlastande transversostomi anlagd dag 4."),
      ("PAD", "Adenokarcinom i rektum."),
      ("Diagnoser", "Adenokarcinom i övre rektum (C20.9). Ileus (K56.6)."),
      ("Information", "Besked om PAD-svaret lämnades vid ronden 2024-07-09 med hustrun närvarande. Patienten har fått kontaktsjuksköterskans direktnummer och en Min vårdplan."),
      ("Uppföljning", "Diskuteras på MDK 2024-07-16, därefter besök på kolorektalmottagningen."),
  ])],
  [], ["NL101"],
  "Same kind of note as a positive case, but the diagnosis was given to the patient at the round.")

C("skane-tidiga-hypoteser-mall-myelom-ej-informerad", "skane",
  P("19480904-5794", "1948-09-04"), "2024-03-31",
  [N("n1", "Melior", "Tidiga hypoteser", "s_lund_hemmott", "Oscar Bengtsson",
     "2024-02-27 15:35", "2024-02-27 15:50", "öppenvård", [
      ("Bedömning", "Benmärgen visar 35 % plasmaceller, slutligt svar med flödescytometri och cytogenetik saknas. Starkt misstänkt multipelt myelom. Patienten ej informerad, beskedet ges samlat när hela svaret finns, planerat 2024-03-05."),
  ])],
  [], ["NL101", "NL102"],
  "Skåne Tidiga hypoteser template: neither the uncommunicated diagnosis nor the hedge is visible.")

C("vgr-tidiga-hypoteser-sokord-skelettmetastaser-ej-informerad", "vgr",
  P("19621220-7523", "1962-12-20"), "2024-07-31",
  [N("n1", "Melior", "Läkaranteckning", "v_su_onk", "Therese Lindblom",
     "2024-07-02 10:40", "2024-07-02 11:35", "öppenvård", [
      ("Aktuellt", "Uppföljning efter avslutad adjuvant behandling för bröstcancer 2022. Mår bra, lätt ryggvärk sedan några veckor."),
      ("Status", "Ingen lokal knöl, inga förstorade lymfkörtlar. Lätt perkussionsömhet över Th10."),
      ("Tidiga hypoteser", "Skelettskintigrafin visar ökat upptag i Th10 och höger höftben. Misstänkta skelettmetastaser. Patienten är inte informerad; fynden ska bekräftas med MR och biopsi före samtalet."),
      ("Planering", "MR bröstrygg och bäcken bokas. Återbesök efter undersökningen."),
  ])],
  [], ["NL101", "NL102"],
  "VGR: the uncommunicated, hedged finding is confined to the 'Tidiga hypoteser' sökord; the visible sections hold nothing of it.")

C("vgr-aterbesok-typo-erysipleas-ej-informerad-om-ny-tid", "vgr",
  P("19710409-9259", "1971-04-09"), "2024-05-31",
  [N("n1", "Melior", "Läkaranteckning", "v_sas_inf", "Per Sandberg",
     "2024-05-29 10:15", "2024-05-29 11:00", "öppenvård", [
      ("Kontaktorsak", "Återbesök efter vårdtillfälle för erysipleas i höger underben."),
      ("Aktuellt", "Avslutade den perorala antibiotikan för fem dagar sedan. Lätt kvarvarande svullnad men ingen rodnad eller smärta. Har kvar fotsvamp mellan tårna."),
      ("Diagnoser", "Erysipleas höger underben, utläkt (A46.9). Tinea pedis (B35.3)."),
      ("Åtgärd", "Kompressionsstrumpa klass 1 förskriven. Terbinafinkräm mellan tårna i två veckor."),
      ("Administrativt", "Patienten ej informerad om den flyttade tiden för utprovning av kompressionsstrumpan; brev skickas av sekreteraren."),
  ])],
  [], ["NL101"],
  "'ej informerad' refers to a moved appointment, not to the (typo'd, 'erysipleas') diagnosis the patient already knows.")

C("skane-lungcancer-informerad-vill-sjalv-beratta-for-barnen", "skane",
  P("19581102-0980", "1958-11-02"), "2024-04-30",
  [N("n1", "Melior", "Läkaranteckning", "s_lund_lung", "Linus Backman",
     "2024-04-23 14:00", None, "öppenvård", [
      ("Aktuellt", "Samtal om PAD-svaret efter EBUS förra veckan."),
      ("Provsvar", "PAD från station 4R: Metastas av adenokarcinom med lungursprung, EGFR-mutation påvisad."),
      ("Bedömning", "Icke-småcellig lungcancer, adenokarcinom, stadium IIIB."),
      ("Information", "Patienten informerad om diagnosen och om att behandlingen planeras på lungcancerkonferensen på torsdag. Hon vill själv berätta för sina vuxna barn och önskar att vi tills vidare inte lämnar information till dem."),
      ("Planering", "Kontaktsjuksköterska Eva Lind har träffat patienten. Besök hos onkolog efter konferensen."),
  ])],
  [], ["NL101"],
  "Unsigned note: the patient is informed; it is her adult children who are not to be told yet.")

C("vgr-inskrivning-ovarialcancer-besked-givet-efter-forra-vardtillfallet", "vgr",
  P("19560923-2706", "1956-09-23"), "2024-05-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "v_su_med", "Robert Engström",
     "2024-05-06 18:20", "2024-05-06 19:40", "slutenvård", [
      ("Inkomstorsak", "Smärtor och illamående vid känd ovarialcancer med peritoneal spridning."),
      ("Tidigare", "Vid förra vårdtillfället i mars hann patienten inte få beskedet om diagnosen före hemgång. Hon informerades av gynonkolog 2024-04-03 och är nu väl insatt i sin sjukdom och den planerade cytostatikabehandlingen."),
      ("Status", "Lätt utspänd buk med ascites. Smärta NRS 6."),
      ("Bedömning", "Smärta och illamående vid känd ovarialcancer, ascites. DT buk utan tecken på tarmhinder."),
      ("Planering", "Ascitestappning i morgon. Smärtpump med oxikodon, antiemetika enligt schema."),
  ])],
  [], ["NL101"],
  "'hann inte få beskedet' describes a past admission; the same note says she has since been informed.")

C("skane-koloskopi-polyper-informeras-om-pad-visar-malignitet", "skane",
  P("19601014-4456", "1960-10-14"), "2024-11-30",
  [N("n1", "Melior", "Läkaranteckning", "s_malmo_gastro", "Rebecka Lindholm",
     "2024-11-05 11:20", "2024-11-05 12:05", "öppenvård", [
      ("Aktuellt", "Koloskopi efter positivt avföringsprov i screeningprogrammet."),
      ("Fynd", "Tre polyper i colon transversum och sigmoideum, 6–15 mm, alla avlägsnade med slynga. I övrigt normal slemhinna upp till cekum."),
      ("Diagnoser", "Polyper i tjocktarmen, avlägsnade (K63.5)."),
      ("Information", "Patienten fick muntlig information om fynden efter undersökningen. PAD-svaret skickas per brev, och om PAD visar malignitet ringer endoskopiläkaren upp honom."),
  ])],
  [], ["NL101"],
  "A conditional about future information ('om PAD visar malignitet') is not a statement that the patient is uninformed.")

C("vgr-barn-typ1-diabetes-foraldrar-och-barn-informerade", "vgr",
  P("20160217-6164", "2016-02-17"), "2024-09-30",
  [N("n1", "Melior", "Daganteckning", "v_skas_barn", "Ingela Brandt",
     "2024-09-10 14:50", "2024-09-10 15:30", "slutenvård", [
      ("Aktuellt", "Inkom i går med törst, viktnedgång och ketoacidos, pH 7,21."),
      ("Bedömning", "Nydebuterad typ 1-diabetes med lätt ketoacidos, nu hävd."),
      ("Information", "Diagnosen har i dag gåtts igenom med båda föräldrarna och flickan av mig och diabetessjuksköterskan. Föräldrarna har påbörjat utbildningen i insulingivning."),
      ("Planering", "Basal-bolusbehandling med insulinpenna. Skolsköterskan kontaktas inför skolstarten med föräldrarnas medgivande."),
  ])],
  [], ["NL101"],
  "Child under 13: the guardians, who read the journal, and the child have been given the diagnosis.")

# ==========================================================================
# validation
# ==========================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"}
UNIT_KEYS = {"name", "hsa_id"}
AUTHOR_KEYS = {"name", "role"}
SECTION_KEYS = {"keyword", "text"}
CODES = {"NL101", "NL102"}
RULESETS = {"skane", "vgr"}
TH = "Tidiga hypoteser"


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_at(birth, when):
    years = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        years -= 1
    return years


def sentences(text, semicolons):
    """Sentences of 25+ characters in a section text, in order.

    Split at line breaks and after . ! ?; with semicolons=True also at ';'.
    Both splittings are checked, so neither a whole sentence nor a clause
    can repeat.
    """
    out = []
    for line in text.split("\n"):
        for piece in re.split(r"(?<=[.!?])\s+", line):
            subs = piece.split(";") if semicolons else [piece]
            for sub in subs:
                sub = sub.strip()
                if len(sub) >= 25:
                    out.append(sub)
    return out


def validate(cases):
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    if not 100 <= len(cases) <= 120:
        bad("set", "%d cases, expected 100-120" % len(cases))

    names = set()
    whys = set()
    seen_sentences = {}
    for case in cases:
        cid = case.get("case", "?")
        if set(case) != CASE_KEYS:
            bad(cid, "case keys %s" % sorted(case))
            continue
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cid):
            bad(cid, "case name is not kebab-case ascii")
        if cid in names:
            bad(cid, "duplicate case name")
        names.add(cid)
        why = case["why"]
        if not why or "\n" in why or why != why.strip():
            bad(cid, "why must be one non-empty line")
        if why in whys:
            bad(cid, "duplicate why")
        whys.add(why)
        ruleset = case["ruleset"]
        if ruleset not in RULESETS:
            bad(cid, "unknown ruleset %r" % ruleset)

        rec = case["record"]
        if set(rec) != RECORD_KEYS:
            bad(cid, "record keys %s" % sorted(rec))
            continue
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                bad(cid, "%s should be empty in NL1 cases" % k)
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            bad(cid, "patient keys %s" % sorted(pat))
            continue
        if pat["protected_identity"] is not False:
            bad(cid, "protected_identity should be false")
        pnr, bdate = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            bad(cid, "personnummer format %r" % pnr)
        else:
            if pnr[:8] != bdate.replace("-", ""):
                bad(cid, "personnummer %s does not match birth_date %s" % (pnr, bdate))
            if not luhn_ok(pnr[2:8] + pnr[9:]):
                bad(cid, "personnummer %s fails Luhn" % pnr)
        try:
            birth = datetime.date.fromisoformat(bdate)
        except ValueError:
            bad(cid, "birth_date %r invalid" % bdate)
            continue
        try:
            as_of = parse_dt(rec["as_of"])
        except ValueError:
            bad(cid, "as_of %r invalid" % rec["as_of"])
            continue
        if as_of.year != 2024:
            bad(cid, "as_of not in 2024")

        notes = rec["notes"]
        ids = [n.get("id") for n in notes]
        if len(set(ids)) != len(ids):
            bad(cid, "duplicate note ids")
        if "n1" not in ids:
            bad(cid, "no note n1")
        expected = ["n%d" % (i + 1) for i in range(len(notes))]
        if ids != expected:
            bad(cid, "note ids should be %s" % expected)
        by_id = {}
        for note in notes:
            nid = note.get("id", "?")
            where = "%s/%s" % (cid, nid)
            if set(note) != NOTE_KEYS:
                bad(where, "note keys %s" % sorted(note))
                continue
            by_id[nid] = note
            if set(note["unit"]) != UNIT_KEYS or set(note["author"]) != AUTHOR_KEYS:
                bad(where, "unit/author keys")
            if not note["unit"]["hsa_id"].startswith(
                    "SE2321000255-" if ruleset == "skane" else "SE2321000131-"):
                bad(where, "HSA-id does not belong to the region")
            if note["system"] not in ("Melior", "PMO"):
                bad(where, "system %r" % note["system"])
            if ruleset == "vgr" and note["system"] != "Melior":
                bad(where, "VGR cases are Melior only")
            if ruleset == "vgr" and note["template"] == TH:
                bad(where, "VGR protects by sökord, not by template")
            if note["refs"] != []:
                bad(where, "refs should be empty")
            try:
                ntime = parse_dt(note["time"])
            except (TypeError, ValueError):
                bad(where, "time %r invalid" % note["time"])
                continue
            if ntime.year != 2024:
                bad(where, "time not in 2024")
            if ntime > as_of:
                bad(where, "note time after as_of")
            if note["signed"] is not None:
                try:
                    signed = parse_dt(note["signed"])
                except ValueError:
                    bad(where, "signed %r invalid" % note["signed"])
                    continue
                if signed.year != 2024:
                    bad(where, "signed not in 2024")
                if signed < ntime:
                    bad(where, "signed before time")
                if signed > as_of:
                    bad(where, "signed after as_of")
            age = age_at(birth, ntime.date())
            if age < 0:
                bad(where, "note before birth")
            if 13 <= age <= 15:
                bad(where, "patient aged %d (13-15 are not used)" % age)
            if not note["sections"]:
                bad(where, "no sections")
            for sec in note["sections"]:
                if set(sec) != SECTION_KEYS:
                    bad(where, "section keys %s" % sorted(sec))
                    continue
                kw, text = sec["keyword"], sec["text"]
                if not kw or not text or text != text.strip():
                    bad(where, "empty or untrimmed section %r" % kw)
                if ruleset == "skane" and kw == TH:
                    bad(where, "Skåne protects by template, not by sökord")
                for d in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
                    try:
                        dd = datetime.date(int(d[0]), int(d[1]), int(d[2]))
                    except ValueError:
                        bad(where, "invalid date %s in text" % "-".join(d))
                        continue
                    if dd.year != 2024:
                        bad(where, "date %s in text not in 2024" % dd)
                for semicolons in (False, True):
                    seen = seen_sentences.setdefault(semicolons, {})
                    for s in sentences(text, semicolons):
                        key = " ".join(s.split()).casefold()
                        if key in seen:
                            bad(where, "sentence already in %s: %r" % (seen[key], s))
                        else:
                            seen[key] = "%s [%s]" % (where, kw)

        asserted = case["must"] + case["must_not"]
        if not asserted:
            bad(cid, "nothing asserted")
        for lst in (case["must"], case["must_not"]):
            for item in lst:
                if not (isinstance(item, list) and len(item) == 2):
                    bad(cid, "assertion %r is not [code, note]" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    bad(cid, "code %r not asserted in this set" % code)
                if target != "n1":
                    bad(cid, "asserted note must be n1, got %r" % target)
                if target not in by_id:
                    bad(cid, "target %r does not exist" % target)
        must = {tuple(x) for x in case["must"]}
        must_not = {tuple(x) for x in case["must_not"]}
        if must & must_not:
            bad(cid, "code both in must and must_not")
        if len(must) != len(case["must"]) or len(must_not) != len(case["must_not"]):
            bad(cid, "duplicate assertion")
        n1 = by_id.get("n1")
        if n1 is not None:
            if ("NL102", "n1") in must:
                if n1["system"] != "Melior":
                    bad(cid, "NL102 is asserted only for Melior notes")
                if ruleset == "skane" and n1["template"] == TH:
                    bad(cid, "must NL102 on a Skåne Tidiga hypoteser note")
            if n1["system"] == "PMO":
                if ("NL101", "n1") in must | must_not:
                    bad(cid, "NL101 is not asserted on PMO notes")
                if ("NL102", "n1") in must:
                    bad(cid, "PMO hedges are must_not NL102")
    return problems


def summary(cases):
    from collections import Counter
    rules = Counter(c["ruleset"] for c in cases)
    systems = Counter(c["record"]["notes"][0]["system"] for c in cases)
    drafts = sum(1 for c in cases for n in c["record"]["notes"] if n["signed"] is None)
    n_notes = sum(len(c["record"]["notes"]) for c in cases)
    counts = Counter()
    for c in cases:
        for code, _ in c["must"]:
            counts[(code, "must")] += 1
        for code, _ in c["must_not"]:
            counts[(code, "must_not")] += 1
    lines = ["%d cases (%s), n1 system %s, %d notes of which %d unsigned drafts" % (
        len(cases), ", ".join("%s %d" % kv for kv in sorted(rules.items())),
        ", ".join("%s %d" % kv for kv in sorted(systems.items())), n_notes, drafts)]
    for code in sorted(CODES):
        lines.append("%s  must %3d  must_not %3d" % (
            code, counts[(code, "must")], counts[(code, "must_not")]))
    return "\n".join(lines)


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM " + p, file=sys.stderr)
        print("%d problem(s); %s not written" % (len(problems), OUT), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for case in CASES:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    # read back: the file must hold exactly what was validated
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != CASES:
        print("PROBLEM read-back differs from the data", file=sys.stderr)
        return 1
    print(summary(CASES))
    print("wrote " + OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
