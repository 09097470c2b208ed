#!/usr/bin/env python3
"""Independent test set (paediatrics and neonatology) for notelint NL101/NL102.

Standard library only, deterministic. Running it validates every case and writes
cases.jsonl next to this file in the devset format. Exits 1 on any problem.
Written from the regional routines and the rule definitions only.
"""
import datetime
import json
import os
import re
import sys

CASES = []

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_bumm_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4K7Q"),
    "sk_neo_lund": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-9N2D"),
    "sk_neo_hbg": ("Neonatalavdelningen, Helsingborgs lasarett", "SE2321000255-3H8N"),
    "sk_akut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7B1A"),
    "sk_avd_krist": ("Barn- och ungdomsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-2C6V"),
    "sk_diab_hbg": ("Barndiabetesmottagningen, Helsingborgs lasarett", "SE2321000255-5D3M"),
    "sk_neuro_lund": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8E4L"),
    "sk_bum_ystad": ("Barn- och ungdomsmottagningen, Ystad lasarett", "SE2321000255-1Y9S"),
    "sk_avd_malmo": ("Barnavdelning 5, Skånes universitetssjukhus Malmö", "SE2321000255-6M5B"),
    "sk_endo_lund": ("Barnendokrinologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-0T2E"),
    # Region Skåne, PMO (primary care, BVC)
    "sk_bvc_linero": ("BVC, Vårdcentralen Linero, Lund", "SE2321000255-P1L4"),
    "sk_bvc_nasby": ("BVC, Vårdcentralen Näsby, Kristianstad", "SE2321000255-P7N2"),
    "sk_bvc_simris": ("BVC, Vårdcentralen Simrishamn", "SE2321000255-P3S8"),
    "sk_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P5E1"),
    "sk_bvc_rosen": ("BVC, Vårdcentralen Rosengård, Malmö", "SE2321000255-P9R6"),
    # Västra Götalandsregionen, Melior
    "vg_bumm_dsbus": ("Barn- och ungdomsmedicinsk mottagning, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E4F7"),
    "vg_neo_dsbus": ("Neonatalavdelning 330, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8N3"),
    "vg_akut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1A9"),
    "vg_neuro_dsbus": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E6K2"),
    "vg_avd_dsbus": ("Barnmedicinsk vårdavdelning 323, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E2V5"),
    "vg_bum_nal": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-S3T1"),
    "vg_avd_skovde": ("Barn- och ungdomsavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S7K4"),
    "vg_neo_boras": ("Neonatalavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S5B8"),
    "vg_diab_boras": ("Barndiabetesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S9D6"),
    "vg_bum_kungalv": ("Barn- och ungdomsmottagningen, Kungälvs sjukhus", "SE2321000131-S2G7"),
    "vg_bum_alings": ("Barnmottagningen, Alingsås lasarett", "SE2321000131-S4L3"),
    "vg_onk_dsbus": ("Barnonkologiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E9O1"),
}


def _ts(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'."""
    if s is None:
        return None
    d, t = s.split(" ")
    return f"{d}T{t}:00"


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=()):
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": _ts(time),
        "signed": _ts(signed),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def case(name, ruleset, pnr, birth, as_of, notes, must, must_not, why, protected=False):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": protected},
            "as_of": f"{as_of}T00:00:00",
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

# ================================================================ cases
# ---------------------------------------------------------------- part 1: hedged diagnoses, visible (NL102 must)

case("ped-astma-trolig-anstrangning", "skane", "20160921-6799", "2016-09-21", "2024-02-29", [
    N("n1", M, "Läkaranteckning", "sk_bumm_lund", "Karin Lindqvist", L, "2024-02-14 10:20", "2024-02-14 15:05", OV, [
        ("Anamnes", "7-årig pojke som remitteras från skolsköterskan pga hosta och andfåddhet vid gympa och fotboll sedan i höstas. Hostar även nattetid vid förkylning. Eksem som liten. Pappa har pollenallergi."),
        ("Status", "Gott AT. Pulm: vesikulärt andningsljud bilat, inga ronki i vila. Cor: RR, inga blåsljud. SaO2 99 %."),
        ("Undersökning", "Spirometri: FEV1 88 % av förväntat, reversibilitet 14 % efter Ventoline."),
        ("Bedömning", "Trolig astma med ansträngningsutlösta besvär. Inga tecken på allergisk rinit för närvarande."),
        ("Planering", "Insätter Flutide 50 µg 1x2 via Aerochamber samt Airomir vid behov före träning. Astmasköterska ger inhalationsinstruktion. Återbesök 3 mån med ny spirometri."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig astma' in Bedömning of a Skåne Melior outpatient note is a visible hedged diagnosis")

case("ped-neo-misstankt-tidig-sepsis", "vgr", "20240302-6962", "2024-03-02", "2024-03-10", [
    N("n1", M, "Inskrivningsanteckning", "vg_neo_dsbus", "Jonas Berglund", L, "2024-03-02 23:40", "2024-03-03 01:10", SV, [
        ("Aktuellt", "Fullgången flicka, GV 39+4, född vaginalt kl 18.12. Vattenavgång 26 h före förlossningen, mamma GBS-positiv och fick endast en dos bensylpenicillin intrapartum. Mor feber 38,4 under förlossningen."),
        ("Status", "Grå-blek hudfärg, grunting, indragningar jugulärt. AF 72, HF 178, temp 38,1 rektalt. Kapillär återfyllnad 3 sek."),
        ("Provsvar", "CRP 38, LPK 4,1, laktat 3,2. Blododling tagen."),
        ("Bedömning", "Misstänkt tidig neonatal sepsis, sannolikt GBS. Ingen kramp eller apné hittills."),
        ("Åtgärd", "Bensylpenicillin och gentamicin iv enligt PM. CPAP 5 cm H2O, FiO2 0,30. LP när cirkulatoriskt stabil."),
    ])],
    [("NL102", "n1")], [],
    "NICU admission: 'Misstänkt tidig neonatal sepsis' under Bedömning in a VGR Melior note is visible")

case("ped-celiaki-susp-ttg", "skane", "20190530-7581", "2019-05-30", "2024-04-30", [
    N("n1", M, "Läkaranteckning", "sk_bum_ystad", "Sara Holm", L, "2024-04-09 13:40", None, OV, [
        ("Aktuellt", "Flicka 4 år med dålig viktuppgång sedan ett år, lös avföring 3–4 ggr/dag och uppblåst mage."),
        ("Provsvar", "Transglutaminas-IgA 86 U/ml (ref <7), totalt IgA normalt. Hb 104."),
        ("Bedömning", "Susp. celiaki. Fortsätter med glutenhaltig kost tills utredningen är klar."),
        ("Planering", "Remiss till barngastro SUS för gastroskopi med biopsier. Järntillskott insätts."),
    ])],
    [("NL102", "n1")], [],
    "abbreviated hedge 'Susp.' before a diagnosis (celiaki) in a visible Skåne Melior section")

case("ped-absens-talar-for", "vgr", "20170108-3428", "2017-01-08", "2024-05-31", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Anders Nyström", L, "2024-05-16 09:10", "2024-05-16 11:45", OV, [
        ("Anamnes", "7-åring som enligt läraren 'försvinner' flera gånger per dag, stirrar rakt fram i några sekunder, blinkar och är sedan direkt med igen. Inga fall, ingen urinavgång."),
        ("Status", "Neurologiskt status u.a. Vid hyperventilation på mottagningen efter ca 90 sek en 8-sekunders episod med stirrande blick och ögonlocksmyoklonier."),
        ("Bedömning", "Anamnes och det provocerade anfallet talar för absensepilepsi."),
        ("Planering", "EEG med hyperventilation och fotostimulering bokat 22/5. Nytt besök efter EEG för ställningstagande till etosuximid."),
    ])],
    [("NL102", "n1")], [],
    "'talar för absensepilepsi' before the EEG is a visible working hypothesis in a VGR neuro note")

case("ped-bronkiolit-forenlig", "skane", "20231104-7571", "2023-11-04", "2024-02-05", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Hanna Ek", L, "2024-01-28 03:15", "2024-01-28 04:02", OV, [
        ("Kontaktorsak", "Snuva sedan 3 dagar, nu tilltagande hosta och äter sämre, ca hälften av vanliga mängden."),
        ("Status", "Pigg men takypné AF 58, lätta interkostala indragningar. Pulm: fina krepitationer bilat, expiratoriska pip. SaO2 93 % i rumsluft."),
        ("Bedömning", "Bilden förenlig med bronkiolit, RS-test taget. Syremättnad och matintag gör att vi lägger in för observation."),
    ])],
    [("NL102", "n1")], [],
    "'förenlig med bronkiolit' (inflected form of 'förenligt med') in a visible emergency note")

case("ped-kawasaki-inger-misstanke", "vgr", "20210217-9096", "2021-02-17", "2024-06-15", [
    N("n1", M, "Daganteckning", "vg_avd_skovde", "Elin Gustavsson", L, "2024-06-03 11:30", None, SV, [
        ("Aktuellt", "Dag 5 med feber upp till 40 trots antibiotika sedan i fredags. Röda spruckna läppar, bilateral konjunktival injektion utan sekret, utslag på bålen och svullna händer."),
        ("Lab", "CRP 142, SR 78, albumin 29, ALAT 64, trombocyter 410."),
        ("Bedömning", "Inger misstanke om Kawasakis sjukdom, ofullständig form då lymfadenit saknas."),
        ("Planering", "Ekokardiografi idag. Kontakt med barnkardiolog på DSBUS inför ev. IVIG."),
    ])],
    [("NL102", "n1")], [],
    "'Inger misstanke om Kawasakis sjukdom' on the children's ward, visible Bedömning")

case("ped-krupp-dd-trakeit", "skane", "20220809-3308", "2022-08-09", "2024-10-31", [
    N("n1", M, "Inskrivningsanteckning", "sk_avd_krist", "Mattias Olofsson", L, "2024-10-21 02:50", "2024-10-21 08:15", SV, [
        ("Anamnes", "Skällande hosta sedan igår kväll, i natt inspiratorisk stridor i vila. Feber 39,2. Fick Betapred 0,4 mg/kg hemma på jourläkarens inrådan utan tydlig effekt."),
        ("Status", "Stridor i vila, måttliga indragningar, ej dreglande, kan svälja. SaO2 95 %."),
        ("Bedömning", "Krupp, måttlig till svår. DD bakteriell trakeit med tanke på hög feber och utebliven effekt av steroid."),
        ("Åtgärd", "Adrenalin inh 1 mg/ml 2 ml. Nytt Betapred. Blododling, CRP. ÖNH-jour kontaktad."),
    ])],
    [("NL102", "n1")], [],
    "the main diagnosis is settled (krupp) but 'DD bakteriell trakeit' is a visible differential diagnosis")

case("ped-uvi-kan-ej-uteslutas", "vgr", "20231219-6757", "2023-12-19", "2024-09-05", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "Fredrik Sandberg", L, "2024-08-26 19:05", "2024-08-26 21:30", OV, [
        ("Aktuellt", "8 mån gammal pojke, feber 39,5 sedan två dygn utan fokus. Lite sämre aptit, blöjorna något färre. Inga luftvägssymtom."),
        ("Status", "Gott AT, ej toxisk. Trumhinnor u.a. Svalg lätt rodnat. Buken mjuk. Inga utslag."),
        ("Bedömning", "UVI kan ej uteslutas, urinsticka från påse visar leukocyter 2+, nitrit neg. Blåspunktion gjord för odling."),
        ("Planering", "Avvaktar odling, ingen antibiotika i nuläget. Åter vid försämring, telefonkontakt imorgon."),
    ])],
    [("NL102", "n1")], [],
    "'UVI kan ej uteslutas' keeps urinary tract infection open; visible VGR emergency note")

case("ped-hsp-kan-rora-sig-om", "skane", "20180303-2810", "2018-03-03", "2024-03-20", [
    N("n1", M, "Läkaranteckning", "sk_avd_malmo", "Johanna Wallin", L, "2024-03-12 12:10", "2024-03-12 13:55", SV, [
        ("Aktuellt", "6-åring med palpabla petekier och purpura på underben och skinkor sedan två dagar, ont i fotlederna och magknip. Haft halsfluss för två veckor sedan."),
        ("Status", "AT gott. Purpura symmetriskt på benens sträcksidor och nates. Fotleder lätt svullna, ömmar. Buken mjuk, diffust öm periumbilikalt."),
        ("Lab", "Hb 128, TPK 312, CRP 18. Urinsticka: blod 1+, protein neg."),
        ("Bedömning", "Kan röra sig om Henoch-Schönleins purpura (IgA-vaskulit). Normalt trombocytantal."),
        ("Planering", "Paracetamol vid värk. Urinsticka och blodtryck hos skolsköterska varje vecka i sex veckor, provsvar till avdelningen."),
    ])],
    [("NL102", "n1")], [],
    "'Kan röra sig om' + eponym diagnosis (Henoch-Schönlein) in a visible ward note")

case("ped-gh-brist-fragestallning", "skane", "20150725-7812", "2015-07-25", "2024-09-30", [
    N("n1", M, "Besöksanteckning", "sk_endo_lund", "Per Åkesson", L, "2024-09-04 14:00", "2024-09-05 08:30", OV, [
        ("Anamnes", "Remitterad från skolhälsovården pga avvikande längdtillväxt, korsat två kanaler nedåt sedan 5 års ålder. Föräldrarnas längd: mor 168 cm, far 181 cm. Äter bra, inga magbesvär."),
        ("Status", "Längd 121,3 cm (−2,4 SD), vikt 24 kg. Proportionerlig, pubertetsstadium Tanner 1. Ingen struma."),
        ("Utredning", "Frågeställning GH-brist. IGF-1 lågt för åldern, TSH och fritt T4 normala, celiakiscreening negativ. Skelettålder 6,5 år."),
        ("Planering", "Argininbelastning med GH-kurva på dagvården 3/10. MR hypofys om testet bekräftar lågt GH."),
    ])],
    [("NL102", "n1")], [],
    "'Frågeställning GH-brist' in the visible Utredning section of a growth work-up")

case("ped-invagination-fragetecken", "vgr", "20230114-8678", "2023-01-14", "2024-07-20", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "Lina Haddad", L, "2024-07-11 16:25", None, OV, [
        ("Kontaktorsak", "Intermittent otröstlig gråt med uppdragna ben sedan i morse, kräkts tre gånger, däremellan blek och slö."),
        ("Status", "Blek, trött mellan attackerna. Buk: oklar resistens i höger övre kvadrant. Rektalt: lite blod på handsken."),
        ("Bedömning", "Invagination? Ingen peritonit."),
        ("Åtgärd", "Akut UL buk beställt, barnkirurg underrättad. Fasta, iv-infart, Ringer-Acetat 20 ml/kg."),
    ])],
    [("NL102", "n1")], [],
    "unsigned draft: a bare question mark after a diagnosis ('Invagination?') is a visible hypothesis")

case("ped-oklart-om-komjolksallergi", "vgr", "20240122-6788", "2024-01-22", "2024-05-31", [
    N("n1", M, "Läkaranteckning", "vg_bum_alings", "Maria Johansson", L, "2024-05-08 10:45", "2024-05-08 12:00", OV, [
        ("Anamnes", "Helammad flicka 3,5 mån med slemmig, ibland blodtillblandad avföring sedan 3 veckor och mycket gulpningar. Skriker mycket efter måltid. Mamma dricker mjölk och äter ost dagligen."),
        ("Status", "Pigg, välmående. Vikt följer kanalen. Lite torr hud på kinderna. Buken mjuk."),
        ("Bedömning", "Oklart om det rör sig om komjölksproteinallergi eller ofarlig spädbarnsgulp med ytliga analfissurer."),
        ("Planering", "Mamma gör mjölkfri kost i fyra veckor, dietistkontakt förmedlas. Telefonuppföljning om fyra veckor."),
    ])],
    [("NL102", "n1")], [],
    "'Oklart om det rör sig om komjölksproteinallergi' leaves a diagnosis open in a visible note")

case("ped-mykoplasma-sannolik", "skane", "20141102-9323", "2014-11-02", "2024-11-30", [
    N("n1", M, "Läkaranteckning", "sk_bum_ystad", "Erik Månsson", L, "2024-11-19 15:10", "2024-11-19 17:40", OV, [
        ("Anamnes", "10-årig flicka med torrhosta sedan tre veckor, lätt feber, huvudvärk. Klasskamrater har liknande symtom. Behandlad med PcV i en vecka utan effekt."),
        ("Status", "AT opåverkat, temp 38,0. Pulm: krepitationer basalt höger. SaO2 97 %."),
        ("Bedömning", "Sannolik mykoplasmapneumoni med tanke på anamnes och utebliven effekt av penicillin."),
        ("Åtgärd", "Erytromycin 250 mg x 4 i 10 dagar. Rtg pulm bedöms ej nödvändigt."),
    ])],
    [("NL102", "n1")], [],
    "'Sannolik mykoplasmapneumoni' in a visible Skåne Melior note")

case("ped-migran-mojlig-16ar", "vgr", "20070418-8903", "2007-04-18", "2024-03-15", [
    N("n1", M, "Mottagningsanteckning", "vg_bum_kungalv", "Sofia Berg", L, "2024-02-20 08:40", "2024-02-20 10:10", OV, [
        ("Anamnes", "16-årig tjej med återkommande huvudvärk sedan ett år, ca 2–3 ggr/mån, pulserande, ensidig, ljus- och ljudkänslig, ibland illamående. Vilar i mörkt rum och sover bort den. Ingen aura. Mamma har migrän."),
        ("Status", "Neurologiskt status inkl ögonbottnar u.a. BT 112/70."),
        ("Bedömning", "Möjlig migrän utan aura. Inga varningstecken."),
        ("Planering", "Huvudvärksdagbok. Ipren 400 mg tidigt vid attack. Återbesök om tre månader."),
    ])],
    [("NL102", "n1")], [],
    "16-year-old reads her own journal: 'Möjlig migrän' is a visible hedged diagnosis (mother's confirmed migraine is beside the point)")

case("ped-femte-sjukan-bild-som-vid", "vgr", "20191011-7702", "2019-10-11", "2024-05-10", [
    N("n1", M, "Läkaranteckning", "vg_bum_nal", "Oskar Lund", L, "2024-04-25 11:15", "2024-04-25 11:50", OV, [
        ("Aktuellt", "Fyraårig flicka med knallröda kinder sedan igår och nu spetsliknande, nätformat utslag på armar och lår. Lätt förkyld veckan innan. Mår bra, leker."),
        ("Bedömning", "Utslagen ger en bild som vid erythema infectiosum (femte sjukan). Smittar inte längre när utslaget väl kommit."),
        ("Planering", "Ingen behandling behövs. Mamma är gravid i v 14 och rekommenderas kontakta sin barnmorska för parvovirusserologi."),
    ])],
    [("NL102", "n1")], [],
    "'bild som vid erythema infectiosum' is a hedged diagnosis of the child in a visible note")
# ---------------------------------------------------------------- part 2: negated / ruled out / confirmed (NL102 must_not)

case("ped-ingen-misstanke-meningit", "skane", "20181207-2724", "2018-12-07", "2024-01-20", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Ali Rahimi", L, "2024-01-09 21:40", "2024-01-09 23:05", OV, [
        ("Kontaktorsak", "Feber 40 sedan igår, huvudvärk och kräkts två gånger idag. Två syskon har influensa."),
        ("Status", "Trött men vaken och kontaktbar, lyssnar och svarar. Nackstel negativ, Brudzinski negativ, inga petekier. Pulm u.a."),
        ("Bedömning", "Influensa A, snabbtest positivt. Ingen misstanke om meningit."),
        ("Planering", "Hem med febernedsättande och rikligt att dricka. Åter vid nytillkommen slöhet eller utslag."),
    ])],
    [], [("NL102", "n1")],
    "meningitis is explicitly negated ('Ingen misstanke om'); the working diagnosis is confirmed by test")

case("ped-invagination-talar-emot", "vgr", "20220328-1395", "2022-03-28", "2024-02-10", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "Karolina Svensson", L, "2024-02-02 14:05", "2024-02-02 15:40", OV, [
        ("Aktuellt", "Kräkningar och vattniga diarréer sedan i natt, periodvis ont i magen. Storasyster hade samma i söndags."),
        ("Status", "Opåverkad, lätt torra läppar. Buken mjuk, ingen resistens, livliga tarmljud."),
        ("Bedömning", "Akut gastroenterit. UL buk talar emot invagination, normala tarmslyngor utan target-tecken."),
        ("Åtgärd", "Vätskeförsök med Resorb på akuten, dricker bra. Hem."),
    ])],
    [], [("NL102", "n1")],
    "'talar emot invagination' negates the differential; the remaining diagnosis is stated without hedge")

case("ped-neo-sepsis-avskrivs", "vgr", "20240510-6739", "2024-05-10", "2024-05-20", [
    N("n1", M, "Daganteckning", "vg_neo_boras", "Ingrid Falk", L, "2024-05-12 10:30", None, SV, [
        ("Aktuellt", "Dag 3, GV 36+1. Andas fritt sedan igår eftermiddag, äter 8 x 45 ml via sond och bröst."),
        ("Provsvar", "Blododling negativ efter 48 h. CRP 6 igår och 4 idag."),
        ("Bedömning", "Sepsis avskrivs, antibiotika sätts ut idag. Tillväxtmässigt lätt för tiden."),
        ("Planering", "Fortsatt uppbyggnad av amning, viktkontroll dagligen."),
    ])],
    [], [("NL102", "n1")],
    "NICU: the earlier sepsis question is closed ('avskrivs'), so no hedged diagnosis remains visible")

case("ped-inga-tecken-dehydrering", "skane", "20230615-9902", "2023-06-15", "2024-08-20", [
    N("n1", M, "Inskrivningsanteckning", "sk_avd_krist", "Niklas Persson", L, "2024-08-14 18:20", "2024-08-14 20:45", SV, [
        ("Anamnes", "Ettåring som kräkts ett tiotal gånger sedan i morse och haft fem lösa avföringar. Blöt blöja senast för fyra timmar sedan. Förskolan har utbrott av calicivirus."),
        ("Status", "Trött men tröstbar. Fuktiga slemhinnor, kapillär återfyllnad under 2 sek, tårar vid gråt. Buk mjuk."),
        ("Bedömning", "Calicivirusgastroenterit. Inga tecken på dehydrering men inläggs då vätskeförsök hemma misslyckats."),
        ("Åtgärd", "Nasogastrisk sond för Resorb 10 ml/kg/h i fyra timmar, därefter fritt."),
    ])],
    [], [("NL102", "n1")],
    "'Inga tecken på dehydrering' is a negated condition; the gastroenteritis is stated as fact")

case("ped-ej-hallpunkt-pneumoni", "vgr", "20150211-9355", "2015-02-11", "2024-12-10", [
    N("n1", M, "Läkaranteckning", "vg_avd_skovde", "David Hermansson", L, "2024-12-03 09:50", "2024-12-03 12:00", SV, [
        ("Aktuellt", "Nioåring med känd astma, inlagd i natt med pip i bröstet och hosta efter förkylning."),
        ("Status", "AF 28, förlängt expirium, spridda ronki bilat. SaO2 95 % efter inhalationer."),
        ("Röntgen", "Rtg pulm utan hållpunkt för pneumoni, lätt överluftade lungor."),
        ("Bedömning", "Astmaexacerbation utlöst av virusinfektion."),
        ("Planering", "Ventoline och Atrovent inh var 3:e timme, Betapred tre dagar. Ses på rond imorgon."),
    ])],
    [], [("NL102", "n1")],
    "'utan hållpunkt för pneumoni' rules pneumonia out; known asthma exacerbation is confirmed")

case("ped-celiaki-uteslutes-telefon", "skane", "20160129-2020", "2016-01-29", "2024-06-30", [
    N("n1", M, "Telefonanteckning", "sk_bumm_lund", "Karin Lindqvist", L, "2024-06-19 13:30", "2024-06-19 13:45", OV, [
        ("Telefonkontakt", "Ringer mamma angående provsvar. Transglutaminas-IgA negativt och totalt IgA normalt, celiaki uteslutes. Magbesvären bedöms som funktionell buksmärta. Mamma lättad, återbesök som planerat i augusti."),
    ])],
    [], [("NL102", "n1")],
    "phone note: coeliac disease ruled out ('uteslutes') and the parent was told; nothing hedged")

case("ped-typo-ingen-missanke-appendicit", "vgr", "20130405-4412", "2013-04-05", "2024-09-30", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "Petra Lindholm", L, "2024-09-22 17:15", "2024-09-22 18:50", OV, [
        ("Aktuellt", "11-årig pojke med ont i magen runt naveln sedan två dagar, senaste avföring för fyra dagar sedan. Ingen feber, äter dåligt."),
        ("Status", "Buk mjuk, palpabla skybala i vänster fossa, inget släppömhet. Hoppar på ett ben utan att få ont."),
        ("Bedömning", "Obstipation. Ingen missanke om appendicit."),
        ("Åtgärd", "Microlax på akuten med god effekt. Movicol junior 2 dospåsar dagligen."),
    ])],
    [], [("NL102", "n1")],
    "typo in the negation ('missanke'): appendicitis is still ruled out, obstipation is settled")

case("ped-neo-pneumothorax-kan-uteslutas", "skane", "20240701-5086", "2024-07-01", "2024-07-08", [
    N("n1", M, "Inskrivningsanteckning", "sk_neo_lund", "Tove Bengtsson", L, "2024-07-01 08:55", "2024-07-01 11:20", SV, [
        ("Aktuellt", "Flicka född med elektivt kejsarsnitt i GV 38+2, Apgar 8-9-10. Ökad andningsfrekvens och lätt grunting från 20 minuters ålder."),
        ("Status", "AF 80, lätta indragningar, SaO2 94 % i luft. Bilat likvärdiga andningsljud."),
        ("Röntgen", "Pneumothorax kan uteslutas på transillumination och rtg thorax, som visar vätska i fissurerna."),
        ("Bedömning", "Övergående takypné hos nyfödd (TTN)."),
        ("Åtgärd", "Högflödesgrimma 2 l/min. Sondmatning om AF över 70 vid måltid."),
    ])],
    [], [("NL102", "n1")],
    "hard negative near 'kan ej uteslutas': 'kan uteslutas' rules pneumothorax out; TTN is stated as fact")

case("ped-epilepsi-misstanke-avskrivs", "vgr", "20170830-3282", "2017-08-30", "2024-10-31", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Anders Nyström", L, "2024-10-10 13:00", "2024-10-10 15:20", OV, [
        ("Anamnes", "Sexåring med tre episoder senaste halvåret där hon blivit blek, yr och sjunkit ihop i samband med blodprov respektive lång stående i kyrkan. Vaknar inom en halv minut, inga kramper efteråt."),
        ("Undersökning", "EEG i sömn och vakenhet normalt. EKG med normal QTc."),
        ("Bedömning", "Episoderna bedöms som vasovagala synkopier. Misstanken om epilepsi avskrivs."),
        ("Planering", "Information om att lägga sig ned vid förkänning. Ingen uppföljning på barnneurologen."),
    ])],
    [], [("NL102", "n1")],
    "'Misstanken om epilepsi avskrivs': the word misstanke appears but the diagnosis is dismissed")

case("ped-diabetes-nydebuterad-informerad", "skane", "20150314-9765", "2015-03-14", "2024-01-31", [
    N("n1", M, "Inskrivningsanteckning", "sk_diab_hbg", "Lars Nordin", L, "2024-01-17 16:40", "2024-01-17 19:00", SV, [
        ("Anamnes", "Niåring som sedan tre veckor dricker mycket, kissar på natten igen och gått ned 3 kg. Trött efter skolan."),
        ("Provsvar", "P-glukos 24,6 mmol/l, HbA1c 98 mmol/mol, B-ketoner 1,2, pH 7,36."),
        ("Diagnos", "Diabetes mellitus typ 1, nydebuterad, utan ketoacidos."),
        ("Information", "Flickan och båda föräldrarna har fått besked om diagnosen av undertecknad i kväll. Diabetessjuksköterska träffar familjen imorgon."),
        ("Åtgärd", "Subkutant insulin enligt nydebutsprotokoll, Novorapid till måltid och Tresiba till kvällen."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "settled new-onset type 1 diabetes, child and parents told the same evening: neither rule fires")

case("ped-astma-bedoms-ej-foreligga", "skane", "20120519-1297", "2012-05-19", "2024-04-30", [
    N("n1", M, "Läkaranteckning", "sk_bum_ystad", "Erik Månsson", L, "2024-04-03 09:00", "2024-04-03 10:30", OV, [
        ("Anamnes", "Tolvåring som blir andfådd på fotbollen och vill ha astmamedicin som kompisarna."),
        ("Undersökning", "Ansträngningstest på löpband 8 min utan fall i FEV1 efteråt. Spirometri i vila normal."),
        ("Bedömning", "Astma bedöms ej föreligga. Andfåddheten förklaras av vanlig ansträngning och ovana vid intervallträning."),
        ("Planering", "Inga läkemedel. Ingen ny kontroll planerad."),
    ])],
    [], [("NL102", "n1")],
    "'Astma bedöms ej föreligga' negates the diagnosis the family asked about")

case("ped-perthes-avfardad", "vgr", "20161202-4347", "2016-12-02", "2024-03-10", [
    N("n1", M, "Läkaranteckning", "vg_bum_nal", "Oskar Lund", L, "2024-02-27 14:30", "2024-02-27 15:15", OV, [
        ("Aktuellt", "Återbesök efter haltande i tio dagar i januari. Springer nu som vanligt enligt pappa."),
        ("Status", "Full rörlighet i båda höfterna, ingen smärta vid inåtrotation. Går och hoppar normalt."),
        ("Bedömning", "MR höfter var normal och Perthes sjukdom kunde därmed avfärdas. Coxitis simplex, läkt."),
        ("Planering", "Avslutas på mottagningen."),
    ])],
    [], [("NL102", "n1")],
    "Perthes disease mentioned only as dismissed; the actual diagnosis (coxitis simplex) is settled")

case("ped-kawasaki-kriterier-ej-uppfyllda", "skane", "20220120-6337", "2022-01-20", "2024-11-15", [
    N("n1", M, "Daganteckning", "sk_avd_malmo", "Johanna Wallin", L, "2024-11-06 11:00", "2024-11-06 12:35", SV, [
        ("Aktuellt", "Dag 4 med feber, röda ögon och halsont. Nasofarynxprov positivt för adenovirus."),
        ("Status", "Purulent konjunktivit bilat, exsudat på tonsillerna, inga läppförändringar, händer och fötter u.a."),
        ("Bedömning", "Kriterier för Kawasakis sjukdom ej uppfyllda och eko u.a. Adenovirusinfektion med faryngokonjunktival feber."),
        ("Planering", "Utskrivning idag, febernedsättande vb."),
    ])],
    [], [("NL102", "n1")],
    "Kawasaki is considered and negated ('kriterier ej uppfyllda'); adenovirus infection is proven")

case("ped-inget-talar-for-bakteriell", "vgr", "20210505-3306", "2021-05-05", "2024-03-25", [
    N("n1", M, "Jouranteckning", "vg_avd_dsbus", "Mikael Ström", L, "2024-03-18 04:20", "2024-03-18 07:45", SV, [
        ("Aktuellt", "Treåring inlagd efter generaliserat krampanfall i 3 minuter vid feberstegring, influensa B påvisad på akuten."),
        ("Status", "Vaken, kontaktbar, neurologiskt u.a. Temp 39,6."),
        ("Bedömning", "Inget talar för bakteriell infektion, CRP 9 och PCT normalt. Enkel feberkramp vid influensa B."),
        ("Planering", "Oseltamivir. Hem under dagen om inga fler kramper."),
    ])],
    [], [("NL102", "n1")],
    "hard negative for 'talar för': 'Inget talar för bakteriell infektion' is a negation")
# ---------------------------------------------------------------- part 3: relatives, non-diagnostic hedges, conditionals (NL102 must_not)

case("ped-mamma-misstankt-celiaki", "vgr", "20190222-8335", "2019-02-22", "2024-03-20", [
    N("n1", M, "Läkaranteckning", "vg_bum_alings", "Maria Johansson", L, "2024-03-07 09:30", "2024-03-07 11:10", OV, [
        ("Anamnes", "Femåring med hård avföring var tredje dag sedan ett år, ibland blod på pappret. Mamma utreds just nu för misstänkt celiaki hos sin husläkare."),
        ("Status", "Välmående pojke, längd och vikt följer kurvan. Buk mjuk, fekalom palperas ej. Liten fissur kl 12."),
        ("Bedömning", "Funktionell förstoppning med analfissur."),
        ("Planering", "Movicol junior dagligen i minst tre månader. Transglutaminas tas på pojken pga hereditet."),
    ])],
    [], [("NL102", "n1")],
    "the only hedged diagnosis belongs to the mother; the child's own diagnosis is settled")

case("ped-morbror-trol-epilepsi", "skane", "20140602-9023", "2014-06-02", "2024-09-10", [
    N("n1", M, "Mottagningsanteckning", "sk_neuro_lund", "Gustav Lindgren", L, "2024-08-28 10:00", "2024-08-28 16:25", OV, [
        ("Anamnes", "Tioåring med blinkningar och axelryckningar sedan två år, förvärras vid trötthet och skärmtid, kan hållas tillbaka en stund. Hereditet: morbror hade trol. epilepsi som barn och medicinerades några år, i övrigt inga neurologiska sjukdomar i släkten."),
        ("Status", "Under besöket ses enstaka blinktics. Neurologiskt status i övrigt u.a."),
        ("Bedömning", "Kroniska motoriska tics av lindrig grad."),
        ("Planering", "Psykoedukation, skriftlig information till skolan. Ingen farmakologisk behandling nu."),
    ])],
    [], [("NL102", "n1")],
    "the 'trol. epilepsi' is the maternal uncle's, written in hereditet; the patient's diagnosis is confirmed")

case("ped-storebror-ev-adhd", "vgr", "20160414-4574", "2016-04-14", "2024-10-15", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_bum_kungalv", "Annika Holmberg", S, "2024-10-02 13:15", "2024-10-02 14:00", OV, [
        ("Aktuellt", "Åttaåring på uroterapeutmottagningen för nattväta, kissar i sängen 5–6 nätter av 7. Ingen dagtidsinkontinens. Storebror under utredning för ev. ADHD på BUP, familjen har mycket just nu."),
        ("Bedömning", "Primär monosymtomatisk enures."),
        ("Åtgärd", "Larmbehandling startas, genomgång av larmet med pappa. Dryckes- och kisslista två veckor."),
    ])],
    [], [("NL102", "n1")],
    "nurse note: 'ev. ADHD' refers to the older brother, not the patient")

case("ped-navelbrack-ev-remiss", "skane", "20210909-9396", "2021-09-09", "2024-06-01", [
    N("n1", M, "Läkaranteckning", "sk_bumm_lund", "Rebecka Sjöberg", L, "2024-05-22 08:20", "2024-05-22 09:05", OV, [
        ("Status", "Navelbråck med ca 1 cm bråckport, lätt reponibelt, ömmar ej."),
        ("Bedömning", "Okomplicerat navelbråck."),
        ("Planering", "Ev. remiss till barnkirurg om bråcket kvarstår vid fyra års ålder. Föräldrarna vet att höra av sig om det blir hårt och ömt."),
    ])],
    [], [("NL102", "n1")],
    "'Ev. remiss' hedges a plan, not a diagnosis; the hernia itself is stated plainly")

case("ped-neo-trolig-utskrivning", "vgr", "20240220-7738", "2024-02-20", "2024-04-10", [
    N("n1", M, "Omvårdnadsanteckning", "vg_neo_dsbus", "Malin Ekdahl", S, "2024-04-02 14:45", "2024-04-02 15:10", SV, [
        ("Aktuellt", "Prematurfödd pojke GV 31+0, nu PMA 37+1. Helammas sedan i söndags, ökat 35 g/dygn senaste veckan. Inga apnéer eller bradykardier på fem dygn."),
        ("Planering", "Trolig utskrivning till hemmet på torsdag om viktuppgången fortsätter. Eventuellt uppföljning hemma via neonatalteamet första veckan, diskuteras på ronden."),
    ])],
    [], [("NL102", "n1")],
    "'Trolig utskrivning' and 'Eventuellt uppföljning' hedge discharge planning, not a diagnosis")

case("ped-typo-evnetuellt-rtg-skelettalder", "skane", "20161030-9385", "2016-10-30", "2024-07-20", [
    N("n1", M, "Besöksanteckning", "sk_endo_lund", "Per Åkesson", L, "2024-07-03 10:40", "2024-07-03 12:30", OV, [
        ("Anamnes", "Sjuåring med bröstknoppar sedan två månader. Ingen pubisbehåring, ingen flytning, ingen ökad längdtillväxt."),
        ("Status", "Tanner B2 P1. Längd på +0,3 SD som tidigare."),
        ("Bedömning", "Isolerad prematur telarke."),
        ("Planering", "Evnetuellt rtg vänster hand för skelettålder vid nästa besök om fyra månader."),
    ])],
    [], [("NL102", "n1")],
    "typo in a plan hedge ('Evnetuellt rtg'): an optional x-ray is no diagnosis; the diagnosis is settled")

case("ped-hypotetisk-ny-uvi", "vgr", "20220621-7446", "2022-06-21", "2024-06-20", [
    N("n1", M, "Läkaranteckning", "vg_bum_nal", "Amanda Khalil", L, "2024-06-11 15:20", "2024-06-11 16:00", OV, [
        ("Aktuellt", "Uppföljning efter pyelonefrit i april, behandlad med ceftibuten i tio dagar. Mått bra sedan dess."),
        ("Undersökning", "UL njurar och urinvägar: normalstora njurar utan dilatation."),
        ("Bedömning", "Genomgången pyelonefrit, normalt ultraljud."),
        ("Planering", "Vid ny febertopp utan fokus ska UVI misstänkas och urinprov lämnas samma dag på vårdcentralen. Ingen ytterligare uppföljning här."),
    ])],
    [], [("NL102", "n1")],
    "'ska UVI misstänkas' is an instruction for a future conditional situation, not a hedged diagnosis now")

case("ped-diabetes-ev-ont-i-magen", "skane", "20130125-9782", "2013-01-25", "2024-02-20", [
    N("n1", M, "Sjuksköterskeanteckning", "sk_diab_hbg", "Eva Carlsson", S, "2024-02-08 09:30", "2024-02-08 10:15", OV, [
        ("Aktuellt", "Elvaåring med typ 1-diabetes sedan 2020, kommer med mamma till kvartalsbesök. HbA1c 52 mmol/mol. Sensorkurvan visar fin nattkurva."),
        ("Anamnes", "Ev. lite ont i magen på morgnarna enligt mamma, men äter frukost och går till skolan."),
        ("Åtgärd", "Nya injektionsställen på låren genomgångna. Recept på stickor och sensorer förnyade."),
    ])],
    [], [("NL102", "n1")],
    "'Ev.' hedges a symptom (stomach ache), not a diagnosis; the diabetes is long known")

case("ped-epilepsi-mojligen-trottare", "vgr", "20150509-7178", "2015-05-09", "2024-11-25", [
    N("n1", M, "Telefonanteckning", "vg_bum_alings", "Johan Eklund", L, "2024-11-12 11:40", "2024-11-12 11:55", OV, [
        ("Telefonkontakt", "Pappa ringer. Pojken med känd fokal epilepsi är anfallsfri sedan levetiracetam höjdes till 500 mg x 2, men möjligen något tröttare och mer lättirriterad efter dosökningen. Vi avvaktar två veckor och pappa återkommer per 1177 hur det går."),
    ])],
    [], [("NL102", "n1")],
    "'möjligen' hedges a possible side effect (tiredness); the epilepsy is established")

case("ped-neo-oklart-om-pappa-kan-komma", "skane", "20240915-4602", "2024-09-15", "2024-10-10", [
    N("n1", M, "Daganteckning", "sk_neo_hbg", "Sofie Axelsson", L, "2024-10-01 12:15", "2024-10-01 13:40", SV, [
        ("Aktuellt", "Prematur flicka född i GV 33+2, nu PMA 35+5. Apnéerna har klingat av, sista för fyra dygn sedan. Koffein utsatt i fredags."),
        ("Bedömning", "Prematuritet, okomplicerat förlopp. Apnéer hos prematur, i regress."),
        ("Planering", "Utskrivningssamtal planeras på måndag. Oklart om pappa kan närvara på grund av arbete, då erbjuds videomöte."),
    ])],
    [], [("NL102", "n1")],
    "'Oklart om pappa kan närvara' hedges attendance, no diagnosis is open")

case("ped-diabetes-ev-hojning-basdos-16ar", "vgr", "20080105-4875", "2008-01-05", "2024-05-31", [
    N("n1", M, "Mottagningsanteckning", "vg_diab_boras", "Linnea Forsberg", L, "2024-05-14 15:30", "2024-05-15 08:10", OV, [
        ("Aktuellt", "16-åring med typ 1-diabetes sedan sju år, pennbehandlad. Spelar ishockey fyra dagar i veckan. HbA1c 61, upp från 55."),
        ("Bedömning", "Försämrad glukoskontroll, framför allt höga morgonvärden 12–14 mmol/l."),
        ("Planering", "Ev. höjning av Tresiba med 2 E om fortsatt höga morgonvärden, han skickar sensorkurvan via 1177 om en vecka."),
    ])],
    [], [("NL102", "n1")],
    "'Ev. höjning' hedges a dose change for a known diabetic; nothing diagnostic is uncertain")

case("ped-pump-misstankt-ocklusion", "skane", "20120209-4981", "2012-02-09", "2024-12-15", [
    N("n1", M, "Telefonanteckning", "sk_diab_hbg", "Eva Carlsson", S, "2024-12-04 19:20", "2024-12-04 19:40", OV, [
        ("Telefonkontakt", "Pappa ringer diabetesjouren. Tolvåringens blodsocker 19 trots två korrektionsdoser i pumpen, ketoner 0,4. Misstänkt ocklusion i pumpens infart. Råd: sätt ny infart på nytt ställe och ta korrektion med penna, kontrollera blodsocker och ketoner om en timme. Pappa ringer tillbaka om ketonerna stiger."),
    ])],
    [], [("NL102", "n1")],
    "'Misstänkt' is attached to a device problem (occluded pump infusion set), not a diagnosis")

case("ped-cp-kan-rora-sig-om-vantetid", "vgr", "20190111-7307", "2019-01-11", "2024-04-30", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Helena Åström", L, "2024-04-16 09:00", "2024-04-16 10:35", OV, [
        ("Diagnos", "Cerebral pares, spastisk hemiplegi höger, GMFCS I."),
        ("Aktuellt", "Femåring som går på tå med höger fot och snubblar allt oftare. Tränar med sjukgymnast på habiliteringen."),
        ("Status", "Spasticitet i höger vad, dorsalflexion till neutral med sträckt knä."),
        ("Planering", "Botulinumtoxin i höger vadmuskulatur. Kan röra sig om ett par månaders väntetid, kallelse kommer per brev."),
    ])],
    [], [("NL102", "n1")],
    "'Kan röra sig om' introduces a waiting time, not a diagnosis; the CP diagnosis is established")

case("ped-fragetecken-anamnesfragor", "skane", "20200317-8775", "2020-03-17", "2024-12-31", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Ali Rahimi", L, "2024-12-20 16:35", "2024-12-20 17:30", OV, [
        ("Kontaktorsak", "Svullen vänster fotled efter fall från studsmatta. Slog i huvudet? Nej enl pappa. Medvetslös? Nej. Kan stödja? Haltar men går."),
        ("Status", "Svullnad och ömhet framför laterala malleolen, ingen ömhet över fibulaspetsen eller basen av metatarsale V."),
        ("Bedömning", "Distorsion vänster fotled, rtg utan fraktur."),
        ("Planering", "Kyla, högläge, Ipren vb. Belasta efter förmåga."),
    ])],
    [], [("NL102", "n1")],
    "telegraphic question marks on history items (symptoms, events) are not hedged diagnoses")

case("ped-hypotyreos-sannolikt-kontroll", "vgr", "20130819-4545", "2013-08-19", "2024-07-10", [
    N("n1", M, "Läkaranteckning", "vg_bum_kungalv", "Sofia Berg", L, "2024-06-26 13:10", "2024-06-26 14:00", OV, [
        ("Aktuellt", "Elvaåring med autoimmun hypotyreos sedan 2021 på Levaxin 50 µg. Mår bra, växer fint. TSH 2,1 och fritt T4 15."),
        ("Bedömning", "Välinställd hypotyreos."),
        ("Planering", "Oförändrad dos. Sannolikt räcker det med TSH en gång per år framöver, nästa prov i juni 2025."),
    ])],
    [], [("NL102", "n1")],
    "'Sannolikt' qualifies the follow-up interval; the thyroid diagnosis is settled")
# ---------------------------------------------------------------- part 4: protected places (Tidiga hypoteser) and PMO

case("ped-skane-tidhyp-mall-neo-trisomi", "skane", "20240404-6282", "2024-04-04", "2024-04-15", [
    N("n1", M, "Tidiga hypoteser", "sk_neo_lund", "Tove Bengtsson", L, "2024-04-04 15:20", "2024-04-04 16:05", SV, [
        ("Bedömning", "Fenotypiska drag hos nyfödd flicka: uppåtsneda ögonspringor, fyrfingerfåra bilat, uttalad hypotoni och sandalgap. Misstänkt trisomi 21. Snabb-QF-PCR skickad, ekokardiografi beställd till imorgon."),
    ])],
    [], [("NL102", "n1")],
    "Skåne: the hedged diagnosis is written in the template Tidiga hypoteser, which is hidden from 1177")

case("ped-vgr-tidhyp-sokord-crohn", "vgr", "20180131-7916", "2018-01-31", "2024-03-31", [
    N("n1", M, "Läkaranteckning", "vg_bumm_dsbus", "Kristina Wahl", L, "2024-03-13 10:30", "2024-03-13 13:45", OV, [
        ("Aktuellt", "Sexåring med magont och viktnedgång 2 kg på tre månader, ibland nattlig smärta. Trött."),
        ("Status", "Blek, buk mjuk utan resistens. Perianalt en hudflik kl 6."),
        ("Tidiga hypoteser", "Misstänkt Crohns sjukdom med tanke på perianal hudflik, viktnedgång och F-kalprotektin 850. Tas upp med familjen när skopierna är gjorda."),
        ("Planering", "Remiss för gastroskopi och koloskopi i narkos. Blodprover inkl. Hb, albumin och CRP."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: the hedged diagnosis and the not-yet-told remark sit only under the sökord Tidiga hypoteser")

case("ped-vgr-tidhyp-plus-hedge-i-bedomning", "vgr", "20150116-3263", "2015-01-16", "2024-09-30", [
    N("n1", M, "Läkaranteckning", "vg_bum_nal", "Amanda Khalil", L, "2024-09-18 14:10", "2024-09-18 16:30", OV, [
        ("Anamnes", "Niåring med svullet höger knä sedan fem veckor, haltar på morgonen. Hade maginfluensa i augusti."),
        ("Status", "Hydrops höger knä, nedsatt extension 10 grader, ej värmeökat. Övriga leder u.a."),
        ("Tidiga hypoteser", "Trolig juvenil idiopatisk artrit, oligoartikulär form."),
        ("Bedömning", "Artrit höger knä, möjlig reaktiv artrit efter gastroenteriten."),
        ("Planering", "ANA, HLA-B27, faecesodling. Ögonkonsult för uveitscreening. Återbesök två veckor."),
    ])],
    [("NL102", "n1")], [],
    "VGR: one hypothesis is protected under Tidiga hypoteser, but another ('möjlig reaktiv artrit') stands in the visible Bedömning")

case("ped-skane-tidhyp-sokord-skyddar-ej", "skane", "20220214-3851", "2022-02-14", "2024-02-05", [
    N("n1", M, "Läkaranteckning", "sk_bumm_lund", "Rebecka Sjöberg", L, "2024-01-24 15:45", "2024-01-24 17:10", OV, [
        ("Aktuellt", "Tvååring med stor mage som mamma känt en knöl i vid badet. Äter och leker som vanligt."),
        ("Status", "Fast, oöm resistens i vänster flank, passerar inte medellinjen."),
        ("Tidiga hypoteser", "Susp. neuroblastom utifrån UL buk med solid resistens vid vänster binjure. Katekolaminer i urin skickade."),
        ("Planering", "MR buk i narkos på fredag, remiss till barnonkologen."),
    ])],
    [("NL102", "n1")], [],
    "Skåne protects by template, not sökord: 'Tidiga hypoteser' used as a sökord in a Läkaranteckning stays visible")

case("ped-vgr-tidhyp-mall-utan-skyddat-sokord", "vgr", "20140327-1321", "2014-03-27", "2024-11-20", [
    N("n1", M, "Tidiga hypoteser", "vg_avd_skovde", "Elin Gustavsson", L, "2024-11-08 13:30", "2024-11-08 15:00", SV, [
        ("Bedömning", "Tioåring med fjärilsformat utslag över kinderna, ledvärk i händerna och ANA 1:1280. Misstänkt systemisk lupus erythematosus. Anti-dsDNA och komplement skickade."),
    ])],
    [("NL102", "n1")], [],
    "VGR protects by sökord: a note whose template is named Tidiga hypoteser but whose sökord is Bedömning is visible")

case("ped-skane-tidhyp-duchenne-ej-informerade", "skane", "20200506-2498", "2020-05-06", "2024-02-29", [
    N("n1", M, "Tidiga hypoteser", "sk_neuro_lund", "Gustav Lindgren", L, "2024-02-15 11:20", "2024-02-15 13:00", OV, [
        ("Bedömning", "Trolig Duchennes muskeldystrofi: CK 18 400, positivt Gowers tecken och pseudohypertrofi av vaderna. Föräldrarna ej informerade om misstanken ännu, samtal först när den genetiska analysen är klar."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Skåne: the untold, hedged diagnosis is kept in the template Tidiga hypoteser, so neither rule applies")

case("ped-vgr-tidhyp-leukemi-familjen-ej-info", "vgr", "20161122-1100", "2016-11-22", "2024-06-05", [
    N("n1", M, "Inskrivningsanteckning", "vg_avd_dsbus", "Mikael Ström", L, "2024-05-27 17:30", "2024-05-27 19:40", SV, [
        ("Aktuellt", "Sjuåring inlagd för utredning av feber i tre veckor, blåmärken och trötthet."),
        ("Status", "Blek, petekier på benen, förstorade lymfkörtlar på halsen, mjälte 3 cm under arcus."),
        ("Lab", "Hb 82, TPK 34, LPK 2,1."),
        ("Tidiga hypoteser", "Blodbilden inger misstanke om akut leukemi. Familjen har inte informerats om misstanken, det görs efter benmärgsprovet."),
        ("Planering", "Benmärgsundersökning i narkos imorgon, fastande från midnatt. Erytrocyttransfusion i kväll."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "VGR: the suspected leukaemia and the fact that the family is not told are both only under the Tidiga hypoteser sökord")

case("ped-skane-cf-tidhyp-sedan-informerad", "skane", "20240110-3094", "2024-01-10", "2024-02-15", [
    N("n1", M, "Tidiga hypoteser", "sk_bumm_lund", "Karin Lindqvist", L, "2024-01-26 09:10", "2024-01-26 09:40", OV, [
        ("Bedömning", "Positiv nyföddhetsscreening för cystisk fibros med förhöjt IRT och två CFTR-varianter. Sannolik CF, svettest bokat."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_bumm_lund", "Karin Lindqvist", L, "2024-02-02 10:00", "2024-02-02 14:20", OV, [
        ("Diagnos", "Cystisk fibros, svettklorid 98 mmol/l vid två mätningar."),
        ("Information", "Föräldrarna informerade om diagnosen vid dagens besök tillsammans med CF-sjuksköterska och kurator."),
        ("Planering", "Kreon till varje amning, koksaltstillskott. Andningsgymnastik med fysioterapeut. Återbesök om två veckor."),
    ])],
    [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    "early CF hypothesis stays in the Tidiga hypoteser template; the later visible note has the confirmed, communicated diagnosis")

case("ped-vgr-leukemi-informerade-men-fortfarande-misstankt", "vgr", "20210707-9846", "2021-07-07", "2024-08-20", [
    N("n1", M, "Läkaranteckning", "vg_onk_dsbus", "Jessica Runesson", L, "2024-08-12 21:10", "2024-08-12 22:30", SV, [
        ("Aktuellt", "Treåring remitterad från vårdcentralen med blekhet och petekier."),
        ("Tidiga hypoteser", "Misstänkt ALL utifrån blaster i perifert blod. Ej informerat föräldrarna ännu, görs av bakjour imorgon bitti."),
    ]),
    N("n2", M, "Läkaranteckning", "vg_onk_dsbus", "Göran Eliasson", L, "2024-08-13 09:30", "2024-08-13 11:00", SV, [
        ("Samtal", "Samtal med föräldrarna tillsammans med kontaktsjuksköterska. De har fått veta att vi misstänker leukemi och att benmärgsprov behövs för att ställa diagnosen."),
        ("Bedömning", "Misstänkt akut lymfatisk leukemi."),
        ("Planering", "Benmärgsundersökning och lumbalpunktion i narkos kl 13, CVK-inläggning samtidigt."),
    ])],
    [("NL102", "n2")], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
    "once told, the suspicion is moved to a visible note: n2 is NL102 (still hedged) but no longer NL101; n1 kept both in Tidiga hypoteser")

case("ped-skane-mr-svar-bara-i-tidhyp", "skane", "20130603-9874", "2013-06-03", "2024-10-25", [
    N("n1", M, "Tidiga hypoteser", "sk_avd_krist", "Mattias Olofsson", L, "2024-10-16 15:30", "2024-10-16 16:00", SV, [
        ("Bedömning", "MR hjärna visar 3 cm cystisk expansivitet i fossa posterior med hydrocefalus, trol. pilocytärt astrocytom. Föräldrarna ej informerade ännu, svaret lämnas imorgon av barnneurolog och neurokirurg."),
    ]),
    N("n2", M, "Daganteckning", "sk_avd_krist", "Mattias Olofsson", L, "2024-10-16 16:10", "2024-10-16 16:45", SV, [
        ("Aktuellt", "MR hjärna genomförd i sedering i eftermiddag. Föräldrarna har ännu inte fått svaret; samtal bokat imorgon kl 10. Fortsatt illamående på morgonen, Zofran vid behov."),
    ])],
    [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    "the visible note says the result is untold but names no diagnosis; the finding itself is only in the Tidiga hypoteser template")

case("ped-pmo-bvc-misstankt-instabil-hoft", "skane", "20240520-8568", "2024-05-20", "2024-07-01", [
    N("n1", P, "BVC besök", "sk_bvc_linero", "Yvonne Ljung", L, "2024-06-24 10:15", "2024-06-24 11:00", OV, [
        ("Status", "Femveckorskontroll. Vikt 4 520 g. Hjärta och lungor u.a. Ortolani tveksamt positiv vänster, Barlow negativ."),
        ("Bedömning", "Misstänkt instabil höft vänster."),
        ("Åtgärd", "Remiss till barnortoped för ultraljud höfter."),
    ])],
    [], [("NL102", "n1")],
    "PMO never shows diagnoses: a hedged hip instability at the BVC doctor's check is not NL102")

case("ped-pmo-bvc-trol-kolik-hembesok", "skane", "20240802-9854", "2024-08-02", "2024-09-15", [
    N("n1", P, "Hembesök BVC", "sk_bvc_nasby", "Lena Bergström", S, "2024-09-05 13:00", "2024-09-05 14:30", OV, [
        ("Aktuellt", "Hembesök, pojken är fem veckor. Skriker 3–4 timmar varje kväll, drar upp benen, lugnar sig vid bärande. Äter bra och ökar fint."),
        ("Bedömning", "Trol. spädbarnskolik."),
        ("Åtgärd", "Pratat om bärande, rytm och avlastning mellan föräldrarna. Ny kontakt på telefon om en vecka."),
    ])],
    [], [("NL102", "n1")],
    "BVC nurse home visit in PMO: 'Trol. spädbarnskolik' is hidden by the system")

case("ped-pmo-bvc-ev-sprakstorning", "skane", "20211118-5514", "2021-11-18", "2024-06-10", [
    N("n1", P, "BVC besök", "sk_bvc_simris", "Cecilia Nyberg", S, "2024-05-29 09:00", None, OV, [
        ("Aktuellt", "2,5-årskontroll. Har ett tiotal ord, sätter inte ihop ord. Förstår enkla uppmaningar. Hörsel kontrollerad i våras u.a."),
        ("Bedömning", "Ev. språkstörning."),
        ("Åtgärd", "Remiss till logoped. Lästips och språkstimulans genomgånget med föräldrarna."),
    ])],
    [], [("NL102", "n1")],
    "PMO BVC note: 'Ev. språkstörning' would be a hypothesis in Melior but PMO hides diagnoses")

case("ped-pmo-bvc-typo-misstant-torticollis", "skane", "20240228-5346", "2024-02-28", "2024-05-20", [
    N("n1", P, "BVC besök", "sk_bvc_rosen", "Fatima Yusuf", S, "2024-05-07 14:20", "2024-05-07 15:00", OV, [
        ("Status", "Tiveckorsbesök. Ligger med huvudet vridet åt höger, tillplattat bakhuvud höger sida. Följer med blicken åt båda hållen."),
        ("Bedömning", "Misstänt torticollis med plagiocefali."),
        ("Åtgärd", "Lägesändring och magläge när vaken. Remiss till fysioterapeut."),
    ])],
    [], [("NL102", "n1")],
    "typo 'Misstänt' in a PMO BVC note; PMO hides diagnoses so no NL102")

case("ped-pmo-vc-trolig-mononukleos-17ar", "skane", "20070202-8937", "2007-02-02", "2024-10-31", [
    N("n1", P, "Läkarbesök", "sk_vc_eslov", "Henrik Dahl", L, "2024-10-15 11:30", "2024-10-15 12:10", OV, [
        ("Anamnes", "17-åring med halsont, feber och stor trötthet i en vecka. Flickvännen hade körtelfeber för en månad sedan."),
        ("Status", "Beläggningar på tonsillerna bilat, ömma körtlar på halsen, mjälte ej palpabel."),
        ("Bedömning", "Trolig mononukleos, snabbtest taget."),
        ("Planering", "Undvik kontaktidrott fyra veckor. Åter om svårt att svälja."),
    ])],
    [], [("NL102", "n1")],
    "17-year-old at a PMO health centre: hedged diagnosis in PMO is never NL102")

case("ped-pmo-bvc-vs-melior-komjolk", "skane", "20240330-2496", "2024-03-30", "2024-06-10", [
    N("n1", P, "BVC besök", "sk_bvc_linero", "Yvonne Ljung", L, "2024-05-06 09:30", "2024-05-06 10:10", OV, [
        ("Bedömning", "Blodstrimmig avföring och eksem hos flaskmatad pojke, ev. komjölksproteinallergi."),
        ("Åtgärd", "Remiss till barnmottagningen Lund."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_bumm_lund", "Rebecka Sjöberg", L, "2024-05-28 13:15", "2024-05-28 14:40", OV, [
        ("Anamnes", "Remiss från BVC. Blod i avföringen sedan fem veckor, eksem på kinder och i armveck. Får vanlig modersmjölksersättning."),
        ("Bedömning", "Misstänkt komjölksproteinallergi."),
        ("Planering", "Byte till extensivt hydrolyserad ersättning, dietist. Återbesök om fyra veckor för provokation."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "same hedged diagnosis in two systems: hidden in the BVC's PMO note, visible in the Melior clinic note")
# ---------------------------------------------------------------- part 5: diagnosis visible but not yet told (NL101 must)

case("ped-all-foraldrar-ej-informerade", "vgr", "20190914-2133", "2019-09-14", "2024-04-30", [
    N("n1", M, "Läkaranteckning", "vg_onk_dsbus", "Göran Eliasson", L, "2024-04-22 16:50", "2024-04-22 18:05", SV, [
        ("Lab", "Flödescytometri av benmärg: 86 % prekursor-B-lymfoblaster. Likvor utan blaster."),
        ("Diagnos", "Akut lymfatisk leukemi, prekursor-B."),
        ("Planering", "Föräldrarna ännu ej informerade om diagnosen; samtal med ansvarig överläkare och kontaktsjuksköterska imorgon kl 09. Behandlingsstart enligt ALLTogether efter samtalet."),
    ])],
    [("NL101", "n1")], [],
    "confirmed ALL of a 4-year-old stated in a visible section while the guardians (who read the journal) are not yet told")

case("ped-diabetes-17ar-ej-informerad", "skane", "20070630-2957", "2007-06-30", "2024-03-15", [
    N("n1", M, "Jouranteckning", "sk_avd_krist", "Niklas Persson", L, "2024-03-04 02:40", "2024-03-04 03:30", SV, [
        ("Aktuellt", "17-åring som kommer med mamma efter två veckors törst, kissnödighet och viktnedgång, i kväll kräkningar och magont."),
        ("Provsvar", "P-glukos 31, pH 7,27, BE −12, B-ketoner 4,8."),
        ("Diagnos", "Diabetes mellitus typ 1 med lätt ketoacidos."),
        ("Planering", "Insulininfusion och vätska enligt DKA-PM. Pat ej informerad om diagnosen ännu då han somnat efter ankomsten, besked ges på morgonronden."),
    ])],
    [("NL101", "n1")], [],
    "17-year-old who reads his own journal has not been told the diagnosis written in the note")

case("ped-neo-trisomi-bekraftad-ej-besked", "vgr", "20240606-2022", "2024-06-06", "2024-06-20", [
    N("n1", M, "Daganteckning", "vg_neo_boras", "Ingrid Falk", L, "2024-06-08 11:15", "2024-06-08 12:30", SV, [
        ("Provsvar", "QF-PCR bekräftar trisomi 21."),
        ("Undersökning", "Eko: komplett atrioventrikulär septumdefekt (AVSD), balanserad."),
        ("Bedömning", "Downs syndrom med AVSD. Cirkulatoriskt stabil, matas via sond."),
        ("Planering", "Föräldrarna har ännu inte fått besked om kromosomsvaret; pappa kommer först i eftermiddag och vi vill informera båda samtidigt."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "NICU: confirmed trisomy 21 in the visible Bedömning while parents have not been given the result")

case("ped-wilms-ska-ej-meddelas", "skane", "20210412-4819", "2021-04-12", "2024-09-20", [
    N("n1", M, "Läkaranteckning", "sk_avd_malmo", "Johanna Wallin", L, "2024-09-10 15:00", "2024-09-10 16:20", SV, [
        ("Utredning", "DT buk: 8 cm solid tumör utgående från vänster njure utan kärlinväxt. PAD från mellannålsbiopsi: nefroblastom."),
        ("Diagnos", "Wilms tumör vänster njure."),
        ("Planering", "Diagnosen ska inte meddelas familjen förrän barnonkologen träffat dem på torsdag. Fortsatt smärtlindring och BT-kontroller."),
    ])],
    [("NL101", "n1")], [],
    "'ska inte meddelas familjen' about a biopsy-proven Wilms tumour written in visible sections")

case("ped-west-inte-hunnit-beratta", "vgr", "20231128-5577", "2023-11-28", "2024-07-10", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Anders Nyström", L, "2024-06-27 12:40", "2024-06-27 13:30", OV, [
        ("Undersökning", "Sömn-EEG idag: hypsarytmi, under registreringen två serier med flexionsspasmer."),
        ("Diagnos", "Infantila spasmer (West syndrom)."),
        ("Planering", "Har inte hunnit berätta detta för föräldrarna, ringer dem i eftermiddag och bokar in dem till imorgon. Prednisolonbehandling enligt PM startas efter samtalet."),
    ])],
    [("NL101", "n1")], [],
    "7-month-old: West syndrome stated in Diagnos, and the author has 'inte hunnit berätta' it to the guardians")

case("ped-neo-typo-ej-infomerade-koarktation", "skane", "20241030-7975", "2024-10-30", "2024-11-10", [
    N("n1", M, "Daganteckning", "sk_neo_hbg", "Sofie Axelsson", L, "2024-11-02 10:20", "2024-11-02 11:05", SV, [
        ("Aktuellt", "Tre dagar gammal pojke, svaga femoralispulsar och pulsoximetri 98 % höger arm mot 91 % fot."),
        ("Undersökning", "Eko: koarktation av aorta med gradient 40 mmHg, öppen duktus."),
        ("Planering", "Prostaglandininfusion startad. Föräldrarna ej infomerade ännu, barnkardiolog från Lund kommer i eftermiddag och informerar inför transport."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "typo 'ej infomerade' still says the parents are not told about the visible coarctation")

case("ped-celiaki-besked-ej-lamnat", "vgr", "20180521-5983", "2018-05-21", "2024-11-10", [
    N("n1", M, "Läkaranteckning", "vg_bum_alings", "Johan Eklund", L, "2024-10-29 08:15", "2024-10-29 08:30", OV, [
        ("Provsvar", "PAD duodenalbiopsier: totalvillusatrofi, Marsh 3c."),
        ("Diagnos", "Celiaki."),
        ("Planering", "Besked ej lämnat till familjen ännu, telefontid bokad på fredag. Därefter remiss till dietist för glutenfri kost."),
    ])],
    [("NL101", "n1")], [],
    "short note: coeliac disease confirmed by biopsy, 'Besked ej lämnat till familjen'")

case("ped-ms-16ar-vet-annu-inte", "skane", "20070909-6143", "2007-09-09", "2024-05-20", [
    N("n1", M, "Läkaranteckning", "sk_neuro_lund", "Gustav Lindgren", L, "2024-05-08 14:30", "2024-05-08 17:10", OV, [
        ("Utredning", "MR hjärna och ryggmärg: multipla periventrikulära och juxtakortikala lesioner, en med kontrastuppladdning. Oligoklonala band i likvor."),
        ("Diagnos", "Multipel skleros, skovvis förlöpande."),
        ("Planering", "Pat vet ännu inte om diagnosen; hon önskar att mamma är med och samtal är bokat på fredag med MS-sjuksköterska."),
    ])],
    [("NL101", "n1")], [],
    "16-year-old reader: MS is written in Diagnos while 'Pat vet ännu inte om diagnosen'")

case("ped-hodgkin-lang-daganteckning-vanta", "vgr", "20140808-6492", "2014-08-08", "2024-12-15", [
    N("n1", M, "Daganteckning", "vg_avd_dsbus", "Kristina Wahl", L, "2024-12-09 13:20", "2024-12-09 16:55", SV, [
        ("Aktuellt", "Tioåring inlagd sedan i torsdags för utredning av förstorade halslymfkörtlar sedan sex veckor, nattliga svettningar och viktnedgång 3 kg. Ingen klåda. Äter sämre men dricker bra. Går runt på avdelningen och spelar tv-spel med rumskamraten."),
        ("Status", "AT gott. Temp 37,8. Lymfkörtelpaket 3 x 4 cm vänster supraklavikulärt, fast, oömt. Mindre körtlar i axillerna bilat. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, mjälte ej palpabel, lever 1 cm under arcus. Hud u.a."),
        ("Lab", "Hb 109, LPK 11,4, TPK 455, SR 62, LD 380, albumin 31. Urat och kreatinin normala."),
        ("Röntgen", "Rtg pulm: breddökat mediastinum utan trakeal kompression. DT hals-thorax-buk bokad till imorgon."),
        ("Provsvar", "PAD från lymfkörtelexstirpation i fredags: klassiskt Hodgkins lymfom, nodulär skleros."),
        ("Bedömning", "Hodgkins lymfom, stadieindelning pågår. Ingen luftvägspåverkan, inga tecken på tumörlys."),
        ("Planering", "Vänta med att informera pojken och föräldrarna om diagnosen tills barnonkolog kan delta, planerat onsdag förmiddag. PET-DT och benmärg enligt EuroNet-protokoll. Kontaktsjuksköterska från onkologen kontaktad. Mamma har frågat om provsvaren och fått veta att svar väntas under veckan."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "long ward note: biopsy-proven Hodgkin lymphoma in Provsvar and Bedömning while the plan says to wait before telling the family")

case("ped-kongenital-hypotyreos-ej-natt-foraldrar", "skane", "20240225-9002", "2024-02-25", "2024-03-10", [
    N("n1", M, "Telefonanteckning", "sk_endo_lund", "Per Åkesson", L, "2024-03-01 15:40", "2024-03-01 15:55", OV, [
        ("Telefonkontakt", "TSH 160 i nyföddhetsscreeningen och fritt T4 5 pmol/l i venöst kontrollprov: kongenital hypotyreos. Har ej nått föräldrarna per telefon ännu, nytt försök i kväll. Levaxinrecept förberett."),
    ])],
    [("NL101", "n1")], [],
    "one-section phone note: a confirmed screening diagnosis the author has not yet reached the parents about")

case("ped-morfea-forst-ej-sedan-informerad", "vgr", "20160217-9044", "2016-02-17", "2024-04-30", [
    N("n1", M, "Provsvarsanteckning", "vg_bum_kungalv", "Sofia Berg", L, "2024-04-10 12:00", "2024-04-10 12:10", OV, [
        ("Provsvar", "Hudbiopsi från vänster lår: morfea (lokaliserad sklerodermi). Familjen ej underrättad om svaret ännu."),
    ]),
    N("n2", M, "Telefonanteckning", "vg_bum_kungalv", "Sofia Berg", L, "2024-04-16 09:20", "2024-04-16 09:35", OV, [
        ("Telefonkontakt", "Informerat mamma om att biopsin visar morfea. Remiss skickas till barnreumatolog för ställningstagande till metotrexat, mamma har fått skriftlig information."),
    ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "the first note withholds the biopsy diagnosis (NL101); the follow-up call tells the parent, so the later note is clean")

case("ped-gliom-trol-och-ej-informerade", "skane", "20160703-1539", "2016-07-03", "2024-08-10", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Hanna Ek", L, "2024-07-30 22:15", None, OV, [
        ("Aktuellt", "Åttaåring med morgonkräkningar och huvudvärk i tre veckor, i kväll dubbelseende."),
        ("Status", "Abducenspares höger, papillödem bilat. Vaken, orienterad."),
        ("Röntgen", "DT hjärna: 4 cm expansivitet i vänster thalamus med ödem, trol. gliom."),
        ("Planering", "Föräldrarna är ännu inte informerade om fyndet, neurokirurg på väg in. Betapred iv."),
    ])],
    [("NL101", "n1"), ("NL102", "n1")],
    [],
    "unsigned emergency draft: a hedged tumour finding ('trol. gliom') that the parents have not been told triggers both rules")

case("ped-16ar-foraldrar-vet-pat-sederad", "vgr", "20080319-7516", "2008-03-19", "2024-08-15", [
    N("n1", M, "Daganteckning", "vg_avd_dsbus", "Mikael Ström", L, "2024-08-05 10:30", "2024-08-05 12:45", SV, [
        ("Aktuellt", "16-åring inlagd via IVA efter svår diabetisk ketoacidos med hjärnödem, extuberad i går kväll men fortfarande sederad och förvirrad."),
        ("Diagnos", "Nydebuterad diabetes mellitus typ 1 med svår ketoacidos, komplicerad av hjärnödem."),
        ("Information", "Föräldrarna informerade om diagnosen igår. Pat själv ännu inte informerad då han inte är tillräckligt vaken, görs när han är klar."),
    ])],
    [("NL101", "n1")], [],
    "the 16-year-old patient (the journal reader) is not told even though his parents are")

case("ped-mcdk-inte-meddelat-utkast", "vgr", "20190308-8365", "2019-03-08", "2024-01-31", [
    N("n1", M, "Läkaranteckning", "vg_bum_nal", "Oskar Lund", L, "2024-01-19 16:05", None, OV, [
        ("Undersökning", "UL njurar: vänster njure ersatt av multipla cystor utan kommunikation, ingen funktion sannolik. Höger njure kompensatoriskt förstorad."),
        ("Bedömning", "Multicystisk dysplastisk njure vänster."),
        ("Planering", "Inte meddelat föräldrarna än, tas vid återbesöket nästa vecka. DMSA-scint beställt."),
    ])],
    [("NL101", "n1")], [],
    "unsigned draft with 'Inte meddelat föräldrarna än' about a visible kidney diagnosis")

case("ped-neo-cmv-informeras-forst", "skane", "20241111-3810", "2024-11-11", "2024-11-25", [
    N("n1", M, "Läkaranteckning", "sk_neo_lund", "Tove Bengtsson", L, "2024-11-13 13:10", "2024-11-13 14:45", SV, [
        ("Utredning", "Hörselscreening utan svar bilat, ABR bekräftar bilateral sensorineural hörselnedsättning. CMV-PCR i urin positiv dag 2."),
        ("Diagnos", "Kongenital CMV-infektion med bilateral hörselnedsättning."),
        ("Planering", "Föräldrarna informeras först när audiolog och infektionsläkare kan närvara på måndag. Valganciklovir startas efter samtalet."),
    ])],
    [("NL101", "n1")], [],
    "'informeras först när …' means the guardians have not been told the visible congenital CMV diagnosis yet")
# ---------------------------------------------------------------- part 6: told, or what is untold is no diagnosis (NL101 must_not)

case("ped-jia-informerade-idag", "vgr", "20131010-1942", "2013-10-10", "2024-02-29", [
    N("n1", M, "Läkaranteckning", "vg_bumm_dsbus", "Kristina Wahl", L, "2024-02-12 13:00", "2024-02-12 15:30", OV, [
        ("Status", "Artrit i båda handlederna, MCP 2–3 bilat och höger fotled. Morgonstelhet en timme."),
        ("Diagnos", "Juvenil idiopatisk artrit, polyartikulär, RF-negativ."),
        ("Information", "Flickan och föräldrarna informerade idag av undertecknad om diagnos och behandling, skriftlig information medgiven."),
        ("Planering", "Metotrexat sc en gång per vecka, folsyra. Ledpunktion med kortisoninjektion i fotleden nästa vecka."),
    ])],
    [], [("NL101", "n1")],
    "settled JIA told to the child and guardians the same day")

case("ped-astma-ej-info-om-spirometritid", "vgr", "20180814-6755", "2018-08-14", "2024-04-05", [
    N("n1", M, "Läkaranteckning", "vg_bum_kungalv", "Annika Holmberg", L, "2024-03-21 10:10", "2024-03-21 11:00", OV, [
        ("Aktuellt", "Sexåring med astma, tre nätter i veckan med hosta trots Flutide 50 µg x 2."),
        ("Diagnos", "Astma, ej kontrollerad."),
        ("Planering", "Höjer till Flutide 125 µg x 2. Föräldrarna ännu inte informerade om tiden för spirometri, kallelse skickas hem."),
    ])],
    [], [("NL101", "n1")],
    "what the parents are not yet told is an appointment time, not the diagnosis")

case("ped-vsd-remiss-ej-kand", "skane", "20200103-4285", "2020-01-03", "2024-10-20", [
    N("n1", M, "Läkaranteckning", "sk_bumm_lund", "Rebecka Sjöberg", L, "2024-10-08 14:20", None, OV, [
        ("Status", "Fyraåring med blåsljud 3/6 vänster sternalrand sedan spädbarnstiden, mår bra, springer och leker."),
        ("Bedömning", "Liten muskulär VSD, hemodynamiskt obetydlig enligt tidigare eko."),
        ("Planering", "Remiss till barnkardiolog för kontroll-eko skickad; familjen vet ännu inte att remissen gått iväg."),
    ])],
    [], [("NL101", "n1")],
    "the untold item is that a referral was sent; the VSD itself is old news to the family")

case("ped-migran-normal-mr-ej-meddelat", "vgr", "20120930-2262", "2012-09-30", "2024-08-31", [
    N("n1", M, "Provsvarsanteckning", "vg_neuro_dsbus", "Helena Åström", L, "2024-08-20 11:50", "2024-08-20 12:00", OV, [
        ("Provsvar", "MR hjärna, tagen pga förändrad huvudvärkskaraktär, är normal. Svaret ej meddelat familjen ännu, ringer imorgon."),
        ("Diagnos", "Migrän utan aura, känd sedan 2022."),
    ])],
    [], [("NL101", "n1")],
    "the untold item is a normal MR result; the migraine diagnosis was given in 2022")

case("ped-crohn-17ar-informerad-foraldrar-ej", "skane", "20070115-3363", "2007-01-15", "2024-06-25", [
    N("n1", M, "Läkaranteckning", "sk_bumm_lund", "Karin Lindqvist", L, "2024-06-12 15:00", "2024-06-12 16:40", OV, [
        ("Utredning", "Ileokoloskopi med PAD: kronisk aktiv ileit med granulom. MR tunntarm visar 15 cm inflammerad terminal ileum."),
        ("Diagnos", "Crohns sjukdom i terminala ileum."),
        ("Information", "Pat informerad om diagnosen idag. Hon vill själv berätta för föräldrarna, som ännu inte vet, och kommer med mamma nästa gång."),
        ("Planering", "Exklusiv enteral nutrition i åtta veckor, dietist nästa vecka."),
    ])],
    [], [("NL101", "n1")],
    "17-year-old patient is told; only her parents are not yet, which is no NL101")

case("ped-rolandisk-mormor-vet-inte", "vgr", "20180206-7635", "2018-02-06", "2024-05-31", [
    N("n1", M, "Mottagningsanteckning", "vg_bum_alings", "Johan Eklund", L, "2024-05-14 09:15", None, OV, [
        ("Undersökning", "Sömn-EEG: centrotemporala spikar bilat, aktiverade i sömn."),
        ("Diagnos", "Självbegränsande epilepsi med centrotemporala spikar (rolandisk epilepsi)."),
        ("Information", "Föräldrarna informerade om diagnosen och den goda prognosen. Mormor, som ofta är barnvakt, vet ännu inte om diagnosen men föräldrarna berättar för henne och ger henne anfallsinstruktionen."),
        ("Planering", "Ingen medicinering i nuläget. Buccolam vid anfall över fem minuter."),
    ])],
    [], [("NL101", "n1")],
    "the guardians are told; only the grandmother does not know yet")

case("ped-neo-lkg-storasyster-senare", "skane", "20240820-1842", "2024-08-20", "2024-09-01", [
    N("n1", M, "Daganteckning", "sk_neo_lund", "Emma Håkansson", L, "2024-08-24 10:40", "2024-08-24 11:30", SV, [
        ("Diagnos", "Läpp-käk-gomspalt vänster, komplett."),
        ("Aktuellt", "Föräldrarna väl informerade sedan rutinultraljudet i vecka 20 och träffade spaltteamet igår. Storasyster, sex år, ska få veta mer när hon kommer på besök i helgen."),
        ("Planering", "Matning med specialnapp fungerar, 8 x 50 ml. Hem på måndag om vikten står still."),
    ])],
    [], [("NL101", "n1")],
    "the diagnosis has been communicated; only the 6-year-old sibling will be told later")

case("ped-diabetes-omtag-ej-informerat", "vgr", "20140423-3163", "2014-04-23", "2024-07-15", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_diab_boras", "Linnea Forsberg", S, "2024-07-02 14:00", "2024-07-02 14:20", OV, [
        ("Aktuellt", "Tioåring med typ 1-diabetes sedan 2019, årskontroll förra veckan."),
        ("Provsvar", "Årsprover klara utom transglutaminas, som var hemolyserat."),
        ("Åtgärd", "Ej informerat familjen om att provet behöver tas om, skickar meddelande via 1177 imorgon."),
    ])],
    [], [("NL101", "n1")],
    "what the family is not told is that a sample must be repeated, not a diagnosis")

case("ped-nefros-typo-infomerade-om-diagnosen", "skane", "20151005-6896", "2015-10-05", "2024-04-30", [
    N("n1", M, "Läkaranteckning", "sk_avd_krist", "Mattias Olofsson", L, "2024-04-18 11:25", "2024-04-18 13:10", SV, [
        ("Aktuellt", "Niåring med svullna ögonlock och ben sedan en vecka. U-albumin/kreatinin 640 g/mol, albumin 16."),
        ("Bedömning", "Nefrotiskt syndrom, sannolikt minimal change-typ, förväntas vara steroidkänsligt."),
        ("Information", "Föräldrarna infomerade om diagnosen och prednisolonbehandlingen, får skriftlig info."),
    ])],
    [], [("NL101", "n1")],
    "typo in 'infomerade': the parents have been told, so no NL101 (the 'sannolikt' type is not asserted here)")

case("ped-hydronefros-telefon-sedan-besok", "vgr", "20240105-1392", "2024-01-05", "2024-04-05", [
    N("n1", M, "Telefonanteckning", "vg_bumm_dsbus", "Leila Moradi", L, "2024-03-12 13:15", "2024-03-12 13:30", OV, [
        ("Telefonkontakt", "Ringt föräldrarna: uppföljande ultraljud visar hydronefros grad 3 höger, bild av pyeloureteral stenos. De är informerade och får tid för scintigrafi."),
    ]),
    N("n2", M, "Läkaranteckning", "vg_bumm_dsbus", "Leila Moradi", L, "2024-03-26 10:00", "2024-03-26 11:30", OV, [
        ("Diagnos", "Hydronefros höger orsakad av pyeloureteral stenos."),
        ("Aktuellt", "Diagnosen meddelades föräldrarna per telefon 12/3. MAG3-scint visar nedsatt dränage och 38 % separat funktion höger."),
        ("Planering", "Remiss till barnurolog för pyeloplastik. Antibiotikaprofylax ej aktuellt."),
    ])],
    [], [("NL101", "n2")],
    "the visit note refers to the diagnosis given by phone two weeks earlier")

case("ped-adhd-biverkningar-ej-informerat", "skane", "20141212-2473", "2014-12-12", "2024-04-10", [
    N("n1", M, "Mottagningsanteckning", "sk_neuro_lund", "Malin Rosén", L, "2024-03-27 13:30", "2024-03-27 15:45", OV, [
        ("Diagnos", "ADHD, kombinerad form, samt autism nivå 1, fastställda efter neuropsykiatrisk utredning i januari."),
        ("Aktuellt", "Återgivning av utredningen till pojken och föräldrarna genomförd i februari. Nu start av metylfenidat."),
        ("Planering", "Medikinet 10 mg på morgonen. Ej hunnit informera om biverkningar av metylfenidat, det tas av sjuksköterskan vid telefonsamtalet nästa vecka."),
    ])],
    [], [("NL101", "n1")],
    "what is not yet explained are drug side effects, not a diagnosis; the diagnoses were fed back in February")

case("ped-pneumoni-utskrivningsdatum-vantar", "vgr", "20210330-2747", "2021-03-30", "2024-02-25", [
    N("n1", M, "Ronds-anteckning", "vg_avd_skovde", "David Hermansson", L, "2024-02-16 09:40", "2024-02-16 10:20", SV, [
        ("Bedömning", "Pneumoni vänster underlob, förbättras på iv cefotaxim, feberfri sedan igår kväll."),
        ("Planering", "Väntar med att ge familjen ett utskrivningsdatum tills CRP-kontrollen imorgon. Övergång till peroral amoxicillin då."),
    ])],
    [], [("NL101", "n1")],
    "'Väntar med att ge familjen' an utskrivningsdatum: a date is withheld, not the diagnosis")

case("ped-tourette-skolan-far-ej-veta", "skane", "20150611-1309", "2015-06-11", "2024-12-10", [
    N("n1", M, "Läkaranteckning", "sk_bum_ystad", "Erik Månsson", L, "2024-11-26 10:00", "2024-11-26 11:40", OV, [
        ("Diagnos", "Tourettes syndrom."),
        ("Anamnes", "Motoriska tics sedan sex års ålder, sedan ett år även harklingar och ljud. Varierande intensitet, värre i perioder av stress."),
        ("Information", "Flickan och föräldrarna informerade om diagnosen. Föräldrarna vill inte att skolan får veta något än."),
    ])],
    [], [("NL101", "n1")],
    "the school, a third party, is not informed; the child and her guardians are")

case("ped-hirschsprung-igar-ej-idag-informerade", "skane", "20240629-3676", "2024-06-29", "2024-07-30", [
    N("n1", M, "Daganteckning", "sk_avd_malmo", "Johanna Wallin", L, "2024-07-18 14:00", "2024-07-18 15:10", SV, [
        ("Aktuellt", "Föräldrarna hade igår ännu inte fått besked om rektalbiopsin. Idag har de informerats av barnkirurg om diagnosen."),
        ("Diagnos", "Hirschsprungs sjukdom, kortsegment."),
        ("Planering", "Rektalsköljningar två gånger dagligen hemma, föräldrarna lär sig tekniken. Operation planeras vid tre månaders ålder."),
    ])],
    [], [("NL101", "n1")],
    "hard negative: the note says the parents had not been told yesterday but were told today")
# ---------------------------------------------------------------- part 7: more hedge forms, typos, neonatology

case("ped-typo-missankt-pyelonefrit", "vgr", "20230409-4242", "2023-04-09", "2024-04-05", [
    N("n1", M, "Inskrivningsanteckning", "vg_avd_skovde", "Elin Gustavsson", L, "2024-03-25 20:30", "2024-03-25 22:15", SV, [
        ("Aktuellt", "Ettårig flicka med feber 40,1 sedan i förrgår, kräkts och vägrar äta. Ingen hosta, ingen snuva."),
        ("Status", "Påverkad, irritabel. Slemhinnor torra. Buk mjuk. Ingen nackstelhet."),
        ("Bedömning", "Missänkt pyelonefrit, urinsticka från kateterprov leukocyter 3+ och nitrit positiv. CRP 96."),
        ("Åtgärd", "Urinodling, blododling. Cefotaxim iv. Vätska iv."),
    ])],
    [("NL102", "n1")], [],
    "typo in the hedge ('Missänkt') before a diagnosis in a visible ward note")

case("ped-typo-sannolkit-laktosintolerans", "skane", "20130311-3532", "2013-03-11", "2024-05-20", [
    N("n1", M, "Läkaranteckning", "sk_bum_ystad", "Erik Månsson", L, "2024-05-07 10:20", "2024-05-07 11:00", OV, [
        ("Anamnes", "Elvaåring med uppkördhet, gaser och lös avföring efter mjölkglas och glass, sedan ett halvår. Pappa och farmor tål inte mjölk."),
        ("Bedömning", "Sannolkit laktosintolerans av vuxentyp."),
        ("Planering", "Laktosfri kost i tre veckor, därefter provokation hemma. Återkoppling via 1177."),
    ])],
    [("NL102", "n1")], [],
    "typo 'Sannolkit' still hedges the child's diagnosis in a visible section")

case("ped-typo-trloig-otit", "skane", "20221002-3400", "2022-10-02", "2024-01-15", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Ali Rahimi", L, "2024-01-06 19:45", "2024-01-06 20:30", OV, [
        ("Kontaktorsak", "Öronvärk natten till idag och feber 38,9, förkyld sedan en vecka."),
        ("Status", "Höger trumhinna buktande och röd, vänster matt. Svalg rodnat. Pulm u.a."),
        ("Bedömning", "Trloig akut otitis media höger."),
        ("Planering", "PcV 25 mg/kg x 3 i fem dagar. Åter om ingen förbättring på tre dagar."),
    ])],
    [("NL102", "n1")], [],
    "typo 'Trloig' (trolig) before acute otitis media in a Melior emergency note")

case("ped-typo-differntialdiagnos-hoft", "vgr", "20200822-4772", "2020-08-22", "2024-11-10", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "Karolina Svensson", L, "2024-10-30 12:15", "2024-10-30 14:40", OV, [
        ("Aktuellt", "Fyraåring som vägrar stödja på höger ben sedan i morse. Feber 38,6. Förkyld förra veckan."),
        ("Status", "Håller höften flekterad och utåtroterad, smärta vid all rörelse."),
        ("Bedömning", "Septisk artrit i höger höft? Differntialdiagnos coxitis simplex. CRP 48, SR 40."),
        ("Åtgärd", "UL höft med punktion av ledvätska via ortopedjouren, blododling, fasta."),
    ])],
    [("NL102", "n1")], [],
    "question-marked septic arthritis plus a misspelt 'Differntialdiagnos': an open hypothesis in a visible note")

case("ped-tuberkulos-uteslutes-ej", "vgr", "20120707-8195", "2012-07-07", "2024-02-15", [
    N("n1", M, "Läkaranteckning", "vg_bumm_dsbus", "Leila Moradi", L, "2024-01-30 13:30", "2024-01-30 16:05", OV, [
        ("Anamnes", "Elvaåring som kom till Sverige från Somalia för fyra månader sedan. Hosta sedan sex veckor, nattsvettningar, gått ned 2 kg. Tolk via telefon."),
        ("Provsvar", "IGRA positiv. Rtg pulm: förstorade hiluskörtlar höger."),
        ("Bedömning", "Aktiv tuberkulos uteslutes ej."),
        ("Planering", "Ventrikelsköljning tre morgnar för odling och PCR. Smittskyddsanmälan görs om odling positiv. Infektionskonsult bokad."),
    ])],
    [("NL102", "n1")], [],
    "'uteslutes ej' (the inverted form of 'kan ej uteslutas') keeps tuberculosis open")

case("ped-kan-inte-utesluta-framande-kropp", "skane", "20221224-4038", "2022-12-24", "2024-06-15", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "Hanna Ek", L, "2024-06-05 18:00", "2024-06-05 19:20", OV, [
        ("Kontaktorsak", "Satte i halsen på jordnötter för en timme sedan enligt storebror, hostattack och sedan pip i bröstet."),
        ("Status", "Opåverkad. Pulm: nedsatt andningsljud höger basalt, expiratoriskt pip höger. SaO2 96 %."),
        ("Röntgen", "Rtg pulm in- och exspiration: överluftning höger under exspiration."),
        ("Bedömning", "Kan inte utesluta främmande kropp i höger huvudbronk."),
        ("Åtgärd", "Barnkirurg och ÖNH kontaktade för bronkoskopi i kväll. Fasta."),
    ])],
    [("NL102", "n1")], [],
    "'Kan inte utesluta främmande kropp' (foreign body aspiration) is an open diagnosis in the visible Bedömning")

case("ped-anorexi-talar-starkt-for-16ar", "vgr", "20080212-8181", "2008-02-12", "2024-09-20", [
    N("n1", M, "Mottagningsanteckning", "vg_bum_kungalv", "Annika Holmberg", L, "2024-09-09 14:00", "2024-09-09 16:30", OV, [
        ("Anamnes", "16-årig tjej som gått ned 9 kg på fem månader, räknar kalorier, tränar två pass om dagen. Mens uteblivit sedan maj."),
        ("Status", "BMI 15,8. Puls 44 liggande, BT 92/55. Kalla händer, lanugo på armarna."),
        ("Bedömning", "Bilden talar starkt för anorexia nervosa, restriktiv typ. Bradykardin kräver uppföljning."),
        ("Planering", "EKG och blodprover idag. Remiss till ätstörningsenheten, kontroll här om en vecka."),
    ])],
    [("NL102", "n1")], [],
    "16-year-old reads her own journal: 'talar starkt för anorexia nervosa' is an unconfirmed diagnosis")

case("ped-neo-susp-nec", "vgr", "20240901-1042", "2024-09-01", "2024-09-25", [
    N("n1", M, "Jouranteckning", "vg_neo_boras", "Jonas Berglund", L, "2024-09-14 03:10", "2024-09-14 06:40", SV, [
        ("Aktuellt", "Prematur flicka GV 29+3, dag 13, full enteral nutrition sedan igår. I natt uppspänd buk, gallfärgat ventrikelaspirat och blod i blöjan."),
        ("Status", "Spänd buk, lätt missfärgad, inga tarmljud. Fler desaturationer senaste timmarna."),
        ("Bedömning", "Susp NEC, rtg buk utan pneumatosis eller fri gas."),
        ("Åtgärd", "Tarmvila, sond på öppet drag, blododling, meropenem och vankomycin. Ny rtg buk om sex timmar."),
    ])],
    [("NL102", "n1")], [],
    "NICU night note: 'Susp NEC' written without the abbreviation dot")

case("ped-neo-trolig-abstinens", "skane", "20240318-1379", "2024-03-18", "2024-04-05", [
    N("n1", M, "Daganteckning", "sk_neo_hbg", "Emil Sandström", L, "2024-03-20 09:30", "2024-03-20 10:50", SV, [
        ("Aktuellt", "Dag 2. Mor substitutionsbehandlad med buprenorfin under graviditeten. Skrikig, snabb andning, nyser och suger intensivt på händerna."),
        ("Status", "Finnegan 9 och 11 vid de två senaste bedömningarna. Tremor vid hantering. Temp 37,4."),
        ("Bedömning", "Trolig neonatal abstinens."),
        ("Planering", "Fortsatt Finnegan-poäng var tredje timme, lugn miljö, hud mot hud. Morfinbehandling om tre poäng i rad över 12."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig neonatal abstinens' is a hedged diagnosis of the newborn (the mother's treatment is context)")

case("ped-typo-eventuel-jordnotsallergi", "skane", "20211205-3224", "2021-12-05", "2024-08-20", [
    N("n1", M, "Läkaranteckning", "sk_bumm_lund", "Rebecka Sjöberg", L, "2024-08-07 11:00", "2024-08-07 11:40", OV, [
        ("Aktuellt", "Tvååring som fick nässelutslag runt munnen och på halsen efter en tesked jordnötssmör i helgen. Ingen andningspåverkan."),
        ("Bedömning", "Eventuel jordnötsallergi."),
        ("Planering", "Specifikt IgE mot jordnöt och komponenter skickat. Undvik jordnöt tills vidare. Antihistamin utskrivet."),
    ])],
    [("NL102", "n1")], [],
    "typo 'Eventuel' hedging a food allergy diagnosis in a visible note")

case("ped-itp-dd-typo-leukmi", "vgr", "20200428-7468", "2020-04-28", "2024-05-15", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "Fredrik Sandberg", L, "2024-05-05 10:10", "2024-05-05 12:00", OV, [
        ("Aktuellt", "Fyraåring med blåmärken på benen och prickar på bålen sedan igår. Varit förkyld för två veckor sedan. Pigg."),
        ("Lab", "TPK 8, Hb 121, LPK 7,2 med normal differentialräkning."),
        ("Bedömning", "Trol. ITP. DD leukmi, men ingen hepatosplenomegali och normal blodbild i övrigt."),
        ("Planering", "Ingen behandling vid frånvaro av slemhinneblödning. Nytt TPK om tre dagar."),
    ])],
    [("NL102", "n1")], [],
    "'Trol. ITP' with a misspelt differential ('DD leukmi') in a visible emergency note")

case("ped-rs-bekraftad-otit-fragetecken", "skane", "20230902-3352", "2023-09-02", "2024-06-20", [
    N("n1", M, "Ronds-anteckning", "sk_avd_malmo", "Viktor Engström", L, "2024-06-13 09:20", "2024-06-13 10:05", SV, [
        ("Aktuellt", "Dag 3 med RS-bronkiolit, RS-PCR positiv. Klarar sig på 0,5 l syrgas, äter halva mål."),
        ("Status", "Indragningar lindriga, AF 48. Röd och matt trumhinna vänster, otit?"),
        ("Planering", "Fortsatt syrgas och sondmatning vid behov. Ny otoskopi i eftermiddag av bakjour."),
    ])],
    [("NL102", "n1")], [],
    "the confirmed RS bronchiolitis is fine, but 'otit?' in Status adds a visible hypothesis")

case("ped-pmo-bvc-kan-ej-utesluta-hjartfel", "skane", "20240414-5118", "2024-04-14", "2024-08-25", [
    N("n1", P, "BVC besök", "sk_bvc_nasby", "Anders Möller", L, "2024-08-12 10:30", "2024-08-12 11:15", OV, [
        ("Status", "Fyramånaderskontroll. Blåsljud 2/6 systoliskt vänster sternalrand, normala femoralispulsar. Äter och växer fint."),
        ("Bedömning", "Kan ej utesluta hjärtfel."),
        ("Åtgärd", "Remiss till barnmottagningen för EKG och eko."),
    ])],
    [], [("NL102", "n1")],
    "BVC doctor in PMO: 'Kan ej utesluta hjärtfel' is hidden because PMO never shows diagnoses")

case("ped-typo-trolgi-cystit-telefon-utkast", "vgr", "20180719-2180", "2018-07-19", "2024-10-25", [
    N("n1", M, "Telefonanteckning", "vg_bum_nal", "Amanda Khalil", L, "2024-10-14 11:05", None, OV, [
        ("Telefonkontakt", "Mamma ringer, sexåringen har sveda och kissar var tjugonde minut sedan igår, ingen feber. Trolgi cystit. Urinsticka och odling lämnas på vårdcentralen idag, vi ringer upp med svar i eftermiddag."),
    ])],
    [("NL102", "n1")], [],
    "unsigned phone note with typo 'Trolgi cystit' in the visible Telefonkontakt section")
# ---------------------------------------------------------------- part 8: long charts, one-liners, last NL101

case("ped-neo-lang-misstankt-bpd", "vgr", "20240120-6038", "2024-01-20", "2024-04-05", [
    N("n1", M, "Daganteckning", "vg_neo_dsbus", "Malin Ekdahl", L, "2024-03-28 11:40", "2024-03-28 15:25", SV, [
        ("Aktuellt", "Pojke född i GV 25+2, nu dag 68, PMA 35+0. Vikt 1 920 g (+25 g/dygn senaste veckan). Fortsatt beroende av andningsstöd: nasal CPAP 6 cm H2O, FiO2 0,30–0,35, högre vid matning. Extuberad dag 21 efter två doser surfaktant. PDA-ligatur dag 30. Koffein sedan födseln."),
        ("Status", "AT: rosig, lugn i kuvös.\nAF 60–70, lätta subkostala indragningar.\nPulm: grova rassel bilat, inga pip.\nCor: RR, inget blåsljud efter ligaturen.\nBuk: mjuk, normala tarmljud, navel ua.\nNeuro: bra tonus för åldern, följer ansikte kort. Fontanell mjuk, i nivå."),
        ("Nutrition", "Bröstmjölk med berikning 170 ml/kg/dygn via sond, ammar två gånger per dygn med tyst sväljning. Avföring dagligen, inga gallkräkningar. Viktkurvan följer −1 SD, huvudomfång +0,5 cm på en vecka."),
        ("Läkemedel", "Koffeincitrat 10 mg/kg x 1.\nD-vitamin 400 IE x 1.\nFosfattillskott enligt ordination.\nJärn pausat under erytropoetinperioden."),
        ("Lab", "Hb 98, retikulocyter 4 %, fosfat 1,6, ALP 780. Kapillär blodgas: pH 7,34, pCO2 7,8, BE +4."),
        ("Röntgen", "Rtg pulm: bilaterala strimmiga förtätningar och små cystiska uppklarningar, oförändrat jmf 14/3."),
        ("Bedömning", "Misstänkt bronkopulmonell dysplasi, slutlig gradering vid PMA 36+0. Kompenserad respiratorisk acidos. Prematuritetsanemi, ingen transfusion nu."),
        ("Planering", "Fortsatt CPAP, försök med högflöde 4 l/min imorgon. Diuretika diskuteras på ronden. Järntillskott från nästa vecka. ROP-kontroll torsdag. Samtal med föräldrarna om det fortsatta förloppet inbokat fredag."),
        ("Omvårdnad", "Mamma är på avdelningen dagtid och sköter sondmatningen själv, pappa kommer på kvällarna. Hud mot hud två timmar per dag med stabil saturation. Syskonbesök i helgen enligt önskemål."),
    ])],
    [("NL102", "n1")], [],
    "long NICU chart with telegraphic status lines; one hedged diagnosis (BPD before 36 weeks) stands in the visible Bedömning")

case("ped-diabetes-lang-18ar-inga-hypoteser", "skane", "20061030-5237", "2006-10-30", "2024-11-30", [
    N("n1", M, "Läkaranteckning", "sk_diab_hbg", "Lars Nordin", L, "2024-11-20 13:00", "2024-11-21 09:15", OV, [
        ("Aktuellt", "18-årig man med typ 1-diabetes sedan 2013, behandlas med penna (Fiasp och Tresiba) och Freestyle Libre 3. Går sista året på el-programmet, jobbar extra på lager helger. Kommer ensam."),
        ("Anamnes", "Två känningar i veckan, oftast efter gymmet, känner dem i tid. Inga svåra hypoglykemier eller ketoacidoser senaste året. Glömmer ibland måltidsdosen till skollunchen. Snusar, röker inte. Alkohol på fest någon gång i månaden, känner till risken för sena känningar."),
        ("Psykosocialt", "Bor med pappa och lillebror, träffar mamma varannan helg. Trivs i klassen, har körkort sedan i somras och kör moped till jobbet. Sover 6–7 timmar per natt under veckorna. Känner sig ibland less på diabetesen men vill inte träffa kurator just nu."),
        ("Egenvård", "Räknar kolhydrater ungefär, tar korrektionsdoser enligt faktor 1:2. Byter pennspets sällan, har fått nya spetsar och genomgång av teknik av diabetessköterskan idag. Glukagon Baqsimi finns hemma och på jobbet."),
        ("Status", "Längd 182 cm, vikt 78 kg, BMI 23,5. BT 124/72. Injektionsställen på buken: lipohypertrofi vänster sida. Fötter: pulsar och sensibilitet ua."),
        ("Provsvar", "HbA1c 63 mmol/mol (förra 58). TIR 52 %, TBR 3 %. U-albumin/kreatinin, lipider och TSH normala. Transglutaminas negativt, ingen misstanke om celiaki. Ögonbottenfoto från juni utan retinopati."),
        ("Bedömning", "Typ 1-diabetes med försämrad glukoskontroll, främst pga missade lunchdoser och lipohypertrofi."),
        ("Planering", "Byter injektionsområde till lår och höger bukhalva. Larm för lunchdos i telefonen. Ev. byte till insulinpump med automatiserad dosering, han funderar till nästa besök. Om ketoner över 1,5 vid illamående ska han ringa diabetesjouren. Trolig överföring till vuxendiabetesmottagningen i vår, överrapporteringsbesök bokas. Nästa läkarbesök i februari."),
    ])],
    [], [("NL102", "n1")],
    "long diabetes visit full of hedged plans ('Ev. byte', 'Trolig överföring'), a conditional and negations, but no hedged diagnosis")

case("ped-jme-lang-dd-pnes-17ar", "vgr", "20070525-9000", "2007-05-25", "2024-10-20", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Camilla Björk", L, "2024-10-03 09:30", "2024-10-03 13:10", OV, [
        ("Diagnos", "Juvenil myoklon epilepsi, känd sedan 2021."),
        ("Aktuellt", "17-årig tjej, anfallsfri på lamotrigin 150 mg x 2 i två år. Sedan september sju episoder under skoltid där hon sjunker ihop, skakar oregelbundet med armar och huvud i 5–10 minuter med slutna ögon och gråter efteråt. Inga tungbett, ingen urinavgång. Inga morgonryckningar."),
        ("Anamnes", "Svår höst med utfrysning i klassen, sover dåligt. Tar medicinen enligt egen uppgift."),
        ("Status", "Neurologiskt status ua. Ledsen under delar av samtalet."),
        ("Undersökning", "Lamotriginkoncentration inom terapeutiskt intervall. Rutin-EEG utan epileptiform aktivitet."),
        ("Bedömning", "Den kända epilepsin verkar välkontrollerad. DD psykogena icke-epileptiska anfall med tanke på semiologin med slutna ögon, långa förlopp och gråt."),
        ("Planering", "Videotelemetri-EEG på Sahlgrenska för att fånga episoderna. Oförändrad medicinering. Kontakt med elevhälsan och kurator om hon vill."),
    ])],
    [("NL102", "n1")], [],
    "long neuro note: the epilepsy is confirmed, but the new episodes carry a visible 'DD psykogena icke-epileptiska anfall'")

case("ped-epikris-pneumoni-lang-inga-hypoteser", "skane", "20190712-7714", "2019-07-12", "2024-06-05", [
    N("n1", M, "Epikris", "sk_avd_krist", "Niklas Persson", L, "2024-05-23 14:00", "2024-05-24 10:30", SV, [
        ("Vårdtid", "2024-05-17 – 2024-05-23."),
        ("Diagnos", "Pneumoni höger överlob (J18.1). Liten parapneumonisk pleuravätska."),
        ("Anamnes", "Femåring som söker med fyra dagars feber, hosta och magont. Mamma har trolig astma och utreds på vårdcentralen, pojken själv tidigare frisk."),
        ("Förlopp", "Rtg pulm med lobär förtätning höger överlob och liten pleuravätska. CRP 210 vid ankomst. Behandlad med bensylpenicillin iv i fyra dygn, därefter amoxicillin peroralt. UL thorax dag 3 visade oförändrad liten vätskemängd utan septering och misstanken om empyem avskrevs. Feberfri sedan dag 4, CRP 34 vid utskrivning. Äter och dricker bra."),
        ("Planering", "Amoxicillin 50 mg/kg/dygn fördelat på tre doser, totalt tio dagars behandling. Kontrollröntgen om sex veckor via barnmottagningen. Vid ny feber eller ökad andfåddhet ska familjen söka barnakuten."),
        ("Information", "Föräldrarna informerade om diagnos och planering vid utskrivningen."),
    ])],
    [], [("NL102", "n1")],
    "discharge summary where the only hedges concern the mother's asthma and a dismissed empyema; the pneumonia is confirmed and told")

case("ped-pmo-bvc-lang-misstankt-autism", "skane", "20221109-5365", "2022-11-09", "2024-05-31", [
    N("n1", P, "BVC besök", "sk_bvc_simris", "Karin Ohlsson", S, "2024-05-14 13:30", "2024-05-14 15:00", OV, [
        ("Aktuellt", "18-månadersbesök med mamma och pappa. Går på förskolan sedan januari, trivs enligt pedagogerna men leker mest för sig själv."),
        ("Utveckling", "Går fritt sedan 14 månader, klättrar. Inga ord ännu, pekar inte för att visa. Kort ögonkontakt. Reagerar ibland på sitt namn. Rullar bilar och tittar på hjulen långa stunder."),
        ("Status", "Vikt 11,2 kg, längd 82 cm, huvudomfång 47,5 cm, följer kurvorna."),
        ("Bedömning", "M-CHAT 6 poäng. Misstänkt autism, DD språkstörning. Hörselnedsättning kan ej uteslutas."),
        ("Åtgärd", "Remiss till BVC-läkare och audiolog. Samtal med föräldrarna om observationerna, de har själva funderat i samma banor. Erbjuden tid hos BVC-psykolog."),
    ])],
    [], [("NL102", "n1")],
    "long PMO BVC note packed with hedged diagnoses (autism, DD, 'kan ej uteslutas'): PMO hides diagnoses, so no NL102")

case("ped-en-rad-typo-obstrutivitet", "vgr", "20230203-2731", "2023-02-03", "2024-12-20", [
    N("n1", M, "Läkaranteckning", "vg_bum_alings", "Maria Johansson", L, "2024-12-11 16:10", "2024-12-11 16:12", OV, [
        ("Bedömning", "Trol. virusutlöst obstrutivitet, Airomir 2 puffar vb via spacer, åter om en vecka."),
    ])],
    [("NL102", "n1")], [],
    "one-line note, typo in the diagnosis word ('obstrutivitet') after 'Trol.'")

case("ped-en-rad-ingen-otit", "skane", "20210127-2520", "2021-01-27", "2024-03-10", [
    N("n1", M, "Läkaranteckning", "sk_bum_ystad", "Sara Holm", L, "2024-02-28 15:50", "2024-02-28 15:52", OV, [
        ("Status", "Otoskopi u.a. bilat, ingen otit. Förkyld, ingen behandling behövs."),
    ])],
    [], [("NL102", "n1")],
    "one-line note: otitis negated, nothing hedged")

case("ped-typo-ulceros-kolit-ej-informarede", "vgr", "20140220-8738", "2014-02-20", "2024-11-05", [
    N("n1", M, "Läkaranteckning", "vg_avd_skovde", "David Hermansson", L, "2024-10-24 15:30", "2024-10-24 17:00", SV, [
        ("Utredning", "Koloskopi i narkos idag: kontinuerlig inflammation från rektum till cekum. PAD preliminärt med kryptabscesser och kronisk inflammation, inga granulom."),
        ("Diagnos", "Ulcerös kolit, pankolit."),
        ("Planering", "Pojken och föräldrarna ännu inte informarede om diagnosen, barngastroenterolog tar samtalet imorgon. Prednisolon 1 mg/kg startas efter samtalet."),
    ])],
    [("NL101", "n1")], [],
    "typo 'informarede': the 10-year-old and his guardians are not yet told about the visible ulcerative colitis")

# ---------------------------------------------------------------- part 9: further hedge forms and untold diagnoses

case("ped-ej-uteslutet-spondylolys-16ar", "skane", "20071203-6177", "2007-12-03", "2024-04-30", [
    N("n1", M, "Läkaranteckning", "sk_bumm_lund", "Viktor Engström", L, "2024-04-17 13:20", "2024-04-17 15:00", OV, [
        ("Anamnes", "16-årig gymnast som tränar 20 timmar i veckan. Ländryggssmärta sedan två månader, värre vid bakåtböjning och efter volter. Ingen utstrålning, inga nattsmärtor."),
        ("Status", "Ömhet över L5, smärta vid extension stående på ett ben (stork-test positivt höger). Neurologi i benen ua."),
        ("Bedömning", "Ej uteslutet att smärtan orsakas av spondylolys i L5."),
        ("Planering", "MR ländrygg. Uppehåll med bakåtböjningar tills svar. Fysioterapeut för bålstabilitet."),
    ])],
    [("NL102", "n1")], [],
    "'Ej uteslutet att … spondylolys' is an open diagnosis in a 16-year-old's visible note")

case("ped-differentialdiagnostiskt-ibd", "vgr", "20150417-3582", "2015-04-17", "2024-06-30", [
    N("n1", M, "Läkaranteckning", "vg_bum_alings", "Sara Lindahl", L, "2024-06-18 10:00", None, OV, [
        ("Aktuellt", "Nioåring med buksmärtor sedan fyra månader, väcks av smärtan ibland, lös avföring utan blod. Tappat 1,5 kg."),
        ("Provsvar", "F-kalprotektin 420, CRP 12, Hb 112, albumin 34."),
        ("Bedömning", "Differentialdiagnostiskt övervägs inflammatorisk tarmsjukdom med tanke på förhöjt kalprotektin och viktnedgången."),
        ("Planering", "Remiss till barngastroenterologen DSBUS för skopi. Nytt kalprotektin om fyra veckor."),
    ])],
    [("NL102", "n1")], [],
    "'Differentialdiagnostiskt övervägs' (adverb form of differentialdiagnos) before IBD in a visible note")

case("ped-tveksam-skolios", "skane", "20130528-3226", "2013-05-28", "2024-09-25", [
    N("n1", M, "Läkaranteckning", "sk_bum_ystad", "Sara Holm", L, "2024-09-12 09:40", "2024-09-12 10:15", OV, [
        ("Anamnes", "Elvaåring remitterad från skolsköterskan efter ryggscreening. Inga smärtor. Mamma har skolios som opererades i tonåren."),
        ("Status", "Lätt asymmetri i midjetrianglarna. Adams framåtböjningstest: lätt revbenspuckel höger, skoliometer 6 grader."),
        ("Bedömning", "Tveksam lätt idiopatisk skolios, torakal."),
        ("Planering", "Rtg helrygg stående. Ny kontroll när bilden är granskad."),
    ])],
    [("NL102", "n1")], [],
    "'Tveksam' is a hedge clinicians use outside the usual list; the scoliosis of the child stays open in a visible note")

case("ped-typo-stark-misstake-appendicit", "vgr", "20121130-4124", "2012-11-30", "2024-08-25", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "Petra Lindholm", L, "2024-08-14 23:10", "2024-08-15 01:30", OV, [
        ("Aktuellt", "Elvaårig flicka med smärta som började runt naveln i går kväll och nu sitter i höger fossa. Illamående, kräkts en gång. Temp 38,2."),
        ("Status", "Öm med muskelförsvar och släppömhet i höger fossa. Smärta vid hopp."),
        ("Bedömning", "Stark misstake om appendicit. LPK 16,8, CRP 41."),
        ("Åtgärd", "Kirurgjour tillkallad, fasta, iv-vätska och morfin."),
    ])],
    [("NL102", "n1")], [],
    "typo 'misstake' (misstanke) in 'Stark misstanke om appendicit': a hedged diagnosis in a visible note")

case("ped-formodligen-viral-meningit", "skane", "20120315-2150", "2012-03-15", "2024-09-15", [
    N("n1", M, "Inskrivningsanteckning", "sk_avd_malmo", "Linda Fransson", L, "2024-09-03 17:45", "2024-09-03 20:10", SV, [
        ("Aktuellt", "Tolvåring med huvudvärk, feber och ljuskänslighet sedan igår. Lillasyster hade hand-fot-munsjuka förra veckan."),
        ("Status", "Opåverkat medvetande, lätt nackstyvhet, inga utslag."),
        ("Provsvar", "LP: 80 celler/µl, övervägande mononukleära, glukoskvot 0,6, protein 0,5. Enterovirus-PCR i likvor skickad."),
        ("Bedömning", "Förmodligen enteroviral meningit."),
        ("Planering", "Avvaktar PCR, ingen antibiotika med tanke på likvorbilden. Paracetamol och vila."),
    ])],
    [("NL102", "n1")], [],
    "'Förmodligen' hedges the meningitis diagnosis pending PCR")

case("ped-obs-epilepsi-forsta-anfall", "vgr", "20210606-5994", "2021-06-06", "2024-10-10", [
    N("n1", M, "Läkaranteckning", "vg_bum_nal", "Oskar Lund", L, "2024-09-26 14:00", "2024-09-26 14:45", OV, [
        ("Aktuellt", "Treåring med första afebrila generaliserade krampanfallet i hemmet igår, tre minuter, därefter trött en timme. Normal utveckling."),
        ("Status", "Pigg, leker. Neurologiskt status ua."),
        ("Bedömning", "Obs epilepsi efter första oprovocerade anfallet."),
        ("Planering", "EEG i sömn och vakenhet. Buccolam utskrivet med instruktion. Återbesök efter EEG."),
    ])],
    [("NL102", "n1")], [],
    "Swedish 'Obs' before a diagnosis ('Obs epilepsi') marks a suspicion under observation, visible here")

case("ped-nf1-talar-for-ej-tagit-upp", "vgr", "20190402-9798", "2019-04-02", "2024-03-20", [
    N("n1", M, "Läkaranteckning", "vg_bumm_dsbus", "Leila Moradi", L, "2024-03-07 08:30", "2024-03-07 09:40", OV, [
        ("Anamnes", "Femåring remitterad för fläckar på huden. Normal utveckling, går på förskola."),
        ("Status", "Sju café-au-lait-fläckar över 5 mm på bål och lår, fräknar i båda armhålorna. Inga hudneurofibrom."),
        ("Bedömning", "Bilden talar för neurofibromatos typ 1."),
        ("Planering", "Har inte tagit upp misstanken med föräldrarna ännu, det görs när ögonundersökningen är klar. Remiss till ögonkliniken."),
    ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "a hedged NF1 diagnosis stands in Bedömning and the plan says it has not been raised with the guardians")

case("ped-turner-ej-kommunicerats", "skane", "20160321-2182", "2016-03-21", "2024-02-25", [
    N("n1", M, "Provsvarsanteckning", "sk_endo_lund", "Per Åkesson", L, "2024-02-13 12:30", "2024-02-13 12:50", OV, [
        ("Provsvar", "Kromosomanalys: 45,X i samtliga analyserade celler."),
        ("Diagnos", "Turners syndrom."),
        ("Planering", "Diagnosen har ännu inte kommunicerats med föräldrarna; besök med barnendokrinolog och genetisk vägledare bokas nästa vecka. Eko och UL njurar beställs."),
    ])],
    [("NL101", "n1")], [],
    "'har ännu inte kommunicerats med föräldrarna' about a visible chromosome diagnosis of an 8-year-old")

case("ped-neo-galaktosemi-kanner-inte-till", "vgr", "20240714-7228", "2024-07-14", "2024-07-30", [
    N("n1", M, "Läkaranteckning", "vg_neo_dsbus", "Peter Wikström", L, "2024-07-19 08:10", "2024-07-19 08:25", OV, [
        ("Provsvar", "Nyföddhetsscreening: GALT-aktivitet ej mätbar, förhöjt galaktos."),
        ("Diagnos", "Klassisk galaktosemi."),
        ("Åtgärd", "Familjen känner ännu inte till provsvaret. Ringer dem nu och ber dem sluta amma och komma till avdelningen för inläggning och laktosfri ersättning."),
    ])],
    [("NL101", "n1")], [],
    "screening diagnosis written before the call: 'Familjen känner ännu inte till provsvaret'")

case("ped-poi-17ar-ej-fatt-besked-utkast", "skane", "20070808-6384", "2007-08-08", "2024-11-30", [
    N("n1", M, "Läkaranteckning", "sk_endo_lund", "Ingela Mårtensson", L, "2024-11-18 16:20", None, OV, [
        ("Aktuellt", "17-åring med sekundär amenorré sedan ett år."),
        ("Provsvar", "FSH 68 och 72 med fyra veckors mellanrum, östradiol lågt, AMH omätbart. Kromosomanalys 46,XX, FMR1 normal."),
        ("Diagnos", "Primär ovariell insufficiens."),
        ("Planering", "Hon har inte fått besked ännu, tid bokas där hon själv väljer om mamma ska vara med. Östrogensubstitution och bentäthetsmätning diskuteras vid besöket."),
    ])],
    [("NL101", "n1")], [],
    "unsigned draft: a 17-year-old reader has not yet been given the diagnosis written under Diagnos")

# ================================================================ validation
CODES = {"NL101", "NL102"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(digits10):
    total = 0
    for i, ch in enumerate(digits10):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def age_at(birth, when):
    years = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        years -= 1
    return years


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: errors.append(f"{name}: {msg}")
        if set(c) != CASE_KEYS:
            err(f"case keys {sorted(c)}")
            continue
        if name in names:
            err("duplicate case name")
        names.add(name)
        if not re.fullmatch(r"ped-[a-z0-9-]+", name):
            err("case name must be ped- and lower-case ascii")
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip():
            err("empty why")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err(f"record keys {sorted(rec)}")
            continue
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("access_events, conversations and treatments must be empty")
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            err("patient keys")
        pnr = pat["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pnr)
        if not m:
            err(f"bad personnummer format {pnr}")
            continue
        if f"{m.group(1)}-{m.group(2)}-{m.group(3)}" != pat["birth_date"]:
            err("personnummer does not match birth_date")
        if not luhn_ok(pnr[2:8] + pnr[9:]):
            err(f"Luhn check fails for {pnr}")
        try:
            birth = datetime.date.fromisoformat(pat["birth_date"])
        except ValueError:
            err("invalid birth_date")
            continue
        as_of = parse_dt(rec["as_of"])
        if as_of.year != 2024:
            err("as_of not in 2024")
        when_list = [as_of]
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                err(f"note keys {sorted(n)}")
                continue
            if n["id"] in notes:
                err(f"duplicate note id {n['id']}")
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                err(f"bad system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes must be Melior")
            hsa = n["unit"]["hsa_id"]
            if c["ruleset"] == "vgr" and not hsa.startswith("SE2321000131-"):
                err("VGR case with a non-VGR unit")
            if c["ruleset"] == "skane" and not hsa.startswith("SE2321000255-"):
                err("Skåne case with a non-Skåne unit")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                err("unit/author keys")
            t = parse_dt(n["time"])
            if t.year != 2024:
                err(f"note {n['id']} time not in 2024")
            if t.date() < birth:
                err(f"note {n['id']} written before birth")
            if t > as_of:
                err(f"note {n['id']} after as_of")
            when_list.append(t)
            if n["signed"] is not None:
                s = parse_dt(n["signed"])
                if s.year != 2024 or s < t:
                    err(f"note {n['id']} signed time invalid")
            if not n["sections"]:
                err(f"note {n['id']} without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    err("bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            err(f"sentence repeated (first in {sentences[sent]}): {sent!r}")
                        else:
                            sentences[sent] = name
        for w in when_list:
            a = age_at(birth, w.date())
            if 13 <= a <= 15:
                err(f"patient is {a} years old at {w}")
            if a < 0:
                err("negative age")
        if not c["must"] and not c["must_not"]:
            err("no assertion")
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    err("assertion must be [code, note]")
                    continue
                code, target = item
                if code not in CODES:
                    err(f"unexpected code {code}")
                if target not in notes:
                    err(f"target {target} does not exist")
                    continue
                if (code, target) in seen:
                    err(f"{code} on {target} asserted twice")
                seen.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    err("NL102 must asserted on a non-Melior note")
                if code == "NL102" and lst == "must_not" and system not in ("Melior", "PMO"):
                    err("NL102 on unknown system")
                if code == "NL101" and system == "PMO":
                    err("NL101 asserted on a PMO note")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); cases.jsonl not written", file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev158_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {out}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
