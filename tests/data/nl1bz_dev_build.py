#!/usr/bin/env python3
"""nl1bz_dev_cases: gold cases for notelint NL1 (NL101, NL102).

Theme: referrals, radiology and lab answers and the notes around them
(Frågeställning, F.s., "?", DD, diff dg, answers that settle or leave open the
question, normal and incidental findings, clinicians quoting the answer) in
surgery, orthopaedics, urology, gynaecology, ENT, eye and dermatology.

Dependency-free, deterministic. `python3 build.py` writes nl1bz_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bz_dev_cases"

UNITS = {
    # ---- Region Skåne, Melior (hospitals)
    "lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3041"),
    "malmo_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4187"),
    "trelleborg_kir": ("Kirurgmottagningen, Trelleborgs lasarett", "SE2321000255-5712"),
    "ystad_kir": ("Kirurgkliniken, Ystads lasarett", "SE2321000255-5820"),
    "malmo_brost": ("Bröstenheten, Skånes universitetssjukhus Malmö", "SE2321000255-4290"),
    "hbg_orto": ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-6634"),
    "landskrona_orto": ("Ortopedmottagningen, Landskrona lasarett", "SE2321000255-6702"),
    "hassleholm_orto": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-6891"),
    "malmo_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7015"),
    "angelholm_uro": ("Urologmottagningen, Ängelholms sjukhus", "SE2321000255-7128"),
    "csk_gyn": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-7456"),
    "lund_gyn": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7503"),
    "ystad_onh": ("Öron-, näs- och halsmottagningen, Ystads lasarett", "SE2321000255-8011"),
    "hbg_onh": ("ÖNH-kliniken, Helsingborgs lasarett", "SE2321000255-8142"),
    "lund_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-8377"),
    "lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-8519"),
    "malmo_hud": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8560"),
    "lund_bof": ("Bild och funktion, Röntgen, Skånes universitetssjukhus Lund", "SE2321000255-9023"),
    "kristianstad_rtg": ("Röntgenavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-9110"),
    "lund_barnrtg": ("Barnröntgen, Skånes universitetssjukhus Lund", "SE2321000255-9147"),
    "lund_barnkir": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-9288"),
    "lund_klinfys": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Lund", "SE2321000255-9301"),
    # ---- Region Skåne, PMO (primary care)
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-1A21"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-1A48"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-1A77"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-1A93"),
    "um_malmo": ("Ungdomsmottagningen Malmö", "SE2321000255-1B10"),
    "bvc_dalby": ("BVC Dalby", "SE2321000255-1B35"),
    "hsv_eslov": ("Hemsjukvården Eslöv", "SE2321000255-1B52"),
    # ---- Västra Götalandsregionen, Melior
    "su_akut": ("Akutmottagningen, Sahlgrenska universitetssjukhuset/Sahlgrenska", "SE2321000131-E0012"),
    "su_kir": ("Kirurgmottagningen, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E0107"),
    "nu_kir": ("Kirurgkliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E0215"),
    "alingsas_kir": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E0233"),
    "kungalv_kir": ("Kirurgavdelning 11, Kungälvs sjukhus", "SE2321000131-E0241"),
    "molndal_orto": ("Ortopedmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E0308"),
    "molndal_ortoakut": ("Ortopedakuten, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E0311"),
    "lidkoping_orto": ("Ortopedmottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E0342"),
    "sas_uro": ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E0410"),
    "su_uro": ("Urologmottagningen, Sahlgrenska universitetssjukhuset/Sahlgrenska", "SE2321000131-E0436"),
    "nal_gyn": ("Kvinnokliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E0502"),
    "sas_gyn": ("Gynekologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E0527"),
    "sks_onh": ("ÖNH-mottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E0609"),
    "su_onh": ("Öron-, näs- och halsmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E0618"),
    "molndal_ogon": ("Ögonmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E0701"),
    "sks_ogon": ("Ögonmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E0725"),
    "kungalv_hud": ("Hudmottagningen, Kungälvs sjukhus", "SE2321000131-E0804"),
    "su_hud": ("Hudkliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E0811"),
    "su_bfm": ("Bild- och funktionsmedicin, Sahlgrenska universitetssjukhuset", "SE2321000131-E0903"),
    "alingsas_rtg": ("Röntgenavdelningen, Alingsås lasarett", "SE2321000131-E0917"),
    "sks_rtg": ("Röntgenkliniken, Skaraborgs sjukhus Skövde", "SE2321000131-E0928"),
    "dsbus_barnkir": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1002"),
    "dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1013"),
}

PMO_UNITS = {"vc_linero", "vc_sjobo", "vc_nasby", "vc_hoor", "um_malmo", "bvc_dalby", "hsv_eslov"}

CASES = []


def N(unit, tpl, au, role, t, secs, nid="n1", signed=40, setting="öppenvård", refs=()):
    """One note. t = 'YYYY-MM-DD HH:MM'; signed = minutes after t, or None (draft)."""
    system = "PMO" if unit in PMO_UNITS else "Melior"
    tt = _dt.datetime.strptime(t, "%Y-%m-%d %H:%M")
    sg = None if signed is None else (tt + _dt.timedelta(minutes=signed)).isoformat()
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": tpl,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": au, "role": role},
        "time": tt.isoformat(), "signed": sg, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in secs],
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def _pnr(born, serial):
    ymd = born.replace("-", "")
    nine = ymd[2:] + "%03d" % serial
    return "%s-%03d%s" % (ymd, serial, _luhn_digit(nine))


def _targets(lst):
    out = []
    for x in lst:
        code, _, nid = x.partition("@")
        out.append([code, nid or "n1"])
    return out


def C(name, rs, born, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    serial = (len(CASES) * 37 + 113) % 999 + 1  # never 000
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min(last + _dt.timedelta(days=10), _dt.datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name, "ruleset": rs,
        "record": {
            "patient": {"id": _pnr(born, serial), "birth_date": born, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes, "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must), "must_not": _targets(must_not), "why": why,
    })


# =====================================================================
# CASES
# =====================================================================
S, V = "skane", "vgr"

# ---------------------------------------------------------------- surgery
C("kir-remiss-appendicit-bara-fragetecken", S, "2004-08-19",
  N("lund_akut", "Remiss", "Jonas Axelsson", "läkare", "2024-02-03 22:14", [
      ("Frågeställning", "Appendicit?"),
      ("Anamnes", "19-årig man med buksmärta sedan i går kväll, först kring naveln och nu i höger fossa. Illamående, har kräkts en gång, ingen aptit."),
      ("Status", "Temp 38,1. Ömhet och släppömhet i McBurneys punkt, Rovsing positiv. CRP 46, LPK 13,8."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Referral question written as a bare 'Appendicit?' in a visible Melior referral is a hedged diagnosis.")

C("kir-remiss-fs-kolecystit-inline", V, "1951-11-02",
  N("nu_kir", "Remiss", "Helena Falk", "läkare", "2024-04-11 09:32", [
      ("Remisstext", "72-årig kvinna, känd gallstensbärare sedan 2019. Nu feber 38,6 och konstant smärta under höger arcus sedan två dygn, Murphys tecken positivt. F.s. akut kolecystit? Vidgade gallvägar? Önskar ultraljud i dag."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="Telegraphic 'F.s. akut kolecystit?' inside a referral text is an uncertain diagnosis in a visible section.")

C("kir-dt-svar-normal-appendix", V, "1997-05-23",
  N("su_bfm", "Röntgensvar", "Magnus Öhrn", "läkare", "2024-04-12 02:47", [
      ("Undersökning", "DT buk med intravenös kontrast, portovenös fas."),
      ("Utlåtande", "Appendix kan följas i hela sin längd, normal vidd 5 mm och utan omgivande fettväfnadsreaktion. Ingen fri vätska eller fri gas. Normala förhållanden i lever, gallblåsa, pankreas och njurar."),
      ("Sammanfattning", "Ingen appendicit. Ingen annan förklaring till smärtan i höger fossa."),
  ], setting="akutmottagning"),
  must_not=["NL102"],
  why="CT answer that settles the appendicitis question negatively: negated diagnosis, no hedge.")

C("kir-dt-bekraftar-appendicit-informerad", S, "1988-01-30",
  N("malmo_kir", "Läkaranteckning", "Amir Karimi", "läkare", "2024-05-06 16:20", [
      ("Aktuellt", "Inkommer med 18 timmars buksmärta, nu lokaliserad till höger fossa."),
      ("Bedömning", "DT visar akut appendicit med fekalit, ingen perforation eller abscess. Pat informerad om fyndet och om planerad laparoskopisk appendektomi i kväll, samtycker."),
      ("Åtgärd", "Fasta från nu. Inf Ringer-acetat 1000 ml. Cefuroxim och metronidazol enligt PM inför op."),
  ], setting="akutmottagning"),
  must_not=["NL102", "NL101"],
  why="Diagnosis confirmed by CT and told to the patient: neither hedged nor uncommunicated.")

C("kir-galla-ul-sten-dd-ulcus", V, "1969-03-14",
  N("alingsas_kir", "Mottagningsanteckning", "Tomas Ivarsson", "läkare", "2024-03-19 10:45", [
      ("Anamnes", "Återkommande smärta under höger arcus efter feta måltider, även nattliga epigastriesmärtor den senaste månaden. Tar ibuprofen för knäartros."),
      ("Undersökningar", "UL buk 4/3: multipla små konkrement i gallblåsan, normal väggtjocklek, ej vidgade gallvägar."),
      ("Bedömning", "Symtomgivande gallstenssjukdom. DD ulcus pga NSAID-bruket och nattliga besvär, gastroskopi bokas innan vi ställer in för kolecystektomi."),
  ], signed=None),
  must=["NL102"],
  why="'DD ulcus' in the assessment names an unconfirmed alternative diagnosis in a visible section.")

C("kir-dt-bifynd-lever-dd-metastas", V, "1959-12-01",
  N("alingsas_rtg", "Röntgensvar", "Lena Wikström", "läkare", "2024-02-22 14:02", [
      ("Frågeställning", "Kontroll ett år efter hemikolektomi höger för koloncancer pT3N0."),
      ("Utlåtande", "Inga tecken på lokalrecidiv vid anastomosen. Inga förstorade lymfkörtlar. Nytillkommen 14 mm lågattenuerande förändring i leversegment 7, ej sedd 2023-02. Kan vara en cysta men metastas kan inte uteslutas. Rekommenderar MR lever."),
  ]),
  must=["NL102"],
  why="Incidental liver lesion where 'metastas kan inte uteslutas' leaves the question open in a visible answer.")

C("kir-dt-bifynd-njurcysta-bosniak1", S, "1946-07-27",
  N("kristianstad_rtg", "Röntgensvar", "Per-Olof Svensson", "läkare", "2024-01-17 11:25", [
      ("Undersökning", "DT thorax och buk med kontrast."),
      ("Utlåtande", "Frågeställningen gällde utbredning av känd pneumoni, som nu är i regress. Som bifynd en 31 mm tunnväggig homogen cysta i vänster njure, Bosniak I, som inte behöver följas upp. Inga övriga patologiska fynd."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="Incidental finding reported as an affirmed benign cyst with no follow-up: nothing hedged.")

C("kir-trol-divertikulit-utkast", S, "1956-04-03",
  N("trelleborg_kir", "Läkaranteckning", "Nils Hedlund", "läkare", "2024-09-14 19:40", [
      ("Aktuellt", "67-årig kvinna med tre dagars smärta i vänster fossa, feber 38,0, normala avföringsvanor."),
      ("Status", "Ömmar i vänster fossa utan peritonitretning. CRP 88."),
      ("Bedömning", "Trol. okomplicerad divertikulit i sigmoideum. Hem med paracetamol, ingen antibiotika, återbesök vid försämring. DT avstås i nuläget."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"],
  why="Unsigned draft: 'Trol. okomplicerad divertikulit' is a probable, not confirmed, diagnosis in a visible Melior section.")

C("kir-remiss-koloskopi-fs-koloncancer", V, "1961-02-18",
  N("su_kir", "Remiss", "Ahmed Hassan", "läkare", "2024-10-02 08:50", [
      ("Frågeställning", "Koloncancer? Blödningskälla?"),
      ("Anamnes", "63-årig man med järnbristanemi, Hb 98 och ferritin 6, samt ändrade avföringsvanor i tre månader. Viktnedgång 4 kg. Positivt F-Hb vid två tillfällen."),
  ]),
  must=["NL102"],
  why="Referral question 'Koloncancer?' to colonoscopy is a hedged diagnosis in a visible referral.")

C("kir-koloskopi-svar-normal", V, "1961-02-19",
  N("su_kir", "Endoskopisvar", "Sofia Carlsson", "läkare", "2024-10-21 11:15", [
      ("Fynd", "Koloskopi till caekum och terminala ileum. God tarmrengöring, BBPS 8. Normal slemhinna i hela kolon och rektum, inga polyper, ingen tumör, inga divertiklar. Små inre hemorrojder utan blödningsstigmata."),
      ("Bedömning", "Normal koloskopi, ingen kolorektal blödningskälla. Fortsatt utredning av järnbristen med gastroskopi."),
  ]),
  must_not=["NL102"],
  why="Colonoscopy answer reporting normal findings and affirmed small haemorrhoids; no uncertain diagnosis.")

C("kir-ljumskbrack-ej-informerad-om-optid", S, "1964-10-10",
  N("trelleborg_kir", "Mottagningsanteckning", "Petra Möller", "läkare", "2024-03-05 14:30", [
      ("Anamnes", "Bula i höger ljumske sedan ett år, ömmar vid tunga lyft på jobbet som murare."),
      ("Status", "Reponibelt ljumskbråck höger, ca 4 cm. Vänster sida utan bråckport."),
      ("Bedömning", "Symtomgivande ljumskbråck höger, operationsindikation föreligger. Pat informerad om diagnosen och om TEP-operation i dagkirurgi. Han har ännu inte fått besked om operationsdatum, kallelse skickas från op-planeringen."),
  ]),
  must_not=["NL101", "NL102"],
  why="'Ännu inte fått besked' is about the operation date, not the diagnosis, which the patient was told.")

C("kir-mammografi-birads5-misstankt-malignitet", S, "1968-06-22",
  N("malmo_brost", "Röntgensvar", "Ulrika Dahl", "läkare", "2024-02-08 10:05", [
      ("Frågeställning", "Knöl vänster bröst, upptäckt av pat själv."),
      ("Utlåtande", "Mammografi och ultraljud: 14 mm oregelbunden spikulerad förändring kl 10 i vänster bröst, 6 cm från mamillen, starkt misstänkt malignitet, BI-RADS 5. Normal axill. Ultraljudsledd mellannålsbiopsi tagen, 3 kolvar."),
  ]),
  must=["NL102"],
  why="Radiology answer 'starkt misstänkt malignitet' (BI-RADS 5) is a suspected diagnosis in a visible answer.")

C("kir-mammografi-normal-palpabel-knol", S, "1979-03-03",
  N("malmo_brost", "Röntgensvar", "Ulrika Dahl", "läkare", "2024-08-15 09:20", [
      ("Frågeställning", "Palpabel knöl höger bröst, kl 8."),
      ("Utlåtande", "Mammografi bilateralt och riktat ultraljud höger: körtelrika bröst utan tumör eller misstänkta förkalkningar. Den palpabla knölen motsvarar normal körtelvävnad. Normala axiller. BI-RADS 1."),
  ]),
  must_not=["NL102"],
  why="Normal breast imaging: the palpable lump is explained by normal tissue, no hedged diagnosis.")

C("kir-brost-pad-cancer-ej-informerad", S, "1968-06-23",
  N("malmo_brost", "Läkaranteckning", "Maria Ek", "läkare", "2024-02-14 15:50", [
      ("PAD", "Mellannålsbiopsi vänster bröst kl 10: invasiv bröstcancer av NST-typ, NHG 2, ER 90 %, PR 40 %, HER2 negativ, Ki67 18 %."),
      ("Bedömning", "Pat har inte informerats om PAD-svaret ännu. Besked ges vid besök på fredag 16/2 tillsammans med kontaktsjuksköterska, maken följer med. Därefter MDK."),
  ]),
  must=["NL101"],
  why="Confirmed breast cancer written in a visible note that says the patient has not yet been told.")

C("kir-brost-pad-fibroadenom-informerad", V, "1995-12-12",
  N("su_kir", "Telefonkontakt", "Linnea Håkansson", "sjuksköterska", "2024-05-28 13:40", [
      ("Kontaktorsak", "Uppringd för besked om PAD efter biopsi av knöl i höger bröst."),
      ("Åtgärd", "Enligt dr Forsberg: PAD visar fibroadenom, ingen malignitet. Pat informerad per telefon och lättad. Ingen uppföljning på bröstmottagningen, hör av sig om knölen växer."),
  ]),
  must_not=["NL102", "NL101"],
  why="Benign PAD told to the patient by phone: affirmed benign diagnosis, malignancy negated.")

C("kir-dt-pankreas-misstankt-cancer-dd", V, "1952-08-30",
  N("su_bfm", "Röntgensvar", "Magnus Öhrn", "läkare", "2024-07-03 15:12", [
      ("Frågeställning", "Smärtfri ikterus, viktnedgång 6 kg."),
      ("Utlåtande", "26 mm hypodens förändring i pankreashuvudet med dubbelgångstecken, vidgad ductus pancreaticus 6 mm och koledokus 14 mm. Misstänkt pankreascancer, DD autoimmun pankreatit. Kontakt med vena mesenterica superior under 90 grader. Inga levermetastaser."),
  ]),
  must=["NL102"],
  why="CT answer with 'Misstänkt pankreascancer, DD autoimmun pankreatit' leaves the diagnosis open.")

C("kir-tidiga-hypoteser-mall-pankreas", S, "1950-02-14",
  N("malmo_kir", "Tidiga hypoteser", "Amir Karimi", "läkare", "2024-07-05 11:00", [
      ("Bedömning", "DT-fyndet i pankreashuvudet inger misstanke om pankreascancer. Pat ej informerad om misstanken, ERCP med borstcytologi först och därefter pankreas-MDK på tisdag."),
  ]),
  must_not=["NL102", "NL101"],
  why="Suspected cancer and 'ej informerad' kept in the Skåne Tidiga hypoteser template, which is hidden.")

C("kir-ileus-trol-adherenser", S, "1947-05-09",
  N("malmo_kir", "Inskrivningsanteckning", "Fredrik Wahlberg", "läkare", "2024-11-09 03:15", [
      ("Aktuellt", "Tidigare öppen hysterektomi 1998. Kolikartade buksmärtor, upprepade kräkningar och ingen gasavgång sedan i går."),
      ("Undersökningar", "DT buk: dilaterade tunntarmsslyngor med kalibersprång i nedre buken, kollapsat kolon, ingen fri gas."),
      ("Bedömning", "Tunntarmsileus, sannolikt på adherenser. Ventrikelsond, gastrografin-passage enligt PM, ny bedömning i morgon bitti."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="'Sannolikt på adherenser' hedges the cause (adhesion ileus) of an otherwise confirmed ileus.")

C("kir-proktoskopi-hemorrojder-ingen-tumor", V, "1983-09-17",
  N("kungalv_kir", "Mottagningsanteckning", "Björn Sahlin", "läkare", "2024-03-27 10:00", [
      ("Aktuellt", "Färskt blod på pappret efter toalettbesök sedan några månader, ingen viktnedgång."),
      ("Status", "Rektalpalpation utan resistens. Proktoskopi: inre hemorrojder grad 2 kl 3 och 7. Ingen tumör inom räckhåll."),
      ("Bedömning", "Blödande hemorrojder grad 2. Ingen misstanke om malignitet vid 41 års ålder utan alarmsymtom. Gummibandsligatur vid nästa besök."),
  ]),
  must_not=["NL102"],
  why="Haemorrhoids confirmed and 'Ingen misstanke om malignitet' is a negated mention.")

C("kir-sar-ev-suturtagning-vc", S, "1990-06-06",
  N("ystad_kir", "Sjuksköterskeanteckning", "Camilla Roos", "sjuksköterska", "2024-06-18 11:35", [
      ("Omvårdnad", "Såret efter laparoskopisk kolecystektomi läker fint, torrt och utan rodnad. Pat mobiliserad, äter och dricker."),
      ("Planering", "Ev. suturtagning på vårdcentralen om 10 dagar om resorberbar tråd inte använts, kontrolleras i op-berättelsen före hemgång."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="'Ev.' hedges a practical step (suture removal), not a diagnosis.")

C("kir-laktat-misstankt-mesenteriell-ischemi", S, "1940-10-25",
  N("lund_akut", "Läkaranteckning", "Hanna Björk", "läkare", "2024-12-02 01:20", [
      ("Aktuellt", "84-årig kvinna med förmaksflimmer utan antikoagulantia, plötslig intensiv buksmärta sedan fyra timmar."),
      ("Status", "Smärtpåverkad, buken mjuk och oöm, smärta ur proportion mot status."),
      ("Lab", "Laktat 4,2, LPK 19, CRP 12."),
      ("Bedömning", "Misstänkt akut mesenteriell ischemi. Akut DT-angiografi, kirurgbakjour kontaktad."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Lab-driven suspicion 'Misstänkt akut mesenteriell ischemi' written in a visible assessment.")

C("kir-pth-primar-hyperparatyreoidism", S, "1958-01-20",
  N("malmo_kir", "Läkaranteckning", "Kristina Öberg", "läkare", "2024-04-23 14:45", [
      ("Lab", "Joniserat kalcium 1,46 mmol/l och PTH 9,8 pmol/l vid två tillfällen, normalt D-vitamin och njurfunktion."),
      ("Undersökningar", "Sestamibi-scintigrafi och halsultraljud: samstämmigt fynd av ett 12 mm paratyreoideaadenom kaudalt om vänster tyreoidealob."),
      ("Bedömning", "Primär hyperparatyreoidism orsakad av solitärt adenom vänster nedre. Pat informerad, remiss till endokrinkirurg för fokuserad paratyreoidektomi."),
  ]),
  must_not=["NL102"],
  why="Lab and imaging settle the diagnosis; it is written as confirmed.")

C("kir-kalcium-ev-hyperparatyreoidism", V, "1963-07-07",
  N("nu_kir", "Läkaranteckning", "Erik Holm", "läkare", "2024-04-30 09:10", [
      ("Aktuellt", "Remitterad från vårdcentral pga lätt förhöjt S-Ca 2,68 vid två tillfällen, trötthet och en njurstensepisod 2021."),
      ("Bedömning", "Ev. primär hyperparatyreoidism. PTH, joniserat Ca, D-vitamin och dU-Ca beställt, telefonkontakt när svaren kommit."),
  ]),
  must=["NL102"],
  why="'Ev. primär hyperparatyreoidism' hedges a diagnosis pending lab answers.")

C("kir-remiss-staging-kand-rektalcancer", V, "1955-05-15",
  N("su_kir", "Remiss", "Sofia Carlsson", "läkare", "2024-08-06 08:20", [
      ("Frågeställning", "Lokal staging av PAD-verifierad rektalcancer (adenokarcinom, 7 cm från anus). Önskar MR lilla bäckenet med bedömning av avstånd till mesorektala fascian och EMVI inför MDK."),
      ("Anamnes", "Känd sedan koloskopi 1/8, pat informerad. DT thorax-buk 3/8 utan fjärrmetastaser."),
  ]),
  must_not=["NL102"],
  why="Referral question asks for staging of a confirmed cancer; the note contains no uncertain diagnosis.")

C("kir-remiss-forklaring-anemi-utan-diagnos", S, "1985-12-28",
  N("ystad_kir", "Remiss", "Lars Jönsson", "läkare", "2024-09-09 10:25", [
      ("Frågeställning", "Förklaring till järnbristanemin? Önskar gastroskopi med duodenalbiopsier."),
      ("Anamnes", "38-årig kvinna med Hb 104 och ferritin 4 trots regelbundna menstruationer av normal mängd. Ingen synlig blödning. Inga buksymtom."),
  ]),
  must_not=["NL102"],
  why="A referral question that asks for a cause without naming any diagnosis is not a hedged diagnosis.")

# ---------------------------------------------------------------- orthopaedics
C("orto-skafoid-remiss-och-mr-svar", V, "2001-04-04", [
  N("molndal_ortoakut", "Remiss", "Gustav Eklund", "läkare", "2024-01-15 12:20", [
      ("Frågeställning", "Scaphoideumfraktur? Annan karpal skada?"),
      ("Anamnes", "Föll med cykeln i morse mot utsträckt höger hand. Ömhet i fossa tabatière och vid axial kompression av tummen. Slätröntgen med scaphoideumserie utan synlig fraktur."),
  ], nid="n1", setting="akutmottagning"),
  N("su_bfm", "Röntgensvar", "Eva Mattsson", "läkare", "2024-01-22 15:05", [
      ("Undersökning", "MR höger handled."),
      ("Utlåtande", "Ingen fraktur i os scaphoideum eller i övriga karpalben. Lätt benmärgsödem i distala radius utan frakturlinje. Intakt skafolunära ligament och TFCC så långt bedömbart."),
  ], nid="n2")],
  must=["NL102@n1"], must_not=["NL102@n2"],
  why="Referral question 'Scaphoideumfraktur?' is hedged (n1); the MR answer that rules the fracture out is not (n2).")

C("orto-mr-kna-korgshandtag-bekraftad", V, "1993-02-11",
  N("molndal_orto", "Mottagningsanteckning", "Rickard Blom", "läkare", "2024-02-26 10:40", [
      ("Aktuellt", "Vridvåld mot höger knä vid innebandy för tre veckor sedan, därefter upprepade upphakningar och extensionsdefekt."),
      ("Undersökningar", "MR höger knä 20/2: korgshandtagsruptur av mediala menisken med disloklerat fragment i interkondylära notchen. Intakta korsband."),
      ("Bedömning", "Korgshandtagsruptur medial menisk höger. Pat informerad, planeras för artroskopisk menisksutur inom två veckor."),
  ]),
  must_not=["NL102"],
  why="MR-confirmed meniscal tear quoted and stated as the diagnosis; nothing hedged (typo 'disloklerat' is not a hedge).")

C("orto-kliniskt-trol-menisk-mr-bestalld", S, "1986-08-05",
  N("hbg_orto", "Mottagningsanteckning", "Oskar Lund", "läkare", "2024-03-08 13:15", [
      ("Anamnes", "Smärta medialt i vänster knä sedan ett fall i trappan i januari, svullnad efter belastning, ingen upphakning."),
      ("Status", "Lätt hydrops. Ledspaltsömhet medialt. McMurray positiv medialt. Stabil i alla plan."),
      ("Bedömning", "Kliniskt trol. medial meniskskada vänster knä. MR beställd, åter efter svar."),
  ], signed=None),
  must=["NL102"],
  why="Clinical 'trol. medial meniskskada' awaiting MR is a probable diagnosis in a visible section.")

C("orto-dd-menisk-mcl-fysio", V, "1999-10-30",
  N("lidkoping_orto", "Fysioterapeutanteckning", "Tove Ljung", "fysioterapeut", "2024-05-13 08:30", [
      ("Anamnes", "Fotbollsspelare, fick en tackling från sidan mot höger knä för två veckor sedan. Haltar, svårt att gå i trappor."),
      ("Status", "Ömhet längs mediala kollateralligamentet och i mediala ledspalten. Valgusstress i 30° ger smärta men fast stopp. Lachman neg."),
      ("Bedömning", "DD MCL-skada grad 1–2, medial meniskskada. Stabiliserande knäortos, rörelseträning inom smärtfritt område, läkarbedömning om ingen förbättring inom 3 veckor."),
  ]),
  must=["NL102"],
  why="A physiotherapist's 'DD MCL-skada, medial meniskskada' leaves two diagnoses open in a visible note.")

C("orto-remiss-hoftprotes-luxation-lossning", V, "1944-09-12",
  N("lidkoping_orto", "Remiss", "Jonas Axelsson", "läkare", "2024-06-20 17:05", [
      ("Frågeställning", "Protesluxation? Lossning av acetabularkomponenten?"),
      ("Anamnes", "Total höftprotes höger 2011. Nu plötslig smärta och förkortat, utåtroterat ben efter att ha rest sig ur en låg soffa."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Two diagnoses posed as questions in a visible referral (luxation, loosening).")

C("orto-remiss-kontroll-lakning-platta", S, "1973-11-19",
  N("landskrona_orto", "Remiss", "Mats Engström", "läkare", "2024-04-02 09:50", [
      ("Frågeställning", "Läkning? Läge av plattan? 6 veckor efter volar plattfixation av distal radiusfraktur vänster."),
      ("Anamnes", "Opererad 20/2. Inga besvär, har börjat träna med arbetsterapeut."),
  ]),
  must_not=["NL102"],
  why="Question marks ask about healing and implant position of a known fracture, not about a diagnosis.")

C("orto-patologisk-fraktur-metastas-ej-informerad", S, "1949-06-15",
  N("hbg_orto", "Läkaranteckning", "Fredrik Wahlberg", "läkare", "2024-10-08 16:30", [
      ("Aktuellt", "Lågenergitrauma, lyfte en kasse och kände ett knak i vänster överarm."),
      ("Undersökningar", "Rtg: fraktur i proximala humerusdiafysen genom en 3 cm osteolytisk förändring, misstänkt patologisk fraktur, DD metastas eller myelom."),
      ("Bedömning", "Pat har inte informerats om misstanken om metastas, hon vill ha sin dotter med vid besked i morgon. DT thorax-buk och myelomprover beställda. Collar and cuff tills vidare."),
  ], setting="akutmottagning"),
  must=["NL101", "NL102"],
  why="Suspected metastasis written openly while the note says the patient has not been told of the suspicion.")

C("orto-barn-armbage-ockult-suprakondylar", S, "2017-05-21",
  N("lund_barnrtg", "Röntgensvar", "Eva Mattsson", "läkare", "2024-07-19 18:45", [
      ("Frågeställning", "6-åring som ramlat från studsmatta, ömhet och svullnad vänster armbåge."),
      ("Utlåtande", "Positivt bakre fettkuddetecken. Ingen säker frakturlinje. Ockult suprakondylär fraktur kan inte uteslutas. Kontroll om 10–14 dagar om fortsatt smärta."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Child's X-ray answer (guardian reads): 'Ockult suprakondylär fraktur kan inte uteslutas' is a hedged diagnosis.")

C("orto-fysio-ev-lopning-efter-12-veckor", V, "1980-01-08",
  N("molndal_orto", "Fysioterapeutanteckning", "Maja Nordin", "fysioterapeut", "2024-08-27 14:00", [
      ("Aktuellt", "8 veckor efter korsbandsrekonstruktion höger knä. Full extension, flexion 125°, ingen svullnad."),
      ("Åtgärd", "Progression av styrketräning i gym, enbenskontroll och cykling."),
      ("Planering", "Ev. start av lätt löpning efter vecka 12 om hopptester och styrka tillåter. Nytt besök om tre veckor."),
  ]),
  must_not=["NL102"],
  why="'Ev. start av lätt löpning' hedges a rehabilitation step, not a diagnosis.")

C("orto-akut-mr-ingen-cauda-kompression", S, "1982-07-29",
  N("lund_bof", "Röntgensvar", "Magnus Öhrn", "läkare", "2024-11-23 03:30", [
      ("Frågeställning", "Akut lumbago med ischias bilateralt och residualurin 350 ml. Önskar akut MR ländrygg."),
      ("Utlåtande", "Ingen kompression av cauda equina eller conus medullaris. Små diskbuktningar L4–L5 och L5–S1 utan rotkompression. Normal signal i kotkroppar."),
  ], setting="akutmottagning"),
  must_not=["NL102"],
  why="Urgent MR answer that excludes cauda equina compression; the referral did not pose a hedged diagnosis.")

C("orto-remiss-mjukdelssarkom", S, "1971-09-03",
  N("hassleholm_orto", "Remiss", "Viktor Bergkvist", "läkare", "2024-05-17 11:00", [
      ("Remissorsak", "Frågeställning mjukdelssarkom? 6 cm fast, oöm resistens djupt i vänster lårs baksida som vuxit sedan i vintras. UL visar solid heterogen förändring under fascian."),
      ("Önskemål", "Handläggning enligt standardiserat vårdförlopp sarkom, MR och biopsi vid sarkomcentrum."),
  ]),
  must=["NL102"],
  why="'Frågeställning mjukdelssarkom?' in a visible referral to the sarcoma centre is a hedged diagnosis.")

C("orto-ul-ingen-dvt-bakercysta", S, "1958-12-30",
  N("lund_klinfys", "Remissvar", "Kristina Öberg", "läkare", "2024-02-19 10:50", [
      ("Undersökning", "Ultraljud vensystem vänster ben."),
      ("Svar", "Komprimerbara vener med normalt flöde från ljumsken ned till vaden. Ingen DVT. I knävecket en 3 cm Bakercysta utan tecken till ruptur."),
  ]),
  must_not=["NL102"],
  why="Ultrasound answer that rules out DVT and reports an affirmed Baker cyst.")

C("orto-remiss-dvt-efter-artroskopi", S, "1975-08-08",
  N("hassleholm_orto", "Remiss", "Viktor Bergkvist", "läkare", "2024-02-16 15:30", [
      ("Frågeställning", "DVT vänster underben?"),
      ("Anamnes", "Knäartroskopi vänster för 10 dagar sedan, ingen trombosprofyax given. Nu svullen och spänd vad, omfång 3 cm större än höger, D-dimer 1,4."),
  ]),
  must=["NL102"],
  why="Referral question 'DVT vänster underben?' is hedged (typo 'tromboSprofylax' elsewhere in the text).")

C("orto-fotled-ottawa-negativ-distorsion", V, "2000-11-27",
  N("molndal_ortoakut", "Läkaranteckning", "Yasmin Ali", "läkare", "2024-09-01 20:15", [
      ("Aktuellt", "Stukade höger fotled vid löpning i skogen i eftermiddag, kan gå med viss smärta."),
      ("Status", "Svullnad och ömhet framför laterala malleolen, ingen benömhet posteriort om malleolerna eller över basen av MT5. Kan belasta fyra steg."),
      ("Bedömning", "Ottawa ankle rules negativa, röntgen ej indicerat. Lateral fotledsdistorsion. Råd om avlastning initialt och tidig rörelseträning."),
  ], signed=None, setting="akutmottagning"),
  must_not=["NL102"],
  why="Clinical rule negative, no imaging; diagnosis stated as affirmed sprain.")

C("orto-typo-missankt-collumfraktur", V, "1939-02-02",
  N("molndal_ortoakut", "Läkaranteckning", "Gustav Eklund", "läkare", "2024-12-11 23:40", [
      ("Aktuellt", "Hittad på golvet av hemtjänsten, smärta i höger ljumske, kan inte resa sig."),
      ("Bedömning", "Missänkt collumfraktur höger trots att slätröntgen inte visar säker fraktur. DT höft beställd, smärtlindring med femoralisblockad."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Typo 'Missänkt' for misstänkt: a suspected hip fracture in a visible assessment.")

C("orto-dexa-osteoporos-fastslagen", S, "1950-10-14",
  N("landskrona_orto", "Läkaranteckning", "Mats Engström", "läkare", "2024-06-12 10:20", [
      ("Aktuellt", "Uppföljning efter distal radiusfraktur vid fall i samma plan, frakturkedjan."),
      ("Undersökningar", "DXA: T-score −2,8 i ländryggen och −2,6 i totala höften."),
      ("Bedömning", "Osteoporos med lågenergifraktur. Pat informerad, behandling med zoledronsyra planeras efter tandstatus, kalk och D-vitamin insatt."),
  ]),
  must_not=["NL102"],
  why="Osteoporosis settled by DXA and stated as a diagnosis; no hedge.")

C("orto-rtg-tibia-osteolys-differentialdiagnoser", V, "1998-06-01",
  N("su_bfm", "Röntgensvar", "Lena Wikström", "läkare", "2024-10-16 13:35", [
      ("Frågeställning", "Knäsmärta höger sedan 3 månader, nattlig värk."),
      ("Utlåtande", "Excentrisk osteolytisk förändring 4 cm i proximala tibiametafysen som når subkondralt, tunt kortikalt skal utan periostreaktion. Differentialdiagnoser: jättecellstumör, aneurysmatisk bencysta, kondrosarkom. MR rekommenderas och remiss till sarkomcentrum."),
  ]),
  must=["NL102"],
  why="X-ray answer listing differential diagnoses for a bone lesion leaves the diagnosis open.")

C("orto-fysio-citerar-stressfraktur-kan-ej-uteslutas", V, "2002-03-25",
  N("lidkoping_orto", "Fysioterapeutanteckning", "Tove Ljung", "fysioterapeut", "2024-04-09 15:00", [
      ("Aktuellt", "Orienterare med smärta över andra mellanfotsbenet vänster sedan ökad löpmängd i mars."),
      ("Undersökningar", "Rtg fot 5/4 enligt svaret: ingen synlig fraktur, men stressfraktur i MT2 kan inte uteslutas i tidigt skede."),
      ("Åtgärd", "Löpuppehåll 4 veckor, alternativ träning på cykel och i vatten."),
  ]),
  must=["NL102"],
  why="A physiotherapist quoting the X-ray answer 'stressfraktur kan inte uteslutas' repeats a hedged diagnosis.")

C("orto-trolig-hemgang-fredag", S, "1952-04-27",
  N("hbg_orto", "Sjuksköterskeanteckning", "Ingrid Sjöberg", "sjuksköterska", "2024-05-22 14:20", [
      ("Omvårdnad", "Dag 2 efter total knäprotes vänster. Går med rollator i korridoren, smärta VAS 3 i vila."),
      ("Planering", "Trolig hemgång på fredag om smärtlindringen fungerar och trappträningen går bra. Hemtjänst informerad."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="'Trolig hemgång' hedges discharge timing, not a diagnosis.")

C("orto-mrsa-protesinfektion-ej-informerad", V, "1945-01-05",
  N("molndal_orto", "Läkaranteckning", "Rickard Blom", "läkare", "2024-08-14 17:25", [
      ("Lab", "Vävnadsodlingar 5 av 5 från revisionen av höger knäprotes: MRSA."),
      ("Bedömning", "Protesinfektion med MRSA. Pat ej informerad ännu om odlingssvaret, infektionsläkare och jag träffar henne på avdelningen i morgon förmiddag och går igenom smittskyddsåtgärder och antibiotikaplan."),
  ], signed=None, setting="slutenvård"),
  must=["NL101"],
  why="Confirmed MRSA prosthetic infection in a visible note that says the patient is not informed yet.")

C("orto-preop-prover-normala-ej-genomgangna", S, "1955-09-21",
  N("hbg_orto", "Läkaranteckning", "Oskar Lund", "läkare", "2024-03-28 12:00", [
      ("Aktuellt", "Artros höger höft, planerad för total höftprotes 12/4."),
      ("Lab", "Preop: Hb 142, krea 78, Na 140, K 4,1, HbA1c 38. Alla värden normala."),
      ("Planering", "Pat ej informerad om provsvaren ännu, de gås igenom vid inskrivningssamtalet. Waran-uppehåll från 7/4 enligt ordination."),
  ]),
  must_not=["NL101", "NL102"],
  why="'Ej informerad' concerns normal lab results; the known diagnosis (artros) is not withheld.")

# ---------------------------------------------------------------- urology
C("uro-remiss-mr-prostata-fragetecken", S, "1957-02-09",
  N("malmo_uro", "Remiss", "Anders Strand", "läkare", "2024-01-10 11:30", [
      ("Frågeställning", "Prostatacancer? Önskar MR prostata inför ställningstagande till biopsi."),
      ("Anamnes", "PSA stigande från 6,8 till 11,2 på ett år, fritt/totalt 0,09. Palpatoriskt en hård knöl i vänster lob."),
  ]),
  must=["NL102"],
  why="'Prostatacancer?' posed as the referral question is a hedged diagnosis in a visible Melior referral.")

C("uro-remiss-lagdos-dt-kand-sten", S, "1981-06-14",
  N("angelholm_uro", "Remiss", "Nadia El-Khoury", "läkare", "2024-02-20 13:05", [
      ("Frågeställning", "Känd 8 mm njursten i höger njurbäcken sedan DT i november. Önskar ny lågdos-DT för storlek, läge och densitet inför ESWL."),
  ]),
  must_not=["NL102"],
  why="Referral about a known, confirmed stone asks for size and position; no uncertain diagnosis.")

C("uro-mr-pirads4-citeras", V, "1955-10-03",
  N("su_uro", "Läkaranteckning", "Dragan Petrović", "läkare", "2024-03-12 09:15", [
      ("Aktuellt", "Återbesök efter MR prostata pga PSA 8,4."),
      ("Undersökningar", "MR 5/3: PI-RADS 4-lesion 11 mm i perifera zonen vänster apex, misstänkt kliniskt signifikant cancer. Ingen extraprostatisk växt."),
      ("Planering", "Riktade transperineala biopsier i lokalbedövning, tid om två veckor. Pat informerad om biopsins risker."),
  ]),
  must=["NL102"],
  why="Clinician quotes the MR answer 'misstänkt kliniskt signifikant cancer' in a visible note.")

C("uro-biopsi-prostatacancer-ej-informerad", V, "1955-10-04",
  N("su_uro", "Läkaranteckning", "Dragan Petrović", "läkare", "2024-04-02 16:40", [
      ("PAD", "Riktade biopsier vänster apex: acinärt adenokarcinom, Gleason 3+4=7 (ISUP 2) i 3 av 4 kolvar, max 6 mm. Systematiska biopsier utan cancer."),
      ("Bedömning", "Patienten är ännu inte informerad om PAD. Besked ges på mottagningen den 9/4 med kontaktsjuksköterska, därefter MDK om behandlingsval."),
  ]),
  must=["NL101"],
  why="Confirmed prostate cancer in a visible note that says the patient has not been told yet.")

C("uro-biopsi-benign-informerad-telefon", S, "1960-08-18",
  N("malmo_uro", "Telefonkontakt", "Anders Strand", "läkare", "2024-05-07 14:10", [
      ("Kontaktorsak", "Besked om prostatabiopsier."),
      ("Bedömning", "PAD från 12 systematiska biopsier: benign prostatavävnad med kronisk inflammation, ingen cancer. Pat informerad per telefon, nöjd. Nytt PSA om 6 månader via vårdcentralen."),
  ]),
  must_not=["NL102", "NL101"],
  why="Benign biopsy result told to the patient: cancer negated, patient informed.")

C("uro-cystoskopi-misstankt-urotelial-cancer", V, "1948-03-22",
  N("sas_uro", "Mottagningsanteckning", "Hassan Mohammed", "läkare", "2024-05-20 10:35", [
      ("Aktuellt", "Makroskopisk hematuri vid ett tillfälle, röker 20 cigaretter/dag sedan 50 år."),
      ("Undersökningar", "Cystoskopi: 2 cm papillär tumör på vänster sidovägg ovanför uretärmynningen, i övrigt normal slemhinna."),
      ("Bedömning", "Misstänkt urotelial cancer i urinblåsan. TURB bokas, DT-urografi före. Pat informerad om fyndet och om planen."),
  ]),
  must=["NL102"],
  why="'Misstänkt urotelial cancer' pending TURB/PAD is a suspected diagnosis in a visible assessment.")

C("uro-dt-bifynd-njurtumor-ej-informerad", S, "1953-11-11",
  N("angelholm_uro", "Läkaranteckning", "Nadia El-Khoury", "läkare", "2024-06-25 11:50", [
      ("Aktuellt", "Remiss från kirurgen: bifynd vid DT gjord för divertikulit."),
      ("Undersökningar", "4 cm kontrastuppladdande solid tumör i höger njures nedre pol, misstänkt njurcellscancer. Ingen venös tumörväxt, inga metastaser."),
      ("Planering", "Patienten har inte informerats om bifyndet ännu. Kallas till mottagningen nästa vecka för besked och genomgång av behandlingsalternativ."),
  ]),
  must=["NL101", "NL102"],
  why="Incidental suspected renal cancer written openly while the note says the patient has not been told.")

C("uro-bifynd-njurtumor-dd-onkocytom", V, "1962-04-30",
  N("sks_rtg", "Röntgensvar", "Eva Mattsson", "läkare", "2024-09-04 14:15", [
      ("Frågeställning", "Gallstenssjukdom, preoperativ DT."),
      ("Utlåtande", "Gallblåsan innehåller flera konkrement, ingen kolecystit. Bifynd: 28 mm välavgränsad solid förändring i vänster njures mellanparti med central ärrliknande zon. Differentialdiagnos onkocytom eller njurcellscancer. Rekommenderar remiss till urolog."),
  ]),
  must=["NL102"],
  why="Incidental renal mass with 'Differentialdiagnos onkocytom eller njurcellscancer' is left open.")

C("uro-ul-ingen-torsion-epididymit", V, "1996-02-17",
  N("su_bfm", "Röntgensvar", "Magnus Öhrn", "läkare", "2024-08-03 01:55", [
      ("Frågeställning", "Akut smärta höger skrotalhalva sedan 12 timmar."),
      ("Utlåtande", "Normal och symmetrisk perfusion i båda testiklarna, ingen torsion. Förtjockad och kraftigt hyperemisk höger bitestikel: epididymit. Ingen abscess, liten reaktiv hydrocele."),
  ], setting="akutmottagning"),
  must_not=["NL102"],
  why="Scrotal ultrasound rules out torsion and states epididymitis plainly.")

C("uro-barn-remiss-testistorsion-dd-hydatid", V, "2015-09-09",
  N("dsbus_akut", "Remiss", "Elin Forsberg", "läkare", "2024-03-02 06:40", [
      ("Frågeställning", "Testistorsion? DD torsion av appendix testis."),
      ("Anamnes", "8-årig pojke som vaknade kl 04 med smärta i vänster skrotum, kräkts två gånger. Vänster testikel högt stående och mycket öm, kremasterreflex saknas."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Child's referral: 'Testistorsion? DD torsion av appendix testis' is hedged in a guardian-visible note.")

C("uro-pmo-trol-cystit", S, "1987-07-03",
  N("vc_hoor", "Telefonanteckning", "Sara Nilsson", "sjuksköterska", "2024-02-12 08:45", [
      ("Kontaktorsak", "Sveda och täta trängningar sedan två dagar, ingen feber eller flanksmärta."),
      ("Bedömning", "Trol. okomplicerad cystit. Urinsticka på mottagningen: nitrit positiv, leukocyter 3+. Pivmecillinam enligt behandlingsrekommendation efter läkarkonsult."),
  ]),
  must_not=["NL102"],
  why="PMO note: hedged diagnosis 'Trol. okomplicerad cystit' is never shown in PMO, so no NL102.")

C("uro-pmo-remiss-prostatacancer", S, "1951-01-26",
  N("vc_nasby", "Remiss", "Johan Persson", "läkare", "2024-09-30 15:20", [
      ("Frågeställning", "Prostatacancer? Remiss enligt SVF."),
      ("Anamnes", "73-årig man med PSA 9,6 vid två kontroller, palpatoriskt fast och knölig prostata höger lob. Inga skelettsmärtor."),
  ]),
  must_not=["NL102"],
  why="Referral from a PMO vårdcentral: the hedged 'Prostatacancer?' is not shown as a diagnosis in PMO.")

C("uro-dd-flanksmarta-pyelonefrit-sten", S, "1990-10-12",
  N("lund_akut", "Läkaranteckning", "Hanna Björk", "läkare", "2024-10-27 22:50", [
      ("Aktuellt", "Höger flanksmärta sedan i går, feber 38,9, frossa i kväll."),
      ("Status", "Dunkömhet höger njurloge. Buken mjuk."),
      ("Lab", "CRP 156, LPK 17,2, krea 92. U-sticka: nitrit pos, leukocyter 3+, erytrocyter 2+."),
      ("Bedömning", "DD akut pyelonefrit, infekterat avflödeshinder pga uretärsten. Akut lågdos-DT för att utesluta avflödeshinder, blododlingar x2, cefotaxim iv."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"],
  why="'DD akut pyelonefrit, infekterat avflödeshinder' lists unconfirmed diagnoses in the assessment.")

C("uro-hereditet-psa-normal-ingen-misstanke", V, "1970-05-05",
  N("sas_uro", "Mottagningsanteckning", "Hassan Mohammed", "läkare", "2024-11-06 09:45", [
      ("Hereditet", "Far och farbror har haft prostatacancer, fadern insjuknade vid 62 års ålder."),
      ("Undersökningar", "PSA 1,1. Palpatoriskt mjuk, slät, ej förstorad prostata."),
      ("Bedömning", "Ingen misstanke om prostatacancer i nuläget. Pga hereditet rekommenderas årlig PSA-kontroll via vårdcentralen."),
  ], signed=None),
  must_not=["NL102"],
  why="Family history of cancer and a negated suspicion ('Ingen misstanke om prostatacancer').")

C("gyn-psykolog-forlossningsradsla-mojligen-fler-samtal", S, "1995-03-20",
  N("csk_gyn", "Psykologanteckning", "Sanna Lindgren", "psykolog", "2024-06-19 14:00", [
      ("Aktuellt", "Förstföderska i vecka 30, tredje samtalet på Auroramottagningen pga uttalad förlossningsrädsla efter en traumatisk sjukhusvistelse i tonåren."),
      ("Bedömning", "Förlossningsrädslan har minskat, hon har nu en plan för hur hon vill föda och vill försöka vaginalt. Möjligen behövs ett uppföljande samtal efter förlossningen, vi bestämmer det vid sista besöket i vecka 36."),
  ]),
  must_not=["NL102"],
  why="A psychologist's 'Möjligen behövs ett samtal' hedges a follow-up, the fear of childbirth is affirmed.")

C("uro-psa-ssk-telefon-trolig-cancer", S, "1949-12-19",
  N("angelholm_uro", "Telefonkontakt", "Ingrid Sjöberg", "sjuksköterska", "2024-07-09 13:15", [
      ("Kontaktorsak", "Pat ringer om sitt PSA-svar som han sett i 1177."),
      ("Åtgärd", "PSA 14,6. Har stämt av med dr Strand som bedömer trolig prostatacancer, MR prostata bokas och brev med tid skickas. Pat informerad om att det behövs fler undersökningar."),
  ]),
  must=["NL102"],
  why="A nurse's phone note quotes the doctor's 'trolig prostatacancer' in a visible section.")

C("uro-urinodling-negativ-ingen-uvi", V, "1984-03-31",
  N("sas_uro", "Sjuksköterskeanteckning", "Emma Sandberg", "sjuksköterska", "2024-06-03 11:20", [
      ("Provsvar", "Urinodling från 29/5: ingen växt."),
      ("Bedömning", "Inget stöd för urinvägsinfektion, antibiotikabehandling inte aktuell. Pat informerad via 1177-meddelande, kvarstående trängningar tas upp vid urodynamisk undersökning 14/6."),
  ]),
  must_not=["NL102"],
  why="Negative culture: the diagnosis is negated ('Inget stöd för urinvägsinfektion').")

C("uro-felaktig-remiss-misstankt-forvaxling", S, "1966-06-09",
  N("malmo_uro", "Administrativ anteckning", "Petra Möller", "medicinsk sekreterare", "2024-08-22 09:00", [
      ("Anteckning", "Misstänkt förväxling av remiss: remissen om cystoskopi gällde en annan patient med samma efternamn och har returnerats till avsändaren. Pat har en planerad kontroll av känd njursten i oktober som kvarstår."),
  ]),
  must_not=["NL102"],
  why="'Misstänkt förväxling' is about a mixed-up referral, not a diagnosis.")

C("uro-skelettscint-trolig-metastasering", S, "1944-05-02",
  N("lund_klinfys", "Remissvar", "Kristina Öberg", "läkare", "2024-04-18 13:30", [
      ("Frågeställning", "Nydiagnostiserad prostatacancer ISUP 4, PSA 48. Skelettstatus?"),
      ("Svar", "Skelettscintigrafi: multipla fokala upptag i bröstryggen, revben bilateralt och vänster os ilium, trolig skelettmetastasering. Degenerativt upptag i knälederna."),
  ]),
  must=["NL102"],
  why="Nuclear medicine answer 'trolig skelettmetastasering' hedges a diagnosis in a visible answer.")

C("uro-typo-misstant-blascancer-remiss", V, "1950-07-13",
  N("sas_uro", "Remiss", "Hassan Mohammed", "läkare", "2024-05-21 08:10", [
      ("Remissorsak", "Misstänt blåscancer, DT-urografi önskas före TURB. Röker sedan 50 år, makroskopisk hematuri i april."),
  ]),
  must=["NL102"],
  why="Typo 'Misstänt' for misstänkt: a suspected bladder cancer in a visible referral.")

# ---------------------------------------------------------------- gynaecology
C("gyn-remiss-djup-endometrios", V, "1996-01-21",
  N("nal_gyn", "Remiss", "Ulrika Dahl", "läkare", "2024-02-05 14:00", [
      ("Frågeställning", "Djup endometrios? Ställningstagande till MR lilla bäckenet och bedömning på endometriosteamet."),
      ("Anamnes", "28-årig kvinna med svår dysmenorré sedan menarche, djup dyspareuni och cykliska tarmbesvär med smärtsam defekation. Otillräcklig effekt av kombinerade p-piller i kontinuerlig regim."),
  ]),
  must=["NL102"],
  why="'Djup endometrios?' as the referral question is a hedged diagnosis in a visible referral.")

C("gyn-ul-funktionell-cysta", S, "1991-04-12",
  N("lund_gyn", "Mottagningsanteckning", "Camilla Roos", "läkare", "2024-03-14 10:15", [
      ("Aktuellt", "Remitterad pga en cysta som sågs vid ultraljud på barnmorskemottagningen."),
      ("Undersökningar", "Vaginalt UL: enkel tunnväggig cysta 32 mm i höger ovarium utan septa eller solida partier, inget flöde. Normal uterus och vänster ovarium."),
      ("Bedömning", "Funktionell ovarialcysta, ingen malignitetsmisstanke. Ingen åtgärd, nytt ultraljud behövs inte."),
  ], signed=None),
  must_not=["NL102"],
  why="Functional cyst stated plainly with malignancy negated ('ingen malignitetsmisstanke').")

C("gyn-ul-adnexresistens-malignitet-kan-ej-uteslutas", S, "1962-12-08",
  N("csk_gyn", "Mottagningsanteckning", "Helena Falk", "läkare", "2024-04-25 11:40", [
      ("Aktuellt", "Postmenopausal kvinna med tilltagande bukomfång och tryckkänsla i nedre buken sedan två månader."),
      ("Undersökningar", "Vaginalt UL: 7 cm multilokulär cystisk-solid resistens i vänster adnex med rikligt flöde i de solida partierna, lite fri vätska. IOTA M-regler uppfyllda."),
      ("Bedömning", "Malignitet kan ej uteslutas. CA-125 och DT thorax-buk, remiss till gynonkologen enligt SVF."),
  ]),
  must=["NL102"],
  why="'Malignitet kan ej uteslutas' about an adnexal mass leaves a malignant diagnosis open.")

C("gyn-ca125-ev-endometrios", V, "1990-09-27",
  N("sas_gyn", "Telefonkontakt", "Ida Granström", "läkare", "2024-05-06 15:25", [
      ("Kontaktorsak", "Provsvar efter besök för bäckensmärta."),
      ("Bedömning", "CA-125 48, lätt förhöjt. Ev. endometrios med tanke på de cykliska smärtorna, vaginalt ultraljud bokas om två veckor. Pat informerad om svaret och planen."),
  ]),
  must=["NL102"],
  why="'Ev. endometrios' after a lab answer is a hedged diagnosis in a visible phone note.")

C("gyn-fs-ovarialcancer-ca125", S, "1955-03-29",
  N("csk_gyn", "Remiss", "Helena Falk", "läkare", "2024-04-26 08:05", [
      ("Remisstext", "F.s. ovarialcancer? CA-125 412, 7 cm adnexresistens vänster och ascites vid ultraljud. Önskar DT thorax-buk skyndsamt enligt SVF äggstockscancer."),
  ]),
  must=["NL102"],
  why="'F.s. ovarialcancer?' in a visible referral with a quoted lab answer is a hedged diagnosis.")

C("gyn-cytologi-hsil-ej-meddelad", S, "1993-07-17",
  N("lund_gyn", "Läkaranteckning", "Camilla Roos", "läkare", "2024-06-10 13:30", [
      ("Provsvar", "Cellprov från screening 22/5: HPV 16 positiv, cytologi HSIL."),
      ("Bedömning", "Höggradig skivepitelförändring på cervix. Pat ej meddelad ännu, kolposkopi med biopsier bokas och besked ges muntligt vid det besöket enligt vårt arbetssätt."),
  ]),
  must=["NL101"],
  why="Affirmed HSIL (cervical dysplasia) written visibly while the note says the patient has not been told.")

C("gyn-cellprov-normalt-brev-ej-meddelat", V, "1985-11-03",
  N("nal_gyn", "Sjuksköterskeanteckning", "Linnéa Ström", "barnmorska", "2024-06-12 09:40", [
      ("Provsvar", "Cellprov 28/5: HPV negativt, normal cytologi."),
      ("Åtgärd", "Patienten är inte informerad om svaret än, standardbrev om normalt provsvar skickas i dag. Nästa screening om fem år."),
  ]),
  must_not=["NL101", "NL102"],
  why="The patient is not yet told, but the result is normal: no diagnosis is withheld.")

C("gyn-remiss-ul-extrauterin-graviditet", V, "1997-06-30",
  N("su_akut", "Remiss", "Yasmin Ali", "läkare", "2024-07-14 03:10", [
      ("Frågeställning", "Extrauterin graviditet?"),
      ("Anamnes", "Positivt graviditetstest, sista mens för 7 veckor sedan. Ensidig smärta i höger fossa och sparsam mörk blödning sedan i går. Cirkulatoriskt stabil, hCG 1850."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="'Extrauterin graviditet?' as the question of a visible Melior referral is a hedged diagnosis.")

C("gyn-ul-missfall-bekraftat", S, "1989-02-26",
  N("lund_gyn", "Mottagningsanteckning", "Linnea Håkansson", "barnmorska", "2024-07-29 14:55", [
      ("Undersökningar", "Vaginalt UL av läkare: intrauterin fostersäck med embryo 11 mm utan hjärtaktivitet, motsvarande vecka 7+2."),
      ("Bedömning", "Missed abortion, bekräftat vid två undersökningar med 8 dagars mellanrum. Pat och partner informerade och har valt medicinsk behandling med mifepriston och misoprostol."),
  ]),
  must_not=["NL102", "NL101"],
  why="Confirmed miscarriage told to the patient: affirmed, not hedged, not withheld.")

C("gyn-barnmorska-ev-tidigare-ultraljud", V, "1994-10-10",
  N("sas_gyn", "Barnmorskeanteckning", "Linnéa Ström", "barnmorska", "2024-08-19 10:00", [
      ("Aktuellt", "Omföderska i vecka 9, mår bra, lätt illamående. Tidigare normal graviditet och förlossning 2021."),
      ("Planering", "Rutinultraljud i vecka 18. Ev. tidigareläggs ultraljudet om blödning tillkommer, pat vet hur hon når oss."),
  ]),
  must_not=["NL102"],
  why="'Ev. tidigareläggs ultraljudet' is a hedge about logistics in a normal pregnancy, not a diagnosis.")

C("gyn-pad-endometriecancer-informerad", V, "1951-08-15",
  N("nal_gyn", "Läkaranteckning", "Ida Granström", "läkare", "2024-09-03 11:30", [
      ("Aktuellt", "Återbesök för besked efter endometriebiopsi pga postmenopausal blödning."),
      ("PAD", "Endometrioid adenokarcinom grad 1."),
      ("Bedömning", "Endometriecancer. Pat informerad i dag med dottern närvarande, fick skriftlig information och kontakt med kontaktsjuksköterska. MR bäcken och DT thorax-buk beställda, därefter MDK."),
  ]),
  must_not=["NL101", "NL102"],
  why="Confirmed endometrial cancer told at today's visit: neither withheld nor hedged.")

C("gyn-dd-pcos-hypotyreos", S, "1999-05-18",
  N("csk_gyn", "Mottagningsanteckning", "Sara Nilsson", "läkare", "2024-02-27 15:45", [
      ("Aktuellt", "Oregelbundna menstruationer med 45–90 dagars intervall sedan menarche, akne och ökad behåring på hakan."),
      ("Bedömning", "DD PCOS, hypotyreos, hyperprolaktinemi. TSH, prolaktin, testosteron, SHBG och vaginalt UL inför nästa besök."),
  ], signed=None),
  must=["NL102"],
  why="A differential list ('DD PCOS, hypotyreos, hyperprolaktinemi') in a visible assessment.")

C("gyn-trol-lichen-sclerosus-biopsi", V, "1958-04-04",
  N("sas_gyn", "Mottagningsanteckning", "Ida Granström", "läkare", "2024-10-14 13:20", [
      ("Status", "Vitaktiga, glansiga och atrofiska partier på labia minora och perineum, små fissurer. Ingen sårbildning eller infiltrat."),
      ("Bedömning", "Trol. lichen sclerosus. Stansbiopsi tagen för PAD, behandling med klobetasolsalva startas direkt."),
  ]),
  must=["NL102"],
  why="'Trol. lichen sclerosus' pending PAD is a probable diagnosis in a visible note.")

C("gyn-dd-torsion-corpus-luteum-uteslutna", S, "2000-07-07",
  N("lund_gyn", "Läkaranteckning", "Camilla Roos", "läkare", "2024-09-21 02:30", [
      ("Aktuellt", "Akut debuterad smärta i nedre buken till höger efter samlag, lätt illamående."),
      ("Undersökningar", "hCG negativt. Vaginalt UL: normalt flöde i båda ovarierna, måttlig fri vätska i fossa Douglasi, 3 cm kollaberad corpus luteum-cysta höger."),
      ("Bedömning", "Ovarialtorsion och extrauterin graviditet har uteslutits. Rupturerad corpus luteum-cysta. Hb stabilt 128, hem med analgetika."),
  ], setting="akutmottagning"),
  must_not=["NL102"],
  why="Differentials named only as ruled out ('har uteslutits'), final diagnosis affirmed.")

C("gyn-vgr-tidiga-hypoteser-sokord-ovarialcancer", V, "1959-06-06",
  N("sas_gyn", "Läkaranteckning", "Ida Granström", "läkare", "2024-05-14 16:10", [
      ("Aktuellt", "Uppföljning av resistens i vänster adnex sedd vid ultraljud, trycksymtom."),
      ("Bedömning", "Komplex resistens vänster adnex. DT thorax-buk och tumörmarkörer beställda, nytt besök när svaren kommit. Pat informerad om planen."),
      ("Tidiga hypoteser", "Bilden inger misstanke om ovarialcancer, pat ej informerad om misstanken innan DT och CA-125 finns."),
  ]),
  must_not=["NL102", "NL101"],
  why="VGR: the suspicion and 'ej informerad' are only under the filtered sökord Tidiga hypoteser.")

C("gyn-misstankt-ovarialcancer-ej-informerad", V, "1957-10-22",
  N("nal_gyn", "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-05-16 15:20", [
      ("Undersökningar", "UL: 9 cm solid-cystisk resistens höger adnex och ascites. CA-125 690."),
      ("Bedömning", "Misstänkt avancerad ovarialcancer. Pat ej informerad om misstanken ännu, hon ville inte ha svar per telefon och kommer på återbesök med sin man på måndag."),
  ]),
  must=["NL101", "NL102"],
  why="Suspected ovarian cancer written in a visible assessment that says the patient has not been told.")

C("gyn-hereditet-mor-misstankt-cancer-benign", S, "1982-01-09",
  N("csk_gyn", "Mottagningsanteckning", "Sara Nilsson", "läkare", "2024-03-06 09:35", [
      ("Hereditet", "Modern opererades 2010 för misstänkt äggstockscancer, som visade sig vara en benign cystadenom. Ingen bröstcancer i släkten."),
      ("Bedömning", "Normalt gynekologiskt status och normalt ultraljud. Ingen indikation för genetisk utredning. Spiral insatt enligt önskemål."),
  ]),
  must_not=["NL102"],
  why="The hedge belongs to the mother's past history (and was settled benign), not to the patient.")

C("gyn-typo-sannolkit-myom", S, "1980-03-15",
  N("csk_gyn", "Mottagningsanteckning", "Helena Falk", "läkare", "2024-11-26 14:05", [
      ("Aktuellt", "Tyngdkänsla i underlivet och täta urinträngningar."),
      ("Bedömning", "Sannolkit subseröst myom på uterus framvägg som trycker på blåsan, resistensen 6 cm vid palpation. Vaginalt UL bokas då det inte fanns tid i dag."),
  ], signed=None),
  must=["NL102"],
  why="Unsigned draft with typo 'Sannolkit' for sannolikt: a probable fibroid in a visible section.")

C("gyn-um-pmo-trol-klamydia", S, "2005-05-05",
  N("um_malmo", "Besöksanteckning", "Tove Ljung", "barnmorska", "2024-04-08 15:30", [
      ("Aktuellt", "Ökade flytningar och sveda sedan en vecka, ny partner sedan en månad, oskyddade samlag."),
      ("Bedömning", "Trol. klamydia. Klamydia- och gonorréprov tagna, svar via 1177 inom en vecka. Rekommenderar kondom tills svar finns."),
  ]),
  must_not=["NL102"],
  why="PMO youth clinic note: the hedged diagnosis is not shown in PMO, so no NL102.")

# ---------------------------------------------------------------- ENT
C("onh-remiss-akustikusneurinom", S, "1967-08-31",
  N("ystad_onh", "Remiss", "Björn Sahlin", "läkare", "2024-01-24 11:20", [
      ("Frågeställning", "Retrokokleär patologi? Akustikusneurinom?"),
      ("Anamnes", "Ensidig sensorineural hörselnedsättning höger, 25 dB sämre i diskanten än vänster, samt ensidig tinnitus sedan ett halvår. Ingen yrsel."),
  ]),
  must=["NL102"],
  why="'Akustikusneurinom?' as the MR referral question is a hedged diagnosis.")

C("onh-mr-inre-horselgangar-normal", V, "1967-09-01",
  N("su_bfm", "Röntgensvar", "Lena Wikström", "läkare", "2024-02-14 10:00", [
      ("Frågeställning", "Asymmetrisk hörselnedsättning höger och tinnitus."),
      ("Utlåtande", "MR hjärna och inre hörselgångar: Ingen expansivitet i inre hörselgångarna eller i cerebellopontina vinklarna. Normala förhållanden intrakraniellt."),
  ]),
  must_not=["NL102"],
  why="Normal MR answer: no lesion, nothing hedged.")

C("onh-tonsillit-dd-peritonsillit", V, "1992-03-19",
  N("su_onh", "Läkaranteckning", "Jonas Axelsson", "läkare", "2024-03-03 21:30", [
      ("Aktuellt", "Halsont i 5 dagar, nu tilltagande svårt att svälja och att gapa, grötigt tal."),
      ("Status", "Temp 38,4. Trismus 2 cm. Asymmetriska tonsiller, vänster gom svullen och buktande, uvula förskjuten åt höger."),
      ("Bedömning", "Tonsillit vänster, DD peritonsillit. Nålpunktion gav inget pus, ny bedömning i morgon. PcV högdos och Voltaren."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="'DD peritonsillit' leaves a complication diagnosis open in a visible assessment.")

C("onh-ul-hals-lymfkortel-misstankt-patologisk", S, "1974-11-29",
  N("hbg_onh", "Mottagningsanteckning", "Oskar Lund", "läkare", "2024-05-02 13:45", [
      ("Aktuellt", "Knuta på höger sida av halsen sedan två månader, ingen regress efter antibiotika på vårdcentralen."),
      ("Undersökningar", "UL hals av undertecknad: 2,5 cm rundad lymfkörtel i regio II höger utan fettrik hilus, misstänkt patologisk. Finnålspunktion tagen."),
      ("Bedömning", "Misstänkt lymfom, DD metastas från skivepitelcancer i svalget. Fiberskopi utan synlig primärtumör. Besked om cytologin på telefon om en vecka."),
  ]),
  must=["NL102"],
  why="'Misstänkt lymfom, DD metastas' in an ENT assessment is a hedged diagnosis.")

C("onh-fnp-reaktiv-lymfkortel", V, "1988-02-13",
  N("sks_onh", "Telefonkontakt", "Mats Engström", "läkare", "2024-05-24 12:10", [
      ("Kontaktorsak", "Besked om finnålspunktion från förstorad halskörtel."),
      ("Bedömning", "Cytologi: reaktiv lymfkörtel, inga maligna celler. Pat informerad, ny klinisk kontroll om 6 veckor för att se att körteln gått tillbaka."),
  ]),
  must_not=["NL102"],
  why="Cytology answer that settles the node as reactive, malignancy negated.")

C("onh-bppv-dix-hallpike-positiv", S, "1960-06-11",
  N("ystad_onh", "Mottagningsanteckning", "Björn Sahlin", "läkare", "2024-06-27 10:30", [
      ("Aktuellt", "Korta yrselattacker när hon lägger sig ned eller vänder sig i sängen, sedan tre veckor."),
      ("Status", "Dix-Hallpike höger positiv med geotrop rotatorisk nystagmus och latens, uttröttbar. Vänster negativ. Normal hörsel."),
      ("Bedömning", "BPPV i höger bakre båggång. Epleys manöver utförd med god effekt, instruerad i egenövningar."),
  ], signed=None),
  must_not=["NL102"],
  why="Vertigo diagnosis confirmed by a positive test and stated as fact.")

C("onh-yrsel-dd-vestibularisneurit", V, "1971-12-02",
  N("su_akut", "Läkaranteckning", "Yasmin Ali", "läkare", "2024-01-09 14:15", [
      ("Aktuellt", "Kraftig rotatorisk yrsel sedan i morse, illamående och kräkningar. Ingen hörselnedsättning, inga neurologiska bortfall."),
      ("Status", "Horisontell nystagmus åt vänster, positivt head impulse-test åt höger, ingen skew."),
      ("Bedömning", "Trolig vestibularisneurit höger, diff dg labyrintit. HINTS talar mot central genes, men kontakt med neurologjouren om försämring."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="'Trolig vestibularisneurit, diff dg labyrintit' hedges the diagnosis in a visible assessment.")

C("onh-barn-trol-sekretorisk-otit", V, "2019-04-14",
  N("sks_onh", "Mottagningsanteckning", "Amanda Wallin", "läkare", "2024-10-23 09:20", [
      ("Aktuellt", "5-åring, föräldrarna upplever att hon hör dåligt sedan förkylningen för två månader sedan och höjer volymen på tv:n."),
      ("Status", "Indragna, matta trumhinnor bilateralt med gulaktig vätska bakom. Tympanometri B-kurvor bilateralt."),
      ("Bedömning", "Trol. bilateral sekretorisk otit. Ny kontroll med audiometri om tre månader, därefter ställningstagande till plaströr."),
  ]),
  must=["NL102"],
  why="Child's note (guardian reads): 'Trol. bilateral sekretorisk otit' is a probable diagnosis in a visible section.")

C("onh-larynx-leukoplaki-malignitet-kan-ej-uteslutas", S, "1953-09-09",
  N("hbg_onh", "Operationsberättelse", "Oskar Lund", "läkare", "2024-08-20 15:10", [
      ("Indikation", "Heshet sedan fyra månader, storrökare."),
      ("Op-fynd", "Mikrolaryngoskopi: leukoplaki över främre två tredjedelar av höger stämband med ojämn yta, ingen fixation. Malignitet kan inte uteslutas, hela förändringen excideras för PAD."),
  ], setting="dagkirurgi"),
  must=["NL102"],
  why="Operative finding with 'Malignitet kan inte uteslutas' leaves a cancer diagnosis open.")

C("onh-pad-larynxcancer-ej-underrattad", S, "1953-09-10",
  N("hbg_onh", "Läkaranteckning", "Oskar Lund", "läkare", "2024-09-02 09:00", [
      ("PAD", "Excision höger stämband: högt differentierad invasiv skivepitelcancer, radikalt exciderad med snäv marginal."),
      ("Bedömning", "Glottisk larynxcancer T1a. Pat ännu ej underrättad om PAD-svaret, han är bortrest och kommer på besök 10/9 då besked ges. Anmäld till huvud-halskonferensen."),
  ]),
  must=["NL101"],
  why="Confirmed laryngeal cancer written visibly with 'ännu ej underrättad'.")

C("onh-tyreoidea-ul-tirads5-misstankt-papillar", S, "1984-04-28",
  N("lund_bof", "Röntgensvar", "Per-Olof Svensson", "läkare", "2024-03-21 11:35", [
      ("Frågeställning", "Palpabel knöl höger tyreoidealob."),
      ("Utlåtande", "Solid hypoekogen nodul 14 mm i höger lob med mikroförkalkningar och högre än bred form, EU-TIRADS 5, misstänkt papillär tyreoideacancer. Inga patologiska lymfkörtlar. Finnålspunktion rekommenderas."),
  ]),
  must=["NL102"],
  why="Ultrasound answer 'misstänkt papillär tyreoideacancer' is a suspected diagnosis in a visible answer.")

C("onh-fnp-tyreoidea-bethesda2-benign", V, "1969-08-17",
  N("su_onh", "Mottagningsanteckning", "Amanda Wallin", "läkare", "2024-04-17 14:30", [
      ("Provsvar", "FNP från 22 mm nodul vänster tyreoidealob: Bethesda II, benign kolloid nodul."),
      ("Bedömning", "Benign knölstruma utan tryckbesvär, normala tyreoideaprover. Ingen operation, pat informerad. Nytt ultraljud om ett år."),
  ]),
  must_not=["NL102"],
  why="Cytology settles the thyroid nodule as benign; stated as affirmed.")

C("onh-audionom-mojligen-horapparat", V, "1946-05-31",
  N("sks_onh", "Audionomanteckning", "Maja Nordin", "audionom", "2024-07-02 10:45", [
      ("Resultat", "Symmetrisk sensorineural diskantnedsättning, 45–60 dB från 2 kHz, taluppfattning 84 % bilateralt."),
      ("Planering", "Möjligen aktuellt med hörapparater bilateralt, pat vill fundera och återkommer efter att ha pratat med sin fru."),
  ]),
  must_not=["NL102"],
  why="'Möjligen aktuellt med hörapparater' hedges a treatment choice, the hearing loss is affirmed.")

C("onh-pmo-remiss-lymfom", S, "1977-03-08",
  N("vc_nasby", "Remiss", "Johan Persson", "läkare", "2024-04-29 11:05", [
      ("Frågeställning", "Lymfom? Förstorad oöm körtel på vänster sida av halsen sedan 6 veckor, ingen regress efter penicillin. Nattliga svettningar."),
  ]),
  must_not=["NL102"],
  why="PMO referral: 'Lymfom?' is not shown as a diagnosis in PMO.")

C("onh-typo-dd-menier", V, "1975-02-20",
  N("su_onh", "Mottagningsanteckning", "Jonas Axelsson", "läkare", "2024-09-17 11:50", [
      ("Aktuellt", "Återkommande attacker av rotatorisk yrsel i timmar med lockkänsla och brus i vänster öra."),
      ("Undersökningar", "Audiogram: basnedsättning vänster 35 dB."),
      ("Bedömning", "Bilden passar med Menières sjukom, DD vestibulär migrän. Betahistin prövas, yrseldagbok, MR inre hörselgångar."),
  ]),
  must=["NL102"],
  why="'DD vestibulär migrän' keeps the diagnosis open (typo 'sjukom' for sjukdom).")

# ---------------------------------------------------------------- eye
C("ogon-remiss-glaukom-tryck", V, "1956-06-26",
  N("sks_ogon", "Remiss", "Kristoffer Lund", "läkare", "2024-02-01 13:25", [
      ("Frågeställning", "Glaukom? Önskar bedömning på glaukommottagningen med synfält och OCT."),
      ("Anamnes", "Ögontryck 27/26 mmHg vid två tillfällen hos optiker, ökad excavation vänster 0,7 mot höger 0,5. Mor hade glaukom."),
  ]),
  must=["NL102"],
  why="'Glaukom?' as the referral question is a hedged diagnosis in a visible referral.")

C("ogon-synfalt-oct-normal-okulart-hypertension", V, "1956-06-27",
  N("molndal_ogon", "Mottagningsanteckning", "Sanna Berglund", "läkare", "2024-03-11 10:40", [
      ("Undersökningar", "Synfält 24-2 normala bilateralt. OCT av nervfiberlagret inom normalgränser. Pachymetri 590/585 µm. Tryck 25/24."),
      ("Bedömning", "Okulär hypertension, inget glaukom. Pat informerad, ingen behandling i nuläget, kontroll om ett år."),
  ]),
  must_not=["NL102"],
  why="Workup settles the question: glaucoma negated ('inget glaukom'), ocular hypertension affirmed.")

C("ogon-remiss-natinneavlossning", V, "1963-01-17",
  N("su_akut", "Remiss", "Gustav Eklund", "läkare", "2024-04-06 18:00", [
      ("Frågeställning", "Näthinneavlossning?"),
      ("Anamnes", "Plötsliga ljusblixtar och många flytande prickar i höger öga sedan i går, i dag en mörk skugga som stiger från nedre synfältet. Hög myopi, −7 D."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Emergency referral question 'Näthinneavlossning?' is a hedged diagnosis.")

C("ogon-ablatio-bekraftad-op-i-morgon", S, "1963-01-18",
  N("lund_ogon", "Läkaranteckning", "Ella Sundqvist", "läkare", "2024-04-07 10:15", [
      ("Status", "Höger öga: makulahotande näthinneavlossning temporalt nedåt från 7 till 11, hästskoformat hål kl 10. Makula ännu anliggande."),
      ("Bedömning", "Rhegmatogen näthinneavlossning höger öga. Pat informerad, vitrektomi med gastamponad i morgon förmiddag. Huvudläge enligt instruktion."),
  ], setting="akutmottagning"),
  must_not=["NL102"],
  why="Examination confirms retinal detachment; stated plainly.")

C("ogon-oct-vat-amd-dd-csc", S, "1949-10-01",
  N("lund_ogon", "Mottagningsanteckning", "Ella Sundqvist", "läkare", "2024-05-15 13:50", [
      ("Aktuellt", "Förvrängd syn på höger öga sedan en månad, raka linjer ser vågiga ut."),
      ("Undersökningar", "Visus 0,5/0,9. OCT höger: subretinal vätska och pigmentepitelavlossning."),
      ("Bedömning", "Våt AMD höger öga, DD central serös korioretinopati. Fluoresceinangiografi i dag, anti-VEGF-behandling planeras om angiografin stöder."),
  ]),
  must=["NL102"],
  why="'DD central serös korioretinopati' leaves the retinal diagnosis open in a visible assessment.")

C("ogon-ortoptist-barn-ingen-skelning-ev-glasogon", V, "2018-08-08",
  N("molndal_ogon", "Ortoptistanteckning", "Karolina Rask", "ortoptist", "2024-06-05 09:10", [
      ("Aktuellt", "5-åring remitterad från BVC då föräldrarna tycker att vänster öga ibland glider utåt på foton."),
      ("Undersökningar", "Cover-test nära och avstånd: ingen manifest eller latent skelning. Visus 0,8 bilateralt. Stereoseende Lang positivt."),
      ("Planering", "Ev. glasögon efter cykloplegisk refraktion, tid om fyra veckor."),
  ]),
  must_not=["NL102"],
  why="Strabismus was the referral's worry and is negated; 'Ev. glasögon' hedges a treatment.")

C("ogon-susp-temporalisarterit", S, "1944-02-15",
  N("lund_ogon", "Läkaranteckning", "Erik Holm", "läkare", "2024-07-08 16:35", [
      ("Aktuellt", "Plötslig synnedsättning vänster öga i morse. Tinningshuvudvärk och tuggclaudicatio sedan tre veckor."),
      ("Status", "Visus 0,1 vänster. Blek svullen papill vänster, RAPD vänster. Öm, pulslös vänster temporalisartär. SR 78, CRP 64."),
      ("Bedömning", "Susp. arteriitis temporalis med AION vänster. Prednisolon 80 mg startat, temporalisbiopsi inom en vecka."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Latin abbreviation 'Susp. arteriitis temporalis' is a suspected diagnosis in a visible assessment.")

C("ogon-chorioidalt-melanom-ej-informerad", V, "1958-11-20",
  N("molndal_ogon", "Läkaranteckning", "Sanna Berglund", "läkare", "2024-08-21 12:20", [
      ("Undersökningar", "Ultraljud och fotografering vänster öga: 11 × 4 mm kupolformad pigmenterad tumör temporalt med orange pigment och subretinal vätska. Låg intern reflektivitet."),
      ("Bedömning", "Chorioidalt melanom vänster öga. Pat har inte fått besked om diagnosen, det görs vid konferens med ögononkologen i Stockholm nästa vecka tillsammans med pat."),
  ]),
  must=["NL101"],
  why="A definite eye-tumour diagnosis in a visible assessment that says the patient has not been told.")

C("ogon-typo-glaukum-fragetecken", S, "1966-12-13",
  N("lund_ogon", "Remiss", "Erik Holm", "läkare", "2024-10-03 14:45", [
      ("Frågeställning", "Trångvinkelglaukum? Tryck 38 mmHg höger, smärta och halos kring lampor i kväll."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"],
  why="Unsigned draft referral with typo 'Trångvinkelglaukum?' (glaukom): a hedged diagnosis.")

C("ogon-tidigare-misstankt-glaukom-avskrivet", V, "1952-05-19",
  N("sks_ogon", "Mottagningsanteckning", "Kristoffer Lund", "läkare", "2024-11-04 11:15", [
      ("Tidigare", "Utreddes 2018 för misstänkt glaukom, avskrevs efter normala synfält och OCT."),
      ("Aktuellt", "Kommer nu för kontroll av diabetesretinopati."),
      ("Bedömning", "Ingen diabetesretinopati. Normalt ögontryck 17/18. Ny fotografering om två år."),
  ]),
  must_not=["NL102"],
  why="A past suspicion that was already dismissed ('avskrevs') is past history, not a current hedge.")

C("ogon-uveit-dd-endoftalmit", V, "1965-03-03",
  N("molndal_ogon", "Läkaranteckning", "Sanna Berglund", "läkare", "2024-12-05 20:30", [
      ("Aktuellt", "Opererad för katarakt höger för 5 dagar sedan. Nu tilltagande smärta, rött öga och dimsyn sedan i går."),
      ("Status", "Visus ljusperception–handrörelser. Kraftig retning, hypopyon 1 mm, fibrin i främre kammaren, dålig fundusinsyn."),
      ("Bedömning", "Endoftalmit kan inte uteslutas, DD kraftig postoperativ uveit. Akut vitreouspunktion för odling och intravitreal antibiotika i kväll."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="'Endoftalmit kan inte uteslutas, DD ... uveit' leaves the diagnosis open in a visible assessment.")

# ---------------------------------------------------------------- dermatology
C("hud-remiss-melanom-abcd", V, "1972-07-12",
  N("kungalv_kir", "Remiss", "Björn Sahlin", "läkare", "2024-01-30 10:20", [
      ("Frågeställning", "Malignt melanom?"),
      ("Anamnes", "Pigmenterad förändring på vänster skulderblad som enligt hustrun vuxit och blivit ojämn i färgen sedan i somras. Upptäckt i samband med inläggning för annan åkomma."),
      ("Status", "9 mm asymmetrisk förändring med oregelbunden kant och flera brun-svarta nyanser."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="'Malignt melanom?' as the referral question to dermatology is a hedged diagnosis.")

C("hud-pad-melanom-ej-informerad", V, "1972-07-13",
  N("kungalv_hud", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-02-20 14:40", [
      ("PAD", "Excision vänster skulderblad: malignt melanom, superficiellt spridande typ, Breslow 1,2 mm, ej ulcererat, radikalt exciderat med 2 mm marginal."),
      ("Bedömning", "Malignt melanom pT2a. Patienten har inte informerats om PAD-svaret ännu. Tid för besked och planering av utvidgad excision och sentinel node på torsdag."),
  ]),
  must=["NL101"],
  why="Confirmed melanoma in a visible note that says the patient has not been told.")

C("hud-pad-melanom-informerad-med-kontaktssk", S, "1981-04-07",
  N("lund_hud", "Läkaranteckning", "Hanna Björk", "läkare", "2024-03-18 11:10", [
      ("PAD", "Malignt melanom, superficiellt spridande, Breslow 0,6 mm, inga mitoser."),
      ("Bedömning", "Melanom pT1a höger vad. Pat informerad i dag vid besök tillsammans med kontaktsjuksköterska, tog det sakligt. Utvidgad excision med 1 cm marginal planeras, ingen sentinel node vid denna tjocklek."),
  ]),
  must_not=["NL101", "NL102"],
  why="Confirmed melanoma told to the patient at today's visit.")

C("hud-pad-dysplastiskt-nevus", S, "1990-12-01",
  N("malmo_hud", "Sjuksköterskeanteckning", "Petra Möller", "sjuksköterska", "2024-04-22 09:55", [
      ("Provsvar", "PAD från excision bröstet: dysplastiskt nevus med lätt atypi, radikalt exciderat. Ingen malignitet."),
      ("Åtgärd", "Pat informerad via 1177 enligt dr Björks ordination. Ingen ytterligare åtgärd, självundersökning av huden rekommenderas."),
  ]),
  must_not=["NL102", "NL101"],
  why="Benign PAD with malignancy negated, patient informed.")

C("hud-basalcellscancer-tidigare-och-aktuell", V, "1942-06-18",
  N("su_hud", "Mottagningsanteckning", "Karin Lindqvist", "läkare", "2024-05-08 13:00", [
      ("Tidigare", "Basalcellscancer på näsan 2019, exciderad radikalt."),
      ("Aktuellt", "Ny sårig förändring på vänster kind sedan ett halvår."),
      ("Bedömning", "Stansbiopsi 29/4 visar nodulär basalcellscancer. Pat informerad, Mohs-kirurgi planeras pga lokalisationen."),
  ]),
  must_not=["NL102"],
  why="Past and current basal cell carcinoma both affirmed by PAD; nothing hedged.")

C("hud-dermatoskopi-seborroisk-keratos", V, "1955-09-14",
  N("kungalv_hud", "Mottagningsanteckning", "Karin Lindqvist", "läkare", "2024-06-19 10:30", [
      ("Aktuellt", "Remiss pga mörk förändring i ländryggen, pat orolig för melanom."),
      ("Status", "Dermatoskopi: vaxartad 8 mm förändring med hornpluggar, fåror och åsar samt skarp avgränsning."),
      ("Bedömning", "Seborroisk keratos, benign. Ingen misstanke om melanom. Pat lugnad, kan frysas vid önskemål."),
  ]),
  must_not=["NL102"],
  why="Patient's worry of melanoma is answered with a negation; the lesion is affirmed benign.")

C("hud-dd-psoriasis-eksem", S, "1987-02-24",
  N("lund_hud", "Mottagningsanteckning", "Hanna Björk", "läkare", "2024-07-01 15:15", [
      ("Status", "Välavgränsade fjällande plack på båda handflatorna och fotsulorna, fissurer. Inga naglar eller hårbotten engagerade."),
      ("Bedömning", "Palmoplantar psoriasis, DD handeksem. Lapptest bokas för att utesluta kontaktallergi, potent steroid under tiden."),
  ], signed=None),
  must=["NL102"],
  why="'DD handeksem' keeps the diagnosis open in a visible dermatology assessment.")

C("hud-pmo-remiss-melanom-vc", S, "1983-08-16",
  N("vc_linero", "Remiss", "Sara Nilsson", "läkare", "2024-07-16 10:40", [
      ("Frågeställning", "Melanom? Pigmenterat nevus på höger vad som förändrats de senaste månaderna, dermatoskopiskt atypiskt nätverk och blåvit slöja."),
  ]),
  must_not=["NL102"],
  why="PMO referral from a vårdcentral: the hedged 'Melanom?' is never shown as a diagnosis in PMO.")

C("hud-aktinisk-keratos-dd-skivepitelcancer", V, "1939-11-09",
  N("su_hud", "Mottagningsanteckning", "Ola Fransson", "läkare", "2024-08-12 11:25", [
      ("Status", "Multipla aktiniska keratoser i hårbotten. En 12 mm infiltrerad, ömmande och krustabelagd förändring på hjässan."),
      ("Bedömning", "Hypertrofisk aktinisk keratos, DD högt differentierad skivepitelcancer. Excision med 4 mm marginal för PAD i dag, övriga keratoser behandlas med kryo."),
  ]),
  must=["NL102"],
  why="'DD högt differentierad skivepitelcancer' leaves a malignant diagnosis open.")

C("hud-ssk-ljusbehandling-ev-uppehall", S, "1975-05-30",
  N("malmo_hud", "Omvårdnadsanteckning", "Jessica Holmgren", "undersköterska", "2024-06-24 08:20", [
      ("Aktuellt", "Känd psoriasis, ljusbehandling UVB 3 ggr/vecka, behandling nummer 18. Tydlig förbättring, PASI från 12 till 4."),
      ("Planering", "Ev. uppehåll i behandlingen under semestern i juli, pat meddelar veckan före. Ingen rodnad efter senaste dosen."),
  ]),
  must_not=["NL102"],
  why="'Ev. uppehåll' concerns scheduling of phototherapy, not a diagnosis.")

C("hud-pad-atypisk-melanom-in-situ-kan-ej-uteslutas", S, "1969-10-19",
  N("lund_hud", "Läkaranteckning", "Hanna Björk", "läkare", "2024-09-25 13:40", [
      ("PAD", "Atypisk melanocytär proliferation i lentiginöst mönster, melanom in situ kan inte uteslutas. Patologen rekommenderar re-excision med 5 mm marginal."),
      ("Bedömning", "Re-excision planeras. Pat informerad per telefon om att svaret inte är entydigt och att ett nytt ingrepp behövs."),
  ]),
  must=["NL102"],
  why="PAD that leaves the question open ('melanom in situ kan inte uteslutas') quoted in a visible note.")

C("hud-typo-missanke-psoriasisartrit", V, "1978-01-31",
  N("su_hud", "Mottagningsanteckning", "Ola Fransson", "läkare", "2024-10-09 09:05", [
      ("Aktuellt", "Känd plackpsoriasis. Nu svullna fingrar och morgonstelhet i händerna i över en timme."),
      ("Bedömning", "Missanke om psoriasisartrit, daktylit i två fingrar. Remiss till reumatolog, röntgen händer och fötter."),
  ]),
  must=["NL102"],
  why="Typo 'Missanke om' for misstanke om: a suspected psoriatic arthritis in a visible note.")

C("hud-typo-ingen-missanke-melanom", S, "1993-06-02",
  N("malmo_hud", "Mottagningsanteckning", "Petra Möller", "läkare", "2024-10-30 14:25", [
      ("Aktuellt", "Många födelsemärken, kontroll efter önskemål från vårdcentralen."),
      ("Bedömning", "Helkroppsundersökning med dermatoskopi: ca 80 benigna nevi med regelbundna mönster. Ingen missanke om melanom. Självundersökning och solskydd."),
  ]),
  must_not=["NL102"],
  why="Negated mention with typo 'Ingen missanke om melanom' must not fire.")

# ---------------------------------------------------------------- long notes (300+ words)
C("lang-kir-inskrivning-bifynd-lungnodul", V, "1949-03-08",
  N("kungalv_kir", "Inskrivningsanteckning", "Ola Fransson", "läkare", "2024-03-16 23:55", [
      ("Kontaktorsak", "Buksmärta under höger arcus och feber sedan två dygn."),
      ("Anamnes", "75-årig man, tidigare rökare 40 paketår, slutade 2015. Hypertoni och typ 2-diabetes på tablettbehandling. Opererad för ljumskbråck höger 2008. Inga kända allergier. Bor med hustrun i villa, klarar sig själv, kör bil. Började få molande smärta under höger arcus efter middagen i förrgår, tilltagande, nu konstant och strålar mot höger skulderblad. Frossa i natt, har kräkts två gånger. Ingen ikterus, normal urin och avföring. Inga tidigare gallstensanfall enligt pat själv, men hustrun minns liknande episoder för några år sedan som gick över av sig själva."),
      ("Status", "AT: påverkad av smärta, varm, orienterad. Temp 38,7, puls 104 regelbunden, BT 145/85, andningsfrekvens 20, saturation 95 % på luft. Cor: regelbunden rytm, inga blåsljud. Pulm: normala andningsljud bilateralt. Buk: mjuk men tydligt öm under höger arcus med positivt Murphys tecken, ingen palpabel resistens, inga bråck. Inga perifera ödem."),
      ("Lab", "CRP 212, LPK 16,4, bilirubin 28, ALP 2,1, ALAT 1,4, lipas normalt, krea 96, glukos 14,2, laktat 1,6."),
      ("Undersökningar", "DT buk med kontrast i kväll: förtjockad gallblåsevägg med perikolecystisk fettväfnadsreaktion och inkilat konkrement i halsen, akut kolecystit. Inga vidgade gallvägar, ingen abscess, ingen fri gas. På de nedersta snitten genom thorax ses en 9 mm solid nodul i höger underlob som inte finns beskriven tidigare, malignitet kan inte uteslutas och radiologen föreslår DT thorax om tre månader."),
      ("Bedömning", "Akut kalkylös kolecystit utan tecken till gallvägsobstruktion. Diabetes dåligt kontrollerad i samband med infektionen."),
      ("Åtgärd", "Inläggs på avdelning 11. Piperacillin-tazobaktam 4 g x 3 iv, Ringer-acetat, fasta i natt, insulin enligt schema. Planeras för akut laparoskopisk kolecystektomi inom 72 timmar om anestesin godkänner. Pat och hustru informerade om planen och om lungfyndet, som följs upp via vårdcentralen. Metformin pausas under fastan och vid kontrastundersökningar, övriga läkemedel enligt lista. Trombosprofylax med dalteparin 5000 E från i kväll. Anestesibedömning begärd till i morgon förmiddag, EKG tagen på akuten visar sinusrytm utan ischemitecken."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="Long admission note where one sentence reports an incidental lung nodule with 'malignitet kan inte uteslutas'.")

C("lang-orto-epikris-utan-hedge", S, "1941-07-23",
  N("hbg_orto", "Epikris", "Ingrid Sjöberg", "läkare", "2024-02-09 13:20", [
      ("Orsak till vård", "Höftfraktur vänster efter fall i hemmet 2024-01-31."),
      ("Sammanfattning", "82-årig kvinna som bor ensam i lägenhet med hemtjänst en gång dagligen. Tidigare förmaksflimmer med apixaban, hypertoni och lätt kognitiv svikt. Föll i badrummet natten till den 31 januari och kunde inte resa sig, hittades av hemtjänsten på morgonen. Röntgen på akuten visade en dislocerad cervikal femurfraktur vänster, Garden III. CK var 1800 vid ankomst och sjönk under vårdtiden. Apixaban sattes ut och operation med halvprotes genomfördes dag 2 utan komplikationer. Postoperativt en kortvarig förvirring de två första nätterna, som klingade av med smärtlindring, normaliserad dygnsrytm och utsättning av zopiklon. Urinretention dag 3 med 800 ml i blåsan, KAD i två dygn, därefter spontan miktion med små residualvolymer. Hb sjönk till 94, ingen transfusion. Mobiliserad av fysioterapeut med gåbord och sedan rollator, går nu 40 meter med stöd av en person och klarar förflyttningar själv. Arbetsterapeut har provat ut toalettförhöjning och duschpall inför hemgång. Osteoporos konstaterades med DXA 2022, pat har inte tagit den förskrivna alendronatbehandlingen."),
      ("Diagnoser", "Cervikal femurfraktur vänster. Postoperativt delirium. Urinretention. Osteoporos."),
      ("Läkemedel", "Apixaban återinsatt dag 3. Zoledronsyra ges vid återbesöket om 6 veckor efter tandstatus. Kalcium och D-vitamin insatt. Oxykodon vid behov utsatt inför hemgång, paracetamol 1 g x 4 fortsätter."),
      ("Information", "Pat och sonen informerade om förloppet, operationen, fallrisk och osteoporosbehandlingen. Informerade om att höftprotesen tål full belastning och om luxationsrisken."),
      ("Uppföljning", "Återbesök på ortopedmottagningen med röntgen om 6 veckor. Hemtjänst utökad till tre gånger dagligen, bedömning av hemrehabilitering från kommunen. Suturtagning på vårdcentralen dag 14. Sonen har fått telefonnummer till avdelningen och kontaktar oss vid frågor under de första veckorna hemma. Läkemedelslistan är genomgången med pat och skickas till hemtjänsten, dosett delas av apoteket. Körkortet: pat kör inte bil sedan flera år, ingen åtgärd. Kopia av epikrisen skickas till vårdcentralen och till kommunens rehabenhet. Fallprevention: trygghetslarm finns, mattor i hallen tas bort enligt arbetsterapeutens hembesök."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="Long discharge summary with affirmed diagnoses only; no sentence hedges a diagnosis.")

C("lang-gyn-blodning-dd-lista", V, "1976-11-15",
  N("nal_gyn", "Mottagningsanteckning", "Ulrika Dahl", "läkare", "2024-10-01 10:45", [
      ("Kontaktorsak", "Remiss från vårdcentral pga oregelbundna blödningar sedan ett halvår."),
      ("Anamnes", "47-årig kvinna, två förlossningar, sterilisering 2012. Tidigare regelbundna menstruationer med 28 dagars intervall. Sedan i våras blödningar med 2–3 veckors mellanrum, ibland mellanblödningar och blödning efter samlag vid ett par tillfällen. Mensvärk som förut, ingen bäckensmärta. Trött, Hb 112 på vårdcentralen. Senaste cellprov 2022 normalt. Röker inte, BMI 31. Hypotyreos på levaxin, välinställd. Ingen hereditet för gynekologisk cancer, mormor hade bröstcancer i 70-årsåldern. Inga hormoner."),
      ("Status", "Gott allmäntillstånd. Yttre genitalia utan anmärkning. Spekulum: normal vagina, cervix med ektropion som kontaktblöder lätt, ingen synlig tumör. Bimanuell palpation: normalstor, rörlig uterus, inga palpabla resistenser i adnexa, ingen ömhet."),
      ("Undersökningar", "Vaginalt UL: anteflekterad uterus 8 × 5 cm. Endometriet 14 mm och lätt heterogent med en misstänkt 8 mm polyp i fundus, bra flöde i stjälken. Normala ovarier bilateralt med små follikler. Ingen fri vätska. Cellprov och HPV tagna, endometriebiopsi med Pipelle tagen utan problem."),
      ("Bedömning", "Oregelbundna blödningar i perimenopaus. DD endometriepolyp, endometriehyperplasi, anovulatoriska cykler. Malignitet bedöms mindre troligt men kan inte avfärdas innan PAD finns."),
      ("Planering", "Hysteroskopi med polypresektion i dagkirurgi, operationsanmälan gjord. Järntabletter tills vidare. Pat informerad om planen, svar på PAD och cellprov lämnas per telefon av undertecknad. Pat ringer vid kraftig blödning. Vi diskuterade också hormonspiral som behandling av blödningarna om PAD är godartat, pat är positiv till det och vill ha den insatt vid hysteroskopin. Hon fick information om att det kan ta två till tre veckor innan PAD-svaret finns. Hon har frågat om sjukskrivning efter ingreppet, vilket sällan behövs mer än en till två dagar. Kopia till vårdcentralen, där TSH och Hb följs. Järnbehandlingen utvärderas med nytt Hb och ferritin om tre månader på vårdcentralen."),
  ]),
  must=["NL102"],
  why="Long gynaecology note with a DD list and 'misstänkt polyp' in visible sections.")

C("lang-uro-aterbesok-utan-hedge", S, "1952-09-30",
  N("malmo_uro", "Mottagningsanteckning", "Anders Strand", "läkare", "2024-11-20 14:00", [
      ("Kontaktorsak", "Årskontroll efter radikal prostatektomi."),
      ("Anamnes", "72-årig man, opererad med robotassisterad radikal prostatektomi i oktober 2022 för prostatacancer Gleason 4+3=7, pT2c, negativa marginaler, N0. Har sedan operationen haft omätbart PSA vid alla kontroller. Kontinensen är god, använder ett tunt skydd vid tung fysisk aktivitet, inga läckage nattetid. Erektil funktion nedsatt, provade tadalafil med viss effekt men slutade pga huvudvärk. Vill inte pröva injektionsbehandling i nuläget. Inga miktionsbesvär, ingen hematuri. Normal aptit, vikt stabil. Går långa promenader och spelar golf två gånger i veckan. Inga skelettsmärtor. Hustrun är frisk. Samsjuklighet: hypertoni på amlodipin, hyperlipidemi på atorvastatin. Sedan i somras även gikt i höger stortå, behandlad av vårdcentralen med kolkicin och nu allopurinol."),
      ("Status", "Allmäntillstånd gott. Buken mjuk och oöm, läkta portärr. Inga förstorade lymfkörtlar inguinalt."),
      ("Lab", "PSA < 0,03 µg/l. Krea 104, Hb 141."),
      ("Bedömning", "Fortsatt inga tecken på recidiv av prostatacancern, två år efter operationen. God kontinens. Erektil dysfunktion efter prostatektomi som pat i nuläget inte vill behandla vidare. Gikt behandlas av vårdcentralen och påverkar inte uppföljningen."),
      ("Planering", "PSA-kontroll var sjätte månad via vårdcentralen till och med år fem, remissvar till oss vid PSA över 0,1. Nytt besök här endast vid stigande PSA eller nya besvär. Pat informerad om planen och fick broschyr om erektionshjälpmedel, han hör av sig om han ändrar sig. Kopia av anteckningen till vårdcentralen. Vi gick också igenom vad han ska vara uppmärksam på mellan kontrollerna: nytillkommen skelettsmärta, blod i urinen eller oförklarad viktnedgång ska föranleda kontakt oavsett PSA. Hustrun var med vid besöket och hade frågor om samliv efter operationen, som besvarades. Han är i övrigt nöjd med vården och har inga önskemål om ändrad uppföljning. Nästa PSA tas i maj. Blodtrycket var 138/82 i dag och han har inga biverkningar av allopurinol. Inga läkemedelsförändringar från urologens sida. Han frågade om han kan fortsätta med sina cykelturer, vilket han kan utan begränsning. Rekommenderade fortsatt bäckenbottenträning."),
  ]),
  must_not=["NL102"],
  why="Long follow-up after prostatectomy: cancer history affirmed, recurrence negated, no hedged diagnosis.")

C("lang-onh-normalt-utredning-ensidig-tinnitus", V, "1980-04-25",
  N("sks_onh", "Mottagningsanteckning", "Amanda Wallin", "läkare", "2024-04-03 13:30", [
      ("Kontaktorsak", "Remiss från vårdcentral pga ensidig tinnitus och lockkänsla vänster öra."),
      ("Anamnes", "44-årig lärare med pipande tinnitus i vänster öra sedan fyra månader, mest störande på kvällen. Lockkänsla i samma öra periodvis. Ingen hörselnedsättning som hon märker själv, ingen yrsel, inga öronflytningar, ingen öronvärk. Inte bullerexponerad utöver skolmiljön. Sover sämre sedan besvären började och är orolig för att det ska vara något allvarligt, hon har läst om tumörer på hörselnerven. Frisk i övrigt, inga läkemedel. Ingen hereditet för hörselnedsättning."),
      ("Status", "Öron: normala hörselgångar och trumhinnor bilateralt, rörliga vid pneumatisk otoskopi. Näsa och svalg utan anmärkning, epifarynx fri vid fiberskopi. Hals utan palpabla körtlar. Kranialnerver intakta. Ingen spontan nystagmus, Romberg och gång utan anmärkning. Käkleden vänster lätt palpationsöm, krepitationer vid gapning."),
      ("Undersökningar", "Tonaudiogram: normal hörsel bilateralt, symmetrisk inom 5 dB. Tympanometri A-kurvor, stapediusreflexer utlösbara bilateralt. Eftersom audiogrammet är helt symmetriskt och hörseln normal finns ingen indikation för MR enligt vårt PM."),
      ("Bedömning", "Subjektiv tinnitus vänster utan hörselnedsättning. Inga tecken på retrokokleär patologi. Käkledsdysfunktion vänster med palpationsömhet och krepitationer."),
      ("Planering", "Pat informerad om fynden och lugnad. Informerad om tinnitusmekanismer, ljudberikning nattetid och att stress och sömnbrist förvärrar. Remiss till tandläkare för bedömning av käkleden och ev. bettskena. Erbjuds tinnitusskola i grupp under hösten, pat tackar ja. Ny audiometri endast vid upplevd hörselförsämring, inget planerat återbesök. Sjukskrivning är inte aktuell, hon arbetar heltid och klarar det. Hon fick skriftlig information om tinnitus och länkar till 1177 om sömn och stresshantering. Kopia till remittenten på vårdcentralen."),
  ]),
  must_not=["NL102"],
  why="Long ENT note: the feared diagnosis is negated ('Inga tecken på retrokokleär patologi'); 'ev. bettskena' is not a diagnosis.")

C("lang-ogon-diabetes-trolig-glaukom", S, "1958-08-12",
  N("lund_ogon", "Mottagningsanteckning", "Ella Sundqvist", "läkare", "2024-08-29 15:20", [
      ("Kontaktorsak", "Årskontroll av diabetesretinopati, remitterad från diabetesmottagningen."),
      ("Anamnes", "66-årig man med typ 2-diabetes sedan 2009, insulinbehandlad sedan 2018, senaste HbA1c 64. Hypertoni. Laserbehandlad för proliferativ diabetesretinopati höger öga 2021. Upplever att läsningen blivit sämre på vänster öga senaste halvåret, behöver starkare läsglasögon. Ingen smärta, inga blixtar eller flytande prickar. Pappa blev blind på äldre dagar, oklart av vad. Inga ögondroppar."),
      ("Status", "Visus med egen korrektion 0,8 höger och 0,6 vänster. Tryck 24 höger och 27 vänster med applanation. Främre segment: lätt nukleär katarakt bilateralt, djupa kammare, inga rubeos. Gonioskopi: öppna vinklar bilateralt. Fundus i mydriasis: höger stabil bild efter laser med spridda laserärr, inga nya kärl. Vänster ett fåtal mikroaneurysm och punktblödningar, inget makulaödem på OCT. Papillerna: höger 0,4, vänster 0,7 med notch inferiort och tunnare nervfiberlager inferotemporalt på OCT."),
      ("Undersökningar", "Synfält 24-2: höger normalt, vänster begynnande övre bågformigt defekt som inte sågs 2023."),
      ("Bedömning", "Stabil behandlad proliferativ diabetesretinopati höger, lätt icke-proliferativ retinopati vänster. Trolig öppenvinkelglaukom vänster öga med förhöjt tryck, förändrad papill och synfältsdefekt. Katarakten förklarar den försämrade läsningen bara delvis."),
      ("Planering", "Latanoprost 1 droppe kvällstid vänster öga. Nytt synfält och OCT om 3 månader för att bekräfta progress. Diabetesfotografering som tidigare. Pat informerad om fynden och om vikten av att droppa varje kväll. Han fick instruktion av sjuksköterska i hur man droppar och en skriftlig ordination. Katarakten bedöms inte vara operationsmogen ännu, vi tar ny ställning vid nästa besök. Kopia till diabetesmottagningen, där HbA1c och blodtryck följs. Han har körkort för personbil och uppfyller synkraven i dag, men synfältet behöver följas med tanke på körkortsbehörigheten. Sonen, som följde med, vill bli uppringd om planen ändras."),
  ]),
  must=["NL102"],
  why="Long eye note: one sentence hedges a new glaucoma diagnosis ('Trolig öppenvinkelglaukom').")

C("lang-hud-uppfoljning-ev-utan-diagnos", V, "1964-02-28",
  N("su_hud", "Mottagningsanteckning", "Ola Fransson", "läkare", "2024-06-11 09:40", [
      ("Kontaktorsak", "Uppföljning av hidradenitis suppurativa på biologisk behandling."),
      ("Anamnes", "60-årig kvinna med hidradenitis suppurativa sedan 20-årsåldern, Hurley II i armhålor och ljumskar. Tidigare prövat tetracykliner, klindamycin plus rifampicin och flera kirurgiska incisioner. Adalimumab sedan november 2023, 40 mg varje vecka. Anger klart färre bölder, en lindrig per månad mot tidigare fyra till fem, och mindre smärta. Har fått mindre flytningar från fistlarna i höger ljumske. Inga infektioner, ingen feber. Röker fortfarande tio cigaretter om dagen, har försökt sluta. Arbetar som undersköterska, har inte varit sjukskriven sedan januari. Blodtryck och diabetes sköts på vårdcentralen."),
      ("Status", "Armhålor: ärr och två inaktiva fistelgångar bilateralt, inga aktiva noduli. Ljumskar: höger en fistelgång med lätt serös sekretion, en 1 cm inflammerad nodulus, vänster lugnt. Under brösten utan anmärkning. IHS4 från 14 vid start till 5 i dag."),
      ("Lab", "Hb 131, LPK 7,8, CRP 6, ALAT 0,4, krea 71. Kvantiferon negativ före start."),
      ("Bedömning", "Hidradenitis suppurativa med god effekt av adalimumab, HiSCR uppnått. Kvarstående fistel i höger ljumske som inte svarar på medicinering."),
      ("Planering", "Fortsatt adalimumab 40 mg varje vecka, recept förnyat. Remiss till plastikkirurg för deroofing av fisteln i höger ljumske. Rökavvänjning erbjuds via vårdcentralen, pat vill fundera. Ev. kan behandlingsintervallet förlängas om förbättringen håller i sig till hösten. Nästa besök om 6 månader med lab före, tidigare vid försämring. Hon fick information om att höra av sig vid feber, tecken på infektion eller nya hudförändringar medan hon tar adalimumab. Vaccinationsstatus genomgånget: pneumokockvaccin givet i mars, influensavaccin rekommenderas i höst. Hon uppger att hon är nöjd med behandlingen och att livskvaliteten är klart bättre, DLQI har sjunkit från 19 till 6. Hon har själv sett anteckningarna i 1177 och hade inga frågor om dem. Kopia till vårdcentralen."),
  ]),
  must_not=["NL102"],
  why="Long dermatology note: the only hedges ('ev. kan intervallet förlängas', 'vill fundera') are not about diagnoses.")

# ---------------------------------------------------------------- hidden sections, several notes
C("vgr-tidiga-hypoteser-sokord-men-lacka-i-bedomning", V, "1960-12-17",
  N("su_onh", "Läkaranteckning", "Jonas Axelsson", "läkare", "2024-02-07 11:55", [
      ("Status", "Förstorad, fast vänster tonsill med ytlig ulceration. 2 cm fast körtel i regio II vänster."),
      ("Bedömning", "Misstänkt tonsillcancer vänster, biopsi tagen i lokalbedövning och DT hals-thorax beställd."),
      ("Tidiga hypoteser", "Misstanke om HPV-relaterad tonsillcancer med halsmetastas, pat ej informerad om misstanken."),
  ]),
  must=["NL102"],
  why="VGR: the hypothesis is under Tidiga hypoteser but is also written in the visible Bedömning.")

C("vgr-tidiga-hypoteser-sokord-endast", V, "1960-12-18",
  N("su_onh", "Läkaranteckning", "Jonas Axelsson", "läkare", "2024-02-08 09:30", [
      ("Status", "Ulcererad, förstorad vänster tonsill. Palpabel fast körtel i regio II vänster."),
      ("Bedömning", "Biopsi tagen från vänster tonsill, DT hals-thorax beställd. Återbesök när svaren finns, pat informerad om att vi vill utesluta allvarlig sjukdom."),
      ("Tidiga hypoteser", "Misstänkt tonsillcancer vänster med regional spridning, pat ännu inte informerad om misstanken."),
  ]),
  must_not=["NL102", "NL101"],
  why="VGR: the suspected cancer and 'inte informerad' stand only under the filtered sökord; visible sections name no diagnosis.")

C("skane-tidiga-hypoteser-mall-sedan-upprepad-i-lakaranteckning", S, "1957-04-09", [
  N("angelholm_uro", "Tidiga hypoteser", "Nadia El-Khoury", "läkare", "2024-06-26 08:30", [
      ("Bedömning", "Solid njurtumör höger, misstänkt njurcellscancer. Avvaktar MDK innan besked."),
  ], nid="n1"),
  N("angelholm_uro", "Läkaranteckning", "Nadia El-Khoury", "läkare", "2024-06-26 08:45", [
      ("Bedömning", "Bifynd vid DT: solid tumör höger njure, misstänkt njurcellscancer. Diskuteras på MDK 2/7, därefter besök."),
  ], nid="n2")],
  must=["NL102@n2"], must_not=["NL102@n1"],
  why="Skåne: the hypothesis is correctly in the Tidiga hypoteser template (n1) but repeated in an ordinary note (n2).")

C("skane-tidiga-hypoteser-mall-sedan-bekraftad-och-berattad", S, "1948-05-27", [
  N("malmo_kir", "Tidiga hypoteser", "Fredrik Wahlberg", "läkare", "2024-08-12 10:15", [
      ("Bedömning", "Gastroskopi: ulcererad förändring i antrum, misstänkt ventrikelcancer. PAD inväntas innan pat informeras."),
  ], nid="n1"),
  N("malmo_kir", "Läkaranteckning", "Fredrik Wahlberg", "läkare", "2024-08-20 14:30", [
      ("PAD", "Biopsier från antrum: adenokarcinom av intestinal typ."),
      ("Bedömning", "Ventrikelcancer. Pat och dotter informerade i dag, fick skriftlig information och kontaktsjuksköterska. DT thorax-buk och laparoskopi för staging, sedan MDK."),
  ], nid="n2")],
  must_not=["NL102@n1", "NL102@n2", "NL101@n1", "NL101@n2"],
  why="Hypothesis kept in the hidden template, then confirmed and told in a visible note: nothing to flag.")

C("uro-njurcancer-ej-informerad-sedan-informerad", S, "1959-09-03", [
  N("malmo_uro", "Läkaranteckning", "Anders Strand", "läkare", "2024-09-11 16:00", [
      ("PAD", "Njurbiopsi höger: klarcellig njurcancer, ISUP grad 2."),
      ("Bedömning", "Klarcellig njurcancer höger. Pat inte informerad än, han vill få besked på plats och kommer på fredag med sin fru."),
  ], nid="n1"),
  N("malmo_uro", "Mottagningsanteckning", "Anders Strand", "läkare", "2024-09-13 10:30", [
      ("Bedömning", "Pat och hustru informerade om att biopsin visar klarcellig njurcancer. Partiell nefrektomi föreslås, pat samtycker."),
  ], nid="n2")],
  must=["NL101@n1"], must_not=["NL101@n2", "NL102@n1", "NL102@n2"],
  why="The diagnosis is withheld in n1 (visible, 'inte informerad än'), then told in n2.")

# ---------------------------------------------------------------- children, labs, more hedges
C("kir-barnkir-remiss-invagination", S, "2022-02-11",
  N("lund_barnkir", "Remiss", "Elin Forsberg", "läkare", "2024-01-19 19:25", [
      ("Frågeställning", "Invagination? Önskar akut ultraljud buk."),
      ("Anamnes", "23 månader gammal pojke med attackvis skrik och uppdragna ben sedan i eftermiddag, blek mellan attackerna. Kräkts tre gånger, en hallonfärgad avföring för en timme sedan."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Child's referral (guardian reads): 'Invagination?' is a hedged diagnosis in a visible referral.")

C("kir-barn-ul-appendix-ej-visualiserad", V, "2014-06-03",
  N("su_bfm", "Röntgensvar", "Lena Wikström", "läkare", "2024-05-30 20:10", [
      ("Frågeställning", "9-åring med smärta i höger fossa sedan ett dygn, CRP 34."),
      ("Utlåtande", "Ultraljud buk: appendix kan inte visualiseras. Lite fri vätska i höger fossa och några förstorade mesenteriella lymfkörtlar. Appendicit kan inte uteslutas, klinisk uppföljning rekommenderas."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Paediatric ultrasound answer that leaves the question open ('Appendicit kan inte uteslutas').")

C("kir-misstanken-avskrivs-normalt-ul", V, "2003-10-28",
  N("alingsas_kir", "Läkaranteckning", "Tomas Ivarsson", "läkare", "2024-05-31 09:15", [
      ("Aktuellt", "Inlagd för observation i natt pga smärta i höger fossa."),
      ("Bedömning", "Smärtfri i morse, CRP sjunkande från 34 till 12, ultraljudet i går visade normal appendix. Appendicit avskrivs. Hem, åter vid ny smärta eller feber."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="The answer settles the question: appendicitis is dismissed ('avskrivs'), a negated mention.")

C("orto-septisk-artrit-kan-ej-uteslutas", V, "1954-02-08",
  N("molndal_ortoakut", "Läkaranteckning", "Rickard Blom", "läkare", "2024-06-29 17:50", [
      ("Aktuellt", "Svullet, varmt och ömt höger knä sedan i går, feber 38,3. Giktanfall i stortån tidigare."),
      ("Status", "Kraftig hydrops, rodnad, smärtsam rörlighet 10–60°."),
      ("Bedömning", "Septisk artrit kan inte uteslutas, DD giktartrit. Ledpunktion gjord: grumlig vätska, skickad för odling, kristaller och celler. Avvaktar antibiotika till svar på mikroskopin inom en timme."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="'Septisk artrit kan inte uteslutas, DD giktartrit' leaves the diagnosis open.")

C("orto-typo-trolg-septisk-bursit", V, "1968-09-16",
  N("lidkoping_orto", "Läkaranteckning", "Jonas Axelsson", "läkare", "2024-07-25 12:35", [
      ("Status", "Fluktuerande, rodnad och varm svullnad över höger olecranon, liten excoriation. Fri rörlighet i armbågsleden."),
      ("Bedömning", "Trolg septisk olekranonbursit. Punktion, odling, flukloxacillin 1 g x 3 i 10 dagar, kompression."),
  ]),
  must=["NL102"],
  why="Typo 'Trolg' for trolig: a probable septic bursitis in a visible note.")

C("orto-utan-hallpunkt-for-protesinfektion", S, "1947-11-30",
  N("landskrona_orto", "Mottagningsanteckning", "Mats Engström", "läkare", "2024-10-15 10:20", [
      ("Aktuellt", "Ett år efter total knäprotes vänster, kvarstående värk vid trappgång."),
      ("Undersökningar", "CRP 3, SR 8. Rtg: väl fixerade komponenter utan radiolucenta linjer."),
      ("Bedömning", "Utan hållpunkt för protesinfektion eller lossning. Kvarstående smärta efter knäprotes, fysioterapi med fokus på quadricepsstyrka."),
  ]),
  must_not=["NL102"],
  why="'Utan hållpunkt för protesinfektion eller lossning' is a negated mention.")

C("uro-barn-hydronefros-misstankt-pujstenos", S, "2023-03-14",
  N("lund_barnkir", "Mottagningsanteckning", "Elin Forsberg", "läkare", "2024-03-26 11:10", [
      ("Aktuellt", "1-åring med prenatalt upptäckt vidgat njurbäcken vänster, uppföljning."),
      ("Undersökningar", "UL: njurbäcken vänster 24 mm med vidgade kalyx, tunt parenkym. Höger njure normal. Ingen vidgad uretär."),
      ("Bedömning", "Misstänkt pyeloureteral stenos vänster. MAG3-renografi för funktion och avflöde, föräldrarna informerade."),
  ], signed=None),
  must=["NL102"],
  why="Unsigned draft, child's note: 'Misstänkt pyeloureteral stenos' is a suspected diagnosis guardians will read.")

C("gyn-fysio-trol-stressinkontinens-dd-overaktiv", V, "1971-05-22",
  N("sas_gyn", "Fysioterapeutanteckning", "Maja Nordin", "fysioterapeut", "2024-09-12 08:45", [
      ("Anamnes", "Urinläckage vid hosta, nysning och hopp sedan andra förlossningen, ibland även bråttom till toaletten."),
      ("Status", "Palpation av bäckenbotten: svag kontraktion, Oxford 2, kort uthållighet."),
      ("Bedömning", "Trol. ansträngningsinkontinens, DD blandinkontinens med inslag av överaktiv blåsa. Bäckenbottenträning, miktionslista under en vecka till nästa besök."),
  ]),
  must=["NL102"],
  why="A physiotherapist's 'Trol. ansträngningsinkontinens, DD blandinkontinens' hedges the diagnosis.")

C("kir-dietist-trol-dumpingsyndrom", V, "1964-09-29",
  N("nu_kir", "Dietistanteckning", "Paulina Nyström", "dietist", "2024-04-16 13:20", [
      ("Aktuellt", "Tre månader efter total gastrektomi. Hjärtklappning, svettningar och diarré 15–30 minuter efter måltid, särskilt efter söta drycker. Vikt 58 kg, minus 9 kg sedan op."),
      ("Bedömning", "Symtomen passar med tidigt dumpingsyndrom, trol. förstärkt av att hon dricker saft till maten. Råd om små täta måltider, dryck mellan måltiderna och mindre snabba kolhydrater, vägning om fyra veckor."),
  ]),
  must=["NL102"],
  why="A dietitian's 'passar med ... dumpingsyndrom, trol.' hedges a diagnosis in a visible note.")

C("hud-barn-trol-impetigo-ssk", V, "2020-08-21",
  N("su_hud", "Sjuksköterskeanteckning", "Linnea Wester", "sjuksköterska", "2024-08-28 13:05", [
      ("Aktuellt", "3-åring på förskola med honungsgula krustor runt munnen och på hakan sedan fyra dagar, ingen feber."),
      ("Bedömning", "Trol. impetigo efter bedömning tillsammans med dr Fransson. Tvätt med tvål och vatten, väteperoxidkräm, hemma från förskolan tills såren är torra."),
  ], signed=None),
  must=["NL102"],
  why="Unsigned nurse draft for a child: 'Trol. impetigo' is a probable diagnosis in a guardian-visible note.")

C("ogon-ortoptist-mojlig-amblyopi", S, "2019-11-06",
  N("lund_ogon", "Ortoptistanteckning", "Karolina Rask", "ortoptist", "2024-11-13 10:25", [
      ("Undersökningar", "Visus med ögonlappstavlan 1,0 höger och 0,4 vänster, ingen skelning vid cover-test. Cykloplegisk refraktion: höger +1,0, vänster +4,5."),
      ("Bedömning", "Möjlig refraktiv amblyopi vänster öga pga anisometropi. Glasögon förskrivna, ny visuskontroll om 8 veckor innan ev. lappbehandling."),
  ]),
  must=["NL102"],
  why="An orthoptist's 'Möjlig refraktiv amblyopi' in a child's note is a hedged diagnosis.")

C("kir-lab-leverprover-misstankt-koledokussten", V, "1966-03-09",
  N("nu_kir", "Läkaranteckning", "Erik Holm", "läkare", "2024-03-23 08:40", [
      ("Lab", "Bilirubin 64, ALP 4,8, ALAT 3,2, lipas 1,1, CRP 28. Stigande sedan i går."),
      ("Bedömning", "Misstänkt koledokussten med tanke på kolestatisk leverprovsbild och kända gallstenar. MRCP i dag, ERCP vid bekräftad sten."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="A lab-based 'Misstänkt koledokussten' awaiting MRCP is a suspected diagnosis in a visible note.")

C("kir-ev-sarinfektion-odling", S, "1977-08-26",
  N("trelleborg_kir", "Mottagningsanteckning", "Petra Möller", "läkare", "2024-07-02 15:05", [
      ("Aktuellt", "En vecka efter öppen bråckoperation höger ljumske, rodnad och ömhet kring såret sedan två dagar."),
      ("Status", "2 cm rodnad runt nedre delen av såret, lätt serös sekretion, ingen fluktuation. Afebril."),
      ("Bedömning", "Ev. ytlig sårinfektion. Odling tagen, flukloxacillin i en vecka, kontroll hos distriktssköterska om tre dagar."),
  ]),
  must=["NL102"],
  why="'Ev. ytlig sårinfektion' hedges a diagnosis (contrast with 'ev.' about a procedure elsewhere).")

C("kir-typo-susp-apendicit-triage", S, "1999-02-14",
  N("lund_akut", "Sjuksköterskeanteckning", "Camilla Roos", "sjuksköterska", "2024-10-19 15:40", [
      ("Triage", "RETTS orange. Buksmärta höger fossa sedan i morse, kräkts en gång, temp 38,2."),
      ("Åtgärd", "Susp. apendicit enligt läkare i triage, fastar. PVK satt, CRP och blodstatus tagna, paracetamol 1 g iv."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Triage note with typo 'apendicit' after 'Susp.': a suspected diagnosis in a visible section.")

C("gyn-typo-kan-ej-utesltas", V, "1961-04-19",
  N("nal_gyn", "Läkaranteckning", "Ida Granström", "läkare", "2024-12-09 11:30", [
      ("Aktuellt", "Postmenopausal blödning vid två tillfällen, ingen hormonbehandling."),
      ("Undersökningar", "Vaginalt UL: endometriet 9 mm och oregelbundet."),
      ("Bedömning", "Endometriecancer kan ej utesltas. Endometriebiopsi tagen, hysteroskopi om biopsin inte är representativ."),
  ]),
  must=["NL102"],
  why="Typo 'utesltas' in 'kan ej uteslutas': endometrial cancer is left open in a visible assessment.")

C("hud-typo-inga-tecken-pa-malignitet", V, "1986-07-29",
  N("kungalv_hud", "Mottagningsanteckning", "Karin Lindqvist", "läkare", "2024-11-28 10:50", [
      ("Aktuellt", "Blödande knuta på överläppen sedan tre veckor, växte snabbt."),
      ("Bedömning", "Pyogent granulom. Shave-excision och elektrokoagulation, PAD skickat. Kliniskt inga tecken pa malignitet."),
  ]),
  must_not=["NL102"],
  why="Negation with typo 'Inga tecken pa malignitet' (missing å) must not fire; the granuloma is affirmed.")

# ---------------------------------------------------------------- PMO (Skåne primary care)
C("pmo-bvc-misstankt-hoftledsinstabilitet", S, "2024-01-28",
  N("bvc_dalby", "Besöksanteckning", "Anna Hallberg", "sjuksköterska", "2024-03-05 10:30", [
      ("Aktuellt", "Femveckorskontroll. Läkarundersökning: klick vid Ortolanis test vänster höft, asymmetriska lårveck."),
      ("Bedömning", "Misstänkt höftledsinstabilitet vänster? Remiss till barnortopeden för ultraljud, föräldrarna informerade."),
  ]),
  must_not=["NL102"],
  why="PMO child health centre: a hedged diagnosis in PMO is never shown, so no NL102.")

C("pmo-hemsjukvard-trol-trycksar", S, "1933-05-17",
  N("hsv_eslov", "Omvårdnadsanteckning", "Lotta Berg", "sjuksköterska", "2024-02-23 13:15", [
      ("Aktuellt", "Hembesök. Rodnad 3 × 4 cm på höger häl som inte bleknar vid tryck, liten blåsa."),
      ("Bedömning", "Trol. trycksår kategori 2 höger häl. Hälavlastning, tryckfördelande madrass beställd, kontroll om tre dagar."),
  ], setting="hemsjukvård"),
  must_not=["NL102"],
  why="PMO home care note: 'Trol. trycksår' is a hedged diagnosis in PMO, never shown.")

C("pmo-vc-dd-axel-remiss-ul", S, "1969-06-24",
  N("vc_sjobo", "Besöksanteckning", "Johan Persson", "läkare", "2024-05-08 09:20", [
      ("Aktuellt", "Smärta i höger axel sedan ett fall på isen i februari, svårt att lyfta armen."),
      ("Bedömning", "DD impingement, partiell rotatorkuffruptur. Remiss ultraljud axel med frågeställning kuffruptur, sjukgymnastik under tiden."),
  ]),
  must_not=["NL102"],
  why="PMO primary care note with a DD list: PMO never shows diagnoses, so no NL102.")

# ---------------------------------------------------------------- non-diagnostic hedges
C("kir-op-datum-fragetecken-logistik", S, "1970-10-02",
  N("ystad_kir", "Sjuksköterskeanteckning", "Maria Ek", "sjuksköterska", "2024-04-04 11:00", [
      ("Aktuellt", "Pat ringer angående sin planerade operation för navelbråck."),
      ("Åtgärd", "Op-datum? Väntar fortfarande på besked från op-planeringen, som ringer pat inom två veckor. Preoperativ hälsodeklaration mottagen."),
  ]),
  must_not=["NL102"],
  why="A question mark about the operation date is not a diagnosis; the hernia is known.")

C("kir-kan-ej-uteslutas-att-op-flyttas", V, "1982-12-06",
  N("su_kir", "Telefonkontakt", "Emma Sandberg", "sjuksköterska", "2024-09-18 14:40", [
      ("Kontaktorsak", "Pat undrar om operationen för gallsten 2/10 blir av som planerat."),
      ("Åtgärd", "Informerat att det inte kan uteslutas att operationen flyttas pga vårdplatsbrist, pat får besked senast dagen före. Pat förstående."),
  ]),
  must_not=["NL102"],
  why="'Kan inte uteslutas' is about a postponed operation, not about a diagnosis.")

# ---------------------------------------------------------------- NL101 and near misses
C("kir-koloncancer-ej-informerad-vill-ha-maken-med", S, "1954-03-12",
  N("ystad_kir", "Läkaranteckning", "Lars Jönsson", "läkare", "2024-10-24 12:45", [
      ("PAD", "Biopsier från tumören i colon sigmoideum: adenokarcinom, måttligt differentierat."),
      ("Bedömning", "Koloncancer i sigmoideum. Pat har ännu inte fått besked, hon har bett att svaret ges när maken kan vara med, tid bokad på måndag. DT thorax-buk är redan beställd."),
  ]),
  must=["NL101"],
  why="Confirmed colon cancer in a visible note; the patient has not yet been told.")

C("kir-bifynd-aortaaneurysm-ej-informerad", V, "1951-07-01",
  N("su_kir", "Läkaranteckning", "Sofia Carlsson", "läkare", "2024-07-17 16:05", [
      ("Undersökningar", "DT buk inför bråckoperation: som bifynd ett infrarenalt bukaortaaneurysm med diameter 52 mm, inga tecken till ruptur."),
      ("Bedömning", "Bukaortaaneurysm 52 mm. Pat ej informerad om fyndet ännu, kärlkirurg kontaktad och pat kallas till kärlmottagningen för besked och ställningstagande till åtgärd."),
  ]),
  must=["NL101"],
  why="An incidental but definite aneurysm written visibly while the note says the patient is not informed.")

C("hud-skivepitelcancer-informeras-ej-forran-mdk", S, "1945-12-23",
  N("lund_hud", "Läkaranteckning", "Hanna Björk", "läkare", "2024-11-05 14:15", [
      ("PAD", "Biopsi från örat: lågt differentierad skivepitelcancer med perineural växt."),
      ("Bedömning", "Högrisk skivepitelcancer vänster öronmussla. Pat ska inte informeras förrän MDK tagit ställning till behandling, enligt överenskommelse med dottern. Anmäld till huvud-hals-MDK 12/11."),
  ]),
  must=["NL101"],
  why="'Ska inte informeras förrän MDK' about a confirmed cancer written in a visible note.")

C("gyn-endometriecancer-ej-fatt-svaret", V, "1956-02-02",
  N("sas_gyn", "Läkaranteckning", "Ida Granström", "läkare", "2024-12-12 10:35", [
      ("PAD", "Hysteroskopiskt resekerad polyp: serös endometriecancer."),
      ("Bedömning", "Serös endometriecancer. Patienten har inte fått svaret, hon är inlagd på medicin för lunginflammation och informeras när hon är återställd. Anmäld till gynonkologisk MDK."),
  ], signed=None),
  must=["NL101"],
  why="Unsigned draft: a confirmed cancer in a visible assessment that says the patient has not had the answer.")

C("gyn-cervixcancer-barnen-vet-inte", S, "1966-04-06",
  N("lund_gyn", "Läkaranteckning", "Camilla Roos", "läkare", "2024-08-07 13:25", [
      ("PAD", "Konisering: skivepitelcancer i cervix, invasionsdjup 4 mm, fria kanter."),
      ("Bedömning", "Cervixcancer stadium IB1. Pat informerad vid besöket i dag. Hon vill själv berätta för sina vuxna barn, som ännu inte vet något. MR bäcken och MDK."),
  ]),
  must_not=["NL101", "NL102"],
  why="The children are not yet informed, but the patient was: no NL101.")

C("hud-pad-benign-nevus-ej-meddelad", V, "1998-09-24",
  N("su_hud", "Sjuksköterskeanteckning", "Linnea Wester", "sjuksköterska", "2024-04-30 15:30", [
      ("Provsvar", "PAD från excision vänster skuldra: benignt compound nevus, ingen atypi, ingen malignitet."),
      ("Åtgärd", "Pat ej meddelad ännu, svarsbrev skickas i dag. Ingen uppföljning behövs."),
  ]),
  must_not=["NL101", "NL102"],
  why="Not yet told, but the result is benign with malignancy negated: no diagnosis is withheld.")

C("kir-informerad-redan-pa-akuten", V, "1974-11-11",
  N("kungalv_kir", "Läkaranteckning", "Ola Fransson", "läkare", "2024-01-06 09:00", [
      ("Aktuellt", "Inlagd i natt med DT-verifierad perforerad sigmoideumdivertikulit med lokal abscess 3 cm."),
      ("Bedömning", "Perforerad divertikulit Hinchey Ib. Pat informerades redan på akuten av jourhavande kirurg och har inga nya frågor. Fortsatt antibiotika iv, ny DT om 48 timmar, ingen dränering nu."),
  ], setting="slutenvård"),
  must_not=["NL101", "NL102"],
  why="Confirmed diagnosis already told to the patient by the on-call surgeon.")

C("orto-ej-informerad-om-remiss", S, "1961-08-13",
  N("hassleholm_orto", "Läkaranteckning", "Viktor Bergkvist", "läkare", "2024-09-26 11:40", [
      ("Bedömning", "Symtomgivande artros i höger knä, pat informerad om diagnosen och röntgenfynden i dag och önskar protesoperation."),
      ("Åtgärd", "Remiss till protesenheten i Trelleborg. Pat ej informerad om att remissen gått iväg ännu, kallelse kommer därifrån."),
  ]),
  must_not=["NL101", "NL102"],
  why="'Ej informerad' concerns a referral having been sent; the diagnosis was told.")

C("orto-arbetsgivaren-ej-informerad", V, "1985-03-07",
  N("molndal_orto", "Mottagningsanteckning", "Yasmin Ali", "läkare", "2024-11-21 13:55", [
      ("Bedömning", "Total akillesseneruptur vänster, bekräftad med ultraljud. Pat informerad och väljer icke-operativ behandling i ortos. Hon har inte informerat arbetsgivaren ännu och vill ha ett läkarintyg till måndag."),
  ]),
  must_not=["NL101", "NL102"],
  why="It is the employer, not the patient, who is not informed.")

C("onh-mr-normal-svar-ej-meddelat", S, "1970-01-29",
  N("hbg_onh", "Sjuksköterskeanteckning", "Ingrid Sjöberg", "sjuksköterska", "2024-03-19 09:45", [
      ("Provsvar", "MR inre hörselgångar 14/3: normala fynd, ingen expansivitet."),
      ("Åtgärd", "Svaret har inte meddelats patienten ännu, dr Lund ringer upp i eftermiddag. Planerat återbesök avbokas om pat önskar."),
  ]),
  must_not=["NL101", "NL102"],
  why="An unannounced but normal MR answer: no diagnosis is withheld.")

# ---------------------------------------------------------------- more hedge forms
C("uro-rtg-parentes-avflodeshinder", V, "1976-08-04",
  N("sks_rtg", "Röntgensvar", "Eva Mattsson", "läkare", "2024-06-07 10:25", [
      ("Frågeställning", "Vänstersidig flanksmärta i två veckor, normal urinsticka."),
      ("Utlåtande", "Ultraljud njurar: måttligt vidgat njurbäcken vänster med vidgade kalyx (avflödeshinder?), inget konkrement ses i njuren. Höger njure och urinblåsa utan anmärkning. Kompletterande lågdos-DT föreslås."),
  ]),
  must=["NL102"],
  why="A diagnosis hedged by a question mark in parentheses inside a radiology answer.")

C("ogon-ddx-episklerit-sklerit", S, "1983-05-11",
  N("lund_ogon", "Läkaranteckning", "Erik Holm", "läkare", "2024-02-21 16:45", [
      ("Aktuellt", "Rött och ömt höger öga sedan fem dagar, ingen synpåverkan. Känd reumatoid artrit."),
      ("Status", "Visus 1,0 bilateralt. Sektoriell djup rodnad temporalt som inte bleknar med fenylefrin, ömmar vid palpation. Lugn främre kammare."),
      ("Bedömning", "DDx nodulär episklerit/sklerit, med tanke på RA och ömheten snarast sklerit. NSAID per os och kontakt med reumatolog, kontroll om en vecka."),
  ]),
  must=["NL102"],
  why="'DDx nodulär episklerit/sklerit ... snarast sklerit' keeps the eye diagnosis open.")

C("onh-remiss-fs-kolesteatom-dt", V, "1990-02-06",
  N("su_onh", "Remiss", "Amanda Wallin", "läkare", "2024-10-28 13:35", [
      ("Remisstext", "Återkommande illaluktande flytning från vänster öra trots droppbehandling, retraktionsficka i pars flaccida med debris. F.s. kolesteatom? Önskar DT temporalben inför op-planering."),
  ]),
  must=["NL102"],
  why="'F.s. kolesteatom?' in a visible ENT referral text is a hedged diagnosis.")


# =====================================================================
# VALIDATION AND OUTPUT
# =====================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _in_2024(ts):
    return ts is not None and ts.startswith("2024-")


def _age(born, when):
    b = _dt.date.fromisoformat(born)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case", "?")
        err = lambda msg: errors.append("%s: %s" % (nm, msg))
        if set(c) != CASE_KEYS:
            err("case keys %s" % sorted(set(c) ^ CASE_KEYS))
            continue
        if nm in names:
            err("duplicate case name")
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            err("unknown ruleset")
        if not c["why"] or "\n" in c["why"]:
            err("why must be one non-empty line")
        r = c["record"]
        if set(r) != RECORD_KEYS:
            err("record keys %s" % sorted(set(r) ^ RECORD_KEYS))
            continue
        pt = r["patient"]
        if set(pt) != PATIENT_KEYS:
            err("patient keys")
        pid, born = pt["id"], pt["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            err("personnummer format %s" % pid)
        else:
            if pid[:8] != born.replace("-", ""):
                err("personnummer does not match birth_date")
            digits = pid[2:8] + pid[9:12]
            if _luhn_digit(digits) != pid[12]:
                err("personnummer Luhn check fails %s" % pid)
            if pid[9:12] == "000":
                err("personnummer serial 000 is not a real number")
        try:
            _dt.date.fromisoformat(born)
        except ValueError:
            err("bad birth_date")
        if not _in_2024(r["as_of"]):
            err("as_of not in 2024")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            err("only notes are expected in this set")
        ids = set()
        systems = {}
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                err("note keys %s" % sorted(set(n) ^ NOTE_KEYS))
                continue
            if n["id"] in ids:
                err("duplicate note id %s" % n["id"])
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if not _in_2024(n["time"]):
                err("note time not in 2024")
            if n["signed"] is not None:
                if not _in_2024(n["signed"]):
                    err("signed not in 2024")
                elif n["signed"] < n["time"]:
                    err("signed before time")
            if n["time"] > r["as_of"]:
                err("note after as_of")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes must be Melior")
            age = _age(born, _dt.datetime.fromisoformat(n["time"]).date())
            if 13 <= age <= 15:
                err("patient aged 13-15")
            if not n["sections"]:
                err("note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    err("bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm,):
                            err("sentence repeated (also in %s): %r" % (seen_sent[sent][0], sent))
                        elif sent in seen_sent:
                            err("sentence repeated in the same case: %r" % sent)
                        seen_sent[sent] = (nm,)
        pairs = set()
        for lst in ("must", "must_not"):
            if not isinstance(c[lst], list):
                err("%s is not a list" % lst)
                continue
            for t in c[lst]:
                if not (isinstance(t, list) and len(t) == 2):
                    err("bad target %r" % (t,))
                    continue
                code, nid = t
                if code not in CODES:
                    err("unexpected code %s" % code)
                if nid not in ids:
                    err("target %s does not exist" % nid)
                    continue
                if (code, nid) in pairs:
                    err("%s@%s asserted twice" % (code, nid))
                pairs.add((code, nid))
                if systems[nid] == "PMO":
                    if code == "NL101":
                        err("NL101 asserted on a PMO note")
                    if code == "NL102" and lst == "must":
                        err("NL102 must on a PMO note")
        if not c["must"] and not c["must_not"]:
            err("nothing asserted")
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    errors = validate(CASES)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate that too
    with open(out, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        errors.append("written file differs from the cases in memory")
    errors += validate(reread) if not errors else []
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print("%s: %d cases -> %s" % (NAME, len(CASES), out))
    for code in sorted(counts):
        print("  %s must %d  must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
