#!/usr/bin/env python3
"""Independent test set s28e (ENT and audiology) for NL101 / NL102.

Standard library only, deterministic. Running it validates every case and writes
cases.jsonl next to this file. Exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

SK, VG = "skane", "vgr"
ANNAT = object()  # default marker for "signed shortly after time"

# ---------------------------------------------------------------- units
# key: (name, hsa_id, default setting)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_lund_onh": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7H41", "öppenvård"),
    "sk_malmo_onh": ("ÖNH-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7H58", "öppenvård"),
    "sk_lund_avd": ("ÖNH-avdelningen 12, Skånes universitetssjukhus Lund", "SE2321000255-7H63", "slutenvård"),
    "sk_malmo_akut": ("ÖNH-akuten, Skånes universitetssjukhus Malmö", "SE2321000255-7H77", "akut"),
    "sk_hbg_onh": ("Öron-näsa-halsmottagningen, Helsingborgs lasarett", "SE2321000255-8B12", "öppenvård"),
    "sk_hbg_horsel": ("Hörselvården, Helsingborgs lasarett", "SE2321000255-8B30", "öppenvård"),
    "sk_lund_aud": ("Audiologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7H92", "öppenvård"),
    "sk_krist_onh": ("ÖNH-mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-9K05", "öppenvård"),
    "sk_ystad_somn": ("Sömnapnémottagningen, Lasarettet i Ystad", "SE2321000255-9Y21", "öppenvård"),
    "sk_barn_onh": ("Barn-ÖNH-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7B14", "öppenvård"),
    "sk_foniatri": ("Foniatriska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7F03", "öppenvård"),
    "sk_onk": ("Onkologiska kliniken, huvud-halssektionen, Skånes universitetssjukhus Lund", "SE2321000255-7N66", "öppenvård"),
    "sk_hassleholm": ("Öronmottagningen, Hässleholms sjukhus", "SE2321000255-9H48", "öppenvård"),
    # Region Skåne, PMO (primary care)
    "pmo_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-P3L2", "öppenvård"),
    "pmo_sorgenfrei": ("Vårdcentralen Sorgenfrei, Malmö", "SE2321000255-P4S7", "öppenvård"),
    "pmo_bvc": ("BVC Husensjö, Helsingborg", "SE2321000255-P5B1", "öppenvård"),
    "pmo_hemsjv": ("Hemsjukvården Trelleborg", "SE2321000255-P6T9", "hemsjukvård"),
    "pmo_ungdom": ("Ungdomsmottagningen Eslöv", "SE2321000255-P7U4", "öppenvård"),
    "pmo_horby": ("Vårdcentralen Hörby", "SE2321000255-P8H3", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "vg_su_onh": ("Öron-, näs- och halsmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E4101", "öppenvård"),
    "vg_su_avd": ("Avdelning 138 ÖNH, Sahlgrenska universitetssjukhuset", "SE2321000131-E4137", "slutenvård"),
    "vg_su_aud": ("Hörsel- och balansmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E4155", "öppenvård"),
    "vg_dsbus_onh": ("Barn-ÖNH, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5210", "öppenvård"),
    "vg_dsbus_aud": ("Barnaudiologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5228", "öppenvård"),
    "vg_nu_onh": ("ÖNH-mottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E6302", "öppenvård"),
    "vg_sks_onh": ("Öron-näsa-halsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E7411", "öppenvård"),
    "vg_sas_onh": ("ÖNH-mottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E8120", "öppenvård"),
    "vg_alingsas_horsel": ("Hörselvården, Alingsås lasarett", "SE2321000131-E8944", "öppenvård"),
    "vg_kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E9016", "akut"),
    "vg_su_akut": ("ÖNH-akuten, Sahlgrenska universitetssjukhuset", "SE2321000131-E4119", "akut"),
    "vg_somn": ("Sömnmottagningen ÖNH, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E4172", "öppenvård"),
    "vg_logoped": ("Logopedmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E4190", "öppenvård"),
    "vg_jubileum": ("Jubileumskliniken huvud-hals, Sahlgrenska universitetssjukhuset", "SE2321000131-E4466", "öppenvård"),
    "vg_nu_avd": ("Vårdavdelning ÖNH/Ögon, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E6318", "slutenvård"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    "l_hallgren": ("Johan Hallgren", "läkare"),
    "l_nyberg": ("Karin Nyberg", "läkare"),
    "l_bexell": ("Fredrik Bexell", "läkare"),
    "l_rahimi": ("Sara Rahimi", "läkare"),
    "l_ohlsson": ("Per Ohlsson", "läkare"),
    "l_kovacs": ("Andrea Kovács", "läkare"),
    "l_tran": ("Minh Tran", "läkare"),
    "l_strand": ("Elin Strand", "läkare"),
    "l_wennberg": ("Gustav Wennberg", "läkare"),
    "l_haddad": ("Rami Haddad", "läkare"),
    "l_lindqvist": ("Maria Lindqvist", "läkare"),
    "l_ek": ("Olof Ek", "läkare"),
    "l_johansson": ("Annika Johansson", "läkare"),
    "l_petrovic": ("Milan Petrović", "läkare"),
    "l_sjoberg": ("Lena Sjöberg", "läkare"),
    "l_andersson": ("Henrik Andersson", "läkare"),
    "l_fors": ("Tove Fors", "läkare"),
    "l_mahmoud": ("Yasmin Mahmoud", "läkare"),
    "l_berglund": ("Nils Berglund", "läkare"),
    "l_carlsson": ("Ingrid Carlsson", "läkare"),
    "l_svensson": ("Anders Svensson", "läkare"),
    "l_dahl": ("Hanna Dahl", "läkare"),
    "l_at_moberg": ("Oscar Moberg", "läkare"),
    "l_at_ali": ("Leila Ali", "läkare"),
    "ssk_persson": ("Camilla Persson", "sjuksköterska"),
    "ssk_olsson": ("Jonas Olsson", "sjuksköterska"),
    "ssk_holm": ("Frida Holm", "sjuksköterska"),
    "ssk_nilsson": ("Emma Nilsson", "sjuksköterska"),
    "ssk_kontakt": ("Malin Åberg", "sjuksköterska"),
    "ssk_karlsson": ("Patrik Karlsson", "sjuksköterska"),
    "usk_berg": ("Sofia Berg", "undersköterska"),
    "aud_lund": ("Ida Lund", "audionom"),
    "aud_hakansson": ("Mikael Håkansson", "audionom"),
    "aud_wallin": ("Josefin Wallin", "audionom"),
    "log_eriksson": ("Therese Eriksson", "logoped"),
    "log_norén": ("David Norén", "logoped"),
    "fys_lindgren": ("Anna Lindgren", "fysioterapeut"),
    "dsk_vc": ("Eva Mårtensson", "distriktssköterska"),
    "bvc_ssk": ("Linnea Friberg", "sjuksköterska"),
}


def _iso(t):
    d = datetime.datetime.strptime(t, "%Y-%m-%d %H:%M")
    return d


def N(nid, unit, author, time, secs, tpl="Läkaranteckning", system="Melior",
      signed=ANNAT, setting=None, refs=()):
    """One note. secs: list of (keyword, text)."""
    uname, hsa, usetting = UNITS[unit]
    aname, role = AUTHORS[author]
    t = _iso(time)
    if signed is ANNAT:
        s = (t + datetime.timedelta(minutes=20 + (len(secs) * 7) % 40)).isoformat()
    elif signed is None:
        s = None
    else:
        s = _iso(signed).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": tpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting or usetting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in secs],
    }


CASES = []


def K(name, ruleset, pnr, notes, must=(), must_not=(), why="", as_of=None):
    CASES.append({
        "name": name, "ruleset": ruleset, "pnr": pnr, "notes": notes,
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why, "as_of": as_of,
    })


M101 = ("NL101", "n1")
M102 = ("NL102", "n1")

# ================================================================ part 1
# Skåne Melior, NL102 basics

K("s28e_sk_misstankt_kolesteatom_hoger", SK, "19581120-6274", [
    N("n1", "sk_lund_onh", "l_hallgren", "2024-02-12 10:40", [
        ("Anamnes", "Illaluktande flytning från höger öra sedan i vintras trots två kurer Terracortril med polymyxin B. Hör sämre på höger sida. Ingen yrsel, ingen facialispåverkan."),
        ("Status", "Hö trumhinna: retraktionsficka i pars flaccida med vitaktigt detritus, attikdefekt. Vä trumhinna u.a. Weber lateraliserar åt hö, Rinne neg hö."),
        ("Bedömning", "Misstänkt kolesteatom höger. DT temporalben beställd, återbesök när röntgen är gjord."),
    ])],
    must=[M102], must_not=[M101],
    why="hedged cholesteatoma (Misstänkt) in the Bedömning of an ordinary Skåne Melior note; nothing said about telling")

K("s28e_sk_kolesteatom_kan_uteslutas_dt", SK, "19370628-1478", [
    N("n1", "sk_hbg_onh", "l_nyberg", "2024-03-05 13:15", [
        ("Utredning", "DT tinningben 28/2: välpneumatiserat mastoid, mellanörat luftfyllt, hörselbenskedjan intakt, ingen benerosion."),
        ("Bedömning", "Kolesteatom kan uteslutas. Kronisk otitis media med torr central perforation vänster, opereras ej just nu. Öronskydd vid bad."),
    ], tpl="Mottagningsanteckning")],
    must_not=[M102],
    why="'kan uteslutas' (ruled out) looks like 'kan ej uteslutas' but is a negation; the remaining diagnosis is confirmed")

K("s28e_sk_trol_vestibularisneurit_utkast", SK, "19830522-3532", [
    N("n1", "sk_malmo_akut", "l_at_moberg", "2024-01-19 03:25", [
        ("Aktuellt", "Akut insättande rotatorisk yrsel sedan igår morse, kräkts x5, kan ej gå utan stöd. Ingen hörselnedsättning, ingen tinnitus."),
        ("Status", "Spontannystagmus horisontell åt vä, förstärks med Frenzel. Positivt huvudimpulstest åt hö. Skew deviation neg. Fingertopp-näs u.a. bilat, inga nya neurologiska bortfall."),
        ("Bedömning", "Trol. vestibularisneurit hö. HINTS talar ej för central genes. Primperan iv, inläggning för vätska och mobilisering."),
    ], tpl="Akutanteckning", signed=None)],
    must=[M102],
    why="unsigned draft from the ENT emergency: 'Trol.' before vestibular neuritis is a hedged diagnosis; the negated central cause does not cancel it")

K("s28e_sk_trolig_utskrivning_efter_tonsillektomi", SK, "20020308-6996", [
    N("n1", "sk_lund_avd", "ssk_persson", "2024-04-09 19:50", [
        ("Omvårdnad", "Opererad idag med tonsillektomi pga recidiverande tonsillit. Har druckit 6 dl under kvällen och ätit glass, smärta VAS 4 efter Alvedon och Ipren."),
        ("Planering", "Trolig utskrivning i morgon förmiddag efter läkarrond. Muntlig och skriftlig information om blödningsrisk given."),
    ], tpl="Omvårdnadsanteckning")],
    must_not=[M102],
    why="the only hedge ('Trolig') is on a discharge plan; recurrent tonsillitis is stated as a fact")

K("s28e_sk_pmo_misstankt_sinuit", SK, "19850201-3058", [
    N("n1", "pmo_linero", "l_lindqvist", "2024-02-20 09:10", [
        ("Kontaktorsak", "Tät i näsan i tre veckor, nu ensidig smärta över vä kindben och var ur vä näsborre sedan i helgen."),
        ("Status", "Temp 38,1. Ömmar vid perkussion över vä maxillarsinus. Purulent sekret i vä mellersta näsgången. CRP 64."),
        ("Bedömning", "Misstänkt akut bakteriell sinuit vä. Kåvepenin 1 g x3 i 10 dagar, näsdroppar."),
    ], tpl="Besöksanteckning", system="PMO")],
    must_not=[M102],
    why="PMO never shows diagnoses, so a suspected sinusitis in a vårdcentral note is not NL102")

K("s28e_sk_tidiga_hyp_mall_tonsillcancer", SK, "19630820-7536", [
    N("n1", "sk_malmo_onh", "l_bexell", "2024-05-14 11:30", [
        ("Bedömning", "Asymmetrisk, fast vä tonsill med ytlig ulceration, palpabel 2 cm körtel regio II vä. Stark misstanke om tonsillcancer. Biopsi tagen, SVF huvud-hals startat."),
        ("Information", "Pat ej informerad om cancermisstanken ännu, det tas när PAD föreligger."),
    ], tpl="Tidiga hypoteser")],
    must_not=[M102, M101],
    why="Skåne: suspicion and the not-yet-told statement stand only in the Tidiga hypoteser template, which is protected")

K("s28e_sk_sokord_tidiga_hyp_i_vanlig_mall", SK, "19760827-4531", [
    N("n1", "sk_hbg_onh", "l_rahimi", "2024-06-03 14:05", [
        ("Anamnes", "Heshet sedan 8 veckor, rökare 30 paketår. Ingen dysfagi."),
        ("Status", "Laryngoskopi: oregelbunden vitaktig förändring på hö stämbands mellersta tredjedel, rörligheten bevarad."),
        ("Tidiga hypoteser", "Misstänkt glottisk larynxcancer hö. Mikrolaryngoskopi med biopsi bokas."),
    ])],
    must=[M102],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside a Läkaranteckning is still visible")

K("s28e_sk_mor_hade_meniere", SK, "19940815-3741", [
    N("n1", "sk_lund_aud", "l_kovacs", "2024-03-18 08:45", [
        ("Anamnes", "Tinnitus hö sedan i höstas, pipande, värst på kvällen. Ingen yrsel, ingen öronlock. Hereditet: mamma har Menières sjukdom, möjligen även morfar som hade svåra yrselattacker."),
        ("Status", "Otoskopi u.a. bilat. Tonaudiogram: normal hörsel bilat, 0-15 dB HL. Tympanometri normal."),
        ("Bedömning", "Tinnitus hö med normal hörsel. Information om tinnitus, ljudberikning. Ingen vidare utredning."),
    ])],
    must_not=[M102],
    why="the only hedge ('möjligen') is about a grandfather's disease in the family history; the patient's own findings are stated as facts")

K("s28e_sk_ev_remiss_ci_utredning", SK, "19420515-4430", [
    N("n1", "sk_hbg_horsel", "l_wennberg", "2024-08-27 10:00", [
        ("Aktuellt", "Åldersrelaterad sensorineural hörselnedsättning bilat, använt hörapparater i 9 år, klarar nu inte samtal ens i tyst miljö."),
        ("Utredning", "Tonaudiogram: PTA4 hö 78 dB, vä 84 dB. Taluppfattning med hörapparater i fritt fält 40 % vid 65 dB."),
        ("Planering", "Ny anpassning av hörapparaterna. Ev. remiss till CI-teamet i Lund om taluppfattningen inte förbättras."),
    ])],
    must_not=[M102],
    why="'Ev.' hedges a referral (a plan); presbyacusis is given as a fact")

K("s28e_sk_ramsay_hunt_fragetecken", SK, "19741001-8415", [
    N("n1", "sk_malmo_akut", "l_tran", "2024-07-22 16:35", [
        ("Aktuellt", "Vaknade idag med sned mun åt vä, kan inte blunda med hö öga. Sedan två dagar brännande smärta i hö öra."),
        ("Status", "Perifer facialispares hö, House-Brackmann IV. Små blåsor på hö concha och i yttre hörselgången. Nedsatt smak hö tungkant."),
        ("Bedömning", "Ramsay Hunt? Valaciklovir och Prednisolon, ögonskydd, ny kontroll om 1 v."),
    ], tpl="Akutanteckning")],
    must=[M102],
    why="a question mark after the diagnosis (Ramsay Hunt?) is a hedge in a visible Bedömning")

K("s28e_sk_ingen_malignitet_men_sannolikt_polyper", SK, "19990208-9292", [
    N("n1", "sk_krist_onh", "l_ohlsson", "2024-09-10 09:20", [
        ("Status", "Nasofiberskopi: bilat glasiga, grå polypösa förändringar i mellersta näsgången, gr 2 hö, gr 1 vä. Slemhinnan i övrigt blek."),
        ("Bedömning", "Ingen misstanke om malignitet, förändringarna är symmetriska. Sannolikt kronisk rinosinuit med näspolyper. Nasonex 2 puffar x2, DT bihålor om ej bättre."),
    ])],
    must=[M102],
    why="a negated malignancy and a hedged chronic rhinosinusitis in the same Bedömning: the hedged one still fires")

K("s28e_sk_forenligt_med_otoskleros", SK, "19360712-5071", [
    N("n1", "sk_lund_aud", "l_kovacs", "2024-10-02 13:40", [
        ("Utredning", "Tonaudiogram: konduktiv hörselnedsättning vä med benledningsnotch vid 2 kHz (Carhart). Stapediusreflexer saknas vä. Tympanogram typ As."),
        ("Bedömning", "Fynden förenliga med otoskleros vä. Alternativen hörapparat eller stapedotomi diskuterade."),
    ])],
    must=[M102],
    why="'förenliga med' (consistent with) is a hedge on otosclerosis in a visible section")

K("s28e_sk_barn_aom_vid_tecken_pa_mastoidit", SK, "20191210-6992", [
    N("n1", "sk_barn_onh", "l_strand", "2024-01-30 15:00", [
        ("Aktuellt", "4-årig pojke med öronvärk hö sedan natten, feber 39 igår. Mamma med vid besöket."),
        ("Status", "Hö trumhinna röd och buktande, vä u.a. Retroaurikulärt u.a., ej utstående öra."),
        ("Bedömning", "Akut mediaotit hö. Kåvepenin mixtur i 5 dagar, smärtlindring enligt ordination."),
        ("Råd", "Vid tecken på mastoidit, t.ex. rodnad och svullnad bakom örat eller att örat står ut, sök akut samma dag."),
    ])],
    must_not=[M102],
    why="child under 13: mastoiditis appears only in a conditional safety-net instruction; the otitis is confirmed")

K("s28e_sk_typo_missankt_peritonsillit", SK, "20010711-4472", [
    N("n1", "sk_malmo_akut", "l_at_ali", "2024-11-08 22:10", [
        ("Aktuellt", "Halsont sedan 5 dagar, nu ensidigt vä, svårt att gapa och svälja saliv. Grötigt tal."),
        ("Status", "Trismus 2 fingrar. Vä gombåge buktar fram, uvula deviererar åt hö. Temp 38,4."),
        ("Bedömning", "Missänkt peritonsillit vä. Punktion planeras efter lokalbedövning, bakjour informerad."),
    ], tpl="Akutanteckning")],
    must=[M102],
    why="typo 'Missänkt' still hedges peritonsillitis in a visible emergency note")

K("s28e_sk_pmo_trolig_peritonsillit_remiss", SK, "19621017-4675", [
    N("n1", "pmo_sorgenfrei", "l_carlsson", "2024-12-02 11:45", [
        ("Kontaktorsak", "Tilltagande ont i halsen hö sidan, kan knappt öppna munnen."),
        ("Bedömning", "Trolig peritonsillit hö. Akut remiss till ÖNH-akuten SUS Malmö, pat åker dit själv."),
    ], tpl="Besöksanteckning", system="PMO")],
    must_not=[M102],
    why="hedged peritonsillitis in a PMO primary-care note is never shown, so no NL102")

# ================================================================ part 2
# Skåne Melior, NL101 (told / not told)

K("s28e_sk_pad_tonsillcancer_ej_informerad", SK, "19760712-5338", [
    N("n1", "sk_lund_onh", "l_hallgren", "2024-02-27 15:20", [
        ("Utredning", "PAD vä tonsill (px 19/2): skivepitelcancer, p16-positiv. Halskörtel vä regio II med metastas enligt finnålspunktion."),
        ("Bedömning", "Tonsillcancer vä, klinisk stadieindelning T2N1. Anmäls till MDK huvud-hals torsdag."),
        ("Information", "Pat ännu inte informerad om PAD-svaret, besked ges vid återbesöket på tisdag tillsammans med kontaktsjuksköterskan."),
    ])],
    must=[M101], must_not=[M102],
    why="confirmed tonsil cancer in visible sections while the note says the patient has not yet been told")

K("s28e_sk_schwannom_informerad_vid_besoket", SK, "19850910-3555", [
    N("n1", "sk_lund_aud", "l_kovacs", "2024-03-12 09:50", [
        ("Utredning", "MR inneröra/CPV med kontrast 4/3: 7 mm kontrastuppladdande förändring i vä inre hörselgång utan utbredning i CPV."),
        ("Bedömning", "Intrameatalt vestibularisschwannom vä, Koos I. Förslag: ny MR om 6 mån, ingen behandling nu."),
        ("Information", "Pat informerad om fyndet vid dagens besök och fick skriftlig information om akustikusneurinom. Frågor besvarade."),
    ])],
    must_not=[M101, M102],
    why="the schwannoma is visible but the note states the patient was informed today")

K("s28e_sk_operationsdatum_ej_meddelat", SK, "19400124-3577", [
    N("n1", "sk_krist_onh", "l_ohlsson", "2024-04-16 10:30", [
        ("Bedömning", "Kolesteatom hö med erosion av långa städskänkeln, verifierat på DT och vid mikroskopi. Planeras för kanalväggsbevarande mastoidektomi."),
        ("Planering", "Sätts upp på op-listan, prio 2. Operationsdatum är ännu inte meddelat pat, planeringssköterskan ringer när tid finns."),
    ])],
    must_not=[M101],
    why="what has not been told is the operation date, not the diagnosis")

K("s28e_sk_larynxcancer_besked_efter_mdk", SK, "19860403-3111", [
    N("n1", "sk_malmo_onh", "l_bexell", "2024-04-22 16:05", [
        ("Utredning", "Mikrolaryngoskopi 12/4 med biopsi från hö stämband. PAD: invasiv skivepitelcancer, högt differentierad."),
        ("Bedömning", "Glottisk larynxcancer hö, kliniskt T1a. Tas upp på MDK 25/4."),
        ("Planering", "Diagnosen har inte meddelats patienten. Enligt överenskommelse med pat och ansvarig överläkare lämnas besked först efter MDK, då behandlingsförslaget finns."),
    ])],
    must=[M101], must_not=[M102],
    why="larynx cancer diagnosis is visible while the note says it has not been communicated to the patient")

K("s28e_sk_pat_informerad_hustrun_inte", SK, "19550917-3133", [
    N("n1", "sk_onk", "l_petrovic", "2024-05-06 13:00", [
        ("Aktuellt", "Nybesök inför kurativ strålbehandling av hypofarynxcancer vä, T2N0."),
        ("Information", "Pat har fått och förstått beskedet om cancern vid ÖNH-besöket förra veckan. Han vill själv berätta för hustrun och önskar att hon inte informeras av oss än så länge."),
        ("Planering", "Mask för strålbehandling tillverkas 13/5. Dietist och tandläkare bokade."),
    ])],
    must_not=[M101],
    why="the patient has been told; only the spouse has not")

K("s28e_sk_schwannom_besked_per_telefon_dagen_efter", SK, "20060216-2430", [
    N("n1", "sk_hbg_onh", "l_rahimi", "2024-06-11 15:40", [
        ("Utredning", "MR svar: 14 mm vestibularisschwannom hö med utbredning i CPV, lätt kontakt med pons."),
        ("Bedömning", "Vestibularisschwannom hö, Koos III. Remiss till skallbasteamet Lund."),
        ("Information", "Pat inte informerad om MR-svaret idag då han inte var nåbar på telefon. Försöker igen i morgon."),
    ]),
    N("n2", "sk_hbg_onh", "l_rahimi", "2024-06-12 08:25", [
        ("Telefonkontakt", "Når pat på telefon. Informerar om att MR visar en godartad nervtumör på hö hörselnerv och att han remitteras till Lund för ställningstagande till behandling. Pat tar beskedet lugnt, får kontaktuppgifter till mottagningen."),
    ], tpl="Telefonanteckning")],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="two notes: the first withholds the schwannoma (fires), the next-day phone note tells the patient (clean)")

K("s28e_sk_remiss_skickad_ej_meddelad", SK, "19871112-2377", [
    N("n1", "sk_ystad_somn", "l_wennberg", "2024-06-24 11:10", [
        ("Utredning", "Nattlig polygrafi 17/6: AHI 36/h, ODI 31/h, lägsta saturation 79 %. Mest ryggläge."),
        ("Bedömning", "Obstruktiv sömnapné, medelsvår till svår. CPAP rekommenderas."),
        ("Åtgärd", "Remiss skickad till andningssköterskan för CPAP-start. Pat ej informerad om att remissen gått iväg, brev skickas."),
    ])],
    must_not=[M101],
    why="what is not yet told is that the referral was sent, not the sleep apnoea diagnosis")

K("s28e_sk_normalt_mr_svar_ej_meddelat", SK, "19620301-8137", [
    N("n1", "sk_lund_aud", "l_sjoberg", "2024-07-02 10:15", [
        ("Aktuellt", "Asymmetrisk sensorineural hörselnedsättning, vä 20 dB sämre än hö i diskanten. Utreds med MR för att utesluta retrokokleär orsak."),
        ("Utredning", "MR inneröra 25/6 utan anmärkning, ingen tumör i inre hörselgång eller CPV."),
        ("Planering", "Pat har ännu inte fått del av det normala MR-svaret; brev skickas i dag. Hörapparatutprovning vä via hörselvården."),
    ])],
    must_not=[M101],
    why="the not-yet-told item is a normal MR result, not a diagnosis")

K("s28e_sk_pad_i_tidiga_hyp_vanlig_anteckning_ren", SK, "19971219-5016", [
    N("n1", "sk_malmo_onh", "l_nyberg", "2024-08-05 09:30", [
        ("Anamnes", "Knöl på vä halssidan sedan 2 mån, ej öm. Ingen feber, ingen viktnedgång."),
        ("Åtgärd", "Ultraljudsledd finnålspunktion från vä halsknöl tagen idag."),
        ("Planering", "Återbesök 19/8 för provsvar."),
    ]),
    N("n2", "sk_malmo_onh", "l_nyberg", "2024-08-14 14:45", [
        ("Bedömning", "Cytologi från halsknöl vä: metastas av skivepitelcancer, primärtumör okänd. Pat ej informerad än, besked ges vid återbesöket 19/8."),
    ], tpl="Tidiga hypoteser")],
    must_not=[("NL101", "n1"), ("NL101", "n2")],
    why="the untold metastasis is kept only in a Tidiga hypoteser template note; the visible note holds no diagnosis")

K("s28e_sk_typo_infomerad_meniere", SK, "19570612-6124", [
    N("n1", "sk_hbg_horsel", "l_wennberg", "2024-08-20 13:30", [
        ("Utredning", "Tredje audiogrammet visar fluktuerande lågfrekvent sensorineural hörselnedsättning vä. Vid två tillfällen dokumenterad yrselattack över 20 minuter med öronlock och tinnitus vä."),
        ("Diagnos", "Menières sjukdom vä, definitiv enligt kriterierna."),
        ("Planering", "Pat ej infomerad om diagnosen, ringer henne när hon är hemma från resan nästa vecka."),
    ])],
    must=[M101], must_not=[M102],
    why="typo 'infomerad': Menière's disease stated in Diagnos while the patient is not yet informed")

K("s28e_sk_misstankt_recidiv_ej_underrattad", SK, "19411215-7336", [
    N("n1", "sk_onk", "l_petrovic", "2024-09-03 12:20", [
        ("Utredning", "PET-DT 28/8: nytillkommet FDG-upptag i hö hypofarynx, SUVmax 9, samt i en körtel regio III hö."),
        ("Bedömning", "Misstänkt lokoregionalt recidiv av hypofarynxcancer. Biopsi under narkos bokas."),
        ("Information", "Pat är ännu inte underrättad om PET-fynden; vill avvakta biopsi innan vi ger besked."),
    ])],
    must=[M101, M102],
    why="a suspected cancer recurrence is both hedged and withheld from the patient in visible sections")

K("s28e_sk_osa_besked_nasta_telefontid", SK, "19430802-4951", [
    N("n1", "sk_ystad_somn", "ssk_olsson", "2024-09-16 10:00", [
        ("Utredning", "Polygrafi hemma 10–11/9 tolkad av läkare: AHI 42/h, lägsta saturation 74 %."),
        ("Bedömning", "Svår obstruktiv sömnapné enligt läkartolkning."),
        ("Planering", "Resultatet har inte meddelats pat ännu. Tas vid planerad telefontid 23/9, då även CPAP-start bokas."),
    ], tpl="Omvårdnadsanteckning")],
    must=[M101], must_not=[M102],
    why="a nurse note states severe OSA and that the result has not yet been given to the patient")

K("s28e_sk_kanner_till_diagnosen_sedan_tidigare", SK, "20050510-5932", [
    N("n1", "sk_lund_onh", "l_dahl", "2024-10-07 14:10", [
        ("Aktuellt", "Kontroll 3 mån efter tympanoplastik typ I vä för kronisk otitis media med perforation."),
        ("Status", "Vä transplantatet väl inläkt, trumhinnan hel. Hö u.a."),
        ("Bedömning", "Pat känner sedan tidigare till sin diagnos. Ingen aktiv sjukdom nu. Audiogram om 3 mån."),
    ])],
    must_not=[M101],
    why="the note says the patient already knows the diagnosis")

K("s28e_sk_pat_har_inte_bestamt_sig", SK, "19950505-1756", [
    N("n1", "sk_hassleholm", "l_svensson", "2024-10-21 11:35", [
        ("Bedömning", "Kronisk tonsillit med 5 halsfluss senaste året, varav 3 med positivt strep-test."),
        ("Planering", "Tonsillektomi erbjuden. Pat har inte bestämt sig ännu och hör av sig inom två veckor."),
    ], tpl="Mottagningsanteckning")],
    must_not=[M101],
    why="'inte ... ännu' refers to the patient's decision about surgery, not to telling a diagnosis")

K("s28e_sk_stralstart_flyttad_ej_informerad", SK, "19750112-7117", [
    N("n1", "sk_onk", "ssk_kontakt", "2024-11-04 09:05", [
        ("Aktuellt", "Tonsillcancer hö, p16-positiv, T1N1. Pat välinformerad om diagnos och plan sedan nybesöket."),
        ("Planering", "Strålstarten flyttas från 11/11 till 18/11 pga maskinservice. Pat inte informerad om den nya starttiden ännu, ringer i eftermiddag."),
    ], tpl="Omvårdnadsanteckning")],
    must_not=[M101],
    why="the untold item is a changed start date; the diagnosis itself has been told")

# ================================================================ part 3
# VGR Melior, NL102: sökord protection, DD, hedges, hard negatives

K("s28e_vg_sokord_tidiga_hyp_susp_nasofarynxcancer", VG, "19480910-9616", [
    N("n1", "vg_su_onh", "l_haddad", "2024-01-15 10:50", [
        ("Anamnes", "Lock för hö öra i två månader, sparsamma blodtillblandade snytningar. Uppvuxen i södra Kina, bor i Sverige sedan 20 år."),
        ("Status", "Hö trumhinna indragen med gulaktig vätska bakom. Epifarynx: oregelbunden slemhinneförändring i hö Rosenmüllers grop."),
        ("Tidiga hypoteser", "Susp. nasofarynxcancer hö. Biopsi tagen från epifarynx, skickad med förtur."),
        ("Åtgärd", "Paracentes och plaströr hö, sekretorisk otit hö. Återbesök om 10 dagar."),
    ])],
    must_not=[M102, M101],
    why="VGR: the suspected nasopharyngeal cancer sits only under the protected sökord Tidiga hypoteser; visible sections hold confirmed findings")

K("s28e_vg_tidiga_hyp_och_bedomning_upprepar_misstanken", VG, "19710720-3478", [
    N("n1", "vg_sas_onh", "l_johansson", "2024-02-07 14:20", [
        ("Status", "Palpabel, fast, oöm knöl 3 cm i vä parotis, nedre polen. Facialis intakt."),
        ("Tidiga hypoteser", "Misstänkt malign parotistumör vä, cytologin inkonklusiv."),
        ("Bedömning", "Parotistumör vä med misstänkt malignitet. MR halsregionen och ny finnål under ultraljud."),
    ])],
    must=[M102],
    why="the hedge is kept under Tidiga hypoteser but repeated in the visible Bedömning, which fires")

K("s28e_vg_mall_tidiga_hyp_men_sokord_bedomning", VG, "19920325-7093", [
    N("n1", "vg_nu_onh", "l_andersson", "2024-02-19 11:00", [
        ("Bedömning", "Ensidig nästäppa vä och upprepade näsblödningar. Polypös, lättblödande förändring vä näshåla. Trolig inverterat papillom, DT bihålor och biopsi planeras."),
    ], tpl="Tidiga hypoteser")],
    must=[M102],
    why="VGR protects by sökord, not template: a note titled Tidiga hypoteser with its text under Bedömning is visible")

K("s28e_vg_dd_bppv_vestibular_migran", VG, "19670904-3563", [
    N("n1", "vg_su_aud", "l_mahmoud", "2024-03-04 08:30", [
        ("Anamnes", "Korta svindelattacker vid sänggående och när hon tittar upp i skåpet. Tidigare migrän med aura i unga år."),
        ("Status", "Dix-Hallpike hö: kortvarig torsionell nystagmus, uttröttbar, men även lätt huvudvärk under undersökningen."),
        ("Bedömning", "BPPV bakre båggång hö, DD vestibulär migrän. Epleys manöver utförd, hemövningar enligt Brandt-Daroff."),
    ])],
    must=[M102],
    why="'DD vestibulär migrän' puts an uncertain diagnosis in a visible Bedömning")

K("s28e_vg_bppv_bekraftad_epley", VG, "19560402-8737", [
    N("n1", "vg_sks_onh", "fys_lindgren", "2024-03-11 13:00", [
        ("Status", "Dix-Hallpike vä: torsionell uppåtslående nystagmus efter 3 s latens, varar 20 s, med svindel. Hö negativ."),
        ("Bedömning", "BPPV vä bakre båggång. Ingen misstanke om central yrsel, normal neurologisk screening."),
        ("Åtgärd", "Epleys manöver x2, därefter negativ Dix-Hallpike. Instruerad i Semonts manöver."),
    ], tpl="Fysioterapianteckning")],
    must_not=[M102],
    why="confirmed BPPV by a physiotherapist plus a negated central cause: no hedged diagnosis")

K("s28e_vg_isshl_schwannom_kan_ej_uteslutas", VG, "19780414-8133", [
    N("n1", "vg_su_akut", "l_ek", "2024-03-25 20:40", [
        ("Aktuellt", "Vaknade för 2 dygn sedan med nedsatt hörsel och susningar vä. Ingen yrsel, ingen förkylning."),
        ("Status", "Otoskopi u.a. Weber till hö. Tonaudiogram: sensorineural nedsättning vä 50-65 dB över alla frekvenser."),
        ("Bedömning", "Plötslig sensorineural hörselnedsättning vä. Vestibularisschwannom kan ej uteslutas, MR bokas. Prednisolon 60 mg i 5 dagar med nedtrappning."),
    ], tpl="Akutanteckning")],
    must=[M102],
    why="'kan ej uteslutas' leaves vestibular schwannoma open in the visible Bedömning")

K("s28e_vg_barn_sannolikt_adenoidhypertrofi", VG, "20170209-9316", [
    N("n1", "vg_dsbus_onh", "l_fors", "2024-04-08 09:15", [
        ("Anamnes", "7-årig pojke som snarkar varje natt med pauser enligt föräldrarna. Andas med öppen mun, nasal röst, ofta förkyld."),
        ("Status", "Tonsiller storlek 2. Rinoskopi anteriort svåröverskådligt, fiberskopi tolereras ej."),
        ("Bedömning", "Sannolikt adenoidhypertrofi som orsak till snarkning och munandning. Sidoprofilrtg epifarynx."),
    ])],
    must=[M102],
    why="child under 13: 'Sannolikt' before adenoid hypertrophy is a hedged diagnosis that the guardians read")

K("s28e_vg_barn_som_bekraftad_ev_ror", VG, "20140323-9476", [
    N("n1", "vg_dsbus_onh", "l_strand", "2024-04-22 10:30", [
        ("Status", "Bilat matta, indragna trumhinnor med gulaktig vätska. Tympanogram typ B bilat."),
        ("Utredning", "Tonaudiometri: lätt konduktiv nedsättning bilat, ca 30 dB."),
        ("Bedömning", "Sekretorisk otit bilat sedan minst 3 mån. Ev. plaströr bilat om kvarstående vid kontroll i juni."),
    ])],
    must_not=[M102],
    why="secretory otitis is confirmed; 'Ev.' hedges only the planned grommets")

K("s28e_vg_pappa_trolig_strupcancer", VG, "20040616-1331", [
    N("n1", "vg_logoped", "l_dahl", "2024-05-02 15:10", [
        ("Anamnes", "Hes i 3 veckor efter förkylning, sjunger i kör. Pappan hade trolig strupcancer som aldrig utreddes innan han dog, därför orolig."),
        ("Status", "Laryngoskopi: lätt rodnade stämband, symmetriskt rörliga, inga förändringar i slemhinnan."),
        ("Bedömning", "Akut laryngit efter luftvägsinfektion. Röstvila och vattenånga."),
    ])],
    must_not=[M102],
    why="the hedged cancer is the father's; the patient's laryngitis is confirmed")

K("s28e_vg_logoped_bild_som_vid_stambandsknutor", VG, "19970511-5427", [
    N("n1", "vg_logoped", "log_eriksson", "2024-05-13 13:45", [
        ("Aktuellt", "Förskollärare med hes och ansträngd röst sedan hösten, tröttnar i rösten efter arbetsdagen."),
        ("Status", "Perceptuell bedömning: läckage och lätt knarr, höjd röstläge. Maximal fonationstid 11 s."),
        ("Bedömning", "Röstbild som vid stämbandsknutor. Foniater gör stroboskopi 27/5, röstterapi påbörjas."),
    ], tpl="Logopedanteckning")],
    must=[M102],
    why="'bild som vid' hedges vocal fold nodules in a logopedist's visible assessment")

K("s28e_vg_typo_sanolikt_bells_pares", VG, "19470512-9437", [
    N("n1", "vg_kungalv_akut", "l_at_moberg", "2024-05-27 18:00", [
        ("Aktuellt", "Sedan i morse hänger vä mungipa, dreglar vid drickande. Ingen trauma, inga blåsor, ingen hörselpåverkan."),
        ("Status", "Perifer facialispares vä, pannan engagerad, HB III. Öron u.a. bilat. I övrigt neurologiskt u.a."),
        ("Bedömning", "Sanolikt Bells pares vä. Prednisolon 50 mg x1 i 10 dagar, tårersättning och tejpning av ögat natt."),
    ], tpl="Akutanteckning")],
    must=[M102],
    why="typo 'Sanolikt' still hedges Bell's palsy in a visible Bedömning")

K("s28e_vg_arbetsdiagnos_perilymfatisk_fistel", VG, "19850329-6553", [
    N("n1", "vg_su_onh", "l_haddad", "2024-06-10 11:25", [
        ("Anamnes", "Sportdykare, hörselnedsättning och ostadighet hö direkt efter uppstigning från 25 m. Fistelsymtom vid nysning."),
        ("Status", "Hö trumhinna lätt injicerad, hel. Positivt fisteltest hö med nystagmus."),
        ("Bedömning", "Arbetsdiagnos perilymfatisk fistel hö efter dykbarotrauma. Sängläge med höjd huvudända, dykförbud, ny audiometri om 3 dagar."),
    ])],
    must=[M102],
    why="'Arbetsdiagnos' marks a provisional, unsettled diagnosis in a visible section")

K("s28e_vg_barn_inga_tecken_pa_mastoidit", VG, "20151015-2299", [
    N("n1", "vg_dsbus_onh", "l_fors", "2024-06-17 16:20", [
        ("Aktuellt", "8-åring med vänstersidig öronvärk och feber sedan 3 dygn, fått Kåvepenin från vårdcentralen sedan i går."),
        ("Status", "Vä trumhinna röd, buktande. Retroaurikulärt: ingen svullnad, ingen rodnad, ingen ömhet, öronen står ej ut."),
        ("Bedömning", "Akut mediaotit vä. Inga tecken på mastoidit. Fortsatt PcV, åter vid försämring."),
    ])],
    must_not=[M102],
    why="mastoiditis is negated ('Inga tecken på'); the otitis is confirmed")

K("s28e_vg_fragestallning_vestibularisschwannom", VG, "19910310-6333", [
    N("n1", "vg_alingsas_horsel", "l_carlsson", "2024-06-24 09:40", [
        ("Utredning", "Audiogram: asymmetrisk diskantnedsättning hö, 25 dB sämre än vä vid 4 kHz. Taluppfattning hö 76 %, vä 100 %."),
        ("Planering", "Remiss MR inneröra med kontrast, frågeställning vestibularisschwannom hö?"),
    ], tpl="Hörselanteckning")],
    must=[M102],
    why="'frågeställning ... ?' in a visible Planering is a hedged schwannoma")

K("s28e_vg_talar_emot_malignitet_warthin_verifierad", VG, "19370826-2237", [
    N("n1", "vg_nu_onh", "l_andersson", "2024-07-08 10:05", [
        ("Utredning", "UL parotis vä: välavgränsad 2 cm cystisk-solid förändring i nedre polen. Finnålscytologi: onkocytära celler och lymfocyter."),
        ("Bedömning", "Warthintumör vä parotis, cytologiskt verifierad. UL-bilden talar emot malignitet. Expektans, ny UL om 1 år."),
    ])],
    must_not=[M102],
    why="'talar emot malignitet' is a negation and the Warthin tumour is verified")

K("s28e_vg_cytologi_talar_for_pleomorft_adenom", VG, "19690226-6326", [
    N("n1", "vg_sks_onh", "l_lindqvist", "2024-07-15 14:30", [
        ("Utredning", "Finnålscytologi hö parotis: epiteliala celler i kondroid-myxoid bakgrund."),
        ("Bedömning", "Cytologin talar för pleomorft adenom hö parotis. Ytlig parotidektomi rekommenderas, pat får betänketid."),
    ])],
    must=[M102],
    why="'talar för' hedges pleomorphic adenoma in a visible Bedömning")

# ================================================================ part 4
# VGR Melior, NL101 (told / not told)

K("s28e_vg_tonsillcancer_ej_informerad_kontaktssk", VG, "19580821-1147", [
    N("n1", "vg_su_onh", "l_berglund", "2024-01-22 16:10", [
        ("Utredning", "PAD hö tonsill: skivepitelcancer, HPV/p16-positiv. DT hals-thorax: 2 patologiska körtlar hö regio II, inga fjärrmetastaser."),
        ("Diagnos", "Tonsillcancer hö, cT1N1M0."),
        ("Planering", "Pat har inte fått besked om cancerdiagnosen än. Kontaktsjuksköterska bokar besök med läkare fredag 26/1."),
    ])],
    must=[M101], must_not=[M102],
    why="VGR visible Diagnos with tonsil cancer while the patient has not been given the news")

K("s28e_vg_larynxcancer_informerad_med_dotter", VG, "19421225-7069", [
    N("n1", "vg_jubileum", "l_petrovic", "2024-02-05 10:30", [
        ("Aktuellt", "Supraglottisk larynxcancer, T2N0, bekräftad med PAD 25/1."),
        ("Information", "Pat och dottern informerade om diagnos, behandlingsförslag och biverkningar. Pat har tänkt över och accepterar strålbehandling."),
    ])],
    must_not=[M101],
    why="the larynx cancer is visible and the patient has been informed with her daughter present")

K("s28e_vg_sokord_tidiga_hyp_misstankt_lymfom_ej_informerad", VG, "19830522-3532", [
    N("n1", "vg_sas_onh", "l_johansson", "2024-02-26 13:20", [
        ("Aktuellt", "Förstorade oömma körtlar hö hals sedan 6 veckor, nattsvettningar."),
        ("Åtgärd", "Exstirpation av körtel hö regio V i lokalbedövning. Preparat till PAD färskt, flödescytometri begärd."),
        ("Tidiga hypoteser", "Misstänkt lymfom. Pat ej informerad om misstanken, vill först ha PAD."),
        ("Planering", "Återbesök 11/3 för svar."),
    ])],
    must_not=[M101, M102],
    why="VGR: both the suspected lymphoma and the not-told remark sit only under the protected sökord Tidiga hypoteser")

K("s28e_vg_hypofarynx_besked_forst_efter_pet", VG, "19481108-2603", [
    N("n1", "vg_nu_onh", "l_andersson", "2024-03-13 15:00", [
        ("Utredning", "Panendoskopi 6/3. PAD från vä sinus piriformis: skivepitelcancer, måttligt differentierad."),
        ("Bedömning", "Hypofarynxcancer vä, stadieindelning pågår."),
        ("Planering", "Pat ska inte informeras om diagnosen förrän PET-DT är gjord och fallet diskuterat på MDK, enligt hennes egen önskan att få allt på en gång."),
    ])],
    must=[M101], must_not=[M102],
    why="the note says the patient must not be told the hypopharyngeal cancer yet, in a visible section")

K("s28e_vg_diagnos_kand_sedan_besok_i_mars", VG, "19690106-8004", [
    N("n1", "vg_su_aud", "aud_hakansson", "2024-04-03 09:20", [
        ("Aktuellt", "Menières sjukdom hö, diagnosen känd av pat sedan läkarbesöket 5/3. Kommer för hörapparatutprovning hö."),
        ("Åtgärd", "Bakom-örat-apparat med öppen anpassning hö, verifierad med REM. Provperiod 3 månader."),
    ], tpl="Audionomanteckning")],
    must_not=[M101],
    why="the audiologist states the patient has known the diagnosis since an earlier visit")

K("s28e_vg_provtagningstid_ej_meddelad", VG, "19760416-9180", [
    N("n1", "vg_sks_onh", "ssk_nilsson", "2024-04-15 11:40", [
        ("Aktuellt", "Kronisk rinosinuit med polyper, inför FESS 6/5."),
        ("Planering", "Preop-prover och EKG behövs. Pat ej informerad om provtagningstiden ännu, kallelse skickas via 1177."),
    ], tpl="Omvårdnadsanteckning")],
    must_not=[M101],
    why="only the time for blood sampling is untold; the diagnosis is not concealed")

K("s28e_vg_typo_informrad_tungcancer", VG, "19981112-5641", [
    N("n1", "vg_jubileum", "l_berglund", "2024-04-29 14:15", [
        ("Utredning", "PAD vä tungkant: skivepitelcancer, invasionsdjup 6 mm. MR munhåla: tumör 2,4 cm."),
        ("Bedömning", "Tungcancer vä, cT2N0. Förslag partiell glossektomi och halsdissektion vä."),
        ("Information", "Ej informrad om PAD, pat är utomlands till 8/5 och vill få beskedet på plats."),
    ])],
    must=[M101], must_not=[M102],
    why="typo 'informrad': visible tongue cancer while the patient has not been informed")

K("s28e_vg_tre_anteckningar_besked_pa_dag_tre", VG, "19630820-7536", [
    N("n1", "vg_su_avd", "l_ek", "2024-05-07 09:10", [
        ("Daganteckning", "Inlagd för djup halsinfektion hö, dränerad igår. DT hals visar även en 2 cm solid förändring i hö tonsillloge misstänkt för tumör, biopsi tagen peroperativt."),
        ("Information", "Inte informerat pat om tumörmisstanken, tar det när PAD kommit."),
    ], tpl="Daganteckning"),
    N("n2", "vg_su_avd", "ssk_karlsson", "2024-05-08 21:30", [
        ("Omvårdnad", "Afebril, dränet avvecklat. Äter flytande kost. Frågade om provsvaren, hänvisat till läkaren i morgon."),
    ], tpl="Omvårdnadsanteckning"),
    N("n3", "vg_su_avd", "l_ek", "2024-05-10 14:00", [
        ("Daganteckning", "PAD: skivepitelcancer hö tonsill, p16-positiv. Pat informerad om diagnosen vid samtal på rummet med sonen närvarande, kontaktsjuksköterska kopplad."),
    ], tpl="Daganteckning")],
    must=[("NL101", "n1")], must_not=[("NL101", "n3")],
    why="ward notes: the day-1 note withholds a tumour suspicion (fires), the day-3 note that gives the news is clean")

K("s28e_vg_osa_inget_om_information", VG, "19860403-3111", [
    N("n1", "vg_somn", "l_mahmoud", "2024-05-20 10:45", [
        ("Utredning", "Polysomnografi: AHI 24/h, huvudsakligen i ryggläge, ingen central apné."),
        ("Bedömning", "Lägesberoende obstruktiv sömnapné, medelsvår. BMI 27."),
        ("Åtgärd", "Prova lägesbehandling med ryggvest, alternativt apnéskena via tandläkare."),
    ])],
    must_not=[M101, M102],
    why="confirmed OSA with nothing said about whether the patient was told: neither code")

K("s28e_vg_dottern_vill_vanta_pat_87", VG, "19370224-8208", [
    N("n1", "vg_nu_avd", "l_wennberg", "2024-06-04 15:30", [
        ("Bedömning", "PAD från hö yttre hörselgång: skivepitelcancer. DT tinningben visar benengagemang."),
        ("Information", "Pat, 87 år, har ännu inte fått veta diagnosen. Dottern önskar att vi väntar med beskedet tills hon kan vara med på torsdag."),
    ], tpl="Daganteckning")],
    must=[M101], must_not=[M102],
    why="ear-canal cancer is visible while the elderly patient has not yet been told")

K("s28e_vg_misstankt_larynxcancer_ej_informerad_om_misstanken", VG, "19420515-4430", [
    N("n1", "vg_sas_onh", "l_johansson", "2024-06-18 11:50", [
        ("Status", "Indirekt laryngoskopi: exofytisk förändring på vä stämband som går över främre kommissuren. Vä stämband nedsatt rörligt."),
        ("Bedömning", "Misstänkt larynxcancer vä. Mikrolaryngoskopi med biopsi 25/6."),
        ("Information", "Pat ej informerad om cancermisstanken, endast att förändringen behöver provtas."),
    ])],
    must=[M101, M102],
    why="hedged larynx cancer is both visible and explicitly withheld from the patient")

K("s28e_vg_misstankt_lymfom_informerad_idag", VG, "20020308-6996", [
    N("n1", "vg_su_onh", "l_haddad", "2024-07-01 13:35", [
        ("Status", "Multipla 1-3 cm oömma körtlar bilat hals regio II-V. Tonsiller u.a."),
        ("Bedömning", "Misstänkt lymfom. Körtelexstirpation bokas på fredag."),
        ("Information", "Pat informerad om misstanken idag och att svar kan dröja 2 veckor."),
    ])],
    must=[M102], must_not=[M101],
    why="a hedged lymphoma stays NL102 even though the patient has been told of the suspicion, which clears NL101")

K("s28e_vg_horapparat_bestalld_ej_meddelat", VG, "19621017-4675", [
    N("n1", "vg_alingsas_horsel", "aud_wallin", "2024-08-12 14:00", [
        ("Aktuellt", "Bullerskada bilat efter 30 år som plåtslagare, tinnitus bilat."),
        ("Åtgärd", "Hörapparater bilat beställda efter dagens avtryck. Pat ännu inte meddelad att apparaterna är beställda, sms skickas."),
    ], tpl="Audionomanteckning")],
    must_not=[M101],
    why="the untold item is that hearing aids were ordered; the noise damage is not concealed")

K("s28e_vg_ototoxicitet_cisplatin_ej_informerad", VG, "19840911-1120", [
    N("n1", "vg_su_aud", "l_mahmoud", "2024-08-26 15:25", [
        ("Aktuellt", "Kontrollaudiogram under cisplatinbehandling för livmoderhalscancer, tredje kuren given 19/8."),
        ("Utredning", "Ny sensorineural nedsättning bilat 4-8 kHz, 25-35 dB sämre än baslinjen."),
        ("Bedömning", "Cisplatininducerad ototoxisk hörselskada bilat."),
        ("Planering", "Pat inte informerad om hörselskadan, onkologen vill ta det vid nästa besök i samband med dosjustering."),
    ])],
    must=[M101], must_not=[M102],
    why="confirmed ototoxic hearing loss in visible sections while the patient has not yet been told")

# ================================================================ part 5
# Skåne: PMO, more hedges, negations, non-diagnostic hedges

K("s28e_sk_pmo_bvc_misstankt_sekretorisk_otit", SK, "20221117-1372", [
    N("n1", "pmo_bvc", "bvc_ssk", "2024-01-24 10:10", [
        ("Aktuellt", "Extrabesök vid 14 månaders ålder. Föräldrarna tycker att han inte reagerar när man ropar från annat rum, många förkylningar i vinter."),
        ("Bedömning", "Misstänkt sekretorisk otit bilat. Remiss till barnaudiologen för hörselbedömning."),
    ], tpl="BVC-besök", system="PMO")],
    must_not=[M102],
    why="BVC note in PMO: the suspected secretory otitis is not shown to guardians, so no NL102")

K("s28e_sk_pmo_ungdom_trol_mononukleos", SK, "20060804-8203", [
    N("n1", "pmo_ungdom", "dsk_vc", "2024-02-14 15:30", [
        ("Kontaktorsak", "Halsont och trötthet sedan 10 dagar, svullna körtlar på halsen."),
        ("Bedömning", "Trol. mononukleos, snabbtest tas på vårdcentralen i morgon. Avstå kontaktsport tills vidare."),
    ], tpl="Besöksanteckning", system="PMO")],
    must_not=[M102],
    why="youth clinic (PMO), patient 17: a hedged mononucleosis is never visible there")

K("s28e_sk_pmo_hemsjv_misstankt_vaxpropp", SK, "19391002-1405", [
    N("n1", "pmo_hemsjv", "dsk_vc", "2024-03-06 13:00", [
        ("Aktuellt", "Hembesök. Hörapparaten hö tjuter och pat hör dåligt, make uppger att hon inte hänger med i samtal."),
        ("Bedömning", "Misstänkt vaxpropp hö. Ordinerat Revaxör-droppar i 5 dagar, sedan öronspolning vid nästa besök."),
    ], tpl="Hemsjukvårdsanteckning", system="PMO")],
    must_not=[M102],
    why="home-care PMO note: a suspected wax plug is in PMO, which never shows diagnoses")

K("s28e_sk_kan_rora_sig_om_vestibular_migran", SK, "19910310-6333", [
    N("n1", "sk_lund_aud", "l_sjoberg", "2024-03-20 10:40", [
        ("Anamnes", "Återkommande yrselepisoder i 4-24 timmar sedan ett år, ofta med ljuskänslighet och huvudvärk. Ingen hörselpåverkan."),
        ("Status", "Normal vestibulär provning, vHIT och kalorisk prov u.a. Audiogram normalt."),
        ("Bedömning", "Kan röra sig om vestibulär migrän. Yrsel- och huvudvärksdagbok i 2 mån, sömn och triggers genomgånget."),
    ])],
    must=[M102],
    why="'Kan röra sig om' hedges vestibular migraine in a visible Bedömning")

K("s28e_sk_oklart_om_labyrintit_eller_neurit", SK, "19920627-2776", [
    N("n1", "sk_lund_avd", "l_dahl", "2024-04-02 08:55", [
        ("Daganteckning", "Dag 2 inneliggande pga akut yrsel och hörselnedsättning hö efter förkylning. Mindre illamående, går med rollator. Nystagmus grad 1 åt vä."),
        ("Bedömning", "Oklart om det rör sig om labyrintit hö eller vestibularisneurit med samtidig hörselnedsättning. Audiogram i dag, fortsatt kortison."),
    ], tpl="Daganteckning")],
    must=[M102],
    why="'Oklart om det rör sig om' leaves labyrinthitis vs neuritis open in a visible ward note")

K("s28e_sk_barn_inger_misstanke_om_larynxpapillom", SK, "20170714-8985", [
    N("n1", "sk_barn_onh", "l_nyberg", "2024-04-23 13:25", [
        ("Anamnes", "6-årig flicka med tilltagande heshet sedan ett halvår, ibland ljudande andning vid ansträngning."),
        ("Status", "Fiberlaryngoskopi: vårtliknande exofytiska förändringar på båda stämbanden främre delen. Luftvägen fri."),
        ("Bedömning", "Fynden inger misstanke om recidiverande respiratorisk papillomatos. Mikrolaryngoskopi i narkos med PAD."),
    ])],
    must=[M102],
    why="child under 13: 'inger misstanke om' is a hedge on papillomatosis that guardians would read")

K("s28e_sk_misstanken_om_tonsillcancer_avskrivs", SK, "19850201-3058", [
    N("n1", "sk_hbg_onh", "l_rahimi", "2024-05-08 09:35", [
        ("Utredning", "PAD efter tonsillektomi 24/4: reaktiv lymfoid hyperplasi i båda tonsillerna, ingen malignitet."),
        ("Bedömning", "Misstanken om tonsillcancer avskrivs. Asymmetrin förklaras av hypertrofi hö. Avslutas på mottagningen."),
    ])],
    must_not=[M102],
    why="the earlier cancer suspicion is explicitly dropped ('avskrivs')")

K("s28e_sk_misstanken_bekraftades_peroperativt", SK, "19810218-1396", [
    N("n1", "sk_lund_onh", "l_hallgren", "2024-05-21 12:30", [
        ("Operationsberättelse", "Retroaurikulär incision vä. Kortikal mastoidektomi. Den preoperativa misstanken om kolesteatom bekräftades, vit matrix i attiken runt städet som avlägsnades helt. Städet exciderat, typ III-rekonstruktion med brosk. Fascia temporalis som transplantat."),
        ("Diagnos", "Kolesteatom i vä mellanöra, H71.9."),
    ], tpl="Operationsberättelse")],
    must_not=[M102],
    why="'misstanken ... bekräftades' reports a confirmed cholesteatoma, with a confirmed Diagnos section")

K("s28e_sk_typo_misstant_seros_labyrintit", SK, "19560802-1225", [
    N("n1", "sk_krist_onh", "l_svensson", "2024-06-05 17:15", [
        ("Aktuellt", "Känd kronisk otit vä. Sedan två dagar yrsel och tilltagande hörselnedsättning vä, flytning."),
        ("Bedömning", "Misstänt serös labyrintit vä sekundärt till kronisk otit. Inläggning för iv antibiotika och kortison, DT temporalben i morgon."),
    ], tpl="Akutanteckning")],
    must=[M102],
    why="typo 'Misstänt' still hedges serous labyrinthitis in a visible note")

K("s28e_sk_ingen_hallpunkt_for_malignitet_epistaxis", SK, "19370224-8208", [
    N("n1", "sk_malmo_akut", "l_tran", "2024-06-28 23:05", [
        ("Aktuellt", "Näsblod från vä näsborre i 40 min, Eliquis pga förmaksflimmer."),
        ("Status", "Blödningskälla i vä Kiesselbachs plexus. Nasofaryngoskopi: i övrigt ingen hållpunkt för malignitet eller bakre blödning."),
        ("Åtgärd", "Etsning med silvernitrat, Merocel-tampong vä. Hb 128."),
        ("Bedömning", "Främre epistaxis vä under antikoagulantia."),
    ], tpl="Akutanteckning")],
    must_not=[M102],
    why="malignancy is negated ('ingen hållpunkt för'); the epistaxis is a confirmed diagnosis")

K("s28e_sk_troligen_feber_i_natt_symtom", SK, "20000311-2240", [
    N("n1", "sk_malmo_onh", "ssk_holm", "2024-07-10 08:20", [
        ("Telefonkontakt", "Ringer dag 3 efter septoplastik. Troligen haft feber i natt men har ingen termometer hemma, känner sig frusen. Lite blodtillblandat snor, ingen färsk blödning."),
        ("Åtgärd", "Råd om att mäta temp och ringa igen om över 38,5. Tider för suturtagning bekräftade."),
    ], tpl="Telefonanteckning")],
    must_not=[M102],
    why="'Troligen' hedges a symptom (fever), not a diagnosis")

K("s28e_sk_mojligen_injicerad_trumhinna_ingen_otit", SK, "20201001-3395", [
    N("n1", "sk_hassleholm", "l_at_ali", "2024-08-02 10:05", [
        ("Aktuellt", "3-åring som drar i hö öra sedan igår, lätt förkyld. Afebril."),
        ("Status", "Hö trumhinna möjligen lätt injicerad, svårbedömt pga vax. Vä u.a. Pneumatoskopi normal rörlighet bilat."),
        ("Bedömning", "Ingen akut mediaotit. Förkylning. Åter vid feber eller tilltagande smärta."),
    ], tpl="Mottagningsanteckning")],
    must_not=[M102],
    why="child: 'möjligen' hedges an exam finding, and otitis is negated")

K("s28e_sk_susp_epiglottit_akut", SK, "19870826-4513", [
    N("n1", "sk_malmo_akut", "l_bexell", "2024-08-19 02:40", [
        ("Aktuellt", "Kraftig halssmärta sedan kvällen, kan inte svälja saliv, sitter framåtlutad. Muffled voice."),
        ("Status", "Andningsfrekvens 22, sat 96 %. Svalg inspekteras försiktigt utan spatel: u.a. Fiberskopi ej gjord pga risk."),
        ("Bedömning", "Susp. epiglottit. Narkosjour kontaktad, fiberskopi under beredskap på op. Cefotaxim och Betapred iv."),
    ], tpl="Akutanteckning", signed=None)],
    must=[M102],
    why="unsigned night note: 'Susp.' hedges epiglottitis in a visible Bedömning")

K("s28e_sk_mall_tidiga_hyp_plus_vanlig_anteckning_ren", SK, "19710720-3478", [
    N("n1", "sk_lund_onh", "l_hallgren", "2024-09-04 11:00", [
        ("Bedömning", "Ensidig sekretorisk otit hos vuxen. DD nasofarynxcancer, biopsi från epifarynx tagen i dag."),
    ], tpl="Tidiga hypoteser"),
    N("n2", "sk_lund_onh", "l_hallgren", "2024-09-04 11:10", [
        ("Status", "Vä trumhinna indragen, bärnstensfärgad vätska bakom. Epifarynx: asymmetri med fylligare vä sida."),
        ("Åtgärd", "Plaströr vä i lokalbedövning. Biopsi från vä epifarynx tagen."),
        ("Bedömning", "Sekretorisk otit vä. Återbesök om 2 veckor."),
    ])],
    must_not=[("NL102", "n1"), ("NL102", "n2")],
    why="Skåne: the DD lives in a separate Tidiga hypoteser template note; the ordinary note beside it has only confirmed findings")

K("s28e_sk_epikris_trol_aspirationspneumoni", SK, "19480910-9616", [
    N("n1", "sk_lund_avd", "l_dahl", "2024-09-27 14:20", [
        ("Epikris", "76-årig man inlagd 9/9 för total laryngektomi med bilateral halsdissektion pga recidiv av larynxcancer efter strålbehandling. Op 10/9 utan komplikationer. Dag 4 feber 38,9, CRP 187 och nytillkomna rassel basalt hö, lungröntgen med infiltrat hö underlob. Tolkas som trol. aspirationspneumoni, behandlad med Tazocin iv 5 dagar därefter peroralt. Sväljröntgen dag 10 utan läckage, startat peroral kost. Stomivård inlärd, talventil planeras om 4 veckor."),
        ("Planering", "Återbesök ÖNH 2 v. Logoped kontaktar pat. Kontaktsjuksköterska följer upp."),
    ], tpl="Epikris")],
    must=[M102],
    why="'trol. aspirationspneumoni' in a visible Epikris is a hedged complication diagnosis")

K("s28e_sk_syster_utreds_for_otoskleros", SK, "19960425-6165", [
    N("n1", "sk_hbg_onh", "l_nyberg", "2024-10-15 15:40", [
        ("Anamnes", "Lockkänsla hö efter bad. Syster utreds för misstänkt otoskleros, pat undrar om hon har samma sak."),
        ("Status", "Vaxpropp hö som avlägsnas med sug. Därefter trumhinnor u.a. Tonaudiogram normal hörsel, stapediusreflexer normala bilat."),
        ("Bedömning", "Cerumen obturans hö, åtgärdat. Inget som talar för otoskleros hos pat."),
    ], tpl="Mottagningsanteckning")],
    must_not=[M102],
    why="the suspected otosclerosis is the sister's; for the patient it is negated")

# ================================================================ part 6
# VGR: long charts, typos, more NL101 / NL102

K("s28e_vg_lang_somnutredning_misstankt_osa_dd_central", VG, "19530314-2730", [
    N("n1", "vg_somn", "l_mahmoud", "2024-01-10 09:00", [
        ("Anamnes", "70-årig man, remitterad från vårdcentralen pga snarkning och uttalad dagtrötthet. Hustrun har sett andningsuppehåll flera gånger per natt. Somnar framför TV och en gång vid rödljus. Känd hjärtsvikt med EF 35 %, förmaksflimmer, hypertoni. Röker ej, alkohol 2-3 glas vin per vecka. Läkemedel: Entresto, Bisoprolol, Eliquis, Furix 40 mg."),
        ("Aktuellt", "Epworth 16/24. Ingen morgonhuvudvärk. Nykturi 3 ggr per natt. Har inte kört bil sedan episoden vid rödljuset."),
        ("Status", "Längd 178 cm, vikt 101 kg, BMI 31,9. Halsomfång 44 cm. Munhåla: Mallampati 3, tonsiller 1, lång och tjock uvula. Näsa: lätt septumdeviation åt hö, fri passage bilat. Hjärta oregelbunden rytm, inga blåsljud. Lungor u.a. Lätta ankelödem bilat."),
        ("Bedömning", "Misstänkt obstruktiv sömnapné av svår grad. DD central sömnapné med Cheyne-Stokes-andning kopplat till hjärtsvikten, vilket påverkar behandlingsval. Trafikfarlighet diskuterad, pat avstår bilkörning tills utredning och behandling är klar."),
        ("Planering", "Polysomnografi med registrering av andningsmönster bokas med förtur. Kontakt med kardiolog om resultatet. Återbesök efter registreringen."),
    ])],
    must=[M102], must_not=[M101],
    why="long sleep-clinic chart: suspected OSA plus a DD of central apnoea in a visible Bedömning")

K("s28e_vg_lang_yrselutredning_mojlig_pppd", VG, "19610823-8863", [
    N("n1", "vg_su_aud", "l_mahmoud", "2024-02-12 13:30", [
        ("Anamnes", "62-årig kvinna med ständig gungande ostadighetskänsla sedan 8 månader. Debut efter akut vestibularisneurit hö i maj, behandlad inneliggande på Sahlgrenska. Det akuta yrselanfallet gick över på en vecka men sedan dess känner hon sig ostadig varje dag, värst i affärer, i trängsel och när hon tittar på rörliga bilder på skärm. Bättre liggande och när hon cyklar. Har slutat handla själv, sjukskriven 50 %. Ingen hörselnedsättning, ingen tinnitus, inga neurologiska symtom."),
        ("Status", "Gång och Romberg u.a., tandemgång lätt osäker. Ingen spontan- eller blicknystagmus. Dix-Hallpike neg bilat. Neurologiskt u.a."),
        ("Utredning", "vHIT: nedsatt gain hö lateral båggång 0,62 med catch-up-sackader, vä normal. Kalorisk prov: 48 % nedsatt respons hö. Audiogram normalt. cVEMP symmetriska. DHI 58 poäng."),
        ("Bedömning", "Kvarstående partiell vestibulär funktionsnedsättning hö efter genomgången neurit. Symtombilden med visuellt provocerad ostadighet talar därutöver för möjlig PPPD (persisterande postural-perceptuell yrsel). Långvarig oro och undvikandebeteende bidrar."),
        ("Åtgärd", "Informerat om sambandet mellan neuriten och den fortsatta yrseln. Remiss till vestibulär rehabilitering hos fysioterapeut. Tar upp KBT-inriktat stöd via vårdcentralen, ev. SSRI kan diskuteras senare."),
        ("Planering", "Återbesök om 3 månader med ny DHI."),
    ])],
    must=[M102],
    why="long vestibular chart: 'talar för möjlig PPPD' is a hedged diagnosis next to confirmed vestibular loss")

K("s28e_vg_lang_postop_tonsillektomi_avdelning_utan_hypotes", VG, "20011223-3390", [
    N("n1", "vg_su_avd", "ssk_karlsson", "2024-03-02 07:15", [
        ("Omvårdnad", "Nattanteckning dag 1 efter tonsillektomi pga recidiverande peritonsillit. Sov i perioder, vaknade kl 02 med smärta VAS 7, fick Oxynorm 5 mg med effekt till VAS 3 inom en timme. Dricker små klunkar, totalt intag under natten cirka 4 dl. Urinerat x2."),
        ("Status", "Temp 37,4, puls 78, BT 128/76, saturation 98 % på luft. Tonsillogerna täckta av fibrinbeläggning, inga tecken på blödning vid inspektion med lampa kl 05."),
        ("Planering", "Ev. byte till flytande kost till frukost om sväljningen går lättare. Trolig hemgång efter rond om han dricker minst en liter under förmiddagen. Läkaren tar ställning till recept på Alvedon, Ipren och Oxynorm för hemmabruk."),
        ("Information", "Pat och mamma har fått muntlig och skriftlig information om sekundärblödning, att det kan blöda upp till två veckor efter operationen och att man då ringer 112 eller åker direkt in till ÖNH-akuten. Har förstått och har bil tillgänglig dygnet runt."),
    ], tpl="Omvårdnadsanteckning")],
    must_not=[M102],
    why="long ward note full of hedges on plans ('Ev.', 'Trolig hemgång') and a negated bleeding; the diagnosis is confirmed")

K("s28e_vg_lang_cancer_lungmetastaser_inte_fatt_veta", VG, "19540111-7022", [
    N("n1", "vg_jubileum", "l_berglund", "2024-03-18 16:45", [
        ("Anamnes", "70-årig kvinna, tidigare frisk, rökt 40 paketår, slutade för 5 år sedan. Remitterad via SVF efter 2 månaders sväljsvårigheter, smärta som strålar mot hö öra och viktnedgång 7 kg. Bor med make, två vuxna barn."),
        ("Status", "AT: opåverkad, något mager. Munhåla u.a. Fiberskopi: exofytisk tumör hö sinus piriformis, hö stämband nedsatt rörligt. Hals: fast, fixerad körtelmassa 4 cm hö regio III."),
        ("Utredning", "Panendoskopi med biopsi 8/3. PAD: skivepitelcancer, lågt differentierad, p16-negativ. PET-DT 14/3: primärtumör hö hypofarynx, körtelmetastaser hö regio II-IV samt tre FDG-upptagande lungnoduler, största 14 mm, som enligt röntgenläkaren motsvarar lungmetastaser."),
        ("Bedömning", "Hypofarynxcancer hö, cT3N2bM1, med lungmetastaser. Bedöms ej kurabel. MDK 15/3 rekommenderar palliativ onkologisk behandling efter samtal med pat."),
        ("Information", "Pat känner till att hon har cancer i svalget sedan besöket 12/3. Hon har däremot inte fått veta om lungmetastaserna ännu. Samtalet planeras 21/3 med maken närvarande enligt hennes önskemål, tillsammans med kontaktsjuksköterska och onkolog."),
        ("Planering", "Dietist och näringsdryck, smärtlindring med Oxycontin 10 mg x2. Kurator erbjuds."),
    ])],
    must=[M101], must_not=[M102],
    why="long oncology chart: the patient knows about the throat cancer but the visible lung metastases have not yet been told")

K("s28e_vg_typo_trolig_vestibularisnuerit", VG, "19680930-1598", [
    N("n1", "vg_kungalv_akut", "l_at_ali", "2024-04-01 11:20", [
        ("Aktuellt", "Akut yrsel sedan i natt, illamående, kräkning, hör som vanligt."),
        ("Status", "Horisontell spontannystagmus åt hö. Huvudimpulstest positivt åt vä. Ingen skew, gång bredspårig men möjlig."),
        ("Bedömning", "Trolig vestibularisnuerit vä. Ingen central påverkan vid HINTS. Postafen, hem med anhörig, ÖNH-kontroll om 2 veckor."),
    ], tpl="Akutanteckning")],
    must=[M102],
    why="typo in the diagnosis word ('vestibularisnuerit') still leaves a hedged diagnosis in view")

K("s28e_vg_typo_ingen_misstnake_om_kolesteatom", VG, "19720415-2289", [
    N("n1", "vg_sks_onh", "l_lindqvist", "2024-04-10 10:25", [
        ("Status", "Hö: torr central perforation 20 % i främre nedre kvadranten, mellanörats slemhinna blek. Attiken fri, inga retraktioner."),
        ("Bedömning", "Kronisk otitis media utan kolesteatom hö. Ingen misstnake om kolesteatom vid mikroskopi. Myringoplastik erbjuds."),
    ])],
    must_not=[M102],
    why="typo in the negation ('misstnake'): cholesteatoma is still negated; no hedged diagnosis")

K("s28e_vg_barn_mojlig_kongenital_cmv", VG, "20230302-4828", [
    N("n1", "vg_dsbus_aud", "l_carlsson", "2024-04-24 14:00", [
        ("Utredning", "Ej passerat nyföddhetsscreeningen hö. ABR vid 3 mån: tröskel hö 70 dB nHL, vä 20 dB nHL. Tympanometri normal bilat."),
        ("Bedömning", "Sensorineural hörselnedsättning hö, måttlig-grav. Möjlig kongenital CMV-infektion som orsak, PKU-kortet beställs för CMV-PCR."),
        ("Planering", "Hörapparat hö. Familjen får kontakt med pedagogisk hörselvård."),
    ])],
    must=[M102],
    why="infant: 'Möjlig kongenital CMV-infektion' is a hedged diagnosis guardians can read")

K("s28e_vg_barn_farmor_trolig_usher", VG, "20160508-3649", [
    N("n1", "vg_dsbus_aud", "aud_wallin", "2024-05-06 09:30", [
        ("Anamnes", "Hereditet: farmor hade trolig Ushers syndrom, blev blind i medelåldern. Föräldrarna frisk hörsel."),
        ("Utredning", "Tonaudiogram: bilateral symmetrisk sensorineural hörselnedsättning, måttlig, 45-55 dB. Oförändrat mot förra året."),
        ("Bedömning", "Känd bilateral sensorineural hörselnedsättning, stabil. Hörapparaterna justerade, FM-system i skolan fungerar bra."),
    ], tpl="Audionomanteckning")],
    must_not=[M102],
    why="child: the hedged syndrome belongs to the grandmother; the child's hearing loss is known and confirmed")

K("s28e_vg_telefon_trol_horselgangsfurunkel", VG, "19880602-5469", [
    N("n1", "vg_nu_onh", "l_andersson", "2024-05-15 12:05", [
        ("Telefonkontakt", "Ringer pga ömt och svullet hö öra sedan 3 dagar, värk när hon tuggar. Har sett en liten gul prick i hörselgångsöppningen. Ingen feber."),
        ("Bedömning", "Trol. hörselgångsfurunkel hö. Flukloxacillin 1 g x3 i 7 dagar, värmebehandling. Besök om ej bättre efter 3 dagar."),
    ], tpl="Telefonanteckning")],
    must=[M102],
    why="short phone note: 'Trol.' hedges an ear-canal furuncle")

K("s28e_vg_om_ny_peritonsillit_tonsillektomi", VG, "19790219-4336", [
    N("n1", "vg_sas_onh", "l_johansson", "2024-05-29 15:50", [
        ("Aktuellt", "Återbesök 3 veckor efter dränerad peritonsillit vä."),
        ("Status", "Svalget läkt, ingen kvarvarande svullnad. Tonsiller storlek 1."),
        ("Bedömning", "Läkt peritonsillit vä. Om pat får en ny peritonsillit erbjuds tonsillektomi, i annat fall ingen åtgärd."),
    ], tpl="Besöksanteckning")],
    must_not=[M102],
    why="a future peritonsillitis appears only as a hypothetical ('Om pat får'); the past one is confirmed")

K("s28e_vg_sannolik_recurrenspares_efter_tyreoidektomi", VG, "19931230-4240", [
    N("n1", "vg_logoped", "l_sjoberg", "2024-06-11 10:15", [
        ("Anamnes", "Hes och svag röst sedan hemityreoidektomi vä 22/5, sätter i halsen vid drickande av vatten."),
        ("Status", "Laryngoskopi: vä stämband står i paramedianläge och rör sig inte vid fonation. Ofullständig glottisslutning."),
        ("Bedömning", "Sannolik vä recurrenspares efter operationen. Logoped för röstträning, ny laryngoskopi om 3 mån."),
    ])],
    must=[M102],
    why="'Sannolik' hedges recurrent nerve palsy in a visible Bedömning")

K("s28e_vg_ev_malign_extern_otit_diabetiker", VG, "19590403-6117", [
    N("n1", "vg_su_onh", "l_haddad", "2024-06-26 11:40", [
        ("Aktuellt", "Diabetes typ 2 med HbA1c 84. Svår nattlig öronvärk hö sedan 5 veckor trots tre olika örondroppar, flytning."),
        ("Status", "Hö hörselgång: granulationsvävnad i golvet vid ben-broskgränsen, purulent sekret. Trumhinnan skymd. Facialis intakt."),
        ("Bedömning", "Extern otit hö med ev. malign (nekrotiserande) extern otit. DT tinningben och odling, inläggning för iv antibiotika diskuteras med bakjour."),
    ])],
    must=[M102],
    why="'ev.' here hedges a disease (malignant otitis externa), not a plan")

K("s28e_vg_tidiga_hyp_raddar_inte_synlig_bedomning_ej_informerad", VG, "19820715-8570", [
    N("n1", "vg_nu_onh", "l_andersson", "2024-07-09 13:10", [
        ("Tidiga hypoteser", "Utbredning mot facialisnerven kan inte bedömas säkert innan op."),
        ("Bedömning", "PAD från hö parotis visar acinic cell-karcinom. Pat ej informerad om PAD-svaret ännu, besked ges vid planerat besök i morgon."),
        ("Planering", "Parotidektomi med facialisbevarande teknik planeras."),
    ])],
    must=[M101],
    why="VGR: the carcinoma and the not-yet-told remark are in the visible Bedömning, so the Tidiga hypoteser sökord beside them does not protect them")

K("s28e_vg_fick_diagnosen_pa_telefon_igar", VG, "20011009-8605", [
    N("n1", "vg_su_aud", "aud_hakansson", "2024-08-07 10:00", [
        ("Aktuellt", "Otoskleros bilat, vä mer än hö. Pat fick diagnosen av öronläkaren på telefon igår och vill prova hörapparat innan hon tar ställning till operation."),
        ("Åtgärd", "Hörapparat vä, öppen anpassning ej möjlig pga konduktiv komponent, används mikroform."),
    ], tpl="Audionomanteckning")],
    must_not=[M101],
    why="the patient was told the diagnosis by phone the day before")

K("s28e_vg_inte_berattat_for_arbetsgivaren", VG, "19660221-9799", [
    N("n1", "vg_alingsas_horsel", "l_carlsson", "2024-08-20 15:15", [
        ("Aktuellt", "Bullerinducerad hörselnedsättning bilat, arbetar som svetsare. Pat har inte berättat för arbetsgivaren om hörselnedsättningen och vill inte att vi kontaktar företagshälsovården."),
        ("Planering", "Hörselskydd med nivåberoende dämpning provas, hörapparater bilat."),
    ], tpl="Hörselanteckning")],
    must_not=[M101],
    why="the patient knows the diagnosis; what is untold is his own choice not to tell the employer")

K("s28e_vg_avvaktar_med_att_informera_malignt_melanom", VG, "19731130-0714", [
    N("n1", "vg_su_onh", "l_ek", "2024-09-02 14:35", [
        ("Utredning", "PAD från vä näshåla: slemhinnemelanom, ulcererat. DT bihålor: tumör fyller vä näshåla och etmoidalceller."),
        ("Bedömning", "Sinonasalt malignt melanom vä. Remiss till MDK och melanomteamet."),
        ("Information", "Avvaktar med att informera pat om diagnosen tills MDK har lämnat behandlingsförslag."),
    ])],
    must=[M101], must_not=[M102],
    why="'Avvaktar med att informera' about a visible, confirmed mucosal melanoma")

K("s28e_vg_kolesteatomrecidiv_pat_ovetande", VG, "19441009-2938", [
    N("n1", "vg_sks_onh", "l_lindqvist", "2024-09-17 11:05", [
        ("Utredning", "MR med diffusionsviktad sekvens 10/9: 6 mm diffusionsbegränsande förändring i hö mastoidkavitet, i området för den tidigare operationen."),
        ("Bedömning", "Recidiv av kolesteatom hö, 2 år efter mastoidektomi."),
        ("Planering", "Pat ovetande om recidivet. Informeras vid ordinarie återbesök 1/10, då även ny operation diskuteras."),
    ])],
    must=[M101],
    why="recurrent cholesteatoma is stated in Bedömning while the patient is unaware of it")

# ================================================================ part 7
# Skåne: long charts, children, typos, last NL101 positives

K("s28e_sk_lang_svf_misstankt_tungbascancer_informerad", SK, "19520708-4152", [
    N("n1", "sk_lund_onh", "l_hallgren", "2024-01-29 13:00", [
        ("Anamnes", "71-årig man, remiss från vårdcentralen enligt SVF huvud-halscancer. Sedan 6 veckor knöl på hö halssida som inte gått tillbaka efter antibiotika, lätt ont vid sväljning och refererad smärta mot hö öra. Viktnedgång 4 kg. Exrökare sedan 15 år, 25 paketår, alkohol måttligt. Tidigare hjärtinfarkt 2016, PCI. Läkemedel: Trombyl, Atorvastatin, Metoprolol."),
        ("Status", "AT gott. Munhåla: slemhinnor u.a., tungan rör sig fritt. Palpation: fast resistens i hö tungbas. Fiberskopi: ulcererad förändring hö tungbas 2 cm som når vallecula, epiglottis fri, stämbanden rörliga. Hals: 3 cm fast, rörlig körtel hö regio II, ingen körtel vä."),
        ("Utredning", "UL-ledd finnål från hö halskörtel tagen. DT hals-thorax och MR munhåla beställda med förtur. Panendoskopi med biopsier bokad 6/2."),
        ("Bedömning", "Misstänkt tungbascancer hö med körtelmetastas. Ingen misstanke om ytterligare tumör i övre luftvägar."),
        ("Information", "Pat informerad om cancermisstanken och om SVF-förloppet med datum för undersökningarna. Fick skriftlig information och telefonnummer till kontaktsjuksköterskan. Hustrun närvarande."),
    ])],
    must=[M102], must_not=[M101],
    why="long SVF chart: a suspected base-of-tongue cancer is hedged and visible; the patient has been told of the suspicion")

K("s28e_sk_lang_barnaudiologi_trolig_ansd", SK, "20211027-5753", [
    N("n1", "sk_lund_aud", "l_sjoberg", "2024-02-21 10:30", [
        ("Anamnes", "2-årig pojke, född i v 29, vårdad på neonatal 9 veckor med hyperbilirubinemi som krävde blodbyte. Passerade OAE-screening som nyfödd. Föräldrarna märker att han reagerar på ljud men inte förstår tal, säger inga ord. Ingen hereditet för hörselnedsättning."),
        ("Status", "Glad, lekfull pojke. Öron u.a. bilat. Tympanometri typ A bilat."),
        ("Utredning", "OAE: tydligt närvarande bilat. ABR med klick: ingen reproducerbar vågform upp till 90 dB nHL bilat, kokleär mikrofoni tydlig och inverterar med polariteten. Stapediusreflexer saknas bilat. Lekaudiometri: reagerar inkonsekvent på 40-60 dB."),
        ("Bedömning", "Bilden talar för trolig auditiv neuropati (ANSD) bilat, i linje med neonatal hyperbilirubinemi som riskfaktor. Hörapparaters nytta är osäker vid denna diagnos."),
        ("Planering", "MR hjärna och hörselnerv i narkos. Remiss till CI-teamet för ställningstagande. Teckenspråk och stöd via pedagogisk hörselvård erbjuds. Nytt besök om 6 veckor med utprovning av hörapparater på prov."),
    ])],
    must=[M102],
    why="long child audiology chart: 'talar för trolig auditiv neuropati' is a hedged diagnosis guardians read")

K("s28e_sk_lang_fess_pad_inverterat_papillom_ej_svar", SK, "19771212-6346", [
    N("n1", "sk_krist_onh", "l_ohlsson", "2024-03-14 09:45", [
        ("Aktuellt", "Återbesök 3 veckor efter endoskopisk bihåleoperation (FESS) hö. Opererad pga ensidig polypös förändring hö näshåla med kronisk hö maxillarsinuit. Mindre snorig, näsandning bättre, inga näsblödningar. Använder näsdusch x2 dagligen."),
        ("Status", "Nasal endoskopi: hö mellersta näsgång öppen, maxillarsinusostiet brett. Lätt krustabildning som sugs bort. Inga synliga resttumörer. Vä u.a."),
        ("Utredning", "PAD från hö näshåla och maxillarsinus: inverterat papillom med låggradig dysplasi, ingen invasiv växt. Radikalt avlägsnat enligt operatören."),
        ("Bedömning", "Inverterat papillom hö med låggradig dysplasi, opererat. Läkning som förväntat."),
        ("Information", "Pat har inte fått PAD-svaret ännu, då hon önskade att få svaret av sin ordinarie läkare. Hon vet att vävnaden skickats för analys. Tid hos dr Ohlsson i maj för besked."),
        ("Planering", "Endoskopisk kontroll var 6:e mån i 5 år pga recidivrisk. Fortsatt näsdusch."),
    ])],
    must=[M101], must_not=[M102],
    why="long post-FESS chart: the inverted papilloma is visible while the patient has not yet had the pathology answer")

K("s28e_sk_typo_misstakt_mastoidit_barn", SK, "20181221-8533", [
    N("n1", "sk_barn_onh", "l_strand", "2024-04-11 19:30", [
        ("Aktuellt", "5-åring med mediaotit hö sedan 4 dagar trots PcV. I dag svullnad bakom hö öra, örat står ut."),
        ("Status", "Hö retroaurikulär rodnad, fluktuation, örat utstående. Hö trumhinna buktande. Temp 39,2, CRP 156."),
        ("Bedömning", "Misstäkt akut mastoidit hö. DT temporalben akut, inläggning på barnavdelningen, Cefotaxim iv."),
    ], tpl="Akutanteckning")],
    must=[M102],
    why="typo 'Misstäkt' hedges acute mastoiditis in a child's visible note")

K("s28e_sk_typo_trolig_menires_sjukdom", SK, "19930603-5867", [
    N("n1", "sk_malmo_onh", "l_kovacs", "2024-05-02 14:50", [
        ("Anamnes", "Tre attacker av rotatorisk yrsel i 2-4 timmar senaste halvåret, med öronfullhet och brus vä. Mellan attackerna pigg."),
        ("Utredning", "Audiogram: lätt lågfrekvent sensorineural nedsättning vä 30 dB på 250-500 Hz."),
        ("Bedömning", "Trolig Menires sjukdom vä. Betahistin och saltreducerad kost, yrseldagbok."),
    ])],
    must=[M102],
    why="misspelt disease name ('Menires') with 'Trolig' is still a hedged diagnosis")

K("s28e_sk_typo_ej_informerd_schwannom", SK, "19890112-5974", [
    N("n1", "sk_lund_aud", "l_kovacs", "2024-05-27 11:15", [
        ("Utredning", "MR 20/5: 5 mm intrakanalikulärt vestibularisschwannom hö."),
        ("Bedömning", "Vestibularisschwannom hö, litet. Kontroll med MR om ett år."),
        ("Planering", "Pat ej informerd om MR-fyndet. Bokad tid 3/6 för samtal med ansvarig läkare."),
    ])],
    must=[M101], must_not=[M102],
    why="typo 'informerd': visible schwannoma that the patient has not been told about")

K("s28e_sk_typo_differntialdiagnos_lymfom", SK, "19620707-4268", [
    N("n1", "sk_hbg_onh", "l_nyberg", "2024-06-13 10:20", [
        ("Status", "2,5 cm mjuk, oöm körtel vä regio Vb. Ingen tumör i svalg eller nasofarynx."),
        ("Bedömning", "Reaktiv körtel efter halsinfektion i maj. Differntialdiagnos lymfom, varför ny UL om 4 veckor och vid kvarstående storlek exstirpation."),
    ], tpl="Mottagningsanteckning")],
    must=[M102],
    why="typo 'Differntialdiagnos': lymphoma is kept open as a differential in a visible Bedömning")

K("s28e_sk_tankbar_sialolit_submandibularis", SK, "19560622-7246", [
    N("n1", "sk_malmo_onh", "l_tran", "2024-06-20 09:10", [
        ("Anamnes", "Svullnad under vä käkvinkel som kommer vid måltider och går över på någon timme. Ibland salt smak."),
        ("Status", "Vä submandibulariskörtel lätt förstorad och öm. Bimanuell palpation: eventuell hård resistens längs gången."),
        ("Bedömning", "Tänkbar sialolit i vä Whartons gång. UL spottkörtlar, sura karameller och massage."),
    ])],
    must=[M102],
    why="'Tänkbar' hedges a salivary stone in a visible Bedömning")

K("s28e_sk_typo_kan_inte_utsluta_kongenitalt_kolesteatom", SK, "20140619-7192", [
    N("n1", "sk_barn_onh", "l_nyberg", "2024-07-04 13:40", [
        ("Aktuellt", "10-årig pojke, skolhörselscreening visade sänkt hörsel hö. Aldrig haft öroninflammation enligt mamma."),
        ("Status", "Hö: vitaktig rundad förändring bakom intakt trumhinna i främre övre kvadranten. Vä u.a."),
        ("Bedömning", "Kan inte utsluta kongenitalt kolesteatom hö. DT tinningben och MR med diffusion, därefter ställningstagande till op."),
    ])],
    must=[M102],
    why="typo 'utsluta' in 'Kan inte utesluta' still leaves congenital cholesteatoma open for a child")

K("s28e_sk_tyder_pa_superior_kanaldehiscens", SK, "19410228-7101", [
    N("n1", "sk_lund_aud", "l_sjoberg", "2024-07-18 15:05", [
        ("Anamnes", "Hör sina egna ögonrörelser och fotsteg i vä öra, yrsel vid kraftiga ljud och vid krystning."),
        ("Utredning", "Audiogram: luft-benskillnad vä i bas med benledning bättre än 0 dB. cVEMP vä sänkt tröskel 65 dB, oVEMP förhöjd amplitud vä."),
        ("Bedömning", "Fynden tyder på superior kanaldehiscens vä. DT tinningben med högupplösta rekonstruktioner."),
    ])],
    must=[M102],
    why="'tyder på' hedges superior canal dehiscence in a visible Bedömning")

K("s28e_sk_typo_inga_tecekn_pa_halsabscess", SK, "20040827-3241", [
    N("n1", "sk_malmo_akut", "l_at_moberg", "2024-08-08 21:15", [
        ("Aktuellt", "Tonsillit sedan 3 dagar, positivt strep A-test på vårdcentralen, fått PcV. Nu ökad smärta hö hals."),
        ("Status", "Tonsiller storlek 3 med beläggningar, symmetriska gombågar, ingen trismus. DT hals med kontrast: inga tecekn på halsabscess eller parafaryngeal utbredning."),
        ("Bedömning", "Streptokocktonsillit. Byte till Dalacin pga dålig effekt. Kontakt vid försämring."),
    ], tpl="Akutanteckning")],
    must_not=[M102],
    why="typo 'tecekn' in a negation: neck abscess is ruled out; the tonsillitis is confirmed")

K("s28e_sk_pmo_vc_misstankt_bells_pares", SK, "19450913-8600", [
    N("n1", "pmo_horby", "l_carlsson", "2024-08-29 08:35", [
        ("Kontaktorsak", "Hängande mungipa hö sedan i går kväll."),
        ("Bedömning", "Misstänkt Bells pares hö. Prednisolon enligt rutin, ögonskydd. Kontroll på VC om en vecka."),
    ], tpl="Läkarbesök", system="PMO")],
    must_not=[M102],
    why="a hedged Bell's palsy in a PMO primary-care note is never shown")

K("s28e_sk_dd_nasofarynxcancer_ej_informerad", SK, "19891128-5784", [
    N("n1", "sk_malmo_onh", "l_bexell", "2024-09-09 10:55", [
        ("Status", "Vä trumhinna indragen med vätska. Epifarynx: slemhinneförändring vä Rosenmüllers grop med ytlig blödning vid beröring."),
        ("Bedömning", "Sekretorisk otit vä, DD nasofarynxcancer. Biopsi i narkos bokas i nästa vecka."),
        ("Information", "Pat inte informerad om tumörmisstanken, har endast fått veta att vi tar vävnadsprov från bakre näshålan."),
    ])],
    must=[M101, M102],
    why="Skåne: a DD of nasopharyngeal cancer is visible and the note says the patient was not told about it")

K("s28e_sk_kort_susp_framande_kropp_nasa", SK, "20190710-9514", [
    N("n1", "sk_malmo_akut", "l_at_ali", "2024-09-22 17:45", [
        ("Aktuellt", "5-åring, susp. främmande kropp vä näsborre, illaluktande snuva ensidigt en vecka."),
    ], tpl="Akutanteckning", signed=None)],
    must=[M102],
    why="a one-line unsigned child note: 'susp.' hedges a nasal foreign body")

K("s28e_sk_skelettmetastaser_inte_informerad", SK, "19350519-2397", [
    N("n1", "sk_onk", "l_petrovic", "2024-10-10 13:25", [
        ("Utredning", "Skelettscint 4/10: multipla upptag i kotpelaren och bäckenet. MR ländrygg: metastaser L2 och L4 utan myelonpåverkan."),
        ("Bedömning", "Skelettmetastaser från tidigare behandlad larynxcancer."),
        ("Information", "Pat är inte informerad om att cancern spridit sig till skelettet. Samtal bokat på måndag med sonen, enligt pats önskan."),
    ])],
    must=[M101], must_not=[M102],
    why="bone metastases are stated in Bedömning while the patient has not been told of the spread")

K("s28e_sk_barn_trolig_apd", SK, "20130907-6097", [
    N("n1", "sk_hbg_horsel", "aud_lund", "2024-11-06 14:30", [
        ("Aktuellt", "11-årig pojke, skolan beskriver att han missar muntliga instruktioner i klassrummet. Normal hörsel vid skolhälsovårdens screening."),
        ("Utredning", "Tonaudiogram normalt bilat. Taluppfattning i brus nedsatt, dikotisk lyssning sänkt vä öra, gap detection förlängd."),
        ("Bedömning", "Trolig auditiv processningsstörning (APD). Läkarbedömning och neuropsykiatrisk screening rekommenderas innan diagnosen fastställs."),
    ], tpl="Audionomanteckning")],
    must=[M102],
    why="child: an audiologist writes 'Trolig' auditory processing disorder, pending a settled diagnosis")

K("s28e_sk_fragetecken_pa_aterbesokstid", SK, "19580821-1147", [
    N("n1", "sk_hassleholm", "l_svensson", "2024-12-03 11:00", [
        ("Bedömning", "Kronisk extern otit bilat, eksematös. Lokalbehandling med Locoid crelo och torrhållning av öronen."),
        ("Planering", "Återbesök om 6 veckor? Pat hör av sig om det inte blir bättre innan dess."),
    ], tpl="Mottagningsanteckning")],
    must_not=[M102],
    why="the question mark hedges the timing of a follow-up, not the confirmed chronic otitis externa")

# ---- END OF CASES ----


# ================================================================ build + validate
def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:13]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(bd, when):
    a = when.year - bd.year
    if (when.month, when.day) < (bd.month, bd.day):
        a -= 1
    return a


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CODES = {"NL101", "NL102"}
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")


def build():
    problems = []
    out = []
    names = set()
    seen_sent = {}
    for c in CASES:
        nm = c["name"]
        where = "case %s" % nm
        if nm in names:
            problems.append("%s: duplicate case name" % where)
        names.add(nm)
        if not nm.startswith("s28e_"):
            problems.append("%s: name must start with s28e_" % where)
        if c["ruleset"] not in (SK, VG):
            problems.append("%s: bad ruleset" % where)
        if not c["why"].strip():
            problems.append("%s: empty why" % where)
        m = PNR_RE.match(c["pnr"])
        if not m:
            problems.append("%s: bad personnummer format" % where)
            continue
        try:
            bd = datetime.date(int(m.group(1)[:4]), int(m.group(1)[4:6]), int(m.group(1)[6:8]))
        except ValueError:
            problems.append("%s: personnummer date invalid" % where)
            continue
        if not luhn_ok(c["pnr"]):
            problems.append("%s: personnummer fails Luhn" % where)
        notes = c["notes"]
        if not notes:
            problems.append("%s: no notes" % where)
            continue
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note ids" % where)
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        for n in notes:
            if n["signed"]:
                last = max(last, datetime.datetime.fromisoformat(n["signed"]))
        if c["as_of"]:
            as_of = datetime.datetime.fromisoformat(c["as_of"])
        else:
            as_of = datetime.datetime(last.year, last.month, last.day) + datetime.timedelta(days=1)
            if as_of.year != 2024:
                as_of = datetime.datetime(2024, 12, 31, 23, 59)
        if as_of < last:
            problems.append("%s: as_of before a note" % where)
        stamps = [as_of]
        for n in notes:
            t = datetime.datetime.fromisoformat(n["time"])
            stamps.append(t)
            if n["signed"]:
                s = datetime.datetime.fromisoformat(n["signed"])
                stamps.append(s)
                if s < t:
                    problems.append("%s/%s: signed before time" % (where, n["id"]))
            if bd > t.date():
                problems.append("%s/%s: note before birth" % (where, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: bad system" % (where, n["id"]))
            if c["ruleset"] == VG and n["system"] != "Melior":
                problems.append("%s/%s: VGR note not Melior" % (where, n["id"]))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (where, n["id"]))
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append("%s/%s: empty section" % (where, n["id"]))
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (first in %s): %r" % (where, seen_sent[sent][0], sent))
                        elif sent in seen_sent:
                            problems.append("%s: sentence repeated within section: %r" % (where, sent))
                        else:
                            seen_sent[sent] = (nm, n["id"], sec["keyword"])
        for st in stamps:
            if st.year != 2024:
                problems.append("%s: date outside 2024: %s" % (where, st.isoformat()))
            a = age_at(bd, st.date())
            if 13 <= a <= 15:
                problems.append("%s: patient aged %d (13-15 not allowed)" % (where, a))
        bynote = {n["id"]: n for n in notes}
        asserted = set()
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (where, code))
                if target not in bynote:
                    problems.append("%s: target %s missing" % (where, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (where, code, target))
                asserted.add((code, target))
                sysname = bynote[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    problems.append("%s: NL102 must on non-Melior note" % where)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO note" % where)
        if any(bynote[t]["system"] == "PMO" for _, t in c["must"] + c["must_not"] if t in bynote) and c["ruleset"] != SK:
            problems.append("%s: PMO outside Skåne" % where)
        record = {
            "patient": {"id": c["pnr"], "birth_date": bd.isoformat(), "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        if record["patient"]["birth_date"].replace("-", "") != c["pnr"][:8]:
            problems.append("%s: birth_date does not match personnummer" % where)
        out.append({"case": nm, "ruleset": c["ruleset"], "record": record,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev166_cases.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for o in out:
        for lst in ("must", "must_not"):
            for code, _ in o[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    systems = {}
    for o in out:
        rs[o["ruleset"]] = rs.get(o["ruleset"], 0) + 1
        for n in o["record"]["notes"]:
            systems[n["system"]] = systems.get(n["system"], 0) + 1
    print("wrote %d cases to %s" % (len(out), path))
    print("rulesets:", rs, "notes per system:", systems)
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
