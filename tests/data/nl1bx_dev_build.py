#!/usr/bin/env python3
"""Gold cases for notelint NL101/NL102 (writer: nl1bx_dev_cases).

Theme: who holds the suspicion and who is (not) told -- paediatrics (guardians,
children under 13 and patients of 16 or more), psychiatry (VGR only), geriatrics
and memory clinics, genetics and hereditary disease.

Dependency-free and deterministic: `python3 build.py` writes nl1bx_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

NAME = "nl1bx_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

SK, VG = "skane", "vgr"
MEL, PMO = "Melior", "PMO"

# ----------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospitals)
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000032-5HB10"),
    "sk_barn_hbg_avd": ("Barn- och ungdomsavdelningen, Helsingborgs lasarett", "SE2321000032-5HB22"),
    "sk_barn_kri": ("Barn- och ungdomsmottagningen, Centralsjukhuset Kristianstad", "SE2321000032-4KR31"),
    "sk_barnakut_lund": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000032-1BA07"),
    "sk_barnneuro": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000032-1BN14"),
    "sk_barnorto": ("Barnortopediska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000032-2BO03"),
    "sk_barnallergi": ("Barnallergimottagningen, Ystads lasarett", "SE2321000032-7YB02"),
    "sk_cf": ("CF-centrum, Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000032-1CF01"),
    "sk_barnonk": ("Barnonkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000032-1BO19"),
    "sk_ogon_barn": ("Ögonmottagningen barn, Skånes universitetssjukhus Lund", "SE2321000032-1OG40"),
    "sk_barnendo": ("Barnendokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000032-2BE08"),
    "sk_minne_mal": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000032-2MM11"),
    "sk_minne_yst": ("Minnesmottagningen, Ystads lasarett", "SE2321000032-7YM05"),
    "sk_ger_avd": ("Geriatriska kliniken avdelning 3, Skånes universitetssjukhus Lund", "SE2321000032-1GA03"),
    "sk_ger_hlm": ("Geriatriska mottagningen, Hässleholms sjukhus", "SE2321000032-6HG02"),
    "sk_genetik": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000032-1KG01"),
    "sk_onkogen": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000032-1OK04"),
    "sk_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000032-5NE03"),
    "sk_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000032-1NK09"),
    "sk_kir_mal": ("Kolorektalmottagningen, Skånes universitetssjukhus Malmö", "SE2321000032-2KR06"),
    "sk_orto_tre": ("Ortopedmottagningen, Trelleborgs lasarett", "SE2321000032-8OT01"),
    "sk_hud_lan": ("Hudmottagningen, Landskrona lasarett", "SE2321000032-9HL02"),
    "sk_lipid": ("Lipidmottagningen, Skånes universitetssjukhus Malmö", "SE2321000032-2LP01"),
    "sk_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000032-1RM12"),
    "sk_reuma_hbg": ("Reumatologimottagningen, Helsingborgs lasarett", "SE2321000032-5RE04"),
    "sk_arytmi": ("Arytmimottagningen, Skånes universitetssjukhus Lund", "SE2321000032-1AR02"),
    "sk_ogon_mal": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", "SE2321000032-2OG17"),
    "sk_njur": ("Njurmottagningen, Skånes universitetssjukhus Lund", "SE2321000032-1NJ05"),
    # Skåne, PMO (primary care)
    "sk_bvc_linero": ("BVC Vårdcentralen Linero, Lund", "SE2321000032-P1L44"),
    "sk_bvc_hlm": ("Barnavårdscentralen, Vårdcentralen Hässleholm", "SE2321000032-P6H12"),
    "sk_vc_kroks": ("Vårdcentralen Kroksbäck, Malmö", "SE2321000032-P2K21"),
    "sk_vc_teck": ("Vårdcentralen Teckomatorp", "SE2321000032-P5T03"),
    "sk_um_tre": ("Ungdomsmottagningen Trelleborg", "SE2321000032-P8U01"),
    "sk_hsv_esl": ("Hemsjukvården Eslöv", "SE2321000032-P5E09"),
    "sk_vc_simr": ("Vårdcentralen Simrishamn", "SE2321000032-P7S02"),
    # Västra Götaland, Melior
    "vg_dsbus": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010101"),
    "vg_dsbus_avd": ("Barnmedicinsk avdelning 331, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010331"),
    "vg_dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010008"),
    "vg_barngastro": ("Barngastroenterologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010122"),
    "vg_barnkard": ("Barnhjärtmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010140"),
    "vg_barnlogo": ("Logopedmottagningen barn, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010177"),
    "vg_neo": ("Neonatalavdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010211"),
    "vg_neo_nal": ("Neonatalavdelningen, NÄL Trollhättan", "SE2321000131-E000000020215"),
    "vg_barn_nal": ("Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan", "SE2321000131-E000000020101"),
    "vg_barn_skov": ("Barn- och ungdomsmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000030104"),
    "vg_barn_bor": ("Barn- och ungdomsmedicin, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000040110"),
    "vg_barn_bor_avd": ("Barnavdelning 5, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000040105"),
    "vg_psyk_aff": ("Psykiatri Affektiva, öppenvårdsmottagning, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050201"),
    "vg_psyk_udd": ("Allmänpsykiatriska mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000060220"),
    "vg_psykos": ("Psykosmottagning Västra, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050233"),
    "vg_psyk_falk": ("Psykiatriska öppenvårdsmottagningen, Skaraborgs sjukhus Falköping", "SE2321000131-E000000030250"),
    "vg_np_bor": ("Neuropsykiatriska mottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000040261"),
    "vg_atst": ("Ätstörningsenheten, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050270"),
    "vg_psyk_akut": ("Psykiatrisk akutmottagning, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050200"),
    "vg_minne": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000050310"),
    "vg_ger_lid": ("Geriatriska mottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000030320"),
    "vg_akutger": ("Akutgeriatriska avdelningen, NÄL Trollhättan", "SE2321000131-E000000020330"),
    "vg_genetik": ("Klinisk genetik, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050401"),
    "vg_cancergen": ("Cancergenetiska mottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050405"),
    "vg_neuro": ("Neurologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050420"),
    "vg_kard": ("Kardiologmottagningen, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000050430"),
    "vg_lung": ("Lungmedicinska mottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000030440"),
    "vg_hud": ("Hudmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000040450"),
    "vg_kir_skov": ("Kirurgmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000030460"),
    "vg_endo_nu": ("Endokrinmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000060470"),
    "vg_med_ali": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000070480"),
    "vg_koag": ("Koagulationsmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000050490"),
    "vg_ogon": ("Ögonmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000050495"),
}

# ----------------------------------------------------------------- helpers
CASES = []
_serial = [100]


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def pnr(bd, sex):
    _serial[0] += 7
    n = _serial[0] % 1000
    if n < 100:
        n += 100
    n = n - (n % 2) + (1 if sex == "M" else 0)  # odd third digit = male
    if n > 999:
        n -= 2
    yymmdd = bd[2:4] + bd[5:7] + bd[8:10]
    nine = yymmdd + "%03d" % n
    return "%s-%03d%s" % (bd.replace("-", ""), n, luhn_digit(nine))


def iso(t):
    return t if len(t) == 19 else t + ":00"


def N(nid, system, template, unit, author, role, time, sections, signed=50,
      setting="öppenvård"):
    """signed: minutes after `time`, or None for an unsigned draft."""
    t = iso(time)
    s = None
    if signed is not None:
        s = (datetime.fromisoformat(t) + timedelta(minutes=signed)).isoformat()
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t, "signed": s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _targets(codes):
    out = []
    for c in codes:
        if isinstance(c, str):
            out.append([c, "n1"])
        else:
            out.append([c[0], c[1]])
    return out


def C(name, ruleset, bd, sex, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    last = max(datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min(last + timedelta(days=10), datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0).isoformat()
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(bd, sex), "birth_date": bd, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })

# =================================================================
# A. Paediatrics: guardians, children under 13, young people of 16+
# =================================================================

C("ped-forskolan-oro-lakaren-misstanker-autism", VG, "2019-11-03", "M",
  N("n1", MEL, "Läkaranteckning", "vg_barn_nal", "Jonas Berglund", "läkare", "2024-02-07T10:20", [
      ("Kontaktorsak", "Remiss från BVC-sjuksköterska. Förskolepersonalen har vid flera tillfällen tagit upp med föräldrarna att Elias mest leker för sig själv och sällan svarar när han blir tilltalad."),
      ("Anamnes", "Första ord vid 20 mån, nu tvåordssatser. Rigid kring måltider och påklädning, stora utbrott vid övergångar. Sover bra, äter med begränsat urval."),
      ("Status", "Begränsad ögonkontakt, ekolali. Pekar inte för att dela uppmärksamhet. Radar upp bilar under större delen av besöket."),
      ("Bedömning", "Misstänkt autismspektrumtillstånd. Remiss till barnneuropsykiatriskt team för utredning, hörselkontroll först."),
      ("Information", "Mamma och pappa fick veta vad vi misstänker och varför, och att utredningen tar några månader."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="preschool raised autism but the doctor adopts it: 'Misstänkt autismspektrumtillstånd' in Bedömning; guardians were told")

C("ped-forskolan-oro-autism-avskrivs", SK, "2018-09-21", "M",
  N("n1", MEL, "Läkaranteckning", "sk_barnneuro", "Malin Holmqvist", "läkare", "2024-04-16T13:10", [
      ("Anamnes", "Förskolan har framfört oro för autism då Nils inte vill delta i samlingen och håller för öronen när de sjunger."),
      ("Status", "Följer pekning, delar glädje med leende och blick, låtsasleker med doktorsväskan. Talar i fullständiga meningar."),
      ("Bedömning", "Ljudkänslighet och svårigheter i stor grupp, men ömsesidig social kommunikation är åldersadekvat. Ingen misstanke om autism. Råd till förskolan om mindre grupp vid samling."),
  ]),
  must_not=["NL102"],
  why="the preschool's worry about autism is explicitly negated by the doctor ('Ingen misstanke om autism')")

C("ped-lararen-trodde-adhd-absensepilepsi", VG, "2016-02-11", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_bor", "Sofia Wennerström", "läkare", "2024-03-05T09:40", [
      ("Kontaktorsak", "Klassläraren har trott att Ella har ADHD eftersom hon 'försvinner bort' många gånger per lektion. Skolsköterskan såg ögonlocksfladder och remitterade hit."),
      ("Undersökning", "Hyperventilation framkallar efter 40 sekunder ett åtta sekunder långt uppehåll med stirrande blick och ögonlocksmyoklonier."),
      ("EEG", "Generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation, normal bakgrundsaktivitet."),
      ("Bedömning", "Barnabsensepilepsi. Ingen anledning att misstänka ADHD; uppmärksamhetsbortfallen förklaras av absenserna. Insätter etosuximid med långsam upptitrering."),
      ("Information", "Mamma informerad om diagnosen och om hur hon kan berätta för skolan. Ella fick en enkel förklaring och fick titta på sitt EEG."),
  ]),
  must_not=["NL102"],
  why="the teacher's ADHD belief is ruled out, the diagnosis is confirmed and the guardian was told")

C("ped-nyfodd-cf-foraldrar-ej-informerade", SK, "2024-01-22", "F",
  N("n1", MEL, "Provsvarsanteckning", "sk_cf", "Henrik Lövgren", "läkare", "2024-02-13T16:40", [
      ("Provsvar", "Neonatal screening: förhöjt IRT. Mutationsanalys: F508del homozygot. Svettest 2024-02-12: klorid 98 mmol/l."),
      ("Diagnos", "Cystisk fibros."),
      ("Planering", "Föräldrarna är ännu inte informerade om diagnosen, de vet bara att ett nytt prov behövdes. Samtal bokat i morgon kl 10 med undertecknad och CF-sjuksköterska."),
  ]),
  must=["NL101"],
  why="infant: the guardians read the journal and have not been told the cystic fibrosis diagnosis written in Diagnos")

C("ped-typ1-foraldrar-informerade-barnet-vantar", SK, "2015-03-08", "F",
  N("n1", MEL, "Daganteckning", "sk_barn_hbg_avd", "Peter Åkesson", "läkare", "2024-01-18T11:15", [
      ("Bedömning", "Nydebuterad diabetes mellitus typ 1 utan ketoacidos. P-glukos 19, HbA1c 78, GAD-antikroppar positiva."),
      ("Information", "Båda föräldrarna fick beskedet i går kväll. De vill själva berätta för Alva när hon sovit ut; hon har ännu inte fått höra ordet diabetes men vet att hon ska stanna några dagar."),
  ], setting="slutenvård"),
  must_not=["NL101"],
  why="child under 13: the guardians, who read her journal, were told; only the 8-year-old herself is waiting")

C("ped-misstankt-all-foraldrar-ej-informerade-utkast", VG, "2017-08-30", "M",
  N("n1", MEL, "Inskrivningsanteckning", "vg_dsbus_avd", "Amanda Kjellberg", "läkare", "2024-05-21T22:10", [
      ("Aktuellt", "Tre veckors trötthet, blekhet och blåmärken på benen. Inlagd från barnakuten i kväll."),
      ("Lab", "Hb 78, TPK 22, LPK 41. I blodutstryket ses rikligt med blaster."),
      ("Bedömning", "Stark misstanke om akut lymfatisk leukemi. Benmärgsaspiration och flödescytometri i morgon bitti."),
      ("Information", "Föräldrarna vet ännu inte om leukemimisstanken, de har bara fått höra att blodvärdena är avvikande. Barnonkolog informerar familjen efter benmärgsprovet."),
  ], signed=None, setting="slutenvård"),
  must=["NL101", "NL102"],
  why="unsigned draft, 6-year-old: suspected ALL in Bedömning while the guardians have not been told of the suspicion")

C("ped-misstankt-leukemi-mamma-informerad", VG, "2019-12-02", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_skov", "Olof Strand", "läkare", "2024-06-03T15:25", [
      ("Status", "Blek, petekier på bålen, lever 4 cm och mjälte 3 cm under arcus."),
      ("Bedömning", "Pancytopeni och hepatosplenomegali, misstänkt akut leukemi. Överflyttas till barnonkologen på Drottning Silvias i dag."),
      ("Information", "Jag har berättat för mamma och mormor vad blodproverna visar och att det kan vara leukemi; de fick ställa frågor och är förberedda på transporten."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="suspected leukaemia is visible (NL102) but the guardian has been told, so no NL101")

C("ped-tidiga-hypoteser-mall-duchenne", SK, "2020-10-14", "M",
  N("n1", MEL, "Tidiga hypoteser", "sk_barnneuro", "Gustav Ekdahl", "läkare", "2024-02-20T14:00", [
      ("Bedömning", "CK 14 200 U/l, Gowers manöver vid uppresning och pseudohypertrofi av vaderna. Misstänkt Duchennes muskeldystrofi, dystrofingenanalys skickad."),
      ("Planering", "Föräldrarna är ännu inte informerade om misstanken; besked ges när det genetiska svaret finns."),
  ]),
  must_not=["NL101", "NL102"],
  why="Skåne: the whole note is the Tidiga hypoteser template, so neither the hypothesis nor 'not informed' is visible")

C("ped-vgr-tidiga-hypoteser-kromosomavvikelse", VG, "2022-04-19", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_skov", "Karin Ljungqvist", "läkare", "2024-02-27T10:50", [
      ("Anamnes", "Går inte självständigt vid 22 månaders ålder, säger enstaka ord. Äter och sover bra."),
      ("Status", "Hypoton bål, reser sig med stöd. Breda ögonavstånd och lågt ansatta öron."),
      ("Bedömning", "Global utvecklingsförsening. Blodprover inklusive tyreoideaprover och CK, remiss till barnneurolog och fysioterapeut."),
      ("Tidiga hypoteser", "Kombinationen av dysmorfa drag och försening väcker misstanke om ett kromosomavvikelsesyndrom. Array-CGH skickad; tas upp med föräldrarna när svaret finns."),
      ("Information", "Föräldrarna informerade om att utvecklingen utreds vidare och om de planerade proverna."),
  ]),
  must_not=["NL102", "NL101"],
  why="VGR: the syndrome hypothesis and the 'not yet told' are only under the sökord Tidiga hypoteser; visible sections describe findings only")

C("ped-vgr-tidiga-hypoteser-lackt-till-bedomning", VG, "2020-12-09", "M",
  N("n1", MEL, "Läkaranteckning", "vg_barn_nal", "Ahmed Rashid", "läkare", "2024-03-12T13:30", [
      ("Status", "Långsmalt ansikte, stora öron, hyperextensibla fingerleder. Undviker blickkontakt."),
      ("Bedömning", "Språkförsening och beteendesvårigheter, trol. fragilt X-syndrom. FMR1-analys skickad."),
      ("Tidiga hypoteser", "Fragilt X misstänks utifrån fenotyp och att en morbror har intellektuell funktionsnedsättning."),
      ("Planering", "Föräldrarna ska inte informeras om frågeställningen förrän DNA-svaret finns."),
  ]),
  must=["NL101", "NL102"],
  why="a Tidiga hypoteser sökord exists but 'trol. fragilt X-syndrom' leaked into the visible Bedömning, and the guardians are not to be told yet")

C("ped-bvc-pmo-misstankt-hoftledsdysplasi", SK, "2024-02-26", "F",
  N("n1", PMO, "BVC-besök", "sk_bvc_linero", "Eva Nordin", "läkare", "2024-04-02T09:15", [
      ("Undersökning", "Fyraveckorsundersökning. Ortolani tveksamt positiv på vänster sida, asymmetriska lårveck."),
      ("Bedömning", "Misstänkt höftledsdysplasi vä. Remiss till barnortopeden för ultraljud, föräldrarna informerade."),
  ]),
  must_not=["NL102"],
  why="PMO never shows diagnoses: a hedged diagnosis in a BVC note is not NL102")

C("ped-bvc-pmo-mamma-undrar-autism", SK, "2021-09-14", "M",
  N("n1", PMO, "BVC-besök", "sk_bvc_hlm", "Lotta Persson", "sjuksköterska", "2024-03-19T10:00", [
      ("Kontaktorsak", "2,5-årsbesök. Mamma undrar om Leo kan ha autism eftersom en kusin nyss har fått diagnosen."),
      ("Bedömning", "M-CHAT 1 poäng. Pekar, visar och leker rollek. Ingen misstanke om autism från BVC:s sida, uppföljning enligt program."),
  ]),
  must_not=["NL102"],
  why="PMO BVC note with the mother's question and a negation; never NL102 on PMO")

C("ped-bvc-pmo-trol-strabism", SK, "2020-01-30", "F",
  N("n1", PMO, "BVC-besök", "sk_bvc_linero", "Sara Bengtsson", "sjuksköterska", "2024-02-05T08:45", [
      ("Synundersökning", "Fyraårskontroll: visus 0,5 på båda ögonen, inåtskelning vänster öga vid skyltest."),
      ("Bedömning", "Trol. strabism. Remiss till ögonmottagningen, pappa får kallelsen hem."),
  ]),
  must_not=["NL102"],
  why="PMO: 'Trol. strabism' is hedged but PMO diagnoses are never shown")

C("ped-storasyster-celiaki-mormor-trol", VG, "2016-06-17", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_bor", "Linnea Sandberg", "läkare", "2024-04-09T14:20", [
      ("Hereditet", "Storasyster har celiaki sedan 2019. Mormor trol. glutenintolerant, aldrig utredd."),
      ("Aktuellt", "Föräldrarna önskar kontroll då Vera har ont i magen ibland, växer och går upp i vikt som förväntat."),
      ("Bedömning", "Transglutaminas-IgA < 1, totalt IgA normalt. Ingen celiaki. Magontet bedöms funktionellt."),
  ]),
  must_not=["NL102"],
  why="the hedge is on the grandmother ('Mormor trol. glutenintolerant') and celiac disease is ruled out for the child")

C("ped-pappa-epilepsi-enkel-feberkramp", SK, "2021-11-25", "M",
  N("n1", MEL, "Akutanteckning", "sk_barnakut_lund", "Jenny Falk", "läkare", "2024-01-09T19:40", [
      ("Hereditet", "Pappa har epilepsi sedan tonåren, välbehandlad."),
      ("Aktuellt", "Generaliserat krampanfall i två minuter i samband med feber 39,8. Vaken och pigg efter en halvtimme."),
      ("Bedömning", "Enkel feberkramp vid övre luftvägsinfektion. Ingen misstanke om epilepsi. Föräldrarna fick muntlig och skriftlig information om feberkramper."),
  ], setting="akutmottagning"),
  must_not=["NL102"],
  why="the father's epilepsy is family history; epilepsy in the child is negated")

C("ped-mamma-undrar-epilepsi-misstankta-absenser", SK, "2017-02-13", "F",
  N("n1", MEL, "Läkaranteckning", "sk_barn_kri", "Mattias Nyberg", "läkare", "2024-01-26T14:15", [
      ("Kontaktorsak", "Mamma undrar om det kan vara epilepsi när dottern stirrar tomt och inte svarar, flera gånger om dagen."),
      ("Status", "Normalt neurologiskt status. Vid hyperventilation i tre minuter ses ingen säker episod."),
      ("Bedömning", "Misstänkt absensepilepsi. EEG med hyperventilation och fotostimulering bokas."),
  ]),
  must=["NL102"],
  why="the mother's question becomes the doctor's own 'Misstänkt absensepilepsi' in Bedömning")

C("ped-meningit-kan-inte-uteslutas", VG, "2023-06-01", "M",
  N("n1", MEL, "Akutanteckning", "vg_dsbus_akut", "Fredrik Holm", "läkare", "2024-02-02T23:50", [
      ("Status", "Feber 40,1, irritabel och svårtröstad, spänd fontanell."),
      ("Bedömning", "Bakteriell meningit kan inte uteslutas. Lumbalpunktion och blododling, cefotaxim iv direkt efter odlingarna."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"],
  why="unsigned draft: 'meningit kan inte uteslutas' is the clinician's open hypothesis in a visible section")

C("ped-skolskoterskan-fragade-skolios-bekraftad", SK, "2012-10-05", "F",
  N("n1", MEL, "Läkaranteckning", "sk_barnorto", "Anders Wikström", "läkare", "2024-05-14T11:00", [
      ("Remissorsak", "Skolsköterskan såg asymmetri i ryggen vid framåtböjningstest och remitterade med frågan skolios."),
      ("Röntgen", "Helrygg: högerkonvex torakal kurva, Cobbvinkel 24 grader, Risser 0."),
      ("Bedömning", "Idiopatisk skolios hos växande barn. Korsettbehandling påbörjas. Saga och pappa informerade om diagnos och behandling."),
  ]),
  must_not=["NL102"],
  why="the school nurse's question is settled in the same note: confirmed diagnosis, guardian and child informed")

C("ped-trolig-kawasaki-foraldrar-informerade", VG, "2020-07-22", "M",
  N("n1", MEL, "Daganteckning", "vg_barn_bor_avd", "Maria Lundh", "läkare", "2024-03-28T09:30", [
      ("Aktuellt", "Feber sjätte dygnet, bilateral konjunktivit, jordgubbstunga och svullna händer. CRP 142, TPK 610."),
      ("Bedömning", "Trolig Kawasakis sjukdom, inkomplett form. Ekokardiografi i morgon, IVIG påbörjas i kväll."),
      ("Information", "Föräldrarna informerade om misstanken och om behandlingen med immunglobulin."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="'Trolig Kawasakis sjukdom' is visible; the guardians know, so only NL102")

C("ped-retinoblastom-foraldrar-ej-besked", SK, "2022-06-10", "M",
  N("n1", MEL, "Operationsanteckning", "sk_ogon_barn", "Ingrid Sjöholm", "läkare", "2024-02-15T12:40", [
      ("Undersökning i narkos", "Exofytisk tumör med kalcifieringar i vänster öga, cirka 12 mm. Inga fynd i höger öga."),
      ("Diagnos", "Retinoblastom vänster öga."),
      ("Planering", "Föräldrarana har ännu inte fått besked om fyndet. De informeras gemensamt av ögonläkare och barnonkolog i morgon förmiddag."),
  ], setting="slutenvård"),
  must=["NL101"],
  why="toddler: the guardians have not been told the retinoblastoma diagnosis written in Diagnos; typo 'Föräldrarana'")

C("ped-17ar-ulcerös-kolit-foraldrar-ej-informerade", VG, "2006-09-12", "M",
  N("n1", MEL, "Läkaranteckning", "vg_barngastro", "Elin Carlsson", "läkare", "2024-04-25T15:05", [
      ("Koloskopi", "Kontinuerlig inflammation från rektum till caekum, Mayo 2."),
      ("Bedömning", "Ulcerös kolit, pankolit. Start av mesalazin, kalprotektin om åtta veckor."),
      ("Information", "Isak informerad om diagnos och behandling. Han vill själv berätta för föräldrarna i helgen, och de har alltså inte informerats av oss."),
  ]),
  must_not=["NL101"],
  why="17-year-old was told himself; only the parents are not informed")

C("ped-16ar-foraldrar-informerade-patienten-ej", SK, "2007-11-30", "F",
  N("n1", MEL, "Läkaranteckning", "sk_barnonk", "Jakob Hedlund", "läkare", "2024-03-07T17:20", [
      ("Aktuellt", "Huvudvärk och ostadighet i tre månader. MR hjärna i går."),
      ("MR", "Cystisk tumör med murknöl i vänster lillhjärnshemisfär, 4 cm, lätt hydrocefalus."),
      ("Bedömning", "Trol. pilocytärt astrocytom. Neurokirurgisk bedömning i morgon."),
      ("Information", "Föräldrarna har informerats om fynden. På föräldrarnas begäran har Wilma ännu inte fått veta att det är en tumör; gemensamt samtal med henne planeras i morgon."),
  ]),
  must=["NL101", "NL102"],
  why="16-year-old reads her own journal: parents told but the patient not, with the hedged tumour diagnosis visible")

C("ped-jia-foraldrar-vill-sjalva-forklara", VG, "2013-12-24", "M",
  N("n1", MEL, "Läkaranteckning", "vg_dsbus", "Viktor Almqvist", "läkare", "2024-06-11T10:35", [
      ("Bedömning", "Oligoartikulär juvenil idiopatisk artrit i höger knä och vänster fotled. ANA positiv, ögonkontroll var tredje månad."),
      ("Information", "Föräldrarna informerade om diagnosen JIA och behandlingsplanen. De vill själva förklara för Hugo vad sjukdomen heter och har bett oss vänta med det."),
  ]),
  must_not=["NL101"],
  why="10-year-old: the guardians who read the journal were told; the child's explanation is deferred at their request")

C("ped-diabetes-ev-pump-trol-slanglos", SK, "2012-08-19", "M",
  N("n1", MEL, "Sjuksköterskeanteckning", "sk_barn_kri", "Helena Mårtensson", "diabetessjuksköterska", "2024-05-08T13:45", [
      ("Aktuellt", "Diabetes typ 1 sedan 2021. HbA1c 58, tid i målområdet 61 procent."),
      ("Planering", "Ev. byte till insulinpump efter sommaren, trol. blir det en slanglös pump. Ny tid om tre månader."),
  ]),
  must_not=["NL102"],
  why="the hedges are about pump choice, not a diagnosis; type 1 diabetes is established")

C("ped-mamma-orolig-hjartfel-stills-blasljud", VG, "2019-03-03", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barnkard", "Per-Erik Forsberg", "läkare", "2024-01-30T14:10", [
      ("Kontaktorsak", "Mamma är orolig för hjärtfel eftersom kusinen opererades för VSD som spädbarn."),
      ("Ekokardiografi", "Normal anatomi och funktion, inga shuntar."),
      ("Bedömning", "Funktionellt blåsljud (Stills blåsljud). Inget hjärtfel, ingen uppföljning behövs."),
  ]),
  must_not=["NL102"],
  why="the mother's fear is answered with an affirmed benign finding and 'Inget hjärtfel'")

C("ped-sannoligt-astma-stavfel", SK, "2017-10-27", "M",
  N("n1", MEL, "Läkaranteckning", "sk_barnallergi", "Camilla Öhman", "läkare", "2024-04-22T09:05", [
      ("Aktuellt", "Återkommande pipande andning vid förkylning och ansträngning sedan två år."),
      ("Bedömning", "Spirometri svårgenomförd. Sannoligt astma; försöksbehandling med inhalationssteroid i åtta veckor."),
  ]),
  must=["NL102"],
  why="typo 'Sannoligt' for 'Sannolikt': still a hedged asthma diagnosis in a visible section")

C("ped-vc-fragade-celiaki-nu-verifierad", VG, "2014-09-16", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_nal", "Hanna Östling", "läkare", "2024-05-27T11:20", [
      ("Remissorsak", "Vårdcentralen remitterar med frågeställningen celiaki? efter förhöjda transglutaminasantikroppar."),
      ("Gastroskopi", "Duodenalbiopsier visar totalatrofi av villi, Marsh 3c."),
      ("Bedömning", "Celiaki, nu verifierad. Glutenfri kost och dietistkontakt. Familjen informerad om diagnosen och om att syskon bör screenas."),
  ]),
  must_not=["NL102"],
  why="the referring clinic's question mark is answered in the same note: celiac disease verified and told")

C("ped-vc-remiss-lakaren-misstanker-crohn", SK, "2011-07-01", "M",
  N("n1", MEL, "Läkaranteckning", "sk_barn_hbg", "Lars Ottosson", "läkare", "2024-02-22T10:10", [
      ("Remissorsak", "Vårdcentralen remitterar pga viktnedgång, diarré och förhöjt kalprotektin."),
      ("Bedömning", "Misstänkt inflammatorisk tarmsjukdom, Crohns sjukdom mest sannolikt med tanke på perianal fistel. Gastroskopi och koloskopi i narkos."),
      ("Information", "Mamma och Noah fick information om misstanken och undersökningarna."),
  ]),
  must=["NL102"],
  why="the receiving doctor's own hedged IBD/Crohn diagnosis is visible; the family knows")

C("ped-lakemedelsniva-misstanke-glomda-doser", SK, "2014-01-11", "F",
  N("n1", MEL, "Sjuksköterskeanteckning", "sk_barnneuro", "Annika Roos", "sjuksköterska", "2024-06-18T14:30", [
      ("Aktuellt", "Fokal epilepsi, behandlas med lamotrigin."),
      ("Bedömning", "S-lamotrigin lågt trots oförändrad dos. Misstänker att kvällsdosen ofta glöms bort; pratat med pappa om påminnelse i mobilen."),
  ]),
  must_not=["NL102"],
  why="the suspicion is about missed doses, not about a diagnosis")

C("ped-pyelonefrit-fragetecken-utkast", VG, "2022-12-20", "F",
  N("n1", MEL, "Akutanteckning", "vg_barn_skov", "Johan Thulin", "läkare", "2024-01-04T18:35", [
      ("Aktuellt", "Feber 39,9 sedan i går utan luftvägssymtom, kräkts en gång."),
      ("Bedömning", "Urinsticka med leukocyter 3+ och positiv nitrit, CRP 96. Pyelonefrit? Urinodling och antibiotika intravenöst."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"],
  why="unsigned draft: 'Pyelonefrit?' is a question-mark diagnosis in a visible section")

C("ped-tidigare-hjartfelsmisstanke-avskrevs", SK, "2016-11-02", "M",
  N("n1", MEL, "Läkaranteckning", "sk_barn_kri", "Sofie Lindahl", "läkare", "2024-03-21T08:55", [
      ("Tidigare", "Misstänkt hjärtfel som spädbarn 2017, avskrevs efter normalt ultraljud."),
      ("Aktuellt", "Astma sedan fyra års ålder, nu välkontrollerad på budesonid, ingen nattlig hosta."),
      ("Bedömning", "Astma, välkontrollerad. Oförändrad behandling och återbesök om ett år."),
  ]),
  must_not=["NL102"],
  why="the only hedge is a past suspicion explicitly written off ('avskrevs')")

C("ped-bvc-pmo-dd-kolik-mjolkproteinallergi", SK, "2024-01-03", "M",
  N("n1", PMO, "BVC-besök", "sk_bvc_hlm", "Tobias Ek", "läkare", "2024-03-06T11:30", [
      ("Aktuellt", "Skriker tre till fyra timmar varje kväll sedan tre veckor, växer fint längs sin kurva."),
      ("Bedömning", "DD: Spädbarnskolik, komjölksproteinallergi. Mamma provar mjölkfri kost i två veckor."),
  ]),
  must_not=["NL102"],
  why="PMO: a differential diagnosis list in a BVC note is never NL102")

C("ped-neo-misstankt-downs-foraldrar-ej-informerade", VG, "2024-05-10", "F",
  N("n1", MEL, "Daganteckning", "vg_neo", "Sanna Björk", "läkare", "2024-05-12T08:40", [
      ("Status", "Snedställda ögonspringor, platt näsrygg, fyrfingerfåra bilateralt och muskulär hypotoni."),
      ("Bedömning", "Misstänkt Downs syndrom. Snabbanalys (QF-PCR) skickad, svar i morgon."),
      ("Information", "Föräldrarna har inte informerats om misstanken ännu; vi inväntar svaret och samtalet hålls då av neonatolog med barnsjuksköterska närvarande."),
  ], setting="slutenvård"),
  must=["NL101", "NL102"],
  why="newborn: suspected Down syndrome written visibly while the guardians have not been told")

C("ped-neo-noonan-under-tidiga-hypoteser", VG, "2024-08-02", "M",
  N("n1", MEL, "Daganteckning", "vg_neo_nal", "Kristoffer Lind", "läkare", "2024-08-04T09:20", [
      ("Status", "Kort hals med överflödig nackhud, lågt sittande bakåtroterade öron. Blåsljud 2/6 över pulmonalis."),
      ("Bedömning", "Nyfödd med avvikande utseende och blåsljud. Ekokardiografi och genetisk analys beställda, föräldrarna informerade om undersökningarna."),
      ("Tidiga hypoteser", "Fenotyp och sannolik pulmonalisstenos väcker misstanke om Noonans syndrom; RASopatipanel skickad. Diskuteras med föräldrarna när svaret finns."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="VGR: the Noonan hypothesis sits under the filtered sökord Tidiga hypoteser; visible text is descriptive")

C("ped-pappa-undrar-epilepsi-affektanfall", SK, "2022-09-07", "F",
  N("n1", MEL, "Läkaranteckning", "sk_barn_hbg", "Emma Sjöberg", "läkare", "2024-03-13T13:15", [
      ("Kontaktorsak", "Pappa undrar om anfallen kan vara epilepsi."),
      ("Anamnes", "Anfallen utlöses alltid av gråt eller smärta: hon blir blå, slapp och medvetslös några sekunder och vaknar direkt."),
      ("Bedömning", "Affektanfall av blå typ, godartat. Det är inte epilepsi och EEG behövs inte."),
  ]),
  must_not=["NL102"],
  why="the father's question is answered: 'Det är inte epilepsi'")

C("ped-um-pmo-misstankt-klamydia-17ar", SK, "2006-12-29", "F",
  N("n1", PMO, "Besöksanteckning", "sk_um_tre", "Malin Jeppsson", "barnmorska", "2024-04-04T15:40", [
      ("Kontaktorsak", "Vill testa sig efter oskyddat samlag, sveda vid miktion."),
      ("Bedömning", "Misstänkt klamydia, prov taget och behandling startas när svaret finns. Vill inte att föräldrarna ska få veta om besöket."),
  ]),
  must_not=["NL102"],
  why="PMO youth clinic: hedged diagnosis never NL102 in PMO")

C("ped-22q11-foraldrar-fick-besked", SK, "2018-05-15", "M",
  N("n1", MEL, "Läkaranteckning", "sk_genetik", "Cecilia Wahlund", "läkare", "2024-04-10T13:00", [
      ("Provsvar", "Array-CGH: deletion 22q11.2, cirka 2,5 Mb."),
      ("Diagnos", "22q11-deletionssyndrom."),
      ("Information", "Föräldrarna fick beskedet i dag av barnläkare och genetisk vägledare. Ingen av föräldrarna är testad ännu."),
  ]),
  must_not=["NL101"],
  why="confirmed syndrome told to the guardians; 'not tested yet' concerns the parents, not informing")

C("ped-efter-medulloblastom-ev-assistent", VG, "2012-02-08", "F",
  N("n1", MEL, "Psykologanteckning", "vg_barn_bor", "Amira Haddad", "psykolog", "2024-05-16T10:00", [
      ("Bakgrund", "Medulloblastom behandlat 2022 med operation, strålning och cytostatika, nu recidivfri."),
      ("Resultat", "Neuropsykologisk testning visar sänkt arbetsminne och långsam bearbetningshastighet."),
      ("Bedömning", "Ev. behov av anpassad studiegång, möjligen resursperson i klassrummet. Återkoppling till skolan efter samtycke från föräldrarna."),
  ]),
  must_not=["NL102"],
  why="'Ev.' and 'möjligen' hedge school support, not a diagnosis")

C("ped-mistankt-celiaki-stavfel", SK, "2020-11-11", "F",
  N("n1", MEL, "Läkaranteckning", "sk_barn_kri", "Niklas Berg", "läkare", "2024-02-01T10:45", [
      ("Aktuellt", "Tillväxtkurvan har planat ut senaste halvåret, lös avföring och uppblåst mage."),
      ("Bedömning", "Mistänkt celiaki, antikroppar tagna. Ny kontakt när svaret kommit."),
  ]),
  must=["NL102"],
  why="typo 'Mistänkt' for 'Misstänkt': hedged celiac disease in a visible section")

C("ped-provsvar-normala-foraldrar-ej-uppringda", VG, "2017-04-04", "M",
  N("n1", MEL, "Provsvarsanteckning", "vg_barn_nal", "Tove Engström", "läkare", "2024-06-05T16:00", [
      ("Provsvar", "Celiakiantikroppar, blodstatus, CRP och kalprotektin normala."),
      ("Bedömning", "Funktionell buksmärta, vilket diskuterades med familjen vid besöket."),
      ("Planering", "Föräldrarna ej informerade om provsvaren ännu, jag ringer dem i morgon."),
  ]),
  must_not=["NL101"],
  why="what the guardians have not heard is normal results; the diagnosis was discussed at the visit")

C("ped-kongenital-hypotyreos-foraldrar-ej-nadda", VG, "2024-09-03", "M",
  N("n1", MEL, "Telefonanteckning", "vg_dsbus", "Ulrika Hammar", "läkare", "2024-09-09T11:50", [
      ("Provsvar", "PKU-screening: TSH 86 mIU/l. Kontrollprov: TSH 112, fritt T4 6 pmol/l."),
      ("Diagnos", "Kongenital hypotyreos."),
      ("Åtgärd", "Försökt nå föräldrarna två gånger, ej svar. Föräldrarna har alltså ännu inte fått veta diagnosen; nytt försök kl 14 och vid behov via BVC."),
  ]),
  must=["NL101"],
  why="infant's guardians not yet told the congenital hypothyroidism diagnosis written in Diagnos")

C("ped-celiaki-pad-foraldrar-ej-svar", SK, "2017-12-01", "M",
  N("n1", MEL, "Provsvarsanteckning", "sk_barn_hbg", "Karl Fransson", "läkare", "2024-03-26T15:30", [
      ("PAD", "Duodenalbiopsier: villusatrofi med kryptehyperplasi, Marsh 3b."),
      ("Diagnos", "Celiaki."),
      ("Planering", "Föräldrarna har ej fått svaret än. Återbesök med dietist bokas, besked ges vid det besöket."),
  ], signed=None),
  must=["NL101"],
  why="unsigned draft: 6-year-old: biopsy-verified celiac disease visible while the guardians have not been given the result")

C("ped-eeg-rolando-foraldrar-ej-svar", VG, "2017-02-14", "M",
  N("n1", MEL, "Provsvarsanteckning", "vg_barn_skov", "Lena Grahn", "läkare", "2024-10-02T13:20", [
      ("EEG", "Centrotemporala spikar bilateralt, aktiveras i sömn. Normal bakgrund."),
      ("Bedömning", "Självbegränsande epilepsi med centrotemporala spikar."),
      ("Planering", "Föräldrarna har inte fått EEG-svaret ännu; telefontid i morgon, då diagnosen och prognosen förklaras."),
  ]),
  must=["NL101"],
  why="guardians of a 7-year-old not yet told the epilepsy diagnosis that stands in Bedömning")

C("ped-17ar-pcos-mamma-informerad-patienten-ej", SK, "2006-10-03", "F",
  N("n1", MEL, "Provsvarsanteckning", "sk_barnendo", "Marie Kronqvist", "läkare", "2024-02-09T12:10", [
      ("Provsvar", "Förhöjt testosteron och LH/FSH-kvot, ultraljud med polycystiska ovarier."),
      ("Bedömning", "Polycystiskt ovarialsyndrom (PCOS), kriterierna uppfyllda."),
      ("Information", "Mamma informerad per telefon då hon ringde. Klara själv har ännu inte informerats; tas upp vid besöket nästa vecka."),
  ]),
  must=["NL101"],
  why="17-year-old reads her own journal: her mother was told, she herself was not")

C("ped-hemofili-a-foraldrar-ej-informerade", VG, "2023-03-18", "M",
  N("n1", MEL, "Provsvarsanteckning", "vg_koag", "Björn Ahlgren", "läkare", "2024-04-17T14:45", [
      ("Provsvar", "FVIII-aktivitet 3 procent, von Willebrand-faktor normal."),
      ("Bedömning", "Måttlig hemofili A."),
      ("Planering", "Föräldrarna ej informerade ännu. Samtal bokas med koagulationssjuksköterska och undertecknad inom en vecka."),
  ], signed=None),
  must=["NL101"],
  why="unsigned draft: 1-year-old: moderate haemophilia A in Bedömning, guardians not yet told")

C("ped-kan-rora-sig-om-iga-vaskulit", VG, "2019-01-27", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_bor", "Rasmus Eklund", "läkare", "2024-11-05T10:25", [
      ("Status", "Palpabel purpura på underben och nates, svullen vänster fotled. Mjuk buk."),
      ("Bedömning", "Kan röra sig om IgA-vaskulit (Henoch-Schönlain). Urinsticka och blodtryck kontrolleras veckovis."),
  ]),
  must=["NL102"],
  why="'Kan röra sig om IgA-vaskulit' is a hedged diagnosis in a visible section; typo 'Henoch-Schönlain'")

C("ped-inte-osannolikt-perthes", SK, "2017-06-06", "M",
  N("n1", MEL, "Läkaranteckning", "sk_barnorto", "Jörgen Dahl", "läkare", "2024-09-12T09:50", [
      ("Aktuellt", "Haltar sedan en månad, ont i höger knä efter fotboll."),
      ("Status", "Inskränkt inåtrotation och abduktion i höger höft."),
      ("Bedömning", "Det är inte osannolikt att det rör sig om Perthes sjukdom. MR höfter beställd."),
  ]),
  must=["NL102"],
  why="'inte osannolikt' hedges Perthes disease in Bedömning")

C("ped-dd-invagination-gastroenterit", SK, "2023-05-30", "F",
  N("n1", MEL, "Akutanteckning", "sk_barnakut_lund", "Petra Hallberg", "läkare", "2024-02-24T04:10", [
      ("Aktuellt", "Episodisk skrikighet och kräkningar sedan i kväll, blek mellan attackerna."),
      ("Bedömning", "DD invagination, gastroenterit. Akut ultraljud buk beställt."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="a differential-diagnosis list in a visible Melior section")

C("ped-susp-pylorusstenos", VG, "2024-06-20", "M",
  N("n1", MEL, "Akutanteckning", "vg_dsbus_akut", "Nina Berglöf", "läkare", "2024-07-24T20:30", [
      ("Aktuellt", "Kaskadkräkningar efter varje måltid sedan fyra dagar, hungrig direkt efteråt."),
      ("Bedömning", "Susp. pylorusstenos. Ultraljud i kväll och blodgas."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"],
  why="unsigned draft: abbreviation 'Susp.' hedges pyloric stenosis")

C("ped-ev-komjolksproteinallergi-melior", SK, "2024-03-09", "F",
  N("n1", MEL, "Läkaranteckning", "sk_barnallergi", "Jessica Norén", "läkare", "2024-06-19T11:05", [
      ("Aktuellt", "Blodtillblandad avföring och eksem, ammas och får tillägg."),
      ("Bedömning", "Ev. komjölksproteinallergi, mjölkfri ersättning och mjölkfri kost för mamma i fyra veckor."),
  ]),
  must=["NL102"],
  why="'Ev.' hedges a diagnosis in a hospital (Melior) note")

C("ped-misstanke-om-sfarocytos-pappa", VG, "2020-02-16", "M",
  N("n1", MEL, "Läkaranteckning", "vg_barn_skov", "Oskar Nilsson", "läkare", "2024-08-21T14:15", [
      ("Hereditet", "Pappa opererade bort gallblåsan vid 19 års ålder och har haft lätt blodbrist."),
      ("Lab", "Hb 102, retikulocyter förhöjda, sfärocyter i utstryk, bilirubin 38."),
      ("Bedömning", "Det finns misstanke om ärftlig sfärocytos. EMA-bindningstest skickat, pappa erbjuds provtagning."),
  ]),
  must=["NL102"],
  why="the clinician's own 'misstanke om ärftlig sfärocytos' for the child, prompted by the father's history")

C("ped-mojligen-tourette", VG, "2015-05-05", "M",
  N("n1", MEL, "Läkaranteckning", "vg_barn_nal", "Ida Westin", "läkare", "2024-10-15T15:00", [
      ("Aktuellt", "Blinkningar och axelryckningar sedan ett år, nu även harklingar. Läraren har lagt märke till det."),
      ("Bedömning", "Möjligen Tourettes syndrom; tics får pågå ett år innan diagnos. Följs upp om sex månader."),
  ]),
  must=["NL102"],
  why="'Möjligen Tourettes syndrom' is the doctor's open hypothesis")

C("ped-logoped-misstankt-sprakstorning", VG, "2020-03-25", "F",
  N("n1", MEL, "Logopedanteckning", "vg_barnlogo", "Hedvig Åström", "logoped", "2024-04-03T09:30", [
      ("Kontaktorsak", "Förskolan undrar om Maja förstår instruktioner, hon gör ofta tvärtom."),
      ("Testresultat", "Språkförståelse och ordförråd under förväntat för åldern."),
      ("Bedömning", "Misstänkt språkstörning, fortsatt utredning med språkligt test och hörselkontroll. Pappa informerad om resultatet."),
  ]),
  must=["NL102"],
  why="speech therapist writes 'Misstänkt språkstörning' visibly; the guardian was told")

C("ped-dietist-celiaki-meddelad-mormor-trol", SK, "2016-08-08", "F",
  N("n1", MEL, "Dietistanteckning", "sk_barn_hbg", "Louise Alm", "dietist", "2024-04-23T10:40", [
      ("Bakgrund", "Diagnosen celiaki meddelades familjen förra veckan av barnläkaren."),
      ("Hereditet", "Mormor trol. också glutenkänslig enligt mamma, har aldrig utretts."),
      ("Åtgärd", "Genomgång av glutenfri kost, skolmåltider och ersättning. Skriftligt material lämnat."),
  ]),
  must_not=["NL102"],
  why="dietitian note: diagnosis already told; the only hedge concerns the grandmother")

# =================================================================
# B. Psychiatry (VGR only)
# =================================================================

C("psyk-maken-undrar-bipolar-lakaren-misstanker", VG, "1985-07-19", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_aff", "Gunnar Widell", "läkare", "2024-02-14T10:30", [
      ("Anamnes", "Maken beskriver perioder då hon sover tre timmar per natt, startar projekt och gör stora köp. Han undrar om det kan vara bipolär sjukdom."),
      ("Bedömning", "Återkommande depressioner och troliga hypomana episoder. Misstänkt bipolär sjukdom typ II; fortsatt utredning med livstidsanamnes och skattningsskalor."),
      ("Information", "Pat informerad om frågeställningen och vill gärna ha maken med på nästa besök."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="the husband raised it, the psychiatrist holds it: 'Misstänkt bipolär sjukdom typ II'; patient informed")

C("psyk-pat-radd-psykos-som-morbror", VG, "2000-10-02", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_udd", "Lina Qvist", "läkare", "2024-03-04T13:40", [
      ("Aktuellt", "Pat oroar sig för att hon håller på att bli psykotisk, morbror har schizofreni. Sover dåligt och grubblar."),
      ("Status", "Inga hallucinationer, inga vanföreställningar, god verklighetsförankring."),
      ("Bedömning", "Generaliserat ångestsyndrom. Ingen misstanke om psykossjukdm. KBT-remiss."),
  ]),
  must_not=["NL102"],
  why="the patient's own fear of psychosis is negated by the psychiatrist; uncle's schizophrenia is family history; typo 'psykossjukdm'")

C("psyk-hereditet-mor-bipolar-morfar-trol", VG, "1994-11-11", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_falk", "Eva-Lena Hult", "läkare", "2024-01-23T09:10", [
      ("Hereditet", "Mor har bipolär sjukdom typ I. Morfar trol. depressiv, tog sitt liv 1988."),
      ("Bedömning", "Egentlig depression, medelsvår episod. Sertralin insätts."),
      ("Information", "Pat informerad om diagnosen och om vad hereditet för bipolär sjukdom innebär för uppföljningen."),
  ]),
  must_not=["NL102"],
  why="hedge only on the grandfather in Hereditet; the patient's diagnosis is affirmed and told")

C("psyk-talar-for-personlighetssyndrom-ej-framfort", VG, "2002-05-29", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_udd", "Mohammed Saleh", "läkare", "2024-04-08T15:15", [
      ("Aktuellt", "Tredje besöket. Impulsiva självskador, stormiga relationer och kronisk tomhetskänsla."),
      ("Bedömning", "Bilden talar för emotionellt instabilt personlighetssyndrom, men det är för tidigt att dela den bedömningen. Hypotesen har inte framförts till pat."),
  ]),
  must=["NL101", "NL102"],
  why="clinician's own unshared hypothesis in the visible Bedömning, explicitly not told to the patient")

C("psyk-personlighetsstorning-under-tidiga-hypoteser", VG, "1999-09-09", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_aff", "Stina Mellgren", "läkare", "2024-04-30T11:25", [
      ("Aktuellt", "Återkommande självskada med rakblad, instabila relationer och tomhetskänslor."),
      ("Bedömning", "Depressiva symtom och självskadebeteende. Fortsatta strukturerade samtal."),
      ("Tidiga hypoteser", "Misstänkt emotionellt instabil personlighetsstörning. Inte framfört till pat ännu, SCID-5-PD planeras."),
      ("Information", "Pat informerad om planen och om att utredningen fortsätter."),
  ]),
  must_not=["NL101", "NL102"],
  why="the hypothesis and 'not told' are only under the VGR sökord Tidiga hypoteser")

C("psyk-sambon-trodde-adhd-kriterier-uppfylls-ej", VG, "1989-12-12", "M",
  N("n1", MEL, "Psykologanteckning", "vg_np_bor", "Johanna Tell", "psykolog", "2024-05-06T14:00", [
      ("Bakgrund", "Sambon har länge trott att pat har ADHD."),
      ("Utredning", "DIVA 2.0, WAIS-IV, QbTest och intervju med pats mor genomförda."),
      ("Bedömning", "Kritererna för ADHD uppfylls inte. Koncentrationssvårigheterna bedöms sekundära till långvarig sömnbrist. Återgivning till pat i dag."),
  ]),
  must_not=["NL102"],
  why="the partner's belief is ruled out after assessment; typo 'Kritererna'")

C("psyk-mojlig-adhd-fore-testning", VG, "1996-08-14", "F",
  N("n1", MEL, "Läkaranteckning", "vg_np_bor", "Andreas Kvarnström", "läkare", "2024-02-26T10:40", [
      ("Aktuellt", "Remitterad från vårdcentralen för utredning. Svårt att slutföra uppgifter sedan lågstadiet enligt skolbetyg."),
      ("Bedömning", "Möjlig ADHD, kombinerad form; ställningstagande efter neuropsykologisk testning i april."),
  ]),
  must=["NL102"],
  why="'Möjlig ADHD' is an open hypothesis in a visible section")

C("psyk-trolig-schizofreni-pat-ej-informerad", VG, "1997-03-21", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psykos", "Karl-Johan Rydén", "läkare", "2024-03-18T16:10", [
      ("Aktuellt", "Hör röster som kommenterar, tror att grannarna övervakar honom via elnätet. Har avbrutit studierna."),
      ("Bedömning", "Trolig debuterande schizofreni. Pat har inte informerats om bedömningen då han saknar sjukdomsinsikt och blir mycket upprörd vid samtal om psykisk sjukdom."),
  ]),
  must=["NL101", "NL102"],
  why="hedged schizophrenia visible and explicitly not told to the patient")

C("psyk-schizofreni-meddelad-med-mamma", VG, "1995-06-30", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psykos", "Helén Abrahamsson", "läkare", "2024-06-13T13:50", [
      ("Information", "Diagnosen paranoid schizofreni meddelades pat i dag i närvaro av mamma. Han tog emot informationen lugnt och ställde frågor om medicinering."),
      ("Planering", "Fortsatt aripiprazol, återbesök om fyra veckor."),
  ]),
  must_not=["NL101"],
  why="affirmed diagnosis that was told to the patient")

C("psyk-bipolar-foraldrar-ej-informerade", VG, "1999-04-06", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_aff", "Per Lindvall", "läkare", "2024-05-22T09:45", [
      ("Bedömning", "Bipolär sjukdom typ II. Lamotrigin upptitreras."),
      ("Information", "Pat informerad om diagnosen. Hon vill inte att föräldrarna får veta, vilket respekteras; föräldrarna är inte informerade."),
  ]),
  must_not=["NL101"],
  why="adult patient told; only her parents are not informed")

C("psyk-foraldrar-misstankte-anorexi-nu-diagnos", VG, "2004-09-27", "F",
  N("n1", MEL, "Läkaranteckning", "vg_atst", "Karolina Sten", "läkare", "2024-02-06T14:25", [
      ("Anamnes", "Föräldrarna misstänkte anorexi redan under gymnasiet, då hon slutade äta med familjen."),
      ("Status", "BMI 16,1, amenorré sedan ett år, uttalad rädsla för viktuppgång."),
      ("Bedömning", "Anorexia nervosa, restriktiv typ. Pat informerad och vill påbörja dagvårdsbehandling."),
  ]),
  must_not=["NL102"],
  why="the parents' earlier suspicion is now an affirmed diagnosis that the patient was told")

C("psyk-dd-lista-affektiv-instabilitet", VG, "1992-02-02", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_falk", "Sara Melin", "läkare", "2024-03-26T11:00", [
      ("Aktuellt", "Affektiv instabilitet och impulsivitet sedan tonåren, nu sjukskriven från lagerarbete."),
      ("Bedömning", "DD: bipolär sjukdom, ADHD, emotionellt instabilt personlighetssyndrom. Utredning fortsätter."),
  ], signed=None),
  must=["NL102"],
  why="unsigned draft: the clinician's own differential diagnoses in the visible Bedömning")

C("psyk-ev-doshojning-trol-sjukskrivning", VG, "1978-10-10", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_udd", "Tommy Backlund", "läkare", "2024-04-15T10:15", [
      ("Bedömning", "Egentlig depression, måttlig, i långsam förbättring."),
      ("Planering", "Ev. höjning av sertralin till 100 mg vid nästa besök, trol. sjukskrivning ytterligare två veckor."),
  ]),
  must_not=["NL102"],
  why="hedges concern dose and sick leave, not the diagnosis")

C("psyk-kurator-har-inte-berattat-for-chefen", VG, "1983-01-17", "F",
  N("n1", MEL, "Kuratorsanteckning", "vg_psyk_aff", "Annelie Borg", "kurator", "2024-05-02T13:30", [
      ("Samtal", "Samtal om återgång i arbete. Pat har inte berättat för sin chef om depressionen och vill inte göra det; vi diskuterade vad hon kan säga."),
  ]),
  must_not=["NL101"],
  why="it is the patient who has not told her employer; the patient herself knows the diagnosis")

C("psyk-psykolog-sannolik-ptsd", VG, "1988-06-06", "M",
  N("n1", MEL, "Psykologanteckning", "vg_psyk_falk", "Emil Rosenqvist", "psykolog", "2024-01-31T15:20", [
      ("Aktuellt", "Mardrömmar, återupplevanden och undvikande av bilkörning sedan frontalkrocken i oktober."),
      ("Bedömning", "PCL-5 54 poäng. Sannolik PTSD; CAPS-5 genomförs vid nästa besök."),
  ]),
  must=["NL102"],
  why="psychologist's 'Sannolik PTSD' in a visible section")

C("psyk-litium-provsvar-ej-meddelade", VG, "1971-12-03", "M",
  N("n1", MEL, "Sjuksköterskeanteckning", "vg_psyk_aff", "Jenny Lundgren", "sjuksköterska", "2024-06-20T11:10", [
      ("Aktuellt", "Bipolär sjukdom typ I, stabil på litium sedan 2015."),
      ("Provsvar", "S-litium 0,7 mmol/l, kreatinin och TSH normala."),
      ("Planering", "Pat ej informerad om provsvaren ännu, brev skickas i dag."),
  ]),
  must_not=["NL101"],
  why="the not-yet-told item is a set of normal lab values; the diagnosis is long known")

C("psyk-autoimmun-encefalit-kan-inte-uteslutas", VG, "1965-08-22", "F",
  N("n1", MEL, "Akutanteckning", "vg_psyk_akut", "Daniel Ferm", "läkare", "2024-09-18T01:40", [
      ("Aktuellt", "Nydebuterad psykos med förvirring, enligt dottern ett krampanfall i förra veckan."),
      ("Bedömning", "Autoimmun encefalit kan inte uteslutas; MR hjärna, EEG och lumbalpunktion med antikroppsanalys. Neurologkonsult i morgon."),
  ], signed=None, setting="akutmottagning"),
  must=["NL102"],
  why="unsigned draft: 'kan inte uteslutas' for autoimmune encephalitis in a visible section")

C("psyk-autoimmun-encefalit-uteslutes", VG, "1990-11-28", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_udd", "Filip Wiberg", "läkare", "2024-10-07T10:20", [
      ("Provsvar", "Antikroppspanel i serum och likvor negativ, MR och EEG normala."),
      ("Bedömning", "Autoimmun encefalit uteslutes. Kortvarig psykotisk episod, i regress."),
  ]),
  must_not=["NL102"],
  why="the earlier suspicion is explicitly excluded ('uteslutes')")

C("psyk-pat-overtygad-adhd-inga-hallpunkter", VG, "1993-04-18", "F",
  N("n1", MEL, "Läkaranteckning", "vg_np_bor", "Marcus Hellström", "läkare", "2024-08-27T14:35", [
      ("Kontaktorsak", "Pat har läst på nätet och är övertygad om att hon har ADHD."),
      ("Anamnes", "Skolgång utan anmärkning, inga symtom före 20 års ålder enligt mor."),
      ("Bedömning", "Inga hållpunkter för ADHD; koncentrationssvårigheterna debuterade med utmattningen 2022."),
  ]),
  must_not=["NL102"],
  why="the patient's self-diagnosis is negated by the clinician")

C("psyk-schizoaffektivt-ej-tas-upp-fore-overlakare", VG, "1987-12-19", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psykos", "Ola Magnusson", "läkare", "2024-03-06T16:00", [
      ("Bedömning", "Diagnos: Schizoaffektivt syndrom, enligt teamkonferens 2024-03-05."),
      ("Planering", "Diagnosen ska inte tas upp med pat förrän ansvarig överläkare träffat henne den 19/3."),
  ]),
  must=["NL101"],
  why="settled diagnosis written visibly while the note says it must not be told yet")

C("psyk-autism-aterkoppling-tva-anteckningar", VG, "2001-10-15", "M", [
  N("n1", MEL, "Psykologanteckning", "vg_np_bor", "Frida Lagerkvist", "psykolog", "2024-03-28T15:00", [
      ("Sammanställning", "Neuropsykiatrisk utredning med ADOS-2, ADI-R och WAIS-IV. Kriterier för autism uppfylls."),
      ("Planering", "Återgivningssamtal bokat 12/4; pat har inte fått veta resultatet ännu."),
  ]),
  N("n2", MEL, "Psykologanteckning", "vg_np_bor", "Frida Lagerkvist", "psykolog", "2024-04-12T11:00", [
      ("Återgivning", "Pat informerad om diagnosen autism och fick en skriftlig sammanfattning. Han beskriver lättnad och vill ha information om stöd i studierna."),
  ]),
  ],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="two notes: the summary names autism before feedback (n1), the feedback note tells him (n2)")

C("psyk-misstakt-bipolar-stavfel", VG, "1997-01-07", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_udd", "Rebecka Holm", "läkare", "2024-07-09T09:55", [
      ("Bedömning", "Misstäkt bipolär sjukdom efter en period med upprymdhet, pengaslöseri och sömnlöshet i juni. Stämningsstabiliserare diskuteras."),
  ]),
  must=["NL102"],
  why="typo 'Misstäkt' for 'Misstänkt': hedged bipolar disorder visible")

C("psyk-ingen-misstnake-om-psykos-stavfel", VG, "2004-11-23", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_falk", "Henrik Svärd", "läkare", "2024-09-03T13:05", [
      ("Aktuellt", "Övergående perceptionsstörningar efter en vecka med fester och lite sömn, använt cannabis."),
      ("Bedömning", "Ingen misstnake om psykos; sömnbrist och cannabisbruk förklarar upplevelserna."),
  ]),
  must_not=["NL102"],
  why="typo 'misstnake' inside a negation: psychosis is still negated")

C("psyk-alkoholberoende-fragetecken", VG, "1975-03-13", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_aff", "Anna-Karin Wall", "läkare", "2024-02-19T10:05", [
      ("Aktuellt", "AUDIT 24 poäng, morgonsupar enligt hustrun."),
      ("Bedömning", "Alkoholberoende? PEth tas. Depressionen bedöms delvis sekundär till alkoholbruket."),
  ]),
  must=["NL102"],
  why="question-mark diagnosis in a visible psychiatric note")

C("psyk-tidiga-hypoteser-ftd-synlig-text-neutral", VG, "1980-02-25", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_falk", "Birgitta Sundin", "läkare", "2024-05-28T14:50", [
      ("Bedömning", "Personlighetsförändring och apati senaste året utan tidigare psykisk ohälsa. Utredning med neurologisk bedömning och MR hjärna."),
      ("Tidiga hypoteser", "Misstänkt begynnande frontotemporal demens hos 44-åring; remiss till neurolog med denna frågeställning."),
      ("Information", "Pat ej informerad om det som står under Tidiga hypoteser, däremot om att vi utreder förändringen."),
  ]),
  must_not=["NL101", "NL102"],
  why="the visible 'ej informerad' names no diagnosis; the FTD suspicion is only under Tidiga hypoteser")

C("psyk-bipolar-typ1-vanta-tills-mindre-manisk", VG, "1991-07-07", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_aff", "Jan Ehn", "läkare", "2024-08-15T12:30", [
      ("Aktuellt", "Andra maniska episoden, nu på frivillig basis i öppenvård med täta besök."),
      ("Bedömning", "Jag bedömer att bipolär sjukdom typ I föreligger. Avvaktar med att berätta detta för pat tills hon är mindre manisk."),
  ]),
  must=["NL101"],
  why="affirmed bipolar I in Bedömning and the doctor waits to tell the patient")

C("psyk-adhd-klar-ingen-aterkoppling", VG, "1998-05-17", "M",
  N("n1", MEL, "Läkaranteckning", "vg_np_bor", "Tina Åberg", "läkare", "2024-11-12T15:45", [
      ("Sammanfattning", "ADHD, kombinerad form: kriterierna uppfyllda enligt DIVA, skattningar och anamnes från föräldrar."),
      ("Planering", "Pat har ännu inte fått återkoppling på utredningen; återgivningssamtal 26/11."),
  ], signed=None),
  must=["NL101"],
  why="unsigned draft: completed ADHD diagnosis visible before the feedback talk")

C("psyk-preliminar-diagnos-social-fobi", VG, "2003-01-31", "M",
  N("n1", MEL, "Psykologanteckning", "vg_psyk_udd", "Moa Fridh", "psykolog", "2024-06-24T10:10", [
      ("Aktuellt", "Undviker föreläsningar och att äta bland andra, rodnar och darrar."),
      ("Bedömning", "Preliminär diagnos social fobi, ska bekräftas med strukturerad intervju (SCID-5) vid nästa besök."),
  ]),
  must=["NL102"],
  why="'Preliminär diagnos' is an unconfirmed diagnosis in a visible section")

C("psyk-bipolaritet-kan-inte-helt-uteslutas", VG, "1986-09-01", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_falk", "Rikard Engvall", "läkare", "2024-10-22T09:20", [
      ("Bedömning", "Recidiverande depression, nu lindrig episod. Bipolaritet kan inte helt uteslutas med tanke på en kort period av ökad energi i våras."),
  ]),
  must=["NL102"],
  why="'kan inte helt uteslutas' keeps bipolar disorder open in a visible section")

C("psyk-paniksyndrom-eller-arytmi", VG, "1995-12-08", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_udd", "Nadia Karimi", "läkare", "2024-11-19T11:35", [
      ("Aktuellt", "Plötsliga attacker med hjärtklappning och dödsångest, tre gånger senaste månaden."),
      ("Bedömning", "Paniksyndrom? Långtids-EKG först för att utesluta arytmi."),
  ]),
  must=["NL102"],
  why="'Paniksyndrom?' is a question-mark diagnosis")

C("psyk-ej-infomerad-om-diagnosen-stavfel", VG, "1982-04-14", "M",
  N("n1", MEL, "Läkaranteckning", "vg_psykos", "Cecilia Ring", "läkare", "2024-12-03T14:15", [
      ("Bedömning", "Vanföreställningssyndrom (F22.0), kriterierna uppfyllda sedan mer än tre månader."),
      ("Information", "Pat ej infomerad om diagnosen ännu. Tas upp med honom och kontaktpersonen på fredag."),
  ]),
  must=["NL101"],
  why="typo 'infomerad': the patient has not been told the diagnosis in Bedömning")

# =================================================================
# C. Geriatrics and memory clinics
# =================================================================

C("ger-dottern-tror-demens-lakaren-misstanker-alzheimer", SK, "1945-11-20", "F",
  N("n1", MEL, "Läkaranteckning", "sk_minne_mal", "Torbjörn Malm", "läkare", "2024-02-12T10:00", [
      ("Anamnes", "Dottern har märkt att mamma glömmer avtalade tider, upprepar frågor och har gått vilse i centrum. Dottern tror att det är demens."),
      ("Status", "MMSE 23/30, klocktest 3/6, fördröjd återgivning 1/3."),
      ("Bedömning", "Progredierande episodisk minnesstörning. Misstänkt Alzheimers sjukdom; DT hjärna och lumbalpunktion med biomarkörer."),
      ("Information", "Pat och dotter informerade om utredningsplanen och varför den görs."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="the daughter's worry becomes the doctor's own 'Misstänkt Alzheimers sjukdom'; patient informed")

C("ger-maken-oroad-subjektiv-kognitiv-storning", VG, "1952-08-05", "F",
  N("n1", MEL, "Läkaranteckning", "vg_minne", "Lisbeth Hjalmarsson", "läkare", "2024-03-11T13:20", [
      ("Anamnes", "Maken är orolig för demens eftersom hon tappar ord och glömmer namn."),
      ("Utredning", "MoCA 28/30, RBANS inom normalvariation, MR hjärna åldersadekvat."),
      ("Bedömning", "Subjektiv kognitiv störning, ingen demenssjukdom. Ingen uppföljning planeras."),
  ]),
  must_not=["NL102"],
  why="the husband's fear is answered by an affirmed benign diagnosis and 'ingen demenssjukdom'")

C("ger-alzheimer-dottern-vill-ej-att-pat-informeras", SK, "1939-06-14", "F",
  N("n1", MEL, "Läkaranteckning", "sk_minne_yst", "Hans Nordqvist", "läkare", "2024-04-03T11:30", [
      ("Diagnos", "Alzheimers sjukdom med sen debut (G30.1)."),
      ("Information", "Efter önskemål från dottern har pat inte informerats om diagnosen; dottern anser att beskedet skulle oroa mamma i onödan. Frågan tas upp igen vid återbesöket."),
  ]),
  must=["NL101"],
  why="relative asked that the patient not be told: the diagnosis is visible and the patient uninformed")

C("ger-vaskular-demens-pat-informerad-sonen-ej", VG, "1947-10-28", "M",
  N("n1", MEL, "Läkaranteckning", "vg_ger_lid", "Anneli Sjögren", "läkare", "2024-05-13T09:40", [
      ("Bedömning", "Vaskulär demens, lindrig grad. Diagnosen meddelad pat, som accepterar den."),
      ("Information", "Pat vill vänta med att informera sonen i Stockholm, så sonen är ännu inte underrättad."),
  ]),
  must_not=["NL101"],
  why="the patient knows; only the son is not yet told")

C("ger-trolig-lewykroppsdemens-pat-och-hustru-vet", VG, "1950-12-01", "M",
  N("n1", MEL, "Läkaranteckning", "vg_minne", "Ragnar Fält", "läkare", "2024-06-17T14:00", [
      ("Anamnes", "Fluktuerande kognition, synhallucinationer av barn i trädgården och stelhet."),
      ("Bedömning", "Trolig Lewykroppsdemens. DaTSCAN bokad."),
      ("Information", "Pat och hustru informerade om misstanken och om att undvika neuroleptika."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Trolig Lewykroppsdemens' visible; patient and wife were told")

C("ger-lewy-i-mallen-tidiga-hypoteser", SK, "1949-04-09", "M",
  N("n1", MEL, "Tidiga hypoteser", "sk_ger_hlm", "Agneta Thorén", "läkare", "2024-01-22T15:30", [
      ("Bedömning", "Fluktuerande vakenhet och synhallucinationer av djur väcker misstanke om Lewykroppsdemens."),
      ("Planering", "Avvaktar DaTSCAN innan detta tas upp med pat, som är mycket orolig för demens."),
  ]),
  must_not=["NL101", "NL102"],
  why="Skåne Tidiga hypoteser template: hypothesis and deferral are filtered from Journalen")

C("ger-mor-och-morbror-alzheimer-pat-normal", SK, "1961-09-17", "F",
  N("n1", MEL, "Läkaranteckning", "sk_minne_mal", "Elisabeth Hagberg", "läkare", "2024-07-02T10:15", [
      ("Hereditet", "Mor och morbror hade Alzheimers sjukdom, båda insjuknade efter 75 års ålder."),
      ("Aktuellt", "Pat orolig att hon själv ska drabbas, glömmer namn på kollegor."),
      ("Bedömning", "Normal kognitiv testning (MoCA 29, Trail Making inom normalvariation). Inga tecken på demenssjukdom. De upplevda minnesluckorna förklaras väl av hög arbetsbelastning."),
  ]),
  must_not=["NL102"],
  why="relatives' diagnoses and the patient's fear; dementia negated for the patient")

C("ger-vc-pmo-misstankt-demens", SK, "1943-02-23", "M",
  N("n1", PMO, "Besöksanteckning", "sk_vc_teck", "Kjell Ivarsson", "läkare", "2024-02-28T13:10", [
      ("Anamnes", "Hustrun beskriver tilltagande glömska sedan ett år, han har kört fel till stugan."),
      ("Bedömning", "MMSE 22. Misstänkt demens, basal demensutredning med prover och DT hjärna."),
  ]),
  must_not=["NL102"],
  why="PMO primary-care note: hedged dementia is never NL102")

C("ger-delirium-demens-kan-ej-uteslutas", SK, "1935-12-12", "F",
  N("n1", MEL, "Daganteckning", "sk_ger_avd", "Martin Ahl", "läkare", "2024-03-15T10:45", [
      ("Aktuellt", "Akut insättande förvirring och fluktuerande vakenhet sedan två dygn."),
      ("Bedömning", "Delirium, trol. utlöst av urinvägsinfektion. Underliggande demens kan ej uteslutas; kognitiv utvärdering efter utskrivning."),
  ], signed=None, setting="slutenvård"),
  must=["NL102"],
  why="unsigned ward note: 'kan ej uteslutas' leaves dementia open in a visible section")

C("ger-trol-utskrivning-ev-korttidsboende", VG, "1937-07-30", "M",
  N("n1", MEL, "Sjuksköterskeanteckning", "vg_akutger", "Susanne Blom", "sjuksköterska", "2024-04-11T14:20", [
      ("Aktuellt", "Hjärtsvikt och Alzheimers sjukdom sedan tidigare. Äter bättre, mobiliseras med rollator."),
      ("Planering", "Trol. utskrivning på fredag, ev. till korttidsboende om hemtjänsten inte räcker. Anhöriga kontaktade."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="hedges concern discharge plans; the diagnoses are established")

C("ger-ftd-diskuterad-med-hustrun-ej-pat", VG, "1957-11-06", "M",
  N("n1", MEL, "Läkaranteckning", "vg_minne", "Kerstin Wallin", "läkare", "2024-05-20T11:40", [
      ("Anamnes", "Taktlöshet, apati och sötsug sedan två år enligt hustrun. MR visar frontal atrofi."),
      ("Bedömning", "Beteendevariant av frontotemporal demens bedöms sannolik. Pat saknar sjukdomsinsikt; diagnsoen har diskuterats med hustrun men ännu inte med pat."),
  ]),
  must=["NL101", "NL102"],
  why="wife told, patient not: probable FTD visible in Bedömning; typo 'diagnsoen'")

C("ger-mci-amnestisk-affirmerad", SK, "1951-05-25", "F",
  N("n1", MEL, "Läkaranteckning", "sk_minne_yst", "Ulf Björklund", "läkare", "2024-06-04T09:00", [
      ("Bedömning", "Lindrig kognitiv störning (MCI), amnestisk typ. Klarar ADL självständigt. Risk för progression diskuterad med pat, ny testning om ett år."),
  ]),
  must_not=["NL102"],
  why="MCI is affirmed; 'risk för progression' is prognosis, not a hedged diagnosis")

C("ger-mci-mojligen-prodromal-alzheimer", VG, "1954-03-03", "M",
  N("n1", MEL, "Läkaranteckning", "vg_minne", "Åsa Lundquist", "läkare", "2024-06-26T13:30", [
      ("Utredning", "Likvor: sänkt beta-amyloid 42/40-kvot och förhöjt fosfo-tau."),
      ("Bedömning", "MCI med amnestisk profil. Möjligen prodromal Alzheimers sjukdom, diskuteras vid teamkonferens."),
  ]),
  must=["NL102"],
  why="'Möjligen prodromal Alzheimers sjukdom' is hedged and visible")

C("ger-arbetsterapeut-dottern-misstanker-medicinmiss", VG, "1942-09-15", "F",
  N("n1", MEL, "Arbetsterapeutanteckning", "vg_ger_lid", "Pia Gustafsson", "arbetsterapeut", "2024-03-20T10:30", [
      ("Hembesök", "ADL-bedömning i hemmet. Klarar enkel matlagning med påminnelser."),
      ("Bedömning", "Dottern misstänker att mamma inte tar sina läkemedel, dosetten var full på tisdagsfacket. Förslag om läkemedelsautomat."),
  ]),
  must_not=["NL102"],
  why="the daughter's suspicion is about medication adherence, not a diagnosis")

C("ger-kompletterande-prover-normala-ej-meddelade", SK, "1946-12-18", "M",
  N("n1", MEL, "Sjuksköterskeanteckning", "sk_minne_mal", "Maja Kjellin", "sjuksköterska", "2024-03-19T15:10", [
      ("Aktuellt", "Pat och maka informerades om diagnosen Alzheimers sjukdom vid läkarbesöket 12/3."),
      ("Provsvar", "Kompletterande B12, folat och TSH är normala; pat ej informerad om dessa provsvar ännu, jag ringer i morgon."),
  ]),
  must_not=["NL101"],
  why="what is untold is normal lab results; the diagnosis itself was communicated")

C("ger-normaltryckshydrocefalus-fragetecken", SK, "1944-08-08", "M",
  N("n1", MEL, "Läkaranteckning", "sk_neuro_hbg", "Ebba Rydberg", "läkare", "2024-04-24T10:55", [
      ("Anamnes", "Magnetgång, trängningsinkontinens och kognitiv svikt senaste året. DT visar vidgade ventriklar."),
      ("Bedömning", "Normaltryckshydrocefalus? Tap-test med gånganalys planeras."),
  ]),
  must=["NL102"],
  why="question-mark diagnosis by the neurologist")

C("ger-nph-uteslutes-artros-polyneuropati", VG, "1942-01-19", "F",
  N("n1", MEL, "Läkaranteckning", "vg_neuro", "Mikael Stålberg", "läkare", "2024-05-15T14:05", [
      ("Utredning", "MR hjärna: åldersadekvata ventriklar, ingen disproportion."),
      ("Bedömning", "NPH uteslutes. Gångsvårigheterna bedöms bero på knäartros och polyneuropati."),
  ]),
  must_not=["NL102"],
  why="NPH explicitly excluded")

C("ger-pat-radd-parkinson-lakaren-delar-misstanken", VG, "1951-10-21", "F",
  N("n1", MEL, "Läkaranteckning", "vg_ger_lid", "Göran Eliasson", "läkare", "2024-02-08T09:25", [
      ("Kontaktorsak", "Pat söker för att hon själv är rädd att ha fått Parkinson som sin syster, handstilen har blivit liten och gången långsammare."),
      ("Status", "Lätt vilotremor i vänster hand, kugghjulsrigiditet vänster arm, minskad armpendling vänster."),
      ("Bedömning", "Misstänkt Parkinsons sjukdom. DaTSCAN beställd, pat delgiven misstanken."),
  ]),
  must=["NL102"],
  why="the patient's own fear is shared by the doctor: 'Misstänkt Parkinsons sjukdom' in Bedömning")

C("ger-hemsjukvard-pmo-trol-uvi", SK, "1932-05-02", "F",
  N("n1", PMO, "Hembesök", "sk_hsv_esl", "Rosita Jönsson", "sjuksköterska", "2024-01-15T10:40", [
      ("Aktuellt", "Mer förvirrad än vanligt sedan i går enligt hemtjänsten, luktande urin."),
      ("Bedömning", "Trol. UVI. Urinsticka tagen och läkare kontaktad."),
  ]),
  must_not=["NL102"],
  why="PMO home-care note: hedged diagnosis never NL102")

C("ger-remiss-parkinson-fragetecken-essentiell-tremor", SK, "1949-11-13", "M",
  N("n1", MEL, "Läkaranteckning", "sk_neuro_hbg", "Nils Cronholm", "läkare", "2024-05-29T11:20", [
      ("Remissorsak", "Tremor i händerna. Remitterande läkare på vårdcentralen: Parkinsons sjukdom?"),
      ("Status", "Symmetrisk postural tremor och aktionstremor, ingen vilotremor, ingen rigiditet eller bradykinesi."),
      ("Bedömning", "Essentiell tremor. Ingen parkinsonism. Propranolol provas."),
  ]),
  must_not=["NL102"],
  why="the referring clinic's question mark is settled in the same note: Parkinson negated, another diagnosis affirmed")

C("ger-tidiga-hypoteser-sedan-besked-tva-anteckningar", SK, "1944-03-27", "F", [
  N("n1", MEL, "Tidiga hypoteser", "sk_minne_mal", "Torbjörn Malm", "läkare", "2024-02-02T14:00", [
      ("Bedömning", "Kliniken och biomarkörerna talar för Alzheimers sjukdom."),
      ("Planering", "Pat har uttryckt rädsla för beskedet; tas upp vid återbesök med sonen närvarande."),
  ]),
  N("n2", MEL, "Läkaranteckning", "sk_minne_mal", "Torbjörn Malm", "läkare", "2024-03-08T10:30", [
      ("Information", "Återbesök med sonen. Pat informerad om att hon har Alzheimers sjukdom; hon grät men ville veta."),
      ("Planering", "Donepezil insätts, uppföljning hos demenssjuksköterska om sex veckor."),
  ]),
  ],
  must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
  why="hypothesis held in the Skåne template (n1), then told and documented visibly (n2)")

C("ger-far-trol-demens-bror-parkinson", VG, "1946-02-11", "M",
  N("n1", MEL, "Läkaranteckning", "vg_ger_lid", "Ingela Persson", "läkare", "2024-09-10T10:10", [
      ("Hereditet", "Far trol. dement på äldre dagar, bror har Parkinsons sjukdom."),
      ("Bedömning", "Ortostatisk hypotension som orsak till fallen. Amlodipin sätts ut."),
  ]),
  must_not=["NL102"],
  why="the only hedge is on the father in Hereditet")

C("ger-ssk-lakaren-informerar-vid-aterbesok", SK, "1945-01-29", "M",
  N("n1", MEL, "Sjuksköterskeanteckning", "sk_minne_yst", "Carina Holmberg", "sjuksköterska", "2024-04-18T13:00", [
      ("Aktuellt", "Utredningen är klar och diagnosen är Alzheimers sjukdom enligt läkarens sammanfattning."),
      ("Planering", "Läkaren informerar pat om diagnosen vid återbesöket i maj; pat är ännu inte informerad."),
  ], signed=None),
  must=["NL101"],
  why="unsigned draft: nurse's note writes the diagnosis visibly before the doctor has told the patient")

C("ger-lakunar-infarkt-pat-vet-hustrun-ej", SK, "1940-07-07", "M",
  N("n1", MEL, "Daganteckning", "sk_ger_avd", "Sebastian Lundin", "läkare", "2024-06-10T11:45", [
      ("Bedömning", "DT visar en ny lakunär infarkt i vänster thalamus, förklarar den lätta högersidiga svagheten."),
      ("Information", "Pat informerad om infarkten. Han vill inte att hustrun oroas i dag och hon är därför inte informerad."),
  ], setting="slutenvård"),
  must_not=["NL101"],
  why="patient told; the wife is not")

C("ger-alzhemiers-sonen-vill-vara-med-stavfel", VG, "1943-12-05", "F",
  N("n1", MEL, "Läkaranteckning", "vg_minne", "Pontus Ahlberg", "läkare", "2024-05-08T15:20", [
      ("Bedömning", "Alzhemiers sjukdom, lindrig demensgrad."),
      ("Planering", "Diagnosen har ännu inte meddelats pat; sonen vill vara med vid beskedet, gemensamt besök 22/5."),
  ]),
  must=["NL101"],
  why="typo 'Alzhemiers': diagnosis visible, not yet told to the patient")

C("ger-parkinson-pat-tror-det-ar-nerver", VG, "1948-04-16", "M",
  N("n1", MEL, "Läkaranteckning", "vg_neuro", "Gunilla Axelsson", "läkare", "2024-07-16T10:35", [
      ("Kontaktorsak", "Pat tror själv att skakningarna i höger hand beror på nerver efter pensioneringen."),
      ("Utredning", "DaTSCAN: minskat upptag i vänster putamen."),
      ("Bedömning", "Parkinsons sjukdom. Diagnosen är ännu inte meddelad pat, som kommer på svarsbesök om två veckor."),
  ]),
  must=["NL101"],
  why="the patient's own explanation differs; the affirmed diagnosis is visible before he is told")

C("ger-maken-har-bett-ej-beratta-alzheimer", SK, "1942-10-10", "F",
  N("n1", MEL, "Läkaranteckning", "sk_ger_hlm", "Rolf Ekström", "läkare", "2024-08-29T14:40", [
      ("Bedömning", "Alzheimers sjukdom, måttlig demensgrad. Galantamin insätts."),
      ("Information", "Maken har bett att pat inte ska få veta att det är Alzheimer, och vi har hittills respekterat det. Pat vet att hon har minnesproblem."),
  ]),
  must=["NL101"],
  why="at the husband's wish the patient is not told the Alzheimer diagnosis written in Bedömning")

C("ger-talar-for-parkinson-lakemedel-kan-ej-uteslutas", SK, "1946-06-21", "F",
  N("n1", MEL, "Läkaranteckning", "sk_ger_hlm", "Lovisa Strömberg", "läkare", "2024-10-09T09:40", [
      ("Läkemedel", "Haloperidol sedan 2023 mot oro nattetid."),
      ("Bedömning", "Bilden talar för Parkinsons sjukdom, men läkemedelsutlöst parkinsonism kan inte uteslutas. Haloperidol sätts ut och pat bedöms igen om tre månader."),
  ]),
  must=["NL102"],
  why="'talar för' and 'kan inte uteslutas' hedge the diagnosis in Bedömning")

C("ger-sannol-lakemedelsutlost-forvirring-demens-fragetecken", VG, "1938-08-18", "M",
  N("n1", MEL, "Daganteckning", "vg_akutger", "Alexander Björn", "läkare", "2024-11-20T10:50", [
      ("Bedömning", "Sannol. läkemedelsutlöst förvirring efter insatt oxybutynin. Begynnande demens? Kognitiv testning när pat är återställd."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="'Begynnande demens?' is an open hypothesis in a ward note")

C("ger-trloig-alzheimer-stavfel", SK, "1947-03-14", "M",
  N("n1", MEL, "Läkaranteckning", "sk_minne_mal", "Annika Wärn", "läkare", "2024-12-04T13:15", [
      ("Bedömning", "Trloig Alzheimers sjukdom med tanke på amnestisk profil och temporal atrofi. Lumbalpunktion bokas."),
  ], signed=None),
  must=["NL102"],
  why="unsigned draft: typo 'Trloig' for 'Trolig': hedged Alzheimer diagnosis visible")

C("ger-fysioterapeut-pat-radd-parkinson-trol-rollator", VG, "1941-05-09", "F",
  N("n1", MEL, "Fysioterapeutanteckning", "vg_ger_lid", "Jonas Lind", "fysioterapeut", "2024-09-24T11:15", [
      ("Bakgrund", "Parkinsons sjukdom sedan 2022, diagnosen väl känd av pat."),
      ("Bedömning", "TUG 16 sekunder, kortare steg vid vändning. Trol. behov av rollator inomhus, ev. hembesök för att se över mattor och trösklar."),
  ]),
  must_not=["NL102"],
  why="physiotherapist's hedges are about aids, the diagnosis is established")

# =================================================================
# D. Genetics and hereditary disease
# =================================================================

C("gen-huntington-prediktivt-svar-ej-lamnat", SK, "1989-08-23", "F",
  N("n1", MEL, "Provsvarsanteckning", "sk_genetik", "Ulrika Nyman", "läkare", "2024-03-05T12:00", [
      ("Provsvar", "Prediktiv analys av HTT: 43 CAG-repetitioner i den ena allelen."),
      ("Bedömning", "Pat bär anlag för Huntingtons sjukdom."),
      ("Planering", "Enligt protokollet för prediktiv testning lämnas svaret personligen. Pat har ännu inte fått besked; besök med genetisk vägledare och läkare 14/3."),
  ]),
  must=["NL101"],
  why="predictive result written visibly before the in-person disclosure")

C("gen-huntington-svar-lamnat-med-hustrun", SK, "1982-12-07", "M",
  N("n1", MEL, "Genetisk vägledning", "sk_genetik", "Sofia Rehn", "genetisk vägledare", "2024-03-14T15:30", [
      ("Samtal", "Svarsbesök tillsammans med hustrun. Pat fick beskedet att han bär anlag för Huntingtons sjukdom (41 CAG)."),
      ("Reaktion", "Chock men också lättnad över att veta. Erbjuds uppföljande samtal om två veckor."),
  ]),
  must_not=["NL101"],
  why="the predictive result was disclosed at this visit")

C("gen-mor-huntington-pat-vill-inte-veta", VG, "1994-07-12", "F",
  N("n1", MEL, "Genetisk vägledning", "vg_genetik", "Linda Ståhl", "genetisk vägledare", "2024-04-02T10:00", [
      ("Bakgrund", "Mor har Huntingtons sjukdom sedan 2016."),
      ("Samtal", "Pat har efter två samtal bestämt sig för att inte genomgå prediktiv testning nu. Hon vill inte veta och vill kunna leva utan beskedet."),
  ]),
  must_not=["NL102", "NL101"],
  why="'vill inte veta' concerns an untested risk; the only diagnosis belongs to the mother")

C("gen-syster-brca1-pat-negativ", SK, "1985-10-30", "F",
  N("n1", MEL, "Telefonanteckning", "sk_onkogen", "Magnus Thelin", "läkare", "2024-05-07T13:40", [
      ("Bakgrund", "Syster insjuknade i bröstcancer vid 41 års ålder och bär en patogen BRCA1-variant."),
      ("Provsvar", "Riktad analys hos pat: varianten påvisas inte."),
      ("Information", "Pat informerad per telefon om det negativa svaret; hon följer ordinarie mammografiscreening."),
  ]),
  must_not=["NL102"],
  why="the sister's diagnosis is family history; the patient's result is negative and told")

C("gen-lynch-pat-informerad-syskon-ej", VG, "1976-03-09", "F",
  N("n1", MEL, "Läkaranteckning", "vg_cancergen", "Olle Granath", "läkare", "2024-02-21T11:10", [
      ("Provsvar", "Konstitutionell analys: patogen variant i MLH1."),
      ("Bedömning", "Lynchs syndrom. Koloskopi vartannat år och gynekologisk kontroll."),
      ("Information", "Pat informerad om svaret. Släktbrev till syskonen skickas via pat; syskonen är ännu inte informerade."),
  ]),
  must_not=["NL101"],
  why="relatives not yet informed while the patient was")

C("gen-kirurgen-remiss-misstankt-lynch", SK, "1985-11-04", "M",
  N("n1", MEL, "Läkaranteckning", "sk_onkogen", "Karin Esbjörnsson", "läkare", "2024-06-12T09:30", [
      ("Remissorsak", "Kirurgkliniken remitterar: koloncancer vid 38 års ålder, MMR-immunhistokemi med bortfall av MSH2 och MSH6."),
      ("Bedömning", "Misstänkt Lynchs syndrom. Konstitutionell analys av MMR-generna beställd efter samtycke."),
      ("Information", "Pat informerad om frågeställningen och dess betydelse för släkten."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="the surgeon's finding becomes the geneticist's own 'Misstänkt Lynchs syndrom'; patient informed")

C("gen-vus-myh7-hcm-kand", VG, "1980-01-25", "M",
  N("n1", MEL, "Läkaranteckning", "vg_kard", "Elsa Norling", "läkare", "2024-03-25T14:15", [
      ("Bakgrund", "Hypertrofisk kardiomyopati, klinisk diagnos sedan 2019."),
      ("Genetik", "Genpanel: variant av oklar signifikans i MYH7, kan inte användas för släktutredning."),
      ("Information", "Pat informerad om att fyndet inte ändrar handläggningen."),
  ]),
  must_not=["NL102"],
  why="'oklar signifikans' qualifies a variant, not the affirmed cardiomyopathy")

C("gen-ogonkliniken-linsluxation-marfan-sannolikt", VG, "2001-06-18", "M",
  N("n1", MEL, "Läkaranteckning", "vg_genetik", "Tobias Runesson", "läkare", "2024-01-29T10:20", [
      ("Remissorsak", "Remiss från ögonkliniken pga bilateral linsluxation."),
      ("Status", "Längd 198 cm, armspann 206 cm, positivt tumtecken och handledstecken. Aortarot Z-score 2,8."),
      ("Bedömning", "Marfans syndrom sannolikt, systemisk poäng 8. FBN1-analys skickad."),
      ("Information", "Pat informerad om misstanken och om att undvika tunga lyft tills vidare."),
  ]),
  must=["NL102"],
  why="eye clinic referral, geneticist writes 'Marfans syndrom sannolikt'; patient informed")

C("gen-marfan-under-tidiga-hypoteser", VG, "2005-02-14", "F",
  N("n1", MEL, "Läkaranteckning", "vg_genetik", "Tobias Runesson", "läkare", "2024-02-19T13:00", [
      ("Aktuellt", "Remitterad för överrörliga leder och lång växt."),
      ("Bedömning", "Ledöverrörlighet och lång växt. Ekokardiografi och ögonundersökning beställda, pat informerad om undersökningarna."),
      ("Tidiga hypoteser", "Kliniska fynd talar för en ärftlig bindvävssjukdom, i första hand Marfans syndrom. Tas upp med pat när ekokardiografi och genanalys finns."),
  ]),
  must_not=["NL102", "NL101"],
  why="VGR: the Marfan hypothesis is only under the filtered sökord Tidiga hypoteser")

C("gen-fragilt-x-mormor-moster-ej-informerade", SK, "2018-11-29", "M",
  N("n1", MEL, "Läkaranteckning", "sk_genetik", "Cecilia Wahlund", "läkare", "2024-05-21T10:40", [
      ("Provsvar", "FMR1: fullmutation med fler än 200 CGG-repetitioner."),
      ("Bedömning", "Fragilt X-syndrom, bekräftat."),
      ("Information", "Föräldrarna informerade vid dagens besök. Mamma erbjuds bärartest; mormor och moster är ännu inte informerade, mamma vill själv ta upp det med dem."),
  ]),
  must_not=["NL101"],
  why="child's guardians told; the untold are the grandmother and aunt")

C("gen-fragilt-x-foraldrar-har-inte-fatt-svaret", VG, "2021-01-13", "M",
  N("n1", MEL, "Provsvarsanteckning", "vg_genetik", "Helena Fors", "läkare", "2024-03-01T14:55", [
      ("Provsvar", "DNA-analys: fullmutation i FMR1."),
      ("Bedömning", "Fragilt X-syndrom."),
      ("Planering", "Föräldrarna har inte fått svaret ännu; tid bokas snarast med barnläkare och genetisk vägledare."),
  ], signed=None),
  must=["NL101"],
  why="unsigned draft: 3-year-old: guardians not yet told the fragile X diagnosis in Bedömning")

C("gen-fh-pat-har-sjalv-berattat-for-barnen", SK, "1978-09-03", "M",
  N("n1", MEL, "Läkaranteckning", "sk_lipid", "Viveka Lantz", "läkare", "2024-04-29T11:25", [
      ("Bedömning", "Familjär hyperkolesterolemi, patogen LDLR-variant påvisad. Statin och ezetimib."),
      ("Information", "Pat informerad och har själv berättat för sina två barn, som erbjuds kaskadtestning via barnkliniken."),
  ]),
  must_not=["NL101"],
  why="affirmed genetic diagnosis, told, and the patient passed it on")

C("gen-pappa-fh-barnet-trol-arftlig", VG, "2015-10-19", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_bor", "Mats Höglund", "läkare", "2024-06-27T09:15", [
      ("Hereditet", "Pappa har familjär hyperkolesterolemi."),
      ("Bedömning", "LDL 5,9 mmol/l. Trol. ärftlig hyperkolesterolemi, genetisk analys beställd."),
      ("Information", "Mamma informerad om fynd och plan."),
  ]),
  must=["NL102"],
  why="the father's confirmed FH prompts the doctor's own hedged diagnosis for the child")

C("gen-vc-pmo-misstankt-hemokromatos", SK, "1972-04-27", "M",
  N("n1", PMO, "Besöksanteckning", "sk_vc_simr", "Bengt Åkerlund", "läkare", "2024-02-14T14:30", [
      ("Provsvar", "Transferrinmättnad 68 procent, ferritin 890."),
      ("Bedömning", "Misstänkt hemokromatos, HFE-analys skickad."),
  ]),
  must_not=["NL102"],
  why="PMO: hedged diagnosis never NL102")

C("gen-bror-hemokromatos-pat-anlagsbarare", VG, "1975-01-08", "F",
  N("n1", MEL, "Läkaranteckning", "vg_med_ali", "Jessica Wik", "läkare", "2024-08-06T10:50", [
      ("Bakgrund", "Bror nyligen diagnostiserad med hereditär hemokromatos (C282Y homozygot)."),
      ("Bedömning", "Pat testad: C282Y heterozygot, det vill säga anlagsbärare utan sjukdom. Järnstatus normalt."),
  ]),
  must_not=["NL102"],
  why="the brother's diagnosis is family history; the patient is an affirmed carrier without disease")

C("gen-pappa-cadasil-pat-undrar-inga-tecken", SK, "1987-02-19", "F",
  N("n1", MEL, "Läkaranteckning", "sk_neuro_hbg", "Erik Linnér", "läkare", "2024-09-16T13:35", [
      ("Bakgrund", "Pappa har CADASIL. Pat undrar om hennes huvudvärk kan vara början på samma sjukdom."),
      ("Utredning", "MR hjärna utan vitsubstansförändringar."),
      ("Bedömning", "Inga tecken på CADASIL i nuläget; huvudvärken är av migräntyp. Prediktiv testning erbjuds om hon önskar."),
  ]),
  must_not=["NL102"],
  why="the patient's own question is answered with 'Inga tecken på CADASIL'")

C("gen-sekundarfynd-brca2-pat-har-avbojt", VG, "1972-06-29", "M",
  N("n1", MEL, "Provsvarsanteckning", "vg_genetik", "Helena Fors", "läkare", "2024-09-30T15:05", [
      ("Provsvar", "Exomsekvensering för dilaterad kardiomyopati: patogen variant i TTN som förklarar pats hjärtsjukdom."),
      ("Sekundärfynd", "Ärftligt bröst- och äggstockscancersyndrom (patogen BRCA2-variant)."),
      ("Kommentar", "Pat har i samtycket avböjt information om sekundärfynd och har därför inte informerats om BRCA2-fyndet."),
  ]),
  must=["NL101"],
  why="a secondary-finding diagnosis the patient chose not to receive is written in visible sections")

C("gen-pat-overtygad-eds-kriterier-uppfylls-ej", SK, "1996-12-16", "F",
  N("n1", MEL, "Läkaranteckning", "sk_reuma_lund", "Anders Palm", "läkare", "2024-10-14T10:05", [
      ("Kontaktorsak", "Pat är övertygad om att hon har Ehlers-Danlos syndrom efter att ha läst på ett patientforum."),
      ("Status", "Beighton 3/9, normal hud, inga atrofiska ärr."),
      ("Bedömning", "Kriterierna för hypermobilt EDS uppfylls inte. Långvarig ledsmärta bedöms som generaliserad smärtproblematik, remiss till smärtrehab."),
  ]),
  must_not=["NL102"],
  why="the patient's self-diagnosis is ruled out by the criteria")

C("gen-mojlig-klassisk-eds", VG, "1999-05-24", "M",
  N("n1", MEL, "Läkaranteckning", "vg_genetik", "Linnéa Ohlsson", "läkare", "2024-11-07T11:45", [
      ("Status", "Beighton 7/9, mycket töjbar hud, breda atrofiska ärr på knäna."),
      ("Bedömning", "Möjlig klassisk EDS; COL5A1- och COL5A2-analys skickad."),
  ]),
  must=["NL102"],
  why="'Möjlig klassisk EDS' hedged in a visible section")

C("gen-fabry-tidiga-hypoteser-sedan-svar-ej-lamnat", SK, "1990-09-11", "M", [
  N("n1", MEL, "Tidiga hypoteser", "sk_genetik", "Jonas Rudolfsson", "läkare", "2024-01-15T10:00", [
      ("Bedömning", "Brännande smärta i händerna sedan barndomen, angiokeratom och proteinuri. Misstänkt Fabrys sjukdom, enzymaktivitet och GLA-analys skickade."),
      ("Planering", "Tas inte upp med pat förrän svar finns."),
  ]),
  N("n2", MEL, "Provsvarsanteckning", "sk_genetik", "Jonas Rudolfsson", "läkare", "2024-02-20T16:15", [
      ("Provsvar", "GLA-analys: patogen variant, låg alfa-galaktosidas A-aktivitet."),
      ("Diagnos", "Fabrys sjukdom."),
      ("Planering", "Pat har ännu inte fått svaret, telefontid bokad med ansvarig läkare på fredag."),
  ]),
  ],
  must=[("NL101", "n2")], must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="hypothesis correctly in the Skåne template (n1); the confirmed diagnosis is then written visibly before the patient is told (n2)")

C("gen-nf1-kriterier-pappa-ej-utredd", VG, "2017-09-26", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barn_nal", "Erika Svensson", "läkare", "2024-04-16T09:35", [
      ("Status", "Sju café au lait-fläckar större än 5 mm och fräknar i armhålorna."),
      ("Bedömning", "Kliniska kriterier för neurofibromatos typ 1 uppfyllda. Pappa har liknande hudfynd men har aldrig utretts."),
      ("Information", "Föräldrarna informerade om diagnosen och uppföljningsprogrammet."),
  ]),
  must_not=["NL102"],
  why="the child's NF1 is affirmed and told; the father's possible disease is not the patient's diagnosis")

C("gen-bror-arvc-obduktion-pat-utan-tecken", VG, "1989-03-31", "M",
  N("n1", MEL, "Läkaranteckning", "vg_kard", "Susanna Kroon", "läkare", "2024-05-30T14:20", [
      ("Hereditet", "Bror avled plötsligt vid 31 års ålder; obduktionen talar för arytmogen högerkammarkardiomypati."),
      ("Utredning", "EKG, Holter och MR hjärta utan tecken på ARVC."),
      ("Bedömning", "Ingen kardiomyopati hos pat. Ny kontroll om tre år, genetisk analys när broderns prov är analyserat."),
  ]),
  must_not=["NL102"],
  why="'talar för' concerns the dead brother; the patient is negative; typo 'högerkammarkardiomypati'")

C("gen-trolig-langt-qt-typ1", SK, "1996-02-06", "F",
  N("n1", MEL, "Läkaranteckning", "sk_arytmi", "Pernilla Hed", "läkare", "2024-07-08T10:30", [
      ("Aktuellt", "Svimning under simning i somras."),
      ("Bedömning", "QTc 490 ms med typisk T-vågsmorfologi. Trolig långt QT-syndrom typ 1. Genpanel skickad, betablockerare insätts."),
  ]),
  must=["NL102"],
  why="'Trolig långt QT-syndrom' visible")

C("gen-arbetshypotes-mitokondriell-melas", SK, "1999-11-22", "M",
  N("n1", MEL, "Läkaranteckning", "sk_neuro_lund", "Jakob Ivarsson", "läkare", "2024-08-19T15:40", [
      ("Aktuellt", "Migränliknande huvudvärk, en strokeliknande episod och förhöjt laktat. Mamma har diabetes och hörselnedsättning."),
      ("Bedömning", "Min arbetshypotes är en mitokondriell sjukdom, i första hand MELAS. mtDNA-analys skickad."),
  ]),
  must=["NL102"],
  why="the clinician's explicit 'arbetshypotes' names a diagnosis in a visible section")

C("gen-brca-negativt-svar-ej-meddelat", VG, "1968-04-02", "F",
  N("n1", MEL, "Sjuksköterskeanteckning", "vg_cancergen", "Malin Strand", "sjuksköterska", "2024-09-05T13:50", [
      ("Bakgrund", "Bröstcancer vänster sida, opererad 2023; pat väl informerad om sin sjukdom."),
      ("Provsvar", "Analys av BRCA1, BRCA2 och PALB2 visade inga patogena varianter."),
      ("Planering", "Pat ej informerad om gensvaret ännu, brev skickas i dag."),
  ]),
  must_not=["NL101"],
  why="the untold gene result is normal; the cancer diagnosis is known to her")

C("gen-msh6-besked-pa-mandag-utkast", SK, "1980-07-16", "F",
  N("n1", MEL, "Provsvarsanteckning", "sk_onkogen", "Karin Esbjörnsson", "läkare", "2024-10-25T16:30", [
      ("Provsvar", "Konstitutionell analys: patogen variant i MSH6."),
      ("Bedömning", "Lynch syndom."),
      ("Planering", "Pat har inte fått besked ännu, ringer henne på måndag enligt överenskommelse."),
  ], signed=None),
  must=["NL101"],
  why="unsigned draft with typo 'syndom': Lynch syndrome visible before the patient has been told")

C("gen-tuberos-skleros-foraldrar-vet-om-spasmer", SK, "2023-12-30", "M",
  N("n1", MEL, "Läkaranteckning", "sk_barnneuro", "Gustav Ekdahl", "läkare", "2024-08-28T11:10", [
      ("Aktuellt", "Infantila spasmer sedan en vecka, hypomelanotiska fläckar på bål och ben."),
      ("MR", "Kortikala tubera och subependymala noduli."),
      ("Bedömning", "Tuberös skleros sannolik; genetisk analys av TSC1 och TSC2. Vigabatrin insätts."),
      ("Information", "Föräldrarna har inte fått veta att vi misstänker tuberös skleros; de är informerade om de infantila spasmerna och behandlingen."),
  ], setting="slutenvård"),
  must=["NL101", "NL102"],
  why="infant: guardians told about spasms but not the suspected tuberous sclerosis written in Bedömning")

C("gen-morfar-trol-huntington-kan-inte-uteslutas", VG, "1979-10-05", "M",
  N("n1", MEL, "Läkaranteckning", "vg_neuro", "Jenny Holmgren", "läkare", "2024-06-04T10:25", [
      ("Hereditet", "Morfar trol. Huntingtons sjukdom, dog på institution 1975. Mor lever, frisk vid 70."),
      ("Status", "Ofrivilliga ryckiga rörelser i ansikte och fingrar, svårt att hålla ut tungan."),
      ("Bedömning", "Huntingtons sjukdom kan inte uteslutas. Diagnostisk testning efter genetisk vägledning och samtycke."),
  ]),
  must=["NL102"],
  why="beyond the grandfather's hedged history, the patient's own diagnosis is left open")

C("gen-hypotes-spinocerebellar-ataxi", SK, "1984-04-24", "M",
  N("n1", MEL, "Läkaranteckning", "sk_neuro_lund", "Sara Kullberg", "läkare", "2024-11-26T09:10", [
      ("Anamnes", "Tilltagande ostadighet och sluddrigt tal sedan tre år. Mamman hade liknande gångsvårigheter från 50 års ålder."),
      ("Bedömning", "Hypotes: spinocerebellär ataxi. SCA-panel skickad efter samtycke."),
  ]),
  must=["NL102"],
  why="the doctor's stated hypothesis names a diagnosis in a visible section")

C("gen-trol-hereditart-angioodem", VG, "1992-08-31", "F",
  N("n1", MEL, "Läkaranteckning", "vg_med_ali", "Robin Edvardsson", "läkare", "2024-12-10T14:00", [
      ("Aktuellt", "Återkommande svullnader i läppar och buk utan klåda, pappa har haft liknande."),
      ("Bedömning", "C4 och C1-inhibitor låga. Trol. hereditärt angioöden typ 1, ny provtagning och genetisk analys."),
  ]),
  must=["NL102"],
  why="'Trol.' hedges the hereditary angioedema diagnosis; typo 'angioöden'")

C("gen-stark-misstanke-hattr-amyloidos", VG, "1960-01-14", "M",
  N("n1", MEL, "Läkaranteckning", "vg_kard", "Kristina Bäck", "läkare", "2024-10-01T13:25", [
      ("Hereditet", "Far och farbror opererades för karpaltunnelsyndrom och dog i hjärtsvikt, släkten kommer från Skellefteåtrakten."),
      ("Bedömning", "Tjock kammarvägg med låg spänning på EKG. Stark misstanke om ärftlig transtyretinamyloidos; scintigrafi och TTR-analys."),
  ]),
  must=["NL102"],
  why="'Stark misstanke om' a hereditary diagnosis for the patient")

C("gen-adpkd-mamma-vill-vara-med-19ar", SK, "2005-03-22", "F",
  N("n1", MEL, "Läkaranteckning", "sk_njur", "Per Hammarlund", "läkare", "2024-04-05T12:50", [
      ("Ultraljud", "Multipla bilaterala njurcystor, njurarna förstorade."),
      ("Bedömning", "Autosomal dominant polycystisk njursjukdom, samma sjukdom som hos mamman."),
      ("Planering", "Pat ej informerad om fyndet ännu; mamma har bett att få vara med när beskedet ges."),
  ]),
  must=["NL101"],
  why="19-year-old not yet told the ADPKD diagnosis written visibly")

# =================================================================
# E. Adults: the patient's own fears, other clinics, who is told
# =================================================================

C("neuro-pat-radd-ms-som-kollegan-migran", SK, "1992-12-21", "F",
  N("n1", MEL, "Läkaranteckning", "sk_neuro_hbg", "Erik Linnér", "läkare", "2024-02-29T14:10", [
      ("Kontaktorsak", "Pat är rädd att det är MS eftersom en kollega nyss fick diagnosen."),
      ("Anamnes", "Flimmer i synfältet i 20 minuter, därefter pulserande huvudvärk och illamående."),
      ("Bedömning", "Neurologiskt status utan anmärkning, MR hjärna normal. Migrän med aura. Ingen misstanke om MS."),
  ]),
  must_not=["NL102"],
  why="the patient's fear of MS is negated")

C("neuro-motorneuronsjukdom-kan-inte-uteslutas", VG, "1961-02-17", "M",
  N("n1", MEL, "Läkaranteckning", "vg_neuro", "Joakim Sandell", "läkare", "2024-03-14T09:55", [
      ("Status", "Fascikulationer och atrofi i höger hands interosseer, livliga reflexer i benen."),
      ("Bedömning", "Motorneuronsjukdom kan inte uteslutas; ENeG och MR halsrygg bokade."),
  ]),
  must=["NL102"],
  why="'kan inte uteslutas' leaves motor neurone disease open")

C("kir-pad-adenokarcinom-pat-ej-informerad", SK, "1966-05-13", "M",
  N("n1", MEL, "Provsvarsanteckning", "sk_kir_mal", "Annika Dahlgren", "läkare", "2024-04-19T15:25", [
      ("PAD", "Polypektomi i colon sigmoideum: adenokarcinom, radikalitet oklar."),
      ("Planering", "Pat är ännu inte informerad. Kallas till besök på torsdag med kontaktsjuksköterska."),
  ], signed=None),
  must=["NL101"],
  why="unsigned draft: malignant histology written visibly before the patient is told")

C("kir-pad-pat-informerad-hustrun-vet-ej", VG, "1958-01-03", "M",
  N("n1", MEL, "Telefonanteckning", "vg_kir_skov", "Oscar Lindeberg", "läkare", "2024-05-03T13:35", [
      ("Samtal", "Pat informerad per telefon om PAD-beskedet: adenokarcinom i rektum. Hustrun vet ännu inte, pat vill berätta själv i kväll."),
      ("Planering", "Tid hos kontaktsjuksköterska i morgon, DT thorax-buk beställd."),
  ]),
  must_not=["NL101"],
  why="patient told; the wife is the one not yet informed")

C("hud-vc-misstankte-melanom-seborroisk-keratos", SK, "1969-10-08", "F",
  N("n1", MEL, "Läkaranteckning", "sk_hud_lan", "Gunnel Berggren", "läkare", "2024-06-07T10:20", [
      ("Remissorsak", "Remiss från vårdcentralen: misstänkt melanom på ryggen."),
      ("Bedömning", "Dermatoskopi visar typisk seborroisk keratos med hornpluggar, inga malignitetstecken. Inget melanom, ingen åtgärd."),
  ]),
  must_not=["NL102"],
  why="the referring clinic's suspicion is ruled out ('Inget melanom')")

C("hud-dermatologen-misstanker-melanom", VG, "1977-04-29", "M",
  N("n1", MEL, "Läkaranteckning", "vg_hud", "Lars Fagerberg", "läkare", "2024-07-11T11:00", [
      ("Status", "Asymmetrisk pigmentförändring 9 mm på vänster skuldra med regressionszon."),
      ("Bedömning", "Misstänkt malignt melanom. Excideras i dag med 2 mm marginal."),
  ], signed=None),
  must=["NL102"],
  why="unsigned draft: the dermatologist's own 'Misstänkt malignt melanom'")

C("kard-pat-radd-infarkt-som-pappa", VG, "1972-09-09", "M",
  N("n1", MEL, "Läkaranteckning", "vg_kard", "Camilla Westerlund", "läkare", "2024-01-17T13:45", [
      ("Kontaktorsak", "Pat rädd för hjärtinfarkt då pappa dog i infarkt vid 55 års ålder."),
      ("Utredning", "Arbetsprov till 220 W utan ischemi eller arytmi."),
      ("Bedömning", "Muskuloskeletal bröstsmärta, ingen kranskärlssjukdom."),
  ]),
  must_not=["NL102"],
  why="the patient's fear is answered by an affirmed benign diagnosis and a negation")

C("lung-misstankt-lungcancer-pat-ej-informerad", VG, "1957-03-25", "F",
  N("n1", MEL, "Läkaranteckning", "vg_lung", "Henrik Bergman", "läkare", "2024-08-22T16:05", [
      ("DT thorax", "3 cm spikulerad förändring i höger överlob samt förstorad lymfkörtel i station 4R."),
      ("Bedömning", "Högt misstänkt lungcancer. Pat har inte informerats om DT-fyndet; det tas upp vid bronkoskopibesöket på måndag."),
  ], signed=None),
  must=["NL101", "NL102"],
  why="unsigned draft: suspected lung cancer visible and not yet told to the patient")

C("orto-coxartros-ej-informerad-om-vantetid", SK, "1953-02-06", "F",
  N("n1", MEL, "Läkaranteckning", "sk_orto_tre", "Jimmy Larsson", "läkare", "2024-03-27T10:45", [
      ("Bedömning", "Coxartros höger, operationsanmäld för total höftplastik. Pat informerad om diagnosen och om operationen."),
      ("Planering", "Pat ej informerad om väntetiden, koordinatorn ringer."),
  ]),
  must_not=["NL101"],
  why="what the patient has not been told is the waiting time, not the diagnosis")

C("endo-pat-informerad-vardcentralen-ej", VG, "1985-06-24", "F",
  N("n1", MEL, "Läkaranteckning", "vg_endo_nu", "Sven Ottosson", "läkare", "2024-10-29T09:30", [
      ("Bedömning", "Primär hyperparatyreoidism, bekräftad med förhöjt PTH och kalcium."),
      ("Information", "Pat informerad om diagnosen och remitteras till endokrinkirurg. Vårdcentralen är ännu inte informerad; epikris skickas."),
  ]),
  must_not=["NL101"],
  why="the other clinic, not the patient, is the one not yet informed")

C("reuma-fragetecken-om-aterbesok-och-dos", SK, "1964-11-15", "F",
  N("n1", MEL, "Läkaranteckning", "sk_reuma_hbg", "Dragan Petrović", "läkare", "2024-11-13T13:30", [
      ("Bedömning", "Reumatoid artrit, låg sjukdomsaktivitet på metotrexat 20 mg per vecka."),
      ("Planering", "Återbesök om sex månader, digitalt? Dosminskning av metotrexat diskuteras vid nästa kontakt."),
  ]),
  must_not=["NL102"],
  why="the question mark hedges the visit format, not a diagnosis")

# =================================================================
# F. Long notes (300+ words, several sections)
# =================================================================

C("lang-minnesmottagning-sammanfattning-misstankt-blandform", VG, "1947-09-02", "F",
  N("n1", MEL, "Läkaranteckning", "vg_minne", "Lisbeth Hjalmarsson", "läkare", "2024-04-22T13:00", [
      ("Kontaktorsak", "Remiss från vårdcentralen Mölnlycke efter att maken och sonen beskrivit tilltagande glömska sedan cirka två år. Pat själv tycker att minnet är 'som för alla i min ålder'."),
      ("Anamnes", "Tidigare frisk förutom hypertoni och förmaksflimmer, behandlad med apixaban sedan 2021. Gick i pension som lågstadielärare 2012. Bor med maken i villa, kör fortfarande bil men har enligt sonen kört vilse två gånger i vintras. Glömmer att betala räkningar, maken har tagit över ekonomin. Ingen depression, sover bra. Alkohol ett glas vin till helgen."),
      ("Hereditet", "Mor blev glömsk efter 80 men utreddes aldrig. En syster har Parkinsons sjukdom."),
      ("Status", "Vaken, adekvat, god kontakt. Lätt ordletningssvårighet. Neurologiskt status utan fokala bortfall, normal gång. BT 152/84, oregelbunden puls 72."),
      ("Läkemedel", "Apixaban 5 mg x 2, bisoprolol 5 mg x 1, enalapril 10 mg x 1, paracetamol vid behov. Inga antikolinergika, inga sömnmedel."),
      ("Social anamnes", "Två barn, sonen bor i Kungsbacka och kommer varje helg. Sjunger i kör men har slutat gå dit under våren eftersom hon inte hittar texterna. Maken lagar maten numera."),
      ("Funktion", "Personlig ADL oberoende. Instrumentell ADL: ekonomi, inköp och telefonsamtal med myndigheter sköts av maken. Ingen hemtjänst. Ramlat en gång i trädgården i höstas utan skada."),
      ("Testning", "MMSE 24/30 med bortfall på fördröjd återgivning och orientering i tid. Klocktest 4/6. RBANS med nedsatt episodiskt minne och visuospatial förmåga, uppmärksamhet inom normalvariation."),
      ("Bilddiagnostik", "DT hjärna: måttlig temporal atrofi bilateralt och utbredda vitsubstansförändringar, två gamla lakunära infarkter i basala ganglierna."),
      ("Lab", "Blodstatus, elektrolyter, kalcium, B12, folat och TSH normala. Kreatinin 88. HbA1c 39."),
      ("Bedömning", "Sammantaget misstänkt Alzheimers sjukdom av blandform med vaskulär komponent. Lumbalpunktion med biomarkörer för att stärka diagnosen. Blodtrycket behöver bli bättre."),
      ("Information", "Pat och maken informerades om testresultaten och om att vi misstänker en demenssjukdom, båda ville veta. Körkortsfrågan togs upp; pat avstår från bilkörning tills utredningen är klar."),
      ("Planering", "LP bokas om två veckor. Amlodipin 5 mg insätts, BT-kontroll på vårdcentralen. Återbesök med anhöriga efter LP-svar. Arbetsterapeut gör hembesök."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="long memory-clinic note: one hedged dementia diagnosis in Bedömning; patient and husband told")

C("lang-barnakut-alla-nara-missar", SK, "2020-04-08", "M",
  N("n1", MEL, "Akutanteckning", "sk_barnakut_lund", "Jenny Falk", "läkare", "2024-10-12T21:30", [
      ("Kontaktorsak", "Fyraårig pojke med huvudvärk och kräkningar sedan i morse. Mamma är rädd att det är en hjärntumör eftersom en kusin opererades för medulloblastom i fjol."),
      ("Anamnes", "Förkyld sedan tre dagar, feber 38,5 i går. Kräkts fyra gånger i dag, dricker små mängder. Ingen huvudvärk nattetid tidigare, inga synstörningar, ingen ostadighet. Vaccinerad enligt program. Inga tidigare sjukdomar utöver öroninflammationer."),
      ("Hereditet", "Pappa har migrän. Farmor trol. epilepsi i ungdomen, uppgifterna är osäkra. Kusin på mammas sida med medulloblastom, nu färdigbehandlad."),
      ("Status", "Allmäntillstånd gott, leker med leksaksbilar i väntrummet. Temp 37,9. Inga meningitiska tecken, normal gång och finmotorik, pupiller lika och ljusreagerande, ögonbottnar utan papillödem. Röd svalg, lätt rodnade trumhinnor. Buk mjuk och oöm."),
      ("Vitalparametrar", "Puls 118, andningsfrekvens 24, saturation 99 procent på luft, kapillär återfyllnad 2 sekunder. Vikt 17,2 kg, föregående vägning på BVC 17,6 kg."),
      ("Socialt", "Bor med mamma, pappa och en storebror på åtta år som också varit förkyld. Går på förskola fyra dagar i veckan, flera barn i gruppen har haft magsjuka senaste veckan."),
      ("Läkemedel", "Paracetamol 250 mg senast kl 15. Inga stående läkemedel, inga kända allergier."),
      ("Lab", "CRP 14, P-glukos 5,2, urinsticka ketoner 2+ i övrigt utan anmärkning."),
      ("Förlopp på akuten", "Efter en timme piggare, har kissat och ätit en glasspinne. Ingen ny kräkning. Mamma tycker att han är mer som vanligt nu. Temp 37,6 vid omkontroll, puls 104."),
      ("Bedömning", "Viral gastroenterit med lätt uttorkning vid samtidig övre luftvägsinfektion. Inga tecken på intrakraniell tryckstegring och ingen misstanke om hjärntumör. Meningit bedöms inte aktuellt med tanke på status och det goda allmäntillståndet."),
      ("Åtgärd", "Ondansetron 2 mg po, därefter dricksförsök med vätskeersättning, klarade 200 ml på en timme."),
      ("Information", "Mamma och pappa informerades om bedömningen och fick svar på frågan om tumör. Trol. är han bättre inom ett par dygn; ev. ny kontakt om han inte kan dricka."),
      ("Planering", "Hem i kväll. Återkomst vid tilltagande huvudvärk, nackstelhet, slöhet eller om kräkningarna inte ger med sig."),
  ], setting="akutmottagning"),
  must_not=["NL102"],
  why="long note full of near misses: mother's fear, relatives' hedged history, negations, non-diagnostic 'Trol.'/'ev.'")

C("lang-psyk-nybesok-trolig-bipolar-ej-framfort", VG, "1990-05-11", "M",
  N("n1", MEL, "Nybesök läkare", "vg_psyk_aff", "Gunnar Widell", "läkare", "2024-09-09T10:00", [
      ("Kontaktorsak", "Egen vårdbegäran via 1177 efter en höst med nedstämdhet. Sambon har uppmanat honom att söka."),
      ("Anamnes", "34-årig man, ekonom på bank. Första depressiva episoden vid 22 års ålder under studierna, behandlad med sertralin på studenthälsan. Därefter två liknande perioder. Sambon beskriver också perioder på en till två veckor med nästan ingen sömn, hög arbetstakt, köp av två bilar på en månad och irritation. Han själv kallar dem 'mina bra veckor'. Inga psykotiska symtom. Alkohol i sociala sammanhang, ingen droganvändning."),
      ("Hereditet", "Pappa har behandlats för depression. Farbror trol. manodepressiv, vårdades inneliggande på 1980-talet."),
      ("Social anamnes", "Sambo sedan sex år, inga barn. Trivs på arbetet men har haft svårt att prestera sedan augusti. Spelar padel två gånger i veckan när han mår bra, nu inte alls. Ekonomin ansträngd efter bilköpen i våras."),
      ("Somatisk anamnes", "Astma i barndomen, i övrigt frisk. Inga läkemedel i dag. Sköldkörtelprover från vårdcentralen i augusti normala."),
      ("Psykiskt status", "Vaken, orienterad, god kontakt. Sänkt grundstämning, psykomotoriskt lätt hämmad. Inga hallucinationer, inga vanföreställningar. Suicidtankar i passiv form utan planer."),
      ("Suicidriskbedömning", "Passiva dödstankar, inga planer eller förberedelser, inga tidigare försök. Skyddande faktorer: sambo, arbete och två katter. Risken bedöms låg men ska följas."),
      ("Skattningar", "MADRS-S 28. MDQ positiv."),
      ("Funktionsnivå", "Klarar hushållet med sambons hjälp, sköter hygien. Har varit borta från arbetet sex dagar senaste månaden. Sover nio till tio timmar per natt men vaknar oförfriskad. Aptiten minskad, gått ned tre kilo sedan augusti."),
      ("Droger och alkohol", "AUDIT 6. Provat cannabis två gånger i tjugoårsåldern, inget därefter. Inga spel om pengar."),
      ("Bedömning", "Pågående depressiv episod av medelsvår grad. Anamnesen med korta perioder av minskat sömnbehov och expansivitet gör att trolig bipolär sjukdom typ II behöver prövas. Antidepressiv monoterapi undviks tills vidare."),
      ("Information", "Pat informerad om depressionsbedömningen och behandlingsplanen. Pat är inte informerad om bipolärmisstanken ännu; jag vill först träffa sambon för en komplettande anamnes."),
      ("Planering", "Återbesök om en vecka tillsammans med sambon. Kontaktsjuksköterska ringer om tre dagar. Sjukskrivning 50 procent i två veckor."),
  ]),
  must=["NL102", "NL101"],
  why="long psychiatric new visit: hedged bipolar II in Bedömning, explicitly not yet told to the patient")

C("lang-genetisk-vagledning-slaktutredning", SK, "1981-08-14", "F",
  N("n1", MEL, "Genetisk vägledning", "sk_onkogen", "Sofia Rehn", "genetisk vägledare", "2024-05-15T09:00", [
      ("Kontaktorsak", "Egen remiss via bröstmottagningen. Pat vill veta om hon har en ärftligt ökad risk för cancer eftersom flera kvinnor i släkten har drabbats."),
      ("Släktanamnes", "Mor insjuknade i bröstcancer vid 46 års ålder och lever. Moster trol. äggstockscancer, dog 1999 vid 52 års ålder; journaler är begärda från Kristianstad. Mormor dog ung i 'magcancer', oklart vilken typ. Morbror frisk. På fars sida finns prostatacancer hos farfar vid 78 års ålder. Pat har en syster som inte har utretts och som inte vill delta i nuläget."),
      ("Samtal", "Vi gick igenom hur ärftlighet för bröst- och äggstockscancer fungerar, vad ett positivt, negativt och oklart svar kan innebära och hur svaret kan påverka syster och döttrar. Pat är orolig för att hon själv ska få samma sjukdom som mamma. Hon har inga symtom och senaste mammografi i mars var utan anmärkning."),
      ("Egen anamnes", "Frisk, två döttrar på sju och tio år. Menarche vid tolv års ålder, p-piller i tio år, ammade båda barnen. Röker inte, tränar regelbundet. Inga tidigare bröstbiopsier."),
      ("Psykosocialt", "Pat beskriver att mammans sjukdom har präglat familjen och att hon tänker på cancer nästan dagligen. Maken är stödjande och följde med i dag. Hon vill veta så mycket som möjligt men vill inte att döttrarna ska oroas i nuläget."),
      ("Bedömning", "Släktbilden uppfyller kriterier för genetisk utredning. Inget talar för att pat själv har någon sjukdom i dag. Första steget är analys hos mamman, som är den i släkten som insjuknat och lever."),
      ("Information", "Pat informerades om planen. Hon tar själv kontakt med mamman, som ännu inte vet om utredningen; ett informationsbrev till mamman lämnades med pat. Pat fick också information om att systerns beslut att avstå ska respekteras."),
      ("Samtycke", "Pat lämnade skriftligt samtycke till att vi tar del av moster-journalerna och att mammans provsvar får användas i pats utredning, under förutsättning att mamman samtycker."),
      ("Planering", "Blodprov från mamman via hennes vårdcentral efter samtycke. Svar väntas inom sex till åtta veckor. Ny kontakt när svaret finns eller om moster-journalerna visar något som ändrar bedömningen. Fortsatt ordinarie mammografi."),
  ]),
  must_not=["NL102", "NL101"],
  why="long genetic counselling note: hedged relatives' diagnoses, the patient's fear, and a relative not informed; no hypothesis about the patient")

C("lang-akutgeriatrik-epikris-demens-fragetecken", VG, "1936-01-28", "M",
  N("n1", MEL, "Epikris", "vg_akutger", "Alexander Björn", "läkare", "2024-02-16T11:40", [
      ("Orsak till inläggning", "88-årig man inlagd via akuten efter fall i hemmet med oförmåga att resa sig, legat på golvet i cirka sex timmar innan hemtjänsten kom."),
      ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes sedan 2010, förmaksflimmer, prostatahyperplasi. Höftfraktur vänster 2019."),
      ("Vårdförlopp", "Vid ankomst lätt uttorkad, CK 2 400, kreatinin 142, i övrigt stabila värden. Rehydrerades intravenöst och CK normaliserades. Röntgen höft och bäcken utan fraktur. Under första dygnen nattlig oro och desorientering, som gick tillbaka när sömnen förbättrades och urinretentionen åtgärdades med kateter. Kateter avvecklad dag fem med goda residualurinvolymer. Fysioterapeut har tränat gång; går nu med rollator 40 meter med tillsyn. Arbetsterapeut har bedömt hemmiljön, trösklar tas bort och duschpall ordnas."),
      ("Status vid utskrivning", "Allmäntillstånd gott. Orienterad till person och plats, osäker på datum. Cor oregelbunden rytm utan blåsljud, pulm normala andningsljud. Inga trycksår. Vikt 71 kg."),
      ("Socialt", "Änkling sedan 2020, bor ensam i lägenhet på andra våningen med hiss. Dottern bor i Vänersborg och handlar varje vecka. Hemtjänst sedan tidigare med dusch en gång i veckan."),
      ("Läkemedelsförändringar", "Zopiklon och oxybutynin utsatta på grund av fallrisk och förvirring. Metformin dosminskat på grund av njurfunktionen. Apixaban dosjusterat efter ålder och kreatinin."),
      ("Bedömning", "Fall i hemmet med rabdomyolys och uttorkning, nu återställt. Delirium under vårdtiden, i regress. Demens? Både dottern och hemtjänsten beskriver glömska sedan ett år, och MMSE på avdelningen var 21 men utfört under pågående delirium."),
      ("Funktion vid utskrivning", "Klarar förflyttning säng-stol och toalettbesök med tillsyn. Går med rollator inomhus. Behöver hjälp med dusch och påklädning av strumpor. Äter själv, normal konsistens."),
      ("Lab vid utskrivning", "Hb 128, kreatinin 96, natrium 138, kalium 4,1, CK 160. P-glukos 7,8 fastande."),
      ("Information", "Pat och dotter informerade om vårdförloppet, läkemedelsändringarna och att minnet behöver utredas när han är återställd."),
      ("Hjälpmedel", "Rollator och duschpall utlämnade. Toalettförhöjning beställd via kommunens arbetsterapeut. Höftskyddsbyxor rekommenderade nattetid. Sängen sänkt och sänglampa med rörelsesensor monterad av dottern."),
      ("Uppföljning", "Vårdcentralen ombeds göra basal demensutredning om tre månader. Hemtjänst utökad med tillsyn morgon och kväll. Trygghetslarm finns. Kontroll av kreatinin och HbA1c på vårdcentralen om två veckor."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="long discharge summary: 'Demens?' is an open hypothesis in Bedömning")

C("lang-barnneuro-tidiga-hypoteser-sokord", VG, "2019-06-25", "F",
  N("n1", MEL, "Läkaranteckning", "vg_dsbus", "Viktor Almqvist", "läkare", "2024-09-19T14:00", [
      ("Kontaktorsak", "Remiss från barnmottagningen i Kungälv för bedömning av regression i tal och handfunktion."),
      ("Anamnes", "Femårig flicka, normal graviditet och förlossning. Gick vid 14 månader och hade ett tiotal ord vid 18 månader. Sedan cirka två år har hon tappat ord och använder nu mest ljud och enstaka ord. Föräldrarna beskriver att hon gnuggar händerna mot varandra långa stunder och har svårt att hålla i sked. Andningsuppehåll i vaket tillstånd enligt förskolan. Sover oroligt. Inga kramper som föräldrarna känt igen."),
      ("Hereditet", "Inga kända neurologiska sjukdomar i släkten. Mamma har hypotyreos."),
      ("Status", "Tillväxt: huvudomfång har gått från +0,5 till -1,5 SD sedan ettårsåldern. God ögonkontakt men ingen funktionell användning av händerna, stereotypa handrörelser i mittlinjen. Bredbent gång. Kalla fötter."),
      ("Utredningar", "EEG med multifokala epileptiforma urladdningar utan kliniska anfall. Blodstatus, laktat och ammoniak normala. MR hjärna utan strukturella avvikelser."),
      ("Socialt", "Bor med båda föräldrarna och en tvåårig lillebror som utvecklas normalt. Går på förskola med resurspedagog sedan i våras. Pappa är hemma på deltid."),
      ("Nutrition", "Äter mosad kost, tuggar dåligt. Vikt -1 SD, längd 0 SD. Förstoppning behandlas med makrogol."),
      ("Bedömning", "Utvecklingsregression med förlust av handfunktion och tal samt avplanande huvudtillväxt. Genetisk utredning med exomsekvensering beställd, EEG följs upp."),
      ("Tidiga hypoteser", "Den kliniska bilden med stereotypa handrörelser, andningsrubbning och avplanande huvudomfång talar starkt för Retts syndrom; MECP2-analys ingår i beställningen. Föräldrarna ej informerade om denna misstanke innan genetiskt svar finns."),
      ("Sömn och beteende", "Vaknar två till tre gånger per natt och skrattar eller skriker. Ibland skär hon tänder kraftigt. Föräldrarna är trötta och har ansökt om avlösning."),
      ("Information", "Föräldrarna informerade om undersökningsfynden, om att EEG visar avvikelser som ska följas och om att en bred genetisk analys görs. De fick frågan om sjukdomsnamn besvarad med att vi väntar på genetiken."),
      ("Läkemedel", "Makrogol en dospåse dagligen. Melatonin 3 mg till natten provas efter samråd med föräldrarna. Ingen antiepileptisk behandling i nuläget eftersom inga kliniska anfall observerats."),
      ("Planering", "Fysioterapeut och arbetsterapeut via habiliteringen. Nytt EEG om tre månader. Återbesök när genetiskt svar finns, beräknat om åtta veckor."),
  ]),
  must_not=["NL102", "NL101"],
  why="long note where the Rett hypothesis and the 'not informed' are only under the filtered sökord Tidiga hypoteser")

C("lang-geriatrik-diagnos-meddelas-inte-i-dag", SK, "1940-11-03", "F",
  N("n1", MEL, "Läkaranteckning", "sk_minne_yst", "Hans Nordqvist", "läkare", "2024-06-24T10:30", [
      ("Kontaktorsak", "Återbesök för sammanfattning av minnesutredning. Pat kommer med sin dotter; maken är inlagd på sjukhus efter en stroke."),
      ("Anamnes", "84-årig kvinna, tidigare sjuksköterska. Enligt dottern har mamma sedan två år svårt att minnas samtal, glömmer spisen och har blivit misstänksam mot grannarna. Hon klarar personlig hygien själv men behöver hjälp med inköp. Hemtjänst två gånger i veckan sedan mars."),
      ("Utredning", "MMSE 20/30. Klocktest 2/6. Neuropsykologisk testning med globalt nedsatta funktioner, tydligast episodiskt minne. DT hjärna med uttalad temporal atrofi. Likvor med sänkt beta-amyloid och förhöjt tau. B12, folat, TSH och kalcium normala."),
      ("Läkemedel", "Levaxin 75 mikrogram, atorvastatin 20 mg, kalcium och D-vitamin. Inga lugnande läkemedel."),
      ("Status", "Välvårdad, god kontakt men ledsen och gråter när maken nämns. Ordletningssvårigheter. Neurologiskt status utan fokala fynd. BT 138/80, puls 68 regelbunden."),
      ("Funktion", "Klarar påklädning och hygien. Glömmer att äta lunch om ingen påminner, hemtjänsten ser till måltiden tisdagar och fredagar. Inga fall senaste året."),
      ("Bedömning", "Alzheimers sjukdom med sen debut, demens av lindrig till måttlig grad. Inga tecken på depression. Körförmåga saknas, pat har inte kört bil sedan 2022."),
      ("Anhöriga", "Dottern bor i Tomelilla och besöker mamma varannan dag sedan pappan blev sjuk. Sonen bor i Göteborg och hörs av per telefon. Dottern har fullmakt för bankärenden sedan i våras."),
      ("Körkort och vapen", "Körkort finns kvar men används inte; pat lovar att inte köra. Inga vapen i hemmet."),
      ("Information", "Pat var i dag ledsen och orolig för maken och dottern bad att beskedet skulle vänta. Diagnosen meddelas därför inte pat i dag, däremot gick vi igenom testresultaten i allmänna ordalag. Dottern informerades om diagnosen med pats medgivande till att hon deltar i samtalet."),
      ("Sammanfattning för vårdcentralen", "Utredningen är avslutad hos oss. Vi ansvarar för beskedet till pat och för insättning av läkemedel, därefter övertar vårdcentralen uppföljningen med årlig kontroll."),
      ("Planering", "Nytt besök om tre veckor för att ge beskedet till pat. Donepezil insätts efter det samtalet. Kontakt med biståndshandläggare om utökad hemtjänst. Demenssjuksköterska ringer dottern nästa vecka."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="long note: affirmed Alzheimer diagnosis visible while the note says it is not told to the patient today (daughter told)")

C("lang-ung-17ar-mamma-radd-ibd-funktionell", VG, "2007-02-21", "F",
  N("n1", MEL, "Läkaranteckning", "vg_barngastro", "Elin Carlsson", "läkare", "2024-03-21T13:15", [
      ("Kontaktorsak", "Sjuttonårig flicka remitterad från vårdcentralen för återkommande buksmärtor och lös avföring sedan ett år. Mamma är rädd att dottern har Crohns sjukdom som morbror."),
      ("Anamnes", "Smärta runt naveln som lindras efter toalettbesök, lös avföring två till tre gånger per dag vid stress och inför prov, inga nattliga symtom. Inget blod i avföringen. Vikten stabil, menstruationer regelbundna. Går andra året på gymnasiet, mycket prestationsinriktad, sover sju timmar. Äter frukost sällan."),
      ("Hereditet", "Morbror har Crohns sjukdom. Mormor trol. celiaki, aldrig biopsiverifierad."),
      ("Levnadsvanor", "Dricker mycket kaffe och energidryck inför prov. Tränar handboll tre gånger i veckan. Ingen alkohol eller tobak enligt egen uppgift vid samtal utan mamma."),
      ("Status", "Gott allmäntillstånd, BMI 21. Buken mjuk, lätt diffus ömhet utan resistens. Inga perianala förändringar. Inga munsår."),
      ("Lab", "Kalprotektin 18 och 22 vid två tillfällen. CRP, SR, blodstatus, albumin och leverprover normala. Transglutaminas-IgA negativt med normalt totalt IgA."),
      ("Tidigare", "Förstoppning som liten, behandlad på vårdcentral. Ingen tidigare buksjukdom, inga operationer. Inga läkemedel utöver receptfria smärtstillande vid menstruationsvärk."),
      ("Skola och mående", "Beskriver att hon mår bra för det mesta men har stora krav på sig själv och jämför sig med kompisarna. Sover dåligt veckan före prov. Har en nära väninna och god relation till båda föräldrarna."),
      ("Bedömning", "Funktionell buksmärta av IBS-typ med diarré. Ingen inflammatorisk tarmsjukdom; normalt kalprotektin och normala blodprover talar emot Crohns sjukdom och endoskopi behövs inte. Celiaki uteslutet."),
      ("Information", "Pat och mamma fick bedömningen förklarad. Pat själv var lättad, mamma behövde mer tid och fick information om varför vi inte gör koloskopi. Pat önskade att få prata en stund ensam med läkaren, vilket skedde."),
      ("Samtal utan förälder", "Pat berättar att hon själv varit orolig men inte velat säga det inför mamma. Hon har inga funderingar kring ätande och inga självskadetankar. Hon vill gärna få råd om hur hon kan hantera stress inför proven."),
      ("Planering", "Information om IBS och material från 1177. Remiss till dietist för lågFODMAP-råd. Kontakt med skolkuratorn om stressen erbjuds. Ny kontakt om blod i avföringen, nattliga symtom eller viktnedgång."),
  ]),
  must_not=["NL102"],
  why="long note: the mother's fear of Crohn's, relatives' (hedged) diagnoses, and explicit exclusions; nothing hedged about the patient")

C("lang-psyk-dd-genomgangna-och-avfardade", VG, "1988-10-30", "F",
  N("n1", MEL, "Läkaranteckning", "vg_psyk_udd", "Mohammed Saleh", "läkare", "2024-12-09T15:00", [
      ("Kontaktorsak", "Sammanfattande besök efter utredning av långvarig nedstämdhet och koncentrationssvårigheter. Remitterad av företagshälsovården, som frågade efter ADHD och bipolär sjukdom."),
      ("Anamnes", "36-årig kvinna, arbetar som projektledare. Nedstämd större delen av dagarna i minst tre år, aldrig symtomfri mer än några veckor. Sover och äter ojämnt. Inga perioder med förhöjt stämningsläge enligt henne själv eller maken. Skolgång utan svårigheter, gick ut gymnasiet med höga betyg. Koncentrationsproblemen började samtidigt med nedstämdheten."),
      ("Hereditet", "Mor har haft depressioner. En kusin har ADHD."),
      ("Utredning", "MINI, SCID-5 för personlighetssyndrom, ASRS och DIVA med information från mor. MDQ negativ. Sköldkörtelprover och blodstatus normala."),
      ("Psykiskt status", "Vaken, välorienterad, god kontakt. Sänkt grundstämning, adekvat affekt. Tankeinnehåll präglat av självkritik. Inga psykotiska symtom. Förnekar suicidtankar."),
      ("Skattningar", "MADRS-S 19, ASRS under gränsvärde för vuxen-ADHD, AUDIT 3."),
      ("Socialt", "Gift, en son på sex år. Sjukskriven 25 procent sedan oktober. Har slutat träffa vänner och ställt in sin bokcirkel."),
      ("Bedömning", "Persisterande depressiv sjukdom (dystymi) med tillkommande egentlig depressiv episod av lindrig grad. Ingen bipolär sjukdom: inga hypomana eller maniska episoder i anamnesen. ADHD är inte aktuellt då symtomen saknas i barndomen och debuterade med nedstämdheten. Inga tecken på personlighetssyndrom."),
      ("Somatik", "Tidigare frisk. Inga läkemedel före utredningen utöver p-piller. Hb, ferritin, B12 och D-vitamin normala vid provtagning i november."),
      ("Barndom och utveckling", "Enligt mor lugnt och följsamt barn, tyckte om att läsa, inga anmärkningar från skolan. Inga kontakter med barn- och ungdomspsykiatrin."),
      ("Information", "Pat informerad om diagnosen och om varför ADHD och bipolär sjukdom bedömts inte föreligga. Hon var nöjd med att frågorna blivit ordentligt prövade."),
      ("Arbete", "Trivs med kollegorna men upplever att kraven ökat sedan omorganisationen. Chefen känner till sjukskrivningen och har erbjudit anpassade arbetsuppgifter under våren."),
      ("Riskbedömning", "Inga tidigare suicidförsök eller självskador. Skyddande faktorer: son, make, arbete och goda vänner. Risken för suicid bedöms låg. Pat vet hur hon når mottagningen och psykiatrisk akutmottagning."),
      ("Planering", "Sertralin upptitreras till 100 mg. KBT-grupp för depression via mottagningen. Återbesök om sex veckor hos sjuksköterska och om tre månader hos läkare. Kontakt med företagshälsovården efter samtycke."),
  ]),
  must_not=["NL102"],
  why="long note: the other clinic's questions (ADHD, bipolar) are examined and explicitly rejected; diagnosis told")

C("lang-genetik-barn-exomsvar-foraldrar-ej", VG, "2021-05-12", "M",
  N("n1", MEL, "Provsvarsanteckning", "vg_genetik", "Linnéa Ohlsson", "läkare", "2024-11-28T14:30", [
      ("Bakgrund", "Treårig pojke utredd på barnneurologen för global utvecklingsförsening, hypotoni och epilepsi från sex månaders ålder. Trioexom beställt med föräldrarnas samtycke i augusti. Föräldrarna är friska och inte släkt. En äldre syster är frisk."),
      ("Provsvar", "Trioexomsekvensering: de novo patogen variant i SCN2A, klass 5 enligt ACMG. Varianten finns inte hos någon av föräldrarna. Inga sekundärfynd rapporteras enligt föräldrarnas önskemål."),
      ("Klinik", "Enligt barnneurologens senaste anteckning har han fokala anfall dagligen trots levetiracetam, sitter utan stöd men går inte, säger inga ord. Sväljer bra. Sover oroligt."),
      ("Socialt", "Familjen bor i Alingsås. Mamma är föräldraledig med syskon och pappa arbetar heltid. Habiliteringen är inkopplad sedan i våras med fysioterapeut och specialpedagog."),
      ("Kommentar", "Varianten ligger i en domän där flera tidigare beskrivna patogena varianter finns och har inte påträffats i populationsdatabaser. Funktionella data stöder förlust av funktion."),
      ("Bedömning", "SCN2A-relaterad utvecklings- och epileptisk encefalopati. Diagnosen förklarar epilepsin, hypotonin och utvecklingsförseningen. Upprepningsrisken för syskon är låg men inte noll på grund av möjlig gonadmosaicism."),
      ("Släkt", "Ingen känd epilepsi eller utvecklingsavvikelse i släkten på någon sida. Mamma har två friska syskon, pappa är enda barnet. Familjen härstammar från Västergötland och Bohuslän."),
      ("Metod", "Trioexom med analys av kodande regioner och exon-intron-gränser, täckning över 20x för 98 procent av målregionen. Varianten bekräftad med Sangersekvensering."),
      ("Information", "Föräldrarna har ännu inte informerats om svaret. Barnneurologen och undertecknad ger beskedet tillsammans vid ett bokat besök den 5 december, då även behandlingskonsekvenserna diskuteras."),
      ("Kopia", "Kopia av svaret skickas till barnneurologen och till barnhabiliteringen i Alingsås efter att föräldrarna informerats."),
      ("Ansvar", "Undertecknad ansvarar för att beskedet ges och dokumenteras. Om besöket måste flyttas ringer jag föräldrarna samma vecka för att boka ny tid snarast, så att svaret inte blir liggande."),
      ("Planering", "Svaret skickas till barnneurologen i dag så att antiepileptikabehandlingen kan ses över inför besöket, natriumkanalblockerare kan vara aktuella. Genetisk vägledare deltar vid besöket. Skriftlig sammanfattning och information om patientförening lämnas till familjen. Frågan om prenataldiagnostik vid framtida graviditet tas upp om föräldrarna önskar."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="long note: affirmed genetic diagnosis for a 3-year-old visible while the guardians have not yet been told")


# ----------------------------------------------------------------- validate
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
TOP_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def age_at(bd, when):
    b = date.fromisoformat(bd)
    w = datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        nm = c.get("case")
        if set(c) != TOP_KEYS:
            errs.append("%s: keys %s" % (nm, sorted(c)))
            continue
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in (SK, VG):
            errs.append("%s: ruleset %r" % (nm, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % nm)
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append("%s: record keys %s" % (nm, sorted(r)))
        p = r["patient"]
        pid, bd = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: personnummer format %s" % (nm, pid))
        else:
            if m.group(1) != bd.replace("-", ""):
                errs.append("%s: personnummer %s does not match birth_date %s" % (nm, pid, bd))
            ten = pid[2:8] + pid[9:13]
            if luhn_digit(ten[:9]) != ten[9]:
                errs.append("%s: personnummer %s fails Luhn" % (nm, pid))
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % nm)
        ids = set()
        systems = {}
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, sorted(n)))
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            for k in ("time", "signed"):
                if n[k] is not None and not n[k].startswith("2024-"):
                    errs.append("%s/%s: %s not in 2024" % (nm, n["id"], k))
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append("%s/%s: signed before time" % (nm, n["id"]))
            if n["time"] > r["as_of"]:
                errs.append("%s/%s: note after as_of" % (nm, n["id"]))
            if c["ruleset"] == VG and n["system"] != MEL:
                errs.append("%s/%s: VGR cases are Melior only" % (nm, n["id"]))
            a = age_at(bd, n["time"])
            if 13 <= a <= 15 or a < 0:
                errs.append("%s/%s: patient aged %d (13-15 not used)" % (nm, n["id"], a))
            for s in n["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %s" % (nm, seen[sent][0], sent))
                        seen.setdefault(sent, (nm, n["id"], s["keyword"]))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
        pairs = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, tgt in lst:
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (nm, code))
                if tgt not in ids:
                    errs.append("%s: target %s does not exist" % (nm, tgt))
                    continue
                if (code, tgt) in pairs:
                    errs.append("%s: %s on %s asserted twice" % (nm, code, tgt))
                pairs.add((code, tgt))
                if systems[tgt] == PMO and code == "NL101":
                    errs.append("%s: NL101 asserted on a PMO note" % nm)
                if systems[tgt] == PMO and code == "NL102" and kind == "must":
                    errs.append("%s: must NL102 on a PMO note" % nm)
    return errs


def main():
    errs = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again
    back = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
    if back != CASES:
        errs.append("written file differs from the data")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    tally = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                tally.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in sorted(tally):
        print("  %s  must %3d  must_not %3d" % (code, tally[code]["must"], tally[code]["must_not"]))


if __name__ == "__main__":
    main()
