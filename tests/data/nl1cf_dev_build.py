#!/usr/bin/env python3
"""nl1cf_dev_cases: independent gold cases for notelint (NL1/NL2), theme surgical specialties.

General surgery, orthopaedics, gynaecology and obstetrics, urology and ENT surgery:
pre-operative assessments, operation notes with frozen sections and findings,
post-operative ward notes, pathology awaited or arrived, complications suspected and
ruled out, and what the patient was told before and after surgery.

Dependency-free, deterministic. `python3 build.py` writes nl1cf_dev_cases.jsonl beside
this file and validates it; exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1cf_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "kir_mas": ("Kirurgiska kliniken, avdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-0K31"),
    "kirmott_lund": ("Kirurgmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-0K12"),
    "brost_lund": ("Bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-0B44"),
    "kir_hbg": ("Kirurgavdelning 25, Helsingborgs lasarett", "SE2321000255-0H25"),
    "kir_csk": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-0C17"),
    "kir_ystad": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-0Y08"),
    "obes_ystad": ("Obesitasmottagningen, Ystads lasarett", "SE2321000255-0Y19"),
    "dagkir_trbg": ("Dagkirurgiska enheten, Trelleborgs lasarett", "SE2321000255-0T03"),
    "orto_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-0O52"),
    "orto_lund": ("Ortopediska kliniken, avdelning 34, Skånes universitetssjukhus Lund", "SE2321000255-0O34"),
    "orto_hbg": ("Ortopedavdelningen, Helsingborgs lasarett", "SE2321000255-0H61"),
    "kvk_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-0G21"),
    "gyn_csk": ("Gynekologiska akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-0C40"),
    "forl_hbg": ("Förlossningsavdelningen, Helsingborgs lasarett", "SE2321000255-0H70"),
    "forl_csk": ("Förlossning och BB, Centralsjukhuset Kristianstad", "SE2321000255-0C45"),
    "uro_mas": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-0U11"),
    "onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-0N09"),
    "onh_hbg": ("ÖNH-mottagningen, Helsingborgs lasarett", "SE2321000255-0H33"),
    "barnkir_lund": ("Barnkirurgiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-0P14"),
    "anest_mas": ("Anestesimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-0A02"),
    # Region Skåne, PMO (primary care)
    "vc_soder": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-1V27"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-1V41"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-1V58"),
    "hsv_eslov": ("Hemsjukvården Eslöv", "SE2321000255-1H06"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-1U12"),
    "bvc_landskrona": ("BVC Landskrona", "SE2321000255-1B30"),
    # Västra Götalandsregionen, Melior
    "kir_su": ("Avdelning 36, Kirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4K36"),
    "kirmott_ostra": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4K10"),
    "orto_mdl": ("Ortopedavdelning 2, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E4O02"),
    "ortmott_mdl": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E4O20"),
    "kvk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4G05"),
    "forl_nal": ("Förlossningsavdelningen, NU-sjukvården NÄL", "SE2321000131-E7F01"),
    "bb_nal": ("BB-avdelningen, NU-sjukvården NÄL", "SE2321000131-E7F03"),
    "smvc_nal": ("Specialistmödravården, NU-sjukvården NÄL", "SE2321000131-E7F09"),
    "uro_sks": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E9U04"),
    "uro_su": ("Urologavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4U31"),
    "onh_su": ("Öron-näsa-hals-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4N12"),
    "onh_nal": ("ÖNH-avdelningen, NU-sjukvården NÄL", "SE2321000131-E7N02"),
    "kir_sas": ("Kirurgavdelning 62, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E6K62"),
    "orto_kung": ("Ortopedavdelningen, Kungälvs sjukhus", "SE2321000131-E5O11"),
    "gyn_alingsas": ("Gynekologmottagningen, Alingsås lasarett", "SE2321000131-E8G02"),
    "kir_alingsas": ("Kirurgkliniken, Alingsås lasarett", "SE2321000131-E8K01"),
    "dagkir_lkp": ("Dagkirurgiska enheten, Lidköpings sjukhus", "SE2321000131-E9D07"),
    "barnkir_dsbus": ("Barnkirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E4P27"),
    "kir_udd": ("Kirurgavdelningen, Uddevalla sjukhus", "SE2321000131-E7K14"),
    "orto_sks": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E9O09"),
    "obes_ostra": ("Obesitasmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4K55"),
}

SYSTEMS = {"M": "Melior", "P": "PMO"}


def _ts(s, day=None):
    """'2024-03-05 09:40' -> ISO; 'HH:MM' -> same day as `day`."""
    if s is None:
        return None
    if len(s) == 5:
        s = day + " " + s
    d, t = s.split(" ")
    return "%sT%s:00" % (d, t)


def N(nid, sysc, template, unit, author, role, time, signed, setting, sections, refs=()):
    day = time.split(" ")[0]
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": SYSTEMS[sysc],
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": _ts(time),
        "signed": _ts(signed, day),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, rs, born, sex, notes, must, must_not, why):
    CASES.append(dict(name=name, rs=rs, born=born, sex=sex, notes=notes,
                      must=must, must_not=must_not, why=why))


def T(x):
    """Assertion shorthand: 'NL102' -> ('NL102','n1'); tuples pass through."""
    return list(x) if isinstance(x, (tuple, list)) else [x, "n1"]


# =========================================================================== cases
# ---------------------------------------------------------------- A: NL102 positives
C("kir-misstankt-anastomoslackage-dag4", "skane", "1951-07-22", "M", [
    N("n1", "M", "Daganteckning", "kir_mas", "Johan Lindqvist", "läkare", "2024-03-05 09:40", "10:55", "slutenvård", [
        ("Aktuellt", "Dag 4 efter laparoskopisk högersidig hemikolektomi för coecumcancer. Feber 38,6 under natten, tilltagande buksmärta. CRP 212, igår 98. Ingen gasavgång sedan igår kväll."),
        ("Status", "Påverkad, AF 24, puls 112 reg. Buk: diffust öm, défence i höger fossa. Op-såren torra."),
        ("Bedömning", "Misstänkt anastomosläckage."),
        ("Åtgärd", "DT buk med iv kontrast akut. Fasta, Pip/Taz 4 g x 3. Bakjour Strand informerad och ser pat efter DT."),
    ])], ["NL102"], [], "Suspected anastomotic leak ('Misstänkt') in the assessment of a visible Melior ward note.")

C("bb-trolig-sarinfektion-efter-sectio", "vgr", "1993-02-14", "F", [
    N("n1", "M", "Läkaranteckning", "bb_nal", "Sara Nilsson", "läkare", "2024-05-17 10:05", "11:20", "slutenvård", [
        ("Aktuellt", "Dag 5 efter akut kejsarsnitt pga värksvaghet. Ssk noterade rodnad och lätt vätskande sår vid morgonens omläggning."),
        ("Status", "Temp 37,9. Rodnad ca 2 cm runt vänstra sårvinkeln, lätt serös sekretion, ingen fluktuation. Uterus väl kontraherad, lochia normala."),
        ("Bedömning", "Trol. ytlig sårinfektion."),
        ("Åtgärd", "Sårodling tagen. Heracillin 1 g x 3 i 7 dagar, förenligt med amning. Ny bedömning imorgon."),
    ])], ["NL102"], [], "Abbreviated hedge 'Trol.' on a post-caesarean wound infection in a visible Melior note (VGR).")

C("orto-dvt-kan-ej-utelsutas-typo", "vgr", "1946-11-03", "F", [
    N("n1", "M", "Läkaranteckning", "orto_mdl", "Ahmed Karimi", "läkare", "2024-02-08 13:15", "14:02", "slutenvård", [
        ("Aktuellt", "Postop dag 3 efter total höftplastik vänster. Svullen och öm vänster vad, omkrets 3 cm mer än höger. Afebril."),
        ("Bedömning", "Djup ventrombos vänster underben kan inte utelsutas."),
        ("Planering", "Ultraljud venöst imorgon bitti. Innohep i behandlingsdos i väntan på svar, profylaxdosen ersätts."),
    ])], ["NL102"], [], "'kan inte uteslutas' hedge on postoperative DVT, with a realistic typo 'utelsutas'.")

C("uro-misstankt-prostatacancer-mottagning", "skane", "1957-09-30", "M", [
    N("n1", "M", "Mottagningsanteckning", "uro_mas", "Per-Olof Hansson", "läkare", "2024-04-11 09:00", "12:30", "öppenvård", [
        ("Anamnes", "Remiss från vårdcentral pga PSA 14 vid kontroll, tidigare 6,2 för två år sedan. Lätta nattliga miktioner, i övrigt inga besvär."),
        ("Status", "Palp: förstorad prostata med hård knöl i vänster lob, ej fixerad."),
        ("Bedömning", "Misstänkt prostatacancer."),
        ("Planering", "MR prostata, därefter riktade biopsier. Pat informerad om utredningsgången och att svaret kommer via kontaktsjuksköterska."),
    ])], ["NL102"], ["NL101"], "Suspected prostate cancer in a visible urology note; patient told about the work-up, so no NL101.")

C("gyn-fryssnitt-invasiv-cancer-kan-ej-uteslutas", "vgr", "1968-05-19", "F", [
    N("n1", "M", "Operationsberättelse", "kvk_ostra", "Karin Bergström", "läkare", "2024-03-14 11:50", "15:10", "slutenvård", [
        ("Operationsindikation", "Komplex cystisk resistens vänster ovarium 9 cm, CA-125 74."),
        ("Operationsförlopp", "Laparoskopi, konvertering till nedre medellinjesnitt. Vänster adnex med intakt cysta exstirperad och skickad för fryssnitt. Höger ovarium och uterus makroskopiskt ua. Peritoneum slätt, ingen ascites, oment ua."),
        ("Fryssnitt", "Borderlinetumör, serös typ. Invasiv cancer kan ej uteslutas i fryssnittet."),
        ("Fortsättning", "Enligt preop överenskommelse med pat görs ingen utvidgad op. Bukväggen sluten skiktvis, intrakutan sutur."),
        ("Planering", "Definitivt PAD inväntas, tas upp på gyn-onkologisk MDK."),
    ])], ["NL102"], [], "Frozen section that cannot exclude invasive cancer, written in a visible operation note.")

C("onh-peritonsillit-fragetecken-utkast", "skane", "1998-08-08", "M", [
    N("n1", "M", "Läkaranteckning", "onh_lund", "Elin Mårtensson", "läkare", "2024-01-21 23:10", None, "akutmottagning", [
        ("Aktuellt", "Halsont 5 dagar, tilltagande sväljsvårigheter, grötigt tal, gapar 2 tvärfingrar. Höger tonsill framskjuten, uvula deviation åt vänster."),
        ("Åtgärd", "Punktion i lokalbedövning utan utbyte av pus."),
        ("Bedömning", "Peritonsillit höger? DD tonsillit med kraftig svullnad."),
        ("Planering", "Kåvepenin 1,6 g x 3 i 10 dagar, ny kontroll på ÖNH-akuten imorgon."),
    ])], ["NL102"], [], "Question-mark hedge 'Peritonsillit höger?' with DD in an unsigned draft (pre-signing).")

C("kir-dd-divertikulit-tumor-sigmoideum", "skane", "1955-12-01", "F", [
    N("n1", "M", "Mottagningsanteckning", "kir_ystad", "Magnus Öberg", "läkare", "2024-06-03 14:20", "16:45", "öppenvård", [
        ("Aktuellt", "Återbesök efter vårdtillfälle för vänstersidig buksmärta. DT vid inläggningen visade förtjockad tarmvägg i sigmoideum över 6 cm med omgivande fettstrimmighet. Mår nu bra, normala avföringsvanor."),
        ("Bedömning", "DD divertikulit, tumör i sigmoideum."),
        ("Planering", "Koloskopi om 6 veckor när inflammationen lagt sig."),
    ])], ["NL102"], [], "Differential diagnosis 'DD divertikulit, tumör' in a visible surgical outpatient note.")

C("akutkir-sannolikt-appendicit", "vgr", "2001-04-27", "F", [
    N("n1", "M", "Inskrivningsanteckning", "kir_sas", "Oskar Lind", "läkare", "2024-07-13 19:25", "20:10", "slutenvård", [
        ("Anamnes", "Periumbilikal smärta sedan i morse som vandrat till höger fossa. Illamående, kräkts en gång. Senaste mens för två veckor sedan, ingen flytning."),
        ("Status", "Temp 38,1. Släppömhet och défence i höger fossa, Rovsing pos."),
        ("Lab", "LPK 14,2, CRP 38, U-hCG neg."),
        ("Bedömning", "Sannolikt akut appendicit."),
        ("Planering", "Laparoskopisk appendektomi ikväll, anmäld till op. Fasta, dropp, smärtlindring."),
    ])], ["NL102"], [], "'Sannolikt akut appendicit' before surgery: hedged diagnosis in a visible admission note.")

C("orto-ockult-scaphoideumfraktur", "skane", "1987-03-15", "M", [
    N("n1", "M", "Mottagningsanteckning", "orto_hlm", "Linnea Sjöberg", "läkare", "2024-02-26 10:40", "11:15", "öppenvård", [
        ("Anamnes", "Föll på utsträckt hand under innebandy för tre dagar sedan."),
        ("Status", "Öm i fossa tabatière och vid axial kompression av tummen. Rtg handled med navikulareserie utan säker frakturlinje."),
        ("Bedömning", "Ockult scaphoideumfraktur kan ej uteslutas."),
        ("Åtgärd", "Skafoidgips, ny rtg om 10–14 dagar, vid fortsatt oklarhet MR."),
    ])], ["NL102"], [], "Occult scaphoid fracture 'kan ej uteslutas' in a visible orthopaedic note.")

C("kir-missankt-koledokussten-typo", "vgr", "1949-10-10", "M", [
    N("n1", "M", "Läkaranteckning", "kir_alingsas", "Johanna Ek", "läkare", "2024-09-02 08:50", "09:35", "slutenvård", [
        ("Aktuellt", "Inkom med ikterus och ljusa avföringar, bilirubin 86, ALP 7,4. UL: gallsten, vidgad koledokus 11 mm."),
        ("Bedömning", "Missänkt koledokussten."),
        ("Planering", "MRCP, därefter ERCP. Fortsatt dropp, följer levervärden."),
    ])], ["NL102"], [], "Suspected common bile duct stone with a realistic typo 'Missänkt'.")

C("uro-mojlig-ureterskada-efter-hysterektomi", "vgr", "1972-01-29", "F", [
    N("n1", "M", "Konsultationsanteckning", "uro_su", "Henrik Sandberg", "läkare", "2024-04-04 15:30", "16:05", "slutenvård", [
        ("Aktuellt", "Konsult från gyn: dag 2 efter total abdominell hysterektomi. Ökande mängd klar vätska i dränet, dränvätskekreatinin 1 850 µmol/l jämfört med S-krea 74."),
        ("Bedömning", "Möjlig ureterskada vänster, DD blåsskada."),
        ("Åtgärd", "DT urografi idag. KAD kvar. Vid bekräftad skada avlastning med nefrostomi eller JJ-kateter."),
    ])], ["NL102"], [], "Possible ureteric injury after hysterectomy ('Möjlig', DD) in a visible urology consult.")

C("obst-trol-ablatio-placentae", "skane", "1990-06-06", "F", [
    N("n1", "M", "Läkaranteckning", "forl_hbg", "Maria Holm", "läkare", "2024-10-12 03:20", "05:55", "slutenvård", [
        ("Aktuellt", "Omföderska v 34+2, inkommer med plötslig buksmärta och mörk vaginal blödning ca 100 ml. Uterus hård och öm, CTG med nedsatt variabilitet och sena decelerationer."),
        ("Bedömning", "Trol. partiell ablatio placentae."),
        ("Åtgärd", "Akut kejsarsnitt, larm. Blodgruppering och BAS-test, 2 enheter reserverade. Neonatal jour tillkallad."),
    ])], ["NL102"], [], "Probable placental abruption ('Trol.', Latin term) in a visible obstetric note.")

C("kir-paralytisk-ileus-ev-adherensileus", "vgr", "1940-02-18", "M", [
    N("n1", "M", "Daganteckning", "kir_udd", "Fredrik Åberg", "läkare", "2024-11-07 11:00", "12:40", "slutenvård", [
        ("Aktuellt", "Dag 6 efter öppen sigmoideumresektion. Fortsatt illamående, kräktes 400 ml galla i natt, uppspänd buk, sparsamma tarmljud."),
        ("Röntgen", "DT buk: vidgade tunntarmsslyngor utan tydlig kaliberväxling."),
        ("Bedömning", "Paralytisk ileus, ev. adherensileus."),
        ("Åtgärd", "V-sond, fasta, elektrolytkorrektion. Ny bedömning i eftermiddag."),
    ])], ["NL102"], [], "Affirmed ileus plus an 'ev.'-hedged adhesive obstruction in a visible ward note.")

C("kir-lungemboli-misstanke-sedan-avskriven", "vgr", "1963-03-09", "F", [
    N("n1", "M", "Läkaranteckning", "kir_su", "Emir Hadžić", "läkare", "2024-08-18 02:45", "03:30", "slutenvård", [
        ("Aktuellt", "Tillkallad pga akut dyspné hos pat dag 2 efter pankreatikoduodenektomi. Saturation 88 % på luft, puls 124, BT 105/70. Lungauskultation: rena andningsljud bilat."),
        ("Bedömning", "Misstanke om lungemboli."),
        ("Åtgärd", "DT lungartärer akut, syrgas 3 l. Behandlingsdos LMH diskuteras med operatör pga blödningsrisk, avvaktar DT-svar först."),
    ]),
    N("n2", "M", "Daganteckning", "kir_su", "Axel Rönn", "läkare", "2024-08-18 09:30", "10:15", "slutenvård", [
        ("Aktuellt", "Nattens DT lungartärer utan embolier. Misstanken om lungemboli avskrivs."),
        ("Bedömning", "Basala atelektaser bilat förklarar hypoxin. Andningsgymnastik med PEP-flaska, mobilisering."),
    ])], [("NL102", "n1")], [("NL102", "n2")],
    "Multi-note: night note suspects pulmonary embolism (n1); morning note says the suspicion is dropped (n2).")

C("brost-misstankt-brostcancer-pat-informerad", "skane", "1966-04-02", "F", [
    N("n1", "M", "Mottagningsanteckning", "brost_lund", "Anna-Karin Wallin", "läkare", "2024-03-19 13:00", "15:20", "öppenvård", [
        ("Anamnes", "Söker för knöl i vänster bröst sedan en månad."),
        ("Undersökningar", "Mammografi och UL: 18 mm oregelbunden förändring kl 2, BI-RADS 4c. Axill ua."),
        ("Bedömning", "Misstänkt bröstcancer vänster."),
        ("Åtgärd", "Mellannålsbiopsi tagen under UL. Pat informerad om att vi misstänker cancer och att svaret kommer inom en vecka; kontaktsjuksköterska Lena ringer."),
    ])], ["NL102"], ["NL101"], "Suspected breast cancer shared with the patient: still a hedged diagnosis in Melior, but not NL101.")

C("orto-laggradig-protesinfektion-fragetecken", "vgr", "1950-08-25", "M", [
    N("n1", "M", "Mottagningsanteckning", "ortmott_mdl", "Gustav Falk", "läkare", "2024-05-08 10:10", "11:00", "öppenvård", [
        ("Anamnes", "Knäprotes höger 2022. Senaste halvåret vilovärk och svullnad, ingen feber."),
        ("Lab", "CRP 28, SR 52."),
        ("Bedömning", "Låggradig protesinfektion?"),
        ("Planering", "Ledpunktion för odling och LPK i ledvätska, antibiotikafritt i minst 2 veckor innan."),
    ])], ["NL102"], [], "Question-marked periprosthetic infection in a visible orthopaedic outpatient note.")

C("gyn-misstankt-x-gravditet-typo", "skane", "1995-11-11", "F", [
    N("n1", "M", "Läkaranteckning", "gyn_csk", "Sofia Lundgren", "läkare", "2024-02-02 21:15", "22:40", "akutmottagning", [
        ("Anamnes", "Vecka 6+3 enligt SM. Ensidig smärta höger fossa sedan igår, sparsam brunaktig blödning."),
        ("Undersökningar", "hCG 1 840. VUL: ingen intrauterin graviditet, 2 cm resistens intill höger ovarium, lite fri vätska i fossa Douglasi."),
        ("Bedömning", "Misstänkt extrauterin gravditet höger."),
        ("Åtgärd", "Laparoskopi ikväll, pat informerad och samtycker."),
    ])], ["NL102"], [], "Suspected ectopic pregnancy with a realistic typo 'gravditet' in the diagnosis word.")

C("barnkir-torsion-kan-ej-uteslutas-sedan-hydatid", "vgr", "2013-09-14", "M", [
    N("n1", "M", "Läkaranteckning", "barnkir_dsbus", "Ida Wennberg", "läkare", "2024-06-22 05:10", "05:40", "akutmottagning", [
        ("Aktuellt", "10-årig pojke vaknade kl 04 med plötslig smärta i vänster testikel, kräkts en gång. Mamma med."),
        ("Status", "Vänster testikel högt stående, tvärställd och mycket öm. Kremasterreflex saknas vänster."),
        ("Bedömning", "Torsio testis vänster kan inte uteslutas."),
        ("Åtgärd", "Akut skrotal exploration, föräldrar informerade om ingreppet och om risken att testikeln inte går att rädda."),
    ]),
    N("n2", "M", "Operationsberättelse", "barnkir_dsbus", "Ida Wennberg", "läkare", "2024-06-22 07:30", "08:45", "slutenvård", [
        ("Operationsförlopp", "Skrotal exploration vänster i narkos. Testikeln normalt färgad, ingen torsion av funikeln. Torkverad och nekrotisk hydatid Morgagni exstirperad. Höger sida inte explorerad."),
        ("Information", "Mamma och pappa informerade efter ingreppet om att testikeln var frisk."),
    ])], [("NL102", "n1")], [("NL102", "n2")],
    "Child (guardians read): torsion 'kan inte uteslutas' pre-op (n1), torsion excluded at exploration (n2).")

C("kir-trol-inklamt-ljumskbrack-utkast", "skane", "1938-05-05", "M", [
    N("n1", "M", "Läkaranteckning", "kir_csk", "Nils Persson", "läkare", "2024-12-02 17:05", None, "akutmottagning", [
        ("Anamnes", "Känt ljumskbråck höger sedan flera år som gått att reponera. Sedan 6 timmar fast, ömt och kräkningar."),
        ("Status", "Hårt, ömt bråck 5 cm i höger ljumske, går ej att reponera. Buken lätt uppspänd."),
        ("Bedömning", "Trol. inklämt ljumskbråck med risk för tarmischemi."),
        ("Åtgärd", "Akut operation ikväll, anmäld prio 2."),
    ])], ["NL102"], [], "Probably incarcerated inguinal hernia ('Trol.') in an unsigned emergency draft.")

C("onh-fryssnitt-follikular-cancer-kan-inte-uteslutas", "vgr", "1979-07-07", "F", [
    N("n1", "M", "Operationsberättelse", "onh_su", "Ola Engström", "läkare", "2024-09-24 12:15", "14:50", "slutenvård", [
        ("Operationsindikation", "Hemityreoidektomi vänster pga 3 cm nodulus, cytologi Bethesda IV."),
        ("Operationsförlopp", "Recurrensnerven identifierad och bevarad, nervmonitorering med normal signal efter resektion. Bisköldkörtlar vänster identifierade och lämnade med god cirkulation."),
        ("Fryssnitt", "Follikulär neoplasi. Follikulär cancer kan inte uteslutas på fryssnitt."),
        ("Avslutning", "Enligt plan ingen totalektomi i samma seans. Hemostas, sårdränage, intrakutan sutur."),
    ])], ["NL102"], [], "Thyroid frozen section where follicular cancer cannot be excluded, in a visible ENT op note.")

C("kir-sannoligt-kolecystit-typo", "skane", "1977-12-24", "F", [
    N("n1", "M", "Inskrivningsanteckning", "kir_hbg", "Hanna Ljung", "läkare", "2024-08-05 16:40", "18:00", "slutenvård", [
        ("Anamnes", "Smärta under höger arcus sedan igår efter fet middag, strålar mot skulderbladet. Feber 38,4."),
        ("Status", "Murphys tecken pos."),
        ("Lab", "CRP 146, LPK 13,8, leverprover normala."),
        ("Bedömning", "Sannoligt akut kolecystit, UL imorgon bitti."),
        ("Planering", "Tazocin, fasta efter midnatt inför ev. akut kolecystektomi."),
    ])], ["NL102"], [], "Probable acute cholecystitis with a realistic typo 'Sannoligt'.")

C("forl-misstankt-preeklampsi", "vgr", "1989-03-30", "F", [
    N("n1", "M", "Läkaranteckning", "forl_nal", "Lovisa Grahn", "läkare", "2024-04-28 14:30", "15:15", "slutenvård", [
        ("Aktuellt", "Förstföderska v 36+1, remitterad från MVC pga BT 156/102 och huvudvärk sedan två dagar. U-sticka protein 2+."),
        ("Bedömning", "Misstänkt preeklampsi."),
        ("Åtgärd", "Preeklampsiprover, CTG, BT var 30:e min. Labetalol vid BT över 160/110 enligt PM."),
    ])], ["NL102"], [], "Suspected pre-eclampsia in a visible obstetric note.")

C("gyn-postmenopausal-blodning-hyperplasi-trol", "skane", "1954-10-16", "F", [
    N("n1", "M", "Mottagningsanteckning", "kvk_lund", "Camilla Rydén", "läkare", "2024-05-14 09:30", "10:50", "öppenvård", [
        ("Anamnes", "Blödning i 3 veckor, 8 år efter menopaus."),
        ("Undersökningar", "VUL: endometriet 11 mm oregelbundet."),
        ("Bedömning", "Endometriehyperplasi, trol. utan atypi, men malignitet inte säkert utesluten."),
        ("Åtgärd", "Endometriebiopsi (Pipelle) tagen. Hysteroskopi om otillräckligt material."),
    ])], ["NL102"], [], "Hyperplasia 'trol. utan atypi' and malignancy 'inte säkert utesluten': hedged, visible.")

C("barnorto-suprakondylar-fraktur-fragetecken", "skane", "2018-02-11", "F", [
    N("n1", "M", "Läkaranteckning", "orto_lund", "Viktor Holmgren", "läkare", "2024-07-02 17:30", "18:05", "akutmottagning", [
        ("Anamnes", "6-årig flicka som ramlade från klätterställningen på förskolan, fallet sågs av två pedagoger."),
        ("Status", "Svullen, öm armbåge höger, radialispuls palpabel, sensorik och motorik ua i handen."),
        ("Röntgen", "Positivt fettkuddetecken, ingen synlig frakturlinje."),
        ("Bedömning", "Suprakondylär humerusfraktur? Odislocerad i så fall."),
        ("Åtgärd", "Gipsskena 90 grader, ny rtg om en vecka på barnortopedmottagningen. Pappa informerad."),
    ])], ["NL102"], ["NL202"], "Child's possible supracondylar fracture ('?'); witnessed fall is no child-abuse concern.")

C("orto-ssk-misstankt-postop-delirium", "skane", "1934-06-01", "F", [
    N("n1", "M", "Omvårdnadsanteckning", "orto_hbg", "Ulrika Borg", "sjuksköterska", "2024-01-09 04:15", "06:50", "slutenvård", [
        ("Natt", "Pat opererad igår för höftfraktur med hemiartroplastik. Från kl 01 orolig, förvirrad, plockar på PVK och tror att hon är hemma. Sat 93 %, temp 37,6."),
        ("Bedömning", "Misstänkt postoperativt delirium. Jourläkare kontaktad, ordinerat urinsticka och blodprover."),
        ("Åtgärd", "Extra tillsyn, personal vid sängen, dämpad belysning."),
    ])], ["NL102"], [], "Nurse's ward note with a suspected postoperative delirium: authorship does not matter.")

C("orto-dvt-fysio-misstanker-lakare-avskriver", "vgr", "1958-09-09", "M", [
    N("n1", "M", "Fysioterapianteckning", "orto_kung", "Jonas Wikström", "fysioterapeut", "2024-10-15 10:20", "11:00", "slutenvård", [
        ("Aktuellt", "Mobilisering dag 4 efter knäplastik vänster. Pat klagar på ömhet i vaden vid gång, vaden varm och mer svullen än igår."),
        ("Bedömning", "Misstänker djup ventrombos, mobiliseringen avbruten."),
        ("Åtgärd", "Ansvarig sjuksköterska och avdelningsläkare informerade. Cirkulationsövningar i sängen tills vidare."),
    ]),
    N("n2", "M", "Läkaranteckning", "orto_kung", "Patrik Sundin", "läkare", "2024-10-16 13:40", "14:10", "slutenvård", [
        ("Resultat", "Ultraljud vänster ben: ingen hållpunkt för djup ventrombos i ben eller bäcken."),
        ("Bedömning", "Svullnaden tolkas som postoperativt ödem. Innohep behandlingsdos sätts ut, åter till profylaxdos. Fri mobilisering."),
    ])], [("NL102", "n1")], [("NL102", "n2")],
    "Multi-note: physiotherapist suspects DVT (n1); next-day doctor's note rules it out (n2).")

C("dietist-ev-anastomosstriktur-efter-bypass", "vgr", "1985-01-17", "F", [
    N("n1", "M", "Dietistanteckning", "obes_ostra", "Maja Thörn", "dietist", "2024-03-27 13:00", "13:45", "öppenvård", [
        ("Aktuellt", "Telefonuppföljning 5 veckor efter gastric bypass. Kräks efter nästan varje måltid sedan en vecka, även efter puréad kost. Klarar ca 800 ml vätska/dygn."),
        ("Bedömning", "Intaget otillräckligt. Ev. anastomosstriktur."),
        ("Åtgärd", "Kontaktat operatör som bokar gastroskopi. Flytande kost och proteindrink tills vidare, vikten följs."),
    ])], ["NL102"], [], "Dietitian's note with an 'Ev.'-hedged anastomotic stricture after bypass surgery.")

C("uro-trol-urotelial-cancer-cystoskopi", "skane", "1948-08-12", "M", [
    N("n1", "M", "Mottagningsanteckning", "uro_mas", "Amir Rostami", "läkare", "2024-09-17 11:10", "12:00", "öppenvård", [
        ("Anamnes", "Makroskopisk hematuri vid två tillfällen. Röker 15 cig/dag."),
        ("Cystoskopi", "2 cm papillär tumör vid vänster uretärmynning, i övrigt ua slemhinna."),
        ("Bedömning", "Trol. urotelial cancer."),
        ("Planering", "TURB inom 2 veckor, DT urografi innan. Pat informerad om fyndet och planen, har frågor om rökningens betydelse och får råd att sluta."),
    ])], ["NL102"], ["NL101"], "Probable urothelial cancer ('Trol.') after cystoscopy, patient informed: NL102 only.")

C("onh-tonsillasymmetri-trlo-lymfom-typo", "vgr", "1971-12-12", "M", [
    N("n1", "M", "Mottagningsanteckning", "onh_su", "Petra Alm", "läkare", "2024-02-20 14:00", "16:30", "öppenvård", [
        ("Anamnes", "Remiss pga ensidig tonsillförstoring höger sedan 2 månader, inga halsont."),
        ("Status", "Hö tonsill förstorad, fast, ingen ulceration. Palpabel körtel regio II höger 2 cm."),
        ("Bedömning", "Trlo. lymfom, DD HPV-relaterad skivepitelcancer."),
        ("Planering", "Tonsillektomi höger för PAD samt finnålspunktion av körteln, bokas inom 1 vecka."),
    ])], ["NL102"], [], "Tonsil asymmetry: typo 'Trlo.' on the hedge, plus a DD of carcinoma.")

C("kir-leverlesion-mojligen-metastas", "skane", "1960-01-25", "M", [
    N("n1", "M", "Mottagningsanteckning", "kirmott_lund", "Erik Söderlund", "läkare", "2024-10-02 08:45", "10:30", "öppenvård", [
        ("Aktuellt", "Kontroll 1 år efter resektion av rektumcancer. DT thorax-buk: ny 14 mm lesion i leversegment 6, i övrigt ua."),
        ("Bedömning", "Lesionen är möjligen en metastas."),
        ("Planering", "MR lever med leverspecifikt kontrastmedel, tas upp på MDK. Pat informerad om fyndet och att vi ännu inte vet vad det är."),
    ])], ["NL102"], [], "Liver lesion 'möjligen en metastas' at cancer follow-up, visible Melior note.")

C("kir-misstankt-blodning-efter-kolecystektomi", "vgr", "1969-05-03", "F", [
    N("n1", "M", "Daganteckning", "kir_sas", "Malin Hedlund", "läkare", "2024-05-29 08:20", "09:05", "slutenvård", [
        ("Aktuellt", "Dag 1 efter laparoskopisk kolecystektomi. Hb 131 preop, 96 i morse. Takykard 110, yr vid uppsittning."),
        ("Undersökningar", "UL: fri vätska perihepatiskt och i höger flank."),
        ("Bedömning", "Misstänkt blödning från leverbädden eller cystikusartären."),
        ("Åtgärd", "Två påsar erytrocyter, tranexamsyra, anmäld till relaparoskopi."),
    ])], ["NL102"], [], "Suspected postoperative bleeding after cholecystectomy in a visible ward note.")

C("akut-kan-rora-sig-om-uretarsten-utkast", "skane", "1982-11-21", "M", [
    N("n1", "M", "Läkaranteckning", "kir_ystad", "Tobias Malm", "läkare", "2024-03-03 22:05", None, "akutmottagning", [
        ("Aktuellt", "Plötslig smärta i vänster flank med utstrålning mot ljumsken, kan inte ligga still. Mikroskopisk hematuri på sticka."),
        ("Bedömning", "Kan röra sig om uretärsten vänster."),
        ("Åtgärd", "Diklofenak 50 mg supp, DT urinvägar utan kontrast beställd."),
    ])], ["NL102"], [], "'Kan röra sig om' as a hedge on ureteric stone, unsigned draft.")

C("appendix-inte-otankbart-neuroendokrin-tumor", "vgr", "1996-06-15", "M", [
    N("n1", "M", "Operationsberättelse", "kir_alingsas", "Rasmus Dahl", "läkare", "2024-08-10 22:30", "2024-08-11 08:10", "slutenvård", [
        ("Operationsförlopp", "Laparoskopisk appendektomi, tre portar. Appendix lätt rodnad i basen, i spetsen en fast gulaktig förtjockning ca 1 cm. Ingen perforation, ingen pus. Appendix avdelad med Endoloop x 2 och extraherad i påse."),
        ("Bedömning", "Inte otänkbart att det rör sig om en neuroendokrin tumör i appendixspetsen. PAD får avgöra."),
    ])], ["NL102"], [], "Unusual hedge 'Inte otänkbart att det rör sig om' an appendiceal NET in an op note.")

C("dagkir-serom-eller-recidivbrack", "skane", "1975-04-04", "M", [
    N("n1", "M", "Mottagningsanteckning", "dagkir_trbg", "Karl Nyberg", "läkare", "2024-11-19 13:20", "13:50", "öppenvård", [
        ("Aktuellt", "Återbesök 4 veckor efter Lichtensteinplastik vänster. Mjuk, oöm resistens 4 cm under ärret som inte ändras vid krystning."),
        ("Bedömning", "Serom eller recidivbråck?"),
        ("Planering", "UL ljumske, återbesök därefter."),
    ])], ["NL102"], [], "Either-or with question mark (seroma or recurrent hernia) after hernia repair.")

C("orto-bedoms-som-trolig-frusen-skuldra", "vgr", "1967-02-28", "F", [
    N("n1", "M", "Mottagningsanteckning", "orto_sks", "Therese Öhman", "läkare", "2024-01-30 09:15", "10:00", "öppenvård", [
        ("Anamnes", "Smärta och stelhet i höger axel sedan 4 månader, uttalad nattvärk."),
        ("Status", "Passiv utåtrotation kraftigt nedsatt, 10 grader mot 60 vänster. Rtg utan artros eller förkalkning."),
        ("Bedömning", "Bedöms som trolig frusen skuldra, fas 2."),
        ("Planering", "Kortisoninjektion i leden, remiss till fysioterapeut. Operation inte aktuellt nu."),
    ])], ["NL102"], [], "'Bedöms som trolig' frozen shoulder in a visible orthopaedic note.")

C("gyn-endometrios-fragetecken", "skane", "1999-09-02", "F", [
    N("n1", "M", "Mottagningsanteckning", "kvk_lund", "Rebecka Nord", "läkare", "2024-04-23 15:10", "16:30", "öppenvård", [
        ("Anamnes", "Svår dysmenorré sedan menarche, djup dyspareuni och smärta vid defekation under mens. P-piller har hjälpt dåligt."),
        ("Status", "VUL: ömhet bakom cervix, inget endometriom."),
        ("Bedömning", "Endometrios?"),
        ("Planering", "Diagnostisk laparoskopi diskuterad, pat vill först pröva kontinuerlig gestagenbehandling i 3 månader."),
    ])], ["NL102"], [], "One-word question-mark diagnosis 'Endometrios?' in the assessment.")

C("psykolog-hetsatningsstorning-preop-obesitas-utkast", "skane", "1988-07-19", "F", [
    N("n1", "M", "Psykologanteckning", "obes_ystad", "Lina Bremer", "psykolog", "2024-02-15 10:00", None, "öppenvård", [
        ("Aktuellt", "Psykologbedömning inför planerad gastric sleeve. Pat beskriver perioder av kontrollförlust över ätandet, oftast kvällstid, med skam efteråt. Frekvensen är oklar, pat uppger 'någon gång i veckan'."),
        ("Bedömning", "Hetsätningsstörning kan inte uteslutas."),
        ("Planering", "Ätdagbok i 3 veckor och strukturerad intervju (EDE) vid nästa besök innan ställningstagande till operation."),
    ])], ["NL102"], [], "Psychologist's pre-bariatric assessment: binge-eating disorder 'kan inte uteslutas' (draft).")

C("uro-mojigen-epididymit-typo", "vgr", "1979-04-12", "M", [
    N("n1", "M", "Läkaranteckning", "uro_sks", "Daniel Brink", "läkare", "2024-06-14 15:45", "16:20", "öppenvård", [
        ("Aktuellt", "Svullnad och ömhet bakom höger testikel i 4 dagar efter vasektomi, subfebril."),
        ("Bedömning", "Möjigen epididymit, DD hematom efter ingreppet."),
        ("Åtgärd", "UL skrotum, urinodling, Ciprofloxacin i väntan på svar."),
    ])], ["NL102"], [], "Post-vasectomy epididymitis with a realistic typo 'Möjigen' plus a DD.")

C("onh-halskortel-suspekt-metastas", "skane", "1959-03-03", "M", [
    N("n1", "M", "Mottagningsanteckning", "onh_hbg", "Jesper Roos", "läkare", "2024-09-05 10:30", "11:45", "öppenvård", [
        ("Anamnes", "Oöm knöl på vänster halssida sedan 6 veckor, storrökare."),
        ("Undersökningar", "UL: 25 mm körtel regio III med nekrotiskt centrum, suspekt metastas. Finnålspunktion tagen."),
        ("Bedömning", "Malignitetsmisstanke, standardiserat vårdförlopp huvud-hals startat. Panendoskopi bokas."),
    ])], ["NL102"], [], "'suspekt metastas' and 'Malignitetsmisstanke' for a neck node in a visible ENT note.")

C("obst-misstankt-kvarvarande-placentavavnad", "skane", "1987-07-12", "F", [
    N("n1", "M", "Läkaranteckning", "forl_csk", "Oskar Ivarsson", "läkare", "2024-06-28 11:40", "12:25", "slutenvård", [
        ("Aktuellt", "Dag 9 efter vaginal förlossning. Ökande blödning med koagel sedan igår, lätt feber."),
        ("Undersökningar", "VUL: 2 x 3 cm ekogen struktur i kaviteten med genomblödning."),
        ("Bedömning", "Misstänkt kvarvarande placentavävnad."),
        ("Åtgärd", "Exeres i narkos idag, Doxyferm efteråt."),
    ])], ["NL102"], [], "Suspected retained placental tissue after delivery in a visible obstetric note.")

C("orto-cauda-equina-fragetecken", "skane", "1978-09-19", "M", [
    N("n1", "M", "Läkaranteckning", "orto_lund", "Mohammed Al-Sayed", "läkare", "2024-04-06 02:10", "02:55", "akutmottagning", [
        ("Aktuellt", "Känd diskbråckssjukdom L5–S1. Sedan igår tilltagande bensmärta bilat, domning i sätesregionen och svårt att kissa, resurin 650 ml."),
        ("Bedömning", "Cauda equina-syndrom?"),
        ("Åtgärd", "Akut MR ländrygg, ryggkirurg i bakjour informerad."),
    ])], ["NL102"], [], "Eponym-style syndrome with a question mark (cauda equina) in a visible emergency note.")

C("uro-fournier-kan-inte-uteslutas", "vgr", "1961-11-17", "M", [
    N("n1", "M", "Läkaranteckning", "uro_su", "Arvid Holst", "läkare", "2024-03-23 20:40", "21:30", "akutmottagning", [
        ("Aktuellt", "Diabetiker med 2 dygns svullnad och smärta i skrotum och perineum, feber 39,2."),
        ("Status", "Rodnad som breder ut sig mot ljumskarna, smärtan större än synfyndet, ingen säker krepitation."),
        ("Bedömning", "Fournier gangrän kan inte uteslutas."),
        ("Åtgärd", "Akut kirurgisk exploration och revision ikväll. Meropenem och klindamycin iv."),
    ])], ["NL102"], [], "Eponymous necrotising infection (Fournier) that 'kan inte uteslutas'.")

C("dagkir-perianal-abscess-fistel-fragetecken", "skane", "1990-12-09", "M", [
    N("n1", "M", "Operationsberättelse", "dagkir_trbg", "Alva Nyström", "läkare", "2024-10-25 09:50", "10:40", "dagkirurgi", [
        ("Operationsförlopp", "Incision av perianal abscess kl 7 i litotomiläge, ca 20 ml pus tömd och odlad. Kavitet urspolad, ingen tamponad. Vid palpation känns en möjlig inre mynning i linea dentata kl 6."),
        ("Bedömning", "Perianal abscess, incinderad. Fistel? Undersöks vid återbesök om 6 veckor."),
    ])], ["NL102"], [], "'Fistel?' after incision of a perianal abscess, visible day-surgery op note.")

C("obst-ev-cervixinsufficiens", "vgr", "1993-10-02", "F", [
    N("n1", "M", "Läkaranteckning", "forl_nal", "Johanna Lilja", "läkare", "2024-07-09 16:00", "16:40", "slutenvård", [
        ("Aktuellt", "Omföderska v 21+4 med känsla av tryck nedåt. VUL: cervixlängd 14 mm med trattbildning, inga kontraktioner på CTG."),
        ("Bedömning", "Ev. cervixinsufficiens."),
        ("Åtgärd", "Cerclage diskuteras med specialistmödravården, vaginalt progesteron insatt, sjukskrivning."),
    ])], ["NL102"], [], "'Ev.' hedging a diagnosis (cervical insufficiency) rather than an action.")

C("kir-pneumoni-fragetecken-telegrafisk", "skane", "1946-06-14", "M", [
    N("n1", "M", "Daganteckning", "kir_csk", "Sven Åkerlund", "läkare", "2024-09-13 10:05", "10:30", "slutenvård", [
        ("Aktuellt", "Postop dag 3 Hartmann. Feber 38,9, hosta, krepitationer hö basalt, sat 91%. Pneumoni? Rtg pulm, blododl x2, Tazocin fortsätter."),
    ])], ["NL102"], [], "Telegraphic single-section ward note with 'Pneumoni?' postoperatively.")

# ---------------------------------------------------------------- B: NL102 near misses (Melior)
C("kir-anastomoslackage-uteslutet-uvi", "skane", "1953-02-09", "M", [
    N("n1", "M", "Daganteckning", "kir_csk", "Mikael Friberg", "läkare", "2024-04-16 09:15", "10:20", "slutenvård", [
        ("Aktuellt", "Dag 5 efter främre resektion. Feber igår kväll 38,3, CRP 156."),
        ("Undersökningar", "DT buk med rektal kontrast: tät anastomos, ingen fri gas, ingen abscess. Urinodling med växt av E. coli."),
        ("Bedömning", "Anastomosläckage uteslutet. Febern förklaras av urinvägsinfektion."),
        ("Åtgärd", "Selexid 400 mg x 3 i 5 dagar. Fortsatt mobilisering och kostuppbyggnad."),
    ])], [], ["NL102"], "Leak ruled out ('uteslutet') and fever explained by an affirmed UTI: no hedged diagnosis.")

C("fysio-ingen-misstanke-dvt-efter-hoftprotes", "vgr", "1952-12-19", "F", [
    N("n1", "M", "Fysioterapianteckning", "orto_mdl", "Tove Ahlin", "fysioterapeut", "2024-03-06 14:10", "14:45", "slutenvård", [
        ("Aktuellt", "Dag 2 efter höftprotes höger. Lätt svullnad i hela benet, ingen ömhet i vaden, ingen värmeökning."),
        ("Bedömning", "Förväntad postoperativ svullnad, ingen misstanke om DVT."),
        ("Åtgärd", "Gång med rollator 2 x 40 m, trappträning imorgon. Högläge och cirkulationsövningar instruerade."),
    ])], [], ["NL102"], "Negated 'ingen misstanke om DVT' in a physiotherapist's note.")

C("ssk-inga-tecken-pa-sarinfektion", "skane", "1964-06-30", "F", [
    N("n1", "M", "Omvårdnadsanteckning", "kir_hbg", "Josefin Ek", "sjuksköterska", "2024-02-12 15:30", "15:50", "slutenvård", [
        ("Omvårdnad", "Omläggning av laparotomisåret. Såret läker fint, inga tecken på sårinfektion, huden runt oöm och utan rodnad. Nytt förband Mepore. Pat mobiliserad till stolen 3 gånger idag."),
    ])], [], ["NL102"], "Nurse's negation 'inga tecken på sårinfektion'.")

C("gyn-fryssnitt-teratom-benignt-informerad", "skane", "1975-08-08", "F", [
    N("n1", "M", "Operationsberättelse", "kvk_lund", "Jenny Holmér", "läkare", "2024-06-11 13:00", "16:10", "slutenvård", [
        ("Operationsförlopp", "Laparoskopisk salpingooforektomi höger pga 7 cm cysta med solid komponent. Fryssnitt: matur cystiskt teratom, ingen malignitet. Ingreppet avslutat utan utvidgning."),
        ("Information", "Efter uppvaknandet informerad om fryssnittssvaret och att inget mer behöver göras. Definitivt PAD skickas per brev."),
    ])], [], ["NL102", "NL101"], "Benign frozen section (dermoid, 'ingen malignitet') told to the patient after waking.")

C("kir-pad-flegmonos-appendicit-telefon", "vgr", "2004-02-27", "M", [
    N("n1", "M", "Telefonanteckning", "kir_udd", "Sanna Berg", "läkare", "2024-05-21 11:15", "11:25", "öppenvård", [
        ("Telefonkontakt", "PAD efter appendektomi 8/5: akut flegmonös appendicit, ingen malignitet. Pat uppringd och informerad, mår bra, såren läkta. Ingen ytterligare uppföljning."),
    ])], [], ["NL102", "NL101"], "Pathology arrived, confirms the diagnosis, patient phoned and told.")

C("gyn-extrauterin-graviditet-kan-uteslutas", "skane", "1997-01-30", "F", [
    N("n1", "M", "Läkaranteckning", "gyn_csk", "Amanda Sjödin", "läkare", "2024-03-08 19:20", "20:05", "akutmottagning", [
        ("Anamnes", "Vecka 7+1, lätt blödning och molvärk."),
        ("Undersökningar", "VUL: intrauterin graviditet med CRL motsvarande 7+0 och positiv hjärtaktivitet. Sparsam blödning från cervix, inget koagel."),
        ("Bedömning", "Extrauterin graviditet kan uteslutas. Hotande missfall med levande intrauterin graviditet, åter vid ökad blödning."),
    ])], [], ["NL102"], "'kan uteslutas' (positive exclusion) is the near miss of 'kan ej uteslutas'.")

C("orto-fotled-inge-misstanke-om-fraktur-typo", "vgr", "1990-10-05", "M", [
    N("n1", "M", "Läkaranteckning", "orto_sks", "Rikard Hall", "läkare", "2024-12-14 16:20", "16:45", "akutmottagning", [
        ("Anamnes", "Vrickade höger fotled vid fotboll."),
        ("Status", "Öm över ATFL, ej över malleolspetsar eller basen av 5:e metatarsalen, kan belasta. Ottawa-kriterier ej uppfyllda, ingen rtg."),
        ("Bedömning", "Distorsion höger fotled, inge misstanke om fraktur."),
        ("Åtgärd", "Elastisk linda, belastning efter förmåga, balansövningar."),
    ])], [], ["NL102"], "Negated fracture with a realistic typo in the negation ('inge misstanke').")

C("uro-cystografi-tat-anastomos-pad-invantas", "skane", "1956-05-17", "M", [
    N("n1", "M", "Läkaranteckning", "uro_mas", "Josef Marić", "läkare", "2024-02-27 10:30", "11:05", "öppenvård", [
        ("Aktuellt", "Dag 7 efter robotassisterad radikal prostatektomi."),
        ("Undersökningar", "Cystografi: tät vesikouretral anastomos, inget kontrastläckage."),
        ("Åtgärd", "KAD avvecklas idag, bäckenbottenträning enligt fysioterapeutens program. PAD inväntas."),
    ])], [], ["NL102"], "Negative cystogram and 'PAD inväntas' (awaiting pathology) carry no hedged diagnosis.")

C("kir-ev-hemgang-imorgon", "vgr", "1981-09-27", "F", [
    N("n1", "M", "Daganteckning", "kir_sas", "Elias Norén", "läkare", "2024-06-19 09:10", None, "slutenvård", [
        ("Aktuellt", "Dag 1 efter laparoskopisk kolecystektomi för gallstensanfall. Mår bra, äter, smärta VAS 3. Såren ua."),
        ("Planering", "Ev. hemgång imorgon om smärtan fortsatt är under kontroll. Sjukskrivning 1 vecka."),
    ])], [], ["NL102"], "'Ev.' hedges the discharge, not a diagnosis (unsigned draft).")

C("ssk-dran-kan-trol-dras-imorgon", "skane", "1971-03-14", "F", [
    N("n1", "M", "Omvårdnadsanteckning", "kir_mas", "Helena Åkesson", "sjuksköterska", "2024-04-09 20:15", "20:40", "slutenvård", [
        ("Omvårdnad", "Dränet efter mastektomi har gett 45 ml senaste dygnet, serös vätska. Dränet kan trol. dras imorgon efter läkarens bedömning. Pat orolig inför att se ärret, erbjuds att titta tillsammans med ssk vid omläggningen."),
    ])], [], ["NL102"], "'trol.' about drain removal is a non-diagnostic hedge.")

C("arbetsterapeut-osakert-om-trappor", "vgr", "1939-11-27", "F", [
    N("n1", "M", "Arbetsterapianteckning", "orto_kung", "Karin Lund", "arbetsterapeut", "2024-11-12 13:30", None, "slutenvård", [
        ("Bedömning", "Bedömning inför hemgång efter höftfraktur. Bor i lägenhet 2 tr utan hiss. Osäkert om pat klarar trapporna själv första veckan."),
        ("Åtgärd", "Hembesök med pat planerat på torsdag, toalettförhöjning och griptång förskrivna."),
    ])], [], ["NL102"], "Occupational therapist's uncertainty about stairs is not a diagnosis (draft).")

C("kurator-mojligen-korttidsboende", "skane", "1936-07-18", "M", [
    N("n1", "M", "Kuratorsanteckning", "orto_hbg", "Birgitta Olsson", "kurator", "2024-01-24 14:00", "15:30", "slutenvård", [
        ("Samtal", "Samtal med pat och dotter efter höftoperationen. Pat bor ensam, hemtjänst 2 ggr/dag sedan tidigare. Möjligen behövs korttidsboende några veckor efter utskrivning, biståndshandläggare kontaktad. Pat vill helst hem."),
    ])], [], ["NL102"], "Social worker's 'Möjligen' about short-term care: a hedge not about a diagnosis.")

C("kir-telefon-pad-beraknas", "vgr", "1962-04-08", "M", [
    N("n1", "M", "Telefonanteckning", "kirmott_ostra", "Ann Lindahl", "sjuksköterska", "2024-07-04 10:05", "10:10", "öppenvård", [
        ("Kontaktorsak", "Pat ringer och undrar över PAD efter polypektomi; svar beräknas om 10–14 dagar, pat får besked per brev eller telefon."),
    ])], [], ["NL102", "NL101"], "One-line note: pathology pending, no diagnosis named, patient told when to expect it.")

C("kir-preop-information-om-risker", "skane", "1974-10-27", "F", [
    N("n1", "M", "Mottagningsanteckning", "kir_ystad", "Yusuf Demir", "läkare", "2024-02-06 14:40", "15:30", "öppenvård", [
        ("Operationsindikation", "Upprepade gallstensanfall, UL med multipla konkrement i gallblåsan."),
        ("Information", "Informerad om laparoskopisk kolecystektomi och riskerna: blödning, infektion, skada på gallgångar eller tarm, gallläckage samt att ingreppet kan behöva konverteras till öppen operation. Pat har förstått och önskar operation."),
        ("Planering", "Sätts upp på väntelista, beräknad op inom 3 månader."),
    ])], [], ["NL102"], "Consent information listing possible complications is not a hedged diagnosis.")

C("dagkir-hemgangsinfo-hor-av-dig-vid-feber", "vgr", "1983-07-07", "M", [
    N("n1", "M", "Omvårdnadsanteckning", "dagkir_lkp", "Emma Falk", "sjuksköterska", "2024-03-12 14:20", None, "dagkirurgi", [
        ("Utskrivning", "Opererad för navelbråck med nät i dag. Vaknat fint, kissat, ätit smörgås. Muntlig och skriftlig hemgångsinformation: hör av dig om du får feber, ökande rodnad, var eller ökande smärta i såret. Hämtas av sambo kl 15."),
    ])], [], ["NL102"], "Discharge advice about signs of infection; no diagnosis is hedged (draft).")

C("bb-patientfraga-med-fragetecken", "skane", "1994-12-03", "F", [
    N("n1", "M", "Barnmorskeanteckning", "forl_csk", "Nora Lind", "barnmorska", "2024-08-22 11:00", "11:30", "slutenvård", [
        ("BB", "Dag 2 efter vaginal förlossning, grad 2-bristning suturerad. Pat frågar: 'Hur länge ska jag vänta med att bada?' Svar: dusch går bra, bad först när blödningen avtagit. Amningen kommer igång, barnet suger bra."),
    ])], [], ["NL102"], "A question mark in the patient's question is not a diagnostic hedge.")

C("uro-hereditet-farbror-trol-prostatacancer", "vgr", "1970-05-25", "M", [
    N("n1", "M", "Mottagningsanteckning", "uro_sks", "Stefan Björk", "läkare", "2024-05-07 08:30", "09:10", "öppenvård", [
        ("Anamnes", "Kommer för PSA-kontroll inom organiserad prostatacancertestning. Inga miktionsbesvär."),
        ("Hereditet", "Far prostatacancer vid 64 års ålder, farbror trol. också, oklart."),
        ("Status", "Palp: liten, slät, oöm prostata."),
        ("Lab", "PSA 1,1."),
        ("Bedömning", "Normalt PSA och palpationsfynd, fortsatt testning enligt programmet."),
    ])], [], ["NL102"], "Hedged diagnosis about an uncle (family history), not about the patient.")

C("gyn-hereditet-syster-misstankt-ovarialcancer-benign", "skane", "1981-02-22", "F", [
    N("n1", "M", "Mottagningsanteckning", "kvk_lund", "Petra Vinter", "läkare", "2024-11-26 10:00", "12:15", "öppenvård", [
        ("Anamnes", "Remitterad för ställningstagande till riskreducerande kirurgi. Mor avled i ovarialcancer 58 år. Syster opererades i våras för misstänkt ovarialcancer, som vid PAD visade sig vara ett benignt cystadenom."),
        ("Utredning", "Genetisk testning på onkogenetiken: BRCA1-mutation påvisad hos pat."),
        ("Bedömning", "BRCA1-bärare, indikation för riskreducerande salpingooforektomi."),
        ("Planering", "Laparoskopisk bilateral salpingooforektomi, pat vill vänta till efter sommaren."),
    ])], [], ["NL102"], "Sister's past suspected cancer (family history, later benign): not the patient's hypothesis.")

C("kir-tidigare-misstankt-appendicit-normal-appendix", "vgr", "1986-08-31", "F", [
    N("n1", "M", "Mottagningsanteckning", "kirmott_ostra", "Hugo Lagerqvist", "läkare", "2024-09-10 13:30", "14:00", "öppenvård", [
        ("Tidigare sjukdomar", "Appendektomi 2009 pga misstänkt appendicit, appendix var normal. Kejsarsnitt 2017."),
        ("Aktuellt", "Remiss pga symtomgivande navelbråck, 2 cm bråckport, ömmar vid ansträngning."),
        ("Bedömning", "Navelbråck med operationsindikation."),
        ("Planering", "Öppen plastik med nät, dagkirurgi."),
    ])], [], ["NL102"], "Past history: a 2009 suspicion that was settled; the current diagnosis is affirmed.")

C("kir-utreddes-2020-gallsten-nu-ljumskbrack", "skane", "1966-12-06", "M", [
    N("n1", "M", "Mottagningsanteckning", "kir_ystad", "Martin Hägg", "läkare", "2024-07-23 11:20", "11:50", "öppenvård", [
        ("Aktuellt", "Utreddes 2020 för misstänkta gallstensanfall, UL normalt och besvären upphörde. Nu remiss för symtomgivande ljumskbråck vänster, bekräftat vid undersökning. Anmäls till TEP-plastik."),
    ])], [], ["NL102"], "Old settled suspicion in past history plus a confirmed hernia: short one-section note.")

C("orto-preop-hoftledsartros-bekraftad", "skane", "1949-09-13", "F", [
    N("n1", "M", "Preoperativ bedömning", "orto_lund", "Daniel Fors", "läkare", "2024-03-21 09:00", "11:10", "öppenvård", [
        ("Anamnes", "Höftsmärta vänster sedan 5 år, gångsträcka 300 m, nattvärk."),
        ("Status", "Inåtrotation 0 grader, flexion 90 grader, haltar."),
        ("Röntgen", "Uttalad artros vänster höftled med helt upphävd ledspringa."),
        ("Diagnos", "Primär höftledsartros vänster."),
        ("Information", "Genomgått risker med total höftplastik: infektion, luxation, benlängdsskillnad och blodpropp. Pat vill opereras."),
    ])], [], ["NL102"], "Pre-op assessment with an affirmed diagnosis and a list of risks.")

C("onh-tonsillektomi-barn-inga-tecken-pa-blodning", "vgr", "2018-04-30", "F", [
    N("n1", "M", "Telefonanteckning", "onh_nal", "Sofia Brandt", "sjuksköterska", "2024-09-09 08:05", "08:20", "öppenvård", [
        ("Kontaktorsak", "Mamma ringer dag 6 efter tonsillektomi, dottern spottade ut lite blodblandad saliv i morse."),
        ("Bedömning", "Ingen färsk blödning sedan dess, dricker och äter glass. Inga tecken på pågående blödning, vita beläggningar i tonsillogerna är normalt."),
        ("Åtgärd", "Mamma informerad om att åka direkt till akuten vid ny blödning, även liten."),
    ])], [], ["NL102"], "Child after tonsillectomy (guardian reads): bleeding negated.")

C("bb-sfinkterskada-grad-3b-bekraftad", "vgr", "1996-06-21", "F", [
    N("n1", "M", "Läkaranteckning", "bb_nal", "Alexandra Hedin", "läkare", "2024-01-05 07:30", "08:40", "slutenvård", [
        ("Aktuellt", "Förstföderska, vaginal förlossning med sugklocka pga värksvaghet i utdrivningsskedet."),
        ("Status", "Vid rektalpalpation och inspektion: sfinkterskada grad 3b med partiell ruptur av yttre analsfinktern."),
        ("Åtgärd", "Suturerad på operation i spinalanestesi, överlappsteknik. Cefuroxim och metronidazol engångsdos, laxantia."),
        ("Information", "Pat informerad om skadan och om vikten av att söka vid avföringsläckage. Uppföljning på bäckenbottenmottagningen om 3 månader."),
    ])], [], ["NL102"], "Obstetric anal sphincter injury stated as a fact, graded and told.")

C("orto-mr-utan-tecken-pa-cauda-equina", "skane", "1983-03-27", "F", [
    N("n1", "M", "Läkaranteckning", "orto_hbg", "Sara Wendt", "läkare", "2024-08-30 12:00", "12:40", "öppenvård", [
        ("Anamnes", "Ischias vänster sedan 3 veckor, nu även domningskänsla i vänster fot. Miktion och avföring normala, ingen ridbyxeanestesi."),
        ("Undersökningar", "Akut MR: mediolateralt diskbråck L4–L5 vänster utan tecken på cauda equina-kompression."),
        ("Bedömning", "Lumbalt diskbråck med rotpåverkan L5 vänster."),
        ("Planering", "Konservativ behandling, remiss fysioterapi, återbesök på ryggmottagningen om 6 veckor för ställningstagande till operation."),
    ])], [], ["NL102"], "MR 'utan tecken på' cauda equina compression: negated complication.")

C("kir-analfissur-en-rad", "vgr", "1992-08-14", "F", [
    N("n1", "M", "Mottagningsanteckning", "kir_alingsas", "Linnea Hultgren", "läkare", "2024-02-09 10:20", "10:25", "öppenvård", [
        ("Bedömning", "Kronisk analfissur kl 6 sedan 4 månader, Rectogesic utan effekt, bokas för botulinuminjektion."),
    ])], [], ["NL102"], "One-line note with an affirmed diagnosis.")

C("fysio-trol-klarar-hemgang-med-kryckor", "skane", "1952-04-22", "F", [
    N("n1", "M", "Fysioterapianteckning", "orto_hbg", "Isak Lindberg", "fysioterapeut", "2024-12-11 13:15", "13:40", "slutenvård", [
        ("Aktuellt", "Dag 2 efter knäprotes höger. Flexion 85 grader, extensionsdefekt 5 grader. Går med kryckkäppar 60 m och klarar trappa 1 trapplan med ledstång."),
        ("Bedömning", "Trol. klarar pat hemgång med kryckor imorgon, hemövningsprogram genomgånget och utdelat."),
    ])], [], ["NL102"], "'Trol.' about going home, in a physiotherapist's note: not a diagnosis.")

# ---------------------------------------------------------------- B2: PMO hedged (never NL102)
C("pmo-vc-misstankt-sarinfektion-efter-halseneop", "skane", "1979-06-09", "M", [
    N("n1", "P", "Besöksanteckning", "vc_soder", "Sara Ali", "läkare", "2024-04-30 10:15", "11:00", "öppenvård", [
        ("Aktuellt", "Opererad för hälseneruptur vänster för 3 veckor sedan på ortopeden SUS. Kommer för suturtagning."),
        ("Status", "Rodnad och lätt sekretion från distala delen av såret."),
        ("Bedömning", "Misstänkt ytlig sårinfektion."),
        ("Åtgärd", "Odling, Heracillin 1 g x 3 i 10 dagar. Suturerna får sitta kvar 3 dagar till, ortopeden informerad."),
    ])], [], ["NL102"], "PMO never shows diagnoses: suspected wound infection at a vårdcentral is not NL102.")

C("pmo-hemsjukvard-trol-trycksar-hal", "skane", "1931-10-22", "F", [
    N("n1", "P", "Hemsjukvårdsanteckning", "hsv_eslov", "Lena Hjort", "sjuksköterska", "2024-02-19 13:30", "14:10", "hemsjukvård", [
        ("Hembesök", "Hembesök 10 dagar efter utskrivning från ortopeden efter höftfraktur. Rodnad som inte bleknar vid tryck, 2 x 3 cm, över vänster häl. Trol. trycksår kategori 1."),
        ("Åtgärd", "Avlastning med hälskydd, vändschema diskuterat med hemtjänsten."),
    ])], [], ["NL102"], "PMO home-care note with a probable pressure ulcer: PMO hedges are must_not NL102.")

C("pmo-vc-missankt-uvi-efter-turp-typo", "skane", "1944-04-14", "M", [
    N("n1", "P", "Telefonkontakt", "vc_tomelilla", "Olle Jeppsson", "sjuksköterska", "2024-05-13 09:40", "09:55", "öppenvård", [
        ("Kontaktorsak", "Sveda och täta trängningar sedan 2 dagar, KAD borttagen för en vecka sedan efter TUR-P i Ystad."),
        ("Bedömning", "Missänkt urinvägsinfektion efter KAD-behandling."),
        ("Åtgärd", "Urinprov och odling lämnas idag, läkare bedömer behandling."),
    ])], [], ["NL102"], "PMO nurse note, typo 'Missänkt': PMO diagnoses are not shown, no NL102.")

C("pmo-um-misstankt-endometrit-efter-abort", "skane", "2006-05-05", "F", [
    N("n1", "P", "Besöksanteckning", "um_lund", "Jessica Ohlin", "barnmorska", "2024-10-07 15:20", "16:00", "öppenvård", [
        ("Aktuellt", "Medicinsk abort v 8 för 10 dagar sedan på kvinnokliniken. Nu ökande molvärk, illaluktande flytning, temp 38,0."),
        ("Bedömning", "Misstänkt endometrit efter abort."),
        ("Åtgärd", "Klamydia- och gonorréprov, remiss akut till gynjouren för undersökning och behandling."),
    ])], [], ["NL102"], "Youth clinic (PMO) hedged post-abortion endometritis: must_not NL102.")

C("pmo-bvc-ev-recidiv-ljumskbrack", "skane", "2023-08-19", "M", [
    N("n1", "P", "Besöksanteckning", "bvc_landskrona", "Therese Persson", "sjuksköterska", "2024-05-22 10:30", "11:10", "öppenvård", [
        ("Aktuellt", "Föräldrarna ser en bula i höger ljumske när pojken skriker, syns inte nu. Opererades för ljumskbråck höger vid 3 månaders ålder."),
        ("Bedömning", "Ev. recidiv?"),
        ("Åtgärd", "Remiss till barnkirurgen, föräldrar instruerade att söka akut om bulan blir hård och öm."),
    ])], [], ["NL102"], "Infant at BVC (PMO) with a questioned hernia recurrence: must_not NL102.")

C("pmo-vc-dvt-fragetecken-efter-artroskopi", "skane", "1973-01-08", "F", [
    N("n1", "P", "Besöksanteckning", "vc_hoor", "Fredrik Nord", "läkare", "2024-09-26 14:10", None, "öppenvård", [
        ("Aktuellt", "Knäartroskopi höger för 9 dagar sedan. Svullen, öm vad. Wells 2."),
        ("Bedömning", "DVT? D-dimer 1,8."),
        ("Åtgärd", "Remiss akut ultraljud idag, Innohep given en dos på mottagningen."),
    ])], [], ["NL102"], "PMO draft with 'DVT?': hedged but PMO, so no NL102.")

# ---------------------------------------------------------------- C: NL101 positives
C("onh-pad-tonsillcancer-ej-informerad", "skane", "1965-11-30", "M", [
    N("n1", "M", "Läkaranteckning", "onh_lund", "Sebastian Krantz", "läkare", "2024-03-26 16:00", "16:45", "öppenvård", [
        ("PAD", "PAD efter tonsillektomi höger: HPV-positiv skivepitelcancer, 14 mm."),
        ("Bedömning", "Tonsillcancer höger, tas upp på huvud-halskonferensen tisdag."),
        ("Information", "Pat ännu inte informerad om PAD-svaret. Kallas till läkarbesök med kontaktsjuksköterska torsdag för besked."),
    ])], ["NL101"], ["NL102"], "Pathology arrived (tonsil cancer) in a visible note, patient not yet told.")

C("gyn-opberattelse-fryssnitt-serost-cancer-ej-informerad", "vgr", "1957-02-04", "F", [
    N("n1", "M", "Operationsberättelse", "kvk_ostra", "Lena Forsberg", "läkare", "2024-10-09 13:10", "15:00", "slutenvård", [
        ("Operationsförlopp", "Medellinjesnitt. Ascites 500 ml, utbredd karcinos på oment och diafragma höger. Bilaterala ovarialtumörer."),
        ("Fryssnitt", "Höggradig serös cancer."),
        ("Åtgärd", "Enligt preop samtycke görs endast biopsier och omentbiopsi, ingen primär debulking."),
        ("Information", "Pat är inte informerad om fryssnittssvaret. Operatören informerar på uppvakningsavdelningen när pat är vaken och klar, helst med maken närvarande."),
    ])], ["NL101"], [], "Op note with malignant frozen section; patient not told yet.")

C("kir-levermetastaser-vet-annu-inte", "skane", "1959-08-14", "M", [
    N("n1", "M", "Operationsberättelse", "kir_mas", "Jonas Ekholm", "läkare", "2024-05-16 12:40", "14:55", "slutenvård", [
        ("Operationsförlopp", "Planerad öppen höger hemikolektomi för coecumcancer. Vid exploration multipla små metastaser i båda leverloberna, som inte syntes på preop DT. Biopsi från segment 3."),
        ("Fryssnitt", "Metastas av adenocarcinom."),
        ("Fortsättning", "Hemikolektomin genomförd enligt plan pga blödande tumör. Ileokolisk anastomos sida-sida med stapler."),
        ("Information", "Pat vet ännu inte om levermetastaserna. Besked ges av operatören på avdelningen imorgon efter MDK-anmälan."),
    ])], ["NL101"], [], "Unexpected liver metastases at surgery, 'Pat vet ännu inte' in a visible op note.")

C("uro-skelettmetastaser-besked-ej-per-telefon", "vgr", "1945-06-29", "M", [
    N("n1", "M", "Läkaranteckning", "uro_sks", "Mats Lindén", "läkare", "2024-08-27 15:20", "15:50", "öppenvård", [
        ("Aktuellt", "Känd prostatacancer Gleason 4+4, hormonbehandlad sedan 2022. Stigande PSA 4 → 19 på 3 mån."),
        ("Resultat", "Skelettscint: multipla nytillkomna metastaser i kotpelare och bäcken."),
        ("Bedömning", "Kastrationsresistent prostatacancer med skelettmetastaser."),
        ("Planering", "Pat har inte fått beskedet. Det ska inte lämnas per telefon; läkarbesök med kontaktssk bokas till 3/9."),
    ])], ["NL101"], [], "New bone metastases documented; patient 'har inte fått beskedet'.")

C("kir-ventrikelcancer-dottern-ber-att-inte-beratta", "skane", "1939-04-17", "F", [
    N("n1", "M", "Läkaranteckning", "kir_csk", "Oscar Widell", "läkare", "2024-06-05 14:00", None, "slutenvård", [
        ("Aktuellt", "Explorativ laparoskopi igår: peritoneal karcinos, ventrikeltumören inte resektabel. PAD från peritoneum: adenocarcinom av diffus typ."),
        ("Samtal", "Dottern ringde och bad att mamman inte ska få veta att det är cancer. Pat har ännu inte informerats. Förklarat för dottern att pat har rätt till information om hon önskar. Samtal med pat, med dottern närvarande om pat vill, planeras imorgon förmiddag."),
    ])], ["NL101"], [], "Relative asks that the patient not be told; patient not yet informed of gastric cancer (draft).")

C("orto-sarkommisstanke-vill-invanta-biopsi", "vgr", "1984-10-31", "M", [
    N("n1", "M", "Mottagningsanteckning", "ortmott_mdl", "Lars Bergkvist", "läkare", "2024-04-17 11:30", "12:20", "öppenvård", [
        ("Undersökningar", "MR vänster lår pga tilltagande resistens: 8 cm djup heterogen tumör i m. vastus lateralis."),
        ("Bedömning", "Misstänkt mjukdelssarkom."),
        ("Planering", "Mellannålsbiopsi på sarkomcentrum. Pat är ej informerad om sarkommisstanken, vi vill invänta biopsisvaret innan vi säger något."),
    ])], ["NL101", "NL102"], [], "Hedged sarcoma suspicion in a visible note, explicitly withheld from the patient.")

C("brost-dcis-ej-infomerad-typo", "vgr", "1963-07-21", "F", [
    N("n1", "M", "Läkaranteckning", "kirmott_ostra", "Cecilia Åström", "läkare", "2024-11-04 12:10", "12:30", "öppenvård", [
        ("PAD", "Mellannålsbiopsi höger bröst: duktal cancer in situ, höggradig."),
        ("Planering", "Pat ännu inte infomerad, besök hos bröstkirurg bokat 8/11."),
    ])], ["NL101"], [], "DCIS result, patient not told, with a realistic typo 'infomerad'.")

C("ssk-melanom-besked-ej-givet-vid-ljumskbracksop", "skane", "1976-03-18", "M", [
    N("n1", "M", "Omvårdnadsanteckning", "kir_hbg", "Maria Jönsson", "sjuksköterska", "2024-07-11 14:45", "15:20", "slutenvård", [
        ("Omvårdnad", "Pat inlagd för laparoskopisk ljumskbråcksplastik. Frågade på ronden om svaret på leverfläcken som togs bort på vårdcentralen för 3 veckor sedan. PAD har kommit till oss via remiss och visar malignt melanom, Breslow 1,2 mm. Läkaren har inte hunnit ge besked, pat hänvisad till läkarsamtal imorgon kl 10."),
    ])], ["NL101"], [], "Nurse documents a melanoma result that the doctor has not yet disclosed to the patient.")

C("gyn-pad-endometriecancer-ska-inte-informeras-forran", "skane", "1961-05-09", "F", [
    N("n1", "M", "Läkaranteckning", "kvk_lund", "Ingrid Carlsson", "läkare", "2024-04-15 08:40", None, "öppenvård", [
        ("PAD", "PAD från hysteroskopi 2/4: endometrioid endometriecancer grad 1."),
        ("Planering", "Obs! Pat ska inte informeras om PAD förrän vid besöket 22/4 då kontaktsjuksköterskan kan vara med. Pat har uttryckt oro för att få besked per telefon."),
    ])], ["NL101"], [], "'ska inte informeras ... förrän': an embargo on a diagnosis written in a visible note (draft).")

C("kir-ipmn-invasiv-cancer-vantar-med-att-beratta", "vgr", "1950-02-07", "M", [
    N("n1", "M", "Läkaranteckning", "kir_su", "Linus Fager", "läkare", "2024-02-13 13:20", "14:00", "slutenvård", [
        ("Aktuellt", "Dag 3 efter Whipple för cystisk pankreastumör, preop bedömd som IPMN. Mobiliserad, dricker, mår efter omständigheterna bra."),
        ("PAD", "Snabbsvar: invasivt adenocarcinom utgånget från IPMN, 2,1 cm, 1 av 18 lymfkörtlar positiv."),
        ("Planering", "Vi väntar med att berätta om cancerfyndet tills pat återhämtat sig mer. Samtal med pat och hustru planerat fredag."),
    ])], ["NL101"], [], "'Vi väntar med att berätta' about an unexpected invasive cancer found in pathology.")

C("barnkir-wilms-foraldrar-ej-besked", "skane", "2019-03-12", "M", [
    N("n1", "M", "Läkaranteckning", "barnkir_lund", "Helena Sträng", "läkare", "2024-09-19 16:10", "16:50", "slutenvård", [
        ("Aktuellt", "5-åring opererad 12/9 med nefrektomi höger pga njurtumör. Äter och leker, såret fint."),
        ("PAD", "Nefroblastom (Wilms tumör), intermediär risk, stadium II."),
        ("Planering", "Föräldrarna har ännu inte fått PAD-beskedet; samtal med barnonkolog och barnkirurg bokat imorgon. Remiss till barnonkologen för postoperativ cytostatika."),
    ])], ["NL101"], [], "Child under 13: the guardians who read the journal have not been told the Wilms diagnosis.")

C("kir-peritoneala-metastaser-op-sedan-informerad", "vgr", "1958-12-28", "F", [
    N("n1", "M", "Operationsberättelse", "kir_sas", "Viktor Åhman", "läkare", "2024-03-20 15:40", "17:10", "slutenvård", [
        ("Operationsförlopp", "Laparoskopisk sigmoideumresektion planerad. Vid inspektion ett tiotal små vita noduli på peritoneum parietale och i lilla bäckenet. Biopsi med fryssnitt: peritoneal metastasering av adenocarcinom. Resektionen avbryts, ingen stomi."),
        ("Information", "Pat ej informerad ännu om fynden. Operatören tar samtalet imorgon förmiddag."),
    ]),
    N("n2", "M", "Daganteckning", "kir_sas", "Viktor Åhman", "läkare", "2024-03-21 11:20", "12:00", "slutenvård", [
        ("Samtal", "Informerad om fyndet av peritoneala metastaser och varför operationen avbröts, maken närvarande. Pat ledsen men samlad, ställde frågor om cytostatika. Kurator erbjuden och tackar ja."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "Multi-note: op note says not yet told (n1, breach as a note rule); next day she is told (n2).")

C("uro-ssk-telefon-biopsisvar-lamnas-ej-per-telefon", "skane", "1953-04-08", "M", [
    N("n1", "M", "Telefonanteckning", "uro_mas", "Åsa Nordin", "sjuksköterska", "2024-11-14 10:50", "11:05", "öppenvård", [
        ("Kontaktorsak", "Pat ringer och vill ha svaret på prostatabiopsierna."),
        ("Åtgärd", "PAD har inkommit: prostatacancer Gleason 4+5=9 i 8 av 12 biopsier. Enligt dr Rostamis ordination lämnas beskedet inte per telefon; pat har inte fått veta resultatet och erbjuds tid imorgon kl 13 med hustrun."),
    ])], ["NL101"], [], "Nurse's phone note records the cancer result and that the patient has not been told.")

# ---------------------------------------------------------------- D: NL101 near misses
C("kir-rektalcancer-besked-givet", "skane", "1953-09-19", "M", [
    N("n1", "M", "Mottagningsanteckning", "kirmott_lund", "Kristoffer Ahl", "läkare", "2024-02-22 13:30", "15:10", "öppenvård", [
        ("Aktuellt", "Återbesök för besked. PAD från rektoskopibiopsier: adenocarcinom. MR bäcken: T2N0."),
        ("Information", "Pat informerd om diagnosen rektalcancer och att MDK rekommenderar främre resektion utan förbehandling. Tog beskedet lugnt, hustrun med. Kontaktsjuksköterska Eva introducerad, Min vårdplan upprättad."),
    ])], [], ["NL101", "NL102"], "Cancer diagnosis given at the visit (typo 'informerd'): told, so no NL101.")

C("uro-njurcancer-pat-informerad-barnen-ej", "vgr", "1955-04-22", "M", [
    N("n1", "M", "Läkaranteckning", "uro_su", "Nadia Khalil", "läkare", "2024-07-30 09:45", "10:30", "öppenvård", [
        ("PAD", "Klarcellig njurcellscancer, 4,5 cm, radikalt exciderad efter partiell nefrektomi vänster."),
        ("Information", "Pat informerad om PAD vid dagens återbesök. Han vill själv berätta för sina vuxna barn och vill inte att de informeras av oss ännu."),
        ("Planering", "Uppföljning med DT thorax-buk om 6 mån."),
    ])], [], ["NL101"], "Relatives not informed at the patient's wish; the patient himself was told.")

C("orto-ej-informerad-om-ny-optid", "skane", "1968-06-16", "M", [
    N("n1", "M", "Telefonanteckning", "orto_lund", "Petra Mohlin", "sjuksköterska", "2024-05-03 15:10", None, "öppenvård", [
        ("Administrativt", "Pat står på väntelista för korsbandsrekonstruktion höger pga främre korsbandsruptur. Op-tiden 14/5 måste flyttas pga operatörens sjukdom. Pat ej informerad om den nya tiden ännu, ingen svarar — nytt försök imorgon förmiddag."),
    ])], [], ["NL101"], "'ej informerad' about a rescheduled operation date, not about a diagnosis (draft).")

C("kir-pad-ej-klart-besked-per-brev", "vgr", "1980-11-08", "F", [
    N("n1", "M", "Läkaranteckning", "kir_alingsas", "Felix Olander", "läkare", "2024-08-13 14:00", "14:20", "öppenvård", [
        ("Aktuellt", "Uppföljning 2 veckor efter laparoskopisk kolecystektomi. Såren läkta, mår bra."),
        ("Planering", "PAD ännu inte klart; pat informerad om att hon får svaret per brev och att inget besök behövs om svaret är normalt."),
    ])], [], ["NL101", "NL102"], "Pathology pending and no diagnosis named: nothing uncommunicated is visible.")

C("onh-larynxcancer-informerad-avbojer-detaljer", "skane", "1952-01-15", "M", [
    N("n1", "M", "Läkaranteckning", "onh_hbg", "Karolina Berg", "läkare", "2024-10-22 10:00", "11:15", "öppenvård", [
        ("PAD", "Laryngoskopi med biopsi: skivepitelcancer i vänster stämband, T1a."),
        ("Information", "Pat informerad om diagnosen och om att strålbehandling rekommenderas med god prognos. Han önskar inte gå igenom detaljer om stadium och överlevnadssiffror, vilket respekteras."),
        ("Planering", "Remiss onkologen."),
    ])], [], ["NL101"], "Patient told the diagnosis but declines details: not an uncommunicated diagnosis.")

C("gyn-preop-informerad-om-fryssnitt-och-utvidgning", "vgr", "1964-09-17", "F", [
    N("n1", "M", "Preoperativ bedömning", "gyn_alingsas", "Johanna Wall", "läkare", "2024-01-16 10:30", "11:40", "öppenvård", [
        ("Aktuellt", "8 cm multiloculär cysta höger ovarium, CA-125 31, RMI 93."),
        ("Information", "Informerad om att cystan tas bort med titthålsteknik och att fryssnitt tas under operationen. Om fryssnittet visar elakartade celler kan operationen utvidgas till borttagning av livmoder och båda äggstockar, vilket pat samtycker till."),
    ])], [], ["NL101"], "What the patient was told before surgery about frozen section and extension: no NL101.")

C("kir-lipom-informerad-via-tolk", "vgr", "1978-03-25", "M", [
    N("n1", "M", "Läkaranteckning", "kir_udd", "Sofie Bengtsson", "läkare", "2024-12-05 09:20", "09:50", "öppenvård", [
        ("Aktuellt", "Återbesök efter excision av 6 cm knöl på ryggen. Sår läkt."),
        ("PAD", "Lipom."),
        ("Information", "Informerad via tolk på dari om att förändringen var godartad och att ingen uppföljning behövs."),
    ])], [], ["NL101", "NL102"], "Benign pathology communicated through an interpreter.")

C("kir-duodenalskada-reop-informerad-om-komplikation", "vgr", "1955-07-12", "M", [
    N("n1", "M", "Daganteckning", "kir_sas", "Elsa Göransson", "läkare", "2024-09-28 10:40", "11:30", "slutenvård", [
        ("Aktuellt", "Dag 1 efter reoperation. Vid laparoskopisk kolecystektomi i förrgår uppstod en liten skada på duodenum som upptäcktes igår då pat fick peritonit; laparotomi och suturering igår kväll."),
        ("Information", "Pat och hustru informerade av operatören om komplikationen, hur den uppstått och vad reoperationen innebär. Händelsen är avvikelserapporterad och lex Maria-bedömning görs."),
    ])], [], ["NL101"], "A surgical complication disclosed to the patient and his wife.")

C("stomiterapeut-preop-loopileostomi-sannolikt", "skane", "1960-12-12", "M", [
    N("n1", "M", "Stomiterapeutanteckning", "kir_csk", "Annika Wiberg", "sjuksköterska", "2024-03-18 13:00", "13:50", "öppenvård", [
        ("Samtal", "Preop samtal inför främre resektion för rektalcancer. Pat informerad om att tillfällig loopileostomi sannolikt anläggs och om hur livet med stomi fungerar."),
        ("Åtgärd", "Stomiplacering markerad höger om naveln i sittande och stående."),
    ])], [], ["NL101", "NL102"], "'sannolikt' about constructing a stoma is a procedural hedge; patient fully informed.")

C("onh-stambandspolyp-benign-informerad", "vgr", "1974-05-04", "F", [
    N("n1", "M", "Läkaranteckning", "onh_su", "Ylva Sörensen", "läkare", "2024-05-31 13:10", "13:30", "öppenvård", [
        ("Telefonbesök", "Telefonbesök 2 veckor efter mikrolaryngoskopi med excision av polyp på höger stämband. PAD: benign stämbandspolyp, ingen dysplasi. Pat informerad om svaret och om röstvila ytterligare några dagar."),
        ("Bedömning", "Ingen misstanke om malignitet, ingen uppföljning behövs utöver logopedkontakt."),
    ])], [], ["NL102", "NL101"], "Benign result told by phone; malignancy negated.")

C("brost-pat-hade-last-svaret-pa-1177", "skane", "1975-01-26", "F", [
    N("n1", "M", "Mottagningsanteckning", "brost_lund", "Märta Hylander", "läkare", "2024-06-18 14:00", "15:40", "öppenvård", [
        ("Aktuellt", "Besök för besked om biopsisvaret. Pat hade redan läst PAD-svaret på 1177 kvällen innan: invasiv lobulär cancer vänster bröst, 15 mm."),
        ("Information", "Vi gick igenom vad svaret betyder och behandlingsplanen med sektorresektion och portvaktskörtel. Pat hade förberett frågor om strålbehandling som besvarades. Kontaktsjuksköterska deltog."),
    ])], [], ["NL101", "NL102"], "Patient had read the result on 1177 and then received it in person: communicated.")

# ---------------------------------------------------------------- E: NL104 positives
C("th-mall-utan-hypotes-exmaken", "skane", "1970-08-02", "F", [
    N("n1", "M", "Tidiga hypoteser", "kir_hbg", "Anders Lilja", "läkare", "2024-06-27 11:00", "11:10", "slutenvård", [
        ("Anteckning", "Pat vill inte att exmaken får någon information om vårdtillfället om han ringer avdelningen. Sekretessmarkering gjord i vårdsystemet."),
    ])], ["NL104"], ["NL102", "NL206"], "Tidiga hypoteser template used for a contact wish, with no diagnostic hypothesis.")

C("th-mall-operationsplanering", "skane", "1958-02-14", "M", [
    N("n1", "M", "Tidiga hypoteser", "orto_lund", "Daniel Fors", "läkare", "2024-03-07 16:20", None, "öppenvård", [
        ("Planering", "Operation planerad 14/3, fasta från midnatt, dusch med Descutan kvällen innan och på morgonen."),
    ])], ["NL104"], [], "Pre-op logistics written in the Tidiga hypoteser template (draft): no hypothesis.")

C("th-mall-rektalcancer-bekraftad-och-informerad", "skane", "1962-12-31", "F", [
    N("n1", "M", "Tidiga hypoteser", "kirmott_lund", "Kristoffer Ahl", "läkare", "2024-04-09 15:00", "15:20", "öppenvård", [
        ("Bedömning", "PAD bekräftar adenocarcinom i rektum. Pat och maka informerade 9/4 av kirurg och kontaktsjuksköterska."),
    ])], ["NL104"], ["NL101"], "Settled and communicated rectal cancer left in Tidiga hypoteser.")

C("vgr-th-sokord-informationsbehov", "vgr", "1944-05-28", "M", [
    N("n1", "M", "Daganteckning", "kir_su", "Axel Rönn", "läkare", "2024-01-18 10:30", "11:00", "slutenvård", [
        ("Aktuellt", "Dag 2 efter laparoskopisk sigmoideumresektion, mobiliserad, har börjat dricka."),
        ("Tidiga hypoteser", "Pat har svårt att ta till sig muntlig information och behöver allt skriftligt, ta med sonen vid viktiga samtal."),
    ])], ["NL104"], ["NL102"], "VGR Tidiga hypoteser sökord holding a communication need, not a hypothesis.")

C("vgr-th-njurcancer-besked-lamnat", "vgr", "1951-11-19", "M", [
    N("n1", "M", "Mottagningsanteckning", "uro_sks", "Mats Lindén", "läkare", "2024-09-05 10:15", "10:50", "öppenvård", [
        ("Aktuellt", "Återbesök 6 veckor efter robotassisterad nefrektomi höger. Såren läkta, åter i arbete."),
        ("Tidiga hypoteser", "Klarcellig njurcellscancer bekräftad i PAD. Besked lämnat till pat vid dagens besök, han är införstådd med uppföljningsprogrammet."),
    ])], ["NL104"], ["NL101"], "Confirmed and told kidney cancer kept under the Tidiga hypoteser sökord.")

C("vgr-th-svar-intubation", "vgr", "1977-10-08", "F", [
    N("n1", "M", "Operationsberättelse", "onh_nal", "Tobias Nygren", "läkare", "2024-04-19 11:30", "13:00", "dagkirurgi", [
        ("Operationsförlopp", "Septoplastik och konkotomi bilat utan komplikationer. Näsan tamponeras inte."),
        ("Tidiga hypoteser", "Svår intubation, Cormack-Lehane 3, lyckad med videolaryngoskop. Ska framgå vid framtida anestesier."),
    ])], ["NL104"], [], "Anaesthesia airway warning hidden under Tidiga hypoteser: no hypothesis at all.")

C("th-mall-brostcancer-besked-idag", "skane", "1972-06-09", "F", [
    N("n1", "M", "Tidiga hypoteser", "brost_lund", "Märta Hylander", "läkare", "2024-05-02 16:00", "16:30", "öppenvård", [
        ("Bedömning", "Pat har idag fått besked om bröstcancer vänster (PAD: invasiv duktal cancer, ER-positiv, HER2-negativ) och behandlingsplanen. Accepterar sektorresektion och portvaktskörtel."),
    ])], ["NL104"], ["NL101"], "Communicated breast-cancer diagnosis written in the Tidiga hypoteser template.")

C("th-mall-maligt-melanom-informerad-typo", "skane", "1969-04-26", "M", [
    N("n1", "M", "Tidiga hypoteser", "kir_ystad", "Yusuf Demir", "läkare", "2024-08-20 11:40", "12:00", "öppenvård", [
        ("Bedömning", "Pat informerad om PAD: maligt melanom 0,8 mm på ryggen. Utvidgad excision bokad."),
    ])], ["NL104"], [], "Told and settled melanoma in Tidiga hypoteser, with a realistic typo 'maligt'.")

# ---------------------------------------------------------------- F: NL104 near misses (proper hypotheses)
C("th-mall-misstankt-larynxrecidiv", "skane", "1956-03-22", "M", [
    N("n1", "M", "Tidiga hypoteser", "onh_lund", "Sebastian Krantz", "läkare", "2024-07-16 14:10", "14:40", "öppenvård", [
        ("Bedömning", "Misstänkt recidiv av larynxcancer i glottis vänster vid fiberskopi, slemhinnan ojämn. PET-DT beställd. Pat ej informerad om misstanken, vill först ha PET-svar."),
    ])], [], ["NL104", "NL102", "NL101", "NL206"], "Proper use: an uncommunicated hypothesis inside the Skåne Tidiga hypoteser template.")

C("vgr-th-kan-ej-utesluta-portaovervaxt", "vgr", "1953-06-04", "F", [
    N("n1", "M", "Preoperativ bedömning", "kir_su", "Linus Fager", "läkare", "2024-03-04 13:00", "14:15", "öppenvård", [
        ("Aktuellt", "Preop bedömning inför pankreasresektion. Mår väl, god funktionsnivå, ECOG 0."),
        ("Tidiga hypoteser", "Kan inte utesluta att tumören växer över på v. porta enligt radiologen. Avvaktar MDK innan detta tas upp med pat."),
        ("Planering", "Anmäld till MDK 12/3."),
    ])], [], ["NL104", "NL102", "NL101"], "VGR Tidiga hypoteser sökord with a genuine hypothesis; visible sections carry no hedge.")

C("th-mall-endometrois-vs-malignitet-typo", "skane", "1979-09-25", "F", [
    N("n1", "M", "Tidiga hypoteser", "kvk_lund", "Rebecka Nord", "läkare", "2024-10-03 12:30", "13:10", "öppenvård", [
        ("Bedömning", "Tveksam bild på MR: ev. djup endometrois i rektovaginala septum, DD malign process. Ny MR med rektal kontrast och gemensam bedömning med kolorektalkirurg innan pat informeras om misstanken."),
    ])], [], ["NL104", "NL102"], "Genuine hypothesis in Tidiga hypoteser, typo 'endometrois': neither misuse nor visible.")

C("vgr-th-myelom-fragetecken-hoftfraktur", "vgr", "1947-01-13", "M", [
    N("n1", "M", "Inskrivningsanteckning", "orto_kung", "Patrik Sundin", "läkare", "2024-02-21 22:40", None, "slutenvård", [
        ("Inskrivningsorsak", "Fall i hemmet, lårbenshalsfraktur höger, dislocerad (Garden IV). Planeras för hemiartroplastik imorgon."),
        ("Tidiga hypoteser", "Lågenergivåld och osteolytiska förändringar i trokanterregionen, myelom? Elfores och fria lätta kedjor tagna."),
    ])], [], ["NL104", "NL102"], "Question-marked myeloma hypothesis hidden under the VGR sökord; the visible fracture is affirmed.")

C("th-mall-psma-pet-trol-lymfkortelspridning", "skane", "1964-07-30", "M", [
    N("n1", "M", "Tidiga hypoteser", "uro_mas", "Amir Rostami", "läkare", "2024-06-26 09:30", "10:00", "öppenvård", [
        ("Bedömning", "Trol. spridning till regionala lymfkörtlar enl PSMA-PET, bedömningen osäker. Tas upp på MDK innan information till pat."),
    ])], [], ["NL104", "NL102", "NL101"], "Uncertain nodal spread kept in Tidiga hypoteser until MDK: proper use.")

C("vgr-th-malignitetsmisstanke-adnexresistens", "vgr", "1961-01-19", "F", [
    N("n1", "M", "Mottagningsanteckning", "gyn_alingsas", "Johanna Wall", "läkare", "2024-02-14 10:45", "12:00", "öppenvård", [
        ("Anamnes", "Remitterad för 10 cm adnexresistens höger, upptäckt vid UL pga bukspänning."),
        ("Tidiga hypoteser", "Malignitetsmisstanke: solida partier, ascites och CA-125 380. Vill inte skrämma pat innan DT är gjord, informeras vid besöket 28/2."),
        ("Planering", "DT thorax-buk, ny tid 28/2."),
    ])], [], ["NL104", "NL102", "NL101"], "Withheld suspicion of ovarian cancer placed correctly under the VGR Tidiga hypoteser sökord.")

# ---------------------------------------------------------------- G: NL2 protected content
C("gyn-symfyseolys-sambon-slog-synligt", "skane", "1992-04-18", "F", [
    N("n1", "M", "Mottagningsanteckning", "kvk_lund", "Moa Rehn", "läkare", "2024-03-01 13:40", "15:00", "öppenvård", [
        ("Anamnes", "Söker för kvarstående bäckensmärta efter förlossning. Vid frågan om våld berättar hon att sambon knuffade henne nedför trappan i vecka 20 och att han slagit henne flera gånger sedan dess."),
        ("Status", "Gyn us: ua, ömhet över symfysen."),
        ("Bedömning", "Symfyseolys."),
        ("Åtgärd", "Remiss till fysioterapeut. Kontaktuppgifter till kvinnofridsmottagningen lämnade."),
    ])], ["NL201"], [], "Partner violence disclosed at a gynaecology visit, documented in an ordinary visible note.")

C("gyn-valdtakt-maken-i-mall-vald", "skane", "1988-09-13", "F", [
    N("n1", "M", "Våld i nära relationer", "gyn_csk", "Therese Lindh", "läkare", "2024-08-07 02:30", "04:10", "akutmottagning", [
        ("Anamnes", "Söker akut för vaginal blödning efter samlag. Berättar i enrum att maken tvingat henne till samlag i natt och hållit fast henne."),
        ("Status", "Ytliga slemhinneskador i bakre kommissuren, blåmärken på båda överarmarna. Fotodokumentation enligt vårdprogrammet."),
        ("Åtgärd", "Erbjuden kurator och hjälp med polisanmälan, vill fundera. Skyddat boende diskuterat."),
    ])], [], ["NL201"], "Same kind of disclosure written in the Skåne 'Våld i nära relationer' template.")

C("smvc-rutinfraga-vald-forneka", "vgr", "1995-07-23", "F", [
    N("n1", "M", "Barnmorskeanteckning", "smvc_nal", "Hedda Lindblom", "barnmorska", "2024-02-27 09:00", "09:40", "öppenvård", [
        ("Inskrivning", "Inskrivning på specialistmödravården pga tidigare kejsarsnitt och typ 1-diabetes. Rutinfrågor om våld i nära relation ställda i enrum, hon förnekar all våldsutsatthet, nuvarande och tidigare."),
    ])], [], ["NL201"], "Routine violence screening with a negative answer: no violence documented.")

C("orto-radiusfraktur-maken-vred-armen", "vgr", "1980-02-16", "F", [
    N("n1", "M", "Läkaranteckning", "orto_sks", "Filip Granath", "läkare", "2024-02-04 21:10", None, "akutmottagning", [
        ("Aktuellt", "Distal radiusfraktur vänster, dorsalt felställd. Uppgav först att hon halkat, men berättar sedan att maken vridit om armen bakom ryggen under ett gräl."),
        ("Åtgärd", "Sluten reposition i hematomblockad, gipsskena. Kurator kontaktad."),
    ])], ["NL201"], [], "Fracture caused by the husband, written in a visible orthopaedic draft (VGR).")

C("vgr-sokord-valdsutsatthet-exmannen", "vgr", "1990-10-10", "F", [
    N("n1", "M", "Mottagningsanteckning", "kvk_ostra", "Hanna Westberg", "läkare", "2024-06-12 14:30", "15:00", "öppenvård", [
        ("Aktuellt", "Kontroll efter laparoskopisk excision av endometriom höger."),
        ("Status", "Såren läkta, oöm buk."),
        ("Våldsutsatthet i nära relationer", "Berättar att exmannen hotat henne via sms och dykt upp vid arbetsplatsen, har kontaktnummer till kvinnojouren."),
    ])], [], ["NL201"], "Threats from an ex-partner documented under the VGR protected sökord.")

C("onh-kakfraktur-misshandlad-av-okand", "skane", "1999-05-29", "M", [
    N("n1", "M", "Läkaranteckning", "onh_lund", "Elin Mårtensson", "läkare", "2024-11-03 03:40", "04:20", "akutmottagning", [
        ("Aktuellt", "Misshandlad av okänd man utanför en nattklubb, slag mot käken. Polisanmälan gjord av pat."),
        ("Undersökningar", "DT: odislocerad käkfraktur vänster corpus mandibulae."),
        ("Åtgärd", "Flytande kost 4 veckor, remiss käkkirurgen."),
    ])], [], ["NL201"], "Assault by a stranger is not violence in a close relationship.")

C("pmo-suturtagning-pojkvannen-slog", "skane", "2003-03-08", "F", [
    N("n1", "P", "Besöksanteckning", "vc_soder", "Jennie Sandell", "sjuksköterska", "2024-10-18 13:20", "13:45", "öppenvård", [
        ("Aktuellt", "Suturtagning, 5 suturer i pannan sydda på akuten i Malmö för 6 dagar sedan. Vid frågan hur det hände berättar hon att pojkvännen slog henne med en flaska. Såret läkt."),
    ])], ["NL201"], [], "PMO notes are visible too: partner violence in an ordinary vårdcentral note.")

C("pmo-revbensfrakturer-mall-vald", "skane", "1975-12-19", "F", [
    N("n1", "P", "Våld i nära relationer", "vc_hoor", "Fredrik Nord", "läkare", "2024-01-29 11:00", "11:50", "öppenvård", [
        ("Aktuellt", "Uppföljning av revbensfrakturer vänster sida. Berättar att hon fick dem när maken sparkade henne, har nu flyttat till sin syster."),
        ("Åtgärd", "Kontakt med kvinnofridssamordnare förmedlad."),
    ])], [], ["NL201"], "PMO 'Våld i nära relationer' template: hidden, so no NL201.")

C("barnorto-spiralfraktur-spadbarn-orosanmalan-synlig", "skane", "2023-11-02", "F", [
    N("n1", "M", "Läkaranteckning", "orto_lund", "Per Kronberg", "läkare", "2024-05-06 15:00", "16:20", "slutenvård", [
        ("Aktuellt", "6 månader gammal flicka med spiralfraktur i höger femur. Föräldrarna kan inte förklara hur skadan uppkommit, barnet kan inte krypa än."),
        ("Undersökningar", "Skelettröntgen visar även en läkande revbensfraktur."),
        ("Bedömning", "Misstanke om att barnet utsatts för våld, orosanmälan till socialtjänsten skickas idag. Barnskyddsteamet kontaktat."),
    ])], ["NL202"], [], "Suspected abuse of an infant and a report to social services in a visible note.")

C("barnkir-brannskada-mall-oro-for-barn", "skane", "2022-01-20", "M", [
    N("n1", "M", "Oro för att barn far illa", "barnkir_lund", "Helena Sträng", "läkare", "2024-03-12 10:30", "12:00", "slutenvård", [
        ("Bedömning", "2-åring med strumpformade brännskador på båda fotsulorna med skarp gräns. Föräldrarnas förklaring att han klev i badet stämmer dåligt med skademönstret. Orosanmälan gjord till socialtjänsten i Lund."),
    ])], [], ["NL202"], "Child-harm concern correctly placed in the Skåne 'Oro för att barn far illa' template.")

C("onh-barn-tonsill-orosanmalan-synlig", "vgr", "2017-06-11", "M", [
    N("n1", "M", "Mottagningsanteckning", "onh_su", "Jakob Persson", "läkare", "2024-03-15 09:30", "10:45", "öppenvård", [
        ("Aktuellt", "Bedömning inför tonsillektomi pga snarkning och andningsuppehåll. Mamma berättar att pappan låser in pojken i garderoben som straff och att han blir slagen. Orosanmälan gjord till socialtjänsten idag."),
        ("Status", "Tonsiller grad 4, i övrigt ua."),
        ("Bedömning", "Obstruktiv sömnapné, tonsillektomi planeras."),
    ])], ["NL202"], [], "Child abuse and a report to social services inside an ordinary ENT pre-op note (VGR).")

C("vgr-sokord-orosanmalan-efter-appendektomi", "vgr", "2016-08-08", "F", [
    N("n1", "M", "Mottagningsanteckning", "barnkir_dsbus", "Ida Wennberg", "läkare", "2024-10-21 13:00", "13:40", "öppenvård", [
        ("Aktuellt", "Uppföljning efter laparoskopisk appendektomi, såren läkta."),
        ("Orosanmälan gällande barn", "Flickan berättar för ssk att mammans sambo slår henne när mamman inte är hemma. Orosanmälan skickad till socialtjänsten i Mölndal."),
    ])], [], ["NL202"], "Child concern under the VGR sökord 'Orosanmälan gällande barn'.")

C("barnorto-trampolin-ingen-oro", "skane", "2015-04-04", "M", [
    N("n1", "M", "Läkaranteckning", "orto_lund", "Viktor Holmgren", "läkare", "2024-06-01 18:20", "18:50", "akutmottagning", [
        ("Aktuellt", "Underarmsfraktur vänster efter trampolinolycka, bevittnad av grannen."),
        ("Bedömning", "Skademekanismen stämmer med frakturen, inga andra skador, ingen oro för att barnet far illa."),
        ("Åtgärd", "Sluten reposition i narkos, gips ovan armbågen."),
    ])], [], ["NL202"], "Negated child concern with a plausible mechanism.")

C("pmo-hubs-i-vanlig-besoksanteckning", "skane", "2020-03-27", "F", [
    N("n1", "P", "Besöksanteckning", "bvc_landskrona", "Therese Persson", "sjuksköterska", "2024-04-16 09:00", "10:15", "öppenvård", [
        ("Aktuellt", "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem. Opererad för navelbråck 2022, ärret ua. Tillväxten följer kurvan. Tandstatus: karies i två molarer, remiss till tandvården."),
    ])], ["NL203"], [], "Health exam at the social board's request documented in an ordinary PMO template.")

C("pmo-hubs-i-ratt-mall", "skane", "2014-10-30", "M", [
    N("n1", "P", "Hälsoundersökning på begäran av socialnämnd (HUBS)", "vc_tomelilla", "Olle Jeppsson", "läkare", "2024-05-28 13:00", "14:30", "öppenvård", [
        ("Journalgenomgång", "Opererad för hypospadi 2016 och ljumskbråck 2018 på barnkirurgen i Lund, uppföljning avslutad."),
        ("Status", "Kroppsundersökning ua."),
        ("Psykisk hälsa", "Sover dåligt, oroar sig för mamma."),
    ])], [], ["NL203"], "HUBS in its own template: hidden, so no NL203.")

C("vgr-granne-hotar-synligt", "vgr", "1962-08-23", "M", [
    N("n1", "M", "Omvårdnadsanteckning", "kir_udd", "Camilla Sundström", "sjuksköterska", "2024-07-24 16:30", None, "slutenvård", [
        ("Aktuellt", "Inlagd för konservativ behandling av alkoholutlöst akut pankreatit."),
        ("Telefonsamtal", "Pats granne ringer avdelningen och vill vara anonym. Uppger att pat hotat att bränna ned hans hus och att han är rädd för vad som händer när pat kommer hem."),
        ("Åtgärd", "Avdelningschef informerad. Grannen rekommenderas att kontakta polisen."),
    ])], ["NL204"], [], "Threatening third-party information from a neighbour in a visible VGR note (draft).")

C("vgr-sokord-tredje-person-bror", "vgr", "1983-05-15", "M", [
    N("n1", "M", "Daganteckning", "orto_mdl", "Gustav Falk", "läkare", "2024-08-02 10:00", "10:40", "slutenvård", [
        ("Aktuellt", "Dag 1 efter osteosyntes av bimalleolär fotledsfraktur höger. Smärtlindrad, gipsskena."),
        ("Tredje person", "Pats bror berättar i enrum att pat hotat deras mamma med kniv förra veckan och ber att pat inte får veta att han berättat."),
    ])], [], ["NL204", "NL206"], "VGR 'Tredje person' sökord is filtered: no NL204, and no NL206 in VGR.")

C("vgr-dottern-berattar-om-matintag", "vgr", "1937-03-11", "F", [
    N("n1", "M", "Omvårdnadsanteckning", "kir_sas", "Linda Åkerman", "sjuksköterska", "2024-05-14 19:00", "19:20", "slutenvård", [
        ("Nutrition", "Dottern berättar att mamman ätit dåligt och gått ned 4 kg veckan före operationen, glömmer äta om ingen påminner. Nutritionsdryck 2 x 2 insatt, matregistrering startad."),
    ])], [], ["NL204"], "Harmless information from a relative is not harmful third-party information.")

C("vgr-enkelblind-natarm-synlig", "vgr", "1966-09-06", "M", [
    N("n1", "M", "Operationsberättelse", "kir_su", "Linus Fager", "läkare", "2024-10-30 12:00", "14:20", "slutenvård", [
        ("Operationsförlopp", "Medellinjelaparotomi för sigmoideumresektion. Fascian sluten med PDS enligt small bites-teknik."),
        ("Studie", "Pat ingår i enkelblind randomiserad studie om profylaktiskt nät vid bukväggsslutning och randomiserades till nätarmen; pat ska inte känna till allokeringen. Retromuskulärt nät 15 x 7 cm placerat."),
    ])], ["NL205"], [], "Single-blind trial allocation written in a visible VGR op note.")

C("vgr-sokord-enkelblind-knaplastik", "vgr", "1955-06-18", "F", [
    N("n1", "M", "Operationsberättelse", "orto_mdl", "Magnus Lövgren", "läkare", "2024-09-18 11:10", "13:30", "slutenvård", [
        ("Operationsförlopp", "Total knäplastik höger enligt standardteknik, cementerad."),
        ("Enkelblind prövning", "Randomiserad till lokal infiltrationsanalgesi med tillägg av dexametason (studiearm B). Pat blindad."),
    ])], [], ["NL205", "NL206"], "Allocation kept under the VGR sökord 'Enkelblind prövning'.")

C("vgr-tackar-nej-till-studie", "vgr", "1970-09-30", "M", [
    N("n1", "M", "Mottagningsanteckning", "kirmott_ostra", "Hugo Lagerqvist", "läkare", "2024-04-25 10:40", "11:05", "öppenvård", [
        ("Planering", "Ljumskbråck höger, anmäls för TEP-plastik. Tillfrågad om deltagande i studie om antibiotikaprofylax vid ljumskbråcksoperation, tackar nej. Opereras enligt klinikens rutin."),
    ])], [], ["NL205"], "Patient declined a study: no allocation to hide.")

C("skane-sokord-tredje-person-sonen", "skane", "1972-10-14", "M", [
    N("n1", "M", "Läkaranteckning", "kir_mas", "Karin Malmström", "läkare", "2024-04-02 14:10", "14:40", "slutenvård", [
        ("Aktuellt", "Dag 3 efter laparoskopisk fundoplikation, mår bra och äter mosad kost."),
        ("Tredje person", "Pats son berättar att pat gömmer spritflaskor hemma och kör bil berusad; sonen vill inte att pat får veta att uppgiften kommer från honom."),
    ])], ["NL206"], [], "Skåne does not filter the sökord 'Tredje person': the content is visible.")

C("skane-sokord-enkelblind-placeboartroskopi", "skane", "1957-11-05", "M", [
    N("n1", "M", "Operationsberättelse", "orto_lund", "Daniel Fors", "läkare", "2024-01-17 10:15", "12:00", "dagkirurgi", [
        ("Operationsförlopp", "Diagnostisk artroskopi höger axel via bakre portal, rotatorkuffen intakt."),
        ("Enkelblind prövning", "Inkluderad i enkelblind studie om subakromiell dekompression; allokerad till gruppen diagnostisk artroskopi enbart. Pat ska inte få veta allokeringen förrän vid 2-årsuppföljningen."),
    ])], ["NL206"], [], "Skåne note uses the sökord 'Enkelblind prövning', which Skåne does not filter.")

# ---------------------------------------------------------------- L: long mixed notes
C("lang-inskrivning-koloncancer-inga-fynd", "skane", "1947-10-04", "F", [
    N("n1", "M", "Inskrivningsanteckning", "kir_mas", "Karin Malmström", "läkare", "2024-03-10 14:00", "16:20", "slutenvård", [
        ("Inskrivningsorsak", "Planerad laparoskopisk högersidig hemikolektomi imorgon pga adenocarcinom i colon ascendens, T3N0M0 enligt DT. Beslut på kolorektal-MDK 22/2."),
        ("Anamnes", "Pat känner till sin diagnos sedan besöket på kirurgmottagningen i februari. Sökte vårdcentralen för trötthet och hade järnbristanemi med Hb 94. Koloskopi visade en cirkulär tumör i ascendens, biopsi adenocarcinom. Inga avföringsrubbningar, viktnedgång 3 kg på 3 månader."),
        ("Tidigare sjukdomar", "Hypertoni, hypotyreos. Opererad för ljumskbråck höger 1998 och hysterektomi 2004 pga myom. Inga kända hjärt- eller lungsjukdomar."),
        ("Hereditet", "Fadern dog i 70-årsåldern, trol. av tjocktarmscancer men det är oklart. Syster frisk."),
        ("Läkemedel", "Amlodipin 5 mg 1x1, Levaxin 100 µg 1x1, järntabletter sedan januari."),
        ("Allergi", "Inga kända läkemedelsallergier. Plåsterkänslig, får rodnad av vanlig tejp."),
        ("Omvårdnad", "Inskrivningssamtal med sjuksköterska genomfört, preoperativ dusch ikväll och i morgon bitti. Glasögon och hörapparat vänster följer med till operation."),
        ("Funktionsstatus", "Går promenader på 3–4 km dagligen, klarar två trappor utan att stanna. Sköter hushållet själv, kör bil."),
        ("Nutrition", "Äter normalt, vikt 64 kg, BMI 23. Nutritionsscreening utan risk. Förstått att hon ska dricka kolhydratdrycken två timmar före operationen."),
        ("Socialt", "Änka sedan 2 år, bor i villa i Bunkeflostrand, dottern bor nära och hjälper till. Aldrig rökt, alkohol sparsamt."),
        ("Status", "AT: gott. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm, ingen palpabel resistens. BT 142/84, puls 72."),
        ("Lab", "Hb 118 efter järnbehandling, krea 71, elstatus ua, CEA 3,1."),
        ("Anestesi", "Bedömd på anestesimottagningen 4/3: ASA 2, inga luftvägsproblem, planeras för generell anestesi med spinal morfin. EKG med sinusrytm utan ischemitecken. Blodgruppering och BAS-test tagna idag."),
        ("Bedömning", "Välmående 76-åring med koloncancer i ascendens, god funktionsnivå, ASA 2. Inga hinder för planerad operation."),
        ("Information", "Pat informerad om operationen, ERAS-förloppet, smärtlindring och risker som blödning, anastomosläckage, infektion och tromboembolism. Frågade om stomi; förklarat att det är ovanligt vid högersidig resektion. Ev. hemgång dag 3–4 om allt går bra."),
        ("Planering", "Fasta från midnatt, kolhydratdryck på morgonen, Fragmin 5 000 E kvällen efter op. Dottern vill bli uppringd efter operationen, telefonnummer finns i kontaktuppgifterna."),
    ])], [], ["NL102", "NL101"],
    "Long admission note: hedged family history, risk list, 'Ev. hemgång', diagnosis known to patient: no NL1 findings.")

C("lang-opberattelse-hoftrevision-misstankt-infektion", "vgr", "1944-04-02", "M", [
    N("n1", "M", "Operationsberättelse", "orto_mdl", "Magnus Lövgren", "läkare", "2024-04-24 14:10", "17:05", "slutenvård", [
        ("Operationsindikation", "Total höftplastik vänster 2016. Sedan ett år tilltagande ljumsk- och lårsmärta, vilovärk nattetid. Rtg visar radiolucenta linjer runt femurstammen i Gruen zon 1 och 7 samt osteolys i calcar. CRP 14, SR 38. Preoperativ ledpunktion gav sparsamt material, odlingarna negativa efter 14 dygn. Planerad enstegsrevision av femurkomponenten med vävnadsprover för odling."),
        ("Preoperativ information", "Pat informerades på mottagningen om att stammen ska bytas, att vävnadsprover tas under operationen och att antibiotikabehandlingens längd bestäms av odlingssvaren. Han har förstått att rehabiliteringen tar längre tid än efter den första operationen."),
        ("Anestesi", "Spinalanestesi med lätt sedering. Cloxacillin 2 g iv ges först efter att vävnadsproverna tagits."),
        ("Operationsförlopp", "Sidoläge höger. Bakre access i tidigare snitt, ärret excideras. Fascia lata öppnas, de korta utåtrotatorerna avlöses från trochanter major. Sparsamt grumlig ledvätska, ca 15 ml, skickas för odling och LPK. Kapseln kraftigt förtjockad med synovit. Luxation utan problem. Femurstammen sitter lös och kan extraheras för hand efter avlägsnande av caput. Cementmanteln spricker delvis, rester avlägsnas med ultraljudsinstrument och mejsel. Fem vävnadsbiopsier från membranet i femurkanalen och kapseln skickas separat i sterila burkar till odling, två till PAD. Cupen testas och sitter stabilt, inget synligt slitage av polyetenet, behålls. Linern byts. Kanalen rensas och spolas med 3 liter koksalt. Cementfri revisionsstam med distal fixation, längd 200 mm; provreposition med 36 mm caput ger god stabilitet och lika benlängd. Definitiv stam och caput i keramik. Reposition, stabil i 90 graders flexion och 30 graders inåtrotation."),
        ("Slutning", "Utåtrotatorer och kapsel refixeras transossöst. Fascia med Stratafix, subkutant Vicryl, huden med agraffer. Ingen drän. Blödning 900 ml."),
        ("Fynd", "Lös femurkomponent med omfattande membran och synovit, fast cup."),
        ("Bedömning", "Misstänkt låggradig protesinfektion som orsak till lossningen, DD aseptisk lossning. Svaren på vävnadsodlingarna avgör fortsatt antibiotikabehandling."),
        ("Postoperativ ordination", "Cloxacillin 2 g x 3 iv tills odlingssvar, Fragmin 5 000 E x 1 i 4 veckor. Full belastning med rollator. Rtg höft före mobilisering. Hb och CRP dag 1 och 3."),
    ])], ["NL102"], [], "Long revision op note: one hedged infection diagnosis in the assessment.")

C("lang-opberattelse-hysterektomi-fryssnitt-benignt", "skane", "1966-02-19", "F", [
    N("n1", "M", "Operationsberättelse", "kvk_lund", "Sanna Fridh", "läkare", "2024-09-11 12:30", "16:00", "slutenvård", [
        ("Operationsindikation", "Symtomgivande uterus myomatosus med rikliga blödningar och tyngdkänsla, Hb-fall till 98 trots järnbehandling. 8 cm fundusmyom med tillväxt senaste året enligt UL. Pat önskar hysterektomi. Enligt preop planering fryssnitt på myomet pga tillväxten."),
        ("Operationsförlopp", "Allmän anestesi. Ryggläge med benstöd, KAD. Pfannenstielsnitt. Uterus förstorad motsvarande 16 veckor med ett dominerande fundusmyom och flera mindre intramurala. Adnexa bilateralt makroskopiskt ua. Ingen ascites, peritoneum slätt, lever och oment palperas ua. Bilateral salpingektomi, ovarierna lämnas. Uterinkärlen ligeras, cervix friläggs och uterus avlägsnas i sin helhet utan morcellering. Vaginaltoppen sluts med fortlöpande sutur."),
        ("Fryssnitt", "Fryssnitt från fundusmyomet: leiomyom utan atypi, inga mitoser, ingen nekros. Ingen misstanke om leiomyosarkom."),
        ("Avslutning", "God hemostas, blödning 350 ml. Fascian med PDS, huden intrakutant."),
        ("Postoperativt", "Standardvårdprogram efter hysterektomi. KAD tas ut på morgonen dag 1, mobilisering på operationsdagens kväll. Trombosprofylax 7 dagar."),
        ("Information", "Pat informerad på uppvakningsavdelningen om att operationen gick som planerat och att fryssnittet visade ett godartat myom. Hon undrade om hon kommer i klimakteriet nu; förklarat att äggstockarna sitter kvar och fortsätter att fungera. Definitivt PAD skickas per brev, telefonkontakt om något oväntat skulle visa sig."),
        ("Uppföljning", "Sjukskrivning 4 veckor. Återbesök hos gynekolog endast vid besvär, uppföljande telefonsamtal med avdelningens sjuksköterska dag 2."),
    ])], [], ["NL102", "NL101"], "Long op note: benign frozen section, sarcoma negated, result told after surgery.")

C("lang-utskrivning-ralp-inga-tecken-pa-lackage", "vgr", "1959-09-07", "M", [
    N("n1", "M", "Utskrivningsanteckning", "uro_su", "Björn Ahlqvist", "läkare", "2024-06-13 11:00", "13:25", "slutenvård", [
        ("Diagnos", "Prostatacancer, Gleason 3+4, cT2a, behandlad med robotassisterad radikal prostatektomi 10/6."),
        ("Vårdförlopp", "Inkom planerat dagen före operationen. Ingreppet okomplicerat, blödning 200 ml, bilateral nervsparing. Mobiliserad operationsdagens kväll, åt fritt från dag 1. Smärtan väl kontrollerad med paracetamol och enstaka doser oxikodon. Tarmfunktionen kom igång dag 2. Hb stabilt 128 jämfört med 141 preop."),
        ("Komplikationer", "Ett feberskov dag 1 till 38,2 utan fokus, gick över spontant. Urinsticka utan nitrit. Dränvätskan sparsam och serös, kreatinin i dränvätska motsvarade serumnivå, således inga tecken på anastomosläckage. Dränet drogs dag 2."),
        ("Operationsfynd", "Normalstor prostata utan makroskopisk överväxt på sädesblåsor eller blåsbotten. Lymfkörtelutrymning gjordes inte enligt preoperativ riskbedömning."),
        ("Status vid utskrivning", "Opåverkad, afebril. Buken mjuk, portsåren torra och fina. KAD fungerar, klar urin."),
        ("Patientens frågor", "Pat undrade när han kan cykla och bada. Besked: cykling och bad först efter att katetern tagits bort, promenader så mycket som orkas. Bilkörning går bra när han kan sitta bekvämt och bromsa utan smärta."),
        ("Trombosprofylax", "Fragmininjektionerna startade kvällen efter operationen och har getts utan problem. Hustrun har också fått instruktion ifall hon behöver hjälpa till."),
        ("Socialt", "Gift, bor i radhus i Partille. Arbetar som busschaufför, kan inte köra yrkesmässigt under sjukskrivningen."),
        ("Läkemedel", "Fragmin 5 000 E sc 1 x 1 i fyra veckor efter op, pat instruerad av ssk och ger själv. Paracetamol 1 g x 4 vid behov. Movicol vid behov."),
        ("Information", "Pat och hustru informerade om förloppet. PAD beräknas klart om cirka tre veckor och gås igenom vid telefonbesök med kontaktsjuksköterska. Vi har pratat om att urinläckage är vanligt de första månaderna och att erektionsförmågan kan ta upp till två år att återhämta sig. Skriftlig information om bäckenbottenträning och avdelningens telefonnummer medskickade."),
        ("Omvårdnad", "Pat har lärt sig sköta KAD med nattpåse och bensäck, och fått material med sig för en vecka. Stödstrumpor används dagtid tills han är fullt mobiliserad hemma."),
        ("Uppföljning", "KAD tas bort på urologmottagningen dag 8 efter cystografi. PSA 6 veckor efter operationen, remiss skickad. Sjukskriven 4 veckor."),
    ])], [], ["NL102", "NL101"], "Long discharge note: leak negated, fever without focus, pathology pending, nothing hedged.")

C("lang-preop-tyreoidea-bethesda-v", "skane", "1985-06-23", "F", [
    N("n1", "M", "Preoperativ bedömning", "onh_lund", "Rasmus Kjellberg", "läkare", "2024-02-28 10:00", "12:40", "öppenvård", [
        ("Anamnes", "38-årig kvinna remitterad från vårdcentralen pga knöl på halsen som hon själv upptäckte i höstas. Inga sväljnings- eller andningsbesvär, ingen heshet. Ingen strålning mot halsen i barndomen. TSH och fritt T4 normala."),
        ("Hereditet", "Mormor opererad för struma, ingen känd tyreoideacancer i släkten."),
        ("Tidigare sjukdomar", "Astma, välkontrollerad. Två förlossningar, kejsarsnitt 2019."),
        ("Läkemedel", "Symbicort vid behov. Inga blodförtunnande."),
        ("Socialt", "Sambo, två barn 3 och 6 år. Arbetar som förskollärare. Röker inte, dricker alkohol sällan."),
        ("Tidigare anestesier", "Spinalanestesi vid kejsarsnittet 2019 utan problem. Generell anestesi för visdomstandsoperation 2010, illamående efteråt men i övrigt okomplicerat."),
        ("Röst", "Sjunger i kör och är mån om rösten. Hon har fått särskild information om att röstförändringar oftast är övergående och att logoped finns att tillgå efter operationen om det behövs."),
        ("Funktionsstatus", "Tränar på gym två gånger i veckan, inga begränsningar i vardagen. Har inte haft några infektioner senaste månaden."),
        ("Status", "Fast, oöm knöl 2,5 cm i höger tyreoidealob, följer med vid sväljning. Inga palpabla lymfkörtlar på halsen. Fiberlaryngoskopi: båda stämbanden rör sig normalt."),
        ("Undersökningar", "UL: solid hypoekogen nodulus 24 mm i höger lob med mikroförkalkningar och oregelbunden kontur, TIRADS 5. Inga patologiska körtlar lateralt. Finnålscytologi: Bethesda V."),
        ("Bedömning", "Misstänkt papillär tyreoideacancer höger. Indikation för operation."),
        ("Information", "Pat är informerad om att cytologin inger misstanke om cancer och att det slutliga beskedet kommer med PAD efter operationen. Vi har gått igenom hemityreoidektomi höger med fryssnitt, och att hela sköldkörteln kan behöva tas bort i samma operation eller senare om fryssnittet bekräftar cancer. Risker genomgångna: blödning med andningspåverkan, heshet av påverkad recurrensnerv, tillfälligt eller bestående lågt kalk om bisköldkörtlarna påverkas. Pat har inga ytterligare frågor och samtycker."),
        ("Planering", "Operation inom standardiserat vårdförlopp, preliminärt 11/3. Anestesibedömning på tisdag."),
        ("Postoperativ plan", "Beräknad vårdtid ett dygn. Kalciumkontroll morgonen efter operationen, röstbedömning före hemgång. Sjukskrivning två veckor, hon vill helst arbeta hemifrån sista veckan."),
        ("Kontaktsjuksköterska", "Kontaktsjuksköterska Ulla Svensson presenterad, pat har fått hennes direktnummer och en skriftlig sammanfattning av planen. Min vårdplan upprättad på 1177."),
    ])], ["NL102"], ["NL101"], "Long pre-op note: suspected thyroid cancer (hedged, visible) that the patient has been told about.")

C("lang-daganteckning-hemikolektomi-levermetastas-ej-informerad", "vgr", "1952-08-08", "M", [
    N("n1", "M", "Daganteckning", "kir_sas", "Viktor Åhman", "läkare", "2024-11-13 10:20", "11:45", "slutenvård", [
        ("Aktuellt", "Dag 2 efter öppen vänstersidig hemikolektomi för tumör i flexura lienalis. Natten lugn enligt ssk, sov några timmar. Smärtlindrad via EDA, VAS 2 i vila och 4 vid hosta. Illamående på morgonen, fick ondansetron med effekt. Ingen gasavgång ännu men tarmljud hörs."),
        ("Status", "Opåverkad, sitter i stolen vid ronden. Temp 37,4, puls 84, BT 128/76, sat 95 % på luft. Buken lätt spänd men mjuk, sårområdet ömt som förväntat, förband torrt. Vaderna mjuka och oömma."),
        ("Lab", "Hb 112 (118 igår), CRP 134, krea 88, K 3,6."),
        ("Läkemedel", "Paracetamol 1 g x 4, EDA med bupivakain och sufentanil 8 ml/h, ondansetron vid behov. Ordinarie metoprolol återinsatt i morse, ramipril väntar tills han äter och dricker normalt."),
        ("Vätska och nutrition", "Dricker ca 800 ml, klar nutritionsdryck 2 st. Droppet minskas till 1 liter/dygn."),
        ("Drän och katetrar", "Inget bukdrän. KAD kvar tills EDA tas bort, urinproduktion 1 600 ml senaste dygnet."),
        ("Mobilisering", "Gick igår kväll till fåtöljen med stöd av två personal. Idag upp vid ronden, står stadigt, har använt andningsträningsflaskan enligt instruktion varje timme i vaket tillstånd."),
        ("Sår", "Medellinjesnittet torrt, inga sekret i förbandet, agrafferna sitter fint. Förbandet byts imorgon."),
        ("Fysioterapi", "Fysioterapeut ser pat dagligen, fokus på andning, hosta med kudde mot buken och gång i korridoren."),
        ("Omvårdnad", "Hustrun var på besök igår kväll. Pat har bett att få ligga i enkelrum om möjligt, avdelningen ser över detta."),
        ("Bedömning", "Förväntat postoperativt förlopp, CRP-nivån ligger i linje med dag 2 och han är kliniskt opåverkad. Fryssnittet från den 12 mm stora leverlesionen i segment 3 som togs under operationen visade metastas av adenocarcinom. Pat är ännu inte informerad om fryssnittssvaret, operatören vill ge beskedet själv när hon är tillbaka på torsdag."),
        ("Åtgärd", "EDA behålls ett dygn till, kalium peroralt. Mobilisering i korridoren med fysioterapeut efter lunch. Fortsatt Fragmin 5 000 E."),
        ("Planering", "Fortsatt ERAS-vårdplan. Ev. hemgång tidigast dag 5. Kontakt med hustrun per telefon i eftermiddag enligt pats önskan, vi berättar då endast om det postoperativa förloppet."),
    ])], ["NL101"], ["NL102"], "Long ward note; one sentence says the patient is not yet told about a liver metastasis.")

C("lang-forlossningsberattelse-en-mening-om-vald", "skane", "1991-01-31", "F", [
    N("n1", "M", "Förlossningsberättelse", "forl_hbg", "Elin Axelsson", "barnmorska", "2024-05-25 08:15", "10:00", "slutenvård", [
        ("Anamnes", "Förstföderska, 32 år, fullgången graviditet v 40+3. Okomplicerad graviditet enligt MVC-journalen, Hb 121 i v 36. GBS-status okänt."),
        ("Tidigare", "Frisk, inga mediciner utöver järn och folsyra. Inga tidigare graviditeter. Blodgrupp A Rh positiv, inga antikroppar."),
        ("Förlossningsplan", "Önskade enligt förlossningsbrevet i första hand lustgas, ville kunna röra sig fritt och ha partnern med under hela förloppet. Planen följdes med undantag för epiduralen som hon själv bad om vid 5 cm."),
        ("Förlossningsförlopp", "Spontan vattenavgång kl 23.10 med klart fostervatten. Inkom kl 01.00 med regelbundna värkar var 4:e minut, cervix 4 cm utplånad, huvudet fixerat. CTG normalt. Lustgas och därefter EDA kl 02.30 med god effekt. Öppningsskedet framskred normalt, utvidgad kl 05.40. Krystade 35 minuter i sidoläge."),
        ("Förlossning", "Född kl 06.22 en flicka, Apgar 8-9-10, vikt 3 420 g, längd 50 cm. Placentan avgick spontant och komplett kl 06.35. Blödning 450 ml."),
        ("Bristningar", "Grad 2-bristning, sfinktern intakt vid palpation och inspektion. Suturerad i lokalbedövning av barnmorska."),
        ("Barnet", "Barnet rosigt och aktivt, andas utan ansträngning. K-vitamin given efter föräldrarnas samtycke. Första undersökningen av barnläkare planeras på BB imorgon."),
        ("Läkemedel", "Oxytocin 10 E im efter barnets framfödande enligt rutin. Paracetamol 1 g efter suturering."),
        ("Kontroller", "BT 124/78, puls 82, temp 37,2 två timmar efter förlossningen. Uterus väl kontraherad i navelhöjd, blödningen måttlig."),
        ("Efter förlossningen", "Hud-mot-hud direkt, barnet sökte bröstet och ammade efter 40 minuter. Pat pigg, kissat spontant kl 08.00. Har ätit frukost och duschat med hjälp."),
        ("Samtal", "Pat är tyst och undviker ögonkontakt när partnern är i rummet. När han gått för att hämta kaffe berättar hon att han har slagit henne i magen flera gånger under graviditeten och att hon är rädd att åka hem."),
        ("Partnern", "Partnern var närvarande under hela förloppet, stöttade med massage under öppningsskedet och klippte navelsträngen. Han lämnade förlossningsrummet kort efter sju för att hämta frukost."),
        ("Plan", "Överrapporterad till BB, ansvarig läkare och kurator informerade. Vårdplan enligt rutin för normal förlossning, BB-vistelse 2 dygn."),
    ])], ["NL201"], [], "Long delivery note by a midwife with one visible sentence disclosing partner violence.")

C("lang-utskrivning-hoftfraktur-ingen-misstanke-patologisk", "vgr", "1935-12-05", "F", [
    N("n1", "M", "Utskrivningsanteckning", "orto_kung", "Patrik Sundin", "läkare", "2024-11-22 10:30", "12:10", "slutenvård", [
        ("Diagnos", "Lårbenshalsfraktur vänster, Garden III, opererad med hemiartroplastik 15/11. Postoperativt delirium, nu i regress."),
        ("Vårdförlopp", "89-årig kvinna som föll i hemmet på väg till toaletten nattetid och låg på golvet ca 2 timmar innan hemtjänsten fann henne. Opererades inom 20 timmar, ingreppet okomplicerat. Dag 1–3 postoperativt förvirrad nattetid med hallucinationer; utlösande faktorer bedömdes vara smärta, urinretention och miljöbyte. KAD-behandling 4 dygn, tömmer nu blåsan fullständigt enligt bladderscan. Förvirringen har successivt gått över och hon är sedan två dygn orienterad."),
        ("Frakturorsak", "Röntgen och operationsfynd med normal benstruktur runt frakturen. Ingen misstanke om patologisk fraktur. Lågenergivåld hos kvinna med känd osteoporos."),
        ("Mobilisering", "Fysioterapeut har tränat gång dagligen sedan dag 1. Går med rollator och en persons tillsyn cirka 30 meter. Klarar förflyttning säng–stol själv. Fortsatt hög risk för fall, behöver tillsyn nattetid de första veckorna."),
        ("Status vid utskrivning", "Vaken, orienterad till tid och rum, samtalar adekvat. Afebril, BT 134/72, puls 76. Operationssåret torrt och läkt i ytan, agraffer på plats. Benet något svullet, vaden mjuk. Hb 108, CRP 21, natrium och krea normala."),
        ("Nutrition", "Aptiten har kommit tillbaka, äter ungefär tre fjärdedelar av portionerna och dricker två näringsdrycker per dag. Vikt 52 kg, ingen ytterligare viktnedgång under vårdtiden."),
        ("Hjälpmedel", "Rollator, toalettförhöjning, griptång och duschpall förskrivna av arbetsterapeut. Hemtjänsten har fått överrapportering om hjälpmedlen."),
        ("Läkemedel", "Nytt: Fragmin 5 000 E i 4 veckor från op, alendronat 70 mg 1 gång per vecka, kalcium och D-vitamin. Tramadol utsatt pga förvirring, paracetamol 1 g x 3 räcker."),
        ("Information", "Pat och sonen informerade om förloppet och om att förvirringen var en vanlig reaktion efter operationen. Sonen vill ha kontakt om mamman blir förvirrad igen hemma, hänvisad till hemsjukvården i första hand."),
        ("Uppföljning", "Korttidsboende i Kungälv 2–3 veckor för fortsatt rehabilitering, därefter hem med utökad hemtjänst. Agraffer tas bort dag 14 på korttidsboendet av sjuksköterska där. Inget planerat återbesök på ortopeden, röntgen görs bara vid nya besvär. Osteoporosuppföljning via vårdcentralen, DXA beställd."),
    ])], [], ["NL102"], "Long discharge note: pathological fracture negated, fall 'risk' is not a diagnosis.")

C("lang-epikris-gallackage-informerad", "skane", "1973-05-11", "M", [
    N("n1", "M", "Epikris", "kir_hbg", "Lisa Holmqvist", "läkare", "2024-03-29 13:00", "15:45", "slutenvård", [
        ("Diagnoser", "Gallstenssjukdom med upprepade gallstensanfall. Gallläckage från cystikusstumpen efter laparoskopisk kolecystektomi, behandlat med ERCP och stent."),
        ("Vårdförlopp", "Planerad laparoskopisk kolecystektomi 18/3, tekniskt okomplicerad och hemgång samma dag. Återkom dag 3 med tilltagande smärta under höger arcus, feber 38,5 och CRP 187. DT visade vätskeansamling i gallblåsebädden. Perkutant dränage lades av radiolog och gav galla. ERCP 22/3 visade läckage från cystikusstumpen; sfinkterotomi och plaststent 10 Fr. Därefter snabb förbättring, dränet gav allt mindre och togs bort 26/3."),
        ("Antibiotika", "Tazocin iv 4 dygn, därefter ciprofloxacin och metronidazol peroralt, totalt 10 dagar."),
        ("Status vid utskrivning", "Afebril, äter normalt, mobiliserad. Buk mjuk och oöm, dränstället torrt. CRP 38, bilirubin normalt."),
        ("PAD", "Gallblåsan: kronisk kolecystit med kolesterolstenar, ingen malignitet."),
        ("Information", "Pat informerades redan vid återinläggningen om att det rörde sig om ett gallläckage och om att det är en känd men ovanlig komplikation. Han har fått en genomgång av ERCP-fynden och stentbehandlingen och förstår planen. Avvikelse skriven enligt rutin, pat informerad om möjligheten att anmäla till Patientförsäkringen LÖF."),
        ("Uppföljning", "Stenten tas bort vid ny ERCP om 6 veckor, kallelse skickas. Sjukskrivning 3 veckor. Hör av sig vid feber, gulsot eller buksmärta."),
    ])], [], ["NL102", "NL101"], "Long discharge summary: confirmed bile leak complication, disclosed to the patient.")

C("lang-mottagning-myom-dd-leiomyosarkom", "vgr", "1970-03-03", "F", [
    N("n1", "M", "Mottagningsanteckning", "kvk_ostra", "Hanna Westberg", "läkare", "2024-01-12 09:00", "11:30", "öppenvård", [
        ("Anamnes", "53-årig kvinna, 2 barn, fortfarande menstruerande. Remitterad från privatgynekolog pga snabbt växande myom, 6 cm 2022 och nu 10 cm. Rikliga mensblödningar med koagel, trötthet, Hb 104. Tyngdkänsla i buken och täta trängningar. Ingen viktnedgång."),
        ("Tidigare sjukdomar", "Frisk. Två vaginala förlossningar. Ingen tidigare bukkirurgi."),
        ("Status", "Uterus förstorad motsvarande 18 veckor, fast, lätt öm över fundus. Adnexa ej palpabla pga uterus storlek."),
        ("Ultraljud", "Dominerande myom i fundus 10 x 9 cm med inhomogen struktur och centrala cystiska partier, rik genomblödning på doppler. Ovarier ua."),
        ("MR", "MR bäcken 3/1: fundusmyomet med inhomogen signal, delvis diffusionsinskränkning, inga säkra tecken på infiltration. Eftergranskad på MDK."),
        ("Bedömning", "Symtomgivande myom med atypiska drag. DD leiomyosarkom, som inte kan avfärdas på bilddiagnostiken."),
        ("Information", "Pat informerad om att myomet har vuxit ovanligt snabbt och att bilderna inte säkert kan skilja ett godartat myom från en sällsynt elakartad muskeltumör. Därför rekommenderas total hysterektomi via bukoperation utan morcellering. Pat vill ha betänketid och ringer inom en vecka."),
        ("Planering", "Preliminärt anmäld för abdominell hysterektomi och bilateral salpingektomi. Järninfusion före operation. Preop bedömning när pat bestämt sig."),
    ])], ["NL102"], [], "Long gynaecology note with a differential diagnosis of sarcoma in the assessment.")

C("lang-epikris-barn-perforerad-appendicit", "skane", "2014-02-22", "F", [
    N("n1", "M", "Epikris", "barnkir_lund", "Carl-Johan Mörk", "läkare", "2024-07-19 12:00", "14:30", "slutenvård", [
        ("Diagnos", "Perforerad appendicit med lokal peritonit."),
        ("Vårdförlopp", "10-årig flicka som sökte barnakuten 12/7 med 2 dygns buksmärta, feber 39 och kräkningar. UL visade inflammerad appendix med periappendikulär vätska. Laparoskopisk appendektomi samma kväll: perforation i spetsen, purulent vätska i lilla bäckenet som sögs ut och spolades. Inget drän."),
        ("Postoperativt", "Piperacillin/tazobaktam iv 3 dygn, därefter amoxicillin/klavulansyra peroralt. Feber första dygnet, sedan afebril. CRP från 212 till 48 dag 5. Kontroll-UL dag 5 pga kvarstående smärta: inga tecken på abscess, ingen fri vätska. Äter och dricker normalt, tarmfunktionen igång."),
        ("PAD", "Akut gangränös och perforerad appendicit, ingen neuroendokrin tumör."),
        ("Information", "Föräldrarna och flickan har fått information om förloppet, operationsfynden och PAD. Mamma undrade över risken för sammanväxningar; förklarat att risken för tarmvred senare i livet är liten men finns, och att de ska söka vid kraftig buksmärta med kräkningar."),
        ("Fortsatt behandling", "Amoxicillin/klavulansyra 500 mg x 3 totalt 7 dagar efter operationen. Paracetamol vid behov. Ingen idrott på 3 veckor, skolstart som vanligt."),
        ("Uppföljning", "Inget rutinmässigt återbesök. Hör av er till barnkirurgiska avdelningen vid feber, ökande buksmärta eller rodnad kring såren."),
    ])], [], ["NL102", "NL101"], "Child's discharge summary (guardians read): abscess negated, pathology told to parents.")

C("lang-opberattelse-turb-misstankt-muskelinvasiv", "vgr", "1950-10-26", "M", [
    N("n1", "M", "Operationsberättelse", "uro_sks", "Lennart Ohlsson", "läkare", "2024-10-03 10:45", "12:30", "slutenvård", [
        ("Operationsindikation", "Makroskopisk hematuri, cystoskopi på mottagningen med 3 cm solid tumör på blåsans vänstra sidovägg. DT urografi utan tumör i övre urinvägarna, ingen hydronefros."),
        ("Anestesi", "Spinalanestesi. Cefuroxim 1,5 g iv."),
        ("Operationsförlopp", "Litotomiläge. Uretrocystoskopi med 26 Ch resektoskop. Uretra ua, prostata lätt förstorad med små sidolober. I blåsan en bredbasig solid tumör 3 x 3 cm på vänster sidovägg, cirka 2 cm lateralt om vänster uretärmynning, som kan avgränsas från mynningen. Övrig slemhinna ua, inga satelliter, inga CIS-suspekta rodnader. Resektion i fraktioner: exofytisk del och tumörbas skickade separat, basen med muskel. Obturatoriusreflex under resektionen nära sidoväggen, hanteras med minskad ström. Hemostas med koagulation, inga tecken på perforation. Bimanuell palpation efter resektionen: ingen kvarvarande palpabel resistens."),
        ("Avslutning", "Trevägs-KAD 22 Ch, spoldropp med klar retur."),
        ("Bedömning", "Misstänkt muskelinvasiv blåscancer pga tumörens solida växtsätt och breda bas."),
        ("Planering", "KAD och spolning till morgonen, därefter miktionsprov. Ingen instillation av mitomycin pga resektionsdjupet. DT thorax kompletteras. Tas upp på uro-onkologisk MDK när PAD finns. Pat informerad om fynden i sal efter ingreppet, vaken under spinalen."),
    ])], ["NL102"], ["NL101"], "Long TURB op note with a suspected muscle-invasive cancer, patient informed.")

C("anestesi-trol-obehandlad-somnapne-utkast", "skane", "1960-07-07", "M", [
    N("n1", "M", "Anestesibedömning", "anest_mas", "Kerstin Dahlberg", "läkare", "2024-05-20 13:30", None, "öppenvård", [
        ("Aktuellt", "Inför laparoskopisk ljumskbråcksplastik bilat (TEP). BMI 36. Snarkar kraftigt enligt hustrun, som också sett andningsuppehåll nattetid. Dagtrötthet, somnar framför TV. STOP-BANG 6. Hypertoni på 3 läkemedel."),
        ("Bedömning", "ASA 3. Trol. obehandlad obstruktiv sömnapné."),
        ("Planering", "Op på sjukhus i stället för dagkirurgi, postop övervakning med saturation över natten. Remiss för sömnregistrering till lungmottagningen. Opioidsparande smärtlindring, TAP-blockad."),
    ])], ["NL102"], [], "Anaesthetic pre-op draft: probable untreated sleep apnoea ('Trol.').")


# =========================================================================== build
KNOWN_CODES = {"NL101", "NL102", "NL103", "NL104", "NL105",
               "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def _pnr(born, sex, idx):
    """Deterministic personnummer: serial from the case index, sex digit even=F odd=M."""
    serial = "%02d" % ((idx * 37 + 11) % 100)
    g = (idx * 3) % 5
    sexd = str([0, 2, 4, 6, 8][g] if sex == "F" else [1, 3, 5, 7, 9][g])
    nine = born[2:4] + born[5:7] + born[8:10] + serial + sexd
    return "%s%s%s-%s%s%d" % (born[0:4], born[5:7], born[8:10], serial, sexd, _luhn_digit(nine))


def _as_of(notes):
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    d = (last + _dt.timedelta(days=14)).date()
    cap = _dt.date(2024, 12, 31)
    return (min(d, cap)).isoformat() + "T00:00:00"


def build():
    out = []
    for idx, c in enumerate(CASES):
        record = {
            "patient": {"id": _pnr(c["born"], c["sex"], idx), "birth_date": c["born"],
                        "protected_identity": False},
            "as_of": _as_of(c["notes"]),
            "notes": c["notes"],
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        out.append({
            "case": c["name"],
            "ruleset": c["rs"],
            "record": record,
            "must": [T(x) for x in c["must"]],
            "must_not": [T(x) for x in c["must_not"]],
            "why": c["why"],
        })
    return out


# =========================================================================== validate
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _in_2024(ts):
    return isinstance(ts, str) and ts.startswith("2024-")


def validate(lines):
    errs = []
    names = set()
    sentences = {}
    for ln, raw in enumerate(lines, 1):
        c = json.loads(raw)
        where = "line %d (%s)" % (ln, c.get("case"))
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (where, list(c.keys())))
            continue
        if c["case"] in names:
            errs.append("%s: duplicate case name" % where)
        names.add(c["case"])
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", c["case"]):
            errs.append("%s: case name style" % where)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not isinstance(c["why"], str) or not c["why"].strip() or "\n" in c["why"]:
            errs.append("%s: why must be one line" % where)
        r = c["record"]
        if set(r.keys()) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (where, sorted(r.keys())))
        p = r["patient"]
        if set(p.keys()) != PATIENT_KEYS:
            errs.append("%s: patient keys" % where)
        pid, bd = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: personnummer format %s" % (where, pid))
        else:
            digits = m.group(1)[2:] + m.group(2)
            if _luhn_digit(digits[:9]) != int(digits[9]):
                errs.append("%s: Luhn fails %s" % (where, pid))
            if m.group(1) != bd.replace("-", ""):
                errs.append("%s: personnummer %s does not match birth_date %s" % (where, pid, bd))
        try:
            bdate = _dt.date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: bad birth_date" % where)
            continue
        if not _in_2024(r["as_of"]):
            errs.append("%s: as_of not in 2024" % where)
        asof = _dt.datetime.fromisoformat(r["as_of"]).date()
        age = asof.year - bdate.year - ((asof.month, asof.day) < (bdate.month, bdate.day))
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d not allowed" % (where, age))
        note_ids = set()
        systems = {}
        for n in r["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (where, sorted(n.keys())))
            if n["id"] in note_ids:
                errs.append("%s: duplicate note id" % where)
            note_ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if not _in_2024(n["time"]):
                errs.append("%s: note time not in 2024" % where)
            if n["signed"] is not None:
                if not _in_2024(n["signed"]):
                    errs.append("%s: signed not in 2024" % where)
                elif n["signed"] < n["time"]:
                    errs.append("%s: signed before time" % where)
            if n["time"] > r["as_of"]:
                errs.append("%s: note after as_of" % where)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR cases are Melior only" % where)
            hsa = n["unit"]["hsa_id"]
            pref = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(pref):
                errs.append("%s: unit HSA-id not of the region" % where)
            if not n["sections"]:
                errs.append("%s: note without sections" % where)
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: bad section" % where)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in sentences and sentences[key] != c["case"] + "/" + n["id"]:
                            errs.append("%s: sentence repeated (also in %s): %r" % (where, sentences[key], sent))
                        sentences.setdefault(key, c["case"] + "/" + n["id"])
        seen = set()
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % where)
        for kind in ("must", "must_not"):
            for a in c[kind]:
                if not (isinstance(a, list) and len(a) == 2):
                    errs.append("%s: bad assertion %r" % (where, a))
                    continue
                code, target = a
                if code not in KNOWN_CODES:
                    errs.append("%s: unknown code %s" % (where, code))
                if target not in note_ids:
                    errs.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s on %s asserted twice or both ways" % (where, code, target))
                seen.add((code, target))
                sysn = systems[target]
                if code == "NL101" and sysn == "PMO":
                    errs.append("%s: NL101 is never asserted on PMO" % where)
                if code == "NL102" and kind == "must" and sysn != "Melior":
                    errs.append("%s: NL102 must only on Melior" % where)
                if code in ("NL203", "NL206") and kind == "must" and c["ruleset"] != "skane":
                    errs.append("%s: %s positives are Skåne only" % (where, code))
                if code in ("NL204", "NL205") and kind == "must" and c["ruleset"] != "vgr":
                    errs.append("%s: %s positives are VGR only" % (where, code))
    return errs


def main():
    cases = build()
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in cases]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    errs = validate(lines)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s) in %s" % (len(errs), OUT), file=sys.stderr)
        return 1
    if not (140 <= len(cases) <= 170):
        print("ERROR: %d cases, expected 140–170" % len(cases), file=sys.stderr)
        return 1
    counts = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print("wrote %s: %d cases" % (OUT, len(cases)))
    for code in sorted(counts):
        print("  %s must=%d must_not=%d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
