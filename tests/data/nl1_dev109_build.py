#!/usr/bin/env python3
"""dev109 - urologi: PSA-uppfoljning, MR/biopsier prostata, blascancer vid cystoskopi,
incidentella njurtumorer, testikelcancer, njursten, urinretention, prostatit,
hematuriutredning; besked givet / ej givet (person, telefon, brev), partner och anhoriga.

Codes asserted: NL101, NL102. Standard library only, deterministic.
Run: python3 build.py  -> writes cases.jsonl next to this file, exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- units
UNITS = {
    # Skane (Melior on hospitals, PMO in primary care)
    "sus_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4471"),
    "sus_uro_lund": ("Urologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4486"),
    "sus_uroavd_malmo": ("Urologiavdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-4502"),
    "hbg_uro": ("Urologimottagningen, Helsingborgs lasarett", "SE2321000255-5130"),
    "ksk_uro": ("Urologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6218"),
    "tbg_uro": ("Urologmottagningen, Lasarettet Trelleborg", "SE2321000255-6744"),
    "ystad_kir": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-6890"),
    "akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3021"),
    "akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3035"),
    "akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-3102"),
    "akut_ksk": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3177"),
    "barnkir_lund": ("Barn- och ungdomskirurgi, Skånes universitetssjukhus Lund", "SE2321000255-7705"),
    "barnakut_hbg": ("Barnakuten, Helsingborgs lasarett", "SE2321000255-7719"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8120"),
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-9314"),
    "vc_horby": ("Vårdcentralen Hörby", "SE2321000255-9338"),
    "vc_oxie": ("Vårdcentralen Oxie, Malmö", "SE2321000255-9351"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-9366"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-9372"),
    "vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-9389"),
    "hsv_tbg": ("Hemsjukvården Trelleborg", "SE2321000255-9410"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-9427"),
    # VGR (always Melior)
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E220"),
    "su_uroavd": ("Urologavdelning 118, Sahlgrenska Universitetssjukhuset", "SE2321000131-E235"),
    "su_uroterapi": ("Uroterapimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E241"),
    "su_onk": ("Onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E310"),
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E118"),
    "dsbus_barnkir": ("Barnkirurgiska mottagningen, Drottning Silvias barnsjukhus", "SE2321000131-E512"),
    "skas_uro": ("Urologiska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-F044"),
    "skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-F011"),
    "nu_uro": ("Urologimottagningen, NU-sjukvården Uddevalla", "SE2321000131-G207"),
    "nu_akut": ("Akutmottagningen, NU-sjukvården Uddevalla", "SE2321000131-G150"),
    "nal_uro": ("Urologimottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-G233"),
    "nal_uroavd": ("Urologavdelningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-G239"),
    "sas_uro": ("Urologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-H402"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-H301"),
    "alingsas_uro": ("Urologimottagningen, Alingsås lasarett", "SE2321000131-H560"),
}

CASES = []


# --------------------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(born, serial):
    y, m, d = born.split("-")
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%d" % (y, m, d, serial, luhn_digit(nine))


def iso(t):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'"""
    return datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, system, template, unit, author, role, time, sections,
      signed=45, setting="öppenvård", refs=None):
    """signed: minutes after time (int), None for unsigned draft, or 'YYYY-MM-DD HH:MM'."""
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    else:
        s = iso(signed)
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": s,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _targets(spec):
    out = []
    for x in spec:
        if ":" in x:
            code, nid = x.split(":")
        else:
            code, nid = x, "n1"
        out.append([code, nid])
    return out


def C(name, ruleset, born, serial, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        d = last.date() + timedelta(days=3)
        if d.year > 2024:
            d = date(2024, 12, 31)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    else:
        as_of = iso(as_of)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born, serial), "birth_date": born, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


M, P = "Melior", "PMO"

# =========================================================================== A prostata
C("prostata-pirads4-misstankt-cancer", "skane", "1957-04-11", 213, [
    N("n1", M, "Läkaranteckning", "sus_uro_malmo", "Henrik Ljungberg", "läkare", "2024-02-14 10:20", [
        ("Aktuellt", "66-årig man remitterad från VC pga PSA 8,2 (föregående år 5,9). Inga miktionsbesvär av betydelse, nokturi x1."),
        ("Status", "PR: ca 35 ml, slät, ingen palpabel knöl, ej öm."),
        ("Utredning", "MR prostata 2024-02-05: PI-RADS 4-förändring 11 mm i vä perifera zonen apikalt, ingen extraprostatisk växt."),
        ("Bedömning", "Misstänkt prostatacancer utifrån PSA-kinetik och MR. Pat får muntlig och skriftlig info om biopsi."),
        ("Planering", "Transperineala fusionsbiopsier bokas, antibiotikaprofylax ordineras. Svar ges per telefon av kontaktsjuksköterska."),
    ])], must=["NL102"],
    why="Hedged prostate cancer ('Misstänkt') after PSA rise and PI-RADS 4 in a visible Bedömning of a Skåne Melior note; nothing withheld.")

C("prostata-pirads2-talar-emot-signifikant-cancer", "vgr", "1969-09-02", 455, [
    N("n1", M, "Mottagningsanteckning", "su_uro", "Johanna Lindqvist", "läkare", "2024-03-05 13:10", [
        ("Anamnes", "Uppföljning efter PSA 4,4 vid hälsokontroll, pat besvärsfri."),
        ("Utredning", "MR prostata: volym 62 ml, PI-RADS 2, inga fokala förändringar. PSA-densitet 0,07."),
        ("Bedömning", "Sammantaget talar fynden emot kliniskt signifikant prostatacancer. Stor körtel förklarar PSA-nivån."),
        ("Planering", "Ny PSA om 12 mån via vårdcentralen, remiss tillbaka vid PSA över 6."),
    ])], must_not=["NL102"],
    why="'talar emot' negates prostate cancer; no hedged diagnosis of the patient stands.")

C("prostata-pad-cancer-pat-ej-informerad", "skane", "1951-12-30", 617, [
    N("n1", M, "Omvårdnadsanteckning", "hbg_uro", "Maria Pålsson", "sjuksköterska", "2024-05-08 09:40", [
        ("PAD", "Biopsi-PAD inkommit: adenocarcinom i prostata, Gleason 3+4=7 (ISUP 2) i 4 av 12 biopsier, max 6 mm."),
        ("Planering", "Patienten är ännu inte informerad om svaret. Besked ges av dr Holm vid mottagningsbesök 14/5, tid skickad."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Confirmed prostate cancer in a visible PAD section while the nurse writes that the patient is not yet informed.")

C("prostata-besked-givet-pa-mottagning-hustru-med", "vgr", "1958-06-19", 233, [
    N("n1", M, "Läkaranteckning", "nu_uro", "Mikael Andersson", "läkare", "2024-05-21 14:00", [
        ("Kontaktorsak", "Besked efter prostatabiopsier."),
        ("Information", "Besked om prostatacancer ISUP-grad 2, lågvolym, lämnat vid dagens besök. Hustrun Eva närvarande. Pat tog beskedet lugnt och ställde relevanta frågor."),
        ("Planering", "Aktiv monitorering respektive kurativ behandling genomgångna, pat vill fundera. Kontaktsjuksköterska Elin ringer om 2 veckor."),
    ])], must_not=["NL101", "NL102"],
    why="Diagnosis told in person today with the wife present; confirmed, no hedge and nothing withheld.")

C("prostata-besked-per-telefon-lag-risk-utkast", "skane", "1949-03-07", 119, [
    N("n1", M, "Telefonanteckning", "ksk_uro", "Erik Thörnqvist", "läkare", "2024-06-03 11:25", [
        ("Telefonkontakt", "Ringt upp pat enligt överenskommelse och meddelat biopsisvaret: prostatacancer Gleason 3+3 i 2/10 biopsier, låg risk. Rekommenderar aktiv monitorering med PSA var 6:e månad och ny MR om ett år. Pat nöjd med att få beskedet per telefon, har inga frågor nu."),
    ], signed=None)], must_not=["NL101"],
    why="Unsigned draft: the cancer was told to the patient by phone, so NL101 must stay silent.")

C("prostata-brev-ej-avsant-typo-infromerad", "vgr", "1955-01-26", 571, [
    N("n1", M, "Administrativ anteckning", "skas_uro", "Sofia Karlsson", "sjuksköterska", "2024-06-12 15:50", [
        ("Aktuellt", "PAD efter systematiska biopsier: prostatacancer ISUP 1 i en av tolv kolvar. Enligt dr Ekström ska pat meddelas via brev, brevet är inte avsänt eftersom adressen i Melior är felaktig."),
        ("Åtgärd", "Pat ej infromerad om diagnosen. Adressen kontrolleras mot folkbokföringen och brevet går iväg när rätt adress finns."),
    ])], must=["NL101"],
    why="Typo 'infromerad': the confirmed cancer is visible and the letter with the news has not been sent.")

C("prostata-bror-misstankt-far-avliden", "skane", "1963-08-14", 395, [
    N("n1", M, "Läkaranteckning", "sus_uro_lund", "Sara Öberg", "ST-läkare", "2024-01-18 10:05", [
        ("Ärftlighet", "Far avled i prostatacancer 78 år. Bror 64 år utreds just nu för misstänkt prostatacancer i Halmstad."),
        ("Status", "PR: ca 25 ml, mjuk, symmetrisk, utan knölar."),
        ("Bedömning", "PSA 2,1 vid 60 års ålder. Med hereditet erbjuds fortsatt PSA-kontroll årligen, ingen indikation för MR i dagsläget."),
    ])], must_not=["NL102"],
    why="The only hedged diagnosis belongs to the brother (relative), not to the patient.")

C("prostata-eventuellt-mr-plan-endast", "vgr", "1966-02-22", 613, [
    N("n1", M, "Telefonanteckning", "sas_uro", "Hanna Sjöberg", "sjuksköterska", "2024-02-27 08:45", [
        ("Telefonkontakt", "Pat ringer om PSA-svaret från förra veckan: 4,6, oförändrat jämfört med i höstas."),
        ("Åtgärd", "Enligt dr Wikström kvarstår kontroll om 6 mån, eventuellt MR prostata om PSA då stigit. Pat nöjd."),
    ])], must_not=["NL102"],
    why="'eventuellt' hedges a planned MR, not a diagnosis.")

C("prostata-tidiga-hypoteser-mall-skane-hogrisk", "skane", "1948-10-03", 279, [
    N("n1", M, "Tidiga hypoteser", "sus_uro_malmo", "Henrik Ljungberg", "läkare", "2024-03-19 16:10", [
        ("Bedömning", "MR visar PI-RADS 5-förändring 24 mm med trolig extraprostatisk växt hö basalt. Misstänkt högrisk prostatacancer, sannolikt T3a. Avvaktar biopsi innan detta diskuteras med pat som har uttalad hälsoångest."),
    ])], must_not=["NL102", "NL101"],
    why="Skåne: hedged cancer and the withheld information sit only in the Tidiga hypoteser template, which is not shown.")

C("prostata-tidiga-hypoteser-sokord-vgr-mdk", "vgr", "1953-05-28", 835, [
    N("n1", M, "Läkaranteckning", "su_uro", "Per-Olof Svensson", "läkare", "2024-04-04 12:30", [
        ("Aktuellt", "MR prostata och PSMA-PET genomförda. Svaren diskuteras på MDK 11/4, pat kallas därefter."),
        ("Tidiga hypoteser", "PSMA-PET talar för lokalt avancerad cancer med misstänkt seminalblåseinväxt och en suspekt bäckenlymfkörtel. Pat är inte informerad om detta."),
        ("Planering", "Återbesök efter MDK, bokas av sekreterare."),
    ])], must_not=["NL102", "NL101"],
    why="VGR: hedged diagnosis and 'not informed' only under sökord Tidiga hypoteser; visible sökord name no diagnosis.")

C("prostata-psa-stigande-efter-rp-misstankt-lokalrecidiv", "skane", "1956-11-09", 153, [
    N("n1", M, "Läkaranteckning", "hbg_uro", "Jonas Hedlund", "läkare", "2024-07-02 13:45", [
        ("Anamnes", "RALP 2021 för ISUP 3, pT2 R0. PSA omätbart fram till förra året."),
        ("Labb", "PSA 0,11 → 0,22 → 0,35 µg/l senaste 9 mån."),
        ("Bedömning", "Misstänkt lokalrecidiv i prostatabädden, PSMA-PET beställt inför ställningstagande till salvage-strålbehandling."),
    ])], must=["NL102"],
    why="Hedged recurrence of prostate cancer in a visible Bedömning.")

C("prostata-pirads3-oklart-om-signifikant-cancer", "vgr", "1961-07-17", 259, [
    N("n1", M, "Läkaranteckning", "alingsas_uro", "Nadia Haddad", "ST-läkare", "2024-08-20 10:55", [
        ("Bedömning", "PI-RADS 3 i transitionszonen och PSA-densitet 0,16. Oklart om det föreligger kliniskt signifikant prostatacancer, därför riktade biopsier."),
    ])], must=["NL102"],
    why="'Oklart om' hedges prostate cancer in a visible one-section note.")

C("prostata-typo-missankt-klinisk-t2b", "skane", "1952-02-04", 437, [
    N("n1", M, "Läkaranteckning", "ksk_uro", "Fatima Al-Hassan", "läkare", "2024-09-10 14:20", [
        ("Status", "PR: hård, oregelbunden vä lob, avgränsbar mot bäckenvägg."),
        ("Bedömning", "Missänkt prostatacancer, klinisk T2b. PSA 19."),
        ("Åtgärd", "SVF-start idag. MR och biopsier beställda."),
    ])], must=["NL102"],
    why="Typo 'Missänkt' still hedges prostate cancer in a visible Bedömning.")

C("prostata-pmo-vc-remiss-svf", "skane", "1950-05-15", 351, [
    N("n1", P, "Besöksanteckning", "vc_linero", "Ola Kjellberg", "distriktsläkare", "2024-04-16 09:10", [
        ("Anamnes", "74-årig man med svag stråle sedan ett år, nu även trötthet och ryggvärk."),
        ("Status", "PR: knölig, hård hö lob."),
        ("Bedömning", "PSA 46. Misstänkt prostatacancer, skelettengagemang kan inte uteslutas."),
        ("Åtgärd", "Välgrundad misstanke enligt SVF, remiss urologen Lund skickad. Pat informerad om misstanken och att han kallas inom kort."),
    ])], must_not=["NL102"],
    why="PMO never shows diagnoses: hedged prostate cancer in a vårdcentral note must not give NL102.")

C("prostata-pad-benign-prostatit-besked-brev", "vgr", "1970-10-21", 477, [
    N("n1", M, "Läkaranteckning", "nu_uro", "Lars Wikström", "läkare", "2024-09-03 16:00", [
        ("PAD", "Tolv biopsier: benign prostatavävnad med kronisk prostatit. Ingen malignitet."),
        ("Åtgärd", "Besked skickat per brev till pat idag. PSA-kontroll om ett år via VC."),
    ])], must_not=["NL101", "NL102"],
    why="Benign PAD told by letter today; nothing hedged and nothing withheld.")

C("prostata-feber-efter-biopsi-trolig-urosepsis", "vgr", "1959-04-30", 171, [
    N("n1", M, "Inskrivningsanteckning", "su_akut", "Tobias Wennberg", "AT-läkare", "2024-10-07 02:15", [
        ("Aktuellt", "Transrektala biopsier för 2 dagar sedan. Nu frossa, temp 39,6, sveda."),
        ("Status", "AT påverkat, AF 24, BT 95/55, puls 118. PR ej utförd."),
        ("Bedömning", "Trolig urosepsis efter prostatabiopsi."),
        ("Åtgärd", "Odlingar, Pip/Taz iv, vätska. Urolog jour kontaktad."),
    ], setting="slutenvård")], must=["NL102"],
    why="Hedged urosepsis ('Trolig') in a visible Bedömning of an admission note.")

C("prostata-remiss-onkolog-ej-informerad-om-remissen", "skane", "1945-12-12", 293, [
    N("n1", M, "Läkaranteckning", "sus_uro_lund", "David Lindh", "ST-läkare", "2024-02-08 11:15", [
        ("Diagnos", "Metastaserad prostatacancer (C61.9) med skelettmetastaser, känd sedan december och meddelad pat då."),
        ("Planering", "Remiss till onkologen Lund avseende docetaxel skickad idag. Pat ännu inte informerad om att remissen gått iväg, kontaktsjuksköterska ringer i morgon."),
    ])], must_not=["NL101"],
    why="What is untold is that a referral was sent; the diagnosis itself was told in December.")

C("prostata-dotter-ringer-pat-vet-ej-om-metastaser", "vgr", "1940-03-25", 915, [
    N("n1", M, "Telefonanteckning", "skas_uro", "Elin Gustafsson", "sjuksköterska", "2024-11-05 13:30", [
        ("Telefonkontakt", "Dottern Karin ringer och vill veta svaret på skelettskintigrafin. Hänvisar till att pat själv ska få besked först."),
        ("Aktuellt", "Skintigrafin visar multipla skelettmetastaser från prostatacancern. Pat har inte fått besked om metastaserna ännu, dr Jafari ringer honom i eftermiddag."),
    ], signed=None)], must=["NL101"],
    why="Metastases stated visibly while the patient himself (not just the daughter) has not been told.")

C("prostata-pat-informerad-hustru-vet-inte", "skane", "1954-09-09", 97, [
    N("n1", M, "Läkaranteckning", "sus_uro_malmo", "Jonas Hedlund", "läkare", "2024-08-27 10:40", [
        ("Information", "Pat informerad om prostatacancer ISUP 4 och om behandlingsalternativen. Han vill själv vänta med att berätta för hustrun, som nyligen fått en stroke."),
        ("Planering", "Skelettskintigrafi och DT thorax-buk. Återbesök med svar om 3 veckor."),
    ])], must_not=["NL101"],
    why="The patient is told; only the wife does not know yet.")

C("prostata-preop-ralp-risk-inkontinens", "vgr", "1962-12-01", 791, [
    N("n1", M, "Mottagningsanteckning", "su_uro", "Per-Olof Svensson", "läkare", "2024-09-17 09:00", [
        ("Diagnos", "Prostatacancer ISUP 3, cT2a, PSA 7,8."),
        ("Information", "Preoperativ information inför robotassisterad prostatektomi. Informerad om risk för urininkontinens, erektil dysfunktion och lymfocele. Eventuell förlängd KAD-tid beskrivs."),
        ("Planering", "Op 8/10. Bäckenbottenträning enl uroterapeut före op."),
    ])], must_not=["NL102"],
    why="Only risks of surgery and a possible longer catheter time are hedged; the cancer is confirmed.")

C("prostata-ej-besked-fore-mdk", "vgr", "1957-03-13", 513, [
    N("n1", M, "Läkaranteckning", "sas_uro", "Björn Ekström", "läkare", "2024-08-13 15:20", [
        ("PAD", "Prostatabiopsier: adenocarcinom ISUP 5 i 8/12 kolvar med perineural växt."),
        ("Planering", "Pat ska inte få beskedet om cancern förrän efter MDK 21/8, då ett samlat behandlingsförslag finns. Tid bokad 22/8."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Confirmed cancer visible while the note says the patient must not be told before the MDK.")

C("prostata-pat-avbojer-detaljer-om-prognos", "vgr", "1947-07-21", 355, [
    N("n1", M, "Läkaranteckning", "skas_uro", "Amir Jafari", "läkare", "2024-10-01 10:30", [
        ("Information", "Pat informerad om att biopsierna visar prostatacancer ISUP 3. Han avböjer att höra detaljer om prognos idag och vill ta det vid nästa besök med sonen."),
        ("Planering", "Nytt besök om 2 veckor, DT och skintigrafi under tiden."),
    ])], must_not=["NL101"],
    why="The diagnosis is told; what the patient declined to hear is prognosis detail, not the diagnosis.")

# =========================================================================== B urinblasa / hematuri
C("blasa-cysto-papillar-tumor-trol-blascancer", "skane", "1946-07-29", 355, [
    N("n1", M, "Cystoskopianteckning", "tbg_uro", "Jonas Hedlund", "läkare", "2024-03-12 10:30", [
        ("Indikation", "Makrohematuri x2, rökare 40 paketår."),
        ("Cystoskopi", "Flexibel cystoskopi: ca 3 cm papillär tumör på vä sidovägg, i övrigt normal slemhinna. Uretärmynningar fria."),
        ("Bedömning", "Trol. blåscancer. TURB bokas inom SVF, DT-urografi beställd."),
    ])], must=["NL102"],
    why="Abbreviated hedge 'Trol.' on bladder cancer after cystoscopy, visible Bedömning.")

C("blasa-cysto-normal-ingen-misstanke", "vgr", "1955-11-11", 879, [
    N("n1", M, "Cystoskopianteckning", "nu_uro", "Mikael Andersson", "läkare", "2024-04-23 11:00", [
        ("Cystoskopi", "Förstorade laterallober, ytliga kärl på blåshalsen. Slemhinnan i övrigt blek och jämn, ingen tumör."),
        ("Bedömning", "Ingen misstanke om blåscancer. Makrohematurin förklaras av blödning från prostatakärl vid Eliquis-behandling."),
        ("Planering", "Finasterid insätts. Inga fler kontroller hos oss."),
    ])], must_not=["NL102"],
    why="'Ingen misstanke om' negates bladder cancer after a normal cystoscopy.")

C("blasa-akut-koagelretention-fragetecken-blastumor", "skane", "1938-02-17", 275, [
    N("n1", M, "Akutanteckning", "akut_hbg", "Ali Rahimi", "AT-läkare", "2024-01-29 22:40", [
        ("Aktuellt", "Sedan igår blodig urin, idag stopp, kan ej kissa."),
        ("Status", "Palp blåsa till naveln. Bladderscan >999 ml."),
        ("Bedömning", "Koagelretention vid makrohematuri. ?Blåstumör"),
        ("Åtgärd", "3-vägs KAD 22 Ch, spolning med rikligt koagel. Kontinuerlig spolning, läggs in på uro."),
    ], signed=None)], must=["NL102"],
    why="'?' prefix hedges a bladder tumour in a visible Bedömning.")

C("blasa-pad-muskelinvasiv-ej-per-telefon", "vgr", "1950-06-06", 831, [
    N("n1", M, "Läkaranteckning", "su_uro", "Johanna Lindqvist", "läkare", "2024-06-04 14:10", [
        ("PAD", "TURB 22/5: höggradig urotelial cancer med invasion i muscularis propria, pT2."),
        ("Planering", "Beskedet ska inte lämnas per telefon. Besök bokat 12/6 med kontaktsjuksköterska närvarande, fram till dess är pat inte informerad om PAD."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Muscle-invasive bladder cancer visible while the patient is explicitly not informed until the visit.")

C("blasa-recidiv-ej-uteslutet-rodnad", "skane", "1947-09-23", 639, [
    N("n1", M, "Cystoskopianteckning", "sus_uro_lund", "Sara Öberg", "ST-läkare", "2024-05-14 09:15", [
        ("Cystoskopi", "Kontroll 6 mån efter TURB för Ta HG. Rodnat sammetsartat område 1 cm vid tidigare resektionsärret på bakväggen."),
        ("Bedömning", "Recidiv av blåscancer ej uteslutet, ev. CIS. Biopsier i narkos planeras."),
    ])], must=["NL102"],
    why="'ej uteslutet' keeps recurrence open (a hedge), it is not a negation.")

C("blasa-kontrollcysto-utan-recidiv", "vgr", "1952-04-14", 219, [
    N("n1", M, "Cystoskopianteckning", "skas_uro", "Amir Jafari", "läkare", "2024-07-09 10:20", [
        ("Cystoskopi", "Kontrollcystoskopi 12 mån efter TURB för Ta LG. Ingen tumör, utan tecken till recidiv."),
        ("Planering", "Nästa kontroll om ett år, kallelse skickas."),
    ])], must_not=["NL102"],
    why="Known treated bladder cancer, control without signs of recurrence; nothing hedged.")

C("blasa-misstanke-avskrivs", "skane", "1964-01-08", 246, [
    N("n1", M, "Läkaranteckning", "ksk_uro", "Erik Thörnqvist", "läkare", "2024-02-20 13:40", [
        ("Sammanfattning", "Remitterad enligt SVF för makrohematuri. DT-urografi och cystoskopi utan anmärkning, urincytologi negativ."),
        ("Bedömning", "Misstanken om blåscancer avskrivs. Hematurin kom i samband med odlingsverifierad E. coli-cystit, nu utläkt."),
        ("Planering", "Avslutas på urologen, SVF stängs."),
    ])], must_not=["NL102"],
    why="'Misstanken ... avskrivs' rules the cancer out; the cystitis is confirmed.")

C("blasa-cytologi-hguc-misstankt-cis", "vgr", "1949-08-05", 595, [
    N("n1", M, "Läkaranteckning", "sas_uro", "Björn Ekström", "läkare", "2024-03-26 14:30", [
        ("Utredning", "Urincytologi: HGUC vid två tillfällen. Cystoskopi makroskopiskt ua, DT-urografi ua."),
        ("Bedömning", "Misstänkt CIS i urinblåsan. Fotodynamisk cystoskopi (Hexvix) med biopsier bokas."),
    ])], must=["NL102"],
    why="Hedged carcinoma in situ of the bladder in a visible Bedömning.")

C("blasa-sokt-pat-utan-svar-typo-informerd", "skane", "1944-05-19", 515, [
    N("n1", M, "Telefonanteckning", "tbg_uro", "Lena Mårtensson", "sjuksköterska", "2024-09-24 16:15", [
        ("Telefonkontakt", "Sökt pat två gånger idag utan svar, meddelande lämnat på telefonsvararen med begäran om återuppringning."),
        ("Aktuellt", "PAD visar recidiv av urotelial blåscancer Ta HG. Pat är således ännu inte informerd om recidivet. Nytt försök i morgon förmiddag."),
    ])], must=["NL101"],
    why="Typo 'informerd': recurrence of bladder cancer visible, patient could not be reached and is not told.")

C("blasa-pmo-mikrohematuri-fragetecken-malignitet", "skane", "1958-10-10", 142, [
    N("n1", P, "Besöksanteckning", "vc_horby", "Birgitta Holmqvist", "distriktsläkare", "2024-05-06 10:00", [
        ("Aktuellt", "Mikroskopisk hematuri vid tre urinstickor, asymtomatisk. Röker 20 cig/dag sedan tonåren."),
        ("Bedömning", "?Malignitet i urinvägarna med tanke på rökning och ålder. Ingen UVI enligt odling."),
        ("Åtgärd", "Remiss urologen för cystoskopi och DT-urografi."),
    ])], must_not=["NL102"],
    why="PMO vårdcentral note: the '?' hedge on urinary tract malignancy is never shown.")

C("blasa-besked-med-tolk", "vgr", "1961-02-28", 373, [
    N("n1", M, "Läkaranteckning", "su_uro", "Nadia Haddad", "ST-läkare", "2024-04-30 13:00", [
        ("Information", "Besked om blåscancer, T1 höggradig, lämnat med arabisktalande tolk på plats. Sonen följde med som stöd."),
        ("Planering", "Re-TURB om 6 veckor, därefter BCG-instillationer. Skriftlig info på arabiska utlämnad."),
    ])], must_not=["NL101"],
    why="Diagnosis told in person through an interpreter.")

C("blasa-bcg-eventuella-biverkningar", "skane", "1953-07-07", 191, [
    N("n1", M, "Omvårdnadsanteckning", "hbg_uro", "Maria Pålsson", "sjuksköterska", "2024-10-15 08:30", [
        ("Åtgärd", "BCG-instillation nr 4 av 6 för CIS. KAD-sättning utan problem, 50 ml instillerat, KAD dragen."),
        ("Information", "Pat informerad om eventuella biverkningar som sveda, trängningar och feberreaktion, ska höra av sig vid feber över 38,5."),
    ])], must_not=["NL102"],
    why="'eventuella' hedges side effects, not a diagnosis; CIS is confirmed.")

C("blasa-ovre-urinvag-kan-ej-uteslutas", "vgr", "1948-12-19", 757, [
    N("n1", M, "Läkaranteckning", "nal_uro", "Lars Wikström", "läkare", "2024-02-13 11:40", [
        ("Utredning", "DT-urografi: 15 mm fyllnadsdefekt i hö njurbäckens övre kalyx, ingen hydronefros."),
        ("Bedömning", "Uroteliell cancer i övre urinvägar kan ej uteslutas. Ureteroskopi med biopsi och selektiv cytologi planeras."),
    ])], must=["NL102"],
    why="'kan ej uteslutas' on upper tract urothelial cancer is a hedge, visible in Bedömning.")

C("blasa-typo-trolig-muskelinvasiv-blascanser", "skane", "1951-03-03", 533, [
    N("n1", M, "Cystoskopianteckning", "sus_uro_malmo", "Fatima Al-Hassan", "läkare", "2024-11-12 10:05", [
        ("Cystoskopi", "Solid, bredbasig tumör ca 4 cm i blåstaket."),
        ("Bedömning", "Trolig muskelinvasiv blåscanser. DT thorax-buk och TURB."),
    ])], must=["NL102"],
    why="Typo in the diagnosis ('blåscanser') under the hedge 'Trolig', visible.")

C("blasa-tidigare-misstankt-nu-pad-verifierad", "vgr", "1956-05-23", 297, [
    N("n1", M, "Läkaranteckning", "sas_uro", "Amir Jafari", "läkare", "2024-04-17 15:00", [
        ("Aktuellt", "Tumören som misstänktes vara malign vid cystoskopin i mars är nu PAD-verifierad: urotelial cancer Ta höggradig, detrusor i preparatet utan invasion."),
        ("Information", "Pat fick PAD-svaret av mig vid dagens besök och förstod innebörden."),
        ("Planering", "Re-TURB om 4–6 veckor, därefter BCG."),
    ])], must_not=["NL102", "NL101"],
    why="The suspicion is past tense and now PAD-verified and told; a confirmed diagnosis is no hypothesis.")

C("blasa-hematuriutredning-inga-tecken-malignitet", "skane", "1972-06-30", 468, [
    N("n1", M, "Läkaranteckning", "ksk_uro", "Karl-Johan Persson", "läkare", "2024-06-18 14:50", [
        ("Utredning", "DT-urografi: normala njurar och urinledare. Cystoskopi: normal blåsa. Cytologi benign."),
        ("Bedömning", "Inga tecken på malignitet i urinvägarna. Mikrohematurin utan påvisbar orsak kräver ingen fortsatt uppföljning på urologen."),
    ])], must_not=["NL102"],
    why="Negated malignancy ('Inga tecken på') after a complete haematuria work-up.")

C("blasa-dt-urografi-normal-svar-ej-meddelat", "skane", "1967-09-12", 335, [
    N("n1", M, "Sjuksköterskeanteckning", "tbg_uro", "Lena Mårtensson", "sjuksköterska", "2024-10-01 11:10", [
        ("Aktuellt", "DT-urografi inkommen: normala övre urinvägar, inga konkrement eller expansiviteter."),
        ("Åtgärd", "Pat ej informerad om svaret ännu. Brev skickas när dr Persson vidimerat svaret; cystoskopi redan bokad 15/10."),
    ])], must_not=["NL101"],
    why="The untold item is a normal imaging result, not a diagnosis.")

C("blasa-diagnos-icd-besked-ej-givet-semester", "skane", "1960-04-04", 519, [
    N("n1", M, "Läkaranteckning", "sus_uro_malmo", "Henrik Ljungberg", "läkare", "2024-07-22 09:30", [
        ("Diagnos", "C67.2 Malign tumör i urinblåsans sidovägg"),
        ("PAD", "TURB 10/7: urotelial cancer Ta låggradig, fullständigt resecerad."),
        ("Planering", "Besked ej givet – pat på semester och nås först v. 32. Kontrollcystoskopi om 3 mån."),
    ])], must=["NL101"],
    why="ICD-coded bladder cancer in the visible Diagnos section while the result has not been given to the patient.")

# =========================================================================== C njurtumorer
C("njure-incidentalom-bild-som-vid-njurcellscancer", "vgr", "1964-08-08", 313, [
    N("n1", M, "Läkaranteckning", "su_uro", "Per-Olof Svensson", "läkare", "2024-01-23 13:20", [
        ("Remissinnehåll", "Remiss från kirurgen: incidentellt fynd vid DT buk tagen pga divertikulit."),
        ("Utredning", "DT njurprotokoll: 3,5 cm kontrastladdande solid process i hö njures nedre pol, ingen venös tumörtromb, inga förstorade lymfkörtlar."),
        ("Bedömning", "Bild som vid njurcellscancer, cT1a. Pat får erbjudande om partiell nefrektomi."),
    ])], must=["NL102"],
    why="'Bild som vid' hedges renal cell carcinoma found incidentally, visible Bedömning.")

C("njure-typo-forenlgt-med-angiomyolipom", "skane", "1983-03-21", 460, [
    N("n1", M, "Läkaranteckning", "sus_uro_lund", "Sara Öberg", "ST-läkare", "2024-02-06 10:00", [
        ("Utredning", "Ultraljud och DT: 18 mm fettinnehållande lesion vä njure."),
        ("Bedömning", "Förenlgt med angiomyolipom. Ingen åtgärd under 4 cm, ny DT om ett år."),
    ])], must=["NL102"],
    why="Typo 'Förenlgt med' hedging a benign tumour diagnosis; still an uncertain diagnosis in a visible note.")

C("njure-biopsi-klarcellig-pat-kanner-ej-till", "vgr", "1953-10-30", 253, [
    N("n1", M, "Läkaranteckning", "nu_uro", "Mikael Andersson", "läkare", "2024-03-14 16:40", [
        ("PAD", "Mellannålsbiopsi vä njure: klarcellig njurcancer, ISUP-grad 2."),
        ("Aktuellt", "Patienten känner ännu inte till diagnosen. Besök med kontaktsjuksköterska och mig bokat 20/3."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Biopsy-verified kidney cancer visible; 'känner ännu inte till diagnosen' = not told.")

C("njure-tidiga-hypoteser-mall-skane-ej-informerad", "skane", "1946-01-15", 495, [
    N("n1", M, "Tidiga hypoteser", "hbg_uro", "Karl-Johan Persson", "läkare", "2024-04-22 12:00", [
        ("Bedömning", "Solid tumör 6 cm vä njure med trolig infiltration i njursinus. Sannolikt njurcancer. Pat ej informerad, avvaktar MDK och DT thorax innan samtal."),
    ])], must_not=["NL102", "NL101"],
    why="Skåne: hedged and untold kidney cancer kept in the protected Tidiga hypoteser template.")

C("njure-enkel-cysta-bosniak1-ingen-misstanke", "vgr", "1959-06-16", 628, [
    N("n1", M, "Läkaranteckning", "alingsas_uro", "Hampus Nord", "läkare", "2024-05-29 09:20", [
        ("Bedömning", "Enkel njurcysta Bosniak I vä, 4 cm. Ingen misstanke om malignitet, ingen uppföljning behövs."),
        ("Planering", "Avslutas, brev till pat."),
    ])], must_not=["NL102"],
    why="Confirmed simple cyst and negated malignancy.")

C("njure-kontaktssk-besked-telefon-papillar", "skane", "1949-07-11", 237, [
    N("n1", M, "Telefonanteckning", "sus_uro_lund", "Anna-Karin Bengtsson", "sjuksköterska", "2024-06-11 14:00", [
        ("Telefonkontakt", "Enligt överenskommelse med dr Öberg ringt pat och informerat om att biopsin visat papillär njurcancer. Pat hade anat det, har skrivit ner frågor till besöket 18/6."),
    ])], must_not=["NL101"],
    why="Contact nurse told the kidney cancer by phone.")

C("njure-dd-onkocytom-kromofob", "vgr", "1968-11-24", 419, [
    N("n1", M, "Läkaranteckning", "su_uro", "Johanna Lindqvist", "läkare", "2024-06-25 10:35", [
        ("Utredning", "Biopsi: onkocytär tumör, immunhistokemi inte konklusiv."),
        ("Bedömning", "DD onkocytom eller kromofob njurcancer. Diskuteras på njur-MDK."),
    ], signed=None)], must=["NL102"],
    why="'DD' between two renal tumour diagnoses in a visible Bedömning.")

C("njure-besked-undanhallet-sedan-givet", "skane", "1957-02-02", 599, [
    N("n1", M, "Läkaranteckning", "ksk_uro", "Erik Thörnqvist", "läkare", "2024-04-02 15:10", [
        ("Utredning", "DT thorax-buk: 4 cm kontrastladdande tumör hö njure, njurcancer T1a enligt röntgenrond, inga metastaser."),
        ("Planering", "Pat inte informerad ännu, han är bortrest. Besked vid besök 9/4."),
    ]),
    N("n2", M, "Läkaranteckning", "ksk_uro", "Erik Thörnqvist", "läkare", "2024-04-09 10:30", [
        ("Information", "Besked om njurcancer i hö njure lämnat idag, pat med dotter närvarande. Robotassisterad partiell nefrektomi föreslås och pat accepterar."),
    ])], must=["NL101:n1"], must_not=["NL101:n2"],
    why="Earlier note withholds the kidney cancer (n1 fires); the later note gives the news (n2 silent).")

C("njure-pmo-vc-ev-njurtumor-ultraljud", "skane", "1962-09-29", 177, [
    N("n1", P, "Besöksanteckning", "vc_oxie", "Nils Sandberg", "distriktsläkare", "2024-03-04 11:00", [
        ("Aktuellt", "Ultraljudssvar buk: 3 cm ekorik förändring hö njure, ev. njurtumör, DT rekommenderas."),
        ("Åtgärd", "DT buk beställd. Pat informerad per telefon om fyndet och fortsatt utredning."),
    ], signed=None)], must_not=["NL102"],
    why="PMO: 'ev. njurtumör' in a vårdcentral note is never shown.")

C("njure-avvaktar-berata-typo-lungmetastsaser", "vgr", "1941-04-09", 617, [
    N("n1", M, "Läkaranteckning", "skas_uro", "Amir Jafari", "läkare", "2024-09-12 15:35", [
        ("Utredning", "DT thorax: multipla lungmetastaser bilat, upp till 2 cm, från den kända njurcancern."),
        ("Planering", "Vi avvaktar med att berätta om lungmetastsaserna tills sonen kan närvara 19/9. Pat vet att DT är gjord men inte svaret."),
    ])], must=["NL101"],
    why="Metastatic disease visible while the team waits to tell the patient (typo in 'lungmetastaserna').")

C("njure-typo-sannolkit-njurcellscancer", "skane", "1970-12-05", 391, [
    N("n1", M, "Läkaranteckning", "sus_uro_malmo", "Fatima Al-Hassan", "läkare", "2024-10-22 13:15", [
        ("Bedömning", "Växande solid tumör 2,8 cm hö njure, sannolkit njurcellscancer."),
        ("Planering", "Robotassisterad resektion bokas."),
    ])], must=["NL102"],
    why="Typo 'sannolkit' still hedges renal cell carcinoma.")

C("njure-aktiv-monitorering-kand-biopsiverifierad", "vgr", "1938-06-22", 155, [
    N("n1", M, "Läkaranteckning", "sas_uro", "Björn Ekström", "läkare", "2024-11-19 10:10", [
        ("Aktuellt", "Känd biopsiverifierad klarcellig njurcancer 2,1 cm vä sedan 2022, aktiv monitorering pga hög ålder och hjärtsvikt."),
        ("Utredning", "DT: storlek 2,2 cm, tillväxt under 1 mm per år."),
        ("Planering", "Fortsatt monitorering, ny DT om 12 mån."),
    ])], must_not=["NL102"],
    why="Known confirmed small renal cancer under surveillance; no hedge, nothing said about telling.")

C("njure-kan-rora-sig-om-lymfom", "vgr", "1975-01-31", 337, [
    N("n1", M, "Läkaranteckning", "su_uro", "Nadia Haddad", "ST-läkare", "2024-08-06 11:00", [
        ("Utredning", "DT: bilaterala infiltrativa njurförändringar och retroperitoneala lymfkörtlar upp till 3 cm."),
        ("Bedömning", "Kan röra sig om lymfom snarare än primär njurtumör. Remiss hematologen och biopsi av lymfkörtel."),
    ])], must=["NL102"],
    why="'Kan röra sig om' hedges lymphoma in a visible Bedömning.")

C("njure-remiss-fragestallning-njurcancer", "skane", "1966-05-05", 613, [
    N("n1", M, "Remissanteckning", "ystad_kir", "Gustav Lindström", "läkare", "2024-12-03 14:00", [
        ("Remiss", "Till urologen Malmö. Frågeställning: njurcancer? 4 cm solid process vä njure vid DT för gallsten. Tacksam bedömning."),
    ])], must=["NL102"],
    why="'Frågeställning: njurcancer?' in a visible referral section of a Melior note.")

C("njure-ovre-urinvag-pad-ej-per-brev", "skane", "1943-08-18", 313, [
    N("n1", M, "Sjuksköterskeanteckning", "sus_uro_malmo", "Emma Friberg", "sjuksköterska", "2024-11-26 09:45", [
        ("PAD", "Ureteroskopisk biopsi: höggradig urotelial cancer i vä njurbäcken."),
        ("Åtgärd", "Besked har ännu inte lämnats. Enligt dr Ljungberg ska pat inte få detta per brev, tid hos honom 3/12."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Upper tract cancer visible while the result has not been given and must not go by letter.")

C("njure-sambo-informerad-pat-sederad", "vgr", "1952-03-18", 139, [
    N("n1", M, "Daganteckning", "su_uroavd", "Nadia Haddad", "ST-läkare", "2024-07-12 14:20", [
        ("Aktuellt", "Dag 3 efter nefrektomi, reoperation igår för blödning, fortfarande sederad på IVA."),
        ("PAD", "Nefrektomipreparat: klarcellig njurcancer pT3a, marginaler fria."),
        ("Information", "Sambon informerad per telefon om PAD. Pat själv ej informerad då han fortfarande är sederad, tas när han är vaken."),
    ], signed=None, setting="slutenvård")], must=["NL101"],
    why="The partner knows, but the patient himself has not been told the visible cancer diagnosis.")

# =========================================================================== D testikel
C("testis-ultraljud-inger-misstanke-seminom", "vgr", "1994-03-15", 471, [
    N("n1", M, "Läkaranteckning", "su_uro", "Viktor Holmgren", "läkare", "2024-02-15 13:00", [
        ("Anamnes", "29-årig man som känt en oöm knöl i hö testikel i två månader."),
        ("Status", "Hård, oregelbunden resistens i hö testikel, vä ua."),
        ("Utredning", "Ultraljud: 2 cm hypoekogen, välavgränsad förändring med ökad vaskularisering. Inger misstanke om seminom."),
        ("Planering", "Tumörmarkörer idag, DT thorax-buk, ablatio testis bokas inom en vecka."),
    ])], must=["NL102"],
    why="'Inger misstanke om' seminoma in a visible Utredning section.")

C("testis-pad-seminom-ej-informerad", "skane", "1990-07-07", 151, [
    N("n1", M, "Läkaranteckning", "sus_uro_lund", "Sara Öberg", "ST-läkare", "2024-03-06 15:30", [
        ("PAD", "Ablatio testis hö: klassiskt seminom, 3,2 cm, ingen kärlinväxt, pT1."),
        ("Planering", "Pat är inte informerad om PAD ännu. Dr Nilsson på onkologen ringer honom i morgon och bokar besök."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Seminoma in visible PAD while the patient is not informed yet.")

C("testis-pat-informerad-flickvan-vet-ej", "vgr", "1997-11-02", 513, [
    N("n1", M, "Läkaranteckning", "su_onk", "Karin Öhman", "läkare", "2024-04-11 10:20", [
        ("Information", "Pat informerad om icke-seminomatös testikelcancer, kliniskt stadium I, och om alternativen surveillance eller en kur BEP."),
        ("Sociala förhållanden", "Bor med flickvän sedan ett år. Hon vet ännu inte om cancern, pat vill berätta själv i helgen."),
    ])], must_not=["NL101"],
    why="The patient is told; only his girlfriend is not yet.")

C("testis-barn-ej-forenligt-med-torsion", "skane", "2015-06-12", 379, [
    N("n1", M, "Akutanteckning", "barnkir_lund", "Oskar Berglund", "ST-läkare", "2024-05-17 19:40", [
        ("Aktuellt", "9-årig pojke med svullen, rodnad scrotalhud vä sedan i morse, ingen buksmärta."),
        ("Status", "Testiklar normalt lägesställda, ej ömma vid palpation. Ödematös scrotalhud."),
        ("Bedömning", "Ultraljud visar normalt flöde i båda testiklarna, ej förenligt med testistorsion. Idiopatiskt scrotalt ödem."),
        ("Åtgärd", "Hem med Ipren vid behov, föräldrarna informerade om att återkomma vid smärta."),
    ])], must_not=["NL102"],
    why="Child: 'ej förenligt med' negates torsion; the working diagnosis is stated plainly.")

C("testis-barn-trol-testistorsion-akut-op", "vgr", "2013-10-20", 311, [
    N("n1", M, "Akutanteckning", "dsbus_barnkir", "Ingrid Dahl", "läkare", "2024-06-29 04:10", [
        ("Aktuellt", "10-årig pojke väcktes kl 02 av kraftig smärta i hö testikel, kräkts x2."),
        ("Status", "Hö testikel högt ställd, tvärställd och mycket öm. Kremasterreflex saknas hö."),
        ("Bedömning", "Trol. testistorsion hö. Ingen tid för ultraljud."),
        ("Åtgärd", "Akut scrotal exploration, anestesi kontaktad. Mamma informerad och samtycker."),
    ], setting="slutenvård")], must=["NL102"],
    why="Child under 13 (guardians read): hedged testicular torsion in visible Bedömning.")

C("testis-ungdomsmottagning-pmo-misstankt-tumor", "skane", "2004-09-08", 199, [
    N("n1", P, "Besöksanteckning", "um_lund", "Petra Lindahl", "läkare", "2024-07-30 14:00", [
        ("Kontaktorsak", "Kom för STI-test, nämner en knöl i testikeln."),
        ("Status", "Ca 1 cm fast, oöm resistens i vä testikel, hö ua."),
        ("Bedömning", "Misstänkt testikeltumör."),
        ("Åtgärd", "Akut remiss urologen, pat informerad om varför det är viktigt att komma snabbt."),
    ])], must_not=["NL102"],
    why="Ungdomsmottagning in PMO: hedged testicular tumour is not shown.")

C("testis-talar-for-epididymit", "skane", "1986-02-14", 355, [
    N("n1", M, "Akutanteckning", "akut_malmo", "Ali Rahimi", "AT-läkare", "2024-08-03 23:15", [
        ("Anamnes", "Smärta och svullnad vä pung i 3 dagar, temp 38,1, sveda."),
        ("Status", "Öm, förstorad bitestikel vä, positivt Prehns tecken."),
        ("Bedömning", "Bilden talar för epididymit. Ultraljud med bevarat flöde."),
        ("Åtgärd", "Klamydia-PCR och urinodling. Ciprofloxacin 10 dagar."),
    ])], must=["NL102"],
    why="'talar för' hedges epididymitis in a visible Bedömning.")

C("testis-susp-malignitet-nal", "vgr", "1979-05-27", 237, [
    N("n1", M, "Läkaranteckning", "nal_uro", "Emil Strand", "ST-läkare", "2024-09-25 11:45", [
        ("Status", "Vä testikel förstorad, hård i nedre polen."),
        ("Bedömning", "Susp. malignitet vä testikel. Markörer och ultraljud idag."),
    ], signed=None)], must=["NL102"],
    why="'Susp.' hedges testicular malignancy, visible.")

C("testis-icke-seminom-informerad-spermiefrysning", "skane", "1999-01-19", 297, [
    N("n1", M, "Läkaranteckning", "onk_lund", "Magnus Nilsson", "läkare", "2024-03-13 13:30", [
        ("Diagnos", "Icke-seminomatös testikelcancer hö, CS IB."),
        ("Information", "Pat informerad om diagnosen och om planerad adjuvant BEP x1. Han vill frysa spermier före behandlingsstart, remiss till reproduktionsmedicinskt centrum skickad."),
    ])], must_not=["NL101", "NL102"],
    why="Confirmed testicular cancer, told; sperm banking planned.")

C("testis-markorer-normala-ej-informerad", "vgr", "1992-10-11", 431, [
    N("n1", M, "Läkaranteckning", "su_onk", "Karin Öhman", "läkare", "2024-09-18 16:05", [
        ("Aktuellt", "Pat fick beskedet om seminom 2/9 vid besök hos urolog."),
        ("Labb", "Postoperativa tumörmarkörer: AFP, hCG och LD inom referensområdet."),
        ("Planering", "Pat ej informerad om markörsvaren ännu, tas upp vid besöket 25/9."),
    ])], must_not=["NL101"],
    why="Untold are normal marker results; the seminoma was told on 2/9.")

C("testis-barn-retentio-eventuell-laparoskopi", "skane", "2022-04-03", 593, [
    N("n1", M, "Läkaranteckning", "barnkir_lund", "Helena Wahlgren", "läkare", "2024-10-08 10:30", [
        ("Status", "Vä testikel ej palpabel i scrotum eller ljumske. Hö normal."),
        ("Bedömning", "Retentio testis vä, icke palpabel."),
        ("Planering", "Orkidopexi före 18 mån hade varit optimalt; bokas snarast. Eventuell diagnostisk laparoskopi om testikeln inte hittas vid inguinal exploration."),
    ])], must_not=["NL102"],
    why="Child: confirmed undescended testis; only a possible laparoscopy is hedged.")

C("testis-typo-misstakt-testikelcancer", "vgr", "1988-12-26", 535, [
    N("n1", M, "Läkaranteckning", "nu_uro", "Mikael Andersson", "läkare", "2024-12-10 10:40", [
        ("Bedömning", "Misstäkt testikelcancer hö, ultraljud med 12 mm solid förändring."),
        ("Planering", "Orkiektomi via inguinalsnitt nästa vecka."),
    ])], must=["NL102"],
    why="Typo 'Misstäkt' hedging testicular cancer.")

C("testis-hydrocele-tumor-typo-utsluts", "skane", "1975-08-30", 219, [
    N("n1", M, "Läkaranteckning", "hbg_uro", "Karl-Johan Persson", "läkare", "2024-01-16 14:25", [
        ("Status", "Stor, fluktuerande, genomlysbar svullnad hö scrotalhalva."),
        ("Bedömning", "Hydrocele hö. Tumör utsluts med ultraljud, testikeln normal."),
        ("Planering", "Hydrocelektomi erbjuds, pat vill avvakta."),
    ])], must_not=["NL102"],
    why="Typo 'utsluts' (utesluts): the tumour is ruled out; hydrocele is confirmed.")

C("testis-retroperitoneala-metastaser-ej-berattat", "vgr", "1991-06-04", 139, [
    N("n1", M, "Läkaranteckning", "su_onk", "Viktor Holmgren", "läkare", "2024-05-08 12:10", [
        ("Utredning", "DT thorax-buk efter orkiektomi: retroperitoneala lymfkörtelmetastaser upp till 4 cm, stadium IIC."),
        ("Planering", "Inte berättat för pat ännu om spridningen, det tas vid onkologbesöket på måndag tillsammans med behandlingsplanen."),
    ])], must=["NL101"],
    why="Nodal metastases of testicular cancer visible while the patient has not been told of the spread.")

# =========================================================================== E njursten
C("sten-trol-uretarsten-akut", "skane", "1980-04-22", 115, [
    N("n1", M, "Akutanteckning", "akut_hbg", "Linnea Sjögren", "AT-läkare", "2024-02-10 03:20", [
        ("Aktuellt", "Plötslig kolikartad smärta vä flank med utstrålning mot ljumsken sedan kl 00, kräkts."),
        ("Status", "Dunköm vä. Buk mjuk. Afebril."),
        ("Labb", "U-sticka: blod 3+, nitrit neg. CRP 8, krea 92."),
        ("Bedömning", "Trol. uretärsten vä. Lågdos-DT beställd, Voltaren supp 50 mg given."),
    ])], must=["NL102"],
    why="Hedged ureteric stone ('Trol.') at the ED, visible.")

C("sten-konkrement-trol-passerat", "vgr", "1977-09-09", 451, [
    N("n1", M, "Telefonanteckning", "nal_uro", "Sofia Karlsson", "sjuksköterska", "2024-03-20 09:50", [
        ("Telefonkontakt", "Pat med känd 4 mm distal uretärsten vä ringer. Smärtfri sedan igår kväll och tror att han kissat ut något."),
        ("Bedömning", "Stenen har trol. passerat. Ska spara sten om den hittas."),
        ("Planering", "Kontroll-DT om 4 veckor enligt ordination."),
    ])], must_not=["NL102"],
    why="'trol.' hedges that the known stone has passed (an event), not a diagnosis.")

C("sten-dt-svar-efter-hemgang-ej-informerad", "skane", "1985-03-31", 279, [
    N("n1", M, "Akutanteckning", "akut_malmo", "Ali Rahimi", "AT-läkare", "2024-04-13 08:10", [
        ("Aktuellt", "Pat hemgick på egen begäran innan DT-svaret var klart."),
        ("Utredning", "Lågdos-DT: 7 mm uretärsten vä proximalt med måttlig hydronefros."),
        ("Planering", "Pat är inte informerad om stenfyndet, nås ej på mobilen. Ssk fortsätter ringa, remiss urolog för ställningstagande till uretäroskopi."),
    ])], must=["NL101"], must_not=["NL102"],
    why="A non-cancer diagnosis (ureteric stone) stands visible while the patient is not informed.")

C("sten-pmo-trol-njurkolik", "skane", "1971-11-17", 213, [
    N("n1", P, "Besöksanteckning", "vc_sjobo", "Åsa Rydberg", "distriktsläkare", "2024-05-22 10:30", [
        ("Aktuellt", "Intensiv smärta hö flank sedan i natt, haft njursten 2019."),
        ("Bedömning", "Trol. njurkolik hö. Afebril, opåverkad."),
        ("Åtgärd", "Diklofenak, remiss lågdos-DT. Om feber: akuten."),
    ])], must_not=["NL102"],
    why="PMO: hedged renal colic in a vårdcentral note is not shown.")

C("sten-sannolikt-njurkolik-vgr", "vgr", "1990-01-09", 339, [
    N("n1", M, "Akutanteckning", "sas_akut", "Rasmus Ek", "AT-läkare", "2024-06-15 17:45", [
        ("Bedömning", "Sannolikt njurkolik hö, U-sticka med blod och typisk smärtbild."),
        ("Åtgärd", "Smärtlindring, lågdos-DT imorgon förmiddag."),
    ])], must=["NL102"],
    why="'Sannolikt' hedges renal colic, visible in VGR Melior.")

C("sten-om-feber-infekterat-avflodeshinder-villkor", "skane", "1982-07-25", 177, [
    N("n1", M, "Läkaranteckning", "ksk_uro", "Erik Thörnqvist", "läkare", "2024-07-16 12:20", [
        ("Diagnos", "Uretärsten 5 mm hö distalt."),
        ("Planering", "Spontanavgång eftersträvas, Tamsulosin 0,4 mg i 4 veckor."),
        ("Information", "Om feber tillkommer ska infekterat avflödeshinder misstänkas och pat söka akut direkt, vilket han förstått."),
    ])], must_not=["NL102"],
    why="The suspicion of an infected obstruction is conditional ('Om feber tillkommer'), not a current hypothesis.")

C("sten-mojligen-uratsten-lag-densitet", "vgr", "1959-02-11", 259, [
    N("n1", M, "Läkaranteckning", "su_uro", "Johanna Lindqvist", "läkare", "2024-08-28 14:40", [
        ("Utredning", "DT: 12 mm njurbäckensten hö med densitet 380 HU. Urin-pH 5,0."),
        ("Bedömning", "Möjligen uratsten med tanke på låg densitet och sur urin. Provar alkalinisering med kaliumcitrat."),
    ])], must=["NL102"],
    why="'Möjligen' hedges the stone type (uric acid stone), a diagnosis.")

C("sten-besked-per-telefon-ssk", "vgr", "1993-05-05", 461, [
    N("n1", M, "Telefonanteckning", "sas_uro", "Hanna Sjöberg", "sjuksköterska", "2024-09-04 10:15", [
        ("Telefonkontakt", "Ringt pat efter dr Ekströms bedömning: DT visar 3 mm sten i distala uretären hö, besked lämnat. Ska dricka rikligt och sila urinen. Åter vid feber."),
    ])], must_not=["NL101"],
    why="Stone diagnosis told to the patient by phone.")

C("sten-eswl-ev-aktuellt-plan", "skane", "1974-10-14", 395, [
    N("n1", M, "Läkaranteckning", "sus_uro_lund", "Jonas Hedlund", "läkare", "2024-10-29 09:35", [
        ("Utredning", "Kontroll-DT: kvarvarande 8 mm sten i hö uretärs övre del, lätt hydronefros."),
        ("Planering", "ESWL ev. aktuellt om stenen inte avgått inom fyra veckor. Ny DT då."),
    ])], must_not=["NL102"],
    why="'ev.' hedges a treatment plan (ESWL); the stone is confirmed.")

C("sten-typo-misstankt-pyelonefirt", "vgr", "1968-03-08", 624, [
    N("n1", M, "Akutanteckning", "skas_akut", "Elsa Norberg", "ST-läkare", "2024-11-08 21:30", [
        ("Aktuellt", "Känd 9 mm vä uretärsten, nu feber 39,2 och frossa."),
        ("Bedömning", "Misstänkt pyelonefirt bakom obstruerande sten, risk för urosepsis."),
        ("Åtgärd", "Akut avlastning med nefrostomi, urolog bakjour informerad."),
    ], signed=None)], must=["NL102"],
    why="Typo 'pyelonefirt' under 'Misstänkt' in a visible Bedömning.")

C("sten-urinprov-tas-om-ej-informerad", "skane", "1988-06-02", 493, [
    N("n1", M, "Sjuksköterskeanteckning", "hbg_uro", "Maria Pålsson", "sjuksköterska", "2024-12-05 13:05", [
        ("Aktuellt", "Känd cystinuri med återkommande njursten, följs på mottagningen."),
        ("Åtgärd", "24-timmarsurinen hemolyserad på lab. Pat ej informerad om att provet behöver tas om, ringer honom i morgon."),
    ])], must_not=["NL101"],
    why="Not yet told is that a urine sample must be redone; no diagnosis is withheld.")

# =========================================================================== F urinretention / BPH
C("retention-sannolik-bph-obstruktion", "vgr", "1944-11-28", 331, [
    N("n1", M, "Akutanteckning", "nu_akut", "Emil Strand", "ST-läkare", "2024-01-12 20:05", [
        ("Aktuellt", "Kan inte kissa sedan 12 timmar, tilltagande nedre buksmärta. Långvarig svag stråle och nokturi x3."),
        ("Åtgärd", "KAD 14 Ch, 1100 ml klar urin."),
        ("Bedömning", "Akut urinretention, sannolik BPH med obstruktion."),
        ("Planering", "Alfuzosin insatt, TOK på urologmottagningen om 1 vecka."),
    ])], must=["NL102"],
    why="'sannolik' hedges BPH as cause of retention, visible.")

C("retention-lakemedelsutlost-trolig-hemgang", "skane", "1939-08-08", 415, [
    N("n1", M, "Daganteckning", "sus_uroavd_malmo", "Maja Ekdahl", "läkare", "2024-03-27 10:50", [
        ("Aktuellt", "Urinretention 900 ml efter nyinsatt oxybutynin på VC. Oxybutynin utsatt."),
        ("Bedömning", "Läkemedelsutlöst urinretention. Prostata 30 ml palpatoriskt."),
        ("Planering", "Trolig hemgång imorgon med KAD, TOK på mottagningen om en vecka."),
    ], setting="slutenvård")], must_not=["NL102"],
    why="'Trolig' hedges the discharge date; the retention diagnosis is stated plainly.")

C("retention-bladderscan-osaker-matning", "vgr", "1948-04-04", 319, [
    N("n1", M, "Omvårdnadsanteckning", "su_uroavd", "Therese Blom", "sjuksköterska", "2024-04-09 06:30", [
        ("Elimination", "Kissat 150 ml spontant efter KAD-dragning. Bladderscan visar möjligen 300 ml residual, osäker mätning pga bukväggsödem."),
        ("Omvårdnadsåtgärd", "Ny bladderscan efter nästa miktion, RIK vid residual över 400 ml."),
    ], signed=None, setting="slutenvård")], must_not=["NL102"],
    why="'möjligen' hedges a measurement, not a diagnosis.")

C("retention-ms-oklart-om-neurogen-blasrubbning", "skane", "1976-02-29", 542, [
    N("n1", M, "Läkaranteckning", "hbg_uro", "Karl-Johan Persson", "läkare", "2024-05-02 13:20", [
        ("Anamnes", "Känd MS sedan 2010. Tilltagande svårigheter att tömma blåsan, residual 350 ml."),
        ("Bedömning", "Oklart om neurogen blåsrubbning eller obstruktion; urodynamisk utredning."),
        ("Planering", "RIK-instruktion av uroterapeut tills vidare."),
    ])], must=["NL102"],
    why="'Oklart om' hedges neurogenic bladder in a patient with known MS.")

C("retention-pmo-hemsjukvard-trol-kad-uvi", "skane", "1934-12-24", 271, [
    N("n1", P, "Hemsjukvårdsanteckning", "hsv_tbg", "Karin Nyström", "distriktssköterska", "2024-06-07 11:40", [
        ("Aktuellt", "KAD-byte enligt schema. Urinen grumlig och illaluktande, pat lite förvirrad enligt hustrun."),
        ("Bedömning", "Trol. KAD-relaterad UVI. Temp 37,9."),
        ("Åtgärd", "Urinodling skickad, kontakt med jourläkare VC som ordinerar antibiotika."),
    ])], must_not=["NL102"],
    why="PMO home care note: hedged catheter UTI is never shown.")

C("retention-kad-trolig-utskrivning-eventuellt-tok", "vgr", "1947-06-13", 577, [
    N("n1", M, "Daganteckning", "nal_uroavd", "Emil Strand", "ST-läkare", "2024-07-04 09:20", [
        ("Aktuellt", "Urinretention pga BPH, KAD sedan 3 dagar. Afebril, mår bra."),
        ("Planering", "Trolig utskrivning i morgon med KAD. Eventuellt TOK om en vecka, annars TURP-planering."),
    ], setting="slutenvård")], must_not=["NL102"],
    why="Only discharge and a catheter trial are hedged; BPH retention is confirmed.")

C("retention-cauda-equina-kan-ej-uteslutas", "skane", "1979-03-17", 618, [
    N("n1", M, "Akutanteckning", "akut_lund", "Linnea Sjögren", "AT-läkare", "2024-08-18 01:55", [
        ("Aktuellt", "Ryggsmärta sedan en vecka, sedan igår svårt att kissa och domningar i underlivet."),
        ("Status", "Nedsatt sensibilitet perianalt. Bladderscan 750 ml."),
        ("Bedömning", "Cauda equina-syndrom kan ej uteslutas. Akut MR ländrygg, ortoped jour kontaktad."),
    ])], must=["NL102"],
    why="'kan ej uteslutas' on cauda equina syndrome behind urinary retention.")

C("retention-mojlig-fourniers-gangran", "vgr", "1955-12-08", 393, [
    N("n1", M, "Akutanteckning", "sas_akut", "Rasmus Ek", "AT-läkare", "2024-09-29 22:10", [
        ("Aktuellt", "Diabetiker, svullnad och smärta i perineum sedan 2 dagar, nu feber."),
        ("Status", "Rodnad, krepitationer och hudnekros perinealt. Puls 120."),
        ("Bedömning", "Möjlig Fourniers gangrän. Akut kirurgisk revision, bred antibiotika."),
    ])], must=["NL102"],
    why="'Möjlig' hedges Fournier's gangrene (eponym), visible.")

C("retention-typo-prostatahypreplasi", "skane", "1950-09-14", 459, [
    N("n1", M, "Läkaranteckning", "ksk_uro", "Olle Bramstång", "läkare", "2024-10-24 15:05", [
        ("Aktuellt", "Tilltagande LUTS, IPSS 22, Qmax 7 ml/s, residual 400 ml."),
        ("Bedömning", "Trol. prostatahypreplasi med kronisk retention."),
        ("Planering", "TURP erbjuds, pat betänketid."),
    ])], must=["NL102"],
    why="Typo 'prostatahypreplasi' under the hedge 'Trol.'.")

C("retention-misstanker-missforstatt-rik", "vgr", "1942-01-27", 291, [
    N("n1", M, "Telefonanteckning", "su_uroterapi", "Anneli Fors", "uroterapeut", "2024-11-14 13:10", [
        ("Telefonkontakt", "Pat ringer om ont vid RIK. Misstänker att pat missförstått hur ofta han ska tappa sig, han gör det var tredje timme även nattetid."),
        ("Åtgärd", "Ny genomgång: 4–5 ggr/dygn räcker. Besök för instruktion bokat."),
    ])], must_not=["NL102"],
    why="'Misstänker' concerns a misunderstanding of instructions, not a disease.")

# =========================================================================== G prostatit / infektion
C("prostatit-misstankt-akut-bakteriell", "skane", "1973-06-21", 195, [
    N("n1", M, "Akutanteckning", "akut_lund", "David Lindh", "ST-läkare", "2024-01-08 18:30", [
        ("Aktuellt", "Feber 39, sveda, frekvens och smärta i perineum sedan 2 dagar."),
        ("Status", "PR: svullen, mycket öm prostata, försiktig palpation."),
        ("Bedömning", "Misstänkt akut bakteriell prostatit."),
        ("Åtgärd", "Urin- och blododling, Ciprofloxacin 500 mg x 2 i 4 veckor."),
    ])], must=["NL102"],
    why="Hedged acute bacterial prostatitis in a visible Bedömning.")

C("prostatit-pmo-kronisk-bakensmartsyndrom", "skane", "1984-08-02", 435, [
    N("n1", P, "Besöksanteckning", "vc_kavlinge", "Daniel Kraft", "distriktsläkare", "2024-02-22 14:00", [
        ("Anamnes", "Bäckensmärta och obehag vid ejakulation i 6 mån, upprepade negativa urinodlingar."),
        ("Bedömning", "Misstänkt kronisk prostatit/kroniskt bäckensmärtsyndrom."),
        ("Åtgärd", "Provar alfablockerare, remiss urolog om ingen effekt på 3 mån."),
    ])], must_not=["NL102"],
    why="PMO: hedged chronic prostatitis in a vårdcentral note is not shown.")

C("prostatit-typo-ingen-misstake-nedre-uvi", "vgr", "1969-03-30", 477, [
    N("n1", M, "Läkaranteckning", "alingsas_uro", "Hampus Nord", "läkare", "2024-03-18 11:25", [
        ("Status", "PR: prostata ej öm, normal konsistens. Afebril."),
        ("Bedömning", "Ingen misstake om prostatit. Nedre UVI hos man, odlingsverifierad E. coli."),
        ("Åtgärd", "Pivmecillinam 7 dagar."),
    ])], must_not=["NL102"],
    why="Typo in the negation 'Ingen misstake om' still rules prostatitis out; the UTI is confirmed.")

C("prostatit-kan-inte-utesluta-prostataabscess", "vgr", "1965-10-19", 215, [
    N("n1", M, "Daganteckning", "su_uroavd", "Nadia Haddad", "ST-läkare", "2024-04-26 15:10", [
        ("Aktuellt", "Dag 5 med iv antibiotika för prostatit, fortsatt feber 38,8."),
        ("Bedömning", "Kan inte utesluta prostataabscess. DT bäcken med kontrast idag."),
    ], signed=None, setting="slutenvård")], must=["NL102"],
    why="'Kan inte utesluta' keeps a prostatic abscess open: a hedge, visible.")

C("uvi-urinodling-sannolikt-kontaminerad", "skane", "1987-12-12", 628, [
    N("n1", M, "Telefonanteckning", "hbg_uro", "Maria Pålsson", "sjuksköterska", "2024-05-13 10:40", [
        ("Telefonkontakt", "Urinodling inför cystoskopi: blandflora >10^5, sannolikt kontaminerad. Pat utan symtom."),
        ("Åtgärd", "Ny odling med mittstråleteknik lämnas på VC, cystoskopi står kvar 27/5."),
    ])], must_not=["NL102"],
    why="'sannolikt' hedges sample contamination, which is no diagnosis of the patient.")

C("epididymit-flickvan-sannolikt-klamydia", "vgr", "2001-02-07", 171, [
    N("n1", M, "Läkaranteckning", "nu_uro", "Sara Lind", "läkare", "2024-06-19 13:50", [
        ("Anamnes", "Flickvännen har enligt henne själv sannolikt klamydia, hon provtas på ungdomsmottagningen."),
        ("Bedömning", "Epididymit vä, klinisk diagnos. Klamydia-PCR tagen."),
        ("Åtgärd", "Doxycyklin 10 dagar. Smittspårning sker via ungdomsmottagningen om positivt."),
    ])], must_not=["NL102"],
    why="The hedged infection is the partner's; the patient's epididymitis is stated as a clinical diagnosis.")

C("njure-xantogranulomatos-pyelonefrit-skulle-kunna", "skane", "1960-07-03", 486, [
    N("n1", M, "Läkaranteckning", "sus_uro_lund", "David Lindh", "ST-läkare", "2024-07-10 16:00", [
        ("Utredning", "DT: förstorad vä njure med hjortronsten och multipla lågattenuerande håligheter, perirenal inflammation."),
        ("Bedömning", "Fynden skulle kunna passa med xantogranulomatös pyelonefrit. Nefrektomi diskuteras."),
    ])], must=["NL102"],
    why="'skulle kunna passa med' hedges xanthogranulomatous pyelonephritis.")

C("urogenital-tbc-differentialdiagnos", "vgr", "1989-11-11", 573, [
    N("n1", M, "Läkaranteckning", "su_uro", "Johanna Lindqvist", "läkare", "2024-08-22 09:40", [
        ("Anamnes", "Född i Somalia, i Sverige sedan 2015. Sveda och frekvens i ett år."),
        ("Utredning", "Steril pyuri vid upprepade odlingar. DT: kalyxförändringar och förtjockad uretärvägg hö."),
        ("Bedömning", "Differentialdiagnostiskt övervägs urogenital tuberkulos. Morgonurin x3 för mykobakterieodling och PCR."),
    ])], must=["NL102"],
    why="'Differentialdiagnostiskt övervägs' urogenital TB, visible.")

C("interstitiell-cystit-kan-rora-sig-om", "skane", "1978-05-16", 260, [
    N("n1", M, "Läkaranteckning", "ksk_uro", "Olle Bramstång", "läkare", "2024-09-05 10:25", [
        ("Anamnes", "Blåssmärta som lindras av miktion, frekvens 20 ggr/dygn, negativa odlingar."),
        ("Bedömning", "Kan röra sig om interstitiell cystit/blåssmärtsyndrom. Cystoskopi med hydrodistension planeras."),
    ])], must=["NL102"],
    why="'Kan röra sig om' hedges interstitial cystitis in a woman.")

# =========================================================================== H hematuri, barn
C("hematuri-kvinna-cysto-inga-tecken-tumor", "vgr", "1961-03-09", 244, [
    N("n1", M, "Cystoskopianteckning", "skas_uro", "Amir Jafari", "läkare", "2024-01-30 09:30", [
        ("Cystoskopi", "Normal blåsslemhinna, inga tecken på tumör eller sten."),
        ("Bedömning", "Makrohematuri vid odlingsverifierad cystit, cystoskopi utan fynd. Avslutas."),
    ])], must_not=["NL102"],
    why="Negated tumour ('inga tecken på') and a confirmed cystitis.")

C("hematuri-pmo-17-aring-efter-traning", "skane", "2006-11-03", 157, [
    N("n1", P, "Besöksanteckning", "vc_eslov", "Johan Wiik", "distriktsläkare", "2024-04-29 15:20", [
        ("Aktuellt", "17-årig fotbollsspelare, rödbrun urin efter hård träning igår, nu klar."),
        ("Bedömning", "Trol. ansträngningsutlöst hematuri, ev. myoglobinuri. U-sticka idag endast spår av blod."),
        ("Åtgärd", "Ny urinsticka om 2 veckor i vila, CK och krea tagna."),
    ])], must_not=["NL102"],
    why="PMO note for a 17-year-old: hedges are not shown in PMO.")

C("barn-misstankt-wilms-tumor", "vgr", "2020-12-14", 418, [
    N("n1", M, "Läkaranteckning", "dsbus_barnkir", "Ingrid Dahl", "läkare", "2024-02-02 11:30", [
        ("Aktuellt", "3-årig flicka där mamma känt en knöl i magen vid bad. Ingen hematuri."),
        ("Status", "Stor, fast, oöm resistens i vä hypokondrium som inte korsar medellinjen."),
        ("Utredning", "Ultraljud: 9 cm solid process utgående från vä njure."),
        ("Bedömning", "Misstänkt Wilms tumör. MR buk och DT thorax, barnonkolog kontaktad."),
    ])], must=["NL102"],
    why="Child under 13 (guardians read the journal): hedged nephroblastoma visible.")

C("barn-hydronefros-typo-pyeloureteral-obstruktoin", "skane", "2023-11-20", 279, [
    N("n1", M, "Läkaranteckning", "barnkir_lund", "Helena Wahlgren", "läkare", "2024-06-20 10:00", [
        ("Utredning", "Ultraljud: hydronefros hö med APD 28 mm utan dilaterad uretär. MAG3: nedsatt avflöde, sidofunktion 38 %."),
        ("Bedömning", "Trol. pyeloureteral obstruktoin hö."),
        ("Planering", "Pyeloplastik diskuteras med föräldrarna vid återbesök."),
    ], signed=None)], must=["NL102"],
    why="Infant: typo 'obstruktoin' under 'Trol.', a hedged PUJ obstruction.")

C("barn-vur-grad3-eventuellt-profylax", "vgr", "2020-03-07", 333, [
    N("n1", M, "Läkaranteckning", "dsbus_barnkir", "Fredrik Åkesson", "läkare", "2024-05-15 14:20", [
        ("Utredning", "MUCG efter två febrila UVI: vesikoureteral reflux grad III vä."),
        ("Bedömning", "VUR grad III vä."),
        ("Planering", "Eventuellt antibiotikaprofylax i väntan på DMSA-scint. Föräldrarna informerade vid besöket."),
    ])], must_not=["NL102"],
    why="Child: reflux confirmed by MUCG; only prophylaxis is hedged.")

C("barn-nedre-uvi-inga-tecken-pyelonefrit", "skane", "2016-08-25", 564, [
    N("n1", M, "Akutanteckning", "barnakut_hbg", "Tove Lund", "läkare", "2024-07-24 16:45", [
        ("Aktuellt", "7-årig flicka med sveda och täta trängningar i 2 dagar, afebril."),
        ("Bedömning", "Nedre UVI. Inga tecken på pyelonefrit, CRP 6, opåverkad."),
        ("Åtgärd", "Pivmecillinam mixtur 5 dagar. Pappa informerad."),
    ])], must_not=["NL102"],
    why="Child: pyelonephritis negated, cystitis confirmed.")

# =========================================================================== I skyddad plats - kantfall
C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1952-10-17", 393, [
    N("n1", M, "Läkaranteckning", "sus_uro_malmo", "Maja Ekdahl", "läkare", "2024-03-01 14:45", [
        ("Aktuellt", "Uppföljning av makrohematuri, DT-urografi gjord."),
        ("Tidiga hypoteser", "Fyllnadsdefekt i vä uretär, misstänkt uretärcancer."),
        ("Planering", "Ureteroskopi bokas."),
    ])], must=["NL102"],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord in an ordinary Läkaranteckning is visible.")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1958-01-04", 557, [
    N("n1", M, "Tidiga hypoteser", "su_uro", "Per-Olof Svensson", "läkare", "2024-05-27 11:10", [
        ("Bedömning", "PSA 14 och asymmetrisk prostata. Misstänkt prostatacancer, MR prostata beställd."),
    ])], must=["NL102"],
    why="VGR protects by sökord: the hedge is under sökord Bedömning, so it is visible whatever the template is called.")

C("vgr-th-sokord-men-upprepat-i-bedomning", "vgr", "1949-02-19", 513, [
    N("n1", M, "Läkaranteckning", "sas_uro", "Björn Ekström", "läkare", "2024-06-26 13:25", [
        ("Tidiga hypoteser", "DT-fyndet i hö njure inger misstanke om njurcancer med venös tumörtromb."),
        ("Bedömning", "Trolig njurcancer hö, planeras för MDK. Pat kallas till besök efter konferensen."),
    ], signed=None)], must=["NL102"],
    why="The hypothesis was put under Tidiga hypoteser but repeated with 'Trolig' in the visible Bedömning.")

C("vgr-th-pad-ej-informerad-synligt-endast-plan", "vgr", "1946-08-30", 219, [
    N("n1", M, "Läkaranteckning", "nal_uro", "Emil Strand", "ST-läkare", "2024-10-03 15:40", [
        ("Tidiga hypoteser", "PAD från TURB: urotelial cancer pT1 höggradig med lymfovaskulär invasion."),
        ("Planering", "Besök 10/10 med kontaktsjuksköterska. Pat ej informerad om PAD-svaret, det sker då."),
    ])], must_not=["NL101", "NL102"],
    why="VGR: the untold cancer stands only under Tidiga hypoteser; the visible plan names no diagnosis.")

C("vgr-th-motivering-men-diagnos-synlig-ej-informerad", "vgr", "1951-11-06", 359, [
    N("n1", M, "Läkaranteckning", "nal_uro", "Lars Wikström", "läkare", "2024-10-16 10:05", [
        ("Tidiga hypoteser", "Bedömer att beskedet bör ges muntligt med hänsyn till pat:s depression."),
        ("Aktuellt", "PAD efter nefroureterektomi: urotelial cancer i vä uretär, pT3 N0."),
        ("Planering", "Pat har inte fått veta cancerdiagnosen ännu, besked vid besök 23/10."),
    ])], must=["NL101"],
    why="Only the reasoning went under Tidiga hypoteser; the cancer itself is visible in Aktuellt and the patient is not told.")

# =========================================================================== K langa anteckningar
C("lang-inskrivning-urosepsis-trol-obstruktiv-pyelonefrit", "vgr", "1953-04-12", 315, [
    N("n1", M, "Inskrivningsanteckning", "su_akut", "Tobias Wennberg", "AT-läkare", "2024-02-18 21:40", [
        ("Kontaktorsak", "Feber och flanksmärta hö, remiss från vårdcentralen Majorna."),
        ("Anamnes", "71-årig man med typ 2-diabetes, hypertoni och förmaksflimmer på Eliquis. Njursten 2016 som avgick spontant. Sedan tre dagar värk i hö flank, sedan igår frossa och temp upp till 39,8. Illamående, kräkts två gånger, dricker dåligt. Ingen synlig blödning i urinen."),
        ("Läkemedel", "Metformin 1 g x 2, Eliquis 5 mg x 2, Amlodipin 10 mg x 1, Atorvastatin 40 mg x 1."),
        ("Status", "AT: påverkad, varm och torr i huden. Cor: oregelbunden rytm, fq 112. Pulm: ua. BT 100/60, AF 22, sat 95 % luft. Buk: mjuk, palpöm hö flank, dunköm hö. Temp 39,1."),
        ("Labb", "CRP 246, LPK 18,9, krea 168 (habituellt 85), laktat 2,9, P-glukos 14,2."),
        ("Röntgen", "DT buk utan kontrast: 8 mm konkrement i hö proximala uretär med hydronefros och perirenal stråkighet."),
        ("Bedömning", "Trol. obstruktiv pyelonefrit hö med urosepsis och prerenal njursvikt."),
        ("Åtgärd", "Blododlingar x2, urinodling. Cefotaxim 2 g x 3 iv, Ringer 2 liter. Eliquis pausas. Urolog jour kontaktad, akut nefrostomi hö ikväll via interventionell radiologi."),
        ("Planering", "Inläggning urologavdelning 118, NEWS varannan timme, timdiures via KAD. Metformin sätts ut tills kreatininet normaliserats. Pat och hustru informerade om planen."),
    ], setting="slutenvård")], must=["NL102"],
    why="Long admission chart whose only hedged diagnosis is 'Trol. obstruktiv pyelonefrit' in Bedömning.")

C("lang-ralp-uppfoljning-allt-bekraftat", "skane", "1958-08-08", 193, [
    N("n1", M, "Mottagningsanteckning", "sus_uro_malmo", "Henrik Ljungberg", "läkare", "2024-04-25 10:15", [
        ("Kontaktorsak", "Återbesök 3 mån efter robotassisterad radikal prostatektomi."),
        ("Anamnes", "64-årig man opererad 2024-01-22 för prostatacancer ISUP 3, cT2b. Postop förlopp okomplicerat, KAD dragen dag 7. Fick PAD-beskedet per telefon av mig i februari."),
        ("PAD", "pT3a, ISUP 3, fokal extraprostatisk växt vä, negativa marginaler. 0/14 lymfkörtlar."),
        ("Aktuellt", "Använder ett inlägg per dygn vid ansträngning, i övrigt kontinent. Erektionsfunktion ej tillbaka, provar Cialis 5 mg dagligen med viss effekt. God stråle, ingen nokturi."),
        ("Status", "Buk: läkta port-ärr, inga bråck."),
        ("Labb", "PSA 2024-04-18: <0,03 µg/l."),
        ("Bedömning", "Gott onkologiskt och funktionellt resultat. Omätbart PSA efter prostatektomi."),
        ("Planering", "PSA var 3:e månad första året via kontaktsjuksköterska. Salvage-strålbehandling tas upp om PSA stiger över 0,2. Remiss till sexolog på pat:s begäran. Fortsatt bäckenbottenträning med uroterapeut."),
        ("Information", "Pat och hustru informerade om planen, frågor besvarade."),
    ])], must_not=["NL102", "NL101"],
    why="Long follow-up: cancer confirmed and told earlier, only a conditional plan; nothing hedged or withheld.")

C("lang-epikris-cystektomi-bricker", "vgr", "1949-05-09", 279, [
    N("n1", M, "Epikris", "su_uroavd", "Nadia Haddad", "ST-läkare", "2024-06-14 13:00", [
        ("Orsak till vård", "Muskelinvasiv urotelial blåscancer cT2N0M0, behandlad med neoadjuvant cisplatin/gemcitabin x3. Inkom 2024-06-03 för robotassisterad radikal cystektomi med Brickerdeviation."),
        ("Vårdförlopp", "Operation enligt plan. Postop paralytisk ileus dag 3–6 som behandlades med sond och vätska, därefter successiv uppträning. Stomin fungerar väl, stomiterapeut har undervisat pat och hustrun. Uretärstentar dragna dag 10. Afebril hela vårdtiden, CRP toppade 180 dag 2 och har sjunkit."),
        ("PAD", "ypT2a N0 (0/22), fria marginaler."),
        ("Diagnoser", "C67.9 Urinblåsecancer. K56.0 Paralytisk ileus."),
        ("Information", "PAD-svaret genomgånget med pat och hustru på avdelningen 2024-06-13. Pat känner sig välinformerad och har skriftlig information om stomivård."),
        ("Läkemedel", "Fragmin 5000 E x 1 i 28 dagar postop. Alvedon vid behov."),
        ("Uppföljning", "Trolig kontakt med hemsjukvården första veckan för stomivård. Återbesök urolog om 6 veckor, DT thorax-buk efter 3 mån."),
    ], setting="slutenvård")], must_not=["NL102", "NL101"],
    why="Discharge summary: confirmed cancer told on the ward; 'Trolig' only on a home-care contact.")

C("lang-onkologi-testis-nybesok-informerad", "skane", "1995-02-18", 399, [
    N("n1", M, "Läkaranteckning", "onk_lund", "Magnus Nilsson", "läkare", "2024-11-21 09:00", [
        ("Kontaktorsak", "Nybesök efter ablatio testis vä 2024-11-05."),
        ("Anamnes", "29-årig tidigare frisk man som själv kände en knöl i vä testikel i oktober. Urologen i Lund gjorde orkiektomi via inguinalsnitt. Inga B-symtom, ingen ryggvärk."),
        ("Sociala förhållanden", "Sambo, ett barn 2 år, arbetar som elektriker. Icke-rökare."),
        ("PAD", "Seminom 4,5 cm med invasion i rete testis, pT1b."),
        ("Utredning", "DT thorax-buk 2024-11-12 utan metastaser. AFP, hCG och LD normaliserade postoperativt. Kliniskt stadium I."),
        ("Status", "AT gott. Läkt inguinalsnitt vä. Hö testikel ua. Inga palpabla lymfkörtlar supraklavikulärt."),
        ("Information", "Pat fick cancerbeskedet av urologen redan före op. Idag genomgång av stadium och behandlingsalternativ: surveillance eller adjuvant karboplatin x1 enligt SWENOTECA. Sambon var med."),
        ("Planering", "Ev. adjuvant karboplatin AUC7 om pat väljer det efter betänketid, annars surveillance med DT och markörer. Spermier frysta 2024-11-01. Telefonkontakt med kontaktsjuksköterska om en vecka."),
    ])], must_not=["NL101", "NL102"],
    why="Long oncology first visit: seminoma told before surgery; only the adjuvant treatment is hedged ('Ev.').")

C("lang-akut-makrohematuri-dd-njurcancer", "skane", "1962-02-26", 582, [
    N("n1", M, "Akutanteckning", "akut_ksk", "Sanna Holm", "ST-läkare", "2024-12-06 16:30", [
        ("Aktuellt", "62-årig kvinna, rökare, med smärtfri makrohematuri sedan i morse och dov värk i vä flank sedan två veckor. Ingen feber, ingen sveda. Tar inga blodförtunnande."),
        ("Tidigare sjukdomar", "Hypotyreos, tonsillektomi i barndomen."),
        ("Status", "AT gott, afebril. Buk mjuk, oöm. Lätt dunköm vä. Ingen palpabel resistens. Inga perifera ödem."),
        ("Labb", "Hb 128, CRP 11, krea 74. U-sticka: blod 3+, nitrit neg, leukocyter spår."),
        ("Röntgen", "Akut DT buk med kontrast: 5 cm heterogent kontrastladdande förändring i vä njures övre pol, ingen tumörtromb i njurvenen."),
        ("Bedömning", "Makrohematuri med expansivitet vä njure, DD njurcancer respektive blödande angiomyolipom."),
        ("Åtgärd", "Urinodling och cytologi. SVF-remiss till urologen Kristianstad, pat får tid inom en vecka."),
        ("Information", "Pat informerad om fyndet och om att det behövs vidare utredning på urologen."),
    ])], must=["NL102"],
    why="Long ED note with 'DD njurcancer' in Bedömning; the patient was told about the finding.")


# =========================================================================== validation
ALLOWED_CODES = {"NL101", "NL102"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def luhn_ok(pid, birth):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
    if not m:
        return False
    if "%s-%s-%s" % m.group(1, 2, 3) != birth:
        return False
    ten = pid[2:8] + pid[9:]
    return luhn_digit(ten[:9]) == int(ten[9])


def age_at(birth, as_of):
    b = date.fromisoformat(birth)
    a = date.fromisoformat(as_of[:10])
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        s = part.strip()
        if len(s) >= 25:
            yield s


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        rec = c["record"]
        pat = rec["patient"]
        if not luhn_ok(pat["id"], pat["birth_date"]):
            errs.append("%s: bad personnummer %s" % (n, pat["id"]))
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        age = age_at(pat["birth_date"], rec["as_of"])
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d" % (n, age))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s not empty" % (n, k))
        notes = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (n, sorted(note)))
            if note["id"] in notes:
                errs.append("%s: duplicate note id" % n)
            notes[note["id"]] = note
            if note["system"] not in (M, P):
                errs.append("%s: system %s" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != M:
                errs.append("%s: VGR note not Melior" % n)
            if not note["time"].startswith("2024-"):
                errs.append("%s: time not 2024" % n)
            if note["signed"] is not None:
                if not note["signed"].startswith("2024-") or note["signed"] < note["time"]:
                    errs.append("%s: bad signed" % n)
            if note["time"][:10] > rec["as_of"][:10]:
                errs.append("%s: note after as_of" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: bad section" % n)
                for s in sentences(sec["text"]):
                    if s in seen and seen[s] != n + note["id"] + sec["keyword"]:
                        errs.append("%s: sentence repeated (also in %s): %s" % (n, seen[s].split("|")[0], s))
                    seen.setdefault(s, n + "|" + note["id"] + sec["keyword"])
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: duplicate or contradictory assertion" % n)
        for code, nid in pairs:
            if code not in ALLOWED_CODES:
                errs.append("%s: code %s" % (n, code))
            if nid not in notes:
                errs.append("%s: target %s missing" % (n, nid))
                continue
            sysname = notes[nid]["system"]
            if code == "NL101" and sysname != M:
                errs.append("%s: NL101 asserted on PMO" % n)
        for code, nid in (tuple(x) for x in c["must"]):
            if code == "NL102" and nid in notes and notes[nid]["system"] != M:
                errs.append("%s: must NL102 on non-Melior note" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    out = os.path.join(HERE, "nl1_dev109_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(ALLOWED_CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
