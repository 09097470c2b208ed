#!/usr/bin/env python3
"""Held-out set s28h49: NL101 / NL102 cases, hand-written Swedish journal notes.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

PREFIX = "s28h49_"

# ---------------------------------------------------------------- helpers


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def luhn_ok(ten):
    return luhn_check_digit(ten[:9]) == int(ten[9])


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_check_digit(nine))


U = {
    # Skåne, Melior (hospitals)
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4HB1"),
    "hbg_barn": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-4HB7"),
    "hbg_inf": ("Infektionskliniken, Helsingborgs lasarett", "SE2321000255-4HC2"),
    "hbg_onh": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-4HD5"),
    "hbg_psyk": ("Psykiatriska akutmottagningen, Helsingborg", "SE2321000255-4HP3"),
    "hbg_bup": ("Barn- och ungdomspsykiatriska akutmottagningen, Helsingborg", "SE2321000255-4HB9"),
    "lund_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "lund_kard": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7K22"),
    "lund_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7L31"),
    "lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7O44"),
    "lund_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7R12"),
    "lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7H08"),
    "lund_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7HM5"),
    "malmo_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8K17"),
    "malmo_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8I03"),
    "malmo_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8M26"),
    "malmo_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8U40"),
    "malmo_endo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8E11"),
    "malmo_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8G09"),
    "ksd_med": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6M14"),
    "ksd_kvinno": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-6K21"),
    "ystad_med": ("Medicinkliniken, Ystads lasarett", "SE2321000255-5Y02"),
    "trbg_med": ("Medicinavdelning 3, Trelleborgs lasarett", "SE2321000255-5T33"),
    "hlm_ort": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-6H18"),
    "landskr_med": ("Medicinkliniken, Landskrona lasarett", "SE2321000255-4L06"),
    "angel_akut": ("Närakuten, Ängelholms sjukhus", "SE2321000255-4A29"),
    "hbg_ogon": ("Ögonkliniken, Helsingborgs lasarett", "SE2321000255-4HO4"),
    # Skåne, PMO (primary care)
    "vc_lodde": ("Vårdcentralen Löddeköpinge", "SE2321000255-2V11"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-2V23"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-2V35"),
    "bvc_staffan": ("BVC Staffanstorp", "SE2321000255-2B07"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-2U14"),
    "vc_simris": ("Vårdcentralen Simrishamn", "SE2321000255-2V48"),
    "vc_hoganas": ("Vårdcentralen Höganäs", "SE2321000255-2V52"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-2V60"),
    # VGR, Melior
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0001"),
    "su_ostra_med": ("Medicinkliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E0142"),
    "su_ostra_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E0157"),
    "su_molndal_ort": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0233"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0310"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0322"),
    "su_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0351"),
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0377"),
    "su_hem": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0389"),
    "su_onh": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E0395"),
    "dsbs_akut": ("Barnakuten, Drottning Silvias barnsjukhus", "SE2321000131-E0411"),
    "sas_kvinno": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E1104"),
    "sas_kir": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E1118"),
    "sas_gastro": ("Gastromottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E1125"),
    "nal_psyk": ("Psykiatrimottagning vuxen, NU-sjukvården Trollhättan", "SE2321000131-E2207"),
    "nal_kard": ("Kardiologmottagningen, NÄL Trollhättan", "SE2321000131-E2219"),
    "udd_barn": ("Barn- och ungdomsmottagningen, Uddevalla sjukhus", "SE2321000131-E2230"),
    "sks_endo": ("Endokrinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E3011"),
    "sks_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E3024"),
    "sks_med": ("Medicinavdelning 11, Skaraborgs Sjukhus Skövde", "SE2321000131-E3037"),
    "alings_med": ("Medicinavdelning 5, Alingsås lasarett", "SE2321000131-E4005"),
    "kungalv_ger": ("Geriatriska avdelningen, Kungälvs sjukhus", "SE2321000131-E4112"),
    "kungalv_fysio": ("Fysioterapin, Kungälvs sjukhus", "SE2321000131-E4120"),
    "frol_reuma": ("Reumatologmottagningen, Frölunda Specialistsjukhus", "SE2321000131-E4230"),
}

PMO_UNITS = {"vc_lodde", "vc_tabelund", "vc_sjobo", "bvc_staffan", "um_lund",
             "vc_simris", "vc_hoganas", "vc_hoor"}


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(name, ruleset, birth, serial, as_of, notes, must, must_not, why, protected=False):
    return {
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
                        "protected_identity": protected},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    }


M, P = "Melior", "PMO"
L, SSK = "läkare", "sjuksköterska"
OV, SV = "öppenvård", "slutenvård"

CASES = []

# ---------------------------------------------------------------- data

CASES += [
    C("s28h49_akut_susp_lungemboli_efter_hoftprotes", "skane", "1961-09-02", "284",
      "2024-04-10T00:00:00",
      [N("n1", M, "Akutanteckning", "hbg_akut", "Oskar Lindqvist", L,
         "2024-04-08T21:40:00", "2024-04-08T23:05:00", OV,
         [("Anamnes", "62-årig kvinna, opererad med höftprotes vä för tre veckor sedan. "
                      "Sedan igår kväll andfådd vid minsta ansträngning och hugg i hö sida vid djupandning. Ingen feber."),
          ("Status", "AT: opåverkad men takypné. Sat 91% luft, AF 24, puls 108 reg. Cor: rr, inga blåsljud. "
                     "Pulm: ua bilat. Vä underben ngt svullet jmf hö."),
          ("Bedömning", "Misstänkt lungemboli efter nyligen genomgången ortopedkirurgi. D-dimer 2,8. "
                        "Startar Innohep i beh-dos i väntan på DT-angio.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "AT at the ED writes 'Misstänkt lungemboli' in Bedömning of a Melior note; nothing about telling"),

    C("s28h49_vgr_trol_pneumoni_andrasprak", "vgr", "1948-02-11", "379",
      "2024-01-20T00:00:00",
      [N("n1", M, "Daganteckning", "su_ostra_med", "Mihai Popescu", L,
         "2024-01-17T10:15:00", "2024-01-17T11:02:00", SV,
         [("Aktuellt", "Pat har hosta med gult slem sen 4 dagar och feber 39 igår. "
                       "Han säger andning är tyngre när han går trappa."),
          ("Status", "Crepitationer hö basalt. Sat 94 %. CRP 142, LPK 14,1."),
          ("Bedömning", "Trol. pneumoni hö basalt, patienten inte påverkad mycket. "
                        "Jag startar PcV 1g x3 och vi ser på svar imorgon.")])],
      [("NL102", "n1")], [],
      "abbreviated hedge 'Trol. pneumoni' in a VGR daily note, second-language word order"),

    C("s28h49_gastro_ingen_misstanke_malignitet", "skane", "1979-06-23", "046",
      "2024-03-05T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "malmo_gastro", "Hanna Wikström", L,
         "2024-03-01T13:10:00", "2024-03-01T15:45:00", OV,
         [("Anamnes", "Pat remitterad från vc pga järnbrist och diffusa magbesvär. "
                      "Gastroskopi och koloskopi gjorda i februari."),
          ("Bedömning", "Skopifynden och PAD är helt benigna och det finns ingen misstanke om malignitet. "
                        "Järnbristen bedöms bero på hennes rikliga mens som hon haft i många år."),
          ("Planering", "Järntabletter fortsätter, Hb och ferritin på vc om 3 mån. Åter hit vid behov.")])],
      [], [("NL102", "n1")],
      "negated suspicion 'ingen misstanke om malignitet' is the only suspicion word in the note"),

    C("s28h49_vgr_ort_fragetecken_scaphoideumfraktur", "vgr", "1995-10-30", "513",
      "2024-05-02T00:00:00",
      [N("n1", M, "Akutanteckning", "su_molndal_ort", "Tomasz Nowak", L,
         "2024-04-29T17:20:00", "2024-04-29T18:00:00", OV,
         [("Anamnes", "Föll på cykel igår, tog emot sig med hö hand. Ont radialt i handleden."),
          ("Status", "Palpöm i fossa tabatière. Rörlighet nedsatt pga smärta. Perifert status ua."),
          ("Utredning", "Rtg hö handled: ingen säker fraktur."),
          ("Bedömning", "?Scaphoideumfraktur hö. Gips med tumme inkluderad, ny rtg om 10-14 dagar.")])],
      [("NL102", "n1")], [],
      "question-mark prefix '?Scaphoideumfraktur' is a hedged diagnosis in a visible Bedömning"),

    C("s28h49_pad_koloncancer_ej_informerad", "skane", "1952-12-04", "157",
      "2024-03-25T00:00:00",
      [N("n1", M, "Läkaranteckning", "ystad_med", "Björn Ekdahl", L,
         "2024-03-19T14:20:00", "2024-03-19T14:50:00", OV,
         [("Utredning", "PAD från koloskopin 12/3: adenocarcinom i sigmoideum, måttligt differentierat."),
          ("Åtgärd", "Pat ej informerad ännu. Tid bokad hos mig på fredag för besked tillsammans med "
                     "kontaktsjuksköterska. Remiss DT thorax-buk skickad för stadieindelning.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "confirmed cancer by PAD stands in a visible note that says the patient is not yet informed"),

    C("s28h49_pmo_missankt_uvi_typo", "skane", "1987-05-17", "228",
      "2024-02-14T00:00:00",
      [N("n1", P, "Besöksanteckning", "vc_lodde", "Katarzyna Wójcik", L,
         "2024-02-12T09:40:00", "2024-02-12T10:05:00", OV,
         [("Aktuellt", "Sveda vid miktion och täta trängningar sedan 3 dygn. Ingen feber, inga flanksmärtor."),
          ("Bedömning", "Missänkt okomplicerad UVI. U-sticka nitrit pos, leukocyter 3+. "
                        "Selexid 200 mg x 3 i 3 dagar. Åter vid feber.")])],
      [], [("NL102", "n1")],
      "typo 'Missänkt' UVI, but PMO never shows diagnoses so no NL102"),

    C("s28h49_vgr_lungemboli_uteslutes_dt", "vgr", "1969-07-08", "491",
      "2024-06-12T00:00:00",
      [N("n1", M, "Akutanteckning", "su_akut", "Reza Karimi", L,
         "2024-06-10T02:15:00", "2024-06-10T04:30:00", OV,
         [("Anamnes", "54-årig man med andfåddhet och bröstsmärta efter långflygning från Bangkok igår."),
          ("Utredning", "DT lungartärer: inga fyllnadsdefekter. Lungemboli uteslutes. "
                        "EKG sinusrytm utan ischemitecken, hs-TnT 6 x2."),
          ("Bedömning", "Muskuloskeletal bröstsmärta, ömmar över costochondrala övergångar. Hem med Alvedon.")])],
      [], [("NL102", "n1")],
      "pulmonary embolism is ruled out ('uteslutes'); the final diagnosis is stated without hedge"),

    C("s28h49_kir_dd_appendicit_lymfadenit_utkast", "skane", "2004-11-19", "635",
      "2024-02-04T00:00:00",
      [N("n1", M, "Inskrivningsanteckning", "malmo_kir", "Farah Haddad", L,
         "2024-02-03T03:25:00", None, SV,
         [("Anamnes", "19-årig man med buksmärta som började kring naveln i natt och nu sitter i hö fossa. "
                      "Illamående, kräkts en gång."),
          ("Status", "Buk mjuk men palpöm och släppömhet hö fossa, Rovsings tecken positivt. Temp 38,1."),
          ("Bedömning", "DD appendicit, mesenteriell lymfadenit. Fastar, ulj buk bokat.")])],
      [("NL102", "n1")], [],
      "unsigned admission note with 'DD appendicit' in Bedömning"),

    C("s28h49_vgr_melanom_besked_per_telefon", "vgr", "1973-01-29", "362",
      "2024-09-20T00:00:00",
      [N("n1", M, "Telefonanteckning", "su_hud", "Nadia Berisha", L,
         "2024-09-16T11:30:00", "2024-09-16T11:48:00", OV,
         [("Telefonkontakt", "Ringt upp pat och meddelat PAD-svaret från excisionen på ryggen: malignt melanom, "
                             "tjocklek 0,6 mm. Pat informerad om vad det betyder och att en utvidgad excision behövs. "
                             "Frågor besvarade."),
          ("Planering", "Remiss plastikkirurg för utvidgad excision 1 cm marginal. Hudkontroll var 6:e mån.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "melanoma diagnosis given to the patient by phone in the same note: told, so no NL101"),

    C("s28h49_kard_hereditet_trolig_infarkt_far", "skane", "1998-04-15", "592",
      "2024-10-08T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "lund_kard", "Sara Nilsson", L,
         "2024-10-03T08:50:00", "2024-10-03T12:10:00", OV,
         [("Anamnes", "Hereditet: far avled 52 år i trolig hjärtinfarkt, farbror har misstänkt hypertrofisk "
                      "kardiomyopati och utreds i Göteborg. Pat själv asymtomatisk, spelar innebandy."),
          ("Status", "Cor: regelbunden rytm, inget blåsljud i vila eller vid Valsalva. BT 124/76."),
          ("Bedömning", "Ulj hjärta och arbetsprov utan anmärkning. Inga tecken på kardiomyopati hos pat. "
                        "Ny kontroll om 3 år eller tidigare om farbroderns gentest visar något.")])],
      [], [("NL102", "n1")],
      "hedged diagnoses belong to the father and uncle; for the patient cardiomyopathy is negated"),

    C("s28h49_vgr_inf_endokardit_kan_ej_uteslutas", "vgr", "1985-03-03", "317",
      "2024-08-30T00:00:00",
      [N("n1", M, "Daganteckning", "su_ostra_inf", "Priya Natarajan", L,
         "2024-08-27T09:05:00", "2024-08-27T10:20:00", SV,
         [("Aktuellt", "Fortsatt feber trots två dygns kloxacillin. Blododling 2/2 växer S. aureus."),
          ("Bedömning", "Endokardit kan ej utslutas hos denna pat med tidigare iv-missbruk. "
                        "TTE utan säkra vegetationer, TEE bokad på torsdag."),
          ("Planering", "Fortsatt iv antibiotika, nya blododlingar imorgon bitti.")])],
      [("NL102", "n1")], [],
      "typo 'kan ej utslutas': 'Endokardit kan ej uteslutas' keeps the diagnosis open in a visible section"),

    C("s28h49_vgr_plan_hedgar_erysipelas", "vgr", "1941-09-12", "084",
      "2024-07-15T00:00:00",
      [N("n1", M, "Daganteckning", "alings_med", "Viktor Almgren", L,
         "2024-07-11T10:40:00", "2024-07-11T11:15:00", SV,
         [("Aktuellt", "Dag 4 på avd för erysipelas hö underben. "
                       "Rodnaden har gått tillbaka fint och hon är afebril sedan igår."),
          ("Planering", "Byter till peroralt Heracillin idag. Trolig utskrivning imorgon förmiddag om fortsatt afebril. "
                        "Ev. remiss till sårmottagning för bensåret, diskuteras med ssk. "
                        "Eventuellt kompressionsbehandling längre fram.")])],
      [], [("NL102", "n1")],
      "hedges only on plans (trolig utskrivning, ev. remiss, eventuellt kompression); erysipelas is confirmed"),

    C("s28h49_neuro_bilden_talar_for_ms_informerad", "skane", "1994-07-21", "406",
      "2024-11-22T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "lund_neuro", "Olena Kovalenko", L,
         "2024-11-18T14:00:00", "2024-11-19T08:30:00", OV,
         [("Anamnes", "Kvinna 30 år som för två månader sedan hade synnedsättning hö öga med smärta vid ögonrörelse, "
                      "det gick över själv på några veckor. Nu stickningar i båda ben sedan tio dagar."),
          ("Bedömning", "Bilden talar för multipel skleros enligt min bedömning men för att säkert vi behöver "
                        "MR hjärna och rygg och LP. Patienten fick information om vad vi tror och hon förstår.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "'talar för multipel skleros' is hedged and visible even though the patient was told of the suspicion"),

    C("s28h49_skane_tidiga_hypoteser_ftd", "skane", "1957-02-08", "713",
      "2024-04-26T00:00:00",
      [N("n1", M, "Tidiga hypoteser", "malmo_minne", "Kerstin Holm", L,
         "2024-04-24T15:10:00", "2024-04-24T16:00:00", OV,
         [("Bedömning", "Anhörigas beskrivning av personlighetsförändring, hämningslöshet och nya matvanor inger "
                        "misstanke om frontotemporal demens. Bör inte kommuniceras förrän neuropsykologisk testning "
                        "och FDG-PET är klara.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "Skåne note in the Tidiga hypoteser template: the suspicion and the 'not yet told' are protected"),

    C("s28h49_vgr_aml_ej_fatt_besked", "vgr", "1966-10-25", "251",
      "2024-05-17T00:00:00",
      [N("n1", M, "Läkaranteckning", "su_hem", "Ibrahim Osman", L,
         "2024-05-16T11:00:00", "2024-05-16T11:40:00", SV,
         [("Utredning", "Benmärgsaspiration och flödescytometri visar akut myeloisk leukemi, FLT3-analys pågår."),
          ("Planering", "Patienten har ännu inte fått besked, han är på väg in från Alingsås. "
                        "Informationssamtal med pat och fru i eftermiddag tillsammans med kontaktssk. "
                        "Plats på avd 52 reserverad, induktion planeras måndag.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "AML diagnosis visible while 'Patienten har ännu inte fått besked'"),
]

CASES += [
    C("s28h49_barn_sannolikt_kawasaki", "skane", "2019-08-14", "668",
      "2024-05-20T00:00:00",
      [N("n1", M, "Inskrivningsanteckning", "hbg_barn", "Elin Sjöberg", L,
         "2024-05-18T19:30:00", "2024-05-18T22:10:00", SV,
         [("Anamnes", "4-årig flicka med feber sedan sex dagar trots Alvedon. "
                      "Mamma har sett röda ögon och att läpparna är spruckna."),
          ("Status", "Bilat konjunktival injektion utan sekret. Jordgubbstunga. "
                     "Svullna händer och fötter, 2 cm lymfkörtel hö halssida."),
          ("Bedömning", "Sannolikt Kawasakis sjukdom. Eko hjärta ikväll, startar IVIG och ASA efter samråd med bakjour.")])],
      [("NL102", "n1")], [],
      "child under 13 (guardian reads): 'Sannolikt Kawasakis sjukdom' visible in a Melior admission note"),

    C("s28h49_vgr_hud_bild_som_vid_psoriasis", "vgr", "1990-12-02", "439",
      "2024-02-23T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_hud", "Leila Ahmadi", L,
         "2024-02-20T10:30:00", "2024-02-20T16:40:00", OV,
         [("Status", "Välavgränsade erytematösa plack med silvervit fjällning på armbågar och knän, "
                     "nagelgropar på flera naglar."),
          ("Bedömning", "Bild som vid psoriasis vulgaris. Dermovat kutan lösning till hårbotten och "
                        "Daivobet gel till kroppen, återbesök 8 v.")])],
      [("NL102", "n1")], [],
      "'Bild som vid psoriasis' is a clinical hedge on a diagnosis"),

    C("s28h49_reuma_kan_rora_sig_om_pmr", "skane", "1950-05-30", "815",
      "2024-01-12T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "lund_reuma", "Ahmad Rahimi", L,
         "2024-01-09T09:20:00", "2024-01-09T12:00:00", OV,
         [("Anamnes", "73-årig man med stelhet i skuldror och höfter på morgonen i två timmar, "
                      "svårt att kamma håret. SR 68, CRP 41."),
          ("Bedömning", "Kan röra sig om polymylagia reumatika. Ingen huvudvärk, inga synbesvär eller "
                        "käkclaudicatio idag. Provar Prednisolon 15 mg och utvärderar om 1 v.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "'Kan röra sig om polymylagia reumatika' (typo in the diagnosis) in Bedömning; negated GCA symptoms are no diagnosis"),

    C("s28h49_vgr_endo_fragestallning_cushing", "vgr", "1982-09-09", "560",
      "2024-03-14T00:00:00",
      [N("n1", M, "Läkaranteckning", "sks_endo", "Samira El-Amin", L,
         "2024-03-11T15:00:00", "2024-03-12T09:15:00", OV,
         [("Utredning", "Frågeställning Cushings syndrom hos 41-årig kvinna med viktökning, breda lila striae och "
                        "svårinställd hypertoni. Dygnsurin-kortisol och 1 mg dexametasontest ordineras.")])],
      [("NL102", "n1")], [],
      "one-line note: 'Frågeställning Cushings syndrom' under Utredning is an open diagnostic question"),

    C("s28h49_minne_oklart_om_lewy_body", "skane", "1944-06-18", "273",
      "2024-09-06T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "malmo_minne", "Per-Anders Lund", L,
         "2024-09-03T13:30:00", "2024-09-04T10:05:00", OV,
         [("Bedömning", "Oklart om det rör sig om Lewy body-demens eller Alzheimers sjukdom med parkinsonism; "
                        "synhallucinationer och fluktuerande vakenhet talar närmast för det förra. DAT-scan beställs."),
          ("Planering", "Återbesök med hustrun efter DAT-scan. Undvik neuroleptika.")])],
      [("NL102", "n1")], [],
      "'Oklart om det rör sig om Lewy body-demens eller Alzheimers' leaves two diagnoses open"),

    C("s28h49_hem_kll_informerad_dottern_ej", "skane", "1949-11-11", "382",
      "2024-12-12T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "lund_hem", "Johanna Falk", L,
         "2024-12-09T10:00:00", "2024-12-09T11:30:00", OV,
         [("Bedömning", "Lymfocytos 28 och flödescytometri bekräftar kronisk lymfatisk leukemi, Binet A. "
                        "Ingen behandlingsindikation."),
          ("Information", "Pat informerad om diagnosen och om aktiv exspektans. Hon önskar att dottern inte "
                          "informeras förrän efter jul, vilket respekteras.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "patient told about CLL; only the daughter is not to be told yet"),

    C("s28h49_vgr_kir_ev_blod_symtom_hemorrojder", "vgr", "1976-08-07", "693",
      "2024-10-25T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "sas_kir", "Elias Forsberg", L,
         "2024-10-22T08:15:00", "2024-10-22T09:00:00", OV,
         [("Anamnes", "Pat uppger ev. lite ljusrött blod på toapappret sedan en månad. Möjligen också lite klåda analt. "
                      "Normala avföringsvanor, ingen viktnedgång."),
          ("Status", "Proktoskopi: hemorrojder grad II kl 3 och 7, ingen fissur. Rektalpalp ua."),
          ("Bedömning", "Hemorrojder. Scheriproct och fiberrikt. Koloskopi ej indicerat nu.")])],
      [], [("NL102", "n1")],
      "hedges 'ev.' and 'Möjligen' qualify symptoms only; the diagnosis is stated plainly"),

    C("s28h49_pmo_trolig_depression_vc", "skane", "1999-03-26", "240",
      "2024-11-07T00:00:00",
      [N("n1", P, "Besöksanteckning", "vc_tabelund", "Amir Hosseini", L,
         "2024-11-05T14:40:00", "2024-11-05T15:20:00", OV,
         [("Aktuellt", "Sedan hösten sover dåligt, orkar inte plugga, gråter ofta. Inga suicidtankar, PHQ-9 17 p."),
          ("Bedömning", "Trolig medelsvår depression. Startar Sertralin 50 mg, remiss till psykolog på vc, uppföljning 3 v.")])],
      [], [("NL102", "n1")],
      "hedged depression in a PMO primary-care note: PMO never shows diagnoses"),

    C("s28h49_vgr_lungcancer_not_yet_informed_engelska", "vgr", "1955-04-04", "458",
      "2024-06-21T00:00:00",
      [N("n1", M, "Läkaranteckning", "su_lung", "Wei Zhang", L,
         "2024-06-18T16:05:00", "2024-06-19T07:50:00", OV,
         [("Utredning", "EBUS från station 7 och biopsi: skivepitelcancer, PD-L1 pending."),
          ("Bedömning", "Pat not yet informed om cancer diagnosis, planerat family meeting på måndag med dotter "
                        "som tolkar. Tumörkonferens torsdag.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "code-switching writer: 'Pat not yet informed om cancer diagnosis' next to a confirmed squamous cell cancer"),

    C("s28h49_inf_zoster_villkor_om_nackstelhet", "skane", "1981-02-17", "576",
      "2024-08-09T00:00:00",
      [N("n1", M, "Läkaranteckning", "hbg_inf", "Daniel Svensson", L,
         "2024-08-06T11:10:00", "2024-08-06T11:55:00", OV,
         [("Anamnes", "Brännande smärta vä bröstkorg sedan 3 dagar, igår kom blåsor i ett bälte från ryggen och framåt."),
          ("Status", "Grupperade vesiklar på rodnad botten i Th5-dermatom vä. Ögon ua, inga neurologiska bortfall."),
          ("Bedömning", "Herpes zoster thorakalt vä. Valaciklovir 1 g x 3 i 7 dagar, Alvedon och vid behov Tramadol."),
          ("Planering", "Om tilltagande huvudvärk, nackstelhet eller feber över 39 ska hon söka akut direkt. "
                        "Om blåsor i ansiktet eller nära ögat, kontakta oss samma dag.")])],
      [], [("NL102", "n1")],
      "conditional safety-netting ('Om ... nackstelhet') is no hedged diagnosis; zoster is confirmed"),

    C("s28h49_vgr_uro_sannolkt_njursten_typo", "vgr", "1988-01-13", "719",
      "2024-04-04T00:00:00",
      [N("n1", M, "Jouranteckning", "sks_uro", "Ali Haidari", L,
         "2024-04-02T13:50:00", "2024-04-02T14:30:00", OV,
         [("Anamnes", "Plötslig kolikartad smärta hö flank med strålning mot ljumsken sedan i morse, kräkts två gånger."),
          ("Status", "Dunkömhet hö njurloge. U-sticka blod 3+. Krea 88."),
          ("Bedömning", "Sannolkt njursten hö sida. Voltaren supp gav effekt, DT urinvägar imorgon förmiddag.")])],
      [("NL102", "n1")], [],
      "typo 'Sannolkt' (sannolikt) on a kidney stone diagnosis in a visible VGR note"),

    C("s28h49_ssk_enl_jour_misstankt_sepsis", "skane", "1938-07-27", "148",
      "2024-01-30T00:00:00",
      [N("n1", M, "Omvårdnadsanteckning", "landskr_med", "Malin Persson", SSK,
         "2024-01-28T21:55:00", "2024-01-28T23:40:00", SV,
         [("Omvårdnad", "Pat varm och förvirrad vid kvällsrond, temp 39,4, BT 92/55, AF 26. "
                        "Ringt jour dr Ali som bedömer misstänkt sepsis utgångspunkt urinvägar. "
                        "Startat sepsisflöde enl PM, odlingar tagna innan Cefotaxim kl 21.40.")])],
      [("NL102", "n1")], [],
      "nurse relays the doctor's 'misstänkt sepsis' in a visible nursing note"),

    C("s28h49_vgr_barn_blodning_kan_uteslutas", "vgr", "2016-10-04", "823",
      "2024-03-10T00:00:00",
      [N("n1", M, "Akutanteckning", "dsbs_akut", "Hedvig Lilja", L,
         "2024-03-08T16:20:00", "2024-03-08T23:10:00", OV,
         [("Anamnes", "7-årig pojke som ramlade från klätterställning ca 2 m och slog bakhuvudet. "
                      "Kort medvetslöshet enligt fröken, kräkts en gång."),
          ("Utredning", "DT skalle: ingen fraktur, intrakraniell blödning kan uteslutas."),
          ("Bedömning", "Commotio cerebri. Observation 6 h på akuten, sedan hem med vak-råd till föräldrarna.")])],
      [], [("NL102", "n1")],
      "'blödning kan uteslutas' (can be excluded) is the opposite of 'kan ej uteslutas'"),

    C("s28h49_kard_aortastenos_ej_informerats", "skane", "1943-05-19", "395",
      "2024-02-09T00:00:00",
      [N("n1", M, "Daganteckning", "lund_kard", "Karim Mansour", L,
         "2024-02-07T15:30:00", "2024-02-07T16:15:00", SV,
         [("Aktuellt", "Inlagd pga svimning i hemmet. Eko idag: svår aortastenos, Vmax 4,8 m/s, AVA 0,7 cm², EF 55%."),
          ("Bedömning", "Pat har inte informerats om ekofyndet ännu, tas upp av ansvarig överläkare på ronden imorgon "
                        "när dottern kan vara med. Remiss till TAVI-konferens.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "severe aortic stenosis (a diagnosis) visible while the patient 'har inte informerats om ekofyndet'"),

    C("s28h49_pmo_bvc_misstankt_autism", "skane", "2021-09-15", "620",
      "2024-03-20T00:00:00",
      [N("n1", P, "BVC-besök", "bvc_staffan", "Ruta Kazlauskiene", L,
         "2024-03-18T09:00:00", "2024-03-18T09:45:00", OV,
         [("Aktuellt", "2,5-årskontroll. Föräldrarna oroliga då hon inte pratar, svarar inte på namn och "
                       "leker mest med att rada upp bilar."),
          ("Bedömning", "Misstänkt autism. M-CHAT positiv. Remiss till barnhabiliteringen och hörselkontroll.")])],
      [], [("NL102", "n1")],
      "BVC in PMO: suspected autism in a toddler is never shown from PMO"),

    C("s28h49_vgr_lang_inskrivning_trolig_urosepsis", "vgr", "1945-12-22", "507",
      "2024-10-16T00:00:00",
      [N("n1", M, "Inskrivningsanteckning", "sks_med", "Fatima Yousef", L,
         "2024-10-14T22:35:00", "2024-10-15T01:20:00", SV,
         [("Inkomstorsak", "Feber och frossa sedan igår, förvirrad enligt hustrun."),
          ("Anamnes", "Tidigare frisk förutom BPH med KAD sedan två veckor efter urinstämma. Hustrun har märkt att "
                      "urinen varit grumlig och illaluktande sedan i helgen. Ingen hosta, ingen diarré."),
          ("Status", "AT: påverkad, varm, lätt förvirrad. Temp 39,6, BT 98/60, puls 118, AF 22, sat 95%. "
                     "Cor: takykard, regelbunden, inga biljud. Pulm: ua. Buk: mjuk, lätt ömmande suprapubiskt. "
                     "KAD in situ med grumlig urin."),
          ("Lab", "CRP 210, LPK 18,4, laktat 3,1, krea 142 (tidigare 85)."),
          ("Bedömning", "Trolig urosepsis med KAD som fokus. Prerenal njursvikt."),
          ("Åtgärd", "Blododlingar x2 och urinodling tagna, KAD byttes. Piperacillin/tazobactam 4 g x 4, "
                     "Ringer-Acetat 1000 ml snabbt. Vätskelista, timdiures.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "long six-section admission chart; one hedge 'Trolig urosepsis' in Bedömning"),

    C("s28h49_inf_misstanke_tbc_avskrivs", "skane", "1992-02-28", "919",
      "2024-06-05T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "malmo_inf", "Sofia Andersson", L,
         "2024-06-03T10:10:00", "2024-06-03T10:50:00", OV,
         [("Aktuellt", "Kontroll efter utredning för långvarig hosta och viktnedgång efter vistelse i Somalia."),
          ("Utredning", "Sputum x3 direktmikroskopi negativ, PCR för M. tuberculosis negativ, odlingar utan växt "
                        "efter 6 v. DT thorax visar endast små ärr i hö spets."),
          ("Bedömning", "Misstanken om lungtuberkolos avskrivs. Hostan är borta och vikten har ökat 3 kg. "
                        "Pat avslutas på mottagningen.")])],
      [], [("NL102", "n1")],
      "'Misstanken om lungtuberkolos avskrivs' (typo): a suspicion that is written off"),

    C("s28h49_vgr_crohn_datum_ej_informerad", "vgr", "1997-06-06", "185",
      "2024-05-29T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "sas_gastro", "Ramin Tavakoli", L,
         "2024-05-27T13:00:00", "2024-05-27T14:10:00", OV,
         [("Bedömning", "Koloskopi och PAD bekräftar Crohns sjukdom i terminala ileum, vilket pat fick besked om "
                        "redan vid förra besöket. Måttlig aktivitet trots Budenofalk."),
          ("Planering", "Start av adalimumab. Pat ej informerad om datum för första injektion ännu, "
                        "IBD-ssk ringer när läkemedlet levererats till apoteket.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "what the patient is not yet told is a start date; the Crohn diagnosis was told earlier"),

    C("s28h49_onh_fynden_talar_for_meniere", "skane", "1964-09-27", "604",
      "2024-07-04T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "hbg_onh", "Stefan Olsson", L,
         "2024-07-01T09:30:00", "2024-07-01T13:00:00", OV,
         [("Anamnes", "Återkommande attacker med rotatorisk yrsel i flera timmar, lock för vä öra och tinnitus. "
                      "Tre attacker senaste månaden."),
          ("Utredning", "Audiogram: lågfrekvent sensorineural hörselnedsättning vä. Huvudimpulstest normalt."),
          ("Bedömning", "Fynden talar för Ménières sjukdom vä. Betahistin provas, saltreducerad kost, "
                        "ny audiometri om 3 mån.")])],
      [("NL102", "n1")], [],
      "'Fynden talar för Ménières sjukdom' in a visible ENT note"),

    C("s28h49_vgr_neuro_inget_som_talar_for_stroke", "vgr", "1958-03-31", "867",
      "2024-11-29T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_neuro", "Mikael Strand", L,
         "2024-11-26T10:45:00", "2024-11-26T12:30:00", OV,
         [("Anamnes", "Remitterad från akuten efter episod med yrsel och dimsyn i 20 min förra veckan."),
          ("Status", "Neurologiskt status helt ua, NIHSS 0. Inga kranialnervspåverkan."),
          ("Bedömning", "MR hjärna med diffusion utan ischemi, karotisdoppler utan stenos och långtids-EKG visar "
                        "sinusrytm. Inget som talar för stroke eller TIA. Yrseln bedöms vestibulär, BPPV-manöver "
                        "positiv hö och Epleys manöver utförd.")])],
      [], [("NL102", "n1")],
      "'Inget som talar för stroke eller TIA' negates the 'talar för' hedge"),
]

CASES += [
    C("s28h49_vgr_gyn_misstankt_extrauterin", "vgr", "1993-02-19", "126",
      "2024-08-16T00:00:00",
      [N("n1", M, "Akutanteckning", "sas_kvinno", "Ana Lucía Romero", L,
         "2024-08-14T07:40:00", "2024-08-14T08:30:00", OV,
         [("Anamnes", "Senaste mens för 7 veckor sedan. Positivt graviditetstest hemma. "
                      "Sedan i morse smärta vä i nedre buken och lite brunaktig blödning."),
          ("Status", "Vag ul: ingen intrauterin gestationssäck, liten mängd fri vätska i fossa Douglasi. S-hCG 1850."),
          ("Bedömning", "Misstänkt extrauterin graviditet vänster sida. Pat stabil cirkulatoriskt. "
                        "Inläggs för observation och ny hCG om 48 h.")])],
      [("NL102", "n1")], [],
      "'Misstänkt extrauterin graviditet' in a visible gynecology emergency note"),

    C("s28h49_lung_inger_misstanke_cancer_pat_vet", "skane", "1956-11-03", "771",
      "2024-02-28T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "lund_lung", "Dmitrij Ivanov", L,
         "2024-02-26T11:00:00", "2024-02-26T13:45:00", OV,
         [("Aktuellt", "Återbesök efter DT thorax som gjordes pga långdragen hosta. Rökare 40 paketår."),
          ("Utredning", "DT: 3 cm spikulerad förändring i hö överlob samt förstorade mediastinala körtlar."),
          ("Bedömning", "Fynden inger stark misstanke om lungcancer. Pat informerad om fyndet och om att vi "
                        "misstänker cancer, han tog det lugnt men frågade mycket. Bronkoskopi och PET-DT bokas.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "'inger stark misstanke om lungcancer' is visible; the patient was told, so NL101 stays silent"),

    C("s28h49_vgr_psyk_mojlig_bipolar_typ2", "vgr", "1991-07-12", "302",
      "2024-01-26T00:00:00",
      [N("n1", M, "Läkaranteckning", "nal_psyk", "Yusuf Demir", L,
         "2024-01-24T14:00:00", None, OV,
         [("Anamnes", "Pat söker med nedstämdhet sedan november. Berättar om perioder tidigare där hon sov 3 timmar "
                      "per natt, handlade för 40 000 kr och kände sig 'on top of the world'."),
          ("Bedömning", "Möjlig bipolär sjukdom typ II, nuvarande episod depressiv. "
                        "Vill ej starta SSRI i monoterapi innan detta är klarlagt."),
          ("Planering", "Stämningsdagbok, återbesök 3 v, anhörigintervju med sambo.")])],
      [("NL102", "n1")], [],
      "psychiatric hypothesis 'Möjlig bipolär sjukdom typ II' in a visible psychiatry note"),

    C("s28h49_neuro_als_besked_forst_vid_nybesok", "skane", "1962-08-30", "435",
      "2024-10-18T00:00:00",
      [N("n1", M, "Läkaranteckning", "lund_neuro", "Anders Håkansson", L,
         "2024-10-15T15:20:00", "2024-10-15T16:00:00", OV,
         [("Utredning", "ENeG/EMG: utbredd denervation i tre regioner, normal sensorisk ledning. "
                        "Tillsammans med kliniken uppfylls kriterierna för amyotrofisk lateralskleros."),
          ("Planering", "Pat ska inte få besked om ALS-diagnosen förrän vid nybesöket 24/10, då kurator och "
                        "ALS-ssk är med. Hustrun kallas också.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "ALS diagnosis is settled and visible, but the note says the patient must not be told until the next visit"),

    C("s28h49_vgr_gyn_cin3_ej_infromerad_typo", "vgr", "1996-04-08", "582",
      "2024-09-12T00:00:00",
      [N("n1", M, "Läkaranteckning", "sas_kvinno", "Maria Gustafsson", L,
         "2024-09-10T12:10:00", "2024-09-10T12:35:00", OV,
         [("Provsvar", "Biopsi från kolposkopin: CIN 3 (HSIL) i transformationszonen."),
          ("Planering", "Pat är ännu inte infromerad, kallas till gynmottagningen nästa vecka för besked och "
                        "planering av konisering.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "typo 'infromerad': CIN 3 result visible while the patient is not yet informed"),

    C("s28h49_med_diffrentialdiagnos_divertikulit_typo", "skane", "1959-01-21", "813",
      "2024-05-10T00:00:00",
      [N("n1", M, "Daganteckning", "trbg_med", "Goran Petrović", L,
         "2024-05-08T09:30:00", "2024-05-08T10:10:00", SV,
         [("Aktuellt", "Vänstersidig buksmärta sedan 3 dagar, feber 38,5, lös avföring utan blod."),
          ("Status", "Palpöm vä fossa, ingen peritonit. CRP 96, LPK 12."),
          ("Bedömning", "Diffrentialdiagnos: divertikulit, kolit. DT buk med iv kontrast idag, under tiden Tazocin.")])],
      [("NL102", "n1")], [],
      "typo 'Diffrentialdiagnos' listing open diagnoses in a visible note"),

    C("s28h49_vgr_kard_dotter_misstankt_brostcancer", "vgr", "1951-10-10", "668",
      "2024-11-15T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "nal_kard", "Hussein Al-Jabouri", L,
         "2024-11-12T13:20:00", "2024-11-12T14:00:00", OV,
         [("Anamnes", "Kontroll av förmaksflimmer, sinusrytm sedan konverteringen i maj. Pat berättar att hennes dotter "
                      "har misstänkt bröstcancer och väntar på svar på biopsin, pat är orolig och sover dåligt."),
          ("Status", "EKG sinusrytm 68/min, BT 138/82. Inga ödem."),
          ("Bedömning", "Förmaksflimmer i sinusrytm på Multaq. Fortsätter Eliquis. Kontroll om 6 mån.")])],
      [], [("NL102", "n1")],
      "the suspected breast cancer is the daughter's, not the patient's"),

    C("s28h49_akut_ingen_missanke_dvt_typo", "skane", "1971-05-05", "924",
      "2024-07-24T00:00:00",
      [N("n1", M, "Akutanteckning", "angel_akut", "Jenny Larsson", L,
         "2024-07-22T18:05:00", "2024-07-22T19:30:00", OV,
         [("Anamnes", "Svullen vä vad efter långresa med buss från Polen, ont vid gång."),
          ("Status", "Omkrets vä vad 1 cm större än hö, inga varicer, lätt ömhet över gastrocnemius."),
          ("Utredning", "Ulj vä ben: normal komprimerbarhet i alla vener, D-dimer <0,3."),
          ("Bedömning", "Ingen missanke om DVT efter ulj. Smärtan bedöms muskulär, Ipren vb och rörelse.")])],
      [], [("NL102", "n1")],
      "typo in a negation: 'Ingen missanke om DVT' still rules the diagnosis out"),

    C("s28h49_vgr_reuma_ej_forenlig_med_gikt", "vgr", "1940-03-23", "719",
      "2024-04-19T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "frol_reuma", "Kristina Bäckström", L,
         "2024-04-17T10:00:00", "2024-04-17T11:20:00", OV,
         [("Anamnes", "Akut svullet hö knä sedan igår, inget trauma. Urat normalt på vc."),
          ("Utredning", "Ledpunktion: grumlig ledvätska, LPK 18 000, odling negativ, polarisationsmikroskopi visar "
                        "romboida positivt dubbelbrytande kristaller, inga uratkristaller."),
          ("Bedömning", "Bilden ej förenlig med gikt. Akut pseudogikt (CPPD-artrit) hö knä. "
                        "Depo-Medrol 40 mg i.a., kontroll vb.")])],
      [], [("NL102", "n1")],
      "'ej förenlig med gikt' negates the hedge; the final diagnosis is confirmed by crystals"),

    C("s28h49_pmo_um_susp_klamydia", "skane", "2007-02-14", "440",
      "2024-03-08T00:00:00",
      [N("n1", P, "Besöksanteckning", "um_lund", "Linnea Ek", "barnmorska",
         "2024-03-06T15:30:00", "2024-03-06T16:00:00", OV,
         [("Aktuellt", "Kommer för att partnern har fått positivt klamydiatest. Själv lite flytningar senaste veckan."),
          ("Bedömning", "Susp. klamydia, smittspårning påbörjad. Klamydiaprov taget, Doxyferm enl ordination från läkare.")])],
      [], [("NL102", "n1")],
      "17-year-old at the youth clinic in PMO: 'Susp. klamydia' is never shown from PMO"),

    C("s28h49_vgr_ger_misstankt_felprovtagning", "vgr", "1934-12-29", "052",
      "2024-12-04T00:00:00",
      [N("n1", M, "Daganteckning", "kungalv_ger", "Jonas Lindh", L,
         "2024-12-02T10:20:00", "2024-12-02T11:00:00", SV,
         [("Aktuellt", "Pat mår bra, äter bättre, mobiliserad med rollator till toaletten."),
          ("Lab", "K 6,4 i morse men provet var hemolyserat enligt lab, ingen EKG-påverkan."),
          ("Bedömning", "Misstänkt felprovtagning, nytt kalium tas från annat stick kl 13. "
                        "Fortsätter behandling av pneumonin med Doxyferm dag 5.")])],
      [], [("NL102", "n1")],
      "'Misstänkt felprovtagning' suspects a sampling error, not a disease; pneumonia is confirmed"),

    C("s28h49_hem_tidiga_hypoteser_lacker_i_lakaranteckning", "skane", "1977-09-17", "196",
      "2024-06-28T00:00:00",
      [N("n1", M, "Tidiga hypoteser", "lund_hem", "Tobias Ring", L,
         "2024-06-25T10:30:00", "2024-06-25T10:45:00", OV,
         [("Bedömning", "Splenomegali och B-symtom inger misstanke om lymfom, benmärg och PET planeras. "
                        "Avvaktar med att lägga hypotesen i vanlig anteckning tills PAD finns.")]),
       N("n2", M, "Läkaranteckning", "lund_hem", "Tobias Ring", L,
         "2024-06-25T11:00:00", "2024-06-25T11:20:00", OV,
         [("Information", "Pat informerad om att vi behöver ta fler prover pga förstorad mjälte."),
          ("Bedömning", "Trolig lymfom, PET-DT bokad och benmärgsprov på tisdag.")])],
      [("NL102", "n2")], [("NL102", "n1")],
      "the hypothesis was put in Tidiga hypoteser (n1) but leaks as 'Trolig lymfom' in the ordinary note n2"),

    C("s28h49_vgr_barn_th_sokord_men_bedomning_lacker", "vgr", "2017-11-30", "357",
      "2024-04-12T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "udd_barn", "Oksana Melnyk", L,
         "2024-04-10T14:15:00", "2024-04-10T15:30:00", OV,
         [("Anamnes", "6-årig pojke med blekhet, blåmärken och trötthet sedan 3 veckor. "
                      "Mamma berättar om nattliga bensmärtor."),
          ("Status", "Blek, petekier på bålen, lever 3 cm under arcus. Generell lymfadenopati."),
          ("Lab", "Hb 78, TPK 24, LPK 42 med blaster i utstryket."),
          ("Tidiga hypoteser", "Blodbilden inger stark misstanke om akut lymfatisk leukemi."),
          ("Bedömning", "Trolig leukemi, akut remiss till barnonkologen DSBS, föräldrarna informerade om att "
                        "det är allvarligt och att fler prover behövs.")])],
      [("NL102", "n1")], [],
      "VGR: the suspicion sits under sökord Tidiga hypoteser but is repeated as 'Trolig leukemi' in visible Bedömning"),

    C("s28h49_vgr_psyk_th_sokord_personlighetsstorning", "vgr", "2001-05-26", "268",
      "2024-10-02T00:00:00",
      [N("n1", M, "Läkaranteckning", "nal_psyk", "Camilla Öberg", L,
         "2024-09-30T09:00:00", "2024-09-30T10:10:00", OV,
         [("Aktuellt", "Återbesök, sertralin 100 mg sedan 8 v. Sover bättre, fortfarande svårt med arbetet."),
          ("Bedömning", "Depressiv episod, medelsvår, i partiell remission. Höjer Sertralin till 150 mg."),
          ("Tidiga hypoteser", "Impulsivitet, självskadehistorik och instabila relationer gör att emotionellt "
                               "instabil personlighetsstörning bör övervägas. Ej diskuterat med pat ännu, "
                               "behöver längre observation.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "VGR: the hypothesis and the 'not discussed with pat' are only under the protected sökord Tidiga hypoteser"),

    C("s28h49_neuro_normal_mr_ej_fatt_svar", "skane", "1985-12-12", "064",
      "2024-03-15T00:00:00",
      [N("n1", M, "Läkaranteckning", "lund_neuro", "Henrik Dahl", L,
         "2024-03-13T16:00:00", "2024-03-13T16:25:00", OV,
         [("Utredning", "MR hjärna med kontrast: normalt fynd, inga vitsubstansförändringar."),
          ("Bedömning", "Känd migrän utan aura sedan tonåren, nu tätare anfall. Pat har ännu inte fått svaret på MR, "
                        "ringer henne imorgon. Provar profylax med propranolol.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "what is not yet told is a normal MRI result; the migraine is long known"),
]

CASES += [
    C("s28h49_med_impression_likely_pyelonefrit", "skane", "1983-07-30", "880",
      "2024-09-04T00:00:00",
      [N("n1", M, "Inskrivningsanteckning", "ksd_med", "Chidi Okafor", L,
         "2024-09-02T20:10:00", "2024-09-02T22:00:00", SV,
         [("Aktuellt", "Feber 39,8, frossa och ont i hö flank sedan igår. Sveda vid miktion i helgen."),
          ("Status", "Dunkömhet hö. U-sticka nitrit pos, leuk 3+. CRP 188."),
          ("Bedömning", "Impression: likely pyelonefrit hö. Cefotaxim 1 g x 3 iv efter urinodling och blododling, "
                        "ulj njurar om ej bättre om 48h.")])],
      [("NL102", "n1")], [],
      "English hedge 'likely pyelonefrit' written by a locum in a Swedish Melior note"),

    C("s28h49_vgr_gastro_misstanke_om_celiaki", "vgr", "1989-09-19", "702",
      "2024-02-09T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "sas_gastro", "Lina Sandberg", L,
         "2024-02-06T09:10:00", "2024-02-06T11:30:00", OV,
         [("Anamnes", "Lös avföring och uppblåsthet i flera år, järnbrist trots tabletter. Moster har celiaki."),
          ("Bedömning", "Misstake om celiaki. Transglutaminas-ak skickat, pat ska fortsätta äta gluten "
                        "tills gastroskopi med biopsi.")])],
      [("NL102", "n1")], [],
      "typo 'Misstake om celiaki' for the patient; the aunt's celiac disease is confirmed family history"),

    C("s28h49_akut_sannolikt_glomt_medicin_utkast", "skane", "1990-04-17", "211",
      "2024-12-22T00:00:00",
      [N("n1", M, "Akutanteckning", "ystad_med", "Pedro Alves", L,
         "2024-12-20T23:10:00", None, OV,
         [("Anamnes", "Känd epilepsi på Lamotrigin. Generaliserat krampanfall hemma ikväll, sambo såg det, varade 2 min."),
          ("Lab", "S-lamotrigin under mätbar nivå."),
          ("Bedömning", "Sannolikt har pat inte tagit sin medicin senaste veckan, han medger att han slarvat efter flytten. "
                        "Kliniskt inga tecken på ny intrakraniell process. Dosett och påminnelse i mobilen.")])],
      [], [("NL102", "n1")],
      "unsigned draft: 'Sannolikt' hedges non-adherence, not a diagnosis; epilepsy is known"),

    C("s28h49_vgr_endo_tidigare_misstankt_nu_bekraftad", "vgr", "1968-08-08", "342",
      "2024-10-31T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "sks_endo", "Nils Jakobsson", L,
         "2024-10-29T14:00:00", "2024-10-29T15:05:00", OV,
         [("Bedömning", "Den tidigare misstänkta hypotyreosen är nu bekräftad: TSH 14, fritt T4 8, "
                        "TPO-ak kraftigt förhöjda. Hashimotos tyreoidit."),
          ("Planering", "Levaxin 50 mikrog, TSH om 6 v.")])],
      [], [("NL102", "n1")],
      "earlier suspicion now confirmed ('är nu bekräftad'): the diagnosis is no longer uncertain"),

    C("s28h49_ogon_fragetecken_pa_plan", "skane", "1978-12-01", "995",
      "2024-05-16T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "hbg_ogon", "Aisha Mohammed", L,
         "2024-05-14T08:30:00", "2024-05-14T12:40:00", OV,
         [("Status", "Visus hö 0,6, vä 1,0. OCT hö: subretinal vätska makulärt."),
          ("Bedömning", "Central serös korioretinopati hö. Pat har använt kortisonkräm i månader, rekommenderas sluta."),
          ("Planering", "Ny OCT om 6 v? Diskuteras med överläkare på fredag.")])],
      [], [("NL102", "n1")],
      "the only '?' is on the follow-up plan; the retinal diagnosis is confirmed by OCT"),

    C("s28h49_kvinno_endometriecancer_ej_underrattad", "skane", "1957-03-09", "546",
      "2024-11-01T00:00:00",
      [N("n1", M, "Läkaranteckning", "ksd_kvinno", "Emma Roos", L,
         "2024-10-29T13:15:00", "2024-10-29T13:40:00", OV,
         [("Anamnes", "Postmenopausal blödning sedan 2 månader. Endometriet 9 mm vid vag ul."),
          ("Provsvar", "PAD endometriebiopsi: endometrioid adenocarcinom grad 1."),
          ("Planering", "Pat ej underrättad ännu om PAD-svaret. Kallas till mottagningen på torsdag för besked, "
                        "kontaktssk bokad. Anmäld till gyn-onkologisk MDK.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "endometrial cancer by PAD is visible; 'Pat ej underrättad ännu om PAD-svaret'"),

    C("s28h49_vgr_ger_alzheimer_sonen_vill_vara_med", "vgr", "1941-06-02", "117",
      "2024-02-16T00:00:00",
      [N("n1", M, "Läkaranteckning", "kungalv_ger", "Marta Kowalczyk", L,
         "2024-02-13T11:00:00", "2024-02-13T12:20:00", OV,
         [("Utredning", "Kognitiv utredning klar: MMSE 19, DT hjärna med hippocampusatrofi, "
                        "likvor med typiskt Alzheimermönster."),
          ("Bedömning", "Diagnos Alzheimers sjukdom, sen debut. Vi har ännu inte informerat patienten om diagnosen, "
                        "sonen vill vara med vid beskedet och kommer nästa vecka. Donepezil startas efter beskedet.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "Alzheimer diagnosis in Bedömning while 'Vi har ännu inte informerat patienten om diagnosen'"),

    C("s28h49_uro_prostatacancer_infomerad_typo", "skane", "1950-02-14", "455",
      "2024-03-01T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "malmo_uro", "Jakob Mattsson", L,
         "2024-02-27T10:00:00", "2024-02-27T12:15:00", OV,
         [("Provsvar", "MR prostata PI-RADS 5 och riktade biopsier visar prostatacancer Gleason 4+3 i 5 av 8 biopsier."),
          ("Information", "Pat infomerad om diagnosen och behandlingsalternativen, önskar betänketid. Frun var med."),
          ("Planering", "Skelettscint, MDK nästa vecka, återbesök om 3 v.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "typo 'infomerad' but the patient was told about his prostate cancer"),

    C("s28h49_vgr_epikris_diabetes_inget_om_information", "vgr", "1966-01-04", "539",
      "2024-06-07T00:00:00",
      [N("n1", M, "Epikris", "alings_med", "Sanna Holmberg", L,
         "2024-06-05T14:30:00", "2024-06-06T08:10:00", SV,
         [("Epikris", "Inlagd pga hyperglykemi och dehydrering, P-glukos 31 vid ankomst. HbA1c 98. "
                      "Diagnos: Typ 2-diabetes, nyupptäckt. Insulatard 14 E till natten och Metformin upptrappning. "
                      "Diabetessköterska har gått igenom insulinteknik och kost. "
                      "Uppföljning diabetesmottagningen om 2 v.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "confirmed new diagnosis, nothing at all said about telling the patient"),

    C("s28h49_hem_hodgkin_besked_senare_anteckning", "skane", "2002-03-22", "674",
      "2024-08-12T00:00:00",
      [N("n1", M, "Läkaranteckning", "lund_hem", "Sahar Nouri", L,
         "2024-08-06T15:00:00", "2024-08-06T15:20:00", OV,
         [("Provsvar", "PAD från körtelexstirpationen på halsen: klassiskt Hodgkins lymfom, nodulär skleros."),
          ("Planering", "Besked om diagnosen ej lämnat, pat nås inte på telefon idag. "
                        "Ny tid för besked bokas via kontaktssk.")]),
       N("n2", M, "Mottagningsanteckning", "lund_hem", "Sahar Nouri", L,
         "2024-08-08T10:00:00", "2024-08-08T11:30:00", OV,
         [("Information", "Pat informerad idag om Hodgkins lymfom och om att prognosen oftast är god. "
                          "Mamman med vid samtalet."),
          ("Planering", "PET-DT för stadieindelning, fertilitetsbevarande remiss, start ABVD planeras.")])],
      [("NL101", "n1")], [("NL101", "n2")],
      "n1 shows the lymphoma while saying the news is not yet given; n2 two days later records the telling"),

    C("s28h49_vgr_akut_missankt_tia_typo", "vgr", "1952-07-19", "239",
      "2024-01-05T00:00:00",
      [N("n1", M, "Akutanteckning", "su_akut", "Kalle Nyström", L,
         "2024-01-03T08:45:00", "2024-01-03T10:30:00", OV,
         [("Anamnes", "Hustrun såg att munnen hängde på hö sida och att han sluddrade i ca 15 min vid frukost, "
                      "nu helt återställd."),
          ("Status", "NIHSS 0. BT 172/94. EKG förmaksflimmer, ej känt sedan tidigare."),
          ("Bedömning", "Missänkt TIA, ABCD2 5. Nyupptäckt FF. DT + DT-angio ua. Läggs in på strokeenheten "
                        "för vidare utredning och start av antikoagulantia.")])],
      [("NL102", "n1")], [],
      "typo 'Missänkt TIA' in a VGR emergency note"),

    C("s28h49_kir_jag_misstanker_gallsten", "skane", "1974-10-11", "560",
      "2024-04-05T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "malmo_kir", "Andrei Ionescu", L,
         "2024-04-03T13:40:00", "2024-04-03T14:20:00", OV,
         [("Anamnes", "Hon har ont under höger revbensbåge efter fet mat, varje gång ca 2 timmar, sedan flera månader. "
                      "Ingen gulsot."),
          ("Status", "Lite öm under hö arcus, Murphys tecken negativ idag. Lab leverstatus normal."),
          ("Bedömning", "Jag misstänker gallsten med återkommande gallstensanfall. Ultraljud lever och gallvägar "
                        "beställt, sedan vi pratar om operation.")])],
      [("NL102", "n1")], [],
      "verb form 'Jag misstänker gallsten' is a hedged diagnosis"),

    C("s28h49_vgr_med_kan_vara_gikt_diuretika", "vgr", "1947-05-29", "015",
      "2024-03-22T00:00:00",
      [N("n1", M, "Daganteckning", "sks_med", "Erik Sundqvist", L,
         "2024-03-20T09:50:00", None, SV,
         [("Aktuellt", "Inlagd för hjärtsvikt, diureserar bra på Furix. I natt plötslig smärta och svullnad vä stortå, "
                       "kan inte ha täcket på."),
          ("Status", "Vä MTP I rodnad, varm, mkt palpöm. Urat 612."),
          ("Bedömning", "Kan vara gikt utlöst av diuretika. Colchicin 0,5 mg x 2, ledpunktion om inte bättre.")])],
      [("NL102", "n1")], [],
      "'Kan vara gikt' hedges a diagnosis in a visible ward note"),

    C("s28h49_epikris_trolig_viral_gastroenterit", "skane", "2000-08-18", "928",
      "2024-01-19T00:00:00",
      [N("n1", M, "Epikris", "trbg_med", "Anneli Berggren", L,
         "2024-01-17T15:00:00", "2024-01-17T16:45:00", SV,
         [("Epikris", "23-årig kvinna inlagd ett dygn pga kräkningar och diarré med uttorkning, flera på hennes "
                      "arbetsplats har liknande symtom. Rehydrerad iv, äter och dricker nu. Utskriven med diagnos "
                      "trolig viral gastroenterit. Sjukskriven resten av veckan.")])],
      [("NL102", "n1")], [],
      "discharge summary gives the diagnosis as 'trolig viral gastroenterit'"),

    C("s28h49_vgr_fysio_misstankt_rotatorcuffruptur", "vgr", "1963-02-25", "571",
      "2024-12-13T00:00:00",
      [N("n1", M, "Fysioterapianteckning", "kungalv_fysio", "Johan Westin", "fysioterapeut",
         "2024-12-11T10:00:00", "2024-12-11T11:10:00", OV,
         [("Anamnes", "Föll på isen för 3 v sedan med utsträckt arm, sedan dess svårt att lyfta hö arm över axelhöjd."),
          ("Status", "Aktiv abduktion hö 70°, passiv full. Positivt drop arm-test, nedsatt kraft utåtrotation."),
          ("Bedömning", "Misstänkt rotatorcuffruptur hö. Kontaktat ortoped för snabb remiss till ulj, "
                        "ingen träning med belastning tills vidare.")])],
      [("NL102", "n1")], [],
      "physiotherapist's 'Misstänkt rotatorcuffruptur' in a visible Melior note"),
]

CASES += [
    C("s28h49_med_susp_dvt_vaderna", "skane", "1970-11-26", "383",
      "2024-07-05T00:00:00",
      [N("n1", M, "Läkaranteckning", "landskr_med", "Yasmin Khalil", L,
         "2024-07-03T11:25:00", "2024-07-03T11:50:00", OV,
         [("Aktuellt", "Pat med cytostatikabehandlad bröstcancer, nu svullen och öm vä vad sedan 2 dagar."),
          ("Bedömning", "susp. DVT vä underben. Ulj bokad kl 14, ger en dos Fragmin innan.")])],
      [("NL102", "n1")], [],
      "lowercase abbreviation 'susp. DVT' opens the assessment; the cancer itself is known"),

    C("s28h49_vgr_inf_ev_neuroborrelios", "vgr", "1979-08-01", "652",
      "2024-08-23T00:00:00",
      [N("n1", M, "Läkaranteckning", "su_ostra_inf", "Ivana Horvat", L,
         "2024-08-21T15:40:00", "2024-08-21T16:30:00", OV,
         [("Anamnes", "Fästingbett i juni på Orust. Sedan 3 v brännande nattliga smärtor i bröstryggen och nu "
                      "sned i ansiktet sedan igår."),
          ("Status", "Perifer facialispares vä, House-Brackmann III. Övrigt neurologstatus ua."),
          ("Bedömning", "Ev. neuroborrelios. LP imorgon bitti med borreliaserologi och index, startar Doxyferm redan idag.")])],
      [("NL102", "n1")], [],
      "'Ev. neuroborrelios': the abbreviation ev. hedges a diagnosis here, not a plan"),

    C("s28h49_reuma_prel_diagnos_reaktiv_artrit", "skane", "1997-01-30", "179",
      "2024-10-11T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "lund_reuma", "Tarik Hadžić", L,
         "2024-10-09T08:30:00", "2024-10-09T09:40:00", OV,
         [("Anamnes", "Svullet hö knä och vä fotled sedan 10 dagar, hade magsjuka med blodig diarré i Thailand för 3 v sedan."),
          ("Diagnos", "Prel. diagnos: reaktiv artrit. Fecesodling från vc växte Campylobacter."),
          ("Åtgärd", "Naproxen 500 mg x 2, HLA-B27 tas, återbesök 4 v.")])],
      [("NL102", "n1")], [],
      "'Prel. diagnos' (preliminary) under sökord Diagnos is an unsettled diagnosis"),

    C("s28h49_vgr_brost_suspekt_malign_informerad", "vgr", "1962-05-15", "066",
      "2024-05-24T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "sas_kir", "Hanna Grönlund", L,
         "2024-05-22T09:00:00", "2024-05-22T12:10:00", OV,
         [("Utredning", "Mammografi och ulj vä bröst: 14 mm oregelbunden förändring kl 2, BI-RADS 5. "
                        "Mellannålsbiopsi tagen."),
          ("Bedömning", "Suspekt malign förändring vä bröst. Pat informerad om att fyndet ser misstänkt ut och att "
                        "vi får PAD om en vecka, kontaktssk har gett sitt nummer.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "'Suspekt malign förändring' is a hedged cancer diagnosis; the patient knows of the suspicion"),

    C("s28h49_barn_krampanfall_epilepsi_vs_synkope", "skane", "2014-02-03", "735",
      "2024-02-29T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "hbg_barn", "Nora Eklund", L,
         "2024-02-27T13:00:00", "2024-02-27T14:45:00", OV,
         [("Anamnes", "10-årig pojke som föll ihop på skolgården, ryckningar i armarna några sekunder, "
                      "blek före. Pappa har filmat ett liknande anfall hemma."),
          ("Bedömning", "Krampanfall? Epilepsi vs konvulsiv synkope. EEG med sömndeprivation och EKG med QTc beställs.")])],
      [("NL102", "n1")], [],
      "child 10 (guardian reads): 'Epilepsi vs konvulsiv synkope' is a differential in a visible note"),

    C("s28h49_vgr_hypotes_autoimmun_hepatit", "vgr", "1986-12-19", "824",
      "2024-09-27T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_ostra_med", "Goran Ilić", L,
         "2024-09-25T10:15:00", "2024-09-25T11:50:00", OV,
         [("Lab", "ALAT 6,8, ASAT 5,2, IgG 24, ASMA positiv 1:160. Hepatitserologi negativ."),
          ("Bedömning", "Hypotes: autoimmun hepatit. Leverbiopsi bokas, ingen alkohol, pat ska inte börja med Prednisolon "
                        "innan biopsi är gjord.")])],
      [("NL102", "n1")], [],
      "'Hypotes: autoimmun hepatit' written in an ordinary visible Bedömning"),

    C("s28h49_inf_telefon_verkar_vara_rosfeber", "skane", "1955-09-07", "498",
      "2024-06-19T00:00:00",
      [N("n1", M, "Telefonanteckning", "hbg_inf", "Ulla Magnusson", SSK,
         "2024-06-17T08:20:00", "2024-06-17T08:35:00", OV,
         [("Telefonkontakt", "Pat ringer, rodnad och värme på hö underben sedan igår, har feber 38,7. "
                             "Verkar vara rosfeber enligt bilden pat skickat via 1177. Bokad akut läkartid kl 10.")])],
      [("NL102", "n1")], [],
      "nurse phone note: 'Verkar vara rosfeber' is a lay-worded hedged diagnosis"),

    C("s28h49_vgr_akut_telegrafisk_dd_ulcus_gastrit", "vgr", "1968-04-28", "416",
      "2024-04-24T00:00:00",
      [N("n1", M, "Akutanteckning", "su_akut", "Rasmus Ljung", L,
         "2024-04-22T01:40:00", None, OV,
         [("Anamnes", "Epigastriesmärta 2 d, värre fastande. Tar Ipren dagligen pga ryggvärk."),
          ("Status", "Buk mjuk, öm epigastriet, ingen défense. Hb 131, lipas ua."),
          ("Bedömning", "dd ulcus/gastrit. Omeprazol 40 mg, stoppa NSAID, gastroskopiremiss.")])],
      [("NL102", "n1")], [],
      "unsigned telegraphic night note: lowercase 'dd ulcus/gastrit'"),

    C("s28h49_pmo_trolig_sinuit", "skane", "1972-06-30", "802",
      "2024-02-02T00:00:00",
      [N("n1", P, "Telefonkontakt", "vc_simris", "Ingrid Åkesson", SSK,
         "2024-01-31T10:05:00", None, OV,
         [("Telefonkontakt", "Tät i näsan och värk över kindbenen sedan 12 dagar, blev bättre och sedan sämre igen. "
                             "Trolig sinuit enl dr Nyberg, recept på Kåvepenin skickat till apoteket.")])],
      [], [("NL102", "n1")],
      "hedged sinusitis in a PMO phone note: PMO diagnoses are not shown"),

    C("s28h49_pmo_tidiga_hypoteser_alkohol", "skane", "1969-10-13", "655",
      "2024-10-21T00:00:00",
      [N("n1", P, "Tidiga hypoteser", "vc_hoganas", "Fredrik Wallin", L,
         "2024-10-18T16:00:00", "2024-10-18T16:25:00", OV,
         [("Bedömning", "GT 3,1 och CDT förhöjt, hustrun har ringt och är orolig. Misstänkt alkoholberoende, "
                        "tas upp försiktigt vid nästa besök.")])],
      [], [("NL102", "n1")],
      "PMO note in the Tidiga hypoteser template: protected twice over"),

    C("s28h49_vgr_kir_talar_emot_appendicit", "vgr", "2003-01-08", "248",
      "2024-07-31T00:00:00",
      [N("n1", M, "Akutanteckning", "sas_kir", "Olivia Hedlund", L,
         "2024-07-29T20:30:00", "2024-07-29T22:15:00", OV,
         [("Anamnes", "21-årig kvinna med smärta i hö nedre buken sedan i eftermiddags, mitt i cykeln."),
          ("Status", "Lätt öm hö fossa utan släppömhet. Temp 37,2. CRP <5, LPK 7,1. Graviditetstest neg."),
          ("Bedömning", "Normalt CRP och ulj med normal appendix talar emot appendicit. Ovulationssmärta, "
                        "hem med Ipren.")])],
      [], [("NL102", "n1")],
      "'talar emot appendicit' argues against the diagnosis"),

    C("s28h49_med_inga_tecken_pa_pneumoni_bronkit", "skane", "1984-03-17", "567",
      "2024-03-27T00:00:00",
      [N("n1", M, "Akutanteckning", "landskr_med", "Viktoria Nordin", L,
         "2024-03-25T17:05:00", "2024-03-25T18:00:00", OV,
         [("Aktuellt", "Hosta 10 dagar, ingen feber nu. Rökare."),
          ("Utredning", "Rtg pulm: inga tecken på pneumoni. CRP 12."),
          ("Bedömning", "Akut bronkit. Ingen antibiotika, rökstopp rekommenderas.")])],
      [], [("NL102", "n1")],
      "'inga tecken på pneumoni' on the X-ray; bronchitis is stated plainly"),

    C("s28h49_onk_pat_vet_inte_an_skelettmetastaser", "skane", "1964-07-04", "286",
      "2024-07-12T00:00:00",
      [N("n1", M, "Läkaranteckning", "lund_onk", "Nikola Jovanović", L,
         "2024-07-09T14:00:00", "2024-07-09T14:30:00", OV,
         [("Provsvar", "Skelettscint och DT: multipla skelettmetastaser i bäcken och ländrygg, recidiv av "
                       "hennes bröstcancer."),
          ("Planering", "Patient vet inte än om metastaserna, vi säger på fredag när hon kommer med maken. "
                        "Zoledronsyra och byte av endokrin behandling diskuteras då.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "second-language phrasing 'Patient vet inte än om metastaserna' next to confirmed bone metastases"),

    C("s28h49_vgr_inf_hiv_ej_nadd_for_besked", "vgr", "1990-10-02", "131",
      "2024-11-08T00:00:00",
      [N("n1", M, "Läkaranteckning", "su_ostra_inf", "Peter Kaunitz", L,
         "2024-11-06T16:10:00", None, OV,
         [("Provsvar", "HIV-1 antikropp/antigen positiv, bekräftad med western blot. CD4 310, virusmängd pending."),
          ("Planering", "Pat ej nådd för besked trots tre samtal idag, inget meddelande lämnat. "
                        "Försöker igen imorgon kl 8, kurator vidtalad.")])],
      [("NL101", "n1")], [],
      "confirmed HIV visible while the patient has not been reached for the news"),

    C("s28h49_vgr_neuro_kand_ms_sedan_2019", "vgr", "1988-06-10", "402",
      "2024-01-31T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_neuro", "Amanda Lindberg", L,
         "2024-01-29T09:30:00", "2024-01-29T10:40:00", OV,
         [("Aktuellt", "Känd skovvis förlöpande MS sedan 2019, pat väl insatt i sin sjukdom. "
                       "Inga nya skov senaste året på Kesimpta."),
          ("Utredning", "Årlig MR utan nya lesioner. JCV-ak negativ."),
          ("Planering", "Fortsatt Kesimpta, ny MR om ett år.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "long-known MS the patient is well informed about; nothing hedged"),
]

CASES += [
    C("s28h49_med_diagnos_sokord_misstankt_angina", "skane", "1960-06-21", "591",
      "2024-02-21T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "ksd_med", "Bashir Noori", L,
         "2024-02-19T10:40:00", "2024-02-19T11:30:00", OV,
         [("Anamnes", "Tryck över bröstet när han går i uppförsbacke med hunden, släpper efter 5 min vila. Sedan i vintras."),
          ("Status", "Cor: rr, inga blåsljud. BT 152/90. Vilo-EKG normalt."),
          ("Diagnos", "R07.4 Bröstsmärta UNS. Misstänkt angina pectoris, arbetsprov och hjärtulj beställs. "
                      "Trombyl 75 mg och Nitroglycerin vb.")])],
      [("NL102", "n1")], [],
      "the sökord Diagnos holds a symptom code plus 'Misstänkt angina pectoris'"),

    C("s28h49_vgr_utredning_misstankt_hemokromatos", "vgr", "1973-11-14", "197",
      "2024-06-14T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_ostra_med", "Sven-Olof Karlsson", L,
         "2024-06-12T14:20:00", "2024-06-12T14:45:00", OV,
         [("Utredning", "Utredning pga misstänkt hemokromatos: ferritin 1450, transferrinmättnad 78 %. "
                        "HFE-gentest skickat, leverelastografi bokad.")])],
      [("NL102", "n1")], [],
      "one-section note: 'Utredning pga misstänkt hemokromatos'"),

    C("s28h49_neuro_inte_saker_migran_kluster", "skane", "1980-04-25", "317",
      "2024-05-03T00:00:00",
      [N("n1", M, "Läkaranteckning", "lund_neuro", "Fatemeh Rostami", L,
         "2024-04-30T13:10:00", "2024-04-30T15:00:00", OV,
         [("Anamnes", "Attacker med mycket svår smärta bakom hö öga, 45 min, tårflöde och täppt näsa hö, "
                      "flera gånger per natt i tre veckor. Liknande period förra våren."),
          ("Bedömning", "Inte säker att det är migrän, kan vara klusterhuvudvärk med tanke på periodiciteten och "
                        "autonoma symtom. Syrgas-test på mottagningen, Imigran injektion vb.")])],
      [("NL102", "n1")], [],
      "'Inte säker att det är migrän, kan vara klusterhuvudvärk': two open diagnoses in awkward phrasing"),

    C("s28h49_vgr_ort_remiss_fragestallning_diskbrack", "vgr", "1977-03-06", "885",
      "2024-09-06T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_molndal_ort", "Ahmed Farah", L,
         "2024-09-04T10:30:00", "2024-09-04T11:00:00", OV,
         [("Anamnes", "Ländryggssmärta med utstrålning ner i vä ben till lilltån sedan 6 v, domning lateralt på foten."),
          ("Status", "Lasègue pos vä 40°, nedsatt achillesreflex vä, kraft ua."),
          ("Planering", "Remiss MR ländrygg, frågeställning: diskbråck L5-S1 vä? "
                        "Fortsatt fysioterapi och Naproxen under tiden.")])],
      [("NL102", "n1")], [],
      "referral question 'frågeställning: diskbråck L5-S1 vä?' under Planering is a hedged diagnosis"),

    C("s28h49_ort_lang_hoftfraktur_trol_delirium", "skane", "1933-08-19", "064",
      "2024-11-13T00:00:00",
      [N("n1", M, "Inskrivningsanteckning", "hlm_ort", "Alexandru Munteanu", L,
         "2024-11-11T19:45:00", "2024-11-11T21:30:00", SV,
         [("Inkomstorsak", "Fall i hemmet, kan inte stödja på vä ben."),
          ("Anamnes", "91-årig kvinna som bor ensam i lägenhet med hemtjänst två gånger dagligen. Halkade på "
                      "badrumsmattan i eftermiddags och låg på golvet ca 3 timmar innan hemtjänsten kom. "
                      "Tidigare hypertoni, förmaksflimmer och lätt kognitiv svikt enligt dottern."),
          ("Läkemedel", "Eliquis 2,5 mg x 2, Amlodipin 5 mg, Alvedon 1 g x 3. Senaste Eliquis-dos i morse."),
          ("Status", "AT: smärtpåverkad, orienterad till person men inte till tid eller plats. Temp 36,9, "
                     "BT 148/80, puls 92 oregelbunden, sat 95 %. Vä ben förkortat och utåtroterat, "
                     "distalstatus ua. Inga tryckskador på huden trots liggtiden. Cor: oregelbunden rytm, "
                     "blåsljud 2/6 över aorta. Pulm: vesikulärt, basala rassel bilat."),
          ("Rtg", "Rtg vä höft: dislocerad cervikal collumfraktur vä, Garden IV."),
          ("Lab", "Hb 118, krea 104, CK 2300, CRP 8, elstatus ua."),
          ("Bedömning", "Dislocerad collumfraktur vä, planeras för hemiprotes. Desorienterad sedan ankomst, "
                        "trol. delirium utlöst av smärta och ny miljö. Lätt rabdomyolys efter liggtiden."),
          ("Planering", "Op imorgon förmiddag, Eliquis paus från nu. Fascia iliaca-blockad given av narkos, "
                        "fast Alvedon, undvik bensodiazepiner. Dropp Ringer-Acetat, ny CK imorgon. "
                        "Kontaktat dottern per telefon.")])],
      [("NL102", "n1")], [("NL101", "n1")],
      "long eight-section hip fracture admission; the only hedge is 'trol. delirium'"),

    C("s28h49_vgr_uro_ej_misstanke_blascancer", "vgr", "1958-12-30", "371",
      "2024-03-08T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "sks_uro", "Lars Engström", L,
         "2024-03-06T08:40:00", "2024-03-06T09:20:00", OV,
         [("Anamnes", "Remitterad pga makroskopisk hematuri vid ett tillfälle i samband med gymträning. Röker ej."),
          ("Utredning", "Cystoskopi: normal blåsslemhinna. DT urografi utan tumör eller sten. Urincytologi benign."),
          ("Bedömning", "Ej misstanke om blåscancer eller njurtumör. Ansträngningsutlöst hematuri. "
                        "Avslutas, åter om ny blödning.")])],
      [], [("NL102", "n1")],
      "'Ej misstanke om blåscancer' after a complete work-up"),

    C("s28h49_med_villkor_vid_misstanke_om_sepsis", "skane", "1946-04-11", "125",
      "2024-12-06T00:00:00",
      [N("n1", M, "Daganteckning", "trbg_med", "Mohammed Saleh", L,
         "2024-12-04T09:15:00", "2024-12-04T09:45:00", SV,
         [("Aktuellt", "Dag 2 för KOL-exacerbation, mindre andfådd, sat 92 % på 1 l O2."),
          ("Planering", "Fortsatt Prednisolon 5 dagar och inhalationer. Vid tecken på försämring eller misstanke "
                        "om sepsis, ring jour direkt. Om sat under 88 % trots syrgas, blodgas och ring bakjour.")])],
      [], [("NL102", "n1")],
      "'Vid ... misstanke om sepsis, ring jour' is a conditional instruction, not a current hypothesis"),

    C("s28h49_vgr_kard_mojlig_hemgang_ev_byte", "vgr", "1939-09-09", "808",
      "2024-08-02T00:00:00",
      [N("n1", M, "Daganteckning", "nal_kard", "Paulina Zając", L,
         "2024-07-31T08:50:00", "2024-07-31T09:25:00", SV,
         [("Aktuellt", "Konverterad till sinusrytm efter elkonvertering igår, mår bra, inga palpitationer."),
          ("Planering", "Möjlig hemgång efter lunch om telemetrin är lugn. Ev. byte från Waran till Eliquis, "
                        "diskuteras med pat vid utskrivning. Eventuellt ekokardiografi polikliniskt.")])],
      [], [("NL102", "n1")],
      "'Möjlig', 'Ev.' and 'Eventuellt' all qualify plans (discharge, drug switch, echo)"),

    C("s28h49_onh_mojligen_forstorad_lymfkortel", "skane", "1995-05-19", "288",
      "2024-04-17T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "hbg_onh", "Lejla Mehmedović", L,
         "2024-04-15T11:00:00", "2024-04-15T11:40:00", OV,
         [("Anamnes", "Halsont i 10 dagar, nu bättre, men känner en knöl på vänster sida av halsen."),
          ("Status", "Möjligen lätt förstorad lymfkörtel vä käkvinkel, ca 1 cm, mjuk och rörlig. "
                     "Tonsiller små utan beläggningar. Epifarynx ua vid fiberskopi."),
          ("Bedömning", "Reaktiv lymfkörtel efter faryngit. Ingen åtgärd, ulj hals om kvar om 6 v.")])],
      [], [("NL102", "n1")],
      "'Möjligen lätt förstorad lymfkörtel' hedges a status finding, not a disease"),

    C("s28h49_endo_ssk_lakaren_har_ej_meddelat_diabetes", "skane", "1971-01-27", "240",
      "2024-05-31T00:00:00",
      [N("n1", M, "Telefonanteckning", "malmo_endo", "Josefin Ahlberg", SSK,
         "2024-05-28T13:30:00", "2024-05-28T13:45:00", OV,
         [("Telefonkontakt", "Pat ringer och frågar om provsvaren från förra veckan. HbA1c 64 och fP-glukos 9,1, "
                             "alltså typ 2-diabetes enligt dr Haddad, men läkaren har ännu inte meddelat pat diagnosen. "
                             "Sa till pat att läkaren går igenom svaren på återbesöket 4/6.")])],
      [("NL101", "n1")], [],
      "nurse phone note names the diabetes diagnosis and says the doctor has not yet told the patient"),

    C("s28h49_vgr_neuro_parkinson_ej_meddelats", "vgr", "1952-10-31", "453",
      "2024-03-12T00:00:00",
      [N("n1", M, "Läkaranteckning", "su_neuro", "Marcus Engdahl", L,
         "2024-03-07T15:00:00", "2024-03-07T15:30:00", OV,
         [("Utredning", "DAT-scan: reducerat upptag i putamen bilat, vä > hö. Tillsammans med vilotremor och "
                        "rigiditet uppfylls kriterierna."),
          ("Bedömning", "Parkinsons sjukdom. Diagnosen har inte meddelas patienten än, sker vid läkarbesök med "
                        "hustrun 14/3. Levodopa startas efter samtalet.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "second-language typo 'har inte meddelas patienten än' next to a settled Parkinson diagnosis"),

    C("s28h49_lung_remiss_ej_informerad_cancer_kand", "skane", "1949-12-08", "126",
      "2024-09-18T00:00:00",
      [N("n1", M, "Läkaranteckning", "lund_lung", "Helena Brink", L,
         "2024-09-16T16:20:00", "2024-09-16T16:40:00", OV,
         [("Bedömning", "Adenocarcinom hö överlob, stadium IB efter PET-DT. "
                        "Diagnosen gick jag igenom med pat förra veckan."),
          ("Åtgärd", "Remiss till thoraxkirurgen för lobektomi skickad, pat ej informerad om detta än, "
                     "ringer henne i morgon.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "the patient knows the cancer; what she is not yet told is that the surgical referral was sent"),

    C("s28h49_vgr_endo_proverna_ua_ej_meddelat", "vgr", "1994-02-02", "468",
      "2024-07-19T00:00:00",
      [N("n1", M, "Läkaranteckning", "sks_endo", "Leyla Aydın", L,
         "2024-07-17T11:00:00", "2024-07-17T11:10:00", OV,
         [("Provsvar", "TSH, fritt T4, kortisol och prolaktin alla inom referensområdet."),
          ("Bedömning", "Inga hållpunkter för hormonell orsak till tröttheten. "
                        "Ej hunnit meddela pat att proverna var ua, brev skickas.")])],
      [], [("NL101", "n1")],
      "untold news is a set of normal lab results, no diagnosis"),

    C("s28h49_vgr_onh_trolgen_sinuit_typo", "vgr", "1987-08-22", "596",
      "2024-11-20T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_onh", "Baran Yıldız", L,
         "2024-11-18T09:20:00", "2024-11-18T10:00:00", OV,
         [("Anamnes", "Ont i pannan och överkäken hö sedan 3 v, varig snuva från hö näsborre, dålig lukt."),
          ("Status", "Pus i hö mellersta näsgången vid endoskopi. Tandstatus ua enligt tandläkare."),
          ("Bedömning", "Trolgen bakteriell sinuit hö maxillarsinus. Doxyferm 10 dagar, nässpray Nasonex. "
                        "DT bihålor om ingen effekt.")])],
      [("NL102", "n1")], [],
      "typo 'Trolgen' (troligen) before a sinusitis diagnosis"),

    C("s28h49_bup_misst_anorexia_17ar", "skane", "2006-09-25", "122",
      "2024-04-09T00:00:00",
      [N("n1", M, "Akutanteckning", "hbg_bup", "Reza Moradi", L,
         "2024-04-07T18:30:00", "2024-04-07T20:15:00", OV,
         [("Anamnes", "17-årig flicka som kommer med mamma. Gått ner 11 kg på 4 månader, äter ett mål om dagen, "
                      "tränar två gånger dagligen."),
          ("Status", "BMI 15,8. Puls 44, BT 88/55, kalla händer, lanugobehåring på armarna."),
          ("Bedömning", "Misst. anorexia nervosa med somatisk påverkan. Remiss akut till barnmedicin för "
                        "bradykardin, kontakt med ätstörningsenheten.")])],
      [("NL102", "n1")], [],
      "17-year-old reads her own journal: 'Misst. anorexia nervosa' in a BUP emergency note"),
]

CASES += [
    C("s28h49_vgr_barn_misstankt_invagination", "vgr", "2023-03-14", "393",
      "2024-10-04T00:00:00",
      [N("n1", M, "Akutanteckning", "dsbs_akut", "Simon Ekberg", L,
         "2024-10-02T12:30:00", "2024-10-02T13:50:00", OV,
         [("Anamnes", "1,5-årig pojke med attacker av otröstlig gråt och uppdragna ben var 20:e minut sedan i morse, "
                      "däremellan slö. Kräkts 3 ggr, en blöja med slemmigt blod."),
          ("Status", "Slö, blek. Buk: ömhet och en korvformad resistens hö övre kvadrant."),
          ("Bedömning", "Misstänkt invagination. Akut ulj buk, kirurgjour kontaktad, iv-infart och vätska.")])],
      [("NL102", "n1")], [],
      "toddler (guardian reads): 'Misstänkt invagination' in a visible emergency note"),

    C("s28h49_med_malignitet_kan_inte_uteslutas", "skane", "1956-01-18", "233",
      "2024-08-28T00:00:00",
      [N("n1", M, "Läkaranteckning", "ystad_med", "Emil Strömberg", L,
         "2024-08-26T10:10:00", "2024-08-26T10:30:00", OV,
         [("Bedömning", "Järnbristanemi hos 68-årig man, Hb 94 och ferritin 4. Malignitet i mag-tarmkanalen kan inte "
                        "uteslutas. Gastroskopi och koloskopi bokas, järn iv under tiden.")])],
      [("NL102", "n1")], [],
      "'Malignitet ... kan inte uteslutas' keeps a cancer diagnosis open"),

    C("s28h49_vgr_dd_hjartsvikt_vs_kol", "vgr", "1944-02-27", "489",
      "2024-02-02T00:00:00",
      [N("n1", M, "Inskrivningsanteckning", "alings_med", "Tiago Ferreira", L,
         "2024-01-31T16:45:00", "2024-01-31T18:10:00", SV,
         [("Aktuellt", "Ökad andfåddhet sedan en vecka, nu även i vila. Svullna ben, sover med tre kuddar. Rökt 50 år."),
          ("Status", "Sat 88 %, AF 26. Rassel basalt bilat och förlängt exspirium med ronki. "
                     "Pittingödem till knäna. NT-proBNP 4200."),
          ("Bedömning", "DD: hjärtsvikt vs KOL-exacerbation, troligen båda. Furix 40 mg iv, inhalationer, eko bokas.")])],
      [("NL102", "n1")], [],
      "'DD: hjärtsvikt vs KOL-exacerbation, troligen båda' in a visible admission note"),

    C("s28h49_med_mojlig_lakemedelsutlost_hepatit", "skane", "1953-06-05", "715",
      "2024-10-25T00:00:00",
      [N("n1", M, "Daganteckning", "ksd_med", "Hamid Sharifi", L,
         "2024-10-23T09:40:00", "2024-10-23T10:25:00", SV,
         [("Aktuellt", "Behandlas för protesinfektion i höger knä med Flukloxacillin sedan 3 v. "
                       "Ikterisk sedan 2 dagar, klåda."),
          ("Lab", "Bilirubin 86, ALP 9,2, ALAT 2,1. Ulj lever: ingen gallvägsdilatation."),
          ("Bedömning", "Möjlig läkemedelsutlöst kolestatisk hepatit av Flukloxacillin. "
                        "Byter till Klindamycin efter samråd med infektion.")])],
      [("NL102", "n1")], [],
      "'Möjlig läkemedelsutlöst kolestatisk hepatit' is a hedged diagnosis of the patient"),

    C("s28h49_hud_susp_malignt_melanom", "skane", "1971-12-24", "951",
      "2024-06-26T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "lund_hud", "Erik Malmgren", L,
         "2024-06-24T14:10:00", "2024-06-24T15:00:00", OV,
         [("Status", "Hö skuldra: 9 mm asymmetrisk pigmenterad lesion med ojämn kant och flera färger. "
                     "Dermatoskopi: atypiskt nätverk, regressionsområden."),
          ("Bedömning", "Susp malignt melanom hö skuldra. Excision med 2 mm marginal idag, PAD-svar inom 2 v.")])],
      [("NL102", "n1")], [],
      "'Susp malignt melanom' without a dot after the abbreviation"),

    C("s28h49_vgr_kir_det_ar_troligt_gallstenspankreatit", "vgr", "1965-10-17", "524",
      "2024-12-17T00:00:00",
      [N("n1", M, "Inskrivningsanteckning", "sas_kir", "Ngozi Eze", L,
         "2024-12-15T02:20:00", "2024-12-15T06:40:00", SV,
         [("Anamnes", "Patient kommer med svår smärta i övre buken som strålar till ryggen, började efter julbord "
                      "igår kväll. Hon har kräkts många gånger."),
          ("Status", "Öm i epigastriet och hö arcus. Lipas 28 (ref <1), ALAT 3,4, bilirubin 41."),
          ("Bedömning", "Det är troligt att patienten har gallstenspankreatit, ulj visar många små gallstenar i blåsan. "
                        "Fasta, vätska och smärtlindring, kontroll CRP imorgon.")])],
      [("NL102", "n1")], [],
      "clause form 'Det är troligt att patienten har gallstenspankreatit'"),

    C("s28h49_vgr_reuma_sannolik_ra", "vgr", "1976-03-29", "424",
      "2024-05-08T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "frol_reuma", "Sevda Kaya", L,
         "2024-05-06T13:00:00", "2024-05-06T14:20:00", OV,
         [("Anamnes", "Symmetrisk svullnad i händernas små leder sedan 3 mån, morgonstelhet 1,5 tim."),
          ("Status", "Synoviter MCP 2-3 bilat och PIP 3 hö. Inga psoriasisförändringar."),
          ("Bedömning", "Sannolik reumatoid artrit, anti-CCP och RF pending. Startar Prednisolon 10 mg i väntan på "
                        "svar, metotrexat planeras.")])],
      [("NL102", "n1")], [],
      "adjective 'Sannolik reumatoid artrit' in Bedömning"),

    C("s28h49_vgr_lung_talr_emot_astma_typo", "vgr", "1998-07-07", "387",
      "2024-03-29T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_lung", "Maja Hellström", L,
         "2024-03-27T08:30:00", "2024-03-27T09:30:00", OV,
         [("Anamnes", "Hosta och pip i bröstet i samband med förkylningar, remitterad från vc för astmautredning."),
          ("Utredning", "Spirometri normal utan reversibilitet. PEF-kurva 2 v med variabilitet 6 %. FeNO 14."),
          ("Bedömning", "Normal spirometri och låg PEF-variabilitet talr emot astma. Postinfektiös hosta, "
                        "ingen inhalationsbehandling. Åter vid behov.")])],
      [], [("NL102", "n1")],
      "typo 'talr emot astma' (talar emot): the evidence argues against the diagnosis"),

    C("s28h49_barn_mamma_trol_ms", "skane", "2016-01-12", "046",
      "2024-06-14T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "hbg_barn", "Louise Bergkvist", L,
         "2024-06-12T10:00:00", None, OV,
         [("Anamnes", "8-årig flicka med återkommande huvudvärk efter skolan, värst på fredagar. Mamma har trol. MS "
                      "och utreds på neurologen, familjen orolig att det är ärftligt."),
          ("Status", "Neurologstatus ua, ögonbottnar ua, BT 102/64. Tillväxtkurva normal."),
          ("Bedömning", "Spänningshuvudvärk hos flickan. Inget behov av MR. Råd om sömn, vätska och skärmtid.")])],
      [], [("NL102", "n1")],
      "'trol. MS' is the mother's; the child's diagnosis is stated plainly"),

    C("s28h49_vgr_med_pneumoni_uteslutits_influensa", "vgr", "1950-10-03", "168",
      "2024-01-24T00:00:00",
      [N("n1", M, "Daganteckning", "alings_med", "Viktor Almgren", L,
         "2024-01-22T10:00:00", "2024-01-22T10:35:00", SV,
         [("Aktuellt", "Inkom med feber och hosta, nu afebril dag 2 utan antibiotika."),
          ("Bedömning", "Differentialdiagnostiskt har lunginflammation uteslutits med normal rtg och lågt CRP. "
                        "Influensa A bekräftad med PCR. Tamiflu avslutas enl plan.")])],
      [], [("NL102", "n1")],
      "'Differentialdiagnostiskt har lunginflammation uteslutits': a differential that was excluded"),

    C("s28h49_pmo_lang_dd_pmr_ra", "skane", "1949-04-21", "321",
      "2024-05-22T00:00:00",
      [N("n1", P, "Besöksanteckning", "vc_hoor", "Olof Henriksson", L,
         "2024-05-20T08:00:00", "2024-05-20T09:10:00", OV,
         [("Kontaktorsak", "Värk och stelhet i axlar och lår sedan 6 veckor."),
          ("Anamnes", "75-årig man, tidigare frisk förutom hypertoni. Svårt att ta på sig jackan på morgonen, "
                      "stelheten släpper efter ett par timmar. Har gått ner 3 kg. Ingen huvudvärk, tuggsmärta "
                      "eller synpåverkan."),
          ("Status", "Smärtsam aktiv abduktion i båda axlar, passivt bättre. Inga synoviter i händerna. "
                     "Temporalisartärerna palpabla och oömma."),
          ("Lab", "SR 54, CRP 33, Hb 124, RF och anti-CCP tagna."),
          ("Bedömning", "DD: polymyalgia reumatika, sen debut av reumatoid artrit. Inga tecken på jättecellsarterit."),
          ("Åtgärd", "Prednisolon 15 mg dagligen, Calcichew-D3 och Omeprazol. "
                     "Telefonuppföljning om 1 v, återbesök 4 v.")])],
      [], [("NL102", "n1")],
      "long six-section PMO note with 'DD: polymyalgia reumatika': PMO never shows diagnoses"),

    C("s28h49_vgr_onk_th_sokord_misstankt_recidiv", "vgr", "1961-09-14", "570",
      "2024-04-05T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_onk", "Kamila Nowicka", L,
         "2024-04-03T13:30:00", "2024-04-03T14:40:00", OV,
         [("Aktuellt", "Uppföljning 18 mån efter hö hemikolektomi och adjuvant CAPOX för koloncancer stadium III. "
                       "Pat mår bra, arbetar heltid, normal aptit."),
          ("Status", "Buk mjuk, ärret välläkt. Inga palpabla lymfkörtlar."),
          ("Lab", "Hb 138, leverstatus normal, CEA 9,1 (3,0 för 6 mån sedan)."),
          ("Tidiga hypoteser", "Stigande CEA, misstänkt recidiv, i första hand levermetastaser. DT thorax-buk beställd "
                               "med förtur. Ej nämnt för pat då värdet kan vara falskt förhöjt, tas upp när DT är klar."),
          ("Planering", "DT thorax-buk inom 2 v, telefontid efter DT.")])],
      [], [("NL102", "n1"), ("NL101", "n1")],
      "VGR: suspected recurrence and the 'not told' both sit under sökord Tidiga hypoteser; visible parts are clean"),

    C("s28h49_med_avvaktar_informera_njursvikt", "skane", "1948-08-13", "346",
      "2024-09-27T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "landskr_med", "Karin Fors", L,
         "2024-09-25T14:30:00", None, OV,
         [("Lab", "Krea 198, eGFR 22, albumin/krea-kvot 110, stabilt sedan i våras."),
          ("Bedömning", "Kronisk njursjukdom stadium 4 på basen av diabetesnefropati."),
          ("Planering", "Avvaktar med att informera pat om njursvikten tills nefrologens bedömning är klar, "
                        "pat mycket orolig av sig. Remiss njurmedicin Lund.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "'Avvaktar med att informera pat om njursvikten' while CKD stage 4 stands in Bedömning"),

    C("s28h49_kir_op_struken_ej_informerad", "skane", "1982-11-30", "859",
      "2024-02-09T00:00:00",
      [N("n1", M, "Läkaranteckning", "malmo_kir", "Gustav Lindblom", L,
         "2024-02-07T11:15:00", "2024-02-07T11:30:00", OV,
         [("Bedömning", "Symtomgivande ljumskbråck hö, pat informerad vid mottagningsbesöket om operation med TEP-teknik."),
          ("Åtgärd", "Op 12/2 struken pga platsbrist på IVA. Pat ännu inte informerad om att operationen är struken, "
                     "koordinator ringer honom idag med ny tid.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "what the patient is not yet told is a cancelled operation, not a diagnosis"),

    C("s28h49_barn_t1d_foraldrar_och_pat_informerade", "skane", "2015-05-06", "713",
      "2024-09-13T00:00:00",
      [N("n1", M, "Läkaranteckning", "hbg_barn", "Ida Sundberg", L,
         "2024-09-11T16:00:00", "2024-09-11T17:20:00", SV,
         [("Aktuellt", "Inlagd med nydebuterad typ 1-diabetes, pH 7,28 vid ankomst, nu korrigerat."),
          ("Information", "Föräldrar och pat informerade om diagnosen av mig och diabetessköterska, pojken frågade om "
                          "han får spela fotboll, vilket han får. Skolan kontaktas av diabetesteamet.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "child of 9 with new type 1 diabetes: he and his parents were told"),
]

CASES += [
    C("s28h49_vgr_onh_lang_tungcancer_ej_informerad", "vgr", "1958-05-09", "719",
      "2024-02-16T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_onh", "Ewa Sandström", L,
         "2024-02-13T15:30:00", "2024-02-13T17:05:00", OV,
         [("Aktuellt", "Återbesök för PAD-svar efter biopsi av sår på vä tungkant. Pat kom ensam, frun på jobbet."),
          ("Anamnes", "Sår på tungan sedan 3 mån som inte läker, ont vid tuggning och strålar mot vä öra. "
                      "Röker 15 cig/dag sedan tonåren, alkohol 2-3 öl per kväll. Tidigare frisk, inga läkemedel."),
          ("Status", "Munhåla: 2 cm indurerat ulcus vä laterala tungkant med upphöjda kanter. Palp: fast, lätt öm "
                     "körtel 2 cm regio II vä. Fiberskopi: epifarynx, hypofarynx och larynx ua, stämband rörliga."),
          ("Utredning", "PAD: invasiv skivepitelcancer, HPV-negativ. DT hals-thorax beställd."),
          ("Bedömning", "Skivepitelcancer i vä tungkant med palpabel körtel regio II, staging pending."),
          ("Planering", "Pat ännu ej informerad om PAD-svaret då han fick gå innan jag hann ta in honom, "
                        "sjuksköterskan bokar ny tid på torsdag med frun. Anmäld till huvud-hals-MDK, tandstatus "
                        "inför eventuell strålbehandling.")])],
      [("NL101", "n1")], [],
      "long six-section ENT note: the 'ännu ej informerad om PAD-svaret' is buried in the last section"),

    C("s28h49_gastro_cirros_inte_infomerats_typo", "skane", "1963-03-15", "276",
      "2024-10-10T00:00:00",
      [N("n1", M, "Läkaranteckning", "malmo_gastro", "Dragan Nikolić", L,
         "2024-10-08T12:00:00", "2024-10-08T12:40:00", OV,
         [("Utredning", "Elastografi 32 kPa, ulj med knölig leveryta och ascites, trombocyter 88. "
                        "Levercirros Child-Pugh B."),
          ("Bedömning", "Pat har inte infomerats om cirrosdiagnosen än, vill ha med sin sambo och kommer på tisdag. "
                        "Gastroskopi för varicescreening bokad.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "typo 'infomerats': liver cirrhosis visible while the patient has not been told"),

    C("s28h49_kir_pad_gallblasecancer_besked_ej_givet", "skane", "1952-09-30", "540",
      "2024-04-19T00:00:00",
      [N("n1", M, "Kompletterande anteckning", "malmo_kir", "Johanna Ek", L,
         "2024-04-16T14:50:00", "2024-04-16T15:05:00", OV,
         [("Provsvar", "PAD från gallblåsan (laparoskopisk kolecystektomi 3/4) visar ett litet adenocarcinom T1b "
                       "i gallblåseväggen, fria resektionsränder."),
          ("Planering", "Besked ej givet ännu, svaret kom efter utskrivningen. Pat kallas till mottagningen nästa "
                        "vecka för information. Anmäld till HPB-konferens.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "incidental gallbladder cancer in a supplementary note: 'Besked ej givet ännu'"),

    C("s28h49_kvinno_th_mall_haller_odiagnosen", "skane", "1967-02-10", "582",
      "2024-04-30T00:00:00",
      [N("n1", M, "Läkaranteckning", "ksd_kvinno", "Therese Lund", L,
         "2024-04-26T13:00:00", "2024-04-26T13:10:00", OV,
         [("Provsvar", "Provsvar inkommet från biopsin i buken. Pat ej informerad om svaret än, "
                       "återbesök 3/5 med kontaktsjuksköterska.")]),
       N("n2", M, "Tidiga hypoteser", "ksd_kvinno", "Therese Lund", L,
         "2024-04-26T13:12:00", "2024-04-26T13:20:00", OV,
         [("Provsvar", "PAD visar höggradig serös ovarialcancer. Besked ges vid återbesöket 3/5, "
                       "pat ska inte läsa detta på 1177 innan dess.")])],
      [], [("NL101", "n1"), ("NL101", "n2")],
      "Skåne: the visible note names no diagnosis; the untold cancer is only in the Tidiga hypoteser template"),

    C("s28h49_vgr_neuro_epilepsi_arbetsgivaren_ej", "vgr", "1999-11-05", "193",
      "2024-12-11T00:00:00",
      [N("n1", M, "Mottagningsanteckning", "su_neuro", "Oskar Bergman", L,
         "2024-12-09T10:00:00", "2024-12-09T10:50:00", OV,
         [("Aktuellt", "Epilepsi diagnostiserad i våras efter två generaliserade anfall, pat fick besked då och är "
                       "välinformerad. Anfallsfri på Lamotrigin 200 mg."),
          ("Socialt", "Arbetar som truckförare. Pat vill inte att arbetsgivaren informeras om epilepsin, vi har gått "
                      "igenom körkortsreglerna och att han inte får köra truck just nu.")])],
      [], [("NL101", "n1"), ("NL102", "n1")],
      "the one who is not to be told is the employer; the patient knows his epilepsy"),

    C("s28h49_vgr_uro_njurcancer_tid_utan_anledning", "vgr", "1955-08-25", "637",
      "2024-10-18T00:00:00",
      [N("n1", M, "Läkaranteckning", "sks_uro", "Petra Sjögren", L,
         "2024-10-15T09:30:00", None, OV,
         [("Utredning", "DT buk gjord pga ryggvärk: 5 cm solid tumör i vä njurens nedre pol utan spridning. "
                        "Biopsi: klarcellig njurcellscancer."),
          ("Planering", "Pat är inte informerad om tumören ännu. Besked ges av mig på mottagningen 22/10, pat har "
                        "fått tid utan att veta anledningen. Anmäld till uro-MDK.")])],
      [("NL101", "n1")], [("NL102", "n1")],
      "unsigned draft: renal cell cancer visible while 'Pat är inte informerad om tumören ännu'"),
]

# ---- main ----

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def parse_ts(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    whys = set()
    sentences = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: case keys %s" % (n, list(c.keys())))
        if not n.startswith(PREFIX):
            errs.append("%s: name prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        if not c["why"] or c["why"] in whys:
            errs.append("%s: empty or duplicate why" % n)
        whys.add(c["why"])
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % n)
        for k in ("access_events", "conversations", "treatments"):
            if r[k] != []:
                errs.append("%s: %s not empty" % (n, k))
        p = r["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: pnr format" % n)
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append("%s: pnr does not match birth date" % n)
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s: pnr Luhn" % n)
        try:
            datetime.date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: birth date" % n)
        try:
            as_of = parse_ts(r["as_of"])
        except ValueError:
            errs.append("%s: as_of format" % n)
            continue
        if as_of.year != 2024:
            errs.append("%s: as_of not 2024" % n)
        age = age_at(bd, as_of)
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d not allowed" % (n, age))
        ids = {}
        if not r["notes"]:
            errs.append("%s: no notes" % n)
        for note in r["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            unit_key = [k for k, v in U.items() if v[0] == note["unit"]["name"]]
            if note["system"] == "PMO" and (c["ruleset"] != "skane" or unit_key[0] not in PMO_UNITS):
                errs.append("%s: PMO note outside Skåne primary care" % n)
            if note["system"] == "Melior" and unit_key[0] in PMO_UNITS:
                errs.append("%s: Melior note on a PMO unit" % n)
            if c["ruleset"] == "vgr" and not note["unit"]["hsa_id"].startswith("SE2321000131-"):
                errs.append("%s: VGR unit hsa" % n)
            if c["ruleset"] == "skane" and not note["unit"]["hsa_id"].startswith("SE2321000255-"):
                errs.append("%s: Skåne unit hsa" % n)
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % n)
            try:
                t = parse_ts(note["time"])
                if t.year != 2024 or t > as_of:
                    errs.append("%s: note time" % n)
                if note["signed"] is not None:
                    s = parse_ts(note["signed"])
                    if s.year != 2024 or s < t or s > as_of:
                        errs.append("%s: signed time" % n)
            except ValueError:
                errs.append("%s: time format" % n)
            if not note["sections"]:
                errs.append("%s: no sections" % n)
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s: section" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append("%s: sentence also in %s: %r" % (n, sentences[sent], sent))
                        elif sent in sentences:
                            errs.append("%s: sentence twice in case: %r" % (n, sent))
                        sentences.setdefault(sent, n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertions" % n)
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for a in lst:
                if len(a) != 2 or a[0] not in CODES or a[1] not in ids:
                    errs.append("%s: bad assertion %r" % (n, a))
                    continue
                if tuple(a) in seen:
                    errs.append("%s: assertion in both or twice %r" % (n, a))
                seen.add(tuple(a))
                note = ids[a[1]]
                if a[0] == "NL102" and kind == "must" and note["system"] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if a[0] == "NL101" and note["system"] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
    return errs


def main():
    errs = validate(CASES)
    if not 100 <= len(CASES) <= 130:
        errs.append("unexpected number of cases: %d" % len(CASES))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout49_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
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
    print("wrote %d cases to %s" % (len(CASES), out))
    print("rulesets:", rs)
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
