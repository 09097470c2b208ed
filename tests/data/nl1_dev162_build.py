#!/usr/bin/env python3
"""Independent test set s28n_ (neurology) for the notelint NL101/NL102 rules.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and validates every case; it exits 1 on any problem.
"""
import json
import os
import re
import sys
import zlib
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev162_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region, default setting)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund_neuromott": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4NQ7", "Melior", "skane", "öppenvård"),
    "lund_neuroavd": ("Neurologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4NR2", "Melior", "skane", "slutenvård"),
    "malmo_stroke": ("Strokeenheten, Skånes universitetssjukhus Malmö", "SE2321000255-5KT9", "Melior", "skane", "slutenvård"),
    "lund_neurofys": ("Klinisk neurofysiologi, Skånes universitetssjukhus Lund", "SE2321000255-3FX1", "Melior", "skane", "öppenvård"),
    "hbg_neuro": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-8BH4", "Melior", "skane", "öppenvård"),
    "csk_stroke": ("Strokeenheten, Centralsjukhuset Kristianstad", "SE2321000255-9CK6", "Melior", "skane", "slutenvård"),
    "malmo_minnes": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6MM3", "Melior", "skane", "öppenvård"),
    "lund_barnneuro": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2BN8", "Melior", "skane", "öppenvård"),
    # Region Skåne, PMO (primary care)
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-P7T2", "PMO", "skane", "öppenvård"),
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-P4L9", "PMO", "skane", "öppenvård"),
    "vc_horby": ("Vårdcentralen Hörby", "SE2321000255-P3H5", "PMO", "skane", "öppenvård"),
    "hsjv_eslov": ("Hemsjukvården, Vårdcentralen Eslöv", "SE2321000255-P8E1", "PMO", "skane", "hemsjukvård"),
    "bvc_husie": ("BVC Husie, Malmö", "SE2321000255-P2B6", "PMO", "skane", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "su_neuromott": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004411", "Melior", "vgr", "öppenvård"),
    "su_neuroavd": ("Neurologavdelning 133, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004418", "Melior", "vgr", "slutenvård"),
    "su_stroke": ("Strokeenheten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000005207", "Melior", "vgr", "slutenvård"),
    "su_neurofys": ("Klinisk neurofysiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000003964", "Melior", "vgr", "öppenvård"),
    "nal_stroke": ("Strokeenheten, NÄL Trollhättan", "SE2321000131-E000000007132", "Melior", "vgr", "slutenvård"),
    "skas_neuro": ("Neurologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000006285", "Melior", "vgr", "öppenvård"),
    "sas_neuro": ("Medicinmottagningen neurologsektionen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000006540", "Melior", "vgr", "öppenvård"),
    "su_minnes": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000004876", "Melior", "vgr", "öppenvård"),
    "su_barnneuro": ("Barnneurologmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000002219", "Melior", "vgr", "öppenvård"),
}

AUTHORS = {
    # Skåne
    "lund_dr": ("Karin Lindqvist", "läkare"),
    "lund_st": ("Ahmad Rahimi", "läkare"),
    "lund_mssk": ("Eva Nordström", "sjuksköterska"),
    "lund_avd_dr": ("Sara Nilsson", "läkare"),
    "lund_avd_ssk": ("Jonas Friberg", "sjuksköterska"),
    "lund_kurator": ("Ulrika Dahl", "kurator"),
    "lund_logoped": ("Cecilia Ström", "logoped"),
    "malmo_stroke_dr": ("Johan Bergkvist", "läkare"),
    "malmo_stroke_ssk": ("Sofia Andersson", "sjuksköterska"),
    "malmo_at": ("Lina Håkansson", "arbetsterapeut"),
    "neurofys_lund_dr": ("Per Sandberg", "läkare"),
    "neurofys_bma": ("Maria Ek", "biomedicinsk analytiker"),
    "hbg_dr": ("Anders Wiklund", "läkare"),
    "hbg_st": ("Fatima Haddad", "läkare"),
    "csk_dr": ("Mikael Olsson", "läkare"),
    "csk_ssk": ("Helena Persson", "sjuksköterska"),
    "minnes_dr": ("Birgitta Holm", "läkare"),
    "minnes_ssk": ("Annika Svensson", "sjuksköterska"),
    "barnneuro_lund_dr": ("Tobias Lund", "läkare"),
    # Skåne primary care (PMO)
    "vc_tomelilla_dr": ("Lars Mattsson", "läkare"),
    "vc_linero_dr": ("Nadia Karimi", "läkare"),
    "vc_horby_dr": ("Erik Thorsson", "läkare"),
    "hsjv_ssk": ("Gunilla Berg", "sjuksköterska"),
    "bvc_ssk": ("Petra Jönsson", "sjuksköterska"),
    # VGR
    "su_dr": ("Magnus Falk", "läkare"),
    "su_st": ("Elin Ragnarsson", "läkare"),
    "su_mssk": ("Therese Lundgren", "sjuksköterska"),
    "su_avd_dr": ("David Holmberg", "läkare"),
    "su_avd_ssk": ("Josefin Åberg", "sjuksköterska"),
    "su_stroke_dr": ("Hanna Björk", "läkare"),
    "su_stroke_ssk": ("Robert Axelsson", "sjuksköterska"),
    "su_fysio": ("Marcus Lind", "fysioterapeut"),
    "su_neurofys_dr": ("Ingrid Wallin", "läkare"),
    "nal_dr": ("Oskar Hedlund", "läkare"),
    "nal_ssk": ("Malin Karlsson", "sjuksköterska"),
    "skas_dr": ("Peter Gustavsson", "läkare"),
    "skas_st": ("Amira Saleh", "läkare"),
    "sas_dr": ("Kristina Larsson", "läkare"),
    "su_minnes_dr": ("Göran Wikström", "läkare"),
    "su_minnes_ssk": ("Lena Johansson", "sjuksköterska"),
    "su_barnneuro_dr": ("Sanna Virtanen", "läkare"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, name):
    y, m, d = birth.split("-")
    serial = "%03d" % (zlib.crc32(name.encode("utf-8")) % 1000)
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def N(unit, author, template, time, sections, signed=40, nid="n1", setting=None, refs=None):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None (draft)."""
    u = UNITS[unit]
    a = AUTHORS[author]
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": u[2],
        "template": template,
        "unit": {"name": u[0], "hsa_id": u[1]},
        "author": {"name": a[0], "role": a[1]},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + timedelta(minutes=signed)).isoformat(),
        "setting": setting or u[4],
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
        "_unit_key": unit,
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition(":")
        out.append([code, nid or "n1"])
    return out


CASES = []


def C(name, ruleset, birth, notes, must, must_not, why, as_of=None):
    CASES.append({"name": name, "ruleset": ruleset, "birth": birth, "notes": notes,
                  "must": _targets(must), "must_not": _targets(must_not), "why": why,
                  "as_of": as_of})


# ================================================================ cases
# Notation: must / must_not are lists of "CODE" (target n1) or "CODE:nX".

# ---------------------------------------------------------------- part 1: NL102 positives
C("s28n_misstankt_ms_efter_optikusneurit", "skane", "1995-02-11", [
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-03-12 10:15", [
        ("Anamnes", "29-årig kvinna, remitterad från ögonkliniken pga synnedsättning hö öga sedan 10 dagar med smärta vid ögonrörelser. Tidigare frisk, inga läkemedel."),
        ("Status", "Visus hö 0,3, vä 1,0. RAPD hö. Färgseendet nedsatt hö. Neurologstatus i övrigt ua."),
        ("Bedömning", "Optikusneurit hö. MR hjärna visar tre periventrikulära T2-lesioner, misstänkt MS. LP planeras inom två veckor."),
    ])], ["NL102"], [],
    "hedged MS ('misstänkt MS') in visible Bedömning of a Skåne Melior note")

C("s28n_trol_parkinson_skovde", "vgr", "1956-07-30", [
    N("skas_neuro", "skas_dr", "Mottagningsanteckning", "2024-02-06 13:40", [
        ("Aktuellt", "Remiss från vc pga skakningar i vä hand sedan ett år, hustrun tycker att han går långsammare."),
        ("Status", "Vilotremor vä hand, kugghjulsrigiditet vä arm, nedsatt fingertapping vä > hö. Minskad armpendling vä. Postural stabilitet ua."),
        ("Bedömning", "Trol. idiopatisk Parkinsons sjukdom. Start Madopark 62,5 mg x 3, utvärdering om 3 mån."),
    ])], ["NL102"], [],
    "abbreviated hedge 'Trol.' on Parkinson in visible Bedömning (VGR Melior)")

C("s28n_dd_fokalt_anfall_eller_tia", "skane", "1949-11-03", [
    N("malmo_stroke", "malmo_stroke_dr", "Inskrivningsanteckning", "2024-04-18 22:05", [
        ("Aktuellt", "Inkommer med ambulans efter ca 20 min övergående afasi och ryckningar i hö arm. Åter habituell vid ankomst."),
        ("Status", "NIHSS 0. Lätt trött. Ingen tungbettsskada. EKG sinusrytm."),
        ("Bedömning", "DD fokalt anfall med postiktal afasi vs TIA. EEG och MR hjärna beställda, tills vidare Trombyl."),
    ])], ["NL102"], [],
    "'DD' (differential diagnosis) between two diagnoses in a visible section")

C("s28n_myasteni_kan_ej_uteslutas", "vgr", "1968-09-14", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-05-07 09:30", [
        ("Anamnes", "Sedan två månader hängande ögonlock och dubbelseende som förvärras mot kvällen. Inga sväljbesvär."),
        ("Bedömning", "Myasthenia gravis kan ej uteslutas. AChR-ak och neurografi med repetitiv stimulering beställs, återbesök när svaren kommit."),
    ])], ["NL102"], [],
    "'kan ej uteslutas' after a diagnosis is a hedge, not a negation")

C("s28n_als_fragetecken_telegrafisk", "skane", "1962-12-01", [
    N("hbg_neuro", "hbg_dr", "Läkaranteckning", "2024-01-23 14:10", [
        ("Status", "Fascikulationer bilat överarmar. Atrofi thenar hö. Livliga senreflexer, Hoffmann pos hö."),
        ("Bedömning", "ALS? EMG bokat v. 6, blodprover inkl CK tagna."),
    ])], ["NL102"], [],
    "bare question mark after ALS in a short telegraphic note")

C("s28n_neurografi_talar_for_cidp", "vgr", "1957-04-22", [
    N("sas_neuro", "sas_dr", "Mottagningsanteckning", "2024-06-11 11:00", [
        ("Utredning", "Neurografi: generell demyeliniserande bild med förlångsammade ledningshastigheter, förlängda F-latenser och temporal dispersion, talar för CIDP."),
        ("Planering", "Remiss till neurologmottagningen SU för ställningstagande till IVIG. Likvor planeras här."),
    ])], ["NL102"], [],
    "'talar för CIDP' in a visible Utredning section")

C("s28n_forenligt_med_tia_nal", "vgr", "1946-08-09", [
    N("nal_stroke", "nal_dr", "Daganteckning", "2024-03-03 08:45", [
        ("Aktuellt", "Övergående dysartri och munvinkelhäng hö ca 30 min igår eftermiddag. Ingen kvarstående svaghet."),
        ("Bedömning", "DT hjärna ua. Bilden förenlig med TIA i vä karotisterritoriet."),
        ("Planering", "Karotisdoppler idag. Start Trombyl och atorvastatin, telemetri över natten."),
    ])], ["NL102"], [],
    "'förenlig med TIA' on a stroke unit Daganteckning")

C("s28n_inger_misstanke_om_gliom", "skane", "1966-05-17", [
    N("lund_neuromott", "lund_st", "Läkaranteckning", "2024-02-20 15:20", [
        ("Aktuellt", "Nydebuterat generaliserat krampanfall för en vecka sedan, i övrigt frisk."),
        ("Bedömning", "MR hjärna visar en kontrastladdande förändring i vä frontallob med omgivande ödem som inger misstake om högmalignt gliom. Remiss neurokirurgen, Betapred 4 mg x 2."),
    ])], ["NL102"], [],
    "typo 'inger misstake om' högmalignt gliom, written by a resident in a visible section")

C("s28n_bild_som_vid_nph", "vgr", "1944-10-26", [
    N("su_neuromott", "su_st", "Mottagningsanteckning", "2024-09-17 10:00", [
        ("Anamnes", "Ökande gångsvårigheter senaste året, trängningsinkontinens och glömska enligt hustrun."),
        ("Status", "Bredspårig magnetisk gång med korta steg. MoCA 22/30."),
        ("Bedömning", "DT visar vidgade ventriklar utan motsvarande atrofi, bild som vid normaltryckshydrocefalus. Tap-test med gångtest före och efter planeras."),
    ])], ["NL102"], [],
    "'bild som vid' + diagnosis in visible Bedömning")

C("s28n_sannolik_lewy_body_demens", "skane", "1948-03-05", [
    N("malmo_minnes", "minnes_dr", "Läkaranteckning", "2024-10-08 13:00", [
        ("Bedömning", "Fluktuerande kognition, detaljerade synhallucinationer och drömsömnsbeteende sedan flera år. Sannolik Lewy body-demens. Undvik neuroleptika, start rivastigmin plåster 4,6 mg."),
    ])], ["NL102"], [],
    "'Sannolik' Lewy body dementia at a memory clinic (Melior)")

C("s28n_mojlig_gbs_osignerad", "vgr", "1990-01-19", [
    N("su_neuroavd", "su_avd_dr", "Inskrivningsanteckning", "2024-11-02 19:50", [
        ("Aktuellt", "Magsjuk för tre veckor sedan. Sedan 5 dagar uppåtstigande svaghet och stickningar i benen, nu svårt att resa sig ur stol."),
        ("Status", "Paraparés 4-/5 prox, areflexi i benen, nedsatta reflexer i armarna. VK 3,1 l."),
        ("Bedömning", "Möjlig Guillain-Barrés syndrom. LP och neurografi imorgon, VK x 4 per dygn."),
    ], signed=None)], ["NL102"], [],
    "unsigned draft with 'Möjlig' GBS; pre-signing check")

C("s28n_ev_fokal_epilepsi_barn", "skane", "2016-06-28", [
    N("lund_barnneuro", "barnneuro_lund_dr", "Läkaranteckning", "2024-04-04 09:15", [
        ("Anamnes", "8-årig flicka med återkommande episoder av stirrande blick och smackningar, 30–60 s, därefter trött. Förskolan har sett flera per vecka."),
        ("Bedömning", "Ev. fokal epilepsi med temporal start. Sömndeprivations-EEG beställs och föräldrarna ska filma episoderna."),
    ])], ["NL102"], [],
    "child under 13 (guardian reads): 'Ev.' on a diagnosis, not on a plan")

C("s28n_typo_missankt_ms", "vgr", "2000-08-03", [
    N("skas_neuro", "skas_st", "Mottagningsanteckning", "2024-07-09 14:30", [
        ("Aktuellt", "Domningar från naveln och nedåt sedan 2 veckor, elstötar längs ryggen vid framåtböjning av nacken."),
        ("Bedömning", "Missänkt MS, MR halsrygg, bröstrygg och hjärna beställda akut."),
    ])], ["NL102"], [],
    "typo 'Missänkt' in the hedge")

C("s28n_kan_rora_sig_om_vaskular_demens", "skane", "1943-02-14", [
    N("malmo_minnes", "minnes_dr", "Läkaranteckning", "2024-05-29 10:40", [
        ("Anamnes", "Anhöriga beskriver långsamhet i tanke och rörelse, tappat initiativ senaste två åren. Hypertoni och diabetes typ 2."),
        ("Bedömning", "Kan röra sig om subkortikal vaskulär demens, MR visar uttalade vitsubstansförändringar och flera lakuner."),
    ])], ["NL102"], [],
    "'Kan röra sig om' + vascular dementia in Bedömning")

C("s28n_fragestallning_narkolepsi", "vgr", "2004-12-12", [
    N("su_neurofys", "su_neurofys_dr", "Neurofysiologiskt utlåtande", "2024-08-22 12:00", [
        ("Frågeställning", "Narkolepsi typ 1? Uttalad dagtrötthet och knäsvikt vid skratt sedan gymnasiet."),
        ("Bedömning", "Polysomnografi utan sömnapné. MSLT med medelinsomningslatens 4 min och två SOREMP, fynd som talar för narkolepsi."),
    ])], ["NL102"], [],
    "neurophysiology report: referral question and 'talar för narkolepsi' are visible")

# ---------------------------------------------------------------- part 2: NL102 negatives
C("s28n_ingen_misstanke_om_ms", "skane", "1993-01-27", [
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-03-26 11:10", [
        ("Aktuellt", "Återbesök efter MR pga intermittenta stickningar i vä hand."),
        ("Bedömning", "MR hjärna och halsmärg utan demyeliniserande lesioner. Ingen misstanke om MS. Parestesierna bedöms som benigna, ingen ytterligare uppföljning här."),
    ])], [], ["NL102"],
    "negated: 'Ingen misstanke om MS' only")

C("s28n_als_uteslutes_emg", "vgr", "1979-06-06", [
    N("su_neurofys", "su_neurofys_dr", "Neurofysiologiskt utlåtande", "2024-04-16 14:45", [
        ("Frågeställning", "Fascikulationer i vaderna sedan ett halvår, orolig patient."),
        ("Bedömning", "EMG utan spontanaktivitet i samtliga undersökta muskler, normala motoriska enheter. ALS uteslutes. Fascikulationerna bedöms som benigna, ingen uppföljning behövs."),
    ])], [], ["NL102"],
    "ALS ruled out with 'uteslutes' in a neurophysiology statement")

C("s28n_mor_trol_alzheimer", "skane", "1962-08-19", [
    N("malmo_minnes", "minnes_ssk", "Sjuksköterskeanteckning", "2024-02-13 09:00", [
        ("Anamnes", "Mamman hade trol. Alzheimers sjukdom, insjuknade i 70-årsåldern. Pat själv upplever att hon tappar ord i stressade situationer."),
        ("Status", "MMT 29/30, klocktest ua, TMT-B inom normalområdet för åldern."),
        ("Bedömning", "Subjektiv kognitiv svikt utan objektiva fynd. Ny kontakt vid försämring."),
    ])], [], ["NL102"],
    "hedged diagnosis belongs to the mother (family history)")

C("s28n_ev_lp_trolig_kontroll_mr", "vgr", "1982-11-30", [
    N("su_neuromott", "su_mssk", "Sjuksköterskeanteckning", "2024-05-21 15:00", [
        ("Aktuellt", "Känd skovvis förlöpande MS sedan 2015, stabil på ocrelizumab, senaste infusion i april utan reaktion."),
        ("Planering", "Trolig kontroll-MR i höst. Ev. LP om nya symtom tillkommer, pat vet hur hon når MS-sjuksköterskan."),
    ])], [], ["NL102"],
    "hedges only on plans (MR, LP); MS itself is established")

C("s28n_trolig_utskrivning_hemrehab", "skane", "1952-04-08", [
    N("malmo_stroke", "malmo_stroke_ssk", "Omvårdnadsanteckning", "2024-06-04 14:20", [
        ("Aktuellt", "Dag 4 efter hjärninfarkt i hö mediaterritoriet. Vä-sidig svaghet förbättrad, går med rollator i korridoren."),
        ("Planering", "Trolig utskrivning till hemmet i morgon, ev. rehabilitering i hemmet via kommunen. AT gör hembesök i eftermiddag."),
    ])], [], ["NL102"],
    "'Trolig utskrivning' and 'ev. rehabilitering' are plans; the stroke is confirmed")

C("s28n_om_nytt_anfall_buccolam", "vgr", "2018-10-02", [
    N("su_barnneuro", "su_barnneuro_dr", "Läkaranteckning", "2024-01-15 16:30", [
        ("Aktuellt", "5-årig pojke, generaliserat krampanfall i samband med 39,8 graders feber igår, varade 3 min."),
        ("Status", "Pigg, normalt neurologstatus. Otoskopi: röd buktande trumhinna hö."),
        ("Bedömning", "Enkel feberkramp vid akut otit. Föräldrarna informerade: om nytt anfall som varar mer än 5 min ge Buccolam och ring 112."),
    ])], [], ["NL102"],
    "child; conditional instruction 'om nytt anfall' and a confirmed diagnosis")

C("s28n_pmo_misstankt_parkinson_remiss", "skane", "1954-09-12", [
    N("vc_tomelilla", "vc_tomelilla_dr", "Besöksanteckning", "2024-03-07 10:20", [
        ("Anamnes", "Tremor i hö hand sedan ett halvår, stelhet i axeln. Skriver mindre enligt hustrun."),
        ("Bedömning", "Misstänkt Parkinssons sjukdom. Remiss till neurologmottagningen i Lund."),
    ])], [], ["NL102"],
    "PMO never shows diagnoses: hedged Parkinson (typo 'Parkinssons') in a PMO note")

C("s28n_talar_emot_myasteni", "vgr", "1951-12-24", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-06-25 10:45", [
        ("Utredning", "Repetitiv stimulering utan dekrement, singelfiber-EMG normalt. AChR- och MuSK-antikroppar negativa."),
        ("Bedömning", "Sammantaget talar detta emot myasteni. Ptosen bedöms som aponeurotisk, remiss till ögonplastik."),
    ])], [], ["NL102"],
    "'talar emot myasteni' is a negation even though 'talar' resembles 'talar för'")

C("s28n_th_mall_misstankt_als", "skane", "1959-03-21", [
    N("lund_neuromott", "lund_dr", "Tidiga hypoteser", "2024-02-27 16:00", [
        ("Bedömning", "Misstänkt ALS med tanke på fascikulationer i tre regioner och övre motorneuronpåverkan. Avvaktar EMG innan något tas upp med patienten."),
    ])], [], ["NL102"],
    "Skåne: hedged ALS written in the protected template Tidiga hypoteser")

C("s28n_vgr_sokord_th_ftd", "vgr", "1965-05-05", [
    N("su_minnes", "su_minnes_dr", "Mottagningsanteckning", "2024-10-15 13:30", [
        ("Aktuellt", "Hustrun beskriver personlighetsförändring senaste året, impulsköp och minskad empati. Pat själv upplever sig frisk."),
        ("Tidiga hypoteser", "Möjligen tidig frontotemporal demens, beteendevariant. Diskuteras på teamkonferens innan något kommuniceras."),
        ("Planering", "Neuropsykologisk utredning och anhörigintervju. FDG-PET beställs."),
    ])], [], ["NL102"],
    "VGR: the hedge stands only under sökord Tidiga hypoteser, the other sections hold no diagnosis")

C("s28n_bekraftad_myasteni", "vgr", "1986-02-17", [
    N("skas_neuro", "skas_dr", "Mottagningsanteckning", "2024-08-13 09:10", [
        ("Diagnos", "Myasthenia gravis, generaliserad form, AChR-ak positiva."),
        ("Åtgärd", "Pyridostigmin 60 mg x 4. DT thorax utan tymom. Återbesök 6 veckor."),
    ])], [], ["NL102", "NL101"],
    "confirmed diagnosis, nothing hedged and nothing said about telling")

C("s28n_ev_dubbelseende_symtom", "skane", "1997-07-07", [
    N("hbg_neuro", "hbg_st", "Läkaranteckning", "2024-09-10 14:00", [
        ("Anamnes", "Migrän utan aura sedan tonåren, oförändrad frekvens. Beskriver ev. dubbelseende vid trötthet men är osäker."),
        ("Status", "Ögonmotorik ua, inga dubbelbilder vid prövning. Pupiller lika, reagerar prompt."),
        ("Bedömning", "Migrän utan aura. Fortsatt sumatriptan vid behov."),
    ])], [], ["NL102"],
    "hedge 'ev.' on a symptom (double vision), the diagnosis is confirmed")

C("s28n_eeg_troligen_artefakt", "vgr", "2001-04-29", [
    N("su_neurofys", "su_neurofys_dr", "Neurofysiologiskt utlåtande", "2024-02-08 11:30", [
        ("Bedömning", "Rutin-EEG med normal bakgrundsaktivitet 10 Hz. Enstaka skarpa transienter temporalt vä, troligen muskelartefakt. Ingen epileptiform aktivitet."),
    ])], [], ["NL102"],
    "'troligen' qualifies an EEG artefact, which is no diagnosis")

C("s28n_pmo_dd_alzheimer_depression", "skane", "1946-01-09", [
    N("vc_linero", "vc_linero_dr", "Besöksanteckning", "2024-11-12 13:15", [
        ("Aktuellt", "Minnesutredning på vårdcentralen. Dottern beskriver glömska och nedstämdhet sedan maken dog."),
        ("Status", "MMT 23/30, klocktest patologiskt. GDS-15: 8 poäng."),
        ("Bedömning", "DD Alzheimers sjukdom vs depression med kognitiv påverkan. DT hjärna och demensprover beställda."),
    ])], [], ["NL102"],
    "PMO dementia workup with 'DD' is never shown")

C("s28n_typo_ingen_missanke_tia", "skane", "1971-10-10", [
    N("hbg_neuro", "hbg_dr", "Läkaranteckning", "2024-07-02 08:50", [
        ("Aktuellt", "Svimning i kön på Ica med föregående illamående och svettning, snabbt återhämtad."),
        ("Bedömning", "Ingen missanke om TIA. Vasovagal synkope, ingen vidare utredning."),
    ])], [], ["NL102"],
    "typo 'missanke' in a negation: still negated")

# ---------------------------------------------------------------- part 3: NL101
C("s28n_nl101_glioblastom_pad_ej_informerad", "skane", "1960-09-02", [
    N("lund_neuroavd", "lund_avd_dr", "Daganteckning", "2024-03-14 13:25", [
        ("Aktuellt", "Dag 2 efter stereotaktisk biopsi av vä temporal tumör. Opåverkad, såret torrt."),
        ("Utredning", "PAD: glioblastom, IDH-vildtyp, WHO grad 4."),
        ("Planering", "Patienten är ännu inte informerad om PAD-svaret; besked ges av ansvarig läkare tillsammans med kontaktsjuksköterska på torsdag."),
    ])], ["NL101"], [],
    "settled glioblastoma in a visible section while the note says the patient is not yet informed")

C("s28n_nl101_als_diagnos_ej_meddelad", "vgr", "1955-12-15", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-05-02 16:10", [
        ("Utredning", "EMG visar pågående denervation i tre regioner. Kliniskt både övre och nedre motorneuronengagemang, Gold Coast-kriterierna uppfyllda."),
        ("Diagnos", "Amyotrofisk lateralskleros (ALS)."),
        ("Planering", "Diagnosen har inte meddelats patienten ännu, diagnossamtal bokas 14/5 med maken närvarande."),
    ])], ["NL101"], [],
    "ALS under sökord Diagnos, 'har inte meddelats patienten ännu'")

C("s28n_nl101_ms_besked_idag", "skane", "1991-04-14", [
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-04-23 10:30", [
        ("Bedömning", "Skovvis förlöpande MS enligt McDonald 2017: spridning i tid och rum på MR, oligoklonala band i likvor."),
        ("Åtgärd", "Diagnosen meddelades pat vid dagens besök. Hon tog beskedet sakligt, fick skriftlig information och kontakt med MS-sjuksköterskan för start av bromsbehandling."),
    ])], [], ["NL101"],
    "diagnosis told to the patient today")

C("s28n_nl101_parkinson_informerad_2022", "vgr", "1950-06-20", [
    N("sas_neuro", "sas_dr", "Mottagningsanteckning", "2024-02-29 11:20", [
        ("Aktuellt", "Parkinsons sjukdom sedan 2022, pat informerades om diagnosen redan då och har läst mycket själv. Nu wearing off ca 3 h efter varje dos."),
        ("Åtgärd", "Madopark ändras till 100 mg x 5, tillägg av entakapon diskuteras vid nästa besök."),
    ])], [], ["NL101"],
    "patient told earlier (2022)")

C("s28n_nl101_meningiom_op_datum_ej_klart", "skane", "1958-10-11", [
    N("hbg_neuro", "hbg_dr", "Läkaranteckning", "2024-09-24 09:40", [
        ("Bedömning", "Meningiom vä konvexitet 3 cm med lätt ödem, operationsindikation enligt neurokirurgisk konferens. Pat känner till diagnosen sedan MR-besöket."),
        ("Planering", "Pat är ännu inte informerad om operationsdatum, planeringsenheten i Lund ringer henne."),
    ])], [], ["NL101"],
    "what is not yet told is a date, not the diagnosis")

C("s28n_nl101_remiss_ej_meddelad", "vgr", "1947-03-30", [
    N("skas_neuro", "skas_st", "Mottagningsanteckning", "2024-10-01 14:15", [
        ("Bedömning", "Axonal sensorimotorisk polyneuropati orsakad av långvarig diabetes, diskuterat med pat idag."),
        ("Åtgärd", "Remiss till fotterapeut skickad efter besöket, pat inte meddelad om remissen ännu men informeras per brev."),
    ])], [], ["NL101"],
    "only the sent referral is not yet told; the diagnosis was discussed")

C("s28n_nl101_normal_mr_ej_meddelat", "skane", "1988-07-25", [
    N("lund_neuromott", "lund_mssk", "Sjuksköterskeanteckning", "2024-06-19 10:05", [
        ("Aktuellt", "Känd juvenil myoklon epilepsi, anfallsfri 2 år på valproat."),
        ("Åtgärd", "Kontroll-MR hjärna normal enligt dr L. Pat ej informerad om svaret ännu, brev skickas i veckan."),
    ])], [], ["NL101"],
    "the untold item is a normal result, not a diagnosis")

C("s28n_nl101_huntington_i_th_mall", "skane", "1983-01-08", [
    N("lund_neuromott", "lund_dr", "Tidiga hypoteser", "2024-11-20 15:45", [
        ("Bedömning", "Prediktiv gentest: CAG-expansion 43 repetitioner i HTT-genen, Huntingtons sjukdom bekräftad. Pat ej informerad ännu; beskedet ges av genetisk vägledare och mig gemensamt den 28/11."),
    ])], [], ["NL101"],
    "Skåne: untold diagnosis kept only in the Tidiga hypoteser template")

C("s28n_nl101_metastaser_i_th_sokord", "vgr", "1953-08-16", [
    N("su_neuromott", "su_st", "Mottagningsanteckning", "2024-04-09 13:00", [
        ("Aktuellt", "Återbesök efter MR. Pat mår bra, inga nya neurologiska symtom sedan förra besöket."),
        ("Tidiga hypoteser", "MR visar multipla metastaser cerebellärt och frontalt bilat, primärtumör okänd. Pat är inte informerad, besked ges vid nästa besök med anhörig."),
        ("Planering", "Nytt besök om en vecka tillsammans med dottern. DT thorax-buk beställd."),
    ])], [], ["NL101"],
    "VGR: untold diagnosis only under sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("s28n_nl101_hustrun_vet_inte", "vgr", "1961-02-03", [
    N("su_minnes", "su_minnes_dr", "Mottagningsanteckning", "2024-11-26 10:20", [
        ("Bedömning", "Frontotemporal demens, beteendevariant, enligt teamkonferensen."),
        ("Åtgärd", "Pat informerad om diagnosen idag tillsammans med sin syster. Hustrun vet ännu inte om diagnosen, pat vill själv berätta för henne i helgen."),
    ])], [], ["NL101"],
    "patient told; only a relative has not been told")

C("s28n_nl101_essentiell_tremor_inget_om_info", "skane", "1972-05-26", [
    N("hbg_neuro", "hbg_st", "Läkaranteckning", "2024-08-27 11:35", [
        ("Diagnos", "Essentiell tremor."),
        ("Åtgärd", "Propranolol 40 mg x 2 insatt efter EKG. Återbesök om 3 mån för utvärdering."),
    ])], [], ["NL101", "NL102"],
    "confirmed diagnosis with nothing said about telling the patient")

C("s28n_nl101_typo_infomerad_dm1", "vgr", "1984-09-09", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-07-16 09:50", [
        ("Utredning", "DNA-analys: CTG-expansion i DMPK-genen, dystrofia myotonika typ 1 bekräftad."),
        ("Planering", "Pat ej infomerad om diagnosen ännu, genetisk vägledning bokas före beskedet."),
    ])], ["NL101"], [],
    "typo 'infomerad': the diagnosis stands visible and has not been told")

C("s28n_nl101_ms_sen_anteckning_berattar", "skane", "1996-12-29", [
    N("lund_neuromott", "lund_st", "Läkaranteckning", "2024-04-02 15:30", [
        ("Utredning", "LP: oligoklonala band positiva. MR med nya kontrastladdande lesioner jämfört med januari, spridning i tid uppfylld."),
        ("Bedömning", "Diagnos MS. Pat ännu inte informerad, besked vid bokat besök 9/4."),
    ], nid="n1"),
    N("lund_neuromott", "lund_st", "Läkaranteckning", "2024-04-09 10:00", [
        ("Aktuellt", "Diagnosbesked MS lämnat idag till pat och hennes pojkvän. Vi gick igenom behandlingsalternativ och graviditetsfrågor."),
        ("Planering", "Start av ofatumumab efter vaccinationsstatus. MS-ssk ringer inom en vecka."),
    ], nid="n2"),
    ], ["NL101:n1"], ["NL101:n2"],
    "first note withholds the MS diagnosis; the later note that tells her is clean")

C("s28n_nl101_pat_har_inte_berattat_for_barnen", "skane", "1957-06-01", [
    N("lund_neuromott", "lund_kurator", "Kuratorsanteckning", "2024-05-15 14:00", [
        ("Aktuellt", "Pat informerades om ALS-diagnosen för två veckor sedan av dr Lindqvist. Han har inte berättat för sina vuxna barn ännu och vill ha stöd inför det samtalet."),
        ("Åtgärd", "Stödsamtal, genomgång av hur man kan förbereda samtalet. Ny tid om 10 dagar."),
    ])], [], ["NL101"],
    "patient knows; it is the patient who has not told his children")

C("s28n_nl101_afasi_ej_informerad", "vgr", "1941-07-12", [
    N("su_stroke", "su_stroke_dr", "Inskrivningsanteckning", "2024-12-03 03:20", [
        ("Aktuellt", "Vaknade med hö-sidig förlamning och talsvårigheter, sågs frisk kl 22. Utanför tidsfönster för trombolys."),
        ("Bedömning", "DT-angio med ocklusion av vä ACM M2, etablerad hjärninfarkt vä hemisfär."),
        ("Planering", "Pat ej informerad om diagnosen pga uttalad afasi, sonen informerad per telefon. Logoped och sväljbedömning i morgon."),
    ])], ["NL101"], [],
    "stroke diagnosis visible; the note says the (aphasic) patient is not informed")

# ---------------------------------------------------------------- part 4: NL102 positives, varied forms
C("s28n_epikris_trolig_autoimmun_encefalit", "vgr", "1998-03-18", [
    N("su_neuroavd", "su_avd_dr", "Epikris", "2024-02-16 14:00", [
        ("Kontaktorsak", "Inkom via akuten med nytillkomna psykiatriska symtom, förvirring och två generaliserade krampanfall."),
        ("Förlopp", "Vårdtid 12 dagar. Likvor: 38 celler, mononukleära, protein lätt förhöjt. MR hjärna med T2-signalökning i bägge mediala temporalloberna. EEG med diffus långsam aktivitet och extreme delta brush. Levetiracetam 1000 mg x 2 insatt, anfallsfri från dag 3. Behandlad med högdos metylprednisolon i 5 dagar och därefter IVIG. Gradvis förbättring, orienterad sista veckan men kvarstående minnessvårigheter."),
        ("Status vid utskrivning", "Vaken, orienterad till tid och rum. Kranialnerver ua. Inga pareser. Lätta orofaciala dyskinesier. Gång ua."),
        ("Epikris", "Trolig autoimmun encefalit, anti-NMDAR-antikroppar i serum och likvor analyseras. Gynundersökning och MR bäcken bokade för att leta ovarialteratom."),
        ("Uppföljning", "Återbesök neurologmottagningen om 3 veckor. Prednisolon nedtrappning enligt schema i läkemedelslistan."),
    ])], ["NL102"], [],
    "long discharge summary; the one hedged diagnosis sits in the visible Epikris section")

C("s28n_ssk_susp_stroke_ankomst", "skane", "1950-05-31", [
    N("malmo_stroke", "malmo_stroke_ssk", "Omvårdnadsanteckning", "2024-07-21 06:10", [
        ("Aktuellt", "Inkom via ambulans prio 1 med susp. stroke, NIHSS 6 vid ankomst. Vä-sidig facialispares och svaghet vä arm."),
        ("Åtgärd", "Sväljtest: ej godkänt, fasta tills vidare. Blodsocker 7,2. Huvudända höjd 30 grader."),
    ])], ["NL102"], [],
    "stroke nurse writes 'susp. stroke' on arrival")

C("s28n_telefon_misstankt_optikusneurit", "vgr", "1987-10-04", [
    N("su_neuromott", "su_mssk", "Telefonanteckning", "2024-03-20 08:25", [
        ("Telefonkontakt", "Pat med känd MS ringer: suddig syn och smärta bakom hö öga sedan igår, värre vid ögonrörelser."),
        ("Bedömning", "Misstänkt optikusneurit hö, akuttid hos neurolog i eftermiddag bokad."),
    ])], ["NL102"], [],
    "MS nurse telephone note with a suspected new diagnosis (optic neuritis)")

C("s28n_vgr_mall_th_men_sokord_bedomning", "vgr", "1953-04-27", [
    N("skas_neuro", "skas_dr", "Tidiga hypoteser", "2024-05-14 15:10", [
        ("Bedömning", "Trolig progressiv supranukleär pares med tanke på vertikal blickpares nedåt och tidiga bakåtfall."),
    ])], ["NL102"], [],
    "VGR filters by sökord, not by template: a hedge under sökord Bedömning is visible even in a template named Tidiga hypoteser")

C("s28n_dd_lista_vestibular_neurit_cerebellar_infarkt", "skane", "1963-02-22", [
    N("hbg_neuro", "hbg_st", "Konsultationsanteckning", "2024-01-30 21:40", [
        ("Aktuellt", "Konsult från akuten: akut debuterad kraftig rotatorisk yrsel med kräkningar sedan i morse."),
        ("Status", "Horisontell nystagmus åt hö. Head impulse test normalt. Ataxi vid knä-häl-prov vä."),
        ("Bedömning", "DD: 1) vestibulär neurit 2) cerebellär infarkt. MR akut beställd, läggs in på strokeenheten."),
    ], signed=None)], ["NL102"], [],
    "numbered differential-diagnosis list after 'DD:'")

C("s28n_oklart_om_epilepsi_eller_pnes", "vgr", "1997-08-08", [
    N("sas_neuro", "sas_dr", "Mottagningsanteckning", "2024-04-30 13:50", [
        ("Anamnes", "Upprepade attacker med skakningar i alla extremiteter upp till 15 min, ögonen hårt slutna, minns delar av attackerna."),
        ("Bedömning", "Oklart om episoderna är epileptiska anfall eller psykogena icke-epileptiska anfall (PNES). Långtids-video-EEG planeras på SU."),
    ])], ["NL102"], [],
    "'Oklart om' between two diagnoses")

C("s28n_cerebellar_infarkt_fragetecken", "skane", "1945-09-19", [
    N("csk_stroke", "csk_dr", "Inskrivningsanteckning", "2024-10-19 17:30", [
        ("Aktuellt", "Plötslig yrsel och gångsvårighet under trädgårdsarbete, fall åt vä."),
        ("Status", "Riktningsväxlande nystagmus. Bredspårig ostadig gång, kan inte stå med fötterna ihop."),
        ("Bedömning", "Cerebellär infarkt? MR akut, DT utan blödning."),
    ])], ["NL102"], [],
    "question mark after the diagnosis, not before")

C("s28n_typo_sannolkit_alzheimer", "vgr", "1949-12-09", [
    N("su_minnes", "su_minnes_dr", "Mottagningsanteckning", "2024-06-18 11:15", [
        ("Bedömning", "Sannolkit Alzheimers sjukdom i tidig fas, MMT 25 och patologiska biomarkörer i likvor. Start donepezil 5 mg."),
    ])], ["NL102"], [],
    "typo 'Sannolkit' in the hedge")

C("s28n_mojligen_smafiberneuropati", "skane", "1974-04-03", [
    N("lund_neuromott", "lund_st", "Läkaranteckning", "2024-11-05 10:50", [
        ("Anamnes", "Brännande smärta i fotsulorna nattetid sedan ett år."),
        ("Bedömning", "Neurografi normal. Möjligen småfiberneuorpati, hudbiopsi för nervfibertäthet remitteras till neurofysiologen."),
    ])], ["NL102"], [],
    "'Möjligen' + small-fibre neuropathy with typo 'småfiberneuorpati'")

C("s28n_eeg_utlatande_fokal_epilepsi", "skane", "1999-11-27", [
    N("lund_neurofys", "neurofys_lund_dr", "Neurofysiologiskt utlåtande", "2024-03-28 12:40", [
        ("Frågeställning", "Två episoder med déjà vu-känsla följt av medvetandepåverkan."),
        ("Bedömning", "Interiktala skarpa vågor vä temporalt under dåsighet, fynd som kan tala för fokal epilepsi med vä temporalt ursprung."),
    ])], ["NL102"], [],
    "neurophysiology statement 'kan tala för' a diagnosis (Skåne shows neurophysiology reports)")

C("s28n_lang_mottagning_dd_nmosd", "vgr", "1993-05-12", [
    N("su_neuromott", "su_st", "Mottagningsanteckning", "2024-09-03 14:00", [
        ("Anamnes", "Ung kvinna med bilateral synnedsättning i våras, delvis återhämtad. Nu sedan 10 dagar domningar under bröstnivå och urinträngningar. Hicka i flera dagar förra månaden. Inga läkemedel, tidigare frisk."),
        ("Status", "Visus 0,5 bilat. Sensorisk nivå Th6. Spastisk paraparés 4/5. Babinski bilat."),
        ("Utredning", "MR ryggmärg: longitudinellt utbredd myelit från C7 till Th8. MR hjärna med lesion vid area postrema."),
        ("Bedömning", "Longitudinellt utbredd transversell myelit. DD neuromyelitis optica spectrum disorder (NMOSD), AQP4- och MOG-antikroppar skickade."),
        ("Planering", "Läggs in för högdos kortison, plasmaferes förbereds om utebliven effekt."),
    ])], ["NL102"], [],
    "multi-section chart; 'DD NMOSD' buried in Bedömning")

C("s28n_eventuell_cadasil", "skane", "1976-06-15", [
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-02-01 09:20", [
        ("Anamnes", "Migrän med aura sedan 30-årsåldern, två lakunära infarkter senaste året trots normalt blodtryck."),
        ("Bedömning", "Evetuell CADASIL, MR med utbredda vitsubstansförändringar temporopolärt. NOTCH3-analys efter genetisk vägledning."),
    ])], ["NL102"], [],
    "typo 'Evetuell' + CADASIL")

C("s28n_planhedgar_plus_vaskular_parkinsonism", "vgr", "1940-11-11", [
    N("nal_stroke", "nal_dr", "Daganteckning", "2024-08-06 10:30", [
        ("Aktuellt", "Trolig hemgång i morgon om fysioterapeuten godkänner förflyttningar. Ev. korttidsboende diskuteras med biståndshandläggare."),
        ("Bedömning", "Småstegad gång med startsvårigheter, lite tremor. Sannolik vaskulär parkinsonism mot bakgrund av multipla lakuner på MR."),
    ])], ["NL102"], [],
    "hard positive: several plan hedges plus one real hedged diagnosis")

C("s28n_pmo_hemsjukvard_trol_stroke", "skane", "1936-03-09", [
    N("hsjv_eslov", "hsjv_ssk", "Hembesök", "2024-05-08 10:00", [
        ("Aktuellt", "Hembesök: pat har sluddrigt tal sedan morgonen och tappar kaffekoppen ur hö hand. Trol. stroke, ambulans beställd och anhöriga underrättade."),
    ])], [], ["NL102"],
    "PMO home care note with a hedged stroke is never shown")

C("s28n_osignerad_misstankt_sinustrombos", "vgr", "1999-01-21", [
    N("su_neuroavd", "su_avd_dr", "Inskrivningsanteckning", "2024-10-27 23:15", [
        ("Aktuellt", "Tilltagande huvudvärk i en vecka, värre liggande. P-piller sedan 3 månader. Kräktes i kväll."),
        ("Status", "Papillödem bilat. Inga fokala bortfall."),
        ("Bedömning", "Misstänkt sinusventrombos, DT-venografi akut i natt."),
    ], signed=None)], ["NL102"], [],
    "unsigned draft on the ward with a suspected cerebral venous thrombosis")

# ---------------------------------------------------------------- part 5: NL102 hard negatives
C("s28n_vid_misstanke_om_ny_stroke_ring_112", "skane", "1948-08-28", [
    N("malmo_stroke", "malmo_stroke_dr", "Epikris", "2024-09-13 11:00", [
        ("Epikris", "Hjärninfarkt vä capsula interna med hö-sidig motorisk svaghet, god återhämtning under vårdtiden. Sekundärprevention med klopidogrel och atorvastatin."),
        ("Information", "Pat och maken informerade: vid misstanke om ny stroke ska de ringa 112 direkt, AKUT-testet gicks igenom."),
    ])], [], ["NL102"],
    "'vid misstanke om ny stroke' is a conditional instruction; the stroke itself is confirmed")

C("s28n_dd_myasteni_avskrevs", "vgr", "1970-02-02", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-01-18 10:10", [
        ("Bedömning", "Diffrentialdiagnosen myasteni avskrevs efter negativa antikroppar och normal repetitiv stimulering. Slutdiagnos kronisk progressiv extern oftalmoplegi, mitokondriell myopati verifierad med muskelbiopsi."),
    ])], [], ["NL102"],
    "typo 'Diffrentialdiagnosen ... avskrevs' is ruled out; final diagnosis verified")

C("s28n_bror_utreds_for_als", "skane", "1972-12-19", [
    N("lund_neuromott", "lund_st", "Läkaranteckning", "2024-06-26 13:20", [
        ("Anamnes", "Brodern 54 år utreds för misstänkt ALS i Uppsala. Pat själv utan symtom men orolig och vill veta om ärftlighet."),
        ("Status", "Neurologstatus helt ua, inga fascikulationer, normala reflexer."),
        ("Bedömning", "Frisk. Informerad om att genetisk vägledning kan bli aktuell om broderns diagnos fastställs och en mutation hittas."),
    ])], [], ["NL102"],
    "the hedged ALS belongs to the brother")

C("s28n_blodning_kan_uteslutas_migran", "vgr", "1994-09-23", [
    N("nal_stroke", "nal_dr", "Konsultationsanteckning", "2024-07-28 19:05", [
        ("Aktuellt", "Flimmerskotom i 25 min följt av pulserande huvudvärk hö sida, likadant som tidigare anfall men starkare."),
        ("Bedömning", "Blödning kan uteslutas på DT. Migrän med typisk aura, god effekt av sumatriptan på akuten. Hem."),
    ], signed=None)], [], ["NL102"],
    "'kan uteslutas' without 'ej' is a negation")

C("s28n_datscan_inga_tecken_pa_parkinson", "skane", "1958-01-13", [
    N("hbg_neuro", "hbg_dr", "Läkaranteckning", "2024-04-11 10:25", [
        ("Utredning", "DaTSCAN normal, inga tecken på presynaptisk dopaminerg degeneration."),
        ("Bedömning", "Parkinsons sjukdom föreligger inte. Tremorn är en förstärkt fysiologisk tremor, förvärrad av salbutamol."),
    ])], [], ["NL102"],
    "'inga tecken på' and an explicit 'föreligger inte'")

C("s28n_misstanken_avskrivs_spanningshuvudvark", "vgr", "1990-06-30", [
    N("su_neuroavd", "su_avd_dr", "Daganteckning", "2024-03-11 09:40", [
        ("Bedömning", "Misstanken om sinusventrombos avskrivs efter normal DT-venografi. Spänningshuvudvärk, analgetikaöverförbrukning diskuterad."),
        ("Planering", "Utskrivning idag, uppföljning hos distriktsläkare."),
    ])], [], ["NL102"],
    "'Misstanken ... avskrivs' starts with a hedge word but rules the diagnosis out")

C("s28n_ssk_trolig_flytt_geriatrik", "vgr", "1939-10-17", [
    N("su_stroke", "su_stroke_ssk", "Omvårdnadsanteckning", "2024-12-10 15:30", [
        ("Aktuellt", "Hjärninfarkt hö hemisfär med kvarstående vä-sidig neglekt. Äter själv med uppläggning, behöver hjälp med förflyttning av en person."),
        ("Planering", "Trolig flytt till geriatrisk rehab på fredag. Ev. behov av rullstol, AT kontaktad."),
    ])], [], ["NL102"],
    "nurse note: hedges on transfer and aids, not on the diagnosis")

C("s28n_mojligen_babinski_fynd", "skane", "1966-03-24", [
    N("hbg_neuro", "hbg_st", "Läkaranteckning", "2024-10-22 14:45", [
        ("Status", "Möjligen uppåtgående plantarreflex vä, svårbedömt pga kittlighet. Sensibilitet nedsatt för stick på tumme och pekfinger hö."),
        ("Diagnos", "Cervikal radikulopati C6 hö, MR-verifierad diskbråck C5–C6."),
    ])], [], ["NL102"],
    "'Möjligen' on a reflex finding; the diagnosis is MR-verified")

C("s28n_kand_jme_receptfornyelse", "vgr", "2002-02-25", [
    N("skas_neuro", "skas_dr", "Telefonanteckning", "2024-11-14 12:05", [
        ("Telefonkontakt", "Känd juvenil myoklon epilepsi, välinställd på lamotrigin 150 mg x 2. Pat ringer om receptförnyelse, förnyat för ett år."),
    ])], [], ["NL102"],
    "one-line telephone note; established epilepsy, no hedge at all")

C("s28n_th_mall_lang_lewy", "skane", "1944-07-04", [
    N("malmo_minnes", "minnes_dr", "Tidiga hypoteser", "2024-08-20 16:10", [
        ("Anamnes", "Dottern berättar i enskilt samtal att pappan ser små barn i trädgården och slår omkring sig i sömnen. Pat själv förnekar problem."),
        ("Bedömning", "Inger misstanke om Lewy body-demens. Bör inte tas upp med pat förrän DaTSCAN är gjord, han har en svår ångestproblematik."),
    ], signed=None)], [], ["NL102"],
    "Skåne Tidiga hypoteser template with 'Inger misstanke om' spread over two sections")

C("s28n_ej_forenlig_med_myosit", "vgr", "1975-11-28", [
    N("sas_neuro", "sas_dr", "Mottagningsanteckning", "2024-05-23 10:15", [
        ("Utredning", "CK 140, myositantikroppar negativa, EMG utan myopatiska förändringar."),
        ("Bedömning", "Bilden ej förenlig med myosit. Muskelvärken bedöms som statinrelaterad myalgi, atorvastatin sätts ut."),
    ])], [], ["NL102"],
    "'ej förenlig med' negates the look-alike hedge 'förenlig med'")

C("s28n_farfar_huntington_asymtomatisk", "skane", "2006-09-17", [
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-10-30 15:00", [
        ("Anamnes", "Farfar hade Huntingtons sjukdom. Fadern misstänks bära anlaget men vill inte testas."),
        ("Bedömning", "Pat 18 år i september, asymtomatisk och neurologiskt ua. Önskar prediktiv testning och har fått information om vägledningsprocessen."),
    ])], [], ["NL102"],
    "hedged carrier state belongs to the father; the patient is asymptomatic")

C("s28n_pmo_trol_diabetesneuropati", "skane", "1952-12-05", [
    N("vc_horby", "vc_horby_dr", "Besöksanteckning", "2024-02-22 08:40", [
        ("Bedömning", "Trol. diabetesneuropati, monofilament nedsatt bilat upp till mellanfoten. Remiss till fotterapeut, HbA1c 68."),
    ])], [], ["NL102"],
    "PMO note with 'Trol.' diagnosis")

C("s28n_vgr_negation_synlig_hypotes_i_th", "vgr", "1985-08-01", [
    N("su_neuromott", "su_st", "Mottagningsanteckning", "2024-06-05 09:45", [
        ("Bedömning", "Ingen misstanke om stroke eller MS, DT och MR hjärna utan patologi."),
        ("Tidiga hypoteser", "Funktionell neurologisk störning kan inte uteslutas med tanke på positivt Hoovers tecken och variabel svaghet. Tas upp när förtroende byggts."),
        ("Planering", "Fysioterapeutisk bedömning, återbesök om 6 veckor."),
    ])], [], ["NL102"],
    "VGR: visible Bedömning only negates; the real hypothesis is under Tidiga hypoteser")

C("s28n_tidigare_misstankt_ms_avskrevs", "skane", "1985-03-03", [
    N("hbg_neuro", "hbg_dr", "Läkaranteckning", "2024-12-12 11:30", [
        ("Anamnes", "Tidigare misstänkt MS 2019 pga domningar, misstanken avskrevs efter normal MR och likvor. Nu remitterad för huvudvärk."),
        ("Bedömning", "Kronisk migrän utan aura, överförbrukning av triptaner. Start av topiramat och utsättning av triptaner."),
    ])], [], ["NL102"],
    "an old suspicion that was later ruled out")

# ---------------------------------------------------------------- part 6: NL101 continued
C("s28n_nl101_alzheimer_besked_vid_aterbesok", "skane", "1947-05-09", [
    N("malmo_minnes", "minnes_dr", "Läkaranteckning", "2024-05-21 14:30", [
        ("Bedömning", "Teamkonferens: Alzheimers sjukdom med lindrig demens, MMT 22 och patologiska CSF-biomarkörer (lågt amyloid beta 42, högt p-tau)."),
        ("Planering", "Pat och dottern informeras vid återbesök 3/6 och ska inte få beskedet via journalen innan dess."),
    ])], ["NL101"], [],
    "'ska inte få beskedet' before the return visit; Alzheimer stands visible")

C("s28n_nl101_datscan_parkinson_ej_kommunicerad", "vgr", "1959-08-21", [
    N("skas_neuro", "skas_dr", "Mottagningsanteckning", "2024-03-05 15:15", [
        ("Utredning", "DaTSCAN patologisk bilat, vä > hö, typiskt för nigrostriatal degeneration."),
        ("Diagnos", "Parkinsons sjukdom."),
        ("Planering", "Diagnosen ej komunicerad med pat ännu eftersom besöket avbröts när hustrun blev akut sjuk. Ny tid bokas inom 2 veckor."),
    ])], ["NL101"], [],
    "typo 'ej komunicerad med pat' after a visible Parkinson diagnosis")

C("s28n_nl101_provsvar_meddelat_per_telefon", "vgr", "1964-11-07", [
    N("su_neuromott", "su_mssk", "Telefonanteckning", "2024-06-12 13:10", [
        ("Telefonkontakt", "Ringt pat och meddelat provsvar: AChR-antikroppar positiva, myasthenia gravis är därmed bekräftad. Pat fick ställa frågor och har bokad tid hos dr Falk nästa vecka."),
    ])], [], ["NL101"],
    "the diagnosis is told by phone in the same note")

C("s28n_nl101_ssk_far_inte_informeras_metastaser", "skane", "1956-02-19", [
    N("lund_neuroavd", "lund_avd_ssk", "Omvårdnadsanteckning", "2024-08-08 20:40", [
        ("Aktuellt", "Pat frågar flera gånger om MR-svaret och är orolig."),
        ("Bedömning", "Enligt dr Nilsson visar MR hjärnmetastaser från känd bröstcancer; pat ska inte informeras förrän onkologen träffat henne i morgon förmiddag."),
        ("Åtgärd", "Samtal, pat lugnad. Oxascand 5 mg till natten enligt ordination."),
    ])], ["NL101"], [],
    "ward nurse writes the diagnosis and that the patient must not be told yet")

C("s28n_nl101_byte_av_behandling_ej_meddelat", "vgr", "1978-04-16", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-08-29 10:40", [
        ("Aktuellt", "Skovvis förlöpande MS sedan 2012, natalizumab var 4:e vecka. JCV-antikroppsindex stigande till 1,8."),
        ("Planering", "Pat ännu inte informerad om att byte till ocrelizumab föreslås pga PML-risken; tas upp vid besök 2/9."),
    ])], [], ["NL101"],
    "what is not yet told is a treatment plan, not a diagnosis")

C("s28n_nl101_oligodendrogliom_vet_inte", "vgr", "1980-12-02", [
    N("su_neuroavd", "su_avd_dr", "Daganteckning", "2024-01-24 11:55", [
        ("Utredning", "PAD-svar: oligodendrogliom WHO grad 2, IDH-muterat och 1p/19q-kodelerat."),
        ("Planering", "Pat vet ännu inte om PAD-svaret; informationssamtal med pat och sambon bokat fredag kl 10 tillsammans med kontaktssk."),
    ])], ["NL101"], [],
    "lay wording 'vet ännu inte om' the visible tumour diagnosis")

C("s28n_nl101_cmt_ej_formedlad", "skane", "1989-10-22", [
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-09-05 16:20", [
        ("Utredning", "Genetisk analys: duplikation av PMP22, Charcot-Marie-Toothsjukdom typ 1A."),
        ("Planering", "Pat har avböjt att få besked per telefon; diagnosen är därför inte förmedlad ännu. Besök bokat 19/9."),
    ])], ["NL101"], [],
    "'inte förmedlad ännu' about a genetically confirmed CMT1A")

C("s28n_nl101_ms_uteslutet_ej_meddelat", "vgr", "1992-03-26", [
    N("sas_neuro", "sas_dr", "Mottagningsanteckning", "2024-10-09 15:40", [
        ("Utredning", "Likvor utan oligoklonala band, MR hjärna och halsmärg utan lesioner."),
        ("Bedömning", "MS kan därmed uteslutas. Pat ej informerad ännu, jag ringer henne i morgon."),
    ])], [], ["NL101", "NL102"],
    "the untold news is that MS was ruled out: no diagnosis is withheld")

C("s28n_nl101_th_forst_sedan_synligt_besked", "skane", "1954-10-30", [
    N("lund_neuromott", "lund_dr", "Tidiga hypoteser", "2024-05-06 17:00", [
        ("Bedömning", "EMG talar starkt för ALS. Pat ej informerad ännu, vill ha hustrun med vid beskedet."),
    ], nid="n1"),
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-05-13 10:30", [
        ("Bedömning", "ALS, diagnosbesked lämnat idag till pat och hustru. Riluzol insatt, remiss till ALS-teamet."),
    ], nid="n2"),
    ], [], ["NL101:n1", "NL101:n2"],
    "hypothesis kept in the Tidiga hypoteser template, then told and written visibly")

C("s28n_nl101_typo_underattad_schwannom", "vgr", "1967-07-19", [
    N("nal_stroke", "nal_dr", "Daganteckning", "2024-04-25 09:15", [
        ("Bedömning", "MR bekräftar liten infarkt i hö thalamus. Som bifynd vestibularisschwannom hö 12 mm."),
        ("Planering", "Pat ej underättad om bifyndet ännu, tas upp vid återbesök efter remissvar från ÖNH."),
    ])], ["NL101"], [],
    "typo 'underättad' (underrättad) about an incidental schwannoma diagnosis")

C("s28n_nl101_fk_komplettering_ej_kand", "vgr", "1976-01-31", [
    N("skas_neuro", "skas_st", "Mottagningsanteckning", "2024-07-04 13:35", [
        ("Aktuellt", "Status efter subaraknoidalblödning i februari, coilad. Kvarstående uttröttbarhet, arbetstränar 25 %."),
        ("Åtgärd", "Pat har ännu inte fått veta att Försäkringskassan begärt kompletterande intyg, skrivs idag och pat kontaktas."),
    ])], [], ["NL101"],
    "what the patient has not yet been told is an insurance matter")

C("s28n_nl101_aneurysm_neurokirurgisk_konferens_forst", "skane", "1969-04-05", [
    N("hbg_neuro", "hbg_dr", "Läkaranteckning", "2024-02-14 10:00", [
        ("Utredning", "MR hjärna pga migrän: inga strukturella förklaringar till huvudvärken. Bifynd: aneurysm på a. communicans anterior, 5 mm."),
        ("Planering", "Pat ej informerad om aneurysmet ännu, diskuteras först på neurokirurgisk konferens på torsdag."),
    ], signed=None)], ["NL101"], [],
    "incidental aneurysm visible, 'ej informerad om aneurysmet ännu'")

C("s28n_nl101_ssk_demensdiagnos_inte_fatt_veta", "vgr", "1938-06-24", [
    N("su_stroke", "su_stroke_ssk", "Omvårdnadsanteckning", "2024-09-27 21:10", [
        ("Aktuellt", "Pat orolig på kvällen, letar efter sin bil. Vaskulär demens enligt utredning på minnesmottagningen i somras."),
        ("Bedömning", "Patienten har inte fått veta sin demensdiagnos ännu, dottern vill vara med när läkaren berättar."),
    ])], ["NL101"], [],
    "nurse, lay wording 'har inte fått veta sin demensdiagnos'")

C("s28n_nl101_epilepsi_korkort_ringer_upp", "skane", "1993-07-08", [
    N("hbg_neuro", "hbg_st", "Läkaranteckning", "2024-06-13 17:20", [
        ("Diagnos", "Epilepsi, två oprovocerade generaliserade anfall med 4 månaders mellanrum och epileptiform aktivitet på EEG."),
        ("Planering", "Pat ej informerad om diagnosen ännu, han gick innan jag hann träffa honom. Jag ringer upp i morgon och informerar även om körkortsreglerna."),
    ], signed=None)], ["NL101"], [],
    "epilepsy diagnosis visible, patient left before he could be told")

C("s28n_nl101_attrv_ej_delgiven", "vgr", "1962-09-29", [
    N("sas_neuro", "sas_dr", "Mottagningsanteckning", "2024-12-04 11:25", [
        ("Diagnos", "Hereditär transtyretinamyloidos med polyneuropati (ATTRv, Val30Met), verifierad med gentest och biopsi."),
        ("Planering", "Diagnosen har ännu inte delgivits patienten. Besked ges på mottagningen 11/12 med tolk."),
    ])], ["NL101"], [],
    "'har ännu inte delgivits patienten' with a verified ATTRv diagnosis")

# ---------------------------------------------------------------- part 7: long charts, several notes, PMO, children
C("s28n_lang_inskrivning_trombektomi_utan_hypotes", "skane", "1951-01-16", [
    N("malmo_stroke", "malmo_stroke_dr", "Inskrivningsanteckning", "2024-02-09 02:45", [
        ("Kontaktorsak", "Akut insjuknande med vä-sidig förlamning och blickdeviation åt hö kl 23.40, larmat via 112. Strokelarm från ambulansen."),
        ("Anamnes", "Förmaksflimmer sedan 2019, Eliquis 5 mg x 2 men enligt hustrun missade doser senaste veckan. Hypertoni. Bor med hustrun i villa, helt självständig, kör bil. Ingen känd läkemedelsallergi."),
        ("Status", "AT: vaken, påverkad. Cor: oregelbunden rytm, frekvens 110. BT 172/94. Neuro: blickdeviation hö, vä-sidig hemipares arm 0/5, ben 2/5, neglekt vä, dysartri. NIHSS 17."),
        ("Utredning", "DT hjärna utan blödning, ASPECTS 9. DT-angio: ocklusion av hö ACM M1. Perfusion med stor penumbra. Lab: Hb 141, TPK 221, PK 1,1, glukos 6,8, krea 88."),
        ("Åtgärd", "Trombolys ej given pga oklart Eliquis-intag och anti-Xa-nivå som inte hanns analysera. Trombektomi kl 01.30 med TICI 2b-reperfusion. Efter ingreppet NIHSS 8."),
        ("Bedömning", "Hjärninfarkt hö mediaterritoriet, kardioembolisk genes vid förmaksflimmer med bristande följsamhet till antikoagulation."),
        ("Planering", "Strokeenheten med övervakning var 15:e min första timmarna, BT-mål under 180/105. DT kontroll om 24 h. Ev. återinsättning av Eliquis dag 6 beroende på infarktstorlek. Sväljbedömning innan peroral tillförsel. Sjukgymnast och AT från i morgon, trolig längre rehabilitering. Hustrun informerad per telefon om förloppet, kommer i morgon förmiddag."),
    ])], [], ["NL102"],
    "long stroke admission with many plan hedges ('Ev. återinsättning', 'trolig längre rehabilitering') but only confirmed diagnoses")

C("s28n_lang_ms_mottagning_dd_neurosarkoidos", "vgr", "1983-06-09", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-10-24 09:00", [
        ("Anamnes", "Kvinna född -83, remitterad från ögonkliniken efter uveit bilat i somras. Sedan september ansiktsförlamning hö som gått tillbaka, nu tilltagande domningar i båda benen och balansproblem. Torrhosta sedan ett halvår. Röker inte. Inga läkemedel förutom ögondroppar."),
        ("Status", "AT gott. Kranialnerver: lätt kvarstående facialispares hö perifer typ. Övrigt: normal kraft, sensorisk nivå Th10 för stick, vibration nedsatt på fötterna, Romberg positivt. Reflexer livliga i benen, Babinski neg."),
        ("Utredning", "MR hjärna: leptomeningeal kontrastuppladdning basalt. MR ryggmärg: kontrastladdande förändring dorsalt Th4–Th6. Lab: SR 45, ACE 92, kalcium 2,71. Likvor med lätt pleocytos och förhöjt protein, inga oligoklonala band."),
        ("Bedömning", "Myelit och leptomeningit, inte typiskt för MS. Kliniskt och radiologiskt är neurosarkoidos mest sannolik diagnos."),
        ("Planering", "DT thorax för att leta hilusadenopati, bronkoskopi med BAL vid fynd. Remiss till lungmottagningen. Kortisonbehandling startas efter att vävnadsprov säkrats, återbesök om 3 veckor."),
    ])], ["NL102"], [],
    "long outpatient chart; 'mest sannolik diagnos' names neurosarcoidosis in a visible section")

C("s28n_tva_anteckningar_iih_i_senare", "skane", "1998-02-28", [
    N("hbg_neuro", "hbg_st", "Läkaranteckning", "2024-01-11 10:10", [
        ("Diagnos", "Migrän utan aura, 3–4 attacker per månad."),
        ("Åtgärd", "Rizatriptan vid behov. Huvudvärksdagbok."),
    ], nid="n1"),
    N("hbg_neuro", "hbg_st", "Läkaranteckning", "2024-03-14 14:30", [
        ("Aktuellt", "Ny typ av daglig huvudvärk, pulsationssynkront sus i öronen och övergående synbortfall vid framåtböjning. Viktuppgång 15 kg senaste året."),
        ("Bedömning", "Misstänkt idiopatisk intrakraniell hypertension, papillödem bilat på ögonbottenfoto. LP med tryckmätning och MR-venografi bokas."),
    ], nid="n2"),
    ], ["NL102:n2"], ["NL102:n1"],
    "two notes: only the later one carries the suspected IIH; the older migraine note is clean")

C("s28n_pmo_fragestallning_demens", "skane", "1941-04-30", [
    N("vc_tomelilla", "vc_tomelilla_dr", "Besöksanteckning", "2024-09-18 11:40", [
        ("Aktuellt", "Frågeställning demens. Maken har märkt att hon glömmer spisen och inte hittar hem från affären."),
        ("Planering", "Basal demensutredning: MMT, klocktest, DT hjärna och blodprover. Biståndshandläggare kontaktas."),
    ])], [], ["NL102"],
    "PMO: 'Frågeställning demens' is never shown")

C("s28n_pmo_tia_kan_ej_uteslutas_akut", "skane", "1944-11-22", [
    N("vc_horby", "vc_horby_dr", "Telefonanteckning", "2024-06-07 08:15", [
        ("Telefonkontakt", "Dottern ringer: pappan tappade greppet om gaffeln och var sluddrig i 10 min vid frukost, nu bra igen."),
        ("Bedömning", "TIA kan ej uteslutas, hänvisas direkt till akuten i Lund för strokeutredning. Dottern kör."),
    ], signed=None)], [], ["NL102"],
    "PMO telephone note with 'kan ej uteslutas'")

C("s28n_bvc_ev_infantila_spasmer", "skane", "2024-01-14", [
    N("bvc_husie", "bvc_ssk", "Besöksanteckning", "2024-06-20 10:30", [
        ("Aktuellt", "5-månaderskontroll. Föräldrarna beskriver serier av korta ryckningar med armarna uppåt vid uppvaknande sedan en vecka, visar film. Har slutat le lika mycket."),
        ("Åtgärd", "Ev. infantila spasmer, kontakt med BVC-läkare som remitterar akut till barnneurolog i Lund samma dag."),
    ])], [], ["NL102"],
    "PMO BVC infant with a hedged diagnosis: never shown")

C("s28n_barn_misstankt_absensepilepsi", "vgr", "2017-03-11", [
    N("su_barnneuro", "su_barnneuro_dr", "Läkaranteckning", "2024-11-19 09:30", [
        ("Anamnes", "7-årig flicka, läraren har sett korta \"frånvaroattacker\" flera gånger per dag där hon tappar tråden mitt i en mening."),
        ("Status", "Hyperventilation på mottagningen utlöser en 10 s lång episod med stirrande blick och ögonlocksfladder."),
        ("Bedömning", "Misstänkt absensepilepsi. EEG med hyperventilation bokat nästa vecka, föräldrarna fick informationsblad."),
    ])], ["NL102"], [],
    "child under 13 in VGR Melior with 'Misstänkt absensepilepsi'")

C("s28n_barn_inga_tecken_pa_epilepsi", "skane", "2014-02-05", [
    N("lund_barnneuro", "barnneuro_lund_dr", "Läkaranteckning", "2024-01-09 13:45", [
        ("Utredning", "Sömn-EEG med normal bakgrund för åldern och normala sömnmönster."),
        ("Bedömning", "Inga tecken på epelepsi. Episoderna i klassrummet bedöms som dagdrömmande utan medvetandepåverkan, går att avbryta genom tilltal."),
    ])], [], ["NL102"],
    "10-year-old: 'Inga tecken på epelepsi' (typo) is negated")

C("s28n_neurografi_forenliga_med_karpaltunnel", "skane", "1970-08-13", [
    N("lund_neurofys", "neurofys_lund_dr", "Neurofysiologiskt utlåtande", "2024-05-16 09:05", [
        ("Frågeställning", "Domningar i hö tumme, pek- och långfinger nattetid."),
        ("Bedömning", "Förlångsammad sensorisk ledning över hö handled och förlängd distal motorisk latens till abductor pollicis brevis. Fynd förenliga med måttligt uttalat karpaltunnelsyndrom hö."),
    ])], ["NL102"], [],
    "neurophysiology statement 'Fynd förenliga med' a diagnosis")

C("s28n_vitsubstans_sannolikt_normalfynd", "vgr", "1968-01-06", [
    N("skas_neuro", "skas_dr", "Mottagningsanteckning", "2024-02-27 14:20", [
        ("Utredning", "MR hjärna: enstaka punktformiga T2-hyperintensiteter subkortikalt, sannolikt normalfynd för åldern."),
        ("Bedömning", "Ingen anledning att misstänka demyeliniserande sjukdom. Yrseln bedöms som benign paroxysmal lägesyrsel, positivt Dix-Hallpike hö, Epleys manöver utförd."),
    ])], [], ["NL102"],
    "'sannolikt normalfynd' hedges a finding; 'Ingen anledning att misstänka' negates")

C("s28n_lang_epikris_parkinson_dbs", "vgr", "1957-09-25", [
    N("su_neuroavd", "su_avd_dr", "Epikris", "2024-04-19 13:00", [
        ("Kontaktorsak", "Planerad inläggning för inställning av djup hjärnstimulering (DBS) i nucleus subthalamicus bilat, opererad 2 veckor tidigare på neurokirurgen."),
        ("Förlopp", "Parkinsons sjukdom sedan 2011 med uttalade motoriska fluktuationer och dyskinesier trots optimerad peroral behandling. Stimulering startad dag 1 med successiv höjning till 2,3 mA vä och 2,1 mA hö. Levodopa-dosen kunde minskas med 40 %. Under vårdtiden kortvarig förvirring dag 3 som gick över spontant, inga fall. Såren läkta."),
        ("Status vid utskrivning", "Gång utan hjälpmedel, lätt frysning i dörröppningar. UPDRS III i on-stim/on-med 14, tidigare 38 i off. Inga dyskinesier. Tal oförändrat. Kognitivt i nivå med tidigare."),
        ("Epikris", "Parkinsons sjukdom, DBS STN bilat med god effekt på fluktuationer. Förvirringen tolkades som postoperativ och gick över."),
        ("Uppföljning", "Ev. ytterligare justering av stimuleringen vid återbesök om 6 veckor. Trolig fortsatt dosminskning av levodopa. Pat har fått programmerare och skriftlig information om laddning."),
    ])], [], ["NL102"],
    "long discharge summary, confirmed Parkinson, hedges only on adjustments")

# ---------------------------------------------------------------- part 8: more hedge forms and roles
C("s28n_typo_susp_myastenia", "skane", "1980-05-04", [
    N("lund_neuromott", "lund_st", "Läkaranteckning", "2024-07-23 11:10", [
        ("Aktuellt", "Sväljsvårigheter och nasalt tal efter längre samtal, tröttbar tuggning."),
        ("Bedömning", "Susp. myastenia gravis, bulbär form. Antikroppar och repetitiv stimulering beställda, Mestinon provas."),
    ])], ["NL102"], [],
    "typo 'myastenia' after 'Susp.'")

C("s28n_kan_inte_utesluta_tidig_als", "vgr", "1958-02-12", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-03-27 15:50", [
        ("Status", "Lätt atrofi av första dorsala interosseus vä, enstaka fascikulationer i tungan, livliga reflexer i armarna."),
        ("Bedömning", "Jag kan inte utesluta ett tidigt stadium av ALS. EMG om 3 månader för att följa utvecklingen."),
    ])], ["NL102"], [],
    "first-person 'Jag kan inte utesluta' + ALS")

C("s28n_inte_osannolikt_alzheimer", "skane", "1951-10-03", [
    N("malmo_minnes", "minnes_dr", "Läkaranteckning", "2024-12-05 09:30", [
        ("Bedömning", "Episodisk minnesstörning med nedsatt fördröjd återgivning, hippocampusatrofi på MR. Inte osannolikt begynnande Alzheimers sjukdom, likvorprov för biomarkörer tas vid nästa besök."),
    ])], ["NL102"], [],
    "litotes 'Inte osannolikt' is a hedge, not a negation")

C("s28n_misstanks_restless_legs", "vgr", "1972-07-27", [
    N("sas_neuro", "sas_dr", "Mottagningsanteckning", "2024-01-31 10:35", [
        ("Anamnes", "Krypningar i benen kvällstid med rörelsedrang, lindras när hon går omkring. Sover dåligt."),
        ("Bedömning", "Pat misstänks ha restless legs syndrom. Järnstatus tas, ferritinmål över 75."),
    ])], ["NL102"], [],
    "passive 'misstänks ha' + restless legs syndrome")

C("s28n_tankbar_tolosa_hunt", "skane", "1977-09-08", [
    N("lund_neuroavd", "lund_avd_dr", "Daganteckning", "2024-08-15 10:20", [
        ("Aktuellt", "Smärtsam oftalmoplegi vä med ptos och dubbelseende sedan 4 dagar."),
        ("Bedömning", "Tänkbar diagnos är Tolosa-Hunts syndrom. MR sinus cavernosus med kontrast i dag, kortison avvaktas till efter MR."),
    ], signed=None)], ["NL102"], [],
    "'Tänkbar diagnos är' on the ward")

C("s28n_forsta_hand_migran_andra_hand_tia", "vgr", "1979-12-20", [
    N("nal_stroke", "nal_dr", "Konsultationsanteckning", "2024-05-30 16:00", [
        ("Aktuellt", "Stickningar som vandrat från hö hand upp i ansiktet under 20 min, därefter huvudvärk. Ingen tidigare migrän."),
        ("Bedömning", "I första hand migrän med aura, i andra hand TIA. MR hjärna och halskärl inom en vecka, Trombyl i avvaktan."),
    ])], ["NL102"], [],
    "ranked alternatives 'i första hand / i andra hand'")

C("s28n_mb_wilson_fragetecken_ung", "skane", "2003-06-18", [
    N("lund_neuromott", "lund_dr", "Läkaranteckning", "2024-04-17 14:10", [
        ("Anamnes", "21-årig man med vingslagstremor i armarna och försämrad handstil senaste halvåret. Lätt förhöjda levervärden sedan tidigare."),
        ("Bedömning", "Mb Wilson? Ceruloplasmin, U-koppar och spaltlampsundersökning för Kayser-Fleischer-ring."),
    ])], ["NL102"], [],
    "eponym with a question mark ('Mb Wilson?')")

C("s28n_arbetsdiagnos_hemicrania_continua", "vgr", "1986-04-10", [
    N("su_neuromott", "su_st", "Mottagningsanteckning", "2024-07-11 13:25", [
        ("Anamnes", "Ständig ensidig huvudvärk vä sedan 5 månader med tårflöde och nästäppa vid förvärring."),
        ("Bedömning", "Arbetsdiagnos hemicrania continua. Indometacintest med upptrappning till 75 mg x 3, telefonuppföljning om två veckor."),
    ], signed=None)], ["NL102"], [],
    "'Arbetsdiagnos' marks a provisional diagnosis")

C("s28n_typo_trolgi_tia", "skane", "1955-03-29", [
    N("csk_stroke", "csk_ssk", "Omvårdnadsanteckning", "2024-11-08 07:30", [
        ("Aktuellt", "Inlagd under natten efter övergående svaghet i vä arm, nu helt återställd. Trolgi TIA enligt jourläkaren."),
        ("Åtgärd", "Telemetri, neurologiska kontroller var 4:e timme. Fastande inför karotisdoppler."),
    ])], ["NL102"], [],
    "typo 'Trolgi' (trolig) in a stroke nurse note")

C("s28n_fysioterapeut_ev_rollator", "vgr", "1946-05-15", [
    N("su_stroke", "su_fysio", "Fysioterapeutanteckning", "2024-10-04 11:00", [
        ("Aktuellt", "Hjärninfarkt vä pons dag 3, hö-sidig ataxi. Pat motiverad."),
        ("Åtgärd", "Balansträning och gångträning i korridor 40 m med stöd av en person. Ev. rollator inför hemgång, provas i morgon. Trolig förbättring av balansen med fortsatt träning."),
    ])], [], ["NL102"],
    "physiotherapist: hedges on a walking aid and prognosis, not on a diagnosis")

C("s28n_polyneuropathia_latin_susp", "vgr", "1960-10-14", [
    N("skas_neuro", "skas_st", "Mottagningsanteckning", "2024-09-12 10:45", [
        ("Status", "Strumpformig känselnedsättning upp till knäna, akillesreflexer utsläckta bilat. Vibrationssinne nedsatt på fotknölarna."),
        ("Bedömning", "Polyneuropathia alcoholica susp. Neurografi, B12 och folat. Pat uppmanas minska alkoholintaget."),
    ])], ["NL102"], [],
    "Latin diagnosis with trailing 'susp.'")

C("s28n_at_ingen_misstanke_kognitiv_svikt", "skane", "1949-06-11", [
    N("malmo_stroke", "malmo_at", "Arbetsterapeutanteckning", "2024-03-19 13:30", [
        ("Aktuellt", "Hjärninfarkt vä cerebellum. Ingen misstanke om kognitiv svikt vid bedömning med MoCA 28/30, klarar köksaktivitet säkert."),
        ("Planering", "Eventuellt hembesök innan utskrivning om hustrun önskar, annars inga fler AT-insatser."),
    ])], [], ["NL102"],
    "occupational therapist: negated cognitive impairment and a hedged home visit")

C("s28n_vgr_hypotes_i_bade_th_och_bedomning", "vgr", "1964-03-01", [
    N("su_neuromott", "su_dr", "Mottagningsanteckning", "2024-12-17 10:00", [
        ("Tidiga hypoteser", "Paraneoplastiskt syndrom möjligt med tanke på rökning och snabb progress, anti-Hu analyseras."),
        ("Bedömning", "Subakut sensorisk neuronopati. Möjligt paraneoplastiskt syndrom, PET-DT beställd."),
    ])], ["NL102"], [],
    "VGR: the hypothesis is in Tidiga hypoteser but is repeated under the visible sökord Bedömning")

# --- END OF CASES ---


def validate_and_build():
    problems = []
    names = set()
    sentence_seen = {}
    lines = []
    codes_ok = {"NL101", "NL102"}
    for c in CASES:
        n = c["name"]
        if not n.startswith("s28n_"):
            problems.append("%s: name prefix" % n)
        if n in names:
            problems.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % n)
        birth = datetime.strptime(c["birth"], "%Y-%m-%d")
        pid = pnr(c["birth"], n)
        digits = pid.replace("-", "")
        if luhn_digit(digits[2:11]) != digits[11] or digits[:8] != c["birth"].replace("-", ""):
            problems.append("%s: personnummer" % n)
        notes = c["notes"]
        ids = [x["id"] for x in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note ids" % n)
        by_id = {x["id"]: x for x in notes}
        last = max(datetime.fromisoformat(x["time"]) for x in notes)
        as_of = c["as_of"] or (last + timedelta(days=5)).strftime("%Y-%m-%dT00:00:00")
        stamps = [as_of]
        for x in notes:
            stamps.append(x["time"])
            if x["signed"]:
                stamps.append(x["signed"])
                if x["signed"] < x["time"]:
                    problems.append("%s: signed before time" % n)
            u = UNITS[x["_unit_key"]]
            if u[3] != c["ruleset"]:
                problems.append("%s: unit region %s vs ruleset" % (n, x["_unit_key"]))
            if c["ruleset"] == "vgr" and x["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % n)
            if c["ruleset"] == "skane" and any(s["keyword"] == "Tidiga hypoteser" for s in x["sections"]):
                problems.append("%s: Skåne protects by template, not sökord" % n)
            if not x["sections"]:
                problems.append("%s: note without sections" % n)
        for s in stamps:
            if not s.startswith("2024-"):
                problems.append("%s: date outside 2024: %s" % (n, s))
        if datetime.fromisoformat(as_of) < last:
            problems.append("%s: as_of before a note" % n)
        for s in stamps:
            t = datetime.fromisoformat(s)
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15 or age < 0 or age > 99:
                problems.append("%s: age %d" % (n, age))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % n)
        seen_t = set()
        for kind in ("must", "must_not"):
            for code, nid in c[kind]:
                if code not in codes_ok:
                    problems.append("%s: code %s" % (n, code))
                if nid not in by_id:
                    problems.append("%s: target %s missing" % (n, nid))
                    continue
                if (code, nid) in seen_t:
                    problems.append("%s: %s/%s asserted twice" % (n, code, nid))
                seen_t.add((code, nid))
                if code == "NL102" and by_id[nid]["system"] != "Melior" and kind == "must":
                    problems.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and by_id[nid]["system"] == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % n)
        if not c["why"].strip():
            problems.append("%s: empty why" % n)
        for x in notes:
            for sec in x["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n+", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        key = sent.casefold()
                        if key in sentence_seen and sentence_seen[key] != (n, x["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %s" % (n, sentence_seen[key][0], sent))
                        sentence_seen.setdefault(key, (n, x["id"], sec["keyword"]))
        out_notes = []
        for x in notes:
            y = {k: v for k, v in x.items() if not k.startswith("_")}
            out_notes.append(y)
        rec = {
            "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of,
            "notes": out_notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        obj = {"case": n, "ruleset": c["ruleset"], "record": rec,
               "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    whys = [c["why"] for c in CASES]
    if len(set(whys)) != len(whys):
        problems.append("duplicate why lines")
    return problems, lines


def main():
    problems, lines = validate_and_build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(ln + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("cases:", len(CASES))
    for k in sorted(counts):
        print("%s %s: %d" % (k[0], k[1], counts[k]))
    sys.exit(0)


if __name__ == "__main__":
    main()
