#!/usr/bin/env python3
"""Independent test set s28ns: neurosurgery and spine surgery notes (NL101, NL102).

Standard library only, deterministic. Running it validates every case and writes
cases.jsonl next to this file (devset format). Exits 1 on any problem.
Cases were written from the regional routines and the NL1 rule definitions only.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev172_cases.jsonl")

# key: (unit name, HSA-id, journal system, default setting)
U = {
    # Region Skåne, Melior (hospitals)
    "NK_LUND": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3N41", "Melior", "slutenvård"),
    "NK_AVD_LUND": ("Neurokirurgisk vårdavdelning 23, Skånes universitetssjukhus Lund", "SE2321000255-3N47", "Melior", "slutenvård"),
    "NIVA_LUND": ("Neurointensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3N52", "Melior", "slutenvård"),
    "NK_MOTT_LUND": ("Neurokirurgmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3N60", "Melior", "öppenvård"),
    "BARN_NK_LUND": ("Barnneurokirurgi, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-5B18", "Melior", "slutenvård"),
    "RYGG_MALMO": ("Ryggmottagningen, Ortopedkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7R22", "Melior", "öppenvård"),
    "RYGG_HLM": ("Ortopedkliniken, ryggsektionen, Hässleholms sjukhus", "SE2321000255-8H05", "Melior", "slutenvård"),
    "AKUT_MALMO": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1A90", "Melior", "öppenvård"),
    "AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2A14", "Melior", "öppenvård"),
    "ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4K33", "Melior", "öppenvård"),
    "MED_YSTAD": ("Medicinkliniken, Ystads lasarett", "SE2321000255-6M71", "Melior", "slutenvård"),
    # Region Skåne, PMO (primary care)
    "VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-9P11", "PMO", "öppenvård"),
    "VC_SODERVARN": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-9P27", "PMO", "öppenvård"),
    "VC_TAGABORG": ("Vårdcentralen Tågaborg, Helsingborg", "SE2321000255-9P38", "PMO", "öppenvård"),
    "VC_HORBY": ("Vårdcentralen Hörby", "SE2321000255-9P44", "PMO", "öppenvård"),
    "HSV_YSTAD": ("Hemsjukvården Ystad", "SE2321000255-9H52", "PMO", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "NK_SU": ("Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0NK1", "Melior", "slutenvård"),
    "NK_AVD_SU": ("Neurokirurgisk vårdavdelning 333, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0NK3", "Melior", "slutenvård"),
    "NIVA_SU": ("Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0NIV", "Melior", "slutenvård"),
    "NK_MOTT_SU": ("Neurokirurgmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0NKM", "Melior", "öppenvård"),
    "RYGG_SU": ("Ryggkirurgi, Ortopedkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0RY2", "Melior", "slutenvård"),
    "AKUT_NAL": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E0AK7", "Melior", "öppenvård"),
    "AKUT_SAS": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E0AK9", "Melior", "öppenvård"),
    "ORTO_SKAS": ("Ortopedkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E0OR4", "Melior", "slutenvård"),
    "BARN_NK_SU": ("Barnneurokirurgi, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E0BN1", "Melior", "slutenvård"),
    "ONK_SU": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0JK2", "Melior", "öppenvård"),
    "MED_ALINGSAS": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E0ME5", "Melior", "slutenvård"),
}

CASES = []


def _luhn(digits):
    total = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    y, m, d = birth.split("-")
    body = "%s%s%s%03d" % (y[2:], m, d, serial)
    return "%s%s%s-%03d%d" % (y, m, d, serial, _luhn(body))


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      signed="auto", setting=None):
    name, hsa, system, default_setting = U[unit]
    t = _dt.datetime.fromisoformat(time)
    if signed == "auto":
        delay = 12 + sum(ord(c) for c in nid + time + author) % 150
        s = (t + _dt.timedelta(minutes=delay)).isoformat()
    elif signed is None:
        s = None
    else:
        s = _dt.datetime.fromisoformat(signed).isoformat()
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": s,
        "setting": setting or default_setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition(":")
        out.append([code, nid or "n1"])
    return out


def add(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last + _dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
        as_of = as_of.isoformat()
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must), "must_not": _targets(must_not), "why": why,
    })


# ---------------------------------------------------------------------------
# Part 1: hedged diagnoses in visible sections of Melior notes (NL102 must)
# ---------------------------------------------------------------------------

add("s28ns_skane_misstankt_glioblastom_mottagning", "skane", "1961-09-14", 231, [
    N("n1", "NK_MOTT_LUND", "Henrik Strand", "läkare", "2024-02-13T10:20", [
        ("Anamnes", "62-årig man, remitterad från neurologen efter två veckors tilltagande ordletningssvårigheter och morgonhuvudvärk. Tidigare frisk, inga läkemedel."),
        ("Status", "Vaken, orienterad x3. Lätt nominell afasi. Ingen pronatordrift, kranialnerver ua. Pupiller lika stora med normal ljusreaktion."),
        ("Bedömning", "MR hjärna med kontrast visar ringladdande process vänster temporalt, ca 4 cm, med perifokalt ödem och lätt mittlinjeförskjutning. Misstänkt glioblastom, DD solitär metastas."),
        ("Planering", "DT thorax-buk för att söka primärtumör. Betapred 4 mg x 2. Tas upp på neuroonkologisk konferens på torsdag."),
    ])], ["NL102"], ["NL101"],
    "hedged 'Misstänkt glioblastom, DD metastas' in visible Bedömning of a Skåne Melior note; nothing is said about telling")

add("s28ns_vgr_trol_kroniskt_subduralhematom_jour", "vgr", "1939-11-02", 442, [
    N("n1", "AKUT_NAL", "Sara Nyström", "läkare", "2024-01-07T02:45", [
        ("Aktuellt", "84-årig kvinna som föll i hemmet för ca 3 v sedan och slog i huvudet. Senaste veckan tilltagande förvirring och gångsvårigheter enl dottern."),
        ("Status", "GCS 14 (V4). Lätt pronatordrift hö arm. Pupiller ua. Waranbehandlad pga FF, PK 2,8."),
        ("Bedömning", "Trol. kroniskt subduralhematom vä sida. DT hjärna beställd akut, reversering med Ocplex förbereds."),
        ("Åtgärd", "Kontaktar neurokirurgjouren på SU när DT-svar finns."),
    ], template="Jouranteckning")], ["NL102"], [],
    "abbreviated hedge 'Trol.' on chronic subdural haematoma in a VGR on-call note")

add("s28ns_skane_susp_sab_akutmottagning", "skane", "1979-05-30", 517, [
    N("n1", "AKUT_MALMO", "Amir Haddad", "läkare", "2024-03-02T19:10", [
        ("Anamnes", "Plötslig åskknallshuvudvärk under styrketräning kl 18, värsta huvudvärken i livet. Kräkts två gånger. Inget trauma."),
        ("Status", "GCS 15, nackstyv, fotofobi. Inga fokala bortfall. BT 168/95."),
        ("Bedömning", "Susp. SAB. DT hjärna och DT-angio akut; om DT är negativ görs LP tidigast 12 h efter debut."),
    ], template="Jouranteckning")], ["NL102"], ["NL101"],
    "'Susp. SAB' in the assessment of an emergency-department note (Skåne Melior)")

add("s28ns_vgr_cauda_equina_fragetecken_skovde", "vgr", "1983-08-09", 675, [
    N("n1", "ORTO_SKAS", "Johan Bergqvist", "läkare", "2024-04-19T23:30", [
        ("Aktuellt", "Känt diskbråck L4-L5 sedan i vintras. Sedan igår domning i sätet bilat och svårt att kissa, har inte kunnat tömma blåsan sedan kl 14."),
        ("Status", "Nedsatt sensibilitet perianalt och på insidan av låren bilat. Svag sfinktertonus vid PR. Bladderscan 640 ml."),
        ("Bedömning", "Cauda equina-syndrom? Akut MR ländrygg beställd, KAD sätts."),
        ("Åtgärd", "Neurokirurgjour SU kontaktad inför ev. överflyttning."),
    ], template="Jouranteckning", signed=None)], ["NL102"], [],
    "unsigned night draft: a question mark after 'Cauda equina-syndrom' is a hedge on the patient's diagnosis")

add("s28ns_skane_typo_missankt_meningiom", "skane", "1958-01-23", 302, [
    N("n1", "NK_MOTT_LUND", "Elin Fredriksson", "läkare", "2024-05-14T13:05", [
        ("Utredning", "MR hjärna pga långvarig yrsel visar 2 cm extraaxiell förändring vid falx med dural tail, inget ödem."),
        ("Bedömning", "Missänkt meningiom, asymtomatiskt bifynd. Yrseln bedöms inte ha samband med fyndet."),
        ("Planering", "Expektans. Ny MR om 6 mån, därefter årligen om fyndet är oförändrat."),
    ])], ["NL102"], [],
    "typo 'Missänkt' (misstänkt) meningioma in a visible Bedömning")

add("s28ns_vgr_dd_spinal_metastas_kotkollaps", "vgr", "1953-02-17", 813, [
    N("n1", "NK_SU", "Mikael Sandberg", "läkare", "2024-06-10T15:40", [
        ("Konsultation", "Ombedd bedöma 71-årig man med känd prostatacancer och nytillkommen bröstryggsvärk sedan 3 v."),
        ("Status", "Kraft 5/5 i benen, reflexer livliga och symmetriska, Babinski neg. Ingen sensorisk nivå."),
        ("Bedömning", "MR: kollaps av Th9 med mjukdelskomponent som når spinalkanalen utan medullakompression. DD spinal metastas / osteoporotisk kompressionsfraktur."),
        ("Rekommendation", "Biopsi via interventionell radiologi, SINS 9 poäng. Ingen akut kirurgisk åtgärd, strålbehandling diskuteras med onkolog."),
    ], template="Konsultationssvar")], ["NL102"], [],
    "'DD spinal metastas / osteoporotisk kompressionsfraktur' in a VGR neurosurgical consult")

add("s28ns_skane_lagmaligt_gliom_kan_ej_uteslutas", "skane", "1999-12-04", 128, [
    N("n1", "NK_MOTT_LUND", "Anna Lövgren", "läkare", "2024-02-27T09:15", [
        ("Anamnes", "24-årig kvinna med ett första generaliserat tonisk-kloniskt anfall i januari. Inga tidigare anfall, ärftlighet saknas."),
        ("Utredning", "MR visar icke-laddande T2/FLAIR-hyperintens förändring höger frontalt, ca 3 cm, utan masseffekt. EEG med fokal långsam aktivitet höger frontalt."),
        ("Bedömning", "Lågmalignt gliom kan ej uteslutas. Levetiracetam insatt av neurolog, fortsätter."),
        ("Planering", "Ny MR med perfusion och spektroskopi om 3 mån. Körkortsinformation given."),
    ])], ["NL102"], ["NL101"],
    "'Lågmalignt gliom kan ej uteslutas' is a hedged tumour diagnosis in a visible section")

add("s28ns_vgr_forenligt_med_normaltryckshydrocefalus", "vgr", "1945-10-28", 559, [
    N("n1", "NK_MOTT_SU", "Lars Wennberg", "läkare", "2024-03-12T14:00", [
        ("Anamnes", "78-årig man med gångrubbning sedan 2 år, urinträngningar och enligt hustrun glömskare senaste halvåret."),
        ("Utredning", "DT hjärna: vidgade ventriklar, Evans index 0,36, DESH-mönster. Gångtest 10 m på 19 s, 24 steg. MMSE 24/30."),
        ("Bedömning", "Fynd och symtom förenliga med normaltryckshydrocefalus. Tap test med 40 ml likvor planeras."),
    ])], ["NL102"], [],
    "'förenliga med normaltryckshydrocefalus' (plural form of förenligt med) is a hedge")

add("s28ns_skane_talar_for_diskbrack_telefon", "skane", "1983-04-11", 349, [
    N("n1", "RYGG_MALMO", "Peter Ahlström", "läkare", "2024-09-03T11:20", [
        ("Telefonkontakt", "Pat ringer, 41 år. Ischiassmärta vä ben sedan 5 v som strålar till lilltån, domning lateralt på foten. Inga blås- eller tarmbesvär."),
        ("Bedömning", "Anamnesen talar för diskbråck L5-S1 vä med S1-påverkan. Ej undersökt i dag."),
        ("Åtgärd", "Remiss MR ländrygg, bokas till mottagningsbesök efter MR. NSAID och fortsatt aktivitet."),
    ], template="Telefonanteckning")], ["NL102"], ["NL101"],
    "'talar för diskbråck' in a phone note is an unconfirmed working diagnosis")

add("s28ns_vgr_bild_som_vid_epiduralhematom", "vgr", "2005-03-19", 917, [
    N("n1", "AKUT_SAS", "Fredrik Olausson", "läkare", "2024-08-17T21:55", [
        ("Aktuellt", "19-årig man som fick en armbåge mot vä tinning vid fotbollsmatch kl 19. Kort medvetslös, sedan pigg och pratade, nu tilltagande dåsig."),
        ("Status", "GCS 12 (E3V4M5). Vidgad vä pupill med trög ljusreaktion. Svullnad vä temporalt."),
        ("Bedömning", "Bild som vid epiduralhematom vä temporalt. Akut DT, neurokirurgjour SU larmad för ev. transport."),
    ], template="Jouranteckning")], ["NL102"], [],
    "'Bild som vid epiduralhematom' before imaging is a hedged diagnosis")

add("s28ns_skane_barn_oklart_om_shuntdysfunktion", "skane", "2017-03-21", 264, [
    N("n1", "BARN_NK_LUND", "Maria Ekdahl", "läkare", "2024-10-05T16:30", [
        ("Anamnes", "7-årig flicka med VP-shunt sedan nyföddhetsperioden pga posthemorragisk hydrocefalus. Kräkts sedan igår morse, huvudvärk och ovanligt trött enl mamma."),
        ("Status", "Somnolent men väckbar, svarar adekvat. Shuntreservoaren töms lätt men fylls trögt. Ingen feber, lillasyster har magsjuka."),
        ("Bedömning", "Oklart om shuntdysfunktion eller gastroenterit. DT hjärna och shuntserie i kväll."),
    ], template="Jouranteckning")], ["NL102"], ["NL101"],
    "child under 13: 'Oklart om shuntdysfunktion eller gastroenterit' is a hedged diagnosis the guardians read")

add("s28ns_vgr_typo_inger_misstanke_om_spondylodisikt", "vgr", "1968-07-07", 331, [
    N("n1", "RYGG_SU", "Karin Josefsson", "läkare", "2024-11-04T10:10", [
        ("Aktuellt", "56-årig man med diabetes, tilltagande ländryggsvärk i 4 v, nattlig värk och frossa senaste dagarna."),
        ("Status", "T 38,6. Uttalad palpationsömhet över L2-L3. Neurologiskt ua i benen."),
        ("Utredning", "MR inger misstanke om spondylodisikt L2-L3 med liten epidural abscess. CRP 145, LPK 13,2."),
        ("Åtgärd", "Blododlingar x 2, CT-ledd biopsi i morgon. Antibiotika avvaktas till efter biopsin om pat är fortsatt cirkulatoriskt stabil."),
    ])], ["NL102"], [],
    "typo 'spondylodisikt' in the key word; 'MR inger misstanke om' in the Utredning section")

add("s28ns_skane_mojlig_chiarimalformation", "skane", "2002-06-25", 186, [
    N("n1", "NK_MOTT_LUND", "Jonas Wikström", "läkare", "2024-04-08T15:00", [
        ("Anamnes", "21-årig kvinna med nackhuvudvärk som utlöses av hosta och nysningar sedan ett år. Stickningar i händerna ibland."),
        ("Status", "Neurologiskt ua. Normala reflexer, ingen dissocierad sensibilitetsstörning."),
        ("Bedömning", "MR: tonsillerna når 6 mm nedom foramen magnum, ingen syrinx. Möjlig Chiari-malformation typ I som förklaring till den hostutlösta huvudvärken."),
        ("Planering", "Flödes-MR (cine) av kraniocervikala övergången, nytt besök därefter."),
    ])], ["NL102"], [],
    "'Möjlig Chiari-malformation typ I' (eponym) is a hedged diagnosis")

add("s28ns_vgr_kan_rora_sig_om_kolloidcysta", "vgr", "1986-12-15", 795, [
    N("n1", "NK_MOTT_SU", "Helena Åberg", "läkare", "2024-07-02T09:40", [
        ("Bedömning", "Liten rund hyperdens förändring vid foramen Monroi på DT som gjordes pga migrän. Kan röra sig om kolloidcysta. Ingen hydrocefalus."),
        ("Planering", "MR hjärna med kontrast, återbesök efter svar."),
    ])], ["NL102"], ["NL101"],
    "'Kan röra sig om kolloidcysta' next to a negated finding still hedges a diagnosis")

add("s28ns_skane_utkast_sannolikt_hypofysadenom", "skane", "1975-03-08", 457, [
    N("n1", "NK_MOTT_LUND", "Sofia Berglund", "läkare", "2024-06-19T11:25", [
        ("Anamnes", "Optikerremiss pga synfältsbortfall. Pat har själv märkt att han stöter i saker på sidorna."),
        ("Status", "Bitemporal hemianopsi vid konfrontation. Visus 0,8 bilat."),
        ("Bedömning", "MR: sellär process 2,4 cm med suprasellär växt som trycker på chiasma. Sannolikt hypofysadenom (makroadenom)."),
        ("Planering", "Hormonstatus inkl prolaktin, IGF-1 och kortisol. Remiss ögonkliniken för perimetri. Endokrinkonsult."),
    ], signed=None)], ["NL102"], [],
    "unsigned draft (pre-signing): 'Sannolikt hypofysadenom' in a visible Bedömning")

# ---------------------------------------------------------------------------
# Part 2: things that look like hypotheses but are not (NL102 must_not)
# ---------------------------------------------------------------------------

add("s28ns_skane_ingen_misstanke_om_cauda_equina", "skane", "1990-10-12", 573, [
    N("n1", "AKUT_HBG", "Linnea Holm", "läkare", "2024-01-22T13:40", [
        ("Anamnes", "Ländryggsvärk sedan 3 dagar efter lyft av flyttkartong. Ingen ridbyxeanestesi, normal miktion och avföring."),
        ("Status", "Lasègue neg bilat. Normal perianal sensibilitet, kraft och reflexer ua i UE. Ingen misstanke om cauda equina-syndrom."),
        ("Bedömning", "Lumbago. Paracetamol och NSAID, fortsatt aktivitet enligt förmåga."),
    ])], [], ["NL102", "NL101"],
    "'Ingen misstanke om cauda equina-syndrom' is negated; the only diagnosis (lumbago) is affirmed")

add("s28ns_vgr_sab_uteslutes_efter_lp", "vgr", "1996-02-29", 248, [
    N("n1", "AKUT_SAS", "Oskar Lundgren", "läkare", "2024-02-04T08:30", [
        ("Aktuellt", "Plötslig huvudvärk vid samlag i går kväll, nu klart bättre. Inga tidigare liknande episoder."),
        ("Utredning", "DT hjärna 4 h efter debut utan blod. LP: inga erytrocyter, ingen xantokromi. SAB uteslutes."),
        ("Bedömning", "Primär huvudvärk associerad med sexuell aktivitet. Hem, info om att undvika ansträngning en vecka."),
    ])], [], ["NL102"],
    "'SAB uteslutes' after negative DT and LP rules the diagnosis out")

add("s28ns_skane_barn_inga_tecken_pa_hydrocefalus", "skane", "2020-01-17", 384, [
    N("n1", "BARN_NK_LUND", "Gustav Mattsson", "läkare", "2024-09-12T10:00", [
        ("Aktuellt", "Årlig kontroll, 4-årig pojke med VP-shunt efter myelomeningocele. Mår bra, går i förskola, inga kräkningar eller huvudvärk."),
        ("Utredning", "Snabb-MR: ventrikelstorlek oförändrad jämfört med 2023. Inga tecken på hydrocefalus eller shuntdysfunktion."),
        ("Planering", "Ny kontroll om ett år, tidigare vid symtom."),
    ], setting="öppenvård")], [], ["NL102", "NL101"],
    "'Inga tecken på hydrocefalus eller shuntdysfunktion' is negated; nothing hedged")

add("s28ns_vgr_typo_fynden_talar_emot_metatsas", "vgr", "1950-06-03", 666, [
    N("n1", "ONK_SU", "Cecilia Forsberg", "läkare", "2024-03-25T14:15", [
        ("Aktuellt", "Känd bröstcancer, opererad 2019, recidivfri. Fall på isen i februari med ryggvärk efteråt."),
        ("Bedömning", "MR: kompressionsfraktur Th12 utan mjukdelskomponent, normal märgsignal i övriga kotor. Fynden talar emot metatsas. Osteoporotisk fraktur."),
        ("Planering", "DXA, remiss till osteoporosmottagningen. Ordinarie bröstcancerkontroll i maj."),
    ])], [], ["NL102"],
    "typo 'metatsas' inside the negation 'talar emot'; the fracture is affirmed")

add("s28ns_skane_mor_och_morbror_aneurysm", "skane", "1977-09-19", 722, [
    N("n1", "NK_MOTT_LUND", "Erik Sjöberg", "läkare", "2024-05-06T09:30", [
        ("Hereditet", "Modern avled i SAB 54 år gammal, morbror hade trol. intrakraniellt aneurysm enligt släkten."),
        ("Aktuellt", "Screening med MR-angio pga hereditet. Pat besvärsfri, röker inte, normalt blodtryck."),
        ("Bedömning", "MR-angio utan aneurysm. Ny screening om 5 år enligt rutin."),
    ], setting="öppenvård")], [], ["NL102"],
    "the only hedge ('trol. intrakraniellt aneurysm') concerns the uncle, not the patient")

add("s28ns_vgr_ev_remiss_och_trolig_forbattring", "vgr", "1949-04-27", 159, [
    N("n1", "ORTO_SKAS", "Ingrid Palm", "läkare", "2024-04-02T11:00", [
        ("Aktuellt", "Spinal stenos L3-L5 verifierad med MR 2023. Claudicatio-besvär efter ca 200 m, vilar på bänk och går vidare."),
        ("Bedömning", "Ev. remiss till ryggkirurg om ej bättre efter fysioterapi. Trolig förbättring av gångsträckan med strukturerad träning."),
        ("Planering", "Fysioterapeut i primärvården, återbesök om 3 mån."),
    ], setting="öppenvård")], [], ["NL102"],
    "'Ev. remiss' and 'Trolig förbättring' hedge a plan and a prognosis, not a diagnosis; stenosis is verified")

add("s28ns_skane_ssk_trolig_utskrivning", "skane", "1952-11-30", 418, [
    N("n1", "NK_AVD_LUND", "Malin Persson", "sjuksköterska", "2024-10-14T14:20", [
        ("Aktivitet", "Dag 3 efter lumbal dekompression L4-L5. Mobiliserad med rollator, klarar trappa med stöd."),
        ("Sår", "Förband torrt, inga rodnader."),
        ("Planering", "Trolig utskrivning i morgon förmiddag, eventuellt hemtjänst för inköp. Anhöriga hämtar."),
    ], template="Omvårdnadsanteckning")], [], ["NL102", "NL101"],
    "nurse note: 'Trolig utskrivning' and 'eventuellt hemtjänst' are hedged plans")

add("s28ns_vgr_epikris_om_feber_sok_akut", "vgr", "1944-08-13", 537, [
    N("n1", "NK_AVD_SU", "Daniel Ek", "läkare", "2024-05-08T12:00", [
        ("Epikris", "Opererad med borrhålsutrymning av kroniskt subduralhematom höger sida 2024-05-03. Okomplicerat förlopp, dränet avvecklat dag 2."),
        ("Information till patienten", "Om feber, tilltagande huvudvärk, förvirring eller svaghet i arm eller ben – sök akut."),
        ("Uppföljning", "DT hjärna om 6 v, svar per brev. Waran återinsätts efter DT-kontrollen."),
    ], template="Epikris")], [], ["NL102"],
    "conditional advice ('Om feber ... sök akut') and an affirmed operated diagnosis; no hedge")

add("s28ns_skane_pmo_misstankt_cauda_remiss", "skane", "1971-05-16", 261, [
    N("n1", "VC_ESLOV", "Birgitta Olsson", "läkare", "2024-06-24T10:45", [
        ("Aktuellt", "Ryggvärk sedan 2 v, sedan i morse domning i underlivet och svårt att kissa."),
        ("Status", "Nedsatt sensibilitet i sadelformat område. Kraft ua. Blåsan palpabel."),
        ("Bedömning", "Misstänkt cauda equina-syndrom. Akut remiss till ortopedakuten SUS Lund, pat körs direkt av maken."),
    ], template="Besöksanteckning")], [], ["NL102"],
    "PMO never shows diagnoses: 'Misstänkt cauda equina-syndrom' in a vårdcentral note is must_not")

add("s28ns_skane_mall_tidiga_hypoteser_hoggradigt_gliom", "skane", "1966-02-09", 635, [
    N("n1", "NK_LUND", "Henrik Strand", "läkare", "2024-03-19T16:05", [
        ("Bedömning", "Misstänkt höggradigt gliom, DD primärt CNS-lymfom. Avvaktar stereotaktisk biopsi innan något kommuniceras med pat."),
    ], template="Tidiga hypoteser")], [], ["NL102", "NL101"],
    "Skåne: hedged tumour diagnosis and untold status kept in the Tidiga hypoteser template only")

add("s28ns_vgr_sokord_tidiga_hypoteser_recidiv", "vgr", "1970-12-01", 488, [
    N("n1", "NK_MOTT_SU", "Petra Lind", "läkare", "2024-06-05T13:30", [
        ("Aktuellt", "Återbesök 3 mån efter operation av meningiom höger konvexitet. Mår bra, ingen huvudvärk, tillbaka i arbete."),
        ("Status", "Neurologiskt ua. Operationsärret välläkt."),
        ("Tidiga hypoteser", "Ny liten kontrastladdning vid resektionskanten på MR, misstänkt resttumör eller tidigt recidiv. Diskuteras på konferens innan pat informeras."),
        ("Planering", "Nytt besök efter MR-ronden om 2 v."),
    ], setting="öppenvård")], [], ["NL102", "NL101"],
    "VGR: the hedge sits only under sökord Tidiga hypoteser; the visible sections hold an affirmed, known diagnosis")

add("s28ns_skane_bekraftat_diskbrack_op_indikation", "skane", "1985-07-22", 193, [
    N("n1", "RYGG_HLM", "Tobias Nordin", "läkare", "2024-08-26T10:30", [
        ("Utredning", "MR ländrygg: stort diskbråck L4-L5 höger med kompression av L5-roten."),
        ("Bedömning", "Diskbråck L4-L5 hö med L5-radikulopati, 8 veckors besvär trots fysioterapi. Operationsindikation föreligger och pat önskar operation."),
        ("Åtgärd", "Uppsatt för mikrodiskektomi, väntetid ca 6 v."),
    ], setting="öppenvård")], [], ["NL102", "NL101"],
    "MR-verified disc herniation stated without any hedge")

add("s28ns_vgr_fragestallning_abscess_avskrivs", "vgr", "1962-09-05", 870, [
    N("n1", "NK_SU", "Viktor Hedlund", "läkare", "2024-09-20T18:25", [
        ("Aktuellt", "Inremitterad från Alingsås med frågeställning spinal epidural abscess pga ryggvärk och feber."),
        ("Utredning", "MR hela ryggen utan abscess eller diskit. CRP 4, afebril sedan ankomst."),
        ("Bedömning", "Misstanken om epidural abscess avskrivs. Ryggvärken bedöms muskulär. Febern har gått över utan behandling."),
        ("Planering", "Åter till hemsjukhuset i morgon."),
    ], template="Jouranteckning")], [], ["NL102"],
    "the referral question ('frågeställning') is explicitly ruled out ('avskrivs')")

add("s28ns_vgr_typo_ingen_missanke_om_blodning", "vgr", "1938-04-14", 715, [
    N("n1", "MED_ALINGSAS", "Nils Wahlström", "läkare", "2024-12-02T09:10", [
        ("Aktuellt", "86-årig man med Eliquis, svimmade i badrummet och slog bakhuvudet i kaklet."),
        ("Utredning", "DT hjärna utan blödning eller fraktur. Ingen missanke om intrakraniell blödning."),
        ("Bedömning", "Ortostatisk svimning efter nyinsatt Amlodipin, som sätts ut. Kvarstannar för observation."),
    ])], [], ["NL102"],
    "typo 'missanke' in a negation ('Ingen missanke om intrakraniell blödning'); nothing hedged")

add("s28ns_skane_nackdistorsion_utan_bortfall", "skane", "1998-01-05", 351, [
    N("n1", "AKUT_HBG", "Hanna Ström", "läkare", "2024-07-29T17:45", [
        ("Anamnes", "Påkörd bakifrån i bilkö i låg hastighet, hade bälte. Nackvärk som kom efter någon timme."),
        ("Status", "Möjligen lätt nedsatt rörlighet vid rotation åt vänster. Ingen ömhet i mittlinjen, neurologiskt ua i armarna."),
        ("Bedömning", "Nackdistorsion utan neurologiska bortfall. Canadian C-spine rule negativ, ingen bilddiagnostik."),
    ])], [], ["NL102", "NL101"],
    "'Möjligen' hedges a finding (range of motion); the diagnosis nackdistorsion is affirmed")

# ---------------------------------------------------------------------------
# Part 3: telling the patient (NL101)
# ---------------------------------------------------------------------------

add("s28ns_skane_pad_glioblastom_ej_informerad", "skane", "1959-08-03", 213, [
    N("n1", "NK_LUND", "Karl Berntsson", "läkare", "2024-03-15T15:10", [
        ("PAD", "Stereotaktisk biopsi 2024-03-12: glioblastom, IDH-vildtyp, CNS WHO grad 4. MGMT-promotorn metylerad."),
        ("Planering", "Pat ännu ej informerad om PAD. Besked ges vid återbesök 21/3 tillsammans med kontaktsjuksköterska, hustrun önskas närvara. Remiss till onkologen för Stupp-regim skickas efter samtalet."),
    ])], ["NL101"], ["NL102"],
    "verified glioblastoma in a visible PAD section while the patient has not yet been told")

add("s28ns_vgr_skelettmetastaser_besked_i_morgon", "vgr", "1956-01-30", 624, [
    N("n1", "NK_SU", "Amanda Kjellberg", "läkare", "2024-04-23T16:40", [
        ("Aktuellt", "Inlagd för smärtlindring pga ryggvärk. Opererad för njurcancer 2021."),
        ("Utredning", "MR hela ryggen: skelettmetastaser i Th4, Th11 och L2 utan medullakompression. Ingen instabilitet enligt SINS."),
        ("Bedömning", "Pat har inte fått besked om fynden ännu, ansvarig onkolog informerar i morgon förmiddag. Ingen neurokirurgisk åtgärd aktuell."),
    ])], ["NL101"], ["NL102"],
    "spinal metastases stated as fact; 'har inte fått besked om fynden ännu'")

add("s28ns_skane_ssk_hjarnmetastaser_ej_samtalat", "skane", "1964-03-11", 497, [
    N("n1", "NK_AVD_LUND", "Jenny Åkesson", "sjuksköterska", "2024-05-28T22:50", [
        ("Omvårdnad", "Pat frågar upprepade gånger vad röntgen visade och verkar orolig. Dr har ännu inte samtalat med pat om hjärnmetastaserna, samtal planerat i morgon kl 10 med läkare och kontaktssk. Har hänvisat pat till läkarsamtalet."),
        ("Sömn", "Fått Propavan 25 mg kl 22, sov sedan större delen av natten."),
    ], template="Omvårdnadsanteckning")], ["NL101"], ["NL102"],
    "nurse note names brain metastases and says the doctor has not yet talked to the patient about them")

add("s28ns_vgr_trol_hoggradigt_gliom_dottern_ringer", "vgr", "1957-05-21", 335, [
    N("n1", "NK_SU", "Olof Grahn", "läkare", "2024-08-09T11:05", [
        ("Bedömning", "MR: kontrastladdande expansivitet höger frontallob med växt över corpus callosum. Trol. höggradigt gliom."),
        ("Kontakt", "Pat är ännu inte informerad om MR-fyndet. Dottern ringde och ville veta svaret, hänvisades till läkarsamtal på måndag där pat själv deltar."),
    ])], ["NL101", "NL102"], [],
    "hedged glioma in a visible section and the patient explicitly not yet informed: both rules")

add("s28ns_skane_telefon_mr_svar_ej_lamnat", "skane", "1951-12-18", 842, [
    N("n1", "RYGG_MALMO", "Annika Hansson", "sjuksköterska", "2024-04-29T09:35", [
        ("Telefonkontakt", "Pat ringer och frågar om MR-svaret. MR visar uttalad spinal stenos L4-L5. Svar ej lämnat per telefon enligt ordination, pat får besked av dr Ahlström vid besöket 8/5."),
    ], template="Telefonanteckning")], ["NL101"], ["NL102"],
    "telephone note writes the MR diagnosis but says the answer was not given to the patient")

add("s28ns_vgr_barn_tumor_fjarde_ventrikeln_ej_informerade", "vgr", "2018-02-07", 571, [
    N("n1", "BARN_NK_SU", "Ulrika Sjögren", "läkare", "2024-03-06T13:20", [
        ("Aktuellt", "6-årig pojke med morgonkräkningar i tre veckor och ostadig gång sedan en vecka."),
        ("Utredning", "MR hjärna: 4 cm tumör i fjärde ventrikeln med obstruktiv hydrocefalus."),
        ("Planering", "Varken pojken eller föräldrarna har ännu fått information om tumörfyndet. Samtal med barnonkolog och kurator i eftermiddag. Betapred insatt, planeras för extern ventrikeldränage."),
    ])], ["NL101"], ["NL102"],
    "child under 13: tumour written in a visible section, neither child nor guardians told yet")

add("s28ns_skane_typo_ej_infomerad_meningiom", "skane", "1968-10-10", 308, [
    N("n1", "NK_MOTT_LUND", "Elin Fredriksson", "läkare", "2024-02-06T08:50", [
        ("Utredning", "MR: meningiom vid sinus sagittalis superior, 3,5 cm, med lätt ödem i omgivande hjärnvävnad."),
        ("Planering", "Pat ej infomerad än om fyndet. Kallas till mottagningsbesök nästa vecka för genomgång."),
    ])], ["NL101"], ["NL102"],
    "typo 'infomerad' in the not-told statement; the meningioma is visible")

add("s28ns_vgr_ska_ej_informeras_fore_mdk", "vgr", "1949-09-09", 117, [
    N("n1", "NK_SU", "Mikael Sandberg", "läkare", "2024-06-12T17:15", [
        ("Bedömning", "Solitär hjärnmetastas vä parietalt från nyupptäckt tumör i hö lungas överlob."),
        ("Överenskommelse", "Pat ska inte informeras om metastasfyndet förrän efter MDK på fredag, enligt överenskommelse med lungonkolog."),
    ])], ["NL101"], ["NL102"],
    "'ska inte informeras ... förrän efter MDK' about a visible brain metastasis")

add("s28ns_skane_informerad_idag_vestibularisschwannom", "skane", "1971-04-04", 926, [
    N("n1", "NK_MOTT_LUND", "Jonas Wikström", "läkare", "2024-10-17T14:30", [
        ("Läkarsamtal", "Samtal med pat och sambo. Informerade om att MR visar ett vestibularisschwannom höger sida, 14 mm. Pat tog beskedet lugnt, frågor om hörsel och behandling besvarade."),
        ("Planering", "Audiogram och ny MR om 6 mån, därefter ställningstagande till strålkniv."),
    ])], [], ["NL101", "NL102"],
    "the diagnosis was told to the patient today")

add("s28ns_vgr_informerad_tidigare_glioblastom", "vgr", "1960-07-15", 253, [
    N("n1", "NK_AVD_SU", "Daniel Ek", "läkare", "2024-04-11T10:45", [
        ("Bakgrund", "Känt glioblastom sedan februari, pat informerad av dr Holm 2024-02-20 och har påbörjat Stupp-regim."),
        ("Aktuellt", "Inlagd pga ökande huvudvärk och trötthet. DT visar tilltaget ödem runt tumören, ingen blödning."),
        ("Åtgärd", "Betapred höjt till 8 mg x 2. Kontakt med onkologen om fortsatt temozolomid."),
    ], template="Inskrivningsanteckning")], [], ["NL101", "NL102"],
    "the patient was told earlier (dated); known diagnosis")

add("s28ns_skane_operationsdatum_ej_meddelat", "skane", "1980-02-26", 679, [
    N("n1", "RYGG_HLM", "Tobias Nordin", "läkare", "2024-09-16T12:10", [
        ("Aktuellt", "Diskbråck L5-S1 vä, pat informerad vid förra besöket och önskar operation."),
        ("Planering", "Operationsdatum ännu ej meddelat pat, planeringssköterskan ringer när tid finns."),
    ], setting="öppenvård")], [], ["NL101"],
    "what is not yet told is the operation date, not a diagnosis")

add("s28ns_vgr_remiss_ej_underrattad", "vgr", "1955-06-30", 402, [
    N("n1", "RYGG_SU", "Karin Josefsson", "läkare", "2024-10-01T15:55", [
        ("Bedömning", "Cervikal myelopati C5-C6, pat känner till diagnosen sedan förra besöket."),
        ("Åtgärd", "Remiss till neurofysiologen för SEP skickad i dag. Pat är inte underrättad om remissen ännu, kallelse kommer per brev."),
    ], setting="öppenvård")], [], ["NL101"],
    "only the sent referral is untold; the diagnosis is known to the patient")

add("s28ns_skane_normalt_dt_svar_ej_informerad", "skane", "2001-11-11", 155, [
    N("n1", "AKUT_HBG", "Hanna Ström", "läkare", "2024-03-30T06:20", [
        ("Anamnes", "Cykelolycka utan hjälm, kort amnesi för händelsen. Kräkts en gång."),
        ("Utredning", "DT hjärna: ingen intrakraniell blödning, skallbenet intakt."),
        ("Bedömning", "Commotio cerebri. Pat sov när svaret kom och har inte informerats om det normala DT-svaret, meddelas vid morgonronden."),
    ], template="Jouranteckning")], [], ["NL101", "NL102"],
    "the untold item is a normal result, not a diagnosis")

add("s28ns_skane_mall_tidiga_hypoteser_ependymomrecidiv", "skane", "1993-08-19", 762, [
    N("n1", "NK_MOTT_LUND", "Anna Lövgren", "läkare", "2024-11-19T10:40", [
        ("Bedömning", "Ny laddning vid Th7 på kontroll-MR efter operation av spinalt ependymom. Misstänkt recidiv. Pat ej informerad, ny MR om 6 v innan ställningstagande."),
    ], template="Tidiga hypoteser")], [], ["NL101", "NL102"],
    "Skåne: the untold suspected recurrence is kept only in the Tidiga hypoteser template")

add("s28ns_vgr_informerad_vill_ej_att_modern_vet", "vgr", "1988-01-13", 586, [
    N("n1", "NK_SU", "Viktor Hedlund", "läkare", "2024-07-18T13:00", [
        ("Samtal", "Pat informerad om att biopsin visar primärt CNS-lymfom. Pat önskar att hennes mor inte informeras ännu, vilket respekteras."),
        ("Planering", "Remiss till hematologen för start av högdos metotrexat."),
    ])], [], ["NL101", "NL102"],
    "the patient is told; only a relative (the mother) is not")

# ---------------------------------------------------------------------------
# Part 4: more hedge forms, long charts, op notes, nurses, drafts (NL102 must)
# ---------------------------------------------------------------------------

add("s28ns_vgr_lang_niva_sab_misstankt_vasospasm", "vgr", "1972-06-14", 746, [
    N("n1", "NIVA_SU", "Lena Carlsson", "läkare", "2024-03-21T08:55", [
        ("Aktuellt", "Dag 6 efter aneurysmal SAB, Hunt & Hess 3, Fisher grad 4. Aneurysm på a. communicans anterior 7 mm, coilat dag 1. EVD sedan ankomst, dränerar 150-200 ml/dygn."),
        ("Status", "GCS 13 (E3V4M6) mot 15 i går. Ny lätt pares hö arm 4/5, ben 5/5. Pupiller isokora, ljusreaktion ua. Afebril. BT 155/80, puls 78 SR."),
        ("Lab", "Na 131 (i går 136). CRP 34, LPK 11,8. Hb 118."),
        ("Undersökningar", "TCD: förhöjda flödeshastigheter i vä ACM, 190 cm/s, Lindegaard-kvot 4,1. DT-perfusion beställd."),
        ("Bedömning", "Tilltagande vakenhetssänkning och ny pares dag 6, misstänkt vasospasm med begynnande DCI. Hyponatremin bidrar, trol. cerebralt saltförlusttillstånd."),
        ("Åtgärd", "Nimodipin fortsätter. MAP-mål höjt till över 100 mmHg med noradrenalin. NaCl 3 % 250 ml, Na-kontroll var 6:e timme. Neuroradiolog kontaktad inför ev. intraarteriell nimodipinbehandling."),
        ("Planering", "Ny bedömning efter DT-perfusionen. Anhöriga uppdaterade per telefon om förändringen."),
    ], template="Ronderingsanteckning")], ["NL102"], [],
    "long NIVA chart with telegraphic status; 'misstänkt vasospasm med begynnande DCI' and 'trol. cerebralt saltförlusttillstånd'")

add("s28ns_skane_lang_epikris_spinal_metastas_okand_primar", "skane", "1955-10-07", 379, [
    N("n1", "NK_AVD_LUND", "Karl Berntsson", "läkare", "2024-07-12T13:30", [
        ("Epikris", "68-årig man, tidigare frisk, inkom via akuten i Malmö 2024-07-02 med 2 veckors tilltagande bröstryggsvärk och sedan ett dygn svaghet i benen och känselnedsättning upp till naveln."),
        ("Utredning", "MR hela ryggen: destruktiv process i Th10 med epidural tumörkomponent och medullakompression, ytterligare lesioner i L1 och sakrum. DT thorax-buk: 6 cm expansivitet i vä njure, lungorna fria."),
        ("Behandling", "Akut dekompression Th9-Th11 med posterior stabilisering Th8-Th12 samma kväll. Betapred 16 mg/dygn, nedtrappning påbörjad. Postoperativt förbättrad kraft, går med rollator dag 5. KAD avvecklad, tömmer blåsan spontant."),
        ("Diagnoser", "Medullakompression Th10 av spinal metastas. Ursprung ej PAD-verifierat, trolig njurcellscancer enligt DT."),
        ("PAD", "Preparat från operationen skickat, svar väntas nästa vecka."),
        ("Fortsatt vård", "Överflyttas till ortopedisk rehab i Trelleborg. Onkologbesök bokat 2024-07-22 för ställningstagande till strålbehandling. Stygn tas dag 14 på rehab."),
    ], template="Epikris")], ["NL102"], [],
    "long discharge summary: the metastasis is affirmed but the primary is 'trolig njurcellscancer' in the visible Diagnoser section")

add("s28ns_vgr_barn_shuntdysfunktion_fragetecken", "vgr", "2013-12-30", 482, [
    N("n1", "BARN_NK_SU", "Ulrika Sjögren", "läkare", "2024-05-15T19:40", [
        ("Aktuellt", "10-årig flicka med VP-shunt pga aqueduktstenos, huvudvärk och dubbelseende sedan två dagar."),
        ("Status", "Pigg mellan huvudvärksattackerna. Abducenspares vä. Papillödem bilat vid oftalmoskopi."),
        ("Bedömning", "Shuntdysfunktion? Ventriklarna något vidare än vid förra DT i mars."),
        ("Planering", "Shuntrevision planeras i morgon, fastande från midnatt."),
    ], template="Jouranteckning")], ["NL102"], [],
    "child under 13: 'Shuntdysfunktion?' with a question mark in the assessment")

add("s28ns_skane_typo_diffrentialdiagnoser_tumefaktiv", "skane", "1994-05-05", 126, [
    N("n1", "NK_LUND", "Erik Sjöberg", "läkare", "2024-04-16T11:50", [
        ("Konsultation", "Neurokirurgisk bedömning på neurologens begäran: 29-årig kvinna med subakut vänstersidig svaghet och en 3 cm ringformigt laddande lesion i höger centrum semiovale."),
        ("Bedömning", "Diffrentialdiagnoser: tumefaktiv demyeliniserande lesion (MS), primärt CNS-lymfom, gliom. Öppen ringladdning och ringa masseffekt gör tumör mindre sannolikt."),
        ("Rekommendation", "Undvik kortison före ev. biopsi. LP med oligoklonala band och ny MR om 4-6 v innan biopsi övervägs."),
    ], template="Konsultationssvar")], ["NL102"], [],
    "typo 'Diffrentialdiagnoser' heading a list of possible diagnoses for the patient's lesion")

add("s28ns_vgr_typo_trolgen_diskbrack_cervikalt", "vgr", "1976-11-23", 219, [
    N("n1", "RYGG_SU", "Anders Nylund", "läkare", "2024-02-19T10:25", [
        ("Aktuellt", "Nackvärk med strålning ut i hö arm ner till tumme och pekfinger sedan 3 v. Sover dåligt pga värken."),
        ("Status", "Spurling pos hö. Nedsatt bicepsreflex hö, lätt svaghet i handledsextension hö 4+/5."),
        ("Bedömning", "Trolgen diskbråck C5-C6 hö med C6-radikulopati. MR halsrygg beställd."),
    ], setting="öppenvård")], ["NL102"], [],
    "typo 'Trolgen' (troligen) on a cervical disc herniation")

add("s28ns_skane_operationsberattelse_fryssnitt_forenligt", "skane", "1981-01-28", 533, [
    N("n1", "NK_LUND", "Magnus Rydén", "läkare", "2024-11-26T14:05", [
        ("Indikation", "Cystisk tumör med muralnodul i vä cerebellarhemisfären, tilltagande ataxi."),
        ("Operation", "Bukläge, suboccipital kraniotomi vänster. Cystan tömd på gulaktig vätska, muralnodulen exstirperad en bloc. Hemostas med bipolär och Surgicel. Duraplastik."),
        ("Fryssnitt", "Förenligt med hemangioblastom, definitivt PAD inväntas."),
        ("Postoperativt", "Vak på NIVA över natten. DT i morgon bitti. Screening för von Hippel-Lindau diskuteras vid utskrivning."),
    ], template="Operationsberättelse")], ["NL102"], [],
    "operation report: frozen section 'Förenligt med hemangioblastom' pending final PAD")

add("s28ns_vgr_typo_sokord_diagnos_misstankt_myleopati", "vgr", "1958-04-02", 664, [
    N("n1", "RYGG_SU", "Karin Josefsson", "läkare", "2024-05-27T09:00", [
        ("Anamnes", "Klumpighet i händerna, tappar saker, svårt att knäppa knappar. Ostadig gång i mörker senaste halvåret."),
        ("Status", "Hoffmann pos bilat, livliga reflexer i armarna, Romberg ostadig."),
        ("Diagnos", "Misstänkt cervikal myleopati (G99.2*). MR halsrygg beställd med förtur."),
    ], setting="öppenvård")], ["NL102"], [],
    "typo 'myleopati'; hedged diagnosis under the sökord Diagnos, with an ICD code")

add("s28ns_skane_ssk_dr_misstanker_shuntinfektion", "skane", "2021-08-04", 357, [
    N("n1", "BARN_NK_LUND", "Frida Nilsson", "sjuksköterska", "2024-02-10T21:15", [
        ("Omvårdnad", "Feber 39,2 och irritabel sedan eftermiddagen, rodnad längs shuntslangen på halsen. Dr misstänker shuntinfektion, odling från shuntreservoaren tagen av dr Ekdahl kl 17. Vancomycin och Cefotaxim startat enligt ordination."),
        ("Föräldrar", "Mamma stannar över natten."),
    ], template="Omvårdnadsanteckning")], ["NL102"], [],
    "nurse note, verb form 'Dr misstänker shuntinfektion' in a child's visible journal")

add("s28ns_vgr_telefon_kan_inte_utesluta_cauda", "vgr", "1987-09-17", 468, [
    N("n1", "RYGG_SU", "Sofie Blom", "sjuksköterska", "2024-06-03T08:15", [
        ("Telefonkontakt", "Pat ringer, opererad för diskbråck L5-S1 för 10 dagar sedan. Sedan i morse tilltagande bensvaghet bilat och svårt att tömma blåsan."),
        ("Bedömning", "Kan inte utesluta cauda equina-syndrom eller postoperativt hematom. Uppmanas åka till akutmottagningen Mölndal omgående, jourhavande ortoped informerad."),
    ], template="Telefonanteckning", setting="öppenvård")], ["NL102"], [],
    "nurse telephone triage: 'Kan inte utesluta cauda equina-syndrom eller postoperativt hematom'")

add("s28ns_skane_typo_dd_kroniskt_subduralhemtom", "skane", "1944-12-21", 175, [
    N("n1", "MED_YSTAD", "Johanna Lund", "läkare", "2024-02-01T15:20", [
        ("Aktuellt", "79-årig man inlagd pga fall och förvirring. Behandlas med Trombyl."),
        ("Utredning", "DT hjärna: bilaterala hypodensa extraaxiella vätskesamlingar över konvexiteterna, 9 mm hö och 7 mm vä, utan masseffekt."),
        ("Bedömning", "DD kroniskt subduralhemtom bilat / subduralt hygrom. Diskuterat med neurokirurgjouren i Lund: ingen åtgärd, ny DT om 4 v."),
    ])], ["NL102"], [],
    "typo 'subduralhemtom' in a DD between two diagnoses (medical ward, Skåne Melior)")

add("s28ns_vgr_fragestallning_hjarntumor_remiss", "vgr", "1967-03-03", 846, [
    N("n1", "MED_ALINGSAS", "Nils Wahlström", "läkare", "2024-09-09T16:00", [
        ("Aktuellt", "Inlagd efter sitt första krampanfall i vuxen ålder, senaste månaden även personlighetsförändring enligt maken."),
        ("Utredning", "Remiss MR hjärna med kontrast skickad. Frågeställning: hjärntumör?"),
    ])], ["NL102"], [],
    "'Frågeställning: hjärntumör?' about the patient in a visible section")

add("s28ns_skane_sannolikt_arachnoidalcysta", "skane", "1997-03-15", 811, [
    N("n1", "NK_MOTT_LUND", "Jonas Wikström", "läkare", "2024-08-20T10:10", [
        ("Bedömning", "Remitterad pga fynd på MR tagen efter hjärnskakning i innebandy. Fyndet är sannolikt en arachnoidalcysta i vä mellersta skallgropen, 3 cm, utan masseffekt. Besvären efter hjärnskakningen har gått över."),
        ("Planering", "Ingen uppföljning behövs. Pat kan fortsätta med idrott."),
    ])], ["NL102"], [],
    "'sannolikt en arachnoidalcysta' placed mid-sentence after the subject")

add("s28ns_vgr_utkast_ev_djup_sarinfektion", "vgr", "1963-10-10", 591, [
    N("n1", "NK_AVD_SU", "Olof Grahn", "läkare", "2024-10-22T09:30", [
        ("Rond", "Dag 8 efter laminektomi L3-L4. Serös sårsekretion i nedre delen av såret, lätt rodnad. T 37,9, CRP 88 (dag 5: 41)."),
        ("Bedömning", "Ev. djup postoperativ sårinfektion. Sårodling tagen, MR ländrygg med kontrast i dag."),
        ("Åtgärd", "Heracillin 2 g x 3 iv efter odling."),
    ], template="Ronderingsanteckning", signed=None)], ["NL102"], [],
    "unsigned draft: 'Ev.' hedges a diagnosis (deep wound infection), not a plan")

add("s28ns_skane_barn_talar_for_tethered_cord", "skane", "2015-02-14", 448, [
    N("n1", "BARN_NK_LUND", "Gustav Mattsson", "läkare", "2024-04-24T13:45", [
        ("Anamnes", "9-årig flicka med nytillkommen dagsinkontinens och ont i benen, föräldrarna ser att hon går sämre."),
        ("Status", "Liten hårtofs och hudindragning över sakrum. Lätt nedsatt kraft i fotlyftare vä."),
        ("Bedömning", "MR: lågt sittande conus i höjd med L3 och förtjockat filum terminale. Talar för tethered cord-syndrom."),
        ("Planering", "Urodynamik och neurofysiologi före ställningstagande till detethering."),
    ], setting="öppenvård")], ["NL102"], [],
    "child under 13: 'Talar för tethered cord-syndrom' in a visible Bedömning")

add("s28ns_vgr_typo_missstanke_hypofysapoplexi", "vgr", "1970-08-08", 137, [
    N("n1", "AKUT_SAS", "Fredrik Olausson", "läkare", "2024-01-29T07:05", [
        ("Aktuellt", "Känt prolaktinom behandlat med kabergolin. Plötslig svår huvudvärk i pannan, dubbelseende och kräkning sedan kl 06."),
        ("Status", "Oculomotoriuspares hö med ptos. Synfält ej säkert bedömbart. BT 92/55."),
        ("Bedömning", "Missstanke om hypofysapoplexi. Solu-Cortef 100 mg iv, akut MR sella, kontakt med neurokirurg och endokrinolog på SU."),
    ], template="Jouranteckning")], ["NL102"], [],
    "typo 'Missstanke om' (misstanke om) on pituitary apoplexy")

# ---------------------------------------------------------------------------
# Part 5: hard negatives for NL102, PMO, and protected places used wrongly
# ---------------------------------------------------------------------------

add("s28ns_vgr_barn_vid_misstanke_om_shuntdysfunktion_info", "vgr", "2021-05-19", 734, [
    N("n1", "BARN_NK_SU", "Ulrika Sjögren", "läkare", "2024-09-05T11:30", [
        ("Epikris", "3-årig pojke med hydrocefalus efter prematuritet. Elektivt byte av ventilen i VP-shunten 2024-09-02 pga överdränering, okomplicerat förlopp."),
        ("Information till föräldrar", "Vid misstanke om shuntdysfunktion – upprepade kräkningar, tilltagande trötthet eller huvudvärk – ring avdelningen dygnet runt."),
        ("Uppföljning", "Återbesök med snabb-MR om 3 mån."),
    ], template="Epikris")], [], ["NL102"],
    "'Vid misstanke om shuntdysfunktion' is a conditional instruction to the guardians, not a hypothesis")

add("s28ns_skane_kan_tyda_pa_cauda_information", "skane", "1990-08-27", 620, [
    N("n1", "RYGG_MALMO", "Peter Ahlström", "läkare", "2024-05-21T14:40", [
        ("Bedömning", "MR-verifierat diskbråck L5-S1 hö med S1-radikulopati, spontant på bättringsvägen. Fortsatt konservativ behandling."),
        ("Information", "Informerad om att söka akut om domning i underlivet eller svårighet att kissa tillkommer, eftersom det kan tyda på cauda equina-syndrom."),
    ], signed=None)], [], ["NL102"],
    "unsigned draft: 'kan tyda på cauda equina-syndrom' is inside hypothetical safety-net advice")

add("s28ns_vgr_tidigare_misstankt_ms_avskrevs", "vgr", "1974-02-11", 546, [
    N("n1", "RYGG_SU", "Anders Nylund", "läkare", "2024-08-13T13:15", [
        ("Tidigare", "Utreddes 2015 för misstänkt MS efter domningar i benen, diagnosen avskrevs efter normal LP och MR."),
        ("Aktuellt", "Verifierad spinal stenos L4-L5 med claudicatio-besvär efter ca 300 m."),
        ("Planering", "Dekompression L4-L5 planeras under hösten."),
    ], setting="öppenvård")], [], ["NL102"],
    "an old suspicion explicitly written off ('avskrevs'); current diagnosis verified")

add("s28ns_skane_mojligen_nedsatt_finmotorik_postop", "skane", "1978-07-01", 293, [
    N("n1", "NK_AVD_LUND", "Magnus Rydén", "läkare", "2024-12-04T08:40", [
        ("Rond", "Dag 2 efter operation av hemangioblastom i vä cerebellum. Pigg, äter, har varit uppe med fysioterapeut."),
        ("Status", "Möjligen lätt nedsatt finmotorik i vä hand jämfört med i går, i övrigt neurologiskt oförändrad. Såret torrt."),
        ("Planering", "Följs, ny bedömning i eftermiddag. Ingen DT om inte försämring."),
    ], template="Ronderingsanteckning")], [], ["NL102"],
    "'Möjligen' hedges a clinical finding (fine motor skill), not a disease")

add("s28ns_vgr_far_misstankt_gliom_spanningshuvudvark", "vgr", "1995-10-03", 873, [
    N("n1", "NK_MOTT_SU", "Helena Åberg", "läkare", "2024-01-16T10:00", [
        ("Anamnes", "Fadern opererades 2010 för misstänkt gliom och avled två år senare. Pat har haft huvudvärk i pannan i två månader, värre efter skärmarbete."),
        ("Status", "Neurologiskt helt ua, normal fundoskopi."),
        ("Bedömning", "Spänningshuvudvärk. Oron är kopplad till faderns sjukdom; MR är inte medicinskt motiverad, vilket diskuterades, och pat avstår tills vidare."),
    ])], [], ["NL102"],
    "the hedged glioma belongs to the father; the patient's diagnosis is affirmed")

add("s28ns_skane_verifierad_metastas_trolig_stralbehandling", "skane", "1962-04-22", 404, [
    N("n1", "ONK_LUND", "Ida Wallin", "läkare", "2024-07-30T11:10", [
        ("Aktuellt", "Spinal metastas Th7 från känd bröstcancer, PAD-verifierad i juni. Ingen neurologisk påverkan."),
        ("Planering", "Trolig strålbehandling 5 x 4 Gy, onkolog tar ställning efter ronden. Eventuellt stabiliserande operation om smärtan tilltar vid belastning."),
    ])], [], ["NL102"],
    "'Trolig strålbehandling' and 'Eventuellt stabiliserande operation' hedge treatments; the metastasis is verified")

add("s28ns_skane_pmo_trol_lumbal_spinal_stenos", "skane", "1946-09-27", 319, [
    N("n1", "VC_SODERVARN", "Reza Karimi", "läkare", "2024-03-14T09:20", [
        ("Anamnes", "Bensvaghet och smärta i vaderna vid promenad som lättar när han sätter sig eller går framåtböjd mot kundvagnen. Fotpulsar palpabla."),
        ("Bedömning", "Trol. lumbal spinal stenos. Remiss MR ländrygg, åter efter svar."),
    ], template="Besöksanteckning")], [], ["NL102"],
    "PMO (vårdcentral): a hedged spinal stenosis is never shown, so NL102 must not fire")

add("s28ns_skane_pmo_hemsjukvard_misstankt_hjarnblodning", "skane", "1933-01-09", 526, [
    N("n1", "HSV_YSTAD", "Eva Johansson", "sjuksköterska", "2024-11-11T08:05", [
        ("Hembesök", "Larm från trygghetslarmet 07.40. Pat hittad på golvet i hallen, har slagit bakhuvudet och svarar långsamt. Behandlas med Eliquis."),
        ("Bedömning", "Misstänkt hjärnblödning. Ambulans beställd prio 1, dottern underrättad."),
    ], template="Hembesök")], [], ["NL102"],
    "PMO home care nurse: 'Misstänkt hjärnblödning' is not shown in PMO")

add("s28ns_skane_pmo_typo_sannolkit_lumbago_ischias", "skane", "1985-12-12", 691, [
    N("n1", "VC_TAGABORG", "Sara Mårtensson", "läkare", "2024-10-08T13:35", [
        ("Telefonkontakt", "Värk i vänster skinka ner i baksidan av låret sedan en vecka, ingen domning, kissar normalt."),
        ("Bedömning", "Sannolkit lumbago-ischias, egenvårdsråd och Naproxen. Ny kontakt om inte bättre om 3 v."),
    ], template="Telefonkontakt")], [], ["NL102"],
    "typo 'Sannolkit' in a PMO phone note; PMO never shows diagnoses")

add("s28ns_vgr_barn_typo_ej_tecken_pa_shuntinfekton", "vgr", "2012-11-25", 282, [
    N("n1", "BARN_NK_SU", "Mats Törnqvist", "läkare", "2024-03-27T17:50", [
        ("Aktuellt", "11-årig flicka med VP-shunt, feber sedan igår och ont i halsen. Brodern har halsfluss."),
        ("Utredning", "Shuntpunktion: klar likvor, 2 celler, normalt glukos. Strep A-snabbtest positivt."),
        ("Bedömning", "Ej tecken på shuntinfekton. Streptokocktonsillit, PcV i 10 dagar."),
    ], template="Jouranteckning")], [], ["NL102"],
    "typo 'shuntinfekton' in a negation; the tonsillitis is affirmed")

add("s28ns_skane_trolig_god_prognos_meningiom", "skane", "1966-07-07", 160, [
    N("n1", "NK_MOTT_LUND", "Sofia Berglund", "läkare", "2024-06-11T14:50", [
        ("Återbesök", "Tre månader efter total resektion (Simpson grad 1) av meningiom vid vä konvexitet. PAD: meningiom CNS WHO grad 1."),
        ("Bedömning", "Trolig god prognos med låg recidivrisk. Pat får återgå i arbete på halvtid från nästa månad."),
        ("Planering", "MR om 1 år."),
    ])], [], ["NL102", "NL101"],
    "'Trolig god prognos' hedges the prognosis of a verified meningioma")

add("s28ns_vgr_misstanke_om_cauda_uteslots_med_mr", "vgr", "1979-03-30", 428, [
    N("n1", "ORTO_SKAS", "Ingrid Palm", "läkare", "2024-07-08T09:05", [
        ("Aktuellt", "Inlagd i natt pga ryggvärk och urinträngningar. Misstanke om cauda equina-syndrom uteslöts med akut MR, som visade ett litet diskbråck L4-L5 utan rotkompression."),
        ("Status", "Normal perianal sensibilitet, residualurin 40 ml."),
        ("Bedömning", "Urinodling negativ. Lumbago med litet diskbråck utan rotpåverkan."),
        ("Planering", "Hem i dag med smärtlindring."),
    ], template="Ronderingsanteckning")], [], ["NL102"],
    "'Misstanke om cauda equina-syndrom uteslöts' — the suspicion phrase is followed by its exclusion")

add("s28ns_skane_sokord_tidiga_hypoteser_i_lakaranteckning", "skane", "1958-11-15", 239, [
    N("n1", "NK_LUND", "Karl Berntsson", "läkare", "2024-01-31T15:25", [
        ("Aktuellt", "Inlagd för utredning av tre nyupptäckta kontrastladdande lesioner i hjärnan."),
        ("Tidiga hypoteser", "Trolig metastasering från okänd primärtumör, DT thorax-buk beställd."),
    ])], ["NL102"], [],
    "Skåne hides by template only: a sökord called Tidiga hypoteser inside an ordinary Läkaranteckning is visible")

add("s28ns_vgr_mall_tidiga_hypoteser_men_sokord_bedomning", "vgr", "1983-02-02", 855, [
    N("n1", "NK_SU", "Amanda Kjellberg", "läkare", "2024-10-10T12:20", [
        ("Bedömning", "Misstänkt lågmalignt gliom i vä insula, avvaktar perfusions-MR."),
    ], template="Tidiga hypoteser")], ["NL102"], [],
    "VGR hides by sökord only: the template name does not protect a Bedömning section")

add("s28ns_vgr_tidiga_hypoteser_plus_synlig_bedomning", "vgr", "1961-05-09", 697, [
    N("n1", "RYGG_SU", "Anders Nylund", "läkare", "2024-04-30T15:45", [
        ("Aktuellt", "Nackvärk och domning i hö hand sedan 2 mån."),
        ("Tidiga hypoteser", "Viktnedgång 8 kg och nattliga svettningar – malignitet misstänks och utreds parallellt."),
        ("Bedömning", "Sannolikt degenerativ foraminal stenos C6-C7 hö. MR halsrygg."),
    ], setting="öppenvård")], ["NL102"], [],
    "one hedge is protected under Tidiga hypoteser, but a second hedged diagnosis stands in the visible Bedömning")

# ---------------------------------------------------------------------------
# Part 6: NL101 in context, several notes in one record
# ---------------------------------------------------------------------------

add("s28ns_skane_flera_anteckningar_hypotes_sedan_besked", "skane", "1986-09-09", 760, [
    N("n1", "NK_MOTT_LUND", "Anna Lövgren", "läkare", "2024-02-08T16:00", [
        ("Bedömning", "Misstänkt lågmalignt gliom vä frontalt, avvaktar MR-spektroskopi innan pat informeras."),
    ], template="Tidiga hypoteser"),
    N("n2", "NK_MOTT_LUND", "Anna Lövgren", "läkare", "2024-02-26T13:30", [
        ("Läkarsamtal", "Pat och maken informerade i dag om att MR med spektroskopi visar en tumör i vänster pannlob som bedöms vara ett lågmalignt gliom. Pat ställde många frågor om graviditet och arbete."),
        ("Planering", "Operation diskuteras på neuroonkologisk konferens, kontaktsjuksköterskan ringer nästa vecka."),
    ]),
], [], ["NL101:n1", "NL102:n1", "NL101:n2"],
    "two notes: the hypothesis was kept in Tidiga hypoteser (n1) and the later visible note tells the patient (n2)")

add("s28ns_vgr_flera_anteckningar_besked_dagen_efter", "vgr", "1952-01-21", 533, [
    N("n1", "NK_SU", "Viktor Hedlund", "läkare", "2024-06-17T15:20", [
        ("Bedömning", "MR: stor hypofystumör, 3 cm, med kompression av chiasma opticum. Pat ej informerad ännu, vill avvakta tills dottern kan vara med i morgon."),
    ]),
    N("n2", "NK_SU", "Viktor Hedlund", "läkare", "2024-06-18T10:05", [
        ("Samtal", "Pat informerad tillsammans med dottern om hypofystumören och om att operation via näsan rekommenderas. Pat samtycker."),
        ("Planering", "Transsfenoidal operation planeras inom 2 v. Kortisol och tyreoideaprover tagna."),
    ]),
], [], ["NL101:n2", "NL102:n2"],
    "the later note (n2) tells the patient what n1 withheld; assertion on n2 only")

add("s28ns_skane_maken_informerad_pat_sjalv_ej", "skane", "1969-11-27", 484, [
    N("n1", "NK_AVD_LUND", "Karl Berntsson", "läkare", "2024-08-05T12:35", [
        ("Aktuellt", "DT efter krampanfallet i morse visar en 5 cm tumör i höger frontallob med ödem."),
        ("Kontakt", "Maken informerad per telefon om tumörfyndet. Pat själv ännu ej informerad då hon var på MR när svaret kom; samtal med pat och make kl 15."),
    ], signed=None)], ["NL101"], ["NL102"],
    "unsigned draft: a relative is told, the patient is not; the tumour is visible and the patient untold")

add("s28ns_vgr_ej_informerad_i_tidiga_hypoteser_diagnos_synlig", "vgr", "1959-02-14", 371, [
    N("n1", "NK_SU", "Olof Grahn", "läkare", "2024-02-22T14:10", [
        ("Utredning", "MR hjärna: multipla hjärnmetastaser, största 2 cm i hö cerebellum. DT thorax: tumör i vä lunga."),
        ("Tidiga hypoteser", "Pat ej informerad om fynden, besked ges när lungonkolog kan delta."),
        ("Planering", "Betapred 8 mg x 1. Bronkoskopi bokad."),
    ])], ["NL101"], ["NL102"],
    "VGR: only the not-told remark is under Tidiga hypoteser; the metastases themselves stand in the visible Utredning")

add("s28ns_skane_spinal_stenos_inget_om_information", "skane", "1950-05-05", 562, [
    N("n1", "RYGG_HLM", "Tobias Nordin", "läkare", "2024-06-27T11:15", [
        ("Bedömning", "Lumbal spinal stenos L3-L4 och L4-L5 med neurogen claudicatio, gångsträcka 100 m. Konservativ behandling har inte hjälpt."),
        ("Åtgärd", "Uppsatt för dekompression L3-L5, beräknad operation vecka 38."),
    ], setting="öppenvård")], [], ["NL101", "NL102"],
    "affirmed diagnosis and nothing at all said about telling the patient")

add("s28ns_vgr_ej_informerad_om_fasta", "vgr", "1971-10-30", 257, [
    N("n1", "RYGG_SU", "Karin Josefsson", "läkare", "2024-11-13T08:10", [
        ("Inskrivning", "Inkommer för främre cervikal diskektomi och fusion C5-C6 pga diskbråck med myelopatitecken."),
        ("Övrigt", "Pat var ej informerad om att han skulle vara fastande och åt frukost kl 07. Operationen flyttas till eftermiddagen."),
    ], template="Inskrivningsanteckning")], [], ["NL101"],
    "'ej informerad' concerns fasting instructions, not the diagnosis")

add("s28ns_vgr_besked_ej_givet_spondylodiskit", "vgr", "1947-12-08", 684, [
    N("n1", "RYGG_SU", "Anders Nylund", "läkare", "2024-11-08T13:25", [
        ("Utredning", "Biopsi från L1-L2 växer Staphylococcus aureus. Spondylodiskit L1-L2 därmed verifierad."),
        ("Planering", "Besked ej givet pat ännu – infektionsläkare tar samtalet i morgon tillsammans med ryggkirurg. Kloxacillin iv startat efter odling."),
    ])], ["NL101"], ["NL102"],
    "verified spondylodiscitis and 'Besked ej givet pat ännu'")

add("s28ns_skane_utkast_ssk_pad_melanommetastas", "skane", "1976-06-06", 399, [
    N("n1", "NK_AVD_LUND", "Jenny Åkesson", "sjuksköterska", "2024-09-24T19:30", [
        ("Omvårdnad", "OBS! Pat har ännu inte fått veta att PAD visade metastas från malignt melanom. Svara inte på frågor om PAD utan hänvisa till ansvarig läkare som kommer i morgon."),
    ], template="Omvårdnadsanteckning", signed=None)], ["NL101"], ["NL102"],
    "unsigned nurse draft: 'har ännu inte fått veta' about a melanoma metastasis")

add("s28ns_vgr_informerad_per_telefon_diskbrack", "vgr", "1993-03-03", 420, [
    N("n1", "RYGG_SU", "Anders Nylund", "läkare", "2024-03-18T15:30", [
        ("Telefonkontakt", "Ringt upp pat och informerat om att MR visar diskbråck L3-L4 med lätt rotpåverkan. Fortsatt konservativ behandling, pat nöjd med planen."),
    ], template="Telefonanteckning", setting="öppenvård")], [], ["NL101", "NL102"],
    "the patient was told by phone")

add("s28ns_skane_kand_cauda_equina_skada", "skane", "1975-01-19", 837, [
    N("n1", "RYGG_MALMO", "Peter Ahlström", "läkare", "2024-01-25T10:50", [
        ("Aktuellt", "Opererad akut 2022 för cauda equina-syndrom. Pat vet om sin kvarstående blåspares och självkateteriserar 4 ggr/dygn."),
        ("Bedömning", "Stabil neurologi, ingen ny behandling aktuell. Uroterapeuten fortsätter kontakten."),
    ])], [], ["NL101", "NL102"],
    "the patient has known the diagnosis since 2022")

add("s28ns_vgr_typo_inte_informead_lymfom", "vgr", "1954-04-26", 817, [
    N("n1", "NK_SU", "Amanda Kjellberg", "läkare", "2024-05-03T11:40", [
        ("PAD", "Stereotaktisk biopsi: diffust storcelligt B-cellslymfom, primärt i CNS."),
        ("Planering", "Pat är inte informead om att biopsin visade lymfom, hematolog kommer i eftermiddag och ger beskedet."),
    ])], ["NL101"], ["NL102"],
    "typo 'informead' in the not-told statement about a verified CNS lymphoma")

add("s28ns_skane_trolig_meningeal_karcinomatos_ej_informerad", "skane", "1965-09-25", 506, [
    N("n1", "ONK_LUND", "Ida Wallin", "läkare", "2024-10-29T16:15", [
        ("Aktuellt", "Känd bröstcancer, nu huvudvärk, dubbelseende och domning i ansiktet."),
        ("Bedömning", "Trolig meningeal karcinomatos på MR. Pat ej informerad, vi avvaktar LP-cytologi innan besked ges."),
    ], setting="slutenvård")], ["NL101", "NL102"], [],
    "hedged diagnosis in a visible section and explicitly withheld from the patient: both rules")

add("s28ns_skane_informerad_barnen_ska_ej_veta", "skane", "1951-03-17", 193, [
    N("n1", "NK_MOTT_LUND", "Henrik Strand", "läkare", "2024-05-30T15:05", [
        ("Läkarsamtal", "Pat informerad om att glioblastomet har vuxit trots strålbehandlingen. Han har bett att de vuxna barnen inte ska få veta förrän efter midsommar."),
        ("Planering", "Palliativt team kontaktas."),
    ])], [], ["NL101", "NL102"],
    "the patient is told; it is his adult children who are not to be told yet")

add("s28ns_skane_ej_informerad_om_vantetid", "skane", "1957-08-08", 228, [
    N("n1", "RYGG_HLM", "Lovisa Engström", "läkare", "2024-12-10T09:45", [
        ("Aktuellt", "Cervikal spinal stenos C4-C6, pat informerad och står på väntelista för dekompression."),
        ("Planering", "Pat ännu ej informerad om att väntetiden nu är ca 5 mån, brev skickas."),
    ], setting="öppenvård")], [], ["NL101"],
    "the untold item is the waiting time")

add("s28ns_vgr_stralstart_ej_meddelat", "vgr", "1948-11-01", 315, [
    N("n1", "ONK_SU", "Cecilia Forsberg", "läkare", "2024-08-28T13:50", [
        ("Aktuellt", "Spinal metastas L1 från känd lungcancer, stabiliserande operation på SU i juli."),
        ("Planering", "Startdatum för strålbehandlingen har ännu inte meddelats pat, dosplanen blir klar nästa vecka."),
    ])], [], ["NL101"],
    "the untold item is a start date, not a diagnosis")

# ---------------------------------------------------------------------------
# Part 7: long charts, one-liners, other professions, scope of negation
# ---------------------------------------------------------------------------

add("s28ns_skane_lang_ryggmottagning_ett_hedge_begravt", "skane", "1964-12-02", 651, [
    N("n1", "RYGG_MALMO", "Lovisa Engström", "läkare", "2024-03-13T10:15", [
        ("Anamnes", "59-årig man, lagerarbetare, med ländryggsvärk och utstrålning i höger ben sedan januari, senaste månaden även värk i höger ljumske. Debuterade efter lyft av pall. Har provat fysioterapi i 8 v med McKenzie-övningar utan säker effekt. Tar Alvedon 1 g x 3 och Naproxen vid behov. Sover dåligt. Sjukskriven 50 %."),
        ("Röda flaggor", "Ingen viktnedgång, ingen feber, ingen nattlig vilovärk. Normal blås- och tarmfunktion, ingen ridbyxeanestesi. Ingen tidigare cancersjukdom."),
        ("Status", "Går utan hjälpmedel, lätt antalgisk hållning. Lasègue pos hö vid 40 grader, neg vä. Kraft: stortåextension hö 4/5, i övrigt 5/5. Patellar- och hälsenereflexer lika. Sensibilitet nedsatt över hö fotrygg. Höft hö: smärtsam inåtrotation, flexion 90 grader."),
        ("Utredning", "MR ländrygg 2024-03-01: diskbråck L4-L5 hö med kontakt med L5-roten, lätt degeneration L5-S1. Ingen spinal stenos, inga skelettförändringar som inger misstanke om malignitet."),
        ("Bedömning", "Diskbråck L4-L5 hö med L5-radikulopati, kliniskt och radiologiskt överensstämmande. Cauda equina-syndrom föreligger inte. Ljumsksmärtan och den smärtsamma inåtrotationen kan dock förklaras av en samtidig höftledsartros hö, som inte kan uteslutas."),
        ("Planering", "Rtg höft hö. Pat önskar avvakta operation ytterligare 4 v. Ny kontakt efter röntgen, sjukskrivningen förlängs 4 v."),
    ])], ["NL102"], [],
    "long spine chart full of negations; one hedged diagnosis (höftledsartros ... inte kan uteslutas) is buried in Bedömning")

add("s28ns_vgr_lang_epikris_trolig_amyloidangiopati", "vgr", "1947-05-13", 928, [
    N("n1", "NK_AVD_SU", "Lena Carlsson", "läkare", "2024-06-14T14:00", [
        ("Epikris", "77-årig kvinna med hypertoni och lätt kognitiv svikt som inkom 2024-06-02 via Alingsås med akut afasi och högersidig hemipares. DT visade en 45 ml lobär blödning i vänster parietallob med masseffekt."),
        ("Förlopp", "Opererades samma natt med kraniotomi och utrymning av hematomet. Postoperativ DT visade god utrymning. Afasin har gradvis förbättrats, kraften i hö arm nu 4/5. Inga epileptiska anfall. Blodtrycket reglerat med Amlodipin."),
        ("Utredning", "MR hjärna postoperativt med multipla kortikala mikroblödningar och kortikal superficiell siderosis. DT-angio utan AV-missbildning eller aneurysm."),
        ("Diagnoser", "Lobär intracerebral blödning vä parietalt, opererad. Trolig cerebral amyloidangiopati enligt Boston-kriterierna 2.0."),
        ("Läkemedel", "Trombyl utsatt och ska inte återinsättas. Amlodipin 5 mg x 1 nyinsatt."),
        ("Uppföljning", "Överflyttas till strokerehab i Mölndal. Återbesök på neurokirurgmottagningen med DT om 3 mån. Remiss till minnesmottagning."),
    ], template="Epikris")], ["NL102"], [],
    "long discharge summary: 'Trolig cerebral amyloidangiopati' (a formal 'probable' category) is still a hedged diagnosis")

add("s28ns_skane_lang_niva_negationer_sab", "skane", "1966-08-22", 478, [
    N("n1", "NIVA_LUND", "Amir Haddad", "läkare", "2024-04-17T09:20", [
        ("Aktuellt", "Dag 9 efter SAB från aneurysm på a. cerebri media hö, klipsat dag 1. Hunt & Hess 2. EVD, dränage 80-120 ml/dygn, klämtest påbörjat i går."),
        ("Status", "GCS 15, orienterad, inga pareser, talar obehindrat. Afebril sedan 3 dygn. BT 138/76, puls 64. Na 139."),
        ("Undersökningar", "TCD med normala flöden bilat. DT-perfusion i går utan tecken på DCI. Ingen misstanke om reblödning, klipset i gott läge på DT."),
        ("Bedömning", "Stabilt förlopp. Vasospasm bedöms inte föreligga. EVD tolereras stängd i 24 h."),
        ("Planering", "Ev. borttagning av EVD i morgon om fortsatt stabil. Om feber över 38,5 odlas likvor innan antibiotika ges. Nimodipin t.o.m. dag 21. Trolig flytt till vårdavdelning i helgen."),
    ], template="Ronderingsanteckning")], [], ["NL102", "NL101"],
    "long NIVA chart: every hedge is negated, conditional or about a plan; the SAH is affirmed")

add("s28ns_vgr_utkast_enradare_trol_likvorlackage", "vgr", "1980-04-04", 195, [
    N("n1", "NK_AVD_SU", "Daniel Ek", "läkare", "2024-02-14T07:50", [
        ("Rond", "Klar vätska ur nedre sårhörnet efter lumbal duraplastik, trol. likvorläckage – extra sutur lagd, planläge 24 h."),
    ], template="Ronderingsanteckning", signed=None)], ["NL102"], [],
    "one-line unsigned ward-round note: 'trol. likvorläckage'")

add("s28ns_skane_enradare_ev_hem_efter_drandragning", "skane", "1949-02-28", 668, [
    N("n1", "NK_AVD_LUND", "Magnus Rydén", "läkare", "2024-03-07T08:25", [
        ("Rond", "Pigg och smärtlindrad, ev. hem i morgon efter att dränet dragits."),
    ], template="Ronderingsanteckning")], [], ["NL102"],
    "one-line note: 'ev. hem i morgon' hedges a discharge, not a diagnosis")

add("s28ns_vgr_fysioterapeut_misstankt_facettledssyndrom", "vgr", "1982-06-09", 740, [
    N("n1", "RYGG_SU", "Julia Strömberg", "fysioterapeut", "2024-09-26T14:30", [
        ("Anamnes", "Ländryggsvärk sedan 6 mån, värre vid bakåtböjning och vid långvarigt stående. Ingen utstrålning nedom knät."),
        ("Status", "Smärta vid extension och rotation åt hö, neurologiskt ua, SLR neg bilat."),
        ("Bedömning", "Misstänkt facettledssyndrom L4-L5 hö. Diskuterat med ryggkirurg som överväger diagnostisk facettledsblockad."),
        ("Åtgärd", "Stabiliserande övningar, hemprogram genomgånget."),
    ], template="Fysioterapeutanteckning", setting="öppenvård")], ["NL102"], [],
    "physiotherapist note: hedged facet joint syndrome in a visible Bedömning")

add("s28ns_skane_kurator_makens_trolig_demens", "skane", "1953-10-31", 244, [
    N("n1", "NK_AVD_LUND", "Maja Lindström", "kurator", "2024-08-22T13:10", [
        ("Samtal", "Samtal med pat som opererades för glioblastom förra veckan och väntar på start av strålbehandling. Hon oroar sig mest för maken, som enligt henne har en trolig demens och inte klarar sig ensam hemma."),
        ("Åtgärd", "Kontakt med biståndshandläggare i Staffanstorp om avlösning i hemmet. Nytt samtal nästa vecka."),
    ], template="Kuratorsanteckning")], [], ["NL102"],
    "social worker note: the hedged dementia is the husband's; the patient's glioblastoma is affirmed")

add("s28ns_vgr_ingen_blodning_daremot_misstankt_infarkt", "vgr", "1956-12-12", 903, [
    N("n1", "AKUT_NAL", "Sara Nyström", "läkare", "2024-07-24T12:40", [
        ("Aktuellt", "Akut yrsel, kräkning och ostadighet sedan kl 11. Behandlas för förmaksflimmer men har glömt Eliquis i en vecka."),
        ("Status", "Nystagmus åt vä, dysmetri vä arm, kan inte stå utan stöd."),
        ("Bedömning", "DT utan tecken på blödning. Däremot misstänkt infarkt i vä cerebellarhemisfär med risk för svullnad och hydrocefalus. MR och neurokirurgisk konsult från SU."),
    ], template="Jouranteckning")], ["NL102"], [],
    "the negation covers the bleed only; 'Däremot misstänkt infarkt' is a hedged diagnosis")

add("s28ns_vgr_susp_tumor_medullae_spinalis", "vgr", "1972-09-18", 562, [
    N("n1", "NK_MOTT_SU", "Petra Lind", "läkare", "2024-12-03T11:00", [
        ("Utredning", "MR bröstrygg: välavgränsad intradural extramedullär förändring Th10-Th11 som trycker medullan åt vänster."),
        ("Bedömning", "Susp. tumor medullae spinalis, DD schwannom/meningiom. Progressiv spastisk gång talar för operation."),
    ])], ["NL102"], [],
    "Latin 'Susp. tumor medullae spinalis' with a DD list")

add("s28ns_skane_ska_inte_informeras_depression_trolig_metastas", "skane", "1961-01-07", 586, [
    N("n1", "NK_LUND", "Erik Sjöberg", "läkare", "2024-09-30T15:40", [
        ("Utredning", "Kontroll-MR: ny 8 mm laddande förändring vä parietalt, trolig ny metastas från tidigare behandlad bröstcancer."),
        ("Ställningstagande", "Pat ska enligt överenskommelse med psykiatrikonsulten inte informeras om fyndet i nuläget pga svår depression med suicidtankar. Ny bedömning om 2 v."),
    ])], ["NL101", "NL102"], [],
    "hedged metastasis visible while the note says the patient must not be told yet (this belonged in Tidiga hypoteser)")

# ---------------------------------------------------------------------------
# Part 8: untold diagnoses in many note types; rarer hedge words
# ---------------------------------------------------------------------------

add("s28ns_vgr_epikris_pad_efter_hemgang_anaplastiskt_meningiom", "vgr", "1959-10-19", 473, [
    N("n1", "NK_AVD_SU", "Mats Törnqvist", "läkare", "2024-04-12T10:30", [
        ("Epikris", "Opererad 2024-04-03 med makroskopiskt radikal exstirpation av meningiom vid hö sfenoidalvinge. Okomplicerat postoperativt förlopp, hemgång dag 4."),
        ("PAD", "Anaplastiskt meningiom, CNS WHO grad 3. Svaret kom efter utskrivningen och pat är ännu inte informerad; kallas till mottagningen nästa vecka."),
        ("Uppföljning", "Remiss till onkologen för postoperativ strålbehandling skickas efter besöket."),
    ], template="Epikris")], ["NL101"], [],
    "discharge summary: grade 3 meningioma in the visible PAD section, patient not yet informed")

add("s28ns_skane_operationsberattelse_fryssnitt_ej_informerad", "skane", "1952-07-25", 215, [
    N("n1", "NK_LUND", "Magnus Rydén", "läkare", "2024-01-18T17:20", [
        ("Indikation", "Solitär 3 cm tumör i hö cerebellum med hydrocefalus, okänd primärtumör."),
        ("Operation", "Bukläge, suboccipital kraniotomi hö. Välavgränsad grå tumör som exstirperas i sin helhet. Fjärde ventrikeln fri efter resektionen."),
        ("Fryssnitt", "Adenokarcinommetastas."),
        ("Övrigt", "Pat ännu inte informerad om fryssnittsbeskedet, tas vid ronden i morgon tillsammans med anhöriga."),
    ], template="Operationsberättelse")], ["NL101"], [],
    "operation report: frozen-section metastasis written visibly, patient not yet informed")

add("s28ns_vgr_typo_ssk_vet_inet_om_hydrocefalus", "vgr", "1990-02-20", 286, [
    N("n1", "NK_AVD_SU", "Emma Sundqvist", "sjuksköterska", "2024-07-04T09:10", [
        ("Omvårdnad", "Huvudvärk VAS 6 på morgonen, fått Alvedon 1 g med viss effekt. Illamående, åt lite frukost."),
        ("Information", "Pat vet ännu inet om att kontroll-DT visat tilltagande hydrocefalus, dr informerar efter ronden. Fastande från kl 06 ifall shuntoperation blir aktuell."),
    ], template="Omvårdnadsanteckning")], ["NL101"], [],
    "nurse note, typo 'inet' (inte): the patient does not yet know about the hydrocephalus shown on DT")

add("s28ns_skane_telefon_dotter_sannolikt_ny_metastas", "skane", "1944-06-16", 579, [
    N("n1", "NK_MOTT_LUND", "Annika Hansson", "sjuksköterska", "2024-05-09T14:25", [
        ("Telefonkontakt", "Dottern ringer och undrar över pappans MR från i tisdags. Enligt dr Strand visar MR sannolikt en ny metastas i lillhjärnan; pat själv har inte fått veta detta ännu och dr ringer honom i morgon. Dottern ombedd invänta att pappan får beskedet först."),
    ], template="Telefonanteckning")], ["NL101", "NL102"], [],
    "nurse phone note with a relative: hedged new metastasis, patient not yet told")

add("s28ns_vgr_misstankt_recidiv_vs_stralnekros_ej_informerad", "vgr", "1970-03-29", 640, [
    N("n1", "NK_MOTT_SU", "Helena Åberg", "läkare", "2024-11-27T13:40", [
        ("Utredning", "MR 6 mån efter avslutad strålbehandling av glioblastom: ny laddning i strålfältet vä temporalt."),
        ("Bedömning", "Misstänkt recidiv av glioblastomet, DD strålnekros. Pat ej informerad om fyndet, tas på MDK onsdag innan besked."),
    ])], ["NL101", "NL102"], [],
    "'Misstänkt recidiv ..., DD strålnekros' visible and explicitly not told")

add("s28ns_skane_lang_misstankt_myelom_ej_informerad", "skane", "1951-11-05", 357, [
    N("n1", "RYGG_HLM", "Lovisa Engström", "läkare", "2024-05-16T11:05", [
        ("Anamnes", "72-årig man, pensionerad snickare, med tilltagande bröstryggsvärk sedan 2 mån utan trauma. Värken är värst nattetid och vid hosta. Har gått ned 5 kg. Tidigare hypertoni, i övrigt frisk. Läkemedel: Enalapril, Alvedon."),
        ("Status", "Allmäntillstånd gott. Knackömhet över Th8. Kraft 5/5 i benen, reflexer symmetriska, Babinski neg bilat, ingen sensorisk nivå. Normal gång."),
        ("Lab", "Hb 104, SR 78, kreatinin 132, Ca 2,71. Elfores visar M-komponent IgG kappa 28 g/L."),
        ("Utredning", "MR hela ryggen: kompressionsfraktur Th8 med diffust förändrad märgsignal i flera kotor, ingen epidural tumörkomponent och ingen medullapåverkan."),
        ("Bedömning", "Misstänkt multipelt myelom med patologisk fraktur Th8. Stabil fraktur utan neurologisk påverkan, ingen indikation för kirurgi."),
        ("Planering", "Remiss till hematologen med förtur för benmärgsprov. Pat har inte informerats om misstanken om myelom, hematolog ger besked vid sitt besök; pat vet att frakturen beror på benskörhet av oklar orsak. Korsett för smärtlindring, Oxynorm vid behov."),
    ], setting="öppenvård")], ["NL101", "NL102"], [],
    "long spine chart: hedged myeloma in Bedömning and the plan says the patient has not been told")

add("s28ns_vgr_ny_tumor_besked_ej_per_telefon", "vgr", "1985-07-11", 524, [
    N("n1", "NK_MOTT_SU", "Petra Lind", "läkare", "2024-10-24T16:05", [
        ("Telefonkontakt", "Pat ringer och vill ha svar på kontroll-MR. MR visar en ny tumör i vä hemisfären skild från den opererade. Pat bör inte få detta besked per telefon och har därför inte informerats, kallas till besök på fredag."),
    ], template="Telefonanteckning", setting="öppenvård")], ["NL101"], [],
    "phone note: new tumour written, patient deliberately not informed by phone")

add("s28ns_skane_pmo_trol_ytlig_sarinfektion", "skane", "1988-05-24", 419, [
    N("n1", "VC_HORBY", "Karin Åström", "sjuksköterska", "2024-04-04T10:40", [
        ("Sår", "Kommer för suturtagning 12 dagar efter diskbråcksoperation i Hässleholm. Rodnad 1 cm runt nedre suturen och lite grumligt sekret."),
        ("Bedömning", "Trol. ytlig sårinfektion. Odling tagen, dr Mattsson bedömer och ordinerar Heracillin 1 g x 3 i 7 dagar."),
    ], template="Besöksanteckning")], [], ["NL102"],
    "PMO district nurse: 'Trol. ytlig sårinfektion' is not shown in PMO")

add("s28ns_vgr_epikris_hydrocefalus_trol_aqueduktstenos", "vgr", "1999-09-09", 711, [
    N("n1", "NK_AVD_SU", "Olof Grahn", "läkare", "2024-10-18T12:15", [
        ("Diagnoser", "Obstruktiv hydrocefalus, trol. sekundär till aqueduktstenos."),
        ("Åtgärd", "Endoskopisk tredje ventrikulostomi 2024-10-15, okomplicerad."),
        ("Uppföljning", "MR med flödessekvens om 3 mån. Åter vid huvudvärk, kräkning eller synpåverkan."),
    ], template="Epikris")], ["NL102"], [],
    "affirmed hydrocephalus but its cause 'trol. sekundär till aqueduktstenos' (a diagnosis) is hedged")

add("s28ns_skane_barn_informerade_foraldrar_och_barn", "skane", "2016-04-04", 428, [
    N("n1", "BARN_NK_LUND", "Maria Ekdahl", "läkare", "2024-11-21T15:30", [
        ("Samtal", "Samtal med Elsa och båda föräldrarna. Informerade om att MR visar en tumör i lillhjärnan som sannolikt är ett pilocytärt astrocytom, och att operation planeras nästa vecka. Elsa ställde egna frågor om håret och skolan."),
        ("Planering", "Inskrivning söndag kväll, operation måndag. Kontaktsjuksköterska och lekterapin kontaktade."),
    ], setting="öppenvård")], [], ["NL101"],
    "child under 13: child and guardians were told today")

add("s28ns_vgr_utkast_enradare_mr_svar_ej_informerad", "vgr", "1977-10-02", 153, [
    N("n1", "RYGG_SU", "Anders Nylund", "läkare", "2024-08-07T16:45", [
        ("MR-svar", "Diskbråck L4-L5 vä med rotkompression, pat ej informerad – ringer upp i morgon."),
    ], template="Telefonanteckning", setting="öppenvård", signed=None)], ["NL101"], [],
    "one-line unsigned note: MR diagnosis written, patient not informed")

add("s28ns_skane_sinustrombos_kan_inte_uteslutas", "skane", "2000-12-20", 386, [
    N("n1", "AKUT_HBG", "Linnea Holm", "läkare", "2024-06-29T23:05", [
        ("Anamnes", "23-årig kvinna med p-piller och tilltagande huvudvärk i 5 dagar, värst i liggande. Kräktes i morse, ibland suddig syn."),
        ("Status", "Papillödem bilat. Neurologiskt i övrigt ua. Afebril."),
        ("Bedömning", "Sinustrombos kan inte uteslutas, DT-venografi akut. Vid normal venografi görs LP med öppningstryck."),
    ], template="Jouranteckning", signed=None)], ["NL102"], [],
    "unsigned on-call draft: 'Sinustrombos kan inte uteslutas'")

add("s28ns_vgr_mojligen_ett_schwannom", "vgr", "1964-04-14", 855, [
    N("n1", "NK_MOTT_SU", "Mikael Sandberg", "läkare", "2024-02-28T10:35", [
        ("Bedömning", "Bifynd på MR halsrygg: 12 mm rundad förändring i foramen C2-C3 vä, möjligen ett schwannom. Inga symtom från förändringen."),
        ("Planering", "MR med kontrast om 6 mån för att följa storleken."),
    ])], ["NL102"], [],
    "'möjligen ett schwannom' after a comma, lower case")

add("s28ns_skane_tveksamt_om_recidivdiskbrack", "skane", "1973-08-30", 602, [
    N("n1", "RYGG_HLM", "Tobias Nordin", "läkare", "2024-09-10T13:55", [
        ("Aktuellt", "Opererad för diskbråck L5-S1 vä för 1 år sedan, nu åter ischias vä sedan 6 v."),
        ("Bedömning", "MR visar ärrvävnad kring S1-roten. Tveksamt om det rör sig om ett recidivdiskbråck eller enbart postoperativ fibros, MR med kontrast beställd."),
    ], setting="öppenvård")], ["NL102"], [],
    "'Tveksamt om det rör sig om ett recidivdiskbråck' is a hedge not in the usual word list")

add("s28ns_vgr_typo_supsekt_metastas_l3", "vgr", "1958-06-01", 562, [
    N("n1", "ONK_SU", "Cecilia Forsberg", "läkare", "2024-03-05T09:25", [
        ("Utredning", "Skelettscint inför adjuvant behandling: supsekt metastas i L3, i övrigt ingen patologisk upptagning."),
        ("Planering", "MR ländrygg för att klargöra fyndet före behandlingsstart."),
    ])], ["NL102"], [],
    "typo 'supsekt' (suspekt, adjective form) on a metastasis in a visible Utredning")

add("s28ns_skane_kan_vara_kavernom", "skane", "1991-02-11", 491, [
    N("n1", "NK_MOTT_LUND", "Jonas Wikström", "läkare", "2024-07-16T09:50", [
        ("Bedömning", "Ett första fokalt anfall med ryckningar i vä hand. MR: 9 mm förändring hö precentralt med hemosiderinkrans. Förändringen kan vara ett kavernom."),
        ("Planering", "SWI-sekvens och ny bedömning tillsammans med neurolog."),
    ])], ["NL102"], [],
    "'kan vara ett kavernom' is an uncertain diagnosis")

# ---------------------------------------------------------------------------
# Part 9: very long charts and records with several notes
# ---------------------------------------------------------------------------

add("s28ns_vgr_flera_anteckningar_misstankt_asdh_sedan_opererat", "vgr", "1941-03-06", 917, [
    N("n1", "AKUT_NAL", "Fredrik Olausson", "läkare", "2024-01-12T20:15", [
        ("Aktuellt", "82-årig man som ramlade i trappan i eftermiddags, slog i pannan. Behandlas med Eliquis pga FF. Tilltagande dåsighet och talsvårigheter senaste timmen."),
        ("Status", "GCS 12 (E3V4M5). Pronatordrift hö. Pupiller isokora. Hematom i pannan."),
        ("Bedömning", "Misstänkt akut subduralhematom vä med masseffekt. DT akut, Ondexxya förbereds, neurokirurgjouren på SU kontaktad."),
    ], template="Jouranteckning"),
    N("n2", "NK_SU", "Viktor Hedlund", "läkare", "2024-01-13T02:40", [
        ("Indikation", "Akut subduralhematom vä, 14 mm, med 8 mm mittlinjeförskjutning enligt DT från NÄL."),
        ("Operation", "Ryggläge, huvudet vridet åt hö. Frontotemporoparietal kraniotomi vä. Duran spänd, öppnas. Koagler utrymmes, blödande kortikal artär koaguleras. Duran sluts, benlambån åter. Subduralt drän."),
        ("Postoperativt", "Till NIVA. DT i morgon förmiddag."),
    ], template="Operationsberättelse"),
], ["NL102:n1"], ["NL102:n2"],
    "record with two notes: the on-call note hedges (misstänkt akut subduralhematom), the later operation note states it as fact")

add("s28ns_skane_lang_inskrivning_cauda_equina_verifierad", "skane", "1984-10-30", 237, [
    N("n1", "NK_LUND", "Hanna Ström", "läkare", "2024-05-24T22:10", [
        ("Anamnes", "39-årig kvinna, förskollärare, tidigare frisk så när som på återkommande lumbago. Sedan en vecka ischias i vänster ben. I går kväll kraftig försämring efter att ha burit en tvättkorg, sedan i morse domning i underlivet och på insidan av låren. Har inte kunnat kissa sedan lunch. Ingen feber, ingen viktnedgång, ingen känd malignitet. Inga läkemedel förutom Ipren. Inga allergier."),
        ("Status", "AT: opåverkad men smärtpåverkad. Cor: regelbunden rytm, inga blåsljud. Pulm: ua. Buk: palpabel blåsa upp till naveln, i övrigt mjuk. Neurologi: kraft i höftflexion och knäextension 5/5 bilat, dorsalflexion fot 5/5 hö och 4/5 vä, plantarflexion 4/5 vä. Patellarreflexer lika, hälsenereflex vä ej utlösbar. Nedsatt sensibilitet för stick i sadelformat område och på baksidan av vä lår. Nedsatt sfinktertonus vid PR, nedsatt knipförmåga. Residualurin 900 ml, KAD sätts."),
        ("Utredning", "Akut MR ländrygg kl 20.30: stort centralt-vänstersidigt sekvestrerat diskbråck L5-S1 som fyller ut större delen av spinalkanalen och komprimerar cauda equina. Inga tecken på tumör eller infektion. Hb 132, CRP under 5, koagulation ua."),
        ("Bedömning", "Cauda equina-syndrom med urinretention orsakat av stort diskbråck L5-S1. Indikation för akut dekompression. Ingen misstanke om annan genes."),
        ("Åtgärd", "Anmäld för akut operation i natt, mikroskopisk diskektomi L5-S1 med hemilaminektomi. Narkosbedömning gjord, fastande sedan kl 12. Samtycke inhämtat, pat informerad om risker inklusive kvarstående blås- och sexualfunktionsstörning."),
        ("Planering", "Postoperativt till vårdavdelning 23. KAD kvar till dag 2, sedan blåsträning och residualkontroller. Uroterapeut och fysioterapeut kontaktas. Återbesök om 6 v."),
    ], template="Inskrivningsanteckning")], [], ["NL102", "NL101"],
    "very long admission chart: MR-verified cauda equina syndrome, only negations ('Inga tecken på', 'Ingen misstanke om'); patient informed")

add("s28ns_vgr_lang_spinala_metastaser_ej_informerad", "vgr", "1955-12-24", 459, [
    N("n1", "ONK_SU", "Cecilia Forsberg", "läkare", "2024-02-09T17:25", [
        ("Anamnes", "68-årig man, tidigare rökare 40 paketår, KOL i GOLD-stadium 2, typ 2-diabetes på tabletter. Sökte vårdcentralen i januari för ryggvärk och hosta, röntgen pulm visade en 4 cm förändring i hö överlob. Utredd på lungmottagningen med bronkoskopi i veckan; PAD visade icke-småcellig lungcancer, adenokarcinom, som han informerades om av lungläkaren i tisdags. Inremitterad till oss för stadieindelning och ställningstagande till behandling."),
        ("Status", "AT: gott, ECOG 1. Lätt knackömhet över Th6. Kraft i benen 5/5, reflexer symmetriska, Babinski neg, sensibilitet ua, ingen sensorisk nivå. Går utan hjälpmedel."),
        ("Utredning", "PET-DT 2024-02-07: primärtumör hö överlob, patologiska lymfkörtlar i mediastinum. Skelettmetastaser i Th6, Th12 och vä bäcken. MR hela ryggen samma dag: metastas Th6 med liten epidural komponent utan medullakompression, metastas Th12 utan epidural växt. Neurokirurgisk bedömning per telefon: stabilt, ingen kirurgisk indikation. Hjärn-MR utan metastaser."),
        ("Bedömning", "Icke-småcellig lungcancer stadium IV med skelettmetastaser, ingen hotande medullakompression. Molekylärpatologi inväntas."),
        ("Information", "Pat är informerad om lungcancern men ännu inte om skelettmetastaserna eller att sjukdomen därmed inte går att bota; det samtalet tas på måndag när hustrun kan vara med och svaret på molekylärpatologin finns."),
        ("Planering", "Palliativ strålbehandling mot Th6 8 Gy x 1 bokas. Xgeva efter tandläkarbedömning. Kontaktsjuksköterska utsedd. Akut kontakt vid svaghet i benen eller blåsbesvär."),
    ])], ["NL101"], ["NL102"],
    "very long oncology chart: the lung cancer was told, but the visible spinal metastases have not been told yet")

add("s28ns_skane_flera_anteckningar_ssk_lacker_tidig_hypotes", "skane", "1967-07-19", 624, [
    N("n1", "NK_LUND", "Erik Sjöberg", "läkare", "2024-03-26T14:30", [
        ("Bedömning", "Det laddande fyndet i vä parietallob är misstänkt metastas snarare än abscess. Pat är inte informerad om misstanken, DT thorax-buk först."),
    ], template="Tidiga hypoteser"),
    N("n2", "NK_AVD_LUND", "Malin Persson", "sjuksköterska", "2024-03-26T21:45", [
        ("Omvårdnad", "Pat orolig inför DT i morgon. Enligt läkarens tidiga hypotes rör det sig troligen om en metastas, pat är inte informerad om detta. Har inte tagit upp det med pat."),
        ("Nutrition", "Fastande från midnatt inför DT med kontrast."),
    ], template="Omvårdnadsanteckning"),
], ["NL101:n2", "NL102:n2"], ["NL101:n1", "NL102:n1"],
    "the doctor's hypothesis is correctly in the Tidiga hypoteser template (n1), but the nurse repeats it, untold, in a visible note (n2)")

# --- END OF DATA ---


KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_RECORD = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, at):
    b = _dt.date.fromisoformat(birth)
    a = at.date()
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        name = c["case"]
        if list(c.keys()) != KEYS_CASE:
            problems.append("%s: case keys %s" % (name, list(c.keys())))
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        if not name.startswith("s28ns_"):
            problems.append("%s: name must start with s28ns_" % name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        if not c["why"].strip():
            problems.append("%s: empty why" % name)
        rec = c["record"]
        if list(rec.keys()) != KEYS_RECORD:
            problems.append("%s: record keys" % name)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: access_events/conversations/treatments must be empty" % name)
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            problems.append("%s: bad personnummer %s" % (name, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != birth:
                problems.append("%s: personnummer does not match birth_date" % name)
            body = pid[2:8] + pid[9:12]
            if _luhn(body) != int(pid[-1]):
                problems.append("%s: Luhn check fails for %s" % (name, pid))
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            problems.append("%s: bad birth_date" % name)
            continue
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % name)
        if 13 <= _age(birth, as_of) <= 15:
            problems.append("%s: patient aged 13-15 at as_of" % name)
        ids = {}
        for n in rec["notes"]:
            if list(n.keys()) != KEYS_NOTE:
                problems.append("%s: note keys %s" % (name, list(n.keys())))
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (name, n["id"]))
            ids[n["id"]] = n
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append("%s: note time not in 2024" % name)
            if t > as_of:
                problems.append("%s: note after as_of" % name)
            if 13 <= _age(birth, t) <= 15:
                problems.append("%s: patient aged 13-15 at note time" % name)
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: bad signed time" % name)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: bad system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            if not n["sections"]:
                problems.append("%s: note without sections" % name)
            for sec in n["sections"]:
                for mm in re.finditer(r"\b(\d{1,3})-årig\b", sec.get("text", "")):
                    if int(mm.group(1)) != _age(birth, t):
                        problems.append("%s: text says %s-årig but age is %d" % (name, mm.group(1), _age(birth, t)))
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    problems.append("%s: bad section" % name)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (name, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (first in %s): %s" % (name, seen_sent[sent][0], sent))
                        else:
                            seen_sent.setdefault(sent, (name, n["id"], sec["keyword"]))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % name)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            problems.append("%s: same assertion twice or in both lists" % name)
        for code, nid in pairs:
            if code not in ("NL101", "NL102"):
                problems.append("%s: unexpected code %s" % (name, code))
            if nid not in ids:
                problems.append("%s: target %s missing" % (name, nid))
                continue
            system = ids[nid]["system"]
            if code == "NL102" and [code, nid] in c["must"] and system != "Melior":
                problems.append("%s: NL102 must on non-Melior note" % name)
            if code == "NL102" and system != "Melior" and [code, nid] not in c["must_not"]:
                problems.append("%s: NL102 on PMO must be must_not" % name)
            if code == "NL101" and system == "PMO":
                problems.append("%s: NL101 asserted on PMO note" % name)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(stats):
        print("%s must=%d must_not=%d" % (code, stats[code]["must"], stats[code]["must_not"]))
    for rs in ("skane", "vgr"):
        print("%s: %d cases" % (rs, sum(1 for c in CASES if c["ruleset"] == rs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
