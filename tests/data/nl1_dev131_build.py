#!/usr/bin/env python3
"""d131: rheumatology / immunology test cases for NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev131_cases.jsonl")

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-E0000000"
UNITS = {
    # Skåne, Melior
    "lund_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SK + "5521"),
    "lund_reuma_avd": ("Reumatologiavdelningen, Skånes universitetssjukhus Lund", SK + "5530"),
    "malmo_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Malmö", SK + "5588"),
    "hbg_med": ("Medicinmottagningen, Helsingborgs lasarett", SK + "6102"),
    "hbg_ort": ("Ortopedkliniken, Helsingborgs lasarett", SK + "6160"),
    "ksd_reuma": ("Reumatologimottagningen, Centralsjukhuset Kristianstad", SK + "6815"),
    "ksd_med_avd": ("Medicinavdelning 7, Centralsjukhuset Kristianstad", SK + "6840"),
    "ystad_akut": ("Akutmottagningen, Lasarettet Ystad", SK + "7044"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "7120"),
    "lund_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", SK + "5903"),
    "malmo_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "5712"),
    "lund_barn": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", SK + "4410"),
    "malmo_barnakut": ("Barnakuten, Skånes universitetssjukhus Malmö", SK + "4486"),
    "lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "5267"),
    "lund_lung": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", SK + "5340"),
    "lund_njur": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "5405"),
    "lund_infusion": ("Reumatologiska infusionsmottagningen, Skånes universitetssjukhus Lund", SK + "5526"),
    "trelleborg_med": ("Medicinkliniken, Trelleborgs lasarett", SK + "7331"),
    # Skåne, PMO (primary care)
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "8121"),
    "vc_trelleborg": ("Vårdcentralen Trelleborg Centrum", SK + "8374"),
    "vc_eslov": ("Vårdcentralen Eslöv", SK + "8402"),
    "hsv_ystad": ("Hemsjukvården Ystad", SK + "8955"),
    # Västra Götaland, Melior
    "sahl_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Göteborg", VG + "11842"),
    "sahl_reuma_avd": ("Reumatologavdelning 132, Sahlgrenska Universitetssjukhuset", VG + "11857"),
    "molndal_reuma": ("Reumatologi, Sahlgrenska Universitetssjukhuset Mölndal", VG + "12210"),
    "sahl_infusion": ("Reumatologins infusionsenhet, Sahlgrenska Universitetssjukhuset Mölndal", VG + "12233"),
    "sahl_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "10475"),
    "nu_med": ("Medicinkliniken, NU-sjukvården Uddevalla", VG + "20961"),
    "sks_reuma": ("Reumatologimottagningen, Skaraborgs Sjukhus Skövde", VG + "31408"),
    "sas_med": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "40117"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "40102"),
    "dss_barn": ("Barnreumatologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "13390"),
    "dss_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "13301"),
    "molndal_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "12288"),
    "sahl_lung": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", VG + "10922"),
    "kungalv_med": ("Medicinavdelning 4, Kungälvs sjukhus", VG + "50316"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", VG + "60044"),
    "sahl_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "11015"),
    "sahl_njur": ("Njurmedicin, Sahlgrenska Universitetssjukhuset", VG + "10990"),
    "sahl_neuro": ("Neurologavdelning, Sahlgrenska Universitetssjukhuset", VG + "10860"),
    "sahl_kardio": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "10733"),
    "nal_reuma": ("Reumatologimottagningen, NÄL Trollhättan", VG + "21507"),
}
PMO_UNITS = {"vc_nasby", "vc_trelleborg", "vc_eslov", "hsv_ystad"}


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, sex, seed):
    """birth 'YYYY-MM-DD' -> 'YYYYMMDD-NNNC' (third serial digit odd = man)."""
    ymd = birth.replace("-", "")
    first = "%02d" % ((seed * 37 + 11) % 90 + 10)
    third = [1, 3, 5, 7, 9][seed % 5] if sex == "M" else [0, 2, 4, 6, 8][seed % 5]
    serial = first + str(third)
    return "%s-%s%d" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def ts(s):
    if s is None:
        return None
    return s.replace(" ", "T") + ":00"


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": ts(time),
        "signed": ts(signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unit_key": unit,
    }


CASES = []
SEED = [0]


def C(name, ruleset, sex, birth, notes, must, must_not, why):
    SEED[0] += 1
    last = max(dt.datetime.fromisoformat(x)
               for n in notes for x in (n["time"], n["signed"]) if x)
    as_of = (last + dt.timedelta(days=4)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, sex, SEED[0]), "birth_date": birth,
                        "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
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
L, S = "läkare", "sjuksköterska"
A102 = ("NL102", "n1")
A101 = ("NL101", "n1")

# =====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# =====================================================================

C("d131-gca-misstankt-akutmott", "vgr", "F", "1948-02-11", [
    N("n1", M, "Akutanteckning", "sahl_akut", "Elin Forsberg", L,
      "2024-02-19 14:10", "2024-02-19 15:02", OV, [
          ("Anamnes", "76-årig kvinna med två veckors tilltagande huvudvärk bitemporalt, ömhet vid hårborstning och tuggclaudicatio. Ingen synpåverkan. Viktnedgång ca 3 kg."),
          ("Status", "AT: opåverkad. Temporalisartärerna förtjockade och ömma bilat, nedsatt pulsation hö. Visus ua enl pat. Lab: SR 88, CRP 64, Tpk 512."),
          ("Bedömning", "Misstänkt jättecellsarterit. Startar Prednisolon 60 mg x 1 redan idag, före biopsi."),
          ("Åtgärd", "Remiss för ultraljud av temporalisartärer inom en vecka. Kontakt med reumajouren, som tar över uppföljningen."),
      ])], [A102], [A101],
  "'Misstänkt jättecellsarterit' in a visible Bedömning of a Melior note; nothing is said about telling the patient.")

C("d131-pmr-trol-helsingborg", "skane", "M", "1951-07-30", [
    N("n1", M, "Läkaranteckning", "hbg_med", "Jonas Wennerholm", L,
      "2024-03-04 09:40", "2024-03-04 10:25", OV, [
          ("Aktuellt", "Sedan 6 v stelhet och värk i skuldror och höftgördel, morgonstelhet drygt 2 tim. Svårt att ta på sig jackan."),
          ("Status", "Smärtsam aktiv abduktion bilat i axlar, passivt nästan full rörlighet. Inga synoviter i händer. Temporalis ua."),
          ("Bedömning", "Trol. polymyalgia rheumatica. SR 54, CRP 38. Prednisolon 15 mg dagligen, kontroll av effekt om 10 dagar."),
      ])], [A102], [],
  "Abbreviated hedge 'Trol.' before PMR in a visible Bedömning (Skåne Melior).")

C("d131-ra-sannolik-tidig", "vgr", "F", "1979-11-04", [
    N("n1", M, "Mottagningsanteckning", "sks_reuma", "Maria Kjellgren", L,
      "2024-01-23 13:00", "2024-01-23 16:40", OV, [
          ("Anamnes", "Remitterad från VC för svullna fingrar. Symtom sedan jul, morgonstelhet 1 timme."),
          ("Status", "Synovit MCP 2–3 bilat samt hö handled. Squeeze test pos bilat."),
          ("Bedömning", "Sannolik tidig RA. Anti-CCP > 340, RF 45. Rtg händer/fötter beställt, start metotrexat diskuteras vid återbesök om 2 v."),
      ])], [A102], [],
  "'Sannolik tidig RA' despite strongly positive serology is still a hedged diagnosis in a visible section.")

C("d131-sjogren-mojligt-primart", "skane", "F", "1966-05-19", [
    N("n1", M, "Läkaranteckning", "lund_reuma", "Henrik Saxén", L,
      "2024-04-08 10:30", "2024-04-08 12:05", OV, [
          ("Utredning", "Torra ögon och mun i flera år, återkommande parotissvullnad. Schirmer 3 mm hö, 4 mm vä. Anti-SSA positiv, anti-SSB negativ."),
          ("Bedömning", "Möjligt primärt Sjögrens syndrom. Läppspottkörtelbiopsi bokas via ÖNH."),
      ])], [A102], [],
  "'Möjligt primärt Sjögrens syndrom' stands in a visible Bedömning.")

C("d131-dd-gikt-pseudogikt-kna", "vgr", "M", "1944-09-01", [
    N("n1", M, "Akutanteckning", "sas_akut", "Ali Rahimi", L,
      "2024-05-12 22:15", "2024-05-12 23:30", OV, [
          ("Aktuellt", "Akut insättande smärta och svullnad hö knä sedan igår kväll, kan ej belasta. Inget trauma. Står på furosemid."),
          ("Status", "Temp 37,9. Hö knä varmt, rodnat, uttalad ledutgjutning. Vä knä ua."),
          ("Bedömning", "DD gikt/pseudogikt. Ledvätska tappad, 40 ml grumlig, skickad för kristaller, odling och LPK."),
          ("Planering", "Avvaktar svar innan behandlingsstart, NSAID undviks pga njurfunktionen."),
      ])], [A102], [],
  "A 'DD gikt/pseudogikt' differential list in a visible section is an uncertain diagnosis.")

C("d131-pseudogikt-fragetecken-avd", "skane", "F", "1936-12-08", [
    N("n1", M, "Daganteckning", "ksd_med_avd", "Sofia Lindelöf", L,
      "2024-01-30 11:20", "2024-01-30 13:45", SV, [
          ("Aktuellt", "Inlagd pga pneumoni, nu ny smärta i vä handled sedan natten."),
          ("Status", "Vä handled svullen och varm, smärtsam rörlighet. Rtg handled: kondrokalcinos i TFCC."),
          ("Bedömning", "Pseudogikt? Kortisoninjektion i leden övervägs efter konsult med reumatolog."),
      ])], [A102], [],
  "A bare question mark after the diagnosis ('Pseudogikt?') is a hedge in a visible section.")

C("d131-vaskulit-kan-ej-uteslutas", "vgr", "M", "1958-04-23", [
    N("n1", M, "Inskrivningsanteckning", "nu_med", "Erik Dahlqvist", L,
      "2024-06-03 17:05", "2024-06-03 18:20", SV, [
          ("Aktuellt", "Inkommer med purpura på underbenen sedan 5 dagar, ledvärk i fotlederna och mörk urin."),
          ("Status", "Palpabel purpura bilat underben upp till knänivå. BT 162/95. U-sticka: blod 3+, protein 2+. Krea 168 (tidigare 90)."),
          ("Bedömning", "Vaskulit kan ej uteslutas. ANCA, anti-GBM, komplement och hepatitserologi skickade, kontakt med njurjour imorgon."),
      ])], [A102], [],
  "'Vaskulit kan ej uteslutas' keeps the diagnosis open and must not be read as a negation.")

C("d131-gpa-fragestallning-konsult", "skane", "M", "1971-08-14", [
    N("n1", M, "Konsultationsanteckning", "lund_reuma", "Petra Nyholm", L,
      "2024-02-27 15:30", None, SV, [
          ("Konsultation", "Kallad till ÖNH-avd för pat med kronisk sinuit, blodig snuva och nytillkommen sadelnäsa."),
          ("Bedömning", "Frågeställning granulomatos med polyangit. PR3-ANCA och lungrtg skickas, biopsi från nässeptum tas av ÖNH."),
      ])], [A102], [],
  "'Frågeställning GPA' in an unsigned consultation draft is a hypothesis in a visible section.")

C("d131-reaktiv-artrit-talar-for", "vgr", "M", "1994-03-02", [
    N("n1", M, "Läkaranteckning", "molndal_reuma", "Oskar Tidblad", L,
      "2024-03-14 08:50", "2024-03-14 11:10", OV, [
          ("Anamnes", "Campylobacterenterit i slutet av januari efter resa till Thailand. Två veckor senare svullet vä knä och smärta i hö häl."),
          ("Status", "Ledutgjutning vä knä, ömhet vid hö akillessenefäste. Inga hudutslag, ingen uretrit."),
          ("Bedömning", "Bilden talar för reaktiv artrit. Ledpunktion med steroidinjektion i knät idag, NSAID vid behov."),
      ])], [A102], [],
  "'talar för reaktiv artrit' is a hedged diagnosis, not a confirmed one.")

C("d131-dermatomyosit-forenlig", "skane", "F", "1962-10-29", [
    N("n1", M, "Läkaranteckning", "lund_hud", "Lina Abrahamsson", L,
      "2024-04-22 13:15", "2024-04-22 14:00", OV, [
          ("Status", "Lila erytem periorbitalt, Gottrons papler över MCP- och PIP-leder, V-tecken på bröstet. Svårt att resa sig ur sittande utan stöd."),
          ("Bedömning", "CK 4200. Förenlig med dermatomyosit. Remiss reumatologen akut, myositantikroppar skickade."),
      ])], [A102], [],
  "'Förenlig med dermatomyosit' (adjective without -t) is a hedge on a diagnosis in a visible section.")

C("d131-lofgren-inger-misstanke-typo", "vgr", "M", "1988-06-17", [
    N("n1", M, "Mottagningsanteckning", "sahl_lung", "Gustav Ehn", L,
      "2024-05-06 10:00", "2024-05-06 10:55", OV, [
          ("Aktuellt", "Ömmande röda knölar på båda smalbenen och svullna fotleder sedan 3 v. Lätt torrhosta."),
          ("Utredning", "Rtg pulm: bilaterala hilusadenopatier, lungparenkym ua. ACE 95."),
          ("Bedömning", "Bilden inger misstanke om sarkiodos av Löfgrens typ. Bronkoskopi med EBUS planeras."),
      ])], [A102], [],
  "Typo 'sarkiodos' inside 'inger misstanke om' is still a hedged diagnosis in a visible section.")

C("d131-psa-bild-som-vid", "skane", "F", "1983-01-25", [
    N("n1", M, "Läkaranteckning", "ksd_reuma", "Amir Haddad", L,
      "2024-09-10 14:20", "2024-09-10 15:35", OV, [
          ("Status", "Daktylit dig III vä fot, nagelgropar på flera fingrar, psoriasisplack i hårbotten. Entesit vid vä hälsena."),
          ("Bedömning", "Bild som vid psoriasisartrit. Start med sulfasalazin, uppföljning ssk-mottagning om 6 v."),
      ])], [A102], [],
  "'Bild som vid psoriasisartrit' is an uncertain diagnosis in a visible section.")

C("d131-axspa-kan-rora-sig-om", "vgr", "M", "1997-02-08", [
    N("n1", M, "Mottagningsanteckning", "sks_reuma", "Frida Holmstedt", L,
      "2024-10-01 09:15", "2024-10-01 10:30", OV, [
          ("Anamnes", "Ryggsmärta sedan 2 år, värst på natten och bättre av rörelse. Morbror har Bechterew."),
          ("Bedömning", "HLA-B27 positiv, CRP 12. Kan röra sig om axial spondylartrit, MR av SI-leder beställs."),
      ])], [A102], [],
  "'Kan röra sig om axial spondylartrit' is the patient's hypothesis; the uncle's disease is a confirmed family fact.")

C("d131-ssc-ssk-telefon-misstanke", "skane", "F", "1975-09-12", [
    N("n1", M, "Telefonanteckning", "malmo_reuma", "Camilla Sjöberg", S,
      "2024-03-28 10:45", "2024-03-28 10:58", OV, [
          ("Telefonkontakt", "Pat ringer om vita och blå fingrar i kyla och stramare hud på händerna. Ssk har konfererat med dr Ingvarsson som har misstanke om systemisk skleros. Pat får tid på läkarmottagningen 11/4, kapillärmikroskopi och lab tas samma dag."),
      ])], [A102], [A101],
  "A nurse relays the doctor's 'misstanke om systemisk skleros' in a visible telephone note.")

C("d131-sle-missankt-typo", "vgr", "F", "1998-07-21", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Johanna Wikström", L,
      "2024-02-06 15:00", "2024-02-06 16:10", OV, [
          ("Bedömning", "Missänkt SLE – polyartralgi, fjärilsexantem efter solexposition, ANA 1:1280 med homogent mönster och anti-dsDNA 210. Hydroxiklorokin insätts."),
      ])], [A102], [],
  "Typo 'Missänkt' for misstänkt before SLE in a visible Bedömning.")

C("d131-tb-reaktivering-under-tnf", "skane", "M", "1969-03-15", [
    N("n1", M, "Inskrivningsanteckning", "malmo_inf", "Viktor Bengtsson", L,
      "2024-07-15 16:40", "2024-07-15 18:00", SV, [
          ("Anamnes", "Seropositiv RA, adalimumab sedan 2021. Två månaders feber, nattsvettningar och viktnedgång 6 kg, nu hosta."),
          ("Status", "Temp 38,4. Nedsatta andningsljud hö bas. DT thorax: kavitet i hö ovanlob."),
          ("Bedömning", "Misstänkt reaktivering av tuberkulos under TNF-hämmare. Luftburen isolering, sputum för mikroskopi och PCR x 3, Humira sätts ut."),
      ])], [A102], [],
  "Suspected TB reactivation under a biologic is a hedged diagnosis; the known RA is confirmed.")

C("d131-pcp-efter-rituximab-trolig", "vgr", "F", "1955-12-03", [
    N("n1", M, "Daganteckning", "sahl_lung", "Ingrid Malm", L,
      "2024-01-17 12:30", "2024-01-17 14:15", SV, [
          ("Bedömning", "Trolig pneumocystispneumoni hos pat med GPA som fick rituximab i december utan PCP-profylax. Ground glass bilat på DT, LD förhöjt, saturation 88 % i vila."),
          ("Åtgärd", "Högdos trimetoprim-sulfa iv, bronkoskopi med BAL imorgon om pat tolererar."),
      ])], [A102], [],
  "'Trolig pneumocystispneumoni' as an infection complication of rituximab is a hedged diagnosis.")

C("d131-barn-iga-vaskulit-sannolikt", "vgr", "M", "2017-05-22", [
    N("n1", M, "Akutanteckning", "dss_akut", "Hanna Lundgren", L,
      "2024-04-03 19:20", "2024-04-03 20:45", OV, [
          ("Aktuellt", "Pojke 6 år, förkyld förra veckan. Nu prickigt utslag på ben och skinkor, ont i magen och svullna fotleder. Mamma med."),
          ("Status", "Palpabel purpura på nates och bilat underben. Buk mjuk, diffust öm. Fotleder lätt svullna bilat. U-sticka: blod 1+, protein neg."),
          ("Bedömning", "Sannolikt IgA-vaskulit (Henoch-Schönleins purpura). Hem med Alvedon, urinkontroll varje vecka i 6 mån via vårdcentralen."),
      ])], [A102], [],
  "Child under 13 (guardian reads the journal): 'Sannolikt IgA-vaskulit' in a visible section.")

C("d131-barn-sjia-mas-mojligt", "skane", "F", "2015-02-14", [
    N("n1", M, "Daganteckning", "lund_barn", "Emma Rosenqvist", L,
      "2024-08-21 10:10", "2024-08-21 11:30", SV, [
          ("Bedömning", "Känd systemisk JIA sedan 2022. Nu hög feber i 4 dygn, fallande Tpk (98), ferritin 12 400 och fibrinogen 1,1. Möjligt makrofagaktiveringssyndrom."),
          ("Åtgärd", "Metylprednisolon iv, kontakt med barnreumatolog på Karolinska för ställningstagande till anakinra."),
      ])], [A102], [],
  "Known JIA is confirmed, but 'Möjligt makrofagaktiveringssyndrom' is a new hedged diagnosis in a child's visible note.")

C("d131-gikt-trolgi-typo-ystad", "skane", "M", "1960-01-10", [
    N("n1", M, "Akutanteckning", "ystad_akut", "Mats Olander", L,
      "2024-06-29 03:40", "2024-06-29 04:15", OV, [
          ("Aktuellt", "Vaknade i natt av kraftig smärta i hö stortå, kan inte ha täcket på."),
          ("Status", "MTP I hö svullen, blankröd och extremt palpationsöm. Afebril."),
          ("Bedömning", "Trolgi giktattack. Colchicin enl schema, uratnivå om 4 v via VC."),
      ])], [A102], [],
  "Typo 'Trolgi' (trolig) before a gout attack in a visible Bedömning.")

C("d131-diagnos-sokord-pmr-fragetecken", "vgr", "F", "1949-08-05", [
    N("n1", M, "Mottagningsanteckning", "alingsas_med", "Karl Stenmark", L,
      "2024-11-05 11:00", "2024-11-05 11:20", OV, [
          ("Diagnos", "Polymyalgia reumatica?"),
          ("Planering", "Prov-behandling Prednisolon 15 mg, tel-kontakt om 1 v."),
      ])], [A102], [],
  "A one-line Diagnos sökord with a question mark is an uncertain diagnosis in a visible section.")

C("d131-lang-ra-eller-handartros-oklart", "vgr", "F", "1946-04-17", [
    N("n1", M, "Inskrivningsanteckning", "kungalv_med", "Petra Sjölund", L,
      "2024-09-23 13:30", "2024-09-23 16:10", SV, [
          ("Inskrivningsorsak", "Inläggs för smärtlindring och utredning av tilltagande värk och svullnad i båda händerna, pat bor ensam och klarar inte längre ADL."),
          ("Anamnes", "Tidigare frisk bortsett från hypertoni och hypotyreos. Besvär sedan ca 4 mån, framför allt i fingrarnas yttre leder men senaste mån även i grundlederna. Morgonstelhet ca 45 min. Ingen feber, ingen psoriasis i släkten. Läkemedel: Levaxin 100 µg, Amlodipin 5 mg."),
          ("Status", "AT: gott, afebril. Cor: RR, inga blåsljud, BT 148/84. Pulm: ua. Leder: Heberdens knutor dig II–V bilat, mjukdelssvullnad och ömhet MCP 2–3 hö, PIP 3 vä. Handleder ua. Fötter: ömhet vid kompression av MTP-raden vä. Inga reumatoida noduli."),
          ("Lab", "CRP 22, SR 35, Hb 118. RF neg, anti-CCP neg. Urat 310."),
          ("Bedömning", "Oklart om det rör sig om seronegativ RA eller erosiv handartros med inflammatorisk aktivitet. Rtg händer och fötter samt ultraljud av MCP-lederna beställt."),
          ("Planering", "Paracetamol 1 g x 4, kortvarigt Prednisolon 10 mg. Arbetsterapeut bedömer handfunktion och hjälpmedel. Reumakonsult under vårdtiden."),
      ])], [A102], [],
  "Long admission chart: 'Oklart om det rör sig om seronegativ RA eller erosiv handartros' in Bedömning.")

C("d131-statinmyosit-kan-inte-uteslutas", "skane", "M", "1954-11-28", [
    N("n1", M, "Läkaranteckning", "hbg_med", "Leila Karimi", L,
      "2024-05-20 09:00", "2024-05-20 10:40", OV, [
          ("Aktuellt", "Simvastatin sedan 3 år. Sedan 2 mån tilltagande svaghet i lår, svårt att gå i trappor. Statinen utsatt för 5 v sedan utan förbättring."),
          ("Status", "Proximal svaghet benen 4-/5, armarna 4/5. Inga hudförändringar. CK 8900."),
          ("Bedömning", "Immunmedierad nekrotiserande myosit kan inte uteslutas. Anti-HMGCR och myositpanel skickade, MR lår och remiss till neurofysiologen för EMG."),
      ])], [A102], [],
  "'kan inte uteslutas' (written out) after immune-mediated necrotising myositis keeps it as a hypothesis.")

C("d131-arbetshypotes-pmr", "vgr", "M", "1950-06-06", [
    N("n1", M, "Läkaranteckning", "nal_reuma", "Anders Brunnberg", L,
      "2024-12-02 14:45", None, OV, [
          ("Bedömning", "Arbetshypotes: PMR. Ingen huvudvärk eller synpåverkan. Prednisolon 20 mg, sedan nedtrappning enl PM. Skelettskydd med kalk/D-vitamin och alendronat."),
      ])], [A102], [A101],
  "'Arbetshypotes: PMR' in an unsigned draft names an unconfirmed diagnosis in a visible section.")

C("d131-epikris-lakemedelslupus-typo", "vgr", "F", "1952-03-09", [
    N("n1", M, "Epikris", "sks_reuma", "Sara Lindblad", L,
      "2024-10-18 13:00", "2024-10-18 15:20", SV, [
          ("Epikris", "Inlagd 4 dagar pga pleuritsmärta, feber och ledvärk. Hydralazin sedan 1 år pga svårbehandlad hypertoni. ANA pos, anti-histon-ak pos, anti-dsDNA neg. Pleuravätska: exsudat."),
          ("Diagnos", "Trol. läkemedelsutlös lupus (hydralazin)."),
          ("Åtgärd", "Hydralazin utsatt, ersatt med doxazosin. Prednisolon 20 mg med nedtrappning över 4 v."),
      ])], [A102], [],
  "Discharge summary with typo 'läkemedelsutlös' and 'Trol.' in the Diagnos sökord.")

C("d131-septisk-artrit-ej-uteslutet", "skane", "M", "1957-10-19", [
    N("n1", M, "Akutanteckning", "malmo_akut", "Johan Ek", L,
      "2024-08-08 20:30", "2024-08-08 21:40", OV, [
          ("Bedömning", "Uratkristaller i ledvätskan från hö knä, men LPK i ledvätskan 78 000 och pat har protes i andra knät. Septisk artrit ej uteslutet – inläggs, odlingar tagna, kloxacillin iv i väntan på svar."),
      ])], [A102], [],
  "'ej uteslutet' looks like a negation but keeps septic arthritis open: a hedged diagnosis.")

C("d131-vgr-tidiga-men-lacker-i-bedomning", "vgr", "F", "1959-07-07", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Petter Hjalmarsson", L,
      "2024-03-19 10:20", "2024-03-19 12:00", OV, [
          ("Tidiga hypoteser", "Ihållande parotissvullnad hö, monoklonal komponent och lågt C4 – misstänkt MALT-lymfom, biopsisvar inväntas."),
          ("Aktuellt", "Känd pSS sedan 2016. Svullnad under hö öra sedan 3 mån, ingen smärta."),
          ("Bedömning", "Misstänkt lymfom i hö parotis, remiss ÖNH för finnålspunktion och biopsi."),
      ])], [A102], [],
  "VGR: the hypothesis is put under sökord Tidiga hypoteser but repeated in the visible Bedömning.")

C("d131-barn-kawasaki-stark-misstanke", "skane", "F", "2021-09-30", [
    N("n1", M, "Akutanteckning", "malmo_barnakut", "Nora Persson", L,
      "2024-02-10 16:00", None, OV, [
          ("Aktuellt", "Flicka 2 år. Feber sedan 6 dagar trots antibiotika. Röda ögon, spruckna läppar, irritabel."),
          ("Status", "Bilat konjunktival injektion utan sekret, jordgubbstunga, svullna händer och fötter, lymfkörtel 2 cm hö hals. CRP 142, Tpk 520, albumin 27."),
          ("Bedömning", "Stark misstanke om Kawasakis sjukdom. Inläggs barnavd, ekokardiografi idag, IVIG och ASA enligt PM."),
      ])], [A102], [],
  "'Stark misstanke om' is still a suspicion, not a diagnosis; toddler, guardian reads.")

C("d131-uveit-sannolkit-sarkoidos-typo", "vgr", "F", "1990-05-12", [
    N("n1", M, "Mottagningsanteckning", "molndal_ogon", "Annika Wernersson", L,
      "2024-06-11 08:30", "2024-06-11 09:45", OV, [
          ("Status", "Granulomatösa precipitat bilat, snöbollsopaciteter i glaskroppen vä. Tryck 16/17."),
          ("Bedömning", "Bilateral intermediär och främre uveit. Sannolkit sarkoidos, ACE förhöjt. Remiss för DT thorax och lungmedicinsk bedömning."),
      ])], [A102], [],
  "Typo 'Sannolkit' before sarcoidosis; the uveitis itself is confirmed.")

C("d131-ssk-susp-baltros-jak", "skane", "M", "1967-04-03", [
    N("n1", M, "Telefonanteckning", "lund_reuma", "Malin Truedsson", S,
      "2024-07-02 08:25", "2024-07-02 08:50", OV, [
          ("Telefonkontakt", "Pat med RA, står på Xeljanz. Ringer pga smärtsamma blåsor i bälte runt hö bröstkorg sedan igår. Susp. bältros. Ssk konfererat med jourhavande reumatolog: Xeljanz pausas, recept valaciklovir skickat. Pat ringer vid feber eller ögonbesvär."),
      ])], [A102], [],
  "Rheumatology nurse's phone note: 'Susp. bältros' under a JAK inhibitor is a hedged diagnosis.")

# =====================================================================
# NL102 negatives
# =====================================================================

C("d131-neg-ingen-misstanke-gca-ogon", "vgr", "F", "1953-01-18", [
    N("n1", M, "Mottagningsanteckning", "molndal_ogon", "Tobias Kron", L,
      "2024-02-13 13:30", "2024-02-13 14:20", OV, [
          ("Aktuellt", "Remiss från VC: flimmer i vä öga, huvudvärk."),
          ("Status", "Visus 1,0 bilat. Papiller skarpt avgränsade, ingen blekhet. Temporalis pulserar bilat, ej ömma."),
          ("Bedömning", "Ingen misstanke om jättecellsarterit, SR 12 och CRP < 1. Synfenomenet bedöms som migränaura."),
      ])], [], [A102, A101],
  "'Ingen misstanke om jättecellsarterit' is a negation; the other diagnosis is stated as settled.")

C("d131-neg-pmr-avskrivs-rotatorkuff", "skane", "M", "1955-02-26", [
    N("n1", M, "Läkaranteckning", "trelleborg_med", "Petra Ahlgren", L,
      "2024-04-16 10:10", "2024-04-16 11:00", OV, [
          ("Bedömning", "Den initiala misstanken om PMR avskrivs. Normal SR och CRP vid upprepade prov och UL axlar visar bilat supraspinatusruptur, vilket förklarar besvären."),
          ("Planering", "Remiss ortoped, sjukgymnastik. Prednisolon trappas ut på 2 v."),
      ])], [], [A102],
  "'misstanken om PMR avskrivs' contains the suspicion word but the diagnosis is dropped.")

C("d131-neg-gikt-uteslutes-cppd", "vgr", "F", "1940-10-10", [
    N("n1", M, "Läkaranteckning", "sas_med", "Linnea Gren", L,
      "2024-03-07 09:30", "2024-03-07 10:15", OV, [
          ("Bedömning", "Polarisationsmikroskopi: rikligt med CPPD-kristaller, inga uratkristaller. Gikt uteslutes. Diagnos: akut CPPD-artrit (pseudogikt) i vä knä."),
          ("Åtgärd", "Intraartikulär injektion Depo-Medrol 40 mg. Kontroll vid behov."),
      ])], [], [A102],
  "Gout is ruled out and pseudogout is crystal-proven: no hedged diagnosis remains.")

C("d131-neg-mor-troligen-ra", "skane", "F", "1972-06-01", [
    N("n1", M, "Läkaranteckning", "ksd_reuma", "Ulrika Berg", L,
      "2024-05-27 14:00", "2024-05-27 14:50", OV, [
          ("Anamnes", "Hereditet: mor hade troligen RA, moster med psoriasis. Pat har själv ont i knäna vid trappgång sedan flera år."),
          ("Status", "Krepitationer bilat knän, ingen ledutgjutning, inga synoviter i händer eller fötter."),
          ("Bedömning", "Knäartros bilat, inga tecken på inflammatorisk ledsjukdom. Anti-CCP och RF negativa. Åter till VC."),
      ])], [], [A102],
  "The only hedged diagnosis ('troligen RA') belongs to the mother, not the patient.")

C("d131-neg-ev-remiss-ogon-sjogren", "vgr", "F", "1961-11-11", [
    N("n1", M, "Sjuksköterskeanteckning", "sahl_reuma", "Birgitta Olausson", S,
      "2024-08-27 13:00", "2024-08-27 13:35", OV, [
          ("Aktuellt", "Primärt Sjögrens syndrom sedan 2018. Besöker ssk-mottagningen för uppföljning av munhåla och ögon."),
          ("Åtgärd", "Råd om tårersättning utan konserveringsmedel och fluorskölj. Ev. remiss till ögonkliniken om ögonbesvären inte lättar inom 2 mån."),
      ])], [], [A102],
  "'Ev.' hedges a referral (a plan); the Sjögren diagnosis is established.")

C("d131-neg-trolig-utskrivning-gpa", "skane", "M", "1963-05-05", [
    N("n1", M, "Daganteckning", "lund_reuma_avd", "Daniel Fors", L,
      "2024-11-14 11:30", None, SV, [
          ("Aktuellt", "GPA med lung- och njurengagemang, dag 6. Fått andra dosen rituximab i går utan reaktion."),
          ("Status", "Saturation 96 % utan syrgas. Krea 142, sjunkande. Hb 98."),
          ("Planering", "Trolig utskrivning i morgon om stabilt Hb. PCP-profylax Bactrim, Prednisolon nedtrappning enligt schema."),
      ])], [], [A102],
  "'Trolig utskrivning' hedges a discharge date, not a diagnosis; GPA is confirmed.")

C("d131-neg-eventuellt-ultraljud-ra", "vgr", "F", "1980-12-20", [
    N("n1", M, "Mottagningsanteckning", "sks_reuma", "Mikael Öst", L,
      "2024-04-25 15:10", "2024-04-25 16:00", OV, [
          ("Aktuellt", "Seropositiv RA sedan 2019, Olumiant 4 mg. Mår bra, lite morgonstelhet i händerna."),
          ("Status", "DAS28-CRP 2,4. Ingen svullen led, ömhet hö handled."),
          ("Planering", "Eventuellt ultraljud av handlederna vid nästa besök. Fortsatt samma behandling, lab var 3:e mån."),
      ])], [], [A102],
  "'Eventuellt ultraljud' is a hedged examination, not a hedged diagnosis.")

C("d131-neg-om-feber-pausa-enbrel", "skane", "M", "1977-08-08", [
    N("n1", M, "Telefonanteckning", "ksd_reuma", "Agneta Nilsson", S,
      "2024-06-18 09:05", "2024-06-18 09:20", OV, [
          ("Telefonkontakt", "Pat med ankyloserande spondylit på etanercept ringer inför resa till Spanien. Om feber över 38,5 eller tecken på infektion ska han pausa sprutan och kontakta vården på plats. Intyg om medicinering hämtas i receptionen."),
      ])], [], [A102],
  "Conditional safety advice ('Om feber ... tecken på infektion') is no hypothesis about the patient.")

C("d131-neg-pmo-trol-pmr-vc", "skane", "F", "1950-03-03", [
    N("n1", P, "Läkaranteckning", "vc_nasby", "Karin Möller", L,
      "2024-03-11 10:30", "2024-03-11 11:10", OV, [
          ("Bedömning", "Trol. PMR. Prednisolon 15 mg, kontroll SR/CRP om 2 v. Remiss reumatologen om inte snabb effekt."),
      ])], [], [A102],
  "PMO primary care note: PMO never shows diagnoses, so a hedged PMR does not fire.")

C("d131-neg-pmo-susp-gikt-telefon", "skane", "M", "1966-07-14", [
    N("n1", P, "Telefonkontakt", "vc_trelleborg", "Lotta Hed", S,
      "2024-09-02 08:10", "2024-09-02 08:20", OV, [
          ("Telefonkontakt", "Ringer pga svullen, röd stortå sedan i morse. Susp gikt. Får akuttid hos dr imorgon 08:20, kyla och högläge tills dess."),
      ])], [], [A102],
  "PMO telephone note with 'Susp gikt' is never shown as a diagnosis.")

C("d131-neg-skane-tidiga-hypoteser-mall", "skane", "F", "1957-02-17", [
    N("n1", M, "Tidiga hypoteser", "lund_reuma", "Eva Granqvist", L,
      "2024-05-14 16:15", "2024-05-14 16:30", OV, [
          ("Bedömning", "Misstänkt paramalign dermatomyosit med tanke på anti-TIF1γ-positivitet och viktnedgång. DT thorax-buk och mammografi beställt innan detta tas upp med pat."),
      ])], [], [A102, A101],
  "Skåne: the whole note uses the protected template Tidiga hypoteser, so the hypothesis is hidden.")

C("d131-neg-vgr-tidiga-sokord-igg4", "vgr", "M", "1960-09-09", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Fredrik Alm", L,
      "2024-10-08 09:50", "2024-10-08 11:30", OV, [
          ("Aktuellt", "Svullna tårkörtlar och submandibulariskörtlar bilat sedan ett halvår. Astma sedan tidigare."),
          ("Status", "Symmetrisk, fast svullnad av glandula submandibularis bilat. Inga synoviter."),
          ("Tidiga hypoteser", "Kan röra sig om IgG4-relaterad sjukdom, IgG4 i serum 4,2 g/L. Lymfom behöver också övervägas."),
          ("Planering", "Biopsi från submandibularis via ÖNH. Återbesök när PAD finns."),
      ])], [], [A102],
  "VGR: the hedge sits only under sökord Tidiga hypoteser; visible sections hold findings and plans.")

C("d131-neg-biopsiverifierad-gca-actemra", "vgr", "F", "1945-05-30", [
    N("n1", M, "Sjuksköterskeanteckning", "sahl_infusion", "Jessica Andersson", S,
      "2024-07-09 10:00", "2024-07-09 10:40", OV, [
          ("Aktuellt", "Biopsiverifierad jättecellsarterit sedan 2023, i remission. Kommer för RoActemra-injektion och lab."),
          ("Åtgärd", "Injektion given sc i buken. Lab: CRP < 1, ALAT 0,6, neutrofila 2,9. Nästa kontroll om 4 v."),
      ])], [], [A102],
  "A biopsy-verified diagnosis in remission is confirmed, with no hedge.")

C("d131-neg-septisk-kan-uteslutas", "skane", "M", "1982-04-21", [
    N("n1", M, "Läkaranteckning", "hbg_ort", "Nils Svedberg", L,
      "2024-02-22 13:40", "2024-02-22 14:10", SV, [
          ("Bedömning", "Septisk artrit kan uteslutas då ledvätskeodlingen är negativ efter 72 h och pat är afebril med sjunkande CRP. Kvarstående svullnad förklaras av aktiv psoriasisartrit."),
      ])], [], [A102],
  "'kan uteslutas' (without ej) is a ruling-out, the mirror image of 'kan ej uteslutas'.")

C("d131-neg-talar-emot-sle", "vgr", "F", "1993-03-28", [
    N("n1", M, "Läkaranteckning", "molndal_reuma", "Therese Vikström", L,
      "2024-09-17 14:30", "2024-09-17 15:15", OV, [
          ("Utredning", "ANA svagt positiv 1:160, speckled. Anti-dsDNA, anti-Sm och ENA-screen negativa. C3, C4, blodstatus och urinsticka ua."),
          ("Bedömning", "Sammantaget talar kliniken och labbilden emot SLE. Ledvärken bedöms som hypermobilitetsrelaterad. Ingen uppföljning på reumatologen."),
      ])], [], [A102],
  "'talar ... emot SLE' argues against the diagnosis; it is not a hypothesis.")

C("d131-neg-inga-tecken-vaskulit-hud", "skane", "M", "1985-10-02", [
    N("n1", M, "Läkaranteckning", "lund_hud", "Oskar Fridh", L,
      "2024-03-26 11:00", "2024-03-26 11:35", OV, [
          ("Bedömning", "PAD visar spongiotisk dermatit med eosinofiler. Inga tecken på vaskulit. Diagnos: läkemedelsexantem orsakat av amoxicillin, som sätts ut."),
      ])], [], [A102],
  "'Inga tecken på vaskulit' is a negated diagnosis; the drug rash is stated as settled.")

C("d131-neg-misstanker-missad-mtx", "vgr", "F", "1970-09-18", [
    N("n1", M, "Sjuksköterskeanteckning", "nal_reuma", "Hanna Pettersson", S,
      "2024-05-02 14:15", "2024-05-02 14:45", OV, [
          ("Aktuellt", "RA sedan 2012. Ökande ledsvullnad senaste halvåret trots oförändrad MTX-dos."),
          ("Bedömning", "Misstänker att pat hoppar över metotrexatdoser pga illamående dagen efter. Samtal om följsamhet, folsyra ökas till dagligen utom MTX-dagen. Dr informerad."),
      ])], [], [A102],
  "'Misstänker' is about adherence to methotrexate, not about a disease.")

C("d131-neg-oklart-om-prednisolon-tagen", "skane", "F", "1938-08-22", [
    N("n1", M, "Omvårdnadsanteckning", "ksd_med_avd", "Jenny Holm", S,
      "2024-12-09 13:10", "2024-12-09 13:30", SV, [
          ("Aktuellt", "PMR sedan 2022. Pat något förvirrad i förmiddags, oklart om hon tagit sin Prednisolon hemma i morse. Dottern kontrollerar dosetten."),
          ("Åtgärd", "Dr kontaktad, dos ges på avd i dag."),
      ])], [], [A102],
  "'oklart om' concerns whether a dose was taken, not a diagnosis.")

C("d131-neg-fragetecken-pa-aterbesok", "vgr", "M", "1974-12-12", [
    N("n1", M, "Läkaranteckning", "sas_med", "Ola Bergkvist", L,
      "2024-10-22 10:40", None, OV, [
          ("Bedömning", "Psoriasisartrit, väl kontrollerad på sekukinumab. Inga svullna leder, PASI 1."),
          ("Planering", "Återbesök om 6 mån? Alternativt telefonuppföljning via ssk om pat föredrar. Lab enl PM."),
      ])], [], [A102],
  "The question mark hedges the follow-up interval; the PsA diagnosis is confirmed.")

C("d131-neg-ingen-missanke-typo-reaktiv", "vgr", "F", "1999-01-09", [
    N("n1", M, "Akutanteckning", "sahl_akut", "Ebba Strand", L,
      "2024-08-15 18:25", "2024-08-15 19:10", OV, [
          ("Bedömning", "Ingen missanke om reaktiv artrit – ingen föregående infektion och ingen ledsvullnad. Knäsmärtan bedöms som patellofemoralt smärtsyndrom efter löpträning."),
      ])], [], [A102],
  "Typo 'Ingen missanke om' is still a negation of reactive arthritis.")

C("d131-neg-tidigare-sarkoidos-avskriven", "skane", "M", "1978-06-25", [
    N("n1", M, "Mottagningsanteckning", "lund_lung", "Per Hallin", L,
      "2024-11-26 09:00", "2024-11-26 09:40", OV, [
          ("Anamnes", "Utreddes 2021 för misstänkt sarkoidos efter förstorade hiluskörtlar; bronkoskopi utan granulom och misstanken avskrevs. Körtlarna har gått i regress."),
          ("Aktuellt", "Kontroll-DT idag helt normal. Avslutas från lungmottagningen."),
      ])], [], [A102],
  "A past suspicion that was explicitly dropped ('misstanken avskrevs') is no current hypothesis.")

C("d131-neg-hedge-pa-fynd-och-plan", "vgr", "F", "1985-04-14", [
    N("n1", M, "Mottagningsanteckning", "sks_reuma", "Sanna Ljungberg", L,
      "2024-06-25 13:20", "2024-06-25 14:05", OV, [
          ("Status", "Möjligen lätt svullnad över MCP 2 hö, svårbedömt. Övriga leder utan synovit. Ingen daktylit."),
          ("Bedömning", "Känd psoriasisartrit, lågaktiv. Trol. behövs ingen ändring av Cosentyx."),
      ])], [], [A102],
  "Hedges sit on a soft-tissue finding and on a treatment decision; the diagnosis is known.")

C("d131-neg-barn-jia-plan-hedgar", "vgr", "F", "2016-10-03", [
    N("n1", M, "Läkaranteckning", "dss_barn", "Magnus Eliasson", L,
      "2024-03-05 10:00", "2024-03-05 11:15", OV, [
          ("Aktuellt", "Oligoartikulär JIA sedan 2021, ANA-positiv. Nu åter svullet hö knä sedan 3 v."),
          ("Planering", "Ev. ledinjektion i narkos, planeras till april. Trolig ögonscreening via ögonmottagningen samma vecka. Föräldrarna tar ställning till om de vill vänta till efter påsklovet."),
      ])], [], [A102],
  "Child with confirmed JIA: 'Ev.' and 'Trolig' hedge procedures, not diagnoses.")

C("d131-neg-pmo-hemsjukvard-ev-pseudogikt", "skane", "F", "1931-05-05", [
    N("n1", P, "Omvårdnadsanteckning", "hsv_ystad", "Gunilla Persson", S,
      "2024-01-11 14:30", "2024-01-11 15:00", OV, [
          ("Aktuellt", "Vid hembesök svullen och öm vä handled. Ev. pseudogikt enligt dr Bengtsson som konfererats per telefon."),
          ("Åtgärd", "Kylpåse, Alvedon 1 g x 3. Läkarbesök i hemmet bokas till torsdag."),
      ])], [], [A102],
  "PMO home-care nursing note: a hedged diagnosis in PMO is not shown.")

C("d131-neg-acr-eular-uppfyllda", "skane", "F", "1987-12-31", [
    N("n1", M, "Läkaranteckning", "malmo_reuma", "Hampus Rydberg", L,
      "2024-02-01 09:20", "2024-02-01 10:30", OV, [
          ("Bedömning", "Uppfyller ACR/EULAR 2010-kriterierna med 8 poäng. Diagnos seropositiv reumatoid artrit (M05.9) ställs idag. Start metotrexat 15 mg/v med folsyra."),
      ])], [], [A102, A101],
  "A diagnosis set on classification criteria is confirmed; nothing hedged, nothing about telling.")

C("d131-neg-lang-vgr-tidiga-lymfkortlar", "vgr", "M", "1964-02-29", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Rasmus Falk", L,
      "2024-04-30 13:00", None, OV, [
          ("Aktuellt", "Remiss från VC pga feber i 3 v, nattsvett och förstorade lymfkörtlar på halsen. Tidigare frisk, arbetar som elektriker. Inga utlandsresor senaste året, ingen känd TB-exposition."),
          ("Status", "AT: trött men opåverkad, temp 38,1. Lymfkörtlar 2–3 cm, fasta, oömma på hö halssida och i vä axill. Cor/pulm: ua. Buk: mjälten palpabel 2 cm under arcus. Hud: inga utslag. Leder: inga synoviter."),
          ("Lab", "Hb 112, LPK 3,1, Tpk 140, CRP 58, LD 640, ACE 48, Ca 2,61."),
          ("Tidiga hypoteser", "DD: lymfom, sarkoidos, tuberkulos. Lymfom bedöms mest angeläget att utesluta."),
          ("Bedömning", "Feber och generell lymfkörtelförstoring med påverkan på blodbilden, utredning behöver ske skyndsamt."),
          ("Planering", "DT hals-thorax-buk i morgon, därefter excisionsbiopsi av halskörtel via ÖNH. Quantiferon och HIV-test tas idag efter samtycke. Åter på mottagningen när PAD finns, ca 10 dagar."),
      ])], [], [A102],
  "Long VGR chart: the differential sits only under Tidiga hypoteser; visible Bedömning names findings only.")

C("d131-neg-pmo-dd-ra-artros", "skane", "F", "1964-11-22", [
    N("n1", P, "Besöksanteckning", "vc_eslov", "Anders Palm", L,
      "2024-10-14 15:45", "2024-10-14 16:10", OV, [
          ("Bedömning", "Svullna PIP-leder bilat, morgonstelhet 20 min. DD RA/artros. Tar RF, anti-CCP och CRP, rtg händer."),
      ])], [], [A102],
  "PMO GP note with a 'DD' list: PMO never shows diagnoses.")

C("d131-neg-bror-ev-bechterew", "vgr", "M", "2000-08-17", [
    N("n1", M, "Mottagningsanteckning", "alingsas_med", "Tove Ramsell", L,
      "2024-07-23 11:10", "2024-07-23 11:50", OV, [
          ("Anamnes", "Bror har ev. Bechterew, utreds på Borås. Pat själv har psoriasis sedan tonåren och oroar sig för ledsjukdom."),
          ("Status", "Ryggrörlighet normal, Schober 5 cm. Inga entesiter. Inga svullna leder."),
          ("Bedömning", "Inga tecken på psoriasisartrit eller spondylartrit idag. Åter vid nya besvär."),
      ])], [], [A102],
  "The hedged Bechterew belongs to the brother; the patient's own joint diagnoses are negated.")

C("d131-neg-gca-utsluts-typo", "skane", "F", "1951-09-14", [
    N("n1", M, "Läkaranteckning", "lund_ogon", "Cecilia Brandt", L,
      "2024-05-29 10:05", "2024-05-29 10:50", OV, [
          ("Bedömning", "Jättecellsarterit utsluts – temporalisbiopsin 2,5 cm utan inflammation och PET-DT utan kärlupptag. Synnedsättningen vä beror på icke-arteritisk AION. Prednisolon sätts ut."),
      ])], [], [A102],
  "Typo 'utsluts' (utesluts): GCA is ruled out, the remaining diagnosis is stated as fact.")

# =====================================================================
# NL101 positives: diagnosis in a visible section, patient not (yet) told
# =====================================================================

C("d131-101-gca-biopsi-ej-nadd", "vgr", "F", "1944-06-02", [
    N("n1", M, "Telefonanteckning", "molndal_reuma", "Elisabet Hägg", L,
      "2024-03-21 15:20", "2024-03-21 15:35", OV, [
          ("Telefonkontakt", "PAD temporalisbiopsi hö: jättecellsarterit med granulomatös inflammation och jätteceller. Ringt pat två gånger utan svar, pat ej informerad ännu. Nytt försök i morgon förmiddag, Prednisolon 40 mg fortsätter oförändrat."),
      ])], [A101], [A102],
  "Biopsy-proven GCA written in a visible phone note while the patient could not be reached and is not informed.")

C("d131-101-malt-lymfom-ej-besked", "skane", "F", "1958-10-15", [
    N("n1", M, "Läkaranteckning", "lund_reuma", "Henrik Saxén", L,
      "2024-06-10 11:00", "2024-06-10 11:50", OV, [
          ("Utredning", "PAD från hö parotis: extranodalt marginalzonslymfom (MALT-lymfom) hos pat med känt pSS."),
          ("Planering", "Pat har ännu inte fått besked om lymfomet. Samtal bokat fredag 14/6 tillsammans med hematolog, kontaktssk utsedd."),
      ])], [A101], [],
  "MALT lymphoma in Sjögren written in an ordinary note; 'ännu inte fått besked'.")

C("d131-101-ild-ssc-ej-meddelat", "vgr", "F", "1968-03-30", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Kristoffer Lind", L,
      "2024-04-29 14:00", None, OV, [
          ("Utredning", "HRCT thorax: interstitiell lungsjukdom av NSIP-typ basalt bilat. Spirometri: FVC 68 % av förväntat, DLCO 52 %."),
          ("Bedömning", "Systemisk skleros (diffus form) med nytillkommen ILD. Fyndet har inte meddelats pat, tas upp vid besöket 14/5 då även lungläkare deltar."),
      ])], [A101], [],
  "Unsigned draft: new ILD in systemic sclerosis stated in Bedömning, 'har inte meddelats pat'.")

C("d131-101-latent-tb-ssk", "skane", "M", "1981-07-07", [
    N("n1", M, "Sjuksköterskeanteckning", "malmo_reuma", "Rebecka Åkesson", S,
      "2024-08-13 09:30", "2024-08-13 10:05", OV, [
          ("Aktuellt", "Screening inför start av biologiska läkemedel pga Bechterew."),
          ("Åtgärd", "QuantiFERON positivt, tolkas av dr Lindqvist som latent tuberkulos. Pat ej informerad – dr ringer pat i morgon och skickar remiss till infektionskliniken. Start av Cimzia skjuts upp."),
      ])], [A101], [],
  "TB screening before a biologic: latent tuberculosis recorded by the nurse while the patient is not informed.")

C("d131-101-genomgangen-hepatit-b", "vgr", "M", "1956-01-31", [
    N("n1", M, "Läkaranteckning", "sas_med", "Jesper Ottosson", L,
      "2024-02-15 16:00", "2024-02-15 16:45", OV, [
          ("Bedömning", "Screening inför rituximab: anti-HBc positiv, HBsAg negativ, HBV-DNA ej påvisbart – genomgången hepatit B. Pat inte informerad om detta än; tas upp vid infusionsbesöket tillsammans med profylax med entekavir."),
      ])], [A101], [],
  "Past hepatitis B found at pre-rituximab screening, 'Pat inte informerad om detta än'.")

C("d131-101-lupusnefrit-klass-iv", "skane", "F", "1995-08-08", [
    N("n1", M, "Läkaranteckning", "lund_njur", "Maja Forslund", L,
      "2024-09-04 13:10", "2024-09-04 14:00", OV, [
          ("Bedömning", "Njurbiopsi: lupusnefrit ISN/RPS klass IV-G (A) med aktiva lesioner. Pat ej informerad om biopsisvaret, önskar själv att få det vid återbesök tillsammans med sin sambo på torsdag."),
      ])], [A101], [],
  "Lupus nephritis class IV in a visible Bedömning; patient not yet told (by her own wish).")

C("d131-101-aa-amyloidos-ra", "vgr", "F", "1949-12-24", [
    N("n1", M, "Läkaranteckning", "sks_reuma", "Gösta Nyman", L,
      "2024-01-25 10:30", "2024-01-25 11:40", OV, [
          ("Aktuellt", "Långvarig RA med hög inflammatorisk aktivitet under många år. Proteinuri 3 g/dygn."),
          ("Utredning", "Bukfettsbiopsi: Kongorött positivt, immunhistokemi visar AA-amyloidos."),
          ("Planering", "Pat känner ännu inte till svaret. Kallas till läkarbesök nästa vecka, remiss njurmedicin skickas samtidigt."),
      ])], [A101], [],
  "AA amyloidosis in long-standing RA is written visibly; 'Pat känner ännu inte till svaret'.")

C("d131-101-lungcancer-vid-dermatomyosit", "skane", "M", "1952-05-11", [
    N("n1", M, "Läkaranteckning", "lund_reuma", "Robert Tell", L,
      "2024-07-24 12:00", "2024-07-24 12:55", OV, [
          ("Bedömning", "Dermatomyosit sedan mars, anti-TIF1γ positiv. Biopsi från förändringen i vä överlob visar adenokarcinom."),
          ("Planering", "Pat ej informerad om cancerbeskedet än. Lungläkare och undertecknad tar samtalet tillsammans på onsdag, anhörig får gärna följa med."),
      ])], [A101], [],
  "Paraneoplastic setting: lung adenocarcinoma written in a visible note before the patient is told.")

C("d131-101-pah-hogerkateter-typo", "vgr", "F", "1960-04-04", [
    N("n1", M, "Läkaranteckning", "sahl_kardio", "Anneli Fransson", L,
      "2024-05-16 15:30", "2024-05-16 16:15", OV, [
          ("Utredning", "Högerkateterisering: mPAP 38 mmHg, PCWP 9, PVR 5,2 WU. Bekräftar pulmonell arteriell hypertension associerad med systemisk skleros."),
          ("Bedömning", "Pat ännu inte underättad om resultatet, informeras av reumatolog och PAH-team vid gemensamt besök."),
      ])], [A101], [],
  "Typo 'underättad' (underrättad): confirmed PAH in SSc, patient not yet told.")

C("d131-101-dottern-vill-inte", "skane", "F", "1935-11-03", [
    N("n1", M, "Daganteckning", "ksd_med_avd", "Lars Tornqvist", L,
      "2024-05-08 11:45", "2024-05-08 12:30", SV, [
          ("Aktuellt", "88-årig kvinna med demens, inlagd pga huvudvärk och synnedsättning."),
          ("Bedömning", "Temporalisbiopsi bekräftar jättecellsarterit. Dottern önskar att pat inte informeras om diagnosen då hon blir mycket orolig; pat har ännu inte fått veta."),
      ])], [A101], [],
  "At a relative's request the patient must not be told, while the GCA diagnosis stands in a visible section.")

C("d131-101-avvaktar-ssc-psykiatri", "vgr", "F", "1984-02-15", [
    N("n1", M, "Läkaranteckning", "alingsas_med", "Jenny Carlberg", L,
      "2024-11-19 14:20", "2024-11-19 15:30", OV, [
          ("Bedömning", "Diagnosen systemisk skleros (begränsad kutan form) är nu fastställd efter kapillärmikroskopi och positiva anticentromerantikroppar. Avvaktar med att informera pat om diagnosen tills kontakt med psykiatrin har etablerats, pga nyligen genomgången suicidal kris."),
      ])], [A101], [],
  "'Avvaktar med att informera pat om diagnosen' next to a settled SSc diagnosis in a visible section.")

C("d131-101-antisyntetas-infomerad-typo", "skane", "M", "1970-10-20", [
    N("n1", M, "Läkaranteckning", "malmo_reuma", "Nadia Salem", L,
      "2024-03-13 16:30", "2024-03-13 17:00", SV, [
          ("Bedömning", "Anti-Jo1 positiv, mekanikerhänder, myosit och ILD: antisyntetassyndrom. Pat ej infomerad, får besked på mottagningen i morgon."),
      ])], [A101], [],
  "Typo 'infomerad': antisynthetase syndrome stated while the patient is not yet informed.")

C("d131-101-ssk-njurbiopsi-per-telefon", "vgr", "M", "1947-01-19", [
    N("n1", M, "Telefonanteckning", "sahl_njur", "Elin Marklund", S,
      "2024-10-10 09:40", "2024-10-10 09:55", OV, [
          ("Telefonkontakt", "Pat ringer och frågar efter svaret på njurbiopsin. Svaret visar ANCA-associerad pauciimmun glomerulonefrit. Ssk lämnar ej besked per telefon, pat ej informerad; dr Olofsson ringer upp i eftermiddag."),
      ])], [A101], [],
  "The nurse writes the biopsy diagnosis in the phone note but withholds it from the patient on the phone.")

C("d131-101-caputnekros-typo", "skane", "F", "1989-06-21", [
    N("n1", M, "Läkaranteckning", "hbg_ort", "Fredrik Nord", L,
      "2024-06-05 10:20", "2024-06-05 11:05", OV, [
          ("Aktuellt", "SLE, långvarig högdos kortison 2022. Ljumsksmärta bilat senaste 3 mån."),
          ("Utredning", "MR bäcken: avaskulär caputnekros bilat, Ficat stadium II hö, III vä."),
          ("Planering", "Pat har inte infomerats om fyndet. Ortopedmottagningen kallar för genomgång och operationsplanering, reumatologen meddelas."),
      ])], [A101], [],
  "Typo 'infomerats': steroid-induced avascular necrosis written visibly, patient not informed.")

C("d131-101-pml-under-rituximab", "vgr", "M", "1953-09-09", [
    N("n1", M, "Daganteckning", "sahl_neuro", "Nils Blomgren", L,
      "2024-08-28 12:15", "2024-08-28 13:30", SV, [
          ("Bedömning", "JC-virus-PCR positiv i likvor och typiska vitsubstansförändringar på MR – diagnos progressiv multifokal leukoencefalopati hos pat behandlad med rituximab för RA-vaskulit. Pat ej informerad p.g.a. afasi och sänkt medvetandegrad; anhöriga kallas till samtal i morgon kl 13."),
      ])], [A101], [],
  "PML under rituximab recorded visibly while the patient, aphasic, has not been informed.")

C("d131-101-tva-anteckningar-forsta-undanhaller", "skane", "F", "1976-02-02", [
    N("n1", M, "Läkaranteckning", "malmo_reuma", "Ingrid Lövgren", L,
      "2024-05-06 14:00", "2024-05-06 14:40", OV, [
          ("Bedömning", "Hudbiopsi och anti-RNA-polymeras III visar systemisk skleros med diffus hudutbredning. Pat ej informerad ännu, jag vill ge beskedet personligen och inte per telefon."),
      ]),
    N("n2", M, "Mottagningsanteckning", "malmo_reuma", "Ingrid Lövgren", L,
      "2024-05-08 10:00", "2024-05-08 10:50", OV, [
          ("Samtal", "Pat informerad på mottagningen om diagnosen och behandlingsplan med mykofenolat. Hon tog beskedet sansat och har fått skriftlig information."),
      ]),
], [A101], [],
  "Two notes: the first one states diffuse SSc as untold; the later disclosure does not make the first compliant.")

C("d131-101-behcet-ska-inte-meddelas", "skane", "M", "1991-11-30", [
    N("n1", M, "Läkaranteckning", "lund_reuma", "Sami Yilmaz", L,
      "2024-09-26 13:30", None, OV, [
          ("Bedömning", "Återkommande munsår, genitala sår och positivt patergitest: Behçets sjukdom. Diagnosen ska inte meddelas pat förrän ögonundersökningen är gjord på måndag."),
      ])], [A101], [],
  "'ska inte meddelas pat förrän' – a must-not-tell-yet statement beside Behçet's disease (unsigned draft).")

C("d131-101-lang-epikris-mpa", "vgr", "M", "1949-05-17", [
    N("n1", M, "Epikris", "nu_med", "Hugo Lindahl", L,
      "2024-06-14 10:00", "2024-06-14 12:20", SV, [
          ("Inskrivningsorsak", "Allmänpåverkan, feber och stigande kreatinin."),
          ("Epikris", "75-årig man som inkom via akuten med 3 veckors feber, trötthet, myalgier och viktnedgång. Vid ankomst krea 310 (tidigare 95), U-sticka med blod 3+ och protein 2+, CRP 120. Lungrtg utan infiltrat. MPO-ANCA kraftigt förhöjt, PR3 neg, anti-GBM neg. Behandlad med metylprednisolon 500 mg x 3 följt av Prednisolon 60 mg, samt första dos cyklofosfamid 15 mg/kg iv. Krea sjönk under vårdtiden till 240. Njurbiopsi utförd dag 4, PAD kom efter utskrivningen och visar pauciimmun nekrotiserande halvmånebildande glomerulonefrit."),
          ("Diagnos", "Mikroskopisk polyangit med njurengagemang (M31.7)."),
          ("Information", "Pat har ännu inte informerats om den slutliga diagnosen eftersom PAD blev klart efter hemgång; han kallas till njurmottagningen på måndag för besked."),
          ("Uppföljning", "Lab 2 ggr/v via VC, Bactrim profylax, kalk/D-vit och PPI. Nästa cyklofosfamiddos om 2 veckor på dagvården."),
      ])], [A101], [A102],
  "Long discharge summary: microscopic polyangiitis in Diagnos while 'ännu inte informerats om den slutliga diagnosen'.")

C("d131-101-barn-lupusnefrit", "vgr", "F", "2012-12-01", [
    N("n1", M, "Läkaranteckning", "dss_barn", "Sofie Almqvist", L,
      "2024-03-12 15:00", "2024-03-12 15:45", OV, [
          ("Bedömning", "Njurbiopsin visar lupusnefrit klass III. Varken flickan eller föräldrarna är informerade ännu; samtal bokat på barnreumatologen med kurator närvarande på tisdag."),
      ])], [A101], [],
  "Child under 13 whose guardians read the journal: lupus nephritis written before anyone was told.")

C("d131-101-kutan-vaskulit-informerd-typo", "vgr", "F", "1977-09-27", [
    N("n1", M, "Läkaranteckning", "sahl_hud", "Karl-Johan Berg", L,
      "2024-04-17 11:15", "2024-04-17 12:00", OV, [
          ("Bedömning", "PAD från underbenet: leukocytoklastisk vaskulit med IgA-depositioner vid immunfluorescens. Pat inte informerd om svaret, kallas till hudmottagningen nästa vecka. Urinsticka och krea tas innan dess."),
      ])], [A101], [],
  "Typo 'informerd': biopsy-confirmed cutaneous vasculitis, patient not told.")

C("d131-101-osteoporotisk-kotfraktur", "skane", "F", "1942-07-08", [
    N("n1", M, "Läkaranteckning", "trelleborg_med", "Ann-Sofie Kling", L,
      "2024-10-29 16:00", "2024-10-29 16:30", OV, [
          ("Aktuellt", "PMR med Prednisolon sedan 2 år. Ryggsmärta efter att ha lyft en blomkruka."),
          ("Utredning", "Rtg ländrygg: kotkompressionsfraktur L1 med 30 % höjdreduktion, osteoporotisk."),
          ("Planering", "Pat vet ännu inte om frakturen då svaret kom efter besöket. Ringer henne i morgon, DXA och start av zoledronsyra planeras."),
      ])], [A101], [],
  "Steroid-related osteoporotic fracture written visibly; 'Pat vet ännu inte om frakturen'.")

C("d131-101-kardiell-sarkoidos", "vgr", "M", "1973-03-03", [
    N("n1", M, "Läkaranteckning", "sahl_kardio", "Marcus Widell", L,
      "2024-08-06 13:00", None, OV, [
          ("Utredning", "MR hjärta med sen gadoliniumuppladdning basalt septalt och FDG-PET med fokalt upptag: kardiell sarkoidos hos pat med känd lungsarkoidos."),
          ("Bedömning", "Pat ej informerad om hjärtengagemanget. Kardiolog och reumatolog informerar gemensamt vid besöket den 22/8, ICD-indikation bedöms samtidigt."),
      ])], [A101], [],
  "Unsigned draft: cardiac sarcoidosis in a visible section, patient not informed about the cardiac involvement.")

C("d131-101-hepatit-c-infusion-installd", "skane", "F", "1980-01-13", [
    N("n1", M, "Sjuksköterskeanteckning", "lund_infusion", "Karolina Mårtensson", S,
      "2024-11-07 08:45", "2024-11-07 09:30", OV, [
          ("Aktuellt", "Kommer för första infusionen med tocilizumab."),
          ("Åtgärd", "Infusionen ställs in på ordination av dr Håkansson: screeningprov visar kronisk hepatit C (HCV-RNA positivt). Pat har inte fått veta orsaken ännu, fick besked att läkaren ringer i eftermiddag."),
      ])], [A101], [],
  "Infusion nurse records chronic hepatitis C while the patient 'har inte fått veta' yet.")

C("d131-101-melanom-under-infliximab", "vgr", "M", "1965-06-16", [
    N("n1", M, "Läkaranteckning", "sahl_hud", "Linda Sundin", L,
      "2024-09-12 14:40", "2024-09-12 15:20", OV, [
          ("Bedömning", "PAD från excision vä skulderblad: malignt melanom, Breslow 1,4 mm. Pat står på infliximab för Crohn och axial SpA. Pat ännu ej informerad, kallas till hudkliniken på torsdag för besked och planering av utvidgad excision."),
      ])], [A101], [],
  "Melanoma under a TNF inhibitor written visibly while 'Pat ännu ej informerad'.")

C("d131-101-diagnos-sokord-gpa", "vgr", "M", "1966-02-10", [
    N("n1", M, "Läkaranteckning", "nal_reuma", "Erika Sand", L,
      "2024-01-12 11:30", "2024-01-12 11:45", OV, [
          ("Diagnos", "M31.3 Granulomatos med polyangit"),
          ("Planering", "Pat ej informerad om diagnosen, informeras av ansvarig läkare på måndag innan behandlingsstart."),
      ])], [A101], [],
  "Short note: GPA in the Diagnos sökord, Planering says the patient is not informed about the diagnosis.")

C("d131-101-vgr-tidiga-och-bedomning", "vgr", "F", "1956-07-19", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Ida Ström", L,
      "2024-02-28 10:00", "2024-02-28 10:50", OV, [
          ("Tidiga hypoteser", "PAD från hö parotis: MALT-lymfom. Pat ej informerad, samtal planerat med hematologen."),
          ("Bedömning", "MALT-lymfom i hö parotis hos pat med pSS, pat ännu inte underrättad om PAD-svaret. Remiss hematologen skickad."),
      ])], [A101], [],
  "VGR: the untold lymphoma is in Tidiga hypoteser but also repeated, untold, in the visible Bedömning.")

C("d131-101-sklerodermirenal-kris-ej-mottaglig", "skane", "F", "1971-04-25", [
    N("n1", M, "Daganteckning", "lund_reuma_avd", "Tove Lagerlöf", L,
      "2024-12-03 09:30", "2024-12-03 10:40", SV, [
          ("Aktuellt", "Systemisk skleros sedan 2 år, inkom med BT 210/120, huvudvärk och stigande krea."),
          ("Bedömning", "Sklerodermirenal kris. Pat kraftigt påverkad och bedöms just nu inte kunna ta emot besked om njurkrisen; informeras när hon stabiliserats. Kaptopril upptitreras, kontakt med njurjour för ev. dialys."),
      ])], [A101], [],
  "Scleroderma renal crisis written visibly, patient judged unable to receive the news and not yet told.")

C("d131-101-storkarlsvaskulit-aortit-pet", "vgr", "F", "1957-03-22", [
    N("n1", M, "Läkaranteckning", "sks_reuma", "Vendela Krantz", L,
      "2024-04-09 14:10", "2024-04-09 14:55", OV, [
          ("Aktuellt", "Känd jättecellsarterit sedan i höstas, nu smygande ryggvärk och ihållande förhöjd SR trots 10 mg Prednisolon."),
          ("Utredning", "PET-DT: ökat FDG-upptag i hela aorta thoracalis och båda aa. subclaviae, storkärlsvaskulit med aortit."),
          ("Planering", "Pat inte informerad om aortiten än, vill ta det vid återbesöket den 18/4 tillsammans med förslag om tocilizumab."),
      ])], [A101], [],
  "Newly found aortitis in known GCA recorded visibly while 'Pat inte informerad om aortiten än'.")

C("d131-101-hydroxiklorokinretinopati", "skane", "F", "1963-09-05", [
    N("n1", M, "Läkaranteckning", "lund_ogon", "Jakob Wirén", L,
      "2024-10-15 09:20", "2024-10-15 10:00", OV, [
          ("Status", "OCT: parafoveal förtunning av yttre retinala skikt bilat. Synfält 10-2 med parafoveala defekter."),
          ("Bedömning", "Hydroxiklorokinretinopati hos pat med SLE efter 14 års behandling. Pat har inte fått besked ännu; reumatologen kontaktas först om utsättning och alternativ behandling."),
      ])], [A101], [],
  "Drug-induced retinopathy stated in a visible Bedömning before the patient has been told.")

C("d131-101-igg4-sialadenit-oinformerad", "vgr", "M", "1955-10-30", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Fredrik Alm", L,
      "2024-11-21 15:00", "2024-11-21 15:30", OV, [
          ("Utredning", "PAD submandibularis: storiform fibros, obliterativ flebit och > 50 IgG4-positiva plasmaceller/HPF. IgG4-relaterad sialadenit."),
          ("Planering", "Pat fortfarande oinformerad om PAD, nås ej per telefon idag. Brev med kallelse till läkarbesök skickas."),
      ])], [A101], [],
  "'oinformerad' (one word) while a biopsy-proven IgG4-related disease stands in a visible section.")

C("d131-overlapp-inte-otankbart", "skane", "F", "1986-06-19", [
    N("n1", M, "Mottagningsanteckning", "malmo_reuma", "Nadia Salem", L,
      "2024-08-29 10:00", "2024-08-29 11:15", OV, [
          ("Aktuellt", "Raynaud, svullna fingrar och ledvärk sedan ett år, nu också trötthet och lätt andfåddhet vid trappgång."),
          ("Utredning", "Anti-U1-RNP kraftigt positiv, ANA 1:2560 speckled. CK 420. Spirometri normal."),
          ("Bedömning", "Inte otänkbart att det rör sig om blandad bindvävssjukdom (MCTD). Ekokardiografi och HRCT beställs för att värdera hjärta och lungor."),
      ])], [A102], [],
  "'Inte otänkbart att det rör sig om' MCTD is a hedge without any of the common hedge words.")

C("d131-vuxen-still-ter-sig-som", "vgr", "F", "1991-02-27", [
    N("n1", M, "Inskrivningsanteckning", "sahl_reuma_avd", "Linnea Åhman", L,
      "2024-01-08 18:30", "2024-01-08 20:05", SV, [
          ("Aktuellt", "Tre veckors dagliga febertoppar till 39,5, laxfärgat utslag under febern, halsont och ledvärk i knän och handleder."),
          ("Status", "Flyktigt makulöst exantem på bålen. Lätt förstorade halskörtlar. Mjälten ej palpabel."),
          ("Lab", "Ferritin 9800, LPK 21, neutrofili, ALAT 2,1. Odlingar negativa hittills."),
          ("Bedömning", "Ter sig som vuxen-Stills sjukdom; infektion och lymfom ska dock uteslutas först. DT thorax-buk och benmärg planeras."),
      ])], [A102], [],
  "'Ter sig som vuxen-Stills sjukdom' is a clinical hypothesis; 'ska uteslutas' refers to other diseases.")

# =====================================================================
# NL101 negatives
# =====================================================================

C("d131-101n-gca-informerad-idag", "vgr", "F", "1943-02-20", [
    N("n1", M, "Telefonanteckning", "molndal_reuma", "Simon Ekdahl", L,
      "2024-04-11 13:15", "2024-04-11 13:30", OV, [
          ("Telefonkontakt", "PAD från temporalisbiopsin bekräftar jättecellsarterit. Pat informerad om diagnosen idag per telefon och att Prednisolon ska fortsätta med långsam nedtrappning. Återbesök om 4 v."),
      ])], [], [A101, A102],
  "The patient is told the biopsy diagnosis in the same note.")

C("d131-101n-sle-besked-vid-tidigare-besok", "skane", "F", "1990-11-16", [
    N("n1", M, "Mottagningsanteckning", "lund_reuma", "Ebba Wahlgren", L,
      "2024-07-04 10:00", "2024-07-04 10:45", OV, [
          ("Aktuellt", "SLE diagnostiserat i april, pat fick beskedet vid besöket 3/4 av dr Åberg. Nu uppföljning efter 3 mån på Plaquenil."),
          ("Status", "Inga synoviter, inget exantem. Munsår saknas."),
          ("Bedömning", "Lågaktiv SLE, SLEDAI 2. Fortsätter Plaquenil 200 mg x 2, ögonkontroll om ett år."),
      ])], [], [A101],
  "The diagnosis was communicated at an earlier visit.")

C("d131-101n-datum-rituximab-ej-klart", "vgr", "M", "1959-10-01", [
    N("n1", M, "Sjuksköterskeanteckning", "sahl_infusion", "Maria Lorentzon", S,
      "2024-03-01 14:00", "2024-03-01 14:20", OV, [
          ("Aktuellt", "Seropositiv RA, ska byta till rituximab efter otillräcklig effekt av två TNF-hämmare."),
          ("Planering", "Pat ej informerad om datum för första infusionen ännu då schemat inte är klart. Ssk återkommer per telefon nästa vecka."),
      ])], [], [A101],
  "What is not yet told is an infusion date, not a diagnosis.")

C("d131-101n-remiss-ej-meddelad", "skane", "M", "1946-03-19", [
    N("n1", M, "Läkaranteckning", "hbg_med", "Kerstin Fagerberg", L,
      "2024-06-20 11:00", "2024-06-20 11:30", OV, [
          ("Aktuellt", "PMR sedan hösten, Prednisolon nu 7,5 mg. Klagar på dimsyn."),
          ("Planering", "Remiss till ögonkliniken för synbedömning skickad i dag; pat ännu ej underrättad om att remissen gått iväg, ssk ringer."),
      ])], [], [A101],
  "The untold item is that a referral was sent; the PMR diagnosis is known to the patient.")

C("d131-101n-normalt-lungrtg-ej-meddelat", "vgr", "F", "1973-05-09", [
    N("n1", M, "Läkaranteckning", "sks_reuma", "Robin Axelsson", L,
      "2024-02-08 09:10", "2024-02-08 09:30", OV, [
          ("Bedömning", "Psoriasisartrit, stabil på Humira. Lungröntgen inför fortsatt behandling normal. Pat ej meddelad om svaret ännu, skickas via 1177."),
      ])], [], [A101],
  "The untold thing is a normal chest X-ray, not a diagnosis.")

C("d131-101n-skane-tidiga-mall-lymfom", "skane", "F", "1962-08-30", [
    N("n1", M, "Tidiga hypoteser", "lund_reuma", "Henrik Saxén", L,
      "2024-10-03 15:00", "2024-10-03 15:10", OV, [
          ("Bedömning", "Parotisbiopsin har visat MALT-lymfom. Pat ej informerad – beskedet ges av hematolog och reumatolog gemensamt nästa vecka."),
      ])], [], [A101, A102],
  "Skåne: the untold diagnosis is kept in a note written in the protected template Tidiga hypoteser.")

C("d131-101n-vgr-tidiga-sokord-coloncancer", "vgr", "M", "1951-12-05", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Hannes Björk", L,
      "2024-09-30 13:40", "2024-09-30 14:30", OV, [
          ("Aktuellt", "Dermatomyosit, kontroll efter PET-DT."),
          ("Tidiga hypoteser", "PET-DT visar upptag i colon ascendens och koloskopi med biopsi visar adenokarcinom. Pat ej informerad, kirurg och onkolog planerar gemensamt besked."),
          ("Planering", "Provsvar inkomna, samtal bokas med pat inom en vecka."),
      ])], [], [A101],
  "VGR: the untold cancer is only under sökord Tidiga hypoteser; visible sections hold no untold diagnosis.")

C("d131-101n-maken-ska-inte-veta", "skane", "F", "1979-10-23", [
    N("n1", M, "Läkaranteckning", "malmo_reuma", "Patrik Juhl", L,
      "2024-04-04 14:30", "2024-04-04 15:15", OV, [
          ("Bedömning", "Diagnosen systemisk skleros med begränsad kutan utbredning fastställd. Pat informerad om diagnosen och prognos. Hon önskar att maken inte informeras ännu, vilket respekteras."),
      ])], [], [A101],
  "The patient is told; only her husband is not.")

C("d131-101n-inget-om-information-ra", "vgr", "F", "1969-07-11", [
    N("n1", M, "Mottagningsanteckning", "nal_reuma", "Anders Brunnberg", L,
      "2024-08-20 10:15", "2024-08-20 10:50", OV, [
          ("Bedömning", "Seropositiv RA sedan 2015, stabil på metotrexat 20 mg/v. DAS28 2,1. Inga biverkningar, lab ua."),
          ("Planering", "Oförändrad behandling. Ssk-uppföljning om 6 mån, läkarbesök om 1 år."),
      ])], [], [A101, A102],
  "A confirmed diagnosis with nothing said about informing the patient.")

C("d131-101n-andra-anteckningen-informerar", "vgr", "F", "1994-04-27", [
    N("n1", M, "Läkaranteckning", "sahl_njur", "Jesper Nord", L,
      "2024-07-01 16:00", "2024-07-01 16:30", OV, [
          ("Bedömning", "Njurbiopsi: lupusnefrit klass III med aktiva lesioner. Pat är ännu inte informerad, besked ges på mottagningen på onsdag."),
      ]),
    N("n2", M, "Mottagningsanteckning", "sahl_njur", "Jesper Nord", L,
      "2024-07-03 09:00", "2024-07-03 09:55", OV, [
          ("Bedömning", "Pat informerad idag om biopsisvaret och att det rör sig om lupusnefrit. Induktionsbehandling med mykofenolat och Prednisolon påbörjas, hon har fått skriftlig information."),
      ]),
], [], [("NL101", "n2")],
  "Two notes: the later note (n2) tells the patient, so n2 itself is compliant.")

C("d131-101n-biopsisvar-vantas", "skane", "F", "1947-09-19", [
    N("n1", M, "Läkaranteckning", "hbg_med", "Leila Karimi", L,
      "2024-02-20 10:30", None, OV, [
          ("Aktuellt", "Temporalisbiopsi tagen i fredags, svar inte klart ännu. Huvudvärken har avtagit sedan kortisonstart."),
          ("Planering", "Pat informeras per telefon när svaret kommit. Fortsatt Prednisolon 50 mg tills vidare."),
      ])], [], [A101],
  "Nothing diagnostic is withheld: the result is still pending.")

C("d131-101n-normal-biopsi-ej-meddelad", "vgr", "M", "1952-08-13", [
    N("n1", M, "Läkaranteckning", "molndal_reuma", "Jonna Hedlund", L,
      "2024-11-12 15:10", "2024-11-12 15:40", OV, [
          ("Bedömning", "Känd PMR sedan 2023. Temporalisbiopsi pga ny huvudvärk visar ingen arterit. Pat ej informerad om biopsisvaret ännu, meddelas via 1177 i morgon."),
      ])], [], [A101],
  "Hard negative: the untold result is a normal biopsy; the known PMR is not what is withheld.")

C("d131-101n-pat-och-dotter-informerade", "skane", "M", "1950-01-22", [
    N("n1", M, "Daganteckning", "lund_reuma_avd", "Aron Hellström", L,
      "2024-06-26 13:00", "2024-06-26 13:45", SV, [
          ("Bedömning", "GPA med lungnoduli och sinusengagemang, PR3-ANCA 180. Pat och dotter informerade om diagnosen GPA, om behandlingen med rituximab och om infektionsrisken."),
      ])], [], [A101],
  "Patient and daughter were both told the diagnosis.")

C("d131-101n-ny-infusionstid-ej-nadd", "skane", "F", "1954-12-28", [
    N("n1", M, "Telefonanteckning", "lund_infusion", "Sara Friberg", S,
      "2024-09-05 11:20", "2024-09-05 11:30", OV, [
          ("Telefonkontakt", "Jättecellsarterit, behandlas med Actemra. Infusionen 12/9 måste flyttas pga personalbrist. Pat ej informerad om den nya tiden, når henne inte. Skickar brev och nytt försök att ringa på måndag."),
      ])], [], [A101],
  "The patient is not told a new appointment time; the GCA diagnosis is long known.")

C("d131-101n-sjogren-meddelad-via-1177", "vgr", "F", "1971-03-14", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Lovisa Eng", L,
      "2024-05-23 16:10", "2024-05-23 16:40", OV, [
          ("Bedömning", "Läppspottkörtelbiopsin visar fokal lymfocytär sialoadenit med focus score 2. Tillsammans med anti-SSA uppfylls kriterierna för primärt Sjögrens syndrom. Pat meddelad via 1177-meddelande idag, telefontid bokad för frågor."),
      ])], [], [A101],
  "The diagnosis is communicated through a 1177 message the same day.")

C("d131-101n-infomerad-typo-axspa", "skane", "M", "1983-09-04", [
    N("n1", M, "Läkaranteckning", "ksd_reuma", "Erik Malmsten", L,
      "2024-03-18 13:00", "2024-03-18 13:50", OV, [
          ("Bedömning", "MR SI-leder visar aktiv sakroiliit bilat med benmärgsödem. Diagnos axial spondylartrit. Pat infomerad om diagnosen och om träningens betydelse, remiss fysioterapeut."),
      ])], [], [A101],
  "Typo 'infomerad' in a statement that the patient WAS told.")

C("d131-101n-biverkningsinfo-ej-given", "vgr", "F", "1988-01-17", [
    N("n1", M, "Sjuksköterskeanteckning", "sks_reuma", "Anneli Roos", S,
      "2024-10-24 15:00", "2024-10-24 15:25", OV, [
          ("Aktuellt", "Nydiagnostiserad RA, ska starta metotrexat."),
          ("Åtgärd", "Pat ej informerad om biverkningar och provtagningsschema ännu pga tidsbrist, ny tid hos ssk på fredag. Broschyr skickas hem."),
      ])], [], [A101],
  "What is not yet given is drug side-effect information, not a diagnosis.")

C("d131-101n-dosandring-ej-nadd", "vgr", "F", "1948-06-09", [
    N("n1", M, "Telefonanteckning", "sas_med", "Lotta Carlsson", S,
      "2024-01-29 14:50", "2024-01-29 15:00", OV, [
          ("Telefonkontakt", "PMR. Enligt dr Ottosson ska Prednisolon sänkas till 10 mg. Har inte nått pat angående dosändringen, två försök idag. Ringer igen i morgon."),
      ])], [], [A101],
  "A dose change is not yet communicated; nothing diagnostic is withheld.")

C("d131-101n-sarkoidos-meddelad-i-januari", "skane", "M", "1986-05-28", [
    N("n1", M, "Mottagningsanteckning", "lund_lung", "Malin Ekstrand", L,
      "2024-07-30 09:30", "2024-07-30 10:10", OV, [
          ("Aktuellt", "Diagnosen sarkoidos meddelades pat av undertecknad i januari. Kontroll efter 6 mån utan behandling."),
          ("Status", "Lungrtg med minskade hilusadenopatier. Spirometri normal. Inga hudförändringar."),
          ("Bedömning", "Sarkoidos stadium I i spontan regress. Ny kontroll om 1 år."),
      ])], [], [A101],
  "The sarcoidosis diagnosis was communicated months earlier.")

C("d131-101n-ej-info-om-nedtrappning", "skane", "F", "1946-11-11", [
    N("n1", M, "Läkaranteckning", "ksd_reuma", "Jakob Lindh", L,
      "2024-04-23 11:40", "2024-04-23 12:10", OV, [
          ("Bedömning", "Pat vet om sin jättecellsarterit sedan diagnosen i februari. Hon är ännu inte informerad om planen att trappa ner Prednisolon snabbare, det tas upp vid telefontid nästa vecka."),
      ])], [], [A101],
  "Hard negative: 'ännu inte informerad' refers to a tapering plan, and the diagnosis is known.")

C("d131-101n-barn-foraldrar-informerade", "vgr", "M", "2016-06-06", [
    N("n1", M, "Läkaranteckning", "dss_barn", "Ylva Hallberg", L,
      "2024-05-15 13:30", "2024-05-15 14:30", OV, [
          ("Bedömning", "Polyartikulär JIA, RF-negativ. Föräldrarna informerade om diagnosen och om planerad ögonscreening var tredje månad. Start metotrexat sc 15 mg/m²/v, ssk undervisar föräldrarna om injektionerna."),
      ])], [], [A101],
  "Child under 13: the guardians have been told the JIA diagnosis.")

C("d131-101n-paramalign-skyddad-dm-synlig", "vgr", "F", "1955-05-03", [
    N("n1", M, "Läkaranteckning", "sahl_reuma", "Maja Lundkvist", L,
      "2024-02-02 10:40", "2024-02-02 11:30", OV, [
          ("Tidiga hypoteser", "Misstänkt paraneoplastisk genes med tanke på anti-TIF1γ och ovanligt uttalad hudbild. Pat ej informerad om misstanken, utredning med PET-DT först."),
          ("Bedömning", "Dermatomyosit med hudengagemang och proximal svaghet. Start Prednisolon 50 mg och hydroxiklorokin."),
      ])], [], [A101, A102],
  "VGR: the untold cancer suspicion is only under Tidiga hypoteser; the visible dermatomyositis is not said to be withheld.")

C("d131-101n-barnen-vet-inte", "vgr", "M", "1964-08-31", [
    N("n1", M, "Läkaranteckning", "alingsas_med", "Olof Wendt", L,
      "2024-12-10 14:00", "2024-12-10 14:40", OV, [
          ("Bedömning", "Biopsiverifierad polyarteritis nodosa. Pat informerad om diagnosen i dag och vill själv berätta för sina barn, som ännu inte vet något."),
      ])], [], [A101],
  "Told patient; only his children do not know yet.")

C("d131-101n-lang-gpa-genomgangen", "vgr", "F", "1958-01-06", [
    N("n1", M, "Daganteckning", "sahl_reuma_avd", "Gustaf Helander", L,
      "2024-03-27 11:00", "2024-03-27 13:15", SV, [
          ("Aktuellt", "Dag 3 på avdelningen. Inlagd med hemoptys, sinuit och krea-stegring. PR3-ANCA 240, biopsi från näsan visar nekrotiserande granulomatös inflammation med vaskulit."),
          ("Status", "AT: piggare. Temp 37,2, BT 138/82, puls 78, saturation 95 % på 1 l O2. Pulm: krepitationer basalt hö. Näsa: krustor bilat. Hud: inga utslag. Ödem: lätta underben."),
          ("Lab", "Hb 101, LPK 12,4 (kortisoneffekt), Tpk 410, CRP 48 (från 160), krea 155 (från 190), U-sticka blod 2+."),
          ("Bedömning", "Granulomatos med polyangit med lung-, näs- och njurengagemang, svarar på pulsbehandling. Fortsatt Prednisolon 60 mg, första rituximabdosen given igår utan reaktion."),
          ("Information", "Diagnos och behandling genomgången med pat och maken i dag, pat har förstått och fått skriftlig information om vaskulit. Frågor om sjukskrivning besvarade."),
          ("Planering", "Rituximab dos 2 om en vecka. Bactrim 3 ggr/v, omeprazol, kalk/D. Hemgång planeras till helgen om fortsatt förbättring."),
      ])], [], [A101, A102],
  "Long inpatient chart with a settled GPA diagnosis that has been gone through with the patient.")

C("d131-101n-normalt-lab-ssk-sle", "skane", "F", "1985-07-30", [
    N("n1", M, "Telefonanteckning", "lund_reuma", "Therese Nilsson", S,
      "2024-06-03 13:20", "2024-06-03 13:30", OV, [
          ("Telefonkontakt", "SLE-pat, lab från i fredags: CRP, SR, blodstatus och urinsticka normala. Ej meddelat pat ännu – görs via 1177-meddelande i eftermiddag."),
      ])], [], [A101],
  "Untold item is a set of normal lab values in a patient with known SLE.")

C("d131-101n-utkast-gikt-besked-givet", "vgr", "M", "1961-03-21", [
    N("n1", M, "Akutanteckning", "nu_med", "Mira Sandberg", L,
      "2024-08-19 21:10", None, OV, [
          ("Bedömning", "Kristallundersökning visar uratkristaller, diagnos giktartrit i hö fotled. Pat har fått besked och information om kost, alkohol och uratsänkande behandling."),
      ])], [], [A101, A102],
  "Unsigned draft where the crystal-proven gout has already been told to the patient.")

C("d131-101n-negativ-pet-ej-meddelad", "skane", "F", "1961-01-27", [
    N("n1", M, "Läkaranteckning", "lund_reuma", "Klara Bodin", L,
      "2024-05-21 15:30", "2024-05-21 16:00", OV, [
          ("Bedömning", "Dermatomyosit sedan januari. PET-DT för malignitetsscreening utan patologiskt upptag, ingen malignitet påvisad. Pat ännu ej meddelad om det negativa svaret, ringer henne i morgon."),
      ])], [], [A101],
  "The untold item is a negative cancer screening; no diagnosis is withheld.")


# ---------------------------------------------------------------- validation
REQ_CASE = {"case", "ruleset", "record", "must", "must_not", "why"}
REQ_REC = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
REQ_NOTE = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if set(c) != REQ_CASE:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if not n.startswith("d131-"):
            errs.append("%s: bad prefix" % n)
        if n in names:
            errs.append("%s: duplicate name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        rec = c["record"]
        if set(rec) != REQ_REC:
            errs.append("%s: record keys" % n)
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m or m.group(1) != birth.replace("-", ""):
            errs.append("%s: pnr/birth mismatch" % n)
        else:
            digits = pid[2:8] + pid[9:13]
            if luhn_digit(digits[:9]) != int(digits[9]):
                errs.append("%s: Luhn" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        for when in [rec["as_of"]] + [x["time"] for x in rec["notes"]]:
            a = age_at(birth, when)
            if 13 <= a <= 15:
                errs.append("%s: patient aged %d" % (n, a))
        ids = {}
        for note in rec["notes"]:
            if set(note) != REQ_NOTE:
                errs.append("%s: note keys %s" % (n, sorted(note)))
            ids[note["id"]] = note
            for f in ("time", "signed"):
                v = note[f]
                if v is not None and not v.startswith("2024-"):
                    errs.append("%s: %s not 2024" % (n, f))
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append("%s: signed before time" % n)
            if note["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: section" % n)
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences:
                            errs.append("%s: sentence repeated (also in %s): %s" % (n, sentences[s], s))
                        sentences[s] = n
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s/%s asserted twice" % (n, code, target))
                seen.add((code, target))
                system = ids[target]["system"]
                if code == "NL102" and system != "Melior" and lst == "must":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and system == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (n, code))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
    return errs


def main():
    out = []
    for c in CASES:
        c = json.loads(json.dumps(c))
        for note in c["record"]["notes"]:
            note.pop("_unit_key", None)
        out.append(c)
    # PMO only on primary-care units; Melior never on them
    errs = []
    for c in CASES:
        for note in c["record"]["notes"]:
            is_pmo_unit = note["_unit_key"] in PMO_UNITS
            if is_pmo_unit != (note["system"] == "PMO"):
                errs.append("%s: system/unit mismatch" % c["case"])
    errs += validate(out)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in out:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
