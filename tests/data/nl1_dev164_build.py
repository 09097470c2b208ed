#!/usr/bin/env python3
"""Independent test set s28g: gynaecology outpatient care, youth clinic and colposcopy.

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem. Rules covered: NL101, NL102 (Skåne and VGR rulesets).
"""
import datetime as _dt
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospital care)
    "sus_malmo_gyn": ("Gynekologisk mottagning, Skånes universitetssjukhus Malmö", "SE2321000255-4K21"),
    "sus_lund_kolpo": ("Kolposkopimottagningen, Kvinnosjukvården, Skånes universitetssjukhus Lund", "SE2321000255-4K38"),
    "sus_lund_gynonk": ("Gynekologisk onkologi, mottagning, Skånes universitetssjukhus Lund", "SE2321000255-4K45"),
    "sus_malmo_endo": ("Endometriosmottagningen, Kvinnosjukvården, Skånes universitetssjukhus Malmö", "SE2321000255-4K52"),
    "rmc_malmo": ("Reproduktionsmedicinskt centrum, Skånes universitetssjukhus Malmö", "SE2321000255-4K69"),
    "hbg_gyn": ("Kvinnokliniken, gynekologisk mottagning, Helsingborgs lasarett", "SE2321000255-4K76"),
    "csk_gyn": ("Gynekologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4K83"),
    "ystad_gyn": ("Kvinnomottagningen, Lasarettet i Ystad", "SE2321000255-4K90"),
    "trelleborg_gyn": ("Gynekologisk dagkirurgi och mottagning, Lasarettet Trelleborg", "SE2321000255-4L13"),
    "sus_malmo_gynakut": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4L20"),
    # Region Skåne, PMO (primary care)
    "um_malmo": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-7U11"),
    "um_lund": ("Ungdomsmottagningen i Lund", "SE2321000255-7U28"),
    "um_hbg": ("Ungdomsmottagningen Helsingborg", "SE2321000255-7U35"),
    "um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-7U42"),
    "bm_eslov": ("Barnmorskemottagningen Eslöv", "SE2321000255-7B19"),
    "bm_hassleholm": ("Barnmorskemottagningen Hässleholm", "SE2321000255-7B26"),
    # Västra Götalandsregionen, Melior
    "su_ostra_gyn": ("Gynekologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4G12"),
    "su_ostra_kolpo": ("Kolposkopimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4G29"),
    "su_gynonk": ("Gynekologisk onkologi, mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4G36"),
    "su_rmc": ("Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4G43"),
    "su_sexhalsa": ("Mottagningen för sexuell hälsa, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4G50"),
    "nal_gyn": ("Kvinnokliniken, gynmottagning, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7N14"),
    "sas_gyn": ("Kvinnosjukvården, gynekologisk mottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E8S21"),
    "skas_gyn": ("Kvinnokliniken, mottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E9K38"),
    "kungalv_gyn": ("Gynekologimottagningen, Kungälvs sjukhus", "SE2321000131-E5K45"),
    "alingsas_gyn": ("Gynmottagningen, Alingsås lasarett", "SE2321000131-E6A52"),
    "su_ostra_endo": ("Endometriosteamet, Kvinnosjukvården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4G67"),
}

MELIOR_SKANE = {"sus_malmo_gyn", "sus_lund_kolpo", "sus_lund_gynonk", "sus_malmo_endo", "rmc_malmo",
                "hbg_gyn", "csk_gyn", "ystad_gyn", "trelleborg_gyn", "sus_malmo_gynakut"}
PMO_SKANE = {"um_malmo", "um_lund", "um_hbg", "um_landskrona", "bm_eslov", "bm_hassleholm"}

CASES = []


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with Luhn check digit computed over YYMMDDNNN."""
    digits = birth.replace("-", "")[2:] + serial
    return birth.replace("-", "") + "-" + serial + str(luhn_check(digits))


def luhn_check(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def N(nid, system, template, unit, author, role, time, sections, signed=35):
    """One note. `time` like '2024-03-22 15:35'; `signed` minutes after time or None."""
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + _dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": s, "setting": "öppenvård",
        "refs": [], "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit_key": unit,
    }


def C(case, ruleset, birth, serial, notes, must, must_not, why):
    CASES.append({"case": case, "ruleset": ruleset, "birth": birth, "serial": serial,
                  "notes": notes, "must": must, "must_not": must_not, "why": why})


# ================================================================ cases, part 1
# colposcopy / cervical dysplasia, Tidiga hypoteser placement
C("s28g_kolpo_trolig_cin2_3_bedomning", "skane", "1996-04-11", "246",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_kolpo", "Karin Lindqvist", "läkare", "2024-02-13 10:20", [
      ("Anamnes", "Remitterad från barnmorskemottagningen efter HPV-positivt cellprov med HSIL i cytologin. "
                  "Nulligravida, p-ring sedan 2021. Röker ca 8 cig/dag."),
      ("Status", "Portio: acetovit lesion kl 11-2, skarpt avgränsad, grov mosaik. TZ typ 1. "
                 "Motsvarande område Lugol-negativt. Px x2 tagna kl 12 och kl 1."),
      ("Bedömning", "Kolposkopisk bild med höggradiga förändringar, trolig CIN 2-3."),
      ("Planering", "PAD-svar inom 3 v. Rökstopp rekommenderat.")])],
  [["NL102", "n1"]], [],
  "hedged dysplasia diagnosis (trolig CIN 2-3) in visible Bedömning of a Skåne Melior note")

C("s28g_kolpo_cin3_pad_bekraftad_meddelad", "skane", "1989-09-02", "468",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_kolpo", "Karin Lindqvist", "läkare", "2024-03-05 14:10", [
      ("PAD", "Px kl 12 och kl 1: CIN 3 (HSIL), p16-positiv. Ingen invasiv växt i materialet."),
      ("Bedömning", "CIN 3. Enligt vårdprogrammet rekommenderas LEEP."),
      ("Telefonkontakt", "Ringt pat och meddelat PAD-svaret. Hon förstår och accepterar behandling, "
                         "kallelse till LEEP skickas.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "confirmed CIN 3 from PAD which the patient was told by phone: nothing hedged, nothing withheld")

C("s28g_kolpo_cin1_ev_leep_plan", "skane", "1999-12-19", "082",
  [N("n1", "Melior", "Mottagningsanteckning", "sus_lund_kolpo", "Sofia Håkansson", "läkare", "2024-04-16 09:05", [
      ("Bedömning", "Cytologi LSIL, kolposkopiskt endast diskret acetovit reaktion kl 6. PAD från px: CIN 1. "
                    "Expektans enligt nationellt vårdprogram."),
      ("Planering", "Cytologi med HPV-test om 12 mån. Ev. LEEP om höggradiga förändringar kvarstår vid kontrollen.")])],
  [], [["NL102", "n1"]],
  "only the plan is hedged (ev. LEEP, conditional on later findings); CIN 1 is confirmed by PAD")

C("s28g_vgr_kolpo_misstankt_cervixcancer", "vgr", "1971-06-30", "624",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_kolpo", "Anders Byström", "läkare", "2024-05-08 11:40", [
      ("Aktuellt", "Kontaktblödningar sedan ett halvår. Senaste cellprov 2016, uteblivit från kallelser."),
      ("Status", "Exofytisk, lättblödande process på bakre läppen ca 2 cm. Atypiska kärl. Parametrier mjuka vid rektalpalp."),
      ("Bedömning", "Misstänkt cervixcancer, stadium ännu oklart."),
      ("Åtgärd", "Px x3. Remiss MR lilla bäckenet och DT thorax-buk.")])],
  [["NL102", "n1"]], [],
  "misstänkt cervixcancer in the visible Bedömning of a VGR Melior note")

C("s28g_vgr_kolpo_tidiga_hypoteser_sokord_skyddat", "vgr", "1965-01-23", "842",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_kolpo", "Anders Byström", "läkare", "2024-05-14 13:25", [
      ("Status", "Portio förstorad och oregelbunden, kraterformat sår kl 3-6 som blöder vid beröring."),
      ("Tidiga hypoteser", "Makroskopiskt stark misstanke om invasiv skivepitelcancer. "
                           "Avvaktar PAD innan detta tas upp med pat, hon är ej informerad om misstanken."),
      ("Planering", "Px tagna. Återbesök med PAD om två veckor.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "the suspected cancer and the fact that it is not told stand only under the VGR sökord Tidiga hypoteser")

C("s28g_skane_sokord_tidiga_hypoteser_i_vanlig_mall", "skane", "1983-08-07", "226",
  [N("n1", "Melior", "Läkaranteckning", "hbg_gyn", "Maria Ek", "läkare", "2024-06-03 15:50", [
      ("Aktuellt", "Cytologi visar AGC, HPV 18 positiv. Kolposkopi idag."),
      ("Status", "TZ typ 3, ingen synlig lesion. Cervixabrasio och endometriebiopsi tagna."),
      ("Tidiga hypoteser", "Trolig adenocarcinoma in situ i cervikalkanalen.")])],
  [["NL102", "n1"]], [],
  "Skåne filters by template, not by sökord: a Tidiga hypoteser sökord inside an ordinary Läkaranteckning is visible")

C("s28g_skane_mall_tidiga_hypoteser_ovarialcancer", "skane", "1958-03-15", "462",
  [N("n1", "Melior", "Tidiga hypoteser", "sus_malmo_gyn", "Henrik Sjöberg", "läkare", "2024-02-21 12:00", [
      ("Bedömning", "VUL: solid-cystisk adnexresistens hö 7 cm med papillära utskott och rikligt flöde, lite ascites. "
                    "Misstänkt ovarialcancer. Pat är inte informerad om malignitetsmisstanken, "
                    "det tas upp när CA-125 och DT är klara.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Skåne note written in the template Tidiga hypoteser: hedged and untold diagnosis is protected")

C("s28g_vgr_mall_tidiga_hypoteser_men_vanligt_sokord", "vgr", "1977-10-29", "208",
  [N("n1", "Melior", "Tidiga hypoteser", "sas_gyn", "Lena Karlberg", "läkare", "2024-09-10 10:15", [
      ("Bedömning", "Multilokulär cysta vä ovarium 9 cm med solid komponent. Sannolikt borderlinetumör, DD mucinöst cystadenom.")])],
  [["NL102", "n1"]], [],
  "VGR filters by sökord: a note titled Tidiga hypoteser whose section is the ordinary sökord Bedömning is visible")

C("s28g_kolpo_kontroll_ingen_misstanke", "skane", "1986-05-05", "620",
  [N("n1", "Melior", "Mottagningsanteckning", "ystad_gyn", "Eva Persson", "läkare", "2024-07-02 08:40", [
      ("Aktuellt", "Kontroll 6 mån efter LEEP för CIN 2."),
      ("Bedömning", "Cytologi normal och HPV-negativ. Ingen misstanke om kvarvarande dysplasi. "
                    "Åter till screeningprogrammet.")])],
  [], [["NL102", "n1"]],
  "negated dysplasia (ingen misstanke om) after treatment; the CIN 2 mention is past and confirmed")

C("s28g_kolpo_cancer_kan_uteslutas", "vgr", "1992-11-14", "402",
  [N("n1", "Melior", "Läkaranteckning", "nal_gyn", "Johan Wallin", "läkare", "2024-08-20 13:05", [
      ("PAD", "Konisering: CIN 2 med fria resektionsränder. Ingen mikroinvasion."),
      ("Bedömning", "Invasiv cancer kan uteslutas. Ny kontroll om sex månader med cytologi och HPV.")])],
  [], [["NL102", "n1"]],
  "hard negative: 'kan uteslutas' (ruled out) looks like the hedge 'kan ej uteslutas'")

C("s28g_kolpo_mikroinvasion_kan_ej_utelsutas_typo", "skane", "1981-02-26", "864",
  [N("n1", "Melior", "Läkaranteckning", "csk_gyn", "Peter Nyman", "läkare", "2024-10-08 11:30", [
      ("PAD", "LEEP-kon: CIN 3 som når den endocervikala resektionsranden, fragmenterat preparat."),
      ("Bedömning", "Mikroinvasiv skivepitelcancer kan ej utelsutas pga fragmenteringen. Tas upp på MDK."),
      ("Planering", "Rekonisering diskuteras efter MDK.")])],
  [["NL102", "n1"]], [],
  "typo 'utelsutas' in the hedge 'kan ej uteslutas' before a cancer diagnosis in a visible section")

C("s28g_kolpo_mamma_trolig_cervixcancer", "skane", "1994-07-21", "048",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_kolpo", "Sofia Håkansson", "läkare", "2024-01-17 14:45", [
      ("Hereditet", "Mamma hade trolig livmoderhalscancer i 40-årsåldern, behandlades i Polen, oklart vilket stadium."),
      ("Status", "Portio slät, TZ typ 1, ingen acetovit reaktion."),
      ("Bedömning", "Normalt kolposkopiskt fynd. Cytologin visade ASC-US med negativt HPV-test.")], signed=None)],
  [], [["NL102", "n1"]],
  "the only hedged diagnosis is the mother's (family history)")

C("s28g_vgr_kolpo_cancer_ia1_ej_informerad", "vgr", "1979-04-03", "684",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_kolpo", "Ingrid Forsberg", "läkare", "2024-04-25 16:05", [
      ("PAD", "Konisering: skivepitelcancer, invasionsdjup 2 mm, horisontell utbredning 5 mm, fria kanter. FIGO IA1."),
      ("Bedömning", "Cervixcancer stadium IA1. Pat är ännu inte informerad om PAD-svaret, hon är bortrest till 20/5 "
                    "och vill få beskedet vid ett besök. Tid bokad 21/5.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "confirmed cervical cancer in visible Bedömning while the text says the patient is not yet informed")

C("s28g_vgr_kolpo_pad_meddelat_tel", "vgr", "1990-10-10", "826",
  [N("n1", "Melior", "Telefonanteckning", "su_ostra_kolpo", "Ingrid Forsberg", "läkare", "2024-06-12 09:30", [
      ("Telefonkontakt", "Ringt pat och informerat om PAD från koniseringen: CIN 3 med fria marginaler, ingen invasion. "
                         "Kontroll med cytologi och HPV om 6 mån, kallelse kommer.")])],
  [], [["NL101", "n1"]],
  "the patient is told the CIN 3 result in the same note")

C("s28g_kolpo_ev_hpv_vaccin_efter_leep", "skane", "1997-03-09", "260",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "trelleborg_gyn", "Annika Holm", "sjuksköterska", "2024-03-27 10:10", [
      ("Åtgärd", "LEEP utförd av dr Nyberg i lokalbedövning för CIN 2, ua förlopp."),
      ("Information", "Muntlig och skriftlig information om eftervård: inga bad, inga tamponger eller samlag på 4 v. "
                      "Diskuterat eventuell HPV-vaccination, pat funderar och hör av sig.")])],
  [], [["NL102", "n1"]],
  "the only hedge (eventuell HPV-vaccination) is on a plan, not on a diagnosis")

# ================================================================ cases, part 2
# endometriosis, adenomyosis, PCOS, myoma
C("s28g_endo_susp_djup_infiltrerande", "skane", "1995-08-18", "640",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_endo", "Frida Olsson", "läkare", "2024-02-06 13:15", [
      ("Anamnes", "Sedan menarche tilltagande dysmenorré, numera även djup dyspareuni och dyschezi kring mens. "
                  "Otillräcklig effekt av NSAID och kombinerade p-piller."),
      ("Status", "Ömhet i bakre fornix, nodulär resistens i vä sakrouterinligament. "
                 "VUL: normal uterus, inga endometriom, negativt sliding sign vä."),
      ("Bedömning", "Susp. endometrios, djupt infiltrerande på vä sida."),
      ("Planering", "Dienogest 2 mg kontinuerligt. MR bäcken. Återbesök om tre månader.")])],
  [["NL102", "n1"]], [],
  "abbreviated hedge 'Susp.' before endometriosis in visible Bedömning")

C("s28g_endo_laparoskopiskt_verifierad", "skane", "1988-12-01", "282",
  [N("n1", "Melior", "Mottagningsanteckning", "sus_malmo_endo", "Frida Olsson", "läkare", "2024-04-09 10:45", [
      ("Diagnos", "Endometrios rASRM stadium III, verifierad vid laparoskopi 2023 med PAD."),
      ("Aktuellt", "Bättre på Visanne, mellanblödningar avtagit. Fortfarande smärta vid ägglossning ibland."),
      ("Planering", "Fortsatt dienogest. Kontakt med fysioterapeut för bäckenbottenavslappning.")])],
  [], [["NL102", "n1"]],
  "endometriosis is surgically and histologically confirmed, no hedge on any diagnosis")

C("s28g_vgr_adenomyos_bild_som_vid", "vgr", "1982-05-27", "066",
  [N("n1", "Melior", "Läkaranteckning", "kungalv_gyn", "Erik Sandberg", "läkare", "2024-03-19 09:20", [
      ("Aktuellt", "Rikliga och smärtsamma menstruationer, Hb 104. Två partus."),
      ("Ultraljud", "Uterus 10x7 cm, asymmetriskt förtjockad bakvägg, heterogent myometrium med små cystor. "
                    "Inga avgränsbara myom. Ovarier ua."),
      ("Bedömning", "Bild som vid adenomyos. Diffus myomatos mindre sannolik."),
      ("Åtgärd", "Hormonspiral Mirena insatt. Järntabletter.")])],
  [["NL102", "n1"]], [],
  "'Bild som vid' hedges adenomyosis in a visible section (VGR)")

C("s28g_vgr_pcos_fragetecken", "vgr", "2003-01-12", "286",
  [N("n1", "Melior", "Läkaranteckning", "sas_gyn", "Lena Karlberg", "läkare", "2024-02-28 14:00", [
      ("Bedömning", "Oligomenorré sedan menarche, akne och hirsutism FG 14, BMI 31. PCOS? "
                    "Prolaktin, TSH, testosteron, SHBG och 17-OH-progesteron tas för att utesluta andra orsaker.")], signed=None)],
  [["NL102", "n1"]], [],
  "question mark after PCOS marks an unsettled diagnosis in visible text")

C("s28g_pcos_rotterdam_informerad", "skane", "2001-07-07", "804",
  [N("n1", "Melior", "Läkaranteckning", "hbg_gyn", "Maria Ek", "läkare", "2024-05-22 11:05", [
      ("Bedömning", "Uppfyller Rotterdamkriterierna med oligoovulation, klinisk hyperandrogenism och polycystisk "
                    "ovarialmorfologi. Normalt prolaktin och TSH. Diagnos: PCOS."),
      ("Information", "Pat informerad om diagnosen och om livsstilens betydelse, får skriftlig info. "
                      "Erbjuds kontakt med dietist.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "PCOS settled by criteria and told to the patient")

C("s28g_vgr_myom_ev_palpatoriskt", "vgr", "1974-09-16", "440",
  [N("n1", "Melior", "Barnmorskeanteckning", "alingsas_gyn", "Helena Strand", "barnmorska", "2024-06-18 10:30", [
      ("Kontaktorsak", "Tyngdkänsla i underlivet och täta trängningar."),
      ("Status", "Palpatoriskt förstorad och knölig uterus motsvarande v 14, ev. myom."),
      ("Planering", "Tid hos läkare för VUL.")])],
  [["NL102", "n1"]], [],
  "midwife writes 'ev. myom': a hedged diagnosis, not a plan (VGR Melior)")

C("s28g_myom_kant_ev_myomresektion", "skane", "1985-11-24", "606",
  [N("n1", "Melior", "Läkaranteckning", "ystad_gyn", "Eva Persson", "läkare", "2024-06-25 13:40", [
      ("Aktuellt", "Känt submukost myom 3 cm, typ 1, påvisat vid hysteroskopi i våras. Rikliga blödningar trots tranexamsyra."),
      ("Planering", "Ev. hysteroskopisk myomresektion i höst, pat vill fundera över sommaren.")])],
  [], [["NL102", "n1"]],
  "hard negative: 'ev.' hedges the operation, the myoma itself is known")

C("s28g_vgr_myom_tolig_typo", "vgr", "1969-02-08", "024",
  [N("n1", "Melior", "Läkaranteckning", "skas_gyn", "Mats Gustavsson", "läkare", "2024-07-09 15:10", [
      ("Ultraljud", "6 cm stor välavgränsad solid förändring i fundus, virvelmönster, perifert flöde."),
      ("Bedömning", "Tolig intramuralt myom. Inga tecken på snabb tillväxt jämfört med 2022.")])],
  [["NL102", "n1"]], [],
  "typo 'Tolig' (trolig) before a myoma diagnosis in a visible section")

C("s28g_myom_sarkom_kan_inte_uteslutas", "skane", "1967-04-19", "848",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_gynonk", "Lars Åberg", "läkare", "2024-08-13 09:55", [
      ("Anamnes", "Postmenopausal sedan 5 år. Känt myom som enligt remiss vuxit från 5 till 9 cm på ett år."),
      ("MR", "Heterogen 9 cm stor uterin tumör med nekrosområden och diffusionsrestriktion."),
      ("Bedömning", "Leiomyosarkom kan inte uteslutas. Rekommenderar hysterektomi med bilat salpingooforektomi.")])],
  [["NL102", "n1"]], [],
  "'kan inte uteslutas' before leiomyosarcoma in a visible section")

C("s28g_vgr_endo_mamma_mojligen_adenomyos", "vgr", "1998-10-05", "268",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_endo", "Sara Lund", "läkare", "2024-01-30 08:50", [
      ("Hereditet", "Syster opererad för endometrios. Mamma hade möjligen adenomyos, hysterektomerad i 45-årsåldern."),
      ("Status", "Ovarier ua vid VUL, inga endometriom. Ingen ömhet i fornices."),
      ("Bedömning", "Primär dysmenorré. Inga tecken på endometrios idag.")])],
  [], [["NL102", "n1"]],
  "hedged diagnosis belongs to the mother, the patient's own endometriosis is negated")

C("s28g_endo_talar_for_endometriom", "skane", "1993-03-03", "426",
  [N("n1", "Melior", "Mottagningsanteckning", "csk_gyn", "Peter Nyman", "läkare", "2024-09-17 14:35", [
      ("Ultraljud", "Vä ovarium med 4 cm cysta, homogent grumligt ekoinnehåll (ground glass), inget flöde."),
      ("Bedömning", "Fyndet talar för endometriom. Ingen operationsindikation nu."),
      ("Planering", "Nytt VUL om 4 mån.")])],
  [["NL102", "n1"]], [],
  "'talar för' hedges an endometrioma diagnosis in visible Bedömning")

C("s28g_vgr_endo_ingen_misstanke_ibs", "vgr", "2000-06-22", "642",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_endo", "Sara Lund", "läkare", "2024-10-22 11:15", [
      ("Aktuellt", "Remitterad från vårdcentralen pga buksmärta utan cyklisk variation, växlande avföring och uppblåsthet."),
      ("Bedömning", "Normal gynundersökning och VUL. Ingen misstanke om endometrios. Symtomen passar bäst med IBS, "
                    "åter till vårdcentralen.")])],
  [], [["NL102", "n1"]],
  "endometriosis negated (ingen misstanke om); the alternative IBS is stated without hedge")

C("s28g_endo_oklart_om_smartan_cyklisk", "skane", "1997-12-29", "484",
  [N("n1", "Melior", "Telefonanteckning", "sus_malmo_endo", "Emma Berg", "sjuksköterska", "2024-11-05 09:10", [
      ("Telefonkontakt", "Pat med känd endometrios ringer, ont i nedre delen av buken i 4 dagar. Oklart om smärtan är "
                         "cyklisk, hon har haft oregelbundna blödningar sedan hon bytte till p-stav. Ingen feber."),
      ("Åtgärd", "Råd om paracetamol + naproxen. Får telefontid hos läkare på torsdag.")])],
  [], [["NL102", "n1"]],
  "hard negative: 'oklart om' hedges the pain pattern, a symptom, not a diagnosis")

C("s28g_vgr_endo_laparoskopi_ej_informerad", "vgr", "1991-08-14", "220",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_endo", "Per Almqvist", "läkare", "2024-03-12 17:20", [
      ("Operationsfynd", "Djup endometrios i rektovaginala septum med engagemang av rektums framvägg, "
                          "bilat endometriom 3 och 4 cm. Cystorna exstirperade, PAD skickat."),
      ("Bedömning", "Endometrios rASRM stadium IV. Pat har inte fått information om fynden ännu, "
                    "hon var för påverkad postoperativt. Informeras på avdelningen i morgon.")])],
  [["NL101", "n1"]], [],
  "operatively confirmed endometriosis written visibly while the patient has not been told")

C("s28g_endo_patient_ej_berattat_for_arbetsgivare", "skane", "1987-01-31", "062",
  [N("n1", "Melior", "Kuratorsanteckning", "sus_malmo_endo", "Jenny Möller", "kurator", "2024-05-07 13:00", [
      ("Samtal", "Pat har endometrios sedan flera år. Hon har inte berättat för sin arbetsgivare om diagnosen och "
                 "oroar sig för sina upprepade korta sjukskrivningar. Vi pratar om hur hon kan formulera sig."),
      ("Planering", "Nytt samtal om 3 v.")])],
  [], [["NL101", "n1"]],
  "hard negative: it is the employer who has not been told, by the patient; the patient knows her diagnosis")

# ================================================================ cases, part 3
# ovarian cysts and cancer, endometrial cancer, telling / not telling
C("s28g_ovarie_trolig_dermoidcysta", "skane", "1990-02-14", "824",
  [N("n1", "Melior", "Läkaranteckning", "trelleborg_gyn", "Ulrika Nyberg", "läkare", "2024-01-23 10:00", [
      ("Ultraljud", "Hö ovarium: 4 cm rundad förändring med hyperekogen knuta och akustisk skugga, dermoid mesh. Vä ua."),
      ("Bedömning", "Trolig dermoidcysta hö. Laparoskopisk cystektomi erbjuds, pat vill tänka på saken.")], signed=None)],
  [["NL102", "n1"]], [],
  "'Trolig' before a dermoid cyst in visible Bedömning")

C("s28g_vgr_ovarie_enkel_cysta_benign", "vgr", "1984-07-30", "606",
  [N("n1", "Melior", "Läkaranteckning", "nal_gyn", "Johan Wallin", "läkare", "2024-02-15 14:20", [
      ("Ultraljud", "Vä ovarium med unilokulär tunnväggig cysta 3 cm, ekofri, inga solida partier, inget flöde."),
      ("Bedömning", "Enkel cysta. IOTA simple rules: benign. Ingen misstanke om malignitet, ingen kontroll behövs.")])],
  [], [["NL102", "n1"]],
  "negated malignancy with a plainly described simple cyst; nothing hedged")

C("s28g_vgr_ovarialcancer_stadium3_ej_besked", "vgr", "1956-11-08", "844",
  [N("n1", "Melior", "Läkaranteckning", "su_gynonk", "Birgitta Holmgren", "läkare", "2024-03-07 15:45", [
      ("Utredning", "DT thorax-buk: peritoneal carcinos, ascites, bilat adnexresistenser. "
                    "Px från omentum: höggradig serös karcinom, Müllerskt ursprung."),
      ("Bedömning", "Ovarialcancer FIGO IIIC. Pat har ej fått besked om PAD, hon ska informeras av mig tillsammans med "
                    "kontaktsjuksköterska på torsdag."),
      ("Planering", "MDK 12/3. Neoadjuvant cytostatika övervägs.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "settled ovarian cancer written in visible Bedömning with 'ej fått besked'")

C("s28g_ovarialcancer_informerad_med_make", "skane", "1952-06-25", "228",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_gynonk", "Lars Åberg", "läkare", "2024-04-04 13:30", [
      ("Information", "Informerat pat och maken om att PAD visar höggradig serös ovarialcancer stadium IIIB. "
                      "Pat tar beskedet med fattning, många frågor om behandlingen besvarade."),
      ("Planering", "Primär debulking planeras v 16. Kontaktsjuksköterska Lotta Ahl ringer i morgon.")])],
  [], [["NL101", "n1"]],
  "the patient is told her cancer diagnosis today, together with her husband")

C("s28g_ovarialcancer_pat_informerad_dottern_inte", "skane", "1949-09-19", "400",
  [N("n1", "Melior", "Mottagningsanteckning", "sus_lund_gynonk", "Lars Åberg", "läkare", "2024-05-16 10:20", [
      ("Aktuellt", "Pat känner till sin diagnos, ovarialcancer stadium IV, sedan besöket 2/5."),
      ("Samtal", "Hon vill inte att dottern i Stockholm får veta något ännu, dottern är höggravid. "
                 "Vi respekterar detta och dottern är inte informerad."),
      ("Planering", "Start carboplatin/paklitaxel nästa vecka.")])],
  [], [["NL101", "n1"]],
  "only a relative is not told; the patient herself knows the diagnosis")

C("s28g_vgr_ovarialcancer_misstanke_ej_informerad_synlig", "vgr", "1962-12-12", "262",
  [N("n1", "Melior", "Läkaranteckning", "sas_gyn", "Lena Karlberg", "läkare", "2024-06-11 16:30", [
      ("Ultraljud", "Bilat solida adnexresistenser 6 och 8 cm, oregelbundna väggar, måttlig ascites."),
      ("Bedömning", "RMI 620. Misstänkt ovarialcancer. Pat ej informerad om malignitetsmisstanken, "
                    "vill invänta DT innan vi pratar om det."),
      ("Åtgärd", "Remiss DT thorax-buk, CA-125, CEA. Anmäld till MDK.")])],
  [["NL102", "n1"], ["NL101", "n1"]],
  [],
  "a suspected, untold cancer written in visible Bedömning instead of under sökord Tidiga hypoteser")

C("s28g_endometriecancer_pad_ej_informerad", "skane", "1955-04-28", "648",
  [N("n1", "Melior", "Läkaranteckning", "csk_gyn", "Cecilia Runesson", "läkare", "2024-07-04 11:50", [
      ("PAD", "Endometriebiopsi: endometrioid adenokarcinom, grad 1."),
      ("Bedömning", "Endometriecancer. Pat ej informerad än, beskedet ges vid läkarbesök 10/7 då kontaktsjuksköterskan "
                    "kan vara med."),
      ("Planering", "MR bäcken och DT thorax beställda.")])],
  [["NL101", "n1"]], [],
  "PAD-verified endometrial cancer stands visibly while the note says the patient is not yet informed")

C("s28g_postmenopausal_blodning_kan_inte_uteslutas", "vgr", "1951-08-09", "064",
  [N("n1", "Melior", "Läkaranteckning", "kungalv_gyn", "Erik Sandberg", "läkare", "2024-07-16 09:40", [
      ("Kontaktorsak", "Postmenopausal blödning x2 senaste månaden."),
      ("Ultraljud", "Endometrium 11 mm, inhomogent. Ovarier atrofiska."),
      ("Bedömning", "Kan inte utesluta endometriecancer. Endometriebiopsi tagen, svar om ca 2 v.")])],
  [["NL102", "n1"]], [],
  "'Kan inte utesluta' placed before endometrial cancer (word order varied) in a visible section")

C("s28g_postmenopausal_blodning_atrofi_inga_tecken", "skane", "1948-01-16", "846",
  [N("n1", "Melior", "Mottagningsanteckning", "ystad_gyn", "Tove Lindahl", "läkare", "2024-08-06 13:10", [
      ("Ultraljud", "Endometrium 3 mm, jämnt. Inga polyper."),
      ("Bedömning", "Blek tunn slemhinna med petechier i vagina. Inga tecken på endometriehyperplasi eller malignitet. "
                    "Vaginal atrofi."),
      ("Åtgärd", "Östriol vagitorier enligt recept.")])],
  [], [["NL102", "n1"]],
  "malignancy and hyperplasia negated (inga tecken på); vaginal atrophy stated plainly")

C("s28g_leiomyosarkom_far_inte_informeras_fore_mdk", "skane", "1970-10-21", "082",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_gynonk", "Hanna Cederholm", "läkare", "2024-09-24 14:05", [
      ("PAD", "Hysterektomipreparat: leiomyosarkom, 7 cm, mitoser 15/10 HPF."),
      ("Bedömning", "Leiomyosarkom i uterus. Enligt överenskommelse med ansvarig gynonkolog ska pat inte informeras "
                    "om PAD förrän efter MDK 8/10.")])],
  [["NL101", "n1"]], [],
  "explicit instruction not to tell the patient yet, with the sarcoma diagnosis in a visible section")

C("s28g_vgr_ovarialcancer_cysta_som_ska_bort", "vgr", "1964-03-26", "420",
  [N("n1", "Melior", "Läkaranteckning", "skas_gyn", "Mats Gustavsson", "läkare", "2024-10-15 10:35", [
      ("Bedömning", "Px från peritoneum visar höggradig serös cancer, ovarialcancer stadium IIIA. "
                    "Pat vet inte om att det rör sig om cancer, hon har hittills endast fått veta att det är "
                    "en cysta som ska bort."),
      ("Planering", "Besök med anhörig och kontaktsjuksköterska nästa vecka.")])],
  [["NL101", "n1"]], [],
  "lay phrasing of not-told ('vet inte om att det rör sig om cancer') with the confirmed cancer visible")

C("s28g_vgr_ovarie_ej_info_op_datum", "vgr", "1980-05-13", "482",
  [N("n1", "Melior", "Läkaranteckning", "alingsas_gyn", "Karl Eriksson", "läkare", "2024-11-12 08:55", [
      ("Bedömning", "Endometriom vä ovarium 6 cm, tilltagande smärta. Indikation för laparoskopisk cystektomi."),
      ("Planering", "Anmäld till operation. Pat ej informerad om operationsdatum ännu, planeringssköterskan "
                    "återkommer per brev.")], signed=None)],
  [], [["NL101", "n1"]],
  "hard negative: what is not yet told is the operation date, not the diagnosis")

C("s28g_ca125_normalt_ej_meddelat", "skane", "1975-12-04", "604",
  [N("n1", "Melior", "Telefonanteckning", "hbg_gyn", "Malin Jönsson", "sjuksköterska", "2024-02-09 15:25", [
      ("Telefonkontakt", "Pat har känd lichen sclerosus i vulva. CA-125 från förra veckan normalt, 12 kU/l. "
                         "Pat ej underrättad om provsvaret än, söker henne igen i morgon förmiddag.")])],
  [], [["NL101", "n1"]],
  "hard negative: the untold item is a normal lab value, the known diagnosis is not the issue")

C("s28g_vulvacancer_dement_ej_informerad", "skane", "1936-07-11", "024",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_gynonk", "Hanna Cederholm", "läkare", "2024-04-23 11:00", [
      ("Anamnes", "Måttlig Alzheimerdemens, bor på särskilt boende. Dottern är god man och följer med."),
      ("PAD", "Px vä labium majus: skivepitelcancer, högt differentierad."),
      ("Bedömning", "Vulvacancer. Dottern informerad. Pat själv har inte informerats om diagnosen, dottern önskar att "
                    "beskedet ges varsamt vid nästa besök.")])],
  [["NL101", "n1"]], [],
  "relative informed but the patient herself explicitly not informed, diagnosis visible")

C("s28g_cervixcancer_inget_om_information", "vgr", "1973-09-29", "066",
  [N("n1", "Melior", "Läkaranteckning", "su_gynonk", "Birgitta Holmgren", "läkare", "2024-05-28 13:50", [
      ("Diagnos", "Cervixcancer, skivepitel, FIGO IB1."),
      ("Bedömning", "MR visar tumör 1,8 cm utan parametrieinväxt. PET-DT utan spridning. "
                    "Radikal hysterektomi med sentinel node rekommenderas efter MDK."),
      ("Planering", "Preoperativt besök om 1 v.")])],
  [], [["NL101", "n1"]],
  "a confirmed diagnosis where nothing at all is said about telling the patient")

# ================================================================ cases, part 4
# STI, PID, youth clinic (Skåne PMO) and sexual health (VGR Melior)
C("s28g_um_pmo_susp_klamydia", "skane", "2006-03-17", "248",
  [N("n1", "PMO", "Besöksanteckning", "um_malmo", "Linnea Ahlström", "barnmorska", "2024-01-11 15:30", [
      ("Kontaktorsak", "Pojkvännen har fått positivt klamydiaprov och uppmanats kontakta sina partners."),
      ("Bedömning", "Susp. klamydia, asymtomatisk."),
      ("Åtgärd", "Självtaget vaginalt NAAT-prov. Svar via 1177 om ca en vecka.")])],
  [], [["NL102", "n1"]],
  "PMO never shows diagnoses: a hedged chlamydia diagnosis in a youth clinic PMO note is not an NL102 finding")

C("s28g_um_pmo_trolig_pid", "skane", "2004-10-02", "662",
  [N("n1", "PMO", "Besöksanteckning", "um_lund", "Tobias Rehn", "läkare", "2024-02-22 13:45", [
      ("Status", "T 37,9. Portioömhet och ömhet över vä adnex. Mukopurulent flytning."),
      ("Bedömning", "Trolig PID, sannolikt klamydiaorsakad."),
      ("Åtgärd", "Doxycyklin 100 mg x2 i 14 dagar + metronidazol. Kontroll om 3 dagar.")])],
  [], [["NL102", "n1"]],
  "hedged PID in a Skåne PMO note: PMO hides diagnoses, so no NL102")

C("s28g_um_pmo_missankt_herpes_typo", "skane", "2005-05-25", "426",
  [N("n1", "PMO", "Besöksanteckning", "um_hbg", "Rebecka Wiklund", "barnmorska", "2024-03-14 10:05", [
      ("Status", "Ytliga ulcerationer vä labia minora, mycket ömma. Förstorade lymfkörtlar i ljumsken."),
      ("Bedömning", "Missänkt herpes genitalis, primärinfektion?"),
      ("Åtgärd", "PCR herpes taget. Valaciklovir enligt ordination av dr Rehn.")])],
  [], [["NL102", "n1"]],
  "typo 'Missänkt' in a PMO note; PMO is never an NL102 finding")

C("s28g_um_pmo_gonorre_kan_ej_uteslutas", "skane", "2003-08-30", "880",
  [N("n1", "PMO", "Telefonkontakt", "um_landskrona", "Linnea Ahlström", "barnmorska", "2024-04-02 09:15", [
      ("Kontaktorsak", "Sveda vid miktion och gulaktiga flytningar sedan en vecka, oskyddat samlag med ny partner på semester."),
      ("Bedömning", "Gonorré kan ej uteslutas. Ingen feber, inga buksmärtor."),
      ("Åtgärd", "Akut tid i eftermiddag för provtagning inkl odling.")], signed=None)],
  [], [["NL102", "n1"]],
  "'kan ej uteslutas' before gonorrhoea in a PMO phone note is not NL102")

C("s28g_um_pmo_kurator_ev_depression", "skane", "2002-11-11", "044",
  [N("n1", "PMO", "Kuratorskontakt", "um_malmo", "Nora Castillo", "kurator", "2024-05-09 14:00", [
      ("Samtal", "Pat berättar om sömnproblem, orkeslöshet och att hon inte tycker något är roligt sedan i vintras. "
                 "Möjlig depression. Inga suicidtankar."),
      ("Planering", "Nytt samtal om en vecka. Hon samtycker till att vi bokar tid hos läkare på vårdcentralen.")])],
  [], [["NL102", "n1"]],
  "a counsellor's hedged depression in a PMO youth clinic note: PMO is never NL102")

C("s28g_vgr_sexhalsa_trolig_mycoplasma", "vgr", "2001-04-04", "604",
  [N("n1", "Melior", "Läkaranteckning", "su_sexhalsa", "Olof Hedlund", "läkare", "2024-01-25 11:20", [
      ("Anamnes", "Tre veckors ökade flytningar och postkoitala blödningar. Klamydia och gonorré negativa i december."),
      ("Status", "Lättblödande cervicit, mukopurulent sekret från cervix."),
      ("Bedömning", "Trolig cervicit orsakad av Mycoplasma genitalium."),
      ("Åtgärd", "NAAT M. genitalium inkl resistensmarkör för makrolider.")])],
  [["NL102", "n1"]], [],
  "hedged STI diagnosis (trolig cervicit av M. genitalium) in a VGR Melior note")

C("s28g_vgr_sexhalsa_partner_trolig_gonorre", "vgr", "1999-06-01", "262",
  [N("n1", "Melior", "Barnmorskeanteckning", "su_sexhalsa", "Amanda Lindgren", "barnmorska", "2024-03-21 16:10", [
      ("Kontaktorsak", "Pat har fått sms från sin tidigare partner som säger att han har trolig gonorré och väntar svar."),
      ("Status", "Inga besvär. Ua vid spekulumundersökning."),
      ("Åtgärd", "NAAT gonorré och klamydia tagna från vagina, svalg och rektum.")])],
  [], [["NL102", "n1"]],
  "the hedged diagnosis belongs to the former partner, not to the patient")

C("s28g_vgr_sexhalsa_om_symtom_sok_igen", "vgr", "2005-02-20", "448",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "su_sexhalsa", "Amanda Lindgren", "sjuksköterska", "2024-04-30 13:55", [
      ("Åtgärd", "Klamydiaprov taget 10 dagar efter kondomhaveri. Pat har inga symtom."),
      ("Information", "Om flytningar, sveda eller buksmärta tillkommer ska hon höra av sig igen, "
                      "vid misstanke om PID behövs snabb behandling.")])],
  [], [["NL102", "n1"]],
  "conditional / hypothetical advice ('om … vid misstanke om PID') is no hedged diagnosis of the patient")

C("s28g_vgr_pid_talar_for", "vgr", "1998-12-07", "668",
  [N("n1", "Melior", "Läkaranteckning", "nal_gyn", "Johan Wallin", "läkare", "2024-05-21 19:30", [
      ("Status", "Temp 38,2. Portioömhet och bilat adnexömhet. CRP 64, LPK 13,1. Negativt hCG."),
      ("Bedömning", "Kliniskt talar fynden för PID. VUL utan tecken på tuboovarialabscess."),
      ("Åtgärd", "Ceftriaxon im, doxycyklin och metronidazol i 14 dagar. Kontroll om tre dygn.")], signed=None)],
  [["NL102", "n1"]], [],
  "'talar för' PID in an unsigned draft (pre-signing) VGR note")

C("s28g_pid_talar_emot", "skane", "2002-07-15", "402",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gynakut", "Ahmad Rahimi", "läkare", "2024-06-04 22:15", [
      ("Status", "Afebril. Ingen portioömhet, ingen adnexömhet. CRP <5. U-hCG negativt."),
      ("Bedömning", "Talar emot PID. Buksmärtan bedöms som ovulationssmärta mitt i cykeln."),
      ("Åtgärd", "Hem med analgetika.")])],
  [], [["NL102", "n1"]],
  "'Talar emot' PID is a negated diagnosis, no NL102")

C("s28g_syfilis_ej_besked_ej_nadd", "skane", "1997-05-19", "806",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gyn", "Henrik Sjöberg", "läkare", "2024-07-23 12:10", [
      ("Provsvar", "Syfilisserologi: TPPA positiv, RPR 1:16."),
      ("Bedömning", "Aktiv syfilis, obehandlad. Pat har ännu inte fått besked, ej nåbar på telefon två gånger idag. "
                    "Brev med kallelse till snar tid skickat. Smittskyddsanmälan görs efter kontakt.")], signed=None)],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "confirmed syphilis visible while the patient has not been reached with the result")

C("s28g_klamydia_pat_ej_berattat_for_partner", "skane", "2003-02-03", "240",
  [N("n1", "Melior", "Mottagningsanteckning", "hbg_gyn", "Malin Jönsson", "barnmorska", "2024-08-27 10:50", [
      ("Aktuellt", "Klamydia påvisad förra veckan, pat fick svaret via 1177 och har tagit doxycyklin enligt ordination."),
      ("Smittspårning", "Pat har inte berättat för sin nuvarande partner om klamydian, vill ha hjälp. "
                        "Vi kontaktar honom anonymt via smittspårningen.")])],
  [], [["NL101", "n1"]],
  "hard negative: the partner has not been told by the patient; the patient knows her own diagnosis")

C("s28g_vgr_klamydia_neg_ej_nadd", "vgr", "2004-11-26", "684",
  [N("n1", "Melior", "Telefonanteckning", "su_sexhalsa", "Olof Hedlund", "läkare", "2024-09-03 14:30", [
      ("Telefonkontakt", "Pat har inte kunnat nås för besked om provsvaren: klamydia negativ, gonorré negativ. "
                         "Ordinerad behandling för bakteriell vaginos vid besöket kvarstår.")])],
  [], [["NL101", "n1"]],
  "hard negative: the untold results are negative tests, not a diagnosis")

C("s28g_vgr_hiv_pos_ska_ej_informeras_via_1177", "vgr", "1994-01-09", "428",
  [N("n1", "Melior", "Läkaranteckning", "su_rmc", "Camilla Berggren", "läkare", "2024-10-01 08:30", [
      ("Provsvar", "Screening inför IVF: HIV-1/2 ak/ag reaktivt, verifierat med Western blot och HIV-RNA."),
      ("Bedömning", "HIV-infektion. Pat är inte informerad, beskedet ska ges personligen av infektionsläkare "
                    "och får inte nå henne först via journalen. Remiss till Infektionskliniken Östra idag.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "verified HIV written in a visible section while the note says the patient is not informed")

# ================================================================ cases, part 5
# infertility, menopause, early pregnancy, counsellors
C("s28g_rmc_trolig_tubarfaktor", "skane", "1990-06-06", "662",
  [N("n1", "Melior", "Läkaranteckning", "rmc_malmo", "Åsa Lindström", "läkare", "2024-01-16 11:10", [
      ("Utredning", "HyCoSy: ingen passage vä tuba, trög passage hö. Tidigare genomgången klamydia 2015."),
      ("Bedömning", "Trolig tubarfaktorinfertilitet."),
      ("Planering", "Diskuteras vid nästa besök med partnern om IVF är aktuellt.")])],
  [["NL102", "n1"]], [],
  "'Trolig' before tubal factor infertility in a Skåne RMC Melior note")

C("s28g_vgr_rmc_oforklarad_infertilitet", "vgr", "1988-04-22", "826",
  [N("n1", "Melior", "Läkaranteckning", "su_rmc", "Camilla Berggren", "läkare", "2024-02-20 09:45", [
      ("Utredning", "Ovulatoriska cykler, AMH 18 pmol/l, öppna tubor vid HyCoSy. Partnerns spermaprov normalt."),
      ("Bedömning", "Oförklarad infertilitet sedan 2,5 år."),
      ("Planering", "Insemination x3, därefter ställningstagande till IVF.")])],
  [], [["NL102", "n1"]],
  "hard negative: 'oförklarad infertilitet' is a settled diagnosis, not a hedge")

C("s28g_rmc_partner_trolig_oligozoospermi", "skane", "1992-09-08", "244",
  [N("n1", "Melior", "Barnmorskeanteckning", "rmc_malmo", "Petra Norén", "barnmorska", "2024-03-12 13:20", [
      ("Aktuellt", "Par med 18 mån ofrivillig barnlöshet. Pats egen utredning ua hittills."),
      ("Partner", "Mannens spermaprov visar låg koncentration, trolig oligozoospermi, omprov om 3 mån."),
      ("Planering", "Pat tar cykeldag 3-prover. Paret informerat om väntetider.")])],
  [], [["NL102", "n1"]],
  "the hedged diagnosis concerns the male partner, not the patient")

C("s28g_vgr_rmc_ev_ivf_plan", "vgr", "1986-12-30", "400",
  [N("n1", "Melior", "Barnmorskeanteckning", "su_rmc", "Josefin Ek", "barnmorska", "2024-04-16 10:25", [
      ("Aktuellt", "Andra inseminationen utan graviditet. PCOS känt sedan 2019, behandlas med letrozol."),
      ("Planering", "Ett försök till med insemination, därefter eventuellt IVF. "
                    "Trolig start nästa cykel om inga cystor vid VUL.")])],
  [], [["NL102", "n1"]],
  "hedges (eventuellt IVF, trolig start) are on treatment plans; PCOS is known")

C("s28g_rmc_forenligt_med_poi", "skane", "1995-02-17", "428",
  [N("n1", "Melior", "Läkaranteckning", "rmc_malmo", "Åsa Lindström", "läkare", "2024-05-07 14:50", [
      ("Utredning", "Amenorré i 7 mån. FSH 48 och 52 med fyra veckors mellanrum, östradiol lågt. Karyotyp 46,XX. TPO-ak neg."),
      ("Bedömning", "Förenligt med prematur ovariell insufficiens.")])],
  [["NL102", "n1"]], [],
  "'Förenligt med' before premature ovarian insufficiency in visible Bedömning")

C("s28g_vgr_rmc_turner_mosaik_ej_informerad", "vgr", "1999-07-24", "644",
  [N("n1", "Melior", "Läkaranteckning", "su_rmc", "Per Almqvist", "läkare", "2024-06-25 15:00", [
      ("Provsvar", "Karyotyp: 45,X[12]/46,XX[38]."),
      ("Bedömning", "Turners syndrom, mosaik. Pat har inte informerats om svaret, genetisk vägledning bokas först "
                    "och beskedet ges där. Ekokardiografi beställs.")])],
  [["NL101", "n1"]], [],
  "karyotype-confirmed Turner mosaicism stands visibly while the patient has not been informed")

C("s28g_hepatit_c_infor_ivf_ej_underrattad", "skane", "1991-03-31", "868",
  [N("n1", "Melior", "Läkaranteckning", "rmc_malmo", "Åsa Lindström", "läkare", "2024-07-02 10:15", [
      ("Provsvar", "Hepatit C-ak positiv i screeningen inför IVF, HCV-RNA påvisbart."),
      ("Bedömning", "Kronisk hepatit C. Pat ej underrättad ännu. IVF pausas tills behandling övervägts."),
      ("Åtgärd", "Remiss Infektionskliniken Malmö.")])],
  [["NL101", "n1"]], [],
  "'ej underrättad' with a confirmed hepatitis C diagnosis in visible Bedömning")

C("s28g_vgr_klimakteriet_sannolikt_atrofisk_vaginit", "vgr", "1966-08-12", "206",
  [N("n1", "Melior", "Läkaranteckning", "alingsas_gyn", "Karl Eriksson", "läkare", "2024-07-30 09:35", [
      ("Anamnes", "Menopaus vid 52. Torrhet, sveda och dyspareuni. Upprepade urinvägsinfektioner senaste året."),
      ("Status", "Blek, tunn vaginalslemhinna med petechier. pH 6,5."),
      ("Bedömning", "Sannolikt atrofisk vaginit.")])],
  [["NL102", "n1"]], [],
  "'Sannolikt' before atrophic vaginitis in a VGR Melior note")

C("s28g_klimakteriet_ev_mht", "skane", "1970-01-05", "624",
  [N("n1", "Melior", "Mottagningsanteckning", "trelleborg_gyn", "Ulrika Nyberg", "läkare", "2024-08-20 10:40", [
      ("Aktuellt", "Klimakteriella besvär med svettningar nattetid och sömnstörning. Senaste mens för 14 mån sedan."),
      ("Bedömning", "Klimakteriesymtom utan kontraindikationer mot hormonbehandling. BT 128/80."),
      ("Planering", "Ev. start av MHT med östradiolgel och gestagen, pat läser informationen och återkommer.")])],
  [], [["NL102", "n1"]],
  "the hedge 'Ev.' is on starting hormone therapy, a plan")

C("s28g_gynakut_extrauterin_kan_ej_uteslutas", "skane", "1996-10-18", "600",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gynakut", "Ahmad Rahimi", "läkare", "2024-09-06 02:40", [
      ("Aktuellt", "Mens 7 v sedan. Småblödning och ont i hö fossa sedan igår."),
      ("Status", "S-hCG 1800. VUL: ingen intrauterin graviditet, liten mängd fri vätska i fossa Douglasi."),
      ("Bedömning", "Extrauterin graviditet kan ej uteslutas. Cirkulatoriskt stabil."),
      ("Planering", "Nytt hCG om 48 h. Instruerad att söka direkt vid ökad smärta.")])],
  [["NL102", "n1"]], [],
  "ectopic pregnancy cannot be excluded, in visible Bedömning")

C("s28g_vgr_tidig_graviditet_x_uteslutes", "vgr", "1993-05-09", "082",
  [N("n1", "Melior", "Läkaranteckning", "skas_gyn", "Mats Gustavsson", "läkare", "2024-10-10 16:20", [
      ("Ultraljud", "Intrauterin graviditet, CRL motsvarande 6+3, hjärtaktivitet ses. Ovarier ua."),
      ("Bedömning", "Extrauterin graviditet uteslutes. Blödningen bedöms vara från portio efter samlag.")])],
  [], [["NL102", "n1"]],
  "ectopic pregnancy ruled out with 'uteslutes'")

C("s28g_endo_kurator_mojlig_depression_melior", "skane", "1992-11-30", "842",
  [N("n1", "Melior", "Kuratorsanteckning", "sus_malmo_endo", "Jenny Möller", "kurator", "2024-03-26 11:00", [
      ("Samtal", "Långvarig bäckensmärta, sömnsvårigheter och social isolering. MADRS-S 26. "
                 "Möjlig depression av medelsvår grad, tas upp med ansvarig läkare."),
      ("Planering", "Stödsamtal var 14:e dag.")])],
  [["NL102", "n1"]], [],
  "a counsellor's hedged depression diagnosis in a visible Melior note")

C("s28g_vgr_kurator_inga_tecken_depression", "vgr", "2001-02-25", "460",
  [N("n1", "Melior", "Kuratorsanteckning", "su_ostra_endo", "Maja Svensson", "kurator", "2024-04-09 15:15", [
      ("Samtal", "Pat har svårt att få ihop studier och smärtperioder men har bra stöd av sambo och vänner. "
                 "Sover bra. Inga tecken på depression, inga suicidtankar."),
      ("Planering", "Kontakt vid behov.")], signed=None)],
  [], [["NL102", "n1"]],
  "counsellor negates depression ('inga tecken på')")

C("s28g_vgr_rmc_ej_info_remiss_skickad", "vgr", "1989-08-03", "204",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "sas_gyn", "Elin Bergqvist", "sjuksköterska", "2024-05-14 08:25", [
      ("Åtgärd", "Pat med PCOS och 14 mån barnlöshet. Remiss till Reproduktionsmedicin Sahlgrenska skickad enligt "
                 "dr Karlbergs ordination. Pat ej meddelad att remissen gått iväg, hon får kallelse därifrån.")])],
  [], [["NL101", "n1"]],
  "hard negative: what has not been told is that the referral was sent")

C("s28g_myom_trolig_hysteroskopi_augusti", "skane", "1984-02-11", "066",
  [N("n1", "Melior", "Telefonanteckning", "csk_gyn", "Sanna Bengtsson", "sjuksköterska", "2024-06-13 13:35", [
      ("Telefonkontakt", "Pat ringer om sina rikliga blödningar, känt myom 5 cm. Hb 112 på vårdcentralen igår. "
                         "Trolig hysteroskopi i augusti, exakt datum ej satt."),
      ("Åtgärd", "Fortsätter med tranexamsyra under blödningsdagarna.")])],
  [], [["NL102", "n1"]],
  "'Trolig' on the date of a procedure, not on a diagnosis")

# ================================================================ cases, part 6
# several notes in one record, long charts, typos
C("s28g_multi_cin3_ej_nadd_sedan_informerad", "skane", "1987-06-14", "466",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_kolpo", "Sofia Håkansson", "läkare", "2024-02-27 15:40", [
      ("PAD", "Px kl 3: CIN 3, utbredd, når kanten på biopsin."),
      ("Bedömning", "CIN 3. Pat ej informerad om svaret, sökt per telefon utan svar. Försöker igen imorgon.")]),
   N("n2", "Melior", "Telefonanteckning", "sus_lund_kolpo", "Sofia Håkansson", "läkare", "2024-02-28 09:05", [
      ("Telefonkontakt", "Nått pat och gett besked om PAD med CIN 3 och att LEEP behövs. Hon har inga frågor just nu, "
                         "tid för LEEP 12/3 bekräftad.")])],
  [["NL101", "n1"]], [["NL101", "n2"]],
  "the first note withholds the CIN 3 result (finding), the next day's note tells it: assert on each note")

C("s28g_multi_vgr_tidiga_hyp_sedan_bekraftad_informerad", "vgr", "1960-10-31", "242",
  [N("n1", "Melior", "Läkaranteckning", "skas_gyn", "Mats Gustavsson", "läkare", "2024-03-04 10:50", [
      ("Ultraljud", "Hö adnexresistens 10 cm, multilokulär med solida partier. Ingen ascites."),
      ("Tidiga hypoteser", "Misstänkt ovarialcancer, CA-125 540. Ej diskuterat med pat ännu.")]),
   N("n2", "Melior", "Läkaranteckning", "skas_gyn", "Mats Gustavsson", "läkare", "2024-04-02 13:30", [
      ("PAD", "Hö salpingooforektomi: endometrioid ovarialcancer, kapselruptur, negativ bukskölj."),
      ("Bedömning", "Ovarialcancer stadium IC1. Pat informerad om PAD och stadium idag, hustrun deltog."),
      ("Planering", "Remiss gynonkologen Sahlgrenska för adjuvant cytostatika.")])],
  [], [["NL102", "n1"], ["NL102", "n2"], ["NL101", "n2"]],
  "hypothesis kept under VGR Tidiga hypoteser, later settled and told in a visible note: no finding on either note")

C("s28g_multi_skane_th_mall_sedan_synlig_hedge", "skane", "1957-12-22", "680",
  [N("n1", "Melior", "Tidiga hypoteser", "hbg_gyn", "Maria Ek", "läkare", "2024-05-06 11:20", [
      ("Bedömning", "Endometrium 16 mm med oregelbunden gräns hos postmenopausal kvinna med diabetes och fetma. "
                    "Misstänkt endometriecancer.")]),
   N("n2", "Melior", "Läkaranteckning", "hbg_gyn", "Maria Ek", "läkare", "2024-05-06 11:45", [
      ("Bedömning", "Postmenopausal blödning med förtjockat endometrium, trolig endometriecancer. Px tagen."),
      ("Planering", "Svar om två veckor, besked vid besök.")])],
  [["NL102", "n2"]], [["NL102", "n1"]],
  "same hypothesis correctly in the Tidiga hypoteser template (n1) and repeated hedged in an ordinary note (n2)")

C("s28g_multi_um_pmo_sedan_gynakut_melior", "skane", "2005-09-04", "428",
  [N("n1", "PMO", "Besöksanteckning", "um_hbg", "Rebecka Wiklund", "barnmorska", "2024-06-17 14:20", [
      ("Bedömning", "Buksmärta, feber och flytningar. Trol PID, remitteras till gynakuten för läkarbedömning.")]),
   N("n2", "Melior", "Läkaranteckning", "hbg_gyn", "Maria Ek", "läkare", "2024-06-17 17:05", [
      ("Status", "T 38,4. Uttalad portioömhet, ömhet bilat adnex. CRP 88."),
      ("Bedömning", "PID, sannolik tuboovarialabscess vä 4 cm vid VUL."),
      ("Åtgärd", "Inläggs för iv antibiotika.")])],
  [["NL102", "n2"]], [["NL102", "n1"]],
  "PMO referral note (not shown) followed by a Melior note where 'sannolik' hedges a tubo-ovarian abscess")

C("s28g_lang_vgr_endo_dold_hedge", "vgr", "1994-04-15", "824",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_endo", "Per Almqvist", "läkare", "2024-08-27 13:00", [
      ("Kontaktorsak", "Nybesök, remiss från Närhälsan Majorna. Smärtor i samband med mens sedan tonåren, "
                       "senaste två åren även mellan menstruationerna."),
      ("Anamnes", "30-årig kvinna, 0-gravida, ingen graviditetsönskan nu. Menarche 12 år, cykel 26-28 d, "
                  "mens 6 d, rikliga första två dagarna. Dysmenorré VAS 8-9, tvingas stanna hemma från jobbet "
                  "1-2 d/mån. Djup dyspareuni. Smärtsam tarmtömning under mens, ingen blod i avföringen. "
                  "Miktionsbesvär förnekas. Provat Cerazette med genombrottsblödningar, Yasmin med viss effekt "
                  "men huvudvärk. Ibuprofen 400 mg x3 under mens. Frisk i övrigt, inga mediciner. Ej rökare. "
                  "Arbetar som förskollärare, sambo."),
      ("Status", "AT gott. BMI 23. Buken mjuk, lätt öm i nedre delen, ingen défense. "
                 "Gyn: yttre genitalia ua. Spekulum: portio ua, normala flytningar. Bimanuellt ömhet i bakre "
                 "fornix, mer uttalad hö, fixerad uterus i retroflexion. Ingen palpabel resistens."),
      ("Ultraljud", "VUL: uterus retroflekterad, 7,5 cm, homogent myometrium. Endometrium 6 mm. Hö ovarium 3,1 cm "
                    "med 2,8 cm cysta med ground glass-eko. Vä ovarium ua. Kissing ovaries ej. Negativt "
                    "sliding sign bakom cervix."),
      ("Bedömning", "Långvarig cyklisk bäckensmärta med dyspareuni och dyschezi. Fynden vid VUL med "
                    "cysta och negativt sliding sign inger misstanke om endometrios med endometriom hö och "
                    "engagemang av fossa Douglasi."),
      ("Planering", "Börjar med dienogest 2 mg dagligen kontinuerligt. MR lilla bäckenet enligt "
                    "endometriosprotokoll. Remiss till fysioterapeut med inriktning bäckensmärta. "
                    "Återbesök om 3 mån med MR-svar, tidigare vid biverkningar. Sjukskrivning ej aktuellt nu. "
                    "Skriftlig information om endometrios och om Endometriosföreningen lämnad.")])],
  [["NL102", "n1"]], [],
  "long first visit chart where one phrase ('inger misstanke om endometrios') hedges the diagnosis")

C("s28g_lang_skane_kolpo_utan_hedge", "skane", "1985-03-23", "200",
  [N("n1", "Melior", "Läkaranteckning", "sus_lund_kolpo", "Karin Lindqvist", "läkare", "2024-09-26 10:30", [
      ("Kontaktorsak", "Kolposkopi 12/9 efter cellprov med HSIL och HPV 16. Anteckningen kompletterad när PAD kommit."),
      ("Anamnes", "39 år, 2-para, båda vaginala förlossningar. Kopparspiral sedan 2021. Senaste cellprov "
                  "2021 normalt. Ingen tidigare dysplasibehandling. Röker inte sedan 10 år. Astma, "
                  "inhalerar Bufomix vb. Inga kända läkemedelsallergier. Mamma frisk, inga gynekologiska "
                  "cancerfall i släkten som pat känner till."),
      ("Status", "Spekulum: portio multipar, ektropion. Spiraltrådar synliga. Efter ättiksyra: "
                 "acetovitt område kl 5-8 med fin punktering och regelbunden mosaik, når in i "
                 "cervikalkanalen men övre gräns ses. TZ typ 2. Lugol: jodnegativt motsvarande. "
                 "Px kl 6 och kl 7, cervixabrasio. Lätt blödning efter px, stoppad med Monsels lösning."),
      ("PAD", "Px kl 6 och 7 visar CIN 2, p16-positiv. Abrasio med CIN 2 i fragment. "
              "Ingen invasiv växt."),
      ("Bedömning", "CIN 2 hos 39-åring med TZ typ 2. Ingen misstanke om invasivitet. Enligt vårdprogrammet "
                    "är behandling med LEEP indicerad, ej aktuellt med aktiv monitorering i denna ålder "
                    "då graviditetsönskan saknas."),
      ("Information", "Pat informerad om PAD och om behandlingen vid telefonsamtal. Hon undrar över "
                      "spiralen; den kan sitta kvar under ingreppet, ev. behöver trådarna klippas."),
      ("Planering", "LEEP i lokalbedövning på mottagningen om 3-4 v. Efterkontroll med HPV-test och cytologi "
                    "6 mån efter behandlingen.")])],
  [], [["NL102", "n1"]],
  "long kolposkopi chart: CIN 2 confirmed, invasion negated, every 'ev.' is on a plan or device")

C("s28g_lang_vgr_gynonk_hedge_endast_tidiga_hyp", "vgr", "1954-07-07", "626",
  [N("n1", "Melior", "Läkaranteckning", "su_gynonk", "Birgitta Holmgren", "läkare", "2024-10-24 14:15", [
      ("Kontaktorsak", "Uppföljning 2 år efter primärbehandling av ovarialcancer stadium IIIC "
                       "(debulking + carboplatin/paklitaxel, därefter PARP-hämmare)."),
      ("Anamnes", "Mår i stort sett bra. Lite tröttare senaste månaden, ökad bukomfång enligt pat själv, "
                  "byxorna sitter tajt. Aptit ok, vikt stabil 64 kg. Inga kräkningar, normal avföring. "
                  "Promenerar dagligen. Maken har fått en stroke i våras och hon vårdar honom hemma "
                  "med hjälp av hemtjänst."),
      ("Status", "AT gott, ECOG 0. Buken mjuk, möjligen lätt utspänd, ingen palpabel resistens, ingen "
                 "säker ascites vid perkussion. Inga förstorade lymfkörtlar supraklavikulärt eller i ljumskar. "
                 "Gyn: vaginaltoppen läkt, slät, ingen palpabel förändring. Rektalt ua."),
      ("Provsvar", "CA-125 68, var 14 för tre månader sedan och 11 för sex månader sedan. Hb 121, krea 74."),
      ("Tidiga hypoteser", "Stigande CA-125 och subjektivt ökat bukomfång, trolig recidiv av ovarialcancer. "
                           "Väljer att inte ta upp recidivmisstanken med pat förrän DT är gjord, "
                           "hon är hårt belastad hemma."),
      ("Information", "Pat informerad om att CA-125 har stigit något och att vi vill komplettera med en "
                      "skiktröntgen för att se hur det ser ut i buken. Hon accepterar det."),
      ("Planering", "DT thorax-buk inom 2 v. Telefonkontakt med mig när svaret kommit. Kontaktsjuksköterska "
                    "Mona Ekström informerad och ringer pat om en vecka för att höra hur det går hemma. "
                    "Kontakt med biståndshandläggare om avlastning för maken erbjuden.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "long oncology follow-up: the suspected recurrence and the decision not to tell stand only under sökord Tidiga hypoteser")

C("s28g_cin3_ej_informard_typo", "skane", "1993-12-08", "862",
  [N("n1", "Melior", "Läkaranteckning", "ystad_gyn", "Tove Lindahl", "läkare", "2024-11-19 16:00", [
      ("PAD", "Px: CIN 3 med körtelengagemang."),
      ("Bedömning", "Höggradig dysplasi, CIN 3. Pat ännu ej informard om PAD, nås ej per telefon. Brev skickat.")])],
  [["NL101", "n1"]], [],
  "typo 'informard' in the not-told phrase; CIN 3 is confirmed and visible")

C("s28g_vgr_sannolkit_lichen_typo", "vgr", "1963-05-02", "480",
  [N("n1", "Melior", "Läkaranteckning", "kungalv_gyn", "Erik Sandberg", "läkare", "2024-01-09 13:25", [
      ("Anamnes", "Klåda i vulva i flera år, värre nattetid. Smärta vid samlag."),
      ("Status", "Vitaktig, pergamentartad hud kring klitoris och perineum, sammanväxning av labia minora vä."),
      ("Bedömning", "Sannolkit lichen sclerosus. Px tas för att bekräfta."),
      ("Åtgärd", "Dermovat kräm enligt schema, informationsblad.")])],
  [["NL102", "n1"]], [],
  "typo 'Sannolkit' (sannolikt) before lichen sclerosus in visible Bedömning")

C("s28g_bartholini_differntialdiagnos_typo", "skane", "1978-08-28", "642",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gynakut", "Ahmad Rahimi", "läkare", "2024-02-02 23:10", [
      ("Status", "Fluktuerande, öm resistens 4 cm i hö labium majus, motsvarande Bartholins körtel. Afebril."),
      ("Bedömning", "Bartholiniabscess hö. Differntialdiagnos Bartholinikarcinom hos kvinna över 40 år med "
                    "solid komponent, därför px vid incisionen."),
      ("Åtgärd", "Incision och dränage, Word-kateter.")])],
  [["NL102", "n1"]], [],
  "typo 'Differntialdiagnos' before a carcinoma differential in a visible section")

C("s28g_vgr_ingen_missanke_malignitet_typo", "vgr", "1961-11-03", "046",
  [N("n1", "Melior", "Läkaranteckning", "nal_gyn", "Sofie Dahl", "läkare", "2024-03-28 10:05", [
      ("Ultraljud", "Endometrium 4 mm. Liten polyp 6 mm i fundus."),
      ("Bedömning", "Ingen missanke om malignitet. Polypen tas bort vid hysteroskopi i lokalbedövning.")])],
  [], [["NL102", "n1"]],
  "typo 'missanke' in a negated suspicion")

C("s28g_eventuelt_kolposkopi_typo", "skane", "2000-01-26", "808",
  [N("n1", "Melior", "Barnmorskeanteckning", "csk_gyn", "Sanna Bengtsson", "barnmorska", "2024-04-24 09:45", [
      ("Provsvar", "Cellprov: LSIL, HPV 31 positiv. Tidigare prov 2021 normalt."),
      ("Planering", "Nytt prov om 12 mån enligt vårdprogrammet, eventuelt kolposkopi om HPV kvarstår.")])],
  [], [["NL102", "n1"]],
  "typo 'eventuelt' on a hedged plan (colposcopy), no hedged diagnosis")

C("s28g_vgr_lynch_inte_infomerad_typo", "vgr", "1972-02-14", "224",
  [N("n1", "Melior", "Läkaranteckning", "su_gynonk", "Henrik Lund", "läkare", "2024-05-30 11:40", [
      ("Provsvar", "Konstitutionell analys: patogen variant i MSH2."),
      ("Bedömning", "Lynchsyndrom. Pat inte infomerad om svaret än, genetisk vägledare tar det vid samtal 6/6 "
                    "tillsammans med mig. Endometriecancern opererad i mars, fortsatt tumörfri.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "typo 'infomerad' in the not-told phrase with a confirmed Lynch syndrome diagnosis")

C("s28g_bm_pmo_bakteriell_vaginos_dd", "skane", "1983-04-09", "646",
  [N("n1", "PMO", "Barnmorskebesök", "bm_eslov", "Karolina Sjöstrand", "barnmorska", "2024-06-20 08:50", [
      ("Kontaktorsak", "Illaluktande tunna flytningar i 2 v, ingen klåda."),
      ("Bedömning", "Bakteriell vaginos? DD trichomonas."),
      ("Åtgärd", "Wetutstryk och PCR trichomonas. Dalacin vagitorier i väntan på svar.")])],
  [], [["NL102", "n1"]],
  "'?' and 'DD' in a barnmorskemottagning PMO note: never NL102 in PMO")

C("s28g_pcos_fornelig_med_typo", "skane", "2002-03-19", "860",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gyn", "Nadia Haddad", "läkare", "2024-07-11 14:25", [
      ("Ultraljud", "Båda ovarierna med >20 antrala folliklar vardera, volym 12 och 13 ml."),
      ("Bedömning", "Oregelbundna menstruationer och akne. Bilden är förnelig med PCOS, hormonprover kompletteras.")])],
  [["NL102", "n1"]], [],
  "typo 'förnelig' (förenlig med) before PCOS in a visible section")

# ================================================================ cases, part 7
# more hedge forms, negation forms, telling earlier / not about a diagnosis
C("s28g_vgr_dd_endometrios_adenomyos", "vgr", "1985-09-09", "868",
  [N("n1", "Melior", "Läkaranteckning", "sas_gyn", "Hampus Olofsson", "läkare", "2024-01-18 09:10", [
      ("Aktuellt", "Sekundär dysmenorré sedan 3 år, tilltagande. Normal VUL på vårdcentralen i höstas."),
      ("Bedömning", "DD endometrios, adenomyos. Börjar med hormonspiral."),
      ("Planering", "Telefonuppföljning om 3 mån.")])],
  [["NL102", "n1"]], [],
  "'DD' listing two unsettled diagnoses in visible Bedömning")

C("s28g_fragestallning_cervixcancer_remiss", "skane", "1968-06-16", "226",
  [N("n1", "Melior", "Mottagningsanteckning", "ystad_gyn", "Tove Lindahl", "läkare", "2024-02-15 11:25", [
      ("Status", "Oregelbunden, lättblödande portio med ulceration kl 9."),
      ("Åtgärd", "Remiss till kolposkopimottagningen SUS Lund, frågeställning cervixcancer? Px tagen här.")])],
  [["NL102", "n1"]], [],
  "'frågeställning … ?' in a referral sentence: the unsettled cancer diagnosis is visible")

C("s28g_vgr_kan_rora_sig_om_intermittent_torsion", "vgr", "2002-12-21", "404",
  [N("n1", "Melior", "Läkaranteckning", "kungalv_gyn", "Erik Sandberg", "läkare", "2024-03-05 20:45", [
      ("Aktuellt", "Tredje episoden av plötslig, intensiv smärta i hö fossa med illamående, går över efter någon timme."),
      ("Ultraljud", "Hö ovarium förstorat 5 cm med perifera folliklar, flöde finns."),
      ("Bedömning", "Kan röra sig om intermittent ovarialtorsion. Diskuterat med bakjour, observation över natten.")])],
  [["NL102", "n1"]], [],
  "'Kan röra sig om' before ovarian torsion in visible Bedömning")

C("s28g_oklart_om_pcos_eller_hypotalamisk_amenorre", "skane", "2000-05-30", "040",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gyn", "Nadia Haddad", "läkare", "2024-03-21 13:00", [
      ("Anamnes", "Amenorré i 9 mån. Tränar inför maraton, BMI 19. Tidigare oregelbunden mens."),
      ("Bedömning", "Oklart om det rör sig om PCOS eller hypotalamisk amenorré. LH, FSH, AMH och testosteron tas.")])],
  [["NL102", "n1"]], [],
  "'Oklart om' before two competing diagnoses in visible Bedömning")

C("s28g_vgr_misstanke_endometriecancer_avskrivs", "vgr", "1958-02-07", "682",
  [N("n1", "Melior", "Läkaranteckning", "nal_gyn", "Sofie Dahl", "läkare", "2024-04-11 14:40", [
      ("PAD", "Endometriebiopsi: endometriehyperplasi utan atypi."),
      ("Bedömning", "Misstanken om endometriecancer avskrivs. Gestagenbehandling i 6 mån, därefter ny biopsi.")])],
  [], [["NL102", "n1"]],
  "hard negative: the suspicion is named but explicitly dropped ('avskrivs')")

C("s28g_ej_ovarialcancer_cystadenom", "skane", "1971-10-12", "862",
  [N("n1", "Melior", "Läkaranteckning", "hbg_gyn", "Jonas Fredriksson", "läkare", "2024-05-02 10:15", [
      ("PAD", "Vä adnex: seröst cystadenom, inga atypier."),
      ("Bedömning", "Benignt. Ej ovarialcancer. Ingen vidare kontroll, pat informerad via telefon.")])],
  [], [["NL102", "n1"]],
  "'Ej ovarialcancer': negated diagnosis next to a benign confirmed PAD")

C("s28g_vgr_eventuellt_okade_flytningar_symtom", "vgr", "1990-03-14", "220",
  [N("n1", "Melior", "Barnmorskeanteckning", "alingsas_gyn", "Helena Strand", "barnmorska", "2024-05-23 08:35", [
      ("Aktuellt", "Kontroll av kopparspiral insatt för 6 v sedan. Eventuellt något ökade flytningar, i övrigt inga besvär."),
      ("Status", "Trådar synliga 3 cm. Normala flytningar."),
      ("Bedömning", "Spiralen sitter bra.")])],
  [], [["NL102", "n1"]],
  "the only hedge (eventuellt) is on a symptom")

C("s28g_mojligen_kontaktblodning_fynd", "skane", "1998-08-08", "008",
  [N("n1", "Melior", "Barnmorskeanteckning", "trelleborg_gyn", "Ida Magnusson", "barnmorska", "2024-06-06 15:05", [
      ("Åtgärd", "Cellprov taget inom screeningprogrammet. Möjligen lätt kontaktblödning vid spekulumundersökningen, "
                 "oklart om den kom från provtagningsborsten."),
      ("Planering", "Svar skickas hem inom 4 v.")])],
  [], [["NL102", "n1"]],
  "hedges on a finding (contact bleeding) and its source, no diagnosis")

C("s28g_vgr_mormor_trolig_ovarialcancer", "vgr", "1996-07-04", "646",
  [N("n1", "Melior", "Läkaranteckning", "su_gynonk", "Henrik Lund", "läkare", "2024-06-19 13:15", [
      ("Hereditet", "Mormor och moster hade bröstcancer före 50 års ålder, mormor dessutom trolig ovarialcancer "
                    "enligt familjen. Ingen genetisk utredning gjord i släkten."),
      ("Bedömning", "Frisk 28-åring. Uppfyller kriterier för onkogenetisk utredning."),
      ("Åtgärd", "Remiss onkogenetiska mottagningen.")])],
  [], [["NL102", "n1"]],
  "the hedged cancer belongs to the grandmother; the patient herself is healthy")

C("s28g_vgr_cervixcancer_informerad_tidigare", "vgr", "1983-01-28", "882",
  [N("n1", "Melior", "Läkaranteckning", "su_gynonk", "Birgitta Holmgren", "läkare", "2024-07-18 10:00", [
      ("Aktuellt", "Pat informerades om diagnosen cervixcancer IB2 vid besöket 12/7, idag planering av behandlingen."),
      ("Planering", "Kemoradioterapi med veckovis cisplatin. Fertilitetsbevarande åtgärder diskuterade, avböjs.")])],
  [], [["NL101", "n1"]],
  "the patient was told the diagnosis at an earlier visit")

C("s28g_forra_besoket_ej_besked_idag_informerad", "skane", "1994-09-15", "204",
  [N("n1", "Melior", "Mottagningsanteckning", "csk_gyn", "Cecilia Runesson", "läkare", "2024-08-01 09:20", [
      ("Aktuellt", "Vid förra besöket kunde pat inte få besked om PAD eftersom svaret inte var klart. "
                   "Idag informerad om att px visar CIN 2."),
      ("Planering", "Pat är 30 år och önskar graviditet, aktiv monitorering med kolposkopi om 6 mån.")])],
  [], [["NL101", "n1"]],
  "hard negative: 'could not get the result' refers to the past; she is told today")

C("s28g_vgr_endo_ej_info_sjukresa", "vgr", "1992-04-26", "428",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "su_ostra_endo", "Therese Nilsson", "sjuksköterska", "2024-08-22 14:10", [
      ("Aktuellt", "Pat med endometrios stadium IV, bor i Strömstad och åker hit varje månad."),
      ("Åtgärd", "Pat har ej fått information om möjligheten till sjukresa, det tas vid nästa besök.")])],
  [], [["NL101", "n1"]],
  "hard negative: what the patient has not been told is travel reimbursement, not a diagnosis")

C("s28g_pcos_ej_info_ivf_kotid", "skane", "1991-11-02", "666",
  [N("n1", "Melior", "Barnmorskeanteckning", "rmc_malmo", "Petra Norén", "barnmorska", "2024-09-10 11:35", [
      ("Aktuellt", "PCOS, fyra ovulationsinduktioner med letrozol utan graviditet."),
      ("Planering", "Uppsatt för IVF. Pat ej informerad om kötiden, som just nu är ca 8 mån, tas på återbesöket.")])],
  [], [["NL101", "n1"]],
  "hard negative: the untold item is a waiting time")

C("s28g_kolpo_cytologi_scc_ej_kontaktad", "skane", "1975-03-07", "244",
  [N("n1", "Melior", "Sjuksköterskeanteckning", "sus_lund_kolpo", "Annika Holm", "sjuksköterska", "2024-09-30 15:50", [
      ("Provsvar", "Cytologi från screening: skivepitelcancer."),
      ("Åtgärd", "Pat ännu ej kontaktad om svaret. Dr Lindqvist ringer henne i morgon och ger akuttid för kolposkopi.")])],
  [["NL101", "n1"]], [],
  "nurse records a cancer cytology result the patient has not been contacted about yet")

C("s28g_vgr_cervixcancer_recidiv_ej_besked", "vgr", "1966-05-20", "004",
  [N("n1", "Melior", "Läkaranteckning", "su_gynonk", "Henrik Lund", "läkare", "2024-10-17 16:25", [
      ("PAD", "Px vaginaltoppen: skivepitelcancer, förenligt med recidiv."),
      ("Bedömning", "Lokalrecidiv av cervixcancer, verifierat med px. Pat har ej fått besked, inbokad måndag "
                    "med kontaktsjuksköterska.")], signed=None)],
  [["NL101", "n1"]], [],
  "unsigned draft: verified recurrence visible while the patient has not been told")

# ================================================================ cases, part 8
C("s28g_vgr_trol_endometriepolyp_med_negation", "vgr", "1959-09-25", "060",
  [N("n1", "Melior", "Läkaranteckning", "skas_gyn", "Linda Wikström", "läkare", "2024-01-31 10:45", [
      ("Ultraljud", "Endometrium 9 mm med avgränsad ekogen struktur 8 mm och matande kärl."),
      ("Bedömning", "Ingen misstanke om malignitet. Trol. endometriepolyp, hysteroskopisk resektion planeras.")])],
  [["NL102", "n1"]], [],
  "a negated malignancy next to a hedged polyp ('Trol.'): the hedged diagnosis still counts")

C("s28g_ev_provocerad_vulvodyni", "skane", "1999-04-20", "826",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gyn", "Nadia Haddad", "läkare", "2024-02-29 15:30", [
      ("Anamnes", "Svidande smärta vid penetration sedan två år, kan inte använda tampong."),
      ("Status", "Vestibulum lätt rodnad, bomullstopptest positivt kl 5 och 7. Odlingar negativa."),
      ("Bedömning", "Ev. provocerad vulvodyni."),
      ("Planering", "Remiss vulvamottagningen, xylocainsalva tills vidare.")])],
  [["NL102", "n1"]], [],
  "'Ev.' before a diagnosis (vulvodynia), contrast to 'ev.' before plans")

C("s28g_vgr_mojlig_bakteriell_vaginos", "vgr", "1997-11-17", "282",
  [N("n1", "Melior", "Barnmorskeanteckning", "sas_gyn", "Elin Bergqvist", "barnmorska", "2024-03-13 09:55", [
      ("Status", "Tunna gråvita flytningar, pH 5,0, snifftest negativt."),
      ("Bedömning", "Möjlig bakteriell vaginos, två av fyra Amsel-kriterier."),
      ("Åtgärd", "Wetutstryk skickat, besked via 1177-meddelande.")])],
  [["NL102", "n1"]], [],
  "'Möjlig' before bacterial vaginosis in a midwife's visible note")

C("s28g_vgr_vulvar_hsil_ej_informerad", "vgr", "1974-12-15", "448",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_kolpo", "Ingrid Forsberg", "läkare", "2024-04-18 13:05", [
      ("PAD", "Px vä labium minus: vulvär HSIL (VIN 3), HPV-associerad."),
      ("Bedömning", "VIN 3. Pat är inte informerad om PAD, hon bad att få svaret vid ett besök och inte per telefon."),
      ("Planering", "Tid 25/4 för besked och planering av laserbehandling.")])],
  [["NL101", "n1"]], [],
  "confirmed vulvar HSIL (VIN 3) in visible Bedömning, patient not yet informed at her own request")

C("s28g_vgr_tidigare_misstanke_ej_bekraftad", "vgr", "1995-06-11", "860",
  [N("n1", "Melior", "Läkaranteckning", "su_ostra_endo", "Per Almqvist", "läkare", "2024-06-27 11:10", [
      ("Operationsfynd", "Diagnostisk laparoskopi: normala fynd i lilla bäckenet, inga endometriosförändringar, "
                          "peritoneala biopsier tagna."),
      ("Bedömning", "Tidigare misstanke om endometrios har inte bekräftats. Fortsatt smärtbehandling via smärtteamet.")])],
  [], [["NL102", "n1"]],
  "an earlier suspicion reported as not confirmed: negated, not a live hypothesis")

C("s28g_skane_th_mall_cais_tonaring", "skane", "2007-02-09", "260",
  [N("n1", "Melior", "Tidiga hypoteser", "sus_malmo_gyn", "Henrik Sjöberg", "läkare", "2024-07-25 14:45", [
      ("Utredning", "17-åring med primär amenorré, normal bröstutveckling, sparsam pubesbehåring. "
                    "VUL: uterus ej visualiserad, kort vagina."),
      ("Bedömning", "Misstänkt komplett androgenokänslighet (CAIS). Pat och mamma ej informerade om misstanken, "
                    "karyotyp och testosteron inväntas innan samtal med psykolog närvarande.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "a sensitive untold hypothesis kept in the Skåne Tidiga hypoteser template, 17-year-old reads her own journal")

C("s28g_vgr_tidiga_hyp_och_upprepad_i_bedomning", "vgr", "1963-08-19", "044",
  [N("n1", "Melior", "Läkaranteckning", "alingsas_gyn", "Karl Eriksson", "läkare", "2024-08-15 10:05", [
      ("Tidiga hypoteser", "Misstänkt granulosacellstumör, östradiol förhöjt hos postmenopausal kvinna."),
      ("Ultraljud", "Vä ovarium med 5 cm solid förändring, rikligt flöde. Endometrium 14 mm."),
      ("Bedömning", "Solid ovarialtumör vä, misstänkt granulosacellstumör. Remiss till Sahlgrenska gynonkologi.")])],
  [["NL102", "n1"]], [],
  "the hypothesis is under Tidiga hypoteser but also repeated hedged in the visible Bedömning of the same note")

C("s28g_vgr_om_pad_visar_cancer_villkor", "vgr", "1957-03-03", "408",
  [N("n1", "Melior", "Läkaranteckning", "nal_gyn", "Sofie Dahl", "läkare", "2024-09-19 08:50", [
      ("Ultraljud", "Endometrium 9 mm, homogent. Ingen vätska i kaviteten."),
      ("Åtgärd", "Endometriebiopsi tagen med Pipelle pga postmenopausal blödning."),
      ("Planering", "Om PAD visar cancer tas fallet upp på MDK, annars telefonsvar från mig om 2 v.")])],
  [], [["NL102", "n1"]],
  "a conditional ('om PAD visar cancer') is no hedged diagnosis of the patient")


# ================================================================ cases, part 9
# further hedge forms (positives)
C("s28g_endometrois_fragetecken_typo", "skane", "1996-01-22", "402",
  [N("n1", "Melior", "Mottagningsanteckning", "ystad_gyn", "Eva Persson", "läkare", "2024-01-24 14:55", [
      ("Aktuellt", "Dysmenorré sedan tonåren, nu även smärta vid ägglossning och vid samlag."),
      ("Bedömning", "Endometrois? Normal VUL utesluter inte ytlig sjukdom. Prövar p-piller i långcykel.")])],
  [["NL102", "n1"]], [],
  "typo in the diagnosis word itself ('Endometrois?') with a question-mark hedge")

C("s28g_lang_vgr_rmc_inte_uteslutet_hydrosalpinx", "vgr", "1989-10-16", "820",
  [N("n1", "Melior", "Läkaranteckning", "su_rmc", "Josefin Ek", "läkare", "2024-02-08 13:40", [
      ("Kontaktorsak", "Nybesök ofrivillig barnlöshet, remiss från Närhälsan Kungsten."),
      ("Anamnes", "35-årig kvinna, sambo med 37-årig man, försökt bli gravida i 2 år. G1P0, missfall v 8 "
                  "2021 utan skrapning. Regelbundna cykler 28-30 d, mens 5 d, måttlig dysmenorré. "
                  "Genomgången klamydia 2012, behandlad. Blindtarmsoperation med perforation i tonåren. "
                  "Frisk i övrigt, folsyra sedan ett år. Ej rökare, dricker sparsamt. BMI 24. "
                  "Partnern har ett barn sedan tidigare förhållande, inga kända sjukdomar."),
      ("Status", "AT gott. Gyn: yttre genitalia ua, portio slät. Bimanuellt ingen ömhet, ingen resistens."),
      ("Ultraljud", "Uterus anteflekterad, 7 cm, endometrium 8 mm trilaminärt, cykeldag 12. "
                    "Hö ovarium 14 antrala folliklar, vä 11. I hö adnexområde en avlång, slingrig "
                    "vätskefylld struktur 4 cm med ofullständiga septa, separat från ovariet."),
      ("Provsvar", "AMH 21 pmol/l. TSH 1,8. Rubella immun. Partnerns spermaprov normalt enligt WHO."),
      ("Bedömning", "Sekundär infertilitet. Med tanke på klamydia och perforerad appendicit är det inte "
                    "uteslutet att det finns en hydrosalpinx hö, vilket i så fall sänker chansen vid IVF."),
      ("Planering", "HyCoSy nästa cykel, cykeldag 7-10. Paret informerat om utredningsgången och att "
                    "laparoskopi kan bli aktuellt. Beräknad kötid till IVF cirka ett år, anmäls efter HyCoSy. "
                    "Fortsatt folsyra. Skriftlig information om HyCoSy och om antibiotikaprofylax i samband med "
                    "undersökningen skickas hem.")])],
  [["NL102", "n1"]], [],
  "long infertility chart where 'inte uteslutet att' hedges a hydrosalpinx in the middle of Bedömning")

C("s28g_rmc_trolig_mikroprolaktinom", "skane", "1993-07-13", "660",
  [N("n1", "Melior", "Läkaranteckning", "rmc_malmo", "Oskar Lindgren", "läkare", "2024-03-19 10:30", [
      ("Provsvar", "Prolaktin 2100 mIE/l vid upprepat prov, makroprolaktin negativt. TSH normalt."),
      ("Bedömning", "Hyperprolaktinemi med galaktorré och oligomenorré, trolig mikroprolaktinom."),
      ("Åtgärd", "MR hypofys. Remiss endokrinmottagningen.")])],
  [["NL102", "n1"]], [],
  "'trolig' before a pituitary microadenoma in a reproductive medicine note")

C("s28g_vgr_stark_misstanke_extrauterin", "vgr", "1991-12-03", "464",
  [N("n1", "Melior", "Läkaranteckning", "skas_gyn", "Linda Wikström", "läkare", "2024-04-13 03:15", [
      ("Status", "S-hCG 3400. VUL: tom kavitet, 2,5 cm inhomogen resistens vä adnex skild från ovariet, fri vätska."),
      ("Bedömning", "Stark misstanke om extrauterin graviditet vä."),
      ("Åtgärd", "Anmäld för akut laparoskopi. Pat fastar.")], signed=None)],
  [["NL102", "n1"]], [],
  "'Stark misstanke om' before ectopic pregnancy, unsigned draft")

C("s28g_vgr_kurator_trolig_ptsd_efter_sent_missfall", "vgr", "1987-05-29", "208",
  [N("n1", "Melior", "Kuratorsanteckning", "sas_gyn", "Ronja Fält", "kurator", "2024-05-06 10:00", [
      ("Samtal", "Sent missfall v 19 i februari. Återkommande mardrömmar, undviker sjukhusområdet, "
                 "skvätter till av ljud. Trolig PTSD efter missfallet."),
      ("Planering", "Remiss till psykolog för traumafokuserad behandling, stödsamtal hos mig under väntetiden.")])],
  [["NL102", "n1"]], [],
  "counsellor's hedged PTSD diagnosis in a visible VGR Melior note")

C("s28g_fragestallning_partiell_mola", "skane", "1990-11-21", "288",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gyn", "Jonas Fredriksson", "läkare", "2024-06-11 12:20", [
      ("Aktuellt", "Vakuumaspiration pga missed abortion v 9 för två veckor sedan. S-hCG har inte sjunkit som förväntat."),
      ("Frågeställning", "Partiell mola?"),
      ("Åtgärd", "Eftergranskning av PAD begärd, nytt hCG om en vecka.")])],
  [["NL102", "n1"]], [],
  "a one-line Frågeställning sökord holding a hedged molar pregnancy")

C("s28g_rmc_det_mesta_talar_for_asherman", "skane", "1986-08-26", "844",
  [N("n1", "Melior", "Läkaranteckning", "rmc_malmo", "Oskar Lindgren", "läkare", "2024-07-17 09:00", [
      ("Anamnes", "Tre skrapningar efter missfall 2021-2023. Sedan dess mycket sparsam mens."),
      ("Bedömning", "Det mesta talar för Ashermans syndrom. Hysteroskopi med adherenslösning planeras.")], signed=None)],
  [["NL102", "n1"]], [],
  "'Det mesta talar för' before Asherman's syndrome in visible Bedömning")

C("s28g_vgr_tel_trolig_candida", "vgr", "2004-04-08", "062",
  [N("n1", "Melior", "Telefonanteckning", "kungalv_gyn", "Agnes Holmberg", "sjuksköterska", "2024-08-08 11:45", [
      ("Telefonkontakt", "Klåda och vita, grynaktiga flytningar sedan 3 dagar, tog antibiotika mot halsfluss förra veckan."),
      ("Bedömning", "Trolig vulvovaginal candida."),
      ("Åtgärd", "Råd om receptfri behandling på apoteket, hör av sig om ingen förbättring på en vecka.")])],
  [["NL102", "n1"]], [],
  "nurse's telephone note with 'Trolig' before vulvovaginal candidiasis")

C("s28g_gynakut_trolig_rupturerad_corpus_luteum", "skane", "2001-03-12", "426",
  [N("n1", "Melior", "Läkaranteckning", "sus_malmo_gynakut", "Julia Rask", "läkare", "2024-09-14 21:35", [
      ("Status", "Negativt hCG. VUL: vä ovarium med 3 cm cysta med krenelerad vägg och ringformigt flöde, "
                 "måttlig mängd fri vätska med koagel. Hb 118, cirkulatoriskt stabil."),
      ("Bedömning", "Trolig rupturerad corpus luteum-cysta med hemoperitoneum."),
      ("Planering", "Inläggning för observation, nytt Hb kl 06.")])],
  [["NL102", "n1"]], [],
  "hedged ruptured corpus luteum cyst at the gynaecological emergency unit")

C("s28g_vulva_erosiv_lichen_planus_fragetecken", "skane", "1955-10-05", "022",
  [N("n1", "Melior", "Läkaranteckning", "csk_gyn", "Cecilia Runesson", "läkare", "2024-10-29 13:15", [
      ("Status", "Blankröda erosioner i vestibulum med vitaktig kant, synekier, vaginal slemhinna lättblödande."),
      ("Bedömning", "Erosiv lichen planus? Px från kanten av erosionen, klobetasol i väntan på svar.")])],
  [["NL102", "n1"]], [],
  "question mark after erosive lichen planus in visible Bedömning")


# ================================================================ build and validate
CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def build():
    out, problems = [], []

    def bad(case, msg):
        problems.append("%s: %s" % (case, msg))

    seen_names, sentences = set(), {}
    for c in CASES:
        name = c["case"]
        if name in seen_names:
            bad(name, "duplicate case name")
        seen_names.add(name)
        if not name.startswith("s28g_"):
            bad(name, "case name must start with s28g_")
        if c["ruleset"] not in ("skane", "vgr"):
            bad(name, "unknown ruleset")
        if not c["why"].strip():
            bad(name, "empty why")
        # patient
        try:
            bdate = _dt.date.fromisoformat(c["birth"])
        except ValueError:
            bad(name, "bad birth date")
            continue
        pid = pnr(c["birth"], c["serial"])
        ten = pid.replace("-", "")[2:]
        if len(ten) != 10 or luhn_check(ten[:9]) != int(ten[9]):
            bad(name, "personnummer fails Luhn")
        if pid[:8] != c["birth"].replace("-", ""):
            bad(name, "personnummer does not match birth_date")
        if int(c["serial"][2]) % 2 != 0:
            bad(name, "serial should mark a woman (even third digit)")
        # notes
        notes, ids, latest = [], set(), None
        for n in c["notes"]:
            unit = n["_unit_key"]
            if n["id"] in ids:
                bad(name, "duplicate note id " + n["id"])
            ids.add(n["id"])
            if c["ruleset"] == "vgr":
                if n["system"] != "Melior":
                    bad(name, "VGR case must be Melior")
                if unit in MELIOR_SKANE or unit in PMO_SKANE:
                    bad(name, "VGR case uses a Skåne unit")
            else:
                if n["system"] == "Melior" and unit not in MELIOR_SKANE:
                    bad(name, "Skåne Melior note must use a Skåne hospital unit")
                if n["system"] == "PMO" and unit not in PMO_SKANE:
                    bad(name, "Skåne PMO note must use a Skåne primary care unit")
            if n["system"] not in ("Melior", "PMO"):
                bad(name, "unknown system")
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                bad(name, "note time not in 2024")
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    bad(name, "signed time not in 2024 or before note time")
            latest = t if latest is None or t > latest else latest
            if not n["sections"]:
                bad(name, "note without sections")
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    bad(name, "empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            bad(name, "sentence repeated (first in %s): %r" % (sentences[sent][0], sent))
                        sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
            notes.append({k: n[k] for k in NOTE_KEYS})
        as_of = (latest + _dt.timedelta(days=7)).replace(hour=0, minute=0, second=0)
        if as_of.year != 2024:
            bad(name, "as_of not in 2024")
        age = as_of.year - bdate.year - ((as_of.month, as_of.day) < (bdate.month, bdate.day))
        if 13 <= age <= 15:
            bad(name, "patient aged 13-15")
        if age < 0 or age > 100:
            bad(name, "implausible age")
        # assertions
        systems = {n["id"]: n["system"] for n in c["notes"]}
        if not c["must"] and not c["must_not"]:
            bad(name, "no assertion")
        pairs = set()
        for lst in (c["must"], c["must_not"]):
            for code, target in lst:
                if code not in CODES:
                    bad(name, "unexpected code " + code)
                if target not in systems:
                    bad(name, "target note missing: " + target)
                    continue
                if (code, target) in pairs:
                    bad(name, "code asserted twice on one note")
                pairs.add((code, target))
                if code == "NL102" and systems[target] != "Melior" and lst is c["must"]:
                    bad(name, "NL102 must only on Melior")
                if code == "NL101" and systems[target] == "PMO":
                    bad(name, "NL101 asserted on PMO")
        for code, target in c["must"]:
            if code == "NL102" and systems.get(target) != "Melior":
                bad(name, "NL102 positive on non-Melior note")
        record = {
            "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": name, "ruleset": c["ruleset"], "record": record,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return out, problems


def main():
    cases, problems = build()
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev164_cases.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    stats = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    rs = {r: sum(1 for c in cases if c["ruleset"] == r) for r in ("skane", "vgr")}
    print("wrote %d cases to %s (skane %d, vgr %d)" % (len(cases), path, rs["skane"], rs["vgr"]))
    for code in sorted(stats):
        print("  %s must=%d must_not=%d" % (code, stats[code]["must"], stats[code]["must_not"]))


if __name__ == "__main__":
    main()
