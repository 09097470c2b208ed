#!/usr/bin/env python3
"""Independent test set (dev153): nephrology, dialysis and kidney transplantation.

Swedish Melior/PMO notes annotated for NL101 (uncommunicated diagnosis in a visible
note) and NL102 (uncertain diagnosis in a visible Melior note). Written from the
regional routines and the NL1 rule catalog only.

Standard library only, deterministic. `python3 build.py` writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

CASES = []

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospital care)
    "lund_njurmott": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4102"),
    "lund_njuravd": ("Njurmedicinsk vårdavdelning, Skånes universitetssjukhus Lund", "SE2321000255-4117"),
    "lund_pd": ("PD-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4125"),
    "lund_hd": ("Hemodialysavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4133"),
    "lund_barnnjur": ("Barnnjurmottagningen, Barn- och ungdomssjukhuset Lund", "SE2321000255-5310"),
    "lund_dietist": ("Dietistenheten njurmedicin, Skånes universitetssjukhus Lund", "SE2321000255-4148"),
    "malmo_tx": ("Transplantationsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6021"),
    "malmo_ckd": ("Njurmottagningen CKD-team, Skånes universitetssjukhus Malmö", "SE2321000255-6034"),
    "malmo_njuravd": ("Njurmedicin vårdavdelning 1, Skånes universitetssjukhus Malmö", "SE2321000255-6047"),
    "hbg_dialys": ("Dialysavdelningen, Helsingborgs lasarett", "SE2321000255-7208"),
    "hbg_njurmott": ("Medicinmottagningen njursektionen, Helsingborgs lasarett", "SE2321000255-7213"),
    "csk_hd": ("Hemodialysen, Centralsjukhuset Kristianstad", "SE2321000255-8350"),
    "csk_medavd": ("Medicinavdelning 7, Centralsjukhuset Kristianstad", "SE2321000255-8362"),
    "ystad_dialys": ("Dialysmottagningen, Lasarettet i Ystad", "SE2321000255-8817"),
    "trbg_dialys": ("Dialysenheten, Trelleborgs lasarett", "SE2321000255-8934"),
    "angelholm_med": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-9046"),
    # Region Skåne, PMO (primary care)
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-1K4F"),
    "vc_horby": ("Vårdcentralen Hörby", "SE2321000255-1H7B"),
    "vc_larod": ("Vårdcentralen Laröd, Helsingborg", "SE2321000255-1L2D"),
    "hsv_simrishamn": ("Hemsjukvårdsteamet, Vårdcentralen Simrishamn", "SE2321000255-1S9C"),
    "bvc_kavlinge": ("BVC Kävlinge", "SE2321000255-1B3K"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-1T5M"),
    # Västra Götalandsregionen, Melior
    "su_njurmott": ("Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000004117"),
    "su_tx": ("Transplantationscentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000004230"),
    "su_avd": ("Njurmedicinavdelning 35, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000004145"),
    "su_hd": ("Hemodialysenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000004162"),
    "su_dietist": ("Dietistverksamheten njurmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000004188"),
    "su_ostra_med": ("Medicinavdelning 211, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E00000005203"),
    "dsbus_njur": ("Barnnjurmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E00000006611"),
    "nal_dialys": ("Dialysenheten, NU-sjukvården NÄL Trollhättan", "SE2321000131-E00000007320"),
    "udd_njurmott": ("Njurmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E00000007348"),
    "sas_dialys": ("Dialysmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E00000008102"),
    "sas_medavd": ("Medicinavdelning 52, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E00000008119"),
    "skas_pd": ("PD-mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E00000009031"),
    "skas_njurmott": ("Njurmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E00000009044"),
    "kungalv_dialys": ("Dialysen, Kungälvs sjukhus", "SE2321000131-E00000009570"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E00000009612"),
}

# ------------------------------------------------------------------------- authors
AUTHORS = {
    # Skåne
    "s_lak1": ("Karin Lindqvist", "läkare"),
    "s_lak2": ("Anders Bengtsson", "läkare"),
    "s_lak3": ("Mirela Hodžić", "läkare"),
    "s_lak4": ("Per-Olof Nilsson", "läkare"),
    "s_lak5": ("Sara Abdi", "läkare"),
    "s_lak6": ("Johan Ekdahl", "läkare"),
    "s_lak7": ("Ingrid Törnqvist", "läkare"),
    "s_lak8": ("Tobias Malmgren", "läkare"),
    "s_at": ("Elin Roos", "läkare"),
    "s_ssk1": ("Lena Persson", "sjuksköterska"),
    "s_ssk2": ("Ahmad Karimi", "sjuksköterska"),
    "s_ssk3": ("Jenny Holm", "sjuksköterska"),
    "s_ssk4": ("Birgitta Åkesson", "sjuksköterska"),
    "s_usk": ("Camilla Ohlsson", "undersköterska"),
    "s_diet": ("Hanna Rydberg", "dietist"),
    "s_dl1": ("Magnus Friberg", "läkare"),
    "s_dl2": ("Agnes Wallin", "läkare"),
    "s_dssk": ("Maria Lundgren", "distriktssköterska"),
    # VGR
    "v_lak1": ("Erik Johansson", "läkare"),
    "v_lak2": ("Fatima Al-Saadi", "läkare"),
    "v_lak3": ("Gunnar Svensson", "läkare"),
    "v_lak4": ("Helena Carlsson", "läkare"),
    "v_lak5": ("Oskar Berntsson", "läkare"),
    "v_lak6": ("Linnea Forsberg", "läkare"),
    "v_lak7": ("Dragan Petrović", "läkare"),
    "v_st": ("Moa Andersson", "läkare"),
    "v_ssk1": ("Annika Gustafsson", "sjuksköterska"),
    "v_ssk2": ("Peter Olausson", "sjuksköterska"),
    "v_ssk3": ("Sofia Eriksson", "sjuksköterska"),
    "v_ssk4": ("Yvonne Kjellberg", "sjuksköterska"),
    "v_usk": ("Robert Hansson", "undersköterska"),
    "v_diet": ("Ida Lönnqvist", "dietist"),
}


def _ts(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'."""
    if s is None:
        return None
    s = s.replace(" ", "T")
    if len(s) == 16:
        s += ":00"
    return s


def N(nid, system, template, unit, author, time, signed, setting, sections, refs=()):
    """One note. sections: list of (keyword, text). signed=None is an unsigned draft."""
    uname, uhsa = UNITS[unit]
    aname, arole = AUTHORS[author]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": uhsa},
        "author": {"name": aname, "role": arole},
        "time": _ts(time),
        "signed": _ts(signed),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(name, ruleset, pnr, birth, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
            "as_of": _ts(as_of + " 00:00") if len(as_of) == 10 else _ts(as_of),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"

# =========================================================================== cases
UNITS["lund_barnavd"] = ("Barnmedicinsk vårdavdelning 63, Barn- och ungdomssjukhuset Lund", "SE2321000255-5322")

# ---------------------------------------------------------------- part 1: NL102 must, Skåne Melior
C("nef-susp-iga-nefrit-mikrohematuri", "skane", "19960202-2866", "1996-02-02", "2024-02-15",
  [N("n1", M, "Läkaranteckning", "lund_njurmott", "s_lak1", "2024-02-14 10:20", "2024-02-14 11:05", OV, [
      ("Anamnes", "28-årig kvinna remitterad från vårdcentralen pga persisterande mikroskopisk hematuri och lätt proteinuri sedan en halsfluss i januari. Ingen makrohematuri. Inga ledbesvär, inga hudutslag. Ingen känd njursjukdom i släkten."),
      ("Status", "AT gott. BT 142/88 sittande. Inga ödem. Cor: RR, inga blåsljud."),
      ("Lab", "Krea 96, eGFR 68. U-alb/krea 48 mg/mmol. U-sticka blod 3+."),
      ("Bedömning", "Misstänkt IgA-nefrit med debut i anslutning till övre luftvägsinfektion. Behöver njurbiopsi för diagnos och prognos."),
      ("Planering", "Njurbiopsi bokas v. 9 på avdelningen. Start ramipril 2,5 mg x 1. Pat har fått muntlig och skriftlig info om biopsin."),
  ])],
  [("NL102", "n1")], [],
  "'Misstänkt IgA-nefrit' in a visible Bedömning of an ordinary Melior note.")

C("nef-trolig-diabetesnefropati-en-rad", "skane", "19620728-6953", "1962-07-28", "2024-03-06",
  [N("n1", M, "Mottagningsanteckning", "malmo_ckd", "s_lak2", "2024-03-05 14:10", "2024-03-05 14:18", OV, [
      ("Bedömning", "Trolig diabetesnefropati – typ 2-diabetes i 20 år, känd retinopati och långsamt stigande albuminuri, biopsi ej indicerad i nuläget."),
  ])],
  [("NL102", "n1")], [],
  "One-line note: 'Trolig diabetesnefropati' is a hedged diagnosis in a visible section.")

C("nef-pd-susp-peritonit-telefon-ssk", "skane", "19431127-2761", "1943-11-27", "2024-01-09",
  [N("n1", M, "Telefonanteckning", "lund_pd", "s_ssk1", "2024-01-08 07:45", "2024-01-08 08:02", OV, [
      ("Telefonkontakt", "Pat ringer 07.40, nattpåsen grumlig och ont i magen sedan igår kväll, temp 37,9. Susp. PD-peritonit. Ombedd komma in direkt och ta med påsen. Dr Abdi informerad, celler och odling på dialysatet beställt."),
  ])],
  [("NL102", "n1")], [],
  "PD nurse's phone note: 'Susp. PD-peritonit' is a suspected diagnosis in a visible sökord.")

C("nef-tx-misstankt-akut-rejektion", "skane", "19861116-6615", "1986-11-16", "2024-04-12",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak3", "2024-04-11 09:30", "2024-04-11 10:40", OV, [
      ("Aktuellt", "Njurtransplanterad 2023-10-17 (avliden donator). Mår bra, inga infektionssymtom, tar sina mediciner enligt pat."),
      ("Lab", "Krea 164 (118 för två veckor sedan). Takrolimus 6,8. U-sticka neg. CRP <5."),
      ("Bedömning", "Kreatininstegring utan infektion och med takrolimus i målområdet. Misstänkt akut T-cellsmedierad rejektion."),
      ("Planering", "Transplantatbiopsi imorgon, pat införstådd med skälet. DSA skickat. Ny krea på biopsidagen."),
  ])],
  [("NL102", "n1")], [],
  "Suspected acute rejection after kidney transplant written in visible Bedömning.")

C("nef-tx-dd-bk-virusnefropati", "skane", "19550119-1935", "1955-01-19", "2024-05-22",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak4", "2024-05-21 13:00", "2024-05-21 13:25", OV, [
      ("Lab", "BK-virus i plasma 2,1 x 10^4 kopior/ml, stigande sedan mars. Krea 142."),
      ("Bedömning", "DD BK-virusnefropati vs rejektion. Sänker mykofenolat till 500 mg x 2 och kontrollerar BK-PCR om två veckor."),
  ])],
  [("NL102", "n1")], [],
  "'DD BK-virusnefropati' names a differential diagnosis of the patient in a visible section.")

C("nef-tx-cni-toxicitet-kan-ej-uteslutas", "skane", "19830311-6175", "1983-03-11", "2024-06-05",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak8", "2024-06-04 11:15", "2024-06-04 11:50", OV, [
      ("Aktuellt", "Tx-kontroll 8 mån postop. Lätt tremor i händerna senaste veckan."),
      ("Bedömning", "Krea 151 från 120, takrolimuskoncentration 14,2 (mål 5–8). Kalcineurinhämmartoxicitet kan ej uteslutas."),
      ("Åtgärd", "Envarsus sänks från 6 till 4 mg. Ny koncentration och krea om 3 dagar på hemsjukhuset."),
  ])],
  [("NL102", "n1")], [],
  "'Kan ej uteslutas' makes calcineurin-inhibitor toxicity an uncertain diagnosis in a visible note.")

C("nef-forenligt-med-anca-vaskulit", "skane", "19390307-8958", "1939-03-07", "2024-02-03",
  [N("n1", M, "Inskrivningsanteckning", "lund_njuravd", "s_lak5", "2024-02-02 16:40", "2024-02-02 18:10", SV, [
      ("Anamnes", "Sedan 6 veckor trötthet, viktnedgång 5 kg, nattsvettningar och blodtillblandad snuva. Krea 88 i november, nu 412 enligt VC-prov."),
      ("Status", "Blek, opåverkad. BT 168/92. Krusta i näsan bilat. Lungor: fina krepitationer basalt hö. Inga purpura."),
      ("Lab", "PR3-ANCA starkt positiv. U-sticka blod 3+, protein 2+. CRP 64, Hb 98."),
      ("Bedömning", "Snabbt progredierande njursvikt, kliniken förenlig med ANCA-associerad vaskulit av typen granulomatös polyangit. Njurbiopsi så snart som möjligt."),
      ("Planering", "Metylprednisolon 500 mg iv dagligen i 3 dagar, start ikväll efter samråd med bakjour. DT thorax imorgon."),
  ])],
  [("NL102", "n1")], [],
  "'Förenlig med ANCA-associerad vaskulit' is a hedged diagnosis in a visible admission note.")

C("nef-inger-misstanke-om-myelomnjure", "skane", "19521004-3187", "1952-10-04", "2024-03-19",
  [N("n1", M, "Daganteckning", "csk_medavd", "s_lak6", "2024-03-18 10:05", "2024-03-18 12:30", SV, [
      ("Aktuellt", "Dag 2 på avd. Diures 900 ml senaste dygnet. Ryggvärk oförändrad."),
      ("Bedömning", "AKI med krea 520, S-kalcium 3,1 och Hb 82. Kappa/lambda-kvot 84 inger misstanke om myelomnjure (cast-nefropati)."),
      ("Planering", "Hematologkonsult begärd, benmärgsprov planeras. Fortsatt rehydrering, zoledronsyra ges ej pga njurfunktionen."),
  ])],
  [("NL102", "n1")], [],
  "'Inger misstanke om myelomnjure' in a visible inpatient note.")

C("nef-fragetecken-adpkd-ung-man", "skane", "19971003-2617", "1997-10-03", "2024-08-28",
  [N("n1", M, "Läkaranteckning", "hbg_njurmott", "s_lak7", "2024-08-27 08:50", "2024-08-27 09:30", OV, [
      ("Anamnes", "Remiss från VC efter hypertoni och flanksmärta vä sida. Fadern är adopterad, hereditet okänd."),
      ("Utredning", "UL njurar: multipla cystor bilat, njurlängd 14 resp 15 cm. Några små cystor även i levern."),
      ("Bedömning", "Polycystisk njursjukdom (ADPKD)? eGFR 84."),
      ("Planering", "MR njurar för totalvolym. Remiss klinisk genetik. Åter om 3 mån."),
  ])],
  [("NL102", "n1")], [],
  "A question mark after the diagnosis ('ADPKD?') makes it a hypothesis in a visible section.")

C("nef-typo-missankt-kalcifylaxi", "skane", "19670717-9260", "1967-07-17", "2024-10-11",
  [N("n1", M, "Dialysanteckning", "hbg_dialys", "s_lak2", "2024-10-10 12:20", "2024-10-10 13:05", OV, [
      ("Aktuellt", "HD sedan 2019. Nytillkomna mycket smärtsamma violetta nätformade hudförändringar på båda låren sedan 3 veckor."),
      ("Bedömning", "Missänkt kalcifylaxi. Fosfat 2,4, PTH 88 pmol/l, står på warfarin."),
      ("Planering", "Hudbiopsi diskuteras med hudkliniken. Natriumtiosulfat övervägs, warfarin byts till apixaban efter samråd."),
  ])],
  [("NL102", "n1")], [],
  "Typo in the hedge ('Missänkt kalcifylaxi'): still a suspected diagnosis in a visible section.")

C("nef-talar-for-prerenal-aki", "skane", "19430104-2919", "1943-01-04", "2024-07-16",
  [N("n1", M, "Daganteckning", "csk_medavd", "s_at", "2024-07-15 11:00", "2024-07-15 11:45", SV, [
      ("Aktuellt", "Inkom igår med kräkningar och diarré i 4 dagar. Står på furosemid 40 mg och enalapril 10 mg."),
      ("Lab", "Krea 310 (habituellt 105), K 5,6, FENa 0,4 %."),
      ("Bedömning", "Talar för prerenal akut njurskada vid dehydrering och pågående RAAS-blockad."),
      ("Planering", "Enalapril och furosemid pausas. Ringer-acetat 2 l över dygnet, timdiures, ny krea imorgon."),
  ])],
  [("NL102", "n1")], [],
  "'Talar för prerenal akut njurskada' is a hedged diagnosis in a visible section.")

C("nef-hd-mojlig-cvk-infektion-ssk", "skane", "19490814-9091", "1949-08-14", "2024-11-20",
  [N("n1", M, "Omvårdnadsanteckning", "csk_hd", "s_ssk2", "2024-11-19 09:40", "2024-11-19 10:15", OV, [
      ("Omvårdnad", "Frossa 20 min efter dialysstart, temp 39,1. Rodnad och lite pus vid CVK:ns utgångsställe."),
      ("Bedömning", "Möjlig CVK-relaterad blodbaneinfektion."),
      ("Åtgärd", "Blododlingar x 2 tagna, även från katetern. Dr Ekdahl ringd, ordinerar vankomycin efter avslutad dialys."),
  ])],
  [("NL102", "n1")], [],
  "Dialysis nurse writes 'Möjlig CVK-relaterad blodbaneinfektion' in a visible section.")

C("nef-barn-kan-rora-sig-om-hus", "skane", "20210508-4210", "2021-05-08", "2024-08-03",
  [N("n1", M, "Inskrivningsanteckning", "lund_barnavd", "s_lak3", "2024-08-02 21:15", "2024-08-02 22:40", SV, [
      ("Anamnes", "Pojke 3 år, blodig diarré sedan 5 dagar, sedan igår minskade blöjor och allt blekare enligt mamma."),
      ("Lab", "Hb 78, TPK 42, krea 156, LD 1850, fragmentocyter i utstryk."),
      ("Bedömning", "Kan röra sig om hemolytiskt uremiskt syndrom (HUS) efter EHEC-infektion. F-EHEC-PCR skickad."),
      ("Planering", "Strikt vätskebalans och daglig vikt. Kontakt med barnnjurjouren angående ev. dialysbehov."),
  ])],
  [("NL102", "n1")], [],
  "Child under 13 (guardian reads): 'kan röra sig om HUS' is a hedged diagnosis in a visible section.")

C("nef-dietist-trolig-malnutrition-hd", "skane", "19401114-6091", "1940-11-14", "2024-09-25",
  [N("n1", M, "Dietistanteckning", "ystad_dialys", "s_diet", "2024-09-24 13:30", "2024-09-24 14:10", OV, [
      ("Nutritionsanamnes", "Aptiten nedsatt sedan i våras, äter halva portioner, hoppar ofta över middagen dialysdagar."),
      ("Antropometri", "Vikt 58,2 kg efter dialys, 64 kg för 6 mån sedan (−9 %). S-albumin 29."),
      ("Bedömning", "Trolig proteinenergimalnutriton (protein energy wasting) hos HD-patient."),
      ("Åtgärd", "Energi- och proteinrik näringsdryck 1 x 2, varav en under dialysen. Uppföljning om 4 v."),
  ])],
  [("NL102", "n1")], [],
  "A dietitian's 'Trolig proteinenergimalnutriton' (typo in the diagnosis word) is a hedged diagnosis in a visible Melior note.")

C("nef-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "19651217-8473", "1965-12-17", "2024-04-25",
  [N("n1", M, "Läkaranteckning", "lund_njurmott", "s_lak4", "2024-04-24 15:00", "2024-04-24 15:35", OV, [
      ("Aktuellt", "Kontroll CKD 3b med proteinuri av oklar genes. Brännande smärtor i händer och fötter sedan tonåren, angiokeratom på bålen."),
      ("Tidiga hypoteser", "Misstänkt Fabrys sjukdom. Alfa-galaktosidas A-aktivitet skickad."),
  ])],
  [("NL102", "n1")], [],
  "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible.")

# ---------------------------------------------------------------- part 2: NL102 must, VGR Melior
C("nef-vgr-sannolik-membranos-nefropati", "vgr", "19550408-2537", "1955-04-08", "2024-03-14",
  [N("n1", M, "Mottagningsanteckning", "su_njurmott", "v_lak1", "2024-03-13 10:00", "2024-03-13 10:45", OV, [
      ("Anamnes", "Svullna ben och skummande urin sedan jul. Viktuppgång 6 kg. Inga NSAID. Röker 10 cig/dag."),
      ("Status", "Pittingödem till knäna bilat. BT 150/90."),
      ("Lab", "U-prot/krea 610 mg/mmol, S-albumin 19, krea 92. Anti-PLA2R 240 RU/ml."),
      ("Bedömning", "Nefrotiskt syndrom, sannolik primär membranös nefropati med tanke på högt anti-PLA2R."),
      ("Planering", "Furosemid 40 mg x 2, enalapril 5 mg, profylaktisk antikoagulation diskuteras. Malignitetsscreening enligt vårdprogram."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolik primär membranös nefropati' is a hedged diagnosis in a visible VGR note.")

C("nef-vgr-ev-recidiv-fsgs-transplantat", "vgr", "19751220-1257", "1975-12-20", "2024-02-21",
  [N("n1", M, "Läkaranteckning", "su_tx", "v_lak2", "2024-02-20 13:40", "2024-02-20 14:20", OV, [
      ("Aktuellt", "Grundsjukdom FSGS, tx från levande donator (syster) 2024-01-11. Proteinurin har stigit snabbt sista veckan."),
      ("Bedömning", "U-alb/krea 320 mg/mmol tre veckor postop – ev. recidiv av FSGS i transplantatet."),
      ("Planering", "Transplantatbiopsi fredag, plasmaferes förbereds. Pat och fru närvarande vid samtalet."),
  ])],
  [("NL102", "n1")], [],
  "'ev. recidiv av FSGS' – the hedge 'ev.' on a diagnosis, not on a plan.")

C("nef-vgr-oklart-om-lupusnefrit", "vgr", "19831224-7243", "1983-12-24", "2024-05-08",
  [N("n1", M, "Läkaranteckning", "su_njurmott", "v_lak4", "2024-05-07 09:15", None, OV, [
      ("Aktuellt", "SLE sedan 2015, sköts av reumatolog. Remitteras pga nytillkommen proteinuri 1,2 g/dygn och lätt sänkt komplement."),
      ("Bedömning", "Oklart om det rör sig om lupusnefrit eller om proteinurin är hypertonirelaterad."),
      ("Planering", "Njurbiopsi bokas. Hydroxiklorokin fortsätter oförändrat."),
  ])],
  [("NL102", "n1")], [],
  "'Oklart om det rör sig om lupusnefrit' is an uncertain diagnosis in a visible section.")

C("nef-vgr-kan-inte-utesluta-kolesterolemboli", "vgr", "19370510-4952", "1937-05-10", "2024-06-19",
  [N("n1", M, "Daganteckning", "sas_medavd", "v_lak5", "2024-06-18 11:20", "2024-06-18 12:00", SV, [
      ("Aktuellt", "Koronarangiografi för 10 dagar sedan. Sedan dess stigande krea 140 → 265, livedo på tårna bilat, eosinofili 1,1."),
      ("Bedömning", "Kan inte utesluta kolesterolembolisering till njurarna. Kontrastnefropati mindre sannolik med tanke på förloppet."),
      ("Planering", "Statin fortsätter, ingen ny kontrast. Krea varannan dag."),
  ])],
  [("NL102", "n1")], [],
  "'Kan inte utesluta kolesterolembolisering' is a hedged diagnosis in a visible section.")

C("nef-vgr-fragestallning-alport", "vgr", "19920525-1094", "1992-05-25", "2024-09-12",
  [N("n1", M, "Läkaranteckning", "udd_njurmott", "v_lak3", "2024-09-11 14:00", "2024-09-11 14:40", OV, [
      ("Anamnes", "Mikrohematuri sedan barndomen, hörapparat sedan 25-årsåldern. Morbror dialyserad i 40-årsåldern."),
      ("Utredning", "Frågeställning: Alports syndrom. Genetisk panel för kollagen IV skickad, ögonremiss för lenticonus."),
      ("Planering", "Återbesök när gensvaret kommit, ca 3 mån."),
  ])],
  [("NL102", "n1")], [],
  "'Frågeställning: Alports syndrom' in the visible Utredning sökord is an open diagnostic hypothesis.")

C("nef-vgr-trol-cmv-infektion-tx", "vgr", "19820128-3911", "1982-01-28", "2024-04-04",
  [N("n1", M, "Telefonanteckning", "su_tx", "v_lak6", "2024-04-03 16:10", "2024-04-03 16:25", OV, [
      ("Telefonkontakt", "Ringer pat angående provsvar. Feber 38,4 och diarré i 4 dagar, leukopeni 2,1. CMV-DNA 8 400 IE/ml (D+/R−, profylaxen avslutad för 3 v sedan)."),
      ("Bedömning", "Torl. CMV-infektion."),
      ("Åtgärd", "Inläggning avd 35 imorgon för start av ganciklovir iv."),
  ])],
  [("NL102", "n1")], [],
  "Abbreviated hedge with a typo ('Torl.') before a diagnosis in a visible phone note.")

C("nef-vgr-bild-som-vid-interstitiell-nefrit", "vgr", "19531207-6648", "1953-12-07", "2024-10-23",
  [N("n1", M, "Mottagningsanteckning", "alingsas_med", "v_lak7", "2024-10-22 10:30", None, OV, [
      ("Aktuellt", "Remiss från VC, krea 210 från 95 i våras. Omeprazol sedan i juni. Lätt utslag på armarna i somras."),
      ("Lab", "U-sticka: leukocyter 2+, ingen nitrit, odling neg. Eosinofiler i urinen förhöjda."),
      ("Bedömning", "Bild som vid akut tubulointerstitiell nefrit, ev. läkemedelsutlöst av omeprazol."),
      ("Åtgärd", "Omeprazol sätts ut, byts mot famotidin. Biopsi övervägs om ingen förbättring inom 2 v."),
  ])],
  [("NL102", "n1")], [],
  "'Bild som vid akut tubulointerstitiell nefrit' is a hedged diagnosis in a visible section.")

C("nef-vgr-typo-trolgi-njurartarstenos", "vgr", "19590402-3198", "1959-04-02", "2024-01-31",
  [N("n1", M, "Läkaranteckning", "skas_njurmott", "v_lak5", "2024-01-30 08:30", "2024-01-30 09:05", OV, [
      ("Aktuellt", "Svårbehandlad hypertoni på fyra preparat. Krea steg 30 % efter insättning av losartan."),
      ("Status", "Blåsljud över buken paraumbilikalt vä. Perifera pulsar svaga i fötterna."),
      ("Bedömning", "Trolgi njurartärstenos vä, aterosklerotisk."),
      ("Planering", "DT-angiografi njurartärer. Losartan pausas i väntan på svar."),
  ])],
  [("NL102", "n1")], [],
  "Typo in the hedge ('Trolgi njurartärstenos'): still a probable diagnosis in a visible section.")

C("nef-vgr-pd-misstankt-tunnelinfektion-ssk", "vgr", "19590801-1827", "1959-08-01", "2024-07-04",
  [N("n1", M, "Omvårdnadsanteckning", "skas_pd", "v_ssk1", "2024-07-03 10:10", "2024-07-03 10:40", OV, [
      ("Omvårdnad", "Kommer för katetervård. Rodnad 3 cm längs kateterns tunnel, öm vid palpation, lite sekret vid utgången. Dialysatet klart."),
      ("Bedömning", "Misstänkt tunnelinfektion."),
      ("Åtgärd", "Odling från utgången tagen. Dr Svensson bedömer under eftermiddagen, UL av tunneln beställt."),
  ])],
  [("NL102", "n1")], [],
  "PD nurse writes 'Misstänkt tunnelinfektion' in a visible Bedömning.")

C("nef-vgr-differentialdiagnos-eps", "vgr", "19510204-7239", "1951-02-04", "2024-11-07",
  [N("n1", M, "Läkaranteckning", "skas_pd", "v_lak3", "2024-11-06 13:15", "2024-11-06 14:00", OV, [
      ("Aktuellt", "PD i 9 år, övergick till HD i våras efter upprepade peritoniter. Nu återkommande kräkningar, viktnedgång och subileusbild."),
      ("Bedömning", "Differentialdiagnos: inkapslande peritoneal skleros (EPS). Adherensileus efter tidigare laparotomi är ett alternativ."),
      ("Planering", "DT buk med kontrast. Kirurgkonsult."),
  ])],
  [("NL102", "n1")], [],
  "'Differentialdiagnos: inkapslande peritoneal skleros' is an uncertain diagnosis in a visible section.")

C("nef-vgr-misstanke-om-ptld", "vgr", "19950115-4943", "1995-01-15", "2024-08-22",
  [N("n1", M, "Läkaranteckning", "su_tx", "v_lak1", "2024-08-21 11:30", "2024-08-21 12:20", OV, [
      ("Aktuellt", "Tx 2021 (EBV D+/R−). Nattsvett och förstorad lymfkörtel på halsen sedan 3 v."),
      ("Status", "Fast, oöm körtel 3 cm hö submandibulärt. Mjälten ej palpabel."),
      ("Bedömning", "EBV-DNA 45 000 kopior/ml. Stark misstanke om PTLD."),
      ("Planering", "PET-DT och körtelbiopsi via ÖNH. Immunsuppressionen minskas, tacrolimusmål 3–5."),
  ])],
  [("NL102", "n1")], [],
  "'Stark misstanke om PTLD' is still a suspected, not confirmed, diagnosis in a visible section.")

C("nef-vgr-mall-tidiga-hypoteser-men-vanligt-sokord", "vgr", "19560228-1163", "1956-02-28", "2024-03-27",
  [N("n1", M, "Tidiga hypoteser", "udd_njurmott", "v_lak6", "2024-03-26 15:20", "2024-03-26 15:45", OV, [
      ("Bedömning", "Hyperkalcemi, förhöjt ACE och bilateral hiluslymfadenopati. Trolig sarkoidos med njurpåverkan."),
  ])],
  [("NL102", "n1")], [],
  "VGR filters by sökord, not template: a template named Tidiga hypoteser with sökord Bedömning is visible.")

C("nef-vgr-tidiga-hypoteser-lacker-till-bedomning", "vgr", "19541207-3479", "1954-12-07", "2024-05-16",
  [N("n1", M, "Läkaranteckning", "su_njurmott", "v_lak2", "2024-05-15 08:40", "2024-05-15 09:30", OV, [
      ("Aktuellt", "Nyremitterad pga krea 290, anemi och ryggvärk."),
      ("Tidiga hypoteser", "Misstänkt multipelt myelom, M-komponent IgG-kappa 28 g/l."),
      ("Bedömning", "Njursvikt av oklar genes, ev. myelom. Utredning pågår."),
      ("Planering", "Benmärgsprov och helkropps-DT. Nytt besök om en vecka."),
  ])],
  [("NL102", "n1")], [],
  "The hypothesis is protected in the Tidiga hypoteser sökord but repeated as 'ev. myelom' in visible Bedömning.")

C("nef-vgr-barn-trolig-vesikoureteral-reflux", "vgr", "20160526-7663", "2016-05-26", "2024-02-08",
  [N("n1", M, "Mottagningsanteckning", "dsbus_njur", "v_lak4", "2024-02-07 13:00", "2024-02-07 13:40", OV, [
      ("Anamnes", "Flicka 7 år, tre febrila UVI senaste året, senast i december. Kommer med mamma."),
      ("Utredning", "UL: lätt dilaterat njurbäcken vä, vänster njure 1,5 cm mindre än höger."),
      ("Bedömning", "Trolig vesikoureteral reflux vä, med risk för ärrbildning."),
      ("Planering", "MUC och DMSA-scint bokas. Antibiotikaprofylax med nitrofurantoin tills vidare."),
  ])],
  [("NL102", "n1")], [],
  "Child under 13: 'Trolig vesikoureteral reflux' is a hedged diagnosis the guardian can read.")

C("nef-vgr-epikris-susp-transplantatpyelonefrit", "vgr", "19980920-2501", "1998-09-20", "2024-06-28",
  [N("n1", M, "Epikris", "su_avd", "v_st", "2024-06-27 14:30", "2024-06-27 16:00", SV, [
      ("Diagnos", "Susp. transplantatpyelonefrit (N10). Njurtransplanterad status (Z94.0)."),
      ("Sammanfattning", "Inkom med feber 39,5 och ömhet över transplantatet i fossa iliaca hö. Urinodling visade växt av E. coli. Snabb förbättring på cefotaxim, bytt till peroralt ciprofloxacin."),
      ("Uppföljning", "Krea på tx-mottagningen om en vecka. Ciprofloxacin totalt 14 dagar."),
  ])],
  [("NL102", "n1")], [],
  "Diagnosis sökord of a discharge summary lists 'Susp. transplantatpyelonefrit' – visible hedged diagnosis.")

# ---------------------------------------------------------------- part 3: NL102 must, mixed (incl. long charts)
C("nef-lang-ckd-mott-trol-nefroskleros", "skane", "19570709-4990", "1957-07-09", "2024-04-18",
  [N("n1", M, "Läkaranteckning", "malmo_ckd", "s_lak7", "2024-04-17 13:00", "2024-04-17 14:30", OV, [
      ("Kontaktorsak", "Årskontroll CKD-mottagningen, första besöket hos undertecknad."),
      ("Anamnes", "66-årig man, f.d. busschaufför. Hypertoni sedan 30 år, typ 2-diabetes sedan 2016 utan retinopati vid senaste ögonbottenfoto. Hjärtinfarkt 2018 med PCI. Röker inte sedan infarkten. Njurfunktionen har sjunkit långsamt, eGFR 52 år 2019 och 34 i december. Ingen makrohematuri, inga urinvägsbesvär. Nykturi x 2. Promenerar 3 km dagligen med hunden. Aptit god, vikt stabil."),
      ("Läkemedel", "Amlodipin 10 mg, losartan 100 mg, metoprolol 50 mg, atorvastatin 40 mg, ASA 75 mg, metformin 500 mg x 2, dapagliflozin 10 mg sedan i höstas."),
      ("Status", "AT: gott, talar i hela meningar. BT 148/84 hö arm, puls 62 reg. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm, inga blåsljud. Ödem: lätta perimalleolärt bilat. Fotpulsar: palp bilat."),
      ("Lab", "Krea 176, eGFR 34, cystatin C-eGFR 36. U-alb/krea 18 mg/mmol. Hb 124. K 4,9. Bikarbonat 21. Ca 2,31, fosfat 1,28, PTH 9,4. HbA1c 51."),
      ("Bedömning", "CKD stadium 3b, stabilt senaste halvåret efter start av SGLT2-hämmare. Trol. hypertensiv nefroskleros som huvudorsak, diabetesnefropati bidrar sannolikt mindre med tanke på låg albuminuri och avsaknad av retinopati. Blodtrycket över mål."),
      ("Åtgärd", "Amlodipin oförändrat. Tillägg klortalidon 12,5 mg. Metformin sänks till 500 mg x 1 vid eGFR under 30. Natriumbikarbonat tills vidare avvaktas."),
      ("Planering", "Hemblodtrycksmätning två veckor, svar via 1177. Lab om 3 mån. Läkarbesök om 6 mån, ssk-besök däremellan."),
  ])],
  [("NL102", "n1")], [],
  "Long CKD chart: among settled diagnoses, 'Trol. hypertensiv nefroskleros' is a hedged cause in visible Bedömning.")

C("nef-vgr-hd-misstankt-stenos-av-fistel", "vgr", "19450321-0371", "1945-03-21", "2024-10-03",
  [N("n1", M, "Dialysanteckning", "nal_dialys", "v_lak7", "2024-10-02 11:30", "2024-10-02 11:55", OV, [
      ("Aktuellt", "Ssk rapporterar förlängd blödningstid efter nålborttag och stigande venöst tryck senaste tre dialyserna. Kt/V sjunkit från 1,4 till 1,1."),
      ("Status", "Fisteln vä underarm: pulsatil, svagt thrill, blåsljudet kort och högfrekvent strax proximalt om anastomosen."),
      ("Bedömning", "Misstänkt stenos i AV-fisteln."),
      ("Planering", "Fistelografi med ev. ballongvidgning via interventionen på NÄL."),
  ])],
  [("NL102", "n1")], [],
  "Suspected AV-fistula stenosis written as 'Misstänkt stenos i AV-fisteln' in a visible dialysis note.")

C("nef-typo-sannolkt-kontrastnefropati", "skane", "19410405-6587", "1941-04-05", "2024-12-04",
  [N("n1", M, "Läkaranteckning", "angelholm_med", "s_lak8", "2024-12-03 09:20", "2024-12-03 09:50", OV, [
      ("Aktuellt", "DT-angiografi av aorta 26/11. Krea 118 före, nu 196. Diures bevarad, inga ödem."),
      ("Bedömning", "Sannolkt kontrastinducerad njurskada."),
      ("Planering", "Metformin pausas. Ny krea om 3 dagar, hemsjukvården tar provet."),
  ])],
  [("NL102", "n1")], [],
  "Typo in the hedge ('Sannolkt') before a diagnosis in a visible section.")

C("nef-ev-giktartrit-ckd", "skane", "19611110-1538", "1961-11-10", "2024-05-31",
  [N("n1", M, "Mottagningsanteckning", "hbg_njurmott", "s_lak6", "2024-05-30 10:40", "2024-05-30 11:10", OV, [
      ("Aktuellt", "CKD 4, kommer på extrabesök pga svullen och mycket öm hö stortå sedan två dagar. Urat 612."),
      ("Bedömning", "Ev. giktartrit i hö MTP I-led. Avstår NSAID pga njurfunktionen."),
      ("Åtgärd", "Prednisolon 20 mg i 5 dagar. Allopurinol diskuteras när anfallet gått över."),
  ])],
  [("NL102", "n1")], [],
  "'Ev.' hedges a diagnosis (giktartrit), not a plan, in a visible section.")

C("nef-vgr-mojlig-rabdomyolys-aki", "vgr", "19991204-8858", "1999-12-04", "2024-03-03",
  [N("n1", M, "Inskrivningsanteckning", "sas_medavd", "v_lak6", "2024-03-02 19:30", "2024-03-02 20:45", SV, [
      ("Anamnes", "24-årig man, hårt benpass på gym för 2 dagar sedan efter lång paus, sedan dess ömma lår och mörk urin. Tar kreatintillskott."),
      ("Lab", "CK 48 000, krea 188, K 4,8. U-sticka blod 3+ men få erytrocyter i sediment."),
      ("Bedömning", "Möjlig rabdomyolys som orsak till akut njurskada."),
      ("Planering", "Rikligt iv vätska, mål diures >200 ml/h. CK och krea 2 ggr dagligen."),
  ])],
  [("NL102", "n1")], [],
  "'Möjlig rabdomyolys' is a possible diagnosis of the patient in a visible admission note.")

C("nef-susp-tertiar-hyperparatyreoidism-tx", "skane", "19430406-2278", "1943-04-06", "2024-09-18",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak1", "2024-09-17 14:20", "2024-09-17 14:45", OV, [
      ("Lab", "Ca 2,78, PTH 24 pmol/l, fosfat 0,68 ett år efter transplantation. Krea stabilt 105."),
      ("Bedömning", "Susp. tertiär hyperparatyreoidism."),
      ("Planering", "Paratyreoideascint och remiss endokrinkirurg."),
  ])],
  [("NL102", "n1")], [],
  "'Susp. tertiär hyperparatyreoidism' after transplant is a suspected diagnosis in a visible section.")

C("nef-draft-misstankt-anti-gbm", "skane", "19991110-4504", "1999-11-10", "2024-11-29",
  [N("n1", M, "Inskrivningsanteckning", "lund_njuravd", "s_lak5", "2024-11-28 23:10", None, SV, [
      ("Anamnes", "25-årig kvinna, hosta med blodiga upphostningar sedan 4 dagar, trött, minskade urinmängder."),
      ("Lab", "Krea 640, Hb 88. Anti-GBM-antikroppar skickade akut."),
      ("Bedömning", "Misstänkt anti-GBM-sjukdom (Goodpastures syndrom) med lungblödning."),
      ("Planering", "Plasmaferes startas natten till imorgon, CVK läggs av anestesi. Bakjour informerad."),
  ])],
  [("NL102", "n1")], [],
  "Unsigned draft (pre-signing): 'Misstänkt anti-GBM-sjukdom' would be visible once signed.")

C("nef-vgr-ssk-telefon-trol-uvi-tx", "vgr", "19870326-0508", "1987-03-26", "2024-07-26",
  [N("n1", M, "Telefonanteckning", "su_tx", "v_ssk3", "2024-07-25 08:20", "2024-07-25 08:35", OV, [
      ("Telefonkontakt", "Pat ringer, sveda vid miktion och täta trängningar sedan igår, ingen feber, ingen ömhet över njuren. Tx 2022."),
      ("Bedömning", "Trol. nedre UVI."),
      ("Åtgärd", "Urinodling lämnas på vårdcentralen idag. Recept nitrofurantoin enligt PM efter kontakt med dr Forsberg."),
  ])],
  [("NL102", "n1")], [],
  "Nurse phone note: 'Trol. nedre UVI' is a probable diagnosis in a visible section.")

C("nef-barn-misstankt-nefrotiskt-syndrom", "skane", "20210602-0429", "2021-06-02", "2024-01-24",
  [N("n1", M, "Mottagningsanteckning", "lund_barnnjur", "s_lak7", "2024-01-23 10:00", "2024-01-23 10:50", OV, [
      ("Anamnes", "Flicka 2 år, svullen runt ögonen på morgnarna i en vecka, nu även svullna ben. Förkyld för 2 v sedan."),
      ("Status", "Ögonlocksödem, pittingödem på underbenen. BT 98/60."),
      ("Lab", "U-sticka protein 4+. S-albumin 14."),
      ("Bedömning", "Misstänkt nefrotiskt syndrom, sannolikt minimal change med tanke på åldern."),
      ("Planering", "Prednisolon 60 mg/m² enligt vårdprogram. Föräldrarna har fått skriftlig info och sticker urinen hemma."),
  ])],
  [("NL102", "n1")], [],
  "Child under 13: 'Misstänkt nefrotiskt syndrom' in a visible note the guardian reads.")

C("nef-vgr-aki-differentialdiagnoser-lista", "vgr", "19510519-7874", "1951-05-19", "2024-02-27",
  [N("n1", M, "Daganteckning", "su_ostra_med", "v_st", "2024-02-26 10:45", "2024-02-26 11:30", SV, [
      ("Aktuellt", "Krea 290, i höstas 98. Urinproduktion ca 600 ml/dygn. Prostatabesvär sedan länge."),
      ("Bedömning", "DD: 1) prerenal njurskada efter dålig peroral tillförsel, 2) akut tubulär nekros, 3) postrenalt hinder vid prostatahyperplasi."),
      ("Planering", "Bladderscan och KAD vid residualurin. UL njurar idag."),
  ])],
  [("NL102", "n1")], [],
  "A numbered 'DD:' list of possible causes of the patient's AKI in visible Bedömning.")

C("nef-talar-for-kronisk-antikroppsmedierad-rejektion", "skane", "19720614-7071", "1972-06-14", "2024-10-17",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak4", "2024-10-16 13:30", "2024-10-16 14:15", OV, [
      ("Utredning", "Transplantatbiopsi 9/10: glomerulit och peritubulär kapillärit, C4d svagt pos, dubblerade basalmembran. DSA mot DQ7 påvisat."),
      ("Bedömning", "Fynden talar för kronisk aktiv antikroppsmedierad rejektion."),
      ("Planering", "Diskuteras på tx-konferensen torsdag. Följs med DSA och krea var fjärde vecka."),
  ])],
  [("NL102", "n1")], [],
  "'Talar för kronisk aktiv antikroppsmedierad rejektion' is a hedged diagnosis in a visible note.")

C("nef-vgr-misstankt-njurcancer-i-egen-njure", "vgr", "19660626-2332", "1966-06-26", "2024-12-12",
  [N("n1", M, "Läkaranteckning", "su_tx", "v_lak7", "2024-12-11 09:00", None, OV, [
      ("Utredning", "Årlig UL egna njurar: förvärvad cystisk njursjukdom bilat, ny solid förändring 2,4 cm i vänster njures nedre pol."),
      ("Bedömning", "Misstänkt njurcellscancer i vänster egen njure."),
      ("Planering", "DT njurar med kontrast, ansvarig urolog kontaktad."),
  ])],
  [("NL102", "n1")], [],
  "Suspected renal cell carcinoma in the native kidney of a transplant patient, visible section.")

C("nef-typo-differntialdiagnos-igg4", "skane", "19600708-8955", "1960-07-08", "2024-06-14",
  [N("n1", M, "Läkaranteckning", "lund_njurmott", "s_lak2", "2024-06-13 11:00", "2024-06-13 11:35", OV, [
      ("Aktuellt", "Krea 180 från 110, förstorade spottkörtlar och tidigare pankreatit. S-IgG4 3,8 g/l."),
      ("Bedömning", "Differntialdiagnos IgG4-relaterad tubulointerstitiell nefrit."),
      ("Planering", "Njurbiopsi. DT buk för att värdera pankreas och retroperitoneum."),
  ])],
  [("NL102", "n1")], [],
  "Typo in the hedge keyword ('Differntialdiagnos'): still a differential diagnosis in a visible section.")

C("nef-vgr-hd-endokardit-kan-ej-uteslutas", "vgr", "19360918-5578", "1936-09-18", "2024-08-09",
  [N("n1", M, "Läkaranteckning", "kungalv_dialys", "v_lak1", "2024-08-08 12:40", "2024-08-08 13:20", OV, [
      ("Aktuellt", "HD via tunnelerad CVK. Blododlingar från förra veckan: S. aureus i 2/2 flaskor, fortsatt feber trots kloxacillin."),
      ("Status", "Nytt systoliskt blåsljud 2/6 över apex."),
      ("Bedömning", "Endokardit kan ej uteslutas."),
      ("Planering", "TEE via kardiologen. CVK byts efter negativ odling."),
  ])],
  [("NL102", "n1")], [],
  "'Endokardit kan ej uteslutas' in a dialysis patient – unresolved diagnosis in a visible section.")

C("nef-vgr-pd-trolig-navelbrack", "vgr", "19560614-8269", "1956-06-14", "2024-04-11",
  [N("n1", M, "Mottagningsanteckning", "skas_pd", "v_lak3", "2024-04-10 14:30", "2024-04-10 14:55", OV, [
      ("Aktuellt", "APD sedan ett år, dagfyllnad 1,5 l. Svullnad vid naveln som ökar under dagen."),
      ("Status", "Mjuk reponibel resistens 2 cm i naveln, hostimpuls."),
      ("Bedömning", "Trolig umbilikalhernia relaterad till ökat buktryck vid PD."),
      ("Planering", "Dagfyllnad minskas till 1 l. Remiss kirurg för ställningstagande till plastik."),
  ])],
  [("NL102", "n1")], [],
  "'Trolig umbilikalhernia' in a PD patient – hedged diagnosis in a visible section.")

C("nef-vgr-lang-hd-kvartalsbedomning-somnapne", "vgr", "19670421-1363", "1967-04-21", "2024-03-22",
  [N("n1", M, "Läkaranteckning", "su_hd", "v_lak5", "2024-03-21 13:00", "2024-03-21 14:20", OV, [
      ("Kontaktorsak", "Kvartalsbedömning i hemodialys."),
      ("Anamnes", "56-årig kvinna med IgA-nefrit, HD sedan 2021 via AV-fistel hö underarm, 3 x 4 h/v. Väntelista för njurtransplantation sedan 2022, tillfälligt avförd i höstas pga viktuppgång. Maken kör henne till dialysen. Trött dagtid, somnar vid TV:n, maken beskriver snarkningar och andningsuppehåll på natten."),
      ("Dialys", "Torrvikt 92,0 kg. Interdialytisk viktuppgång 2–3 kg. Kt/V 1,35. Blodflöde 350 ml/min. Inga hypotonier senaste månaden."),
      ("Status", "AT: opåverkad, överviktig. BMI 36. BT 152/88 före dialys. Cor: RR. Pulm: ua. Fistel: bra thrill. Ödem: lätta bilat."),
      ("Lab", "Hb 112 på darbepoetin 40 mikrogram/v. Fosfat 1,9. Ca 2,25. PTH 44. Albumin 36. Ferritin 420."),
      ("Bedömning", "Välfungerande dialys. Anemin i målområdet. Fosfat något högt, följsamheten till fosfatbindare brister enligt pat. Obstruktivt sömnapnésyndrom? Övervikten står i vägen för återinträde på transplantationslistan."),
      ("Åtgärd", "Remiss sömnregistrering. Dietistkontakt för vikt och fosfat. Sevelamer ändras till tuggtablett."),
      ("Planering", "Ny kvartalsbedömning i juni."),
  ])],
  [("NL102", "n1")], [],
  "Long HD chart: one diagnosis with a question mark ('Obstruktivt sömnapnésyndrom?') among settled ones.")

# ---------------------------------------------------------------- part 4: NL102 must_not – negated, ruled out, relatives
C("nef-tx-ingen-misstanke-om-rejektion", "skane", "19871019-8295", "1987-10-19", "2024-02-29",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak8", "2024-02-28 10:15", "2024-02-28 10:40", OV, [
      ("Aktuellt", "Tx-kontroll 6 mån postop. Krea 112, oförändrat sedan december. Takrolimus 6,1."),
      ("Bedömning", "Stabil transplantatfunktion, ingen misstanke om rejektion."),
      ("Planering", "Protokollbiopsi vid 1 år enligt rutin. Nästa kontroll om 6 veckor."),
  ])],
  [], [("NL102", "n1")],
  "'Ingen misstanke om rejektion' is a negated diagnosis and must not fire.")

C("nef-tx-akut-rejektion-uteslutes-efter-biopsi", "skane", "19740708-8512", "1974-07-08", "2024-03-21",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak3", "2024-03-20 15:10", "2024-03-20 15:30", OV, [
      ("Utredning", "Transplantatbiopsi 18/3: 14 glomeruli, inga tecken på inflammation, C4d neg, lätt arteriolär hyalinos."),
      ("Bedömning", "Akut rejektion uteslutes. Kreatininstegringen förklaras av dehydrering vid gastroenterit förra veckan, krea nu på väg ner."),
  ])],
  [], [("NL102", "n1")],
  "'Akut rejektion uteslutes' after a biopsy is a ruled-out diagnosis.")

C("nef-pd-inga-tecken-pa-peritonit-ssk", "skane", "19990911-6940", "1999-09-11", "2024-05-14",
  [N("n1", M, "Omvårdnadsanteckning", "lund_pd", "s_ssk3", "2024-05-13 13:00", "2024-05-13 13:20", OV, [
      ("Omvårdnad", "Pat kommer med påse pga lite buksmärta efter träning. Dialysatet klart, LPK 12. Utgången fin, ingen rodnad."),
      ("Bedömning", "Inga tecken på peritonit."),
      ("Åtgärd", "Råd om att undvika tunga magövningar. Hör av sig om smärtan inte släpper."),
  ])],
  [], [("NL102", "n1")],
  "'Inga tecken på peritonit' is a negated diagnosis in a PD nurse's note.")

C("nef-vgr-talar-emot-vaskulit", "vgr", "19600427-9300", "1960-04-27", "2024-09-05",
  [N("n1", M, "Läkaranteckning", "su_njurmott", "v_lak4", "2024-09-04 10:30", None, OV, [
      ("Lab", "ANCA neg, anti-GBM neg, C3 och C4 normala. U-sediment utan erytrocytcylindrar."),
      ("Bedömning", "Sammantaget talar detta emot vaskulit. Njurfunktionsnedsättningen förklaras av den kända hypertensiva njurskadan."),
  ])],
  [], [("NL102", "n1")],
  "'Talar emot vaskulit' rules the diagnosis out; the remaining diagnosis is settled.")

C("nef-myelommisstanken-avskrivs", "skane", "19610623-8782", "1961-06-23", "2024-04-05",
  [N("n1", M, "Mottagningsanteckning", "csk_medavd", "s_lak6", "2024-04-04 09:00", "2024-04-04 09:25", OV, [
      ("Utredning", "Ingen M-komponent i serum eller urin, fria lätta kedjor med normal kvot, benmärg utan plasmacellsökning."),
      ("Bedömning", "Misstanken om myelom avskrivs. Njurpåverkan är NSAID-relaterad och i regress efter utsättning."),
  ])],
  [], [("NL102", "n1")],
  "'Misstanken om myelom avskrivs' looks like a hedge but the diagnosis is written off.")

C("nef-barn-typo-ingen-missanke-om-hus", "skane", "20201118-0490", "2020-11-18", "2024-07-10",
  [N("n1", M, "Mottagningsanteckning", "lund_barnnjur", "s_lak7", "2024-07-09 14:00", "2024-07-09 14:30", OV, [
      ("Anamnes", "Pojke 3 år, diarré i 3 dagar på förskolan, några streck blod i blöjan igår. Kissar som vanligt."),
      ("Lab", "Hb 128, TPK 310, krea 28. F-EHEC-PCR negativ."),
      ("Bedömning", "Ingen missanke om HUS. Gastroenterit som redan är på bättringsvägen, vätskeersättning hemma."),
  ])],
  [], [("NL102", "n1")],
  "Typo in a negated hedge ('Ingen missanke om HUS'): still a negation, must not fire (child under 13).")

C("nef-vgr-ej-hallpunkt-for-njurartarstenos", "vgr", "19710112-7244", "1971-01-12", "2024-11-14",
  [N("n1", M, "Läkaranteckning", "skas_njurmott", "v_lak5", "2024-11-13 13:40", "2024-11-13 14:05", OV, [
      ("Utredning", "Doppler njurartärer: normala flöden bilat, RI 0,62 resp 0,64."),
      ("Bedömning", "Ej hållpunkt för njurartärstenos. Essentiell hypertoni, behandlas vidare i primärvården."),
  ])],
  [], [("NL102", "n1")],
  "'Ej hållpunkt för njurartärstenos' is a negated diagnosis.")

C("nef-vgr-tx-bk-pcr-negativ-utan-hallpunkt", "vgr", "19551114-4783", "1955-11-14", "2024-01-18",
  [N("n1", M, "Läkaranteckning", "su_tx", "v_lak2", "2024-01-17 11:10", "2024-01-17 11:30", OV, [
      ("Lab", "BK-virus PCR i plasma ej påvisbart. Krea 134, samma som vid förra kontrollen."),
      ("Bedömning", "Utan hållpunkt för BK-virusnefropati. Oförändrad immunsuppression."),
  ])],
  [], [("NL102", "n1")],
  "'Utan hållpunkt för BK-virusnefropati' is a negated diagnosis in a transplant note.")

C("nef-vgr-tidigare-misstankt-lupusnefrit-avfardad", "vgr", "19731212-5821", "1973-12-12", "2024-10-30",
  [N("n1", M, "Mottagningsanteckning", "su_njurmott", "v_lak1", "2024-10-29 08:30", "2024-10-29 08:55", OV, [
      ("Anamnes", "SLE sedan 2012. Lupusnefrit misstänktes 2021 men avfärdades när biopsin visade normala glomeruli."),
      ("Bedömning", "Proteinuri 0,1 g/dygn, normalt sediment. Fortsatt inget njurengagemang av SLE."),
      ("Planering", "Årlig urinkontroll via reumatologen, ingen ny tid här."),
  ])],
  [], [("NL102", "n1")],
  "A past suspicion ('misstänktes 2021') that was ruled out ('avfärdades') is not a current hypothesis.")

C("nef-vgr-postrenalt-hinder-kan-uteslutas", "vgr", "19630816-4513", "1963-08-16", "2024-06-07",
  [N("n1", M, "Daganteckning", "sas_medavd", "v_lak6", "2024-06-06 10:10", "2024-06-06 10:35", SV, [
      ("Utredning", "UL njurar: normalstora njurar utan hydronefros, blåsan tom efter miktion."),
      ("Bedömning", "Postrenalt hinder kan uteslutas. Akut njurskada efter septisk chock, ATN, i förbättring med diures 2 l/dygn."),
  ])],
  [], [("NL102", "n1")],
  "'Kan uteslutas' (without 'ej') is a ruled-out diagnosis – hard negative for 'kan ej uteslutas'.")

C("nef-mor-trol-polycystiska-njurar-hereditet", "skane", "19900916-5102", "1990-09-16", "2024-02-22",
  [N("n1", M, "Läkaranteckning", "hbg_njurmott", "s_lak7", "2024-02-21 09:45", "2024-02-21 10:20", OV, [
      ("Hereditet", "Mamman har trol. polycystiska njurar, utreds i Halmstad. Morfar dialyserades på 80-talet."),
      ("Utredning", "UL njurar u.a., inga cystor. Krea 64, U-alb/krea normal."),
      ("Bedömning", "Essentiell hypertoni hos 33-åring med normal njurfunktion. Hereditetsfrågan tas upp igen när mammans genetiska svar finns."),
  ])],
  [], [("NL102", "n1")],
  "The hedged diagnosis ('trol. polycystiska njurar') belongs to the patient's mother.")

C("nef-vgr-levande-donator-bror-mojlig-hypertoni", "vgr", "19650622-6270", "1965-06-22", "2024-05-30",
  [N("n1", M, "Läkaranteckning", "su_tx", "v_lak1", "2024-05-29 13:00", "2024-05-29 13:40", OV, [
      ("Aktuellt", "IgA-nefrit, CKD 5, eGFR 11. Förberedande tx-utredning klar."),
      ("Donator", "Brodern utreds som levande donator. Hos honom finns möjlig vitrockshypertoni, 24-timmars blodtryck planeras."),
      ("Planering", "Pat fortsätter i preemptiv tx-planering, PD-kateter läggs om eGFR sjunker under 8."),
  ])],
  [], [("NL102", "n1")],
  "The hedged diagnosis concerns the living donor (brother), not the patient.")

C("nef-vgr-barn-pappa-trolig-alport", "vgr", "20130415-9112", "2013-04-15", "2024-09-27",
  [N("n1", M, "Mottagningsanteckning", "dsbus_njur", "v_lak4", "2024-09-26 15:00", "2024-09-26 15:30", OV, [
      ("Anamnes", "Pojke 11 år, remiss pga att pappan har trolig Alport och utreds på SU. Pojken har inga besvär."),
      ("Status", "Urinsticka utan blod eller protein. BT 104/62. Hörseln normal enligt skolhälsovården."),
      ("Bedömning", "Inga njurfynd hos pojken idag."),
      ("Planering", "Genetisk testning av pojken diskuteras när pappans svar kommit. Urinsticka årligen."),
  ])],
  [], [("NL102", "n1")],
  "Child's note: 'trolig Alport' is the father's diagnosis, the child has no findings.")

C("nef-syster-misstankt-sle-pat-membranos", "skane", "20000311-0202", "2000-03-11", "2024-08-15",
  [N("n1", M, "Mottagningsanteckning", "lund_njurmott", "s_lak5", "2024-08-14 10:00", "2024-08-14 10:35", OV, [
      ("Aktuellt", "Biopsiverifierad membranös nefropati sedan mars, rituximab i april. Proteinurin har halverats."),
      ("Social", "Systern utreds nu för misstänkt SLE, pat orolig för ärftlighet."),
      ("Bedömning", "Partiell remission av membranös nefropati. Ärftligheten bedöms låg, vilket förklarades för pat."),
  ])],
  [], [("NL102", "n1")],
  "'Misstänkt SLE' refers to the sister; the patient's own diagnosis is confirmed.")

C("nef-vgr-hd-typo-inga-tecen-pa-kateterinfektion", "vgr", "20010413-3715", "2001-04-13", "2024-12-18",
  [N("n1", M, "Omvårdnadsanteckning", "nal_dialys", "v_ssk2", "2024-12-17 08:15", "2024-12-17 08:40", OV, [
      ("Omvårdnad", "Pat uppger lite ömhet vid CVK-utgången. Torrt och fint, ingen rodnad, afebril, CRP <5."),
      ("Bedömning", "Inga tecen på kateterinfektion."),
      ("Åtgärd", "Nytt förband. Bedöms igen nästa dialys."),
  ])],
  [], [("NL102", "n1")],
  "Typo in the negation ('Inga tecen på kateterinfektion'): still negated, must not fire.")

C("nef-biopsi-visar-ej-diabetesnefropati", "skane", "19490815-5684", "1949-08-15", "2024-07-03",
  [N("n1", M, "Läkaranteckning", "malmo_ckd", "s_lak2", "2024-07-02 13:20", "2024-07-02 14:00", OV, [
      ("Utredning", "PAD njurbiopsi: mesangial IgA-deposition, Oxford M1 E0 S1 T0. Ej diabetesnefropati trots långvarig diabetes."),
      ("Bedömning", "IgA-nefrit hos pat med typ 2-diabetes. Pat informerad om svaret på dagens besök."),
      ("Planering", "Maxdos RAS-blockad, SGLT2-hämmare fortsätter. Kontroll om 3 mån."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Biopsy rules out diabetic nephropathy ('Ej diabetesnefropati') and confirms IgA-nefrit, which the patient was told.")

C("nef-vgr-misstanke-om-amyloidos-kvarstar-inte", "vgr", "19420521-1362", "1942-05-21", "2024-04-19",
  [N("n1", M, "Läkaranteckning", "udd_njurmott", "v_lak6", "2024-04-18 14:10", "2024-04-18 14:40", OV, [
      ("Utredning", "Bukfettsbiopsi Kongo-negativ. Fria lätta kedjor normala. Ekokardiografi utan tecken på infiltrativ kardiomyopati."),
      ("Bedömning", "Misstanke om amyloidos kvarstår inte. Proteinurin är sekundär till hypertensiv njurskada."),
  ])],
  [], [("NL102", "n1")],
  "'Misstanke om amyloidos kvarstår inte' is a ruled-out diagnosis.")

# ---------------------------------------------------------------- part 5: NL102 must_not – hedged plans, symptoms, findings, conditionals
C("nef-ev-remiss-karlkirurg-ny-fistel", "skane", "19371221-4877", "1937-12-21", "2024-01-26",
  [N("n1", M, "Dialysanteckning", "lund_hd", "s_lak1", "2024-01-25 12:00", "2024-01-25 12:30", OV, [
      ("Aktuellt", "HD sedan 2022 pga nefroskleros. Fisteln hö underarm trombotiserade i december, dialyseras nu via tunnelerad CVK."),
      ("Planering", "Ev. remiss till kärlkirurg för ny fistel i vänster överarm, vennkartläggning först."),
  ])],
  [], [("NL102", "n1")],
  "'Ev.' hedges a plan (a referral), not a diagnosis; the diagnoses stated are settled.")

C("nef-trolig-utskrivning-imorgon", "skane", "19451212-7830", "1945-12-12", "2024-03-09",
  [N("n1", M, "Daganteckning", "malmo_njuravd", "s_at", "2024-03-08 11:30", "2024-03-08 11:50", SV, [
      ("Aktuellt", "Akut njurskada efter gastroenterit, i regress. Krea 190 från 420 vid inkomst, äter och dricker bra."),
      ("Planering", "Trolig utskrivning imorgon om krea fortsätter sjunka. Enalapril återinsätts först vid återbesöket."),
  ])],
  [], [("NL102", "n1")],
  "'Trolig utskrivning' hedges a discharge plan; the AKI is a settled diagnosis.")

C("nef-vgr-mojlig-transplantation-under-hosten", "vgr", "19741128-7522", "1974-11-28", "2024-04-26",
  [N("n1", M, "Läkaranteckning", "su_tx", "v_lak6", "2024-04-25 10:00", "2024-04-25 10:30", OV, [
      ("Aktuellt", "ADPKD, CKD 5, eGFR 12. Maken är utredd och godkänd som levande donator."),
      ("Planering", "Möjlig transplantation under hösten, datum sätts efter korstest. Fortsatt preemptiv väntan utan dialys."),
  ])],
  [], [("NL102", "n1")],
  "'Möjlig transplantation' hedges a planned procedure, not a diagnosis.")

C("nef-hd-torrvikt-trol-for-hog-ssk", "skane", "19621121-0205", "1962-11-21", "2024-06-12",
  [N("n1", M, "Dialysanteckning", "trbg_dialys", "s_ssk4", "2024-06-11 14:00", None, OV, [
      ("Dialys", "Vikt före 74,8, efter 72,1. BT efter dialys 168/94, lätta ankelödem."),
      ("Bedömning", "Torrvikten trol. för hög."),
      ("Åtgärd", "Ny torrvikt 71,5 kg enligt dr Malmgren, sänks stegvis över tre dialyser."),
  ])],
  [], [("NL102", "n1")],
  "'Trol.' hedges a dialysis parameter (torrvikt), which is no diagnosis.")

C("nef-hd-kalium-trol-hemolyserat-prov", "skane", "19600618-9069", "1960-06-18", "2024-08-21",
  [N("n1", M, "Läkaranteckning", "csk_hd", "s_lak6", "2024-08-20 10:45", "2024-08-20 11:00", OV, [
      ("Lab", "K 6,4 i morgonprovet, men provet trol. hemolyserat enligt labbet. Omtaget K 4,9."),
      ("Bedömning", "Ingen åtgärd. Kaliumbindare behövs inte."),
  ])],
  [], [("NL102", "n1")],
  "'Trol. hemolyserat' concerns the blood sample, not a disease of the patient.")

C("nef-vgr-hd-ev-lite-klada-kvallstid", "vgr", "19350708-8437", "1935-07-08", "2024-02-16",
  [N("n1", M, "Omvårdnadsanteckning", "kungalv_dialys", "v_ssk4", "2024-02-15 15:10", "2024-02-15 15:25", OV, [
      ("Omvårdnad", "Pat berättar om ev. lite klåda på benen kvällstid, oklart om det är nytt. Huden torr, inga utslag."),
      ("Åtgärd", "Mjukgörande kräm. Tas upp med läkaren vid kvartalsbedömningen."),
  ])],
  [], [("NL102", "n1")],
  "'Ev.' and 'oklart om' hedge a symptom (itch), no diagnosis.")

C("nef-vgr-blasljud-mojligen-svagare", "vgr", "19371019-5961", "1937-10-19", "2024-05-23",
  [N("n1", M, "Dialysanteckning", "sas_dialys", "v_ssk1", "2024-05-22 09:30", "2024-05-22 09:50", OV, [
      ("Kärlaccess", "Blåsljudet över fisteln möjligen något svagare än förra veckan. Artärtryck och ventryck normala, blodflöde 330."),
      ("Bedömning", "Fungerande fistel. Lyssnar igen på fredag."),
  ])],
  [], [("NL102", "n1")],
  "'Möjligen' hedges an auscultation finding, not a diagnosis.")

C("nef-vgr-eventuellt-byte-till-pd", "vgr", "19740913-6780", "1974-09-13", "2024-10-09",
  [N("n1", M, "Mottagningsanteckning", "skas_njurmott", "v_lak3", "2024-10-08 13:10", "2024-10-08 13:40", OV, [
      ("Aktuellt", "CKD 5 pga lupusnefrit, HD i satellit sedan juni. Vill kunna arbeta dagtid."),
      ("Planering", "Eventuellt byte till PD efter årsskiftet, PD-ssk kontaktar pat för informationsbesök."),
  ])],
  [], [("NL102", "n1")],
  "'Eventuellt byte till PD' hedges a treatment plan.")

C("nef-vgr-hd-viktuppgang-trol-helgen", "vgr", "19900804-4894", "1990-08-04", "2024-12-10",
  [N("n1", M, "Dialysanteckning", "su_hd", "v_usk", "2024-12-09 07:50", "2024-12-09 08:05", OV, [
      ("Dialys", "Viktuppgång 4,1 kg sedan fredag, trol. pga helgens julbord. BT 172/98 före start."),
      ("Åtgärd", "Ssk informerad, UF-mål satt till 3,8 kg, förlängd dialystid 30 min."),
  ])],
  [], [("NL102", "n1")],
  "'Trol.' hedges the reason for a weight gain, no diagnosis.")

C("nef-typo-eventulet-ultraljud-njurar", "skane", "19740303-3223", "1974-03-03", "2024-09-04",
  [N("n1", M, "Mottagningsanteckning", "hbg_njurmott", "s_lak8", "2024-09-03 11:10", "2024-09-03 11:30", OV, [
      ("Aktuellt", "Nefroskleros, CKD 3a, stabilt eGFR 52 i två år."),
      ("Planering", "Eventulet UL njurar inför nästa besök om 1 år, beslutas då."),
  ])],
  [], [("NL102", "n1")],
  "Typo in a plan hedge ('Eventulet UL njurar'): a hedged examination, not a diagnosis.")

C("nef-dietist-aptit-trol-battre", "skane", "19971127-0638", "1997-11-27", "2024-03-28",
  [N("n1", M, "Dietistanteckning", "lund_dietist", "s_diet", "2024-03-27 13:00", "2024-03-27 13:40", OV, [
      ("Nutritionsanamnes", "Aptiten trol. bättre sedan dialysdosen ökades i februari, äter nu frukost igen."),
      ("Bedömning", "Vikt 68 kg, stabil. Kaliumintag rimligt, fosfat 1,6."),
      ("Åtgärd", "Genomgång av fosforrika processade livsmedel. Ny kontakt om 3 mån."),
  ])],
  [], [("NL102", "n1")],
  "Dietitian's 'trol. bättre' hedges appetite, not a diagnosis.")

C("nef-vgr-fragetecken-pa-planering", "vgr", "19351002-0419", "1935-10-02", "2024-11-22",
  [N("n1", M, "Mottagningsanteckning", "alingsas_med", "v_lak7", "2024-11-21 10:00", "2024-11-21 10:20", OV, [
      ("Bedömning", "CKD 4 pga nefroskleros, eGFR 19 och stabil. Konservativ vård enligt pat:s önskan, ingen dialysförberedelse."),
      ("Planering", "Återbesök om 4 mån? Pat vill helst ha längre intervall, ssk ringer innan. PTH inför nästa besök?"),
  ])],
  [], [("NL102", "n1")],
  "Question marks after plans (visit interval, a lab test) are not hedged diagnoses.")

C("nef-vgr-oklart-om-sjukresa-bestalld", "vgr", "19570424-2360", "1957-04-24", "2024-01-12",
  [N("n1", M, "Omvårdnadsanteckning", "sas_dialys", "v_ssk3", "2024-01-11 12:30", "2024-01-11 12:45", OV, [
      ("Omvårdnad", "Oklart om sjukresan är beställd till torsdag, pat har inte fått någon bekräftelse. Ssk kontaktar beställningscentralen."),
  ])],
  [], [("NL102", "n1")],
  "'Oklart om' hedges a transport booking, not a diagnosis.")

C("nef-pd-om-grumligt-dialysat-ring", "skane", "19920102-1962", "1992-01-02", "2024-04-09",
  [N("n1", M, "Omvårdnadsanteckning", "lund_pd", "s_ssk1", "2024-04-08 10:00", "2024-04-08 10:35", OV, [
      ("Undervisning", "Dag 4 av CAPD-upplärning. Pat byter påse självständigt med korrekt handhygien."),
      ("Information", "Om grumligt dialysat, feber eller buksmärta ska pat ringa PD-mottagningen, kvällar och helger avdelningen, och ta med påsen in."),
  ])],
  [], [("NL102", "n1")],
  "Conditional instruction ('Om grumligt dialysat …') names warning signs, no hypothesis about the patient.")

C("nef-vgr-tx-vid-tecken-pa-uvi-lamna-odling", "vgr", "19661111-5764", "1966-11-11", "2024-07-12",
  [N("n1", M, "Omvårdnadsanteckning", "su_tx", "v_ssk3", "2024-07-11 14:00", "2024-07-11 14:30", OV, [
      ("Information", "Inför semestern i Dalarna: vid tecken på urinvägsinfektion lämnar pat urinodling på närmaste vårdcentral innan antibiotika sätts in. Vid feber över 38,5 eller minskade urinmängder ringer hon tx-mottagningen direkt."),
      ("Åtgärd", "Extra recept på takrolimus utskrivet så att det räcker över resan."),
  ])],
  [], [("NL102", "n1")],
  "Conditional travel advice ('vid tecken på urinvägsinfektion') is no hypothesis about the patient.")

C("nef-biopsiverifierad-iga-nefrit-arskontroll", "skane", "19511004-9706", "1951-10-04", "2024-11-06",
  [N("n1", M, "Mottagningsanteckning", "hbg_njurmott", "s_lak7", "2024-11-05 09:00", "2024-11-05 09:30", OV, [
      ("Aktuellt", "Biopsiverifierad IgA-nefrit sedan 2019. Mår bra, inga nya besvär."),
      ("Bedömning", "Stabil njurfunktion, eGFR 48, U-alb/krea 22. Blodtryck 128/76 hemma."),
      ("Planering", "Oförändrad behandling. Årskontroll nästa höst."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Confirmed diagnosis with no hedge, and nothing said about informing the patient.")

C("nef-vgr-adpkd-genetiskt-verifierad", "vgr", "19850309-3794", "1985-03-09", "2024-02-02",
  [N("n1", M, "Läkaranteckning", "udd_njurmott", "v_lak3", "2024-02-01 13:30", "2024-02-01 14:00", OV, [
      ("Diagnos", "Autosomalt dominant polycystisk njursjukdom, genetiskt verifierad PKD1-mutation."),
      ("Bedömning", "Totalvolym 1 450 ml, Mayo-klass 1C, snabb progression. Uppfyller kriterier för tolvaptan."),
      ("Planering", "Start tolvaptan 45+15 mg, leverprover varje månad första 18 månaderna."),
  ])],
  [], [("NL102", "n1")],
  "Genetically verified ADPKD – confirmed diagnosis without hedge.")

C("nef-vgr-hd-misstankt-fel-pa-dialysmaskin", "vgr", "19880523-8741", "1988-05-23", "2024-03-15",
  [N("n1", M, "Dialysanteckning", "nal_dialys", "v_ssk2", "2024-03-14 16:20", "2024-03-14 16:40", OV, [
      ("Dialys", "Upprepade larm för blodläckage efter 40 min, dialysatet helt klart vid kontroll. Misstänkt fel på givaren i maskin 4."),
      ("Åtgärd", "Pat flyttad till maskin 7, dialysen fullföljd utan anmärkning. Felanmälan till MT-avdelningen."),
  ])],
  [], [("NL102", "n1")],
  "'Misstänkt fel' concerns a dialysis machine, not the patient.")

# ---------------------------------------------------------------- part 6: protected places and PMO
C("nef-skane-mall-tidiga-hypoteser-myelom-ej-informerad", "skane", "19410304-0855", "1941-03-04", "2024-05-10",
  [N("n1", M, "Tidiga hypoteser", "lund_njurmott", "s_lak4", "2024-05-09 16:00", "2024-05-09 16:10", OV, [
      ("Bedömning", "Misstänkt myelom: M-komponent IgA-lambda 31 g/l, kvot 0,02 och ryggsmärtor. Pat ej informerad ännu, benmärgssvar väntas nästa vecka."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "Skåne template Tidiga hypoteser: the hedged, not-yet-told diagnosis sits only in the protected template.")

C("nef-skane-mall-tidiga-hypoteser-ptld", "skane", "19910823-0963", "1991-08-23", "2024-10-25",
  [N("n1", M, "Tidiga hypoteser", "malmo_tx", "s_lak3", "2024-10-24 13:50", "2024-10-24 14:00", OV, [
      ("Tidiga hypoteser", "Susp. PTLD med tanke på stigande EBV-DNA och mesenteriella lymfkörtlar på DT."),
  ])],
  [], [("NL102", "n1")],
  "Skåne template Tidiga hypoteser: 'Susp. PTLD' is hidden from 1177 Journalen.")

C("nef-vgr-sokord-tidiga-hypoteser-al-amyloidos", "vgr", "19350715-3389", "1935-07-15", "2024-06-21",
  [N("n1", M, "Läkaranteckning", "su_njurmott", "v_lak2", "2024-06-20 10:20", "2024-06-20 11:00", OV, [
      ("Aktuellt", "Nefrotiskt syndrom sedan april, U-prot 7 g/dygn, S-albumin 22. Tjock tunga och lätt makroglossi noterad."),
      ("Tidiga hypoteser", "Trolig AL-amyloidos, lambda-lätta kedjor 410 mg/l."),
      ("Planering", "Bukfettsbiopsi och benmärgsprov bokade. Furosemid höjs till 80 mg."),
  ])],
  [], [("NL102", "n1")],
  "VGR: the hypothesis is only under sökord Tidiga hypoteser; visible sections hold settled facts and plans.")

C("nef-vgr-sokord-tidiga-hypoteser-urotelcancer-ej-informerad", "vgr", "19361126-0336", "1936-11-26", "2024-05-15",
  [N("n1", M, "Läkaranteckning", "udd_njurmott", "v_lak6", "2024-05-14 11:40", "2024-05-14 12:15", OV, [
      ("Aktuellt", "CKD 3b, makroskopisk hematuri två gånger senaste månaden."),
      ("Tidiga hypoteser", "DT-urografi: misstänkt urotelial cancer i höger njurbäcken. Pat ej informerad om fyndet, besked av urolog efter cystoskopi."),
      ("Planering", "Cystoskopi bokad 22/5. Pat vet att undersökningen görs för att utreda blodet i urinen."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "VGR: hedged and untold diagnosis kept only under sökord Tidiga hypoteser; visible text only says why cystoscopy is done.")

C("nef-skane-mall-tidiga-hypoteser-typo-misstnkt", "skane", "20001208-6674", "2000-12-08", "2024-08-30",
  [N("n1", M, "Tidiga hypoteser", "hbg_njurmott", "s_lak6", "2024-08-29 15:40", "2024-08-29 15:50", OV, [
      ("Bedömning", "Upprepad hypokalemi och metabol alkalos, normalt BT. Misstnkt pseudo-Bartter vid dolt bruk av diuretika. Urinscreening för diuretika skickad, tas upp med pat först när svaret finns."),
  ])],
  [], [("NL102", "n1")],
  "Skåne template Tidiga hypoteser with a typo in the hedge ('Misstnkt'): protected, must not fire.")

C("nef-pmo-vc-trolig-kronisk-njursvikt", "skane", "19741011-9643", "1974-10-11", "2024-02-13",
  [N("n1", P, "Besöksanteckning", "vc_sorgenfri", "s_dl1", "2024-02-12 09:30", "2024-02-12 09:55", OV, [
      ("Aktuellt", "Diabetes typ 1 sedan barndomen. Krea 168, eGFR 33 vid två tillfällen med 3 mån mellanrum, U-alb/krea 85."),
      ("Bedömning", "Trolig kronisk njursvikt stadium 3b–4 av diabetesgenes."),
      ("Åtgärd", "Remiss njurmedicin SUS Malmö."),
  ])],
  [], [("NL102", "n1")],
  "PMO never shows diagnoses in 1177 Journalen: a hedged diagnosis in a vårdcentral note must not fire.")

C("nef-pmo-hemsjukvard-susp-uvi", "skane", "19481202-1865", "1948-12-02", "2024-09-10",
  [N("n1", P, "Hemsjukvårdsanteckning", "hsv_simrishamn", "s_dssk", "2024-09-09 11:15", "2024-09-09 11:40", OV, [
      ("Hembesök", "Assisterad PD-pat, maken ringde pga förvirring sedan igår och illaluktande urin. Temp 37,8, dialysatet klart."),
      ("Bedömning", "Susp. UVI. Urinsticka nitrit pos, leukocyter 3+."),
      ("Åtgärd", "Urinodling skickad. Dr Wallin kontaktad, ordinerar pivmecillinam. PD-mottagningen i Lund informerad."),
  ])],
  [], [("NL102", "n1")],
  "PMO home-care note with 'Susp. UVI': PMO diagnoses are never shown, must not fire.")

C("nef-pmo-vc-misstankt-gikt-ckd", "skane", "19820328-5815", "1982-03-28", "2024-06-26",
  [N("n1", P, "Besöksanteckning", "vc_horby", "s_dl2", "2024-06-25 14:15", "2024-06-25 14:35", OV, [
      ("Aktuellt", "IgA-nefrit med CKD 3a, sköts på njurmott Lund. Nu svullen och het vänster fotled sedan igår."),
      ("Bedömning", "Misstänt gikt. Urat 560."),
      ("Åtgärd", "Kolkicin 0,5 mg x 2 i 3 dagar, ingen NSAID. Njurmottagningen informeras via remiss."),
  ])],
  [], [("NL102", "n1")],
  "PMO with a typo ('Misstänt gikt') in a vårdcentral note: must not fire.")

C("nef-pmo-vc-barn-misstankt-pyelonefrit", "skane", "20190625-6092", "2019-06-25", "2024-03-01",
  [N("n1", P, "Besöksanteckning", "vc_larod", "s_dl1", "2024-02-29 16:30", "2024-02-29 16:55", OV, [
      ("Anamnes", "Pojke 4 år, feber 39,8 sedan två dagar, ont i magen, kräkts en gång. Pappa med på besöket."),
      ("Status", "Trött men kontaktbar. Öm i vänster flank. U-sticka: nitrit positiv och leukocyter 3+."),
      ("Bedömning", "Misstänkt pyelonefrit."),
      ("Åtgärd", "Remiss barnakuten Helsingborg för bedömning och ev. iv antibiotika."),
  ])],
  [], [("NL102", "n1")],
  "PMO note about a child under 13: hedged diagnosis in PMO must not fire.")

C("nef-pmo-vc-dd-nsaid-njurskada", "skane", "19570907-8322", "1957-09-07", "2024-10-16",
  [N("n1", P, "Telefonkontakt", "vc_tomelilla", "s_dl2", "2024-10-15 13:05", None, OV, [
      ("Telefonkontakt", "Ringer upp pat angående krea 156 (98 i maj). Tar ibuprofen 400 mg x 3 för knäartros sedan sommaren."),
      ("Bedömning", "DD läkemedelsutlöst njurskada av NSAID."),
      ("Åtgärd", "Ibuprofen sätts ut, paracetamol istället. Nytt krea om 2 v."),
  ])],
  [], [("NL102", "n1")],
  "PMO phone note with 'DD läkemedelsutlöst njurskada': must not fire in PMO.")

# ---------------------------------------------------------------- part 7: NL101 must – diagnosis visible but not yet told
C("nef-pad-iga-nefrit-ej-informerad", "skane", "19931127-7587", "1993-11-27", "2024-04-06",
  [N("n1", M, "Läkaranteckning", "lund_njurmott", "s_lak1", "2024-04-05 15:30", "2024-04-05 15:50", OV, [
      ("Provsvar", "PAD njurbiopsi 2/4: IgA-nefrit, Oxford M1 E1 S1 T1, ca 30 % interstitiell fibros."),
      ("Bedömning", "IgA-nefrit med tecken på kronicitet. Pat ännu ej informerad om PAD-svaret, besked ges vid återbesöket 18/4."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Biopsy-confirmed IgA-nefrit in a visible section while the note says the patient is not yet informed.")

C("nef-vgr-pad-aa-amyloidos-ej-besked", "vgr", "19950303-3228", "1995-03-03", "2024-01-20",
  [N("n1", M, "Läkaranteckning", "su_njurmott", "v_lak4", "2024-01-19 14:00", "2024-01-19 14:20", OV, [
      ("Aktuellt", "Familjär medelhavsfeber sedan barndomen, dålig följsamhet till kolkicin. Proteinuri 3 g/dygn."),
      ("Provsvar", "Njurbiopsi: AA-amyloidos med glomerulär och vaskulär inlagring."),
      ("Bedömning", "Patienten har inte fått besked om biopsisvaret än. Samtal bokas med tolk nästa vecka."),
  ])],
  [("NL101", "n1")], [],
  "AA-amyloidosis from the biopsy is visible; 'har inte fått besked' says the patient is not yet told.")

C("nef-tx-rejektion-ej-nadd-per-telefon", "skane", "19730711-5746", "1973-07-11", "2024-07-19",
  [N("n1", M, "Telefonanteckning", "malmo_tx", "s_lak8", "2024-07-18 16:40", "2024-07-18 16:50", OV, [
      ("Provsvar", "Transplantatbiopsi 16/7: akut T-cellsmedierad rejektion Banff IIA."),
      ("Telefonkontakt", "Söker pat två gånger utan svar, meddelande om återuppringning lämnat. Pat alltså ej informerad om biopsisvaret. Nytt försök imorgon 08.00, kortisonstöt förberedd på avd."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Confirmed rejection documented in a visible phone note while the patient could not be reached and is not informed.")

C("nef-vgr-myelom-ska-ej-informeras-forran-hematolog", "vgr", "19660720-9464", "1966-07-20", "2024-08-16",
  [N("n1", M, "Daganteckning", "su_avd", "v_lak5", "2024-08-15 12:10", "2024-08-15 12:40", SV, [
      ("Provsvar", "Benmärg: 40 % klonala plasmaceller. Diagnos multipelt myelom med cast-nefropati."),
      ("Planering", "Pat ska inte informeras förrän hematologen kan närvara på torsdag. Dialys vid behov under tiden."),
  ])],
  [("NL101", "n1")], [],
  "'Pat ska inte informeras förrän …' with the myeloma diagnosis in a visible section.")

C("nef-typo-ej-infomerad-kollapsande-fsgs", "skane", "19760406-5347", "1976-04-06", "2024-05-03",
  [N("n1", M, "Läkaranteckning", "hbg_njurmott", "s_lak2", "2024-05-02 11:20", None, OV, [
      ("Provsvar", "PAD: kollapsande fokal segmentell glomeruloskleros, uttalad tubulär atrofi."),
      ("Bedömning", "Kollapsande FSGS med dålig prognos. Pat ej infomerad, svaret kom efter att hon lämnat mottagningen. Ringer henne på måndag och bokar samtal."),
  ])],
  [("NL101", "n1")], [],
  "Typo in the not-told phrase ('ej infomerad'); the FSGS diagnosis is in a visible section.")

C("nef-draft-klarcellig-njurcancer-inte-berattat", "skane", "19540607-3709", "1954-06-07", "2024-02-10",
  [N("n1", M, "Daganteckning", "lund_njuravd", "s_lak5", "2024-02-09 13:30", None, SV, [
      ("Aktuellt", "Inlagd för AKI, krea nu 180 och sjunkande."),
      ("Provsvar", "PAD från nålbiopsi av tumören i höger njure: klarcellig njurcancer, ISUP grad 2."),
      ("Bedömning", "Har ännu inte berättat för pat om cancerbeskedet, urolog och kontaktsjuksköterska kommer imorgon."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Unsigned draft: renal cancer in visible Provsvar while 'har ännu inte berättat för pat'.")

C("nef-vgr-barn-c3-glomerulopati-foraldrar-ej-informerade", "vgr", "20171006-8162", "2017-10-06", "2024-11-02",
  [N("n1", M, "Läkaranteckning", "dsbus_njur", "v_lak4", "2024-11-01 15:10", "2024-11-01 15:35", OV, [
      ("Provsvar", "Njurbiopsi: C3-glomerulopati, dense deposit disease i elektronmikroskopi."),
      ("Bedömning", "Varken föräldrarna eller flickan har informerats om svaret ännu. Samtal med båda föräldrarna bokat på måndag."),
  ])],
  [("NL101", "n1")], [],
  "Child under 13: diagnosis visible to guardians who, like the child, have not been told yet.")

C("nef-hd-ssk-hepatit-c-ej-informerad", "skane", "19601005-0216", "1960-10-05", "2024-03-13",
  [N("n1", M, "Omvårdnadsanteckning", "csk_hd", "s_ssk2", "2024-03-12 11:00", "2024-03-12 11:20", OV, [
      ("Provsvar", "HCV-RNA positivt vid halvårsscreeningen, pat har alltså hepatit C."),
      ("Åtgärd", "Pat är inte informerad, dr Ekdahl tar det vid fredagens dialys. Isoleringsplats förbereds enligt hygienrutin."),
  ])],
  [("NL101", "n1")], [],
  "Dialysis nurse records a hepatitis C diagnosis and that the patient is not informed.")

C("nef-multi-mpgn-ej-informerad-i-forsta-anteckningen", "skane", "19600623-6845", "1960-06-23", "2024-06-21",
  [N("n1", M, "Läkaranteckning", "malmo_ckd", "s_lak3", "2024-06-12 16:20", "2024-06-12 16:35", OV, [
      ("Provsvar", "PAD: membranoproliferativ glomerulonefrit, immunkomplexmedierad."),
      ("Planering", "Pat ej informerad ännu. Besked och behandlingsplan på besöket 20/6."),
  ]),
   N("n2", M, "Mottagningsanteckning", "malmo_ckd", "s_lak3", "2024-06-20 10:00", "2024-06-20 10:40", OV, [
      ("Information", "Pat informerad om att biopsin visar membranoproliferativ glomerulonefrit. Hepatitserologi och kryoglobuliner tagna för att söka utlösande orsak."),
  ])],
  [("NL101", "n1")], [],
  "Two notes: the first still withholds the MPGN diagnosis (assert on n1); the later note tells the patient.")

C("nef-vgr-epikris-pankreascancer-ej-informerad", "vgr", "19371216-6309", "1937-12-16", "2024-09-21",
  [N("n1", M, "Epikris", "sas_medavd", "v_lak6", "2024-09-20 11:00", "2024-09-20 13:10", SV, [
      ("Diagnos", "Akut njurskada (N17.9). Adenokarcinom i pankreas med levermetastaser (C25.9)."),
      ("Sammanfattning", "Inkom med AKI och ikterus. Cytologi från leverbiopsi visar adenokarcinom av pankreasursprung. Pat är ej informerad om cancerdiagnosen pga fluktuerande konfusion."),
      ("Uppföljning", "Överflyttas till geriatriken. Besked ges av ansvarig läkare där när pat är klar, i närvaro av sonen."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Discharge summary lists a cancer diagnosis and states the patient is not yet informed.")

C("nef-vgr-dotter-ber-vanta-lungcancer", "vgr", "19460324-8198", "1946-03-24", "2024-12-06",
  [N("n1", M, "Läkaranteckning", "kungalv_dialys", "v_lak1", "2024-12-05 14:30", "2024-12-05 14:55", OV, [
      ("Provsvar", "Bronkoskopi: skivepitelcancer i vänster överlob."),
      ("Bedömning", "Dottern har bett att vi väntar med beskedet tills hon kan vara med nästa dialysdag. Pat ej informerad om lungcancern."),
  ])],
  [("NL101", "n1")], [],
  "Lung cancer in a visible section and the patient not informed at the daughter's request.")

C("nef-vgr-ssk-lakaren-ger-besked-sjalv", "vgr", "19820808-0468", "1982-08-08", "2024-03-07",
  [N("n1", M, "Telefonanteckning", "su_njurmott", "v_ssk4", "2024-03-06 09:10", "2024-03-06 09:20", OV, [
      ("Telefonkontakt", "Pat ringer och frågar efter biopsisvaret, som visar diabetesnefropati. Dr Al-Saadi vill ge beskedet själv, därför inget sagt till pat om diagnosen i telefon. Tid bokad hos dr 12/3."),
  ])],
  [("NL101", "n1")], [],
  "Nurse's phone note names the biopsy diagnosis while recording that the patient was not told it.")

C("nef-vgr-typo-ej-informrad-antikroppsrejektion", "vgr", "19940901-3936", "1994-09-01", "2024-10-31",
  [N("n1", M, "Läkaranteckning", "su_tx", "v_lak7", "2024-10-30 17:00", "2024-10-30 17:15", OV, [
      ("Provsvar", "Transplantatbiopsi: akut antikroppsmedierad rejektion, C4d pos, DSA mot DR53."),
      ("Planering", "Pat ej informrad ännu, kallas in imorgon för plasmaferes och IVIG och får beskedet då."),
  ])],
  [("NL101", "n1")], [],
  "Typo in the not-told phrase ('ej informrad'); rejection diagnosis is visible.")

C("nef-latent-tuberkulos-pat-vet-inte", "skane", "19941210-5018", "1994-12-10", "2024-09-14",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak1", "2024-09-13 10:30", "2024-09-13 10:45", OV, [
      ("Utredning", "Tx-utredning: IGRA positiv, lungröntgen u.a. Latent tuberkulos."),
      ("Planering", "Pat vet ännu inte om svaret, infektionsläkaren informerar vid besöket 19/9 och startar förebyggande behandling."),
  ])],
  [("NL101", "n1")], [],
  "Latent tuberculosis stated in a visible section while 'pat vet ännu inte om svaret'.")

C("nef-vgr-lang-lupusnefrit-klass-iv-besked-skjuts-upp", "vgr", "19801216-8947", "1980-12-16", "2024-02-24",
  [N("n1", M, "Läkaranteckning", "skas_njurmott", "v_lak5", "2024-02-23 13:00", "2024-02-23 14:15", OV, [
      ("Kontaktorsak", "Återbesök efter njurbiopsi för tio dagar sedan."),
      ("Anamnes", "43-årig kvinna med SLE sedan 2017, ledbesvär och hudutslag, tidigare välbehandlad med hydroxiklorokin. Sedan i höstas svullna ben, skummande urin och stigande blodtryck. Arbetar som förskollärare, två barn i tonåren. Kom ensam idag, maken på tjänsteresa."),
      ("Status", "AT: gott men tydligt orolig. BT 158/96. Puls 84 reg. Cor: RR. Pulm: ua. Leder: lätt synovit MCP II–III bilat. Ödem: pittingödem till mitten av underbenen."),
      ("Lab", "Krea 132, eGFR 44. U-prot/krea 340 mg/mmol. S-albumin 24. Anti-dsDNA 210. C3 0,52, C4 0,06. Hb 108."),
      ("Provsvar", "Njurbiopsi: lupusnefrit ISN/RPS klass IV-G (A/C), aktivitetsindex 11, kronicitetsindex 2."),
      ("Bedömning", "Aktiv proliferativ lupusnefrit som kräver induktionsbehandling. Beskedet ges inte idag då pat kom ensam och var mycket orolig, hon bad själv att få vänta tills maken är med. Pat ej informerad om svaret."),
      ("Planering", "Ny tid fredag 1/3 tillsammans med maken. Induktion med mykofenolat och kortison planeras, reumatolog kontaktad. Furosemid 40 mg startas idag för ödemen."),
  ])],
  [("NL101", "n1")], [],
  "Long chart: biopsy-confirmed lupusnefrit in a visible section while the patient is not yet informed.")

C("nef-ventrikelcancer-ej-meddelat-hd", "skane", "19370210-9095", "1937-02-10", "2024-11-28",
  [N("n1", M, "Läkaranteckning", "trbg_dialys", "s_lak8", "2024-11-27 13:40", "2024-11-27 14:00", OV, [
      ("Aktuellt", "Hb-fall från 110 till 84 trots höjd ESA-dos. Gastroskopi 20/11."),
      ("Provsvar", "PAD från ulcerationen i corpus: adenokarcinom, ventrikelcancer."),
      ("Bedömning", "Ej meddelat till pat än. Kirurgen ger beskedet vid mottagningsbesöket på onsdag, ssk från dialysen följer med."),
  ])],
  [("NL101", "n1")], [],
  "Gastric cancer diagnosis visible in a dialysis doctor's note with 'Ej meddelat till pat än'.")

C("nef-misstankt-lymfom-hydronefros-ej-informerad", "skane", "19670116-6438", "1967-01-16", "2024-07-25",
  [N("n1", M, "Daganteckning", "malmo_njuravd", "s_lak2", "2024-07-24 11:50", "2024-07-24 12:20", SV, [
      ("Utredning", "DT buk: konglomerat av förstorade retroperitoneala lymfkörtlar som komprimerar båda uretärerna, bilateral hydronefros."),
      ("Bedömning", "Postrenal njursvikt. Misstänkt lymfom. Pat ej informerad om misstanken ännu, väntar på biopsi."),
      ("Planering", "Nefrostomi bilat imorgon. Körtelbiopsi via interventionen."),
  ])],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "A suspected lymphoma is both hedged and explicitly not told, in a visible section (belongs in Tidiga hypoteser).")

# ---------------------------------------------------------------- part 8: NL101 must_not – told, untold non-diagnoses, relatives
C("nef-pad-membranos-informerad-idag", "skane", "19970309-2636", "1997-03-09", "2024-10-04",
  [N("n1", M, "Läkaranteckning", "lund_njurmott", "s_lak5", "2024-10-03 09:30", "2024-10-03 10:15", OV, [
      ("Provsvar", "PAD njurbiopsi: membranös nefropati, PLA2R-färgning positiv i glomeruli."),
      ("Bedömning", "Primär membranös nefropati. Pat informerad om svaret vid dagens besök och fick skriftlig information om sjukdomen."),
      ("Planering", "Rituximab 1 g x 2 bokas på dagvården. Trimetoprim-sulfa som profylax."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Biopsy diagnosis visible and the patient was told at today's visit.")

C("nef-vgr-diagnos-meddelad-tidigare-av-annan-lakare", "vgr", "19910318-6608", "1991-03-18", "2024-03-02",
  [N("n1", M, "Mottagningsanteckning", "su_njurmott", "v_lak2", "2024-03-01 11:00", "2024-03-01 11:30", OV, [
      ("Aktuellt", "MPO-ANCA-associerad vaskulit med njurengagemang. Diagnosen meddelades pat av dr Johansson på avdelningen 5/2."),
      ("Bedömning", "God respons på induktionen, krea 140 från 310. Pat har många frågor om rituximab och graviditet, som besvaras."),
  ])],
  [], [("NL101", "n1")],
  "The diagnosis was told to the patient earlier by another doctor.")

C("nef-ej-informerad-om-operationsdatum-fistel", "skane", "20000522-5479", "2000-05-22", "2024-05-25",
  [N("n1", M, "Omvårdnadsanteckning", "lund_hd", "s_ssk3", "2024-05-24 10:20", "2024-05-24 10:35", OV, [
      ("Omvårdnad", "CKD 5 pga refluxnefropati, HD via CVK sedan april. Pat ännu ej informerad om operationsdatum för fisteln, kärlkirurgen återkommer med tid."),
  ])],
  [], [("NL101", "n1")],
  "What the patient has not been told is a surgery date, not a diagnosis.")

C("nef-vgr-ej-informerad-om-att-remissen-skickats", "vgr", "19880822-3922", "1988-08-22", "2024-06-15",
  [N("n1", M, "Läkaranteckning", "udd_njurmott", "v_lak6", "2024-06-14 15:00", "2024-06-14 15:10", OV, [
      ("Åtgärd", "IgA-nefrit, CKD 4. Remiss för transplantationsutredning skickad till Transplantationscentrum SU idag. Pat ej informerad om att remissen gått iväg, brev skickas."),
  ])],
  [], [("NL101", "n1")],
  "The untold item is that a referral was sent, which is no diagnosis.")

C("nef-ej-informerad-om-normalt-dt-svar", "skane", "20010903-3902", "2001-09-03", "2024-01-17",
  [N("n1", M, "Läkaranteckning", "hbg_njurmott", "s_lak6", "2024-01-16 16:00", None, OV, [
      ("Provsvar", "DT urinvägar: inga konkrement, ingen hydronefros. Kända ärr i vänster njure efter refluxnefropati i barndomen."),
      ("Planering", "Pat ännu inte informerad om det normala svaret, ringer henne imorgon förmiddag."),
  ])],
  [], [("NL101", "n1")],
  "The untold item is a normal imaging result, not a new diagnosis.")

C("nef-tx-informerad-men-hustrun-ska-inte-veta-an", "skane", "19960214-5378", "1996-02-14", "2024-08-08",
  [N("n1", M, "Läkaranteckning", "malmo_tx", "s_lak4", "2024-08-07 13:15", "2024-08-07 13:45", OV, [
      ("Provsvar", "Transplantatbiopsi: recidiv av IgA-nefrit i transplantatet, inga tecken på rejektion."),
      ("Bedömning", "Pat informerad om svaret. Vill själv berätta för hustrun, som inte ska informeras av oss tills vidare."),
  ])],
  [], [("NL101", "n1")],
  "The patient is told; only his wife is not to be informed by staff.")

C("nef-vgr-fibrillar-gn-informerad-i-senare-anteckning", "vgr", "19800426-2617", "1980-04-26", "2024-04-30",
  [N("n1", M, "Läkaranteckning", "su_njurmott", "v_lak1", "2024-04-22 15:40", "2024-04-22 15:55", OV, [
      ("Provsvar", "PAD: fibrillär glomerulonefrit, DNAJB9-positiv."),
      ("Planering", "Beskedet tas på torsdagens besök, inget sagt till pat i dag."),
  ]),
   N("n2", M, "Mottagningsanteckning", "su_njurmott", "v_lak1", "2024-04-25 10:30", "2024-04-25 11:20", OV, [
      ("Information", "Har idag gått igenom biopsisvaret med pat och hans sambo: fibrillär glomerulonefrit. Pat informerad om prognos och att malignitetsscreening behövs."),
      ("Planering", "DT thorax-buk, M-komponent. Återbesök om 4 v."),
  ])],
  [], [("NL101", "n2")],
  "Two notes: the later note (n2) records that the patient has now been told the diagnosis withheld in n1.")

C("nef-vgr-hd-ej-informerad-om-nytt-dialysschema", "vgr", "20000808-8171", "2000-08-08", "2024-02-07",
  [N("n1", M, "Omvårdnadsanteckning", "sas_dialys", "v_ssk1", "2024-02-06 18:30", "2024-02-06 18:45", OV, [
      ("Omvårdnad", "Njursvikt pga Alports syndrom, HD tisdag-torsdag-lördag. Pat ej informerad om byte till kvällspass från mars, planeringssjuksköterskan tar det på torsdag."),
  ])],
  [], [("NL101", "n1")],
  "The untold item is a schedule change; the stated diagnosis is long known.")

C("nef-typo-beksed-per-telefon-minimal-change", "skane", "19810726-6960", "1981-07-26", "2024-05-18",
  [N("n1", M, "Telefonanteckning", "angelholm_med", "s_lak8", "2024-05-17 14:10", "2024-05-17 14:25", OV, [
      ("Telefonkontakt", "Beksed om biopsisvaret lämnat per telefon idag: minimal change-nefropati. Pat ställde frågor om kortisonets biverkningar, som besvarades."),
      ("Planering", "Prednisolon 1 mg/kg startas imorgon. Ssk ringer om en vecka angående urinstickorna."),
  ])],
  [], [("NL101", "n1")],
  "Typo ('Beksed' for besked): the patient was told the diagnosis by phone today.")

C("nef-typo-informerrad-idag-osteoporos-hd", "skane", "19900614-5651", "1990-06-14", "2024-12-14",
  [N("n1", M, "Läkaranteckning", "csk_hd", "s_lak6", "2024-12-13 12:00", "2024-12-13 12:20", OV, [
      ("Provsvar", "DEXA: T-score −3,1 ländrygg. Osteoporos hos ung HD-pat med långvarig sekundär hyperparatyreoidism."),
      ("Bedömning", "Pat informerrad idag om svaret under dialysen. Fortsatt fokus på PTH-kontroll, bisfosfonat ej aktuellt."),
  ])],
  [], [("NL101", "n1")],
  "Typo in 'informerrad idag': osteoporosis diagnosis was told to the patient today.")

C("nef-vgr-inte-hunnit-meddela-stabilt-pth", "vgr", "19380809-2948", "1938-08-09", "2024-07-30",
  [N("n1", M, "Läkaranteckning", "nal_dialys", "v_lak7", "2024-07-29 11:10", None, OV, [
      ("Lab", "Sekundär hyperparatyreoidism på cinakalcet 30 mg. PTH 32, oförändrat sedan april."),
      ("Planering", "Har inte hunnit meddela pat att PTH ligger stabilt, tas upp vid onsdagens dialys."),
  ])],
  [], [("NL101", "n1")],
  "Not yet told is a stable lab value; the diagnosis (sHPT) is an old one under treatment.")

C("nef-barn-foraldrar-informerade-nphs2", "skane", "20190624-2993", "2019-06-24", "2024-04-13",
  [N("n1", M, "Läkaranteckning", "lund_barnnjur", "s_lak7", "2024-04-12 13:00", "2024-04-12 13:50", OV, [
      ("Provsvar", "Genetisk analys: två patogena varianter i NPHS2, ärftligt steroidresistent nefrotiskt syndrom."),
      ("Information", "Båda föräldrarna informerade idag om svaret och vad det innebär för behandlingen, tolk närvarande."),
      ("Planering", "Kortisonet trappas ut. Kontakt med barnnjurkonferensen om ciklosporin."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Child under 13: the guardians were told the genetic diagnosis today.")


# ---------------------------------------------------------------- part 9: multi-note records
C("nef-multi-th-mall-sedan-verifierad-prostatacancer", "skane", "19430727-4938", "1943-07-27", "2024-11-13",
  [N("n1", M, "Tidiga hypoteser", "lund_njurmott", "s_lak4", "2024-10-02 14:00", "2024-10-02 14:05", OV, [
      ("Bedömning", "PSA 48 och hård knöl vid rektalpalpation. Misstänkt prostatacancer, remiss urologen skickad."),
  ]),
   N("n2", M, "Läkaranteckning", "lund_njurmott", "s_lak4", "2024-11-12 10:00", "2024-11-12 10:35", OV, [
      ("Aktuellt", "CKD 4 pga nefroskleros. Prostatacancer Gleason 4+4 verifierad av urologen 28/10, pat informerad av dem och startat bikalutamid."),
      ("Bedömning", "Krea stabilt 230. Ingen anledning att ändra njurbehandlingen pga hormonbehandlingen."),
  ])],
  [], [("NL102", "n2"), ("NL101", "n2")],
  "Earlier hypothesis kept in the Tidiga hypoteser template; the later ordinary note (n2) holds only the verified, communicated diagnosis.")

C("nef-vgr-multi-kommunicerad-hypotes-flyttad-till-synlig", "vgr", "19780624-9632", "1978-06-24", "2024-09-07",
  [N("n1", M, "Läkaranteckning", "su_njurmott", "v_lak6", "2024-08-19 09:30", "2024-08-19 10:05", OV, [
      ("Aktuellt", "Snabbt stigande BT 210/120, krea 88 → 250 på tre veckor, stramande hud på fingrarna."),
      ("Tidiga hypoteser", "Misstänkt systemisk skleros med sklerodermisk njurkris."),
      ("Planering", "Inläggning avd 35 för BT-sänkning med kaptopril."),
  ]),
   N("n2", M, "Läkaranteckning", "su_njurmott", "v_lak6", "2024-09-06 13:20", "2024-09-06 13:50", OV, [
      ("Information", "Pat informerad om vår misstanke och om att reumatolog ska bedöma honom."),
      ("Bedömning", "Trolig systemisk skleros med genomgången njurkris. Anti-RNA-polymeras III skickat, krea nu 170."),
  ])],
  [("NL102", "n2")], [],
  "Hypothesis first protected under the VGR sökord (n1), then communicated and written as 'Trolig systemisk skleros' in visible n2.")


# =========================================================================== validation
CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SETTINGS = {"öppenvård", "slutenvård"}
ROLES = {"läkare", "sjuksköterska", "distriktssköterska", "undersköterska", "dietist"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_on(birth, when):
    years = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        years -= 1
    return years


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")

        def err(msg):
            errors.append("%s: %s" % (name, msg))

        if list(c.keys()) != CASE_KEYS:
            err("case keys %r" % list(c.keys()))
            continue
        if name in names:
            err("duplicate case name")
        names.add(name)
        if not name.startswith("nef-"):
            err("case name must start with nef-")
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not isinstance(c["why"], str) or len(c["why"]) < 10:
            err("why missing")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            err("record keys %r" % list(rec.keys()))
            continue
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        if list(pat.keys()) != PATIENT_KEYS:
            err("patient keys")
        pnr, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            err("personnummer format %s" % pnr)
        else:
            if not luhn_ok(pnr[2:8] + pnr[9:]):
                err("Luhn check fails for %s" % pnr)
            if pnr[:8] != bd.replace("-", ""):
                err("personnummer %s does not match birth_date %s" % (pnr, bd))
        try:
            birth = datetime.date.fromisoformat(bd)
        except ValueError:
            err("bad birth_date")
            continue
        if pat["protected_identity"] is not False:
            err("protected_identity must be false")
        try:
            as_of = parse_dt(rec["as_of"])
        except ValueError:
            err("bad as_of")
            continue
        if as_of.year != 2024:
            err("as_of not in 2024")
        moments = [as_of]
        notes = rec["notes"]
        if not notes:
            err("no notes")
        ids = {}
        for n in notes:
            if list(n.keys()) != NOTE_KEYS:
                err("note keys %r" % list(n.keys()))
                continue
            if n["id"] in ids:
                err("duplicate note id %s" % n["id"])
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                err("bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR note not Melior")
            if not n["template"] or not n["unit"]["name"] or not n["unit"]["hsa_id"]:
                err("template/unit missing")
            if n["author"]["role"] not in ROLES or not n["author"]["name"]:
                err("bad author")
            if n["setting"] not in SETTINGS:
                err("bad setting %r" % n["setting"])
            if n["refs"] != []:
                err("refs should be empty")
            try:
                t = parse_dt(n["time"])
            except (TypeError, ValueError):
                err("bad note time")
                continue
            if t.year != 2024:
                err("note time not in 2024")
            if t > as_of:
                err("note after as_of")
            moments.append(t)
            if n["signed"] is not None:
                try:
                    sg = parse_dt(n["signed"])
                except ValueError:
                    err("bad signed")
                    continue
                if sg.year != 2024 or sg < t or sg > as_of:
                    err("signed out of range")
            if not n["sections"]:
                err("note without sections")
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"].strip() or not sec["text"].strip():
                    err("bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        sentences.setdefault(sent, []).append(name)
        for m in moments:
            if m.date() < birth:
                err("date before birth")
            a = age_on(birth, m.date())
            if 13 <= a <= 15:
                err("patient aged %d (13-15 not allowed)" % a)
        if not c["must"] and not c["must_not"]:
            err("no assertions")
        seen = set()
        for lst_name in ("must", "must_not"):
            for item in c[lst_name]:
                if not (isinstance(item, list) and len(item) == 2):
                    err("bad assertion %r" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    err("unexpected code %s" % code)
                if target not in ids:
                    err("target %s does not exist" % target)
                    continue
                if (code, target) in seen:
                    err("%s on %s asserted twice" % (code, target))
                seen.add((code, target))
                system = ids[target]["system"]
                if code == "NL102" and lst_name == "must" and system != "Melior":
                    err("NL102 must on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    err("NL101 asserted on a PMO note")
    for sent, where in sentences.items():
        if len(where) > 1:
            errors.append("sentence repeated in %s: %r" % (sorted(set(where)), sent))
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errors), file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev153_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("  %s must %d  must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
