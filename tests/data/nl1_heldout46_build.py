#!/usr/bin/env python3
"""Held-out set s28h46: Swedish hospital ward notes (internal medicine and general
surgery), NL101 and NL102, Skåne and VGR rulesets.

Standard library only, deterministic. Running it writes cases.jsonl next to this
file and validates the whole set; it exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout46_cases.jsonl")
PREFIX = "s28h46_"

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sus_malmo_kir": ("Kirurgiavdelning 1, Skånes universitetssjukhus Malmö", "SE2321000255-4417"),
    "sus_malmo_med": ("Medicinavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-4382"),
    "sus_malmo_gastro": ("Gastroenterologiska avdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4520"),
    "sus_lund_med": ("Medicinavdelning 7, Skånes universitetssjukhus Lund", "SE2321000255-7733"),
    "sus_lund_kir": ("Kirurgiavdelning 9, Skånes universitetssjukhus Lund", "SE2321000255-7790"),
    "sus_lund_hia": ("Hjärtintensivavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7105"),
    "sus_lund_barnkir": ("Barnkirurgiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7350"),
    "sus_lund_hem": ("Hematologiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7412"),
    "hbg_med": ("Medicinavdelning 55, Helsingborgs lasarett", "SE2321000255-2255"),
    "hbg_kir": ("Kirurgavdelning 62, Helsingborgs lasarett", "SE2321000255-2262"),
    "hbg_gastro": ("Gastroenterologiska sektionen, Helsingborgs lasarett", "SE2321000255-2281"),
    "csk_med": ("Medicinavdelning 12, Centralsjukhuset Kristianstad", "SE2321000255-5112"),
    "csk_kir": ("Kirurgavdelning 16, Centralsjukhuset Kristianstad", "SE2321000255-5116"),
    "ystad_med": ("Medicinavdelningen, Lasarettet i Ystad", "SE2321000255-6031"),
    "ystad_kir": ("Kirurgavdelningen, Lasarettet i Ystad", "SE2321000255-6044"),
    "trbg_med": ("Medicinavdelning 2, Lasarettet i Trelleborg", "SE2321000255-8402"),
    "trbg_kir": ("Kirurgiska kliniken avd 4, Lasarettet i Trelleborg", "SE2321000255-8414"),
    "hlm_med": ("Medicinavdelning 5, Hässleholms sjukhus", "SE2321000255-3305"),
    "lkr_med": ("Medicinavdelningen, Lasarettet i Landskrona", "SE2321000255-3871"),
    "angel_ger": ("Geriatrisk-medicinsk avdelning, Ängelholms sjukhus", "SE2321000255-2977"),
    "sus_malmo_inf": ("Infektionskliniken avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-4660"),
    # Region Skåne, PMO (primary care)
    "vc_lindangen": ("Vårdcentralen Lindängen, Malmö", "SE2321000255-9120"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-9344"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-9417"),
    "vc_bastad": ("Vårdcentralen Båstad", "SE2321000255-9582"),
    # Västra Götalandsregionen, Melior
    "su_med": ("Medicinavdelning 133, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011201"),
    "su_kir": ("Kirurgavdelning 32, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011432"),
    "su_kard": ("Kardiologiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011650"),
    "su_neuro": ("Neurologiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011718"),
    "su_hep": ("Gastroenterologi och hepatologi avd 140, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011744"),
    "su_molndal_kir": ("Kirurgavdelning 5, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012205"),
    "su_molndal_med": ("Medicinavdelning 2, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012219"),
    "nal_med": ("Medicinavdelning 22, NU-sjukvården NÄL", "SE2321000131-E000000014022"),
    "nal_kir": ("Kirurgavdelning 41, NU-sjukvården NÄL", "SE2321000131-E000000014041"),
    "udd_med": ("Medicinavdelning 6, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000014306"),
    "udd_kir": ("Kirurgavdelning 3, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000014303"),
    "nu_inf": ("Infektionskliniken, NU-sjukvården", "SE2321000131-E000000014590"),
    "sas_med": ("Medicinavdelning M4, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000015104"),
    "sas_kir": ("Kirurgavdelning K3, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000015133"),
    "skas_med": ("Medicinavdelning 7, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016007"),
    "skas_kir": ("Kirurgavdelning 10, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016010"),
    "kungalv_med": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E000000017202"),
    "alingsas_med": ("Medicinavdelningen, Alingsås lasarett", "SE2321000131-E000000017501"),
    "alingsas_kir": ("Kirurgavdelningen, Alingsås lasarett", "SE2321000131-E000000017530"),
    "dsbus_kir": ("Barnkirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000018316"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    "lindqvist": ("Karin Lindqvist", "läkare"),
    "alsayed": ("Ahmed Al-Sayed", "läkare"),
    "bergstrom": ("Johan Bergström", "läkare"),
    "nilsson_m": ("Maria Nilsson", "sjuksköterska"),
    "hakansson": ("Elin Håkansson", "läkare"),
    "petrovic": ("Nikola Petrović", "läkare"),
    "oberg": ("Sara Öberg", "läkare"),
    "ek": ("Fredrik Ek", "läkare"),
    "mohammadi": ("Leila Mohammadi", "läkare"),
    "svensson_po": ("Per-Olof Svensson", "läkare"),
    "karlsson_a": ("Anna Karlsson", "sjuksköterska"),
    "holm": ("Magnus Holm", "läkare"),
    "nyberg": ("Cecilia Nyberg", "läkare"),
    "andersson_l": ("Lars Andersson", "läkare"),
    "jovanovic": ("Mirela Jovanović", "sjuksköterska"),
    "sandberg": ("Tove Sandberg", "läkare"),
    "dahl": ("Henrik Dahl", "läkare"),
    "kaya": ("Emre Kaya", "läkare"),
    "wallin": ("Ingrid Wallin", "undersköterska"),
    "forsberg": ("Jonas Forsberg", "läkare"),
    "lund_e": ("Emma Lund", "fysioterapeut"),
    "strand": ("Oskar Strand", "läkare"),
    "persson_k": ("Kristina Persson", "sjuksköterska"),
    "berg_m": ("Mattias Berg", "läkare"),
    "ali": ("Hodan Ali", "läkare"),
    "sjoberg": ("Ulrika Sjöberg", "dietist"),
    "nordin": ("Gustav Nordin", "läkare"),
    "eriksson_t": ("Therese Eriksson", "läkare"),
    "lindgren": ("Bengt Lindgren", "läkare"),
    "rahimi": ("Farid Rahimi", "läkare"),
    "olsson_j": ("Jenny Olsson", "sjuksköterska"),
    "backman": ("Viktor Backman", "läkare"),
    "wikstrom": ("Sofia Wikström", "läkare"),
    "nguyen": ("Linh Nguyen", "läkare"),
    "hedlund": ("Anders Hedlund", "läkare"),
    "isaksson": ("Malin Isaksson", "sjuksköterska"),
    "fransson": ("Pia Fransson", "kurator"),
    "sundqvist": ("Erik Sundqvist", "läkare"),
    "mattsson": ("Helena Mattsson", "arbetsterapeut"),
    "zetterberg": ("Nils Zetterberg", "läkare"),
    "kowalski": ("Agnieszka Kowalski", "läkare"),
    "blom": ("Lina Blom", "sjuksköterska"),
    "hassan": ("Yusuf Hassan", "läkare"),
    "lundberg": ("Camilla Lundberg", "läkare"),
    "engstrom": ("Rikard Engström", "läkare"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def P(birth, serial):
    """Patient with a Luhn-valid personnummer built from birth date and serial."""
    ymd = birth.replace("-", "")
    nine = ymd[2:] + serial
    return {"id": "%s-%s%s" % (ymd, serial, luhn_digit(nine)),
            "birth_date": birth, "protected_identity": False}


def T(s):
    """'03-12 14:05' -> '2024-03-12T14:05:00'."""
    if s is None:
        return None
    md, hm = s.split()
    return "2024-%sT%s:00" % (md, hm)


def N(nid, unit, author, template, time, signed, sections, system="Melior",
      setting="slutenvård", refs=None):
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": aname, "role": role},
            "time": T(time), "signed": T(signed), "setting": setting,
            "refs": list(refs or []),
            "sections": [{"keyword": k, "text": t} for k, t in sections]}


def _targets(items):
    out = []
    for it in items:
        code, _, target = it.partition("@")
        out.append([code, target or "n1"])
    return out


CASES = []


def C(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = datetime.date.fromisoformat(last[:10]) + datetime.timedelta(days=1)
        as_of = d.isoformat() + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient, "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": _targets(must), "must_not": _targets(must_not), "why": why})


# ====================================================================== cases
# ---- part 1: core NL102 positives and first negatives

C("s28h46_skane_inskrivning_misstankt_pneumoni_sepsis", "skane", P("1941-09-03", "264"), [
    N("n1", "ystad_med", "lindqvist", "Inskrivningsanteckning", "01-08 19:40", "01-08 21:05", [
        ("Aktuellt", "82-årig kvinna från eget boende med hemtjänst två gånger dagligen. Sedan tre dagar tilltagande hosta med gulgrönt upphostat, frossa och allmän trötthet. Dottern larmade 112 då mamma blivit förvirrad under eftermiddagen."),
        ("Status", "AT: Påverkad, blek, takypnoisk. AF 26, SpO2 89 % på luft, BT 104/58, puls 112 oregelbunden, temp 38,9. Cor: oregelbunden rytm, inga blåsljud. Pulm: krepitationer hö basalt, nedsatt andningsljud på samma sida. Buk: mjuk, oöm."),
        ("Lab", "CRP 246, LPK 17,4, Hb 121, krea 138, laktat 2,9."),
        ("Bedömning", "Misstänkt pneumoni i höger underlob med sepsisbild, NEWS 9. Insätter bensylpenicillin 3 g x 4 iv och Ringer-Acetat 1000 ml, blododlingar x2 och sputumodling tagna innan antibiotika."),
    ])], must=["NL102"],
    why="'Misstänkt pneumoni' in the Bedömning of a visible Skåne admission note is a hedged diagnosis.")

C("s28h46_vgr_nattjour_trol_urosepsis_kad", "vgr", P("1950-02-17", "913"), [
    N("n1", "nal_med", "alsayed", "Jouranteckning", "02-14 02:40", "02-14 03:10", [
        ("Aktuellt", "Tillkallad av ssk kl 02.15 pga frossbrytning och temp 39,6. Pat har KAD sedan inläggningen för hjärtsvikt i måndags."),
        ("Status", "Varm, frusen, klar i huvudet. BT 96/60, puls 118. Ömmar suprapubiskt. Urinen i påsen grumlig och illaluktande."),
        ("Bedömning", "Trol. urosepsis utgången från KAD. Byter KAD, odlar urin och blod, startar pip/tazo 4 g x 3. Ringer 1 l på en timme, BT och diures varje timme, bakjour informerad."),
    ])], must=["NL102"],
    why="Abbreviated hedge 'Trol.' before urosepsis in a VGR on-call note (Bedömning is visible).")

C("s28h46_skane_rond_bild_som_vid_divertikulit", "skane", P("1968-11-22", "347"), [
    N("n1", "hbg_kir", "bergstrom", "Ronduppteckning", "03-05 10:20", "03-05 11:00", [
        ("Aktuellt", "Dag 2. Fortsatt ont i vä fossa men mindre än i går. Ätit lite välling, ingen kräkning. Afebril sedan i natt."),
        ("Bedömning", "Klinisk bild som vid okomplicerad divertikulit i sigmoideum. Avvaktar DT-svar innan ställningstagande till fortsatt antibiotika."),
        ("Planering", "CRP i morgon bitti. Mobilisering med fysioterapeut under eftermiddagen."),
    ])], must=["NL102"],
    why="'bild som vid' divertikulit on a surgical ward round in Skåne Melior is a hedged diagnosis.")

C("s28h46_vgr_konsult_kardiologi_dd_perimyokardit", "vgr", P("1999-06-30", "235"), [
    N("n1", "su_kard", "sandberg", "Konsultationsanteckning", "04-11 13:15", "04-11 14:40", [
        ("Konsultation", "Ombedd av avd 133 att bedöma 24-årig man med bröstsmärta och TnT 312 efter en genomgången övre luftvägsinfektion."),
        ("Status", "Gott AT. Hjärtljud regelbundna, inget gnidningsljud. EKG: konkava ST-höjningar i flera avledningar och PR-sänkning i II."),
        ("Bedömning", "Akut perikardit med myokardpåverkan, DD perimyokardit eller akut koronart syndrom hos ung man utan riskfaktorer. Föreslår MR hjärta under vårdtiden, NSAID i två veckor samt kolkicin 0,5 mg x 2 i tre månader."),
    ])], must=["NL102"],
    why="A cardiology consultation lists 'DD perimyokardit' in the visible Bedömning.")

C("s28h46_skane_epikris_trolig_lakemedelsutlost_hyponatremi", "skane", P("1944-12-09", "172"), [
    N("n1", "trbg_med", "hakansson", "Epikris", "04-19 15:30", "04-22 09:10", [
        ("Diagnos", "Hyponatremi, trolig läkemedelsutlöst SIADH av sertralin. Fall i hemmet utan fraktur."),
        ("Epikris", "Den 79-årige mannen inkom 12/4 efter fall i hemmet. Vid ankomsten S-Na 118, övriga elektrolyter normala. Sertralin sattes ut och vätskerestriktion 1 liter per dygn ordinerades. Natrium steg långsamt till 131 vid utskrivningen, ingen neurologisk påverkan under vårdtiden."),
        ("Planering", "Ny natriumkontroll på vårdcentralen om en vecka. Sertralin ska inte återinsättas, husläkaren tar ställning till annan behandling."),
    ])], must=["NL102"],
    why="A dictated discharge summary gives a 'trolig' (probable) diagnosis under Diagnos; the epikris is visible.")

C("s28h46_vgr_jour_kan_ej_utesluta_lungemboli_postop", "vgr", P("1966-08-14", "420"), [
    N("n1", "sas_kir", "petrovic", "Jouranteckning", "05-02 23:50", "05-03 00:35", [
        ("Aktuellt", "57-årig kvinna dag 4 efter laparoskopisk kolecystektomi, plötslig andfåddhet vid toalettbesök."),
        ("Status", "SpO2 91 %, AF 24, puls 104 regelbunden. Vänster vad något svullnare än höger, inte öm."),
        ("Bedömning", "Kan ej utesluta lungemboli. DT-angio lungartärer beställd akut, ger Fragmin 200 E/kg sc i väntan på svar."),
    ])], must=["NL102"],
    why="'Kan ej utesluta lungemboli' keeps a diagnosis open; it stands in the visible Bedömning of a VGR note.")

C("s28h46_skane_typo_sannolkit_kolecystit", "skane", P("1977-03-26", "586"), [
    N("n1", "csk_kir", "oberg", "Inskrivningsanteckning", "05-17 17:05", "05-17 18:20", [
        ("Anamnes", "Tre dygns molande värk under höger arcus som strålar mot skulderbladet, värre efter fet mat. Kräkts två gånger i dag."),
        ("Status", "Murphys tecken positivt. Ej ikterisk. Temp 38,2."),
        ("Bedömning", "Sannolkit akut kolecystit. UL lever och gallvägar till i morgon förmiddag, fastande från midnatt, Tazocin 4 g x 3."),
    ])], must=["NL102"],
    why="Typo in the hedge ('Sannolkit' for sannolikt) before akut kolecystit in a visible Skåne admission note.")

C("s28h46_vgr_inskrivning_forenlig_med_gallstensileus", "vgr", P("1936-10-05", "148"), [
    N("n1", "skas_kir", "ek", "Inskrivningsanteckning", "06-01 16:45", "06-01 18:00", [
        ("Aktuellt", "87-årig kvinna med kräkningar sedan fyra dagar, utspänd buk och ingen gasavgång sedan i går."),
        ("Röntgen", "Buköversikt: dilaterade tunntarmsslyngor med luft-vätskenivåer samt luft i gallvägarna."),
        ("Bedömning", "Klinisk och radiologisk bild förenlig med gallstensileus, inväntar DT buk för att lokalisera hindret. V-sond nedlagd med 600 ml retention."),
    ])], must=["NL102"],
    why="'förenlig med gallstensileus' while awaiting CT is a working diagnosis, not a settled one, in a visible VGR note.")

C("s28h46_skane_rond_talar_for_hjartsvikt", "skane", P("1952-05-19", "391"), [
    N("n1", "sus_lund_med", "mohammadi", "Ronduppteckning", "06-12 11:10", "06-12 12:30", [
        ("Aktuellt", "Fortsatt andfådd vid minsta ansträngning. Vikt 86,4 kg (inskrivning 89,1). Sover med tre kuddar."),
        ("Lab", "NT-proBNP 4 300, krea 121, K 4,1."),
        ("Bedömning", "Ökande bensvullnad, ortopné och högt NT-proBNP talar för hjärtsvikt som orsak till dyspnén. Ekokardiografi bokad på torsdag, fortsätter furosemid 40 mg x 2 iv."),
    ])], must=["NL102"],
    why="'talar för hjärtsvikt' before the echo is a hedged diagnosis on a Skåne medical ward round.")

C("s28h46_vgr_nattjour_fragetecken_appendicit", "vgr", P("2004-07-21", "759"), [
    N("n1", "udd_kir", "forsberg", "Jouranteckning", "06-23 01:20", "06-23 01:45", [
        ("Aktuellt", "19-årig man, smärta periumbilikalt sedan i eftermiddags, nu lokaliserad till hö fossa. Aptitlös."),
        ("Status", "Ömmar vid McBurney, släppömhet. Temp 37,9."),
        ("Bedömning", "? appendicit. Fastande, DT buk i natt, dropp. Kirurgbakjour informerad."),
    ])], must=["NL102"],
    why="A leading '?' before appendicit is a hedge; the note is a visible VGR surgical on-call note.")

C("s28h46_skane_ingen_misstanke_om_pneumoni", "skane", P("1957-01-28", "604"), [
    N("n1", "lkr_med", "svensson_po", "Daganteckning", "07-03 09:50", "07-03 10:30", [
        ("Aktuellt", "Inkom i går med feber och hosta. Feberfri sedan morgonen, äter och dricker."),
        ("Röntgen", "Rtg pulm: inga infiltrat, normal hjärtstorlek."),
        ("Bedömning", "Ingen misstanke om pneumoni efter röntgen och CRP 18. Akut övre luftvägsinfektion hos en i övrigt frisk 67-åring, hem i dag."),
    ])], must_not=["NL102"],
    why="'Ingen misstanke om pneumoni' is a negated diagnosis; the remaining diagnosis is stated without hedge.")

C("s28h46_vgr_lungemboli_uteslutes_dt_angio", "vgr", P("1948-04-02", "882"), [
    N("n1", "kungalv_med", "holm", "Daganteckning", "07-15 10:05", "07-15 10:40", [
        ("Aktuellt", "Andfåddheten klart mindre efter två dygns diuretika."),
        ("Bedömning", "Lungemboli uteslutes med gårdagens DT-angio som visade fria lungartärer. Dyspnén förklaras av känd hjärtsvikt i försämringsfas, Fragmin seponeras."),
    ])], must_not=["NL102"],
    why="'Lungemboli uteslutes' rules the diagnosis out; nothing else is hedged.")

C("s28h46_skane_jour_inga_tecken_pa_appendicit", "skane", P("1990-09-12", "223"), [
    N("n1", "ystad_kir", "nordin", "Jouranteckning", "07-27 22:15", "07-27 23:00", [
        ("Status", "Mjuk buk, diffust lätt öm, ingen släppömhet. Temp 37,2."),
        ("Röntgen", "DT buk: normal appendix, inga tecken på appendicit eller fri vätska."),
        ("Bedömning", "Buksmärta utan kirurgisk orsak. Får äta, hem i morgon om smärtfri."),
    ])], must_not=["NL102"],
    why="'inga tecken på appendicit' is a negated finding on CT; no hedged diagnosis remains.")

C("s28h46_vgr_mor_avled_i_trolig_ventrikelcancer", "vgr", P("1963-02-08", "506"), [
    N("n1", "alingsas_med", "nyberg", "Inskrivningsanteckning", "08-06 14:00", "08-06 15:20", [
        ("Anamnes", "Inkommer för utredning av järnbristanemi, Hb 84. Inga synliga blödningar. Modern avled 70 år gammal i trolig ventrikelcancer som aldrig utreddes."),
        ("Status", "Blek. Buk mjuk och oöm, ingen palpabel resistens. PR: brun avföring."),
        ("Planering", "Gastroskopi och koloskopi under vårdtiden, järn iv i dag."),
    ])], must_not=["NL102"],
    why="The only hedged diagnosis ('trolig ventrikelcancer') belongs to the patient's mother, not the patient.")

C("s28h46_skane_ev_remiss_gastro_plan", "skane", P("1971-12-15", "319"), [
    N("n1", "hlm_med", "andersson_l", "Daganteckning", "08-20 13:30", "08-20 14:05", [
        ("Aktuellt", "Refluxbesvär i många år, står på omeprazol 20 mg. Inlagd för lågt kalium efter diarréer, nu normaliserat."),
        ("Bedömning", "Känd gastroesofageal refluxsjukdom, väl kontrollerad på PPI. Ev. remiss till gastroenterolog för gastroskopi om besvären kvarstår efter utskrivningen."),
    ])], must_not=["NL102"],
    why="'Ev.' hedges a referral (a plan), not a diagnosis; the reflux disease is known and stated plainly.")

# ---- part 2: NL102 negatives (plans, conditionals, confirmed, protected, PMO)

C("s28h46_vgr_ssk_trolig_hemgang_i_morgon", "vgr", P("1958-10-27", "642"), [
    N("n1", "su_molndal_kir", "karlsson_a", "Omvårdnadsanteckning", "08-29 20:15", None, [
        ("Aktivitet", "Pat mobiliserad till korridoren med rollator två gånger under passet. Äter halva portioner."),
        ("Elimination", "Spontan miktion efter KAD-dragning, resurin 40 ml."),
        ("Planering", "Trolig hemgång i morgon förmiddag efter rond, maken hämtar."),
    ])], must_not=["NL102"],
    why="'Trolig hemgång' hedges a discharge plan, not a diagnosis, in a nursing note.")

C("s28h46_skane_epikris_appendicit_om_feber_sok_igen", "skane", P("1990-03-04", "508"), [
    N("n1", "sus_malmo_kir", "dahl", "Epikris", "09-05 11:20", "09-05 13:45", [
        ("Diagnos", "Akut flegmonös appendicit. Laparoskopisk appendektomi 3/9."),
        ("Epikris", "Tidigare frisk 34-årig kvinna som inkom med typisk anamnes och opererades samma kväll utan komplikationer. PAD bekräftade flegmonös appendicit. Mobiliserad och åt normalt redan dag 1."),
        ("Planering", "Sjukskriven två veckor. Om feber, tilltagande buksmärta eller rodnad kring såren ska hon söka akut igen. Stygnen tas på vårdcentralen om tio dagar."),
    ])], must_not=["NL102"],
    why="Confirmed appendicitis plus a conditional instruction ('Om feber ... sök akut'); nothing is a hedged diagnosis.")

C("s28h46_vgr_dt_perforerad_appendicit_bekraftad", "vgr", P("1983-05-13", "151"), [
    N("n1", "sas_kir", "kaya", "Jouranteckning", "09-14 21:30", "09-14 22:10", [
        ("Röntgen", "DT buk: perforerad appendicit med 3 cm stor abscess i lilla bäckenet."),
        ("Bedömning", "Perforerad appendicit med abscess, operationsanmäld prio 2."),
        ("Åtgärd", "Tazocin insatt. Pat och sambo informerade om operationen i natt och om att det blir öppet ingrepp om abscessen inte kan tömmas laparoskopiskt."),
    ])], must_not=["NL102", "NL101"],
    why="CT-confirmed perforated appendicitis, stated without hedge; the patient is informed, so no NL101 either.")

C("s28h46_skane_mall_tidiga_hypoteser_pankreascancer", "skane", P("1955-08-23", "437"), [
    N("n1", "sus_lund_kir", "hedlund", "Tidiga hypoteser", "09-18 16:00", "09-18 16:30", [
        ("Bedömning", "Viktnedgång 9 kg, smärtfri ikterus och DT med 3 cm hypodens process i pankreashuvudet. Misstänkt pankreascancer, EUS med finnålspunktion planeras. Pat ännu inte informerad om misstanken, besked ges när PAD finns."),
    ])], must_not=["NL102", "NL101"],
    why="Skåne note in the protected template Tidiga hypoteser: the hedge and the untold suspicion are hidden from the patient.")

C("s28h46_vgr_sokord_tidiga_hypoteser_myelom_skyddat", "vgr", P("1949-11-30", "274"), [
    N("n1", "su_med", "wikstrom", "Daganteckning", "09-24 10:40", "09-24 11:35", [
        ("Aktuellt", "Ryggvärk sedan två månader, inlagd för hyperkalcemi med Ca 3,1."),
        ("Lab", "Hb 98, krea 164, totalprotein 92, albumin 31."),
        ("Tidiga hypoteser", "Trolig multipelt myelom med tanke på anemi, njurpåverkan, hyperkalcemi och högt totalprotein. Elfores och fria lätta kedjor skickade."),
        ("Planering", "Rehydrering och zoledronsyra, nytt Ca i morgon. Hematologkonsult beställd."),
    ])], must_not=["NL102"],
    why="In VGR the sökord Tidiga hypoteser is filtered; the visible sections hold no hedged diagnosis.")

C("s28h46_skane_pmo_vardcentral_misstankt_uvi_efter_utskrivning", "skane", P("1938-06-11", "360"), [
    N("n1", "sus_malmo_med", "nguyen", "Epikris", "10-01 14:10", "10-02 08:30", [
        ("Diagnos", "Hjärtsvikt med bevarad ejektionsfraktion, dekompenserad. Förmaksflimmer."),
        ("Epikris", "Vätskedrivande ökades och vikten sjönk 4 kg under vårdtiden. Hem med furosemid 40 mg x 2."),
    ]),
    N("n2", "vc_lindangen", "olsson_j", "Telefonkontakt", "10-07 09:25", "10-07 09:50", [
        ("Telefonkontakt", "Hemsjukvårdens ssk ringer: pat har sveda vid miktion och illaluktande urin sedan två dagar, feberfri. Misstänkt UVI, urinsticka positiv för nitrit och leukocyter. Nitrofurantoin 50 mg x 3 i fem dagar ordinerat av dr Ek efter telefonbedömning."),
    ], system="PMO", setting="öppenvård")],
    must_not=["NL102@n2"],
    why="The hedged UVI stands in a PMO note; PMO never shows diagnoses to the patient.")

C("s28h46_vgr_talar_emot_hjartinfarkt", "vgr", P("1961-01-19", "793"), [
    N("n1", "nal_med", "lundberg", "Daganteckning", "10-08 09:15", "10-08 09:50", [
        ("Lab", "TnT 9 och 11 med tre timmars mellanrum."),
        ("Bedömning", "Oförändrade troponiner och normalt EKG talar emot hjärtinfarkt. Bröstsmärtan är rörelseberoende och kan provoceras vid palpation, costochondral smärta. Telemetrin avslutas."),
    ])], must_not=["NL102"],
    why="'talar emot hjärtinfarkt' argues against the diagnosis; it is a negated mention.")

C("s28h46_skane_misstanken_om_lungemboli_avskrivs", "skane", P("1973-07-07", "528"), [
    N("n1", "csk_med", "rahimi", "Daganteckning", "10-10 11:45", "10-10 12:20", [
        ("Aktuellt", "Inlagd i går med dyspné och takykardi, D-dimer 1,8."),
        ("Bedömning", "Misstanken om lungemboli avskrivs efter DT-angio utan fyllnadsdefekter. Takykardin beror på uttorkning efter gastroenterit och har gått över med vätska."),
    ])], must_not=["NL102"],
    why="The suspicion of pulmonary embolism is explicitly dropped ('avskrivs'); hard negative containing 'Misstanken'.")

C("s28h46_vgr_mojligen_latta_odem_fynd", "vgr", P("1947-03-29", "115"), [
    N("n1", "kungalv_med", "zetterberg", "Daganteckning", "10-16 10:30", "10-16 11:00", [
        ("Status", "Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Möjligen lätta ödem kring fotlederna, svårbedömt p.g.a. stödstrumpor."),
        ("Bedömning", "Välreglerad typ 2-diabetes, inläggningen gällde hypoglykemi efter glipizid. Glipizid utsatt, metformin insatt."),
    ])], must_not=["NL102"],
    why="'Möjligen' hedges a physical finding (ankle oedema), not a diagnosis; the diagnoses are stated plainly.")

C("s28h46_skane_eventuellt_ny_lungrontgen_plan", "skane", P("1951-02-14", "650"), [
    N("n1", "hbg_med", "wikstrom", "Daganteckning", "10-22 09:40", "10-22 10:15", [
        ("Aktuellt", "Känd KOL stadium 3, inlagd för exacerbation. Bättre i dag och går utan syrgas i korridoren."),
        ("Planering", "Eventuellt ny lungröntgen på fredag om auskultationsfyndet kvarstår. Prednisolon 30 mg, dag 3 av 5."),
    ])], must_not=["NL102"],
    why="'Eventuellt' hedges an X-ray (a plan); KOL is a known, unhedged diagnosis.")

C("s28h46_vgr_eventuellt_byte_till_peroralt", "vgr", P("1969-09-01", "878"), [
    N("n1", "skas_med", "backman", "Daganteckning", "10-25 13:00", "10-25 13:25", [
        ("Bedömning", "Erysipelas vä underben i god regress, rodnaden har dragit sig tillbaka innanför markeringen."),
        ("Planering", "Eventuellt byte till peroralt flukloxacillin i morgon och utskrivning under helgen."),
    ])], must_not=["NL102"],
    why="The hedge concerns a switch of antibiotics and discharge, not a diagnosis.")

C("s28h46_skane_inga_hallpunkter_for_malignitet_pad", "skane", P("1956-04-18", "295"), [
    N("n1", "sus_malmo_kir", "strand", "Daganteckning", "10-29 14:20", "10-29 15:00", [
        ("Aktuellt", "Dag 3 efter högersidig hemikolektomi för långsträckt polyp i caekum. Äter, gasavgång, smärtfri på Alvedon."),
        ("Utredning", "PAD: tubulovillöst adenom med höggradig dysplasi, radikalt exciderat, inga hållpunkter för malignitet."),
        ("Information", "Pat informerad om PAD-svaret av undertecknad vid ronden och är lättad."),
    ])], must_not=["NL102", "NL101"],
    why="'inga hållpunkter för malignitet' is a negation; the patient has been told the result.")

C("s28h46_vgr_jour_ej_misstanke_om_ileus", "vgr", P("1945-12-03", "337"), [
    N("n1", "udd_kir", "hassan", "Jouranteckning", "11-02 23:10", "11-02 23:30", [
        ("Aktuellt", "Ssk ringer kl 23 om illamående och en kräkning efter kvällsmaten, dag 3 efter ventralbråckplastik."),
        ("Status", "Mjuk buk, normala tarmljud, gasavgång enligt pat. Ej utspänd."),
        ("Bedömning", "Ej misstanke om ileus i nuläget. Primperan 10 mg iv, klar kost till frukost."),
    ])], must_not=["NL102"],
    why="'Ej misstanke om ileus' negates the diagnosis.")

C("s28h46_skane_kanda_diagnoser_utan_hedge", "skane", P("1946-08-08", "482"), [
    N("n1", "angel_ger", "berg_m", "Inskrivningsanteckning", "11-06 15:50", "11-06 17:10", [
        ("Tidigare sjukdomar", "Typ 2-diabetes sedan 2009, hypertoni, förmaksflimmer på Eliquis. Opererad för bröstcancer 2015, recidivfri."),
        ("Aktuellt", "Yrsel och svimning när hon reste sig från soffan i morse."),
        ("Bedömning", "Ortostatisk hypotension med blodtrycksfall 40 mmHg vid uppresning. Amlodipin sänks, vätska iv."),
    ])], must_not=["NL102"],
    why="Past and current diagnoses are all stated as settled; nothing is hedged.")

C("s28h46_vgr_fadern_misstanktes_ha_lynch", "vgr", P("1980-10-16", "219"), [
    N("n1", "su_kir", "eriksson_t", "Inskrivningsanteckning", "11-11 07:30", "11-11 08:15", [
        ("Aktuellt", "Inlagd för elektiv laparoskopisk ljumskbråcksoperation höger."),
        ("Hereditet", "Fadern fick koloncancer vid 46 års ålder och misstänktes ha Lynchs syndrom, farmor opererad för endometriecancer. Pat själv utan tarmbesvär."),
        ("Planering", "Remiss till cancergenetisk mottagning skickas i samband med vårdtillfället."),
    ])], must_not=["NL102"],
    why="The suspected Lynch syndrome is the father's; a relative's hedged disease is not the patient's diagnosis.")

# ---- part 3: more NL102 positives, varied hedges and authors

C("s28h46_skane_koloskopi_inger_misstanke_om_malignitet_informerad", "skane", P("1952-12-01", "576"), [
    N("n1", "ystad_kir", "nordin", "Daganteckning", "01-16 15:10", "01-16 16:00", [
        ("Utredning", "Koloskopi i dag: cirkulär, lättblödande tumör i colon ascendens 70 cm in. Makroskopiskt inger förändringen misstanke om malignitet, biopsier tagna."),
        ("Bedömning", "Tumörmisstanke i colon ascendens. DT thorax-buk för stadieindelning bokad."),
        ("Information", "Pat informerad om fyndet och om att vi misstänker tjocktarmscancer, PAD-svar väntas om en vecka."),
    ])], must=["NL102"], must_not=["NL101"],
    why="'inger misstanke om malignitet' is a hedged diagnosis in visible text; the patient was told of the suspicion, so no NL101.")

C("s28h46_vgr_strokeenhet_mojlig_tia", "vgr", P("1954-04-25", "391"), [
    N("n1", "sas_med", "lindgren", "Inskrivningsanteckning", "01-22 11:30", "01-22 12:45", [
        ("Aktuellt", "Under frukosten 20 minuter av talsvårigheter och domning i höger hand, helt i regress vid ankomsten."),
        ("Status", "NIHSS 0. Regelbunden rytm, inga blåsljud över halskärlen."),
        ("Bedömning", "Möjlig TIA i vänster hemisfär. DT hjärna ua. ASA 160 mg och atorvastatin insätts, ultraljud halskärl och långtids-EKG."),
    ])], must=["NL102"],
    why="'Möjlig TIA' in a visible VGR admission note on a stroke unit.")

C("s28h46_skane_ev_addisons_sjukdom", "skane", P("1985-07-09", "640"), [
    N("n1", "sus_lund_med", "kowalski", "Läkaranteckning", "01-30 10:50", "01-30 11:40", [
        ("Aktuellt", "Fortsatt trött och illamående, BT 92/54 trots tre liter vätska sedan i går."),
        ("Lab", "Na 126, K 5,6, glukos 3,9."),
        ("Bedömning", "Ev. Addisons sjukdom. Kortisol och ACTH tas kl 08 i morgon, därefter Synacthentest. Hydrokortison 100 mg iv ges direkt om hon blir cirkulatoriskt instabil."),
    ])], must=["NL102"],
    why="'Ev.' in front of a disease name (Addisons sjukdom) is a hedged diagnosis, unlike 'ev. remiss'.")

C("s28h46_vgr_utredning_fragestallning_endokardit", "vgr", P("1958-05-31", "457"), [
    N("n1", "nal_med", "nordin", "Daganteckning", "02-06 09:30", "02-06 10:20", [
        ("Aktuellt", "Mekanisk aortaklaff sedan 2016. Feber till 39 i tre dygn."),
        ("Utredning", "Frågeställning endokardit hos pat med klaffprotes och S. aureus i 2/2 blododlingar. TEE beställd till i morgon."),
        ("Ordination", "Kloxacillin 2 g x 6 iv och gentamicin enligt infektionskonsult."),
    ])], must=["NL102"],
    why="'Frågeställning endokardit' marks endocarditis as the open question; it stands in a visible sökord.")

C("s28h46_skane_oklart_om_ulceros_kolit_eller_crohn", "skane", P("1996-01-12", "283"), [
    N("n1", "sus_malmo_gastro", "ali", "Daganteckning", "02-09 13:40", "02-09 14:15", [
        ("Aktuellt", "Blodiga diarréer 10-12 gånger per dygn, dag 3 på iv kortison."),
        ("Utredning", "Sigmoideoskopi: kontinuerlig inflammation från rektum upp till 30 cm. Oklart om det rör sig om ulcerös kolit eller Crohns kolit, PAD inväntas."),
        ("Planering", "Solu-Medrol 40 mg x 2 fortsätter, F-kalprotektin och Clostridioides-odling."),
    ])], must=["NL102"],
    why="'Oklart om det rör sig om ulcerös kolit eller Crohns kolit' leaves the diagnosis open in a visible note.")

C("s28h46_vgr_kan_rora_sig_om_statinmyopati", "vgr", P("1949-08-20", "724"), [
    N("n1", "su_molndal_med", "dahl", "Läkaranteckning", "02-15 11:00", "02-15 11:45", [
        ("Aktuellt", "Muskelvärk i lår och skuldror sedan två veckor, har svårt att resa sig ur stolen."),
        ("Lab", "CK 4 800, ALAT 1,9, TSH normalt."),
        ("Bedömning", "Kan röra sig om statininducerad myopati, atorvastatin 80 mg utsatt i dag. Ny CK om tre dagar och vid utebliven förbättring remiss till neurolog för EMG."),
    ])], must=["NL102"],
    why="'Kan röra sig om statininducerad myopati' is a hedged diagnosis of the patient.")

C("s28h46_skane_lang_inskrivning_misstankt_lungodem_i_status", "skane", P("1939-10-02", "468"), [
    N("n1", "csk_med", "hedlund", "Inskrivningsanteckning", "02-21 22:30", "02-22 00:15", [
        ("Aktuellt", "84-årig man som sedan två dagar blivit alltmer andfådd, i natt kunde han inte ligga ner utan satt i fåtöljen. Hustrun ringde ambulans. Ingen bröstsmärta, ingen feber."),
        ("Tidigare sjukdomar", "Hypertoni. Aortastenos, måttlig vid eko 2022. Typ 2-diabetes på metformin. Prostatahyperplasi."),
        ("Läkemedel", "Metformin 500 mg x 2, amlodipin 5 mg, Tamsulosin 0,4 mg, Trombyl 75 mg."),
        ("Socialt", "Bor i villa med hustrun, klarar sig själv. Kör bil. Tidigare elektriker."),
        ("Status", "AT: Dyspnoisk i vila, talar i korta meningar. SpO2 86 % på luft, 94 % på 4 l. BT 168/94, puls 132 oregelbunden, AF 30. Cor: oregelbunden, systoliskt blåsljud 3/6 över aorta. Pulm: rikliga krepitationer bilat upp till skulderbladsvinklarna, misstänkt lungödem. Buk: mjuk. Ben: pittingödem till knäna bilat."),
        ("Lab", "Hb 138, CRP 9, krea 142, K 4,6, NT-proBNP 11 200, TnT 38."),
        ("EKG", "Förmaksflimmer med kammarfrekvens 130, inga ischemitecken."),
        ("Bedömning", "Akut dekompenserad hjärtsvikt utlöst av nydebuterat förmaksflimmer med snabb kammarfrekvens, känd aortastenos."),
        ("Åtgärd", "Furosemid 80 mg iv, nitrospray, CPAP 30 min med god effekt. Metoprolol 2,5 mg iv x 2, Fragmin 5000 E. Inläggning på HIA, ekokardiografi i morgon."),
    ])], must=["NL102"],
    why="Long admission chart: the only hedge, 'misstänkt lungödem', sits in the Status sökord, which is visible.")

C("s28h46_vgr_jour_differentialdiagnoser_flanksmarta", "vgr", P("1980-02-11", "513"), [
    N("n1", "skas_kir", "engstrom", "Jouranteckning", "02-27 03:05", "02-27 03:40", [
        ("Aktuellt", "44-årig man med intensiv vänstersidig flanksmärta sedan fyra timmar, kräkts två gånger."),
        ("Lab", "U-sticka: blod 3+. CRP 12, krea 96."),
        ("Bedömning", "Differentialdiagnoser: uretärsten vänster, pyelonefrit, divertikulit. DT urinvägar utan kontrast i natt. Voltaren 50 mg supp och morfin 5 mg iv vid behov."),
    ])], must=["NL102"],
    why="A list of 'Differentialdiagnoser' means none is settled; visible VGR on-call note.")

C("s28h46_vgr_ssk_misstankt_trycksar_sacrum", "vgr", P("1933-05-06", "228"), [
    N("n1", "alingsas_med", "jovanovic", "Omvårdnadsanteckning", "03-03 14:30", "03-03 15:00", [
        ("Hud", "Vid vändning ses en rodnad som inte går att trycka bort, 3 x 4 cm över sacrum, med en liten blåsa i mitten. Misstänkt trycksår kategori 2."),
        ("Åtgärd", "Lagd på luftmadrass, vändschema varannan timme, Mepilex Border applicerat. Avvikelse skriven och ansvarig läkare informerad."),
    ])], must=["NL102"],
    why="A nurse writes 'Misstänkt trycksår kategori 2' (a diagnosis) in a visible VGR nursing note.")

C("s28h46_skane_trol_postoperativ_ileus", "skane", P("1960-06-24", "319"), [
    N("n1", "hbg_kir", "sundqvist", "Ronduppteckning", "03-08 08:45", "03-08 09:20", [
        ("Aktuellt", "Dag 4 e. lap. sigmoideumresektion. Kräkts x3 i natt, ingen gasavgång. Uppkörd buk."),
        ("Status", "Tympanistisk, diffust lätt öm, sparsamma tarmljud. Sår ua."),
        ("Bedömning", "Trol. postoperativ paralytisk ileus. V-sond, fasta, korrigerar K 3,2. DT buk om ej bättre i morgon."),
    ])], must=["NL102"],
    why="Telegraphic ward round with 'Trol.' before postoperative ileus in a visible Skåne note.")

C("s28h46_vgr_susp_dvt_kort", "vgr", P("1975-11-19", "846"), [
    N("n1", "kungalv_med", "mohammadi", "Daganteckning", "03-12 16:20", "03-12 16:30", [
        ("Bedömning", "Susp. DVT vä underben, vaden 3 cm större än hö. UL vener bokat i morgon, Innohep 175 E/kg i kväll."),
    ])], must=["NL102"],
    why="Short note with 'Susp.' before DVT in the visible Bedömning.")

C("s28h46_skane_typo_missankt_anastomoslackage", "skane", P("1957-09-15", "751"), [
    N("n1", "sus_malmo_kir", "oberg", "Jouranteckning", "03-16 19:25", "03-16 20:05", [
        ("Aktuellt", "Dag 5 efter främre resektion. Temp 38,8, takykard 120, ökande buksmärta och CRP 312 från 180."),
        ("Bedömning", "Missänkt anastomosläckage. DT buk med rektal kontrast akut, bakjour tillkallad, Meropenem 1 g x 3."),
    ])], must=["NL102"],
    why="Typo 'Missänkt' (misstänkt) before anastomosläckage in a visible Skåne on-call note.")

C("s28h46_vgr_infektionskonsult_sannolikt_cdiff", "vgr", P("1953-03-21", "164"), [
    N("n1", "nu_inf", "lundberg", "Konsultationsanteckning", "03-20 14:00", "03-20 14:50", [
        ("Konsultation", "Ombedd att bedöma 71-årig kvinna på kirurgavdelningen med åtta vattniga diarréer per dygn efter tio dagars cefotaxim."),
        ("Bedömning", "Bedöms sannolikt som Clostridioides difficile-infektion, toxin-PCR skickad. Vankomycin 125 mg x 4 po i tio dagar kan startas empiriskt redan nu. Kontaktisolering."),
    ])], must=["NL102"],
    why="An infectious-disease consult calls C. difficile infection 'sannolikt' in a visible note.")

C("s28h46_skane_epikris_trolig_ockult_gi_blodning", "skane", P("1943-07-27", "422"), [
    N("n1", "trbg_med", "kaya", "Epikris", "03-26 10:15", "03-27 08:40", [
        ("Diagnos", "Järnbristanemi. Trolig ockult gastrointestinal blödning."),
        ("Epikris", "Pat inkom med Hb 71 och uttalad trötthet och transfunderades med två enheter erytrocyter. Gastroskopin visade inget blödningsfokus. Koloskopin kunde inte fullföljas p.g.a. dålig tarmrengöring."),
        ("Planering", "Ny koloskopi polikliniskt inom fyra veckor, remiss skickad. Järntabletter dagligen."),
    ])], must=["NL102"],
    why="The discharge diagnosis list has 'Trolig ockult gastrointestinal blödning' beside the settled anaemia.")

C("s28h46_vgr_sannolikt_hepatisk_encefalopati", "vgr", P("1964-04-03", "375"), [
    N("n1", "su_hep", "backman", "Daganteckning", "04-02 10:10", "04-02 11:00", [
        ("Aktuellt", "Känd alkoholrelaterad levercirros Child-Pugh B. Personalen beskriver omvänd dygnsrytm och att han somnar mitt i samtal."),
        ("Status", "Flapping tremor bilat. Orienterad till person men inte till tid."),
        ("Bedömning", "Pat har sannolikt en hepatisk encefalopati grad 2, utlöst av förstoppning. Laktulos 20 ml x 3 med mål två till tre mjuka avföringar per dygn, rifaximin insätts."),
    ])], must=["NL102"],
    why="'sannolikt en hepatisk encefalopati' is hedged; the known cirrhosis is settled but the new diagnosis is not.")

# ---- part 4: protection edge cases, children, more hedges

C("s28h46_skane_nattjour_trol_delirium_urinretention", "skane", P("1932-01-17", "286"), [
    N("n1", "hlm_med", "forsberg", "Jouranteckning", "04-05 01:45", "04-05 02:20", [
        ("Aktuellt", "Ssk ringer 01.30: pat plockig, försöker dra ut PVK och tror att hon sitter på tåget."),
        ("Status", "Desorienterad till tid och rum. Temp 38,1. Ömmar suprapubiskt, blåsscan 650 ml."),
        ("Bedömning", "Trol. delirium utlöst av urinretention och UVI. Tappad på 700 ml, KAD får ligga kvar. Haldol 0,5 mg po vid behov, extravak i natt."),
    ])], must=["NL102"],
    why="Night on-call note: 'Trol. delirium ... och UVI' is a hedged diagnosis in visible text.")

C("s28h46_vgr_bedomning_hedged_trots_tidiga_hypoteser_sokord", "vgr", P("1951-06-06", "499"), [
    N("n1", "nal_kir", "hassan", "Daganteckning", "04-09 13:20", "04-09 14:10", [
        ("Aktuellt", "Smärtfri ikterus och mörk urin sedan en vecka. Bilirubin 186, ALP 14."),
        ("Bedömning", "Trolig choledochussten, MRCP bokad till i morgon."),
        ("Tidiga hypoteser", "Periampullär tumör kan inte uteslutas med tanke på viktnedgången."),
    ])], must=["NL102"],
    why="The note has a protected Tidiga hypoteser sökord, but the visible Bedömning also holds a hedged diagnosis.")

C("s28h46_skane_sokord_tidiga_hypoteser_i_vanlig_mall_syns", "skane", P("1978-09-28", "135"), [
    N("n1", "sus_lund_med", "eriksson_t", "Läkaranteckning", "04-15 15:00", "04-15 15:45", [
        ("Aktuellt", "Inlagd för utredning av feber utan fokus sedan tre veckor och nattliga svettningar."),
        ("Tidiga hypoteser", "Misstänkt lymfom, förstorade lymfkörtlar i båda axillerna på DT. Körtelbiopsi planeras."),
    ])], must=["NL102"],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside a Läkaranteckning stays visible.")

C("s28h46_vgr_mall_tidiga_hypoteser_men_sokord_bedomning", "vgr", P("1988-12-20", "562"), [
    N("n1", "sas_med", "ali", "Tidiga hypoteser", "04-18 11:25", "04-18 12:00", [
        ("Bedömning", "Misstänkt sarkoidos med bilaterala hiluskörtlar och erythema nodosum. Bronkoskopi med BAL planeras."),
    ])], must=["NL102"],
    why="VGR protects by sökord: a note named 'Tidiga hypoteser' whose text is under sökord Bedömning is visible.")

C("s28h46_skane_gastrokonsult_inger_misstanke_ischemisk_kolit", "skane", P("1947-11-04", "308"), [
    N("n1", "hbg_gastro", "nguyen", "Konsultationsanteckning", "04-23 14:35", "04-23 15:20", [
        ("Konsultation", "Ombedd av kirurgen att bedöma 76-årig kvinna med blodblandade diarréer efter aortaaneurysmoperation."),
        ("Utredning", "Sigmoideoskopi: fläckvis blåaktig slemhinna med ytliga sår från 15 till 35 cm."),
        ("Bedömning", "Bilden inger misstanke om ischemisk kolit. Biopsier tagna, föreslår fasta, vätska och DT-angio av mesenterialkärlen."),
    ])], must=["NL102"],
    why="A gastroenterology consult on a surgical ward: 'inger misstanke om ischemisk kolit' in visible text.")

C("s28h46_vgr_tumorsuspekt_forandring_pankreas", "vgr", P("1950-10-10", "244"), [
    N("n1", "su_kir", "strand", "Daganteckning", "04-26 12:00", None, [
        ("Röntgen", "DT buk: 28 mm tumörsuspekt förändring i pankreashuvudet med vidgad ductus choledochus."),
        ("Planering", "Diskuteras på MDK på tisdag. ERCP med stent för avlastning i morgon."),
    ])], must=["NL102"],
    why="'tumörsuspekt förändring' is an unsettled tumour diagnosis written in a visible sökord.")

C("s28h46_skane_myelom_kan_inte_uteslutas", "skane", P("1960-02-25", "417"), [
    N("n1", "ystad_med", "andersson_l", "Daganteckning", "05-06 09:55", "05-06 10:30", [
        ("Aktuellt", "Kotkompression Th12 efter lindrigt trauma hos 64-årig man, Hb 102."),
        ("Bedömning", "Myelom kan inte uteslutas. Elfores, fria lätta kedjor och urinelfores skickade, skelettröntgen enligt myelomprotokoll."),
    ])], must=["NL102"],
    why="'Myelom kan inte uteslutas' keeps myeloma open as a diagnosis in a visible note.")

C("s28h46_vgr_jour_misstankt_aspirationspneumoni", "vgr", P("1940-08-30", "651"), [
    N("n1", "kungalv_med", "sundqvist", "Jouranteckning", "05-10 21:40", "05-10 22:15", [
        ("Aktuellt", "Strokepat med sväljsvårigheter som kräktes i liggande i går kväll. Nu feber 38,7 och rosslig andning."),
        ("Bedömning", "Misstänkt aspirationspneumoni hö. Rtg pulm akut, Tazocin, sväljbedömning av logoped innan peroralt intag återupptas."),
    ])], must=["NL102"],
    why="'Misstänkt aspirationspneumoni' in the visible Bedömning of a VGR on-call note.")

C("s28h46_skane_trolig_alkoholutlost_kardiomyopati", "skane", P("1970-05-08", "393"), [
    N("n1", "lkr_med", "petrovic", "Läkaranteckning", "05-14 13:10", "05-14 14:00", [
        ("Utredning", "Eko: dilaterad vänsterkammare, EF 25 %, diffus hypokinesi. Koronarangiografi utan signifikanta stenoser."),
        ("Bedömning", "Pat bedöms ha en trolig alkoholutlöst kardiomyopati mot bakgrund av långvarigt högt intag. Sacubitril/valsartan, bisoprolol och SGLT2-hämmare insätts. Motiverande samtal om alkoholstopp, kontakt med beroendemottagningen erbjuden."),
    ])], must=["NL102"],
    why="'trolig alkoholutlöst kardiomyopati' is a hedged diagnosis in the visible Bedömning.")

C("s28h46_vgr_troligen_gallstensanfall_en_rad", "vgr", P("1992-04-14", "726"), [
    N("n1", "skas_kir", "kowalski", "Inskrivningsanteckning", "05-19 18:50", "05-19 19:05", [
        ("Bedömning", "Troligen gallstensanfall, smärtan släppte efter Spasmofen. UL gallvägar i morgon, hem därefter om fortsatt smärtfri."),
    ])], must=["NL102"],
    why="One-line admission with 'Troligen gallstensanfall'.")

C("s28h46_skane_jour_lungembolism_fragetecken_efter", "skane", P("1982-06-17", "248"), [
    N("n1", "csk_med", "engstrom", "Jouranteckning", "05-24 02:10", "05-24 02:35", [
        ("Bedömning", "Lungembolism? Plötslig pleuritsmärta hö, SpO2 92 %, Wells 6. DT-angio i natt, Fragmin 10 000 E sc nu."),
    ])], must=["NL102"],
    why="A trailing question mark after the diagnosis ('Lungembolism?') is a hedge in visible text.")

C("s28h46_vgr_jour_susp_ileus_telegrafisk", "vgr", P("1944-09-09", "133"), [
    N("n1", "udd_kir", "berg_m", "Jouranteckning", "05-28 04:15", None, [
        ("Bedömning", "Susp. ileus. Rtg buköversikt + DT, V-sond, fastande."),
    ])], must=["NL102"],
    why="Shortest form: 'Susp. ileus' in a telegraphic on-call note.")

C("s28h46_skane_hia_dd_takotsubo", "skane", P("1958-03-02", "566"), [
    N("n1", "sus_lund_hia", "sandberg", "Ronduppteckning", "06-04 11:15", "06-04 12:05", [
        ("Aktuellt", "Bröstsmärta efter makens begravning. TnT 480, ST-höjningar anteriort."),
        ("Utredning", "Kranskärlsröntgen utan stenoser. Vänsterkammarografi med apikal ballongering."),
        ("Bedömning", "DD Takotsubo-kardiomyopati respektive myokardit, MR hjärta bokad. Betablockad och ACE-hämmare."),
    ])], must=["NL102"],
    why="'DD Takotsubo-kardiomyopati respektive myokardit' on a cardiac ward round; visible Skåne note.")

C("s28h46_vgr_typo_trolgi_sepsis", "vgr", P("1946-12-12", "871"), [
    N("n1", "nal_med", "rahimi", "Jouranteckning", "06-08 03:30", "06-08 04:05", [
        ("Status", "BT 88/50, puls 126, AF 28, temp 39,4, marmorerad på benen."),
        ("Bedömning", "Trolgi sepsis med oklart fokus. Ringer två liter på en timme, odlingar, Meropenem 2 g iv. IVA-jouren kontaktad."),
    ])], must=["NL102"],
    why="Typo 'Trolgi' (trolig) before sepsis in the visible Bedömning of a VGR on-call note.")

C("s28h46_skane_pmo_vc_dd_anemi_vid_kronisk_sjukdom", "skane", P("1945-05-22", "540"), [
    N("n1", "ystad_med", "holm", "Epikris", "06-10 10:00", "06-11 09:15", [
        ("Diagnos", "Pneumoni i vänster underlob. Normocytär anemi."),
        ("Epikris", "Behandlad med bensylpenicillin iv i tre dygn och därefter Kåvepenin. Hb 104 vid utskrivningen, ej utrett under vårdtiden."),
    ]),
    N("n2", "vc_tomelilla", "lindgren", "Läkaranteckning", "06-25 14:20", "06-25 15:00", [
        ("Bedömning", "Återbesök efter sjukhusvistelsen, pneumonin utläkt. Normocytär anemi, DD anemi vid kronisk sjukdom eller begynnande njursvikt. Nya prover om fyra veckor."),
    ], system="PMO", setting="öppenvård")],
    must_not=["NL102@n2"],
    why="A 'DD' in a PMO primary-care note is never shown to the patient, so NL102 must not fire on it.")

# ---- part 5: NL102 hard negatives

C("s28h46_vgr_tee_inget_som_talar_for_endokardit", "vgr", P("1955-01-07", "318"), [
    N("n1", "su_med", "hakansson", "Daganteckning", "06-13 10:25", "06-13 11:00", [
        ("Utredning", "TEE: normala klaffar, inga vegetationer eller abscesser."),
        ("Bedömning", "Inget som talar för endokardit. E. coli-bakteriemin har urinvägsfokus, ceftriaxon fortsätter sju dagar totalt."),
    ])], must_not=["NL102"],
    why="'Inget som talar för endokardit' contains 'talar för' but negates it.")

C("s28h46_skane_dvt_har_uteslutits_bakercysta", "skane", P("1962-10-29", "487"), [
    N("n1", "angel_ger", "zetterberg", "Daganteckning", "06-17 13:35", "06-17 14:10", [
        ("Bedömning", "DVT har nu uteslutits med ultraljud av hela benet. Svullnaden beror på en rupturerad Bakercysta som syns tydligt på ultraljudet, kompression och kort NSAID-kur."),
    ])], must_not=["NL102"],
    why="DVT is ruled out ('har uteslutits'); the Baker's cyst is confirmed on ultrasound.")

C("s28h46_vgr_trolig_orsak_till_fallet_halka", "vgr", P("1936-04-16", "562"), [
    N("n1", "alingsas_med", "wikstrom", "Daganteckning", "06-20 09:40", "06-20 10:15", [
        ("Aktuellt", "Hittad på badrumsgolvet av hemtjänsten, har legat ca sex timmar. Minns att hon halkade på badrumsmattan."),
        ("Lab", "CK 2 100, krea 98."),
        ("Bedömning", "Trolig orsak till fallet är att hon halkade, ingen synkope eller arytmi på telemetrin. Lätt rabdomyolys efter långliggande, vätska iv."),
    ])], must_not=["NL102"],
    why="'Trolig' hedges the mechanism of a fall (slipping), which is no diagnosis; rhabdomyolysis is stated plainly.")

C("s28h46_skane_ssk_eventuellt_latt_illamaende", "skane", P("1967-08-03", "224"), [
    N("n1", "trbg_kir", "persson_k", "Omvårdnadsanteckning", "06-26 13:20", None, [
        ("Nutrition", "Äter bra till lunch men anger eventuellt lätt illamående efteråt, tackar nej till Primperan."),
        ("Smärta", "NRS 3 i vila och 5 vid mobilisering efter Oxynorm 5 mg."),
    ])], must_not=["NL102"],
    why="The hedge is on a symptom (mild nausea), not a diagnosis.")

C("s28h46_vgr_sannolikt_operation_i_morgon", "vgr", P("1959-02-22", "735"), [
    N("n1", "su_molndal_kir", "eriksson_t", "Daganteckning", "07-01 16:05", "07-01 16:25", [
        ("Bedömning", "Ljumskbråck höger, inklämt men reponerat på akuten, nu mjukt och oömt."),
        ("Planering", "Sannolikt blir det operation i morgon förmiddag, fastande från midnatt."),
    ])], must_not=["NL102"],
    why="'Sannolikt' hedges the timing of an operation (a plan); the hernia is a settled diagnosis.")

C("s28h46_skane_ssk_ev_kad_byte_torsdag", "skane", P("1941-03-13", "619"), [
    N("n1", "csk_med", "blom", "Omvårdnadsanteckning", "07-04 21:00", None, [
        ("Elimination", "KAD sedan tre veckor. Ev. KAD-byte på torsdag enligt ordination, klar urin i påsen."),
        ("Hud", "Hel hud, inga rodnader över hälar eller sacrum."),
    ])], must_not=["NL102"],
    why="'Ev. KAD-byte' hedges a nursing action, not a diagnosis.")

C("s28h46_vgr_misstankt_att_dosetten_fyllts_fel", "vgr", P("1938-11-25", "284"), [
    N("n1", "sas_med", "nyberg", "Daganteckning", "07-09 11:30", "07-09 12:05", [
        ("Aktuellt", "Inlagd för PK 6,8 utan blödning. Står på Waran för mekanisk mitralisklaff."),
        ("Läkemedel", "Misstänkt att dosetten fyllts fel hemma, dottern har hittat dubbla tabletter i tisdagsfacket. Apoteket och hemsjukvården kontaktade."),
        ("Åtgärd", "Konakion 2 mg po, nytt PK i morgon bitti."),
    ])], must_not=["NL102"],
    why="'Misstänkt' concerns how the pill organiser was filled, an event and not a diagnosis of the patient.")

C("s28h46_skane_mojligen_hem_pa_lordag", "skane", P("1994-07-28", "360"), [
    N("n1", "sus_malmo_med", "alsayed", "Ronduppteckning", "07-12 10:10", "07-12 10:40", [
        ("Bedömning", "Pyelonefrit vänster på bättringsvägen, afebril sedan 48 timmar, CRP 64 från 210."),
        ("Planering", "Byte till peroralt ciprofloxacin i dag. Möjligen kan pat gå hem på lördag."),
    ])], must_not=["NL102"],
    why="'Möjligen' hedges the discharge day; the pyelonephritis is settled.")

C("s28h46_vgr_differentialdiagnostiskt_overvagt_men_uteslutet", "vgr", P("1972-12-05", "451"), [
    N("n1", "skas_med", "holm", "Daganteckning", "07-18 09:20", "07-18 10:00", [
        ("Röntgen", "Lungröntgen: infiltrat i vänster underlob."),
        ("Bedömning", "Differentialdiagnostiskt har lungemboli övervägts men uteslutits med normal D-dimer och låg klinisk sannolikhet. Pleuritsmärtan förklaras av pneumonin i vänster underlob."),
    ])], must_not=["NL102"],
    why="The differential was considered and excluded ('uteslutits'); the pneumonia is confirmed on X-ray.")

C("s28h46_skane_misstanken_om_hjartinfarkt_kunde_avforas", "skane", P("1966-01-31", "297"), [
    N("n1", "hlm_med", "svensson_po", "Daganteckning", "07-23 11:50", "07-23 12:20", [
        ("Bedömning", "Misstanken om hjärtinfarkt kunde avföras då TnT låg under 5 vid två tillfällen. Känd esofagusreflux och besvären lindrades av Novaluc, hem med fortsatt PPI."),
    ])], must_not=["NL102"],
    why="'kunde avföras' drops the suspected infarction; hard negative opening with 'Misstanken'.")

C("s28h46_skane_epikris_kolecystit_eventuell_kontroll", "skane", P("1974-10-11", "535"), [
    N("n1", "ystad_kir", "dahl", "Epikris", "08-16 14:00", "08-19 08:50", [
        ("Diagnos", "Akut kolecystit. Laparoskopisk kolecystektomi 14/8."),
        ("Epikris", "Pat inkom med feber och högersidig buksmärta, ultraljud visade förtjockad gallblåsevägg och konkrement. Opererades dag 2 med okomplicerat förlopp."),
        ("Planering", "Eventuell kontroll i öppenvård vid kvarstående besvär, annars ingen uppföljning."),
    ])], must_not=["NL102"],
    why="'Eventuell kontroll' is a follow-up plan; the cholecystitis is operated and settled.")

C("s28h46_vgr_typo_ingen_missanke_om_cancer", "vgr", P("1957-06-19", "146"), [
    N("n1", "alingsas_kir", "forsberg", "Daganteckning", "08-21 13:15", "08-21 13:50", [
        ("Utredning", "Koloskopi till caekum: enstaka divertiklar i sigmoideum, en av dem med färskt koagel, i övrigt normal slemhinna."),
        ("Bedömning", "Ingen missanke om cancer. Divertikelblödning i sigmoideum som har upphört spontant."),
    ])], must_not=["NL102"],
    why="Typo in the negation ('Ingen missanke om' for misstanke) still negates cancer.")

C("s28h46_vgr_lungrontgen_utan_tecken_till_pneumoni", "vgr", P("1949-07-01", "829"), [
    N("n1", "kungalv_med", "backman", "Läkaranteckning", "08-27 10:45", "08-27 11:15", [
        ("Röntgen", "Lungröntgen utan tecken till pneumoni eller pleuravätska."),
        ("Bedömning", "KOL-exacerbation utlöst av influensa A, PCR positiv. Tamiflu, inhalationer och prednisolon."),
    ])], must_not=["NL102"],
    why="'utan tecken till pneumoni' is a negated finding; the influenza is PCR-confirmed.")

C("s28h46_skane_mall_tidiga_hypoteser_flera_hypoteser_lang", "skane", P("1953-09-14", "672"), [
    N("n1", "sus_lund_med", "kowalski", "Tidiga hypoteser", "09-03 16:40", "09-03 17:30", [
        ("Aktuellt", "71-årig man med ofrivillig viktnedgång 12 kg på ett halvår, tilltagande andfåddhet och nyupptäckt proteinuri 3 g/dygn."),
        ("Utredning", "Eko: koncentrisk vänsterkammarhypertrofi trots normalt blodtryck, granulerad myokardstruktur. M-komponent IgG lambda 6 g/l."),
        ("Bedömning", "Misstänkt AL-amyloidos med hjärt- och njurengagemang, DD myelom med lättkedjenefropati. Bukfettsbiopsi och benmärgsbiopsi planeras, troligen behövs även njurbiopsi. Pat ej informerad om misstanken, vill först ha biopsisvar."),
    ])], must_not=["NL102", "NL101"],
    why="Several hedged diagnoses and an untold suspicion, all inside a Skåne Tidiga hypoteser template (protected).")

C("s28h46_vgr_bekraftad_bedomning_och_hypotes_under_sokord", "vgr", P("1968-02-27", "604"), [
    N("n1", "udd_med", "lundberg", "Daganteckning", "09-06 14:10", "09-06 15:00", [
        ("Bedömning", "Nydebuterat förmaksfladder med 2:1-överledning, elkonverterat med gott resultat."),
        ("Tidiga hypoteser", "Trolig hjärtsarkoidos med tanke på tidigare AV-block och förstorade hiluskörtlar, ev. MR och PET."),
        ("Planering", "Hem i morgon med apixaban, uppföljning på arytmimottagningen."),
    ])], must_not=["NL102"],
    why="The visible sections hold only a confirmed diagnosis; the hedged one is under the filtered VGR sökord.")

# ---- part 6: NL101 positives (diagnosis visible, patient not yet told)

C("s28h46_skane_rond_levermetastaser_ej_informerad", "skane", P("1951-05-15", "248"), [
    N("n1", "sus_malmo_kir", "strand", "Ronduppteckning", "09-10 11:20", "09-10 12:00", [
        ("Röntgen", "DT thorax-buk: multipla levermetastaser, den största 4 cm i segment 7, samt väggförtjockning i colon transversum."),
        ("Bedömning", "Levermetastaserad koloncancer. Pat ej informerad ännu, brytpunktssamtal med pat och maken planeras i morgon kl 10 med kontaktsjuksköterska."),
    ])], must=["NL101"], must_not=["NL102"],
    why="A settled cancer diagnosis stands in the visible Bedömning while the text says the patient is not yet informed.")

C("s28h46_vgr_jour_ej_fatt_besked_om_cancern", "vgr", P("1947-02-03", "572"), [
    N("n1", "sas_kir", "engstrom", "Jouranteckning", "09-12 23:40", "09-13 00:10", [
        ("Aktuellt", "Tillsyn p.g.a. oro och sömnsvårigheter. Pat frågar om svaren från koloskopin."),
        ("Bedömning", "PAD från koloskopin visar adenokarcinom i sigmoideum. Pat har ännu inte fått besked om cancern, det ges av ansvarig kirurg på ronden i morgon. Imovane 5 mg till natten."),
    ])], must=["NL101"], must_not=["NL102"],
    why="The on-call doctor writes the PAD result and that the patient has not yet been told, in a visible note.")

C("s28h46_skane_epikris_pad_ventrikelcancer_ej_informerad", "skane", P("1942-11-18", "435"), [
    N("n1", "csk_kir", "sundqvist", "Epikris", "02-28 13:10", "03-01 10:30", [
        ("Diagnos", "Adenocarcinom i ventrikeln. Övre gastrointestinal blödning."),
        ("Epikris", "Inkom med hematemes och Hb 79. Gastroskopi med blodstillning av en ulcererad tumör i corpus. PAD-svaret kom efter utskrivningen."),
        ("Planering", "Pat är inte informerad om PAD-svaret, besked ges vid återbesök på kirurgmottagningen 12/3 tillsammans med kontaktsjuksköterska."),
    ])], must=["NL101"],
    why="The discharge summary lists gastric adenocarcinoma and states the patient has not been told the PAD result.")

C("s28h46_vgr_neurologkonsult_als_ska_inte_informeras", "vgr", P("1961-07-22", "191"), [
    N("n1", "su_neuro", "nguyen", "Konsultationsanteckning", "09-17 15:30", "09-17 16:20", [
        ("Konsultation", "Tillfrågad av medicinavdelningen om 63-årig man med tilltagande svaghet i händerna och fascikulationer i armar och tunga."),
        ("Utredning", "EMG bekräftar motorneuronsjukdom med denervation i tre kroppsregioner."),
        ("Bedömning", "Amyotrofisk lateralskleros. Pat ska inte informeras om diagnosen förrän vid det planerade samtalet på neurologmottagningen med anhöriga närvarande."),
    ])], must=["NL101"], must_not=["NL102"],
    why="ALS is written as settled in a visible consult note that says the patient must not be told yet.")

C("s28h46_skane_typo_ej_infomerad_smacellig_lungcancer", "skane", P("1956-12-30", "624"), [
    N("n1", "hbg_med", "lindqvist", "Daganteckning", "09-19 10:00", "09-19 10:35", [
        ("Utredning", "Bronkoskopi med EBUS: småcellig lungcancer."),
        ("Planering", "Pat ej infomerad om diagnosen, onkologen kommer på torsdag för gemensamt besked."),
    ])], must=["NL101"],
    why="Typo 'infomerad' (informerad): the lung cancer diagnosis is visible and the patient not yet told.")

C("s28h46_vgr_ssk_far_inte_namna_leukemidiagnosen", "vgr", P("1979-03-09", "853"), [
    N("n1", "nal_med", "isaksson", "Omvårdnadsanteckning", "09-23 15:40", "09-23 16:05", [
        ("Omvårdnad", "Pat trött och låg i sängen större delen av dagen. Benmärgsprov taget, plåstret torrt."),
        ("Information", "Dr Holm har bett oss att inte nämna leukemidiagnosen för pat innan hematologen träffat honom i morgon. Pat frågar vad proverna visar, hänvisar till läkarsamtalet."),
    ])], must=["NL101"],
    why="A nursing note names the leukaemia diagnosis and says staff must not tell the patient yet.")

C("s28h46_skane_hiv_positivt_ej_fatt_veta", "skane", P("1987-10-21", "177"), [
    N("n1", "sus_malmo_inf", "kaya", "Daganteckning", "09-26 13:00", "09-26 13:45", [
        ("Lab", "Hiv-kombitest positivt, bekräftat med immunoblot. CD4 90."),
        ("Bedömning", "Nyupptäckt hivinfektion med pneumocystispneumoni. Pat har ännu inte fått veta hivsvaret, infektionsläkare och tolk ger besked i morgon förmiddag."),
    ])], must=["NL101"], must_not=["NL102"],
    why="The HIV diagnosis is visible and the text says the patient has not yet been told the result.")

C("s28h46_vgr_mdk_inoperabel_pat_ovetande", "vgr", P("1950-05-26", "318"), [
    N("n1", "su_kir", "dahl", "Daganteckning", "09-30 16:15", "09-30 16:45", [
        ("Bedömning", "MDK: lokalt avancerad pankreascancer med kärlinväxt, inoperabel."),
        ("Planering", "Pat är ännu ovetande om att tumören inte går att operera. Samtal i morgon med onkolog och kontaktsjuksköterska."),
    ])], must=["NL101"], must_not=["NL102"],
    why="'ovetande om' the inoperable pancreatic cancer that stands in the visible Bedömning.")

C("s28h46_skane_aml_ej_informerad_sedan_informerad_nasta_dag", "skane", P("1964-08-12", "599"), [
    N("n1", "sus_lund_hem", "sandberg", "Daganteckning", "10-03 17:10", "10-03 17:40", [
        ("Utredning", "Benmärgsutstryk: 62 % myeloiska blaster."),
        ("Bedömning", "Akut myeloisk leukemi. Pat ej informerad, besked ges i morgon när hustrun kan vara med."),
    ]),
    N("n2", "sus_lund_hem", "sandberg", "Daganteckning", "10-04 11:30", "10-04 12:00", [
        ("Information", "Pat och hustrun informerade i dag om AML och om planerad induktionsbehandling. Många frågor om prognos och fertilitet, kurator kontaktad."),
    ])], must=["NL101@n1"], must_not=["NL101@n2"],
    why="Day 1 writes AML while the patient is untold (n1 fires); day 2 records that he was told (n2 must not fire).")

C("s28h46_vgr_tidiga_hypoteser_forst_sedan_cirros_kommunicerad", "vgr", P("1970-06-08", "247"), [
    N("n1", "skas_med", "zetterberg", "Daganteckning", "10-07 10:20", "10-07 11:00", [
        ("Aktuellt", "Inlagd för ascites och trötthet."),
        ("Tidiga hypoteser", "Misstänkt levercirros, ultraljud med knölig leveryta. Pat ej informerad om misstanken innan Fibroscan."),
    ]),
    N("n2", "skas_med", "zetterberg", "Daganteckning", "10-10 13:15", "10-10 13:50", [
        ("Bedömning", "Levercirros bekräftad med Fibroscan 38 kPa. Pat informerad i dag om cirrosdiagnosen och vikten av att avstå helt från alkohol."),
    ])], must_not=["NL102@n1", "NL101@n2"],
    why="The suspicion first sits under the filtered sökord; the later visible note confirms and records that the patient was told.")

C("s28h46_skane_misstankt_lymfom_ej_informerad", "skane", P("1959-11-01", "426"), [
    N("n1", "ystad_med", "mohammadi", "Daganteckning", "10-14 14:25", "10-14 15:00", [
        ("Röntgen", "DT: konglomerat av förstorade lymfkörtlar retroperitonealt, mjälte 16 cm."),
        ("Bedömning", "Misstänkt lymfom. Pat inte informerad om misstanken ännu, vill först ha biopsisvar."),
    ])], must=["NL101", "NL102"],
    why="A hedged, untold lymphoma written in a visible section: both the hedge and the untold diagnosis are exposed.")

C("s28h46_vgr_sonen_vill_att_mor_inte_far_veta", "vgr", P("1932-09-19", "760"), [
    N("n1", "alingsas_med", "hedlund", "Daganteckning", "10-17 12:40", "10-17 13:20", [
        ("Aktuellt", "92-årig kvinna med ventrikelcancer som diagnostiserades vid gastroskopi i måndags."),
        ("Socialt", "Sonen har bett att mor inte ska få veta om cancern. Pat har inte informerats, vi har förklarat för sonen att hon har rätt till information om hon frågar."),
    ])], must=["NL101"],
    why="The cancer diagnosis is visible and the patient has not been told at the son's request.")

C("s28h46_skane_avvaktar_med_att_beratta_om_demens", "skane", P("1938-02-10", "381"), [
    N("n1", "angel_ger", "berg_m", "Daganteckning", "10-21 14:50", "10-21 15:30", [
        ("Utredning", "Minnesutredning under vårdtiden: MMSE 19, DT hjärna med uttalad temporallobsatrofi, klocktestet patologiskt."),
        ("Bedömning", "Alzheimers sjukdom av måttlig grad. Vi avvaktar med att berätta om demensdiagnosen tills dottern kan närvara på måndag."),
    ])], must=["NL101"], must_not=["NL102"],
    why="'avvaktar med att berätta om demensdiagnosen': a settled, untold diagnosis in a visible note.")

C("s28h46_vgr_attr_amyloidos_ej_fatt_information", "vgr", P("1945-04-27", "933"), [
    N("n1", "su_kard", "lindgren", "Läkaranteckning", "10-24 11:05", "10-24 11:50", [
        ("Utredning", "DPD-skintigrafi: grad 3-upptag i myokardiet. Inga monoklonala proteiner i serum eller urin."),
        ("Bedömning", "Transtyretinamyloidos i hjärtat (ATTR-CM). Pat har inte fått information om amyloidosen, informeras först efter genetiskt svar och kardiologens samtal nästa vecka."),
    ])], must=["NL101"],
    why="A settled cardiac amyloidosis is written in a visible section while the patient has not been told.")

C("s28h46_skane_utkast_vet_inte_om_melanommetastas", "skane", P("1966-07-03", "243"), [
    N("n1", "sus_lund_kir", "eriksson_t", "Daganteckning", "10-28 16:30", None, [
        ("Utredning", "PAD från den förstorade ljumsklymfkörteln: metastas av malignt melanom."),
        ("Planering", "Pat vet ännu inte om att biopsin visade melanommetastas. Plastikkirurg och kontaktsjuksköterska informerar på fredag."),
    ])], must=["NL101"],
    why="Unsigned draft: the melanoma metastasis is written in a visible sökord while the patient does not yet know.")

# ---- part 7: NL101 positives and negatives

C("s28h46_vgr_lang_rektalcancer_besked_efter_mdk", "vgr", P("1958-01-24", "518"), [
    N("n1", "su_kir", "kowalski", "Ronduppteckning", "10-30 10:15", "10-30 11:30", [
        ("Aktuellt", "66-årig man inlagd sedan i söndags för blödning per rektum och Hb-fall från 132 till 96. Ingen ny blödning sedan två dygn, Hb stabilt 101 efter en enhet erytrocyter."),
        ("Anamnes", "Förändrade avföringsvanor sedan i våras med omväxlande diarré och förstoppning, tenesmer senaste månaden. Gått ner 5 kg. Tidigare frisk bortsett från hypertoni på enalapril."),
        ("Status", "AT: opåverkad, normalt färgad. BT 138/82, puls 76. Buk: mjuk, oöm, ingen resistens. PR: oregelbunden, fast förändring palperas framtill ca 7 cm upp."),
        ("Lab", "Hb 101, MCV 78, ferritin 9, CRP 6, krea 84, CEA 11."),
        ("Utredning", "Rektoskopi 26/10: ulcererande tumör på framväggen 8 cm ovan anus, biopsier tagna. PAD kom i morse: adenocarcinom, måttligt differentierat."),
        ("Bedömning", "Rektalcancer 8 cm ovan anus. Stadieindelning med MR lilla bäckenet och DT thorax-buk bokad till fredag."),
        ("Planering", "Pat vet inte om att PAD-svaret kommit och besked ges inte förrän efter MDK på onsdag, då kolorektalkirurg och kontaktsjuksköterska träffar honom och hustrun. Järn iv i dag, hem i morgon."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Long ward chart: rectal cancer in a visible Bedömning, Planering says the patient does not know and will not be told until after MDK.")

C("s28h46_skane_diagnos_sokord_och_planering_ej_informerad", "skane", P("1949-09-05", "362"), [
    N("n1", "trbg_med", "ek", "Daganteckning", "11-04 09:30", "11-04 10:10", [
        ("Diagnos", "Kronisk lymfatisk leukemi. Pneumoni i höger överlob."),
        ("Aktuellt", "Remitterad från vårdcentralen p.g.a. lymfocytos 42, nu inlagd för lunginflammation och på bättringsvägen."),
        ("Planering", "Ej informerad om KLL-diagnosen, hematologen tar det samtalet på mottagningen i nästa vecka."),
    ])], must=["NL101"],
    why="The diagnosis is in the Diagnos sökord and the untold statement in Planering; both are visible.")

C("s28h46_vgr_typo_ej_informerd_kolangiokarcinom", "vgr", P("1954-03-16", "685"), [
    N("n1", "nal_kir", "petrovic", "Daganteckning", "11-07 14:05", None, [
        ("Utredning", "Borstcytologi vid ERCP: maligna celler, kolangiokarcinom i hilus."),
        ("Planering", "Pat ej informerd om cytologisvaret, samtal med pat och sambo på torsdag."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Typo 'informerd' (informerad) in the key phrase; the cholangiocarcinoma is visible and untold.")

C("s28h46_skane_telefon_ssk_pat_kanner_inte_till_lymfom", "skane", P("1972-04-09", "454"), [
    N("n1", "sus_lund_hem", "blom", "Telefonanteckning", "11-08 10:20", "11-08 10:35", [
        ("Telefonkontakt", "Pat ringer från hemmet efter utskrivningen och frågar om biopsisvaret. Pat känner ännu inte till att körtelbiopsin visade diffust storcelligt B-cellslymfom, läkaren ringer upp i eftermiddag och bokar ett besök."),
    ])], must=["NL101"], must_not=["NL102"],
    why="A phone note spells out the lymphoma diagnosis and says the patient does not yet know it.")

C("s28h46_skane_informerad_om_koloncancer", "skane", P("1948-06-27", "407"), [
    N("n1", "hbg_kir", "nordin", "Daganteckning", "01-11 13:30", None, [
        ("Information", "Pat informerad av undertecknad om att biopsierna visar koloncancer och om planerad operation. Tar det med fattning, frågar mycket om stomi."),
        ("Planering", "Stomiterapeut kontaktas. DT thorax-buk för stadieindelning i morgon."),
    ])], must_not=["NL101"],
    why="The patient has been told the cancer diagnosis today.")

C("s28h46_vgr_fick_besked_om_kol_i_varas", "vgr", P("1950-11-11", "296"), [
    N("n1", "kungalv_med", "lundberg", "Daganteckning", "01-19 10:00", "01-19 10:40", [
        ("Aktuellt", "Tredje inläggningen i år för KOL-exacerbation. Pat fick besked om diagnosen och prognosen på lungmottagningen i våras och har sedan dess en vårdplan."),
        ("Bedömning", "KOL GOLD E med kronisk respiratorisk svikt. Bipap nattetid diskuteras med pat."),
    ])], must_not=["NL101"],
    why="The patient was told earlier (at the lung clinic); nothing is withheld.")

C("s28h46_skane_ej_informerad_om_operationsdatum", "skane", P("1981-08-31", "523"), [
    N("n1", "csk_kir", "oberg", "Utskrivningsanteckning", "01-25 11:10", "01-25 11:30", [
        ("Diagnos", "Symtomgivande gallstenssjukdom."),
        ("Planering", "Anmäld för elektiv kolecystektomi. Pat ej informerad om operationsdatum ännu, planeringsenheten ringer."),
    ])], must_not=["NL101"],
    why="What the patient has not been told is a date, not a diagnosis.")

C("s28h46_vgr_informerad_om_cancer_ej_om_remissen", "vgr", P("1955-12-08", "170"), [
    N("n1", "sas_kir", "hassan", "Daganteckning", "02-02 13:50", "02-02 14:20", [
        ("Bedömning", "Esofaguscancer i distala esofagus. Pat och maken informerades om diagnosen i går."),
        ("Planering", "Remiss skickad till Sahlgrenska för MDK. Pat ej informerad om att remissen är skickad, meddelas vid utskrivningen."),
    ])], must_not=["NL101"],
    why="The diagnosis was communicated; only the sending of a referral is still untold.")

C("s28h46_skane_ej_informerad_om_normal_dt_hjarna", "skane", P("1944-02-18", "531"), [
    N("n1", "hlm_med", "rahimi", "Daganteckning", "02-08 12:15", "02-08 12:45", [
        ("Bedömning", "Vasovagal synkope i samband med miktion nattetid, inga arytmier på telemetrin."),
        ("Utredning", "DT hjärna utan blödning eller infarkt. Pat ej informerad om DT-svaret ännu, sov vid ronden."),
    ])], must_not=["NL101"],
    why="The untold item is a normal CT result, not a diagnosis.")

C("s28h46_vgr_sokord_th_ej_informerad_synligt_bara_plan", "vgr", P("1952-10-13", "488"), [
    N("n1", "skas_kir", "berg_m", "Daganteckning", "02-13 15:25", "02-13 16:00", [
        ("Aktuellt", "Inlagd för smärtfri ikterus, bilirubin 212. ERCP med stentläggning i morgon."),
        ("Tidiga hypoteser", "DT talar för pankreascancer i huvudet med leverförändringar. Pat ej informerad om misstanken, tas upp efter MDK."),
    ])], must_not=["NL101", "NL102"],
    why="The untold, hedged diagnosis is kept only under the filtered VGR sökord Tidiga hypoteser.")

C("s28h46_skane_mall_tidiga_hypoteser_ej_informerad_myelom", "skane", P("1947-05-04", "616"), [
    N("n1", "trbg_med", "nguyen", "Tidiga hypoteser", "02-20 16:45", "02-20 17:05", [
        ("Bedömning", "M-komponent IgG 38 g/l och lytiska förändringar i kraniet. Myelom mycket sannolikt, pat ej informerad innan benmärgssvaret finns."),
    ])], must_not=["NL101", "NL102"],
    why="Skåne Tidiga hypoteser template: the probable, untold myeloma is protected.")

C("s28h46_vgr_pat_informerad_dottern_inte", "vgr", P("1943-08-22", "742"), [
    N("n1", "su_molndal_med", "wikstrom", "Daganteckning", "02-23 14:30", "02-23 15:10", [
        ("Information", "Pat informerad om att det rör sig om en spridd lungcancer. Hon vill själv berätta för dottern, som därför inte är informerad ännu."),
        ("Planering", "Palliativt team kontaktas, hemgång med ASIH diskuteras."),
    ])], must_not=["NL101"],
    why="The patient has been told; only a relative is not yet informed.")

C("s28h46_skane_hia_nstemi_inget_om_information", "skane", P("1957-03-11", "290"), [
    N("n1", "sus_lund_hia", "alsayed", "Läkaranteckning", "02-27 10:40", "02-27 11:15", [
        ("Aktuellt", "Tryck över bröstet i två timmar i går kväll, TnT 58 och 214."),
        ("Utredning", "Kranskärlsröntgen: 90 % stenos i RCA, PCI med läkemedelsstent."),
        ("Bedömning", "NSTEMI. Dubbel trombocythämning i tolv månader, statin och betablockad."),
    ])], must_not=["NL101", "NL102"],
    why="A settled diagnosis with nothing said about telling the patient: no NL101, and no hedge.")

C("s28h46_vgr_besked_i_gar_om_lungcancern", "vgr", P("1960-12-29", "349"), [
    N("n1", "udd_med", "nyberg", "Daganteckning", "03-04 09:50", "03-04 10:30", [
        ("Aktuellt", "Ledsen men samlad efter gårdagens besked från dr Nyberg om lungcancern. Har sovit dåligt."),
        ("Planering", "Kurator kontaktad. PET-DT på måndag och därefter lungkonferens."),
    ])], must_not=["NL101"],
    why="The patient was told yesterday; the note records the reaction.")

C("s28h46_skane_vill_inte_diskutera_prognos", "skane", P("1953-06-05", "578"), [
    N("n1", "ystad_med", "lindgren", "Daganteckning", "03-07 13:40", "03-07 14:15", [
        ("Information", "Pat informerad om att koloncancern har spridit sig till lungorna. Önskar inte diskutera prognos i dag, vi återkommer när hon vill."),
    ])], must_not=["NL101"],
    why="The diagnosis has been told; declining to discuss prognosis is not an untold diagnosis.")

# ---- part 8: children, other professions, typos, last negatives

C("s28h46_vgr_typo_mistankt_divertikelabscess", "vgr", P("1963-09-27", "377"), [
    N("n1", "skas_kir", "sundqvist", "Daganteckning", "03-15 10:30", "03-15 11:10", [
        ("Röntgen", "DT buk: förtjockad sigmoideumvägg med fettvävsreaktion och en 4 cm stor vätskeansamling med luftbubblor intill."),
        ("Bedömning", "Mistänkt divertikelabscess, ultraljudsledd dränering diskuteras med röntgenläkaren i eftermiddag. Fortsatt cefotaxim och metronidazol."),
    ])], must=["NL102"],
    why="Typo 'Mistänkt' (misstänkt) before a diagnosis in a visible VGR ward-round note.")

C("s28h46_skane_typo_differntialdiagnos_pmr", "skane", P("1949-04-12", "598"), [
    N("n1", "hbg_med", "hakansson", "Daganteckning", "03-19 11:00", "03-19 11:45", [
        ("Aktuellt", "Stelhet och värk i skuldror och höfter på morgnarna sedan sex veckor, SR 78."),
        ("Bedömning", "Differntialdiagnos polymyalgia reumatica respektive paramalign bild. Prednisolon 15 mg som test efter att DT thorax-buk gjorts."),
    ])], must=["NL102"],
    why="Typo 'Differntialdiagnos' still marks an open differential in a visible Skåne note.")

C("s28h46_vgr_barn_appendicit_kan_uteslutas", "vgr", P("2014-02-06", "442"), [
    N("n1", "dsbus_kir", "forsberg", "Jouranteckning", "03-23 22:40", "03-23 23:15", [
        ("Aktuellt", "10-årig pojke med buksmärta och feber 38,3 sedan ett dygn, nyss förkyld. Pappa med."),
        ("Utredning", "Ultraljud buk: normal appendix, flera förstorade mesenteriella lymfkörtlar i höger fossa."),
        ("Bedömning", "Mesenteriell lymfadenit. Appendicit kan uteslutas, får äta och går hem med pappa i morgon bitti."),
    ])], must_not=["NL102"],
    why="Child under 13 (guardian reads): 'Appendicit kan uteslutas' rules it out, the opposite of 'kan ej uteslutas'.")

C("s28h46_skane_barnkirurgi_misstankt_appendicit_11_ar", "skane", P("2012-09-15", "268"), [
    N("n1", "sus_lund_barnkir", "ali", "Inskrivningsanteckning", "04-03 18:20", "04-03 19:00", [
        ("Aktuellt", "11-årig flicka med buksmärta sedan i går, började kring naveln och sitter nu i höger fossa. Kräkts en gång. Mamma med."),
        ("Status", "Går försiktigt framåtböjd, ömmar i hö fossa med släppömhet. Temp 38,0."),
        ("Bedömning", "Misstänkt appendicit. Ultraljud buk i kväll, fastande, dropp enligt vikt."),
    ])], must=["NL102"],
    why="Child under 13 on a Skåne Melior ward: the guardian reads the note, and 'Misstänkt appendicit' is visible.")

C("s28h46_skane_fysioterapeut_misstankt_rotatorcuffruptur", "skane", P("1946-01-23", "511"), [
    N("n1", "ystad_kir", "lund_e", "Fysioterapianteckning", "04-08 14:15", "04-08 14:40", [
        ("Aktivitet", "Gått 40 meter med rullator, stabil och utan yrsel."),
        ("Bedömning", "Kraftnedsättning och smärta vid abduktion i höger axel sedan fallet i duschen, misstänkt rotatorcuffruptur. Ansvarig läkare informerad för ställningstagande till ultraljud."),
    ])], must=["NL102"],
    why="A physiotherapist's visible note hedges a diagnosis ('misstänkt rotatorcuffruptur').")

C("s28h46_vgr_dietist_typo_misstankt_refeedingsyndom", "vgr", P("1998-05-17", "624"), [
    N("n1", "udd_med", "sjoberg", "Dietistanteckning", "04-12 13:30", "04-12 14:00", [
        ("Nutrition", "Sondnäring startades i förrgår med 10 kcal/kg efter två veckors mycket litet intag, BMI 15,8."),
        ("Bedömning", "Fosfat 0,48 och kalium 3,1 i dag, misstänkt refeedingsyndom. Nutritionen hålls på nuvarande nivå, läkaren har ordinerat fosfat och tiamin iv."),
    ])], must=["NL102"],
    why="Dietitian note with a typo in the diagnosis ('refeedingsyndom') after 'misstänkt'; visible.")

C("s28h46_skane_anestesi_sannolikt_obehandlad_somnapne", "skane", P("1971-11-06", "439"), [
    N("n1", "sus_malmo_kir", "engstrom", "Preoperativ bedömning", "04-16 10:00", "04-16 10:35", [
        ("Status", "BMI 41, halsomfång 46 cm, Mallampati 3. Hustrun beskriver kraftig snarkning och andningsuppehåll nattetid."),
        ("Bedömning", "ASA 3. Sannolikt obehandlat obstruktivt sömnapnésyndrom, STOP-BANG 7. Övervakning på IMA första natten efter gastric bypass, remiss för sömnregistrering efter utskrivningen."),
    ])], must=["NL102"],
    why="An anaesthesia pre-op note on a surgical ward writes 'Sannolikt' before a new diagnosis (sleep apnoea).")

C("s28h46_vgr_typo_rontgen_kan_motsvra_pneumoni", "vgr", P("1939-07-14", "186"), [
    N("n1", "nal_med", "hedlund", "Daganteckning", "04-29 11:40", "04-29 12:10", [
        ("Röntgen", "Rtg pulm: ny fläckig förtätning i vä underlob som kan motsvra pneumoni, differentialdiagnostiskt atelektas."),
        ("Planering", "Amoxicillin insätts, ny lungröntgen om sex veckor."),
    ])], must=["NL102"],
    why="'kan motsvra' (typo for motsvara) pneumoni leaves the diagnosis open in a visible Röntgen sökord.")

C("s28h46_skane_typo_ingen_misstnake_om_sab", "skane", P("1984-10-03", "327"), [
    N("n1", "sus_lund_med", "strand", "Daganteckning", "05-03 09:45", "05-03 10:15", [
        ("Aktuellt", "Huvudvärk sedan tre dygn med successiv debut, inte åskknallsartad. Ingen nackstelhet."),
        ("Utredning", "DT hjärna normal."),
        ("Bedömning", "Ingen misstnake om subaraknoidalblödning. Spänningshuvudvärk, hem med paracetamol."),
    ])], must_not=["NL102"],
    why="Typo in the negation ('misstnake') still negates subarachnoid haemorrhage; the remaining diagnosis is plain.")

C("s28h46_vgr_vid_misstanke_om_blodning_kontakta", "vgr", P("1962-04-30", "553"), [
    N("n1", "sas_kir", "kaya", "Epikris", "06-07 13:20", "06-10 09:00", [
        ("Diagnos", "Recidiverande divertikulit. Elektiv laparoskopisk sigmoideumresektion 4/6."),
        ("Epikris", "Okomplicerat postoperativt förlopp, tarmfunktionen kom igång dag 2 och hon åt normal kost dag 3."),
        ("Planering", "Fragmin 5000 E dagligen i fyra veckor. Vid misstanke om blödning i såret eller svart avföring ska pat kontakta avdelningen direkt."),
    ])], must_not=["NL102"],
    why="'Vid misstanke om blödning' is a conditional instruction, not a hedged diagnosis of the patient.")

C("s28h46_skane_typo_inforemrad_med_tolk_brostcancer", "skane", P("1975-03-19", "684"), [
    N("n1", "sus_malmo_kir", "nordin", "Daganteckning", "06-14 15:20", "06-14 15:55", [
        ("Information", "Pat inforemrad med hjälp av arabisktalande tolk om att PAD visade bröstcancer och om operationsplaneringen. Maken närvarande."),
        ("Planering", "Sektorresektion och portvaktskörtel anmäld, kontaktsjuksköterska ringer i morgon."),
    ])], must_not=["NL101"],
    why="Typo 'inforemrad' (informerad): the patient has been told the diagnosis through an interpreter.")

C("s28h46_vgr_typo_inte_fatt_beskd_om_recidivet", "vgr", P("1959-08-09", "215"), [
    N("n1", "su_med", "sandberg", "Daganteckning", "11-12 14:00", "11-12 14:40", [
        ("Röntgen", "DT thorax-buk: lokalrecidiv av njurcancer i operationsbädden samt två lungmetastaser."),
        ("Planering", "Pat har ännu inte fått beskd om recidivet, urologen ger besked på mottagningen den 18/11."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Typo 'beskd' (besked): recurrent kidney cancer is visible and the patient has not yet been told.")

C("s28h46_skane_arbetsterapeut_eventuellt_hjalpmedel", "skane", P("1935-12-21", "420"), [
    N("n1", "angel_ger", "mattsson", "Arbetsterapeutanteckning", "07-02 11:10", "07-02 11:40", [
        ("Aktivitet", "ADL-bedömning i träningsköket: klarar att koka kaffe och bre en smörgås med visst stöd."),
        ("Planering", "Eventuellt behov av duschpall och toalettförhöjning, hembesök tillsammans med pat på tisdag."),
    ])], must_not=["NL102"],
    why="An occupational therapist hedges a need for aids, not a diagnosis.")

C("s28h46_skane_pmo_hembesok_trolig_ortostatisk_hypotension", "skane", P("1937-05-28", "239"), [
    N("n1", "lkr_med", "svensson_po", "Epikris", "07-05 13:00", "07-06 08:20", [
        ("Diagnos", "Hjärtsvikt, dekompenserad. Fall i hemmet."),
        ("Epikris", "Furosemid höjdes till 80 mg dagligen med viktnedgång 3 kg. Inga frakturer vid röntgen av höft och handled."),
    ]),
    N("n2", "vc_hoor", "ek", "Hembesök", "07-15 10:30", "07-15 11:20", [
        ("Bedömning", "Hembesök efter utskrivningen, yrsel vid uppresning kvarstår. BT liggande 142/80 och stående 108/70. Trolig ortostatisk hypotension, furosemiddosen halveras."),
    ], system="PMO", setting="öppenvård")],
    must_not=["NL102@n2"],
    why="The hedged diagnosis is in a PMO home-visit note; PMO does not show diagnoses.")

C("s28h46_vgr_typo_inte_helt_uteslutet_jattecellsartrit", "vgr", P("1948-02-15", "760"), [
    N("n1", "alingsas_med", "rahimi", "Daganteckning", "07-19 15:10", "07-19 15:50", [
        ("Aktuellt", "Tinningshuvudvärk sedan två veckor och ont i käkarna när hon tuggar, SR 96."),
        ("Bedömning", "Inte helt uteslutet att det rör sig om jättecellsartrit. Prednisolon 40 mg från i kväll, temporalisbiopsi och ögonkonsult i morgon."),
    ])], must=["NL102"],
    why="'Inte helt uteslutet att det rör sig om' with a typo in the diagnosis (artrit for arterit) keeps it open; visible.")

# --- more cases above this line ---


# ================================================================= validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: case keys %s" % (n, list(c.keys())))
        if not n or not n.startswith(PREFIX):
            errs.append("%s: bad case name" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"] or len(c["why"]) < 20:
            errs.append("%s: why missing" % n)
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % n)
        for k in ("access_events", "conversations", "treatments"):
            if r[k] != []:
                errs.append("%s: %s not empty" % (n, k))
        p = r["patient"]
        pid, birth = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: pnr format %s" % (n, pid))
        else:
            if pid[:8] != birth.replace("-", ""):
                errs.append("%s: pnr %s does not match birth %s" % (n, pid, birth))
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s: pnr %s fails Luhn" % (n, pid))
        if p.get("protected_identity") is not False:
            errs.append("%s: protected_identity" % n)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        age = age_at(birth, r["as_of"])
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d" % (n, age))
        ids = []
        for note in r["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            ids.append(note["id"])
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if note["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append("%s: PMO outside Skåne" % n)
            for fld in ("time", "signed"):
                v = note[fld]
                if v is None and fld == "signed":
                    continue
                if not v.startswith("2024-"):
                    errs.append("%s: %s not 2024" % (n, fld))
                try:
                    datetime.datetime.fromisoformat(v)
                except ValueError:
                    errs.append("%s: bad %s %s" % (n, fld, v))
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append("%s: signed before time" % n)
            if note["time"] > r["as_of"]:
                errs.append("%s: note after as_of" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for s in note["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["text"].strip():
                    errs.append("%s: bad section" % n)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        sentences.setdefault(sent, []).append(n)
        if len(set(ids)) != len(ids):
            errs.append("%s: duplicate note ids" % n)
        notes_by_id = {x["id"]: x for x in r["notes"]}
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        seen = set()
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in CODES:
                    errs.append("%s: code %s" % (n, code))
                if tgt not in notes_by_id:
                    errs.append("%s: target %s missing" % (n, tgt))
                    continue
                if (code, tgt) in seen:
                    errs.append("%s: %s@%s asserted twice" % (n, code, tgt))
                seen.add((code, tgt))
                system = notes_by_id[tgt]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and system == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
    for sent, where in sentences.items():
        if len(where) > 1:
            errs.append("sentence repeated in %s: %r" % (sorted(set(where)), sent))
    return errs


def main():
    errs = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                          counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
