#!/usr/bin/env python3
"""dev74 — addiction medicine and eating disorder units (NL101 / NL102).

Standard library only, deterministic. Running it writes cases.jsonl beside this
file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []

# ---------------------------------------------------------------- helpers

def luhn_check(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def P(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits (third digit odd = male)."""
    ymd = birth.replace("-", "")
    nine = ymd[2:] + serial
    return {"id": ymd + "-" + serial + luhn_check(nine),
            "birth_date": birth, "protected_identity": False}


UNITS = {
    # Region Skåne, Melior
    "s_abst_ma": ("Beroendecentrum Malmö, Abstinensavdelning 6, Psykiatri Skåne", "SE2321000255-4B61"),
    "s_ber_malmo_mott": ("Beroendecentrum Malmö, Mottagning Nord", "SE2321000255-4B72"),
    "s_ber_lund": ("Beroendemottagningen Lund, Psykiatri Skåne", "SE2321000255-3L18"),
    "s_ber_hbg": ("Beroendemottagningen Helsingborg, Psykiatri Skåne", "SE2321000255-5H40"),
    "s_abst_hbg": ("Beroendeavdelningen, Helsingborgs lasarett", "SE2321000255-5H47"),
    "s_psyk_hlm": ("Psykiatriavdelning 3, Hässleholms sjukhus", "SE2321000255-8P03"),
    "s_atst_lund": ("Ätstörningsmottagningen vuxna, Psykiatri Skåne Lund", "SE2321000255-3A55"),
    "s_atst_malmo": ("Ätstörningsmottagningen, Psykiatri Skåne Malmö", "SE2321000255-4A90"),
    "s_atst_hbg": ("Ätstörningsmottagningen vuxna, Helsingborg", "SE2321000255-5A12"),
    "bup_atst_lund": ("BUP Ätstörningsenheten Skåne, Lund", "SE2321000255-3B77"),
    "bup_atst_malmo": ("BUP Ätstörningsteamet, Malmö", "SE2321000255-4B09"),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-5B26"),
    "s_med3_ma": ("Medicinavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-4M33"),
    "s_med_ystad": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-9M14"),
    "s_med_trbg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-9T62"),
    "s_med_krist": ("Medicinavdelning 12, Centralsjukhuset Kristianstad", "SE2321000255-7K12"),
    "s_akut_krist": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K01"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5H01"),
    "s_kard_krist": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K48"),
    "s_gastro_ma": ("Levermottagningen, Gastroenterologi och hepatologi, SUS Malmö", "SE2321000255-4G21"),
    "s_inf_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3I06"),
    "s_neuro_lund": ("Neurologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3N44"),
    "s_kir_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-5K19"),
    "s_orto_ystad": ("Ortopedavdelning 5, Ystads lasarett", "SE2321000255-9O05"),
    # Region Skåne, PMO (primärvård)
    "p_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-P1L7"),
    "p_vc_husensjo": ("Vårdcentralen Husensjö, Helsingborg", "SE2321000255-P2H3"),
    "p_um_malmo": ("Ungdomsmottagningen Malmö", "SE2321000255-P4U1"),
    "p_hsv_trbg": ("Hemsjukvården Trelleborg", "SE2321000255-P9H2"),
    "p_vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-P8S5"),
    # Västra Götalandsregionen, Melior
    "v_ber_avd366": ("Beroendeavdelning 366, Sahlgrenska universitetssjukhuset", "SE2321000131-E366"),
    "v_ber_troll": ("Beroendemottagningen, NU-sjukvården Trollhättan", "SE2321000131-N214"),
    "v_ber_udd": ("Beroendemottagningen, NU-sjukvården Uddevalla", "SE2321000131-N231"),
    "v_ber_angered": ("Beroendemottagningen Angered, Sahlgrenska universitetssjukhuset", "SE2321000131-E402"),
    "v_ber_skovde_mott": ("Beroendemottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K118"),
    "v_ber_skovde_avd": ("Beroendeavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K120"),
    "v_atst_su": ("Ätstörningsmottagningen, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E510"),
    "v_atst_su_avd": ("Ätstörningsenheten dygnsvård, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E514"),
    "v_atst_boras": ("Ätstörningsmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-S077"),
    "v_med_sas": ("Medicinavdelning 14, Södra Älvsborgs sjukhus Borås", "SE2321000131-S014"),
    "v_med_alingsas": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-A031"),
    "v_med_kungalv": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-G022"),
    "v_akut_nal": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-N001"),
    "v_akut_sahl": ("Akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E001"),
    "v_gastro_mott": ("Gastroenterologi- och hepatologimottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E136"),
    "v_gastro_avd": ("Avdelning 136, Gastroenterologi och hepatologi, Sahlgrenska universitetssjukhuset", "SE2321000131-E137"),
    "v_inf_ostra": ("Infektionsmottagningen, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E221"),
    "v_neuro_skovde": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K301"),
    "v_minne_molndal": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E618"),
    "v_barn_dsbus": ("Barn- och ungdomsmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E705"),
    "v_endo_nal": ("Endoskopienheten, NÄL Trollhättan", "SE2321000131-N077"),
}

PMO_UNITS = {k for k in UNITS if k.startswith("p_")}


def N(nid, unit, template, author, role, time, sections, signed=35,
      setting="öppenvård", refs=()):
    """A note. signed: minutes after `time`, or None for an unsigned draft.
    System follows the unit: PMO for primary care units, otherwise Melior."""
    name, hsa = UNITS[unit]
    t = datetime.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    if signed is None:
        sig = None
    else:
        sig = (t + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:00")
    return {
        "id": nid,
        "system": "PMO" if unit in PMO_UNITS else "Melior",
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"),
        "signed": sig,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        as_of = (last.date() + datetime.timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    if name in DRAFTS:
        notes[0]["signed"] = None
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {"patient": patient, "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# about one note in ten is an unsigned draft (the pre-signing case)
DRAFTS = {
    "d74-vgr-kan-rora-sig-om-arfid",
    "d74-skane-kan-ej-utesluta-bulimi",
    "d74-vgr-talar-emot-refeeding",
    "d74-skane-eventuellt-dxa-plan-bulimi",
    "d74-vgr-bulimi-ej-formedlad",
    "d74-skane-alkoholberoende-ej-kommunicerat-ambivalent",
    "d74-vgr-mojligt-hepatorenalt-syndrom",
    "d74-skane-ej-berattat-for-arbetsgivaren",
    "d74-vgr-informerad-peth-haller-inte-med",
    "d74-skane-barnmed-trol-arfid-11ar",
}

M102 = ("NL102", "n1")
M101 = ("NL101", "n1")

# ================================================================
# Part A — NL102 positives: hedged diagnosis in a visible section
# ================================================================

C("d74-skane-misstankt-wernicke-abstinensavd", "skane", P("1968-03-14", "231"), [
    N("n1", "s_abst_ma", "Läkaranteckning", "Ahmad Haddad", "läkare", "2024-02-06T10:15", [
        ("Aktuellt", "Dag 2 på avdelningen efter planerad inläggning för abstinensbehandling. Nattpersonalen rapporterar att pat varit desorienterad och gått vinglande till toaletten."),
        ("Status", "Vaken, desorienterad till tid och plats. Horisontell nystagmus bilat vid blick åt sidorna. Bredbent ostadig gång, klarar ej linjegång. Lätt tremor. P 96, BT 148/92."),
        ("Bedömning", "Misstänkt Wernickes encefalopati hos pat med långvarigt alkoholberoende och dåligt näringsintag senaste månaderna."),
        ("Åtgärd", "Tiamin 500 mg x 3 iv i tre dygn, därefter 250 mg x 1 iv. Glukos ges först efter tiamin. Neurokonsult begärd."),
    ], setting="slutenvård")],
    [M102], [], "Misstänkt Wernickes encefalopati i Bedömning på abstinensavdelning: hedged diagnosis in a visible Melior section.")

C("d74-vgr-trol-alkoholhepatit-akut", "vgr", P("1979-11-02", "482"), [
    N("n1", "v_akut_nal", "Läkaranteckning", "Johanna Karlsson", "läkare", "2024-01-19T22:40", [
        ("Anamnes", "44-årig kvinna med känt alkoholberoende, dricker enl egen uppgift en flaska vin om dagen sedan flera år. Tilltagande gulsot senaste två veckorna, svullen buk, ingen feber."),
        ("Status", "Ikterisk. Buk: lätt utspänd, öm under höger arcus, leverkant palp tre tvärfingrar nedom arcus. Inga spider naevi."),
        ("Provsvar", "Bilirubin 142, ASAT 188, ALAT 71, GT 980, PK 1,6, albumin 27, LPK 14,2."),
        ("Bedömning", "Trol. alkoholhepatit. Maddrey DF beräknas till 41."),
        ("Planering", "Inläggning medicin. Ställningstagande till prednisolon efter UL lever och odlingar."),
    ])],
    [M102], [], "'Trol. alkoholhepatit' on the emergency ward: abbreviated hedge on a diagnosis, visible in VGR Melior.")

C("d74-skane-fibroscan-forenlig-med-cirros", "skane", P("1961-07-22", "613"), [
    N("n1", "s_gastro_ma", "Mottagningsanteckning", "Karin Lindqvist", "läkare", "2024-03-05T09:30", [
        ("Aktuellt", "Remitterad från Beroendemottagningen Lund p.g.a. förhöjda levervärden och trombocytopeni."),
        ("Undersökningsfynd", "Fibroscan idag: 24,3 kPa (IQR/M 12 %), CAP 310 dB/m."),
        ("Bedömning", "Leverstelheten är förenlig med levercirros, sannolikt på alkoholbas."),
        ("Planering", "UL buk och gastroskopi för varicescreening. Åter om sex veckor."),
    ])],
    [M102], [], "'förenlig med levercirros' after Fibroscan: a compatible-with hedge stands in a visible Bedömning.")

C("d74-vgr-kan-rora-sig-om-arfid", "vgr", P("2004-05-19", "328"), [
    N("n1", "v_atst_su", "Läkaranteckning", "Helena Gustafsson", "läkare", "2024-04-11T13:00", [
        ("Anamnes", "Har sedan en kvävningsepisod för två år sedan undvikit fast föda. Äter mest yoghurt, smoothies och soppa. Ingen viktfobi, vill gärna gå upp i vikt."),
        ("Status", "Längd 168 cm, vikt 47,2 kg, BMI 16,7. P 58 reg, BT 102/64. Kalla händer."),
        ("Bedömning", "Det kan röra sig om ARFID med rädsla för obehagliga konsekvenser av att äta, snarare än anorexia nervosa."),
    ])],
    [M102], [], "'kan röra sig om ARFID' at an eating disorder clinic: hedged diagnosis visible in VGR.")

C("d74-skane-bup-misstanke-atypisk-anorexi-12ar", "skane", P("2011-09-30", "164"), [
    N("n1", "bup_atst_lund", "Nybesöksanteckning", "Linnea Åkesson", "läkare", "2024-03-14T10:00", [
        ("Aktuellt", "12-årig flicka som kommer med mamma och pappa. Har sedan i höstas slutat äta mellanmål och efterrätt, tränar fotboll fem ggr/v och springer dessutom själv på kvällarna."),
        ("Status", "Vikt 36,1 kg (-6 kg sedan augusti), längd 152 cm. Fallit från +0,5 till -1,2 SD på viktkurvan. P liggande 52, stående 78."),
        ("Bedömning", "Misstanke om atypisk anorexia nervosa. Ortostatisk pulsstegring men cirkulatoriskt stabil."),
        ("Planering", "Måltidsschema tillsammans med föräldrarna, ny vägning om en vecka. EKG och lab inkl fosfat idag."),
    ])],
    [M102], [], "Child under 13 (guardians read the journal): 'Misstanke om atypisk anorexia nervosa' in a visible BUP note.")

C("d74-vgr-bild-som-vid-refeeding", "vgr", P("1997-01-08", "244"), [
    N("n1", "v_med_sas", "Läkaranteckning", "Mattias Olsson", "läkare", "2024-02-22T08:50", [
        ("Aktuellt", "Dag 3 av nutritionsbehandling via nasogastrisk sond, nu 1400 kcal/d. Pat känner sig svullen om benen och blir andfådd vid toalettbesök."),
        ("Status", "Pittingödem över tibia bilat. P 104, låg på 50–55 vid inskrivningen. SpO2 96 %."),
        ("Provsvar", "Fosfat 0,42 (0,78 igår), K 3,1, Mg 0,61."),
        ("Bedömning", "Bild som vid refeedingsyndrom med hypofosfatemi och vätskeretention."),
        ("Åtgärd", "Sänker till 1000 kcal/d. Fosfat iv enl PM, K- och Mg-substitution. Telemetri, lab två gånger dagligen."),
    ], setting="slutenvård")],
    [M102], [], "'Bild som vid refeedingsyndrom' during nutrition therapy: a looks-like hedge on a diagnosis in visible Bedömning.")

C("d74-skane-dd-wernicke-korsakoff-neurokonsult", "skane", P("1957-12-03", "415"), [
    N("n1", "s_neuro_lund", "Konsultationsanteckning", "Fredrik Ohlsson", "läkare", "2024-05-07T14:20", [
        ("Konsultation", "Ombedd bedöma minnesstörning hos inneliggande pat på medicin med långvarigt alkoholberoende."),
        ("Status", "Orienterad till person, ej till tid. Konfabulerar kring gårdagens händelser. Ingen nystagmus idag, gången något bredspårig. MMT 19/30."),
        ("Bedömning", "DD Wernickes encefalopati i regress vs begynnande Korsakoffs syndrom. Ingen fokal neurologi."),
        ("Rekommendation", "Fortsatt högdos tiamin iv ytterligare fem dagar. MR hjärna med fokus på corpora mamillaria. Ny neurobedömning om en vecka."),
    ], setting="slutenvård")],
    [M102], [], "'DD Wernicke vs Korsakoff' in a neurology consult: differential-diagnosis hedge in a visible section.")

C("d74-vgr-sannolikt-alkoholberoende-audit-peth", "vgr", P("1983-06-11", "817"), [
    N("n1", "v_ber_troll", "Nybesöksanteckning", "Ali Rahimi", "läkare", "2024-03-26T09:00", [
        ("Anamnes", "Kommer på egen vårdbegäran efter påtryckning från sambon. Dricker 4–6 starköl vardagar och mer på helgerna. Har försökt dra ner utan att lyckas, morgonskakningar senaste halvåret."),
        ("Skattning", "AUDIT 27, DUDIT 0."),
        ("Provsvar", "PEth 1,84 µmol/L, CDT 2,6 %, GT 2,1."),
        ("Bedömning", "Sannolikt alkoholberoende, uppfyller troligen minst fyra av sex kriterier. Fördjupad diagnostik med SCID vid nästa besök."),
        ("Planering", "Erbjuds akamprosat, pat vill fundera. Återbesök om två veckor."),
    ])],
    [M102], [], "'Sannolikt alkoholberoende' after AUDIT and PEth at a VGR addiction clinic: hedged diagnosis in a visible Bedömning.")

C("d74-skane-fragetecken-abstinenskramp-akut", "skane", P("1972-08-27", "559"), [
    N("n1", "s_akut_hbg", "Akutjournal", "Oskar Bengtsson", "läkare", "2024-06-15T02:10", [
        ("Aktuellt", "Inkommer med ambulans efter generaliserad kramp i hemmet enl sambo, ca två minuter. Senaste alkoholintag för 36 h sedan, dricker normalt en halv flaska sprit dagligen."),
        ("Status", "Postiktal men vaknar till, GCS 14. Tungbett lat. Svettig, tremor. P 118, BT 165/100, temp 37,6. Inga fokala neurologiska bortfall."),
        ("Bedömning", "?Abstinenskramp. Ingen tidigare känd epilepsi. CIWA-Ar 18."),
        ("Åtgärd", "Diazepam 10 mg iv, tiamin 300 mg iv. DT hjärna p.g.a. fall med skalltrauma. Läggs in på medicin."),
    ])],
    [M102], [], "A leading question mark, '?Abstinenskramp', is a hedge on a diagnosis in a visible emergency note.")

C("d74-vgr-ev-kronisk-hepatit-c-screening", "vgr", P("1990-02-17", "239"), [
    N("n1", "v_inf_ostra", "Mottagningsanteckning", "Anders Johansson", "läkare", "2024-04-03T11:10", [
        ("Aktuellt", "Remiss från sprututbytet, positiva HCV-antikroppar vid screening. Injicerat amfetamin i tio år, delat verktyg senast i höstas."),
        ("Bedömning", "Ev. kronisk hepatit C, HCV-RNA och genotyp ännu inte klara. Ingen klinisk leverpåverkan."),
        ("Planering", "Fibroscan vid nästa besök. Vid viremi planeras behandling med DAA."),
    ])],
    [M102], [("NL101", "n1")], "'Ev. kronisk hepatit C' after screening; nothing is said about what the patient was told, so NL102 only.")

C("d74-skane-kan-ej-utesluta-bulimi", "skane", P("2001-10-05", "726"), [
    N("n1", "s_atst_lund", "Nybesöksanteckning", "Eva Persson", "läkare", "2024-01-24T13:30", [
        ("Anamnes", "Hetsätningsepisoder 2–3 ggr/v sedan gymnasiet, skäms mycket. Svarar undvikande på frågor om kräkningar och laxermedel."),
        ("Status", "BMI 21,4. Svullna spottkörtlar bilat. Små sår på knogarna på höger hand."),
        ("Bedömning", "Kan ej utesluta bulimia nervosa, Russells tecken och parotissvullnad pekar i den riktningen."),
        ("Planering", "EDE-Q och fördjupad bedömning hos psykolog. Elektrolyter och amylas."),
    ])],
    [M102], [], "'Kan ej utesluta bulimia nervosa' at a Skåne eating disorder clinic is a hedge, not a negation.")

C("d74-skane-typo-misstakt-folsyrabrist", "skane", P("1964-04-29", "382"), [
    N("n1", "s_med_ystad", "Mottagningsanteckning", "Per Svensson", "läkare", "2024-02-13T10:45", [
        ("Aktuellt", "Trötthet sedan månader. Medger högt alkoholintag sedan skilsmässan, äter oregelbundet."),
        ("Provsvar", "Hb 98, MCV 111, B12 340, folat 2,1 (ref >7), TPK 121."),
        ("Bedömning", "Makrocytär anemi, misstäkt folsyrabristanemi på basen av alkohol och malnutrition."),
        ("Åtgärd", "Folsyra 5 mg x 1. Kontroll Hb och folat om sex veckor. Remiss till beroendemottagningen diskuterad."),
    ])],
    [M102], [], "Typo 'misstäkt' for misstänkt folsyrabristanemi in a visible section: still a hedged diagnosis.")

C("d74-vgr-inger-misstanke-om-pankreatit", "vgr", P("1976-09-09", "171"), [
    N("n1", "v_med_alingsas", "Läkaranteckning", "Peter Eriksson", "läkare", "2024-06-03T07:55", [
        ("Aktuellt", "Bältesformad smärta i epigastriet sedan igår kväll efter helgens supande, kräkts fyra gånger."),
        ("Status", "Smärtpåverkad. Buk: uttalad palpationsömhet i epigastriet, ingen défense. P 108."),
        ("Bedömning", "Anamnes och amylas sex gånger över referens inger misstanke om akut pankreatit, trol. alkoholutlöst."),
        ("Planering", "Vätska, smärtlindring, fasta till i morgon. UL gallvägar."),
    ], setting="slutenvård")],
    [M102], [], "'inger misstanke om akut pankreatit' after a drinking weekend: hedge visible in VGR Melior.")

C("d74-skane-typo-bensodiazepinberonde-fragetecken", "skane", P("1993-12-21", "446"), [
    N("n1", "s_ber_lund", "Läkaranteckning", "Mirela Kovač", "läkare", "2024-05-21T15:00", [
        ("Aktuellt", "Köper alprazolam via nätet sedan ett år, tar 4–6 mg/dag. Har fått kramp en gång när hon var utan i tre dagar."),
        ("Bedömning", "Bensodiazepinberonde? Behöver kartlägga mönstret närmare med u-tox och dagbok."),
        ("Planering", "Ställningstagande till nedtrappning med diazepam, i öppenvård eller inneliggande."),
    ])],
    [M102], [], "Misspelt diagnosis with a trailing question mark ('Bensodiazepinberonde?'): hedged diagnosis, visible.")

C("d74-vgr-talar-for-opioidberoende-utox", "vgr", P("1988-05-03", "519"), [
    N("n1", "v_ber_skovde_mott", "Läkaranteckning", "Daniel Lind", "läkare", "2024-02-28T09:20", [
        ("Aktuellt", "Söker för att komma in i LARO. Har köpt Subutex svart sedan två år."),
        ("Provsvar", "U-tox: buprenorfin pos, norbuprenorfin pos, bensodiazepiner pos, övrigt neg."),
        ("Bedömning", "Talar för opioidberoende med samtidigt sidobruk av bensodiazepiner."),
        ("Planering", "Utredning enl LARO-föreskriften, fyra övervakade urinprov. Kontakt med socialtjänsten med pat:s samtycke."),
    ])],
    [M102], [], "'Talar för opioidberoende' from urine tox: a pointing-to hedge on a diagnosis, visible.")

C("d74-skane-epikris-misstankt-kardiomyopati", "skane", P("1966-06-16", "697"), [
    N("n1", "s_med3_ma", "Epikris", "Tomas Hallberg", "läkare", "2024-04-29T14:00", [
        ("Vårdförlopp", "Inlagd via akuten med alkoholabstinens som utvecklades till delirium tremens dygn 2. Behandlad med diazepam enl CIWA och tiamin iv. Under vårdtiden nytillkommen hjärtsvikt, eko visade EF 35 % och dilaterad vänsterkammare."),
        ("Diagnos", "Alkoholabstinens med delirium (F10.4). Misstänkt alkoholinducerad kardiomyopati."),
        ("Uppföljning", "Nytt eko om tre månader under nykterhet. Remiss kardiologmottagningen. Fortsatt kontakt med Beroendecentrum."),
    ], setting="slutenvård")],
    [M102], [], "A discharge summary lists a settled diagnosis and 'Misstänkt alkoholinducerad kardiomyopati' in Diagnos: the hedged one fires.")

C("d74-vgr-typo-missankt-bulimi", "vgr", P("2005-03-12", "582"), [
    N("n1", "v_atst_boras", "Läkaranteckning", "Emma Larsson", "läkare", "2024-03-19T10:10", [
        ("Aktuellt", "Remitterad från vårdcentral p.g.a. hypokalemi 2,9 och tandskador."),
        ("Bedömning", "Missänkt bulimia nervosa, pat medger kräkningar efter måltid men vill inte prata om frekvensen."),
        ("Åtgärd", "Kaliumklorid 750 mg 2x3. Nytt K om en vecka. Samtal med ssk om ätmönster."),
    ])],
    [M102], [], "Typo 'Missänkt bulimia nervosa' in a visible Bedömning is still a hedged diagnosis.")

C("d74-skane-typo-sannolkit-wernicke", "skane", P("1959-01-25", "208"), [
    N("n1", "s_med_krist", "Läkaranteckning", "Sara Mårtensson", "läkare", "2024-01-09T11:35", [
        ("Status", "Förvirrad, ataktisk, blickpares åt höger."),
        ("Bedömning", "Sannolkit Wernicke-encefalopati, malnutrierad efter månader av massivt drickande."),
        ("Åtgärd", "Tiamin 500 mg x 3 iv. Magnesium kontrolleras och substitueras."),
    ], signed=None, setting="slutenvård")],
    [M102], [], "Unsigned draft with typo 'Sannolkit Wernicke-encefalopati': hedged diagnosis in a visible section before signing.")

C("d74-vgr-oklart-om-akut-alkoholhepatit-eller-cirros", "vgr", P("1970-10-14", "356"), [
    N("n1", "v_gastro_avd", "Inläggningsanteckning", "Sofia Berg", "läkare", "2024-05-16T16:30", [
        ("Aktuellt", "Inkommer med ikterus och tilltagande bukomfång. Dricker sedan länge cirka 20 standardglas om dagen."),
        ("Status", "Ikterisk, uttalad ascites, lätt flapping tremor."),
        ("Bedömning", "Oklart om detta är en akut alkoholhepatit eller en dekompenserad levercirros, troligen bådadera."),
        ("Planering", "Diagnostisk laparocentes, albumin, ställningstagande till leverbiopsi transjugulärt."),
    ], setting="slutenvård")],
    [M102], [], "'Oklart om ... alkoholhepatit eller dekompenserad levercirros': the uncertainty is about the diagnosis itself, visible.")

C("d74-skane-misstankt-osteopeni-amenorre", "skane", P("1999-08-08", "420"), [
    N("n1", "s_atst_lund", "Mottagningsanteckning", "Ida Cederlund", "läkare", "2024-06-04T09:15", [
        ("Anamnes", "Amenorré sedan 14 månader. Stressfraktur i foten i höstas vid löpning."),
        ("Status", "BMI 15,9. Lanugo på ryggen. P 48."),
        ("Bedömning", "Anorexia nervosa, restriktiv typ, kroniskt förlopp. Misstänkt osteopeni med tanke på amenorrén och stressfrakturen."),
        ("Planering", "DXA beställd. Kalk och D-vitamin. Fortsatt viktuppgång är den viktigaste behandlingen."),
    ])],
    [M102], [], "Somatic complication of anorexia: 'Misstänkt osteopeni' beside the settled diagnosis fires NL102.")

C("d74-vgr-typo-differentialdiagons-he", "vgr", P("1955-11-30", "779"), [
    N("n1", "v_med_sas", "Läkaranteckning", "Magnus Forsberg", "läkare", "2024-03-01T15:45", [
        ("Aktuellt", "Känd alkoholisk levercirros. Sambon har märkt att han blivit slö och sover på dagarna, förvirrad på kvällarna."),
        ("Status", "Lätt flapping tremor. Orienterad till person. Lätt ikterisk."),
        ("Bedömning", "Differentialdiagons hepatisk encefalopati grad 2 eller abstinens, senaste alkoholintaget oklart."),
        ("Åtgärd", "Laktulos 20 ml x 3, rifaximin. Ammoniak och CIWA-skattning."),
    ], setting="slutenvård")],
    [M102], [], "Misspelt 'Differentialdiagons hepatisk encefalopati' in visible Bedömning: differential-diagnosis hedge.")

C("d74-skane-bild-som-vid-delirium-tremens", "skane", P("1963-02-19", "639"), [
    N("n1", "s_akut_krist", "Akutjournal", "Björn Strand", "läkare", "2024-02-17T23:20", [
        ("Aktuellt", "Hittad av hemtjänsten förvirrad i hemmet, plockar i luften. Slutade dricka för tre dagar sedan enligt grannen."),
        ("Status", "Svettig, agiterad, ser insekter på väggen. P 132, temp 38,1, BT 178/104."),
        ("Bedömning", "Bild som vid delirium tremens. Samtidig infektion behöver uteslutas."),
        ("Åtgärd", "Diazepam 20 mg iv upprepat, IVA-konsult. Tiamin iv. Odlingar, lungröntgen."),
    ])],
    [M102], [], "'Bild som vid delirium tremens' in the emergency room: looks-like hedge on a diagnosis.")

C("d74-vgr-typo-misstank-korsakoff", "vgr", P("1960-04-04", "893"), [
    N("n1", "v_ber_avd366", "Läkaranteckning", "Reza Moradi", "läkare", "2024-04-22T13:10", [
        ("Bedömning", "Misstänk Korsakoffs syndrom – uttalad närminnesstörning och konfabulation kvarstår efter tre veckors nykterhet och tiaminbehandling."),
        ("Planering", "Neuropsykologisk testning. Kontakt med biståndshandläggare angående boende."),
    ], setting="slutenvård")],
    [M102], [], "Typo 'Misstänk Korsakoffs syndrom' (dropped t): hedged diagnosis visible on a VGR addiction ward.")

C("d74-skane-lang-inskrivning-ev-forkammarflimmer", "skane", P("1975-05-15", "254"), [
    N("n1", "s_abst_ma", "Inskrivningsanteckning", "Nadia El-Sayed", "läkare", "2024-03-11T11:00", [
        ("Inkomstorsak", "Planerad inläggning för abstinensbehandling via Beroendecentrums mottagning."),
        ("Anamnes", "48-årig man, ensamstående, snickare men sjukskriven sedan februari. Alkoholberoende sedan 20-årsåldern med flera tidigare abstinensbehandlingar, senast 2022. Dricker nu 75 cl vodka dagligen sedan jul. Abstinenskramp 2019, aldrig delirium. Röker 20 cig/d. Inga andra droger enl pat. Hypertoni, obehandlad sedan 2021."),
        ("Läkemedel", "Inga stående. Har tagit diazepam från en kompis."),
        ("Status", "AT: gott, lätt svettig, tremor ++. Cor: oregelbunden rytm, frekvens ca 110, inga blåsljud. Pulm: ua. Buk: mjuk, leverkant palp 2 cm nedom arcus, ej öm. Neuro: ingen nystagmus, gång stadig, Romberg ua. BT 162/98, temp 37,2, sat 97 %. Alkometer 1,1 promille."),
        ("EKG", "Oregelbunden smalkomplexrytm utan tydliga p-vågor, frekvens 108. Jämförelse saknas."),
        ("Bedömning", "Alkoholberoende med förväntad abstinens, tidigare kramp gör att vi doserar generöst. Ev. alkoholutlöst förmaksflimmer, kan vara holiday heart. Lab inkl elektrolyter och TSH."),
        ("Planering", "Diazepam enl CIWA-Ar, grunddos 10 mg x 4 första dygnet. Tiamin 200 mg x 3 im i tre dagar. Telemetri första dygnet, nytt EKG i morgon. Nikotinplåster 21 mg. Kurator kontaktas om sjukskrivningen."),
    ], setting="slutenvård")],
    [M102], [], "Long admission chart; one line 'Ev. alkoholutlöst förmaksflimmer' among settled findings is the hedged diagnosis.")

C("d74-vgr-lang-inskrivning-misstankt-adhd", "vgr", P("2002-07-23", "168"), [
    N("n1", "v_atst_su_avd", "Inskrivningsanteckning", "Elin Sjöberg", "läkare", "2024-01-30T14:00", [
        ("Anamnes", "21-årig kvinna med anorexia nervosa sedan 15 års ålder, tre tidigare vårdtillfällen i slutenvård. Bor med pojkvän i Göteborg, läser på distans. Har de senaste två månaderna gått ner 7 kg och äter i stort sett bara frukt och knäckebröd. Promenerar tvångsmässigt 3–4 timmar dagligen. Inga kräkningar, inga laxermedel. Svårt att koncentrera sig på studierna sedan barndomen, upplever sig rastlös och impulsiv även i perioder med normal vikt."),
        ("Status", "Längd 166 cm, vikt 38,4 kg, BMI 13,9. Kall perifert, akrocyanos. Lanugo. Cor: regelbunden rytm, frekvens 42, inga blåsljud. BT liggande 88/52, stående 84/50 med P 64. Pulm: ua."),
        ("Provsvar", "Na 134, K 3,4, fosfat 0,86, Mg 0,71, glukos 3,6, ASAT 1,6, ALAT 2,1, LPK 2,8."),
        ("Bedömning", "Svår anorexia nervosa med medicinsk instabilitet: bradykardi, hypotoni, lätt leverpåverkan och leukopeni. Hög risk för refeeding. Misstänkt samsjuklighet med ADHD, utredning först när hon är somatiskt stabil."),
        ("Planering", "Start 1000 kcal/d enl refeeding-PM, ökning med 200 kcal/d om fosfat stabilt. Fosfat, K och Mg dagligen första veckan. Telemetri. Sängläge, rullstol till toaletten. Tiamin 100 mg x 2 i tio dagar."),
    ], setting="slutenvård")],
    [M102], [], "Long eating-disorder admission: 'Misstänkt samsjuklighet med ADHD' is the only hedged diagnosis, in visible Bedömning.")

C("d74-skane-remiss-fragestallning-wernicke", "skane", P("1969-09-17", "586"), [
    N("n1", "s_med3_ma", "Läkaranteckning", "Annika Rosén", "läkare", "2024-05-02T10:25", [
        ("Aktuellt", "Inlagd för abstinens, nu dag 4. Fortsatt ostadig och har svårt att hålla tråden i samtal."),
        ("Åtgärd", "Remiss skickad till MR hjärna med frågeställning Wernickes encefalopati? Tiamin iv fortsätter i väntan på svar."),
    ], setting="slutenvård")],
    [M102], [], "A referral line 'frågeställning Wernickes encefalopati?' in a visible Åtgärd: the question is a hedged diagnosis.")

C("d74-vgr-kliniskt-forenligt-med-abstinens", "vgr", P("1985-12-01", "335"), [
    N("n1", "v_akut_sahl", "Läkaranteckning", "Gustav Nyström", "läkare", "2024-06-09T04:05", [
        ("Status", "Grovvågig tremor, svettig, orolig. P 112, BT 160/95. Inga hallucinationer."),
        ("Bedömning", "Kliniskt förenligt med alkoholabstinens, CIWA-Ar 16, sista intag i förrgår."),
        ("Åtgärd", "Oxazepam 25 mg, upprepas enl CIWA. Tiamin 100 mg im."),
    ])],
    [M102], [], "'Kliniskt förenligt med alkoholabstinens': compatible-with hedge on a diagnosis in a visible section.")

C("d74-vgr-mojligt-hepatorenalt-syndrom", "vgr", P("1962-03-06", "402"), [
    N("n1", "v_gastro_avd", "Läkaranteckning", "Kristina Björk", "läkare", "2024-02-08T12:15", [
        ("Bedömning", "Stigande kreatinin 98 → 214 på fyra dagar trots albumin och utsatta diuretika, möjligt hepatorenalt syndrom hos pat med alkoholisk cirros."),
        ("Åtgärd", "Terlipressin enl PM, albumin 20 % 100 ml x 2. Timdiures."),
    ], setting="slutenvård")],
    [M102], [], "'möjligt hepatorenalt syndrom' in cirrhosis: hedged complication diagnosis, visible.")

C("d74-skane-barnmed-trol-arfid-11ar", "skane", P("2013-02-14", "117"), [
    N("n1", "s_barn_hbg", "Läkaranteckning", "Hanna Wallin", "läkare", "2024-04-16T08:40", [
        ("Anamnes", "Äter sedan småbarnsåren bara ett tiotal livsmedel, bl.a. pasta utan sås, pannkakor och vissa kex. Kräks vid försök att smaka nytt. Ingen rädsla för viktuppgång."),
        ("Status", "Vikt 27,0 kg, längd 143 cm, vikt-för-längd -2,3 SD. Blek. I övrigt ua."),
        ("Bedömning", "Bedöms trol. som ARFID av sensoriskt slag. Järnbrist bör uteslutas."),
        ("Planering", "Hb, ferritin, D-vitamin, zink. Remiss till dietist och BUP:s ätstörningsteam."),
    ])],
    [M102], [], "11-year-old boy, guardian reads: 'Bedöms trol. som ARFID' is a hedged diagnosis in a visible section.")

C("d74-vgr-typo-sups-mallory-weiss", "vgr", P("2000-06-27", "604"), [
    N("n1", "v_akut_nal", "Läkaranteckning", "Camilla Ekström", "läkare", "2024-05-25T19:30", [
        ("Aktuellt", "Känd bulimia nervosa, kräks flera gånger dagligen. Idag färskt blod i kräkningen efter en hetsätningsepisod, ungefär en matsked."),
        ("Status", "Opåverkad. P 88, BT 118/72. Buk mjuk, oöm. Hb 128."),
        ("Bedömning", "Sups. Mallory-Weiss-skada, cirkulatoriskt stabil."),
        ("Planering", "Gastroskopi elektivt inom en vecka om ingen ny blödning. PPI."),
    ])],
    [M102], [], "Transposed abbreviation 'Sups.' for susp. Mallory-Weiss in a bulimia patient: hedged diagnosis, visible.")

C("d74-skane-talar-for-bulimi-hypokalemi", "skane", P("1998-04-02", "742"), [
    N("n1", "s_med_trbg", "Läkaranteckning", "Malin Jeppsson", "läkare", "2024-03-27T13:05", [
        ("Provsvar", "K 2,6, Cl 89, standardbikarbonat 34, amylas 2,9 med normalt pankreasamylas."),
        ("Bedömning", "Hypokalem metabol alkalos och förhöjt spottkörtelamylas talar för bulimia nervosa med självframkallade kräkningar."),
        ("Åtgärd", "Kaliuminfusion 40 mmol, därefter Kaliumklorid po. Telemetri tills K över 3,0."),
    ])],
    [M102], [], "Lab pattern 'talar för bulimia nervosa' on a medical ward: hedged eating disorder diagnosis visible.")

C("d74-vgr-typo-anorexi-kan-inte-utelsutas-17ar", "vgr", P("2006-11-11", "384"), [
    N("n1", "v_barn_dsbus", "Läkaranteckning", "Ylva Hedlund", "läkare", "2024-02-20T14:30", [
        ("Aktuellt", "Remitterad av skolsköterskan efter viktnedgång 9 kg på ett halvår. Säger själv att hon bara vill äta nyttigt."),
        ("Status", "Vikt 45 kg, längd 170 cm. P 50, BT 96/58."),
        ("Bedömning", "Anorexia nervosa kan inte utelsutas. Organisk orsak till viktnedgången bör först utredas: celiaki, hypertyreos, IBD."),
    ])],
    [M102], [], "17-year-old; typo 'kan inte utelsutas' after anorexia nervosa: cannot-be-excluded hedge in visible Bedömning.")

C("d74-skane-refeeding-hjartsvikt-fragetecken", "skane", P("1994-09-19", "560"), [
    N("n1", "s_med3_ma", "Läkaranteckning", "Erik Holm", "läkare", "2024-01-15T16:10", [
        ("Bedömning", "Anorexia nervosa i uppnutritionsfas dag 6. Tilltagande ödem, takypné och NT-proBNP 4200. Refeedingrelaterad hjärtsvikt? Lungröntgen visar lätt stas."),
        ("Åtgärd", "Furosemid 20 mg iv. Sänker energiintaget till 1200 kcal. Eko i morgon."),
    ], setting="slutenvård")],
    [M102], [], "'Refeedingrelaterad hjärtsvikt?' during refeeding: question-marked diagnosis visible in Skåne Melior.")

C("d74-skane-telefon-trolig-alkoholorsakad-leverskada", "skane", P("1971-03-28", "398"), [
    N("n1", "s_ber_hbg", "Telefonanteckning", "Lena Möller", "sjuksköterska", "2024-04-08T13:40", [
        ("Telefonkontakt", "Ssk ringer pat angående provsvar från vårdcentralen: ASAT tre gånger och GT nio gånger över referens. Efter samråd med dr Haddad bedöms detta som trolig alkoholorsakad leverskada, pat erbjuds läkarbesök och Fibroscan."),
    ])],
    [M102], [], "A nurse's telephone note relays 'trolig alkoholorsakad leverskada' in the visible Telefonkontakt section.")

C("d74-vgr-epikris-misstankt-wernicke", "vgr", P("1967-07-07", "628"), [
    N("n1", "v_med_kungalv", "Epikris", "Niklas Franzén", "läkare", "2024-05-30T15:20", [
        ("Diagnos", "Alkoholabstinens. Misstänkt Wernicke-encefalopati."),
        ("Vårdförlopp", "Inkom med abstinens och ostadig gång, behandlades med diazepam och högdos tiamin iv i fem dygn. Gången förbättrades successivt."),
        ("Uppföljning", "Tiamin 300 mg x 1 po tills vidare. Återbesök på beroendemottagningen Kungälv om två veckor."),
    ], setting="slutenvård")],
    [M102], [], "VGR discharge summary with 'Misstänkt Wernicke-encefalopati' under sökord Diagnos, which is visible.")

C("d74-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", P("1958-10-10", "473"), [
    N("n1", "s_ber_lund", "Läkaranteckning", "Jonas Nilsson", "läkare", "2024-03-20T10:50", [
        ("Aktuellt", "Återbesök efter avslutad abstinensbehandling. Nykter sedan fyra veckor, bor kvar hemma med hemtjänst."),
        ("Tidiga hypoteser", "Misstänkt Korsakoffs syndrom, glömmer avtalade tider och upprepar samma frågor. Neuropsykologisk testning bokas v. 16."),
    ])],
    [M102], [], "Skåne protects by the note template, not by a sökord: 'Tidiga hypoteser' as a sökord in a Läkaranteckning is still visible.")

C("d74-vgr-th-sedan-synlig-trolig-kardiomyopati", "vgr", P("1964-08-19", "295"), [
    N("n1", "v_med_alingsas", "Läkaranteckning", "Amira Hassan", "läkare", "2024-02-05T11:30", [
        ("Aktuellt", "Inlagd för abstinens. Tilltagande andfåddhet senaste månaden och bensvullnad."),
        ("Status", "Halsvenstas, basala rassel bilat, ödem upp till knäna."),
        ("Tidiga hypoteser", "Misstänkt alkoholinducerad kardiomyopati, eko beställt."),
    ], setting="slutenvård"),
    N("n2", "v_med_alingsas", "Läkaranteckning", "Amira Hassan", "läkare", "2024-02-07T13:15", [
        ("Provsvar", "Eko: dilaterad vänsterkammare, EF 30 %, inga klaffel."),
        ("Bedömning", "Trolig alkoholinducerad kardiomyopati, genomgånget med pat som förstår att nykterhet kan förbättra hjärtfunktionen."),
    ], setting="slutenvård")],
    [("NL102", "n2")], [("NL102", "n1")], "Hypothesis first kept under sökord Tidiga hypoteser (VGR, protected), then written still hedged in a visible Bedömning in the next note.")

C("d74-skane-th-mall-sedan-forenligt-med-hcc", "skane", P("1956-04-25", "512"), [
    N("n1", "s_gastro_ma", "Tidiga hypoteser", "Karin Lindqvist", "läkare", "2024-04-02T09:05", [
        ("Bedömning", "Susp. hepatocellulär cancer, 4 cm lesion i höger leverlob på UL hos pat med alkoholisk cirros. MR beställd."),
    ]),
    N("n2", "s_gastro_ma", "Mottagningsanteckning", "Karin Lindqvist", "läkare", "2024-04-18T10:20", [
        ("Undersökningsfynd", "MR lever: 42 mm lesion segment VII med arteriell uppladdning och washout, LI-RADS 5."),
        ("Bedömning", "Fyndet är förenligt med hepatocellulär cancer. Diskuteras på MDK nästa vecka."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")], "Suspected HCC protected in the Skåne Tidiga hypoteser template, then 'förenligt med hepatocellulär cancer' in a visible note.")

# ================================================================
# Part B — NL102 negatives (negated, relative, non-diagnosis hedge,
#          conditional, confirmed, protected, PMO)
# ================================================================

C("d74-skane-ingen-misstanke-wernicke", "skane", P("1980-01-31", "335"), [
    N("n1", "s_abst_hbg", "Läkaranteckning", "Zeynep Aydın", "läkare", "2024-02-27T09:40", [
        ("Status", "Orienterad x 3. Ögonmotorik ua, ingen nystagmus. Stadig gång, klarar linjegång. Lätt fintremor."),
        ("Bedömning", "Ingen misstanke om Wernicke. Abstinens i avklingande, CIWA 6."),
        ("Planering", "Diazepam trappas ut över tre dagar. Tiamin 100 mg x 3 po."),
    ], setting="slutenvård")],
    [], [M102], "'Ingen misstanke om Wernicke' is a negated diagnosis; abstinence is a settled finding.")

C("d74-vgr-typo-aktiv-hepatit-c-utselutes", "vgr", P("1986-08-14", "642"), [
    N("n1", "v_inf_ostra", "Mottagningsanteckning", "Therese Blom", "läkare", "2024-03-12T14:15", [
        ("Provsvar", "Anti-HCV pos, HCV-RNA ej påvisbart vid två tillfällen med tre månaders mellanrum."),
        ("Bedömning", "Aktiv hepatit C utselutes, genomgången och utläkt infektion. Ingen behandling behövs."),
        ("Planering", "Ny HCV-RNA vid fortsatt injektionsbruk, årligen via sprututbytet."),
    ])],
    [], [M102], "Typo 'utselutes' for uteslutes: a ruled-out hepatitis C after screening is no hedged diagnosis.")

C("d74-skane-inga-tecken-pa-abstinens-natt", "skane", P("1978-07-19", "564"), [
    N("n1", "s_abst_ma", "Omvårdnadsanteckning", "Fatima Ismail", "sjuksköterska", "2024-04-14T06:50", [
        ("Observation", "Inga tecken på abstinens under natten, CIWA 3 kl 02 och kl 06."),
        ("Sömn", "Sovit cirka fem timmar, vaknade en gång och fick en smörgås."),
    ], setting="slutenvård")],
    [], [M102], "Night nurse: 'Inga tecken på abstinens' negates the condition.")

C("d74-vgr-talar-emot-refeeding", "vgr", P("2003-12-12", "860"), [
    N("n1", "v_med_sas", "Läkaranteckning", "Mattias Olsson", "läkare", "2024-04-05T09:30", [
        ("Bedömning", "Anorexia nervosa, nu dag 5 av uppnutrition med 1800 kcal. Stabila värden för fosfat, kalium och magnesium talar emot refeedingsyndrom."),
        ("Planering", "Ökar till 2000 kcal. Glesare provtagning, varannan dag."),
    ], setting="slutenvård")],
    [], [M102], "'talar emot refeedingsyndrom' is an argued-against diagnosis; anorexia nervosa itself is settled.")

C("d74-skane-cirros-avskrivs-fibroscan", "skane", P("1973-02-08", "197"), [
    N("n1", "s_gastro_ma", "Mottagningsanteckning", "Karin Lindqvist", "läkare", "2024-05-14T11:00", [
        ("Undersökningsfynd", "Fibroscan 5,8 kPa, CAP 288 dB/m."),
        ("Bedömning", "Levercirros avskrivs. Alkoholrelaterad leversteatos utan signifikant fibros."),
        ("Planering", "Fortsatt behandling på beroendemottagningen, ingen uppföljning hos oss behövs."),
    ])],
    [], [M102], "'Levercirros avskrivs' after a normal Fibroscan: ruled-out diagnosis, the remaining one is settled.")

C("d74-vgr-hereditet-far-trol-cirros-mor-ev-beroende", "vgr", P("1991-05-25", "713"), [
    N("n1", "v_ber_troll", "Nybesöksanteckning", "Ali Rahimi", "läkare", "2024-01-23T10:00", [
        ("Anamnes", "Hereditet: pappan dog 58 år gammal, trol. i levercirros efter mångårigt drickande. Mamman ev. bensodiazepinberoende, har ätit Sobril i många år."),
        ("Aktuellt", "Söker för att han märker att han dricker mer och mer för att kunna sova, 3–4 glas whisky per kväll."),
        ("Bedömning", "Riskbruk av alkohol, AUDIT 14. Tung ärftlig belastning."),
        ("Planering", "Motiverande samtal, återbesök med PEth om fyra veckor."),
    ])],
    [], [M102], "Hedged diagnoses belong to the father and mother (hereditet), not the patient.")

C("d74-skane-syster-misstankt-anorexi-hereditet", "skane", P("1996-02-02", "506"), [
    N("n1", "s_atst_malmo", "Nybesöksanteckning", "Sara Mårtensson", "läkare", "2024-02-29T13:20", [
        ("Anamnes", "Hereditet för ätstörning: storasystern hade misstänkt anorexi i tonåren men blev aldrig utredd. Mamman behandlas för depression."),
        ("Aktuellt", "Hetsäter på kvällar efter dagar av strikt bantning, 1–2 ggr/v. Inga kräkningar eller laxering."),
        ("Bedömning", "Hetsätningsstörning av lindrig grad enligt DSM-5."),
    ])],
    [], [M102], "'misstänkt anorexi' is the sister's; the patient's own diagnosis is settled.")

C("d74-vgr-ev-remiss-trolig-utskrivning", "vgr", P("1974-10-01", "155"), [
    N("n1", "v_ber_avd366", "Läkaranteckning", "Reza Moradi", "läkare", "2024-03-07T11:45", [
        ("Bedömning", "Alkoholabstinens i avklingande, CIWA under 5 senaste dygnet."),
        ("Planering", "Trolig utskrivning i morgon förmiddag. Ev. remiss till Beroendemottagningen Angered för återfallsprevention, pat tar ställning till om han vill."),
    ], setting="slutenvård")],
    [], [M102], "Hedges on plans only: 'Trolig utskrivning', 'Ev. remiss'.")

C("d74-skane-eventuellt-dxa-plan-bulimi", "skane", P("2000-03-17", "244"), [
    N("n1", "s_atst_hbg", "Läkaranteckning", "Malin Jeppsson", "läkare", "2024-05-08T14:40", [
        ("Bedömning", "Bulimia nervosa, kräkningsfrekvensen har gått ner till 1–2 per vecka."),
        ("Planering", "Eventuellt DXA till hösten beroende på om menstruationerna kommer tillbaka. Ev. remiss till tandläkare."),
    ])],
    [], [M102], "'Eventuellt DXA', 'Ev. remiss' hedge examinations and referrals, not diagnoses.")

C("d74-skane-villkor-om-forvirring-misstank-wernicke", "skane", P("1965-11-23", "278"), [
    N("n1", "s_psyk_hlm", "Läkaranteckning", "Per Svensson", "läkare", "2024-01-12T15:30", [
        ("Bedömning", "Alkoholabstinens utan komplikationer hittills. Ataxi och nystagmus saknas idag."),
        ("Ordination", "Om pat utvecklar förvirring, ataxi eller ögonmuskelpares ska Wernicke misstänkas och tiamin ges iv omgående, kontakta jour."),
    ], setting="slutenvård")],
    [], [M102], "Conditional instruction 'Om ... ska Wernicke misstänkas' is hypothetical, not a hypothesis about the patient now.")

C("d74-vgr-villkor-fosfat-refeeding-misstankas", "vgr", P("1999-06-06", "483"), [
    N("n1", "v_atst_su_avd", "Läkaranteckning", "Elin Sjöberg", "läkare", "2024-02-14T10:10", [
        ("Bedömning", "Anorexia nervosa med BMI 14,2, start av nutritionsplan 1200 kcal."),
        ("Planering", "Vid fosfat under 0,6 ska refeedingsyndrom misstänkas – halvera energin och ring jourhavande läkare."),
    ], setting="slutenvård")],
    [], [M102], "A standing conditional order ('Vid fosfat under 0,6 ska refeedingsyndrom misstänkas') is no hedged diagnosis.")

C("d74-skane-bekraftat-alkoholberoende-polyneuropati", "skane", P("1977-04-18", "748"), [
    N("n1", "s_ber_lund", "Läkaranteckning", "Mirela Kovač", "läkare", "2024-04-24T09:00", [
        ("Diagnos", "Alkoholberoende, fysiskt beroende (F10.2). Alkoholorsakad polyneuropati (G62.1)."),
        ("Bedömning", "Uppfyller sex av sex beroendekriterier. Abstinens vid varje nyktert dygn."),
    ])],
    [], [M102], "Settled diagnoses with ICD codes, no hedge anywhere.")

C("d74-vgr-bekraftad-anorexi-bradykardi", "vgr", P("1995-08-21", "608"), [
    N("n1", "v_atst_boras", "Läkaranteckning", "Emma Larsson", "läkare", "2024-01-17T11:20", [
        ("Bedömning", "Anorexia nervosa, restriktiv typ, BMI 13,8. Uttalad sinusbradykardi 36/min och hypotermi 35,4."),
        ("Åtgärd", "Inläggning på medicin för somatisk stabilisering, därefter ätstörningsenhetens dygnsvård."),
    ])],
    [], [M102], "Settled anorexia with bradycardia and hypothermia stated as facts.")

C("d74-skane-tidiga-hypoteser-mall-korsakoff", "skane", P("1956-06-09", "151"), [
    N("n1", "s_neuro_lund", "Tidiga hypoteser", "Fredrik Ohlsson", "läkare", "2024-05-13T16:00", [
        ("Bedömning", "Misstänkt Korsakoffs syndrom, men konfusionen efter abstinensen gör bedömningen osäker. För tidigt att ta upp med pat."),
    ], setting="slutenvård")],
    [], [M102, ("NL101", "n1")], "The hedged and not-yet-told diagnosis sits in the Skåne Tidiga hypoteser template, which is protected.")

C("d74-vgr-sokord-tidiga-hypoteser-social-fobi", "vgr", P("1987-01-15", "226"), [
    N("n1", "v_ber_troll", "Läkaranteckning", "Johanna Karlsson", "läkare", "2024-03-18T13:00", [
        ("Aktuellt", "Återbesök. Nykter sedan sex veckor enl egen uppgift, PEth under 0,03."),
        ("Bedömning", "Alkoholberoende i tidig remission. Fortsätter med naltrexon."),
        ("Tidiga hypoteser", "Trolig social fobi bakom drickandet, behöver kartläggas vidare."),
    ])],
    [], [M102], "VGR: the only hedged diagnosis is under sökord Tidiga hypoteser; visible sections hold a settled diagnosis.")

C("d74-skane-pmo-vc-misstankt-alkoholberoende", "skane", P("1969-05-05", "390"), [
    N("n1", "p_vc_linero", "Besöksanteckning", "Anna Sjöstrand", "läkare", "2024-02-02T10:30", [
        ("Aktuellt", "Hälsokontroll inför ny tjänst. Medger 25–30 standardglas i veckan."),
        ("Bedömning", "Misstänkt alkoholberoende, AUDIT 22, GT 3,4. Erbjuds remiss till beroendemottagningen, pat vill tänka på saken."),
    ])],
    [], [M102], "PMO never shows diagnoses: a hedged alcohol dependence at a vårdcentral does not fire NL102.")

C("d74-skane-pmo-ungdomsmott-trol-bulimi", "skane", P("2006-12-20", "228"), [
    N("n1", "p_um_malmo", "Besöksanteckning", "Julia Lindberg", "läkare", "2024-03-21T15:15", [
        ("Aktuellt", "Kommer för preventivmedelsrådgivning, berättar spontant att hon kräks efter måltider flera gånger i veckan sedan i våras."),
        ("Bedömning", "Trol. bulimia nervosa. Remiss till ätstörningsmottagningen efter samtycke."),
    ])],
    [], [M102], "Ungdomsmottagning in PMO: 'Trol. bulimia nervosa' is not shown, so no NL102.")

C("d74-vgr-pankreatit-avskrevs-2022", "vgr", P("1968-12-24", "579"), [
    N("n1", "v_med_alingsas", "Läkaranteckning", "Peter Eriksson", "läkare", "2024-04-19T21:50", [
        ("Anamnes", "Vårdad 2022 med buksmärta där misstanken om pankreatit avskrevs då lipas var normalt och DT buk ua."),
        ("Aktuellt", "Nu inkommen med alkoholabstinens, inga buksmärtor."),
        ("Bedömning", "Alkoholabstinens, CIWA 12."),
    ], setting="slutenvård")],
    [], [M102], "An old suspicion that 'avskrevs' is ruled out; the current diagnosis is settled.")

C("d74-vgr-trol-hemolyserat-prov", "vgr", P("1984-03-03", "466"), [
    N("n1", "v_ber_skovde_mott", "Läkaranteckning", "Daniel Lind", "läkare", "2024-05-06T12:00", [
        ("Provsvar", "K 6,1 i morse men trol. hemolyserat prov, pat helt opåverkad. Nytt prov taget, K 4,2."),
    ])],
    [], [M102], "'trol. hemolyserat prov' hedges a lab artefact, no diagnosis.")

C("d74-vgr-mojligen-byte-till-disulfiram", "vgr", P("1979-09-10", "744"), [
    N("n1", "v_ber_udd", "Läkaranteckning", "Gustav Nyström", "läkare", "2024-02-26T10:40", [
        ("Bedömning", "Alkoholberoende, stabil på akamprosat men två återfall senaste månaden."),
        ("Planering", "Möjligen byte till disulfiram om pat vill ha mer stöd, diskuteras vid nästa besök. Övervakat intag på apotek kan ordnas."),
    ])],
    [], [M102], "'Möjligen byte till disulfiram' hedges a treatment change, not a diagnosis.")

C("d74-skane-typo-ingen-missanke-refeeding", "skane", P("1992-05-30", "324"), [
    N("n1", "s_med3_ma", "Läkaranteckning", "Tomas Hallberg", "läkare", "2024-06-18T09:10", [
        ("Bedömning", "Ingen missanke om refeedingsyndrom, fosfat 1,02 och stabilt. Anorexia nervosa, uppnutrition enligt plan."),
    ], setting="slutenvård")],
    [], [M102], "Typo in the negation 'Ingen missanke om refeedingsyndrom': still a negated diagnosis.")

C("d74-vgr-hepatit-b-c-hiv-kunde-uteslutas", "vgr", P("1989-10-20", "195"), [
    N("n1", "v_ber_avd366", "Läkaranteckning", "Reza Moradi", "läkare", "2024-01-26T14:25", [
        ("Provsvar", "HBsAg neg, anti-HBc neg, anti-HCV neg, HIV Ag/Ak neg."),
        ("Bedömning", "Hepatit B och C samt HIV kunde uteslutas vid inskrivningsscreeningen. Erbjuds vaccination mot hepatit B."),
    ], setting="slutenvård")],
    [], [M102], "Screening excluded hepatitis B/C and HIV: ruled-out diagnoses only.")

C("d74-skane-typo-inga-hallpukter-wernicke-he", "skane", P("1960-08-12", "640"), [
    N("n1", "s_med_krist", "Läkaranteckning", "Sara Mårtensson", "läkare", "2024-03-04T10:05", [
        ("Bedömning", "Inga hållpukter för Wernicke eller hepatisk encefalopati, pat klar och orienterad utan flapping tremor. Alkoholisk levercirros Child-Pugh A."),
    ], setting="slutenvård")],
    [], [M102], "Typo 'Inga hållpukter för' still negates Wernicke and hepatic encephalopathy; cirrhosis is settled.")

C("d74-vgr-telefon-oklart-om-antabus-intag", "vgr", P("1970-12-05", "312"), [
    N("n1", "v_ber_skovde_mott", "Telefonanteckning", "Camilla Ekström", "sjuksköterska", "2024-04-30T14:50", [
        ("Telefonkontakt", "Apoteket meddelar att pat inte hämtat ut Antabus på tre veckor. Oklart om han tagit sina tabletter, nås inte på telefon. Ny kallelse skickas."),
    ])],
    [], [M102], "'Oklart om han tagit sina tabletter' is uncertainty about adherence, not about a diagnosis.")

C("d74-skane-pmo-hemsjukvard-wernicke-fragetecken", "skane", P("1949-02-11", "513"), [
    N("n1", "p_hsv_trbg", "Omvårdnadsanteckning", "Maria Holmberg", "sjuksköterska", "2024-02-09T13:30", [
        ("Hembesök", "Pat vinglig, pratar osammanhängande, ögonen fladdrar. Känd hög alkoholkonsumtion. Misstänkt Wernicke? Dr på vårdcentralen kontaktad och ordnar akut inläggning."),
    ])],
    [], [M102], "Home health care documented in PMO: a hedged Wernicke there is never shown.")

C("d74-vgr-sokord-th-hetsatning-synligt-uns", "vgr", P("1998-02-27", "724"), [
    N("n1", "v_atst_su", "Läkaranteckning", "Helena Gustafsson", "läkare", "2024-05-22T09:45", [
        ("Bedömning", "Ätstörning UNS. Fortsatt utredning med EDE-Q och måltidsdagbok."),
        ("Tidiga hypoteser", "Sannolikt hetsätningsstörning, kan även vara bulimi om kompensatoriskt beteende bekräftas."),
    ])],
    [], [M102], "Hard negative: the visible working diagnosis 'Ätstörning UNS' is unhedged; the hedges stay under VGR sökord Tidiga hypoteser.")

C("d74-vgr-pankreatit-overvagdes-talar-emot", "vgr", P("1981-04-16", "171"), [
    N("n1", "v_akut_sahl", "Läkaranteckning", "Anders Johansson", "läkare", "2024-06-22T03:20", [
        ("Bedömning", "Akut alkoholgastrit. Pankreatit övervägdes men normalt lipas och DT buk utan anmärkning talar emot."),
        ("Åtgärd", "PPI, antiemetika, hem med råd om alkoholstopp."),
    ])],
    [], [M102], "Differential that is argued against ('talar emot'); the given diagnosis is settled.")

C("d74-skane-mamma-oro-lillebror-arfid", "skane", P("2006-07-07", "540"), [
    N("n1", "bup_atst_lund", "Kuratorsanteckning", "Annika Rosén", "kurator", "2024-04-10T15:00", [
        ("Samtal", "Föräldrasamtal med mamma. Dotterns anorexia nervosa tar mycket kraft i familjen. Mamma oroar sig även för att lillebror, 8 år, eventuellt har ARFID eftersom han bara äter ett fåtal maträtter."),
    ])],
    [], [M102], "'eventuellt har ARFID' concerns the little brother, not the patient.")

C("d74-skane-ev-latt-odem-dag4", "skane", P("2001-01-19", "346"), [
    N("n1", "s_med3_ma", "Omvårdnadsanteckning", "Ida Cederlund", "sjuksköterska", "2024-02-23T20:10", [
        ("Observation", "Dag 4 av nutritionsbehandling. Ev. lätt ödem runt anklarna, dr informerad. Vikt +1,4 kg sedan igår, fosfat 0,91."),
    ], setting="slutenvård")],
    [], [M102], "Hedge on a clinical sign (ödem) during refeeding; no diagnosis is hedged.")

C("d74-skane-inget-som-talar-for-pankreatit", "skane", P("1987-06-30", "277"), [
    N("n1", "s_akut_hbg", "Akutjournal", "Oskar Bengtsson", "läkare", "2024-01-06T05:30", [
        ("Aktuellt", "Kräkningar och buksmärta efter tre dygns drickande."),
        ("Bedömning", "Inget som talar för alkoholutlöst pankreatit, lipas normalt och buken mjuk. Gastrit efter alkoholexcess."),
    ])],
    [], [M102], "'Inget som talar för ... pankreatit' negates the diagnosis.")

C("d74-skane-pmo-vc-levercirros-fragetecken", "skane", P("1958-03-09", "442"), [
    N("n1", "p_vc_husensjo", "Läkaranteckning", "Erik Sandberg", "läkare", "2024-05-15T11:20", [
        ("Bedömning", "TPK 88, albumin 31, PK 1,4 hos kvinna med långvarigt vindrickande. ?Levercirros, remiss UL lever och gastroenterolog."),
    ])],
    [], [M102], "PMO vårdcentral: '?Levercirros' is not shown to the patient, so NL102 must stay silent.")

C("d74-vgr-hemokromatos-uteslutet", "vgr", P("1966-05-13", "137"), [
    N("n1", "v_gastro_mott", "Mottagningsanteckning", "Sofia Berg", "läkare", "2024-06-05T10:30", [
        ("Bedömning", "Hemokromatos uteslutet, transferrinmättnad 28 % och HFE-gentest negativt. Levervärdena förklaras av alkohol, pat dricker cirka 40 standardglas i veckan."),
    ])],
    [], [M102], "An excluded differential ('uteslutet') after work-up of raised liver tests.")

C("d74-vgr-osteopeni-fragetecken-nej-dxa", "vgr", P("2001-12-18", "428"), [
    N("n1", "v_atst_boras", "Läkaranteckning", "Emma Larsson", "läkare", "2024-04-23T13:40", [
        ("Provsvar", "Osteopeni? Nej – DXA visar normal bentäthet för åldern, Z-score -0,4 i ländryggen."),
    ])],
    [], [M102], "Hard negative: the question 'Osteopeni?' is answered 'Nej' by DXA in the same line.")

C("d74-vgr-kan-inte-utesluta-druckit-permission", "vgr", P("1977-02-15", "951"), [
    N("n1", "v_ber_avd366", "Omvårdnadsanteckning", "Therese Blom", "sjuksköterska", "2024-05-19T21:15", [
        ("Observation", "Åter från permission. Alkometer 0,0 men luktar alkohol om kläderna, kan inte utesluta att pat druckit under dagen. Jourläkare informerad."),
    ], setting="slutenvård")],
    [], [M102], "'kan inte utesluta att pat druckit' hedges a behaviour, not a diagnosis.")

C("d74-skane-dietist-trol-vatska", "skane", P("1997-06-21", "380"), [
    N("n1", "s_atst_lund", "Dietistanteckning", "Hanna Wallin", "dietist", "2024-03-06T11:10", [
        ("Nutrition", "Vikt +2,1 kg på tre dagar, trol. vätska snarare än vävnad. Energiintag 2200 kcal, äter upp alla mellanmål."),
    ])],
    [], [M102], "'trol. vätska' hedges the cause of a weight change, not a diagnosis.")

C("d74-skane-peth-talar-for-hogt-intag", "skane", P("1982-11-27", "617"), [
    N("n1", "s_ber_malmo_mott", "Läkaranteckning", "Nadia El-Sayed", "läkare", "2024-04-26T10:15", [
        ("Bedömning", "Känt alkoholberoende sedan 2018 (F10.2). PEth 0,62 µmol/L talar för regelbundet högt alkoholintag de senaste veckorna, trots att pat uppger att han bara druckit några glas i helgen."),
        ("Planering", "Tätare PEth-kontroller, var fjärde vecka."),
    ])],
    [], [M102], "Hard negative: 'talar för' hedges the level of drinking from PEth; the dependence diagnosis is settled.")

# ================================================================
# Part C — NL101 positives: diagnosis visible, patient not (yet) told
# ================================================================

C("d74-skane-hcv-bekraftad-ej-informerad", "skane", P("1987-07-29", "155"), [
    N("n1", "s_inf_lund", "Läkaranteckning", "Fredrik Ohlsson", "läkare", "2024-03-08T15:10", [
        ("Provsvar", "HCV-RNA 2,1 x 10^6 IE/ml, genotyp 1a. ALAT 2,4."),
        ("Bedömning", "Kronisk hepatit C. Pat har ännu inte informerats om svaret, har inte svarat i telefon sedan provtagningen."),
        ("Planering", "Kallelse skickas per brev. Kontakt med beroendemottagningen för att nå pat."),
    ])],
    [M101], [], "Confirmed chronic hepatitis C stands in Bedömning while the patient 'har ännu inte informerats'.")

C("d74-vgr-cirros-ej-informerad-besked-aterbesok", "vgr", P("1963-10-30", "273"), [
    N("n1", "v_gastro_mott", "Mottagningsanteckning", "Sofia Berg", "läkare", "2024-04-02T16:00", [
        ("Undersökningsfynd", "DT buk: nodulär leveryta, splenomegali 15 cm, lätt ascites."),
        ("Bedömning", "Levercirros, Child-Pugh B. Pat ej informerad om diagnosen ännu, besked ges vid återbesöket 12/4 då dottern kan vara med."),
    ])],
    [M101], [], "Cirrhosis visible in Bedömning, 'Pat ej informerad om diagnosen ännu' – the news is saved for the return visit.")

C("d74-skane-osteoporos-dxa-ej-informerad-anorexi", "skane", P("1990-12-09", "548"), [
    N("n1", "s_atst_lund", "Läkaranteckning", "Eva Persson", "läkare", "2024-02-16T10:40", [
        ("Provsvar", "DXA: T-score ländrygg -2,8, lårbenshals -2,3."),
        ("Bedömning", "Osteoporos sekundär till långvarig anorexia nervosa. Pat inte informerad än – tas upp när hon är mer stabil i nutritionen."),
    ])],
    [M101], [], "Eating-disorder complication: osteoporos on DXA is written openly while the patient is 'inte informerad än'.")

C("d74-vgr-wernicke-korsakoff-kan-ej-tillgodogora", "vgr", P("1961-02-28", "657"), [
    N("n1", "v_ber_avd366", "Läkaranteckning", "Reza Moradi", "läkare", "2024-05-27T11:30", [
        ("Bedömning", "Wernicke-Korsakoffs syndrom. Pat kan i nuläget inte tillgodogöra sig information om diagnosen och har därför inte informerats."),
        ("Planering", "Information ges när konfusionen klingat av. Anhörigsamtal med brodern planeras."),
    ], setting="slutenvård")],
    [M101], [], "Settled Wernicke-Korsakoff visible, and the note says the patient 'har därför inte informerats' (confusion).")

C("d74-skane-kardiomyopati-ej-meddelat-vantar-hustrun", "skane", P("1969-06-22", "453"), [
    N("n1", "s_kard_krist", "Läkaranteckning", "Björn Strand", "läkare", "2024-01-31T13:25", [
        ("Undersökning", "Eko: dilaterad vänsterkammare, EF 30 %, global hypokinesi."),
        ("Bedömning", "Alkoholinducerad kardiomyopati. Ej meddelat pat ännu, väntar på att hustrun ska kunna vara med."),
    ])],
    [M101], [], "Settled alcohol cardiomyopathy in a visible note with 'Ej meddelat pat ännu'.")

C("d74-vgr-telefon-hcv-screening-inte-fatt-besked", "vgr", P("1992-11-19", "782"), [
    N("n1", "v_ber_troll", "Telefonanteckning", "Anna-Karin Dahl", "sjuksköterska", "2024-02-15T10:05", [
        ("Telefonkontakt", "Provsvar från screeningen: hepatit C-infektion med positivt HCV-RNA. Pat har inte fått besked, sökt henne två gånger utan svar. Dr Rahimi informerad, ny tid bokas för läkarbesök."),
    ])],
    [M101], [], "Nurse's phone note: hepatitis C found at screening, the patient 'har inte fått besked'.")

C("d74-skane-typo-ej-underattad-hcv", "skane", P("1984-04-10", "211"), [
    N("n1", "s_ber_malmo_mott", "Läkaranteckning", "Nadia El-Sayed", "läkare", "2024-03-19T09:30", [
        ("Bedömning", "Hepatit C genotyp 3a påvisad vid inskrivningsprovtagningen. Pat ej underättad om hepatit C-svaret ännu, tas vid LARO-besöket på torsdag."),
    ])],
    [M101], [], "Typo 'ej underättad' (underrättad): the patient is not yet told about the visible hepatitis C.")

C("d74-vgr-misstankt-cirros-ul-ej-informerad", "vgr", P("1967-03-15", "364"), [
    N("n1", "v_med_alingsas", "Läkaranteckning", "Amira Hassan", "läkare", "2024-05-09T14:45", [
        ("Provsvar", "UL buk: ojämn leverkontur och förstorad mjälte, misstänkt levercirros."),
        ("Bedömning", "Pat ej informerad om fyndet, remiss till gastro för vidare handläggning."),
    ], setting="slutenvård")],
    [M101, M102], [], "Suspected cirrhosis from ultrasound in a visible section and 'Pat ej informerad om fyndet': both rules.")

C("d74-vgr-bulimi-ej-formedlad", "vgr", P("1997-10-03", "226"), [
    N("n1", "v_atst_boras", "Läkaranteckning", "Ylva Hedlund", "läkare", "2024-06-11T11:00", [
        ("Bedömning", "Bulimia nervosa, medelsvår, 4–6 kompensatoriska episoder i veckan. Pat har inte fått diagnosen förmedlad ännu, planerat till nästa samtal med psykolog."),
    ])],
    [M101], [], "Bulimia nervosa written in Bedömning while 'Pat har inte fått diagnosen förmedlad ännu'.")

C("d74-skane-alkoholberoende-ej-kommunicerat-ambivalent", "skane", P("1976-11-08", "735"), [
    N("n1", "s_ber_hbg", "Läkaranteckning", "Zeynep Aydın", "läkare", "2024-04-04T14:10", [
        ("Bedömning", "Alkoholberoende F10.2 enligt SCID. Diagnosen har ännu inte kommunicerats med pat, som är mycket ambivalent; tas upp i MI-samtal nästa vecka."),
    ])],
    [M101], [], "Alcohol dependence settled by SCID but 'har ännu inte kommunicerats med pat' – the sensitive telling is postponed in a visible note.")

C("d74-vgr-varicer-gastroskopi-sederad", "vgr", P("1959-07-31", "696"), [
    N("n1", "v_endo_nal", "Endoskopianteckning", "Niklas Franzén", "läkare", "2024-03-14T10:20", [
        ("Fynd", "Esofagusvaricer grad II utan röda tecken. Portal hypertensiv gastropati."),
        ("Kommentar", "Pat djupt sederad efter undersökningen och ej informerad om fynden – avdelningens läkare meddelas."),
    ], setting="slutenvård")],
    [M101], [], "Endoscopy note: varices visible, patient sedated and 'ej informerad om fynden'.")

C("d74-vgr-misstankt-hcc-avvaktar-mr-innan-information", "vgr", P("1957-05-17", "119"), [
    N("n1", "v_gastro_avd", "Läkaranteckning", "Kristina Björk", "läkare", "2024-02-21T15:35", [
        ("Bedömning", "UL: 3 cm lesion i segment VI i cirrotisk lever, misstänkt HCC. Vi avvaktar MR innan pat informeras."),
    ], setting="slutenvård")],
    [M101, M102], [], "Suspected HCC in visible Bedömning, information deliberately withheld until MR: both rules.")

C("d74-skane-hcv-ej-informerad-sedan-informerad", "skane", P("1993-05-02", "337"), [
    N("n1", "s_inf_lund", "Läkaranteckning", "Fredrik Ohlsson", "läkare", "2024-05-06T14:00", [
        ("Bedömning", "Hepatit C, HCV-RNA 850 000 IE/ml. Pat ännu ej informerad, kallas till mottagningen nästa vecka."),
    ]),
    N("n2", "s_inf_lund", "Mottagningsanteckning", "Fredrik Ohlsson", "läkare", "2024-05-14T09:30", [
        ("Aktuellt", "Pat informerad om kronisk hepatit C och att behandlingen är tabletter i åtta veckor med mycket god prognos. Frågor besvarade."),
        ("Planering", "Fibroscan och start av glekaprevir/pibrentasvir."),
    ])],
    [("NL101", "n1")], [("NL101", "n2")], "Earlier note withholds visible hepatitis C (fires on n1); the later note tells the patient (silent on n2).")

C("d74-vgr-atypisk-anorexi-besked-familjesamtal-17ar", "vgr", P("2006-04-22", "186"), [
    N("n1", "v_barn_dsbus", "Läkaranteckning", "Ylva Hedlund", "läkare", "2024-05-03T13:10", [
        ("Bedömning", "Atypisk anorexia nervosa. Besked om diagnosen ges först vid familjesamtalet på fredag, pat ej informerad idag."),
    ])],
    [M101], [], "17-year-old reads her journal: atypical anorexia is visible and 'pat ej informerad idag'.")

C("d74-skane-ortoped-alkoholisk-leversjukdom-ovetande", "skane", P("1960-10-26", "573"), [
    N("n1", "s_orto_ystad", "Läkaranteckning", "Linnea Åkesson", "läkare", "2024-01-25T12:30", [
        ("Aktuellt", "Dag 3 efter osteosyntes av fotledsfraktur efter fall i berusat tillstånd."),
        ("Bedömning", "Alkoholisk leversjukdom – pat ovetande om diagnosen, som framkommit via lab och UL under vårdtiden. Medicinkonsult informerar innan utskrivning."),
    ], setting="slutenvård")],
    [M101], [], "On an orthopaedic ward the visible note says the patient is 'ovetande om diagnosen' alcoholic liver disease.")

C("d74-vgr-korsakoff-ska-ej-informeras-forran-dottern", "vgr", P("1954-08-08", "242"), [
    N("n1", "v_neuro_skovde", "Läkaranteckning", "Magnus Forsberg", "läkare", "2024-03-28T10:00", [
        ("Bedömning", "Korsakoffs syndrom, bekräftat vid neuropsykologisk testning. Pat ska inte informeras om diagnosen förrän dottern kan närvara, enligt överenskommelse med god man."),
    ])],
    [M101], [], "'ska inte informeras ... förrän' – must-not-be-told-yet about a visible Korsakoff diagnosis.")

C("d74-skane-typo-epikris-cirros-ej-inforemrad", "skane", P("1962-09-14", "436"), [
    N("n1", "s_med3_ma", "Epikris", "Erik Holm", "läkare", "2024-06-07T15:50", [
        ("Diagnos", "Alkoholisk leversjukdom med cirros (K70.3). Alkoholabstinens (F10.3)."),
        ("Vårdförlopp", "Abstinensbehandling utan komplikationer. DT buk under vårdtiden visade cirrotisk lever."),
        ("Övrigt", "Obs! Pat ännu ej inforemrad om cirrosen då han skrevs ut i förtid på egen begäran. Ansvarig läkare på levermottagningen informerar vid första besöket."),
    ], setting="slutenvård")],
    [M101], [], "Discharge summary with cirrhosis under Diagnos and typo 'ej inforemrad om cirrosen'.")

C("d74-vgr-typo-ej-infromerad-hcv", "vgr", P("1995-03-29", "518"), [
    N("n1", "v_ber_skovde_mott", "Läkaranteckning", "Daniel Lind", "läkare", "2024-04-17T15:00", [
        ("Bedömning", "Kronisk hepatit C (HCV-RNA 3,4 milj IE/ml). Pat ej infromerad ännu, kommer på återbesök om en vecka."),
    ], signed=None)],
    [M101], [], "Unsigned draft; typo 'ej infromerad' beside confirmed chronic hepatitis C.")

C("d74-skane-kronisk-pankreatit-ej-delgiven", "skane", P("1972-01-27", "695"), [
    N("n1", "s_kir_hbg", "Läkaranteckning", "Tobias Lund", "läkare", "2024-02-19T14:20", [
        ("Undersökningsfynd", "DT buk: förkalkningar i pankreas och dilaterad pankreasgång."),
        ("Bedömning", "Kronisk pankreatit, alkoholorsakad. Diagnosen har inte delgivits pat ännu."),
    ])],
    [M101], [], "'Diagnosen har inte delgivits pat ännu' about a settled chronic pancreatitis, visible.")

C("d74-vgr-osteopeni-dxa-svaret-ej-formedlat", "vgr", P("1996-08-30", "266"), [
    N("n1", "v_atst_su", "Läkaranteckning", "Helena Gustafsson", "läkare", "2024-01-11T09:20", [
        ("Provsvar", "DXA: T-score ländrygg -1,9, höft -1,4."),
        ("Bedömning", "Osteopeni sekundär till anorexia nervosa. Svaret är ännu inte förmedlat till pat, tas vid nästa läkarbesök."),
    ])],
    [M101], [], "Osteopeni from DXA visible while 'Svaret är ännu inte förmedlat till pat'.")

C("d74-vgr-lang-laro-inskrivning-hcv-ej-underrattad", "vgr", P("1986-01-13", "795"), [
    N("n1", "v_ber_angered", "Inskrivningsanteckning", "Ali Rahimi", "läkare", "2024-03-04T10:30", [
        ("Anamnes", "38-årig man med opioidberoende sedan 15 år, främst heroin och senare svart buprenorfin. Injicerar dagligen, senast i morse. Tidigare avbrutet LARO 2019 p.g.a. sidomissbruk. Bor hos sin mamma, saknar sysselsättning. Ingen känd somatisk sjukdom, inga stående läkemedel."),
        ("Status", "AT: opåverkad, normal pupillstorlek. Multipla stickmärken i armvecken bilat, ingen abscess. Cor: regelbunden, inga blåsljud. Pulm: ua. Buk: mjuk, oöm, ingen hepatomegali. BT 128/80, P 76."),
        ("Provsvar", "U-tox: opiater pos, buprenorfin pos, övrigt neg. Anti-HCV pos och HCV-RNA 1,2 milj IE/ml – kronisk hepatit C. HIV och HBsAg neg. Pat ännu inte underrättad om hepatitsvaret, tas vid nästa besök tillsammans med kontaktpersonen."),
        ("Bedömning", "Opioidberoende (F11.2), uppfyller kriterier för LARO. Kronisk hepatit C som behöver behandlas parallellt."),
        ("Planering", "Start buprenorfin/naloxon 8/2 mg, upptrappning under övervakning. Remiss infektion. Vaccination mot hepatit A och B. Nytt besök om tre dagar."),
    ])],
    [M101], [], "Long LARO admission; one line in Provsvar says the patient is not yet told about the visible chronic hepatitis C.")

C("d74-skane-atypisk-anorexi-for-utmattad-for-samtal", "skane", P("2003-03-03", "824"), [
    N("n1", "s_atst_malmo", "Läkaranteckning", "Sara Mårtensson", "läkare", "2024-05-29T16:15", [
        ("Bedömning", "Atypisk anorexia nervosa med snabb viktnedgång och ortostatism. Pat har inte informerats om diagnosen då hon idag var för utmattad för samtal, görs i morgon."),
    ])],
    [M101], [], "Atypical anorexia visible; 'Pat har inte informerats om diagnosen' because she was too exhausted today.")

C("d74-vgr-refeedingsyndrom-ej-informerad-sover", "vgr", P("2000-10-17", "448"), [
    N("n1", "v_med_sas", "Läkaranteckning", "Mattias Olsson", "läkare", "2024-06-14T08:30", [
        ("Bedömning", "Refeedingsyndrom med fosfat 0,31 och begynnande hjärtsvikt. Pat ej informerad om komplikationen ännu, sover efter en svår natt."),
        ("Åtgärd", "Fosfatinfusion, sänkt energiintag, telemetri."),
    ], setting="slutenvård")],
    [M101], [], "Refeeding syndrome written as settled; the patient is 'ej informerad om komplikationen ännu'.")

# ================================================================
# Part D — NL101 negatives: told, untold thing is no diagnosis,
#          protected place, only relative untold, nothing said
# ================================================================

C("d74-skane-hcv-informerad-idag-remiss", "skane", P("1991-08-03", "274"), [
    N("n1", "s_ber_malmo_mott", "Läkaranteckning", "Nadia El-Sayed", "läkare", "2024-02-08T10:50", [
        ("Bedömning", "Kronisk hepatit C, genotyp 3a. Pat informerad idag om diagnosen och om smittvägar, remiss till infektionskliniken för DAA-behandling."),
    ])],
    [], [M101, M102], "Hepatitis C settled and the patient was told today.")

C("d74-vgr-kand-cirros-pat-val-insatt", "vgr", P("1956-12-12", "835"), [
    N("n1", "v_gastro_mott", "Mottagningsanteckning", "Sofia Berg", "läkare", "2024-03-25T13:30", [
        ("Aktuellt", "Känd alkoholisk levercirros sedan 2021, pat väl insatt i diagnosen och prognosen. Nykter sedan 14 månader, PEth under 0,03."),
        ("Planering", "UL lever var sjätte månad för HCC-screening."),
    ])],
    [], [M101], "Cirrhosis known to the patient for years ('väl insatt').")

C("d74-skane-datum-gastroskopi-ej-informerad", "skane", P("1965-04-07", "520"), [
    N("n1", "s_gastro_ma", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-04-15T14:35", [
        ("Bedömning", "Alkoholisk levercirros, Child-Pugh A, TPK 98."),
        ("Planering", "Gastroskopi för varicescreening beställd. Tiden är inte klar och pat är därför ännu inte informerad om datum."),
    ])],
    [], [M101], "What the patient is not yet told is the date of a gastroscopy, not a diagnosis.")

C("d74-vgr-remiss-laro-ej-informerad", "vgr", P("1990-07-14", "431"), [
    N("n1", "v_ber_skovde_mott", "Läkaranteckning", "Daniel Lind", "läkare", "2024-05-13T11:15", [
        ("Bedömning", "Opioidberoende (F11.2), uppfyller kriterierna för LARO."),
        ("Planering", "Remiss till LARO-mottagningen skickad idag. Pat har inte informerats om att remissen gått iväg, han nås inte på sin telefon."),
    ])],
    [], [M101], "Untold is that a referral was sent; the diagnosis is not what is withheld.")

C("d74-skane-normala-screeningsvar-ej-meddelade", "skane", P("1983-05-21", "642"), [
    N("n1", "s_abst_hbg", "Läkaranteckning", "Zeynep Aydın", "läkare", "2024-03-15T10:00", [
        ("Bedömning", "Alkoholberoende, abstinensbehandlingen avslutad dag 5."),
        ("Provsvar", "Screening för hepatit B, hepatit C och HIV negativ. Pat ej meddelad om svaren ännu, görs vid utskrivningssamtalet."),
    ], setting="slutenvård")],
    [], [M101], "Hard negative: 'ej meddelad' refers to normal screening results; infections named there are negative.")

C("d74-vgr-sokord-th-hcv-ej-informerad", "vgr", P("1985-02-05", "196"), [
    N("n1", "v_ber_troll", "Läkaranteckning", "Johanna Karlsson", "läkare", "2024-01-29T15:40", [
        ("Aktuellt", "Inskrivningssamtal inför LARO, provtagning enligt rutin. Motiverad för behandling."),
        ("Tidiga hypoteser", "Misstänkt hepatit C – anti-HCV positivt, RNA inte klart. Pat ej informerad, vill avvakta bekräftande svar."),
    ])],
    [], [M101, M102], "VGR: the untold and hedged hepatitis C is kept only under sökord Tidiga hypoteser.")

C("d74-vgr-pat-informerad-maken-ska-inte-veta", "vgr", P("1978-06-18", "540"), [
    N("n1", "v_inf_ostra", "Läkaranteckning", "Anders Johansson", "läkare", "2024-04-16T10:10", [
        ("Bedömning", "Pat informerad om kronisk hepatit C idag. Hon vill inte att maken informeras ännu; smittspårning enligt smittskyddslagen är genomgången med henne."),
    ])],
    [], [M101], "The patient is told; only the husband is not.")

C("d74-skane-bup-foraldrar-ej-informerade-bulimi-17ar", "skane", P("2006-09-15", "426"), [
    N("n1", "bup_atst_malmo", "Läkaranteckning", "Ida Cederlund", "läkare", "2024-06-13T11:25", [
        ("Bedömning", "Bulimia nervosa, pat informerad och delaktig i behandlingsplanen. Föräldrarna är ej informerade om bulimin på pat:s uttryckliga begäran, vilket vi respekterar då hon snart är 18 och inte bedöms vara i akut fara."),
    ])],
    [], [M101], "17-year-old knows her diagnosis; only the parents are not told.")

C("d74-vgr-osteopeni-anorexi-inget-om-information", "vgr", P("1993-03-08", "627"), [
    N("n1", "v_atst_su", "Läkaranteckning", "Helena Gustafsson", "läkare", "2024-04-25T14:00", [
        ("Bedömning", "Anorexia nervosa, binge-purge-typ. Osteopeni enligt DXA i mars (T-score -1,6)."),
        ("Planering", "Kalcium och D-vitamin, ny DXA om två år. Fortsatt KBT-E."),
    ])],
    [], [M101], "Diagnoses visible but nothing at all is said about telling the patient.")

C("d74-skane-ej-berattat-for-arbetsgivaren", "skane", P("1970-09-02", "815"), [
    N("n1", "s_ber_lund", "Läkaranteckning", "Jonas Nilsson", "läkare", "2024-02-21T09:10", [
        ("Bedömning", "Alkoholberoende, i behandling med naltrexon. Pat har inte berättat för arbetsgivaren om alkoholberoendet och är orolig för att det ska komma fram på rehabmötet."),
    ])],
    [], [M101], "Hard negative: it is the patient who has not told his employer; he knows the diagnosis.")

C("d74-vgr-informerad-peth-haller-inte-med", "vgr", P("1975-01-09", "717"), [
    N("n1", "v_ber_udd", "Läkaranteckning", "Gustav Nyström", "läkare", "2024-05-20T10:45", [
        ("Bedömning", "Pat informerad om PEth-svaret 1,2 och att han uppfyller kriterierna för alkoholberoende. Han håller inte med och menar att han bara dricker socialt."),
    ])],
    [], [M101], "Told, even though the patient disagrees with the diagnosis.")

C("d74-vgr-fosfat-normaliserat-ej-informerad", "vgr", P("2002-04-14", "484"), [
    N("n1", "v_med_sas", "Omvårdnadsanteckning", "Kristina Björk", "sjuksköterska", "2024-02-27T13:20", [
        ("Observation", "Anorexia nervosa, dag 8 av uppnutrition. Fosfat 1,05 idag, normaliserat. Pat ej informerad om provsvaret ännu, tas vid ronden."),
    ], setting="slutenvård")],
    [], [M101], "What is not yet told is a normal phosphate value.")

C("d74-skane-utskrivningsdatum-ej-informerad-dt", "skane", P("1957-03-24", "378"), [
    N("n1", "s_med_krist", "Läkaranteckning", "Sara Mårtensson", "läkare", "2024-04-11T11:30", [
        ("Bedömning", "Delirium tremens i regress, orienterad sedan igår. Pat ännu ej informerad om planerat utskrivningsdatum då boendet inte bekräftat plats."),
    ], setting="slutenvård")],
    [], [M101], "The untold item is the discharge date, not the delirium.")

C("d74-skane-telefon-meddelad-hcv-igar", "skane", P("1988-02-16", "626"), [
    N("n1", "s_inf_lund", "Telefonanteckning", "Maria Ek", "sjuksköterska", "2024-01-18T10:30", [
        ("Telefonkontakt", "Pat meddelades hepatit C-diagnosen per telefon av dr Ohlsson igår. Ringer idag med frågor om smitta till barnen, svar givet."),
    ])],
    [], [M101], "Told yesterday by phone; today's call is follow-up questions.")

C("d74-skane-villkor-infektionslakare-informerar", "skane", P("1986-10-11", "519"), [
    N("n1", "s_ber_hbg", "Läkaranteckning", "Lena Möller", "läkare", "2024-05-23T13:45", [
        ("Bedömning", "Opioidberoende i LARO, stabil på buprenorfin. Anti-HCV positiv sedan 2019, ny kontroll av HCV-RNA idag. Om RNA är positivt informerar infektionsläkaren pat vid sitt besök."),
    ])],
    [], [M101], "A conditional plan for who will inform; the text never says the patient is uninformed about a diagnosis.")

C("d74-vgr-pat-och-dotter-informerade-wks", "vgr", P("1958-01-20", "813"), [
    N("n1", "v_neuro_skovde", "Läkaranteckning", "Magnus Forsberg", "läkare", "2024-02-29T14:30", [
        ("Bedömning", "Wernicke-Korsakoffs syndrom efter höstens vårdtillfälle. Pat och dottern informerade tillsammans, pat förstår delvis och informationen upprepas skriftligt."),
    ])],
    [], [M101], "Patient and daughter were told together.")

C("d74-skane-kurator-behandlingshem-inget-besked", "skane", P("1979-08-13", "159"), [
    N("n1", "s_abst_ma", "Kuratorsanteckning", "Petra Hansson", "kurator", "2024-03-27T10:50", [
        ("Samtal", "Alkoholberoende, vårdas för abstinens. Socialtjänsten har ännu inte fattat beslut om placering på behandlingshem och pat har därför inte fått något besked."),
    ], setting="slutenvård")],
    [], [M101], "The pending news is a social services decision, not a diagnosis.")

C("d74-vgr-synlig-hanvisning-th-ej-informerad", "vgr", P("1955-05-05", "254"), [
    N("n1", "v_minne_molndal", "Läkaranteckning", "Ylva Hedlund", "läkare", "2024-05-15T10:15", [
        ("Bedömning", "Se Tidiga hypoteser. Pat ej informerad ännu om misstanken, tas upp efter MR."),
        ("Tidiga hypoteser", "Misstänkt alkoholrelaterad demens, MMT 22 och frontal dysfunktion."),
    ])],
    [], [M101, M102], "Hard negative: the visible line only says 'misstanken' is untold; the diagnosis itself is under VGR sökord Tidiga hypoteser.")

C("d74-skane-th-mall-sedan-synlig-anorexi-informerad", "skane", P("1995-10-28", "562"), [
    N("n1", "s_atst_hbg", "Tidiga hypoteser", "Malin Jeppsson", "läkare", "2024-02-05T15:20", [
        ("Bedömning", "Misstänkt anorexia nervosa hos pat som söker för yrsel och förnekar restriktivt ätande. Ej framfört till pat."),
    ]),
    N("n2", "s_atst_hbg", "Läkaranteckning", "Malin Jeppsson", "läkare", "2024-02-19T14:05", [
        ("Bedömning", "Anorexia nervosa diagnostiserad efter fördjupad bedömning. Pat informerad om diagnosen och går med på behandling."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    "Routine followed: untold hypothesis in the Skåne Tidiga hypoteser template, later settled and told in a visible note.")

C("d74-vgr-typo-infomerad-idag-bulimi", "vgr", P("2001-05-14", "343"), [
    N("n1", "v_atst_su", "Läkaranteckning", "Helena Gustafsson", "läkare", "2024-06-06T13:00", [
        ("Bedömning", "Bulimia nervosa. Pat infomerad om diagnosen idag och får skriftlig information om KBT-E."),
    ])],
    [], [M101], "Typo 'infomerad' in a told-today sentence: the patient has been told.")

C("d74-skane-lang-epikris-atstorning-informerad", "skane", P("1998-12-04", "728"), [
    N("n1", "s_med3_ma", "Epikris", "Tomas Hallberg", "läkare", "2024-05-24T14:40", [
        ("Diagnos", "Anorexia nervosa, restriktiv typ (F50.0). Refeedingsyndrom (E87.8). Sinusbradykardi. Osteopeni."),
        ("Vårdförlopp", "25-årig kvinna inlagd från ätstörningsmottagningen med BMI 12,9, puls 34 och hypoglykemi. Nutrition startades försiktigt med 800 kcal/d men fosfat sjönk dag 3 till 0,38 och hon fick ödem. Substituerades med fosfat iv och energin hölls på samma nivå i tre dagar, därefter stegvis ökning till 2400 kcal/d. Pulsen normaliserades till 55–60 under andra veckan. DXA under vårdtiden visade osteopeni i ländryggen."),
        ("Information", "Pat informerad om samtliga diagnoser och om vad refeedingsyndrom innebär. Föräldrarna har deltagit vid utskrivningssamtalet med pat:s medgivande."),
        ("Uppföljning", "Åter till ätstörningsmottagningen om en vecka. Fosfat och K på vårdcentralen om tre dagar. Ny DXA om två år."),
    ], setting="slutenvård")],
    [], [M101], "Long discharge summary with several somatic complications, all stated told to the patient.")

# ================================================================
# Validation and output
# ================================================================

def age_on(birth, day):
    b = datetime.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def sentences(text):
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = " ".join(s.split())
            if s:
                yield s


def validate(cases):
    problems = []
    names = set()
    seen = {}
    for c in cases:
        nm = c["case"]
        if nm in names:
            problems.append("duplicate case name " + nm)
        names.add(nm)
        if not nm.startswith("d74-"):
            problems.append(nm + ": name must start with d74-")
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append(nm + ": wrong case keys")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(nm + ": bad ruleset")
        if not c["why"].strip():
            problems.append(nm + ": empty why")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append(nm + ": wrong record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append(nm + ": access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        pid = pat["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            problems.append(nm + ": malformed personnummer " + pid)
        else:
            ymd, last4 = m.groups()
            if ymd != pat["birth_date"].replace("-", ""):
                problems.append(nm + ": personnummer does not match birth_date")
            if luhn_check(ymd[2:] + last4[:3]) != last4[3]:
                problems.append(nm + ": Luhn check fails for " + pid)
        try:
            datetime.date.fromisoformat(pat["birth_date"])
        except ValueError:
            problems.append(nm + ": bad birth_date")
        as_of = datetime.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        if as_of.year != 2024:
            problems.append(nm + ": as_of not in 2024")
        age = age_on(pat["birth_date"], as_of.date())
        if 13 <= age <= 15:
            problems.append(nm + ": patient aged %d (13-15 not allowed)" % age)
        notes = {}
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                problems.append(nm + ": wrong note keys")
            if n["id"] in notes:
                problems.append(nm + ": duplicate note id " + n["id"])
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                problems.append(nm + ": bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(nm + ": VGR notes must be Melior")
            t = datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            if t.year != 2024 or t > as_of:
                problems.append(nm + ": note time outside 2024 or after as_of")
            if n["signed"] is not None:
                s = datetime.datetime.strptime(n["signed"], "%Y-%m-%dT%H:%M:%S")
                if s.year != 2024 or s < t:
                    problems.append(nm + ": bad signed time")
            exp_prefix = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not n["unit"]["hsa_id"].startswith(exp_prefix):
                problems.append(nm + ": unit hsa_id not of the case's region")
            if not n["sections"]:
                problems.append(nm + ": note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append(nm + ": bad section")
                for s in sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in seen and seen[s] != (nm, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %s" % (nm, seen[s][0], s))
                        seen.setdefault(s, (nm, n["id"], sec["keyword"]))
        asserted = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append(nm + ": unexpected code " + code)
                if target not in notes:
                    problems.append(nm + ": target %s missing" % target)
                    continue
                if (code, target) in asserted:
                    problems.append(nm + ": %s on %s asserted twice" % (code, target))
                asserted.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    problems.append(nm + ": NL102 must only on Melior")
                if code == "NL101" and sysname == "PMO":
                    problems.append(nm + ": NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            problems.append(nm + ": nothing asserted")
    return problems


def main():
    problems = validate(CASES)
    for d in sorted(DRAFTS - {c["case"] for c in CASES}):
        problems.append("draft name matches no case: " + d)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(HERE, "nl1_dev74_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted({k[0] for k in counts}):
        print("  %s must %d  must_not %d" % (code, counts.get((code, "must"), 0),
                                              counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
