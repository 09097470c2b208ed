#!/usr/bin/env python3
"""Held-out set s28h48: Swedish psychiatry notes (adults and BUP), NL101 and NL102.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
in the devset format and validates the set; it exits 1 on any problem.
Written independently from the regional routines (seeds) and the NL1 rule catalog.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "nl1_heldout48_cases.jsonl"
PREFIX = "s28h48_"

# key: (name, hsa_id, system, ruleset, default setting)
UNITS = {
    # Region Skåne, Melior (Psykiatri Skåne)
    "sk_allm_lund": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", "SE2321000255-4R71", "Melior", "skane", "öppenvård"),
    "sk_akut_malmo": ("Psykiatriska akutmottagningen Malmö", "SE2321000255-4T02", "Melior", "skane", "öppenvård"),
    "sk_avd_malmo": ("Vuxenpsykiatri heldygnsvård avd 62, Malmö", "SE2321000255-4V62", "Melior", "skane", "slutenvård"),
    "sk_avd_lund": ("Psykiatrisk heldygnsvård avd 3, Psykiatri Lund", "SE2321000255-4L03", "Melior", "skane", "slutenvård"),
    "sk_aff_malmo": ("Affektiva mottagningen Malmö", "SE2321000255-4A15", "Melior", "skane", "öppenvård"),
    "sk_psykos_lund": ("Psykosmottagning Lund, Psykiatri Skåne", "SE2321000255-4P20", "Melior", "skane", "öppenvård"),
    "sk_beroende_malmo": ("Beroendecentrum Malmö, mottagning Nord", "SE2321000255-4B33", "Melior", "skane", "öppenvård"),
    "sk_atstor_lund": ("Ätstörningscentrum Lund", "SE2321000255-4E41", "Melior", "skane", "öppenvård"),
    "sk_aldre_ystad": ("Äldrepsykiatriska mottagningen Ystad", "SE2321000255-4Y08", "Melior", "skane", "öppenvård"),
    "sk_np_landskrona": ("Neuropsykiatriska utredningsenheten Landskrona", "SE2321000255-4N12", "Melior", "skane", "öppenvård"),
    "sk_allm_kristianstad": ("Vuxenpsykiatrimottagning Kristianstad", "SE2321000255-4K27", "Melior", "skane", "öppenvård"),
    "sk_allm_trelleborg": ("Allmänpsykiatrisk mottagning Trelleborg", "SE2321000255-4T44", "Melior", "skane", "öppenvård"),
    "sk_ect_lund": ("ECT-enheten, Psykiatri Lund", "SE2321000255-4C09", "Melior", "skane", "öppenvård"),
    "sk_konsult_hbg": ("Psykiatriska konsultteamet, Helsingborgs lasarett", "SE2321000255-4H51", "Melior", "skane", "slutenvård"),
    "sk_allm_hbg": ("Allmänpsykiatrisk mottagning Helsingborg", "SE2321000255-4H18", "Melior", "skane", "öppenvård"),
    # Region Skåne, Melior (Barn- och ungdomspsykiatri)
    "sk_bup_malmo": ("BUP-mottagning Malmö", "SE2321000255-5M01", "Melior", "skane", "öppenvård"),
    "sk_bup_akut_lund": ("BUP Akut- och heldygnsvård Lund", "SE2321000255-5L10", "Melior", "skane", "slutenvård"),
    "sk_bup_np_hbg": ("BUP Neuropsykiatriskt team Helsingborg", "SE2321000255-5H22", "Melior", "skane", "öppenvård"),
    "sk_bup_kristianstad": ("BUP-mottagning Kristianstad", "SE2321000255-5K04", "Melior", "skane", "öppenvård"),
    "sk_bup_atstor": ("BUP Ätstörningsteam Lund", "SE2321000255-5E30", "Melior", "skane", "öppenvård"),
    "sk_bup_ystad": ("BUP-mottagning Ystad", "SE2321000255-5Y02", "Melior", "skane", "öppenvård"),
    # Region Skåne, PMO (primary care)
    "sk_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-2J64", "PMO", "skane", "öppenvård"),
    "sk_um_malmo": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-2U11", "PMO", "skane", "öppenvård"),
    "sk_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-2E19", "PMO", "skane", "öppenvård"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-2H37", "PMO", "skane", "öppenvård"),
    "sk_hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-2H38", "PMO", "skane", "öppenvård"),
    # Västra Götalandsregionen, Melior (vuxenpsykiatri)
    "vg_aff_su": ("Psykiatri Affektiva, mottagning 1, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011402", "Melior", "vgr", "öppenvård"),
    "vg_akut_su": ("Psykiatrisk akutmottagning, SU/Östra", "SE2321000131-E000000011377", "Melior", "vgr", "öppenvård"),
    "vg_psykos_su": ("Psykosmottagning Nordost, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011455", "Melior", "vgr", "öppenvård"),
    "vg_avd_sas": ("Psykiatrisk vårdavdelning 47, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000013021", "Melior", "vgr", "slutenvård"),
    "vg_avd_nu": ("Psykiatrisk heldygnsvård avd 53, NU-sjukvården Trollhättan", "SE2321000131-E000000012210", "Melior", "vgr", "slutenvård"),
    "vg_oppen_uddevalla": ("Psykiatrisk öppenvårdsmottagning Uddevalla, NU-sjukvården", "SE2321000131-E000000012236", "Melior", "vgr", "öppenvård"),
    "vg_np_sas": ("Neuropsykiatriska mottagningen, SÄS Borås", "SE2321000131-E000000013048", "Melior", "vgr", "öppenvård"),
    "vg_atstor_su": ("Ätstörningsenheten, SU/Mölndal", "SE2321000131-E000000011519", "Melior", "vgr", "öppenvård"),
    "vg_beroende_su": ("Beroendekliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011533", "Melior", "vgr", "öppenvård"),
    "vg_aldre_molndal": ("Äldrepsykiatriska mottagningen, SU/Mölndal", "SE2321000131-E000000011560", "Melior", "vgr", "öppenvård"),
    "vg_oppen_skovde": ("Allmänpsykiatrisk mottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014107", "Melior", "vgr", "öppenvård"),
    "vg_oppen_alingsas": ("Psykiatrisk mottagning, Alingsås lasarett", "SE2321000131-E000000014552", "Melior", "vgr", "öppenvård"),
    "vg_oppen_kungalv": ("Psykiatrimottagningen, Kungälvs sjukhus", "SE2321000131-E000000014688", "Melior", "vgr", "öppenvård"),
    "vg_ect_su": ("ECT-mottagningen, SU/Östra", "SE2321000131-E000000011391", "Melior", "vgr", "öppenvård"),
    "vg_konsult_nal": ("Konsultpsykiatri, NÄL Trollhättan", "SE2321000131-E000000012249", "Melior", "vgr", "slutenvård"),
}

ROLES = {"läkare", "sjuksköterska", "psykolog", "kurator", "skötare", "arbetsterapeut"}
CODES = {"NL101", "NL102"}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def N(nid, unit, template, author, time, sections, signed="auto", setting=None, system=None):
    """One note. author = (name, role); time = 'YYYY-MM-DDTHH:MM'; sections = [(keyword, text)]."""
    return {"_id": nid, "_unit": unit, "_template": template, "_author": author, "_time": time,
            "_sections": sections, "_signed": signed, "_setting": setting, "_system": system}


def C(name, ruleset, birth, sex, notes, must, must_not, why):
    CASES.append({"name": name, "ruleset": ruleset, "birth": birth, "sex": sex, "notes": notes,
                  "must": must, "must_not": must_not, "why": why})


# ============================ DATA ============================

# ---- part 1: hedged diagnoses in visible Melior notes (positives) ----
C("s28h48_allmpsyk_misstankt_bipolar2", "skane", "1991-05-23", "F",
  [N("n1", "sk_allm_lund", "Läkaranteckning", ("Johanna Ekdahl", "läkare"), "2024-02-14T10:30", [
      ("Aktuellt", "Nybesök efter remiss från vårdcentralen. Pat beskriver sedan tonåren återkommande perioder med nedstämdhet, men också veckor med minskat sömnbehov, ökad energi och impulsiva köp."),
      ("Psykiskt status", "Vaken, orienterad. God kontakt, adekvat affekt. Lätt forcerat tal. Inga psykotiska symtom. Förnekar suicidtankar."),
      ("Bedömning", "Misstänkt bipolär sjukdom typ II. Behöver longitudinell kartläggning med stämningsdagbok innan ställningstagande till stämningsstabiliserare."),
      ("Planering", "Stämningsdagbok 6 v. Återbesök dr i april.")])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "Misstänkt bipolär sjukdom typ II in visible Bedömning of a Skåne Melior note; nothing is said about telling the patient.")

C("s28h48_affektiva_trolig_recidiverande_depression", "vgr", "1978-11-02", "M",
  [N("n1", "vg_aff_su", "Läkaranteckning", ("Per-Olof Strand", "läkare"), "2024-01-29T13:05", [
      ("Anamnes", "45-årig man, lärare. Tidigare två depressiva episoder 2012 och 2019, båda behandlade i primärvården med SSRI."),
      ("Aktuellt", "Sedan jul tilltagande nedstämdhet, anhedoni, tidigt uppvaknande kl 04. Sjukskriven sedan tre veckor."),
      ("Bedömning", "Trolig recidiverande depressiv sjukdom, nu medelsvår episod. MADRS-S 27."),
      ("Åtgärd", "Sertralin 50 mg 1x1, titrering till 100 mg efter 2 v. Recept förnyat på zopiklon 5 mg.")])],
  [["NL102", "n1"]], [],
  "VGR Melior: 'Trolig recidiverande depressiv sjukdom' in Bedömning is a hedged diagnosis in a visible sökord.")

C("s28h48_psykos_kan_ej_utesluta_schizofreni", "skane", "2004-08-30", "M",
  [N("n1", "sk_psykos_lund", "Läkaranteckning", ("Hanna Wistrand", "läkare"), "2024-03-06T09:40", [
      ("Anamnes", "Remitterad från psykiatriska akutmottagningen efter att föräldrarna sökt med honom. Sedan i höstas social tillbakadragenhet, har avbrutit gymnasiet och sitter mest på rummet."),
      ("Status", "Affektfattig, sparsam i kontakten. Misstänksam mot grannarna, uppger att de 'skickar signaler' genom väggen. Ingen säker hörselhallucination."),
      ("Bedömning", "Prodromalfas med begynnande psykotiska symtom. Debuterande schizofreni kan ej uteslutas. Cannabisbruk förnekas, drogscreening beställd."),
      ("Närstående", "Mamma och pappa med vid besöket, de är oroliga och önskar tätare kontakt.")])],
  [["NL102", "n1"]], [],
  "'Debuterande schizofreni kan ej uteslutas' is an open (hedged) diagnosis in a visible Skåne Melior note; 'Misstänksam' in status is only a symptom.")

C("s28h48_psykakut_dd_drogutlost_psykos", "vgr", "1996-12-09", "M",
  [N("n1", "vg_akut_su", "Akutanteckning", ("Samir Haddad", "läkare"), "2024-06-08T02:40", [
      ("Kontaktorsak", "Ambulans efter polisens handräckning, funnen springande lättklädd på Avenyn."),
      ("Status", "Motoriskt orolig, tankeflykt, svarar inte adekvat på frågor. Pupiller vida. BT 138/92, puls 118, temp 37,6."),
      ("Bedömning", "Akut psykotiskt tillstånd. DD: drogutlöst psykos (amfetamin?) / akut polymorf psykos / mani med psykotiska symtom."),
      ("Åtgärd", "Inj Haldol 5 mg + T Stesolid 10 mg. Tox-screening urin. Intagning enl LPT, vårdintyg utfärdat.")])],
  [["NL102", "n1"]], [],
  "Telegraphic night note: 'DD: drogutlöst psykos / akut polymorf psykos' lists differential diagnoses in visible Bedömning.")

C("s28h48_bup_fragestallning_adhd_barn", "skane", "2014-10-11", "M",
  [N("n1", "sk_bup_np_hbg", "Utredningsanteckning", ("Malin Gustavsson", "psykolog"), "2024-04-03T14:00", [
      ("Frågeställning", "ADHD, kombinerad form? Remiss från elevhälsan p.g.a. koncentrationssvårigheter, impulsivitet och konflikter på rasterna."),
      ("Utredning", "Första testtillfället genomfört med WISC-V. Pojken kunde sitta still ca 15 min, därefter behov av paus och rörelse. Mamma satt i väntrummet."),
      ("Planering", "Skolobservation 18/4. Föräldraintervju (Kiddie-SADS) bokas med båda vårdnadshavarna.")])],
  [["NL102", "n1"]], [],
  "BUP, child of 9 (guardians read the journal): the question-marked 'ADHD, kombinerad form?' under sökord Frågeställning is a hedged diagnosis.")

C("s28h48_bup_talar_for_anorexi_16", "skane", "2007-09-02", "F",
  [N("n1", "sk_bup_atstor", "Läkaranteckning", ("Erik Sandell", "läkare"), "2024-03-11T11:20", [
      ("Anamnes", "Viktnedgång 9 kg sedan i somras. Äter inte frukost eller lunch i skolan, tränar löpning dagligen. Amenorré sedan 4 mån."),
      ("Status", "Längd 166 cm, vikt 44,8 kg, BMI 16,3. Puls 48 liggande, 64 stående. Lanugobehåring på armarna. Kalla händer."),
      ("Bedömning", "Helheten talar för anorexia nervosa av restriktiv typ. Bradykardin bedöms sekundär till undervikten, EKG tas idag."),
      ("Planering", "Familjebaserad behandling (FBT) startar. Måltidsplan med dietist. Kontroll av vikt och puls varje vecka på mottagningen.")])],
  [["NL102", "n1"]], [],
  "16-year-old reads her own BUP journal: 'talar för anorexia nervosa' is a hedged diagnosis in visible Bedömning.")

C("s28h48_atstor_forenligt_bulimi", "vgr", "1999-07-15", "F",
  [N("n1", "vg_atstor_su", "Bedömningssamtal", ("Linnea Falk", "psykolog"), "2024-04-22T10:00", [
      ("Aktuellt", "Hetsätningsepisoder 3–4 ggr/v sedan två år, följt av självframkallade kräkningar. Skäms mycket och har inte berättat för sambon."),
      ("Bedömning", "Bild förenlig med bulimia nervosa, medelsvår enligt DSM-5. Kaliumvärde kontrolleras."),
      ("Planering", "KBT-E erbjuds med start i maj. Läkarbesök för somatisk kontroll.")])],
  [["NL102", "n1"]], [],
  "'Bild förenlig med bulimia nervosa' is a hedged diagnosis in visible Bedömning (VGR); that she has not told her partner is not about the journal.")

C("s28h48_heldygn_susp_manisk_episod", "skane", "1971-03-19", "M",
  [N("n1", "sk_avd_malmo", "Inskrivningsanteckning", ("Ola Björk", "läkare"), "2024-07-21T23:10", [
      ("Kontaktorsak", "Inkommer med hustrun som berättar om fyra nätter utan sömn, stora inköp på kredit och att han sagt upp sig från jobbet."),
      ("Status", "Ökat taltempo, svår att avbryta, expansiv. Grandiosa idéer om att starta ett flygbolag. Ej hallucinerad. Sjukdomsinsikt saknas."),
      ("Bedömning", "Susp. manisk episod, första insjuknande. Organisk genes bör uteslutas, lab och DT hjärna imorgon."),
      ("Åtgärd", "Frivillig inskrivning. Olanzapin 10 mg till natten. Observationsnivå 2.")])],
  [["NL102", "n1"]], [],
  "Abbreviated hedge 'Susp. manisk episod' in an inpatient admission note (Skåne Melior).")

C("s28h48_np_inger_misstanke_ast", "vgr", "1992-12-28", "F",
  [N("n1", "vg_np_sas", "Psykologanteckning", ("Jonas Ahlgren", "psykolog"), "2024-05-08T15:30", [
      ("Testresultat", "WAIS-IV: GIQ 108, ojämn profil med hög verbal förmåga och låg bearbetningshastighet. ADOS-2 modul 4 genomförd."),
      ("Bedömning", "Resultaten från ADOS-2 och anamnesen från modern inger missanke om autismspektrumtillstånd utan intellektuell funktionsnedsättning."),
      ("Planering", "Sammanvägning i team 22/5.")])],
  [["NL102", "n1"]], [],
  "Psychologist's 'inger missanke om autismspektrumtillstånd' (typo in the hedge) is a hedged diagnosis in a visible VGR note.")

C("s28h48_beroende_trol_alkoholberoende", "skane", "1985-06-04", "M",
  [N("n1", "sk_beroende_malmo", "Läkaranteckning", ("Karin Mattsson", "läkare"), "2024-09-12T08:45", [
      ("Anamnes", "Dricker en flaska vin dagligen och sprit på helgerna. Morgonskakningar, har försökt sluta flera ggr. Partnern har gett honom ett ultimatum."),
      ("Lab", "PEth 1,8 µmol/L, GT 2,4, MCV 101."),
      ("Bedömning", "Trol. alkoholberoende, ev. även sömnmedelsberoende (zolpidem från flera förskrivare)."),
      ("Åtgärd", "Abstinensbehandling polikliniskt med oxazepam enligt schema. Akamprosat insatt.")])],
  [["NL102", "n1"]], [],
  "Abbreviated hedges 'Trol. alkoholberoende, ev. även sömnmedelsberoende' in a visible Skåne Melior note.")

C("s28h48_aldrepsyk_mojlig_alzheimer_dd_vaskular", "vgr", "1944-09-17", "F",
  [N("n1", "vg_aldre_molndal", "Läkaranteckning", ("Birgitta Lönn", "läkare"), "2024-10-02T09:15", [
      ("Anamnes", "Dottern beskriver tilltagande glömska i två år, mamman har gått vilse i bostadsområdet vid två tillfällen."),
      ("Status", "MMSE 22/30, klocktest bristfälligt. Neurologiskt ua."),
      ("Bedömning", "Kognitiv svikt med möjlig Alzheimers sjukdom, DD vaskulär demens med tanke på hypertoni och TIA 2019."),
      ("Planering", "DT hjärna, demensblodprover, remiss till minnesmottagningen för fortsatt utredning.")])],
  [["NL102", "n1"]], [],
  "Old-age psychiatry: 'möjlig Alzheimers sjukdom, DD vaskulär demens' is a hedged diagnosis in visible Bedömning.")

C("s28h48_psykolog_komplex_ptsd_fragetecken", "skane", "1989-02-08", "F",
  [N("n1", "sk_allm_trelleborg", "Psykologanteckning", ("Sara Nyberg", "psykolog"), "2024-02-27T13:00", [
      ("Samtal", "Tredje samtalet. Pat berättar om flera traumatiska händelser, bl.a. en allvarlig trafikolycka 2017 där hennes bästa vän omkom. Mardrömmar och flashbacks, undviker motorvägar."),
      ("Bedömning", "Komplex PTSD? PCL-5 54 p. Även dissociativa inslag."),
      ("Planering", "Fortsatt kartläggning, ställningstagande till traumafokuserad KBT.")])],
  [["NL102", "n1"]], [],
  "A bare question mark after the diagnosis ('Komplex PTSD?') is a hedge in visible Bedömning.")

C("s28h48_bup_sannolikt_ast_barn", "skane", "2012-11-30", "F",
  [N("n1", "sk_bup_malmo", "Läkaranteckning", ("Fredrik Ljung", "läkare"), "2024-05-16T10:10", [
      ("Anamnes", "Flicka i åk 5 med sociala svårigheter sedan förskolan och starka sensoriska känsligheter för ljud och kläder. Föräldrarna beskriver utbrott efter skoldagen."),
      ("Bedömning", "Sannolikt autismspektrumtillstånd. Utredning enligt NP-spåret påbörjas."),
      ("Planering", "Föräldrastöd i väntan på utredning, anpassningar i skolan diskuteras med specialpedagog.")])],
  [["NL102", "n1"]], [],
  "Child of 11 in BUP (guardians read): 'Sannolikt autismspektrumtillstånd' is hedged and visible.")

C("s28h48_typo_missankt_eips_vgr", "vgr", "2000-04-21", "F",
  [N("n1", "vg_oppen_uddevalla", "Läkaranteckning", ("Andreas Holm", "läkare"), "2024-08-19T14:25", [
      ("Aktuellt", "Tre besök på akuten senaste månaden efter självskada genom skärande på underarmarna. Relationer beskrivs som intensiva och instabila."),
      ("Bedömning", "Missänkt emotionellt instabil personlighetsstörning. SCID-5-PD planeras."),
      ("Åtgärd", "Krisplan upprättad tillsammans med pat. Telefonnummer till mottagningen och psykakuten givet.")])],
  [["NL102", "n1"]], [],
  "Typo in the hedge ('Missänkt') before emotionellt instabil personlighetsstörning in visible Bedömning (VGR).")

C("s28h48_typo_sannolkit_gad", "skane", "1979-10-10", "M",
  [N("n1", "sk_allm_kristianstad", "Mottagningsanteckning", ("Leila Karimi", "läkare"), "2024-11-05T15:50", [
      ("Aktuellt", "Ständig oro för ekonomin, barnens hälsa och jobbet. Spänningshuvudvärk, sover dåligt."),
      ("Bedömning", "Sannolkit generaliserat ångestsyndrom. GAD-7 16 p. Ingen depression enl MADRS."),
      ("Planering", "Internetbaserad KBT via Stöd och behandling på 1177. Uppföljning per telefon om 4 v.")], signed=None)],
  [["NL102", "n1"]], [],
  "Typo in the hedge ('Sannolkit') before generaliserat ångestsyndrom; the negated depression beside it does not cancel it Unsigned draft (pre-signing).")

# ---- part 2: negated, ruled-out, relatives', non-diagnostic and conditional hedges ----
C("s28h48_akut_ingen_misstanke_psykos", "skane", "1994-01-25", "M",
  [N("n1", "sk_akut_malmo", "Akutanteckning", ("Viktor Engström", "läkare"), "2024-01-13T03:15", [
      ("Kontaktorsak", "Söker själv pga ångest och sömnlöshet efter separation."),
      ("Status", "Ledsen, gråter under samtalet. Tankeinnehållet präglat av separationen. Ingen misstanke om psykos. Suicidtankar förnekas, har framtidsplaner med barnen."),
      ("Bedömning", "Akut krisreaktion. Skyddande faktorer överväger."),
      ("Åtgärd", "Propiomazin 25 mg till natten x 5. Remiss till allmänpsykiatrisk mottagning för krisstöd.")])],
  [], [["NL102", "n1"]],
  "Only negated hedge ('Ingen misstanke om psykos'); the diagnosis Akut krisreaktion is stated without hedge.")

C("s28h48_litiumkontroll_inga_tecken_mani_vgr", "vgr", "1987-06-30", "F",
  [N("n1", "vg_aff_su", "Telefonanteckning", ("Maria Olausson", "sjuksköterska"), "2024-05-27T09:05", [
      ("Telefonkontakt", "Pat ringer angående litiumkontrollen. Mår stabilt, sover 7 h/natt. Inga tecken på mani eller hypomani enligt pat och maken, som också deltar i samtalet."),
      ("Åtgärd", "S-litium 0,7 mmol/L, oförändrad dos. Ny kontroll om 3 mån, labremiss skickad.")])],
  [], [["NL102", "n1"]],
  "Nurse telephone note where mania is only mentioned as absent ('Inga tecken på mani eller hypomani').")

C("s28h48_bipolar_kan_uteslutas_pmdd", "skane", "1982-08-14", "F",
  [N("n1", "sk_aff_malmo", "Läkaranteckning", ("Gustav Rehn", "läkare"), "2024-06-18T11:30", [
      ("Bedömning", "Efter 8 månaders uppföljning med stämningsdagbok och partnerintervju kan bipolär sjukdom uteslutas. Svängningarna följer tydligt den premenstruella cykeln."),
      ("Diagnos", "Premenstruellt dysforiskt syndrom (N94.3)."),
      ("Planering", "Åter till vårdcentralen med förslag om SSRI i lutealfas.")])],
  [], [["NL102", "n1"]],
  "'kan bipolär sjukdom uteslutas' rules the diagnosis out (not 'kan ej uteslutas'); the remaining diagnosis is settled.")

C("s28h48_talar_emot_atstorning_vgr", "vgr", "2004-11-05", "M",
  [N("n1", "vg_atstor_su", "Bedömningssamtal", ("Ida Sjöberg", "psykolog"), "2024-02-09T13:30", [
      ("Aktuellt", "Remitterad p.g.a. viktnedgång 6 kg under gymnasiets sista termin. Beskriver aptitlöshet i samband med stress inför studenten."),
      ("Bedömning", "Talar emot ätstöring: ingen kroppsuppfattningsstörning, ingen rädsla för viktuppgång och han vill gärna gå upp i vikt. BMI 20,1."),
      ("Planering", "Avslutas på enheten. Åter till vårdcentralen för uppföljning av vikten.")])],
  [], [["NL102", "n1"]],
  "'Talar emot ätstöring' (typo in the diagnosis word) argues against the diagnosis; not a hedged diagnosis of the patient.")

C("s28h48_np_adhd_misstanken_avskrivs", "skane", "1997-05-19", "M",
  [N("n1", "sk_np_landskrona", "Läkaranteckning", ("Cecilia Brandt", "läkare"), "2024-10-24T14:10", [
      ("Sammanfattning", "Neuropsykiatrisk utredning slutförd. Uppmärksamhetssvårigheterna debuterade först i vuxen ålder i samband med sömnproblem och högt alkoholintag."),
      ("Bedömning", "ADHD-misstanken avskrivs, kriterierna för tidig debut och genomgripande funktionsnedsättning är inte uppfyllda."),
      ("Planering", "Sömnskola och AUDIT-uppföljning via vårdcentralen.")])],
  [], [["NL102", "n1"]],
  "'ADHD-misstanken avskrivs' contains the word misstanke but the suspicion is written off.")

C("s28h48_hereditet_pappa_troligen_schizofreni_vgr", "vgr", "2001-03-03", "M",
  [N("n1", "vg_psykos_su", "Läkaranteckning", ("Elin Warg", "läkare"), "2024-03-14T10:00", [
      ("Anamnes", "Inremitterad för bedömning av sömnproblem och social ångest."),
      ("Hereditet", "Pappan troligen schizofreni, har aldrig varit i kontakt med psykiatrin men levt isolerad och misstänksam i många år. Farmor depression."),
      ("Status", "Lugn, god kontakt. Inga psykotiska symtom framkommer. Ingen suicidalitet."),
      ("Bedömning", "Socialt ångestsyndrom. KBT i grupp erbjuds.")])],
  [], [["NL102", "n1"]],
  "The only hedged diagnosis belongs to the father (Hereditet); the patient's own diagnosis is stated plainly.")

C("s28h48_bup_mamma_misstanker_egen_adhd", "skane", "2015-09-09", "M",
  [N("n1", "sk_bup_kristianstad", "Kuratorsanteckning", ("Anneli Persson", "kurator"), "2024-02-20T15:00", [
      ("Samtal", "Samtal med mamma om situationen hemma. Mamma berättar att hon själv länge misstänkt att hon har ADHD och nu står i kö för utredning inom vuxenpsykiatrin. Pappan arbetar skift och är sällan med på besöken."),
      ("Åtgärd", "Information om föräldrautbildningen Komet given. Nytt samtal om 3 v.")])],
  [], [["NL102", "n1"]],
  "Child's BUP record: the suspected ADHD is the mother's own, not the patient's.")

C("s28h48_ev_dosokning_escitalopram_vgr", "vgr", "1965-12-12", "F",
  [N("n1", "vg_oppen_kungalv", "Telefonanteckning", ("Tomas Lind", "läkare"), "2024-04-11T11:40", [
      ("Telefonkontakt", "Uppföljning efter 4 v på escitalopram 10 mg. Något bättre sömn, fortsatt låg energi. Inga biverkningar."),
      ("Bedömning", "Känd depression, partiell respons. Ev. dosökning till 15 mg vid nästa kontakt om ingen ytterligare förbättring."),
      ("Planering", "Ny telefontid om 2 v.")])],
  [], [["NL102", "n1"]],
  "'Ev.' hedges a dose change (a plan); the depression itself is known and unhedged.")

C("s28h48_typo_trollig_utskrivning_fredag", "skane", "1976-07-07", "M",
  [N("n1", "sk_avd_lund", "Omvårdnadsanteckning", ("Jenny Åkesson", "sjuksköterska"), "2024-08-28T19:30", [
      ("Omvårdnad", "Vårdas för återinsjuknande i känd paranoid schizofreni, nu i god förbättring. Lugn under dagen, deltog i promenadgruppen och tar sin medicin utan påminnelse. Trollig utskrivning på fredag enligt dr, pat glad över beskedet."),
      ("Närstående", "Systern ringde och frågade om besökstider, informerad om att besök går bra eftermiddagar.")])],
  [], [["NL102", "n1"]],
  "Typo in a non-diagnostic hedge ('Trollig utskrivning'): the hedge is on the discharge day, the schizophrenia is known.")

C("s28h48_natt_mojligen_hallucinationer_vgr", "vgr", "1960-10-23", "F",
  [N("n1", "vg_avd_nu", "Omvårdnadsanteckning", ("Kent Magnusson", "skötare"), "2024-09-15T06:20", [
      ("Omvårdnad", "Nattpersonal rapporterar att pat pratat högt för sig själv kring kl 02, möjligen hallucinationer. Somnade om efter en kopp te och en stunds samtal."),
      ("Åtgärd", "Rapporterat till dagläkaren. Fortsatt observation.")])],
  [], [["NL102", "n1"]],
  "'möjligen hallucinationer' hedges a symptom, not a diagnosis.")

C("s28h48_sambo_ringer_fragetecken_suicidtankar", "skane", "1990-09-15", "M",
  [N("n1", "sk_allm_trelleborg", "Telefonanteckning", ("Lotta Westin", "sjuksköterska"), "2024-03-02T13:45", [
      ("Telefonkontakt", "Sambon ringer oroad, pat har skickat ett avskedsliknande sms. ? suicidtankar. Pat själv inte nåbar på mobilen."),
      ("Åtgärd", "Polis kontaktad för hembesök. Jourhavande läkare informerad. Ny kontakt med sambon kl 16.")])],
  [], [["NL102", "n1"]],
  "The question mark hedges suicidal thoughts, which are a symptom and no diagnosis.")

C("s28h48_villkor_vid_misstanke_litiumintox_vgr", "vgr", "1956-04-29", "M",
  [N("n1", "vg_aff_su", "Läkaranteckning", ("Rebecka Dahl", "läkare"), "2024-07-03T10:20", [
      ("Läkemedel", "Litium 42 mmol x 2, S-Li 0,8. Krea 98, eGFR 62."),
      ("Information", "Vid misstanke om litiumintoxikation – darrningar, diarré, ostadighet eller förvirring – ska pat omedelbart söka akut och hoppa över kvällsdosen. Hustrun närvarande och har fått skriftlig information."),
      ("Bedömning", "Stabil bipolär sjukdom typ I, inga episoder sedan 2018.")])],
  [], [["NL102", "n1"]],
  "'Vid misstanke om litiumintoxikation' is a conditional safety instruction, not a suspicion about the patient now.")

C("s28h48_bekraftad_schizofreni_depa_vgr", "vgr", "1984-07-17", "M",
  [N("n1", "vg_psykos_su", "Läkaranteckning", ("Hassan Jaber", "läkare"), "2024-11-20T09:30", [
      ("Diagnos", "Schizofreni, paranoid form (F20.0), känd sedan 2015."),
      ("Aktuellt", "Depåinjektion var 4:e vecka med paliperidon. Bor i eget boende med boendestöd. Goda relationer med modern."),
      ("Bedömning", "Stabilt psykiskt tillstånd. Fortsatt depåbehandling.")])],
  [], [["NL102", "n1"]],
  "Settled, long-known diagnosis with no hedge.")

C("s28h48_skane_mall_tidiga_hypoteser_eips", "skane", "2003-10-30", "F",
  [N("n1", "sk_allm_lund", "Tidiga hypoteser", ("Johanna Ekdahl", "läkare"), "2024-04-09T16:05", [
      ("Bedömning", "Misstänkt emotionellt instabil personlighetsstörning, för tidigt att ställa diagnos mitt i pågående kris. Tas upp igen efter stabilisering.")])],
  [], [["NL102", "n1"]],
  "Skåne: the hedged diagnosis is written in the protected template Tidiga hypoteser, so nothing hedged is visible.")

C("s28h48_vgr_sokord_tidiga_hypoteser_cyklotymi", "vgr", "1978-02-19", "F",
  [N("n1", "vg_oppen_skovde", "Läkaranteckning", ("Magnus Fors", "läkare"), "2024-05-02T14:35", [
      ("Aktuellt", "Återbesök. Fortsatt svängande mående, arbetar heltid. Sover 6–7 h."),
      ("Tidiga hypoteser", "Möjlig cyklotymi; vill följa förloppet ytterligare innan detta tas upp med pat."),
      ("Planering", "Återbesök om 6 v med stämningsskattning.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "VGR: the hedged and not-yet-told diagnosis sits only under the protected sökord Tidiga hypoteser; visible sections hold no diagnosis.")

# ---- part 3: PMO, confirmed after suspicion, more hard negatives ----
C("s28h48_pmo_vc_kurator_misstankt_utmattning", "skane", "1974-11-11", "F",
  [N("n1", "sk_vc_linero", "Besöksanteckning", ("Helena Roos", "kurator"), "2024-01-24T10:00", [
      ("Samtal", "Tredje samtalet. Beskriver kognitiv trötthet, minnesluckor och ljudkänslighet efter lång tids hög arbetsbelastning."),
      ("Bedömning", "Misstänkt utmattningssyndrom, läkaren har tagit ställning till sjukskrivning.")])],
  [], [["NL102", "n1"]],
  "PMO (vårdcentral) never shows diagnoses, so the hedged utmattningssyndrom is not a visible hypothesis.")

C("s28h48_pmo_ungdomsmott_trolig_depression", "skane", "2006-08-08", "M",
  [N("n1", "sk_um_malmo", "Besöksanteckning", ("Nora Eklund", "kurator"), "2024-03-20T15:15", [
      ("Kontaktorsak", "Kommer på drop-in, har svårt att ta sig till skolan."),
      ("Samtal", "Beskriver nedstämdhet i tre månader, sover dåligt och har slutat träna fotboll. Tycker det är jobbigt hemma efter att föräldrarna separerat."),
      ("Bedömning", "Trolig depression, behöver läkarbedömning. Suicidrisken bedöms som låg."),
      ("Åtgärd", "Tid hos ungdomsmottagningens läkare på torsdag.")])],
  [], [["NL102", "n1"]],
  "Ungdomsmottagning in PMO, 17-year-old: the hedged depression is in PMO, where diagnoses are never shown.")

C("s28h48_pmo_vc_depression_dd_bipolar", "skane", "1991-06-26", "F",
  [N("n1", "sk_vc_eslov", "Besöksanteckning", ("Anders Hjort", "läkare"), "2024-06-04T08:50", [
      ("Aktuellt", "Återkommer för uppföljning av sertralin. Sambon har noterat perioder med extremt mycket energi och pratighet."),
      ("Bedömning", "Depression, DD bipolär sjukdom? Sertralin sätts ut."),
      ("Åtgärd", "Remiss till allmänpsykiatrin för diagnostisk bedömning.")])],
  [], [["NL102", "n1"]],
  "DD and a question mark in a PMO note: not asserted as a visible hypothesis because PMO does not show diagnoses.")

C("s28h48_bipolar2_nu_faststalld_vgr", "vgr", "1988-09-03", "M",
  [N("n1", "vg_oppen_alingsas", "Läkaranteckning", ("Sofia Bergqvist", "läkare"), "2024-02-15T13:20", [
      ("Bedömning", "Bipolär sjukdom typ II, som först misstänktes hösten 2022, är nu fastställd efter strukturerad diagnostisk intervju och två dokumenterade hypomana episoder."),
      ("Åtgärd", "Lamotrigin upptitreras enligt schema. Pat och sambon har fått information om sjukdomen och läkemedlet.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "The earlier suspicion is history; the diagnosis is now settled and the patient has been informed.")

C("s28h48_typo_ingen_misstake_om_schizofreni", "skane", "2002-05-14", "F",
  [N("n1", "sk_psykos_lund", "Läkaranteckning", ("Hanna Wistrand", "läkare"), "2024-09-30T10:45", [
      ("Bedömning", "Ingen misstake om schizofreni. De upplevelser pat beskriver är hypnagoga och förekommer endast vid insomnandet."),
      ("Planering", "Avslut på psykosmottagningen. Sömnhygienråd, återremiss till vårdcentralen.")])],
  [], [["NL102", "n1"]],
  "Typo in the negation ('Ingen misstake om schizofreni'): still a ruled-out diagnosis.")

C("s28h48_organisk_genes_utesluten_vgr", "vgr", "1963-12-20", "M",
  [N("n1", "vg_avd_sas", "Läkaranteckning", ("Annika Rydén", "läkare"), "2024-10-14T11:00", [
      ("Utredning", "DT hjärna utan anmärkning. TSH, B12, folat och kalcium normala. Organisk genes till psykosen utesluten."),
      ("Bedömning", "Svår depressiv episod med psykotiska symtom (F32.3). Fortsatt ECT-serie, nu 6 av planerade 10.")])],
  [], [["NL102", "n1"]],
  "Organic cause is ruled out ('utesluten') and the depression is stated as settled; no hedged diagnosis stands.")

C("s28h48_bup_ingenting_talar_for_autism", "skane", "2017-07-22", "M",
  [N("n1", "sk_bup_np_hbg", "Läkaranteckning", ("Mats Ekberg", "läkare"), "2024-11-27T13:30", [
      ("Återkoppling", "Återkopplingssamtal med båda föräldrarna efter utredningen. Ingenting talar för autism; pojken har god ömsesidig kommunikation och lekförmåga."),
      ("Bedömning", "Språkstörning, expressiv typ (F80.1), enligt logopedbedömning."),
      ("Planering", "Fortsatt kontakt med logoped. Avslut på BUP.")])],
  [], [["NL102", "n1"]],
  "'Ingenting talar för autism' negates the hedge phrase 'talar för'; the language disorder is confirmed.")

C("s28h48_ej_forenligt_med_bipolar_vgr", "vgr", "1996-02-02", "F",
  [N("n1", "vg_oppen_uddevalla", "Läkaranteckning", ("Andreas Holm", "läkare"), "2024-03-26T15:00", [
      ("Bedömning", "Humörsvängningarna är kortvariga, timmar snarare än dagar, och utlöses av relationella konflikter, vilket inte är förenligt med bipolär sjukdom."),
      ("Planering", "Erbjuds DBT-färdighetsträning i grupp.")])],
  [], [["NL102", "n1"]],
  "'inte är förenligt med bipolär sjukdom' negates 'förenligt med'; no hedged diagnosis of the patient.")

C("s28h48_bup_ingen_anledning_misstanka_atstorning", "skane", "2006-10-17", "F",
  [N("n1", "sk_bup_malmo", "Läkaranteckning", ("Fredrik Ljung", "läkare"), "2024-02-01T09:20", [
      ("Anamnes", "Remiss från skolsköterskan pga viktnedgång 3 kg. Pat berättar om en magsjuka som pågick i tre veckor i januari."),
      ("Status", "Vikt 57 kg, längd 165 cm. Vitalparametrar ua."),
      ("Bedömning", "Ingen anledning att misstänka ätstörning; viktnedgången förklaras av infektionen och vikten är nu stigande.")])],
  [], [["NL102", "n1"]],
  "17-year-old in BUP: 'Ingen anledning att misstänka ätstörning' is a negated suspicion.")

C("s28h48_trolig_dalig_foljsamhet_klozapin_vgr", "vgr", "1972-10-08", "M",
  [N("n1", "vg_oppen_skovde", "Sjuksköterskeanteckning", ("Eva Nordin", "sjuksköterska"), "2024-06-25T14:00", [
      ("Aktuellt", "Hembesök tillsammans med boendestödjaren. Dosetten för två veckor till stor del orörd."),
      ("Bedömning", "Trolig dålig följsamhet till klozapinbehandlingen senaste veckorna. Pat förnekar detta men är mer misstänksam än vanligt."),
      ("Åtgärd", "Kontakt med ansvarig läkare, P-klozapin tas i morgon.")])],
  [], [["NL102", "n1"]],
  "'Trolig' hedges adherence (a behaviour), not a diagnosis.")

C("s28h48_aldre_kurator_oklart_om_boende", "skane", "1940-08-19", "F",
  [N("n1", "sk_aldre_ystad", "Kuratorsanteckning", ("Gunilla Holst", "kurator"), "2024-05-13T10:30", [
      ("Social situation", "Bor ensam i hyreslägenhet, hemtjänst tre gånger dagligen. Sonen i Stockholm ringer varje dag."),
      ("Bedömning", "Oklart om pat kommer att kunna bo kvar hemma efter vårdtiden, SIP planeras med kommunen."),
      ("Åtgärd", "Kontakt tagen med biståndshandläggaren.")])],
  [], [["NL102", "n1"]],
  "'Oklart om' concerns housing after discharge, not a diagnosis.")

C("s28h48_sonen_misstankt_adhd_mor_pat", "skane", "1981-04-04", "F",
  [N("n1", "sk_allm_kristianstad", "Läkaranteckning", ("Leila Karimi", "läkare"), "2024-04-17T09:10", [
      ("Social situation", "Ensamstående med två barn. Sonen har en misstänkt ADHD och utreds på BUP, vilket tar mycket energi."),
      ("Bedömning", "Anpassningsstörning (F43.2) med ångest och nedstämdhet relaterat till den samlade belastningen."),
      ("Åtgärd", "Sjukskrivning 50 % i 4 v. Kontakt med mottagningens kurator.")])],
  [], [["NL102", "n1"]],
  "The suspected ADHD is the son's; the patient's own diagnosis is stated plainly.")

C("s28h48_fragestallning_sjukskrivning_vgr", "vgr", "1968-01-16", "M",
  [N("n1", "vg_oppen_alingsas", "Läkaranteckning", ("Sofia Bergqvist", "läkare"), "2024-08-22T10:40", [
      ("Frågeställning", "Från Försäkringskassan via vårdcentralen: behov av fortsatt sjukskrivning?"),
      ("Bedömning", "Recidiverande depression, nu i partiell remission. Klarar 50 % i anpassat arbete från 1/9.")])],
  [], [["NL102", "n1"]],
  "Sökord Frågeställning and a question mark, but the question is about sick leave; the diagnosis is stated plainly.")

C("s28h48_konsult_ingen_bild_som_vid_delirium", "skane", "1949-11-29", "M",
  [N("n1", "sk_konsult_hbg", "Konsultationsanteckning", ("Ulf Kronqvist", "läkare"), "2024-12-03T14:15", [
      ("Frågeställning", "Konsult från ortopeden, pat oroligare kvällstid efter höftoperation."),
      ("Status", "Vaken, orienterad till tid, rum och person. Följer samtalet väl, uppmärksamheten intakt. Ingen bild som vid delirium."),
      ("Bedömning", "Oron kopplad till smärta och sömnbrist. Smärtlindringen ses över av ortopeden.")])],
  [], [["NL102", "n1"]],
  "'Ingen bild som vid delirium' negates the hedge 'bild som vid'.")

# ---- part 4: diagnoses in visible notes that the patient has not been told ----
C("s28h48_schizofreni_ej_informerad_vgr", "vgr", "1999-10-06", "M",
  [N("n1", "vg_psykos_su", "Läkaranteckning", ("Elin Warg", "läkare"), "2024-04-25T13:10", [
      ("Diagnos", "Schizofreni (F20.9). Kriterierna uppfylls efter 8 månaders uppföljning."),
      ("Information", "Pat är ännu inte informerad om diagnosen. Beskedet planeras vid nästa samtal, med föräldrarna närvarande enligt pat:s egen önskan.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Settled schizophrenia under sökord Diagnos while the note says the patient is not yet informed (VGR Melior).")

C("s28h48_np_ast_besked_ej_givet", "skane", "2001-12-13", "F",
  [N("n1", "sk_np_landskrona", "Psykologanteckning", ("Tove Lindahl", "psykolog"), "2024-06-03T11:00", [
      ("Sammanfattning", "Kriterierna för autismspektrumtillstånd utan intellektuell funktionsnedsättning är uppfyllda enligt sammanvägd bedömning i teamet."),
      ("Planering", "Pat har ännu inte fått besked om resultatet, återgivningssamtal bokat 14/6 med psykolog och läkare.")])],
  [["NL101", "n1"]], [],
  "Autism diagnosis stated in the team summary; the patient has not yet been given the result.")

C("s28h48_heldygn_ska_ej_informeras_forran", "skane", "1993-07-27", "F",
  [N("n1", "sk_avd_malmo", "Läkaranteckning", ("Ola Björk", "läkare"), "2024-10-08T10:15", [
      ("Bedömning", "Schizofreniform psykos (F20.8). Fortsatt hörselhallucinationer men mindre ångestfylld."),
      ("Överväganden", "Pat ska inte informeras om diagnosen förrän de psykotiska symtomen klingat av och hon kan ta till sig informationen.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "The note says the patient must not be told the diagnosis yet, while the diagnosis stands in visible Bedömning.")

C("s28h48_hypotyreos_provsvar_ej_meddelat_vgr", "vgr", "1984-03-09", "F",
  [N("n1", "vg_aff_su", "Läkaranteckning", ("Rebecka Dahl", "läkare"), "2024-02-06T16:20", [
      ("Lab", "TSH 28 mIE/L, fritt T4 7 pmol/L. Hypotyreos. Pat står på litium sedan 2016."),
      ("Åtgärd", "Pat ännu ej informerad om provsvaret, sjuksköterska ringer henne i morgon förmiddag. Levaxin 50 µg förskrivs.")])],
  [["NL101", "n1"]], [],
  "Lab-based diagnosis (hypotyreos) is visible while the patient has not yet been told the result.")

C("s28h48_aldre_alzheimer_dottern_vill_vara_med", "skane", "1942-06-12", "M",
  [N("n1", "sk_aldre_ystad", "Läkaranteckning", ("Per Wallin", "läkare"), "2024-09-10T10:00", [
      ("Bedömning", "Demens vid Alzheimers sjukdom med sen debut (F00.1) enligt genomförd minnesutredning."),
      ("Information", "Pat ej informerad ännu. Dottern önskar närvara vid beskedet, nytt besök bokat om två veckor.")])],
  [["NL101", "n1"]], [],
  "Alzheimer diagnosis visible; the patient himself has not been told (the daughter wants to attend).")

C("s28h48_typo_ej_informrad_bipolar1_vgr", "vgr", "1995-05-05", "M",
  [N("n1", "vg_avd_nu", "Läkaranteckning", ("Karl Fredén", "läkare"), "2024-07-12T09:45", [
      ("Bedömning", "Bipolär sjukdom typ I, aktuellt manisk episod med psykotiska symtom (F31.2)."),
      ("Information", "Pat ej informrad om diagnosen då han fortfarande är svårt manisk, tas upp när han stabiliserats.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Typo in the key word ('ej informrad'): the bipolar diagnosis is visible and not yet told.")

C("s28h48_bup_anorexi_17_ej_fatt_veta", "skane", "2007-01-21", "F",
  [N("n1", "sk_bup_atstor", "Läkaranteckning", ("Erik Sandell", "läkare"), "2024-04-16T14:30", [
      ("Diagnos", "Anorexia nervosa, restriktiv typ (F50.0)."),
      ("Planering", "Pat har ännu inte fått veta diagnosen. Den meddelas vid familjesamtalet på tisdag tillsammans med föräldrarna.")], signed=None)],
  [["NL101", "n1"]], [],
  "17-year-old reads her own BUP notes; the diagnosis is written while she has not been told it Unsigned draft (pre-signing).")

C("s28h48_ptsd_ej_kommunicerad_sedan_informerad_vgr", "vgr", "1977-08-25", "F",
  [N("n1", "vg_oppen_kungalv", "Psykologanteckning", ("Johan Alm", "psykolog"), "2024-09-03T10:30", [
      ("Bedömning", "Posttraumatiskt stressyndrom (F43.1) efter arbetsolyckan i mars. Diagnosen har ännu inte kommunicerats med patienten.")]),
   N("n2", "vg_oppen_kungalv", "Läkaranteckning", ("Tomas Lind", "läkare"), "2024-09-17T13:00", [
      ("Information", "Genomgång av psykologens bedömning. Pat informerad om diagnosen PTSD och om behandlingsalternativen, hon väljer traumafokuserad KBT.")])],
  [["NL101", "n1"]], [["NL101", "n2"]],
  "Earlier note states PTSD and that it is not yet communicated (flag n1); the later note tells the patient and must not be flagged.")

C("s28h48_eips_ej_delgiven_kris", "skane", "1998-11-19", "F",
  [N("n1", "sk_allm_lund", "Läkaranteckning", ("Johanna Ekdahl", "läkare"), "2024-05-21T15:40", [
      ("Bedömning", "Emotionellt instabil personlighetsstörning, impulsiv typ, uppfyller 6 av 9 kriterier."),
      ("Överväganden", "Diagnosen har inte delgivits pat än, då vi bedömer att beskedet i nuläget kan förvärra den akuta krisen.")])],
  [["NL101", "n1"]], [],
  "'har inte delgivits pat än' about a personality-disorder diagnosis written in visible Bedömning.")

C("s28h48_beroende_alkohol_ej_informerad_vgr", "vgr", "1964-09-27", "M",
  [N("n1", "vg_beroende_su", "Läkaranteckning", ("Lars Åberg", "läkare"), "2024-03-05T09:25", [
      ("Bedömning", "Alkoholberoende (F10.2), uppfyller 4 av 6 ICD-10-kriterier."),
      ("Planering", "Pat ännu ej informerad om att kriterierna för beroende är uppfyllda. Tas upp i MI-samtal nästa vecka.")])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Alcohol dependence stated as a diagnosis while the patient has not been informed of it.")

C("s28h48_litium_njursjukdom_ej_underrattad", "skane", "1961-10-01", "F",
  [N("n1", "sk_aff_malmo", "Läkaranteckning", ("Gustav Rehn", "läkare"), "2024-11-12T11:50", [
      ("Lab", "Krea 148, eGFR 34, stadig försämring senaste två åren."),
      ("Bedömning", "Kronisk njursjukdom stadium 3b enligt nefrologkonsult. Litium behöver sättas ut."),
      ("Åtgärd", "OBS: pat ej underrättad ännu om njursjukdomen, besked ges personligen på torsdag.")])],
  [["NL101", "n1"]], [],
  "A somatic diagnosis found in psychiatric follow-up (kronisk njursjukdom) is visible and the patient is not yet told.")

C("s28h48_typo_inte_infomerad_ocd", "skane", "1989-06-18", "M",
  [N("n1", "sk_allm_trelleborg", "Läkaranteckning", ("Martin Sjögren", "läkare"), "2024-01-30T14:05", [
      ("Diagnos", "Tvångssyndrom med blandade tvångstankar och tvångshandlingar (F42.2)."),
      ("Information", "Pat är inte infomerad om diagnosen ännu, psykologen går igenom Y-BOCS-resultatet med honom först.")])],
  [["NL101", "n1"]], [],
  "Typo in the key word ('inte infomerad'): OCD diagnosis visible, patient not yet told.")

C("s28h48_korsakoff_kanner_inte_till_vgr", "vgr", "1959-04-14", "M",
  [N("n1", "vg_avd_sas", "Omvårdnadsanteckning", ("Pia Ström", "sjuksköterska"), "2024-08-07T20:10", [
      ("Omvårdnad", "Desorienterad till tid, fabulerar om besök som inte ägt rum. Behöver stöd vid hygien."),
      ("Information", "Patienten känner inte till dignosen alkoholbetingat amnestiskt syndrom (Korsakoff) som ställdes igår. Dr ger besked vid ronden i morgon tillsammans med sonen.")])],
  [["NL101", "n1"]], [],
  "Nurse note: 'känner inte till dignosen' (typo in the key word) with the diagnosis named in a visible section.")

C("s28h48_tel_dr_vill_ge_besked_adhd", "skane", "2003-12-24", "M",
  [N("n1", "sk_allm_kristianstad", "Telefonanteckning", ("Mira Holmgren", "sjuksköterska"), "2024-02-26T10:35", [
      ("Telefonkontakt", "Pat ringer och undrar över resultatet av utredningen. Den visar ADHD, kombinerad form, men dr vill själv ge beskedet, så pat är inte underrättad om diagnosen. Tid hos dr 5/3 bekräftad.")])],
  [["NL101", "n1"]], [],
  "One-section phone note naming the ADHD diagnosis and stating the patient is not told.")

C("s28h48_np_intellektuell_fn_aterkoppling_ej_gjord_vgr", "vgr", "2005-02-11", "F",
  [N("n1", "vg_np_sas", "Psykologanteckning", ("Jonas Ahlgren", "psykolog"), "2024-09-19T13:40", [
      ("Testresultat", "WAIS-IV: GIQ 63, jämn profil. Adaptiv förmåga enligt ABAS-3 under förväntad nivå i samtliga domäner."),
      ("Bedömning", "Lindrig intellektuell funktionsnedsättning (F70)."),
      ("Planering", "Återkoppling till pat har inte gjorts. Hon ska få resultatet muntligt med stöd av sin gode man vid besök 3/10.")])],
  [["NL101", "n1"]], [],
  "Intellectual disability diagnosis written while feedback to the patient has not been given.")

# ---- part 5: told, untold non-diagnoses, protected place, relatives not told ----
C("s28h48_bipolar1_meddelad_idag_vgr", "vgr", "1990-08-07", "M",
  [N("n1", "vg_aff_su", "Läkaranteckning", ("Per-Olof Strand", "läkare"), "2024-03-19T14:50", [
      ("Information", "Diagnosen bipolär sjukdom typ I meddelad pat idag. Pat tog beskedet med lugn och har många frågor om ärftlighet."),
      ("Åtgärd", "Psykopedagogisk grupp erbjuds. Broschyr från föreningen Balans given.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "The diagnosis was given to the patient today; settled, no hedge.")

C("s28h48_schizoaffektiv_informerad_januari", "skane", "1997-09-28", "F",
  [N("n1", "sk_psykos_lund", "Läkaranteckning", ("Nils Ohlsson", "läkare"), "2024-05-06T09:00", [
      ("Aktuellt", "Schizoaffektivt syndrom. Pat informerades om diagnosen vid besöket i januari och har sedan dess läst på mycket själv."),
      ("Bedömning", "Stabilt. Fortsatt aripiprazol 15 mg.")])],
  [], [["NL101", "n1"]],
  "The patient was told at an earlier visit; negation words refer to nothing untold.")

C("s28h48_ej_informerad_utskrivningsdatum", "skane", "1979-06-09", "M",
  [N("n1", "sk_avd_lund", "Läkaranteckning", ("Ebba Lindström", "läkare"), "2024-03-27T11:15", [
      ("Bedömning", "Depressiv episod, svår utan psykotiska symtom (F32.2), god förbättring efter ECT-serie."),
      ("Planering", "Pat ej informerad om utskrivningsdatum än, det beslutas på teamkonferensen på onsdag.")])],
  [], [["NL101", "n1"]],
  "What the patient has not been told is the discharge date, not the diagnosis.")

C("s28h48_ect_plan_ej_informerad_vgr", "vgr", "1953-01-30", "F",
  [N("n1", "vg_ect_su", "Läkaranteckning", ("Stefan Eriksson", "läkare"), "2024-10-29T10:05", [
      ("Bedömning", "Svår depressiv episod med psykotiska symtom, terapiresistent efter två adekvata läkemedelsförsök."),
      ("Planering", "Pat ännu inte informerad om att vi planerar ECT, behandlande läkare tar upp det under eftermiddagen tillsammans med maken.")])],
  [], [["NL101", "n1"]],
  "Not yet told about a treatment plan (ECT), which is no diagnosis.")

C("s28h48_remiss_skickad_ej_vetskap", "skane", "1986-04-15", "F",
  [N("n1", "sk_allm_hbg", "Sjuksköterskeanteckning", ("Lina Carlsson", "sjuksköterska"), "2024-07-09T13:25", [
      ("Diagnos", "Paniksyndrom (F41.0)."),
      ("Åtgärd", "Remiss skickad till beroendecentrum för bedömning av bensodiazepinbruket. Pat har inte fått veta att remissen skickats, brev går ut idag.")])],
  [], [["NL101", "n1"]],
  "The untold fact is that a referral was sent, not the diagnosis.")

C("s28h48_eeg_normalt_ej_informerad_vgr", "vgr", "2005-03-27", "M",
  [N("n1", "vg_np_sas", "Läkaranteckning", ("Ingrid Västberg", "läkare"), "2024-04-30T15:10", [
      ("Diagnos", "ADHD, kombinerad form (F90.0), fastställd 2023."),
      ("Utredning", "EEG taget pga episoder av frånvaro i skolan: normalt. Pat ej informerad om att EEG var normalt, besked per brev.")])],
  [], [["NL101", "n1"]],
  "The untold item is a normal EEG result, not a diagnosis.")

C("s28h48_skane_mall_tidiga_hyp_ej_informerad", "skane", "1993-03-31", "M",
  [N("n1", "sk_aff_malmo", "Tidiga hypoteser", ("Gustav Rehn", "läkare"), "2024-02-22T16:30", [
      ("Bedömning", "Susp. bipolär sjukdom, pat ej informerad då underlaget ännu är tunt och han är i en akut livskris.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Skåne: both the hedge and the untold diagnosis are in the protected template Tidiga hypoteser.")

C("s28h48_vgr_sokord_tidiga_hyp_demens_ej_informerad", "vgr", "1971-12-03", "F",
  [N("n1", "vg_avd_nu", "Läkaranteckning", ("Karl Fredén", "läkare"), "2024-06-13T11:30", [
      ("Aktuellt", "Dag 5 på avdelningen. Sover bättre med stöd av mirtazapin. Deltar i gruppaktiviteter."),
      ("Tidiga hypoteser", "Misstänkt frontotemporal demens med tanke på personlighetsförändring och bristande omdöme senaste året. Pat ej informerad, utredning via minnesmottagningen först."),
      ("Planering", "Fortsatt inneliggande. MR hjärna beställd.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "VGR: the untold, hedged dementia sits only under sökord Tidiga hypoteser; visible sections name no diagnosis.")

C("s28h48_pat_informerad_maken_ej", "skane", "1975-05-22", "F",
  [N("n1", "sk_aff_malmo", "Läkaranteckning", ("Amira Nasser", "läkare"), "2024-08-20T10:50", [
      ("Information", "Pat informerad om diagnosen bipolär sjukdom typ II. Hon önskar att maken inte informeras ännu, vill berätta själv när hon är redo.")], signed=None)],
  [], [["NL101", "n1"]],
  "The patient is told; only her husband is not Unsigned draft (pre-signing).")

C("s28h48_pat_informerad_foraldrar_ej_vgr", "vgr", "2004-07-12", "M",
  [N("n1", "vg_oppen_skovde", "Läkaranteckning", ("Magnus Fors", "läkare"), "2024-10-10T13:15", [
      ("Bedömning", "Socialt ångestsyndrom (F40.1) och lindrig depressiv episod."),
      ("Information", "Diagnoserna genomgångna med pat, som själv får avgöra när föräldrarna ska få veta. Föräldrarna har inte informerats på pat:s begäran.")])],
  [], [["NL101", "n1"]],
  "Adult patient of 20 told his diagnoses; his parents are not told at his request.")

C("s28h48_gad_inget_om_information", "skane", "1966-10-10", "M",
  [N("n1", "sk_allm_trelleborg", "Läkaranteckning", ("Martin Sjögren", "läkare"), "2024-12-10T08:30", [
      ("Diagnos", "Generaliserat ångestsyndrom (F41.1)."),
      ("Åtgärd", "Pregabalin 75 mg x 2 insatt. Återbesök om 6 v.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Short note: a plain diagnosis and nothing said about telling.")

C("s28h48_np_adhd_skriftlig_information", "skane", "1995-03-18", "F",
  [N("n1", "sk_np_landskrona", "Läkaranteckning", ("Cecilia Brandt", "läkare"), "2024-01-18T14:20", [
      ("Återkoppling", "Återgivning av NP-utredningen. Pat är informerad om diagnosen ADHD, huvudsakligen ouppmärksam form, och har fått skriftlig information och länk till Riksförbundet Attention."),
      ("Planering", "Start av metylfenidat efter EKG och blodtryckskontroll.")])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "ADHD diagnosis returned to the patient with written information.")

C("s28h48_typo_infromerad_idag_vgr", "vgr", "1983-09-09", "F",
  [N("n1", "vg_oppen_alingsas", "Läkaranteckning", ("Sofia Bergqvist", "läkare"), "2024-11-14T09:50", [
      ("Bedömning", "Recidiverande depressiv sjukdom, aktuellt lindrig episod (F33.0)."),
      ("Information", "Pat infromerad om diagnosen idag och om vad recidiverande innebär för behandlingstiden.")])],
  [], [["NL101", "n1"]],
  "Typo in the key word ('infromerad'): the patient has been told today.")

C("s28h48_kuratorn_ej_informerad_ptsd", "skane", "1987-11-03", "M",
  [N("n1", "sk_allm_kristianstad", "Läkaranteckning", ("Leila Karimi", "läkare"), "2024-06-11T10:20", [
      ("Bedömning", "Posttraumatiskt stressyndrom efter tjänstgöring i Mali 2016."),
      ("Planering", "Mottagningens kurator är ännu inte informerad om diagnosen, intern remiss för stödsamtal skickas idag.")])],
  [], [["NL101", "n1"]],
  "The person not yet informed is a staff member (kurator), not the patient.")

C("s28h48_arbetsgivare_ej_informeras_vgr", "vgr", "1980-06-06", "F",
  [N("n1", "vg_oppen_kungalv", "Läkaranteckning", ("Tomas Lind", "läkare"), "2024-02-12T11:05", [
      ("Bedömning", "Utmattningssyndrom (F43.8A) efter lång tids hög arbetsbelastning."),
      ("Sjukskrivning", "Sjukskriven 100 % i 4 v. Pat vill inte att arbetsgivaren informeras om diagnosen, intyget till arbetsgivaren utfärdas utan diagnos.")])],
  [], [["NL101", "n1"]],
  "The employer must not be told; the patient herself knows the diagnosis.")

# ---- part 6: protection edge cases and more hedge forms ----
C("s28h48_skane_hypotes_flyttad_till_synlig_anteckning", "skane", "1983-08-31", "M",
  [N("n1", "sk_aff_malmo", "Tidiga hypoteser", ("Amira Nasser", "läkare"), "2024-02-05T15:20", [
      ("Bedömning", "Misstänkt bipolär sjukdom typ II utifrån komparentuppgifter från hustrun om perioder med nedsatt sömnbehov.")]),
   N("n2", "sk_aff_malmo", "Läkaranteckning", ("Amira Nasser", "läkare"), "2024-03-18T10:40", [
      ("Bedömning", "Fortfarande misstanke om bipolär sjukdom, nu diskuterad öppet med pat som själv känner igen sig i beskrivningen. Stämningsdagboken fortsätter.")])],
  [["NL102", "n2"]], [["NL102", "n1"]],
  "The hypothesis first kept in the Tidiga hypoteser template (n1, protected) is later written, still hedged, in an ordinary visible note (n2).")

C("s28h48_vgr_tidiga_hyp_och_hedge_i_bedomning", "vgr", "1986-05-17", "F",
  [N("n1", "vg_avd_sas", "Läkaranteckning", ("Annika Rydén", "läkare"), "2024-04-02T12:10", [
      ("Aktuellt", "Överflyttad från medicinavdelningen efter intox med paracetamol, somatiskt färdigbehandlad."),
      ("Tidiga hypoteser", "Misstänkt dissociativ identitetsstörning, kräver vidare utredning innan det tas upp."),
      ("Bedömning", "Trolig recidiverande depression, aktuellt svår episod. Suicidrisken bedöms som hög, kvarstannar frivilligt.")])],
  [["NL102", "n1"]], [],
  "VGR: one hypothesis is protected under sökord Tidiga hypoteser, but another hedged diagnosis stands in visible Bedömning.")

C("s28h48_skane_sokord_tidiga_hyp_i_vanlig_mall", "skane", "2000-10-14", "M",
  [N("n1", "sk_allm_lund", "Läkaranteckning", ("Johanna Ekdahl", "läkare"), "2024-06-26T09:30", [
      ("Aktuellt", "Återbesök. Tycker att sertralinet hjälper mot ångesten, fortsatt koncentrationssvårigheter på jobbet."),
      ("Tidiga hypoteser", "Möjlig ADHD av ouppmärksam typ, vill se effekten av ångestbehandlingen först.")])],
  [["NL102", "n1"]], [],
  "Skåne protects by template only: a sökord named Tidiga hypoteser inside an ordinary Läkaranteckning is not filtered, so the hedge is visible.")

C("s28h48_vgr_mallnamn_tidiga_hyp_sokord_bedomning", "vgr", "1996-07-29", "M",
  [N("n1", "vg_oppen_alingsas", "Tidiga hypoteser", ("Sofia Bergqvist", "läkare"), "2024-07-30T14:00", [
      ("Bedömning", "Trolig social fobi med undvikande av föreläsningar och lunchrum sedan gymnasiet.")])],
  [["NL102", "n1"]], [],
  "VGR protects by sökord only: the template name Tidiga hypoteser does not hide a hedged diagnosis under sökord Bedömning.")

C("s28h48_typo_ingen_psykos_daremot_misstant_adhd", "skane", "2003-06-21", "F",
  [N("n1", "sk_allm_trelleborg", "Läkaranteckning", ("Martin Sjögren", "läkare"), "2024-08-13T13:35", [
      ("Bedömning", "Ingen misstanke om psykos eller bipolaritet. Däremot misstänt ADHD, ouppmärksam form, med debut i lågstadiet enligt mamma."),
      ("Planering", "Remiss till neuropsykiatriska utredningsenheten.")])],
  [["NL102", "n1"]], [],
  "A negated suspicion followed by a real one with a typo ('misstänt ADHD'); the second is a visible hedge.")

C("s28h48_mor_bipolar_pat_trolig_cyklotymi_vgr", "vgr", "1998-12-08", "M",
  [N("n1", "vg_aff_su", "Läkaranteckning", ("Per-Olof Strand", "läkare"), "2024-05-15T10:25", [
      ("Hereditet", "Mor har bipolär sjukdom typ I, morbror tog sitt liv 2005."),
      ("Bedömning", "Trolig cyklotymi, inga fullt utvecklade episoder. Ökad ärftlig sårbarhet noteras.")])],
  [["NL102", "n1"]], [],
  "The relative's disease is plain, but the patient's own 'Trolig cyklotymi' is a visible hedge.")

C("s28h48_bup_barn_ev_selektiv_mutism", "skane", "2018-02-14", "F",
  [N("n1", "sk_bup_malmo", "Psykologanteckning", ("Emma Sundqvist", "psykolog"), "2024-10-16T09:00", [
      ("Anamnes", "Flickan pratar obehindrat hemma men har inte sagt ett ord på förskolan sedan i höstas. Föräldrarna talar arabiska och svenska hemma."),
      ("Bedömning", "Ev. selektiv mutism. Språkutvecklingen ska först bedömas av logoped.")])],
  [["NL102", "n1"]], [],
  "Child of 6 (guardians read): 'Ev. selektiv mutism' is a hedged diagnosis, not a plan.")

C("s28h48_misstanke_malignt_neuroleptikasyndrom_vgr", "vgr", "1989-01-19", "M",
  [N("n1", "vg_avd_nu", "Läkaranteckning", ("Karl Fredén", "läkare"), "2024-11-02T17:45", [
      ("Status", "Temp 39,2, muskelrigiditet, svettig, BT 165/100, fluktuerande vakenhet. CK 12 400."),
      ("Bedömning", "Misstanke om malignt neuroleptikasyndrom efter höjd dos haloperidol. Haloperidol sätts ut omgående."),
      ("Åtgärd", "Överflyttning till IVA för övervakning, anestesijouren kontaktad.")])],
  [["NL102", "n1"]], [],
  "'Misstanke om malignt neuroleptikasyndrom' is a current hedged diagnosis in an inpatient note.")

C("s28h48_skal_att_misstanka_atstorning", "skane", "1995-08-16", "F",
  [N("n1", "sk_atstor_lund", "Bedömningssamtal", ("Josefin Berg", "läkare"), "2024-01-09T11:10", [
      ("Aktuellt", "Söker för ångest. Vid samtalet framkommer att hon undviker att äta bland andra och kräks efter middagarna."),
      ("Bedömning", "Det finns skäl att misstänka en underliggande ätstörning som kan förklara en del av ångesten.")])],
  [["NL102", "n1"]], [],
  "Verb form 'skäl att misstänka en underliggande ätstörning' is a hedged diagnosis of the patient.")

C("s28h48_typo_troilg_paniksyndrom_vgr", "vgr", "1993-04-04", "F",
  [N("n1", "vg_akut_su", "Akutanteckning", ("Samir Haddad", "läkare"), "2024-02-18T21:30", [
      ("Kontaktorsak", "Tredje besöket på akuten på två månader med hjärtklappning och dödsångest. Kardiell genes utesluten med normalt EKG och troponin."),
      ("Bedömning", "Troilg paniksyndrom med agorafobi. Ingen akut suicidrisk."),
      ("Åtgärd", "Remiss till psykiatrisk öppenvård. Muntlig information om andningsövningar.")])],
  [["NL102", "n1"]], [],
  "Typo in the hedge ('Troilg paniksyndrom'); the ruled-out cardiac cause beside it does not cancel it.")

C("s28h48_anamnesen_talar_for_hypoman_episod", "skane", "1987-07-14", "M",
  [N("n1", "sk_aff_malmo", "Läkaranteckning", ("Gustav Rehn", "läkare"), "2024-09-24T14:45", [
      ("Anamnes", "Sambon beskriver en vecka i våras då han knappt sov, startade tre nya projekt och var ovanligt lättretlig."),
      ("Bedömning", "Anamnesen talar för en genomgången hypoman episod, vilket i så fall ändrar diagnosen från recidiverande depression.")])],
  [["NL102", "n1"]], [],
  "'talar för en genomgången hypoman episod' hedges a diagnosis that would change the patient's main diagnosis.")

C("s28h48_uppfyller_sannolikt_kriterierna_adhd_vgr", "vgr", "1992-02-22", "M",
  [N("n1", "vg_np_sas", "Läkaranteckning", ("Ingrid Västberg", "läkare"), "2024-03-07T10:15", [
      ("Sammanfattning", "Skattningar (ASRS, DIVA 2.0), skolbetyg och komparentintervju med modern är genomförda."),
      ("Bedömning", "Pat uppfyller sannolikt kriterierna för ADHD, kombinerad form; slutlig bedömning efter psykologens testning.")])],
  [["NL102", "n1"]], [],
  "'uppfyller sannolikt kriterierna för ADHD' is a hedged diagnosis.")

C("s28h48_kurator_sorg_kan_ha_overgatt_i_depression", "skane", "1958-01-27", "F",
  [N("n1", "sk_allm_hbg", "Kuratorsanteckning", ("Anneli Persson", "kurator"), "2024-01-16T13:30", [
      ("Samtal", "Maken dog i november. Pat beskriver att hon inte orkar gå ut, har slutat laga mat och gråter dagligen."),
      ("Bedömning", "Sorgereaktionen kan ha övergått i en depression, vilket behöver bedömas av läkare. Ingen suicidalitet framkommer.")])],
  [["NL102", "n1"]], [],
  "A social worker's hedged 'kan ha övergått i en depression' is an uncertain diagnosis in a visible note.")

C("s28h48_ej_helt_uteslutet_bipolar_vgr", "vgr", "1980-03-10", "F",
  [N("n1", "vg_oppen_kungalv", "Läkaranteckning", ("Johan Alm", "läkare"), "2024-12-04T15:20", [
      ("Bedömning", "Ej helt uteslutet att det föreligger en bipolär sjukdom typ II, då pat blev uppvarvad på SSRI och sov tre timmar per natt under en vecka."),
      ("Åtgärd", "SSRI trappas ut. Quetiapin 50 mg till natten tills vidare.")], signed=None)],
  [["NL102", "n1"]], [],
  "'Ej helt uteslutet' looks like a ruling-out word but keeps the diagnosis open Unsigned draft (pre-signing).")

C("s28h48_bup_epikris_misstankt_psykosdebut", "skane", "2007-05-03", "M",
  [N("n1", "sk_bup_akut_lund", "Epikris", ("Lisa Wahlberg", "läkare"), "2024-03-20T11:00", [
      ("Epikris", "16-årig pojke inlagd 2/3–19/3 efter att ha slutat äta av rädsla för förgiftning. Under vårdtiden avtagande misstänksamhet på låg dos risperidon."),
      ("Diagnos", "Misstänkt psykosdebut, DD cannabisinducerad psykos – positivt drogtest för THC vid ankomsten."),
      ("Uppföljning", "Överförs till BUP-mottagning Lund, första besök inom en vecka. Föräldrarna var med vid utskrivningssamtalet.")])],
  [["NL102", "n1"]], [],
  "16-year-old's BUP discharge summary with 'Misstänkt psykosdebut, DD ...' under sökord Diagnos.")

# ---- part 7: more hedge forms, drafts, relatives on the phone ----
C("s28h48_somnstorning_sekundart_trolig_depression_vgr", "vgr", "1954-06-15", "M",
  [N("n1", "vg_oppen_skovde", "Läkaranteckning", ("Magnus Fors", "läkare"), "2024-01-22T10:50", [
      ("Aktuellt", "Sömnsvårigheter sedan ett halvår, vaknar kl 3 och kan inte somna om. Minskad aptit, drar sig undan barnbarnen."),
      ("Bedömning", "Sömnstörning sekundärt till trolig depression. Ej lämpligt med fler sömnmedel.")])],
  [["NL102", "n1"]], [],
  "The hedge sits inside a phrase ('sekundärt till trolig depression'); the depression is the uncertain diagnosis.")

C("s28h48_diagnoskod_med_fragetecken", "skane", "1974-04-02", "F",
  [N("n1", "sk_allm_lund", "Läkaranteckning", ("Nils Ohlsson", "läkare"), "2024-02-28T11:25", [
      ("Diagnos", "F32.1? Medelsvår depressiv episod?"),
      ("Planering", "Skattning med MADRS vid nästa besök innan diagnosen sätts.")])],
  [["NL102", "n1"]], [],
  "ICD code and diagnosis followed by question marks under sökord Diagnos.")

C("s28h48_utkast_typo_mojlg_psykos_vgr", "vgr", "2002-11-21", "M",
  [N("n1", "vg_psykos_su", "Läkaranteckning", ("Hassan Jaber", "läkare"), "2024-05-20T15:35", [
      ("Aktuellt", "Nybesök, remitterad från studenthälsan. Hör viskande röster sedan 2 mån, mest på kvällarna."),
      ("Bedömning", "Möjlg debuterande psykos. Drogscreen och MR hjärna beställda.")], signed=None)],
  [["NL102", "n1"]], [],
  "Unsigned draft (pre-signing check) with a typo in the hedge ('Möjlg debuterande psykos').")

C("s28h48_maken_ringer_misstankt_postpartumpsykos", "skane", "1994-09-13", "F",
  [N("n1", "sk_akut_malmo", "Telefonanteckning", ("Viktor Engström", "läkare"), "2024-04-14T22:05", [
      ("Telefonkontakt", "Maken ringer, hustrun födde för tio dagar sedan. Hon har inte sovit på tre nätter, pratar osammanhängande och tror att barnet är utbytt."),
      ("Bedömning", "Misstänkt postpartumpsykos. Pat kallas akut, maken kör in henne direkt och barnet följer med.")])],
  [["NL102", "n1"]], [],
  "Information comes from the husband, but the hedged diagnosis is the patient's and stands in visible Bedömning.")

C("s28h48_aldre_bild_som_vid_lewy_body_vgr", "vgr", "1943-03-08", "M",
  [N("n1", "vg_aldre_molndal", "Läkaranteckning", ("Birgitta Lönn", "läkare"), "2024-06-05T13:40", [
      ("Anamnes", "Hustrun berättar att han ser barn och djur i vardagsrummet kvällstid. Dagsformen varierar kraftigt."),
      ("Status", "Lätt rigiditet bilat, nedsatt armpendling vänster. MMSE 24/30."),
      ("Bedömning", "Bild som vid Lewy body-demens med fluktuerande kognition och synhallucinationer. Undvik neuroleptika.")])],
  [["NL102", "n1"]], [],
  "'Bild som vid Lewy body-demens' is a hedged dementia diagnosis in visible Bedömning.")

C("s28h48_bup_barn_dd_tvangssyndrom_pans", "skane", "2014-01-19", "M",
  [N("n1", "sk_bup_ystad", "Läkaranteckning", ("Mats Ekberg", "läkare"), "2024-11-18T14:30", [
      ("Aktuellt", "Föräldrarna beskriver plötsligt debuterande tvättritualer och ilskeutbrott sedan tre veckor, strax efter en halsfluss."),
      ("Bedömning", "DD tvångssyndrom / PANS. Strep-A-odling och ASO tas.")])],
  [["NL102", "n1"]], [],
  "Child of 10: 'DD tvångssyndrom / PANS' lists uncertain diagnoses for the guardians to read.")

C("s28h48_beroende_tablettberoende_fragetecken_vgr", "vgr", "1990-10-27", "F",
  [N("n1", "vg_beroende_su", "Läkaranteckning", ("Lars Åberg", "läkare"), "2024-08-27T09:55", [
      ("Anamnes", "Uppger att hon tar 6–8 alprazolam dagligen, köpta på nätet, sedan ett år. Försökt trappa ned själv utan framgång."),
      ("Bedömning", "Bensodiazepinberoende? Kartläggning fortsätter, urinprov för bensodiazepiner idag.")])],
  [["NL102", "n1"]], [],
  "Question-marked dependence diagnosis ('Bensodiazepinberoende?') in visible Bedömning.")

C("s28h48_konsult_fragestallning_delirium", "skane", "1938-05-25", "F",
  [N("n1", "sk_konsult_hbg", "Konsultationsanteckning", ("Ulf Kronqvist", "läkare"), "2024-07-17T15:00", [
      ("Frågeställning", "Delirium? Förvirrad sedan kolecystektomin i förrgår enligt kirurgavdelningen."),
      ("Status", "Växlande uppmärksamhet, plockig, tror att hon är på jobbet."),
      ("Rekommendation", "Se över opioider och antikolinerga läkemedel, nattlig ljusreglering, dottern gärna närvarande kvällstid.")])],
  [["NL102", "n1"]], [],
  "Consultation question 'Delirium?' under sökord Frågeställning is an uncertain diagnosis of the patient.")

C("s28h48_ssk_forenligt_serotonergt_syndrom_vgr", "vgr", "1985-12-14", "F",
  [N("n1", "vg_oppen_uddevalla", "Telefonanteckning", ("Maja Kvist", "sjuksköterska"), "2024-03-12T08:40", [
      ("Telefonkontakt", "Pat ringer, sedan dosökningen av venlafaxin i förrgår svettningar, diarré och ryckningar i benen."),
      ("Bedömning", "Symtomen är förenliga med ett lindrigt serotonergt syndrom enligt dr Holm, som ordinerar att dagens dos hoppas över."),
      ("Åtgärd", "Ny telefonkontakt i eftermiddag. Vid feber eller förvirring ska pat söka akut.")])],
  [["NL102", "n1"]], [],
  "'förenliga med ett lindrigt serotonergt syndrom' is a hedged diagnosis written by a nurse.")

C("s28h48_kan_rora_sig_om_tvangsmassig_pstorning", "skane", "1970-02-11", "M",
  [N("n1", "sk_allm_kristianstad", "Psykologanteckning", ("Sara Nyberg", "psykolog"), "2024-10-03T10:15", [
      ("Samtal", "Rigid i sina rutiner, kan inte delegera på jobbet och hamnar i konflikter med kollegor kring detaljer."),
      ("Bedömning", "Kan röra sig om en tvångsmässig personlighetsstörning snarare än tvångssyndrom, då tankarna upplevs som rimliga av pat.")])],
  [["NL102", "n1"]], [],
  "'Kan röra sig om en tvångsmässig personlighetsstörning' is a hedged diagnosis.")

C("s28h48_oklart_om_bipolar_eller_adhd_vgr", "vgr", "1994-04-30", "M",
  [N("n1", "vg_oppen_alingsas", "Läkaranteckning", ("Sofia Bergqvist", "läkare"), "2024-09-05T14:20", [
      ("Bedömning", "Oklart om det rör sig om bipolär sjukdom eller ADHD med uttalad affektlabilitet. Longitudinell bedömning behövs.")])],
  [["NL102", "n1"]], [],
  "'Oklart om det rör sig om bipolär sjukdom eller ADHD' leaves the patient's diagnosis open.")

C("s28h48_ssk_troligen_aterinsjuknande_schizoaffektivt", "skane", "1982-06-01", "F",
  [N("n1", "sk_psykos_lund", "Telefonanteckning", ("Rasmus Holm", "sjuksköterska"), "2024-12-16T11:15", [
      ("Telefonkontakt", "Boendestödjaren ringer: pat har slutat öppna dörren och har tejpat för fönstren."),
      ("Bedömning", "Efter samråd med dr Ohlsson bedöms det troligen röra sig om ett återinsjuknande i schizoaffektivt syndrom."),
      ("Åtgärd", "Hembesök i morgon med läkare och kontaktperson.")])],
  [["NL102", "n1"]], [],
  "Nurse note: 'troligen röra sig om ett återinsjuknande i schizoaffektivt syndrom' hedges a relapse diagnosis.")

C("s28h48_typo_differntialdiagnos_tvang_halsoangest", "skane", "1999-12-30", "F",
  [N("n1", "sk_allm_hbg", "Läkaranteckning", ("Amanda Rask", "läkare"), "2024-05-28T09:35", [
      ("Aktuellt", "Påträngande tankar om smuts och smitta, tvättar händerna upp till 40 gånger per dag. Söker ofta vårdcentralen av rädsla för allvarlig sjukdom."),
      ("Bedömning", "Differntialdiagnos: tvångssyndrom eller hälsoångest. Y-BOCS vid nästa besök.")])],
  [["NL102", "n1"]], [],
  "Typo in the key word ('Differntialdiagnos') listing two possible diagnoses.")

C("s28h48_inte_osannolikt_psykotisk_depression_vgr", "vgr", "1957-09-19", "F",
  [N("n1", "vg_ect_su", "Läkaranteckning", ("Stefan Eriksson", "läkare"), "2024-04-24T13:05", [
      ("Aktuellt", "Övertygad om att hon förstört familjens ekonomi trots att maken visar kontoutdrag. Äter och dricker dåligt."),
      ("Bedömning", "Inte osannolikt att det rör sig om en psykotisk depression, vilket talar för ECT framför fler läkemedelsförsök.")])],
  [["NL102", "n1"]], [],
  "Double-negative hedge 'Inte osannolikt att det rör sig om en psykotisk depression'.")

C("s28h48_vgr_bipolar2_senare_meddelad_per_telefon", "vgr", "1990-01-05", "F",
  [N("n1", "vg_oppen_skovde", "Läkaranteckning", ("Magnus Fors", "läkare"), "2024-10-21T11:00", [
      ("Diagnos", "Bipolär sjukdom typ II (F31.8)."),
      ("Information", "Diagnosen är ännu inte meddelad pat, som är bortrest. Ringer henne när hon är hemma igen.")]),
   N("n2", "vg_oppen_skovde", "Telefonanteckning", ("Magnus Fors", "läkare"), "2024-10-28T09:20", [
      ("Telefonkontakt", "Pat informerad per telefon om att utredningen visat bipolär sjukdom typ II. Hon vill gärna komma på ett längre besök tillsammans med sin sambo.")])],
  [], [["NL101", "n2"]],
  "The later phone note names the diagnosis and tells the patient; it must not be flagged even though the earlier note withheld it.")

# ---- part 8: long charts, PMO, remaining NL101 ideas ----
C("s28h48_pmo_hemsjukvard_trolig_demens", "skane", "1935-12-01", "F",
  [N("n1", "sk_hsv_hoor", "Besöksanteckning", ("Kristina Möller", "sjuksköterska"), "2024-02-13T13:20", [
      ("Hembesök", "Dottern har märkt att mamman glömmer att ta sina mediciner och att spisen stått på vid två tillfällen."),
      ("Bedömning", "Trolig demens, läkaren på vårdcentralen kontaktad för minnesutredning.")])],
  [], [["NL102", "n1"]],
  "Hemsjukvård documented in PMO: the hedged dementia is not shown because PMO diagnoses are never visible.")

C("s28h48_pmo_vc_misstankt_adhd_ej_informerad", "skane", "1999-05-28", "M",
  [N("n1", "sk_vc_hoor", "Besöksanteckning", ("Anders Hjort", "läkare"), "2024-09-18T10:05", [
      ("Bedömning", "Misstänkt ADHD utifrån ASRS och skolhistorik. Pat ej informerad om misstanken ännu."),
      ("Åtgärd", "Remiss till vuxenpsykiatrin för NP-utredning.")])],
  [], [["NL102", "n1"]],
  "PMO note: hedged and untold ADHD is still no visible hypothesis (NL101 is not asserted on PMO).")

C("s28h48_lang_inskrivning_sannolikt_schizoaffektivt_vgr", "vgr", "1981-07-19", "F",
  [N("n1", "vg_avd_sas", "Inskrivningsanteckning", ("Annika Rydén", "läkare"), "2024-03-03T20:40", [
      ("Kontaktorsak", "Inkommer via psykiatriska akutmottagningen i sällskap med sin bror. Sedan två veckor tilltagande oro, sömnlöshet och övertygelse om att grannarna avlyssnar lägenheten."),
      ("Anamnes", "Frisk fram till 2019 då hon vårdades på avd 46 för en depressiv episod med psykotiska inslag. Därefter två öppenvårdsperioder med nedstämdhet, senast hösten 2022. Brodern har beskrivit perioder av upprymdhet, men ingen sådan finns dokumenterad i journalen."),
      ("Hereditet", "Morfar vårdad på mentalsjukhus, diagnos okänd. Bror frisk."),
      ("Social situation", "Ensamstående, en dotter 19 år som bor hos pappan. Undersköterska, sjukskriven sedan en vecka."),
      ("Missbruk", "AUDIT 3. Förnekar droger, urintox negativ."),
      ("Somatik", "Hypotyreos sedan 2015, välbehandlad. Inga kända allergier."),
      ("Läkemedel", "Levaxin 100 µg, sertralin 100 mg som tagits oregelbundet senaste månaden."),
      ("Psykiskt status", "Vaken, orienterad. Spänd och vaksam, tittar ofta mot dörren. Talet något forcerat men sammanhängande. Paranoida vanföreställningar om grannarna, inga säkra hallucinationer. Labil affekt som växlar mellan gråt och irritation. Partiell sjukdomsinsikt."),
      ("Suicidriskbedömning", "Passiva dödstankar, inga planer. Skyddande faktor är dottern. Sammantaget måttlig risk."),
      ("Bedömning", "Sannolikt schizoaffektivt syndrom, bipolär typ, med aktuellt blandtillstånd och psykotiska symtom. Ingen misstanke om organisk genes. Vårdas frivilligt."),
      ("Planering", "Sertralin sätts ut. Olanzapin 10 mg till natten, lab inkl TSH, prolaktin och lipider. Observationsnivå 2 första dygnet. Samtal med dottern och brodern i veckan efter pat:s medgivande.")])],
  [["NL102", "n1"]], [],
  "Long admission chart: among plain history, a relative's unknown diagnosis and a negated organic cause, one hedged diagnosis ('Sannolikt schizoaffektivt syndrom') stands in Bedömning.")

C("s28h48_lang_inskrivning_kand_bipolar_hard_negativ", "skane", "1966-02-17", "M",
  [N("n1", "sk_avd_lund", "Inskrivningsanteckning", ("Ebba Lindström", "läkare"), "2024-07-06T16:10", [
      ("Kontaktorsak", "Remitterad från affektiva mottagningen pga tilltagande manisk bild trots god följsamhet till litium. Kommer frivilligt med hustrun."),
      ("Anamnes", "Känd bipolär sjukdom typ I sedan 1998 med fyra tidigare vårdtillfällen för mani, senast 2019. Stabil på litium i fem år."),
      ("Aktuellt", "Sedan tre veckor minskat sömnbehov, pratar oavbrutet och har köpt en segelbåt utan att diskutera saken med hustrun. Nattetid möjligen lätta synvillor i form av skuggor, oklart om det beror på sömnbristen."),
      ("Hereditet", "Fadern hade bipolär sjukdom. Dottern har enligt pat en trolig ätstörning, hon bor i Göteborg och har egen vårdkontakt."),
      ("Somatik", "Hypertoni, behandlad med amlodipin. Inga kända allergier."),
      ("Lab", "S-Li 0,74, krea 91, TSH normalt. Etanol i utandningsluft 0,0."),
      ("Psykiskt status", "Vaken och orienterad. Expansiv, distraherbar, tankeflykt. Inga vanföreställningar, förnekar hallucinationer. Ingen misstanke om delirium. Inga tecken på intoxikation."),
      ("Suicidriskbedömning", "Förnekar dödstankar. Låg risk."),
      ("Bedömning", "Manisk episod utan psykotiska symtom i känd bipolär sjukdom typ I (F31.1)."),
      ("Planering", "Olanzapin 10 mg till natten, litium oförändrat. Vid misstanke om litiumintoxikation tas nytt S-Li omgående. Ev. permission till helgen om sömnen förbättras. Hustrun informeras om planen efter pat:s medgivande.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Long chart full of look-alikes (daughter's 'trolig ätstörning', hedged symptom, plan 'Ev. permission', conditional and negated suspicions) around a settled diagnosis.")

C("s28h48_lang_laro_hepatit_c_ej_informerad", "skane", "1987-03-04", "M",
  [N("n1", "sk_beroende_malmo", "Läkaranteckning", ("Karin Mattsson", "läkare"), "2024-10-17T14:40", [
      ("Aktuellt", "Inskriven i LARO sedan 2022, buprenorfin/naloxon 16 mg dagligen med övervakat intag tre dagar i veckan. Inga sidomissbruk enligt urinprover senaste halvåret."),
      ("Social situation", "Har fått egen lägenhet via Bostad först. Kontakt med sin mamma igen efter många års uppehåll."),
      ("Somatik", "Injektionsbruk 2010–2021. Dåligt tandstatus, remiss till tandvården skickad i våras."),
      ("Psykiskt status", "Lugn, god kontakt, adekvat affekt. Inga tecken på påverkan."),
      ("Lab", "Anti-HCV positiv, HCV-RNA påvisat 4,2 x 10^5 IE/ml. Hiv och hepatit B negativa. ALAT 1,6."),
      ("Bedömning", "Kronisk hepatit C. I övrigt stabilt under LARO-behandling för opioidberoende."),
      ("Information", "Pat har ännu inte informerats om hepatit C-diagnosen. Besked ges av mig personligen vid besöket på måndag, då även remiss till infektionskliniken för behandling tas upp."),
      ("Planering", "Fortsatt övervakat intag tre dagar/v, slumpvisa urinprov. Återbesök läkare på måndag.")])],
  [["NL101", "n1"]], [],
  "Long LARO chart: a new somatic diagnosis (kronisk hepatit C) is visible while the patient has not yet been told.")

C("s28h48_lang_aterbesok_ej_informerad_om_annat_vgr", "vgr", "1978-05-09", "F",
  [N("n1", "vg_oppen_uddevalla", "Läkaranteckning", ("Andreas Holm", "läkare"), "2024-06-19T10:30", [
      ("Aktuellt", "Återbesök efter sex månaders behandling med venlafaxin 150 mg. Mår klart bättre och arbetar 75 %."),
      ("Information", "Pat informerades om diagnosen recidiverande depressiv sjukdom redan vid nybesöket i mars och har läst om den på 1177."),
      ("Lab", "Pat har inte fått svar på blodproverna ännu; B12, folat och TSH normala."),
      ("Planering", "Pat ännu ej informerad om datum för samordnad individuell plan med kommunen, kallelse skickas. Hon vet inte heller att kontaktsjuksköterskan går i pension i sommar, det tas upp vid nästa besök."),
      ("Bedömning", "Recidiverande depressiv sjukdom, nu i remission (F33.4).")])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Several 'not yet informed' statements (normal labs, a SIP date, a staff change) but the diagnosis itself was told in March.")

C("s28h48_typo_psykos_utelsutes_stressreaktion_vgr", "vgr", "2005-01-14", "M",
  [N("n1", "vg_akut_su", "Akutanteckning", ("Emil Söderberg", "läkare"), "2024-08-03T01:50", [
      ("Kontaktorsak", "Söker med sin flickvän efter en bilolycka igår kväll där han var passagerare. Sedan dess skakig, kan inte sova och ser olyckan framför sig."),
      ("Status", "Orienterad, ångestfylld men går att lugna. Inga perceptionsstörningar, formellt ordnat tänkande."),
      ("Bedömning", "Psykos utelsutes. Akut stressreaktion (F43.0)."),
      ("Åtgärd", "Information om normala stressreaktioner. Tid på krismottagningen om en vecka.")])],
  [], [["NL102", "n1"]],
  "Typo in the ruling-out word ('utelsutes'): psychosis is excluded, the stress reaction is settled.")

C("s28h48_huntington_provsvar_far_ej_veta_an", "skane", "1983-02-15", "M",
  [N("n1", "sk_allm_hbg", "Läkaranteckning", ("Amanda Rask", "läkare"), "2024-09-02T15:30", [
      ("Aktuellt", "Följs för depression och irritabilitet sedan två år. Ofrivilliga rörelser i händerna noterade av både hustrun och undertecknad. Fadern dog i Huntingtons sjukdom."),
      ("Utredning", "Genetisk analys visar 44 CAG-upprepningar i HTT-genen, vilket bekräftar Huntingtons sjukdom."),
      ("Information", "Pat får inte veta provsvaret ännu; beskedet ges tillsammans med genetisk vägledare vid besöket 12/9 enligt rutin.")])],
  [["NL101", "n1"]], [],
  "A confirmed genetic diagnosis is written in a visible section while the note says the patient may not be told yet.")

C("s28h48_mr_meningiom_ej_underrattad_vgr", "vgr", "1969-04-12", "F",
  [N("n1", "vg_avd_sas", "Läkaranteckning", ("Annika Rydén", "läkare"), "2024-05-23T13:45", [
      ("Utredning", "MR hjärna, tagen pga nydebuterad depression med kognitiv påverkan, visar ett 3 cm stort meningiom frontalt höger med lätt omgivande ödem."),
      ("Bedömning", "Meningiomet kan bidra till den psykiska bilden. Neurokirurgisk konsult begärd."),
      ("Information", "Pat har inte underrättats om MR-fyndet än, vi avvaktar neurokirurgens bedömning så att hon kan få ett samlat besked.")])],
  [["NL101", "n1"]], [],
  "Incidental meningioma on MR (a diagnosis) is visible while the patient has not been told of the finding.")

C("s28h48_bup_tourette_16_ej_informerad", "skane", "2008-02-28", "M",
  [N("n1", "sk_bup_kristianstad", "Läkaranteckning", ("Lisa Wahlberg", "läkare"), "2024-05-08T09:40", [
      ("Bedömning", "Tourettes syndrom (F95.2), motoriska och vokala tics i mer än ett år."),
      ("Information", "Pojken är inte informerad om diagnosen än. Föräldrarna vill vara med när han får beskedet, gemensamt besök bokat nästa vecka.")])],
  [["NL101", "n1"]], [],
  "16-year-old reads his own BUP journal; the Tourette diagnosis is written before he has been told.")

C("s28h48_utkast_paranoid_pstorning_avvaktar_besked", "skane", "1975-08-08", "M",
  [N("n1", "sk_psykos_lund", "Läkaranteckning", ("Nils Ohlsson", "läkare"), "2024-11-26T16:00", [
      ("Bedömning", "Paranoid personlighetsstörning (F60.0) enligt SCID-5-PD och långvarig observation."),
      ("Överväganden", "Vi avvaktar med att ge pat besked om diagnosen, då det bedöms riskera att bryta den bräckliga behandlingsalliansen.")], signed=None)],
  [["NL101", "n1"]], [],
  "Unsigned draft: 'avvaktar med att ge pat besked om diagnosen' means the visible diagnosis is not yet told.")

C("s28h48_misstankt_adhd_ej_tagits_upp_synlig_vgr", "vgr", "1991-11-22", "F",
  [N("n1", "vg_oppen_kungalv", "Läkaranteckning", ("Johan Alm", "läkare"), "2024-01-25T14:15", [
      ("Bedömning", "Misstänkt ADHD av ouppmärksam typ efter screening med ASRS, utredning beställd."),
      ("Information", "Misstanken har inte tagits upp med pat ännu, vi avvaktar tills hon avslutat sin tentaperiod.")])],
  [["NL101", "n1"], ["NL102", "n1"]],
  [],
  "A hedged ADHD diagnosis that is explicitly not yet raised with the patient stands in a visible VGR section instead of under Tidiga hypoteser.")

C("s28h48_permission_misstanke_alkohol_vgr", "vgr", "1981-05-02", "M",
  [N("n1", "vg_avd_sas", "Omvårdnadsanteckning", ("Kent Magnusson", "skötare"), "2024-12-07T19:40", [
      ("Omvårdnad", "Åter från permission kl 19. Misstanke om att pat druckit alkohol under permissionen, utandningsprov 0,3 promille. Pat medger två öl."),
      ("Åtgärd", "Jourhavande informerad, nästa permission diskuteras på ronden.")])],
  [], [["NL102", "n1"]],
  "'Misstanke om att pat druckit alkohol' concerns an event (drinking on leave), not a diagnosis.")

C("s28h48_bup_heldygn_sannolikt_permission", "skane", "2008-01-09", "F",
  [N("n1", "sk_bup_akut_lund", "Omvårdnadsanteckning", ("Jenny Åkesson", "sjuksköterska"), "2024-04-10T20:15", [
      ("Omvårdnad", "Stabil dag. Åt alla måltider under tillsyn. Sannolikt blir det permission hem till pappa i helgen om måendet håller i sig."),
      ("Närstående", "Pappa ringde och fick information om planen, mamma hälsar via sms.")])],
  [], [["NL102", "n1"]],
  "16-year-old on BUP ward: 'Sannolikt' hedges a weekend leave, not a diagnosis.")

C("s28h48_epikris_psykotisk_depression_overvagd_avfardad", "skane", "1970-09-25", "M",
  [N("n1", "sk_avd_malmo", "Epikris", ("Ola Björk", "läkare"), "2024-08-30T11:30", [
      ("Vårdförlopp", "Inlagd i tre veckor pga djup nedstämdhet och självmordstankar. Gott svar på nortriptylin, sover nu hela nätter."),
      ("Bedömning", "Differentialdiagnostiskt har psykotisk depression övervägts men avfärdats, inga vanföreställningar eller hallucinationer har framkommit under vårdtiden."),
      ("Diagnos", "Svår depressiv episod utan psykotiska symtom (F32.2).")])],
  [], [["NL102", "n1"]],
  "'Differentialdiagnostiskt ... övervägts men avfärdats' names a differential that has been rejected.")

C("s28h48_forklarad_men_accepterar_ej", "skane", "1992-04-20", "M",
  [N("n1", "sk_avd_lund", "Läkaranteckning", ("Ebba Lindström", "läkare"), "2024-02-08T10:45", [
      ("Bedömning", "Paranoid schizofreni. Pat har fått diagnosen förklarad vid flera tillfällen men accepterar den inte och menar att han är förföljd på riktigt."),
      ("Planering", "Fortsatt vård enligt LPT, ny ansökan om medgivande till depåbehandling.")])],
  [], [["NL101", "n1"]],
  "Lack of illness insight is not lack of information: the patient has been told the diagnosis several times.")

C("s28h48_aldre_meddelad_2023_minns_inte_vgr", "vgr", "1938-03-14", "F",
  [N("n1", "vg_aldre_molndal", "Läkaranteckning", ("Birgitta Lönn", "läkare"), "2024-07-24T10:10", [
      ("Aktuellt", "Alzheimers sjukdom, diagnosen ställd och meddelad pat och sonen 2023. Pat minns inte beskedet och frågar ofta varför hon går på mottagningen."),
      ("Åtgärd", "Donepezil 10 mg fortsätter. Anhörigstöd erbjuds sonen.")])],
  [], [["NL101", "n1"]],
  "The patient was told in 2023 and does not remember; that is not an untold diagnosis.")

C("s28h48_bup_16_informerad_foraldrar_ej", "skane", "2007-11-11", "F",
  [N("n1", "sk_bup_ystad", "Läkaranteckning", ("Fredrik Ljung", "läkare"), "2024-03-05T15:45", [
      ("Bedömning", "Depressiv episod, medelsvår (F32.1)."),
      ("Information", "Pat informerad om diagnosen. Hon vill inte att föräldrarna får veta ännu och vi respekterar det i nuläget.")])],
  [], [["NL101", "n1"]],
  "16-year-old is told her diagnosis; only her parents are not.")

# ============================ END OF DATA ============================


def build_case(c):
    birth = dt.date.fromisoformat(c["birth"])
    idx = len(c["name"]) * 7 + sum(ord(ch) for ch in c["name"])
    serial = 100 + idx % 890
    # third serial digit: even for women, odd for men
    last = serial % 10
    if c["sex"] == "F" and last % 2 == 1:
        serial -= 1
    if c["sex"] == "M" and last % 2 == 0:
        serial += 1
    nine = birth.strftime("%y%m%d") + "%03d" % serial
    pnr = birth.strftime("%Y%m%d") + "-" + "%03d" % serial + luhn_digit(nine)
    notes = []
    last_time = None
    for n in c["notes"]:
        uname, hsa, system, _rs, setting = UNITS[n["_unit"]]
        t = dt.datetime.fromisoformat(n["_time"])
        if n["_signed"] == "auto":
            mins = 10 + sum(len(s[1]) for s in n["_sections"]) % 95
            signed = (t + dt.timedelta(minutes=mins)).isoformat()
        else:
            signed = n["_signed"]
        notes.append({
            "id": n["_id"], "system": n["_system"] or system, "template": n["_template"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": n["_author"][0], "role": n["_author"][1]},
            "time": t.isoformat(), "signed": signed,
            "setting": n["_setting"] or setting, "refs": [],
            "sections": [{"keyword": k, "text": txt} for k, txt in n["_sections"]],
        })
        if last_time is None or t > last_time:
            last_time = t
    as_of = dt.datetime.combine(last_time.date() + dt.timedelta(days=6), dt.time())
    if as_of.year > 2024:
        as_of = dt.datetime(2024, 12, 31)
    record = {"patient": {"id": pnr, "birth_date": c["birth"], "protected_identity": False},
              "as_of": as_of.isoformat(), "notes": notes,
              "access_events": [], "conversations": [], "treatments": []}
    return {"case": c["name"], "ruleset": c["ruleset"], "record": record,
            "must": c["must"], "must_not": c["must_not"], "why": c["why"]}


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        nm = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{nm}: wrong keys")
        if nm in names:
            errs.append(f"{nm}: duplicate case name")
        names.add(nm)
        if not nm.startswith(PREFIX):
            errs.append(f"{nm}: name must start with {PREFIX}")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{nm}: bad ruleset")
        if not c["why"].strip():
            errs.append(f"{nm}: empty why")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{nm}: wrong record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(f"{nm}: access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pat["id"])
        if not m:
            errs.append(f"{nm}: bad personnummer format")
        else:
            if m.group(1) != pat["birth_date"].replace("-", ""):
                errs.append(f"{nm}: personnummer does not match birth_date")
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != ten[9]:
                errs.append(f"{nm}: personnummer fails Luhn")
        birth = dt.date.fromisoformat(pat["birth_date"])
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append(f"{nm}: as_of not in 2024")
        for day in [as_of.date()] + [dt.datetime.fromisoformat(n["time"]).date() for n in rec["notes"]]:
            if 13 <= age_on(birth, day) <= 15:
                errs.append(f"{nm}: patient aged 13-15 on {day}")
        ids = set()
        systems = {}
        for n in rec["notes"]:
            keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
            if set(n) != keys:
                errs.append(f"{nm}/{n.get('id')}: wrong note keys")
            if n["id"] in ids:
                errs.append(f"{nm}: duplicate note id {n['id']}")
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errs.append(f"{nm}: bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{nm}: VGR note not Melior")
            if n["author"]["role"] not in ROLES:
                errs.append(f"{nm}: bad role {n['author']['role']}")
            unit_rs = [u for u in UNITS.values() if u[0] == n["unit"]["name"]][0][3]
            if unit_rs != c["ruleset"]:
                errs.append(f"{nm}: unit from other region")
            if c["ruleset"] == "vgr" and ("BUP" in n["unit"]["name"] or "Barn" in n["unit"]["name"]):
                errs.append(f"{nm}: BUP cases are Skåne only")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append(f"{nm}: note time not in 2024")
            if t > as_of:
                errs.append(f"{nm}: note after as_of")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errs.append(f"{nm}: bad signed time")
            if not n["sections"]:
                errs.append(f"{nm}: note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(f"{nm}: bad section")
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != (nm, n["id"], sec["keyword"]):
                            errs.append(f"{nm}: sentence repeated (also in {sentences[s][0]}): {s!r}")
                        sentences.setdefault(s, (nm, n["id"], sec["keyword"]))
        seen = set()
        for lst in ("must", "must_not"):
            for pair in c[lst]:
                if len(pair) != 2 or pair[0] not in CODES:
                    errs.append(f"{nm}: bad assertion {pair}")
                    continue
                code, target = pair
                if target not in ids:
                    errs.append(f"{nm}: target {target} missing")
                    continue
                if (code, target) in seen:
                    errs.append(f"{nm}: {code}/{target} asserted twice")
                seen.add((code, target))
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    errs.append(f"{nm}: NL102 must on non-Melior note")
                if code == "NL101" and systems[target] == "PMO":
                    errs.append(f"{nm}: NL101 asserted on PMO note")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{nm}: no assertions")
    return errs


def main():
    cases = [build_case(c) for c in CASES]
    errs = validate(cases)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    per_rs = {}
    for c in cases:
        per_rs[c["ruleset"]] = per_rs.get(c["ruleset"], 0) + 1
    print(f"wrote {len(cases)} cases to {OUT}")
    print("rulesets:", per_rs)
    for k in sorted(counts):
        print(k[0], k[1], counts[k])


if __name__ == "__main__":
    main()
