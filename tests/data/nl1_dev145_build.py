#!/usr/bin/env python3
"""Build dev145: nurse-led clinics (diabetes, astma/KOL, hjärtsvikt, AK, inkontinens,
stomi, sår) writing their own notes; NL101 and NL102. Standard library only,
deterministic. Writes cases.jsonl next to this file, exits 1 on any problem."""

import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev145_cases.jsonl")

# ---------------------------------------------------------------- units
S = "SE2321000255-"
V = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "S_DIAB_MAS": ("Diabetesmottagningen, Skånes universitetssjukhus Malmö", S + "4R61"),
    "S_DIAB_KRI": ("Diabetesmottagningen, Centralsjukhuset Kristianstad", S + "7K23"),
    "S_HSV_HBG": ("Hjärtsviktsmottagningen, Helsingborgs lasarett", S + "2H90"),
    "S_HJART_LUND": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", S + "1C58"),
    "S_KOL_LSK": ("Astma/KOL-mottagningen, Landskrona lasarett", S + "9L14"),
    "S_KOL_KRI": ("Lungmottagningen, Centralsjukhuset Kristianstad", S + "7L40"),
    "S_AK_YST": ("AK-mottagningen, Lasarettet i Ystad", S + "5Y37"),
    "S_STOMI_LUND": ("Stomiterapimottagningen, Skånes universitetssjukhus Lund", S + "1S82"),
    "S_URO_HLM": ("Inkontinens- och uroterapimottagningen, Hässleholms sjukhus", S + "6U05"),
    "S_BBC_MAS": ("Bäckenbottencentrum, Skånes universitetssjukhus Malmö", S + "4B77"),
    "S_SAR_TRB": ("Sårmottagningen, Lasarettet Trelleborg", S + "8T19"),
    "S_DFOT_MAS": ("Diabetesfotmottagningen, Skånes universitetssjukhus Malmö", S + "4F33"),
    "S_BDIAB_HBG": ("Barn- och ungdomsdiabetesmottagningen, Helsingborgs lasarett", S + "2B46"),
    "S_ENDO_MAS": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", S + "4E12"),
    "S_MED_ANGH": ("Medicinavdelning 2, Ängelholms sjukhus", S + "3A71"),
    # Region Skåne, PMO (primärvård)
    "P_VC_SORG": ("Vårdcentralen Sorgenfri, Malmö", S + "P204"),
    "P_VC_HOOR": ("Vårdcentralen Höör", S + "P318"),
    "P_VC_TOML": ("Vårdcentralen Tomelilla, distriktssköterskemottagningen", S + "P427"),
    "P_VC_LIN": ("Vårdcentralen Linero, Lund", S + "P560"),
    "P_HSJ_SIM": ("Hemsjukvården Simrishamn", S + "P671"),
    # Västra Götalandsregionen, Melior
    "V_DIAB_OST": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset/Östra", V + "30412"),
    "V_DIAB_NAL": ("Diabetesmottagningen, NU-sjukvården NÄL", V + "51208"),
    "V_MED_LID": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", V + "62044"),
    "V_MED_ALI": ("Medicinmottagningen, Alingsås lasarett", V + "70931"),
    "V_HSV_SKV": ("Hjärtsviktsmottagningen, Skaraborgs Sjukhus Skövde", V + "62310"),
    "V_HSV_KUN": ("Hjärtsviktsmottagningen, Kungälvs sjukhus", V + "80127"),
    "V_KOL_NAL": ("Astma/KOL-mottagningen, NU-sjukvården NÄL", V + "51377"),
    "V_LUNG_SAS": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", V + "44562"),
    "V_AK_UDD": ("AK-mottagningen, NU-sjukvården Uddevalla sjukhus", V + "52290"),
    "V_STOMI_SU": ("Stomimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", V + "30855"),
    "V_KIR_NAL": ("Kirurgmottagningen, NU-sjukvården NÄL", V + "51614"),
    "V_INKO_ALI": ("Inkontinensmottagningen, Alingsås lasarett", V + "70588"),
    "V_INKO_FSS": ("Kontinens- och bäckenbottenmottagningen, Frölunda specialistsjukhus", V + "36019"),
    "V_SAR_MOL": ("Sårcentrum, Sahlgrenska Universitetssjukhuset/Mölndal", V + "31743"),
    "V_BDIAB_DS": ("Diabetesmottagningen, Drottning Silvias barn- och ungdomssjukhus", V + "30266"),
    "V_BARN_SAS": ("Barn- och ungdomsmottagningen, Södra Älvsborgs Sjukhus Borås", V + "44108"),
    "V_MVC_OST": ("Specialistmödravården diabetes, Sahlgrenska Universitetssjukhuset/Östra", V + "30947"),
}

SSK = "sjuksköterska"
LAK = "läkare"

# ---------------------------------------------------------------- helpers
CASES = []


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M")


def fmt(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def luhn_check(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_check(nine))


def N(nid, unit, author, time, sections, tpl="Sjuksköterskeanteckning", system="Melior",
      signed=35, setting="öppenvård", refs=()):
    """signed: minutes after time, None for an unsigned draft."""
    name, hsa = UNITS[unit]
    t = ts(time)
    return {
        "id": nid,
        "system": system,
        "template": tpl,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": fmt(t),
        "signed": None if signed is None else fmt(t + dt.timedelta(minutes=signed)),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, birth, notes, must=(), must_not=(), why=""):
    CASES.append({
        "name": name, "ruleset": ruleset, "birth": birth, "notes": notes,
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ================================================================= part 1: NL102
def part1():
    # ------------------------------------------------------------ NL102 must
    C("d145-diab-nybesok-dr-misstanker-lada", "skane", "1979-04-11", [
        N("n1", "S_DIAB_MAS", ("Annika Bergqvist", SSK), "2024-02-06T09:15", [
            ("Aktuellt", "Nyremitterad från VC. 44-årig man med fP-glukos 14,2 och viktnedgång 6 kg sedan jul. BMI 22, ingen hereditet för diabetes."),
            ("Bedömning", "Dr Axelsson misstänker LADA snarare än typ 2 med tanke på normalvikt och snabbt förlopp. GAD-ak och C-peptid tagna idag."),
            ("Planering", "Start Lantus 8 E till kvällen enl ordination. Blodsockermätare utlämnad, pat mäter själv korrekt. Ssk-tel om en vecka."),
        ], tpl="Diabetessjuksköterska nybesök")],
        must=[("NL102", "n1")],
        why="diabetes nurse relays the doctor's suspicion (misstänker LADA) in visible Bedömning")

    C("d145-hsv-tel-misstankt-lungodem", "vgr", "1946-09-02", [
        N("n1", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-03-11T08:25", [
            ("Telefonkontakt", "Pat ringer kl 08.10, har fått sova sittande i fåtöljen två nätter. Vikt 81,4 i morse mot 78,6 förra fredagen. Bensvullnad upp till knäna."),
            ("Bedömning", "Misstänkt lungödem vid känd hjärtsvikt. Rådgjort med dr Hedlund som vill att pat kommer in akut."),
            ("Åtgärd", "Ambulans beställd då pat är ensam hemma, akuten på Skövde förvarnad."),
        ], tpl="Telefonanteckning")],
        must=[("NL102", "n1")],
        why="heart failure nurse's phone note: 'Misstänkt lungödem' in a visible section")

    C("d145-kol-spirometri-talar-for", "skane", "1958-12-19", [
        N("n1", "S_KOL_LSK", ("Pia Mårtensson", SSK), "2024-03-19T13:40", [
            ("Spirometri", "FEV1 1,92 l (63 % av pred), FVC 3,01 l. Kvot 0,64 efter bronkdilatation, reversibilitet 6 %."),
            ("Bedömning", "Resultatet talar för KOL. Pat röker 15 cig/dag sedan tonåren."),
            ("Planering", "Dr Rahimi tar ställning till behandling vid läkarbesöket 4/4. Rökavvänjning erbjuden, pat vill fundera."),
        ], tpl="Spirometri ssk")],
        must=[("NL102", "n1")],
        why="KOL nurse: 'talar för KOL' after spirometry, before the doctor settles it")

    C("d145-barnastma-fragetecken-anstrangning", "vgr", "2016-05-20", [
        N("n1", "V_BARN_SAS", ("Jenny Lindqvist", SSK), "2024-02-27T10:05", [
            ("Anamnes", "Mamma berättar att Elsa hostar och blir pipig efter fotbollsträningarna, aldrig i vila. Inga nattliga besvär."),
            ("Bedömning", "?Ansträngningsutlöst astma. Ansträngningstest på löpband bokat 12/3 tillsammans med fysiolog."),
            ("Åtgärd", "Visat hur spacern används. Airomir 2 puffar före träning enl dr Kovač tills vidare."),
        ], tpl="Astmasjuksköterska barn", signed=None)],
        must=[("NL102", "n1")],
        why="child under 13 (guardian reads): leading '?' on a diagnosis in visible Bedömning")

    C("d145-ak-tel-gi-blodning-misstankt", "skane", "1938-03-07", [
        N("n1", "S_AK_YST", ("Lena Håkansson", SSK), "2024-04-08T10:50", [
            ("Telefonkontakt", "Ringt pat för PK-svar, PK 4,8. Pat nämner svart, tjärliknande avföring sedan i söndags och yrsel när hon reser sig."),
            ("Lab", "Hb 98 (131 i januari)."),
            ("Bedömning", "Enl dr Palm misstänkt GI-blödning, Waran sätts ut tills vidare."),
            ("Åtgärd", "Pat uppmanad att åka till akuten i Ystad, dottern kör. Akuten informerad om pat."),
        ], tpl="AK-mottagning telefon")],
        must=[("NL102", "n1")],
        why="AK nurse relays 'enl dr ... misstänkt GI-blödning' in visible Bedömning")

    C("d145-stomi-trol-candida-runt-stomat", "vgr", "1971-07-29", [
        N("n1", "V_STOMI_SU", ("Helena Olofsson", SSK), "2024-05-14T14:20", [
            ("Stomistatus", "Kolostomi vä fossa, rosa och fuktig, väl välvd. Huden runt stomat rodnad och fuktig med små röda prickar utanför plattkanten."),
            ("Bedömning", "Trol. candidainfekton i huden runt stomat."),
            ("Åtgärd", "Daktarin pulver i tunt lager, överskottet borstas bort innan plattan sätts. Byte av platta varannan dag i stället för var tredje tills huden läkt."),
        ], tpl="Stomiterapeut mottagning")],
        must=[("NL102", "n1")],
        why="stoma nurse: abbreviated hedge 'Trol.' on a skin infection diagnosis with a typo (candidainfekton)")

    C("d145-stomi-kan-rora-sig-om-parastomalt-brack", "skane", "1955-02-14", [
        N("n1", "S_STOMI_LUND", ("Sofia Ekberg", SSK), "2024-01-23T09:30", [
            ("Aktuellt", "Kommer för att plattan släpper nertill sedan ett par veckor. Pat har märkt en bula vid stomat när han hostar."),
            ("Status", "Tydlig buktning runt ileostomin i stående och vid hostprovokation, försvinner i liggande."),
            ("Bedömning", "Kan röra sig om parastomalt bråck. Kontaktat kolorektalkirurg för ställningstagande till DT buk."),
            ("Åtgärd", "Provar mjukare konvex platta och stödbälte, utprovat storlek M."),
        ], tpl="Stomiterapeut mottagning")],
        must=[("NL102", "n1")],
        why="'Kan röra sig om parastomalt bråck' is a hedged diagnosis in a visible section")

    C("d145-sar-arteriell-insufficiens-kan-ej-uteslutas", "skane", "1941-06-08", [
        N("n1", "S_SAR_TRB", ("Malin Persson", SSK), "2024-03-05T13:00", [
            ("Status", "Sår lateralt vä malleol 2x2 cm, blek sårbotten. Smärta nattetid som lindras när benet hänger ut över sängkanten. Fotpulsar ej palpabla."),
            ("Mätning", "ABI vä 0,58, hö 0,91."),
            ("Bedömning", "Arteriell insufficiens kan ej uteslutas, därför ingen kompression tills vidare. Remiss kärlkirurg skickad av dr Berg."),
        ], tpl="Sårbehandling", signed=None)],
        must=[("NL102", "n1")],
        why="'kan ej uteslutas' attached to arterial insufficiency (a diagnosis) in a visible section")

    C("d145-inko-trolig-overfyllnadsinkontinens", "vgr", "1950-01-23", [
        N("n1", "V_INKO_ALI", ("Therese Gustavsson", SSK), "2024-04-16T10:40", [
            ("Anamnes", "Droppläckage dygnet runt, svag stråle och känsla av ofullständig tömning."),
            ("Status", "Resurin med bladderscan 380 ml och 410 ml vid två tillfällen."),
            ("Bedömning", "Enl dr Nyberg trolig överfyllnadsinkontinens, bakomliggande prostataförstoring misstänks."),
            ("Planering", "Lär pat RIK, första tömningen i kväll under handledning. Uroterapeut följer upp om en vecka."),
        ], tpl="Inkontinensmottagning")],
        must=[("NL102", "n1")],
        why="incontinence nurse: 'trolig överfyllnadsinkontinens' and 'prostataförstoring misstänks'")

    C("d145-inko-bild-som-vid-anstrangningsinkontinens", "skane", "1968-08-15", [
        N("n1", "S_URO_HLM", ("Camilla Öberg", SSK), "2024-05-21T08:45", [
            ("Anamnes", "Läcker vid hosta, nysning och när hon hoppar studsmatta med barnbarnen. Inga trängningar, normal miktionsfrekvens enligt dagbok."),
            ("Bedömning", "Bild som vid ansträngningsinkontinens."),
            ("Åtgärd", "Bäckenbottenträning genomgången med palpation, kontraktion 2/5. Ny tid om 8 veckor."),
        ], tpl="Uroterapeut")],
        must=[("NL102", "n1")],
        why="'Bild som vid' is a hedge on a diagnosis; one-line Bedömning")

    C("d145-diab-arskontroll-forenligt-med-neuropati", "vgr", "1962-11-11", [
        N("n1", "V_DIAB_OST", ("Maria Nilsson Törnqvist", SSK), "2024-01-30T14:15", [
            ("Fotstatus", "Monofilament: känner 4 av 10 punkter hö, 5 av 10 vä. Vibrationssinne nedsatt bilat. Huden torr, inga sår."),
            ("Bedömning", "Dr Nyström bedömer att fynden är förnliga med diabetesneuropati. Riskgrupp 2 fot."),
            ("Åtgärd", "Remiss fotterapeut och ortopedtekniker för inlägg."),
        ], tpl="Diabetessjuksköterska årskontroll")],
        must=[("NL102", "n1")],
        why="typo in the hedge: 'förnliga med diabetesneuropati' (för förenliga med) in visible text")

    C("d145-hsv-ekg-ev-formaksflimmer", "skane", "1944-05-03", [
        N("n1", "S_HSV_HBG", ("Emma Sandberg", SSK), "2024-02-20T10:30", [
            ("Aktuellt", "Planerat ssk-besök för upptitrering av Entresto. Pat känner hjärtat slå ojämnt sedan några dagar."),
            ("Status", "BT 118/72, puls oregelbunden 110-120. Vikt 74,2 kg (74,0)."),
            ("Bedömning", "EKG tagen och visar oregelbunden rytm utan synliga p-vågor, ev. förmaksflimmer. EKG lämnat till dr Lindgren för bedömning."),
            ("Planering", "Avvaktar upptitrering tills dr bedömt EKG."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must=[("NL102", "n1")],
        why="'ev. förmaksflimmer' on an ECG the doctor has not yet read")

    C("d145-hsv-remiss-fragestallning-hjartsvikt", "vgr", "1957-03-27", [
        N("n1", "V_HSV_KUN", ("Ida Karlsson", SSK), "2024-03-06T09:00", [
            ("Kontaktorsak", "Remiss från Ytterby VC med frågeställning hjärtsvikt."),
            ("Lab", "NT-proBNP 1840 ng/l, krea 102, Hb 128."),
            ("Åtgärd", "Bokat UCG 20/3 och läkarbesök därefter. Pat instruerad att väga sig varje morgon."),
        ], tpl="Hjärtsviktssjuksköterska nybesök")],
        must=[("NL102", "n1")],
        why="'frågeställning hjärtsvikt' from the referral stands in a visible section")

    C("d145-kol-typo-sanolik", "skane", "1953-09-12", [
        N("n1", "S_KOL_KRI", ("Johan Wikström", SSK), "2024-04-02T15:05", [
            ("Bedömning", "Sanolik KOL, pat har 40 paketår och återkommande bronkiter varje vinter."),
            ("Planering", "Spirometri med reversibilitetstest 18/4. Pat ska inte ta Ventoline 6 h före testet."),
        ], tpl="Lungsjuksköterska")],
        must=[("NL102", "n1")],
        why="typo in the hedge ('Sanolik' for sannolik) on KOL in visible Bedömning")

    C("d145-diab-provsvar-forenligt-nydebuterad-t2", "vgr", "1970-02-02", [
        N("n1", "V_MED_LID", ("Susanne Blom", SSK), "2024-03-26T11:25", [
            ("Provsvar", "HbA1c 49 mmol/mol, fP-glukos 7,4. Dr Sandell bedömer att värdena är förenliga med nydebuterad typ 2-diabetes men vill ha ett nytt HbA1c om 2 veckor innan diagnosen sätts."),
            ("Åtgärd", "Labbtid bokad 9/4, kallelse skickad."),
        ], tpl="Provsvar")],
        must=[("NL102", "n1")],
        why="lab-result note: diabetes only 'förenliga med', diagnosis explicitly not yet set")

    C("d145-kol-dd-astma-kol", "vgr", "1974-04-16", [
        N("n1", "V_KOL_NAL", ("Fatima Haddad", SSK), "2024-01-17T13:20", [
            ("Spirometri", "FEV1/FVC 0,66 före och 0,71 efter Ventoline, FEV1 ökar 310 ml (14 %)."),
            ("Bedömning", "DD astma/KOL. Ex-rökare sedan 10 år, atopi i barndomen."),
            ("Planering", "PEF-kurva i två veckor, dr bedömer därefter."),
        ], tpl="Astma/KOL-sjuksköterska")],
        must=[("NL102", "n1")],
        why="'DD astma/KOL' is a differential diagnosis in visible text")

    C("d145-sarkonsult-trol-trycksar-kat1", "skane", "1933-01-19", [
        N("n1", "S_MED_ANGH", ("Lotta Rydberg", SSK), "2024-03-14T14:00", [
            ("Hud", "Sacrum: 3x3 cm rodnad som inte bleknar vid fingertryck, huden intakt men varm och lätt förhårdnad."),
            ("Bedömning", "Trol. trycksår kategori 1. Riskbedömning Norton 13."),
            ("Åtgärd", "Luftmadrass beställd, vändschema varannan timme, barriärkräm."),
        ], tpl="Sårkonsult", setting="slutenvård")],
        must=[("NL102", "n1")],
        why="wound consult on a ward: 'Trol. trycksår' in a visible section")

    C("d145-astma-ev-kattallergi", "vgr", "1998-07-07", [
        N("n1", "V_LUNG_SAS", ("Jessica Holm", SSK), "2024-04-23T10:15", [
            ("Anamnes", "Flyttade ihop med pojkvän som har två katter i januari. Sedan dess nästäppa, kliande ögon och behov av Bricanyl flera ggr/dag."),
            ("Bedömning", "Ev. kattalergi som försämrar astman."),
            ("Planering", "Pricktest bokat, antihistaminuppehåll 5 dagar innan. Dr Engström höjer Symbicort till 2x2 tills vidare."),
        ], tpl="Astmasjuksköterska")],
        must=[("NL102", "n1")],
        why="typo in the diagnosis ('kattalergi'); ev. on a diagnosis, not on a plan; the asthma itself is known")

    C("d145-hsv-lang-journal-misstankt-digoxin", "vgr", "1936-02-28", [
        N("n1", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-05-02T09:10", [
            ("Aktuellt", "Inbokat ssk-besök efter att dottern ringt i går om att pappa äter dåligt och verkar förvirrad sedan en vecka."),
            ("Anamnes", "Hjärtsvikt med nedsatt EF 35 %, permanent förmaksflimmer, KOL GOLD 2, njursvikt eGFR 38 i mars. Bor ensam i lägenhet, hemtjänst 2 ggr/dag, dosett delas av hemsjukvården."),
            ("Status", "AT: trött men vaken, orienterad till person men inte till tid. BT 104/62. Puls 46 oregelbunden. SpO2 94 %. Vikt 63,1 kg (66,0 för 3 v sedan). Lungor: basala rassel bilat. Hjärta: oregelbunden rytm, inget blåsljud. Buk: mjuk, oöm. Ben: lätta ödem till mitt på smalbenet. Mun: torr."),
            ("Läkemedel", "Digoxin 0,13 mg x 1, Furix 40 mg x 2, Bisoprolol 2,5 mg x 1, Eliquis 2,5 mg x 2, Spiriva. Dosetten kontrollerad, stämmer med listan."),
            ("Lab", "Krea 168 (134), K 5,2, Na 133. S-digoxin skickat akut, svar väntas under dagen."),
            ("Pat berättar", "Ser allt lite gulaktigt och har mått illa på morgnarna. Har ätit mindre än halva portioner enligt hemtjänstens lista."),
            ("Bedömning", "Dr Hedlund misstänker digoxinintoxikation, förstärkt av försämrad njurfunktion och uttorkning."),
            ("Åtgärd", "Digoxin och Furix pausas i dag enligt ordination. Hemsjukvården informerad per telefon om ändringen i dosetten."),
            ("Planering", "Ssk ringer dottern i eftermiddag när S-digoxin kommit. Nytt krea och K på fredag, ssk-besök med vikt nästa tisdag."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must=[("NL102", "n1")],
        why="long multi-section chart; a single hedged diagnosis (misstänker digoxinintoxikation) in Bedömning")

    C("d145-skane-sokord-th-i-vanlig-mall", "skane", "1952-08-19", [
        N("n1", "S_HJART_LUND", ("Emma Sandberg", SSK), "2024-04-10T10:20", [
            ("Aktuellt", "Pat kommer för blodtryckskontroll efter insättning av Amlodipin. BT 142/88 hö arm."),
            ("Tidiga hypoteser", "Misstänkt primär aldosteronism med tanke på lågt kalium, dr överväger renin/aldosteron."),
        ], tpl="Sjuksköterskeanteckning")],
        must=[("NL102", "n1")],
        why="Skåne protects by template only; a sökord 'Tidiga hypoteser' in an ordinary note stays visible")

    C("d145-vgr-mall-th-men-sokord-bedomning", "vgr", "1966-06-30", [
        N("n1", "V_DIAB_OST", ("Maria Nilsson Törnqvist", SSK), "2024-05-28T15:00", [
            ("Bedömning", "Möjlig pankreatogen diabetes efter upprepade pankreatiter, dr vill utreda vidare med elastas i faeces."),
        ], tpl="Tidiga hypoteser")],
        must=[("NL102", "n1")],
        why="VGR protects by sökord; template named Tidiga hypoteser with sökord Bedömning is visible")

    C("d145-vgr-th-plus-synligt-aktuellt", "vgr", "1945-11-05", [
        N("n1", "V_INKO_ALI", ("Therese Gustavsson", SSK), "2024-06-11T13:15", [
            ("Aktuellt", "Nytillkommen trängningsinkontinens, och enligt maken har pat börjat gå vilse i bostadsområdet. Dr misstänker normaltryckshydrocefalus."),
            ("Tidiga hypoteser", "NPH? Gångrubbning, kognitiv svikt och inkontinens, DT hjärna beställd."),
            ("Planering", "Miktionslista 3 dygn, återbesök efter DT."),
        ], tpl="Inkontinensmottagning")],
        must=[("NL102", "n1")],
        why="hedged diagnosis is also in a visible sökord (Aktuellt), not only under Tidiga hypoteser")

    C("d145-barndiab-tel-misstanke-ketoacidos", "skane", "2015-09-14", [
        N("n1", "S_BDIAB_HBG", ("Ayla Demir", SSK), "2024-01-14T19:45", [
            ("Telefonkontakt", "Pappa ringer, Leo har ont i magen, har kräkts två gånger och blodsocker 22. Ketoner i blod 1,9."),
            ("Bedömning", "Misstanke om begynnande ketoacidos. Barnjour dr Wallin kontaktad."),
            ("Åtgärd", "Familjen uppmanas åka direkt till barnakuten i Helsingborg, som är förvarnad."),
        ], tpl="Telefonanteckning")],
        must=[("NL102", "n1")],
        why="child with diabetes: 'Misstanke om begynnande ketoacidos' visible to guardians")

    C("d145-diab-oklart-om-gastropares", "vgr", "1984-01-09", [
        N("n1", "V_DIAB_OST", ("Helena Olofsson", SSK), "2024-04-04T11:00", [
            ("Telefonkontakt", "CGM-kurvan visar upprepade lågvärden 1-2 h efter måltid och sena toppar nattetid. Pat mår illa och känner sig mätt länge efter maten."),
            ("Bedömning", "Oklar om det rör sig om gastropares, dr Lundgren överväger ventrikeltömningsscintigrafi."),
            ("Åtgärd", "Måltidsinsulinet tas direkt efter maten i stället för före, i väntan på utredning."),
        ], tpl="Diabetessjuksköterska telefon")],
        must=[("NL102", "n1")],
        why="typo in the hedge ('Oklar om' for oklart om) on gastroparesis")

    C("d145-sar-typo-trolgit-erysipelas", "vgr", "1958-05-27", [
        N("n1", "V_SAR_MOL", ("Åsa Friberg", SSK), "2024-06-18T08:30", [
            ("Telefonkontakt", "Hemsjukvården ringer om pat med bensår hö: sedan i går ökad rodnad upp mot knät, temp 38,6 och frossa."),
            ("Bedömning", "Trolgit erysipelas utgående från såret. Vårdcentralens dr kontaktas av hemsjukvården för antibiotika."),
        ], tpl="Telefonanteckning")],
        must=[("NL102", "n1")],
        why="typo in the hedge ('Trolgit' for troligt) on erysipelas")

    C("d145-barndiab-inger-misstanke-celiaki", "vgr", "2014-02-17", [
        N("n1", "V_BDIAB_DS", ("Sara Lindén", SSK), "2024-02-08T13:50", [
            ("Provsvar", "Årsprover: transglutaminas-IgA 87 U/ml (ref <7), total-IgA normalt. HbA1c 56."),
            ("Bedömning", "Inger misstanke om celiaki. Mamma och Alva ringda och har fått svaret."),
            ("Planering", "Remiss till barngastro för gastroskopi. Glutenfri kost ska inte påbörjas före denna."),
        ], tpl="Diabetessjuksköterska barn")],
        must=[("NL102", "n1")],
        why="'Inger misstanke om celiaki' in a child's visible note; telling does not remove the hedge")

    C("d145-stomi-typo-missankt-utkast", "skane", "1960-10-03", [
        N("n1", "S_STOMI_LUND", ("Sofia Ekberg", SSK), "2024-05-07T15:30", [
            ("Stomistatus", "Urostomi, stomat mörkt rödlila och svullet i nedre kanten, lätt blödning vid beröring."),
            ("Bedömning", "Missänkt stomiprolaps med nedsatt cirkulation, jourhavande urolog tillkallad."),
        ], tpl="Stomiterapeut avdelning", setting="slutenvård", signed=None)],
        must=[("NL102", "n1")],
        why="unsigned draft with typo in the hedge ('Missänkt'); drafts are checked before signing")

    # ------------------------------------------------------------ NL102 must_not
    C("d145-sar-ingen-misstanke-om-infektion", "skane", "1940-10-10", [
        N("n1", "S_SAR_TRB", ("Malin Persson", SSK), "2024-01-25T10:10", [
            ("Sårstatus", "Venöst bensår vä 3x2,5 cm, röd granulationsvävnad, måttligt seröst exsudat. Sårkanter lugna."),
            ("Bedömning", "Ingen misstanke om sårinfektion, läker enligt plan."),
            ("Åtgärd", "Mepilex Border och tvåskiktskompression, byte två ggr/v av hemsjukvården."),
        ], tpl="Sårbehandling")],
        must_not=[("NL102", "n1")],
        why="negated: 'Ingen misstanke om sårinfektion'")

    C("d145-ak-dvt-uteslutet-ultraljud", "vgr", "1955-09-09", [
        N("n1", "V_AK_UDD", ("Nina Petrović", SSK), "2024-03-04T14:25", [
            ("Aktuellt", "Waran pga mekanisk aortaklaff. Pat hör av sig för ont i hö vad efter en lång promenad i helgen."),
            ("Bedömning", "DVT utselutet med ultraljud på akuten igår. Smärtan bedöms muskulär."),
            ("Lab", "PK 2,9, inom målintervall 2,5-3,5. Oförändrad dos."),
        ], tpl="AK-mottagning")],
        must_not=[("NL102", "n1")],
        why="ruled out with a typo ('DVT utselutet'); no other hedged diagnosis")

    C("d145-diab-cgm-inga-tecken-pa-hypoglykemi", "skane", "1977-08-08", [
        N("n1", "S_DIAB_MAS", ("Annika Bergqvist", SSK), "2024-04-15T09:50", [
            ("Aktuellt", "Pat orolig för nattliga känningar efter att ha ökat Tresiba till 24 E."),
            ("CGM", "Nedladdning 14 dygn: tid i mål 72 %, under 3,9 mmol/l 1 %. Inga tecken på nattlig hypoglykemi."),
            ("Planering", "Oförändrad dos, ny nedladdning om 4 veckor."),
        ], tpl="Diabetessjuksköterska")],
        must_not=[("NL102", "n1")],
        why="negated: 'Inga tecken på nattlig hypoglykemi'")

    C("d145-kol-spirometri-talar-emot", "vgr", "1966-01-31", [
        N("n1", "V_KOL_NAL", ("Fatima Haddad", SSK), "2024-05-08T10:30", [
            ("Spirometri", "FEV1/FVC 0,78, FEV1 94 % av pred. Ingen signifikant reversibilitet."),
            ("Bedömning", "Spirometrin talar emot KOL. Dr Carlsson tolkar andfåddheten som nedsatt kondition efter lång sjukskrivning."),
        ], tpl="Astma/KOL-sjuksköterska")],
        must_not=[("NL102", "n1")],
        why="'talar emot KOL' looks like 'talar för' but negates the diagnosis")

    C("d145-barndiab-misstanken-celiaki-avskrivs", "skane", "2017-11-02", [
        N("n1", "S_BDIAB_HBG", ("Ayla Demir", SSK), "2024-03-21T11:15", [
            ("Provsvar", "Tunntarmsbiopsi: normal slemhinna, Marsh 0."),
            ("Bedömning", "Misstanken om celiaki avskrivs. Transglutaminas kontrolleras vid nästa årskontroll."),
            ("Information", "Mamma informerad per telefon och var lättad."),
        ], tpl="Diabetessjuksköterska barn")],
        must_not=[("NL102", "n1")],
        why="'Misstanken ... avskrivs': the suspicion word is there but the diagnosis is dismissed")

    C("d145-astma-hereditet-mamma-trolig-kol", "vgr", "2001-03-03", [
        N("n1", "V_LUNG_SAS", ("Jessica Holm", SSK), "2024-02-01T14:40", [
            ("Anamnes", "Hereditet: mamma hade trolig KOL men fick aldrig göra spirometri, pappa pollenallergi. Pat själv har astma sedan förskoleåldern."),
            ("Aktuellt", "Kontroll efter byte till Flutiform, ACT 22, inga nattliga besvär."),
        ], tpl="Astmasjuksköterska")],
        must_not=[("NL102", "n1")],
        why="hedged diagnosis belongs to the mother, not the patient")

    C("d145-diab-bror-mojligen-typ1", "skane", "2000-06-21", [
        N("n1", "S_DIAB_MAS", ("Jenny Åkesson", SSK), "2024-06-13T10:00", [
            ("Anamnes", "Typ 1-diabetes diagnostiserad på akuten förra veckan. Bror har möjligen också typ 1-diabetes, familjen väntar på hans provsvar."),
            ("Undervisning", "Gått igenom kolhydraträkning och korrektionsdoser med NovoRapid, pat räknar rätt på tre exempel."),
        ], tpl="Diabetessjuksköterska nybesök")],
        must_not=[("NL102", "n1")],
        why="the hedge 'möjligen' is about the brother; the patient's own diabetes is confirmed")

    C("d145-sar-trolig-avslutning-hemsjukvard", "skane", "1952-04-04", [
        N("n1", "S_SAR_TRB", ("Malin Persson", SSK), "2024-04-11T11:45", [
            ("Sårstatus", "Såret på hö smalben nästan epiteliserat, kvarstår 0,5x0,5 cm."),
            ("Planering", "Trolig avslutning av hemsjukvårdens omläggningar i slutet av april. Kompressionsstrumpa klass 2 provas ut vid nästa besök."),
        ], tpl="Sårbehandling")],
        must_not=[("NL102", "n1")],
        why="'Trolig' hedges the end of home-care dressings, a plan")

    C("d145-stomi-misstankt-lackage-under-plattan", "vgr", "1963-10-18", [
        N("n1", "V_STOMI_SU", ("Helena Olofsson", SSK), "2024-02-22T10:20", [
            ("Aktuellt", "Pat ringer, plattan har släppt tre gånger senaste veckan och det svider under den."),
            ("Status", "Huden irriterad kl 5-7 runt stomat. Stomat hamnar i ett hudveck när pat sitter."),
            ("Bedömning", "Misstänkt läckage under plattan pga hudvecket."),
            ("Åtgärd", "Byter till konvex platta med Eakin-ring, Cavilon-spray på den irriterade huden."),
        ], tpl="Stomiterapeut mottagning")],
        must_not=[("NL102", "n1")],
        why="hard negative: 'Misstänkt läckage' concerns the appliance, not a disease")

    C("d145-diab-tel-trolig-felmatning", "skane", "1969-07-17", [
        N("n1", "S_DIAB_KRI", ("Therese Nordin", SSK), "2024-05-16T08:40", [
            ("Telefonkontakt", "Pat ringer, mätaren visade 1,9 efter frukost men han mådde bra och var inte svettig. Kontrollmätt efter handtvätt: 8,4."),
            ("Bedömning", "Trolig felmätning pga sockerrester på fingret. Inga åtgärder."),
            ("Råd", "Påminner om att tvätta och torka händerna före varje mätning."),
        ], tpl="Telefonanteckning")],
        must_not=[("NL102", "n1")],
        why="'Trolig felmätning' - hedge on a measuring error, not a diagnosis")

    C("d145-hsv-kalium-ev-hemolys", "vgr", "1950-05-05", [
        N("n1", "V_HSV_KUN", ("Ida Karlsson", SSK), "2024-03-13T14:05", [
            ("Provsvar", "Kalium 5,9, krea 118. Labbet anger ev. hemolys i provet."),
            ("Åtgärd", "Nytt kaliumprov i morgon före morgondosen Spironolakton, pat informerad per telefon."),
        ], tpl="Provsvar")],
        must_not=[("NL102", "n1")],
        why="'ev. hemolys i provet' is about the sample, not the patient's disease")

    C("d145-astma-misstankt-bristande-inhalationsteknik", "skane", "1985-12-25", [
        N("n1", "S_KOL_LSK", ("Pia Mårtensson", SSK), "2024-02-14T09:20", [
            ("Aktuellt", "Astma sedan barndomen, trots Symbicort 2x2 tar hon Bricanyl dagligen."),
            ("Bedömning", "Misstänkt bristande inhalationsteknik, andas ut i inhalatorn och drar in för svagt enl In-Check."),
            ("Åtgärd", "Tekniken genomgången, kontroll med In-Check ger nu godkänt flöde."),
        ], tpl="Astmasjuksköterska")],
        must_not=[("NL102", "n1")],
        why="'Misstänkt' hedges inhaler technique, not a diagnosis; the asthma is known")

    C("d145-sar-villkor-kan-da-vara-infektion", "vgr", "1939-08-16", [
        N("n1", "V_SAR_MOL", ("Åsa Friberg", SSK), "2024-04-25T13:30", [
            ("Åtgärd", "Suturer borttagna från operationssåret vä knä, läkt per primam."),
            ("Information", "Om rodnad, värme eller feber tillstöter kan det vara en infektion och pat ska då ringa mottagningen."),
        ], tpl="Sårbehandling", signed=None)],
        must_not=[("NL102", "n1")],
        why="conditional safety-net advice ('Om ... kan det vara en infektion') is no diagnosis of the patient")

    C("d145-diab-vid-misstanke-om-hypo-instruktion", "skane", "2003-01-15", [
        N("n1", "S_DIAB_MAS", ("Annika Bergqvist", SSK), "2024-06-20T14:10", [
            ("Undervisning", "Vid misstanke om hypoglykemi: ta 4 druvsockertabletter, kontrollmät efter 15 minuter och upprepa om värdet fortfarande är under 4."),
            ("Egenvård", "Pat har glukagon hemma och flickvännen har fått se hur Baqsimi ges."),
        ], tpl="Diabetessjuksköterska")],
        must_not=[("NL102", "n1")],
        why="'Vid misstanke om hypoglykemi' is a conditional instruction, not a hypothesis")

    C("d145-kol-bekraftad-diagnos-utan-hedge", "vgr", "1947-07-01", [
        N("n1", "V_KOL_NAL", ("Mikael Strand", SSK), "2024-10-08T10:45", [
            ("Diagnos", "KOL GOLD 2, grupp E, fastställd med spirometri 2022."),
            ("Aktuellt", "Två exacerbationer senaste året, båda behandlade med Prednisolon och Doxyferm. Nu i stabil fas."),
            ("Åtgärd", "CAT 18. Influensa- och pneumokockvaccin givet idag."),
        ], tpl="Astma/KOL-sjuksköterska")],
        must_not=[("NL102", "n1")],
        why="confirmed diagnosis (fastställd), no hedge anywhere")

    C("d145-hsv-eventuell-utsattning-plan", "skane", "1951-11-27", [
        N("n1", "S_HSV_HBG", ("Emma Sandberg", SSK), "2024-09-10T11:00", [
            ("Aktuellt", "Hjärtsvikt med nedsatt EF 30 %, NYHA II. Ssk-besök för labkontroll efter ökad dos Spironolakton."),
            ("Lab", "K 5,6, krea 131 (112)."),
            ("Planering", "Dr Lindgren överväger eventuell utsättning av Spironolakton, beslut efter nytt prov på fredag."),
        ], tpl="Hjärtsviktssjuksköterska", signed=None)],
        must_not=[("NL102", "n1")],
        why="confirmed heart failure; 'eventuell' hedges a drug withdrawal plan")

    C("d145-skane-mall-th-demens-skyddad", "skane", "1944-02-29", [
        N("n1", "S_DIAB_KRI", ("Therese Nordin", SSK), "2024-08-27T15:20", [
            ("Bedömning", "Glömmer insulindoser och kan inte redogöra för hur pennan används trots upprepad undervisning. Misstänkt begynnande demens, pat ej informerad, dr tar upp det efter minnesutredning."),
        ], tpl="Tidiga hypoteser")],
        must_not=[("NL102", "n1"), ("NL101", "n1")],
        why="Skåne template Tidiga hypoteser protects both the hedged and the untold diagnosis")

    C("d145-vgr-sokord-th-alkohol-skyddad", "vgr", "1958-10-14", [
        N("n1", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-09-03T09:35", [
            ("Aktuellt", "Kontroll efter dosökning Bisoprolol till 5 mg. Puls 64, BT 112/70. Mår bra och promenerar dagligen."),
            ("Tidiga hypoteser", "Överkonsumtion av alkohol kan ej uteslutas, GT och PEth skickade. Möjlig alkoholkardiomyopati."),
        ], tpl="Hjärtsviktssjuksköterska", signed=None)],
        must_not=[("NL102", "n1")],
        why="VGR sökord Tidiga hypoteser holds the hedge; the visible section has none")

    C("d145-pmo-vc-misstankt-diabetesfotsar", "skane", "1945-07-19", [
        N("n1", "P_VC_SORG", ("Birgitta Lund", SSK), "2024-07-02T10:15", [
            ("Fotstatus", "Blåsa under hö stortå som spruckit, omgiven av rodnad. Misstänkt infekterat diabetesfotsår."),
            ("Åtgärd", "Avlastning, Inadine-förband, akuttid till dr i morgon. Remiss diabetesfotmottagningen."),
        ], tpl="Diabetessköterska", system="PMO")],
        must_not=[("NL102", "n1")],
        why="PMO never shows diagnoses: hedged diagnosis in a VC diabetes nurse's PMO note")

    C("d145-pmo-vc-kol-sannolikt", "skane", "1955-04-12", [
        N("n1", "P_VC_HOOR", ("Gunilla Paulsson", SSK), "2024-08-14T13:45", [
            ("Spirometri", "Sannolikt KOL, FEV1/FVC 0,62 efter bronkdilatation. Dr går igenom svaret vid besöket nästa vecka."),
        ], tpl="Astma/KOL-sjuksköterska", system="PMO")],
        must_not=[("NL102", "n1")],
        why="PMO note: 'Sannolikt KOL' is not shown to the patient")

    C("d145-pmo-dsk-tel-misstankt-rosfeber", "skane", "1937-01-30", [
        N("n1", "P_VC_TOML", ("Ingrid Mattsson", "distriktssköterska"), "2024-07-23T08:20", [
            ("Telefonkontakt", "Ringer om rodnad på vä underben sedan i går, febrig. Misstänkt rosfeber, tid till dr i eftermiddag."),
        ], tpl="Telefonrådgivning", system="PMO")],
        must_not=[("NL102", "n1")],
        why="PMO: district nurse's hedged erysipelas (lay word rosfeber) is not asserted visible")

    C("d145-pmo-barn-trolig-astma", "skane", "2019-08-08", [
        N("n1", "P_VC_LIN", ("Sanna Holmgren", SSK), "2024-10-15T14:30", [
            ("Aktuellt", "Trolig astma hos femåring med nattlig hosta och pip vid förkylningar. Spacer och Airomir utprovat med pappa."),
        ], tpl="Astmasjuksköterska", system="PMO")],
        must_not=[("NL102", "n1")],
        why="PMO note for a child under 13: hedged diagnosis but PMO does not show diagnoses")

    C("d145-hsv-ev-svullen-symtom", "vgr", "1942-09-21", [
        N("n1", "V_HSV_KUN", ("Ida Karlsson", SSK), "2024-10-22T10:50", [
            ("Status", "Ev. lite svullen runt fotlederna, svårbedömt pga kompressionsstrumpor. Vikt 68,9 (69,1). Lungor utan rassel."),
            ("Bedömning", "Stabil, ingen ändring av diuretika."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must_not=[("NL102", "n1")],
        why="'Ev.' hedges a finding (swelling), not a diagnosis")

    C("d145-astma-fragestallningen-besvarad", "vgr", "1993-02-08", [
        N("n1", "V_LUNG_SAS", ("Jessica Holm", SSK), "2024-11-12T13:00", [
            ("Provsvar", "Metakolintest negativt, PD20 >2 mg."),
            ("Bedömning", "Frågeställningen astma är därmed besvarad: ingen astma. Hostan har klingat av spontant."),
        ], tpl="Astmasjuksköterska")],
        must_not=[("NL102", "n1")],
        why="'frågeställning' appears but the answer is negative (ingen astma)")

    C("d145-hjart-kardiamobile-ej-forenligt-fla", "skane", "1960-04-01", [
        N("n1", "S_HJART_LUND", ("Emma Sandberg", SSK), "2024-06-25T09:15", [
            ("Telefonkontakt", "Pat har skickat EKG från KardiaMobile via 1177 efter hjärtklappning i går kväll."),
            ("Bedömning", "Dr Ekström har granskat: ej förenligt med förmaksflimmer, sinustakykardi 108."),
            ("Åtgärd", "Besked lämnat i 1177-meddelande, pat nöjd."),
        ], tpl="Sjuksköterskeanteckning")],
        must_not=[("NL102", "n1")],
        why="'ej förenligt med förmaksflimmer' is a negated hedge")

    C("d145-hsv-tidigare-misstankt-nu-avford", "vgr", "1964-07-25", [
        N("n1", "V_MED_LID", ("Susanne Blom", SSK), "2024-05-30T10:35", [
            ("Aktuellt", "Tidigare misstänkt hjärtsvikt pga bensvullnad och förhöjt NT-proBNP."),
            ("Utredning", "UCG 2/5: normal vänsterkammarfunktion, EF 60 %, inga klaffel. Misstanken om hjärtsvikt därmed avförd enl dr Sandell."),
        ], tpl="Sjuksköterskeanteckning")],
        must_not=[("NL102", "n1")],
        why="earlier suspicion is reported as dismissed (avförd) after echo")

    C("d145-stomi-mojligen-aterlaggning", "vgr", "1979-03-19", [
        N("n1", "V_KIR_NAL", ("Linnéa Berg", SSK), "2024-03-28T14:50", [
            ("Aktuellt", "Loop-ileostomi efter främre resektion för rektalcancer i december. Kirurgen har sagt att stomat möjligen kan läggas tillbaka i vår."),
            ("Stomistatus", "Fin stomi, 25 mm, inga hudproblem. Flöde ca 800 ml/dygn."),
        ], tpl="Stomisjuksköterska")],
        must_not=[("NL102", "n1")],
        why="'möjligen' hedges the reversal surgery; the cancer is stated as fact")

    C("d145-sar-typo-ingen-missanke-trycksar", "skane", "1930-12-01", [
        N("n1", "S_MED_ANGH", ("Lotta Rydberg", SSK), "2024-07-09T13:25", [
            ("Hud", "Hälar och sacrum inspekterade, huden hel och bleknar vid tryck. Ingen missanke om trycksår i dagsläget."),
            ("Åtgärd", "Fortsatt lägesändring, Norton 17."),
        ], tpl="Sårkonsult", setting="slutenvård")],
        must_not=[("NL102", "n1")],
        why="typo in a negation ('Ingen missanke om trycksår') still negates")

    C("d145-diab-kan-ej-uteslutas-hjalp-hemsjukvard", "skane", "1938-09-28", [
        N("n1", "S_DIAB_KRI", ("Therese Nordin", SSK), "2024-09-24T10:40", [
            ("Aktuellt", "Typ 2-diabetes på insulin. Att läsa av dosen på pennan blir allt svårare pga makuladegeneration."),
            ("Planering", "Kan ej uteslutas att hon behöver hemsjukvårdens hjälp med injektionerna framöver, tar upp det med dottern."),
        ], tpl="Diabetessjuksköterska")],
        must_not=[("NL102", "n1")],
        why="'Kan ej uteslutas' hedges a future need of help, not a diagnosis")

    C("d145-kol-lang-arskontroll-bara-planhedgar", "vgr", "1951-01-14", [
        N("n1", "V_KOL_NAL", ("Mikael Strand", SSK), "2024-11-19T09:00", [
            ("Kontaktorsak", "Årskontroll KOL-sjuksköterska."),
            ("Anamnes", "KOL GOLD 3 sedan 2019, slutade röka 2020. Senaste exacerbation i februari. Bor med hustrun i villa, klarar trappan med en vilopaus."),
            ("Status", "AT gott. Andningsfrekvens 18. SpO2 92 % i vila, 88 % efter trappgång. Auskultation: förlängt expirium, inga rassel. Vikt 71 kg, BMI 23."),
            ("Spirometri", "FEV1 0,98 l (38 %), oförändrat mot i fjol."),
            ("Skattning", "CAT 21, mMRC 3."),
            ("Läkemedel", "Trimbow 2x2, Ventoline vb. Inhalationsteknik kontrollerad och korrekt."),
            ("Bedömning", "Stabil men svår KOL med uttalad ansträngningsdyspné."),
            ("Planering", "Ev. remiss till fysioterapeut för KOL-skola i vår. Eventuellt syrgasutredning om saturationen sjunker ytterligare. Möjlig tid för pneumokockvaccin vid nästa besök, influensavaccin givet idag. Trolig ny kontroll om 6 månader."),
        ], tpl="Astma/KOL-sjuksköterska årskontroll")],
        must_not=[("NL102", "n1")],
        why="long chart full of hedges (ev., eventuellt, möjlig, trolig) but all on plans; KOL is confirmed")


# ================================================================= part 2: NL101
def part2():
    # ------------------------------------------------------------ NL101 must
    C("d145-hjart-holter-pfla-inte-informerad", "skane", "1953-03-14", [
        N("n1", "S_HJART_LUND", ("Emma Sandberg", SSK), "2024-03-07T13:10", [
            ("Provsvar", "Långtids-EKG 48 h visar paroxysmalt förmaksflimmer, sammanlagt ca 6 timmar."),
            ("Planering", "Pat är inte informerad om fyndet. Dr Ekström vill själv ge beskedet och samtidigt diskutera blodförtunnande, ringer pat på tisdag."),
        ], tpl="Provsvar ssk")],
        must=[("NL101", "n1")],
        why="nurse files a Holter diagnosis and writes that the patient is not informed; doctor will tell")

    C("d145-hsv-ucg-annu-inte-fatt-besked", "vgr", "1959-08-30", [
        N("n1", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-03-15T10:05", [
            ("Utredning", "UCG 14/3: dilaterad vänster kammare, EF 30 %. Dr Hedlund bedömer hjärtsvikt med nedsatt ejektionsfraktion."),
            ("Planering", "Pat har ännu inte fått besked om UCG-svaret. Dr tar det vid läkarbesöket 21/3, ssk deltar."),
        ], tpl="Hjärtsviktssjuksköterska", signed=None)],
        must=[("NL101", "n1")],
        why="'ännu inte fått besked' about a heart failure diagnosis stated in visible Utredning")

    C("d145-diab-typ2-dr-ringer-torsdag", "vgr", "1972-10-09", [
        N("n1", "V_MED_LID", ("Susanne Blom", SSK), "2024-02-19T11:30", [
            ("Provsvar", "HbA1c 58 och 61 mmol/mol vid två tillfällen. Typ 2-diabetes fastställd av dr Rahimi."),
            ("Planering", "Pat ej informead ännu, dr ringer på torsdag. Därefter bokas ssk-besök för mätarutlämning och kostråd."),
        ], tpl="Provsvar")],
        must=[("NL101", "n1")],
        why="lab note: confirmed type 2 diabetes, typo 'Pat ej informead ännu'")

    C("d145-stomi-tel-pad-cancer-ej-per-telefon", "skane", "1956-01-26", [
        N("n1", "S_STOMI_LUND", ("Sofia Ekberg", SSK), "2024-04-03T14:45", [
            ("Telefonkontakt", "Pat ringer och undrar över PAD-svaret från koloskopin. PAD visar adenocarcinom i sigmoideum."),
            ("Åtgärd", "Pat ej informerad om cancerbeskedet, fått svaret att kirurgen går igenom provsvaret måndag 8/4 kl 13 med kontaktssk närvarande. Besked lämnas inte per telefon."),
        ], tpl="Telefonanteckning")],
        must=[("NL101", "n1")],
        why="phone note names the cancer and says the patient was deliberately not told")

    C("d145-sar-pad-basalcell-vet-annu-inget", "vgr", "1940-04-17", [
        N("n1", "V_SAR_MOL", ("Åsa Friberg", SSK), "2024-05-06T09:25", [
            ("Provsvar", "PAD från sårkanten vä kind: basalcellscancer, nodulär typ."),
            ("Planering", "Pat vet ännu inget om PAD-svaret. Hudmottagningen kallar honom och dr där ger besked. Fortsatt omläggning med Mepilex under tiden."),
        ], tpl="Sårbehandling")],
        must=[("NL101", "n1")],
        why="'vet ännu inget' - lay phrasing of not informed, diagnosis in Provsvar")

    C("d145-kol-spiro-ska-inte-meddelas-forran", "skane", "1948-09-24", [
        N("n1", "S_KOL_KRI", ("Johan Wikström", SSK), "2024-04-22T15:15", [
            ("Spirometri", "FEV1 41 % av pred efter bronkdilatation, kvot 0,52."),
            ("Bedömning", "Svår KOL, GOLD 3, enligt dr Persson."),
            ("Planering", "Ska inte meddelas pat förrän dr gått igenom svaret med honom och hustrun 3/5. Pulsoximetri i vila bokas samma dag."),
        ], tpl="Lungsjuksköterska")],
        must=[("NL101", "n1")],
        why="'Ska inte meddelas pat förrän ...' with a settled KOL diagnosis in Bedömning")

    C("d145-inko-cytologi-urotelcancer-ej-underrattad", "vgr", "1946-05-11", [
        N("n1", "V_INKO_FSS", ("Anna Widell", SSK), "2024-02-26T13:40", [
            ("Provsvar", "Urincytologi: höggradig urotelial cancer. Remiss till urolog skickad idag av dr Magnusson."),
            ("Kommentar", "Pat ej underrättad, urologen ger beskedet vid cystoskopin nästa vecka. Vi tar inte upp det på uroterapibesöket i morgon."),
        ], tpl="Provsvar")],
        must=[("NL101", "n1")],
        why="incontinence clinic nurse: cancer in Provsvar, 'Pat ej underrättad'")

    C("d145-barndiab-celiaki-varken-barn-eller-foraldrar", "skane", "2016-02-22", [
        N("n1", "S_BDIAB_HBG", ("Ayla Demir", SSK), "2024-05-17T14:00", [
            ("Provsvar", "Tunntarmsbiopsi visar totalatrofi, Marsh 3c. Dr Wallin ställer diagnosen celiaki."),
            ("Planering", "Varken Nora eller föräldrarna är informerade ännu, dr ringer pappan efter helgen. Dietistkontakt bokas efter beskedet."),
        ], tpl="Diabetessjuksköterska barn")],
        must=[("NL101", "n1")],
        why="child under 13: neither child nor guardians (the readers) told about the celiac diagnosis")

    C("d145-diab-tel-hypotyreos-namnde-inte", "vgr", "1975-06-13", [
        N("n1", "V_DIAB_OST", ("Helena Olofsson", SSK), "2024-04-09T10:45", [
            ("Telefonkontakt", "Ringde pat angående årsproverna. HbA1c 54, lipider ua. TSH 45 och fritt T4 lågt, dr Lundgren bedömer manifest hypotyreos."),
            ("Kommentar", "Nämnde inte hypotyreosen i samtalet då dr vill träffa pat först, tid bokad 17/4."),
        ], tpl="Diabetessjuksköterska telefon")],
        must=[("NL101", "n1")],
        why="nurse writes she did not mention the hypothyroidism; diagnosis stands in visible text")

    C("d145-hjart-amyloidos-pat-ej-informerad", "skane", "1943-07-04", [
        N("n1", "S_HJART_LUND", ("Ulrika Wendt", SSK), "2024-05-29T11:20", [
            ("Utredning", "DPD-scintigrafi grad 3 upptag i myokardiet, dr Ekström konstaterar transtyretinamyloidos."),
            ("Planering", "Pat ej informerad. Beskedet ges av dr vid besök 10/6 tillsammans med sonen."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must=[("NL101", "n1")],
        why="short two-line note: confirmed amyloidosis, 'Pat ej informerad'")

    C("d145-diab-ogonfoto-proliferativ-ej-informerad", "vgr", "1988-12-06", [
        N("n1", "V_DIAB_NAL", ("Linda Aronsson", SSK), "2024-03-12T08:50", [
            ("Provsvar", "Ögonbottenfoto 4/3: proliferativ diabetesretinopati bilat enl ögonläkare."),
            ("Planering", "Pat ej informerad om fyndet, ögonkliniken kallar till laser inom 2 veckor och informerar då."),
        ], tpl="Diabetessjuksköterska")],
        must=[("NL101", "n1")],
        why="retinopathy finding withheld until the eye clinic calls")

    C("d145-ak-dvt-typo-ej-infomerad", "skane", "1966-11-19", [
        N("n1", "S_AK_YST", ("Lena Håkansson", SSK), "2024-06-10T12:35", [
            ("Provsvar", "Ultraljud vä ben: proximal DVT i v. femoralis."),
            ("Åtgärd", "Dr Palm ordinerar Innohep 18 000 E, första dosen ges på mottagningen i eftermiddag. Pat ej infomerad om ultraljudssvaret ännu, dr kommer ner och pratar med henne."),
        ], tpl="AK-mottagning")],
        must=[("NL101", "n1")],
        why="typo in the key word ('infomerad'); DVT not yet told")

    C("d145-hsv-jarnbrist-typo-inte-informrad", "vgr", "1954-02-03", [
        N("n1", "V_HSV_KUN", ("Ida Karlsson", SSK), "2024-07-04T13:15", [
            ("Lab", "Hb 84, ferritin 6. Dr Axelsson bedömer järnbristanemi hos pat med hjärtsvikt."),
            ("Planering", "Pat inte informrad, ringer i morgon när dr hunnit planera järninfusion."),
        ], tpl="Provsvar")],
        must=[("NL101", "n1")],
        why="typo 'informrad'; iron deficiency anaemia not yet told")

    C("d145-kol-rtg-misstankt-lungcancer-ovetande", "skane", "1951-10-22", [
        N("n1", "S_KOL_LSK", ("Pia Mårtensson", SSK), "2024-08-06T10:25", [
            ("Provsvar", "Lungröntgen: 3 cm rundhärd hö överlob. Dr Rahimi misstänker lungcancer och remitterar till DT thorax."),
            ("Planering", "Pat ovetande om fyndet än så länge, dr ringer henne i eftermiddag."),
        ], tpl="Provsvar ssk")],
        must=[("NL101", "n1"), ("NL102", "n1")],
        why="suspected lung cancer both hedged and untold ('ovetande') in visible sections")

    C("d145-hsv-tva-anteckningar-undanhallet-sedan-berattat", "vgr", "1962-09-07", [
        N("n1", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-05-06T14:00", [
            ("Provsvar", "MR hjärta: hypertrofisk kardiomyopati, septum 21 mm."),
            ("Planering", "Pat är ej informerad om MR-svaret, dr tar det vid besöket på onsdag."),
        ], tpl="Provsvar ssk"),
        N("n2", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-05-08T15:30", [
            ("Aktuellt", "Dr Hedlund har idag informerat pat och hustrun om den hypertrofiska kardiomyopatin. Pat tog det lugnt, frågade mest om ärftlighet."),
            ("Åtgärd", "Info om genetisk utredning av barnen, broschyr från Hjärt-Lungfonden utlämnad."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must=[("NL101", "n1")], must_not=[("NL101", "n2")],
        why="first note withholds the diagnosis (fires); the later note records that the doctor told (silent)")

    C("d145-vgr-mall-th-sokord-planering-ej-skyddat", "vgr", "1957-05-15", [
        N("n1", "V_KOL_NAL", ("Fatima Haddad", SSK), "2024-09-16T11:40", [
            ("Planering", "DT thorax visar idiopatisk lungfibros. Pat ej informerad, dr Carlsson ger besked vid återbesöket."),
        ], tpl="Tidiga hypoteser")],
        must=[("NL101", "n1")],
        why="VGR filters by sökord: template Tidiga hypoteser with sökord Planering is visible")

    C("d145-skane-sokord-th-i-uroterapimall", "skane", "1949-04-09", [
        N("n1", "S_URO_HLM", ("Camilla Öberg", SSK), "2024-09-12T09:05", [
            ("Aktuellt", "Kontroll av blåsdagbok och RIK-teknik, tömmer 5 ggr/dygn utan problem."),
            ("Tidiga hypoteser", "PSA 38 och hård prostata vid palpation, dr Håkansson har remitterat för biopsi. Pat ej informerad om PSA-värdet eller misstanken om prostatacancer."),
        ], tpl="Uroterapeut")],
        must=[("NL101", "n1"), ("NL102", "n1")],
        why="Skåne filters by template; a Tidiga hypoteser sökord in the Uroterapeut template is visible")

    C("d145-diab-njursvikt-dr-onskar-att-pat-inte-far-veta", "skane", "1955-12-31", [
        N("n1", "S_DIAB_KRI", ("Therese Nordin", SSK), "2024-05-13T14:20", [
            ("Lab", "Krea 212, eGFR 24, U-alb/krea 95. Dr Jönsson bedömer kronisk njursvikt stadium 4 vid diabetesnefropati."),
            ("Planering", "Dr önskar att pat inte får veta om njursvikten förrän efter nefrologbedömningen 22/5. Ssk tar inte upp detta vid fotvårdsbesöket."),
        ], tpl="Diabetessjuksköterska")],
        must=[("NL101", "n1")],
        why="'Dr önskar att pat inte får veta' - instruction not to tell, diagnosis in Lab")

    C("d145-kol-osteoporos-ej-delgivits", "vgr", "1950-03-08", [
        N("n1", "V_MED_ALI", ("Cecilia Ljung", SSK), "2024-05-21T10:10", [
            ("Provsvar", "Bentäthetsmätning: T-score ländrygg -3,1, osteoporos."),
            ("Kommentar", "Diagnosen har ej delgivts pat. Besked ges av dr vid återbesök 3/6 då behandling ska diskuteras."),
        ], tpl="Provsvar")],
        must=[("NL101", "n1")],
        why="formal phrasing with typo: 'Diagnosen har ej delgivts pat'")

    C("d145-bbc-parkinson-har-inte-fatt-veta", "skane", "1952-06-26", [
        N("n1", "S_BBC_MAS", ("Karolina Sjödin", SSK), "2024-04-18T13:30", [
            ("Anamnes", "Remiss från neurologen: nydiagnostiserad Parkinsons sjukdom enligt DaTSCAN. Trängningar och nokturi x4."),
            ("Kommentar", "Pat har inte fått veta att det är Parkinson, neurologen har besök inbokat 30/4. Vi fokuserar på blåsträningen tills dess."),
        ], tpl="Uroterapeut")],
        must=[("NL101", "n1")],
        why="diagnosis from another clinic's referral quoted; text says patient not yet told")

    C("d145-ak-subduralhematom-ej-informerade", "vgr", "1937-09-13", [
        N("n1", "V_AK_UDD", ("Nina Petrović", SSK), "2024-06-24T16:10", [
            ("Telefonkontakt", "Akuten ringer: pat föll hemma i går, DT hjärna visar akut subduralhematom vä. PK 3,9."),
            ("Åtgärd", "Waran utsatt, Ocplex givet på akuten. Pat och anhöriga ej informerade om blödningen än, neurokirurgen ska bedöma först."),
        ], tpl="AK-mottagning telefon")],
        must=[("NL101", "n1")],
        why="AK nurse: bleeding diagnosis, patient and relatives not yet informed")

    C("d145-inko-utkast-prostatacancer-ej-informerad", "vgr", "1944-01-05", [
        N("n1", "V_INKO_ALI", ("Therese Gustavsson", SSK), "2024-06-05T15:50", [
            ("Provsvar", "Prostatabiopsi: adenocarcinom Gleason 4+3 i 5 av 12 biopsier."),
            ("Planering", "Pat ej informerad, urolog dr Nyberg ger besked vid besök 12/6."),
        ], tpl="Provsvar", signed=None)],
        must=[("NL101", "n1")],
        why="unsigned draft: prostate cancer with 'Pat ej informerad'")

    C("d145-hsv-lang-journal-aortastenos-ej-berattat", "skane", "1941-03-18", [
        N("n1", "S_HSV_HBG", ("Pia Mårtensson", SSK), "2024-10-17T09:20", [
            ("Kontaktorsak", "Uppföljande ssk-besök, hjärtsvikt med bevarad EF sedan 2022."),
            ("Anamnes", "Tilltagande andfåddhet i uppförsbackar sedan sommaren och yrsel två gånger när hon burit matkassar. Ingen bröstsmärta. Sover plant med en kudde. Bor med maken i radhus, sköter hushållet själv."),
            ("Status", "AT gott. BT 138/76, puls 68 regelbunden. Vikt 70,4 kg (70,9). Hjärta: systoliskt blåsljud 3/6 med max i 2:a interkostalrummet hö, fortleds till halsen. Lungor: inga rassel. Ben: inga ödem."),
            ("Läkemedel", "Furix 20 mg x 1, Forxiga 10 mg x 1, Enalapril 5 mg x 2. Tar medicinerna själv, dosett."),
            ("Utredning", "UCG 10/10: aortastenos, medelgradient 46 mmHg, klaffarea 0,8 cm2, bevarad EF 58 %. Dr Lindgren bedömer svår aortastenos."),
            ("Information", "Dr har ännu inte berättat för pat om aortastenosen, UCG-svaret gås igenom på läkarbesöket på fredag."),
            ("Åtgärd", "Pat avråds från tunga lyft och ansträngning i uppförsbackar tills vidare. Viktdagbok fortsätter."),
            ("Planering", "Läkarbesök fredag 18/10, ssk närvarar. Nästa ssk-kontroll efter läkarbesöket."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must=[("NL101", "n1")],
        why="long chart; one Information line says the diagnosis in Utredning has not been told")

    C("d145-kir-levermetastaser-vet-inte-om-det", "vgr", "1966-08-21", [
        N("n1", "V_KIR_NAL", ("Linnéa Berg", SSK), "2024-07-16T14:25", [
            ("Aktuellt", "DT buk inför återläggning av stomat visar två levermetastaser."),
            ("Kommentar", "Pat vet inte om det än – kirurgen vill ha MDK först. Jag ska vara med när beskedet ges."),
        ], tpl="Stomisjuksköterska", signed=None)],
        must=[("NL101", "n1")],
        why="colloquial 'Pat vet inte om det än' about liver metastases")

    C("d145-endo-makroadenom-sag-inget", "skane", "1978-11-28", [
        N("n1", "S_ENDO_MAS", ("Josefin Ek", SSK), "2024-08-22T12:05", [
            ("Provsvar", "Prolaktin 4200, MR hypofys visar makroadenom 18 mm."),
            ("Kommentar", "Säg inget till pat om MR-svaret om han ringer, dr ringer själv efter röntgenronden."),
        ], tpl="Provsvar ssk", signed=None)],
        must=[("NL101", "n1")],
        why="imperative 'Säg inget till pat' to colleagues; pituitary adenoma in visible Provsvar")

    C("d145-mvc-graviditetsdiabetes-annu-ej-informerad", "vgr", "1993-05-14", [
        N("n1", "V_MVC_OST", ("Hanna Lövgren", SSK), "2024-08-29T10:00", [
            ("Provsvar", "OGTT v. 26: 2-timmarsvärde 10,4. Uppfyller kriterierna för graviditetsdiabetes."),
            ("Planering", "Pat ännu ej informerad, diabetesbarnmorska och dr ringer i morgon förmiddag. Mätarutlämning planeras samma vecka."),
        ], tpl="Diabetessjuksköterska", signed=None)],
        must=[("NL101", "n1")],
        why="gestational diabetes criteria met; 'ännu ej informerad' in Planering")

    C("d145-dfot-osteomyelit-har-inte-informerats", "skane", "1961-09-09", [
        N("n1", "S_DFOT_MAS", ("Petra Holmberg", SSK), "2024-04-29T11:35", [
            ("Provsvar", "MR vä fot: osteomyelit i grundfalangen dig II."),
            ("Åtgärd", "Pat har inte informerats om MR-fyndet ännu; ortoped dr Svensson informerar vid besöket 7/5 och diskuterar då amputation av tån. Såret lagt om med Sorbact."),
        ], tpl="Diabetesfotsjuksköterska")],
        must=[("NL101", "n1")],
        why="'har inte informerats ... ännu' about osteomyelitis in a diabetes foot clinic")

    C("d145-stomi-crohn-fistel-besked-vantar", "vgr", "1990-10-27", [
        N("n1", "V_STOMI_SU", ("Helena Olofsson", SSK), "2024-11-07T13:20", [
            ("Stomistatus", "Ileostomi, huden hel. Liten öppning kl 3 två cm från stomat med grumligt sekret."),
            ("Utredning", "Fistulografi 5/11: enterokutan fistel utgående från neoterminala ileum, förenlig med Crohnrecidiv enligt röntgensvaret."),
            ("Kommentar", "Fistulografisvaret är inte kommunicerat med pat ännu, dr Bergström tar det vid mottagningsbesöket."),
        ], tpl="Stomiterapeut mottagning")],
        must=[("NL101", "n1")],
        why="'inte kommunicerat med pat ännu' about a fistula diagnosis in visible Utredning")

    # ------------------------------------------------------------ NL101 must_not
    C("d145-hsv-informerades-av-dr-i-februari", "skane", "1955-06-18", [
        N("n1", "S_HSV_HBG", ("Emma Sandberg", SSK), "2024-03-01T13:00", [
            ("Aktuellt", "Första ssk-besöket på hjärtsviktsmottagningen. Pat informerades av dr Lindgren 12/2 om hjärtsvikten och har läst på 1177 sedan dess."),
            ("Undervisning", "Genomgång av egenvård: daglig vikt, vätska max 1,5-2 l, symtom att reagera på. Viktdagbok utlämnad."),
        ], tpl="Hjärtsviktssjuksköterska nybesök")],
        must_not=[("NL101", "n1")],
        why="patient told earlier by the doctor; nurse only documents that")

    C("d145-ak-tel-informerat-pa-dr-uppdrag", "vgr", "1958-12-02", [
        N("n1", "V_AK_UDD", ("Nina Petrović", SSK), "2024-04-30T10:40", [
            ("Telefonkontakt", "Ringt pat på uppdrag av dr Ahmadi. Informerat om att långtids-EKG visat förmaksflimmer och att dr rekommenderar Eliquis 5 mg x 2."),
            ("Åtgärd", "Recept skickat av dr. Pat förstår informationen och har inga frågor just nu."),
        ], tpl="AK-mottagning telefon")],
        must_not=[("NL101", "n1")],
        why="nurse tells the diagnosis today on the doctor's behalf")

    C("d145-diab-ej-informerad-om-datum", "skane", "1964-05-09", [
        N("n1", "S_DIAB_MAS", ("Jenny Åkesson", SSK), "2024-03-18T14:30", [
            ("Aktuellt", "Typ 2-diabetes sedan 2015, pat väl insatt i sin sjukdom. HbA1c 53."),
            ("Planering", "Tid för fotundersökning ej bestämd och pat ej informerad om datum, kallelse skickas hem."),
        ], tpl="Diabetessjuksköterska")],
        must_not=[("NL101", "n1")],
        why="what is not yet told is a date; the diabetes is long known")

    C("d145-hsv-ej-underrattad-om-remiss", "vgr", "1949-09-19", [
        N("n1", "V_HSV_KUN", ("Ida Karlsson", SSK), "2024-04-17T11:10", [
            ("Aktuellt", "Hjärtsvikt med bevarad EF, stabil. Dr Axelsson har skrivit remiss till fysioterapeut för hjärtrehabilitering."),
            ("Kommentar", "Pat ej underrättad om att remissen gått iväg, får kallelse hem."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must_not=[("NL101", "n1")],
        why="only the sent referral is untold, not a diagnosis")

    C("d145-diab-normalt-hba1c-ej-meddelad", "skane", "1971-01-20", [
        N("n1", "S_DIAB_KRI", ("Therese Nordin", SSK), "2024-06-03T15:05", [
            ("Aktuellt", "Kostbehandlad typ 2-diabetes."),
            ("Provsvar", "HbA1c 44, inom individuellt mål. Lipider och krea ua."),
            ("Planering", "Pat ej meddelad ännu, svarsbrev skickas i dag."),
        ], tpl="Provsvar ssk", signed=None)],
        must_not=[("NL101", "n1")],
        why="untold item is a normal result; the known diagnosis is not news")

    C("d145-stomi-operationsdatum-ej-informerad", "vgr", "1982-04-30", [
        N("n1", "V_STOMI_SU", ("Rebecka Falk", SSK), "2024-09-19T09:45", [
            ("Aktuellt", "Loop-ileostomi efter kolektomi för ulcerös kolit i våras, pat väl förtrogen med skötseln."),
            ("Planering", "Datum för återläggning ej satt. Pat ej informerad om operationsdatum då schemat inte är klart."),
        ], tpl="Stomiterapeut mottagning")],
        must_not=[("NL101", "n1")],
        why="what is untold is the operation date")

    C("d145-skane-mall-th-sarkoidos-skyddad", "skane", "1962-02-06", [
        N("n1", "S_HJART_LUND", ("Ulrika Wendt", SSK), "2024-10-03T16:00", [
            ("Bedömning", "MR hjärta inger misstanke om kardiell sarkoidos. Pat ej informerad, dr vill ha PET-DT först."),
        ], tpl="Tidiga hypoteser")],
        must_not=[("NL101", "n1"), ("NL102", "n1")],
        why="Skåne: untold hedged diagnosis kept in the Tidiga hypoteser template")

    C("d145-vgr-sokord-th-untold-synligt-neutralt", "vgr", "1968-07-28", [
        N("n1", "V_LUNG_SAS", ("Jessica Holm", SSK), "2024-05-10T13:35", [
            ("Telefonkontakt", "Pat ringer och frågar efter svaret på DT thorax. Svarat att dr går igenom det vid besöket 15/5."),
            ("Tidiga hypoteser", "DT thorax: misstänkt malignitet vä underlob, 2,4 cm. Pat ej informerad, dr vill ge beskedet personligen."),
        ], tpl="Lungsjuksköterska")],
        must_not=[("NL101", "n1"), ("NL102", "n1")],
        why="VGR: untold finding only under sökord Tidiga hypoteser; the visible section names no diagnosis")

    C("d145-kol-pat-informerad-hustrun-ej", "skane", "1950-11-14", [
        N("n1", "S_KOL_KRI", ("Johan Wikström", SSK), "2024-06-12T10:20", [
            ("Bedömning", "Dr Persson har inforemrat pat om KOL-diagnosen idag."),
            ("Kommentar", "Pat vill inte att hustrun informeras ännu, hon är själv sjuk. Respekteras."),
        ], tpl="Lungsjuksköterska")],
        must_not=[("NL101", "n1")],
        why="the patient knows (typo inforemrat); only the wife is not told")

    C("d145-inko-prostatacancer-dottern-ej", "vgr", "1942-12-09", [
        N("n1", "V_INKO_FSS", ("Anna Widell", SSK), "2024-05-27T14:15", [
            ("Aktuellt", "Pat fick beskedet om prostatacancer av urologen förra veckan. Önskar att dottern inte får veta något förrän efter hennes bröllop i juni."),
            ("Åtgärd", "Utprovning av inkontinensskydd inför operationen, Tena Men nivå 2."),
        ], tpl="Inkontinensmottagning")],
        must_not=[("NL101", "n1")],
        why="patient told; the untold person is his daughter")

    C("d145-stomi-crohn-inget-om-information", "skane", "1970-09-01", [
        N("n1", "S_STOMI_LUND", ("Sofia Ekberg", SSK), "2024-08-08T11:00", [
            ("Stomistatus", "Ileostomi sedan 2018 pga Crohns sjukdom. Stomat 30 mm, lätt retraherat. Huden runt stomat hel."),
            ("Åtgärd", "Provat ut konvex platta, pat nöjd. Förskrivning i hjälpmedelsportalen."),
        ], tpl="Stomiterapeut mottagning")],
        must_not=[("NL101", "n1")],
        why="diagnosis present, nothing said about telling")

    C("d145-hsv-hyperkalemi-dr-ej-nadd", "vgr", "1945-04-26", [
        N("n1", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-07-11T13:50", [
            ("Provsvar", "K 6,4, hyperkalemi. Krea 155."),
            ("Åtgärd", "Ansvarig dr ej informerad ännu, söker via växeln. Pat informerad per telefon, tar inte kvällens Spironolakton och lämnar nytt prov i morgon bitti."),
        ], tpl="Provsvar")],
        must_not=[("NL101", "n1")],
        why="the one not informed is the doctor; the patient has been told")

    C("d145-sar-hemsjukvarden-ej-informerad-pat-vet", "skane", "1936-05-15", [
        N("n1", "S_SAR_TRB", ("Malin Persson", SSK), "2024-09-05T14:10", [
            ("Aktuellt", "Pat informerad av dr Berg i går om att såret orsakas av pyoderma gangrenosum. Hemsjukvården är ännu inte informerad om diagnosen."),
            ("Åtgärd", "Ringer hemsjukvården i eftermiddag och skickar ny omläggningsordination, ingen mekanisk debridering."),
        ], tpl="Sårbehandling")],
        must_not=[("NL101", "n1")],
        why="the home care team is uninformed, not the patient")

    C("d145-ak-ej-informerad-om-dosandring", "vgr", "1952-08-02", [
        N("n1", "V_AK_UDD", ("Maja Sundqvist", SSK), "2024-10-10T11:55", [
            ("Provsvar", "Förmaksflimmer, Waran sedan 2019. PK 1,7."),
            ("Åtgärd", "Ny dos 5 mg alla dagar utom fredag 7,5 mg. Pat ej informerad om dosändringen ännu, ringer efter kl 15."),
        ], tpl="AK-mottagning")],
        must_not=[("NL101", "n1")],
        why="untold item is a Waran dose change")

    C("d145-hsv-normal-ucg-ej-informerad", "skane", "1967-07-30", [
        N("n1", "S_HSV_HBG", ("Emma Sandberg", SSK), "2024-11-14T10:30", [
            ("Utredning", "UCG: normal systolisk funktion, EF 58 %, ingen hjärtsvikt."),
            ("Planering", "Pat ej informerad, dr skickar svarsbrev."),
        ], tpl="Provsvar ssk")],
        must_not=[("NL101", "n1")],
        why="untold echo result is normal (no heart failure)")

    C("d145-inko-sedan-tidigare-informerad-av-urolog", "vgr", "1939-02-11", [
        N("n1", "V_INKO_ALI", ("Therese Gustavsson", SSK), "2024-08-13T09:30", [
            ("Anamnes", "Pat sedan tidigare informerad om sin prostatacancer av urolog, behandlas med Zoladex."),
            ("Aktuellt", "Söker nu för urinläckage efter strålbehandlingen, 4-5 skydd per dygn."),
            ("Åtgärd", "Provar ut uridom, pat tränar själv på att sätta den."),
        ], tpl="Inkontinensmottagning")],
        must_not=[("NL101", "n1")],
        why="'sedan tidigare informerad' - told earlier")

    C("d145-barndiab-celiaki-besked-via-1177", "skane", "2018-04-03", [
        N("n1", "S_BDIAB_HBG", ("Ayla Demir", SSK), "2024-11-21T13:25", [
            ("Telefonkontakt", "Besked om celiakin lämnat till mamman via 1177 i går enligt dr Wallin. Familjen har läst och ringer nu med frågor om glutenfri kost."),
            ("Åtgärd", "Dietist bokad 28/11, gett tips om Svenska Celiakiförbundets material."),
        ], tpl="Telefonanteckning")],
        must_not=[("NL101", "n1")],
        why="child under 13: the guardian was told via 1177 yesterday")

    C("d145-kol-dr-informerat-gangtest-nasta-gang", "vgr", "1956-12-22", [
        N("n1", "V_KOL_NAL", ("Mikael Strand", SSK), "2024-02-28T14:40", [
            ("Aktuellt", "Dr Carlsson informerade pat om KOL-diagnosen vid förra besöket."),
            ("Åtgärd", "6-minuters gångtest idag: 380 m, SpO2 lägst 89 %."),
            ("Planering", "Resultatet av gångtestet går dr igenom vid nästa besök."),
        ], tpl="Astma/KOL-sjuksköterska")],
        must_not=[("NL101", "n1")],
        why="diagnosis told; only a walk-test result is pending for the next visit")

    C("d145-sar-pad-ingen-malignitet-ej-info", "skane", "1947-03-03", [
        N("n1", "S_SAR_TRB", ("Malin Persson", SSK), "2024-07-18T10:05", [
            ("Provsvar", "PAD från sårkanten: kronisk inflammation, ingen malignitet."),
            ("Planering", "Pat ej informerad om PAD-svaret, ringer i morgon."),
        ], tpl="Sårbehandling")],
        must_not=[("NL101", "n1")],
        why="untold biopsy shows no malignancy - a normal result")

    C("d145-hsv-typo-infomerad-om-diagnosen", "vgr", "1951-06-29", [
        N("n1", "V_HSV_KUN", ("Ida Karlsson", SSK), "2024-06-27T13:45", [
            ("Aktuellt", "Pat infomerad om hjärtsviktsdiagnosen av dr Axelsson i tisdags, kommer nu för första ssk-besöket."),
            ("Status", "BT 126/74, puls 72, vikt 88,2. Lätta ankelödem bilat."),
        ], tpl="Hjärtsviktssjuksköterska nybesök")],
        must_not=[("NL101", "n1")],
        why="typo 'infomerad' in an affirmative: the patient was told")

    C("d145-uro-ic-tidigare-delgivits", "skane", "1958-10-25", [
        N("n1", "S_URO_HLM", ("Camilla Öberg", SSK), "2024-10-29T14:00", [
            ("Aktuellt", "Diagnosen interstitiell cystit har tidigare delgivits pat av urolog. Nu för blåsinstillation nr 3."),
            ("Åtgärd", "Instillation utförd utan komplikationer, pat behöll lösningen 30 min."),
        ], tpl="Uroterapeut")],
        must_not=[("NL101", "n1")],
        why="'har tidigare delgivits' - told earlier; looks like 'ej delgivits' negative phrasing")

    C("d145-mvc-inte-informerad-nar-hon-ringde-men-sedan", "vgr", "1990-12-12", [
        N("n1", "V_MVC_OST", ("Hanna Lövgren", SSK), "2024-09-25T11:15", [
            ("Telefonkontakt", "Pat var inte informerad om graviditetsdiabetesen när hon ringde i tisdags, men dr Holm har sedan pratat med henne."),
            ("Åtgärd", "Mätare utlämnad, mäter fastande och 1,5 h efter måltid. Kostråd givna."),
        ], tpl="Diabetessjuksköterska")],
        must_not=[("NL101", "n1")],
        why="past 'inte informerad' is superseded: the doctor has since told her")

    C("d145-hjart-ej-informerad-om-provsvaren-varden", "skane", "1948-01-16", [
        N("n1", "S_HJART_LUND", ("Ulrika Wendt", SSK), "2024-12-03T09:40", [
            ("Aktuellt", "Känd hjärtsvikt sedan 2021, kontroll efter dosjustering av Furix."),
            ("Provsvar", "Krea 88, K 4,1, Na 139."),
            ("Planering", "Pat ej informerad om provsvaren än, ringer efter lunch."),
        ], tpl="Hjärtsviktssjuksköterska")],
        must_not=[("NL101", "n1")],
        why="untold items are ordinary lab values; the diagnosis is long known")

    C("d145-diab-dietistbesok-flyttat", "vgr", "1995-02-25", [
        N("n1", "V_DIAB_OST", ("Maria Nilsson Törnqvist", SSK), "2024-12-10T10:30", [
            ("Aktuellt", "Typ 1-diabetes sedan 12 års ålder, Omnipod 5. Tid i mål 68 %."),
            ("Kommentar", "Pat ej informerad om att dietistbesöket flyttats till 18/12, skickar meddelande via 1177."),
        ], tpl="Diabetessjuksköterska")],
        must_not=[("NL101", "n1")],
        why="untold item is a moved appointment")

    C("d145-kol-tva-anteckningar-ssk-efter-besked", "skane", "1963-04-21", [
        N("n1", "S_KOL_KRI", ("Anders Persson", LAK), "2024-03-25T16:30", [
            ("Bedömning", "Bronkoskopi med EBUS: icke-nekrotiserande granulom, lungsarkoidos stadium II. Pat ej informerad, bokas på mottagningen på torsdag."),
        ], tpl="Läkaranteckning"),
        N("n2", "S_KOL_KRI", ("Johan Wikström", SSK), "2024-03-28T14:50", [
            ("Aktuellt", "Dr Persson har idag gett pat beskedet om sarkoidos, ssk närvarande vid samtalet."),
            ("Åtgärd", "Informationsmaterial om sarkoidos utlämnat, kontaktssk-uppgifter givna. Pat vill ha uppföljande samtal om två veckor."),
        ], tpl="Lungsjuksköterska")],
        must_not=[("NL101", "n2")],
        why="assert on the nurse's later note: the diagnosis the doctor withheld has now been told")

    C("d145-sar-ej-informerad-om-besokstider", "vgr", "1944-06-17", [
        N("n1", "V_SAR_MOL", ("Åsa Friberg", SSK), "2024-10-24T14:35", [
            ("Sårstatus", "Venöst bensår vä, 5x3 cm, rent. Kompression tolereras."),
            ("Kommentar", "Pat ej informerad om hemsjukvårdens nya besökstider, de ringer henne själva."),
        ], tpl="Sårbehandling")],
        must_not=[("NL101", "n1")],
        why="untold item is home-care visiting times")

    C("d145-hsv-holter-utan-fla-ej-meddelad", "vgr", "1960-11-08", [
        N("n1", "V_HSV_SKV", ("Karin Sjöholm", SSK), "2024-11-26T15:10", [
            ("Provsvar", "Holter 72 h utan förmaksflimmer, inga pauser. Enstaka VES."),
            ("Planering", "Pat ej meddelad, dr ringer i veckan."),
        ], tpl="Provsvar ssk")],
        must_not=[("NL101", "n1")],
        why="untold Holter result is negative for atrial fibrillation")

    C("d145-barndiab-foraldrar-informerade-igar", "vgr", "2016-09-19", [
        N("n1", "V_BDIAB_DS", ("Sara Lindén", SSK), "2024-03-20T10:25", [
            ("Aktuellt", "Föräldrarna informerades av dr Holm i går om att Ebbe har typ 1-diabetes. Ebbe vårdas på avd 332, första undervisningspasset idag."),
            ("Undervisning", "Visat blodsockermätning och pennan för pappa, mamma vill öva i morgon."),
        ], tpl="Diabetessjuksköterska barn", setting="slutenvård")],
        must_not=[("NL101", "n1")],
        why="child under 13: guardians were told yesterday")

    C("d145-sar-pat-har-redan-last-svaret", "vgr", "1941-08-31", [
        N("n1", "V_SAR_MOL", ("Åsa Friberg", SSK), "2024-06-13T13:55", [
            ("Telefonkontakt", "Pat ringer, har redan läst PAD-svaret om skivepitelcancer i Journalen innan dr hann ringa. Orolig, vill veta vad som händer nu."),
            ("Åtgärd", "Bekräftat svaret och förklarat att remiss till plastikkirurg är skickad. Dr ringer henne i eftermiddag för samtal."),
        ], tpl="Telefonanteckning")],
        must_not=[("NL101", "n1")],
        why="patient already knows: she read the result herself and the nurse confirmed it")

    C("d145-diab-ssk-gav-beskedet-lada", "skane", "1981-06-05", [
        N("n1", "S_DIAB_MAS", ("Annika Bergqvist", SSK), "2024-03-05T11:40", [
            ("Telefonkontakt", "Enl ordination från dr Axelsson har jag idag informerat pat om att GAD-ak är positiva och att diagnosen är LADA. Pat ledsen men förberedd."),
            ("Planering", "Fortsatt Lantus, tillägg av måltidsinsulin diskuteras vid besöket 19/3."),
        ], tpl="Diabetessjuksköterska telefon")],
        must_not=[("NL101", "n1")],
        why="the nurse gave the diagnosis herself today")


# ================================================================= build + validate
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CODES = {"NL101", "NL102"}


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build():
    part1()
    part2()
    errors = []
    names = set()
    sentences = {}
    out = []
    for i, c in enumerate(CASES):
        name = c["name"]
        where = name
        if not name.startswith("d145-"):
            errors.append("%s: bad prefix" % where)
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            errors.append("%s: bad ruleset" % where)
        serial = "%03d" % ((211 + i * 37) % 900 + 20)
        pid = pnr(c["birth"], serial)
        # Luhn + birth check
        digits = pid.replace("-", "")
        if digits[:8] != c["birth"].replace("-", ""):
            errors.append("%s: pnr/birth mismatch" % where)
        if luhn_check(digits[2:11]) != int(digits[11]):
            errors.append("%s: Luhn" % where)
        try:
            dt.date.fromisoformat(c["birth"])
        except ValueError:
            errors.append("%s: bad birth date" % where)
        notes = c["notes"]
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            errors.append("%s: duplicate note ids" % where)
        last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
        for n in notes:
            for s in (n["signed"],):
                if s is not None:
                    sd = dt.datetime.fromisoformat(s)
                    if sd.year != 2024 or sd < dt.datetime.fromisoformat(n["time"]):
                        errors.append("%s: bad signed time" % where)
                    last = max(last, sd)
        as_of = dt.datetime.combine(last.date() + dt.timedelta(days=1), dt.time(0, 0))
        if as_of.year != 2024:
            errors.append("%s: as_of outside 2024" % where)
        for n in notes:
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errors.append("%s: note time outside 2024" % where)
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: bad system" % where)
            if rs == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % where)
            if rs == "vgr" and not n["unit"]["hsa_id"].startswith(V):
                errors.append("%s: VGR case with non-VGR unit" % where)
            if rs == "skane" and not n["unit"]["hsa_id"].startswith(S):
                errors.append("%s: Skåne case with non-Skåne unit" % where)
            for when in (t, as_of):
                a = age_at(c["birth"], when)
                if 13 <= a <= 15 or a < 0:
                    errors.append("%s: patient age %d not allowed" % (where, a))
            if not n["sections"]:
                errors.append("%s: note without sections" % where)
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    errors.append("%s: empty section" % where)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            errors.append("%s: sentence repeated (also in %s): %s"
                                          % (where, sentences[sent], sent))
                        else:
                            sentences[sent] = name
        byid = {n["id"]: n for n in notes}
        seen = set()
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in CODES:
                    errors.append("%s: unexpected code %s" % (where, code))
                if target not in byid:
                    errors.append("%s: target %s missing" % (where, target))
                    continue
                if (code, target) in seen:
                    errors.append("%s: %s/%s in both lists or twice" % (where, code, target))
                seen.add((code, target))
                sysname = byid[target]["system"]
                if code == "NL102" and kind == "must" and sysname != "Melior":
                    errors.append("%s: NL102 must on non-Melior" % where)
                if code == "NL102" and sysname not in ("Melior", "PMO"):
                    errors.append("%s: NL102 on unknown system" % where)
                if code == "NL101" and sysname == "PMO":
                    errors.append("%s: NL101 asserted on PMO" % where)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: nothing asserted" % where)
        if not c["why"]:
            errors.append("%s: missing why" % where)
        rec = {
            "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
            "as_of": fmt(as_of),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        obj = {"case": name, "ruleset": rs, "record": rec,
               "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
        keys = ["case", "ruleset", "record", "must", "must_not", "why"]
        if list(obj.keys()) != keys:
            errors.append("%s: keys" % where)
        out.append(obj)
    # NL102 must only on Melior is checked above; also check PMO hedge cases are must_not
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for obj in out:
        for kind in ("must", "must_not"):
            for code, _ in obj[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rsc = {}
    for obj in out:
        rsc[obj["ruleset"]] = rsc.get(obj["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))
    print("  rulesets:", rsc)
    return 0


if __name__ == "__main__":
    sys.exit(build())
