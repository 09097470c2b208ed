#!/usr/bin/env python3
"""Gold cases nl1cc_dev_cases: emergency department and on-call notes (NL1).

Dependency-free and deterministic. `python3 build.py` writes nl1cc_dev_cases.jsonl
beside this file and validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date

NAME = "nl1cc_dev_cases"

# ---------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospitals)
    "SLU": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7301"),
    "SMA": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7302"),
    "HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-7303"),
    "CSK": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7304"),
    "YST": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-7305"),
    "TBG": ("Akutmottagningen, Lasarettet i Trelleborg", "SE2321000255-7306"),
    "HLM": ("Akutmottagningen, Hässleholms sjukhus", "SE2321000255-7307"),
    "BAL": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-7310"),
    "BAM": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7311"),
    "PAM": ("Psykiatrisk akutmottagning, Malmö", "SE2321000255-7320"),
    "OGL": ("Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-7330"),
    "GYM": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7331"),
    "ONH": ("Öron-näsa-halsakuten, Helsingborgs lasarett", "SE2321000255-7332"),
    "INF": ("Infektionsakuten, Skånes universitetssjukhus Lund", "SE2321000255-7333"),
    "KIR6": ("Kirurgavdelning 6, Centralsjukhuset Kristianstad", "SE2321000255-7340"),
    "MED3": ("Medicinavdelning 3, Helsingborgs lasarett", "SE2321000255-7341"),
    "ORTM": ("Ortopedakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7342"),
    "STRL": ("Strokeenheten, Skånes universitetssjukhus Lund", "SE2321000255-7343"),
    "MAVA": ("Medicinsk akutvårdsavdelning, Skånes universitetssjukhus Malmö", "SE2321000255-7344"),
    # Skåne, PMO (primary care)
    "VSJO": ("Vårdcentralen Sjöbo", "SE2321000255-8101"),
    "JLKR": ("Jourcentralen Landskrona", "SE2321000255-8102"),
    "VHOR": ("Vårdcentralen Hörby", "SE2321000255-8103"),
    "VTOM": ("Vårdcentralen Tomelilla", "SE2321000255-8104"),
    "VSIM": ("Vårdcentralen Simrishamn, hemsjukvårdsteam", "SE2321000255-8105"),
    "VBJU": ("Vårdcentralen Bjuv", "SE2321000255-8106"),
    "VESL": ("Vårdcentralen Eslöv, jourmottagning", "SE2321000255-8107"),
    "VOSB": ("Vårdcentralen Osby", "SE2321000255-8108"),
    # VGR, Melior
    "SUS": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-6101"),
    "SUM": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-6102"),
    "SUO": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-6103"),
    "DSB": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-6104"),
    "NAL": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-6105"),
    "SKS": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-6106"),
    "SAS": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6107"),
    "KUN": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-6108"),
    "ALI": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-6109"),
    "UDD": ("Akutmottagningen, Uddevalla sjukhus", "SE2321000131-6110"),
    "LID": ("Akutmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-6111"),
    "PSO": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-6120"),
    "OGM": ("Ögonakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-6121"),
    "GYO": ("Gynakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-6122"),
    "ONHS": ("Öron-näsa-halsakuten, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-6123"),
    "KIRB": ("Kirurgavdelning 14, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6130"),
    "MEDU": ("Medicinavdelning 21, Uddevalla sjukhus", "SE2321000131-6131"),
    "ORTS": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-6132"),
    "BNAL": ("Barnakuten, NÄL Trollhättan", "SE2321000131-6133"),
    "IVAS": ("Infektionsavdelning 2, Skaraborgs Sjukhus Skövde", "SE2321000131-6134"),
}

PMO_UNITS = {"VSJO", "JLKR", "VHOR", "VTOM", "VSIM", "VBJU", "VESL", "VOSB"}


def N(nid, unit, template, author, role, time, signed, sections, setting="öppenvård"):
    """One note. System follows from the unit (PMO units are primary care)."""
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": "PMO" if unit in PMO_UNITS else "Melior",
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time + ":00",
        "signed": None if signed is None else signed + ":00",
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(case, ruleset, pnr, as_of, notes, must, must_not, why):
    CASES.append(dict(case=case, ruleset=ruleset, pnr=pnr, as_of=as_of, notes=notes,
                      must=must, must_not=must_not, why=why))


L = "läkare"
S = "sjuksköterska"

# ============================================================ NL102 positives (Melior)

C("akut-lund-dd-lungemboli-pneumoni", "skane", "19710418-3624", "2024-02-20T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Johanna Persson", L, "2024-02-14T21:40", "2024-02-14T23:05", [
      ("Kontaktorsak", "Andfåddhet och hugg i hö sida sedan två dygn."),
      ("Status", "AT: opåverkad i vila. Sat 93 % rumsluft, AF 22. Pulm: nedsatta andningsljud hö basalt."),
      ("Bedömning", "Dyspné o pleuritsmärta hö. DD lungemboli, pneumoni. DT thorax med kontrast beställd, LMWH i väntan på svar."),
  ])],
  [["NL102", "n1"]], [],
  "differential 'DD X, Y' in Bedömning of a Melior ED note is a visible hypothesis")

C("akut-sahlgrenska-diffdg-slashlista", "vgr", "19990702-1480", "2024-03-09T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Erik Lindqvist", L, "2024-03-03T02:15", "2024-03-03T04:00", [
      ("Anamnes", "24-årig kvinna, buksmärta hö fossa sedan igår kväll, illamående, kräkts x2. Sista mens för 3 v sedan."),
      ("Status", "Buk: ömmar hö fossa, lätt släppömhet. Temp 37,9."),
      ("Bedömning", "Diff dg: gastroenterit/appendicit/ovarialtorsion. U-hCG neg. Gyn-jour + kir-jour kontaktade, UL buk i morgon bitti."),
  ])],
  [["NL102", "n1"]], [],
  "'Diff dg:' followed by a slash list of diagnoses is an uncertain diagnosis in a visible section")

C("akut-nal-pyelonefrit-vs-njursten", "vgr", "19640911-2031", "2024-04-12T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Sara Holm", L, "2024-04-08T16:50", None, [
      ("Aktuellt", "Flanksmärta hö sedan i morse, frossa. Tidigare njursten 2017."),
      ("Lab", "CRP 112, LPK 15,4, krea 98. U-sticka: leuk 3+, nitrit pos, blod 2+."),
      ("Bedömning", "Pyelonefrit vs avstängd njursten hö med infektion. Akut DT urinvägar för att avgöra om avlastning krävs."),
  ])],
  [["NL102", "n1"]], [],
  "'X vs Y' between two diagnoses is a differential, hedged and visible; unsigned draft")

C("akut-helsingborg-fragetecken-fore-commotio", "skane", "19880125-5178", "2024-01-30T00:00:00",
  [N("n1", "HBG", "Akutanteckning", "Mikael Åberg", L, "2024-01-27T01:20", "2024-01-27T02:05", [
      ("Kontaktorsak", "Slagit huvudet i isfläck utanför krogen, kort medvetslös enl kompis."),
      ("Status", "GCS 15, pupiller lika stora o ljusreagerande, amnesi för händelsen. Alkoholpåverkad."),
      ("Bedömning", "?Commotio cerebri. Ej antikoagulantia, DT skalle utan blödning. Obs 6 tim på akuten."),
  ])],
  [["NL102", "n1"]], [],
  "question mark placed before a Latin diagnosis (?Commotio cerebri) is a hedge")

C("akut-malmo-appendicit-fragetecken-efter", "skane", "20010306-2899", "2024-05-11T00:00:00",
  [N("n1", "SMA", "Akutanteckning", "Leila Haddad", L, "2024-05-06T19:05", "2024-05-06T20:30", [
      ("Bedömning", "Vandrande smärta från epigastriet till hö fossa, CRP 41. Appendicit? Kir-jour tillkallad, pat fastar."),
  ])],
  [["NL102", "n1"]], [],
  "question mark directly after a diagnosis (Appendicit?) in a short visible assessment")

C("akut-boras-trol-erysipelas", "vgr", "19570129-4323", "2024-06-18T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Karin Wallin", L, "2024-06-15T14:10", "2024-06-15T15:00", [
      ("Status", "Vä underben: rodnad, värmeökning, skarp gräns mot frisk hud. Fotsvamp mellan tårna. Temp 38,4."),
      ("Bedömning", "Trol. erysepelas vä underben. Ingen abscess palpabel."),
      ("Åtgärd", "Heracillin 1 g x 3 i 10 d. Behandla fotsvampen."),
  ])],
  [["NL102", "n1"]], [],
  "'Trol.' before a misspelled diagnosis (typo 'erysepelas') in a visible section")

C("akut-ystad-sannol-viral-luftvagsinfektion", "skane", "19950921-6306", "2024-11-28T00:00:00",
  [N("n1", "YST", "Akutanteckning", "Tove Ek", L, "2024-11-24T22:45", "2024-11-24T23:10", [
      ("Bedömning", "Feber o hosta 3 d, CRP 14, lungor rena. Sannol. viral övre luftvägsinfektion. Ingen antibiotika."),
  ])],
  [["NL102", "n1"]], [],
  "'Sannol.' before a diagnosis, a one-line ED note")

C("akut-kristianstad-sab-kan-ej-uteslutas", "skane", "19780603-7243", "2024-08-14T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Fredrik Nyström", L, "2024-08-10T03:25", "2024-08-10T05:40", [
      ("Aktuellt", "Plötslig svår huvudvärk under samlag för 9 tim sedan, \"värsta i livet\". Kräkts en gång."),
      ("Status", "Vaken, nackstyvhet ej säker. Inga fokala neurologiska bortfall."),
      ("Bedömning", "DT hjärna utan blödning men > 6 tim från debut. Subaraknoidalblödning kan ej uteslutas, LP planeras på morgonen."),
  ])],
  [["NL102", "n1"]], [],
  "'kan ej uteslutas' after a diagnosis is an explicit hedge")

C("akut-kungalv-ev-begynnande-pneumoni", "vgr", "19460219-1597", "2024-12-09T00:00:00",
  [N("n1", "KUN", "Akutanteckning", "Josefin Berg", L, "2024-12-05T18:30", "2024-12-05T19:45", [
      ("Status", "Knatter vä basalt, Sat 94 %. BT 135/80."),
      ("Bedömning", "KOL-exacerbation, ev. begynnande pnuemoni vä. Rtg pulm beställd."),
      ("Åtgärd", "Combivent inh x 2, Betapred 4 mg. Amimox om rtg visar infiltrat."),
  ])],
  [["NL102", "n1"]], [],
  "'ev. begynnande' hedges a second diagnosis (typo 'pnuemoni') next to a settled one")

C("akut-lund-missankt-sepsis-typo", "skane", "19420512-0415", "2024-03-21T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Oskar Lundgren", L, "2024-03-18T08:40", "2024-03-18T09:25", [
      ("Triage", "RETTS röd: AF 28, BT 88/50, temp 39,6. Förvirrad enl hemtjänsten."),
      ("Bedömning", "Missänkt sepsis med utgångspunkt urinvägar. Blododlingar x2, urinodling, Pip/Taz 4 g iv givet 09.10."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Missänkt' for misstänkt before sepsis, still a hedged diagnosis")

C("akut-alingsas-obs-appendicit", "vgr", "20040117-2515", "2024-09-04T00:00:00",
  [N("n1", "ALI", "Akutanteckning", "Hanna Forsberg", L, "2024-09-01T23:55", "2024-09-02T00:40", [
      ("Bedömning", "Obs. appendicit. Lindrig ömhet hö fossa, CRP 9, LPK 12,1."),
      ("Planering", "Inläggning kir-avd, fastande, dropp. Ny bukpalpation kl 07 av dagjour."),
  ])],
  [["NL102", "n1"]], [],
  "'Obs. appendicit' (observation for suspected appendicitis) is a working hypothesis in a visible section")

C("barnakut-lund-laryngit-fragetecken-dd-epiglottit", "skane", "20190830-0187", "2024-10-16T00:00:00",
  [N("n1", "BAL", "Akutanteckning", "Ida Blomqvist", L, "2024-10-13T02:50", "2024-10-13T03:35", [
      ("Anamnes", "5-åring, vaknat med skällande hosta o inspiratorisk stridor. Feber 38,2. Vaccinerad enl programmet."),
      ("Bedömning", "Laryngit? DD epiglottit mindre sannolikt då barnet dricker o inte dreglar."),
      ("Åtgärd", "Betapred 0,4 mg/kg po. Obs 2 tim, stridor i vila borta vid ny bedömning."),
  ])],
  [["NL102", "n1"]], [],
  "child under 13: 'Laryngit?' and 'DD epiglottit' visible to the guardians in Melior")

C("barnakut-dsb-misstankt-invagination", "vgr", "20221103-2640", "2024-04-25T00:00:00",
  [N("n1", "DSB", "Akutanteckning", "Johan Ekström", L, "2024-04-22T17:15", None, [
      ("Aktuellt", "17 mån gammal pojke, periodvisa skrikattacker sedan lunch, blek mellan attackerna. En blodig blöja."),
      ("Bedömning", "Misstänkt invagination. UL buk beställt akut, barnkirurg informerad."),
  ])],
  [["NL102", "n1"]], [],
  "toddler, 'Misstänkt invagination' in a visible ED note read by guardians; unsigned draft")

C("gynakut-malmo-misstankt-extrauterin", "skane", "19960224-7802", "2024-07-08T00:00:00",
  [N("n1", "GYM", "Akutanteckning", "Maria Strand", L, "2024-07-04T10:20", "2024-07-04T11:45", [
      ("Aktuellt", "Mens 2 v sen, blödning och ensidig smärta vä sedan igår. Pos graviditetstest hemma."),
      ("Undersökning", "Vaginalt UL: ingen intrauterin graviditet, liten mängd fri vätska i fossa Douglasi. S-hCG 1850."),
      ("Bedömning", "Misstänt extrauterin graviditet vä. Inläggning, ny hCG om 48 tim, op-anmäld om progress."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Misstänt' before extrauterine pregnancy at the gynaecological ED, visible")

C("ogonakut-molndal-glaukomanfall-dd-iridocyklit", "vgr", "19520706-3461", "2024-05-30T00:00:00",
  [N("n1", "OGM", "Akutanteckning", "Lars Gustafsson", L, "2024-05-27T20:40", "2024-05-27T21:30", [
      ("Status", "Visus hö 0,2, vä 0,8. Hö öga rött, grund främre kammare, tryck 48 mmHg. Pupill mittvid, trög."),
      ("Bedömning", "?Glaukomanfall hö DD iridocyklit med tryckstegring. Diamox iv, Pilokarpin, Timolol."),
  ])],
  [["NL102", "n1"]], [],
  "eye ED, '?' before the diagnosis plus 'DD' in the same line")

C("ortopedakut-molndal-scafoid-kan-inte-uteslutas", "vgr", "20020919-4372", "2024-02-26T00:00:00",
  [N("n1", "ORTS", "Akutanteckning", "Petra Lind", L, "2024-02-22T13:10", "2024-02-22T13:55", [
      ("Kontaktorsak", "Fall på utsträckt hand på snowboard."),
      ("Status", "Ömhet i fossa tabatière vä, smärta vid axial kompression av tummen."),
      ("Bedömning", "Rtg utan synlig fraktur. Scafoidfraktur kan inte uteslutas, gipsskena o ny rtg om 10–14 d."),
  ])],
  [["NL102", "n1"]], [],
  "'kan inte uteslutas' after a fracture diagnosis (spelling variant scafoid)")

C("jour-kir6-kristianstad-trol-aspirationspneumoni", "skane", "19350227-0923", "2024-01-12T00:00:00",
  [N("n1", "KIR6", "Jouranteckning", "Amir Karimi", L, "2024-01-09T03:15", "2024-01-09T03:40", [
      ("Aktuellt", "Kallad av ssk, pat op dag 2 efter kolecystektomi, nu feber 39,2 o rossliga andningsljud. Kräkts igår kväll."),
      ("Bedömning", "Trol. aspirationspneumoni. Odlingar, rtg pulm imorgon, start Cefotaxim. Dagjouren får följa upp."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [],
  "on-call note on a surgical ward: 'Trol.' hedge in a visible inpatient note")

C("akut-hassleholm-talar-for-njursten", "skane", "19810830-6146", "2024-06-05T00:00:00",
  [N("n1", "HLM", "Akutanteckning", "Camilla Berglund", L, "2024-06-02T07:50", "2024-06-02T08:35", [
      ("Bedömning", "Kolikartad smärta vä flank med utstrålning mot ljumsken, mikroskopisk hematuri. Klinisk bild talar för njursten."),
      ("Åtgärd", "Voltaren 50 mg supp, smärtfri efter 30 min. DT urinvägar polikliniskt."),
  ])],
  [["NL102", "n1"]], [],
  "'Klinisk bild talar för' + diagnosis is a hedge, not a confirmed diagnosis")

C("stroke-lund-mojlig-tia", "skane", "19490318-2659", "2024-04-19T00:00:00",
  [N("n1", "STRL", "Läkaranteckning", "Gustav Öberg", L, "2024-04-16T10:05", "2024-04-16T11:00", [
      ("Aktuellt", "20 min av talsvårighet o domning hö hand i morse, helt återställd vid ankomst."),
      ("Status", "NIHSS 0. Sinusrytm."),
      ("Bedömning", "Möjlg TIA. ABCD2 4. Inläggning för utredning, DT-angio halskärl, start trombocythämning."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Möjlg TIA' (möjlig) on the stroke unit, visible")

C("akut-sus-dd-numrerad-lista-brostsmarta", "vgr", "19740522-4820", "2024-11-06T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Viktor Nilsson", L, "2024-11-02T16:30", "2024-11-02T18:00", [
      ("Aktuellt", "Tryckande bröstsmärta i vila sedan 3 tim, lägesberoende, värre liggande. Förkyld förra veckan."),
      ("Lab", "TnT 18 → 21. CRP 35."),
      ("Bedömning", "DD:\n1. Akut koronart syndrom\n2. Perikardit\n3. Muskuloskeletal smärta\nEKO beställt, kardiolog-konsult."),
  ])],
  [["NL102", "n1"]], [],
  "differential written as a numbered list under 'DD:' with one item a line")

C("akut-trelleborg-differentialdiagnostiskt-pmr", "skane", "19510904-5079", "2024-09-25T00:00:00",
  [N("n1", "TBG", "Akutanteckning", "Henrik Dahl", L, "2024-09-22T11:40", "2024-09-22T12:30", [
      ("Aktuellt", "Stelhet o värk i axlar o höfter i 3 v, värst på morgonen, svårt att ta sig ur sängen."),
      ("Lab", "SR 62, CRP 48."),
      ("Bedömning", "Differentialdiagnostiskt övervägs polymyalgia reumatica. Inga temporalissymtom. Remiss VC för fortsatt utredning."),
  ])],
  [["NL102", "n1"]], [],
  "'Differentialdiagnostiskt övervägs' + Latin diagnosis is a hypothesis")

C("akut-skovde-inte-uteslutet-herpes-zoster", "vgr", "19600111-3916", "2024-03-27T00:00:00",
  [N("n1", "SKS", "Akutanteckning", "Malin Ek", L, "2024-03-24T21:10", "2024-03-24T21:40", [
      ("Bedömning", "Brännande smärta bältesformigt hö thorax Th6, inga blåsor ännu. EKG o TnT normala. Inte uteslutet att det rör sig om en begynande herpes zoster."),
  ])],
  [["NL102", "n1"]], [],
  "'Inte uteslutet att det rör sig om' + diagnosis is a hedge (typo 'begynande')")

C("akut-ystad-trolgen-njurstensanfall-typo", "skane", "19860707-2561", "2024-07-15T00:00:00",
  [N("n1", "YST", "Akutanteckning", "Sofie Åkesson", L, "2024-07-12T05:05", "2024-07-12T05:50", [
      ("Bedömning", "Trolgen njurstensanfall hö. Smärtfri efter Voltaren. Hemgång, DT urinvägar planeras."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Trolgen' for troligen before a diagnosis")

C("akut-nal-appendcit-typo", "vgr", "20060403-4470", "2024-08-29T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Rasmus Törnqvist", L, "2024-08-26T22:20", "2024-08-26T23:15", [
      ("Status", "Ömmar hö fossa, Rovsing pos, psoastecken pos."),
      ("Bedömning", "Appendcit? CRP 56. Kirurg kontaktad, DT buk."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Appendcit?' for appendicit, with a trailing question mark")

C("akut-lund-acs-fragetecken-oklar-genes", "skane", "19630126-7388", "2024-02-09T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Ulrika Hedlund", L, "2024-02-05T09:15", "2024-02-05T10:40", [
      ("Bedömning", "Bröstmärta, oklar genes. ACS? TnT 14, nytt prov om 3 tim. Ingen ST-höjning."),
  ])],
  [["NL102", "n1"]], [],
  "abbreviation 'ACS?' with a question mark after; typo 'Bröstmärta' in the same line")

C("akut-boras-urosepsis-dubbla-fragetecken", "vgr", "19390305-2250", "2024-05-16T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Johanna Ahlgren", L, "2024-05-13T04:40", "2024-05-13T05:30", [
      ("Aktuellt", "Boende på SÄBO, sänkt allmäntillstånd, feber 38,8, ny inkontinens. KAD sedan 2 v."),
      ("Bedömning", "Urosepsis?? Laktat 3,1, BT 95/60. 2 l Ringer, blododlingar, Cefotaxim iv."),
  ])],
  [["NL102", "n1"]], [],
  "double question mark after a diagnosis, nursing-home patient")

C("ortopedakut-malmo-fractura-colli-latin-fragetecken", "skane", "19330918-5480", "2024-12-19T00:00:00",
  [N("n1", "ORTM", "Akutanteckning", "Stefan Bengtsson", L, "2024-12-16T14:25", "2024-12-16T15:30", [
      ("Status", "Vä ben ej förkortat, ej utåtroterat. Kan inte belasta, ont vid rotation i höften."),
      ("Bedömning", "Fractura colli femoris sin? Rtg inkonklusivt. DT höft beställd, pat fastande."),
  ])],
  [["NL102", "n1"]], [],
  "Latin diagnosis with a question mark after (Fractura colli femoris sin?)")

C("akut-sus-susp-diverticulitis-latin", "vgr", "19690628-0794", "2024-06-27T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Emma Wikström", L, "2024-06-24T15:55", "2024-06-24T17:00", [
      ("Bedömning", "Ömhet vä fossa, CRP 97, feber. Susp. diverticulitis coli sigmoidei, ej peritonitiskt. DT buk."),
  ])],
  [["NL102", "n1"]], [],
  "'Susp.' before a Latin diagnosis")

C("akut-skovde-ssk-misstankt-stroke", "vgr", "19450703-1682", "2024-01-18T00:00:00",
  [N("n1", "SKS", "Omvårdnadsanteckning", "Linda Åström", S, "2024-01-15T08:05", "2024-01-15T08:30", [
      ("Triage", "Ankommer med ambulans, hängande mungipa hö, talsvårighet, debut 07.20 enl maken."),
      ("Omvårdnad", "Ssk-bed: misstänkt stroke, strokelarm utlöst 08.02. Pat på britsen med höjd huvudända, PVK x2."),
  ])],
  [["NL102", "n1"]], [],
  "nurse's triage note: 'misstänkt stroke' is a visible hedged diagnosis too")

C("akut-helsingborg-ambulans-fs-hjartinfarkt", "skane", "19580209-4333", "2024-11-13T00:00:00",
  [N("n1", "HBG", "Omvårdnadsanteckning", "Peter Lund", S, "2024-11-10T06:40", "2024-11-10T07:10", [
      ("Ankomst", "Ambulans f.s. hjärtinfarkt. Pat blek, kallsvettig. EKG taget inom 5 min, visat för läkare."),
  ])],
  [["NL102", "n1"]], [],
  "nurse note: 'f.s.' (frågeställning) before a diagnosis is a hypothesis")

C("akut-kungalv-fragan-ar-om-epilepsi-eller-synkope", "vgr", "19970814-3277", "2024-08-21T00:00:00",
  [N("n1", "KUN", "Akutanteckning", "Tobias Hermansson", L, "2024-08-18T13:20", None, [
      ("Aktuellt", "Föll ihop i kön på Ica, ryckningar i ca 10 sek enl vittne, ingen tungbett, ej urinavgång."),
      ("Bedömning", "Frågan är om det rör sig om ett epileptiskt anfall eller en konvulsiv synkope. Remiss neurolog, EEG."),
  ])],
  [["NL102", "n1"]], [],
  "'Frågan är om det rör sig om X eller Y' is an open differential; unsigned draft")

C("akut-trelleborg-oklart-om-dvt-eller-tromboflebit", "skane", "19720430-0896", "2024-04-06T00:00:00",
  [N("n1", "TBG", "Akutanteckning", "Elsa Johansson", L, "2024-04-03T17:25", "2024-04-03T18:00", [
      ("Bedömning", "Svullen, öm vad vä efter flygresa. Oklart om det är en DVT eller ytlig tromboflebit. Fragmin 15 000 E, UL imorgon kl 10."),
  ])],
  [["NL102", "n1"]], [],
  "'Oklart om det är X eller Y' leaves two diagnoses open")

C("psykakut-ostra-trol-psykos-dd-drogutlost", "vgr", "20000312-3965", "2024-03-19T00:00:00",
  [N("n1", "PSO", "Läkaranteckning", "Anna Carlsson", L, "2024-03-16T01:30", "2024-03-16T02:45", [
      ("Aktuellt", "Medförd av polis efter att ha stått och skrikit på spårvagnshållplats. Hör röster som säger åt honom att gömma sig."),
      ("Psykiskt status", "Vaken, orienterad till person. Tankestört, misstänksam, affektivt avflackad. Förnekar suicidtankar."),
      ("Bedömning", "Trol. psykotisk episod, DD drogutlöst psykos. U-tox skickad. Frivillig inläggning accepteras."),
  ])],
  [["NL102", "n1"]], [],
  "psychiatric ED: 'Trol.' + 'DD' on psychosis, visible Melior note")

C("akut-lidkoping-gallsten-kolecystit-pankreatit-fragetecken", "vgr", "19830507-1451", "2024-07-03T00:00:00",
  [N("n1", "LID", "Akutanteckning", "Oscar Fransson", L, "2024-06-30T19:45", "2024-06-30T20:40", [
      ("Bedömning", "Buksmärta epigastriet efter festmåltid – gallsten? kolecystit? pankreatit? Lipas o leverstatus skickade, UL buk i morgon."),
  ])],
  [["NL102", "n1"]], [],
  "three diagnoses each followed by a question mark, after a dash")

C("infektionsakut-lund-meningit-mindre-sannolikt", "skane", "20050629-0618", "2024-09-13T00:00:00",
  [N("n1", "INF", "Akutanteckning", "Marcus Engström", L, "2024-09-10T02:30", "2024-09-10T03:40", [
      ("Status", "Feber 39, huvudvärk, ljuskänslig. Ingen petechier. Lätt nackstelhet, svårvärderad."),
      ("Bedömning", "Meningit bedöms mindre sannolikt men kan inte helt avskrivas. LP gjord, Betapred + Cefotaxim + Doktacillin i väntan på likvorsvar."),
  ])],
  [["NL102", "n1"]], [],
  "'mindre sannolikt men kan inte helt avskrivas' keeps the diagnosis open")

C("akut-alingsas-arbetsdiagnos-trolig-gikt", "vgr", "19590802-1727", "2024-02-16T00:00:00",
  [N("n1", "ALI", "Akutanteckning", "Peter Svensson", L, "2024-02-12T10:35", "2024-02-12T11:05", [
      ("Status", "Svullen, röd, extremt öm MTP I hö. Kan inte ha strumpa på."),
      ("Diagnos", "Arbetsdiagnos: trolig gikt (podager). Urat 520."),
      ("Åtgärd", "Naproxen 500 mg x 2 i 5 d. Urat kontrolleras om på VC efter att anfallet gått över."),
  ])],
  [["NL102", "n1"]], [],
  "working diagnosis at ED discharge explicitly hedged ('Arbetsdiagnos: trolig')")

C("akut-lund-preliminar-diagnos-hjarnskakning", "skane", "20070920-3822", "2024-10-08T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Linnea Sjöström", L, "2024-10-05T16:10", "2024-10-05T17:15", [
      ("Kontaktorsak", "Tackling i fotbollsmatch, huvud mot huvud. Yr o illamående efteråt."),
      ("Diagnos", "Preliminär diagnos: hjärnskakning. Uppfyller ej kriterier för DT."),
      ("Information till patient", "Vila från skärm o träning tills symtomfri, stegvis återgång enl skriftlig instruktion."),
  ])],
  [["NL102", "n1"]], [],
  "'Preliminär diagnos' marks the diagnosis as provisional, hence uncertain and visible")

C("akut-nal-tentativ-bells-pares-dd-borrelia", "vgr", "19800914-0586", "2024-08-09T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Sanna Lindgren", L, "2024-08-06T12:05", "2024-08-06T12:55", [
      ("Status", "Perifer facialispares hö, kan ej rynka pannan. Ingen utslag, fästingbett i juni enl pat."),
      ("Diagnos", "Tentativ diagnos Bells pares, DD neuroborrelios. Prednisolon 50 mg x 1 i 10 d, borreliaserologi."),
  ])],
  [["NL102", "n1"]], [],
  "'Tentativ diagnos' plus DD with an eponym")

C("akut-malmo-sannolikt-ryggskott-cauda-negerad", "skane", "19850503-4119", "2024-01-25T00:00:00",
  [N("n1", "SMA", "Akutanteckning", "David Holmberg", L, "2024-01-22T09:45", "2024-01-22T10:20", [
      ("Bedömning", "Sannolikt ryggskott efter lyft av tvättmaskin. Inga ridbyxeanestesi, normal blåsfunktion, inga tecken på cauda equina-syndrom."),
  ])],
  [["NL102", "n1"]], [],
  "hedged 'Sannolikt ryggskott' in the same sentence as a negated cauda equina: the hedge still fires")

C("akut-uddevalla-trol-pneumomi-typo", "vgr", "19481223-2140", "2024-12-30T00:00:00",
  [N("n1", "UDD", "Akutanteckning", "Christoffer Borg", L, "2024-12-27T18:50", "2024-12-27T19:35", [
      ("Bedömning", "trol pneumomi hö basalt, CRP 166. Doxyferm 200 mg dag 1 sedan 100 mg. Hemgång med anhörig."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'pneumomi' after 'trol' without dot, hedge in lower case")

C("akut-kristianstad-rtg-svar-misstankt-fraktur-mt5", "skane", "19900612-6321", "2024-05-03T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Anneli Roos", L, "2024-04-30T14:50", "2024-04-30T15:20", [
      ("Röntgen", "Rtg vä fot: misstänkt fraktur i basen av MT5, ingen felställning."),
      ("Åtgärd", "Stödsko, belasta efter förmåga. Ny rtg om 2 v."),
  ])],
  [["NL102", "n1"]], [],
  "radiology answer pasted into the ED note keeps its 'misstänkt' and is visible")

C("akut-hassleholm-utkast-trolig-uvi-konfusion", "skane", "19320714-5206", "2024-03-06T00:00:00",
  [N("n1", "HLM", "Akutanteckning", "Malin Holgersson", L, "2024-03-03T15:30", None, [
      ("Bedömning", "Trolig urinvägsinfektion med akut konfusion hos 91-årig kvinna. Urinodling, Selexid."),
  ])],
  [["NL102", "n1"]], [],
  "unsigned draft (pre-signing) with 'Trolig' diagnosis in a visible section")

C("jour-medu-utkast-lungodem-fragetecken", "vgr", "19440501-1281", "2024-11-21T00:00:00",
  [N("n1", "MEDU", "Jouranteckning", "Kristian Moberg", L, "2024-11-18T02:55", None, [
      ("Aktuellt", "Tillkallad pga andnöd, Sat 86 %, rassel bilat upp till skulderbladen."),
      ("Bedömning", "?lungödem vid känd hjärtsvikt. Furix 40 mg iv, sittande, syrgas 3 l. Ny bedömning kl 04."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [],
  "unsigned on-call draft on a medical ward: lower-case '?lungödem'")

C("barnakut-malmo-trol-feberkramp-typo", "skane", "20220416-0416", "2024-02-13T00:00:00",
  [N("n1", "BAM", "Akutanteckning", "Hedvig Nordin", L, "2024-02-10T19:25", "2024-02-10T20:30", [
      ("Aktuellt", "22 mån, generaliserade ryckningar i ca 2 min i samband med feberstegring, nu vaken o lekfull."),
      ("Bedömning", "Trol. ferberkramp. Fokus: otit vä. Ingen meningism."),
      ("Information till patient", "Föräldrarna fått skriftlig info om feberkramper och febernedsättning."),
  ])],
  [["NL102", "n1"]], [],
  "child: typo 'ferberkramp' after 'Trol.', still a hedged diagnosis visible to guardians")

C("akut-molndal-stark-misstanke-lungemboli-wells", "vgr", "19870128-0631", "2024-01-31T00:00:00",
  [N("n1", "SUM", "Akutanteckning", "Julia Nord", L, "2024-01-28T20:20", "2024-01-28T21:10", [
      ("Bedömning", "P-piller, nyligen gipsad vä fot. Takykard 118, Sat 91 %. Wells 6. Stark misstake om lungemboli, Innohep givet, DT-LE akut."),
  ])],
  [["NL102", "n1"]], [],
  "'Stark misstake om' (typo) is still a suspicion, not a confirmed diagnosis")

# ============================================================ NL102 near misses (Melior)

C("akut-tbg-ingen-misstanke-om-fraktur-ottawa", "skane", "19980315-2629", "2024-03-20T00:00:00",
  [N("n1", "TBG", "Akutanteckning", "Klara Svedberg", L, "2024-03-17T19:30", "2024-03-17T19:55", [
      ("Status", "Svullnad lat malleol hö, belastar 4 steg. Ottawa ankle rules neg."),
      ("Bedömning", "Distorsion hö fotled. Ingen misstanke om fraktur, ingen rtg."),
      ("Information till patient", "Högläge, kyla, kompression första dygnet. Stödskena vb."),
  ])],
  [], [["NL102", "n1"]],
  "negated: 'Ingen misstanke om fraktur' next to a settled sprain")

C("akut-sus-le-uteslutes-ddimer", "vgr", "19940108-4216", "2024-02-21T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Oliver Ström", L, "2024-02-18T11:15", None, [
      ("Bedömning", "Stickande bröstsmärta vid djupandning efter förkylning, Wells 0, D-dimer < 0,27. LE uteslutes. Muskuloskeletal smärta, Ipren vb."),
  ])],
  [], [["NL102", "n1"]],
  "negated: lung embolism excluded ('LE uteslutes'), settled musculoskeletal pain; unsigned draft")

C("ortopedakut-molndal-bekraftad-radiusfraktur", "vgr", "19530620-5609", "2024-05-14T00:00:00",
  [N("n1", "ORTS", "Akutanteckning", "Gunnar Hedin", L, "2024-05-11T10:40", "2024-05-11T12:10", [
      ("Röntgen", "Distal radiusfraktur vä med dorsal felställning 25 grader."),
      ("Diagnos", "Dx: Distal radiusfraktur vä (S52.5)."),
      ("Åtgärd", "Reponerad i hematomblockad, dorsal gipsskena. Kontrollrtg efter reposition godtagbar."),
  ])],
  [], [["NL102", "n1"]],
  "confirmed fracture diagnosis with ICD code, no hedge")

C("akut-lund-bekraftad-njursten-dt", "skane", "19790827-6186", "2024-08-31T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Patrik Eriksson", L, "2024-08-28T06:20", None, [
      ("Diagnos", "Njursten 4 mm i distala hö uretär enl DT, lätt hydronefros."),
      ("Information till patient", "Stenen bör passera spontant. Sila urinen, Voltaren vb, åter vid feber."),
  ])],
  [], [["NL102", "n1"]],
  "confirmed diagnosis on CT; discharge advice mentions fever but no hedged diagnosis; unsigned draft")

C("akut-skovde-trol-hemgang-imorgon-hedge-ej-diagnos", "vgr", "19410922-3372", "2024-09-26T00:00:00",
  [N("n1", "SKS", "Jouranteckning", "Lisa Håkansson", L, "2024-09-23T21:40", "2024-09-23T22:00", [
      ("Bedömning", "Känd blödande magsår, gastroskopi gjord idag med klips. Hb stabilt 104 → 106."),
      ("Planering", "Trol. hemgång i morgon efter ny kontroll av Hb. Pantoloc 40 mg x 2."),
  ], setting="slutenvård")],
  [], [["NL102", "n1"]],
  "'Trol.' hedges the discharge, not the diagnosis, which is settled")

C("akut-ystad-ev-aterbesok-suturtagning", "skane", "19890110-2262", "2024-06-22T00:00:00",
  [N("n1", "YST", "Akutanteckning", "Jenny Olsson", L, "2024-06-19T16:35", "2024-06-19T17:00", [
      ("Åtgärd", "3 cm skärsår vä handflata, sensorik o motorik ua distalt. Sutur 4-0 x 5."),
      ("Planering", "Ev. återbesök på VC för suturtagning dag 10–12, alternativt tar pat bort dem själv."),
  ])],
  [], [["NL102", "n1"]],
  "'Ev.' about a follow-up visit, no diagnosis is hedged")

C("akut-nal-trol-snubblat-mekanism", "vgr", "19360205-1496", "2024-02-08T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Tomas Wahlberg", L, "2024-02-05T08:50", "2024-02-05T10:05", [
      ("Anamnes", "Hittad på golvet av hemtjänsten. Har trol. snubblat på tröskeln till badrummet, minns inte själv."),
      ("Status", "Hematom vä tinning, GCS 15. Rörelser i höfter ua."),
      ("Bedömning", "Kontusion vä tinning. DT hjärna utan blödning."),
  ])],
  [], [["NL102", "n1"]],
  "'trol.' hedges how the fall happened, not a diagnosis")

C("akut-malmo-hereditet-far-trol-hjartinfarkt", "skane", "19770316-4074", "2024-07-26T00:00:00",
  [N("n1", "SMA", "Akutanteckning", "Lina Axelsson", L, "2024-07-23T13:10", "2024-07-23T14:20", [
      ("Hereditet", "Far dog plötsligt 45 år gammal, trol. hjärtinfarkt."),
      ("Bedömning", "Hjärtklappning vid stress. EKG sinusrytm, TnT < 5. Benigna extraslag på telemetri."),
  ])],
  [], [["NL102", "n1"]],
  "family history: the father's probable infarction is not the patient's diagnosis")

C("akut-boras-hereditet-mor-moster-ev-brostcancer", "vgr", "19840219-5088", "2024-04-09T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Sofia Lundin", L, "2024-04-06T10:55", "2024-04-06T11:30", [
      ("Hereditet", "Mor o moster ev. bröstcancer, pat vet inte säkert."),
      ("Bedömning", "Mastit hö bröst, ammar 6 v gammal son. Flukloxacillin, fortsätt amma."),
  ])],
  [], [["NL102", "n1"]],
  "family history with 'ev.' on relatives' cancer; the patient's mastitis is settled")

C("akut-kristianstad-tidigare-misstankt-ms-avskriven", "skane", "19880402-5230", "2024-11-09T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Ebba Claesson", L, "2024-11-05T15:45", "2024-11-05T16:30", [
      ("Tidigare sjukdomar", "Utreddes 2019 för misstänt MS efter synstörning, avskrevs efter normal MR o LP."),
      ("Bedömning", "Migrän med aura, typisk bild enl pat. Sumatriptan gav effekt."),
  ])],
  [], [["NL102", "n1"]],
  "past history with typo 'misstänt': an old suspicion ruled out years ago")

C("akut-kungalv-inga-hallpunkter-appendicit", "vgr", "20030707-2827", "2024-07-11T00:00:00",
  [N("n1", "KUN", "Akutanteckning", "Axel Danielsson", L, "2024-07-08T22:10", "2024-07-08T23:00", [
      ("Bedömning", "Diffus buksmärta, lös avföring x 6. Buken mjuk, ingen lokal ömhet. Inga hållpunkter för apendicit. Gastroenterit."),
  ])],
  [], [["NL102", "n1"]],
  "negated 'Inga hållpunkter för apendicit' (typo) next to a settled gastroenteritis")

C("infektionsakut-lund-utan-tecken-till-meningism", "skane", "20011028-4650", "2024-10-31T00:00:00",
  [N("n1", "INF", "Akutanteckning", "Filip Nordström", L, "2024-10-28T20:05", "2024-10-28T20:50", [
      ("Status", "Utan tecken till meningism. Inga hudblödningar. Svalg rodnat."),
      ("Bedömning", "Influensa A, pos snabbtest. Symtomatisk behandling."),
  ])],
  [], [["NL102", "n1"]],
  "negated 'Utan tecken till meningism' and a test-confirmed influenza")

C("akut-sus-hjartinfarkt-utesluten-tnt", "vgr", "19560606-2296", "2024-06-14T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Ingrid Falk", L, "2024-06-11T08:35", "2024-06-11T12:10", [
      ("Bedömning", "Hjärtinfrakt utesluten: TnT 5 → 6 efter 3 tim, EKG oförändrat mot tidigare. Refluxsymtom, start Omeprazol."),
  ])],
  [], [["NL102", "n1"]],
  "negated 'Hjärtinfrakt utesluten' (typo) with serial troponin")

C("akut-hbg-tetanusskydd-fragetecken", "skane", "19750112-1623", "2024-05-21T00:00:00",
  [N("n1", "HBG", "Akutanteckning", "Joakim Söderberg", L, "2024-05-18T18:45", "2024-05-18T19:05", [
      ("Åtgärd", "Hundbett hö underarm, 2 ytliga punktioner. Spolat rikligt, ej suturerat. Tetanusskydd? Senaste dos 2016 – ingen åtgärd behövs."),
  ])],
  [], [["NL102", "n1"]],
  "question mark after vaccination status, not after a diagnosis")

C("akut-lidkoping-hemgang-fragetecken-bakjour", "vgr", "19430630-3415", "2024-03-05T00:00:00",
  [N("n1", "LID", "Akutanteckning", "Moa Hellström", L, "2024-03-02T23:50", "2024-03-03T00:25", [
      ("Planering", "Hemgång? Diskuterat med BJ – ja, dottern sover över. Hemtjänsten informerad."),
      ("Diagnos", "Yrsel, ortostatisk, efter dosökning av Amlodipin."),
  ])],
  [], [["NL102", "n1"]],
  "'Hemgång?' is a question about discharge, not a diagnosis")

C("akut-lund-oklart-om-tagit-eliquis", "skane", "19470418-0282", "2024-04-22T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Karl Ivarsson", L, "2024-04-19T07:30", "2024-04-19T08:15", [
      ("Anamnes", "Förmaksflimmer, Eliquis 5 mg x 2. Oklart om pat tagit sin Eliquis i morse, dosett ej medtagen."),
      ("Bedömning", "Rivsår vä underben efter fall mot sängkant. Steri-strip, förband."),
  ])],
  [], [["NL102", "n1"]],
  "'Oklart om' about medication intake; the known atrial fibrillation is settled")

C("akut-molndal-misstanker-ej-tagit-insulin", "vgr", "19900113-3082", "2024-01-16T00:00:00",
  [N("n1", "SUM", "Akutanteckning", "Hampus Lindström", L, "2024-01-13T03:40", "2024-01-13T05:00", [
      ("Bedömning", "Känd diabetes typ 1. Diabetesketoacidos, pH 7,18, ketoner 5,2. Misstänker att pat inte tagit basinsulin sedan i förrgår pga festande."),
      ("Åtgärd", "DKA-protokoll startat, inläggning MAVA."),
  ])],
  [], [["NL102", "n1"]],
  "'Misstänker att' concerns adherence; the ketoacidosis is confirmed by blood gas")

C("akut-ystad-ingen-missanke-om-dvt-typo", "skane", "19620204-1452", "2024-02-28T00:00:00",
  [N("n1", "YST", "Akutanteckning", "Sven Ohlsson", L, "2024-02-25T13:15", "2024-02-25T13:40", [
      ("Bedömning", "Vadkramp efter löprunda, vaden mjuk, ingen svullnad. Ingen missanke om DVT. Stretching, åter vid svullnad."),
  ])],
  [], [["NL102", "n1"]],
  "typo 'missanke' inside a negation: still negated")

C("akut-kristianstad-ev-oxynorm-vb-lakemedel", "skane", "19830928-3649", "2024-09-30T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Rebecka Jönsson", L, "2024-09-27T20:20", "2024-09-27T21:05", [
      ("Diagnos", "Revbensfraktur vä costa 7–8, ingen pneumothorax."),
      ("Läkemedel", "Alvedon 1 g x 4, ev. Oxynorm 5 mg vb max x 4 de första dagarna."),
  ])],
  [], [["NL102", "n1"]],
  "'ev.' before a drug in the medication plan, the fracture is confirmed")

C("akut-sas-mojligen-hemgang-om-klarar-ga", "vgr", "19370927-5659", "2024-09-03T00:00:00",
  [N("n1", "SAS", "Omvårdnadsanteckning", "Tina Bergqvist", S, "2024-08-31T19:15", "2024-08-31T19:40", [
      ("Omvårdnad", "Möjligen kan pat åka hem i kväll om hon klarar att gå i korridoren med rollator. Fysioterapeut har testat förflyttning."),
  ])],
  [], [["NL102", "n1"]],
  "nurse note: 'Möjligen' hedges going home, no diagnosis mentioned")

C("akut-udd-ospecifik-brostsmarta-r074", "vgr", "19760311-2744", "2024-03-15T00:00:00",
  [N("n1", "UDD", "Akutanteckning", "Daniel Åkerlund", L, "2024-03-12T09:20", "2024-03-12T12:40", [
      ("Diagnos", "Ospecifik bröstsmärta (R07.4). TnT x2 normala, EKG ua."),
      ("Information till patient", "Hjärtat ser bra ut på proverna. Åter vid ny smärta i vila."),
  ])],
  [], [["NL102", "n1"]],
  "symptom diagnosis 'Ospecifik bröstsmärta' at discharge is settled, not hedged")

C("akut-hlm-commotio-cerebri-bekraftad", "skane", "19970622-1885", "2024-06-26T00:00:00",
  [N("n1", "HLM", "Akutanteckning", "Jesper Nilsson", L, "2024-06-23T02:40", "2024-06-23T03:20", [
      ("Diagnos", "Commotio cerebri. DT hjärna ua. Medvetslös ca 1 min enl vittne."),
      ("Information till patient", "Skriftlig info om hjärnskakning, vuxen i hemmet första natten."),
  ])],
  [], [["NL102", "n1"]],
  "Latin diagnosis stated without hedge (compare ?Commotio cerebri)")

C("akut-lund-pat-undrar-om-cancer-inga-fynd", "skane", "19680828-5834", "2024-08-17T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Jonatan Friberg", L, "2024-08-14T10:05", "2024-08-14T11:00", [
      ("Bedömning", "Viktnedgång 2 kg o buksmärta efter semester. Pat undrar om det kan vara cancer; inga fynd som talar för malignitet, normalt Hb o leverstatus. Pat lugnad."),
      ("Diagnos", "Funktionell dyspepsi."),
  ])],
  [], [["NL102", "n1"]],
  "the patient's own worry about cancer, answered with a negation, is no clinician hypothesis")

C("akut-sas-ej-tecken-till-dvt-ul", "vgr", "19710504-2233", "2024-05-10T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Pontus Lindell", L, "2024-05-07T13:40", "2024-05-07T14:30", [
      ("Bedömning", "UL vä ben: ej tecken till DVT. Svullnaden bedöms bero på Bakers cysta, ruptur."),
  ])],
  [], [["NL102", "n1"]],
  "negated 'ej tecken till DVT' after ultrasound; the Baker's cyst rupture is stated")

C("akut-lidk-le-avskrivs-wells-1", "vgr", "19930718-6040", "2024-07-22T00:00:00",
  [N("n1", "LID", "Akutanteckning", "Ellen Jakobsson", L, "2024-07-19T15:15", "2024-07-19T16:00", [
      ("Bedömning", "Andfådd efter långflyg, Wells 1, D-dimer neg. LE avskrivs. Ångest med hyperventilation, lugnats med samtal."),
  ])],
  [], [["NL102", "n1"]],
  "'LE avskrivs': lung embolism written off, a negation")

C("akut-malmo-ingen-klinisk-misstanke-meningit-barn", "skane", "20170419-1459", "2024-04-25T00:00:00",
  [N("n1", "BAM", "Akutanteckning", "Greta Wall", L, "2024-04-21T21:30", "2024-04-21T22:15", [
      ("Bedömning", "6-åring, feber 39,4 o huvudvärk. Opåverkad, leker i väntrummet. Ingen klinisk misstanke om meningit. Tonsillit, strep A pos – PcV."),
  ])],
  [], [["NL102", "n1"]],
  "child: 'Ingen klinisk misstanke om meningit' and a test-confirmed tonsillitis")

# ------------------------------------------------------------ protected (Tidiga hypoteser), NL102 must_not

C("akut-lund-tidiga-hypoteser-mall-myelom", "skane", "19480706-1207", "2024-07-12T00:00:00",
  [N("n1", "SLU", "Tidiga hypoteser", "Ola Brandt", L, "2024-07-09T15:10", "2024-07-09T15:25", [
      ("Bedömning", "Misstänkt myelom: SR 98, Hb 96, Ca 2,9, kotkompressioner. Ej diskuterat med pat, remiss hematologen för utredning."),
  ])],
  [], [["NL102", "n1"], ["NL104", "n1"], ["NL101", "n1"]],
  "Skåne Melior note in the Tidiga hypoteser template: hedged myeloma not told, correct use")

C("akut-sus-sokord-tidiga-hypoteser-lymfom", "vgr", "19860103-3874", "2024-03-08T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Frida Öhman", L, "2024-03-04T14:30", "2024-03-04T15:30", [
      ("Aktuellt", "Nattliga svettningar o trötthet 2 mån. Förstorade lymfkörtlar på halsen."),
      ("Bedömning", "Förstorade lymfkörtlar på halsen, lab taget, remiss ÖNH för biopsi."),
      ("Tidiga hypoteser", "Lymfom? DD tuberkulös lymfadenit. Ej framfört till pat, vill avvakta biopsi."),
  ])],
  [], [["NL102", "n1"], ["NL104", "n1"], ["NL101", "n1"]],
  "VGR: hedged diagnosis only under the sökord Tidiga hypoteser, visible sections neutral")

C("akut-sas-vgr-sokord-th-plus-synlig-dd", "vgr", "19700809-4067", "2024-08-16T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Mats Gunnarsson", L, "2024-08-12T12:45", "2024-08-12T13:50", [
      ("Bedömning", "Yrsel o ostadighet 1 v. DD vestibularisneurit, cerebellär infarkt. MR hjärna beställd."),
      ("Tidiga hypoteser", "Anamnes talar för hög alkoholkonsumtion, ev. Wernicke. Ej tagit upp med pat än."),
  ])],
  [["NL102", "n1"]], [["NL104", "n1"]],
  "VGR: correct Tidiga hypoteser sökord, but the visible Bedömning also carries a DD")

C("jour-mava-skane-th-mall-plus-synlig-anteckning", "skane", "19550321-1244", "2024-03-28T00:00:00",
  [N("n1", "MAVA", "Tidiga hypoteser", "Petra Wennberg", L, "2024-03-25T22:10", "2024-03-25T22:15", [
      ("Bedömning", "Kraftig viktnedgång, järnbristanemi – misstänkt koloncancer. Pat ej informerad, koloskopi planeras."),
  ], setting="slutenvård"),
   N("n2", "MAVA", "Jouranteckning", "Petra Wennberg", L, "2024-03-25T22:20", "2024-03-25T22:35", [
      ("Bedömning", "Anemi Hb 78, järnbrist. 2 enheter blod. Utredning via avdelningen, koloskopi bokas."),
  ], setting="slutenvård")],
  [], [["NL102", "n1"], ["NL101", "n1"], ["NL104", "n1"], ["NL102", "n2"], ["NL101", "n2"]],
  "two notes: hypothesis in Tidiga hypoteser template, the visible sibling note keeps to findings")

C("akut-udd-ed-misstankt-sedan-bekraftad-tva-anteckningar", "vgr", "19580130-1085", "2024-02-06T00:00:00",
  [N("n1", "UDD", "Akutanteckning", "Fanny Hägg", L, "2024-02-01T22:05", "2024-02-01T23:00", [
      ("Bedömning", "Ensidig svaghet vä arm sedan 2 tim. Misstänkt stroke, trombolys ej aktuellt pga warfarin med PK 2,8."),
  ]),
   N("n2", "MEDU", "Läkaranteckning", "Gabriel Ljung", L, "2024-02-02T10:30", "2024-02-02T11:15", [
      ("Bedömning", "MR bekräftar ischemisk stroke i hö a. cerebri media-område. Pat informerad om diagnosen o rehabplan."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]],
  "two notes: suspected stroke in the ED note fires, the confirmed and told diagnosis next day does not")

# ============================================================ PMO (Skåne primary care): hedges never shown

C("pmo-sjobo-trol-viral-tonsillit", "skane", "19990929-2428", "2024-10-02T00:00:00",
  [N("n1", "VSJO", "Besöksanteckning", "Lotta Hansson", L, "2024-09-29T16:20", "2024-09-29T16:40", [
      ("Bedömning", "Ont i halsen 2 d, hosta, Centor 1. Strep A neg. Trol. viral tonsillit."),
  ])],
  [], [["NL102", "n1"]],
  "PMO: diagnoses are never shown in Skåne PMO, so 'Trol.' does not fire")

C("pmo-horby-erythema-migrans-dd-fragetecken", "skane", "19600603-3879", "2024-06-10T00:00:00",
  [N("n1", "VHOR", "Besöksanteckning", "Åsa Wendel", L, "2024-06-07T10:15", None, [
      ("Status", "Rodnad 6 cm i diameter vä knäveck, central uppklarning. Fästing borttagen för 10 d sedan."),
      ("Bedömning", "Erythema migrans? DD insektsbettsreaktion. PcV 1 g x 3 i 10 d."),
  ])],
  [], [["NL102", "n1"]],
  "PMO: '?' and DD in a primary-care note are not visible diagnoses; unsigned draft")

C("pmo-simrishamn-hemsjukvard-misstankt-uvi-ssk", "skane", "19290412-0462", "2024-04-18T00:00:00",
  [N("n1", "VSIM", "Hembesök", "Kerstin Malm", S, "2024-04-15T19:40", "2024-04-15T20:05", [
      ("Omvårdnad", "Kvällsbesök. Pat mer förvirrad än vanligt, illaluktande urin. Misstänkt UVI, urinodling tagen, kontakt med jourläkare som ordinerar Selexid."),
  ])],
  [], [["NL102", "n1"]],
  "PMO home-care nurse: 'Misstänkt UVI' is not shown")

C("pmo-landskrona-jourcentral-otit-barn", "skane", "20200118-0625", "2024-02-02T00:00:00",
  [N("n1", "JLKR", "Jouranteckning", "Emil Rydberg", L, "2024-01-30T18:50", "2024-01-30T19:05", [
      ("Bedömning", "4-åring, öronvärk hö sedan natten. ?Otit hö, trumhinnan rodnad men ej buktande. Exspektans, Alvedon."),
  ])],
  [], [["NL102", "n1"]],
  "PMO child at a jourcentral: '?Otit' not shown to guardians as a diagnosis")

C("pmo-tomelilla-pneumoni-vs-bronkit", "skane", "19520817-2295", "2024-11-26T00:00:00",
  [N("n1", "VTOM", "Besöksanteckning", "Ingela Lind", L, "2024-11-22T11:25", "2024-11-22T11:50", [
      ("Bedömning", "Pnuemoni vs bronkit. CRP 48, ingen dämpning. Doxyferm 5 d."),
  ])],
  [], [["NL102", "n1"]],
  "PMO: 'X vs Y' differential (typo 'Pnuemoni'), primary care, not shown")

C("pmo-bjuv-missankt-baltros-typo", "skane", "19740930-1046", "2024-10-04T00:00:00",
  [N("n1", "VBJU", "Besöksanteckning", "Anton Fridh", L, "2024-10-01T14:35", "2024-10-01T14:55", [
      ("Bedömning", "Missänkt bältros vä Th10, blåsor i grupper. Valaciklovir 1 g x 3 i 7 d."),
  ])],
  [], [["NL102", "n1"]],
  "PMO with a typo 'Missänkt': still not shown, must not fire")

C("pmo-eslov-gikt-fragetecken-urat", "skane", "19660108-4806", "2024-01-15T00:00:00",
  [N("n1", "VESL", "Jouranteckning", "Olle Nyman", L, "2024-01-12T17:10", "2024-01-12T17:30", [
      ("Bedömning", "Röd svullen fotled hö. Gikt? Urat beställt, DD septisk artrit bedöms osannolikt då opåverkad o afebril."),
  ])],
  [], [["NL102", "n1"]],
  "PMO: 'Gikt?' and a DD, primary care")

C("pmo-osby-halt-barn-coxitis-septisk-artrit", "skane", "20160522-2627", "2024-03-18T00:00:00",
  [N("n1", "VOSB", "Besöksanteckning", "Sara Axelsson", L, "2024-03-15T09:40", "2024-03-15T10:10", [
      ("Bedömning", "7-årig pojke haltar sedan igår, feber 38,5. DD coxitis simplex / septisk artrit – remiss barnakuten CSK för prover och UL."),
  ])],
  [], [["NL102", "n1"]],
  "PMO child: slash differential before a referral to the children's ED")

C("pmo-sjobo-kan-ej-utesluta-dvt-remiss-akuten", "skane", "19690225-0254", "2024-02-29T00:00:00",
  [N("n1", "VSJO", "Besöksanteckning", "Magnus Roth", L, "2024-02-26T08:20", "2024-02-26T08:45", [
      ("Bedömning", "Svullet vä underben efter knäoperation för 2 v sedan. Kan ej utesluta DVT, remiss akuten Ystad för UL."),
  ])],
  [], [["NL102", "n1"]],
  "PMO: 'Kan ej utesluta' before a referral, not shown")

C("pmo-tomelilla-lungrtg-ej-informerad", "skane", "19510411-1082", "2024-04-17T00:00:00",
  [N("n1", "VTOM", "Besöksanteckning", "Henrik Borgström", L, "2024-04-12T15:30", "2024-04-12T15:45", [
      ("Provsvar", "Rtg pulm: misstänkt tumör i hö ovanlob, DT rekommenderas. Pat ej informerad ännu, ringer honom i morgon när DT-remissen är skickad."),
  ])],
  [], [["NL102", "n1"]],
  "PMO: hedged tumour and 'not informed' – NL102 never fires on PMO, NL101 not asserted on PMO")

C("pmo-osby-tidiga-hypoteser-mall-demens", "skane", "19380317-0475", "2024-03-22T00:00:00",
  [N("n1", "VOSB", "Tidiga hypoteser", "Sara Axelsson", L, "2024-03-19T11:10", "2024-03-19T11:20", [
      ("Bedömning", "Anhörig beskriver tilltagande minnessvikt o vilsenhet. Misstänkt begynnande demens, ej diskuterat med pat ännu."),
  ])],
  [], [["NL102", "n1"], ["NL104", "n1"]],
  "PMO note in the Tidiga hypoteser template holding a real hypothesis: no NL102, no NL104")

# ============================================================ NL101 positives (Melior)

C("akut-lund-lungtumor-metastaser-ej-informerad", "skane", "19530412-0875", "2024-04-20T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Hugo Lindblad", L, "2024-04-17T22:30", "2024-04-17T23:40", [
      ("Aktuellt", "Hosta o viktnedgång 3 mån, nu hemoptys."),
      ("Röntgen", "DT thorax-buk: tumör i hö ovanlob med multipla levermetastaser."),
      ("Bedömning", "Lungcancer med levermetastaser. Pat ej informerad om fynden i kväll, lungläkare informerar på avdelningen i morgon."),
  ])],
  [["NL101", "n1"]], [],
  "visible ED note names lung cancer and says the patient has not been told")

C("akut-sus-akut-leukemi-ej-informerad", "vgr", "19890305-4669", "2024-03-12T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Ida Lorentzon", L, "2024-03-08T01:15", "2024-03-08T02:00", [
      ("Lab", "Hb 68, TPK 21, LPK 54 med blaster i perifert blod."),
      ("Bedömning", "Akut leukemi. Pat ej informerad – hematologbakjouren tar samtalet i morgon bitti. Inläggning hematologen."),
  ])],
  [["NL101", "n1"]], [],
  "night ED note: leukaemia written and patient explicitly not informed")

C("akut-kristianstad-sannolikt-glioblastom-ej-informerad", "skane", "19620929-1423", "2024-10-04T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Therese Wikström", L, "2024-09-30T18:25", "2024-09-30T19:30", [
      ("Bedömning", "MR hjärna visar sannolikt glioblastom i vä temporallob. Pat ej informerad än – vill att maken är med vid beskedet. Neurokirurg kontaktad."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "hedged brain tumour in a visible note, patient not yet told: both NL101 and NL102")

C("gynakut-ostra-utkast-missed-abortion-ej-meddelat", "vgr", "19920810-5461", "2024-08-15T00:00:00",
  [N("n1", "GYO", "Akutanteckning", "Karolina Hjort", L, "2024-08-12T11:40", None, [
      ("Undersökning", "Vaginalt UL: fosterekon motsvarande v 8, ingen hjärtaktivitet."),
      ("Bedömning", "Missed abortion. Ej meddelat pat – UL ska göras om av gyn-BJ innan besked ges."),
  ])],
  [["NL101", "n1"]], [],
  "unsigned draft: missed abortion written in a visible section before the patient is told")

C("akut-malmo-ssk-lakare-ej-informerat-hoftfraktur", "skane", "19340217-0041", "2024-02-22T00:00:00",
  [N("n1", "SMA", "Omvårdnadsanteckning", "Jessica Lindh", S, "2024-02-19T13:15", "2024-02-19T13:35", [
      ("Omvårdnad", "Pat frågar upprepade gånger vad rtg visade. Läkare har ännu inte informerat pat om höftfrakturen, hänvisat till läkaren. Smärtlindrad med Oxynorm 5 mg."),
  ])],
  [["NL101", "n1"]], [],
  "nurse's note: the hip fracture is named while the doctor has not yet told the patient")

C("akut-nal-pankreascancer-ej-infromerad-typo", "vgr", "19570614-3087", "2024-06-20T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Viktoria Palm", L, "2024-06-17T16:00", "2024-06-17T17:25", [
      ("Bedömning", "Ikterus, DT visar tumör i pankreashuvudet med gallvägsdilatation, förenligt med pankreascancer. Pat ej infromerad om diagnosen ännu, kirurg tar samtalet på avdelningen."),
  ])],
  [["NL101", "n1"]], [],
  "typo 'infromerad' in the not-informed statement about pancreatic cancer")

C("stroke-lund-hjarnblodning-anhoriga-informerade-ej-pat", "skane", "19440928-1286", "2024-10-02T00:00:00",
  [N("n1", "STRL", "Läkaranteckning", "Agnes Lilja", L, "2024-09-29T20:10", "2024-09-29T21:00", [
      ("Bedömning", "Intracerebral blödning vä basala ganglier. Sänkt vakenhet RLS 3."),
      ("Information", "Hustrun informerad om hjärnblödningen per telefon. Pat själv ej informerad pga sänkt vakenhet, görs när han vaknar upp."),
  ], setting="slutenvård")],
  [["NL101", "n1"]], [],
  "relatives told, the patient himself not informed about the bleed: NL101 concerns the patient")

C("akut-molndal-hiv-snabbtest-vanta-beratta", "vgr", "19910423-2047", "2024-04-30T00:00:00",
  [N("n1", "SUM", "Akutanteckning", "Simon Åman", L, "2024-04-26T20:45", "2024-04-26T21:30", [
      ("Bedömning", "Feber, utslag o lymfkörtelsvullnad 2 v efter oskyddat samlag. HIV-snabbtest positivt. Vänta med att berätta för pat om HIV tills bekräftande test är klart, infektionsläkare tar kontakt."),
  ])],
  [["NL101", "n1"]], [],
  "instruction to wait before telling the patient about HIV, written in a visible section")

C("akut-hbg-lungrtg-tumor-pat-redan-hemma", "skane", "19590308-5214", "2024-03-14T00:00:00",
  [N("n1", "HBG", "Akutanteckning", "Elias Sandström", L, "2024-03-11T23:55", "2024-03-12T00:30", [
      ("Bedömning", "Rtg-svar kom efter hemgång: misstänkt tumör i vä hilus. Ej hunnit informera pat, pat hade redan gått hem. Remiss lungmottagningen, VC kontaktas i morgon."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "result after discharge: suspected tumour visible, patient not informed")

C("psykakut-ostra-schizofreni-ej-informerad", "vgr", "19960917-2631", "2024-09-24T00:00:00",
  [N("n1", "PSO", "Läkaranteckning", "Nora Dahlgren", L, "2024-09-20T14:05", "2024-09-20T15:00", [
      ("Bedömning", "Uppfyller kriterier för schizofreni, paranoid typ. Pat ej informerad om diagnosen, behandlande psykiater tar upp det vid återbesöket nästa vecka."),
  ])],
  [["NL101", "n1"]], [],
  "psychiatric ED: schizophrenia stated, patient not informed of the diagnosis")

C("jour-kir6-peritoneal-karcinos-ej-informerat-natt", "skane", "19470620-0476", "2024-06-26T00:00:00",
  [N("n1", "KIR6", "Jouranteckning", "Kevin Hassan", L, "2024-06-23T03:50", "2024-06-23T04:10", [
      ("Bedömning", "Nattjour: DT buk visar peritoneal karcinos o ascites. Ej informerat pat nattetid, dagteamet informerar vid rond."),
  ], setting="slutenvård")],
  [["NL101", "n1"]], [],
  "on-call night note: carcinomatosis named, patient deliberately not told at night")

C("akut-skovde-ms-ej-kommunicerats", "vgr", "19940215-4687", "2024-02-20T00:00:00",
  [N("n1", "SKS", "Akutanteckning", "Lovisa Ek", L, "2024-02-16T10:30", "2024-02-16T11:45", [
      ("Tidigare", "MR förra månaden visade demyeliniserande lesioner, neurologen har ställt diagnosen multipel skleros."),
      ("Bedömning", "Ny synnedsättning vä öga, optikusneurit. Diagnosen multipel skleros har inte kommunicerats med pat ännu, neurolog träffar pat på måndag."),
  ])],
  [["NL101", "n1"]], [],
  "MS stated in the ED note while 'has not been communicated with the patient'")

C("akut-sas-malignt-melanom-ej-underrattad", "vgr", "19640830-5222", "2024-09-05T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Rickard Björk", L, "2024-09-02T15:40", "2024-09-02T16:05", [
      ("Bedömning", "Söker för blödande födelsemärke. PAD från VC-excision visar malignt melanom. Pat ej underrättad, besked ska ges av hudläkare, remiss skickad."),
  ])],
  [["NL101", "n1"]], [],
  "'ej underrättad' about a melanoma read from a pathology report")

C("akut-ystad-aortaaneurysm-ej-fatt-veta", "skane", "19460111-2370", "2024-01-17T00:00:00",
  [N("n1", "YST", "Akutanteckning", "Fredrika Holm", L, "2024-01-14T09:10", "2024-01-14T10:20", [
      ("Röntgen", "DT buk (för njursten): bukaortaaneurysm 6,5 cm, ingen ruptur."),
      ("Bedömning", "Bukaortaaneurysm 6,5 cm som bifynd. Pat har inte fått veta detta ännu, kärlkirurg informerar på mottagningen i veckan."),
  ])],
  [["NL101", "n1"]], [],
  "incidental aneurysm written while 'pat har inte fått veta'")

C("endoskopi-koloncancer-ej-informeras-fore-pad", "skane", "19580914-1079", "2024-09-20T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Louise Bergman", L, "2024-09-17T13:20", "2024-09-17T14:05", [
      ("Bedömning", "Akut koloskopi pga blödning: ulcererande tumör i sigmoideum, trol. koloncancer. Pat ska ej informeras förrän PAD är klart, enl kirurgens önskemål."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "'ska ej informeras förrän PAD' about a probable colon cancer")

C("akut-alingsas-ssk-demensdiagnos-ovetande", "vgr", "19360402-2487", "2024-04-08T00:00:00",
  [N("n1", "ALI", "Omvårdnadsanteckning", "Helena Mattsson", S, "2024-04-05T11:50", "2024-04-05T12:10", [
      ("Omvårdnad", "Dottern berättar att pat är ovetande om sin Alzheimerdiagnos och ber att vi inte tar upp den. Pat lugn, orienterad till person."),
  ])],
  [["NL101", "n1"]], [],
  "nurse: patient unaware of her Alzheimer diagnosis, daughter asks staff not to raise it")

C("akut-lund-utkast-pankreatit-levercirros-ej-berattat", "skane", "19790219-4245", "2024-02-24T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Viktor Ahlström", L, "2024-02-21T05:30", None, [
      ("Bedömning", "Akut pankreatit, lipas 2400. Levercirros på DT, ej berättat för pat ännu – görs av avdelningsläkare när pat är smärtlindrad."),
  ])],
  [["NL101", "n1"]], [],
  "unsigned draft: cirrhosis on CT not yet told to the patient")

C("akut-ed-tva-anteckningar-ej-informerad-sedan-informerad", "vgr", "19480603-3660", "2024-06-10T00:00:00",
  [N("n1", "KUN", "Akutanteckning", "Marcus Wiberg", L, "2024-06-04T23:20", "2024-06-05T00:10", [
      ("Bedömning", "DT thorax: stor pleuravätska hö o tumörmisstänkt förändring. Pat ej informerad om tumörfyndet i natt, trött o ångestfylld."),
  ]),
   N("n2", "KUN", "Läkaranteckning", "Ester Rosén", L, "2024-06-05T13:10", "2024-06-05T13:40", [
      ("Information", "Pat informerad av mig med sonen närvarande om att DT visar en förändring i lungan som kan vara cancer, bronkoskopi planeras."),
  ], setting="slutenvård")],
  [["NL101", "n1"]], [["NL101", "n2"]],
  "two notes: night ED note says not informed (fires), next-day note documents the information (does not)")

# ============================================================ NL101 near misses (Melior)

C("akut-tbg-pat-informerad-om-fraktur", "skane", "19420309-1824", "2024-03-15T00:00:00",
  [N("n1", "TBG", "Akutanteckning", "Robin Gustavsson", L, "2024-03-12T12:30", "2024-03-12T13:30", [
      ("Diagnos", "Collum humeri-fraktur hö, lätt felställd."),
      ("Information till patient", "Pat infromerad om frakturen och planen: mitella 2 v, tid hos fysioterapeut, återbesök ortoped med rtg om 10 d."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "patient informed about the fracture (typo 'infromerad'): the opposite of NL101")

C("akut-sus-pat-informerad-dottern-ej", "vgr", "19390616-3229", "2024-06-20T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Eva Sjögren", L, "2024-06-17T14:20", "2024-06-17T15:10", [
      ("Diagnos", "Pneumoni vä underlob, verifierad på rtg."),
      ("Information till patient", "Pat informerad om diagnos och behandling. Dottern ej informerad – pat vill själv ringa henne i kväll."),
  ])],
  [], [["NL101", "n1"]],
  "a relative not informed while the patient was: no NL101")

C("akut-hbg-ej-informerad-om-aterbesokstid", "skane", "19730727-1457", "2024-07-31T00:00:00",
  [N("n1", "HBG", "Akutanteckning", "Anna-Karin Vik", L, "2024-07-28T10:05", None, [
      ("Diagnos", "Fotledsfraktur Weber A vä."),
      ("Planering", "Pat ej informerad om tid för återbesök – kallas per brev från ortopedmottagningen."),
  ])],
  [], [["NL101", "n1"]],
  "not informed about a follow-up time, not about a diagnosis; unsigned draft")

C("akut-lund-ssk-ej-informerat-om-fasta", "skane", "20020102-5244", "2024-01-06T00:00:00",
  [N("n1", "SLU", "Omvårdnadsanteckning", "Lena Paulsson", S, "2024-01-03T18:40", "2024-01-03T19:00", [
      ("Omvårdnad", "Opanmäld för appendektomi i natt. Har ej hunnit informera pat om fastan inför op, kirurgen gör det vid ronden om en halvtimme."),
  ])],
  [], [["NL101", "n1"]],
  "not informed about fasting before surgery: an instruction, not a diagnosis")

C("akut-malmo-provsvar-normala-ej-informerad", "skane", "19830210-2275", "2024-02-16T00:00:00",
  [N("n1", "SMA", "Telefonanteckning", "Oscar Hellberg", L, "2024-02-13T09:20", "2024-02-13T09:30", [
      ("Provsvar", "Svar på blododlingar från besöket i helgen: negativa x2. Pat ej informerad om provsvaren ännu, når honom inte på telefon – försöker igen i em."),
  ])],
  [], [["NL101", "n1"]],
  "not yet told about negative cultures: no diagnosis is withheld")

C("akut-kungalv-informerad-inte-hjartinfarkt", "vgr", "19670821-4686", "2024-08-24T00:00:00",
  [N("n1", "KUN", "Akutanteckning", "Sanna Hägglund", L, "2024-08-21T21:40", "2024-08-21T23:55", [
      ("Bedömning", "TnT 7 → 7, EKG ua. Bröstsmärtan bedöms muskulär."),
      ("Information till patient", "Pat informerad om att det inte är en hjärtinfarkt. Åter vid ny eller tilltagande smärta, 112 vid svår smärta."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "informed that it is NOT an infarction: negated and communicated")

C("akut-hassleholm-epilepsi-informerad-korkort-ej", "skane", "19990103-2202", "2024-01-09T00:00:00",
  [N("n1", "HLM", "Akutanteckning", "Jakob Linde", L, "2024-01-05T19:35", "2024-01-05T20:25", [
      ("Bedömning", "Andra generaliserade krampanfallet på ett halvår, EEG från i höstas med epileptiform aktivitet. Epilepsi."),
      ("Information till patient", "Pat informerad om diagnosen epilepsi men ännu ej om körkortsreglerna – neurolog tar det vid besöket om 2 v. Får ej köra bil tills vidare."),
  ])],
  [], [["NL101", "n1"]],
  "told the diagnosis, only the driving rules remain: not an uncommunicated diagnosis")

C("akut-udd-ej-informerad-om-remiss", "vgr", "19790511-3648", "2024-05-16T00:00:00",
  [N("n1", "UDD", "Akutanteckning", "Ronja Ericsson", L, "2024-05-13T11:55", "2024-05-13T12:20", [
      ("Planering", "Remiss gastroenterolog för gastroskopi pga långvarig reflux. Pat ej informerad om att remissen skickats, brev från mottagningen kommer."),
      ("Diagnos", "Gastroesofageal refluxsjukdom."),
  ])],
  [], [["NL101", "n1"]],
  "not informed that a referral was sent; the reflux diagnosis itself is plain")

C("akut-lund-th-mall-ej-informerad-mds-ingen-nl101", "skane", "19500928-5650", "2024-10-03T00:00:00",
  [N("n1", "SLU", "Tidiga hypoteser", "Sanna Widell", L, "2024-09-30T16:40", "2024-09-30T16:50", [
      ("Bedömning", "Misstänkt myelodysplastiskt syndrom med pancytopeni. Pat ej informerad om misstanken, benmärgsprov planeras via hematologen."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"], ["NL104", "n1"]],
  "not-informed hypothesis kept in the Tidiga hypoteser template: protected, correct use")

C("akut-nal-sokord-th-ej-informerad-lungcancer", "vgr", "19540527-0868", "2024-05-31T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Ebba Sahlin", L, "2024-05-28T14:15", "2024-05-28T15:05", [
      ("Bedömning", "Långdragen hosta, rökare 40 paketår. Rtg pulm beställd, remiss lungmottagningen."),
      ("Tidiga hypoteser", "Misstänkt lungcancer med tanke på klubbfingrar o viktnedgång. Pat ej informerad om misstanken."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"], ["NL104", "n1"]],
  "VGR: the not-informed hypothesis sits under the sökord Tidiga hypoteser only")

# ============================================================ NL104 (Tidiga hypoteser misuse)

C("akut-malmo-th-mall-hamtas-av-sonen", "skane", "19370111-0243", "2024-01-16T00:00:00",
  [N("n1", "SMA", "Tidiga hypoteser", "Josef Nordin", L, "2024-01-13T18:10", "2024-01-13T18:15", [
      ("Kommentar", "Pat hämtas av sonen kl 19. Nycklarna ligger i jackfickan, rollator står vid entrén."),
  ])],
  [["NL104", "n1"]], [],
  "Tidiga hypoteser template holding only practical logistics, no hypothesis at all")

C("akut-lidkoping-th-sokord-inlagd-pga-platsbrist", "vgr", "19520302-3626", "2024-03-07T00:00:00",
  [N("n1", "LID", "Akutanteckning", "Vilma Persson", L, "2024-03-04T20:20", "2024-03-04T21:00", [
      ("Bedömning", "Erysipelas hö underben. Iv antibiotika."),
      ("Tidiga hypoteser", "Inlagd på ortopedavdelningen som överlägg pga platsbrist på medicin."),
  ])],
  [["NL104", "n1"]], [],
  "VGR sökord Tidiga hypoteser used for a bed-placement remark")

C("akut-lund-th-mall-hoftfraktur-fastslagen-informerad", "skane", "19330524-1071", "2024-05-30T00:00:00",
  [N("n1", "SLU", "Tidiga hypoteser", "Klas Borén", L, "2024-05-27T09:45", "2024-05-27T09:50", [
      ("Bedömning", "Diagnos fastställd: höftfraktur hö (collum). Pat informerad o inlagd på ortopeden för op i morgon."),
  ])],
  [["NL104", "n1"]], [],
  "Tidiga hypoteser template holding a settled diagnosis the patient has been told")

C("akut-sus-th-sokord-njursten-bekraftad-informerad", "vgr", "19840802-3250", "2024-08-08T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Alexander Ring", L, "2024-08-05T03:05", "2024-08-05T03:40", [
      ("Åtgärd", "Voltaren 50 mg iv, smärtfri. Hemgång."),
      ("Tidiga hypoteser", "Njursten bekräftad på DT, pat informerad och hemskickad med Voltaren."),
  ])],
  [["NL104", "n1"]], [],
  "VGR: confirmed and communicated kidney stone put under Tidiga hypoteser")

C("akut-ystad-th-mall-pneumoni-infromerad-typo", "skane", "19550819-4296", "2024-08-23T00:00:00",
  [N("n1", "YST", "Tidiga hypoteser", "Moa Eklund", L, "2024-08-20T15:55", "2024-08-20T16:00", [
      ("Bedömning", "Pat infromerad om bekräftad pneumoni vä (rtg), hemgång med Kåvepenin 1 g x 3."),
  ])],
  [["NL104", "n1"]], [],
  "typo 'infromerad': settled, told pneumonia in the Tidiga hypoteser template")

C("akut-boras-th-sokord-kontakta-dottern", "vgr", "19410113-0856", "2024-01-19T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Cecilia Lund", S, "2024-01-16T12:05", "2024-01-16T12:25", [
      ("Omvårdnad", "Pat vilar, smärtlindrad. Väntar på transport."),
      ("Tidiga hypoteser", "Kontakta dottern innan pat skickas hem, hon vill hämta."),
  ])],
  [["NL104", "n1"]], [],
  "nurse uses sökord Tidiga hypoteser for a message to colleagues, no hypothesis")

C("akut-hbg-th-mall-diabetes-informerad-metformin", "skane", "19690404-2493", "2024-04-10T00:00:00",
  [N("n1", "HBG", "Tidiga hypoteser", "Ali Mansour", L, "2024-04-07T14:30", "2024-04-07T14:40", [
      ("Bedömning", "Nydebuterad diabetes typ 2, HbA1c 71. Pat har fått information om diagnosen o startat Metformin, uppföljning VC."),
  ])],
  [["NL104", "n1"]], [],
  "settled diabetes diagnosis already told, documented in Tidiga hypoteser")

C("akut-sks-th-sokord-rontgen-bestalld", "vgr", "19770928-3027", "2024-10-02T00:00:00",
  [N("n1", "SKS", "Akutanteckning", "Lukas Sundberg", L, "2024-09-29T13:25", None, [
      ("Bedömning", "Knäskada vid fotboll, svullnad, låsningar."),
      ("Tidiga hypoteser", "Rtg knä beställd, svar väntas. MR via ortopedmottagningen."),
  ])],
  [["NL104", "n1"]], [],
  "VGR: Tidiga hypoteser sökord contains only orders, no hypothesis; unsigned draft")

C("akut-sus-th-sokord-alkoholberoende-hypotes", "vgr", "19750304-1464", "2024-03-09T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Hanna Brodin", L, "2024-03-06T02:40", "2024-03-06T03:20", [
      ("Bedömning", "Fall i trappa, sårskada bakhuvud suturerad. DT skalle ua."),
      ("Tidiga hypoteser", "Förhöjda levervärden o makrocytos talar för alkoholöverkonsumtion, möjligt beroende. Ej tagit upp med pat, bör utredas vidare av VC."),
  ])],
  [], [["NL104", "n1"], ["NL102", "n1"]],
  "VGR: real, uncommunicated hypothesis in Tidiga hypoteser: correct use")

C("psykakut-malmo-th-mall-atstorning", "skane", "20030825-2287", "2024-08-30T00:00:00",
  [N("n1", "PAM", "Tidiga hypoteser", "Elin Thorsson", "psykolog", "2024-08-27T16:15", "2024-08-27T16:25", [
      ("Bedömning", "BMI 16,5, undviker frågor om mat, kompenserande träning. Bilden inger misstanke om ätstörning (anorexia nervosa?), ej diskuterat ännu."),
  ])],
  [], [["NL104", "n1"], ["NL102", "n1"]],
  "psychologist: a genuine early hypothesis in the Tidiga hypoteser template")

C("akut-sas-th-sokord-fnd-vs-ms", "vgr", "19970405-3058", "2024-04-11T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Adam Stenberg", L, "2024-04-08T17:30", None, [
      ("Bedömning", "Domningar o svaghet hö ben, växlande. Neurologiskt status inkonsistent. Remiss neurologen."),
      ("Tidiga hypoteser", "Funktionell neurologisk störning vs MS – för tidigt att ta upp med pat innan MR."),
  ])],
  [], [["NL104", "n1"], ["NL102", "n1"]],
  "VGR: 'X vs Y' kept under Tidiga hypoteser until MR: correct use; unsigned draft")

# ============================================================ more variants, typos, told-the-patient

C("akut-hbg-pneumothorax-kan-ej-utselutas-typo", "skane", "19980827-3503", "2024-09-02T00:00:00",
  [N("n1", "HBG", "Akutanteckning", "Alice Brink", L, "2024-08-29T23:15", "2024-08-29T23:50", [
      ("Bedömning", "Lång smal man, plötslig smärta vä thorax o andfåddhet. Andningsljud svagare vä. Pneumothorax kan ej utselutas, rtg pulm akut."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'utselutas' in 'kan ej uteslutas' after pneumothorax")

C("akut-molndal-sannolkit-gallstensanfall-typo", "vgr", "19730815-1211", "2024-08-20T00:00:00",
  [N("n1", "SUM", "Akutanteckning", "Isabelle Marklund", L, "2024-08-17T01:55", "2024-08-17T02:40", [
      ("Bedömning", "Smärta under hö arcus efter fet middag, Murphys tecken pos. Sannolkit gallstensanfall, leverprover ua. UL gallvägar polikliniskt."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Sannolkit' before a diagnosis, eponym in status")

C("akut-lidkoping-ingen-misstnake-om-fraktur-typo", "vgr", "20050314-3224", "2024-03-20T00:00:00",
  [N("n1", "LID", "Akutanteckning", "Melvin Jansson", L, "2024-03-17T14:45", "2024-03-17T15:05", [
      ("Bedömning", "Stukat vä knä i handbollsträning. Stabilt, full ROM. Ingen misstnake om fraktur. Kontusion, PRICE."),
  ])],
  [], [["NL102", "n1"]],
  "typo 'misstnake' inside a negation: still not a hedged diagnosis")

C("akut-udd-differantialdiagnos-vertigo-typo", "vgr", "19560226-0407", "2024-02-29T00:00:00",
  [N("n1", "UDD", "Akutanteckning", "Sebastian Lönn", L, "2024-02-26T10:05", "2024-02-26T11:30", [
      ("Status", "Horisontell nystagmus åt vä, HINTS: head impulse patologiskt åt hö, ingen skew."),
      ("Bedömning", "Differantialdiagnos: vestibularisneurit hö / stroke i bakre cirkulationen. HINTS talar mer för perifer orsak, MR bokas ändå pga kärlriskfaktorer."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Differantialdiagnos' followed by a slash differential")

C("akut-csk-inga-tecken-pa-pnemoni-typo", "skane", "19910129-1285", "2024-02-03T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Wilma Carlsson", L, "2024-01-31T12:20", "2024-01-31T12:45", [
      ("Bedömning", "Hosta 3 v efter covid. Lungorna rena, Sat 98 %. Inga tecken på pnemoni. Postinfektiös hosta, avvakta."),
  ])],
  [], [["NL102", "n1"]],
  "typo 'pnemoni' in a negated mention: must not fire")

C("akut-sks-ej-infomerad-om-cancerbeskedet-typo", "vgr", "19500915-4252", "2024-09-19T00:00:00",
  [N("n1", "SKS", "Akutanteckning", "Gustav Hallberg", L, "2024-09-16T19:45", None, [
      ("Bedömning", "Skelettmetastaser vid känd prostatacancer, ny smärta i bäckenet. Pat ej infomerad om att cancern spridit sig, urolog informerar på mottagningen i morgon."),
  ])],
  [["NL101", "n1"]], [],
  "typo 'infomerad': metastatic spread written, the patient not yet told; unsigned draft")

C("akut-hlm-pat-informerad-anhoriga-ej-informerde-typo", "skane", "19450906-0614", "2024-09-12T00:00:00",
  [N("n1", "HLM", "Akutanteckning", "Ludvig Sörensen", L, "2024-09-09T16:20", "2024-09-09T17:10", [
      ("Diagnos", "Hjärtsvikt, nydebuterad, NT-proBNP 4200, EKO med EF 30 %."),
      ("Information till patient", "Pat informerad om diagnosen hjärtsvikt o behandlingen. Anhöriga ej informerde, pat vill ta det själv."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "typo 'informerde' about relatives; the patient was told his heart failure diagnosis")

C("akut-tbg-gallbasan-kolecystit-fragetecken-typo", "skane", "19640721-1645", "2024-07-27T00:00:00",
  [N("n1", "TBG", "Akutanteckning", "Irene Jeppsson", L, "2024-07-24T10:15", "2024-07-24T11:20", [
      ("Röntgen", "UL: gallbåsan förtjockad vägg 5 mm, konkrement i halsen."),
      ("Bedömning", "Kolecystit? CRP 88. Inläggning kirurgen, Tazocin."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'gallbåsan' in the ultrasound line, 'Kolecystit?' in the assessment")

C("akut-sus-ssk-misstankt-hoftfraktur-forkorat-typo", "vgr", "19310920-2287", "2024-09-25T00:00:00",
  [N("n1", "SUS", "Omvårdnadsanteckning", "Amra Hodzic", S, "2024-09-22T07:15", "2024-09-22T07:35", [
      ("Triage", "Hittad på golvet i hemmet. Hö ben utåtroterat o förkorat, misstänkt höftfraktur. Smärtskattning NRS 8, smärtlindring enl PM."),
  ])],
  [["NL102", "n1"]], [],
  "nurse triage with typo 'förkorat': 'misstänkt höftfraktur' visible")

C("barnakut-dsb-ev-pnemuoni-typo", "vgr", "20200909-0289", "2024-03-04T00:00:00",
  [N("n1", "DSB", "Akutanteckning", "Tuva Engberg", L, "2024-02-29T15:30", "2024-02-29T16:10", [
      ("Bedömning", "3-åring, feber 5 d o snabb andning, AF 40. Indragningar. ev pnemuoni vä, rtg pulm beställd. Sat 94 %."),
  ])],
  [["NL102", "n1"]], [],
  "child, guardians read: typo 'pnemuoni' after lower-case 'ev'")

C("akut-malmo-informerat-sannolikt-virusinfektion", "skane", "19970226-1257", "2024-03-01T00:00:00",
  [N("n1", "SMA", "Akutanteckning", "Mira Holst", L, "2024-02-27T20:10", "2024-02-27T20:35", [
      ("Information till patient", "Informerat pat om att det sannolikt rör sig om en virusinfektion, antibiotika gör ingen nytta. Åter vid andfåddhet eller feber > 5 d."),
  ])],
  [], [["NL101", "n1"]],
  "discharge information: the hypothesis itself was told to the patient")

C("akut-nal-pat-informerad-om-misstanke-appendicit", "vgr", "20010918-2626", "2024-09-24T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Maja Söderlund", L, "2024-09-21T18:40", "2024-09-21T19:30", [
      ("Bedömning", "Ömhet hö fossa, CRP 38. Misstänkt appendicit."),
      ("Information till patient", "Pat informerad om misstanken om blindtarmsinflammation, fastar, DT i kväll."),
  ])],
  [], [["NL101", "n1"]],
  "the suspicion was explicitly told to the patient (lay word blindtarmsinflammation)")

C("akut-sks-dd-aortadissektion-avfardad", "vgr", "19580606-2674", "2024-06-12T00:00:00",
  [N("n1", "SKS", "Akutanteckning", "Kent Rydén", L, "2024-06-09T05:15", "2024-06-09T06:40", [
      ("Bedömning", "Ryggsmärta med akut debut. Aortadissektion avfärdad med DT-angio. Lumbago, smärtlindring o mobilisering."),
  ])],
  [], [["NL102", "n1"]],
  "'avfärdad' (dismissed) negates the diagnosis, the remaining one is settled")

C("jour-med3-helsingborg-trol-delirium-dd-abstinens", "skane", "19510217-0825", "2024-02-22T00:00:00",
  [N("n1", "MED3", "Jouranteckning", "Oskar Wilhelmsson", L, "2024-02-19T02:25", None, [
      ("Aktuellt", "Kallad pga orolig pat som river av sig kläderna o ser insekter på väggen. Inlagd för pneumoni dag 2."),
      ("Bedömning", "Trol. delirium pga infektion, DD alkoholabstinens (uppgiven hög konsumtion). CIWA, Oxascand enl schema, tiamin iv."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [],
  "on-call night note: 'Trol.' + DD (delirium vs withdrawal), visible; unsigned draft")

C("akut-ystad-fragetecken-inom-parentes", "skane", "19390904-1851", "2024-09-10T00:00:00",
  [N("n1", "YST", "Akutanteckning", "Håkan Lindeberg", L, "2024-09-07T15:40", "2024-09-07T16:20", [
      ("Bedömning", "Ökad andfåddhet o bensvullnad, 3 kg viktuppgång (hjärtsviktsförsämring?). Furix 40 mg iv, diures 1200 ml."),
  ])],
  [["NL102", "n1"]], [],
  "hedged diagnosis with a question mark inside parentheses")

C("akut-alingsas-tveksam-tia-fragestallning", "vgr", "19470929-1449", "2024-10-02T00:00:00",
  [N("n1", "ALI", "Akutanteckning", "Karin Strömberg", L, "2024-09-28T13:35", "2024-09-28T14:25", [
      ("Bedömning", "Kortvarig synförlust hö öga, som en gardin. Tveksam amaurosis fugax, DD migränaura. Halskärls-UL beställt, ASA."),
  ])],
  [["NL102", "n1"]], [],
  "'Tveksam' before a Latin diagnosis plus a DD")

C("akut-lund-mistankt-typo-subduralhematom", "skane", "19360822-2026", "2024-08-27T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Rikard Olin", L, "2024-08-24T17:50", "2024-08-24T18:30", [
      ("Bedömning", "Tilltagande förvirring 1 v, fall för 3 v sedan, Waran. Mistänkt subduralhematom, DT hjärna akut, PK-reversering förberedd."),
  ])],
  [["NL102", "n1"]], [],
  "typo 'Mistänkt' before a subdural haematoma")

C("akut-boras-hypoglykmi-matt-oklart-dos-ssk-typo", "vgr", "19510730-3835", "2024-08-02T00:00:00",
  [N("n1", "SAS", "Omvårdnadsanteckning", "Emelie Rask", S, "2024-07-30T06:20", "2024-07-30T06:45", [
      ("Omvårdnad", "Ambulans: pat svettig o förvirrad i hemmet, P-glukos 1,9 – hypoglykmi. Oklart om pat tagit dubbel dos Humalog i går kväll. Glukos iv i ambulansen, nu vaken o orienterad. Frukost serverad, ny glukos kl 07."),
  ])],
  [], [["NL102", "n1"]],
  "nurse, typo 'hypoglykmi': measured hypoglycaemia, the hedge is about the insulin dose")

# ============================================================ long mixed ED notes (300+ words)

C("lang-akut-lund-buksmarta-dd-divertikulit", "skane", "19660320-3461", "2024-03-26T00:00:00",
  [N("n1", "SLU", "Akutanteckning", "Cecilia Nordqvist", L, "2024-03-22T14:10", "2024-03-22T17:45", [
      ("Kontaktorsak", "Buksmärta vä fossa sedan 3 dygn, tilltagande, feber i natt 38,6. Remitterad från Vårdcentralen Staffanstorp."),
      ("Anamnes", "58-årig kvinna, tidigare frisk bortsett från hypertoni. Smärtan började diffust i nedre delen av buken i fredags och har sedan lokaliserats till vä fossa. Ingen diarré men lösare avföring än vanligt, inget blod. Aptiten nedsatt, illamående utan kräkningar. Inga miktionsbesvär. Postmenopausal sedan 6 år. Ingen tidigare liknande episod. Röker inte, alkohol enstaka glas vin i helgerna. Koloskopi har aldrig gjorts."),
      ("Läkemedel", "Enalapril 10 mg x 1. Inga antikoagulantia eller NSAID. Överkänslighet: penicillin, utslag som barn."),
      ("Status", "AT: opåverkad, rör sig obehindrat. Temp 38,1, puls 96, BT 145/85, AF 16, Sat 98 %. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulära andningsljud bilat. Buk: mjuk, palpationsöm i vä fossa med lätt défense lokalt, ingen släppömhet, inga palpabla resistenser. Tarmljud normala. Rektalt: mjuk avföring, inget blod på handsken."),
      ("Socialt", "Bor med maken i radhus i Dalby, arbetar som lärare på mellanstadiet. Inga barn hemma. Kör bil, cyklar till jobbet sommartid. Inga resor utomlands senaste halvåret, ingen antibiotika senaste tre månaderna."),
      ("Tidigare sjukdomar", "Hypertoni sedan 2015. Hysterektomi 2010 pga myom. Appendektomerad som barn. Ingen känd hjärt- eller lungsjukdom."),
      ("Lab", "CRP 132, LPK 13,8, Hb 131, krea 71, leverstatus ua, lipas 0,4. U-sticka ua."),
      ("Bedömning", "Vänstersidig buksmärta med feber o stegrade inflammatoriska prover. DD divertikulit, infektiös kolit, mindre troligt tumör med täckt perforation. DT buk med iv kontrast beställd, svar beräknas inom 3 tim. Pat opåverkad o kan vänta på britsen i korridoren efter smärtlindring."),
      ("Åtgärd", "Alvedon 1 g po, Oxynorm 5 mg po. Fastande tills DT-svar. PVK vä armbåge, Ringer-Acetat 1000 ml."),
      ("Information till patient", "Förklarat att vi väntar på DT för att se vad smärtan beror på och att det kan bli antibiotika eller inläggning beroende på svaret. Pat vet att hon ska säga till personalen om smärtan ökar. Maken på väg in."),
      ("Planering", "Vid komplicerad bild på DT inläggning på kirurgen med iv antibiotika, annars hemgång med peroral behandling o klar vätskekost några dagar. Kirurgjouren är informerad o tar över om DT visar abscess eller fri gas. Koloskopi rekommenderas om 6–8 v oavsett svaret, remiss skrivs vid utskrivning. Ssk ombedd att ta ny temp o puls om två timmar."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "long ED note, telegraphic status, one DD sentence in Bedömning; the patient was informed of the plan")

C("lang-akut-sus-synkope-vasovagal-negerat", "vgr", "19930611-2864", "2024-06-15T00:00:00",
  [N("n1", "SUS", "Akutanteckning", "Albin Hedström", L, "2024-06-12T09:35", "2024-06-12T13:20", [
      ("Kontaktorsak", "Svimmat på jobbet, kort medvetslöshet. Inkommer med ambulans."),
      ("Anamnes", "31-årig man, frisk, inga läkemedel. Stod upp på ett möte i varm lokal, kände sig varm, yr o illamående, sedan blev det svart. Kollega beskriver att han segnade ned, blek, vaknade efter ca 20 sek o var direkt klar. Inga kramper, ingen tungbett, ingen urinavgång. Ingen bröstsmärta eller hjärtklappning före. Har svimmat två gånger tidigare i samband med blodprov. Ingen plötslig död i släkten under 40 års ålder. Idrottar regelbundet utan besvär. Åt ingen frukost i dag, sov dåligt i natt."),
      ("Status", "AT: gott, pratar obehindrat. Puls 64 regelbunden, BT liggande 128/76, stående efter 3 min 122/78 utan symtom. Temp 36,8. Cor: inga blåsljud, inga extraslag. Pulm ua. Neurologiskt: pupiller lika, inga fokala bortfall, normal gång. Liten kontusion vä kind utan sårskada."),
      ("Socialt", "Bor med sambo i lägenhet i Majorna, arbetar som ekonom. Spelar innebandy två gånger i veckan utan att ha svimmat eller fått bröstsmärta under matcher. Kaffe 3–4 koppar per dag, energidryck ibland, snusar inte."),
      ("EKG", "Sinusrytm 62/min, PQ 0,16, QRS 0,09, QTc 412 ms, ingen preexcitation, inga ST-T-förändringar, inget Brugadamönster."),
      ("Lab", "Hb 148, elektrolyter ua, P-glukos 5,4, TnT < 5."),
      ("Bedömning", "Vasovagal synkope med tydliga prodromer i varm miljö efter fasta. Inga tecken på kardiell genes: normalt EKG, normalt status, inga ansträngningsrelaterade symtom, ingen hereditet. Epileptiskt anfall bedöms inte föreligga då han var direkt orienterad utan ryckningar. Ingen DT skalle indicerad."),
      ("Information till patient", "Pat informerad om bedömningen o vad som utlöser vasovagala svimningar. Råd: ät o drick regelbundet, sätt dig ned eller lägg dig vid förkänningar, korsa benen o spänn musklerna. Ingen restriktion för bilkörning vid en enstaka reflexsynkope med tydlig utlösare. Åter vid svimning i samband med ansträngning eller hjärtklappning."),
      ("Planering", "Hemgång. Ingen uppföljning planerad."),
      ("Uppföljning", "Ingen remiss till kardiolog behövs i dagsläget. Om fler svimningar utan förkänningar, vid ansträngning eller liggande bör han kontakta sin vårdcentral för långtids-EKG. Han har fått skriftlig information om svimning o vätskeintag. Arbetsgivaren informerad av pat själv, åter i arbete i morgon."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "long note with a settled diagnosis, differentials all negated, patient informed")

C("lang-akut-malmo-brostsmarta-hereditet-le-uteslutet", "skane", "19720216-2447", "2024-02-20T00:00:00",
  [N("n1", "SMA", "Akutanteckning", "Omar Saleh", L, "2024-02-17T19:50", "2024-02-17T23:30", [
      ("Kontaktorsak", "Bröstsmärta sedan i eftermiddags."),
      ("Anamnes", "52-årig man som efter ett pass på gymmet fick en skärande smärta vä bröstkorg, värre vid vridning o djupa andetag. Ingen utstrålning, ingen andnöd, inga illamåenden. Smärtan kvarstår men är lägesberoende. Ingen nylig resa, ingen immobilisering, inga bensvullnader. Rökt fram till 40 års ålder, nu rökfri. Hyperlipidemi behandlad med statin."),
      ("Hereditet", "Bror fick trol. hjärtinfarkt vid 55 års ålder, far hade kärlkramp. Mor frisk."),
      ("Läkemedel", "Atorvastatin 20 mg x 1."),
      ("Socialt", "Gift, två tonårsbarn. Arbetar som bussförare i Malmö stad, tränar styrka tre gånger i veckan sedan i höstas. Ingen alkohol under veckorna, inga droger. Har inte varit sjuk senaste tiden, ingen förkylning eller feber."),
      ("Läkemedel", "Atorvastatin 20 mg x 1."),
      ("Status", "AT: opåverkad, sitter bekvämt. BT 138/84 hö, 136/82 vä. Puls 72, Sat 99 %, AF 14, temp 36,9. Cor: regelbunden rytm, inga blåsljud, inga gnidningsljud. Pulm: vesikulära andningsljud, inga biljud. Bröstkorg: reproducerbar palpationsömhet över costa 4–5 vä parasternalt. Ben: inga ödem, vader mjuka."),
      ("EKG", "Sinusrytm 70/min, normal axel, inga ischemitecken, oförändrat mot EKG från 2021."),
      ("Lab", "TnT 4 → 5 efter 3 tim. D-dimer 0,21. CRP 2. Hb 152."),
      ("Bedömning", "Bröstväggssmärta efter träning. Akut koronart syndrom utesluten med två normala TnT o normalt EKG. LE uteslutet med PERC neg o normal D-dimer. Aortadissektion inte aktuell: ingen BT-skillnad, smärtan lägesberoende. Hereditet för kranskärlssjukdom noteras, riskfaktorer följs via VC."),
      ("Åtgärd", "Naproxen 250 mg x 2 i 5 d. Ingen inläggning."),
      ("Information till patient", "Pat informerad om att proverna o EKG är normala och att smärtan kommer från bröstväggen. Ska vila från tyngre styrketräning en vecka. Uppmanad att boka tid på VC för blodfetter o BT-kontroll. Åter eller 112 vid tryckande smärta i vila, andnöd eller svimning."),
      ("Planering", "Hemgång efter andra TnT. Inget arbets-EKG nu då smärtan är tydligt relaterad till bröstkorgsväggen, men VC kan överväga det vid fortsatta besvär i samband med ansträngning. Recept på Naproxen skickat till apotek. Sjukskrivning inte aktuell, han kör buss men har inga neurologiska symtom o ingen svimning."),
  ])],
  [], [["NL102", "n1"]],
  "long note: the only hedge is in family history, every acute differential is excluded")

C("lang-akut-nal-sepsis-oklart-fokus-dd", "vgr", "19400127-2634", "2024-01-31T00:00:00",
  [N("n1", "NAL", "Akutanteckning", "Jenny Carlberg", L, "2024-01-27T16:25", "2024-01-27T19:55", [
      ("Kontaktorsak", "Feber o förvirring, skickad från korttidsboende."),
      ("Anamnes", "83-årig kvinna med hjärtsvikt, typ 2-diabetes o tidigare kolecystektomi. Enl personal på boendet tröttare sedan två dagar, äter dåligt, i dag feber 39,3 och frossa. Hostar lite men inte mer än vanligt. Urinen har luktat starkare. Magen öm enl pat men hon kan inte lokalisera. Ingen diarré. Anhörig (dotter) kontaktad per telefon o beskriver att mamma brukar vara helt klar i huvudet."),
      ("Läkemedel", "Furix 40 mg x 1, Metformin 500 mg x 2, Bisoprolol 2,5 mg, Eliquis 2,5 mg x 2, Alvedon vb."),
      ("Socialt", "Korttidsboende sedan 2 v efter vårdtillfälle för hjärtsvikt, planeras åter till egen lägenhet med hemtjänst. Rullator. Änka, dottern bor i Vänersborg o är kontaktperson."),
      ("Status", "AT: påverkad, sömnig men väckbar, desorienterad till tid. Temp 39,0, puls 112 oregelbunden, BT 98/55, AF 26, Sat 92 % luft. Cor: oregelbunden rytm, inget säkert blåsljud. Pulm: krepitationer bilat basalt, likt status vid förra vårdtillfället. Buk: mjuk, diffust öm i övre delen, lätt ömhet under hö arcus. Hud: inga sår, ingen rodnad, trycksårsfri. Nacke: mjuk."),
      ("Lab", "CRP 245, LPK 18,2, laktat 3,4, krea 141 (tidigare 90), bilirubin 38, ALP 4,1, ALAT 1,9. U-sticka: leuk 2+, nitrit neg."),
      ("Bedömning", "Sepsis med oklart fokus. DD pneumoni, urinvägsinfektion, kolangit – stigande bilirubin o ömhet under hö arcus talar för gallvägar men lungstatus svårtolkat pga hjärtsvikt. Akut njurskada prerenal. NEWS 9, kontaktat IVA-konsult som bedömer att pat kan vårdas på avdelning med täta kontroller."),
      ("Åtgärd", "Blododlingar x2, urinodling, sputumodling om möjligt. Pip/Taz 4 g x 4 iv, första dos 17.05. Ringer 1000 ml, sedan utvärdering pga hjärtsvikt. Metformin pausas. Rtg pulm o UL lever-gallvägar beställda. KAD för timdiures."),
      ("Information", "Dottern informerad per telefon om att mamma har en allvarlig infektion o läggs in. Pat själv informerad i enkla ordalag, förstår att hon ska stanna på sjukhuset."),
      ("Planering", "Inläggning medicinavdelning 31 med NEWS-kontroller varje timme första fyra timmarna. Ny bedömning av jourläkare kl 22 med laktat o diures. Vid stigande laktat eller BT under 90 systoliskt kontaktas IVA på nytt. Ställningstagande till behandlingsbegränsning diskuteras med dottern i morgon, pat själv har tidigare uttryckt att hon vill ha full behandling."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "long ED note: sepsis of unclear focus with a three-item DD; both patient and daughter informed")

C("lang-jour-kristianstad-anemi-misstanke-malignitet-ej-informerad", "skane", "19490510-0840", "2024-05-16T00:00:00",
  [N("n1", "CSK", "Akutanteckning", "Sebastian Malmqvist", L, "2024-05-12T21:15", "2024-05-12T23:50", [
      ("Kontaktorsak", "Trötthet o andfåddhet vid ansträngning, remiss från VC pga Hb 74."),
      ("Anamnes", "74-årig man, tidigare frisk bortsett från hypertoni. Trött sedan ett par månader, nu andfådd redan efter en trappa. Gått ned 7 kg sedan jul utan att försöka. Avföringen mörkare senaste veckorna enl hustrun, ingen synlig färskt blod. Ingen buksmärta. Aptiten sämre. Inga NSAID. Ingen tidigare gastroskopi eller koloskopi. Deltar inte i screening."),
      ("Läkemedel", "Amlodipin 5 mg x 1. Inga blodförtunnande."),
      ("Socialt", "Pensionerad snickare, bor med hustrun i villa utanför Åhus. Aktiv i trädgården men har fått ge upp promenaderna senaste månaden. Röker inte sedan 25 år, alkohol ett par öl i veckan. Kör bil."),
      ("Hereditet", "Ingen känd tarmcancer i släkten. Mor hade diabetes."),
      ("Status", "AT: blek, opåverkad i vila. Puls 98, BT 132/70, Sat 97 %, temp 36,7. Cor: systoliskt blåsljud 2/6 över hela prekordiet. Pulm ua. Buk: mjuk, oöm, ingen palpabel resistens, lever ej förstorad. Rektalt: svart avföring på handsken, ingen palpabel tumör. Lymfkörtlar: inga förstorade."),
      ("Lab", "Hb 71, MCV 69, ferritin 5, TPK 412, LPK 7,2, CRP 11, krea 88, albumin 31. PK 1,0."),
      ("Bedömning", "Järnbristanemi med melena o viktnedgång. Stark misstanke om gastrointestinal malignitet, i första hand ventrikel eller höger colon. Pat ej informerad om misstanken i kväll, vill invänta gastroskopi i morgon innan vi tar upp det. Cirkulatoriskt stabil."),
      ("Åtgärd", "2 enheter erytrocytkoncentrat. Pantoloc 40 mg iv x 2. Fasta från midnatt inför gastroskopi. Inläggning medicinavdelningen. Järn iv efter endoskopi."),
      ("Information till patient", "Informerat pat o hustrun om att blodvärdet är lågt och att det finns tecken på blödning från magtarmkanalen, vilket ska utredas med gastroskopi i morgon, sedan ev. koloskopi. De frågade inte om cancer och jag har inte tagit upp det."),
      ("Planering", "Gastroskopi bokad kl 09 i morgon på endoskopienheten. Beroende på fynd koloskopi under vårdtiden eller polikliniskt inom två veckor. Ny Hb efter transfusionen kl 06. Ansvarig läkare på avdelningen får ta ställning till när o hur resultaten ska diskuteras med pat. Hustrun har lämnat sitt telefonnummer o vill bli uppringd efter undersökningen."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "long note: suspected GI malignancy in a visible Bedömning and explicitly not told to the patient")

C("lang-akut-skovde-migran-informerad", "vgr", "19950130-2823", "2024-02-03T00:00:00",
  [N("n1", "SKS", "Akutanteckning", "Linnéa Gran", L, "2024-01-30T15:05", "2024-01-30T18:30", [
      ("Kontaktorsak", "Svår huvudvärk sedan i morse, kräkts."),
      ("Anamnes", "28-årig kvinna med känd migrän sedan tonåren, vanligen 2–3 anfall per månad som hon behandlar med Sumatriptan. Dagens anfall började gradvis vid 06-tiden med flimmer i synfältet i 20 min följt av bultande huvudvärk vä sida, ljus- och ljudkänslighet. Samma karaktär som tidigare anfall men längre, tabletten kom upp vid kräkning. Ingen feber, ingen nackstelhet, inget trauma. Inte gravid, har p-stav. Ingen ny medicinering."),
      ("Socialt", "Arbetar som sjuksköterska på en vårdcentral i Skövde, skiftarbete. Sambo, inga barn. Har haft mycket stress på jobbet senaste månaden o sovit oregelbundet. Dricker mycket kaffe, ingen alkohol i veckorna."),
      ("Läkemedel", "Sumatriptan 50 mg vb, Naproxen 500 mg vb, p-stav (Nexplanon). Inga förebyggande migränläkemedel hittills."),
      ("Status", "AT: ligger i mörkt rum, lätt påverkad av smärta. Temp 36,9, BT 124/78, puls 80. Neurologiskt: vaken, orienterad, pupiller lika o ljusreagerande, normala ögonrörelser, ingen facialispares, normal kraft o sensibilitet i alla extremiteter, normala reflexer, Romberg ua, normal gång. Nacke: mjuk, inga meningitiska tecken. Fundus: skarpa papiller bilat."),
      ("Bedömning", "Migränanfall med aura, typiskt för pat men förlängt pga att läkemedlet kräktes upp. Inga röda flaggor: gradvis debut, känd sjukdom med samma mönster, normalt neurologiskt status, afebril. Ingen indikation för DT hjärna eller LP."),
      ("Åtgärd", "Primperan 10 mg iv, Toradol 30 mg iv, Ringer-Acetat 1000 ml. Vid ny kontroll efter en timme huvudvärk 2/10, illamåendet borta, har druckit o ätit en smörgås."),
      ("Information till patient", "Pat informerad om bedömningen att detta är ett förlängt migränanfall. Rekommenderat Sumatriptan nässpray eller munsönderfallande tablett när hon mår illa. Hon bör ta upp anfallsfrekvensen med sin VC-läkare, då förebyggande behandling kan bli aktuellt. Åter vid plötslig åskknallshuvudvärk, feber med nackstelhet eller nytillkommen svaghet."),
      ("Planering", "Hemgång med sambo som hämtar."),
      ("Uppföljning", "Ingen uppföljning från akuten. Hon har fått råd om att föra huvudvärksdagbok i tre månader, med anfallens längd, utlösande faktorer o läkemedelsintag, och ta med den till vårdcentralen. Råd om regelbunden sömn, måltider o att begränsa värktabletter till högst tio dagar i månaden för att undvika läkemedelsöverförbrukning."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "long note: known migraine, red flags negated, patient told the diagnosis")

C("lang-barnakut-lund-gastroenterit-ingen-misstanke-invagination", "skane", "20210614-0847", "2024-06-20T00:00:00",
  [N("n1", "BAL", "Akutanteckning", "Mikaela Runesson", L, "2024-06-16T22:40", "2024-06-17T01:10", [
      ("Kontaktorsak", "Kräkningar o diarré sedan 1,5 dygn, föräldrar oroliga för uttorkning."),
      ("Anamnes", "2,5-årig flicka, tidigare frisk, fullvaccinerad. Började kräkas i förrgår kväll, sedan lös vattnig avföring 6–8 gånger per dygn utan blod. Feber 38,5 första dygnet. Storasyster på förskolan hade samma symtom förra veckan. Dricker små klunkar, senaste blöta blöjan för 7 tim sedan. Magsmärta periodvis men inga skrikattacker, leker mellan episoderna."),
      ("Tidigare hälsa", "Född i fullgången tid, normal tillväxt enl BVC-kurvan. Inga tidigare vårdtillfällen. Inga läkemedel, inga kända allergier. Följer vaccinationsprogrammet, senaste dos MPR vid 18 mån."),
      ("Status", "AT: trött men tittar o följer, gråter med tårar. Vikt 13,1 kg (14,0 vid BVC för 2 mån sedan). Temp 37,8, puls 138, kapillär återfyllnad 2 sek. Slemhinnor lätt torra. Hud: normal turgor, inga utslag. Buk: mjuk, diffust lätt öm, ingen resistens, livliga tarmljud. Öron o svalg ua. Lungor ua."),
      ("Lab", "P-glukos 4,1. Blodgas: pH 7,33, BE -5, Na 136, K 3,6."),
      ("Bedömning", "Akut gastroenterit med lätt–måttlig dehydrering, ca 5 %. Ingen misstanke om invagination eller appendicit: inga periodiska skrikattacker, inget blod i avföringen, ingen lokal ömhet. Ingen sepsisbild."),
      ("Åtgärd", "Ondansetron 2 mg po. Peroral rehydrering med Resorb via spruta 5 ml var 2:a minut, efter 2 tim druckit 400 ml o kissat. Ny bedömning: piggare, lekfull, fuktiga slemhinnor."),
      ("Information till patient", "Föräldrarna informerade om magsjuka o vätskeersättning: små mängder ofta, vätskeersättning i första hand, vanlig mat när hon vill. Kontrollera blöjorna. Åter vid färre än 4 blöta blöjor per dygn, blod i avföringen, apati eller om hon inte kan behålla vätska. Skriftlig information utdelad. Smittsamt: hemma från förskolan till 48 tim efter sista symtom."),
      ("Planering", "Hemgång efter att hon druckit ytterligare 200 ml utan att kräkas. Inget återbesök behövs. Föräldrarna får ringa barnakuten eller 1177 om de blir osäkra under natten. Recept på Ondansetron inte utskrivet, en dos bedöms räcka. Pappa har fått broschyren om vätskeersättning med mängdtabell efter vikt."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "long paediatric note read by guardians: settled gastroenteritis, surgical differentials negated")

C("lang-psykakut-ostra-depression-ev-ptsd", "vgr", "19880711-3454", "2024-07-17T00:00:00",
  [N("n1", "PSO", "Läkaranteckning", "Hanna Eliasson", L, "2024-07-13T22:20", "2024-07-14T00:45", [
      ("Kontaktorsak", "Söker själv pga nedstämdhet o sömnlöshet, rädd att inte klara sig."),
      ("Anamnes", "35-årig kvinna, arbetar som undersköterska, sjukskriven sedan 3 v. Sedan i vintras tilltagande nedstämdhet, orkeslöshet o koncentrationssvårigheter. Sover 3–4 tim per natt, vaknar med hjärtklappning o mardrömmar om en trafikolycka hon var med om för ett år sedan, där en annan person dog. Undviker att köra bil o att åka förbi platsen. Har slutat träffa vänner. Äter dåligt, gått ned 4 kg. Ingen tidigare psykiatrisk vårdkontakt. Alkohol: ett par glas vin i veckan, ökat senaste månaden. Inga droger."),
      ("Socialt", "Separerad sedan två år, barnen 8 o 11 år bor växelvis hos henne o pappan. Hyr lägenhet i Bergsjön. Ekonomin ansträngd efter sjukskrivningen. Syster bor i närheten o är ett stöd."),
      ("Psykiskt status", "Vaken, orienterad. God kontakt, ledsen, gråter under samtalet. Sänkt grundstämning, affekten följsam. Tankeförloppet långsamt men sammanhängande, inga psykotiska symtom. Skäms o känner sig värdelös. Har haft tankar på att det vore skönt att inte vakna, men förnekar planer o har aldrig gjort något försök. Skyddande faktorer: två barn, nära syster, vill ha hjälp."),
      ("Suicidriskbedömning", "Ingen akut suicidrisk bedöms föreligga. Passiva dödstankar utan planer, ingen tidigare suicidalitet, starka skyddsfaktorer, söker själv hjälp."),
      ("Bedömning", "Depression, medelsvår episod. Ev. PTSD efter trafikolyckan, mardrömmar o undvikande talar för det men behöver utredas vidare."),
      ("Åtgärd", "Sertralin 50 mg x 1, start i morgon. Propavan 25 mg till natten i 2 v. Remiss till allmänpsykiatrisk mottagning för fortsatt bedömning o traumafokuserad behandling. Samtal om minskat alkoholintag."),
      ("Information till patient", "Pat informerad om bedömningen, om läkemedlets effekter o biverkningar och om att effekten kommer efter några veckor. Syster ringde in under besöket o hämtar henne. Vet att hon kan kontakta psykiatriska akutmottagningen dygnet runt eller ringa 112 vid försämring."),
      ("Planering", "Hemgång med systern som stannar över natten. Tid på allmänpsykiatriska mottagningen Östra inom en vecka, ssk ringer upp i morgon för att boka. Sjukskrivningen förlängs av mottagningen. Barnens pappa har barnen denna vecka. Pat har fått en skriftlig krisplan med telefonnummer till mottagningen, psykiatriska akutmottagningen o Självmordslinjen."),
  ])],
  [["NL102", "n1"]], [],
  "long psychiatric ED note: depression is settled, the added PTSD is hedged with 'Ev.'")

C("lang-akut-hbg-ssk-triage-utan-diagnos", "skane", "19460815-1256", "2024-08-20T00:00:00",
  [N("n1", "HBG", "Omvårdnadsanteckning", "Linda Håkansson", S, "2024-08-16T10:15", "2024-08-16T11:40", [
      ("Ankomst", "Inkommer med ambulans kl 10.05 från hemmet efter att ha ringt 1177 pga yrsel o ostadighet sedan i morse. Maken följer med."),
      ("Triage", "RETTS gul. Vitalparametrar: AF 18, Sat 96 % luft, puls 88 regelbunden, BT 162/94, temp 36,6, vaken o orienterad, RLS 1. Smärta: ingen. Kapillär glukos 7,8."),
      ("Omvårdnad", "Pat ligger på brits med höjd huvudända. Uppger att hon mår illa vid huvudrörelser men inte kräkts. Erbjudits spypåse o vatten. Kan prata i hela meningar, ingen sluddrigt tal, lyfter båda armarna lika högt enl snabbtest. PVK gul vä armveck, blodprover tagna enl PM: blodstatus, elstatus, CRP, glukos. EKG taget o visat för jourhavande läkare. Pat har fallrisk, informerad om att ringa på klockan innan hon reser sig. Ringklocka inom räckhåll."),
      ("Tidigare hälsa", "Hypertoni, behandlad med Enalapril. Går med käpp utomhus sedan knäoperation. Ingen hemtjänst, bor med maken i villa."),
      ("Läkemedel", "Egen läkemedelslista medtagen, stämmer med Pascal. Tagit morgondoserna."),
      ("Nutrition", "Ätit frukost i morse, druckit kaffe. Fastande från nu tills läkaren bedömt."),
      ("Elimination", "Kissat på toaletten med stöd, ingen avföring i dag."),
      ("Information", "Pat o make informerade om att läkare kommer inom en timme o om var toaletten finns. Maken går till cafeterian o kommer tillbaka. Pat önskar att sonen ringer innan han kommer."),
      ("Hud", "Hel hud, inga rodnader över sacrum eller hälar. Riskbedömning trycksår enl Norton 17."),
      ("Personliga tillhörigheter", "Glasögon, mobiltelefon o handväska förvaras i skåp 12, nyckeln hos maken. Vigselring kvar på fingret enl egen önskan. Hörapparat vä öra."),
      ("Överrapportering", "Muntlig rapport till ssk på medicinsk sektion vid byte av rum kl 11.30."),
      ("Vitalparametrar", "Kontroll kl 11.15: AF 16, Sat 97 %, puls 82, BT 154/90, temp 36,7, RLS 1. Inga förändringar sedan ankomst. Pat säger att illamåendet minskat när hon ligger stilla med slutna ögon. Nästa kontroll kl 12.15 eller tidigare vid behov. Ordination om dropp avvaktas från läkaren."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "long nursing triage note with no diagnosis at all: nothing for NL1 to catch")

C("lang-akut-udd-hoftfraktur-ev-synkope-orsak", "vgr", "19350606-2292", "2024-06-12T00:00:00",
  [N("n1", "UDD", "Akutanteckning", "Felix Andreasson", L, "2024-06-08T07:55", None, [
      ("Kontaktorsak", "Fall i hemmet i natt, kan inte stå på hö ben."),
      ("Anamnes", "88-årig kvinna som bor ensam med hemtjänst 3 ggr/d. Skulle gå på toaletten vid 02-tiden, minns att hon reste sig ur sängen men inte själva fallet. Låg på golvet till hemtjänsten kom 06.30. Ingen bröstsmärta eller hjärtklappning före enl pat. Har fallit två gånger tidigare i år, båda gångerna nattetid. Känd förmaksflimmer, hjärtsvikt, lätt kognitiv svikt. Gick med rollator inomhus före fallet."),
      ("Socialt", "Änka sedan 10 år, bor i trerumslägenhet på andra våningen med hiss. Trygghetslarm som hon inte bar i natt. Två söner, den ena bor i Uddevalla o hälsar på varje vecka. Matlåda via hemtjänsten, dusch en gång per vecka."),
      ("Läkemedel", "Eliquis 2,5 mg x 2, Bisoprolol 5 mg, Furix 40 mg, Zopiklon 5 mg tn, Sertralin 50 mg."),
      ("Status", "AT: opåverkad i vila, smärtpåverkad vid rörelse. Temp 36,2, puls 58 oregelbunden, BT liggande 118/64. Sat 95 %. Cor: oregelbunden rytm, systoliskt blåsljud 2/6. Pulm: basala krepitationer bilat. Hö ben förkortat o utåtroterat, kraftig smärta vid rotation. Distalstatus ua. Hud: hematom hö höft, inget trycksår trots lång liggtid. Skalle: ingen synlig skada."),
      ("Röntgen", "Rtg hö höft: dislocerad collumfraktur hö. DT hjärna utan blödning."),
      ("Lab", "Hb 112, CK 1900, krea 104, K 4,1, TnT 28."),
      ("EKG", "Förmaksflimmer med kammarfrekvens 50–60, enstaka pauser upp till 2,4 s."),
      ("Bedömning", "Dislocerad collumfraktur hö. Fallet ev. orsakat av synkope på basen av bradyarytmi, pauser på EKG o betablockad, DD ortostatism eller fall pga sömnmedel. Lätt rabdomyolys efter lång liggtid."),
      ("Åtgärd", "Femoralisblockad av mig kl 08.30. Inläggning ortopeden, op-anmäld för hemiartroplastik. Bisoprolol pausas, telemetri. Zopiklon sätts ut. Rikligt dropp pga CK."),
      ("Information till patient", "Pat informerad om höftfrakturen o planerad operation, förstår o samtycker. Sonen informerad per telefon med pat samtycke."),
      ("Planering", "Telemetri fram till operation o första dygnet efter. Eliquis sista dos i går kväll, op tidigast i morgon eftermiddag enl anestesi. Geriatrisk bedömning postoperativt, fallriskbedömning o läkemedelsgenomgång. Kontakt med hemtjänsten inför hemgång. Kardiologkonsult ombedd att ta ställning till pacemaker om pauserna kvarstår utan betablockad."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "long note: the fracture is settled and told, the cause of the fall is a hedged diagnosis with a DD; unsigned draft")

C("lang-pmo-jourcentral-landskrona-feber-dd", "skane", "19800402-4058", "2024-04-08T00:00:00",
  [N("n1", "JLKR", "Jouranteckning", "Mattias Ring", L, "2024-04-05T19:10", "2024-04-05T20:05", [
      ("Kontaktorsak", "Feber o värk i kroppen sedan 4 d, nu även hosta o ont vid andning hö sida."),
      ("Anamnes", "44-årig man, frisk, inga läkemedel. Hemkommen från Thailand för 9 d sedan där han vistades i Bangkok o på öarna i två veckor. Myggbett under resan, ingen malariaprofylax. Feber 39–40 med frossa, huvudvärk bakom ögonen, muskelvärk. Sedan igår hosta med lite gulaktiga upphostningar o stickande smärta hö sida vid djupandning. Ingen diarré. Inga utslag enl pat. Ingen känd smittkontakt."),
      ("Socialt", "Gift, två barn i skolåldern som varit friska. Arbetar som säljare, reser ofta i jobbet. Hustrun var med på resan o är frisk. Röker inte. Inga djur hemma."),
      ("Vaccinationer", "Hepatit A o B inför resan, inga andra resevacciner. Fullständigt vaccinerad enl barnprogrammet."),
      ("Status", "AT: lätt påverkad, varm o svettig. Temp 39,2, puls 104, BT 122/74, AF 20, Sat 95 %. Cor ua. Pulm: nedsatta andningsljud o krepitationer hö basalt. Buk: mjuk, oöm, ingen palpabel mjälte. Hud: inga petechier, inga exantem. Nacke mjuk."),
      ("Lab", "CRP 156, LPK 11,2, Hb 142. TPK inte möjligt att ta här."),
      ("Bedömning", "Feber efter tropikvistelse. Trol. pneumoni hö, DD malaria, denguefeber – kan inte uteslutas utan snabbtest o blodutstryk som inte finns på jourcentralen. Pat bör bedömas samma kväll på infektionsakuten."),
      ("Åtgärd", "Kontakt med infektionsjouren Helsingborg som tar emot. Remiss skickad. Pat åker med hustrun i egen bil, bedöms stabil nog."),
      ("Information till patient", "Informerat om att feber efter resa till tropikerna måste utredas för malaria samma dag och att han ska åka direkt till infektionsakuten. Har fått skriftlig remiss med sig."),
      ("Planering", "Ingen behandling startad på jourcentralen för att inte försvåra diagnostiken. Uppföljning sker via infektionskliniken. Om malaria utesluts o pneumonin bekräftas kan fortsatt behandling skötas av vårdcentralen i Landskrona. Han har fått information om att inte köra själv om han blir sämre o att ringa 112 vid andnöd."),
  ])],
  [], [["NL102", "n1"]],
  "long PMO primary-care note with 'Trol.' and a tropical DD: PMO never shows diagnoses")

C("lang-akut-boras-sokord-th-korrekt-synligt-rent", "vgr", "19780913-2637", "2024-09-19T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Tobias Fagerlund", L, "2024-09-15T11:20", "2024-09-15T14:05", [
      ("Kontaktorsak", "Återkommande buksmärta o diarré, tredje besöket på akuten i år."),
      ("Anamnes", "46-årig man. Perioder med buksmärta o lös avföring sedan flera år, mellan perioderna symtomfri. Senaste veckan 4–5 tömningar per dygn, inget blod, ingen nattlig diarré. Ingen viktnedgång. Ingen feber. Arbetar som lastbilschaufför, mycket stress. Dricker enl egen uppgift 1–2 öl per dag. Röker 10 cig/d."),
      ("Tidigare sjukdomar", "Hypertoni utan behandling. Gastroskopi 2021 visade lätt gastrit, i övrigt ua. Inga operationer."),
      ("Läkemedel", "Omeprazol 20 mg vb. Inga andra läkemedel, inga naturläkemedel."),
      ("Socialt", "Bor ensam i lägenhet i Borås, två vuxna barn. Kör lastbil i nattskift tre nätter i veckan. Sjukskriven en vecka i januari för samma besvär."),
      ("Status", "AT: opåverkad. Temp 36,7, puls 84, BT 148/92. Buk: mjuk, lätt öm i epigastriet, ingen défense, ingen resistens. Lever palpabel 2 cm nedom arcus. Hud: spider naevi på bröstet, lätt rodnad i handflatorna."),
      ("Lab", "Hb 139, MCV 104, TPK 118, CRP 6, ALAT 1,8, ASAT 2,9, GT 6,1, bilirubin 19, albumin 36, PK 1,2. Lipas ua. Kalprotektin från VC 40."),
      ("Bedömning", "Buksmärta o diarré utan tecken på inflammatorisk tarmsjukdom (normalt kalprotektin) eller akut buk. Förhöjda leverprover o makrocytos, lätt trombocytopeni. UL lever beställt polikliniskt. Uppföljning hos egen VC-läkare med nya leverprover om 4 v."),
      ("Tidiga hypoteser", "Labbild o status inger misstanke om alkoholrelaterad leversjukdom, ev. begynnande cirros. Pat förnekar högre konsumtion. Inte framfört till pat i dag – bör tas upp av VC när UL o PEth finns."),
      ("Åtgärd", "PEth skickat. Loperamid vb."),
      ("Information till patient", "Pat informerad om att vi inte hittat något akut och att leverproverna är förhöjda och ska kontrolleras med UL o nya prover via VC. Åter vid blod i avföringen, feber, gulsot eller svår smärta."),
      ("Planering", "Hemgång. Remiss till vårdcentralen Norrby med frågeställning uppföljning av leverprover o UL-svar. UL lever beställt med svar till VC. Sjukskrivning inte aktuell enl pat. Om fortsatta diarréer efter tre veckor bör avföringsprover tas på VC."),
  ])],
  [], [["NL102", "n1"], ["NL104", "n1"], ["NL101", "n1"]],
  "long VGR note: hypothesis kept only under sökord Tidiga hypoteser, visible sections hold findings")

C("lang-jour-vgr-kirurg-tva-anteckningar-pankreatit", "vgr", "19690227-4221", "2024-03-04T00:00:00",
  [N("n1", "SAS", "Akutanteckning", "Nathalie Ståhl", L, "2024-02-27T23:40", "2024-02-28T01:30", [
      ("Kontaktorsak", "Svår smärta i övre delen av buken sedan kvällen, utstrålning mot ryggen."),
      ("Anamnes", "55-årig man, känd gallstenssjukdom, väntar på planerad kolecystektomi. Smärtan började efter middagen, konstant, kräkts 4 gånger. Alkohol: enstaka. Inga nya läkemedel."),
      ("Status", "AT: smärtpåverkad, sitter framåtlutad. Temp 37,8, puls 108, BT 150/90, Sat 96 %. Buk: spänd, öm i epigastriet, ingen peritonit. Sklerae lätt ikteriska."),
      ("Lab", "Lipas 18, bilirubin 52, ALP 5,2, ALAT 4,3, CRP 34, LPK 14,0, krea 92."),
      ("Bedömning", "Trolig gallstensutlöst pankreatit, DD koledokussten med kolangit. Inläggning kir, UL gallvägar i morgon."),
      ("Åtgärd", "Morfin 5 mg iv, Ringer 2000 ml, fasta, KAD."),
  ]),
   N("n2", "KIRB", "Läkaranteckning", "Jonas Lindholm", L, "2024-02-28T11:20", "2024-02-28T12:05", [
      ("Rond", "Mår bättre efter vätska o smärtlindring. UL: gallsten, vidgad koledokus 9 mm. Lipas i morse 12."),
      ("Bedömning", "Akut pankreatit av gallstensgenes. MRCP i dag, ERCP vid kvarvarande koledokussten."),
      ("Information", "Pat informerad vid ronden om diagnosen o planeringen, inga frågor."),
  ], setting="slutenvård")],
  [["NL102", "n1"]], [["NL102", "n2"], ["NL101", "n2"]],
  "two notes: ED 'Trolig … DD …' fires, the ward round note with the confirmed, told diagnosis does not")


# ============================================================ build and validate

KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
CODE_RE = re.compile(r"^NL\d{3}$")
TIME_RE = re.compile(r"^2024-\d\d-\d\dT\d\d:\d\d:\d\d$")
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_at(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def make_line(c):
    pnr = c["pnr"]
    birth = "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8])
    record = {
        "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
        "as_of": c["as_of"],
        "notes": c["notes"],
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    return {"case": c["case"], "ruleset": c["ruleset"], "record": record,
            "must": c["must"], "must_not": c["must_not"], "why": c["why"]}


def validate(lines):
    problems = []
    names = set()
    sentences = {}
    for ln in lines:
        name = ln.get("case")
        where = "case %r" % name
        if list(ln.keys()) != KEYS:
            problems.append("%s: keys %s" % (where, list(ln.keys())))
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if ln["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %r" % (where, ln["ruleset"]))
        if not isinstance(ln["why"], str) or not ln["why"] or "\n" in ln["why"]:
            problems.append("%s: why must be one line" % where)
        rec = ln["record"]
        m = PNR_RE.match(rec["patient"]["id"])
        if not m:
            problems.append("%s: bad personnummer %r" % (where, rec["patient"]["id"]))
            continue
        ten = m.group(1)[2:] + m.group(2)
        if not luhn_ok(ten):
            problems.append("%s: Luhn fails for %s" % (where, rec["patient"]["id"]))
        bd = m.group(1)
        if rec["patient"]["birth_date"] != "%s-%s-%s" % (bd[:4], bd[4:6], bd[6:]):
            problems.append("%s: birth_date does not match personnummer" % where)
        try:
            birth = date(int(bd[:4]), int(bd[4:6]), int(bd[6:]))
        except ValueError:
            problems.append("%s: impossible birth date" % where)
            continue
        if not TIME_RE.match(rec["as_of"]):
            problems.append("%s: as_of %r not in 2024" % (where, rec["as_of"]))
        as_of = date(int(rec["as_of"][:4]), int(rec["as_of"][5:7]), int(rec["as_of"][8:10]))
        age = age_at(birth, as_of)
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d (13-15 not allowed)" % (where, age))
        ids = set()
        systems = {}
        for note in rec["notes"]:
            ids.add(note["id"])
            systems[note["id"]] = note["system"]
            for fld in ("time", "signed"):
                v = note[fld]
                if v is None and fld == "signed":
                    continue
                if not TIME_RE.match(v):
                    problems.append("%s: note %s %s %r not in 2024" % (where, note["id"], fld, v))
                elif v > rec["as_of"]:
                    problems.append("%s: note %s %s after as_of" % (where, note["id"], fld))
            if note["signed"] is not None and note["signed"] < note["time"]:
                problems.append("%s: note %s signed before written" % (where, note["id"]))
            if ln["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append("%s: VGR note must be Melior" % where)
            for sec in note["sections"]:
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != name:
                            problems.append("%s: sentence also in %s: %r" % (where, sentences[s], s))
                        elif s in sentences:
                            problems.append("%s: sentence repeated in the case: %r" % (where, s))
                        sentences[s] = name
        if not ln["must"] and not ln["must_not"]:
            problems.append("%s: asserts nothing" % where)
        seen = set()
        for lst in ("must", "must_not"):
            for t in ln[lst]:
                if not (isinstance(t, list) and len(t) == 2 and CODE_RE.match(t[0])):
                    problems.append("%s: bad target %r" % (where, t))
                    continue
                if t[1] not in ids:
                    problems.append("%s: target note %s does not exist" % (where, t[1]))
                    continue
                if tuple(t) in seen:
                    problems.append("%s: target %r listed twice" % (where, t))
                seen.add(tuple(t))
                if systems[t[1]] == "PMO" and t[0] == "NL101":
                    problems.append("%s: NL101 asserted on a PMO note" % where)
                if systems[t[1]] == "PMO" and t[0] == "NL102" and lst == "must":
                    problems.append("%s: NL102 must on a PMO note" % where)
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = [make_line(c) for c in CASES]
    problems = validate(lines)
    out = os.path.join(here, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s) in %d cases" % (len(problems), len(lines)), file=sys.stderr)
        sys.exit(1)
    counts = {}
    for ln in lines:
        for lst in ("must", "must_not"):
            for code, _ in ln[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    print("wrote %s: %d cases" % (out, len(lines)))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))


if __name__ == "__main__":
    main()
