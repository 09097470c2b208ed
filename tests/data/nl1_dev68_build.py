#!/usr/bin/env python3
"""d68 - independent test cases: pulmonology, allergology and sleep medicine.

Rules annotated: NL101 (uncommunicated diagnosis visible) and NL102 (hypothesis in
visible Melior note). Standard library only, deterministic. Running it writes
cases.jsonl next to this file and exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta, date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev68_cases.jsonl")

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior (sjukhus)
    "LUND_LUNG": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "7713"),
    "MALMO_LUNG": ("Lungmottagningen, Skånes universitetssjukhus Malmö", SK + "7720"),
    "LUND_LUNGAVD": ("Avdelning 28 Lungmedicin, Skånes universitetssjukhus Lund", SK + "7731"),
    "HBG_LUNG": ("Lungmottagningen, Helsingborgs lasarett", SK + "8104"),
    "HBG_ONH": ("Öron-näsa-halsmottagningen, Helsingborgs lasarett", SK + "8117"),
    "CSK_MED": ("Medicinmottagningen, Centralsjukhuset Kristianstad", SK + "8342"),
    "YSTAD_MED": ("Medicinavdelning 3, Lasarettet i Ystad", SK + "8560"),
    "KLF_LUND": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Lund", SK + "6210"),
    "SOMN_MALMO": ("Sömnmottagningen, Öron-näsa-hals, Skånes universitetssjukhus Malmö", SK + "6455"),
    "BARNALL_LUND": ("Barnallergimottagningen, Barn- och ungdomssjukhuset Lund", SK + "5902"),
    "BARN_HBG": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", SK + "5918"),
    "ALLERGI_MALMO": ("Allergimottagningen, Lungmedicin, Skånes universitetssjukhus Malmö", SK + "7744"),
    "LANDSKRONA": ("Medicinmottagningen, Lasarettet i Landskrona", SK + "8620"),
    "ONKO_LUND": ("Lungcancerteamet, Lung- och allergikliniken, Skånes universitetssjukhus Lund", SK + "7759"),
    "YRKES": ("Arbets- och miljömedicin Syd, Lund", SK + "6601"),
    "HJSVIKT_LUND": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund", SK + "6120"),
    "MAVA_MALMO": ("Medicinsk akutvårdsavdelning, Skånes universitetssjukhus Malmö", SK + "7802"),
    "TRELLE_MED": ("Medicinavdelning 12, Lasarettet Trelleborg", SK + "8711"),
    # Skåne, PMO (primärvård)
    "VC_LINERO": ("Vårdcentralen Linero, Lund", SK + "9112"),
    "VC_SORGENFRI": ("Vårdcentralen Sorgenfri, Malmö", SK + "9148"),
    "VC_HORBY": ("Vårdcentralen Hörby", SK + "9176"),
    "VC_ESLOV": ("Vårdcentralen Eslöv", SK + "9183"),
    "VC_TRELLE": ("Vårdcentralen Trelleborg Söder", SK + "9207"),
    "VC_SIMRISHAMN": ("Vårdcentralen Simrishamn", SK + "9231"),
    # VGR, Melior
    "SU_LUNG": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "4012"),
    "SU_LUNGAVD": ("Avdelning 136 Lungmedicin, Sahlgrenska Universitetssjukhuset", VG + "4027"),
    "SU_ALLERGI": ("Allergimottagningen, Sahlgrenska Universitetssjukhuset", VG + "4038"),
    "SU_KLF": ("Klinisk fysiologi, Sahlgrenska Universitetssjukhuset", VG + "4105"),
    "SU_SOMN": ("Sömnmedicinska mottagningen, Lungmedicin, Sahlgrenska Universitetssjukhuset", VG + "4046"),
    "SU_THORAX": ("Thoraxkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "4150"),
    "SU_REUMA": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "4177"),
    "SU_HJART": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset", VG + "4183"),
    "SU_AKUT": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "4009"),
    "SU_JUBILEUM": ("Jubileumskliniken, Onkologi, Sahlgrenska Universitetssjukhuset", VG + "4199"),
    "DSBUS_ALLERGI": ("Barnallergimottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "4311"),
    "AMM_GBG": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", VG + "4340"),
    "NAL_LUNG": ("Lungmottagningen, NU-sjukvården NÄL Trollhättan", VG + "5120"),
    "NAL_MEDAVD": ("Medicinavdelning 51, NU-sjukvården NÄL Trollhättan", VG + "5133"),
    "UDD_MED": ("Medicinmottagningen, Uddevalla sjukhus", VG + "5210"),
    "UDD_ONH": ("Öron-näs-halsmottagningen, Uddevalla sjukhus", VG + "5226"),
    "SAS_LUNG": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "6014"),
    "SAS_SOMN": ("Sömnapnémottagningen, ÖNH, Södra Älvsborgs Sjukhus Borås", VG + "6029"),
    "SAS_ALLERGI": ("Allergimottagningen, Södra Älvsborgs Sjukhus Borås", VG + "6035"),
    "SKAS_LUNG": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", VG + "7011"),
    "SKAS_SOMN": ("Sömnmottagningen, Skaraborgs Sjukhus Skövde", VG + "7024"),
    "SKAS_AVD": ("Avdelning 7 Lung och infektion, Skaraborgs Sjukhus Skövde", VG + "7038"),
    "KUNGALV_MOTT": ("Medicinmottagningen, Kungälvs sjukhus", VG + "8012"),
    "KUNGALV_AVD": ("Medicinavdelning 2, Kungälvs sjukhus", VG + "8027"),
    "ALINGSAS": ("Medicinmottagningen, Alingsås lasarett", VG + "8110"),
    "ALINGSAS_BARN": ("Barn- och ungdomsmottagningen, Alingsås lasarett", VG + "8124"),
    "OSTRA_MEDAVD": ("Medicinavdelning 322, Sahlgrenska Universitetssjukhuset/Östra", VG + "4420"),
}

PMO_UNITS = {"VC_LINERO", "VC_SORGENFRI", "VC_HORBY", "VC_ESLOV", "VC_TRELLE", "VC_SIMRISHAMN"}


# ---------------------------------------------------------------- patients
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


_serial_counter = [0]


def pt(birth, sex):
    """birth 'YYYY-MM-DD', sex 'm'/'f' -> patient dict with a Luhn-valid personnummer."""
    _serial_counter[0] += 1
    n = _serial_counter[0]
    base = 10 + (n * 37) % 89          # two digits 10..98
    third = (n * 3) % 5 * 2            # 0,2,4,6,8
    if sex == "m":
        third += 1
    serial = "%02d%d" % (base, third)
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return {"id": "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine)),
            "birth_date": birth, "protected_identity": False}


# ---------------------------------------------------------------- notes
def _note(nid, system, template, unit, author, role, time, sections, setting, draft):
    t = datetime.fromisoformat(time)
    if draft:
        signed = None
    else:
        total = sum(len(x[1]) for x in sections)
        signed = (t + timedelta(minutes=12 + total % 97)).isoformat()
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": UNITS[unit][0], "hsa_id": UNITS[unit][1]},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed, "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit_key": unit,
    }


def M(nid, template, unit, author, time, sections, role="läkare", setting="öppenvård", draft=False):
    return _note(nid, "Melior", template, unit, author, role, time, sections, setting, draft)


def P(nid, template, unit, author, time, sections, role="läkare", setting="öppenvård", draft=False):
    return _note(nid, "PMO", template, unit, author, role, time, sections, setting, draft)


CASES = []


def case(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    CASES.append({"case": name, "ruleset": ruleset, "patient": patient, "notes": notes,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why, "as_of": as_of})

# ================================================================ spirometri / DLCO
case("d68-spiro-forenligt-med-kol", "skane", pt("1956-03-14", "m"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Karin Lindqvist", "2024-02-12T09:40", [
         ("Anamnes", "67-årig man, f.d. rökare ca 40 paketår, slutade 2019. Successivt tilltagande "
                     "ansträngningsdyspné sedan två år, hostar slem på morgnarna. Inga nattliga besvär."),
         ("Utredning", "Dynamisk spirometri före och efter 0,4 mg salbutamol: FEV1 1,62 L (54 % av pred), "
                       "FEV1/FVC 0,58 post-BD. Reversibilitet 4 %, ej signifikant. DLCO 61 % av pred."),
         ("Bedömning", "Kvarstående obstruktivitet efter bronkdilatation, förenligt med KOL. "
                       "Mätvärdena motsvarar GOLD 2."),
         ("Planering", "Insättes Anoro Ellipta 1x1. Återbesök med ny spirometri om 4 mån."),
     ])],
     must=[("NL102", "n1")], must_not=[("NL101", "n1")],
     why="'förenligt med KOL' i Bedömning är en hedgad diagnos i synlig Melior-anteckning; inget sägs om information")

case("d68-kol-verifierad-kolssk", "vgr", pt("1949-11-02", "f"),
     [M("n1", "Sjuksköterskeanteckning", "SKAS_LUNG", "Anneli Sjöberg", "2024-03-05T13:15", [
         ("Aktuellt", "KOL-mottagning, årskontroll. KOL GOLD 2 grupp B, diagnosen verifierad med spirometri 2021."),
         ("Status", "Sat 94 % i vila, puls 82. Spirometri idag FEV1 1,31 L, i nivå med föregående mätning."),
         ("Åtgärd", "Genomgång av inhalationsteknik med Spiolto Respimat, korrekt teknik. Uppmuntrad till "
                    "daglig promenad, broschyr om KOL-skola lämnad."),
     ], role="sjuksköterska")],
     must_not=[("NL102", "n1")],
     why="bekräftad KOL-diagnos utan hedge ger ingen hypotes i synlig text")

case("d68-astma-kan-ej-uteslutas-normal-spiro", "vgr", pt("1991-06-21", "f"),
     [M("n1", "Mottagningsanteckning läkare", "SU_LUNG", "Oskar Hedlund", "2024-04-09T10:20", [
         ("Anamnes", "Återkommande pip i bröstet och hosta nattetid, värst vid förkylningar och i kall luft. "
                     "Ingen atopi i hereditet."),
         ("Utredning", "Spirometri: FEV1 3,21 L (96 %), FEV1/FVC 0,81, reversibilitet 7 %. FeNO 31 ppb."),
         ("Bedömning", "Normal spirometri men typisk anamnes, astma kan ej uteslutas. Metakolintest beställt."),
     ], draft=True)],
     must=[("NL102", "n1")],
     why="'kan ej uteslutas' håller diagnosen öppen (hedge), trots att det låter som en negation; osignerat utkast")

case("d68-talar-emot-astma-kand-kol", "skane", pt("1952-08-30", "m"),
     [M("n1", "Läkaranteckning", "HBG_LUNG", "Peter Nyström", "2024-01-23T14:05", [
         ("Bedömning", "Ingen signifikant reversibilitet (FEV1 +60 ml), talar emot astma. "
                       "Känd KOL sedan 2018, i stabil fas."),
         ("Planering", "Fortsatt Trimbow 2 inh x 2. Influensa- och pneumokockvaccin rekommenderas på VC."),
     ])],
     must_not=[("NL102", "n1")],
     why="'talar emot astma' är en avfärdad diagnos och KOL är bekräftad")

case("d68-dlco-sankt-oklar-genes", "vgr", pt("1970-01-17", "m"),
     [M("n1", "Remissvar", "SU_KLF", "Lena Forsberg", "2024-05-14T11:30", [
         ("Utlåtande", "Statiska lungvolymer: TLC 88 % av pred, RV 104 %. DLCO 52 % av pred, KCO 58 %. "
                       "Isolerat sänkt diffusionskapacitet, genesen kan inte avgöras utifrån undersökningen. "
                       "Eventuellt kan HRCT övervägas av inremitterande."),
     ])],
     must_not=[("NL102", "n1")],
     why="endast ett fynd (sänkt DLCO) och en hedgad plan ('eventuellt HRCT'); ingen diagnos nämns")

case("d68-dlco-talar-for-emfysem", "skane", pt("1954-12-03", "f"),
     [M("n1", "Remissvar", "KLF_LUND", "Hans Bergkvist", "2024-02-28T15:50", [
         ("Bedömning", "Lätt obstruktivitet, ökat RV (142 %) och kraftigt sänkt DLCO (41 %) med sänkt KCO. "
                       "Fynden talar för emfysem."),
     ])],
     must=[("NL102", "n1")],
     why="klinfys-utlåtande: 'talar för emfysem' är en hedgad diagnos i synlig Melior-text")

case("d68-restriktiv-missankt-ild-typo", "vgr", pt("1955-04-27", "m"),
     [M("n1", "Läkaranteckning", "NAL_LUNG", "Maria Dahlgren", "2024-03-18T09:05", [
         ("Status", "Fina basala knattrar bilat, inga trumpinnefingrar. Sat 95 %."),
         ("Bedömning", "Restriktivt mönster med TLC 71 % och DLCO 49 %. Missänkt interstitiell lungsjukdom, "
                       "HRCT beställd."),
     ])],
     must=[("NL102", "n1")],
     why="stavfel 'Missänkt' framför interstitiell lungsjukdom ska ändå räknas som hypotes")

case("d68-pmo-trolig-kol-vc", "skane", pt("1960-07-08", "f"),
     [P("n1", "Besöksanteckning", "VC_HORBY", "Johan Mattsson", "2024-02-06T08:45", [
         ("Aktuellt", "Hosta och slem sedan flera vintrar, blir andfådd i trappor. Röker 15 cig/dag."),
         ("Bedömning", "Trolig KOL, rökare ca 35 paketår. Spirometri på VC bokas, rökavvänjning erbjuden."),
     ])],
     must_not=[("NL102", "n1")],
     why="PMO visar aldrig diagnoser; hedgad KOL i PMO-anteckning ger inte NL102")

case("d68-spiro-submaximal-insats", "skane", pt("1947-05-25", "m"),
     [M("n1", "Lungfunktionsundersökning", "MALMO_LUNG", "Emma Lundgren", "2024-06-03T13:40", [
         ("Kommentar", "Pat hade svårt att genomföra fullständig utandning, trolig submaximal insats. "
                       "FVC sannolikt underskattad, tolka kvoten med försiktighet. Ev. ommätning vid nästa besök."),
     ], role="biomedicinsk analytiker")],
     must_not=[("NL102", "n1")],
     why="hedgar gäller testets kvalitet och en plan, ingen diagnos")

case("d68-spiro-normal-ej-meddelad", "vgr", pt("1984-09-12", "f"),
     [M("n1", "Telefonanteckning", "ALINGSAS", "Malin Ek", "2024-03-13T15:20", [
         ("Resultat", "Spirometri 12/3 helt normal, ingen obstruktivitet och ingen reversibilitet."),
         ("Planering", "Svaret ej meddelat pat ännu, sökt två gånger utan svar. Ringer igen imorgon förmiddag."),
     ], role="sjuksköterska")],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="det som inte är meddelat är ett normalt provsvar, ingen diagnos")

case("d68-rokare-ingen-kol", "skane", pt("1967-02-11", "m"),
     [M("n1", "Läkaranteckning", "LANDSKRONA", "Fredrik Olofsson", "2024-01-30T11:10", [
         ("Bedömning", "Rökare 30 paketår. Postbronkodilatoriskt FEV1/FVC 0,76, ingen KOL. Rökstopp starkt "
                       "rekommenderat, remiss till tobaksavvänjare."),
     ])],
     must_not=[("NL102", "n1")],
     why="negerad diagnos 'ingen KOL' utan hedge")

case("d68-ej-forenligt-med-astma-typo", "skane", pt("1996-08-04", "f"),
     [M("n1", "Läkaranteckning", "MALMO_LUNG", "Sara Wiberg", "2024-05-21T10:35", [
         ("Utredning", "Metakolintest negativt, PD20 > 2 mg."),
         ("Bedömning", "Ej förenlight med astma, astmadiagnosen från VC avförs. Inhalationssteroid sätts ut. "
                       "Hostan har ändå minskat efter sommaren."),
     ])],
     must_not=[("NL102", "n1")],
     why="stavfel 'förenlight' i en negerad formulering (ej förenligt med astma) - ingen hypotes")

# ================================================================ HRCT / interstitiell lungsjukdom
case("d68-hrct-uip-forenligt-ipf", "vgr", pt("1947-10-09", "m"),
     [M("n1", "Nybesök läkare", "SU_LUNG", "Anders Ljung", "2024-04-03T09:30", [
         ("Anamnes", "Torrhosta och tilltagande dyspné sedan 1,5 år. Ingen exponering för fåglar, mögel eller "
                     "asbest. Inga ledbesvär, ingen Raynaud."),
         ("Status", "Velcroknattrar basalt bilat. Trumpinnefingrar. Sat 93 % i vila."),
         ("Utredning", "HRCT 2/4: subpleural, basal retikulation med honeycombing och traktionsbronkiektasier, "
                       "UIP-mönster. Reumatologisk serologi negativ."),
         ("Bedömning", "Sammantaget förenligt med idiopatisk lungfibros. Diskuteras på MDD-konferens 16/4."),
     ])],
     must=[("NL102", "n1")], must_not=[("NL101", "n1")],
     why="'förenligt med idiopatisk lungfibros' före MDD är en hypotes i synlig text; inget om information")

case("d68-bild-som-vid-uip", "skane", pt("1951-01-29", "f"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Ingrid Svensson", "2024-03-11T14:25", [
         ("Bedömning", "HRCT visar fibrosbild som vid UIP med basal och subpleural dominans, ingen "
                       "mattglasdominans. Anmäls till ILD-konferens."),
     ])],
     must=[("NL102", "n1")],
     why="'bild som vid UIP' hedgar en interstitiell pneumonidiagnos")

case("d68-mojlig-nsip-dd-hp", "vgr", pt("1969-07-15", "f"),
     [M("n1", "Läkaranteckning", "SAS_LUNG", "Henrik Brandt", "2024-05-07T10:50", [
         ("Bedömning", "Mattglas och retikulation med subpleural sparing. Möjlig NSIP; fibrotisk HP är "
                       "differentialdiagnos. BAL med celldifferentiering planeras."),
     ], draft=True)],
     must=[("NL102", "n1")],
     why="'möjlig NSIP' och 'differentialdiagnos' i synlig Bedömning; osignerat utkast")

case("d68-kan-rora-sig-om-hp-duvor-typo", "skane", pt("1962-03-03", "m"),
     [M("n1", "Läkaranteckning", "HBG_LUNG", "Camilla Rosén", "2024-02-19T11:45", [
         ("Anamnes", "Föder upp brevduvor sedan 30 år, duvslaget står i trädgården."),
         ("Bedömning", "Centrilobulära noduli och mosaikmönster på HRCT. Kan röra sig om "
                       "hypersensitivitetspnemonit utlöst av duvexponering. Precipitiner mot duvantigen skickas."),
     ])],
     must=[("NL102", "n1")],
     why="'kan röra sig om' + stavfel i diagnosordet (pnemonit) - fortfarande hypotes")

case("d68-hrct-inga-tecken-ild", "vgr", pt("1973-12-20", "f"),
     [M("n1", "Läkaranteckning", "KUNGALV_MOTT", "Jonas Wikström", "2024-04-22T13:00", [
         ("Bedömning", "HRCT thorax 5/3: inga tecken på interstitiell lungsjukdom, inga förstorade lymfkörtlar. "
                       "Dyspnén kopplas till dålig kondition efter lång sjukskrivning, fysioterapikontakt."),
     ])],
     must_not=[("NL102", "n1")],
     why="'inga tecken på interstitiell lungsjukdom' är negerat")

case("d68-talar-emot-sarkoidos", "skane", pt("1988-05-02", "m"),
     [M("n1", "Läkaranteckning", "MALMO_LUNG", "Lisa Bengtsson", "2024-06-10T09:15", [
         ("Bedömning", "Inga perilymfatiska noduli och ingen hilär adenopati, bilden talar emot sarkoidos. "
                       "ACE normalt."),
         ("Planering", "Avslutas på lungmottagningen, åter till VC."),
     ])],
     must_not=[("NL102", "n1")],
     why="'talar emot sarkoidos' är en avfärdad diagnos")

case("d68-sarkoidos-verifierad-informerad", "vgr", pt("1979-09-23", "f"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Nils Gustafsson", "2024-02-14T10:40", [
         ("Bedömning", "Sarkoidos stadium II, verifierad med EBUS-TBNA som visade icke-nekrotiserande granulom. "
                       "Odling för mykobakterier negativ."),
         ("Information", "Pat informerad om diagnosen, om det oftast godartade förloppet och att behandling "
                         "inte behövs i nuläget."),
     ])],
     must_not=[("NL102", "n1"), ("NL101", "n1")],
     why="bekräftad sarkoidos som patienten informerats om")

case("d68-sannolkit-lofgren-typo", "skane", pt("1993-04-18", "f"),
     [M("n1", "Akutbesök", "LUND_LUNG", "Erik Sandberg", "2024-05-27T16:20", [
         ("Anamnes", "Feber, fotledsartrit bilat och ömmande rodnade knölar på underbenen sedan 10 dagar."),
         ("Bedömning", "Rtg pulm med bilat hilusförstoring. Sannolkit Löfgrens syndrom. NSAID och kontroll om 6 v."),
     ])],
     must=[("NL102", "n1")],
     why="stavfel 'Sannolkit' framför Löfgrens syndrom - hypotes i synlig text")

case("d68-th-mall-skane-asbestos", "skane", pt("1950-06-06", "m"),
     [M("n1", "Tidiga hypoteser", "YRKES", "Göran Persson", "2024-03-20T10:00", [
         ("Tidiga hypoteser", "Plåtslagare på varvet 1968-1985 med dokumenterad asbestexponering. Pleuraplack och "
                              "basal fibros, misstänkt asbestos. Pat ej informerad om misstanken, tas upp när "
                              "arbetsanamnesen kompletterats."),
     ])],
     must_not=[("NL102", "n1"), ("NL101", "n1")],
     why="Skåne: hela anteckningen i mallen Tidiga hypoteser är skyddad, både hypotes och 'ej informerad'")

case("d68-th-sokord-vgr-nitrofurantoin", "vgr", pt("1944-02-16", "f"),
     [M("n1", "Läkaranteckning", "UDD_MED", "Katarina Nord", "2024-01-15T11:20", [
         ("Aktuellt", "Tilltagande dyspné och torrhosta senaste 3 mån. Står på Furadantin profylax sedan 2022 "
                      "p.g.a. recidiverande cystiter."),
         ("Status", "AT gott. Fina basala rassel bilat. Sat 92 %."),
         ("Planering", "HRCT och DLCO. Urologkontakt om alternativ profylax."),
         ("Tidiga hypoteser", "Misstänkt nitrofurantoininducerad lungreaktion."),
     ])],
     must_not=[("NL102", "n1")],
     why="VGR: hypotesen står bara under sökordet Tidiga hypoteser; synliga sökord saknar diagnos")

case("d68-skane-sokord-th-ej-skyddat", "skane", pt("1958-10-01", "f"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Magnus Ekström", "2024-04-25T13:35", [
         ("Anamnes", "RA sedan 2010, behandlas med metotrexat 20 mg/v. Ökande andfåddhet sedan i vintras."),
         ("Tidiga hypoteser", "Trolig RA-associerad interstitiell lungsjukdom, NSIP-mönster på HRCT."),
     ])],
     must=[("NL102", "n1")],
     why="Skåne skyddar via mallen, inte sökordet; sökordet Tidiga hypoteser i en Läkaranteckning är synligt")

case("d68-vgr-mall-th-men-sokord-bedomning", "vgr", pt("1966-11-11", "m"),
     [M("n1", "Tidiga hypoteser", "NAL_LUNG", "Elin Strand", "2024-06-12T09:50", [
         ("Bedömning", "Eosinofili 1,8 och perifera konsolideringar på DT. Trolig kronisk eosinofil pneumoni."),
     ])],
     must=[("NL102", "n1")],
     why="VGR skyddar via sökord; mallnamnet räcker inte när sökordet är Bedömning")

case("d68-mor-fagellunga-relative", "vgr", pt("1985-03-28", "m"),
     [M("n1", "Läkaranteckning", "NAL_LUNG", "Tobias Almqvist", "2024-02-01T10:15", [
         ("Anamnes", "Hereditet: mamma hade trolig fågelhobbylunga, avled 2015. Pappa har KOL."),
         ("Utredning", "HRCT utan anmärkning, spirometri och DLCO normala."),
         ("Bedömning", "Ingen lungsjukdom påvisad. Hostan har nästan gått över spontant, ingen uppföljning "
                       "på lungmottagningen behövs."),
     ])],
     must_not=[("NL102", "n1")],
     why="hedgad diagnos gäller modern, inte patienten")

case("d68-dd-ssc-ild-vs-nsip", "vgr", pt("1971-08-19", "f"),
     [M("n1", "Konsultationssvar", "SU_REUMA", "Ulrika Falk", "2024-03-26T14:10", [
         ("Bedömning", "DD systemisk skleros-associerad ILD vs idiopatisk NSIP; anti-Scl-70 positivt talar mest "
                       "för det förra. Kapillärmikroskopi bokas."),
     ])],
     must=[("NL102", "n1")],
     why="'DD' mellan två diagnoser i synlig reumatologkonsult")

case("d68-mattglas-ospecifikt-fynd", "skane", pt("1976-01-24", "m"),
     [M("n1", "Läkaranteckning", "CSK_MED", "Anna Karlberg", "2024-05-06T11:00", [
         ("Utredning", "DT thorax: fläckvisa mattglasförändringar i båda överloberna, ospecifika."),
         ("Planering", "Ny DT om 3 mån för att se om förändringarna gått tillbaka. Pat mår bra, afebril."),
     ], draft=True)],
     must_not=[("NL102", "n1")],
     why="ett radiologiskt fynd utan diagnos och utan hedgad sjukdom; osignerat utkast")

case("d68-misstanke-sarkoidos-avskrivs", "vgr", pt("1990-12-05", "f"),
     [M("n1", "Läkaranteckning", "SKAS_LUNG", "Patrik Holmberg", "2024-04-30T15:05", [
         ("Bedömning", "Misstanken om sarkoidos avskrivs efter normal EBUS-cytologi och normalt ACE. "
                       "Lymfkörtlarna har dessutom minskat på kontroll-DT."),
     ])],
     must_not=[("NL102", "n1")],
     why="misstanke som uttryckligen avskrivs är ingen kvarstående hypotes")

case("d68-ingen-missanke-sarkoidos-typo", "skane", pt("1970-09-14", "m"),
     [M("n1", "Läkaranteckning", "YSTAD_MED", "Kristina Åberg", "2024-03-04T10:25", [
         ("Bedömning", "Rtg pulm ua, ingen missanke om sarkoidos. Erythema nodosum efter verifierad "
                       "streptokocktonsillit, behandlad med PcV."),
     ])],
     must_not=[("NL102", "n1")],
     why="stavfel i negationen 'ingen missanke om' - fortfarande negerat")

case("d68-fragetecken-fibrotisk-hp", "vgr", pt("1957-04-04", "f"),
     [M("n1", "Läkaranteckning", "SAS_LUNG", "Viktor Lindahl", "2024-06-18T09:40", [
         ("Diagnos", "Fibrotisk hypersensitivitetspneumonit?"),
         ("Planering", "Exponeringsanamnes kompletteras, fuktskadad källare enligt pat. Ny spirometri om 3 mån."),
     ])],
     must=[("NL102", "n1")],
     why="frågetecken efter diagnosen under sökordet Diagnos")
# ================================================================ astma / KOL, differentialdiagnoser
case("d68-dd-astma-kol-overlap", "vgr", pt("1964-02-22", "m"),
     [M("n1", "Läkaranteckning", "ALINGSAS", "Rebecka Sundin", "2024-02-20T10:05", [
         ("Bedömning", "Rökare med atopi och delvis reversibel obstruktivitet. DD astma/KOL-overlap, "
                       "eosinofiler 0,45."),
         ("Åtgärd", "Insatt ICS/LABA, rökavvänjning diskuterad."),
     ])],
     must=[("NL102", "n1")],
     why="'DD astma/KOL-overlap' i synlig Bedömning")

case("d68-astma-barn-bekraftad", "skane", pt("2016-05-09", "f"),
     [M("n1", "Läkaranteckning", "BARNALL_LUND", "Helena Roos", "2024-03-14T08:50", [
         ("Aktuellt", "Astma sedan 2022, diagnosen ställd med positivt reversibilitetstest och FeNO 48. "
                      "Välkontrollerad på Flutide 125 µg 1x2, ACT 23."),
         ("Planering", "Oförändrad medicinering, årskontroll med spirometri."),
     ])],
     must_not=[("NL102", "n1")],
     why="barn under 13, bekräftad astma utan hedge")

case("d68-trolgi-anstrangningsastma-barn-typo", "vgr", pt("2014-07-30", "m"),
     [M("n1", "Läkaranteckning", "DSBUS_ALLERGI", "Kajsa Lindberg", "2024-04-11T13:20", [
         ("Anamnes", "Blir andfådd och hostar efter fotbollsträning, piper ibland i bröstet."),
         ("Bedömning", "Trolgi ansträngningsutlöst astma. Ansträngningstest på löpband bokas, Airomir vid behov "
                       "före träning."),
     ])],
     must=[("NL102", "n1")],
     why="stavfel 'Trolgi' framför astma hos barn - hypotes i synlig text som vårdnadshavare läser")

case("d68-fragestallning-ilo", "skane", pt("2002-01-13", "f"),
     [M("n1", "Läkaranteckning", "MALMO_LUNG", "Jakob Ström", "2024-05-02T11:15", [
         ("Bedömning", "Andningsbesvär med inspiratoriskt stridor vid maximal ansträngning, astmamedicin utan "
                       "effekt. Frågeställning: ILO. Remiss till ÖNH för CLE-test."),
     ])],
     must=[("NL102", "n1")],
     why="'Frågeställning: ILO' är en öppen diagnostisk hypotes")

case("d68-trolig-kol-exacerbation-inskrivning", "vgr", pt("1945-10-27", "f"),
     [M("n1", "Inskrivningsanteckning", "KUNGALV_AVD", "Daniel Berglund", "2024-01-08T21:40", [
         ("Aktuellt", "Ökad andnöd och hosta med missfärgade upphostningar i fyra dagar, barnbarnen förkylda."),
         ("Status", "AF 26, sat 88 % utan O2. Förlängt exspirium, ronki bilat."),
         ("Bedömning", "Trolig KOL-exacerbation utlöst av viral luftvägsinfektion, CRP 34. Prednisolon 30 mg x 5 "
                       "dagar, inhalationer via nebulisator."),
     ], setting="slutenvård", draft=True)],
     must=[("NL102", "n1")],
     why="'trolig KOL-exacerbation' i inskrivning, slutenvård; osignerat utkast")

case("d68-pneumoni-avskrivs-kol", "skane", pt("1950-03-19", "m"),
     [M("n1", "Daganteckning", "LUND_LUNGAVD", "Amanda Ohlsson", "2024-02-02T10:30", [
         ("Aktuellt", "CRP 9, rtg pulm utan infiltrat, pneumoni avskrivs. KOL-exacerbation, fortsatt Betapred-kur. "
                      "Antibiotika sätts ut."),
     ], setting="slutenvård")],
     must_not=[("NL102", "n1")],
     why="pneumoni avskrivs (negerad) och exacerbationen är fastställd")

case("d68-pmo-ev-astma-barn", "skane", pt("2018-11-21", "m"),
     [P("n1", "Läkarbesök", "VC_SORGENFRI", "Yasmin Haddad", "2024-02-26T14:00", [
         ("Bedömning", "Hostar nattetid sedan förkylning i januari, pip vid lek. Ev. astma. Provar Flutide "
                       "50 µg 2x2 i 6 v med spacer."),
     ])],
     must_not=[("NL102", "n1")],
     why="PMO-anteckning för barn: 'ev. astma' visas aldrig som diagnos")

case("d68-mor-astma-barnet-ingen", "vgr", pt("2017-04-06", "f"),
     [M("n1", "Läkaranteckning", "ALINGSAS_BARN", "Filip Engström", "2024-05-15T09:25", [
         ("Anamnes", "Mor har astma och trolig pälsdjursallergi. Inga syskon."),
         ("Bedömning", "Barnet har ingen astma, lungfunktion och FeNO normala. Hostan har klingat av."),
     ])],
     must_not=[("NL102", "n1")],
     why="hedge gäller moderns sjukdom; barnets astma är negerad")

case("d68-telefon-inga-tecken-exacerbation", "vgr", pt("1953-06-29", "m"),
     [M("n1", "Telefonanteckning", "SKAS_LUNG", "Therese Åkesson", "2024-03-22T08:35", [
         ("Telefonkontakt", "Pat ringer, mer slem senaste dagarna men vitt, ingen feber, klarar ADL som vanligt. "
                            "Inga tecken på exacerbation. Råd: ökad Bricanyl vb, hör av sig vid färgade upphostningar."),
     ], role="sjuksköterska")],
     must_not=[("NL102", "n1")],
     why="'inga tecken på exacerbation' är negerat")

case("d68-egpa-kan-inte-uteslutas", "skane", pt("1972-10-16", "f"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Mattias Hellström", "2024-04-04T10:45", [
         ("Bedömning", "Svårbehandlad astma, sinuit med polyper, eosinofili 2,1 x10^9/L och parestesier i vänster "
                       "fot. EGPA kan inte uteslutas, ANCA skickat, remiss neurofysiologi."),
     ])],
     must=[("NL102", "n1")],
     why="'kan inte uteslutas' om EGPA - öppen hypotes")

case("d68-abpa-talar-for", "vgr", pt("1981-02-08", "m"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Cecilia Moberg", "2024-01-25T14:15", [
         ("Utredning", "Total-IgE 2300 kU/L, specifikt IgE mot Aspergillus fumigatus 18 kU/L och centrala "
                       "bronkiektasier på DT."),
         ("Bedömning", "Talar för allergisk bronkopulmonell aspergillos. Start prednisolon enligt schema."),
     ])],
     must=[("NL102", "n1")],
     why="'talar för' ABPA i synlig Bedömning")

case("d68-trolig-hemgang-kol", "skane", pt("1948-12-12", "f"),
     [M("n1", "Daganteckning", "YSTAD_MED", "Olle Fransson", "2024-02-15T11:05", [
         ("Aktuellt", "KOL-exacerbation i regress. Sat 93 % på 1 l O2, nedtrappning pågår."),
         ("Planering", "Trolig hemgång imorgon om stabil utan syrgas. Hemtjänst vidtalad."),
     ], setting="slutenvård")],
     must_not=[("NL102", "n1")],
     why="'trolig' gäller utskrivningen, inte en diagnos")

case("d68-ev-gerd-kronisk-hosta", "vgr", pt("1966-09-03", "f"),
     [M("n1", "Läkaranteckning", "UDD_MED", "Marcus Lind", "2024-06-04T13:50", [
         ("Bedömning", "Kronisk hosta sedan 8 mån, spirometri och rtg pulm normala. Ev. GERD som bidragande "
                       "orsak, provar PPI i 8 veckor."),
     ])],
     must=[("NL102", "n1")],
     why="'ev. GERD' hedgar en diagnos (inte en plan)")

case("d68-alfa1-misstankt-pizz", "skane", pt("1978-06-17", "m"),
     [M("n1", "Läkaranteckning", "HBG_LUNG", "Linnea Grahn", "2024-03-07T09:55", [
         ("Bedömning", "Emfysem med basal dominans hos 45-åring. Alfa-1-antitrypsin 0,35 g/L. Misstänkt "
                       "homozygot PiZZ-brist, genotypning skickad."),
     ])],
     must=[("NL102", "n1")],
     why="misstänkt alfa-1-antitrypsinbrist i synlig text")

case("d68-cf-uteslutten-bronkiektasier-typo", "vgr", pt("1998-10-28", "f"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Per Ahlström", "2024-05-29T10:10", [
         ("Bedömning", "Bronkiektasier i båda underloberna verifierade på HRCT. Cystisk fibros uteslutten med "
                       "normala svettester x 2 och negativ CFTR-analys. Immunglobuliner normala."),
     ])],
     must_not=[("NL102", "n1")],
     why="stavfel 'uteslutten' i en utesluten diagnos; bronkiektasier bekräftade")

case("d68-tankbar-yrkesastma-bagare", "skane", pt("1980-04-21", "m"),
     [M("n1", "Läkaranteckning", "YRKES", "Sanna Blom", "2024-02-27T10:30", [
         ("Anamnes", "Bagare sedan 15 år, besvären förbättras under semestrar."),
         ("Bedömning", "Tänkbar yrkesastma orsakad av mjöldamm. PEF-kurva på och utanför arbetet i 3 veckor."),
     ])],
     must=[("NL102", "n1")],
     why="'tänkbar' hedgar yrkesastma")

case("d68-oklart-astma-eller-kol", "vgr", pt("1962-05-31", "f"),
     [M("n1", "Läkaranteckning", "NAL_LUNG", "Gustav Ekdahl", "2024-04-17T14:40", [
         ("Bedömning", "Oklart om det rör sig om astma eller KOL; fortsatt utredning med DLCO och upprepad "
                       "spirometri efter steroidkur."),
     ], draft=True)],
     must=[("NL102", "n1")],
     why="'oklart om det rör sig om astma eller KOL' - diagnosen är öppen; utkast")

case("d68-trol-allergisk-astam-typo", "vgr", pt("1999-01-07", "m"),
     [M("n1", "Läkaranteckning", "SAS_LUNG", "Johanna Nyberg", "2024-03-19T11:30", [
         ("Bedömning", "Trol. allergisk astam, sensibiliserad mot katt och hund."),
     ])],
     must=[("NL102", "n1")],
     why="förkortat 'Trol.' och stavfel i diagnosordet 'astam'")

case("d68-susp-sarkoidos-enradare", "skane", pt("1983-08-25", "f"),
     [M("n1", "Läkaranteckning", "CSK_MED", "Rasmus Kjellberg", "2024-04-08T15:55", [
         ("Bedömning", "Susp. sarkoidos; EBUS bokad v. 18."),
     ])],
     must=[("NL102", "n1")],
     why="förkortningen 'Susp.' framför sarkoidos i en enradare")

case("d68-arbetsdiagnos-astma", "vgr", pt("1994-12-14", "f"),
     [M("n1", "Läkaranteckning", "KUNGALV_MOTT", "Ahmed Karimi", "2024-01-31T09:20", [
         ("Bedömning", "Arbetsdiagnos astma i väntan på metakolintest. Provbehandling med Symbicort vid behov."),
     ])],
     must=[("NL102", "n1")],
     why="'arbetsdiagnos i väntan på' test anger att diagnosen ännu är obekräftad")

case("d68-misstankt-felaktig-inhalationsteknik", "skane", pt("1957-07-12", "m"),
     [M("n1", "Sjuksköterskeanteckning", "MALMO_LUNG", "Birgitta Thorén", "2024-05-13T10:00", [
         ("Åtgärd", "Misstänkt felaktig inhalationsteknik, pat andas inte ut före inhalation med Turbuhaler. "
                    "Instruerad och fick visa tillbaka. KOL sedan 2015, i övrigt stabil."),
     ], role="sjuksköterska")],
     must_not=[("NL102", "n1")],
     why="'misstänkt' gäller inhalationstekniken, ingen diagnos")

case("d68-oklart-om-tar-inhalator", "vgr", pt("1987-02-19", "f"),
     [M("n1", "Läkaranteckning", "ALINGSAS", "Hanna Sörensen", "2024-06-11T13:05", [
         ("Bedömning", "Astma med dålig kontroll, ACT 14. Oklart om pat tar Symbicort regelbundet, uttagen "
                       "på apoteket är glesa enligt NPÖ."),
     ])],
     must_not=[("NL102", "n1")],
     why="'oklart om' gäller följsamhet, astma är bekräftad")

case("d68-om-pneumoni-misstanks-villkor", "skane", pt("1940-09-09", "f"),
     [M("n1", "Telefonanteckning", "LANDSKRONA", "Eva Lundquist", "2024-01-18T14:30", [
         ("Telefonkontakt", "Samtal med hemsjukvårdens ssk. KOL GOLD 3 med långtidssyrgas 2 l/min. Om feber, ökad "
                            "andnöd eller gulgröna upphostningar ska pat söka akuten. Om pneumoni misstänks av "
                            "hemsjukvården ska jourläkare kontaktas direkt."),
     ], role="sjuksköterska")],
     must_not=[("NL102", "n1")],
     why="villkorliga formuleringar ('om pneumoni misstänks') är ingen hypotes om patienten")

# ================================================================ lungnoduler (Fleischner)
case("d68-nodul-fleischner-kontroll", "vgr", pt("1961-11-30", "f"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Emil Granqvist", "2024-03-28T10:25", [
         ("Bedömning", "Solid nodul 7 mm i hö ovanlob, bifynd på DT buk. Pat med rökanamnes, högriskkategori "
                       "enligt Fleischner."),
         ("Planering", "Ny DT thorax om 6-12 mån, remiss skickad."),
     ])],
     must_not=[("NL102", "n1")],
     why="en nodul under uppföljning utan hedgad diagnos och utan tal om information")

case("d68-nodul-sannolikt-hamartom", "skane", pt("1969-02-05", "m"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Therese Lindblad", "2024-06-05T14:45", [
         ("Bedömning", "Väldefinierad 12 mm nodul med popcornförkalkning och fettinnehåll, sannolikt hamartom. "
                       "Ingen ytterligare uppföljning."),
     ])],
     must=[("NL102", "n1")],
     why="'sannolikt hamartom' är en hedgad (benign) diagnos")

case("d68-nodul-malignitet-kan-ej-utelsutas-typo", "vgr", pt("1954-10-10", "m"),
     [M("n1", "Läkaranteckning", "NAL_LUNG", "Sofie Bergman", "2024-02-13T09:35", [
         ("Bedömning", "Spikulerad nodul 14 mm i vä ovanlob, ny jämfört med 2021. Malignitet kan ej utelsutas, "
                       "PET-DT och remiss enligt SVF lungcancer."),
     ])],
     must=[("NL102", "n1")],
     why="stavfel 'utelsutas' i 'kan ej uteslutas' om malignitet")

case("d68-nodul-stabil-ingen-malignitetsmisstanke", "skane", pt("1964-04-13", "f"),
     [M("n1", "Läkaranteckning", "HBG_LUNG", "Anton Löfgren", "2024-05-08T10:40", [
         ("Bedömning", "Kontroll-DT efter 24 mån: nodulen 5 mm i hö mellanlob oförändrad. Ingen misstanke om "
                       "malignitet, uppföljningen avslutas enligt Fleischner."),
     ])],
     must_not=[("NL102", "n1")],
     why="'ingen misstanke om malignitet' är negerat")

case("d68-nodul-dt-tid-ej-meddelad", "skane", pt("1972-07-27", "m"),
     [M("n1", "Sjuksköterskeanteckning", "MALMO_LUNG", "Pernilla Dahl", "2024-04-24T13:10", [
         ("Planering", "Subsolid nodul 8 mm, uppföljning enligt plan. Kontroll-DT bokad 15/8 kl 10.20. Pat ej "
                       "informerad om tiden ännu, kallelse skickas med post."),
     ], role="sjuksköterska")],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="det som inte är meddelat är en tid, ingen diagnos")

case("d68-partsolid-kan-rora-sig-om-ais", "vgr", pt("1959-05-05", "f"),
     [M("n1", "Läkaranteckning", "SU_THORAX", "Carl-Johan Berg", "2024-04-15T11:10", [
         ("Bedömning", "Part-solid nodul 18 mm med solid komponent 5 mm, växande. Kan röra sig om adenokarcinom "
                       "in situ eller minimalt invasivt adenokarcinom. Diskuteras på thoraxkonferens."),
     ], draft=True)],
     must=[("NL102", "n1")],
     why="'kan röra sig om adenokarcinom in situ' i synlig thoraxkirurgisk anteckning; utkast")

case("d68-nodul-inget-som-talar-for-malignitet-pet", "skane", pt("1958-01-21", "f"),
     [M("n1", "Läkaranteckning", "CSK_MED", "Niklas Håkansson", "2024-06-17T10:30", [
         ("Utredning", "PET-DT: nodulen 11 mm utan FDG-upptag, inga patologiska lymfkörtlar."),
         ("Bedömning", "Inget som talar för malignitet. Kontroll-DT om 12 mån."),
     ])],
     must_not=[("NL102", "n1")],
     why="'inget som talar för malignitet' är negerat")
# ================================================================ lungcancerutredning
case("d68-valgrundad-misstanke-svf-informerad", "skane", pt("1951-09-17", "m"),
     [M("n1", "Läkaranteckning", "ONKO_LUND", "Helena Åström", "2024-03-12T10:15", [
         ("Bedömning", "Central tumör hö hilus med atelektas i mellanloben, välgrundad misstanke om lungcancer. "
                       "SVF lungcancer startat."),
         ("Information", "Pat och hustru informerade om misstanken och om utredningsgången med bronkoskopi och PET-DT."),
     ])],
     must=[("NL102", "n1")], must_not=[("NL101", "n1")],
     why="hedgad lungcancer i synlig text ger NL102 även när patienten är informerad; därför inte NL101")

case("d68-pad-adenokarcinom-ej-informerad", "vgr", pt("1956-12-01", "f"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Mikael Söderberg", "2024-05-16T15:40", [
         ("Utredning", "PAD bronkoskopi: adenokarcinom, TTF-1 positivt. EGFR/ALK-analys pågår."),
         ("Planering", "Pat ej informerad, besked ges vid besök 22/5 tillsammans med kontaktsjuksköterska."),
     ])],
     must=[("NL101", "n1")], must_not=[("NL102", "n1")],
     why="bekräftad cancerdiagnos i synlig text medan patienten ännu inte har fått besked")

case("d68-skivepitel-informerad-idag", "skane", pt("1948-02-24", "m"),
     [M("n1", "Läkaranteckning", "HBG_LUNG", "Lars Wennberg", "2024-04-02T14:20", [
         ("Bedömning", "Skivepitelcancer i vä huvudbronk verifierad, cT3N1M0."),
         ("Information", "Pat och hustru informerade vid dagens besök, fick skriftlig information och "
                         "kontaktsjuksköterskans telefonnummer."),
     ])],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="diagnosen är meddelad idag")

case("d68-th-sokord-vgr-smacellig", "vgr", pt("1952-05-14", "m"),
     [M("n1", "Läkaranteckning", "SKAS_LUNG", "Jenny Axelsson", "2024-05-28T11:25", [
         ("Aktuellt", "Hosta och viktnedgång 6 kg på 3 mån. Röker fortfarande."),
         ("Planering", "Bronkoskopi 3/6, pat informerad om undersökningen och om att vara fastande."),
         ("Tidiga hypoteser", "Mediastinal massa och hyponatremi, misstänkt småcellig lungcancer. "
                              "Ej framfört till pat."),
     ])],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="VGR: både hypotesen och att den inte är framförd står under skyddat sökord")

case("d68-inger-misstanke-ej-berattat", "skane", pt("1955-11-26", "f"),
     [M("n1", "Läkaranteckning", "CSK_MED", "Stefan Malm", "2024-02-22T16:05", [
         ("Bedömning", "DT thorax inger stark misstanke om malignitet i hö ovanlob. Pat har inte fått veta detta än, "
                       "önskar vänta in PAD innan besked ges."),
     ], draft=True)],
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="'inger misstanke om malignitet' och 'har inte fått veta' i samma synliga sökord; utkast")

case("d68-pet-talar-for-n2", "vgr", pt("1958-08-08", "m"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Louise Hammar", "2024-03-06T13:30", [
         ("Bedömning", "Känt adenokarcinom vä underlob. PET-DT talar för spridning till ipsilaterala mediastinala "
                       "lymfkörtlar (N2). EBUS för stadieindelning."),
     ])],
     must=[("NL102", "n1")],
     why="'talar för' lymfkörtelmetastasering är en hedgad diagnos")

case("d68-dottern-ej-informerad", "skane", pt("1939-04-30", "f"),
     [M("n1", "Kontaktsjuksköterskeanteckning", "ONKO_LUND", "Monica Jeppsson", "2024-04-19T10:50", [
         ("Samtal", "Pat informerades om lungcancerdiagnosen igår av dr Holm. Hon önskar att dottern inte "
                    "informeras förrän efter helgen, det respekteras."),
     ], role="sjuksköterska")],
     must_not=[("NL101", "n1")],
     why="patienten är informerad, bara en anhörig är det inte")

case("d68-remiss-thorax-ej-meddelad", "vgr", pt("1960-06-19", "m"),
     [M("n1", "Läkaranteckning", "SAS_LUNG", "Agnes Forsman", "2024-04-05T09:10", [
         ("Planering", "Adenokarcinom hö överlob T1cN0M0, pat fick besked 2/4. Remiss till thoraxkirurgi skickad "
                       "idag; pat ännu ej meddelad om att remissen gått iväg, ringer honom i morgon."),
     ])],
     must_not=[("NL101", "n1")],
     why="diagnosen är meddelad tidigare; det som inte är meddelat är att remissen skickats")

case("d68-epikris-hjarnmetastaser-ej-info", "vgr", pt("1946-01-11", "m"),
     [M("n1", "Epikris", "KUNGALV_AVD", "Pontus Lagerqvist", "2024-03-11T14:00", [
         ("Epikris", "Vårdtid 4-11/3. Inkom med förvirring och vänstersidig svaghet. MR hjärna visade multipla "
                     "metastaser från känd lungcancer. Behandlats med Betapred med god effekt på symtomen."),
         ("Information", "Pat ej informerad om hjärnmetastaserna, anhöriga önskar att besked ges av onkolog "
                         "vid besöket nästa vecka."),
     ], setting="slutenvård")],
     must=[("NL101", "n1")],
     why="hjärnmetastaser i synlig epikris medan patienten inte har informerats")

case("d68-mesoteliom-infomerad-typo", "skane", pt("1944-03-15", "m"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Gunilla Paulsson", "2024-10-01T11:35", [
         ("Utredning", "PAD pleurabiopsi: epiteloitt mesoteliom."),
         ("Planering", "Pat inte infomerad ännu, besök bokat med anhörig 9/10."),
     ])],
     must=[("NL101", "n1")],
     why="stavfel 'infomerad' - bekräftat mesoteliom som patienten ännu inte fått veta")

case("d68-pmo-misstankt-lc-ej-info", "skane", pt("1950-10-22", "f"),
     [P("n1", "Läkaranteckning", "VC_TRELLE", "Abbas Rahimi", "2024-02-07T15:15", [
         ("Provsvar", "Svar DT thorax: misstänkt lungcancer vä överlob. Pat ej informerad ännu, kallas till "
                      "mottagningen i morgon. Remiss lungmedicin enligt SVF."),
     ])],
     must_not=[("NL102", "n1")],
     why="PMO: hedgad diagnos visas inte; NL101 asserteras inte på PMO")

case("d68-trolig-karcinoid-bronkoskopi", "vgr", pt("1987-06-01", "f"),
     [M("n1", "Bronkoskopi", "SU_LUNG", "Andreas Kvist", "2024-05-20T10:05", [
         ("Fynd", "Glatt rödaktig endobronkiell tumör i mellanlobsbronken, trolig typisk karcinoid. "
                  "Biopsi tagen, lätt blödning som stannade spontant."),
     ])],
     must=[("NL102", "n1")],
     why="'trolig typisk karcinoid' i synligt bronkoskopiutlåtande")

case("d68-pad-organiserande-pneumoni-besked", "skane", pt("1963-03-09", "m"),
     [M("n1", "Telefonanteckning", "MALMO_LUNG", "Caroline Bäck", "2024-03-27T14:50", [
         ("Telefonkontakt", "Besked per telefon: PAD visar organiserande pneumoni, ingen malignitet. Pat lättad. "
                            "Prednisolon enligt utskickat schema, återbesök 4 v."),
     ])],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="benign diagnos meddelad per telefon; malignitet negerad")

case("d68-multinote-pad-sedan-besked", "vgr", pt("1957-02-03", "f"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Tomas Frisk", "2024-06-03T16:10", [
         ("Bedömning", "PAD EBUS station 7: adenokarcinom. Pat ej informerad ännu, kallas till besök imorgon."),
     ]),
      M("n2", "Läkaranteckning", "SU_LUNG", "Tomas Frisk", "2024-06-04T13:30", [
          ("Information", "Pat informerad om adenokarcinom med mediastinal spridning. Tog beskedet sansat, "
                          "sonen närvarande."),
      ])],
     must=[("NL101", "n1")], must_not=[("NL101", "n2")],
     why="n1 har diagnos som ej är meddelad; n2 dagen efter meddelar den")

case("d68-multinote-th-mall-skane-sedan-bekraftad", "skane", pt("1953-07-21", "m"),
     [M("n1", "Tidiga hypoteser", "LUND_LUNG", "Victoria Borg", "2024-02-05T11:40", [
         ("Tidiga hypoteser", "Misstänkt lungcancer vä överlob, avvaktar bronkoskopi."),
     ]),
      M("n2", "Läkaranteckning", "LUND_LUNG", "Victoria Borg", "2024-02-15T10:20", [
          ("Bedömning", "Lungcancer bekräftad, skivepitelcancer i vä överlobsbronk."),
          ("Information", "Pat informerad vid besöket idag tillsammans med kontaktsjuksköterska."),
      ])],
     must_not=[("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
     why="Skåne: hypotesen i mallen Tidiga hypoteser; senare synlig anteckning har bekräftad och meddelad diagnos")

case("d68-ev-immunterapirelaterad-pneumonit", "vgr", pt("1955-09-27", "m"),
     [M("n1", "Läkaranteckning", "SU_JUBILEUM", "Ebba Nordin", "2024-04-23T09:45", [
         ("Aktuellt", "Pembrolizumab cykel 6 för icke-småcellig lungcancer. Ny torrhosta och sat 91 %."),
         ("Bedömning", "Ev. immunterapirelaterad pneumonit. Pembrolizumab pausas, DT thorax idag."),
     ])],
     must=[("NL102", "n1")],
     why="'ev.' framför pneumonit är en hedgad diagnos (inte en plan)")

case("d68-differentialdiagnos-lymfangitis", "skane", pt("1961-12-18", "f"),
     [M("n1", "Läkaranteckning", "HBG_LUNG", "Axel Rydberg", "2024-05-23T14:35", [
         ("Bedömning", "Tilltagande interstitiell teckning hos pat med känd bröstcancer. Differentialdiagnos "
                       "lymfangitis carcinomatosa, bronkoskopi med transbronkiell biopsi planeras."),
     ])],
     must=[("NL102", "n1")],
     why="'differentialdiagnos' framför lymfangitis carcinomatosa")

case("d68-pleuravatska-malign-genes-kan-ej-uteslutas", "skane", pt("1949-07-03", "m"),
     [M("n1", "Läkaranteckning", "TRELLE_MED", "Malin Rask", "2024-01-29T12:15", [
         ("Status", "Dämpning hö basalt, nedsatta andningsljud."),
         ("Bedömning", "Pleuravätska hö, exsudat enligt Lights kriterier. Malign genes kan ej uteslutas, cytologi "
                       "skickad."),
     ], setting="slutenvård")],
     must=[("NL102", "n1")],
     why="'malign genes kan ej uteslutas' håller en cancerdiagnos öppen")

# ================================================================ allergi
case("d68-prick-forenligt-pollenallergi", "skane", pt("1997-02-15", "f"),
     [M("n1", "Läkaranteckning", "ALLERGI_MALMO", "Jessica Strömberg", "2024-03-21T09:00", [
         ("Utredning", "Pricktest: björk 6 mm, timotej 5 mm, gråbo 0, katt 0, kvalster 0. Histamin 7 mm."),
         ("Bedömning", "Förenligt med pollenallergi mot björk och gräs. Rek. antihistamin och nässteroid under säsong."),
     ])],
     must=[("NL102", "n1")],
     why="'förenligt med pollenallergi' i synlig Bedömning")

case("d68-prick-negativ-ingen-allergi", "vgr", pt("1986-11-04", "m"),
     [M("n1", "Läkaranteckning", "SU_ALLERGI", "Ida Westerlund", "2024-02-08T10:40", [
         ("Utredning", "Pricktest med standardpanel negativt, positiv histaminkontroll."),
         ("Bedömning", "Ingen IgE-medierad allergi påvisad. Nästäppan beror på icke-allergisk rinit, "
                       "nässpray med mometason."),
     ])],
     must_not=[("NL102", "n1")],
     why="allergi negerad och rinit konstaterad utan hedge")

case("d68-misstant-jordnotsallergi-barn-typo", "vgr", pt("2020-08-12", "m"),
     [M("n1", "Läkaranteckning", "DSBUS_ALLERGI", "Mikaela Hult", "2024-04-26T13:45", [
         ("Anamnes", "Svullnad kring munnen och kräkning efter jordnötssmör på förskolan."),
         ("Bedömning", "Ara h 2 4,1 kU/L. Misstänt jordnötsallergi, adrenalinpenna förskrivs och handlingsplan "
                       "till förskolan."),
     ])],
     must=[("NL102", "n1")],
     why="stavfel 'Misstänt' framför jordnötsallergi hos 3-åring")

case("d68-sensibilisering-utan-klinik-barn", "skane", pt("2013-01-19", "f"),
     [M("n1", "Läkaranteckning", "BARN_HBG", "Robert Eliasson", "2024-01-10T10:20", [
         ("Bedömning", "IgE mot katt 3,2 kU/L men inga symtom vid exponering hos mormor som har katt. "
                       "Sensibilisering utan klinisk allergi, ingen åtgärd."),
     ])],
     must_not=[("NL102", "n1")],
     why="konstaterad sensibilisering, klinisk allergi negerad")

case("d68-ingen-misstanke-anafylaxi", "vgr", pt("1994-05-16", "f"),
     [M("n1", "Akutanteckning", "SU_AKUT", "Jonathan Ivarsson", "2024-06-14T22:30", [
         ("Bedömning", "Urtikaria på bålen 2 h efter ibuprofen, inga andningsbesvär, BT 124/78. Ingen misstanke om "
                       "anafylaxi. Aerius och observation 2 h."),
     ], setting="öppenvård")],
     must_not=[("NL102", "n1")],
     why="'ingen misstanke om anafylaxi' är negerat; urtikaria konstaterad")

case("d68-trolig-getinggiftsallergi", "skane", pt("1971-08-29", "m"),
     [M("n1", "Läkaranteckning", "ALLERGI_MALMO", "Marie Nyman", "2024-09-12T10:10", [
         ("Bedömning", "Generaliserad urtikaria och yrsel efter getingstick i augusti. Trolig getinggiftsallergi; "
                       "basalt tryptas och IgE mot geting och bi tas."),
     ], draft=True)],
     must=[("NL102", "n1")],
     why="'trolig getinggiftsallergi'; osignerat utkast")

case("d68-pc-allergi-fragetecken", "vgr", pt("1958-04-08", "f"),
     [M("n1", "Läkaranteckning", "SU_ALLERGI", "Sebastian Öhman", "2024-03-04T09:30", [
         ("Diagnos", "Pc-allergi?"),
         ("Planering", "Uppgiven reaktion i barndomen av oklar typ. Provokation med amoxicillin planeras."),
     ])],
     must=[("NL102", "n1")],
     why="frågetecken efter läkemedelsallergi under sökordet Diagnos")

case("d68-pmo-misstankt-kvalster-ssk", "skane", pt("2000-06-10", "f"),
     [P("n1", "Telefonkontakt", "VC_LINERO", "Lena Axelsson", "2024-02-29T08:20", [
         ("Telefonkontakt", "Pat hör av sig om nästäppa året runt, värst på morgonen. Misstänkt kvalsterallergi "
                            "enligt läkare vid förra besöket, blodprov för IgE tas på tisdag."),
     ], role="sjuksköterska")],
     must_not=[("NL102", "n1")],
     why="PMO-telefonanteckning med 'misstänkt kvalsterallergi' - PMO visar inga diagnoser")

case("d68-aggallergi-eventuellt-provokation", "vgr", pt("2019-03-23", "f"),
     [M("n1", "Sjuksköterskeanteckning", "DSBUS_ALLERGI", "Josefin Lund", "2024-05-09T14:00", [
         ("Åtgärd", "Äggallergi sedan spädbarnsåren, äter bakat ägg utan besvär. Eventuellt provokation med "
                    "kokt ägg till hösten. Mamma informerad om kostråd."),
     ], role="sjuksköterska")],
     must_not=[("NL102", "n1")],
     why="'eventuellt' gäller en provokation (plan); äggallergin är bekräftad")

case("d68-dd-eosinofil-esofagit-barn", "skane", pt("2012-09-26", "m"),
     [M("n1", "Läkaranteckning", "BARNALL_LUND", "Annika Wallin", "2024-05-30T10:55", [
         ("Bedömning", "Pollenallergiker med sväljningssvårigheter och matfastnande. DD eosinofil esofagit, "
                       "remiss gastroskopi."),
     ])],
     must=[("NL102", "n1")],
     why="'DD eosinofil esofagit' hos 11-åring, synligt för vårdnadshavare")

case("d68-bild-som-vid-oas", "vgr", pt("1990-01-31", "f"),
     [M("n1", "Läkaranteckning", "SAS_ALLERGI", "Daniel Lundh", "2024-06-20T11:20", [
         ("Bedömning", "Klåda i munnen av råa äpplen och hasselnötter under björksäsongen. Bild som vid oralt "
                       "allergisyndrom p.g.a. korsreaktion mot björk."),
     ])],
     must=[("NL102", "n1")],
     why="'bild som vid' oralt allergisyndrom")

case("d68-syster-misstankt-celiaki-relative", "skane", pt("2015-10-08", "f"),
     [M("n1", "Läkaranteckning", "BARN_HBG", "Maja Eklöf", "2024-04-18T09:10", [
         ("Aktuellt", "Pollenallergi diagnostiserad 2023, god effekt av desloratadin. Syster har misstänkt "
                      "celiaki, utreds på annat håll."),
     ])],
     must_not=[("NL102", "n1")],
     why="hedgad diagnos gäller systern, inte patienten")

case("d68-om-svullnad-ring-112", "vgr", pt("2016-12-27", "m"),
     [M("n1", "Läkaranteckning", "DSBUS_ALLERGI", "Fredrika Sjögren", "2024-03-15T15:30", [
         ("Planering", "Hasselnötsallergi verifierad med provokation i februari. Om svullnad i svalget eller "
                       "andningsbesvär: ge EpiPen och ring 112. Skolan har fått handlingsplan."),
     ])],
     must_not=[("NL102", "n1")],
     why="villkorlig instruktion och bekräftad allergi, ingen hypotes")

case("d68-mojlig-anstrangningsanafylaxi-vete-lang", "vgr", pt("2015-06-13", "f"),
     [M("n1", "Läkaranteckning", "DSBUS_ALLERGI", "Kristoffer Ahl", "2024-09-24T10:00", [
         ("Anamnes", "9-årig flicka med känd björkpollenallergi och lindrig astma sedan förskoleåldern. Två episoder "
                     "senaste halvåret med generaliserad urtikaria, ansiktssvullnad och andningsbesvär under "
                     "gympalektion, båda gångerna drygt en timme efter lunch med pasta respektive smörgås. Ingen "
                     "reaktion när hon äter vete utan att anstränga sig efteråt. Har inte behövt adrenalin, fick "
                     "antihistamin av skolsköterskan och besvären gick över inom två timmar."),
         ("Läkemedel", "Flutide 50 µg 1x2, Airomir vb (sällan), Aerius under pollensäsong."),
         ("Status", "Gott och opåverkat. Hud ua. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulära "
                    "andningsljud bilat, inga ronki. PEF 280 l/min, vilket motsvarar hennes bästa värde."),
         ("Utredning", "Pricktest vete 2 mm (ej signifikant), björk 8 mm. Specifikt IgE mot omega-5-gliadin "
                       "1,9 kU/L, totalt IgE 210. Tryptas basalt 4,1."),
         ("Bedömning", "Möjlig ansträngningsutlöst anafylaxi relaterad till vete. Astman välkontrollerad, "
                       "ACT för barn 24."),
         ("Planering", "Adrenalinpenna 150 µg förskrivs, instruktion given till pappa och flickan. Undvika vete "
                       "fyra timmar före gympa tills vidare. Handlingsplan till skolan. Återbesök om 3 mån "
                       "för ställningstagande till kombinerad provokation."),
     ])],
     must=[("NL102", "n1")], must_not=[("NL101", "n1")],
     why="lång barnallergianteckning där en rad i Bedömning är en hedgad diagnos ('möjlig ... anafylaxi')")
# ================================================================ sömnmedicin
case("d68-polygrafi-svar-osa-informerad", "skane", pt("1966-04-19", "m"),
     [M("n1", "Läkaranteckning", "SOMN_MALMO", "Åsa Hermansson", "2024-02-16T13:25", [
         ("Utredning", "Polygrafi 2/2: AHI 34/h, ODI 31, lägsta saturation 78 %. Svår obstruktiv sömnapné."),
         ("Åtgärd", "Pat informerad per telefon om resultatet. Remiss för CPAP-utprovning."),
     ])],
     must_not=[("NL102", "n1"), ("NL101", "n1")],
     why="bekräftad sömnapné som patienten informerats om")

case("d68-misstankt-osa-polygrafi-bokas", "vgr", pt("1975-07-07", "m"),
     [M("n1", "Nybesök läkare", "SAS_SOMN", "Karl Isaksson", "2024-03-25T10:35", [
         ("Anamnes", "Snarkar högljutt, sambon har sett andningsuppehåll. Dagtrött, ESS 14. BMI 33."),
         ("Bedömning", "Misstänkt obstruktiv sömnapné. Polygrafi bokas."),
     ])],
     must=[("NL102", "n1")],
     why="'misstänkt obstruktiv sömnapné' i synlig text")

case("d68-ahi-normal-ingen-apne", "vgr", pt("1980-10-25", "f"),
     [M("n1", "Läkaranteckning", "SU_SOMN", "Petra Dahlberg", "2024-05-03T09:15", [
         ("Bedömning", "Polygrafi: AHI 3,1/h, ODI 2. Ingen sömnapné. Snarkning utan apnéer, råd om viktnedgång "
                       "och sidoläge."),
     ])],
     must_not=[("NL102", "n1")],
     why="sömnapné negerad efter normal polygrafi")

case("d68-ev-central-apne-hjartsvikt", "skane", pt("1949-03-31", "m"),
     [M("n1", "Läkaranteckning", "HJSVIKT_LUND", "Torbjörn Alm", "2024-04-10T14:05", [
         ("Bedömning", "Nattlig polygrafi visar periodisk andning av Cheyne-Stokes-typ, AHI 28 med övervägande "
                       "centrala händelser. Ev. central sömnapné sekundärt till hjärtsvikten, EF 30 %."),
     ])],
     must=[("NL102", "n1")],
     why="'ev. central sömnapné' är en hedgad diagnos")

case("d68-dd-narkolepsi-hypersomni", "vgr", pt("2001-11-15", "f"),
     [M("n1", "Läkaranteckning", "SU_SOMN", "Oscar Tegnér", "2024-02-21T11:00", [
         ("Bedömning", "Uttalad dagsömnighet sedan gymnasiet, inga kataplexier. DD narkolepsi typ 2 vs idiopatisk "
                       "hypersomni; polysomnografi följd av MSLT planeras."),
     ], draft=True)],
     must=[("NL102", "n1")],
     why="'DD narkolepsi typ 2 vs idiopatisk hypersomni'; utkast")

case("d68-ev-cpap-utprovning", "skane", pt("1963-12-09", "f"),
     [M("n1", "Sjuksköterskeanteckning", "SOMN_MALMO", "Gun Andersson", "2024-06-07T10:45", [
         ("Planering", "Måttlig OSA, AHI 22. Önskar prova apnéskena först. Ev. CPAP-utprovning efter sommaren "
                       "om skenan inte hjälper."),
     ], role="sjuksköterska")],
     must_not=[("NL102", "n1")],
     why="'ev.' gäller CPAP-utprovning (plan); OSA är fastställd")

case("d68-trolig-restless-legs", "vgr", pt("1959-08-22", "m"),
     [M("n1", "Läkaranteckning", "SU_SOMN", "Lina Rask", "2024-04-29T14:20", [
         ("Bedömning", "Krypningar i benen kvällstid med rörelsetvång, lindras av att gå. Trolig restless legs, "
                       "ferritin 18 µg/L. Järntillskott."),
     ])],
     must=[("NL102", "n1")],
     why="'trolig restless legs'")

case("d68-trolig-osa-barn-tonsiller", "skane", pt("2019-02-14", "m"),
     [M("n1", "Läkaranteckning", "HBG_ONH", "Elsa Nilsson", "2024-03-08T08:40", [
         ("Bedömning", "Snarkar varje natt, föräldrarna ser andningspauser. Tonsiller grad 3. Trolig obstruktiv "
                       "sömnapné p.g.a. tonsillhypertrofi, tonsillotomi planeras."),
     ])],
     must=[("NL102", "n1")],
     why="barn 5 år: 'trolig obstruktiv sömnapné' synlig för vårdnadshavare")

case("d68-pmo-sannolik-somnapne", "skane", pt("1970-05-12", "m"),
     [P("n1", "Läkarbesök", "VC_ESLOV", "Nora Lindgren", "2024-01-22T11:25", [
         ("Bedömning", "Dagtrötthet, snarkar, svårinställd hypertoni. Sannolik sömnapné, remiss till sömnmottagning."),
     ])],
     must_not=[("NL102", "n1")],
     why="PMO: hedgad sömnapné visas inte")

case("d68-make-somnapne-ingen-misstake-typo", "vgr", pt("1968-09-05", "f"),
     [M("n1", "Läkaranteckning", "UDD_ONH", "Hampus Öberg", "2024-05-17T13:55", [
         ("Bedömning", "Maken har sömnapné och använder CPAP. Pat själv snarkar lätt enligt honom, inga "
                       "observerade apnéer. ESS 5. Ingen misstake om sömnapné, ingen polygrafi."),
     ])],
     must_not=[("NL102", "n1")],
     why="stavfel 'misstake' i negation; sömnapné gäller maken")

case("d68-polygrafi-ej-meddelad-svar-osa", "vgr", pt("1958-02-27", "m"),
     [M("n1", "Sjuksköterskeanteckning", "SAS_SOMN", "Ylva Berglund", "2024-04-12T15:35", [
         ("Resultat", "Polygrafi avläst av dr Berg: AHI 41/h, svår obstruktiv sömnapné."),
         ("Telefonkontakt", "Pat ej informerad om resultatet, nås ej på telefon idag. Nytt försök imorgon."),
     ], role="sjuksköterska")],
     must=[("NL101", "n1")], must_not=[("NL102", "n1")],
     why="fastställd sömnapné synlig medan patienten ännu inte har fått resultatet")

case("d68-misstakt-ohs-typo", "skane", pt("1962-06-23", "f"),
     [M("n1", "Daganteckning", "LUND_LUNGAVD", "Adam Svärd", "2024-02-20T10:00", [
         ("Bedömning", "BMI 46, pCO2 7,1 kPa i vaket tillstånd, standardbikarbonat 33. Misstäkt "
                       "obesitas-hypoventilationssyndrom, NIV-utprovning inneliggande."),
     ], setting="slutenvård")],
     must=[("NL102", "n1")],
     why="stavfel 'Misstäkt' framför obesitas-hypoventilationssyndrom")

case("d68-sannolik-kronisk-insomni", "vgr", pt("1985-04-03", "f"),
     [M("n1", "Läkaranteckning", "SKAS_SOMN", "Viktoria Palm", "2024-03-01T09:45", [
         ("Bedömning", "Insomningssvårigheter och tidiga uppvaknanden sedan 1 år, ingen snarkning. Sannolik kronisk "
                       "insomni. KBT-i via Stöd och behandling på 1177 erbjuds."),
     ])],
     must=[("NL102", "n1")],
     why="'sannolik kronisk insomni'")

case("d68-th-sokord-vgr-rbd", "vgr", pt("1950-12-29", "m"),
     [M("n1", "Läkaranteckning", "SU_SOMN", "Rikard Blomqvist", "2024-06-19T10:30", [
         ("Anamnes", "Hustrun beskriver att han slåss och pratar högt i sömnen sedan ett par år, ramlat ur sängen."),
         ("Planering", "Polysomnografi med video bokas."),
         ("Tidiga hypoteser", "Möjlig REM-sömnsbeteendestörning, prodromal parkinsonism?"),
     ])],
     must_not=[("NL102", "n1")],
     why="VGR: hypoteserna står bara under sökordet Tidiga hypoteser")

case("d68-osa-korkort-ej-informerad", "vgr", pt("1971-10-30", "m"),
     [M("n1", "Läkaranteckning", "SU_SOMN", "Marianne Kling", "2024-05-22T11:35", [
         ("Bedömning", "Svår OSA, AHI 52, pat informerad om diagnosen och CPAP startad."),
         ("Planering", "Ej informerad om körkortsreglerna ännu, tas upp vid uppföljning om 4 v."),
     ])],
     must_not=[("NL101", "n1")],
     why="diagnosen är meddelad; det som inte är meddelat är körkortsregler")

# ================================================================ NL101: informerad eller inte
case("d68-ipf-mdd-ej-informerad", "vgr", pt("1945-05-20", "m"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Sten Almgren", "2024-06-10T15:05", [
         ("Bedömning", "MDD-konferens 10/6: konsensus idiopatisk lungfibros."),
         ("Planering", "Pat ej informerad om konferensens slutsats; besked vid återbesök 14/6."),
     ], draft=True)],
     must=[("NL101", "n1")], must_not=[("NL102", "n1")],
     why="fastställd IPF i synlig text före besked; osignerat utkast")

case("d68-ipf-informerad-antifibrotika", "skane", pt("1950-11-08", "m"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Hedvig Lilja", "2024-04-16T10:25", [
         ("Bedömning", "IPF enligt MDD-konferens. Pat informerad om diagnos och prognos, antifibrotisk "
                       "behandling diskuterad. Vill fundera och återkommer."),
     ])],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="IPF är meddelad patienten")

case("d68-sarkoidos-ej-informerd-typo", "skane", pt("1982-01-05", "f"),
     [M("n1", "Läkaranteckning", "MALMO_LUNG", "Joakim Hedin", "2024-08-20T14:15", [
         ("Bedömning", "Sarkoidos verifierad med EBUS-TBNA. Pat ännu ej informerd, åter 2/9."),
     ])],
     must=[("NL101", "n1")],
     why="stavfel 'informerd' - verifierad sarkoidos som patienten inte har fått veta")

case("d68-tb-odling-ej-informerad", "vgr", pt("1993-03-17", "m"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Elisabet Kronberg", "2024-02-23T16:30", [
         ("Bedömning", "Odling från sputum positiv för M. tuberculosis, känslig för förstahandspreparat. "
                       "Lungtuberkulos. Smittskyddsanmälan gjord."),
         ("Planering", "Pat ej informerad om odlingssvaret ännu, tolk bokad till besöket i morgon."),
     ])],
     must=[("NL101", "n1")],
     why="bekräftad lungtuberkulos i synlig text innan patienten informerats")

case("d68-kol-ej-besked-spiro", "skane", pt("1957-09-01", "f"),
     [M("n1", "Läkaranteckning", "LANDSKRONA", "Simon Ek", "2024-04-05T13:40", [
         ("Bedömning", "Spirometri 5/4 visar KOL GOLD 3. Pat har inte fått besked, tas vid återbesök 19/4 då även "
                       "inhalationsbehandling startas."),
     ])],
     must=[("NL101", "n1")],
     why="KOL fastställd men patienten har inte fått besked")

case("d68-astma-barn-informerad-idag", "vgr", pt("2013-02-21", "m"),
     [M("n1", "Läkaranteckning", "DSBUS_ALLERGI", "Tove Engberg", "2024-01-17T10:30", [
         ("Information", "Astma, diagnosen genomgången med pat och mamma idag. Fått astmaskola och skriftlig "
                         "behandlingsplan."),
     ])],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="barn 10 år: diagnosen meddelad till barn och vårdnadshavare idag")

case("d68-ige-normal-ej-meddelat", "skane", pt("1979-12-02", "m"),
     [M("n1", "Sjuksköterskeanteckning", "ALLERGI_MALMO", "Susanne Wik", "2024-03-26T11:10", [
         ("Provsvar", "Total-IgE 45 kU/L, Phadiatop negativt. Ej meddelat pat ännu, skickas i brev."),
     ], role="sjuksköterska")],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="det som inte är meddelat är normala provsvar")

case("d68-spiro-datum-ej-informerad", "vgr", pt("1975-08-14", "f"),
     [M("n1", "Sjuksköterskeanteckning", "ALINGSAS", "Emelie Backman", "2024-02-28T09:05", [
         ("Planering", "Allergisk astma sedan 2019. Pat ej informerad om datum för uppföljande spirometri, tid "
                       "saknas ännu i tidboken."),
     ], role="sjuksköterska")],
     must_not=[("NL101", "n1")],
     why="det som inte är meddelat är ett datum; astman är känd sedan länge")

case("d68-smacellig-far-ej-informeras", "skane", pt("1954-02-10", "m"),
     [M("n1", "Läkaranteckning", "ONKO_LUND", "Per-Olof Sjöstedt", "2024-08-30T12:40", [
         ("Utredning", "PAD från EBUS station 4R: småcellig lungcancer."),
         ("Planering", "Pat får inte informeras förrän MDK 5/9 har tagit ställning till behandling, "
                       "enligt överenskommelse med onkolog."),
     ])],
     must=[("NL101", "n1")],
     why="'får inte informeras' om en synlig cancerdiagnos")

case("d68-hp-bekraftad-faglar-ej-informerad", "skane", pt("1961-07-19", "f"),
     [M("n1", "Läkaranteckning", "YRKES", "Ronja Falk", "2024-05-14T15:20", [
         ("Bedömning", "Hypersensitivitetspneumonit bekräftad, pat informerad om diagnosen igår."),
         ("Planering", "Ännu inte informerad om att fåglarna bör avvecklas, tas vid nästa samtal med maken närvarande."),
     ])],
     must_not=[("NL101", "n1")],
     why="diagnosen meddelad; det som återstår att säga är ett råd (plan)")

case("d68-multinote-vgr-misstankt-sarkoidos-sedan-info", "vgr", pt("1986-04-11", "f"),
     [M("n1", "Läkaranteckning", "SKAS_LUNG", "Alexander Berg", "2024-03-04T11:10", [
         ("Bedömning", "Bilateral hilusförstoring och erytema nodosum, misstänkt sarkoidos. Pat ej informerad om "
                       "misstanken, EBUS först."),
     ]),
      M("n2", "Telefonanteckning", "SKAS_LUNG", "Linda Ståhl", "2024-03-15T14:25", [
          ("Telefonkontakt", "EBUS-svar: sarkoidos bekräftad. Pat informerad per telefon av dr Berg, fått tid för "
                             "uppföljning i maj."),
      ], role="sjuksköterska")],
     must=[("NL101", "n1"), ("NL102", "n1")], must_not=[("NL101", "n2"), ("NL102", "n2")],
     why="n1: hedgad sarkoidos som patienten inte fått höra; n2: bekräftad och meddelad")

case("d68-ssc-ild-ej-informerad", "vgr", pt("1967-12-23", "f"),
     [M("n1", "Läkaranteckning", "SU_REUMA", "Gabriel Nord", "2024-04-24T10:15", [
         ("Bedömning", "Systemisk skleros med interstitiell lungsjukdom på HRCT. Pat ännu ej informerad om "
                       "lungengagemanget, tas vid gemensamt besök med lungläkare."),
     ])],
     must=[("NL101", "n1")],
     why="konstaterad ILD som patienten inte har fått veta")

case("d68-abpa-besked-ej-givet", "skane", pt("1990-09-28", "m"),
     [M("n1", "Läkaranteckning", "LUND_LUNG", "Ellinor Hall", "2024-07-02T13:05", [
         ("Bedömning", "ABPA fastställd utifrån IgE, precipitiner och DT. Besked ej givet till pat, han nås först "
                       "efter semestern."),
     ])],
     must=[("NL101", "n1")],
     why="fastställd ABPA, besked ej givet")

case("d68-stark-misstanke-lc-pat-vet-inte", "vgr", pt("1953-01-26", "m"),
     [M("n1", "Läkaranteckning", "NAL_LUNG", "Ingela Westin", "2024-02-12T16:45", [
         ("Bedömning", "Växande tumör i hö överlob, lungcancer misstänks starkt. Pat vet inte om det ännu, vill ha "
                       "besked först när allt är klart."),
     ], draft=True)],
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="hedgad lungcancer och 'pat vet inte om det ännu' i synlig text; utkast")

case("d68-pizz-ej-underrattad", "skane", pt("1988-05-18", "f"),
     [M("n1", "Läkaranteckning", "HBG_LUNG", "Martin Ekman", "2024-03-13T10:50", [
         ("Bedömning", "Genotypning: homozygot PiZZ, svår alfa-1-antitrypsinbrist. Pat ej underrättad ännu. "
                       "Syskonscreening diskuteras när hon fått beskedet."),
     ])],
     must=[("NL101", "n1")],
     why="'ej underrättad' om bekräftad alfa-1-antitrypsinbrist")

case("d68-fibrotisk-hp-ej-hunnit-meddela", "vgr", pt("1952-10-07", "f"),
     [M("n1", "Läkaranteckning", "SAS_LUNG", "Olof Rehn", "2024-06-14T15:55", [
         ("Bedömning", "Har ej hunnit meddela pat att HRCT visar fibrotisk hypersensitivitetspneumonit med progress "
                       "sedan 2022. Ringer henne efter helgen."),
     ])],
     must=[("NL101", "n1")], must_not=[("NL102", "n1")],
     why="'ej hunnit meddela' en diagnos som HRCT visar")

case("d68-lungemboli-natt-ej-informerad", "skane", pt("1977-11-13", "m"),
     [M("n1", "Jouranteckning", "MAVA_MALMO", "Hugo Nordqvist", "2024-01-27T02:40", [
         ("Bedömning", "DT-angio kl 02: bilaterala segmentella lungembolier, ingen högerkammarbelastning. Fragmin "
                       "insatt. Pat sover, ej informerad ännu, informeras på morgonronden."),
     ], setting="slutenvård")],
     must=[("NL101", "n1")],
     why="bekräftad lungemboli nattetid, patienten ej informerad")

case("d68-hjartsarkoidos-forenlig-inte-fatt-veta", "vgr", pt("1972-06-04", "m"),
     [M("n1", "Läkaranteckning", "SU_HJART", "Charlotte Wide", "2024-05-06T14:10", [
         ("Bedömning", "Hjärt-MR visar fläckvis late enhancement förenlig med hjärtsarkoidos vid känd lungsarkoidos. "
                       "Pat har inte fått veta resultatet, hjärtteamet tar ställning först."),
     ])],
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="'förenlig med hjärtsarkoidos' som patienten inte fått veta")

case("d68-kontaktssk-ej-info-lungcancer", "skane", pt("1958-03-06", "m"),
     [M("n1", "Telefonanteckning", "ONKO_LUND", "Kerstin Ljungberg", "2024-03-07T09:25", [
         ("Telefonkontakt", "Pat ringer och frågar om provsvar. Han är ej informerad om att det är lungcancer; "
                            "dr Åkesson tar beskedet vid besöket 12/3. Bekräftat tiden med pat."),
     ], role="sjuksköterska")],
     must=[("NL101", "n1")],
     why="kontaktsjuksköterska skriver i synlig text att patienten inte vet om sin lungcancer")

case("d68-barn-astma-ej-informerade", "skane", pt("2017-08-31", "f"),
     [M("n1", "Läkaranteckning", "BARN_HBG", "Oliver Sandell", "2024-04-22T11:40", [
         ("Bedömning", "Astma konstaterad med positivt reversibilitetstest och FeNO 52. Varken pat eller "
                       "föräldrarna informerade ännu, besked vid återbesök med astmasjuksköterska."),
     ])],
     must=[("NL101", "n1")],
     why="barn 6 år: fastställd astma, varken barnet eller vårdnadshavarna informerade")

case("d68-dt-normalt-ej-infromerad-typo", "vgr", pt("1981-07-09", "f"),
     [M("n1", "Läkaranteckning", "UDD_MED", "Karl Fors", "2024-03-20T12:05", [
         ("Utredning", "DT thorax utan anmärkning, ingen lungemboli, inga noduli."),
         ("Planering", "Pat ej infromerad om det normala svaret ännu, sekreterare ringer."),
     ])],
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="stavfel 'infromerad'; det som inte är meddelat är ett normalt svar")

case("d68-ev-lungemboli-inskrivning", "vgr", pt("1968-03-12", "f"),
     [M("n1", "Inskrivningsanteckning", "NAL_MEDAVD", "Ludvig Eriksson", "2024-01-12T18:10", [
         ("Bedömning", "Akut pleuritsmärta och takykardi efter långflygning, D-dimer 2,4. Ev. lungemboli, "
                       "DT-angio beställd och Fragmin ges i väntan."),
     ], setting="slutenvård")],
     must=[("NL102", "n1")],
     why="'ev. lungemboli' i synlig inskrivning")


case("d68-bos-transplant-ovetande", "vgr", pt("1975-05-29", "f"),
     [M("n1", "Läkaranteckning", "SU_LUNG", "Ragnhild Sterner", "2024-09-10T14:35", [
         ("Aktuellt", "Lungtransplanterad bilat 2019 p.g.a. cystisk fibros. FEV1 fallit från 2,9 till 2,0 L på ett halvår."),
         ("Bedömning", "Kronisk lungtransplantatdysfunktion av BOS-typ, grad 2. Pat ännu ovetande om BOS-diagnosen, "
                       "transplantationsteamet samlas på torsdag innan samtalet."),
     ])],
     must=[("NL101", "n1")],
     why="'ovetande om diagnosen' - fastställd BOS i synlig text innan patienten fått veta")

case("d68-nsclc-stadium4-besked-ej-lamnat", "skane", pt("1947-12-15", "m"),
     [M("n1", "Läkaranteckning", "CSK_MED", "Yvonne Carlsson", "2024-11-05T10:25", [
         ("Utredning", "PET-DT och leverbiopsi klara."),
         ("Bedömning", "Icke-småcellig lungcancer stadium IV med levermetastaser. Beskedet har ännu inte lämnats "
                       "till pat, kontaktsjuksköterskan bokar tid med hustrun närvarande."),
     ])],
     must=[("NL101", "n1")],
     why="'beskedet har ännu inte lämnats' om en synlig cancerdiagnos")

case("d68-mslt-narkolepsi-ej-fatt-svaret", "vgr", pt("1998-09-16", "m"),
     [M("n1", "Läkaranteckning", "SKAS_SOMN", "Jesper Ljunggren", "2024-10-29T11:50", [
         ("Utredning", "MSLT: medellatens 3 min, två SOREMP. Hypokretin ej analyserat."),
         ("Bedömning", "Narkolepsi typ 2. Pat har ännu inte fått svaret, det ges vid läkarbesök 6/11 "
                       "tillsammans med information om bilkörning."),
     ])],
     must=[("NL101", "n1")],
     why="fastställd narkolepsi som patienten ännu inte fått svar om")
# ================================================================ långa anteckningar
case("d68-lang-ild-nybesok-dd", "skane", pt("1956-10-14", "f"),
     [M("n1", "Nybesök läkare", "LUND_LUNG", "Johan Widell", "2024-09-03T09:00", [
         ("Kontaktorsak", "Remiss från VC Södra Sandby p.g.a. torrhosta och tilltagande andfåddhet, patologisk DT."),
         ("Anamnes", "67-årig kvinna, tidigare frisk bortsett från hypotyreos. Aldrig rökt. Arbetat som "
                     "lärare, numera pensionär. Har sedan tio år undulater i vardagsrummet, två st, rengör buren "
                     "själv varje vecka. Fuktfläck i badrummet som åtgärdades i våras. Besvären började smygande "
                     "för ungefär ett år sedan, orkar inte längre gå i backar med barnbarnen. Ingen feber, ingen "
                     "viktnedgång. Inga ledbesvär, inga hudutslag, ingen sväljningsproblematik, inga vita fingrar "
                     "i kyla."),
         ("Läkemedel", "Levaxin 75 µg, Alvedon vb. Inga kända läkemedelsallergier."),
         ("Status", "AT: gott, ej dyspnoisk i vila. Sat 95 % i vila, 88 % efter 6MWT (420 m). Cor: RR, inga "
                    "blåsljud. Pulm: fina inspiratoriska rassel basalt bilat, inga ronki. Inga trumpinnefingrar, "
                    "inga ödem. Leder: ua."),
         ("Utredning", "Spirometri: FVC 2,10 L (72 %), FEV1/FVC 0,84. DLCO 54 %. HRCT 22/8: retikulation och "
                       "mattglas med mosaikmönster och luftfångst på exspirationsbilder, övre- och mittlobsdominans, "
                       "ingen honeycombing. Lab: SR 28, CRP 4, ANA negativ, CCP negativ, myositpanel skickad."),
         ("Bedömning", "Fibrotisk interstitiell lungsjukdom med restriktion och diffusionsnedsättning. DD kronisk "
                       "hypersensitivitetspneumonit (fåglar) och fibrotisk NSIP."),
         ("Planering", "Bronkoskopi med BAL, precipitiner mot fågelantigen. Fåglarna bör flyttas ut ur bostaden "
                       "redan nu. Anmäls till ILD-konferens efter BAL. Återbesök om 6 v."),
     ])],
     must=[("NL102", "n1")], must_not=[("NL101", "n1")],
     why="lång nybesöksanteckning där bara Bedömningens 'DD ...' är en hypotes; inget om information")

case("d68-lang-osa-uppfoljning-allt-bekraftat", "vgr", pt("1962-01-09", "m"),
     [M("n1", "Mottagningsanteckning läkare", "SU_SOMN", "Anna-Karin Thulin", "2024-10-08T13:30", [
         ("Anamnes", "62-årig man med obstruktiv sömnapné, AHI 38 vid polygrafi i februari. Startade CPAP i "
                     "mars med autotitrering 6-14 cm H2O. Hypertoni sedan 2015, typ 2-diabetes på metformin. "
                     "Arbetar som busschaufför, skiftgång. Sover bättre, hustrun säger att snarkningen är borta. "
                     "Besväras av muntorrhet och att masken läcker vid sidoläge."),
         ("Nedladdning", "Användning 86 % av nätterna, medel 5 h 40 min. Kvarvarande AHI 2,4. Läckage 95:e "
                         "percentil 31 l/min, förhöjt. Medeltryck 9,8 cm H2O."),
         ("Status", "BMI 31,5 (34 vid start). BT 138/84. Svalg: Mallampati 3, tonsiller grad 1. Lätt rodnad över "
                    "näsryggen från masken."),
         ("Bedömning", "Välbehandlad obstruktiv sömnapné, god följsamhet. ESS sjunkit från 15 till 6. Läckaget "
                       "förklarar muntorrheten, som sannolikt minskar med bättre maskpassning. Ingen kvarstående "
                       "dagtrötthet som påverkar trafiksäkerheten."),
         ("Planering", "Ev. byte till helmask, ssk provar ut vid nästa besök. Befuktare aktiveras. Fortsatt "
                       "viktnedgång uppmuntras. Nedladdning via molntjänst om 3 mån, läkarbesök om 1 år."),
     ])],
     must_not=[("NL102", "n1"), ("NL101", "n1")],
     why="lång sömnanteckning där hedgarna bara gäller symtom och planer; sömnapnén är fastställd")

case("d68-lang-inskrivning-misstankt-lc-ej-info", "vgr", pt("1949-06-28", "m"),
     [M("n1", "Inskrivningsanteckning", "SKAS_AVD", "Fredrik Palmér", "2024-10-15T20:30", [
         ("Kontaktorsak", "Inkommer via akuten med ryggsmärta, hosta och viktnedgång."),
         ("Anamnes", "75-årig man, tidigare storrökare (50 paketår), slutade för 5 år sedan. KOL GOLD 2 på "
                     "Spiolto. Sedan 2 mån tilltagande smärta i bröstryggen, värst nattetid, samt hosta med "
                     "enstaka blodstrimmor. Gått ner 8 kg. Bor med hustrun i villa, klarar sig själv."),
         ("Status", "AT: tärd, opåverkad av smärta i vila. Sat 93 %. Pulm: nedsatta andningsljud hö ovanfält. "
                    "Rygg: palpationsöm över Th8-Th9. Neurologiskt: normal kraft och sensibilitet i benen, "
                    "normal blåsfunktion."),
         ("Lab", "Hb 112, CRP 41, Ca 2,78, ALP 4,2, kreatinin 88."),
         ("Bedömning", "DT thorax-buk visar 5 cm tumör i hö överlob och lytiska skelettlesioner i Th8 och "
                       "bäckenet. Misstänkt lungcancer med skelettmetastaser och hyperkalcemi. Pat ej informerad "
                       "om misstanken, besked ges av lungläkare när biopsisvar finns."),
         ("Planering", "Rehydrering, Zometa, oxikodon. MR rygg imorgon för att utesluta hotande kompression. "
                       "Bronkoskopi bokas, SVF-anmälan gjord."),
     ], setting="slutenvård", draft=True)],
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="lång inskrivning: hedgad lungcancer och uttryckligt 'ej informerad om misstanken' i synligt sökord")

case("d68-lang-kol-epikris-informerad", "skane", pt("1946-08-17", "f"),
     [M("n1", "Epikris", "YSTAD_MED", "Marcus Ehrenberg", "2024-11-22T11:00", [
         ("Inskrivningsorsak", "Andnöd och ökade upphostningar sedan fem dagar."),
         ("Vårdförlopp", "78-årig kvinna med KOL GOLD 3, tidigare exacerbation i våras. Inkom med sat 86 %, "
                         "pCO2 6,4 utan acidos. Rtg pulm utan infiltrat, pneumoni kunde inte påvisas. CRP 28, "
                         "influensa- och covid-PCR negativa. Behandlades med prednisolon 30 mg i fem dagar, "
                         "inhalationer med Ipramol och syrgas 1-2 l. Successiv förbättring, syrgas kunde avslutas "
                         "dag 4. Ingen arytmi på telemetri. Fysioterapeut har gått igenom andningsteknik och "
                         "hostteknik."),
         ("Diagnos", "KOL med akut exacerbation (J44.1)."),
         ("Information", "Pat informerad om diagnos, vårdförlopp och plan. Dottern närvarade vid samtalet."),
         ("Uppföljning", "Ev. remiss till lungrehabilitering, tas upp av VC. Spirometri och KOL-ssk på VC om "
                         "6 v. Pneumokockvaccination rekommenderas."),
     ], setting="slutenvård")],
     must_not=[("NL102", "n1"), ("NL101", "n1")],
     why="lång epikris: fastställd KOL-exacerbation, pneumoni negerad, hedge bara på remiss; informerad")

case("d68-lang-pmo-vc-trolig-kol-och-osa", "skane", pt("1959-02-02", "m"),
     [P("n1", "Läkarbesök", "VC_SIMRISHAMN", "Maria Tellström", "2024-09-18T14:15", [
         ("Aktuellt", "65-årig man som söker för trötthet och andfåddhet. Hustrun tycker att han snarkar mer "
                      "och slutar andas ibland på natten. Somnar framför tv:n och har nästan somnat i bilen en "
                      "gång. Hostar mer på vintrarna, vitt slem. Röker 10 cig/dag sedan 45 år."),
         ("Tidigare", "Hypertoni, förmaksflimmer på Eliquis. Fetma."),
         ("Status", "BMI 36. BT 154/92. Cor: oregelbunden rytm, frekvens 78. Pulm: förlängt exspirium, "
                    "enstaka ronki. Svalg: trångt, stor tunga. Halsomfång 45 cm."),
         ("Bedömning", "Trolig KOL och misstänkt obstruktiv sömnapné. ESS 13."),
         ("Planering", "Spirometri med reversibilitet hos ssk. Remiss till sömnmottagningen för polygrafi. "
                       "Rökstopp diskuterat, vill försöka med vareniklin. Informerad om att inte köra bil vid "
                       "trötthet. Åter efter spirometri."),
     ])],
     must_not=[("NL102", "n1")],
     why="lång PMO-anteckning med två hedgade diagnoser; PMO visar inga diagnoser")

case("d68-lang-th-mall-skane-lungcancer", "skane", pt("1951-04-09", "f"),
     [M("n1", "Tidiga hypoteser", "MALMO_LUNG", "Gustaf Lindh", "2024-10-22T16:00", [
         ("Tidiga hypoteser", "Rökare, 73 år. DT thorax visar 3,5 cm spikulerad tumör i vä överlob med "
                              "förstorade lymfkörtlar i aortopulmonella fönstret. Sannolikt lungcancer, trolig "
                              "N2-sjukdom. Pat ej informerad om misstanken, hon har en uttalad cancerfobi och "
                              "maken har bett att vi väntar med besked tills bronkoskopin är gjord. Kontakt med "
                              "kurator planerad inför beskedet. Bronkoskopi och PET-DT bokade nästa vecka."),
     ])],
     must_not=[("NL102", "n1"), ("NL101", "n1")],
     why="Skåne: lång anteckning helt i mallen Tidiga hypoteser - skyddad trots hedge och 'ej informerad'")

# ================================================================ build + validate
SENT_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
PROTECTED_VGR = "Tidiga hypoteser"


def age_at(birth, when):
    b = date.fromisoformat(birth)
    w = when.date() if isinstance(when, datetime) else when
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build():
    problems = []
    out = []
    names = set()
    seen_sent = {}
    for c in CASES:
        name = c["case"]
        if not name.startswith("d68-"):
            problems.append("%s: name prefix" % name)
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % name)
        p = c["patient"]
        pid = p["id"]
        digits = pid[2:8] + pid[9:12]
        if luhn_digit(digits) != pid[12] or pid[:8] != p["birth_date"].replace("-", ""):
            problems.append("%s: personnummer" % name)
        notes = c["notes"]
        ids = {n["id"] for n in notes}
        if len(ids) != len(notes):
            problems.append("%s: duplicate note ids" % name)
        last = None
        for n in notes:
            t = datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append("%s: note date not 2024" % name)
            if n["signed"] is not None and datetime.fromisoformat(n["signed"]).year != 2024:
                problems.append("%s: signed not 2024" % name)
            a = age_at(p["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: age %d" % (name, a))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR non-Melior" % name)
            if n["system"] == "PMO" and n["_unit_key"] not in PMO_UNITS:
                problems.append("%s: PMO note at hospital unit" % name)
            if n["system"] == "Melior" and n["_unit_key"] in PMO_UNITS:
                problems.append("%s: Melior note at PMO unit" % name)
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith(VG):
                problems.append("%s: VGR case with Skåne unit" % name)
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith(SK):
                problems.append("%s: Skåne case with VGR unit" % name)
            last = t if last is None or t > last else last
            for s in n["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (name, n["id"], s["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %s"
                                            % (name, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (name, n["id"], s["keyword"]))
        as_of = c["as_of"] or (last + timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
        asd = datetime.fromisoformat(as_of)
        if asd.year != 2024 or asd < last:
            problems.append("%s: as_of" % name)
        a = age_at(p["birth_date"], asd)
        if 13 <= a <= 15:
            problems.append("%s: age at as_of %d" % (name, a))
        sysmap = {n["id"]: n["system"] for n in notes}
        pairs = []
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append("%s: unexpected code %s" % (name, code))
                if target not in ids:
                    problems.append("%s: target %s missing" % (name, target))
                    continue
                if code == "NL102" and sysmap[target] != "Melior" and lst == "must":
                    problems.append("%s: NL102 must on non-Melior" % name)
                if code == "NL101" and sysmap[target] == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
                pairs.append((code, target))
        if len(pairs) != len(set(pairs)):
            problems.append("%s: code/target both in must and must_not or repeated" % name)
        if not pairs:
            problems.append("%s: asserts nothing" % name)
        if not c["why"]:
            problems.append("%s: no why" % name)
        rec_notes = []
        for n in notes:
            d = dict(n)
            del d["_unit_key"]
            rec_notes.append(d)
        obj = {
            "case": name, "ruleset": c["ruleset"],
            "record": {"patient": p, "as_of": as_of, "notes": rec_notes,
                       "access_events": [], "conversations": [], "treatments": []},
            "must": c["must"], "must_not": c["must_not"], "why": c["why"],
        }
        if list(obj.keys()) != KEYS_CASE:
            problems.append("%s: keys" % name)
        out.append(obj)
    return out, problems


def main():
    out, problems = build()
    # NL102 must_not on PMO is allowed (and intended); NL102 must only on Melior (checked above)
    if problems:
        for pr in problems:
            print("PROBLEM:", pr, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for obj in out:
        for lst in ("must", "must_not"):
            for code, _ in obj[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    regions = {}
    for obj in out:
        regions[obj["ruleset"]] = regions.get(obj["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    print("regions:", regions)
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
