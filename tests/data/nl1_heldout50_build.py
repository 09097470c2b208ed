#!/usr/bin/env python3
"""Held-out test set s28h50: multi-note Melior/PMO records (Skåne, VGR) for NL101/NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

PREFIX = "s28h50_"

# unit key -> (region, name, hsa_id)
UNITS = {}


def unit(key, region, name, suffix):
    org = {"skane": "SE2321000255-", "vgr": "SE2321000131-"}[region]
    UNITS[key] = (region, name, org + suffix)


# ---- Region Skåne, Melior (hospitals) ----
unit("sk_neuro_lund", "skane", "Neurologimottagningen, Skånes universitetssjukhus Lund", "4417")
unit("sk_neuroavd_lund", "skane", "Neurologiavdelning 2, Skånes universitetssjukhus Lund", "4420")
unit("sk_neuro_malmo", "skane", "Neurologimottagningen, Skånes universitetssjukhus Malmö", "5102")
unit("sk_reuma_malmo", "skane", "Reumatologimottagningen, Skånes universitetssjukhus Malmö", "5230")
unit("sk_reuma_hbg", "skane", "Reumatologmottagningen, Helsingborgs lasarett", "6311")
unit("sk_akut_hbg", "skane", "Akutmottagningen, Helsingborgs lasarett", "6002")
unit("sk_med3_krist", "skane", "Medicinavdelning 3, Centralsjukhuset Kristianstad", "7104")
unit("sk_kir6_ystad", "skane", "Kirurgavdelning 6, Ystads lasarett", "8120")
unit("sk_kirmott_ystad", "skane", "Kirurgmottagningen, Ystads lasarett", "8125")
unit("sk_barnakut_malmo", "skane", "Barnakuten, Skånes universitetssjukhus Malmö", "5510")
unit("sk_barnmott_lund", "skane", "Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "4760")
unit("sk_barn_hbg", "skane", "Barnavdelning 2, Helsingborgs lasarett", "6420")
unit("sk_orto_hlm", "skane", "Ortopedmottagningen, Hässleholms sjukhus", "9031")
unit("sk_fysio_tbg", "skane", "Fysioterapin, Trelleborgs lasarett", "8810")
unit("sk_hud_lund", "skane", "Hudmottagningen, Skånes universitetssjukhus Lund", "4603")
unit("sk_onk_lund", "skane", "Skånes onkologiska klinik, Lund", "4890")
unit("sk_lung_lund", "skane", "Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "4712")
unit("sk_hem_lund", "skane", "Hematologimottagningen, Skånes universitetssjukhus Lund", "4655")
unit("sk_ogon_lund", "skane", "Ögonmottagningen, Skånes universitetssjukhus Lund", "4570")
unit("sk_minne_malmo", "skane", "Minnesmottagningen, Skånes universitetssjukhus Malmö", "5377")
unit("sk_kvinno_hbg", "skane", "Kvinnokliniken, Helsingborgs lasarett", "6540")
unit("sk_brost_malmo", "skane", "Bröstmottagningen, Skånes universitetssjukhus Malmö", "5290")
unit("sk_gastro_malmo", "skane", "Gastroenterologiska avdelningen, Skånes universitetssjukhus Malmö", "5415")
unit("sk_med_landskrona", "skane", "Medicinmottagningen, Lasarettet i Landskrona", "9210")
unit("sk_orto_lund", "skane", "Ortopedmottagningen, Skånes universitetssjukhus Lund", "4533")
unit("sk_infekt_malmo", "skane", "Infektionsavdelning 3, Skånes universitetssjukhus Malmö", "5620")
# ---- Region Skåne, PMO (primary care) ----
unit("sk_vc_linero", "skane", "Vårdcentralen Linero, Lund", "3311")
unit("sk_vc_sjobo", "skane", "Vårdcentralen Sjöbo", "3420")
unit("sk_vc_hoganas", "skane", "Vårdcentralen Höganäs", "3517")
unit("sk_bvc_husie", "skane", "BVC Husie, Malmö", "3605")
unit("sk_hsjv_eslov", "skane", "Hemsjukvården Eslöv", "3702")
unit("sk_um_krist", "skane", "Ungdomsmottagningen Kristianstad", "3811")
# ---- Västra Götalandsregionen, Melior ----
unit("vg_akut_su", "vgr", "Akutmottagningen, Sahlgrenska Universitetssjukhuset", "1101")
unit("vg_med12_nal", "vgr", "Medicinavdelning 12, NU-sjukvården NÄL Trollhättan", "2212")
unit("vg_kirmott_sks", "vgr", "Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "3120")
unit("vg_kiravd_sks", "vgr", "Kirurgavdelning 5, Skaraborgs Sjukhus Skövde", "3125")
unit("vg_barnakut_dsbus", "vgr", "Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "1450")
unit("vg_barnavd_dsbus", "vgr", "Avdelning 323, Drottning Silvias barn- och ungdomssjukhus", "1455")
unit("vg_barn_nal", "vgr", "Barn- och ungdomsmottagningen, NÄL Trollhättan", "2260")
unit("vg_onk_su", "vgr", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "1620")
unit("vg_neuroavd_su", "vgr", "Neurologavdelning 133, Sahlgrenska Universitetssjukhuset", "1330")
unit("vg_neuromott_su", "vgr", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "1335")
unit("vg_orto_mol", "vgr", "Ortopedmottagningen, Mölndals sjukhus", "1710")
unit("vg_ortoavd_mol", "vgr", "Ortopedavdelning 2, Mölndals sjukhus", "1712")
unit("vg_hjart_sas", "vgr", "Hjärtmottagningen, Södra Älvsborgs Sjukhus Borås", "4110")
unit("vg_hjartavd_sas", "vgr", "Hjärtavdelning 31, Södra Älvsborgs Sjukhus Borås", "4115")
unit("vg_lung_ostra", "vgr", "Lungmottagningen, Sahlgrenska Universitetssjukhuset Östra", "1810")
unit("vg_psyk_kungalv", "vgr", "Psykiatriska öppenvårdsmottagningen, Kungälvs sjukhus", "5210")
unit("vg_geri_alingsas", "vgr", "Geriatriska avdelningen, Alingsås lasarett", "5320")
unit("vg_kvinno_ostra", "vgr", "Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "1830")
unit("vg_hud_uddevalla", "vgr", "Hudmottagningen, Uddevalla sjukhus", "2310")
unit("vg_infekt_ostra", "vgr", "Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "1850")
unit("vg_stroke_lidk", "vgr", "Strokeenheten, Skaraborgs Sjukhus Lidköping", "3410")
unit("vg_uro_su", "vgr", "Urologmottagningen, Sahlgrenska Universitetssjukhuset", "1910")
unit("vg_gastro_su", "vgr", "Gastroenterologimottagningen, Sahlgrenska Universitetssjukhuset", "1920")
unit("vg_diet_nal", "vgr", "Dietistmottagningen, NÄL Trollhättan", "2290")
unit("vg_at_su", "vgr", "Arbetsterapin, Sahlgrenska Universitetssjukhuset", "1960")
unit("vg_akut_sas", "vgr", "Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "4101")
unit("vg_akut_nal", "vgr", "Akutmottagningen, NÄL Trollhättan", "2201")
unit("vg_hem_su", "vgr", "Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "1640")
unit("vg_med_kungalv", "vgr", "Medicinavdelning 2, Kungälvs sjukhus", "5230")


def _ts(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, system, template, unit_key, who, time, signed_after, setting, sections):
    """One note. who = 'Name/role'; signed_after = minutes after time, or None (draft)."""
    name, role = who.split("/")
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    signed = None
    if signed_after is not None:
        signed = (t + _dt.timedelta(minutes=signed_after)).strftime("%Y-%m-%dT%H:%M:%S")
    _, uname, hsa = UNITS[unit_key]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": name, "role": role},
        "time": _ts(time), "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
        "_unit_key": unit_key,
    }


def _luhn_check(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, _luhn_check(ymd[2:] + serial))


CASES = []


def C(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    def pairs(xs):
        return [x.split(":") for x in xs]
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": _ts(as_of),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": pairs(must), "must_not": pairs(must_not), "why": why,
    })


# ======================================================================
# CASES
# ======================================================================
# ---------------- part 1 ----------------
C("s28h50_sk_ms_th_then_copyforward_bedomning", "skane", "1991-04-17", "246", "2024-03-01 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "sk_neuro_lund", "Karin Ahlström/läkare", "2024-02-06 10:40", 35, "öppenvård", [
        ("Bedömning", "Optikusneurit vä öga för tre veckor sedan, nu även parestesier i båda benen. "
                      "Misstänkt multipel skleros, MR hjärna samt LP beställda. Hypotesen framförs inte till pat i nuläget."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "sk_neuro_lund", "Olof Nyström/läkare", "2024-02-20 14:15", 50, "öppenvård", [
        ("Anamnes", "Återbesök efter MR. Kvarstående stickningar i fötterna, ingen ny synpåverkan."),
        ("Bedömning", "Misstänkt MS enl. tidigare ant., MR visar flera periventrikulära lesioner. Inväntar svar på oligoklonala band i likvor."),
    ]),
    N("n3", "Melior", "Telefonanteckning", "sk_neuro_lund", "Sofie Lundgren/sjuksköterska", "2024-02-23 09:05", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer och undrar när LP-svaret kommer. Meddelat att svar brukar dröja cirka två veckor."),
    ]),
    N("n4", "Melior", "Läkaranteckning", "sk_neuro_lund", "Olof Nyström/läkare", "2024-02-28 15:00", 40, "öppenvård", [
        ("Samtal", "Oligoklonala band påvisade. Pat informerad om diagnosen och om behandlingsalternativ, MS-sjuksköterska deltog."),
    ]),
], ["NL102:n2"], [], "a later ordinary Melior note copies the MS hypothesis out of the Tidiga hypoteser note into a visible Bedömning")

C("s28h50_sk_sle_in_th_template_protected", "skane", "1986-11-02", "382", "2024-04-20 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "sk_reuma_malmo", "Farid Haddad/läkare", "2024-04-03 11:20", 25, "öppenvård", [
        ("Bedömning", "Misstänkt systemisk lupus erythematosus: högtitrig ANA, fotosensitivitet och leukopeni. "
                      "Anti-dsDNA och komplement skickade, hypotesen diskuteras med pat först när svaren finns."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sk_reuma_malmo", "Farid Haddad/läkare", "2024-04-03 11:50", 20, "öppenvård", [
        ("Anamnes", "Ledvärk i händerna sedan i höstas, morgonstelhet ungefär en halvtimme. Trött."),
        ("Status", "Lätt svullnad MCP II–III bilat. Inga hudutslag idag. Cor/pulm ua."),
        ("Planering", "Kompletterande lab enligt ovan, återbesök om fyra veckor."),
    ]),
], [], ["NL102:n1"], "Skåne: the hedged SLE diagnosis stands only in a note written in the Tidiga hypoteser template, which is protected")

C("s28h50_vg_trolig_appendicit_akut_then_op", "vgr", "2002-09-03", "157", "2024-05-12 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_su", "Emil Sandberg/läkare", "2024-05-10 21:40", 30, "öppenvård", [
        ("Anamnes", "Buksmärta sedan igår kväll, debut kring naveln, har nu vandrat ned mot hö fossa. Illamående, kräkts två gånger."),
        ("Status", "Buk: palpöm över McBurneys punkt, släppömhet, Rovsing pos. Temp 38,1."),
        ("Lab", "CRP 46, LPK 14,2."),
        ("Bedömning", "Trolig appendicit. Kontaktar kirurgjouren, fastande, dropp."),
    ]),
    N("n2", "Melior", "Operationsberättelse", "vg_kiravd_sks", "Lina Moberg/läkare", "2024-05-11 02:10", 45, "slutenvård", [
        ("Åtgärd", "Laparoskopisk appendektomi. Flegmonös appendix utan perforation, ingen fri pus. Bukväggen sluten i lager."),
    ]),
], ["NL102:n1"], [], "VGR: 'Trolig appendicit' in the visible Bedömning of the emergency note, confirmed only later at surgery")

C("s28h50_vg_pyelonefrit_ssk_copyforward_after_confirmed", "vgr", "1958-02-14", "640", "2024-01-19 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "vg_med12_nal", "Hanna Wikström/läkare", "2024-01-15 18:30", 40, "slutenvård", [
        ("Aktuellt", "Feber 39,4 sedan två dygn, frossa och ont i hö flank. Pyuri och nitrit pos på urinsticka."),
        ("Bedömning", "Susp. pyelonefrit hö. Blod- och urinodling tagna, startar cefotaxim 1 g x 3 iv."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_med12_nal", "Hanna Wikström/läkare", "2024-01-16 13:10", 15, "slutenvård", [
        ("Aktuellt", "Urinodling: E. coli >10^5, känslig för ciprofloxacin. Blododlingar utan växt hittills."),
        ("Bedömning", "Diagnos: Akut pyelonefrit hö. Byter till peroral ciprofloxacin imorgon om fortsatt afebril."),
    ]),
    N("n3", "Melior", "Omvårdnadsanteckning", "vg_med12_nal", "Petra Ek/sjuksköterska", "2024-01-17 07:20", 20, "slutenvård", [
        ("Aktuellt", "Inlagd för susp. pyelonefrit, afebril sedan igår eftermiddag. Mobiliseras självständigt, äter och dricker bra."),
        ("Omvårdnad", "Urinmängd god, ingen miktionssveda kvar enligt pat."),
    ]),
    N("n4", "Melior", "Epikris", "vg_med12_nal", "Hanna Wikström/läkare", "2024-01-18 14:30", None, "slutenvård", [
        ("Diagnos", "Akut pyelonefrit hö orsakad av E. coli."),
        ("Uppföljning", "Ciprofloxacin totalt tio dagar, ingen rutinmässig kontrollodling."),
    ]),
], ["NL102:n3"], [], "VGR: a nurse note copies the admission hedge 'susp. pyelonefrit' forward after the diagnosis was confirmed; the hedge is still visible")

C("s28h50_vg_erysipelas_confirmed_dvt_negated", "vgr", "1949-07-30", "316", "2024-06-09 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_sas", "Ahmed Karimi/läkare", "2024-06-06 16:05", 30, "öppenvård", [
        ("Status", "Vä underben rodnat, varmt och svullet upp till knät, skarpt avgränsad rodnad. Temp 38,6."),
        ("Bedömning", "Trol. erysipelas vä underben, DD djup ventrombos. UL ben beställt, läggs in."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_med12_nal", "Maria Falk/läkare", "2024-06-07 11:30", 25, "slutenvård", [
        ("Aktuellt", "UL vä ben utan tecken på DVT. Feberfri sedan i natt, rodnaden har inte spridit sig förbi markeringen."),
        ("Bedömning", "Diagnos: Erysipelas vä underben, svarar bra på bensylpenicillin. Övergång till PcV 1 g x 3 i morgon."),
    ]),
], [], ["NL102:n2"], "VGR: the day-2 note states the confirmed erysipelas and a DVT ruled out by ultrasound; the earlier hedge is not repeated")

C("s28h50_sk_fysio_misstankt_rotatorkuffruptur", "skane", "1963-05-21", "219", "2024-03-28 00:00", [
    N("n1", "Melior", "Fysioterapeutanteckning", "sk_fysio_tbg", "Jonas Lindh/fysioterapeut", "2024-03-01 08:30", 60, "öppenvård", [
        ("Anamnes", "Smärta hö axel sedan fall från cykel för fyra veckor sedan. Svårt att lyfta armen över axelhöjd."),
        ("Status", "Aktiv flexion 90°, passivt full rörlighet. Drop arm-test pos, klart nedsatt utåtrotationskraft."),
        ("Bedömning", "Misstänkt rotatorkuffruptur hö, främst supraspinatus. Kontaktar ortoped för ställningstagande till ultraljud."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sk_orto_hlm", "Viktor Åberg/läkare", "2024-03-15 10:00", 40, "öppenvård", [
        ("Utredning", "UL hö axel visar fullväggsruptur av supraspinatussenan med 1,5 cm retraktion."),
        ("Åtgärd", "Pat informerad om fyndet och om alternativen, väljer operation. Uppsatt på väntelista för artroskopisk suturering."),
    ]),
], ["NL102:n1"], [], "Skåne: a physiotherapist writes a hedged diagnosis in a visible Melior note; profession does not matter")

C("s28h50_vg_dd_perimyokardit_akut", "vgr", "1995-12-08", "573", "2024-02-14 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_sas", "Sara Holmgren/läkare", "2024-02-11 03:25", 50, "öppenvård", [
        ("Anamnes", "Bröstsmärta sedan i kväll som förvärras i liggande och lindras framåtlutad. Förkyld för en vecka sedan."),
        ("EKG", "Utbredda ST-höjningar i flera avledningar, PR-sänkning i II och aVF."),
        ("Bedömning", "DD perimyokardit, akut koronart syndrom mindre sannolikt hos ung man utan riskfaktorer. Trop T 48, ny kontroll om tre timmar."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_hjartavd_sas", "Göran Lilja/läkare", "2024-02-12 10:45", 30, "slutenvård", [
        ("Utredning", "Ekokardiografi: liten perikardvätska, EF 60 %, inga regionala rörelsestörningar."),
        ("Bedömning", "Diagnos: Perimyokardit. Ibuprofen och kolkicin, sjukskrivning och vila från träning i sex månader."),
    ]),
], ["NL102:n1"], [], "VGR: a differential diagnosis ('DD perimyokardit') in the visible Bedömning of the first note of the admission")

C("s28h50_vg_temporalisarterit_kan_ej_uteslutas", "vgr", "1946-01-25", "466", "2024-09-06 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_geri_alingsas", "Nils Bäckström/läkare", "2024-09-03 13:50", 30, "slutenvård", [
        ("Anamnes", "78-årig kvinna med nytillkommen tinninghuvudvärk hö och tuggclaudicatio sedan tio dagar."),
        ("Status", "Ömhet över a. temporalis hö, svaga pulsationer. Visus enligt pat oförändrad."),
        ("Lab", "SR 78, CRP 46, Hb 112."),
        ("Bedömning", "Temporalisarterit kan ej uteslutas. Startar Prednisolon 60 mg, akutremiss ögon samma dag, temporalisbiopsi bokas."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_geri_alingsas", "Ida Strand/sjuksköterska", "2024-09-03 15:10", 10, "slutenvård", [
        ("Omvårdnad", "Första dosen kortison given kl 14. Pat fått muntlig info om att ta tabletterna på morgonen tillsammans med frukost."),
    ]),
], ["NL102:n1"], [], "VGR: 'kan ej uteslutas' about giant cell arteritis in the visible Bedömning")

C("s28h50_sk_reumatoid_artrit_talar_for", "skane", "1970-08-19", "828", "2024-10-31 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_reuma_hbg", "Ulrika Sjöblom/läkare", "2024-10-14 09:30", 35, "öppenvård", [
        ("Status", "Symmetriska synoviter MCP II–IV och PIP II–III bilat, 9 svullna leder."),
        ("Bedömning", "Anti-CCP starkt pos, RF pos. Bilden talar för reumatoid artrit, metotrexat startas efter lungröntgen och hepatitserologi."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_reuma_hbg", "Elin Persson/sjuksköterska", "2024-10-22 14:00", 5, "öppenvård", [
        ("Telefonkontakt", "Ringt pat inför metotrexatstart. Lungröntgen ua, hepatitserologi negativ. Första dos på lördag, folsyra dagen efter."),
    ]),
], ["NL102:n1"], [], "Skåne: 'talar för' reumatoid artrit in a visible Melior Bedömning")

C("s28h50_vg_diskbrack_forenligt_med", "vgr", "1979-03-11", "735", "2024-07-18 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "vg_orto_mol", "Per Gunnarsson/läkare", "2024-07-02 15:20", 25, "öppenvård", [
        ("Anamnes", "Ischiasliknande smärta ned i vä ben till lilltån sedan sex veckor, värre vid sittande."),
        ("Utredning", "MR ländrygg: fynd förenligt med diskbråck L5–S1 vä med kontakt mot S1-roten."),
        ("Planering", "Fortsatt fysioterapi, nytt besök om sex veckor. Remiss ryggkirurg om kvarstående besvär."),
    ]),
    N("n2", "Melior", "Fysioterapeutanteckning", "vg_orto_mol", "Amanda Roos/fysioterapeut", "2024-07-09 10:00", 90, "öppenvård", [
        ("Åtgärd", "Genomgång av hemprogram med McKenzie-övningar och gångträning 2 x 20 min dagligen."),
    ]),
], ["NL102:n1"], [], "VGR: radiology phrasing 'fynd förenligt med diskbråck' copied into the visible Utredning section")

C("s28h50_vg_pneumoni_fragetecken", "vgr", "1988-10-05", "290", "2024-12-04 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_lung_ostra", "Tove Carlsson/läkare", "2024-11-28 16:40", 20, "öppenvård", [
        ("Aktuellt", "Astmatiker med tilltagande hosta och feber i fem dagar. Andfådd i trappor."),
        ("Bedömning", "Pneumoni? Rtg pulm beställd, CRP 112. Amoxicillin startas i väntan på svar."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_lung_ostra", "Tove Carlsson/läkare", "2024-11-29 08:15", 20, "öppenvård", [
        ("Aktuellt", "Röntgensvar: infiltrat i hö underlob. Diagnos pneumoni fastställd, fortsatt amoxicillin i sju dagar."),
    ]),
], ["NL102:n1"], [], "VGR: a bare question mark after the diagnosis in the first note ('Pneumoni?') is a hedged diagnosis")

C("s28h50_sk_barn_celiaki_inger_misstanke_typo", "skane", "2017-02-27", "104", "2024-03-20 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_barnmott_lund", "Jenny Hallberg/läkare", "2024-03-05 10:10", 30, "öppenvård", [
        ("Anamnes", "Längdkurvan har planat ut senaste 1,5 åren. Lös avföring och återkommande magknip, mamma berättar om dålig aptit."),
        ("Bedömning", "Tillväxtkurvan, lågt ferritin och tTG-IgA tio gånger över referens inger missanke om celiaki. Remiss gastroskopi med biopsier."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_barnmott_lund", "Malin Johansson/sjuksköterska", "2024-03-12 13:30", 10, "öppenvård", [
        ("Telefonkontakt", "Mamma informerad inför gastroskopin: fasta från midnatt, fortsätta äta gluten fram till undersökningen."),
    ]),
], ["NL102:n1"], [], "Skåne child (guardian reads): 'inger missanke om celiaki' with a typo in the hedge, visible Bedömning")

C("s28h50_sk_akut_gikt_kan_rora_sig_om", "skane", "1961-06-12", "555", "2024-08-20 00:00", [
    N("n1", "Melior", "Akutanteckning", "sk_akut_hbg", "Mikael Roth/läkare", "2024-08-11 04:30", 40, "öppenvård", [
        ("Anamnes", "Vaknade av svår värk i hö stortå. Behandlas med tiazid för hypertoni."),
        ("Status", "Stortåleden hö svullen, rodnad och mycket öm. Afebril."),
        ("Bedömning", "Kan röra sig om gikt, urat 520. Ledpunktion ej genomförbar i natt. Naproxen och kyla."),
    ]),
    N("n2", "PMO", "Besöksanteckning", "sk_vc_hoganas", "Britt Olausson/läkare", "2024-08-19 09:20", 30, "öppenvård", [
        ("Aktuellt", "Uppföljning efter akutbesöket. Tåleden i princip besvärsfri efter fem dagars naproxen."),
    ]),
], ["NL102:n1"], [], "Skåne hospital (Melior) emergency note: 'Kan röra sig om gikt' in visible Bedömning; a later PMO note does not change it")

C("s28h50_vg_borrelia_bild_som_vid", "vgr", "1975-09-09", "811", "2024-07-08 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "vg_infekt_ostra", "Lars Höglund/läkare", "2024-07-01 11:00", 30, "öppenvård", [
        ("Anamnes", "Fästingbett på vä lår för tre veckor sedan i skärgården. Sedan en vecka växande rodnad."),
        ("Status", "Ringformat erytem 8 cm i diameter med centralt uppklarnande, ej värmeökat."),
        ("Bedömning", "Bild som vid erythema migrans. Fenoximetylpenicillin 1 g x 3 i tio dagar."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_infekt_ostra", "Eva Lund/sjuksköterska", "2024-07-05 10:30", 15, "öppenvård", [
        ("Telefonkontakt", "Pat meddelar att ringen bleknat. Uppmanad att fullfölja kuren."),
    ]),
], ["NL102:n1"], [], "VGR: 'Bild som vid erythema migrans' is a hedged diagnosis in the visible Bedömning")

C("s28h50_vg_sarkoidos_fragestallning_utredning", "vgr", "1983-01-30", "672", "2024-11-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_lung_ostra", "Rebecka Nord/läkare", "2024-11-04 14:00", 30, "öppenvård", [
        ("Aktuellt", "Remitterad från vc för torrhosta och erythema nodosum-liknande utslag på smalbenen."),
        ("Utredning", "Frågeställning sarkoidos: DT thorax visar bilaterala hilusförstoringar. Bronkoskopi med EBUS planeras."),
    ]),
    N("n2", "Melior", "Bronkoskopianteckning", "vg_lung_ostra", "Rebecka Nord/läkare", "2024-11-12 09:40", 60, "öppenvård", [
        ("Åtgärd", "EBUS-TBNA station 7 och 11R, material till PAD och flödescytometri. BAL från mellanloben."),
    ]),
], ["NL102:n1"], [], "VGR: 'Frågeställning sarkoidos' in the visible Utredning section is an open diagnostic question about the patient")
# ---------------- part 2 ----------------
C("s28h50_vg_pankreas_tidiga_hypoteser_sokord", "vgr", "1951-04-04", "533", "2024-03-30 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_gastro_su", "Henrik Öst/läkare", "2024-03-14 13:10", None, "öppenvård", [
        ("Anamnes", "Gulsot sedan en vecka, ljus avföring och mörk urin. Viktnedgång 6 kg på två månader."),
        ("Status", "Ikterisk i sklerae och hud. Buken mjuk och oöm, ingen palpabel resistens."),
        ("Tidiga hypoteser", "DT buk visar 3 cm hypodens expansivitet i pankreashuvudet med vidgade gallvägar. Misstänkt pankreascancer, inte framfört till pat."),
        ("Planering", "DT thorax och CA 19-9. Anmäls till MDK pankreas, återbesök när svaren finns."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "vg_gastro_su", "Henrik Öst/läkare", "2024-03-22 10:30", 30, "öppenvård", [
        ("Aktuellt", "Träffar pat och maken efter MDK. Genomgång av DT-fynden, ERCP med stent bokas före kirurgisk bedömning."),
    ]),
], [], ["NL102:n1"], "VGR: the only hedged diagnosis sits under the sökord Tidiga hypoteser; Anamnes, Status and Planering carry none")

C("s28h50_sk_nevus_ingen_misstanke_malignitet", "skane", "1968-12-01", "902", "2024-05-28 00:00", [
    N("n1", "PMO", "Besöksanteckning", "sk_vc_linero", "Tomas Wahl/läkare", "2024-04-29 15:00", 20, "öppenvård", [
        ("Aktuellt", "Födelsemärke på ryggen som enligt maken vuxit och ändrat färg."),
        ("Bedömning", "Susp. melanom? Remiss hudkliniken för dermatoskopi."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sk_hud_lund", "Camilla Brandt/läkare", "2024-05-21 09:45", 25, "öppenvård", [
        ("Status", "6 mm pigmenterad lesion vä skulderblad. Dermatoskopiskt symmetriskt nätverk, inga atypiska kärl eller regressionszoner."),
        ("Bedömning", "Ingen misstanke om malignitet, benignt nevus. Excision behövs inte, pat hör av sig om den förändras igen."),
    ]),
], [], ["NL102:n2"], "Skåne hospital note negates the primary-care suspicion: 'Ingen misstanke om malignitet' never fires")

C("s28h50_vg_dvt_uteslutes_efter_flyg", "vgr", "1990-06-16", "474", "2024-02-09 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_su", "Oskar Dahl/läkare", "2024-02-07 19:20", 30, "öppenvård", [
        ("Anamnes", "Svullnad och värk i vä vad efter flygresa hem från Thailand för fyra dagar sedan."),
        ("Status", "Vä vad 2 cm större i omfång än hö, ömhet i vadmuskulaturen. Ingen takykardi."),
        ("Bedömning", "Ultraljud utan tromb i vä ben, DVT uteslutes. Smärtan bedöms komma från vadmuskulaturen efter långa promenader på semestern. Paracetamol v.b."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_akut_su", "Josefin Berg/sjuksköterska", "2024-02-08 11:00", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer, svullnaden har minskat och hon är inte andfådd. Råd om högläge och rörelse."),
    ]),
], [], ["NL102:n1"], "VGR: DVT ruled out ('uteslutes') after ultrasound; no other hedged diagnosis")

C("s28h50_vg_barn_rs_inga_tecken_pa_pneumoni", "vgr", "2021-03-22", "391", "2024-01-27 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_barnakut_dsbus", "Anna Ekberg/läkare", "2024-01-24 22:15", 35, "öppenvård", [
        ("Anamnes", "Feber upp till 39 i tre dygn, hosta och snabb andning enligt pappa. Dricker sämre."),
        ("Status", "AF 40, lätta jugulära indragningar, spridda rassel bilat. Sat 95 % på rumsluft."),
        ("Utredning", "RS-snabbtest positivt. Lungröntgen: inga tecken på pneumoni."),
        ("Bedömning", "RS-virusinfektion med obstruktivitet. Inhalation Ventoline gav god effekt, hemgång med råd om vätska."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_barnakut_dsbus", "Lisa Norén/sjuksköterska", "2024-01-26 10:20", 15, "öppenvård", [
        ("Telefonkontakt", "Pappa ringer dag två: pojken dricker bättre och febern har gått ned till 38,2."),
    ]),
], [], ["NL102:n1"], "VGR child: confirmed RS infection and 'inga tecken på pneumoni' on X-ray; nothing hedged")

C("s28h50_sk_talar_emot_appendicit_obstipation", "skane", "2006-10-10", "428", "2024-06-03 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "sk_kir6_ystad", "Johanna Björk/läkare", "2024-06-01 20:00", 45, "slutenvård", [
        ("Anamnes", "17-årig flicka med smärta i nedre delen av buken sedan igår, ingen feber. Senaste avföring för fem dagar sedan."),
        ("Status", "Buken mjuk, diffust lätt öm, ingen släppömhet eller muskelförsvar."),
        ("Lab", "CRP <5, LPK 7,1, U-HCG neg."),
        ("Bedömning", "Fynden talar emot appendicit. Besvären bedöms orsakade av förstoppning, Movicol och lavemang."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "sk_kir6_ystad", "Moa Kristensson/sjuksköterska", "2024-06-02 07:30", 15, "slutenvård", [
        ("Omvårdnad", "Fått Klyx med god effekt i kväll, nu smärtfri och vill gärna gå hem."),
    ]),
], [], ["NL102:n1"], "Skåne: 'talar emot appendicit' is a negated diagnosis; the confirmed cause is stated plainly")

C("s28h50_vg_lungemboli_misstanke_avskrivs_kol", "vgr", "1947-08-23", "953", "2024-11-22 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "vg_med_kungalv", "Fredrik Sjögren/läkare", "2024-11-18 23:10", 40, "slutenvård", [
        ("Aktuellt", "KOL GOLD 3, inkommer med ökad andfåddhet sedan tre dagar och kraftigt förhöjd D-dimer."),
        ("Planering", "DT lungartärer i natt. Inhalationer, Prednisolon 30 mg."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_med_kungalv", "Fredrik Sjögren/läkare", "2024-11-19 11:25", 20, "slutenvård", [
        ("Aktuellt", "DT lungartärer utan embolier, uttalade emfysemförändringar bilat."),
        ("Bedömning", "Misstanken om lungemboli avskrivs. Diagnos: KOL-exacerbation, fortsatt Prednisolon i fem dagar och nebulisering."),
    ]),
], [], ["NL102:n2"], "VGR: 'Misstanken om lungemboli avskrivs' is a dismissed suspicion; the diagnosis set is confirmed")

C("s28h50_sk_mor_misstankt_alzheimer_typo", "skane", "1963-02-08", "324", "2024-09-18 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_minne_malmo", "Gunilla Rask/läkare", "2024-09-10 10:00", 30, "öppenvård", [
        ("Anamnes", "Söker själv pga oro för minnet sedan mamman började utredas. Arbetar heltid som lärare och klarar allt i vardagen."),
        ("Hereditet", "Mor utreds för misstänkt Alzheimes sjukdom, morfar hade Parkinson."),
        ("Status", "MMSE 30/30, klocktest ua, normalt ordflöde."),
        ("Bedömning", "Normal kognition hos pat. Ingen ytterligare utredning planeras."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_minne_malmo", "Yasmin Ali/sjuksköterska", "2024-09-12 13:40", 5, "öppenvård", [
        ("Telefonkontakt", "Pat ringer och vill ha ett intyg till arbetsgivaren, läkaren skriver det under veckan."),
    ]),
], [], ["NL102:n1"], "Skåne: the hedged dementia is the mother's (Hereditet), with a typo 'Alzheimes'; the patient's own cognition is normal")

C("s28h50_vg_barn_bror_trolig_celiaki_hereditet", "vgr", "2015-05-13", "276", "2024-10-10 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "vg_barn_nal", "Karolina Bengtsson/sjuksköterska", "2024-10-01 08:30", 30, "öppenvård", [
        ("Utredning", "Spirometri med reversibilitet: FEV1 92 % av förväntat, ingen signifikant reversibilitet."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_barn_nal", "David Lindström/läkare", "2024-10-01 09:15", 25, "öppenvård", [
        ("Anamnes", "Astmakontroll. Inga nattliga besvär, orkar springa på gympan."),
        ("Hereditet", "Bror har trol. celiaki och utreds på annat sjukhus. Mamma har pollenallergi."),
        ("Bedömning", "Välkontrollerad astma, fortsatt Flixotide 50 µg 1x2. Nästa kontroll om ett år."),
    ]),
], [], ["NL102:n2"], "VGR child: 'trol. celiaki' is the brother's disease in Hereditet, not the patient's")

C("s28h50_sk_trolig_utskrivning_ev_remiss", "skane", "1940-03-15", "218", "2024-02-22 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "sk_med3_krist", "Per-Erik Månsson/läkare", "2024-02-17 15:40", 50, "slutenvård", [
        ("Aktuellt", "Tilltagande bensvullnad och ortopné sedan två veckor, sover sittande."),
        ("Bedömning", "Hjärtsvikt, ekokardiografi bokad. Furosemid 40 mg iv x 2."),
    ]),
    N("n2", "Melior", "Daganteckning", "sk_med3_krist", "Per-Erik Månsson/läkare", "2024-02-20 11:05", 20, "slutenvård", [
        ("Aktuellt", "Gått ned 3,5 kg sedan inskrivningen, ödemen har minskat tydligt."),
        ("Bedömning", "Diagnos: Hjärtsvikt med bevarad ejektionsfraktion enligt UCG. Trolig utskrivning i morgon. "
                      "Ev. remiss till sviktmottagningen för uppföljning av diuretikadosen."),
    ]),
], [], ["NL102:n2"], "Skåne: the hedges are on plans (trolig utskrivning, ev. remiss); the diagnosis itself is confirmed")

C("s28h50_vg_mojligen_mindre_yrsel_symtom", "vgr", "1956-11-29", "742", "2024-04-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_neuroavd_su", "Simon Ljung/läkare", "2024-04-09 14:30", 30, "slutenvård", [
        ("Bedömning", "Diagnos: Vestibularisneurit vä. Videoimpulstest patologiskt åt vä, MR hjärna utan infarkt."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_neuroavd_su", "Therese Alm/sjuksköterska", "2024-04-10 20:45", 15, "slutenvård", [
        ("Omvårdnad", "Pat upplever möjligen något mindre yrsel idag, går med rollator i korridoren med tillsyn. Illamåendet är borta och hon äter hela portioner."),
    ]),
], [], ["NL102:n2"], "VGR nurse note: the hedge 'möjligen' qualifies a symptom (yrsel), not a diagnosis")

C("s28h50_sk_villkor_om_rodnad_sarinfektion", "skane", "1977-07-07", "639", "2024-05-02 00:00", [
    N("n1", "Melior", "Operationsanteckning", "sk_kirmott_ystad", "Andreas Hjort/läkare", "2024-04-16 13:00", 30, "öppenvård", [
        ("Åtgärd", "Excision av 4 cm subkutant lipom hö skuldra i lokalbedövning, intrakutan sutur."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "sk_kirmott_ystad", "Linnea Svahn/sjuksköterska", "2024-04-26 10:40", 10, "öppenvård", [
        ("Status", "Operationssåret fint läkt, stygnen avlägsnade. PAD: lipom."),
        ("Information", "Om rodnad, värmeökning eller vätska från såret tillkommer kan det vara en sårinfektion – kontakta då mottagningen."),
    ]),
], [], ["NL102:n2"], "Skåne: 'kan det vara en sårinfektion' is inside a conditional safety-net instruction, not a hypothesis about the patient")

C("s28h50_sk_pmo_misstankt_pneumoni_vc", "skane", "1959-01-03", "857", "2024-12-12 00:00", [
    N("n1", "PMO", "Besöksanteckning", "sk_vc_sjobo", "Hampus Lindeberg/läkare", "2024-12-02 11:15", 25, "öppenvård", [
        ("Aktuellt", "Hosta och feber sedan en vecka, nu ont vid djupandning på hö sida."),
        ("Status", "Nedsatt andningsljud och krepitationer hö basalt. Sat 96 %."),
        ("Bedömning", "Misstänkt pneumoni hö basalt, CRP 88. Doxycyklin i tio dagar."),
    ]),
    N("n2", "PMO", "Telefonanteckning", "sk_vc_sjobo", "Annika Borg/sjuksköterska", "2024-12-06 09:00", 10, "öppenvård", [
        ("Telefonkontakt", "Uppföljande samtal dag fyra, pat feberfri och hostar mindre."),
    ]),
], [], ["NL102:n1"], "Skåne primary care: a hedged pneumonia in a PMO note; PMO never shows diagnoses")

C("s28h50_sk_pmo_bvc_kmpa_typo", "skane", "2023-12-05", "460", "2024-04-15 00:00", [
    N("n1", "PMO", "BVC-anteckning", "sk_bvc_husie", "Sanna Olsson/sjuksköterska", "2024-03-26 09:30", 30, "öppenvård", [
        ("Aktuellt", "Mamma berättar om mycket gulp och strimmor av blod i blöjan senaste veckan. Viktuppgången följer kurvan."),
        ("Bedömning", "Misstänk komjölksproteinallergi, mamma som ammar utesluter mjölkprotein ur kosten. Bokad tid hos BVC-läkare."),
    ]),
    N("n2", "PMO", "BVC-anteckning", "sk_bvc_husie", "Kristoffer Falk/läkare", "2024-04-09 14:00", 20, "öppenvård", [
        ("Status", "Pigg flicka, buken mjuk, inga eksem."),
        ("Bedömning", "Mjölkfri kost för mamma fortsätter två veckor, därefter återprovokation hemma."),
    ]),
], [], ["NL102:n1"], "Skåne BVC (PMO): typo 'Misstänk' before a hedged allergy; PMO does not show diagnoses")

C("s28h50_vg_mr_sannolikt_rorelseartefakt", "vgr", "1993-08-02", "587", "2024-10-28 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_neuromott_su", "Cecilia Mård/läkare", "2024-09-30 15:00", 30, "öppenvård", [
        ("Anamnes", "Återkommande pulserande huvudvärk med illamående och ljuskänslighet, tre till fyra attacker i månaden."),
        ("Bedömning", "Migrän utan aura. MR hjärna beställs då pat är mycket orolig."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_neuromott_su", "Cecilia Mård/läkare", "2024-10-21 13:20", 25, "öppenvård", [
        ("Utredning", "MR hjärna: oskarp signal frontalt hö, sannolikt rörelseartefakt. Inga ischemiska eller expansiva förändringar."),
        ("Bedömning", "Diagnos: Migrän utan aura. Profylax med propranolol diskuterat, pat vill avvakta."),
    ]),
], [], ["NL102:n2"], "VGR: 'sannolikt' qualifies an imaging artefact, a finding that is no disease; the migraine is confirmed")

C("s28h50_vg_psyk_oklart_om_tabletter", "vgr", "1972-04-27", "119", "2024-08-29 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_psyk_kungalv", "Ingrid Vall/läkare", "2024-05-20 10:00", 40, "öppenvård", [
        ("Diagnos", "Bipolär sjukdom typ 1, stabil på litium sedan 2019."),
        ("Planering", "Fortsatt Lithionit 84 mg 2 + 0 + 2, litiumkontroll om tre månader."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "vg_psyk_kungalv", "Robin Ek/sjuksköterska", "2024-08-21 15:30", 15, "öppenvård", [
        ("Aktuellt", "S-Litium 0,3 mmol/l, under terapeutiskt intervall. Oklart om pat tagit sina tabletter regelbundet senaste veckan. "
                     "Ny provtagning om fem dagar, pat påmind per telefon."),
    ]),
], [], ["NL102:n2"], "VGR psychiatry nurse note: 'Oklart om' is about adherence, not a diagnosis")
# ---------------- part 3 ----------------
unit("vg_brost_su", "vgr", "Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "1680")
unit("sk_barnonk_lund", "skane", "Barnonkologiska avdelningen 65, Skånes universitetssjukhus Lund", "4780")
unit("sk_uro_malmo", "skane", "Urologiska mottagningen, Skånes universitetssjukhus Malmö", "5450")
unit("sk_lungavd_lund", "skane", "Lungmedicinska avdelningen, Skånes universitetssjukhus Lund", "4715")

C("s28h50_vg_koloncancer_pad_ej_informerad", "vgr", "1955-10-21", "398", "2024-04-15 00:00", [
    N("n1", "Melior", "Koloskopianteckning", "vg_kirmott_sks", "Mattias Rehn/läkare", "2024-03-20 10:30", 40, "öppenvård", [
        ("Åtgärd", "Koloskopi till cekum. Ulcererande cirkumferent tumör i sigmoideum 25 cm från anus, biopsier tagna."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_kirmott_sks", "Mattias Rehn/läkare", "2024-04-02 15:50", 20, "öppenvård", [
        ("Aktuellt", "PAD från sigmoideum: adenocarcinom, måttligt differentierat. DT thorax-buk utan metastaser."),
        ("Information", "Pat ej informerad ännu, besked ges vid återbesök 12/4 tillsammans med kontaktsjuksköterska."),
    ]),
    N("n3", "Melior", "Mottagningsanteckning", "vg_kirmott_sks", "Mattias Rehn/läkare", "2024-04-12 09:00", 45, "öppenvård", [
        ("Aktuellt", "Informerat pat och hustrun om cancerdiagnosen och om planerad sigmoideumresektion."),
    ]),
    N("n4", "Melior", "Telefonanteckning", "vg_kirmott_sks", "Petra Sund/sjuksköterska", "2024-04-13 10:20", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer dagen efter beskedet med frågor om stomi, bokad tid hos stomiterapeut."),
    ]),
], ["NL101:n2"], [], "VGR: the PAD-note names the adenocarcinoma in a visible section and says the patient is not yet informed (told later in n3)")

C("s28h50_vg_brostcancer_besked_pa_fredag_told", "vgr", "1966-03-09", "464", "2024-06-21 00:00", [
    N("n1", "Melior", "Journalanteckning", "vg_brost_su", "Katarina Ohlin/läkare", "2024-06-11 16:00", 15, "öppenvård", [
        ("Aktuellt", "Histologi från mellannålsbiopsi hö bröst: invasiv duktal cancer, ER-positiv, HER2-negativ. Besked ej lämnat, pat kallas till läkarbesök på fredag."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "vg_brost_su", "Katarina Ohlin/läkare", "2024-06-14 10:15", 40, "öppenvård", [
        ("Aktuellt", "Informerat pat om diagnosen invasiv bröstcancer i hö bröst, kontaktsjuksköterska närvarande."),
        ("Planering", "Sektorresektion med portvaktskörtel, operationsanmälan gjord. Pat tog emot beskedet sansat och fick svar på sina frågor."),
    ]),
], [], ["NL101:n2"], "VGR: the follow-up note records that the patient was told the cancer diagnosis today; the earlier withholding note is not the target")

C("s28h50_sk_als_ssk_ej_fatt_besked", "skane", "1960-12-30", "187", "2024-10-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sk_neuroavd_lund", "Erik Holm/läkare", "2024-10-08 15:20", 30, "slutenvård", [
        ("Utredning", "EMG: aktiv och kronisk denervation i tre kroppsregioner, normala sensoriska svar."),
        ("Bedömning", "Diagnos: Amyotrofisk lateralskleros. Brytpunktssamtal planeras torsdag med pat och make."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "sk_neuroavd_lund", "Nora Berglund/sjuksköterska", "2024-10-09 21:10", 20, "slutenvård", [
        ("Omvårdnad", "Pat frågar flera gånger om EMG-svaret och är orolig inför natten. Pat har ännu inte fått besked om ALS-diagnosen, dr Holm håller samtalet på torsdag."),
    ]),
    N("n3", "Melior", "Läkaranteckning", "sk_neuroavd_lund", "Erik Holm/läkare", "2024-10-10 14:00", 60, "slutenvård", [
        ("Samtal", "Brytpunktssamtal med pat och make. Informerade om sjukdomen och om kontakt med ALS-teamet."),
    ]),
], ["NL101:n2"], [], "Skåne nurse note names the ALS diagnosis in a visible section and says the patient has not yet been told")

C("s28h50_sk_barn_all_foraldrar_ej_besked", "skane", "2016-09-14", "213", "2024-01-15 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "sk_barnonk_lund", "Fatima Rahimi/läkare", "2024-01-08 17:30", 50, "slutenvård", [
        ("Anamnes", "Blek och trött i tre veckor, blåmärken på benen och återkommande feber."),
        ("Lab", "Hb 72, TPK 18, LPK 34 med blaster i perifert blod."),
        ("Planering", "Benmärgsprov i morgon i narkos."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "sk_barnonk_lund", "Fatima Rahimi/läkare", "2024-01-09 19:40", 25, "slutenvård", [
        ("Utredning", "Flödescytometri av benmärg: B-cellsprekursor akut lymfatisk leukemi."),
        ("Information", "Varken barnet eller föräldrarna har fått besked om benmärgssvaret ännu, samtal i morgon kl 9 med barnonkolog och kurator."),
    ]),
], ["NL101:n2"], [], "Skåne child under 13: ALL diagnosis visible while neither the child nor the guardians have been told")

C("s28h50_sk_prostatacancer_besked_i_fredags", "skane", "1952-07-18", "335", "2024-05-10 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_uro_malmo", "Anders Ek/läkare", "2024-05-03 13:30", 30, "öppenvård", [
        ("Aktuellt", "Genomgång av biopsisvar: prostatacancer Gleason 4+3 i fyra av tolv biopsier. Diagnosen meddelad pat idag, skelettskintigrafi beställd."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_uro_malmo", "Helena Boström/sjuksköterska", "2024-05-06 10:50", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer med frågor om hormonbehandling och biverkningar. Han fick besked om prostatacancern av dr Ek i fredags och har läst broschyren."),
    ]),
], [], ["NL101:n2"], "Skåne: the nurse's note says the patient was told the diagnosis earlier; nothing is withheld")

C("s28h50_sk_gallsten_ej_informerad_om_datum", "skane", "1984-04-26", "742", "2024-03-30 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_kirmott_ystad", "Sebastian Nord/läkare", "2024-03-11 11:00", 30, "öppenvård", [
        ("Anamnes", "Återkommande smärtattacker under hö arcus efter fet mat sedan ett år."),
        ("Utredning", "UL: multipla gallkonkrement, normal gallblåsevägg."),
        ("Bedömning", "Diagnos: Symtomgivande gallstenssjukdom. Anmäls för laparoskopisk kolecystektomi."),
        ("Information", "Pat ännu inte informerad om operationsdatum, planeringsenheten återkommer per brev."),
    ]),
    N("n2", "Melior", "Administrativ anteckning", "sk_kirmott_ystad", "Lotta Mattsson/vårdadministratör", "2024-03-25 14:10", 5, "öppenvård", [
        ("Åtgärd", "Operationstid bokad 18/4, kallelse skickad."),
    ]),
], [], ["NL101:n1"], "Skåne: what is not yet told is the operation date, not the diagnosis")

C("s28h50_vg_formaksflimmer_remiss_ej_informerad", "vgr", "1964-09-01", "852", "2024-06-20 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_hjart_sas", "Jesper Ståhl/läkare", "2024-06-04 09:40", 30, "öppenvård", [
        ("Aktuellt", "Holter visar episoder av förmaksflimmer upp till sex timmar, symtomgivande med hjärtklappning."),
        ("Diagnos", "Paroxysmalt förmaksflimmer. CHA2DS2-VASc 2, apixaban insatt."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_hjart_sas", "Marie Lindblad/sjuksköterska", "2024-06-10 13:00", 10, "öppenvård", [
        ("Åtgärd", "Remiss för ablationsbedömning av paroxysmalt förmaksflimmer skickad till Sahlgrenska. "
                   "Pat ej informerad om att remissen gått iväg, kallelse kommer direkt därifrån."),
    ]),
], [], ["NL101:n2"], "VGR: the patient has not been told that the referral was sent; the atrial fibrillation diagnosis is known to him")

C("s28h50_vg_endometrios_normalt_ca125_ej_meddelat", "vgr", "1989-11-17", "226", "2024-02-26 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "vg_kvinno_ostra", "Sofia Hedlund/läkare", "2024-02-15 14:20", 30, "öppenvård", [
        ("Anamnes", "Känd endometrios stadium II sedan laparoskopi 2023, nu ökad dysmenorré."),
        ("Status", "Vaginalt UL: normala ovarier, inget endometriom."),
        ("Planering", "CA-125 tas, fortsatt dienogest."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_kvinno_ostra", "Jessica Wiklund/sjuksköterska", "2024-02-20 11:10", 10, "öppenvård", [
        ("Aktuellt", "CA-125 inom referensområdet. Pat ej meddelad om det normala provsvaret ännu, ringer henne i morgon förmiddag. "
                     "Diagnos endometrios kvarstår, behandlingen fortsätter oförändrad."),
    ]),
], [], ["NL101:n2"], "VGR: what is not yet told is a normal lab result, not a diagnosis")

C("s28h50_sk_smacellig_lungcancer_i_th_mall", "skane", "1950-05-05", "672", "2024-11-12 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "sk_lungavd_lund", "Magnus Friberg/läkare", "2024-11-05 16:20", 20, "slutenvård", [
        ("Bedömning", "Bronkoskopi-PAD: småcellig lungcancer. Pat ej informerad ännu, anhöriga vill vara med vid beskedet som planeras på fredag."),
    ]),
    N("n2", "Melior", "Daganteckning", "sk_lungavd_lund", "Magnus Friberg/läkare", "2024-11-05 16:45", 20, "slutenvård", [
        ("Aktuellt", "Inlagd för fortsatt utredning. Saturation 94 % på 2 l syrgas, hostar mindre än igår."),
    ]),
], [], ["NL101:n1"], "Skåne: the untold cancer diagnosis is written only in a note in the Tidiga hypoteser template; the visible day note holds no diagnosis")

C("s28h50_vg_njurcancer_tidiga_hypoteser_sokord", "vgr", "1958-06-28", "119", "2024-08-25 00:00", [
    N("n1", "Melior", "Journalanteckning", "vg_uro_su", "Peter Lund/läkare", "2024-08-12 15:30", 20, "öppenvård", [
        ("Aktuellt", "Svar på DT urografi har inkommit och granskats."),
        ("Tidiga hypoteser", "DT visar 4 cm solid kontrastladdande expansivitet i vä njure, talar för njurcellscancer. Pat ej informerad, besked vid återbesöket."),
        ("Planering", "Återbesök urolog 19/8, kontaktsjuksköterskan bokar tiden."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "vg_uro_su", "Peter Lund/läkare", "2024-08-19 10:00", 40, "öppenvård", [
        ("Aktuellt", "Pat och sonen informerade om fyndet i vä njure och om planerad laparoskopisk nefrektomi."),
    ]),
], [], ["NL101:n1", "NL102:n1"], "VGR: both the hedge and the 'not informed' remark sit only under the sökord Tidiga hypoteser; visible sections name no diagnosis")

C("s28h50_sk_myelom_dottern_ej_informerad", "skane", "1948-02-11", "570", "2024-07-08 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sk_hem_lund", "Jonas Ljungberg/läkare", "2024-07-01 14:40", 30, "öppenvård", [
        ("Utredning", "Benmärg: 30 % klonala plasmaceller, M-komponent IgG 42 g/l, lytiska förändringar i bäckenet."),
        ("Bedömning", "Diagnos: Multipelt myelom. Informerat pat om diagnosen och om planerad behandling med daratumumab-kombination."),
        ("Övrigt", "Pat önskar att hans dotter inte informeras förrän efter helgen, vilket respekteras."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_hem_lund", "Amira Saleh/sjuksköterska", "2024-07-03 09:15", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer angående tid för första behandlingen, bokad 8/7."),
    ]),
], [], ["NL101:n1"], "Skåne: the patient is told; only a relative (the daughter) is not yet informed")

C("s28h50_sk_glaukom_inget_om_information", "skane", "1957-10-03", "441", "2024-02-20 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "sk_ogon_lund", "Birgitta Håkansson/sjuksköterska", "2024-02-12 08:40", 20, "öppenvård", [
        ("Status", "Tryck 26/27 mmHg med Icare, synfält 24-2 utfört bilat."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "sk_ogon_lund", "Christoffer Blom/läkare", "2024-02-12 09:30", None, "öppenvård", [
        ("Bedömning", "Diagnos: Primärt öppenvinkelglaukom bilat med typiska synfältsdefekter i övre halvfältet. Start latanoprost en droppe till natten i båda ögonen."),
        ("Planering", "Tryckkontroll om sex veckor."),
    ]),
], [], ["NL101:n2"], "Skåne: a confirmed diagnosis with nothing said about telling the patient")

C("s28h50_vg_alzheimer_dottern_informerad_ej_pat", "vgr", "1939-08-08", "208", "2024-03-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_geri_alingsas", "Lena Torstensson/läkare", "2024-03-04 13:00", 30, "slutenvård", [
        ("Utredning", "Likvor med sänkt amyloid beta 42 och förhöjt fosfo-tau. DT hjärna med bilateral hippocampusatrofi."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_geri_alingsas", "Lena Torstensson/läkare", "2024-03-06 15:15", 25, "slutenvård", [
        ("Bedömning", "Diagnos: Alzheimers sjukdom med sen debut."),
        ("Information", "Dottern informerad per telefon. Pat själv har inte informerats om diagnosen ännu enligt familjens önskemål, tas upp på vårdplaneringen."),
    ]),
    N("n3", "Melior", "Omvårdnadsanteckning", "vg_geri_alingsas", "Jenny Åkesson/sjuksköterska", "2024-03-07 06:30", 15, "slutenvård", [
        ("Omvårdnad", "Sovit gott i natt, orienterad till person men inte till tid."),
    ]),
], ["NL101:n2"], [], "VGR: the daughter is told but the patient herself is not, while the diagnosis stands in the visible Bedömning")

C("s28h50_vg_melanom_ej_infomerad_typo", "vgr", "1980-01-12", "681", "2024-06-05 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "vg_hud_uddevalla", "Lovisa Kjellberg/läkare", "2024-05-14 10:20", 30, "öppenvård", [
        ("Åtgärd", "Excision av pigmenterad förändring hö vad med 2 mm marginal, skickad för PAD."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_hud_uddevalla", "Lovisa Kjellberg/läkare", "2024-05-28 16:00", None, "öppenvård", [
        ("Aktuellt", "PAD: malignt melanom, ytligt spridande, Breslow 1,4 mm, ej ulcererat."),
        ("Planering", "Pat ej infomerad om PAD-svaret, kallas till hudläkare för besked och planering av utvidgad excision med portvaktskörtel."),
    ]),
], ["NL101:n2"], [], "VGR: unsigned PAD note names the melanoma and says the patient is not informed, with the typo 'infomerad'")

C("s28h50_sk_kotkompression_ej_meddelat_telefon", "skane", "1952-03-27", "842", "2024-09-10 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_med_landskrona", "Karl Sjöberg/läkare", "2024-09-02 10:00", 30, "öppenvård", [
        ("Anamnes", "Akut ryggsmärta efter att ha lyft en blomkruka. 72-årig kvinna med tidigare handledsfraktur."),
        ("Planering", "Rtg bröst- och ländrygg samt DXA."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_med_landskrona", "Rut Nilsson/sjuksköterska", "2024-09-05 15:30", 10, "öppenvård", [
        ("Telefonkontakt", "Rtg: kotkompressionsfraktur Th12 med cirka 30 % höjdreduktion. Ej meddelat pat ännu – dr Sjöberg ringer henne i morgon och tar upp osteoporosbehandling."),
    ]),
], ["NL101:n2"], [], "Skåne: a vertebral fracture is written in a visible telephone note that says it has not yet been passed on to the patient")
# ---------------- part 4 ----------------
unit("vg_onh_su", "vgr", "Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "1770")

C("s28h50_sk_epikris_psc_ej_informerad_long", "skane", "1998-06-02", "371", "2024-04-20 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "sk_gastro_malmo", "Isak Ferm/läkare", "2024-04-02 18:10", 40, "slutenvård", [
        ("Aktuellt", "Blodiga diarréer 10–12 ggr per dygn sedan tre veckor, viktnedgång 5 kg."),
        ("Planering", "Koloskopi, fekalt kalprotektin och odlingar."),
    ]),
    N("n2", "Melior", "Koloskopianteckning", "sk_gastro_malmo", "Hedvig Sund/läkare", "2024-04-03 11:00", 60, "slutenvård", [
        ("Åtgärd", "Kontinuerlig inflammation från rektum upp till cekum, Mayo endoskopisk score 3. Biopsier tagna."),
    ]),
    N("n3", "Melior", "Epikris", "sk_gastro_malmo", "Isak Ferm/läkare", "2024-04-12 14:00", 120, "slutenvård", [
        ("Orsak till inläggning", "Blodiga diarréer och viktnedgång, inlagd för utredning och behandling."),
        ("Diagnos", "Ulcerös kolit, pankolit, svårt skov (K51.0). Primär skleroserande kolangit (K83.0)."),
        ("Vårdförlopp", "Iv kortison med gradvis minskning av tarmtömningarna till två–tre per dygn utan blod. "
                        "Stigande ALP föranledde MRCP som visade multipla strikturer i intra- och extrahepatiska gallgångar. "
                        "Infliximab första dos given dag 5 efter negativ Quantiferon. Vikten stabil sista veckan."),
        ("Information", "Pat ej informerad om PSC-diagnosen under vårdtiden, tas upp vid återbesöket hos hepatolog."),
        ("Läkemedel", "Prednisolon nedtrappning enligt schema, mesalazin 4 g dagligen, infliximab enligt induktionsschema."),
        ("Uppföljning", "Återbesök gastromottagningen om tre veckor med kalprotektin och Hb före besöket."),
    ]),
], ["NL101:n3"], [], "Skåne long discharge summary: PSC is listed as a diagnosis and the Information section says the patient was not told")

C("s28h50_vg_hiv_ej_underrattad", "vgr", "1994-02-19", "590", "2024-10-10 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "vg_infekt_ostra", "Malin Grahn/sjuksköterska", "2024-10-01 13:20", 15, "öppenvård", [
        ("Aktuellt", "Provtagning efter oskyddat samlag utomlands: HIV, syfilis, klamydia och gonorré."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_infekt_ostra", "Adam Westin/läkare", "2024-10-04 15:40", 20, "öppenvård", [
        ("Aktuellt", "Konfirmerande test: HIV-1-infektion, virusmängd 85 000 kopior/ml. "
                     "Patienten är ännu inte underrättad, kallas till läkarbesök och smittspårningssamtal på måndag."),
    ]),
    N("n3", "Melior", "Mottagningsanteckning", "vg_infekt_ostra", "Adam Westin/läkare", "2024-10-07 10:30", 50, "öppenvård", [
        ("Samtal", "Pat informerad om HIV-diagnosen, kurator deltog. Smittspårning påbörjad och behandling planeras."),
    ]),
], ["NL101:n2"], [], "VGR: confirmed HIV infection in a visible section while 'Patienten är ännu inte underrättad'")

C("s28h50_sk_parkinson_besked_ej_lamnat", "skane", "1955-09-25", "650", "2024-02-12 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_neuro_malmo", "Tobias Falk/läkare", "2024-01-16 13:15", 30, "öppenvård", [
        ("Anamnes", "Vilotremor hö hand sedan ett år, mindre medsväng i hö arm enligt hustrun."),
        ("Status", "Rigiditet med kugghjulsfenomen hö arm, bradykinesi vid fingertapping."),
        ("Planering", "DaTSCAN."),
    ]),
    N("n2", "Melior", "Journalanteckning", "sk_neuro_malmo", "Tobias Falk/läkare", "2024-02-07 16:10", 15, "öppenvård", [
        ("Utredning", "DaTSCAN: bilateralt nedsatt upptag i putamen, mest uttalat vä."),
        ("Diagnos", "Parkinsons sjukdom. Besked ej lämnat till pat, sker vid nästa besök då hustrun kan följa med."),
    ]),
], ["NL101:n2"], [], "Skåne: the Diagnos section names Parkinson's disease and says the news has not been given to the patient")

C("s28h50_vg_hjarnmetastaser_avvaktar_information", "vgr", "1969-11-11", "455", "2024-05-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_onk_su", "Klara Ström/läkare", "2024-05-06 10:50", 30, "öppenvård", [
        ("Aktuellt", "Känt malignt melanom stadium III, adjuvant nivolumab avslutad i januari. Nu huvudvärk och ostadighet sedan en vecka."),
        ("Planering", "MR hjärna akut."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_onk_su", "Klara Ström/läkare", "2024-05-08 17:05", 25, "öppenvård", [
        ("Utredning", "MR hjärna: tre metastaser, den största 14 mm i cerebellum hö med lätt omgivande ödem."),
        ("Bedömning", "Hjärnmetastaser från malignt melanom. I samråd med ansvarig onkolog avvaktar vi med information till pat tills strålonkolog bedömt möjligheten till stereotaktisk strålning."),
    ]),
], ["NL101:n2"], [], "VGR: the team deliberately holds back the news of brain metastases, which are named in the visible Bedömning")

C("s28h50_vg_mesoteliom_th_och_synlig_bedomning", "vgr", "1949-12-19", "318", "2024-10-01 00:00", [
    N("n1", "Melior", "Journalanteckning", "vg_lung_ostra", "Hans Rydberg/läkare", "2024-09-17 15:00", 30, "öppenvård", [
        ("Aktuellt", "Pleurabiopsisvar har inkommit."),
        ("Tidiga hypoteser", "PAD: malignt mesoteliom av epiteloid typ. Asbestexponering som varvsarbetare på 70-talet."),
        ("Bedömning", "Malignt mesoteliom enligt PAD. Pat ej informerad om biopsisvaret, besked på mottagningen 24/9 med kontaktsjuksköterska."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "vg_lung_ostra", "Hans Rydberg/läkare", "2024-09-24 11:00", 45, "öppenvård", [
        ("Aktuellt", "Informerat pat och sambo om lungsäckscancern och om remiss till onkolog."),
    ]),
], ["NL101:n1"], [], "VGR: a Tidiga hypoteser section exists, but the untold diagnosis is repeated in the visible Bedömning")

C("s28h50_vg_levermetastaser_ssk_kopierar_ej_informerad", "vgr", "1961-07-04", "274", "2024-02-20 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_kiravd_sks", "Oliver Sten/läkare", "2024-02-12 14:30", 30, "slutenvård", [
        ("Aktuellt", "DT buk inför planerad hemikolektomi visar fyra levermetastaser, den största 3 cm."),
        ("Bedömning", "Levermetastaser från koloncancer. Pat ej informerad, samtal med pat och hustru bokat i morgon eftermiddag."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_kiravd_sks", "Felicia Hansson/sjuksköterska", "2024-02-12 20:50", 15, "slutenvård", [
        ("Omvårdnad", "Enl. läk.ant. idag: levermetastaser på DT, pat ej informerad ännu – samtal i morgon eftermiddag. Pat frågar om operationen blir av, hänvisat till läkarsamtalet."),
    ]),
    N("n3", "Melior", "Läkaranteckning", "vg_kiravd_sks", "Oliver Sten/läkare", "2024-02-13 16:00", 30, "slutenvård", [
        ("Samtal", "Informerat pat och hustru om levermetastaserna, operationen skjuts upp i väntan på MDK."),
    ]),
], ["NL101:n2"], [], "VGR: the evening nurse note copies the doctor's 'pat ej informerad' together with the diagnosis into a visible section")

C("s28h50_sk_lungcancer_idag_informerad_trots_tidigare", "skane", "1957-01-22", "253", "2024-03-15 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "sk_lung_lund", "Emma Grönvall/läkare", "2024-03-04 15:10", 20, "öppenvård", [
        ("Bedömning", "PAD från EBUS station 4L: adenocarcinom, PD-L1 60 %. Pat ej informerad, besked vid återbesöket på fredag."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sk_lung_lund", "Emma Grönvall/läkare", "2024-03-08 10:00", 45, "öppenvård", [
        ("Aktuellt", "Vid förra besöket hade pat inte fått besked om PAD. Idag informerad av undertecknad om diagnosen adenocarcinom i vä lunga, stadium IIIA."),
        ("Planering", "Remiss onkologen för kurativt syftande radiokemoterapi. Kontaktsjuksköterskan följer upp per telefon nästa vecka."),
    ]),
], [], ["NL101:n2"], "Skåne: the note mentions that the patient had not been told before, but records that he was told today")

C("s28h50_vg_jarnbrist_ej_informerad_om_tid", "vgr", "1945-05-30", "861", "2024-11-20 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_med12_nal", "Linus Ahl/läkare", "2024-11-11 14:20", 30, "slutenvård", [
        ("Lab", "Hb 94, ferritin 6, MCV 74."),
        ("Bedömning", "Diagnos: Järnbristanemi. Iv järn ges på avdelningen, gastroskopi och koloskopi planeras polikliniskt."),
        ("Information", "Pat ännu inte informerad om tid för gastroskopin, kallelse kommer per post."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_med12_nal", "Sandra Eliasson/sjuksköterska", "2024-11-12 16:00", 15, "slutenvård", [
        ("Omvårdnad", "Järninfusion given utan reaktion, pat hemgången med taxi."),
    ]),
], [], ["NL101:n1"], "VGR: the patient has not been told an appointment time; the anaemia diagnosis is not withheld")

C("s28h50_vg_ulcus_benign_pad_ej_meddelat", "vgr", "1962-03-03", "419", "2024-08-20 00:00", [
    N("n1", "Melior", "Gastroskopianteckning", "vg_gastro_su", "Erika Palm/läkare", "2024-08-05 09:30", 45, "öppenvård", [
        ("Åtgärd", "Gastroskopi: 1,5 cm ulcus i antrum, biopsier tagna. PPI i dubbel dos, NSAID sätts ut."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_gastro_su", "Erika Palm/läkare", "2024-08-14 15:15", 10, "öppenvård", [
        ("Aktuellt", "PAD från antrumulcus: ingen malignitet, ingen Helicobacter. Diagnos: NSAID-utlöst ventrikelulcus, känt för pat sedan gastroskopin."),
        ("Planering", "Pat ej informerad om det benigna PAD-svaret ännu, ssk ringer i morgon. Kontrollgastroskopi om åtta veckor."),
    ]),
], [], ["NL101:n2"], "VGR: only the benign biopsy result is untold; the ulcer diagnosis is already known to the patient")

C("s28h50_sk_barn_rolandisk_epilepsi_informerade", "skane", "2016-04-18", "580", "2024-05-25 00:00", [
    N("n1", "Melior", "Journalanteckning", "sk_barnmott_lund", "Viveka Tell/läkare", "2024-05-13 16:00", 15, "öppenvård", [
        ("Utredning", "Sömn-EEG: centrotemporala spikes bilat, aktiverade i sömn."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sk_barnmott_lund", "Viveka Tell/läkare", "2024-05-20 10:30", 30, "öppenvård", [
        ("Bedömning", "Diagnos: Självbegränsande epilepsi med centrotemporala spikes. Föräldrarna och barnet informerade om diagnosen och den goda prognosen."),
        ("Planering", "Ingen medicinering i nuläget, skriftlig information om anfallshantering lämnad."),
    ]),
], [], ["NL101:n2"], "Skåne child: both guardians and the child are told the epilepsy diagnosis")

C("s28h50_vg_hjartsvikt_informerad_av_remittent", "vgr", "1950-10-14", "536", "2024-05-05 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "vg_hjart_sas", "Nadia Hussein/läkare", "2024-04-16 13:40", 30, "öppenvård", [
        ("Aktuellt", "Remiss från vc pga hjärtsvikt med EF 35 % på UCG. Pat redan informerad av remitterande distriktsläkare om diagnosen hjärtsvikt."),
        ("Planering", "Upptitrering av sacubitril/valsartan och bisoprolol, start dapagliflozin."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "vg_hjart_sas", "Annelie Kron/sjuksköterska", "2024-04-30 10:00", 15, "öppenvård", [
        ("Aktuellt", "Vikt 82,4 kg, blodtryck 112/70, kalium 4,6. Bisoprolol höjs till 5 mg."),
    ]),
], [], ["NL101:n1"], "VGR: the patient was already told the diagnosis by the referring GP")

C("s28h50_sk_kll_informerd_typo", "skane", "1954-08-09", "916", "2024-12-16 00:00", [
    N("n1", "Melior", "Journalanteckning", "sk_hem_lund", "Patrik Sandell/läkare", "2024-12-02 15:30", 15, "öppenvård", [
        ("Utredning", "Flödescytometri perifert blod: klonala B-celler CD5+/CD23+, lymfocyter 14."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sk_hem_lund", "Patrik Sandell/läkare", "2024-12-09 09:20", 30, "öppenvård", [
        ("Bedömning", "Diagnos: Kronisk lymfatisk leukemi, Binet A. Pat informerd om diagnosen och att behandling inte behövs i nuläget."),
        ("Planering", "Blodprovskontroll var sjätte månad på vårdcentralen."),
    ]),
], [], ["NL101:n2"], "Skåne: the patient is told (typo 'informerd'); nothing is withheld")

C("s28h50_vg_tungcancer_meddelat_per_telefon", "vgr", "1971-02-25", "697", "2024-06-28 00:00", [
    N("n1", "Melior", "Journalanteckning", "vg_onh_su", "Daniel Kvist/läkare", "2024-06-17 12:00", 20, "öppenvård", [
        ("Aktuellt", "Biopsi från sår i hö tungrand, svar väntas inom en vecka."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_onh_su", "Daniel Kvist/läkare", "2024-06-25 14:30", 15, "öppenvård", [
        ("Telefonkontakt", "Ringt pat enligt överenskommelse och meddelat PAD-svaret: skivepitelcancer i hö tungrand. Pat fick ställa frågor och erbjöds att komma hit i morgon, tackade ja."),
    ]),
], [], ["NL101:n2"], "VGR: the diagnosis was given to the patient by telephone, as the note records")

C("s28h50_vg_autism_aterkoppling_ej_gjord", "vgr", "2000-07-21", "148", "2024-05-10 00:00", [
    N("n1", "Melior", "Psykologanteckning", "vg_psyk_kungalv", "Hanna Lindqvist/psykolog", "2024-04-10 14:00", 90, "öppenvård", [
        ("Utredning", "WAIS-IV, ADOS-2 och utvecklingsanamnes med mamma genomförda. Sammanställning pågår."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_psyk_kungalv", "Magnus Ohlsson/läkare", "2024-04-24 11:00", 30, "öppenvård", [
        ("Diagnos", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning, F84.5."),
        ("Planering", "Återgivning ej gjord, pat är inte informerad om diagnosen. Återkopplingssamtal med psykolog och läkare 6/5."),
    ]),
], ["NL101:n2"], [], "VGR psychiatry: an assessment diagnosis is set in the visible Diagnos section before the feedback meeting; the patient is not informed")

C("s28h50_sk_cin3_ej_kontaktad", "skane", "1995-01-31", "502", "2024-09-25 00:00", [
    N("n1", "Melior", "Kolposkopianteckning", "sk_kvinno_hbg", "Elsa Wendt/läkare", "2024-09-03 10:20", 30, "öppenvård", [
        ("Åtgärd", "Kolposkopi: acetovitt område kl 12 på portio, px tagna."),
    ]),
    N("n2", "Melior", "Journalanteckning", "sk_kvinno_hbg", "Elsa Wendt/läkare", "2024-09-16 15:50", None, "öppenvård", [
        ("Aktuellt", "PAD från cervix: CIN 3 (HSIL), HPV 16 positiv."),
        ("Planering", "Pat ännu ej kontaktad om PAD-svaret, ssk ringer i morgon. Konisering planeras."),
    ]),
], ["NL101:n2"], [], "Skåne: unsigned draft names CIN 3 and says the patient has not yet been contacted about the result")
# ---------------- part 5 ----------------
unit("sk_geri_ystad", "skane", "Geriatriska mottagningen, Ystads lasarett", "8150")
unit("vg_reuma_su", "vgr", "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "1730")

C("s28h50_sk_sannolik_hjartsvikt_ntprobnp", "skane", "1944-06-06", "377", "2024-02-02 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_med_landskrona", "Sven Ottosson/läkare", "2024-01-22 10:40", None, "öppenvård", [
        ("Anamnes", "Andfåddhet vid ansträngning och nattlig hosta sedan två månader, svullna anklar på kvällen."),
        ("Status", "Halsvenstas 4 cm, basala krepitationer bilat, pittingödem till mitt på underbenen."),
        ("Bedömning", "Sannolik hjärtsvikt, NT-proBNP 3400. Ekokardiografi bokas, furosemid 40 mg insatt."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_med_landskrona", "Josefine Möller/sjuksköterska", "2024-01-29 13:10", 5, "öppenvård", [
        ("Telefonkontakt", "Pat har gått ned 2 kg och kissar mycket, andas lättare nattetid."),
    ]),
], ["NL102:n1"], [], "Skåne: 'Sannolik hjärtsvikt' in the visible Bedömning before echocardiography")

C("s28h50_vg_mojlig_tia_stroke", "vgr", "1951-09-19", "614", "2024-07-20 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "vg_stroke_lidk", "Maja Engström/läkare", "2024-07-14 11:30", 40, "slutenvård", [
        ("Anamnes", "Plötslig talsvårighet i cirka 20 minuter under frukosten, helt återställd vid ankomst."),
        ("Status", "NIHSS 0, inga pareser, talet flytande."),
        ("Bedömning", "Möjlig TIA i vä hemisfären. DT-angio halskärl, telemetri och laddningsdos ASA."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_stroke_lidk", "Kevin Sjödin/sjuksköterska", "2024-07-15 06:00", 10, "slutenvård", [
        ("Omvårdnad", "Telemetri utan arytmier under natten, pat har sovit gott."),
    ]),
    N("n3", "Melior", "Daganteckning", "vg_stroke_lidk", "Maja Engström/läkare", "2024-07-15 13:45", 20, "slutenvård", [
        ("Utredning", "DT-angio: 60 % stenos i vä a. carotis interna. Remiss kärlkirurg för ställningstagande till endarterektomi."),
    ]),
], ["NL102:n1"], [], "VGR: 'Möjlig TIA' in the admission note's visible Bedömning")

C("s28h50_sk_ev_begynande_demens_typo", "skane", "1941-12-24", "145", "2024-10-20 00:00", [
    N("n1", "Melior", "Arbetsterapeutanteckning", "sk_geri_ystad", "Lena Paulsson/arbetsterapeut", "2024-10-02 10:00", 60, "öppenvård", [
        ("Aktivitetsbedömning", "Behöver påminnelser vid kaffekokning och missar steg i sekvensen. Klarar personlig hygien självständigt."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "sk_geri_ystad", "Gustav Borg/läkare", "2024-10-09 13:30", 30, "öppenvård", [
        ("Status", "MMSE 24/30, klocktest med felplacerade visare."),
        ("Bedömning", "Ev. begynande demenssjukdom, DT hjärna och demensblodprover beställda."),
    ]),
], ["NL102:n2"], [], "Skåne: 'Ev. begynande demenssjukdom' (typo 'begynande') in a visible Bedömning")

C("s28h50_vg_ssk_trol_erysipelas_efter_lakare", "vgr", "1938-04-12", "583", "2024-12-14 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_med_kungalv", "Elias Wern/läkare", "2024-12-09 15:00", 30, "slutenvård", [
        ("Bedömning", "Erysipelas hö fot med ingångsport i fotsvamp mellan tårna, bensylpenicillin 3 g x 3."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_med_kungalv", "Ronja Fält/sjuksköterska", "2024-12-10 08:20", 20, "slutenvård", [
        ("Omvårdnad", "Pat behandlas för trol. erysipelas hö fot, rodnadens kant markerad med penna kl 08. Benet i högläge, smärtskattning VAS 3."),
    ]),
], ["NL102:n2"], [], "VGR: the nurse adds a hedge ('trol.') to a diagnosis the doctor had written plainly; the nurse's note is visible")

C("s28h50_vg_geri_nattssk_misstankt_uvi", "vgr", "1932-03-08", "264", "2024-02-05 00:00", [
    N("n1", "Melior", "Omvårdnadsanteckning", "vg_geri_alingsas", "Ebba Holst/sjuksköterska", "2024-01-30 03:15", None, "slutenvård", [
        ("Omvårdnad", "Pat mer förvirrad än vanligt i natt, plockig och försöker kliva ur sängen. Misstänkt UVI, urinodling tagen och jourläkare kontaktad."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_geri_alingsas", "Mohammed Nasser/läkare", "2024-01-31 11:00", 25, "slutenvård", [
        ("Bedömning", "Delirium, utlösande orsak utreds. Mobilisering och dygnsrytm prioriteras i väntan på odlingssvar."),
    ]),
], ["NL102:n1"], [], "VGR night nurse writes 'Misstänkt UVI' in a visible Omvårdnad section")

C("s28h50_vg_missankt_lungembolli_typo", "vgr", "1967-11-30", "493", "2024-03-30 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_nal", "Filip Törnqvist/läkare", "2024-03-25 09:50", 35, "öppenvård", [
        ("Anamnes", "Plötslig andfåddhet och hugg i hö sida av bröstet sedan i morse. Knäprotesopererad för tre veckor sedan."),
        ("Status", "Puls 112, sat 91 %, AF 24."),
        ("Bedömning", "Missänkt lungembolli, Wells 6. DT lungartärer beställd, Fragmin i behandlingsdos ges direkt."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_med12_nal", "Hanna Wikström/läkare", "2024-03-26 10:15", 20, "slutenvård", [
        ("Aktuellt", "DT: bilaterala segmentella embolier. Apixaban påbörjat, behandling i minst tre månader."),
    ]),
], ["NL102:n1"], [], "VGR: typo in both hedge and diagnosis ('Missänkt lungembolli') in the visible Bedömning")

C("s28h50_sk_sannolkit_diskbrack_typo", "skane", "1985-08-14", "718", "2024-03-12 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_orto_lund", "Julia Engdahl/läkare", "2024-02-27 14:00", 30, "öppenvård", [
        ("Anamnes", "Ryggvärk med utstrålning ned på vä bens baksida sedan två månader, stickningar i stortån."),
        ("Status", "Lasègue pos vä vid 40°, nedsatt kraft i stortåns dorsalflexion vä."),
        ("Bedömning", "Sannolkit diskbråck L4–L5 vä, MR ländrygg beställd."),
    ]),
    N("n2", "Melior", "Fysioterapeutanteckning", "sk_orto_lund", "Alva Rosén/fysioterapeut", "2024-03-05 08:45", 45, "öppenvård", [
        ("Åtgärd", "Instruerat i avlastande viloställningar och promenader, ny tid om två veckor."),
    ]),
], ["NL102:n1"], [], "Skåne: typo 'Sannolkit' before a disc herniation in the visible Bedömning")

C("s28h50_vg_barn_misstankt_kawasaki", "vgr", "2021-11-02", "520", "2024-02-06 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_barnakut_dsbus", "Ali Rahman/läkare", "2024-02-03 14:20", 30, "öppenvård", [
        ("Anamnes", "Feber sedan sex dagar trots paracetamol, irriterad och äter dåligt."),
        ("Status", "Bilateral konjunktivit utan sekret, jordgubbstunga, spruckna läppar, ödem på hand- och fotryggar."),
        ("Bedömning", "Misstänkt Kawasakis sjukdom. Läggs in, UCG idag och IVIG startas efter samråd med bakjour."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_barnavd_dsbus", "Tilda Ahlgren/sjuksköterska", "2024-02-03 22:10", 15, "slutenvård", [
        ("Omvårdnad", "IVIG-infusion påbörjad kl 21, pappa vaken hos barnet."),
    ]),
], ["NL102:n1"], [], "VGR child under 13 (guardians read): 'Misstänkt Kawasakis sjukdom' in a visible emergency note")

C("s28h50_sk_long_hemokromatos_i_planering", "skane", "1972-01-16", "433", "2024-07-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sk_med_landskrona", "Sara Lindahl/läkare", "2024-06-17 09:00", 60, "öppenvård", [
        ("Anamnes", "52-årig man remitterad från vc för förhöjt ferritin och lätt förhöjda transaminaser. Trött sedan ett år, "
                    "värk i MCP II–III bilat. Alkohol 4–5 glas vin per vecka."),
        ("Aktuella läkemedel", "Enalapril 10 mg x 1."),
        ("Status", "AT gott. Cor: regelbunden rytm, inga blåsljud. Pulm: ua. Buk: mjuk, leverkant palpabel 2 cm under arcus, oöm. "
                   "Leder: lätt ömhet MCP II–III bilat utan synovit. Hud: ua."),
        ("Lab", "Ferritin 1850, transferrinmättnad 78 %, ALAT 1,4, ASAT 1,0, Hb 152, HbA1c 44."),
        ("Bedömning", "Kraftigt förhöjd järninlagring med hög transferrinmättnad."),
        ("Planering", "Utredning av misstänkt hemokromatos med HFE-genotypning och MR lever för järnkvantifiering. Återbesök med svaren om fyra veckor."),
    ]),
    N("n2", "Melior", "Journalanteckning", "sk_med_landskrona", "Sara Lindahl/läkare", "2024-07-08 14:00", 15, "öppenvård", [
        ("Utredning", "HFE-analys: homozygot C282Y. Venesectio 500 ml varannan vecka planeras."),
    ]),
], ["NL102:n1"], [], "Skåne long chart: every section is neutral except Planering, which names a suspected haemochromatosis")

C("s28h50_vg_epikris_misstankt_lakemedelshepatit", "vgr", "1979-05-08", "826", "2024-09-20 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "vg_med_kungalv", "Alice Granath/läkare", "2024-09-08 19:30", 45, "slutenvård", [
        ("Aktuellt", "Gulsot och klåda sedan en vecka. Avslutade en kur amoxicillin-klavulansyra för tio dagar sedan."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_med_kungalv", "Alice Granath/läkare", "2024-09-10 12:00", 20, "slutenvård", [
        ("Utredning", "Hepatitserologi negativ, UL lever och gallvägar ua, ALAT 9,8, bilirubin 112."),
    ]),
    N("n3", "Melior", "Epikris", "vg_med_kungalv", "Alice Granath/läkare", "2024-09-13 15:00", 90, "slutenvård", [
        ("Utskrivningsdiagnos", "Misstänkt läkemedelsutlöst hepatit (amoxicillin-klavulansyra)."),
        ("Vårdförlopp", "Sjunkande leverprover utan specifik behandling, klådan lindrad med kolestyramin."),
        ("Uppföljning", "Leverprover på vc om en vecka. Amoxicillin-klavulansyra registreras som överkänslighet."),
    ]),
], ["NL102:n3"], [], "VGR discharge summary with a hedged discharge diagnosis")

C("s28h50_vg_th_sokord_plus_dd_als_i_bedomning", "vgr", "1966-10-27", "357", "2024-06-25 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_neuromott_su", "Victor Hallin/läkare", "2024-06-03 14:00", 40, "öppenvård", [
        ("Anamnes", "Svaghet i hö hand sedan ett halvår, tappar saker, muskelryckningar i överarmarna."),
        ("Status", "Atrofi av interossei hö, fascikulationer i båda överarmarna, livliga reflexer."),
        ("Tidiga hypoteser", "Misstänkt motorneuronsjukdom av ALS-typ."),
        ("Bedömning", "Distal svaghet med fascikulationer, DD ALS eller multifokal motorisk neuropati. EMG och MR halsrygg beställda."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_neuromott_su", "Victor Hallin/läkare", "2024-06-20 16:00", 15, "öppenvård", [
        ("Utredning", "EMG: denervation i två regioner, ledningshastigheter normala."),
    ]),
], ["NL102:n1"], [], "VGR: the hypothesis is under Tidiga hypoteser but the differential 'DD ALS' also stands in the visible Bedömning")

C("s28h50_sk_th_mall_sedan_ssk_misstankt_lymfom", "skane", "1976-02-02", "639", "2024-08-28 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "sk_med3_krist", "Ola Stenberg/läkare", "2024-08-19 16:30", 20, "slutenvård", [
        ("Bedömning", "Generaliserade lymfkörtelförstoringar på DT, nattliga svettningar och viktnedgång. Misstänkt lymfom, körtelexstirpation bokad."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "sk_med3_krist", "Matilda Jeppsson/sjuksköterska", "2024-08-20 14:00", 15, "slutenvård", [
        ("Aktuellt", "Pat inlagd för utredning av misstänkt lymfom, opereras i morgon för körtelbiopsi på halsen. Fastar från midnatt."),
    ]),
], ["NL102:n2"], [], "Skåne: the doctor protected the lymphoma hypothesis in the Tidiga hypoteser template, but the nurse's ordinary note repeats it visibly")

C("s28h50_vg_differentialdiagnostiskt_pmr", "vgr", "1950-07-01", "901", "2024-03-28 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_reuma_su", "Louise Ek/läkare", "2024-03-18 10:00", 30, "öppenvård", [
        ("Anamnes", "Värk och stelhet i skuldror och höfter på morgnarna i två månader, svårt att ta på sig kavajen."),
        ("Lab", "SR 58, CRP 31, RF och anti-CCP negativa."),
        ("Bedömning", "Differentialdiagnostiskt övervägs polymyalgia reumatika och senil reumatoid artrit. Provbehandling med Prednisolon 15 mg."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_reuma_su", "Ingela Torp/sjuksköterska", "2024-03-25 09:30", 10, "öppenvård", [
        ("Telefonkontakt", "Pat beskriver att stelheten nästan försvunnit efter tre dagar med kortison."),
    ]),
], ["NL102:n1"], [], "VGR: 'Differentialdiagnostiskt övervägs' two diagnoses in the visible Bedömning")

C("s28h50_sk_kan_inte_utesluta_stressfraktur", "skane", "1992-09-12", "275", "2024-05-25 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_orto_hlm", "Rasmus Wallin/läkare", "2024-05-06 15:15", 30, "öppenvård", [
        ("Anamnes", "Långdistanslöpare som ökat träningsmängden inför maraton, smärta i framfoten vid belastning sedan tre veckor."),
        ("Status", "Punktöm över distala metatarsale II hö, lätt svullnad."),
        ("Utredning", "Slätröntgen utan synlig frakturlinje."),
        ("Bedömning", "Kan inte utesluta stressfraktur i metatarsale II hö. Avlastning med ortos, MR om kvarstående besvär om två veckor."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_orto_hlm", "Therese Dahlin/sjuksköterska", "2024-05-21 11:00", 10, "öppenvård", [
        ("Telefonkontakt", "Pat rapporterar mindre värk med ortosen, MR avvaktas tills vidare."),
    ]),
], ["NL102:n1"], [], "Skåne: 'Kan inte utesluta stressfraktur' after a normal X-ray is a hedged diagnosis")

C("s28h50_vg_eventuel_bipolar_typo", "vgr", "1990-12-03", "682", "2024-11-20 00:00", [
    N("n1", "Melior", "Psykologanteckning", "vg_psyk_kungalv", "Elin Ramberg/psykolog", "2024-11-05 13:00", 60, "öppenvård", [
        ("Samtal", "Beskriver perioder med minskat sömnbehov, ökad energi och impulsiva köp som varar några dagar."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_psyk_kungalv", "Magnus Ohlsson/läkare", "2024-11-12 10:00", 30, "öppenvård", [
        ("Aktuellt", "Deprimerad sedan i somras, tidigare svarat dåligt på sertralin."),
        ("Bedömning", "Eventuel bipolär sjukdom typ 2, stämningsdagbok under fyra veckor innan ställningstagande till lamotrigin."),
    ]),
], ["NL102:n2"], [], "VGR psychiatry: typo 'Eventuel' before bipolar disorder in the visible Bedömning")
# ---------------- part 6 ----------------
unit("vg_infavd_ostra", "vgr", "Infektionsavdelning 2, Sahlgrenska Universitetssjukhuset Östra", "1855")
unit("vg_ortoakut_mol", "vgr", "Ortopedakuten, Mölndals sjukhus", "1705")

C("s28h50_sk_stark_misstanke_endometrios", "skane", "1997-03-14", "266", "2024-07-10 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_kvinno_hbg", "Rebecca Sundin/läkare", "2024-04-08 13:00", 30, "öppenvård", [
        ("Anamnes", "Svår dysmenorré sedan menarche, djup dyspareuni och smärta vid tarmtömning under mens."),
        ("Status", "Öm och förtjockad vä sakrouterinligament vid palpation, vaginalt UL ua."),
        ("Bedömning", "Stark misstanke om endometrios. Kontinuerlig behandling med kombinerade p-piller, ställningstagande till laparoskopi vid otillräcklig effekt."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_kvinno_hbg", "Ellen Hägg/sjuksköterska", "2024-07-05 10:30", 5, "öppenvård", [
        ("Telefonkontakt", "Pat mår bättre, blöder inte och har mindre smärta än tidigare."),
    ]),
], ["NL102:n1"], [], "Skåne: 'Stark misstanke om endometrios' is still a suspicion, visible in Bedömning")

C("s28h50_vg_barn_telefon_trolig_calicivirus", "vgr", "2019-05-22", "441", "2024-01-15 00:00", [
    N("n1", "Melior", "Telefonanteckning", "vg_barn_nal", "Kajsa Lindgren/sjuksköterska", "2024-01-10 07:50", 10, "öppenvård", [
        ("Telefonkontakt", "Mamma ringer: dottern har kräkts sex gånger sedan i natt och haft lös avföring, flera på förskolan är sjuka. "
                           "Trolig calicivirusinfektion, råd om små mängder vätska ofta och om tecken på uttorkning."),
    ]),
    N("n2", "Melior", "Akutanteckning", "vg_akut_nal", "Jonatan Berglund/läkare", "2024-01-11 18:40", 30, "öppenvård", [
        ("Status", "Pigg, fuktiga slemhinnor, kapillär återfyllnad under 2 s."),
        ("Bedömning", "Lindrig dehydrering, klarar peroral vätska. Hemgång."),
    ]),
], ["NL102:n1"], [], "VGR child: a telephone-advice nurse writes 'Trolig calicivirusinfektion' in a visible Telefonkontakt section")

C("s28h50_sk_mammografi_susp_malignitet", "skane", "1963-07-29", "820", "2024-10-25 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_brost_malmo", "Cornelia Vik/läkare", "2024-10-15 11:20", 40, "öppenvård", [
        ("Utredning", "Mammografi och UL: 12 mm spikulerad förändring hö bröst kl 10, susp. malignitet (BI-RADS 5)."),
        ("Åtgärd", "Mellannålsbiopsi tagen x 3, svar om en vecka."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sk_brost_malmo", "Cornelia Vik/läkare", "2024-10-22 10:00", 40, "öppenvård", [
        ("Aktuellt", "PAD: invasiv lobulär cancer. Pat informerad idag, operation planeras inom tre veckor."),
    ]),
], ["NL102:n1"], [], "Skåne: 'susp. malignitet' written in the visible Utredning of the imaging note")

C("s28h50_vg_anamnes_fragestallning_sepsis_kopierad", "vgr", "1953-12-12", "238", "2024-04-26 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_su", "Hugo Lindmark/läkare", "2024-04-20 02:40", 40, "öppenvård", [
        ("Bedömning", "Feber, hypotension och laktat 4,1. Sepsis utan känt fokus, blododlingar x 2 och piperacillin-tazobaktam."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_infavd_ostra", "Nina Qvist/läkare", "2024-04-22 10:30", 30, "slutenvård", [
        ("Anamnes", "Inkommer med frågeställning sepsis från akuten."),
        ("Aktuellt", "Blododlingar visar Streptococcus pyogenes. Cirkulatoriskt stabil, afebril sedan i går."),
        ("Bedömning", "Streptokocksepsis, byte till bensylpenicillin och klindamycin."),
    ]),
], ["NL102:n2"], [], "VGR: the day note copies the intake 'frågeställning sepsis' into its visible Anamnes even though the sepsis is now confirmed")

C("s28h50_sk_trolgi_uretarsten_typo", "skane", "1981-05-19", "556", "2024-11-10 00:00", [
    N("n1", "Melior", "Akutanteckning", "sk_akut_hbg", "Axel Brandin/läkare", "2024-11-03 05:10", 30, "öppenvård", [
        ("Anamnes", "Kolikartad smärta i hö flank som strålar mot ljumsken sedan två timmar, kan inte ligga still."),
        ("Lab", "U-sticka blod 3+, CRP 8, kreatinin 88."),
        ("Bedömning", "Trolgi uretärsten hö, DT njurar utan kontrast beställd. Diklofenak 50 mg iv gav god smärtlindring."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_akut_hbg", "Wilma Krantz/sjuksköterska", "2024-11-06 14:00", 5, "öppenvård", [
        ("Telefonkontakt", "Pat har kissat ut en sten i silen, den skickas till analys."),
    ]),
], ["NL102:n1"], [], "Skåne: typo 'Trolgi' before a ureteric stone in the visible Bedömning")

C("s28h50_vg_dietist_misstankt_laktosintolerans", "vgr", "1987-02-06", "742", "2024-06-20 00:00", [
    N("n1", "Melior", "Dietistanteckning", "vg_diet_nal", "Moa Sjöstedt/dietist", "2024-05-27 13:00", 30, "öppenvård", [
        ("Aktuellt", "Remitterad för kostråd pga misstänkt laktosintolerans, uppblåsthet och diarré efter mjölkprodukter."),
        ("Åtgärd", "Genomgång av laktosreducerad kost och kalciumkällor, matdagbok i två veckor."),
    ]),
    N("n2", "Melior", "Dietistanteckning", "vg_diet_nal", "Moa Sjöstedt/dietist", "2024-06-12 13:00", 30, "öppenvård", [
        ("Aktuellt", "Matdagboken visar tydligt samband mellan mjölk och magbesvären, pat mår bättre på laktosfri kost."),
    ]),
], ["NL102:n1"], [], "VGR dietitian note: the reason for referral is a suspected diagnosis, visible in Aktuellt")

C("s28h50_sk_barn_trol_mediaotit_dd", "skane", "2022-02-10", "385", "2024-12-31 00:00", [
    N("n1", "Melior", "Akutanteckning", "sk_barnakut_malmo", "Sandra Mellqvist/läkare", "2024-12-27 19:15", 30, "öppenvård", [
        ("Anamnes", "Feber sedan igår, gnäller och drar sig i vä öra, sover oroligt."),
        ("Status", "Vä trumhinna rodnad och buktande, hö ua. Lungor ua."),
        ("Bedömning", "Trol. akut mediaotit vä, DD sekretorisk otit. Avvaktar med antibiotika 2–3 dygn, paracetamol och ibuprofen v.b."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_barnakut_malmo", "Emelie Ros/sjuksköterska", "2024-12-30 09:30", 10, "öppenvård", [
        ("Telefonkontakt", "Mamma berättar att febern släppt, barnet äter och sover bättre."),
    ]),
], ["NL102:n1"], [], "Skåne child: 'Trol. akut mediaotit' with a DD, visible to the guardians")

C("s28h50_vg_sah_kan_inte_uteslutas", "vgr", "1976-04-09", "573", "2024-08-06 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_su", "Ebba Sjöholm/läkare", "2024-08-02 20:30", 40, "öppenvård", [
        ("Anamnes", "Åskknallshuvudvärk under träning för fem timmar sedan, kräkts en gång."),
        ("Status", "Vaken och orienterad, lätt nackstel, inga fokala bortfall."),
        ("Bedömning", "DT hjärna utan synlig blödning, subaraknoidalblödning kan inte uteslutas. LP planeras tolv timmar efter debut."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_neuroavd_su", "Simon Ljung/läkare", "2024-08-03 11:00", 20, "slutenvård", [
        ("Utredning", "LP: klar likvor utan xantokromi. Hemgång med huvudvärksdagbok."),
    ]),
], ["NL102:n1"], [], "VGR: 'subaraknoidalblödning kan inte uteslutas' after a negative CT is a hedged diagnosis")

C("s28h50_vg_long_status_trol_aortastenos", "vgr", "1943-02-17", "460", "2024-10-10 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_hjart_sas", "Jesper Ståhl/läkare", "2024-09-23 09:00", 60, "öppenvård", [
        ("Anamnes", "81-årig kvinna med yrsel vid ansträngning och en svimning i trappan för två veckor sedan. Tidigare frisk så när som på hypertoni. Inga bröstsmärtor."),
        ("Läkemedel", "Amlodipin 5 mg, atorvastatin 20 mg."),
        ("Status", "AT gott. Cor: regelbunden rytm, sys blåsljud 3/6 med max i 2:a intercostalrummet hö och utstrålning mot halsen, trol. aortastenos. "
                   "Pulm: vesikulärt bilat. Blodtryck 142/88, puls 68."),
        ("EKG", "Sinusrytm 68/min, vänsterkammarhypertrofi, inga ischemiska förändringar."),
        ("Planering", "Ekokardiografi inom två veckor. Rådes undvika tung ansträngning tills undersökningen är gjord."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_hjart_sas", "Jesper Ståhl/läkare", "2024-10-04 14:00", 15, "öppenvård", [
        ("Utredning", "Ekokardiografi: aortaklaffarea 0,8 cm2, medelgradient 48 mmHg. Remiss till TAVI-konferens."),
    ]),
], ["NL102:n1"], [], "VGR long chart: the hedge 'trol. aortastenos' is buried in a telegraphic Status line")

C("s28h50_sk_diagnos_sjogren_fragetecken", "skane", "1969-09-03", "624", "2024-03-05 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_reuma_malmo", "Henrik Thor/läkare", "2024-02-19 14:30", None, "öppenvård", [
        ("Anamnes", "Torra ögon och torr mun sedan ett år, svårt att svälja torr mat."),
        ("Lab", "Anti-SSA positiv, Schirmer 3 mm bilat."),
        ("Diagnos", "Sjögrens syndrom?"),
        ("Planering", "Läppspottkörtelbiopsi bokas."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "sk_reuma_malmo", "Agnes Dahlqvist/sjuksköterska", "2024-02-28 10:00", 10, "öppenvård", [
        ("Åtgärd", "Läppbiopsi genomförd utan komplikationer, stygnen tas på vårdcentralen."),
    ]),
], ["NL102:n1"], [], "Skåne: a question mark after the name in the Diagnos section")

C("s28h50_sk_mola_i_th_mall_skyddad", "skane", "1993-06-25", "204", "2024-07-20 00:00", [
    N("n1", "Melior", "Tidiga hypoteser", "sk_kvinno_hbg", "Amanda Lökk/läkare", "2024-07-02 15:00", 20, "öppenvård", [
        ("Bedömning", "UL vid tidigt missfall visar cystiska förändringar i placentan och hCG är högre än förväntat. Misstänkt partiell mola hydatidosa, PAD efter exeres avvaktas."),
    ]),
    N("n2", "Melior", "Operationsanteckning", "sk_kvinno_hbg", "Amanda Lökk/läkare", "2024-07-03 09:30", 30, "öppenvård", [
        ("Åtgärd", "Vakuumexeres i narkos, material skickat för PAD."),
    ]),
    N("n3", "Melior", "Mottagningsanteckning", "sk_kvinno_hbg", "Amanda Lökk/läkare", "2024-07-17 11:00", 30, "öppenvård", [
        ("Aktuellt", "PAD: partiell mola. Pat informerad, hCG följs varannan vecka tills negativt."),
    ]),
], [], ["NL102:n1"], "Skåne: the hedged molar pregnancy stands only in a Tidiga hypoteser template note; later confirmed and told")

C("s28h50_vg_ej_misstanke_fraktur_ottawa", "vgr", "2003-08-30", "195", "2024-07-02 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_sas", "Ahmed Karimi/läkare", "2024-06-22 17:45", 25, "öppenvård", [
        ("Anamnes", "Vrickade hö fot vid fotboll, kunde stödja på foten direkt efteråt."),
        ("Status", "Svullnad och ömhet framför laterala malleolen, ingen ömhet över malleolspetsarna eller bas metatarsale V."),
        ("Bedömning", "Ej misstanke om fraktur enligt Ottawa ankle rules, röntgen inte indicerad. Distorsion hö fotled, kompressionsbandage och högläge."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_akut_sas", "Linn Eriksson/sjuksköterska", "2024-06-29 10:00", 10, "öppenvård", [
        ("Telefonkontakt", "Pat kan gå utan kryckor och svullnaden har minskat."),
    ]),
], [], ["NL102:n1"], "VGR: 'Ej misstanke om fraktur' is negated; the sprain is confirmed")

C("s28h50_vg_rtg_ej_forenligt_med_fraktur", "vgr", "1958-12-28", "342", "2024-01-26 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_ortoakut_mol", "Isabelle Nyberg/läkare", "2024-01-14 12:10", 30, "öppenvård", [
        ("Anamnes", "Föll på isen och tog emot sig med vä hand."),
        ("Status", "Ömhet över distala radius, ingen felställning, normal sensorik i handen."),
        ("Utredning", "Röntgen vä handled: fynd ej förenligt med fraktur."),
        ("Bedömning", "Distorsion vä handled, elastisk linda och smärtlindring."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_ortoakut_mol", "Sofia Bergqvist/sjuksköterska", "2024-01-24 13:30", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer, fortfarande öm i handleden efter tio dagar. Ny tid för klinisk kontroll bokad."),
    ]),
], [], ["NL102:n1"], "VGR: the hedge phrase 'förenligt med' is negated ('ej förenligt med fraktur')")

C("s28h50_sk_vid_misstanke_om_blodpropp_sok", "skane", "1988-04-01", "919", "2024-03-20 00:00", [
    N("n1", "Melior", "Akutanteckning", "sk_akut_hbg", "Lisa Bergh/läkare", "2024-03-03 16:20", 30, "öppenvård", [
        ("Utredning", "Rtg hö fotled: odislocerad Weber B-fraktur."),
        ("Åtgärd", "Underbensgips, kryckor, dalteparin 5000 E x 1 under gipstiden."),
        ("Information", "Vid misstanke om blodpropp i benet – ökad svullnad eller värk i vaden – ska pat söka akut direkt."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "sk_orto_hlm", "Therese Dahlin/sjuksköterska", "2024-03-17 09:00", 10, "öppenvård", [
        ("Åtgärd", "Gipset bytt till walker, fortsatt avlastning i två veckor."),
    ]),
], [], ["NL102:n1"], "Skåne: 'Vid misstanke om blodpropp' is a conditional safety-net instruction; the fracture is confirmed")

C("s28h50_sk_ingen_missanke_om_dvt_typo", "skane", "1946-11-22", "718", "2024-05-20 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sk_med3_krist", "Oscar Fors/läkare", "2024-05-14 13:10", 25, "slutenvård", [
        ("Aktuellt", "Inlagd för pneumoni, nu svullet vä ben sedan igår."),
        ("Status", "Vä underben 1 cm större i omfång, ingen ömhet längs venerna."),
        ("Bedömning", "UL vä ben utan trombos. Ingen missanke om DVT, svullnaden bedöms bero på immobilisering. Högläge och mobilisering."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "sk_med3_krist", "Matilda Jeppsson/sjuksköterska", "2024-05-15 19:00", 15, "slutenvård", [
        ("Omvårdnad", "Går i korridoren med rollator, benet mindre svullet."),
    ]),
], [], ["NL102:n1"], "Skåne: negated suspicion with a typo ('Ingen missanke om DVT')")
# ---------------- part 7 ----------------
unit("sk_hjart_lund", "skane", "Hjärtmottagningen, Skånes universitetssjukhus Lund", "4620")

C("s28h50_vg_lungemboli_utselutes_typo", "vgr", "1996-01-07", "260", "2024-10-08 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_nal", "Filip Törnqvist/läkare", "2024-10-02 22:30", 30, "öppenvård", [
        ("Anamnes", "Andfåddhet och andningskorrelerad smärta vä sedan tre dagar, använder p-piller."),
        ("Bedömning", "DT lungartärer beställd, dalteparin ges i väntan på svar."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_med12_nal", "Linus Ahl/läkare", "2024-10-03 11:40", 20, "slutenvård", [
        ("Aktuellt", "DT lungartärer utan embolier, litet infiltrat i vä underlob."),
        ("Bedömning", "Lungemboli utselutes. Diagnos: Pneumoni i vä underlob med pleuritisk smärta, doxycyklin."),
    ]),
], [], ["NL102:n2"], "VGR: ruled-out pulmonary embolism with a typo in the negation ('utselutes'); the pneumonia is confirmed")

C("s28h50_vg_hemgang_fredag_fragetecken", "vgr", "1949-03-23", "587", "2024-03-18 00:00", [
    N("n1", "Melior", "Operationsberättelse", "vg_ortoavd_mol", "Gustaf Lind/läkare", "2024-03-12 11:00", 60, "slutenvård", [
        ("Diagnos", "Primär koxartros hö."),
        ("Åtgärd", "Cementerad totalprotes hö höft via bakre snitt, okomplicerat."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_ortoavd_mol", "Gustaf Lind/läkare", "2024-03-14 10:30", None, "slutenvård", [
        ("Aktuellt", "Dag 2 postop, mobiliseras med rollator, sårförbandet torrt."),
        ("Planering", "Hemgång fredag? Beror på trappträningen med fysioterapeut i morgon."),
    ]),
], [], ["NL102:n2"], "VGR unsigned day note: the question mark is on the discharge day, not on a diagnosis")

C("s28h50_sk_eventuellt_gastroskopi_gerd", "skane", "1974-10-18", "434", "2024-12-20 00:00", [
    N("n1", "Melior", "Telefonanteckning", "sk_med_landskrona", "Rut Nilsson/sjuksköterska", "2024-12-02 09:40", 5, "öppenvård", [
        ("Telefonkontakt", "Pat ringer om fortsatt halsbränna nattetid trots omeprazol, får läkartid."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "sk_med_landskrona", "Karl Sjöberg/läkare", "2024-12-10 14:00", 25, "öppenvård", [
        ("Bedömning", "Diagnos: Gastroesofageal refluxsjukdom, god men ofullständig effekt av omeprazol 20 mg. Dosen höjs till 40 mg."),
        ("Planering", "Eventuellt gastroskopi efter helgerna om besvären kvarstår."),
    ]),
], [], ["NL102:n2"], "Skåne: 'Eventuellt' qualifies an examination (gastroskopi), the reflux diagnosis is plain")

C("s28h50_vg_at_fragestallning_hjalpmedel", "vgr", "1937-06-30", "424", "2024-04-12 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_neuroavd_su", "Cecilia Mård/läkare", "2024-04-02 12:00", 30, "slutenvård", [
        ("Bedömning", "Diagnos: Hjärninfarkt i hö hemisfär med lätt vänstersidig hemipares. Trombolys inte aktuell pga sen ankomst."),
    ]),
    N("n2", "Melior", "Arbetsterapeutanteckning", "vg_at_su", "Tove Almqvist/arbetsterapeut", "2024-04-05 14:00", 45, "slutenvård", [
        ("Remissfråga", "Frågeställning från läkare: behov av hjälpmedel i hemmet inför utskrivning?"),
        ("Åtgärd", "ADL-bedömning i träningskök, klarar enklare matlagning med tillsyn. Toalettförhöjning och duschpall förskrivna."),
    ]),
], [], ["NL102:n2"], "VGR occupational therapist: 'Frågeställning' and '?' are about aids at home, not a diagnosis")

C("s28h50_sk_hjartinfarkt_uteslots_2019_historik", "skane", "1966-05-12", "853", "2024-09-25 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_hjart_lund", "Johan Ekdahl/läkare", "2024-09-09 10:30", 30, "öppenvård", [
        ("Anamnes", "Tidigare utredd 2019 för bröstsmärta, hjärtinfarkt uteslöts då med troponiner och arbets-EKG. Nu hjärtklappning i attacker sedan våren."),
        ("Utredning", "Långtids-EKG visar supraventrikulär takykardi 180/min i korta episoder."),
        ("Bedömning", "Diagnos: Paroxysmal supraventrikulär takykardi, remiss för ablation."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "sk_hjart_lund", "Åsa Lundin/sjuksköterska", "2024-09-20 11:15", 5, "öppenvård", [
        ("Telefonkontakt", "Pat informerad om väntetiden för ablation, cirka tre månader."),
    ]),
], [], ["NL102:n1"], "Skåne: a past myocardial infarction suspicion that was ruled out ('uteslöts'); the current diagnosis is confirmed")

C("s28h50_sk_pmo_hemsjukvard_trolig_uvi", "skane", "1930-09-09", "184", "2024-02-20 00:00", [
    N("n1", "PMO", "Hemsjukvårdsanteckning", "sk_hsjv_eslov", "Mona Persson/sjuksköterska", "2024-02-14 10:20", 30, "hemsjukvård", [
        ("Aktuellt", "Hembesök: temp 38,4, ökade trängningar och illaluktande urin."),
        ("Bedömning", "Trolig UVI, urinsticka nitrit pos. Ansvarig läkare på vc kontaktad och ordinerar pivmecillinam."),
    ]),
    N("n2", "PMO", "Hemsjukvårdsanteckning", "sk_hsjv_eslov", "Mona Persson/sjuksköterska", "2024-02-17 11:00", 20, "hemsjukvård", [
        ("Aktuellt", "Feberfri, dricker bra och trängningarna har avtagit."),
    ]),
], [], ["NL102:n1"], "Skåne home care (PMO): 'Trolig UVI' in a PMO note is never shown as a diagnosis")

C("s28h50_sk_pmo_um_trol_klamydia", "skane", "2007-01-10", "620", "2024-05-20 00:00", [
    N("n1", "PMO", "Besöksanteckning", "sk_um_krist", "Frida Holmberg/barnmorska", "2024-05-08 15:30", 20, "öppenvård", [
        ("Aktuellt", "Sveda vid miktion och ökade flytningar sedan en vecka, ny partner."),
        ("Bedömning", "Trol. klamydia, prov taget och doxycyklin påbörjat direkt. Smittspårning inleds när svaret kommit."),
    ]),
    N("n2", "PMO", "Telefonanteckning", "sk_um_krist", "Frida Holmberg/barnmorska", "2024-05-13 10:00", 10, "öppenvård", [
        ("Telefonkontakt", "Provsvar klamydia positivt. Smittspårning enligt smittskyddslagen påbörjad."),
    ]),
], [], ["NL102:n1"], "Skåne youth clinic (PMO), patient aged 17: hedged diagnosis in PMO is not shown")

C("s28h50_vg_pneumoni_bekraftad_dag2", "vgr", "1948-08-15", "355", "2024-02-24 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_nal", "Jonatan Berglund/läkare", "2024-02-19 20:20", 30, "öppenvård", [
        ("Bedömning", "Feber och hosta sedan fyra dagar, pneumoni? Lungröntgen beställd."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_med12_nal", "Maria Falk/läkare", "2024-02-20 10:40", 20, "slutenvård", [
        ("Aktuellt", "Rtg pulm: tydligt infiltrat i vä underlob."),
        ("Diagnos", "Pneumoni i vä underlob, röntgenverifierad. Fortsatt bensylpenicillin iv."),
    ]),
], [], ["NL102:n2"], "VGR: day-2 note states the confirmed pneumonia; the hedge stays in the emergency note only")

C("s28h50_vg_far_misstankt_plotslig_hjartdod", "vgr", "1998-10-02", "519", "2024-05-25 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "vg_hjart_sas", "Nadia Hussein/läkare", "2024-05-13 09:00", 30, "öppenvård", [
        ("Hereditet", "Far avled 52 år gammal, misstänkt plötslig hjärtdöd, ingen obduktion gjord."),
        ("Utredning", "EKG, UCG och arbetsprov utan patologiska fynd."),
        ("Bedömning", "Ingen ärftlig hjärtsjukdom påvisad hos pat. Ny kontroll om fem år."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "vg_hjart_sas", "Annelie Kron/sjuksköterska", "2024-05-20 15:00", 10, "öppenvård", [
        ("Aktuellt", "Lipidprofil inom referens, svaret skickat till pat per brev."),
    ]),
], [], ["NL102:n1"], "VGR: the suspected sudden cardiac death is the father's (Hereditet)")

C("s28h50_vg_talar_emot_kardiomyopti_typo", "vgr", "2005-03-03", "176", "2024-08-16 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "vg_hjartavd_sas", "Göran Lilja/läkare", "2024-08-10 18:00", 40, "slutenvård", [
        ("Aktuellt", "Svimmade under löprunda i värmen, 19-årig man utan tidigare sjukdomar."),
        ("Planering", "Telemetri, UCG och MR hjärta."),
    ]),
    N("n2", "Melior", "Daganteckning", "vg_hjartavd_sas", "Göran Lilja/läkare", "2024-08-12 13:00", 20, "slutenvård", [
        ("Utredning", "UCG: normala väggtjocklekar, EF 62 %. Fynden talar emot hypertrofisk kardiomyopti."),
        ("Bedömning", "Diagnos: Vasovagal synkope efter ansträngning i värme. Får återgå till träning successivt."),
    ]),
], [], ["NL102:n2"], "VGR: 'talar emot' negates the cardiomyopathy (typo 'kardiomyopti')")

C("s28h50_sk_oklart_om_smartlindring_palliativ", "skane", "1945-12-05", "395", "2024-01-28 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sk_kir6_ystad", "Andreas Hjort/läkare", "2024-01-22 14:00", 30, "slutenvård", [
        ("Bedömning", "Diagnos: Pankreascancer med levermetastaser, palliativ vård. Oxycodon depot 20 mg x 2."),
    ]),
    N("n2", "Melior", "Daganteckning", "sk_kir6_ystad", "Andreas Hjort/läkare", "2024-01-24 09:30", 15, "slutenvård", [
        ("Aktuellt", "Oklart om smärtlindringen räcker nattetid, pat har vaknat av värk två nätter. Extra dos oxycodon 5 mg v.b. ordinerad."),
    ]),
], [], ["NL102:n2"], "Skåne: 'Oklart om' concerns pain relief, not a diagnosis")

C("s28h50_vg_long_uppfoljning_ev_koloskopi", "vgr", "1959-11-08", "672", "2024-02-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_kirmott_sks", "Lina Moberg/läkare", "2024-02-05 13:00", 45, "öppenvård", [
        ("Anamnes", "Opererad med laparoskopisk hemikolektomi hö för koloncancer stadium II för ett år sedan, ingen adjuvant behandling. Mår bra, normal aptit och avföringsvanor."),
        ("Status", "AT gott, buk mjuk och oöm, ärren läkta utan bråck. Inga palpabla lymfkörtlar på halsen eller i ljumskarna."),
        ("Lab", "CEA 1,8, Hb 138, leverstatus ua."),
        ("Utredning", "DT thorax-buk: inga tecken på recidiv eller metastaser."),
        ("Bedömning", "Recidivfri ett år efter operationen."),
        ("Planering", "Ny DT och CEA om ett år enligt uppföljningsprogrammet, ev. koloskopi samtidigt."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "vg_kirmott_sks", "Petra Sund/sjuksköterska", "2024-02-07 10:00", 5, "öppenvård", [
        ("Telefonkontakt", "Pat meddelad att proverna var bra, nästa kallelse skickas i januari."),
    ]),
], [], ["NL102:n1"], "VGR long follow-up chart: past cancer plainly stated, recurrence negated, the only hedge is on a colonoscopy")

C("s28h50_vg_telefon_med_th_sokord_somatiskt", "vgr", "1982-07-26", "463", "2024-07-20 00:00", [
    N("n1", "Melior", "Telefonanteckning", "vg_gastro_su", "Henrik Öst/läkare", "2024-07-01 12:30", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer för sjätte gången denna månad om buksmärtor, samtliga prover och gastroskopin ua. Lugnad, ny tid om två veckor."),
        ("Tidiga hypoteser", "Misstänkt somatiskt syndrom, behöver tas upp varsamt vid besöket."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "vg_gastro_su", "Henrik Öst/läkare", "2024-07-15 14:00", 40, "öppenvård", [
        ("Aktuellt", "Lång konsultation om pats oro och symtom, KBT-kontakt erbjuden."),
    ]),
], [], ["NL102:n1"], "VGR telephone note: the hedged diagnosis is only under the sökord Tidiga hypoteser")

C("s28h50_sk_misstanke_mrsa_avskriven_ssk", "skane", "1963-04-30", "227", "2024-06-18 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "sk_infekt_malmo", "Nils Åkesson/läkare", "2024-06-10 21:00", 40, "slutenvård", [
        ("Aktuellt", "Inlagd för pyelonefrit efter sjukhusvård i Spanien, isoleras enligt rutin i väntan på screeningodlingar."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "sk_infekt_malmo", "Hilda Brink/sjuksköterska", "2024-06-13 14:30", 15, "slutenvård", [
        ("Aktuellt", "Screeningodlingar negativa, misstanken om MRSA avskriven och isoleringen hävd. Pat flyttad till flersal."),
    ]),
], [], ["NL102:n2"], "Skåne nurse note: the MRSA suspicion is dismissed ('avskriven')")

C("s28h50_vg_pneumothorax_dd_lungemboli_avskriven", "vgr", "2000-02-29", "234", "2024-09-18 00:00", [
    N("n1", "Melior", "Akutanteckning", "vg_akut_su", "Oskar Dahl/läkare", "2024-09-14 15:00", None, "öppenvård", [
        ("Anamnes", "Hastigt insättande andnöd och hugg i hö sida av bröstet efter en hostattack. Lång och smal, röker."),
        ("Utredning", "Rtg pulm: hö pneumothorax 3 cm apikalt."),
        ("Bedömning", "Spontan pneumothorax hö. DD lungemboli avskriven då röntgen förklarar symtomen. Pleuradrän läggs."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "vg_akut_su", "Josefin Berg/sjuksköterska", "2024-09-14 18:30", 15, "öppenvård", [
        ("Omvårdnad", "Drän med luftläckage, pat andas lättare och har mindre ont."),
    ]),
], [], ["NL102:n1"], "VGR: a differential that is written off ('DD lungemboli avskriven'); the pneumothorax is confirmed")
# ---------------- part 8 ----------------
unit("sk_njur_lund", "skane", "Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "4640")
unit("sk_infmott_malmo", "skane", "Infektionsmottagningen, Skånes universitetssjukhus Malmö", "5600")
unit("vg_endo_su", "vgr", "Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "1745")
unit("sk_endo_malmo", "skane", "Endokrinmottagningen, Skånes universitetssjukhus Malmö", "5380")

C("s28h50_sk_trolig_start_av_dialys_plan", "skane", "1956-02-21", "532", "2024-04-30 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sk_njur_lund", "Marcus Jönsson/läkare", "2024-04-15 11:00", 30, "öppenvård", [
        ("Lab", "eGFR 11, kalium 5,4, standardbikarbonat 19."),
        ("Bedömning", "Diagnos: Kronisk njursjukdom stadium 5 orsakad av diabetesnefropati. Trolig start av peritonealdialys i höst, PD-kateter anläggs i augusti."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "sk_njur_lund", "Karin Wallén/sjuksköterska", "2024-04-22 13:00", 20, "öppenvård", [
        ("Åtgärd", "Information om peritonealdialys given till pat och hustrun, studiebesök på PD-enheten bokat."),
    ]),
], [], ["NL102:n1"], "Skåne: 'Trolig' qualifies when dialysis starts, a plan; the kidney disease is confirmed")

C("s28h50_sk_pmo_borrelia_fragetecken_dd", "skane", "1978-06-04", "910", "2024-08-20 00:00", [
    N("n1", "PMO", "Besöksanteckning", "sk_vc_hoganas", "Britt Olausson/läkare", "2024-08-05 10:00", 20, "öppenvård", [
        ("Status", "Rodnad 6 cm på vä vad, ingen ringform, lätt klåda."),
        ("Bedömning", "Borrelia? DD kontakteksem efter ny solkräm. Foto sparat, återbesök om en vecka."),
    ]),
    N("n2", "PMO", "Besöksanteckning", "sk_vc_hoganas", "Britt Olausson/läkare", "2024-08-12 10:00", 20, "öppenvård", [
        ("Status", "Rodnaden har vuxit till 9 cm med centralt uppklarnande, PcV insatt."),
    ]),
], [], ["NL102:n1"], "Skåne primary care (PMO): '?' and DD in a PMO note are never shown as diagnoses")

C("s28h50_sk_basalcell_ej_informerad_telefonbesked", "skane", "1947-01-19", "476", "2024-04-25 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "sk_hud_lund", "Camilla Brandt/läkare", "2024-04-04 14:20", 25, "öppenvård", [
        ("Åtgärd", "Stansbiopsi från sårig förändring på nästippen."),
    ]),
    N("n2", "Melior", "Journalanteckning", "sk_hud_lund", "Camilla Brandt/läkare", "2024-04-18 16:30", 15, "öppenvård", [
        ("Aktuellt", "PAD: basalcellscancer av infiltrativ typ."),
        ("Planering", "Pat ej informerad om PAD-svaret ännu, får besked per telefon av ssk nästa vecka. Remiss för Mohs-kirurgi skickad."),
    ]),
], ["NL101:n2"], [], "Skåne: basal cell carcinoma named in a visible PAD note that says the patient is not yet informed")

C("s28h50_vg_ms_diagnos_ej_informerad_an", "vgr", "1993-05-15", "284", "2024-01-26 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_neuromott_su", "Victor Hallin/läkare", "2024-01-15 15:00", 30, "öppenvård", [
        ("Utredning", "MR hjärna och rygg: flera demyeliniserande lesioner, en kontrastladdande. Oligoklonala band i likvor."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_neuromott_su", "Victor Hallin/läkare", "2024-01-19 16:40", None, "öppenvård", [
        ("Diagnos", "Multipel skleros, skovvis förlöpande (G35.9)."),
        ("Planering", "Pat är inte informerad om diagnosen än – planerat samtal med neurolog och MS-sjuksköterska på onsdag."),
    ]),
], ["NL101:n2"], [], "VGR unsigned draft: MS in the Diagnos section while the patient is not yet informed")

C("s28h50_vg_epikris_hcc_konfusorisk_ej_information", "vgr", "1957-08-28", "898", "2024-05-20 00:00", [
    N("n1", "Melior", "Inskrivningsanteckning", "vg_med_kungalv", "Elias Wern/läkare", "2024-05-02 22:00", 40, "slutenvård", [
        ("Aktuellt", "Känd alkoholrelaterad levercirros, inkommer förvirrad och gul i huden."),
        ("Bedömning", "Hepatisk encefalopati, laktulos och rifaximin."),
    ]),
    N("n2", "Melior", "Epikris", "vg_med_kungalv", "Elias Wern/läkare", "2024-05-10 15:30", 120, "slutenvård", [
        ("Diagnoser", "Hepatisk encefalopati grad 2. Hepatocellulär cancer, 5 cm i hö leverlob (DT-verifierad)."),
        ("Vårdförlopp", "Klarnade successivt på laktulos och rifaximin. DT buk under vårdtiden visade tumör i hö leverlob med typiskt kontrastförlopp."),
        ("Information", "Pat har inte fått information om cancerdiagnosen under vårdtiden då han varit konfusorisk, brodern är informerad. "
                        "Läkare på levermottagningen lämnar beskedet vid återbesöket."),
    ]),
], ["NL101:n2"], [], "VGR discharge summary: HCC listed among diagnoses while the patient has not been told (only his brother)")

C("s28h50_sk_skelettmetastaser_far_inte_informeras", "skane", "1961-11-03", "604", "2024-03-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "sk_onk_lund", "Ylva Rosenqvist/läkare", "2024-03-04 10:00", 30, "öppenvård", [
        ("Aktuellt", "Bröstcancer opererad 2021, nu ryggvärk sedan två månader."),
        ("Planering", "Skelettskintigrafi."),
    ]),
    N("n2", "Melior", "Journalanteckning", "sk_onk_lund", "Ylva Rosenqvist/läkare", "2024-03-11 15:45", 15, "öppenvård", [
        ("Utredning", "Skelettskintigrafi: multipla skelettmetastaser i kotpelare och bäcken."),
        ("Bedömning", "Enligt överenskommelse med behandlande onkolog får pat inte informeras om skelettmetastaserna förrän hon träffat kontaktsjuksköterska och onkolog på torsdag."),
    ]),
], ["NL101:n2"], [], "Skåne: the note says the patient must not be told yet about bone metastases, which are named visibly")

C("s28h50_sk_hepatit_c_ej_natt_per_telefon", "skane", "1985-10-09", "313", "2024-02-16 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "sk_infmott_malmo", "Hilda Brink/sjuksköterska", "2024-02-02 09:30", 15, "öppenvård", [
        ("Åtgärd", "Blodsmitteprovtagning inför byte av substitutionsbehandling, tidigare negativ 2022."),
    ]),
    N("n2", "Melior", "Journalanteckning", "sk_infmott_malmo", "Nils Åkesson/läkare", "2024-02-09 14:10", 20, "öppenvård", [
        ("Aktuellt", "Anti-HCV positiv, HCV-RNA 1,2 miljoner IE/ml, genotyp 1a: kronisk hepatit C."),
        ("Planering", "Pat har inte nåtts per telefon och är ännu inte informerad om svaret. Nytt försök i morgon, annars kallelse."),
    ]),
], ["NL101:n2"], [], "Skåne: chronic hepatitis C stated in the note, patient not reached and not informed")

C("s28h50_vg_mds_inte_inforemrad_typo", "vgr", "1944-04-14", "750", "2024-11-22 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_hem_su", "Oskar Berntsson/läkare", "2024-11-04 11:00", 30, "öppenvård", [
        ("Aktuellt", "Makrocytär anemi och trombocytopeni, benmärgsprov taget."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_hem_su", "Oskar Berntsson/läkare", "2024-11-14 15:00", 15, "öppenvård", [
        ("Utredning", "Benmärg: dysplasi i tre cellinjer, 4 % blaster, del(5q)."),
        ("Bedömning", "Myelodysplastiskt syndrom med isolerad del(5q). Pat inte inforemrad ännu, besked vid läkarbesök 20/11."),
    ]),
], ["NL101:n2"], [], "VGR: MDS named while the patient is not yet informed (typo 'inforemrad')")

C("s28h50_vg_graves_informerad_via_1177", "vgr", "1991-09-30", "424", "2024-06-15 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_endo_su", "Ida Fransson/läkare", "2024-06-03 16:00", 30, "öppenvård", [
        ("Lab", "TRAK 12, fritt T4 48, TSH <0,01."),
        ("Bedömning", "Diagnos: Graves sjukdom. Tiamazol 20 mg startas."),
    ]),
    N("n2", "Melior", "Journalanteckning", "vg_endo_su", "Ida Fransson/läkare", "2024-06-04 08:30", 10, "öppenvård", [
        ("Åtgärd", "Pat informerad om diagnosen Graves sjukdom via meddelande i 1177 med länk till patientinformation. Recept på tiamazol skickat."),
    ]),
], [], ["NL101:n2"], "VGR: the patient was told the diagnosis through a 1177 message")

C("s28h50_sk_hashimoto_diskuterat_med_pat", "skane", "1983-12-17", "268", "2024-03-25 00:00", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "sk_endo_malmo", "Amira Saleh/sjuksköterska", "2024-03-11 08:15", 10, "öppenvård", [
        ("Åtgärd", "TSH, fritt T4 och TPO-antikroppar tagna."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "sk_endo_malmo", "Fredrika Lo/läkare", "2024-03-18 10:45", 25, "öppenvård", [
        ("Bedömning", "Hypotyreos med TSH 18 och höga TPO-antikroppar, Hashimotos tyreoidit. Diskuterat diagnosen med pat som vill avvakta en månad med levotyroxin."),
    ]),
], [], ["NL101:n2"], "Skåne: 'Diskuterat diagnosen med pat' means she has been told")

C("s28h50_vg_long_kol_inget_om_information", "vgr", "1953-03-19", "913", "2024-03-20 00:00", [
    N("n1", "Melior", "Läkaranteckning", "vg_lung_ostra", "Rebecka Nord/läkare", "2024-02-26 10:00", 60, "öppenvård", [
        ("Anamnes", "71-årig före detta rökare, 40 paketår. Tilltagande andfåddhet sedan flera år, två antibiotikakurer i vintras."),
        ("Status", "AT gott, lätt förlängt expirium, spridda ronki. Sat 93 % i vila. BMI 23."),
        ("Spirometri", "FEV1/FVC 0,52 efter bronkdilatation, FEV1 48 % av förväntat."),
        ("Diagnos", "KOL, GOLD grad 3, grupp E."),
        ("Åtgärd", "Trippelinhalator insatt, remiss till lungrehabilitering. Rökfri sedan 2020."),
        ("Planering", "Återbesök med ny spirometri om sex månader."),
    ]),
    N("n2", "Melior", "Fysioterapeutanteckning", "vg_lung_ostra", "Amanda Roos/fysioterapeut", "2024-03-11 13:00", 30, "öppenvård", [
        ("Åtgärd", "Lungrehabilitering påbörjad, 6-minuters gångtest 380 m."),
    ]),
], [], ["NL101:n1"], "VGR long chart: a confirmed COPD diagnosis with nothing said about telling the patient")

C("s28h50_vg_rektalcancer_besked_av_kirurg", "vgr", "1964-01-27", "390", "2024-01-30 00:00", [
    N("n1", "Melior", "Mottagningsanteckning", "vg_kirmott_sks", "Mattias Rehn/läkare", "2024-01-08 11:00", 30, "öppenvård", [
        ("Aktuellt", "PAD efter resektion: rektalcancer pT3N1. Beskedet lämnat till pat idag, remiss onkolog för adjuvant behandling."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "vg_onk_su", "Klara Ström/läkare", "2024-01-22 13:30", 40, "öppenvård", [
        ("Aktuellt", "Nybesök för ställningstagande till adjuvant cytostatika efter operation för rektalcancer. "
                     "Pat har fått besked om diagnosen av kirurgen och vet att det fanns spridning till en lymfkörtel."),
        ("Planering", "CAPOX i tre månader, start om två veckor när port-a-cath är inlagd."),
    ]),
], [], ["NL101:n2"], "VGR oncology note: the patient was told by the surgeon earlier")


# ======================================================================
# validation and output
# ======================================================================
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _parse(ts):
    return _dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        where = "case %s" % n
        if list(c) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            errs.append("%s: keys %r" % (where, list(c)))
        if n in names:
            errs.append("%s: duplicate case name" % where)
        names.add(n)
        if not n.startswith(PREFIX):
            errs.append("%s: name must start with %s" % (where, PREFIX))
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            errs.append("%s: bad ruleset %r" % (where, rs))
        if not c["why"].strip():
            errs.append("%s: empty why" % where)
        rec = c["record"]
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: bad personnummer format %s" % (where, pid))
        else:
            if pid[:8] != birth.replace("-", ""):
                errs.append("%s: personnummer %s does not match birth date %s" % (where, pid, birth))
            if _luhn_check(pid[2:8] + pid[9:12]) != pid[12]:
                errs.append("%s: personnummer %s fails Luhn" % (where, pid))
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            errs.append("%s: invalid birth date %s" % (where, birth))
            continue
        as_of = _parse(rec["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % where)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s must be empty" % (where, k))
        notes = rec["notes"]
        if not 2 <= len(notes) <= 4:
            errs.append("%s: %d notes (want 2-4)" % (where, len(notes)))
        ids = {}
        for note in notes:
            nid = note["id"]
            if nid in ids:
                errs.append("%s: duplicate note id %s" % (where, nid))
            ids[nid] = note
            region = UNITS[note["_unit_key"]][0]
            if region != rs:
                errs.append("%s/%s: unit from region %s in %s case" % (where, nid, region, rs))
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: bad system" % (where, nid))
            if rs == "vgr" and note["system"] != "Melior":
                errs.append("%s/%s: VGR notes must be Melior" % (where, nid))
            t = _parse(note["time"])
            if t.year != 2024:
                errs.append("%s/%s: time not in 2024" % (where, nid))
            if t > as_of:
                errs.append("%s/%s: note after as_of" % (where, nid))
            if note["signed"] is not None:
                s = _parse(note["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s/%s: bad signed time" % (where, nid))
            a = _age(birth, t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s/%s: patient aged %d" % (where, nid, a))
            if not note["sections"]:
                errs.append("%s/%s: no sections" % (where, nid))
            for sec in note["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    errs.append("%s/%s: empty section" % (where, nid))
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            errs.append("%s/%s: sentence repeated (first in %s): %s" % (where, nid, sentences[sent], sent))
                        else:
                            sentences[sent] = where
        a = _age(birth, as_of)
        if 13 <= a <= 15:
            errs.append("%s: patient aged %d at as_of" % (where, a))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertions" % where)
        seen = set()
        for kind in ("must", "must_not"):
            for code, nid in c[kind]:
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (where, code))
                if nid not in ids:
                    errs.append("%s: target %s does not exist" % (where, nid))
                    continue
                if (code, nid) in seen:
                    errs.append("%s: %s on %s asserted twice" % (where, code, nid))
                seen.add((code, nid))
                system = ids[nid]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    errs.append("%s: NL102 must on non-Melior note" % where)
                if code == "NL102" and system not in ("Melior", "PMO"):
                    errs.append("%s: NL102 on unknown system" % where)
                if code == "NL101" and system == "PMO":
                    errs.append("%s: NL101 asserted on a PMO note" % where)
                if code == "NL102" and system == "PMO" and kind == "must":
                    errs.append("%s: NL102 must on PMO" % where)
    return errs


def clean(cases):
    out = []
    for c in cases:
        c2 = json.loads(json.dumps(c))
        for note in c2["record"]["notes"]:
            del note["_unit_key"]
        out.append(c2)
    return out


def main():
    errs = validate(CASES)
    # NL102 `must` only on Melior notes; on PMO notes NL102 may only be `must_not`
    # (PMO never shows diagnoses). NL101 is never asserted on PMO notes.
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s)" % len(errs), file=sys.stderr)
        sys.exit(1)
    out = clean(CASES)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout50_cases.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in out:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for c in out:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(out), path))
    print("rulesets:", ", ".join("%s %d" % kv for kv in sorted(rs.items())))
    for code in sorted(CODES):
        print("%s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
