#!/usr/bin/env python3
"""Gold cases nl1bb_dev_cases: NL101 / NL102 in notes by nurses, contact nurses, midwives,
physiotherapists, occupational therapists, dieticians, counsellors and psychologists, in
telephone notes, 1177 replies documented as notes and ward-round notes (Melior, Skåne + VGR).

Dependency-free and deterministic: `python3 build.py` writes nl1bb_dev_cases.jsonl beside
this file and validates it (exit status 1 on any problem).
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bb_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-E0000000"
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "4A11"),
    "sk_kirmott_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", SK + "4A12"),
    "sk_kir_hbg": ("Kirurgiska kliniken avd 41, Helsingborgs lasarett", SK + "4A13"),
    "sk_kir_lund": ("Kirurgiska kliniken avd 2, Skånes universitetssjukhus Lund", SK + "4A14"),
    "sk_kir_malmo": ("Kirurgiska kliniken avd 5, Skånes universitetssjukhus Malmö", SK + "4A15"),
    "sk_kvk_ystad": ("Specialistmödravården, Kvinnokliniken Ystads lasarett", SK + "4A16"),
    "sk_kvk_malmo": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Malmö", SK + "4A17"),
    "sk_smv_malmo": ("Specialistmödravården, Skånes universitetssjukhus Malmö", SK + "4A18"),
    "sk_forl_lund": ("Ultraljudsmottagningen, Kvinnokliniken Skånes universitetssjukhus Lund", SK + "4A19"),
    "sk_neuro_malmo": ("Neurologiska kliniken, Skånes universitetssjukhus Malmö", SK + "4A20"),
    "sk_ger_malmo": ("Geriatriska kliniken avd 6, Skånes universitetssjukhus Malmö", SK + "4A21"),
    "sk_minnes_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "4A22"),
    "sk_med_krist": ("Medicinkliniken avd 12, Centralsjukhuset Kristianstad", SK + "4A23"),
    "sk_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "4A24"),
    "sk_ort_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", SK + "4A25"),
    "sk_ort_trbg": ("Ortopedmottagningen, Trelleborgs lasarett", SK + "4A26"),
    "sk_psyk_lund": ("Allmänpsykiatrisk mottagning Lund", SK + "4A27"),
    "sk_asih_malmo": ("ASIH Malmö, avancerad sjukvård i hemmet", SK + "4A28"),
    "sk_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "4A29"),
    "sk_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "4A30"),
    "sk_brost_lund": ("Bröstmottagningen, Skånes universitetssjukhus Lund", SK + "4A31"),
    "sk_landskrona": ("Medicinavdelningen, Landskrona lasarett", SK + "4A32"),
    "sk_trbg_med": ("Medicinavdelningen, Trelleborgs lasarett", SK + "4A33"),
    "sk_angelholm": ("Medicinmottagningen, Ängelholms sjukhus", SK + "4A34"),
    "sk_fys_angelholm": ("Fysioterapin, Ängelholms sjukhus", SK + "4A35"),
    "sk_orup": ("Rehabiliteringsmedicin, Orups rehabiliteringscentrum", SK + "4A36"),
    "sk_genetik_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", SK + "4A37"),
    "sk_kard_lund": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", SK + "4A38"),
    "sk_endo_malmo": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", SK + "4A39"),
    "sk_ven_malmo": ("Venereologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4A40"),
    "sk_diet_malmo": ("Dietistenheten, Skånes universitetssjukhus Malmö", SK + "4A41"),
    "sk_ort_ystad": ("Ortopedavdelningen, Ystads lasarett", SK + "4A42"),
    "sk_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "4A43"),
    "sk_inf_hbg": ("Infektionskliniken avd 3, Helsingborgs lasarett", SK + "4A44"),
    # Västra Götalandsregionen, Melior
    "vg_med_nal": ("Medicinkliniken avd 52, NU-sjukvården NÄL Trollhättan", VG + "12101"),
    "vg_kvk_boras": ("Specialistmödravården, Södra Älvsborgs Sjukhus Borås", VG + "12102"),
    "vg_forl_boras": ("Förlossningen, Södra Älvsborgs Sjukhus Borås", VG + "12103"),
    "vg_nkir_su": ("Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "12104"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "12105"),
    "vg_ger_molndal": ("Geriatriska mottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "12106"),
    "vg_geravd_molndal": ("Geriatrisk avdelning 2, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "12107"),
    "vg_lung_su": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", VG + "12108"),
    "vg_lungavd_su": ("Lungavdelning 133, Sahlgrenska Universitetssjukhuset", VG + "12109"),
    "vg_ort_kungalv": ("Ortopedavdelningen, Kungälvs sjukhus", VG + "12110"),
    "vg_fys_kungalv": ("Fysioterapin, Kungälvs sjukhus", VG + "12111"),
    "vg_kir_skovde": ("Kirurgavdelning 6, Skaraborgs Sjukhus Skövde", VG + "12112"),
    "vg_kirmott_skovde": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", VG + "12113"),
    "vg_uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "12114"),
    "vg_uro_udd": ("Urologmottagningen, Uddevalla sjukhus", VG + "12115"),
    "vg_hem_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "12116"),
    "vg_hemavd_su": ("Hematologiavdelning 33, Sahlgrenska Universitetssjukhuset", VG + "12117"),
    "vg_endo_boras": ("Endoskopienheten, Södra Älvsborgs Sjukhus Borås", VG + "12118"),
    "vg_alingsas": ("Medicinavdelning 3, Alingsås lasarett", VG + "12119"),
    "vg_alingsas_mott": ("Medicinmottagningen, Alingsås lasarett", VG + "12120"),
    "vg_lidkoping": ("Medicinkliniken avd 5, Skaraborgs Sjukhus Lidköping", VG + "12121"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "12122"),
    "vg_smv_ostra": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset Östra", VG + "12123"),
    "vg_inf_nal": ("Infektionsmottagningen, NU-sjukvården NÄL Trollhättan", VG + "12124"),
    "vg_psyk_ostra": ("Psykiatri Affektiva mottagningen, Sahlgrenska Universitetssjukhuset Östra", VG + "12125"),
    "vg_npu_ostra": ("Neuropsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset Östra", VG + "12126"),
    "vg_brost_boras": ("Bröstcentrum, Södra Älvsborgs Sjukhus Borås", VG + "12127"),
    "vg_diet_skovde": ("Dietistmottagningen, Skaraborgs Sjukhus Skövde", VG + "12128"),
    "vg_kirl_su": ("Kärlkirurgmottagningen, Sahlgrenska Universitetssjukhuset", VG + "12129"),
    "vg_hand_su": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "12130"),
    "vg_infavd_ostra": ("Infektionsavdelning 2, Sahlgrenska Universitetssjukhuset Östra", VG + "12131"),
    "vg_kard_udd": ("Hjärtavdelningen, Uddevalla sjukhus", VG + "12132"),
    "vg_onk_boras": ("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", VG + "12133"),
    "vg_reh_su": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset", VG + "12134"),
    "vg_kir_udd": ("Kirurgavdelning 20, Uddevalla sjukhus", VG + "12135"),
}

# --------------------------------------------------------------------------- helpers
_CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr_for(birth, serial):
    yyyymmdd = birth.replace("-", "")
    nnn = "%03d" % (serial % 1000)
    return "%s-%s%d" % (yyyymmdd, nnn, luhn_digit(yyyymmdd[2:] + nnn))


def N(nid, unit, author, role, template, when, sections, signed=True, setting="öppenvård",
      refs=None, delay=40):
    """One note. when = 'YYYY-MM-DD HH:MM'. signed False = unsigned draft."""
    t = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": "Melior",
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": (t + _dt.timedelta(minutes=delay)).isoformat() if signed else None,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def CONV(cid, unit, ctype, opened, handled, messages, attachments=None):
    """1177 conversation. messages = [(sender, 'YYYY-MM-DD HH:MM', text)]."""
    uname, hsa = UNITS[unit]
    iso = lambda s: _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").isoformat()
    return {
        "id": cid, "type": ctype, "unit": {"name": uname, "hsa_id": hsa},
        "opened": iso(opened), "handled": iso(handled), "concerns_care": True,
        "messages": [{"sender": s, "time": iso(t), "text": x} for s, t, x in messages],
        "attachments": [{"name": n, "kind": k} for n, k in (attachments or [])],
    }


def _targets(lst):
    out = []
    for item in lst:
        if isinstance(item, str):
            out.append([item, "n1"])
        else:
            out.append([item[0], item[1]])
    return out


# Unsigned drafts (the pre-signing case): note n1 of these cases has signed = null.
UNSIGNED = {
    "tel-dotter-levermetastaser-mamman-vet-inte", "at-alzheimer-informationssamtal-v13",
    "kssk-njurcancer-typo-infomerad", "omv-obs-ska-ej-informeras-fore-mdk",
    "tel-pad-svar-finns-innehall-ej-namnt", "kurator-parkinson-arbetsgivaren",
    "omv-kant-flimmer-ej-informerad-om-byte", "tel-later-som-baltros",
    "rond-ssk-fragetecken-pneumoni", "psykolog-fragestallning-adhd-dd-gad",
    "omv-fall-oklart-om-huvudet", "dietist-trol-hemgang-fredag",
    "kurator-modern-hade-trol-demens", "lang-dietist-viktras-trolig-malabsorption",
    "ovr-overrapportering-levermetastaser",
}


# Patients whose sex the text implies (the personnummer's ninth digit follows it:
# even for women, odd for men). Other cases are written sex-neutrally.
FEMALE = {
    "tel-dotter-levermetastaser-mamman-vet-inte", "bm-nipt-trisomi21-paret-ej-informerat",
    "rond-ssk-peritoneal-karcinos-samtal-kl14", "tel-lungtumor-misstankt-malign-ej-informerad",
    "1177-svar-malignt-melanom-lakare-ringer", "rond-lakare-aml-besked-imorgon-bitti",
    "bm-graviditetsdiabetes-ringer-imorgon-typo", "kurator-asih-hjarnmetastaser-familjen-vantar",
    "omv-tidiga-hypoteser-plus-synlig-ms", "tel-sonen-hjarninfarkt-mamman-ronden",
    "kssk-brostcancer-besked-vid-besok", "bm-hepatit-b-infektionslakare-tolk",
    "rond-ssk-ascites-trolig-ovarialcancer", "kurator-recidiv-ovarialcancer-vantar-besked",
    "asih-tel-tarmobstruktion-dr-ringer-ikvall", "omv-sonen-vet-mamman-lungcancer",
    "bm-syfilis-konfirmerad-gemensamt-besok", "omv-anhoriga-vet-endokardit-pat-ej-an",
    "kssk-rektalcancer-besked-igar-stomifragor", "kssk-brostcancer-barnen-vet-inte-an",
    "kssk-benign-biopsi-ringer-imorgon", "tel-modern-hade-als-ej-fatt-emg-tid",
    "bm-missed-abortion-partnern-ej-informerad", "rond-skivepitelcancer-informerat-pat-och-make",
    "ssk-ven-klamydia-foraldrar-vet-inte", "tel-maken-pankreatit-ej-samtycke",
    "bm-ogtt-gdm-informerad-tid-bokad", "bm-misstankt-preeklampsi-jour-tillkallad",
    "bm-misstankt-iugr-sf-matt", "bm-tel-kanske-svampinfektion",
    "bm-ingen-misstake-om-preeklampsi-typo", "bm-kub-lag-sannolikhet",
    "bm-rutinultraljud-misstankt-hjartfel-fostret", "kurator-utreds-for-misstankt-alzheimer",
    "tel-kard-fragetecken-hjartinfarkt-112", "omv-fall-oklart-om-huvudet",
    "omv-mojligt-hem-imorgon-trappan", "kssk-sannolikt-ingen-stralning",
    "tel-far-hon-duscha-med-forbandet", "lang-kssk-inskrivning-lungmetastaser-ej-berattat",
    "lang-kurator-anhorigsamtal-spridning-lever", "lang-bm-forlossning-uteslutet-och-bekraftat",
    "ovr-overrapportering-levermetastaser", "kssk-tidiga-hypoteser-mall-cervixrecidiv",
    "kurator-leukemi-barnen-8-och-11",
}
MALE = {
    "kurator-hustrun-vet-glioblastom", "tel-hustrun-vill-inte-att-maken-far-veta",
    "kssk-prostatacancer-aterbesok-8-maj", "fysio-patologisk-fraktur-misstankt-metastas",
    "1177-ventrikelcancer-kirurg-ringer", "tva-anteckningar-myelom-ssk-fore-besked",
    "kssk-kll-forandrade-blodvarden", "1177-urinblasecancer-urolog-ringer-19-mars",
    "tel-kssk-bukspottkortel-vantar-mdk-besked", "omv-lymfom-besked-pa-ronden-idag-typo",
    "kurator-hiv-hustrun-ej-informerad", "kssk-dlbcl-kand-behandlingsplan-ej-klar",
    "tva-anteckningar-als-besked-hustrun-vantar", "kssk-prostatacancer-kand-behandlingsval",
    "lang-ankomst-vips-misstankt-njurcancer", "lang-fysio-axel-misstankt-ruptur-informerad",
    "lang-rond-sammanfattning-pat-informerad-barnen-ej", "kssk-njurcancer-vill-ej-prata-prognos",
}


def C(name, ruleset, birth_year, notes, must=(), must_not=(), why="", conversations=()):
    idx = len(_CASES) + 1
    if name in UNSIGNED:
        notes[0]["signed"] = None
    birth = "%04d-%02d-%02d" % (birth_year, (idx * 5) % 12 + 1, (idx * 7) % 28 + 1)
    serial = idx * 37 + 101
    if (name in FEMALE and serial % 2) or (name in MALE and not serial % 2):
        serial += 1
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + _dt.timedelta(days=7)).replace(hour=0, minute=0, second=0)
    record = {
        "patient": {"id": pnr_for(birth, serial), "birth_date": birth,
                    "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": notes,
        "access_events": [],
        "conversations": list(conversations),
        "treatments": [],
    }
    _CASES.append({"case": name, "ruleset": ruleset, "record": record,
                   "must": _targets(must), "must_not": _targets(must_not), "why": why})


def S(name, ruleset, birth_year, unit, author, role, template, when, sections, must=(),
      must_not=(), why="", signed=True, setting="öppenvård", refs=None, conversations=()):
    """Single-note case (note id n1)."""
    C(name, ruleset, birth_year,
      [N("n1", unit, author, role, template, when, sections, signed=signed, setting=setting,
         refs=refs)],
      must=must, must_not=must_not, why=why, conversations=conversations)


SV = "slutenvård"
HEM = "specialiserad hemsjukvård"

# =========================================================================== A
# NL101 positives: a diagnosis in a visible section and the note says the patient has not
# been told yet (who will tell, and when; relatives who know; the doctor's orders).

S("kssk-sigmoideumcancer-besked-16-feb", "skane", 1958, "sk_kirmott_hbg", "Karin Holm",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-02-08 13:20",
  [("Aktuellt", "PAD från koloskopin 6/2 har kommit: adenocarcinom i colon sigmoideum. "
                "Patienten har ännu inte fått svaret."),
   ("Planering", "Dr Lindqvist lämnar beskedet vid återbesök 16/2 kl 10.00, kontaktsjuksköterskan "
                 "deltar. Pat kallad per telefon utan att svaret nämndes. Anhörig välkommen att följa med.")],
  must=["NL101"],
  why="Contact nurse writes a confirmed sigmoid cancer and that the doctor tells the patient on 16/2.")

S("tel-dotter-levermetastaser-mamman-vet-inte", "vgr", 1941, "vg_med_nal", "Emma Lund",
  "sjuksköterska", "Telefonanteckning", "2024-03-05 16:40",
  [("Kontaktorsak", "Dottern ringer och vill veta vad datortomografin av buken visade."),
   ("Åtgärd", "DT buk visar multipla levermetastaser. Mamman vet ännu inte om detta – ansvarig "
              "läkare träffar henne på ronden imorgon och dottern är välkommen att närvara. Dottern "
              "informerad om att vi inte lämnar svaret till henne innan patienten själv fått det.")],
  must=["NL101"], setting=SV,
  why="Telephone note with a relative: liver metastases written, the patient herself not yet told.")

S("bm-nipt-trisomi21-paret-ej-informerat", "vgr", 1989, "vg_kvk_boras", "Sara Ek", "barnmorska",
  "Barnmorskeanteckning", "2024-04-17 11:05",
  [("Aktuellt", "NIPT-svaret har kommit och visar trisomi 21 hos fostret."),
   ("Planering", "Paret har ännu inte informerats. Överläkare Nyström ringer dem i eftermiddag "
                 "och erbjuder samtal på mottagningen imorgon, bm deltar.")],
  must=["NL101"],
  why="Midwife records a fetal trisomy 21 result that the couple has not yet been told.")

S("fysio-als-diagnosbesked-22-mars", "skane", 1957, "sk_neuro_malmo", "Johan Berg",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-03-14 09:30",
  [("Bakgrund", "Inlagd för utredning av tilltagande svaghet i benen. Neurologen har efter EMG "
                "ställt diagnosen ALS, men patienten har ännu inte fått diagnosbeskedet – läkarsamtal "
                "planeras 22/3."),
   ("Åtgärd", "Gångträning i korridor med rollator, 2 x 40 m. Diagnosen har inte berörts under besöket."),
   ("Bedömning", "Nedsatt styrka i höftflexorer bilat. Behöver rollator vid förflyttning.")],
  must=["NL101"], setting=SV,
  why="Physiotherapist writes the settled ALS diagnosis and that the diagnosis talk is on 22/3.")

S("at-alzheimer-informationssamtal-v13", "vgr", 1944, "vg_ger_molndal", "Lena Strand",
  "arbetsterapeut", "Arbetsterapeutanteckning", "2024-03-19 10:15",
  [("Bakgrund", "Utredd på minnesmottagningen, diagnosen Alzheimers sjukdom sattes 5/3. Pat har "
                "inte fått diagnosbesked ännu; läkare och ssk planerar informationssamtal "
                "tillsammans med sonen v. 13."),
   ("Aktivitet", "ADL-bedömning i träningskök. Pat kokade kaffe och bredde smörgås, behövde "
                 "verbala påminnelser om ordningsföljd vid två tillfällen."),
   ("Bedömning", "Behöver stöd med planering av måltider och läkemedel. Förslag om dosett och "
                 "hemtjänstinsats tas upp vid nästa besök.")],
  must=["NL101"],
  why="Occupational therapist writes Alzheimer's disease and a planned (future) diagnosis talk.")

S("dietist-pankreascancer-besked-mandag", "skane", 1950, "sk_kir_lund", "Maria Olsson", "dietist",
  "Dietistanteckning", "2024-03-01 14:00",
  [("Anamnes", "Viktnedgång 9 kg på två månader, nedsatt aptit, illamående efter måltid."),
   ("Bedömning", "Pankreascancer konstaterad enligt DT och cytologi 27/2, men pat har inte fått "
                 "beskedet än – läkare informerar på måndag. Samtalet har därför endast handlat om nutrition."),
   ("Åtgärd", "Energiberikad kost, Calogen 30 ml x 3. Vägning två gånger i veckan.")],
  must=["NL101"], setting=SV,
  why="Dietician states the pancreatic cancer diagnosis and that the doctor tells the patient on Monday.")

S("kurator-hustrun-vet-glioblastom", "vgr", 1966, "vg_nkir_su", "Anders Wik", "kurator",
  "Kuratorsanteckning", "2024-05-07 13:45",
  [("Samtal", "Hustrun ringer kurator. Hon har av neurokirurgen fått veta att maken har ett "
              "glioblastom men maken själv vet ännu inget; han får besked av neurokirurg på onsdag."),
   ("Bedömning", "Hustrun i kris, orolig för hur deras tonårsbarn ska få veta."),
   ("Planering", "Nytt samtal med hustrun efter att maken fått beskedet. Erbjudit kontakt även för barnen.")],
  must=["NL101"], setting=SV,
  why="Counsellor: the wife knows of the glioblastoma, the patient does not; surgeon tells him Wednesday.")

S("psykolog-adhd-atergivning-18-april", "skane", 1996, "sk_psyk_lund", "Elin Sjöberg", "psykolog",
  "Psykologanteckning", "2024-04-09 15:30",
  [("Sammanfattning", "Testresultat, skattningsskalor och anamnes från modern uppfyller sammantaget "
                      "kriterierna för ADHD, kombinerad form."),
   ("Planering", "Återgivning till patienten sker 18/4 tillsammans med psykiatriker. Pat har ännu "
                 "inte fått ta del av resultatet.")],
  must=["NL101"], must_not=["NL102"],
  why="Psychologist writes an ADHD diagnosis whose feedback to the patient is still to come.")

S("rond-ssk-peritoneal-karcinos-samtal-kl14", "skane", 1949, "sk_med_krist", "Sofia Nilsson",
  "sjuksköterska", "Rondanteckning", "2024-02-20 11:10",
  [("Rond", "Rond med dr Ahmed. DT buk visar peritoneal karcinos. Pat ej inforemrad ännu. Dr Ahmed "
            "och ssk samtalar med pat och maken kl 14 idag."),
   ("Omvårdnad", "Pat mår illa, Primperan 10 mg givet kl 09. Dricker små mängder.")],
  must=["NL101"], setting=SV,
  why="Ward-round note by a nurse: peritoneal carcinomatosis, patient to be told at 14 (typo 'inforemrad').")

S("tel-lungtumor-misstankt-malign-ej-informerad", "vgr", 1952, "vg_lung_su", "Hanna Ström",
  "sjuksköterska", "Telefonanteckning", "2024-01-23 10:20",
  [("Telefonkontakt", "Ringer pat för att boka läkarbesök. Hon frågar om lungröntgen; svarar att "
                      "läkaren vill gå igenom svaret vid besöket. Röntgen visar en 3 cm stor tumör i "
                      "höger överlob, misstänkt malign. Pat ej informerad om fyndet. Tid bokad 25/1 hos dr Grahn.")],
  must=["NL101", "NL102"],
  why="Telephone note: a suspected malignant lung tumour written while the patient is not told.")

S("1177-svar-malignt-melanom-lakare-ringer", "skane", 1975, "sk_hud_lund", "Petra Lind",
  "sjuksköterska", "1177 Vårdguidens e-tjänster", "2024-05-13 14:30",
  [("Kontaktorsak", "Pat skriver via 1177 och frågar om svaret på excisionen av födelsemärket på ryggen."),
   ("Bedömning", "PAD visar malignt melanom, tjocklek 1,2 mm. Besked lämnas inte i meddelande och "
                 "pat har inte fått svaret."),
   ("Åtgärd", "Svarat pat att läkare ringer henne imorgon förmiddag. Dr Sandberg informerad och har "
              "lovat att ringa.")],
  refs=["1177-52011"],
  conversations=[CONV("1177-52011", "sk_hud_lund", "Ställ en fråga", "2024-05-12 19:02",
                      "2024-05-13 14:20",
                      [("patient", "2024-05-12 19:02", "Hej! Jag tog bort ett födelsemärke för tre "
                        "veckor sedan. Har ni fått något svar än?"),
                       ("staff", "2024-05-13 14:20", "Hej! Svaret har kommit. Läkaren ringer dig "
                        "imorgon förmiddag för att gå igenom det. Hälsningar Petra, Hudkliniken")])],
  must=["NL101"],
  why="1177 reply documented as a note: melanoma PAD written, the doctor will call tomorrow.")

S("rond-lakare-aml-besked-imorgon-bitti", "vgr", 1961, "vg_hemavd_su", "Olof Dahl", "läkare",
  "Rondanteckning", "2024-02-02 12:00",
  [("Rond", "Benmärgsprovet visar akut myeloisk leukemi. Pat ej informerad än då hon sov efter en "
            "natt med feber; besked ges imorgon kl 08.30 tillsammans med maken. Fortsatt Tazocin. "
            "Trombocyter 12, trombocyttransfusion ordinerad.")],
  must=["NL101"], must_not=["NL102"], setting=SV,
  why="Ward-round note: AML confirmed, the patient is to be told tomorrow morning.")

S("bm-graviditetsdiabetes-ringer-imorgon-typo", "skane", 1991, "sk_kvk_ystad", "Ida Persson",
  "barnmorska", "Barnmorskeanteckning", "2024-06-04 15:50",
  [("Aktuellt", "OGTT 3/6: 2-timmarsvärde 10,9 mmol/l, vilket innebär graviditetsdiabets. Pat har "
                "inte fått svaret ännu. Bm ringer henne imorgon och bokar tid hos diabetesbarnmorska.")],
  must=["NL101"],
  why="Midwife: gestational diabetes (typo 'graviditetsdiabets') not yet told; midwife calls tomorrow.")

S("kssk-prostatacancer-aterbesok-8-maj", "vgr", 1955, "vg_uro_su", "Mikael Ek",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-04-25 09:40",
  [("Aktuellt", "Biopsisvar: prostatacancer Gleason 4+4, PSA 48. Pat vet ännu inte svaret. Han "
                "informeras av urolog vid återbesök 8/5, kssk närvarar. Skelettscint bokad.")],
  must=["NL101"],
  why="Contact nurse: prostate cancer on biopsy, patient told by the urologist on 8/5.")

S("utkast-omv-gallblasecancer-kirurg-tar-det", "skane", 1948, "sk_kir_hbg", "Jonas Malm",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-03-27 21:15",
  [("Omvårdnad", "Ont i operationsområdet, Oxynorm 5 mg kl 19 med god effekt. Mobiliserad till toalett."),
   ("Information", "Pat frågar efter PAD från gallblåsan. PAD visar gallblåsecancer. Pat ej "
                   "informerad – kirurgen tar det på ronden imorgon. Har hänvisat frågan till läkaren.")],
  must=["NL101"], signed=False, setting=SV,
  why="Unsigned nursing draft: gallbladder cancer on PAD, surgeon tells the patient tomorrow.")

S("kurator-asih-hjarnmetastaser-familjen-vantar", "skane", 1963, "sk_asih_malmo", "Nina Åberg",
  "kurator", "Kuratorsanteckning", "2024-05-21 10:00",
  [("Samtal", "Hembesök. Make och två vuxna barn närvarande utan pat. Familjen känner till att pat "
              "har spridd bröstcancer med metastaser i hjärnan. Pat själv har inte fått veta om "
              "hjärnmetastaserna och familjen vill vänta."),
   ("Planering", "Läkare planerar samtal med pat på torsdag. Kurator följer upp familjen efter det.")],
  must=["NL101"], setting=HEM,
  why="Counsellor reports that the family knows of brain metastases the patient has not been told of.")

S("psykolog-ast-aterkoppling-ej-given", "vgr", 1999, "vg_npu_ostra", "Karl Nyberg", "psykolog",
  "Psykologanteckning", "2024-05-28 16:00",
  [("Bedömning", "Utredningen visar autismspektrumtillstånd utan intellektuell funktionsnedsättning. "
                 "Pat har inte fått någon återkoppling ännu."),
   ("Planering", "Återgivningssamtal bokat 3/6 med psykolog och läkare.")],
  must=["NL101"],
  why="Psychologist writes an autism diagnosis before the feedback session of 3/6.")

S("kurator-genetik-huntington-besked-2-maj", "skane", 1980, "sk_genetik_lund", "Therese Holm",
  "kurator", "Kuratorsanteckning", "2024-04-22 13:00",
  [("Inför besked", "Gentestet bekräftar diagnosen Huntingtons sjukdom. Svaret har inte lämnats till "
                    "pat ännu; beskedsbesök hos genetiker 2/5 där kurator deltar."),
   ("Bedömning", "Pat har tidigare uttryckt stark oro inför svaret. Erbjuds uppföljande samtal samma "
                 "dag som beskedet.")],
  must=["NL101"],
  why="Counsellor in clinical genetics: Huntington's disease confirmed, result not yet given.")

S("tel-hustrun-vill-inte-att-maken-far-veta", "vgr", 1947, "vg_kir_skovde", "Petra Ek",
  "sjuksköterska", "Telefonanteckning", "2024-02-12 17:30",
  [("Telefonsamtal", "Hustrun ringer. Hon vill inte att maken ska få veta att det är cancer i "
                     "matstrupen. Förklarat att pat har rätt att få information om sin sjukdom. Pat "
                     "har ännu inte fått beskedet; läkaren planerar samtal imorgon och hustrun får "
                     "delta om pat vill.")],
  must=["NL101"], setting=SV,
  why="A relative asks that the patient not be told of oesophageal cancer; he has not been told yet.")

S("fysio-patologisk-fraktur-misstankt-metastas", "vgr", 1946, "vg_ort_kungalv", "Erik Sund",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-01-30 11:30",
  [("Bakgrund", "Röntgen höger lårben visar patologisk fraktur, misstänkt skelettmetastas."),
   ("Bedömning", "Pat har inte informerats om misstanken; ortoped pratar med honom i eftermiddag. "
                 "Mobilisering avvaktas tills belastningsbesked finns.")],
  must=["NL101", "NL102"], setting=SV,
  why="Physiotherapist: pathological fracture with suspected metastasis, patient not told yet.")

S("at-meningeom-bifynd-utskrivningssamtal", "skane", 1953, "sk_orup", "Malin Rask",
  "arbetsterapeut", "Arbetsterapeutanteckning", "2024-06-11 14:10",
  [("Bakgrund", "Inlagd för rehabilitering efter vänstersidig stroke. MR hjärna visade även ett "
                "meningeom frontalt som bifynd. Pat har inte informerats om meningeomet – neurolog "
                "tar det vid utskrivningssamtalet."),
   ("Aktivitet", "Påklädningsträning. Klarar överkroppen själv, behöver hjälp med strumpor och skor.")],
  must=["NL101"], setting=SV,
  why="Occupational therapist: an incidental meningioma the patient has not been told of.")

S("kssk-njurcancer-typo-infomerad", "vgr", 1959, "vg_uro_udd", "Anna Berg", "kontaktsjuksköterska",
  "Kontaktsjuksköterskeanteckning", "2024-03-21 10:50",
  [("Aktuellt", "DT visar 5 cm stor njurcancer vänster sida. Pat ej infomerad om diagnosen, urolog "
                "ger besked 4/4. Kallelse skickad.")],
  must=["NL101"],
  why="Renal cancer, patient not told (typo 'infomerad'); urologist tells on 4/4.")

S("omv-kml-hematolog-pa-ronden-typo", "skane", 1970, "sk_hem_lund", "Ulrika Borg", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-02-27 20:40",
  [("Omvårdnad", "Feber 38,9 kl 18, odlingar tagna, Meropenem insatt enligt ordination."),
   ("Information", "Pat frågade om benmärgssvaret. Svaret visar kronisk myeloisk leukmi men pat har "
                   "ännu inte fått besked; hematologen informerar på ronden.")],
  must=["NL101"], setting=SV,
  why="Nursing note: CML (typo 'leukmi') on marrow, patient to be told on the ward round.")

S("1177-ventrikelcancer-kirurg-ringer", "vgr", 1951, "vg_endo_boras", "Lisa Wall", "sjuksköterska",
  "1177 Vårdguidens e-tjänster", "2024-04-03 09:15",
  [("Kontaktorsak", "Pat frågar via 1177 när han får svar på vävnadsproverna från gastroskopin."),
   ("Bedömning", "PAD visar ventrikelcancer. Svaret är inte lämpligt att lämna via meddelande och pat har inte fått det."),
   ("Åtgärd", "Svarat att kirurg ringer honom inom två dagar och att tid för besök bokas samtidigt. Dr Alm informerad.")],
  refs=["1177-33410"],
  conversations=[CONV("1177-33410", "vg_endo_boras", "Fråga om provsvar", "2024-04-02 08:12",
                      "2024-04-03 09:05",
                      [("patient", "2024-04-02 08:12", "Hej. Jag gjorde en gastroskopi för två veckor "
                        "sedan, när kommer svaren på proverna?"),
                       ("staff", "2024-04-03 09:05", "Hej! Svaren har kommit och en läkare kommer att "
                        "ringa dig inom två dagar. Mvh Lisa, Endoskopienheten")])],
  must=["NL101"],
  why="1177 reply note: gastric cancer on PAD, not given by message, surgeon will call.")

C("tva-anteckningar-myelom-ssk-fore-besked", "skane", 1954,
  [N("n1", "sk_hem_lund", "Cecilia Tran", "sjuksköterska", "Omvårdnadsanteckning", "2024-04-05 15:00",
     [("Information", "Pat frågar om provsvaren. Diagnosen myelom är fastställd men pat ej informerad; "
                      "hematolog informerar 9/4. Pat hänvisad till det besöket.")]),
   N("n2", "sk_hem_lund", "Gustav Ferm", "läkare", "Läkaranteckning", "2024-04-09 11:00",
     [("Samtal", "Informerat pat om diagnosen myelom, stadium II. Pat tog beskedet sansat och ställde "
                 "frågor om behandling. Hustrun närvarande.")])],
  must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n1")],
  why="Two notes: the nurse's note before the talk breaks the routine, the doctor's note after it does not.")

C("tidiga-hypoteser-sokord-als-ssk-laker", "vgr", 1962,
  [N("n1", "vg_neuro_su", "Per Alsing", "läkare", "Läkaranteckning", "2024-03-11 10:00",
     [("Aktuellt", "Remitterad för fascikulationer och svaghet i vänster hand sedan ett halvår."),
      ("Tidiga hypoteser", "Misstänkt ALS. Ej kommunicerat med pat i väntan på EMG.")]),
   N("n2", "vg_neuro_su", "Jenny Kron", "sjuksköterska", "Omvårdnadsanteckning", "2024-03-11 11:30",
     [("Information", "Pat frågar vad läkarna tror. Enligt läkaren misstänks ALS, men pat är inte "
                      "informerad om detta. Hänvisat till läkarbesöket efter EMG.")])],
  must=[("NL101", "n2"), ("NL102", "n2")], must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="VGR: the doctor hid suspected ALS under sökord Tidiga hypoteser; the nurse repeats it visibly.")

C("tidiga-hypoteser-mall-pankreas-dietist-laker", "skane", 1956,
  [N("n1", "sk_kir_lund", "Tove Linde", "läkare", "Tidiga hypoteser", "2024-02-19 09:00",
     [("Tidiga hypoteser", "DT talar för pankreascancer. Ej kommunicerat, besked efter EUS.")]),
   N("n2", "sk_kir_lund", "Hedvig Sand", "dietist", "Dietistanteckning", "2024-02-20 13:30",
     [("Bedömning", "Läkaren misstänker pankreascancer, vilket pat ännu inte känner till. Samtalet höll "
                    "sig till kost och viktnedgång."),
      ("Åtgärd", "Näringsdryck 2 x 1. Ny kontakt om en vecka.")], setting=SV)],
  must=[("NL101", "n2"), ("NL102", "n2")], must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Skåne: the hypothesis is in the Tidiga hypoteser template, the dietician's visible note leaks it.")

S("omv-tidiga-hypoteser-plus-synlig-ms", "vgr", 1990, "vg_alingsas", "Karin Ahl", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-05-15 19:20",
  [("Tidiga hypoteser", "MR visar förändringar som kan tala för multipel skleros. Ej kommunicerat."),
   ("Omvårdnad", "Pat har ännu inte fått veta att läkarna tror att det är MS, hon tror själv att det "
                 "är en nackskada. Orolig, sover dåligt.")],
  must=["NL101", "NL102"], setting=SV,
  why="VGR note with a protected Tidiga hypoteser section whose content is repeated in a visible section.")

S("rond-spridning-kand-lungcancer-brytpunkt", "vgr", 1945, "vg_lidkoping", "Martin Gran", "läkare",
  "Rondanteckning", "2024-01-17 11:45",
  [("Rond", "PET-DT visar spridning till skelett och lever av känd lungcancer. Pat känner till "
            "lungcancern sedan januari men är inte informerad om spridningen. Brytpunktssamtal med "
            "pat och dotter planeras fredag.")],
  must=["NL101"], setting=SV,
  why="Known cancer told, new metastases not told: the new diagnosis is uncommunicated.")

S("tel-sonen-hjarninfarkt-mamman-ronden", "skane", 1938, "sk_landskrona", "Linnea Sjö",
  "sjuksköterska", "Telefonanteckning", "2024-03-02 18:10",
  [("Telefon", "Samtal med sonen. Informerat om att pat vårdas för hjärninfarkt och att hon är "
               "stabil. Pat själv har ännu inte fått veta att det är en stroke, läkaren informerar "
               "henne på ronden imorgon när hon är piggare.")],
  must=["NL101"], setting=SV,
  why="Telephone note: son informed of a cerebral infarction, the patient is to be told tomorrow.")

S("kssk-brostcancer-besked-vid-besok", "skane", 1972, "sk_brost_lund", "Jenny Falk",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-03-08 16:00",
  [("Aktuellt", "Mellannålsbiopsi vänster bröst visar invasiv duktal bröstcancer. Pat har önskat få "
                "svaret vid besök och har därför inte informerats per telefon. Besked av kirurg 12/3 "
                "kl 09.00, kssk närvarar.")],
  must=["NL101"], must_not=["NL102"],
  why="Breast cancer on biopsy; the patient chose to hear it at a visit and has not been told yet.")

S("bm-hepatit-b-infektionslakare-tolk", "vgr", 1993, "vg_smv_ostra", "Amina Hassan", "barnmorska",
  "Barnmorskeanteckning", "2024-02-15 13:30",
  [("Aktuellt", "Inskrivningsproverna visar kronisk hepatit B (HBsAg positivt). Pat ej informerad än. "
                "Infektionsläkare kontaktad och träffar pat med tolk 20/2.")],
  must=["NL101"], must_not=["NL102"],
  why="Midwife: chronic hepatitis B on booking tests, the patient will be told on 20/2.")

S("ssk-hiv-konfirmerat-ej-meddelad", "vgr", 1988, "vg_inf_nal", "Johanna Lind", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-05-02 16:15",
  [("Aktuellt", "HIV-test positivt, konfirmerat med linjeblot. Pat ännu ej meddelad. Infektionsläkare "
                "träffar pat imorgon kl 10, ssk deltar.")],
  must=["NL101"],
  why="Nurse writes a confirmed HIV diagnosis before the patient has been told.")

S("kssk-kll-forandrade-blodvarden", "vgr", 1949, "vg_hem_su", "Maja Lindgren",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-03-12 14:20",
  [("Aktuellt", "Flödescytometri bekräftar kronisk lymfatisk leukemi. Pat har fått veta att han har "
                "förändrade blodvärden men inte diagnosen. Hematolog informerar vid besök 20/3.")],
  must=["NL101"],
  why="Patient knows only of abnormal blood values, not of the CLL diagnosis written in the note.")

S("rond-ssk-ascites-trolig-ovarialcancer", "skane", 1955, "sk_trbg_med", "Amanda Frid",
  "sjuksköterska", "Rondanteckning", "2024-04-16 10:40",
  [("Rond", "Rond dr Berg. Cytologi från ascitestappningen visar maligna celler, trolig "
            "ovarialcancer. Pat ej informerad. Gynkonsult imorgon, därefter besked till pat.")],
  must=["NL101", "NL102"], setting=SV,
  why="Ward round: probable ovarian cancer written, the patient is to be told after the consult.")

S("psykolog-instabil-personlighetsstorning-ej-aterkopplad", "vgr", 1994, "vg_psyk_ostra",
  "Fredrik Holm", "psykolog", "Psykologanteckning", "2024-06-05 10:30",
  [("Bedömning", "Uppfyller kriterierna för emotionellt instabil personlighetsstörning enligt "
                 "SCID-5-PD. Diagnosen har inte återkopplats till pat; görs tillsammans med "
                 "behandlande läkare vid besöket 14/6.")],
  must=["NL101"],
  why="Psychologist: personality disorder diagnosis not yet fed back to the patient.")

S("kurator-recidiv-ovarialcancer-vantar-besked", "skane", 1960, "sk_onk_lund", "Linda Ros",
  "kurator", "Kuratorsanteckning", "2024-04-04 13:15",
  [("Samtal", "Stödsamtal. Pat pratar om oro för att cancern ska komma tillbaka. Hon vet inte att "
              "DT 2/4 visar recidiv av ovarialcancer; läkaren har bett kurator vänta med samtal om "
              "framtiden tills pat fått beskedet 10/4.")],
  must=["NL101"],
  why="Counsellor knows of a recurrence the patient will be told of on 10/4.")

S("asih-tel-tarmobstruktion-dr-ringer-ikvall", "skane", 1952, "sk_asih_malmo", "Anna Nord",
  "sjuksköterska", "Telefonanteckning", "2024-05-06 15:40",
  [("Kontaktorsak", "Pat ringer, tilltagande buksmärtor och kräkningar sedan i morse."),
   ("Bedömning", "DT igår visar tarmobstruktion orsakad av tumörtillväxt. Pat har ännu inte fått "
                 "denna information; dr Persson ringer henne ikväll."),
   ("Åtgärd", "Extra dos Morfin 5 mg sc given av sjuksköterska kl 15. Illamåendet följs upp.")],
  must=["NL101"], setting=HEM,
  why="ASIH telephone note: bowel obstruction from tumour growth, the doctor calls tonight.")

S("fysio-ipf-mdk-lungläkare-28-mars", "vgr", 1950, "vg_lung_su", "Oskar Bengtsson",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-03-20 09:00",
  [("Bakgrund", "Idiopatisk lungfibros enligt multidisciplinär konferens 14/3. Pat informeras om "
                "diagnosen av lungläkare 28/3 och känner ännu inte till den."),
   ("Åtgärd", "6MWT 380 m, saturation från 95 till 88 %. Instruerad i andningsteknik och hemträningsprogram.")],
  must=["NL101"], must_not=["NL102"],
  why="Physiotherapist: IPF diagnosis from the team conference, told by the lung doctor on 28/3.")

S("omv-sonen-vet-mamman-lungcancer", "vgr", 1935, "vg_geravd_molndal", "Elsa Borg",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-02-07 14:00",
  [("Information", "Sonen är informerad av dr Lund om att mamman har lungcancer. Mamman själv är "
                   "inte informerad, enligt sonens önskan. Läkaren tar ställning till hur och när "
                   "besked ska ges till henne.")],
  must=["NL101"], setting=SV,
  why="The son knows of lung cancer; the patient has not been told at his request.")

S("omv-obs-ska-ej-informeras-fore-mdk", "skane", 1964, "sk_kir_malmo", "Rebecka Ljung",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-02-29 08:30",
  [("OBS", "Pat ska inte informeras om diagnosen tunntarmscancer förrän efter MDK 5/3, enligt dr "
           "Holm. Hänvisa frågor till läkare."),
   ("Omvårdnad", "Sovit gott. Äter halva portioner. Dropp avslutat.")],
  must=["NL101"], setting=SV,
  why="Explicit instruction that the patient must not be told of small-bowel cancer yet.")

S("kssk-diagnosbesked-smacellig-torsdag", "vgr", 1957, "vg_onk_su", "Sanna Berg",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-05-20 11:10",
  [("Planering", "Diagnosbesked om småcellig lungcancer ges av dr Strand på torsdag. Ssk ringer pat "
                 "och bokar tiden; anhörig får gärna följa med.")],
  must=["NL101"],
  why="Implicit: the diagnosis talk about small-cell lung cancer is on Thursday, so not told yet.")

S("omv-levercirros-typo-diagonsen", "vgr", 1958, "vg_med_nal", "Sven Lorentzon", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-04-12 20:05",
  [("Omvårdnad", "Buken spänd, vikt 84 kg. Diuretika enligt ordination. Pat ännu ej informerad om "
                 "diagonsen levercirros, dr informerar vid utskrivningssamtalet.")],
  must=["NL101"], setting=SV,
  why="Liver cirrhosis not yet told (typo 'diagonsen').")

S("1177-urinblasecancer-urolog-ringer-19-mars", "skane", 1946, "sk_uro_malmo", "Eva Palm",
  "sjuksköterska", "1177 Vårdguidens e-tjänster", "2024-03-15 10:30",
  [("Kontaktorsak", "Pat undrar via 1177 om det var cancer som syntes vid cystoskopin."),
   ("Bedömning", "PAD efter TURB: urotelial cancer i urinblåsan. Pat ej informerad, besked ska ges muntligt."),
   ("Åtgärd", "Svarat pat att urolog ringer honom 19/3 och går igenom svaret.")],
  refs=["1177-70233"],
  conversations=[CONV("1177-70233", "sk_uro_malmo", "Ställ en fråga", "2024-03-14 21:40",
                      "2024-03-15 10:25",
                      [("patient", "2024-03-14 21:40", "Hej, var det cancer ni såg i blåsan? Jag "
                        "har inte hört något sedan operationen."),
                       ("staff", "2024-03-15 10:25", "Hej! Urologen ringer dig tisdag 19/3 och går "
                        "igenom svaret med dig. Mvh Eva, Urologiska kliniken")])],
  must=["NL101"],
  why="1177 reply note: bladder cancer on PAD, patient asked directly and was not told.")

S("kurator-sarkom-typo-informerd", "vgr", 1977, "vg_onk_boras", "Ylva Kvist", "kurator",
  "Kuratorsanteckning", "2024-06-18 14:30",
  [("Samtal", "Telefonsamtal med pat som är orolig inför onsdagens besök. Pat ej informerd om att "
              "PAD visar liposarkom i låret, det gör onkologen på onsdag. Kurator har inte nämnt svaret."),
   ("Planering", "Kurator finns med vid besöket.")],
  must=["NL101"],
  why="Counsellor note: liposarcoma not yet told (typo 'informerd').")

S("rond-hoftfraktur-osteolytisk-metastas", "skane", 1940, "sk_ort_ystad", "Henrik Lövgren",
  "läkare", "Rondanteckning", "2024-01-25 10:05",
  [("Rond", "Dag 1 efter op av höftfraktur, smärtlindrad. Rtg visar även en osteolytisk metastas i "
            "bäckenet. Pat ej informerad, besked i eftermiddag med dottern närvarande. Mobilisering "
            "med fysioterapeut.")],
  must=["NL101"], setting=SV,
  why="Ward-round note: bone metastasis found, patient told this afternoon.")

S("bm-syfilis-konfirmerad-gemensamt-besok", "vgr", 1995, "vg_smv_ostra", "Hanna Wallin",
  "barnmorska", "Barnmorskeanteckning", "2024-03-01 10:10",
  [("Provsvar", "Syfilisserologi från inskrivningen positiv, konfirmerad med TPPA. Pat har ännu inte "
                "fått svaret; bm och infektionsläkare träffar pat gemensamt 7/3.")],
  must=["NL101"],
  why="Midwife: confirmed syphilis, a joint visit to tell the patient is booked.")

S("sjukgymn-parkinson-neurolog-informerar", "skane", 1951, "sk_fys_angelholm", "Lars Ek",
  "fysioterapeut", "Sjukgymnastanteckning", "2024-08-20 09:45",
  [("Bedömning", "Gånghastighet 0,8 m/s, frysningsepisoder vid dörrpassage. DAT-scan visade nedsatt "
                 "upptag och neurologen har ställt diagnosen Parkinsons sjukdom; pat har inte fått "
                 "beskedet än, neurolog informerar 28/8."),
   ("Åtgärd", "Visuella och auditiva cues inövade. Hemprogram.")],
  must=["NL101"],
  why="Physiotherapist (Sjukgymnastanteckning) writes a Parkinson diagnosis to be told on 28/8.")

S("dietist-koloncancer-stomi-kirurg-forst", "vgr", 1953, "vg_kir_udd", "Emilia Saar", "dietist",
  "Dietistanteckning", "2024-09-03 13:10",
  [("Nutrition", "Pat äter dåligt efter akut operation för tarmvred. PAD visade koloncancer, men "
                 "det har pat ännu inte fått veta – kirurgen informerar på torsdag. Dietisten har "
                 "inte tagit upp diagnosen."),
   ("Åtgärd", "Proteinberikad kost och näringsdryck. Uppföljning tisdag.")],
  must=["NL101"], setting=SV,
  why="Dietician: colon cancer found after an emergency operation, the surgeon tells on Thursday.")

S("utkast-kssk-lymfom-inga-besked-via-telefon", "skane", 1967, "sk_hem_lund", "Isabella Ring",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-09-11 16:20",
  [("Telefon", "Pat ringer och undrar över körtelbiopsin. Svaret visar follikulärt lymfom grad 2. "
               "Enligt hematologens önskan lämnas inget besked per telefon, pat får svaret vid "
               "besöket 16/9.")],
  must=["NL101"], signed=False,
  why="Unsigned contact-nurse draft: follicular lymphoma, the patient waits for the visit on 16/9.")

S("omv-anhoriga-vet-endokardit-pat-ej-an", "vgr", 1958, "vg_infavd_ostra", "Nora Svahn",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-10-02 22:30",
  [("Information", "Maken och dottern informerade av jourläkare om att odlingarna visar endokardit. "
                   "Pat har inte fått beskedet ännu; infektionsläkaren berättar för henne på ronden "
                   "imorgon."),
   ("Omvårdnad", "Feberfri sedan kl 16. Antibiotika iv enligt lista.")],
  must=["NL101"], setting=SV,
  why="Relatives told of endocarditis, the patient not yet; doctor tells her tomorrow.")

S("tel-kssk-bukspottkortel-vantar-mdk-besked", "vgr", 1948, "vg_kirmott_skovde", "Lovisa Eng",
  "kontaktsjuksköterska", "Telefonanteckning", "2024-10-14 13:50",
  [("Telefon", "Dottern ringer för pappans räkning. DT visar en tumör i bukspottkörteln, trol. "
               "cancer. Pappan vet inte om fyndet än, kirurgen ger besked efter MDK på onsdag. "
               "Dottern ombedd att inte föregripa beskedet.")],
  must=["NL101", "NL102"],
  why="Telephone note: probable pancreatic cancer written, relative asked not to tell before the doctor.")

S("ssk-lunga-inte-berattat-for-pat-enl-onskemal-lakare", "skane", 1943, "sk_lung_lund",
  "Ebba Lindh", "sjuksköterska", "Omvårdnadsanteckning", "2024-11-05 11:25",
  [("Aktuellt", "Bronkoskopi utförd idag. Snabbsvar från cytologen: icke-småcellig lungcancer. Pat "
                "har inte fått veta något, överläkaren vill ge beskedet själv vid återbesöket 12/11.")],
  must=["NL101"],
  why="Nurse records a rapid cytology result of lung cancer that the doctor will give on 12/11.")

# =========================================================================== B
# NL101 near misses: the patient was told, a relative (not the patient) is uninformed, the
# uninformed matter is not a diagnosis, the result is normal, the diagnosis is hidden.

S("kssk-rektalcancer-besked-igar-stomifragor", "skane", 1961, "sk_kirmott_hbg", "Karin Holm",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-03-14 10:30",
  [("Aktuellt", "Pat fick igår besked av dr Lindqvist om adenocarcinom i rektum. Idag ringer hon "
                "med frågor om stomi och sjukskrivning."),
   ("Åtgärd", "Informerat om stomiterapeut, tid bokad 21/3. Sjukintyg skickat.")],
  must_not=["NL101"],
  why="Near miss: the patient was told yesterday; the rectal cancer is communicated.")

S("kssk-brostcancer-barnen-vet-inte-an", "vgr", 1978, "vg_brost_boras", "Lina Hedlund",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-03-06 15:00",
  [("Samtal", "Pat informerades om bröstcancerdiagnosen 4/3 av kirurg. Hon har ännu inte berättat "
              "för sina barn och vill göra det själv i helgen. Erbjuden barnbroschyr och kuratorskontakt.")],
  must_not=["NL101"],
  why="Near miss: the children are not told, the patient is.")

S("omv-kand-hjartsvikt-ej-informerad-om-flytt", "skane", 1939, "sk_med_krist", "Moa Bergström",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-01-12 19:40",
  [("Omvårdnad", "Känd hjärtsvikt, vikt idag 78,2 kg (-1,1). Andas lugnt i vila, lätta ödem över fotryggarna."),
   ("Planering", "Pat ännu ej informerad om planerad flytt till avd 7 imorgon, görs på morgonen.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: what the patient has not been told is a ward transfer, not a diagnosis.")

S("tel-pad-svar-finns-innehall-ej-namnt", "vgr", 1950, "vg_uro_su", "Tilda Nyman", "sjuksköterska",
  "Telefonanteckning", "2024-02-22 09:20",
  [("Telefon", "Pat ringer och frågar om PAD-svaret. Svaret finns men pat ej informerad om "
               "innehållet; urologen ringer imorgon mellan 10 och 11.")],
  must_not=["NL101"],
  why="Near miss: a result is pending communication but no diagnosis is written.")

S("kssk-benign-biopsi-ringer-imorgon", "skane", 1983, "sk_brost_lund", "Jenny Falk",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-04-18 16:10",
  [("Aktuellt", "Biopsin från höger bröst visade inga tecken på malignitet. Pat ännu ej informerad "
                "om det lugnande svaret; kssk ringer henne imorgon förmiddag.")],
  must_not=["NL101", "NL102"],
  why="Near miss: a normal biopsy not yet told (negated malignancy).")

S("omv-lymfom-besked-pa-ronden-idag-typo", "vgr", 1955, "vg_med_nal", "Elin Rydberg",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-05-08 15:30",
  [("Information", "Pat var inte informerad om diagnsen vid inskrivningen men fick beskedet om "
                   "lymfom av dr Nilsson på ronden idag. Han är ledsen men samlad, hustrun på väg in.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: 'not informed' is past; told on today's round (typo 'diagnsen').")

S("kssk-njurcancer-vill-ej-prata-prognos", "skane", 1956, "sk_uro_malmo", "Camilla Öst",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-04-15 13:00",
  [("Samtal", "Pat informerad om diagnosen njurcancer av urolog 12/4. Vill själv inte diskutera "
              "prognos idag, önskar ta det vid nästa besök tillsammans med frun.")],
  must_not=["NL101"],
  why="Near miss: the patient knows the diagnosis and chooses to postpone prognosis talk.")

S("tel-modern-hade-als-ej-fatt-emg-tid", "vgr", 1979, "vg_neuro_su", "Jenny Kron", "sjuksköterska",
  "Telefonanteckning", "2024-02-26 10:45",
  [("Telefon", "Pat ringer, orolig eftersom hennes mor hade ALS. Hon har inte fått information om "
               "tiden för EMG än; kallelse skickas denna vecka. Lugnat och förklarat utredningsgången.")],
  must_not=["NL101", "NL102"],
  why="Near miss: ALS is the mother's; the patient lacks only an appointment time.")

S("psykolog-tidiga-hypoteser-mall-ast", "skane", 1998, "sk_psyk_lund", "Elin Sjöberg", "psykolog",
  "Tidiga hypoteser", "2024-02-13 16:45",
  [("Tidiga hypoteser", "Under testningen framkommer drag som väcker misstanke om "
                        "autismspektrumtillstånd. Ej kommunicerat med pat, kräver fördjupad utredning "
                        "innan återkoppling.")],
  must_not=["NL101"],
  why="Skåne: a psychologist's uncommunicated hypothesis correctly in the Tidiga hypoteser template.")

S("kssk-tidiga-hypoteser-sokord-pankreas", "vgr", 1952, "vg_kirmott_skovde", "Lovisa Eng",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-03-04 09:10",
  [("Aktuellt", "Pat kommer för blodprover inför besök hos kirurg 7/3. Mår som vanligt, äter bra."),
   ("Tidiga hypoteser", "DT talar för pankreascancer med levermetastaser. Pat ej informerad, besked "
                        "ges av kirurg 7/3.")],
  must_not=["NL101"],
  why="VGR: the uncommunicated hypothesis stays under sökord Tidiga hypoteser; visible part is clean.")

S("1177-basalcellscancer-besked-lamnat-per-telefon", "skane", 1944, "sk_hud_lund", "Petra Lind",
  "sjuksköterska", "1177 Vårdguidens e-tjänster", "2024-06-03 11:00",
  [("Kontaktorsak", "Pat frågar via 1177 om svaret från hudbiopsin på näsan."),
   ("Åtgärd", "Ringt pat och lämnat beskedet enligt läkarens ordination: PAD visar basalcellscancer, "
              "radikalt borttagen. Ingen ytterligare åtgärd, pat nöjd.")],
  must_not=["NL101"],
  why="Near miss: 1177 question answered by a phone call that gave the diagnosis.")

S("kurator-hiv-hustrun-ej-informerad", "vgr", 1971, "vg_inf_nal", "Rasmus Holm", "kurator",
  "Kuratorsanteckning", "2024-06-12 10:00",
  [("Samtal", "Pat känner till sin hiv-diagnos sedan maj. Han vill inte att hustrun informeras än "
              "och behöver stöd i hur han ska berätta. Diskuterat smittskyddsaspekter och "
              "informationsplikt tillsammans med infektionsläkare.")],
  must_not=["NL101"],
  why="Near miss: the wife is uninformed, the patient knows his HIV diagnosis.")

S("tel-dotter-vaskular-demens-samtycke", "skane", 1934, "sk_ger_malmo", "Agnes Wester",
  "sjuksköterska", "Telefonanteckning", "2024-03-19 14:30",
  [("Telefon", "Dottern ringer. Pat själv infomrerades igår om diagnosen vaskulär demens och har gett "
               "samtycke till att dottern får information. Dottern informerad om diagnos och planering.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: the patient was told first (typo 'infomrerades') and consented to informing the daughter.")

S("omv-hb-78-ej-informerad-om-vardet", "vgr", 1947, "vg_alingsas", "Ines Blom", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-04-09 07:50",
  [("Omvårdnad", "Hb 78 idag, föregående 91. Pat ej informerad om värdet ännu, läkaren bedömer "
                 "behov av transfusion på ronden.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: an untold lab value, no diagnosis named.")

S("kssk-dlbcl-kand-behandlingsplan-ej-klar", "skane", 1962, "sk_hem_lund", "Isabella Ring",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-01-24 13:40",
  [("Aktuellt", "Pat känner till sin diagnos diffust storcelligt B-cellslymfom sedan 10/1. Han är "
                "ännu inte informerad om behandlingsplanen efter MDK, hematolog ringer fredag.")],
  must_not=["NL101"],
  why="Near miss: the treatment plan is untold, the lymphoma diagnosis is known.")

S("kurator-parkinson-arbetsgivaren", "vgr", 1968, "vg_neuro_su", "Åsa Linde", "kurator",
  "Kuratorsanteckning", "2024-04-23 09:30",
  [("Samtal", "Pat har fått diagnosen Parkinsons sjukdom och vill inte att arbetsgivaren ska få "
              "veta ännu. Samtal om rätten att inte berätta och om anpassning av arbetet.")],
  must_not=["NL101"],
  why="Near miss: the employer is uninformed, the patient has the diagnosis.")

S("bm-missed-abortion-partnern-ej-informerad", "skane", 1990, "sk_kvk_malmo", "Frida Holm",
  "barnmorska", "Barnmorskeanteckning", "2024-05-27 17:20",
  [("Aktuellt", "Pat informerad av dr Ali om att ultraljudet visar missed abortion v. 9. Partnern "
                "var inte med och är inte informerad, pat vill berätta själv. Information om "
                "medicinsk behandling given.")],
  must_not=["NL101"],
  why="Near miss: the partner is uninformed, the patient was told by the doctor.")

S("rond-skivepitelcancer-informerat-pat-och-make", "vgr", 1951, "vg_lungavd_su", "Stina Roos",
  "läkare", "Rondanteckning", "2024-02-14 11:20",
  [("Rond", "Informerat pat och maken om PAD från bronkoskopin: skivepitelcancer i vänster lunga. "
            "Pat vill ha tid att smälta beskedet, fortsatt samtal imorgon. Syrgas 2 l/min.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: ward-round note where the patient is told.")

S("tel-dt-utan-spridning-ej-meddelat", "skane", 1966, "sk_onk_lund", "Sara Malmberg",
  "kontaktsjuksköterska", "Telefonanteckning", "2024-06-10 15:45",
  [("Telefon", "Pat ej informerad ännu om att DT inte visar något tecken på spridning. Kssk ringer "
               "imorgon, läkaren har godkänt att svaret lämnas per telefon.")],
  must_not=["NL101", "NL102"],
  why="Near miss: the untold result is negative for spread.")

S("kssk-rektalcancer-operationsdatum-ej-klart", "vgr", 1960, "vg_kirmott_skovde", "Emma Dahl",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-02-15 14:00",
  [("Aktuellt", "Pat känner till diagnosen rektalcancer sedan besöket 2/2. Operationsdatum är inte "
                "klart och pat är därför ännu inte informerad om datum; kssk ringer så snart "
                "planeringen är klar.")],
  must_not=["NL101"],
  why="Near miss: the operation date is untold, the diagnosis is known.")

S("planering-om-pad-visar-malignitet", "skane", 1973, "sk_kir_lund", "Viktor Hall", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-05-16 12:10",
  [("Planering", "PAD inväntas. Om PAD visar malignitet informeras pat av kirurg vid återbesök, "
                 "annars per brev. Hemgång idag, sårkontroll på vårdcentral dag 10.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: a conditional plan for a result that has not arrived; no diagnosis affirmed.")

S("kssk-informerad-om-misstanke-lymfom", "vgr", 1963, "vg_hem_su", "Maja Lindgren",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-03-08 13:30",
  [("Aktuellt", "Pat informerad av dr Fors om misstanke om lymfom efter DT. Körtelbiopsi bokad 12/3.")],
  must=["NL102"], must_not=["NL101"],
  why="Patient told of the suspicion: not NL101, but a hedged diagnosis in a visible Melior note.")

S("kurator-leukemi-barnen-8-och-11", "skane", 1984, "sk_hem_lund", "Linn Ahlberg", "kurator",
  "Kuratorsanteckning", "2024-03-22 10:15",
  [("Samtal", "Pat vill vänta med att berätta för barnen, 8 och 11 år, om sin leukemi. Diskuterat "
              "åldersanpassad information och stöd från skolkurator.")],
  must_not=["NL101"],
  why="Near miss: the patient's young children are not told; she knows.")

S("tel-informerat-celiaki-remiss-dietist", "vgr", 1986, "vg_alingsas_mott", "Klara Berg",
  "sjuksköterska", "Telefonanteckning", "2024-04-26 09:05",
  [("Telefon", "Ringt pat och informerat att tunntarmsbiopsin bekräftar celiaki. Remiss till dietist "
               "skickad. Pat har inga frågor just nu.")],
  must_not=["NL101"],
  why="Near miss: telephone note that gives the diagnosis to the patient.")

S("omv-ev-hemgang-fredag-ej-informerad", "skane", 1937, "sk_kir_hbg", "Jonas Malm", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-04-03 20:00",
  [("Planering", "Pat ej informerad om ev. hemgång på fredag, vi avvaktar läkarens beslut efter "
                 "kontroll av CRP.")],
  must_not=["NL101", "NL102"], setting=SV,
  why="Near miss: the uninformed and hedged item is a discharge, not a diagnosis.")

S("fysio-valinformerad-kol-pep", "vgr", 1949, "vg_lung_su", "Oskar Bengtsson", "fysioterapeut",
  "Fysioterapeutanteckning", "2024-05-14 10:30",
  [("Bedömning", "Pat välinformerad om sin KOL och använder PEP-flaskan dagligen. Andningsövningar "
                 "repeterade, inga nya problem.")],
  must_not=["NL101", "NL102"],
  why="Near miss: 'välinformerad' – the patient is informed about COPD.")

S("ssk-ven-klamydia-foraldrar-vet-inte", "skane", 2004, "sk_ven_malmo", "Maja Kjellberg",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-09-17 11:40",
  [("Aktuellt", "Pat informerad om positivt klamydiaprov och behandlad med doxycyklin. Hon vill inte "
                "att föräldrarna får veta; förklarat att de inte har tillgång till hennes journal "
                "eftersom hon är 20 år.")],
  must_not=["NL101"],
  why="Near miss: the parents are not told; the adult patient was.")

S("kssk-prostatacancer-kand-behandlingsval", "vgr", 1952, "vg_uro_su", "Mikael Ek",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-05-02 15:10",
  [("Aktuellt", "Diagnosen prostatacancer har pat känt till sedan februari. Urolog går igenom "
                "behandlingsalternativen vid återbesök 14/5; pat har inte fått information om dessa ännu.")],
  must_not=["NL101"],
  why="Near miss: treatment options untold, the cancer diagnosis known.")

S("kurator-second-opinion-skelettmetastaser", "skane", 1958, "sk_onk_lund", "Linda Ros", "kurator",
  "Kuratorsanteckning", "2024-07-09 13:00",
  [("Samtal", "Pat har fått beskedet om skelettmetastaser och vill ha en second opinion. Arg och "
              "besviken. Informerat om patientens rätt till ny medicinsk bedömning.")],
  must_not=["NL101"],
  why="Near miss: patient told, seeks a second opinion.")

S("tel-kand-ms-kallelse-mr-saknas", "vgr", 1985, "vg_neuro_su", "Anton Ahl", "sjuksköterska",
  "Telefonanteckning", "2024-03-27 11:15",
  [("Telefon", "Pat med känd MS sedan 2015 har ännu inte fått kallelse till årlig MR. Kontrollerat "
               "remissen, tid kommer i april.")],
  must_not=["NL101"],
  why="Near miss: 'ännu inte' concerns a summons, the MS is known.")

S("ssk-dm1-hba1c-ej-kommunicerat", "skane", 1997, "sk_angelholm", "Hugo Winther", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-08-06 10:20",
  [("Aktuellt", "Känd diabetes typ 1 sedan barndomen. Dagens HbA1c-svar är inte kommunicerat med pat "
                "ännu; diabetessköterska ringer efter lunch.")],
  must_not=["NL101"],
  why="Near miss: a lab value is uncommunicated, the diabetes long known.")

S("tel-mr-uteslot-tumor-ssk-ringer", "vgr", 1976, "vg_neuro_su", "Jenny Kron", "sjuksköterska",
  "Telefonanteckning", "2024-04-30 16:00",
  [("Telefon", "MR hjärna uteslöt tumör. Pat ej informerad om svaret än, ssk ringer imorgon på "
               "överenskommen tid.")],
  must_not=["NL101", "NL102"],
  why="Near miss: the untold result excludes a tumour.")

S("1177-hypotyreos-skriftlig-info", "skane", 1969, "sk_endo_malmo", "Olivia Strand",
  "sjuksköterska", "1177 Vårdguidens e-tjänster", "2024-02-21 13:25",
  [("Kontaktorsak", "Pat önskar skriftlig information om hypotyreos via 1177."),
   ("Bedömning", "Pat informerades om diagnosen vid läkarbesöket 12/2 enligt journal."),
   ("Åtgärd", "Skickat länk till 1177-artikel och patientbroschyr via meddelande.")],
  must_not=["NL101"],
  why="Near miss: 1177 reply for a patient who was told at the visit.")

S("psykolog-atergivning-adhd-given-idag", "vgr", 1992, "vg_npu_ostra", "Karl Nyberg", "psykolog",
  "Psykologanteckning", "2024-09-24 14:00",
  [("Återgivning", "Återgivning given idag: utredningen visar ADHD, huvudsakligen ouppmärksam form. "
                   "Pat fick en skriftlig sammanfattning och verkade lättad.")],
  must_not=["NL101"],
  why="Near miss: the psychologist has just given the feedback.")

S("at-parkinson-hemtjansten-ej-informerad", "skane", 1945, "sk_neuro_malmo", "Malin Rask",
  "arbetsterapeut", "Arbetsterapeutanteckning", "2024-03-05 11:00",
  [("Bedömning", "Pat informerad om Parkinsondiagnosen av neurolog 2/2 men vill inte att hemtjänsten "
                 "informeras. Bostadsanpassning av badrum diskuterad.")],
  must_not=["NL101"],
  why="Near miss: home-care staff are not informed, the patient is.")

S("dietist-celiaki-fatt-diagnos-forra-veckan", "vgr", 1991, "vg_diet_skovde", "Emilia Saar",
  "dietist", "Dietistanteckning", "2024-05-22 09:40",
  [("Anamnes", "Pat har fått celiakidiagnosen av gastroenterolog i förra veckan och kommer för "
               "genomgång av glutenfri kost."),
   ("Åtgärd", "Genomgång av dolda glutenkällor, havre okej. Listor skickas hem.")],
  must_not=["NL101"],
  why="Near miss: the patient has the diagnosis and comes for diet advice.")

S("tel-maken-pankreatit-ej-samtycke", "skane", 1974, "sk_kir_malmo", "Rebecka Ljung",
  "sjuksköterska", "Telefonanteckning", "2024-06-25 19:15",
  [("Telefon", "Maken ringer och vill veta provsvaren. Pat själv är informerad om att hon har akut "
               "pankreatit men har inte gett samtycke till att uppgifter lämnas till maken. Ej "
               "informerat maken.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: the husband is not informed; the patient knows and withheld consent.")

S("1177-vad-betyder-formaksflimmer", "vgr", 1955, "vg_kard_udd", "Nils Borg",
  "sjuksköterska", "1177 Vårdguidens e-tjänster", "2024-07-04 10:50",
  [("Kontaktorsak", "Pat undrar via 1177 vad förmaksflimmer i journalen betyder."),
   ("Bedömning", "Pat informerades om diagnosen på hjärtavdelningen enligt läkaranteckning, men minns "
                 "inte detaljerna."),
   ("Åtgärd", "Svarat med kort förklaring och länk. Tid hos hjärtsjuksköterska bokad.")],
  must_not=["NL101"],
  why="Near miss: the patient was told but does not remember; he is informed.")

C("tva-anteckningar-als-besked-hustrun-vantar", "vgr", 1959,
  [N("n1", "vg_neuro_su", "Per Alsing", "läkare", "Läkaranteckning", "2024-04-08 14:00",
     [("Samtal", "Informerat pat om att EMG och kliniska fynd ger diagnosen ALS. Pat ville vara ensam "
                 "vid beskedet.")]),
   N("n2", "vg_fys_kungalv", "Erik Sund", "fysioterapeut", "Fysioterapeutanteckning", "2024-04-09 10:00",
     [("Bakgrund", "Pat fick igår beskedet om ALS. Hustrun är ännu inte informerad och pat vill berätta "
                   "själv i helgen."),
      ("Åtgärd", "Styrke- och balansträning, hemprogram.")])],
  must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="Two notes: the doctor told the patient; the physiotherapist's uninformed wife is a near miss.")

S("omv-kant-flimmer-ej-informerad-om-byte", "skane", 1942, "sk_landskrona", "Linnea Sjö",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-08-14 15:20",
  [("Läkemedel", "Känt förmaksflimmer. Pat ej informerad om att Waran ska bytas till Eliquis, "
                 "ordinationen kom efter ronden. Informeras av ssk ikväll.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: a drug switch is untold; the atrial fibrillation is known.")

S("kssk-besked-lamnat-3-april", "skane", 1950, "sk_lung_lund", "Ebba Lindh",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-04-05 09:30",
  [("Aktuellt", "Besked om lungcancer lämnades av dr Ek 3/4 i närvaro av kssk. Pat ringer idag med "
                "frågor om sjukskrivning och färdtjänst.")],
  must_not=["NL101"],
  why="Near miss: 'besked lämnades' – the diagnosis was given.")

S("bm-ogtt-gdm-informerad-tid-bokad", "vgr", 1994, "vg_kvk_boras", "Sara Ek", "barnmorska",
  "Barnmorskeanteckning", "2024-07-16 13:00",
  [("Aktuellt", "Pat informerad om att OGTT visar graviditetsdiabetes. Tid hos diabetesbarnmorska "
                "bokad 19/7, blodsockermätare utlämnad.")],
  must_not=["NL101"],
  why="Near miss: gestational diabetes told by the midwife.")

S("rond-ssk-pat-informerad-dotter-ej-nadd", "skane", 1936, "sk_ger_malmo", "Agnes Wester",
  "sjuksköterska", "Rondanteckning", "2024-10-08 11:30",
  [("Rond", "Rond dr Öberg. Pat informerad på ronden om att röntgen visar kotkompression i L1 "
            "orsakad av osteoporos. Dottern har sökts per telefon men inte nåtts, försöker igen ikväll.")],
  must_not=["NL101"], setting=SV,
  why="Near miss: the daughter could not be reached; the patient was told on the round.")

# =========================================================================== C
# NL102 positives: hedged diagnoses written by non-doctors (and in ward-round, telephone and
# 1177 notes), with standard hedges, abbreviations and the writer's own lay words.

S("fysio-misstankt-rotatorkuffruptur", "skane", 1962, "sk_ort_hlm", "Nils Ekdahl", "fysioterapeut",
  "Fysioterapeutanteckning", "2024-02-06 10:00",
  [("Status", "Nedsatt aktiv abduktion höger axel, positivt drop arm-test, smärta vid Jobes test."),
   ("Bedömning", "Misstnäkt rotatorkuffruptur höger axel."),
   ("Åtgärd", "Remiss till ortoped för ultraljud. Instruerad i avlastande övningar.")],
  must=["NL102"],
  why="Physiotherapist's suspected rotator cuff tear in a visible section (typo 'Misstnäkt').")

S("fysio-diskbrack-dd-spinal-stenos", "vgr", 1959, "vg_fys_kungalv", "Sofie Lund", "fysioterapeut",
  "Fysioterapeutanteckning", "2024-03-13 13:15",
  [("Status", "Positivt SLR vänster vid 40°, nedsatt akillesreflex vänster, känselnedsättning lateralt på foten."),
   ("Bedömning", "Lumbalt diskbråck L5-S1 med rotpåverkan, DD spinal stenos. Återkoppling till remitterande läkare.")],
  must=["NL102"],
  why="Differential diagnosis (DD) written by a physiotherapist.")

S("at-moca-mojlig-demensutveckling", "skane", 1946, "sk_minnes_malmo", "Hanna Lindblad",
  "arbetsterapeut", "Arbetsterapeutanteckning", "2024-04-02 09:30",
  [("Kognitiv bedömning", "MoCA 21/30, svårigheter med exekutiva uppgifter och fördröjd återgivning. "
                          "Möjlig demensutveckling, utredningen hos läkare fortsätter."),
   ("Åtgärd", "Almanacka och påminnelselarm i mobilen introducerade.")],
  must=["NL102"],
  why="Occupational therapist writes a possible dementia ('möjlig').")

S("dietist-misstankt-celiaki-innan-gastroskopi", "vgr", 1995, "vg_diet_skovde", "Lena Forsberg",
  "dietist", "Dietistanteckning", "2024-02-28 10:45",
  [("Bedömning", "Misstänkt celiaki enligt remissen. Pat ska inte börja med glutenfri kost innan "
                 "gastroskopin är gjord."),
   ("Åtgärd", "Allmänna kostråd vid diarré, ny kontakt efter gastroskopi.")],
  must=["NL102"],
  why="Dietician repeats the referral's suspected coeliac disease visibly.")

S("tel-later-som-baltros", "skane", 1955, "sk_hud_lund", "Petra Lind", "sjuksköterska",
  "Telefonanteckning", "2024-04-11 08:40",
  [("Telefon", "Pat ringer: brännande smärta och blåsor i ett bälte på vänster sida av bröstkorgen "
               "sedan två dagar. Låter som bältros. Akuttid hos läkare idag kl 15.")],
  must=["NL102"],
  why="Nurse's lay hedge 'låter som bältros' in a telephone note.")

S("bm-misstankt-preeklampsi-jour-tillkallad", "vgr", 1990, "vg_forl_boras", "Josefin Alm",
  "barnmorska", "Barnmorskeanteckning", "2024-05-19 02:15",
  [("Status", "BT 155/100, proteinuri 2+, huvudvärk sedan kvällen."),
   ("Bedömning", "Misstänkt preeklampsi, jourhavande läkare tillkallad. CTG reaktivt.")],
  must=["NL102"], setting=SV,
  why="Midwife writes suspected pre-eclampsia.")

S("kssk-trol-recidiv-pat-informerad", "skane", 1957, "sk_onk_lund", "Sara Malmberg",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-05-29 14:30",
  [("Aktuellt", "Pat informerad av dr Ek om att DT visar trol. recidiv i lilla bäckenet. PET-DT "
                "bokas, kssk ringer med tid.")],
  must=["NL102"], must_not=["NL101"],
  why="Abbreviated hedge 'trol. recidiv'; the patient was told of it, so no NL101.")

S("rond-ssk-fragetecken-pneumoni", "vgr", 1944, "vg_lidkoping", "Tove Brandt", "sjuksköterska",
  "Rondanteckning", "2024-01-09 10:50",
  [("Rond", "Feber 38,6, CRP 145, nedsatta andningsljud basalt höger. ?Pneumoni. Lungröntgen "
            "beställd, odlingar tas före antibiotika.")],
  must=["NL102"], setting=SV,
  why="Ward-round note with the question-mark hedge '?Pneumoni'.")

S("omv-sannol-uvi-odling", "skane", 1931, "sk_ger_malmo", "Ellen Nyqvist", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-02-17 06:30",
  [("Omvårdnad", "Illaluktande urin, ökad förvirring under natten. Sannol. UVI, urinodling tagen "
                 "enligt ordination.")],
  must=["NL102"], setting=SV,
  why="Nurse's abbreviated hedge 'Sannol. UVI'.")

S("psykolog-depression-kan-ej-uteslutas", "vgr", 1987, "vg_psyk_ostra", "Ida Sandell", "psykolog",
  "Psykologanteckning", "2024-03-26 13:00",
  [("Bedömning", "MADRS-S 26. Egentlig depression kan ej uteslutas, bedöms vidare av läkare. Pat "
                 "informerad om att det behövs en läkarbedömning.")],
  must=["NL102"], must_not=["NL101"],
  why="Psychologist: 'kan ej uteslutas' is a hedge, not a negation.")

S("kurator-utreds-for-misstankt-alzheimer", "skane", 1949, "sk_minnes_malmo", "Elsa Roth",
  "kurator", "Kuratorsanteckning", "2024-05-08 10:30",
  [("Samtal", "Samtal med pat och maken. Pat utreds för misstänkt Alzheimers sjukdom och båda är "
              "oroliga för framtiden. Information om anhörigstöd i kommunen.")],
  must=["NL102"], must_not=["NL101"],
  why="Counsellor writes the suspected Alzheimer's that the patient knows is being investigated.")

S("1177-bild-ben-kan-vara-erysipelas-dd-dvt", "vgr", 1956, "vg_kirl_su", "Mira Åkesson",
  "sjuksköterska", "1177 Vårdguidens e-tjänster", "2024-06-20 11:20",
  [("Kontaktorsak", "Pat skickar bild via 1177 på rodnad och svullnad i vänster underben, tre veckor "
                    "efter kärloperation."),
   ("Bedömning", "Kan vara erysipelas, DD DVT."),
   ("Åtgärd", "Uppmanad att söka akutmottagningen idag. Bilden skannad till journalen.")],
  refs=["1177-88120"],
  conversations=[CONV("1177-88120", "vg_kirl_su", "Ställ en fråga", "2024-06-20 07:55",
                      "2024-06-20 11:10",
                      [("patient", "2024-06-20 07:55", "Mitt ben är rött och svullet sedan igår, se "
                        "bild. Ska jag oroa mig?"),
                       ("staff", "2024-06-20 11:10", "Hej! Vi vill att du söker akutmottagningen "
                        "idag så att benet kan undersökas. Mvh Mira, Kärlkirurgen")],
                      attachments=[("underben.jpg", "image")])],
  must=["NL102"],
  why="1177 reply note with 'kan vara' and a DD.")

S("rond-trol-delirium-uvi", "skane", 1933, "sk_ger_malmo", "Ellen Nyqvist", "sjuksköterska",
  "Rondanteckning", "2024-02-18 11:00",
  [("Rond", "Rond dr Öberg. Ökad oro och förvirring nattetid. Trol. delirium utlöst av UVI, "
            "antibiotika enligt odlingssvar. Anhöriga informerade per telefon.")],
  must=["NL102"], must_not=["NL101"], setting=SV,
  why="Ward-round note with 'Trol. delirium'.")

S("fysio-skulle-kunna-vara-parkinsonism", "skane", 1950, "sk_fys_angelholm", "Lars Ek",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-05-30 13:30",
  [("Gånganalys", "Små steg, nedsatt armpendling höger, svårt att vända. Skulle kunna vara "
                  "parkinsonism, har meddelat ansvarig läkare.")],
  must=["NL102"],
  why="Physiotherapist's own-words hedge 'skulle kunna vara parkinsonism'.")

S("at-misstankt-karpaltunnelsyndrom-ortos", "vgr", 1971, "vg_hand_su", "Petra Ahlgren",
  "arbetsterapeut", "Arbetsterapeutanteckning", "2024-02-08 10:10",
  [("Bedömning", "Domningar i dig I–III nattetid, positivt Phalens test. Misstänkt "
                 "karpaltunnelsyndrom, ortos utprovad i väntan på ENeG.")],
  must=["NL102"],
  why="Occupational therapist writes suspected carpal tunnel syndrome.")

S("dietist-misstankt-anorexia-pat-informerad", "skane", 2001, "sk_diet_malmo", "Maria Olsson",
  "dietist", "Dietistanteckning", "2024-10-15 14:00",
  [("Bedömning", "BMI 15,8, restriktivt ätande och överdriven träning. Misstänkt anorexia nervosa; "
                 "pat informerad om vår oro och remiss till ätstörningsenheten skickas i samråd med läkare.")],
  must=["NL102"], must_not=["NL101"],
  why="Dietician's suspected anorexia nervosa, shared with the patient.")

S("bm-misstankt-iugr-sf-matt", "skane", 1988, "sk_smv_malmo", "Ida Persson", "barnmorska",
  "Barnmorskeanteckning", "2024-07-02 10:30",
  [("Bedömning", "SF-mått under -2 SD vid två mätningar. Misstänkt intrauterin tillväxthämning, "
                 "tillväxtultraljud bokat 4/7.")],
  must=["NL102"],
  why="Midwife writes suspected intrauterine growth restriction.")

S("tel-misstakt-djup-ventrombos-typo", "vgr", 1952, "vg_ort_kungalv", "Kerstin Lund",
  "sjuksköterska", "Telefonanteckning", "2024-08-27 15:25",
  [("Telefon", "Pat opererad med knäprotes för tio dagar sedan, svullet och ömt vänster vad. Misstäkt "
               "djup ventrombos, pat hänvisad till akuten för ultraljud.")],
  must=["NL102"],
  why="Suspected DVT in a telephone note (typo 'Misstäkt').")

S("tel-kard-fragetecken-hjartinfarkt-112", "skane", 1954, "sk_kard_lund", "Moa Lindström",
  "sjuksköterska", "Telefonanteckning", "2024-11-12 07:35",
  [("Telefon", "Pat ringer med tryckande bröstsmärta sedan en timme, strålar ut i vänster arm. "
               "?hjärtinfarkt. Uppmanad att ringa 112 omedelbart, pat bekräftar att hon gör det.")],
  must=["NL102"],
  why="Telephone triage note with '?hjärtinfarkt'.")

S("kssk-oklart-recidiv-eller-stralfibros", "vgr", 1951, "vg_onk_su", "Sanna Berg",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-09-09 09:50",
  [("Aktuellt", "DT visar förtätning i tidigare strålfält. Oklart om det rör sig om recidiv eller "
                "strålfibros; ny DT om tre månader enligt onkolog. Pat informerad om oklarheten.")],
  must=["NL102"], must_not=["NL101"],
  why="'Oklart om det rör sig om' recurrence or fibrosis; the patient knows of the uncertainty.")

S("psykolog-fragestallning-adhd-dd-gad", "vgr", 1997, "vg_npu_ostra", "Karl Nyberg", "psykolog",
  "Psykologanteckning", "2024-01-16 09:00",
  [("Frågeställning", "ADHD? DD generaliserat ångestsyndrom."),
   ("Plan", "WAIS-IV och QbTest bokas, skattningsformulär skickas till pat och en anhörig.")],
  must=["NL102"],
  why="Question and DD in a psychologist's Frågeställning section.")

S("fysio-inger-misstanke-frusen-skuldra", "skane", 1964, "sk_ort_trbg", "Karl Sjöholm",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-06-13 08:45",
  [("Bedömning", "Kapsulärt mönster med kraftigt nedsatt utåtrotation; bilden inger misstanke om "
                 "frusen skuldra. Pat informerad om naturalförloppet.")],
  must=["NL102"], must_not=["NL101"],
  why="Hedge phrase 'inger misstanke om' by a physiotherapist.")

S("omv-infektion-ev-lunginflammation", "vgr", 1940, "vg_infavd_ostra", "Nora Svahn",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-10-21 23:10",
  [("Omvårdnad", "Tilltagande hosta och andfåddhet, saturation 91 % på 2 l syrgas. Ev. "
                 "lunginflamation, CRP 180, jourläkare bedömer.")],
  must=["NL102"], setting=SV,
  why="Nurse's hedge 'Ev. lunginflamation' (typo in the diagnosis).")

S("hud-ssk-mojlgen-basaliom-typo", "skane", 1948, "sk_hud_lund", "Petra Lind", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-09-05 10:15",
  [("Aktuellt", "Förändring på vänster näsvinge sedan ett år, möjlgen basaliom. Bokad för biopsi hos "
                "dr Sandberg 12/9.")],
  must=["NL102"],
  why="Possible basal cell carcinoma (typo 'möjlgen').")

S("tel-kir-trolgien-gallstensanfall-typo", "vgr", 1977, "vg_kirmott_skovde", "Emma Dahl",
  "sjuksköterska", "Telefonanteckning", "2024-07-23 09:10",
  [("Telefon", "Smärta under höger revbensbåge efter fet mat, tredje gången i år. Trolgien "
               "gallstensanfall. Tid på mottagningen imorgon, ultraljud lever/gallvägar beställt.")],
  must=["NL102"],
  why="Probable gallstone attack (typo 'Trolgien').")

S("kssk-preliminart-pad-lymfom", "skane", 1965, "sk_hem_lund", "Isabella Ring",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-10-01 13:00",
  [("Aktuellt", "Preliminärt PAD talar för lymfom, slutligt svar med subtypning väntas nästa vecka. "
                "Pat har fått veta att det preliminära svaret tyder på lymfom.")],
  must=["NL102"], must_not=["NL101"],
  why="A preliminary PAD result is an unsettled diagnosis; the patient knows of it.")

S("omv-kan-rora-sig-om-aspirationspneumoni", "vgr", 1938, "vg_kard_udd", "Nils Borg",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-11-19 03:20",
  [("Omvårdnad", "Rosslande andning och feber 38,4 efter att ha satt i halsen vid kvällsmålet. Kan "
                 "röra sig om aspirationspneumoni, jourläkare kontaktad.")],
  must=["NL102"], setting=SV,
  why="Nurse's hedge 'kan röra sig om' a pneumonia.")

S("bm-tel-kanske-svampinfektion", "skane", 1992, "sk_smv_malmo", "Frida Holm", "barnmorska",
  "Telefonanteckning", "2024-08-08 12:40",
  [("Telefon", "Gravid v. 28, sveda och klåda i underlivet sedan tre dagar, vit flytning. Kanske en "
               "svampinfektion. Rekommenderat receptfri behandling och ny kontakt om ingen förbättring.")],
  must=["NL102"],
  why="Midwife's lay hedge 'Kanske en svampinfektion'.")

S("fysio-misstanke-om-stressfraktur", "vgr", 2000, "vg_fys_kungalv", "Sofie Lund",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-04-04 16:00",
  [("Bedömning", "Punktöm över andra metatarsalen efter ökad löpmängd. Misstanke om stressfraktur, "
                 "läkare kontaktad för remiss till MR. Avlastning tills vidare.")],
  must=["NL102"],
  why="'Misstanke om' stress fracture by a physiotherapist.")

S("rond-sannoligt-formaksflimmer-typo", "vgr", 1947, "vg_kard_udd", "Ulla Rask", "sjuksköterska",
  "Rondanteckning", "2024-06-26 10:30",
  [("Rond", "Sannoligt förmaksflimmer på telemetrin under natten, 12-avlednings-EKG taget och visat "
            "för dr Holm på ronden. Ekokardiografi beställd.")],
  must=["NL102"], setting=SV,
  why="Probable atrial fibrillation on telemetry (typo 'Sannoligt').")

S("rond-susp-lungemboli", "skane", 1966, "sk_trbg_med", "Amanda Frid", "sjuksköterska",
  "Rondanteckning", "2024-09-18 10:05",
  [("Rond", "Rond dr Berg. Susp. lungemboli, DT-angio bokad idag. Fragmin enligt ordination. Pat "
            "informerad om undersökningen.")],
  must=["NL102"], must_not=["NL101"],
  why="Ward-round note with the abbreviation 'Susp.'.")

S("psykolog-arbetshypotes-ptsd", "skane", 1985, "sk_psyk_lund", "Julia Wendt", "psykolog",
  "Psykologanteckning", "2024-11-07 15:00",
  [("Bedömning", "Arbetshypotes: PTSD efter trafikolyckan 2022. PCL-5 47. Bekräftande intervju "
                 "(CAPS-5) vid nästa besök."),
   ("Plan", "Psykoedukation om stressreaktioner, sömnschema.")],
  must=["NL102"],
  why="'Arbetshypotes' is an unsettled diagnosis in a visible note.")

S("omv-det-verkar-vara-baltros", "vgr", 1943, "vg_geravd_molndal",
  "Elsa Borg", "sjuksköterska", "Omvårdnadsanteckning", "2024-08-29 21:40",
  [("Hud", "Blåsor i grupp på rodnad botten över höger skulderblad, mycket ont. Det verkar vara "
           "bältros, jourläkare tittar ikväll.")],
  must=["NL102"], setting=SV,
  why="Nurse's lay hedge 'det verkar vara bältros'.")

S("kssk-fraga-om-ny-primartumor", "vgr", 1958, "vg_onk_boras", "Maria Grön",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-10-29 11:00",
  [("Aktuellt", "Ny förändring i levern på kontroll-DT, fråga om metastas eller ny primärtumör. "
                "Biopsi planeras; pat informerad av onkolog igår om att förändringen behöver utredas.")],
  must=["NL102"], must_not=["NL101"],
  why="'Fråga om' metastasis; the patient knows the lesion is being investigated.")

# =========================================================================== D
# NL102 near misses: confirmed or known diagnoses, negated suspicions, hedges about actions,
# discharge or causes, family history, hidden Tidiga hypoteser.

S("fysio-kand-parkinson-ev-rollator", "skane", 1947, "sk_fys_angelholm", "Lars Ek", "fysioterapeut",
  "Fysioterapeutanteckning", "2024-03-07 14:00",
  [("Bakgrund", "Känd Parkinsons sjukdom sedan 2019."),
   ("Bedömning", "Ev. behov av rollator utomhus, provas vid nästa besök. Balansträning fortsätter.")],
  must_not=["NL102", "NL101"],
  why="Near miss: 'Ev.' hedges a walking aid; the Parkinson diagnosis is known.")

S("omv-sar-inga-tecken-pa-infektion", "vgr", 1969, "vg_kir_udd", "Jessica Holm", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-02-10 13:40",
  [("Sår", "Operationssåret läker fint, inga tecken på infektion. Agrafferna tas bort dag 12 på vårdcentralen.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: negated infection.")

S("omv-ul-utan-dvt-misstanken-avskriven", "skane", 1953, "sk_ort_ystad", "Karin Wallin",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-05-03 14:50",
  [("Omvårdnad", "UL vänster ben utan tecken på DVT, misstanken avskriven av läkare. Stödstrumpa "
                 "fortsatt, mobiliseras med rollator.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: the DVT suspicion was dismissed.")

S("dietist-trol-hemgang-fredag", "vgr", 1942, "vg_alingsas", "Ylva Strid", "dietist",
  "Dietistanteckning", "2024-03-28 11:00",
  [("Planering", "Trol. hemgång på fredag. Nutritionsplan och näringsdrycker skickas med, "
                 "uppföljning via telefon om två veckor.")],
  must_not=["NL102", "NL101"], setting=SV,
  why="Near miss: 'Trol.' hedges the discharge day.")

S("bm-ingen-misstake-om-preeklampsi-typo", "skane", 1987, "sk_smv_malmo", "Ida Persson",
  "barnmorska", "Barnmorskeanteckning", "2024-06-18 09:20",
  [("Status", "BT 128/82, ingen proteinuri, inga ödem."),
   ("Bedömning", "Ingen misstake om preeklampsi i dagsläget. Ordinarie kontroll om två veckor.")],
  must_not=["NL102"],
  why="Near miss: negated suspicion with a typo in the cue ('misstake').")

S("kurator-pappan-troligen-huntington", "vgr", 1982, "vg_neuro_su", "Åsa Linde", "kurator",
  "Kuratorsanteckning", "2024-05-16 13:30",
  [("Samtal", "Pat berättar att pappan troligen hade Huntingtons sjukdom men aldrig blev utredd. Pat "
              "har själv inte velat testa sig och vill prata om valet.")],
  must_not=["NL102", "NL101"],
  why="Near miss: the hedge concerns the father's illness (family history).")

S("omv-fall-oklart-om-huvudet", "skane", 1930, "sk_ger_malmo", "Ellen Nyqvist", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-04-21 03:40",
  [("Händelse", "Pat hittad på golvet vid sängen kl 03. Oklart om hon slagit i huvudet. Neurostatus "
                "u.a., jourläkare underrättad, tillsyn varje timme.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: uncertainty about an event, not a diagnosis.")

S("psykolog-tidiga-hypoteser-sokord-bipolar", "vgr", 1990, "vg_psyk_ostra", "Ida Sandell",
  "psykolog", "Psykologanteckning", "2024-04-17 14:15",
  [("Samtal", "Samtal om sömn och energinivå. Pat beskriver perioder med minskat sömnbehov och "
              "många projekt samtidigt."),
   ("Tidiga hypoteser", "Misstänkt bipolär sjukdom typ II. Ej diskuterat med pat, behöver längre observation.")],
  must_not=["NL102", "NL101"],
  why="VGR: the hedged diagnosis is only under the protected sökord Tidiga hypoteser.")

S("kssk-tidiga-hypoteser-mall-cervixrecidiv", "skane", 1968, "sk_onk_lund", "Sara Malmberg",
  "kontaktsjuksköterska", "Tidiga hypoteser", "2024-08-22 15:00",
  [("Tidiga hypoteser", "Enligt MDK trolig återfall av cervixcancer. Ej kommunicerat med pat, "
                        "onkolog tar ställning efter PET-DT.")],
  must_not=["NL102", "NL101"],
  why="Skåne: the hedged, uncommunicated diagnosis is in the Tidiga hypoteser template.")

S("psykolog-adhd-kunde-inte-bekraftas", "vgr", 1989, "vg_npu_ostra", "Karl Nyberg", "psykolog",
  "Psykologanteckning", "2024-06-11 10:00",
  [("Sammanfattning", "Misstanken om ADHD kunde inte bekräftas; kriterierna är inte uppfyllda. "
                      "Återkoppling given till pat idag, som förstod resonemanget.")],
  must_not=["NL102", "NL101"],
  why="Near miss: the suspicion was not confirmed (negated), and the patient was told.")

S("fysio-mr-verifierad-korsbandsruptur", "skane", 1998, "sk_ort_trbg", "Karl Sjöholm",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-03-19 15:30",
  [("Bakgrund", "MR-verifierad främre korsbandsruptur vänster knä, opererad 2/2."),
   ("Åtgärd", "Progression enligt rehabprotokoll vecka 6, cykel och benpress.")],
  must_not=["NL102", "NL101"],
  why="Near miss: an imaging-verified diagnosis is not hedged.")

S("omv-dvt-uteslots-muskular-smarta", "vgr", 1963, "vg_ort_kungalv", "Kerstin Lund",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-09-12 16:30",
  [("Omvårdnad", "DVT uteslöts med ultraljud igår. Smärtan i vaden bedöms som muskulär, "
                 "Alvedon 1 g x 3.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: DVT excluded ('uteslöts').")

S("omv-fraga-till-lakare-eliquis", "skane", 1944, "sk_kir_malmo", "Rebecka Ljung", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-10-22 20:15",
  [("Läkemedel", "Känt förmaksflimmer. Fråga till läkare: ska Eliquis pausas inför operationen på torsdag?")],
  must_not=["NL102", "NL101"], setting=SV,
  why="Near miss: a question mark in a question about medication.")

S("omv-oxynorm-ev-upprepas-kand-artros", "vgr", 1941, "vg_ort_kungalv", "Erik Lind",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-01-19 22:00",
  [("Smärta", "Känd höftartros. Oxynorm 5 mg vid behov, ev. upprepas efter en timme om effekten är otillräcklig.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: 'ev.' applies to a repeat dose.")

S("omv-mojligt-hem-imorgon-trappan", "skane", 1946, "sk_ort_ystad", "Karin Wallin",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-07-11 19:30",
  [("Planering", "Möjligt att pat kan gå hem imorgon om hon klarar trappan med fysioterapeut på förmiddagen.")],
  must_not=["NL102", "NL101"], setting=SV,
  why="Near miss: 'möjligt' about discharge.")

S("fysio-misstankt-ra-2021-ej-bekraftad", "vgr", 1970, "vg_fys_kungalv", "Sofie Lund",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-02-20 08:30",
  [("Anamnes", "Utreddes 2021 för misstänkt reumatoid artrit, vilket inte bekräftades. Nu "
               "belastningsrelaterad smärta i höger fotled efter stukning."),
   ("Åtgärd", "Balans- och styrketräning, tejpning.")],
  must_not=["NL102"],
  why="Near miss: a past suspicion that was ruled out.")

S("psykolog-inga-tecken-pa-depression", "skane", 1993, "sk_psyk_lund", "Julia Wendt", "psykolog",
  "Psykologanteckning", "2024-05-14 11:00",
  [("Bedömning", "Inga tecken på depression eller suicidalitet vid dagens samtal. Fortsatt KBT för "
                 "paniksyndrom, session 6 av 12.")],
  must_not=["NL102"],
  why="Near miss: negated depression; the panic disorder is settled.")

S("fysio-lungrtg-talar-emot-pneumoni", "vgr", 1957, "vg_lungavd_su", "Oskar Bengtsson",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-11-26 13:20",
  [("Bakgrund", "Lungröntgen talar emot pneumoni enligt läkare. Segt slem efter förkylning."),
   ("Åtgärd", "PEP och huffing, instruerad i slemmobilisering.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: 'talar emot' negates the diagnosis.")

S("omv-hog-fallrisk-downton", "skane", 1929, "sk_landskrona", "Linnea Sjö", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-06-06 21:10",
  [("Omvårdnad", "Hög fallrisk enligt Downton, sänglarm insatt och rollator vid sängen.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: fall risk is not an uncertain diagnosis.")

S("at-ev-remiss-efter-hemgang-stroke", "vgr", 1948, "vg_reh_su", "Petra Ahlgren", "arbetsterapeut",
  "Arbetsterapeutanteckning", "2024-07-30 10:40",
  [("Bakgrund", "Stroke med högersidig pares i juni."),
   ("Planering", "Ev. remiss till kommunens arbetsterapeut för hjälpmedel efter hemgång.")],
  must_not=["NL102", "NL101"],
  why="Near miss: 'Ev. remiss' – a hedged action with a known stroke.")

S("omv-ingen-misstanke-om-sepsis-news", "skane", 1961, "sk_inf_hbg", "Tove Ek", "sjuksköterska",
  "Omvårdnadsanteckning", "2024-03-16 05:40",
  [("Omvårdnad", "NEWS 2, pat opåverkad och pigg. Ingen misstanke om sepsis, fortsatt kontroller var fjärde timme.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: 'Ingen misstanke om sepsis'.")

S("omv-misstanken-om-lungemboli-avskrevs", "vgr", 1972, "vg_med_nal", "Elin Rydberg",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-04-25 14:00",
  [("Omvårdnad", "Misstanken om lungemboli avskrevs efter DT-angio utan fynd. Andfåddheten minskar, "
                 "saturation 96 % utan syrgas.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: the suspicion was written off.")

S("bm-kub-lag-sannolikhet", "skane", 1986, "sk_kvk_ystad", "Ida Persson", "barnmorska",
  "Barnmorskeanteckning", "2024-04-24 10:00",
  [("Provsvar", "KUB visar låg sannolikhet för kromosomavvikelse, ingen vidare provtagning. Pat "
                "informerad per telefon.")],
  must_not=["NL102", "NL101"],
  why="Near miss: a low-probability screening result, told to the patient.")

S("at-misstanker-rollatorn-for-lag", "skane", 1938, "sk_orup", "Malin Rask", "arbetsterapeut",
  "Arbetsterapeutanteckning", "2024-10-10 13:00",
  [("Bedömning", "Misstänker att rollatorn är för låg, pat går framåtlutad. Höjd justerad två hack, "
                 "bättre hållning efteråt.")],
  must_not=["NL102"],
  why="Near miss: 'misstänker' about an aid, not a diagnosis.")

S("fysio-trolig-forbattring-gang", "vgr", 1955, "vg_reh_su", "Johan Wik", "fysioterapeut",
  "Fysioterapeutanteckning", "2024-09-19 14:20",
  [("Bedömning", "Trolig förbättring av gångförmågan inom två veckor med fortsatt träning. "
                 "Gånghastighet idag 0,9 m/s.")],
  must_not=["NL102"],
  why="Near miss: 'Trolig' about a functional prognosis.")

S("kssk-sannolikt-ingen-stralning", "vgr", 1967, "vg_brost_boras", "Lina Hedlund",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-08-15 10:30",
  [("Aktuellt", "Opererad för bröstcancer 1/8, pat har fått PAD-svaret av kirurg. Sannolikt behövs "
                "ingen strålbehandling enligt onkolog, besked efter MDK.")],
  must_not=["NL102", "NL101"],
  why="Near miss: 'Sannolikt' hedges a treatment need; the cancer is settled and told.")

S("kurator-modern-hade-trol-demens", "skane", 1962, "sk_minnes_malmo", "Elsa Roth", "kurator",
  "Kuratorsanteckning", "2024-11-14 09:00",
  [("Samtal", "Pat oroar sig över minnet. Modern hade trol. demens de sista åren. Pat själv har "
              "normalt MMSE enligt läkare och ingen diagnos.")],
  must_not=["NL102"],
  why="Near miss: the hedged dementia belongs to the mother.")

S("omv-misstankt-felmedicinering-dosett", "vgr", 1936, "vg_geravd_molndal", "Elsa Borg",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-09-26 16:45",
  [("Läkemedel", "Misstänkt felmedicinering i hemmet, dosetten innehöll dubbla kvällsdoser. "
                 "Avvikelse skriven, hemtjänsten kontaktad.")],
  must_not=["NL102"], setting=SV,
  why="Near miss: 'Misstänkt' about a medication error event, not a diagnosis.")

S("tel-far-hon-duscha-med-forbandet", "skane", 1959, "sk_brost_lund", "Jenny Falk",
  "kontaktsjuksköterska", "Telefonanteckning", "2024-12-03 09:15",
  [("Telefon", "Pat opererad för bröstcancer 28/11 undrar: får hon duscha med förbandet? Svar: ja, "
               "efter 48 timmar. Dränaget fungerar.")],
  must_not=["NL102", "NL101"],
  why="Near miss: a question mark in the patient's practical question.")

# =========================================================================== M
# Long notes (300+ words, several sections, telegraphic status lines): one sentence decides.

S("lang-kssk-inskrivning-lungmetastaser-ej-berattat", "skane", 1959, "sk_onk_lund", "Sara Malmberg",
  "kontaktsjuksköterska", "Kontaktsjuksköterskeanteckning", "2024-04-29 15:20",
  [("Kontaktorsak", "Planerat besök inför start av palliativ cytostatika. Pat kommer med maken."),
   ("Anamnes", "Koloncancer opererad med högersidig hemikolektomi 2022, adjuvant kapecitabin avslutat "
               "våren 2023. Hypertoni, hypotyreos. Inga kända allergier. Tidigare rökare, slutade 2010. "
               "Bor i villa i Staffanstorp, två vuxna barn i närheten."),
   ("Aktuellt", "Sedan februari trötthet, torrhosta och viktnedgång 4 kg. Kontroll-DT 24/4 visar "
                "multipla lungmetastaser. Pat ännu ej informerad om att cancern spridit sig till "
                "lungorna; onkolog dr Ek ger besked 7/5 och kssk deltar. Pat och make tror att "
                "dagens besök gäller provtagning och blodtryck."),
   ("Omvårdnadsstatus", "AT gott. Saturation 95 % rumsluft. BT 142/86, puls 78 regelbunden. "
                        "Vikt 68,4 kg. Nutrition: äter mindre portioner, dricker ett mellanmål "
                        "om dagen. Elimination u.a. Sömn: vaknar av hostan två gånger per natt. "
                        "Smärta: ingen. Hud hel."),
   ("Psykosocialt", "Pat beskriver sig som orolig men hoppfull. Maken sköter det mesta hemma. "
                    "Dottern arbetar som undersköterska och följer gärna med på besök. Pat vill "
                    "fortsätta sjunga i kör så länge det går."),
   ("Information", "Genomgång av kontaktvägar, telefontider och 1177. Broschyr om Min vårdplan "
                   "överlämnad. Pat vet att kssk är hennes kontaktperson."),
   ("Planering", "Blodprover tagna idag. Besök onkolog 7/5 kl 13, 45 minuter bokade. Kssk ringer "
                 "pat dagen efter besöket. Remiss till dietist om fortsatt viktnedgång. Kurator "
                 "erbjuds i samband med beskedet."),
   ("Läkemedel", "Levaxin 100 mikrogram x 1, Amlodipin 5 mg x 1, Alvedon vid behov. Inga "
                 "naturläkemedel. Läkemedelslistan gicks igenom med pat och stämmer med Pascal."),
   ("Symtomskattning", "ESAS: trötthet 5, andfåddhet 3, aptit 4, oro 6, smärta 0, illamående 1, "
                       "sömn 4, välbefinnande 5. Pat upplever att hostan är det mest besvärande "
                       "just nu, särskilt på morgonen."),
   ("Närstående", "Maken Bengt, telefonnummer registrerat. Dottern Anna är andra kontaktperson. "
                  "Pat godkänner att båda får information från mottagningen. Barnbarn i "
                  "förskoleåldern som pat träffar varje vecka och gärna vill fortsätta passa."),
   ("Övrigt", "Pat undrar om hon kan åka till sommarstugan på Öland i juni; besvaras av "
              "onkologen i samband med behandlingsplaneringen. Vaccination mot influensa och "
              "covid-19 genomförd i höstas.")],
  must=["NL101"], must_not=["NL102"],
  why="Long contact-nurse note: one sentence says new lung metastases are not yet told.")

S("lang-ankomst-vips-misstankt-njurcancer", "vgr", 1947, "vg_kir_skovde", "Petra Ek",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-06-14 22:40",
  [("Kontaktorsak", "Inkommer via akuten med buksmärta vänster sida sedan två dygn och synligt blod i urinen."),
   ("Anamnes", "Typ 2-diabetes på tabletter, förmaksflimmer med Eliquis. Opererad för ljumskbråck "
               "2015. Bor med hustrun i lägenhet på andra våningen med hiss. Klarar sig själv, går "
               "utan hjälpmedel."),
   ("Kommunikation", "Vaken, orienterad. Hör dåligt på vänster öra, talar tydligt svenska."),
   ("Andning/cirkulation", "AF 16, sat 96 %. BT 156/92, puls 88 oregelbunden. Temp 37,2."),
   ("Nutrition", "Ätit lite senaste dygnet pga illamående. P-glukos 11,4 vid ankomst."),
   ("Elimination", "Makroskopisk hematuri, inga koagel. Kissar själv."),
   ("Smärta", "NRS 6 i vänster flank, Oxynorm 5 mg kl 20 med effekt till NRS 3."),
   ("Sömn/psykiskt", "Orolig för vad blodet i urinen betyder, vill att hustrun ringer till deras son."),
   ("Bedömning", "DT på akuten visar en tumör i vänster njure, misstänkt njurcancer. Pat är inte "
                 "informerad om fyndet; urolog informerar efter morgonronden. Pat har frågat om "
                 "svaret och fått veta att läkaren går igenom det imorgon."),
   ("Planering", "Fastande från midnatt inför ev. cystoskopi. Eliquis pausat enligt ordination. "
                 "P-glukos x 4. Kontroll av urin och Hb imorgon bitti. Hustrun kontaktas av pat "
                 "själv ikväll."),
   ("Hud", "Hel, inga trycksår. Modified Norton 22."),
   ("Aktivitet", "Går själv utan hjälpmedel, något ostadig efter morfin. Uppmanad att ringa vid "
                 "toalettbesök under natten. Fallrisk bedömd som måttlig."),
   ("Läkemedel", "Metformin 1 g x 2 pausat under fasta. Eliquis 5 mg x 2 pausat. Bisoprolol "
                 "5 mg x 1 ges som vanligt. Läkemedelslista kontrollerad med pat."),
   ("Närstående", "Hustrun Gunilla, ska underrättas av pat. Sonen bor i Göteborg."),
   ("Information", "Pat informerad om avdelningens rutiner, fastan och om att ringa på klockan vid "
                   "smärta eller yrsel. Pat har fått broschyr om urologisk utredning och vet att "
                   "läkaren kommer på förmiddagen. Hustrun får gärna vara med vid läkarsamtalet, "
                   "vilket pat själv önskar. Tolk behövs inte."),
   ("Övrigt", "Glasögon och hörapparat i nattduksbordet. Värdesaker lämnade till hustrun på akuten.")],
  must=["NL101", "NL102"], setting=SV,
  why="Long admission note with VIPS headings: a suspected renal cancer the patient has not been told of.")

S("lang-kurator-anhorigsamtal-spridning-lever", "vgr", 1950, "vg_onk_su", "Anders Wik", "kurator",
  "Kuratorsanteckning", "2024-07-08 11:30",
  [("Bakgrund", "Pat har pankreascancer sedan i vintras och behandlas med cytostatika. Kontakt med "
                "kurator sedan mars med fokus på oro, ekonomi och familjesituation."),
   ("Samtal", "Samtal med pat:s två döttrar på deras begäran, pat själv var inte med. Döttrarna har "
              "följt med på flera läkarbesök och vet att den senaste DT:n inte var bra. De har varit i "
              "kontakt med onkologen och känner till att cancern har gått vidare. Pat vet ännu inte "
              "att pankreascancern har spridit sig till levern; onkologen ger beskedet på torsdag. "
              "Döttrarna är rädda för hur mamman ska reagera och funderar på om de ska vara med. Vi "
              "pratade om att det är mammans rätt att få veta och att de kan stötta genom att "
              "finnas där. Den yngre dottern har svårt att sova och har sjukskrivit sig en vecka."),
   ("Bedömning", "Döttrarna är i en akut krisreaktion men har ett gott samarbete och stöttar "
                 "varandra. Den yngre dottern kan behöva egen samtalskontakt via företagshälsovården."),
   ("Åtgärd", "Informerat om närståendepenning och om anhörigstöd i kommunen. Broschyr om att "
              "samtala med en svårt sjuk förälder överlämnad. Döttrarna har fått kurators "
              "direktnummer."),
   ("Planering", "Kurator deltar vid beskedet på torsdag om pat önskar. Uppföljande samtal med "
                 "pat och döttrarna gemensamt nästa vecka. Kontakt med palliativa teamet tas upp "
                 "med onkologen efter beskedet."),
   ("Socialt", "Pat är änka sedan 2019 och bor ensam i radhus i Mölndal. Den äldre dottern bor "
               "tio minuter bort, den yngre i Borås. Pat har hemtjänst för städning varannan vecka "
               "och får hjälp med handling av en granne. Ekonomin beskrivs som ordnad, pat har "
               "själv skött räkningar men döttrarna har nu fått fullmakt via banken."),
   ("Döttrarnas frågor", "Döttrarna frågar om mamman kan få vara hemma till slutet och vad "
                         "ASIH innebär. Informerat översiktligt om avancerad sjukvård i hemmet "
                         "och om att ansvarig läkare gör bedömningen tillsammans med pat. De "
                         "frågar också om de kan ta ledigt från arbetet och hur ersättningen "
                         "fungerar, vilket gicks igenom med hjälp av Försäkringskassans broschyr.")],
  must=["NL101"], must_not=["NL102"],
  why="Long counsellor note: the daughters know, the patient does not yet know of liver spread.")

S("lang-fysio-axel-misstankt-ruptur-informerad", "skane", 1958, "sk_ort_hlm", "Nils Ekdahl",
  "fysioterapeut", "Fysioterapeutanteckning", "2024-08-13 09:00",
  [("Remissorsak", "Remiss från vårdcentralen: smärta och svaghet i höger axel efter fall på cykel "
                   "för sex veckor sedan."),
   ("Anamnes", "Högerhänt snickare, arbetar heltid. Fallit på utsträckt arm, ont direkt. Kan inte "
               "lyfta armen över axelhöjd, värk nattetid som väcker honom. Tidigare frisk i axeln. "
               "Röntgen på vårdcentralen utan fraktur. Tar Alvedon och Ipren vid behov."),
   ("Status", "Inspektion: lätt atrofi fossa supraspinata höger. Aktiv flexion 90°, passiv 170°. "
              "Abduktion aktiv 70°. Utåtrotation kraft 3/5, smärtsam. Positivt drop arm-test och "
              "lag sign för utåtrotation. Jobes test svagt och smärtsamt. Cervikal rörlighet u.a. "
              "Neurologstatus armar u.a."),
   ("Bedömning", "Stor skillnad mellan aktiv och passiv rörlighet efter trauma. Fynden väcker "
                 "misstanke om en traumatisk rotatorkuffruptur med engagemang av supraspinatus och "
                 "infraspinatus. Pat informerad om misstanken och om att tidig bedömning av ortoped "
                 "är viktig eftersom en ev. operation har bäst resultat inom några månader."),
   ("Åtgärd", "Remiss till ortoped med förtur, ultraljud beställt. Instruerad i pendelövningar och "
              "aktivt assisterad flexion med käpp. Råd om att undvika tunga lyft över axelhöjd i "
              "arbetet, sjukintyg skrivs av vårdcentralen."),
   ("Planering", "Nytt fysioterapibesök om två veckor eller efter ortopedbedömning. Pat hör av sig "
                 "vid ökad smärta eller domningar i handen."),
   ("Aktivitet/delaktighet", "Klarar inte att arbeta med armen över huvudet, vilket krävs vid "
                             "takarbeten och montering av skåp. Har svårt att ta på sig jacka "
                             "och att sova på höger sida. Cyklar inte sedan olyckan. Kör bil "
                             "med vänster hand på ratten. QuickDASH 61 poäng."),
   ("Mål", "Pat vill kunna återgå i fullt arbete och spela innebandy med korpenlaget till "
           "hösten. Delmål: sova hela natten utan att vakna av värk inom fyra veckor och kunna "
           "lyfta en kaffekopp till hylla i axelhöjd."),
   ("Information", "Pat fick skriftligt hemprogram med bilder samt information om smärtlindring "
                   "och om att värme före övningarna kan underlätta. Pat verkar motiverad och "
                   "har förstått planen."),
   ("Kontaktvägar", "Pat har fått mottagningens telefontid och kan skriva via 1177 om frågor "
                    "uppstår innan ortopedbesöket.")],
  must=["NL102"], must_not=["NL101"],
  why="Long physiotherapy note: a hedged diagnosis ('misstanke om') told to the patient.")

S("lang-rond-sammanfattning-pat-informerad-barnen-ej", "vgr", 1944, "vg_lungavd_su", "Stina Roos",
  "läkare", "Rondanteckning", "2024-03-18 11:50",
  [("Rond", "Vårddag 5. Inlagd för andfåddhet och pleuravätska höger."),
   ("Status", "AT: trött men alert. Sat 93 % på 1 l syrgas. AF 20. Cor: oregelbunden rytm, inga "
              "blåsljud. Pulm: dämpning basalt höger, minskat efter tappning. Buk mjuk. Ben: inga ödem."),
   ("Provsvar", "CRP 24 (igår 31). Hb 118. Krea 88. Pleuravätskans cytologi: adenocarcinom, "
                "TTF-1 positivt, dvs lungursprung."),
   ("Information", "Pat informerad på ronden om svaret. Han förstår att det rör sig om lungcancer med "
                   "spridning till lungsäcken och att behandlingen syftar till att bromsa sjukdomen. "
                   "Hustrun var närvarande. De vuxna barnen, som bor utomlands, har inte informerats; "
                   "pat vill ringa dem själv i helgen. Pat tackade för ett rakt besked."),
   ("Bedömning", "Lungcancer stadium IV med malign pleuravätska. God funktionsnivå, ECOG 1. "
                 "Lämplig för onkologisk bedömning."),
   ("Ordinationer", "Syrgas till sat ≥ 92 %. Dränage dras idag om < 150 ml/dygn. Oxynorm vid "
                    "behov, Movicol dagligen. Fragmin 5000 E sc x 1."),
   ("Planering", "Remiss Jubileumskliniken för behandlingsstart. Molekylärpatologi begärd på "
                 "vätskan. Hemgång planeras onsdag med kontakt via lungmottagningens kssk. Pat "
                 "erbjuds kuratorskontakt, tackar ja."),
   ("Omvårdnad", "Mobiliseras själv till toalett med rollator. Äter halva portioner, "
                 "näringsdryck på eftermiddagen. Dränageflöde senaste dygnet 120 ml, serös "
                 "vätska. Sover bättre sedan tappningen. Inga trycksår, huden hel."),
   ("Social situation", "Bor med hustrun i villa i Partille. Pensionerad busschaufför. Klarade "
                        "ADL själv före insjuknandet. Hustrun har egen hjärtsjukdom och behöver "
                        "stöd vid hemgång; biståndshandläggare kontaktas om behov av hemtjänst."),
   ("Läkemedel", "Waran utsatt inför tappningen och ersatt med Fragmin enligt ovan. Ny "
                 "ställning till antikoagulation vid hemgång. Inhalationer fortsätter som tidigare."),
   ("Närståendesamtal", "Hustrun ställde frågor om hur mycket syrgas maken behöver hemma och om "
                        "han kan resa med bil till sommarhuset. Syrgas behövs sannolikt inte efter "
                        "dränaget, vilket bedöms på nytt före hemgång. Bilresor går bra med pauser. "
                        "Hustrun fick kontaktuppgifter till avdelningen och till lungmottagningens "
                        "kontaktsjuksköterska Maria Ek, som ringer paret veckan efter hemgång.")],
  must_not=["NL101", "NL102"], setting=SV,
  why="Long ward-round note: the patient was told, only the adult children are not informed.")

S("lang-psykolog-neuropsyk-utredning-aterkoppling-ej-skett", "skane", 1994, "sk_psyk_lund",
  "Julia Wendt", "psykolog", "Psykologanteckning", "2024-10-16 16:30",
  [("Bakgrund", "Pat remitterad från vårdcentralen för neuropsykiatrisk utredning pga långvariga "
                "koncentrationssvårigheter, avbrutna studier och återkommande konflikter på "
                "arbetsplatser. Behandlas för ångest med sertralin sedan två år."),
   ("Genomförda moment", "Anamnes med pat vid tre tillfällen, utvecklingsanamnes med modern per "
                         "telefon, WAIS-IV, D-KEFS urval, QbTest, ASRS, RAADS-14 och skattning "
                         "från partner. Skolbetyg från grundskolan inhämtade."),
   ("Resultat", "Kognitiv nivå inom genomsnittet, GAI 104, med relativ svaghet i arbetsminne och "
                "bearbetningshastighet. QbTest visar avvikande aktivitet och impulsivitet. Symtom på "
                "ouppmärksamhet och hyperaktivitet finns beskrivna från tidig skolålder och ger "
                "tydlig funktionsnedsättning i arbete och relationer. Autistiska drag ej tillräckliga "
                "för diagnos."),
   ("Bedömning", "Sammantaget uppfylls kriterierna för ADHD, kombinerad form, enligt DSM-5. "
                 "Återkoppling av utredningen har ännu inte skett; pat får resultatet vid "
                 "återgivningssamtal med psykolog och psykiatriker den 30/10. Ångestsyndromet "
                 "kvarstår som tidigare diagnos."),
   ("Rekommendationer", "Psykoedukation om ADHD, ställningstagande till farmakologisk behandling "
                        "hos läkare, kontakt med arbetsterapeut för strategier kring planering. "
                        "Anpassningar i arbetet kan diskuteras med företagshälsovården."),
   ("Planering", "Skriftligt utlåtande färdigställs före återgivningen. Partnern är välkommen "
                 "till samtalet om pat önskar."),
   ("Observationer", "Pat kom i tid till samtliga besök. Under testningen behövdes två pauser "
                     "per tillfälle, pat reste sig flera gånger och fingrade på pennor och "
                     "papper. Instruktionerna behövde ibland upprepas men pat arbetade "
                     "engagerat och med humor. Inga tecken på att resultaten påverkats av "
                     "trötthet eller bristande motivation."),
   ("Socialt", "Sambo sedan tre år, inga barn. Arbetar som lagerarbetare på heltid efter att ha "
               "avbrutit två högskoleutbildningar. Goda relationer till föräldrar och en yngre "
               "bror. Spelar fotboll två gånger i veckan, vilket pat beskriver som det som "
               "fungerar bäst för att varva ner."),
   ("Tidigare kontakter", "Skolkurator i högstadiet på grund av skolk och konflikter med lärare. "
                          "Elevhälsan gjorde ingen utredning. Två kortare KBT-kontakter för ångest "
                          "på vårdcentralen 2019 och 2022, med viss effekt. Ingen tidigare "
                          "psykiatrisk slutenvård och inget missbruk enligt AUDIT och DUDIT.")],
  must=["NL101"], must_not=["NL102"],
  why="Long neuropsychological report with a diagnosis whose feedback has not happened yet.")

S("lang-dietist-viktras-trolig-malabsorption", "vgr", 1961, "vg_diet_skovde", "Lena Forsberg",
  "dietist", "Dietistanteckning", "2024-09-30 10:00",
  [("Remissorsak", "Remiss från kirurgmottagningen: ofrivillig viktnedgång och lös avföring efter "
                   "operation för pankreatit med delresektion av bukspottkörteln i juni."),
   ("Anamnes", "Vikt före operationen 81 kg, idag 69,5 kg. Längd 178 cm, BMI 21,9. Avföring 4–5 "
               "gånger per dag, fet och illaluktande, flyter. Äter tre mål om dagen men orkar "
               "inte mellanmål. Dricker ingen alkohol sedan pankreatiten. Tar Creon 25 000 en "
               "kapsel till huvudmål, ibland glöms den."),
   ("Kostanamnes", "Frukost: fil med flingor, kaffe. Lunch: matlåda, ofta pasta. Middag: normal "
                   "portion husmanskost. Undviker fet mat av rädsla för magknip."),
   ("Bedömning", "Betydande viktnedgång, cirka 14 %, på tre månader. Symtombilden talar för "
                 "trolig exokrin pankreasinsufficiens med fettmalabsorption, otillräckligt "
                 "substituerad. Pat förstår sambandet mellan Creon och fettet i maten."),
   ("Åtgärd", "Undervisning om enzymdosering: Creon till alla mål och mellanmål, dosen justeras "
              "enligt fettinnehåll efter kontakt med läkare. Energität kost med tre mellanmål, "
              "näringsdryck 1 x 2. Tips om fettkällor att återinföra stegvis."),
   ("Planering", "Meddelat kirurg om förslaget att öka Creon-dosen och kontrollera fettlösliga "
                 "vitaminer. Vägning och telefonuppföljning om två veckor, besök om fyra veckor."),
   ("Provsvar", "Albumin 31, Hb 121, P-glukos fastande 6,8. Vitamin D och B12 ej tagna sedan "
                "operationen, föreslås till kirurgen."),
   ("Mål", "Viktstabilisering inom fyra veckor och därefter viktuppgång mot 75 kg. Färre "
           "avföringar och mindre magknip. Pat ska själv kunna räkna ut enzymdos till ett "
           "vanligt mellanmål."),
   ("Information", "Skriftlig information om enzymbehandling och energität kost överlämnad. "
                   "Pat ska föra matdagbok med avföringsfrekvens inför nästa telefonkontakt.")],
  must=["NL102"],
  why="Long dietician note with a hedged diagnosis ('trolig exokrin pankreasinsufficiens').")

S("lang-bm-forlossning-uteslutet-och-bekraftat", "vgr", 1992, "vg_forl_boras", "Josefin Alm",
  "barnmorska", "Barnmorskeanteckning", "2024-11-03 06:50",
  [("Inkomst", "Omföderska v. 38+4 inkommer kl 01.10 med regelbundna värkar var femte minut sedan "
               "kl 23. Vattenavgång kl 00.30, klart fostervatten."),
   ("Anamnes", "Tidigare normal förlossning 2021. Graviditetsdiabetes i denna graviditet, "
               "kostbehandlad med goda värden. GBS-odling negativ."),
   ("Status", "BT 132/84, puls 84, temp 37,0. Urinsticka: ingen proteinuri. Fundus 35 cm. "
              "Huvudbjudning, huvudet fixerat. Öppningsgrad 5 cm kl 01.30."),
   ("Övervakning", "CTG reaktivt, basalfrekvens 135, god variabilitet. Temp kontrollerad var fjärde "
                   "timme, afebril."),
   ("Bedömning", "Ingen misstanke om chorioamnionit, afebril och klart fostervatten. Inga tecken på "
                 "preeklampsi. P-glukos 5,2 under förloppet."),
   ("Förlopp", "Fullvidgad kl 04.40, krystvärkar. Partus kl 05.12 av en pojke, Apgar 9-10-10, "
               "vikt 3 560 g. Placenta hel. Blödning 350 ml. Bristning grad 1, suturerad av bm."),
   ("Barnet", "P-glukos barn 3,4 vid två timmars ålder enligt rutin efter graviditetsdiabetes. "
              "Ammar bra."),
   ("Planering", "BB-avdelning. Kontroll av mammans P-glukos utsatt enligt PM. Barnet följs enligt "
                 "rutin, utskrivning tidigast om 24 timmar."),
   ("Smärtlindring", "Lustgas från 6 cm, därefter sterila kvaddlar på egen begäran. "
                     "Ingen epidural. Pat nöjd med smärtlindringen."),
   ("Postpartum", "Uterus väl kontraherad två fingrar under naveln. Kissat själv kl 06.30. "
                  "Hud mot hud med barnet i två timmar, första amning kl 05.50 med bra tag. "
                  "Partnern närvarande under hela förlossningen och stöttande."),
   ("Överrapportering", "Överrapporterad till BB-avdelningen muntligt kl 06.45. "
                        "Förlossningsberättelse erbjuds före hemgång.")],
  must_not=["NL102", "NL101"], setting=SV,
  why="Long midwife note: only negated suspicions and a known gestational diabetes.")



# =========================================================================== X
# Three more NL101 positives: shift handover, dietician by telephone, midwife at the scan.

S("ovr-overrapportering-levermetastaser", "skane", 1957, "sk_kir_malmo", "Alva Nordin",
  "sjuksköterska", "Omvårdnadsanteckning", "2024-11-20 21:30",
  [("Överrapportering", "Pat vet inte om att ultraljudet visade levermetastaser – dr Sjöstrand "
                        "pratar med henne imorgon kl 9. Svara inte på frågor om svaret, hänvisa till läkaren."),
   ("Omvårdnad", "Smärtfri i vila, sovit till och från under kvällen. Dricker bra.")],
  must=["NL101"], setting=SV,
  why="Unsigned handover note: liver metastases, the doctor tells the patient tomorrow at 9.")

S("tel-dietist-crohn-gastroenterolog-fredag", "vgr", 1998, "vg_diet_skovde", "Lena Forsberg",
  "dietist", "Telefonanteckning", "2024-11-27 10:35",
  [("Telefon", "Ringde pat om kostdagboken. Enligt gastroenterologens anteckning visar biopsierna "
               "Crohns sjukdom; pat har ännu inte fått beskedet, gastroenterologen ringer på fredag. "
               "Berörde därför inte diagnosen utan endast kostregistreringen.")],
  must=["NL101"], must_not=["NL102"],
  why="Dietician's telephone note: Crohn's disease on biopsy, the gastroenterologist calls Friday.")

S("bm-rutinultraljud-misstankt-hjartfel-fostret", "skane", 1993, "sk_forl_lund", "Wilma Ståhl",
  "barnmorska", "Barnmorskeanteckning", "2024-12-04 14:20",
  [("Ultraljud", "Rutinultraljud v. 19+2. Avvikande fyrkammarbild, "
                 "misstänkt hjärtfel hos fostret. Paret informerat om att en läkare behöver titta, "
                 "men inte om misstanken om hjärtfel; fostermedicinsk läkare träffar dem imorgon kl 8.")],
  must=["NL101", "NL102"],
  why="Midwife at the routine scan: suspected fetal heart defect not told to the couple.")


# =========================================================================== output + checks
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs",
             "sections"}
CONV_KEYS = {"id", "type", "unit", "opened", "handled", "concerns_care", "messages", "attachments"}
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
PROTECTED_KEYWORD_VGR = "Tidiga hypoteser"


def _luhn_ok(pnr):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
    if not m:
        return False
    ten = m.group(1)[2:] + m.group(2)
    return luhn_digit(ten[:9]) == int(ten[9])


def _in_2024(value):
    return isinstance(value, str) and value.startswith("2024-")


def _sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    problems = []
    names = set()
    seen = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(c.keys())))
            continue
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not isinstance(c["why"], str) or not c["why"].strip() or "\n" in c["why"]:
            problems.append("%s: why must be one line" % where)
        r = c["record"]
        if set(r.keys()) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(r.keys())))
            continue
        p = r["patient"]
        if set(p.keys()) != PATIENT_KEYS:
            problems.append("%s: patient keys" % where)
        if not _luhn_ok(p["id"]):
            problems.append("%s: personnummer %s fails Luhn" % (where, p["id"]))
        if name in FEMALE and int(p["id"][11]) % 2:
            problems.append("%s: woman with an odd ninth digit" % where)
        if name in MALE and not int(p["id"][11]) % 2:
            problems.append("%s: man with an even ninth digit" % where)
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            problems.append("%s: personnummer does not match birth_date" % where)
        try:
            age = 2024 - int(p["birth_date"][:4])
            _dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            problems.append("%s: bad birth_date" % where)
            age = 0
        if age < 16:
            problems.append("%s: patient younger than 16" % where)
        if not _in_2024(r["as_of"]):
            problems.append("%s: as_of not in 2024" % where)
        note_ids = set()
        texts = []
        for n in r["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n.keys())))
                continue
            if n["id"] in note_ids:
                problems.append("%s: duplicate note id %s" % (where, n["id"]))
            note_ids.add(n["id"])
            if n["system"] != "Melior":
                problems.append("%s: note %s not Melior" % (where, n["id"]))
            if not _in_2024(n["time"]) or (n["signed"] is not None and not _in_2024(n["signed"])):
                problems.append("%s: note %s time not in 2024" % (where, n["id"]))
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append("%s: note %s signed before written" % (where, n["id"]))
            if n["time"] > r["as_of"]:
                problems.append("%s: note %s after as_of" % (where, n["id"]))
            hsa = n["unit"]["hsa_id"]
            if c["ruleset"] == "skane" and not hsa.startswith(SK):
                problems.append("%s: Skåne case with non-Skåne unit" % where)
            if c["ruleset"] == "vgr" and not hsa.startswith(VG):
                problems.append("%s: VGR case with non-VGR unit" % where)
            if not n["sections"]:
                problems.append("%s: note %s without sections" % (where, n["id"]))
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    problems.append("%s: bad section in %s" % (where, n["id"]))
                texts.append(s["text"])
            for ref in n["refs"]:
                if ref not in {cv["id"] for cv in r["conversations"]}:
                    problems.append("%s: note %s refs unknown case %s" % (where, n["id"], ref))
        for cv in r["conversations"]:
            if set(cv.keys()) != CONV_KEYS:
                problems.append("%s: conversation keys" % where)
                continue
            for key in ("opened", "handled"):
                if not _in_2024(cv[key]):
                    problems.append("%s: conversation %s not in 2024" % (where, key))
            for m in cv["messages"]:
                if m["sender"] not in ("patient", "staff") or not _in_2024(m["time"]):
                    problems.append("%s: bad message" % where)
                texts.append(m["text"])
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append("%s: bad %s entry %r" % (where, lst, item))
                    continue
                code, nid = item
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (where, code))
                if nid not in note_ids:
                    problems.append("%s: %s targets missing note %s" % (where, lst, nid))
                if (code, nid) in pairs:
                    problems.append("%s: %s on %s asserted twice" % (where, code, nid))
                pairs.add((code, nid))
        for t in texts:
            for sent in _sentences(t):
                if sent in seen and seen[sent] != name:
                    problems.append("%s: sentence also in %s: %r" % (where, seen[sent], sent))
                elif sent in seen:
                    problems.append("%s: sentence repeated within case: %r" % (where, sent))
                else:
                    seen[sent] = name
    return problems


def stats(cases):
    out = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                out.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    return out


def main():
    problems = validate(_CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in _CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again (round trip)
    with open(OUT, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != _CASES:
        problems.append("round trip of %s changed the data" % OUT)
    problems += [p for p in validate(reread) if p not in problems]
    all_names = {c["case"] for c in _CASES}
    for label, group in (("FEMALE", FEMALE), ("MALE", MALE), ("UNSIGNED", UNSIGNED)):
        for missing in sorted(group - all_names):
            problems.append("%s names an unknown case %s" % (label, missing))
    st = stats(_CASES)
    regions = {}
    for c in _CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    drafts = sum(1 for c in _CASES for n in c["record"]["notes"] if n["signed"] is None)
    print("%d cases -> %s" % (len(_CASES), OUT))
    print("regions: %s; unsigned drafts: %d" % (regions, drafts))
    for code in sorted(st):
        print("%s must %d must_not %d" % (code, st[code]["must"], st[code]["must_not"]))
    if not 140 <= len(_CASES) <= 170:
        problems.append("case count %d outside 140-170" % len(_CASES))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
