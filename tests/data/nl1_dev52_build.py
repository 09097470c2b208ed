#!/usr/bin/env python3
"""dev52: independent NL101/NL102 cases, paediatrics (children under 13, guardians read).

Standard library only, deterministic. Writes nl1_dev52_cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

SK = "SE2321000255-"
VG = "SE2321000131-"

UNITS = {
    # Skåne, Melior (hospitals)
    "sk_bak_lund": ("Barnakuten, Skånes universitetssjukhus Lund", SK + "B1L7"),
    "sk_bak_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", SK + "B2M4"),
    "sk_bak_hbg": ("Barnakuten, Helsingborgs lasarett", SK + "H3A1"),
    "sk_avd63_hbg": ("Barn- och ungdomsmedicinska kliniken, avdelning 63, Helsingborgs lasarett", SK + "H363"),
    "sk_bavd_krist": ("Barnavdelningen, Centralsjukhuset Kristianstad", SK + "K5B2"),
    "sk_bmott_krist": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", SK + "K5M8"),
    "sk_bmott_ystad": ("Barn- och ungdomsmottagningen, Lasarettet Ystad", SK + "Y7B3"),
    "sk_bmott_hlm": ("Barnmottagningen, Hässleholms sjukhus", SK + "HL42"),
    "sk_bmott_trbg": ("Barn- och ungdomsmedicinska mottagningen, Lasarettet Trelleborg", SK + "T9B1"),
    "sk_bmott_lkr": ("Barnmottagningen, Landskrona lasarett", SK + "LK15"),
    "sk_bavd_lund": ("Barn- och ungdomsmedicinsk avdelning 63, Skånes universitetssjukhus Lund", SK + "L631"),
    "sk_onko_lund": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", SK + "ON84"),
    "sk_neuro_lund": ("Barnneurologimottagningen, Skånes universitetssjukhus Lund", SK + "NE27"),
    "sk_neuro_malmo": ("Barnneurologimottagningen, Skånes universitetssjukhus Malmö", SK + "NE39"),
    "sk_gastro_malmo": ("Barngastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "GA51"),
    "sk_gastro_lund": ("Barngastromottagningen, Skånes universitetssjukhus Lund", SK + "GA22"),
    "sk_hjart_lund": ("Barnhjärtmottagningen, Skånes universitetssjukhus Lund", SK + "HJ60"),
    "sk_bkir_lund": ("Barnkirurgiska avdelningen, Skånes universitetssjukhus Lund", SK + "BK12"),
    "sk_bkir_malmo": ("Barnkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "BK48"),
    "sk_neo_lund": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", SK + "NN03"),
    "sk_neo_malmo": ("Neonatalavdelningen, Skånes universitetssjukhus Malmö", SK + "NN17"),
    "sk_orto_malmo": ("Barnortopediska mottagningen, Skånes universitetssjukhus Malmö", SK + "OR66"),
    "sk_orto_lund": ("Barnortopedi, Skånes universitetssjukhus Lund", SK + "OR21"),
    "sk_reuma_lund": ("Barnreumatologiska mottagningen, Skånes universitetssjukhus Lund", SK + "RE90"),
    "sk_endo_malmo": ("Barnendokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "EN74"),
    "sk_koag_malmo": ("Koagulationscentrum, barnsektionen, Skånes universitetssjukhus Malmö", SK + "KO28"),
    "sk_bup_malmo": ("BUP-mottagning Malmö Öster, Barn- och ungdomspsykiatri Skåne", SK + "BU11"),
    "sk_bup_hbg": ("BUP-mottagning Helsingborg, Barn- och ungdomspsykiatri Skåne", SK + "BU23"),
    "sk_bup_lund": ("BUP-mottagning Lund, Barn- och ungdomspsykiatri Skåne", SK + "BU35"),
    "sk_bup_ystad": ("BUP-mottagning Ystad, Barn- och ungdomspsykiatri Skåne", SK + "BU47"),
    "sk_bup_akut": ("BUP Akut och konsultation, Barn- och ungdomspsykiatri Skåne, Lund", SK + "BU59"),
    # Skåne, PMO (primary care, child health)
    "sk_bvc_lomma": ("BVC, Vårdcentralen Lomma", SK + "P1LO"),
    "sk_bvc_sjobo": ("BVC, Vårdcentralen Sjöbo", SK + "P2SJ"),
    "sk_bvc_trbg": ("BVC, Familjens hus Trelleborg", SK + "P3TR"),
    "sk_vc_hollv": ("Vårdcentralen Höllviken", SK + "P4HV"),
    "sk_bvc_nasby": ("BVC, Vårdcentralen Näsby Kristianstad", SK + "P5NK"),
    "sk_bvc_paarp": ("BVC, Vårdcentralen Påarp", SK + "P6PA"),
    "sk_vc_eslov": ("Vårdcentralen Eslöv", SK + "P7ES"),
    # Västra Götaland, Melior
    "vg_bak_ostra": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus, Östra", VG + "D1AK"),
    "vg_bkir_dsbus": ("Barnkirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", VG + "D2BK"),
    "vg_onko_dsbus": ("Barnonkologiska avdelningen 322, Drottning Silvias barn- och ungdomssjukhus", VG + "D3ON"),
    "vg_neuro_dsbus": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "D4NE"),
    "vg_hjart_dsbus": ("Barnhjärtcentrum, Drottning Silvias barn- och ungdomssjukhus", VG + "D5HJ"),
    "vg_endo_dsbus": ("Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "D6EN"),
    "vg_gastro_dsbus": ("Barngastroenterologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "D7GA"),
    "vg_njur_dsbus": ("Barnnjurmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "D8NJ"),
    "vg_reuma_dsbus": ("Barnreumatologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "D9RE"),
    "vg_neo_ostra": ("Neonatalavdelningen 330, Östra sjukhuset", VG + "O1NE"),
    "vg_bak_nal": ("Barnakuten, NU-sjukvården NÄL Trollhättan", VG + "N1AK"),
    "vg_bavd_nal": ("Barnavdelning 52, NU-sjukvården NÄL Trollhättan", VG + "N2BA"),
    "vg_neo_nal": ("Neonatalavdelningen, NU-sjukvården NÄL Trollhättan", VG + "N3NE"),
    "vg_bmott_udd": ("Barn- och ungdomsmottagningen, Uddevalla sjukhus", VG + "U1BM"),
    "vg_bak_sas": ("Barnakuten, Södra Älvsborgs sjukhus Borås", VG + "S1AK"),
    "vg_bmott_sas": ("Barnmottagningen, Södra Älvsborgs sjukhus Borås", VG + "S2BM"),
    "vg_bavd_sas": ("Barnavdelning 41, Södra Älvsborgs sjukhus Borås", VG + "S3BA"),
    "vg_bmott_skov": ("Barn- och ungdomsmottagningen, Skaraborgs sjukhus Skövde", VG + "K1BM"),
    "vg_bavd_skov": ("Barnavdelning 10, Skaraborgs sjukhus Skövde", VG + "K2BA"),
    "vg_bmott_aling": ("Barnmottagningen, Alingsås lasarett", VG + "A1BM"),
    "vg_bmott_kungalv": ("Barn- och ungdomsmottagningen, Kungälvs sjukhus", VG + "G1BM"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(y[2:] + m + d + serial))


def note(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    """signed: minutes after `time`, or None for an unsigned draft."""
    t = dt.datetime.fromisoformat(time)
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


CASES = []


def case(name, ruleset, birth, serial, notes, must, must_not, why):
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
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


M = "Melior"
P = "PMO"
OV = "öppenvård"
SV = "slutenvård"

# ---------------------------------------------------------------------------
# NL102 positives: hedged diagnosis of the child in a visible Melior section
# ---------------------------------------------------------------------------

case("d52-barnakut-misstankt-pylorusstenos", "skane", "2024-02-03", "417", [
    note("n1", M, "Akutanteckning", "sk_bak_lund", "Johanna Bergkvist", "läkare",
         "2024-03-12T21:40", 55, SV, [
             ("Anamnes", "5 v gammal pojke, förstfödd, född v 40 utan komplikationer. Kaskadkräkningar efter varje mål sedan 4 dgr, ingen galla. Vill äta direkt efter kräkningen. Enl BVC-kurvan gått ner 150 g sedan i fredags."),
             ("Status", "AT: Lätt påverkad, något insjunken fontanell, torra slemhinnor. Buk mjuk, ingen säkert palpabel oliv. Synlig peristaltik över epigastriet? Kap blodgas: pH 7,49, BE +7, Cl 94, K 3,4."),
             ("Bedömning", "Misstänkt pylorusstenos med hypokloremisk metabol alkalos."),
             ("Åtgärd", "Inläggning barnkirurgen. Glukos-NaCl med KCl enl PM, fastar. UL pylorus bokat 08.00."),
         ]),
], [("NL102", "n1")], [],
   "Classic paediatric hedge 'misstänkt pylorusstenos' in Bedömning of a Melior emergency note; nothing is said about telling the guardians.")

case("d52-trol-viral-krupp", "skane", "2022-01-19", "286", [
    note("n1", M, "Akutanteckning", "sk_bak_malmo", "Erik Malmsten", "läkare",
         "2024-01-27T03:15", 30, OV, [
             ("Aktuellt", "Vaknade kl 02 med skällande hosta och hes röst, pip vid inandning. Snorig sedan igår, temp 38,2 hemma."),
             ("Status", "Inspiratorisk stridor när hon gråter, försvinner när hon sitter i pappas knä. Sat 97 % luft. Dreglar ej, dricker saft."),
             ("Bedömning", "Trol. viral krupp, lindrig-måttlig. Betametason 0,4 mg/kg po kl 02.45, tydligt bättre efter 40 min."),
             ("Åtgärd", "Hem. Föräldrarna instruerade om sval luft och högläge. Åter om hon får svårt att andas eller blir blå runt munnen."),
         ]),
], [("NL102", "n1")], [],
   "Telegraphic 'Trol. viral krupp' in a visible Bedömning; the conditional return advice is only context.")

case("d52-fragetecken-invagination", "vgr", "2023-05-30", "502", [
    note("n1", M, "Akutanteckning", "vg_bak_ostra", "Sara Lindholm", "läkare",
         "2024-04-02T16:05", None, OV, [
             ("Bedömning", "10 mån. Periodiska skrikattacker var 15-20 min sedan lunch, blek och slö mellan attackerna, en geléaktig blodtillblandad blöja. ?invagination. Akut UL buk beställt, barnkirurgjouren informerad."),
         ]),
], [("NL102", "n1")], [],
   "Unsigned draft (pre-signing): '?invagination' as a bare question-mark prefix before the diagnosis in a visible VGR section.")

case("d52-inkomplett-kawasaki-dd", "skane", "2020-11-08", "739", [
    note("n1", M, "Inskrivningsanteckning", "sk_avd63_hbg", "Amir Haddad", "läkare",
         "2024-02-14T18:30", 120, SV, [
             ("Anamnes", "Feber sedan 5 dygn trots PcV från vårdcentralen mot tonsillit. Röda ögon utan sekret sedan igår. Spruckna läppar, vill inte äta."),
             ("Status", "Bilat icke-purulent konjunktivit, jordgubbstunga, ödem på hand- och fotryggar. Lymfkörtel 2 cm vä halssida. Makulöst exantem bål."),
             ("Lab", "CRP 148, LPK 17,2, Trc 460, ALAT 62, albumin 29."),
             ("Bedömning", "Inkomplett Kawasaki? DD scharlakansfeber, adenovirus, läkemedelsreaktion på PcV."),
             ("Planering", "Ekokardiografi i morgon förmiddag. Diskuteras med barnreumatologjouren angående IVIG redan ikväll."),
         ]),
], [("NL102", "n1")], [],
   "Kawasaki with '?' and a DD list in Bedömning of a ward admission note (Skåne Melior).")

case("d52-kan-inte-utesluta-meningit", "vgr", "2023-08-04", "318", [
    note("n1", M, "Akutanteckning", "vg_bak_nal", "Tobias Ek", "läkare",
         "2024-04-19T22:50", 40, SV, [
             ("Status", "8 mån. Temp 39,6, irritabel och svår att trösta, gnyr vid beröring. Fontanellen känns spänd men svårbedömd när han skriker. Kapillär återfyllnad 3 s. Inga petekier."),
             ("Bedömning", "Kan inte utesluta bakteriell meningit. LP utförd, odlingar tagna, cefotaxim iv startat."),
         ]),
], [("NL102", "n1")], [],
   "'Kan inte utesluta bakteriell meningit' is a hedge (not a negation) in a visible Bedömning.")

case("d52-bild-som-vid-rs-bronkiolit", "skane", "2023-12-02", "645", [
    note("n1", M, "Daganteckning", "sk_bavd_krist", "Linnea Ohlsson", "läkare",
         "2024-03-01T10:20", None, SV, [
             ("Aktuellt", "Vårddag 2. Fortsatt takypné 60/min med jugulära och subkostala indragningar. Bilat fina rassel och pip. Bild som vid RS-bronkiolit, snabbtest ej analyserat pga reagensbrist. Fortsätter högflödesgrimma 2 l/kg/min och sondmatning var 3:e timme."),
         ]),
], [("NL102", "n1")], [],
   "'Bild som vid' hedge inside a one-section ward round note on a 3-month-old. Unsigned draft.")

case("d52-i-forsta-hand-gastroenterit", "vgr", "2015-02-17", "924", [
    note("n1", M, "Akutanteckning", "vg_bkir_dsbus", "Henrik Sjögren", "läkare",
         "2024-05-09T19:10", 25, SV, [
             ("Anamnes", "9-årig flicka med magont sedan i morse, kräkts tre gånger, vattnig diarré x2. Lillebror hade samma för 2 dgr sedan."),
             ("Status", "Lätt ömhet diffust, något mer i hö fossa. Ingen släppömhet, hoppar utan smärta. Temp 38,0."),
             ("Bedömning", "I första hand gastroenterit, tidig appendicit kan inte helt avfärdas. Observeras över natten på avd, nytt bukstatus kl 06."),
         ]),
], [("NL102", "n1")], [],
   "'I första hand …' plus 'kan inte helt avfärdas' — paediatric-surgery hedging of two diagnoses in visible text.")

case("d52-typo-missankt-celiaki", "skane", "2018-03-22", "561", [
    note("n1", M, "Mottagningsanteckning", "sk_gastro_malmo", "Petra Wernersson", "läkare",
         "2024-01-23T13:45", 90, OV, [
             ("Aktuellt", "Remiss från VC pga dålig viktuppgång och lös, illaluktande avföring sedan ett år. tTG-IgA 86 U/ml (ref <7), total-IgA normalt."),
             ("Status", "Tunn flicka, utspänd buk, i övrigt ua. Vikt -1,4 SD, längd -0,3 SD."),
             ("Bedömning", "Missänkt celiaki. Gastroskopi med biopsier planeras, äter vanlig glutenhaltig kost tills dess."),
         ]),
], [("NL102", "n1")], [],
   "Typo in the hedge ('Missänkt celiaki') in a visible Bedömning; nothing said about telling.")

case("d52-sannolik-absensepilepsi", "skane", "2016-09-05", "342", [
    note("n1", M, "Läkaranteckning", "sk_neuro_lund", "Karin Åberg", "läkare",
         "2024-02-06T09:30", 70, OV, [
             ("Anamnes", "Läraren har noterat att flickan 'stänger av' några sekunder flera gånger per dag och tappar tråden mitt i meningen. Föräldrarna har sett samma sak vid middagsbordet."),
             ("Status", "Neurologiskt ua. Hyperventilationsprov på mottagningen utlöser 8 sekunders frånvaro med ögonlocksfladder."),
             ("Bedömning", "Sannolik absensepilepsi (barndomsabsensepilepsi)."),
             ("Planering", "EEG med hyperventilation om 2 v. Skolan informeras om att notera episoderna."),
         ]),
], [("NL102", "n1")], [],
   "'Sannolik' hedge on epilepsy in a neuropaediatric outpatient note.")

case("d52-forenligt-med-coxitis-simplex", "vgr", "2019-06-12", "157", [
    note("n1", M, "Akutanteckning", "vg_bak_sas", "Malin Frisk", "läkare",
         "2024-03-18T11:05", 35, OV, [
             ("Aktuellt", "Haltar sedan igår morse, vill inte stödja på hö ben. Afebril. Snuva förra veckan."),
             ("Status", "Hö höft: smärtsam och begränsad inåtrotation. Övriga leder ua. Ingen rodnad."),
             ("Utredning", "CRP 6, SR 10, LPK 8,1. UL: liten mängd ledvätska hö höft."),
             ("Bedömning", "Förenligt med coxitis simplex. Hem med ibuprofen, återbesök barnakuten om 3 dygn."),
         ]),
], [("NL102", "n1")], [],
   "'Förenligt med coxitis simplex' (transient synovitis) in a visible Bedömning.")

case("d52-talar-for-nydebuterad-diabetes", "skane", "2014-10-27", "863", [
    note("n1", M, "Akutanteckning", "sk_bak_hbg", "Oskar Nyberg", "läkare",
         "2024-03-27T17:40", None, SV, [
             ("Aktuellt", "Varit väldigt törstig och kissat mycket sedan 3 veckor, nattkissat igen. Gått ner 3 kg. Trött efter skolan."),
             ("Lab", "P-glukos 24,1, B-ketoner 2,8, vb pH 7,33, BE -8."),
             ("Bedömning", "Talar för nydebuterad typ 1-diabetes med lätt ketoacidos. Läggs in på avd 63 enligt DKA-PM, diabetesteamet kopplas in i morgon."),
         ]),
], [("NL102", "n1")], [],
   "Unsigned draft: 'Talar för' hedge on type 1 diabetes in the emergency Bedömning.")

case("d52-inger-misstanke-om-itp-typo", "vgr", "2020-02-09", "694", [
    note("n1", M, "Mottagningsanteckning", "vg_bmott_skov", "Jonas Wiklund", "läkare",
         "2024-06-04T14:15", 45, OV, [
             ("Status", "Utbredda petekier och blåmärken på ben och bål sedan 2 dygn, pigg och lekfull. Inga slemhinneblödningar. Ingen lymfkörtelförstoring, lever och mjälte ej palpabla."),
             ("Lab", "Trc 9, Hb 124, LPK 7,3 med normal diff, inga blaster i utstryk."),
             ("Bedömning", "Bilden inger misstake om akut ITP efter virusinfektion för 2 v sedan. Expektans, ny kontroll av Trc om 3 dygn."),
         ]),
], [("NL102", "n1")], [],
   "Typo in the hedge ('inger misstake om' for misstanke) on ITP in a visible VGR Bedömning.")

case("d52-kan-rora-sig-om-komjolksproteinallergi", "skane", "2023-11-21", "238", [
    note("n1", M, "Mottagningsanteckning", "sk_bmott_ystad", "Hanna Söderlund", "läkare",
         "2024-03-20T10:00", 60, OV, [
             ("Anamnes", "Blod- och slemtillblandad avföring sedan 2 v, i övrigt nöjd och växer längs sin kurva. Helammas, mamma dricker cirka en liter mjölk per dag."),
             ("Bedömning", "Kan röra sig om komjölksproteinallergi. Mamma provar helt mjölkfri kost 2-4 veckor, därefter återbesök för utvärdering."),
         ]),
], [("NL102", "n1")], [],
   "'Kan röra sig om' hedge on cow's milk protein allergy in an infant's outpatient note.")

case("d52-bup-fragestallning-adhd", "skane", "2015-01-30", "416", [
    note("n1", M, "Nybesök läkare", "sk_bup_malmo", "Ingrid Stål", "läkare",
         "2024-02-20T13:00", 80, OV, [
             ("Anamnes", "Remiss från elevhälsan. Koncentrationssvårigheter, impulsivitet och konflikter på rasterna sedan åk 1. Föräldrar och klasslärare har fyllt i SNAP-IV med höga poäng på båda delskalorna."),
             ("Bedömning", "Frågeställning ADHD, ev. samtidig språkstörning."),
             ("Planering", "Neuropsykiatrisk utredning påbörjas. Psykolog bokar WISC-V, logoped tillfrågas."),
         ]),
], [("NL102", "n1")], [],
   "BUP Skåne (Melior): 'Frågeställning ADHD, ev. … språkstörning' in a visible Bedömning; child 9 years.")

case("d52-oklart-om-feberkramp-eller-epilepsi", "vgr", "2022-03-15", "571", [
    note("n1", M, "Daganteckning", "vg_bavd_nal", "Elsa Hammar", "läkare",
         "2024-05-27T11:30", 50, SV, [
             ("Bedömning", "Andra krampanfallet på tre månader, denna gång utan feber. Oklart om det rör sig om en atypisk feberkramp eller debut av epilepsi."),
             ("Planering", "EEG på måndag, tid hos barnneurolog om 4 v. Stesolid rektalt utskrivet till hemmet."),
         ]),
], [("NL102", "n1")], [],
   "'Oklart om det rör sig om … eller …' hedge between two diagnoses in a visible section.")

case("d52-susp-wilms-tumor", "skane", "2021-01-26", "327", [
    note("n1", M, "Remissbedömning", "sk_onko_lund", "Maria Lönn", "läkare",
         "2024-04-08T08:45", 40, OV, [
             ("Aktuellt", "Remiss från barnkliniken Kristianstad: resistens i vä flank som mamma kände vid badet. DT buk visar 9 cm solid process utgående från vä njure, inga lungmetastaser."),
             ("Bedömning", "Susp. Wilms tumör. Tas upp på tumörkonferensen på tisdag, inskrivning på avd 84 samma dag."),
         ]),
], [("NL102", "n1")], [],
   "'Susp.' abbreviation on a paediatric tumour in a visible referral assessment (nothing asserted on NL101: telling not mentioned but not tested).")

case("d52-differentialdiagnoser-ibd", "skane", "2014-05-08", "672", [
    note("n1", M, "Läkaranteckning", "sk_gastro_lund", "Gustav Falk", "läkare",
         "2024-05-14T15:10", 60, OV, [
             ("Aktuellt", "Blodiga diarréer i 6 veckor, nattliga trängningar, viktnedgång 2 kg."),
             ("Utredning", "F-calprotectin 1200, fecesodling och Clostridioides-toxin neg. Hb 104, CRP 28."),
             ("Bedömning", "Differentialdiagnoser: IBD (ulcerös kolit eller Crohns sjukdom), infektiös kolit mindre sannolikt då odlingarna är negativa."),
             ("Planering", "Koloskopi och gastroskopi i narkos nästa vecka."),
         ]),
], [("NL102", "n1")], [],
   "'Differentialdiagnoser:' list of IBD forms in a visible Bedömning.")

case("d52-typo-kawasaky-kan-ej-uteslutas", "vgr", "2023-01-14", "408", [
    note("n1", M, "Daganteckning", "vg_bavd_sas", "Nora Bäckström", "läkare",
         "2024-02-02T12:40", 35, SV, [
             ("Aktuellt", "Feberdag 6, mycket irritabel. Röda spruckna läppar och exantem på bålen, inga ögonsymtom."),
             ("Bedömning", "Kawasaky kan ej uteslutas trots endast tre kriterier, CRP 120 och Trc stigande. Eko i morgon bitti, IVIG diskuteras med DSBUS."),
         ]),
], [("NL102", "n1")], [],
   "Typo in the diagnosis ('Kawasaky') with 'kan ej uteslutas' — hedge, not negation.")

case("d52-bup-misstanke-om-autism", "skane", "2019-12-03", "285", [
    note("n1", M, "Nybesök psykolog", "sk_bup_hbg", "Cecilia Norén", "psykolog",
         "2024-06-11T09:00", 120, OV, [
             ("Bakgrund", "Förskolan beskriver begränsad ögonkontakt, ekolali och stark bundenhet till rutiner. Föräldrarna har samma bild hemma sedan 2-årsåldern."),
             ("Bedömning", "Misstanke om autismspektumtillstånd."),
             ("Planering", "Utredning med ADOS-2 och ADI-R, observation på förskolan i augusti."),
         ]),
], [("NL102", "n1")], [],
   "Typo in the diagnosis ('autismspektumtillstånd') after 'Misstanke om', by a BUP psychologist (Skåne Melior), 4-year-old.")

case("d52-telefon-troligen-hand-fot-mun", "vgr", "2022-04-26", "736", [
    note("n1", M, "Telefonanteckning", "vg_bmott_aling", "Lena Kristoffersson", "sjuksköterska",
         "2024-08-21T09:35", 10, OV, [
             ("Telefonkontakt", "Mamma ringer. Tvååringen har blåsor i munnen och på händer och fötter sedan igår, äter dåligt men dricker. Troligen hand-fot-munsjukdom enl ssk bedömning. Råd om paracetamol och kall dryck, återkommer vid minskat kissande."),
         ]),
], [("NL102", "n1")], [],
   "A nurse's telephone note with 'Troligen hand-fot-munsjukdom' — hedged diagnoses are not only written by doctors.")

case("d52-typo-sanolikt-streptokocktonsillit", "skane", "2017-08-19", "914", [
    note("n1", M, "Akutanteckning", "sk_bak_malmo", "Rasmus Olin", "läkare",
         "2024-10-05T18:25", 20, OV, [
             ("Aktuellt", "Halsont och feber 39 sedan igår, ingen hosta eller snuva."),
             ("Status", "Beläggningar på båda tonsillerna, ömma käkvinkelkörtlar bilat. Strep A-test ej taget pga slut på test."),
             ("Bedömning", "Sanolikt streptokocktonsillit, PcV i 10 dagar."),
         ]),
], [("NL102", "n1")], [],
   "Typo in the hedge ('Sanolikt') before tonsillitis in a visible Bedömning.")

case("d52-blasljud-vsd-fragetecken", "skane", "2024-01-08", "453", [
    note("n1", M, "Mottagningsanteckning", "sk_hjart_lund", "Viktor Hallin", "läkare",
         "2024-03-05T10:40", 75, OV, [
             ("Aktuellt", "Remiss från BVC-läkare pga blåsljud vid 6-veckorskontrollen. Äter bra, ingen svettning vid matning."),
             ("Status", "Väl vuxen. Sys 3/6 holosystoliskt blåsljud vä nedre sternalrand, normala femoralispulsar."),
             ("Bedömning", "VSD? Eko gick inte att genomföra idag pga oroligt barn, ny tid om en vecka med sockerlösning."),
         ]),
], [("NL102", "n1")], [],
   "Diagnosis with a trailing question mark ('VSD?') in a paediatric cardiology note.")

case("d52-neonatal-misstankt-sepsis-diagnossokord", "vgr", "2024-06-10", "062", [
    note("n1", M, "Omvårdnadsanteckning", "vg_neo_ostra", "Therese Lund", "sjuksköterska",
         "2024-06-11T02:30", 15, SV, [
             ("Omvårdnad", "Grunt andande med lätt grunt, temp 38,1 rektalt. Ringt neonataljouren. Föräldrarna på plats."),
         ]),
    note("n2", M, "Läkaranteckning", "vg_neo_ostra", "Björn Ahlgren", "läkare",
         "2024-06-11T03:10", 60, SV, [
             ("Diagnos", "Misstänkt tidig neonatal sepsis."),
             ("Bedömning", "Mamma GBS-bärare, vattenavgång 22 h före partus utan intrapartal antibiotika. CRP 42. Blododling tagen, bensylpenicillin och gentamicin startat."),
         ]),
], [("NL102", "n2")], [("NL102", "n1")],
   "Neonatal record: the doctor's note puts 'Misstänkt … sepsis' under the Diagnos sökord (visible); the nurse's note before it holds only symptoms.")

case("d52-kan-vara-iga-vaskulit", "skane", "2018-02-14", "796", [
    note("n1", M, "Mottagningsanteckning", "sk_bmott_hlm", "Sofia Grahn", "läkare",
         "2024-09-10T14:00", None, OV, [
             ("Status", "Palpabla purpura på båda underbenen och skinkorna. Ömma och lätt svullna fotleder. BT 102/64. U-sticka: ery 1+, protein neg."),
             ("Bedömning", "Kan vara början på en IgA-vaskulit (Henoch-Schönlein). Blodtryck och urinsticka varje vecka de närmaste fyra veckorna via mottagningen."),
         ]),
], [("NL102", "n1")], [],
   "'Kan vara början på en …' hedge on IgA vasculitis in visible text. Unsigned draft.")

case("d52-typo-tyder-pa-hirchsprung", "vgr", "2024-04-02", "129", [
    note("n1", M, "Läkaranteckning", "vg_bkir_dsbus", "Lisa Westerberg", "läkare",
         "2024-04-24T13:25", 55, SV, [
             ("Anamnes", "Mekonium först dygn 3. Sedan dess uppblåst buk, gallfärgade kräkningar x2 senaste dygnet."),
             ("Utredning", "Kolonröntgen: trolig övergångszon i rektosigmoideum."),
             ("Bedömning", "Tyder på Hirchsprungs sjukdom. Sugbiopsi rektum planeras, kolonsköljningar tills vidare."),
         ]),
], [("NL102", "n1")], [],
   "Typo in the eponym ('Hirchsprungs') with 'Tyder på' hedge in a neonatal-surgical note.")

case("d52-bild-som-vid-oligoartikular-jia", "vgr", "2018-11-20", "580", [
    note("n1", M, "Mottagningsanteckning", "vg_reuma_dsbus", "Emma Lagerlöf", "läkare",
         "2024-03-13T09:15", 85, OV, [
             ("Anamnes", "Svullet vä knä i 8 veckor, morgonstel och haltar första timmen efter uppvaknandet."),
             ("Status", "Vä knä: ledsvullnad, värmeökning, extension -10 grader. Övriga leder ua."),
             ("Utredning", "UL: ledvätska och synovial förtjockning vä knä. ANA pos 1:320, CRP 9."),
             ("Bedömning", "Bild som vi oligoartikulär JIA."),
             ("Åtgärd", "Remiss ögonmottagningen för uveitscreening. Ledpunktion med triamcinolon i narkos planeras."),
         ]),
], [("NL102", "n1")], [],
   "Typo in the hedge ('Bild som vi' for 'vid') before oligoarticular JIA in a paediatric rheumatology outpatient note (VGR).")

case("d52-septisk-artrit-ej-helt-utesluten", "skane", "2022-07-07", "347", [
    note("n1", M, "Läkaranteckning", "sk_orto_lund", "Daniel Lundgren", "läkare",
         "2024-07-18T19:45", 35, SV, [
             ("Status", "Vägrar stödja på hö ben, hö knä svullet och varmt, temp 38,4."),
             ("Bedömning", "Septisk artrit ej helt utesluten trots måttligt förhöjt CRP 38. Punktion av hö knä i narkos ikväll, därefter kloxacillin iv."),
         ]),
], [("NL102", "n1")], [],
   "'Ej helt utesluten' looks like a negation but keeps the diagnosis open: a hedge in visible text.")

case("d52-hypotes-infantila-spasmer", "skane", "2023-09-02", "618", [
    note("n1", M, "Telefonanteckning", "sk_neuro_malmo", "Ulrika Brandt", "läkare",
         "2024-03-08T16:10", 15, OV, [
             ("Telefonkontakt", "Mamma har skickat film via 1177: klustrade flexionsryckningar vid uppvaknande sedan en vecka, 6 mån gammal. Hypotes: infantila spasmer. Akut EEG bokat i morgon kl 08, mamma vet tiden."),
         ]),
], [("NL102", "n1")], [],
   "'Hypotes:' written in an ordinary Melior telephone note (not the protected template), so the hypothesis is visible.")

case("d52-bup-trol-tvangssyndrom", "skane", "2013-02-25", "174", [
    note("n1", M, "Psykologanteckning", "sk_bup_lund", "Johan Thelin", "psykolog",
         "2024-01-31T15:30", 100, OV, [
             ("Aktuellt", "Tvättar händerna över 30 gånger per dag, räknar trappsteg och blir mycket ångestfylld om ritualerna avbryts. CY-BOCS 24."),
             ("Bedömning", "Trol. tvångssyndrom (OCD), måttlig svårighetsgrad."),
             ("Planering", "Erbjuds KBT med exponering och responsprevention, 12 sessioner, föräldrarna medverkar."),
         ]),
], [("NL102", "n1")], [],
   "BUP Skåne psychologist note, 10-year-old: 'Trol. tvångssyndrom' in a visible Bedömning.")

case("d52-lang-inskrivning-mojlig-astma-begravd", "skane", "2017-05-09", "534", [
    note("n1", M, "Inskrivningsanteckning", "sk_avd63_hbg", "Sanna Persson", "läkare",
         "2024-11-03T22:15", 130, SV, [
             ("Kontaktorsak", "Feber och andningspåverkan sedan 2 dygn, remitterad från barnakuten."),
             ("Anamnes", "7-årig pojke, tidigare frisk, fullvaccinerad enl BVC-programmet. Förkyld i en vecka, sedan i förrgår hög feber upp mot 40, hosta med gulgrönt slem och smärta vid djupa andetag hö sida. Ätit dåligt senaste dygnet, druckit halva mängden, kissat två gånger i dag. Ingen känd allergi. Två tidigare episoder med obstruktiv bronkit som liten, fått Airomir vid förkylningar, inga underhållsmediciner. Bor med mamma, pappa och två syskon, ingen rökning i hemmet. Pappa har pollenallergi."),
             ("Status", "AT: Trött men vaken och kontaktbar, blek. Temp 39,2, AF 32, sat 92 % luft, puls 128. Cor: RR, inga blåsljud. Pulm: nedsatt andningsljud och krepitationer hö basalt, förlängt expirium med lätta ronki bilat. Buk: mjuk, oöm, ingen organförstoring. Hud: inga exantem. ÖNH: trumhinnor ua, svalg lätt rodnat. Neurologiskt ua, ingen nackstelhet."),
             ("Lab", "CRP 186, LPK 21,4 med neutrofili, Hb 121, Na 134, K 4,0, krea 38. Blododling tagen."),
             ("Utredning", "Rtg pulm: lobär förtätning i hö underlob, ingen pleuravätska."),
             ("Bedömning", "Lobär pneumoni hö underlob med syrgasbehov. Obstruktiv komponent och återkommande episoder, möjlig underliggande astma som bör följas upp när han är frisk."),
             ("Åtgärd", "Bensylpenicillin iv, syrgas på grimma till sat >94 %, Airomir via spacer vb. Vätska iv 2/3 av underhåll tills han dricker själv. Vitalparametrar var 2:a timme under natten."),
             ("Planering", "Ny bedömning på ronden. Byte till peroral behandling när feberfri i 24 h. Uppföljning på barnmottagningen efter 6-8 veckor."),
         ]),
], [("NL102", "n1")], [],
   "Long admission chart: confirmed pneumonia, father's allergy and symptoms are harmless, but one buried 'möjlig underliggande astma' is a hedged diagnosis of the child.")

case("d52-osignerad-misstankt-myokardit", "vgr", "2012-03-29", "251", [
    note("n1", M, "Läkaranteckning", "vg_hjart_dsbus", "Mikael Sandin", "läkare",
         "2024-02-21T23:20", None, SV, [
             ("Aktuellt", "Bröstsmärta och hjärtklappning 5 dagar efter influensa A. Trop T 210, NT-proBNP 1800. EKG: ST-höjning V4-V6."),
             ("Bedömning", "Misstänkt myokardit, DD perikardit."),
             ("Planering", "Telemetri. Eko i natt av kardiologjouren, MR hjärta i morgon."),
         ]),
], [("NL102", "n1")], [],
   "Unsigned draft on an 11-year-old: 'Misstänkt myokardit, DD perikardit' in visible Bedömning.")

case("d52-neonatal-trol-ttn", "skane", "2024-08-15", "340", [
    note("n1", M, "Inskrivningsanteckning", "sk_neo_lund", "Karolina Dahl", "läkare",
         "2024-08-15T11:50", 70, SV, [
             ("Anamnes", "Född v 38+2 med elektivt kejsarsnitt pga säte. Apgar 8-9-10. Takypné 80/min från en timmes ålder."),
             ("Status", "Lätt grunt, jugulära indragningar, FiO2 0,25 på CPAP."),
             ("Utredning", "Rtg thorax: vätska i interlobärspalterna, inga granulära förtätningar."),
             ("Bedömning", "Trol. transitorisk takypné (TTN), DD tidig pneumoni. CPAP, blodgas om 2 h, odling tagen."),
         ]),
], [("NL102", "n1")], [],
   "Neonatal admission note on the day of birth with 'Trol. … TTN, DD …'.")

case("d52-misstankt-tillvaxthormonbrist", "vgr", "2016-07-01", "467", [
    note("n1", M, "Mottagningsanteckning", "vg_endo_dsbus", "Helena Engström", "läkare",
         "2024-09-17T10:30", 90, OV, [
             ("Tillväxt", "Längd -2,8 SD, korsar percentiler nedåt sedan 3 års ålder. Målängd -0,2 SD. Skelettålder 4,5 år vid kronologisk ålder 8,2."),
             ("Bedömning", "Misstänkt tillväxthormonbrist, IGF-1 lågt för åldern."),
             ("Planering", "Arginin-/GHRH-stimulationstest på dagvården, MR hypofys om testet är patologiskt."),
         ]),
], [("NL102", "n1")], [],
   "Paediatric endocrinology: 'Misstänkt tillväxthormonbrist' in visible text; growth figures around it are observations.")

case("d52-skolhalsoremiss-skolios-fragetecken", "skane", "2012-12-12", "738", [
    note("n1", M, "Remissbedömning", "sk_orto_malmo", "Pernilla Hjort", "läkare",
         "2024-04-25T08:20", 20, OV, [
             ("Remiss", "Från skolsköterskan efter skolhälsovårdens ryggundersökning i åk 5: asymmetrisk revbensknöl vid framåtböjning, hö skuldra högre."),
             ("Bedömning", "Idiopatisk skolios? Rtg helrygg stående beställt, nybesök med svar om 4 veckor."),
         ]),
], [("NL102", "n1")], [],
   "School-health referral assessed in Melior: 'Idiopatisk skolios?' with a trailing question mark.")

case("d52-vgr-hypotes-i-tidiga-hypoteser-och-i-bedomning", "vgr", "2017-10-30", "392", [
    note("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Rebecka Ivarsson", "läkare",
         "2024-05-06T13:40", 60, OV, [
             ("Anamnes", "Tilltagande klumpighet sista halvåret, tappar saker, ramlar oftare."),
             ("Tidiga hypoteser", "Misstänkt ataxia telangiectasia, AFP beställt."),
             ("Bedömning", "Progressiv ataxi, misstänkt ärftlig ataxisjukdom. MR hjärna och genetisk panel."),
         ]),
], [("NL102", "n1")], [],
   "VGR: the hypothesis is placed under the protected sökord Tidiga hypoteser but restated as 'misstänkt ärftlig ataxisjukdom' in the visible Bedömning.")

case("d52-misstanke-pa-eosinofil-esofagit", "skane", "2016-06-06", "815", [
    note("n1", M, "Läkaranteckning", "sk_gastro_malmo", "Ola Björck", "läkare",
         "2024-08-28T11:20", 40, OV, [
             ("Aktuellt", "Matfastnar vid köttbitar sedan ett år, äter långsamt och dricker mycket till maten. Atopisk sedan spädbarnsåren, astma och pollenallergi."),
             ("Bedömning", "Misstanke på eosinofil esofagit. Gastroskopi med biopsier från tre nivåer bokas."),
         ]),
], [("NL102", "n1")], [],
   "Regional wording 'Misstanke på' (instead of 'om') before eosinophilic oesophagitis in a visible section.")

case("d52-vgr-epikris-trolig-reflux", "vgr", "2024-03-11", "203", [
    note("n1", M, "Epikris", "vg_neo_nal", "Cornelia Strömberg", "läkare",
         "2024-05-03T14:00", 180, SV, [
             ("Orsak till vård", "Född v 33+4, inlagd för prematuritet och matningsstöd."),
             ("Vårdförlopp", "CPAP första dygnet, därefter luft. Gradvis övergång från sond till bröst. Återkommande kräkningar och desaturationer efter måltid vecka 3-4, förbättrat med mindre och tätare mål."),
             ("Diagnoser", "Prematuritet v 33+4. Trolig gastroesofageal refluxsjukdom."),
             ("Uppföljning", "Återbesök neonatalmottagningen om 4 veckor, BVC informerad."),
         ]),
], [("NL102", "n1")], [],
   "Hedged diagnosis in the Diagnoser section of a neonatal discharge summary (Epikris).")

# ---------------------------------------------------------------------------
# NL102 hard negatives
# ---------------------------------------------------------------------------

case("d52-mamma-celiaki-inga-symtom-som-talar-for", "skane", "2019-04-04", "264", [
    note("n1", M, "Mottagningsanteckning", "sk_gastro_lund", "Tove Rosén", "läkare",
         "2024-02-12T10:15", 50, OV, [
             ("Hereditet", "Mamma har celiaki sedan barndomen, mormor diabetes typ 1."),
             ("Aktuellt", "Kommer på föräldrarnas önskan för screening. Äter allt, normal avföring, växer fint längs +0,5 SD."),
             ("Bedömning", "Inga symtom som talar för celiaki hos flickan. tTG-IgA tas i dag pga hereditet, svar via 1177."),
         ]),
], [], [("NL102", "n1")],
   "Mother's celiac disease is a relative's disease; 'talar för celiaki' stands inside a negation ('Inga symtom som …').")

case("d52-storebror-utreds-for-adhd-enures", "skane", "2016-11-30", "582", [
    note("n1", M, "Mottagningsanteckning", "sk_bmott_krist", "Petter Ljung", "läkare",
         "2024-03-04T14:30", 40, OV, [
             ("Anamnes", "Kissar i sängen varje natt, aldrig varit torr nattetid. Torr dagtid. Storebror utreds för ADHD på BUP, misstänkt även hos en kusin."),
             ("Diagnos", "Primär monosymtomatisk enures."),
             ("Åtgärd", "Enureslarm utlånat, ny kontakt med enuresssk om 6 veckor."),
         ]),
], [], [("NL102", "n1")],
   "The hedges concern the brother and a cousin; the child's own diagnosis (enuresis) is stated without hedge.")

case("d52-pappa-sannolik-familjar-hyperkolesterolemi", "vgr", "2016-02-18", "736", [
    note("n1", M, "Mottagningsanteckning", "vg_bmott_udd", "Karl-Johan Berg", "läkare",
         "2024-04-16T09:50", 35, OV, [
             ("Hereditet", "Pappa har sannolikt familjär hyperkolesterolemi, ej genetiskt utredd. Farfar hjärtinfarkt vid 45 års ålder."),
             ("Bedömning", "Flickans LDL 2,6 mmol/l, inom referensområdet för åldern. Ingen behandling, nytt lipidprov om två år."),
         ]),
], [], [("NL102", "n1")],
   "A father's 'sannolikt' hedged disease under Hereditet; the child has a normal lipid result.")

case("d52-hedgat-symtom-kanske-feber", "skane", "2021-09-13", "153", [
    note("n1", M, "Akutanteckning", "sk_bak_malmo", "Emil Strandberg", "läkare",
         "2024-01-07T02:40", 20, OV, [
             ("Aktuellt", "Mamma tror att pojken kanske haft feber i natt, ej mätt. Ev. kräkts en gång i sängen, oklart om det var slem."),
             ("Status", "Pigg, lekfull, temp 37,4. Trumhinnor, svalg, lungor och buk ua."),
             ("Bedömning", "Välmående 2-åring utan fokus för infektion. Hem utan åtgärd."),
         ]),
], [], [("NL102", "n1")],
   "Hedges on symptoms only ('kanske haft feber', 'Ev. kräkts', 'oklart om … slem'); no diagnosis is hedged.")

case("d52-viktkurva-planat-ut-sprak", "vgr", "2022-02-22", "495", [
    note("n1", M, "Mottagningsanteckning", "vg_bmott_skov", "Ida Magnusson", "läkare",
         "2024-03-26T11:10", 45, OV, [
             ("Tillväxt och utveckling", "Viktkurvan har eventuellt planat ut senaste halvåret, längden följer +0,5 SD. Möjligen något sen språkutveckling med cirka tio ord, förstår enkla uppmaningar."),
             ("Bedömning", "Ingen diagnos ställs i dag. Ny mätning om tre månader, logopedremiss om ordförrådet inte ökat till 2,5 års ålder."),
         ]),
], [], [("NL102", "n1")],
   "Hedged growth and development observations (weight curve, speech) that are no diagnoses; the note says no diagnosis is made.")

case("d52-troligen-normalvariant-gangdebut", "skane", "2022-12-28", "317", [
    note("n1", M, "Läkaranteckning", "sk_neuro_lund", "Marie Holm", "läkare",
         "2024-04-03T13:20", 30, OV, [
             ("Status", "15 mån. Går med stöd längs möbler, ej fritt. Symmetrisk tonus, reflexer ua, bra finmotorik och jollrar med stavelser."),
             ("Bedömning", "Sen gångdebut, troligen normalvariant. Ny kontroll vid 18 mån via BVC."),
         ]),
], [], [("NL102", "n1")],
   "'Troligen normalvariant' hedges a normal variant, not a disease.")

case("d52-villkorligt-rad-om-feber-uvi", "vgr", "2024-02-15", "268", [
    note("n1", M, "Akutanteckning", "vg_bak_ostra", "Agnes Wallin", "läkare",
         "2024-05-13T20:30", 25, OV, [
             ("Bedömning", "Frisk 3-månaders med vanlig förkylning, afebril, äter bra."),
             ("Råd", "Om barnet får feber över 38 ska ni söka direkt, eftersom urinvägsinfektion eller blodförgiftning då behöver uteslutas hos så små barn."),
         ]),
], [], [("NL102", "n1")],
   "Conditional advice to the parents ('Om barnet får feber …') names diseases hypothetically; the child's diagnosis (cold) is certain.")

case("d52-bekraftad-all-informerade", "skane", "2019-10-10", "704", [
    note("n1", M, "Läkaranteckning", "sk_onko_lund", "Louise Carlén", "läkare",
         "2024-06-20T16:30", 80, SV, [
             ("Diagnos", "Akut lymfatisk leukemi, prekursor-B, standardrisk enl ALLTogether."),
             ("Utredning", "Benmärg: 89 % blaster, flödescytometri och cytogenetik klara, inga högriskfynd. LP utan blaster."),
             ("Information", "Föräldrarna informerade av mig och kontaktsjuksköterska i går om diagnos och behandlingsplan."),
         ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "Confirmed leukaemia, already told to both parents: neither a hedge nor an uncommunicated diagnosis.")

case("d52-invagination-utesluten-ultraljud", "vgr", "2021-06-25", "173", [
    note("n1", M, "Akutanteckning", "vg_bkir_dsbus", "Fredrik Nord", "läkare",
         "2024-07-02T14:50", 30, OV, [
             ("Utredning", "UL buk: ingen invagination, förstorade mesenteriala lymfkörtlar i hö fossa."),
             ("Bedömning", "Invagination utesluten. Mesenteriell lymfadenit i samband med förkylning, hem med paracetamol."),
         ]),
], [], [("NL102", "n1")],
   "Invagination is ruled out by ultrasound; the remaining diagnosis is stated without hedge.")

case("d52-typo-ingen-misstake-om-pylorusstenos", "skane", "2024-01-29", "529", [
    note("n1", M, "Akutanteckning", "sk_bak_hbg", "Hedda Sjöstrand", "läkare",
         "2024-03-02T13:15", 35, OV, [
             ("Aktuellt", "Kräks efter en del mål sedan en vecka, men ökat 220 g på en vecka. Pigg och hungrig."),
             ("Bedömning", "Normal blodgas, ingen misstake om pylorusstenos. Okomplicerad reflux hos spädbarn, ammningsråd och högläge."),
         ]),
], [], [("NL102", "n1")],
   "Typo inside a negation ('ingen misstake om pylorusstenos') — still ruled out, not a hedge.")

case("d52-kawasaki-avskrivs-adenovirus", "skane", "2021-03-03", "618", [
    note("n1", M, "Daganteckning", "sk_bavd_lund", "Simon Forsberg", "läkare",
         "2024-02-17T11:00", 40, SV, [
             ("Aktuellt", "Feberfri sedan i går eftermiddag. Eko i dag: normala koronarkärl, ingen perikardvätska. Adenovirus-PCR positiv från nasofarynx."),
             ("Bedömning", "Kawasaki avskrivs. Adenovirusinfektion med konjunktivit, hemgång i eftermiddag."),
         ]),
], [], [("NL102", "n1")],
   "'Kawasaki avskrivs' after a normal echo — a discarded diagnosis.")

case("d52-typo-inga-tecken-till-menigit", "vgr", "2021-11-16", "387", [
    note("n1", M, "Akutanteckning", "vg_bak_nal", "Vilma Åkesson", "läkare",
         "2024-11-08T23:05", 20, OV, [
             ("Status", "Nackstel? Nej, böjer fritt på huvudet och tittar på mobilen. Kernig neg."),
             ("Bedömning", "Inga tecken till menigit, pigg och lekfull efter febernedsättande. Viral infektion, hem."),
         ]),
], [], [("NL102", "n1")],
   "Typo inside a negation ('Inga tecken till menigit'); the '?' is on a symptom (neck stiffness) that is then answered.")

case("d52-talar-emot-appendicit", "skane", "2014-08-08", "439", [
    note("n1", M, "Akutanteckning", "sk_bkir_malmo", "Albin Kjellberg", "läkare",
         "2024-04-30T21:30", 30, OV, [
             ("Status", "Mjuk buk med lätt diffus ömhet, ingen släppömhet, hoppar på ett ben utan smärta."),
             ("Utredning", "UL: normal appendix 4 mm, mycket faeces i kolon. CRP <5, LPK 7,9."),
             ("Bedömning", "Klinik och UL talar emot appendicit. Förstoppning, Movicol enl schema."),
         ]),
], [], [("NL102", "n1")],
   "'Talar emot appendicit' is a negative hedge; the child's diagnosis (constipation) is certain.")

case("d52-epilepsimisstanke-avskrevs-affektanfall", "vgr", "2022-05-20", "152", [
    note("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Gunilla Nyström", "läkare",
         "2024-08-14T10:20", 55, OV, [
             ("Bedömning", "Misstanken om epilepsi kunde avskrivas efter normalt sömn-EEG och föräldrarnas filmer, som visar typiska förlopp med gråt, andningsuppehåll och cyanos."),
             ("Diagnos", "Affektanfall, blå typ."),
         ]),
], [], [("NL102", "n1")],
   "'Misstanken om epilepsi kunde avskrivas' contains a suspicion word but discards the diagnosis.")

case("d52-pmo-bvc-misstankt-hoftledsinstabilitet", "skane", "2024-04-17", "628", [
    note("n1", P, "BVC-läkarbesök", "sk_bvc_lomma", "Bengt Sundqvist", "läkare",
         "2024-05-22T09:30", 30, OV, [
             ("Status", "5 veckor. Asymmetriska lårveck, vä höft klickar vid Ortolani? Hö ua."),
             ("Bedömning", "Misstänkt höftledsinstabilitet vä. Remiss barnortopeden SUS Malmö, UL höfter."),
         ]),
], [], [("NL102", "n1")],
   "PMO (BVC, Skåne) never shows diagnoses: a hedged diagnosis in a BVC doctor's note is not NL102.")

case("d52-pmo-bvc-trolig-atopisk-dermatit", "skane", "2023-10-05", "317", [
    note("n1", P, "BVC-besök", "sk_bvc_sjobo", "Maja Holgersson", "sjuksköterska",
         "2024-02-08T10:45", 15, OV, [
             ("Hud", "Torr, röd och fjällande hud i armveck och på kinderna, kliar sig nattetid."),
             ("Bedömning", "Trolig atopisk dermatit. Mjukgörande kräm två gånger dagligen, läkartid på BVC om två veckor."),
         ]),
], [], [("NL102", "n1")],
   "PMO BVC nurse's visit with 'Trolig atopisk dermatit': PMO diagnoses are never shown.")

case("d52-pmo-bvc-dd-candida-blojdermatit", "skane", "2024-02-26", "743", [
    note("n1", P, "BVC-läkarbesök", "sk_bvc_trbg", "Tomas Rehn", "läkare",
         "2024-06-03T14:10", 20, OV, [
             ("Bedömning", "Rodnad i blöjområdet med satellitlesioner i ljumskarna. Blöjdermatit, DD candida. Pevaryl-kräm två veckor."),
         ]),
], [], [("NL102", "n1")],
   "PMO note with a DD hedge (candida) on a 3-month-old — PMO never shows diagnoses.")

case("d52-pmo-bvc-kort-tungband-fragetecken", "skane", "2024-05-06", "851", [
    note("n1", P, "Hembesök BVC", "sk_bvc_nasby", "Anneli Persson", "sjuksköterska",
         "2024-05-16T13:00", 30, OV, [
             ("Amning", "Svårt att få bra tag vid bröstet, klickande ljud, mamma har såriga bröstvårtor. Hjärtformad tungspets när han skriker."),
             ("Bedömning", "?Kort tungband. Remiss ÖNH-mottagningen Kristianstad för bedömning."),
         ]),
], [], [("NL102", "n1")],
   "BVC home visit in PMO with '?Kort tungband' — PMO, never NL102.")

case("d52-skane-tidiga-hypoteser-rett", "skane", "2022-01-04", "276", [
    note("n1", M, "Tidiga hypoteser", "sk_neuro_lund", "Karin Åberg", "läkare",
         "2024-05-21T15:45", 60, OV, [
             ("Bedömning", "Regression av handfunktion och språk sedan 6 månader, stereotypa handrörelser, avplanande huvudomfång. Misstänkt Retts syndrom, MECP2-analys skickad. Tas inte upp med föräldrarna förrän svaret finns."),
         ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "Skåne template Tidiga hypoteser: the hedged and untold hypothesis is protected, so neither NL102 nor NL101.")

case("d52-vgr-tidiga-hypoteser-sokord-duchenne", "vgr", "2019-05-15", "419", [
    note("n1", M, "Mottagningsanteckning", "vg_neuro_dsbus", "Rebecka Ivarsson", "läkare",
         "2024-10-01T09:00", None, OV, [
             ("Anamnes", "Springer klumpigt, svårt i trappor, trillar mycket jämfört med kamraterna på förskolan."),
             ("Status", "Gowers tecken positivt. Vadhypertrofi bilat. Reflexer svaga."),
             ("Tidiga hypoteser", "Misstänkt Duchennes muskeldystrofi, CK 12 000."),
             ("Planering", "Genetisk analys av dystrofingenen. Återbesök med båda föräldrarna om tre veckor."),
         ]),
], [], [("NL102", "n1")],
   "Unsigned draft, VGR: the hedged diagnosis stands only under the protected sökord Tidiga hypoteser; visible sections hold findings and plans.")

case("d52-skane-tidiga-hypoteser-fasd", "skane", "2017-03-09", "563", [
    note("n1", M, "Tidiga hypoteser", "sk_bup_ystad", "Anna Ljungberg", "läkare",
         "2024-09-05T14:20", 45, OV, [
             ("Tidiga hypoteser", "Misstänkt fetalt alkoholsyndrom (FASD) mot bakgrund av ansiktsdrag, tillväxt och socialtjänstens uppgifter om alkoholbruk under graviditeten. Har inte tagits upp med vårdnadshavare."),
         ]),
], [], [("NL102", "n1")],
   "BUP Skåne in the template Tidiga hypoteser: a sensitive hedged diagnosis correctly kept out of view.")

case("d52-hedge-pa-plan-ev-remiss-astma", "vgr", "2017-12-19", "605", [
    note("n1", M, "Mottagningsanteckning", "vg_bmott_sas", "Nils Grönberg", "läkare",
         "2024-06-18T10:30", 30, OV, [
             ("Bedömning", "Astma, välkontrollerad på Flutide 125 mikrog x2, ACT 24."),
             ("Planering", "Ev. remiss till barnallergolog för pricktest inför pollensäsongen. Trolig nedtrappning till 50 mikrog x2 vid nästa besök."),
         ]),
], [], [("NL102", "n1")],
   "Hedges on plans only ('Ev. remiss', 'Trolig nedtrappning'); the asthma diagnosis is certain.")

case("d52-osignerad-trolig-hemgang-pyelonefrit", "skane", "2023-07-12", "129", [
    note("n1", M, "Daganteckning", "sk_bavd_krist", "Elin Åkerman", "läkare",
         "2024-05-29T10:50", None, SV, [
             ("Aktuellt", "Pyelonefrit, urinodling E. coli känslig för ceftibuten. Feberfri sedan 30 timmar, äter och dricker."),
             ("Planering", "Trolig hemgång imorgon efter ronden på peroral ceftibuten. Eventuellt MUCG senare beroende på UL njurar."),
         ]),
], [], [("NL102", "n1")],
   "Unsigned draft: 'Trolig hemgång' and 'Eventuellt MUCG' hedge plans, the pyelonephritis is confirmed.")

case("d52-trolig-smittkalla-salmonella", "vgr", "2018-09-09", "781", [
    note("n1", M, "Telefonanteckning", "vg_bak_ostra", "Jenny Carlsson", "sjuksköterska",
         "2024-08-06T11:15", 10, OV, [
             ("Telefonkontakt", "Svar: Salmonella Enteritidis i faeces. Trolig smittkälla är familjens resa till Turkiet, pappa hade också diarré. Mamma informerad om hygienråd och smittskyddsanmälan, förskolan ej förrän fri från diarré i 48 h."),
         ]),
], [], [("NL102", "n1")],
   "'Trolig smittkälla' hedges a source of infection (not a diagnosis); the salmonella diagnosis is certain.")

case("d52-fragetecken-pa-sat-kand-astma", "skane", "2018-01-15", "360", [
    note("n1", M, "Telefonanteckning", "sk_bmott_ystad", "Ronja Mattsson", "sjuksköterska",
         "2024-11-19T08:20", 10, OV, [
             ("Telefonkontakt", "Pappa ringer. Dotter med känd astma har hostat i natt efter förkylning. Saturation hemma? Saknar mätare. Råd: Airomir 4 puffar var fjärde timme enligt astmaplanen, ringer åter före lunch."),
         ]),
], [], [("NL102", "n1")],
   "Question mark on a measurement, not a diagnosis; known asthma is confirmed.")

case("d52-hereditet-moster-mojlig-celiaki-diabetes", "vgr", "2015-04-23", "247", [
    note("n1", M, "Mottagningsanteckning", "vg_endo_dsbus", "Petronella Falk", "läkare",
         "2024-07-09T13:30", 40, OV, [
             ("Hereditet", "Morfar typ 1-diabetes. Moster möjlig celiaki, ej biopsiverifierad. Storasyster hypotyreos."),
             ("Diagnos", "Typ 1-diabetes sedan 2022, HbA1c 54 mmol/mol."),
             ("Bedömning", "God metabol kontroll med pump, inga hypoglykemier senaste månaden."),
         ]),
], [], [("NL102", "n1")],
   "Family list with an aunt's 'möjlig celiaki'; the child's diabetes is confirmed.")

case("d52-genomgangen-kawasaki-forenligt-med-normalt", "skane", "2017-02-02", "582", [
    note("n1", M, "Mottagningsanteckning", "sk_hjart_lund", "Viktor Hallin", "läkare",
         "2024-10-28T14:45", 35, OV, [
             ("Anamnes", "Genomgången Kawasakis sjukdom 2021, behandlad med IVIG och ASA."),
             ("Utredning", "Eko: inga aneurysm, normala koronarmått, god systolisk funktion."),
             ("Bedömning", "Fynden förenliga med normalt hjärta tre år efter Kawasaki. Avslutas på mottagningen."),
         ]),
], [], [("NL102", "n1")],
   "'Förenliga med normalt hjärta' hedges a normal finding; the Kawasaki disease is past and confirmed.")

case("d52-forenligt-med-normal-pubertetsstart", "vgr", "2016-03-17", "406", [
    note("n1", M, "Mottagningsanteckning", "vg_endo_dsbus", "Helena Engström", "läkare",
         "2024-05-20T11:40", 45, OV, [
             ("Status", "Bröstknoppar B2 sedan tre månader, ingen pubesbehåring. Längdtillväxt följer kurvan."),
             ("Bedömning", "Skelettålder 8,5 år. Bilden är förenlig med normal pubertetsstart för åldern, ingen behandling eller vidare utredning."),
         ]),
], [], [("NL102", "n1")],
   "'Förenlig med normal pubertetsstart' — a hedge on a normal development finding, no disease.")

case("d52-bup-lillasyster-trolig-autism", "skane", "2016-01-08", "813", [
    note("n1", M, "Behandlarsamtal", "sk_bup_ystad", "Therese Wahl", "kurator",
         "2024-04-09T15:00", 30, OV, [
             ("Aktuellt", "Pojken har ADHD sedan 2022, fungerar bättre i skolan med Elvanse. Mamma berättar att lillasyster utreds för trolig autism på habiliteringen och att familjen är pressad."),
             ("Planering", "Föräldrastödsgrupp erbjuds i höst."),
         ]),
], [], [("NL102", "n1")],
   "BUP Skåne: the hedged autism concerns the younger sister; the patient's ADHD is confirmed.")

case("d52-neonatal-hedge-pa-flytt-och-matning", "skane", "2024-07-20", "035", [
    note("n1", M, "Daganteckning", "sk_neo_malmo", "Ebba Lindgren", "läkare",
         "2024-08-02T11:10", 40, SV, [
             ("Aktuellt", "Född v 31+0, RDS behandlad med surfactant dag 1, nu luft sedan fyra dygn. Ökar 25 g/dag."),
             ("Planering", "Troligen flytt till neonatalavdelningen i Ystad nästa vecka, närmare hemmet. Eventuellt övergång till sondmatning var tredje timme."),
         ]),
], [], [("NL102", "n1")],
   "Neonatal ward: hedges on transfer and feeding plans, RDS is confirmed.")

case("d52-ej-forenligt-med-celiaki", "vgr", "2019-07-27", "573", [
    note("n1", M, "Läkaranteckning", "vg_gastro_dsbus", "Oskar Lindberg", "läkare",
         "2024-03-28T09:20", 50, OV, [
             ("Utredning", "Duodenalbiopsier: normal villusarkitektur, Marsh 0. tTG-IgA 11 U/ml, lätt förhöjt."),
             ("Bedömning", "Ej förenligt med celiki. Glutenfri kost är inte indicerad, nytt tTG om ett år."),
         ]),
], [], [("NL102", "n1")],
   "Negated compatibility with a typo ('Ej förenligt med celiki') after normal biopsies.")

case("d52-mammas-trolig-mastit-i-barnets-anteckning", "skane", "2024-09-01", "184", [
    note("n1", M, "Omvårdnadsanteckning", "sk_neo_lund", "Sigrid Ek", "sjuksköterska",
         "2024-09-09T14:30", 20, SV, [
             ("Nutrition", "Flickan får ersättning i flaska i dag då mamma har feber och ont i vä bröst, troligen mastit, och behandlas av BB-läkaren. Barnet äter 50 ml var tredje timme, kissar och bajsar."),
         ]),
], [], [("NL102", "n1")],
   "The hedged mastitis is the mother's, written in the newborn's nursing note.")

case("d52-lang-akutanteckning-influensa-lookalikes", "vgr", "2020-10-10", "916", [
    note("n1", M, "Akutanteckning", "vg_bak_sas", "Louise Hedin", "läkare",
         "2024-12-09T19:30", 60, OV, [
             ("Kontaktorsak", "Feber i tre dygn, hosta, remitterad från vårdcentralen för bedömning av andning."),
             ("Anamnes", "3-årig pojke, frisk sedan tidigare, går på förskola där flera haft influensa. Feber upp mot 39,8 som går ner på paracetamol. Torr hosta, rinnande näsa. Kanske lite ont i öronen enligt mamma, ev. kräkts slem en gång i morse. Dricker mindre än vanligt men kissat fyra gånger i dag. Inga utslag. Storebror astma. Vaccinerad enligt programmet."),
             ("Status", "AT: Febrig men pigg, leker med bilarna i undersökningsrummet. Temp 39,1, AF 28, sat 97 %, puls 140. Cor: RR, inga blåsljud. Pulm: vesikulärt andningsljud bilat, inga rassel, inga ronki. ÖNH: trumhinnor lätt injicerade men ej buktande, svalg rodnat utan beläggningar. Buk: mjuk. Hud: inga petekier, god kapillär återfyllnad. Nacke: rörlig."),
             ("Utredning", "Influensa A-PCR positiv. CRP 14."),
             ("Bedömning", "Influensa A utan tecken på pneumoni eller mediaotit. Inget behov av inläggning, ingen indikation för oseltamivir då han är opåverkad."),
             ("Råd", "Paracetamol och ibuprofen vid behov, mycket att dricka. Om han får svårt att andas, slutar kissa eller blir slö ska ni söka igen."),
             ("Planering", "Ingen uppföljning planerad. Eventuellt telefonkontakt med vårdcentralen på fredag om febern kvarstår."),
         ]),
], [], [("NL102", "n1")],
   "Long emergency note full of look-alikes (hedged symptoms, sibling's asthma, ruled-out pneumonia/otitis, conditional advice, hedged plan) but the influenza diagnosis is confirmed.")

# ---------------------------------------------------------------------------
# NL101 positives: a diagnosis stands visible while the guardians are not told
# (child under 13: the guardians read the journal)
# ---------------------------------------------------------------------------

case("d52-pad-wilms-foraldrarna-ej-informerade", "skane", "2021-05-11", "480", [
    note("n1", M, "Daganteckning", "sk_onko_lund", "Maria Lönn", "läkare",
         "2024-05-16T13:30", 45, SV, [
             ("Aktuellt", "Postop dag 6 efter vä nefrektomi, äter och är uppe och leker."),
             ("Utredning", "PAD från nefrektomin: nefroblastom (Wilms tumör), intermediär risk, stadium II."),
             ("Planering", "Föräldrarna ännu ej informerade om PAD, samtal med ansvarig onkolog och kontaktsjuksköterska bokat torsdag kl 10."),
         ]),
], [("NL101", "n1")], [],
   "PAD diagnosis visible while 'Föräldrarna ännu ej informerade om PAD' — 3-year-old, so the guardians are the readers and count as not told; no hedge.")

case("d52-pad-medulloblastom-besked-imorgon", "vgr", "2018-02-02", "657", [
    note("n1", M, "Läkaranteckning", "vg_onko_dsbus", "Fredrika Lindahl", "läkare",
         "2024-04-11T17:05", 50, SV, [
             ("Utredning", "PAD: medulloblastom, klassisk histologi, SHH-negativ. Spinal MR utan spridning."),
             ("Information", "Besked ges till båda vårdnadhavarna imorgon kl 13 av ansvarig överläkare tillsammans med kurator."),
         ]),
], [("NL101", "n1")], [],
   "Typo 'vårdnadhavarna'; 'Besked ges till båda vårdnadshavarna imorgon' — the 6-year-old's guardians, the journal readers, have not yet been told the visible PAD diagnosis. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-celiaki-biopsi-ringer-efter-helgen", "skane", "2017-06-21", "143", [
    note("n1", M, "Läkaranteckning", "sk_gastro_malmo", "Petra Wernersson", "läkare",
         "2024-03-22T15:40", 20, OV, [
             ("Utredning", "Biopsisvar: Marsh 3b, totalt villusatrofi i bulben och descendens. Diagnosen celiaki fastställd."),
             ("Planering", "Föräldrarna har ej fått svaret ännu, jag ringer dem efter helgen och remitterar till dietist."),
         ]),
], [("NL101", "n1")], [],
   "Confirmed celiac disease while the parents (readers, child 6 years) have not got the answer yet. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-22q11-deletion-genetisk-vagledning-forst", "vgr", "2024-01-19", "236", [
    note("n1", M, "Läkaranteckning", "vg_hjart_dsbus", "Mikael Sandin", "läkare",
         "2024-02-27T10:25", 90, OV, [
             ("Utredning", "Array-CGH: 3 Mb deletion 22q11.2, vilket förklarar både hjärtfelet (truncus arteriosus) och hypokalcemin."),
             ("Information", "Vårdnadshavarna ej informerade om det genetiska svaret, genetisk vägledning bokas innan besked lämnas."),
         ]),
], [("NL101", "n1")], [],
   "Genetic diagnosis (22q11 deletion) visible in an infant's note with the guardians explicitly not informed. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-neonatal-ivh-samtal-i-eftermiddag", "skane", "2024-10-02", "094", [
    note("n1", M, "Daganteckning", "sk_neo_lund", "Karolina Dahl", "läkare",
         "2024-10-05T09:15", None, SV, [
             ("Utredning", "UL skalle dag 3: intraventrikulär blödning grad III vä, grad I hö."),
             ("Bedömning", "Cirkulatoriskt stabil, fortsatt CPAP."),
             ("Information", "Föräldrarna ej informerade än, neonatolog tar samtalet i eftermiddag när pappa är på plats."),
         ]),
], [("NL101", "n1")], [],
   "Unsigned draft, neonatal: a severe IVH stands visible while the parents are not yet informed. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-hcm-besked-vid-aterbesok", "vgr", "2013-01-15", "372", [
    note("n1", M, "Mottagningsanteckning", "vg_hjart_dsbus", "Stina Edlund", "läkare",
         "2024-03-27T13:10", 60, OV, [
             ("Utredning", "Eko: asymmetrisk septumhypertrofi 19 mm, LVOT-gradient 35 mmHg i vila."),
             ("Diagnos", "Hypertrof kardiomyopati."),
             ("Planering", "Ej meddelat familjen ännu. Besked ges vid återbesök 12/4 tillsammans med klinisk genetiker, idrottsförbud tas upp då."),
         ]),
], [("NL101", "n1")], [],
   "11-year-old: cardiomyopathy in a visible Diagnos section, 'Ej meddelat familjen ännu' — the guardians count as not told.")

case("d52-typo-west-syndrom-foraldrar-ej-infomerade", "skane", "2023-08-18", "514", [
    note("n1", M, "Läkaranteckning", "sk_neuro_lund", "Ulrika Brandt", "läkare",
         "2024-03-09T11:50", 30, SV, [
             ("Utredning", "EEG: hypsarytmi i vakenhet och sömn, klustrade spasmer registrerade."),
             ("Diagnos", "Infantila spasmer (West syndrom)."),
             ("Information", "Föräldarna ej infomerade ännu, mamma kommer in kl 14, pappa nås ikväll efter arbetet."),
         ]),
], [("NL101", "n1")], [],
   "Typos in the telling sentence ('Föräldarna ej infomerade'); neither guardian of the 7-month-old has been told. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-crohn-dr-ringer-tisdag", "skane", "2012-10-19", "625", [
    note("n1", M, "Läkaranteckning", "sk_gastro_lund", "Gustav Falk", "läkare",
         "2024-05-24T14:00", 35, OV, [
             ("Utredning", "PAD bekräftar Crohns sjukdom i terminala ileum och cekum, granulom i två biopsier."),
             ("Planering", "Diagnosen ej meddelad föräldrarna, undertecknad ringer tisdag och bokar besök för behandlingsstart."),
         ]),
], [("NL101", "n1")], [],
   "11-year-old: confirmed Crohn's disease with 'Diagnosen ej meddelad föräldrarna' — guardians not told; the diagnosis is not hedged. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-hemofili-a-ej-informerat", "skane", "2023-03-30", "758", [
    note("n1", M, "Läkaranteckning", "sk_koag_malmo", "Jesper Malm", "läkare",
         "2024-02-09T15:30", 25, OV, [
             ("Utredning", "FVIII 3 %, FIX normal, VWF normal."),
             ("Bedömning", "Måttlig hemofili A hos 10 månaders pojke, utredd pga stora blåmärken när han börjat krypa."),
             ("Planering", "Har inte informerat föräldrarna om provsvaren ännu, de kallas till samtal med hemofilisköterska nästa vecka."),
         ]),
], [("NL101", "n1")], [],
   "Coagulation centre note: haemophilia A stands in Bedömning while the author 'har inte informerat föräldrarna'. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-bup-autism-aterkoppling-ej-genomford", "skane", "2016-03-03", "419", [
    note("n1", M, "Psykologanteckning", "sk_bup_hbg", "Cecilia Norén", "psykolog",
         "2024-05-28T10:00", 90, OV, [
             ("Utredning", "ADOS-2 modul 3, ADI-R och WISC-V genomförda. Begåvning inom normalområdet."),
             ("Bedömning", "Sammanvägd bedömning: kriterierna för autism (F84.0) är uppfyllda."),
             ("Planering", "Återgivningssamtal med föräldrarna är ännu inte genomfört och bokas vecka 23."),
         ]),
], [("NL101", "n1")], [],
   "BUP Skåne: an autism diagnosis is documented visibly before the feedback meeting with the parents (8-year-old, guardians read). Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-bup-adhd-vardnadshavarna-ej-fatt-del", "skane", "2014-02-26", "337", [
    note("n1", M, "Läkaranteckning", "sk_bup_lund", "Magnus Ewert", "läkare",
         "2024-01-18T14:45", 30, OV, [
             ("Diagnos", "ADHD, kombinerad form (F90.0)."),
             ("Bedömning", "Vårdnadshavarna har inte fått del av utredningsresultatet ännu."),
         ]),
], [("NL101", "n1")], [],
   "Short BUP note: ADHD in the Diagnos sökord while 'Vårdnadshavarna har inte fått del av utredningsresultatet'. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-misstankt-neuroblastom-ej-om-misstanken", "vgr", "2022-09-29", "146", [
    note("n1", M, "Akutanteckning", "vg_bmott_skov", "Jonas Wiklund", "läkare",
         "2024-07-15T12:10", 45, SV, [
             ("Utredning", "UL buk: 5 cm delvis förkalkad process utgående från vä binjure."),
             ("Bedömning", "Misstänkt neuroblastom. U-katekolaminer skickade, remiss DSBUS barnonkologi samma dag."),
             ("Information", "Föräldrarna ej informerade om misstanken innan svar, de vet att ultraljudet visade en förändring som behöver utredas i Göteborg."),
         ]),
], [("NL102", "n1"), ("NL101", "n1")], [],
   "A suspected tumour is written visibly and the parents are explicitly not told of the suspicion: both a visible hypothesis and an uncommunicated finding. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-cf-ensam-vardnadshavare-ej-fatt-veta", "skane", "2024-03-04", "528", [
    note("n1", M, "Läkaranteckning", "sk_bmott_krist", "Petter Ljung", "läkare",
         "2024-04-26T16:20", 20, OV, [
             ("Utredning", "Svettest: klorid 98 respektive 102 mmol/l vid två tillfällen."),
             ("Diagnos", "Cystisk fibros."),
             ("Planering", "Mamma, som är ensam vårdnadshavare, har ännu inte fått veta. Hon kallas till samtal i morgon med CF-teamet."),
         ]),
], [("NL101", "n1")], [],
   "The sole guardian of a 7-week-old has not been told the visible CF diagnosis. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-trisomi-21-neonatal-efter-lunch", "vgr", "2024-09-18", "270", [
    note("n1", M, "Läkaranteckning", "vg_neo_nal", "Cornelia Strömberg", "läkare",
         "2024-09-20T09:30", 30, SV, [
             ("Utredning", "Snabb-QF-PCR: trisomi 21 bekräftad."),
             ("Information", "Föräldrarna ej informerade om provsvaret ännu, barnläkare och neonatalsjuksköterska träffar dem efter lunch."),
         ]),
], [("NL101", "n1")], [],
   "Neonatal: confirmed Down syndrome (trisomy 21) written before the parents are told. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-hodgkin-vardnadshavarna-ovetande", "vgr", "2012-05-27", "893", [
    note("n1", M, "Läkaranteckning", "vg_onko_dsbus", "Fredrika Lindahl", "läkare",
         "2024-02-15T11:10", 40, OV, [
             ("Utredning", "PAD halskörtel: klassiskt Hodgkins lymfom, nodulär skleros."),
             ("Planering", "PET-DT och benmärg bokas. Vårdnadshavarna ännu ovetande om PAD-svaret, informationssamtal fredag."),
         ]),
], [("NL101", "n1")], [],
   "11-year-old: lymphoma PAD visible, guardians 'ännu ovetande' — unusual wording for not told. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-far-ej-meddelas-fore-ol", "skane", "2016-12-06", "459", [
    note("n1", M, "Läkaranteckning", "sk_neuro_malmo", "Ulf Bengtsson", "läkare",
         "2024-08-22T15:25", None, OV, [
             ("Utredning", "MR hjärna 3T: fokal kortikal dysplasi vä frontallob, förklarar den läkemedelsresistenta epilepsin."),
             ("Planering", "Får ej meddelas föräldrarna förrän ansvarig överläkare gått igenom bilderna med dem på måndag. Epilepsikirurgisk utredning diskuteras."),
         ]),
], [("NL101", "n1")], [],
   "Unsigned draft: 'Får ej meddelas föräldrarna förrän …' — must not be told yet, while the dysplasia is visible. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-multinote-eoe-n1-ej-informerat", "skane", "2015-10-13", "394", [
    note("n1", M, "Läkaranteckning", "sk_gastro_malmo", "Ola Björck", "läkare",
         "2024-09-12T16:00", 30, OV, [
             ("Utredning", "PAD esofagus: upp till 45 eosinofiler per HPF i proximala och distala biopsier."),
             ("Bedömning", "Eosinofil esofagit. Har inte informerat föräldrarna ännu."),
         ]),
    note("n2", M, "Telefonanteckning", "sk_gastro_malmo", "Ola Björck", "läkare",
         "2024-09-13T10:40", 10, OV, [
             ("Telefonkontakt", "Ringt mamma och pappa på högtalartelefon och förklarat diagnosen eosinofil esofagit. PPI insatt, recept skickat."),
         ]),
], [("NL101", "n1")], [],
   "Two notes: the first states the EoE diagnosis before the parents were told; the later telephone note tells them. The assertion is on n1. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-epikris-bifynd-arachnoidalcysta-ej-informerade", "vgr", "2021-04-14", "185", [
    note("n1", M, "Epikris", "vg_bavd_nal", "Elsa Hammar", "läkare",
         "2024-06-05T15:00", 120, SV, [
             ("Orsak till vård", "Komplex feberkramp, 15 minuter, fokal start hö arm."),
             ("Vårdförlopp", "Krampfri under vårdtiden. MR hjärna pga fokaliteten."),
             ("Diagnoser", "Komplex feberkramp. Bifynd: arachnoidalcysta vä temporalt, 3 cm."),
             ("Information", "Föräldrarna ej informerade om bifyndet på MR, tas upp av barnneurolog vid återbesöket om 3 veckor."),
         ]),
], [("NL101", "n1")], [],
   "Discharge summary lists an incidental MR diagnosis that the parents of the 3-year-old have not been told. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-typo-hydronefros-ej-informerde-nar-ej-fram", "skane", "2024-04-23", "617", [
    note("n1", M, "Telefonanteckning", "sk_bmott_hlm", "Jessica Nordin", "sjuksköterska",
         "2024-07-04T15:50", 15, OV, [
             ("Telefonkontakt", "Försökt nå föräldrarna två gånger angående UL njurar som visar hydronefros grad 3 vä. Ingen svarar, således ej informerde. Nytt försök i morgon förmiddag, läkare meddelad."),
         ]),
], [("NL101", "n1")], [],
   "Typo 'ej informerde': the guardians could not be reached, so the visible hydronephrosis has not been told. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-trolig-perthes-ej-pratat-om-misstanken", "skane", "2017-09-16", "268", [
    note("n1", M, "Mottagningsanteckning", "sk_orto_malmo", "Pernilla Hjort", "läkare",
         "2024-03-14T10:10", 30, OV, [
             ("Status", "Haltar sedan två månader, begränsad abduktion och inåtrotation vä höft."),
             ("Bedömning", "Trolig Perthes sjukdom vä, rtg med lätt avplattning av caput. MR inväntas innan vi pratar med föräldrarna om misstanken."),
         ]),
], [("NL102", "n1"), ("NL101", "n1")], [],
   "Hedged Perthes in visible Bedömning, and the text says the parents are not yet told of the suspicion. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-ska-inte-beratta-innan-tumorkonferens", "vgr", "2019-08-08", "512", [
    note("n1", M, "Läkaranteckning", "vg_onko_dsbus", "Per-Olof Sundin", "läkare",
         "2024-10-17T17:20", 35, SV, [
             ("Utredning", "Benmärg och MR klara. Högrisk-neuroblastom stadium M, MYCN-amplifierat."),
             ("Planering", "Vi berättar inte om MYCN-fyndet för vårdnadshavarna innan tumörkonferensen på onsdag har tagit ställning till behandlingsarmen."),
         ]),
], [("NL101", "n1")], [],
   "A decision not to tell the guardians yet ('Vi berättar inte … innan …') about a visible high-risk tumour diagnosis. Child under 13: the guardians are the readers, so their not being told counts as not told.")

case("d52-bup-angestsyndrom-mamma-vet-ej", "skane", "2015-11-21", "731", [
    note("n1", M, "Läkaranteckning", "sk_bup_malmo", "Ingrid Stål", "läkare",
         "2024-12-03T13:30", 25, OV, [
             ("Diagnos", "Generaliserat ångestsyndrom, F41.1."),
             ("Planering", "Diagnosen är satt efter dagens teamkonferens men har ännu inte kommunicerats till vårdnadshavarna. Återkoppling vid besöket 10/12."),
         ]),
], [("NL101", "n1")], [],
   "BUP Skåne: 'ännu inte kommunicerats till vårdnadshavarna' — guardians of a 9-year-old count as not told.")

# ---------------------------------------------------------------------------
# NL101 hard negatives
# ---------------------------------------------------------------------------

case("d52-ewing-informerade-idag", "vgr", "2013-07-07", "624", [
    note("n1", M, "Läkaranteckning", "vg_onko_dsbus", "Per-Olof Sundin", "läkare",
         "2024-01-25T16:45", None, SV, [
             ("Diagnos", "Ewings sarkom, hö fibula, lokaliserad sjukdom."),
             ("Information", "Föräldrarna informerade om diagnosen vid samtal idag med undertecknad och kontaktsjuksköterska. Tioåringen fick åldersanpassad information av lekterapeut och sjuksköterska efteråt."),
         ]),
], [], [("NL101", "n1")],
   "Told today: the guardians (and the child) were informed at today's meeting. Unsigned draft.")

case("d52-jia-kand-sedan-tidigare", "skane", "2014-09-01", "147", [
    note("n1", M, "Mottagningsanteckning", "sk_reuma_lund", "Amanda Törnqvist", "läkare",
         "2024-06-26T09:40", 30, OV, [
             ("Aktuellt", "Polyartikulär JIA, känd sedan 2022, stabil på metotrexat och etanercept. Familjen är väl insatt i diagnos och behandling."),
             ("Planering", "Ögonkontroll i augusti, nytt besök om 4 månader."),
         ]),
], [], [("NL101", "n1")],
   "Diagnosis known to the family since earlier; nothing is untold.")

case("d52-hirschsprung-operationsdatum-ej-meddelat", "vgr", "2024-04-02", "738", [
    note("n1", M, "Läkaranteckning", "vg_bkir_dsbus", "Lisa Westerberg", "läkare",
         "2024-05-20T10:05", 20, OV, [
             ("Aktuellt", "Hirschsprungs sjukdom, verifierad med sugbiopsi 3/5. Föräldrarna fick besked samma dag och sköljer nu själva hemma."),
             ("Planering", "Transanal pull-through planeras i juni. Operationsdatum ännu ej meddelat föräldrarna, koordinatorn ringer dem."),
         ]),
], [], [("NL101", "n1")],
   "What has not been told is an operation date, not a diagnosis; the diagnosis itself was told.")

case("d52-celiaki-remiss-dietist-ej-underrattade", "skane", "2018-12-24", "602", [
    note("n1", M, "Telefonanteckning", "sk_bmott_krist", "Gabriella Sand", "sjuksköterska",
         "2024-02-05T11:30", 10, OV, [
             ("Åtgärd", "Känd celiaki sedan i höstas. Remiss till dietist skickad i dag, familjen ännu ej underrättad om att remissen gått iväg."),
         ]),
], [], [("NL101", "n1")],
   "Not yet told that a referral was sent — no diagnosis is withheld.")

case("d52-normal-mr-ej-meddelat-kand-epilepsi", "skane", "2015-05-05", "486", [
    note("n1", M, "Läkaranteckning", "sk_neuro_malmo", "Ulf Bengtsson", "läkare",
         "2024-04-18T14:10", 25, OV, [
             ("Aktuellt", "Känd fokal epilepsi sedan 2021, anfallsfri på lamotrigin."),
             ("Utredning", "MR hjärna enligt epilepsiprotokoll utan patologi."),
             ("Planering", "Svaret ej meddealt föräldrarna än, tas på telefontid torsdag."),
         ]),
], [], [("NL101", "n1")],
   "Typo ('meddealt'); the untold item is a normal MR result, the epilepsy is long known.")

case("d52-benmarg-utan-leukemi-ej-informerade", "vgr", "2018-04-30", "159", [
    note("n1", M, "Läkaranteckning", "vg_bmott_sas", "Nils Grönberg", "läkare",
         "2024-09-25T13:50", 30, OV, [
             ("Utredning", "Benmärgsprov utan tecken på leukemi eller annan malignitet, reaktiva förändringar."),
             ("Planering", "Föräldrarna ännu ej informerade om svaret, jag ringer i eftermiddag."),
         ]),
], [], [("NL101", "n1")],
   "The untold finding is a normal bone marrow that excludes leukaemia — no diagnosis is withheld.")

case("d52-skane-tidiga-hypoteser-tp53-ej-informerat", "skane", "2017-01-31", "273", [
    note("n1", M, "Tidiga hypoteser", "sk_onko_lund", "Louise Carlén", "läkare",
         "2024-07-11T16:50", 40, OV, [
             ("Utredning", "Konstitutionell TP53-variant hos barnet, klass 5. Föräldrarna ej informerade ännu, genetisk vägledning bokas gemensamt för familjen."),
         ]),
], [], [("NL101", "n1")],
   "Skåne template Tidiga hypoteser: the untold genetic diagnosis is kept in the protected place (NL104 not asserted).")

case("d52-vgr-tidiga-hypoteser-sokord-ej-informerade", "vgr", "2016-08-28", "941", [
    note("n1", M, "Mottagningsanteckning", "vg_bmott_udd", "Karl-Johan Berg", "läkare",
         "2024-10-08T10:15", 45, OV, [
             ("Aktuellt", "Uppföljning av kortvuxenhet och sen pubertet. Mår bra, trivs i skolan."),
             ("Tidiga hypoteser", "Kromosomanalys visar mosaik 46,XY/45,X. Föräldrarna ännu inte informerade, tas tillsammans med barnendokrinolog."),
             ("Planering", "Återbesök med båda föräldrarna om två veckor."),
         ]),
], [], [("NL101", "n1")],
   "VGR: the untold karyotype diagnosis stands only under the protected sökord Tidiga hypoteser; visible sections hold no diagnosis.")

case("d52-fallot-far-och-morforaldrar-vet-ej", "skane", "2024-02-11", "514", [
    note("n1", M, "Mottagningsanteckning", "sk_hjart_lund", "Viktor Hallin", "läkare",
         "2024-03-19T13:30", 40, OV, [
             ("Diagnos", "Fallots tetrad."),
             ("Information", "Föräldrarna informerades vid fosterekot och idag igen inför operationen. De vill själva berätta för mor- och farföräldrarna, som ännu inte vet."),
         ]),
], [], [("NL101", "n1")],
   "The guardians are told; only grandparents (relatives, not readers) are not.")

case("d52-barnet-sjalvt-ej-informerat-osteosarkom", "skane", "2013-04-16", "378", [
    note("n1", M, "Läkaranteckning", "sk_onko_lund", "Maria Lönn", "läkare",
         "2024-02-22T15:15", 50, SV, [
             ("Diagnos", "Osteosarkom hö distala femur, utan påvisad metastasering."),
             ("Information", "Föräldrarna fick besked om diagnosen igår. Barnet självt ej informerat, föräldrarna önskar berätta själva med stöd av kurator i morgon."),
         ]),
], [], [("NL101", "n1")],
   "10-year-old: the guardians, who are the journal readers, have been told; only the child has not, by the parents' choice.")

case("d52-sexaringen-far-veta-av-foraldrarna", "vgr", "2018-01-23", "265", [
    note("n1", M, "Läkaranteckning", "vg_gastro_dsbus", "Oskar Lindberg", "läkare",
         "2024-04-29T09:45", 20, OV, [
             ("Diagnos", "Celiaki, biopsiverifierad."),
             ("Information", "Båda föräldrarna informerade i telefon i morse och fått skriftlig information om glutenfri kost. De förklarar själva för sexåringen hemma."),
         ]),
], [], [("NL101", "n1")],
   "Both guardians informed; the 6-year-old hears it from them at home — guardians are the readers, nothing untold to them.")

case("d52-kongenital-hypotyreos-inget-om-information", "vgr", "2024-05-03", "052", [
    note("n1", M, "Läkaranteckning", "vg_endo_dsbus", "Helena Engström", "läkare",
         "2024-05-10T12:00", 30, OV, [
             ("Diagnos", "Kongenital hypotyreos, screening-TSH 180, fritt T4 6."),
             ("Åtgärd", "Levaxin 50 mikrog dagligen, ny TSH och fritt T4 om två veckor."),
         ]),
], [], [("NL101", "n1")],
   "A confirmed diagnosis with nothing said about telling — no NL101.")

case("d52-bup-storebror-vet-inte-varfor", "skane", "2016-05-18", "842", [
    note("n1", M, "Behandlarsamtal", "sk_bup_malmo", "Linn Axelsson", "kurator",
         "2024-11-12T14:00", 30, OV, [
             ("Aktuellt", "Separationsångest, diagnostiserad i våras, bättre sedan exponeringsträningen kom igång. Storebror utreds för ADHD, föräldrarna har inte berättat för honom varför han går på BUP."),
             ("Planering", "Två samtal kvar i behandlingsserien."),
         ]),
], [], [("NL101", "n1")],
   "The untold person is the brother (and about his assessment); the patient's diagnosis is known.")

case("d52-pyelonefrit-mamma-narvarande-pappa-i-telefon", "vgr", "2022-06-30", "487", [
    note("n1", M, "Akutanteckning", "vg_bak_ostra", "Agnes Wallin", "läkare",
         "2024-01-16T21:15", 25, SV, [
             ("Bedömning", "Pyelonefrit, urinsticka nitrit och leukocyter positiva, CRP 96."),
             ("Information", "Mamma närvarande vid beskedet, pappa informerad per telefon om diagnos och inläggning."),
         ]),
], [], [("NL101", "n1")],
   "Both guardians informed (one in person, one by phone).")

case("d52-pad-vantas-besked-nar-svaret-kommit", "skane", "2019-02-19", "693", [
    note("n1", M, "Operationsanteckning", "sk_bkir_lund", "Henrik Almén", "läkare",
         "2024-08-29T11:40", None, SV, [
             ("Operation", "Exstirpation av 2 cm resistens på vä halssida, lätt att dissekera fri. Skickad för PAD."),
             ("Planering", "PAD inväntas. Besked ges till båda vårdnadshavarna när svaret kommit, beräknat om en vecka."),
         ]),
], [], [("NL101", "n1")],
   "Unsigned draft: 'Besked ges till båda vårdnadshavarna' but no diagnosis exists yet (PAD pending, only a 'resistens').")

case("d52-multinote-tidiga-hypoteser-sedan-wilson-informerat", "skane", "2014-06-14", "158", [
    note("n1", M, "Tidiga hypoteser", "sk_gastro_lund", "Tove Rosén", "läkare",
         "2024-03-06T15:20", 30, OV, [
             ("Bedömning", "Förhöjda transaminaser, lågt ceruloplasmin. Misstänkt Wilsons sjukdom, ej diskuterat med familjen innan gentest och urinkoppar."),
         ]),
    note("n2", M, "Läkaranteckning", "sk_gastro_lund", "Tove Rosén", "läkare",
         "2024-04-10T14:05", 45, OV, [
             ("Diagnos", "Wilsons sjukdom, två patogena ATP7B-varianter, dU-koppar kraftigt förhöjt."),
             ("Information", "Föräldrarna informerades idag om diagnosen och om behandling med penicillamin."),
         ]),
], [], [("NL101", "n2"), ("NL102", "n2")],
   "Earlier hypothesis kept in Tidiga hypoteser; the later visible note states the confirmed and told diagnosis — neither NL101 nor NL102 on n2.")

case("d52-multinote-n2-informerat-efter-tidigare-anteckning", "vgr", "2018-10-02", "330", [
    note("n1", M, "Läkaranteckning", "vg_bmott_udd", "Sofie Alm", "läkare",
         "2024-11-20T16:30", 20, OV, [
             ("Utredning", "Njurbiopsi: minimal change-nefropati."),
             ("Planering", "Föräldrarna nås inte idag, ej informerade."),
         ]),
    note("n2", M, "Telefonanteckning", "vg_bmott_udd", "Sofie Alm", "läkare",
         "2024-11-21T08:50", 10, OV, [
             ("Telefonkontakt", "Pratat med båda föräldrarna om biopsisvaret, minimal change-nefropati, och om fortsatt prednisolon. De har inga frågor just nu."),
         ]),
], [], [("NL101", "n2")],
   "Later note tells the parents what the earlier one withheld; assertion is on the later note, where the diagnosis is told.")

case("d52-cp-vantetid-botox-ej-informerade", "skane", "2017-07-25", "459", [
    note("n1", M, "Läkaranteckning", "sk_neuro_lund", "Marie Holm", "läkare",
         "2024-06-17T11:15", 35, OV, [
             ("Aktuellt", "Cerebral pares, spastisk diplegi GMFCS II, känd diagnos sedan 2019."),
             ("Planering", "Botox i vaderna planeras. Tiden är inte bokad och föräldrarna är ej informerade om den långa väntetiden."),
         ]),
], [], [("NL101", "n1")],
   "Parents not informed about a waiting time — not a diagnosis; the CP is long known.")

case("d52-svettest-normalt-cf-avskrivs-ej-meddelat", "skane", "2024-03-27", "461", [
    note("n1", M, "Läkaranteckning", "sk_bmott_lkr", "Vera Hallgren", "läkare",
         "2024-05-08T15:35", 20, OV, [
             ("Utredning", "Svettest klorid 18 mmol/l, normalt. Cystisk fibros kan avskrivas."),
             ("Planering", "Föräldrarna ej informerade än om det normala svaret, ringer i morgon bitti."),
         ]),
], [], [("NL101", "n1")],
   "The untold result is normal and the diagnosis is ruled out — nothing diagnostic is withheld.")

case("d52-mamma-informerad-pappa-nas-ikvall", "skane", "2020-08-08", "306", [
    note("n1", M, "Läkaranteckning", "sk_avd63_hbg", "Amir Haddad", "läkare",
         "2024-07-23T17:10", 30, SV, [
             ("Diagnos", "Nefrotiskt syndrom, debut."),
             ("Bedömning", "Ödem kring ögonen och i benen, U-albumin/krea kraftigt förhöjt, S-albumin 14."),
             ("Information", "Mamma informerad om diagnos och prednisolonbehandling, pappa nås i kväll efter arbetspasset."),
         ]),
], [], [("NL102", "n1")],
   "Confirmed nephrotic syndrome, not hedged. NL101 deliberately not asserted: one guardian told, the other (also a reader) not yet, which the definitions do not settle.")

# ---------------------------------------------------------------------------
# additions: more PMO child-health notes and a long NL101 discharge summary
# ---------------------------------------------------------------------------

case("d52-pmo-bvc-misstankt-spadbarnskolik", "skane", "2024-08-30", "426", [
    note("n1", P, "BVC-besök", "sk_bvc_paarp", "Kristina Nordh", "sjuksköterska",
         "2024-10-15T13:30", 20, OV, [
             ("Aktuellt", "Skriker otröstligt 3-4 timmar varje kväll sedan två veckor, drar upp benen. Äter bra och har ökat 210 g på en vecka."),
             ("Bedömning", "Misstänkt spädbarnskolik. Råd om bärsele och pauser för föräldrarna, ny kontakt via telefon om en vecka."),
         ]),
], [], [("NL102", "n1")],
   "BVC (Skåne PMO) nurse: 'Misstänkt spädbarnskolik' — PMO never shows diagnoses, so no NL102.")

case("d52-pmo-vc-kan-ej-utesluta-uvi", "skane", "2021-12-10", "583", [
    note("n1", P, "Läkarbesök", "sk_vc_eslov", "Mats Ingvarsson", "läkare",
         "2024-11-26T10:10", 15, OV, [
             ("Bedömning", "Feber utan fokus i två dygn hos 2-åring. U-sticka nitrit neg, leukocyter 1+. UVI kan ej uteslutas, urinodling skickad. Plagiocefali? noterad i förbifarten, tas på BVC."),
         ]),
], [], [("NL102", "n1")],
   "Primary-care PMO note with two hedged diagnoses ('kan ej uteslutas', trailing '?') — PMO never shows diagnoses.")

case("d52-lang-epikris-tuberos-skleros-ej-besked", "skane", "2023-11-02", "752", [
    note("n1", M, "Epikris", "sk_bavd_krist", "Linnea Ohlsson", "läkare",
         "2024-10-18T15:30", 150, SV, [
             ("Orsak till vård", "Första afebrila krampanfallet hos 11 månaders flicka, inkom med ambulans efter 6 minuters högersidiga ryckningar."),
             ("Vårdförlopp", "Vid ankomst postiktal men väckbar, därefter snabbt återhämtad. Ytterligare två korta fokala anfall första dygnet med blickdeviation åt höger, kuperade med buccalt midazolam. Levetiracetam insatt dag 1, därefter anfallsfri i tre dygn. EEG dag 2 med vänstersidig fokal aktivitet temporalt. Hudinspektion i Woods ljus visar fyra hypopigmenterade fläckar på bål och lår, som mamma noterat sedan nyföddhetsperioden men inte tänkt på. MR hjärna dag 3: multipla kortikala tubera bilat och subependymala noduli längs sidoventriklarna. Eko hjärta: två små rabdomyom i vänster kammare utan flödespåverkan. Äter och dricker som vanligt, glad och nyfiken på avdelningen."),
             ("Status vid utskrivning", "AT gott. Neurologiskt ua för åldern, sitter stadigt och drar sig upp till stående. Cor: RR, inget blåsljud. Hud: fyra hypomelanotiska fläckar, ingen ansiktsangiofibrom."),
             ("Diagnoser", "Tuberös skleroskomplex (kliniskt fastställd: kortikala tubera, subependymala noduli, rabdomyom, hypomelanotiska fläckar). Fokal epilepsi."),
             ("Läkemedel vid utskrivning", "Levetiracetam 100 mg x 2. Buccolam 2,5 mg vid anfall som varar över 5 minuter."),
             ("Information", "Föräldrarna har informerats om epilepsin och anfallsmedicinen, men har ännu inte fått besked om MR- och ekofynden eller om diagnosen tuberös skleros. Barnneurolog i Lund tar det samtalet vid besöket nästa vecka tillsammans med genetiker."),
             ("Uppföljning", "Barnneurologimottagningen SUS Lund om en vecka, remiss skickad. Genetisk analys av TSC1/TSC2 efter samtalet. EEG-kontroll om tre månader. BVC informerad om epilepsin."),
         ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "Long discharge summary: the parents were told about the epilepsy but not about the visible TSC diagnosis. Child under 13: the guardians are the readers, so their not being told counts as not told; the diagnosis is not hedged.")


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def check_luhn(pid, birth):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
    if not m:
        return "bad personnummer format %r" % pid
    if "%s-%s-%s" % (m.group(1), m.group(2), m.group(3)) != birth:
        return "personnummer %s does not match birth_date %s" % (pid, birth)
    digits = pid[2:8] + pid[9:]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    if total % 10:
        return "personnummer %s fails Luhn" % pid
    return None


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def in_2024(s):
    return dt.datetime.fromisoformat(s).year == 2024


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        name = c["case"]
        where = "case %s" % name
        if list(c.keys()) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, list(c.keys())))
        if not name.startswith("d52-"):
            errors.append("%s: name must start with d52-" % where)
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: bad ruleset" % where)
        rec = c["record"]
        if list(rec.keys()) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            errors.append("%s: record keys" % where)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errors.append("%s: non-empty events/conversations/treatments" % where)
        pat = rec["patient"]
        err = check_luhn(pat["id"], pat["birth_date"])
        if err:
            errors.append("%s: %s" % (where, err))
        if not in_2024(rec["as_of"]):
            errors.append("%s: as_of not in 2024" % where)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        ages = [age_on(pat["birth_date"], as_of)]
        notes = {}
        if not rec["notes"]:
            errors.append("%s: no notes" % where)
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (where, list(n.keys())))
            if n["id"] in notes:
                errors.append("%s: duplicate note id %s" % (where, n["id"]))
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: bad system" % where)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % where)
            if not in_2024(n["time"]) or (n["signed"] is not None and not in_2024(n["signed"])):
                errors.append("%s: note date not in 2024" % where)
            t = dt.datetime.fromisoformat(n["time"])
            if t.date() < dt.date.fromisoformat(pat["birth_date"]):
                errors.append("%s: note before birth" % where)
            if t > as_of:
                errors.append("%s: note after as_of" % where)
            ages.append(age_on(pat["birth_date"], t))
            if not n["sections"]:
                errors.append("%s: note without sections" % where)
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["text"].strip():
                    errors.append("%s: bad section" % where)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], s["keyword"]):
                            errors.append("%s: sentence repeated (also in %s): %r" % (where, seen[sent][0], sent))
                        seen[sent] = (name, n["id"], s["keyword"])
        if any(13 <= a <= 15 for a in ages):
            errors.append("%s: patient aged 13-15" % where)
        pairs = [tuple(x) for x in c["must"] + c["must_not"]]
        if not pairs:
            errors.append("%s: asserts nothing" % where)
        if len(set(pairs)) != len(pairs):
            errors.append("%s: code/target listed twice" % where)
        must_pairs = set(tuple(x) for x in c["must"])
        for code, target in pairs:
            if code not in CODES:
                errors.append("%s: unexpected code %s" % (where, code))
            if target not in notes:
                errors.append("%s: target %s missing" % (where, target))
                continue
            if code == "NL102" and (code, target) in must_pairs and notes[target]["system"] != "Melior":
                errors.append("%s: NL102 must asserted on non-Melior note" % where)
            if code == "NL101" and notes[target]["system"] == "PMO":
                errors.append("%s: NL101 asserted on PMO note" % where)
        if not c["why"].strip():
            errors.append("%s: empty why" % where)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev52_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
