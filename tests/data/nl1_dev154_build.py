#!/usr/bin/env python3
"""Independent test set: Swedish pulmonology / allergy notes, rules NL101 and NL102.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

# ---------------------------------------------------------------------------
# Units (name, HSA-id). Skåne = SE2321000255-..., VGR = SE2321000131-...
# ---------------------------------------------------------------------------
U = {
    # Region Skåne, Melior (hospitals)
    "lund_lungmott": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4H17"),
    "malmo_lungall": ("Lung- och allergimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5K28"),
    "lund_bronk": ("Bronkoskopienheten, VE Lungmedicin, Skånes universitetssjukhus Lund", "SE2321000255-4H92"),
    "hbg_somn": ("Sömnapnémottagningen, Helsingborgs lasarett", "SE2321000255-7P33"),
    "kristianstad_allergi": ("Allergimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8C40"),
    "malmo_barnallergi": ("Barnallergimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5B61"),
    "lund_avd_lung": ("Lungavdelning 5, Skånes universitetssjukhus Lund", "SE2321000255-4A05"),
    "ystad_med": ("Medicinmottagningen, lungsektionen, Ystads lasarett", "SE2321000255-9Y12"),
    "hbg_avd_lung": ("Lungmedicinska vårdavdelningen, Helsingborgs lasarett", "SE2321000255-7L58"),
    "lund_fysio": ("Fysioterapin lungrehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-4F77"),
    "lund_lungfys": ("Lungfysiologiska laboratoriet, Skånes universitetssjukhus Lund", "SE2321000255-4L80"),
    "hassleholm_med": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-8H24"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5A01"),
    "lund_barnlung": ("Barnlungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4B36"),
    # Region Skåne, PMO (primary care)
    "vc_eslov": ("Vårdcentralen Eslöv, astma/KOL-mottagningen", "SE2321000255-2E14"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-2S71"),
    "vc_lindangen": ("Vårdcentralen Lindängen, Malmö", "SE2321000255-2M45"),
    "bvc_hoor": ("Barnavårdscentralen Höör", "SE2321000255-2B09"),
    "vc_angelholm": ("Vårdcentralen Ängelholm Centrum", "SE2321000255-2A63"),
    # Västra Götalandsregionen, Melior
    "su_lungmott": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E70441"),
    "su_bronk": ("Bronkoskopienheten, Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E70452"),
    "su_ostra_allergi": ("Lung- och allergimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E70518"),
    "dsbus_allergi": ("Barnallergimottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E71203"),
    "nu_lung": ("Lungmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E30217"),
    "skas_lung": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E50308"),
    "sas_lung": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E40126"),
    "kungalv_somn": ("Sömnmottagningen, Kungälvs sjukhus", "SE2321000131-E60093"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E61144"),
    "su_avd_lung": ("Avdelning 134 Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E70466"),
    "su_klinfys": ("Klinisk fysiologi, lungfunktionslaboratoriet, Sahlgrenska Universitetssjukhuset", "SE2321000131-E70601"),
    "nal_avd_lung": ("Lungavdelningen, NÄL Trollhättan", "SE2321000131-E30455"),
    "skas_somn": ("Sömnapnéenheten, Skaraborgs Sjukhus Lidköping", "SE2321000131-E50412"),
    "sas_avd_med": ("Medicinavdelning 31, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E40187"),
    "nu_allergi": ("Allergimottagningen, NU-sjukvården NÄL", "SE2321000131-E30391"),
}

PMO_UNITS = {"vc_eslov", "vc_sjobo", "vc_lindangen", "bvc_hoor", "vc_angelholm"}


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def _luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def P(birth, sex, n):
    """Patient: birth date 'YYYY-MM-DD', sex 'm'/'f', n = 0..99 for the serial."""
    third = (n % 5) * 2 + (1 if sex == "m" else 0)
    serial = "%02d%d" % (n, third)
    yymmdd = birth[2:4] + birth[5:7] + birth[8:10]
    check = _luhn_digit(yymmdd + serial)
    pnr = birth.replace("-", "") + "-" + serial + check
    return {"id": pnr, "birth_date": birth, "protected_identity": False}


def _add_min(ts, minutes):
    t = _dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S") + _dt.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      system=None, signed=42, setting="öppenvård", refs=()):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, a timestamp, or None."""
    name, hsa = U[unit]
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = time.replace(" ", "T") + ":00"
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = _add_min(t, signed)
    else:
        s = signed.replace(" ", "T") + ":00"
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t, "signed": s, "setting": setting, "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for (k, x) in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition("@")
        out.append([code, nid or "n1"])
    return out


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = _dt.datetime.strptime(last, "%Y-%m-%dT%H:%M:%S") + _dt.timedelta(days=5)
        d = min(d, _dt.datetime(2024, 12, 31))
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    else:
        as_of = as_of + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient, "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": _targets(must), "must_not": _targets(must_not), "why": why,
    })

# ---------------------------------------------------------------------------
# Part 1
# ---------------------------------------------------------------------------
C("lun-skane-susp-sarkoidos-lofgren", "skane", P("1989-05-02", "f", 14),
  [N("n1", "lund_lungmott", "Karin Wennerholm", "läkare", "2024-03-11 10:20", [
      ("Anamnes", "34-årig kvinna, tidigare frisk, aldrig rökt. Sedan tre veckor smärtsamma röda knölar på båda underbenen och svullna fotleder. Lätt torrhosta, ingen feber nu."),
      ("Status", "AT: opåverkad. Hud: ömmande erytematösa noduli framsida underben bilat. Leder: periartikulär svullnad båda fotlederna. Pulm: normala andningsljud, inga rassel."),
      ("Utredning", "Lungröntgen visar bilaterala hilära förstoringar, parenkymet ua. S-ACE lätt förhöjt, S-Ca normalt."),
      ("Bedömning", "Klinisk bild med erythema nodosum, ankelartrit och bihilär adenopati, misstänkt sarkoidos i form av Löfgrens syndrom."),
      ("Planering", "NSAID v.b. Ny lungröntgen och spirometri om 3 mån."),
  ], template="Nybesök")],
  ["NL102"], ["NL101"],
  "misstänkt sarkoidos (Löfgren) in visible Bedömning of a Skåne Melior note; nothing said about telling")

C("lun-vgr-ssk-spirometri-trolig-kol", "vgr", P("1958-11-23", "m", 31),
  [N("n1", "skas_lung", "Annika Bergqvist", "sjuksköterska", "2024-02-06 08:40", [
      ("Aktuellt", "Spirometri med reversibilitetstest enligt remiss från dr Holm."),
      ("Utredning", "FEV1 1,62 l (58 % av förväntat), FVC 2,95 l. FEV1/FVC 0,55 före och 0,57 efter 400 µg salbutamol. Ingen signifikant reversibilitet."),
      ("Bedömning", "Kvarstående obstruktivitet efter bronkdilatation, trolig KOL. Pat röker 15 cig/dag sedan tonåren."),
      ("Åtgärd", "Svaret vidarebefordrat till ansvarig läkare. Rökavvänjning erbjuden, pat vill fundera."),
  ], template="Spirometri")],
  ["NL102"], [],
  "spirometry nurse writes 'trolig KOL' in a visible section of a VGR Melior note")

C("lun-vgr-dd-ipf-nsip", "vgr", P("1952-08-30", "m", 7),
  [N("n1", "su_lungmott", "Magnus Ekdahl", "läkare", "2024-04-22 13:05", [
      ("Anamnes", "71-årig man, f.d. rökare 30 paketår, slutade 2009. Tilltagande ansträngningsdyspné sedan ett år och torrhosta. Inga ledbesvär, ingen fågelhållning eller mögelexponering i hemmet."),
      ("Status", "Velcrorassel basalt bilat. Trumpinnefingrar. SpO2 94 % i vila, 87 % efter 6MWT."),
      ("Bedömning", "HRCT med basala subpleurala retikulationer och traktionsbronkiektasier, inga säkra honeycombing-förändringar. DD: IPF, fibrotisk NSIP. Tas upp på ILD-MDK 14/5."),
  ], template="Mottagningsanteckning", signed=None)],
  ["NL102"], ["NL101"],
  "'DD: IPF, fibrotisk NSIP' - a differential diagnosis of the patient in visible Bedömning")

C("lun-skane-lungcancer-kan-ej-uteslutas", "skane", P("1949-01-17", "f", 52),
  [N("n1", "ystad_med", "Per-Olof Mårtensson", "läkare", "2024-05-14 11:30", [
      ("Aktuellt", "Ny DT thorax inför planerad gallvägsoperation, jämfört med undersökning 2021."),
      ("Bedömning", "Nytillkommen 14 mm solid nodulus i vänster överlob hos storrökare, spikulerad kontur. Lungcancer kan ej uteslutas."),
      ("Planering", "PET-DT beställd. Remiss till lungcancerutredning enligt SVF, Lund."),
  ], signed=None)],
  ["NL102"], [],
  "'Lungcancer kan ej uteslutas' is an open hypothesis, visible in a Skåne Melior note")

C("lun-vgr-bild-som-vid-hypersensitivitetspneumonit", "vgr", P("1966-02-09", "f", 19),
  [N("n1", "su_ostra_allergi", "Lena Sjöberg", "läkare", "2024-09-03 14:15", [
      ("Anamnes", "Har 14 burfåglar (undulater och kanarie) i vardagsrummet sedan 2021. Hosta och feberkänsla som förvärras hemma, bättre under semesterveckorna i Grekland."),
      ("Utredning", "HRCT: matt glas-förändringar och centrilobulära noduli i övre lungfälten, air trapping i exspiration. Fågelprecipitiner positiva."),
      ("Bedömning", "Bild som vid hypersensitivitetspneumonit, sannolikt utlöst av fåglarna."),
      ("Planering", "Fåglarna bör flyttas ut ur bostaden. BAL planeras inom 4 v."),
  ], template="Nybesök")],
  ["NL102"], [],
  "'Bild som vid hypersensitivitetspneumonit' hedges an interstitial lung disease in visible Bedömning")

C("lun-skane-ingen-misstanke-malignitet-nodulus", "skane", P("1961-07-04", "m", 63),
  [N("n1", "malmo_lungall", "Sofia Lindqvist", "läkare", "2024-01-29 09:50", [
      ("Aktuellt", "Uppföljning av 6 mm nodulus i höger underlob, upptäckt vid DT kranskärl 2022."),
      ("Utredning", "Ny DT thorax visar storleksmässigt oförändrad, välavgränsad förändring sedan 24 månader med central förkalkning."),
      ("Bedömning", "Stabil förkalkad nodulus, ingen misstanke om malignitet. Ingen ytterligare kontroll behövs."),
      ("Planering", "Avslutas från lungmottagningen, pat informerad per brev."),
  ], template="Återbesök")],
  [], ["NL102"],
  "'ingen misstanke om malignitet' is a negated diagnosis and must not fire")

C("lun-vgr-sarkoidos-uteslutes-efter-ebus", "vgr", P("1979-12-12", "m", 41),
  [N("n1", "su_bronk", "Henrik Falk", "läkare", "2024-06-18 15:40", [
      ("Utredning", "PAD från EBUS-TBNA station 7 och 4R: reaktiv lymfkörtelvävnad, inga granulom, ingen malignitet. Odling för mykobakterier negativ."),
      ("Bedömning", "Sarkoidos uteslutes. Lymfkörtelförstoringen bedöms reaktiv efter vårens pneumoni."),
      ("Planering", "Kontroll-DT om 3 mån för att se regress."),
  ], template="Provsvarsanteckning")],
  [], ["NL102"],
  "'Sarkoidos uteslutes' after EBUS: a ruled-out diagnosis")

C("lun-skane-inga-tecken-pa-lungemboli-pneumoni", "skane", P("1984-03-27", "f", 26),
  [N("n1", "hbg_avd_lung", "Jonas Åkesson", "läkare", "2024-02-19 22:10", [
      ("Aktuellt", "Inkommer med andfåddhet och högersidig andningskorrelerad bröstsmärta sedan två dagar. Hemkom från långflygning från Thailand i förra veckan."),
      ("Status", "Takypné 24/min, SpO2 93 % på luft. Cor: regelbunden rytm 104/min. Pulm: dämpning och krepitationer basalt hö."),
      ("Utredning", "DT lungartärer: inga tecken på lungemboli. Konsolidering i höger underlob med luftbronkogram. CRP 212."),
      ("Bedömning", "Samhällsförvärvad pneumoni i höger underlob, CRB-65 1."),
      ("Planering", "Bensylpenicillin 3 g x 3 iv. Blododlingar tagna."),
  ], template="Inskrivningsanteckning", setting="slutenvård", signed=75)],
  [], ["NL102"],
  "pulmonary embolism negated ('inga tecken på'), pneumonia confirmed: no hedged diagnosis")

C("lun-vgr-talar-emot-astma-metakolin", "vgr", P("1995-10-01", "f", 8),
  [N("n1", "nu_lung", "Ahmad Karimi", "läkare", "2024-10-15 10:00", [
      ("Aktuellt", "Remitterad från VC för långvarig hosta efter förkylning i våras."),
      ("Utredning", "Spirometri normal utan reversibilitet. Metakolintest negativt vid högsta dos, FeNO 12 ppb."),
      ("Bedömning", "Normal bronkiell reaktivitet och lågt FeNO talar emot astma. Hostan har självläkt under sommaren."),
      ("Planering", "Ingen fortsatt uppföljning här, åter till vårdcentralen."),
  ], template="Återbesök")],
  [], ["NL102"],
  "'talar emot astma' is a hedge against the diagnosis, not a hypothesis of it")

C("lun-skane-astma-avskrivs-efter-mannitol", "skane", P("1990-06-21", "m", 55),
  [N("n1", "lund_lungmott", "Elin Sandberg", "läkare", "2024-11-05 14:30", [
      ("Bedömning", "Pat har haft diagnosen astma sedan barndomen men har inte haft symtom på tio år. Negativt mannitoltest, normal spirometri och FeNO 9 ppb. Astma avskrivs och Bufomix sätts ut."),
  ], template="Återbesök")],
  [], ["NL102"],
  "'Astma avskrivs' - a diagnosis written off, nothing hedged")

C("lun-vgr-bror-trolig-sarkoidos-hereditet", "vgr", P("1972-04-14", "f", 36),
  [N("n1", "skas_lung", "Oskar Lundgren", "läkare", "2024-03-20 08:15", [
      ("Anamnes", "Hereditet: bror 52 år utreds i Göteborg för trolig sarkoidos, mor hade reumatoid artrit."),
      ("Aktuellt", "Årskontroll av lindrig astma på Flutide 250 µg x 2."),
      ("Bedömning", "Välkontrollerad astma, ACT 23, normal spirometri."),
      ("Planering", "Oförändrad behandling, nytt besök om ett år."),
  ], template="Årskontroll")],
  [], ["NL102"],
  "the hedged sarcoidosis belongs to the brother; the patient's own asthma is confirmed")

C("lun-skane-ev-remiss-thoraxkirurg-pneumothorax", "skane", P("1998-09-09", "m", 12),
  [N("n1", "lund_lungmott", "Fredrik Nyström", "läkare", "2024-08-12 13:45", [
      ("Aktuellt", "Recidiverande spontan pneumothorax vänster sida, tredje episoden sedan 2022, nu utläkt efter dränage."),
      ("Bedömning", "Primär spontan pneumothorax med recidiv hos lång smal rökare. Indikation för kirurgisk åtgärd föreligger."),
      ("Planering", "Ev. remiss till thoraxkirurg för VATS och pleurodes, diskuteras med pat på återbesöket. Rökstopp avgörande."),
  ])],
  [], ["NL102"],
  "'Ev. remiss' hedges a plan; the pneumothorax is a confirmed diagnosis")

C("lun-vgr-trolig-utskrivning-kol-exacerbation", "vgr", P("1947-05-30", "f", 44),
  [N("n1", "su_avd_lung", "Maria Johansson", "sjuksköterska", "2024-01-09 19:30", [
      ("Omvårdnad", "Vårdas för KOL-exacerbation, dag 4. Piggare, har gått i korridoren med rollator. SpO2 91 % på 1 l syrgas via grimma, vid mobilisering 88 %."),
      ("Planering", "Trolig utskrivning i morgon förmiddag om syrgasbehovet fortsätter minska. Hemtjänst kontaktad."),
  ], template="Omvårdnadsanteckning", setting="slutenvård")],
  [], ["NL102"],
  "'Trolig utskrivning' hedges a discharge, not a diagnosis")

C("lun-skane-misstankt-felaktig-inhalationsteknik", "skane", P("1976-12-03", "f", 70),
  [N("n1", "lund_lungmott", "Camilla Törnqvist", "sjuksköterska", "2024-04-03 09:10", [
      ("Aktuellt", "Känd astma sedan 2015, ACT 15 trots Symbicort 160/4,5 två doser morgon och kväll."),
      ("Bedömning", "Misstänkt felaktig inhalationsteknik: pat andas ut i inhalatorn och drar in för svagt."),
      ("Åtgärd", "Instruerad, fick demonstrera tillbaka. In-Check visar nu adekvat inspirationsflöde 60 l/min. Ny ACT om 4 v."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL102"],
  "hedge on inhaler technique, which is no diagnosis; the asthma itself is known")

C("lun-vgr-cpap-trol-lackage-mask", "vgr", P("1963-08-17", "m", 23),
  [N("n1", "kungalv_somn", "Petra Hägg", "sjuksköterska", "2024-07-02 10:40", [
      ("Aktuellt", "Känd obstruktiv sömnapné, AHI 41 vid diagnos 2023. CPAP-nedladdning: användning 4,1 h/natt, residual-AHI 9."),
      ("Bedömning", "Trol. läckage från helmasken, stora läckagetoppar nattetid."),
      ("Åtgärd", "Provat ut mindre maskstorlek. Telefonuppföljning om 3 v."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL102"],
  "hedge on mask leakage (equipment), not on a diagnosis; OSA is confirmed")
# ---------------------------------------------------------------------------
# Part 2
# ---------------------------------------------------------------------------
C("lun-skane-kan-rora-sig-om-egpa", "skane", P("1969-03-15", "f", 28),
  [N("n1", "malmo_lungall", "Anders Bengtsson", "läkare", "2024-09-24 10:50", [
      ("Anamnes", "Svårbehandlad vuxendebuterad astma sedan 2019 med nasala polyper, opererad 2021. Nu domningar i vänster fot och blåröda utslag på benen sedan 2 v."),
      ("Utredning", "B-eosinofiler 3,8 x10^9/l, ANCA MPO svagt positiv. DT thorax: migrerande fläckvisa infiltrat."),
      ("Bedömning", "Kan röra sig om eosinofil granulomatos med polyangit (EGPA). Akut remiss till reumatolog, ENMG beställd."),
  ], template="Extra besök")],
  ["NL102"], [],
  "'Kan röra sig om EGPA' - a vasculitis hypothesis in visible Bedömning")

C("lun-vgr-fragetecken-lungemboli-telefon", "vgr", P("1944-10-28", "f", 33),
  [N("n1", "sas_lung", "Eva Kronqvist", "sjuksköterska", "2024-03-02 08:25", [
      ("Telefonkontakt", "Pat ringer, opererad för höftfraktur för 10 dagar sedan. Plötslig andfåddhet och hjärtklappning sedan i morse. Lungemboli? Uppmanas inte köra själv, ambulans beställd till akutmottagningen."),
  ], template="Telefonanteckning")],
  ["NL102"], [],
  "bare question mark after a diagnosis ('Lungemboli?') in a visible telephone note")

C("lun-vgr-inger-misstanke-pulmonell-hypertension", "vgr", P("1950-01-05", "m", 61),
  [N("n1", "alingsas_med", "Ingrid Westman", "läkare", "2024-05-06 15:20", [
      ("Utredning", "UCG: TR-gradient 52 mmHg, dilaterad höger kammare, TAPSE 14 mm. NT-proBNP 1450."),
      ("Bedömning", "Fynden inger misstanke om pulmonell hypertension, grupp 3 p.g.a. KOL eller grupp 4 efter lungembolin 2020."),
      ("Planering", "Remiss till PAH-centrum Sahlgrenska för högerkateterisering."),
  ], signed=None)],
  ["NL102"], ["NL101"],
  "'inger misstanke om pulmonell hypertension' is a hypothesis in a visible VGR note")

C("lun-skane-forenligt-med-astma-reversibilitet", "skane", P("1987-07-19", "m", 5),
  [N("n1", "hassleholm_med", "Linnea Persson", "läkare", "2024-06-04 11:15", [
      ("Utredning", "Reversibilitet 18 % och 420 ml efter Ventoline, FeNO 48 ppb."),
      ("Bedömning", "Förenligt med astma. Startar ICS-formoterol vid behov enligt GINA steg 2."),
  ])],
  ["NL102"], [],
  "'Förenligt med astma' (compatible with) hedges the diagnosis in a short visible note")

C("lun-vgr-oklart-om-astma-eller-kol", "vgr", P("1961-11-30", "f", 46),
  [N("n1", "sas_lung", "Tobias Engström", "läkare", "2024-02-27 14:00", [
      ("Anamnes", "62-årig kvinna, f.d. rökare 20 paketår, allergisk rinit sedan ungdomen."),
      ("Bedömning", "Spirometri: FEV1/FVC 0,64 efter bronkdilatation, reversibilitet 14 %. Oklart om det rör sig om astma, KOL eller en kombination."),
      ("Planering", "Provar ICS/LABA i 3 mån och gör därefter ny spirometri."),
  ])],
  ["NL102"], [],
  "'Oklart om det rör sig om astma, KOL …' leaves the diagnosis open in a visible section")

C("lun-vgr-barn-trolig-jordnotsallergi", "vgr", P("2018-03-10", "m", 17),
  [N("n1", "dsbus_allergi", "Sara Moberg", "läkare", "2024-05-21 09:30", [
      ("Anamnes", "6-årig pojke som på förskolan fick nässelutslag runt munnen och kräktes efter en kaka med jordnötter. Astma sedan 3 års ålder."),
      ("Utredning", "Pricktest jordnöt 9 mm, hasselnöt 3 mm, histamin 5 mm. IgE Ara h 2 skickat."),
      ("Bedömning", "Trolig jordnötsallergi. Hasselnötssensibiliseringen får tolkas när komponentsvaren kommit."),
      ("Åtgärd", "Jext 150 µg förskriven, föräldrarna instruerade i hur pennan används. Jordnöt undviks tills vidare."),
  ], template="Nybesök")],
  ["NL102"], [],
  "child under 13 (guardians read): 'Trolig jordnötsallergi' visible in a VGR Melior note")

C("lun-skane-barn-mojlig-kattallergi", "skane", P("2014-11-02", "f", 39),
  [N("n1", "malmo_barnallergi", "Johan Almqvist", "läkare", "2024-02-13 13:10", [
      ("Aktuellt", "Mamma berättar att flickan får kliande ögon, nästäppa och pipande andning när de hälsar på mormor som har två katter."),
      ("Utredning", "Pricktest katt 6 mm, hund 0, kvalster 0. Histaminkontroll 5 mm."),
      ("Bedömning", "Möjlig kattallergi med astmasymtom vid exponering."),
      ("Planering", "Spirometri med reversibilitet vid nästa besök. Desloratadin inför besöken hos mormor."),
  ], template="Allergiutredning")],
  ["NL102"], [],
  "'Möjlig kattallergi' for a 9-year-old in a visible Skåne Melior note")

C("lun-vgr-ej-helt-uteslutet-adenokarcinom", "vgr", P("1955-06-08", "m", 2),
  [N("n1", "nu_lung", "Katarina Holm", "läkare", "2024-10-08 10:35", [
      ("Aktuellt", "Kvarstående infiltrat i vänster underlob efter två antibiotikakurer under hösten."),
      ("Bedömning", "Ej helt uteslutet att det rör sig om ett slembildande adenokarcinom."),
      ("Planering", "Bronkoskopi med BAL och transbronkiell biopsi bokad till 17/10."),
  ])],
  ["NL102"], [],
  "'Ej helt uteslutet att…' starts with a negation but keeps cancer open: a hidden positive")

C("lun-skane-planering-bronkoskopi-misstankt-tumor", "skane", P("1953-04-01", "m", 88),
  [N("n1", "lund_lungmott", "Ulrika Malmberg", "läkare", "2024-06-10 09:05", [
      ("Aktuellt", "Blodtingerade upphostningar sedan två veckor. Röker 20 cig/dag."),
      ("Utredning", "DT thorax: atelektas i mellanloben, ingen förstorad lymfkörtel i mediastinum."),
      ("Planering", "Bronkoskopi 24/6 pga misstänkt endobronkiell tumör i mellanlobsbronken."),
  ])],
  ["NL102"], [],
  "the hedged tumour diagnosis sits inside a Planering sentence; it is still visible")

C("lun-vgr-remiss-fragestallning-astma", "vgr", P("1996-01-25", "f", 20),
  [N("n1", "su_ostra_allergi", "Nils Forsberg", "läkare", "2024-09-30 15:45", [
      ("Anamnes", "Remiss från Vårdcentralen Kungsten, frågeställning astma. 28-årig kvinna med nattlig hosta och pip i bröstet vid löpning sedan ett år."),
      ("Status", "Pulm: normalt andningsljud, inga biljud i vila. Näsa: bleka svullna slemhinnor."),
      ("Planering", "Spirometri med reversibilitet samt FeNO bokas till v 41."),
  ])],
  ["NL102"], [],
  "'frågeställning astma' from the referral is an open diagnostic question, visible in Anamnes")

C("lun-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", P("1948-08-11", "m", 47),
  [N("n1", "lund_lungmott", "Håkan Olsson", "läkare", "2024-04-16 14:20", [
      ("Aktuellt", "Utredning av vänstersidig pleuravätska, tappat 1,2 l serös vätska idag."),
      ("Tidiga hypoteser", "Misstänkt malignt pleuramesoteliom med tanke på 20 års asbestexponering som varvsarbetare i Landskrona."),
      ("Planering", "Medicinsk torakoskopi med pleurabiopsier nästa vecka."),
  ])],
  ["NL102"], [],
  "Skåne hides by template only: the sökord 'Tidiga hypoteser' inside an ordinary Läkaranteckning is shown")

C("lun-vgr-mall-tidiga-hypoteser-sokord-bedomning", "vgr", P("1959-02-22", "f", 74),
  [N("n1", "skas_somn", "Robert Lind", "läkare", "2024-11-12 11:00", [
      ("Bedömning", "Ortopné och dagtrötthet med förhöjt pCO2 på morgonen. Misstänkt tidig motorneuronsjukdom som förklaring till diafragmapares och nattlig hypoventilation."),
  ], template="Tidiga hypoteser")],
  ["NL102"], [],
  "VGR hides by sökord: a note titled Tidiga hypoteser whose section is Bedömning is still visible")

C("lun-vgr-trol-abpa-synlig-trots-tidiga-hypoteser", "vgr", P("1983-09-14", "m", 51),
  [N("n1", "su_lungmott", "Cecilia Dahl", "läkare", "2024-08-27 13:30", [
      ("Aktuellt", "Svårbehandlad astma med tre exacerbationer i år och upphostade bruna slemproppar."),
      ("Utredning", "Total-IgE 2400 kU/l, specifikt IgE Aspergillus fumigatus 8,2 kUA/l. DT: centrala bronkiektasier bilat."),
      ("Bedömning", "Trol. allergisk bronkopulmonell aspergillos (ABPA). Startar prednisolon enligt nedtrappningsschema."),
      ("Tidiga hypoteser", "Möjlig cystisk fibros med mild fenotyp, svettest och genetik innan något sägs till pat."),
  ])],
  ["NL102"], [],
  "the Tidiga hypoteser sökord is hidden in VGR, but 'Trol. ABPA' stands in visible Bedömning")

C("lun-skane-misstanken-om-sarkoidos-kvarstar", "skane", P("1975-05-05", "f", 66),
  [N("n1", "malmo_lungall", "Mattias Lönn", "läkare", "2024-07-09 10:10", [
      ("Bedömning", "Normalt S-ACE och inga granulom i första TBNA-provet, men misstanken om sarkoidos kvarstår med tanke på den typiska lymfkörtelfördelningen och uveiten."),
      ("Planering", "Ny EBUS med fler passager, ROSE."),
  ])],
  ["NL102"], [],
  "'misstanken om sarkoidos kvarstår' after negative tests: the hypothesis is still open")

C("lun-vgr-ingen-feber-men-misstankt-aspiration", "vgr", P("1938-12-19", "m", 9),
  [N("n1", "nal_avd_lung", "Sanna Grahn", "läkare", "2024-12-03 16:40", [
      ("Aktuellt", "Ingen feber, inga frossbrytningar. Hostar efter måltider enligt personalen på boendet."),
      ("Bedömning", "Nytillkommet infiltrat i höger underlob hos pat med Parkinsons sjukdom, misstänkt aspirationspneumoni."),
      ("Åtgärd", "Pip/Taz 4 g x 3 iv. Sväljbedömning av logoped."),
  ], template="Inskrivningsanteckning", setting="slutenvård")],
  ["NL102"], [],
  "negations of symptoms come first; the pneumonia itself is hedged ('misstänkt') and visible")

C("lun-skane-typo-missankt-lungtuberkulos", "skane", P("1991-02-14", "m", 80),
  [N("n1", "lund_avd_lung", "Amira Hassan", "läkare", "2024-01-22 20:15", [
      ("Aktuellt", "Viktnedgång 8 kg, nattsvettningar och hosta i två månader. Kom till Sverige från Somalia 2023."),
      ("Bedömning", "Lungröntgen med kavitet i höger ovanlob. Missänkt lungtuberkulos, isoleras på sal för luftburen smitta."),
      ("Åtgärd", "Sputum x 3 för direktmikroskopi, PCR och odling. Smittskyddsläkare kontaktad."),
  ], template="Inskrivningsanteckning", setting="slutenvård")],
  ["NL102"], [],
  "typo: 'Missänkt lungtuberkulos' is still a hedged diagnosis in a visible section")

C("lun-vgr-typo-sannolkit-anstrangningsastma", "vgr", P("2007-01-31", "f", 25),
  [N("n1", "su_ostra_allergi", "Viktor Åberg", "läkare", "2024-02-08 14:50", [
      ("Aktuellt", "17-årig längdskidåkare med hosta och pip efter tävlingar i kyla."),
      ("Utredning", "Ansträngningstest på löpband i kall luft: FEV1-fall 16 % efter 8 min."),
      ("Bedömning", "Sannolkit ansträngningsutlöst astma. Salbutamol före träning, ny kontroll om 2 mån."),
  ])],
  ["NL102"], [],
  "typo: 'Sannolkit' (sannolikt) hedges asthma in a 17-year-old's visible note")

C("lun-skane-typo-trolgi-kol-exacerbation", "skane", P("1946-06-16", "f", 58),
  [N("n1", "hbg_avd_lung", "Gustav Rehn", "läkare", "2024-03-25 23:40", [
      ("Aktuellt", "Känd KOL GOLD 3 med hemsyrgas 1 l. Tre dagars ökad dyspné och gulgrönt sputum."),
      ("Status", "Andningsfrekvens 26, förlängt exspirium, spridda ronki bilat. CRP 45, pCO2 6,9 kPa."),
      ("Bedömning", "Trolgi KOL-exacerbation utlöst av luftvägsinfektion."),
      ("Planering", "Inhalationer med Combivent, Betapred 4 mg x 1 i 5 dagar, doxycyklin."),
  ], template="Inskrivningsanteckning", setting="slutenvård", signed=None)],
  ["NL102"], [],
  "typo 'Trolgi' (trolig) on the exacerbation diagnosis; unsigned admission draft")

C("lun-vgr-typo-differentialdiagons-lymfom", "vgr", P("1981-10-10", "f", 13),
  [N("n1", "skas_lung", "Daniel Wikström", "läkare", "2024-04-09 09:25", [
      ("Aktuellt", "Uttalad mediastinal och bihilär lymfadenopati vid DT utförd för långvarig hosta."),
      ("Bedömning", "Differentialdiagons: sarkoidos, lymfom, TBC. EBUS-TBNA bokad till v 16."),
  ])],
  ["NL102"], [],
  "typo 'Differentialdiagons' introduces a list of hypotheses in visible Bedömning")
# ---------------------------------------------------------------------------
# Part 3
# ---------------------------------------------------------------------------
C("lun-vgr-eventuellt-ny-dt-kand-sarkoidos", "vgr", P("1970-03-03", "m", 72),
  [N("n1", "sas_lung", "Jenny Carlsson", "läkare", "2024-05-28 08:50", [
      ("Aktuellt", "Sarkoidos stadium II sedan 2021, PAD-verifierad med granulom vid EBUS. Ingen behandling sedan 2022."),
      ("Status", "Opåverkad. Inga rassel. Hud utan lupus pernio."),
      ("Planering", "Spirometri och DLCO om ett halvår. Eventuellt ny DT thorax om lungfunktionen försämras."),
  ])],
  [], ["NL102"],
  "'Eventuellt ny DT' hedges an examination; the sarcoidosis is PAD-verified")

C("lun-vgr-om-feber-sok-bronkiektasier", "vgr", P("1957-09-27", "f", 84),
  [N("n1", "alingsas_med", "Lotta Berglund", "sjuksköterska", "2024-11-25 13:15", [
      ("Telefonkontakt", "Pat med kända bronkiektasier sedan 2017 ringer om ökad mängd gult slem sedan tre dagar, feberfri. Enl. dr Westman startar pat sin reservkur amoxicillin 750 mg x 3 i 14 dagar. Om feber, blodigt slem eller tilltagande andfåddhet ska pat söka akut."),
  ], template="Telefonanteckning")],
  [], ["NL102"],
  "conditional safety advice ('Om feber … sök akut') is no hypothesis; bronchiectasis is known")

C("lun-skane-barn-vid-tecken-pa-anafylaxi", "skane", P("2020-01-18", "m", 3),
  [N("n1", "malmo_barnallergi", "Helena Strand", "sjuksköterska", "2024-04-23 10:30", [
      ("Aktuellt", "Verifierad IgE-medierad komjölksallergi, reagerade med urtikaria och kräkning vid 8 mån. Mamma och pappa på besök med pojken för genomgång av akutplan inför förskolestart."),
      ("Åtgärd", "Vid tecken på anafylaxi (hosta, väsande andning, kräkning, blekhet) ges adrenalinpenna i låret och 112 larmas. Skriftlig akutplan till förskolan."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL102"],
  "child: 'Vid tecken på anafylaxi' is an instruction for a future event; the milk allergy is verified")

C("lun-vgr-diagnos-kol-gold-grupp-e", "vgr", P("1954-12-24", "m", 29),
  [N("n1", "nu_lung", "Maja Eklund", "läkare", "2024-01-16 11:40", [
      ("Bedömning", "KOL med två exacerbationer senaste året trots LAMA/LABA. B-eos 0,35. Tillägg av ICS enligt GOLD, byter till Trimbow 2 x 2."),
      ("Diagnos", "J44.9 Kroniskt obstruktiv lungsjukdom, GOLD 3, grupp E."),
  ])],
  [], ["NL102"],
  "confirmed COPD with ICD code under sökord Diagnos: nothing hedged")

C("lun-skane-bekraftad-osa-polygrafi", "skane", P("1968-04-29", "m", 16),
  [N("n1", "hbg_somn", "Karl-Johan Ek", "läkare", "2024-03-05 14:05", [
      ("Utredning", "Polygrafi: AHI 34/h, ODI 31, lägsta saturation 79 %. ESS 14 poäng."),
      ("Bedömning", "Måttlig till svår obstruktiv sömnapné med dagtrötthet."),
      ("Åtgärd", "CPAP-start hos sömnsköterska v 12. Pat avråds från att köra bil vid trötthet."),
  ], template="Mottagningsanteckning")],
  [], ["NL102"],
  "sleep apnoea confirmed by polygraphy, stated without hedge")

C("lun-vgr-tidigare-misstankt-nu-pad-verifierad", "vgr", P("1985-08-06", "f", 91),
  [N("n1", "su_lungmott", "Fredrika Nord", "läkare", "2024-07-16 15:25", [
      ("Utredning", "Den tidigare misstänkta sarkoidosen är nu PAD-verifierad: icke-nekrotiserande granulom i station 7, odling negativ."),
      ("Bedömning", "Sarkoidos stadium I utan organpåverkan. Ingen behandling, kontroll om 6 mån."),
  ])],
  [], ["NL102"],
  "'tidigare misstänkta' sarcoidosis that is now verified: a settled diagnosis, no open hypothesis")

C("lun-skane-mall-tidiga-hypoteser", "skane", P("1942-02-02", "m", 35),
  [N("n1", "lund_lungmott", "Birgitta Sölvesdotter", "läkare", "2024-10-21 16:10", [
      ("Bedömning", "DT inger stark misstanke om lungcancer med levermetastaser, PAD väntas. Hustrun avled för tre veckor sedan och pat bedöms mycket skör."),
  ], template="Tidiga hypoteser")],
  [], ["NL102"],
  "Skåne: the whole note uses the Tidiga hypoteser template, so the hedged cancer is hidden")

C("lun-vgr-tidiga-hypoteser-sokord-enbart", "vgr", P("1951-06-13", "f", 49),
  [N("n1", "su_lungmott", "Erik Borg", "läkare", "2024-06-25 10:05", [
      ("Aktuellt", "Kontroll efter DT thorax. Pat mår bra, promenerar 5 km dagligen."),
      ("Tidiga hypoteser", "Trolig lungcancer i höger överlob enligt DT, avvaktar PET. Pat har uttalad dödsångest sedan makens cancerdöd."),
      ("Planering", "PET-DT bokad, återbesök om 2 v med svar."),
  ])],
  [], ["NL102"],
  "VGR: the hedged cancer is only under the filtered sökord Tidiga hypoteser; visible sections are clean")

C("lun-skane-pmo-trolig-astma", "skane", P("1993-05-17", "f", 57),
  [N("n1", "vc_eslov", "Ali Rahimi", "läkare", "2024-03-14 10:20", [
      ("Bedömning", "Trolig astma, pip och hosta efter förkylningar och i pollensäsong. Provar Flutide 125 µg 1 x 2 i 6 v."),
  ], template="Besök")],
  [], ["NL102"],
  "PMO never shows diagnoses: 'Trolig astma' at the vårdcentral is not NL102")

C("lun-skane-pmo-ssk-spirometri-misstankt-kol", "skane", P("1960-10-09", "m", 38),
  [N("n1", "vc_angelholm", "Therese Ljung", "sjuksköterska", "2024-09-11 08:30", [
      ("Spirometri", "FEV1/FVC 0,61 efter bronkdilatation, FEV1 68 % av förväntat. Röker 1 paket/dag. Misstänkt KOL, tid bokad hos dr Sahlin."),
  ], template="Astma/KOL-mottagning")],
  [], ["NL102"],
  "PMO spirometry nurse note with 'Misstänkt KOL': PMO does not show diagnoses")

C("lun-skane-pmo-bvc-misstankt-astma-barn", "skane", P("2022-02-26", "f", 42),
  [N("n1", "bvc_hoor", "Malin Håkansson", "sjuksköterska", "2024-01-30 09:45", [
      ("Aktuellt", "Tredje episoden i vinter med obstruktiv bronkit, inhalerar Airomir via spacer. Misstänkt astma, remiss till barnmottagningen skickad av dr Ewaldsson."),
  ], template="BVC-besök")],
  [], ["NL102"],
  "child in PMO (BVC): the hedged asthma is not shown, so no NL102")

C("lun-vgr-misstanken-om-lungcancer-avskrivs", "vgr", P("1958-03-21", "m", 64),
  [N("n1", "nu_lung", "Agnes Fridh", "läkare", "2024-08-20 13:55", [
      ("Utredning", "PET-DT utan patologiskt upptag i förändringen, som dessutom minskat från 18 till 9 mm."),
      ("Bedömning", "Misstanken om lungcancer avskrivs, förändringen var inflammatorisk. Avslutas."),
  ])],
  [], ["NL102"],
  "'Misstanken om lungcancer avskrivs' contains 'misstanke' but the diagnosis is dropped")
# ---------------------------------------------------------------------------
# Part 4
# ---------------------------------------------------------------------------
C("lun-skane-aktiv-tbc-kan-uteslutas", "skane", P("1979-07-23", "f", 54),
  [N("n1", "lund_avd_lung", "Omar Darwish", "läkare", "2024-02-01 11:20", [
      ("Bedömning", "Tre sputumprov negativa i direktmikroskopi och PCR. Aktiv lungtuberkulos kan uteslutas och isoleringen hävs."),
      ("Planering", "Fortsatt cefotaxim för den verifierade pneumokockpneumonin, byte till peroralt i morgon."),
  ], setting="slutenvård")],
  [], ["NL102"],
  "'kan uteslutas' (can be ruled out) is the opposite of 'kan ej uteslutas': no hypothesis")

C("lun-vgr-inget-som-talar-for-ild-metotrexat", "vgr", P("1964-11-11", "f", 27),
  [N("n1", "su_klinfys", "Mikael Sund", "läkare", "2024-10-02 12:30", [
      ("Utredning", "Dynamisk spirometri, statiska lungvolymer och DLCO inom referensområdet."),
      ("Bedömning", "Inget som talar för interstitiell lungsjukdom hos pat som behandlas med metotrexat för reumatoid artrit."),
  ], template="Lungfunktionsutlåtande")],
  [], ["NL102"],
  "'Inget som talar för interstitiell lungsjukdom' is a negated 'talar för'")

C("lun-skane-typo-ingen-missanke-om-sarkoidos", "skane", P("1988-12-01", "m", 69),
  [N("n1", "malmo_lungall", "Tove Ragnarsson", "läkare", "2024-05-02 14:40", [
      ("Aktuellt", "Remiss från ögonkliniken, främre uveit höger öga, önskar utredning för systemsjukdom."),
      ("Bedömning", "Lungröntgen, S-ACE och S-Ca normala, inga hudförändringar. Ingen missanke om sarkoidos från lungsidan."),
  ])],
  [], ["NL102"],
  "typo in the negation ('Ingen missanke om sarkoidos'): still a negated diagnosis")

C("lun-vgr-typo-lungemboli-utselutes-hjartsvikt", "vgr", P("1940-04-04", "m", 21),
  [N("n1", "sas_avd_med", "Josefin Lilja", "läkare", "2024-12-10 02:15", [
      ("Utredning", "DT lungartärer: lungemboli utselutes. Bilaterala pleuravätskor och kardiomegali. NT-proBNP 8900."),
      ("Bedömning", "Dekompenserad hjärtsvikt med reducerad ejektionsfraktion. Furosemid 40 mg x 2 iv."),
  ], template="Inskrivningsanteckning", setting="slutenvård", signed=None)],
  [], ["NL102"],
  "typo 'utselutes' (uteslutes) still rules out embolism; heart failure is confirmed; unsigned draft")

C("lun-skane-mojligen-mer-andfadd-symtom", "skane", P("1955-02-15", "f", 73),
  [N("n1", "ystad_med", "Lars Hedin", "läkare", "2024-09-17 10:25", [
      ("Aktuellt", "KOL GOLD 2, Spiolto 2 x 1. Möjligen något mer andfådd vid trappgång sedan i somras, men pat tycker det är svårt att avgöra."),
      ("Status", "SpO2 95 %. Förlängt exspirium, inga rassel."),
      ("Bedömning", "Stabil KOL, FEV1 oförändrad mot 2023. Remiss till lungrehab."),
  ])],
  [], ["NL102"],
  "the hedge 'Möjligen' is on a symptom (breathlessness), not on a diagnosis")

C("lun-vgr-ev-lagre-dlco-fynd", "vgr", P("1977-08-08", "m", 86),
  [N("n1", "su_klinfys", "Ronja Åström", "biomedicinsk analytiker", "2024-03-19 09:00", [
      ("Utredning", "Ev. lätt sänkt diffusionskapacitet, 72 % av förväntat. Bör tolkas med försiktighet då Hb var 104 och korrektion ej gjord. Spirometri normal."),
  ], template="Lungfunktionsundersökning")],
  [], ["NL102"],
  "'Ev. lätt sänkt diffusionskapacitet' hedges a measurement, not a disease")

C("lun-skane-forenlig-med-normal-lungfunktion", "skane", P("2001-06-30", "f", 60),
  [N("n1", "lund_lungfys", "Peter Gunnarsson", "läkare", "2024-11-19 15:00", [
      ("Bedömning", "Spirometri och statiska volymer förenliga med normal lungfunktion. Ingen obstruktivitet, ingen restriktivitet."),
  ], template="Lungfunktionsutlåtande")],
  [], ["NL102"],
  "'förenliga med normal lungfunktion' uses a hedge phrase about a normal result, not a disease")

C("lun-vgr-talar-for-god-cpap-foljsamhet", "vgr", P("1971-01-28", "m", 48),
  [N("n1", "skas_somn", "Hanna Wallin", "sjuksköterska", "2024-06-11 13:40", [
      ("Aktuellt", "Årskontroll CPAP, obstruktiv sömnapné sedan 2019."),
      ("Bedömning", "Nedladdningen talar för god följsamhet: 6,8 h/natt, residual-AHI 2, litet läckage. Pat pigg, ESS 5."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL102"],
  "'talar för god följsamhet' is about adherence, not a diagnosis")

C("lun-skane-bild-som-vid-foregaende-kontroll", "skane", P("1965-09-05", "m", 77),
  [N("n1", "malmo_lungall", "Eva-Lena Nilsson", "läkare", "2024-08-06 11:05", [
      ("Utredning", "Lungröntgen: bild som vid föregående kontroll 2023 med oförändrade retikulära förändringar i ovanlobbarna."),
      ("Bedömning", "Stabil sarkoidos stadium III, fortsatt utan behandling. FVC 81 %, oförändrad."),
  ])],
  [], ["NL102"],
  "'bild som vid föregående kontroll' compares with an old image; the sarcoidosis is known")

C("lun-vgr-far-dog-i-misstankt-lungcancer", "vgr", P("1980-05-24", "f", 18),
  [N("n1", "sas_lung", "Stefan Öhman", "läkare", "2024-04-30 10:15", [
      ("Anamnes", "Pappan dog 2010 i misstänkt lungcancer som aldrig utreddes färdigt, mamma har KOL. Pat röker 10 cig/dag."),
      ("Bedömning", "Lågdos-DT utan lungförändringar. Spirometri normal. Rökstoppsstöd erbjuds."),
  ])],
  [], ["NL102"],
  "the hedged cancer is the father's; the patient's own work-up is normal")

C("lun-skane-kan-ej-uteslutas-syrgasbehov", "skane", P("1943-10-17", "f", 4),
  [N("n1", "hassleholm_med", "Jesper Kjellberg", "läkare", "2024-07-01 14:25", [
      ("Bedömning", "Svår KOL med emfysem, FEV1 29 %. pO2 7,6 kPa i vila. Behov av syrgas i hemmet kan ej uteslutas framöver."),
      ("Planering", "Ny artärgas om 3 v i stabilt skede."),
  ])],
  [], ["NL102"],
  "'kan ej uteslutas' applies to a future treatment need, not to a diagnosis; COPD is confirmed")

C("lun-vgr-misstankt-tbc-exponering-igra-negativ", "vgr", P("1992-08-19", "f", 30),
  [N("n1", "su_lungmott", "Pernilla Lund", "sjuksköterska", "2024-09-05 11:30", [
      ("Aktuellt", "Smittspårning efter misstänkt exponering på arbetsplatsen, kollega med odlingsverifierad lungtuberkulos."),
      ("Utredning", "IGRA (Quantiferon) negativt 10 v efter senaste kontakt. Lungröntgen ua."),
      ("Bedömning", "Ingen tuberkulosinfektion. Ingen vidare åtgärd enligt smittskyddsläkarens PM."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL102"],
  "'misstänkt exponering' hedges an exposure, and infection is negated")

C("lun-skane-differentialdiagnos-lymfom-utesluten", "skane", P("1973-03-09", "m", 62),
  [N("n1", "lund_lungmott", "Johanna Fält", "läkare", "2024-12-02 09:40", [
      ("Bedömning", "Differentialdiagnosen lymfom är nu utesluten genom mediastinoskopins PAD, som visar icke-nekrotiserande granulom. Sarkoidos stadium I fastställs."),
  ])],
  [], ["NL102"],
  "'Differentialdiagnosen … är nu utesluten': the DD is closed and sarcoidosis is settled")

C("lun-vgr-barn-inga-tecken-pa-fodoamnesallergi", "vgr", P("2019-07-07", "f", 71),
  [N("n1", "dsbus_allergi", "Anton Ryd", "läkare", "2024-10-29 08:45", [
      ("Aktuellt", "5-årig flicka med atopiskt eksem, föräldrarna oroliga att maten förvärrar eksemet."),
      ("Utredning", "Pricktest mjölk, ägg, vete, jordnöt och fisk negativa. Öppen provokation med ägg utan reaktion."),
      ("Bedömning", "Inga tecken på födoämnesallergi. Eksemet behandlas med mjukgörare och hydrokortison i perioder."),
  ])],
  [], ["NL102"],
  "child: 'Inga tecken på födoämnesallergi' is a negated diagnosis")

C("lun-skane-asit-trolig-uppdosering-klar", "skane", P("1999-04-12", "m", 83),
  [N("n1", "kristianstad_allergi", "Annelie Borg", "sjuksköterska", "2024-03-06 14:10", [
      ("Åtgärd", "Subkutan immunterapi mot gräspollen, Alutard 0,5 ml i vänster överarm. 30 min observation utan reaktion, PEF före 540 och efter 550. Trolig uppdosering klar v 16, därefter underhållsdos var 6:e vecka."),
  ], template="Allergenimmunterapi")],
  [], ["NL102"],
  "immunotherapy note: 'Trolig uppdosering klar' hedges a schedule, not a diagnosis")
# ---------------------------------------------------------------------------
# Part 5 - NL101 positives
# ---------------------------------------------------------------------------
C("lun-skane-pad-adenokarcinom-ej-informerad", "skane", P("1951-09-02", "f", 24),
  [N("n1", "lund_lungmott", "Ulrika Malmberg", "läkare", "2024-08-29 16:05", [
      ("Utredning", "PAD från transbronkiell biopsi vänster underlob: adenokarcinom, TTF-1 positivt, PD-L1 60 %. EGFR och ALK analyseras."),
      ("Planering", "Pat ej informerad, besked ges på återbesök 3/9 tillsammans med kontaktsjuksköterskan."),
  ], template="Provsvarsanteckning")],
  ["NL101"], ["NL102"],
  "settled adenocarcinoma in a visible section while 'Pat ej informerad'")

C("lun-vgr-smacellig-ej-fatt-besked", "vgr", P("1956-12-14", "m", 15),
  [N("n1", "su_lungmott", "Magnus Ekdahl", "läkare", "2024-02-14 12:10", [
      ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt PET-DT. Hjärn-MR utan metastaser."),
      ("Planering", "Pat har ännu inte fått besked. Informeras av undertecknad på torsdag med anhörig närvarande, därefter remiss till onkologen."),
  ], signed=None)],
  ["NL101"], ["NL102"],
  "confirmed small-cell lung cancer shown while the note says the patient has not been told yet")

C("lun-vgr-misstankt-mesoteliom-ska-ej-informeras", "vgr", P("1946-07-21", "m", 40),
  [N("n1", "sas_lung", "Tobias Engström", "läkare", "2024-06-19 15:35", [
      ("Utredning", "Medicinsk torakoskopi: diffus nodulär förtjockning av parietala pleuran, biopsier tagna."),
      ("Bedömning", "Torakoskopifynden inger stark misstanke om mesoteliom. Pat ska inte informeras om misstanken förrän PAD och MDK föreligger."),
  ])],
  ["NL101", "NL102"], [],
  "hedged mesothelioma in visible Bedömning, and the text says the patient must not be told yet")

C("lun-skane-ipf-mdk-ej-delgivet", "skane", P("1949-03-30", "m", 76),
  [N("n1", "lund_lungmott", "Karin Wennerholm", "läkare", "2024-05-15 08:30", [
      ("Bedömning", "ILD-MDK 14/5: idiopatisk lungfibros med UIP-mönster på HRCT, ingen exponering eller bindvävssjukdom."),
      ("Planering", "Diagnosen har ännu inte delgivits pat, som kallas till läkarbesök nästa vecka för information och start av antifibrotisk behandling."),
  ])],
  ["NL101"], ["NL102"],
  "'Diagnosen har ännu inte delgivits pat' - a settled IPF diagnosis shown before the patient is told")

C("lun-vgr-skelettmetastaser-pat-vet-ej", "vgr", P("1960-02-18", "f", 50),
  [N("n1", "nu_lung", "Maja Eklund", "läkare", "2024-10-23 13:20", [
      ("Utredning", "Skelettscint: multipla skelettmetastaser i bäcken och ländkotpelare hos pat med känd NSCLC stadium IIIB."),
      ("Bedömning", "Progress till stadium IV. Pat vet ännu inte om metastaserna, samtal bokat i morgon kl 10 med kontaktssk."),
  ])],
  ["NL101"], [],
  "'Pat vet ännu inte om metastaserna' - the new metastatic disease is visible before it is told")

C("lun-skane-typo-ej-informerd-skivepitelcancer", "skane", P("1950-11-06", "m", 34),
  [N("n1", "malmo_lungall", "Anders Bengtsson", "läkare", "2024-04-11 17:15", [
      ("Utredning", "PAD: skivepitelcancer i vänster huvudbronk."),
      ("Telefonkontakt", "Pat ej informerd om PAD-svaret, nås inte per telefon idag. Nytt försök i morgon förmiddag."),
  ], template="Provsvarsanteckning")],
  ["NL101"], ["NL102"],
  "typo 'ej informerd' (informerad): the cancer diagnosis is visible and untold")

C("lun-vgr-typo-inte-infomerad-mac", "vgr", P("1948-04-25", "f", 81),
  [N("n1", "skas_lung", "Daniel Wikström", "läkare", "2024-03-27 10:45", [
      ("Utredning", "Odling från BAL och 3 av 3 sputa: Mycobacterium avium complex. HRCT med noduli och bronkiektasier i mellanloben och lingula."),
      ("Bedömning", "MAC-lungsjukdom som uppfyller ATS-kriterierna. Pat är inte infomerad ännu, besök bokas."),
  ])],
  ["NL101"], ["NL102"],
  "typo 'infomerad': non-tuberculous mycobacterial disease stated while the patient is not informed")

C("lun-skane-long-inskrivning-tumor-ej-informerad", "skane", P("1947-01-09", "m", 59),
  [N("n1", "lund_avd_lung", "Amira Hassan", "läkare", "2024-11-28 21:30", [
      ("Aktuellt", "77-årig man som inkommer via akuten med hemoptys, ca en matsked färskt blod x 4 sedan i eftermiddags. Sedan 2 mån viktnedgång 6 kg och tilltagande trötthet. Ingen feber."),
      ("Anamnes", "Hypertoni, typ 2-diabetes på metformin, f.d. rökare 45 paketår, slutade 2015. Bor med hustrun i villa i Staffanstorp, klarar sig själv. Tidigare byggnadsplåtslagare."),
      ("Läkemedel", "Metformin 1 g x 2, amlodipin 5 mg, atorvastatin 40 mg, Trombyl 75 mg som sattes ut på akuten."),
      ("Status", "AT: blek men opåverkad, talar hela meningar. AF 18, SpO2 95 % utan syrgas, BT 148/86, puls 88 regelbunden. Cor: inga blåsljud. Pulm: nedsatt andningsljud hö ovan, i övrigt ua. Buk: mjuk, lever palperas 2 fingerbredder under arcus. Inga förstorade lymfkörtlar på halsen."),
      ("Lab", "Hb 118, CRP 14, ALP 6,2, ASAT 1,4, ALAT 1,1, kreatinin 88, PK 1,0."),
      ("Utredning", "DT thorax-buk med kontrast: 5 cm tumör i höger hilus med överväxt på ovanlobsbronken, multipla levermetastaser upp till 3 cm."),
      ("Bedömning", "Lungcancer i höger hilus med levermetastaser, stadium IV. Hemoptysen beror på tumören. Pat ej informerad om DT-fynden; informeras tillsammans med hustrun i morgon när hon kan vara med."),
      ("Planering", "Cyklokapron 1 g x 3. Bronkoskopi med biopsi inom 2 dagar. Remiss onkologen parallellt. Fastande från midnatt."),
  ], template="Inskrivningsanteckning", setting="slutenvård", signed=65)],
  ["NL101"], [],
  "long admission chart (≈200 words): lung cancer with liver metastases in Bedömning while 'Pat ej informerad om DT-fynden'")

C("lun-vgr-tbc-odling-positiv-ej-informerad", "vgr", P("1994-06-03", "m", 67),
  [N("n1", "su_lungmott", "Pernilla Lund", "sjuksköterska", "2024-01-25 14:40", [
      ("Telefonkontakt", "Odling från sputum positiv för Mycobacterium tuberculosis, känslig för förstahandsmedel. Pat sökt tre gånger per telefon utan svar och är ännu inte informerad om tuberkulosdiagnosen. Smittskyddsläkare underrättad, brev med kallelse skickas."),
  ], template="Telefonanteckning")],
  ["NL101"], ["NL102"],
  "culture-confirmed tuberculosis, visible, while the patient has not been reached and informed")

C("lun-skane-avvaktar-med-besked-tills-dottern", "skane", P("1939-08-14", "f", 37),
  [N("n1", "hassleholm_med", "Jesper Kjellberg", "läkare", "2024-09-09 11:50", [
      ("Utredning", "Cytologi från pleuravätskan: metastaserande adenokarcinom av lungursprung, TTF-1 positivt."),
      ("Planering", "Vi avvaktar med att informera pat om cancerbeskedet tills dottern kan närvara på fredag. Återbesök inbokat."),
  ])],
  ["NL101"], ["NL102"],
  "'avvaktar med att informera pat' - a confirmed metastatic cancer in a visible note before the patient knows")

C("lun-vgr-pjp-hiv-svar-ej-informerad", "vgr", P("1982-10-31", "m", 73),
  [N("n1", "su_avd_lung", "Cecilia Dahl", "läkare", "2024-04-04 13:10", [
      ("Utredning", "BAL: PCR Pneumocystis jirovecii positiv. HIV-test (Combo) positivt, bekräftande western blot positivt."),
      ("Bedömning", "Pneumocystispneumoni hos pat med nyupptäckt HIV-infektion."),
      ("Planering", "Pat ännu ej informerad om HIV-svaret; infektionskonsulten ger beskedet i eftermiddag. Trimetoprim-sulfa och prednisolon insatt."),
  ], setting="slutenvård")],
  ["NL101"], ["NL102"],
  "new HIV diagnosis written in a visible ward note while the patient is not yet informed")

C("lun-skane-pah-hogerkateter-ej-informerad", "skane", P("1978-05-11", "f", 22),
  [N("n1", "lund_lungmott", "Elin Sandberg", "läkare", "2024-07-04 14:55", [
      ("Utredning", "Högerkateterisering: mPAP 48 mmHg, PVR 9 WU, PAWP 9 mmHg. Ingen vasoreaktivitet."),
      ("Bedömning", "Idiopatisk pulmonell arteriell hypertension, riskgrupp intermediär. Pat ej informerad om resultatet ännu, kallas till PAH-sköterska och läkare 11/7."),
  ])],
  ["NL101"], ["NL102"],
  "pulmonary arterial hypertension settled by catheterisation; the note says the patient is not informed")

C("lun-vgr-alfa1-pizz-besked-ej-lamnat", "vgr", P("1975-02-27", "m", 11),
  [N("n1", "sas_lung", "Stefan Öhman", "läkare", "2024-08-13 09:35", [
      ("Utredning", "S-alfa-1-antitrypsin 0,2 g/l. Genotypning: PiZZ."),
      ("Bedömning", "Svår alfa-1-antitrypsinbrist. Besked ej lämnat till pat, genetisk vägledning ska föregå beskedet eftersom syskon och barn berörs."),
  ], template="Provsvarsanteckning")],
  ["NL101"], ["NL102"],
  "genetic diagnosis (PiZZ) visible while 'Besked ej lämnat till pat'")

C("lun-skane-kontaktssk-dr-har-ej-informerat", "skane", P("1952-10-20", "f", 45),
  [N("n1", "ystad_med", "Annika Lövgren", "sjuksköterska", "2024-06-20 15:15", [
      ("Telefonkontakt", "Pat ringde och undrade över provsvaren från förra veckan. Dr Mårtensson har ännu inte informerat pat om att biopsin visade lungcancer. Pat fick vänta till läkarsamtalet på måndag, erbjöds att ta med make."),
  ], template="Kontaktsjuksköterska")],
  ["NL101"], [],
  "nurse's telephone note names the lung cancer and says the doctor has not told the patient yet")

C("lun-vgr-epikris-binjure-misstankt-metastas-ej-informerad", "vgr", P("1957-04-16", "m", 26),
  [N("n1", "su_avd_lung", "Erik Borg", "läkare", "2024-05-31 11:25", [
      ("Epikris", "Vårdats 5 dagar för obstruktiv pneumoni distalt om känd tumör i vänster överlob, behandlad med Pip/Taz och sedan Kåvepenin. Afebril sedan dag 2, CRP 180 till 32."),
      ("Utredning", "Incidentellt fynd vid DT buk: 3 cm förändring i vänster binjure, misstänkt metastas från lungtumören. Pat ej informerad om detta fynd, tas upp vid återbesöket på lungmottagningen."),
      ("Planering", "Kåvepenin 1 g x 3 t.o.m. 7/6. Återbesök om 1 v."),
  ], template="Epikris", setting="slutenvård")],
  ["NL101", "NL102"], [],
  "discharge summary: a suspected adrenal metastasis is visible and explicitly not yet told")

C("lun-skane-utkast-hjartsarkoidos-ej-besked", "skane", P("1970-09-18", "m", 90),
  [N("n1", "malmo_lungall", "Mattias Lönn", "läkare", "2024-10-14 16:50", [
      ("Bedömning", "Kardiell sarkoidos verifierad med FDG-PET hjärta och MR, känd lungsarkoidos sedan 2018. Pat har inte fått besked än, ringer honom i morgon efter kardiologronden."),
  ], signed=None)],
  ["NL101"], ["NL102"],
  "unsigned draft: verified cardiac sarcoidosis shown while the patient has not been told")

C("lun-vgr-ska-ej-informeras-fore-onkolog", "vgr", P("1963-12-07", "f", 32),
  [N("n1", "nal_avd_lung", "Sanna Grahn", "läkare", "2024-07-23 10:00", [
      ("Utredning", "PAD från EBUS station 4L: storcellig neuroendokrin cancer."),
      ("Planering", "Pat ska inte informeras om PAD-svaret förrän onkologen tagit ställning till behandlingsupplägget, enligt överenskommelse med onkologjouren. Pat är informerad om att svar väntas."),
  ], setting="slutenvård")],
  ["NL101"], [],
  "'ska inte informeras om PAD-svaret' - the cancer is visible though it must not be told yet")

C("lun-skane-typo-ej-underattad-hjarnmetastaser", "skane", P("1958-07-29", "m", 53),
  [N("n1", "lund_lungmott", "Håkan Olsson", "läkare", "2024-12-09 13:30", [
      ("Utredning", "MR hjärna: tre nya hjärnmetastaser, största 12 mm frontalt vänster."),
      ("Bedömning", "Progress av lungcancern med cerebral metastasering. Pat är ännu ej underättad, ses av undertecknad och kontaktssk i morgon."),
  ], signed=None)],
  ["NL101"], [],
  "typo 'underättad' (underrättad): brain metastases visible while the patient is not yet told; draft")

C("lun-vgr-systemisk-mastocytos-ej-informerad", "vgr", P("1968-01-22", "f", 64),
  [N("n1", "su_ostra_allergi", "Lena Sjöberg", "läkare", "2024-11-07 14:20", [
      ("Aktuellt", "Utredning av recidiverande anafylaxi utan utlösande faktor, basalt tryptas 24 µg/l."),
      ("Utredning", "Benmärgsbiopsi: systemisk mastocytos, KIT D816V positiv."),
      ("Planering", "Pat ej informerad om benmärgssvaret, får besked av hematolog på gemensamt besök 14/11."),
  ])],
  ["NL101"], ["NL102"],
  "allergy clinic: systemic mastocytosis in a visible section while the patient is not yet informed")

C("lun-vgr-tva-anteckningar-pad-ej-informerad", "vgr", P("1955-11-19", "f", 70),
  [N("n1", "su_bronk", "Henrik Falk", "läkare", "2024-03-07 09:15", [
      ("Åtgärd", "Bronkoskopi i lokalbedövning och lätt sedering. Exofytisk tumörväxt i höger ovanlobsbronk, biopsier x 6 och borstprov tagna. Inga komplikationer."),
  ], template="Bronkoskopianteckning", signed=30),
   N("n2", "su_lungmott", "Magnus Ekdahl", "läkare", "2024-03-12 15:40", [
      ("Utredning", "PAD från bronkoskopin 7/3: skivepitelcancer, PD-L1 <1 %."),
      ("Planering", "Pat är inte informerad om PAD. Besked på återbesök 15/3, kontaktssk bokad.")],
      template="Provsvarsanteckning", refs=["n1"])],
  ["NL101@n2"], ["NL102@n2"],
  "two notes: the later results note states the cancer and that the patient is not informed")
# ---------------------------------------------------------------------------
# Part 6 - NL101 negatives
# ---------------------------------------------------------------------------
C("lun-skane-informerad-idag-lungcancer", "skane", P("1954-03-08", "f", 89),
  [N("n1", "lund_lungmott", "Fredrik Nyström", "läkare", "2024-09-12 10:40", [
      ("Bedömning", "Adenokarcinom i höger överlob, stadium IIIA, EGFR-mutation exon 19."),
      ("Information", "Pat informerad om diagnosen lungcancer vid dagens besök tillsammans med sin man, kontaktsjuksköterska närvarande. Gick igenom nästa steg med onkologremiss."),
  ], template="Samtal")],
  [], ["NL101", "NL102"],
  "the patient was told the cancer diagnosis today")

C("lun-vgr-besked-per-telefon-sarkoidos", "vgr", P("1986-10-13", "m", 58),
  [N("n1", "sas_lung", "Jenny Carlsson", "läkare", "2024-04-18 13:05", [
      ("Telefonkontakt", "PAD från EBUS visar icke-nekrotiserande granulom, odling negativ: sarkoidos. Besked lämnat till pat per telefon, inga frågor just nu. Återbesök om 6 v med spirometri."),
  ], template="Telefonanteckning")],
  [], ["NL101"],
  "the sarcoidosis result was given to the patient by phone")

C("lun-skane-besked-tidigare-av-kollega-ipf", "skane", P("1945-12-28", "m", 43),
  [N("n1", "malmo_lungall", "Tove Ragnarsson", "läkare", "2024-04-02 10:15", [
      ("Aktuellt", "IPF diagnostiserad vid MDK i februari. Pat fick beskedet av dr Lönn 12/3 och har läst på om sjukdomen och nintedanib."),
      ("Bedömning", "FVC 74 %, DLCO 48 %. Startar nintedanib 150 mg x 2, levervärden kontrolleras om 4 v."),
  ])],
  [], ["NL101"],
  "the IPF diagnosis was told by a colleague earlier; nothing is withheld")

C("lun-vgr-ej-informerad-om-operationsdatum", "vgr", P("1962-05-19", "m", 22),
  [N("n1", "su_lungmott", "Nils Forsberg", "läkare", "2024-04-09 15:30", [
      ("Bedömning", "Adenokarcinom höger överlob, stadium IB. Lobektomi rekommenderas av thorax-MDK, diagnosen genomgången med pat 2/4."),
      ("Planering", "Pat ännu ej informerad om operationsdatum, thoraxkirurgen återkommer med tid."),
  ], signed=None)],
  [], ["NL101"],
  "what is not yet told is the operation date, not the diagnosis (which was told 2/4)")

C("lun-skane-remiss-apneskena-ej-meddelad", "skane", P("1977-11-02", "m", 19),
  [N("n1", "hbg_somn", "Karl-Johan Ek", "läkare", "2024-05-27 14:45", [
      ("Bedömning", "Lätt obstruktiv sömnapné, AHI 12, ryggläge-beroende. Retrognati."),
      ("Åtgärd", "Remiss till Käkkirurgiska kliniken för apnéskena skickad efter besöket, pat är inte meddelad om att den gått iväg. Brev skickas."),
  ])],
  [], ["NL101"],
  "the untold fact is that a referral was sent; the apnoea diagnosis is not withheld")

C("lun-vgr-normalt-dt-svar-ej-meddelat", "vgr", P("1990-08-24", "f", 61),
  [N("n1", "nu_lung", "Katarina Holm", "läkare", "2024-06-05 16:20", [
      ("Aktuellt", "Svårbehandlad allergisk astma, GINA steg 5, mepolizumab sedan 2023."),
      ("Utredning", "DT thorax utan bronkiektasier, inga slemproppar eller infiltrat."),
      ("Planering", "Pat ännu ej informerad om det normala DT-svaret, ringer henne i morgon."),
  ])],
  [], ["NL101"],
  "the untold item is a normal CT result; the asthma is known to the patient")

C("lun-skane-mall-tidiga-hypoteser-ej-informerad", "skane", P("1950-06-06", "m", 27),
  [N("n1", "lund_lungmott", "Birgitta Sölvesdotter", "läkare", "2024-02-22 15:10", [
      ("Bedömning", "Misstänkt lungcancer med hjärnmetastaser enligt DT och MR. Pat ej informerad, bedöms inte klara beskedet förrän sonen kommit hem från utlandsuppdrag på söndag."),
  ], template="Tidiga hypoteser")],
  [], ["NL101", "NL102"],
  "Skåne Tidiga hypoteser template: the untold hedged cancer is kept in the protected place")

C("lun-vgr-sokord-tidiga-hypoteser-ej-informerad", "vgr", P("1959-10-04", "f", 31),
  [N("n1", "su_lungmott", "Fredrika Nord", "läkare", "2024-10-03 11:40", [
      ("Aktuellt", "Kontroll efter bronkoskopin, pat mår bra, inga blödningar."),
      ("Tidiga hypoteser", "Trol. småcellig cancer enligt snabbsvar, pat ej informerad i väntan på definitivt PAD."),
      ("Planering", "Återbesök 9/10 då PAD beräknas klart."),
  ])],
  [], ["NL101", "NL102"],
  "VGR: the hedged and untold cancer stands only under the filtered sökord Tidiga hypoteser")

C("lun-skane-pat-informerad-hustrun-ej", "skane", P("1953-01-23", "m", 66),
  [N("n1", "ystad_med", "Lars Hedin", "läkare", "2024-03-21 13:50", [
      ("Bedömning", "PAD: skivepitelcancer i vänster underlob, stadium IIB."),
      ("Information", "Pat informerad idag om att PAD visar cancer. Han vill själv berätta för hustrun och önskar att hon inte får veta något via oss ännu."),
  ], signed=None)],
  [], ["NL101"],
  "the patient was told; only his wife has not been informed")

C("lun-vgr-ipf-pat-informerad-barnen-ej", "vgr", P("1944-07-09", "f", 12),
  [N("n1", "skas_lung", "Oskar Lundgren", "läkare", "2024-09-19 10:30", [
      ("Bedömning", "Idiopatisk lungfibros, progressiv trots pirfenidon. FVC 58 %."),
      ("Information", "Diagnos och prognos genomgångna med pat idag. Hon vill inte att barnen informeras ännu om försämringen."),
  ], template="Återbesök")],
  [], ["NL101"],
  "diagnosis discussed with the patient; it is the children who are not informed")

C("lun-skane-tva-anteckningar-n2-informerar", "skane", P("1949-05-27", "f", 82),
  [N("n1", "lund_lungmott", "Ulrika Malmberg", "läkare", "2024-07-30 16:30", [
      ("Utredning", "PAD från transtorakal nålbiopsi: adenokarcinom, PD-L1 20 %."),
      ("Planering", "Pat ej informerad ännu, besked på återbesöket 2/8."),
  ], template="Provsvarsanteckning"),
   N("n2", "lund_lungmott", "Ulrika Malmberg", "läkare", "2024-08-02 11:20", [
      ("Aktuellt", "Återbesök med dottern för besked."),
      ("Information", "Informerat pat om att nålbiopsin visar adenokarcinom i lungan. Pat tog beskedet sansat, frågade om behandling och prognos."),
      ("Planering", "PET-DT och MDK, kontaktssk ringer nästa vecka."),
  ], refs=["n1"])],
  [], ["NL101@n2"],
  "two notes: the later note (n2) records that the patient was told what n1 withheld")

C("lun-vgr-tva-anteckningar-tbc-n2-nadd", "vgr", P("1997-02-11", "m", 44),
  [N("n1", "su_lungmott", "Pernilla Lund", "sjuksköterska", "2024-01-26 09:10", [
      ("Telefonkontakt", "Odlingen från bronksköljvätskan visar Mycobacterium tuberculosis. Pat ej nådd och därmed inte informerad om tbc-diagnosen, nytt försök i eftermiddag."),
  ], template="Telefonanteckning"),
   N("n2", "su_lungmott", "Erik Borg", "läkare", "2024-01-26 15:55", [
      ("Telefonkontakt", "Nått pat och informerat om lungtuberkulos, att den är behandlingsbar och att smittspårning behövs. Besök i morgon 08.30 för start av fyrdubbelbehandling."),
  ], template="Telefonanteckning", refs=["n1"])],
  [], ["NL101@n2"],
  "two notes: the afternoon call (n2) informs the patient of the tuberculosis n1 could not tell")

C("lun-skane-tidigare-ej-vetat-informeras-nu", "skane", P("1981-04-03", "f", 36),
  [N("n1", "malmo_lungall", "Sofia Lindqvist", "läkare", "2024-02-08 14:35", [
      ("Aktuellt", "Inflyttad från Stockholm, remitterad för fortsatt uppföljning av lungsarkoidos."),
      ("Bedömning", "Sarkoidos stadium II, PAD-verifierad 2022. Pat hade inte fått veta sin diagnos av förra vårdgivaren, informeras nu av undertecknad och fick skriftlig information."),
  ], template="Nybesök")],
  [], ["NL101"],
  "the patient had not been told before, but is told in this very note")

C("lun-vgr-ej-fatt-tid-for-pet", "vgr", P("1952-06-15", "m", 57),
  [N("n1", "alingsas_med", "Ingrid Westman", "läkare", "2024-06-12 10:50", [
      ("Bedömning", "Adenokarcinom vänster underlob, diagnosen meddelad pat 5/6."),
      ("Planering", "PET-DT för stadieindelning beställd. Pat har inte fått någon tid för PET-DT ännu."),
  ])],
  [], ["NL101"],
  "not yet told: a PET appointment time, not the diagnosis, which was told 5/6")

C("lun-skane-benignt-pad-ej-meddelat", "skane", P("1957-08-01", "f", 68),
  [N("n1", "lund_bronk", "Gustav Rehn", "läkare", "2024-08-22 08:55", [
      ("Utredning", "PAD från bronkoskopin: kronisk inflammation, ingen malignitet. Känd KOL GOLD 2."),
      ("Planering", "Pat ej informerad om det benigna svaret ännu, kontaktssk ringer idag."),
  ], template="Provsvarsanteckning")],
  [], ["NL101"],
  "the untold result is benign; no diagnosis is withheld")

C("lun-vgr-inga-nya-svar-att-meddela", "vgr", P("1989-03-16", "m", 39),
  [N("n1", "su_ostra_allergi", "Viktor Åberg", "läkare", "2024-05-07 13:15", [
      ("Aktuellt", "Astma sedan barndomen, välkontrollerad på Symbicort anti-inflammatorisk reliever."),
      ("Bedömning", "Pat har inte fått veta något nytt idag eftersom komponentanalysen för björk ännu inte är klar."),
  ])],
  [], ["NL101"],
  "'har inte fått veta något nytt' refers to a pending test, not to a withheld diagnosis")

C("lun-skane-ssk-cpap-hyresavgift-ej-informerad", "skane", P("1966-12-21", "f", 54),
  [N("n1", "hbg_somn", "Marie Persson", "sjuksköterska", "2024-10-16 09:25", [
      ("Åtgärd", "CPAP-start för obstruktiv sömnapné AHI 29. Maskutprovning, näskudde storlek M. Pat ej informerad om hyresavgiften för CPAP, tas vid uppföljningen."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL101"],
  "the untold item is a fee, not a diagnosis")

C("lun-vgr-lakemedelsbyte-ej-informerad", "vgr", P("1950-10-26", "m", 87),
  [N("n1", "nu_lung", "Agnes Fridh", "läkare", "2024-12-11 11:10", [
      ("Läkemedel", "KOL GOLD 3. Trelegy restnoterad, byts till Trimbow 2 x 2. Pat ej informerad om bytet, apoteket meddelar vid uthämtning."),
  ], template="Läkemedelsanteckning")],
  [], ["NL101"],
  "what the patient has not been told is a medication switch")

C("lun-vgr-tva-anteckningar-flyttad-fran-tidiga-hypoteser", "vgr", P("1946-11-14", "m", 25),
  [N("n1", "skas_lung", "Daniel Wikström", "läkare", "2024-09-02 14:10", [
      ("Aktuellt", "DT-kontroll av känd emfysem."),
      ("Tidiga hypoteser", "Nytillkommen 2 cm förändring i vänster överlob, misstänkt lungcancer. Pat ej informerad, är nyopererad för höftfraktur och förvirrad."),
  ]),
   N("n2", "skas_lung", "Daniel Wikström", "läkare", "2024-09-16 10:35", [
      ("Aktuellt", "Pat nu återställd efter höftoperationen, klar i tanken."),
      ("Bedömning", "Nytillkommen förändring i vänster överlob hos storrökare, stark misstanke om lungcancer. Pat informerad om fyndet och misstanken idag, accepterar utredning."),
      ("Planering", "PET-DT och bronkoskopi enligt SVF."),
  ], refs=["n1"])],
  ["NL102@n2"], ["NL101@n2"],
  "n2 moves the hypothesis from Tidiga hypoteser to visible text after telling the patient: no NL101, but hedged and visible")

C("lun-skane-informerad-om-ipf-ej-om-behandling", "skane", P("1948-02-19", "f", 78),
  [N("n1", "lund_lungmott", "Karin Wennerholm", "läkare", "2024-06-13 09:20", [
      ("Bedömning", "Pat informerad om diagnosen idiopatisk lungfibros, som fastställdes vid MDK förra veckan."),
      ("Planering", "Ännu ej informerad om alternativen för antifibrotisk behandling, tas vid nästa besök om 2 v när hon smält beskedet."),
  ])],
  [], ["NL101"],
  "the diagnosis was told; only the treatment options are not yet discussed")
# ---------------------------------------------------------------------------
# Part 7
# ---------------------------------------------------------------------------
C("lun-skane-talar-for-central-somnapne", "skane", P("1949-07-12", "m", 20),
  [N("n1", "hbg_somn", "Karl-Johan Ek", "läkare", "2024-02-26 13:40", [
      ("Anamnes", "Hjärtsvikt med EF 30 %, förmaksflimmer. Hustrun har sett andningsuppehåll och djupa andetag i perioder nattetid."),
      ("Utredning", "Polygrafi med periodisk andning av Cheyne-Stokes-typ, central AHI 26, obstruktivt AHI 4."),
      ("Bedömning", "Talar för central sömnapné sekundärt till hjärtsvikten."),
      ("Planering", "Diskuteras med kardiolog om optimering av sviktbehandlingen innan ställning tas till andningsstöd."),
  ], template="Mottagningsanteckning")],
  ["NL102"], [],
  "'Talar för central sömnapné' hedges a sleep diagnosis in visible Bedömning")

C("lun-vgr-susp-pneumothorax-efter-tbb", "vgr", P("1966-09-22", "f", 34),
  [N("n1", "su_bronk", "Henrik Falk", "läkare", "2024-05-16 14:25", [
      ("Åtgärd", "Lungröntgen 2 h efter transbronkiell biopsi: susp. liten apikal pneumothorax hö, ca 1 cm. Pat opåverkad, SpO2 97 %, ingen bröstsmärta. Ny lungröntgen om 4 h innan hemgång."),
  ], template="Bronkoskopianteckning")],
  ["NL102"], [],
  "'susp. liten apikal pneumothorax' is a hedged complication diagnosis, visible")

C("lun-skane-sannolikt-hamartom", "skane", P("1972-12-30", "f", 47),
  [N("n1", "lund_lungmott", "Johanna Fält", "läkare", "2024-03-12 10:55", [
      ("Bedömning", "Lungnodulen i vänster underlob, 11 mm med popcornförkalkning och fettinnehåll på DT, är sannolikt ett hamartom."),
      ("Planering", "Kontroll-DT om 12 mån enligt Fleischner, ingen biopsi."),
  ], template="Konsultationssvar", signed=None)],
  ["NL102"], [],
  "a benign tumour diagnosis that is only 'sannolikt': still a hedged diagnosis")

C("lun-vgr-vi-misstanker-alfa1", "vgr", P("1980-01-14", "m", 63),
  [N("n1", "skas_lung", "Oskar Lundgren", "läkare", "2024-01-23 15:05", [
      ("Aktuellt", "44-årig man, aldrig rökt, arbetar som svetsare. Andfådd vid löpning sedan 3 år."),
      ("Bedömning", "Panlobulärt emfysem i underloberna. Vi misstänker alfa-1-antitrypsinbrist och har skickat S-AAT och fenotypning."),
  ], template="Nybesök")],
  ["NL102"], [],
  "'Vi misstänker alfa-1-antitrypsinbrist' - first-person suspicion in a visible note")

C("lun-vgr-ev-astma-enradare", "vgr", P("1985-06-27", "m", 8),
  [N("n1", "nu_allergi", "Rebecka Sahlin", "läkare", "2024-10-17 16:00", [
      ("Bedömning", "Ev. astma, provar Flutide 250 µg x 2 i 6 v, sedan ny spirometri."),
  ], template="Mottagningsanteckning", signed=None)],
  ["NL102"], [],
  "one-line note: 'Ev. astma' is an abbreviated hedge on a diagnosis")

C("lun-skane-later-som-astmaforsamring-telefon", "skane", P("2002-04-09", "f", 56),
  [N("n1", "kristianstad_allergi", "Annelie Borg", "sjuksköterska", "2024-04-25 11:05", [
      ("Telefonkontakt", "Pat som går på gräsimmunterapi hos oss ringer om hosta och pip sedan björken började blomma, vaknar på nätterna. Låter som en astmaförsämring i pollensäsongen. Tid hos dr Kowalski i morgon, ökar Giona till 2 x 2 tills dess enligt ordination."),
  ], template="Telefonanteckning")],
  ["NL102"], [],
  "'Låter som en astmaförsämring' - a lay hedge on a diagnosis in a visible telephone note")

C("lun-vgr-bronkoskopi-tumorsuspekt-forandring", "vgr", P("1953-08-18", "m", 29),
  [N("n1", "su_bronk", "Johan Strömberg", "läkare", "2024-09-10 10:20", [
      ("Åtgärd", "Bronkoskopi via munnen i lokalbedövning, Midazolam 2 mg. Makroskopiskt tumörsuspekt, lättblödande slemhinneförändring vid avgången till vänster underlobsbronk. Biopsier x 5, borste och sköljvätska. Stämband ua, höger sida ua."),
  ], template="Bronkoskopianteckning")],
  ["NL102"], [],
  "'tumörsuspekt' (suspect of tumour) is a compound hedge in a visible bronchoscopy report")

C("lun-skane-inte-osannolikt-hypersensitivitetspneumonit", "skane", P("1967-05-31", "m", 75),
  [N("n1", "lund_lungmott", "Ulrika Malmberg", "läkare", "2024-11-26 14:15", [
      ("Anamnes", "Lantbrukare med hö och halm, besvär varje vinter när korna står inne."),
      ("Bedömning", "Inte osannolikt att det rör sig om hypersensitivitetspneumonit (farmer's lung). Precipitiner och HRCT beställda."),
  ])],
  ["NL102"], [],
  "double negation 'Inte osannolikt' means likely: a hedged diagnosis despite the 'inte'")

C("lun-vgr-long-inskrivning-trolig-lungemboli", "vgr", P("1956-03-04", "f", 19),
  [N("n1", "nal_avd_lung", "Sanna Grahn", "läkare", "2024-08-08 22:45", [
      ("Aktuellt", "68-årig kvinna som remitteras från vårdcentralen med tilltagande andfåddhet sedan en vecka och hastigt insättande smärta i vänster bröstkorgshalva vid djupa andetag i förrgår. Svullnad i vänster vad sedan tio dagar, var på bussresa till Kroatien i början av månaden. Ingen feber, lite torrhosta, en gång blodtingerade upphostningar."),
      ("Anamnes", "Kronisk njursjukdom stadium 4 (eGFR 22) på grund av diabetesnefropati, typ 2-diabetes på insulin, hypotyreos. Aldrig rökt. Bor ensam i lägenhet, klarar ADL. Inga tidigare tromboser."),
      ("Läkemedel", "Tresiba 24 E till kvällen, Levaxin 75 µg, Furix 40 mg, Calcichew-D3."),
      ("Status", "AT: lätt påverkad av andfåddheten, talar i korta meningar. AF 26, SpO2 90 % på luft och 95 % på 2 l syrgas. Puls 112 regelbunden, BT 132/78, temp 37,4. Cor: takykard, inga blåsljud. Pulm: ngt nedsatt andningsljud vä basalt, inga rassel. Ben: vänster vad 3 cm grövre än höger, öm i knävecket."),
      ("Lab", "D-dimer 3,8, troponin T 24, NT-proBNP 890, kreatinin 214, Hb 121, CRP 28."),
      ("Utredning", "EKG: sinustakykardi 110/min, S1Q3T3-mönster. Lungröntgen: liten vinkelutfyllnad vänster, i övrigt ua. DT med kontrast avstås p.g.a. njurfunktionen."),
      ("Bedömning", "Trolig lungemboli med utgångspunkt från DVT i vänster ben, Wells 7,5. Hemodynamiskt stabil, ingen högerkammarbelastning på bedside-UL."),
      ("Planering", "Lungskintigrafi (V/P) i morgon förmiddag. Fragmin 10 000 E x 1 med dosjustering efter anti-Xa p.g.a. njursvikten. Ultraljud vänster ben. Syrgas till SpO2 92–96 %."),
  ], template="Inskrivningsanteckning", setting="slutenvård", signed=80)],
  ["NL102"], [],
  "long admission chart (≈220 words, telegraphic status): 'Trolig lungemboli' in Bedömning among telegraphic status lines")
# ---------------------------------------------------------------------------
# Part 8
# ---------------------------------------------------------------------------
U["dsbus_lung"] = ("Barnlungmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E71219")

C("lun-skane-long-epikris-misstankt-ild-efter-pneumoni", "skane", P("1952-09-25", "f", 17),
  [N("n1", "hbg_avd_lung", "Gustav Rehn", "läkare", "2024-10-11 13:30", [
      ("Epikris", "Inkom 3/10 via akuten med feber, hosta och andnöd sedan fem dagar. Lungröntgen visade bilaterala basala infiltrat och CRP var 186. Covid-19, influensa och RS negativa, pneumokock- och legionellaantigen i urin negativa. Blododlingar utan växt. Behandlades initialt med cefotaxim iv och fick syrgas 3 l under de första dygnen. Feberfri från dag 3 och CRP sjönk till 24 vid utskrivning. Byte till amoxicillin peroralt dag 5."),
      ("Utredning", "Under vårdtiden noterades velcroliknande rassel basalt bilat som kvarstod trots klinisk förbättring. HRCT dag 6 visade utöver regredierande konsolideringar även subpleurala retikulära förändringar och lätta traktionsbronkiektasier basalt. Pat berättar i efterhand om smygande ansträngningsdyspné i två år som hon tillskrivit åldern. Har arbetat 30 år på sågverk, ingen fågelhållning, inga ledbesvär."),
      ("Bedömning", "Bilateral samhällsförvärvad pneumoni, nu i regress. Misstänkt underliggande interstitiell lungsjukdom som behöver utredas när infektionen läkt ut."),
      ("Åtgärd", "Amoxicillin 750 mg x 3 t.o.m. 13/10. Remiss till lungmottagningen, Helsingborg, för ILD-utredning med spirometri, DLCO och ny HRCT om 8 v. Reumatologiska prover (ANA, RF, anti-CCP, myositpanel) tagna, svar till lungmottagningen."),
      ("Uppföljning", "Ssk från lungmottagningen ringer om 2 v. Pat ska söka akut vid feberrecidiv eller ökande andnöd."),
      ("Läkemedel", "Ny: amoxicillin. Oförändrade: enalapril 10 mg, omeprazol 20 mg. Inga utsatta."),
  ], template="Epikris", setting="slutenvård", signed=1440)],
  ["NL102"], [],
  "long discharge summary (≈200 words, six sökord): the pneumonia is settled, the interstitial lung disease is 'misstänkt'")

C("lun-vgr-typo-misstank-mykoplasmapneumoni", "vgr", P("2003-02-05", "m", 52),
  [N("n1", "alingsas_med", "Lotta Berglund", "läkare", "2024-11-04 15:50", [
      ("Aktuellt", "21-årig student med torrhosta i tre veckor, subfebril, huvudvärk. Flera på studentkorridoren sjuka."),
      ("Bedömning", "Lungröntgen: fläckiga interstitiella infiltrat bilat. Misstänk mykoplasmapneumoni, PCR från nasofarynx tagen."),
      ("Åtgärd", "Doxycyklin 200 mg dag 1, sedan 100 mg i 9 dagar."),
  ], template="Akutbesök")],
  ["NL102"], [],
  "typo 'Misstänk' (misstänkt) on a pneumonia diagnosis in visible Bedömning")

C("lun-skane-typo-sannolik-sarkodios", "skane", P("1986-01-08", "f", 6),
  [N("n1", "ystad_med", "Per-Olof Mårtensson", "läkare", "2024-02-20 09:35", [
      ("Bedömning", "Bilateral hilusförstoring och förhöjt S-ACE hos 38-årig kvinna med trötthet och ledvärk. Sannolik sarkodios, EBUS planeras i Lund."),
  ])],
  ["NL102"], [],
  "typo in the disease word ('sarkodios'): still a 'Sannolik' diagnosis, visible")

C("lun-vgr-typo-trolign-graspollenallergi", "vgr", P("1994-12-16", "f", 77),
  [N("n1", "nu_allergi", "Rebecka Sahlin", "läkare", "2024-09-26 10:10", [
      ("Anamnes", "Rinnsnuva, nysningar och kliande ögon maj–juli sedan 5 år, värre vid cykling till jobbet."),
      ("Utredning", "Pricktest timotej 8 mm, björk 2 mm, övriga negativa."),
      ("Bedömning", "Trolign allergisk rinokonjunktivit mot gräspollen. Start nasal steroid och desloratadin inför säsongen, immunterapi diskuteras i höst."),
  ], template="Nybesök")],
  ["NL102"], [],
  "typo 'Trolign' (troligen) hedges an allergy diagnosis in a visible note")

C("lun-vgr-diagnos-sokord-sarkoidos-fragetecken", "vgr", P("1977-04-20", "m", 58),
  [N("n1", "su_lungmott", "Nils Forsberg", "läkare", "2024-02-29 11:25", [
      ("Bedömning", "Bihilära lymfkörtlar och perilymfatiska noduli på DT. Inväntar EBUS 7/3."),
      ("Diagnos", "D86.0 Sarkoidos i lungorna?"),
  ])],
  ["NL102"], [],
  "a coded diagnosis with a question mark under sökord Diagnos is an open hypothesis")

C("lun-vgr-barn-misstankt-primar-ciliedyskinesi", "vgr", P("2016-06-02", "f", 85),
  [N("n1", "dsbus_lung", "Anton Ryd", "läkare", "2024-03-14 13:15", [
      ("Anamnes", "8-årig flicka med daglig slemmig hosta sedan spädbarnsåren, återkommande otiter och rörbehandlad tre gånger."),
      ("Utredning", "Situs solitus på lungröntgen. Nasalt NO 28 nl/min, klart sänkt."),
      ("Bedömning", "Misstänkt primär ciliär dyskinesi (PCD). Nässlemhinnebiopsi för ciliefunktion och genetisk panel planeras."),
  ])],
  ["NL102"], [],
  "child under 13: 'Misstänkt primär ciliär dyskinesi' visible to the guardians in a VGR Melior note")

C("lun-skane-typo-misstakt-getinggiftsallergi", "skane", P("1974-10-03", "m", 40),
  [N("n1", "kristianstad_allergi", "Marek Kowalski", "läkare", "2024-08-15 10:05", [
      ("Anamnes", "Generaliserad urtikaria, svullna läppar och yrsel 10 min efter getingstick i juli, behandlad på akuten med adrenalin."),
      ("Utredning", "Basalt tryptas 4,1 µg/l."),
      ("Bedömning", "Misstäkt getinggiftsallergi, IgE mot Ves v 5 och Pol d 5 skickat. Adrenalinpenna förskriven, ställning till venomimmunterapi när svaren kommit."),
  ], template="Allergiutredning")],
  ["NL102"], [],
  "typo 'Misstäkt' (misstänkt) on a venom allergy diagnosis; visible")

C("lun-vgr-sannolikt-oralt-allergisyndrom", "vgr", P("1991-07-01", "m", 33),
  [N("n1", "su_ostra_allergi", "Lena Sjöberg", "läkare", "2024-04-24 14:35", [
      ("Anamnes", "Klåda i munnen och svalget av äpple, päron och hasselnöt sedan några år. Björkpollenallergi sedan barndomen."),
      ("Bedömning", "Sannolikt oralt allergisyndrom p.g.a. korsreaktivitet via Bet v 1. Kokt och skalad frukt tolereras."),
  ], template="Mottagningsanteckning")],
  ["NL102"], [],
  "'Sannolikt oralt allergisyndrom' - cross-reactive food allergy hedged, visible")

C("lun-vgr-long-sarkoidos-remission-bara-negationer", "vgr", P("1982-05-13", "f", 24),
  [N("n1", "su_lungmott", "Fredrika Nord", "läkare", "2024-10-30 09:55", [
      ("Aktuellt", "Planerat återbesök för lungsarkoidos stadium II, diagnostiserad med EBUS i mars 2023 och behandlad med prednisolon under ett år, utsatt i april. Pat mår bra, har återgått till heltid som lärare och cyklar till jobbet. Ingen hosta, ingen ansträngningsdyspné i vardagen."),
      ("Anamnes", "Mamman har reumatoid artrit. Inga nya läkemedel. Aldrig rökt. Inga ögonbesvär sedan uveiten 2023, ögonkliniken har avslutat kontakten."),
      ("Status", "AT: gott. Hud: inga erytem, inga noduli i ärr. Lgll: inga palpabla på hals eller i axiller. Cor: RR, inga bi- eller blåsljud. Pulm: vesikulärt, inga rassel. SpO2 98 %."),
      ("Utredning", "Spirometri: FVC 3,9 l (96 %), FEV1 3,2 l, DLCO 88 %. Lungröntgen: regress av hilusförstoringen jämfört med 2023. S-Ca 2,38, kreatinin 71, S-ACE 32. EKG: sinusrytm 64, PQ 0,16, inget AV-block."),
      ("Bedömning", "Sarkoidos i remission efter avslutad steroidbehandling. Ingen misstank om kardiell sarkoidos, inga tecken på njurpåverkan eller hyperkalcemi. Ögonengagemang uteslutet vid ögonkonsult i våras."),
      ("Planering", "Ny spirometri och lungröntgen om ett år. Eventuellt avslut därefter om fortsatt stabilt. Pat hör av sig vid nya symtom som hjärtklappning, svimning, hosta eller ögonrodnad."),
  ], template="Återbesök")],
  [], ["NL102"],
  "long chart (≈180 words) whose only hedge-like words are negations (one with typo 'misstank'), a plan and a conditional")

# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_TS = re.compile(r"^2024-\d\d-\d\dT\d\d:\d\d:\d\d$")
PROTECTED_CODES = {"NL101", "NL102"}


def _age(birth, ts):
    b = _dt.date.fromisoformat(birth)
    d = _dt.date.fromisoformat(ts[:10])
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case")
        if list(c.keys()) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            errs.append("%s: wrong keys %s" % (n, list(c.keys())))
        if not isinstance(n, str) or not n.startswith("lun-"):
            errs.append("%s: case name must start with lun-" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        r = c["record"]
        if list(r.keys()) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            errs.append("%s: wrong record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: access_events/conversations/treatments must be empty" % n)
        p = r["patient"]
        pid = p["id"]
        if not re.match(r"^\d{8}-\d{4}$", pid):
            errs.append("%s: bad personnummer format %s" % (n, pid))
        else:
            if not _luhn_ok(pid[2:8] + pid[9:13]):
                errs.append("%s: Luhn fails for %s" % (n, pid))
            if pid[:8] != p["birth_date"].replace("-", ""):
                errs.append("%s: personnummer does not match birth_date" % n)
        try:
            _dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            errs.append("%s: bad birth_date" % n)
            continue
        if not _TS.match(r["as_of"]):
            errs.append("%s: as_of not in 2024" % n)
        times = [r["as_of"]]
        ids = set()
        systems = {}
        if not r["notes"]:
            errs.append("%s: no notes" % n)
        for note in r["notes"]:
            if list(note.keys()) != ["id", "system", "template", "unit", "author", "time",
                                     "signed", "setting", "refs", "sections"]:
                errs.append("%s: wrong note keys" % n)
            if note["id"] in ids:
                errs.append("%s: duplicate note id %s" % (n, note["id"]))
            ids.add(note["id"])
            systems[note["id"]] = note["system"]
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: unknown system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if c["ruleset"] == "vgr" and not note["unit"]["hsa_id"].startswith("SE2321000131-"):
                errs.append("%s: VGR case with non-VGR unit" % n)
            if c["ruleset"] == "skane" and not note["unit"]["hsa_id"].startswith("SE2321000255-"):
                errs.append("%s: Skåne case with non-Skåne unit" % n)
            if not _TS.match(note["time"]):
                errs.append("%s: note time not in 2024" % n)
            times.append(note["time"])
            if note["signed"] is not None:
                if not _TS.match(note["signed"]):
                    errs.append("%s: signed not in 2024" % n)
                elif note["signed"] < note["time"]:
                    errs.append("%s: signed before time" % n)
            if note["time"] > r["as_of"]:
                errs.append("%s: note after as_of" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for s in note["sections"]:
                if not s["keyword"].strip() or not s["text"].strip():
                    errs.append("%s: empty section" % n)
                for sent in _SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        sentences.setdefault(sent, []).append(n)
        for note in r["notes"]:
            for ref in note["refs"]:
                if ref not in ids:
                    errs.append("%s: ref to missing note %s" % (n, ref))
        for t in times:
            a = _age(p["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient aged %d at %s" % (n, a, t))
        seen = set()
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in PROTECTED_CODES:
                    errs.append("%s: unexpected code %s" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s on %s asserted twice" % (n, code, target))
                seen.add((code, target))
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    errs.append("%s: NL102 must asserted on non-Melior note" % n)
                if code == "NL101" and systems[target] == "PMO":
                    errs.append("%s: NL101 asserted on PMO note" % n)
    for sent, where in sentences.items():
        if len(where) > 1:
            errs.append("sentence repeated in %s: %r" % (sorted(set(where)), sent))
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev154_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted({k[0] for k in counts}):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                            counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
