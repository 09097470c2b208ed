#!/usr/bin/env python3
"""Independent test set (s28iv_): intensive care and anaesthesia notes, NL101 / NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta, date

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_lund_iva": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8A31"),
    "sk_malmo_iva": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A47"),
    "sk_lund_tiva": ("Thoraxintensiven, Skånes universitetssjukhus Lund", "SE2321000255-8B12"),
    "sk_lund_niva": ("Neurointensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8B29"),
    "sk_lund_biva": ("Barnintensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8C03"),
    "sk_hbg_iva": ("Intensivvårdsavdelningen, Helsingborgs lasarett", "SE2321000255-6F18"),
    "sk_krist_iva": ("Anestesi- och intensivvårdskliniken, Centralsjukhuset Kristianstad", "SE2321000255-5D44"),
    "sk_ystad_uva": ("Postoperativa avdelningen, Lasarettet i Ystad", "SE2321000255-4E70"),
    "sk_malmo_preop": ("Preoperativa mottagningen, Anestesi Skånes universitetssjukhus Malmö", "SE2321000255-8A95"),
    "sk_lund_preop": ("Anestesimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8A66"),
    "sk_hlm_uva": ("Uppvakningsavdelningen, Hässleholms sjukhus", "SE2321000255-5C21"),
    "sk_trel_iva": ("IVA, Trelleborgs lasarett", "SE2321000255-4B58"),
    "sk_angel_uva": ("Uppvakningsenheten dagkirurgi, Ängelholms sjukhus", "SE2321000255-6A07"),
    # Region Skåne, PMO (primary care)
    "sk_vc_falad": ("Vårdcentralen Fäladen, Lund", "SE2321000255-2F81"),
    "sk_hsv_eslov": ("Hemsjukvården, Eslövs kommun/Vårdcentralen Eslöv", "SE2321000255-2D36"),
    "sk_vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-2A94"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-2E15"),
    # Västra Götalandsregionen, Melior
    "vg_su_civa": ("CIVA, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011204"),
    "vg_su_niva": ("Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011219"),
    "vg_su_tiva": ("Thoraxintensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011237"),
    "vg_ostra_iva": ("IVA Östra, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011258"),
    "vg_biva": ("Barnintensivvårdsavdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011263"),
    "vg_skovde_iva": ("Intensivvårdsavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000020117"),
    "vg_nal_iva": ("IVA, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000030418"),
    "vg_boras_iva": ("Intensivvårdsavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040629"),
    "vg_kungalv_iva": ("IVA, Kungälvs sjukhus", "SE2321000131-E000000050233"),
    "vg_molndal_uva": ("Uppvakningsenheten, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011291"),
    "vg_molndal_preop": ("Preoperativ mottagning, Anestesi Mölndal", "SE2321000131-E000000011305"),
    "vg_alingsas_iva": ("IVA/postop, Alingsås lasarett", "SE2321000131-E000000060142"),
    "vg_uddevalla_uva": ("Postoperativa avdelningen, Uddevalla sjukhus", "SE2321000131-E000000030476"),
    "vg_ostra_preop": ("Anestesimottagningen, Östra sjukhuset", "SE2321000131-E000000011322"),
}

# ---------------------------------------------------------------- authors
A = {
    "lak1": ("Henrik Sjöberg", "läkare"),
    "lak2": ("Maria Lindqvist", "läkare"),
    "lak3": ("Farid Haddad", "läkare"),
    "lak4": ("Elin Persson", "läkare"),
    "lak5": ("Jonas Bergkvist", "läkare"),
    "lak6": ("Sofia Ekdahl", "läkare"),
    "lak7": ("Karl-Johan Nyström", "läkare"),
    "lak8": ("Amira Suljic", "läkare"),
    "lak9": ("Per Åkesson", "läkare"),
    "lak10": ("Linnea Holm", "läkare"),
    "lak11": ("Tomasz Nowak", "läkare"),
    "lak12": ("Hanna Rydberg", "läkare"),
    "ssk1": ("Camilla Olofsson", "sjuksköterska"),
    "ssk2": ("Mikael Strand", "sjuksköterska"),
    "ssk3": ("Jenny Abrahamsson", "sjuksköterska"),
    "ssk4": ("Rebecka Wallin", "sjuksköterska"),
    "ssk5": ("Ali Rezaei", "sjuksköterska"),
    "ssk6": ("Ulrika Dahl", "sjuksköterska"),
    "usk1": ("Gunilla Fransson", "undersköterska"),
    "fys1": ("Oskar Lind", "fysioterapeut"),
    "kur1": ("Birgitta Carlsson", "kurator"),
    "diet1": ("Sara Mattsson", "dietist"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth_date, serial):
    ymd = birth_date.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def N(nid, template, unit, author, time, sections, signed=45, system="Melior",
      setting="slutenvård", refs=()):
    """One note. signed: minutes after time, None (unsigned draft) or a timestamp."""
    if isinstance(signed, int):
        signed = (datetime.fromisoformat(time) + timedelta(minutes=signed)).isoformat()
    uname, hsa = UNITS[unit]
    aname, role = A[author]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": time, "signed": signed, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition("@")
        out.append([code, nid or "n1"])
    return out


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (datetime(last.year, last.month, last.day) + timedelta(days=1)).isoformat()
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


# ================================================================ data
# ---- part 1: Skåne ICU, NL102 positives and look-alike negatives
C("s28iv_sk_iva_daglig_misstankt_vap", "skane", "1958-04-17", "237", [
    N("n1", "IVA daganteckning", "sk_lund_iva", "lak1", "2024-02-06T10:40:00", [
        ("Respiration", "Vårddygn 6 i respirator, PS 12/PEEP 8, FiO2 0,45. Ökande mängd gulgrönt sekret i tuben sedan i natt."),
        ("Infektion", "CRP 48 -> 163, temp 38,7. Rtg pulm med nytillkommen förtätning hö underlob."),
        ("Bedömning", "Misstänkt VAP. Trakealsekret och blododlingar tagna före antibiotika."),
        ("Åtgärd", "Startar Pip/Tazo 4 g x 4. Fortsatt lungskyddande ventilation."),
    ])], ["NL102"], [],
    "classic ICU hedge 'Misstänkt VAP' in the visible Bedömning of a Skåne Melior daily note")

C("s28iv_sk_inskrivning_trol_aspirationspneumoni", "skane", "1971-11-02", "418", [
    N("n1", "Inskrivningsanteckning IVA", "sk_hbg_iva", "lak3", "2024-03-14T02:15:00", [
        ("Orsak till inläggning", "Respiratorisk svikt efter generaliserat krampanfall i hemmet, kräkts enl ambulanspersonal."),
        ("Anamnes", "Känd epilepsi sedan tonåren, medicinerar med lamotrigin. Bor med sambo. Ingen känd allergi."),
        ("Status", "Intuberad på akuten pga GCS 6. AF 24 på ventilator, SpO2 91 % på FiO2 0,6. Rassel basalt hö. BT 105/60, puls 112."),
        ("Bedömning", "Trol. aspirationspneumoni i samband med krampanfallet. Postiktal, inga nya kramper på IVA."),
        ("Planering", "Ampicillin iv, bronkoskopi med BAL i morgon bitti, väckningsförsök när oxygeneringen tillåter."),
    ], signed=95)], ["NL102"], [],
    "abbreviated hedge 'Trol.' before a pneumonia diagnosis in an ICU admission note")

C("s28iv_sk_ingen_misstanke_om_vap", "skane", "1949-07-23", "552", [
    N("n1", "IVA daganteckning", "sk_malmo_iva", "lak2", "2024-01-19T11:05:00", [
        ("Respiration", "Dag 4 i respirator. Sekretet sparsamt och klart, rtg pulm oförändrad jmf med i går."),
        ("Bedömning", "Ingen misstanke om VAP i dagsläget. Lätt subfebril, följs utan åtgärd."),
        ("Planering", "Sänker sedering inför SBT i eftermiddag."),
    ])], [], ["NL102"],
    "negated 'Ingen misstanke om VAP' in the visible assessment must not fire")

C("s28iv_sk_lungemboli_kan_uteslutas", "skane", "1986-09-30", "064", [
    N("n1", "Läkaranteckning", "sk_krist_iva", "lak4", "2024-05-03T16:20:00", [
        ("Utredning", "DT lungartärer i dag: inga embolier ned till subsegmentell nivå. UCG utan högerbelastning."),
        ("Bedömning", "Lungemboli kan därmed uteslutas. Hypoxin förklaras av atelektaser efter den långa operationen."),
        ("Åtgärd", "CPAP 30 min x 4, mobilisering med fysioterapeut."),
    ])], [], ["NL102"],
    "'kan uteslutas' (ruled out) differs from the hedge 'kan ej uteslutas' and must not fire")

C("s28iv_sk_ev_extubation_i_morgon", "skane", "1963-01-12", "771", [
    N("n1", "IVA daganteckning", "sk_trel_iva", "lak5", "2024-04-22T13:30:00", [
        ("Aktuellt", "Stabil cirkulation utan noradrenalin sedan i morse. Vaken, följer uppmaning, hostar bra."),
        ("Planering", "Ev. extubation i morgon förmiddag om fortsatt stabil. Eventuellt DT buk om buksmärtan inte ger med sig."),
    ])], [], ["NL102"],
    "hedges on plans (ev. extubation, eventuellt DT) are not diagnoses")

C("s28iv_sk_preop_moder_trol_malign_hypertermi", "skane", "1990-06-08", "282", [
    N("n1", "Preoperativ bedömning", "sk_malmo_preop", "lak6", "2024-02-27T09:10:00", [
        ("Anamnes", "Inför elektiv laparoskopisk kolecystektomi. Frisk, inga tidigare narkoser. Uppger att modern trol. fick malign hypertermi vid en narkos på 80-talet, blev enligt henne mycket varm och stel och vårdades på IVA."),
        ("Status", "Mallampati II, god gapförmåga, normal nackrörlighet. Cor/pulm ua."),
        ("Bedömning", "ASA 1. Narkos utan triggande medel: TIVA med propofol/remifentanil, ej suxameton eller inhalationsgas."),
        ("Planering", "Remiss till MH-utredning vid Skånes universitetssjukhus för pat själv, op kan genomföras triggerfritt innan dess."),
    ], setting="öppenvård")], [], ["NL102"],
    "hedged malignant hyperthermia belongs to the mother, not the patient")

C("s28iv_sk_dd_lungemboli_pneumoni", "skane", "1955-12-19", "519", [
    N("n1", "Konsultationsanteckning", "sk_hbg_iva", "lak7", "2024-06-11T22:45:00", [
        ("Aktuellt", "IVA-konsult till avd 52 pga SpO2 86 % trots 6 l O2, AF 32. Opererad för höftfraktur för tre dagar sedan."),
        ("Bedömning", "DD lungemboli/pneumoni. Ej aktuell för IVA i nuläget, klarar sig på HFNC 50 l/min."),
        ("Åtgärd", "DT lungartärer akut, dalteparin i behandlingsdos i väntan på svar."),
    ])], ["NL102"], [],
    "'DD' listing two candidate diagnoses in a visible ICU consult note")

C("s28iv_sk_septisk_chock_verifierad", "skane", "1944-03-05", "345", [
    N("n1", "IVA daganteckning", "sk_lund_iva", "lak8", "2024-07-02T09:55:00", [
        ("Diagnos", "Septisk chock med E. coli-bakteriemi, utgångspunkt pyelonefrit hö med avflödeshinder."),
        ("Cirkulation", "Noradrenalin 0,12 mikrog/kg/min, laktat sjunkit 6,1 -> 2,4."),
        ("Åtgärd", "Nefrostomi hö lagd av IR i går kväll. Fortsätter cefotaxim enl resistensbesked."),
    ])], [], ["NL102"],
    "a culture-verified septic shock is a confirmed diagnosis, nothing uncertain")

C("s28iv_sk_tidiga_hypoteser_mall_als", "skane", "1961-08-14", "193", [
    N("n1", "Tidiga hypoteser", "sk_lund_iva", "lak1", "2024-03-28T15:00:00", [
        ("Bedömning", "Oförklarad hyperkapnisk svikt med fascikulationer i tungan och proximal svaghet. Misstänkt ALS, ENeG och neurologkonsult beställda. Diskuteras inte med pat förrän utredningen gett svar."),
    ])], [], ["NL102"],
    "Skåne protects by template: a suspected ALS written in the template Tidiga hypoteser is hidden")

C("s28iv_sk_vid_misstanke_cvk_infektion", "skane", "1977-02-21", "626", [
    N("n1", "Ordinationsanteckning", "sk_malmo_iva", "lak9", "2024-08-09T18:10:00", [
        ("Ordination", "Vid misstanke om kateterrelaterad infektion byts CVK och spetsen skickas för odling. Om temp över 38,5 tas blododling x 2 perifert och ur CVK."),
        ("Planering", "Fortsatt parenteral nutrition via CVK tills vidare."),
    ])], [], ["NL102"],
    "conditional standing order ('Vid misstanke om...') hedges nothing about this patient")

C("s28iv_sk_tarmischemi_kan_ej_uteslutas", "skane", "1939-10-27", "488", [
    N("n1", "IVA daganteckning", "sk_krist_iva", "lak10", "2024-09-17T04:25:00", [
        ("Aktuellt", "Stigande laktat 2,2 -> 5,8 under natten, ökat noradrenalinbehov. Buken spänd, sparsamma tarmljud."),
        ("Bedömning", "Tarmischemi kan ej uteslutas efter aortaprotesen. Kirurgjouren kontaktad och kommer."),
        ("Åtgärd", "DT buk med kontrast akut, pat fastande."),
    ], signed=None)], ["NL102"], [],
    "'kan ej uteslutas' after a diagnosis is a hedge; unsigned night draft")

C("s28iv_sk_typo_missankt_nekrotiserande_pankreatit", "skane", "1968-05-29", "117", [
    N("n1", "Inskrivningsanteckning IVA", "sk_malmo_iva", "lak11", "2024-10-04T20:50:00", [
        ("Orsak till inläggning", "Cirkulatorisk instabilitet och oliguri, överflyttas från kir avd."),
        ("Status", "Buken ömmande epigastriellt, lätt distenderad. Amylas 14 ggr övre ref, CRP 310."),
        ("Bedömning", "Missänkt nekrotiserande pankreatit, DT i morgon när det gått 72 h från debut."),
    ])], ["NL102"], [],
    "typo case: 'Missänkt' (for Misstänkt) still hedges a pancreatitis diagnosis")

C("s28iv_sk_ucg_talar_emot_endokardit", "skane", "1952-12-03", "933", [
    N("n1", "Läkaranteckning", "sk_lund_tiva", "lak12", "2024-11-12T14:05:00", [
        ("Utredning", "TEE i dag: inga vegetationer på klaffprotesen, ingen abscess, ingen paravalvulär läcka."),
        ("Bedömning", "Fynden talar emot endokardit. Staph epidermidis i en av fyra flaskor bedöms som kontamination."),
    ])], [], ["NL102"],
    "'talar emot' is a negating phrase, unlike 'talar för'")

C("s28iv_sk_rtg_forenlig_med_ards", "skane", "1981-04-09", "358", [
    N("n1", "IVA daganteckning", "sk_hbg_iva", "lak2", "2024-01-30T12:00:00", [
        ("Respiration", "P/F-kvot 118 på PEEP 14. Rtg pulm: bilaterala diffusa infiltrat, normal hjärtstorlek, UCG utan vänstersvikt."),
        ("Bedömning", "Bilden förenlig med ARDS efter influensa A. Bukläge 16 h i natt."),
    ])], ["NL102"], [],
    "'förenlig med ARDS' hedges the diagnosis in a visible section")

C("s28iv_sk_trolig_overflyttning_och_smarta", "skane", "1973-07-16", "271", [
    N("n1", "Omvårdnadsanteckning", "sk_lund_tiva", "ssk1", "2024-12-02T15:40:00", [
        ("Omvårdnad", "Pat har trolig smärta från thoraxdränet vid hosta, fått oxykodon 5 mg med god effekt."),
        ("Planering", "Trolig överflyttning till avd 8 i eftermiddag när dränet dragits."),
    ])], [], ["NL102"],
    "hedged symptom (trolig smärta) and hedged transfer are neither diagnoses; ICU nurse note")

# ---- part 2: VGR ICU, NL102
C("s28iv_vg_susp_abdominell_sepsis", "vgr", "1950-02-11", "395", [
    N("n1", "Inläggningsanteckning IVA", "vg_su_civa", "lak3", "2024-02-14T23:30:00", [
        ("Aktuellt", "Överflyttas från kirurgen med hypotension och stigande laktat, dag 5 efter högersidig hemikolektomi."),
        ("Bedömning", "Susp. abdominell sepsis, anastomosläckage? Kirurgen planerar relaparotomi i natt."),
        ("Åtgärd", "Meropenem 1 g x 3, noradrenalin via CVK, artärnål vä a radialis."),
    ])], ["NL102"], [],
    "'Susp.' plus a trailing question mark on anastomotic leak, VGR Melior visible Bedömning")

C("s28iv_vg_tidiga_hypoteser_sokord_enbart", "vgr", "1966-10-25", "240", [
    N("n1", "IVA daganteckning", "vg_skovde_iva", "lak4", "2024-03-06T11:15:00", [
        ("Respiration", "Extuberad i går, klarar sig på 2 l O2 via grimma."),
        ("Tidiga hypoteser", "Upprepade oklara hypoglykemier under vårdtiden trots pausad insulin. Misstänkt insulinom, alternativt exogent tillfört insulin. C-peptid och insulin skickade."),
        ("Planering", "Glukoskontroller varje timme i natt, glukosinfusion 10 % 40 ml/h."),
    ])], [], ["NL102"],
    "VGR protects by sökord: the suspected insulinoma stands only under Tidiga hypoteser, visible sections are clean")

C("s28iv_vg_tidiga_hypoteser_men_aven_bedomning", "vgr", "1979-01-18", "473", [
    N("n1", "IVA daganteckning", "vg_nal_iva", "lak5", "2024-04-10T10:20:00", [
        ("Neurologi", "Ascenderande symmetrisk svaghet sedan en vecka, nu areflexi i benen och vitalkapacitet 1,4 l."),
        ("Tidiga hypoteser", "Anamnes på tidigare episod för 2 år sedan, kan vara CIDP snarare än akut förlopp."),
        ("Bedömning", "Trol. Guillain-Barrés syndrom. LP och ENeG i morgon, IVIG startas i kväll."),
    ])], ["NL102"], [],
    "a protected Tidiga hypoteser section does not shield the same hedge repeated in the visible Bedömning")

C("s28iv_vg_inga_tecken_pa_infektion", "vgr", "1993-05-06", "058", [
    N("n1", "IVA daganteckning", "vg_boras_iva", "lak6", "2024-05-15T09:30:00", [
        ("Infektion", "Afebril, CRP sjunkande 88 -> 41. Inga tecken på ny infektion, sårområdet lugnt."),
        ("Bedömning", "Stabil efter korrigerad tarmvred, inget som talar för intraabdominell abscess."),
        ("Planering", "Utsättning av CVK i dag, åter till avd 62 under eftermiddagen."),
    ])], [], ["NL102"],
    "'Inga tecken på' and 'inget som talar för' are negations, no hedged diagnosis")

C("s28iv_vg_fragetecken_pneumoni", "vgr", "1957-08-20", "516", [
    N("n1", "Jouranteckning", "vg_kungalv_iva", "lak7", "2024-06-03T03:10:00", [
        ("Aktuellt", "Tillkallad pga feber 39,1 och sjunkande saturation hos pat på postop-platsen."),
        ("Status", "Rassel vä basalt, AF 26, SpO2 90 % på 3 l."),
        ("Bedömning", "Pneumoni? Odlingar tagna, rtg pulm beställd till morgonen."),
    ], signed=None)], ["NL102"], [],
    "a bare question mark after the diagnosis word is a hedge; unsigned night draft")

C("s28iv_vg_ucg_bild_som_vid_takotsubo", "vgr", "1948-11-29", "222", [
    N("n1", "Läkaranteckning", "vg_su_tiva", "lak8", "2024-07-08T14:50:00", [
        ("Utredning", "UCG: apikal ballongering med hyperkinetisk bas, EF ca 30 %. Koronarangiografi utan signifikanta stenoser."),
        ("Bedömning", "Bild som vid takotsubokardiomyopati, utlöst av den svåra sepsisen. Ny UCG om 1 vecka."),
    ])], ["NL102"], [],
    "'Bild som vid' is a hedge on takotsubo cardiomyopathy")

C("s28iv_vg_bror_misstankt_langt_qt", "vgr", "1998-03-14", "679", [
    N("n1", "Inläggningsanteckning IVA", "vg_ostra_iva", "lak9", "2024-08-21T17:25:00", [
        ("Anamnes", "Hjärtstopp under fotbollsträning, defibrillerad x 2 av tränaren med AED. Bror avled plötsligt 34 år gammal, hos honom misstänktes långt QT-syndrom men utredningen hann aldrig slutföras."),
        ("Status", "Sederad, hypotermibehandling 36 grader. EKG nu med QTc 430 ms."),
        ("Planering", "Kardiologkonsult, genetisk utredning av familjen, MR hjärta när extuberad."),
    ])], [], ["NL102"],
    "the hedged long QT syndrome belongs to the dead brother; the patient's own diagnosis is not hedged")

C("s28iv_vg_eventuellt_dt_thorax_och_trakeostomi", "vgr", "1962-04-02", "832", [
    N("n1", "IVA daganteckning", "vg_alingsas_iva", "lak10", "2024-09-05T12:40:00", [
        ("Planering", "Eventuellt DT thorax i morgon för att värdera pleuravätskan. Ev. trakeostomi nästa vecka om extubationen drar ut på tiden."),
    ])], [], ["NL102"],
    "one-section note: hedges on investigations and a procedure, no diagnosis")

C("s28iv_vg_typo_sannolkit_delirium", "vgr", "1940-06-17", "555", [
    N("n1", "IVA daganteckning", "vg_su_civa", "lak11", "2024-10-15T10:05:00", [
        ("Neurologi", "CAM-ICU positiv sedan i natt, drar i infarter, växlande vakenhet. Ingen fokal neurologi."),
        ("Bedömning", "Sannolkit hyperaktivt IVA-delirium. Sätter in dexmedetomidin, minskar bensodiazepiner."),
    ])], ["NL102"], [],
    "typo case: 'Sannolkit' hedges an ICU delirium diagnosis")

C("s28iv_vg_meningit_avskrivs", "vgr", "1988-12-08", "186", [
    N("n1", "IVA daganteckning", "vg_nal_iva", "lak12", "2024-11-04T13:20:00", [
        ("Utredning", "LP: klar likvor, cellantal 2, laktat normalt, PCR-panel negativ."),
        ("Bedömning", "Meningit avskrivs. Medvetandesänkningen förklaras av intoxikationen, som är verifierad med toxscreening."),
        ("Åtgärd", "Sätter ut ceftriaxon och aciklovir."),
    ])], [], ["NL102"],
    "'avskrivs' writes the diagnosis off; the remaining diagnosis is verified")

C("s28iv_vg_inger_misstanke_mesenterialischemi", "vgr", "1945-09-09", "701", [
    N("n1", "IVA daganteckning", "vg_skovde_iva", "lak1", "2024-01-24T16:35:00", [
        ("Aktuellt", "Förmaksflimmer utan antikoagulation. Smärta ur proportion till bukstatus, laktat 4,9."),
        ("Bedömning", "Klinik och lab inger misstanke om akut mesenterialischemi. DT-angio buk beställd akut."),
    ])], ["NL102"], [],
    "'inger misstanke om' introduces a suspected diagnosis")

C("s28iv_vg_guillain_barre_faststalld", "vgr", "1984-02-26", "924", [
    N("n1", "IVA daganteckning", "vg_boras_iva", "lak2", "2024-02-29T09:45:00", [
        ("Diagnos", "Guillain-Barrés syndrom, fastställt med albuminocytologisk dissociation i likvor och demyeliniserande bild på ENeG."),
        ("Respiration", "VC 1,9 l, stabil sedan tre dagar. Ingen respiratorvård hittills."),
        ("Planering", "IVIG dag 4 av 5. Fysioterapi dagligen."),
    ])], [], ["NL102"],
    "a confirmed Guillain-Barré syndrome, no hedge")

C("s28iv_vg_om_forsamring_tecken_pa_sepsis", "vgr", "1975-07-31", "335", [
    N("n1", "Utskrivningsanteckning IVA", "vg_ostra_iva", "lak3", "2024-03-19T11:50:00", [
        ("Sammanfattning", "Vårdad 3 dygn på IVA för diabetesketoacidos, nu normaliserat pH och insulin subkutant."),
        ("Till avdelningen", "Om pat försämras med tecken på sepsis eller ny ketoacidos, kontakta IVA-jouren direkt."),
    ])], [], ["NL102"],
    "conditional instruction to the ward ('Om pat försämras med tecken på sepsis') is no hedged diagnosis")

C("s28iv_vg_kan_rora_sig_om_pris", "vgr", "1996-10-12", "447", [
    N("n1", "IVA daganteckning", "vg_su_niva", "lak4", "2024-04-16T21:15:00", [
        ("Aktuellt", "Hög propofoldos sedan 4 dygn pga refraktärt ICP. Nu metabol acidos, CK 9800, TG 6,2 och bredda QRS-komplex."),
        ("Bedömning", "Kan röra sig om propofolinfusionssyndrom. Propofol sätts ut omgående, byter till midazolam."),
    ])], ["NL102"], [],
    "'Kan röra sig om' hedges propofol infusion syndrome")

C("s28iv_vg_sannolik_critical_illness_polyneuropati", "vgr", "1959-05-21", "918", [
    N("n1", "Fysioterapianteckning", "vg_kungalv_iva", "fys1", "2024-05-27T14:00:00", [
        ("Status", "Uttalad symmetrisk svaghet i proximala muskler, kan ej lyfta armarna mot tyngdkraften. MRC-summa 32."),
        ("Bedömning", "Sannolik critical illness polyneuropati enl ansvarig läkare. Tränar sittande balans på sängkant."),
    ])], ["NL102"], [],
    "hedged diagnosis quoted from the physician in a physiotherapist's visible note")

# ---- part 3: NL101 positives (patient not told, diagnosis visible)
C("s28iv_sk_ich_intuberad_ej_informerad", "skane", "1954-09-03", "211", [
    N("n1", "Inskrivningsanteckning IVA", "sk_lund_niva", "lak5", "2024-02-02T05:40:00", [
        ("Aktuellt", "Hittad medvetslös i hemmet, intuberad prehospitalt."),
        ("Utredning", "DT hjärna: stor intracerebral blödning vä basala ganglier, 48 ml, med genombrott till ventriklarna."),
        ("Information", "Hustrun informerad per telefon om blödningen och det allvarliga läget. Pat intuberad och sederad, ej informerad."),
    ])], ["NL101"], ["NL102"],
    "verified intracerebral haemorrhage visible while the sedated patient is not informed; wife told first")

C("s28iv_vg_hypoxisk_hjarnskada_anhoriga_forst", "vgr", "1969-03-22", "493", [
    N("n1", "IVA daganteckning", "vg_su_civa", "lak6", "2024-03-11T15:25:00", [
        ("Neurologi", "Dag 5 efter hjärtstopp utanför sjukhus. MR hjärna visar diffus hypoxisk hjärnskada i basala ganglier och cortex bilat."),
        ("Anhöriginformation", "Samtal med sambo och dotter om hjärnskadan och osäker prognos. Patienten själv har inte informerats, ligger fortfarande sederad."),
    ])], ["NL101"], [],
    "'Patienten själv har inte informerats' about a hypoxic brain injury that relatives were told")

C("s28iv_sk_preop_lungmetastaser_ej_besked", "skane", "1957-06-28", "167", [
    N("n1", "Anestesibedömning", "sk_lund_preop", "lak7", "2024-04-04T10:30:00", [
        ("Anamnes", "Inför höftprotesoperation. Rökare 40 paketår, KOL."),
        ("Utredning", "Preop DT thorax visar multipla runda förändringar bilat, radiologen beskriver lungmetastaser."),
        ("Bedömning", "Op skjuts upp. Pat har ej fått besked om lungmetastaserna, ortopeden och lungmottagningen tar det vid besök nästa vecka."),
    ], setting="öppenvård")], ["NL101"], [],
    "pre-op anaesthesia note: metastases stated, patient 'ej fått besked'")

C("s28iv_vg_dka_nydebuterad_diabetes_ej_info", "vgr", "2005-08-15", "384", [
    N("n1", "IVA daganteckning", "vg_ostra_iva", "lak8", "2024-04-18T08:50:00", [
        ("Diagnos", "Nydebuterad diabetes mellitus typ 1 med svår ketoacidos, pH 6,95, GAD-ak positiva."),
        ("Information", "Pat ännu inte informerad om diabetesdiagnosen pga sänkt medvetandegrad. Föräldrarna informerade vid ankomst."),
        ("Planering", "Insulininfusion enl PM, diabetessköterska kontaktas när pat är vakenare."),
    ])], ["NL101"], ["NL102"],
    "18-year-old with new type 1 diabetes not yet told; parents were")

C("s28iv_sk_ssk_pankreascancer_ej_info", "skane", "1947-01-09", "276", [
    N("n1", "Omvårdnadsanteckning", "sk_malmo_iva", "ssk2", "2024-05-09T21:05:00", [
        ("Omvårdnad", "Lugn kväll, sover mellan omvårdnadsåtgärderna. Smärtskattning NRS 2 i vila."),
        ("Kommunikation", "Pat frågar vad proverna visat. Enligt dr Åkesson ska pat inte informeras om pankreascancern förrän kirurgen träffat honom i morgon, hänvisat till läkarsamtalet."),
    ])], ["NL101"], [],
    "ICU nurse note: pancreatic cancer named and the patient must not be told until tomorrow")

C("s28iv_vg_tetraplegi_ej_informerad", "vgr", "2001-11-23", "159", [
    N("n1", "IVA daganteckning", "vg_su_niva", "lak9", "2024-06-14T13:10:00", [
        ("Diagnos", "Komplett ryggmärgsskada C5 (AIS A) med tetraplegi efter dykolycka, opererad med främre fusion C4-C6."),
        ("Information", "Pat har ännu inte informerats om att skadan är komplett. Föräldrar och flickvän informerade, vi väntar med beskedet tills pat är extuberad och kan kommunicera."),
    ])], ["NL101"], ["NL102"],
    "complete tetraplegia documented; the telling is deliberately postponed")

C("s28iv_sk_uva_pad_adenocarcinom_ej_underrattad", "skane", "1962-02-17", "382", [
    N("n1", "Postoperativ anteckning", "sk_ystad_uva", "lak10", "2024-07-01T16:45:00", [
        ("Postoperativt förlopp", "Vaken, stabil, smärtfri på epidural. Drän med sparsamt serosangvinöst."),
        ("Utredning", "Fryssnitt under op visade adenocarcinom i ventrikeln, kirurgen övergick till total gastrektomi."),
        ("Information", "Pat ej underrättad om cancern än, operatören informerar på avdelningen i morgon."),
    ])], ["NL101"], [],
    "post-operative unit: frozen section adenocarcinoma, 'ej underrättad'")

C("s28iv_vg_stroke_efter_cabg_ovetande", "vgr", "1951-04-05", "017", [
    N("n1", "IVA daganteckning", "vg_su_tiva", "lak11", "2024-08-06T10:00:00", [
        ("Neurologi", "Vid väckning hemipares hö och afasi. DT hjärna: akut infarkt i vä a cerebri media-område."),
        ("Bedömning", "Postoperativ ischemisk stroke dag 1 efter CABG. Trombektomi ej aktuell, neurologkonsult i dag."),
        ("Anhöriga", "Maken informerad i telefon. Pat ovetande om stroken, afasin gör samtal svårt, nytt försök i morgon."),
    ])], ["NL101"], ["NL102"],
    "'ovetande om stroken' after cardiac surgery; relative informed first")

C("s28iv_sk_hiv_ska_ej_informeras_an", "skane", "1983-10-30", "457", [
    N("n1", "IVA daganteckning", "sk_malmo_iva", "lak12", "2024-08-27T11:30:00", [
        ("Infektion", "Pneumocystis jirovecii påvisad i BAL. HIV-test positivt, CD4 40."),
        ("Information", "Pat ska inte informeras om HIV-diagnosen förrän infektionskonsulten är på plats i morgon och kan ta samtalet tillsammans med kurator."),
    ])], ["NL101"], ["NL102"],
    "HIV diagnosis visible while the note says the patient must not be told yet")

C("s28iv_vg_typo_ej_infomerad_levercirros", "vgr", "1964-12-01", "691", [
    N("n1", "IVA daganteckning", "vg_nal_iva", "lak1", "2024-09-10T14:15:00", [
        ("Utredning", "DT buk: skrumpen nodulär lever, splenomegali och ascites, bilden stämmer med levercirros."),
        ("Information", "Pat ej infomerad om cirrosen ännu, delirisk sedan i går. Hustrun informerad."),
    ])], ["NL101"], [],
    "typo case: 'ej infomerad' about liver cirrhosis")

C("s28iv_sk_misstankt_lymfom_ej_info", "skane", "1976-03-13", "338", [
    N("n1", "IVA daganteckning", "sk_hbg_iva", "lak2", "2024-10-08T09:20:00", [
        ("Utredning", "DT thorax: stor mediastinal tumör som komprimerar trakea, förstorade lymfkörtlar på halsen."),
        ("Bedömning", "Misstänkt lymfom. Biopsi av halskörtel planeras i lokalbedövning i morgon."),
        ("Information", "Pat ej informerad om misstanken, väntar in biopsisvaret."),
    ])], ["NL101", "NL102"], [],
    "hedged lymphoma in a visible section that the patient is not told about: both rules")

C("s28iv_vg_irreversibel_ischemi_underben", "vgr", "1943-07-27", "476", [
    N("n1", "Postoperativ anteckning", "vg_uddevalla_uva", "lak3", "2024-11-19T19:35:00", [
        ("Postoperativt förlopp", "Trombektomi vä a femoralis utan återställt flöde till foten."),
        ("Bedömning", "Irreversibel ischemi vä underben, amputation kommer att krävas inom några dagar."),
        ("Information", "Pat är inte informerad om detta ännu, fortfarande påverkad av narkosen. Kärlkirurgen tar samtalet i morgon bitti."),
    ])], ["NL101"], [],
    "PACU note: irreversible limb ischaemia, 'inte informerad om detta ännu'")

C("s28iv_sk_myokardit_informeras_nar_vaken", "skane", "2002-05-19", "253", [
    N("n1", "IVA daganteckning", "sk_lund_tiva", "lak4", "2024-12-03T12:25:00", [
        ("Cirkulation", "På VA-ECMO sedan 48 h. MR hjärta och myokardbiopsi: jättecellsmyokardit."),
        ("Information", "Föräldrarna informerade om diagnosen vid eftermiddagens samtal. Information till pat ges först när sederingen kan lättas."),
    ])], ["NL101"], ["NL102"],
    "confirmed giant cell myocarditis; telling the patient is explicitly deferred until sedation is lightened")

C("s28iv_vg_multinot_n1_ej_info_n2_informerad", "vgr", "1967-02-08", "125", [
    N("n1", "IVA daganteckning", "vg_boras_iva", "lak5", "2024-01-11T10:10:00", [
        ("Bedömning", "Bronkoskopi med biopsi: skivepitelcancer i hö huvudbronk, orsak till atelektasen och respiratorbehovet."),
        ("Information", "Pat intuberad och har inte fått veta diagnosen. Sonen informerad."),
    ]),
    N("n2", "IVA daganteckning", "vg_boras_iva", "lak6", "2024-01-14T11:00:00", [
        ("Aktuellt", "Extuberad i går eftermiddag, vaken och klar."),
        ("Information", "Pat informerad i dag om skivepitelcancern av undertecknad med sonen närvarande. Tog beskedet lugnt, vill träffa onkolog snarast."),
    ])], ["NL101@n1"], ["NL101@n2"],
    "the withholding note stays a finding, the later note that tells the patient is clean")

C("s28iv_sk_kurator_anhorigsamtal_pat_ej_informerad", "skane", "1958-08-01", "291", [
    N("n1", "Kuratorsanteckning", "sk_krist_iva", "kur1", "2024-02-20T14:40:00", [
        ("Samtal", "Stödsamtal med makan, som är mycket tagen av beskedet om mannens glioblastom. Hon oroar sig för hur han ska reagera."),
        ("Bedömning", "Pat själv är ännu inte informerad om glioblastomet; läkarsamtal planeras när han vaknat efter operationen. Erbjuder makan fortsatta samtal."),
    ])], ["NL101"], [],
    "counsellor note naming glioblastoma while the patient himself is not yet informed")

# ---- part 4: NL101 hard negatives
C("s28iv_sk_informerad_vid_rond", "skane", "1953-11-14", "173", [
    N("n1", "IVA daganteckning", "sk_lund_niva", "lak6", "2024-02-09T12:15:00", [
        ("Neurologi", "Aneurysmal subaraknoidalblödning Hunt-Hess 2, coilad i går. Vaken, GCS 15, huvudvärk VAS 4."),
        ("Information", "Pat informerad om blödningen och coilingen vid förmiddagens rond, frågor besvarade."),
    ])], [], ["NL101"],
    "the patient was told about the subarachnoid haemorrhage today")

C("s28iv_vg_kanner_till_diagnosen_sedan_tidigare", "vgr", "1946-04-30", "559", [
    N("n1", "Inläggningsanteckning IVA", "vg_skovde_iva", "lak7", "2024-03-01T18:20:00", [
        ("Anamnes", "Myasthenia gravis sedan 2015, känner väl till sin sjukdom och har själv noterat tilltagande sväljsvårigheter."),
        ("Bedömning", "Myasten kris med VC 1,1 l. NIV i väntan på plasmaferes."),
    ])], [], ["NL101"],
    "a known diagnosis the patient has lived with for years; no withholding")

C("s28iv_sk_ej_informerad_om_operationsdatum", "skane", "1972-09-19", "414", [
    N("n1", "Anestesibedömning", "sk_malmo_preop", "lak8", "2024-03-21T13:00:00", [
        ("Diagnos", "Rektalcancer, opereras med robotassisterad främre resektion."),
        ("Bedömning", "ASA 2, inga hinder för generell anestesi med epidural."),
        ("Planering", "Pat är ännu inte informerad om operationsdatum, kolorektalkoordinatorn ringer."),
    ], setting="öppenvård")], [], ["NL101"],
    "what is not yet told is the operation date, not the diagnosis")

C("s28iv_vg_ej_informerad_om_remissen", "vgr", "1980-06-02", "026", [
    N("n1", "Utskrivningsanteckning IVA", "vg_kungalv_iva", "lak9", "2024-04-02T15:45:00", [
        ("Sammanfattning", "Vårdad 5 dygn för lunginflammation orsakad av pneumokocker, nu utan syrgas."),
        ("Uppföljning", "Remiss till lungmottagningen för spirometri skickad. Pat ej informerad om att remissen gått iväg, avdelningen meddelar."),
    ])], [], ["NL101"],
    "only the referral being sent is untold")

C("s28iv_sk_normal_dt_hjarna_ej_informerad", "skane", "1991-01-25", "167", [
    N("n1", "IVA daganteckning", "sk_trel_iva", "lak10", "2024-04-25T10:35:00", [
        ("Utredning", "DT hjärna efter fallet: ingen blödning, ingen fraktur, inga ischemiska förändringar."),
        ("Information", "Pat ej informerad om DT-svaret ännu, sover efter nattens oro."),
    ])], [], ["NL101"],
    "an untold normal result is no diagnosis")

C("s28iv_vg_ej_informerad_om_planerad_trakeostomi", "vgr", "1955-10-10", "213", [
    N("n1", "IVA daganteckning", "vg_su_civa", "lak11", "2024-05-13T11:40:00", [
        ("Respiration", "Två misslyckade extubationsförsök pga svag hosta och sekretstagnation."),
        ("Planering", "Kirurgisk trakeostomi planeras på onsdag. Pat ej informerad om planen än, tas vid eftermiddagens väckning."),
    ])], [], ["NL101"],
    "the untold thing is a planned tracheostomy, not a diagnosis")

C("s28iv_sk_tidiga_hypoteser_mall_ej_info", "skane", "1965-12-06", "395", [
    N("n1", "Tidiga hypoteser", "sk_hbg_iva", "lak12", "2024-05-30T16:05:00", [
        ("Bedömning", "Vid MR hjärna i samband med encefalitutredningen ses även multipla periventrikulära förändringar, misstänkt MS. Pat ej informerad, tas upp av neurolog vid uppföljning."),
    ])], [], ["NL101", "NL102"],
    "Skåne: untold, hedged MS finding kept only in the Tidiga hypoteser template")

C("s28iv_vg_tidiga_hypoteser_sokord_ej_info", "vgr", "1959-07-02", "072", [
    N("n1", "IVA daganteckning", "vg_ostra_iva", "lak1", "2024-06-19T09:25:00", [
        ("Aktuellt", "Stabil natt, noradrenalin nedtrappat till 0,03."),
        ("Tidiga hypoteser", "Benmärgsbiopsi talar för myelodysplastiskt syndrom. Pat ej informerad, hematologen vill komplettera med cytogenetik först."),
        ("Information", "Pat informerad om dagens planering och att provsvar väntas."),
    ])], [], ["NL101"],
    "VGR: the untold diagnosis sits only under the sökord Tidiga hypoteser")

C("s28iv_sk_pat_informerad_dottern_ej", "skane", "1938-02-28", "484", [
    N("n1", "IVA daganteckning", "sk_krist_iva", "lak2", "2024-07-11T13:50:00", [
        ("Bedömning", "NSTEMI med trekärlssjukdom på angio, ej aktuell för CABG pga skörhet. Medicinsk behandling."),
        ("Information", "Pat informerad om hjärtinfarkten och angiosvaret och vill själv berätta för dottern, som därför inte är informerad ännu."),
    ])], [], ["NL101"],
    "the patient knows; only the daughter has not been told")

C("s28iv_vg_pat_vill_ej_att_maken_vet", "vgr", "1985-08-13", "224", [
    N("n1", "Postoperativ anteckning", "vg_molndal_uva", "lak3", "2024-07-25T18:30:00", [
        ("Postoperativt förlopp", "Laparoskopi utan komplikationer, vaken och orienterad på UVA."),
        ("Bedömning", "Perforerad salpingit bilat, klamydia påvisad i PCR tagen i dag."),
        ("Information", "Pat fått besked om fynden av operatören. Vill inte att maken informeras, vilket respekteras."),
    ])], [], ["NL101"],
    "patient informed; the spouse is deliberately not told")

C("s28iv_sk_diagnos_utan_ord_om_information", "skane", "1950-05-31", "531", [
    N("n1", "IVA daganteckning", "sk_malmo_iva", "lak3", "2024-08-13T10:50:00", [
        ("Diagnos", "Akut njursvikt KDIGO 3 med hyperkalemi, rabdomyolys efter långvarigt liggande."),
        ("Åtgärd", "CRRT via dialyskateter i hö v jugularis. Kalium 7,1 -> 5,2."),
    ])], [], ["NL101"],
    "confirmed diagnoses, nothing said about telling the patient")

C("s28iv_vg_multinot_n2_informerad_efter_extubation", "vgr", "1956-01-20", "356", [
    N("n1", "IVA daganteckning", "vg_nal_iva", "lak4", "2024-09-02T09:00:00", [
        ("Utredning", "Spinal MR: epiduralabscess Th8-Th10 med ryggmärgspåverkan, opererad i natt."),
        ("Information", "Pat sederad, ej informerad. Brodern informerad i telefon."),
    ]),
    N("n2", "IVA daganteckning", "vg_nal_iva", "lak5", "2024-09-04T10:30:00", [
        ("Aktuellt", "Extuberad, vaken och klar, känsel nedsatt från naveln och nedåt."),
        ("Information", "Har i dag gått igenom epiduralabscessen, operationen och risken för bestående bensvaghet med pat, som förstått informationen."),
    ])], [], ["NL101@n2"],
    "two-note record: the later note tells the patient; assertion on that note only")

C("s28iv_sk_anhoriga_i_gar_pat_i_dag", "skane", "1960-10-07", "159", [
    N("n1", "IVA daganteckning", "sk_hbg_iva", "lak5", "2024-09-26T14:20:00", [
        ("Bedömning", "Lungemboli bilat med högerkammarpåverkan, trombolyserad i går. Nu cirkulatoriskt stabil."),
        ("Information", "Anhöriga informerades i går kväll när pat var sederad. I dag vaken, och undertecknad har nu informerat pat om lungembolin och behandlingen."),
    ])], [], ["NL101"],
    "relatives told first while sedated, patient told today: nothing withheld any more")

C("s28iv_vg_ej_informerad_om_flytt_till_kungalv", "vgr", "1942-03-18", "590", [
    N("n1", "Omvårdnadsanteckning", "vg_su_civa", "ssk3", "2024-10-22T20:10:00", [
        ("Omvårdnad", "Vänd var tredje timme, hud intakt. Äter lite yoghurt, i övrigt sondnäring."),
        ("Planering", "Pneumoni under utläkning. Pat ej informerad om att hon ska flyttas till Kungälv i morgon, ansvarig läkare informerar vid rond."),
    ])], [], ["NL101"],
    "the untold fact is a transfer to another hospital")

C("s28iv_sk_negativa_odlingar_ej_meddelat", "skane", "1987-06-24", "286", [
    N("n1", "Telefonanteckning", "sk_lund_iva", "ssk4", "2024-11-07T13:25:00", [
        ("Telefonkontakt", "Mikrobiologen ringer: blododlingarna från 4/11 negativa efter 5 dygn."),
        ("Åtgärd", "Pat ej meddelad, dr Persson informeras för ställningstagande till antibiotikaduration."),
    ])], [], ["NL101"],
    "negative blood cultures untold; no diagnosis at all in the note")

# ---- part 5: pre-operative anaesthesia and post-operative care, NL102
C("s28iv_sk_preop_misstankt_somnapne", "skane", "1967-04-11", "415", [
    N("n1", "Preoperativ bedömning", "sk_lund_preop", "lak6", "2024-01-16T14:10:00", [
        ("Anamnes", "Inför gastric sleeve. BMI 46. Snarkar kraftigt, sambon beskriver andningsuppehåll nattetid. Dagtrötthet."),
        ("Luftväg", "Mallampati III, halsomfång 47 cm, STOP-BANG 6."),
        ("Bedömning", "Misstänkt obstruktiv sömnapné, obehandlad. ASA 3."),
        ("Planering", "Remiss för sömnregistrering före op. Postop övervakning på IVA-platsen första natten."),
    ], setting="öppenvård")], ["NL102"], [],
    "pre-op assessment: suspected untreated obstructive sleep apnoea")

C("s28iv_vg_preop_mojlig_butyrylkolinesterasbrist", "vgr", "1978-09-27", "236", [
    N("n1", "Anestesiologisk bedömning", "vg_molndal_preop", "lak7", "2024-02-05T10:20:00", [
        ("Tidigare anestesier", "Blindtarmsoperation 2019 i Borås: vaknade inte som väntat, låg kvar intuberad 3 h efter suxameton."),
        ("Bedömning", "Möjlig butyrylkolinesterasbrist. Prov för enzymaktivitet och genotyp skickat."),
        ("Anestesiform", "Undvik suxameton och mivakurium. Rokuronium med sugammadex som reversering."),
    ], setting="öppenvård")], ["NL102"], [],
    "'Möjlig' before an enzyme deficiency diagnosis in a VGR pre-op assessment")

C("s28iv_sk_preop_hba1c_ev_diabetes", "skane", "1961-12-22", "158", [
    N("n1", "Preoperativ bedömning", "sk_malmo_preop", "lak9", "2024-02-22T11:35:00", [
        ("Lab", "Hb 141, krea 78, HbA1c 54 mmol/mol (ingen känd diabetes)."),
        ("Bedömning", "Ev. diabetes typ 2, ej tidigare känt. Opereras som planerat med glukoskontroller perioperativt."),
        ("Åtgärd", "Pat uppmanas kontakta sin vårdcentral för nytt HbA1c och fasteglukos efter operationen."),
    ], setting="öppenvård")], ["NL102"], [],
    "'Ev.' placed before a diagnosis, not before a plan")

C("s28iv_vg_uva_trol_anafylaxi_rokuronium", "vgr", "1970-03-08", "064", [
    N("n1", "Postoperativ anteckning", "vg_uddevalla_uva", "lak8", "2024-03-12T13:15:00", [
        ("Perioperativt", "Vid induktion urtikaria över bålen, BT 60/30 och bronkospasm inom 3 minuter efter rokuronium. Adrenalin 0,1 mg iv x 3 med god effekt, op ställdes in."),
        ("Bedömning", "Trol. anafylaxi mot rokuronium. Tryptas taget 1 och 4 h efter reaktionen."),
        ("Planering", "Övervakas på UVA över natten. Remiss till allergologen för utredning."),
    ])], ["NL102"], [],
    "peri-operative suspected anaphylaxis in a PACU note")

C("s28iv_sk_uva_ev_illamaende_symptom", "skane", "1994-11-30", "428", [
    N("n1", "Omvårdnadsanteckning", "sk_angel_uva", "ssk5", "2024-03-26T12:40:00", [
        ("Postoperativt", "Knäartroskopi i spinal. Ev. lätt illamående vid första mobiliseringen, fått ondansetron 4 mg."),
        ("Utskrivning", "Trolig hemgång kl 15 om pat klarat att kissa. Make hämtar."),
    ])], [], ["NL102"],
    "hedged nausea (a symptom) and a hedged discharge time, day surgery PACU")

C("s28iv_vg_preop_morbror_misstankt_porfyri", "vgr", "1992-01-04", "282", [
    N("n1", "Anestesiologisk bedömning", "vg_ostra_preop", "lak10", "2024-04-09T09:45:00", [
        ("Hereditet", "Morbror misstänks ha akut intermittent porfyri, har haft upprepade buksmärteattacker, aldrig utredd fullt ut."),
        ("Bedömning", "Pat själv utan symtom. Vi väljer porfyrisäkra läkemedel för säkerhets skull: propofol, fentanyl, rokuronium."),
    ], setting="öppenvård")], [], ["NL102"],
    "a relative's suspected porphyria; the patient has no hedged diagnosis")

C("s28iv_sk_preop_kol_faststalld", "skane", "1949-08-18", "577", [
    N("n1", "Anestesibedömning", "sk_lund_preop", "lak11", "2024-04-24T15:05:00", [
        ("Diagnos", "KOL GOLD 3, spirometriverifierad 2021. Hypertoni. Förmaksflimmer med apixaban."),
        ("Bedömning", "ASA 3. Regional anestesi föredras: plexus brachialis-blockad för handledsoperationen."),
    ], setting="öppenvård")], [], ["NL102"],
    "pre-op note with spirometry-verified COPD and other confirmed diagnoses only")

C("s28iv_vg_preop_inga_tecken_pa_hjartsvikt", "vgr", "1944-05-15", "314", [
    N("n1", "Anestesiologisk bedömning", "vg_molndal_preop", "lak12", "2024-05-07T10:55:00", [
        ("Status", "Cor: RR, inga blåsljud. Inga ödem. Pulm: vesikulärt bilat. NT-proBNP 180."),
        ("Bedömning", "Inga tecken på hjärtsvikt trots andfåddheten, som bedöms som kondition. Godkänd för höftprotes i spinal."),
    ], setting="öppenvård")], [], ["NL102"],
    "negated heart failure in a pre-op assessment")

C("s28iv_sk_uva_kan_inte_utesluta_perforation", "skane", "1952-10-29", "391", [
    N("n1", "Postoperativ anteckning", "sk_hlm_uva", "lak1", "2024-05-21T17:50:00", [
        ("Postoperativt förlopp", "ERCP med papillotomi i narkos. På UVA tilltagande buksmärta, feber 38,4, lätt muskelförsvar i epigastriet."),
        ("Bedömning", "Kan inte utesluta duodenal perforation efter papillotomin. DT buk med peroral kontrast akut."),
    ])], ["NL102"], [],
    "'Kan inte utesluta' (variant of kan ej uteslutas) after ERCP in the recovery unit")

C("s28iv_vg_uva_typo_misstank_pneumothorax", "vgr", "1963-06-06", "410", [
    N("n1", "Postoperativ anteckning", "vg_molndal_uva", "lak2", "2024-06-10T14:30:00", [
        ("Aktuellt", "CVK lagd i vä v subclavia peroperativt, svårt stick med flera försök."),
        ("Status", "SpO2 92 % på 4 l, nedsatta andningsljud vä apikalt."),
        ("Bedömning", "Misstänk pneumothorax vä. Lungröntgen akut på salen."),
    ])], ["NL102"], [],
    "typo case: 'Misstänk' for Misstänkt, pneumothorax after a central line")

C("s28iv_sk_pmo_vc_preop_misstankt_angina", "skane", "1956-02-14", "237", [
    N("n1", "Läkaranteckning", "sk_vc_falad", "lak3", "2024-06-25T08:40:00", [
        ("Aktuellt", "Preoperativ bedömning på begäran av ortopeden inför knäprotes."),
        ("Bedömning", "Ansträngningsutlöst tryck i bröstet senaste halvåret. Misstänkt stabil angina pectoris, remiss för arbetsprov innan op kan planeras."),
    ], system="PMO", setting="öppenvård")], [], ["NL102"],
    "PMO primary care note: hedged angina never shown as a diagnosis in PMO")

C("s28iv_vg_preop_dd_hypertrofisk_kardiomyopati", "vgr", "1987-11-11", "133", [
    N("n1", "Anestesiologisk bedömning", "vg_ostra_preop", "lak4", "2024-07-03T13:20:00", [
        ("Status", "Systoliskt blåsljud 3/6 som ökar vid Valsalva. EKG med vänsterkammarhypertrofi."),
        ("Bedömning", "DD hypertrofisk obstruktiv kardiomyopati. UCG före elektiv op, annars risk vid vasodilatation och takykardi."),
    ], setting="öppenvård")], ["NL102"], [],
    "'DD' before a single candidate diagnosis in a pre-op note")

C("s28iv_sk_uva_trolig_hemgang_efter_dagkirurgi", "skane", "1999-09-01", "350", [
    N("n1", "Postoperativ anteckning", "sk_angel_uva", "lak5", "2024-07-17T11:15:00", [
        ("Postoperativt förlopp", "Laparoskopisk appendektomi för perforerad appendicit, i sövning utan anmärkning."),
        ("Planering", "Trolig hemgång i morgon. Eventuellt peroral antibiotika 5 dagar enl kirurgen."),
    ])], [], ["NL102"],
    "confirmed appendicitis plus hedged plans only")

C("s28iv_vg_preop_oklart_om_aortastenos", "vgr", "1939-12-19", "579", [
    N("n1", "Anestesiologisk bedömning", "vg_su_civa", "lak6", "2024-08-07T09:15:00", [
        ("Aktuellt", "Akut preop-bedömning inför höftfrakturoperation. Synkope i samband med fallet."),
        ("Status", "Ejektionsblåsljud 3/6 med utstrålning till halsen."),
        ("Bedömning", "Oklart om det föreligger signifikant aortastenos, bedside-UCG av narkosläkare visar förkalkad klaff. Spinal med låg dos och artärnål."),
    ])], ["NL102"], [],
    "'Oklart om det föreligger' hedges aortic stenosis")

C("s28iv_sk_preop_fragestallning_pulmonell_hypertension", "skane", "1958-03-03", "268", [
    N("n1", "Preoperativ bedömning", "sk_malmo_preop", "lak7", "2024-08-29T14:25:00", [
        ("Utredning", "UCG: vidgad högerkammare, TR-gradient 58 mmHg."),
        ("Bedömning", "Frågeställning pulmonell hypertension. Ej lämplig för elektiv op innan högerkateterisering gjorts."),
    ], setting="öppenvård")], ["NL102"], [],
    "'Frågeställning' before a diagnosis in a pre-op note")

# ---- part 6: paediatric ICU, PMO after ICU, neuro-ICU, look-alike hedges
C("s28iv_sk_biva_misstankt_pertussis", "skane", "2024-01-20", "482", [
    N("n1", "IVA daganteckning", "sk_lund_biva", "lak8", "2024-03-04T10:05:00", [
        ("Aktuellt", "6 veckor gammal flicka med apnéer och cyanosattacker i samband med hostparoxysmer. Ovaccinerad, storasyster hostar sedan 3 veckor."),
        ("Lab", "LPK 38, lymfocytos."),
        ("Bedömning", "Misstänkt pertussis. Nasofarynxaspirat för PCR skickat, azitromycin insatt."),
    ])], ["NL102"], [],
    "infant in the paediatric ICU, suspected pertussis visible to the guardians")

C("s28iv_vg_biva_rs_bronkiolit_verifierad", "vgr", "2023-10-02", "193", [
    N("n1", "IVA daganteckning", "vg_biva", "lak9", "2024-01-08T11:25:00", [
        ("Diagnos", "RS-virusbronkiolit, PCR-verifierad."),
        ("Respiration", "HFNC 2 l/kg/min, FiO2 0,35, indragningar jugulärt. Sondmatas."),
        ("Planering", "Trappa ned HFNC när FiO2 under 0,3."),
    ])], [], ["NL102"],
    "infant with PCR-verified RSV bronchiolitis, nothing hedged")

C("s28iv_sk_biva_pappa_trol_epilepsi", "skane", "2016-05-12", "571", [
    N("n1", "Inskrivningsanteckning IVA", "sk_lund_biva", "lak10", "2024-02-13T19:30:00", [
        ("Anamnes", "7-årig pojke med feberkramp i småbarnsåren. I dag status epilepticus som bröts med midazolam och fosfenytoin. Hereditet: pappan har trol. epilepsi, anfall i tonåren, aldrig utredd."),
        ("Bedömning", "Status epilepticus hos tidigare frisk pojke. EEG och MR hjärna i morgon."),
    ])], [], ["NL102"],
    "the hedged epilepsy is the father's; the child's status epilepticus is stated")

C("s28iv_vg_biva_mojlig_hsv_encefalit", "vgr", "2019-07-07", "240", [
    N("n1", "IVA daganteckning", "vg_biva", "lak11", "2024-03-20T09:10:00", [
        ("Neurologi", "Feber, fokala kramper hö arm och sänkt medvetande sedan 2 dygn."),
        ("Utredning", "LP: 85 mononukleära celler. MR: signalförändring vä temporallob."),
        ("Bedömning", "Möjlig HSV-encefalit. Aciklovir iv insatt, PCR i likvor väntas."),
    ])], ["NL102"], [],
    "child in the paediatric ICU: 'Möjlig' encephalitis")

C("s28iv_sk_pmo_hemsjukvard_trol_ny_pneumoni", "skane", "1936-11-05", "396", [
    N("n1", "Hemsjukvårdsanteckning", "sk_hsv_eslov", "ssk6", "2024-04-03T14:20:00", [
        ("Aktuellt", "Hembesök. Utskriven från IVA Lund för två veckor sedan efter respiratorvård."),
        ("Status", "Temp 38,2, SpO2 89 % i vila, rosslig andning."),
        ("Bedömning", "Trol. ny pneumoni. Kontakt med dr på vårdcentralen som ordinerar CRP och besök i morgon."),
    ], system="PMO", setting="hemsjukvård")], [], ["NL102"],
    "PMO home-care note after ICU discharge: hedged pneumonia not shown")

C("s28iv_sk_pmo_vc_misstankt_ptsd_efter_iva", "skane", "1974-08-09", "182", [
    N("n1", "Läkaranteckning", "sk_vc_sorgenfri", "lak12", "2024-04-30T15:15:00", [
        ("Anamnes", "Vårdades 12 dygn på IVA i Malmö i februari för septisk chock. Sedan dess mardrömmar om respiratortiden och undviker sjukhus."),
        ("Bedömning", "Misstänkt PTSD efter intensivvården. PCL-5 ifylld, 52 poäng. Remiss till IVA-uppföljningsmottagning och psykolog."),
    ], system="PMO", setting="öppenvård")], [], ["NL102"],
    "PMO primary care note, post-ICU follow-up with hedged PTSD")

C("s28iv_sk_biva_kawasaki_kan_ej_uteslutas", "skane", "2021-02-14", "356", [
    N("n1", "IVA daganteckning", "sk_lund_biva", "lak1", "2024-05-14T13:40:00", [
        ("Aktuellt", "Feber 6 dygn, konjunktivit, röda spruckna läppar, ödem på händerna. Hypotension kräver noradrenalin."),
        ("Bedömning", "Kawasakis sjukdom med chock kan ej uteslutas, alternativt MIS-C. Barnkardiolog gör UCG i dag."),
    ])], ["NL102"], [],
    "paediatric ICU, 'kan ej uteslutas' plus 'alternativt' for two candidate diagnoses")

C("s28iv_vg_biva_ev_ater_till_avdelning", "vgr", "2022-09-27", "410", [
    N("n1", "Omvårdnadsanteckning", "vg_biva", "ssk1", "2024-05-28T20:45:00", [
        ("Omvårdnad", "Lugn kväll, mamma sover inne. Äter bra på flaska, 120 ml per mål."),
        ("Planering", "Ev. åter till avd 334 i morgon. Eventuellt byte från HFNC till grimma under natten."),
    ])], [], ["NL102"],
    "children's ICU nurse note with hedged plans only")

C("s28iv_sk_niva_misstankt_vasospasm", "skane", "1966-09-14", "464", [
    N("n1", "IVA daganteckning", "sk_lund_niva", "lak2", "2024-06-05T08:55:00", [
        ("Neurologi", "Dag 7 efter aneurysmal SAB. I natt ny pares hö arm och ökad förvirring."),
        ("Utredning", "TCD: flödeshastighet 190 cm/s i vä a cerebri media."),
        ("Bedömning", "Misstänkt symtomgivande vasospasm. DT-perfusion och angio, ev. intraarteriell behandling."),
    ])], ["NL102"], [],
    "neuro-ICU day-7 suspected vasospasm after subarachnoid haemorrhage")

C("s28iv_vg_niva_ingen_misstanke_om_reblodning", "vgr", "1977-12-30", "276", [
    N("n1", "IVA daganteckning", "vg_su_niva", "lak3", "2024-06-18T10:40:00", [
        ("Neurologi", "Huvudvärken tilltog i natt. Kontroll-DT utan ny blödning, oförändrad ventrikelstorlek."),
        ("Bedömning", "Ingen misstanke om reblödning. Smärtan behandlas med paracetamol och oxykodon."),
    ])], [], ["NL102"],
    "negated rebleeding in the neuro-ICU")

C("s28iv_sk_typo_ingen_missanke_om_kompartment", "skane", "1990-04-22", "537", [
    N("n1", "IVA daganteckning", "sk_malmo_iva", "lak4", "2024-07-09T11:10:00", [
        ("Status", "Underbenen mjuka, ingen passiv töjningssmärta, palpabla fotpulsar bilat."),
        ("Bedömning", "Ingen missanke om kompartmentsyndrom efter traumat. Fortsatta kontroller var 4:e timme."),
    ])], [], ["NL102"],
    "typo case in the negation: 'Ingen missanke om' still negates")

C("s28iv_vg_trol_smartpaverkad_mojligen_kontaktbar", "vgr", "1947-10-03", "153", [
    N("n1", "Omvårdnadsanteckning", "vg_skovde_iva", "ssk2", "2024-07-22T06:20:00", [
        ("Omvårdnad", "Grimaserar vid vändning, trol. smärtpåverkad, extra fentanyl 50 mikrog given."),
        ("Neurologi", "Möjligen något mer kontaktbar i morse, öppnar ögonen på tilltal. RASS -2."),
    ])], [], ["NL102"],
    "hedges on pain and level of contact, neither a diagnosis")

C("s28iv_sk_misstankt_hemolyserat_prov", "skane", "1982-01-17", "218", [
    N("n1", "IVA daganteckning", "sk_trel_iva", "lak5", "2024-08-01T07:50:00", [
        ("Lab", "Kalium 6,4 i morgonprovet utan EKG-förändringar. Misstänkt hemolyserat prov, taget ur perifer infart med stas."),
        ("Åtgärd", "Nytt prov ur artärnålen: kalium 4,2."),
    ])], [], ["NL102"],
    "the suspicion is about a haemolysed blood sample, not about a disease")

C("s28iv_vg_tublage_misstankt_for_djupt", "vgr", "1995-02-24", "317", [
    N("n1", "IVA daganteckning", "vg_boras_iva", "lak6", "2024-08-15T12:05:00", [
        ("Respiration", "Tubläget misstänkt för djupt, rtg pulm visar tubspetsen strax ovan carina. Dras tillbaka 2 cm till 22 cm vid tandraden."),
        ("Bedömning", "Stabil efter trafikolyckan, multipla revbensfrakturer hö och lungkontusion."),
    ])], [], ["NL102"],
    "suspected deep tube position is a device finding, not a diagnosis")

C("s28iv_sk_epikris_lang_trol_cip", "skane", "1953-06-09", "413", [
    N("n1", "Epikris", "sk_lund_iva", "lak6", "2024-09-12T14:35:00", [
        ("Vårdtid", "IVA Lund 14/8-12/9 2024."),
        ("Diagnoser", "Septisk chock utgående från pneumoni orsakad av Streptococcus pneumoniae. ARDS. Akut njursvikt, dialyskrävande under 10 dygn."),
        ("Förlopp", "Inkom via akuten med andningssvikt och hypotension, intuberad samma dygn. Krävde bukläge 4 omgångar och noradrenalin i en vecka. Trakeostomerad dag 11, urdekanylerad dag 26. CRRT dag 2-11, därefter återhämtad njurfunktion, krea 104 vid utskrivning. Långdragen väckning med uttalad svaghet."),
        ("Bedömning", "Svagheten bedöms som trol. critical illness polyneuropati, ENeG ej gjord. Delirium under vårdtiden, nu klingat av."),
        ("Uppföljning", "IVA-uppföljningsmottagning om 3 mån. Fysioterapi på avd 14."),
    ], signed=None)], ["NL102"], [],
    "long ICU discharge summary with many confirmed diagnoses and one hedged polyneuropathy; unsigned")

# ---- part 7: more NL101 (future telling, nurses, later notes) and typo hedges
C("s28iv_vg_terminal_njursvikt_ej_info_sedering", "vgr", "1952-07-12", "418", [
    N("n1", "IVA daganteckning", "vg_alingsas_iva", "lak7", "2024-01-29T13:35:00", [
        ("Njurar", "Anuri sedan 3 veckor trots återställd cirkulation. Njurbiopsi: kortikal nekros bilat."),
        ("Bedömning", "Terminal njursvikt, kommer att bli beroende av dialys."),
        ("Information", "Pat ej informerad pga fortsatt sedering. Dottern känner till läget."),
    ])], ["NL101"], [],
    "end-stage renal failure stated, patient not informed because still sedated")

C("s28iv_sk_preop_njurcancer_pa_dt_ej_info", "skane", "1963-05-04", "315", [
    N("n1", "Anestesibedömning", "sk_lund_preop", "lak8", "2024-02-15T10:50:00", [
        ("Aktuellt", "Planeras för ryggsteloperation L4-L5."),
        ("Utredning", "På preop DT-angio aorta ses en 5 cm stor kontrastuppladdande tumör i vä njure, radiologiskt njurcellscancer."),
        ("Information", "Pat ej informerad om njurcancern. Urologen kontaktad, tar beskedet på mottagningen i nästa vecka."),
    ], setting="öppenvård")], ["NL101"], [],
    "incidental renal cell carcinoma at pre-op imaging, patient not told")

C("s28iv_vg_ej_informerad_om_tid_for_ucg", "vgr", "1971-10-16", "233", [
    N("n1", "IVA daganteckning", "vg_kungalv_iva", "lak9", "2024-02-26T12:20:00", [
        ("Diagnos", "Förmaksflimmer med snabbt kammarsvar, konverterat med amiodaron."),
        ("Planering", "UCG bokad på fredag. Pat ej informerad om tiden, avdelningen tar det."),
    ])], [], ["NL101"],
    "the untold item is an appointment time")

C("s28iv_sk_informeras_i_morgon_av_onkolog", "skane", "1948-12-28", "292", [
    N("n1", "IVA daganteckning", "sk_krist_iva", "lak9", "2024-03-18T16:00:00", [
        ("Utredning", "MR hjärna pga långsam väckning: fyra metastaser supratentoriellt, primärtumör oklar."),
        ("Information", "Pat kommer att informeras om hjärnmetastaserna i morgon av onkologen. Hustrun vet."),
    ])], ["NL101"], [],
    "telling is planned for tomorrow, so the patient has not been told yet")

C("s28iv_vg_informerad_i_gar_av_kirurgen", "vgr", "1960-02-09", "335", [
    N("n1", "IVA daganteckning", "vg_ostra_iva", "lak10", "2024-04-01T09:35:00", [
        ("Aktuellt", "Dag 2 efter Whipples operation för pankreashuvudcancer. Vaken, mobiliserad till stol."),
        ("Information", "Informerades i går av kirurgen om PAD och vidare onkologisk behandling."),
    ])], [], ["NL101"],
    "told yesterday by the surgeon")

C("s28iv_sk_ssk_hjartinfarkt_ej_delgiven", "skane", "1945-06-21", "144", [
    N("n1", "Omvårdnadsanteckning", "sk_hbg_iva", "ssk3", "2024-04-15T23:40:00", [
        ("Cirkulation", "Sinusrytm 78, BT 128/70. Ingen bröstsmärta under kvällen."),
        ("Kommunikation", "Hjärtinfarkten bekräftad av kardiologen under eftermiddagen men ännu inte delgiven pat, som sovit mest. Läkare informerar vid morgonronden."),
    ])], ["NL101"], [],
    "ICU night nurse: confirmed infarction 'ännu inte delgiven pat'")

C("s28iv_vg_mrsa_pat_informerad_anhoriga_ej", "vgr", "1939-09-08", "397", [
    N("n1", "Omvårdnadsanteckning", "vg_nal_iva", "ssk4", "2024-05-02T14:55:00", [
        ("Infektion", "MRSA påvisad i screeningodling från näsa och perineum, isolering enligt basala rutiner."),
        ("Information", "Pat informerad om MRSA-fyndet och smittskyddsreglerna. Anhöriga ej informerade än, pat vill berätta själv."),
    ])], [], ["NL101"],
    "patient informed about MRSA, relatives not yet")

C("s28iv_sk_troponin_negativt_ej_meddelat", "skane", "1968-03-27", "458", [
    N("n1", "Postoperativ anteckning", "sk_hlm_uva", "lak10", "2024-05-16T15:30:00", [
        ("Postoperativt förlopp", "Bröstobehag på UVA efter kolecystektomin. EKG utan ischemi."),
        ("Lab", "Troponin T 9 och 11 ng/l med 3 h intervall."),
        ("Bedömning", "Hjärtinfarkt kan uteslutas. Pat ej meddelad provsvaren ännu, sover."),
    ])], [], ["NL101", "NL102"],
    "normal troponins untold; myocardial infarction is ruled out")

C("s28iv_vg_n1_ej_info_senare_informerad", "vgr", "1955-04-19", "276", [
    N("n1", "IVA daganteckning", "vg_su_civa", "lak11", "2024-06-07T10:15:00", [
        ("Bedömning", "Cytologi från pleuravätskan: malignt mesoteliom. Orsak till den stora pleuraeffusionen."),
        ("Information", "Pat har inte informerats ännu, ligger kvar i respirator. Hustrun informerad."),
    ]),
    N("n2", "Omvårdnadsanteckning", "vg_su_civa", "ssk5", "2024-06-09T16:00:00", [
        ("Kommunikation", "Pat nu extuberad. Har fått beskedet om mesoteliomet av dr Nowak i eftermiddag med hustrun närvarande, ledsen men samlad."),
    ])], ["NL101@n1"], [],
    "a later note telling the patient does not clear the earlier withholding note")

C("s28iv_sk_typo_ej_informerd_ischemisk_kolit", "skane", "1942-11-15", "530", [
    N("n1", "IVA daganteckning", "sk_malmo_iva", "lak11", "2024-06-20T11:45:00", [
        ("Bedömning", "Relaparotomi i natt: transmural ischemisk kolit i vä kolon, Hartmanns operation utförd."),
        ("Information", "Pat ej informerd om fynden eller stomin, sederad. Sonen informerad i natt av operatören."),
    ])], ["NL101"], [],
    "typo case: 'ej informerd' about ischaemic colitis")

C("s28iv_vg_ej_info_om_mr_svar_dx_bara_i_tidiga", "vgr", "1981-07-30", "042", [
    N("n1", "IVA daganteckning", "vg_su_niva", "lak12", "2024-07-04T13:05:00", [
        ("Neurologi", "Vaken, GCS 15, inga nya kramper sedan i går. Ingen pares."),
        ("Tidiga hypoteser", "MR visar en ringformig uppladdande process hö frontalt, misstänkt gliom. Neurokirurg granskar bilderna."),
        ("Information", "Pat ej informerad om MR-svaret ännu."),
    ])], [], ["NL101"],
    "the visible line says only 'MR answer not told'; the untold diagnosis is kept under Tidiga hypoteser")

C("s28iv_sk_typo_misstakt_spondylodiskit", "skane", "1957-01-31", "371", [
    N("n1", "IVA daganteckning", "sk_hbg_iva", "lak12", "2024-07-23T10:25:00", [
        ("Infektion", "S. aureus i 4/4 blododlingar, ryggsmärta i ländryggen, ingen känd fokus."),
        ("Bedömning", "Misstäkt spondylodiskit L3-L4. MR ländrygg i dag, TEE för att utesluta endokardit."),
    ])], ["NL102"], [],
    "typo case: 'Misstäkt' hedging spondylodiscitis")

C("s28iv_vg_typo_differntialdiagnos_ttp", "vgr", "1989-09-17", "428", [
    N("n1", "IVA daganteckning", "vg_skovde_iva", "lak1", "2024-08-19T15:50:00", [
        ("Lab", "Trombocyter 12, schistocyter i utstryk, LD 2100, haptoglobin ej mätbart."),
        ("Bedömning", "Differntialdiagnos TTP vs atypiskt HUS. ADAMTS13 skickat, plasmaferes startas i avvaktan."),
    ])], ["NL102"], [],
    "typo case: 'Differntialdiagnos' before thrombotic microangiopathies")

C("s28iv_sk_typo_mojig_myokardit", "skane", "1997-12-05", "131", [
    N("n1", "Läkaranteckning", "sk_lund_tiva", "lak2", "2024-09-09T09:40:00", [
        ("Aktuellt", "Bröstsmärta och ST-höjningar i flera avledningar en vecka efter förkylning. Normal koronarangiografi."),
        ("Bedömning", "Möjig myokardit, MR hjärta bokad. Troponin följs var 6:e timme."),
    ])], ["NL102"], [],
    "typo case: 'Möjig' for Möjlig")

C("s28iv_vg_typo_lungemboli_kan_utesutas", "vgr", "1976-04-28", "215", [
    N("n1", "IVA daganteckning", "vg_boras_iva", "lak2", "2024-10-01T11:55:00", [
        ("Utredning", "DT-angio lungartärer utan fyllnadsdefekter. D-dimer var förhöjt efter operationen."),
        ("Bedömning", "Lungemboli kan utesutas. Takykardin förklaras av blödningen från dränet, Hb 78, erytrocyter ges."),
    ])], [], ["NL102"],
    "typo case in a negation: 'kan utesutas' still means ruled out")

# ---- part 8: long multi-section charts and remaining hedge forms
C("s28iv_sk_long_inskrivning_trauma_utan_hedgad_diagnos", "skane", "1986-02-03", "571", [
    N("n1", "Inskrivningsanteckning IVA", "sk_malmo_iva", "lak3", "2024-10-11T03:20:00", [
        ("Orsak till inläggning", "Högenergitrauma, MC mot bil ca 70 km/h. Traumalarm på akuten, nu postop efter laparotomi."),
        ("Anamnes", "Tidigare frisk, inga läkemedel, ingen känd överkänslighet. Arbetar som snickare, bor med sambo och två barn. Rökare, alkohol enl sambo måttligt."),
        ("Skador", "Mjältruptur grad IV, splenektomerad. Revbensfrakturer hö 4-8 med fladderbröst, hemothorax hö dränerad. Öppen underbensfraktur vä, yttre fixation av ortopeden. DT hjärna och halsrygg utan skelettskada eller blödning."),
        ("Status", "AT: sederad propofol/remifentanil, RASS -4. Resp: VC-läge, TV 450, PEEP 10, FiO2 0,45, SpO2 97 %. Cirk: sinusrytm 104, BT 112/64 på noradrenalin 0,06. Buk: mjuk, förband torrt. Extr: fotpuls vä palpabel, varm fot. Hud: skrubbsår vä sida."),
        ("Lab", "Hb 92 efter 6 E erytrocyter och 4 E plasma. Laktat 2,8. INR 1,3. Fibrinogen 1,9."),
        ("Bedömning", "Multitrauma med blödningschock, nu stabiliserad. Inga tecekn på pågående blödning, ingen intrakraniell skada. Fladderbröstet kräver fortsatt ventilatorstöd."),
        ("Planering", "Eventuellt revbensfixation med thoraxkirurg i veckan. Ev. väckning i morgon eftermiddag om cirkulationen tillåter. Vaccination efter splenektomi innan utskrivning. Anhöriga informerade av traumaledaren i natt."),
    ], signed=110)], [], ["NL102"],
    "long admission chart: only confirmed injuries, a typo'd negation ('Inga tecekn på') and hedged plans")

C("s28iv_vg_long_daganteckning_susp_kolecystit_i_status", "vgr", "1951-08-26", "239", [
    N("n1", "IVA daganteckning", "vg_su_civa", "lak4", "2024-10-24T11:40:00", [
        ("Sammanfattning", "Vårddygn 9. Inlagd för pneumokocksepsis med ARDS, förbättrad, extuberad dag 6."),
        ("Respiration", "HFNC 40 l/min, FiO2 0,35. AF 20, SpO2 95 %. Hostar upp segt vitt sekret, fysioterapeut två gånger dagligen."),
        ("Cirkulation", "Sinusrytm 88, BT 134/72 utan vasopressor. Diures 1,6 l senaste dygnet, vätskebalans -800."),
        ("Status", "Vaken, orienterad. Buk: ömhet och muskelförsvar under hö arcus, positivt Murphys tecken. Ej ikterisk. Susp. akalkylös kolecystit."),
        ("Lab", "CRP stigande 62 -> 140, bilirubin 28, ALP 3,1, LPK 15,4."),
        ("Nutrition", "Sondnäring 1500 kcal, tolererar väl. Provar flytande kost i morgon."),
        ("Planering", "UL lever/gallvägar i dag. Kirurgkonsult. Fortsatt antibiotika enligt pneumokockresistens. Mobilisering till stol x 2."),
    ])], ["NL102"], [],
    "long daily chart where the only hedge is 'Susp.' hidden in the Status section")

C("s28iv_vg_long_preop_differentialdiagnos_feokromocytom", "vgr", "1974-01-13", "350", [
    N("n1", "Anestesiologisk bedömning", "vg_ostra_preop", "lak5", "2024-11-06T13:50:00", [
        ("Aktuellt", "Inför laparoskopisk adrenalektomi vä, binjureförändring 4 cm upptäckt vid DT för njursten."),
        ("Anamnes", "Hypertoni sedan 2 år med tre läkemedel. Anfall av hjärtklappning, huvudvärk och svettningar, ibland flera gånger i veckan. Inga tidigare narkoser. Ingen hereditet för endokrin sjukdom."),
        ("Status", "Längd 178, vikt 81. BT 168/104 hö arm, puls 96. Mallampati I, god gapförmåga, full nackrörlighet. Cor: RR utan blåsljud. Pulm: ua."),
        ("Lab", "P-metoxikatekolaminer förhöjda, normetanefrin 3 ggr övre referensvärdet. Hb 152, krea 81."),
        ("Bedömning", "Differentialdiagnos feokromocytom vs katekolaminproducerande paragangliom, med de förhöjda metanefrinerna bör adrenalektomin förberedas som vid feokromocytom. ASA 3."),
        ("Anestesiform", "Generell anestesi med artärnål före induktion, två grova infarter, CVK. Magnesium och nitroprussid tillgängligt, noradrenalin efter avklämning av binjurevenen."),
        ("Planering", "Alfablockad med fenoxibensamin i minst 10-14 dagar före op, mål BT under 130/80 sittande. Postop IVA-plats bokad."),
    ], setting="öppenvård")], ["NL102"], [],
    "long pre-op assessment with 'Differentialdiagnos' spelled out")

C("s28iv_sk_long_uva_overrapportering_utan_hedgad_diagnos", "skane", "1959-09-24", "498", [
    N("n1", "Postoperativ anteckning", "sk_ystad_uva", "ssk6", "2024-11-20T17:15:00", [
        ("Överrapportering", "Från op-ssk: robotassisterad radikal prostatektomi för prostatacancer Gleason 4+3, 4 h op-tid, blödning 300 ml."),
        ("Anestesi", "Generell anestesi, sevofluran/remifentanil. Rokuronium reverserat med sugammadex. PONV-profylax given."),
        ("Status vid ankomst", "Vaken, RASS 0. AF 14, SpO2 96 % på 2 l. BT 138/82, puls 72. Temp 36,4. KAD med ljus urin. Buk mjuk, förband torra."),
        ("Förlopp på UVA", "Smärta NRS 5 efter 30 min, oxykodon 3 mg iv x 2 med god effekt. Lätt yrsel vid höjd huvudända. Inga tecken på blödning eller urinläckage från förbanden."),
        ("Bedömning", "Stabil postoperativt. Ingen misstanke om nervskada i benen efter det långa Trendelenburgläget, rör fötter och ben normalt."),
        ("Planering", "Trolig överflyttning till urologavdelningen efter kl 19. Ev. extra smärtlindring i natt enl ordination."),
    ])], [], ["NL102"],
    "long PACU handover: confirmed cancer, negated complications and hedged plans")

C("s28iv_vg_long_ivaepikris_aml_ej_informerad", "vgr", "1964-06-30", "263", [
    N("n1", "Epikris", "vg_ostra_iva", "lak6", "2024-12-05T15:25:00", [
        ("Vårdtid", "IVA Östra 26/11-5/12 2024, överflyttas till hematologen."),
        ("Diagnoser", "Akut myeloisk leukemi, diagnostiserad med benmärgsprov 2/12. Neutropen sepsis med Klebsiella pneumoniae. Respiratorisk svikt."),
        ("Förlopp", "Inkom med feber och hypotension efter en veckas trötthet. Pancytopeni och blaster i perifert blod. Intuberad dag 2 pga hypoxi. Benmärgsprov i respirator. Cirkulationen stabiliserades inom tre dygn, extuberad i går men fortfarande omtöcknad och desorienterad."),
        ("Information", "Maken informerad om leukemin av hematolog och IVA-läkare. Pat själv ej informerad om AML-diagnosen, hematologen planerar samtal när hon är klar."),
        ("Läkemedel vid överflyttning", "Meropenem, aciklovirprofylax, flukonazol, allopurinol. Trombocyttransfusion vid TPK under 10."),
    ])], ["NL101"], [],
    "long ICU discharge summary: AML confirmed, husband told, patient not")

C("s28iv_sk_tiva_talar_for_mediastinit", "skane", "1950-10-18", "376", [
    N("n1", "IVA daganteckning", "sk_lund_tiva", "lak7", "2024-01-04T14:10:00", [
        ("Infektion", "Dag 8 efter sternotomi. Sekretion från sternalsåret, instabilt sternum, feber. DT thorax: vätska och gas retrosternalt."),
        ("Bedömning", "Fynden talar för postoperativ mediastinit. Thoraxkirurgen revision i dag."),
    ])], ["NL102"], [],
    "'talar för' introduces a probable mediastinitis")

C("s28iv_sk_pmo_vc_lungemboli_kan_ej_uteslutas", "skane", "1979-06-01", "226", [
    N("n1", "Läkaranteckning", "sk_vc_hoor", "lak8", "2024-01-23T16:05:00", [
        ("Aktuellt", "Återbesök tre veckor efter IVA-vård för covid-pneumoni. Ny andfåddhet och takykardi sedan två dagar."),
        ("Bedömning", "Lungemboli kan ej uteslutas. Remitteras akut till akutmottagningen i Lund för DT."),
    ], system="PMO", setting="öppenvård")], [], ["NL102"],
    "PMO vårdcentral note after ICU stay: 'kan ej uteslutas' is not shown as a diagnosis")

C("s28iv_vg_typo_dd_waterhouse_fridrichsen", "vgr", "2006-11-04", "171", [
    N("n1", "Inläggningsanteckning IVA", "vg_skovde_iva", "lak8", "2024-02-19T01:55:00", [
        ("Aktuellt", "17-årig pojke med snabbt debuterande feber, petekier och purpura fulminans på benen. Gramnegativa diplokocker i blodutstryk."),
        ("Bedömning", "Meningokocksepsis med chock. DD Waterhouse-Fridrichsens syndrom med binjureblödning, kortisol taget, hydrokortison 100 mg givet."),
    ], signed=None)], ["NL102"], [],
    "typo case in an eponym: 'DD Waterhouse-Fridrichsen' next to a confirmed meningococcal sepsis; unsigned")

C("s28iv_sk_biva_trol_bakteriell_trakeit", "skane", "2020-08-19", "485", [
    N("n1", "Inskrivningsanteckning IVA", "sk_lund_biva", "lak9", "2024-03-07T22:30:00", [
        ("Aktuellt", "3-årig flicka, krupp sedan 2 dagar, nu hög feber och toxisk. Svarar inte på inhalation adrenalin."),
        ("Åtgärd", "Intuberad på op av narkosläkare, tjockt purulent sekret i trakea, mindre tub än förväntat."),
        ("Bedömning", "Trol. bakteriell trakeit. Cefotaxim och klindamycin, odling från trakealsekret."),
    ])], ["NL102"], [],
    "paediatric ICU admission: probable bacterial tracheitis in a 3-year-old")

C("s28iv_vg_uva_talar_for_trali", "vgr", "1968-08-07", "532", [
    N("n1", "Postoperativ anteckning", "vg_uddevalla_uva", "lak10", "2024-04-23T18:05:00", [
        ("Postoperativt förlopp", "Efter två enheter plasma på UVA akut hypoxi, SpO2 82 %, bilat infiltrat på rtg, ingen vätskeöverbelastning enl UCG."),
        ("Bedömning", "Förloppet talar för TRALI. Transfusionsmedicin underrättad, flyttas till IVA för NIV."),
    ])], ["NL102"], [],
    "'talar för' before transfusion-related acute lung injury in a recovery note")

C("s28iv_sk_ssk_sannolit_alkoholabstinens", "skane", "1965-03-11", "173", [
    N("n1", "Omvårdnadsanteckning", "sk_trel_iva", "ssk1", "2024-05-06T04:30:00", [
        ("Omvårdnad", "Svettig, tremor i händerna, orolig och plockig sedan kl 02. CIWA 19."),
        ("Bedömning", "Sannolit alkoholabstinens, dag 3 efter inläggning. Jouren informerad och ordinerar oxazepam enligt schema."),
    ])], ["NL102"], [],
    "typo case in an ICU nurse note: 'Sannolit' hedging alcohol withdrawal")

# === END OF DATA ===


# ================================================================ validation
def age_on(birth, when):
    b = date.fromisoformat(birth)
    w = datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(ts):
    return isinstance(ts, str) and datetime.fromisoformat(ts).year == 2024


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    whys = set()
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for c in cases:
        n = c["case"]
        if set(c) != case_keys:
            errs.append("%s: case keys %s" % (n, sorted(c)))
        if not n.startswith("s28iv_"):
            errs.append("%s: bad prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["why"] in whys:
            errs.append("%s: duplicate why" % n)
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        r = c["record"]
        if set(r) != rec_keys:
            errs.append("%s: record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty event lists" % n)
        p = r["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: pnr format" % n)
        else:
            ymd, tail = m.groups()
            if ymd != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % n)
            if luhn_digit(ymd[2:] + tail[:3]) != tail[3]:
                errs.append("%s: Luhn" % n)
        if not in_2024(r["as_of"]):
            errs.append("%s: as_of not 2024" % n)
        age = age_on(p["birth_date"], r["as_of"])
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d" % (n, age))
        ids = {}
        for note in r["notes"]:
            if set(note) != note_keys:
                errs.append("%s: note keys" % n)
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids[note["id"]] = note
            if not in_2024(note["time"]):
                errs.append("%s/%s: time not 2024" % (n, note["id"]))
            if note["signed"] is not None:
                if not in_2024(note["signed"]):
                    errs.append("%s/%s: signed not 2024" % (n, note["id"]))
                elif note["signed"] < note["time"]:
                    errs.append("%s/%s: signed before time" % (n, note["id"]))
            if note["time"] > r["as_of"]:
                errs.append("%s/%s: note after as_of" % (n, note["id"]))
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if note["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append("%s: PMO outside Skåne" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for s in note["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: bad section" % n)
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (n, note["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (first in %s): %r" % (n, seen_sent[sent][0], sent))
                        elif sent in seen_sent:
                            errs.append("%s: sentence repeated in same section: %r" % (n, sent))
                        else:
                            seen_sent[sent] = (n, note["id"], s["keyword"])
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: duplicate or overlapping assertion" % n)
        if not pairs:
            errs.append("%s: no assertion" % n)
        for code, nid in pairs:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (n, code))
            if nid not in ids:
                errs.append("%s: target %s missing" % (n, nid))
                continue
            if code == "NL101" and ids[nid]["system"] == "PMO":
                errs.append("%s: NL101 asserted on PMO" % n)
        for code, nid in c["must"]:
            if code == "NL102" and nid in ids and ids[nid]["system"] != "Melior":
                errs.append("%s: must NL102 on non-Melior" % n)
    return errs


def main():
    errs = validate(CASES)
    out = os.path.join(HERE, "nl1_dev175_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(CASES), out))
    for k in sorted(stats):
        print("  %s %-8s %d" % (k[0], k[1], stats[k]))
    print("  skane %d, vgr %d" % (sum(c["ruleset"] == "skane" for c in CASES),
                                  sum(c["ruleset"] == "vgr" for c in CASES)))


if __name__ == "__main__":
    main()
