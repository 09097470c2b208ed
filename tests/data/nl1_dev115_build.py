#!/usr/bin/env python3
"""dev115: orthopaedic and sports-medicine outpatient care and physiotherapy.

Independent test cases for NL101 (uncommunicated diagnosis visible) and NL102
(hypothesis in visible note).  Standard library only, deterministic.
Running it writes cases.jsonl next to this file and exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev115_cases.jsonl")

# --------------------------------------------------------------------------
# units (name, HSA-id).  Skåne SE2321000255-, VGR SE2321000131-
# --------------------------------------------------------------------------
U = {
    # Skåne, Melior (sjukhus)
    "lund_idrott": ("Idrottsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4417"),
    "malmo_ort": ("Ortopedmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2093"),
    "lund_barnort": ("Barnortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6631"),
    "hbg_ort": ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-3310"),
    "kristianstad_fysio": ("Fysioterapin, Centralsjukhuset Kristianstad", "SE2321000255-5128"),
    "ystad_ort": ("Ortopedmottagningen, Lasarettet i Ystad", "SE2321000255-7042"),
    "trelleborg_ort": ("Ortopedmottagningen, Lasarettet i Trelleborg", "SE2321000255-7790"),
    "hassleholm_rygg": ("Ryggmottagningen, Hässleholms sjukhus", "SE2321000255-8865"),
    "malmo_osteop": ("Osteoporosmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2417"),
    "lund_tumor": ("Tumörortopediska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6204"),
    "angelholm_ort": ("Ortopedmottagningen, Ängelholms sjukhus", "SE2321000255-9153"),
    "landskrona_fysio": ("Fysioterapimottagningen, Lasarettet i Landskrona", "SE2321000255-9580"),
    "malmo_hand": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2551"),
    # Skåne, PMO (primärvård)
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-1A47"),
    "vc_horby_rehab": ("Rehabenheten, Vårdcentralen Hörby", "SE2321000255-1C82"),
    "vc_kvarnby": ("Vårdcentralen Kvarnby, Malmö", "SE2321000255-1D19"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-1E66"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn, fysioterapin", "SE2321000255-1F03"),
    "vc_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-1G58"),
    # VGR, Melior
    "molndal_ort": ("Ortopedmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E44310"),
    "molndal_idrott": ("Idrottsmedicinsk mottagning, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E44327"),
    "molndal_rygg": ("Ryggmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E44355"),
    "skovde_ort": ("Ortopedmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E21908"),
    "nal_ort": ("Ortopedmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E30271"),
    "boras_ort": ("Ortopedmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E51736"),
    "alingsas_ort": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E60412"),
    "kungalv_fysio": ("Fysioterapin, Kungälvs sjukhus", "SE2321000131-E71185"),
    "dsbus_ort": ("Barnortopedmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E12640"),
    "sahlgrenska_sarkom": ("Sarkommottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E10923"),
    "molndal_osteop": ("Osteoporosmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E44398"),
    "uddevalla_fysio": ("Fysioterapin, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E30588"),
    "lidkoping_ort": ("Ortopedmottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E22047"),
    "kungsbacka_ort": ("Ortopedmottagningen, Frölunda specialistsjukhus", "SE2321000131-E47720"),
}

CASES = []


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with Luhn check digit over YYMMDDNNN."""
    digits = birth.replace("-", "")[2:] + serial
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    check = (10 - total % 10) % 10
    return "%s-%s%d" % (birth.replace("-", ""), serial, check)


def N(nid, system, template, unit, author, role, time, sections, signed=45):
    """One note. signed: minutes after time, or None for an unsigned draft."""
    t = dt.datetime.fromisoformat(time)
    s = None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat()
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": s,
        "setting": "öppenvård",
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, birth, serial, notes, must, must_not, why):
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min(last.date() + dt.timedelta(days=6), dt.date(2024, 12, 31))
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat() + "T00:00:00",
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
A = ("NL101", "n1")
B = ("NL102", "n1")

# ==========================================================================
# CASES
# ==========================================================================
# ---------------------------------------------------------------- NL102 must
C("kors-misstankt-framre-korsbandsruptur-fotboll", "skane", "2006-09-14", "237", [
    N("n1", M, "Läkaranteckning", "lund_idrott", "Johan Ekberg", "läkare", "2024-04-08T10:20:00", [
        ("Anamnes", "17-årig fotbollsspelare, division 2. Vridvåld vä knä i match i lördags, landade efter nickduell med foten fixerad. Hörde en smäll, kunde inte spela vidare. Svullnad inom ett par timmar."),
        ("Status", "Hydrops ++. Lachman positivt med mjukt stopp jmf med hö. Främre lådtest svårbedömt pga smärta. Pivot shift ej utfört. Stabil i varus/valgus. Ingen ledlinjeömhet."),
        ("Bedömning", "Misstänkt främre korsbandsruptur vä knä."),
        ("Planering", "MR vä knä beställd. Kryckor, avlastning efter smärta. Remiss till fysioterapeut för tidig rehab. Återbesök efter MR."),
    ])], [B], [A], "Classic hedge 'Misstänkt' on an ACL rupture in the Bedömning of a Skåne Melior note; nothing said about telling.")

C("menisk-trol-medial-degenerativ", "vgr", "1978-02-03", "419", [
    N("n1", M, "Mottagningsanteckning", "alingsas_ort", "Per Wennberg", "läkare", "2024-02-19T14:05:00", [
        ("Aktuellt", "Remiss från vc pga hö knäsmärta sedan i höstas. Upplever låsningar och hugg vid vridning, ffa medialt. Går på gym 2 ggr/v."),
        ("Status", "Gång ua. Ingen hydrops. Ömhet över mediala ledspringan. McMurray positivt medialt. Full extension, flexion 130 gr. Stabila ligament."),
        ("Bedömning", "Trol. degenerativ medial menisklesion hö knä. Ingen indikation för artroskopi i första hand."),
        ("Åtgärd", "Rekommenderar strukturerad träning via fysioterapeut 3 mån. Åter vb."),
    ], signed=None)], [B], [], "'Trol.' on a degenerative meniscal lesion, VGR Melior, visible Bedömning.")

C("stress-ev-stressfraktur-mt2-lopare", "skane", "2004-11-22", "046", [
    N("n1", M, "Läkaranteckning", "lund_idrott", "Sara Holmgren", "läkare", "2024-05-13T09:40:00", [
        ("Anamnes", "Medeldistanslöpare, ökat veckodistansen från 50 till 80 km på tre veckor inför säsongen. Smärta dorsalt över vä framfot sedan 10 dagar, värst i början av passen, nu även vid gång."),
        ("Status", "Punktöm över diafysen på MT II vä. Lätt svullnad dorsalt. Hopp på ett ben utlöser smärta."),
        ("Röntgen", "Slätröntgen vä fot: ingen synlig frakturlinje, ingen kallus."),
        ("Bedömning", "Ev. stressfraktur MT II vä, slätröntgen är ofta negativ tidigt i förloppet."),
        ("Planering", "Löpvila, cykel och vattenlöpning tillåts. Ny rtg om 2 v alt MR om fortsatt besvär. Kost och menstruation diskuterade, RED-S screening vid nästa besök."),
    ])], [B], [], "'Ev.' directly before a stress fracture diagnosis (not before a plan).")

C("halsena-partiell-ruptur-fragetecken", "vgr", "1969-07-30", "173", [
    N("n1", M, "Läkaranteckning", "boras_ort", "Anders Lyxell", "läkare", "2024-03-04T11:15:00", [
        ("Anamnes", "Padelspelare, kände plötslig smärta i hö vad vid utfallssteg för 5 d sedan, som om någon sparkat honom. Kan gå men haltar."),
        ("Status", "Ingen palpabel glipa i hälsenan. Thompsons test: viss plantarflexion men svagare än vä. Kan ej stå på tå på hö ben. Svullnad 3-4 cm ovan calcaneus."),
        ("Bedömning", "Partiell hälsenruptur hö?"),
        ("Planering", "Ultraljud hälsena inom en vecka. Ortos med hälkilar tills vidare."),
    ])], [B], [], "A bare question mark after the diagnosis is the hedge.")

C("impingement-talar-for-fysio", "vgr", "1985-12-11", "582", [
    N("n1", M, "Fysioterapeutanteckning", "kungalv_fysio", "Linnea Sjöberg", "fysioterapeut", "2024-01-23T08:30:00", [
        ("Anamnes", "Målare, smärta lateralt i hö överarm vid arbete ovan axelhöjd sedan ca 3 mån. Nattvärk när hon ligger på hö sida."),
        ("Status", "Aktiv flexion 160 gr med smärtsam båge 70-120 gr. Neers och Hawkins-Kennedy positiva. Full passiv rörlighet. Utåtrotation mot motstånd utan svaghet."),
        ("Bedömning", "Kliniska fynd talar för subakromiell impingement hö axel."),
        ("Åtgärd", "Hemprogram med skapulastabiliserande övningar och excentrisk rotatorkuffträning. Ergonomiråd. Åter om 3 v."),
    ])], [B], [], "'talar för' + impingement written by a physiotherapist in a VGR Melior note.")

C("rotatorkuff-ruptur-kan-ej-uteslutas", "skane", "1957-04-02", "268", [
    N("n1", M, "Läkaranteckning", "hbg_ort", "Mikael Strand", "läkare", "2024-06-10T13:50:00", [
        ("Anamnes", "Föll på cykel för 4 v sedan, tog emot sig med utsträckt vä arm. Sedan dess svårt att lyfta armen."),
        ("Status", "Aktiv abduktion 70 gr, passivt full. Drop arm-test positivt. Svag utåtrotation. Jobe positivt."),
        ("Bedömning", "Rotatorkuffruptur kan ej uteslutas, traumatisk genes."),
        ("Planering", "Ultraljud vä axel med förtur. Återbesök direkt efter för ställningstagande till op."),
    ])], [B], [], "'kan ej uteslutas' keeps a rotator cuff rupture open, so it is a hedge, not a negation.")

C("artros-forenligt-med-medial-gonartros", "skane", "1951-10-19", "324", [
    N("n1", M, "Mottagningsanteckning", "ystad_ort", "Eva Nordqvist", "läkare", "2024-02-27T10:10:00", [
        ("Röntgen", "Belastade bilder bilat knän: minskad ledspringa medialt bilat, mer uttalat hö, med subkondral skleros och osteofyter."),
        ("Bedömning", "Fynden är förenliga med medial gonartros, hö > vä."),
        ("Planering", "Artrosskola via fysioterapin. Paracetamol vb. Viktnedgång diskuterad. Ingen op-indikation i dagsläget."),
    ])], [B], [], "'förenliga med' is listed as a hedge, here on gonarthrosis in a short Skåne note.")

C("rygg-ischias-dd-diskbrack-s1", "vgr", "1988-05-06", "095", [
    N("n1", M, "Läkaranteckning", "molndal_rygg", "Fredrik Ahl", "läkare", "2024-09-02T15:25:00", [
        ("Anamnes", "Lyfte tung låda på jobbet för 3 v sedan. Ländryggssmärta med utstrålning bak i hö ben ned till fotsulan. Domningar i lilltån. Ingen blås- eller tarmpåverkan."),
        ("Status", "SLR hö positivt vid 40 gr. Nedsatt ASR hö. Nedsatt sensibilitet lateralt på foten. Tåhävning hö svagare. Perianal sensibilitet ua."),
        ("Bedömning", "Lumbago-ischias hö. DD disbråck L5-S1 med S1-rotpåverkan."),
        ("Planering", "MR ländrygg. Fortsatt aktivitet, smärtlindring. Info om att söka akut vid urinretention eller ridbyxeanestesi."),
    ])], [B], [], "'DD' introduces a disc herniation with radiculopathy; the cauda equina advice is conditional. Typo in the diagnosis word ('disbråck').")

C("osteop-sannolik-kotkompression-th12", "skane", "1946-01-28", "482", [
    N("n1", M, "Läkaranteckning", "malmo_osteop", "Katarina Bäck", "läkare", "2024-10-14T09:00:00", [
        ("Anamnes", "78-årig kvinna, akut ryggsmärta efter att ha lyft en blomkruka. Längdminskning 4 cm på 5 år. Tidigare distal radiusfraktur 2019. Kortison för PMR."),
        ("Status", "Bankömhet över torakolumbala övergången. Ökad kyfos. Neurologi ua i benen."),
        ("Bedömning", "Sannolik osteoporotisk kotkompression Th12."),
        ("Planering", "Rtg torakolumbal columna och DXA. Smärtlindring. FRAX beräknas efter DXA."),
    ])], [B], [], "'Sannolik' on an osteoporotic vertebral compression fracture.")

C("tumor-barn-misstankt-ewing-dd-osteomyelit", "skane", "2014-03-09", "559", [
    N("n1", M, "Läkaranteckning", "lund_barnort", "Henrik Malm", "läkare", "2024-03-18T16:00:00", [
        ("Anamnes", "10-årig pojke med värk i vä lår sedan 6 v, nattlig värk som väcker honom. Subfebril senaste veckan enl mamma. Ingen känd skada."),
        ("Status", "Lätt haltande. Palpationsöm och diskret svullnad distala femur vä. Knä- och höftrörlighet ua."),
        ("Röntgen", "Permeativ destruktion i distala femurdiafysen med lamellär periostreaktion."),
        ("Bedömning", "Misstänkt Ewingsarkom, DD osteomyelit."),
        ("Planering", "MR hela femur, lab inkl CRP, SR, LD. Diskuteras med sarkomgruppen."),
    ], signed=None)], [B], [], "Child under 13 (guardian reads): suspected Ewing sarcoma and a DD in a visible Skåne Melior note.")

C("tumor-trol-enkondrom-humerus-bifynd", "vgr", "1972-08-15", "612", [
    N("n1", M, "Mottagningsanteckning", "skovde_ort", "Ola Törnqvist", "läkare", "2024-04-22T10:45:00", [
        ("Aktuellt", "Rtg vä axel pga smärta vid abduktion visade en förändring i proximala humerusmetafysen."),
        ("Röntgen", "Centralt belägen, välavgränsad förändring med popcornliknande förkalkningar, ingen kortikal destruktion."),
        ("Bedömning", "Trol. enkondrom prox humerus vä, benignt utseende."),
        ("Planering", "MR för karakterisering. Rtg-kontroll om 6 mån."),
    ])], [B], [], "Hedged benign bone tumour (enchondroma) found incidentally on a shoulder X-ray.")

C("mr-remiss-fragestallning-menisk-korsband", "vgr", "1999-01-25", "151", [
    N("n1", M, "Remissanteckning", "nal_ort", "Maria Hedlund", "läkare", "2024-08-05T11:30:00", [
        ("Remiss", "MR hö knä. Innebandyspelare med distorsion för 2 v sedan, upprepade svikttendenser."),
        ("Frågeställning", "Meniskskada? Korsbandsskada?"),
    ])], [B], [], "A referral's Frågeställning with question marks is a hedged diagnosis in a visible section.")

C("frusen-skuldra-bild-som-vid", "skane", "1966-06-04", "486", [
    N("n1", M, "Fysioterapeutanteckning", "kristianstad_fysio", "Hanna Dahl", "fysioterapeut", "2024-11-11T13:20:00", [
        ("Anamnes", "Diabetes typ 2. Tilltagande stelhet och värk i hö axel sedan ca 2 mån, svårt att knäppa BH och nå bakfickan."),
        ("Status", "Passiv utåtrotation hö 10 gr jmf 70 gr vä. Kapsulärt mönster. Ingen kraftnedsättning."),
        ("Bedömning", "Bild som vid frusen skuldra hö, tidig fas."),
        ("Åtgärd", "Information om naturalförlopp. Smärtfri rörlighetsträning. Läkarbedömning för ställningstagande till kortisoninjektion."),
    ])], [B], [], "'Bild som vid' hedges adhesive capsulitis, written by a physiotherapist in Skåne Melior.")

C("patella-inger-misstanke-luxation", "skane", "2007-02-17", "640", [
    N("n1", M, "Läkaranteckning", "angelholm_ort", "Tobias Lindell", "läkare", "2024-01-15T15:40:00", [
        ("Anamnes", "Dansare, 16 år. Vred vä knä vid piruett, knät hoppade ur led och in igen. Hydrops efteråt."),
        ("Status", "Ömhet över mediala retinaklet. Positivt apprehension-test. Lachman ua."),
        ("Bedömning", "Anamnes och status inger misstanke om patellaluxation med spontan reposition."),
        ("Planering", "Rtg knä med patellaaxial. MR för att bedöma MPFL och broskskada. Stödbandage."),
    ], signed=None)], [B], [], "'inger misstanke om' on a patellar dislocation; the patient is exactly 16.")

C("barn-kan-rora-sig-om-osgood-schlatter", "skane", "2012-07-21", "371", [
    N("n1", M, "Mottagningsanteckning", "lund_barnort", "Lena Ohlsson", "läkare", "2024-05-27T09:15:00", [
        ("Anamnes", "11-årig pojke, spelar handboll 4 ggr/v. Ont nedanför hö knäskål vid hopp och knästående sedan 2 mån. Pappa med vid besöket."),
        ("Status", "Prominent och öm tuberositas tibiae hö. Smärta vid extension mot motstånd. Ingen hydrops."),
        ("Bedömning", "Kan röra sig om en Osgood-Schlatter. Rtg avvaktas."),
        ("Planering", "Rtg hö knä sida. Anpassad träningsmängd, is efter träning."),
    ])], [B], [A], "'Kan röra sig om' on Osgood-Schlatter in a child whose guardians read the journal.")

C("artrit-oklart-om-ra-eller-aktiverad-artros", "vgr", "1959-09-09", "204", [
    N("n1", M, "Läkaranteckning", "lidkoping_ort", "Gunilla Fors", "läkare", "2024-06-24T14:00:00", [
        ("Status", "Svullna och varma MCP II-III bilat samt hö knä. Morgonstelhet 1,5 tim."),
        ("Lab", "CRP 34, SR 48. RF och anti-CCP beställda."),
        ("Bedömning", "Oklart om det rör sig om en reumatoid artrit eller aktiverad artros. Remiss reumatologen."),
    ])], [B], [], "'Oklart om det rör sig om' + two diagnoses.")

C("hopparkna-mojlig-patellartendinopati", "vgr", "2002-04-12", "397", [
    N("n1", M, "Läkaranteckning", "molndal_idrott", "Erik Sandahl", "läkare", "2024-02-06T16:10:00", [
        ("Anamnes", "Basketspelare. Smärta strax nedom knäskålen bilat vid hopp och landning, värre efter matcher."),
        ("Status", "Ömhet vid nedre patellapolen bilat. Smärta vid enbensknäböj på lutande bräda."),
        ("Bedömning", "Möjlig patellartendinopati bilat (hopparknä)."),
        ("Planering", "Isometrisk belastning och sedan tung långsam styrketräning. Ultraljud vid utebliven förbättring."),
    ])], [B], [], "'Möjlig' before patellar tendinopathy in a sports physician's VGR note.")

C("skafoid-typo-kan-inte-utsluta-fraktur", "skane", "1996-12-01", "217", [
    N("n1", M, "Mottagningsanteckning", "malmo_hand", "Johanna Friis", "läkare", "2024-03-11T10:35:00", [
        ("Anamnes", "Föll på skateboard för 3 d sedan, tog emot sig på hö hand."),
        ("Status", "Öm i fossa tabatière och vid axial kompression av tummen."),
        ("Röntgen", "Skafoidserie utan synlig frakturlinje."),
        ("Bedömning", "Kan inte utsluta skafoidfraktur trots normal röntgen."),
        ("Åtgärd", "Skafoidgips. Ny rtg om 10-14 d eller MR."),
    ])], [B], [], "'Kan inte utesluta' keeps a scaphoid fracture open despite a normal X-ray; typo 'utsluta' in the hedge.")

C("rygg-differentialdiagnos-spinal-stenos", "vgr", "1949-03-27", "435", [
    N("n1", M, "Läkaranteckning", "molndal_rygg", "Lars Wikström", "läkare", "2024-07-15T08:45:00", [
        ("Anamnes", "Smärta i ländrygg och båda benen vid promenad, tvingas stanna efter 200 m. Lindras när han sätter sig eller lutar sig framåt över kundvagnen."),
        ("Status", "Perifera pulsar palpabla. SLR neg bilat. Reflexer symmetriska."),
        ("Bedömning", "Neurogen claudicatio. Differentialdiagnos: lumbal spinal stenos."),
        ("Planering", "MR ländrygg. Gångträning."),
    ])], [B], [], "'Differentialdiagnos:' names spinal stenosis as an open possibility.")

C("menisk-typo-missankt-lateral", "skane", "1990-10-30", "599", [
    N("n1", M, "Läkaranteckning", "trelleborg_ort", "Niklas Berg", "läkare", "2024-09-23T11:05:00", [
        ("Status", "Ledlinjeömhet lateralt vä knä. Thessaly positivt. Ingen instabilitet."),
        ("Bedömning", "Missänkt lateral menisklesion vä knä."),
        ("Planering", "MR. Sjukskrivs ej."),
    ])], [B], [], "Typo 'Missänkt' (for misstänkt) before a lateral meniscal lesion.")

C("kuff-typo-sannolkit-supraspinatus", "vgr", "1963-11-08", "258", [
    N("n1", M, "Mottagningsanteckning", "kungsbacka_ort", "Annika Roos", "läkare", "2024-10-01T13:30:00", [
        ("Aktuellt", "Snickare med 6 mån smärta i hö axel, tilltagande svaghet vid lyft."),
        ("Status", "Jobe positivt med svaghet, smärtsam båge. Passiv rörlighet full."),
        ("Bedömning", "Sannolkit partiell ruptur av supraspinatussenan hö."),
        ("Planering", "Ultraljud. Fortsatt fysioterapi under tiden."),
    ])], [B], [], "Typo 'Sannolkit' (for sannolikt) before a partial supraspinatus tear.")

C("halsena-typo-trolgi-tendinopati", "skane", "1975-05-19", "313", [
    N("n1", M, "Fysioterapeutanteckning", "landskrona_fysio", "Jonas Kjellberg", "fysioterapeut", "2024-04-02T10:00:00", [
        ("Anamnes", "Motionslöpare, morgonstelhet och smärta i hö hälsena sedan nyår."),
        ("Status", "Förtjockad och öm hälsena 4 cm ovan fästet. Tåhävningar 15 st hö mot 25 vä."),
        ("Bedömning", "Trolgi midportion-akillestendinopati hö."),
        ("Åtgärd", "Excentrisk/tung långsam belastning enl Alfredson-principer, löpdosering. Uppföljning 4 v."),
    ])], [B], [], "Typo 'Trolgi' (for trolig) before Achilles tendinopathy, physiotherapist, Skåne Melior.")

C("kors-typo-diagnosord-korsbandsrupur", "vgr", "2001-08-27", "475", [
    N("n1", M, "Läkaranteckning", "molndal_idrott", "Carl Ljungman", "läkare", "2024-11-18T09:50:00", [
        ("Anamnes", "Alpin skidåkare, föll i backen i Åre, vä skida lossnade inte. Omedelbar svullnad."),
        ("Status", "Positivt Lachman vä, ömhet över MCL-fästet femoralt."),
        ("Bedömning", "Misstänkt främre korsbandsrupur samt MCL-skada vä knä."),
        ("Planering", "MR. Knäortos med låst rörelseomfång tills vidare."),
    ])], [B], [], "Typo in the diagnosis word itself ('korsbandsrupur'); the hedge 'Misstänkt' is intact.")

C("knaveck-susp-bakercysta", "skane", "1958-12-24", "082", [
    N("n1", M, "Läkaranteckning", "malmo_ort", "Petra Widén", "läkare", "2024-12-09T14:20:00", [
        ("Status", "Fluktuerande, ej öm resistens i mediala knävecket hö. Känd gonartros."),
        ("Bedömning", "Susp. Bakercysta hö."),
        ("Planering", "Ultraljud knäveck, även för att utesluta DVT."),
    ])], [B], [], "'Susp.' with an eponym; 'utesluta DVT' is a plan, not a negated diagnosis of the patient.")

C("rygg-gymnast-spondylolys-fragetecken", "vgr", "2008-01-06", "540", [
    N("n1", M, "Läkaranteckning", "dsbus_ort", "Sofia Marklund", "läkare", "2024-02-12T15:00:00", [
        ("Anamnes", "16-årig truppgymnast med smärta i låga ländryggen vid bakåtböjning sedan 3 mån."),
        ("Status", "Smärta vid stork-test hö. Hamstringsstramhet."),
        ("Bedömning", "Spondylolys L5?"),
        ("Planering", "MR ländrygg med STIR-sekvenser. Paus från bakåtböjningar tills svar."),
    ])], [B], [], "Question mark after spondylolysis in a 16-year-old athlete (reads own journal).")

C("hal-dd-plantarfasciit-calcaneus-stress", "skane", "1983-03-14", "624", [
    N("n1", M, "Läkaranteckning", "lund_idrott", "Magnus Rehn", "läkare", "2024-06-03T10:25:00", [
        ("Anamnes", "Ökat promenader och joggning kraftigt inför vandring. Smärta i vä häl, ffa första stegen på morgonen men nu också vid vila."),
        ("Status", "Öm vid plantarfascians fäste. Positivt squeeze-test av calcaneus."),
        ("Bedömning", "Hälsmärta vä. DD plantarfasciit, stressfraktur i calcaneus."),
        ("Planering", "MR vä häl. Avlastning tills svar."),
    ])], [B], [], "Symptom diagnosis stated plainly, then 'DD' with two diagnoses.")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1980-09-03", "118", [
    N("n1", M, "Läkaranteckning", "hbg_ort", "Christoffer Nyman", "läkare", "2024-08-19T12:10:00", [
        ("Aktuellt", "Kontroll efter vä knädistorsion, fortsatt instabilitetskänsla i trappor."),
        ("Tidiga hypoteser", "Trolig kronisk främre korsbandsinsufficiens vä knä, MR avvaktas."),
        ("Planering", "MR vä knä, fysioterapi med knäkontroll under väntetiden."),
    ])], [B], [], "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible.")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1970-02-20", "395", [
    N("n1", M, "Tidiga hypoteser", "nal_ort", "Birgitta Öhman", "läkare", "2024-05-06T15:30:00", [
        ("Bedömning", "Misstänkt avaskulär nekros i caput femoris hö efter långvarig kortisonbehandling. MR beställd."),
    ])], [B], [], "VGR protects by sökord: a note named 'Tidiga hypoteser' whose only section is the ordinary sökord Bedömning is visible.")

C("vgr-hypotes-bade-i-th-och-bedomning", "vgr", "1954-06-13", "228", [
    N("n1", M, "Läkaranteckning", "boras_ort", "Stefan Hallberg", "läkare", "2024-10-21T10:40:00", [
        ("Anamnes", "Tilltagande smärta i vä lår sedan 2 mån, även nattetid. Tidigare bröstcancer 2015."),
        ("Röntgen", "Osteolytisk förändring i subtrokantära femur vä, ca 3 cm, kortikal förtunning."),
        ("Tidiga hypoteser", "Misstänkt skelettmetastas från tidigare bröstcancer, risk för patologisk fraktur."),
        ("Bedömning", "Misstänkt metastas i vä femur. Avlastning med kryckor."),
        ("Planering", "DT thorax-buk, skelettscint. Remiss onkologen."),
    ])], [B], [], "The hypothesis sits in the protected VGR sökord but is repeated in the visible Bedömning, so it is shown anyway.")

C("kna-lang-journal-trol-mcl-bland-negationer", "skane", "1993-04-25", "631", [
    N("n1", M, "Läkaranteckning", "ystad_ort", "Viktor Ståhl", "läkare", "2024-01-29T09:30:00", [
        ("Kontaktorsak", "Remiss från akuten, distorsion hö knä i brottning för 6 d sedan."),
        ("Anamnes", "Frisk. Inga mediciner. Ingen tidigare knäskada. Tacklades i sidled med foten i mattan, kände smärta medialt. Har kunnat gå med lätt hälta. Ingen låsning, ingen svikt."),
        ("Status", "Gång: lätt avlastande hö. Inspektion: diskret svullnad medialt, ingen hydrops. Palp: öm över MCL:s femorala fäste. ROM 0-120. Valgusstress i 30 gr flexion: ökad uppklaffning med fast stopp, i extension stabil. Lachman och främre låda ua. McMurray neg. Patella stabil."),
        ("Röntgen", "Rtg hö knä från akuten: ingen fraktur."),
        ("Bedömning", "Inga tecken på korsbandsskada eller menisklesion kliniskt. Trol. MCL-skada grad II hö knä."),
        ("Åtgärd", "Knäortos med fria rörelser 4-6 v. Fysioterapeut för styrka och proprioception."),
        ("Planering", "Åter om 6 v, MR endast om kvarstående instabilitet."),
    ])], [B], [A], "Long chart: several negated diagnoses, but one hedged MCL injury stands in the visible Bedömning.")

C("flera-ant-hypotes-forst-i-lakaranteckning", "vgr", "1987-11-16", "337", [
    N("n1", M, "Fysioterapeutanteckning", "uddevalla_fysio", "Malin Karlberg", "fysioterapeut", "2024-03-05T13:00:00", [
        ("Anamnes", "Ljumsksmärta vä sedan hösten, fotbollsspelare i korpen. Smärta vid sidledsförflyttningar och spark."),
        ("Status", "Smärta vid adduktion mot motstånd. Öm vid adduktorfästet. Höftrörlighet: inskränkt inåtrotation vä."),
        ("Åtgärd", "Adduktorstärkande program (Copenhagen). Läkarbedömning bokad pga höftfynden."),
    ]),
    N("n2", M, "Läkaranteckning", "uddevalla_fysio", "Robert Tell", "läkare", "2024-03-19T10:15:00", [
        ("Bedömning", "Adduktorrelaterad ljumsksmärta. Därtill trolig femoroacetabulär impingement vä, cam-typ, med tanke på inskränkt inåtrotation och positivt FADIR."),
        ("Planering", "Rtg bäcken och Dunn-vy. Fortsatt träning hos fysioterapeut."),
    ])], [("NL102", "n2")], [("NL102", "n1")], "Two notes: the physiotherapist describes findings without a hedge, the later physician note hedges FAI.")

C("telefon-ssk-misstankt-dvt-efter-halseneop", "vgr", "1977-07-07", "153", [
    N("n1", M, "Telefonanteckning", "skovde_ort", "Ida Persson", "sjuksköterska", "2024-07-22T08:20:00", [
        ("Telefonkontakt", "Pat ringer, opererad för hälsenruptur hö för 12 d sedan, gips. Sedan igår ökad smärta och spänningskänsla i hö vad, nu svullnad ovan gipskanten. Ingen andnöd."),
        ("Bedömning", "Misstänkt DVT hö underben."),
        ("Åtgärd", "Konfererat med dr Åberg, pat hänvisas till akuten för ultraljud idag."),
    ])], [B], [A], "A nurse's hedged suspicion of a complication (DVT) is a hedged diagnosis of the patient.")

C("utkast-trolig-slap-lesion", "skane", "1998-02-14", "353", [
    N("n1", M, "Läkaranteckning", "lund_idrott", "Amanda Kron", "läkare", "2024-04-29T14:45:00", [
        ("Anamnes", "Handbollsmålvakt, djup smärta i hö axel vid kastmoment samt klickande."),
        ("Status", "O'Brien positivt hö. Speed positivt. Stabil axel."),
        ("Bedömning", "Trolig SLAP-lesion hö axel."),
        ("Planering", "MR-artrografi."),
    ], signed=None)], [B], [], "Unsigned draft (pre-signing): 'Trolig' SLAP lesion.")

C("fraktur-tveksam-radiushuvud", "vgr", "1991-05-31", "280", [
    N("n1", M, "Läkaranteckning", "kungsbacka_ort", "Hugo Sandberg", "läkare", "2024-06-17T11:00:00", [
        ("Anamnes", "Föll på utsträckt arm vid fotboll igår."),
        ("Status", "Öm över radiushuvudet, nedsatt supination."),
        ("Röntgen", "Positivt fettkuddetecken. Tveksam fraktur i radiushuvudet, ingen dislokation."),
        ("Åtgärd", "Mitella, tidig mobilisering. Rtg-kontroll om 10 d."),
    ])], [B], [], "'Tveksam' is a clinician's hedge on a fracture that is not yet certain.")

C("hoft-stark-misstanke-om-fai", "skane", "2003-10-09", "264", [
    N("n1", M, "Mottagningsanteckning", "malmo_ort", "Filip Engström", "läkare", "2024-08-26T10:30:00", [
        ("Aktuellt", "Ishockeyspelare, ljumsksmärta hö sedan ett år, värre vid djup sittande position."),
        ("Status", "FADIR positivt hö. Inåtrotation 10 gr hö, 30 gr vä."),
        ("Bedömning", "Stark misstake om femoroacetabulär impingement hö, cam-morfologi."),
        ("Planering", "Rtg bäcken och MR-artrografi hö höft."),
    ])], [B], [], "'Stark misstake om' (typo) is still a hedge, not a confirmation.")

C("fot-distorsion-ligamentskada-kan-foreligga", "vgr", "2000-12-20", "407", [
    N("n1", M, "Läkaranteckning", "lidkoping_ort", "Emma Granath", "läkare", "2024-09-09T15:20:00", [
        ("Anamnes", "Vrickade vä fot i volleyboll för 2 v sedan, inversionsvåld. Fortfarande svårt att gå på ojämnt underlag."),
        ("Status", "Öm över ATFL och syndesmosen. Squeeze-test positivt. Främre lådtest ökat vä."),
        ("Bedömning", "Ej säkert att det rör sig om en ren lateral ligamentskada, syndesmosskada kan föreligga."),
        ("Planering", "Belastade rtg och MR vä fotled."),
    ])], [B], [], "'kan föreligga' hedges a syndesmosis injury.")

C("hoft-sannolikt-trokanterit", "skane", "1962-01-12", "506", [
    N("n1", M, "Fysioterapeutanteckning", "landskrona_fysio", "Karolina Ek", "fysioterapeut", "2024-02-13T08:50:00", [
        ("Anamnes", "Lateral höftsmärta vä, värst när hon ligger på sidan och i trappor."),
        ("Status", "Punktöm över trochanter major vä. Smärta vid enbensstående 30 s. Höftrörlighet ua."),
        ("Bedömning", "Smärtan beror sannolikt på en trokanterit/gluteal tendinopati vä."),
        ("Åtgärd", "Belastningsråd, undvika korslagda ben. Isometrisk abduktionsträning."),
    ])], [B], [], "'sannolikt' attributes the pain to a diagnosis (trochanteritis).")

C("armbage-trol-bursit-utan-punkt", "vgr", "1967-04-18", "371", [
    N("n1", M, "Mottagningsanteckning", "alingsas_ort", "Leif Nordin", "läkare", "2024-01-17T14:35:00", [
        ("Status", "Fluktuerande svullnad över olekranon hö, ingen rodnad, ej varm."),
        ("Bedömning", "trol bursit olecrani hö, ingen infektion kliniskt"),
        ("Åtgärd", "Kompressionsförband. Åter vb."),
    ])], [B], [], "Telegraphic 'trol' without a period, lower case, on olecranon bursitis.")

C("axel-eventuellt-begynnande-frusen-skuldra", "vgr", "1964-08-29", "648", [
    N("n1", M, "Fysioterapeutanteckning", "kungalv_fysio", "Therese Bengtsson", "fysioterapeut", "2024-12-02T10:05:00", [
        ("Anamnes", "Värk i vä axel sedan 6 v utan trauma. Diabetes."),
        ("Status", "Passiv utåtrotation nedsatt ca 30 %, smärtsam i ytterläge."),
        ("Bedömning", "Rörlighetsnedsättningen är eventuellt en begynnande frusen skuldra vä, följs."),
        ("Åtgärd", "Rörlighetsövningar i smärtfritt omfång."),
    ])], [B], [], "Full word 'eventuellt' on adhesive capsulitis.")

C("kna-fynden-talar-for-pfss-ung", "vgr", "2006-03-02", "180", [
    N("n1", M, "Fysioterapeutanteckning", "uddevalla_fysio", "Jenny Axelsson", "fysioterapeut", "2024-10-28T15:10:00", [
        ("Anamnes", "18-årig friidrottare. Diffus främre knäsmärta bilat vid trappgång och långvarigt sittande."),
        ("Status", "Dynamisk valgus vid enbensknäböj. Svaga höftabduktorer. Ingen hydrops, ligament stabila."),
        ("Bedömning", "Fynden talar för patellofemoralt smärtsyndrom bilat."),
        ("Åtgärd", "Höft- och knästärkande program, belastningsjustering."),
    ])], [B], [], "'talar för' before patellofemoral pain syndrome, VGR physiotherapist.")

C("hoft-gluteus-tendinopati-eller-ruptur", "skane", "1955-11-23", "440", [
    N("n1", M, "Läkaranteckning", "angelholm_ort", "Ulrika Palm", "läkare", "2024-07-01T13:40:00", [
        ("Status", "Positivt Trendelenburg vä. Svag abduktion. Öm över trochanter major."),
        ("Bedömning", "Tendinopati eller partiell ruptur av gluteus medius-senan vä?"),
        ("Planering", "MR vä höft."),
    ])], [B], [], "Two alternatives with a trailing question mark.")

C("barn-bifynd-sannolikt-nof-tibia", "vgr", "2012-05-15", "266", [
    N("n1", M, "Mottagningsanteckning", "dsbus_ort", "Mats Grönlund", "läkare", "2024-04-15T11:20:00", [
        ("Aktuellt", "11-årig flicka, rtg efter fotledsdistorsion."),
        ("Röntgen", "Ingen fraktur. Bifynd: excentrisk, välavgränsad lytisk förändring med sklerotisk kant i distala tibiametafysen."),
        ("Bedömning", "Sannolikt icke-ossifierande fibrom, benign förändring."),
        ("Planering", "Ingen åtgärd, rtg-kontroll om ett år."),
    ])], [B], [], "A bone tumour found incidentally on X-ray, hedged with 'Sannolikt', child under 13.")

C("humerus-patologisk-fraktur-metastas-fragetecken", "skane", "1944-09-17", "171", [
    N("n1", M, "Läkaranteckning", "lund_tumor", "Anna Welander", "läkare", "2024-05-20T16:20:00", [
        ("Anamnes", "79-årig man, fraktur i hö överarm efter lätt vridning vid påklädning. Viktnedgång 6 kg senaste halvåret."),
        ("Röntgen", "Diafysär humerusfraktur genom en lytisk förändring."),
        ("Bedömning", "Patologisk fraktur hö humerus. Metastas? Myelom?"),
        ("Planering", "Lab inkl elfores, kalcium, PSA. DT thorax-buk. Biopsi vid op."),
    ])], [B], [], "The fracture is certain, but the cause is given as questioned diagnoses (metastasis? myeloma?).")

C("nacke-kan-vara-cervikal-radikulopati", "vgr", "1973-12-05", "529", [
    N("n1", M, "Läkaranteckning", "molndal_ort", "Jesper Holm", "läkare", "2024-11-04T09:10:00", [
        ("Anamnes", "Remiss för hö axelsmärta. Smärta strålar från nacken ned på radialsidan av underarmen till tummen."),
        ("Status", "Axel: full rörlighet, negativa impingementtester. Spurling positivt hö. Nedsatt bicepsreflex hö."),
        ("Bedömning", "Axeln är inte orsaken. Kan vara en cervikal radikulopati C6 hö."),
        ("Planering", "MR halsrygg. Remiss tillbaka till vc med förslag."),
    ])], [B], [], "'Kan vara en' before cervical radiculopathy.")

C("telefon-mr-svar-avvaktas-fragestallning-stressfraktur", "skane", "2005-06-22", "584", [
    N("n1", M, "Telefonanteckning", "lund_idrott", "Eva Lindahl", "sjuksköterska", "2024-06-26T13:05:00", [
        ("Telefonkontakt", "Pat ringer och undrar över MR-svar. MR gjordes i fredags med frågeställning stressfraktur i tibia vä. Svar ej utlåtat ännu. Pat får besked när dr läst svaret, senast nästa vecka."),
    ])], [B], [], "Nurse's phone note: MR answer awaited, but the 'frågeställning stressfraktur' is a hedged diagnosis in a visible section.")

C("osteop-trolig-osteoporos-efter-radiusfraktur", "vgr", "1957-02-08", "342", [
    N("n1", M, "Mottagningsanteckning", "molndal_osteop", "Kristina Lund", "sjuksköterska", "2024-03-26T10:00:00", [
        ("Aktuellt", "Frakturkedjan. 67-årig kvinna med distal radiusfraktur vä efter fall i samma plan."),
        ("Bedömning", "Lågenergifraktur, trolig osteoporos. FRAX-poäng hög."),
        ("Planering", "DXA höft och ländrygg, lab (Ca, PTH, D-vit, kreatinin). Fallriskbedömning."),
    ])], [B], [A], "An osteoporosis nurse hedges osteoporosis itself after a fragility fracture ('Lågenergifraktur' is confirmed).")

# ------------------------------------------------------------ NL102 must_not
# PMO: diagnoses are never shown
C("pmo-fysio-trol-impingement", "skane", "1979-03-21", "226", [
    N("n1", P, "Fysioterapi besök", "vc_horby_rehab", "Oskar Lilja", "fysioterapeut", "2024-02-01T09:00:00", [
        ("Anamnes", "Lagerarbetare, hö axelsmärta vid lyft över axelhöjd sedan jul."),
        ("Status", "Smärtsam båge 80-110 gr, Hawkins positivt, kraft ua."),
        ("Bedömning", "Trol. subakromiell smärta/impingement hö."),
        ("Åtgärd", "Hemprogram, återbesök 3 v."),
    ])], [], [B], "PMO note: a hedged impingement is never shown to the patient, so NL102 must stay silent.")

C("pmo-lakare-misstankt-lumbalt-diskbrack", "skane", "1984-08-08", "573", [
    N("n1", P, "Läkarbesök", "vc_kvarnby", "Nadia Haddad", "läkare", "2024-04-16T10:40:00", [
        ("Aktuellt", "Ländryggssmärta med utstrålning i vä ben sedan 2 v. Inga röda flaggor."),
        ("Status", "Lasègue positivt vä vid 45 gr, nedsatt PSR vä."),
        ("Bedömning", "Misstänkt lumbalt diskbråck L3-L4 med rotpåverkan L4 vä."),
        ("Åtgärd", "NSAID, fortsatt aktivitet, fysioterapikontakt. Ny kontakt om 4 v."),
    ])], [], [B], "PMO primary-care physician: suspected disc herniation with radiculopathy, not shown in PMO.")

C("pmo-dd-stressfraktur-lopare", "skane", "2001-06-15", "448", [
    N("n1", P, "Läkarbesök", "vc_linero", "Daniel Ivarsson", "läkare", "2024-05-08T15:30:00", [
        ("Anamnes", "Springer maraton om 5 v. Smärta mediala tibiakanten vä sedan 3 v, nu även i vila."),
        ("Status", "Fokal ömhet 8 cm ovan mediala malleolen, hopptest positivt."),
        ("Bedömning", "Medialt tibiasyndrom, DD stressfraktur tibia vä."),
        ("Planering", "Rtg, avlastning från löpning."),
    ], signed=None)], [], [B], "PMO note using DD for a tibial stress fracture; not shown in PMO.")

C("pmo-ssk-susp-osteoporos-frakturkedja", "skane", "1948-04-11", "604", [
    N("n1", P, "Telefon", "vc_simrishamn", "Agneta Wulff", "sjuksköterska", "2024-03-13T08:40:00", [
        ("Telefonkontakt", "Pat ringer efter handledsfraktur för 3 v sedan, undrar över benskörhet eftersom hennes syster har det."),
        ("Bedömning", "Susp. osteoporos, lågenergifraktur."),
        ("Åtgärd", "Tid hos dr för DXA-remiss och läkemedelsgenomgång."),
    ])], [], [B], "PMO nurse: suspected osteoporosis after a fragility fracture; PMO does not show diagnoses.")

C("pmo-misstankt-skelettmetastas-ryggvark", "skane", "1947-07-26", "135", [
    N("n1", P, "Läkarbesök", "vc_kvarnby", "Björn Hägg", "läkare", "2024-08-14T09:20:00", [
        ("Anamnes", "Känd prostatacancer, behandlad 2020. Nytillkommen bröstryggsvärk, värst nattetid, ej lägesberoende."),
        ("Status", "Bankömhet Th8. Neurologi i benen ua."),
        ("Bedömning", "Misstänkt skelettmetastas Th8. Röda flaggor."),
        ("Åtgärd", "Akut MR hela ryggen beställd, PSA. Info om att söka akut vid bensvaghet."),
    ])], [], [B], "PMO: a suspected bone metastasis is a serious hedge but still not shown, so NL102 is silent.")

C("pmo-typo-missankt-akillesruptur", "skane", "1982-01-19", "391", [
    N("n1", P, "Läkarbesök", "vc_linero", "Katja Sundberg", "läkare", "2024-10-07T16:05:00", [
        ("Status", "Palpabel glipa i hälsenan vä. Thompson positivt."),
        ("Bedömning", "Missänkt akillesruptur vä. Skickas till ortopedakuten idag."),
    ])], [], [B], "PMO with a typo in the hedge ('Missänkt'); still PMO, never shown.")

# Skåne: template Tidiga hypoteser
C("skane-th-mall-misstankt-kondrosarkom", "skane", "1961-05-28", "159", [
    N("n1", M, "Tidiga hypoteser", "lund_tumor", "Anna Welander", "läkare", "2024-02-20T15:45:00", [
        ("Bedömning", "MR vä bäcken: lobulerad brosktumör i os ilium med endostal scalloping >2/3 av kortex. Misstänkt kondrosarkom grad 1-2. Biopsi planeras innan pat informeras om misstanken."),
    ])], [], [B, A], "Skåne template Tidiga hypoteser: the hedge and the untold plan are kept in the protected template.")

C("skane-th-mall-trolig-myelom-osteoporosmott", "skane", "1945-10-03", "227", [
    N("n1", M, "Tidiga hypoteser", "malmo_osteop", "Katarina Bäck", "läkare", "2024-06-05T13:15:00", [
        ("Tidiga hypoteser", "Multipla kotkompressioner och M-komponent 18 g/l. Trolig myelom snarare än primär osteoporos. Remiss hematologen."),
    ])], [], [B], "Skåne protected template (its sökord is also Tidiga hypoteser); the myeloma hypothesis is hidden.")

C("skane-th-mall-barn-misstankt-osteosarkom", "skane", "2013-12-01", "384", [
    N("n1", M, "Läkaranteckning", "lund_barnort", "Henrik Malm", "läkare", "2024-09-30T11:40:00", [
        ("Aktuellt", "Uppföljning av knäsmärta hö. Rtg och MR genomförda. Nytt besök för biopsisvar bokat."),
        ("Planering", "Biopsi under narkos på fredag."),
    ]),
    N("n2", M, "Tidiga hypoteser", "lund_barnort", "Henrik Malm", "läkare", "2024-09-30T11:55:00", [
        ("Bedömning", "MR: aggressiv metafysär process i proximala tibia med mjukdelskomponent. Misstänkt osteosarkom."),
    ])], [], [("NL102", "n1"), ("NL102", "n2")], "Child under 13: the visible note only says what is planned; the suspected sarcoma is in a separate Tidiga hypoteser note.")

# VGR: sökord Tidiga hypoteser
C("vgr-th-sokord-misstankt-ms-ryggmott", "vgr", "1990-03-17", "465", [
    N("n1", M, "Läkaranteckning", "molndal_rygg", "Fredrik Ahl", "läkare", "2024-05-14T10:50:00", [
        ("Anamnes", "Domningar i båda benen och ostadighet sedan 2 mån. Ingen ryggsmärta att tala om. Synbesvär i vä öga i fjol."),
        ("Status", "Livliga reflexer i benen, Babinski positivt vä. Lasègue neg."),
        ("Bedömning", "Besvären förklaras inte av ländryggen. MR hjärna och halsrygg beställd."),
        ("Tidiga hypoteser", "Misstänkkt MS, skickas vidare till neurologen om MR stödjer det."),
    ])], [], [B], "VGR sökord Tidiga hypoteser holds the only hedge; the visible Bedömning states no diagnosis (the hedge has a typo, 'Misstänkkt').")

C("vgr-th-sokord-trol-prostatametastas-backen", "vgr", "1943-11-29", "239", [
    N("n1", M, "Mottagningsanteckning", "nal_ort", "Åsa Lindgren", "läkare", "2024-12-16T14:30:00", [
        ("Aktuellt", "Ljumskvärk hö vid känd höftartros. Rtg höft visar sklerotiska härdar i bäckenet."),
        ("Planering", "Skelettscint och PSA, återbesök med svar."),
        ("Tidiga hypoteser", "Trol. osteoblastiska metastaser från prostata, PSA ej taget tidigare."),
    ])], [], [B], "Only the VGR protected sökord carries the hedged metastasis; visible text describes findings and a plan.")

C("vgr-th-sokord-kort-dd-sarkom", "vgr", "1976-01-05", "588", [
    N("n1", M, "Läkaranteckning", "sahlgrenska_sarkom", "Niklas Öst", "läkare", "2024-07-08T09:35:00", [
        ("Status", "Djup resistens 6 cm i vä lårs baksida, fast, ej öm."),
        ("Planering", "MR vä lår, därefter mellannålsbiopsi."),
        ("Tidiga hypoteser", "DD mjukdelssarkom, lipom mindre troligt pga storlek och djup."),
    ], signed=None)], [], [B], "DD sarcoma only under the VGR sökord Tidiga hypoteser.")

# negations
C("fotled-ottawa-ingen-misstanke-om-fraktur", "vgr", "1994-09-12", "191", [
    N("n1", M, "Mottagningsanteckning", "skovde_ort", "Karin Melander", "sjuksköterska", "2024-06-11T19:10:00", [
        ("Status", "Kan belasta 4 steg. Ingen ömhet över bakre kanten av malleolerna eller basen av MT V."),
        ("Bedömning", "Enligt Ottawa ankle rules ingen misstanke om fraktur. Lateral fotledsdistorsion vä."),
        ("Åtgärd", "Rtg ej indicerat. Stödförband och råd om tidig belastning."),
    ])], [], [B], "'ingen misstanke om fraktur' is a negation; the sprain itself is stated without a hedge.")

C("kors-korsbandsskada-kan-uteslutas", "skane", "1997-07-14", "353", [
    N("n1", M, "Läkaranteckning", "trelleborg_ort", "Niklas Berg", "läkare", "2024-03-25T13:25:00", [
        ("Anamnes", "Vred hö knä i innebandy för 2 v sedan. Mindre svullnad som gått tillbaka."),
        ("Status", "Lachman stabilt med fast stopp, pivot shift neg. Lätt ömhet över laterala kollateralligamentet."),
        ("Bedömning", "Korsbandsskada kan uteslutas kliniskt. Lätt distorsion av LCL hö knä."),
        ("Planering", "Egenträning, ingen uppföljning planerad."),
    ])], [], [B], "'kan uteslutas' (without 'ej') is a negation: a hard negative next to 'kan ej uteslutas'.")

C("menisk-mr-inga-tecken-pa-menisklesion", "vgr", "1986-02-26", "274", [
    N("n1", M, "Telefonanteckning", "alingsas_ort", "Per Wennberg", "läkare", "2024-04-03T12:00:00", [
        ("Telefonkontakt", "Ringer pat med MR-svar hö knä: inga tecken på menisklesion, korsband intakta, lätt benmärgsödem laterala femurkondylen efter kontusion. Pat nöjd med beskedet. Fortsätter träna enligt fysioterapeutens program."),
    ])], [], [B, A], "Telephone note: MR shows no meniscal lesion and the patient was told.")

C("halsena-thompson-neg-talar-emot-ruptur", "skane", "1973-09-01", "510", [
    N("n1", M, "Mottagningsanteckning", "ystad_ort", "Eva Nordqvist", "läkare", "2024-07-29T10:45:00", [
        ("Anamnes", "Tennis, kände hugg i vä vad vid start. Gick av banan."),
        ("Status", "Ingen glipa i hälsenan. Thompsons test negativt, kan stå på tå. Öm i mediala gastrocnemiusbuken."),
        ("Bedömning", "Fynden talar emot hälsenruptur. Muskelbristning i mediala gastrocnemius vä, s.k. tennis leg."),
        ("Åtgärd", "Kompression, hälkil, gradvis belastning."),
    ])], [], [B], "'talar emot' negates an Achilles rupture; the calf muscle tear is stated as fact.")

C("stress-typo-avskirvs-efter-normal-mr", "vgr", "2003-08-18", "522", [
    N("n1", M, "Läkaranteckning", "molndal_idrott", "Erik Sandahl", "läkare", "2024-05-21T14:40:00", [
        ("Aktuellt", "Återbesök efter MR vä underben pga smärta vid löpning."),
        ("Utredning", "MR: normal benmärgssignal, inget periostödem."),
        ("Bedömning", "Stressfraktur avskirvs. Medialt tibiasyndrom vä."),
        ("Planering", "Gradvis löpprogram, stötdämpande skor, styrketräning för vaden."),
    ], signed=None)], [], [B], "Typo 'avskirvs' (avskrivs) still rules out a stress fracture; the MTSS diagnosis is stated as fact.")

C("rygg-ej-misstanke-cauda-equina", "skane", "1981-02-11", "476", [
    N("n1", M, "Läkaranteckning", "hassleholm_rygg", "Pernilla Svensson", "läkare", "2024-01-09T11:30:00", [
        ("Anamnes", "Akut lumbago sedan 4 d efter att ha skottat snö. Ingen bensmärta. Normal blås- och tarmfunktion."),
        ("Status", "Paravertebral muskelspänning, smärtsam flexion. Neurologi ua, perianal sensibilitet normal."),
        ("Bedömning", "Akut lumbago. Ej misstanke om cauda equina-syndrom eller rotpåverkan."),
        ("Åtgärd", "Råd att vara i rörelse, paracetamol och NSAID. Ingen bilddiagnostik."),
    ])], [], [B], "'Ej misstanke om' negates cauda equina; lumbago is stated without a hedge.")

C("tumor-osteokondrom-ingen-misstanke-om-malignitet", "vgr", "2012-02-23", "317", [
    N("n1", M, "Mottagningsanteckning", "dsbus_ort", "Sofia Marklund", "läkare", "2024-11-12T10:20:00", [
        ("Aktuellt", "12-årig pojke med hård knöl på insidan av hö knä. Ont när han får en boll på den."),
        ("Röntgen", "Stjälkat benutskott från mediala distala femurmetafysen med kortikal och medullär kontinuitet."),
        ("Bedömning", "Solitärt osteokondrom distala femur hö. Ingen misstanke om malignitet, broskhatten tunn."),
        ("Planering", "Ingen åtgärd. Ny kontakt om tillväxt efter puberteten eller ökad smärta."),
    ])], [], [B], "Bone tumour found on X-ray, diagnosed as a benign osteochondroma; malignancy explicitly not suspected.")

C("dt-utan-hallpunkt-for-metastas", "skane", "1952-03-08", "283", [
    N("n1", M, "Läkaranteckning", "lund_tumor", "Gustav Liljeros", "läkare", "2024-04-24T15:05:00", [
        ("Utredning", "DT thorax-buk och skelettscint genomförda pga solitär lytisk förändring i vä femur."),
        ("Bedömning", "Utan hållpunkt för metastaser eller primärtumör. Biopsin visar intraossöst ganglion, benignt."),
        ("Information", "Pat informerad om svaret, lättad."),
    ])], [], [B, A], "'Utan hållpunkt för' negates metastases; a benign diagnosis was told to the patient.")

C("kna-typo-ingen-missanke-om-septisk-artrit", "vgr", "1960-06-30", "144", [
    N("n1", M, "Läkaranteckning", "boras_ort", "Anders Lyxell", "läkare", "2024-08-12T16:30:00", [
        ("Anamnes", "Svullet hö knä sedan 2 d, ingen feber. Känd gonartros."),
        ("Status", "Hydrops, ej rodnad, ej varm. Afebril."),
        ("Lab", "CRP 6. Ledvätska: klar, LPK 1,2, inga kristaller, odling tagen."),
        ("Bedömning", "Ingen missanke om septisk artrit. Artrosretning."),
        ("Åtgärd", "Tappat 40 ml. Avlastning, NSAID."),
    ])], [], [B], "Typo 'missanke' inside a negation ('Ingen missanke om') must still count as negated.")

C("axel-misstanken-om-kuffruptur-bekraftades-inte", "skane", "1965-11-14", "252", [
    N("n1", M, "Mottagningsanteckning", "hbg_ort", "Mikael Strand", "läkare", "2024-07-08T10:10:00", [
        ("Utredning", "Ultraljud vä axel: intakta senor i rotatorkuffen, lätt förtjockad subakromiell bursa."),
        ("Bedömning", "Misstanken om rotatorkuffruptur bekräftades inte. Subakromiell bursit vä."),
        ("Åtgärd", "Kortisoninjektion subakromiellt givet. Fortsatt fysioterapi."),
    ])], [], [B], "A suspicion that was refuted ('bekräftades inte') is no longer a hedged diagnosis.")

C("vad-differentialdiagnoserna-har-uteslutits", "vgr", "1956-04-04", "369", [
    N("n1", M, "Läkaranteckning", "kungsbacka_ort", "Hugo Sandberg", "läkare", "2024-09-16T13:10:00", [
        ("Anamnes", "Smärta och svullnad i hö vad efter knäprotesoperation för 5 v sedan."),
        ("Utredning", "Ultraljud: ingen trombos, ingen cysta i knävecket."),
        ("Bedömning", "Differentialdiagnoserna DVT och rupturerad Bakercysta har uteslutits. Postoperativ svullnad."),
        ("Planering", "Kompressionsstrumpa, fortsatt träning."),
    ])], [], [B], "The word 'Differentialdiagnoserna' is followed by 'har uteslutits', so nothing stays open.")

C("stress-tidigare-misstankt-avskrevs-2023", "skane", "2000-02-29", "430", [
    N("n1", M, "Fysioterapeutanteckning", "kristianstad_fysio", "Hanna Dahl", "fysioterapeut", "2024-02-22T09:25:00", [
        ("Anamnes", "Orienterare. Tidigare misstänkt stressfraktur i os naviculare 2023 som avskrevs efter MR. Nu vä knäsmärta lateralt vid långpass."),
        ("Status", "Positivt Nobles test vä. Svag höftabduktion."),
        ("Bedömning", "Iliotibialbandssyndrom vä."),
        ("Åtgärd", "Höftstabilitetsträning, minskad löpvolym i nedförsbackar."),
    ])], [], [B], "Past suspicion in the history that was ruled out ('avskrevs'); today's diagnosis is stated plainly.")

# relatives
C("slakt-mor-trolig-ra-pat-handartros", "vgr", "1958-07-19", "486", [
    N("n1", M, "Mottagningsanteckning", "lidkoping_ort", "Gunilla Fors", "läkare", "2024-10-15T11:25:00", [
        ("Anamnes", "Värk och knölar i fingrarnas ytterleder bilat. Mamman hade trolig reumatoid artrit men utreddes aldrig."),
        ("Röntgen", "DIP-ledsartros bilat med osteofyter, inga erosioner."),
        ("Bedömning", "Handartros (Heberdens noder). Inga tecken på inflammatorisk ledsjukdom."),
    ], signed=None)], [], [B], "The only hedged diagnosis belongs to the patient's mother.")

C("slakt-bror-misstankt-bechterew", "skane", "1995-12-06", "198", [
    N("n1", M, "Fysioterapeutanteckning", "landskrona_fysio", "Jonas Kjellberg", "fysioterapeut", "2024-12-10T14:00:00", [
        ("Anamnes", "Belastningsrelaterad ländryggsvärk efter flytt. Bror utreds för misstänt Bechterews sjukdom, pat orolig för samma sak."),
        ("Status", "Ingen morgonstelhet över 30 min. Rörlighet normal, Schobers test 5 cm."),
        ("Bedömning", "Ospecifik ländryggssmärta, inga inflammatoriska drag."),
        ("Åtgärd", "Styrke- och rörlighetsprogram."),
    ])], [], [B], "The suspected ankylosing spondylitis (typo 'misstänt') is the brother's; the patient's own diagnosis is unhedged.")

# hedges on things that are no diagnosis
C("kors-ev-mr-trolig-aterg-plan-hedges", "skane", "2005-04-03", "415", [
    N("n1", M, "Fysioterapeutanteckning", "lund_idrott", "Ebba Wallin", "fysioterapeut", "2024-10-22T15:30:00", [
        ("Aktuellt", "Korsbandsrekonstruktion hö (hamstringsgraft) för 7 mån sedan. Tränar 4 ggr/v."),
        ("Status", "Hopptester: LSI 88 % enbenshopp, 84 % trippelhopp. Quadricepsstyrka LSI 82 %."),
        ("Bedömning", "God progress men ännu ej klar för återgång till kontaktidrott."),
        ("Planering", "Trolig återgång till matchspel v. 5 nästa år om testerna når 90 %. Ev. nytt styrketest om 6 v."),
    ])], [], [B], "'Trolig' and 'Ev.' hedge a return-to-play date and a test, not a diagnosis; the ACL reconstruction is a fact.")

C("menisk-mojligen-artroskopi-till-hosten", "vgr", "1971-03-12", "451", [
    N("n1", M, "Mottagningsanteckning", "kungsbacka_ort", "Annika Roos", "läkare", "2024-05-29T11:45:00", [
        ("Utredning", "MR hö knä: hinkhandtagsruptur i mediala menisken, inklämd i interkondylära fossan."),
        ("Bedömning", "Medial meniskruptur hö med mekaniska besvär."),
        ("Planering", "Pat vill vänta pga resa. Möjligen artroskopi till hösten, eventuellt sutur om vävnaden tillåter."),
        ("Information", "Pat informerad om fyndet och om risk för låsning."),
    ])], [], [B, A], "'Möjligen' and 'eventuellt' hedge a procedure and its technique; the tear itself is confirmed and told.")

C("axel-ev-latt-svullnad-mojligen-nedsatt-kraft", "skane", "1988-09-26", "172", [
    N("n1", M, "Fysioterapeutanteckning", "kristianstad_fysio", "Oliver Kask", "fysioterapeut", "2024-04-09T13:40:00", [
        ("Aktuellt", "Uppföljning efter opererad Bankart-lesion hö axel för 10 v sedan."),
        ("Status", "Ev. lätt svullnad kvar över främre portalen. Möjligen något nedsatt kraft i utåtrotation jmf förra besöket, svårbedömt pga ömhet."),
        ("Bedömning", "Förlopp enligt plan efter Bankart-op."),
        ("Åtgärd", "Progression till lätt belastning i 90 gr abduktion."),
    ])], [], [B], "Hedges sit on findings (swelling, strength), not on a diagnosis.")

C("rygg-ev-sjukskrivning-oklart-om-tid", "vgr", "1979-06-17", "233", [
    N("n1", M, "Telefonanteckning", "molndal_rygg", "Sanna Ek", "sjuksköterska", "2024-03-20T09:55:00", [
        ("Telefonkontakt", "Pat ringer, opererad för lumbalt diskbråck L4-L5 för 3 v sedan. Bensmärtan borta. Undrar om sjukskrivningen kan förlängas, arbetar som undersköterska."),
        ("Åtgärd", "Ev. förlängd sjukskrivning, dr tar ställning. Oklart om pat kan komma på återbesöket på tisdag, ombokas vid behov."),
    ])], [], [B], "Hedges concern sick leave and an appointment; the operated disc herniation is a fact.")

C("hoftprotes-misstanker-att-ovningar-ej-blivit-av", "skane", "1953-08-22", "508", [
    N("n1", M, "Fysioterapeutanteckning", "landskrona_fysio", "Karolina Ek", "fysioterapeut", "2024-08-28T10:30:00", [
        ("Aktuellt", "Höftprotes vä sedan 8 v pga coxartros."),
        ("Status", "Trendelenburg positivt, går med en krycka."),
        ("Bedömning", "Misstänker att hemövningarna inte blivit av pga värmen, pat medger detta. Ingen komplikation."),
        ("Åtgärd", "Förenklat program med tre övningar."),
    ])], [], [B], "'Misstänker' concerns adherence to exercises, not a diagnosis.")

# conditional / hypothetical
C("injektion-om-feber-sok-for-att-utesluta-septisk-artrit", "skane", "1949-05-10", "142", [
    N("n1", M, "Sjuksköterskeanteckning", "angelholm_ort", "Helena Borg", "sjuksköterska", "2024-03-07T10:50:00", [
        ("Åtgärd", "Kortisoninjektion i hö knä given av dr Palm pga aktiverad gonartros. Sterilt förfarande."),
        ("Information", "Om feber, rodnad eller kraftigt ökad smärta inom ett par dygn, sök akut för att utesluta septisk artrit."),
    ])], [], [B], "A conditional instruction names septic arthritis only as something to rule out if symptoms arise.")

C("gips-vid-misstanke-om-infektion-kontakta", "vgr", "1984-10-11", "390", [
    N("n1", M, "Sjuksköterskeanteckning", "alingsas_ort", "Johanna Eliasson", "sjuksköterska", "2024-11-20T14:25:00", [
        ("Åtgärd", "Suturtagning efter Weber B-fraktur vä fotled, op med platta för 2 v sedan. Sår läkt, ny underbensgips på."),
        ("Information", "Vid misstanke om infektion eller om gipset skaver, kontakta mottagningen. Blodproppsprofylax fortsätter tills gipset tas."),
    ])], [], [B], "'Vid misstanke om infektion' is a hypothetical instruction, not a hedged diagnosis.")

# confirmed diagnoses
# ---------------------------------------------------------------- NL101 must
C("mr-korsband-totalruptur-ej-informerad", "skane", "1996-05-02", "257", [
    N("n1", M, "Mottagningsanteckning", "malmo_ort", "Petra Widén", "läkare", "2024-05-07T16:40:00", [
        ("Utredning", "MR vä knä utlåtad: totalruptur av främre korsbandet, benmärgsödem laterala femurkondylen och bakre tibiaplatån. Menisker hela."),
        ("Bedömning", "Främre korsbandsruptur vä knä."),
        ("Planering", "Pat ej informerad ännu, besked och diskussion om op vs rehab vid återbesök 14/5."),
    ])], [A], [B], "Confirmed ACL rupture from the MR report in a visible section, and the note says the patient has not been told.")

C("barn-osteosarkom-foraldrar-ej-besked", "skane", "2013-02-19", "476", [
    N("n1", M, "Läkaranteckning", "lund_tumor", "Gustav Liljeros", "läkare", "2024-10-03T12:20:00", [
        ("Utredning", "PAD från mellannålsbiopsi hö proximala tibia: högmalignt konventionellt osteosarkom."),
        ("Bedömning", "Osteosarkom hö tibia hos 11-årig flicka."),
        ("Planering", "Varken barnet eller föräldrarna har ännu fått besked. Samtal med föräldrarna bokat i morgon kl 10 tillsammans med barnonkolog och kurator."),
    ])], [A], [B], "Child under 13 (guardians read): biopsy-proven osteosarcoma written visibly while the family has not been told.")

C("dt-skelettmetastaser-ska-informeras-av-onkolog", "vgr", "1950-09-21", "137", [
    N("n1", M, "Läkaranteckning", "nal_ort", "Åsa Lindgren", "läkare", "2024-03-14T15:15:00", [
        ("Anamnes", "Uppföljning efter osteoporotisk kotfraktur L2. Ny smärta i bäcken och revben."),
        ("Utredning", "DT thorax-buk-bäcken: multipla skelettmetastaser i bäcken, revben och kotor, primärtumör i vä lunga."),
        ("Bedömning", "Skelettmetastaserad lungcancer."),
        ("Planering", "Pat är inte informerad. Beskedet ges av onkolog på torsdag, remiss skickad som akut."),
    ])], [A], [B], "A confirmed metastatic cancer is written in Bedömning and the patient is explicitly not informed.")

C("myelom-besked-ej-lamnat", "skane", "1951-06-06", "349", [
    N("n1", M, "Läkaranteckning", "malmo_osteop", "Lars Kempe", "läkare", "2024-11-05T11:00:00", [
        ("Utredning", "Elfores: M-komponent IgG kappa 32 g/l. Benmärgsbiopsi: 25 % klonala plasmaceller."),
        ("Bedömning", "Multipelt myelom med osteolyser, förklarar kotkompressionerna."),
        ("Planering", "Besked ej lämnat till pat. Hematologen kontaktad, pat kallas dit inom en vecka."),
    ])], [A], [B], "Myeloma confirmed and stated; 'Besked ej lämnat' says the patient does not know.")

C("kuffruptur-ultraljud-ej-meddelat", "vgr", "1955-02-17", "419", [
    N("n1", M, "Mottagningsanteckning", "kungsbacka_ort", "Jesper Holm", "läkare", "2024-04-18T14:55:00", [
        ("Utredning", "Ultraljud hö axel: fullständig ruptur av supraspinatus- och infraspinatussenan med retraktion."),
        ("Bedömning", "Massiv rotatorkuffruptur hö."),
        ("Planering", "Ej meddelat patienten ännu. Tid för genomgång bokas, op-indikation diskuteras pga retraktionen."),
    ], signed=None)], [A], [B], "Massive rotator cuff tear stated; 'Ej meddelat patienten ännu'. 'tveksam' concerns the indication, not the diagnosis.")

C("ssk-telefon-mr-menisk-ej-informerad", "skane", "1985-08-30", "266", [
    N("n1", M, "Telefonanteckning", "trelleborg_ort", "Sofie Lindblad", "sjuksköterska", "2024-06-04T10:30:00", [
        ("Telefonkontakt", "Pat ringer och frågar efter MR-svaret."),
        ("Åtgärd", "MR hö knä: radiär ruptur i laterala menisken, bakhornet. Pat ännu ej informerad om svaret av läkare, dr Berg ringer upp pat i morgon."),
    ])], [A], [B], "Nurse's phone note copies the MR finding into a visible section while stating the patient has not been told.")

C("dxa-osteoporos-pat-ovetande", "vgr", "1953-12-12", "526", [
    N("n1", M, "Mottagningsanteckning", "molndal_osteop", "Lotta Franzén", "läkare", "2024-09-24T13:00:00", [
        ("Utredning", "DXA: T-score -3,1 i ländrygg och -2,7 i vä höft."),
        ("Diagnos", "Osteoporos med fraktur (M80.0)."),
        ("Planering", "Pat ännu ovetande om resultatet. Brev med svar och kallelse till sjuksköterska för zoledronsyra skickas."),
    ])], [A], [], "'Pat ännu ovetande om resultatet' after a confirmed osteoporosis diagnosis.")

C("stress-mr-pat-har-inte-fatt-veta", "skane", "2002-10-17", "542", [
    N("n1", M, "Läkaranteckning", "lund_idrott", "Sara Holmgren", "läkare", "2024-09-12T17:05:00", [
        ("Utredning", "MR bäcken: stressfraktur i vä os pubis inferiora ramus med omgivande ödem."),
        ("Bedömning", "Stressfraktur ramus inferior ossis pubis vä."),
        ("Planering", "Pat har inte fått veta resultatet, besked ges vid fysiskt besök på måndag då även kost och menstruation tas upp."),
    ])], [A], [], "Confirmed pelvic stress fracture; 'har inte fått veta' the result.")

C("halsena-reruptur-typo-ej-infomerad", "vgr", "1980-07-25", "198", [
    N("n1", M, "Läkaranteckning", "boras_ort", "Stefan Hallberg", "läkare", "2024-08-21T09:40:00", [
        ("Utredning", "Ultraljud hö hälsena: ny ruptur med 2 cm diastas, 12 v efter primär sutur."),
        ("Bedömning", "Reruptur hö hälsena."),
        ("Planering", "Pat ej infomerad, diskuteras först med handledare om rekonstruktion."),
    ])], [A], [B], "Typo 'infomerad' in the not-told phrase; the re-rupture is confirmed and visible.")

C("rygg-spinal-stenos-mr-ej-kommunicerat", "vgr", "1947-04-30", "373", [
    N("n1", M, "Läkaranteckning", "molndal_rygg", "Lars Wikström", "läkare", "2024-08-08T10:25:00", [
        ("Utredning", "MR ländrygg: uttalad central spinal stenos L3-L4 och L4-L5, tvärsnittsarea 45 mm2."),
        ("Bedömning", "Lumbal spinal stenos med neurogen claudicatio."),
        ("Planering", "MR-svaret är ännu inte kommunicerat med pat. Ringer honom när han är hemma från resan nästa vecka."),
    ])], [A], [], "'inte kommunicerat med pat' after a confirmed spinal stenosis.")

C("kondrosarkom-ska-inte-informeras-forran-konferens", "vgr", "1964-10-08", "229", [
    N("n1", M, "Läkaranteckning", "sahlgrenska_sarkom", "Niklas Öst", "läkare", "2024-02-27T16:45:00", [
        ("Utredning", "Biopsi vä proximala humerus: kondrosarkom grad 2."),
        ("Bedömning", "Kondrosarkom vä humerus, stadieindelning pågår."),
        ("Planering", "Pat ska inte informeras förrän fallet tagits upp på sarkomkonferensen på onsdag, så att beskedet kan ges med en behandlingsplan."),
    ])], [A], [B], "'ska inte informeras förrän' while the chondrosarcoma stands in Bedömning.")

C("fysio-ser-mr-lakaren-vill-ge-beskedet", "skane", "2004-01-22", "313", [
    N("n1", M, "Fysioterapeutanteckning", "landskrona_fysio", "Ebba Wallin", "fysioterapeut", "2024-01-31T14:10:00", [
        ("Aktuellt", "Besök 3 efter knädistorsion i fotboll."),
        ("Status", "Hydrops minskat. Extensionsdefekt 5 gr. Quadricepsaktivering god."),
        ("Bedömning", "MR-svar finns i journalen sedan igår: fullständig ruptur av främre korsbandet hö. Läkaren vill själv ge beskedet, pat ej informerad av mig."),
        ("Åtgärd", "Fortsatt rörlighets- och quadricepsträning."),
    ])], [A], [B], "A physiotherapist writes the confirmed ACL rupture while the patient is not yet told (the physician will tell).")

C("ssk-kotkompression-ej-underrattad", "vgr", "1941-07-03", "360", [
    N("n1", M, "Sjuksköterskeanteckning", "skovde_ort", "Ida Persson", "sjuksköterska", "2024-05-16T11:35:00", [
        ("Aktuellt", "Pat på besök för smärtskattning efter fall hemma."),
        ("Utredning", "Rtg bröst- och ländrygg visar kotkompressionsfraktur L1 med 30 % höjdreduktion."),
        ("Åtgärd", "Dr Törnqvist vill själv informera om frakturen, pat ännu ej underrättad. Smärtlindring enl ordination."),
    ])], [A], [B], "Nurse note: vertebral compression fracture on X-ray, the physician will tell, patient 'ej underrättad'.")

C("paget-bifynd-ej-informerad", "skane", "1944-02-05", "458", [
    N("n1", M, "Läkaranteckning", "hbg_ort", "Christoffer Nyman", "läkare", "2024-12-04T10:05:00", [
        ("Röntgen", "Rtg bäcken inför höftprotesplanering: grovtrabekulär struktur och kortikal förtjockning i hö os ilium."),
        ("Bedömning", "Morbus Paget i hö bäckenhalva, bifynd. Coxartros hö."),
        ("Planering", "ALP beställt. Om Paget har pat inte informerats ännu, tas upp vid preoperativa besöket."),
    ])], [A], [], "Paget's disease found incidentally on X-ray; the note says the patient has not been told about it.")

C("caputnekros-ej-underrattad-kortison", "vgr", "1978-11-27", "433", [
    N("n1", M, "Mottagningsanteckning", "nal_ort", "Birgitta Öhman", "läkare", "2024-06-12T08:55:00", [
        ("Utredning", "MR bilat höfter: osteonekros i hö caput femoris, ARCO 2, ingen kollaps."),
        ("Bedömning", "Caputnekros hö efter kortisonbehandling."),
        ("Planering", "Pat ej underrättad om MR-fyndet, telefontid i morgon."),
    ])], [A], [], "Confirmed femoral head necrosis, patient not told (underrättad).")

C("utkast-collumstressfraktur-ej-nadd", "skane", "1998-06-09", "460", [
    N("n1", M, "Läkaranteckning", "ystad_ort", "Viktor Ståhl", "läkare", "2024-10-16T18:30:00", [
        ("Utredning", "MR vä höft: stressfraktur i lårbenshalsen på kompressionssidan, ingen dislokation."),
        ("Bedömning", "Stressfraktur collum femoris vä."),
        ("Planering", "Sökt pat per telefon två gånger utan svar, ej informerad ännu. Ska avlasta med kryckor direkt."),
    ], signed=None)], [A], [B], "Unsigned draft: femoral neck stress fracture, patient not reached and not informed.")

C("barn-spondylolistes-vardnadshavare-ej-informerade", "vgr", "2011-08-04", "585", [
    N("n1", M, "Läkaranteckning", "dsbus_ort", "Mats Grönlund", "läkare", "2024-02-15T13:50:00", [
        ("Utredning", "Rtg ländrygg sidobild: istmisk spondylolistes L5/S1, Meyerding grad I."),
        ("Bedömning", "Spondylolistes grad I L5/S1 hos 12-årig pojke, basketspelare."),
        ("Planering", "Vårdnadshavarna är inte informerade ännu, mamma ringer upp på fredag."),
    ])], [A], [], "Child under 13: confirmed spondylolisthesis; the guardians (who read the journal) have not been told.")

C("barn-perthes-vardnadshavare-typo-ej-infromerade", "vgr", "2015-04-27", "253", [
    N("n1", M, "Läkaranteckning", "dsbus_ort", "Sofia Marklund", "läkare", "2024-08-29T14:20:00", [
        ("Anamnes", "9-årig pojke som haltat i 6 v, ont i vä knä och ljumske efter fotboll."),
        ("Status", "Inskränkt abduktion och inåtrotation vä höft. Trendelenburg positivt."),
        ("Röntgen", "Rtg bäcken och Lauenstein: fragmentering och sklerosering av vä caput femoris, laterala pelaren bevarad."),
        ("Bedömning", "Legg-Calvé-Perthes sjukdom vä höft, fragmentationsstadiet."),
        ("Planering", "Vårdnadshavarna ej infromerade om röntgensvaret, kom inte till dagens besök. Ny tid med båda föräldrarna på tisdag."),
    ])], [A], [B], "Child under 13: confirmed Perthes disease while the guardians are not informed; typo 'infromerade'.")

C("brosk-grad4-annu-inte-delgiven", "vgr", "1989-01-18", "415", [
    N("n1", M, "Läkaranteckning", "molndal_idrott", "Carl Ljungman", "läkare", "2024-12-17T11:10:00", [
        ("Utredning", "MR hö knä: fullskiktig broskskada 2 cm2 på mediala femurkondylen med subkondralt ödem."),
        ("Bedömning", "Broskskada ICRS grad 4 mediala femurkondylen hö."),
        ("Planering", "Svaret är ännu inte delgivet pat. Diskuteras på knäkonferens om broskreparativ kirurgi, därefter tid."),
    ])], [A], [], "'ännu inte delgivet pat' after a confirmed full-thickness cartilage lesion.")

C("hand-enkondrom-patologisk-fraktur-kanner-inte-till", "skane", "1992-07-08", "183", [
    N("n1", M, "Mottagningsanteckning", "malmo_hand", "Johanna Friis", "läkare", "2024-09-05T15:50:00", [
        ("Röntgen", "Rtg hö hand: centralt lytisk, expansiv förändring i grundfalangen dig IV med ringformiga förkalkningar och en tvärgående fraktur genom den."),
        ("Bedömning", "Patologisk fraktur genom enkondrom i grundfalang dig IV hö."),
        ("Planering", "Pat känner inte till fyndet ännu, behandlades med buddy-tape på akuten. Ringer pat i morgon och bokar op med curettage och bentransplantat."),
    ])], [A], [B], "A bone tumour found on X-ray (enchondroma with fracture), stated as fact, which the patient does not know about yet.")

# ------------------------------------------------------------ NL101 must_not
C("kors-informerad-om-ruptur-och-alternativ", "skane", "1994-03-29", "175", [
    N("n1", M, "Läkaranteckning", "malmo_ort", "Filip Engström", "läkare", "2024-05-14T09:20:00", [
        ("Bedömning", "Främre korsbandsruptur vä knä enligt MR, inga meniskskador."),
        ("Information", "Pat informerad om rupturen och om behandlingsalternativen: strukturerad rehab med senare ställningstagande till rekonstruktion, eller tidig rekonstruktion. Pat vill i första hand träna."),
        ("Planering", "Remiss fysioterapi, återbesök om 3 mån."),
    ])], [], [A, B], "The confirmed ACL rupture has been explained to the patient today.")

C("artros-meddelad-vid-tidigare-besok", "vgr", "1949-01-14", "270", [
    N("n1", M, "Mottagningsanteckning", "skovde_ort", "Karin Melander", "läkare", "2024-10-09T10:35:00", [
        ("Aktuellt", "Uppföljning av hö knäartros. Diagnosen meddelades vid besöket i mars och pat har sedan gått artrosskola."),
        ("Status", "Varusfelställning hö, krepitationer, flexion 110 gr."),
        ("Bedömning", "Gonartros hö, fortsatt besvärande trots träning."),
        ("Planering", "Remiss för ställningstagande till knäprotes."),
    ])], [], [A], "The diagnosis was communicated at an earlier visit.")

C("ej-informerad-om-op-datum", "skane", "1961-08-16", "391", [
    N("n1", M, "Operationsplanering", "ystad_ort", "Eva Nordqvist", "läkare", "2024-03-19T14:50:00", [
        ("Diagnos", "Primär coxartros vä."),
        ("Planering", "Uppsatt för total höftprotes vä. Pat är ej informerad om op-datum ännu, kallelse skickas när plats finns."),
    ], signed=None)], [], [A], "What the patient has not been told is an operation date, not a diagnosis.")

C("remiss-skickad-pat-vet-ej-om-remissen", "vgr", "1968-05-23", "512", [
    N("n1", M, "Läkaranteckning", "boras_ort", "Anders Lyxell", "läkare", "2024-07-03T11:55:00", [
        ("Utredning", "MR vä lår: 8 cm intramuskulärt lipom i vastus lateralis, homogent fett, inga septa."),
        ("Information", "Pat fick besked om lipomet vid dagens besök."),
        ("Planering", "Remiss till sarkomcentrum för bedömning pga storleken har skickats efter besöket, pat har inte fått veta att den gått iväg. Brev skickas."),
    ])], [], [A, B], "The patient was told the diagnosis; only the fact that the referral was sent is not yet known to him.")

C("normal-mr-svar-ej-meddelat", "skane", "1989-12-18", "294", [
    N("n1", M, "Läkaranteckning", "hassleholm_rygg", "Pernilla Svensson", "läkare", "2024-02-08T15:40:00", [
        ("Utredning", "MR ländrygg: normala diskar, inget diskbråck, ingen stenos, ingen rotkompression."),
        ("Planering", "Pat ännu ej meddelad svaret, skickar brev. Fortsatt fysioterapi."),
    ])], [], [A, B], "The untold MR result is normal: nothing untold is a diagnosis.")

C("metastaser-pat-informerad-hustrun-ej", "vgr", "1946-03-03", "173", [
    N("n1", M, "Läkaranteckning", "nal_ort", "Åsa Lindgren", "läkare", "2024-04-11T13:25:00", [
        ("Bedömning", "Skelettmetastaser från prostatacancer i bäcken och ländrygg, ingen frakturrisk enligt Mirels."),
        ("Information", "Pat informerad om metastaserna idag, tog beskedet sakligt. Han vill inte att hustrun får veta förrän barnbarnets bröllop är över."),
        ("Planering", "Remiss onkologen och strålbehandling mot smärtande lesioner."),
    ])], [], [A, B], "The patient is told; only his wife is not, which is no NL101.")

C("telefon-meddelat-mr-svar-supraspinatus", "skane", "1970-10-25", "319", [
    N("n1", M, "Telefonanteckning", "hbg_ort", "Mikael Strand", "läkare", "2024-07-17T16:15:00", [
        ("Telefonkontakt", "Ringt pat och meddelat MR-svar: partiell ledsidig ruptur av supraspinatussenan vä, ingen retraktion."),
        ("Planering", "Pat förstår. Fortsatt fysioterapi 3 mån, därefter uppföljning."),
    ])], [], [A, B], "Phone note: the diagnosis was told today by phone.")

C("diskbrack-fk-komplettering-ej-informerad", "vgr", "1983-09-07", "157", [
    N("n1", M, "Läkaranteckning", "molndal_rygg", "Fredrik Ahl", "läkare", "2024-11-26T14:05:00", [
        ("Diagnos", "Lumbalt diskbråck L5-S1 med S1-radikulopati hö (M51.1)."),
        ("Åtgärd", "Försäkringskassan har begärt komplettering av läkarintyget. Pat är inte informerad om begäran, intyget kompletteras direkt."),
    ])], [], [A], "Not told about a request from Försäkringskassan, which is no diagnosis.")

C("barn-rtg-utan-fraktur-foraldrar-ej-meddelade", "skane", "2015-01-10", "332", [
    N("n1", M, "Mottagningsanteckning", "lund_barnort", "Lena Ohlsson", "läkare", "2024-06-20T12:15:00", [
        ("Röntgen", "Kontrollrtg hö handled efter gipsbehandling: ingen kvarvarande frakturlinje, god läkning."),
        ("Planering", "Föräldrarna ännu inte meddelade svaret, ringer i eftermiddag. Gipset kan tas bort."),
    ])], [], [A], "Child under 13: the untold result is healed bone, no current diagnosis.")

C("typo-infomerad-om-ruptur-berattat", "vgr", "1987-06-01", "231", [
    N("n1", M, "Läkaranteckning", "alingsas_ort", "Leif Nordin", "läkare", "2024-12-11T10:25:00", [
        ("Bedömning", "Ruptur av distala bicepssenan hö."),
        ("Information", "Pat infomerad om rupturen och om att op bör ske inom 2-3 v."),
        ("Planering", "Op-anmälan gjord."),
    ])], [], [A], "Typo 'infomerad' in a positive 'told' statement; the patient knows the diagnosis.")

C("tolk-informerad-om-stressfraktur", "skane", "1990-02-14", "527", [
    N("n1", M, "Läkaranteckning", "lund_idrott", "Johan Ekberg", "läkare", "2024-04-25T11:10:00", [
        ("Aktuellt", "Besök med arabisk tolk på plats. Pat arbetar som brevbärare och går 20 km per dag."),
        ("Bedömning", "Stressfraktur i os naviculare vä enligt DT."),
        ("Information", "Informerad via tolk om stressfrakturen, om avlastning och om att läkningen tar lång tid."),
        ("Åtgärd", "Gips utan belastning 6 v. Sjukskrivning 100 %."),
    ])], [], [A], "Told through an interpreter.")

C("vgr-ej-informerad-om-provsvar-diagnos-i-th", "vgr", "1958-10-20", "288", [
    N("n1", M, "Mottagningsanteckning", "lidkoping_ort", "Gunilla Fors", "läkare", "2024-03-27T15:35:00", [
        ("Aktuellt", "Uppföljning, utredning pågår sedan förra besöket. Lab och DT tagna."),
        ("Planering", "Pat ej informerad om DT-svaret ännu, återbesök med anhörig på fredag."),
        ("Tidiga hypoteser", "DT: lytiska förändringar i flera kotor och bäcken, trolig myelom- eller metastassjukdom."),
    ])], [], [A, B], "VGR: the untold finding is kept only under the protected sökord; the visible sections hold no diagnosis.")

# told + hedged second diagnosis
C("halsena-informerad-men-misstankt-ny-dvt", "vgr", "1976-02-09", "398", [
    N("n1", M, "Läkaranteckning", "skovde_ort", "Ola Törnqvist", "läkare", "2024-01-11T14:45:00", [
        ("Bedömning", "Total hälsenruptur vä, pat informerad och behandlas i ortos. Ny svullnad i vaden sedan i går, misstänkt DVT vä."),
        ("Planering", "Ultraljud vener idag, Fragmin tills svar."),
    ], signed=None)], [B], [A], "The rupture was told; a second diagnosis is hedged, with nothing said about telling.")

C("kuff-informerad-trol-ac-ledsartros", "skane", "1963-04-13", "543", [
    N("n1", M, "Mottagningsanteckning", "angelholm_ort", "Ulrika Palm", "läkare", "2024-10-24T09:35:00", [
        ("Utredning", "MR hö axel: partiell bursasidig ruptur av supraspinatus. AC-leden med osteofyter och kapselhypertrofi."),
        ("Bedömning", "Partiell supraspinatusruptur hö, pat informerad. Trol. även symtomgivande AC-ledsartros."),
        ("Planering", "Fysioterapi, ev. injektion i AC-leden vid nästa besök."),
    ])], [B], [A], "A told confirmed diagnosis next to a 'Trol.' secondary diagnosis.")

# several notes: later note tells what the first withheld
C("flera-ant-forst-undanhallet-sedan-berattat", "vgr", "1960-11-02", "155", [
    N("n1", M, "Läkaranteckning", "sahlgrenska_sarkom", "Niklas Öst", "läkare", "2024-06-18T15:20:00", [
        ("Utredning", "Biopsi vä femur: dedifferentierat kondrosarkom."),
        ("Bedömning", "Dedifferentierat kondrosarkom vä femur."),
        ("Planering", "Ej informerad, besked ges på torsdag med kontaktsjuksköterska närvarande."),
    ]),
    N("n2", M, "Läkaranteckning", "sahlgrenska_sarkom", "Niklas Öst", "läkare", "2024-06-20T10:30:00", [
        ("Information", "Samtal med pat och dotter. Informerat om diagnosen kondrosarkom och om planen med preoperativ utredning och resektion med protes."),
        ("Planering", "Kontaktsjuksköterska Lisa ringer på måndag."),
    ])], [("NL101", "n1")], [("NL101", "n2")], "Two notes: the first writes the sarcoma while saying not informed; the second records telling the patient.")

C("flera-ant-undanhallet-pa-morgonen-telefon-berattar-kuff", "skane", "1959-09-13", "281", [
    N("n1", M, "Läkaranteckning", "hbg_ort", "Christoffer Nyman", "läkare", "2024-02-05T11:40:00", [
        ("Utredning", "Ultraljud vä axel: fullständig supraspinatusruptur, 1,5 cm retraktion."),
        ("Bedömning", "Traumatisk supraspinatusruptur vä."),
        ("Planering", "Inte meddelad pat, läkare ringer efter ronden."),
    ]),
    N("n2", M, "Telefonanteckning", "hbg_ort", "Christoffer Nyman", "läkare", "2024-02-05T14:10:00", [
        ("Telefonkontakt", "Pat informerad per telefon om supraspinatusrupturen och om att vi rekommenderar sutur. Pat tackar ja, op-anmälan görs."),
    ])], [], [("NL101", "n2"), ("NL102", "n2")], "The later phone note records telling the patient; the earlier same-day note that withheld it is not asserted here.")


# ==========================================================================
# validation
# ==========================================================================
def luhn_ok(p):
    m = re.fullmatch(r"(\d{8})-(\d{4})", p)
    if not m:
        return False
    digits = m.group(1)[2:] + m.group(2)
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def split_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        where = "case %s: " % n
        if set(c) != CASE_KEYS:
            errs.append(where + "bad keys")
        if n in names:
            errs.append(where + "duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            errs.append(where + "case name not lower-case ascii")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(where + "bad ruleset")
        if not c["why"].strip() or "PLACEHOLDER" in c["why"]:
            errs.append(where + "missing why")
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append(where + "bad record keys")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append(where + "non-empty events")
        pat = r["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            errs.append(where + "bad patient keys")
        if not luhn_ok(pat["id"]):
            errs.append(where + "Luhn fails")
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            errs.append(where + "personnummer does not match birth date")
        as_of = dt.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            errs.append(where + "as_of not in 2024")
        ids = {}
        for note in r["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append(where + "bad note keys")
            if note["id"] in ids:
                errs.append(where + "duplicate note id")
            ids[note["id"]] = note
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errs.append(where + "note time not in 2024")
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errs.append(where + "bad signed time")
            if t > as_of:
                errs.append(where + "note after as_of")
            if note["system"] not in ("Melior", "PMO"):
                errs.append(where + "bad system")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(where + "VGR note not Melior")
            if note["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append(where + "PMO outside Skåne")
            for when in (t.date(), as_of.date()):
                a = age_at(pat["birth_date"], when)
                if 13 <= a <= 15 or a < 0:
                    errs.append(where + "patient aged %d" % a)
            if not note["sections"]:
                errs.append(where + "note without sections")
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(where + "bad section")
                for sent in split_sentences(sec["text"]):
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, note["id"], sec["keyword"]):
                            errs.append(where + "sentence repeated (also in %s): %s" % (seen[sent][0], sent))
                        seen.setdefault(sent, (n, note["id"], sec["keyword"]))
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append(where + "code/target listed twice")
        if not pairs:
            errs.append(where + "asserts nothing")
        for code, target in pairs:
            if code not in CODES:
                errs.append(where + "unknown code " + code)
            if target not in ids:
                errs.append(where + "target %s missing" % target)
        for code, target in c["must"]:
            if code == "NL102" and target in ids and ids[target]["system"] != "Melior":
                errs.append(where + "NL102 must on non-Melior note")
        for code, target in pairs:
            if target not in ids:
                continue
            system = ids[target]["system"]
            if code == "NL101" and system == "PMO":
                errs.append(where + "NL101 asserted on PMO note")
        for code, target in c["must"]:
            if target in ids and ids[target]["system"] == "PMO":
                errs.append(where + "must on PMO note")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    print("rulesets:", rs)
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
