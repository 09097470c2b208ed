#!/usr/bin/env python3
"""Independent test set s28v: vascular surgery, diabetic foot team, wound clinic.

Holds all cases as data, validates them and writes cases.jsonl next to this file.
Standard library only, deterministic. Exit status 1 on any problem.
Codes asserted: NL101 (uncommunicated-diagnosis-visible), NL102 (hypothesis-in-visible-note).
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev170_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne (Melior in hospitals, PMO in primary care)
    "SK_KARL_MMO": ("Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4512"),
    "SK_KARL_AVD": ("Kärlkirurgisk vårdavdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-4530"),
    "SK_DIABFOT": ("Diabetesfotmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6208"),
    "SK_SAR_HBG": ("Sårmottagningen, Helsingborgs lasarett", "SE2321000255-8841"),
    "SK_MED_KRI": ("Medicinmottagningen, diabetesteamet, Centralsjukhuset Kristianstad", "SE2321000255-3377"),
    "SK_ORT_LUND": ("Ortopedkliniken, Skånes universitetssjukhus Lund", "SE2321000255-6120"),
    "SK_AKUT_YSTAD": ("Akutmottagningen, Lasarettet Ystad", "SE2321000255-9154"),
    "SK_INF_MMO": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4790"),
    "SK_KIR_TBG": ("Kirurgmottagningen, Lasarettet Trelleborg", "SE2321000255-9402"),
    "SK_BARNKIR": ("Barnkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6655"),
    "SK_VC_HUSENSJO": ("Vårdcentralen Husensjö, Helsingborg", "SE2321000255-1834"),
    "SK_VC_OSTERLEN": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-1467"),
    "SK_VC_SORGENFRI": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-1290"),
    "SK_DSK_HOOR": ("Distriktssköterskemottagningen Höör", "SE2321000255-1718"),
    "SK_HSV_ESLOV": ("Hemsjukvården Eslöv", "SE2321000255-1952"),
    # Västra Götalandsregionen (Melior)
    "VG_KARL_SU": ("Kärlkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011425"),
    "VG_KARL_AVD": ("Avdelning 135 kärlkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011433"),
    "VG_SAR_SU": ("Sårcentrum, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012870"),
    "VG_DIABFOT_NU": ("Diabetesfotmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000020114"),
    "VG_KARL_SAS": ("Kirurgmottagningen, kärlsektionen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000030562"),
    "VG_MED_SKAS": ("Diabetesmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000040271"),
    "VG_ORTTEKN": ("Ortopedteknik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013309"),
    "VG_SAR_KUNG": ("Sårmottagningen, Kungälvs sjukhus", "SE2321000131-E000000050816"),
    "VG_INF_OSTRA": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000014458"),
    "VG_BARNKIR": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000015566"),
    "VG_AKUT_ALI": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000060337"),
}

DRAFT = "DRAFT"


def N(nid, system, template, unit, author, time, sections, signed="auto", setting="öppenvård"):
    """One note. time 'YYYY-MM-DD HH:MM'; signed 'auto' (+35 min), None/DRAFT or a time."""
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed == "auto":
        s = (t + _dt.timedelta(minutes=35)).isoformat()
    elif signed is None or signed == DRAFT:
        s = None
    else:
        s = _dt.datetime.strptime(signed, "%Y-%m-%d %H:%M").isoformat()
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    b = birth.replace("-", "")
    return "%s-%s%d" % (b, serial, luhn_digit(b[2:] + serial))


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
        d = last.date() + _dt.timedelta(days=6)
        if d.year != 2024:
            d = _dt.date(2024, 12, 31)
        as_of = d.isoformat() + "T00:00:00"
    rec = {
        "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
        "as_of": as_of,
        "notes": notes,
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": rec,
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"

# ====================================================================== part 1
C("s28v_sk_misstankt_kritisk_ischemi", "skane", "1945-11-03", "413",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Johan Berglund", "läkare"), "2024-02-14 10:20", [
      ("Anamnes", "78-årig man med DM typ 2 och tidigare PCI. Söker pga sår på vä stortå sedan 5 v samt "
                  "vilovärk nattetid, sover med benet hängande över sängkanten."),
      ("Status", "Vä fot sval, kapillär återfyllnad >5 s. Fotpulsar ej palpabla vä, svag a. poplitea. "
                 "Torrt sår 1x1 cm dorsalt dig I vä. ABI vä 0,45, tåtryck 22 mmHg."),
      ("Bedömning", "Misstänkt kritisk extremitetsischemi vä ben. Planeras för DT-angiografi inom en vecka, "
                    "därefter ställningstagande till revaskularisering."),
  ])],
  [("NL102", "n1")], [],
  "Skåne Melior ordinary note: 'Misstänkt kritisk extremitetsischemi' in Bedömning is a visible hypothesis")

C("s28v_vg_trolig_osteomyelit_dig2", "vgr", "1999-07-21", "562",
  [N("n1", M, "Mottagningsanteckning", "VG_DIABFOT_NU", ("Sara Lindgren", "läkare"), "2024-03-05 13:10", [
      ("Aktuellt", "Typ 1-diabetiker sedan barndomen med uttalad neuropati. Remitterad från podiatern för djupt "
                   "sår under dig II hö fot."),
      ("Status", "Ulcus 8 mm plantart under dig II hö, sondering ner till ben (probe-to-bone pos). Korvtå, "
                 "lätt rodnad. Afebril."),
      ("Bedömning", "Trolig osteomyelit i mellanfalangen dig II hö. CRP 38, SR 54."),
      ("Planering", "Slätröntgen fot hö och benbiopsi för odling. Avlastning med totalkontaktgips diskuteras "
                    "med ortopedingenjör."),
  ])],
  [("NL102", "n1")], [],
  "VGR visible Bedömning: 'Trolig osteomyelit' is an uncertain diagnosis of the patient")

C("s28v_sk_tidiga_hyp_mall_melanom", "skane", "1952-04-17", "226",
  [N("n1", M, "Tidiga hypoteser", "SK_DIABFOT", ("Helena Åkesson", "läkare"), "2024-03-19 11:45", [
      ("Bedömning", "Pigmenterad förändring under nagelbädden dig I vä med pigment ut i nagelvallen "
                    "(Hutchinsons tecken). Misstänkt subungualt malignt melanom, ej diskuterat med pat. "
                    "Remiss hudkliniken för excisionsbiopsi."),
  ])],
  [], [("NL102", "n1")],
  "Skåne: the hedged diagnosis stands only in a note whose template is Tidiga hypoteser, which is filtered")

C("s28v_pmo_vc_misstankt_fotinfektion", "skane", "1949-09-28", "348",
  [N("n1", P, "Besöksanteckning", "SK_VC_HUSENSJO", ("Lena Persson", "sjuksköterska"), "2024-01-22 09:05", [
      ("Aktuellt", "Pat kommer med dottern, svullen och röd hö fot sedan tre dagar. Diabetes sedan 15 år, "
                   "sköter själv sina insulinsprutor."),
      ("Bedömning", "Misstänkt infekterat diabetesfotsår hö häl, tas upp med dr Lindqvist samma förmiddag."),
  ])],
  [], [("NL102", "n1")],
  "PMO never shows diagnoses: a hedged diagnosis in a vårdcentral PMO note is must_not NL102")

C("s28v_vg_ingen_misstanke_osteomyelit", "vgr", "1957-12-09", "415",
  [N("n1", M, "Mottagningsanteckning", "VG_SAR_KUNG", ("Per Wikström", "läkare"), "2024-04-08 14:30", [
      ("Bedömning", "Ytligt neuropatiskt sår under MTP I vä, god granulation. Sond når ej ben. "
                    "Ingen misstanke om osteomyelit, slätröntgen utan destruktion."),
  ])],
  [], [("NL102", "n1")],
  "negated mention 'Ingen misstanke om osteomyelit' must not count as a hypothesis")

C("s28v_sk_dd_charcot_vs_osteomyelit", "skane", "1961-06-30", "371",
  [N("n1", M, "Mottagningsanteckning", "SK_DIABFOT", ("Oskar Håkansson", "läkare"), "2024-05-13 08:50", [
      ("Status", "Vä fot varm, temperaturdiff 3,1 grader mot hö. Svullnad över mellanfoten, inget sår, "
                 "intakt hud."),
      ("Bedömning", "DD akut Charcotfot vs osteomyelit i Lisfrancleden. MR beställd, avlastning i walker "
                    "tills vidare."),
  ], signed=DRAFT)],
  [("NL102", "n1")], [],
  "'DD' listing two candidate diagnoses in a visible section of an unsigned Melior draft")

C("s28v_vg_far_rupturerat_aaa", "vgr", "1959-02-11", "673",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SU", ("Anders Fransson", "läkare"), "2024-02-26 15:15", [
      ("Anamnes", "65-årig man kallad via screeningprogrammet. Far avled 71 år gammal i misstänkt rupturerat "
                  "bukaortaaneurysm, obducerades aldrig. Bror opererad för aneurysm 2019."),
      ("Status", "Bukpalpation utan pulserande resistens. BT 148/86."),
      ("Bedömning", "Ultraljud visar normalvid bukaorta, 19 mm. Ingen ytterligare kontroll behövs."),
  ])],
  [], [("NL102", "n1")],
  "the only hedged diagnosis is the father's ('misstänkt rupturerat bukaortaaneurysm'), a relative's disease")

C("s28v_sk_plan_hedges_only", "skane", "1950-08-19", "292",
  [N("n1", M, "Daganteckning", "SK_KARL_AVD", ("Maria Sjöstedt", "läkare"), "2024-03-27 11:05", [
      ("Aktuellt", "Dag 3 efter femoropopliteal bypass ovan knä hö. Mobiliserad med rollator, smärtlindrad "
                   "på peroral behandling."),
      ("Bedömning", "Välfungerande graft, palpabel puls i a. dorsalis pedis hö. Sårläkning u.a."),
      ("Planering", "Trolig utskrivning i morgon förmiddag. Ev. remiss till hemsjukvården för suturtagning, "
                    "eventuellt duplex om 6 veckor."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "hedges only on plans (utskrivning, remiss, duplex), none on a diagnosis")

C("s28v_vg_kan_ej_uteslutas_graftinfektion", "vgr", "1947-10-05", "154",
  [N("n1", M, "Daganteckning", "VG_KARL_AVD", ("Emma Carlsson", "läkare"), "2024-06-03 09:40", [
      ("Aktuellt", "Feber 38,9 sedan i går, 3 mån efter aortobifemoral bypass. Serös sekretion ur "
                   "ljumsksåret vä."),
      ("Bedömning", "Graftinfektion kan ej uteslutas. DT-angio samt PET-DT planeras, blododlingar x2 tagna."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'kan ej uteslutas' after a diagnosis is a hedge in a visible VGR section")

C("s28v_sk_dt_aaa_konstaterat", "skane", "1944-01-25", "333",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Karin Nyström", "läkare"), "2024-02-20 13:30", [
      ("Utredning", "DT-aorta 2024-02-12: infrarenalt bukaortaaneurysm med max diameter 5,8 cm, "
                    "inget tecken till läckage."),
      ("Bedömning", "Bukaortaaneurysm med operationsindikation. Lämplig för EVAR enligt anatomin. "
                    "Pat har fått skriftlig och muntlig information om båda alternativen."),
  ])],
  [], [("NL102", "n1")],
  "confirmed diagnosis on CT with a negated finding only; nothing hedged")

C("s28v_vg_tidiga_hypoteser_sokord_scc", "vgr", "1938-05-14", "207",
  [N("n1", M, "Mottagningsanteckning", "VG_SAR_SU", ("Ingrid Ek", "läkare"), "2024-04-16 10:00", [
      ("Aktuellt", "Långvarigt bensår lateralt hö underben sedan två år, progress trots kompression."),
      ("Status", "Ulcus 4x3 cm med upphöjd, vallartad kant och lättblödande granulation."),
      ("Tidiga hypoteser", "Misstänkt malign omvandling i såret, skivepitelcancer? Stansbiopsier x3 tagna från "
                           "kanten."),
      ("Planering", "Åter om 2 veckor för biopsisvar. Fortsatt kompressionsbehandling oförändrad."),
  ])],
  [], [("NL102", "n1")],
  "VGR: the hedged diagnosis sits only under the sökord Tidiga hypoteser; visible sections hold none")

C("s28v_pmo_hemsjukvard_trolig_erysipelas", "skane", "1936-03-08", "184",
  [N("n1", P, "Hembesök", "SK_HSV_ESLOV", ("Annika Holm", "sjuksköterska"), "2024-07-09 16:20", [
      ("Aktuellt", "Hembesök för omläggning av bensår. Pat har haft frossa under natten."),
      ("Status", "Temp 38,6. Rodnad som sprider sig från såret upp mot knät, skarpt avgränsad och varm."),
      ("Bedömning", "Trolig erysipelas. Ringer jourhavande läkare på vårdcentralen."),
  ])],
  [], [("NL102", "n1")],
  "hemsjukvård documents in PMO, where diagnoses are never shown: must_not NL102")

C("s28v_sk_typo_missankt_gasgangran", "skane", "1955-09-12", "457",
  [N("n1", M, "Akutanteckning", "SK_AKUT_YSTAD", ("Fredrik Olsson", "läkare"), "2024-08-17 02:35", [
      ("Anamnes", "DM2, hemodialys tre dagar i veckan. Sår hö fot sedan 2 v, i kväll snabbt tilltagande "
                  "smärta och blåsvart missfärgning."),
      ("Status", "Krepitationer vid palpation av fotryggen, sötaktig lukt. Temp 39,4, BT 92/55."),
      ("Bedömning", "Missänkt gasgangrän hö fot. Kontaktat ortoped- och kärljour, akut DT och bredspektrum "
                    "antibiotika insatt."),
  ])],
  [("NL102", "n1")], [],
  "typo in the hedge ('Missänkt') before gasgangrän in a visible emergency note")

C("s28v_vg_dvt_uteslutes", "vgr", "1981-04-02", "786",
  [N("n1", M, "Akutanteckning", "VG_AKUT_ALI", ("Jonas Lund", "läkare"), "2024-05-22 18:45", [
      ("Anamnes", "Svullnad vä vad sedan 4 dagar efter långflygning. Ingen bröstsmärta, ingen dyspné."),
      ("Utredning", "D-dimer 0,9. Ultraljud vä ben: komprimerbara vener från ljumske till vad, DVT uteslutes. "
                    "Partiell ruptur i mediala gastrocnemiushuvudet med litet hematom."),
      ("Bedömning", "Muskelbristning i vaden (tennis leg). Kylning, kompression och avlastning."),
  ])],
  [], [("NL102", "n1")],
  "DVT ruled out ('uteslutes'); the remaining diagnosis is confirmed on ultrasound")

C("s28v_sk_misstanke_hit_avskrivs", "skane", "1946-12-01", "519",
  [N("n1", M, "Daganteckning", "SK_KARL_AVD", ("Niklas Bengtsson", "läkare"), "2024-09-10 10:15", [
      ("Aktuellt", "Trombocyter har sjunkit från 240 till 130 dag 6 efter trombendarterektomi i ljumsken, "
                   "pågående Fragmin."),
      ("Utredning", "PF4-antikroppar negativa, 4T-score 2."),
      ("Bedömning", "Misstanken om heparininducerad trombocytopeni avskrivs. Trombocytfallet förklaras av "
                    "postoperativ konsumtion och blodförlust, Fragmin fortsätter."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "suspicion explicitly dropped ('avskrivs') after negative antibodies")

# ====================================================================== part 2
C("s28v_vg_misstankt_charcot_fotterapeut", "vgr", "1963-03-19", "224",
  [N("n1", M, "Fotterapeutanteckning", "VG_DIABFOT_NU", ("Malin Strand", "fotterapeut"), "2024-02-07 09:30", [
      ("Fotstatus", "Varm, svullen vä mellanfot utan smärta pga uttalad neuropati. Monofilament 0/3 bilat."),
      ("Bedömning", "Misstänkt akut Charcotfot vä, kontaktar diabetolog för MR."),
      ("Åtgärd", "Avlastande walker utprovad, pat instruerad att inte gå en enda bit utan den."),
  ])],
  [("NL102", "n1")], [],
  "a podiatrist's visible 'Misstänkt akut Charcotfot' is still a hedged diagnosis of the patient")

C("s28v_pmo_vc_dd_venos_lymfodem", "skane", "1951-07-07", "642",
  [N("n1", P, "Besöksanteckning", "SK_VC_OSTERLEN", ("Gustav Mattsson", "läkare"), "2024-06-18 14:10", [
      ("Anamnes", "Svullna underben bilat sedan flera år, värre sommartid. Fotledsfraktur hö 1998."),
      ("Status", "Pittingödem till mitten av underbenen, hyperpigmentering över malleolerna, Stemmers "
                 "tecken positivt hö."),
      ("Bedömning", "DD venös insufficiens/sekundärt lymfödem. Remiss till sårmottagningen för "
                    "kompressionsutprovning."),
  ])],
  [], [("NL102", "n1")],
  "a differential diagnosis in a PMO primary-care note is never shown: must_not NL102")

C("s28v_vg_inger_misstanke_pseudoaneurysm", "vgr", "1954-10-23", "318",
  [N("n1", M, "Konsultationsanteckning", "VG_KARL_AVD", ("Erik Holmberg", "läkare"), "2024-04-24 16:05", [
      ("Aktuellt", "Konsult från kardiologen: pulserande resistens ca 3 cm i hö ljumske efter "
                   "koronarangiografi i morse, blåsljud vid auskultation."),
      ("Bedömning", "Fynden inger misstanke om pseudoaneurysm i a. femoralis communis hö efter punktionen. "
                    "Duplex beställd akut, manuell kompression tills vidare."),
  ], signed=DRAFT, setting="slutenvård")],
  [("NL102", "n1")], [],
  "'inger misstanke om pseudoaneurysm' in a visible consult note (unsigned draft)")

C("s28v_sk_inga_tecken_infektion_suturtagning", "skane", "1958-01-30", "276",
  [N("n1", M, "Sjuksköterskeanteckning", "SK_KARL_MMO", ("Eva Lindholm", "sjuksköterska"), "2024-04-29 10:40", [
      ("Sårbedömning", "Suturtagning ljumsksår vä 14 dagar postop. Läkt utan sekretion, inga tecken på infektion."),
      ("Åtgärd", "Alla agraffer borttagna, steristrips på. Återbesök hos kärlkirurg i juni enligt plan."),
  ])],
  [], [("NL102", "n1")],
  "'inga tecken på infektion' is a negated mention, no hypothesis")

C("s28v_sk_sannolik_kolesterolemboli_epikris", "skane", "1943-06-15", "391",
  [N("n1", M, "Epikris", "SK_KARL_AVD", ("Karin Nyström", "läkare"), "2024-03-08 12:00", [
      ("Epikris", "Inlagd för planerad angiografi med ballongvidgning av AFS vä. Dag 2 tillkom smärtsamma "
                  "blålila tår bilat trots palpabla fotpulsar, samt eosinofili 1,2."),
      ("Diagnos", "Sannolik kolesterolembolisering (blue toe syndrome) efter intervention."),
      ("Planering", "Statin i hög dos och smärtlindring. Återbesök kärlmottagningen om 4 veckor."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Sannolik' diagnosis under the sökord Diagnos of a visible Skåne discharge summary")

C("s28v_vg_bror_trolig_aortadissektion", "vgr", "1956-11-26", "457",
  [N("n1", M, "Telefonanteckning", "VG_KARL_SAS", ("Therese Axelsson", "sjuksköterska"), "2024-05-02 11:25", [
      ("Telefonkontakt", "Pat ringer och berättar att brodern nyligen fått beskedet trolig aortadissektion "
                         "och ligger inne på Sahlgrenska. Undrar om han själv behöver kontrolleras tätare."),
      ("Åtgärd", "Pat har känt bukaortaaneurysm 4,1 cm med årlig kontroll. Informerat om att nästa "
                 "ultraljud redan är bokat i maj, meddelar dr Svensson om frågan."),
  ])],
  [], [("NL102", "n1")],
  "the hedged diagnosis belongs to the brother; the patient's own aneurysm is confirmed")

C("s28v_sk_hedge_pa_fynd_sarbedomning", "skane", "1940-02-18", "608",
  [N("n1", M, "Omvårdnadsanteckning", "SK_SAR_HBG", ("Birgitta Jönsson", "sjuksköterska"), "2024-07-15 13:20", [
      ("Sårbedömning", "Venöst bensår medialt vä underben, 3,5 x 2 cm, minskat sedan förra veckan. "
                       "Möjligen lätt ökad sekretion, ev. något mer rodnad i sårkanten än sist."),
      ("Åtgärd", "Rengöring med koksalt, Aquacel Ag och tvåkomponentsbinda."),
  ])],
  [], [("NL102", "n1")],
  "hedges are on findings (sekretion, rodnad), not on a diagnosis; the ulcer itself is confirmed")

C("s28v_vg_kan_rora_sig_om_kompartment", "vgr", "1967-08-04", "731",
  [N("n1", M, "Jouranteckning", "VG_KARL_AVD", ("Ali Rahimi", "läkare"), "2024-06-12 23:50", [
      ("Aktuellt", "6 h efter embolektomi av a. poplitea hö tilltagande smärta i vaden, ökar vid passiv "
                   "dorsalflexion av tårna."),
      ("Status", "Spänd, öm främre och laterala loge. Pulsar palpabla distalt."),
      ("Bedömning", "Kan röra sig om reperfusionsutlöst kompartmentsyndrom. Tryckmätning i logerna, "
                    "förbereder för fasciotomi."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Kan röra sig om' + diagnosis in a visible on-call note")

C("s28v_sk_om_feber_sok_akut", "skane", "1972-12-12", "863",
  [N("n1", M, "Telefonanteckning", "SK_KIR_TBG", ("Linnea Ström", "sjuksköterska"), "2024-10-03 08:55", [
      ("Telefonkontakt", "Pat opererad med stripping av vena saphena magna vä för 5 dagar sedan. "
                         "Blåmärken längs låret men ingen feber."),
      ("Råd", "Om feber, ökande rodnad eller värme i benet ska pat söka akutmottagningen. "
              "Kompressionsstrumpan bärs dygnet runt första veckan."),
  ])],
  [], [("NL102", "n1")],
  "only a conditional instruction ('Om feber ... sök'), no hedged diagnosis")

C("s28v_vg_bild_som_vid_pyoderma", "vgr", "1979-01-16", "642",
  [N("n1", M, "Mottagningsanteckning", "VG_SAR_SU", ("Ingrid Ek", "läkare"), "2024-02-29 09:15", [
      ("Status", "Snabbt växande sår på hö underben med violett, underminerad kant, uppstod efter en liten "
                 "stöt. Pat har Crohns sjukdom sedan tonåren."),
      ("Bedömning", "Klinisk bild som vid pyoderma gangraenosum. Ingen revision pga risk för patergi, "
                    "akut remiss till hudkliniken."),
  ])],
  [("NL102", "n1")], [],
  "'bild som vid' + diagnosis is a hedge; Crohn is confirmed background")

C("s28v_sk_osteomyelit_verifierad_biopsi", "skane", "1962-05-05", "152",
  [N("n1", M, "Mottagningsanteckning", "SK_INF_MMO", ("Lars Wallin", "läkare"), "2024-05-27 14:45", [
      ("Aktuellt", "Uppföljning efter benbiopsi MT V hö, odling växer Staphylococcus aureus."),
      ("Bedömning", "Osteomyelit i metatarsale V hö, verifierad med biopsi och odling. Fortsätter "
                    "Heracillin peroralt, totalt 6 veckor."),
  ])],
  [], [("NL102", "n1")],
  "osteomyelitis verified by biopsy and culture: a confirmed diagnosis, no hedge")

C("s28v_vg_fragetecken_osteomyelit", "vgr", "1948-09-09", "276",
  [N("n1", M, "Mottagningsanteckning", "VG_MED_SKAS", ("Johanna Berg", "läkare"), "2024-09-19 10:30", [
      ("Bedömning", "Djupt sår över MTP I vä sedan 3 mån. Osteomyelit? SR 70."),
      ("Planering", "MR vä fot, kontakt med ortopeden när svaret kommit."),
  ])],
  [("NL102", "n1")], [],
  "a bare question mark after the diagnosis ('Osteomyelit?') is a hedge")

C("s28v_sk_normala_tatryck_talar_emot", "skane", "1966-04-27", "931",
  [N("n1", M, "Mottagningsanteckning", "SK_DIABFOT", ("Oskar Håkansson", "läkare"), "2024-08-26 11:10", [
      ("Status", "Palpabla fotpulsar bilat, tåtryck hö 84 mmHg och vä 79 mmHg. Kraftig hyperkeratos under "
                 "hälen vä."),
      ("Bedömning", "Neuropatiskt hälsår vä. Normala tåtryck talar emot perifer ischemi som orsak."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot perifer ischemi' argues against a diagnosis; the ulcer is confirmed")

C("s28v_sk_th_mall_sedan_vanlig_anteckning", "skane", "1953-03-03", "487",
  [N("n1", M, "Tidiga hypoteser", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-04-04 10:10", [
      ("Bedömning", "Misstänkt systemisk vaskulit (polyarteritis nodosa) som orsak till de multipla såren, "
                    "kräver reumatologbedömning innan det tas upp med pat."),
  ]),
   N("n2", M, "Läkaranteckning", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-04-04 10:25", [
      ("Status", "Multipla små smärtsamma sår på båda underbenen, livedo racemosa på låren."),
      ("Bedömning", "Trolig vaskulit, remiss reumatologen. Prednisolon avvaktas."),
  ])],
  [("NL102", "n2")], [("NL102", "n1")],
  "same hypothesis: protected in the Tidiga hypoteser note, but made visible again in the ordinary note")

C("s28v_vg_typo_trolgi_venos_insufficiens", "vgr", "1970-06-22", "585",
  [N("n1", M, "Omvårdnadsanteckning", "VG_SAR_KUNG", ("Camilla Dahl", "sjuksköterska"), "2024-03-21 15:00", [
      ("Aktuellt", "Nytt sår ovan mediala malleolen hö, pat har synliga varicer och tyngdkänsla på kvällarna."),
      ("Bedömning", "Trolgi venös insufficiens som orsak, ABI 1,05 hö. Ultraljud vener beställt."),
  ])],
  [("NL102", "n1")], [],
  "typo in the hedge ('Trolgi') before venös insufficiens in a visible nurse note")

# ====================================================================== part 3 (NL101)
C("s28v_sk_ej_informerad_aaa_7cm", "skane", "1941-10-10", "338",
  [N("n1", M, "Mottagningsanteckning", "SK_KARL_MMO", ("Johan Berglund", "läkare"), "2024-04-03 15:40", [
      ("Utredning", "DT-angio 2024-04-02 visar infrarenalt bukaortaaneurysm 7,1 cm med muraltromb."),
      ("Bedömning", "Stort aneurysm med hög rupturrisk, bör opereras snarast."),
      ("Planering", "Pat ej informerad om DT-svaret ännu. Besked ges vid akut återbesök på torsdag "
                    "tillsammans med dottern."),
  ], signed=DRAFT)],
  [("NL101", "n1")], [],
  "confirmed aneurysm in visible sections while the note says the patient is not yet informed")

C("s28v_vg_informerad_aaa_val_av_metod", "vgr", "1950-03-29", "153",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SU", ("Anders Fransson", "läkare"), "2024-03-14 13:20", [
      ("Bedömning", "Bukaortaaneurysm 5,6 cm, tillväxt 6 mm på ett år. Operationsindikation föreligger."),
      ("Information", "Pat informerad om fyndet, rupturrisken och valet mellan öppen operation och EVAR. "
                      "Vill fundera och återkommer per telefon."),
  ])],
  [], [("NL101", "n1")],
  "the patient was told today about the diagnosis")

C("s28v_sk_th_mall_scc_ej_informerad", "skane", "1937-08-08", "624",
  [N("n1", M, "Tidiga hypoteser", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-05-08 11:00", [
      ("Bedömning", "PAD från kanten av det venösa bensåret visar högt differentierad skivepitelcancer. "
                    "Pat är inte informerad, besked ges av plastikkirurg vid bokat besök."),
  ])],
  [], [("NL101", "n1")],
  "the untold diagnosis is kept only in the Skåne Tidiga hypoteser template, which the patient cannot see")

C("s28v_vg_ej_informerad_vat_gangran", "vgr", "1939-12-19", "271",
  [N("n1", M, "Ronddokumentation", "VG_KARL_AVD", ("Emma Carlsson", "läkare"), "2024-07-01 10:30", [
      ("Bedömning", "Progredierande våt gangrän fot vä trots revaskularisering, ocklusion av stenten i "
                    "a. tibialis anterior. Transtibial amputation bedöms nödvändig."),
      ("Planering", "Pat har ännu inte informerats om fynden, samtal med pat och maka bokat kl 15 med "
                    "ansvarig överläkare."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "VGR visible ward note: gangrene and stent occlusion documented, patient not yet informed")

C("s28v_sk_op_datum_ej_meddelat", "skane", "1949-05-21", "815",
  [N("n1", M, "Telefonanteckning", "SK_KARL_MMO", ("Eva Lindholm", "sjuksköterska"), "2024-06-11 09:20", [
      ("Telefonkontakt", "Pat med känd symtomgivande karotisstenos 80 % hö väntar på karotis-TEA. "
                         "Operationsdatum är inte meddelat pat ännu, koordinator ringer när tid finns."),
  ])],
  [], [("NL101", "n1")],
  "what is not yet told is an operation date, not a diagnosis (the stenosis is known to the patient)")

C("s28v_vg_remiss_ej_meddelad", "vgr", "1955-01-14", "493",
  [N("n1", M, "Sjuksköterskeanteckning", "VG_DIABFOT_NU", ("Malin Strand", "sjuksköterska"), "2024-02-21 14:00", [
      ("Bedömning", "Diabetesneuropati med hammartår bilat och tryckmärken dorsalt."),
      ("Åtgärd", "Remiss skickad till ortopedteknik för specialsko. Pat ej informerad om att remissen gått "
                 "iväg, meddelas vid nästa fotvårdsbesök."),
  ])],
  [], [("NL101", "n1")],
  "the untold item is that a referral was sent, not a diagnosis")

C("s28v_sk_pat_informerad_make_ej", "skane", "1938-09-02", "846",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Karin Nyström", "läkare"), "2024-09-04 11:30", [
      ("Bedömning", "Kritisk ischemi hö ben utan revaskulariseringsmöjlighet enligt angiografin, "
                    "palliativ inriktning."),
      ("Information", "Pat informerad i lugn och ro, förstår allvaret. Önskar att maken inte informeras "
                      "förrän sonen kommit hem från utlandet."),
  ])],
  [], [("NL101", "n1")],
  "the patient is told; only a relative (the husband) is not")

C("s28v_vg_typo_ej_informerd_mrsa", "vgr", "1944-04-11", "331",
  [N("n1", M, "Telefonanteckning", "VG_SAR_KUNG", ("Camilla Dahl", "sjuksköterska"), "2024-08-13 15:35", [
      ("Telefonkontakt", "MRSA-infektion i hälsåret enligt odlingssvar i dag. Sökt pat per telefon två "
                         "gånger utan svar, pat ej informerd om MRSA-fyndet."),
      ("Åtgärd", "Försöker igen i morgon förmiddag. Smittskyddsläkare underrättad enligt rutin."),
  ])],
  [("NL101", "n1")], [],
  "typo ('ej informerd'): MRSA infection documented visibly while the patient is not yet informed")

C("s28v_sk_diagnos_utan_information_namnd", "skane", "1960-10-30", "569",
  [N("n1", M, "Mottagningsanteckning", "SK_DIABFOT", ("Helena Åkesson", "läkare"), "2024-10-21 09:45", [
      ("Diagnos", "Diabetesfotsår Wagner grad 2 plantart MTP II vä. Perifer sensorisk neuropati."),
      ("Åtgärd", "Sårrevision med skalpell, avlastande filtsula. Åter om en vecka till fotterapeut."),
  ])],
  [], [("NL101", "n1")],
  "confirmed diagnosis with nothing said about telling the patient")

C("s28v_vg_bypassocklusion_sedan_informerad", "vgr", "1946-07-17", "418",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SAS", ("Daniel Ekström", "läkare"), "2024-05-06 16:10", [
      ("Utredning", "Duplex: ocklusion av femoropopliteala venbypassen hö, distala anastomosen utan flöde."),
      ("Planering", "Pat ej informerad om svaret, tas upp vid besöket 8/5 då angiografi också planeras."),
  ]),
   N("n2", M, "Mottagningsanteckning", "VG_KARL_SAS", ("Daniel Ekström", "läkare"), "2024-05-08 10:00", [
      ("Aktuellt", "Besök för genomgång av duplexsvaret, maken med."),
      ("Information", "Informerat pat om att bypassgraftet har ockluderat och att vi planerar angiografi med "
                      "trombolys. Pat tog beskedet lugnt och har inga frågor just nu."),
  ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "the first note withholds the graft occlusion (NL101), the later note tells the patient (no NL101)")

C("s28v_sk_epikris_njurcancer_bifynd", "skane", "1948-02-06", "235",
  [N("n1", M, "Epikris", "SK_KARL_AVD", ("Niklas Bengtsson", "läkare"), "2024-06-07 13:15", [
      ("Epikris", "Inlagd för elektiv EVAR pga bukaortaaneurysm 5,9 cm, okomplicerat förlopp. På preop DT "
                  "sågs en 3 cm solid tumör i vä njure, biopsi i går visar klarcellig njurcellscancer."),
      ("Planering", "Pat har ännu inte fått besked om njurcancern, urologen tar över informationen vid "
                    "besök 14/6."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "a biopsy-proven incidental cancer stands in a visible discharge note and the patient is not yet told")

C("s28v_vg_rontgensvar_normalt_ej_meddelat", "vgr", "1952-11-11", "672",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SU", ("Anders Fransson", "läkare"), "2024-11-05 08:30", [
      ("Utredning", "Ultraljud karotider ett år efter TEA vä: ingen restenos, normalt flöde bilat."),
      ("Planering", "Svaret ej meddelat pat ännu, skickar brev under veckan. Ingen ny kontroll."),
  ])],
  [], [("NL101", "n1")],
  "the untold item is a normal result, not a diagnosis")

C("s28v_sk_ej_besked_fore_mdt", "skane", "1957-04-04", "753",
  [N("n1", M, "Läkaranteckning", "SK_DIABFOT", ("Oskar Håkansson", "läkare"), "2024-11-13 15:20", [
      ("Diagnos", "Diabetesfotsår Wagner 3 med osteomyelit i MT I-huvudet vä, verifierat med MR."),
      ("Planering", "Ska inte informeras om MR-fyndet förrän efter den multidisciplinära konferensen på "
                    "fredag, då amputationsfrågan avgörs."),
  ])],
  [("NL101", "n1")], [],
  "'ska inte informeras ... förrän' = must not be told yet, while the diagnosis stands visibly")

C("s28v_vg_kand_sedan_tidigare", "vgr", "1958-08-28", "184",
  [N("n1", M, "Mottagningsanteckning", "VG_MED_SKAS", ("Johanna Berg", "läkare"), "2024-01-30 10:50", [
      ("Aktuellt", "Pat känner sedan tidigare till sin perifera arteriella sjukdom och diabetesnefropati, "
                   "informerad av kärlkirurg i januari."),
      ("Bedömning", "Stabilt läge. HbA1c 58, fortsatt insulinpump med oförändrade inställningar."),
  ])],
  [], [("NL101", "n1")],
  "the patient was told earlier ('känner sedan tidigare till')")

C("s28v_sk_ssk_dr_informerar_i_morgon", "skane", "1935-12-24", "417",
  [N("n1", M, "Omvårdnadsanteckning", "SK_KARL_AVD", ("Sofia Nilsson", "sjuksköterska"), "2024-12-02 21:10", [
      ("Omvårdnad", "Dr Holm har vid ronden konstaterat torr gangren på dig I–II vä fot. Pat vet inte om det "
                    "än, dr informerar pat och sonen i morgon förmiddag."),
      ("Smärta", "VAS 4 vid kvällsrundan, Oxynorm 5 mg givet kl 21."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "nurse note (typo 'gangren') records a confirmed diagnosis and that the patient does not know yet")

# ====================================================================== part 4
C("s28v_vg_misstankt_restenos_stent", "vgr", "1953-05-09", "236",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SAS", ("Daniel Ekström", "läkare"), "2024-01-17 13:40", [
      ("Status", "ABI hö har sjunkit från 0,92 till 0,61 sedan december, claudicatio efter 100 m igen."),
      ("Bedömning", "Misstänkt restenos i stenten i a. femoralis superficialis hö. Duplex inom 2 veckor."),
  ])],
  [("NL102", "n1")], [],
  "'Misstänkt restenos' after stenting, visible in a VGR outpatient note")

C("s28v_sk_typo_ingen_missanke_gangran", "skane", "1942-07-31", "129",
  [N("n1", M, "Omvårdnadsanteckning", "SK_SAR_HBG", ("Birgitta Jönsson", "sjuksköterska"), "2024-02-12 10:05", [
      ("Sårbedömning", "Tåsåret dig III hö mörkare i botten men mjukt och med god kapillärfyllnad runt. "
                       "Ingen missanke om gangrän enligt dr Ek som tittade in."),
  ])],
  [], [("NL102", "n1")],
  "typo in a negation ('Ingen missanke om gangrän') still negates")

C("s28v_vg_vid_misstanke_om_infektion_ring", "vgr", "1951-10-14", "564",
  [N("n1", M, "Omvårdnadsanteckning", "VG_SAR_KUNG", ("Camilla Dahl", "sjuksköterska"), "2024-04-22 11:15", [
      ("Bedömning", "Venöst bensår vä, läker enligt plan, yta 6 cm²."),
      ("Åtgärd", "Omläggning 2 ggr/v av hemsjukvården med Mepilex Border och kortelastisk binda."),
      ("Information", "Vid misstanke om infektion i såret, t.ex. feber, ökad smärta eller illaluktande "
                      "sekret, ska pat ringa sårmottagningen direkt."),
  ])],
  [], [("NL102", "n1")],
  "'Vid misstanke om infektion' is a conditional instruction, not a hypothesis about the patient")

C("s28v_sk_misstankt_lackage_vac", "skane", "1964-09-17", "208",
  [N("n1", M, "Omvårdnadsanteckning", "SK_KARL_AVD", ("Sofia Nilsson", "sjuksköterska"), "2024-06-14 03:25", [
      ("Omvårdnad", "Misstänkt läckage i VAC-förbandet över fasciotomisåret, pumpen larmar upprepat. "
                    "Förbandet bytt, nu tätt med undertryck 125 mmHg."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "'Misstänkt' refers to a dressing leak, which is no diagnosis")

C("s28v_sk_susp_tia_amaurosis", "skane", "1950-12-05", "460",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Johan Berglund", "läkare"), "2024-10-14 11:55", [
      ("Anamnes", "Tre episoder med gardinliknande synbortfall vä öga senaste veckan, varje gång ca 5 min."),
      ("Utredning", "Duplex karotider: 70–80 % stenos i a. carotis interna vä."),
      ("Bedömning", "Susp. TIA med amaurosis fugax vä, symtomgivande karotisstenos. Anmäls till "
                    "karotiskonferensen, Trombyl och klopidogrel insatt."),
  ])],
  [("NL102", "n1")], [],
  "abbreviated hedge 'Susp.' before TIA in a visible note")

C("s28v_vg_talar_for_erysipelas_tel", "vgr", "1945-03-23", "713",
  [N("n1", M, "Telefonanteckning", "VG_SAR_SU", ("Hanna Öberg", "sjuksköterska"), "2024-07-23 08:40", [
      ("Telefonkontakt", "Pat skickar foto via 1177 och ringer sedan: rodnaden runt bensåret har på två dagar "
                         "spridit sig upp mot knät, frossa i natt."),
      ("Bedömning", "Beskrivningen talar för erysipelas. Bokad akuttid hos sårläkare i eftermiddag."),
  ])],
  [("NL102", "n1")], [],
  "'talar för erysipelas' in a visible VGR telephone note")

C("s28v_sk_tidigare_misstanke_avfardad", "skane", "1959-06-10", "376",
  [N("n1", M, "Mottagningsanteckning", "SK_DIABFOT", ("Helena Åkesson", "läkare"), "2024-03-11 14:25", [
      ("Anamnes", "Misstanke om osteomyelit i hö stortå 2022 avfärdades efter MR."),
      ("Aktuellt", "Nu ett nytt, ytligt trycksår på hälen vä efter nya skor."),
  ])],
  [], [("NL102", "n1")],
  "an old suspicion that was dismissed ('avfärdades') is no current hypothesis")

C("s28v_vg_mojlig_buerger", "vgr", "1990-02-02", "295",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SU", ("Erik Holmberg", "läkare"), "2024-08-05 09:20", [
      ("Anamnes", "34-årig man, röker 20 cig/dag sedan tonåren, även snus och cannabis. Smärtsamma sår på "
                  "fingertoppar och tår, tidigare ytlig tromboflebit i vä vad."),
      ("Status", "Svaga radialispulsar, positivt Allens test bilat. Inga palpabla fotpulsar."),
      ("Bedömning", "Möjlig thrombangiitis obliterans (Buergers sjukdom). Angiografi av händer och ben, "
                    "rökstopp helt avgörande."),
  ])],
  [("NL102", "n1")], [],
  "'Möjlig' + eponymous disease in a young smoker, visible section")

C("s28v_sk_arteriell_genes_osannolik", "skane", "1984-11-19", "521",
  [N("n1", M, "Läkaranteckning", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-09-23 15:05", [
      ("Bedömning", "Sår på vadens framsida efter trauma med hundkoppel för 3 v sedan. ABI 1,1 bilat och "
                    "palpabla fotpulsar, arteriell genes osannolik. Traumatiskt sår i läkningsfas."),
  ])],
  [], [("NL102", "n1")],
  "'osannolik' dismisses an arterial cause (like 'talar emot'); the traumatic wound is confirmed")

C("s28v_vg_ev_endolackage_typ2", "vgr", "1940-09-27", "150",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SU", ("Anders Fransson", "läkare"), "2024-10-09 14:10", [
      ("Utredning", "Kontroll-DT 12 mån efter EVAR: aneurysmsäcken har vuxit från 58 till 63 mm, inget "
                    "synligt kontrastläckage."),
      ("Bedömning", "Ev. endoläckage typ II från lumbalartärer, ej visualiserat. Ny DT med sen fas och "
                    "kontrastförstärkt ultraljud."),
  ])],
  [("NL102", "n1")], [],
  "'Ev.' before a diagnosis (endoläckage), not before a plan")

C("s28v_pmo_dsk_fragetecken_arteriell", "skane", "1947-01-09", "743",
  [N("n1", P, "Distriktssköterskeanteckning", "SK_DSK_HOOR", ("Åsa Mårtensson", "sjuksköterska"), "2024-11-26 10:35", [
      ("Aktuellt", "Omläggning av sår vä underben, pat har diabetes och nedsatt känsel i fötterna."),
      ("Bedömning", "? arteriell komponent, foten kall och blek vid elevation. Tas upp med dr på fredagens "
                    "konferens."),
  ])],
  [], [("NL102", "n1")],
  "a '?' hypothesis in a PMO district nurse note: PMO does not show diagnoses")

C("s28v_vg_barn_misstankt_impetigo", "vgr", "2016-05-30", "429",
  [N("n1", M, "Mottagningsanteckning", "VG_BARNKIR", ("Karl Sandberg", "läkare"), "2024-06-25 13:15", [
      ("Aktuellt", "8-årig pojke med brännskada på vä underarm efter kontakt med grillgaller för 10 dagar "
                   "sedan, kommer med mamma."),
      ("Status", "Delvis epitelialiserat, gulaktiga krustor i sårkanten. Afebril."),
      ("Bedömning", "Misstänkt impetigo i sårkanten. Odling tagen, Fucidin kräm, åter om 3 dagar."),
  ], signed=DRAFT)],
  [("NL102", "n1")], [],
  "child under 13 (guardian reads the journal): visible 'Misstänkt impetigo' is a hedged diagnosis")

C("s28v_sk_barn_venos_malformation", "skane", "2019-02-14", "664",
  [N("n1", M, "Mottagningsanteckning", "SK_BARNKIR", ("Elin Forsberg", "läkare"), "2024-04-18 09:00", [
      ("Aktuellt", "5-årig flicka med känd venös malformation på vä fot, nu sår efter att hon kliat sig."),
      ("Bedömning", "Venös malformation vä fot, verifierad med MR 2023. Ytligt sår över malformationen, "
                    "ingen infektion."),
      ("Planering", "Mamma instruerad i omläggning. Eventuellt skleroterapi i höst, diskuteras på "
                    "konferensen för vaskulära anomalier."),
  ])],
  [], [("NL102", "n1")],
  "child: confirmed malformation; 'Eventuellt' only on a treatment plan")

C("s28v_vg_kan_motsvara_aortaduodenal_fistel", "vgr", "1949-08-16", "512",
  [N("n1", M, "Jouranteckning", "VG_KARL_AVD", ("Ali Rahimi", "läkare"), "2024-11-18 01:55", [
      ("Aktuellt", "Melena och Hb-fall från 128 till 86, opererad med aortabifemoral graft 2017."),
      ("Utredning", "DT: gasbubblor kring proximala anastomosen, oskarp fettgräns mot duodenum."),
      ("Bedömning", "Fynden kan motsvara aortaduodenal fistel. Gastroskopi akut, bakjour informerad."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'kan motsvara' + diagnosis is a hedge, visible in a VGR on-call note")

C("s28v_sk_fotterapeut_trolig_fotsvamp", "skane", "1968-10-01", "392",
  [N("n1", M, "Fotterapeutanteckning", "SK_DIABFOT", ("Jenny Lindberg", "fotterapeut"), "2024-05-16 10:45", [
      ("Fotstatus", "Fjällning och fissurer mellan dig IV–V bilat, förtjockade gulaktiga naglar på båda "
                    "stortårna."),
      ("Bedömning", "Trolig fotsvamp interdigitalt och nagelsvamp. Rekommenderar Pevaryl, tar med till "
                    "diabetologen."),
      ("Åtgärd", "Nagelreduktion och klippning, kallusbehandling under MTP I bilat."),
  ])],
  [("NL102", "n1")], [],
  "a podiatrist's 'Trolig fotsvamp' is a hedged diagnosis in a visible Skåne note")

# ====================================================================== part 5
C("s28v_vg_typo_misstankr_nekrotiserande_fasciit", "vgr", "1960-03-13", "837",
  [N("n1", M, "Inskrivningsanteckning", "VG_INF_OSTRA", ("Sofie Lindqvist", "läkare"), "2024-01-08 19:20", [
      ("Aktuellt", "Diabetiker med fotsår hö sedan en månad, i dag snabbt tilltagande svullnad upp mot "
                   "knät och frossa."),
      ("Bedömning", "Misstänkr nekrotiserande fasciit utgående från fotsåret hö, smärta ur proportion mot "
                    "status och CK 4200. Akut operationsanmälan, Meronem och Clindamycin iv."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "typo in the hedge ('Misstänkr') before nekrotiserande fasciit, visible admission note")

C("s28v_sk_lang_inskrivning_bara_planhedge", "skane", "1942-03-22", "580",
  [N("n1", M, "Inskrivningsanteckning", "SK_KARL_AVD", ("Maria Sjöstedt", "läkare"), "2024-06-04 14:30", [
      ("Anamnes", "82-årig kvinna, änka, bor i lägenhet med hemtjänst x2/dag. Tidigare: förmaksflimmer på "
                  "Eliquis, hypertoni, TIA 2019, tablettbehandlad DM2 och hypotyreos."),
      ("Aktuellt", "Planerad inläggning för PTA av a. tibialis posterior vä pga icke-läkande sår lateralt om "
                   "vä malleol sedan i höstas. Angiografi 3/6 visade ocklusion av tibialis posterior och "
                   "höggradig stenos i tibialis anterior."),
      ("Status", "AT gott, orienterad x3. Cor: oregelbunden rytm, fq 78, inga blåsljud. Pulm: ua. "
                 "Buk: mjuk, oöm. Hö ben: palpabel dorsalis pedis. Vä ben: inga palpabla fotpulsar, "
                 "monofasisk dopplersignal i ATP. Sår 2x2 cm, fibrinbelagt, ingen rodnad."),
      ("Bedömning", "Kritisk ischemi vä underben med ischemiskt sår, planeras för endovaskulär behandling "
                    "i morgon. Eliquis utsatt sedan 48 h."),
      ("Planering", "Fasta från midnatt. Trolig hemgång fredag om punktionsstället är lugnt. Ev. behov av "
                    "korttidsplats, kurator kontaktad."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "long admission note: all diagnoses confirmed, hedges only on discharge and care plans")

C("s28v_vg_lang_inskrivning_sannolikt_poplitea", "vgr", "1953-01-28", "319",
  [N("n1", M, "Inskrivningsanteckning", "VG_KARL_AVD", ("Erik Holmberg", "läkare"), "2024-03-16 07:10", [
      ("Anamnes", "71-årig man, f.d. rökare, hypertoni och KOL. EVAR 2021 för bukaortaaneurysm."),
      ("Aktuellt", "Akut insjuknande i morse med kall, blek och smärtsam hö fot. Kan röra tårna men känseln "
                   "är nedsatt på fotryggen."),
      ("Status", "AT påverkat av smärta. BT 165/90, puls 88 regelbunden. Hö ben: marmorerad fot, kapillär "
                 "återfyllnad 6 s, inga pulsar nedom ljumsken. Vä knäveck: pulserande resistens ca 3 cm. "
                 "Motorik hö fot nedsatt."),
      ("Bedömning", "Akut ischemi hö ben, Rutherford IIa. Sannolikt tromboserat poplitealaneurysm hö med "
                    "tanke på det palpabla aneurysmet i andra knävecket."),
      ("Planering", "Heparin 5000 E iv. Akut DT-angio, därefter ställningstagande till trombolys eller öppen "
                    "kirurgi. Fastande."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "long multi-section admission note with a single 'Sannolikt' diagnosis buried in Bedömning")

C("s28v_sk_mojligt_hemgang_helgen", "skane", "1948-11-08", "745",
  [N("n1", M, "Daganteckning", "SK_KARL_AVD", ("Niklas Bengtsson", "läkare"), "2024-08-29 12:40", [
      ("Planering", "Möjligt att pat kan gå hem till helgen om amputationsstumpen fortsätter se fin ut."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "one-line note whose only hedge ('Möjligt att') concerns discharge")

C("s28v_vg_kan_inte_utesluta_mykotiskt", "vgr", "1952-06-03", "186",
  [N("n1", M, "Läkaranteckning", "VG_INF_OSTRA", ("Sofie Lindqvist", "läkare"), "2024-02-19 11:35", [
      ("Aktuellt", "Långdragen feber och positiva blododlingar med Salmonella Enteritidis. Känd uttalad "
                   "ateroskleros i aorta."),
      ("Utredning", "DT buk: sackulärt aneurysm 3,4 cm på suprarenala aorta, ej beskrivet vid DT 2022."),
      ("Bedömning", "Kan inte utesluta mykotiskt aneurysm. Kärlkonsult begärd, fortsatt iv antibiotika."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Kan inte utesluta' + diagnosis is a hedge in a visible section")

C("s28v_sk_typo_fragestallnig_vaskulit", "skane", "1975-05-25", "268",
  [N("n1", M, "Läkaranteckning", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-07-04 09:50", [
      ("Bedömning", "Multipla punched-out-sår på båda fotryggarna och palpabel purpura. Frågeställnig "
                    "vaskulit, biopsi tagen och ANCA skickat."),
  ])],
  [("NL102", "n1")], [],
  "typo ('Frågeställnig') in the question form before vaskulit, visible note")

C("s28v_vg_oklart_om_dvt_ung", "vgr", "2007-03-11", "826",
  [N("n1", M, "Akutanteckning", "VG_AKUT_ALI", ("Jonas Lund", "läkare"), "2024-09-14 20:15", [
      ("Anamnes", "17-årig fotbollsspelare, p-piller, svullen vä vad efter en veckas gips för stukning."),
      ("Utredning", "Ultraljudet tekniskt svårbedömt pga ödem, vena poplitea komprimerbar."),
      ("Bedömning", "Oklart om djup ventrombos föreligger i vadvenerna. Fragmin 1 dos, nytt ultraljud i morgon."),
  ])],
  [("NL102", "n1")], [],
  "'Oklart om' + diagnosis is uncertainty about a disease of the patient (aged 17)")

C("s28v_sk_ev_svagare_puls_fynd", "skane", "1956-02-27", "491",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Karin Nyström", "läkare"), "2024-05-20 10:00", [
      ("Aktuellt", "Känd perifer artärsjukdom med claudicatio vä vid 300 m, oförändrat sedan i fjol."),
      ("Status", "Ev. lite svagare puls i vä a. tibialis posterior jämfört med hö. ABI 0,78 vä."),
      ("Bedömning", "Stabil claudicatio intermittens vä. Gångträning och statin, nytt ABI om ett år."),
  ])],
  [], [("NL102", "n1")],
  "'Ev.' hedges a pulse finding, not a disease; the arterial disease is known")

C("s28v_vg_th_sokord_men_annan_hypotes_synlig", "vgr", "1988-12-06", "603",
  [N("n1", M, "Mottagningsanteckning", "VG_SAR_SU", ("Ingrid Ek", "läkare"), "2024-10-28 15:30", [
      ("Status", "Långsamt läkande sår på vä underarm, raka och vinklade sårkanter."),
      ("Tidiga hypoteser", "Misstänkt självtillfogade sår (dermatitis artefacta), samtal med psykiatrikonsult "
                           "innan det tas upp med pat."),
      ("Bedömning", "Eventuell kontaktallergi mot förbandsmaterialet, epikutantest bokas."),
  ], signed=DRAFT)],
  [("NL102", "n1")], [],
  "VGR: one hypothesis is protected under Tidiga hypoteser, but another ('Eventuell kontaktallergi') is visible")

C("s28v_sk_th_mall_flera_sokord", "skane", "1973-08-19", "547",
  [N("n1", M, "Tidiga hypoteser", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-11-07 16:00", [
      ("Anamnes", "Såret på hö underben har vid tre besök förändrats på ett sätt som inte stämmer med "
                  "förbandets läge."),
      ("Bedömning", "DD manipulerat sår/dermatitis artefacta. Trolig sekundärvinst kring sjukskrivningen, "
                    "ska diskuteras i teamet."),
  ])],
  [], [("NL102", "n1")],
  "Skåne Tidiga hypoteser template with several sökord: every section is protected")

C("s28v_vg_aortadissektion_uteslutet", "vgr", "1970-10-18", "358",
  [N("n1", M, "Akutanteckning", "VG_AKUT_ALI", ("Jonas Lund", "läkare"), "2024-03-02 04:30", [
      ("Utredning", "DT-aorta med kontrast: ingen dissektion, normalvid aorta i hela sin längd."),
      ("Bedömning", "Aortadissektion uteslutet. Bröstsmärtan är muskuloskeletal, ömmar vid palpation av "
                    "revbensbrosket."),
  ])],
  [], [("NL102", "n1")],
  "dissection ruled out ('uteslutet'); the remaining diagnosis is stated as fact")

C("s28v_sk_sannolikt_lakt_prognos", "skane", "1954-04-12", "166",
  [N("n1", M, "Omvårdnadsanteckning", "SK_SAR_HBG", ("Birgitta Jönsson", "sjuksköterska"), "2024-05-30 11:25", [
      ("Bedömning", "Venöst bensår hö, ytan har minskat med 40 % på fyra veckor. Såret kommer sannolikt att "
                    "vara läkt före semestern."),
  ])],
  [], [("NL102", "n1")],
  "'sannolikt' hedges the healing prognosis, not a diagnosis")

C("s28v_vg_diff_calcifylaxi_dialys", "vgr", "1963-07-29", "440",
  [N("n1", M, "Konsultationsanteckning", "VG_SAR_SU", ("Ingrid Ek", "läkare"), "2024-12-09 13:35", [
      ("Aktuellt", "Konsult från njurmedicin: dialyspatient med mycket smärtsamma svarta nekroser på låren."),
      ("Bedömning", "Differentialdiagnostiskt övervägs calcifylaxi. Stansbiopsi i kanten, fosfat och PTH "
                    "optimeras av njurläkarna."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Differentialdiagnostiskt övervägs' + diagnosis in a visible consult note")

C("s28v_sk_suspekt_marjolin", "skane", "1939-11-21", "283",
  [N("n1", M, "Mottagningsanteckning", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-01-25 14:15", [
      ("Status", "Bensår sedan 15 år på vä underben, nu en blomkålsliknande överväxt i ena sårkanten."),
      ("Bedömning", "Bilden är suspekt för skivepitelcancer i kroniskt sår (Marjolinulcus). Stansbiopsier "
                    "tagna."),
  ])],
  [("NL102", "n1")], [],
  "'suspekt för' + cancer in a visible wound-clinic note")

C("s28v_vg_graftinfektion_bekraftad", "vgr", "1944-10-07", "290",
  [N("n1", M, "Läkaranteckning", "VG_KARL_AVD", ("Emma Carlsson", "läkare"), "2024-06-20 11:00", [
      ("Utredning", "PET-DT visar kraftigt upptag kring vä skänkel av aortabifemorala graften, odling från "
                    "ljumsken växer Pseudomonas aeruginosa."),
      ("Bedömning", "Graftinfektion vä skänkel, bekräftad. Planeras för excision och extraanatomisk bypass."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "graft infection confirmed by PET-CT and culture: no hedge")

# ====================================================================== part 6
C("s28v_pmo_vc_misstankt_charcot", "skane", "1965-12-29", "919",
  [N("n1", P, "Besöksanteckning", "SK_VC_SORGENFRI", ("Ahmed Karimi", "läkare"), "2024-02-05 15:50", [
      ("Bedömning", "Varm, svullen fot hos neuropatisk diabetiker, misstänkt Charcot. Akut remiss till "
                    "diabetesfotteamet SUS, avlastning med kryckor tills vidare."),
  ])],
  [], [("NL102", "n1")],
  "PMO primary-care note: a suspected Charcot foot is not shown, must_not NL102")

C("s28v_vg_misstanke_om_njurartarstenos", "vgr", "1958-03-04", "225",
  [N("n1", M, "Mottagningsanteckning", "VG_MED_SKAS", ("Johanna Berg", "läkare"), "2024-04-15 13:05", [
      ("Bedömning", "Svårbehandlad hypertoni trots fyra preparat och kreatininstegring efter ACE-hämmare. "
                    "Misstanke om njurartärstenos, MR-angio beställd."),
  ])],
  [("NL102", "n1")], [],
  "'Misstanke om' + diagnosis (not negated) in a visible diabetes-clinic note")

C("s28v_sk_misstanker_martorell", "skane", "1946-06-26", "562",
  [N("n1", M, "Läkaranteckning", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-08-07 10:25", [
      ("Anamnes", "Hypertoni sedan 30 år, DM2. Sår lateralt på hö vad sedan 2 mån, svår smärta nattetid."),
      ("Bedömning", "Kliniskt misstänker jag Martorells sår (hypertensivt ischemiskt bensår) med tanke på "
                    "lokalisation, smärta och normalt ABI. Biopsi från sårkanten."),
  ])],
  [("NL102", "n1")], [],
  "verb form of the hedge ('misstänker jag') + eponymous diagnosis")

C("s28v_vg_inte_omojligt_infekterad_stentgraft", "vgr", "1947-02-13", "376",
  [N("n1", M, "Mottagningsanteckning", "VG_KARL_SU", ("Erik Holmberg", "läkare"), "2024-09-02 14:40", [
      ("Aktuellt", "Sex månader efter EVAR. Fistelgång i hö ljumske med tunn sekretion sedan tre veckor."),
      ("Bedömning", "Inte omöjligt att stentgraftet är infekterat. Leukocytscintigrafi beställd."),
  ])],
  [("NL102", "n1")], [],
  "double-negated hedge ('Inte omöjligt att') about a graft infection")

C("s28v_sk_opber_peroperativt_septisk_artrit", "skane", "1961-09-15", "684",
  [N("n1", M, "Operationsberättelse", "SK_ORT_LUND", ("Viktor Aronsson", "läkare"), "2024-03-25 17:30", [
      ("Operationsberättelse", "Dorsal incision över MTP I vä. Grumlig ledvätska, destruerat brosk på "
                               "metatarsalhuvudet. Peroperativt sannolik septisk artrit, ledvätska och "
                               "benbit till odling och PAD. Resektion av MT I-huvudet, spolning, "
                               "såret lämnas öppet med VAC."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "operation report: 'sannolik septisk artrit' is a visible hypothesis awaiting culture")

C("s28v_vg_typo_inga_tecen_pa_sar", "vgr", "1969-04-08", "552",
  [N("n1", M, "Ortopedteknisk anteckning", "VG_ORTTEKN", ("Robin Hedlund", "ortopedingenjör"), "2024-05-14 08:15", [
      ("Bedömning", "Tryckmärke från ortosen över laterala malleolen vä, inga tecen på sår eller infektion."),
      ("Åtgärd", "Ortosen slipad och utfodrad med extra Plastazote."),
  ])],
  [], [("NL102", "n1")],
  "typo in the negation ('inga tecen på') still negates")

C("s28v_sk_utkast_tror_mest_ischemiskt", "skane", "1943-07-02", "798",
  [N("n1", M, "Läkaranteckning", "SK_DIABFOT", ("Oskar Håkansson", "läkare"), "2024-10-30 16:45", [
      ("Bedömning", "Tror mest på ischemiskt sår, blek botten och smärta i vila. Tåtryck beställt."),
  ], signed=DRAFT)],
  [("NL102", "n1")], [],
  "unsigned draft: 'Tror mest på' is the clinician's hedge on the ulcer's diagnosis")

C("s28v_vg_talar_for_monckeberg", "vgr", "1951-05-17", "638",
  [N("n1", M, "Mottagningsanteckning", "VG_MED_SKAS", ("Johanna Berg", "läkare"), "2024-11-11 09:35", [
      ("Utredning", "ABI hö >1,4 och vä ej mätbart, kärlen ej komprimerbara. Tåtryck hö 70 mmHg."),
      ("Bedömning", "Talar för mediaskleros (Mönckeberg), ABI därför ej tillförlitligt."),
  ])],
  [("NL102", "n1")], [],
  "'Talar för' + diagnosis at the start of a visible Bedömning")

C("s28v_sk_typo_sannolkit_subklaviastenos", "skane", "1955-08-23", "271",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Johan Berglund", "läkare"), "2024-12-10 11:20", [
      ("Status", "BT hö arm 152/84, vä arm 118/70. Blåsljud supraklavikulärt vä."),
      ("Bedömning", "Sannolkit subklaviastenos vä, med yrsel vid armarbete. Duplex beställd."),
  ])],
  [("NL102", "n1")], [],
  "typo in the hedge ('Sannolkit') before subklaviastenos")

C("s28v_vg_misstankt_hit", "vgr", "1950-01-31", "114",
  [N("n1", M, "Daganteckning", "VG_KARL_AVD", ("Emma Carlsson", "läkare"), "2024-02-08 10:55", [
      ("Bedömning", "Trombocytfall >50 % dag 7 efter bypass, ny ventrombos i vä arm. Misstänkt HIT, heparin "
                    "seponeras och argatroban startas, PF4-antikroppar skickade."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "abbreviated diagnosis ('Misstänkt HIT') in a visible ward note")

C("s28v_sk_epikris_icd_lista_bekraftad", "skane", "1940-12-16", "356",
  [N("n1", M, "Epikris", "SK_KARL_AVD", ("Maria Sjöstedt", "läkare"), "2024-09-20 13:50", [
      ("Epikris", "Transtibial amputation hö 12/9, okomplicerad läkning av stumpen. Utskrivs till "
                  "korttidsboende i väntan på protesutprovning."),
      ("Diagnos", "I70.2 Ateroskleros i extremitetsartärer med gangrän hö fot. E11.5 Typ 2-diabetes med "
                  "perifera kärlkomplikationer. Z89.5 Förvärvad avsaknad av ben under knä."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "discharge summary with an ICD-coded list of confirmed diagnoses only")

C("s28v_vg_trolig_orsak_trycksar", "vgr", "1934-06-01", "245",
  [N("n1", M, "Omvårdnadsanteckning", "VG_SAR_SU", ("Hanna Öberg", "sjuksköterska"), "2024-03-28 14:20", [
      ("Bedömning", "Trycksår kategori 2 vä häl. Trolig orsak är att hälskyddet inte använts nattetid."),
      ("Åtgärd", "Hälavlastande kudde, Allevyn Heel, information till hemtjänsten."),
  ])],
  [], [("NL102", "n1")],
  "'Trolig orsak' hedges a cause (unused heel protector); the pressure ulcer is confirmed")

C("s28v_sk_typo_kan_utelsutas", "skane", "1962-10-04", "431",
  [N("n1", M, "Mottagningsanteckning", "SK_DIABFOT", ("Helena Åkesson", "läkare"), "2024-07-29 13:30", [
      ("Utredning", "MR vä fot: benmärgsödem saknas, normala kortikala konturer."),
      ("Bedömning", "Osteomyelit kan utelsutas efter normal MR. Fortsatt sårbehandling och avlastning."),
  ])],
  [], [("NL102", "n1")],
  "'kan uteslutas' (typo 'utelsutas') is a ruling-out, the opposite of 'kan ej uteslutas'")

C("s28v_vg_ev_sekundart_lymfodem", "vgr", "1966-09-30", "507",
  [N("n1", M, "Fysioterapeutanteckning", "VG_SAR_KUNG", ("Lisa Bergqvist", "fysioterapeut"), "2024-06-05 10:10", [
      ("Bedömning", "Ev. sekundärt lymfödem vä ben efter lymfkörtelutrymning i ljumsken 2020."),
      ("Åtgärd", "Omfångsmätning, kompressionsstrumpa klass 2 provas ut. Instruerad i egenvård."),
  ])],
  [("NL102", "n1")], [],
  "a physiotherapist's 'Ev. sekundärt lymfödem' is a hedged diagnosis in a visible note")

C("s28v_vg_preop_hjartsvikt_ej_meddelat", "vgr", "1949-04-26", "839",
  [N("n1", M, "Läkaranteckning", "VG_KARL_SU", ("Anders Fransson", "läkare"), "2024-08-22 15:05", [
      ("Utredning", "Preop UCG inför öppen aortaplastik: nedsatt vänsterkammarfunktion med EF 25 %, tidigare "
                    "okänd hjärtsvikt."),
      ("Planering", "Detta har inte meddelats pat. Kardiolog bedömer först, därefter nytt samtal med pat om "
                    "operationsrisken."),
  ])],
  [("NL101", "n1")], [],
  "newly found heart failure stands in a visible section while 'har inte meddelats pat'")

# ====================================================================== part 7 (NL101)
C("s28v_sk_typo_ej_infomerad_angiosvar", "skane", "1944-08-14", "612",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Karin Nyström", "läkare"), "2024-09-27 14:35", [
      ("Bedömning", "Angiografi visar långa ocklusioner i underbenskärlen hö utan målkärl, kritisk ischemi "
                    "hö fot utan revaskulariseringsmöjlighet."),
      ("Planering", "Pat ej infomerad om angiografisvaret, besked vid mottagningsbesök 3/10 där även "
                    "amputation diskuteras."),
  ], signed=DRAFT)],
  [("NL101", "n1")], [],
  "typo ('ej infomerad'): a confirmed diagnosis stands visibly and the patient is not told")

C("s28v_vg_jak2_trombocytemi_ej_underrattad", "vgr", "1996-01-19", "258",
  [N("n1", M, "Läkaranteckning", "VG_KARL_AVD", ("Erik Holmberg", "läkare"), "2024-10-16 11:10", [
      ("Utredning", "28-åring med upprepade trombotiska artärocklusioner. JAK2 V617F positiv, trombocyter 890."),
      ("Bedömning", "Essentiell trombocytemi, bakomliggande orsak till artärtromboserna."),
      ("Planering", "Pat är inte underrättad om den hematologiska diagnosen, hematolog träffar pat på "
                    "avdelningen i morgon och tar samtalet."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "'inte underrättad om den hematologiska diagnosen' while the diagnosis is in visible Bedömning")

C("s28v_sk_tel_meddelat_osteomyelit", "skane", "1958-12-03", "176",
  [N("n1", M, "Telefonanteckning", "SK_DIABFOT", ("Anna Wiberg", "sjuksköterska"), "2024-04-23 13:45", [
      ("Telefonkontakt", "Ringt pat på dr Håkanssons uppdrag och meddelat att MR vä fot visar osteomyelit i "
                         "os cuneiforme mediale. Pat informerad om antibiotikabehandlingen som hämtas ut i dag."),
  ])],
  [], [("NL101", "n1")],
  "the diagnosis was communicated by phone in this very note")

C("s28v_vg_informerat_om_avlastning", "vgr", "1967-11-22", "649",
  [N("n1", M, "Mottagningsanteckning", "VG_DIABFOT_NU", ("Sara Lindgren", "läkare"), "2024-07-10 10:20", [
      ("Bedömning", "Akut Charcotfot hö, stadium 0–1 enligt MR."),
      ("Information", "Har informerat pat om att foten inte får belastas utan totalkontaktgips och att "
                      "behandlingen tar minst tre månader."),
  ])],
  [], [("NL101", "n1")],
  "information given is about a plan; nothing is withheld from the patient")

C("s28v_sk_ej_fatt_info_om_kompression", "skane", "1950-04-30", "823",
  [N("n1", M, "Läkaranteckning", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-03-18 09:40", [
      ("Bedömning", "Blandsår hö, ABI 0,7 och venös insufficiens i vena saphena magna."),
      ("Planering", "Pat har ännu inte fått information om reducerad kompression, genomgås av sårsköterska "
                    "vid nästa besök."),
  ])],
  [], [("NL101", "n1")],
  "what the patient has not yet heard about is a treatment (reduced compression), not a diagnosis")

C("s28v_sk_th_forst_sedan_informerad_calcifylaxi", "skane", "1959-09-06", "534",
  [N("n1", M, "Tidiga hypoteser", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-10-01 11:15", [
      ("Bedömning", "Misstanke om calcifylaxi hos dialyspat, inte framfört till pat i väntan på biopsi."),
  ]),
   N("n2", M, "Läkaranteckning", "SK_SAR_HBG", ("Mats Eriksson", "läkare"), "2024-10-15 10:30", [
      ("Bedömning", "Biopsin bekräftar calcifylaxi med kalcifierade arterioler i subkutis."),
      ("Information", "Pat informerad om diagnosen och den dåliga sårläkningsprognosen, natriumtiosulfat "
                      "startas i samråd med njurmedicin."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n2")],
  "hypothesis first kept in Tidiga hypoteser; the later visible note confirms it and says the patient was told")

C("s28v_vg_mr_calcaneus_ej_underrattad", "vgr", "1954-02-24", "362",
  [N("n1", M, "Mottagningsanteckning", "VG_DIABFOT_NU", ("Sara Lindgren", "läkare"), "2024-03-13 16:00", [
      ("Utredning", "MR hö fot 12/3: osteomyelit i calcaneus med 2 cm abscess."),
      ("Planering", "Pat ännu ej underrättad om MR-svaret, kallas till besök på onsdag. Ortopedbedömning "
                    "inför partiell calcanectomi."),
  ])],
  [("NL101", "n1")], [],
  "'ännu ej underrättad' while osteomyelitis with abscess stands in a visible section")

C("s28v_vg_epikris_inget_om_information", "vgr", "1941-05-03", "187",
  [N("n1", M, "Epikris", "VG_KARL_AVD", ("Ali Rahimi", "läkare"), "2024-04-26 12:25", [
      ("Epikris", "Inlagd akut med rupturerat bukaortaaneurysm, opererad med öppen rörgraft samma natt. "
                  "Postop njursvikt som förbättrats utan dialys. Mobiliserad med rollator."),
      ("Diagnos", "Rupturerat bukaortaaneurysm. Akut njurskada, postoperativ."),
      ("Planering", "Kontroll-DT om 3 mån, återbesök kärlmottagningen samtidigt."),
  ], setting="slutenvård")],
  [], [("NL101", "n1")],
  "discharge summary with confirmed diagnoses and nothing said about telling")

C("s28v_sk_ej_informerats_njursvikt", "skane", "1947-03-17", "915",
  [N("n1", M, "Läkaranteckning", "SK_MED_KRI", ("Peter Ahlström", "läkare"), "2024-11-20 14:55", [
      ("Lab", "Krea 412, eGFR 11, kalium 6,1."),
      ("Bedömning", "Diabetesnefropati med terminal njursvikt. AV-fistel behöver anläggas av kärlkirurg "
                    "inför dialys."),
      ("Planering", "Pat har ej informerats om njursviktsdiagnosen ännu, samtal med njurmedicin och "
                    "anhöriga planeras vecka 48."),
  ])],
  [("NL101", "n1")], [],
  "terminal renal failure in visible Bedömning and the note says the patient has not been informed")

C("s28v_vg_op_flyttas_ej_meddelat", "vgr", "1952-08-08", "571",
  [N("n1", M, "Daganteckning", "VG_KARL_AVD", ("Emma Carlsson", "läkare"), "2024-12-04 08:45", [
      ("Bedömning", "Symtomgivande karotisstenos vä 85 %, inskriven för karotis-TEA."),
      ("Planering", "Inte meddelat pat att operationen flyttas till fredag p.g.a. platsbrist på IVA, "
                    "ssk informerar vid kvällsrundan."),
  ], setting="slutenvård")],
  [], [("NL101", "n1")],
  "what is not yet told is a rescheduled operation day, not a diagnosis")

C("s28v_sk_utkast_ej_per_telefon_tolk", "skane", "1960-07-12", "382",
  [N("n1", M, "Läkaranteckning", "SK_KARL_MMO", ("Johan Berglund", "läkare"), "2024-07-18 16:25", [
      ("Bedömning", "Symtomgivande karotisstenos 90 % hö, karotis-TEA bör göras inom 14 dagar."),
      ("Planering", "Pat får inte informeras per telefon; besked ska ges vid besök med tolk på fredag."),
  ], signed=DRAFT)],
  [("NL101", "n1")], [],
  "unsigned draft: the patient must not be told yet (only in person with an interpreter)")

C("s28v_vg_informerad_igar_dotter_idag", "vgr", "1938-10-25", "203",
  [N("n1", M, "Telefonanteckning", "VG_SAR_SU", ("Hanna Öberg", "sjuksköterska"), "2024-05-23 09:10", [
      ("Bedömning", "Pyoderma gangraenosum verifierat med biopsi, behandlas med prednisolon."),
      ("Telefonkontakt", "Informerat dottern per telefon med pats medgivande. Pat själv informerad om "
                         "diagnosen i går av dr Ek."),
  ])],
  [], [("NL101", "n1")],
  "the patient was told yesterday; the relative is told today")

C("s28v_sk_infekterad_aortaprotes_konferens", "skane", "1943-02-02", "468",
  [N("n1", M, "Läkaranteckning", "SK_KARL_AVD", ("Niklas Bengtsson", "läkare"), "2024-05-15 17:05", [
      ("Utredning", "PET-DT bekräftar infektion i aortabifemorala graften med vätskeansamling kring "
                    "proximala anastomosen."),
      ("Planering", "Pat inte informerad ännu, kärlkirurgisk konferens i morgon först. Ansvarig överläkare "
                    "tar samtalet."),
  ], setting="slutenvård")],
  [("NL101", "n1")], [],
  "confirmed graft infection in a visible ward note, 'inte informerad ännu'")

C("s28v_vg_typo_ej_imformerad_bifynd_aaa", "vgr", "1955-06-18", "734",
  [N("n1", M, "Remissbedömning", "VG_KARL_SU", ("Anders Fransson", "läkare"), "2024-01-24 11:45", [
      ("Bedömning", "Bukaortaaneurysm 6,5 cm som bifynd på DT utförd för njursten."),
      ("Planering", "Pat ej imformerad, remitterande urolog har inte tagit upp fyndet. Kallas till "
                    "mottagningen inom två veckor."),
  ])],
  [("NL101", "n1")], [],
  "typo ('ej imformerad'): incidental aneurysm written visibly, patient not informed")

C("s28v_vg_th_sokord_ej_informerad_synligt_neutralt", "vgr", "1964-01-07", "426",
  [N("n1", M, "Mottagningsanteckning", "VG_SAR_KUNG", ("Per Wikström", "läkare"), "2024-02-28 13:25", [
      ("Aktuellt", "Återbesök för det laterala fotsåret vä, omläggning fungerar väl hemma."),
      ("Tidiga hypoteser", "PAD från sårkanten visar basalcellscancer. Pat ej informerad, tas upp vid "
                           "nästa besök när hudläkaren är med."),
      ("Åtgärd", "Omläggning med Mepilex, nästa besök om 10 dagar."),
  ])],
  [], [("NL101", "n1")],
  "VGR: the untold diagnosis and the 'ej informerad' stand only under the sökord Tidiga hypoteser")

# ====================================================================== part 8
C("s28v_sk_typo_misstant_endokardit", "skane", "1957-10-20", "259",
  [N("n1", M, "Epikris", "SK_INF_MMO", ("Lars Wallin", "läkare"), "2024-01-31 10:05", [
      ("Epikris", "Inlagd med feber och smärtsamma blåaktiga prickar på tårna bilat, palpabla fotpulsar. "
                  "Blododlingar x3 växer Staphylococcus aureus, TTE utan säkra vegetationer."),
      ("Bedömning", "Misstänt endokardit som källa till septiska embolier i tårna. TEE bokad polikliniskt, "
                    "Kloxacillin iv fortsätter via hemsjukvården."),
  ], setting="slutenvård")],
  [("NL102", "n1")], [],
  "typo in the hedge ('Misstänt') before endokardit in a visible Skåne discharge summary")

C("s28v_vg_mor_trolig_diabetes_dietist", "vgr", "1974-12-15", "686",
  [N("n1", M, "Dietistanteckning", "VG_MED_SKAS", ("Frida Nyberg", "dietist"), "2024-02-15 13:00", [
      ("Anamnes", "Mamma hade trolig diabetes men blev aldrig utredd, morfar amputerad i hö ben."),
      ("Aktuellt", "Kostgenomgång vid nydebuterad typ 2-diabetes, HbA1c 71. Äter oregelbundet, mycket "
                   "läsk under arbetsdagen."),
      ("Åtgärd", "Tallriksmodellen genomgången, mål att byta ut läsken mot vatten."),
  ])],
  [], [("NL102", "n1")],
  "the only hedged diagnosis is the mother's ('trolig diabetes'); the patient's diabetes is confirmed")

C("s28v_pmo_vc_tel_trolig_torr_gangran", "skane", "1933-04-28", "145",
  [N("n1", P, "Telefonkontakt", "SK_VC_HUSENSJO", ("Lena Persson", "sjuksköterska"), "2024-08-19 08:20", [
      ("Telefonkontakt", "Dottern ringer, pappan har fått en svart fläck på hälen. Trolig torr gangrän utifrån "
                         "beskrivningen, akuttid hos dr i eftermiddag."),
  ])],
  [], [("NL102", "n1")],
  "PMO telephone note: 'Trolig torr gangrän' is not shown because PMO shows no diagnoses")

C("s28v_vg_typo_ej_misstnake_kompartment", "vgr", "1968-02-09", "815",
  [N("n1", M, "Daganteckning", "VG_KARL_AVD", ("Ali Rahimi", "läkare"), "2024-06-13 09:15", [
      ("Status", "Mjuka loger i hö underben, ingen smärta vid passiv extension av tårna."),
      ("Bedömning", "Ej misstnake om kompartmentsyndrom efter revaskulariseringen. Fortsatt neurovaskulär "
                    "kontroll var fjärde timme."),
  ], setting="slutenvård")],
  [], [("NL102", "n1")],
  "typo in a negation ('Ej misstnake om') still negates")

C("s28v_vg_sannolikt_begynnande_torr_gangran", "vgr", "1937-09-13", "520",
  [N("n1", M, "Mottagningsanteckning", "VG_SAR_KUNG", ("Per Wikström", "läkare"), "2024-10-22 14:50", [
      ("Status", "Svart, torr, välavgränsad nekros på dig V hö, tån är kall."),
      ("Bedömning", "Sannolikt begynnande torr gangrän. Remiss till kärlkirurg för utredning av inflödet."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolikt' + diagnosis in a visible wound-clinic note")

C("s28v_sk_med_stor_sannolikhet_hyperperfusion", "skane", "1951-03-31", "697",
  [N("n1", M, "Daganteckning", "SK_KARL_AVD", ("Maria Sjöstedt", "läkare"), "2024-11-04 11:40", [
      ("Aktuellt", "Dag 4 efter karotis-TEA vä: ipsilateral huvudvärk, BT 190/100 och kortvarig förvirring."),
      ("Bedömning", "Med stor sannolikhet hyperperfusionssyndrom. Strikt blodtryckskontroll och DT hjärna "
                    "i dag."),
  ], signed=DRAFT, setting="slutenvård")],
  [("NL102", "n1")], [],
  "'Med stor sannolikhet' is still a hedge, however strong")

C("s28v_vg_fotterapeut_ev_rtg_ev_remiss", "vgr", "1956-06-06", "467",
  [N("n1", M, "Fotterapeutanteckning", "VG_DIABFOT_NU", ("Malin Strand", "fotterapeut"), "2024-09-09 11:00", [
      ("Bedömning", "Typ 2-diabetes med neuropati, riskgrupp 3. Lätt svullnad över MT III vä sedan förra besöket."),
      ("Planering", "Ev. röntgen om svullnaden kvarstår, eventuellt remiss till ortopedtekniker för nya "
                    "inlägg."),
  ])],
  [], [("NL102", "n1")],
  "'Ev.' and 'eventuellt' hedge an X-ray and a referral, not a diagnosis")

C("s28v_sk_barn_trolig_kontaktdermatit", "skane", "2014-12-09", "287",
  [N("n1", M, "Sjuksköterskeanteckning", "SK_BARNKIR", ("Moa Lindell", "sjuksköterska"), "2024-03-06 10:30", [
      ("Aktuellt", "9-årig pojke, omläggning av skrubbsår på hö knä efter cykelolycka, pappa med."),
      ("Status", "Kliande, rodnad och småblåsig hud exakt där plåstret suttit, själva såret läker fint."),
      ("Bedömning", "Trolig kontaktdermatit av plåsterlimmet. Byter till silikonförband."),
  ])],
  [("NL102", "n1")], [],
  "child under 13: visible 'Trolig kontaktdermatit' that the guardian will read")

C("s28v_vg_remiss_fragestallning_osteomyelit", "vgr", "1962-11-30", "743",
  [N("n1", M, "Mottagningsanteckning", "VG_MED_SKAS", ("Johanna Berg", "läkare"), "2024-05-29 15:25", [
      ("Utredning", "Remiss MR hö fot, frågeställning: osteomyelit under MTP V-såret?"),
      ("Bedömning", "Sår sedan 8 veckor utan läkningstendens trots avlastning."),
  ])],
  [("NL102", "n1")], [],
  "a referral question ('frågeställning: osteomyelit?') written into a visible section")

C("s28v_sk_fragetecken_pa_forbandsval", "skane", "1945-02-21", "331",
  [N("n1", M, "Omvårdnadsanteckning", "SK_SAR_HBG", ("Birgitta Jönsson", "sjuksköterska"), "2024-10-10 14:05", [
      ("Sårbedömning", "Arteriellt sår vä laterala malleol efter PTA i augusti, nu ren granulation i botten."),
      ("Planering", "Fortsatt Aquacel eller byte till silverförband? Tas med dr Eriksson på torsdag."),
  ])],
  [], [("NL102", "n1")],
  "the only '?' is on a dressing choice, not on a diagnosis")

# ---- END OF CASES ----

ALLOWED_CODES = {"NL101", "NL102"}
PROTECTED_SK_TEMPLATES = {"Tidiga hypoteser"}


def age_on(birth, when):
    b = _dt.date.fromisoformat(birth)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        nm = c.get("case")
        if set(c.keys()) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: wrong keys %s" % (nm, sorted(c.keys())))
        if not nm or not nm.startswith("s28v_"):
            errs.append("%s: name must start with s28v_" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % nm)
        if not c["why"] or len(c["why"]) < 10:
            errs.append("%s: why missing" % nm)
        rec = c["record"]
        if set(rec.keys()) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty events" % nm)
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: bad pnr format" % nm)
        else:
            if m.group(1) != bd.replace("-", ""):
                errs.append("%s: pnr does not match birth_date" % nm)
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != int(ten[9]):
                errs.append("%s: Luhn fails" % nm)
        try:
            asof = _dt.datetime.fromisoformat(rec["as_of"])
        except ValueError:
            errs.append("%s: bad as_of" % nm)
            continue
        if asof.year != 2024:
            errs.append("%s: as_of not in 2024" % nm)
        ids = {}
        for n in rec["notes"]:
            keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
            if set(n.keys()) != keys:
                errs.append("%s: note keys" % nm)
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % nm)
            ids[n["id"]] = n
            if n["system"] not in (M, P):
                errs.append("%s: bad system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != M:
                errs.append("%s: VGR note not Melior" % nm)
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append("%s: note time not 2024" % nm)
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: bad signed time" % nm)
            if t > asof:
                errs.append("%s: note after as_of" % nm)
            a = age_on(bd, t.date())
            if 13 <= a <= 15:
                errs.append("%s: patient aged 13-15 at note" % nm)
            if not n["sections"]:
                errs.append("%s: note without sections" % nm)
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"]:
                    errs.append("%s: empty section" % nm)
                for snt in SENT_SPLIT.split(sec["text"]):
                    snt = snt.strip()
                    if len(snt) >= 25:
                        sentences.setdefault(snt, []).append(nm)
        a = age_on(bd, asof.date())
        if 13 <= a <= 15:
            errs.append("%s: patient aged 13-15 at as_of" % nm)
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion" % nm)
                    continue
                code, target = item
                if code not in ALLOWED_CODES:
                    errs.append("%s: code %s not covered" % (nm, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, target))
                seen.add((code, target))
                note = ids[target]
                if code == "NL102" and note["system"] != M and lst == "must":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL102" and note["system"] != M and lst == "must_not":
                    pass  # PMO hedged diagnosis: must_not NL102 is allowed
                if code == "NL101" and note["system"] == P:
                    errs.append("%s: NL101 asserted on PMO" % nm)
                if lst == "must" and c["ruleset"] == "skane" and note["template"] in PROTECTED_SK_TEMPLATES:
                    errs.append("%s: must on a protected Skåne template" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % nm)
    for snt, where in sentences.items():
        if len(where) > 1:
            errs.append("sentence repeated in %s: %r" % (sorted(set(where)), snt))
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(ALLOWED_CODES):
        print("  %s must=%d must_not=%d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
