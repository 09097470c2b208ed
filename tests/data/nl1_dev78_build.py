#!/usr/bin/env python3
"""dev78: diabetes- och obesitasmottagningar (NL101, NL102).

Independent hand-written cases. Standard library only, deterministic.
Running it writes cases.jsonl next to this file and exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev78_cases.jsonl")

S = "skane"
V = "vgr"
M = "Melior"
P = "PMO"
OV = "öppenvård"
SV = "slutenvård"

UNITS = {
    # Region Skåne
    "s_endo_lund": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1F3K"),
    "s_endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1F4B"),
    "s_diab_malmo": ("Diabetesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1D92"),
    "s_diab_lund": ("Diabetesmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1D81"),
    "s_med_hbg": ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-2H17"),
    "s_endo_hbg": ("Endokrinologiska mottagningen, Helsingborgs lasarett", "SE2321000255-2H22"),
    "s_med_kristianstad": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3K08"),
    "s_avd_kristianstad": ("Medicinavdelning 5, Centralsjukhuset Kristianstad", "SE2321000255-3K45"),
    "s_njur_malmo": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1N30"),
    "s_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1N11"),
    "s_kir_avd_malmo": ("Kirurgiska kliniken, avdelning 6, Skånes universitetssjukhus Malmö", "SE2321000255-1K66"),
    "s_kir_akut_hbg": ("Kirurgiska akutmottagningen, Helsingborgs lasarett", "SE2321000255-2K05"),
    "s_obes_malmo": ("Obesitasmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1B70"),
    "s_kir_trelleborg": ("Kirurgmottagningen, Lasarettet Trelleborg", "SE2321000255-4T12"),
    "s_diab_ystad": ("Diabetesmottagningen, Lasarettet i Ystad", "SE2321000255-4Y31"),
    "s_med_landskrona": ("Medicinmottagningen, Lasarettet Landskrona", "SE2321000255-2L19"),
    "s_med_angelholm": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-2A44"),
    "s_med_avd_lund": ("Medicinkliniken, avdelning 3, Skånes universitetssjukhus Lund", "SE2321000255-1M03"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1A01"),
    "s_ogon_malmo": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1O55"),
    "s_ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-2O14"),
    "s_ogon_kristianstad": ("Ögonkliniken, Centralsjukhuset Kristianstad", "SE2321000255-3O27"),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-2B88"),
    "s_barn_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1B23"),
    "s_barn_avd_malmo": ("Barn- och ungdomsmedicinska kliniken, avdelning 62, Skånes universitetssjukhus Malmö", "SE2321000255-1B62"),
    "s_barngastro_lund": ("Barngastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1B47"),
    "s_barndiab_kristianstad": ("Barn- och ungdomsdiabetesmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3B19"),
    "s_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1G40"),
    "s_kir_ystad": ("Kirurgmottagningen, Lasarettet i Ystad", "SE2321000255-4Y07"),
    "s_fot_lund": ("Diabetesfotmottagningen, Ortopediska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1O90"),
    # Skåne primärvård (PMO)
    "p_kroksbacken": ("Vårdcentralen Kroksbäck, Malmö", "SE2321000255-7K21"),
    "p_sandby": ("Vårdcentralen Södra Sandby", "SE2321000255-7S33"),
    "p_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-7B12"),
    "p_svedala": ("Vårdcentralen Svedala", "SE2321000255-7S48"),
    "p_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-7L09"),
    "p_hassleholm": ("Vårdcentralen Hässleholm Väster", "SE2321000255-7H56"),
    # Västra Götalandsregionen
    "v_diab_ostra": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011204"),
    "v_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011377"),
    "v_ogon_nal": ("Ögonmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000012820"),
    "v_ogon_boras": ("Ögonmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013540"),
    "v_fot_molndal": ("Ortopedmottagningen med diabetesfotteam, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011391"),
    "v_obes_su": ("Regionalt obesitascentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011450"),
    "v_med_boras": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013512"),
    "v_barndiab_dsbus": ("Diabetesmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011612"),
    "v_barnavd_dsbus": ("Barnmedicin avdelning 323, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011633"),
    "v_konsult_nu": ("Medicinkliniken, diabeteskonsult, NU-sjukvården Uddevalla", "SE2321000131-E000000012711"),
    "v_med_nu": ("Medicinmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000012705"),
    "v_obes_nu": ("Överviktsmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000012744"),
    "v_kir_lidkoping": ("Kirurgmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000014122"),
    "v_obes_skovde": ("Överviktsmottagningen, Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014031"),
    "v_diab_skovde": ("Diabetesmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014019"),
    "v_med_skovde_avd": ("Medicinkliniken, avdelning 10, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014060"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000015203"),
    "v_med_kungalv_avd": ("Medicinavdelning 5, Kungälvs sjukhus", "SE2321000131-E000000015241"),
    "v_diab_kungalv": ("Diabetesmottagningen, Kungälvs sjukhus", "SE2321000131-E000000015217"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000016004"),
    "v_fot_alingsas": ("Diabetesfotteamet, Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000016019"),
    "v_avd_ostra": ("Medicinkliniken, avdelning 31, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011231"),
    "v_diab_nal": ("Diabetesmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000012836"),
    "v_med_nal": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000012801"),
    "v_njur_su": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011118"),
    "v_diab_angered": ("Diabetesmottagningen, Angereds Närsjukhus", "SE2321000131-E000000017302"),
    "v_obes_boras": ("Obesitasmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013577"),
    "v_kir_su": ("Kirurgkliniken, avdelning 136, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011066"),
    "v_med_frolunda": ("Medicinmottagningen, Frölunda Specialistsjukhus", "SE2321000131-E000000017450"),
    "v_med_lysekil": ("Medicinmottagningen, Lysekils närsjukhus", "SE2321000131-E000000012790"),
    "v_ort_boras": ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013588"),
    "v_endo_skovde": ("Endokrinologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014027"),
    "v_gastro_su": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011173"),
    "v_kvinno_nal": ("Specialistmödravården, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000012877"),
    "v_barnmed_boras": ("Barn- och ungdomsmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013601"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    nine = ymd[2:] + "%03d" % serial
    return "%s-%03d%d" % (ymd, serial, luhn_digit(nine))


def _ts(s):
    if len(s) == 16:
        s += ":00"
    return s


def N(nid, system, template, unit, author, time, signed, setting, sections, refs=None):
    """author = (name, role); signed = minutes after time, or None for a draft."""
    uname, uhsa = UNITS[unit]
    t = _ts(time)
    if signed is None:
        sg = None
    else:
        sg = (dt.datetime.fromisoformat(t) + dt.timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": uhsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t,
        "signed": sg,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last + dt.timedelta(days=5)).replace(hour=0, minute=0, second=0).isoformat()
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": _ts(as_of),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


LAK = "läkare"
SSK = "sjuksköterska"

# ---------------------------------------------------------------------------
# Del 1: hedged diagnoser i synliga avsnitt (NL102 must)
# ---------------------------------------------------------------------------

C("d78-lada-misstankt-metforminsvikt", S, "1968-04-12", 351, [
    N("n1", M, "Läkaranteckning", "s_endo_lund", ("Karin Åberg", LAK), "2024-02-14T10:20", None, OV, [
        ("Anamnes", "Diagnostiserad med typ 2-diabetes på vårdcentralen i november. Normalvikt hela livet, springer tre gånger i veckan. Trots metformin 1 g x 2 stigande HbA1c, nu 71 mmol/mol. Gått ner 4 kg ofrivilligt sedan jul."),
        ("Status", "BMI 23,4. BT 128/76. Ingen acanthosis. Fötter ua, monofilament 3/3 bilat."),
        ("Bedömning", "Atypiskt förlopp för typ 2. Misstänkt LADA. Skickar GAD-ak, IA-2-ak och C-peptid."),
        ("Planering", "Telefonåterkoppling om 2 v när svaren kommit. Fortsätter metformin tills vidare."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Misstänkt LADA i synlig Bedömning i Melior; inget sägs om information till patienten.")

C("d78-mody-bild-som-vid-hnf1a", V, "2000-09-03", 482, [
    N("n1", M, "Mottagningsanteckning", "v_diab_ostra", ("Henrik Strand", LAK), "2024-01-23T13:05", 70, OV, [
        ("Aktuellt", "Remitterad från vårdcentral för klassificering av diabetes. Debut vid 19 års ålder, aldrig haft ketoacidos, klarar sig på låg dos glimepirid."),
        ("Hereditet", "Mamma, morfar och moster har diabetes som debuterat före 25 års ålder."),
        ("Lab", "GAD-ak och IA-2-ak neg. C-peptid 0,9 nmol/l. Glukosuri trots måttligt förhöjt P-glukos."),
        ("Bedömning", "Bild som vid MODY, i första hand HNF1A med tanke på glukosuri och god effekt av SU-preparat. Blodprov för genetisk analys tas idag."),
    ])],
    [("NL102", "n1")], [],
    "'Bild som vid MODY' är en hedgad diagnos av patienten i synligt avsnitt (VGR Melior).")

C("d78-gastropares-ev-lang-duration", S, "1979-07-30", 173, [
    N("n1", M, "Läkaranteckning", "s_med_hbg", ("Johan Lindahl", LAK), "2024-03-05T09:40", 35, OV, [
        ("Aktuellt", "Typ 1-diabetes sedan 1994. Senaste halvåret tidig mättnad, uppkördhet och kräkningar av osmält föda på kvällarna. CGM visar låga värden en timme efter måltid och sena toppar runt 15–17."),
        ("Status", "Opåverkad. Buk mjuk, lätt utspänd, ingen ömhet. Skvalpljud."),
        ("Bedömning", "Ev. diabetesgastropares, passar med lång duration och känd perifer neuropati. Gastroskopi först för att utesluta mekaniskt hinder."),
        ("Planering", "Gastroskopi, därefter ventrikeltömningsscintigrafi. Ändrar måltidsbolus till förlängd dubbelvåg i pumpen. Dietistkontakt."),
    ])],
    [("NL102", "n1")], [],
    "'Ev. diabetesgastropares' i synlig Bedömning.")

C("d78-retinopati-susp-fundusfoto", V, "1973-11-19", 236, [
    N("n1", M, "Läkaranteckning", "v_ogon_molndal", ("Sara Nyqvist", LAK), "2024-04-02T15:10", 20, OV, [
        ("Resultat", "Fundusfotografering bilat genom dilaterade pupiller. Hö öga: enstaka mikroaneurysm. Vä öga: flera intraretinala blödningar i fyra kvadranter och venösa pärlband."),
        ("Bedömning", "Susp. svår icke-proliferativ retinopati vä öga, lindrig bakgrundsretinopati hö."),
        ("Åtgärd", "Kallas till ögonläkarbesök med OCT inom fyra veckor."),
    ])],
    [("NL102", "n1")], [],
    "'Susp.' framför retinopatidiagnos i synligt avsnitt på ögonmottagning.")

C("d78-nefropati-dd-iga", S, "1975-05-08", 664, [
    N("n1", M, "Läkaranteckning", "s_njur_lund", ("Mikael Persson", LAK), "2024-02-27T11:00", None, OV, [
        ("Anamnes", "Typ 2-diabetes sedan 2020, välreglerad. Remiss från VC pga U-albumin/kreatinin-kvot 95 och mikroskopisk hematuri vid två tillfällen."),
        ("Status", "BT 142/88. Inga ödem."),
        ("Utredning", "Ögonbottenfoto i januari utan retinopati. Ingen tidigare känd njursjukdom. Urinsediment med dysmorfa erytrocyter."),
        ("Bedömning", "Kort duration, avsaknad av retinopati och glomerulär hematuri gör diabetesnefropati mindre sannolik. DD IgA-nefropati. Njurbiopsi diskuteras med pat."),
    ])],
    [("NL102", "n1")], [],
    "DD IgA-nefropati (differentialdiagnos) i synlig Bedömning på njurmottagning.")

C("d78-charcotfot-kan-inte-uteslutas", V, "1961-02-17", 719, [
    N("n1", M, "Mottagningsanteckning", "v_fot_molndal", ("Per Ekholm", LAK), "2024-05-13T08:30", 60, OV, [
        ("Aktuellt", "Sedan tre veckor svullen och varm vänster fot utan känt trauma. Går ändå, har ingen smärta."),
        ("Status", "Vä fot: temperaturskillnad 3,1 grader mot hö, rodnad över mellanfoten, intakt hud. Monofilament 0/3 bilat."),
        ("Bedömning", "Akut Charcotfot kan inte uteslutas hos pat med uttalad neuropati. Slätröntgen utan fraktur men det räcker inte för att avskriva."),
        ("Åtgärd", "Totalkontaktgips anlagd idag, MR vä fot beställd. Kryckor utlämnade."),
    ])],
    [("NL102", "n1")], [],
    "'Kan inte uteslutas' om Charcotfot i synlig Bedömning.")

C("d78-inre-brack-inger-misstanke", S, "1988-10-04", 442, [
    N("n1", M, "Inskrivningsanteckning", "s_kir_avd_malmo", ("Elin Sandberg", LAK), "2024-06-18T21:45", None, SV, [
        ("Kontaktorsak", "Intermittenta kolikartade smärtor i vänster övre kvadrant sedan två dygn."),
        ("Anamnes", "Laparoskopisk gastric bypass 2021, gått ner 48 kg. Tidigare liknande men kortare episoder. Ingen feber. Avföring senast igår."),
        ("Status", "AT gott men smärtpåverkad vid attackerna. Buk mjuk mellan attackerna, palpöm vä övre kvadrant. Laktat 1,1."),
        ("Bedömning", "Anamnesen inger misstanke om inre bråck genom mesenteriella defekter efter GBP."),
        ("Planering", "DT buk med iv kontrast ikväll. Fastande. Låg tröskel för diagnostisk laparoskopi även vid normal DT."),
    ])],
    [("NL102", "n1")], [],
    "'Inger misstanke om inre bråck' efter gastric bypass i synlig Bedömning (slutenvård).")

C("d78-sen-dumping-talar-for", V, "1990-03-22", 508, [
    N("n1", M, "Mottagningsanteckning", "v_obes_su", ("Anna Lövgren", LAK), "2024-03-19T14:00", 40, OV, [
        ("Aktuellt", "Två år efter gastric bypass. Svettningar, darrighet och hjärtklappning 1,5–2 timmar efter kolhydratrika måltider. Har svimmat en gång på jobbet."),
        ("Lab", "Blindad CGM i 14 dagar: postprandiella bottenvärden 2,6–3,0 mmol/l, inga nattliga låga värden."),
        ("Bedömning", "Talar för sen dumping med postprandiell hyperinsulinemisk hypoglykemi."),
        ("Planering", "Dietist för kostomläggning med mindre snabba kolhydrater och protein till varje måltid. Ny CGM om sex veckor, akarbos övervägs vid otillräcklig effekt."),
    ])],
    [("NL102", "n1")], [],
    "'Talar för sen dumping' är en hedgad diagnos i synlig Bedömning.")

C("d78-b12-brist-sannolik-efter-sleeve", S, "1983-12-01", 297, [
    N("n1", M, "Läkaranteckning", "s_obes_malmo", ("Fredrik Olander", LAK), "2024-04-09T10:15", 30, OV, [
        ("Aktuellt", "Årskontroll tre år efter sleeve-gastrektomi. Domningar i fötter och händer sedan några månader. Slutade med B12-injektionerna förra året."),
        ("Lab", "Kobalamin 138 pmol/l, homocystein 24, Hb 121, MCV 101."),
        ("Bedömning", "Sannolik B12-brist med begynnande neuropati och makrocytär anemi."),
        ("Åtgärd", "Hydroxokobalamin 1 mg im givet idag, sedan varannan dag i två veckor på VC. Kontroll kobalamin om tre månader."),
    ])],
    [("NL102", "n1")], [],
    "'Sannolik B12-brist' efter obesitaskirurgi i synlig Bedömning.")

C("d78-autonom-neuropati-fragestallning", V, "1966-08-25", 120, [
    N("n1", M, "Läkaranteckning", "v_med_boras", ("Jonas Frisk", LAK), "2024-02-06T09:00", 25, OV, [
        ("Aktuellt", "Yrsel när hon reser sig, vilopuls runt 100. Typ 1-diabetes i 35 år, känd retinopati."),
        ("Status", "BT liggande 146/82, stående efter 3 min 112/70. Puls 102, oförändrad vid uppresning."),
        ("Bedömning", "Frågeställning kardiovaskulär autonom neuropati."),
        ("Planering", "Remiss klin fys för autonom funktionstest. Ser över antihypertensiva."),
    ])],
    [("NL102", "n1")], [],
    "'Frågeställning' + diagnos (autonom neuropati) i synlig Bedömning.")

C("d78-typ1-eller-typ2-oklart", S, "1992-01-11", 835, [
    N("n1", M, "Läkaranteckning", "s_med_kristianstad", ("Amir Haddad", LAK), "2024-04-16T13:30", 55, OV, [
        ("Anamnes", "Sökte akut i februari med törst och viktnedgång, P-glukos 24, ketoner 1,8. Startad på basinsulin och metformin."),
        ("Status", "BMI 31. Acanthosis nigricans i nacken."),
        ("Bedömning", "Oklart om typ 1 eller typ 2-diabetes. Autoantikroppar saknas i journalen."),
        ("Planering", "GAD-ak, IA-2-ak, ZnT8-ak och C-peptid idag. Fortsätter insulin tills klassificering är gjord."),
    ])],
    [("NL102", "n1")], [],
    "'Oklart om typ 1 eller typ 2-diabetes' är osäker diagnos i synligt avsnitt.")

C("d78-celiaki-misstankt-barn-t1d", S, "2015-02-20", 184, [
    N("n1", M, "Läkaranteckning", "s_barn_hbg", ("Lena Wik", LAK), "2024-05-21T08:50", 65, OV, [
        ("Aktuellt", "Årskontroll, typ 1-diabetes sedan 2021. Mamma berättar om lös avföring och magont några gånger i veckan. Växer längs sin längdkurva men viktkurvan har planat ut."),
        ("Lab", "Transglutaminas-IgA 45 U/ml (ref <7), totalt IgA normalt. HbA1c 54."),
        ("Bedömning", "Misstänt celiaki. Ska fortsätta äta gluten fram till gastroskopin."),
        ("Planering", "Remiss barngastro för gastroskopi med biopsier. Dietist informerad."),
    ])],
    [("NL102", "n1")], [],
    "Stavfel 'Misstänt' – celiakimisstanke hos 9-åring med typ 1-diabetes i synlig Bedömning (vårdnadshavare läser).")

C("d78-tyreoidit-mojlig-barn", V, "2013-06-08", 726, [
    N("n1", M, "Mottagningsanteckning", "v_barndiab_dsbus", ("Maria Holm", LAK), "2024-09-10T10:00", 30, OV, [
        ("Aktuellt", "Kommer med pappa. Trött på eftermiddagarna, fryser mer än syskonen."),
        ("Lab", "TSH 7,4, fritt T4 13, TPO-ak 380."),
        ("Bedömning", "Möjlig begynnande autoimmun tyreoidit, inte ovanligt vid typ 1-diabetes. Ingen behandling ännu."),
        ("Planering", "Nytt TSH och T4 om sex veckor."),
    ])],
    [("NL102", "n1")], [],
    "'Möjlig begynnande autoimmun tyreoidit' hos 11-åring i synligt avsnitt.")

C("d78-pankreatogen-typ3c-sannolikt", S, "1958-06-14", 579, [
    N("n1", M, "Läkaranteckning", "s_endo_malmo", ("Björn Hallén", LAK), "2024-01-30T11:20", 40, OV, [
        ("Anamnes", "Tidigare hög alkoholkonsumtion, nykter sedan 2019. Återkommande pankreatiter 2015–2018. Diabetes upptäckt för ett år sedan, fet lös avföring."),
        ("Lab", "F-elastas <15. C-peptid lågt normalt. Autoantikroppar neg."),
        ("Bedömning", "DT från 2023 visar pankreasförkalkningar. Sannolikt pankreatogen diabetes (typ 3c) snarare än typ 2, med exokrin insufficiens."),
        ("Åtgärd", "Pankreasenzym till måltid. Byter från SGLT2-hämmare till basinsulin pga risk för ketos och lågt BMI."),
    ])],
    [("NL102", "n1")], [],
    "'Sannolikt pankreatogen diabetes' i synlig Bedömning.")

C("d78-steroidinducerad-fragetecken", V, "1949-10-27", 460, [
    N("n1", M, "Konsultationsanteckning", "v_konsult_nu", ("Oskar Wallin", LAK), "2024-11-12T15:40", 30, SV, [
        ("Frågeställning", "Konsult från lungavdelningen angående höga glukosvärden under prednisolonbehandling för KOL-exacerbation."),
        ("Aktuellt", "Prednisolon 40 mg, dag 5. P-glukos på eftermiddagen 18–22, morgonvärden 7–8. HbA1c 44 vid inkomst."),
        ("Bedömning", "Steroidinducerad diabetes? HbA1c talar för att hon inte hade diabetes före kuren."),
        ("Åtgärd", "NPH-insulin 12 E på morgonen samtidigt med prednisolon, trappas ned i takt med kortisonet. HbA1c om tre månader på VC."),
    ])],
    [("NL102", "n1")], [],
    "Frågetecken efter diagnos (steroidinducerad diabetes?) i synlig Bedömning.")

C("d78-gallsten-trol-efter-sleeve", S, "1986-04-29", 366, [
    N("n1", M, "Läkaranteckning", "s_kir_trelleborg", ("Ida Carlsson", LAK), "2024-08-20T10:40", 35, OV, [
        ("Aktuellt", "Sleeve-gastrektomi för tio månader sedan, -36 kg. Nu återkommande smärta under höger arcus efter fet mat, strålar mot skulderbladet."),
        ("Status", "Palpöm hö hypokondrium, Murphys tecken neg idag. Afebril."),
        ("Bedömning", "Trol. symtomgivande galstenssjukdom i samband med snabb viktnedgång."),
        ("Planering", "Ultraljud lever och gallvägar samt leverstatus. Återbesök med svar."),
    ])],
    [("NL102", "n1")], [],
    "Stavfel 'galstenssjukdom' med 'Trol.' efter sleeve i synlig Bedömning.")

C("d78-marginalsar-kan-rora-sig-om", V, "1978-01-05", 541, [
    N("n1", M, "Telefonanteckning", "v_kir_lidkoping", ("Gustav Berg", LAK), "2024-10-03T11:15", 15, OV, [
        ("Telefonkontakt", "Ringer pga brännande smärta högt i magen sedan en vecka, värre vid måltid. GBP 2019. Röker 10 cig/dag och har tagit ibuprofen mot ryggvärk."),
        ("Bedömning", "Kan röra sig om marginalsår vid gastrojejunostomin. Ej akut påverkad enligt egen beskrivning, inga tecken på blödning."),
        ("Åtgärd", "Omeprazol 40 mg x 2 förskrivet. Gastroskopi inom två veckor. Uppmanas sluta med NSAID och rökning."),
    ])],
    [("NL102", "n1")], [],
    "'Kan röra sig om marginalsår' i synlig Bedömning i telefonanteckning.")

C("d78-typo-missankt-smartsam-neuropati", S, "1955-09-09", 317, [
    N("n1", M, "Läkaranteckning", "s_diab_ystad", ("Hans Möller", LAK), "2024-02-22T14:25", 20, OV, [
        ("Aktuellt", "Brännande smärta i båda fötterna nattetid sedan i vintras, tål inte täcket mot fötterna."),
        ("Status", "Vibrationssinne nedsatt till fotled bilat, monofilament 2/3 bilat. Fotpulsar palpabla."),
        ("Bedömning", "Missänkt smärtsam diabetesneuropati. B12 och TSH ska kontrolleras innan."),
        ("Åtgärd", "Amitriptylin 10 mg till natten med upptitrering. Lab tas idag."),
    ])],
    [("NL102", "n1")], [],
    "Stavfel 'Missänkt' – hedgad neuropatidiagnos i synlig Bedömning.")

C("d78-wernicke-efter-gbp-krakningar", V, "1995-12-12", 685, [
    N("n1", M, "Inskrivningsanteckning", "v_med_kungalv_avd", ("Linnea Ahl", LAK), "2024-07-07T02:10", 120, SV, [
        ("Kontaktorsak", "Förvirring och ostadighet."),
        ("Anamnes", "Gastric bypass för tre månader sedan. Kräkts dagligen i en månad och ätit mycket lite. Tar inga vitaminer sedan operationen."),
        ("Status", "Desorienterad till tid. Horisontell nystagmus bilat. Bredspårig ostadig gång. P-glukos 5,1."),
        ("Bedömning", "Wernickes encefalopati kan inte uteslutas och ska behandlas redan på misstanke."),
        ("Åtgärd", "Tiamin 500 mg iv x 3 startat före glukosinnehållande dropp. Kontakt med obesitaskirurg, gastroskopi för att bedöma anastomosen."),
    ])],
    [("NL102", "n1")], [],
    "Wernickes encefalopati 'kan inte uteslutas' efter GBP med kräkningar, synlig Bedömning.")

C("d78-sekundar-hpt-forenligt", V, "1972-02-02", 848, [
    N("n1", M, "Läkaranteckning", "v_obes_skovde", ("Eva Granqvist", LAK), "2024-03-26T13:00", 45, OV, [
        ("Aktuellt", "Fem år efter gastric bypass. Värk i skelettet, framför allt höfter och revben."),
        ("Lab", "S-PTH 12,4 pmol/l, Ca 2,28, 25-OH-vitamin D 24 nmol/l, ALP 160."),
        ("Bedömning", "Förenligt med sekundär hyperparatyreoidism till D-vitaminbrist efter malabsorptiv kirurgi."),
        ("Planering", "Kolekalciferol 4000 IE dagligen plus kalciumcitrat. DXA beställd. Nya prover om tre månader."),
    ])],
    [("NL102", "n1")], [],
    "'Förenligt med sekundär hyperparatyreoidism' i synlig Bedömning.")

C("d78-typo-trolgen-jarnbristanemi", S, "1979-08-18", 620, [
    N("n1", M, "Läkaranteckning", "s_med_landskrona", ("Petra Wikström", LAK), "2024-09-17T09:30", 30, OV, [
        ("Lab", "Hb 98, ferritin 6, MCV 74."),
        ("Bedömning", "Trolgen järnbristanemi efter GBP och rikliga menstruationer. Tål peroralt järn dåligt."),
        ("Åtgärd", "Järnkarboximaltos 1000 mg iv bokas på dagvården. Gynremiss för de rikliga blödningarna."),
    ])],
    [("NL102", "n1")], [],
    "Stavfel 'Trolgen' – hedgad järnbristanemi i synlig Bedömning.")

C("d78-euglykemisk-dka-bild-som-vid", S, "1960-11-23", 751, [
    N("n1", M, "Inskrivningsanteckning", "s_med_avd_lund", ("Tobias Lindgren", LAK), "2024-01-08T19:20", 80, SV, [
        ("Kontaktorsak", "Illamående, buksmärta, andfåddhet."),
        ("Anamnes", "Typ 2-diabetes, behandlas med empagliflozin och metformin. Magsjuk i tre dagar, ätit nästan ingenting men fortsatt ta sina tabletter."),
        ("Status", "Kussmaulandning, AF 26. Torr i munnen. Buk mjuk, diffust öm."),
        ("Lab", "Venös blodgas pH 7,18, BE -17. P-glukos 11,2. B-ketoner 5,1."),
        ("Bedömning", "Bild som vid euglykemisk ketoacidos utlöst av SGLT2-hämmare och svält."),
        ("Åtgärd", "Empagliflozin utsatt. Insulininfusion enligt DKA-PM med glukos 10 % parallellt."),
    ])],
    [("NL102", "n1")], [],
    "'Bild som vid euglykemisk ketoacidos' i synlig Bedömning i inskrivning.")

C("d78-pcos-dd-obesitasutredning", V, "2002-07-16", 524, [
    N("n1", M, "Läkaranteckning", "v_obes_su", ("Nils Ohlsson", LAK), "2024-04-24T09:10", 50, OV, [
        ("Aktuellt", "Remiss för bedömning inför eventuell obesitaskirurgi. BMI 41. Oregelbundna menstruationer sedan menarche, ökad behåring i ansiktet."),
        ("Bedömning", "DD PCOS, behöver utredas oavsett fortsatt viktbehandling."),
        ("Planering", "Testosteron, SHBG, LH/FSH, prolaktin och 17-OH-progesteron. Gynekologiskt ultraljud via remiss."),
    ])],
    [("NL102", "n1")], [],
    "'DD PCOS' i synlig Bedömning vid obesitasutredning.")

C("d78-somnapne-misstankt-fore-op", V, "1981-05-30", 293, [
    N("n1", M, "Sjuksköterskeanteckning", "v_obes_nu", ("Camilla Rask", SSK), "2024-02-13T10:45", 25, OV, [
        ("Aktuellt", "Förberedande besök inför obesitaskirurgi. Sambon beskriver kraftig snarkning med andningsuppehåll. Somnar vid rödljus."),
        ("Status", "Epworth 15. Halsomfång 46 cm. BT 152/94."),
        ("Bedömning", "Misstänkt obstruktiv sömnapné som behöver vara utredd och behandlad före narkos."),
        ("Åtgärd", "Remiss till sömnregistrering skickad efter samråd med dr Lindqvist."),
    ])],
    [("NL102", "n1")], [],
    "Sjuksköterskans 'misstänkt obstruktiv sömnapné' i synligt avsnitt är också NL102.")

C("d78-makulaodem-ev-hoger", S, "1970-03-03", 416, [
    N("n1", M, "Läkaranteckning", "s_ogon_malmo", ("Sofia Bengtsson", LAK), "2024-06-04T08:20", 40, OV, [
        ("Aktuellt", "Typ 2-diabetes, skickad från screening pga hårda exsudat nära fovea hö."),
        ("Status", "Visus hö 0,6, vä 1,0. Främre segment ua bilat. Fundus hö: ringformade exsudat temporalt om fovea. Vä: enstaka mikroaneurysm."),
        ("Bedömning", "Ev. kliniskt signifikant diabetiskt makulaödem hö. Lindrig retinopati vä."),
        ("Planering", "OCT makula bilat vid nästa besök om två veckor, ställningstagande till anti-VEGF."),
    ])],
    [("NL102", "n1")], [],
    "'Ev.' diabetiskt makulaödem i synlig Bedömning på ögonkliniken.")

C("d78-osteomyelit-mtp-misstanks", V, "1952-12-19", 377, [
    N("n1", M, "Mottagningsanteckning", "v_fot_alingsas", ("Rickard Sundin", LAK), "2024-10-22T13:50", 35, OV, [
        ("Status", "Sår 1,5 x 1 cm plantart under MTP I hö, sondering når ben. Lätt rodnad runt såret, ingen krepitation."),
        ("Lab", "CRP 28, SR 62."),
        ("Bedömning", "Osteomylit i MTP I misstänks."),
        ("Åtgärd", "Odling från sårbotten, MR framfot. Avlastande sko. Antibiotika avvaktas tills odlingssvar om kliniskt stabil."),
    ])],
    [("NL102", "n1")], [],
    "Stavfel 'Osteomylit' med efterställt 'misstänks' i synlig Bedömning.")

C("d78-nesidioblastos-fragetecken", S, "1984-06-26", 904, [
    N("n1", M, "Läkaranteckning", "s_endo_lund", ("Ulrika Sjöberg", LAK), "2024-05-28T15:30", 30, OV, [
        ("Aktuellt", "Fyra år efter GBP. Hypoglykemier med kramp två gånger, båda två timmar efter frukost. Inga fastehypoglykemier."),
        ("Bedömning", "Nesidioblastos? Insulinom mindre troligt utan fastehypoglykemier men ska uteslutas."),
        ("Planering", "72-timmarsfasta på avdelning 3, därefter blandmåltidstest. DT pankreas."),
    ])],
    [("NL102", "n1")], [],
    "'Nesidioblastos?' med frågetecken i synlig Bedömning.")

C("d78-hhs-trolig-pneumoni-epikris", V, "1938-04-04", 208, [
    N("n1", M, "Epikris", "v_avd_ostra", ("Kristoffer Ljung", LAK), "2024-02-19T16:00", 60, SV, [
        ("Epikris", "85-årig kvinna med typ 2-diabetes inkom med sänkt medvetande, P-glukos 48 och osmolalitet 340. Hyperosmolärt hyperglykemiskt tillstånd. Trolig utlösande pneumoni i vänster underlob, behandlad med cefotaxim följt av amoxicillin. Rehydrerad och långsam glukossänkning med insulininfusion."),
        ("Diagnos", "E11.0 Typ 2-diabetes med hyperosmolaritet."),
        ("Planering", "Basinsulin 14 E till kvällen, ges av hemsjukvården."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig utlösande pneumoni' i synlig Epikris är en hedgad diagnos.")

C("d78-skane-sokord-tidiga-hyp-i-lakaranteckning", S, "1977-09-14", 457, [
    N("n1", M, "Läkaranteckning", "s_obes_malmo", ("Martin Forsberg", LAK), "2024-03-12T11:00", 30, OV, [
        ("Aktuellt", "Utredning inför obesitaskirurgi, BMI 43. Stora svängningar i leverprover senaste året."),
        ("Tidiga hypoteser", "Trolig alkoholrelaterad leverskada, CDT förhöjt. Tas upp med pat före op-beslut."),
        ("Planering", "Ultraljud lever, nytt besök om en månad."),
    ])],
    [("NL102", "n1")], [],
    "Skåne skyddar via mallen, inte sökordet: sökordet Tidiga hypoteser i en Läkaranteckning syns.")

C("d78-vgr-mall-tidiga-hyp-men-sokord-bedomning", V, "1969-01-28", 668, [
    N("n1", M, "Tidiga hypoteser", "v_obes_skovde", ("Emma Dahlberg", LAK), "2024-06-11T14:20", 40, OV, [
        ("Bedömning", "Möjlig hyperkortisolism med tanke på breda lila striae, proximal muskelsvaghet och svårbehandlad hypertoni."),
        ("Planering", "Dexametasonhämningstest och kvällssaliv-kortisol."),
    ])],
    [("NL102", "n1")], [],
    "VGR skyddar via sökord: mallnamnet Tidiga hypoteser hjälper inte när sökordet är Bedömning.")
# ---------------------------------------------------------------------------
# Del 2: negationer, anhöriga, planer, villkor, symtom, PMO, skyddad plats (NL102 must_not)
# ---------------------------------------------------------------------------

C("d78-inga-tecken-pa-retinopati", V, "1985-10-10", 159, [
    N("n1", M, "Läkaranteckning", "v_ogon_nal", ("Jenny Almqvist", LAK), "2024-01-17T09:35", 15, OV, [
        ("Resultat", "Fundusfoto bilat via odilaterade pupiller, god bildkvalitet."),
        ("Bedömning", "Inga tecken på diabetesretinopati. Ny screening om två år enligt riktlinjerna vid typ 1 utan retinopati och god kontroll."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Negerad retinopati ('inga tecken på'); inget sägs om information.")

C("d78-nefropati-uteslutes-efter-cystit", S, "1964-03-27", 582, [
    N("n1", M, "Läkaranteckning", "s_med_angelholm", ("Cecilia Nord", LAK), "2024-05-15T10:05", 25, OV, [
        ("Aktuellt", "Förhöjd U-alb/krea 48 i mars, togs under pågående cystit."),
        ("Lab", "Två nya prover på morgonurin: 1,8 och 2,2."),
        ("Bedömning", "Normoalbuminuri. Diabetesnefropati uteslutes, förhöjningen förklaras av cystiten."),
    ])],
    [], [("NL102", "n1")],
    "'Uteslutes' negerar nefropati; ingen hedgad diagnos kvar.")

C("d78-lada-avskrivs-pat-informerad", V, "1971-06-21", 795, [
    N("n1", M, "Telefonanteckning", "v_diab_kungalv", ("Tove Hedlund", LAK), "2024-03-08T13:45", 10, OV, [
        ("Telefonkontakt", "Ringer pat angående provsvar. GAD-ak neg, IA-2-ak neg, C-peptid 1,4 nmol/l."),
        ("Bedömning", "LADA avskrivs. Typ 2-diabetes kvarstår som diagnos. Pat informerad och nöjd, fortsätter metformin och lägger till semaglutid."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "LADA avskrivs, typ 2 fastställd och patienten informerad.")

C("d78-mamma-mody-pat-normoglykem", S, "2001-02-14", 248, [
    N("n1", M, "Läkaranteckning", "s_endo_hbg", ("Anders Malm", LAK), "2024-02-08T15:15", 35, OV, [
        ("Aktuellt", "Kommer för rådgivning. Mamma har MODY 3 (HNF1A), morfar hade troligen samma sjukdom men fick diagnosen typ 2-diabetes."),
        ("Lab", "HbA1c 35, fP-glukos 5,2, OGTT normal."),
        ("Bedömning", "Normoglykemi idag. Prediktiv gentest erbjuden efter genetisk vägledning, pat vill fundera."),
    ])],
    [], [("NL102", "n1")],
    "Hedgen ('troligen') gäller morfaderns sjukdom, inte patientens.")

C("d78-ev-remiss-ogon-plan", V, "1957-08-02", 346, [
    N("n1", M, "Sjuksköterskeanteckning", "v_med_alingsas", ("Birgitta Lund", SSK), "2024-04-18T10:30", 20, OV, [
        ("Aktuellt", "Årskontroll typ 2-diabetes. Upplever att det blir suddigt när hon läser, har inte varit hos optiker på länge."),
        ("Åtgärd", "Ev. remiss till ögonmottagningen efter synundersökning hos optiker. Senaste fundusfoto 2023 utan anmärkning."),
    ])],
    [], [("NL102", "n1")],
    "'Ev. remiss' är en plan, ingen diagnos.")

C("d78-trolig-utskrivning-efter-dka", S, "2006-01-19", 715, [
    N("n1", M, "Läkaranteckning", "s_avd_kristianstad", ("Viktor Engström", LAK), "2024-03-21T11:40", 30, SV, [
        ("Aktuellt", "Dag 3 efter inläggning för diabetisk ketoacidos vid känd typ 1-diabetes. Ketoner negativa sedan igår, äter normalt."),
        ("Bedömning", "Ketoacidosen hävd. Insulinpumpens kanyl var troligen knickad."),
        ("Planering", "Trolig utskrivning i morgon efter genomgång med diabetessjuksköterska om kanylbyte och ketonmätning."),
    ])],
    [], [("NL102", "n1")],
    "'Troligen' om en knickad kanyl och 'trolig utskrivning' är inga hedgade diagnoser; DKA är fastställd.")

C("d78-om-nattliga-kanningar-villkor", V, "1999-11-08", 460, [
    N("n1", M, "Telefonanteckning", "v_diab_skovde", ("Malin Kvist", SSK), "2024-08-27T09:00", 10, OV, [
        ("Telefonkontakt", "Har sänkt basaldosen med 2 E efter förra veckans samtal. Nattkurvan ligger nu mellan 6 och 8."),
        ("Råd", "Om känningar nattetid kommer tillbaka ska hon höra av sig via 1177. Blir hon medvetslös ska sambon ge glukagon nasalt och ringa 112."),
    ])],
    [], [("NL102", "n1")],
    "Villkorliga råd ('om känningar…') utan hedgad diagnos.")

C("d78-pmo-misstankt-neuropati-vc", S, "1950-04-15", 273, [
    N("n1", P, "Diabetesbesök", "p_kroksbacken", ("Jessica Olsson", SSK), "2024-06-12T13:20", 25, OV, [
        ("Fotstatus", "Monofilament 1/3 hö, 2/3 vä. Torr hud med hälsprickor. Inga sår."),
        ("Bedömning", "Misstänkt perifer neuropati, riskgrupp 2 enligt fotklassificeringen."),
        ("Åtgärd", "Remiss fotterapeut. Skoråd givna."),
    ])],
    [], [("NL102", "n1")],
    "PMO visar aldrig diagnoser: misstänkt neuropati i PMO är must_not NL102.")

C("d78-pmo-sannolik-b12-efter-gbp", S, "1980-07-07", 822, [
    N("n1", P, "Besök", "p_sandby", ("Omar Said", LAK), "2024-10-01T08:45", None, OV, [
        ("Aktuellt", "GBP 2018, slarvar med tabletterna. Trött och andfådd i trappor."),
        ("Bedömning", "Sannolikt B12-brist, prov taget."),
    ])],
    [], [("NL102", "n1")],
    "Hedgad B12-brist i PMO-anteckning syns inte som diagnos.")

C("d78-skane-mall-tidiga-hyp-mody-gravid", S, "2003-05-05", 606, [
    N("n1", M, "Tidiga hypoteser", "s_diab_malmo", ("Hanna Björk", LAK), "2024-04-25T16:10", 20, OV, [
        ("Bedömning", "Misstanke om MODY 2 med tanke på stabilt lätt förhöjt fasteglukos sedan tonåren och pappans liknande värden. Pat är gravid i vecka 10 och mycket orolig; genetisk diagnos tas upp först när glukosbelastning och fosterultraljud är gjorda. Pat ej informerad om misstanken."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne-mallen Tidiga hypoteser skyddar både misstanken och att patienten inte informerats.")

C("d78-vgr-sokord-tidiga-hyp-alkohol-efter-gbp", V, "1976-12-03", 318, [
    N("n1", M, "Mottagningsanteckning", "v_obes_su", ("Lovisa Ström", LAK), "2024-09-24T10:00", None, OV, [
        ("Aktuellt", "Uppföljning två år efter GBP, -52 kg. Mår bra enligt egen uppgift. Förhöjt GT och ALAT vid senaste provtagning."),
        ("Tidiga hypoteser", "Troligt alkoholbrukssyndrom efter GBP, PEth 0,9. Behöver tas upp varsamt vid nästa besök."),
        ("Planering", "Nytt besök om fyra veckor med leverprover. Träffar också kurator."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: hypotesen står bara under sökordet Tidiga hypoteser; synliga avsnitt har bara fynd och plan.")

C("d78-ev-illamaende-glp1-symtom", S, "1967-10-13", 142, [
    N("n1", M, "Sjuksköterskeanteckning", "s_diab_ystad", ("Annika Ek", SSK), "2024-03-14T14:05", 10, OV, [
        ("Telefonkontakt", "Började med semaglutid 0,5 mg för tre veckor sedan. Ev. lite illamående första dagarna efter injektionen, nu bättre. Äter mindre portioner."),
        ("Åtgärd", "Fortsätter 0,5 mg, dosökning diskuteras på läkarbesöket i juni."),
    ])],
    [], [("NL102", "n1")],
    "'Ev.' gäller ett symtom (illamående), inte en diagnos.")

C("d78-hba1c-sannolikt-falskt-lagt", V, "1963-04-30", 551, [
    N("n1", M, "Läkaranteckning", "v_med_kungalv", ("Daniel Sjögren", LAK), "2024-11-05T10:50", None, OV, [
        ("Lab", "HbA1c 38 trots glukosvärden 10–14 på egna mätningar. Hb 112, retikulocyter förhöjda."),
        ("Bedömning", "HbA1c sannolikt falskt lågt pga ökad erytrocytomsättning, blodgivare varannan månad. Typ 2-diabetes med otillräcklig kontroll."),
        ("Planering", "Styr på CGM-data framöver, fruktosamin som komplement. Pausar blodgivningen."),
    ])],
    [], [("NL102", "n1")],
    "Hedgen gäller ett labbvärdes tillförlitlighet, inte en diagnos; diabetesdiagnosen är säker.")

C("d78-kompressionslows-cgm-barn", S, "2016-03-09", 135, [
    N("n1", M, "Sjuksköterskeanteckning", "s_barn_lund", ("Therese Holmqvist", SSK), "2024-02-29T15:30", 20, OV, [
        ("Aktuellt", "Föräldrarna oroliga över larm för låga värden kl 01–03 flera nätter."),
        ("Bedömning", "Kurvorna faller brant och vänder lika brant utan att insulin eller mat ändrats, sannolikt kompressionslows när han sover på sensorarmen. Kontrollerat med stickprov en natt: 6,8 när sensorn visade 2,9."),
        ("Åtgärd", "Sensorn placeras på baksidan av överarmen på den sida han sällan ligger på. Återkoppling om en vecka."),
    ])],
    [], [("NL102", "n1")],
    "'Sannolikt kompressionslows' är en sensorartefakt, ingen diagnos (8-åring).")

C("d78-nydebuterad-typ1-barn-foraldrar-besked", V, "2017-01-26", 862, [
    N("n1", M, "Inskrivningsanteckning", "v_barnavd_dsbus", ("Fatima Yousef", LAK), "2024-10-15T18:30", 90, SV, [
        ("Anamnes", "Två veckors törst, kissar i sängen igen, gått ner 2 kg."),
        ("Lab", "P-glukos 27, pH 7,32, B-ketoner 3,4. HbA1c 92."),
        ("Bedömning", "Nydebuterad typ 1-diabetes med lindrig ketoacidos."),
        ("Information", "Föräldrarna har fått besked om diagnosen av undertecknad och diabetessjuksköterska. Barnet har fått en åldersanpassad förklaring."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Fastställd typ 1-diabetes hos 7-åring; föräldrar och barn informerade.")

C("d78-inga-hallpunkter-for-dumping", V, "1991-09-01", 444, [
    N("n1", M, "Läkaranteckning", "v_kir_lidkoping", ("Sebastian Hult", LAK), "2024-05-07T14:40", 25, OV, [
        ("Aktuellt", "Magknip och diarré sedan sleeve för åtta månader sedan. Besvären kommer oberoende av måltid, även fastande på morgonen."),
        ("Bedömning", "Inga hållpunkter för dumpning. F-calprotektin normalt, funktionella tarmbesvär."),
        ("Planering", "Provar laktosfri kost i två veckor, därefter telefonuppföljning."),
    ])],
    [], [("NL102", "n1")],
    "Felstavat 'dumpning' i negationen – negerad dumping ('inga hållpunkter för') – ingen hedgad diagnos.")

C("d78-inre-brack-talar-emot-dt", S, "1989-06-06", 620, [
    N("n1", M, "Läkaranteckning", "s_kir_akut_hbg", ("Jakob Nyström", LAK), "2024-07-22T03:15", 45, OV, [
        ("Anamnes", "GBP 2020. Diffusa buksmärtor sedan i morse, ingen kräkning."),
        ("Status", "Buk mjuk, diffust lätt öm, inga peritonitretningar."),
        ("Utredning", "DT buk: ingen swirl sign, inga dilaterade tunntarmar, normalt läge av anastomoserna. Rikligt med feces i kolon."),
        ("Bedömning", "Fynden talar emot inre bråck. Obstipation."),
        ("Åtgärd", "Makrogol, hem. Skriftlig information om varningssymtom."),
    ])],
    [], [("NL102", "n1")],
    "'Talar emot inre bråck' är negation; obstipation är säker diagnos.")

C("d78-pmo-ev-gastropares-telefon", S, "1971-02-25", 893, [
    N("n1", P, "Telefon", "p_bjuv", ("Sanna Pettersson", SSK), "2024-08-13T10:10", 5, OV, [
        ("Telefonkontakt", "Kräks efter kvällsmaten flera gånger i veckan. Typ 1-diabetes sedan tonåren. Ev. gastropares, remiss till medicinmottagningen efter samråd med dr Ali."),
    ])],
    [], [("NL102", "n1")],
    "Hedgad gastropares i PMO (primärvård) visas inte som diagnos.")

C("d78-trolig-operation-i-maj-plan", V, "1985-12-20", 742, [
    N("n1", M, "Sjuksköterskeanteckning", "v_obes_boras", ("Josefin Åkesson", SSK), "2024-03-28T13:00", 15, OV, [
        ("Aktuellt", "Lågkaloridieten fullföljd med 9 kg viktnedgång. Rökfri sedan januari."),
        ("Planering", "Trolig operation i maj, exakt datum ej satt. Ev. ytterligare dietistbesök om vikten planar ut."),
    ])],
    [], [("NL102", "n1")],
    "Hedgar på operation och dietistbesök är planer, inte diagnoser.")

C("d78-hypoglykemi-kan-uteslutas-fall", S, "1940-08-08", 493, [
    N("n1", M, "Läkaranteckning", "s_akut_malmo", ("Peter Ulfsson", LAK), "2024-12-02T06:20", 40, OV, [
        ("Anamnes", "Fallit i badrummet i natt. Typ 2-diabetes behandlad med glibenklamid."),
        ("Lab", "P-glukos vid ambulansens ankomst 8,4, i akuten 9,1."),
        ("Bedömning", "Hypoglykemi som orsak till fallet kan uteslutas. Ortostatiskt blodtrycksfall uppmätt, 138/80 till 104/66. Glibenklamid byts ändå mot sitagliptin pga ålder."),
    ])],
    [], [("NL102", "n1")],
    "'Kan uteslutas' (utan 'ej') är en negation – svår negativ nära 'kan ej uteslutas'.")

C("d78-talar-emot-typ1-klassificering", V, "1998-10-29", 315, [
    N("n1", M, "Läkaranteckning", "v_med_nu", ("Hampus Lindell", LAK), "2024-06-25T11:30", None, OV, [
        ("Bedömning", "C-peptid 1,9 nmol/l och negativa autoantikroppar ett år efter debut talar emot typ 1-diabetes. Klassificeras som typ 2-diabetes, stark hereditet på faderns sida."),
        ("Åtgärd", "Insulinet trappas ut under CGM-övervakning. Metformin och GLP1-analog."),
    ])],
    [], [("NL102", "n1")],
    "'Talar emot typ 1' plus fastställd typ 2 – ingen osäker diagnos kvar.")

C("d78-syster-trol-lada-hereditet", S, "1978-08-31", 228, [
    N("n1", M, "Sjuksköterskeanteckning", "s_diab_malmo", ("Helena Kron", SSK), "2024-09-04T09:20", 20, OV, [
        ("Hereditet", "Syster har trol. LADA, utreds i Göteborg. Far typ 2-diabetes."),
        ("Aktuellt", "Själv typ 1-diabetes sedan 2009, insulinpump. HbA1c 52, nöjd med sin pump."),
    ])],
    [], [("NL102", "n1")],
    "Hedgad diagnos hos systern (anhörig), patientens egen diagnos är säker.")

C("d78-misstankt-gastropares-avskrivs-scint", V, "1982-04-13", 577, [
    N("n1", M, "Läkaranteckning", "v_diab_angered", ("Rasmus Eklöf", LAK), "2024-04-30T10:00", 25, OV, [
        ("Resultat", "Ventrikeltömningsscintigrafi: normal halveringstid, 72 minuter."),
        ("Bedömning", "Tidigare misstänkt gastropares avskrivs. Illamåendet kopplas till GLP1-analogen som sätts ut."),
    ])],
    [], [("NL102", "n1")],
    "En tidigare misstanke som uttryckligen avskrivs är inte längre en hypotes.")

C("d78-typo-ingen-missanke-om-retinopati", S, "1994-11-11", 730, [
    N("n1", M, "Läkaranteckning", "s_ogon_hbg", ("Klara Wennberg", LAK), "2024-01-25T13:40", 15, OV, [
        ("Bedömning", "Ingen missanke om retinopati vid dagens undersökning, fundus ua bilat. Synnedsättningen beror på ökad myopi."),
        ("Planering", "Ny fotografering enligt screeningprogrammet."),
    ])],
    [], [("NL102", "n1")],
    "Stavfel 'missanke' i negationen 'ingen misstanke om' – fortfarande negerad.")

C("d78-sannolikt-insulinbehov-lada-informerad", V, "1959-03-18", 893, [
    N("n1", M, "Läkaranteckning", "v_endo_skovde", ("Ingrid Larsson", LAK), "2024-08-08T13:15", 45, OV, [
        ("Bedömning", "LADA med GAD-ak 850 och sjunkande C-peptid. Sannolikt behov av insulin inom ett år."),
        ("Information", "Vi har idag gått igenom vad LADA innebär och att insulinbehandling kommer att behövas."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Hedgen gäller framtida insulinbehov (prognos/plan); LADA fastställd och kommunicerad.")

C("d78-fragetecken-pa-korkortsfraga", S, "1968-12-24", 412, [
    N("n1", M, "Läkaranteckning", "s_med_landskrona", ("Lars Hägg", LAK), "2024-10-29T08:40", 30, OV, [
        ("Diagnos", "E11.9 Typ 2-diabetes utan komplikationer. I10.9 Essentiell hypertoni."),
        ("Aktuellt", "Lastbilschaufför. Frågor om körkort? Har läst om reglerna och undrar om han får köra med C-behörighet nu när han har insulin."),
        ("Bedömning", "Insulinbehandlad typ 2-diabetes utan svåra hypoglykemier. Uppfyller kraven, läkarintyg skrivs."),
    ])],
    [], [("NL102", "n1")],
    "Frågetecknet sitter på en fråga om körkort, inte på en diagnos.")

C("d78-vid-tecken-pa-inre-brack-hemgang", V, "1993-07-04", 629, [
    N("n1", M, "Sjuksköterskeanteckning", "v_kir_lidkoping", ("Elsa Norberg", SSK), "2024-09-13T11:25", 20, SV, [
        ("Information", "Genomgång inför hemgång dag 1 efter GBP. Vid kraftig kolikartad buksmärta, även om den går över, ska hon söka akut och säga att hon är gastric bypass-opererad eftersom det kan vara inre bråck."),
        ("Åtgärd", "Livslångt tillskott ordinerat: multivitamin, kalcium med D-vitamin och B12-injektion var tredje månad."),
    ])],
    [], [("NL102", "n1")],
    "Inre bråck nämns bara villkorligt i patientinformation, ingen hedgad diagnos.")

C("d78-kan-leda-till-retinopati-undervisning", S, "2007-01-15", 268, [
    N("n1", M, "Sjuksköterskeanteckning", "s_barndiab_kristianstad", ("Maja Lindblom", SSK), "2024-04-04T15:00", 25, OV, [
        ("Samtal", "Förklarat att långvarigt högt HbA1c kan leda till retinopati, njurskada och neuropati. Pat lyssnade men ville mest prata om att slippa fingerstick på gymnasiet."),
        ("Åtgärd", "Ansökan om CGM med larmfunktion. Ny tid om sex veckor."),
    ])],
    [], [("NL102", "n1")],
    "'Kan leda till' i undervisning om risker är ingen diagnos hos 17-åringen.")

C("d78-pmo-dd-mody-remiss", S, "1997-09-19", 408, [
    N("n1", P, "Besök", "p_svedala", ("Karl Westin", LAK), "2024-07-03T14:50", 20, OV, [
        ("Bedömning", "DD MODY med tanke på debut vid 22 års ålder, normalvikt och diabetes hos mamma och mormor. Remiss till diabetesmottagningen i Malmö."),
    ])],
    [], [("NL102", "n1")],
    "DD MODY i PMO – PMO visar inte diagnoser.")

C("d78-bekraftad-nefropati-kand-sedan-tidigare", V, "1956-05-22", 171, [
    N("n1", M, "Läkaranteckning", "v_njur_su", ("Torbjörn Alm", LAK), "2024-05-16T09:30", 35, OV, [
        ("Bedömning", "Diabetesnefropati med eGFR 42 och kvot 120, stabil jämfört med i fjol. Dapagliflozin insatt, ACE-hämmare i maxdos."),
        ("Information", "Pat känner väl till sin njursjukdom och följer sina värden i Journalen."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Säker nefropati som patienten redan känner till.")
# ---------------------------------------------------------------------------
# Del 3: diagnos i synligt avsnitt medan patienten inte fått veta (NL101 must)
# ---------------------------------------------------------------------------

C("d78-nefropati-3b-ej-informerad", S, "1952-07-12", 786, [
    N("n1", M, "Läkaranteckning", "s_njur_malmo", ("Gunilla Sten", LAK), "2024-05-29T14:00", 30, OV, [
        ("Aktuellt", "Remissbedömning utan besök. Journalgenomgång och lab."),
        ("Lab", "eGFR 38, U-alb/krea 310, kalium 5,1."),
        ("Bedömning", "Diabetesnefropati stadium 3b med makroalbuminuri. Pat ej informerad om njurfunktionsnedsättningen ännu, tas upp vid läkarbesök den 12 juni."),
    ])],
    [("NL101", "n1")], [],
    "Fastställd nefropati i synlig Bedömning och uttryckligen 'ej informerad'.")

C("d78-proliferativ-retinopati-ej-fatt-besked", V, "1987-02-03", 395, [
    N("n1", M, "Läkaranteckning", "v_ogon_molndal", ("Oscar Bergman", LAK), "2024-03-06T16:20", 15, OV, [
        ("Resultat", "Granskning av screeningfoton tagna 4/3. Nykärl på papillen hö och längs övre kärlbågen vä."),
        ("Bedömning", "Proliferativ diabetesretinopati bilat."),
        ("Planering", "Pat har inte fått besked om fynden ännu. Ögonläkare ringer i morgon och bokar laserbehandling inom en vecka."),
    ])],
    [("NL101", "n1")], [],
    "Proliferativ retinopati synlig; patienten har inte fått besked.")

C("d78-lada-konstaterad-inte-meddelat", S, "1964-09-06", 657, [
    N("n1", M, "Läkaranteckning", "s_endo_lund", ("Karin Åberg", LAK), "2024-04-22T12:10", 20, OV, [
        ("Lab", "GAD-ak >2000 IE/ml, C-peptid 0,31 nmol/l."),
        ("Bedömning", "LADA konstaterad. Inte meddelat pat ännu; tas på återbesök 3/5 tillsammans med diabetessjuksköterska inför insulinstart."),
    ])],
    [("NL101", "n1")], [],
    "Konstaterad LADA i synlig text, 'inte meddelat pat ännu'.")

C("d78-mody3-genetiksvar-ej-delgivet", V, "1996-08-17", 224, [
    N("n1", M, "Läkaranteckning", "v_diab_ostra", ("Henrik Strand", LAK), "2024-02-15T08:30", 25, OV, [
        ("Resultat", "Svar från klinisk genetik: heterozygot patogen variant i HNF1A."),
        ("Bedömning", "MODY 3. Svaret har ej delgivits pat. Genetisk vägledare och undertecknad ger beskedet gemensamt vid besök, inklusive vad det innebär för syskonen."),
    ])],
    [("NL101", "n1")], [],
    "Genetiskt bekräftad MODY 3 i synlig Bedömning, 'ej delgivits pat'.")

C("d78-17aring-typ1-besked-nar-foraldrar-kommer", S, "2006-11-02", 532, [
    N("n1", M, "Läkaranteckning", "s_barn_avd_malmo", ("Josef Nilsson", LAK), "2024-03-16T15:50", 40, SV, [
        ("Aktuellt", "Inkom via akuten med törst och viktnedgång, P-glukos 19, ketoner 0,9, ingen acidos. Kom ensam, föräldrarna är på väg från Stockholm."),
        ("Bedömning", "Typ 1-diabetes, klinisk diagnos. Pat ej informerad om diagnosen ännu; besked ges ikväll när föräldrarna är på plats."),
        ("Åtgärd", "Subkutant insulin startat enligt nydebut-PM."),
    ])],
    [("NL101", "n1")], [],
    "17-åring läser själv; typ 1-diabetes står synligt och hon har inte fått beskedet.")

C("d78-gastropares-scint-ej-informerad", V, "1974-04-23", 480, [
    N("n1", M, "Läkaranteckning", "v_med_nal", ("Theo Magnusson", LAK), "2024-06-19T13:10", None, OV, [
        ("Resultat", "Ventrikeltömningsscintigrafi: 62 % retention efter fyra timmar."),
        ("Bedömning", "Uttalad diabetesgastropares."),
        ("Planering", "Pat ännu ej informerad om resultatet. Kallas till läkarbesök nästa vecka för genomgång av behandling, dietist samma dag."),
    ])],
    [("NL101", "n1")], [],
    "Gastropares fastställd i synlig Bedömning; resultatet ej meddelat patienten.")

C("d78-typo-b12-brist-ej-infomerad", S, "1989-03-31", 351, [
    N("n1", M, "Sjuksköterskeanteckning", "s_obes_malmo", ("Rebecka Ståhl", SSK), "2024-07-09T11:00", 15, OV, [
        ("Lab", "Kobalamin 95 pmol/l, folat normalt."),
        ("Bedömning", "Uttalad B12-brist konstaterad två år efter GBP. Pat ej infomerad ännu, dr Berglund kontaktar honom i morgon."),
    ])],
    [("NL101", "n1")], [],
    "Stavfel 'infomerad' – fastställd B12-brist, patienten inte informerad.")

C("d78-osteomyelit-n1-ej-n2-informerad", V, "1949-01-21", 197, [
    N("n1", M, "Läkaranteckning", "v_ort_boras", ("Stefan Lund", LAK), "2024-04-08T15:30", 30, OV, [
        ("Resultat", "MR hö fot: benmärgsödem och kortikal destruktion i mellanfalangen dig II."),
        ("Bedömning", "Osteomyelit dig II hö fot. Pat ej underrättad än, ringer honom när infektionsläkaren gett antibiotikaförslag."),
    ]),
    N("n2", M, "Telefonanteckning", "v_ort_boras", ("Stefan Lund", LAK), "2024-04-09T10:05", 10, OV, [
        ("Telefonkontakt", "Pat informerad om MR-svaret och att han har en skelettinfektion i andra tån. Klindamycin 300 mg x 3 i sex veckor efter samråd med infektionsjouren."),
    ])],
    [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
    "n1 håller inne osteomyelitbeskedet; n2 dagen efter berättar – NL101 bara på n1.")

C("d78-pankreascancer-forenligt-ej-informerad", S, "1954-10-15", 319, [
    N("n1", M, "Läkaranteckning", "s_diab_ystad", ("Hans Möller", LAK), "2024-09-19T16:40", 35, OV, [
        ("Anamnes", "Nydebuterad diabetes hos 69-åring med normal vikt, gått ner 8 kg på tre månader. Ryggvärk."),
        ("Utredning", "DT buk 18/9: 3 cm lågattenuerande förändring i pankreashuvudet med vidgad pankreasgång, förenligt med pankreascancer."),
        ("Bedömning", "Pat ännu inte informerad om DT-fynden. Besked ges på kirurgmottagningen i morgon tillsammans med kontaktsjuksköterska, standardiserat vårdförlopp startat."),
    ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "'Förenligt med pankreascancer' synligt (NL102) och DT-fynden ännu inte meddelade (NL101).")

C("d78-inre-brack-opfynd-sederad-ej-informerad", V, "1985-05-14", 648, [
    N("n1", M, "Läkaranteckning", "v_kir_su", ("Alexandra Quist", LAK), "2024-11-21T23:30", 50, SV, [
        ("Op-fynd", "Laparoskopi konverterad till laparotomi. Inre bråck genom Petersens defekt med volvulus och nekros av 60 cm jejunum, resektion med primär anastomos."),
        ("Postoperativt", "Vårdas sövd på IVA över natten."),
        ("Information", "Pat ej informerad om fynden ännu då hon är sederad. Maken informerad per telefon med pats tidigare medgivande."),
    ])],
    [("NL101", "n1")], [],
    "Bekräftat inre bråck synligt; patienten sederad och inte informerad (maken är det).")

C("d78-njursjukdom-ssk-lakaren-ej-informerat", V, "1960-12-08", 582, [
    N("n1", M, "Sjuksköterskeanteckning", "v_med_lysekil", ("Agneta Borg", SSK), "2024-08-14T10:30", 20, OV, [
        ("Aktuellt", "Årskontroll. Trivs med sin nya insulinpenna."),
        ("Lab", "HbA1c 61. U-alb/krea 45 för tredje gången. eGFR 55."),
        ("Bedömning", "Diabetisk njursjukdom stadium 3a enligt läkarens bedömning förra veckan. Läkaren har ännu inte informerat pat om njurpåverkan; läkarbesök bokat 20/8."),
    ])],
    [("NL101", "n1")], [],
    "Diabetessköterskans anteckning: diabetisk njursjukdom synlig, patienten inte informerad.")

C("d78-cushing-faststallt-ej-informerad", S, "1981-02-09", 260, [
    N("n1", M, "Läkaranteckning", "s_endo_lund", ("Ulrika Sjöberg", LAK), "2024-08-26T11:45", 40, OV, [
        ("Utredning", "Utredning av obesitas och hypertoni inför ev. operation. Dexametasonhämningstest utan hämning, kortisol 310. Kvällssaliv-kortisol förhöjt x 2. ACTH supprimerat."),
        ("Bedömning", "ACTH-oberoende Cushings syndrom fastställt. Binjure-DT beställd."),
        ("Planering", "Pat ej infromerad om diagnosen, endokrinolog tar det vid besöket 3/9 när DT är gjord."),
    ])],
    [("NL101", "n1")], [],
    "Fastställt Cushings syndrom synligt; stavfel 'ej infromerad om diagnosen'. 'Ev. operation' är en plan.")

C("d78-binjureincidentalom-epikris-ej-informerad", V, "1966-03-01", 474, [
    N("n1", M, "Epikris", "v_med_skovde_avd", ("Magnus Ivarsson", LAK), "2024-01-29T14:15", 60, SV, [
        ("Epikris", "57-årig man med typ 2-diabetes inlagd för hyperglykemi och uttorkning i samband med gastroenterit. Rehydrerad, glukos normaliserat på tillfälligt insulin. DT buk pga buksmärta visade som bifynd ett 2,5 cm vänstersidigt binjureincidentalom med låg attenuering."),
        ("Diagnos", "E11.6 Typ 2-diabetes med hyperglykemi. A09.9 Gastroenterit. E27.8 Binjureincidentalom vänster."),
        ("Planering", "Pat ej informerad om binjurefyndet vid utskrivningen då han var trött och ville hem; informeras av diabetesmottagningen vid uppföljning om fyra veckor. Hormonutredning beställd."),
    ])],
    [("NL101", "n1")], [],
    "Binjureincidentalom listat i synlig Diagnos/Epikris men ej berättat för patienten.")

C("d78-utkast-retinopati-ej-informerad", S, "1983-07-02", 906, [
    N("n1", M, "Läkaranteckning", "s_ogon_kristianstad", ("Emil Rydén", LAK), "2024-10-08T10:20", None, OV, [
        ("Bedömning", "Måttlig icke-proliferativ diabetesretinopati hö, lindrig vä. Pat ej informerad om diagnosen ännu."),
        ("Planering", "Nytt foto om sex månader. Brev till pat när diabetesläkaren fått kopia."),
    ])],
    [("NL101", "n1")], [],
    "Osignerat utkast (före signering): retinopati synlig och patienten inte informerad.")

C("d78-barn-celiaki-pad-foraldrar-ej-informerade", S, "2014-09-30", 279, [
    N("n1", M, "Läkaranteckning", "s_barngastro_lund", ("Sara Falk", LAK), "2024-03-04T13:25", 30, OV, [
        ("Resultat", "PAD duodenalbiopsier: totalvillusatrofi, Marsh 3c."),
        ("Bedömning", "Celiaki bekräftad hos pojke med typ 1-diabetes."),
        ("Planering", "Föräldrar och barn ännu ej informerade om PAD-svaret, ringer mamma i eftermiddag och bokar dietist."),
    ])],
    [("NL101", "n1")], [],
    "9-åring: varken barn eller vårdnadshavare (som läser journalen) har fått celiakibeskedet.")

C("d78-hjartsvikt-ska-ej-meddelas-fore-kardiolog", V, "1958-02-11", 753, [
    N("n1", M, "Läkaranteckning", "v_med_frolunda", ("Pia Enqvist", LAK), "2024-02-20T15:05", 25, OV, [
        ("Resultat", "UKG 12/2: EF 30 %, dilaterad vänsterkammare. NT-proBNP 2400."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion hos pat med typ 2-diabetes. Ska ej meddelas pat förrän kardiolog bedömt honom på torsdag, då behandlingsplanen presenteras samtidigt."),
        ("Åtgärd", "Inga läkemedelsändringar idag."),
    ])],
    [("NL101", "n1")], [],
    "'Ska ej meddelas pat' om synlig hjärtsviktsdiagnos.")

C("d78-levercirros-biopsi-ej-underrattad", S, "1972-11-27", 838, [
    N("n1", M, "Läkaranteckning", "s_gastro_malmo", ("Niklas Holst", LAK), "2024-11-04T09:50", None, OV, [
        ("Utredning", "Leverbiopsi tagen vid bedömning inför obesitaskirurgi pga fibroscan 16 kPa."),
        ("Resultat", "PAD: levercirros på basen av MASH."),
        ("Bedömning", "Levercirros Child-Pugh A. Pat ej underrättad, hepatolog tar över och informerar vid besök 14/11. Obesitaskirurgin pausad."),
    ])],
    [("NL101", "n1")], [],
    "Biopsiverifierad cirros synlig; patienten ej underrättad.")

C("d78-typo-neuropati-ej-informrad", V, "1970-06-03", 302, [
    N("n1", M, "Läkaranteckning", "v_med_alingsas", ("Mattias Grön", LAK), "2024-07-16T10:15", 20, OV, [
        ("Bedömning", "Perifer diabetesneuropati med förlust av skyddande sensibilitet bilat. Pat ej informrad om neuropatin än, fotterapeuten och jag går igenom det på ett gemensamt besök."),
    ])],
    [("NL101", "n1")], [],
    "Stavfel 'informrad' – neuropati synlig, patienten inte informerad.")

C("d78-har-inte-pratat-med-pat-om-nefropati", S, "1969-04-19", 455, [
    N("n1", M, "Läkaranteckning", "s_med_hbg", ("Johan Lindahl", LAK), "2024-12-10T14:30", 45, OV, [
        ("Aktuellt", "Kontroll av hypertoni och diabetes, kom mest pga akut knäsmärta efter fall på isen."),
        ("Bedömning", "Diabetesnefropati, ny diagnos sedan senaste proverna. Har inte pratat med pat om nefropatin ännu, hann inte idag pga knäbesvären."),
        ("Planering", "Knäröntgen. Ny tid om två veckor för diabetesgenomgång."),
    ])],
    [("NL101", "n1")], [],
    "Omskrivning 'har inte pratat med pat om' en synlig nefropatidiagnos.")

C("d78-kritisk-ischemi-ej-informerad", V, "1946-09-13", 517, [
    N("n1", M, "Mottagningsanteckning", "v_fot_molndal", ("Per Ekholm", LAK), "2024-09-03T11:10", 30, OV, [
        ("Status", "Hö fot kall, kapillär återfyllnad 5 s. Svart nekros på dig I hö, 1 cm."),
        ("Resultat", "Tåtryck hö 18 mmHg, vä 55 mmHg."),
        ("Bedömning", "Kritisk extremitetsischemi hö ben. Pat ej informerad om ischemidiagnosen ännu; kärlkirurg ringer honom idag efter konferensen."),
    ])],
    [("NL101", "n1")], [],
    "Kritisk ischemi synlig i Bedömning och 'ej informerad'.")

C("d78-barrett-efter-sleeve-pad-ej-informerad", S, "1977-12-29", 144, [
    N("n1", M, "Läkaranteckning", "s_kir_ystad", ("Linda Ahlström", LAK), "2024-06-27T09:05", 20, OV, [
        ("Anamnes", "Sleeve-gastrektomi 2019. Besvärlig halsbränna sedan två år trots PPI."),
        ("Resultat", "Gastroskopi 10/6 med biopsier. PAD: Barretts esofagus med låggradig dysplasi."),
        ("Bedömning", "Pat ännu ej informerad om PAD-svaret. Remiss till övre GI-teamet för ställningstagande till konvertering till GBP och ablation; besked ges på besök."),
    ])],
    [("NL101", "n1")], [],
    "Barretts esofagus med dysplasi synlig i Resultat; PAD-svaret ej meddelat.")

C("d78-utkast-vgr-typ1-vuxen-ej-fatt-diagnosen", V, "1994-02-27", 813, [
    N("n1", M, "Läkaranteckning", "v_diab_nal", ("Erik Holmberg", LAK), "2024-05-02T17:10", None, OV, [
        ("Lab", "GAD-ak 620, IA-2-ak pos, C-peptid 0,2 nmol/l."),
        ("Bedömning", "Autoimmun diabetes, typ 1, hos 30-åring som hittills behandlats som typ 2. Pat har ännu inte fått diagnosen; jag ringer i morgon och bokar insulinstart."),
    ])],
    [("NL101", "n1")], [],
    "Osignerat VGR-utkast: typ 1-diabetes synlig och patienten har inte fått diagnosen.")

C("d78-makulopati-n1-avvaktar-n2-informerad", S, "1966-06-30", 586, [
    N("n1", M, "Läkaranteckning", "s_diab_malmo", ("Hanna Björk", LAK), "2024-05-06T15:20", 30, OV, [
        ("Bedömning", "Diabetisk makulopati vä med visusfall till 0,5 enligt ögonkonsultens svar idag. Inte informerat pat ännu, hon har redan bokad tid hos mig på fredag."),
    ]),
    N("n2", M, "Läkaranteckning", "s_diab_malmo", ("Hanna Björk", LAK), "2024-05-10T10:00", 40, OV, [
        ("Information", "Pat informerad om makulopatin i vänster öga och om de planerade anti-VEGF-injektionerna. Hon hade själv märkt att raka linjer såg böjda ut."),
    ])],
    [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
    "Första anteckningen håller inne makulopatin (NL101), fredagens anteckning berättar (inte NL101).")
# ---------------------------------------------------------------------------
# Del 4: svåra negativa för NL101 (det som inte är berättat är ingen diagnos,
# patienten vet redan, bara anhörig ovetande, skyddad plats)
# ---------------------------------------------------------------------------

C("d78-hypoglykemikanning-informerad-korkort", V, "1975-10-05", 678, [
    N("n1", M, "Läkaranteckning", "v_diab_skovde", ("Ingrid Larsson", LAK), "2024-02-01T09:45", 50, OV, [
        ("Aktuellt", "Typ 1-diabetes sedan 1988. Två svåra hypoglykemier med behov av hjälp från annan person senaste tolv månaderna, båda nattetid. Märker inte låga värden förrän under 2,5."),
        ("Bedömning", "Nedsatt hypoglykemikänning."),
        ("Information", "Informerat pat om bedömningen och om att två svåra hypoglykemier på ett år innebär att körkortsinnehavet ska prövas; anmälan till Transportstyrelsen görs enligt läkarens skyldighet. Pat var beredd på det."),
        ("Åtgärd", "Byte till hybrid closed loop. Uppföljning om tre månader."),
    ])],
    [], [("NL101", "n1")],
    "Nedsatt hypoglykemikänning är kommunicerad till patienten idag.")

C("d78-ej-informerad-om-operationsdatum", S, "1987-01-09", 764, [
    N("n1", M, "Sjuksköterskeanteckning", "s_kir_trelleborg", ("Ronja Persson", SSK), "2024-02-20T13:30", None, OV, [
        ("Aktuellt", "Morbid obesitas BMI 44, typ 2-diabetes och sömnapné på CPAP. Godkänd för gastric bypass vid teamkonferensen."),
        ("Planering", "Pat ej informerad om operationsdatum ännu, väntar på besked från operationsplaneringen. Lågkaloridieten påbörjas tre veckor före."),
    ])],
    [], [("NL101", "n1")],
    "Det som inte är meddelat är ett operationsdatum, inte diagnoserna.")

C("d78-remiss-skickad-pat-ej-underrattad", V, "1961-05-26", 131, [
    N("n1", M, "Sjuksköterskeanteckning", "v_diab_nal", ("Sofie Lind", SSK), "2024-06-05T11:50", 10, OV, [
        ("Aktuellt", "Typ 2-diabetes sedan 2012, tablettbehandlad. Ingen ögonscreening genomförd på tre år."),
        ("Åtgärd", "Remiss till ögonmottagningen skickad på dr Ahmeds ordination. Pat ej underrättad om att remissen gått iväg, kallelse kommer hem."),
    ])],
    [], [("NL101", "n1")],
    "Ej underrättad om att remissen skickats – det är ingen diagnos.")

C("d78-normalt-cpeptid-ej-meddelat", S, "1990-10-21", 426, [
    N("n1", M, "Läkaranteckning", "s_diab_ystad", ("Annika Ek", LAK), "2024-04-11T08:15", 20, OV, [
        ("Resultat", "C-peptid 0,8 nmol/l, normalt. GAD-ak negativa."),
        ("Bedömning", "Typ 2-diabetes med bevarad insulinproduktion. Ej meddelat pat de normala svaren ännu, brev skickas."),
    ])],
    [], [("NL101", "n1")],
    "Ej meddelat gäller normala provsvar, inte diagnosen.")

C("d78-skane-mall-tidiga-hyp-insulinom-plus-synlig", S, "1979-03-15", 251, [
    N("n1", M, "Tidiga hypoteser", "s_endo_malmo", ("Björn Hallén", LAK), "2024-10-17T16:00", 15, SV, [
        ("Bedömning", "Troligt insulinom: P-glukos 2,1 med insulin 18 och C-peptid 1,1 under fastan. Pat ej informerad om misstanken innan DT och endoskopiskt ultraljud är klara."),
    ]),
    N("n2", M, "Läkaranteckning", "s_endo_malmo", ("Björn Hallén", LAK), "2024-10-17T16:20", 15, SV, [
        ("Aktuellt", "Fastan avbröts efter 26 timmar pga symtomgivande hypoglykemi, hävd med glukos iv."),
        ("Planering", "DT pankreas och endoskopiskt ultraljud bokas. Pat medveten om att fler undersökningar behövs innan vi vet orsaken."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1"), ("NL102", "n2")],
    "Misstanke och 'ej informerad' bara i Skåne-mallen Tidiga hypoteser; den synliga anteckningen saknar hypotes.")

C("d78-vgr-tidiga-hyp-malignitet-svaren-ej-meddelade", V, "1977-07-28", 369, [
    N("n1", M, "Läkaranteckning", "v_med_nu", ("Hampus Lindell", LAK), "2024-10-09T14:45", 30, OV, [
        ("Aktuellt", "Uppföljning typ 2-diabetes. Gått ner 7 kg utan att försöka, trött."),
        ("Tidiga hypoteser", "Misstänkt malignitet med tanke på viktnedgång och ny anemi hos pat vars diabetes är i god kontroll. DT thorax-buk beställd."),
        ("Planering", "Återbesök om två veckor för genomgång av provsvaren; pat ännu ej informerad om svaren."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Hypotesen står under VGR-sökordet Tidiga hypoteser; synligt 'ej informerad' gäller provsvar, inte en diagnos.")

C("d78-pat-informerad-syster-vet-inte", V, "1995-04-07", 586, [
    N("n1", M, "Läkaranteckning", "v_diab_ostra", ("Nora Falk", LAK), "2024-07-11T10:30", None, OV, [
        ("Information", "Pat informerad idag om genetikens svar, MODY 2 (GCK). Hon vill själv berätta för sin syster, som inte vet något ännu, och diskutera screening för henne."),
        ("Bedömning", "Ingen farmakologisk behandling behövs utanför graviditet. Metformin kan sättas ut."),
    ])],
    [], [("NL101", "n1")],
    "Patienten är informerad; bara systern är ovetande.")

C("d78-pat-har-inte-berattat-for-arbetsgivaren", S, "1997-06-12", 533, [
    N("n1", M, "Kuratorsanteckning", "s_diab_lund", ("Elisabeth Roos", "kurator"), "2024-03-26T13:00", 30, OV, [
        ("Samtal", "Pat fick diagnosen typ 1-diabetes i januari. Har inte berättat för sin arbetsgivare om diagnosen, oroar sig för att förlora jobbet som kranförare."),
        ("Åtgärd", "Gått igenom rättigheter och vad arbetsgivaren behöver veta av säkerhetsskäl. Nytt samtal om tre veckor."),
    ])],
    [], [("NL101", "n1")],
    "Det är patienten som inte berättat för arbetsgivaren – patienten vet om diagnosen.")

C("d78-pojkvannen-vet-inte-om-diabetes", V, "2004-02-18", 242, [
    N("n1", M, "Sjuksköterskeanteckning", "v_diab_angered", ("Yasmin Karim", SSK), "2024-11-19T15:15", 20, OV, [
        ("Aktuellt", "Typ 1-diabetes sedan 12 års ålder. Har flyttat ihop med sin pojkvän men inte berättat om sin diabetes för honom. Tar insulin i smyg och hoppar ibland över doser."),
        ("Åtgärd", "Pratat om riskerna med utelämnade doser. Erbjuden samtal med kurator, tackar ja."),
    ])],
    [], [("NL101", "n1")],
    "Partnern är ovetande, inte patienten.")

C("d78-ej-meddelat-att-provet-ska-tas-om", S, "1956-09-24", 497, [
    N("n1", M, "Sjuksköterskeanteckning", "s_med_angelholm", ("Maria Lönn", SSK), "2024-09-26T14:20", 10, OV, [
        ("Lab", "Kaliumprovet hemolyserat."),
        ("Planering", "Ej meddelat pat att provet behöver tas om, ringer i morgon. Typ 2-diabetes med nefropati, följs här sedan 2021."),
    ])],
    [], [("NL101", "n1")],
    "Det som inte är meddelat är ett omprov; nefropatin är känd sedan 2021.")

C("d78-ingen-retinopati-normalt-svar-ej-meddelat", V, "1993-08-09", 151, [
    N("n1", M, "Läkaranteckning", "v_ogon_boras", ("Ellinor Backe", LAK), "2024-05-23T09:40", 15, OV, [
        ("Bedömning", "Ingen diabetesretinopati bilat. Pat ej informerad om det normala resultatet ännu, svarsbrev skickas i veckan."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Ej informerad om ett normalt resultat; retinopati är negerad.")

C("d78-vgr-tidiga-hyp-gastropares-n2-bekraftad-informerad", V, "1982-10-30", 739, [
    N("n1", M, "Läkaranteckning", "v_med_boras", ("Jonas Frisk", LAK), "2024-01-10T10:10", 30, OV, [
        ("Aktuellt", "Typ 1-diabetes sedan 25 år. Oförklarliga hypoglykemier efter måltid och illamående."),
        ("Tidiga hypoteser", "Misstänkt gastropares. Vill ha scintigrafi innan det diskuteras med pat."),
        ("Planering", "Ventrikeltömningsscintigrafi beställd."),
    ]),
    N("n2", M, "Läkaranteckning", "v_med_boras", ("Jonas Frisk", LAK), "2024-02-21T10:30", 30, OV, [
        ("Resultat", "Scintigrafi: fördröjd ventrikeltömning, 45 % retention efter fyra timmar."),
        ("Bedömning", "Diabetesgastropares bekräftad. Pat informerad idag om diagnosen och om kostråd."),
    ])],
    [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    "Misstanken låg under VGR-sökordet Tidiga hypoteser; senare bekräftad och berättad i synlig anteckning.")

C("d78-retinopati-informerad-redan-2021", S, "1948-03-03", 613, [
    N("n1", M, "Läkaranteckning", "s_med_kristianstad", ("Amir Haddad", LAK), "2024-11-28T10:40", 25, OV, [
        ("Bedömning", "Proliferativ retinopati bilat, laserbehandlad 2022. Pat fick diagnosen redan vid ögonbesöket 2021 och följs där."),
    ])],
    [], [("NL101", "n1")],
    "Patienten informerades redan tidigare om retinopatin.")

C("d78-1177-svar-om-begynnande-nefropati", V, "1962-12-15", 408, [
    N("n1", M, "Administrativ anteckning", "v_med_frolunda", ("Pia Enqvist", LAK), "2024-06-13T16:30", 10, OV, [
        ("Kontaktorsak", "Ärende via 1177: undrar över labbsvaren som hon sett i Journalen."),
        ("Åtgärd", "Svarat via 1177 att proverna visar begynnande diabetesnefropati med lätt förhöjd albuminutsöndring och normalt eGFR. Blodtrycksmålet skärps och ramipril höjs till 10 mg. Pat har läst svaret."),
    ])],
    [], [("NL101", "n1")],
    "Patienten har fått nefropatibeskedet via 1177-meddelande.")

C("d78-misstanke-framford-till-pat-gastropares", S, "1976-02-04", 854, [
    N("n1", M, "Läkaranteckning", "s_diab_lund", ("Per Sandell", LAK), "2024-04-17T11:20", None, OV, [
        ("Aktuellt", "Typ 1-diabetes sedan 1990. Tidig mättnad och svängande glukos efter middag."),
        ("Bedömning", "Misstänkt gastropares, vilket jag förklarat för pat tillsammans med planen för utredningen."),
        ("Planering", "Ventrikeltömningsscintigrafi. Mindre och fler måltider i väntan på svar."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Hedgad gastropares synlig (NL102) men misstanken är framförd till patienten (inte NL101).")

C("d78-pmo-lada-ej-informerad", S, "1965-11-30", 270, [
    N("n1", P, "Besök", "p_linero", ("Oskar Lundh", LAK), "2024-08-06T09:15", 20, OV, [
        ("Bedömning", "Misstänkt LADA, GAD-ak skickat. Pat ej informerad om misstanken än, tas när svaret kommit."),
    ])],
    [], [("NL102", "n1")],
    "PMO: hedgad LADA syns inte som diagnos; NL101 asserteras inte på PMO.")
# ---------------------------------------------------------------------------
# Del 5: läckage ur skyddad plats, stavfel, blandade svåra fall
# ---------------------------------------------------------------------------

C("d78-skane-tidiga-hyp-faktitiell-n2-lacker", S, "1992-05-17", 548, [
    N("n1", M, "Tidiga hypoteser", "s_med_avd_lund", ("Tobias Lindgren", LAK), "2024-02-12T17:30", 20, SV, [
        ("Bedömning", "Misstanke om faktitiell hypoglykemi: vid P-glukos 1,8 var insulin 210 och C-peptid supprimerat. Pat arbetar inom vården och har tillgång till insulin."),
    ]),
    N("n2", M, "Läkaranteckning", "s_med_avd_lund", ("Tobias Lindgren", LAK), "2024-02-13T09:15", 30, SV, [
        ("Bedömning", "Trolig faktitiell hypoglykemi, se även gårdagens anteckning. Psykiatrikonsult begärd."),
        ("Planering", "Fortsatt glukoskontroller varannan timme, rumsgenomgång diskuteras med avdelningschef."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: hypotesen är skyddad i mallen Tidiga hypoteser (n1) men upprepas hedgad i en vanlig Läkaranteckning (n2).")

C("d78-vgr-tidiga-hyp-och-planering-lacker-lada", V, "1973-08-08", 465, [
    N("n1", M, "Läkaranteckning", "v_diab_kungalv", ("Tove Hedlund", LAK), "2024-09-18T10:20", 30, OV, [
        ("Tidiga hypoteser", "Misstänkt LADA hos normalviktig 51-åring med snabbt stigande HbA1c."),
        ("Planering", "Utreds för misstänkt LADA, GAD-ak och C-peptid tagna. Återbesök om tre veckor."),
    ])],
    [("NL102", "n1")], [],
    "VGR: samma hypotes står både under Tidiga hypoteser och i synlig Planering – läckage.")

C("d78-vgr-tidiga-hyp-dd-mody2-barn", V, "2014-01-03", 602, [
    N("n1", M, "Mottagningsanteckning", "v_barnmed_boras", ("Karolina Hed", LAK), "2024-04-09T13:35", 40, OV, [
        ("Aktuellt", "Lätt förhöjt fasteglukos upptäckt vid infektion i höstas. Inga symtom."),
        ("Lab", "OGTT: fastande 6,8, efter två timmar 7,9. HbA1c 46. Autoantikroppar neg."),
        ("Tidiga hypoteser", "DD MODY 2 hos 10-åring med stabil lätt hyperglykemi, pappa har liknande värden utan behandling. Avvaktar genetik innan diagnosen diskuteras med familjen."),
        ("Planering", "Genetisk analys skickad efter samtal med mamma om vad provet visar."),
    ])],
    [], [("NL102", "n1")],
    "VGR: DD MODY 2 står enbart under sökordet Tidiga hypoteser; synliga avsnitt har fynd och plan.")

C("d78-dietist-hedgar-pa-beteende", V, "1988-11-16", 318, [
    N("n1", M, "Dietistanteckning", "v_obes_nu", ("Lina Forsell", "dietist"), "2024-05-14T14:00", 20, OV, [
        ("Aktuellt", "Kostregistrering i tre dagar inför operation. Energiintag enligt registreringen 1400 kcal."),
        ("Bedömning", "Sannolikt äter hon mer på kvällarna än hon registrerat, då vikten står still. Eventuellt kan vi prova fasta måltidstider med mellanmål kl 15."),
        ("Åtgärd", "Ny registrering med foto av varje måltid. Återbesök om två veckor."),
    ])],
    [], [("NL102", "n1")],
    "Dietistens hedgar gäller ätbeteende och en plan, ingen diagnos.")

C("d78-typo-kolecystit-kan-ej-utelsutas", S, "1983-04-04", 772, [
    N("n1", M, "Läkaranteckning", "s_kir_akut_hbg", ("Jakob Nyström", LAK), "2024-05-25T20:40", 35, OV, [
        ("Anamnes", "Sleeve för ett år sedan, -40 kg. Konstant smärta under höger arcus sedan i morse, frossa."),
        ("Status", "Temp 38,4. Murphys tecken pos. Lokal muskelförsvar hö övre kvadrant."),
        ("Bedömning", "Akut kolecystit kan ej utelsutas. CRP 96, LPK 14."),
        ("Åtgärd", "Ultraljud i kväll, fastande, iv vätska och piperacillin/tazobaktam."),
    ])],
    [("NL102", "n1")], [],
    "Stavfel 'utelsutas' i 'kan ej uteslutas' om kolecystit i synlig Bedömning.")

C("d78-typo-sannolkit-diabetesamyotrofi", V, "1954-08-20", 199, [
    N("n1", M, "Läkaranteckning", "v_med_boras", ("Mira Sandell", LAK), "2024-07-02T11:00", 40, OV, [
        ("Aktuellt", "Typ 2-diabetes. Svår smärta i vänster lår sedan sex veckor, gått ner 6 kg och har svårt att resa sig ur stol."),
        ("Status", "Atrofi av quadriceps vä, patellarreflex vä utsläckt. Höftleden fritt rörlig."),
        ("Bedömning", "Sannolkit diabetesamyotrofi (lumbosakral radikuloplexusneuropati)."),
        ("Planering", "ENeG och MR ländrygg för att utesluta rotkompression. Smärtlindring med gabapentin."),
    ])],
    [("NL102", "n1")], [],
    "Stavfel 'Sannolkit' – hedgad diabetesamyotrofi i synlig Bedömning.")

C("d78-typo-eventuelt-remiss-fotterapeut", S, "1962-01-31", 339, [
    N("n1", M, "Sjuksköterskeanteckning", "s_diab_lund", ("Linnéa Berg", SSK), "2024-01-16T09:50", 10, OV, [
        ("Fotstatus", "Normal sensibilitet med monofilament bilat. Förhårdnader under MTP II vä."),
        ("Åtgärd", "Eventuelt remiss till fotterapeut om förhårdnaderna inte minskar med ny inläggssula."),
    ])],
    [], [("NL102", "n1")],
    "Stavfel 'Eventuelt' men hedgen gäller en remiss (plan), ingen diagnos.")

C("d78-typo-trol-bakgrundsretinopathi", V, "1980-09-12", 577, [
    N("n1", M, "Läkaranteckning", "v_ogon_nal", ("Jenny Almqvist", LAK), "2024-08-22T14:15", 15, OV, [
        ("Resultat", "Screeningfoto: tveksamma punktblödningar vä, hö ua. Bilderna något suddiga pga katarakt."),
        ("Bedömning", "Trol. bakgrundsretinopathi vä."),
        ("Planering", "Nytt foto om ett år."),
    ])],
    [("NL102", "n1")], [],
    "Felstavad diagnos 'retinopathi' med 'Trol.' i synlig Bedömning.")

C("d78-bild-som-vid-leversteatos-ultraljud", V, "1984-03-29", 426, [
    N("n1", M, "Läkaranteckning", "v_obes_boras", ("Viktor Åström", LAK), "2024-10-10T09:00", 25, OV, [
        ("Resultat", "Ultraljud lever: diffust ökad ekogenicitet, lever 19 cm. Gallblåsan ua."),
        ("Bedömning", "Bild som vid uttalad leversteatos. ALAT 88. Fibroscan beställd för att värdera fibros."),
    ])],
    [("NL102", "n1")], [],
    "'Bild som vid leversteatos' är en hedgad diagnos i synligt avsnitt.")

C("d78-inget-talar-for-men-kan-ej-helt-uteslutas", S, "1991-12-07", 681, [
    N("n1", M, "Läkaranteckning", "s_kir_ystad", ("Linda Ahlström", LAK), "2024-11-14T13:20", 30, OV, [
        ("Aktuellt", "GBP 2022. Tre episoder av krampartad buksmärta senaste månaden, varje gång över på en timme."),
        ("Utredning", "DT buk i akuten förra veckan utan patologi."),
        ("Bedömning", "Inget på DT som talar för inre bråck, men intermittent inre bråck kan ej helt uteslutas med den anamnesen."),
        ("Planering", "Planerad diagnostisk laparoskopi med slutning av mesenteriella defekter."),
    ])],
    [("NL102", "n1")], [],
    "Negation följs av 'kan ej helt uteslutas' – hypotesen kvarstår synligt.")

C("d78-ev-insulinstart-plan", V, "1953-06-15", 142, [
    N("n1", M, "Sjuksköterskeanteckning", "v_diab_nal", ("Sofie Lind", SSK), "2024-03-13T10:25", 10, OV, [
        ("Aktuellt", "Typ 2-diabetes. HbA1c 74, stigande trots tre preparat."),
        ("Planering", "Ev. insulinstart vid nästa besök om HbA1c inte sjunkit. Pat får en insulinpenna att titta på hemma."),
    ])],
    [], [("NL102", "n1")],
    "'Ev. insulinstart' är en behandlingsplan, inte en osäker diagnos.")

C("d78-adhesiv-kapsulit-trolig", V, "1967-05-09", 286, [
    N("n1", M, "Läkaranteckning", "v_diab_angered", ("Rasmus Eklöf", LAK), "2024-12-05T15:00", 20, OV, [
        ("Aktuellt", "Typ 1-diabetes sedan 30 år. Tilltagande stelhet och nattlig värk i vänster axel sedan i somras."),
        ("Status", "Kraftigt nedsatt passiv utåtrotation vä axel, abduktion 80 grader."),
        ("Bedömning", "Trolig adhesiv kapsulit, vanligt vid långvarig diabetes."),
        ("Åtgärd", "Remiss fysioterapi, ev. kortisoninjektion om otillräcklig effekt."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig adhesiv kapsulit' (diabetesrelaterad) i synlig Bedömning.")

C("d78-ssk-telefon-susp-begynnande-ketoacidos", S, "2005-08-22", 713, [
    N("n1", M, "Telefonanteckning", "s_diab_lund", ("Linnéa Berg", SSK), "2024-06-29T08:10", 5, OV, [
        ("Telefonkontakt", "Kräkts sedan i natt, blodsocker 21, ketoner 2,4 trots extra insulin. Pumpanvändare."),
        ("Bedömning", "Susp. begynnande ketoacidos."),
        ("Åtgärd", "Uppmanad att åka till akuten nu, pappa kör. Akuten förvarnad."),
    ])],
    [("NL102", "n1")], [],
    "Diabetessköterskans 'Susp. begynnande ketoacidos' i synlig telefonanteckning (18-åring).")

C("d78-trolig-debut-typ1-barn-akut", V, "2018-10-12", 385, [
    N("n1", M, "Akutanteckning", "v_barnavd_dsbus", ("Fatima Yousef", LAK), "2024-03-02T22:45", 30, OV, [
        ("Kontaktorsak", "Törst, trötthet, kissar mycket."),
        ("Status", "Opåverkad, lätt torr i munnen. Andning normal."),
        ("Bedömning", "Trolig debut av typ 1-diabetes, P-glukos 18 och ketoner 1,1. Blodgas och autoantikroppar tagna."),
        ("Åtgärd", "Inläggning på avd 323 för insulinstart."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig debut av typ 1-diabetes' hos 5-åring i synlig Bedömning.")

C("d78-diagnosrad-misstankt-lackage-efter-sleeve", S, "1987-08-27", 556, [
    N("n1", M, "Läkaranteckning", "s_kir_avd_malmo", ("Elin Sandberg", LAK), "2024-04-03T07:50", 45, SV, [
        ("Diagnos", "Misstänkt läckage från klammerraden efter sleeve-gastrektomi."),
        ("Aktuellt", "Dag 3 postop. Takykardi 118, feber 38,6 och vänstersidig bröstsmärta i natt."),
        ("Planering", "DT buk med peroral kontrast omgående. Fastande, antibiotika, kirurgbakjour informerad."),
    ])],
    [("NL102", "n1")], [],
    "Hedgad postoperativ komplikation under sökordet Diagnos i en synlig anteckning.")

C("d78-celiakimisstanke-avskriven-barn", V, "2015-12-01", 158, [
    N("n1", M, "Mottagningsanteckning", "v_barndiab_dsbus", ("Maria Holm", LAK), "2024-06-18T09:30", 25, OV, [
        ("Aktuellt", "Ny kontroll av transglutaminas efter förhöjt värde i vintras."),
        ("Lab", "Transglutaminas-IgA 3 U/ml, normalt."),
        ("Bedömning", "Misstanken om celiaki avskrivs, övergående förhöjning i samband med infektion. Fortsatt screening vid årskontroll."),
    ])],
    [], [("NL102", "n1")],
    "Avskriven celiakimisstanke hos 8-åring – negation.")

C("d78-ingen-misstanke-om-dka-telefon", V, "1998-02-22", 633, [
    N("n1", M, "Telefonanteckning", "v_diab_skovde", ("Malin Kvist", SSK), "2024-10-26T09:20", 5, OV, [
        ("Telefonkontakt", "Förkyld med feber, glukos 14–16 senaste dygnet. Ketoner 0,2."),
        ("Bedömning", "Ingen misstake om ketoacidos. Extra korrektionsdoser enligt sjukdagsregler."),
        ("Råd", "Mät ketoner var fjärde timme. Stiger de över 1,5 ska hon ringa igen."),
    ])],
    [], [("NL102", "n1")],
    "Stavfel 'Ingen misstake om ketoacidos' är fortfarande negation; villkoret gäller ett mätvärde.")

C("d78-ev-kontroll-d-vitamin-plan-gbp", S, "1974-10-02", 452, [
    N("n1", M, "Sjuksköterskeanteckning", "s_obes_malmo", ("Rebecka Ståhl", SSK), "2024-11-26T10:45", 10, OV, [
        ("Aktuellt", "Fyra år efter GBP, stabil vikt. Tar multivitamin och kalcium dagligen, B12 var tredje månad på VC."),
        ("Planering", "Ev. kontroll av D-vitamin och PTH redan i vår om hon fortsätter undvika mejeriprodukter. Trol. sista årskontrollen här innan överföring till VC."),
    ])],
    [], [("NL102", "n1")],
    "Hedgar gäller kontroller och överföring (planer), ingen diagnos.")
# ---------------------------------------------------------------------------
# Del 6: långa anteckningar med telegrafiska statusrader
# ---------------------------------------------------------------------------

C("d78-lang-arskontroll-t1d-ev-celiaki-vuxen", V, "1990-01-25", 417, [
    N("n1", M, "Mottagningsanteckning", "v_diab_ostra", ("Nora Falk", LAK), "2024-03-14T13:00", 55, OV, [
        ("Anamnes", "34-årig kvinna med typ 1-diabetes sedan 11 års ålder. Hypotyreos sedan 2015, substituerad. Arbetar som förskollärare, sambo, ett barn. Röker ej, alkohol sparsamt."),
        ("Aktuellt", "Årskontroll. Använder hybrid closed loop sedan ett år och är mycket nöjd, färre nattliga larm. Senaste halvåret uppblåst mage och lös avföring två till tre gånger dagligen, ingen blod- eller slemtillblandning. Har gått ner 3 kg utan avsikt. Inga känningar under 3,0 senaste månaden. Menstruationer regelbundna."),
        ("Status", "AT gott. Vikt 61 kg, BMI 21,8. BT 118/72, puls 68 reg. Cor: RR utan blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, lätt gasig, ingen palpömhet, ingen resistens. Injektionsställen: lätt lipohypertrofi vä flank. Fötter: hel hud, monofilament 3/3 bilat, a. dorsalis pedis palpabel bilat."),
        ("Lab", "HbA1c 51 (56 i fjol). TIR 72 %, TBR 2 %. TSH 2,1. Kreatinin 64, U-alb/krea 0,9. Hb 118, ferritin 9."),
        ("Läkemedel", "Insulin aspart i pump, totaldos cirka 38 E per dygn varav hälften basal. Levotyroxin 75 mikrogram. Glukagon nasalt finns hemma och på jobbet. Inga receptfria preparat utöver D-vitamin vintertid."),
        ("Egenvård", "Byter infusionsset var tredje dag, sensorn var tionde. Räknar kolhydrater och lägger in dem i pumpen före måltid, glömmer ibland mellanmålet på eftermiddagen. Har kollegor som vet vad de ska göra vid känning. Kör bil och mäter före längre resor."),
        ("Bedömning", "Väl fungerande behandling med förbättrad glukoskontroll. Ev. celiaki med tanke på tarmbesvär, viktnedgång och järnbrist hos pat med två autoimmuna sjukdomar. Lipohypertrofin kan förklara enstaka oväntade toppar."),
        ("Planering", "Transglutaminas-IgA och totalt IgA idag, ska äta gluten som vanligt tills svar. Peroralt järn. Byter infusionsställe till buk och lår. Fotografering av ögonbottnar när kallelsen kommer. Återbesök om sex månader, ssk-kontakt vid behov via 1177."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Lång årskontroll med en enda hedgad diagnos ('Ev. celiaki') bland säkra diagnoser och fynd.")

C("d78-lang-obesitas-preop-utan-hypotes", S, "1983-02-19", 604, [
    N("n1", M, "Läkaranteckning", "s_obes_malmo", ("Fredrik Olander", LAK), "2024-01-24T09:30", 70, OV, [
        ("Anamnes", "40-årig man, BMI 46 med typ 2-diabetes sedan 2017, hypertoni och obstruktiv sömnapné behandlad med CPAP sedan 2022. Viktproblem sedan barndomen, flera försök med strukturerad viktminskning och GLP1-analog under två år med -8 kg och återgång. Ingen tidigare bukkirurgi. Far hade hjärtinfarkt vid 52 års ålder."),
        ("Aktuellt", "Bedömning inför gastric bypass efter remiss från VC. Har gått gruppinformationen och träffat dietist två gånger. Motiverad, förstår behovet av livslånga tillskott och årliga kontroller."),
        ("Social anamnes", "Gift, två tonårsbarn. Arbetar som bussförare på heltid, skiftarbete. Röker inte, snusar sedan 20 år men har bestämt sig för att sluta före operationen. Alkohol enstaka öl i helgerna. Ingen tidigare missbruksproblematik."),
        ("Läkemedel", "Metformin 1 g x 2, semaglutid 1 mg en gång i veckan, insulin glargin 30 E, amlodipin 10 mg, losartan 100 mg, atorvastatin 40 mg. Inga blodförtunnande."),
        ("Status", "Vikt 148 kg, längd 179 cm. BT 144/90. Hjärta: regelbunden rytm, inga blåsljud. Lungor: normala andningsljud. Buk: obes, mjuk, inga bråck. Ben: inga ödem, inga varicer."),
        ("Lab", "HbA1c 62, kreatinin 81, ALAT 52, Hb 151, ferritin 140, kobalamin 310, D-vitamin 41. EKG: sinusrytm, normal överledning."),
        ("Bedömning", "Uppfyller kriterierna för obesitaskirurgi. Inga tecken på hjärtsvikt eller ischemi vid arbetsprov i december. Levern förstorad på ultraljud men utan tecken på cirros, ska krympa med LCD. Ingen misstanke om ätstörning vid psykologbedömning."),
        ("Planering", "Anmäls till operation, beräknad väntetid fyra månader. Lågkaloridiet tre veckor före op. Ev. remiss till tandläkare inför op om tandstatus inte är gjort i år. Metformin och GLP1-analog sätts ut dagen före."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Lång preoperativ bedömning: bara fastställda diagnoser, negationer ('inga tecken på', 'ingen misstanke om') och planhedgar.")

C("d78-lang-gbp-femarskontroll-anemi-ej-informerad", V, "1972-07-21", 339, [
    N("n1", M, "Sjuksköterskeanteckning", "v_obes_skovde", ("Camilla Rask", SSK), "2024-05-22T10:00", 40, OV, [
        ("Anamnes", "Gastric bypass 2019, utgångsvikt 128 kg. Hypertoni som försvann efter op. Inga andra kroniska sjukdomar. Arbetar heltid som undersköterska på äldreboende."),
        ("Aktuellt", "Femårskontroll. Vikt 84 kg, stabil sedan två år. Har slutat med multivitamin och kalcium för ett år sedan eftersom hon tyckte att hon mådde bra. Tar B12-injektion på VC, senast i mars. Trött på eftermiddagarna, andfådd i trappor, håravfall. Inga dumpingbesvär, äter fem mål om dagen. Avföring normal."),
        ("Status", "Blek i huden. Puls 96, BT 112/70. Ärr ua. Vikt 84,2 kg, BMI 29,5."),
        ("Kost", "Äter frukost med yoghurt och müsli, lunch på jobbet, middag hemma. Undviker rött kött sedan två år av etiska skäl och har inte ersatt det med något järnrikt. Dricker tre koppar kaffe om dagen, ofta i samband med måltid."),
        ("Social anamnes", "Skild, bor med två barn på 14 och 17 år. Tränar på gym två gånger i veckan. Röker inte."),
        ("Lab", "Hb 92, MCV 71, ferritin 4, transferrinmättnad 6 %. 25-OH-vitamin D 19, PTH 11,8, Ca 2,21. Kobalamin 410, folat 8. Zink lågt normalt."),
        ("Bedömning", "Järnbristanemi och D-vitaminbrist med sekundär hyperparatyreoidism efter GBP, orsakat av utsatta tillskott. Dr Nyberg har bedömt proverna och vill ta ställning till iv järn. Pat ej informerad om anemin och D-vitaminbristen ännu; läkaren ringer henne i morgon."),
        ("Åtgärd", "Pat uppmanad att återuppta multivitamin och kalcium med D-vitamin. Telefontid bokad med läkare. Ny kontroll av blodstatus om sex veckor."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Lång GBP-kontroll där sjuksköterskan skriver in fastställd anemi och D-vitaminbrist och att patienten inte informerats.")

C("d78-lang-fotmott-misstankt-perifer-karlsjukdom", S, "1951-11-05", 371, [
    N("n1", M, "Läkaranteckning", "s_fot_lund", ("Gustaf Lind", LAK), "2024-09-09T08:15", None, OV, [
        ("Anamnes", "72-årig man med typ 2-diabetes sedan 2001, insulinbehandlad. Ischemisk hjärtsjukdom med PCI 2018. Före detta rökare, slutade 2010 efter 40 paketår. Bor med hustrun, går med käpp utomhus."),
        ("Aktuellt", "Remiss från hemsjukvården pga sår på höger häl sedan sju veckor utan läkningstendens trots avlastning och omläggning tre gånger i veckan. Vadsmärta efter 200 meters gång som släpper vid vila."),
        ("Status", "Hö häl: sår 2 x 2,5 cm med fibrinbelagd botten, ingen sondering till ben, ingen rodnad runt. Vä fot: hel hud, förtjockade naglar. Monofilament 0/3 hö, 1/3 vä. A. dorsalis pedis och a. tibialis posterior ej palpabla hö, svagt palpabla vä. Kapillär återfyllnad 4 s hö. Hårväxt saknas på underbenen."),
        ("Resultat", "Ankeltryck hö 95, vä 130, armtryck 150. Tåtryck hö 38 mmHg. Sårodling: normal hudflora."),
        ("Läkemedel", "Insulin degludek 34 E, insulin aspart till måltid, metformin 500 mg x 2, acetylsalicylsyra 75 mg, atorvastatin 80 mg, metoprolol 50 mg. Paracetamol vid behov för vadsmärtan."),
        ("Egenvård", "Hustrun hjälper till med fotinspektionen varje kväll. Har använt vanliga promenadskor utan avlastande inlägg. Sitter mycket i fåtölj med benen nedhängande på dagarna."),
        ("Bedömning", "Neuroischemiskt hälsår hö. Misstänkt perifer arteriell sjukdom hö ben med claudicatio och nedsatt tåtryck, sannolikt bidragande till utebliven läkning. Ingen infektion."),
        ("Planering", "Remiss till kärlkirurg för ställningstagande till angiografi. Avlastande ortos utprovas på ortopedtekniska i veckan. Omläggning fortsätter via hemsjukvården, nytt besök hos oss om tre veckor."),
    ])],
    [("NL102", "n1")], [],
    "Lång fotanteckning med 'Misstänkt perifer arteriell sjukdom' i synlig Bedömning.")

C("d78-lang-epikris-vuxen-typ1-debut-informerad", S, "1999-04-16", 236, [
    N("n1", M, "Epikris", "s_med_avd_lund", ("Alva Nordin", LAK), "2024-07-12T14:30", 60, SV, [
        ("Epikris", "25-årig man utan tidigare sjukdomar sökte akuten med tre veckors törst, polyuri och 7 kg viktnedgång, sista dygnet illamående och kräkningar. Vid ankomst P-glukos 31, pH 7,09, BE -22, B-ketoner 6,2. Behandlades enligt DKA-PM med vätska, kalium och insulininfusion på intermediärvårdsplats i ett dygn, därefter övergång till subkutant basal-bolus. GAD-ak 1200 och IA-2-ak positiva, C-peptid 0,1."),
        ("Diagnoser", "E10.1 Typ 1-diabetes med ketoacidos, nydebuterad."),
        ("Vårdförlopp", "Snabb förbättring. Utbildad av diabetessjuksköterska i insulinteknik, kolhydraträkning, sjukdagsregler och CGM. Dietist träffad två gånger. Inga svåra hypoglykemier under vårdtiden."),
        ("Information", "Pat och hans flickvän har fått utförlig information om diagnosen typ 1-diabetes av undertecknad och diabetessjuksköterska. Informerad om körkortsregler och att han ska meddela läkare vid svåra känningar."),
        ("Status vid utskrivning", "Opåverkad, äter och dricker normalt. Vikt 68 kg. Glukos 5–11 senaste dygnet."),
        ("Läkemedel", "Insulin glargin 16 E till kvällen. Insulin aspart enligt kolhydratkvot 1:10 och korrektionsfaktor 2,5. Glukagon nasalt. Ketonstickor."),
        ("Uppföljning", "Telefonkontakt med diabetessjuksköterska om tre dagar. Läkarbesök på Diabetesmottagningen i Lund om tre veckor. Sjukskriven till och med den 28/7."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Lång epikris: säker typ 1-diabetes med ketoacidos, patienten fullt informerad.")

C("d78-lang-graviditet-gdm-misstankt-mody2", V, "1994-06-10", 542, [
    N("n1", M, "Läkaranteckning", "v_kvinno_nal", ("Helena Dahl", LAK), "2024-08-29T11:10", 45, OV, [
        ("Anamnes", "30-årig omföderska i graviditetsvecka 27. Förra graviditeten 2021 diagnostiserades graviditetsdiabetes, insulinbehandlad från v 30, förlöst med sectio pga stort barn 4620 g. Normalvikt före graviditet, BMI 22."),
        ("Aktuellt", "Remitterad efter OGTT i v 26 med fastevärde 6,9 och tvåtimmarsvärde 8,2. Fasteglukos 6,2–6,8 sedan tonåren enligt tidigare journaler. Pappa har haft lätt förhöjt blodsocker hela livet utan behandling."),
        ("Status", "BT 116/72. SF-mått 28 cm, följer kurvan. Fosterljud 140/min. Urinsticka: glukos 1+, i övrigt neg."),
        ("Lab", "HbA1c 42. GAD-ak neg. Egenmätningar: fastande 6,3–6,9, efter måltid 6,5–7,8."),
        ("Bedömning", "Graviditetsdiabetes enligt kriterierna. Möjlig MODY 2 (GCK-diabetes) med tanke på livslångt stabilt förhöjt fasteglukos, litet glukosstegring vid belastning och liknande bild hos pappan. Det påverkar hur hårt fasteglukos ska behandlas, då ett foster som ärvt varianten växer normalt trots moderns värden."),
        ("Planering", "Genetisk analys av GCK skickad efter samtal om vad resultatet innebär. Tillväxtultraljud v 28 och v 32 styr insulinbeslut. Kost enligt dietist. Kontroll hos diabetesbarnmorska varannan vecka."),
    ])],
    [("NL102", "n1")], [],
    "Lång specialistmödravårdsanteckning: graviditetsdiabetes säker, 'Möjlig MODY 2' hedgad och synlig.")

C("d78-lang-pmo-arskontroll-flera-hedgar", S, "1958-09-28", 175, [
    N("n1", P, "Diabetesbesök", "p_hassleholm", ("Monica Åström", SSK), "2024-10-23T09:00", 30, OV, [
        ("Anamnes", "66-årig kvinna med typ 2-diabetes sedan 2010, metformin och sitagliptin. Hypertoni, hyperlipidemi. Änka, bor ensam i villa, två döttrar i närheten."),
        ("Aktuellt", "Årskontroll hos diabetessjuksköterska. Har känt sig yr på morgonen ett par gånger. Fötterna känns kalla och domnar på natten. Ser sämre på nära håll, nya glasögon för två år sedan."),
        ("Status", "Vikt 79 kg, midjemått 98 cm. BT sittande 152/86, stående 138/80. Fotstatus: torr hud, förhårdnad under hö häl. Monofilament 2/3 bilat, vibrationssinne nedsatt vid stortåleden. Fotpulsar svaga men palpabla."),
        ("Lab", "HbA1c 58, LDL 2,9, kreatinin 88, eGFR 61, U-alb/krea 4,1."),
        ("Bedömning", "Trol. begynnande perifer neuropati. Misstänkt diabetesnefropati med tanke på albuminurin. Ev. ortostatisk hypotoni som orsak till yrseln."),
        ("Åtgärd", "Fotvårdsremiss, riskgrupp 2. Nytt U-alb/krea om tre månader. Tid hos distriktsläkare för blodtryck och ställningstagande till SGLT2-hämmare. Ögonfoto enligt kallelse."),
    ])],
    [], [("NL102", "n1")],
    "Lång PMO-årskontroll med tre hedgade diagnoser – PMO visar aldrig diagnoser.")

C("d78-lang-vgr-tidiga-hyp-lacker-i-bedomning", V, "1986-12-11", 498, [
    N("n1", M, "Mottagningsanteckning", "v_obes_su", ("Anna Lövgren", LAK), "2024-11-07T14:15", 50, OV, [
        ("Anamnes", "37-årig kvinna, gastric bypass 2020 med -45 kg. Typ 2-diabetes i remission sedan op. Depression i tonåren, ingen pågående behandling."),
        ("Aktuellt", "Planerat uppföljningsbesök, remitterad tillbaka från VC pga viktnedgång 12 kg på fyra månader och svimningskänsla. Berättar att hon äter ordentligt. Har börjat träna dagligen, ibland två pass. Kräks ibland efter middag, vilket hon förklarar med att portionerna blir för stora."),
        ("Status", "Vikt 58 kg, BMI 20,1. Puls 52, BT 98/60. Torr hud, lanugoliknande behåring på underarmarna. Hjärta och lungor ua. Buk mjuk, operationsärr läkta."),
        ("Lab", "Kalium 3,1, bikarbonat 31. Hb 121. Albumin 34. Glukos 4,2."),
        ("Tidiga hypoteser", "Misstänkt ätstörning efter obesitaskirurgi, med självframkallade kräkningar och överträning. Behöver ett förtroendefullt samtal innan det tas upp öppet."),
        ("Bedömning", "Undervikt med hypokalemi och metabol alkalos efter GBP. Trolig ätstörning; kräkningsmönstret passar inte med anastomosstriktur men det ska uteslutas med gastroskopi."),
        ("Planering", "Kaliumtillskott. Gastroskopi bokas inom 14 dagar. Nytt besök med kurator närvarande om en vecka. Dietistkontakt."),
    ])],
    [("NL102", "n1")], [],
    "Lång VGR-anteckning: hypotesen är korrekt placerad under Tidiga hypoteser men upprepas som 'Trolig ätstörning' i synlig Bedömning.")

C("d78-lang-barn-arskontroll-inga-komplikationer", S, "2013-11-20", 247, [
    N("n1", M, "Läkaranteckning", "s_barn_hbg", ("Lena Wik", LAK), "2024-10-14T09:30", 60, OV, [
        ("Anamnes", "10-årig flicka med typ 1-diabetes sedan 2019, insulinpump med sensorstyrning. Går i fyran, spelar fotboll tre gånger i veckan. Båda föräldrarna närvarande."),
        ("Aktuellt", "Årskontroll. Fungerar bra i skolan där assistenten hjälper till med kolhydraträkning vid lunch. Några känningar efter fotbollsträning, ingen svår hypoglykemi senaste året. Ingen ketoacidos."),
        ("Status", "Längd 142 cm och vikt 35 kg, följer sina kurvor. Pubertetsstadium Tanner 2. BT 104/62. Insticksställen utan lipohypertrofi. Sköldkörteln ej förstorad. Fötter och hud ua."),
        ("Lab", "HbA1c 49. TIR 71 %. TSH 1,8, TPO-ak neg. Transglutaminas-IgA neg. U-alb/krea normalt. Lipider normala."),
        ("Bedömning", "Välreglerad typ 1-diabetes. Ingen misstanke om celiaki eller tyreoideasjukdom. Inga tecken på njur- eller ögonpåverkan, ögonfoto inte aktuellt förrän vid tolv års ålder enligt programmet."),
        ("Planering", "Tillfällig basalsänkning 50 % en timme före fotbollsträning, föräldrarna lägger in det i pumpen. Ev. höjning av frukostkvoten om morgontopparna fortsätter. Nästa besök om tre månader hos diabetessjuksköterska."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Lång barnårskontroll (10 år): negationer av komplikationer och en planhedge, ingen hedgad diagnos.")

C("d78-lang-sleeve-reflux-informerad-trolig-hiatushernia", V, "1980-03-07", 386, [
    N("n1", M, "Läkaranteckning", "v_kir_lidkoping", ("Gustav Berg", LAK), "2024-12-12T10:40", 45, OV, [
        ("Anamnes", "44-årig man, sleeve-gastrektomi 2021 med utgångsvikt 139 kg. Typ 2-diabetes i remission, sömnapnén behöver inte längre CPAP."),
        ("Aktuellt", "Tilltagande sura uppstötningar och halsbränna nattetid sedan ett år, sover med höjd huvudända. PPI en gång dagligen hjälper delvis. Ingen dysfagi, ingen viktnedgång senaste halvåret. Vikt stabil runt 92 kg."),
        ("Status", "Opåverkad. Buk mjuk, oöm, ärren läkta. Ingen palpabel resistens."),
        ("Resultat", "Gastroskopi 28/11: esofagit LA grad B, ingen Barrettslemhinna. Ventrikeltubens form utan striktur eller vridning. Biopsier utan dysplasi."),
        ("Bedömning", "Refluxesofagit efter sleeve, känd komplikation. Trolig hiatushernia som bidragande orsak med tanke på bilden vid gastroskopin."),
        ("Information", "Pat informerad om esofagiten och om att konvertering till gastric bypass är den mest effektiva behandlingen om PPI i dubbel dos inte räcker."),
        ("Planering", "Omeprazol 40 mg x 2 i tre månader. Röntgen esofagus med kontrast. Återbesök med svar för beslut om eventuell konvertering."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Lång anteckning: esofagiten är säker och berättad (inte NL101) men 'Trolig hiatushernia' står hedgad synligt (NL102).")
# ---------------------------------------------------------------------------
# Validering och utskrift
# ---------------------------------------------------------------------------

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date() if isinstance(when, dt.datetime) else when
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    whys = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: case keys %s" % (n, list(c.keys())))
        if not n.startswith("d78-"):
            problems.append("%s: name lacks prefix d78-" % n)
        if n in names:
            problems.append("%s: duplicate case name" % n)
        names.add(n)
        if c["why"] in whys:
            problems.append("%s: duplicate why" % n)
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % n)
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            problems.append("%s: record keys" % n)
        for k in ("access_events", "conversations", "treatments"):
            if r[k] != []:
                problems.append("%s: %s not empty" % (n, k))
        p = r["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: pnr format" % n)
        else:
            if pid[:8] != bd.replace("-", ""):
                problems.append("%s: pnr does not match birth date" % n)
            ten = pid[2:8] + pid[9:]
            if luhn_digit(ten[:9]) != int(ten[9]):
                problems.append("%s: pnr Luhn" % n)
        try:
            dt.date.fromisoformat(bd)
        except ValueError:
            problems.append("%s: bad birth date" % n)
        as_of = dt.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not 2024" % n)
        ids = set()
        systems = {}
        for note in r["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                problems.append("%s: note keys" % n)
            nid = note["id"]
            if nid in ids:
                problems.append("%s: duplicate note id %s" % (n, nid))
            ids.add(nid)
            systems[nid] = note["system"]
            if note["system"] not in ("Melior", "PMO"):
                problems.append("%s: bad system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % n)
            if note["setting"] not in ("öppenvård", "slutenvård"):
                problems.append("%s: bad setting" % n)
            if set(note["unit"].keys()) != {"name", "hsa_id"} or set(note["author"].keys()) != {"name", "role"}:
                problems.append("%s: unit/author keys" % n)
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                problems.append("%s: note time not 2024" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: bad signed time" % n)
            if t > as_of:
                problems.append("%s: note after as_of" % n)
            for when in (t, as_of):
                a = age_at(bd, when)
                if 13 <= a <= 15:
                    problems.append("%s: patient aged %d" % (n, a))
            if not note["sections"]:
                problems.append("%s: note without sections" % n)
            for sec in note["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s: bad section" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            problems.append("%s: sentence repeated (also in %s): %s" % (n, seen_sent[sent], sent))
                        seen_sent.setdefault(sent, n)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % n)
        pairs_must = [tuple(x) for x in c["must"]]
        pairs_not = [tuple(x) for x in c["must_not"]]
        if set(pairs_must) & set(pairs_not):
            problems.append("%s: code both in must and must_not" % n)
        if len(set(pairs_must)) != len(pairs_must) or len(set(pairs_not)) != len(pairs_not):
            problems.append("%s: duplicate assertion" % n)
        for code, target in pairs_must + pairs_not:
            if code not in CODES:
                problems.append("%s: unexpected code %s" % (n, code))
            if target not in ids:
                problems.append("%s: target %s missing" % (n, target))
                continue
            if code == "NL101" and systems[target] == "PMO":
                problems.append("%s: NL101 asserted on PMO" % n)
        for code, target in pairs_must:
            if code == "NL102" and systems.get(target) != "Melior":
                problems.append("%s: NL102 must on non-Melior note" % n)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    regions = {"skane": 0, "vgr": 0}
    systems = {"Melior": 0, "PMO": 0}
    drafts = 0
    for c in CASES:
        regions[c["ruleset"]] += 1
        for note in c["record"]["notes"]:
            systems[note["system"]] += 1
            drafts += note["signed"] is None
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("regions:", regions, "notes per system:", systems, "unsigned drafts:", drafts)
    for code in sorted(stats):
        print("%s must=%d must_not=%d" % (code, stats[code]["must"], stats[code]["must_not"]))


if __name__ == "__main__":
    main()
