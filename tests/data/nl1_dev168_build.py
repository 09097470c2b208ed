#!/usr/bin/env python3
"""Independent NL101/NL102 test set (s28s_): notes written around results.

Phone calls, letters and signing of lab, radiology, PAD, clinical physiology and
genetic results, Region Skåne and VGR. Standard library only, deterministic.
Run: python3 build.py  -> writes cases.jsonl next to this file, exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev168_cases.jsonl")

SKANE = "SE2321000255-"
VGR_ = "SE2321000131-"

# unit key -> (name, hsa_id)
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "s_klf_lund": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Lund", SKANE + "4F2K"),
    "s_kard_hbg": ("Kardiologimottagningen, Helsingborgs lasarett", SKANE + "7Q1D"),
    "s_lung_mmo": ("Lungmottagningen, Skånes universitetssjukhus Malmö", SKANE + "2M8S"),
    "s_kir_krist": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", SKANE + "9K4C"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SKANE + "1B7T"),
    "s_gen_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", SKANE + "5G3N"),
    "s_med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", SKANE + "6H2Y"),
    "s_brost_mmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", SKANE + "3R9B"),
    "s_uro_trbg": ("Urologimottagningen, Lasarettet Trelleborg", SKANE + "8U5L"),
    "s_barn_hlm": ("Barn- och ungdomsmedicinska mottagningen, Hässleholms sjukhus", SKANE + "2C6H"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SKANE + "7D4E"),
    "s_gastro_mmo": ("Gastroenterologimottagningen, Skånes universitetssjukhus Malmö", SKANE + "4V1G"),
    "s_endo_mmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", SKANE + "6E8M"),
    "s_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SKANE + "1N9R"),
    "s_kk_krist": ("Kvinnokliniken, Centralsjukhuset Kristianstad", SKANE + "5W2K"),
    "s_hema_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SKANE + "8A3L"),
    "s_avd_landskr": ("Medicinavdelning 5, Lasarettet Landskrona", SKANE + "3S7A"),
    "s_onh_angelh": ("Öron-, näs- och halsmottagningen, Ängelholms sjukhus", SKANE + "9O1A"),
    "s_ort_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", SKANE + "2P4O"),
    "s_akut_mmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SKANE + "6J5Z"),
    "s_infek_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", SKANE + "4I6F"),
    "s_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SKANE + "7X2R"),
    "s_avd_kard_lund": ("Hjärtavdelning 46, Skånes universitetssjukhus Lund", SKANE + "1Y8H"),
    # Region Skåne, PMO (primärvård)
    "p_vc_sjobo": ("Vårdcentralen Sjöbo", SKANE + "5T1S"),
    "p_vc_simrishamn": ("Vårdcentralen Österlen, Simrishamn", SKANE + "3Q7O"),
    "p_vc_hoor": ("Vårdcentralen Höör", SKANE + "8F2H"),
    "p_bvc_staffanstorp": ("BVC, Vårdcentralen Staffanstorp", SKANE + "2L9B"),
    "p_hsjv_ystad": ("Hemsjukvården Ystad", SKANE + "6R3Y"),
    "p_um_lund": ("Ungdomsmottagningen Lund", SKANE + "9U4M"),
    "p_vc_bromolla": ("Vårdcentralen Bromölla", SKANE + "4B6R"),
    # VGR, Melior
    "v_klf_sahl": ("Klinisk fysiologi, Sahlgrenska Universitetssjukhuset", VGR_ + "20K1"),
    "v_kard_ostra": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR_ + "31H7"),
    "v_lung_boras": ("Lungmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", VGR_ + "44L2"),
    "v_kir_skovde": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", VGR_ + "57S3"),
    "v_jubileum": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VGR_ + "62J9"),
    "v_gen_sahl": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", VGR_ + "73G4"),
    "v_med_uddevalla": ("Medicinmottagningen, NU-sjukvården Uddevalla sjukhus", VGR_ + "85M1"),
    "v_uro_sahl": ("Urologimottagningen, Sahlgrenska Universitetssjukhuset", VGR_ + "96U6"),
    "v_dsbus": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", VGR_ + "18B5"),
    "v_hud_sahl": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VGR_ + "27D8"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", VGR_ + "39A2"),
    "v_kk_nal": ("Kvinnosjukvården, NU-sjukvården NÄL Trollhättan", VGR_ + "48K6"),
    "v_neuro_sahl": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VGR_ + "51N3"),
    "v_reuma_molndal": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VGR_ + "66R4"),
    "v_endo_lidk": ("Endokrinmottagningen, Skaraborgs Sjukhus Lidköping", VGR_ + "72E9"),
    "v_avd_kungalv": ("Medicinavdelning 32, Kungälvs sjukhus", VGR_ + "83K7"),
    "v_hema_sahl": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", VGR_ + "94H1"),
    "v_onh_boras": ("ÖNH-mottagningen, Södra Älvsborgs Sjukhus Borås", VGR_ + "15O2"),
    "v_ort_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VGR_ + "26P5"),
    "v_gastro_sahl": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset", VGR_ + "37G1"),
    "v_infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VGR_ + "49I3"),
    "v_avd_skovde": ("Hjärtavdelning 8, Skaraborgs Sjukhus Skövde", VGR_ + "58V8"),
    "v_rtg_trollh": ("Röntgenkliniken, NU-sjukvården NÄL Trollhättan", VGR_ + "64X2"),
}

CASES = []


def N(nid, unit, author, role, time, signed, sections, template="Läkaranteckning",
      system="Melior", setting="öppenvård", refs=()):
    """One note. time/signed as 'YYYY-MM-DD HH:MM'; signed None = unsigned draft."""
    def ts(s):
        return None if s is None else s.replace(" ", "T") + ":00"
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": ts(time),
        "signed": ts(signed),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(name, ruleset, pnr, notes, must, must_not, why, as_of):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "pnr": pnr,
        "notes": notes,
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
        "as_of": as_of,
    })


# ---------------------------------------------------------------------------
# Part 1: radiology (röntgen, DT, MR, ultraljud, PET)
# ---------------------------------------------------------------------------
C("s28s_rtg_pulm_talar_for_pneumoni_ringt", "skane", "19440912-4080",
  [N("n1", "s_med_ystad", "Karin Wessel", "läkare", "2024-03-06 13:40", "2024-03-06 14:05", [
      ("Telefonkontakt", "Ringt pat angående lungröntgen från 4/3. Rtg pulm visar en nytillkommen förtätning i hö underlob som talar för pneumoni. Pat informerad per telefon, hon har fortfarande hosta men ingen feber."),
      ("Åtgärd", "Doxyferm 100 mg 2x1 dag 1, därefter 1x1 i 9 dagar. Kontroll-rtg om 6 v för att se att förtätningen gått tillbaka."),
  ], template="Telefonanteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "röntgensvar med 'talar för pneumoni' i synlig telefonanteckning (Melior); pat har fått svaret, så inget NL101",
  "2024-03-07T00:00:00")

C("s28s_dt_buk_bild_som_vid_divertikulit", "vgr", "19620801-0253",
  [N("n1", "v_kir_skovde", "Anders Ringqvist", "läkare", "2024-03-12 09:20", "2024-03-12 09:55", [
      ("Bedömning", "DT buk med iv kontrast 11/3: väggförtjockning och fettvävsreaktion kring sigmoideum, bild som vid okomplicerad divertikulit. Ingen abscess, ingen fri gas."),
      ("Planering", "Antibiotika ej nödvändigt enl aktuella riktlinjer, smärtlindring och flytande kost några dagar. Pat hör av sig vid tilltagande buksmärta."),
  ])],
  [("NL102", "n1")], [],
  "DT-svar 'bild som vid divertikulit' i synlig Bedömning (VGR Melior) är en osäker diagnos",
  "2024-03-13T00:00:00")

C("s28s_dtangio_inga_tecken_pa_lungemboli", "skane", "19880205-4240",
  [N("n1", "s_akut_mmo", "Jonas Lilja", "läkare", "2024-01-18 22:10", "2024-01-18 23:30", [
      ("Aktuellt", "Remitterad från vc pga andfåddhet sedan en vecka och förhöjd D-dimer 1,9."),
      ("Utredning", "DT lungartärer: inga tecken på lungemboli. Inga pleuravätskor, lungparenkymet ua."),
      ("Bedömning", "Lungemboli utesluten. Åter till vc för fortsatt astmauppföljning, spirometri där om 4 v."),
  ], template="Akutanteckning")],
  [], [("NL102", "n1")],
  "lungemboli negerad ('inga tecken på', 'utesluten') efter DT; ingen osäker diagnos kvar",
  "2024-01-19T00:00:00")

C("s28s_mr_ms_mall_tidiga_hypoteser_skane", "skane", "19931007-9349",
  [N("n1", "s_neuro_hbg", "Ulrika Bengtsdotter", "läkare", "2024-04-03 15:15", "2024-04-03 15:40", [
      ("Bedömning", "MR hjärna 2/4: flera periventrikulära och juxtakortikala T2-lesioner, en med kontrastuppladdning. Misstänkt multipel skleros. LP planeras innan pat informeras om misstanken."),
  ], template="Tidiga hypoteser")],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Skåne: misstänkt MS som pat ännu inte fått veta står i mallen Tidiga hypoteser, som döljs",
  "2024-04-04T00:00:00")

C("s28s_mr_ms_sokord_tidiga_hypoteser_vgr", "vgr", "19900809-3784",
  [N("n1", "v_neuro_sahl", "Maria Fogelberg", "sjuksköterska", "2024-04-10 10:05", "2024-04-10 10:20", [
      ("Telefonkontakt", "Pat ringde och frågade efter MR-svaret. Berättat att svaret har kommit och att dr Holm går igenom det med henne på återbesöket 19/4."),
      ("Tidiga hypoteser", "MR: demyeliniserande förändringar infratentoriellt och periventrikulärt, MS kan ej uteslutas. Kompletterar med LP och VEP innan diagnos diskuteras med pat."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "VGR: osäker MS-diagnos står bara under sökordet Tidiga hypoteser; den synliga delen nämner ingen diagnos",
  "2024-04-11T00:00:00")

C("s28s_dt_levermetastaser_ej_informerad", "vgr", "19590309-3218",
  [N("n1", "v_kir_skovde", "Per-Olof Strand", "läkare", "2024-05-08 14:30", "2024-05-08 15:10", [
      ("Utredning", "Uppföljande DT thorax-buk 1 år efter hö-sidig hemikolektomi: tre nytillkomna levermetastaser i segment 6–8. Lungorna fria."),
      ("Bedömning", "Levermetastaser från koloncancer. Pat ej informerad ännu, han är bortrest och kommer hem 20/5. Tas upp på MDK 16/5, därefter besked vid besök."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "fastställda levermetastaser i synlig Bedömning och texten säger att pat inte är informerad",
  "2024-05-09T00:00:00")

C("s28s_ul_gallsten_ssk_lamnat_svar", "skane", "19560622-2148",
  [N("n1", "s_kir_krist", "Lena Hörberg", "sjuksköterska", "2024-02-14 11:00", "2024-02-14 11:12", [
      ("Telefonkontakt", "Ringt pat och lämnat svar på ultraljudet enligt dr Nyberg: flera gallstenar, gallblåsan i övrigt ua, inga tecken på kolecystit. Pat förstår och tar det lugnt med fet mat."),
      ("Planering", "Står kvar på väntelistan för laparoskopisk kolecystektomi. Kallelse kommer per post."),
  ], template="Telefonanteckning")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "ssk har lämnat svaret (gallsten) till pat per telefon: diagnosen är kommunicerad och inte osäker",
  "2024-02-15T00:00:00")

C("s28s_rtg_handled_misstant_scafoid_typo", "vgr", "19970508-8095",
  [N("n1", "v_ort_molndal", "Sanna Kjellberg", "läkare", "2024-02-27 16:45", "2024-02-27 17:20", [
      ("Status", "Ömhet i fossa tabatière hö hand, smärta vid axial kompression av tummen."),
      ("Utredning", "Rtg hö handled inkl scafoidbilder: ingen säker frakturlinje, men misstänt scafoidfraktur kvarstår kliniskt."),
      ("Åtgärd", "Gips med tuminfattning, MR handled inom 10 dagar."),
  ])],
  [("NL102", "n1")], [],
  "stavfel i hedge ('misstänt'): misstänkt scafoidfraktur i synlig sektion",
  "2024-02-28T00:00:00")

C("s28s_mammografi_brev_eventuellt_ultraljud", "skane", "19530105-2741",
  [N("n1", "s_brost_mmo", "Eva Granqvist", "läkare", "2024-02-09 08:30", "2024-02-09 08:45", [
      ("Brev", "Hej! Din mammografi den 5 februari visade tät bröstvävnad men inget som behöver utredas vidare. Eventuellt erbjuds du kompletterande ultraljud vid nästa screeningomgång. Vänliga hälsningar, Bröstmottagningen."),
  ], template="Brev")],
  [], [("NL102", "n1")],
  "brev om mammografi: 'eventuellt' gäller en undersökning, ingen diagnos",
  "2024-02-10T00:00:00")

C("s28s_dt_hjarna_trolgi_utskrivning_typo", "skane", "19390901-5848",
  [N("n1", "s_avd_landskr", "Fredrik Alm", "läkare", "2024-01-23 10:50", "2024-01-23 11:30", [
      ("Aktuellt", "84-årig kvinna inlagd efter fall i hemmet, slog huvudet. Waranbehandlad pga förmaksflimmer."),
      ("Utredning", "DT hjärna utan blödning eller fraktur. INR 2,6."),
      ("Planering", "Mobiliseras med sjukgymnast i eftermiddag. Trolgi utskrivning i morgon om hon klarar trappan."),
  ], template="Daganteckning", setting="slutenvård")],
  [], [("NL102", "n1")],
  "stavfel ('Trolgi'): hedgen gäller utskrivningen, inte en diagnos; förmaksflimmer är känt och säkert",
  "2024-01-24T00:00:00")

C("s28s_pmo_rtg_kna_trolig_gonartros", "skane", "19510728-5875",
  [N("n1", "p_vc_sjobo", "Håkan Mårtensson", "läkare", "2024-03-19 12:15", "2024-03-19 12:25", [
      ("Provsvar", "Rtg hö knä: lätt sänkt ledspringa medialt och små osteofyter, trolig medial gonartros. Pat meddelad via 1177, fortsätter hos fysioterapeut."),
  ], template="Provsvar", system="PMO")],
  [], [("NL102", "n1")],
  "PMO visar aldrig diagnoser: trolig gonartros i vårdcentralens anteckning ska inte ge NL102",
  "2024-03-20T00:00:00")

C("s28s_petdt_kan_rora_sig_om_sarkoidos", "skane", "19700514-1747",
  [N("n1", "s_lung_mmo", "Tobias Ekdahl", "läkare", "2024-03-11 13:00", "2024-03-11 13:45", [
      ("Utredning", "PET-DT 8/3: FDG-upptag i symmetriska hilära och mediastinala lymfkörtlar, SUVmax 9. Inga upptag under diafragma."),
      ("Bedömning", "Kan röra sig om sarkoidos, DD lymfom. EBUS med finnålspunktion bokad 21/3."),
      ("Telefonkontakt", "Ringt pat och berättat om fynden och den planerade bronkoskopin. Hon har inga frågor i nuläget."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'kan röra sig om sarkoidos, DD lymfom' synligt; pat har fått veta fynden",
  "2024-03-12T00:00:00")

C("s28s_rtg_thorax_talar_emot_hjartsvikt", "vgr", "19440105-1984",
  [N("n1", "v_med_alingsas", "Johan Wiklander", "läkare", "2024-04-16 11:25", "2024-04-16 11:50", [
      ("Utredning", "Rtg thorax: normalstort hjärta, ingen stas, inga pleuravätskor. NT-proBNP 210."),
      ("Bedömning", "Fynden talar emot hjärtsvikt som orsak till ankelsvullnaden. Sätter ut amlodipin, som kan ge ödem, och ser om det ger effekt."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot hjärtsvikt' är en negerad diagnos",
  "2024-04-17T00:00:00")

C("s28s_ul_njurcysta_ev_kontroll", "vgr", "19710109-1036",
  [N("n1", "v_uro_sahl", "Lisa Törnqvist", "sjuksköterska", "2024-05-21 14:00", "2024-05-21 14:10", [
      ("Telefonkontakt", "Pat meddelad svar på UL njurar: enkel cysta 2 cm i vä njure, Bosniak I, helt ofarlig enligt urolog. Ev. kontroll-UL om ett år, beslutas vid nästa besök."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "'ev.' gäller en kontroll, cystan är ett säkert fynd",
  "2024-05-22T00:00:00")

C("s28s_dt_pankreas_inger_misstanke", "skane", "19611102-9036",
  [N("n1", "s_kir_krist", "Magnus Teglund", "läkare", "2024-02-13 16:00", "2024-02-13 16:35", [
      ("Utredning", "DT buk (pankreasprotokoll) 12/2: 3 cm hypodens process i pankreashuvudet med dilaterad ductus choledochus och pankreasgång. Bilden inger misstanke om pankreascancer. Inga levermetastaser."),
      ("Planering", "Tas upp på pankreaskonferens torsdag. EUS med biopsi beställt. Pat kallas till besök efter konferensen."),
  ])],
  [("NL102", "n1")], [],
  "'inger misstanke om pankreascancer' i synlig sektion av Melior-anteckning",
  "2024-02-14T00:00:00")

C("s28s_rtg_efter_cvk_pneumothorax_fragetecken", "vgr", "19980113-3274",
  [N("n1", "v_avd_kungalv", "Nils Berggren", "läkare", "2024-06-04 19:30", None, [
      ("Aktuellt", "CVK lagd via vä v. subclavia kl 17, två stick."),
      ("Utredning", "Rtg thorax efter inläggning: kateterspets i v. cava superior, liten apikal pneumothorax vä? Ny bild i exspiration beställd till kl 21."),
  ], template="Daganteckning", setting="slutenvård")],
  [("NL102", "n1")], [],
  "frågetecken efter diagnosen ('pneumothorax vä?') är en osäker diagnos",
  "2024-06-05T00:00:00")

# ---------------------------------------------------------------------------
# Part 2: pathology (PAD, cytologi)
# ---------------------------------------------------------------------------
C("s28s_pad_koloncancer_ej_informerad", "skane", "19490715-8119",
  [N("n1", "s_gastro_mmo", "Sofia Landén", "läkare", "2024-02-29 15:20", "2024-02-29 15:50", [
      ("Provsvar", "PAD från tumör i colon ascendens (koloskopi 26/2): adenocarcinom, måttligt differentierat, MMR-proteiner bevarade."),
      ("Bedömning", "Koloncancer. Pat är ännu inte informerad om PAD-svaret; besked ges av kolorektalkirurg på besök 12/3 tillsammans med kontaktsjuksköterska. DT thorax-buk för stadieindelning beställd."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "PAD-verifierad koloncancer i synlig Bedömning, texten säger att pat inte har fått veta",
  "2024-03-01T00:00:00")

C("s28s_pad_tonsillcancer_besked_i_senare_anteckning", "skane", "19751221-5950",
  [N("n1", "s_onh_angelh", "Björn Sjöholm", "läkare", "2024-04-02 13:10", "2024-04-02 13:30", [
      ("Provsvar", "PAD tonsill vä: skivepitelcancer, p16-positiv."),
      ("Bedömning", "Tonsillcancer vä. Pat ej informerad, besked lämnas vid besök 5/4 med kontaktsjuksköterska."),
  ], template="Provsvarsbedömning"),
   N("n2", "s_onh_angelh", "Björn Sjöholm", "läkare", "2024-04-05 10:00", "2024-04-05 11:15", [
      ("Aktuellt", "Besök för PAD-svar, pat kommer med sin fru."),
      ("Bedömning", "Informerat pat och hustrun om att biopsin visar tonsillcancer och att det är en HPV-relaterad form som brukar svara bra på behandling. Remiss till onkologen för strålbehandling."),
      ("Planering", "Kontaktsjuksköterskan ringer pat på tisdag. PET-DT bokas via röntgen."),
  ], template="Mottagningsanteckning")],
  [("NL101", "n1")], [("NL101", "n2")],
  "samma diagnos undanhålls i n1 och berättas i n2: NL101 på n1, inte på n2",
  "2024-04-06T00:00:00")

C("s28s_pad_basalcellscancer_brev_till_pat", "vgr", "19421126-2540",
  [N("n1", "v_hud_sahl", "Erik Andersson", "läkare", "2024-03-22 09:10", "2024-03-22 09:25", [
      ("Brev", "Hej Gunnel! Provet som togs från din rygg den 12 mars har nu analyserats. Det visade basalcellscancer, en vanlig hudcancer som inte sprider sig, och den är helt bortopererad. Ingen mer behandling behövs. Hör av dig om såret inte läker. Med vänlig hälsning, dr Andersson, Hudmottagningen."),
  ], template="Brev")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "brevet är själva beskedet: pat informeras om en säker diagnos",
  "2024-03-23T00:00:00")

C("s28s_pad_duodenum_forenligt_med_celiaki_barn", "vgr", "20151206-8121",
  [N("n1", "v_dsbus", "Hanna Lindeborg", "läkare", "2024-01-30 14:40", "2024-01-30 15:00", [
      ("Provsvar", "PAD från duodenalbiopsier: totalvillös atrofi och ökat antal intraepiteliala lymfocyter, Marsh 3c, förenligt med celiaki."),
      ("Telefonkontakt", "Ringt mamman och berättat svaret. Remiss till dietist för glutenfri kost skickad."),
  ], template="Telefonanteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "barn: 'förenligt med celiaki' i synlig sektion; vårdnadshavaren har fått svaret",
  "2024-01-31T00:00:00")

C("s28s_pad_prostatacancer_mall_tidiga_hypoteser", "skane", "19621115-7158",
  [N("n1", "s_uro_trbg", "Carl-Johan Persson", "läkare", "2024-02-20 12:00", "2024-02-20 12:20", [
      ("Bedömning", "PAD prostatabiopsier: acinärt adenokarcinom Gleason 4+4=8 i 7 av 12 cylindrar. Pat ännu ej informerad, besked planeras vid besök 28/2 med kontaktsjuksköterska närvarande."),
  ], template="Tidiga hypoteser")],
  [], [("NL101", "n1")],
  "Skåne: den ännu ej berättade diagnosen står bara i mallen Tidiga hypoteser (skyddad plats)",
  "2024-02-21T00:00:00")

C("s28s_pad_cin3_ej_infomerad_typo", "vgr", "19971104-4082",
  [N("n1", "v_kk_nal", "Ida Sandström", "läkare", "2024-05-28 15:30", "2024-05-28 15:45", [
      ("Provsvar", "PAD cervixbiopsier (kolposkopi 14/5): CIN 3, HSIL. Inga tecken på invasivitet."),
      ("Bedömning", "Höggradig cellförändring, konisering behövs. Pat ej infomerad ännu, ringer henne när hon är tillbaka från semestern."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "stavfel ('ej infomerad'): CIN 3 i synlig sektion och pat har inte fått besked",
  "2024-05-29T00:00:00")

C("s28s_pad_barrett_utan_dysplasi_brev_ej_skickat", "skane", "19750219-0395",
  [N("n1", "s_gastro_mmo", "Rasmus Ohlin", "läkare", "2024-04-09 10:30", "2024-04-09 10:45", [
      ("Aktuellt", "Känd Barretts esofagus sedan 2019, pat väl insatt. Kontrollgastroskopi 3/4 enligt övervakningsprogram."),
      ("Provsvar", "PAD: Barrettslemhinna med intestinal metaplasi, ingen dysplasi."),
      ("Planering", "Svaret ännu inte meddelat pat, brev skickas denna vecka. Ny gastroskopi om 3 år."),
  ], template="Provsvarsbedömning")],
  [], [("NL101", "n1")],
  "det som inte är berättat är ett lugnande svar (ingen dysplasi); diagnosen Barrett känner pat sedan 2019",
  "2024-04-10T00:00:00")

C("s28s_pad_lymfkortel_misstanken_avskrivs", "skane", "19820627-3529",
  [N("n1", "s_hema_lund", "Josefin Rydell", "läkare", "2024-03-05 16:10", "2024-03-05 16:30", [
      ("Bedömning", "Exstirperad lymfkörtel på halsen hö: reaktiv follikulär hyperplasi, inga tecken på lymfom. Misstanken om lymfom kan därmed avskrivas."),
      ("Telefonkontakt", "Pat meddelad svaret, lättad. Åter till vårdcentralen, ingen ny kontroll här."),
  ])],
  [], [("NL102", "n1")],
  "lymfommisstanken avskrivs efter PAD: negerad diagnos, inget NL102",
  "2024-03-06T00:00:00")

C("s28s_pad_melanom_sokord_tidiga_hypoteser_vgr", "vgr", "19890826-7373",
  [N("n1", "v_hud_sahl", "Louise Bergh", "läkare", "2024-05-07 11:20", "2024-05-07 11:40", [
      ("Åtgärd", "Excision gjord 2/5. Ringt pat och bokat återbesök 16/5 för genomgång av PAD-svar."),
      ("Tidiga hypoteser", "PAD: malignt melanom, superficiellt spridande, Breslow 1,4 mm, ulceration saknas. Pat ej informerad, besked ges personligen vid återbesöket."),
  ])],
  [], [("NL101", "n1")],
  "VGR: melanomet och att pat inte är informerad står bara under sökordet Tidiga hypoteser",
  "2024-05-08T00:00:00")

C("s28s_pad_melanom_tidiga_hypoteser_och_synligt", "vgr", "19710209-6661",
  [N("n1", "v_hud_sahl", "Marcus Heed", "läkare", "2024-05-14 14:05", "2024-05-14 14:30", [
      ("Tidiga hypoteser", "Melanom bekräftat i PAD, Breslow 0,8 mm."),
      ("Bedömning", "Malignt melanom vä skuldra, utvidgad excision med 1 cm marginal behövs. Pat vet ännu inget om svaret, får det på återbesöket 23/5."),
  ])],
  [("NL101", "n1")], [],
  "VGR: trots sökordet Tidiga hypoteser står diagnosen och 'pat vet ännu inget' också i synlig Bedömning",
  "2024-05-15T00:00:00")

C("s28s_pad_vulva_bild_som_vid_lichen_sclerosus", "skane", "19510803-9420",
  [N("n1", "s_hud_lund", "Anna-Karin Boström", "läkare", "2024-06-11 09:45", "2024-06-11 10:05", [
      ("Provsvar", "PAD vulvabiopsi: hyperkeratos, homogeniserat kollagen i papillära dermis, bild som vid lichen sclerosus. Ingen atypi."),
      ("Planering", "Dermovat salva 1x1 i 4 v, sedan nedtrappning. Återbesök 3 mån."),
  ], template="Provsvarsbedömning")],
  [("NL102", "n1")], [],
  "'bild som vid lichen sclerosus' i PAD-svar, synlig sektion",
  "2024-06-12T00:00:00")

C("s28s_pmo_cellprov_misstankt_hoggradig_lesion", "skane", "19621018-0904",
  [N("n1", "p_vc_hoor", "Birgitta Nord", "barnmorska", "2024-03-27 13:30", "2024-03-27 13:40", [
      ("Provsvar", "Cellprov från screening: HPV 16 positiv, cytologi med misstänkt höggradig skivepitellesion (ASC-H). Remiss till gynmottagningen för kolposkopi skickad, pat informerad per telefon."),
  ], template="Provsvar", system="PMO")],
  [], [("NL102", "n1")],
  "PMO: misstänkt höggradig lesion i vårdcentralens anteckning, PMO visar inga diagnoser",
  "2024-03-28T00:00:00")

C("s28s_pad_brostcancer_dottern_informeras_ej", "skane", "19540217-9047",
  [N("n1", "s_brost_mmo", "Gustav Linde", "läkare", "2024-01-16 14:00", "2024-01-16 15:00", [
      ("Bedömning", "Grovnålsbiopsi vä bröst: invasiv duktal cancer, ER 90 %, PgR 60 %, HER2 negativ."),
      ("Samtal", "Pat informerad om bröstcancerdiagnosen av mig och kontaktsjuksköterska Annika. Hon önskar att dottern inte informeras förrän efter operationen, vilket respekteras."),
  ], template="Mottagningsanteckning")],
  [], [("NL101", "n1")],
  "pat har fått diagnosen, bara dottern ska inte informeras ännu",
  "2024-01-17T00:00:00")

C("s28s_pad_liposarkom_kan_inte_uteslutas", "vgr", "19520722-7876",
  [N("n1", "v_ort_molndal", "Viktor Åberg", "läkare", "2024-04-24 10:15", None, [
      ("Provsvar", "PAD från exstirperad resistens lår hö: lipomatös tumör, högt differentierat liposarkom kan inte uteslutas. MDM2-analys pågår, eftergranskning på sarkomcentrum begärd."),
  ], template="Provsvarsbedömning")],
  [("NL102", "n1")], [],
  "'kan inte uteslutas' efter diagnosen liposarkom i synligt PAD-svar",
  "2024-04-25T00:00:00")

C("s28s_pad_tubulart_adenom_ev_ny_koloskopi", "vgr", "19581201-6292",
  [N("n1", "v_gastro_sahl", "Kristina Ahl", "läkare", "2024-02-06 13:50", "2024-02-06 14:00", [
      ("Provsvar", "PAD polyp sigmoideum: tubulärt adenom med låggradig dysplasi, radikalt avlägsnat."),
      ("Planering", "Ingen åtgärd nu. Ev. ny koloskopi om fem år beroende på släktanamnesen."),
  ], template="Provsvarsbedömning")],
  [], [("NL102", "n1")],
  "säkert PAD-svar; 'ev.' gäller bara en framtida koloskopi",
  "2024-02-07T00:00:00")

C("s28s_pad_crohn_tidigare_misstanke_nu_bekraftad", "skane", "19910708-6853",
  [N("n1", "s_gastro_mmo", "Elin Wahlberg", "läkare", "2024-05-02 11:00", "2024-05-02 11:30", [
      ("Provsvar", "PAD från terminala ileum: icke-kaseiniserande granulom och transmural inflammation."),
      ("Bedömning", "Den tidigare misstanken om Crohns sjukdom är nu bekräftad histologiskt. Crohns sjukdom i terminala ileum, L1."),
      ("Telefonkontakt", "Pat informerad om diagnosen per telefon, startar budesonid 9 mg."),
  ])],
  [], [("NL102", "n1")],
  "ordet 'misstanken' finns kvar men diagnosen är nu bekräftad: ingen osäker diagnos",
  "2024-05-03T00:00:00")

C("s28s_cytologi_tyreoidea_trolig_papillar_cancer", "vgr", "19650503-3636",
  [N("n1", "v_endo_lidk", "Petra Sjögren", "läkare", "2024-03-14 15:00", "2024-03-14 15:20", [
      ("Utredning", "Finnålscytologi från 2 cm knuta i hö tyreoidealob: Bethesda V, trolig papillär tyreoideacancer."),
      ("Åtgärd", "Remiss till endokrinkirurgen för hemityreoidektomi. Pat informerad per telefon om svaret och remissen."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'trolig papillär tyreoideacancer' i synlig sektion efter cytologi; pat har fått veta",
  "2024-03-15T00:00:00")

# ---------------------------------------------------------------------------
# Part 3: laboratory results (klinisk kemi, mikrobiologi, immunologi)
# ---------------------------------------------------------------------------
C("s28s_lab_trolig_jarnbristanemi_telefon", "skane", "19550917-9007",
  [N("n1", "s_med_ystad", "Oskar Friberg", "läkare", "2024-02-02 10:40", "2024-02-02 11:00", [
      ("Telefonkontakt", "Provsvar: Hb 98, MCV 72, ferritin 6. Trolig järnbristanemi, pat har inte märkt blod i avföringen. Informerad om svaret."),
      ("Åtgärd", "Niferex 100 mg x1. F-Hb x3 och remiss för gastroskopi och koloskopi."),
  ], template="Telefonanteckning")],
  [("NL102", "n1")], [],
  "'trolig järnbristanemi' efter labsvar i synlig telefonanteckning",
  "2024-02-03T00:00:00")

C("s28s_lab_kalium_sannolikt_hemolyserat", "vgr", "19510109-4570",
  [N("n1", "v_med_uddevalla", "Cecilia Ramberg", "sjuksköterska", "2024-03-04 09:15", "2024-03-04 15:00", [
      ("Telefonkontakt", "Lab ringer: kalium 6,4 i provet från i morse, provet sannolikt hemolyserat enligt lab. Kontaktat pat som kommer för nytt prov kl 14."),
      ("Provsvar", "Nytt kalium 4,3. Ingen åtgärd."),
  ], template="Sjuksköterskeanteckning")],
  [], [("NL102", "n1")],
  "'sannolikt' gäller provkvaliteten (hemolys i röret), ingen diagnos hos pat",
  "2024-03-05T00:00:00")

C("s28s_lab_hypotyreos_pat_nas_inte", "vgr", "19491111-8380",
  [N("n1", "v_endo_lidk", "Jakob Thelin", "läkare", "2024-01-25 14:10", None, [
      ("Provsvar", "TSH 41, fritt T4 6,2, TPO-ak kraftigt förhöjda."),
      ("Bedömning", "Hypotyreos, autoimmun (Hashimoto). Pat har inte fått besked, sökt på telefon två gånger utan svar. Skickar meddelande via 1177 med uppmaning att ringa oss."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "hypotyreos i synlig Bedömning medan pat ännu inte fått besked (nås inte)",
  "2024-01-26T00:00:00")

C("s28s_lab_diabetes_typ2_besked_idag", "skane", "19640713-2056",
  [N("n1", "s_med_ystad", "Amira Haddad", "läkare", "2024-04-18 13:00", "2024-04-18 13:20", [
      ("Provsvar", "HbA1c 63 och 58 mmol/mol vid två tillfällen, fP-glukos 8,9."),
      ("Bedömning", "Diabetes mellitus typ 2. Pat informerad per telefon idag, startar metformin 500 mg x2 och bokas till diabetessjuksköterska."),
  ], template="Provsvarsbedömning")],
  [], [("NL101", "n1")],
  "diagnosen diabetes är berättad för pat idag",
  "2024-04-19T00:00:00")

C("s28s_lab_psa_oforandrat_ej_meddelat", "vgr", "19440228-8239",
  [N("n1", "v_uro_sahl", "Henrik Löfgren", "läkare", "2024-06-13 08:20", "2024-06-13 08:30", [
      ("Provsvar", "Känd benign prostatahyperplasi, står på tamsulosin. PSA 1,9, oförändrat sedan förra året. Pat ej meddelad svaret ännu, skickas med brev."),
  ], template="Provsvarsbedömning")],
  [], [("NL101", "n1")],
  "det ej meddelade är ett normalt PSA; BPH är sedan länge känd av pat",
  "2024-06-14T00:00:00")

C("s28s_lab_leverprover_ev_fettlever_dd_statin", "vgr", "19571220-8536",
  [N("n1", "v_med_alingsas", "Linnea Berglöf", "läkare", "2024-05-16 11:45", None, [
      ("Bedömning", "ALAT 3,1, ASAT 1,4, GT 2,2. Ev. fettlever, DD läkemedelspåverkan av atorvastatin. UL lever beställt, statinpaus 6 v och nya prover."),
  ])],
  [("NL102", "n1")], [],
  "'ev. fettlever, DD läkemedelspåverkan' är osäkra diagnoser i synlig Bedömning",
  "2024-05-17T00:00:00")

C("s28s_pmo_sannolik_hemokromatos", "skane", "19620411-0875",
  [N("n1", "p_vc_simrishamn", "Mats Larsson", "läkare", "2024-02-22 15:40", None, [
      ("Provsvar", "Transferrinmättnad 71 %, ferritin 890. Sannolik hemokromatos. HFE-analys beställd, pat informerad om svaret i telefon."),
  ], template="Provsvar", system="PMO")],
  [], [("NL102", "n1")],
  "PMO: sannolik hemokromatos på vårdcentral, PMO visar inte diagnoser",
  "2024-02-23T00:00:00")

C("s28s_lab_troponin_infarkt_uteslutes", "skane", "19540905-0894",
  [N("n1", "s_avd_kard_lund", "Daniel Kronberg", "läkare", "2024-03-26 09:30", "2024-03-26 10:00", [
      ("Aktuellt", "Inkom igår med tryck över bröstet i vila, duration 20 min."),
      ("Utredning", "Troponin T 9 och 10 ng/l (0 och 3 h), EKG utan ischemitecken."),
      ("Bedömning", "Akut hjärtinfarkt uteslutes. Muskuloskeletal bröstsmärta, pat går hem idag."),
  ], template="Daganteckning", setting="slutenvård")],
  [], [("NL102", "n1")],
  "hjärtinfarkt uteslutes efter troponinserie: negerad diagnos",
  "2024-03-27T00:00:00")

C("s28s_lab_aml_besked_i_morgon", "skane", "19800804-2254",
  [N("n1", "s_hema_lund", "Ingrid Palmér", "läkare", "2024-05-30 21:40", "2024-05-30 22:05", [
      ("Provsvar", "Blodstatus: LPK 84, Hb 81, TPK 22. Blaster 62 % i diff. Flödescytometri bekräftar akut myeloisk leukemi."),
      ("Bedömning", "AML. Pat ej informerad, han sov när svaret kom; hematolog informerar honom och hustrun kl 8 i morgon tillsammans med ssk."),
      ("Planering", "Benmärgsprov och CVK i morgon. Allopurinol insatt, rikligt med iv vätska."),
  ], template="Jouranteckning", setting="slutenvård")],
  [("NL101", "n1")], [],
  "nyupptäckt AML i synlig anteckning och pat är uttryckligen inte informerad",
  "2024-05-31T00:00:00")

C("s28s_lab_hiv_besked_ej_lamnat", "vgr", "19930920-7398",
  [N("n1", "v_infek_ostra", "Sara Holmgren", "läkare", "2024-02-15 16:20", "2024-02-15 16:40", [
      ("Provsvar", "HIV-1 antikropp/antigen positivt, bekräftat med linjeblot. Virusmängd och CD4 skickade."),
      ("Bedömning", "Nydiagnostiserad hiv-infektion. Besked har ej lämnats till pat ännu, kallas till läkarbesök med kurator på torsdag."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "bekräftad hiv-infektion i synlig text, beskedet är inte lämnat",
  "2024-02-16T00:00:00")

C("s28s_lab_hepatit_c_utlakt_pat_meddelad", "skane", "19800101-6693",
  [N("n1", "s_infek_lund", "Tomas Nyström", "läkare", "2024-06-20 10:10", "2024-06-20 10:25", [
      ("Provsvar", "HCV-RNA ej påvisbart 12 veckor efter avslutad behandling."),
      ("Bedömning", "Hepatit C genotyp 3a sedan 2015, nu varaktig virologisk respons, utläkt. Pat meddelad per telefon, mycket glad."),
  ], template="Provsvarsbedömning")],
  [], [("NL101", "n1")],
  "känd hepatit C och beskedet om utläkning är lämnat till pat",
  "2024-06-21T00:00:00")

C("s28s_lab_pernicios_anemi_ej_meddeald_typo", "vgr", "19350506-0982",
  [N("n1", "v_med_uddevalla", "Göran Wallin", "läkare", "2024-04-11 13:35", "2024-04-11 13:50", [
      ("Provsvar", "Kobalamin 84 pmol/l, IF-antikroppar positiva, Hb 104 med MCV 109."),
      ("Bedömning", "Perniciös anemi. Pat ej meddeald om svaret ännu, ssk ringer imorgon och bokar injektioner."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "stavfel ('ej meddeald'): perniciös anemi synlig, pat har ännu inte fått svaret",
  "2024-04-12T00:00:00")

C("s28s_lab_modern_trolig_fh", "skane", "19961020-0462",
  [N("n1", "s_endo_mmo", "Nora Eliasson", "läkare", "2024-03-08 14:00", "2024-03-08 14:30", [
      ("Anamnes", "Modern har trolig familjär hyperkolesterolemi, behandlad med statin sedan 40 års ålder. Morfar hjärtinfarkt vid 52."),
      ("Provsvar", "LDL 3,2, totalkolesterol 5,1, Lp(a) 40 nmol/l."),
      ("Bedömning", "Normala blodfetter för åldern, ingen behandling. Ingen genetisk utredning i nuläget."),
  ])],
  [], [("NL102", "n1")],
  "den osäkra diagnosen gäller modern, inte pat",
  "2024-03-09T00:00:00")

C("s28s_lab_urinodling_om_feber_ring", "vgr", "19390726-2483",
  [N("n1", "v_uro_sahl", "Agneta Hultman", "sjuksköterska", "2024-01-11 11:30", "2024-01-11 11:40", [
      ("Telefonkontakt", "Urinodling: E. coli >100 000, känslig för nitrofurantoin. Meddelat pat som redan tar Furadantin enligt ordination. Om feber eller ont i flanken ska hon kontakta oss direkt."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "villkorlig uppmaning ('om feber …') är ingen osäker diagnos",
  "2024-01-12T00:00:00")

C("s28s_lab_transglutaminas_misstankt_celiaki_barn", "skane", "20120407-2373",
  [N("n1", "s_barn_hlm", "Emma Fransson", "läkare", "2024-02-19 12:50", "2024-02-19 13:10", [
      ("Provsvar", "Transglutaminas-IgA 128 U/ml (ref <7), totalt IgA normalt."),
      ("Bedömning", "Misstänkt celiaki. Gastroskopi med duodenalbiopsier bokad 4/3, fortsatt glutenhaltig kost fram till dess."),
      ("Telefonkontakt", "Pappan informerad om svaret och planen."),
  ])],
  [("NL102", "n1")], [],
  "barn under 13: misstänkt celiaki i synlig Bedömning (vårdnadshavare läser)",
  "2024-02-20T00:00:00")

C("s28s_lab_myelom_inte_infromerad_typo", "vgr", "19451121-4837",
  [N("n1", "v_hema_sahl", "Olle Sundqvist", "läkare", "2024-03-13 12:30", "2024-03-13 12:50", [
      ("Provsvar", "S-elfores: M-komponent IgG kappa 38 g/l. Benmärg: 30 % klonala plasmaceller. Kalcium 2,9."),
      ("Bedömning", "Multipelt myelom. Pat inte infromerad ännu, ligger inne på ortopeden för kotfraktur; hematolog går dit i eftermiddag."),
  ], template="Konsultationsanteckning", setting="slutenvård")],
  [("NL101", "n1")], [],
  "stavfel ('inte infromerad'): myelom synligt medan pat ännu inte informerats",
  "2024-03-14T00:00:00")

C("s28s_pmo_hemsjukvard_misstankt_lunginflammation", "skane", "19390216-9428",
  [N("n1", "p_hsjv_ystad", "Pia Sonesson", "sjuksköterska", "2024-01-29 10:00", "2024-01-29 10:20", [
      ("Aktuellt", "Hembesök. CRP 96, temp 38,4, hostar grönt. Misstänkt lunginflammation, dr Åkesson kontaktad och förskriver amoxicillin."),
  ], template="Hemsjukvårdsanteckning", system="PMO")],
  [], [("NL102", "n1")],
  "PMO (hemsjukvård): misstänkt lunginflammation, PMO visar inte diagnoser",
  "2024-01-30T00:00:00")

# ---------------------------------------------------------------------------
# Part 4: clinical physiology (EKG, Holter, eko, spirometri, arbetsprov)
# ---------------------------------------------------------------------------
C("s28s_ekg_formaksflimmer_fragetecken", "skane", "19530418-2149",
  [N("n1", "s_kard_hbg", "Rebecka Lindh", "läkare", "2024-01-09 14:15", "2024-01-09 14:35", [
      ("Utredning", "EKG 12-avl: oregelbunden smalkomplexrytm, frekvens 110, inga säkra P-vågor – förmaksflimmer?"),
      ("Planering", "24-h Holter bokas, pat har fått information om undersökningen."),
  ])],
  [("NL102", "n1")], [],
  "diagnos med frågetecken ('förmaksflimmer?') i EKG-tolkning i synlig sektion",
  "2024-01-10T00:00:00")

C("s28s_ekg_trol_elektrodartefakt", "vgr", "19440717-3725",
  [N("n1", "v_klf_sahl", "Mikaela Strömberg", "biomedicinsk analytiker", "2024-02-08 08:50", "2024-02-08 09:00", [
      ("Undersökning", "Vilo-EKG: sinusrytm 68/min. Baslinjestörning i avl III, trol. dålig elektrodkontakt; ny registrering utan störning. Svar till remittent."),
  ], template="Undersökningsanteckning")],
  [], [("NL102", "n1")],
  "'trol.' gäller en teknisk artefakt (elektrodkontakt), ingen diagnos",
  "2024-02-09T00:00:00")

C("s28s_eko_misstankt_uttalad_aortastenos", "vgr", "19380402-9324",
  [N("n1", "v_kard_ostra", "Fredrik Gustavsson", "läkare", "2024-03-19 10:30", None, [
      ("Utredning", "UKG: förkalkad trikuspid aortaklaff, Vmax 4,1 m/s, medelgradient 40 mmHg. EF 55 %."),
      ("Bedömning", "Misstänkt uttalad aortastenos, diskuteras på hjärtkonferens. TAVI-utredning aktuell om konferensen håller med."),
  ])],
  [("NL102", "n1")], [],
  "'misstänkt uttalad aortastenos' efter ekokardiografi i synlig Bedömning",
  "2024-03-20T00:00:00")

C("s28s_eko_hfref_ej_informerad", "skane", "19780108-3101",
  [N("n1", "s_kard_hbg", "Simon Ahlqvist", "läkare", "2024-04-23 16:30", "2024-04-23 16:50", [
      ("Utredning", "Ekokardiografi: dilaterad vänsterkammare, EF 30 %, global hypokinesi, lätt mitralisinsufficiens."),
      ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion (HFrEF). Pat är ej informerad om ekosvaret, ringer henne i morgon förmiddag och bokar in på hjärtsviktsmottagningen."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "hjärtsvikt (HFrEF) i synlig Bedömning medan pat inte är informerad om ekosvaret",
  "2024-04-24T00:00:00")

C("s28s_spirometri_trol_kol", "skane", "19370723-0631",
  [N("n1", "s_lung_mmo", "Lars Hellström", "läkare", "2024-01-31 13:20", "2024-01-31 13:40", [
      ("Utredning", "Spirometri: FEV1 52 % av förväntat, FEV1/FVC 0,58 efter bronkdilatation, ingen signifikant reversibilitet."),
      ("Bedömning", "Trol. KOL, GOLD 2. Rökt 40 paketår, slutade 2015. DLCO bokas."),
  ])],
  [("NL102", "n1")], [],
  "förkortad hedge 'Trol. KOL' efter spirometri, synlig sektion",
  "2024-02-01T00:00:00")

C("s28s_spirometri_talar_emot_astma", "vgr", "20001017-3466",
  [N("n1", "v_lung_boras", "Julia Engström", "läkare", "2024-05-06 09:40", "2024-05-06 10:00", [
      ("Utredning", "Dynamisk spirometri normal, ingen reversibilitet efter Airomir. Metakolintest negativt."),
      ("Bedömning", "Resultaten talar emot astma. Postinfektiös hosta, ingen inhalationsbehandling."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot astma' är en negerad diagnos",
  "2024-05-07T00:00:00")

C("s28s_arbetsprov_kan_ej_utesluta_kranskarlssjukdom", "vgr", "19670408-8951",
  [N("n1", "v_klf_sahl", "Anneli Hedström", "läkare", "2024-02-21 15:10", "2024-02-21 15:30", [
      ("Utredning", "Arbetsprov på cykel till 175 W (92 % av förväntat), avbrutet pga trötthet. 1,5 mm horisontell ST-sänkning V4–V6 från 150 W, ingen bröstsmärta."),
      ("Bedömning", "Kan ej utesluta kranskärlssjukdom. Förslag: DT kranskärl."),
  ], template="Utlåtande")],
  [("NL102", "n1")], [],
  "'kan ej utesluta kranskärlssjukdom' efter arbetsprov, synligt utlåtande",
  "2024-02-22T00:00:00")

C("s28s_arbetsprov_normalt_svar_via_remittent", "skane", "19470920-8864",
  [N("n1", "s_klf_lund", "Kerstin Malmgren", "läkare", "2024-03-01 11:00", "2024-03-01 11:20", [
      ("Utlåtande", "Känd hypertoni och typ 2-diabetes. Arbetsprov till 110 W utan ischemitecken eller arytmier, normal blodtrycksstegring. Pat ej meddelad om resultatet, svaret går till remitterande läkare på vårdcentralen."),
  ], template="Utlåtande")],
  [], [("NL101", "n1")],
  "det som inte är meddelat är ett normalt arbetsprov; hypertoni och diabetes är kända",
  "2024-03-02T00:00:00")

C("s28s_holter_av_block_pat_nas_inte", "vgr", "19420804-1493",
  [N("n1", "v_kard_ostra", "Mattias Kvist", "läkare", "2024-06-17 13:05", "2024-06-17 13:20", [
      ("Provsvar", "Långtids-EKG 48 h: intermittent totalt AV-block med pauser upp till 5,2 s, flest nattetid."),
      ("Bedömning", "AV-block III, pacemakerindikation. Pat ännu ej informerad – nås inte på telefon, hustrun säger att han är ute och går. Ringer igen inom en timme, annars skickas ambulans hem."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "AV-block III synligt och pat ännu ej informerad",
  "2024-06-18T00:00:00")

C("s28s_pmo_eko_mojlig_diastolisk_dysfunktion", "skane", "19410827-9276",
  [N("n1", "p_vc_bromolla", "Yusuf Demir", "läkare", "2024-04-04 10:45", "2024-04-04 10:55", [
      ("Provsvar", "Remissvar från klinisk fysiologi: ekokardiografi med normal EF, möjlig diastolisk dysfunktion, ingen klaffsjukdom. Fortsatt behandling av blodtrycket, pat informerad."),
  ], template="Provsvar", system="PMO")],
  [], [("NL102", "n1")],
  "PMO: osäkert ekofynd i vårdcentralens anteckning, PMO visar inte diagnoser",
  "2024-04-05T00:00:00")

C("s28s_eko_ej_informerad_om_svarstid", "skane", "19360226-1475",
  [N("n1", "s_klf_lund", "Jenny Roos", "biomedicinsk analytiker", "2024-05-13 09:30", "2024-05-13 09:40", [
      ("Undersökning", "Känt förmaksflimmer. Transtorakalt ultraljud hjärta genomfört enligt remiss, bilderna bedöms av läkare i eftermiddag. Pat ej informerad om när svaret kommer, hänvisad till remittenten."),
  ], template="Undersökningsanteckning")],
  [], [("NL101", "n1")],
  "det pat inte informerats om är när svaret kommer, ingen diagnos; förmaksflimmer är känt",
  "2024-05-14T00:00:00")

C("s28s_spirometri_mojlig_astma_barn", "vgr", "20170526-8553",
  [N("n1", "v_dsbus", "Karolina Wendt", "läkare", "2024-03-28 14:20", "2024-03-28 14:40", [
      ("Utredning", "Spirometri: FEV1 84 % av förväntat, ökning med 14 % efter 400 µg salbutamol."),
      ("Bedömning", "Möjlig astma, pojken har också hösnuva. Prövar Flutide 50 µg 1x2 i 8 v, ny spirometri efter."),
  ])],
  [("NL102", "n1")], [],
  "barn: 'möjlig astma' i synlig Bedömning (vårdnadshavare läser)",
  "2024-03-29T00:00:00")

C("s28s_tee_ingen_missanke_om_endokardit_typo", "vgr", "19471226-7345",
  [N("n1", "v_avd_skovde", "Robert Elfving", "läkare", "2024-02-12 11:15", "2024-02-12 11:40", [
      ("Utredning", "TEE: tunn mitralklaff utan vegetationer, inga abscesser. Blododlingar negativa x3 efter 5 dygn."),
      ("Bedömning", "Ingen missanke om endokardit längre. Febern förklaras av den odlingsverifierade pyelonefriten, fortsatt behandling."),
  ], template="Daganteckning", setting="slutenvård")],
  [], [("NL102", "n1")],
  "stavfel i negationen ('Ingen missanke om'): endokardit är negerad; pyelonefriten är säker",
  "2024-02-13T00:00:00")

C("s28s_ekg_stemi_diagnos_faststalld", "skane", "19450612-2755",
  [N("n1", "s_avd_kard_lund", "Emil Sandberg", "läkare", "2024-06-08 07:45", "2024-06-08 08:30", [
      ("Aktuellt", "Inkom med ambulans, EKG med ST-höjning i II, III och aVF."),
      ("Åtgärd", "Akut PCI av höger kranskärl med en stent."),
      ("Diagnos", "Akut hjärtinfarkt, inferior STEMI (I21.1)."),
  ], template="Inskrivningsanteckning", setting="slutenvård")],
  [], [("NL102", "n1")],
  "fastställd infarktdiagnos med ICD-kod, ingen hedge",
  "2024-06-09T00:00:00")

C("s28s_ekg_normalt_eventuellt_hjartklappning", "vgr", "19720319-2724",
  [N("n1", "v_kard_ostra", "Malin Esbjörnsson", "sjuksköterska", "2024-01-22 13:50", "2024-01-22 14:00", [
      ("Telefonkontakt", "Pat ringer om EKG-svaret från i fredags. Meddelat att EKG var normalt enl dr Bergsten. Hon har eventuellt haft lite hjärtklappning nattetid men är osäker, för dagbok i två veckor."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "'eventuellt' gäller ett symtom (hjärtklappning), ingen diagnos",
  "2024-01-23T00:00:00")

C("s28s_eko_sannolkit_perikardit_typo", "skane", "19771223-7952",
  [N("n1", "s_akut_mmo", "Alexander Brink", "läkare", "2024-04-27 02:15", "2024-04-27 03:00", [
      ("Utredning", "Eko på akuten: liten cirkumferentiell perikardvätska 6 mm, ingen tamponad. EKG med utbredd ST-höjning och PR-sänkning."),
      ("Bedömning", "Sannolkit akut perikardit. Ibuprofen och kolkicin, uppföljande eko om en vecka."),
  ], template="Akutanteckning")],
  [("NL102", "n1")], [],
  "stavfel i hedge ('Sannolkit'): sannolik perikardit i synlig Bedömning",
  "2024-04-28T00:00:00")

C("s28s_ergospirometri_oklart_om_pulmonell_hypertension", "vgr", "19680706-8553",
  [N("n1", "v_klf_sahl", "Bo Edlund", "läkare", "2024-05-22 14:45", "2024-05-22 15:05", [
      ("Utlåtande", "Ergospirometri: maximal syreupptagning 68 % av förväntat, tidig anaerob tröskel. Oklart om det rör sig om pulmonell hypertension eller kardiell begränsning; eko med tryckskattning föreslås."),
  ], template="Utlåtande")],
  [("NL102", "n1")], [],
  "'oklart om det rör sig om pulmonell hypertension' är en osäker diagnos",
  "2024-05-23T00:00:00")

# ---------------------------------------------------------------------------
# Part 5: genetic results (klinisk genetik, kardiogenetik, barn)
# ---------------------------------------------------------------------------
C("s28s_genetik_brca1_ej_informerad", "vgr", "19750418-9882",
  [N("n1", "v_gen_sahl", "Helena Dahlberg", "läkare", "2024-05-29 10:00", "2024-05-29 10:30", [
      ("Provsvar", "Analys av bröst- och äggstockscancergener: patogen variant i BRCA1, c.5266dupC, heterozygot."),
      ("Bedömning", "Ärftlig bröst- och äggstockscancer (BRCA1) är därmed fastställd hos pat. Hon är ännu inte informerad; genetisk vägledare ringer 3/6 och bokar vägledningssamtal där svaret lämnas."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "fastställt ärftligt cancersyndrom synligt, pat ännu inte informerad",
  "2024-05-30T00:00:00")

C("s28s_genetik_vus_mojlig_hcm", "skane", "19740619-9872",
  [N("n1", "s_gen_lund", "Victor Lundgren", "läkare", "2024-02-26 13:15", "2024-02-26 13:40", [
      ("Provsvar", "Kardiomyopatipanel: variant av oklar signifikans (VUS) i MYBPC3, klass 3."),
      ("Bedömning", "Möjlig hypertrofisk kardiomyopati, diagnosen kan inte fastställas genetiskt. Eko hos pat och hans bror föreslås."),
  ], template="Provsvarsbedömning")],
  [("NL102", "n1")], [],
  "'möjlig hypertrofisk kardiomyopati' efter VUS i genpanel, synlig sektion",
  "2024-02-27T00:00:00")

C("s28s_genetik_lynch_systern_ej_informerad", "skane", "19710816-9322",
  [N("n1", "s_gen_lund", "Therese Blom", "genetisk vägledare", "2024-03-18 10:00", "2024-03-18 11:30", [
      ("Samtal", "Genetisk vägledning. Pat informerad om att hon har Lynchs syndrom (patogen variant i MLH1) och om kontrollprogrammet med koloskopi vartannat år."),
      ("Släkt", "Systern är ännu inte informerad. Pat vill själv berätta för henne och får med sig ett släktbrev."),
  ], template="Mottagningsanteckning")],
  [], [("NL101", "n1")],
  "pat har fått diagnosen; det är bara systern som ännu inte vet",
  "2024-03-19T00:00:00")

C("s28s_genetik_fh_bekraftad_besked_telefon", "vgr", "19880714-7478",
  [N("n1", "v_med_alingsas", "Stina Karlberg", "läkare", "2024-04-02 15:30", "2024-04-02 15:45", [
      ("Telefonkontakt", "Svar på DNA-analys: patogen variant i LDLR. Familjär hyperkolesterolemi är därmed bekräftad. Besked lämnat per telefon, pat hade väntat sig svaret och ska själv tipsa sina barn om kaskadtestning."),
  ], template="Telefonanteckning")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "genetiskt bekräftad FH, besked lämnat per telefon",
  "2024-04-03T00:00:00")

C("s28s_genetik_fragilt_x_foraldrar_ej_informerade", "skane", "20190325-9297",
  [N("n1", "s_barn_hlm", "Anders Wennerholm", "läkare", "2024-03-05 14:00", "2024-03-05 14:20", [
      ("Provsvar", "Fragil X-analys pga språkförsening och autismliknande drag: fullmutation i FMR1, över 200 CGG-repetitioner."),
      ("Bedömning", "Fragilt X-syndrom. Föräldrarna är ännu inte informerade; barnläkare och genetiker träffar familjen 12/3."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "barn under 13: fastställt fragilt X-syndrom synligt medan familjen (som läser journalen) inte fått veta",
  "2024-03-06T00:00:00")

C("s28s_genetik_huntington_mall_tidiga_hypoteser", "skane", "19680201-6342",
  [N("n1", "s_gen_lund", "Victor Lundgren", "läkare", "2024-04-25 16:00", "2024-04-25 16:15", [
      ("Bedömning", "Prediktiv testning för Huntingtons sjukdom: 42 CAG-repetitioner i HTT. Pat ännu ej informerad; svaret lämnas enligt protokollet vid personligt besök med kurator 7/5."),
  ], template="Tidiga hypoteser")],
  [], [("NL101", "n1")],
  "Skåne: svaret som pat inte fått står bara i mallen Tidiga hypoteser",
  "2024-04-26T00:00:00")

C("s28s_genetik_pappan_sannolikt_marfan", "vgr", "19840923-7370",
  [N("n1", "v_gen_sahl", "Ebba Nordin", "läkare", "2024-01-17 11:00", "2024-01-17 11:25", [
      ("Anamnes", "Pappan avled plötsligt vid 46 års ålder och hade sannolikt Marfans syndrom enligt obduktionen (aortadissektion, lång och smal)."),
      ("Provsvar", "Ingen patogen variant i FBN1 eller övriga gener i aortapanelen hos pat."),
      ("Bedömning", "Pat bär inte anlaget, ekokontrollerna kan avslutas."),
  ])],
  [], [("NL102", "n1")],
  "den osäkra diagnosen gäller pappan, pat själv är friad",
  "2024-01-18T00:00:00")

C("s28s_genetik_ev_ny_remiss_vid_fler_fall", "skane", "19501010-7281",
  [N("n1", "s_onk_lund", "Maja Hägg", "läkare", "2024-05-15 09:00", "2024-05-15 09:20", [
      ("Bedömning", "Opererad för bröstcancer 2019, recidivfri. Genetisk panel 2020 utan fynd."),
      ("Planering", "Ev. ny remiss till klinisk genetik om fler fall tillkommer i släkten. Mammografi årligen."),
  ])],
  [], [("NL102", "n1")],
  "'ev.' gäller en remiss; bröstcancern är en säker, tidigare diagnos",
  "2024-05-16T00:00:00")

C("s28s_pmo_mojlig_fh_remiss_lipid", "skane", "19690412-1297",
  [N("n1", "p_vc_hoor", "Sven Olofsson", "läkare", "2024-01-24 11:10", "2024-01-24 11:20", [
      ("Provsvar", "LDL 6,8 trots kostomläggning, pappan hjärtinfarkt vid 48. Möjlig familjär hyperkolesterolemi (DLCN 7 p). Remiss till lipidmottagningen och klinisk genetik."),
  ], template="Provsvar", system="PMO")],
  [], [("NL102", "n1")],
  "PMO: möjlig FH i vårdcentralens anteckning, PMO visar inte diagnoser",
  "2024-01-25T00:00:00")

C("s28s_genetik_dd_noonan_barn", "vgr", "20180221-3551",
  [N("n1", "v_dsbus", "Ulf Jacobsson", "läkare", "2024-02-01 10:30", None, [
      ("Bedömning", "Kortvuxenhet −2,8 SD, pulmonalisstenos och typiska ansiktsdrag. DD Noonans syndrom. RASopati-panel skickad, svar om ca 8 veckor."),
  ])],
  [("NL102", "n1")], [],
  "barn: 'DD Noonans syndrom' i synlig Bedömning",
  "2024-02-02T00:00:00")

C("s28s_genetik_remiss_skickad_pat_ej_informerad", "skane", "19920324-5585",
  [N("n1", "s_brost_mmo", "Hannes Ekberg", "läkare", "2024-04-08 15:45", "2024-04-08 16:00", [
      ("Planering", "Bröstcancer vä, opererad i mars. Remissen till klinisk genetik för BRCA-analys är skickad; pat är inte informerad om att den gått iväg än, tas upp vid samtalet på onsdag."),
  ])],
  [], [("NL101", "n1")],
  "det pat inte informerats om är att en remiss skickats; bröstcancern vet hon om",
  "2024-04-09T00:00:00")

C("s28s_genetik_fragestallning_langt_qt", "vgr", "19950421-0494",
  [N("n1", "v_kard_ostra", "Axel Brandt", "läkare", "2024-06-03 13:30", "2024-06-03 14:00", [
      ("Bedömning", "Svimning under löpning. Vilo-EKG med QTc 492 ms, normalt eko."),
      ("Planering", "Remiss till klinisk genetik med frågeställning långt QT-syndrom. Betablockad insatt, avstå tävlingsidrott tills vidare."),
  ])],
  [("NL102", "n1")], [],
  "'frågeställning långt QT-syndrom' är en ännu obekräftad diagnos hos pat",
  "2024-06-04T00:00:00")

C("s28s_genetik_neuropatipanel_ingen_misstanke_kvar", "skane", "19480912-8814",
  [N("n1", "s_neuro_hbg", "Klara Hjort", "läkare", "2024-02-28 10:40", "2024-02-28 11:00", [
      ("Provsvar", "Neuropatipanel (52 gener) utan patogena varianter."),
      ("Bedömning", "Ingen misstanke om ärftlig neuropati kvarstår; polyneuropatin bedöms vara diabetesrelaterad."),
  ], template="Provsvarsbedömning")],
  [], [("NL102", "n1")],
  "'ingen misstanke om ärftlig neuropati' är negerad",
  "2024-02-29T00:00:00")

C("s28s_genetik_brca2_underrattad_forst_i_n2", "vgr", "19450605-1004",
  [N("n1", "v_jubileum", "Cecilia Wärn", "läkare", "2024-03-07 12:00", "2024-03-07 12:15", [
      ("Provsvar", "Ovarialcancer 2023. Tumörtestets BRCA2-variant är nu konfirmerad i blod, dvs nedärvd (germline)."),
      ("Bedömning", "Ärftlig BRCA2-associerad cancer. Pat ännu inte underrättad, tas upp vid onkologbesöket nästa vecka."),
  ], template="Provsvarsbedömning"),
   N("n2", "v_jubileum", "Cecilia Wärn", "läkare", "2024-03-14 09:30", "2024-03-14 10:30", [
      ("Aktuellt", "Återbesök inför fortsatt PARP-hämmare."),
      ("Bedömning", "Berättat för pat att BRCA2-varianten är ärftlig. Hon tar det sansat och vill att barnen erbjuds testning, remiss till klinisk genetik."),
  ], template="Mottagningsanteckning")],
  [("NL101", "n1")], [("NL101", "n2")],
  "ärftlig BRCA2 undanhålls i n1 ('ännu inte underrättad'), berättas i n2",
  "2024-03-15T00:00:00")

C("s28s_genetik_missankt_mody_typo", "skane", "20011226-9444",
  [N("n1", "s_endo_mmo", "Linda Sjöstedt", "läkare", "2024-05-09 14:00", "2024-05-09 14:30", [
      ("Aktuellt", "Diabetes sedan 18 års ålder, lågt insulinbehov, negativa GAD-ak. Mor och morfar med diabetes."),
      ("Bedömning", "Missänkt MODY. Genetisk analys (HNF1A, GCK) skickad, C-peptid tas nästa besök."),
  ])],
  [("NL102", "n1")], [],
  "stavfel i hedge ('Missänkt'): MODY i synlig Bedömning",
  "2024-05-10T00:00:00")

C("s28s_genetik_hemokromatos_brev_till_pat", "vgr", "19930908-8178",
  [N("n1", "v_med_alingsas", "Lars-Erik Palm", "läkare", "2024-02-16 08:15", "2024-02-16 08:30", [
      ("Brev", "Hej! Gentestet visar att du har ärftlig hemokromatos (homozygot C282Y). Det innebär att kroppen tar upp för mycket järn. Vi kommer att behandla med regelbundna blodtappningar och kallar dig till första tappningen inom två veckor."),
  ], template="Brev")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "brev som ger pat en säker genetisk diagnos",
  "2024-02-17T00:00:00")

# ---------------------------------------------------------------------------
# Part 6: several notes in one record, long charts, nurses passing on answers
# ---------------------------------------------------------------------------
C("s28s_lymfom_forst_i_mall_sedan_berattat", "skane", "19401218-7565",
  [N("n1", "s_hema_lund", "Per Wikström", "läkare", "2024-02-05 15:00", "2024-02-05 15:20", [
      ("Bedömning", "Förstorade retroperitoneala körtlar på DT, LD 620. Misstänkt lymfom, körtelbiopsi planeras. Pat ej informerad om misstanken."),
  ], template="Tidiga hypoteser"),
   N("n2", "s_hema_lund", "Per Wikström", "läkare", "2024-02-20 10:00", "2024-02-20 11:00", [
      ("Aktuellt", "Besök med dottern för svar på körtelbiopsin."),
      ("Bedömning", "Pat informerad om att biopsin visar diffust storcelligt B-cellslymfom. Vi diskuterar R-mini-CHOP, hon vill fundera till på fredag."),
  ], template="Mottagningsanteckning")],
  [], [("NL102", "n1"), ("NL101", "n2")],
  "Skåne: misstanken ligger i mallen Tidiga hypoteser (n1); när diagnosen är fastställd berättas den i n2",
  "2024-02-21T00:00:00")

C("s28s_sarkoidos_forst_i_mall_sedan_synlig_hedge", "skane", "20051001-5290",
  [N("n1", "s_lung_mmo", "Tobias Ekdahl", "läkare", "2024-03-04 11:30", "2024-03-04 11:45", [
      ("Bedömning", "Bilaterala hilusförstoringar på lungröntgen hos 18-åring med erythema nodosum. Misstänkt sarkoidos, DD lymfom."),
  ], template="Tidiga hypoteser"),
   N("n2", "s_lung_mmo", "Tobias Ekdahl", "läkare", "2024-03-25 14:00", "2024-03-25 14:20", [
      ("Provsvar", "EBUS: icke-nekrotiserande granulom, odlingar negativa hittills."),
      ("Bedömning", "Talar för sarkoidos, men definitivt svar väntas på mykobakterieodlingen. Pat informerad om fynden och att det mest troliga är sarkoidos."),
  ], template="Provsvarsbedömning")],
  [("NL102", "n2")], [("NL102", "n1")],
  "samma hypotes: skyddad i mallen Tidiga hypoteser (n1), men osäker och synlig i vanlig anteckning (n2)",
  "2024-03-26T00:00:00")

C("s28s_ssk_meddelar_fraktur_pa_kontrollrtg", "skane", "20000316-5511",
  [N("n1", "s_ort_hlm", "Nathalie Persson", "sjuksköterska", "2024-01-15 13:20", "2024-01-15 13:30", [
      ("Telefonkontakt", "Ringt pat och meddelat, enligt dr Sandell, att kontrollröntgen visar en odislocerad fraktur i distala radius som inte syntes på första bilden. Pat kommer för gips i morgon kl 9."),
  ], template="Telefonanteckning")],
  [], [("NL101", "n1")],
  "ssk för vidare svaret: frakturen är berättad för pat",
  "2024-01-16T00:00:00")

C("s28s_ssk_pat_fragar_dr_lamnar_svar_sjalv", "vgr", "19680801-0604",
  [N("n1", "v_jubileum", "Malin Dahl", "sjuksköterska", "2024-04-15 10:40", "2024-04-15 10:55", [
      ("Telefonkontakt", "Pat ringer och undrar över DT-svaret från förra veckan. DT visar recidiv av ovarialcancer med peritoneala metastaser och ascites. Enligt överenskommelse lämnar dr Wärn själv svaret; pat ej informerad om innehållet, erbjuden telefontid med dr Wärn i morgon kl 13."),
  ], template="Telefonanteckning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "ssk håller inne svaret (recidiv) men skriver det synligt och att pat ej är informerad",
  "2024-04-16T00:00:00")

C("s28s_utkast_mr_diskbrack_fragetecken", "vgr", "19631215-8261",
  [N("n1", "v_ort_molndal", "Sanna Kjellberg", "läkare", "2024-05-20 16:10", None, [
      ("Utredning", "MR ländrygg: diskbråck L4–L5 hö? Rotkompression L5 kan inte bedömas säkert pga rörelseartefakter."),
      ("Bedömning", "Bensmärtan stämmer med L5. Ny MR med sedering diskuteras."),
  ])],
  [("NL102", "n1")], [],
  "osignerat utkast: 'diskbråck L4–L5 hö?' i synlig sektion (kontroll före signering)",
  "2024-05-21T00:00:00")

C("s28s_lang_epikris_misstankt_lungcancer", "skane", "19550227-8186",
  [N("n1", "s_avd_landskr", "Fredrik Alm", "läkare", "2024-06-10 14:00", "2024-06-10 15:30", [
      ("Inskrivningsorsak", "Hosta, viktnedgång och blodtillblandade upphostningar sedan ca 6 veckor."),
      ("Anamnes", "69-årig kvinna, f.d. rökare (35 paketår, slutade 2018). KOL grad 2, hypertoni. Bor med maken i villa i Svalöv, klarar sig själv. Inga kända allergier."),
      ("Status", "AT: opåverkad, lätt dyspné vid tal. Cor: RR, inga blåsljud, frekv 88. Pulm: nedsatta andningsljud basalt hö, i övrigt vesikulärt. Buk: mjuk, oöm. Perifert: inga ödem. Sat 93 % på luft."),
      ("Utredning", "Hb 118, CRP 34, Na 131, Ca 2,61. Rtg pulm: 4 cm rundad förtätning hö ovanlob. DT thorax-buk 6/6: spikulerad tumör 4,2 cm hö ovanlob med förstorade hilära och paratrakeala körtlar, lever och binjurar ua."),
      ("Förlopp", "Bronkoskopi 7/6 med biopsier och BAL, inga komplikationer. Lätt hyponatremi korrigerad med vätskerestriktion till Na 134."),
      ("Bedömning", "Misstänkt primär lungcancer hö ovanlob med regional körtelspridning, PAD ännu ej klart. Pat informerad om att fyndet kan vara elakartat och att svaret kommer via lungmottagningen."),
      ("Planering", "Tas upp på lungkonferens 14/6. PET-DT beställd. Återbesök lungmott med PAD-svar, kontaktsjuksköterska ringer pat. Spiriva och amlodipin oförändrat."),
  ], template="Epikris", setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "lång epikris: 'misstänkt primär lungcancer' i synlig Bedömning; pat är informerad om misstanken",
  "2024-06-11T00:00:00")

C("s28s_lang_mottagning_attr_amyloidos_ej_informerad", "vgr", "19460110-4930",
  [N("n1", "v_med_uddevalla", "Karin Öhman", "läkare", "2024-04-19 09:00", "2024-04-19 10:10", [
      ("Anamnes", "78-årig man med hypertoni, karpaltunnelsyndrom bilat (op 2019 och 2021) och förmaksflimmer sedan 2022. Remitterad pga tilltagande ansträngningsdyspné och bensvullnad trots furosemid."),
      ("Aktuellt", "Orkar gå ca 200 m på plan mark, två kuddar nattetid. Ingen bröstsmärta. Aptit ok, vikt +3 kg på 2 mån."),
      ("Status", "AT: gott, lätt andfådd vid avklädning. BT 112/70, puls 76 oregelb. Cor: oregelbunden rytm, systoliskt blåsljud 2/6 apex. Pulm: basala krepitationer bilat. Buk: ua. Ben: pittingödem till knähöjd bilat."),
      ("Utredning", "NT-proBNP 4 800, TnT 38 stabilt, krea 118. Eko: koncentrisk vä-hypertrofi 16 mm, EF 45 %, apikal sparing i strain. DPD-scintigrafi 12/4: Perugini grad 3. Fria lätta kedjor normala."),
      ("Bedömning", "Kardiell transtyretinamyloidos (ATTR) med hjärtsvikt. Pat inte informerad om scintigrafisvaret ännu – han kom ensam och vill att sonen är med när vi går igenom det, nytt besök 3/5 med sonen."),
      ("Åtgärd", "Furosemid 40 mg x2 i en vecka, sedan 40+20. Kalium och krea om en vecka på vc. Remiss för TTR-genanalys."),
  ], template="Mottagningsanteckning")],
  [("NL101", "n1")], [],
  "lång mottagningsanteckning: ATTR-amyloidos står i synlig Bedömning och pat har ännu inte fått svaret",
  "2024-04-20T00:00:00")

C("s28s_brev_normala_prover_eventuellt_somn", "skane", "19750626-3685",
  [N("n1", "s_med_ystad", "Karin Wessel", "läkare", "2024-06-05 08:10", "2024-06-05 08:20", [
      ("Brev", "Hej! Dina blodprover från den 3 juni är normala: blodvärde, sköldkörtelprov och B12 ligger inom referensområdet. Tröttheten du beskrev kan eventuellt bli bättre med mer regelbunden sömn, men hör av dig om den håller i sig efter sommaren."),
  ], template="Brev")],
  [], [("NL102", "n1")],
  "brev med normala prover; 'eventuellt' gäller ett symtoms förlopp, ingen diagnos",
  "2024-06-06T00:00:00")

C("s28s_utkast_urotelial_cancer_ej_informerad", "skane", "19430310-0236",
  [N("n1", "s_uro_trbg", "Carl-Johan Persson", "läkare", "2024-06-07 15:20", None, [
      ("Provsvar", "PAD TUR-B 28/5: höggradig urotelial cancer, muskelinvasiv (pT2)."),
      ("Bedömning", "Muskelinvasiv blåscancer. Pat ej informerad, kallas till besök 14/6 med kontaktsjuksköterska."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "osignerat utkast: fastställd blåscancer synlig medan pat ej informerad",
  "2024-06-08T00:00:00")

C("s28s_mr_lar_susp_mjukdelssarkom", "vgr", "20030517-8089",
  [N("n1", "v_rtg_trollh", "Jonatan Ek", "läkare", "2024-01-26 12:40", "2024-01-26 13:00", [
      ("Utlåtande", "MR lår hö: 8 cm djup, heterogent kontrastladdande tumör i m. vastus lateralis, susp. mjukdelssarkom. Remiss till sarkomcentrum rekommenderas."),
  ], template="Röntgenutlåtande")],
  [("NL102", "n1")], [],
  "förkortningen 'susp.' före mjukdelssarkom i synligt röntgenutlåtande",
  "2024-01-27T00:00:00")

C("s28s_dt_thorax_differentialdiagnostiskt_tbc", "skane", "20030221-3863",
  [N("n1", "s_infek_lund", "Hugo Lindkvist", "läkare", "2024-02-09 17:30", "2024-02-09 18:00", [
      ("Utredning", "DT thorax: kavitet 3 cm i vä ovanlob med trädknoppsmönster runt om."),
      ("Bedömning", "Differentialdiagnostiskt tuberkulos eller nekrotiserande pneumoni. Sputum för direktmikroskopi och PCR x3, isolering tills vidare."),
  ], template="Inskrivningsanteckning", setting="slutenvård")],
  [("NL102", "n1")], [],
  "'differentialdiagnostiskt tuberkulos' är osäker diagnos i synlig Bedömning",
  "2024-02-10T00:00:00")

C("s28s_ul_hals_inget_som_talar_for_malignitet", "vgr", "19330916-0228",
  [N("n1", "v_onh_boras", "Andreas Falk", "läkare", "2024-03-21 10:20", "2024-03-21 10:35", [
      ("Utredning", "UL hals: 1,5 cm lymfkörtel med bevarad hilus, inget som talar för malignitet."),
      ("Bedömning", "Reaktiv körtel efter halsfluss, ingen kontroll behövs."),
  ])],
  [], [("NL102", "n1")],
  "'inget som talar för malignitet' är negerat trots orden 'talar för'",
  "2024-03-22T00:00:00")

C("s28s_dxa_osteoporos_brev_ej_skickat", "vgr", "19400113-6847",
  [N("n1", "v_endo_lidk", "Jakob Thelin", "läkare", "2024-05-03 13:10", "2024-05-03 13:25", [
      ("Provsvar", "Bentäthetsmätning: T-score −3,1 i lårbenshalsen, −2,7 i ländryggen."),
      ("Bedömning", "Osteoporos. Pat ej informerad då svaret kom efter besöket, brev skickas i dag tillsammans med recept på alendronat."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "osteoporos i synlig Bedömning medan texten säger att pat ännu inte är informerad (brev ej skickat)",
  "2024-05-04T00:00:00")

C("s28s_mr_kna_trol_korgreppsruptur", "vgr", "20060126-4518",
  [N("n1", "v_ort_molndal", "Viktor Åberg", "läkare", "2024-02-14 09:50", "2024-02-14 10:10", [
      ("Utredning", "MR hö knä: trol. korgreppsruptur i mediala menisken, främre korsbandet intakt."),
      ("Planering", "Artroskopi inom 2 v, låsningskänslan talar för att menisken är inklämd. Kryckor tills vidare."),
  ])],
  [("NL102", "n1")], [],
  "'trol. korgreppsruptur' efter MR i synlig sektion",
  "2024-02-15T00:00:00")

C("s28s_pmo_bvc_misstankt_jarnbrist", "skane", "20230102-9175",
  [N("n1", "p_bvc_staffanstorp", "Lotta Håkansson", "sjuksköterska", "2024-01-08 10:00", "2024-01-08 10:30", [
      ("Besök", "1-årskontroll. Hb 96 i kapillärprov, blek men pigg. Misstänkt järnbrist, dricker mycket mjölk enligt föräldrarna. Järndroppar och nytt Hb om 6 v."),
  ], template="BVC-besök", system="PMO")],
  [], [("NL102", "n1")],
  "PMO (BVC): misstänkt järnbrist hos barn, PMO visar inte diagnoser",
  "2024-01-09T00:00:00")

C("s28s_pmo_um_partnern_trolig_klamydia", "skane", "20050324-1580",
  [N("n1", "p_um_lund", "Tove Bergman", "barnmorska", "2024-03-12 15:30", "2024-03-12 15:50", [
      ("Besök", "Klamydiaprov taget. Partnern har trolig klamydia enligt pat och behandlas på annan mottagning. Svar via 1177 om en vecka."),
  ], template="Mottagningsbesök", system="PMO")],
  [], [("NL102", "n1")],
  "PMO (ungdomsmottagning): osäker diagnos gäller partnern och står i PMO",
  "2024-03-13T00:00:00")

# ---------------------------------------------------------------------------
# Part 7: more hedges, typos and withheld answers across specialties
# ---------------------------------------------------------------------------
C("s28s_dt_buk_trolgen_appendicit_typo", "vgr", "20040520-0478",
  [N("n1", "v_kir_skovde", "Elsa Norén", "läkare", "2024-04-06 23:10", "2024-04-06 23:40", [
      ("Aktuellt", "Smärta i hö fossa sedan i morse, illamående, temp 38,1."),
      ("Utredning", "DT buk: förtjockad appendix 11 mm med omgivande fettvävsreaktion, trolgen appendicit. Ingen perforation."),
      ("Åtgärd", "Fastande, iv Tazocin, anmäld för laparoskopisk appendektomi i natt."),
  ], template="Akutanteckning")],
  [("NL102", "n1")], [],
  "stavfel i hedge ('trolgen'): trolig appendicit i synligt DT-svar",
  "2024-04-07T00:00:00")

C("s28s_mr_hjarta_tlar_for_myokardit_typo", "skane", "19960406-4395",
  [N("n1", "s_avd_kard_lund", "Daniel Kronberg", "läkare", "2024-05-24 13:30", "2024-05-24 14:00", [
      ("Utredning", "MR hjärta: subepikardiell LGE inferolateralt och ödem på T2-sekvenser. EF 54 %."),
      ("Bedömning", "Tlar för myokardit efter genomgången förkylning, troponin sjunkande. Idrottsförbud i 6 mån."),
  ], template="Daganteckning", setting="slutenvård")],
  [("NL102", "n1")], [],
  "stavfel i hedge ('Tlar för'): myokardit i synlig Bedömning",
  "2024-05-25T00:00:00")

C("s28s_pad_hud_forenilgt_med_sarkoidos_typo", "vgr", "19930210-8445",
  [N("n1", "v_hud_sahl", "Louise Bergh", "läkare", "2024-01-19 14:50", "2024-01-19 15:10", [
      ("Provsvar", "PAD hud från vä knä (ärrområde): icke-nekrotiserande epiteloidcellsgranulom, förenilgt med kutan sarkoidos."),
      ("Åtgärd", "Remiss lungröntgen, ACE och kalcium tas på vc."),
  ], template="Provsvarsbedömning")],
  [("NL102", "n1")], [],
  "stavfel i hedge ('förenilgt med'): kutan sarkoidos i synligt PAD-svar",
  "2024-01-20T00:00:00")

C("s28s_koloskopi_ev_ulceros_kolit", "skane", "19930614-5617",
  [N("n1", "s_gastro_mmo", "Elin Wahlberg", "läkare", "2024-03-15 11:10", "2024-03-15 11:30", [
      ("Utredning", "Koloskopi: kontinuerlig inflammation från rektum till mitten av sigmoideum, sköra slemhinnor. F-kalprotektin 820."),
      ("Bedömning", "Ev. ulcerös kolit, PAD inväntas. Startar Pentasa rektalt."),
  ])],
  [("NL102", "n1")], [],
  "'Ev. ulcerös kolit' före PAD-svar i synlig Bedömning",
  "2024-03-16T00:00:00")

C("s28s_dt_hjarna_sah_kan_inte_uteslutas", "vgr", "19450128-4071",
  [N("n1", "v_avd_kungalv", "Nils Berggren", "läkare", "2024-02-24 03:20", "2024-02-24 04:00", [
      ("Aktuellt", "Plötslig svår huvudvärk i går kväll, kom in först i natt."),
      ("Utredning", "DT hjärna utan blödning, men undersökningen gjordes mer än 6 h efter debut."),
      ("Bedömning", "Subaraknoidalblödning kan inte säkert utselutas. LP planeras 12 h efter debut."),
  ], template="Jouranteckning", setting="slutenvård")],
  [("NL102", "n1")], [],
  "stavfel ('utselutas'): SAH 'kan inte säkert uteslutas' är osäker diagnos, inte negerad",
  "2024-02-25T00:00:00")

C("s28s_mr_fot_dd_osteomyelit_barn", "skane", "20141018-4715",
  [N("n1", "s_barn_hlm", "Emma Fransson", "läkare", "2024-01-12 16:00", "2024-01-12 16:20", [
      ("Utredning", "MR hö fot: märgödem i calcaneus med periostal reaktion. CRP 28, SR 35."),
      ("Bedömning", "DD osteomyelit eller stressreaktion efter mycket fotbollsträning. Blododling tagen, avvaktar antibiotika till ortopedkonsult i morgon."),
  ])],
  [("NL102", "n1")], [],
  "barn under 13: 'DD osteomyelit' i synlig Bedömning",
  "2024-01-13T00:00:00")

C("s28s_tyreoideascint_sannolikt_graves", "vgr", "19441012-2883",
  [N("n1", "v_med_alingsas", "Linnea Berglöf", "läkare", "2024-06-18 10:00", "2024-06-18 10:20", [
      ("Provsvar", "Tyreoideascintigrafi: diffust ökat upptag i båda loberna. TRAk 8,1, fritt T4 42."),
      ("Bedömning", "Sannolikt Graves sjukdom. Tiamazol 20 mg x1, kontroll av TSH och fT4 om 4 v."),
  ], template="Provsvarsbedömning")],
  [("NL102", "n1")], [],
  "'Sannolikt Graves sjukdom' efter scintigrafi i synlig sektion",
  "2024-06-19T00:00:00")

C("s28s_pad_glioblastom_maken_ber_vanta", "vgr", "19460506-1284",
  [N("n1", "v_neuro_sahl", "Ragnar Sjölin", "läkare", "2024-03-06 16:40", "2024-03-06 17:10", [
      ("Provsvar", "PAD från stereotaktisk biopsi: glioblastom, IDH-vildtyp, WHO grad 4."),
      ("Bedömning", "Glioblastom vä temporallob. Pat ännu inte informerad; maken har bett oss vänta tills dottern kommit hem från Australien på lördag, diagnosen tas upp med pat på måndag."),
  ], template="Provsvarsbedömning", setting="slutenvård")],
  [("NL101", "n1")], [],
  "glioblastom synligt medan pat uttryckligen inte är informerad (anhörigs önskan)",
  "2024-03-07T00:00:00")

C("s28s_lab_ckd_stadium4_ej_berattat", "skane", "19361121-8599",
  [N("n1", "s_med_ystad", "Oskar Friberg", "läkare", "2024-05-27 12:00", "2024-05-27 12:20", [
      ("Provsvar", "eGFR 24, 22 och 23 ml/min senaste halvåret, U-albumin/krea 48."),
      ("Bedömning", "Kronisk njursjukdom stadium 4. Har valt att inte informera pat om diagnosen ännu, tas upp vid nästa besök när dottern kan vara med och tolka."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "CKD stadium 4 i synlig Bedömning, läkaren har avstått från att informera pat ännu",
  "2024-05-28T00:00:00")

C("s28s_pad_wilms_foraldrar_inte_informerd_typo", "vgr", "20200317-0442",
  [N("n1", "v_dsbus", "Ulf Jacobsson", "läkare", "2024-04-30 14:10", "2024-04-30 14:30", [
      ("Provsvar", "PAD nefrektomi vä: Wilms tumör (nefroblastom), favorabel histologi, radikalt opererad."),
      ("Bedömning", "Föräldrarna är inte informerd om PAD-svaret än, samtal med barnonkolog bokat torsdag."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "stavfel ('inte informerd'): Wilms tumör hos barn synlig, föräldrarna har inte fått svaret",
  "2024-05-01T00:00:00")

C("s28s_dt_bifynd_lungemboli_ej_underrattad", "vgr", "20000426-1491",
  [N("n1", "v_jubileum", "Cecilia Wärn", "läkare", "2024-06-12 15:00", "2024-06-12 15:15", [
      ("Provsvar", "Uppföljande DT thorax-buk 2 år efter orkiektomi: inga tecken på återfall av testikelcancern. Bifynd: segmentell lungemboli i hö underlob."),
      ("Bedömning", "Lungemboli som bifynd. Pat är ännu ej underrättad om bifyndet, ringer honom så snart han svarar; recept på Eliquis förberett."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "fastställd lungemboli (bifynd) synlig och pat ännu ej underrättad; återfall är negerat",
  "2024-06-13T00:00:00")

C("s28s_pankreascancer_berattad_prognos_ej", "skane", "19360117-3564",
  [N("n1", "s_onk_lund", "Maja Hägg", "läkare", "2024-02-27 10:00", "2024-02-27 11:00", [
      ("Samtal", "Pat informerad om att biopsin visar pankreascancer med levermetastaser. Prognosen har hon inte velat prata om och hon är inte informerad om förväntad överlevnad, vilket respekteras."),
      ("Planering", "Palliativ kontakt via ASIH, ny tid om 2 v."),
  ], template="Mottagningsanteckning")],
  [], [("NL101", "n1")],
  "diagnosen är berättad; det pat inte fått veta är prognosen, som inte är en diagnos",
  "2024-02-28T00:00:00")

C("s28s_lab_stark_misstanke_jattecellsarterit", "skane", "19300415-4674",
  [N("n1", "s_reuma_lund", "Ingela Rask", "läkare", "2024-01-04 11:30", "2024-01-04 12:00", [
      ("Provsvar", "SR 88, CRP 64, Hb 112."),
      ("Bedömning", "Ömmande och förtjockade temporalisartärer bilat. Stark misstanke om jättecellsarterit, Prednisolon 40 mg insatt i väntan på UL temporalis i morgon."),
  ])],
  [("NL102", "n1")], [],
  "'stark misstanke om jättecellsarterit' är osäker diagnos i synlig Bedömning",
  "2024-01-05T00:00:00")

C("s28s_ssk_vidarebefordrar_mojlig_gammal_infarkt", "vgr", "19391027-8393",
  [N("n1", "v_kard_ostra", "Malin Esbjörnsson", "sjuksköterska", "2024-05-10 09:20", "2024-05-10 09:30", [
      ("Telefonkontakt", "Meddelat pat att dr Bergsten tolkar Q-vågorna på EKG som en möjlig tidigare hjärtinfarkt. Arbetsprov och eko bokas, kallelse per post."),
  ], template="Telefonanteckning")],
  [("NL102", "n1")], [],
  "ssk för vidare läkarens hedge: 'möjlig tidigare hjärtinfarkt' i synlig telefonanteckning",
  "2024-05-11T00:00:00")

C("s28s_eeg_absensepelepsi_ej_via_1177_typo", "skane", "20021108-0593",
  [N("n1", "s_neuro_hbg", "Klara Hjort", "läkare", "2024-04-12 13:40", "2024-04-12 14:00", [
      ("Provsvar", "EEG: generaliserade spike-wave-urladdningar 3 Hz, provocerade av hyperventilation."),
      ("Bedömning", "Juvenil absensepelepsi. Pat är inte informerad ännu och ska inte få veta via 1177 innan läkarsamtalet på tisdag, då även körkortsfrågan tas upp."),
  ], template="Provsvarsbedömning")],
  [("NL101", "n1")], [],
  "stavfel i diagnosen ('absensepelepsi'): diagnosen synlig medan pat inte fått veta",
  "2024-04-13T00:00:00")

# === END OF DATA ===


def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:13]
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_on(birth, when):
    a = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        a -= 1
    return a


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def main():
    problems = []
    names = set()
    sentences = {}
    out_lines = []
    counts = {}
    for c in CASES:
        nm = c["case"]
        def bad(msg):
            problems.append("%s: %s" % (nm, msg))
        if nm in names:
            bad("duplicate case name")
        names.add(nm)
        if not nm.startswith("s28s_"):
            bad("name must start with s28s_")
        if c["ruleset"] not in ("skane", "vgr"):
            bad("unknown ruleset")
        pnr = c["pnr"]
        if not re.fullmatch(r"(19|20)\d{6}-\d{4}", pnr) or not luhn_ok(pnr):
            bad("personnummer not Luhn-valid: %s" % pnr)
            continue
        try:
            birth = date(int(pnr[0:4]), int(pnr[4:6]), int(pnr[6:8]))
        except ValueError:
            bad("bad birth date in personnummer")
            continue
        birth_s = birth.isoformat()
        if pnr[:8] != birth_s.replace("-", ""):
            bad("birth date does not match personnummer")
        as_of = datetime.fromisoformat(c["as_of"])
        if as_of.year != 2024:
            bad("as_of not in 2024")
        ids = set()
        for n in c["notes"]:
            if n["id"] in ids:
                bad("duplicate note id %s" % n["id"])
            ids.add(n["id"])
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024:
                bad("note time not in 2024")
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024:
                    bad("signed not in 2024")
                if s < t:
                    bad("signed before note time")
                if s > as_of:
                    bad("signed after as_of")
            if t > as_of:
                bad("note after as_of")
            for when in (t, as_of):
                if 13 <= age_on(birth, when.date()) <= 15:
                    bad("patient aged 13-15")
            if n["system"] not in ("Melior", "PMO"):
                bad("unknown system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                bad("VGR note not Melior")
            hsa = n["unit"]["hsa_id"]
            pref = SKANE if c["ruleset"] == "skane" else VGR_
            if not hsa.startswith(pref):
                bad("unit %s not in region" % n["unit"]["name"])
            if n["system"] == "PMO" and not n["unit"]["name"].startswith(
                    ("Vårdcentralen", "BVC", "Hemsjukvården", "Ungdomsmottagningen")):
                bad("PMO note outside primary care")
            if not n["sections"]:
                bad("note without sections")
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    bad("empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (nm, n["id"], sec["keyword"]):
                            bad("sentence repeated (first in %s): %r" % (sentences[sent][0], sent))
                        elif sent in sentences:
                            bad("sentence repeated within section: %r" % sent)
                        else:
                            sentences[sent] = (nm, n["id"], sec["keyword"])
        notes_by_id = {n["id"]: n for n in c["notes"]}
        if not c["must"] and not c["must_not"]:
            bad("no assertion")
        seen = set()
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in ("NL101", "NL102"):
                    bad("unexpected code %s" % code)
                if target not in notes_by_id:
                    bad("target %s missing" % target)
                    continue
                if (code, target) in seen:
                    bad("%s on %s asserted twice" % (code, target))
                seen.add((code, target))
                sysname = notes_by_id[target]["system"]
                if code == "NL102" and sysname != "Melior" and kind == "must":
                    bad("NL102 must on non-Melior note")
                if code == "NL102" and sysname == "PMO" and kind != "must_not":
                    bad("NL102 on PMO must be must_not")
                if code == "NL101" and sysname == "PMO":
                    bad("NL101 asserted on PMO note")
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
        if not c["why"].strip():
            bad("empty why")
        rec = {
            "case": nm,
            "ruleset": c["ruleset"],
            "record": {
                "patient": {"id": pnr, "birth_date": birth_s, "protected_identity": False},
                "as_of": c["as_of"],
                "notes": c["notes"],
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": c["must"],
            "must_not": c["must_not"],
            "why": c["why"],
        }
        out_lines.append(json.dumps(rec, ensure_ascii=False))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out_lines) + "\n")
    print("wrote %d cases to %s" % (len(out_lines), OUT))
    for key in sorted(counts):
        print("  %s %-8s %d" % (key[0], key[1], counts[key]))
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("  rulesets:", rs)


if __name__ == "__main__":
    main()
