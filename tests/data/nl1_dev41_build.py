#!/usr/bin/env python3
"""dev41: NL101/NL102 cases from specialties with their own vocabulary.

Ophthalmology, dermatology, gynaecology/obstetrics, ENT, endocrinology, rheumatology,
infectious diseases/STI, child (Skåne) and adult psychiatry, occupational medicine.

Standard library only, deterministic. Writes nl1_dev41_cases.jsonl next to itself,
validates it and exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev41_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Västra Götaland (Melior)
    "vgr_ogon_akut": ("Ögonakuten, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011201"),
    "vgr_ogon_mott": ("Ögonmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000012044"),
    "vgr_ogon_nu": ("Ögonmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000013377"),
    "vgr_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010862"),
    "vgr_hud_sks": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014520"),
    "vgr_kk_nal": ("Kvinnokliniken, NÄL Trollhättan", "SE2321000131-E000000015093"),
    "vgr_ul_nal": ("Ultraljudsmottagningen, Kvinnokliniken NÄL Trollhättan", "SE2321000131-E000000015094"),
    "vgr_gyn_sks": ("Gynmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014611"),
    "vgr_gynakut": ("Gynakuten, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000010455"),
    "vgr_smvc": ("Specialistmödravården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000012210"),
    "vgr_onh": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010733"),
    "vgr_onh_sks": ("ÖNH-mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014702"),
    "vgr_barn_onh": ("Barn-ÖNH, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011540"),
    "vgr_endo": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010918"),
    "vgr_med_als": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000016124"),
    "vgr_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011306"),
    "vgr_reuma_nu": ("Reumatologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000013450"),
    "vgr_inf_sks": ("Infektionsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014833"),
    "vgr_sti": ("Mottagningen för sexuell hälsa, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010677"),
    "vgr_psyk": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011762"),
    "vgr_psyk_akut": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011781"),
    "vgr_psyk_ko": ("Vuxenpsykiatriska mottagningen, Kungälvs sjukhus", "SE2321000131-E000000017015"),
    "vgr_amm": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010590"),
    "vgr_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000012001"),
    # Skåne (Melior, hospitals)
    "sk_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7A21"),
    "sk_ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-6C04"),
    "sk_hud": ("Hudkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7B88"),
    "sk_hud_csk": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5D17"),
    "sk_kk": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-6C41"),
    "sk_kk_lund": ("Kvinnosjukvården, Skånes universitetssjukhus Lund", "SE2321000255-7A63"),
    "sk_kk_ystad": ("Specialistmödravården, Kvinnokliniken Ystads lasarett", "SE2321000255-4E12"),
    "sk_forl": ("Förlossningsavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-7B30"),
    "sk_forl_csk": ("Förlossningsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5D52"),
    "sk_onh": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7A70"),
    "sk_onh_ystad": ("ÖNH-mottagningen, Ystads lasarett", "SE2321000255-4E35"),
    "sk_endo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7B44"),
    "sk_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7A58"),
    "sk_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7B19"),
    "sk_inf_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-6C77"),
    "sk_sti": ("STI-mottagningen, Hudkliniken Skånes universitetssjukhus Malmö", "SE2321000255-7B90"),
    "sk_bup": ("Barn- och ungdomspsykiatri, BUP-mottagningen Malmö", "SE2321000255-3F08"),
    "sk_bup_lund": ("Barn- och ungdomspsykiatri, BUP-mottagningen Lund", "SE2321000255-3F21"),
    "sk_psyk": ("Vuxenpsykiatri Lund, Psykiatrimottagningen", "SE2321000255-3G15"),
    "sk_psyk_sv": ("Vuxenpsykiatri Malmö, Avdelning 3", "SE2321000255-3G62"),
    "sk_amm": ("Arbets- och miljömedicin Syd, Lund", "SE2321000255-2H09"),
    # Skåne primary care (PMO)
    "sk_vc": ("Vårdcentralen Linero, Lund", "SE2321000255-1J33"),
    "sk_vc2": ("Vårdcentralen Ängelholm", "SE2321000255-1J78"),
    "sk_um": ("Ungdomsmottagningen Landskrona", "SE2321000255-1K02"),
    "sk_bvc": ("BVC Hässleholm", "SE2321000255-1K45"),
    "sk_hsv": ("Hemsjukvården, Vårdcentralen Trelleborg", "SE2321000255-1K90"),
}


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def iso(t):
    if t is None:
        return None
    return t.replace(" ", "T") + ":00"


def N(unit, author, role, time, signed, sections, system="Melior", template="Läkaranteckning",
      setting="öppenvård", nid="n1"):
    name, hsa = U[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": iso(time), "signed": iso(signed), "setting": setting,
            "refs": [], "sections": [{"keyword": k, "text": v} for k, v in sections]}


CASES = []


def C(name, ruleset, birth, serial, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + dt.timedelta(days=10)).replace(hour=0, minute=0, second=0)

    def targets(codes):
        out = []
        for c in codes:
            out.append([c, "n1"] if isinstance(c, str) else list(c))
        return out

    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": targets(must),
        "must_not": targets(must_not),
        "why": why,
    })


# ================================================================ NL102 positives
C("ogon-misstankt-amotio-retinae", "vgr", "1961-03-14", "237",
  N("vgr_ogon_akut", "Karin Lindqvist", "läkare", "2024-02-06 10:40", "2024-02-06 11:15", [
      ("Anamnes", "Sedan igår kväll en mörk skugga som kommer underifrån i höger synfält. Blixtar och nya flytande prickar sedan fyra dagar. Myop -6 bilat."),
      ("Status", "Visus hö 0,4 vä 1,0 med egen korr. Tryck 14/15. Funduskopi i mydriasis: glaskroppsblödning hö som skymmer periferin temporalt ovan."),
      ("Bedömning", "Misstänkt amotio retinae hö. Remitteras till retinajouren för bedömning under dagen, pat får inte köra bil själv dit."),
  ], setting="akut"),
  must=["NL102"], why="Latin 'amotio retinae' hedged with 'Misstänkt' in a visible Bedömning.")

C("ogon-typo-missankt-glaukom", "skane", "1955-08-02", "364",
  N("sk_ogon_hbg", "Johan Bergström", "läkare", "2024-03-11 13:20", "2024-03-11 16:05", [
      ("Anamnes", "Remiss från optiker pga förhöjt tryck vid rutinkontroll. Ingen känd ögonsjukdom sedan tidigare."),
      ("Ögonstatus", "Tryck 27/25 mmHg (Goldmann). Papiller: excavation 0,7 hö och 0,6 vä med notch inferiort hö. Kammarvinkel öppen."),
      ("Bedömning", "Missänkt primärt öppenvinkelglaukom bilat, hö mer än vä. Synfält och OCT bokas, Xalatan 1x1 bilat insätts redan nu."),
  ]),
  must=["NL102"], why="Typo in the hedge ('Missänkt') before glaukom; still an open hypothesis in a visible note.")

C("ogon-trolig-uveit-dd-herpeskeratit", "vgr", "1988-11-20", "418",
  N("vgr_ogon_mott", "Fatima Al-Hassan", "läkare", "2024-04-15 09:05", "2024-04-15 12:30", [
      ("Aktuellt", "Rött, ljuskänsligt vänsteröga sedan tre dagar med dimsyn. Haft liknande episod för två år sedan."),
      ("Ögonstatus", "Visus vä 0,7. Ciliär injektion, celler 2+ i främre kammaren. Fluorescein: ingen infärgning. Cornealsensibilitet nedsatt vä jämfört med hö."),
      ("Bedömning", "Trolig främre uveit vä, DD herpeskeratit med sekundär irit med tanke på nedsatt sensibilitet. Startar Isopto-Maxidex under aciklovirskydd, återbesök om fem dagar."),
  ]),
  must=["NL102"], why="'Trolig' uveit plus a DD (herpeskeratit) in the visible assessment.")

C("ogon-kan-ej-utesluta-arteriitis-temporalis", "skane", "1946-02-09", "282",
  N("sk_ogon", "Erik Nyström", "läkare", "2024-05-03 08:15", "2024-05-03 09:40", [
      ("Anamnes", "78-årig kvinna med plötslig synnedsättning hö sedan i morse. Tinningshuvudvärk och smärta i käken vid tuggning senaste veckorna."),
      ("Status", "Visus hö räkna fingrar 1 m, vä 0,8. RAPD hö. Blek svullen papill hö. SR 82, CRP 46."),
      ("Bedömning", "Kan ej utesluta arteriitis temporalis med främre ischemisk optikusneuropati hö. Prednisolon 60 mg insatt idag, temporalisbiopsi bokas via kirurgen inom en vecka."),
  ], setting="akut"),
  must=["NL102"], why="Latin 'arteriitis temporalis' under 'Kan ej utesluta' is a hypothesis.")

C("hud-susp-malignt-melanom-rygg", "vgr", "1972-05-30", "157",
  N("vgr_hud", "Maria Holm", "läkare", "2024-01-22 14:10", "2024-01-22 15:00", [
      ("Lokalstatus", "Rygg, hö skulderblad: 9 mm asymmetrisk pigmenterad lesion med oregelbunden kant och flera färger. Dermatoskopi: atypiskt nätverk, regressionsområde."),
      ("Bedömning", "Susp. malignt melanom hö skulderblad. Diagnostisk excision med 2 mm marginal utförs på mottagningen nästa vecka, PAD besvaras inom tre veckor."),
  ]),
  must=["NL102"], why="Abbreviated hedge 'Susp.' before malignt melanom.")

C("hud-trol-psoriasis-dd-seborroiskt-eksem", "skane", "1994-01-17", "508",
  N("sk_hud_csk", "Anders Sjöberg", "läkare", "2024-02-19 10:30", "2024-02-19 11:45", [
      ("Anamnes", "Fjällande, kliande hårbotten i ett halvår, även bakom öronen. Inga ledbesvär."),
      ("Status", "Välavgränsade erytematösa plack med silvrig fjällning i hårfästet, fett fjäll nasolabialt. Naglar med enstaka pitting."),
      ("Bedömning", "Trol. psoriasis capitis, DD seborroiskt eksem. Börjar med Xamiol gel, uppföljning om åtta veckor."),
  ]),
  must=["NL102"], why="'Trol.' psoriasis capitis with DD seborroiskt eksem.")

C("hud-inger-misstanke-om-basalcellscancer", "vgr", "1950-12-03", "331",
  N("vgr_hud_sks", "Lena Ek", "läkare", "2024-06-10 09:50", "2024-06-10 10:35", [
      ("Lokalstatus", "Vä nasvinge 6 mm pärlemorskimrande papel med central krusta som blött vid tvätt."),
      ("Dermatoskopi", "Arboriserande kärl och blågrå ovoida nästen."),
      ("Bedömning", "Bilden inger misstanke om basalcellscancer vä nasvinge. Stansbiopsi tagen, Mohs-kirurgi kan bli aktuellt beroende på subtyp."),
  ]),
  must=["NL102"], why="'inger misstanke om' basalcellscancer is a hedge.")

C("gyn-misstankt-pcos-informerad-om-misstanken", "vgr", "1999-07-08", "426",
  N("vgr_kk_nal", "Sara Öberg", "läkare", "2024-03-05 13:00", "2024-03-05 14:20", [
      ("Anamnes", "Mens var 6:e till 10:e vecka sedan menarche, ökad behåring på haka och mage, viktuppgång senaste två åren."),
      ("Status", "BMI 31. Ferriman-Gallwey 14. Gyn status ua. VUL: ovarier med perifert arrangerade folliklar, fler än 20 i vardera."),
      ("Bedömning", "Misstänkt PCOS. Hormonstatus inkl. testosteron, SHBG, prolaktin och TSH tas dag 3. Pat informerad om misstanken och om hur utredningen går till."),
  ], template="Mottagningsanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="Abbreviation PCOS hedged (NL102) although the patient was told of the suspicion (no NL101).")

C("gyn-fragetecken-endometrios", "skane", "1996-04-25", "602",
  N("sk_kk_lund", "Hanna Persson", "läkare", "2024-04-02 15:10", "2024-04-02 16:00", [
      ("Anamnes", "Svår mensvärk sedan tonåren med frånvaro från jobbet, djup samlagssmärta och smärta vid tarmtömning under mens."),
      ("Gyn status", "Ömhet i bakre fornix och över vä sakrouterinligament. VUL: normal uterus, 3 cm ekofattig cysta vä ovarium med malet glas-utseende."),
      ("Bedömning", "?Endometrios med endometriom vä. Kontinuerligt kombinerat p-piller, ny VUL om tre månader, ev. diagnostisk laparoskopi."),
  ]),
  must=["NL102"], why="Leading '?' on endometrios.")

C("obst-typo-trolig-graviditetsdiabetes", "vgr", "1991-10-12", "384",
  N("vgr_smvc", "Nils Åkesson", "läkare", "2024-07-09 11:20", "2024-07-09 12:05", [
      ("Aktuellt", "Omföderska i v 26+3, BMI 32, fastande P-glukos 5,4 vid inskrivningen."),
      ("Bedömning", "Trolig graviditetsdiabtes, OGTT bokas v 27. Kostråd givna av barnmorska, blodsockerprofil hemma en gång i veckan."),
  ]),
  must=["NL102"], why="Typo in the diagnosis ('graviditetsdiabtes') after 'Trolig'.")

C("obst-misstankt-preeklampsi-inlaggning", "skane", "1993-03-03", "620",
  N("sk_forl", "Ali Rahimi", "läkare", "2024-08-17 19:45", "2024-08-17 21:10", [
      ("Inskrivning", "Förstföderska v 34+1 med huvudvärk och flimmer för ögonen sedan i eftermiddags. BT 158/104 och 162/106 med 15 minuters mellanrum."),
      ("Status", "Urinsticka protein 2+. Lätta ödem i underben och ansikte, reflexer livliga utan klonus. CTG reaktivt."),
      ("Bedömning", "Misstänkt preeklampsi. Läggs in för BT-kontroller var 4:e timme, preeklampsiprover och sFlt-1/PlGF-kvot."),
  ], template="Inskrivningsanteckning", setting="slutenvård"),
  must=["NL102"], why="Obstetric diagnosis preeklampsi hedged with 'Misstänkt' in an admission note.")

C("gyn-extrauterin-graviditet-kan-ej-uteslutas", "vgr", "1990-06-19", "546",
  N("vgr_gynakut", "Eva Sandberg", "läkare", "2024-09-14 02:30", None, [
      ("Anamnes", "Sista mens för sju veckor sedan, nu småblödning och ensidig smärta nedre vä kvadrant sedan igår. Positivt graviditetstest hemma."),
      ("Status", "Ömhet vä adnex, ingen peritonit. VUL: ingen intrauterin gestationssäck, liten fri vätska i fossa Douglasi. S-hCG 1850."),
      ("Bedömning", "Extrauterin graviditet kan ej uteslutas. Nytt hCG om 48 timmar, pat instrueras att söka direkt vid ökad smärta eller yrsel."),
  ], setting="akut", template="Akutanteckning"),
  must=["NL102"], why="Unsigned draft: 'X kan ej uteslutas' for extrauterin graviditet.")

C("onh-trol-bppv-bakre-bagang", "skane", "1958-09-09", "244",
  N("sk_onh_ystad", "Per Lundgren", "läkare", "2024-10-01 08:30", "2024-10-01 09:15", [
      ("Anamnes", "Kortvarig intensiv rotatorisk yrsel när hon vänder sig i sängen åt vänster, sedan en vecka. Ingen hörselpåverkan."),
      ("Status", "Dix-Hallpike vä: uppåtslående torsionsnystagmus efter kort latens, avklingande inom 30 sek. Hö ua. Otoskopi ua."),
      ("Bedömning", "Trol. BPPV vä bakre båggång. Epley-manöver utförd på mottagningen, får instruktioner för egenbehandling."),
  ]),
  must=["NL102"], why="Abbreviation BPPV hedged with 'Trol.'.")

C("onh-misstankt-herpes-zoster-oticus", "vgr", "1967-02-22", "173",
  N("vgr_onh", "Jenny Falk", "läkare", "2024-11-04 16:50", "2024-11-04 18:05", [
      ("Anamnes", "Svår öronvärk hö sedan fyra dagar, nu sned mun sedan i morse och tinnitus hö."),
      ("Status", "Vesikler i hö hörselgång och på concha. Perifer facialispares hö, House-Brackmann III. Weber lateraliserar till vä."),
      ("Bedömning", "Misstänkt herpes zoster oticus (Ramsay Hunts syndrom) hö. Valaciklovir 1 g x 3 i sju dagar och Prednisolon enligt schema, audiogram på måndag."),
  ], setting="akut"),
  must=["NL102"], why="Eponym/Latin 'herpes zoster oticus (Ramsay Hunts syndrom)' hedged.")

C("onh-typo-mb-menier-fragetecken", "skane", "1970-07-15", "195",
  N("sk_onh", "Oskar Hedlund", "läkare", "2024-01-30 13:40", "2024-01-30 14:30", [
      ("Anamnes", "Attacker av rotatorisk yrsel 2–4 timmar med illamående, brusande tinnitus och lockkänsla hö, fyra attacker senaste två månaderna."),
      ("Audiogram", "Lågfrekvent sensorineural nedsättning hö, 40 dB på 250–500 Hz. Vä normal hörsel."),
      ("Bedömning", "?Mb Menier hö. Saltreduktion och Betahistin prövas, MR inre hörselgångar för att utesluta retrokokleär orsak."),
  ]),
  must=["NL102"], why="Typo in the eponym ('Mb Menier') after '?'.")

C("onh-tonsillcancer-fragetecken-dd-lymfom", "vgr", "1963-10-01", "219",
  N("vgr_onh_sks", "Ingrid Wallin", "läkare", "2024-02-27 10:05", "2024-02-27 11:30", [
      ("Anamnes", "Halsont och sväljsmärta hö sedan två månader, ont mot örat. Rökare 30 paketår."),
      ("ÖNH-status", "Hö tonsill förstorad och fast med ytlig ulceration, vä ua. Palpabel 2 cm körtel regio II hö."),
      ("Bedömning", "Tonsillcancer? DD lymfom. Tonsillektomi hö för PAD och finnålspunktion av körteln, DT hals-thorax beställd."),
  ]),
  must=["NL102"], why="Trailing '?' on tonsillcancer plus DD lymfom.")

C("endo-misstankt-mb-basedow", "skane", "1985-12-12", "448",
  N("sk_endo", "Tomas Blom", "läkare", "2024-03-19 09:00", "2024-03-19 10:10", [
      ("Aktuellt", "Hjärtklappning, viktnedgång 6 kg, värmeintolerans och darrhänthet sedan två månader. Skaver i ögonen."),
      ("Lab", "TSH <0,01, fritt T4 48 pmol/l, fritt T3 17."),
      ("Bedömning", "Misstänkt Mb Basedow med lätt endokrin oftalmopati. TRAK skickat, Tiamazol 10 mg x 2 och Propranolol 10 mg x 3 insätts i väntan på svar. Rökstopp rekommenderas."),
  ]),
  must=["NL102"], why="Eponym with 'Mb' abbreviation hedged: 'Misstänkt Mb Basedow'.")

C("endo-sannolik-addisons-sjukdom", "vgr", "1979-04-04", "335",
  N("vgr_med_als", "Linnea Dahl", "läkare", "2024-04-23 17:20", "2024-04-23 18:40", [
      ("Anamnes", "Tilltagande trötthet, yrsel vid uppresning och viktnedgång 8 kg sedan i våras. Saltsug."),
      ("Status", "BT 92/58. Mörk pigmentering i handflatornas veck och på gingiva."),
      ("Bedömning", "Sannolik primär binjurebarksinsufficiens (Addisons sjukdom), Na 129, K 5,6. Kortisol och ACTH tagna, Synacthentest i morgon bitti innan hydrokortison påbörjas."),
  ], template="Inskrivningsanteckning", setting="slutenvård"),
  must=["NL102"], why="'Sannolik' before binjurebarksinsufficiens/Addisons sjukdom.")

C("endo-misstanken-om-hyperparatyreoidism-kvarstar", "skane", "1956-06-06", "562",
  N("sk_endo", "Magnus Ström", "läkare", "2024-05-28 14:00", "2024-05-28 14:45", [
      ("Provsvar", "Joniserat Ca 1,48, PTH 9,2 pmol/l, 25-OH-vit D 62. Kreatinin normalt."),
      ("Bedömning", "Misstanken om primär hyperparatyreoidism kvarstår. Dygnsurin för kalcium och bentäthetsmätning, paratyreoideascintigrafi bokas."),
  ], template="Telefonanteckning"),
  must=["NL102"], why="Inflected noun hedge 'Misstanken om … kvarstår'.")

C("reuma-sle-skov-fragetecken", "skane", "1987-09-18", "780",
  N("sk_reuma", "Anna-Karin Jönsson", "läkare", "2024-06-04 10:15", "2024-06-04 11:00", [
      ("Aktuellt", "Känd SLE sedan 2018 på Plaquenil. Senaste två veckorna ledvärk i händerna, trötthet och utslag över kinderna efter solexponering."),
      ("Status", "Fjärilsformat erytem, synovit MCP II–III bilat. Lab: C3 0,62, anti-dsDNA stigande, U-sticka ua."),
      ("Bedömning", "SLE-skov? DD viros. Prednisolon 20 mg med nedtrappning, nya prover om två veckor."),
  ]),
  must=["NL102"], why="Compound 'SLE-skov?' with DD, next to a settled 'Känd SLE'.")

C("reuma-typo-mojlig-psoriasisartrit", "vgr", "1981-03-29", "291",
  N("vgr_reuma_nu", "Reza Karimi", "läkare", "2024-07-02 13:30", "2024-07-02 15:00", [
      ("Anamnes", "Svullen vänster tredjetå sedan tre månader, morgonstelhet i korsryggen. Psoriasis i armbågarna sedan ungdomen."),
      ("Status", "Daktylit dig III vä fot, nagelpitting flera naglar, entesit vä hälsena. CRP 18, RF och anti-CCP negativa."),
      ("Bedömning", "Möjlig psoriasartrit med daktylit och entesit. Ultraljud fot och MR SI-leder beställs, NSAID under tiden."),
  ]),
  must=["NL102"], why="Typo in diagnosis ('psoriasartrit') hedged with 'Möjlig'.")

C("reuma-talar-for-polymyalgia-reumatika", "skane", "1950-05-05", "313",
  N("sk_reuma", "Sofia Nordin", "läkare", "2024-08-06 09:20", "2024-08-06 10:05", [
      ("Anamnes", "Sedan sex veckor svår stelhet i skuldror och höfter på morgonen, svårt att ta på sig jackan. Ingen huvudvärk eller synpåverkan."),
      ("Status", "Smärtsam rörlighet i båda axlarna, inga synovitter i händer. SR 64, CRP 38."),
      ("Bedömning", "Bilden talar för polymyalgia reumatika. Prednisolon 15 mg dagligen, kontroll av effekt om en vecka."),
  ]),
  must=["NL102"], why="'Bilden talar för' polymyalgia reumatika used as a hedge.")

C("reuma-typo-giktartit-dd-pseudogikt", "vgr", "1962-11-11", "455",
  N("vgr_reuma", "Henrik Månsson", "läkare", "2024-09-02 08:40", "2024-09-02 09:30", [
      ("Anamnes", "Akut insättande svullnad och rodnad i hö stortåled i natt efter en fest, kan inte ha strumpa på."),
      ("Status", "MTP I hö rodnad, varm, mycket öm. Temp 37,6. S-urat 510."),
      ("Bedömning", "Giktartit? DD pseudogikt. Ledpunktion gav sparsamt material, kristallanalys ej möjlig. Kolkicin 0,5 mg x 3 i tre dagar."),
  ]),
  must=["NL102"], why="Typo 'Giktartit?' (giktartrit) with DD pseudogikt.")

C("inf-trolig-neuroborrelios", "skane", "1975-07-21", "640",
  N("sk_inf_hbg", "Elin Carlsson", "läkare", "2024-09-23 15:15", "2024-09-23 16:30", [
      ("Anamnes", "Fästingbett i juli i Falsterbo, erythema migrans som inte behandlades. Nu sedan fem dagar hängande mungipa vä och radikulär värk i bröstryggen nattetid."),
      ("Status", "Perifer facialispares vä, i övrigt neurologiskt ua."),
      ("Bedömning", "Trolig neuroborrelios. LP i morgon med celler och borreliaantikroppar i likvor/serum, därefter doxycyklin."),
  ]),
  must=["NL102"], why="'Trolig neuroborrelios' in a visible infektion note.")

C("sti-klinisk-misstanke-om-gonorre", "skane", "1998-02-14", "117",
  N("sk_sti", "Björn Ahlqvist", "läkare", "2024-10-08 11:00", "2024-10-08 11:50", [
      ("Kontaktorsak", "Sveda vid miktion och gulaktig flytning från urinröret sedan tre dagar, oskyddat samlag för en vecka sedan."),
      ("Status", "Purulent uretral flytning. Mikroskopi: gramnegativa intracellulära diplokocker."),
      ("Bedömning", "Klinisk misstanke om gonorré, odling för resistensbestämning och NAAT för gonorré och klamydia tagna. Ceftriaxon 1 g im givet på mottagningen, smittspårning påbörjad."),
  ]),
  must=["NL102"], why="'Klinisk misstanke om gonorré' at an STI clinic (Melior).")

C("sti-susp-primar-hsv", "vgr", "2001-09-09", "668",
  N("vgr_sti", "Camilla Rydén", "läkare", "2024-10-21 14:30", "2024-10-21 15:10", [
      ("Kontaktorsak", "Smärtsamma sår i underlivet sedan två dagar, svårt att kissa, feber igår."),
      ("Status", "Multipla ytliga ulcerationer på labia minora bilat, ömma inguinala körtlar."),
      ("Bedömning", "Susp. primär genital HSV-infektion. PCR för HSV 1/2 tagen, Valaciklovir 500 mg x 2 i tio dagar, lidokaingel."),
  ]),
  must=["NL102"], why="Abbreviation HSV in a hedged diagnosis ('Susp.').")

C("sti-typo-misstank-sekundar-syfilis", "skane", "1984-06-13", "239",
  N("sk_sti", "David Olofsson", "läkare", "2024-11-12 09:10", "2024-11-12 10:00", [
      ("Kontaktorsak", "Utslag på handflator och fotsulor sedan två veckor, inte kliande. Sex med män, senaste STI-test för ett år sedan."),
      ("Status", "Kopparröda makulopapler palmart och plantart, generell lymfadenopati, munslemhinna ua."),
      ("Bedömning", "Misstänk sekundär syfilis. Syfilisserologi och HIV-test tagna, behandling ges när screeningsvaret kommer om två dagar."),
  ]),
  must=["NL102"], why="Typo in the hedge ('Misstänk') before sekundär syfilis.")

C("psyk-misstankt-bipolar-sjukdom-typ-ii", "vgr", "1992-12-01", "702",
  N("vgr_psyk", "Yasmin Haddad", "läkare", "2024-01-16 10:00", "2024-01-16 11:20", [
      ("Aktuellt", "Remitterad för recidiverande depressioner. Beskriver perioder på 3–4 dagar med minskat sömnbehov, ökad energi och impulsiva köp som omgivningen reagerat på."),
      ("Psykiskt status", "Vaken, orienterad, lätt sänkt stämningsläge, ingen psykotisk symtombild. Förnekar aktuella suicidtankar."),
      ("Bedömning", "Misstänkt bipolär sjukdom typ II. Fortsatt utredning med MDQ och anhörigintervju innan eventuell stämningsstabiliserare."),
  ]),
  must=["NL102"], why="Adult psychiatry: 'Misstänkt bipolär sjukdom typ II' in a visible note.")

C("psyk-adhd-misstanke-vuxen-utkast", "vgr", "1997-05-17", "351",
  N("vgr_psyk_ko", "Gunilla Hjort", "läkare", "2024-02-13 14:00", None, [
      ("Aktuellt", "Svårt att slutföra studier, glömmer tider och tappar bort saker, rastlös sedan lågstadiet enligt mamma."),
      ("Bedömning", "ADHD-misstanke. Anmäls till neuropsykiatrisk utredning, ASRS och skolbetyg begärs in inför start."),
  ]),
  must=["NL102"], why="Compound hedge 'ADHD-misstanke' in an unsigned draft.")

C("bup-misstankt-autismspektrumtillstand-barn-7", "skane", "2017-02-03", "533",
  N("sk_bup", "Petra Lind", "läkare", "2024-03-26 13:00", "2024-03-26 15:30", [
      ("Anamnes", "Föräldrarna berättar att pojken alltid haft svårt med lek med jämnåriga, stark fixering vid tåg och kraftiga reaktioner vid förändringar i rutiner."),
      ("Observation", "Begränsad ögonkontakt, ekolali vid ett par tillfällen, ställer tågen i rad under hela besöket."),
      ("Bedömning", "Misstänkt autismspektrumtillstånd. Pojken sätts upp för neuropsykiatrisk utredning med ADOS-2, förskolan ombeds fylla i skattning."),
  ], template="Mottagningsanteckning"),
  must=["NL102"], why="Child psychiatry (Skåne Melior, guardians read): hedged autismspektrumtillstånd.")

C("bup-trol-anorexia-nervosa-17-ar", "skane", "2007-10-10", "286",
  N("sk_bup_lund", "Viktor Engström", "läkare", "2024-11-19 10:30", "2024-11-19 12:00", [
      ("Anamnes", "17-årig flicka som gått ner 9 kg sedan i våras, räknar kalorier och tränar två pass om dagen. Mens har uteblivit sedan fem månader."),
      ("Status", "BMI 15,8, puls 46, BT 92/55, kalla händer."),
      ("Bedömning", "Trol. anorexia nervosa, restriktiv typ. Kontakt med ätstörningsteamet, prover inkl. elektrolyter och EKG, ny vikt om en vecka."),
  ]),
  must=["NL102"], why="Latin 'anorexia nervosa' hedged with 'Trol.' (17-year-old reads her own journal).")

C("psyk-forsta-psykosepisod-dd-cannabis", "vgr", "2003-08-08", "415",
  N("vgr_psyk_akut", "Malin Ohlsson", "läkare", "2024-04-06 23:15", None, [
      ("Aktuellt", "Förs in av polis efter att ha varit förvirrad på stan, säger sig höra röster som kommenterar hans handlingar. Röker cannabis dagligen enligt kompis."),
      ("Psykiskt status", "Misstänksam, osammanhängande tal, svarar på inre stimuli. Ingen känd tidigare psykiatrisk kontakt."),
      ("Bedömning", "Första psykosepisod? DD cannabisutlöst psykos. U-tox skickad, läggs in frivilligt på avd 4 för observation."),
  ], setting="akut", template="Akutanteckning"),
  must=["NL102"], why="Draft: '?' on psykosepisod with DD cannabisutlöst psykos.")

C("amm-misstankt-yrkesastma-isocyanat", "skane", "1978-03-16", "097",
  N("sk_amm", "Zeynep Demir", "läkare", "2024-05-14 09:00", "2024-05-14 10:30", [
      ("Anamnes", "Billackerare sedan 15 år. Väsande andning och hosta på kvällarna efter arbetsdagar, blir bättre under semestern."),
      ("Undersökningar", "Spirometri: FEV1 78 % av förväntat, reversibilitet 14 %. FeNO 48 ppb."),
      ("Bedömning", "Misstänkt yrkesastma orsakad av isocyanater. Seriell PEF-mätning i fyra veckor på och utanför arbetet, kontakt med företagshälsovården om exponeringen."),
  ]),
  must=["NL102"], why="Occupational medicine: 'Misstänkt yrkesastma'.")

C("amm-trolig-vibrationsskada", "vgr", "1969-02-18", "179",
  N("vgr_amm", "Kristina Berg", "läkare", "2024-06-18 13:15", "2024-06-18 14:40", [
      ("Anamnes", "Byggnadsarbetare som använt vinkelslip och bilningshammare i drygt 20 år. Vita fingertoppar vid kyla och domningar i händerna nattetid."),
      ("Status", "Nedsatt tvåpunktsdiskrimination dig II–IV bilat, Phalens test negativt."),
      ("Bedömning", "Trolig vibrationsskada med både vaskulär och neurosensorisk komponent. Kalltest och kvantitativ sensorisk testning bokas, arbetsskadeanmälan diskuteras när utredningen är klar."),
  ]),
  must=["NL102"], why="'Trolig vibrationsskada' (occupational injury) in a visible assessment.")

C("amm-typo-sannolkit-kontakteksem", "skane", "2000-11-05", "724",
  N("sk_amm", "Lars Friberg", "läkare", "2024-07-23 10:45", "2024-07-23 11:30", [
      ("Anamnes", "Frisör sedan tre år. Rodnad, fjällning och sprickor på fingrarnas ovansidor, värre efter färgning och permanent."),
      ("Status", "Eksem dorsalt på fingrar och handryggar bilat, inga blåsor."),
      ("Bedömning", "Sannolkit allergiskt kontakteksem, där hårfärgsämnen (PPD) eller glyceryltioglykolat ligger närmast till hands. Epikutantest med frisörserie bokas, skyddshandskar av nitril."),
  ]),
  must=["NL102"], why="Typo in the hedge ('Sannolkit') before allergiskt kontakteksem.")

C("onh-barn-trolig-sekretorisk-mediaotit", "vgr", "2020-01-20", "297",
  N("vgr_barn_onh", "Karin Lindqvist", "läkare", "2024-02-01 09:30", "2024-02-01 10:15", [
      ("Anamnes", "Mamma tycker att pojken hör sämre sedan en förkylning i höstas, pratar högt och vill ha tv:n på högre volym."),
      ("Status", "Trumhinnor indragna och matta bilat med vätskenivå hö. Tympanometri: B-kurva bilat."),
      ("Bedömning", "Trolig sekretorisk mediaotit bilateralt. Ny kontroll med audiometri om tre månader, om kvarstående hörselnedsättning diskuteras plaströr."),
  ]),
  must=["NL102"], why="Child of 4 (guardians read): 'Trolig sekretorisk mediaotit'.")

C("hud-utkast-trol-herpes-zoster", "skane", "1948-07-07", "406",
  N("sk_hud", "Maria Holm", "läkare", "2024-08-26 16:00", None, [
      ("Aktuellt", "Brännande smärta i hö flank sedan tre dagar, igår uppkomst av blåsor."),
      ("Status", "Grupperade vesikler på erytematös botten i ett bälte motsvarande Th10 hö, skarpt avgränsat vid mittlinjen."),
      ("Bedömning", "Trol. herpes zoster Th10 hö. Valaciklovir 1 g x 3 i sju dagar, Alvedon vid smärta."),
  ]),
  must=["NL102"], why="Unsigned draft with 'Trol. herpes zoster'.")

C("reuma-bild-forenlig-med-sjogren", "vgr", "1971-09-03", "604",
  N("vgr_reuma", "Jenny Falk", "läkare", "2024-10-15 14:20", "2024-10-15 15:35", [
      ("Anamnes", "Torra ögon och torr mun i två år, behöver dricka vatten till varje tugga. Återkommande svullnad av öronspottkörteln hö."),
      ("Status", "Schirmer 3 mm/5 min bilat, ostimulerad salivsekretion 0,05 ml/min."),
      ("Bedömning", "Bild förenlig med Sjögrens syndrom, men SSA/SSB och läppspottkörtelbiopsi återstår innan ställningstagande."),
  ]),
  must=["NL102"], why="'Bild förenlig med' used as a hedge (explicitly pending tests) for Sjögrens syndrom.")

C("ogon-centralvensocklusion-dd-diabetesretinopati", "vgr", "1958-12-24", "311",
  N("vgr_ogon_nu", "Oskar Hedlund", "läkare", "2024-12-03 10:00", "2024-12-03 11:10", [
      ("Status", "Flamformiga blödningar i alla fyra kvadranter hö, dilaterade slingrande vener. Vä: enstaka mikroaneurysm."),
      ("Bedömning", "Centralvensocklusion hö, DD diabetesretinopati med asymmetri. HbA1c och BT-kontroll via vårdcentralen, OCT makula och ny kontroll om fyra veckor."),
  ]),
  must=["NL102"], why="DD after the main diagnosis leaves diabetesretinopati open.")

# ================================================================ NL102 negatives (Melior)
C("ogon-ingen-misstanke-om-amotio", "vgr", "1966-04-14", "482",
  N("vgr_ogon_akut", "Erik Nyström", "läkare", "2024-01-11 20:30", "2024-01-11 21:05", [
      ("Anamnes", "Blixtar i vänster ögas utkant och en ny stor flytande prick sedan två dagar. Ingen skugga i synfältet."),
      ("Status", "Visus 1,0 bilat. Funduskopi i mydriasis med indentation: Weiss ring vä, ingen hålbildning eller blödning, näthinnan anliggande runtom."),
      ("Bedömning", "Bakre glaskroppsavlossning vä. Ingen misstanke om amotio. Informerad om att söka akut vid skugga eller tilltagande prickar."),
  ], setting="akut"),
  must_not=["NL102"], why="'Ingen misstanke om amotio' is negated; the stated diagnosis is certain.")

C("ogon-remiss-glaukom-uteslutes", "skane", "1971-06-22", "159",
  N("sk_ogon", "Sara Öberg", "läkare", "2024-02-08 11:10", "2024-02-08 12:00", [
      ("Remissorsak", "Optiker har noterat tryck 24 vä vid synundersökning och frågar efter glaukom."),
      ("Status", "Tryck 19/20 (Goldmann), pachymetri 598/604. OCT RNFL normal bilat, synfält 24-2 normalt."),
      ("Bedömning", "Glaukom uteslutes, det lätt förhöjda trycket förklaras av tjock cornea. Ingen ytterligare uppföljning på ögonkliniken, fortsatt kontroll hos optiker."),
  ]),
  must_not=["NL102"], why="Referral question about glaukom answered: 'Glaukom uteslutes'.")

C("ogon-fraga-orbitafraktur-besvarad-med-dt", "vgr", "2002-03-03", "373",
  N("vgr_akut", "Ali Rahimi", "läkare", "2024-03-14 21:40", None, [
      ("Anamnes", "Fick en armbåge mot vänster öga under innebandymatch i kväll. Inget dubbelseende."),
      ("Status", "Periorbitalt hematom vä, motilitet fri, ingen känselnedsättning på kinden. Visus 1,0 bilat."),
      ("Bedömning", "?Orbitabottenfraktur vä – DT ansiktsskelett: ingen fraktur, inget retrobulbärt hematom. Kalla omslag, hem."),
  ], setting="akut", template="Akutanteckning"),
  must_not=["NL102"], why="Draft: '?fraktur' answered in the same line by a negative CT; nothing else hedged.")

C("ogon-vat-amd-ev-byte-till-eylea", "skane", "1939-10-10", "246",
  N("sk_ogon_hbg", "Lena Ek", "läkare", "2024-04-09 08:50", "2024-04-09 09:20", [
      ("Aktuellt", "Känd våt AMD vä sedan mars 2023, behandlas med Lucentis var sjätte vecka."),
      ("Status", "Visus vä 0,3, oförändrat. OCT: kvarstående subretinal vätska trots tät behandling."),
      ("Planering", "Ev. byte till Eylea vid nästa injektion om vätskan kvarstår. Ny tid om sex veckor."),
  ]),
  must_not=["NL102"], why="Only the treatment change is hedged; våt AMD is settled.")

C("ogon-hereditet-for-glaukom", "vgr", "1968-08-15", "524",
  N("vgr_ogon_mott", "Per Lundgren", "läkare", "2024-05-07 13:30", "2024-05-07 14:00", [
      ("Anamnes", "Hereditet för glaukom, både mor och morbror behandlas. Inga egna ögonbesvär, kommer för kontroll enligt rekommendation."),
      ("Status", "Tryck 16/17. Papiller välavgränsade med excavation 0,3 bilat. OCT normal."),
      ("Bedömning", "Normalt ögonstatus. Ny kontroll om två år pga ärftligheten."),
  ]),
  must_not=["NL102"], why="Glaukom only as family history ('Hereditet för').")

C("hud-pappa-hade-malignt-melanom", "skane", "1983-05-05", "213",
  N("sk_hud", "Anders Sjöberg", "läkare", "2024-06-12 10:00", "2024-06-12 10:40", [
      ("Anamnes", "Pappa hade malignt melanom vid 50 års ålder, därför önskar pat en helkroppsundersökning. Många födelsemärken."),
      ("Status", "Cirka 80 nevi, samtliga med regelbundet dermatoskopiskt mönster. Inga suspekta lesioner."),
      ("Bedömning", "Multipla benigna nevi. Råd om solskydd och självundersökning, ingen planerad uppföljning."),
  ]),
  must_not=["NL102"], why="Melanom belongs to the father; patient's own findings are certain and benign.")

C("hud-typo-ingen-missanke-om-melanom", "vgr", "1990-10-30", "528",
  N("vgr_hud", "Hanna Persson", "läkare", "2024-07-04 15:20", "2024-07-04 15:50", [
      ("Lokalstatus", "Vä skuldra 5 mm jämnt brun papel som enligt pat förändrats lite i färg."),
      ("Dermatoskopi", "Symmetriskt retikulärt nätverk, inga atypiska strukturer."),
      ("Bedömning", "Ingen missanke om melanom. Fotodokumenterad, pat hör av sig om förändring."),
  ]),
  must_not=["NL102"], why="Negation with a typo ('Ingen missanke om') must still stay silent.")

C("hud-tidigare-baltros-nu-torrhetseksem", "skane", "1944-01-26", "115",
  N("sk_hud_csk", "Nils Åkesson", "läkare", "2024-01-24 09:15", "2024-01-24 09:55", [
      ("Anamnes", "Tidigare bältros hö bröstkorg 2019, läkte utan kvarstående smärta. Söker nu för kliande torr hud på underbenen sedan november."),
      ("Status", "Fjällande, spruckna partier på båda underbenens framsidor, inga blåsor."),
      ("Bedömning", "Torrhetseksem underben. Mjukgörande två gånger dagligen och Betnovat kräm i två veckor."),
  ]),
  must_not=["NL102"], why="Historical settled bältros and a certain current diagnosis; nothing hedged.")

C("hud-psoriasis-eventuellt-metotrexat", "vgr", "1977-04-12", "139",
  N("vgr_hud_sks", "Eva Sandberg", "läkare", "2024-02-20 11:00", "2024-02-20 11:45", [
      ("Aktuellt", "Plackpsoriasis sedan 20 år, PASI 14 trots Dovobet och ljusbehandling i våras."),
      ("Bedömning", "Eventuellt start av metotrexat, leverprover, hepatitserologi och lungröntgen tas innan beslut vid nästa besök."),
  ]),
  must_not=["NL102"], why="'Eventuellt' hedges the treatment; plackpsoriasis is confirmed.")

C("gyn-pcos-avskrivs", "skane", "2000-02-29", "688",
  N("sk_kk", "Linnea Dahl", "läkare", "2024-03-21 14:40", "2024-03-21 15:20", [
      ("Anamnes", "Utreds för oregelbundna mens sedan hon slutade med p-piller för ett år sedan."),
      ("Provsvar", "Testosteron, SHBG, AMH och prolaktin normala. VUL dag 12: dominant follikel hö, ovarier i övrigt normala."),
      ("Bedömning", "PCOS avskrivs. Cykeln förväntas stabiliseras, pat för menskalender och hör av sig om ett halvår vid fortsatt oregelbundenhet."),
  ]),
  must_not=["NL102"], why="'PCOS avskrivs' = ruled out.")

C("gyn-syster-och-mor-har-endometrios", "vgr", "2003-12-12", "740",
  N("vgr_kk_nal", "Tomas Blom", "läkare", "2024-04-18 10:20", "2024-04-18 11:00", [
      ("Anamnes", "Syster och mor har endometrios och pat är orolig för detsamma. Mens var 28:e dag, måttlig smärta första dagen som svarar bra på Ipren."),
      ("Status", "Gyn status och VUL utan anmärkning."),
      ("Bedömning", "Normala fynd, inget behov av vidare utredning nu. Pat lugnad."),
  ]),
  must_not=["NL102"], why="Endometrios in sister and mother only (family history).")

C("obst-typo-inga-tecken-pa-preeklampsi", "skane", "1989-09-21", "366",
  N("sk_kk_ystad", "Magnus Ström", "läkare", "2024-05-16 09:40", "2024-05-16 10:10", [
      ("Aktuellt", "Omföderska v 36+2 på kontroll pga förhöjt BT förra veckan på MVC."),
      ("Status", "BT 132/84 och 128/82. Urinsticka negativ för protein. Inga ödem, ingen huvudvärk."),
      ("Bedömning", "Inga tecken på preeklamspi. Fortsatta kontroller på MVC en gång i veckan."),
  ]),
  must_not=["NL102"], why="Negated diagnosis with a typo ('preeklamspi') after 'Inga tecken på'.")

C("obst-graviditetsdiabetes-bekraftad-ev-insulin", "vgr", "1994-07-01", "582",
  N("vgr_smvc", "Anna-Karin Jönsson", "läkare", "2024-06-20 13:10", "2024-06-20 13:50", [
      ("Aktuellt", "Graviditetsdiabetes diagnostiserad v 28 med OGTT 2h-värde 10,8. Kostbehandling sedan dess."),
      ("Bedömning", "Fasteglukos 5,5–5,9 senaste veckan. Ev. insulin (Insulatard till natten) om fastevärdena inte sjunker, ny profil om en vecka."),
  ]),
  must_not=["NL102"], why="Confirmed graviditetsdiabetes; only insulin is hedged.")

C("obst-mojligen-minskade-fosterrorelser", "skane", "1997-11-08", "428",
  N("sk_forl_csk", "Reza Karimi", "läkare", "2024-07-13 03:20", None, [
      ("Anamnes", "Förstföderska v 38+4. Möjligen minskade fosterrörelser igår kväll enligt pat, idag känner hon rörelser som vanligt."),
      ("Status", "CTG 40 min reaktivt med god variabilitet. Ultraljud: normal mängd fostervatten."),
      ("Bedömning", "Normalt CTG. Hem, uppmanas att höra av sig vid förändrat rörelsemönster."),
  ], setting="akut"),
  must_not=["NL102"], why="Draft: the hedge ('Möjligen') is on a symptom, not a diagnosis.")

C("onh-bppv-bekraftad-epley", "vgr", "1952-02-02", "644",
  N("vgr_onh_sks", "Sofia Nordin", "läkare", "2024-08-08 10:30", "2024-08-08 11:10", [
      ("Status", "Dix-Hallpike hö: typisk uppåtslående torsionsnystagmus efter latens 5 sek, varar 20 sek. Övrig otoneurologi ua."),
      ("Bedömning", "BPPV i hö bakre båggång. Epley-manöver utförd med god effekt, kontroll av symtom per telefon om två veckor."),
  ]),
  must_not=["NL102"], why="BPPV stated with certainty; nothing hedged.")

C("onh-kolesteatom-fraga-besvarad-dt", "skane", "1986-05-19", "255",
  N("sk_onh", "Henrik Månsson", "läkare", "2024-09-10 14:00", "2024-09-10 14:45", [
      ("Frågeställning", "Kolesteatom? pga illaluktande flytning från vä öra."),
      ("DT tinningben", "Luftfyllt mellanöra och mastoid, ingen benerosion eller mjukdelsmassa."),
      ("Bedömning", "Inget kolesteatom. Kronisk extern otit vä, rensning och Terracortril med polymyxin B i tio dagar."),
  ]),
  must_not=["NL102"], why="'Kolesteatom?' answered by CT and 'Inget kolesteatom'; nothing else hedged.")

C("onh-kand-meniere-lugnt-lage", "skane", "1957-03-08", "300",
  N("sk_onh_ystad", "Elin Carlsson", "läkare", "2024-10-03 11:15", "2024-10-03 11:40", [
      ("Aktuellt", "Känd Mb Ménière vä sedan 2016. Inga yrselattacker senaste året, Betahistin avslutades i våras."),
      ("Bedömning", "Stabilt. Ingen planerad uppföljning, ny kontakt vid försämring."),
  ], template="Telefonanteckning"),
  must_not=["NL102"], why="Known, settled Mb Ménière; no hedge.")

C("endo-basedow-radiojod-nu-hypotyreos", "vgr", "1973-10-18", "460",
  N("vgr_endo", "Björn Ahlqvist", "läkare", "2024-11-07 09:30", "2024-11-07 10:00", [
      ("Aktuellt", "Mb Basedow 2021, radiojodbehandlad i april 2022. Postablativ hypotyreos på Levaxin 100 µg."),
      ("Provsvar", "TSH 2,1, fritt T4 16."),
      ("Bedömning", "Välsubstituerad, oförändrad dos. Fortsatt årlig TSH-kontroll på vårdcentralen."),
  ]),
  must_not=["NL102"], why="Historical Mb Basedow and current hypotyreos, both settled.")

C("endo-bror-har-typ-1-diabetes", "skane", "1998-07-30", "171",
  N("sk_endo", "Camilla Rydén", "läkare", "2024-11-26 13:00", "2024-11-26 13:30", [
      ("Anamnes", "Bror har typ 1-diabetes sedan barndomen. Pat har varit törstig en period under värmen i somras och vill testa sig."),
      ("Provsvar", "Fastande P-glukos 4,9, HbA1c 34, GAD-antikroppar negativa."),
      ("Bedömning", "Normal glukosomsättning, ingen diabetes. Ingen uppföljning behövs."),
  ]),
  must_not=["NL102"], why="Typ 1-diabetes is the brother's; patient's diabetes is negated.")

C("endo-binjurebarksinsufficiens-utesluten", "vgr", "1980-09-09", "562",
  N("vgr_med_als", "David Olofsson", "läkare", "2024-12-05 15:00", "2024-12-05 15:40", [
      ("Aktuellt", "Utreds för trötthet och lågt morgonkortisol (180 nmol/l) från vårdcentralen."),
      ("Synacthentest", "Kortisol 0 min 210, 30 min 610 nmol/l."),
      ("Bedömning", "Normalt svar, binjurebarksinsufficiens utesluten. Åter till vårdcentralen för fortsatt utredning av tröttheten."),
  ]),
  must_not=["NL102"], why="'binjurebarksinsufficiens utesluten' = ruled out.")

C("endo-typ2-diabetes-ev-c-peptid", "skane", "1966-12-06", "397",
  N("sk_endo", "Yasmin Haddad", "läkare", "2024-01-18 10:10", "2024-01-18 10:50", [
      ("Aktuellt", "Typ 2-diabetes sedan 2015, metformin och Ozempic. HbA1c 58 mmol/mol, stigande."),
      ("Planering", "Ev. C-peptid och GAD-ak vid nästa provtagning för att bedöma insulinreserven. Dosökning av Ozempic till 1 mg."),
  ]),
  must_not=["NL102"], why="'Ev.' hedges a test; typ 2-diabetes is settled.")

C("reuma-mamma-har-sle", "vgr", "1995-03-15", "626",
  N("vgr_reuma_nu", "Gunilla Hjort", "läkare", "2024-02-22 13:45", "2024-02-22 14:20", [
      ("Anamnes", "Mamma har SLE och pat undrar över sin egen risk. Inga ledsvullnader, inga utslag eller munsår."),
      ("Status", "Inga synovitter, hudstatus ua. ANA negativ, SR 6."),
      ("Bedömning", "Inga fynd som motiverar vidare reumatologisk utredning. Informerad om symtom att vara uppmärksam på."),
  ]),
  must_not=["NL102"], why="SLE belongs to the mother (family), patient has no hedged diagnosis.")

C("reuma-psoriasisartrit-stabil-ev-glesare-dos", "skane", "1970-04-20", "135",
  N("sk_reuma", "Petra Lind", "läkare", "2024-03-28 08:30", "2024-03-28 09:05", [
      ("Aktuellt", "Psoriasisartrit sedan 2015, i remission på Humira 40 mg varannan vecka sedan tre år."),
      ("Status", "Inga svullna eller ömma leder, inga entesiter. CRP <1."),
      ("Planering", "Ev. glesare dosering till var tredje vecka om fortsatt remission vid nästa besök i höst."),
  ]),
  must_not=["NL102"], why="Settled psoriasisartrit; hedge only on dosing.")

C("reuma-typo-inget-som-talar-for-ra", "vgr", "1958-06-28", "704",
  N("vgr_reuma", "Viktor Engström", "läkare", "2024-04-25 10:00", "2024-04-25 10:45", [
      ("Anamnes", "Värk och stelhet i fingrarnas ytterleder sedan ett år, knölar på lederna."),
      ("Status", "Heberdens noder DIP II–V bilat, inga synovitter i MCP eller handleder. RF och anti-CCP negativa, CRP 2."),
      ("Bedömning", "Inget som talar för reumatiod artrit. Handartros i DIP-leder, hänvisas till arbetsterapeut för ortoser och handträning."),
  ]),
  must_not=["NL102"], why="Negated 'Inget som talar för' with a typo in the diagnosis ('reumatiod').")

C("reuma-skane-tidiga-hypoteser-anca-vaskulit", "skane", "1949-11-19", "253",
  N("sk_reuma", "Malin Ohlsson", "läkare", "2024-05-21 16:10", "2024-05-21 16:40", [
      ("Hypotes", "Misstänkt ANCA-associerad vaskulit med tanke på hematuri, sinuit och lunginfiltrat. ANCA skickat akut, tas upp med pat när svaret finns."),
  ], template="Tidiga hypoteser"),
  must_not=["NL102", "NL101"], why="Skåne: hedged vaskulit in the hidden template Tidiga hypoteser.")

C("inf-neuroborrelios-uteslutes-bells-pares", "skane", "1982-08-08", "319",
  N("sk_inf", "Zeynep Demir", "läkare", "2024-06-25 11:30", "2024-06-25 12:15", [
      ("Aktuellt", "Facialispares hö sedan två dagar, ingen känd fästingkontakt."),
      ("Provsvar", "Likvor: 2 mononukleära celler, borreliaantikroppar i likvor negativa."),
      ("Bedömning", "Neuroborrelios uteslutes. Bells pares hö, Prednisolon 50 mg i tio dagar och ögonskydd."),
  ]),
  must_not=["NL102"], why="'Neuroborrelios uteslutes'; Bells pares stated with certainty.")

C("inf-misstankt-baltros-bekraftades-med-pcr", "vgr", "1960-02-14", "442",
  N("vgr_inf_sks", "Kristina Berg", "läkare", "2024-07-30 13:00", "2024-07-30 13:45", [
      ("Aktuellt", "Söker för blåsor på vä panna och i hårbotten sedan två dagar."),
      ("Bedömning", "Misstänkt bältros i vä V1-dermatom, vilket bekräftades med positiv VZV-PCR från blåsinnehållet. Valaciklovir i sju dagar, remiss till ögonmottagningen för kontroll av ögonengagemang."),
  ]),
  must_not=["NL102"], why="Suspicion confirmed in the same sentence ('vilket bekräftades'); nothing else hedged.")

C("sti-klamydia-fraga-naat-negativ", "skane", "1999-04-04", "280",
  N("sk_sti", "Lars Friberg", "sjuksköterska", "2024-08-13 09:00", "2024-08-13 09:20", [
      ("Kontaktorsak", "Ny partner, vill testa sig. Inga besvär."),
      ("Provsvar", "?Klamydia – NAAT negativ, gonorré negativ, HIV och syfilis negativa."),
      ("Bedömning", "Inga sexuellt överförbara infektioner påvisade. Provsvaren meddelade via 1177, råd om kondomanvändning."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL102"], why="'?Klamydia' answered by a negative NAAT in the same line.")

C("sti-syfilis-kan-uteslutas", "vgr", "1988-01-11", "153",
  N("vgr_sti", "Karin Lindqvist", "läkare", "2024-09-05 15:30", "2024-09-05 16:00", [
      ("Kontaktorsak", "Smärtfritt sår på penis för tre veckor sedan som läkt av sig självt, orolig för syfilis."),
      ("Provsvar", "TPPA och RPR negativa, även sex veckor efter exponering."),
      ("Bedömning", "Syfilis kan uteslutas. HSV-PCR som togs vid förra besöket var också negativ, ingen behandling."),
  ]),
  must_not=["NL102"], why="'kan uteslutas' (not 'kan ej uteslutas') rules syfilis out.")

C("psyk-vgr-sokord-tidiga-hypoteser-bipolar", "vgr", "1985-05-25", "217",
  N("vgr_psyk", "Johan Bergström", "läkare", "2024-10-10 10:30", "2024-10-10 11:30", [
      ("Aktuellt", "Uppföljning av depressiv episod, sömnen bättre på mirtazapin, fortsatt låg energi."),
      ("Bedömning", "Måttlig depressiv episod i långsam förbättring. Fortsatt samtalskontakt varannan vecka."),
      ("Tidiga hypoteser", "Trolig bipolär sjukdom; uppgifter från syster om hypomana perioder behöver vägas in innan det tas upp med pat."),
  ]),
  must_not=["NL102", "NL101"], why="VGR: the hedged bipolär sjukdom is only under the hidden sökord Tidiga hypoteser.")

C("bup-skane-tidiga-hypoteser-adhd-barn-10", "skane", "2014-03-22", "375",
  N("sk_bup", "Fatima Al-Hassan", "läkare", "2024-11-14 14:15", "2024-11-14 14:50", [
      ("Hypotes", "Trolig ADHD av kombinerad typ, men skolobservationen återstår och vi vill inte ta upp det med vårdnadshavarna innan den är gjord."),
  ], template="Tidiga hypoteser"),
  must_not=["NL102", "NL101"], why="Skåne BUP: hedged ADHD for a 10-year-old kept in the hidden template Tidiga hypoteser.")

C("psyk-typo-ingen-misstake-om-bipolar", "skane", "1979-12-30", "484",
  N("sk_psyk", "Erik Nyström", "läkare", "2024-12-10 09:00", "2024-12-10 09:50", [
      ("Aktuellt", "Recidiverande depression, nu måttlig episod sedan två månader efter skilsmässa."),
      ("Psykiskt status", "Sänkt stämningsläge, gråtmild, inga psykotiska symtom. Inga hypomana perioder i anamnesen."),
      ("Bedömning", "Recidiverande depression, måttlig episod. Ingen misstake om bipolär sjukdom. Sertralin höjs till 100 mg, KBT-grupp."),
  ]),
  must_not=["NL102"], why="Negation with a typo ('Ingen misstake om') before bipolär sjukdom.")

C("psyk-np-utredning-adhd-ej-uppfyllt", "vgr", "1994-10-04", "508",
  N("vgr_psyk_ko", "Maria Holm", "psykolog", "2024-01-25 13:00", "2024-01-25 14:30", [
      ("Sammanfattning", "Neuropsykiatrisk utredning avslutad. Kriterierna för ADHD uppfylls inte, uppmärksamhetssvårigheterna förklaras bättre av långvarig sömnbrist och ångest."),
      ("Information", "Återgivningssamtal genomfört med pat, som fått ta del av resultaten och en skriftlig sammanfattning."),
  ], template="Psykologanteckning"),
  must_not=["NL102", "NL101"], why="ADHD ruled out ('kriterierna uppfylls inte') and feedback given to the patient.")

C("amm-bullerskada-bekraftad-ev-horselskydd", "skane", "1964-09-14", "233",
  N("sk_amm", "Anders Sjöberg", "läkare", "2024-02-29 10:20", "2024-02-29 11:00", [
      ("Anamnes", "Plåtslagare i 35 år, har ofta arbetat utan hörselskydd."),
      ("Audiogram", "Bilateral diphack vid 4 kHz på 50 dB."),
      ("Bedömning", "Bullerskada bilateralt med typiskt utseende. Ev. byte till formgjutna hörselskydd, arbetsskadeanmälan lämnas in av arbetsgivaren."),
  ]),
  must_not=["NL102"], why="Confirmed bullerskada; the hedge is on hearing protection.")

C("amm-mojligen-ogonirritation-symtom", "vgr", "1987-07-07", "664",
  N("vgr_amm", "Hanna Persson", "läkare", "2024-03-07 14:10", "2024-03-07 14:50", [
      ("Anamnes", "Laboratorieingenjör som hanterar lösningsmedel. Möjligen lätt irritation i ögonen mot slutet av arbetsdagen, ingen hosta eller andfåddhet."),
      ("Undersökningar", "Spirometri och FeNO normala. Ögonstatus utan anmärkning."),
      ("Bedömning", "Inga objektiva fynd. Ventilationen i dragskåpen ses över av skyddsombudet."),
  ]),
  must_not=["NL102"], why="Hedge ('Möjligen') on a symptom only.")

C("ogon-katarakt-trolig-op-i-april", "vgr", "1945-11-01", "222",
  N("vgr_ogon_nu", "Ingrid Wallin", "läkare", "2024-01-09 11:00", "2024-01-09 11:30", [
      ("Status", "Visus hö 0,4 vä 0,7. Kärnkatarakt 3+ hö, 2+ vä. Fundus ua."),
      ("Planering", "Kataraktoperation hö, trolig operation i april. Vä avvaktas tills vidare."),
  ]),
  must_not=["NL102"], why="'trolig' hedges the operation date; katarakt is certain.")

# ================================================================ PMO negatives (Skåne primary care)
C("pmo-vc-misstankt-klamydia", "skane", "1996-06-06", "395",
  N("sk_vc", "Tomas Blom", "läkare", "2024-04-11 10:40", "2024-04-11 11:00", [
      ("Kontaktorsak", "Sveda vid vattenkastning sedan fem dagar, ny partner i förra månaden."),
      ("Bedömning", "Misstänkt klamydia. Urinprov för klamydia/gonorré taget, svar via 1177 om en vecka."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="PMO never shows diagnoses: hedged klamydia must stay silent.")

C("pmo-um-fraga-pcos-17-ar", "skane", "2007-05-15", "746",
  N("sk_um", "Linnea Dahl", "barnmorska", "2024-09-17 15:30", "2024-09-17 16:00", [
      ("Kontaktorsak", "Finnar, ökad behåring och mens ungefär var tredje månad."),
      ("Bedömning", "?PCOS, remiss till gynmottagningen för hormonstatus och ultraljud."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="PMO ungdomsmottagning: '?PCOS' is not shown.")

C("pmo-bvc-trolig-atopiskt-eksem", "skane", "2023-04-10", "431",
  N("sk_bvc", "Sofia Nordin", "sjuksköterska", "2024-02-15 09:30", "2024-02-15 09:50", [
      ("Aktuellt", "Torra röda fläckar i armvecken och på kinderna sedan några veckor, kliar sig nattetid."),
      ("Bedömning", "Troligt atopiskt eksem. Mjukgörande kräm och läkartid bokad på vårdcentralen."),
  ], system="PMO", template="BVC-anteckning"),
  must_not=["NL102"], why="PMO BVC (child of 1): 'Troligt atopiskt eksem' is not shown.")

C("pmo-hemsjukvard-trol-baltros", "skane", "1936-03-03", "262",
  N("sk_hsv", "Jenny Falk", "sjuksköterska", "2024-06-27 13:20", "2024-06-27 13:35", [
      ("Aktuellt", "Vid hembesök ses blåsor i ett band över vä bröstkorg, pat klagar över brännande smärta."),
      ("Åtgärd", "Trol. bältros. Läkare på vårdcentralen kontaktad per telefon, ordinerar Valaciklovir som hämtas ut av hemtjänsten."),
  ], system="PMO", template="Hemsjukvårdsanteckning"),
  must_not=["NL102"], why="PMO hemsjukvård: hedged bältros is not shown.")

C("pmo-vc-typo-missankt-hypotyros", "skane", "1968-01-31", "504",
  N("sk_vc2", "Oskar Hedlund", "läkare", "2024-10-29 08:20", "2024-10-29 08:45", [
      ("Kontaktorsak", "Trötthet, frusenhet och viktuppgång sedan i somras."),
      ("Bedömning", "Missänkt hypotyros, TSH och T4 tas. Återkoppling per telefon när svaren finns."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="PMO with typos in hedge and diagnosis ('Missänkt hypotyros'): still silent.")

# ================================================================ NL101 positives
C("hud-pad-melanom-besked-vid-aterbesok", "vgr", "1976-02-11", "193",
  N("vgr_hud", "Nils Åkesson", "läkare", "2024-04-29 13:00", "2024-04-29 13:25", [
      ("Provsvar", "PAD från excision hö skulderblad: superficiellt spridande malignt melanom, Breslow 1,4 mm, utan ulceration. Radikalt exciderat med 2 mm marginal."),
      ("Planering", "Utvidgad excision 1 cm och ställningstagande till portvaktskörtel. Pat ej informerad, besked ges vid återbesök 14/5."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Confirmed melanom visible while 'Pat ej informerad, besked ges vid återbesök'.")

C("gyn-cervixcancer-pat-annu-inte-informerad", "skane", "1981-07-17", "722",
  N("sk_kk_lund", "Eva Sandberg", "läkare", "2024-05-13 15:45", "2024-05-13 16:30", [
      ("PAD", "Koniseringspreparatet visar skivepitelcancer i cervix, invasionsdjup 6 mm, ej radikalt."),
      ("Bedömning", "Cervixcancer minst stadium IB1, MR lilla bäckenet och anmälan till MDK. Pat är ännu inte informerad; gynonkolog ger besked vid bokat besök på torsdag."),
  ]),
  must=["NL101"], must_not=["NL102"], why="Cervixcancer in the visible note, patient 'ännu inte informerad'.")

C("obst-missed-abortion-utkast-ej-informerad", "vgr", "1992-02-02", "348",
  N("vgr_ul_nal", "Ingrid Wallin", "barnmorska", "2024-06-06 10:10", None, [
      ("Ultraljud", "Vaginalt ultraljud: intrauterin gestationssäck med embryo CRL 9 mm motsvarande 6+6, ingen hjärtaktivitet. Graviditetslängd enligt SM 9+2."),
      ("Bedömning", "Fynden motsvarar missed abortion. Pat ännu ej informerad, läkare kallas till rummet för att ge beskedet."),
  ], template="Barnmorskeanteckning"),
  must=["NL101"], must_not=["NL102"], why="Pre-signing draft: missed abortion written before the patient is told.")

C("ogon-koroidalt-melanom-informeras-nar-mr-klar", "skane", "1959-03-31", "457",
  N("sk_ogon", "Henrik Månsson", "läkare", "2024-07-16 11:30", "2024-07-16 12:40", [
      ("Status", "Vä öga: pigmenterad prominerande tumör temporalt om makula, 11 mm bas och 4 mm höjd på ultraljud, orange pigment och subretinal vätska."),
      ("Bedömning", "Koroidalt melanom vä. Pat informeras när MR och metastasscreening är klara, nästa vecka."),
  ]),
  must=["NL101"], must_not=["NL102"], why="Ophthalmic cancer diagnosis with 'Pat informeras när …' (not yet told).")

C("onh-tonsillcancer-pat-vet-annu-inte", "vgr", "1958-05-04", "271",
  N("vgr_onh", "Magnus Ström", "läkare", "2024-08-20 14:00", "2024-08-20 14:50", [
      ("PAD", "Tonsill hö: skivepitelcancer, p16-positiv. DT hals: körtelmetastas regio II hö."),
      ("Bedömning", "Tonsillcancer hö, T2N1 (p16+). Pat vet ännu inte om PAD-svaret, besked på återbesöket fredag tillsammans med kontaktsjuksköterska."),
  ]),
  must=["NL101"], must_not=["NL102"], why="'Pat vet ännu inte om' with confirmed tonsillcancer visible.")

C("endo-typo-thyreoideacancer-ej-informerd", "skane", "1970-10-10", "620",
  N("sk_endo", "Anna-Karin Jönsson", "läkare", "2024-09-03 16:20", "2024-09-03 16:55", [
      ("Cytologi", "Finnålspunktion av 2,5 cm knöl i hö thyreoidealob: Bethesda VI, papillär thyreoideacancer."),
      ("Bedömning", "Papillär thyreoideacancer hö lob. Pat ej informerd ännu, endokrinkirurg ringer henne i morgon och bokar besök."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Typo in the not-told cue ('ej informerd') with papillär thyreoideacancer visible.")

C("reuma-systemisk-skleros-besked-vid-aterbesok", "vgr", "1967-08-19", "786",
  N("vgr_reuma", "Reza Karimi", "läkare", "2024-10-24 11:00", "2024-10-24 11:40", [
      ("Provsvar", "Anti-Scl-70 starkt positiv, kapillärmikroskopi med jättekapillärer och avaskulära områden."),
      ("Bedömning", "Systemisk skleros, diffus form. Besked ges vid återbesöket om två veckor då även HRCT och ekokardiografi är klara; pat har inte fått veta provsvaren."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Systemisk skleros visible; 'besked ges vid återbesöket', 'har inte fått veta'.")

C("inf-hiv-positiv-ej-meddelad", "skane", "1990-12-19", "337",
  N("sk_inf", "Elin Carlsson", "läkare", "2024-11-21 15:10", "2024-11-21 15:45", [
      ("Provsvar", "HIV-1 antikropp/antigen positivt, konfirmerat med immunoblot. Virusmängd och CD4 skickade."),
      ("Planering", "Nydiagnostiserad hiv-infektion. Pat ej meddelad ännu, kallas till besök i morgon med kurator närvarande."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Hiv-infektion visible, 'Pat ej meddelad ännu'.")

C("sti-tidig-latent-syfilis-ej-natts", "vgr", "1979-04-28", "568",
  N("vgr_sti", "Björn Ahlqvist", "läkare", "2024-12-02 09:30", "2024-12-02 09:55", [
      ("Provsvar", "TPPA positiv, RPR 1:8. Inga tidigare syfilisprover."),
      ("Bedömning", "Syfilis, tidig latent. Pat har inte gått att nå på telefon och är alltså ej informerad; brev om återbesök skickat."),
  ], template="Telefonanteckning"),
  must=["NL101"], must_not=["NL102"], why="Latent syfilis visible while the patient could not be reached and is 'ej informerad'.")

C("psyk-adhd-aterkoppling-har-inte-skett", "vgr", "1993-06-21", "159",
  N("vgr_psyk_ko", "Camilla Rydén", "psykolog", "2024-05-30 13:30", "2024-05-30 15:00", [
      ("Sammanfattning", "Utredningen visar ADHD, kombinerad form, med stöd av skattningar, anamnes från mor och testresultat."),
      ("Planering", "Återgivningssamtal bokat 3/6. Pat är inte informerad om utfallet, resultaten presenteras först vid samtalet."),
  ], template="Psykologanteckning"),
  must=["NL101"], must_not=["NL102"], why="Adult psychiatry: ADHD diagnosis written before the feedback session.")

C("bup-autism-vardnadshavare-ej-informerade-barn-9", "skane", "2015-06-02", "291",
  N("sk_bup", "David Olofsson", "psykolog", "2024-04-16 14:00", "2024-04-16 16:10", [
      ("Sammanfattning", "Utredningen med ADOS-2, WISC-V och föräldraintervju visar autism utan intellektuell funktionsnedsättning."),
      ("Planering", "Vårdnadshavarna är ännu inte informerade, återgivningssamtal med båda föräldrarna är bokat om tio dagar."),
  ], template="Psykologanteckning"),
  must=["NL101"], must_not=["NL102"], why="Child under 13: the guardians (who read) have not been told of autism.")

C("amm-yrkesastma-besked-vid-lakarbesok", "vgr", "1983-11-23", "215",
  N("vgr_amm", "Yasmin Haddad", "läkare", "2024-08-29 10:15", "2024-08-29 10:50", [
      ("Provsvar", "Specifik bronkprovokation med mjöldamm positiv, PEF-kurvorna visar tydlig arbetsrelaterad variation."),
      ("Bedömning", "Yrkesastma orsakad av mjöldamm hos bagare. Pat ej informerad om resultatet, besked och genomgång av konsekvenser för arbetet vid läkarbesök 12/9."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Occupational diagnosis visible, told only at a later visit.")

C("endo-hypofysmakroadenom-pat-vet-inte-om-fyndet", "skane", "1961-01-09", "139",
  N("sk_endo", "Gunilla Hjort", "läkare", "2024-02-05 15:30", "2024-02-05 16:00", [
      ("MR hypofys", "14 mm makroadenom med suprasellär växt som når chiasma."),
      ("Bedömning", "Icke-funktionellt hypofysmakroadenom. Pat vet inte om fyndet än, besked vid endokrinbesöket på måndag; synfält beställt."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="'Pat vet inte om fyndet än' with hypofysmakroadenom visible.")

C("gyn-endometriecancer-informeras-efter-mdk", "vgr", "1951-09-14", "480",
  N("vgr_kk_nal", "Petra Lind", "läkare", "2024-03-12 12:10", "2024-03-12 12:45", [
      ("PAD", "Endometriebiopsi: endometrioid adenocarcinom, grad 1."),
      ("Planering", "Endometriecancer. Pat informeras när fallet diskuterats på MDK nästa onsdag, DT thorax-buk beställd."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Endometriecancer visible; patient to be informed after the MDT.")

C("hud-typo-mycosis-fungoides-aterbseok", "skane", "1955-05-26", "357",
  N("sk_hud", "Viktor Engström", "läkare", "2024-06-19 11:45", "2024-06-19 12:15", [
      ("PAD", "Epidermotropt T-cellsinfiltrat med Pautrier-mikroabscesser, klonal TCR-omlagring."),
      ("Bedömning", "Mycosis fungoides, plackstadium. Meddelas pat vid återbseök om en vecka, tills dess ej informerad."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Latin lymphoma name visible; typo in the cue ('återbseök').")

C("ogon-retinitis-pigmentosa-genetik-ej-informerad", "vgr", "2004-03-13", "282",
  N("vgr_ogon_mott", "Malin Ohlsson", "läkare", "2024-09-26 13:20", "2024-09-26 13:50", [
      ("Genetisk analys", "Två patogena varianter i USH2A påvisade i trans."),
      ("Bedömning", "Retinitis pigmentosa, USH2A-associerad. Pat ej informerad om svaret; genetisk vägledning tillsammans med ögonläkare bokad 8/10."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Genetic eye diagnosis visible before genetic counselling.")

C("inf-hepatit-c-utkast-inget-besked", "skane", "1986-02-27", "373",
  N("sk_inf_hbg", "Kristina Berg", "läkare", "2024-10-17 10:30", None, [
      ("Provsvar", "Anti-HCV positiv, HCV-RNA 2,3 miljoner IE/ml, genotyp 3a."),
      ("Bedömning", "Kronisk hepatit C. Patienten har inte fått besked, ringer i eftermiddag för att boka tid för information och fibroscan."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="Draft: hepatit C visible, 'Patienten har inte fått besked'.")

C("psyk-schizofreni-ska-ej-meddelas-forran", "skane", "1999-09-30", "455",
  N("sk_psyk_sv", "Zeynep Demir", "läkare", "2024-07-25 14:00", "2024-07-25 15:10", [
      ("Bedömning", "Efter åtta veckors observation uppfylls kriterierna för schizofreni, paranoid form."),
      ("Planering", "Diagnosen ska ej meddelas pat förrän vid vårdplaneringen på fredag med mamma och öppenvårdsläkaren närvarande, då pat själv önskat att mamma är med vid svåra besked."),
  ], setting="psykiatrisk slutenvård"),
  must=["NL101"], must_not=["NL102"], why="'ska ej meddelas pat förrän' with schizofreni visible (inpatient psychiatry).")

# ================================================================ NL101 negatives
C("reuma-diagnosbesked-givet-psoriasisartrit", "vgr", "1976-06-16", "431",
  N("vgr_reuma_nu", "Lars Friberg", "läkare", "2024-01-31 10:40", "2024-01-31 11:30", [
      ("Bedömning", "Psoriasisartrit med oligoartrit i knän och entesit. Diagnosbesked givet idag, pat informerad om sjukdomen och behandlingsalternativen."),
      ("Planering", "Metotrexat 15 mg/v med folsyra, prover var fjärde vecka första tiden."),
  ]),
  must_not=["NL101", "NL102"], why="'Diagnosbesked givet idag' for psoriasisartrit.")

C("hud-informerad-om-pad-basalcellscancer", "skane", "1947-12-05", "606",
  N("sk_hud_csk", "Karin Lindqvist", "läkare", "2024-02-26 13:15", "2024-02-26 13:30", [
      ("Provsvar", "PAD: nodulär basalcellscancer vä kind, radikalt exciderad."),
      ("Information", "Informerad om PAD-svaret per telefon idag. Ingen ytterligare behandling, egenkontroll av huden."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"], why="Patient told of the PAD result (basalcellscancer).")

C("ogon-katarakt-operationsdatum-ej-meddelat", "vgr", "1949-04-17", "215",
  N("vgr_ogon_mott", "Johan Bergström", "läkare", "2024-03-18 09:00", "2024-03-18 09:35", [
      ("Bedömning", "Katarakt bilat, hö mer uttalad. Pat informerad om operationen och samtycker."),
      ("Planering", "Pat ej informerad om operationsdatum ännu, kallelse skickas när tid finns i operationsplaneringen."),
  ]),
  must_not=["NL101"], why="The untold matter is an operation date, not a diagnosis.")

C("reuma-gikt-remiss-ej-informerad", "skane", "1959-08-08", "279",
  N("sk_reuma", "Fatima Al-Hassan", "läkare", "2024-04-04 14:30", "2024-04-04 15:00", [
      ("Aktuellt", "Känd gikt med tofi på armbågarna, urat 290 på Allopurinol 300 mg."),
      ("Planering", "Remiss till ortoped för excision av tofus vä armbåge. Pat ej informerad om remissen än, meddelas med brev."),
  ]),
  must_not=["NL101"], why="The untold matter is a referral; gikt is known to the patient.")

C("endo-tsh-normalt-ej-meddelat", "vgr", "1982-02-14", "566",
  N("vgr_endo", "Sara Öberg", "sjuksköterska", "2024-05-02 11:00", "2024-05-02 11:10", [
      ("Aktuellt", "Hypotyreos sedan 2017 på Levaxin 75 µg, välinformerad om sin sjukdom."),
      ("Provsvar", "TSH 1,8 och fritt T4 15, normala värden. Pat ej meddelad om provsvaret ännu, skickas via 1177 i morgon."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101"], why="Only a normal lab value is untold.")

C("hud-skane-tidiga-hypoteser-melanom-in-situ", "skane", "1964-07-29", "588",
  N("sk_hud", "Per Lundgren", "läkare", "2024-06-03 16:00", "2024-06-03 16:20", [
      ("Anteckning", "PAD från nevus vä vad visar malignt melanom in situ. Pat ej informerad ännu, besked vid besöket om en vecka."),
  ], template="Tidiga hypoteser"),
  must_not=["NL101"], why="Skåne: untold melanom only in the hidden template Tidiga hypoteser.")

C("gyn-vgr-tidiga-hypoteser-cin3-synligt-utan-diagnos", "vgr", "1988-03-22", "624",
  N("vgr_gyn_sks", "Hanna Persson", "läkare", "2024-07-08 13:40", "2024-07-08 14:10", [
      ("Aktuellt", "Kolposkopi med biopsier utförd för två veckor sedan, PAD-svar har nu inkommit."),
      ("Planering", "Pat kallas till återbesök för genomgång av svaret och fortsatt handläggning."),
      ("Tidiga hypoteser", "PAD visar höggradig skivepiteldysplasi (CIN 3) med misstanke om mikroinvasion; pat inte informerad."),
  ], template="Journalanteckning"),
  must_not=["NL101", "NL102"], why="VGR: diagnosis and hypothesis only under sökord Tidiga hypoteser; visible part names none.")

C("sti-klamydia-partnern-ej-informerad", "skane", "2002-10-20", "540",
  N("sk_sti", "Ali Rahimi", "sjuksköterska", "2024-08-22 10:00", None, [
      ("Provsvar", "Klamydia-NAAT positiv från vaginalprov."),
      ("Åtgärd", "Pat informerad om klamydiainfektionen via telefon, doxycyklin i sju dagar uthämtat. Partnern är ännu inte informerad om att han behöver testas, pat vill själv berätta och smittspårare följer upp."),
  ], template="Telefonanteckning"),
  must_not=["NL101"], why="Draft: patient told; only the partner is not yet told about his own exposure.")

C("sti-17-ar-klamydia-foraldrarna-vet-inte", "vgr", "2007-01-16", "362",
  N("vgr_sti", "Eva Sandberg", "läkare", "2024-05-23 15:00", "2024-05-23 15:25", [
      ("Bedömning", "Klamydiainfektion, behandlad med doxycyklin. Pat informerad om diagnosen och smittspårningen."),
      ("Övrigt", "Föräldrarna vet inte om besöket och pat vill inte att de kontaktas, vilket respekteras."),
  ]),
  must_not=["NL101"], why="17-year-old patient is told; only the parents (non-readers) are not.")

C("bup-vardnadshavare-informerade-om-adhd-barn-11", "skane", "2013-04-04", "564",
  N("sk_bup_lund", "Sofia Nordin", "läkare", "2024-09-12 13:00", "2024-09-12 14:30", [
      ("Sammanfattning", "Utredningen visar ADHD, ouppmärksam form. Båda vårdnadshavarna informerade vid återgivningssamtalet idag och fick skriftlig sammanfattning."),
      ("Planering", "Flickan själv får en anpassad genomgång med psykolog nästa vecka. Stödinsatser i skolan diskuteras med elevhälsan."),
  ]),
  must_not=["NL101", "NL102"], why="Child of 11: the guardians, who read the journal, have been told.")

C("onh-informerad-om-pad-pleomorft-adenom", "vgr", "1972-12-28", "706",
  N("vgr_onh_sks", "Tomas Blom", "läkare", "2024-10-28 10:20", "2024-10-28 10:50", [
      ("Provsvar", "PAD efter ytlig parotidektomi hö: pleomorft adenom, radikalt exciderat."),
      ("Information", "Informerad om PAD på återbesöket, benign tumör utan behov av fortsatt uppföljning. Facialisfunktionen intakt."),
  ]),
  must_not=["NL101", "NL102"], why="Tumour diagnosis told at the visit.")

C("inf-hiv-diagnosbesked-givet-med-kurator", "skane", "1988-08-31", "173",
  N("sk_inf", "Oskar Hedlund", "läkare", "2024-11-28 11:00", "2024-11-28 12:00", [
      ("Bedömning", "Nydiagnostiserad hiv-infektion, CD4 420, virusmängd 48 000 kopior/ml."),
      ("Information", "Diagnosbesked givet idag i närvaro av kurator, pat tog beskedet sansat. Informerad om smittsamhet, behandling och smittspårning."),
  ]),
  must_not=["NL101", "NL102"], why="'Diagnosbesked givet idag' for hiv.")

C("endo-akromegali-valinformerad-optid-ej-klar", "skane", "1974-05-11", "195",
  N("sk_endo", "Jenny Falk", "läkare", "2024-01-15 14:10", "2024-01-15 14:40", [
      ("Aktuellt", "Akromegali med GH-producerande hypofysadenom, pat är välinformerad och inväntar transsfenoidal operation."),
      ("Planering", "Pat ej informerad om operationstiden ännu då neurokirurgen inte satt datum; Sandostatin fortsätter."),
  ]),
  must_not=["NL101"], why="'välinformerad' about akromegali; only the operation time is untold.")

C("psyk-bipolar-ej-informerad-om-litiumutsattning", "vgr", "1960-10-09", "246",
  N("vgr_psyk", "Ingrid Wallin", "läkare", "2024-02-28 15:00", "2024-02-28 15:40", [
      ("Aktuellt", "Bipolär sjukdom typ I sedan 1990-talet, välkänd för pat. Stigande kreatinin under litiumbehandling."),
      ("Planering", "Beslut om att trappa ut litium och byta till lamotrigin taget på teamkonferens. Pat ej informerad om beslutet än, tas vid nästa samtal på tisdag."),
  ]),
  must_not=["NL101"], why="The untold matter is a treatment decision; the diagnosis is known to the patient.")

C("ogon-keratokonus-besked-per-telefon", "skane", "2001-07-25", "337",
  N("sk_ogon_hbg", "Anders Sjöberg", "läkare", "2024-03-25 12:30", "2024-03-25 12:45", [
      ("Undersökning", "Topografi visar inferior brantning och centralt tunn cornea vä mer än hö."),
      ("Information", "Besked om diagnosen keratokonus givet per telefon, pat tog det bra. Crosslinking vä planeras i höst."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"], why="Keratokonus told by phone.")

C("amm-kontakteksem-informerad-arbetsrelaterat", "vgr", "1991-03-03", "782",
  N("vgr_amm", "Erik Nyström", "läkare", "2024-04-22 09:40", "2024-04-22 10:30", [
      ("Provsvar", "Epikutantest: positiv reaktion på tiuramix och karbamix (gummikemikalier)."),
      ("Bedömning", "Arbetsrelaterat allergiskt kontakteksem av gummihandskar hos undersköterska. Informerad om att besvären bedöms vara arbetsrelaterade, arbetsskadeanmälan diskuterad och byte till nitrilhandskar utan tillsatser rekommenderat."),
  ]),
  must_not=["NL101", "NL102"], why="Occupational diagnosis confirmed and told.")

C("gyn-normalt-cellprov-ej-meddelat", "skane", "1986-11-14", "500",
  N("sk_kk", "Yasmin Haddad", "sjuksköterska", "2024-08-01 10:00", "2024-08-01 10:10", [
      ("Aktuellt", "Kontroll efter konisering 2022 för CIN 2, pat välinformerad om förloppet."),
      ("Provsvar", "Cellprov med HPV-test normalt. Pat ej meddelad ännu, svaret skickas med brev och via 1177."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101"], why="Only a normal test result is untold; the past CIN 2 is known.")

C("obst-vill-ej-veta-fostrets-kon", "vgr", "1995-05-09", "586",
  N("vgr_smvc", "Kristina Berg", "barnmorska", "2024-09-19 13:30", "2024-09-19 14:00", [
      ("Rutinultraljud", "Graviditetsvecka 18+5, normal anatomi och normal mängd fostervatten, placenta framväggen."),
      ("Övrigt", "Pat vill inte få veta fostrets kön och har därför inte informerats om det."),
  ], template="Barnmorskeanteckning"),
  must_not=["NL101"], why="Untold matter is the fetus's sex, not a diagnosis.")

C("hud-pad-vantas-ingen-diagnos-i-anteckningen", "vgr", "1980-01-21", "313",
  N("vgr_hud_sks", "Magnus Ström", "läkare", "2024-11-11 14:20", None, [
      ("Åtgärd", "Excision av 7 mm pigmenterad förändring vä vad i lokalbedövning, suturerad med 4-0."),
      ("Planering", "Pat informeras när PAD finns, suturtagning på vårdcentralen om tolv dagar."),
  ], template="Operationsanteckning"),
  must_not=["NL101"], why="Draft: 'informeras när PAD finns' but no diagnosis stands in the note.")


# ================================================================ write + validate
def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
TOP_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case")
        if set(c) != TOP_KEYS:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        if c["ruleset"] not in ("vgr", "skane"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errs.append("%s: record keys" % n)
        p = rec["patient"]
        pid, birth = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: pnr format %s" % (n, pid))
        else:
            if pid[:8] != birth.replace("-", ""):
                errs.append("%s: pnr %s does not match birth %s" % (n, pid, birth))
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s: pnr %s fails Luhn" % (n, pid))
        try:
            dt.date.fromisoformat(birth)
        except ValueError:
            errs.append("%s: bad birth date" % n)
        asof = dt.datetime.fromisoformat(rec["as_of"])
        if asof.year != 2024:
            errs.append("%s: as_of not 2024" % n)
        ids = set()
        systems = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (n, sorted(note)))
            ids.add(note["id"])
            systems[note["id"]] = note["system"]
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errs.append("%s: note time not 2024" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: bad signed time" % n)
            if t > asof:
                errs.append("%s: note after as_of" % n)
            age = age_on(birth, t)
            if 13 <= age <= 15:
                errs.append("%s: patient aged %d (13-15 not allowed)" % (n, age))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (n, note["system"]))
            if "ungdomspsykiatri" in note["unit"]["name"].lower() and c["ruleset"] != "skane":
                errs.append("%s: child psychiatry outside Skåne" % n)
            for sec in note["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            errs.append("%s: sentence repeated (also in %s): %s" % (n, sentences[sent], sent))
                        else:
                            sentences[sent] = n
        seen = set()
        for key in ("must", "must_not"):
            for item in c[key]:
                if not (isinstance(item, list) and len(item) == 2):
                    errs.append("%s: bad %s item %r" % (n, key, item))
                    continue
                code, tid = item
                if not re.fullmatch(r"NL\d{3}", code):
                    errs.append("%s: bad code %s" % (n, code))
                if tid not in ids:
                    errs.append("%s: target %s missing" % (n, tid))
                if (code, tid) in seen:
                    errs.append("%s: %s on %s both/duplicated" % (n, code, tid))
                seen.add((code, tid))
                sysname = systems.get(tid)
                if code == "NL102" and key == "must" and sysname != "Melior":
                    errs.append("%s: NL102 must on non-Melior note" % n)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
    return errs


def main():
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read what was written and validate that
    with open(OUT, encoding="utf-8") as fh:
        loaded = [json.loads(l) for l in fh if l.strip()]
    errs = validate(loaded)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in loaded:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                counts[(code, key)] = counts.get((code, key), 0) + 1
    print("%d cases written to %s" % (len(loaded), OUT))
    for code in sorted({k[0] for k in counts}):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    by_rs = {}
    for c in loaded:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    pmo = sum(1 for c in loaded if c["record"]["notes"][0]["system"] == "PMO")
    drafts = sum(1 for c in loaded if any(nt["signed"] is None for nt in c["record"]["notes"]))
    typos = sum(1 for c in loaded if "typo" in c["case"])
    print("rulesets %s, PMO %d, drafts %d, typo cases %d" % (by_rs, pmo, drafts, typos))


if __name__ == "__main__":
    main()
