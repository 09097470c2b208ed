#!/usr/bin/env python3
"""dev39: NL101 (uncommunicated diagnosis visible) and its near misses.

Writes nl1_dev39_cases.jsonl next to this file, validates it, exits 1 on any problem.
Standard library only; deterministic.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev39_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Västra Götaland (always Melior by convention)
    "v_brost": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011201"),
    "v_uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000020417"),
    "v_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011388"),
    "v_onk": ("Onkologmottagningen, Jubileumskliniken Sahlgrenska", "SE2321000131-E000000011452"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011519"),
    "v_neuro_sk": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030260"),
    "v_minne": ("Minnesmottagningen, Geriatriska kliniken Mölndals sjukhus", "SE2321000131-E000000011733"),
    "v_barn_dsbus": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011904"),
    "v_barn_nal": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000040133"),
    "v_genetik": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011622"),
    "v_vc_hjallbo": ("Vårdcentralen Hjällbo", "SE2321000131-E000000050871"),
    "v_vc_alingsas": ("Vårdcentralen Centrum Alingsås", "SE2321000131-E000000051206"),
    "v_vc_lerum": ("Vårdcentralen Lerum", "SE2321000131-E000000051377"),
    "v_vc_tanum": ("Vårdcentralen Tanumshede", "SE2321000131-E000000051540"),
    "v_kir_nal": ("Kirurgavdelning 52, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000040288"),
    "v_kirmott": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000060114"),
    "v_med_kungalv": ("Medicinavdelning 31, Kungälvs sjukhus", "SE2321000131-E000000070092"),
    "v_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011815"),
    "v_onh": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011846"),
    "v_psyk_udd": ("Allmänpsykiatrisk mottagning, NU-sjukvården Uddevalla", "SE2321000131-E000000040517"),
    "v_psyk_su": ("Psykiatri Affektiva mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012033"),
    "v_gyn": ("Gynekologimottagningen, Östra sjukhuset", "SE2321000131-E000000012150"),
    "v_ogon": ("Ögonmottagningen, Mölndals sjukhus", "SE2321000131-E000000011770"),
    "v_inf": ("Infektionsmottagningen, Östra sjukhuset", "SE2321000131-E000000012211"),
    "v_gastro": ("Medicinmottagningen gastroenterologi, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000020533"),
    "v_orto": ("Ortopedavdelning 8, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030419"),
    "v_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012302"),
    "v_akut": ("Akutmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000040650"),
    "v_njur": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012376"),
    "v_kard": ("Kardiologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000020691"),
    "v_geri": ("Geriatrisk vårdavdelning 41, Alingsås lasarett", "SE2321000131-E000000060289"),
    "v_kurator": ("Kuratorsenheten onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012455"),
    # Skåne: hospitals Melior, primary care PMO
    "s_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4410"),
    "s_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4472"),
    "s_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3105"),
    "s_lung": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3187"),
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4538"),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-5822"),
    "s_barnonk": ("Barnonkologiska avdelningen 64, Skånes universitetssjukhus Lund", "SE2321000255-3266"),
    "s_genetik": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000255-3340"),
    "s_kir_ksd": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-6107"),
    "s_kiravd": ("Kirurgavdelning 2, Centralsjukhuset Kristianstad", "SE2321000255-6131"),
    "s_med_ystad": ("Medicinavdelning 4, Lasarettet i Ystad", "SE2321000255-6650"),
    "s_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3413"),
    "s_onh": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-5904"),
    "s_psyk_lund": ("Vuxenpsykiatrimottagning Lund", "SE2321000255-8120"),
    "s_psyk_mma": ("Psykiatrisk slutenvårdsavdelning 83, Vuxenpsykiatri Malmö", "SE2321000255-8245"),
    "s_bup": ("Barn- och ungdomspsykiatrisk öppenvårdsmottagning Malmö", "SE2321000255-8391"),
    "s_gyn": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3492"),
    "s_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-3561"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4603"),
    "s_geri": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4677"),
    "s_orto": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-6402"),
    "s_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5976"),
    "s_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3634"),
    "s_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4741"),
    "s_njur": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3708"),
    "s_kard": ("Hjärtmottagningen, Lasarettet i Trelleborg", "SE2321000255-6823"),
    "s_kurator": ("Kuratorsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3779"),
    "s_pmo_eslov": ("Vårdcentralen Kärråkra Eslöv", "SE2321000255-9014"),
    "s_pmo_sodervarn": ("Vårdcentralen Södervärn Malmö", "SE2321000255-9088"),
    "s_pmo_nasby": ("Vårdcentralen Näsby Kristianstad", "SE2321000255-9152"),
    "s_pmo_hoor": ("Vårdcentralen Höör", "SE2321000255-9236"),
}

CASES = []


def pnr(bd, nnn):
    body = bd[2:4] + bd[5:7] + bd[8:10] + nnn
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return "%s%s%s-%s%d" % (bd[:4], bd[5:7], bd[8:10], nnn, (10 - s % 10) % 10)


def codes(spec):
    return [["NL" + c.strip(), "n1"] for c in spec.split(",") if c.strip()]


def C(name, rs, unit, tmpl, author, role, t, signed_after, setting, secs, must, must_not,
      why, pat, system="Melior", hedge_ok=False):
    """signed_after: minutes after t, or None for an unsigned draft."""
    tt = dt.datetime.strptime(t, "%Y-%m-%d %H:%M")
    signed = None if signed_after is None else (tt + dt.timedelta(minutes=signed_after)).isoformat()
    as_of = min(tt.date() + dt.timedelta(days=10), dt.date(2024, 12, 31))
    bd, nnn = pat
    uname, hsa = U[unit]
    CASES.append({
        "_hedge_ok": hedge_ok,
        "case": "d39-" + name,
        "ruleset": rs,
        "record": {
            "patient": {"id": pnr(bd, nnn), "birth_date": bd, "protected_identity": False},
            "as_of": as_of.isoformat() + "T00:00:00",
            "notes": [{
                "id": "n1", "system": system, "template": tmpl,
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": author, "role": role},
                "time": tt.isoformat(), "signed": signed, "setting": setting,
                "refs": [],
                "sections": [{"keyword": k, "text": x} for k, x in secs],
            }],
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": codes(must),
        "must_not": codes(must_not),
        "why": why,
    })


L, SSK, KUR, PSY = "läkare", "sjuksköterska", "kurator", "psykolog"
OV, SV, PSV = "öppenvård", "slutenvård", "psykiatrisk slutenvård"

# =====================================================================
# POSITIVES: diagnosis visible, patient (or guardians of a child <13) not told yet
# =====================================================================

C("pos-brostcancer-pad-besked-vid-aterbesok", "vgr", "v_brost", "Läkaranteckning",
  "Karin Nordström", L, "2024-02-12 14:10", 35, OV, [
      ("Aktuellt", "62-årig kvinna som genomgick mammografi och ultraljudsledd mellannålsbiopsi från höger bröst 2/2 efter screeningfynd."),
      ("PAD", "Invasiv duktal bröstcancer, NHG 2, ER 90 %, PR 40 %, HER2 negativ, Ki-67 18 %."),
      ("Planering", "Fallet tas upp på MDK 15/2. Besked ges vid återbesök 19/2 av ansvarig bröstkirurg tillsammans med kontaktsjuksköterska; pat har ännu inte fått svaret."),
  ], "101", "102", "PAD with breast cancer in PAD section; 'besked ges vid återbesök' in Planering", ("1961-09-03", "284"))

C("pos-prostatacancer-kallas-till-besked", "skane", "s_uro", "Provsvarsanteckning",
  "Mikael Bengtsson", L, "2024-03-05 11:40", 20, OV, [
      ("Provsvar", "PAD prostatabiopsier 21/2: adenocarcinom Gleason 4+3=7 (ISUP 3) i 5 av 12 kolvar, högersidig dominans."),
      ("Bedömning", "Prostatacancer med intermediär risk. Skelettscintigrafi och MR bäcken beställda för stadieindelning."),
      ("Planering", "Pat ej informerad ännu. Kallas till läkarbesök v. 11 för cancerbesked, kontaktsjuksköterska närvarar."),
  ], "101", "102", "prostate cancer in Provsvar/Bedömning; 'pat ej informerad ännu' in Planering", ("1953-11-17", "571"))

C("pos-smacellig-dotter-vid-besked", "vgr", "v_lung", "Läkaranteckning",
  "Anders Wikström", L, "2024-03-08 15:25", 40, OV, [
      ("Undersökning", "Bronkoskopi med EBUS-TBNA från station 7 och 4R utförd 7/3 utan komplikationer."),
      ("Cytologi", "Småcellig lungcancer i samtliga punkterade lymfkörtelstationer."),
      ("Information", "Svaret är ännu ej kommunicerat med pat. Hon vill ha med sin dotter när hon får beskedet, som bokas till fredag förmiddag."),
  ], "101", "102", "SCLC in Cytologi; not yet communicated, waiting for daughter (relative) to be present", ("1950-06-22", "208"))

C("pos-koloncancer-kssk-besked-planerat", "skane", "s_kir_ksd", "Kontaktsjuksköterskeanteckning",
  "Lena Ohlsson", SSK, "2024-04-15 09:50", 15, OV, [
      ("Aktuellt", "Koloskopi 11/4 med biopsier från tumörväxt i sigmoideum 25 cm från anus."),
      ("PAD", "Adenocarcinom, måttligt differentierat, i samtliga biopsier."),
      ("Åtgärd", "DT thorax-buk bokad 18/4. Besked lämnas av kirurg och undertecknad vid planerat besök 23/4 – inget har sagts till pat per telefon."),
  ], "101", "102", "nurse note: adenocarcinoma in PAD; 'besked lämnas ... vid planerat besök', nothing said on phone", ("1957-01-30", "335"))

C("pos-aml-ej-delgivits-draft", "vgr", "v_hem", "Daganteckning",
  "Johan Lundgren", L, "2024-05-20 16:45", None, SV, [
      ("Benmärg", "Benmärgsaspiration och biopsi visar akut myeloisk leukemi (AML) med 62 % blaster; cytogenetik pågår."),
      ("Bedömning", "Nydiagnostiserad AML hos 54-årig man i gott allmäntillstånd, kandidat för intensiv induktionsbehandling."),
      ("Information", "Ej delgivits pat ännu. Hematolog informerar pat och hustrun imorgon kl 09 på avdelningen."),
  ], "101", "102", "unsigned draft: AML in Benmärg; 'ej delgivits pat ännu'", ("1969-10-11", "417"))

C("pos-ovarialcancer-mdk-ej-besked", "skane", "s_gyn", "MDK-anteckning",
  "Sofia Hermansson", L, "2024-04-03 13:05", 50, OV, [
      ("MDK", "Gynonkologisk MDK 3/4: ovarialcancer stadium IIIC, höggradig serös histologi. Rekommendation neoadjuvant cytostatika följt av intervallkirurgi."),
      ("Information", "Pat har ännu inte fått besked om MDK-bedömningen. Samtal bokat med gynonkolog 8/4."),
  ], "101", "102", "ovarian cancer in MDK section; 'ännu inte fått besked' in Information", ("1958-12-04", "462"))

C("pos-melanom-ej-per-telefon", "vgr", "v_hud", "Provsvarsanteckning",
  "Erik Sjögren", L, "2024-02-01 10:15", 10, OV, [
      ("Anamnes", "Excision av pigmenterad hudförändring på vänster skuldra 22/1."),
      ("PAD", "Malignt melanom, ytligt spridande typ, Breslow 1,4 mm, ej ulcererat. Radikalt exciderat med snäv marginal."),
      ("Planering", "Pat ej underrättad. Svaret lämnas inte per telefon utan vid besök 12/2, då utvidgad excision och portvaktskörtel planeras."),
  ], "101", "102", "melanoma in PAD; 'pat ej underrättad', result not given by phone", ("1976-05-14", "193"))

C("pos-levermetastaser-avdelning-ovetande", "skane", "s_med_ystad", "Omvårdnadsanteckning",
  "Maria Jeppsson", SSK, "2024-06-11 19:30", 25, SV, [
      ("Röntgen", "DT buk idag: multipla levermetastaser samt tumör i pankreashuvudet enligt preliminärt utlåtande."),
      ("Omvårdnad", "Pat har frågat om svaret två gånger under eftermiddagen och hänvisats till läkaren. Pat är ovetande om röntgensvaret; dr Lindqvist informerar efter ronden imorgon."),
  ], "101", "", "radiology answer read by the ward: metastases in Röntgen; 'pat är ovetande om röntgensvaret'", ("1944-08-19", "337"))

C("pos-hjarntumor-vantar-pa-konferens", "vgr", "v_neuro", "Läkaranteckning",
  "Ingrid Falk", L, "2024-09-16 17:10", 30, SV, [
      ("Röntgen", "MR hjärna med kontrast: 4 cm stor ringladdande hjärntumör i vänster temporallob med omgivande ödem."),
      ("Bedömning", "Hjärntumör med malign bild. Diskuteras på neuroonkologisk konferens tisdag."),
      ("Information", "Enligt överenskommelse med maken informeras pat inte förrän efter konferensen. Pat vet hittills enbart att en förändring ses."),
  ], "101", "", "brain tumour in Röntgen/Bedömning; 'informeras inte förrän efter konferensen'", ("1966-02-27", "526"))

C("pos-carcinomatos-postop-besked-imorgon", "vgr", "v_kir_nal", "Operationsberättelse",
  "Per-Olof Strand", L, "2024-10-02 14:30", 60, SV, [
      ("Operation", "Diagnostisk laparoskopi. Fynd: utbredd peritoneal carcinomatos över bukhinnan och omentum, ingen resektion möjlig. Biopsier tagna från omentet."),
      ("Postoperativt", "Pat ej informerad om operationsfynden. Besked ges när pat är vaken och smärtlindrad, planerat imorgon förmiddag av operatören."),
  ], "101", "102", "op note: carcinomatosis in Operation; not told, besked tomorrow", ("1955-07-08", "719"), hedge_ok=True)

C("pos-brostcancer-vantar-tolk", "skane", "s_brost", "Läkaranteckning",
  "Hanna Lindahl", L, "2024-05-29 11:00", 30, OV, [
      ("PAD", "Mellannålsbiopsi från vänster bröst: invasiv lobulär bröstcancer, ER positiv, HER2 negativ."),
      ("Planering", "Besked om bröstcancern ges först när tolk på arabiska finns på plats 5/6. Inget är sagt till pat via anhöriga."),
  ], "101", "102", "breast cancer; news held back until an interpreter is present", ("1971-03-15", "846"))

C("pos-cervixcancer-vantar-make", "vgr", "v_gyn", "Läkaranteckning",
  "Elin Gustavsson", L, "2024-05-06 15:20", 15, OV, [
      ("PAD", "Konbiopsi: skivepitelcancer i cervix, infiltrationsdjup 4 mm, stadium IB1."),
      ("Information", "Pat önskar att maken är med när hon får svaret. Provsvaret har därför ej delgivits pat; tid för gemensamt besök 14/5."),
  ], "101", "102", "cervical cancer; result withheld until husband can attend (relative)", ("1982-11-21", "420"))

C("pos-nya-metastaser-pat-vill-ej-veta-draft", "skane", "s_onk", "Läkaranteckning",
  "Gunnar Åkesson", L, "2024-09-04 13:40", None, OV, [
      ("Bakgrund", "78-årig man med metastaserad prostatacancer sedan 2021. Skelettscintigrafi 2/9 visar progress med nya skelettmetastaser i bäcken och ländrygg."),
      ("Samtal", "Pat har uttryckligen bett att inte få veta något om nya fynd. Han vill att dottern tar emot informationen och har därför inte informerats om de nya metastaserna."),
  ], "101", "102", "unsigned draft: patient asked not to know; new metastases visible", ("1946-04-02", "153"))

C("pos-celiaki-svar-efter-besoket", "vgr", "v_vc_hjallbo", "Provsvarsanteckning",
  "Amir Haddad", L, "2024-04-19 08:35", 20, OV, [
      ("Kontaktorsak", "Provsvar."),
      ("Provsvar", "Duodenalbiopsier från gastroskopin 3/4: celiaki, Marsh 3b. Transglutaminas-IgA 128 U/ml."),
      ("Bedömning", "Celiaki fastställd."),
      ("Åtgärd", "Svaret kom efter besöket och pat är ännu ej meddelad. Sjuksköterskan ringer och bokar telefontid med undertecknad nästa vecka."),
  ], "101", "102", "primary care, result after the visit: coeliac disease, pat 'ännu ej meddelad'", ("1994-12-09", "605"))

C("pos-diabetes-ej-kontaktad", "vgr", "v_vc_alingsas", "Provsvarsanteckning",
  "Birgitta Holmqvist", L, "2024-08-27 12:05", 10, OV, [
      ("Provsvar", "fP-glukos 8,9 och 9,4 mmol/l vid två tillfällen, HbA1c 61 mmol/mol."),
      ("Bedömning", "Diabetes mellitus typ 2."),
      ("Planering", "Pat ej kontaktad om svaren ännu. Diabetessjuksköterskan bokar besök där diagnosen meddelas."),
  ], "101", "102", "primary care: type 2 diabetes; 'ej kontaktad ... där diagnosen meddelas'", ("1964-07-25", "358"))

C("pos-huntington-presymtomatisk", "skane", "s_genetik", "Genetisk vägledning",
  "Ulrika Blom", L, "2024-06-14 10:30", 45, OV, [
      ("Analysresultat", "Presymtomatisk testning: 42 CAG-repeat i ena allelen av HTT-genen. Pat bär anlag för Huntingtons sjukdom."),
      ("Planering", "Enligt protokollet lämnas svaret endast vid personligt besök med stödperson. Pat har ännu inte fått resultatet; besked 20/6 kl 13."),
  ], "101", "102", "genetics: Huntington carrier result, not yet given (protocol visit)", ("1989-01-18", "269"))

C("pos-myoton-dystrofi-vantar-med-att-informera", "vgr", "v_genetik", "Läkaranteckning",
  "Sara Ekdahl", L, "2024-08-20 14:55", 30, OV, [
      ("Svar", "DMPK-analys: expansion med cirka 600 CTG-repeat. Diagnosen myoton dystrofi typ 1 är bekräftad."),
      ("Planering", "Väntar med att informera pat till den genetiska vägledningen 3/9, då neurolog och genetisk vägledare deltar."),
  ], "101", "102", "genetics: myotonic dystrophy; 'väntar med att informera pat'", ("1991-05-06", "731"))

C("pos-cf-spadbarn-foraldrar-ej-informerade", "vgr", "v_barn_dsbus", "Läkaranteckning",
  "Henrik Almqvist", L, "2024-02-19 11:20", 25, OV, [
      ("Aktuellt", "Positiv nyföddhetsscreening. Svettest 82 mmol/l. Två patogena CFTR-varianter (F508del homozygot)."),
      ("Bedömning", "Cystisk fibros."),
      ("Information", "Föräldrarna ej informerade ännu. Samtal planerat med barnläkare, CF-sjuksköterska och genetiker onsdag."),
  ], "101", "102", "infant (<13): cystic fibrosis; guardians not yet informed", ("2024-01-27", "182"))

C("pos-ms-diagnosbesked-planeras", "skane", "s_neuro", "Läkaranteckning",
  "Jonas Persson", L, "2024-03-28 16:00", 20, OV, [
      ("Utredning", "MR hjärna och halsrygg: multipla periventrikulära och juxtakortikala lesioner, en kontrastladdande. Likvor med positiva oligoklonala band."),
      ("Bedömning", "Skovvis förlöpande multipel skleros, McDonaldkriterierna uppfyllda."),
      ("Planering", "Pat ej informerad om MS-diagnosen ännu. Diagnosbesked planeras vid återbesök 12/4 med MS-sjuksköterska."),
  ], "101", "102", "neurology: MS in Bedömning; diagnosbesked planned in Planering", ("1993-08-12", "624"))

C("pos-als-narstaende-narvarande", "vgr", "v_neuro", "Läkaranteckning",
  "Mats Hellberg", L, "2024-07-03 15:15", 35, OV, [
      ("Neurofysiologi", "EMG: utbredd akut och kronisk denervation i tre kroppsregioner."),
      ("Bedömning", "Klinik och neurofysiologi uppfyller Gold Coast-kriterierna för ALS."),
      ("Information", "Pat har ännu inte fått diagnosen. Besök med närstående närvarande bokas inom en vecka."),
  ], "101", "102", "neurology: ALS; 'har ännu inte fått diagnosen'", ("1959-10-28", "915"))

C("pos-alzheimer-aterkoppling-bokas", "skane", "s_minne", "Läkaranteckning",
  "Eva Nilsson", L, "2024-10-09 10:40", 30, OV, [
      ("Utredning", "Kognitiv testning, DT hjärna samt likvor med förhöjt tau och sänkt beta-amyloid genomförda."),
      ("Diagnos", "Alzheimers sjukdom med sen debut."),
      ("Planering", "Diagnosen är ännu inte meddelad pat. Återkopplingssamtal med pat och maken bokas till nästa vecka."),
  ], "101", "102", "memory clinic: Alzheimer's disease, not yet told", ("1945-03-09", "486"))

C("pos-parkinson-vantar-pa-dottern-draft", "vgr", "v_neuro_sk", "Läkaranteckning",
  "Tomas Lindberg", L, "2024-05-17 13:20", None, OV, [
      ("Undersökning", "DaTSCAN 14/5 visar nedsatt upptag i putamen bilateralt, mest uttalat vänster."),
      ("Bedömning", "Parkinsons sjukdom, tremordominant form."),
      ("Planering", "Avvaktar med att informera pat till neurologbesöket om två veckor, då dottern kan delta."),
  ], "101", "102", "unsigned draft: Parkinson's disease, information postponed until daughter attends", ("1951-12-16", "295"))

C("pos-all-barn-foraldrar-kl15", "skane", "s_barnonk", "Läkaranteckning",
  "Karolina Svensson", L, "2024-11-12 12:30", 20, SV, [
      ("Benmärg", "Benmärgsundersökning: akut lymfatisk leukemi av B-prekursortyp, 88 % blaster."),
      ("Bedömning", "Nydiagnostiserad ALL hos fyraårig pojke, standardrisk enligt preliminär bedömning."),
      ("Information", "Föräldrarna har ännu inte fått besked. Samtal med överläkare, kontaktsjuksköterska och kurator kl 15 idag."),
  ], "101", "102", "child <13: ALL; guardians not yet told", ("2020-04-23", "113"))

C("pos-absensepilepsi-vardnadshavare", "vgr", "v_barn_nal", "Läkaranteckning",
  "Annika Berg", L, "2024-09-25 09:10", 15, OV, [
      ("EEG", "Generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation, med kliniska absenser under registreringen."),
      ("Bedömning", "Barnabsensepilepsi."),
      ("Planering", "Vårdnadshavarna ej informerade om EEG-svaret. Besked och läkemedelsstart vid återbesök 7/10."),
  ], "101", "102", "child <13: absence epilepsy; guardians not informed", ("2017-06-02", "446"))

C("pos-downs-syndrom-kromosomanalys", "skane", "s_barn_hbg", "Läkaranteckning",
  "Fredrik Månsson", L, "2024-01-23 14:05", 30, SV, [
      ("Provsvar", "Kromosomanalys: 47,XX,+21."),
      ("Bedömning", "Downs syndrom, bekräftat med kromosomanalys."),
      ("Information", "Föräldrarna har ännu inte fått besked om kromosomanalysen. Neonatolog samtalar med båda föräldrarna imorgon förmiddag."),
  ], "101", "102", "newborn: Down syndrome confirmed; parents not yet told", ("2024-01-19", "326"))

C("pos-schizofreni-aterkoppling-planeras", "skane", "s_psyk_lund", "Läkaranteckning",
  "Oskar Dahlberg", L, "2024-10-01 15:45", 40, OV, [
      ("Utredning", "Psykiatrisk utredning med SCID-intervju, psykologbedömning och anhörigintervju är slutförd."),
      ("Diagnos", "Schizofreni, paranoid form."),
      ("Planering", "Diagnosen har ännu inte återkopplats till pat. Återgivning planeras tillsammans med psykolog 16/10."),
  ], "101", "102", "psychiatry: schizophrenia, diagnosis not yet fed back", ("1998-02-13", "573"))

C("pos-autism-ej-tagit-del", "vgr", "v_psyk_udd", "Psykologanteckning",
  "Linnea Forsberg", PSY, "2024-09-12 11:30", 60, OV, [
      ("Sammanfattning", "Den neuropsykiatriska utredningen visar autismspektrumtillstånd utan intellektuell funktionsnedsättning."),
      ("Planering", "Återkoppling till pat sker vid återgivningssamtal 3/10. Pat har inte tagit del av resultatet."),
  ], "101", "102", "psychologist: autism spectrum disorder; patient has not yet seen the result", ("2004-07-30", "281"))

C("pos-bipolar-informeras-nar-stabil", "skane", "s_psyk_mma", "Daganteckning",
  "Nils Ekström", L, "2024-07-22 10:05", 30, PSV, [
      ("Bedömning", "Bipolär sjukdom typ I, aktuellt maniskt skov med psykotiska symtom."),
      ("Planering", "Diagnosen ej diskuterad med pat pga aktuell psykotisk bild. Informeras när pat är stabiliserad."),
  ], "101", "102", "inpatient psychiatry: bipolar I, informing postponed until stable", ("1987-09-05", "658"))

C("pos-skelettmetastaser-ortopedavd", "vgr", "v_orto", "Daganteckning",
  "David Öberg", L, "2024-06-18 16:20", 25, SV, [
      ("Röntgen", "DT bäcken och ländrygg: multipla osteolytiska skelettmetastaser och en patologisk fraktur i vänster acetabulum."),
      ("Bedömning", "Skelettmetastaser utan känd primärtumör."),
      ("Planering", "Pat inte informerad om metastaserna. Onkolog konsulterad och kommer imorgon för att ge besked."),
  ], "101", "102", "radiology read by orthopaedic ward: metastases, onkolog to tell tomorrow", ("1948-10-31", "517"))

C("pos-blascancer-urolog-ringer", "vgr", "v_uro", "Provsvarsanteckning",
  "Magnus Carlsson", L, "2024-06-07 08:50", None, OV, [
      ("PAD", "TUR-B 4/6: urotelial cancer, höggradig, med invasion i muscularis propria (T2)."),
      ("Planering", "PAD-beskedet är ännu inte meddelat. Urolog ringer pat tisdag och erbjuder besök samma vecka."),
  ], "101", "102", "unsigned draft: muscle-invasive bladder cancer, PAD not yet told", ("1949-03-24", "191"))

C("pos-iga-nefropati-informeras-vid", "skane", "s_njur", "Provsvarsanteckning",
  "Helena Roos", L, "2024-11-08 13:15", 20, OV, [
      ("Njurbiopsi", "IgA-nefropati med måttlig interstitiell fibros (MEST-C: M1 E0 S1 T1 C0)."),
      ("Planering", "Pat informeras om biopsisvaret vid återbesök 22/11."),
  ], "101", "102", "'informeras om ... vid återbesök': IgA nephropathy not yet told", ("1985-06-19", "384"))

C("pos-ulceros-kolit-informeras-vid-aterbesok", "vgr", "v_gastro", "Läkaranteckning",
  "Cecilia Wallin", L, "2024-03-13 14:45", 30, OV, [
      ("Koloskopi", "Kontinuerlig inflammation från rektum upp till höger flexur."),
      ("PAD", "Ulcerös kolit med måttlig aktivitet, ingen dysplasi."),
      ("Planering", "Informeras om diagnosen vid återbesöket om tre veckor, mesalazin sätts in då."),
  ], "101", "102", "ulcerative colitis; 'informeras om diagnosen vid återbesöket'", ("2000-10-02", "467"))

C("pos-orofarynxcancer-pat-ovetande", "skane", "s_onh", "Läkaranteckning",
  "Viktor Larsson", L, "2024-02-27 10:25", 20, OV, [
      ("PAD", "Tonsillektomi höger: skivepitelcancer, p16-positiv."),
      ("Bedömning", "HPV-associerad orofarynxcancer."),
      ("Planering", "Pat ovetande om PAD-svaret. Anmäld till ÖNH-tumörkonferens, besked av ansvarig överläkare efter konferensen."),
  ], "101", "102", "ENT: oropharyngeal cancer; 'pat ovetande om PAD-svaret'", ("1963-01-11", "238"))

C("pos-koroidalt-melanom-ej-upplyst", "vgr", "v_ogon", "Läkaranteckning",
  "Jenny Söderberg", L, "2024-04-24 15:35", 20, OV, [
      ("Status", "Pigmenterad koroidal tumör 11 x 9 mm, tjocklek 5 mm; ultraljud med låg intern reflektivitet."),
      ("Bedömning", "Koroidalt melanom i höger öga."),
      ("Information", "Pat ej upplyst om diagnosen vid dagens undersökning. Överläkare tar samtalet på fredag efter remiss till S:t Eriks ögonsjukhus."),
  ], "101", "102", "eye: choroidal melanoma; 'ej upplyst om diagnosen'", ("1955-09-07", "622"))

C("pos-hiv-besked-personligen", "skane", "s_inf", "Provsvarsanteckning",
  "Rasmus Håkansson", L, "2024-01-17 12:10", 15, OV, [
      ("Provsvar", "HIV-1 antikropp/antigen positivt, konfirmerat med immunoblot."),
      ("Bedömning", "Nydiagnostiserad hiv-infektion."),
      ("Planering", "Pat ej informerad. Besked ges personligen av infektionsläkare och kurator enligt rutin, tid 24/1."),
  ], "101", "102", "infection: HIV positive, patient not yet informed", ("1990-12-28", "137"))

C("pos-hepatit-c-ej-nadd", "vgr", "v_inf", "Telefonanteckning",
  "Lisa Bergqvist", SSK, "2024-10-21 16:05", 10, OV, [
      ("Provsvar", "HCV-RNA 2,1 x 10^6 IE/ml, genotyp 3a. Läkaren bedömer kronisk hepatit C."),
      ("Åtgärd", "Har sökt pat per telefon två gånger utan svar. Pat är således ännu ej informerad om svaret; nytt försök imorgon och kallelse skickas per brev."),
  ], "101", "102", "hepatitis C; patient not reached and not informed", ("1979-04-16", "779"))

C("pos-misstankt-lungcancer-vc-ej-informerad", "vgr", "v_vc_lerum", "Provsvarsanteckning",
  "Ola Mattsson", L, "2024-10-11 15:50", 20, OV, [
      ("Röntgen", "Lungröntgen 10/10: 3 cm stor rundhärd i höger ovanlob."),
      ("Bedömning", "Misstänkt lungcancer. Remiss enligt standardiserat vårdförlopp skickad till lungmedicin."),
      ("Planering", "Pat ännu ej informerad om röntgensvaret, nås inte förrän på måndag."),
  ], "101,102", "", "primary care: suspected lung cancer (hedged, visible) and patient not yet told → both", ("1952-08-08", "556"))

C("pos-cin3-ej-underrattad", "skane", "s_gyn", "Provsvarsanteckning",
  "Malin Ivarsson", L, "2024-03-06 09:40", 15, OV, [
      ("PAD", "Cervixbiopsier: HSIL (CIN 3) kl 12 och kl 3."),
      ("Planering", "Pat ej underätad om PAD. Konisering planeras; besked och operationsinformation ges vid telefontid 15/3."),
  ], "101", "102", "typo 'underätad': gyn CIN 3 in PAD, patient not told", ("1992-02-20", "708"))

C("pos-hcm-besked-kardiologbesok", "vgr", "v_kard", "Läkaranteckning",
  "Peter Engström", L, "2024-11-25 13:50", 25, OV, [
      ("MR hjärta", "Asymmetrisk septumhypertrofi 22 mm med fläckvis fibros i septum."),
      ("Bedömning", "Hypertrofisk kardiomyopati."),
      ("Planering", "Pat ej informerad om MR-svaret. Besked vid kardiologbesök 4/12, då även screening av förstagradssläktingar diskuteras."),
  ], "101", "102", "cardiology: HCM on MRI, patient not informed", ("1981-07-13", "915"))

C("pos-ftd-hustrun-forst-draft", "skane", "s_geri", "Läkaranteckning",
  "Ann-Sofie Borg", L, "2024-08-14 14:20", None, OV, [
      ("Bedömning", "Frontotemporal demens, beteendevariant, utifrån klinik, neuropsykologisk testning och FDG-PET."),
      ("Information", "Med nuvarande sjukdomsinsikt har pat inte informerats om diagnosen. Hustrun informeras först, därefter tas ställning till hur pat själv får besked."),
  ], "101", "102", "unsigned draft: FTD; patient not informed, spouse first", ("1956-11-02", "874"))

C("pos-myasteni-besked-vid-aterbesok", "vgr", "v_neuro_sk", "Läkaranteckning",
  "Karl Nyström", L, "2024-08-16 10:55", 20, OV, [
      ("Provsvar", "Acetylkolinreceptorantikroppar kraftigt förhöjda. Repetitiv nervstimulering med dekrement."),
      ("Bedömning", "Generaliserad myasthenia gravis."),
      ("Planering", "Besked till pat ges vid återbesök 28/8, Mestinon sätts in då."),
  ], "101", "102", "neurology: myasthenia gravis; 'besked till pat ges vid återbesök'", ("1974-06-29", "463"))

C("pos-hcc-ska-ej-meddelas-forran-mdk", "skane", "s_gastro", "Provsvarsanteckning",
  "Joakim Friberg", L, "2024-05-08 11:25", 20, OV, [
      ("PAD", "Leverbiopsi segment 6: hepatocellulär cancer, högt differentierad, i bakgrund av levercirros."),
      ("Planering", "Ska ej meddelas pat förrän efter lever-MDK 15/5, då behandlingsförslag finns."),
  ], "101", "102", "'ska ej meddelas förrän' MDK: HCC", ("1957-05-21", "342"))

C("pos-dlbcl-pat-vet-annu-inte", "vgr", "v_hem", "Läkaranteckning",
  "Sanna Lind", L, "2024-07-09 15:05", 30, OV, [
      ("PAD", "Lymfkörtelexstirpation vänster axill: diffust storcelligt B-cellslymfom."),
      ("Bedömning", "DLBCL. Stadieindelning med PET-DT beställd."),
      ("Information", "Pat vet ännu inte om att biopsin visade lymfom. Hematolog informerar vid besöket på torsdag."),
  ], "101", "102", "'pat vet ännu inte om att biopsin visade lymfom'", ("1968-09-14", "201"))

C("pos-axillmetastaser-kssk-ej-berort", "skane", "s_onk", "Kontaktsjuksköterskeanteckning",
  "Therese Palm", SSK, "2024-04-11 13:30", 10, OV, [
      ("Aktuellt", "Telefonsamtal med pat som väntar på svar efter bröstoperationen 28/3."),
      ("Provsvar", "Operations-PAD visar metastaser i tre av fjorton axillära lymfkörtlar."),
      ("Åtgärd", "Ansvarig läkare dr Holm informerar pat vid besöket på måndag. Undertecknad har inte berört PAD-svaret i samtalet."),
  ], "101", "102", "nurse phone note: lymph node metastases; responsible doctor to inform, nurse did not", ("1970-01-26", "888"))

C("pos-gallblasecancer-telefon-typo", "vgr", "v_kirmott", "Telefonanteckning",
  "Johanna Ek", SSK, "2024-04-30 10:45", 5, OV, [
      ("Kontaktorsak", "Pat ringer och undrar över PAD-svaret efter gallblaseoperationen 12/4."),
      ("Provsvar", "PAD: gallblåsecancer, T1b, radikalt opererad."),
      ("Åtgärd", "Hänvisar till läkarbesök 8/5. Svaret lämnas inte per telfon och pat har inte fått veta resultatet."),
  ], "101", "102", "typo 'telfon'; incidental gallbladder cancer withheld until doctor visit", ("1962-10-19", "604"))

C("pos-forsmaksflimmer-langtids-ekg", "vgr", "v_vc_tanum", "Provsvarsanteckning",
  "Gustav Sandberg", L, "2024-07-15 09:25", 15, OV, [
      ("EKG", "Långtids-EKG (48 h) inkommet efter besöket: paroxysmalt förmaksflimmer, sammanlagt 6 timmar."),
      ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 3."),
      ("Planering", "Pat ej informerad ännu, ringer imorgon och diskuterar antikoagulantia."),
  ], "101", "102", "primary care result after visit: atrial fibrillation, not yet told", ("1950-02-17", "734"))

C("pos-sarkoidos-ej-meddelad", "skane", "s_lung", "Provsvarsanteckning",
  "Emma Wallgren", L, "2024-02-15 14:35", 20, OV, [
      ("EBUS", "Granulom utan nekros i mediastinala lymfkörtlar, odlingar negativa."),
      ("Bedömning", "Sarkoidos stadium II."),
      ("Planering", "Pat är inte meddelad om resulatet. Besked och spirometri vid återbesök om två veckor."),
  ], "101", "102", "typo 'resulatet': sarcoidosis; 'pat är inte meddelad om ...'", ("1984-04-04", "515"))

C("pos-lungemboli-pat-sov", "vgr", "v_med_kungalv", "Jouranteckning",
  "Robin Axelsson", L, "2024-12-03 03:40", 20, SV, [
      ("Röntgen", "DT lungartärer: bilaterala segmentella lungembolier, ingen högerbelastning."),
      ("Åtgärd", "Fragmin i behandlingsdos ordinerat."),
      ("Information", "Pat sov när svaret kom och har inte informerats om fyndet. Ansvarig läkare informerar vid morgonronden."),
  ], "101", "102", "ward night note: pulmonary embolism found while patient asleep, not informed", ("1961-06-06", "437"))

C("pos-duchenne-vardnadshavare-ovetande", "skane", "s_barn_hbg", "Läkaranteckning",
  "Louise Hansson", L, "2024-09-26 15:30", 25, OV, [
      ("Provsvar", "CK 18 000 U/l. Genetisk analys: deletion av exon 45–50 i DMD-genen."),
      ("Bedömning", "Duchennes muskeldystrofi."),
      ("Information", "Vårdnadshavarna ännu ovetande om analyssvaret. Barnneurolog och kurator ger besked vid besök 2/10."),
  ], "101", "102", "child <13: Duchenne; guardians still unaware", ("2020-08-11", "173"))

C("pos-hodgkin-17ar-foraldrar-informerade", "skane", "s_barnonk", "Läkaranteckning",
  "Magdalena Kjellberg", L, "2024-05-14 17:05", 20, OV, [
      ("PAD", "Halslymfkörtel höger: klassiskt Hodgkins lymfom, nodulär skleros."),
      ("Information", "Föräldrarna informerade per telefon på pat:s begäran. Pat själv får besked av läkare vid besöket imorgon och känner ännu inte till svaret."),
  ], "101", "102", "17-year-old reads own journal: parents told but patient not yet", ("2007-03-02", "294"))

C("pos-anorexi-17ar-ej-kommunicerad", "skane", "s_bup", "Läkaranteckning",
  "Ida Lundqvist", L, "2024-10-16 11:50", 30, OV, [
      ("Status", "BMI 15,2. Bradykardi 48/min, ortostatisk blodtrycksreaktion."),
      ("Bedömning", "Anorexia nervosa, restriktiv typ."),
      ("Planering", "Diagnosen är ännu ej kommunicerad med pat. Tas upp i familjesamtal nästa vecka tillsammans med behandlare."),
  ], "101", "102", "BUP, patient 17: anorexia nervosa 'ännu ej kommunicerad'", ("2007-01-09", "528"))

C("pos-wilms-foraldrar-ovetande-ssk", "skane", "s_barnonk", "Omvårdnadsanteckning",
  "Josefin Mattsson", SSK, "2024-03-19 13:15", 15, SV, [
      ("Aktuellt", "DT buk har visat en stor tumör i vänster njure, Wilms tumör enligt barnkirurgen."),
      ("Omvårdnad", "Föräldrarna är ovetande om DT-svaret. Barnonkolog har bokat samtal med dem kl 16 och undertecknad har hänvisat deras frågor dit."),
  ], "101", "", "nurse note, child <13: Wilms tumour; parents unaware", ("2021-02-14", "159"))

C("pos-njurcancer-typo-infomerad", "vgr", "v_uro", "Läkaranteckning",
  "Fredrik Olausson", L, "2024-04-02 10:10", 25, OV, [
      ("Röntgen", "DT buk: 6 cm solid tumör i höger njures nedre pol, njurcancer enligt radiolog."),
      ("Planering", "Pat ej infomerad. Besked vid mottagningsbesök 9/4 tillsammans med kontaktsjuksköterska."),
  ], "101", "", "typo 'infomerad': renal cancer not yet told", ("1958-03-31", "617"))

C("pos-skivepitelcancer-hud-typo-beskd", "skane", "s_hud", "Provsvarsanteckning",
  "Moa Lindström", L, "2024-08-05 09:15", 10, OV, [
      ("PAD", "Skivepitelcancer i huden, högt differentierad, radikalt exciderad från vänster tinning."),
      ("Planering", "Beskd ges vid suturtagning 14/8, uppföljning enligt vårdprogram."),
  ], "101", "102", "typo 'Beskd': cutaneous SCC, news at suture removal", ("1939-12-12", "251"))

C("pos-ms-typo-sklerso", "vgr", "v_neuro", "Läkaranteckning",
  "Hampus Blomqvist", L, "2024-02-21 16:30", 30, OV, [
      ("Utredning", "MR visar fem T2-lesioner, varav två juxtakortikala. Oligoklonala band i likvor."),
      ("Bedömning", "Multipel sklerso, skovvis förlöpande."),
      ("Planering", "Diagnosbesked ej lämnat; ges vid besök 5/3 med MS-sjuksköterska."),
  ], "101", "102", "typo 'sklerso' in diagnosis: MS not yet told", ("1996-04-27", "482"))

C("pos-alzheimer-typo-ovetande", "vgr", "v_minne", "Läkaranteckning",
  "Monica Sjöberg", L, "2024-11-20 14:00", 30, OV, [
      ("Diagnos", "Alzhiemers sjukdom, tidig debut."),
      ("Planering", "Pat ovetande om utredningsresultatet. Besked vid återbesök tillsammans med sonen 2/12."),
  ], "101", "102", "typo 'Alzhiemers': Alzheimer's disease, patient unaware", ("1962-03-06", "807"))

C("pos-ventrikelcancer-sederad-typo", "vgr", "v_med_kungalv", "Daganteckning",
  "Sebastian Hall", L, "2024-09-09 15:40", 20, SV, [
      ("Gastroskopi", "Ulcererande tumör i ventrikelns antrum, biopsier tagna."),
      ("PAD", "Ventrikelcacner, adenocarcinom av diffus typ."),
      ("Information", "Fyndet är ännu ej kommunicerat med pat, som varit sederad och trött under dagen. Ansvarig läkare tar samtalet imorgon."),
  ], "101", "102", "typo 'Ventrikelcacner': gastric cancer not yet communicated", ("1947-07-17", "258"))

C("pos-njursvikt-vc-ej-informerad-draft", "vgr", "v_vc_hjallbo", "Provsvarsanteckning",
  "Nadia Rahimi", L, "2024-06-24 12:40", None, OV, [
      ("Provsvar", "Kreatinin 212 µmol/l, eGFR 22 ml/min, U-albumin/kreatinin 85 mg/mmol. Stabilt jämfört med mars."),
      ("Bedömning", "Kronisk njursvikt stadium 4."),
      ("Planering", "Pat har ännu inte informerats om provsvaren. Tolk på somaliska bokas till telefontid nästa vecka, remiss till njurmedicin."),
  ], "101", "102", "unsigned draft primary care: CKD 4; not informed, interpreter booked", ("1960-01-01", "349"))

C("pos-ipf-hrct-ej-informerad-draft", "skane", "s_lung", "Läkaranteckning",
  "Per Hammar", L, "2024-12-02 16:10", None, OV, [
      ("Röntgen", "HRCT thorax: basal och subpleural honeycombing med dragbronkiektasier, UIP-mönster."),
      ("Bedömning", "Idiopatisk lungfibros enligt lung-MDK 29/11."),
      ("Planering", "Pat ej informerad om MDK-utfallet. Besked och start av antifibrotisk behandling vid besöket 10/12."),
  ], "101", "102", "unsigned draft: IPF, patient not informed of MDK outcome", ("1949-09-19", "151"))

C("pos-misstankt-als-misstanken-ej-framford", "vgr", "v_neuro_sk", "Läkaranteckning",
  "Linda Carlström", L, "2024-03-25 11:45", 30, OV, [
      ("Status", "Fascikulationer i båda överarmarna och tungan, livliga reflexer, atrofi av thenar vänster."),
      ("Bedömning", "Misstänkt ALS. Neurografi och EMG bokade."),
      ("Planering", "Misstanken har inte framförts till pat, som informeras när EMG-svaret finns."),
  ], "101,102", "", "hedged ALS in visible Bedömning, and hypothesis not told → NL101 and NL102", ("1964-12-30", "725"))

C("pos-sannolikt-myelom-ej-informerad", "skane", "s_hem", "Provsvarsanteckning",
  "Alexander Nord", L, "2024-10-28 13:05", 20, OV, [
      ("Provsvar", "M-komponent IgG kappa 38 g/l, fria lätta kedjor kappa 420 mg/l, kreatinin 140."),
      ("Bedömning", "Sannolikt myelom. Benmärgsundersökning bokad 31/10."),
      ("Planering", "Pat ej informerad om misstanken förrän benmärgssvaret finns."),
  ], "101,102", "", "hedged myeloma visible and deliberately not told → NL101 and NL102", ("1951-08-01", "424"))

C("pos-progress-pat-bett-vanta", "vgr", "v_onk", "Läkaranteckning",
  "Magnus Berglund", L, "2024-11-06 15:15", 25, OV, [
      ("Röntgen", "Utvärderings-DT thorax-buk: progress med nya lungmetastaser bilateralt, oförändrad lokalt i rektum."),
      ("Samtal", "Pat har bett att inte få resultatet idag, vill ta det vid nästa besök tillsammans med sin fru. Pat har därför inte fått veta om de nya lungmetastaserna."),
  ], "101", "102", "patient asked to wait: new lung metastases untold", ("1960-10-10", "713"))

C("pos-vsd-spadbarn-vh-ej-underrattade", "vgr", "v_barn_dsbus", "Läkaranteckning",
  "Jakob Wennberg", L, "2024-06-03 12:20", 25, SV, [
      ("Ekokardiografi", "Stor perimembranös ventrikelseptumdefekt med vänster-höger-shunt, normal klaffunktion."),
      ("Bedömning", "VSD hos tre veckor gammal flicka, remiss till barnkardiologisk uppföljning."),
      ("Information", "Vårdnadshavarna är inte underrättade om ekosvaret; barnkardiolog informerar båda föräldrarna vid eftermiddagens samtal."),
  ], "101", "102", "infant <13: ventricular septal defect; guardians not told", ("2024-05-12", "228"))

C("pos-lymfom-dt-akutmott-natt", "skane", "s_akut", "Läkaranteckning",
  "Oscar Mårtensson", L, "2024-08-24 02:15", 40, "akut", [
      ("Anamnes", "Söker för tilltagande trötthet och nattliga svettningar sedan två månader."),
      ("Röntgen", "DT hals-thorax-buk: utbredda förstorade lymfkörtlar på båda sidor om diafragma och splenomegali, lymfom enligt radiologjour."),
      ("Planering", "Läggs in på medicin. Pat ej informerad om DT-fynden, ska informeras av hematolog på dagtid."),
  ], "101", "", "emergency dept night: lymphoma on CT, patient not informed", ("1975-02-03", "850"))

C("pos-alzheimer-ssk-ej-till-dottern", "skane", "s_minne", "Sjuksköterskeanteckning",
  "Agneta Fransson", SSK, "2024-05-22 09:30", 10, OV, [
      ("Aktuellt", "Dottern ringer och vill veta resultatet av minnesutredningen."),
      ("Bedömning", "Enligt läkarens bedömning 20/5 föreligger lindrig Alzheimers sjukdom."),
      ("Åtgärd", "Diagnosen har inte meddelats pat ännu och lämnas därför inte ut till dottern. Hänvisar till återgivningssamtalet 29/5."),
  ], "101", "102", "nurse: Alzheimer's in Bedömning, not yet told to patient, so not told daughter", ("1941-10-20", "526"))

# =====================================================================
# NEGATIVES: near misses that must stay silent on NL101
# =====================================================================

C("neg-diagnosbesked-givet-idag", "vgr", "v_brost", "Läkaranteckning",
  "Maja Olofsson", L, "2024-02-19 13:30", 30, OV, [
      ("PAD", "Invasiv duktal cancer, NHG 2, ER positiv, HER2 negativ, 14 mm i vänster bröst."),
      ("Information", "Diagnosbesked givet idag av bröstkirurg i närvaro av kontaktsjuksköterska. Pat tog beskedet med fattning och fick skriftlig information."),
  ], "", "101,102", "told today: 'diagnosbesked givet idag'", ("1966-04-18", "300"))

C("neg-informerad-av-onkolog-igar", "skane", "s_kiravd", "Daganteckning",
  "Niklas Sörensen", L, "2024-06-12 10:25", 20, SV, [
      ("Röntgen", "DT buk 10/6: tre levermetastaser i höger leverlob, ingen extrahepatisk spridning."),
      ("Information", "Pat informerad av onkolog igår om levermetastaserna. Har följdfrågor om behandling som tas vid onkologbesöket."),
  ], "", "101,102", "told earlier by someone else: 'informerad av onkolog igår'", ("1955-10-05", "231"))

C("neg-ms-informerad-av-neurolog", "vgr", "v_neuro", "Sjuksköterskeanteckning",
  "Malin Rydberg", SSK, "2024-04-12 14:10", 15, OV, [
      ("Aktuellt", "Uppföljande samtal hos MS-sjuksköterska."),
      ("Bakgrund", "Skovvis förlöpande MS diagnostiserad i mars."),
      ("Information", "Informerad av neurolog 3/4 om MS-diagnosen. Idag genomgång av behandlingsalternativ och kontaktvägar."),
  ], "", "101,102", "told earlier by the neurologist, nurse follow-up", ("1993-11-29", "663"))

C("neg-ej-informerad-om-operationsdatum", "skane", "s_kir_ksd", "Läkaranteckning",
  "Jesper Möller", L, "2024-03-21 11:30", 20, OV, [
      ("Status", "Reponibelt bråck i höger ljumske, ingen ömhet."),
      ("Bedömning", "Högersidigt ljumskbråck, operationsindikation föreligger."),
      ("Planering", "Sätts upp för TEP-plastik. Pat ej informerad om operationsdatum ännu, planeringssjuksköterskan ringer."),
  ], "", "101,102", "untold thing is a date (operation), not a diagnosis", ("1972-09-23", "577"))

C("neg-normalt-pad-ej-meddelat-uc", "vgr", "v_gastro", "Provsvarsanteckning",
  "Petra Ljung", L, "2024-05-14 15:05", 10, OV, [
      ("Bakgrund", "Känd ulcerös kolit sedan 2009 på mesalazin, i remission."),
      ("PAD", "Kontrollkoloskopi med stegbiopsier: ingen dysplasi."),
      ("Planering", "Pat ännu ej meddelad om det normala PAD-svaret; brev skickas idag. Ny kontroll om tre år."),
  ], "", "101,102", "untold thing is a normal result; the diagnosis (UC) is known and settled", ("1978-08-30", "612"))

C("neg-ej-informerad-om-behandlingsstopp-draft", "skane", "s_onk", "Läkaranteckning",
  "Gunnel Lilja", L, "2024-08-08 16:35", None, OV, [
      ("Bakgrund", "Metastaserad pankreascancer sedan januari, pat välkänd med diagnosen och spridningen."),
      ("Bedömning", "Tilltagande trötthet och viktnedgång under andra linjens cytostatika."),
      ("Planering", "Pat ej informerad om planen att avsluta cytostatika, tas upp vid samtal med pat och make 13/8."),
  ], "", "101,102", "unsigned draft: untold matter is a plan (stopping chemo), diagnosis known to patient", ("1959-12-08", "846"))

C("neg-tidiga-hypoteser-mall-skane-als", "skane", "s_neuro", "Tidiga hypoteser",
  "Jonas Persson", L, "2024-07-01 15:50", 15, OV, [
      ("Bedömning", "Misstänkt ALS utifrån fascikulationer, atrofi och övre motorneuronpåverkan. Pat ej informerad om misstanken, neurofysiologi avvaktas."),
  ], "", "101,102", "Skåne: hypothesis and not-told statement only in the hidden template Tidiga hypoteser", ("1961-02-09", "498"), hedge_ok=True)

C("neg-tidiga-hypoteser-sokord-vgr-pancreas", "vgr", "v_kirmott", "Läkaranteckning",
  "Oskar Hedman", L, "2024-09-18 13:40", 25, OV, [
      ("Aktuellt", "Återbesök efter DT buk och tumörmarkörer som tagits på grund av viktnedgång och klåda."),
      ("Tidiga hypoteser", "DT-bilden med vidgad pankreasgång och CA 19-9 på 890 inger stark misstanke om pankreascancer. Pat ännu ej informerad om misstanken."),
      ("Planering", "Pat informeras om undersökningsresultaten vid besöket efter ERCP. Remiss för ERCP med borstcytologi skickad."),
  ], "", "101,102", "VGR: diagnosis only under sökord Tidiga hypoteser; visible part names no diagnosis", ("1953-06-13", "117"), hedge_ok=True)

C("neg-broderns-eget-besked", "vgr", "v_vc_lerum", "Läkaranteckning",
  "Cecilia Blom", L, "2024-03-04 10:20", 20, OV, [
      ("Kontaktorsak", "Oro och sömnsvårigheter senaste veckorna."),
      ("Anamnes", "Pat:s bror har genomgått koloskopi och väntar på besked om eventuell tjocktarmscancer; brodern har ännu inte fått sitt PAD-svar."),
      ("Bedömning", "Oro utan tecken på depression, sömnhygienråd givna. Koloskopi erbjuds pat om broderns svar visar cancer."),
  ], "", "101,102", "relative's own news: the brother (not the patient) has not been told; family hedge not NL102", ("1970-11-15", "339"), hedge_ok=True)

C("neg-inga-fragor-efter-beskedet", "skane", "s_neuro", "Läkaranteckning",
  "Sven Magnusson", L, "2024-05-03 14:25", 25, OV, [
      ("Bedömning", "Nyupptäckt Parkinsons sjukdom, akinetisk-rigid form med debut i höger hand."),
      ("Information", "Diagnosbesked lämnat. Pat har inte några frågor efter beskedet men får kontaktuppgifter till Parkinsonsjuksköterskan."),
  ], "", "101,102", "negation meaning the opposite: 'inte några frågor efter beskedet' (told)", ("1952-03-19", "278"))

C("neg-inte-forvanad-kol", "skane", "s_lung", "Läkaranteckning",
  "Åsa Fredriksson", L, "2024-01-15 09:55", 15, OV, [
      ("Spirometri", "FEV1/FVC 0,61 efter bronkdilatation, FEV1 72 % av förväntat."),
      ("Bedömning", "KOL, GOLD 2. Pat inte förvånad över diagnosen med tanke på 40 paketår."),
      ("Planering", "Rökstopp diskuterat, inhalationsbehandling insatt."),
  ], "", "101,102", "'inte förvånad över diagnosen' implies told; no not-told statement", ("1957-07-07", "551"))

C("neg-forra-besoket-ej-pad-idag-besked-typo", "vgr", "v_onk", "Läkaranteckning",
  "Eva-Lena Strömberg", L, "2024-06-26 11:15", 30, OV, [
      ("PAD", "Leverbiopsi: kolangiocarcinom, intrahepatiskt."),
      ("Information", "Vid förra besöket hade pat ännu inte fått PAD-svaret. Idag givet diagonsbesked till pat och sonen, som ställde frågor om behandling."),
  ], "", "101,102", "typo 'diagonsbesked': earlier not told, told today → silent", ("1949-05-05", "626"))

C("neg-prognos-avboejd-diagnos-kand", "vgr", "v_onk", "Läkaranteckning",
  "Fredrika Holm", L, "2024-09-02 13:45", 20, OV, [
      ("Bakgrund", "Metastaserad bröstcancer med skelett- och levermetastaser."),
      ("Samtal", "Pat är informerad om diagnosen och spridningen. Hon önskar inte information om förväntad överlevnad i nuläget, vilket respekteras."),
  ], "", "101,102", "untold matter is prognosis, diagnosis told", ("1963-08-22", "174"))

C("neg-barn-foraldrar-informerade-barnet-ej", "skane", "s_barn_hbg", "Läkaranteckning",
  "Annelie Dahl", L, "2024-04-09 16:20", 20, SV, [
      ("Provsvar", "P-glukos 24 mmol/l, ketoner 3,2, HbA1c 78. GAD-antikroppar positiva."),
      ("Bedömning", "Nydebuterad typ 1-diabetes utan ketoacidos."),
      ("Information", "Föräldrarna informerade om diagnosen idag. Barnet själv, som är sju år, informeras i lugn och ro av diabetessjuksköterska imorgon."),
  ], "", "101,102", "child <13: guardians (the readers) informed; only the child not yet", ("2017-02-21", "263"))

C("neg-barn-vh-fatt-besked-epilepsi", "vgr", "v_barn_nal", "Läkaranteckning",
  "Marcus Ahlström", L, "2024-10-07 10:30", 20, OV, [
      ("Aktuellt", "Återbesök efter EEG."),
      ("Bedömning", "Barnabsensepilepsi med typiska 3 Hz-urladdningar."),
      ("Information", "Vårdnadshavarna fick besked om EEG-svaret och diagnosen idag. Etosuximid insätts, skriftlig information om epilepsi given."),
  ], "", "101,102", "child <13: guardians told today", ("2017-08-14", "457"))

C("neg-dottern-ska-inte-veta-pat-informerad", "skane", "s_onk", "Läkaranteckning",
  "Henrik Wahlström", L, "2024-02-13 15:10", 25, OV, [
      ("Bakgrund", "Lungcancer, adenocarcinom, stadium IV med hjärnmetastaser."),
      ("Samtal", "Pat själv välinformerad om sjukdomen. Han vill inte att dottern får veta om hjärnmetastaserna ännu och har bett oss inte informera henne."),
  ], "", "101,102", "the one not told is a relative; the patient is informed", ("1954-01-04", "418"))

C("neg-besked-per-telefon-tidigare-hypotyreos", "vgr", "v_vc_tanum", "Läkaranteckning",
  "Lars Wester", L, "2024-03-27 08:40", 15, OV, [
      ("Bakgrund", "Pat fick besked per telefon av dr Strand 12/3 om hypotyreos, TSH 14 och TPO-antikroppar positiva."),
      ("Bedömning", "Hypotyreos av autoimmun genes, Levaxin 50 µg insatt."),
      ("Planering", "Ny TSH om sex veckor."),
  ], "", "101,102", "told earlier by phone by another doctor", ("1986-05-13", "268"))

C("neg-normalt-tsh-ej-informerad", "vgr", "v_vc_hjallbo", "Provsvarsanteckning",
  "Mona Karlsson", L, "2024-09-30 14:15", 10, OV, [
      ("Bakgrund", "Känd hypotyreos sedan 2015 på Levaxin 100 µg."),
      ("Provsvar", "TSH 2,1 och fritt T4 16, inom referensområdet."),
      ("Åtgärd", "Pat ej informerad om att TSH var normalt, brev skickas. Oförändrad dos."),
  ], "", "101,102", "untold matter is a normal lab value; diagnosis long known", ("1962-12-01", "508"))

C("neg-remiss-ej-informerad-ckd-draft", "skane", "s_njur", "Läkaranteckning",
  "Birger Nyberg", L, "2024-11-14 11:00", None, OV, [
      ("Bakgrund", "Kronisk njursvikt stadium 3b på basen av diabetesnefropati, känd sedan 2019 och väl genomgången med pat."),
      ("Planering", "Pat ej informerad om att remiss skickats till dialysförberedande mottagning; informationsbrev går ut."),
  ], "", "101,102", "unsigned draft: untold matter is a referral, diagnosis known", ("1950-04-29", "311"))

C("neg-redan-informerad-av-avdelningslakare", "skane", "s_onk", "Läkaranteckning",
  "Martina Ström", L, "2024-07-24 09:45", 30, OV, [
      ("Remissorsak", "Nybesök för ställningstagande till adjuvant behandling efter hemikolektomi."),
      ("PAD", "Adenocarcinom i colon ascendens, pT3N1a, R0."),
      ("Information", "Pat redan informerad av avdelningsläkaren på kirurgen om PAD-svaret. Idag genomgång av adjuvant cytostatika."),
  ], "", "101,102", "already told by the ward doctor at another unit", ("1961-01-08", "546"))

C("neg-informerad-via-tolk-idag", "vgr", "v_uro", "Läkaranteckning",
  "Ahmad Karimi", L, "2024-05-23 14:35", 30, OV, [
      ("PAD", "Prostatabiopsier: adenocarcinom Gleason 3+4=7 i 3 av 12 kolvar."),
      ("Information", "Pat informerad om prostatacancern via telefontolk på dari idag. Frågor om potens och inkontinens besvarade."),
  ], "", "101,102", "told today via interpreter", ("1956-03-20", "731"))

C("neg-kurator-dagen-efter-beskedet", "vgr", "v_kurator", "Kuratorsanteckning",
  "Hanna Wessman", KUR, "2024-04-17 10:10", 40, OV, [
      ("Samtal", "Samtal dagen efter cancerbeskedet. Pat bearbetar att det rör sig om en spridd äggstockscancer och oroar sig mest för barnen."),
      ("Åtgärd", "Stödsamtal, nytt samtal om en vecka."),
  ], "", "101,102", "counsellor after the news: diagnosis already told", ("1975-12-19", "260"))

C("neg-valinformerad-kol", "vgr", "v_vc_alingsas", "Sjuksköterskeanteckning",
  "Rebecka Nilsson", SSK, "2024-11-05 13:25", 10, OV, [
      ("Aktuellt", "KOL-mottagning, årlig kontroll."),
      ("Bedömning", "Pat är välinfomerad om sin KOL och använder inhalatorerna korrekt."),
      ("Planering", "Influensa- och pneumokockvaccination ges idag."),
  ], "", "101,102", "typo 'välinfomerad': patient well informed about own COPD", ("1948-02-11", "244"))

C("neg-malignitet-uteslutits-ej-informerad", "skane", "s_hud", "Provsvarsanteckning",
  "Axel Lindgren", L, "2024-03-12 10:50", 10, OV, [
      ("PAD", "Seborroisk keratos, ingen malignitet."),
      ("Planering", "Pat ännu inte informerad om att melanom kunde uteslutas; brev skickas idag."),
  ], "", "101,102", "untold thing is a ruled-out diagnosis (benign PAD), nothing affirmed", ("1967-10-26", "127"), hedge_ok=True)

C("neg-partner-ej-kontaktad-hiv", "skane", "s_inf", "Läkaranteckning",
  "Victoria Lönn", L, "2024-01-24 13:20", 35, OV, [
      ("Bedömning", "Nydiagnostiserad hiv-infektion, CD4 420, virusmängd 85 000 kopior/ml."),
      ("Information", "Pat informerad om hiv-diagnosen idag tillsammans med kurator. Han vill själv berätta för sin partner och har bett att partnern inte kontaktas ännu."),
  ], "", "101,102", "patient told; the partner is the one not told", ("1990-12-28", "137"))

C("neg-hustruns-egen-als", "vgr", "v_vc_tanum", "Läkaranteckning",
  "Björn Isaksson", L, "2024-08-12 09:50", 20, OV, [
      ("Kontaktorsak", "Sömnsvårigheter och nedstämdhet."),
      ("Social anamnes", "Hustrun utreds på neurologen för misstänkt ALS och har ännu inte fått något besked, vilket tär på båda."),
      ("Åtgärd", "Stödsamtal, sömnråd. Kuratorskontakt erbjuds."),
  ], "", "101,102", "relative's own news: the wife is the one not yet told (and her hedged ALS is family, not NL102)", ("1954-09-30", "395"), hedge_ok=True)

C("neg-genetik-valde-ta-del-idag", "skane", "s_genetik", "Genetisk vägledning",
  "Ulrika Blom", L, "2024-06-20 13:45", 40, OV, [
      ("Analysresultat", "42 CAG-repeat i HTT-genen, anlagsbärare för Huntingtons sjukdom."),
      ("Samtal", "Pat valde att ta del av svaret idag med sin sambo som stödperson. Reagerade med sorg men även lättnad över att ovissheten är över."),
  ], "", "101,102", "genetics: result given today", ("1989-01-18", "269"))

C("neg-pat-har-ej-berattat-for-barnen-typo", "vgr", "v_onk", "Sjuksköterskeanteckning",
  "Camilla Svärd", SSK, "2024-10-15 14:05", 15, OV, [
      ("Bakgrund", "Rektalcancer med levermetastaser, under palliativ cytostatikabehandling."),
      ("Samtal", "Pat har ännu inte berätat för barnen om sin cancer och vill ha stöd i hur det kan göras. Kurator kopplas in."),
  ], "", "101,102", "typo 'berätat': patient knows; the children are not told", ("1978-03-14", "672"))

C("neg-biverkningsinformation-ej-given", "skane", "s_brost", "Sjuksköterskeanteckning",
  "Ellinor Persson", SSK, "2024-04-25 11:10", 10, OV, [
      ("Bakgrund", "Bröstcancer, diagnosbesked 4/3, opererad med sektorresektion."),
      ("Planering", "Pat ej informerad om biverkningar av tamoxifen ännu, det tas vid nästa besök när receptet skrivs."),
  ], "", "101,102", "untold matter is side-effect information, diagnosis told", ("1960-07-19", "188"))

C("neg-svar-efter-besoket-normala-astma", "vgr", "v_vc_lerum", "Provsvarsanteckning",
  "Simon Ekberg", L, "2024-05-02 15:40", 5, OV, [
      ("Bakgrund", "Astma sedan barndomen, välkontrollerad."),
      ("Provsvar", "Hb, leverstatus, kreatinin och CRP normala."),
      ("Åtgärd", "Provsvaren kom efter besöket och är samtliga normala; pat ej meddelad ännu, sms skickas."),
  ], "", "101,102", "result after visit, normal; known asthma not the untold matter", ("1999-09-09", "359"))

C("neg-adhd-aterkoppling-genomford", "vgr", "v_psyk_su", "Läkaranteckning",
  "Julia Ahlgren", L, "2024-03-15 14:00", 45, OV, [
      ("Sammanfattning", "Neuropsykiatrisk utredning visar ADHD, kombinerad form."),
      ("Samtal", "Återgivning av utredningen genomförd idag och pat fick diagnosbesked. Pat kände igen sig och vill prova läkemedel."),
  ], "", "101,102", "psychiatry: feedback given today", ("2001-06-08", "430"))

C("neg-ville-ej-tidigare-nu-besked", "vgr", "v_hem", "Läkaranteckning",
  "Olle Bergström", L, "2024-09-23 10:40", 25, OV, [
      ("Bakgrund", "Kronisk lymfatisk leukemi, Binet A, diagnostiserad på lab-fynd."),
      ("Samtal", "Pat har tidigare inte velat ta emot information om blodproverna men fick idag besked om sjukdomen. Han förstår att behandling inte behövs nu."),
  ], "", "101,102", "earlier unwilling, told today", ("1944-11-11", "214"))

C("neg-vantetid-mr-migran", "skane", "s_neuro", "Telefonanteckning",
  "Pia Sjöstrand", SSK, "2024-02-06 12:15", 5, OV, [
      ("Kontaktorsak", "Pat med känd migrän utan aura ringer och undrar när MR blir av."),
      ("Åtgärd", "Pat ännu inte informerad om väntetiden eftersom röntgen inte bokat än, återkommer när tid finns."),
  ], "", "101,102", "untold matter is a waiting time; diagnosis known", ("1988-10-17", "593"))

C("neg-hba1c-hemolyserat-draft", "vgr", "v_vc_alingsas", "Provsvarsanteckning",
  "Birgitta Holmqvist", L, "2024-09-16 13:15", None, OV, [
      ("Bakgrund", "Diabetes typ 2 sedan 2018 på metformin."),
      ("Provsvar", "HbA1c-provet hemolyserat och kunde inte analyseras."),
      ("Planering", "Pat ej informerad om att provet behöver tas om, sjuksköterska ringer."),
  ], "", "101,102", "unsigned draft: untold matter is a repeat sample", ("1957-04-03", "661"))

C("neg-dt-svar-givet-pa-ronden", "vgr", "v_med_kungalv", "Daganteckning",
  "Karin Lindholm", L, "2024-12-04 16:30", 20, SV, [
      ("Röntgen", "DT lungartärer från natten: bilaterala segmentella lungembolier."),
      ("Information", "Pat informerades om DT-svaret och lungembolierna vid eftermiddagsronden. Förstår behovet av blodförtunnande i minst tre månader."),
  ], "", "101,102", "ward: radiology answer told at the round", ("1961-06-06", "437"))

C("neg-fatt-diagnos-i-formiddags-ssk", "skane", "s_hem", "Omvårdnadsanteckning",
  "Sandra Kock", SSK, "2024-10-30 18:20", 15, SV, [
      ("Aktuellt", "Pat har fått diagnosen akut lymfatisk leukemi av hematologen i förmiddags."),
      ("Omvårdnad", "Ledsen och chockad under eftermiddagen. Maken på plats, samtal med undertecknad om vad som händer de närmaste dagarna."),
  ], "", "101,102", "nurse: diagnosis given by doctor earlier today", ("1983-05-27", "880"))

C("neg-downs-foraldrar-informerade-igar", "skane", "s_barn_hbg", "Läkaranteckning",
  "Fredrik Månsson", L, "2024-01-25 10:15", 20, SV, [
      ("Bakgrund", "Nyfödd flicka med Downs syndrom, bekräftat med kromosomanalys."),
      ("Information", "Föräldrarna informerade av neonatolog igår. Idag genomgång av ekokardiografi, som var normal, och kontakt med habiliteringen."),
  ], "", "101,102", "newborn: guardians told yesterday", ("2024-01-19", "326"))

C("neg-demens-aterkoppling-idag", "skane", "s_minne", "Läkaranteckning",
  "Eva Nilsson", L, "2024-10-17 10:45", 30, OV, [
      ("Diagnos", "Alzheimers sjukdom med sen debut, MMT 24 poäng."),
      ("Samtal", "Pat och maken fick diagnosbesked vid återkopplingssamtalet idag. Donepezil insätts och demenssjuksköterska kontaktar dem."),
  ], "", "101,102", "dementia: told at today's feedback conversation", ("1945-03-09", "486"))

C("neg-besked-givet-typo-beskd", "vgr", "v_lung", "Läkaranteckning",
  "Anders Wikström", L, "2024-03-15 11:20", 30, OV, [
      ("Cytologi", "Småcellig lungcancer i lymfkörtelstation 7."),
      ("Information", "Diagnosbeskd givet idag till pat och dottern. Start av cytostatika planeras nästa vecka."),
  ], "", "101,102", "typo 'Diagnosbeskd': told today", ("1950-06-22", "208"))

C("neg-informarad-typo-onkolog-igar", "vgr", "v_kir_nal", "Daganteckning",
  "Elsa Hägg", L, "2024-10-04 09:20", 15, SV, [
      ("Bakgrund", "Peritoneal carcinomatos vid diagnostisk laparoskopi 2/10."),
      ("Information", "Pat informarad av onkolog igår om operationsfynden, planeras för palliativ cytostatika."),
  ], "", "101,102", "typo 'informarad': told yesterday by oncologist", ("1955-07-08", "719"))

C("neg-vill-ej-mer-info-idag-parkinson", "vgr", "v_neuro_sk", "Läkaranteckning",
  "Tomas Lindberg", L, "2024-05-31 14:10", 25, OV, [
      ("Bedömning", "Parkinsons sjukdom, tremordominant."),
      ("Samtal", "Pat och dottern har fått diagnosen förklarad. Pat vill inte ha mer information idag utan återkommer med frågor vid nästa besök."),
  ], "", "101,102", "'vill inte ha mer information idag' after being told", ("1951-12-16", "295"))

C("neg-tidiga-hypoteser-mall-skane-pad", "skane", "s_uro", "Tidiga hypoteser",
  "Mikael Bengtsson", L, "2024-09-10 10:15", 15, OV, [
      ("Bedömning", "PAD från njurresektat visar klarcellig njurcancer. Pat ej informerad, besked vid återbesök."),
  ], "", "101,102", "Skåne: untold diagnosis only in the hidden template Tidiga hypoteser", ("1967-02-17", "453"))

C("neg-tidiga-hypoteser-sokord-vgr-psykos", "vgr", "v_psyk_udd", "Läkaranteckning",
  "Tove Åström", L, "2024-11-18 15:20", 30, OV, [
      ("Aktuellt", "Uppföljning. Sover bättre, fortsatt tillbakadragen enligt modern."),
      ("Tidiga hypoteser", "Debuterande schizofreni diskuteras, ej framfört till pat."),
      ("Planering", "Fortsatt utredning med psykolog. Pat ej informerad om utredningens inriktning, tas upp när bedömningen är klar."),
  ], "", "101,102", "VGR: diagnosis only in Tidiga hypoteser; visible part has no diagnosis", ("2003-04-10", "385"))

C("neg-tidiga-hypoteser-sokord-vgr-demens-draft", "vgr", "v_minne", "Läkaranteckning",
  "Monica Sjöberg", L, "2024-04-08 11:35", None, OV, [
      ("Anamnes", "Make beskriver personlighetsförändring och impulsivitet senaste året."),
      ("Tidiga hypoteser", "Frontotemporal demens misstänks, pat inte informerad."),
      ("Planering", "Neuropsykologisk testning och PET bokas. Pat får återkoppling när utredningen är klar."),
  ], "", "101,102", "unsigned draft VGR: hypothesis only under Tidiga hypoteser", ("1958-08-26", "733"), hedge_ok=True)

C("neg-mammans-egen-cancer", "skane", "s_psyk_lund", "Läkaranteckning",
  "Rickard Jönsson", L, "2024-02-28 13:50", 30, OV, [
      ("Aktuellt", "Återbesök för anpassningsstörning med ångest."),
      ("Social anamnes", "Pat:s mamma har fått en cancerdiagnos men är på grund av sin demens ovetande om den. Pat tar ett stort ansvar för henne."),
      ("Bedömning", "Anpassningsstörning, något förbättrad. Fortsatt KBT."),
  ], "", "101,102", "the unaware person is the mother about her own diagnosis", ("1974-10-01", "266"))

C("neg-psa-normalt-ej-meddelat", "vgr", "v_uro", "Provsvarsanteckning",
  "Magnus Carlsson", L, "2024-08-19 09:05", 10, OV, [
      ("Bakgrund", "Prostatacancer, robotassisterad prostatektomi i februari."),
      ("Provsvar", "PSA < 0,1 µg/l, omätbart."),
      ("Planering", "Pat ej meddelad om det fina PSA-svaret än; ringer honom imorgon."),
  ], "", "101,102", "untold matter is a good (normal) PSA result", ("1955-12-05", "150"))

C("neg-korttidsboende-plan-ej-informerad", "skane", "s_geri", "Sjuksköterskeanteckning",
  "Louise Winther", SSK, "2024-03-08 14:40", 10, SV, [
      ("Bakgrund", "Hjärtsvikt och vaskulär demens, välkänt för pat och familj."),
      ("Planering", "Pat ännu ej informerad om att korttidsboende planeras efter utskrivning, dottern vill vara med vid det samtalet."),
  ], "", "101,102", "untold matter is a care plan (short-term housing)", ("1936-01-23", "227"))

C("neg-ville-inte-vanta-besked-direkt", "skane", "s_lung", "Telefonanteckning",
  "Emma Wallgren", L, "2024-02-16 16:05", 10, OV, [
      ("Kontaktorsak", "Pat ringer om biopsisvaret."),
      ("Åtgärd", "Pat ville inte vänta med beskedet till återbesöket, så resultatet gavs direkt per telefon idag: sarkoidos stadium II. Återbesök kvarstår."),
  ], "", "101,102", "'ville inte vänta med beskedet' → told by phone today", ("1984-04-04", "515"))

C("neg-underrattad-telefontid", "vgr", "v_vc_lerum", "Telefonanteckning",
  "Ola Mattsson", L, "2024-10-14 09:10", 10, OV, [
      ("Aktuellt", "Planerad telefontid angående lungröntgen."),
      ("Åtgärd", "Pat underrättad om röntgensvaret och misstanken om lungcancer. Vet att remiss gått till lungmedicin och att kallelse kommer inom en vecka."),
  ], "102", "101", "patient told about a hedged diagnosis → NL101 silent, NL102 fires", ("1952-08-08", "556"))

C("neg-informerad-om-misstanke-ms-hedged", "skane", "s_neuro", "Läkaranteckning",
  "Johan Ekman", L, "2024-07-11 14:20", 30, OV, [
      ("Status", "Nedsatt visus vänster öga med smärta vid ögonrörelser."),
      ("Bedömning", "Optikusneurit vänster, möjlig debut av MS. MR hjärna och likvor bokas."),
      ("Information", "Pat informerad om att MS kan ligga bakom och om den planerade utredningen."),
  ], "102", "101", "hedged MS told to the patient → NL102 only", ("1995-01-22", "504"))

C("neg-informerad-om-misstanke-lymfom-kan-vara", "vgr", "v_onh", "Läkaranteckning",
  "Daniel Fors", L, "2024-06-05 11:10", 25, OV, [
      ("Status", "3 cm stor, fast, oöm lymfkörtel på vänster halssida."),
      ("Bedömning", "Kan vara lymfom. Exstirpation bokad."),
      ("Information", "Pat informerad idag om vad som misstänks och varför körteln tas bort."),
  ], "102", "101", "'kan vara lymfom' told to the patient → NL102 only", ("1986-12-12", "371"))

C("neg-misstankt-koloncancer-informerad-svf", "skane", "s_kir_ksd", "Läkaranteckning",
  "Jesper Möller", L, "2024-11-21 13:35", 25, OV, [
      ("Koloskopi", "Cirkulär tumörväxt i colon transversum, biopsier tagna."),
      ("Bedömning", "Misstänkt koloncancer, standardiserat vårdförlopp startat."),
      ("Information", "Pat informerad om misstanken och om SVF-förloppet. Kontaktsjuksköterska utsedd."),
  ], "102", "101", "suspected colon cancer told → NL102 only", ("1963-09-12", "283"))

C("neg-teen-informerad-foraldrar-ej", "skane", "s_gyn", "Läkaranteckning",
  "Sara Holmgren", L, "2024-08-29 15:25", 20, OV, [
      ("Bedömning", "Polycystiskt ovariesyndrom enligt Rotterdamkriterierna."),
      ("Information", "Pat, 17 år, informerad om diagnosen. Hon vill inte att föräldrarna informeras ännu, vilket respekteras."),
  ], "", "101,102", "17-year-old told; parents are the ones not told", ("2007-05-16", "568"))

C("neg-maken-avliden-ej-informerad", "vgr", "v_geri", "Omvårdnadsanteckning",
  "Agnes Pettersson", SSK, "2024-02-02 20:10", 15, SV, [
      ("Bakgrund", "Vaskulär demens och förmaksflimmer sedan flera år."),
      ("Omvårdnad", "Dottern har ringt och berättat att pat:s make avled i eftermiddags. Pat ännu ej informerad, dottern kommer imorgon och berättar själv."),
  ], "", "101,102", "untold matter is a relative's death, not a diagnosis", ("1934-09-08", "202"))

C("neg-oklarheter-kring-diagnosen-inga", "vgr", "v_gastro", "Läkaranteckning",
  "Cecilia Wallin", L, "2024-04-03 14:20", 25, OV, [
      ("Bedömning", "Ulcerös kolit, pankolit med måttlig aktivitet."),
      ("Samtal", "Diagnosen genomgången. Inga oklarheter kvarstår för pat kring diagnosen, mesalazin insatt."),
  ], "", "101,102", "negated wording ('inga oklarheter') means told", ("2000-10-02", "467"))

C("neg-har-svart-att-acceptera-schizofreni", "skane", "s_psyk_lund", "Läkaranteckning",
  "Oskar Dahlberg", L, "2024-10-16 14:30", 40, OV, [
      ("Diagnos", "Paranoid schizofreni."),
      ("Samtal", "Återgivning genomförd med psykolog. Pat har svårt att acceptera diagnosen men har fått den förklarad och skriftlig information."),
  ], "", "101,102", "told but not accepting: 'svårt att acceptera diagnosen'", ("1998-02-13", "573"))

C("neg-inga-diagnoser-ej-informerad-prover", "vgr", "v_vc_tanum", "Provsvarsanteckning",
  "Gustav Sandberg", L, "2024-06-27 10:35", 5, OV, [
      ("Provsvar", "Hb 138, CRP < 5, TSH 1,8 och ferritin 74."),
      ("Åtgärd", "Pat ej informerad om svaret på blodproverna. Ringer imorgon, inga åtgärder behövs."),
  ], "", "101,102", "not-told phrase present but no diagnosis at all", ("1991-03-03", "476"))

C("neg-fick-diagnos-pa-annat-sjukhus", "vgr", "v_onk", "Läkaranteckning",
  "Fredrika Holm", L, "2024-05-09 13:10", 30, OV, [
      ("Remissorsak", "Övertag från Skaraborgs Sjukhus efter flytt."),
      ("Bakgrund", "Follikulärt lymfom grad 2 diagnostiserat i mars, pat fick diagnosen där och är välinformerad."),
      ("Planering", "Aktiv exspektans, ny DT om sex månader."),
  ], "", "101,102", "told at another hospital earlier", ("1967-07-01", "658"))

C("neg-barn-foraldrar-informerade-barnet-ej-vgr", "vgr", "v_barn_dsbus", "Läkaranteckning",
  "Henrik Almqvist", L, "2024-07-02 14:45", 25, OV, [
      ("Bedömning", "Celiaki, bekräftad med duodenalbiopsier."),
      ("Information", "Vårdnadshavarna har fått diagnosen förklarad idag. Pojken, 8 år, har ännu inte fått veta något och föräldrarna vill själva berätta hemma."),
  ], "", "101,102", "child <13: guardians told; only the child not yet", ("2016-05-28", "417"))

C("neg-sonen-vet-ej-demens-pat-informerad", "vgr", "v_minne", "Läkaranteckning",
  "Karl-Johan Åberg", L, "2024-12-09 11:25", 25, OV, [
      ("Diagnos", "Lindrig Alzheimers sjukdom."),
      ("Samtal", "Pat informerad om diagnosen idag. Han vill att sonen inte får veta något ännu och att han själv berättar vid jul."),
  ], "", "101,102", "patient told; son not told at patient's request", ("1949-04-22", "393"))

C("neg-fatt-besked-av-onkologen-idag-kiravd", "skane", "s_kiravd", "Omvårdnadsanteckning",
  "Lina Bohlin", SSK, "2024-06-13 21:00", 10, SV, [
      ("Aktuellt", "Pat har idag fått besked av onkologen om levermetastaserna."),
      ("Omvårdnad", "Pat ledsen men samlad, har ringt sin syster. Vill ha sömnmedel till natten, ordinerat av jourläkare."),
  ], "", "101,102", "nurse note: told today by oncologist", ("1955-10-05", "231"))

# --------------------------------------------------------------- PMO (Skåne primary care)
C("pmo-misstankt-hypotyreos-ej-kontaktad", "skane", "s_pmo_eslov", "Provsvar",
  "Kerstin Olsson", L, "2024-03-18 14:20", 10, OV, [
      ("Provsvar", "TSH 9,8, fritt T4 11."),
      ("Bedömning", "Misstänkt subklinisk hypotyreos, kontroll om sex veckor."),
      ("Planering", "Pat ej kontaktad ännu, sköterska ringer."),
  ], "", "102", "PMO never shows diagnoses: hedged hypothyroidism, NL101 not asserted on PMO", ("1971-08-09", "586"), system="PMO")

C("pmo-trolig-pneumoni-svar-efter-besoket", "skane", "s_pmo_sodervarn", "Besök",
  "Johan Eriksson", L, "2024-11-27 16:05", 20, OV, [
      ("Röntgen", "Lungröntgen efter besöket: infiltrat i vänster underlob."),
      ("Bedömning", "Trolig pneumoni. Doxycyklin förskrivet."),
      ("Åtgärd", "Pat har inte fått svaret än, ringer ikväll."),
  ], "", "102", "PMO: hedged pneumonia, never NL102", ("1983-01-29", "398"), system="PMO")

C("pmo-ev-anemi-besked-ges", "skane", "s_pmo_nasby", "Provsvar",
  "Ylva Sundin", L, "2024-05-21 11:30", 10, OV, [
      ("Provsvar", "Hb 101, MCV 72, ferritin 6."),
      ("Bedömning", "Ev. järnbristanemi pga menorragi, DD blödning från magtarmkanalen."),
      ("Planering", "Besked ges vid telefontid på fredag."),
  ], "", "102", "PMO: hedged anaemia, no NL102", ("1979-11-05", "422"), system="PMO")

C("pmo-misstankt-cancer-ej-informerad", "skane", "s_pmo_hoor", "Provsvar",
  "Lars Nordin", L, "2024-09-05 15:15", 15, OV, [
      ("Provsvar", "PSA 24 µg/l, tidigare 3,1."),
      ("Bedömning", "Misstänkt prostatacancer, remiss till urologen enligt SVF."),
      ("Planering", "Pat ännu inte informerad om PSA-svaret, tid bokas."),
  ], "", "102", "PMO: suspected prostate cancer, no NL102; NL101 not asserted on PMO", ("1950-10-14", "377"), system="PMO")


# =====================================================================
# validation
# =====================================================================
KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
HEDGE_RE = re.compile(r"misstän|misstank|trolig|trol\.|sannolik|möjlig|\bev\.|eventuell|\?|\bdd\b|"
                      r"differentialdiagnos|uteslut|talar för|kan vara|förenlig|susp|\bobs\b|\binger\b|kan ligga", re.I)


def luhn_ok(pn):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pn)
    if not m:
        return False
    digits = pn[2:8] + pn[9:13]
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return s % 10 == 0


def in2024(s):
    return s is None or s.startswith("2024-")


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(rows):
    problems = []
    names = set()
    seen = {}
    for r in rows:
        name = r.get("case")
        if list(r.keys()) != KEYS:
            problems.append("%s: keys %s" % (name, list(r.keys())))
        if name in names:
            problems.append("duplicate case %s" % name)
        names.add(name)
        if r["ruleset"] not in ("vgr", "skane"):
            problems.append("%s: ruleset" % name)
        rec = r["record"]
        p = rec["patient"]
        if not luhn_ok(p["id"]):
            problems.append("%s: personnummer not Luhn-valid" % name)
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            problems.append("%s: personnummer/birth_date mismatch" % name)
        if not in2024(rec["as_of"]):
            problems.append("%s: as_of not 2024" % name)
        ids = {}
        for n in rec["notes"]:
            ids[n["id"]] = n
            if not in2024(n["time"]) or not in2024(n["signed"]):
                problems.append("%s: note date not 2024" % name)
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append("%s: signed before time" % name)
            if r["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR must be Melior" % name)
            bd = dt.date.fromisoformat(p["birth_date"])
            nd = dt.date.fromisoformat(n["time"][:10])
            age = nd.year - bd.year - ((nd.month, nd.day) < (bd.month, bd.day))
            if 13 <= age <= 15:
                problems.append("%s: patient aged 13-15" % name)
            for s in n["sections"]:
                for sent in sentences(s["text"]):
                    if sent in seen and seen[sent] != name:
                        problems.append("%s: sentence repeated (also in %s): %s" % (name, seen[sent], sent))
                    elif sent in seen:
                        problems.append("%s: sentence repeated within case: %s" % (name, sent))
                    seen[sent] = name
        for lst in ("must", "must_not"):
            for code, target in r[lst]:
                if target not in ids:
                    problems.append("%s: target %s missing" % (name, target))
                # NL102 is asserted as *must* only on Melior; PMO hedges are must_not (README)
                if code == "NL102" and lst == "must" and ids.get(target, {}).get("system") != "Melior":
                    problems.append("%s: NL102 must asserted on non-Melior" % name)
                if code == "NL101" and ids.get(target, {}).get("system") == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
        both = {tuple(x) for x in r["must"]} & {tuple(x) for x in r["must_not"]}
        if both:
            problems.append("%s: code in both must and must_not" % name)
        if not r["must"] and not r["must_not"]:
            problems.append("%s: nothing asserted" % name)
        if not r["why"] or "\n" in r["why"]:
            problems.append("%s: why must be one line" % name)
    return problems


def self_check(cases):
    """Authoring guard: a Melior note asserted must_not NL102 should contain no hedge word
    unless the case was reviewed (hedge_ok)."""
    problems = []
    for c in cases:
        n = c["record"]["notes"][0]
        if ["NL102", "n1"] in c["must_not"] and n["system"] == "Melior" and not c["_hedge_ok"]:
            for s in n["sections"]:
                m = HEDGE_RE.search(s["text"])
                if m:
                    problems.append("%s: hedge-like '%s' in note asserted must_not NL102" % (c["case"], m.group(0)))
    return problems


def main():
    rows = []
    for c in CASES:
        rows.append({k: c[k] for k in KEYS})
    problems = validate(rows) + self_check(CASES)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read what was written and validate again
    with open(OUT, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    if reread != rows:
        problems.append("written file differs from data")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    stats = {}
    for r in rows:
        for lst in ("must", "must_not"):
            for code, _ in r[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    print("%d cases written to %s" % (len(rows), OUT))
    for k in sorted(stats):
        print("  %s %s: %d" % (k[0], k[1], stats[k]))


if __name__ == "__main__":
    main()
