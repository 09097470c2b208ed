#!/usr/bin/env python3
"""Independent test set s28bs: breast and endocrine surgery, mammography screening follow-up.

Standard library only, deterministic. Running it writes cases.jsonl next to this file in the
devset format and exits 1 on any validation problem.

Codes asserted: NL101 (uncommunicated diagnosis visible) and NL102 (hypothesis in visible
Melior note). Written from the regional routines and the rule definitions only.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev177_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

# key: (name, hsa_id, system)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", SK + "4410", "Melior"),
    "brost_lund": ("Bröstmottagningen, Skånes universitetssjukhus Lund", SK + "4423", "Melior"),
    "brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", SK + "5170", "Melior"),
    "brost_csk": ("Kirurgmottagningen, bröstsektionen, Centralsjukhuset Kristianstad", SK + "6082", "Melior"),
    "kir_ystad": ("Kirurgmottagningen, Lasarettet Ystad", SK + "7315", "Melior"),
    "endo_lund": ("Endokrinkirurgiska mottagningen, Skånes universitetssjukhus Lund", SK + "4436", "Melior"),
    "endokir_malmo": ("Kirurgmottagningen, endokrinsektionen, Skånes universitetssjukhus Malmö", SK + "4448", "Melior"),
    "endomed_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4451", "Melior"),
    "mammo_malmo": ("Mammografiscreening, Bild och funktion, Skånes universitetssjukhus Malmö", SK + "4467", "Melior"),
    "kiravd_lund": ("Kirurgavdelning 7, bröst- och endokrinkirurgi, Skånes universitetssjukhus Lund", SK + "4472", "Melior"),
    "barnkir_lund": ("Barnkirurgiska mottagningen, Skånes universitetssjukhus Lund", SK + "4485", "Melior"),
    "plastik_malmo": ("Plastikkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4490", "Melior"),
    # Region Skåne, PMO (primary care)
    "vc_limhamn": ("Vårdcentralen Limhamn", SK + "8821", "PMO"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", SK + "8834", "PMO"),
    "vc_angelholm": ("Vårdcentralen Ängelholm Centrum", SK + "8847", "PMO"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "8852", "PMO"),
    "ungdom_lund": ("Ungdomsmottagningen Lund", SK + "8869", "PMO"),
    "hemsjv_eslov": ("Hemsjukvården Eslöv", SK + "8873", "PMO"),
    "bvc_horby": ("BVC Hörby", SK + "8886", "PMO"),
    # Västra Götalandsregionen, Melior
    "su_brost": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset", VG + "2101", "Melior"),
    "su_endo": ("Endokrinkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "2114", "Melior"),
    "su_kiravd": ("Avdelning 132, endokrin- och bröstkirurgi, Sahlgrenska Universitetssjukhuset", VG + "2127", "Melior"),
    "su_mammo": ("Mammografin, Sahlgrenska Universitetssjukhuset", VG + "2130", "Melior"),
    "su_cyt": ("Klinisk patologi och cytologi, Sahlgrenska Universitetssjukhuset", VG + "2143", "Melior"),
    "su_rehab": ("Arbetsterapi och fysioterapi, bröstrehab, Sahlgrenska Universitetssjukhuset", VG + "2156", "Melior"),
    "sas_brost": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "3208", "Melior"),
    "sas_endomed": ("Medicinmottagningen, endokrinologi, Södra Älvsborgs Sjukhus Borås", VG + "3211", "Melior"),
    "nal_kir": ("Kirurgmottagningen, NU-sjukvården NÄL Trollhättan", VG + "4302", "Melior"),
    "skas_brost": ("Bröstmottagningen, Skaraborgs Sjukhus Skövde", VG + "5406", "Melior"),
    "kungalv_kir": ("Kirurgmottagningen, Kungälvs sjukhus", VG + "6509", "Melior"),
    "alingsas_kir": ("Kirurgmottagningen, Alingsås lasarett", VG + "7603", "Melior"),
    "dsbus_barnkir": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "2169", "Melior"),
}

AUTH = {
    # Skåne
    "kholm": ("Karin Holmqvist", "läkare"),
    "jalm": ("Johan Alm", "läkare"),
    "mfrid": ("Maria Fridh", "läkare"),
    "slars": ("Sofia Larsson Ek", "läkare"),
    "ahmadi": ("Reza Ahmadi", "läkare"),
    "epers": ("Eva Persson", "läkare"),
    "bnils": ("Björn Nilsson", "läkare"),
    "hmagn": ("Henrik Magnusson", "läkare"),
    "nrahimi": ("Nadia Rahimi", "läkare"),
    "mwester": ("Martin Wester", "läkare"),
    "ekraft": ("Emil Kraft", "AT-läkare"),
    "lhans": ("Lena Hansson", "kontaktsjuksköterska"),
    "tsven": ("Tove Svensson", "kontaktsjuksköterska"),
    "ajons": ("Anna Jönsson", "sjuksköterska"),
    "cbeng": ("Camilla Bengtsson", "läkare"),
    "ostrom": ("Ola Ström", "läkare"),
    "yaktas": ("Yasmin Aktas", "läkare"),
    "ihaddad": ("Ibrahim Haddad", "läkare"),
    "gmoll": ("Gunilla Möller", "sjuksköterska"),
    "plind": ("Petra Lind", "sjuksköterska"),
    "faberg": ("Frida Åberg", "barnmorska"),
    # VGR
    "hlindq": ("Helena Lindqvist", "läkare"),
    "awallin": ("Anders Wallin", "läkare"),
    "cberg": ("Cecilia Berg", "läkare"),
    "mkarls": ("Mikael Karlsson", "läkare"),
    "jekstr": ("Jonas Ekström", "läkare"),
    "lfors": ("Linnea Forsberg", "läkare"),
    "phedl": ("Peter Hedlund", "läkare"),
    "moberg": ("Marianne Öberg", "läkare"),
    "tgust": ("Thomas Gustafsson", "läkare"),
    "kblom": ("Katarina Blom", "läkare"),
    "fstrand": ("Fredrik Strand", "läkare"),
    "osayed": ("Omar Sayed", "läkare"),
    "usandb": ("Ulrika Sandberg", "ST-läkare"),
    "iolofs": ("Ingrid Olofsson", "kontaktsjuksköterska"),
    "sdahl": ("Susanne Dahl", "kontaktsjuksköterska"),
    "ejoh": ("Elin Johansson", "sjuksköterska"),
    "mahlg": ("Maja Ahlgren", "sjuksköterska"),
    "snyb": ("Sara Nyberg", "fysioterapeut"),
}

CASES = []


def pnr(birth, serial, sex):
    """Luhn-valid personnummer YYYYMMDD-NNNC; the third serial digit carries the sex."""
    y, m, d = birth.split("-")
    n = [int(c) for c in serial]
    if sex == "M" and n[2] % 2 == 0:
        n[2] = (n[2] + 1) % 10
    if sex == "F" and n[2] % 2 == 1:
        n[2] = (n[2] + 1) % 10
    body = y[2:] + m + d + "".join(str(c) for c in n)
    return "%s%s%s-%s%d" % (y, m, d, "".join(str(c) for c in n), luhn_check(body))


def luhn_check(body9):
    s = 0
    for i, ch in enumerate(body9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10


def P(birth, serial, sex="F"):
    return {"id": pnr(birth, serial, sex), "birth_date": birth, "protected_identity": False}


def N(nid, unit, template, author, time, sections, signed="auto", setting="öppenvård"):
    uname, hsa, system = UNITS[unit]
    aname, role = AUTH[author]
    if signed == "auto":
        t = datetime.datetime.fromisoformat(time)
        minutes = 12 + (sum(len(tx) for _, tx in sections) % 97)
        signed = (t + datetime.timedelta(minutes=minutes)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": tx} for k, tx in sections],
    }


def _targets(items):
    out = []
    for it in items:
        if "@" in it:
            code, nid = it.split("@")
        else:
            code, nid = it, "n1"
        out.append([code, nid])
    return out


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        d = last.date() + datetime.timedelta(days=9)
        if d.year > 2024:
            d = datetime.date(2024, 12, 31)
        as_of = d.isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


# ======================================================================
# Part 1: Skåne breast clinics, NL102 basics and the first NL101 case
# ======================================================================

C("s28bs_sk_misstankt_brostcancer_trippeldiagnostik", "skane", P("1961-05-14", "234"),
  [N("n1", "brost_malmo", "Läkaranteckning", "kholm", "2024-02-06T10:15:00", [
      ("Anamnes", "Remitterad från mammografiscreeningen pga nytillkommen stjärnformad förändring i vä bröst. "
                  "Har inte själv känt någon knöl. Ingen hereditet för bröst- eller ovarialcancer. "
                  "Postmenopausal sedan 2012, aldrig använt HRT."),
      ("Status", "Mammae: vä bröst kl 2, 4 cm från mamillen, ca 15 mm fast oöm resistens. "
                 "Ingen hudindragning, mamillerna u.a. Axiller och fossae supraclaviculares u.a. bilat."),
      ("Utredning", "UL: oregelbunden hypoekogen förändring 14 x 11 mm med skuggbildning. "
                    "Mellannålsbiopsi x 3 under UL-ledning. Axillen sonografiskt normal, ingen FNP."),
      ("Bedömning", "Misstänkt bröstcancer vä bröst, BI-RADS 5. Biopsisvaren tas upp på MDK nästa tisdag."),
      ("Planering", "Återbesök om 8 dagar. Kontaktsjuksköterskan ringer upp i morgon för stödsamtal."),
  ])],
  ["NL102"], [],
  "hedged cancer (Misstänkt) in visible Bedömning of an ordinary Skåne Melior note")

C("s28bs_sk_trol_fibroadenom_19ar", "skane", P("2004-09-30", "562"),
  [N("n1", "brost_lund", "Mottagningsanteckning", "jalm", "2024-03-12T13:40:00", [
      ("Aktuellt", "19-årig kvinna som känt en rörlig knöl i hö bröst i två månader. Ingen storleksökning, ingen smärta. "
                   "Enda läkemedel är kombinerade p-piller."),
      ("Status", "Hö bröst kl 10: 2 cm välavgränsad, mycket lättrörlig, gummiaktig resistens. Inga palpabla axillkörtlar."),
      ("Bedömning", "Trol. fibroadenom. UL-ledd mellannål idag för att fullfölja trippeldiagnostiken."),
  ])],
  ["NL102"], [],
  "Trol. fibroadenom in a teenager's visible note is a hedged diagnosis")

C("s28bs_sk_enkel_cysta_ingen_misstanke", "skane", P("1972-11-03", "418"),
  [N("n1", "brost_hbg", "Läkaranteckning", "mfrid", "2024-01-18T09:05:00", [
      ("Aktuellt", "Ömmande knöl ovan vä mamill sedan en vecka. Menstruerar regelbundet, sista mens för tio dagar sedan."),
      ("Ultraljud", "Anekogen, tunnväggig, ovalt avgränsad förändring 22 mm med dorsal förstärkning. "
                    "Tömd under UL-ledning på 6 ml grönaktig vätska, därefter ingen kvarvarande resistens."),
      ("Bedömning", "Enkel cysta vä bröst, tömd. Ingen misstanke om malignitet, vätskan skickas inte på cytologi."),
      ("Planering", "Ingen uppföljning här. Hör av sig om ny knöl."),
  ])],
  [], ["NL102", "NL101"],
  "benign cyst with 'Ingen misstanke om malignitet' only; nothing said about informing")

C("s28bs_sk_tidiga_hypoteser_mall_lobular", "skane", P("1958-02-19", "306"),
  [N("n1", "brost_lund", "Tidiga hypoteser", "slars", "2024-04-09T15:20:00", [
      ("Bedömning", "Preoperativ MR visar diffust kontrastuppladdande område ca 5 cm i hö bröst, vilket inger misstanke om "
                    "utbredd lobulär cancer trots okomplicerad mammografi. Ej diskuterat med pat ännu eftersom biopsisvar "
                    "behövs först. Ny MR-ledd biopsi bokad."),
  ])],
  [], ["NL102", "NL101"],
  "suspected lobular cancer, not yet told, written only in the Skåne template Tidiga hypoteser")

C("s28bs_sk_mor_trolig_brostcancer_hereditet", "skane", P("1985-07-22", "140"),
  [N("n1", "brost_csk", "Mottagningsanteckning", "epers", "2024-05-02T08:30:00", [
      ("Anamnes", "Kontroll inom hereditetsprogrammet. Modern insjuknade i trolig bröstcancer vid 44 års ålder i Bosnien, "
                  "journalkopior saknas. Morfaderns syster hade ev. ovarialcancer. Pat testad negativ för BRCA1/2 2021."),
      ("Status", "Mammae mjuka och symmetriska, inga palpabla resistenser. Fria axiller."),
      ("Bedömning", "Frisk i brösten idag. Fortsatt årlig mammografi och MR enligt hereditetsprogrammet."),
  ])],
  [], ["NL102"],
  "hedges (trolig, ev.) concern only the mother's and a great-aunt's disease")

C("s28bs_sk_ev_plan_cyklisk_mastalgi", "skane", P("1979-03-08", "772"),
  [N("n1", "kir_ystad", "Läkaranteckning", "bnils", "2024-02-27T11:00:00", [
      ("Aktuellt", "Cykliska smärtor i båda brösten sedan ett halvår, värst veckan före mens."),
      ("Status", "Körtelrika bröst, ömhet i övre yttre kvadranterna bilat. Inga avgränsade resistenser."),
      ("Mammografi", "Mammografi och UL bilat utan anmärkning, BI-RADS 1."),
      ("Bedömning", "Cyklisk mastalgi. Lugnande besked. Ev. prova sport-BH nattetid och diklofenakgel, "
                    "eventuellt ny kontakt via VC om ett halvår om besvären kvarstår."),
  ])],
  [], ["NL102"],
  "ev./eventuellt hedge only plans; cyclic mastalgia is stated without hedge")

C("s28bs_sk_pmo_vc_misstankt_fibroadenom", "skane", P("1997-12-12", "826"),
  [N("n1", "vc_limhamn", "Besöksanteckning", "ihaddad", "2024-03-04T14:10:00", [
      ("Kontaktorsak", "Knöl i vä bröst som pat upptäckte i duschen för en vecka sedan."),
      ("Status", "Vä bröst kl 3: 1,5 cm rörlig, slät, oöm resistens. Inga förstorade lymfkörtlar i axillen."),
      ("Bedömning", "Misstänkt fibroadenom hos ung kvinna, men knölen ska ändå utredas med trippeldiagnostik."),
      ("Åtgärd", "Remiss till bröstmottagningen SUS Malmö."),
  ])],
  [], ["NL102"],
  "PMO never shows diagnoses, so a suspected fibroadenoma at a vårdcentral is not NL102")

C("s28bs_sk_mastit_dd_inflammatorisk_cancer", "skane", P("1990-06-04", "488"),
  [N("n1", "brost_malmo", "Läkaranteckning", "kholm", "2024-06-17T10:45:00", [
      ("Aktuellt", "Ammar sin fyra månader gamla dotter. Sedan tio dagar rodnad och värmeökning i hö bröst, "
                   "har fått flukloxacillin från VC utan effekt."),
      ("Status", "Hö bröst: rodnad över nedre halvan, apelsinskalshud, ingen fluktuation. Afebril. Förstorad körtel i hö axill."),
      ("Bedömning", "Terapiresistent mastit? DD inflammatorisk bröstcancer, som måste uteslutas pga hudbilden och axillfyndet."),
      ("Åtgärd", "UL, hudstans och mellannål idag. Byter till klindamycin i väntan på PAD."),
  ])],
  ["NL102"], [],
  "'mastit?' and 'DD inflammatorisk bröstcancer' in visible Bedömning")

C("s28bs_sk_dcis_bekraftad_informerad_idag", "skane", P("1966-10-27", "350"),
  [N("n1", "brost_hbg", "Läkaranteckning", "mfrid", "2024-04-23T13:15:00", [
      ("Aktuellt", "Återbesök för PAD-besked efter stereotaktisk vakuumbiopsi av mikroförkalkningar i vä bröst."),
      ("PAD", "Duktal cancer in situ, höggradig (grad 3), utbredning enligt mammografi ca 30 mm. Ingen invasiv komponent i materialet."),
      ("Information", "Pat informerad om DCIS-diagnosen vid dagens besök tillsammans med kontaktsjuksköterskan. "
                      "Hon förstår innebörden och ställer relevanta frågor om strålning."),
      ("Planering", "Sektorresektion med sentinel node-biopsi, op-anmäld till vecka 19."),
  ])],
  [], ["NL102", "NL101"],
  "confirmed DCIS that the patient was told today: neither hedge nor uncommunicated diagnosis")

C("s28bs_sk_typo_missankt_dcis_aterkallelse", "skane", P("1952-01-16", "604"),
  [N("n1", "mammo_malmo", "Läkaranteckning", "hmagn", "2024-01-30T12:20:00", [
      ("Utredning", "Återkallad från screening. Förstoringsbilder vä bröst visar segmentellt fördelade fina pleomorfa "
                    "förkalkningar över 25 mm i övre inre kvadranten."),
      ("Bedömning", "Missänkt DCIS. Stereotaktisk vakuumbiopsi bokas, svaret lämnas på bröstmottagningen."),
  ])],
  ["NL102"], [],
  "typo 'Missänkt' still hedges DCIS in a visible screening recall note")

C("s28bs_sk_phyllodes_kan_ej_uteslutas", "skane", P("1976-04-09", "912"),
  [N("n1", "brost_lund", "Läkaranteckning", "slars", "2024-05-14T09:40:00", [
      ("Aktuellt", "Känt fibroadenom i hö bröst sedan 2019, nu snabb tillväxt från 2 till 4,5 cm på ett halvår."),
      ("Status", "Hö bröst: stor lobulerad, rörlig resistens i övre yttre kvadranten. Huden opåverkad."),
      ("Bedömning", "Mellannålen visade fibroepitelial lesion med cellrik stroma. Phyllodestumör kan ej uteslutas med tanke på tillväxten."),
      ("Planering", "Excision med frikostig marginal efter genomgång på MDK."),
  ])],
  ["NL102"], [],
  "'Phyllodestumör kan ej uteslutas' is an uncertain diagnosis, not a negation")

C("s28bs_sk_bild_som_vid_fettnekros", "skane", P("1949-08-30", "276"),
  [N("n1", "brost_csk", "Mottagningsanteckning", "epers", "2024-10-08T14:00:00", [
      ("Anamnes", "Sektorresektion och strålbehandling för hö bröstcancer 2021. Slog bröstet mot bilbältet vid en hård inbromsning i augusti."),
      ("Status", "Fast, något oregelbunden, oöm förhårdnad ca 2 cm i ärret hö bröst."),
      ("Ultraljud", "Oljecystor och ekogent område i operationsområdet, ingen solid tumör."),
      ("Bedömning", "Bild som vid fettnekros i ärret efter trauma. Ny UL om tre månader."),
  ])],
  ["NL102"], [],
  "'Bild som vid fettnekros' hedges a diagnosis in visible text")

C("s28bs_sk_villkor_vid_misstankt_sarinfektion", "skane", P("1963-09-11", "534"),
  [N("n1", "kiravd_lund", "Omvårdnadsanteckning", "ajons", "2024-03-21T11:30:00", [
      ("Omvårdnad", "Dag 1 efter mastektomi vä med axillutrymning. Mobiliserad, smärtfri på paracetamol, äter och dricker."),
      ("Information", "Går hem idag med drän kvar, hemsjukvården tömmer och noterar mängd. Vid misstänkt sårinfektion, "
                      "dvs rodnad, värmeökning eller feber över 38, ska hon ringa avdelningen direkt och inte vårdcentralen."),
  ], setting="slutenvård")],
  [], ["NL102"],
  "a conditional discharge instruction ('vid misstänkt sårinfektion ... ring') is no diagnosis of the patient")

C("s28bs_sk_talar_emot_lokalrecidiv", "skane", P("1955-12-01", "158"),
  [N("n1", "brost_malmo", "Läkaranteckning", "kholm", "2024-08-20T10:10:00", [
      ("Aktuellt", "Partiell mastektomi vä 2020 för invasiv duktal cancer, följt av strålning och letrozol. "
                   "Oroar sig för en knottrig förändring i ärret."),
      ("Status", "5 mm hudfärgad knottra i mediala delen av ärret vä. Inga andra resistenser, axiller u.a."),
      ("Bedömning", "Stansbiopsin visade suturgranulom. Fynden talar emot lokalrecidiv och pat är lugnad."),
  ])],
  [], ["NL102"],
  "'talar emot lokalrecidiv' is a negation; suture granuloma is confirmed by biopsy")

C("s28bs_sk_nl101_mdk_pad_ej_informerad", "skane", P("1969-03-25", "690"),
  [N("n1", "brost_lund", "MDK-anteckning", "jalm", "2024-02-13T16:05:00", [
      ("Sammanfattning", "PAD från mellannål hö bröst: invasiv bröstcancer NST, Nottinghamgrad 2, ER 90 %, PR 40 %, "
                         "HER2 negativ, Ki67 18 %. Tumörstorlek 17 mm på UL, kliniskt negativ axill."),
      ("Åtgärd", "Rekommendation: primär kirurgi med partiell mastektomi och sentinel node-biopsi."),
      ("Information", "Pat är ännu inte informerad om PAD-svaret. Besked ges av opererande kirurg vid återbesöket på torsdag."),
  ])],
  ["NL101"], ["NL102"],
  "confirmed invasive cancer in a visible MDK note while the patient has not yet been told")

# ======================================================================
# Part 2: VGR breast clinics
# ======================================================================

C("s28bs_vg_stark_misstanke_manlig_brostcancer", "vgr", P("1950-05-05", "117", "M"),
  [N("n1", "su_brost", "Läkaranteckning öppenvård", "hlindq", "2024-02-20T09:30:00", [
      ("Aktuellt", "74-årig man med tre veckors anamnes på fast knöl bakom vä bröstvårta, blodtingerad sekretion vid ett tillfälle. "
                   "Står inte på spironolakton eller andra läkemedel som ger gynekomasti."),
      ("Status", "Excentriskt belägen, hård resistens 2 cm retroareolärt vä, mamillen indragen. Palpabel körtel i vä axill."),
      ("Bedömning", "Stark misstanke om manlig bröstcancer, inte gynekomasti. Mammografi, UL och mellannål från tumör och axill idag."),
  ])],
  ["NL102"], [],
  "male patient: 'Stark misstanke om manlig bröstcancer' in visible VGR note")

C("s28bs_vg_sokord_tidiga_hypoteser_skelettmetastas", "vgr", P("1964-02-14", "258"),
  [N("n1", "sas_brost", "Läkaranteckning öppenvård", "awallin", "2024-03-07T10:50:00", [
      ("Aktuellt", "Kontroll tre år efter bröstbevarande kirurgi hö. Mår bra, arbetar heltid som undersköterska."),
      ("Status", "Ärret i hö bröst lugnt, inga resistenser. Inga palpabla lymfkörtlar."),
      ("Tidiga hypoteser", "Stigande ALP och nytillkommen ländryggsvärk, skelettmetastaser? DT thorax-buk och skelettskint "
                           "beställda innan något sägs till pat."),
      ("Planering", "Röntgenundersökningar beställda. Återbesök när svaren finns."),
  ])],
  [], ["NL102", "NL101"],
  "VGR: the hedged, untold metastasis question sits only under sökord Tidiga hypoteser")

C("s28bs_vg_mall_tidiga_hypoteser_men_sokord_bedomning", "vgr", P("1971-09-19", "384"),
  [N("n1", "skas_brost", "Tidiga hypoteser", "jekstr", "2024-04-16T14:25:00", [
      ("Bedömning", "Misstänkt multifokal cancer i vä bröst utifrån MR, tre separata foci i övre yttre kvadranten. "
                    "Ej verifierat med biopsi ännu."),
  ])],
  ["NL102"], [],
  "VGR filters by sökord, not by template: a hedge under sökord Bedömning is visible even in a note titled Tidiga hypoteser")

C("s28bs_vg_cytologi_forenlig_med_fibroadenom", "vgr", P("1999-01-29", "626"),
  [N("n1", "su_cyt", "Cytologiutlåtande", "moberg", "2024-05-06T15:10:00", [
      ("Material", "Finnålspunktion från hö bröst kl 11, tre utstryk."),
      ("Mikroskopi", "Rikligt med kohesiva epitelkluster med myoepitelceller, hjortgevirsliknande formationer och nakna bipolära kärnor i bakgrunden."),
      ("Utlåtande", "Fynd förenliga med fibroadenom. Inga atypier."),
  ])],
  ["NL102"], [],
  "a cytology answer 'förenliga med fibroadenom' is a hedged diagnosis in a visible note")

C("s28bs_vg_pad_fibroadenom_bekraftat_informerad", "vgr", P("1995-06-06", "440"),
  [N("n1", "nal_kir", "Läkaranteckning öppenvård", "cberg", "2024-05-28T11:20:00", [
      ("Besked", "Mellannålsbiopsin från vä bröst visar fibroadenom utan atypi, samstämmigt med UL och klinik. "
                 "Pat informerad på plats och lättad."),
      ("Planering", "Ingen excision då hon saknar besvär. Avslutas här."),
  ])],
  [], ["NL102", "NL101"],
  "biopsy-proven fibroadenoma, told in person: no hedge and nothing uncommunicated")

C("s28bs_vg_misstanken_om_tumor_avskrivs", "vgr", P("1958-10-10", "572"),
  [N("n1", "kungalv_kir", "Besöksanteckning", "phedl", "2024-06-11T08:45:00", [
      ("Aktuellt", "Återkallad från screening pga asymmetrisk täthet i hö bröst."),
      ("Utredning", "Tomosyntes och UL visar överlagring av normal körtelvävnad utan verklig förändring."),
      ("Bedömning", "Misstanken om tumör avskrivs. Åter till ordinarie screeningintervall."),
  ], signed=None)],
  [], ["NL102"],
  "'Misstanken om tumör avskrivs' is a ruled-out diagnosis")

C("s28bs_vg_nl101_mdk_lobular_ej_informerats", "vgr", P("1960-11-21", "696"),
  [N("n1", "su_brost", "MDK bröst", "lfors", "2024-03-26T15:40:00", [
      ("Diagnos", "Invasiv lobulär bröstcancer vä, 23 mm, ER-positiv, HER2-negativ."),
      ("Åtgärd", "MDK-beslut: mastektomi vä med sentinel node-biopsi, därefter ställningstagande till adjuvant behandling."),
      ("Information", "Patienten har inte informerats om PAD-svaret ännu; kontaktsjuksköterskan bokar tid för besked hos dr Lindqvist på måndag."),
  ])],
  ["NL101"], ["NL102"],
  "VGR MDK note: lobular cancer in visible Diagnos, patient not yet informed")

C("s28bs_vg_nl101_maken_ej_informerad_pat_vet", "vgr", P("1975-04-13", "812"),
  [N("n1", "sas_brost", "Kontaktsjuksköterskeanteckning", "iolofs", "2024-04-04T13:05:00", [
      ("Samtal", "Uppföljande samtal efter att pat i går fick beskedet om bröstcancer hö av dr Wallin. "
                 "Hon har berättat för sin syster men vill vänta med maken tills barnen slutat skolan för terminen, "
                 "så maken är ännu inte informerad om diagnosen."),
      ("Planering", "Jag ringer henne på fredag, hon har fått mitt direktnummer."),
  ])],
  [], ["NL101", "NL102"],
  "the patient knows her cancer diagnosis; only the husband has not been told")

C("s28bs_vg_ev_reoperation_troligen_boost", "vgr", P("1962-07-07", "124"),
  [N("n1", "skas_brost", "Läkaranteckning öppenvård", "jekstr", "2024-07-02T10:00:00", [
      ("PAD", "Definitivt PAD efter partiell mastektomi vä: invasiv duktal cancer 14 mm, grad 1, "
              "1 mm till närmaste resektionsyta dorsalt. Sentinel node 0/2."),
      ("Bedömning", "Snäv marginal mot pectoralisfascian. Ev. reoperation tas upp på MDK, troligen räcker strålboost."),
      ("Information", "Pat informerad om PAD per telefon idag."),
  ])],
  [], ["NL102", "NL101"],
  "ev./troligen hedge treatment plans only; the cancer is confirmed and told")

C("s28bs_vg_typo_sannolkit_intraduktalt_papillom", "vgr", P("1968-12-30", "352"),
  [N("n1", "alingsas_kir", "Besöksanteckning", "fstrand", "2024-01-25T13:30:00", [
      ("Aktuellt", "Ensidig klar till blodig sekretion från en mjölkgång i hö mamill sedan en månad."),
      ("Status", "Sekretion kan provoceras från en gång kl 9. Ingen palpabel resistens."),
      ("Utredning", "UL: 5 mm intraduktal förändring retroareolärt kl 9."),
      ("Bedömning", "Sannolkit intraduktalt papillom. Mikrodochektomi planeras i dagkirurgi."),
  ])],
  ["NL102"], [],
  "typo 'Sannolkit' hedges an intraductal papilloma")

C("s28bs_vg_pubertetsgynekomasti_ingen_misstanke", "vgr", P("2006-08-18", "238", "M"),
  [N("n1", "dsbus_barnkir", "Läkaranteckning öppenvård", "kblom", "2024-05-15T09:15:00", [
      ("Anamnes", "17-årig pojke med förstorad vä bröstkörtel sedan 1,5 år, generad i omklädningsrummet. "
                  "Förnekar anabola steroider och cannabis."),
      ("Status", "Vä: 4 cm mjuk, central, öm körtelplatta under areolan. Hö: 1,5 cm. Testiklar normalstora utan resistens."),
      ("Lab", "Testosteron, östradiol, LH, FSH, hCG och prolaktin inom referensområdet."),
      ("Bedömning", "Pubertetsgynekomasti, vä mer än hö. Ingen misstanke om tumör eller hormonell rubbning. "
                    "Subkutan mastektomi vä erbjuds då besvären kvarstått mer än ett år."),
  ])],
  [], ["NL102"],
  "17-year-old: confirmed gynecomastia, tumour explicitly not suspected")

C("s28bs_vg_barn_trolig_prematur_telarke", "vgr", P("2016-02-11", "464"),
  [N("n1", "dsbus_barnkir", "Läkaranteckning öppenvård", "kblom", "2024-09-03T10:40:00", [
      ("Anamnes", "Mamma har märkt en knöl under dotterns vä bröstvårta sedan en månad. "
                  "Ingen ökad längdtillväxt, ingen pubesbehåring, ingen flytning."),
      ("Status", "Vä: 1,5 cm fast, lätt öm körtelknopp centralt under areolan. Hö: ingen palpabel körtelvävnad. Tanner B2 vä, B1 hö, PH1."),
      ("Bedömning", "Trolig ensidig prematur telarke. Ingen biopsi, ett ingrepp kan skada bröstanlaget."),
      ("Planering", "Remiss barnendokrin för pubertetsbedömning, skelettålder. Kontroll här om 3 mån."),
  ])],
  ["NL102"], [],
  "8-year-old (guardians read the journal): 'Trolig prematur telarke' is a hedged diagnosis")

C("s28bs_vg_nl101_tolk_uteblev_besked_idag", "vgr", P("1947-05-24", "508"),
  [N("n1", "nal_kir", "Läkaranteckning öppenvård", "cberg", "2024-06-19T14:35:00", [
      ("Aktuellt", "Kallad i går för PAD-besked men tolken (arabiska) uteblev och samtalet sköts upp. Pat informerades därför inte i går."),
      ("Information", "Idag besked med tolk på plats: invasiv duktal bröstcancer hö, 12 mm, ingen spridning till axillen på UL. "
                      "Pat och dottern informerade och fick skriftlig information på arabiska."),
      ("Planering", "Op-anmäld för partiell mastektomi med sentinel node-biopsi."),
  ])],
  [], ["NL101", "NL102"],
  "'informerades inte i går' but the diagnosis was given today with an interpreter")

C("s28bs_vg_fragestallning_brostcancer_remissbedomning", "vgr", P("1983-03-03", "730"),
  [N("n1", "skas_brost", "Remissbedömning", "usandb", "2024-02-08T08:20:00", [
      ("Remiss", "Från VC Tidaholm: 40-årig kvinna med 3 cm fast resistens i vä bröst, mammografi ej gjord."),
      ("Bedömning", "Frågeställning bröstcancer, tas in enligt standardiserat vårdförlopp. Trippeldiagnostik inom fem dagar."),
  ])],
  ["NL102"], [],
  "'Frågeställning bröstcancer' in a visible referral assessment is an open hypothesis")

C("s28bs_vg_syster_palb2_moster_mojlig_ovarialcancer", "vgr", P("1988-10-01", "846"),
  [N("n1", "su_brost", "Läkaranteckning öppenvård", "lfors", "2024-10-22T11:50:00", [
      ("Anamnes", "Systern, 41 år, opererades för bröstcancer i våras och bär en patogen variant i PALB2. "
                  "En moster hade möjlig äggstockscancer men uppgifterna är osäkra."),
      ("Status", "Brösten u.a. bilat, inga resistenser, axiller fria."),
      ("Bedömning", "Pat själv frisk. Erbjuds genetisk vägledning och anlagstest."),
  ])],
  [], ["NL102"],
  "'möjlig äggstockscancer' describes an aunt, not the patient")

# ======================================================================
# Part 3: thyroid, both regions
# ======================================================================

C("s28bs_sk_tyreoidea_bethesda_v_susp_papillar", "skane", P("1981-06-17", "290"),
  [N("n1", "endo_lund", "Läkaranteckning", "ahmadi", "2024-02-15T10:30:00", [
      ("Anamnes", "Tyreoideaknuta upptäckt som bifynd på UL halskärl. Inga sväljbesvär, ingen heshet. Ingen strålning mot halsen som barn."),
      ("Status", "2 cm fast nodulus i hö tyreoidealob som följer sväljningen. Inga palpabla lymfkörtlar lateralt på halsen."),
      ("Cytologi", "FNP: Bethesda V, kärnfåror och intranukleära inklusioner i enstaka grupper."),
      ("Bedömning", "Susp. papillär tyreoideacancer hö lob. Diagnostisk hemityreoidektomi hö med fryssnitt erbjuds."),
  ])],
  ["NL102"], [],
  "'Susp. papillär tyreoideacancer' after a Bethesda V cytology, visible Skåne note")

C("s28bs_sk_tyreoidea_multinodos_struma_benign", "skane", P("1955-09-09", "614"),
  [N("n1", "endokir_malmo", "Läkaranteckning", "nrahimi", "2024-03-19T13:00:00", [
      ("Ultraljud", "Multinodös struma, största knutan i vä lob 28 mm, spongiform, EU-TIRADS 2."),
      ("Cytologi", "Bethesda II, benign kolloidnodulus."),
      ("Bedömning", "Benign multinodös struma utan kompressionssymtom. Ingen operationsindikation, UL-kontroll om två år via VC."),
  ])],
  [], ["NL102"],
  "benign multinodular goitre with Bethesda II: confirmed, unhedged")

C("s28bs_sk_tyreoidea_follikular_neoplasi_dd", "skane", P("1966-01-05", "171", "M"),
  [N("n1", "endo_lund", "Läkaranteckning", "ahmadi", "2024-04-02T09:10:00", [
      ("Aktuellt", "58-årig man med 32 mm knuta i vä tyreoidealob, eutyreoid."),
      ("Bedömning", "Cytologin är Bethesda IV, follikulär neoplasi. DD follikulärt adenom eller follikulär cancer, "
                    "vilket inte går att skilja på cytologi. Diagnostisk lobektomi vä planeras."),
  ])],
  ["NL102"], [],
  "'DD follikulärt adenom eller follikulär cancer' is a differential diagnosis in visible text")

C("s28bs_vg_nl101_bethesda_vi_ej_per_telefon", "vgr", P("1990-08-08", "502"),
  [N("n1", "su_endo", "Telefonanteckning", "mkarls", "2024-02-29T16:15:00", [
      ("Provsvar", "Cytologisvar FNP hö tyreoidealob: Bethesda VI, papillär tyreoideacancer av klassisk typ."),
      ("Åtgärd", "Pat ej informerad ännu. Svaret lämnas inte per telefon; ssk kallar till läkarbesök nästa vecka där besked ges."),
  ])],
  ["NL101"], ["NL102"],
  "Bethesda VI papillary cancer in a visible VGR note; the patient has not been told")

C("s28bs_vg_hashimoto_fragetecken", "vgr", P("1978-11-15", "658"),
  [N("n1", "sas_endomed", "Läkaranteckning öppenvård", "osayed", "2024-05-21T10:20:00", [
      ("Aktuellt", "Remiss för struma. Trötthet och viktuppgång senaste året."),
      ("Lab", "TSH 8,2, fritt T4 11, TPO-antikroppar 940."),
      ("Ultraljud", "Diffust förstorad, heterogen och hypoekogen körtel utan noduli."),
      ("Bedömning", "Hashimotos tyreoidit? Behandlingsförsök med levotyroxin 50 mikrogram x 1."),
  ])],
  ["NL102"], [],
  "a trailing '?' after Hashimotos tyreoidit makes it a hypothesis")

C("s28bs_sk_pmo_vc_misstankt_tyreoideacancer", "skane", P("1959-04-04", "776"),
  [N("n1", "vc_kavlinge", "Besöksanteckning", "cbeng", "2024-06-03T08:50:00", [
      ("Anamnes", "Snabbt växande knöl på halsen sedan en månad och heshet sedan två veckor."),
      ("Status", "Hård, fixerad resistens ca 3 cm i vä tyreoidealob, ingen ömhet."),
      ("Bedömning", "Misstänkt tyreoideacancer. Remiss enligt SVF till endokrinkirurgen i Lund."),
  ])],
  [], ["NL102"],
  "PMO vårdcentral note: suspected thyroid cancer is never shown, so no NL102")

C("s28bs_sk_subakut_tyreoidit_kan_inte_uteslutas", "skane", P("1987-02-22", "492"),
  [N("n1", "endokir_malmo", "Läkaranteckning", "nrahimi", "2024-01-11T14:30:00", [
      ("Status", "Tyreoidea öm vid palpation, framför allt hö lob, ingen fluktuation."),
      ("Lab", "TSH <0,01, fritt T4 29, SR 68, CRP 24."),
      ("Bedömning", "Subakut tyreoidit kan inte uteslutas, skintigrafi beställd. Ingen kirurgisk åtgärd i nuläget."),
  ])],
  ["NL102"], [],
  "'kan inte uteslutas' after a disease name is an open hypothesis, not a negation")

C("s28bs_vg_pappa_trolig_medullar_cancer", "vgr", P("1993-06-23", "336"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "mkarls", "2024-08-27T09:35:00", [
      ("Anamnes", "Pappan opererades i Turkiet för trolig medullär tyreoideacancer, oklart om genetisk utredning gjordes."),
      ("Lab", "Kalcitonin 2 ng/l, CEA normalt."),
      ("Ultraljud", "Normalstor tyreoidea utan knutor."),
      ("Bedömning", "Ingen sjukdom hos pat i dagsläget. RET-analys beställd för att klargöra hereditet."),
  ])],
  [], ["NL102"],
  "hedge is on the father's disease; the patient's own work-up is normal")

C("s28bs_vg_postop_graves_mojligen_hes_trolig_hemgang", "vgr", P("1972-05-31", "548"),
  [N("n1", "su_kiravd", "Omvårdnadsanteckning", "ejoh", "2024-09-10T07:45:00", [
      ("Omvårdnad", "Dag 1 efter total tyreoidektomi pga Graves sjukdom. Möjligen lite hes på rösten men talar obehindrat. "
                    "Inga stickningar i fingrar eller runt munnen, S-Ca 2,21."),
      ("Planering", "Trolig hemgång i eftermiddag efter ronden."),
  ], signed=None, setting="slutenvård")],
  [], ["NL102"],
  "hedges only on a symptom (hes) and on discharge; Graves disease is stated plainly")

C("s28bs_vg_misstankt_recurrenspares", "vgr", P("1961-12-12", "199", "M"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "usandb", "2024-10-15T13:45:00", [
      ("Aktuellt", "Kvarstående heshet sex veckor efter hemityreoidektomi hö, blir trött i rösten efter kort samtal."),
      ("Bedömning", "Misstänkt recurrenspares hö. Remiss till foniatrin för laryngoskopi och stämbandsbedömning."),
  ], signed=None)],
  ["NL102"], [],
  "suspected postoperative nerve palsy is a hedged diagnosis in visible text")

C("s28bs_sk_typo_trolgi_graves", "skane", P("1998-03-19", "810"),
  [N("n1", "endomed_malmo", "Läkaranteckning", "nrahimi", "2024-04-25T10:05:00", [
      ("Aktuellt", "Viktnedgång 6 kg, hjärtklappning och darrighet sedan februari."),
      ("Status", "Lätt exoftalmus bilat, finvågig tremor, puls 112 regelbunden."),
      ("Bedömning", "TSH <0,01, fT4 48, fT3 18, TRAK väntas. Trolgi Graves sjukdom. "
                    "Insätter tiamazol 15 mg x 1 och propranolol vid behov."),
  ])],
  ["NL102"], [],
  "typo 'Trolgi' (trolig) hedges Graves disease")

C("s28bs_sk_nl101_anaplastisk_cancer_vanta_pa_sonen", "skane", P("1938-07-02", "253", "M"),
  [N("n1", "endo_lund", "Läkaranteckning", "ahmadi", "2024-07-09T15:30:00", [
      ("Bedömning", "Grovnålsbiopsin bekräftar anaplastisk tyreoideacancer med genombrott mot trachea."),
      ("Information", "Pat har ännu inte fått beskedet. Han har själv sagt att han vill ha sonen med vid svåra besked, "
                      "och sonen kommer hem från Spanien på fredag."),
      ("Planering", "Brytpunktssamtal fredag 14.00 med kurator. Palliativ strålning tas upp på MDK onsdag."),
  ])],
  ["NL101"], ["NL102"],
  "anaplastic thyroid cancer confirmed in visible text, patient not yet told")

C("s28bs_sk_nl101_operationsdatum_ej_klart", "skane", P("1984-10-10", "436"),
  [N("n1", "endo_lund", "Telefonanteckning", "ajons", "2024-03-27T11:15:00", [
      ("Telefonkontakt", "Pat informerades av dr Ahmadi 12/3 om papillär tyreoideacancer och planerad total tyreoidektomi. "
                         "Operationsdatum är inte fastställt och pat har därför inte fått någon tid, vilket hon ringde och frågade om idag. "
                         "Besked senast nästa vecka."),
  ])],
  [], ["NL101", "NL102"],
  "only the operation date is not yet communicated; the cancer diagnosis was told earlier")

C("s28bs_vg_tyreoideaknuta_ingen_misstanke_cancer", "vgr", P("1970-03-27", "682"),
  [N("n1", "alingsas_kir", "Besöksanteckning", "fstrand", "2024-11-05T10:25:00", [
      ("Ultraljud", "14 mm isoekogen nodulus med halo i hö lob, EU-TIRADS 3."),
      ("Bedömning", "Cytologi Bethesda II. Ingen misstanke om tyreoideacancer, pat avslutas på mottagningen."),
  ])],
  [], ["NL102"],
  "'Ingen misstanke om tyreoideacancer' is negated")

C("s28bs_vg_typo_oklart_om_lymfkortelrecidv", "vgr", P("1975-09-07", "904"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "mkarls", "2024-11-19T14:10:00", [
      ("Anamnes", "Totaltyreoidektomi 2019 för papillär cancer pT2N1a, radiojodbehandlad."),
      ("Lab", "Tyreoglobulin stigande från <0,1 till 1,8 under levotyroxinbehandling."),
      ("Ultraljud", "7 mm rundad hypoekogen körtel lateralt vä på nivå IV."),
      ("Bedömning", "Oklart om det rör sig om lymfkörtelrecidv. FNP med tyreoglobulin i sköljvätskan bokas."),
  ])],
  ["NL102"], [],
  "'Oklart om ... lymfkörtelrecidv' (typo in the diagnosis word) is an open question about recurrence")

# ======================================================================
# Part 4: parathyroid and adrenal
# ======================================================================

C("s28bs_sk_phpt_talar_for_adenom", "skane", P("1957-06-15", "318"),
  [N("n1", "endo_lund", "Läkaranteckning", "slars", "2024-02-22T09:00:00", [
      ("Anamnes", "Hyperkalcemi upptäckt i samband med njurstensanfall i höstas."),
      ("Lab", "S-Ca 2,78, joniserat Ca 1,48, PTH 12 pmol/l, 25-OH-vitamin D 62 nmol/l, förhöjd kalciumutsöndring i urin."),
      ("Bedömning", "Primär hyperparatyreoidism. Sestamibi och UL talar för paratyreoideaadenom bakom vä nedre tyreoideapolen."),
      ("Planering", "Fokuserad paratyreoidektomi vä, op-anmäld."),
  ], signed=None)],
  ["NL102"], [],
  "'talar för paratyreoideaadenom' hedges the adenoma even though pHPT itself is settled")

C("s28bs_sk_fhh_kan_inte_uteslutas", "skane", P("1980-12-04", "537", "M"),
  [N("n1", "endokir_malmo", "Läkaranteckning", "nrahimi", "2024-05-08T15:45:00", [
      ("Lab", "S-Ca 2,69, PTH 6,8 pmol/l, kalcium/kreatinin-clearance-kvot 0,008."),
      ("Bedömning", "Lätt PTH-beroende hyperkalcemi utan symtom. Med så låg clearance-kvot kan FHH inte uteslutas; "
                    "CASR-analys innan ställningstagande till kirurgi."),
  ])],
  ["NL102"], [],
  "familial hypocalciuric hypercalcaemia 'kan inte uteslutas' is an open hypothesis")

C("s28bs_vg_phpt_uteslutes_sekundar_hpt", "vgr", P("1949-02-28", "646"),
  [N("n1", "nal_kir", "Remissbedömning", "cberg", "2024-01-16T10:35:00", [
      ("Remiss", "Från VC Vänersborg pga PTH 9,5 pmol/l."),
      ("Lab", "S-Ca 2,36 (normalt), 25-OH-vitamin D 18 nmol/l, eGFR 41."),
      ("Bedömning", "Primär hyperparatyreoidism uteslutes. Sekundär hyperparatyreoidism pga D-vitaminbrist och nedsatt njurfunktion. "
                    "Rekommenderar D-vitaminsubstitution, åter till VC, ingen kirurgisk kontakt."),
  ])],
  [], ["NL102"],
  "primary HPT 'uteslutes'; the secondary HPT is stated without hedge")

C("s28bs_vg_tidiga_hypoteser_och_trolig_i_bedomning", "vgr", P("1965-08-21", "784"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "osayed", "2024-06-25T11:10:00", [
      ("Aktuellt", "Trötthet, törst och förvirringsepisoder senaste månaden enligt maken."),
      ("Status", "Palpabel hård resistens ca 3 cm lågt på vä sida av halsen."),
      ("Tidiga hypoteser", "Paratyreoideacancer? PTH 68 pmol/l och Ca 3,4 med palpabel tumör; diskuterat med kollega."),
      ("Bedömning", "Trolig primär hyperparatyreoidism med uttalad hyperkalcemi. Inläggning för rehydrering och zoledronsyra."),
  ])],
  ["NL102"], [],
  "VGR: one hypothesis is protected under Tidiga hypoteser but another hedge stands in visible Bedömning")

C("s28bs_vg_nl101_postop_provsvar_ej_meddelade", "vgr", P("1956-04-18", "270"),
  [N("n1", "su_endo", "Telefonanteckning", "ejoh", "2024-05-30T15:00:00", [
      ("Telefonkontakt", "Opererad 2/5 för primär hyperparatyreoidism med extirpation av ett adenom hö nedre, "
                         "PAD-beskedet fick hon av operatören vid utskrivningen. Kontrollprover idag: Ca 2,31, PTH 3,1. "
                         "Pat har ännu inte fått dagens provsvar, når henne inte, nytt försök i morgon."),
  ])],
  [], ["NL101", "NL102"],
  "what is not yet communicated is a normal control result; the diagnosis was told at discharge")

C("s28bs_sk_pmo_vc_trol_primar_hpt", "skane", P("1951-10-22", "428"),
  [N("n1", "vc_angelholm", "Besöksanteckning", "ostrom", "2024-04-11T09:20:00", [
      ("Anamnes", "Trött, törstig och förstoppad sedan jul."),
      ("Lab", "Ca 2,85, PTH 11 pmol/l, kreatinin normalt."),
      ("Bedömning", "Trol. primär hyperparatyreoidism. Remiss endokrinkirurgen Lund, rikligt med vätska i väntan på tid."),
  ])],
  [], ["NL102"],
  "PMO: 'Trol. primär hyperparatyreoidism' is not shown at all, so not NL102")

C("s28bs_sk_binjure_incidentalom_dd_feokromocytom", "skane", P("1963-03-11", "155", "M"),
  [N("n1", "endo_lund", "Läkaranteckning", "ahmadi", "2024-09-17T10:00:00", [
      ("Anamnes", "DT buk pga njursten visade 3,4 cm förändring i hö binjure. Episodisk svettning och huvudvärk."),
      ("Utredning", "Nativ täthet 32 HU, absolut washout 40 %. P-normetanefrin 2,1 nmol/l (ref <0,9)."),
      ("Bedömning", "Inte typiskt lipidrikt adenom. DD feokromocytom pga förhöjt normetanefrin, alfablockad inför eventuell adrenalektomi."),
  ])],
  ["NL102"], [],
  "'DD feokromocytom' for an adrenal incidentaloma in visible text")

C("s28bs_sk_binjure_lipidrikt_adenom_inga_tecken", "skane", P("1954-07-30", "662"),
  [N("n1", "endokir_malmo", "Läkaranteckning", "nrahimi", "2024-10-01T13:25:00", [
      ("Utredning", "2,1 cm homogen förändring i vä binjure, 4 HU. Kortisol efter 1 mg dexametason 38 nmol/l, "
                    "normala metoxikatekolaminer och normal aldosteron/renin-kvot."),
      ("Bedömning", "Lipidrikt, icke hormonproducerande binjurebarksadenom. Inga tecken på Cushings syndrom, "
                    "feokromocytom eller primär aldosteronism. Ingen vidare uppföljning."),
  ])],
  [], ["NL102"],
  "non-functioning adenoma confirmed; all alternatives negated with 'Inga tecken på'")

C("s28bs_vg_typo_binjurebarkscancer_kan_inte_utelsutas", "vgr", P("1972-01-25", "386"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "osayed", "2024-03-14T14:20:00", [
      ("Aktuellt", "Hirsutism och oregelbunden mens senaste halvåret, nyupptäckt hypertoni."),
      ("Utredning", "DT: 6,5 cm heterogen tumör i vä binjure med nekroser, 38 HU. DHEAS kraftigt förhöjt."),
      ("Bedömning", "Binjurebarkscancer kan inte utelsutas. Öppen adrenalektomi vä planeras, MDK endokrina tumörer fredag."),
  ])],
  ["NL102"], [],
  "typo 'utelsutas' in 'kan inte uteslutas' still leaves adrenocortical cancer as an open hypothesis")

C("s28bs_vg_nl101_feokromocytom_provsvar_efter_hemgang", "vgr", P("1968-09-14", "413", "M"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "mkarls", "2024-04-18T16:40:00", [
      ("Lab", "P-normetanefrin 8,4 nmol/l och P-metanefrin 3,2 nmol/l, mer än fyra gånger övre referensgränsen."),
      ("Bedömning", "Feokromocytom i hö binjure, biokemiskt och radiologiskt klart."),
      ("Information", "Pat ej informerad om diagnosen ännu, provsvaren kom efter att han gått hem och han ska inte få beskedet per brev. "
                      "Ringer honom i morgon och bokar besök."),
  ])],
  ["NL101"], [],
  "pheochromocytoma settled in visible Bedömning; the patient has not been told")

C("s28bs_vg_ev_autonom_kortisolsekretion", "vgr", P("1959-05-09", "552"),
  [N("n1", "sas_endomed", "Läkaranteckning öppenvård", "osayed", "2024-07-23T10:15:00", [
      ("Utredning", "Incidentalom 2,8 cm i hö binjure. Kortisol efter 1 mg dexametason 96 nmol/l, lågt ACTH, normalt dygnsurinkortisol."),
      ("Bedömning", "Ev. autonom kortisolsekretion, tidigare kallat subkliniskt Cushing. Bentäthetsmätning och upprepat hämningstest."),
  ])],
  ["NL102"], [],
  "'Ev. autonom kortisolsekretion' hedges a diagnosis, not a plan")

C("s28bs_sk_typo_misstnke_primar_aldosteronism", "skane", P("1970-11-11", "677", "M"),
  [N("n1", "endomed_malmo", "Läkaranteckning", "nrahimi", "2024-08-06T09:45:00", [
      ("Aktuellt", "Hypertoni trots tre läkemedel, hypokalemi 3,1."),
      ("Bedömning", "Aldosteron/renin-kvot 180. Misstnke om primär aldosteronism, binjurevenskateterisering planeras inför eventuell op."),
  ])],
  ["NL102"], [],
  "typo 'Misstnke om' (misstanke om) hedges primary aldosteronism")

C("s28bs_sk_pmo_vc_mojligt_binjureadenom", "skane", P("1948-06-06", "158", "M"),
  [N("n1", "vc_tomelilla", "Läkaranteckning", "yaktas", "2024-02-12T11:30:00", [
      ("Aktuellt", "DT thorax pga långdragen hosta visade som bifynd en 2 cm knuta i vä binjure."),
      ("Bedömning", "Möjligt adenom, men ingen hormonutredning gjord. Remiss till endokrinkirurgen SUS Malmö för utredning av binjureincidentalom."),
  ])],
  [], ["NL102"],
  "PMO: hedged adrenal adenoma in a vårdcentral note is never shown")

C("s28bs_vg_binjure_benignt_adenom_eventuellt_dt", "vgr", P("1946-12-24", "279", "M"),
  [N("n1", "nal_kir", "Läkaranteckning öppenvård", "phedl", "2024-12-03T10:00:00", [
      ("Utredning", "Förändring 1,6 cm i vä binjure, 9 HU, oförändrad sedan DT 2019. Hormonutredningen negativ."),
      ("Bedömning", "Benignt binjurebarksadenom."),
      ("Planering", "Ingen aktiv uppföljning. Eventuellt ny DT om annan indikation uppstår."),
  ])],
  [], ["NL102"],
  "'Eventuellt ny DT' hedges an examination; the adenoma is confirmed benign")

C("s28bs_sk_nl101_binjuremetastas_har_inte_fatt_veta", "skane", P("1952-05-05", "231", "M"),
  [N("n1", "endo_lund", "Läkaranteckning", "slars", "2024-11-12T14:50:00", [
      ("Utredning", "DT-ledd biopsi av vä binjure: metastas från adenocarcinom i lunga, TTF-1 positiv. Primärtumör i hö överlob på PET-DT."),
      ("Information", "Pat har inte fått veta resultatet. Lungmedicin tar över och lämnar beskedet vid besök på onsdag tillsammans med kontaktsjuksköterska."),
  ])],
  ["NL101"], ["NL102"],
  "adrenal metastasis of lung cancer stated in visible Utredning while the patient does not know yet")

# ======================================================================
# Part 5: NL101 — told, not told, what is not told, multi-note records
# ======================================================================

C("s28bs_sk_nl101_tidiga_hypoteser_sedan_informerad", "skane", P("1959-09-02", "344"),
  [N("n1", "brost_malmo", "Tidiga hypoteser", "kholm", "2024-04-03T16:10:00", [
      ("Bedömning", "Skelettskint inför adjuvant behandling visar upptag i th 7 och vä os ilium, misstänkt skelettmetastasering. "
                    "Pat ej informerad, avvaktar MR innan vi går vidare."),
  ]),
   N("n2", "brost_malmo", "Läkaranteckning", "kholm", "2024-04-11T13:30:00", [
      ("Bedömning", "MR bekräftar skelettmetastaser i th 7 och i bäckenet."),
      ("Information", "Pat informerad idag, tillsammans med maken, om att bröstcancern har spridit sig till skelettet. "
                      "Remiss till onkologen för palliativ behandling."),
  ])],
  [], ["NL101@n2", "NL102@n1"],
  "Skåne: hypothesis kept in the Tidiga hypoteser template, later visible note records that the patient was told")

C("s28bs_vg_nl101_forst_otald_sedan_besked", "vgr", P("1973-01-19", "466"),
  [N("n1", "kungalv_kir", "Läkaranteckning öppenvård", "phedl", "2024-05-13T15:55:00", [
      ("PAD", "Mellannålsbiopsi vä bröst kl 12: invasiv duktal cancer, grad 1, ER/PR positiv, HER2 negativ."),
      ("Bedömning", "Tumören 9 mm på UL, axillen normal. Patienten har ännu inte fått beskedet, hon kallas till besök på torsdag."),
  ]),
   N("n2", "kungalv_kir", "Läkaranteckning öppenvård", "phedl", "2024-05-16T10:20:00", [
      ("Information", "Pat informerad om bröstcancer vä vid dagens återbesök, maken med. Skriftlig information om SVF och kontaktsjuksköterska."),
      ("Planering", "Partiell mastektomi med sentinel node-biopsi inom tre veckor."),
  ])],
  ["NL101@n1"], ["NL101@n2"],
  "the first visible note holds an untold cancer (NL101); the later note after the talk does not")

C("s28bs_sk_nl101_dement_dottern_informerad_pat_inte", "skane", P("1935-10-03", "582"),
  [N("n1", "brost_csk", "Läkaranteckning", "epers", "2024-06-04T11:40:00", [
      ("Anamnes", "Bor på särskilt boende, Alzheimers sjukdom med MMT 14. Dottern är god man och var med vid besöket."),
      ("Bedömning", "Mellannålsbiopsin visar invasiv bröstcancer vä, ER-positiv, klinisk storlek 3 cm. Letrozol istället för kirurgi."),
      ("Information", "Dottern informerad om cancerdiagnosen. Pat själv har inte fått beskedet, dottern önskar att det sker i lugn miljö på boendet."),
  ])],
  ["NL101"], ["NL102"],
  "the relative was told but the patient herself has not been: still an uncommunicated diagnosis")

C("s28bs_vg_nl101_remiss_skickad_ej_meddelad", "vgr", P("1967-02-02", "618"),
  [N("n1", "sas_brost", "Kontaktsjuksköterskeanteckning", "sdahl", "2024-03-18T14:00:00", [
      ("Åtgärd", "Känd bröstcancer hö sedan februari, informerad av dr Berg vid diagnosbesöket. "
                 "Remiss till plastikkirurgen för rekonstruktionsbedömning skickad idag. "
                 "Pat har ännu inte fått veta att remissen gått iväg, meddelas via 1177."),
  ])],
  [], ["NL101"],
  "the untold fact is that a referral was sent, not a diagnosis")

C("s28bs_vg_nl101_tidiga_hypoteser_sokord_enbart", "vgr", P("1957-01-31", "704"),
  [N("n1", "su_brost", "Läkaranteckning öppenvård", "hlindq", "2024-07-16T13:20:00", [
      ("Aktuellt", "Besök för genomgång av bilddiagnostik efter återkallelse från mammografiscreeningen."),
      ("Tidiga hypoteser", "Stansbiopsin från hö axill visar metastas av adenocarcinom utan påvisad primärtumör i brösten. "
                           "Ej meddelat pat; ockult bröstcancer eller annat ursprung utreds vidare."),
      ("Planering", "MR bröst och PET-DT, ny tid när undersökningarna är klara."),
  ])],
  [], ["NL101", "NL102"],
  "VGR: untold metastasis finding kept only under sökord Tidiga hypoteser, visible sections hold no diagnosis")

C("s28bs_vg_nl101_tidiga_hypoteser_men_diagnos_synlig", "vgr", P("1963-06-29", "826"),
  [N("n1", "sas_brost", "Läkaranteckning öppenvård", "awallin", "2024-08-08T09:55:00", [
      ("Tidiga hypoteser", "Pat är inte informerad om att PAD visar invasiv cancer. Hon vårdas inneliggande på psykiatrin och "
                           "besked ges när ansvarig psykiater bedömer det lämpligt."),
      ("Diagnos", "C50.9 Malign tumör i bröstkörtel, ospecificerad, vä."),
      ("Planering", "MDK-anmäld. Avvaktar med besked till pat."),
  ])],
  ["NL101"], ["NL102"],
  "the withheld cancer is also coded under the visible sökord Diagnos, so it reaches the patient untold")

C("s28bs_sk_nl101_typo_ej_infomerad", "skane", P("1979-09-09", "190"),
  [N("n1", "brost_hbg", "Läkaranteckning", "mfrid", "2024-09-24T17:05:00", [
      ("PAD", "Mellannål vä bröst: invasiv lobulär cancer, grad 2."),
      ("Information", "Pat ej infomerad ännu, besked i morgon kl 10 på mottagningen med kontaktsjuksköterskan."),
  ], signed=None)],
  ["NL101"], [],
  "typo 'infomerad' in an unsigned draft; lobular cancer not yet communicated")

C("s28bs_sk_nl101_kanner_till_diagnosen_sedan_juni", "skane", P("1953-03-17", "356"),
  [N("n1", "brost_malmo", "Läkaranteckning", "kholm", "2024-06-27T10:30:00", [
      ("Aktuellt", "Preoperativt besök. Invasiv duktal cancer hö bröst, diagnosen meddelades 4/6 av undertecknad. "
                   "Pat har läst på 1177 och har många frågor om strålbehandlingen efter op."),
      ("Planering", "Partiell mastektomi hö med sentinel node-biopsi 3/7."),
  ])],
  [], ["NL101", "NL102"],
  "diagnosis told at an earlier visit; nothing is withheld")

C("s28bs_vg_nl101_om_pad_visar_malignitet_villkor", "vgr", P("1986-04-26", "248"),
  [N("n1", "skas_brost", "Telefonanteckning", "jekstr", "2024-10-10T12:15:00", [
      ("Telefonkontakt", "PAD från excisionen av fibroepitelial lesion hö bröst väntas fredag. Om PAD mot förmodan visar malign "
                         "phyllodestumör ska pat inte informeras per telefon utan kallas till mottagningen."),
  ])],
  [], ["NL101", "NL102"],
  "a conditional instruction about a possible result: no diagnosis stands and no hedge on the patient")

C("s28bs_sk_nl101_mdk_rekommendation_ej_meddelad", "skane", P("1974-12-19", "474"),
  [N("n1", "brost_lund", "Kontaktsjuksköterskeanteckning", "lhans", "2024-05-07T15:25:00", [
      ("Samtal", "Pat informerades förra veckan av dr Nilsson om HER2-positiv bröstcancer vä."),
      ("Åtgärd", "MDK rekommenderar idag neoadjuvant cytostatika före operation. Rekommendationen är ännu inte meddelad pat, "
                 "dr Nilsson ringer henne i eftermiddag."),
  ])],
  [], ["NL101"],
  "only the treatment recommendation is not yet told; the diagnosis was told last week")

C("s28bs_vg_nl101_man_ovetande_om_svaret", "vgr", P("1944-08-08", "135", "M"),
  [N("n1", "su_brost", "Läkaranteckning öppenvård", "lfors", "2024-08-29T16:00:00", [
      ("PAD", "Mellannålsbiopsi från vä bröst visar invasiv duktal cancer, ER-positiv, HER2-negativ."),
      ("Information", "Pat är ovetande om svaret då han är ute och reser. Han kommer hem 3/9 och får beskedet på mottagningen."),
  ])],
  ["NL101"], [],
  "male breast cancer, patient 'ovetande om svaret'")

C("s28bs_sk_nl101_epikris_pad_efter_utskrivning", "skane", P("1970-07-19", "298"),
  [N("n1", "kiravd_lund", "Epikris", "ekraft", "2024-09-12T14:45:00", [
      ("Epikris", "Inlagd för mastektomi vä och sentinel node-biopsi 4/9. Okomplicerat förlopp, utskriven 5/9 med drän."),
      ("Diagnos", "Invasiv duktal bröstcancer vä. Metastas i 2 av 3 sentinel nodes enligt definitivt PAD 11/9."),
      ("Information", "Definitivt PAD med körtelmetastaser har inte meddelats pat eftersom svaret kom efter utskrivningen. "
                      "Besked vid återbesöket 18/9."),
  ], setting="slutenvård")],
  ["NL101"], ["NL102"],
  "discharge summary carries nodal metastases that have not been communicated")

C("s28bs_sk_nl101_svaret_har_inte_kommit", "skane", P("1989-05-01", "512"),
  [N("n1", "brost_malmo", "Telefonanteckning", "tsven", "2024-01-24T10:05:00", [
      ("Telefonkontakt", "Pat ringer och undrar över svaret på biopsin från i måndags. Svaret har inte kommit och hon har därför "
                         "inte fått något besked, hon är orolig. Lovat att läkaren ringer så snart PAD finns."),
  ])],
  [], ["NL101", "NL102"],
  "no result and no diagnosis exist yet; 'inte fått något besked' alone is not NL101")

C("s28bs_vg_nl101_benign_pad_ej_meddelat", "vgr", P("1977-08-30", "738"),
  [N("n1", "kungalv_kir", "Läkaranteckning öppenvård", "phedl", "2024-02-01T13:50:00", [
      ("PAD", "Mellannålsbiopsin från hö bröst visar normal bröstvävnad utan atypi och utan malignitet."),
      ("Åtgärd", "Pat har ännu inte fått svaret, sekreteraren skickar brev idag. Ingen uppföljning."),
  ], signed=None)],
  [], ["NL101", "NL102"],
  "the uncommunicated answer is a normal biopsy, no diagnosis")

C("s28bs_vg_nl101_recidiv_far_inte_veta_an", "vgr", P("1961-01-13", "860"),
  [N("n1", "nal_kir", "Läkaranteckning öppenvård", "cberg", "2024-11-26T15:15:00", [
      ("Bedömning", "Lokalrecidiv i vä bröst, verifierat med PAD: invasiv duktal cancer med samma receptorprofil som 2018."),
      ("Övrigt", "Efter samråd med behandlande psykiater ska pat inte få veta ännu, pågående djup depression med suicidtankar. "
                 "Beskedet planeras gemensamt nästa vecka."),
  ], signed=None)],
  ["NL101"], ["NL102"],
  "verified local recurrence that the patient 'ska inte få veta ännu'")

# ======================================================================
# Part 6: long charts, children, PMO, sökord vs template, more hedges
# ======================================================================

C("s28bs_vg_lang_arskontroll_endast_negationer", "vgr", P("1960-09-27", "520"),
  [N("n1", "su_brost", "Läkaranteckning öppenvård", "hlindq", "2024-09-19T08:40:00", [
      ("Anamnes", "64-årig kvinna, opererad 2019 med partiell mastektomi hö och sentinel node-biopsi för invasiv duktal cancer "
                  "pT1cN0, ER 95 %, HER2-negativ. Adjuvant strålbehandling 40 Gy på 15 fraktioner, därefter anastrozol som hon "
                  "tolererat med ledvärk i händerna. Hypotyreos på levotyroxin. Ingen ny hereditet i släkten."),
      ("Aktuellt", "Femårskontroll. Mår bra, promenerar dagligen, arbetar halvtid som lärare. Ingen ny knöl, ingen skelettsmärta, "
                   "ingen hosta, aptiten god och vikten stabil. Undrar om hon kan sluta med tabletterna."),
      ("Status", "AT gott. Hö bröst: lätt krympt efter strålning, ärret lugnt och mjukt, ingen resistens. Vä bröst u.a. "
                 "Axiller och fossae supraclaviculares fria. Leverkant ej palpabel. Ingen kotknackömhet."),
      ("Mammografi", "Bilat mammografi med tomosyntes: postoperativa förändringar hö, stationära jämfört med 2023. "
                     "Inga nytillkomna förkalkningar eller täthetsökningar."),
      ("Lab", "Hb 134, ALP 72, kalcium 2,35, leverprover normala."),
      ("Bedömning", "Inga tecken på lokalrecidiv eller fjärrmetastaser. Fynden i hö bröst talar emot ny malignitet. "
                    "Anastrozol avslutas efter fem år enligt vårdprogrammet."),
      ("Planering", "Avslutas från bröstmottagningen, fortsatt mammografi vartannat år via screeningen. Åter vid nya symtom."),
  ])],
  [], ["NL102"],
  "long five-year follow-up chart where every disease mention is settled or negated")

C("s28bs_sk_lang_preop_trol_lipom_i_status", "skane", P("1968-02-08", "642"),
  [N("n1", "brost_lund", "Inskrivningsanteckning", "jalm", "2024-10-28T13:10:00", [
      ("Anamnes", "56-årig kvinna med invasiv duktal cancer vä bröst, 21 mm, grad 2, ER 80 %, HER2 negativ, diagnostiserad "
                  "med mellannål 2/10 och informerad av kontaktsjuksköterska och läkare samma dag. Tidigare frisk, "
                  "opererad för ljumskbråck 2009 utan komplikationer. Inga kända allergier. Röker inte, alkohol sparsamt."),
      ("Läkemedel", "Inga stående läkemedel. Tar omeprazol vid behov."),
      ("Status", "AT gott, BMI 27. Hjärta: regelbunden rytm utan blåsljud. Lungor: vesikulärt andningsljud bilat. "
                 "Vä bröst: 2 cm resistens kl 1, markerad med klips. Axiller u.a. Rygg: mjuk, rörlig, oöm subkutan "
                 "knöl ca 4 cm över vä skulderblad, trol. lipom, pat har haft den i många år."),
      ("Bedömning", "Opererbar bröstcancer vä. Planerad partiell mastektomi vä med sentinel node-biopsi i morgon."),
      ("Planering", "Fastande från midnatt, trombosprofylax enligt PM, Hibiscrub-dusch kväll och morgon. "
                    "Anestesibedömning klar, ASA 1."),
  ], setting="slutenvård")],
  ["NL102"], [],
  "long pre-op admission note: the cancer is settled, but 'trol. lipom' in Status is a visible hedged diagnosis")

C("s28bs_vg_kan_rora_sig_om_galaktocele", "vgr", P("1992-11-14", "334"),
  [N("n1", "alingsas_kir", "Besöksanteckning", "fstrand", "2024-02-14T10:10:00", [
      ("Aktuellt", "Ammande, barnet sex månader. Mjuk oöm knöl i vä bröst sedan tre veckor, ingen feber."),
      ("Ultraljud", "3 cm välavgränsad förändring med blandekogent innehåll och vätskenivå."),
      ("Bedömning", "Kan röra sig om galaktocele. Tappas under UL idag, innehållet skickas på cytologi."),
  ])],
  ["NL102"], [],
  "'Kan röra sig om galaktocele' is a hedged diagnosis")

C("s28bs_sk_inger_misstanke_om_paget", "skane", P("1956-05-23", "428"),
  [N("n1", "brost_hbg", "Läkaranteckning", "mfrid", "2024-03-06T15:00:00", [
      ("Aktuellt", "Eksematös, fjällande förändring på vä bröstvårta i tre månader som inte svarat på kortisonkräm."),
      ("Status", "Erosion och krustor över halva mamillen vä, ingen palpabel resistens bakom."),
      ("Bedömning", "Bilden inger misstanke om Pagets sjukdom i bröstvårtan. Stansbiopsi tagen, mammografi och UL bilat beställda."),
  ])],
  ["NL102"], [],
  "'inger misstanke om Pagets sjukdom' in visible Bedömning")

C("s28bs_sk_pmo_ungdomsmottagning_trol_fibroadenom", "skane", P("2007-01-09", "766"),
  [N("n1", "ungdom_lund", "Besöksanteckning", "faberg", "2024-04-17T15:30:00", [
      ("Kontaktorsak", "17-åring som kommer för p-piller och nämner en knöl i hö bröst."),
      ("Status", "Hö bröst: 1,5 cm rund, lättrörlig, oöm knöl i övre yttre kvadranten."),
      ("Bedömning", "Trol. fibroadenom. Läkare på mottagningen skriver remiss till bröstmottagningen för UL."),
  ])],
  [], ["NL102"],
  "PMO youth clinic: a 17-year-old's probable fibroadenoma is never shown")

C("s28bs_sk_pmo_bvc_ev_prematur_telarke", "skane", P("2021-01-20", "398"),
  [N("n1", "bvc_horby", "BVC-anteckning", "plind", "2024-01-29T09:15:00", [
      ("Hälsobesök", "Treårsbesök. Föräldrarna har sett att flickans vä bröst är lite förstorat sedan några veckor."),
      ("Status", "Vä: knappt 1 cm mjuk körtelknopp under areolan, hö ingen. Längd och vikt följer kurvan."),
      ("Bedömning", "Ev. prematur telarke. Diskuterat med BVC-läkaren som ser barnet nästa vecka."),
  ])],
  [], ["NL102"],
  "PMO child health (BVC) note, 3-year-old: hedged telarche is not shown")

C("s28bs_sk_pmo_hemsjukvard_trolig_sarinfektion", "skane", P("1940-03-30", "552"),
  [N("n1", "hemsjv_eslov", "Omvårdnadsanteckning", "gmoll", "2024-07-25T11:45:00", [
      ("Omvårdnad", "Hembesök för dräntömning dag 6 efter mastektomi hö. 40 ml serös vätska. Huden runt dränet röd och varm, temp 38,2."),
      ("Bedömning", "Trolig sårinfektion i mastektomiärret."),
      ("Åtgärd", "Kontakt med avdelningen på SUS Lund, pat får komma in för bedömning i eftermiddag."),
  ])],
  [], ["NL102"],
  "PMO home-care note: hedged wound infection is not in a Melior note")

C("s28bs_vg_barn_men2_c_cellshyperplasi", "vgr", P("2018-03-14", "159", "M"),
  [N("n1", "dsbus_barnkir", "Läkaranteckning öppenvård", "kblom", "2024-04-24T13:35:00", [
      ("Anamnes", "6-årig pojke med RET-mutation (kodon 634) ärvd från pappan som har MEN2A. Föräldrarna med vid besöket."),
      ("Lab", "Kalcitonin 14 ng/l, stigande från 6 för ett år sedan."),
      ("Bedömning", "C-cellshyperplasi? DD tidig medullär tyreoideacancer. Profylaktisk total tyreoidektomi rekommenderas."),
  ])],
  ["NL102"], [],
  "6-year-old (guardians read): 'C-cellshyperplasi? DD tidig medullär tyreoideacancer'")

C("s28bs_sk_barn_brostknopp_inga_tecken_pa_tumor", "skane", P("2014-05-27", "670"),
  [N("n1", "barnkir_lund", "Läkaranteckning", "mwester", "2024-06-12T10:30:00", [
      ("Anamnes", "10-årig flicka med ensidig knöl under hö bröstvårta sedan två månader, lite öm."),
      ("Status", "Hö: 2 cm mjuk, symmetriskt belägen körtelknopp under areolan, Tanner B2. Vä: början till körtelknopp, B1-B2."),
      ("Bedömning", "Normal tidig pubertetsutveckling där ena sidan ofta kommer först. Inga tecken på tumör eller cysta. "
                    "Ingen uppföljning behövs."),
  ])],
  [], ["NL102"],
  "10-year-old: normal asymmetric breast development, tumour negated")

C("s28bs_vg_kan_inte_utesluta_lymfom_axill", "vgr", P("1966-07-04", "288"),
  [N("n1", "skas_brost", "Läkaranteckning öppenvård", "usandb", "2024-05-02T14:15:00", [
      ("Aktuellt", "Remitterad pga knölar i hö armhåla sedan en månad, nattliga svettningar."),
      ("Utredning", "UL axill hö: flera förstorade körtlar med förlorad hilus. Mammografi och UL av brösten u.a."),
      ("Bedömning", "Vi kan inte utesluta lymfom. Grovnålsbiopsi med flödescytometri, svar via hematologen."),
  ], signed=None)],
  ["NL102"], [],
  "'kan inte utesluta lymfom' in visible VGR Bedömning")

C("s28bs_sk_sokord_tidiga_hypoteser_i_lakaranteckning", "skane", P("1962-04-15", "704"),
  [N("n1", "endo_lund", "Läkaranteckning", "slars", "2024-08-14T16:20:00", [
      ("Aktuellt", "Uppföljning efter hemityreoidektomi vä för follikulärt adenom."),
      ("Tidiga hypoteser", "Ny solid nodulus 9 mm i kvarvarande hö lob, misstänkt follikulär cancer i resterande lob?"),
      ("Planering", "FNP av hö lob om tre månader."),
  ])],
  ["NL102"], [],
  "Skåne protects by the template, not by a sökord named Tidiga hypoteser inside an ordinary Läkaranteckning")

C("s28bs_vg_typo_trol_fibroadneom", "vgr", P("2003-10-21", "446"),
  [N("n1", "sas_brost", "Läkaranteckning öppenvård", "awallin", "2024-03-28T09:05:00", [
      ("Status", "Vä bröst kl 6: 2,5 cm slät, rörlig resistens, ingen indragning."),
      ("Bedömning", "Trol. fibroadneom hos 20-årig kvinna. UL och mellannål bokade."),
  ])],
  ["NL102"], [],
  "typo in the diagnosis word ('fibroadneom') after 'Trol.'")

C("s28bs_sk_mojlig_radiar_arrbildning", "skane", P("1964-12-05", "318"),
  [N("n1", "mammo_malmo", "Läkaranteckning", "hmagn", "2024-07-04T11:05:00", [
      ("Mammografi", "Arkitekturstörning 12 mm med långa spikler och genomlyst centrum i hö bröst, övre yttre kvadranten."),
      ("Bedömning", "Möjlig radiär ärrbildning, tomosyntesledd vakuumbiopsi rekommenderas."),
  ])],
  ["NL102"], [],
  "'Möjlig radiär ärrbildning' hedges a benign lesion diagnosis")

C("s28bs_vg_typo_hidradenitis_supprutiva", "vgr", P("1996-02-26", "582"),
  [N("n1", "kungalv_kir", "Besöksanteckning", "usandb", "2024-10-29T10:50:00", [
      ("Aktuellt", "Återkommande ömmande knölar i vä armhåla sedan två år, ibland vätskar de."),
      ("Status", "Flera 1 cm inflammerade noduli och en fistelgång i vä axill, ärrbildning."),
      ("Bedömning", "Hidradenitis supprutiva? Inget bröstrelaterat. Remiss hudkliniken."),
  ])],
  ["NL102"], [],
  "question-marked hidradenitis (misspelled 'supprutiva') in a visible note")

C("s28bs_sk_typo_sannolik_abcess", "skane", P("1994-08-12", "736"),
  [N("n1", "brost_lund", "Läkaranteckning", "ekraft", "2024-12-10T19:40:00", [
      ("Aktuellt", "Ammande, feber 39 sedan två dagar och ömmande rodnad i hö bröst trots fem dagars antibiotika."),
      ("Status", "Hö bröst kl 8: 4 cm fluktuerande, ömmande resistens med rodnad hud."),
      ("Bedömning", "Sannolik abcess. UL-ledd tappning idag, odling, fortsatt flukloxacillin."),
  ], signed=None)],
  ["NL102"], [],
  "unsigned draft: 'Sannolik abcess' (misspelled abscess) is a hedged diagnosis")

# ======================================================================
# Part 7: more NL101 wording, complications and endocrine hedges
# ======================================================================

C("s28bs_vg_nl101_medullar_cancer_ej_delgivits", "vgr", P("1958-12-18", "390"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "osayed", "2024-01-31T15:35:00", [
      ("Utredning", "Kalcitonin 410 ng/l, CEA 22. FNP av 18 mm knuta hö lob med positiv kalcitoninfärgning."),
      ("Diagnos", "Medullär tyreoideacancer hö lob."),
      ("Information", "Diagnosen har ännu inte delgivits pat; besök med dr Sayed och kontaktsjuksköterska bokas inom en vecka. "
                      "Hereditetsutredning tas upp vid samma tillfälle."),
  ])],
  ["NL101"], [],
  "medullary thyroid cancer under visible sökord Diagnos, 'ännu inte delgivits pat'")

C("s28bs_sk_nl101_draft_typo_ej_underratad_levermetastaser", "skane", P("1950-10-30", "612"),
  [N("n1", "brost_malmo", "Läkaranteckning", "bnils", "2024-10-17T17:50:00", [
      ("Utredning", "PET-DT efter stigande CA 15-3: multipla levermetastaser och en solitär lungmetastas vä underlob."),
      ("Bedömning", "Fjärrmetastaserad bröstcancer, fem år efter primärbehandling."),
      ("Information", "Pat ej underrätad. Besked planeras med kontaktsjuksköterska på måndag, onkologremiss skrivs i morgon."),
  ], signed=None)],
  ["NL101"], [],
  "unsigned draft, typo 'underrätad': metastatic breast cancer stated while the patient has not been told")

C("s28bs_vg_nl101_paratyreoideacancer_besked_ej_lamnat", "vgr", P("1964-03-08", "705", "M"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "mkarls", "2024-07-11T14:05:00", [
      ("PAD", "Definitivt PAD efter en bloc-resektion vä: paratyreoideacancer med kärlinväxt, fria marginaler."),
      ("Bedömning", "Postop normokalcemi, PTH 2,4. Kräver livslång uppföljning med kalcium och PTH."),
      ("Åtgärd", "Besked om PAD ej lämnat till pat ännu, han är kallad till mottagningen nästa tisdag."),
  ])],
  ["NL101"], [],
  "parathyroid carcinoma on final histology, 'besked ... ej lämnat till pat'")

C("s28bs_sk_nl101_vet_att_biopsin_tagits_inte_svaret", "skane", P("1982-06-24", "458"),
  [N("n1", "brost_csk", "Telefonanteckning", "lhans", "2024-11-21T12:40:00", [
      ("Telefonkontakt", "Pat ringer och vill veta om biopsin från förra veckan är analyserad. Hon vet att den skickats men har inte fått svaret."),
      ("Åtgärd", "PAD finns sedan i går: invasiv duktal cancer hö bröst, grad 3, trippelnegativ. "
                 "Enligt rutin lämnas inte cancerbesked av ssk per telefon; dr Persson ringer upp och bokar besök i morgon."),
  ])],
  ["NL101"], [],
  "triple-negative cancer in visible Åtgärd while the nurse withholds the result on the phone")

C("s28bs_vg_nl101_ej_informeras_fore_mdk_mikroinvasion", "vgr", P("1971-05-16", "834"),
  [N("n1", "skas_brost", "Läkaranteckning öppenvård", "jekstr", "2024-06-05T16:25:00", [
      ("PAD", "Vakuumbiopsi vä bröst: höggradig DCIS med mikroinvasivt fokus under 1 mm."),
      ("Planering", "Patienten ska inte informeras om fyndet av mikroinvasion förrän efter MDK på torsdag då hela bilden är klar. "
                    "Hon vet om DCIS-diagnosen sedan förra besöket."),
  ])],
  ["NL101"], [],
  "the new microinvasive cancer focus is stated visibly and explicitly withheld until after MDK")

C("s28bs_sk_nl101_delgiven_per_telefon_pa_egen_begaran", "skane", P("1955-07-07", "176"),
  [N("n1", "endokir_malmo", "Telefonanteckning", "nrahimi", "2024-09-05T13:00:00", [
      ("Telefonkontakt", "Delgiven PAD-beskedet per telefon på egen begäran: papillär mikrokarcinom 6 mm i den borttagna vä loben, "
                         "radikalt opererad. Ingen ytterligare kirurgi behövs."),
      ("Planering", "UL hals om ett år. Pat nöjd och har inga fler frågor."),
  ])],
  [], ["NL101"],
  "'Delgiven PAD-beskedet' means the microcarcinoma has been communicated")

C("s28bs_vg_nl101_inget_sagt_om_information", "vgr", P("1945-04-02", "266"),
  [N("n1", "alingsas_kir", "Läkaranteckning öppenvård", "fstrand", "2024-04-09T08:55:00", [
      ("Diagnos", "Invasiv duktal bröstcancer hö, T2N0, ER-positiv."),
      ("Bedömning", "Hög ålder och hjärtsvikt NYHA III talar för primär endokrin behandling istället för kirurgi."),
      ("Ordination", "Letrozol 2,5 mg x 1. UL-kontroll av tumörstorlek om tre månader."),
  ])],
  [], ["NL101"],
  "a visible cancer diagnosis with nothing said about whether the patient is informed")

C("s28bs_sk_postop_misstankt_binjurebarksinsufficiens", "skane", P("1976-10-13", "524"),
  [N("n1", "kiravd_lund", "Läkaranteckning", "ekraft", "2024-02-03T21:15:00", [
      ("Aktuellt", "Dag 2 efter laparoskopisk adrenalektomi vä pga kortisolproducerande adenom. Illamående, trötthet, BT 88/50."),
      ("Bedömning", "Misstänkt binjurebarksinsufficiens efter bortfall av autonom kortisolproduktion. "
                    "Hydrokortison 100 mg iv, därefter 20 mg x 3 po, kortisol tas före första dosen."),
  ], setting="slutenvård")],
  ["NL102"], [],
  "inpatient Melior note: suspected adrenal insufficiency after adrenalectomy")

C("s28bs_vg_fysioterapeut_mojligt_lymfodem", "vgr", P("1963-11-29", "596"),
  [N("n1", "su_rehab", "Fysioterapeutanteckning", "snyb", "2024-08-21T10:25:00", [
      ("Aktuellt", "Axillutrymning hö för ett halvår sedan. Upplever tyngdkänsla i hö arm mot kvällen."),
      ("Status", "Omkrets 15 cm ovan olecranon 2 cm större hö än vä, ingen gropbildning. Full rörlighet i axeln."),
      ("Bedömning", "Möjligt begynnande lymfödem hö arm."),
      ("Åtgärd", "Kompressionsärm klass 1 utprovad, lymfödemskola och nytt mättillfälle om sex veckor."),
  ])],
  ["NL102"], [],
  "physiotherapist's visible note: 'Möjligt begynnande lymfödem'")

C("s28bs_sk_kontaktssk_trol_serom", "skane", P("1967-08-01", "388"),
  [N("n1", "brost_lund", "Kontaktsjuksköterskeanteckning", "lhans", "2024-05-22T09:50:00", [
      ("Aktuellt", "Tio dagar efter partiell mastektomi vä. Svullnad och spänningskänsla i operationsområdet, ingen feber."),
      ("Bedömning", "Trol. serom. Dr Alm punkterar på mottagningen i eftermiddag."),
  ])],
  ["NL102"], [],
  "breast nurse writes 'Trol. serom' in a visible note")

C("s28bs_vg_telefon_misstankt_hematom", "vgr", P("1952-03-21", "744"),
  [N("n1", "nal_kir", "Telefonanteckning", "mahlg", "2024-09-26T18:30:00", [
      ("Telefonkontakt", "Pat opererad i går med mastektomi hö. Ringer pga tilltagande svullnad och blåmissfärgning över bröstkorgen, "
                         "står på apixaban som återinsattes i morse."),
      ("Bedömning", "Misstänkt postoperativt hematom. Uppmanas komma till kirurgakuten NÄL ikväll."),
  ])],
  ["NL102"], [],
  "evening phone note: suspected postoperative haematoma")

C("s28bs_sk_ev_toxiskt_adenom", "skane", P("1949-05-19", "458"),
  [N("n1", "endomed_malmo", "Läkaranteckning", "nrahimi", "2024-03-13T11:25:00", [
      ("Lab", "TSH 0,02, fritt T4 21, fritt T3 7,9, TRAK negativ."),
      ("Ultraljud", "Solitär 26 mm knuta vä lob, i övrigt normal körtel."),
      ("Bedömning", "Ev. toxiskt adenom vä. Tyreoideaskintigrafi beställd, därefter ställningstagande till radiojod eller lobektomi."),
  ])],
  ["NL102"], [],
  "'Ev. toxiskt adenom' hedges a diagnosis (compare 'ev.' before plans)")

C("s28bs_vg_bilateral_binjureforstoring_dd_hyperplasi", "vgr", P("1969-07-25", "219", "M"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "usandb", "2024-12-12T10:45:00", [
      ("Utredning", "Aldosteron/renin-kvot kraftigt förhöjd och saltbelastning utan suppression. DT: nodulär förtjockning av båda binjurarna."),
      ("Bedömning", "Primär aldosteronism, DD bilateral binjurebarkshyperplasi eller ensidigt adenom. Binjurevenskateterisering avgör."),
  ])],
  ["NL102"], [],
  "differential between bilateral hyperplasia and unilateral adenoma is left open")

C("s28bs_vg_screening_aterkallelse_misstanke_om_cancer", "vgr", P("1957-09-08", "318"),
  [N("n1", "su_mammo", "Läkaranteckning öppenvård", "tgust", "2024-11-07T12:30:00", [
      ("Mammografi", "Återkallelse: 11 mm oregelbunden täthet med spikler i hö bröst, nedre inre kvadranten, ny sedan 2022."),
      ("Ultraljud", "Motsvarande 10 mm hypoekogen, högre än bred förändring."),
      ("Bedömning", "Misstanke om cancer hö bröst. UL-ledd mellannål tagen, svar via bröstcentrum."),
  ])],
  ["NL102"], [],
  "radiologist's screening recall note with 'Misstanke om cancer'")

C("s28bs_sk_typo_forenlgit_med_papillar_cancer", "skane", P("1985-01-31", "566"),
  [N("n1", "endo_lund", "Läkaranteckning", "ahmadi", "2024-06-20T09:25:00", [
      ("Cytologi", "FNP från 13 mm knuta i vä lob: förenlgit med papillär cancer, Bethesda V."),
      ("Bedömning", "Total tyreoidektomi diskuteras mot lobektomi, ny tid med UL av lymfkörtelstationer."),
  ])],
  ["NL102"], [],
  "typo 'förenlgit med' still hedges papillary cancer")

# ======================================================================
# Part 8: hard negatives that look like positives, and last positives
# ======================================================================

C("s28bs_sk_malignitet_kan_med_rimlig_sakerhet_uteslutas", "skane", P("1974-02-17", "632"),
  [N("n1", "brost_malmo", "Läkaranteckning", "kholm", "2024-11-14T10:55:00", [
      ("Aktuellt", "Knöl i hö bröst efter att ha ramlat på cykel för en månad sedan."),
      ("Utredning", "UL: 12 mm ovalt ekofattigt område som minskat jämfört med undersökningen för tre veckor sedan. "
                    "Mellannålen visade organiserat hematom och fettvävnad."),
      ("Bedömning", "Resorberande hematom efter trauma. Malignitet kan med rimlig säkerhet uteslutas."),
  ])],
  [], ["NL102"],
  "'kan ... uteslutas' without a negation is a ruled-out diagnosis, the look-alike of 'kan ej uteslutas'")

C("s28bs_vg_tidigare_misstankt_cushing_avskrevs", "vgr", P("1961-10-05", "470"),
  [N("n1", "sas_endomed", "Läkaranteckning öppenvård", "osayed", "2024-02-07T13:40:00", [
      ("Anamnes", "Binjureincidentalom vä 1,9 cm sedan 2021. Misstankarna om Cushings syndrom avskrevs 2022 efter normala hämningstester."),
      ("Utredning", "DT idag: oförändrad storlek, 6 HU."),
      ("Bedömning", "Stationärt lipidrikt adenom utan hormonproduktion. Avslutas."),
  ])],
  [], ["NL102"],
  "an old suspicion reported as 'avskrevs' is no current hypothesis")

C("s28bs_sk_misstanken_bekraftades_inte_sklerosande_adenos", "skane", P("1969-06-26", "544"),
  [N("n1", "brost_hbg", "Läkaranteckning", "mfrid", "2024-08-01T11:15:00", [
      ("PAD", "Vakuumbiopsi av förkalkningarna i vä bröst: sklerosande adenos med förkalkningar, ingen atypi."),
      ("Bedömning", "Misstanken om DCIS bekräftades inte. Godartade förkalkningar, åter till screeningprogrammet."),
  ])],
  [], ["NL102"],
  "'Misstanken om DCIS bekräftades inte' refutes the suspicion")

C("s28bs_vg_retrosternal_struma_eventuellt_operation", "vgr", P("1953-12-09", "388"),
  [N("n1", "kungalv_kir", "Läkaranteckning öppenvård", "phedl", "2024-03-05T09:40:00", [
      ("Aktuellt", "Känd multinodös struma, nu andfåddhet i liggande och trånghetskänsla i halsen."),
      ("Utredning", "DT hals-thorax: retrosternal struma med trakeaförskjutning åt hö och lumen 9 mm."),
      ("Bedömning", "Symtomgivande retrosternal struma. Eventuellt operation via halssnitt, möjligen behövs sternotomi; "
                    "diskuteras med thoraxkirurg."),
  ])],
  [], ["NL102"],
  "eventuellt/möjligen qualify the surgical approach; the goitre is confirmed")

C("s28bs_sk_trolig_utskrivning_efter_paratyreoidektomi", "skane", P("1960-01-22", "696"),
  [N("n1", "kiravd_lund", "Läkaranteckning", "ekraft", "2024-04-30T08:15:00", [
      ("Aktuellt", "Dag 1 efter fokuserad paratyreoidektomi hö nedre för primär hyperparatyreoidism. Ca 2,28, inga stickningar."),
      ("Planering", "Trolig utskrivning efter lunch. Ev. kalciumtillskott om stickningar uppstår hemma, recept utskrivet."),
  ], setting="slutenvård")],
  [], ["NL102"],
  "trolig/ev. hedge discharge and a conditional prescription only")

C("s28bs_vg_typo_ingen_missanke_om_recidiv", "vgr", P("1951-08-16", "530"),
  [N("n1", "skas_brost", "Läkaranteckning öppenvård", "usandb", "2024-05-23T10:35:00", [
      ("Aktuellt", "Mastektomi vä 2017, oroar sig för en ömhet i bröstkorgsväggen efter trädgårdsarbete."),
      ("Status", "Ömhet över 5:e revbenet vä i främre axillarlinjen, inga resistenser i ärret eller axillen."),
      ("Bedömning", "Muskuloskeletal smärta. Ingen missanke om recidiv vid klinisk undersökning."),
  ])],
  [], ["NL102"],
  "typo in the negation 'Ingen missanke om recidiv' is still a negation")

C("s28bs_vg_sokord_tidiga_hypoteser_tyreoidea_skyddad", "vgr", P("1979-04-28", "676"),
  [N("n1", "su_endo", "Läkaranteckning öppenvård", "mkarls", "2024-10-03T14:45:00", [
      ("Aktuellt", "Hes sedan tre månader, ingen knöl som hon själv känt."),
      ("Status", "Tyreoidea lätt förstorad, fast i hö lob. Rörliga stämband vid indirekt laryngoskopi."),
      ("Tidiga hypoteser", "Kan röra sig om lymfom i tyreoidea mot bakgrund av känd Hashimoto och snabb tillväxt; grovnål får visa."),
      ("Planering", "UL-ledd grovnålsbiopsi av hö lob nästa vecka."),
  ])],
  [], ["NL102"],
  "VGR: the only hedged diagnosis sits under sökord Tidiga hypoteser")

C("s28bs_sk_tidiga_hypoteser_mall_paratyreoideacancer", "skane", P("1958-08-09", "213", "M"),
  [N("n1", "endo_lund", "Tidiga hypoteser", "ahmadi", "2024-12-05T16:30:00", [
      ("Utredning", "PTH 54 pmol/l, Ca 3,2 och 3,5 cm hård paratyreoideaförändring vä med oskarp avgränsning på UL. "
                    "Trolig paratyreoideacancer; kirurgisk strategi med en bloc-resektion diskuteras innan pat informeras."),
  ])],
  [], ["NL102", "NL101"],
  "Skåne: suspected parathyroid carcinoma, not yet told, written in the Tidiga hypoteser template")

C("s28bs_sk_bethesda_iii_malignitet_kan_inte_helt_uteslutas", "skane", P("1991-09-14", "262"),
  [N("n1", "endokir_malmo", "Läkaranteckning", "nrahimi", "2024-07-18T10:40:00", [
      ("Cytologi", "Bethesda III, atypi av oklar signifikans."),
      ("Bedömning", "Follikulär cancer kan inte helt uteslutas trots låg risk. Ny FNP om tre månader med molekylär analys."),
  ])],
  ["NL102"], [],
  "'kan inte helt uteslutas' after Bethesda III leaves follicular cancer open")

C("s28bs_vg_mdk_lang_kontralateral_trol_fibroadenom", "vgr", P("1976-06-11", "414"),
  [N("n1", "su_brost", "MDK bröst", "hlindq", "2024-06-13T15:20:00", [
      ("Diagnos", "Invasiv duktal cancer hö bröst kl 10, 19 mm på UL, grad 2, ER 70 %, PR 20 %, HER2 1+, Ki67 25 %. "
                  "Axill: en förstorad körtel med FNP-verifierad metastas."),
      ("Bakgrund", "48-årig premenopausal kvinna, två barn, frisk i övrigt. Moster med bröstcancer i 60-årsåldern. "
                   "Diagnosbesked lämnat 10/6 av bröstkirurg i närvaro av kontaktsjuksköterska."),
      ("Radiologi", "MR bröst: hö tumör 21 mm utan ytterligare foci. I vä bröst 8 mm välavgränsad oval förändring, "
                    "trol. fibroadenom, som UL-ledd biopsi ska klargöra. DT thorax-buk utan fjärrmetastaser."),
      ("Åtgärd", "MDK-beslut: neoadjuvant cytostatika i sex månader, därefter partiell mastektomi hö med axillkirurgi. "
                 "Biopsi av vä förändring före start. Genetisk testning erbjuds pga ålder och hereditet."),
  ])],
  ["NL102"], [],
  "long MDK note: the index cancer is settled and told, but 'trol. fibroadenom' in the other breast is visible")

C("s28bs_vg_pth_mojlig_flerkortelsjukdom", "vgr", P("1955-02-03", "758"),
  [N("n1", "nal_kir", "Läkaranteckning öppenvård", "cberg", "2024-08-22T13:15:00", [
      ("Utredning", "Sestamibi och UL utan lokaliserbart adenom trots tydlig primär hyperparatyreoidism. Litiumbehandlad sedan 20 år."),
      ("Bedömning", "Möjlig flerkörtelsjukdom, sannolikt litiumrelaterad. Bilateral halsexploration planeras."),
  ])],
  ["NL102"], [],
  "'Möjlig flerkörtelsjukdom, sannolikt litiumrelaterad' hedges the underlying cause")

C("s28bs_vg_epikris_trolig_aspirationspneumoni", "vgr", P("1943-11-01", "341", "M"),
  [N("n1", "su_kiravd", "Epikris", "usandb", "2024-01-09T12:00:00", [
      ("Epikris", "Inlagd 2/1 för total tyreoidektomi pga toxisk multinodös struma. Postoperativt dysfagi och feber dag 2, "
                  "CRP 148, infiltrat hö underlob på lungröntgen."),
      ("Diagnos", "Toxisk multinodös struma, opererad. Trolig aspirationspneumoni."),
      ("Ordination", "Piperacillin/tazobaktam iv i tre dygn, därefter amoxicillin po fem dagar. Logoped har gett sväljråd."),
  ], setting="slutenvård")],
  ["NL102"], [],
  "a hedged complication under sökord Diagnos in a visible discharge summary")

C("s28bs_vg_gynekomasti_dd_pseudogynekomasti_vuxen", "vgr", P("1979-01-15", "573", "M"),
  [N("n1", "sas_brost", "Läkaranteckning öppenvård", "awallin", "2024-11-28T10:05:00", [
      ("Aktuellt", "45-årig man, BMI 34, förstoring av båda brösten sedan två år. Tränar på gym men förnekar anabola steroider."),
      ("Status", "Mjuk, diffus förstoring bilat utan tydlig körtelplatta, oöm."),
      ("Bedömning", "Gynekomasti? DD pseudogynekomasti pga övervikt. UL av brösten och hormonprover."),
  ])],
  ["NL102"], [],
  "'Gynekomasti? DD pseudogynekomasti' in an adult man's visible note")

C("s28bs_sk_nl101_operatoren_vill_ge_beskedet_sjalv", "skane", P("1987-12-03", "728"),
  [N("n1", "plastik_malmo", "Läkaranteckning", "epers", "2024-12-17T15:10:00", [
      ("Aktuellt", "Profylaktisk mastektomi bilat med direktrekonstruktion 26/11 pga BRCA1-bärarskap."),
      ("PAD", "I vä mastektomipreparat ett ockult 4 mm invasivt carcinom, fria marginaler."),
      ("Information", "Pat ej informerad om cancerfyndet ännu. Operatören vill ge beskedet själv vid suturtagningen på torsdag."),
  ])],
  ["NL101"], [],
  "occult cancer found in a risk-reducing mastectomy, not yet communicated")

C("s28bs_sk_typo_misstank_granulomatos_mastit", "skane", P("1989-10-18", "606"),
  [N("n1", "brost_malmo", "Läkaranteckning", "kholm", "2024-09-09T14:20:00", [
      ("Aktuellt", "Slutade amma för ett år sedan. Sedan två månader ömmande, fast område i vä bröst med två små fistlar, "
                   "odlingar negativa och ingen effekt av två antibiotikakurer."),
      ("Status", "Vä bröst kl 4: 5 cm fast, öm induration med två fistelmynningar i huden, ingen axillär körtelförstoring."),
      ("Bedömning", "Misstänk idiopatisk granulomatös mastit. Mellannål för PAD och odling på mykobakterier."),
  ])],
  ["NL102"], [],
  "typo 'Misstänk' before granulomatous mastitis in a visible note")

C("s28bs_vg_ssk_telefon_typo_trolig_hypoparatyreodism", "vgr", P("1982-04-07", "498"),
  [N("n1", "su_endo", "Telefonanteckning", "ejoh", "2024-03-01T09:30:00", [
      ("Telefonkontakt", "Fyra dagar efter total tyreoidektomi. Stickningar runt munnen och i fingertopparna sedan i går kväll. "
                         "Ca i dag 1,98, PTH 0,9 enligt prov på VC."),
      ("Bedömning", "Trolig övergående hypoparatyreodism efter op, enligt dr Karlsson."),
      ("Åtgärd", "Kalciumkarbonat 1 g x 3 och alfakalcidol 0,5 mikrogram x 1. Nytt Ca på fredag."),
  ])],
  ["NL102"], [],
  "nurse's phone note with a hedged, misspelled postoperative hypoparathyroidism")

C("s28bs_sk_lipom_fragetecken_dd_liposarkom", "skane", P("1958-03-04", "145", "M"),
  [N("n1", "kir_ystad", "Läkaranteckning", "bnils", "2024-10-24T08:35:00", [
      ("Aktuellt", "Långsamt växande knöl på vä bröstkorgsvägg under bröstmuskeln sedan ett år, nu 8 cm."),
      ("Utredning", "UL: stor fettekogen förändring med tjocka septa och solid komponent."),
      ("Bedömning", "Stort lipom? DD högt differentierat liposarkom pga storlek och septa. MR och remiss till sarkomcentrum i Lund."),
  ])],
  ["NL102"], [],
  "'lipom? DD liposarkom' for a chest wall mass in a man")

# ---- END OF CASES ----


# ======================================================================
# Validation and output
# ======================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}


def age_on(birth, day):
    b = datetime.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def split_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def validate(cases):
    errs = []
    names = set()
    whys = set()
    sentences = {}
    for c in cases:
        nm = c["case"]
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if nm in names:
            errs.append("duplicate case name %s" % nm)
        names.add(nm)
        if not nm.startswith("s28bs_"):
            errs.append("%s: name prefix" % nm)
        if c["why"] in whys:
            errs.append("%s: duplicate why" % nm)
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        rec = c["record"]
        if list(rec.keys()) != REC_KEYS:
            errs.append("%s: record keys" % nm)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s not empty" % (nm, k))
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: personnummer format" % nm)
        else:
            if m.group(1) != birth.replace("-", ""):
                errs.append("%s: personnummer does not match birth_date" % nm)
            digits = pid[2:8] + pid[9:12]
            if luhn_check(digits) != int(pid[12]):
                errs.append("%s: Luhn" % nm)
        try:
            datetime.date.fromisoformat(birth)
        except ValueError:
            errs.append("%s: birth_date" % nm)
        as_of = datetime.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % nm)
        days = [as_of.date()]
        ids = set()
        systems = {}
        if not rec["notes"]:
            errs.append("%s: no notes" % nm)
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % nm)
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % nm)
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            pref = SK if c["ruleset"] == "skane" else VG
            if not n["unit"]["hsa_id"].startswith(pref):
                errs.append("%s: unit from the other region" % nm)
            t = datetime.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append("%s: note time not in 2024" % nm)
            if t > as_of:
                errs.append("%s: note after as_of" % nm)
            days.append(t.date())
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: signed time" % nm)
            if not n["sections"]:
                errs.append("%s: note without sections" % nm)
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"]:
                    errs.append("%s: section" % nm)
                for sent in split_sentences(sec["text"]):
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (nm, n["id"], sec["keyword"]):
                            errs.append("%s: sentence also in %s: %r" % (nm, sentences[sent][0], sent))
                        sentences.setdefault(sent, (nm, n["id"], sec["keyword"]))
        for d in days:
            a = age_on(birth, d)
            if 13 <= a <= 15:
                errs.append("%s: patient aged %d" % (nm, a))
            if a < 0:
                errs.append("%s: note before birth" % nm)
        seen = set()
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
        for lst in ("must", "must_not"):
            for code, nid in c[lst]:
                if code not in CODES:
                    errs.append("%s: code %s" % (nm, code))
                if nid not in ids:
                    errs.append("%s: target %s missing" % (nm, nid))
                    continue
                if (code, nid) in seen:
                    errs.append("%s: %s on %s asserted twice" % (nm, code, nid))
                seen.add((code, nid))
                if code == "NL102" and lst == "must" and systems[nid] != "Melior":
                    errs.append("%s: NL102 must on a non-Melior note (PMO is always must_not)" % nm)
                if code == "NL101" and systems[nid] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
    # sentences repeated inside the same section are also not allowed
    for c in cases:
        for n in c["record"]["notes"]:
            for sec in n["sections"]:
                ss = [s for s in split_sentences(sec["text"]) if len(s) >= 25]
                if len(ss) != len(set(ss)):
                    errs.append("%s: repeated sentence inside a section" % c["case"])
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    print("rulesets:", rs)
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
