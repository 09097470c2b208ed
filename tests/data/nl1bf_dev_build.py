#!/usr/bin/env python3
"""nl1bf_dev_cases: independent gold cases for notelint NL101 (who is and is not
informed, and about which diagnosis), with NL102 (hedged diagnoses) as about a third.

Written from the regional routines (shared/seeds) and the rule catalog in
shared/DESIGN.md only. Dependency-free, deterministic: `python3 build.py` writes
nl1bf_dev_cases.jsonl beside this file and validates it (exit 1 on any problem).
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1bf_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

# key: (unit name, HSA-id, region, journal system)
UNITS = {
    # Skåne, hospitals (Melior)
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "2101", "skane", "Melior"),
    "kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", SK + "2102", "skane", "Melior"),
    "brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", SK + "2125", "skane", "Melior"),
    "med_kri": ("Medicinkliniken, Centralsjukhuset Kristianstad", SK + "2103", "skane", "Melior"),
    "lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "2104", "skane", "Melior"),
    "uro_mal": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "2105", "skane", "Melior"),
    "kvk_ystad": ("Kvinnokliniken, Ystads lasarett", SK + "2106", "skane", "Melior"),
    "neuro_lund": ("Neurologiska mottagningen, Skånes universitetssjukhus Lund", SK + "2107", "skane", "Melior"),
    "minne_mal": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "2108", "skane", "Melior"),
    "hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "2109", "skane", "Melior"),
    "gastro_mal": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "2110", "skane", "Melior"),
    "hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "2111", "skane", "Melior"),
    "pall_trb": ("Palliativa enheten, Trelleborgs lasarett", SK + "2112", "skane", "Melior"),
    "akut_hlm": ("Akutmottagningen, Hässleholms sjukhus", SK + "2113", "skane", "Melior"),
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund", SK + "2114", "skane", "Melior"),
    "orto_lkr": ("Ortopedkliniken, Landskrona lasarett", SK + "2115", "skane", "Melior"),
    "onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", SK + "2116", "skane", "Melior"),
    "ger_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", SK + "2117", "skane", "Melior"),
    "kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", SK + "2118", "skane", "Melior"),
    "endo_mal": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "2119", "skane", "Melior"),
    "gen_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", SK + "2120", "skane", "Melior"),
    "inf_mal": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "2121", "skane", "Melior"),
    "med_ang": ("Medicinavdelning 3, Ängelholms sjukhus", SK + "2122", "skane", "Melior"),
    "reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", SK + "2123", "skane", "Melior"),
    "njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "2124", "skane", "Melior"),
    "akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "2126", "skane", "Melior"),
    "ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", SK + "2127", "skane", "Melior"),
    "bup_mal": ("BUP-mottagningen Malmö väster", SK + "2128", "skane", "Melior"),
    "rehab_lund": ("Fysioterapin, Ortopedkliniken Skånes universitetssjukhus Lund", SK + "2129", "skane", "Melior"),
    "diet_hbg": ("Dietistmottagningen, Helsingborgs lasarett", SK + "2130", "skane", "Melior"),
    # Skåne, primary care (PMO)
    "vc_simr": ("Vårdcentralen Simrishamn", SK + "3301", "skane", "PMO"),
    "vc_linero": ("Vårdcentralen Linero, Lund", SK + "3302", "skane", "PMO"),
    "vc_kirse": ("Vårdcentralen Kirseberg, Malmö", SK + "3303", "skane", "PMO"),
    "hsjv_eslov": ("Hemsjukvården Eslöv", SK + "3304", "skane", "PMO"),
    "bvc_hoor": ("BVC Höör", SK + "3305", "skane", "PMO"),
    "um_ang": ("Ungdomsmottagningen Ängelholm", SK + "3306", "skane", "PMO"),
    "vc_bjuv": ("Vårdcentralen Bjuv", SK + "3307", "skane", "PMO"),
    # Västra Götaland (Melior)
    "onk_su": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", VG + "5101", "vgr", "Melior"),
    "kir_sas": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "5102", "vgr", "Melior"),
    "brost_sas": ("Bröstenheten, Södra Älvsborgs Sjukhus Borås", VG + "5127", "vgr", "Melior"),
    "med_skas": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", VG + "5103", "vgr", "Melior"),
    "lung_su": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "5104", "vgr", "Melior"),
    "uro_nal": ("Urologmottagningen, NU-sjukvården NÄL", VG + "5105", "vgr", "Melior"),
    "kvk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", VG + "5106", "vgr", "Melior"),
    "gyn_nal": ("Gynekologmottagningen, NU-sjukvården NÄL", VG + "5126", "vgr", "Melior"),
    "neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "5107", "vgr", "Melior"),
    "minne_mol": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "5108", "vgr", "Melior"),
    "hem_su": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG + "5109", "vgr", "Melior"),
    "endo_kun": ("Endoskopienheten, Kungälvs sjukhus", VG + "5110", "vgr", "Melior"),
    "med_kun": ("Medicinmottagningen, Kungälvs sjukhus", VG + "5128", "vgr", "Melior"),
    "hud_ali": ("Hudmottagningen, Alingsås lasarett", VG + "5111", "vgr", "Melior"),
    "pall_udd": ("Palliativt team, Uddevalla sjukhus", VG + "5112", "vgr", "Melior"),
    "akut_mol": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "5113", "vgr", "Melior"),
    "akut_skas": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", VG + "5129", "vgr", "Melior"),
    "onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", VG + "5114", "vgr", "Melior"),
    "ger_lid": ("Geriatriska kliniken, Skaraborgs Sjukhus Lidköping", VG + "5115", "vgr", "Melior"),
    "reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "5116", "vgr", "Melior"),
    "inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", VG + "5117", "vgr", "Melior"),
    "njur_nal": ("Njurmedicinmottagningen, NU-sjukvården NÄL", VG + "5118", "vgr", "Melior"),
    "med_ali": ("Medicinavdelning 5, Alingsås lasarett", VG + "5119", "vgr", "Melior"),
    "psyk_sas": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs Sjukhus Borås", VG + "5120", "vgr", "Melior"),
    "kard_skas": ("Kardiologmottagningen, Skaraborgs Sjukhus Skövde", VG + "5121", "vgr", "Melior"),
    "npf_su": ("Neuropsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "5122", "vgr", "Melior"),
    "diab_sas": ("Diabetesmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "5123", "vgr", "Melior"),
    "diet_su": ("Dietistenheten, Sahlgrenska Universitetssjukhuset", VG + "5124", "vgr", "Melior"),
    "rehab_kun": ("Rehabiliteringsenheten, Kungälvs sjukhus", VG + "5125", "vgr", "Melior"),
    "barn_nal": ("Barn- och ungdomsmedicinska kliniken, NU-sjukvården NÄL", VG + "5132", "vgr", "Melior"),
    "orto_sas": ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "5130", "vgr", "Melior"),
    "ogon_mol": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "5131", "vgr", "Melior"),
}


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def make_pnr(birth, sex, salt):
    """Deterministic, Luhn-valid personnummer; third serial digit odd for men, even for women."""
    h = sum((i + 1) * ord(c) for i, c in enumerate(salt))
    first_two = "%02d" % (10 + h % 89)
    odd, even = "13579", "24680"
    third = (odd if sex == "M" else even)[(h // 89) % 5]
    ymd = birth.replace("-", "")
    nine = ymd[2:] + first_two + third
    return "%s-%s%s%s" % (ymd, first_two, third, luhn_check_digit(nine))


def unit_obj(key):
    name, hsa, _, _ = UNITS[key]
    return {"name": name, "hsa_id": hsa}


def N(template, author, role, time, sections, id="n1", unit=None, signed=45,
      setting="öppenvård"):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, None (draft) or a time."""
    return {"_tpl": template, "_author": author, "_role": role, "_time": time,
            "_sections": sections, "_id": id, "_unit": unit, "_signed": signed,
            "_setting": setting}


CASES = []


def C(name, unit, birth, sex, notes, must=(), must_not=(), why=""):
    CASES.append({"_name": name, "_unit": unit, "_birth": birth, "_sex": sex,
                  "_notes": notes, "_must": must, "_must_not": must_not, "_why": why})


def _iso(t):
    return dt.datetime.strptime(t, "%Y-%m-%d %H:%M")


def expand(c):
    region = UNITS[c["_unit"]][2]
    notes = []
    latest = None
    for n in c["_notes"]:
        ukey = n["_unit"] or c["_unit"]
        t = _iso(n["_time"])
        if n["_signed"] is None:
            signed = None
        elif isinstance(n["_signed"], int):
            signed = (t + dt.timedelta(minutes=n["_signed"])).isoformat()
        else:
            signed = _iso(n["_signed"]).isoformat()
        last = _iso(signed.replace("T", " ")[:16]) if signed else t
        latest = last if latest is None or last > latest else latest
        notes.append({
            "id": n["_id"], "system": UNITS[ukey][3], "template": n["_tpl"],
            "unit": unit_obj(ukey),
            "author": {"name": n["_author"], "role": n["_role"]},
            "time": t.isoformat(), "signed": signed, "setting": n["_setting"],
            "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in n["_sections"]],
        })
    as_of = latest.date() + dt.timedelta(days=10)
    if as_of > dt.date(2024, 12, 31):
        as_of = dt.date(2024, 12, 31)
    record = {
        "patient": {"id": make_pnr(c["_birth"], c["_sex"], c["_name"]),
                    "birth_date": c["_birth"], "protected_identity": False},
        "as_of": as_of.isoformat() + "T00:00:00",
        "notes": notes, "access_events": [], "conversations": [], "treatments": [],
    }
    return {"case": c["_name"], "ruleset": region, "record": record,
            "must": [list(x) for x in c["_must"]],
            "must_not": [list(x) for x in c["_must_not"]], "why": c["_why"]}


# ---------------------------------------------------------------------------
# CASES
# ---------------------------------------------------------------------------
M101 = ("NL101", "n1")
M102 = ("NL102", "n1")
M104 = ("NL104", "n1")

# ===========================================================================
# A. NL101 positives: a diagnosis in a visible section, the patient not (yet) told
# ===========================================================================

C("bf-onk-levermetastaser-pankreas-besked-nasta-besok", "onk_lund", "1951-04-22", "M", [
    N("Läkaranteckning", "Henrik Åberg", "läkare", "2024-03-12 14:05", [
        ("Aktuellt", "Återbesök efter DT buk och leverbiopsi. Har mått något bättre sedan smärtlindringen justerades förra veckan."),
        ("Bedömning", "PAD från leverbiopsin 8/3: metastaser av adenocarcinom utgående från pankreas. Primärtumören i pankreasstjärten syns på DT."),
        ("Planering", "Pat är ännu inte informerad om PAD-svaret. Besked ges vid nästa besök 19/3 tillsammans med kontaktsjuksköterska, hustrun följer med."),
    ])], must=[M101],
    why="metastatic pancreatic cancer in Bedömning; Planering says the patient is not yet told, besked at next visit")

C("bf-uro-prostatacancer-vanta-tills-skint", "uro_nal", "1948-09-02", "M", [
    N("Läkaranteckning", "Per-Olof Strand", "läkare", "2024-04-18 10:20", [
        ("Bedömning", "Prostatabiopsier: Gleason 4+4=8 i 7 av 12 kolvar, dvs. högrisk prostatacancer. Skelettscintigrafi och DT buk beställda."),
        ("Planering", "Vi vill vänta med att berätta diagnosen för pat tills skintet är klart så att han får hela bilden vid ett och samma besök, preliminärt 2/5."),
    ], signed=None)], must=[M101],
    why="clinician 'vill vänta med att berätta' the prostate cancer; han = the patient")

C("bf-kvk-cervixcancer-informeras-efter-mr", "kvk_ystad", "1979-11-30", "F", [
    N("Läkaranteckning", "Sara Lindqvist", "läkare", "2024-02-27 13:10", [
        ("Aktuellt", "Konisering 14/2 på grund av HSIL i cellprovet."),
        ("Bedömning", "PAD från koniseringen visar invasiv skivepitelcancer i cervix, djupinväxt 6 mm, inte radikalt exciderad."),
        ("Planering", "MR lilla bäckenet beställd. Pat ska informeras om cancerbeskedet först när MR är gjord, besök v. 12 hos gynonkolog. Pat ej kontaktad idag."),
    ])], must=[M101],
    why="'pat ska informeras ... först när MR är gjord' about a cervical cancer written in Bedömning")

C("bf-endo-sigmoideumtumor-informeras-nar-pad-kommit", "endo_kun", "1957-06-14", "M", [
    N("Endoskopianteckning", "Johan Fredriksson", "läkare", "2024-05-06 09:40", [
        ("Undersökning", "Koloskopi till caekum. I sigmoideum 25 cm ab ano ses en cirkulär ulcererande tumör som passeras med visst motstånd. Sex biopsier tagna. I övrigt divertiklar i vänster kolon."),
        ("Bedömning", "Makroskopiskt misstänkt coloncancer i sigmoideum. Pat fick under undersökningen veta att prover tagits men inte vad vi misstänker; pat ska informeras när PAD kommit, inom ca en vecka."),
    ])], must=[M101, M102],
    why="hedged colon cancer suspicion visible and the patient is to be told only when PAD arrives: both NL101 and NL102")

C("bf-neuro-ms-diagnosbesked-ej-lamnat", "neuro_lund", "1992-06-15", "F", [
    N("Läkaranteckning", "Ingrid Mattsson", "läkare", "2024-03-21 15:35", [
        ("Anamnes", "Optikusneurit vänster öga i höstas, därefter domningar i båda händerna under två veckor i januari."),
        ("Bedömning", "MR hjärna och halsrygg visar multipla periventrikulära och juxtakortikala lesioner, varav en laddar kontrast. Oligoklonala band i likvor. McDonald-kriterierna för multipel skleros är uppfyllda."),
        ("Planering", "Diagnosbeskdet har ännu inte lämnats till pat. Hon kallas till läkarbesök 4/4 och får gärna ta med närstående; MS-sjuksköterska deltar."),
    ])], must=[M101],
    why="typo 'Diagnosbeskdet'; MS diagnosis established in Bedömning, 'diagnosbeskedet har ännu inte lämnats'; hon = patient")

C("bf-hem-myelom-ej-per-telefon", "hem_su", "1956-01-09", "M", [
    N("Telefonanteckning", "Anders Widell", "läkare", "2024-02-13 11:15", [
        ("Kontaktorsak", "Söker pat angående benmärgsprovet."),
        ("Åtgärd", "Benmärgsprovet visar 30 % klonala plasmaceller, dvs. multipelt myelom. Söker pat två gånger utan svar. Diagnosen ska inte lämnas per telefon och pat har alltså inte fått beskedet. Sekreterare bokar besök på mottagningen i morgon förmiddag."),
    ], signed=20)], must=[M101],
    why="telephone note: myeloma written in Åtgärd, patient not reached and not told")

C("bf-lung-smacellig-kontaktssk-hon-vet-inget", "lung_lund", "1960-10-03", "F", [
    N("Omvårdnadsanteckning", "Camilla Nord", "sjuksköterska", "2024-05-03 08:50", [
        ("Aktuellt", "Bronkoskopisvaret har kommit: småcellig lungcancer. Ansvarig läkare har inte träffat pat sedan undersökningen och hon vet ännu ingenting om svaret."),
        ("Planering", "Tid bokad 8/5 kl 10.00 för läkarbesök med besked. Ringde pat och sa endast att doktorn vill gå igenom provsvaren; hon vill ha med sin syster."),
    ])], must=[M101],
    why="contact nurse note: small-cell lung cancer named, 'hon vet ännu ingenting' where hon is the patient")

C("bf-hud-melanom-han-kallas", "hud_ali", "1971-02-25", "M", [
    N("Läkaranteckning", "Maria Ekholm", "läkare", "2024-06-11 16:00", [
        ("Bedömning", "PAD excision rygg: malignt melanom, ytligt spridande typ, Breslow 2,1 mm, med ulceration. Exciderat med endast 2 mm marginal."),
        ("Planering", "Pat är ännu inte underrättad om svaret. Han kallas till återbesök för information och planering av utvidgad excision med portvaktskörtel."),
    ])], must=[M101],
    why="melanoma in PAD answer, 'ännu inte underrättad'; han = patient")

C("bf-gastro-cirros-tolk-arabiska", "gastro_mal", "1966-12-12", "M", [
    N("Läkaranteckning", "Leila Haddad", "läkare", "2024-05-08 10:30", [
        ("Aktuellt", "Remitterad för förhöjda levervärden. Dricker enligt egen uppgift ca fyra burkar starköl dagligen."),
        ("Bedömning", "Elastografi 28 kPa och leverbiopsi visar etablerad levercirros, Child-Pugh B."),
        ("Planering", "Pat har ännu inte informerats om cirrosen. Besöket 22/5 bokas med kontakttolk på arabiska så att beskedet kan ges ordentligt. Ultraljud lever var sjätte månad."),
    ], signed=None)], must=[M101],
    why="liver cirrhosis untold, waiting for an interpreter to give the news")

C("bf-inf-hiv-tolken-uteblev", "inf_ostra", "1988-07-19", "M", [
    N("Läkaranteckning", "Erik Sandberg", "läkare", "2024-03-05 14:40", [
        ("Aktuellt", "Kommer för provsvar efter screening vid hälsoundersökningen för asylsökande."),
        ("Bedömning", "HIV-1 antikropp/antigen positivt, konfirmerat. CD4 340."),
        ("Åtgärd", "Tolken (tigrinja) uteblev och telefontolk gick inte att ordna med kort varsel. Besked om hiv-diagnosen kunde därför inte lämnas idag; pat fick bara veta att vi behöver ses igen. Ny tid med kontakttolk på plats 14/3."),
    ])], must=[M101],
    why="interpreter did not come, so the HIV diagnosis written in Bedömning was not given to the patient")

C("bf-minne-alzheimer-dottern-vill-avvakta", "minne_mal", "1940-05-27", "F", [
    N("Läkaranteckning", "Gunnar Holm", "läkare", "2024-06-19 13:00", [
        ("Anamnes", "Successivt tilltagande minnessvikt sedan två år, glömmer spisen på, har gått vilse i centrum. Bor ensam, hemtjänst en gång per dag."),
        ("Bedömning", "MMT 22/30, patologiskt klocktest, DT hjärna med temporal atrofi och likvor med förhöjt tau och sänkt beta-amyloid. Diagnos: Alzheimers sjukdom med mild demens."),
        ("Planering", "Dottern informerad per telefon efter pat:s medgivande till kontakt. Hon önskar att vi avvaktar med beskedet till modern tills hon själv kan vara med, efter semestern v. 28. Pat ej informerad om diagnosen ännu."),
    ])], must=[M101],
    why="daughter (hon) informed, the patient (modern) not told about Alzheimer's")

C("bf-onk-ventrikelcancer-sonen-tolkar", "onk_su", "1945-03-08", "F", [
    N("Läkaranteckning", "Katarina Ljung", "läkare", "2024-04-09 11:30", [
        ("Bedömning", "Gastroskopi med PAD: adenocarcinom i ventrikeln. DT thorax-buk visar peritoneal karcinos. Inte kurativt behandlingsbar."),
        ("Information", "Sonen, som även tolkar åt modern, ber enträget att hon inte ska få veta att det är cancer. Pat är hittills inte informerad om ventrikelcancern. Vi förklarar för sonen att pat har rätt till information och att auktoriserad tolk ska användas. Frågan tas upp på teamkonferensen på tisdag."),
    ])], must=[M101],
    why="son asks that his mother not be told; the patient is not informed about her gastric cancer")

C("bf-pall-levermetastaser-hemsjukvarden-informerad", "pall_trb", "1944-08-16", "M", [
    N("Läkaranteckning", "Annika Berg", "läkare", "2024-04-15 15:20", [
        ("Aktuellt", "Känd coloncancer opererad 2022, nu tilltagande trötthet och aptitlöshet. DT buk 10/4 visar nytillkomna multipla levermetastaser."),
        ("Planering", "Kommunens sjuksköterska i hemsjukvården är informerad om levermetastaserna inför vårdplaneringen. Pat själv har ännu inte fått besked om spridningen; läkarsamtal i hemmet planeras fredag 19/4."),
    ], setting="hemsjukvård")], must=[M101],
    why="home care nurse told, the patient not told about new liver metastases of a known cancer")

C("bf-med-ventrikelcancer-informerad-om-anemin", "med_skas", "1950-10-21", "F", [
    N("Daganteckning", "Olle Hägg", "läkare", "2024-06-13 12:10", [
        ("Aktuellt", "Dag 3. Inlagd för utredning av anemi, Hb 78 vid ankomst. Känd hypertoni och typ 2-diabetes, välreglerade."),
        ("Bedömning", "Gastroskopi 12/6 med PAD idag: adenocarcinom i ventrikelns antrum. Järnbristanemin förklaras av tumörblödning."),
        ("Information", "Pat är informerad om järnbristen och att blodtransfusion gavs, men inte om cancerdiagnosen. Besked ges av avdelningsöverläkare under morgondagens rond i enskilt rum."),
    ], setting="slutenvård")], must=[M101],
    why="several diagnoses: anemia told, the new gastric cancer not told")

C("bf-uro-njurcellscancer-biopsisvar-ej-givet", "uro_mal", "1963-04-04", "M", [
    N("Läkaranteckning", "Mats Olander", "läkare", "2024-05-22 09:10", [
        ("Anamnes", "Känd benign prostatahyperplasi, behandlas med finasterid. Njursten höger sida 2019, spontanpasserad."),
        ("Bedömning", "Biopsi från expansiviteten i höger njure visar klarcellig njurcellscancer. Tumören mäter 5 cm på DT, ingen spridning."),
        ("Planering", "Pat har inte informerats om biopsisvaret. Besked vid återbesök 3/6 där kontaktsjuksköterska närvarar; därefter ställningstagande till partiell nefrektomi."),
    ])], must=[M101],
    why="known BPH and stones in Anamnes; the new renal cell cancer in Bedömning is not told")

C("bf-brost-telefon-ssk-duktal-cancer", "brost_sas", "1968-08-29", "F", [
    N("Telefonanteckning", "Helena Dahl", "sjuksköterska", "2024-09-10 10:05", [
        ("Kontaktorsak", "Pat ringer och undrar över svaret från mellannålsbiopsin i vänster bröst."),
        ("Åtgärd", "Svaret visar invasiv duktal bröstcancer, men enligt ansvarig kirurg ska beskedet lämnas vid besök. Pat fick därför bara veta att läkaren vill träffa henne för att gå igenom svaret. Hon ville ha tid snarast, bokad tisdag 13.30."),
    ], signed=15)], must=[M101],
    why="nurse telephone note names the breast cancer the patient was deliberately not told on the phone")

C("bf-hem-lymfom-typo-infomerad", "hem_lund", "1982-01-17", "M", [
    N("Läkaranteckning", "Fredrik Nyström", "läkare", "2024-02-05 16:25", [
        ("Bedömning", "Lymfkörtelbiopsi vä axill: diffust storcelligt B-cellslymfom, GCB-typ. PET-DT bokad för stadieindelning."),
        ("Planering", "Pat ej infomerad ännu, besked ges på onsdag av överläkare. Kontaktsjuksköterskan ringer och bokar tid."),
    ])], must=[M101],
    why="typo 'infomerad': lymphoma in Bedömning, patient not informed")

C("bf-pall-hjarnmetastaser-vanta-pa-maken", "pall_udd", "1958-11-05", "F", [
    N("Hembesöksanteckning", "Lars Engström", "läkare", "2024-09-03 14:00", [
        ("Aktuellt", "Hembesök. Känd bröstcancer med skelettmetastaser. Tilltagande huvudvärk och viss ordglömska senaste veckan."),
        ("Bedömning", "DT hjärna 3/9 visar tre hjärnmetastaser, den största 2 cm i vänster frontallob."),
        ("Planering", "Vi vill vänta med att berätta om hjärnmetastasrna tills maken är hemma från Norge på torsdag; pat har tidigare bett att få alla viktiga besked med honom närvarande. Betametason insatt mot huvudvärken."),
    ], setting="hemsjukvård")], must=[M101],
    why="typo 'hjärnmetastasrna'; brain metastases untold until the husband (honom) is home; the patient is the one not informed")

C("bf-endo-cushing-besked-nasta-besok", "endo_mal", "1975-02-11", "F", [
    N("Läkaranteckning", "Tobias Rehn", "läkare", "2024-05-30 11:45", [
        ("Bedömning", "Dexametasonhämningstest: kortisol 380 nmol/l, ACTH supprimerat, dygnsurin-kortisol förhöjt två gånger. Diagnos: ACTH-oberoende Cushings syndrom orsakat av binjureadenomet på vänster sida."),
        ("Planering", "Besked ges vid nästa besök 14/6, pat ej informerad ännu. Remiss till endokrinkirurg skrivs efter samtalet."),
    ], signed=None)], must=[M101],
    why="'besked ges vid nästa besök' for a Cushing's syndrome diagnosis")

C("bf-njur-iga-nefropati-utkast", "njur_nal", "1990-03-23", "M", [
    N("Läkaranteckning", "Sofia Brandt", "läkare", "2024-10-08 15:30", [
        ("Bedömning", "Njurbiopsi: IgA-nefropati med mesangial proliferation och måttlig interstitiell fibros (MEST-C M1 E0 S1 T1 C0)."),
        ("Planering", "Svaret är ännu inte meddelat pat. Brev med tid för telefonsamtal nästa vecka skickas; ACE-hämmare upptitreras tills vidare."),
    ], signed=None)], must=[M101],
    why="unsigned draft: IgA nephropathy not yet communicated to the patient")

C("bf-kir-karcinos-pat-fragar-kvall", "kir_hbg", "1955-07-07", "F", [
    N("Omvårdnadsanteckning", "Jenny Persson", "sjuksköterska", "2024-03-18 23:10", [
        ("Aktuellt", "Pat frågar flera gånger under kvällen vad operationen visade. Enligt operationsberättelsen fanns utbredd peritoneal karcinos och ingreppet avbröts."),
        ("Åtgärd", "Pat har inte fått information om karcinosen ännu; opererande kirurg kommer i morgon förmiddag och informerar. Vi sa att doktorn kommer och går igenom allt. Oxynorm 5 mg given, somnade vid 23."),
    ], setting="slutenvård", signed=30)], must=[M101],
    why="evening nurse note names peritoneal carcinomatosis the patient has not been told about")

C("bf-psyk-bipolar-aterkopplingssamtal", "psyk_lund", "1994-09-14", "F", [
    N("Läkaranteckning", "Martin Kjellberg", "läkare", "2024-09-06 14:15", [
        ("Bedömning", "Efter avslutad utredning (SCID-5, livsdiagram, anhörigintervju) ställs diagnosen bipolär sjukdom typ II."),
        ("Planering", "Återkoppling till pat sker vid återgivningssamtal 20/9 med läkare och psykolog. Pat har ännu inte fått ta del av utredningsresultatet."),
    ], signed=None)], must=[M101],
    why="psychiatric diagnosis set, feedback to the patient not yet given")

C("bf-npf-adhd-atergivning-ej-skett", "npf_su", "1999-12-01", "M", [
    N("Psykologanteckning", "Elin Sjöberg", "psykolog", "2024-10-24 16:10", [
        ("Sammanfattning", "Utredningen är klar och kriterierna för ADHD, kombinerad form, är uppfyllda enligt DSM-5."),
        ("Planering", "Återgivningssamtalet har inte ägt rum ännu och pat känner inte till resultatet. Tid för återgivning 7/11, skriftligt utlåtande lämnas då."),
    ])], must=[M101],
    why="psychologist: ADHD established, patient does not know the result yet")

C("bf-gen-lynch-besked-vid-besok", "gen_lund", "1986-04-30", "F", [
    N("Mottagningsanteckning", "Pia Granberg", "genetisk vägledare", "2024-08-20 10:50", [
        ("Resultat", "Analys av MLH1 visar patogen variant c.1852_1854del, vilket innebär Lynch syndrom."),
        ("Planering", "Pat ej informerad. Jag ringer för att boka tid; svaret ska enligt vår rutin lämnas vid personligt besök och inte per telefon eller brev."),
    ])], must=[M101],
    why="genetic counsellor: Lynch syndrome in Resultat, patient not informed")

C("bf-kard-hcm-remittenten-meddelar", "kard_lund", "1985-10-10", "M", [
    N("Läkaranteckning", "Johanna Wiik", "läkare", "2024-03-14 13:25", [
        ("Bedömning", "MR hjärta: hypertrofisk kardiomyopati med septumtjocklek 22 mm, ingen obstruktion i vila, fläckvis sen gadoliniumuppladdning."),
        ("Planering", "Pat ej informerad eftersom remitterande kardiolog i Ystad vill meddela beskedet själv vid återbesöket 28/3. Svaret skickat dit."),
    ])], must=[M101],
    why="another doctor will give the news; this visible note already names hypertrophic cardiomyopathy")

C("bf-onh-tonsillcancer-ringer-imorgon", "onh_su", "1962-05-18", "M", [
    N("Läkaranteckning", "Viktor Almqvist", "läkare", "2024-01-23 15:55", [
        ("Bedömning", "PAD tonsill höger: skivepitelcancer, p16-positiv. Metastas i lymfkörtel i regio II höger."),
        ("Planering", "Pat är inte informerad. Han ringes upp i morgon av kontaktsjuksköterska och erbjuds besök enligt SVF huvud-hals på fredag."),
    ], signed=None)], must=[M101],
    why="tonsil cancer with nodal metastasis, patient (han) not informed yet")

C("bf-orto-patologisk-fraktur-metastas", "orto_lkr", "1949-12-03", "F", [
    N("Daganteckning", "Ahmed Karimi", "läkare", "2024-02-20 11:05", [
        ("Aktuellt", "Inkom efter lågenergitrauma med fraktur i höger femurskaft, opererad med märgspik igår."),
        ("Bedömning", "Preoperativ DT och skelettskint visar att frakturen är patologisk, orsakad av skelettmetastas. Primärtumör ej känd, DT thorax-buk beställd."),
        ("Information", "Pat vet om frakturen och operationen men har inte fått veta att den orsakats av en metastas. Onkolog konsulteras och samtalet hålls gemensamt när DT är gjord."),
    ], setting="slutenvård")], must=[M101],
    why="fracture told, the bone metastasis causing it not told")

C("bf-ger-hjarntumor-barnen-vill-vara-med", "ger_lid", "1936-06-28", "M", [
    N("Läkaranteckning", "Britt Samuelsson", "läkare", "2024-11-14 10:40", [
        ("Anamnes", "Känd angina pectoris och förmaksflimmer. Inlagd för förvirring och upprepade fall."),
        ("Bedömning", "MR hjärna visar stor tumör i höger temporallob med omgivande ödem, av neuroradiolog beskriven som högmalignt gliom. Neurokirurgen bedömer den som inoperabel."),
        ("Planering", "Pat ej informerad om tumören. Barnen ber att få vara med vid beskedet, som planeras till måndag kl 14. Betapred insatt."),
    ], setting="slutenvård")], must=[M101],
    why="known cardiac diagnoses plus a new brain tumour the patient has not been told")

C("bf-reuma-sle-hen-ej-fatt-besked", "reuma_su", "1997-08-09", "F", [
    N("Läkaranteckning", "Nils Aronsson", "läkare", "2024-09-26 14:30", [
        ("Aktuellt", "Pat använder pronomenet hen. Ledvärk, fotosensitivt utslag och proteinuri sedan i våras."),
        ("Bedömning", "ANA 1:1280, anti-dsDNA kraftigt förhöjt, lågt C3. Njurbiopsin visar lupusnefrit klass III. Diagnos: systemisk lupus erythematosus med njurengagemang."),
        ("Planering", "Hen har ännu inte fått beskedet om SLE; samtal med ansvarig reumatolog bokat 11/10. Hydroxiklorokin förskrivs efter samtalet."),
    ])], must=[M101],
    why="pronoun hen refers to the patient, who has not been told about SLE")

C("bf-hud-basaliom-info-vid-ab-telegrafisk", "hud_lund", "1943-03-19", "M", [
    N("Läkaranteckning", "Eva Blom", "läkare", "2024-04-23 08:35", [
        ("Bedömning", "Px näsvinge hö: basalcellscancer, nodulär typ. Info t pat vid åb 6/5, då även ställningstagande till mohskirurgi."),
    ], signed=10)], must=[M101],
    why="telegraphic 'info t pat vid åb': basal cell carcinoma not yet told")

C("bf-med-epikris-lungcancer-pad-efter-utskrivning", "med_kri", "1947-01-26", "M", [
    N("Epikris", "Magnus Löfgren", "läkare", "2024-04-24 09:00", [
        ("Diagnos", "Pneumoni i höger överlob. KOL. Icke-småcellig lungcancer höger överlob (PAD 22/4)."),
        ("Sammanfattning", "Inlagd 12–19/4 för pneumoni, behandlad med bensylpenicillin med god effekt. Kvarstående förtätning vid kontrollröntgen, bronkoskopi utförd 18/4."),
        ("Information", "Pat informerad om pneumonin och KOL-behandlingen. Besked om lungcancern har inte lämnats, PAD kom efter utskrivningen; lungmottagningen kallar pat till besök inom en vecka."),
    ], setting="slutenvård")], must=[M101],
    why="discharge summary lists three diagnoses; two told, the lung cancer not")

C("bf-med-amyloidos-ej-delgivits", "med_ali", "1952-07-31", "F", [
    N("Läkaranteckning", "Karl Winberg", "läkare", "2024-08-07 13:50", [
        ("Bedömning", "Bukfettsbiopsi med kongorödfärgning bekräftar AL-amyloidos med hjärtengagemang, NT-proBNP 4800."),
        ("Planering", "Diagnosen har ej delgivits patienten. Hematolog på SU tillfrågad; gemensamt besked planeras när behandlingsupplägget är klart."),
    ], setting="slutenvård")], must=[M101],
    why="formal wording 'har ej delgivits patienten' for AL amyloidosis")

C("bf-lung-mesoteliom-typo-fat", "lung_lund", "1950-02-14", "M", [
    N("Läkaranteckning", "Ulrika Norén", "läkare", "2024-10-15 15:05", [
        ("Bedömning", "Torakoskopisk pleurabiopsi: malignt mesoteliom, epiteloid typ. Asbestexponering som rörmokare på 70-talet."),
        ("Planering", "Pat har ännu inte fåt besked, planerat samtal på torsdag. Arbetsskadeanmälan diskuteras då."),
    ])], must=[M101],
    why="typo 'fåt': mesothelioma, patient has not been given the news")

C("bf-neuro-als-hustrun-ringer", "neuro_su", "1959-05-02", "M", [
    N("Telefonanteckning", "Therese Björk", "sjuksköterska", "2024-09-24 09:25", [
        ("Kontaktorsak", "Hustrun ringer och frågar om EMG-svaret. Hon är orolig eftersom han har blivit sämre på att svälja."),
        ("Åtgärd", "Neurologen har efter EMG ställt diagnosen ALS, men pat har ännu inte fått besked, varför inga svar lämnas till hustrun per telefon. Läkarbesök för paret bokat 2/10."),
    ], signed=20)], must=[M101],
    why="pronouns: hon = wife who calls, han = patient; ALS written while the patient is untold")

C("bf-onk-psa-kant-skelettmetastaser-ej", "onk_su", "1955-10-13", "M", [
    N("Läkaranteckning", "Simon Gustafsson", "läkare", "2024-03-28 10:15", [
        ("Bedömning", "Känd prostatacancer, nu stigande PSA till 48. Skelettskint visar multipla skelettmetastaser i bäcken och ländrygg."),
        ("Information", "Pat är informerad om att PSA har stigit men inte om skelettmetastaserna; han vill ha sin fru med vid nästa samtal, som bokas om en vecka."),
    ])], must=[M101],
    why="partly told: the lab value was told, the bone metastases were not")

C("bf-kir-gallblasecancer-overraskande-pad", "kir_hbg", "1961-09-17", "F", [
    N("Läkaranteckning", "Oskar Lund", "läkare", "2024-09-12 14:20", [
        ("Bedömning", "PAD efter kolecystektomi 2/9: adenocarcinom i gallblåsan, pT2."),
        ("Planering", "Pat opererades för gallsten och vet inte om PAD-fyndet. Hon kallas till kirurgmottagningen för besked och planering av leverresektion efter MDK 16/9."),
    ])], must=[M101],
    why="incidental gallbladder cancer on PAD; 'vet inte om PAD-fyndet'")

C("bf-hem-kml-utkast", "hem_su", "1974-04-06", "F", [
    N("Läkaranteckning", "Amir Rahimi", "läkare", "2024-07-02 17:05", [
        ("Bedömning", "Leukocytos 86 och BCR-ABL1 positivt i perifert blod: kronisk myeloisk leukemi i kronisk fas."),
        ("Planering", "Pat är inte underrättad om diagnosen än. Hon kontaktas via telefon för besök i morgon; tyrosinkinashämmare startas efter samtalet."),
    ], signed=None)], must=[M101],
    why="unsigned draft: CML diagnosis, patient not yet told")

C("bf-neuro-parkinson-paret-pa-resa", "neuro_lund", "1952-08-22", "M", [
    N("Läkaranteckning", "Christina Falk", "läkare", "2024-10-01 11:20", [
        ("Bedömning", "DaTSCAN med nedsatt upptag i putamen bilateralt fastställer tillsammans med kliniken diagnosen Parkinsons sjukdom."),
        ("Planering", "Pat och hustrun har ännu inte fått diagnosbeksed; de är på resa till 15/10. Besked vid besök 18/10, då även start av levodopa diskuteras."),
    ])], must=[M101],
    why="typo 'diagnosbeksed'; Parkinson's diagnosis written; patient and wife both not yet told")

C("bf-diab-typ1-istallet-for-typ2", "diab_sas", "1995-11-27", "M", [
    N("Läkaranteckning", "Linnea Ström", "läkare", "2024-02-29 13:40", [
        ("Anamnes", "Diagnosen typ 2-diabetes ställdes på vårdcentralen i höstas, behandlad med metformin."),
        ("Bedömning", "GAD-antikroppar kraftigt förhöjda och lågt C-peptid: autoimmun diabetes, dvs. diabetes typ 1."),
        ("Planering", "Pat vet ännu inte att diagnosen ändrats från typ 2 till typ 1; besked och insulinstart vid besök hos diabetessjuksköterska och läkare 5/3."),
    ])], must=[M101],
    why="old told diagnosis (typ 2) vs new untold one (typ 1)")

C("bf-njur-adpkd-vill-inte-via-1177", "njur_lund", "1988-06-03", "F", [
    N("Läkaranteckning", "Henrik Sjöstedt", "läkare", "2024-01-30 10:25", [
        ("Bedömning", "Ultraljud och MR visar bilateralt förstorade njurar med multipla cystor. Med fadern i dialys innebär detta autosomalt dominant polycystisk njursjukdom."),
        ("Planering", "Pat ej informerad ännu. Hon har bett att få svaret vid besök och inte via 1177; besök 12/2."),
    ])], must=[M101],
    why="ADPKD untold; the patient even asked not to learn it through 1177")

C("bf-med-ang-cup-hustrun-vet", "med_ang", "1941-03-15", "M", [
    N("Daganteckning", "Ida Fransson", "läkare", "2024-11-05 15:40", [
        ("Bedömning", "DT thorax-buk: multipla lever- och lungmetastaser, primärtumör ej identifierad. Cancer med okänd primärtumör."),
        ("Information", "Hustrun informerad per telefon om DT-fynden på hennes begäran. Pat själv har ännu inte fått beskedet; läkarsamtal med båda planeras i morgon."),
    ], setting="slutenvård")], must=[M101],
    why="wife informed, the patient not, about metastatic cancer of unknown primary")

C("bf-gyn-mola-hon-ringer-torsdag", "kvk_ostra", "1996-01-12", "F", [
    N("Läkaranteckning", "Emma Carlberg", "läkare", "2024-06-25 14:55", [
        ("Bedömning", "PAD från exeresen visar komplett molargraviditet (mola hydatidosa)."),
        ("Planering", "Pat ej informerad om PAD-svaret. Hon ringer själv enligt överenskommelse på torsdag och bokas då till läkarbesök för besked och uppföljning av hCG."),
    ])], must=[M101],
    why="complete hydatidiform mole on PAD, patient not yet informed")

C("bf-psyk-schizofreni-ej-mottaglig", "psyk_lund", "1998-02-08", "M", [
    N("Daganteckning", "Sven Eklund", "läkare", "2024-05-14 13:30", [
        ("Bedömning", "Diagnosen paranoid schizofreni är fastställd efter sex månaders observation och strukturerad intervju."),
        ("Planering", "Pat är ännu inte informerad om diagnosen; han bedöms i nuläget inte kunna ta emot beskedet utan att det förvärrar hans misstro mot personalen. Tas upp igen vid nästa vårdplanering."),
    ], setting="psykiatrisk slutenvård")], must=[M101],
    why="schizophrenia diagnosis written in a visible note while the patient is deliberately not told")

C("bf-akut-eftergranskning-njurtumor-ej-nadd", "akut_mol", "1983-10-02", "F", [
    N("Telefonanteckning", "Robert Lindahl", "läkare", "2024-07-05 16:45", [
        ("Kontaktorsak", "Eftergranskning av DT buk från akutbesöket 2/7."),
        ("Åtgärd", "Slutsvaret beskriver en 3 cm solid njurtumör på vänster sida som inte fanns med i preliminärsvaret. Pat inte nådd, hon har inte fått veta om fyndet. Remiss till urolog skickad; nytt telefonförsök i morgon."),
    ], signed=15)], must=[M101],
    why="telephone note after radiology review: renal tumour, patient not reached and not told")

C("bf-kvk-brca-ovarialcancer-typo-informerd", "gyn_nal", "1964-11-20", "F", [
    N("Läkaranteckning", "Karin Håkansson", "läkare", "2024-12-03 11:35", [
        ("Bedömning", "PAD efter laparoskopi: höggradig serös ovarialcancer med spridning till oment. Stadium IIIC."),
        ("Planering", "Pat ej informerd om PAD. Besked ges vid nästa besök 10/12 med kontaktsjuksköterska; cytostatika planeras därefter."),
    ])], must=[M101],
    why="typo 'informerd': ovarian cancer, patient not informed")

C("bf-inf-hepatit-b-telefonbesked-olampligt", "inf_mal", "1979-05-09", "M", [
    N("Telefonanteckning", "Lena Hallberg", "sjuksköterska", "2024-04-11 10:10", [
        ("Kontaktorsak", "Pat ringer och frågar efter provsvaren från vårdcentralens remiss."),
        ("Åtgärd", "HBsAg positivt och HBV-DNA förhöjt, enligt infektionsläkaren kronisk hepatit B. Läkaren vill informera pat personligen, så pat fick inget besked i telefon. Han är bokad på mottagningen 16/4 med tolk på vietnamesiska."),
    ], signed=25)], must=[M101],
    why="nurse phone note writes chronic hepatitis B that the patient was not told on the phone")

# Multi-note records
C("bf-multi-koloncancer-n1-ej-n2-informerad", "kir_sas", "1958-03-03", "M", [
    N("Läkaranteckning", "Anna Forsell", "läkare", "2024-05-14 15:00", [
        ("Bedömning", "PAD från koloskopin: adenocarcinom i colon ascendens. DT thorax-buk utan tecken på spridning."),
        ("Planering", "Pat ej informerad, besked vid besök 16/5 med kontaktsjuksköterska närvarande."),
    ], id="n1"),
    N("Mottagningsanteckning", "Anna Forsell", "läkare", "2024-05-16 10:30", [
        ("Information", "Pat och dottern informerade om coloncancern i höger kolon och om planerad högersidig hemikolektomi. Pat tog beskedet sansat och frågade om stomi, vilket vi förklarar inte är aktuellt vid denna operation."),
    ], id="n2"),
], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="record: first note untold (fires), the follow-up note documents that the patient was told (does not)")

C("bf-multi-kol-kand-sedan-ny-tumor", "lung_su", "1953-12-18", "F", [
    N("Läkaranteckning", "Jonas Wallin", "läkare", "2024-04-03 09:45", [
        ("Bedömning", "KOL stadium 3 med frekventa exacerbationer. Pat informerad om spirometriresultatet och inhalationsbehandlingen är justerad."),
    ], id="n1"),
    N("Telefonanteckning", "Jonas Wallin", "läkare", "2024-04-10 14:20", [
        ("Åtgärd", "DT thorax, beställd för emfysemkartläggning, visar 25 mm spikulerad tumör i vänster underlob med hög misstanke om lungcancer. Pat har inte informerats om fyndet; hon kallas till besök 12/4 för besked och utredning enligt SVF."),
    ], id="n2", signed=20),
], must=[("NL101", "n2"), ("NL102", "n2")], must_not=[("NL101", "n1")],
    why="record: known COPD told in n1; n2 writes suspected lung cancer the patient has not been told")

# Long notes (300+ words) with several diagnoses
C("bf-lang-onk-rektalcancer-recidiv-vantar-pa-hustrun", "onk_lund", "1949-07-11", "M", [
    N("Läkaranteckning", "Per Malmberg", "läkare", "2024-10-04 13:20", [
        ("Anamnes", "75-årig man med känd rektalcancer, opererad med främre resektion 2021 och adjuvant cytostatika som avslutades 2022. Därtill typ 2-diabetes på metformin, hypertoni och förmaksflimmer med apixaban. Pat har varit recidivfri vid samtliga kontroller och är väl förtrogen med sina diagnoser. Bor med hustrun i villa utanför Höör, två vuxna barn. Går dagliga promenader och spelar boule två gånger i veckan."),
        ("Aktuellt", "Kommer till planerad uppföljning efter DT thorax-buk 2/10. Mår bra, ingen viktnedgång och normala avföringsvanor. Lätt torrhosta sedan sensommaren som han själv tillskriver pollen. Aptiten är god och han sover bra."),
        ("Tidigare kontroller", "DT i april och oktober 2023 utan tecken på återfall, CEA normalt vid samtliga mätningar. Koloskopi 2023 visade lugn anastomos utan polyper."),
        ("Symtomgenomgång", "Ingen blödning, inga buksmärtor och ingen skelettvärk. Ingen hemoptys eller bröstsmärta. Vikt 82 kg, oförändrad sedan i våras."),
        ("Status", "AT gott. Cor: oregelbunden rytm, inga blåsljud. Pulm: vesikulärt andningsljud bilateralt. Buk: mjuk, oöm, ärren utan bråck. Inga palpabla lymfkörtlar på halsen eller i ljumskarna."),
        ("Provsvar", "CEA 14 (föregående 3,1). Hb 132, kreatinin 88, HbA1c 52."),
        ("Bedömning", "DT visar fyra nytillkomna lungmetastaser bilateralt, den största 14 mm i höger underlob, i övrigt ingen spridning. Tillsammans med stigande CEA innebär detta recidiv av rektalcancern med lungmetastaser. Diabetes och blodtryck är välreglerade."),
        ("Läkemedel", "Metformin 1 g x 2, apixaban 5 mg x 2, amlodipin 5 mg x 1 och enalapril 10 mg x 1. Inga nya läkemedel sedan förra kontrollen, inga kända allergier."),
        ("Psykosocialt", "Pat berättar att hustrun nyligen opererats för grå starr och inte kör bil just nu, därför kom han ensam med buss. Han säger själv att han är van vid kontrollerna men att han alltid blir nervös veckan före. Dottern bor i Lund och brukar ringa efter besöken."),
        ("Planering", "Pat har ännu inte informerats om DT-svaret. Hustrun kunde inte följa med idag och pat har tidigare bett att få allvarliga besked tillsammans med henne, varför beskedet ges vid nytt besök 15/10. Anmäld till MDK lunga/kolorektal 14/10. Kontaktsjuksköterskan ringer pat i morgon för att bekräfta tiden. Metformin och apixaban oförändrat."),
    ])], must=[M101],
    why="long note, several known told diagnoses; the new lung metastases are untold until the wife (henne) can come")

C("bf-lang-ger-demens-dottern-vet-sonen-ej", "ger_lid", "1933-04-14", "F", [
    N("Läkaranteckning", "Mikael Ottosson", "läkare", "2024-03-08 11:00", [
        ("Anamnes", "90-årig kvinna, änka sedan 2015, bor i egen lägenhet med hemtjänst tre gånger dagligen. Känd hjärtsvikt med bevarad ejektionsfraktion, hypotyreos och artros i båda knäna, samtliga diagnoser välkända för pat som sköter sina mediciner med dosett. Dottern bor i Lidköping och hjälper till med inköp, sonen bor i Stockholm."),
        ("Aktuellt", "Remitterad från vårdcentralen för minnesstörning. Hemtjänsten har noterat att pat glömmer att äta, har lämnat kaffebryggaren på och vid två tillfällen ringt dottern mitt i natten i tron att det var morgon. Pat själv upplever inga större problem men medger att hon tappar bort saker."),
        ("Hereditet", "Modern och en äldre syster hade demenssjukdom i hög ålder. Inga andra kända ärftliga sjukdomar."),
        ("Anhörigas uppgifter", "Dottern beskriver att modern under det senaste halvåret blivit mer passiv, slutat lösa korsord och inte längre ringer sina väninnor. Hon har svårt att följa med i samtal när flera personer pratar samtidigt."),
        ("Status", "Vaken, vänlig, orienterad till person men inte till tid. MMT 18/30 med bortfall på tidsorientering och fördröjd återgivning. Klocktest med felplacerade visare. Neurologiskt utan fokala bortfall. BT 142/80, puls 68 regelbunden."),
        ("Utredning", "DT hjärna visar måttlig generell atrofi, uttalad i hippocampus, samt enstaka små ischemiska förändringar. B12, folat, TSH och elektrolyter normala."),
        ("Läkemedel", "Furosemid 40 mg, levotyroxin 75 mikrogram, paracetamol 1 g vid behov och D-vitamin med kalcium. Hemtjänsten delar ut läkemedlen ur dosett sedan i höstas eftersom pat vid flera tillfällen tagit dubbla doser."),
        ("Funktion", "Klarar personlig hygien med viss tillsyn, behöver hjälp med matlagning och städning. Går inomhus utan hjälpmedel, rollator utomhus. Två fall under vintern utan frakturer."),
        ("Bedömning", "Sammantaget föreligger Alzheimers sjukdom med blandbild av kärlkomponent, måttlig demens. Hjärtsvikten är kompenserad och levotyroxindosen adekvat."),
        ("Planering", "Dottern var med idag och är informerad om demensdiagnosen. Pat själv lämnade rummet för provtagning under genomgången och har ännu inte fått diagnosbeskedet; dottern önskar att hon får det vid nästa besök 22/3 då sonen också kan komma. Sonen är inte heller informerad. Kolinesterashämmare diskuteras vid nästa besök. Hemtjänsten informeras först när pat själv fått beskedet."),
    ])], must=[M101],
    why="long note: daughter told, son and patient (hon) not told about the new dementia; known diagnoses told")

# ===========================================================================
# B. NL101 near misses: the patient was told, the untold person is a relative,
#    or the untold thing is not a diagnosis
# ===========================================================================

C("bf-lung-cancerbesked-maken-narvarande", "lung_su", "1954-02-02", "F", [
    N("Läkaranteckning", "Gustav Ahlberg", "läkare", "2024-02-16 14:10", [
        ("Information", "Besked om icke-småcellig lungcancer i höger överlob, stadium IIA, lämant idag. Maken närvarade. Pat grät men kunde ställa frågor om operationen."),
        ("Planering", "Remiss till thoraxkirurgen. Kontaktsjuksköterska ringer pat på måndag."),
    ])], must_not=[M101],
    why="typo 'lämant' for 'lämnat': the patient was told the lung cancer diagnosis today")

C("bf-brost-barnen-ej-informerade-pat-vet", "brost_hbg", "1972-10-19", "F", [
    N("Läkaranteckning", "Maja Rosén", "läkare", "2024-03-26 10:00", [
        ("Bedömning", "Invasiv lobulär bröstcancer höger, 18 mm, ER-positiv, HER2-negativ."),
        ("Information", "Pat informerad om bröstcancerdiagnosen av undertecknad med kontaktsjuksköterska närvarande. Hon vill själv berätta för sina två tonårsbarn och önskar att vi inte kontaktar dem; barnen är alltså inte informerade."),
    ])], must_not=[M101],
    why="the children are not informed, the patient is")

C("bf-uro-sonen-han-ej-informerad", "uro_nal", "1939-06-24", "M", [
    N("Telefonanteckning", "Malin Ekström", "sjuksköterska", "2024-06-12 09:30", [
        ("Kontaktorsak", "Sonen ringer och vill veta resultatet av pappans prostatabiopsi."),
        ("Åtgärd", "Han är inte informerad om något och pat har tidigare uttryckligen sagt att inga uppgifter ska lämnas till sonen. Pat fick själv beskedet om prostatacancren 3/6 och är införstådd med planen. Inga uppgifter lämnade till sonen."),
    ], signed=10)], must_not=[M101],
    why="typo 'prostatacancren'; pronoun han refers to the son, who is uninformed; the patient was told on 3/6")

C("bf-inf-hiv-partnern-ej-informerad", "inf_mal", "1990-11-11", "M", [
    N("Läkaranteckning", "Rasmus Lindell", "läkare", "2024-08-27 15:15", [
        ("Information", "Pat informerad om den nyupptäckta hiv-infektionen. Partnern är inte informerad; pat vill själv berätta inom en vecka och vi har gått igenom informationsplikten enligt smittskyddslagen."),
        ("Planering", "Smittspårning påbörjad. Antiretroviral behandling startas efter resistensbestämning."),
    ])], must_not=[M101],
    why="partner not informed, the patient is")

C("bf-njur-kalium-ej-nadd", "njur_nal", "1946-05-05", "F", [
    N("Telefonanteckning", "Hanna Lövgren", "sjuksköterska", "2024-11-19 11:40", [
        ("Aktuellt", "Känd kronisk njursjukdom stadium 4 på basen av diabetesnefropati, följs här sedan 2019."),
        ("Åtgärd", "Kalium 6,1 i dagens kontrollprov. Pat ej nådd per telefon, nytt försök kl 14; meddelande lämnat om att ringa mottagningen."),
    ], signed=10)], must_not=[M101],
    why="the untold thing is a lab value; the kidney disease is known")

C("bf-kir-operationen-flyttad", "kir_hbg", "1977-04-09", "F", [
    N("Planeringsanteckning", "Elsa Nyberg", "sjuksköterska", "2024-07-01 13:05", [
        ("Aktuellt", "Gallstenssjukdom med upprepade gallstensanfall, planerad för laparoskopisk kolecystektomi."),
        ("Planering", "Operationen måste flyttas till v. 34 på grund av platsbrist på IVA. Pat är ännu inte informerad om det nya datumet; kallelse skickas med post och planeringssköterskan ringer."),
    ])], must_not=[M101],
    why="the untold thing is a new operation date")

C("bf-orto-remissen-ej-meddelad", "orto_sas", "1969-09-09", "M", [
    N("Läkaranteckning", "David Bergqvist", "läkare", "2024-04-04 08:55", [
        ("Bedömning", "MR ländrygg visar diskbråck L5-S1 med kompression av S1-roten höger; fynden gicks igenom med pat vid besöket 2/4."),
        ("Planering", "Remiss skickad till neurokirurgen på Sahlgrenska för bedömning av operation. Pat har inte fått veta att remissen gått iväg än, meddelande skickas via 1177."),
    ], signed=None)], must_not=[M101],
    why="the untold thing is a referral; the disc herniation was gone through with the patient")

C("bf-th-mall-huntington-ej-informerad", "neuro_lund", "1978-12-07", "M", [
    N("Tidiga hypoteser", "Ingrid Mattsson", "läkare", "2024-02-09 16:00", [
        ("Bedömning", "Choreatiska rörelser och tilltagande irritabilitet; modern avled i oklar neurologisk sjukdom. Misstänkt Huntingtons sjukdom. Pat ej informerad om misstanken; genetisk vägledning erbjuds först efter fortsatt utredning."),
    ])], must_not=[M101, M102, M104],
    why="Skåne: untold hypothesis correctly placed in the Tidiga hypoteser template")

C("bf-th-sokord-myelom-synligt-utan-diagnos", "hem_su", "1957-10-25", "M", [
    N("Läkaranteckning", "Amir Rahimi", "läkare", "2024-02-06 11:50", [
        ("Aktuellt", "Remitterad för hög SR och värk i ryggen sedan i julas."),
        ("Tidiga hypoteser", "M-komponent IgG 32 g/l och osteolyser i kotpelaren på DT; misstänkt myelom. Benmärgsprov bokat."),
        ("Planering", "Pat ej informerad om vad vi misstänker, se separat sökord. Benmärgsprov 12/2, återbesök därefter."),
    ])], must_not=[M101, M102],
    why="VGR: hypothesis under sökord Tidiga hypoteser; the visible 'ej informerad' names no diagnosis")

C("bf-ger-hemtjansten-ej-informerad-pat-vet", "ger_hbg", "1938-01-21", "F", [
    N("Läkaranteckning", "Tove Axelsson", "läkare", "2024-09-30 14:35", [
        ("Bedömning", "Pat är fullt informerad om lungcancerns spridning och har valt palliativ vård i hemmet."),
        ("Planering", "Hon vill inte att hemtjänsten ska få veta diagnosen, bara att hon behöver mer hjälp; hemtjänstpersonalen är därför inte informerad om cancern. Vårdplanering med biståndshandläggare 3/10."),
    ], setting="slutenvård")], must_not=[M101],
    why="home care staff not informed at the patient's wish; the patient (hon) knows")

C("bf-diab-20-ar-foraldrarna-ej-informerade", "diab_sas", "2004-03-16", "M", [
    N("Läkaranteckning", "Linnea Ström", "läkare", "2024-08-15 10:20", [
        ("Information", "Pat (20 år) informerad om diagnosen diabetes typ 1 och har påbörjat basal-bolusbehandling. Han önskar att vi inte informerar föräldrarna, som han själv ska prata med i helgen. Föräldrarna är alltså inte informerade av oss."),
    ])], must_not=[M101],
    why="parents not informed, the adult patient (han) was")

C("bf-inf-tbc-besked-via-telefontolk", "inf_ostra", "1991-08-01", "F", [
    N("Läkaranteckning", "Erik Sandberg", "läkare", "2024-05-21 13:15", [
        ("Information", "Besked om lungtuberkolos lämnades idag via telefontolk på somaliska. Pat förstod och kunde återberätta behandlingsplanen: fyra preparat i två månader, därefter två."),
        ("Planering", "Smittskyddssjuksköterska tar kontakt för smittspårning. Återbesök om två veckor med kontakttolk."),
    ])], must_not=[M101],
    why="typo 'lungtuberkolos'; the diagnosis was given through an interpreter")

C("bf-reuma-mtx-biverkningsinfo-imorgon", "reuma_lund", "1966-02-28", "F", [
    N("Läkaranteckning", "Sebastian Holst", "läkare", "2024-04-17 15:00", [
        ("Bedömning", "Diagnosen seropositiv reumatoid artrit meddelad pat idag. Metotrexat 15 mg/vecka startas."),
        ("Planering", "Pat är ännu inte informerad om biverkningar och provtagningsrutiner för metotrexat; det görs av reumasjuksköterskan i morgon per telefon."),
    ], signed=None)], must_not=[M101],
    why="the untold thing is drug information; the RA diagnosis was given")

C("bf-brost-benign-biopsi-lugnande-besked", "brost_sas", "1980-12-22", "F", [
    N("Läkaranteckning", "Felicia Åström", "läkare", "2024-10-29 12:40", [
        ("Bedömning", "Mellannålsbiopsin från knölen i höger bröst visar normal bröstvävnad utan atypi, ingen malignitet."),
        ("Planering", "Pat ej informerad ännu; jag ringer henne i morgon med det lugnande beskedet."),
    ])], must_not=[M101, M102],
    why="untold result is normal (no malignancy), not a diagnosis")

C("bf-kir-rektalcancer-mr-ej-granskad", "kir_hbg", "1964-07-25", "F", [
    N("Telefonanteckning", "Oskar Lund", "läkare", "2024-03-06 16:20", [
        ("Aktuellt", "Pat informerad 4/3 om rektalcancer 8 cm från anus."),
        ("Åtgärd", "MR bäcken gjord igår men ännu inte granskad av röntgenläkare. Pat vet att svaret dröjer och ringer själv på fredag."),
    ], signed=10)], must_not=[M101],
    why="cancer already told; a pending, unread MR is not an untold diagnosis")

C("bf-inf-hepc-2015-fick-inte-veta", "inf_ostra", "1972-01-04", "F", [
    N("Läkaranteckning", "Josefin Westman", "läkare", "2024-06-04 09:50", [
        ("Aktuellt", "Pat berättar att hon 2015 inte fick veta om sin hepatit C förrän ett år efter provtagningen, vilket gör henne orolig för att information hålls undan."),
        ("Bedömning", "Vi går idag igenom alla aktuella provsvar tillsammans: HCV-RNA negativt, hon är utläkt efter behandlingen 2016."),
    ])], must_not=[M101],
    why="past history of not being told; today everything is gone through with her")

C("bf-kurator-maken-demens-han-vet-inte", "onk_su", "1945-09-19", "F", [
    N("Kuratorsanteckning", "Birgitta Olsson", "kurator", "2024-05-07 13:30", [
        ("Samtal", "Pat har fått sitt bröstcancerbesked och behandlingen är planerad. Hon oroar sig mest för maken som har demens; enligt pat vet han inte om sin diagnos och hon orkar inte ta det samtalet nu."),
        ("Planering", "Kontakt med kommunens anhörigkonsulent erbjuds. Nytt samtal om två veckor."),
    ])], must_not=[M101],
    why="the uninformed person is the husband (han), about his own dementia; the patient knows her diagnosis")

C("bf-onk-njurcancer-besked-fran-urologen", "onk_lund", "1960-04-12", "M", [
    N("Läkaranteckning", "Ylva Törnqvist", "läkare", "2024-05-10 10:05", [
        ("Aktuellt", "Pat fick diagnosbeskedet om njurcellscancer av urologen 3/5 och kommer nu för onkologisk bedömning inför eventuell adjuvant behandling. Han är välinformerad och har läst på om sin sjukdom."),
    ])], must_not=[M101],
    why="diagnosis told by another unit; the patient is well informed")

C("bf-kir-ljumskbrack-operationsdatum-nasta-besok", "kir_sas", "1972-02-17", "M", [
    N("Läkaranteckning", "Anna Forsell", "läkare", "2024-01-25 11:10", [
        ("Bedömning", "Ljumskbråck höger, diagnosen genomgågen med pat."),
        ("Planering", "Besked om operationsdatum ges vid nästa besök hos sköterskan när narkosbedömningen är klar."),
    ])], must_not=[M101],
    why="typo 'genomgågen'; 'besked ges vid nästa besök' concerns the operation date, not a diagnosis")

C("bf-gastro-polyp-pad-per-brev", "gastro_mal", "1967-05-23", "M", [
    N("Endoskopianteckning", "Leila Haddad", "läkare", "2024-09-17 09:15", [
        ("Undersökning", "Koloskopi till terminala ileum. En 8 mm polyp i colon transversum, avlägsnad med kall slynga. I övrigt normal slemhinna. Pat informerad om fyndet under undersökningen."),
        ("Planering", "Pat ska informeras om PAD-svaret per brev när det kommit."),
    ], signed=20)], must_not=[M101],
    why="'pat ska informeras när PAD kommit' but no untold diagnosis is written; the polyp was told")

C("bf-hem-aml-recidiv-hon-vantar-med-barnen", "hem_su", "1975-06-30", "F", [
    N("Läkaranteckning", "Anders Widell", "läkare", "2024-05-28 14:45", [
        ("Information", "Pat informerad idag om att leukemin (AML) har återkommit; benmärgen visar 40 % blaster. Hon vill vänta med att berätta för barnen tills efter dotterns student 14/6."),
        ("Planering", "Reinduktion planeras med start 17/6 enligt hennes önskemål."),
    ])], must_not=[M101],
    why="'vill vänta med att berätta' is the patient herself waiting to tell her children")

C("bf-kvk-graviditet-partnern-vet-inte", "kvk_ystad", "1995-10-06", "F", [
    N("Barnmorskeanteckning", "Lisa Wendt", "barnmorska", "2024-04-02 10:15", [
        ("Undersökning", "Vaginalt ultraljud visar intrauterin graviditet med hjärtaktivitet, 8+2 enligt CRL."),
        ("Information", "Pat informerad och glad, men vill vänta med att berätta för partnern till efter KUB-testet."),
    ], signed=None)], must_not=[M101],
    why="the partner is not told; the patient knows")

C("bf-med-celiaki-telefonbesked-lamnat", "med_kun", "1989-07-13", "F", [
    N("Telefonanteckning", "Petra Sund", "läkare", "2024-03-19 15:50", [
        ("Åtgärd", "Ringde pat och meddelade att tunntarmsbiopsierna visar celiaki med total villusatrofi (Marsh 3c). Pat förstod och var lättad över att få en förklaring till magbesvären. Remiss till dietist för glutenfri kost."),
    ], signed=10)], must_not=[M101],
    why="telephone note: the celiac diagnosis was given on the phone")

C("bf-neuro-parkinson-informationen-upprepas", "neuro_lund", "1944-11-08", "M", [
    N("Läkaranteckning", "Christina Falk", "läkare", "2024-09-24 10:40", [
        ("Aktuellt", "Pat informerades om Parkinsons sjukdom vid besöket 10/9 men hade enligt dottern svårt att ta in informationen."),
        ("Planering", "Informationen upprepas därför vid nästa besök med dottern närvarande; skriftligt material om sjukdomen skickat hem."),
    ], signed=None)], must_not=[M101],
    why="diagnosis given but to be repeated at next visit: the patient was told")

C("bf-neuro-als-ssk-dagen-efter-besked", "neuro_su", "1963-03-27", "F", [
    N("Sjuksköterskeanteckning", "Therese Björk", "sjuksköterska", "2024-10-03 13:20", [
        ("Samtal", "Uppföljande samtal dagen efter läkarens diagnosbesked om ALS. Pat och maken har många frågor om sondnäring och andningsstöd; vi går igenom dem och bokar tid hos logoped."),
    ])], must_not=[M101],
    why="nurse follow-up after the ALS diagnosis was given")

C("bf-lung-dt-bestalld-ej-informerad", "lung_lund", "1949-10-30", "M", [
    N("Läkaranteckning", "Ulrika Norén", "läkare", "2024-06-18 14:25", [
        ("Aktuellt", "Känd KOL, informerad om spirometrin och behandlingsplanen vid tidigare besök."),
        ("Planering", "DT thorax beställd på grund av långdragen hosta; pat är inte informerad om att undersökningen beställts, kallelse skickas från röntgen."),
    ])], must_not=[M101],
    why="the untold thing is an ordered CT; COPD is known to the patient")

C("bf-diab-hba1c-vid-arskontroll", "diab_sas", "1958-08-05", "F", [
    N("Sjuksköterskeanteckning", "Mona Lind", "sjuksköterska", "2024-11-26 08:40", [
        ("Aktuellt", "Typ 2-diabetes sedan 2012, välkänd för pat. HbA1c 74 mmol/mol i veckans prov; pat har inte fått värdet än, det tas upp vid årskontrollen hos diabetessköterska 4/12."),
    ], signed=5)], must_not=[M101],
    why="untold HbA1c value, a lab result, for a known diabetes")

C("bf-neuro-epilepsi-arbetsgivaren-vet-inte", "neuro_lund", "1987-02-19", "M", [
    N("Läkaranteckning", "Jakob Eriksson", "läkare", "2024-08-06 11:30", [
        ("Aktuellt", "Pat har inte berättat om sin epilepsi för arbetsgivaren och undrar om han är skyldig att göra det. Vi diskuterar körkortsfrågan och arbete på höjd."),
        ("Bedömning", "Anfallsfri sedan lamotrigin upptitrerades i våras."),
    ])], must_not=[M101],
    why="the employer is not told; the patient knows his epilepsy")

C("bf-lung-sarkoidos-valinformerad", "lung_su", "1980-05-28", "F", [
    N("Läkaranteckning", "Gustav Ahlberg", "läkare", "2024-10-22 09:35", [
        ("Bedömning", "Pat är välinformerad om sin sarkoidos, stadium II, och följer själv sina symtom. Ingen behandling i nuläget, kontroll med lungröntgen om sex månader."),
    ], signed=None)], must_not=[M101],
    why="'välinformerad' is not a 'not informed' statement")

C("bf-med-trotthet-ingen-diagnos-an", "med_kri", "1971-06-01", "F", [
    N("Läkaranteckning", "Magnus Löfgren", "läkare", "2024-10-31 13:15", [
        ("Aktuellt", "Trötthet och viktnedgång 6 kg på tre månader. Blodprover och DT thorax-buk tagna."),
        ("Planering", "Pat vet att vi ännu inte har någon förklaring och att svaren gås igenom vid besöket 14/11."),
    ])], must_not=[M101],
    why="workup in progress, nothing untold and no diagnosis named")

C("bf-onk-pankreas-besked-efter-tolkvantan", "onk_su", "1950-12-09", "M", [
    N("Läkaranteckning", "Katarina Ljung", "läkare", "2024-08-13 14:00", [
        ("Information", "Besked om pankreascancern lämnades idag med kontakttolk på persiska. Beskedet hade fördröjts en vecka i väntan på tolk. Pat och dottern informerade om att tumören inte kan opereras och att palliativ cytostatika erbjuds."),
    ])], must_not=[M101],
    why="the delayed diagnosis was given today with an interpreter")

C("bf-psyk-eips-anhoriga-ej-informerade", "psyk_lund", "1990-01-15", "F", [
    N("Läkaranteckning", "Martin Kjellberg", "läkare", "2024-07-09 10:30", [
        ("Information", "Pat informerad om diagnosen emotionellt instabil personlighetsstörning och har fått skriftlig information om DBT. Anhöriga ej informerade; pat önskar ingen kontakt mellan oss och familjen."),
    ])], must_not=[M101],
    why="relatives not informed at the patient's wish; the patient was told")

C("bf-minne-alzheimer-dottern-hoggravid", "minne_mol", "1942-07-03", "M", [
    N("Läkaranteckning", "Åsa Lindberg", "läkare", "2024-04-25 11:15", [
        ("Information", "Diagnosbesked om Alzheimers sjukdom lämnat till pat idag. Han vill inte att dottern ska informeras ännu eftersom hon är höggravid; sonen var med vid samtalet."),
    ])], must_not=[M101],
    why="daughter (hon) not informed, the patient (han) told")

C("bf-pall-prognos-vill-inte-veta", "pall_trb", "1948-04-20", "F", [
    N("Läkaranteckning", "Annika Berg", "läkare", "2024-06-27 15:30", [
        ("Bedömning", "Pat är informerad om att bröstcancern har spridit sig till levern. Hon har inte velat veta något om förväntad överlevnadstid och det respekteras."),
    ], setting="hemsjukvård")], must_not=[M101],
    why="untold thing is the prognosis, not a diagnosis; the spread was told")

C("bf-kard-arbetsprov-normalt-svar-ej-skickat", "kard_skas", "1975-09-12", "M", [
    N("Läkaranteckning", "Jonas Hedberg", "läkare", "2024-02-22 16:05", [
        ("Bedömning", "Känd hypertoni. Arbetsprov utan ischemi, normal blodtrycksreaktion."),
        ("Planering", "Pat har inte fått svaret ännu; sekreteraren skickar brev."),
    ], signed=10)], must_not=[M101],
    why="untold result is a normal exercise test")

C("bf-ger-hjartsvikt-hemsjukvarden-ej-informerad", "ger_hbg", "1935-11-29", "M", [
    N("Utskrivningsanteckning", "Tove Axelsson", "läkare", "2024-12-10 13:45", [
        ("Information", "Pat och hustrun informerade om hjärtsviktsdiagnosen och den nya behandlingen med furosemid. Hemsjukvården är ännu inte informerad; epikris skickas dit vid utskrivning i morgon."),
    ], setting="slutenvård")], must_not=[M101],
    why="home care not yet informed while the patient and wife were")

C("bf-gyn-myom-tolk-ej-bokad", "gyn_nal", "1984-03-01", "F", [
    N("Läkaranteckning", "Karin Håkansson", "läkare", "2024-05-15 10:45", [
        ("Bedömning", "Myom i uterus, 6 cm, intramuralt. Diagnosen förklarad för pat med telefontolk på dari."),
        ("Planering", "Till nästa besök behövs tolk på plats, ännu inte bokad."),
    ])], must_not=[M101],
    why="interpreter not booked yet, but the diagnosis was explained")

C("bf-akut-dt-hjarna-u-a-han-sover", "akut_skas", "1970-02-13", "M", [
    N("Läkaranteckning", "Per Lindgren", "läkare", "2024-08-18 03:20", [
        ("Aktuellt", "Inkom efter fall från stege, kort medvetslöshet enligt hustrun."),
        ("Bedömning", "DT hjärna utan blödning eller fraktur. Pat ännu ej informerad om svaret då han sover; informeras av nattjouren när han vaknar."),
    ], setting="akutmottagning", signed=15)], must_not=[M101],
    why="untold answer is a normal head CT, no diagnosis")

C("bf-gen-brca1-systern-ej-informerad", "gen_lund", "1980-09-24", "F", [
    N("Mottagningsanteckning", "Pia Granberg", "genetisk vägledare", "2024-10-10 14:30", [
        ("Information", "Pat informerad om att hon bär samma BRCA1-variant som modern. Systern är inte informerad; pat vill själv ta kontakt med henne och får ett släktbrev att lämna över."),
    ])], must_not=[M101],
    why="the sister is not informed; the patient was")

C("bf-diet-esofaguscancer-redan-informerad", "diet_su", "1951-04-17", "M", [
    N("Dietistanteckning", "Sanna Åkesson", "dietist", "2024-02-08 10:00", [
        ("Aktuellt", "Pat informerades av läkare om matstrupscancern förra veckan och vill nu ha hjälp med kosten. Viktnedgång 8 kg på två månader, sväljer flytande och timbalkost."),
        ("Åtgärd", "Energiberikning och näringsdrycker tre per dag. Ny kontakt om två veckor."),
    ])], must_not=[M101],
    why="dietitian: the cancer was told last week")

C("bf-fysio-hemprogram-ej-informerad", "rehab_lund", "1956-01-31", "F", [
    N("Fysioterapeutanteckning", "Oscar Nilsson", "fysioterapeut", "2024-03-13 14:10", [
        ("Aktuellt", "Höftledsartros, opererad med total höftplastik höger 28/2."),
        ("Planering", "Pat ej informerad om att hemträningsprogrammet ändrats efter teamronden; nytt program skickas hem med brev."),
    ])], must_not=[M101],
    why="physiotherapist: the untold thing is an exercise programme")

C("bf-multi-th-mall-sedan-informerad-ftd", "minne_mal", "1970-05-16", "F", [
    N("Tidiga hypoteser", "Gunnar Holm", "läkare", "2024-03-07 15:00", [
        ("Bedömning", "Kognitiv svikt och personlighetsförändring; frontotemporal demens misstänks. Pat ej informerad om misstanken, utredning pågår."),
    ], id="n1"),
    N("Läkaranteckning", "Gunnar Holm", "läkare", "2024-05-16 11:00", [
        ("Information", "Utredningen är klar. Pat och maken informerade om diagnosen frontotemporal demens, beteendevariant, och om stödet från minnessjuksköterskan."),
    ], id="n2"),
], must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
    why="record: Skåne Tidiga hypoteser template while untold, then visible note after the patient was told")

C("bf-lang-med-epikris-alla-besked-givna", "med_skas", "1943-10-28", "F", [
    N("Epikris", "Olle Hägg", "läkare", "2024-07-19 10:30", [
        ("Diagnos", "Akut hjärtinfarkt (NSTEMI). Förmaksflimmer, nyupptäckt. Typ 2-diabetes. Kronisk njursvikt stadium 3a."),
        ("Sammanfattning", "81-årig kvinna som inkom 12/7 med tryck över bröstet sedan natten. EKG visade ST-sänkningar i V4–V6 och troponin T steg från 48 till 310. Koronarangiografi 13/7 visade signifikant stenos i ramus circumflexus som behandlades med PCI och stent. Under vårdtiden upptäcktes förmaksflimmer på telemetrin, spontant konverterat men återkommande, och apixaban insattes efter värdering av blödningsrisken. Diabetesen har varit dåligt reglerad med HbA1c 71, metformin har kompletterats med empagliflozin. Njurfunktionen är stabil med eGFR 52."),
        ("Förlopp", "Efter PCI var pat smärtfri och kunde mobiliseras dag två. Ett kortare skov av förvirring natten till 15/7 bedömdes vara orsakat av sömnbrist och ny miljö och gick över utan behandling. Kreatinin steg övergående efter kontrastmedlet men var åter på utgångsvärdet vid utskrivningen. Hon har gått i trappa med fysioterapeut utan besvär."),
        ("Provsvar vid utskrivning", "Hb 118, kreatinin 104, kalium 4,2. LDL 3,4 före statinstart. NT-proBNP 860."),
        ("Rehabilitering", "Hjärtrehabilitering via hjärtmottagningen erbjuden och accepterad, fysisk träning i grupp två gånger i veckan med start i augusti. Hon har aldrig rökt. Kostråd givna av dietist under vårdtiden."),
        ("Socialt", "Bor ensam i lägenhet på andra våningen med hiss. Hemtjänst för städning varannan vecka sedan tidigare, önskar ingen utökning just nu. Inga kända läkemedelsallergier."),
        ("Information", "Pat har informerats om samtliga diagnoser och om de nya läkemedlen, senast vid utskrivningssamtalet idag med sjuksköterska närvarande. Hon har själv valt att inte låta dottern få information om vårdtiden, och dottern har därför inte kontaktats av oss. Sonen var med vid samtalet. Hemsjukvården informeras via SIP-mötet på måndag."),
        ("Läkemedel", "Nyinsatt: ASA, ticagrelor i tolv månader, atorvastatin 80 mg, metoprolol, apixaban, empagliflozin. ASA sätts ut när ticagrelor-behandlingen avslutas, enligt kardiologens ordination."),
        ("Uppföljning", "Återbesök hjärtsjuksköterska om fyra veckor och kardiolog om tre månader. Diabeteskontroll på vårdcentralen. Ekokardiografi om tre månader för att värdera vänsterkammarfunktionen. Körkort: bilkörning ej tillåten på två veckor."),
        ("Kontaktvägar", "Vid nytillkommen bröstsmärta ska pat ringa 112. Vid frågor om läkemedlen nås hjärtsjuksköterskan på telefon vardagar 8–10."),
    ], setting="slutenvård")], must_not=[M101],
    why="long discharge summary: every diagnosis told; daughter and home care not informed")

# ===========================================================================
# C. NL102 positives: hedged diagnosis in a visible section of a Melior note
# ===========================================================================

C("bf-akut-susp-appendicit-telegrafisk", "akut_hlm", "2001-08-19", "M", [
    N("Läkaranteckning", "Nora Sjögren", "läkare", "2024-06-02 21:40", [
        ("Status", "Buk: ömhet McBurney, släppömhet +. Temp 38,1."),
        ("Bedömning", "CRP 48, LPK 14. Bed: susp. appendicit. Kir-konsult."),
    ], setting="akutmottagning", signed=20)], must=[M102],
    why="telegraphic 'susp. appendicit' in Bedömning")

C("bf-akut-trolig-pneumoni-hoger", "akut_mol", "1938-12-24", "F", [
    N("Läkaranteckning", "Hamid Nouri", "läkare", "2024-01-08 18:10", [
        ("Bedömning", "Feber 39, hosta och rassel höger basalt. Trolig pneumoni i höger underlob, lungröntgen beställd. Bensylpenicillin startas."),
    ], setting="akutmottagning")], must=[M102],
    why="'trolig pneumoni' visible")

C("bf-akut-dd-perikardit-lungemboli", "akut_mal", "1987-04-03", "F", [
    N("Läkaranteckning", "Viktor Hansen", "läkare", "2024-03-30 02:15", [
        ("Aktuellt", "Andningskorrelerad bröstsmärta sedan två dygn, lätt feber."),
        ("Bedömning", "EKG med diffusa ST-höjningar. DD: perikardit, lungemboli. D-dimer 0,9, DT-angio beställd."),
    ], setting="akutmottagning", signed=None)], must=[M102],
    why="differential diagnosis list 'DD:' visible")

C("bf-med-aspirationspneumoni-fragetecken", "med_ali", "1944-10-17", "M", [
    N("Daganteckning", "Karl Winberg", "läkare", "2024-02-14 10:50", [
        ("Aktuellt", "Nytillkommen feber 38,4 och syrgasbehov 2 liter."),
        ("Bedömning", "Aspirationspneumoni? Odlingar tagna, piperacillin-tazobaktam insatt."),
    ], setting="slutenvård")], must=[M102],
    why="question-mark hedge after the diagnosis")

C("bf-neuro-sannolikt-migran-med-aura", "neuro_lund", "1998-07-22", "F", [
    N("Läkaranteckning", "Jakob Eriksson", "läkare", "2024-05-29 13:05", [
        ("Bedömning", "Återkommande synstörning med flimmerskotom följt av pulserande huvudvärk. Normalstatus. Sannolikt migrän med aura; MR inte indicerad i nuläget."),
    ])], must=[M102],
    why="'sannolikt migrän' visible")

C("bf-reuma-temporalisarterit-kan-ej-uteslutas", "reuma_su", "1946-06-09", "F", [
    N("Läkaranteckning", "Nils Aronsson", "läkare", "2024-04-16 11:25", [
        ("Bedömning", "Nydebuterad tinninghuvudvärk, käkklaudikation och SR 78. Temporalisarterit kan ej uteslutas. Prednisolon 40 mg startas i väntan på temporalisbiopsi och ultraljud."),
    ])], must=[M102],
    why="'kan ej uteslutas' is a hedge, not a negation")

C("bf-reuma-mojlig-tidig-ra", "reuma_lund", "1970-11-02", "F", [
    N("Läkaranteckning", "Sebastian Holst", "läkare", "2024-02-01 14:15", [
        ("Bedömning", "Symmetrisk synovit i MCP II–III bilateralt, RF negativ, anti-CCP svagt positiv. Möjlig tidig reumatoid artrit; ny bedömning om sex veckor med ultraljud av händerna."),
    ], signed=None)], must=[M102],
    why="'möjlig tidig reumatoid artrit'")

C("bf-med-ev-celiaki-gastroskopi", "med_kun", "2003-01-29", "F", [
    N("Läkaranteckning", "Petra Sund", "läkare", "2024-02-20 10:35", [
        ("Bedömning", "Transglutaminas-IgA 85 (ref <7). Ev. celiaki, gastrsokopi med duodenalbiopsier planeras. Pat ska äta gluten som vanligt fram till undersökningen."),
    ])], must=[M102],
    why="'Ev. celiaki' abbreviation hedge, with typo 'gastrsokopi'")

C("bf-med-susp-dvt-fragmin", "med_ang", "1956-05-13", "M", [
    N("Läkaranteckning", "Ida Fransson", "läkare", "2024-09-09 17:30", [
        ("Bedömning", "Svullet vä underben sedan 3 d, omkrets +3 cm. Wells 2. Susp DVT vä. Fragmin i väntan på UL i morgon."),
    ], signed=15)], must=[M102],
    why="'Susp DVT' without period")

C("bf-brost-ssk-misstanke-informerad", "brost_sas", "1959-03-11", "F", [
    N("Sjuksköterskeanteckning", "Helena Dahl", "sjuksköterska", "2024-05-13 11:20", [
        ("Aktuellt", "Kallad efter mammografiscreening. Mammografi och ultraljud visar 14 mm oregelbunden förändring i vänster bröst med misstanke om bröstcancer. Mellannålsbiopsi tagen."),
        ("Information", "Pat informerad om misstanken och att svar kommer om en vecka."),
    ])], must=[M102], must_not=[M101],
    why="hedged breast cancer visible (NL102) but the patient was told about the suspicion (no NL101)")

C("bf-lung-talar-for-sarkoidos-pad-inväntas", "lung_lund", "1983-06-26", "M", [
    N("Läkaranteckning", "Ulrika Norén", "läkare", "2024-11-07 10:10", [
        ("Bedömning", "DT thorax visar bilateral hilär lymfadenopati och perilymfatiska noduli. Fynden talar för sarkoidos, men PAD från EBUS inväntas innan diagnosen kan fastställas."),
    ])], must=[M102],
    why="'talar för ... innan diagnosen kan fastställas' is an uncertain diagnosis")

C("bf-akut-gikt-typo-trolgi", "akut_skas", "1962-04-01", "M", [
    N("Läkaranteckning", "Per Lindgren", "läkare", "2024-10-13 08:20", [
        ("Bedömning", "Rodnad, svullen och extremt öm stortåled vä, debut i natt. Urat 520. Trolgi gikt, colchicin förskrivs."),
    ], setting="akutmottagning", signed=10)], must=[M102],
    why="typo 'Trolgi' for 'trolig' before gout")

C("bf-bup-misstankt-ast-9-ar", "bup_mal", "2015-03-18", "M", [
    N("Psykologanteckning", "Amanda Lindén", "psykolog", "2024-10-17 15:00", [
        ("Bedömning", "Pojken har stora svårigheter med ömsesidig social interaktion och ett mycket begränsat intresse för tåg. Misstänkt autismspektrumtillstånd; neuropsykiatrisk utredning påbörjas med ADOS-2 i december."),
    ])], must=[M102],
    why="child under 13 (guardians read): suspected autism in a visible Melior note")

C("bf-diet-trolig-laktosintolerans", "diet_su", "1990-09-30", "F", [
    N("Dietistanteckning", "Sanna Åkesson", "dietist", "2024-03-04 13:40", [
        ("Bedömning", "Gasbildning och diarré efter mjölkprodukter. Trolig laktosintolerans; vi provar laktosfri kost i tre veckor och utvärderar per telefon."),
    ])], must=[M102],
    why="dietitian writes 'trolig laktosintolerans'")

C("bf-fysio-misstankt-rotatorcuffruptur", "rehab_lund", "1958-12-14", "M", [
    N("Fysioterapeutanteckning", "Oscar Nilsson", "fysioterapeut", "2024-08-29 09:20", [
        ("Bedömning", "Nedsatt aktiv abduktion hö axel, positivt drop arm-test, full passiv rörlighet. Misstänkt rotatorcuffruptur; kontakt tas med ortoped för ställningstagande till ultraljud."),
    ])], must=[M102],
    why="physiotherapist: suspected rotator cuff rupture")

C("bf-akut-dd-tia-migranaura", "akut_mol", "1951-01-19", "M", [
    N("Läkaranteckning", "Hamid Nouri", "läkare", "2024-07-15 12:30", [
        ("Bedömning", "Övergående afasi i 20 minuter igår, nu helt återställd. DD TIA, migränarua. Trombocythämmare insatt, karotisdoppler och MR bokade."),
    ], setting="akutmottagning")], must=[M102],
    why="'DD TIA' without colon; typo 'migränarua'")

C("bf-med-fragetecken-hypotyreos-prefix", "med_kri", "1982-08-08", "F", [
    N("Läkaranteckning", "Hanna Berglund", "läkare", "2024-01-16 14:50", [
        ("Bedömning", "Frusenhet, trötthet, TSH 8,4 och fritt T4 i nedre referensområdet. ?Hypotyreos – ny kontroll av TSH och TPO-ak om sex veckor innan ställningstagande till levotyroxin."),
    ])], must=[M102],
    why="question mark prefixed to the diagnosis")

C("bf-kir-differentialdiagnostiskt-crohn", "kir_sas", "2000-06-06", "M", [
    N("Läkaranteckning", "David Bergqvist", "läkare", "2024-04-22 10:05", [
        ("Bedömning", "Blodiga diarréer sedan sex veckor, kalprotektin 1400. Differentialdiagnostiskt övervägs Crohns sjukdom och ulcerös kolit; koloskopi med biopsier bokad."),
    ])], must=[M102],
    why="'differentialdiagnostiskt övervägs' two diagnoses")

C("bf-minne-ej-uteslutet-tidig-alzheimer", "minne_mal", "1962-02-22", "M", [
    N("Läkaranteckning", "Gunnar Holm", "läkare", "2024-11-21 13:35", [
        ("Bedömning", "Kognitiv svikt hos 62-åring, MMT 25. Ej uteslutet att det rör sig om tidig Alzheimers sjukdom; likvorprov och amyloid-PET planeras."),
    ])], must=[M102],
    why="'ej uteslutet' looks negated but is a hedge")

C("bf-inf-mojlig-neuroborrelios", "inf_ostra", "1967-07-27", "F", [
    N("Läkaranteckning", "Josefin Westman", "läkare", "2024-08-12 11:10", [
        ("Bedömning", "Facialispares höger sedan fyra dagar, fästingbett i juni. Möjlig neuroborrelios; lumbalpunktion utförs idag och doxycyklin startas."),
    ])], must=[M102],
    why="'möjlig neuroborrelios'")

C("bf-gyn-misstankt-ovarialcancer-pat-vet", "gyn_nal", "1955-08-18", "F", [
    N("Läkaranteckning", "Emma Carlberg", "läkare", "2024-09-19 14:20", [
        ("Bedömning", "Ultraljud: 9 cm komplex cysta i höger ovarium med solida partier, CA-125 340. Misstänkt ovarialcancer."),
        ("Information", "Pat informerad om misstanken och att operation behövs för säker diagnos."),
    ])], must=[M102], must_not=[M101],
    why="suspected ovarian cancer visible and told: NL102 only")

C("bf-onh-tonsillit-dd-mononukleos", "onh_lund", "2005-05-05", "F", [
    N("Läkaranteckning", "Viktor Almqvist", "läkare", "2024-02-12 19:15", [
        ("Bedömning", "Beläggningar på båda tonsillerna, uttalade halsresistenser och feber. Tonsillit, DD mononukleos. Monospot tas, PcV avvaktas."),
    ], setting="akutmottagning", signed=10)], must=[M102],
    why="confirmed tonsillitis with a hedged differential (DD mononukleos)")

C("bf-psyk-misstant-psykos-typo", "psyk_sas", "2000-04-15", "M", [
    N("Läkaranteckning", "Ebba Sundqvist", "läkare", "2024-06-20 16:30", [
        ("Bedömning", "Rösthallucinationer sedan tre veckor och formell tankestörning. Misstänt debuterande psykos. Olanzapin 5 mg till natten, återbesök om en vecka."),
    ])], must=[M102],
    why="typo 'Misstänt' for 'misstänkt' before psychosis")

C("bf-med-sannol-lungemboli-forkortning", "med_kri", "1990-12-19", "F", [
    N("Läkaranteckning", "Hanna Berglund", "läkare", "2024-12-11 22:05", [
        ("Bedömning", "Takykardi 118, sat 92 %, p-piller. Sannol. lungemboli, DT-angio i kväll. Fragmin 200 E/kg given."),
    ], setting="slutenvård", signed=20)], must=[M102],
    why="abbreviated hedge 'Sannol.'")

C("bf-orto-ev-scaphoidfraktur", "orto_sas", "2002-09-05", "M", [
    N("Läkaranteckning", "David Bergqvist", "läkare", "2024-11-11 14:05", [
        ("Bedömning", "Fall på utsträckt hand. Öm i fossa tabatière, röntgen utan säker fraktur. Ev. scaphoidfraktur; gips och ny röntgen om tio dagar."),
    ])], must=[M102],
    why="'Ev. scaphoidfraktur'")

C("bf-ogon-vgr-misstankt-vat-amd-typo", "ogon_mol", "1941-02-09", "M", [
    N("Läkaranteckning", "Sixten Holmberg", "läkare", "2024-05-17 10:30", [
        ("Bedömning", "Nytillkomna metamorfopsier vänster öga. OCT visar subretinal vätska. Misstänkt våt makuladegenration, angiografi och anti-VEGF-start nästa vecka."),
    ])], must=[M102],
    why="typo 'makuladegenration' in the hedged diagnosis")

C("bf-neuro-vgr-kan-inte-uteslutas-myastenia", "neuro_su", "1969-01-07", "F", [
    N("Läkaranteckning", "Olof Wennerberg", "läkare", "2024-03-12 14:35", [
        ("Bedömning", "Fluktuerande ptos och dubbelseende mot kvällen. Myasthenia gravis kan inte uteslutas; AChR-antikroppar och neurografi med repetitiv stimulering beställda."),
    ])], must=[M102],
    why="'kan inte uteslutas' variant")

C("bf-kvk-misstankt-x-graviditet", "kvk_ostra", "1993-05-24", "F", [
    N("Läkaranteckning", "Emma Carlberg", "läkare", "2024-01-19 20:40", [
        ("Bedömning", "hCG 1900, ingen intrauterin graviditet vid vaginalt ultraljud, lätt ömhet vänster adnex. Misstänkt extrauterin graviditet; nytt hCG om 48 timmar, pat instruerad att söka akut vid ökad smärta."),
    ], setting="akutmottagning")], must=[M102],
    why="suspected ectopic pregnancy")

C("bf-ger-sannolikt-lewy-body-synligt", "ger_hbg", "1939-12-16", "M", [
    N("Läkaranteckning", "Tove Axelsson", "läkare", "2024-02-27 15:10", [
        ("Bedömning", "Fluktuerande kognition, synhallucinationer och parkinsonism. Sannolikt Lewy body-demens; DaTSCAN beställd. Neuroleptika ska undvikas."),
    ])], must=[M102],
    why="'sannolikt Lewy body-demens' in a visible geriatric note")

C("bf-barn-misstankt-kawasaki-vgr", "barn_nal", "2019-06-11", "M", [
    N("Läkaranteckning", "Maja Granqvist", "läkare", "2024-03-25 16:20", [
        ("Bedömning", "Feber i sex dagar, konjunktivit, jordgubbstunga och svullna händer. Misstänkt Kawasakis sjukdom; ekokardiografi i morgon och IVIG diskuteras med barnkardiolog."),
    ], setting="slutenvård")], must=[M102],
    why="child under 13 in a VGR Melior note: suspected Kawasaki disease, visible to guardians")

C("bf-lang-med-inskrivning-dd-lungemboli", "med_ali", "1950-08-02", "M", [
    N("Inskrivningsanteckning", "Karl Winberg", "läkare", "2024-01-29 22:30", [
        ("Anamnes", "73-årig man med känd KOL grad 3, typ 2-diabetes med insulin och hypertoni. Tidigare rökare, slutade 2015. Genomgick knäprotesoperation höger för tre veckor sedan på ortopeden i Borås och har sedan dess rört sig mindre. Bor med hustrun, klarar ADL själv."),
        ("Social anamnes", "Pensionerad lantbrukare, bor på gård utanför Alingsås med hustrun. Kör fortfarande traktor sommartid. Snusar inte, dricker alkohol sparsamt."),
        ("Tidigare vårdtillfällen", "Två inläggningar för KOL-exacerbation 2023, senast i november med behov av NIV under ett dygn. Ingen tidigare tromboembolism."),
        ("Aktuellt", "Tilltagande andfåddhet sedan fyra dagar, nu även i vila. Hosta med gulgrönt slem sedan i söndags och frossa igår kväll. Lätt stickande smärta på höger sida vid djupa andetag. Inga bensvullnader enligt pat men höger knä är fortfarande svullet efter operationen."),
        ("Status", "Medtagen men adekvat. Andningsfrekvens 26, saturation 88 % på luft, 93 % på 2 liter. Temp 38,3. Pulm: förlängt expirium, rassel höger basalt. Cor: takykard 112, regelbunden. Höger underben svullet upp till knät, lätt ömt i vaden."),
        ("Provsvar", "CRP 96, LPK 13,8, D-dimer 2,4, troponin T 18, blodgas pH 7,38, pCO2 6,1. EKG: sinustakykardi, inga ischemitecken."),
        ("Bedömning", "KOL-exacerbation utlöst av nedre luftvägsinfektion. Trolig pneumoni höger underlob, lungröntgen beställd. DD lungemboli med tanke på nyligen genomgången knäoperation och svullet ben; DT-angiografi beställd i kväll och Fragmin ges i väntan på svar."),
        ("Läkemedel", "Inhalation med formoterol och glykopyrronium, insulin glargin 24 E till kvällen och måltidsinsulin enligt schema, ramipril 5 mg, atorvastatin 40 mg. Fick dalteparin som trombosprofylax i två veckor efter knäoperationen, avslutat för en vecka sedan."),
        ("Planering", "Inhalationer med ipratropium och salbutamol, prednisolon 30 mg i fem dagar, bensylpenicillin 3 g x 3. Syrgas med mål 88–92 %. Glukoskurva, insulin enligt ordination. Ny bedömning efter DT."),
        ("Vårdnivå", "Full behandling inklusive IVA-vård vid behov, diskuterat med pat som själv önskar detta."),
        ("Ordinationer", "Blododlingar x 2 och sputumodling tagna före antibiotika. Urinantigen för pneumokocker och legionella skickade. Vätskelista och daglig vikt."),
    ], setting="slutenvård", signed=40)], must=[M102],
    why="long admission note: several confirmed diagnoses plus 'trolig pneumoni' and 'DD lungemboli'")

C("bf-th-sokord-och-synlig-lackage-ovarialcancer", "kvk_ostra", "1963-02-15", "F", [
    N("Läkaranteckning", "Sara Nyqvist", "läkare", "2024-08-22 13:10", [
        ("Tidiga hypoteser", "Ultraljud och CA-125 1200: misstänkt ovarialcancer."),
        ("Bedömning", "Adnexexpansivitet vänster, misstänkt ovarialcancer. Pat ej informerad om misstanken, besked efter DT."),
    ])], must=[M101, M102],
    why="VGR: the hypothesis is under Tidiga hypoteser but repeated in visible Bedömning with 'ej informerad'")

C("bf-multi-pmo-njursten-sedan-melior-uretarsten", "vc_linero", "1977-10-11", "M", [
    N("Besöksanteckning", "Klara Jönsson", "läkare", "2024-06-17 10:15", [
        ("Bedömning", "Kolikartad smärta i höger flank med utstrålning mot ljumsken, hematuri på sticka. Misstänkt njursten höger, remiss till akuten för DT."),
    ], id="n1"),
    N("Läkaranteckning", "Viktor Hansen", "läkare", "2024-06-17 13:40", [
        ("Bedömning", "Trolig uretärsten höger, DT-urografi beställd. Smärtlindring med diklofenak."),
    ], id="n2", unit="akut_mal", setting="akutmottagning"),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="record: hedged stone in a PMO note (not shown) and in a Melior note (shown)")

C("bf-multi-celiaki-misstanke-sedan-bekraftad", "med_kun", "1994-12-29", "F", [
    N("Läkaranteckning", "Petra Sund", "läkare", "2024-01-11 09:30", [
        ("Bedömning", "Diarréer, järnbrist och transglutaminas-IgA 140. Misstänkt celiaki, gastroskopi bokad."),
    ], id="n1"),
    N("Telefonanteckning", "Petra Sund", "läkare", "2024-02-09 14:05", [
        ("Åtgärd", "Duodenalbiopsierna bekräftar celiaki, Marsh 3b. Pat informerad per telefon och remiss skickad till dietist."),
    ], id="n2", signed=10),
], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
    why="record: suspicion in n1 (NL102), confirmed and told in n2 (neither)")

# ===========================================================================
# D. NL102 near misses: PMO, Tidiga hypoteser, negation, family/past history,
#    hedges that are not about a diagnosis, confirmed diagnoses
# ===========================================================================

C("bf-pmo-misstankt-cystit", "vc_simr", "1975-03-22", "F", [
    N("Besöksanteckning", "Klara Jönsson", "läkare", "2024-05-02 09:20", [
        ("Bedömning", "Sveda vid miktion sedan två dagar, ingen feber. U-sticka nitrit pos. Misstänkt okomplicerad cystit, pivmecillinam i tre dagar."),
    ], signed=None)], must_not=[M102],
    why="PMO note: hedged diagnoses are never shown")

C("bf-pmo-um-misstankt-klamydia", "um_ang", "2006-02-03", "F", [
    N("Besöksanteckning", "Lisa Wendt", "barnmorska", "2024-09-16 15:10", [
        ("Aktuellt", "Flytningar och mellanblödningar, partnern har nyligen behandlats för klamydia."),
        ("Bedömning", "Misstänkt klamydia, provtagning och behandling med doxycyklin direkt enligt rutin."),
    ])], must_not=[M102],
    why="PMO youth clinic: suspected chlamydia")

C("bf-pmo-bvc-ev-atopiskt-eksem", "bvc_hoor", "2023-04-12", "F", [
    N("BVC-anteckning", "Agneta Roos", "sjuksköterska", "2024-03-07 10:45", [
        ("Aktuellt", "11-månaderskontroll. Torra röda fläckar i armvecken och knävecken."),
        ("Bedömning", "Ev. atopiskt eksem, mamman rekommenderas mjukgörande och tid hos distriktsläkare."),
    ])], must_not=[M102],
    why="PMO child health centre: 'Ev. atopiskt eksem'")

C("bf-pmo-hemsjukvard-trolig-uvi-forvirrad", "hsjv_eslov", "1932-06-06", "F", [
    N("Hembesök", "Siv Alm", "sjuksköterska", "2024-07-30 13:15", [
        ("Aktuellt", "Nytillkommen förvirring sedan igår och illaluktande urin enligt hemtjänsten."),
        ("Bedömning", "Trolig UVI, urinodling tagen och läkare kontaktad."),
    ], setting="hemsjukvård")], must_not=[M102],
    why="PMO home care nurse: 'trolig UVI'")

C("bf-pmo-levermetastaser-ej-informerad", "vc_bjuv", "1955-11-09", "M", [
    N("Besöksanteckning", "Hussein Ali", "läkare", "2024-10-21 16:30", [
        ("Bedömning", "Ultraljud buk visar förstorad lever med multipla förändringar, misstänkta metastaser. Pat ej informerad ännu, tid i morgon för besked."),
    ])], must_not=[M102],
    why="PMO: suspected metastases and untold; PMO never shows diagnoses (NL101 not asserted on PMO)")

C("bf-th-mall-skane-prodromal-schizofreni", "psyk_lund", "1999-07-18", "M", [
    N("Tidiga hypoteser", "Sven Eklund", "läkare", "2024-04-05 14:45", [
        ("Bedömning", "Social tillbakadragenhet, bisarra idéer om grannarnas apparater och sjunkande studieresultat. Misstänkt prodromal schizofreni. Pat ej informerad om hypotesen; följs tätt."),
    ])], must_not=[M102, M101],
    why="Skåne Tidiga hypoteser template: hedged psychosis diagnosis is filtered")

C("bf-th-sokord-vgr-mojlig-ftd", "ger_lid", "1951-01-03", "M", [
    N("Läkaranteckning", "Britt Samuelsson", "läkare", "2024-05-23 11:30", [
        ("Aktuellt", "Hustrun beskriver förändrad personlighet med hämningslöshet och nya matvanor sedan ett år."),
        ("Tidiga hypoteser", "Möjlig frontotemporal demens, beteendevariant. Avvaktar neuropsykologisk testning innan vi diskuterar detta med pat."),
        ("Planering", "Neuropsykologisk testning och MR hjärna bokade. Återbesök i september."),
    ])], must_not=[M102, M101],
    why="VGR: hedged diagnosis only under sökord Tidiga hypoteser; visible sections neutral")

C("bf-brost-ingen-misstanke-malignitet-cysta", "brost_sas", "1966-06-22", "F", [
    N("Läkaranteckning", "Felicia Åström", "läkare", "2024-02-28 14:15", [
        ("Bedömning", "Knöl i höger bröst; mammografi och ultraljud visar en enkel cysta. Ingen misstanke om malignitet. Ingen uppföljning behövs."),
    ])], must_not=[M102],
    why="negated 'ingen misstanke om malignitet'")

C("bf-akut-inga-tecken-pa-pneumoni", "akut_mal", "1980-01-27", "M", [
    N("Läkaranteckning", "Viktor Hansen", "läkare", "2024-11-25 20:10", [
        ("Bedömning", "Hosta sedan en vecka, afebril, sat 98 %. Lungröntgen: inga tecken på pneumoni. Bedöms som viral övre luftvägsinfektion, symtomatisk behandling."),
    ], setting="akutmottagning", signed=15)], must_not=[M102],
    why="negated 'inga tecken på pneumoni', confirmed viral URTI")

C("bf-med-dvt-uteslutes-bakercysta", "med_ali", "1970-08-24", "F", [
    N("Läkaranteckning", "Karl Winberg", "läkare", "2024-06-03 11:40", [
        ("Bedömning", "Ultraljud vänster ben: DVT utselutes, normal komprimerbarhet i alla segment. Svullnaden beror på en rupturerad Bakercysta."),
    ])], must_not=[M102],
    why="typo 'utselutes' in the negation; the cause is confirmed")

C("bf-kard-trolig-forbattring-ev-aterbesok", "kard_lund", "1945-05-31", "M", [
    N("Läkaranteckning", "Johanna Wiik", "läkare", "2024-09-05 10:25", [
        ("Bedömning", "Känd hjärtsvikt, NYHA II. Ödemen har minskat, trolig förbättring efter dosökningen av furosemid. Ev. återbesök om tre månader beroende på vikten."),
    ])], must_not=[M102],
    why="hedges about course and follow-up, diagnosis known")

C("bf-neuro-hereditet-mor-trolig-als", "neuro_su", "1975-12-02", "M", [
    N("Läkaranteckning", "Olof Wennerberg", "läkare", "2024-01-24 13:00", [
        ("Hereditet", "Modern hade trolig ALS, aldrig genetiskt utredd."),
        ("Bedömning", "Pat själv har inga neurologiska symtom och normalstatus. Kommer för rådgivning om genetisk testning."),
    ])], must_not=[M102],
    why="family history: the mother's probable ALS")

C("bf-lung-tidigare-misstankt-sarkoidos-avskriven", "lung_lund", "1976-09-08", "F", [
    N("Läkaranteckning", "Ulrika Norén", "läkare", "2024-03-27 09:50", [
        ("Anamnes", "Utreddes 2019 för misstänkt sarkoidos, som avskrevs efter bronkoskopi med normalt BAL."),
        ("Bedömning", "Spirometri visar reversibel obstruktion och FeNO 62. Astma bekräftas, inhalationssteroid insätts."),
    ])], must_not=[M102],
    why="past suspicion that was dismissed; current diagnosis confirmed")

C("bf-med-lobar-pneumoni-bekraftad", "med_skas", "1939-04-19", "M", [
    N("Daganteckning", "Olle Hägg", "läkare", "2024-02-07 10:15", [
        ("Bedömning", "Lungröntgen visar lobär pneumoni i vänster underlob. Pneumokockantigen i urin positivt. Bensylpenicillin 3 g x 3."),
    ], setting="slutenvård")], must_not=[M102],
    why="confirmed pneumonia, no hedge")

C("bf-med-pat-radd-for-hjarntumor", "med_kri", "1981-03-13", "F", [
    N("Läkaranteckning", "Hanna Berglund", "läkare", "2024-05-07 14:40", [
        ("Aktuellt", "Pat är rädd att huvudvärken beror på en hjärntumör eftersom en kollega nyligen drabbats."),
        ("Bedömning", "Typisk spänningshuvudvärk med normal neurologisk status. Ingen klinisk misstanke om tumör och ingen indikation för DT."),
    ])], must_not=[M102],
    why="patient's fear, and the clinician negates the tumour")

C("bf-akut-misstanken-om-lungemboli-avskrevs", "akut_mol", "1960-10-16", "F", [
    N("Läkaranteckning", "Hamid Nouri", "läkare", "2024-09-28 01:45", [
        ("Bedömning", "Misstanken om lungemboli avskrevs efter normal DT-angiografi. Bröstsmärtan bedöms vara muskuloskeletal, NSAID vid behov."),
    ], setting="akutmottagning", signed=20)], must_not=[M102],
    why="suspicion explicitly dismissed")

C("bf-endo-ev-dosokning-metformin", "endo_mal", "1965-07-04", "M", [
    N("Läkaranteckning", "Tobias Rehn", "läkare", "2024-08-14 13:20", [
        ("Bedömning", "Typ 2-diabetes, HbA1c 58. Ev. dosökning av metformin vid nästa kontroll om värdet inte har sjunkit."),
    ])], must_not=[M102],
    why="'ev.' qualifies a dose change, not a diagnosis")

C("bf-akut-fotled-ingen-fraktur-distorsion", "akut_hlm", "1995-01-10", "F", [
    N("Läkaranteckning", "Nora Sjögren", "läkare", "2024-06-08 16:55", [
        ("Bedömning", "Inversionsvåld vänster fotled. Röntgen: ingen fraktur. Distorsion av laterala ligament, elastisk linda och avlastning."),
    ], setting="akutmottagning", signed=10)], must_not=[M102],
    why="negated fracture, confirmed sprain")

C("bf-ger-misstanke-dosett-fel", "ger_lid", "1931-10-29", "F", [
    N("Sjuksköterskeanteckning", "Maria Lundh", "sjuksköterska", "2024-08-26 14:00", [
        ("Aktuellt", "Misstanke om att dosetten fyllts fel av hemtjänsten; pat har fått dubbel dos metoprolol två dagar i rad. Puls 52, blodtryck 105/60."),
        ("Åtgärd", "Läkare informerad, metoprolol pausas i morgon. Apoteket kontaktat om ApoDos."),
    ], setting="slutenvård")], must_not=[M102],
    why="suspicion about a dosing error, not a diagnosis")

C("bf-reuma-artros-eventuellt-remiss", "reuma_lund", "1960-04-26", "F", [
    N("Läkaranteckning", "Sebastian Holst", "läkare", "2024-10-09 11:00", [
        ("Bedömning", "Artros i båda knäna, röntgenverifierad. Eventuellt remiss till fysioterapeut för artrosskola, pat funderar på saken."),
    ])], must_not=[M102],
    why="'eventuellt' qualifies a referral")

C("bf-psyk-utmattning-sjukskrivning-fragetecken", "psyk_sas", "1985-11-15", "F", [
    N("Läkaranteckning", "Ebba Sundqvist", "läkare", "2024-04-24 15:20", [
        ("Bedömning", "Utmattningssyndrom, diagnosen ställd i mars enligt kriterierna. Sjukskrivning 50 %? Diskuteras vid nästa besök när pat vet mer om arbetssituationen."),
    ])], must_not=[M102],
    why="question mark on the sick-leave plan, diagnosis confirmed")

C("bf-th-mall-skane-mojligen-endometrios", "kvk_ystad", "1990-06-27", "F", [
    N("Tidiga hypoteser", "Sara Lindqvist", "läkare", "2024-11-12 13:55", [
        ("Bedömning", "Upprepade oförklarade buksmärtor och täta akutbesök; möjligen endometrios, men även psykosomatisk genes övervägs. Tas upp med pat först när laparoskopin är gjord."),
    ])], must_not=[M102],
    why="Skåne Tidiga hypoteser template holds the hedge")

C("bf-pmo-telefon-misstankt-baltros", "vc_kirse", "1949-12-25", "F", [
    N("Telefonkontakt", "Agneta Roos", "sjuksköterska", "2024-08-08 08:25", [
        ("Kontaktorsak", "Brännande smärta och blåsor i ett bälte på vänster sida av bröstkorgen."),
        ("Bedömning", "Misstänkt bältros, tid hos läkare idag 15.40 för ställningstagande till valaciklovir."),
    ], signed=10)], must_not=[M102],
    why="PMO telephone nurse: suspected shingles")

C("bf-akut-typo-ingen-misstnke-appendicit", "akut_skas", "1998-03-29", "F", [
    N("Läkaranteckning", "Per Lindgren", "läkare", "2024-07-21 23:30", [
        ("Bedömning", "Diffus buksmärta sedan i morse, mjuk och oöm buk vid upprepad undersökning, CRP <5. Ingen misstnke om appendicit. Gastroenterit, hem med råd."),
    ], setting="akutmottagning", signed=15)], must_not=[M102],
    why="typo 'misstnke' inside the negation cue 'ingen misstanke om'")

C("bf-neuro-inte-forenlig-med-ms", "neuro_lund", "1989-05-08", "F", [
    N("Läkaranteckning", "Jakob Eriksson", "läkare", "2024-12-05 10:15", [
        ("Bedömning", "MR hjärna och halsrygg utan demyeliniserande lesioner; bilden är inte förenlig med MS. Parestesierna bedöms som benigna och ingen uppföljning planeras."),
    ], signed=None)], must_not=[M102],
    why="negated: 'inte förenlig med MS'")

C("bf-kard-hereditet-far-trolig-hjartinfarkt", "kard_skas", "1980-07-06", "M", [
    N("Läkaranteckning", "Jonas Hedberg", "läkare", "2024-10-30 14:45", [
        ("Hereditet", "Fadern dog hastigt 52 år gammal, trolig hjärtinfarkt enligt familjen."),
        ("Bedömning", "Pat har själv normalt arbetsprov och normala blodfetter. Ingen behandling."),
    ])], must_not=[M102],
    why="family history: the father's probable infarction")

C("bf-hem-misstanken-nu-bekraftad-myelom", "hem_lund", "1953-12-28", "M", [
    N("Läkaranteckning", "Fredrik Nyström", "läkare", "2024-01-31 15:25", [
        ("Bedömning", "Misstanken om myelom från i höstas är nu bekräftad: benmärgen visar 25 % klonala plasmaceller."),
        ("Information", "Pat informerad om diagnosen multipelt myelom idag, hustrun närvarande."),
    ])], must_not=[M102, M101],
    why="a former suspicion now confirmed and told")

C("bf-pmo-erythema-migrans-fragetecken-barn", "vc_bjuv", "2018-05-15", "M", [
    N("Besöksanteckning", "Hussein Ali", "läkare", "2024-07-08 11:05", [
        ("Bedömning", "Rodnad 6 cm runt ett fästingbett på låret sedan fem dagar. Erythema migrans? Fenoximetylpenicillin i tio dagar, mamman hör av sig om det sprider sig."),
    ])], must_not=[M102],
    why="PMO child: question-mark hedge is not shown")

C("bf-hud-tidigare-misstankt-melanom-benignt", "hud_lund", "1991-04-04", "F", [
    N("Läkaranteckning", "Eva Blom", "läkare", "2024-06-24 13:30", [
        ("Bedömning", "Den tidigare misstänkta melanomförändringen på ryggen är exciderad och PAD visar ett benignt dysplastiskt nevus, inget melanom. Ingen ytterligare åtgärd, pat informerad."),
    ], signed=None)], must_not=[M102, M101],
    why="earlier suspicion resolved by PAD: benign and told")

C("bf-diet-inga-tecken-pa-malnutrition", "diet_hbg", "1947-02-21", "M", [
    N("Dietistanteckning", "Frida Nordlund", "dietist", "2024-09-04 10:40", [
        ("Bedömning", "Vikten stabil sedan i våras, BMI 23, MNA 26 poäng. Inga tecken på undernäring. Fortsatt vanlig kost, ingen uppföljning."),
    ])], must_not=[M102],
    why="dietitian: negated malnutrition")

C("bf-ger-misstanker-ej-tagit-tabletterna", "ger_hbg", "1936-08-12", "F", [
    N("Omvårdnadsanteckning", "Camilla Frid", "sjuksköterska", "2024-01-12 07:45", [
        ("Aktuellt", "Nattpersonalen misstänker att pat inte tagit sina kvällstabletter, som hittades i sängen i morse. Känd Alzheimers sjukdom."),
        ("Åtgärd", "Läkemedel ges under överinseende framöver."),
    ], setting="slutenvård")], must_not=[M102],
    why="suspicion about missed tablets, not a diagnosis; known dementia affirmed")


C("bf-lang-akut-gallstensanfall-alla-hedgar-negerade", "akut_mal", "1967-09-03", "F", [
    N("Läkaranteckning", "Viktor Hansen", "läkare", "2024-03-16 23:50", [
        ("Kontaktorsak", "Smärta i övre delen av buken sedan kvällsmaten."),
        ("Anamnes", "56-årig kvinna, tidigare frisk bortsett från hypotyreos på levotyroxin. Opererad för karpaltunnelsyndrom 2018. Utreddes 2020 för misstänkt celiaki, som avskrevs efter normala biopsier. Inga kända allergier. Arbetar som förskollärare, bor med make och två vuxna barn."),
        ("Hereditet", "Modern hade trolig äggstockscancer men blev aldrig utredd. Fadern har typ 2-diabetes."),
        ("Aktuellt", "Krampartad smärta under höger revbensbåge som började en timme efter middagen med fläskkotlett och strålar mot höger skulderblad. Illamående, kräkts två gånger. Ingen feber, ingen gulsot och normal avföring. Liknande men kortare besvär två gånger i vintras."),
        ("Status", "Allmäntillstånd påverkat av smärta. Temp 37,2, puls 92, BT 148/86, saturation 98 %. Cor och pulm utan anmärkning. Buk: mjuk, palpationsöm under höger arcus, Murphys tecken positivt, ingen släppömhet. Inga bråck."),
        ("Provsvar", "CRP 6, LPK 8,9, bilirubin 12, ALP 1,1, ALAT 0,6, lipas 0,4. Graviditetstest negativt. EKG: sinusrytm utan ischemitecken. Troponin T under 5."),
        ("Undersökning", "Ultraljud buk i jourtid visar multipla gallstenar, normal gallblåsevägg utan vätska runt gallblåsan och ovidgade gallgångar."),
        ("Bedömning", "Okomplicerat gallstensanfall. Ingen misstanke om kolecystit eller koledokussten med normala prover och ultraljud. Pankreatit uteslutes med normalt lipas. Inga tecken på hjärtischemi. Smärtan har släppt efter diklofenak och ketobemidon."),
        ("Planering", "Hem med smärtlindring och råd om fettsnål kost. Remiss till kirurgmottagningen för ställningstagande till kolecystektomi. Söker åter vid feber, gulsot eller smärta som inte släpper."),
    ], setting="akutmottagning", signed=25)], must_not=[M102],
    why="long ER note: every uncertain mention is negated, historical (dismissed) or family history; the diagnosis is affirmed")

C("bf-lang-hem-myelom-informerad-kromosomsvar-nasta-besok", "hem_lund", "1966-05-26", "F", [
    N("Läkaranteckning", "Fredrik Nyström", "läkare", "2024-11-28 14:30", [
        ("Anamnes", "58-årig kvinna som följts sedan 2019 för MGUS av IgA-typ, därtill hypertoni och en djup ventrombos 2016. Arbetar som lärare, gift, en son som läser i Göteborg. Har varit välinformerad om att MGUS kan övergå i myelom och har gått på sina kontroller var sjätte månad."),
        ("Aktuellt", "Vid halvårskontrollen i oktober hade M-komponenten stigit från 8 till 27 g/l och hon hade nytillkommen ryggvärk. Benmärgsprov och helkropps-DT gjordes i november. Kommer idag tillsammans med sin väninna för att få svaren."),
        ("Provsvar", "Benmärgen visar 35 % klonala plasmaceller. DT visar tre osteolyser i bäckenet och en kompressionsfraktur i L2. Hb 104, kalcium 2,61, kreatinin 78. Fria lätta kedjor: kvot 140."),
        ("Bedömning", "Progress från MGUS till symtomgivande multipelt myelom med skelettengagemang."),
        ("Information", "Pat informerades idag om diagnosen multipelt myelom och om att behandling behövs. Hon tog emot beskedet lugnt och ställde frågor om arbete och biverkningar. Maken är inte informerad ännu; hon vill berätta själv i kväll och har inte velat att vi ringer honom. Sonen vet inte heller om beskedet, pat avgör själv när han ska få veta."),
        ("Planering", "Start av induktionsbehandling enligt regionalt vårdprogram om en vecka efter tandläkarkontroll. Zoledronsyra var fjärde vecka. Remiss till fysioterapeut för ryggen och ortopedkonsult angående kotfrakturen. Besked om kromosomanalysen (FISH) från benmärgsprovet ges vid nästa besök, svaret har inte kommit än. Kontaktsjuksköterskan hör av sig till pat på måndag."),
        ("Sjukskrivning", "Sjukskriven 100 % från idag till och med 31/12, intyg utfärdat."),
    ], signed=None)], must_not=[M101],
    why="long draft: myeloma told today; husband and son (han) not yet told, and a pending FISH answer 'ges vid nästa besök' is not a diagnosis")

# ===========================================================================
# build + validate
# ===========================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204",
         "NL205", "NL206"}
SKANE_PROTECTED_TEMPLATES = {"Tidiga hypoteser"}
VGR_PROTECTED_KEYWORDS = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return total % 10 == 0


def in_2024(s):
    return isinstance(s, str) and s.startswith("2024-")


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if set(c) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, sorted(c)))
            continue
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errors.append("%s: why must be one line" % where)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            errors.append("%s: record keys %s" % (where, sorted(r)))
            continue
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            errors.append("%s: patient keys" % where)
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p["id"])
        if not m:
            errors.append("%s: personnummer format %r" % (where, p["id"]))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
                errors.append("%s: personnummer does not match birth_date" % where)
            if not luhn_ok(p["id"][2:8] + p["id"][9:]):
                errors.append("%s: personnummer fails Luhn" % where)
        if not in_2024(r["as_of"]):
            errors.append("%s: as_of not in 2024" % where)
        birth = dt.date.fromisoformat(p["birth_date"])
        ids = set()
        systems = {}
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (where, sorted(n)))
                continue
            if n["id"] in ids:
                errors.append("%s: duplicate note id" % where)
            ids.add(n["id"])
            systems[n["id"]] = n
            if not in_2024(n["time"]):
                errors.append("%s: note time not in 2024" % where)
            if n["signed"] is not None:
                if not in_2024(n["signed"]) or n["signed"] < n["time"]:
                    errors.append("%s: bad signed time" % where)
            if n["time"] > r["as_of"] or (n["signed"] and n["signed"] > r["as_of"]):
                errors.append("%s: note after as_of" % where)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR notes are Melior" % where)
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system %r" % (where, n["system"]))
            t = dt.date.fromisoformat(n["time"][:10])
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15:
                errors.append("%s: patient aged 13-15" % where)
            if not n["sections"]:
                errors.append("%s: note without sections" % where)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errors.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != name:
                            errors.append("%s: sentence also in %s: %r" % (where, sentences[sent], sent))
                        elif sent in sentences:
                            errors.append("%s: sentence repeated in the case: %r" % (where, sent))
                        sentences[sent] = name
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % where)
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    errors.append("%s: bad %s item %r" % (where, lst, item))
                    continue
                code, nid = item
                if code not in CODES:
                    errors.append("%s: unknown code %s" % (where, code))
                if nid not in ids:
                    errors.append("%s: target %s does not exist" % (where, nid))
                    continue
                if (code, nid) in seen:
                    errors.append("%s: %s on %s asserted twice" % (where, code, nid))
                seen.add((code, nid))
                note = systems[nid]
                if code == "NL101" and note["system"] == "PMO":
                    errors.append("%s: NL101 asserted on a PMO note" % where)
                if code == "NL102" and lst == "must" and note["system"] == "PMO":
                    errors.append("%s: NL102 must on a PMO note" % where)
                protected = (note["template"] in SKANE_PROTECTED_TEMPLATES if c["ruleset"] == "skane"
                             else all(s["keyword"] in VGR_PROTECTED_KEYWORDS for s in note["sections"]))
                if lst == "must" and code in ("NL101", "NL102") and protected:
                    errors.append("%s: %s must on a fully protected note" % (where, code))
    return errors


def main():
    cases = [expand(c) for c in CASES]
    errors = validate(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s)" % len(errors), file=sys.stderr)
        return 1
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    print("%d cases written to %s" % (len(cases), OUT))
    for code in sorted(counts):
        print("  %s  must %3d  must_not %3d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
