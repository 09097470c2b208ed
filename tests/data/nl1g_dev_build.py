#!/usr/bin/env python3
"""nl1g_dev_cases: 130 independent NL1 gold cases (NL101, NL102).

Specialties that are easy to forget: obstetrics/prenatal, neonatology/BVC,
BUP (Skåne only), adult psychiatry, geriatrics/dementia, palliative care,
oncology follow-up, clinical genetics, infection/smittskydd, occupational
medicine, certificates, eyes, skin, ENT, dentistry-related, rehabilitation,
pasted radiology/pathology answers and MDK notes.

Dependency-free and deterministic: `python3 build.py` writes
nl1g_dev_cases.jsonl beside this file and validates it (exit 1 on problems).
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1g_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

S, V = "skane", "vgr"
M, P = "Melior", "PMO"

# key: (unit name, hsa id, ruleset, system)
UNITS = {
    # Region Skåne, Melior (hospital care)
    "s_fostermed": ("Fostermedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3101", S, M),
    "s_forl_lund": ("Förlossningsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3102", S, M),
    "s_kk_malmo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3103", S, M),
    "s_gyn_lund": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3104", S, M),
    "s_gynonk": ("Gynekologisk onkologi, Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-3137", S, M),
    "s_neo_lund": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3105", S, M),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-3106", S, M),
    "s_bup_hbg": ("BUP-mottagningen Helsingborg", "SE2321000255-3107", S, M),
    "s_bup_ata": ("BUP Ätstörningsenheten, Malmö", "SE2321000255-3108", S, M),
    "s_bup_krstd": ("BUP-mottagningen Kristianstad", "SE2321000255-3109", S, M),
    "s_bup_lund": ("BUP-mottagningen Lund", "SE2321000255-3110", S, M),
    "s_psy_malmo": ("Psykosmottagningen, Vuxenpsykiatri Malmö", "SE2321000255-3111", S, M),
    "s_psy_lund": ("Vuxenpsykiatrimottagning Lund", "SE2321000255-3112", S, M),
    "s_psy_hbg": ("Äldrepsykiatriska mottagningen, Helsingborg", "SE2321000255-3113", S, M),
    "s_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3114", S, M),
    "s_ger_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-3115", S, M),
    "s_asih": ("ASIH Lund", "SE2321000255-3116", S, M),
    "s_pall_ystad": ("Palliativa enheten, Lasarettet i Ystad", "SE2321000255-3117", S, M),
    "s_onk_lund": ("Skånes onkologiska klinik, Lund", "SE2321000255-3118", S, M),
    "s_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3119", S, M),
    "s_lung": ("Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3120", S, M),
    "s_gen": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-3121", S, M),
    "s_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3122", S, M),
    "s_inf_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-3123", S, M),
    "s_amm": ("Arbets- och miljömedicin Syd, Lund", "SE2321000255-3124", S, M),
    "s_ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-3125", S, M),
    "s_ogon_malmo": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3126", S, M),
    "s_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-3127", S, M),
    "s_onh": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-3128", S, M),
    "s_kak": ("Käkkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3129", S, M),
    "s_reh": ("Rehabiliteringsmedicin, Skånes universitetssjukhus Orup", "SE2321000255-3130", S, M),
    "s_mdk_gi": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3131", S, M),
    "s_neuro": ("Neurologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3132", S, M),
    "s_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3133", S, M),
    "s_barnkir": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3134", S, M),
    "s_ortop": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-3135", S, M),
    "s_sarkom": ("Sarkomcentrum, Skånes universitetssjukhus Lund", "SE2321000255-3136", S, M),
    "s_akut": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3138", S, M),
    "s_med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-3139", S, M),
    "s_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3140", S, M),
    # Region Skåne, PMO (primary care)
    "p_bm_ystad": ("Barnmorskemottagningen, Vårdcentralen Ystad", "SE2321000255-4101", S, P),
    "p_bvc_sjobo": ("BVC, Vårdcentralen Sjöbo", "SE2321000255-4102", S, P),
    "p_bvc_eslov": ("BVC, Vårdcentralen Kärråkra Eslöv", "SE2321000255-4103", S, P),
    "p_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-4104", S, P),
    "p_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-4105", S, P),
    "p_hsj": ("Hemsjukvården, Vårdcentralen Simrishamn", "SE2321000255-4106", S, P),
    "p_hsj2": ("Hemsjukvården, Vårdcentralen Anderslöv", "SE2321000255-4108", S, P),
    "p_um": ("Ungdomsmottagningen Malmö", "SE2321000255-4107", S, P),
    # Västra Götalandsregionen, Melior
    "v_fostermed": ("Fostermedicin, Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000005101", V, M),
    "v_kk_nal": ("Specialistmödravården, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000005102", V, M),
    "v_kk_sas": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005103", V, M),
    "v_neo": ("Neonatalavdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000005104", V, M),
    "v_barn_sas": ("Barn- och ungdomsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005105", V, M),
    "v_psy_aff": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005106", V, M),
    "v_psy_sko": ("Psykiatriska öppenvårdsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005107", V, M),
    "v_psy_nu": ("Psykiatrisk mottagning, NU-sjukvården Uddevalla", "SE2321000131-E000000005108", V, M),
    "v_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000005109", V, M),
    "v_minne_nu": ("Minnesmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000005131", V, M),
    "v_ger_sko": ("Geriatriska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005110", V, M),
    "v_pall_nu": ("Palliativa vårdavdelningen, NU-sjukvården Uddevalla", "SE2321000131-E000000005111", V, M),
    "v_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005112", V, M),
    "v_onk_sas": ("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005113", V, M),
    "v_hem_sas": ("Medicinmottagningen hematologi, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005132", V, M),
    "v_gen": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005114", V, M),
    "v_inf_ost": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000005115", V, M),
    "v_inf_nu": ("Infektionsmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000005116", V, M),
    "v_sex": ("Mottagningen för sexuell hälsa, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005117", V, M),
    "v_amm": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005118", V, M),
    "v_lung": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005119", V, M),
    "v_med_sko": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005133", V, M),
    "v_stress": ("Institutet för stressmedicin, Göteborg", "SE2321000131-E000000005120", V, M),
    "v_ogon": ("Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000005121", V, M),
    "v_ogon_sko": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005122", V, M),
    "v_hud": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005123", V, M),
    "v_hud_sas": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005124", V, M),
    "v_onh": ("Öron-, näs- och halskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005125", V, M),
    "v_onh_nal": ("Öron-näsa-hals-mottagningen, NU-sjukvården NÄL", "SE2321000131-E000000005126", V, M),
    "v_kak": ("Käkkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005127", V, M),
    "v_reh": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset Högsbo", "SE2321000131-E000000005128", V, M),
    "v_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000005129", V, M),
    "v_ortop": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-E000000005130", V, M),
    "v_gastro": ("Gastroenterologiska mottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000005134", V, M),
    "v_kir": ("Kirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005135", V, M),
    "v_mdk_uro": ("Urologiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005136", V, M),
}

AUTHORS = {
    "läkare": ["Karin Lindqvist", "Johan Bergström", "Sara Nilsson", "Ali Hassan", "Maria Ek",
               "Per Holm", "Lena Sjöberg", "Erik Dahl", "Noor Khalil", "Anders Wiklund",
               "Hanna Larsson", "Mikael Strand", "Eva Lundgren", "Oskar Falk", "Fatima Rahimi"],
    "barnmorska": ["Ingrid Persson", "Malin Åberg", "Sofia Engström"],
    "sjuksköterska": ["Annika Hedlund", "Jenny Sandberg", "Lisa Borg"],
    "tandläkare": ["Gustav Lind", "Elin Norén"],
}

CASES = []


def C(name, unit, tpl, birth, serial, time, delay, sections, code, why,
      role="läkare", setting="öppenvård"):
    CASES.append(dict(name=name, unit=unit, tpl=tpl, birth=birth, serial=serial,
                      time=time, delay=delay, sections=sections, code=code, why=why,
                      role=role, setting=setting))


# ---------------------------------------------------------------------------
# Obstetrics and prenatal diagnostics (the pregnant woman is the patient)
# ---------------------------------------------------------------------------
C("obst-misstankt-preeklamsi-typo", "v_kk_sas", "Inskrivningsanteckning", "1993-02-11", "284",
  "2024-05-06 21:40", 35, [
      ("Aktuellt", "Omföderska 31 år i v 34+2, skickad från barnmorskemottagningen pga BT 152/98 vid två mätningar samt lätt frontal huvudvärk sedan igår. Inga synrubbningar, ingen smärta under höger arcus."),
      ("Status", "BT 148/96 och 150/95 efter vila. Livliga reflexer utan klonus. Lätta pittingödem underben bilat. Fosterljud 140/min, CTG reaktivt."),
      ("Lab", "U-albumin 2+, protein/kreatininkvot skickad. Hb 118, TPK 198, ASAT/ALAT normala, urat 380."),
      ("Bedömning", "Misstänkt preeklamsi utan tecken till svår sjukdom. Läggs in för observation."),
      ("Planering", "Labetalol 100 mg x 3. BT-kurva var 4:e timme, ny lab imorgon bitti. Tillväxtultraljud med flöden under veckan."),
  ], "102+", "hedged maternal diagnosis (misstänkt, typo preeklamsi) in a visible Melior section", setting="slutenvård")

C("obst-ingen-missanke-preeklampsi-typo", "s_forl_lund", "Läkaranteckning", "1997-01-20", "326",
  "2024-04-11 02:15", 50, [
      ("Aktuellt", "Förstföderska 27 år, v 37+5, sökte förlossningen nattetid för huvudvärk och svullna fingrar sedan kvällen."),
      ("Status", "BT 132/84 och 128/82. Sedvanliga graviditetsödem, reflexer normala. CTG normalt, fosterrörelser som vanligt."),
      ("Lab", "U-sticka utan protein. Hb 124, TPK 245, leverstatus ua."),
      ("Bedömning", "Ingen missanke om preeklampsi. Huvudvärken lättade efter paracetamol och vila, bedöms som spänningshuvudvärk."),
      ("Planering", "Hem. Ordinarie kontroll på barnmorskemottagningen på fredag, åter vid nya symtom."),
  ], "102-", "negated suspicion with typo (missanke) must not count as a hypothesis")

C("obst-pmo-trol-graviditetsdiabetes", "p_bm_ystad", "Besöksanteckning", "1990-03-03", "182",
  "2024-06-18 10:30", 90, [
      ("Aktuellt", "Pat i v 28+3, BMI 33 före graviditeten, mor har typ 2-diabetes. OGTT gjordes i går morse."),
      ("Provsvar", "OGTT: fastevärde 5,4, tvåtimmarsvärde 9,1 mmol/l."),
      ("Bedömning", "Trol. graviditetsdiabetes, tvåtimmarsvärdet strax över gränsen. Vi har gått igenom kostråd och vikten av daglig promenad."),
      ("Planering", "Remiss specialistmödravården för blodsockerkurva och dietist. Nytt besök här om en vecka."),
  ], "102-", "PMO never shows diagnoses: hedged diagnosis at a barnmorskemottagning is not NL102", role="barnmorska")

C("obst-nipt-trisomi21-pat-ej-informerad", "s_fostermed", "Läkaranteckning", "1985-01-09", "408",
  "2024-04-16 15:20", 25, [
      ("Aktuellt", "39-årig omföderska i v 13+1. KUB visade risk 1:85 för trisomi 21 och NIPT togs 9/4."),
      ("Provsvar", "NIPT (inkom idag): Hög sannolikhet för trisomi 21. Ingen avvikelse för kromosom 13, 18 eller könskromosomer."),
      ("Information", "Pat ännu ej informerad om svaret – sökt två gånger på mobilen utan svar. Nytt försök imorgon kl 8, ska då erbjudas besök samma dag med partner."),
      ("Planering", "Erbjuda moderkaksprov (CVS) för diagnostisk bekräftelse. Kurator förvarnad."),
  ], "101+", "fetal chromosome finding in the woman's visible note while she is not yet informed")

C("fostermed-trolig-coarctatio-hos-fostret", "v_fostermed", "Läkaranteckning", "1997-02-02", "266",
  "2024-05-22 11:10", 120, [
      ("Anamnes", "Förstföderska 27 år, v 20+4. Remiss från rutinultraljudet pga svårbedömd fyrkammarbild."),
      ("Ultraljud", "Enkelbörd, biometri motsvarar graviditetslängden. Högerkammaren dominerar tydligt, aortabågen smal och svårvisualiserad i sagittalplan. Normalt fostervatten."),
      ("Bedömning", "Trolig coarctatio aortae hos fostret, DD normal asymmetri i andra trimestern."),
      ("Information", "Pat och partner har fått information om fynden och om osäkerheten i bedömningen i detta skede."),
      ("Planering", "Fosterekokardiografi tillsammans med barnkardiolog v 22. Erbjuds samtal med kurator."),
  ], "102+", "uncertain fetal diagnosis (trolig, DD) visible in the pregnant woman's Melior journal")

C("gyn-partiell-mola-pad-ej-informerad", "s_gyn_lund", "Läkaranteckning", "1992-01-30", "142",
  "2024-05-17 13:45", 20, [
      ("Aktuellt", "Vakuumexeres gjord 3/5 pga missed abortion i v 9. Postoperativt okomplicerat."),
      ("PAD", "Hydropiskt svullna villi med fokal trofoblastproliferation, p57-positiv. Förenligt med partiell mola hydatidosa."),
      ("Bedömning", "Partiell mola. Pat ej informerad om PAD-svaret ännu; jag ringer henne på måndag och bokar besök för genomgång."),
      ("Planering", "Serum-hCG varje vecka tills negativt, därefter månadsvis enligt vårdprogram. Registrering i trofoblastregistret efter samtalet."),
  ], "101+", "pasted PAD diagnosis with 'ej informerad' and telling planned for Monday")

C("fostermed-klumpfot-partner-ej-informerad", "v_kk_nal", "Läkaranteckning", "1990-04-04", "228",
  "2024-08-27 09:40", 60, [
      ("Anamnes", "34-årig omföderska. Rutinultraljudet v 18+6 visade avvikande fotställning höger."),
      ("Ultraljud", "Höger fot i ihållande supination och plantarflexion i samtliga projektioner. Vänster fot och övrig organscreening utan anmärkning."),
      ("Bedömning", "Isolerad pes equinovarus (klumpfot) höger hos fostret."),
      ("Information", "Pat har fått information om fyndet och om behandling enligt Ponseti efter förlossningen. Hon vill själv berätta för partnern, som alltså ännu inte är informerad."),
      ("Planering", "Remiss barnortopeden för prenatalt samtal."),
  ], "101-", "the patient is informed; only the partner is not, which is not NL101")

C("obst-susp-graviditetskolestas-draft", "s_kk_malmo", "Läkaranteckning", "1995-02-17", "302",
  "2024-07-03 16:05", None, [
      ("Aktuellt", "V 35+1. Intensiv klåda i handflator och under fotsulorna sedan en vecka, värst nattetid. Inget utslag, ingen buksmärta."),
      ("Lab", "Gallsyror 24 µmol/l, ALAT 1,2, bilirubin normalt."),
      ("Bedömning", "Susp. intrahepatisk graviditetskolestas. Hepatitserologi och gallvägsultraljud kompletteras."),
      ("Planering", "Ursodeoxicholsyra 500 mg x 2. CTG två gånger i veckan och nya gallsyror om en vecka. Förlossningsplan diskuteras v 37."),
  ], "102+", "unsigned draft: 'Susp.' hypothesis in a visible section (pre-signing)")

C("obst-tidiga-hypoteser-mall-somatisering", "s_kk_malmo", "Tidiga hypoteser", "1999-05-05", "486",
  "2024-03-12 12:10", 30, [
      ("Bedömning", "Femte akutbesöket under graviditeten för diffusa buksmärtor utan objektiva fynd, normala prover och ultraljud. Misstänkt somatiseringsproblematik, möjligen med underliggande ångestsyndrom."),
      ("Övervägande", "Ej lämpligt att ta upp hypotesen med pat i nuläget då hon upplever sig ifrågasatt; tas upp när fast barnmorskekontakt etablerats."),
      ("Planering", "Samordning med specialistmödravården och ev. psykosocialt team."),
  ], "102-", "Skåne Tidiga hypoteser template is filtered, so the hedge is not visible")

C("obst-trol-postpartumdepression", "v_kk_nal", "Mottagningsanteckning", "1988-09-14", "462",
  "2024-04-08 14:00", 75, [
      ("Aktuellt", "Återbesök 6 veckor efter akut kejsarsnitt. Pat berättar om nedstämdhet, sömnsvårigheter även när barnet sover och starka skuldkänslor inför amningen."),
      ("Skattning", "EPDS 14 poäng. Nekar suicidtankar."),
      ("Status", "Såret väl läkt, uterus involuerad."),
      ("Bedömning", "Trol. postpartumdepression av måttlig grad."),
      ("Planering", "Remiss perinatalpsykiatriska teamet. Återbesök om 2 veckor, partnern välkommen."),
  ], "102+", "'Trol.' psychiatric diagnosis postpartum in a visible VGR Melior note")

C("obst-gdm-informerad-arbetsgivare-ej", "v_kk_sas", "Läkaranteckning", "1987-09-09", "424",
  "2024-03-14 10:20", 45, [
      ("Aktuellt", "36-årig förstföderska i v 26+2 med nyupptäckt graviditetsdiabetes, blodsockerkurva genomförd hemma."),
      ("Bedömning", "Graviditetsdiabetes med förhöjda värden efter måltid, fastevärden normala. Kostbehandling räcker i nuläget."),
      ("Information", "Pat informerad om diagnosen och om betydelsen för graviditeten. Hon arbetar skift på ett lager och har ännu inte informerat arbetsgivaren om graviditeten; vi diskuterade rätten till omplacering."),
      ("Planering", "Dietistkontakt. Ny kurva om två veckor, tillväxtultraljud v 32."),
  ], "101-", "patient informed; the employer not being told about the pregnancy is not NL101")

C("obst-tidigare-misstankt-celiaki-avfardad", "v_kk_sas", "Läkaranteckning", "1991-11-11", "268",
  "2024-02-08 09:15", 80, [
      ("Aktuellt", "Omföderska i v 11, remitterad till specialistmödravården pga två tidigare missfall."),
      ("Tidigare sjukdomar", "Utreddes som barn för misstänkt celiaki, vilket inte bekräftades vid tunntarmsbiopsi. Hypotyreos sedan 2019 på levotyroxin."),
      ("Status", "Välmående. BT 112/70. Vaginalt ultraljud: viabel intrauterin graviditet, CRL motsvarar 11+0."),
      ("Planering", "TSH och fritt T4 nu och i v 20. Tidigt ultraljud i v 16 för trygghet."),
  ], "102-", "past suspicion from childhood that was not confirmed is not a current hypothesis")

C("obst-ev-igangsattning-icke-diagnostisk", "s_forl_lund", "Läkaranteckning", "1992-07-07", "446",
  "2024-05-03 13:30", 40, [
      ("Aktuellt", "Förstföderska i v 40+3, okomplicerad graviditet, här för överburenhetskontroll."),
      ("Status", "CTG normalt. Ultraljud: normal fostervattenmängd, skattad vikt 3 700 g, huvudbjudning."),
      ("Bedömning", "Normal graviditet i v 40+3, mor och foster mår bra."),
      ("Planering", "Ev. igångsättning vid 41+0 om värkarna inte kommit igång spontant; pat ringer förlossningen vid vattenavgång eller regelbundna värkar."),
  ], "102-", "'Ev.' qualifies a procedure, not a diagnosis")

C("inf-kronisk-hepatit-b-gravid-besked-planerat", "s_inf_hbg", "Läkaranteckning", "1993-03-03", "428",
  "2024-04-16 11:00", 60, [
      ("Aktuellt", "31-årig kvinna i v 12, screening i mödrahälsovården visade positivt HBsAg. Remitterad hit."),
      ("Lab", "HBsAg positiv, HBeAg positiv, HBV-DNA 8,2 log IE/ml. ALAT 0,6."),
      ("Bedömning", "Kronisk hepatit B, HBeAg-positiv. Pat har ännu inte informerats – besöket i dag var för provtagning, besked ges med tolk på nytt besök 23/4."),
      ("Planering", "Tenofovir från v 28 för att minska risken för överföring. Barnet ska vaccineras vid födseln; familjen erbjuds provtagning efter beskedet."),
  ], "101+", "settled infection diagnosis visible while the pregnant patient has not been told")

# ---------------------------------------------------------------------------
# Neonatology and BVC (guardians read the journal of children under 13)
# ---------------------------------------------------------------------------
C("neo-trol-ttn-dd-sepsis", "v_neo", "Läkaranteckning", "2024-02-10", "182",
  "2024-02-10 18:30", 55, [
      ("Anamnes", "Fullgången flicka född v 39+2 med akut snitt pga värkrubbning, Apgar 8-9-10. Takypné sedan 2 timmars ålder."),
      ("Status", "AF 72, lätta jugulära indragningar, saturation 94 % på luft. God perifer cirkulation, temp 37,3."),
      ("Lab", "CRP 6 vid 6 timmars ålder. Blododling tagen före antibiotika."),
      ("Bedömning", "Trol. transitorisk takypné, DD tidig neonatal sepsis."),
      ("Åtgärd", "Bensylpenicillin och gentamicin i väntan på odling och ny CRP. Föräldrarna informerade vid kuvösen."),
  ], "102+", "neonatal 'Trol.'/DD hypothesis visible to guardians in Melior", setting="slutenvård")

C("neo-mojlig-trisomi21-fenotyp", "s_neo_lund", "Läkaranteckning", "2024-06-03", "193",
  "2024-06-03 22:10", 40, [
      ("Status", "Nyfödd pojke, 3 420 g. Uppåtsnedställda ögonspringor, platt näsrygg, fyrfingerfåra bilat och lätt muskulär hypotoni. Blåsljud 2/6 vid vänster sternalrand."),
      ("Bedömning", "Möjlig trisomi 21 utifrån fenotypen. QF-PCR skickad akut, ekokardiografi bokad i morgon."),
      ("Information", "Samtal med båda föräldrarna om fynden; de vet att svar kommer inom 48 timmar."),
  ], "102+", "'Möjlig' chromosomal diagnosis in a visible neonatal note", setting="slutenvård")

C("neo-turner-foraldrar-ej-informerade", "s_barn_hbg", "Läkaranteckning", "2024-01-19", "246",
  "2024-03-06 15:50", 30, [
      ("Aktuellt", "Flicka 7 veckor som utreds för lymfödem på fotryggarna och överskottshud i nacken."),
      ("Provsvar", "Karyotyp (inkom idag): 45,X i samtliga analyserade celler."),
      ("Bedömning", "Turners syndrom. Föräldrarna är ännu inte informerade om kromosomsvaret – samtal med barnläkare och genetiker är bokat på torsdag."),
      ("Planering", "Ekokardiografi och njurultraljud beställda. Remiss barnendokrinologen efter samtalet."),
  ], "101+", "child under 13: the guardians who read the journal are not yet informed of the diagnosis")

C("neo-kongenital-hypotyreos-foraldrar-informerade", "v_barn_sas", "Läkaranteckning", "2024-09-02", "315",
  "2024-09-11 10:40", 65, [
      ("Aktuellt", "Pojke 9 dagar, kallad efter avvikande PKU-prov med förhöjt TSH. Äter bra, lite sömnig enligt mamma."),
      ("Lab", "Venöst TSH 86 mIE/l, fritt T4 8 pmol/l."),
      ("Bedömning", "Kongenital hypotyreos."),
      ("Information", "Föräldrarna har fått besked om diagnosen och om varför daglig tablettbehandling är viktig för utvecklingen. Skriftlig information medgiven, frågor besvarade."),
      ("Planering", "Levotyroxin 50 mikrogram dagligen från idag. Ny provtagning om en vecka."),
  ], "101-", "guardians of the infant have been told the diagnosis")

C("neo-lkg-spalt-morforaldrar-ej-informerade", "s_neo_lund", "Läkaranteckning", "2024-11-02", "159",
  "2024-11-03 09:20", 70, [
      ("Status", "Nyfödd pojke, fullgången, 3 650 g. Ensidig komplett läpp-käk-gomspalt vänster. Andning och cirkulation ua, äter med specialnapp."),
      ("Bedömning", "Läpp-käk-gomspalt vänster, i övrigt frisk nyfödd."),
      ("Information", "Föräldrarna informerade om diagnosen och om spaltteamets behandlingsplan. Mor- och farföräldrarna är ännu inte informerade enligt föräldrarnas egen önskan."),
      ("Planering", "Remiss spaltteamet Malmö. Logoped och amningsstöd i morgon."),
  ], "101-", "grandparents not informed, the guardians are: not NL101", setting="slutenvård")

C("neo-fysiologisk-ikterus-trol-hemgang-draft", "v_neo", "Läkaranteckning", "2024-10-20", "137",
  "2024-10-23 11:05", None, [
      ("Aktuellt", "Pojke 3 dagar, född v 38+4. Ammas, viktnedgång 7 %."),
      ("Status", "Gul i hud till naveln, pigg, god tonus."),
      ("Lab", "Transkutant bilirubin 210, serum-bilirubin 225 – under ljusgränsen för åldern."),
      ("Bedömning", "Fysiologisk neonatal ikterus utan behandlingsbehov."),
      ("Planering", "Nytt bilirubin i morgon bitti, trol. hemgång därefter. Amningsstöd via barnmorska."),
  ], "102-", "draft; 'trol.' qualifies discharge, the diagnosis itself is certain", setting="slutenvård")

C("bvc-pmo-misstankt-hoftledsluxation", "p_bvc_sjobo", "BVC-besök", "2024-02-26", "220",
  "2024-03-26 09:00", 120, [
      ("Aktuellt", "4-veckorsbesök med båda föräldrarna. Helammas, går upp fint i vikt."),
      ("Status", "Vikt 4 380 g (+0,8 SD). Asymmetriska hudveck på låren. Begränsad abduktion vänster höft, Ortolanis test tveksamt."),
      ("Bedömning", "Misstänkt höftledsluxation vänster, alternativt instabil höft."),
      ("Åtgärd", "Remiss barnortopedmottagningen för ultraljud av höfterna. Föräldrarna informerade om fyndet."),
  ], "102-", "BVC in PMO: hedged diagnosis never shown, so no NL102")

C("bvc-pmo-sprakforsening-dd-autism-draft", "p_bvc_eslov", "BVC-besök", "2021-08-15", "271",
  "2024-02-20 14:15", None, [
      ("Aktuellt", "2,5-årskontroll. Föräldrarna oroliga då pojken har få ord och sällan pekar för att visa saker."),
      ("Observation", "Begränsad ögonkontakt under besöket, radar upp bilar och leker mest för sig själv. Reagerar inte konsekvent på sitt namn."),
      ("Bedömning", "Språkförsening, DD autismspektrumtillstånd. Hörseln inte kontrollerad sedan nyföddhetsscreeningen."),
      ("Planering", "Remiss till BHV-psykolog och hörselkontroll. Nytt besök om 6 veckor."),
  ], "102-", "PMO draft at BVC with a DD: PMO never shows diagnoses", role="sjuksköterska")

C("bvc-pmo-ev-komjolksproteinallergi", "p_bvc_eslov", "BVC-besök", "2024-01-05", "204",
  "2024-03-12 13:40", 95, [
      ("Aktuellt", "2-månadersbesök. Mamma berättar om skrikighet efter måltider, blod i blöjan vid två tillfällen och eksem på kinderna."),
      ("Status", "Vikt följer kurvan. Fläckigt eksem på kinderna, i övrigt hel hud. Buken mjuk."),
      ("Bedömning", "Ev. komjölksproteinallergi. Mamman ammar och dricker mycket mjölk."),
      ("Planering", "Mamman provar komjölksfri kost i två veckor, dietistkontakt. Telefonuppföljning efter provperioden."),
  ], "102-", "'Ev.' diagnosis in a PMO BVC note: not visible, no NL102")

# ---------------------------------------------------------------------------
# Child and adolescent psychiatry (Skåne only)
# ---------------------------------------------------------------------------
C("bup-misstankt-adhd-9-ar", "s_bup_hbg", "Läkaranteckning", "2014-11-03", "355",
  "2024-02-14 10:00", 150, [
      ("Aktuellt", "Nybesök. Remiss från elevhälsan pga koncentrationssvårigheter och impulsivitet både hemma och i skolan sedan förskoleklass. Mamma och pappa med."),
      ("Anamnes", "Normal tidig utveckling. Svårt att somna, vaknar tidigt. Farbror har ADHD diagnostiserad i vuxen ålder."),
      ("Bedömning", "Misstänkt ADHD, kombinerad form, med inslag av trots. Behov av att kartlägga inlärningsförmåga."),
      ("Planering", "Neuropsykiatrisk utredning. Skattningsformulär till vårdnadshavare och mentor, psykolog bokar WISC-V."),
  ], "102+", "BUP Melior: 'Misstänkt ADHD' visible to guardians of a 9-year-old")

C("bup-sannolikt-anorexia-16-ar", "s_bup_ata", "Läkaranteckning", "2007-09-20", "428",
  "2024-03-05 13:15", 90, [
      ("Aktuellt", "16-årig flicka, remiss från skolsköterska. Viktnedgång 8 kg på 5 månader, menstruationerna upphörde för 3 månader sedan. Tränar dagligen."),
      ("Status", "BMI 16,1. Puls 48, BT 95/60, ortostatisk pulsökning 30 slag/min. Lanugobehåring på ryggen."),
      ("Bedömning", "Sannolikt anorexia nervosa, restriktiv typ. Somatiskt stabil nog för öppenvård."),
      ("Planering", "Veckovisa vägningar och provtagning inklusive fosfat. Familjebaserad behandling startar nästa vecka."),
  ], "102+", "'Sannolikt' eating disorder in a visible BUP note read by the 16-year-old")

C("bup-asd-kan-ej-uteslutas-draft", "s_bup_krstd", "Läkaranteckning", "2012-10-10", "437",
  "2024-04-23 15:30", None, [
      ("Aktuellt", "Uppföljning efter konsultation med skolan. Pojken har svårt med kamratrelationer och reagerar starkt på oväntade förändringar i schemat."),
      ("Psykologbedömning", "Begåvning inom normalvariationen men ojämn profil med svagare verbal förmåga. ADOS-2 ej genomförd ännu."),
      ("Bedömning", "Autismspektrumtillstånd kan ej uteslutas; social ångest bör också övervägas."),
      ("Planering", "ADOS-2 och ADI-R med vårdnadshavare bokas. Återkoppling till familjen efter utredningen."),
  ], "102+", "draft with 'kan ej uteslutas' after the diagnosis")

C("bup-adhd-aterkopplad-skolan-ej-informerad", "s_bup_lund", "Läkaranteckning", "2013-06-30", "448",
  "2024-05-28 09:30", 120, [
      ("Aktuellt", "Återgivning av neuropsykiatrisk utredning tillsammans med båda vårdnadshavarna."),
      ("Bedömning", "Utredningen visar ADHD, huvudsakligen ouppmärksam form. Kriterierna för autism är inte uppfyllda."),
      ("Information", "Diagnosen återgiven till vårdnadshavarna, som ställde frågor om medicinering. Skolan är inte informerad – föräldrarna vill själva kontakta mentorn efter sommarlovet."),
      ("Planering", "Ställningstagande till metylfenidat vid nästa besök om 4 veckor."),
  ], "101-", "the school is not informed, the guardians are: not NL101")

C("bup-17-ar-depression-foraldrar-ej-informerade", "s_bup_hbg", "Läkaranteckning", "2006-10-12", "213",
  "2024-02-01 16:00", 60, [
      ("Aktuellt", "17-årig pojke som själv bett om samtal. Nedstämd sedan jullovet och har slutat med fotbollen."),
      ("Bedömning", "Egentlig depression, medelsvår episod (F32.1). Ingen akut suicidrisk vid strukturerad bedömning."),
      ("Information", "Pat informerad om diagnosen och om behandlingsalternativen. Han vill inte att föräldrarna informeras i nuläget, vilket respekteras då han bedöms ha mognad att ta ställning själv."),
      ("Planering", "KBT varje vecka. Förnyad bedömning om 4 veckor."),
  ], "101-", "17-year-old patient is informed; parents deliberately not informed")

C("bup-16-ar-adhd-dyslexi-atergivning-planerad", "s_bup_krstd", "Läkaranteckning", "2007-12-01", "264",
  "2024-05-20 14:45", 35, [
      ("Utredning", "Sammanställning av den neuropsykiatriska utredningen klar. Resultaten uppfyller kriterierna för ADHD, kombinerad form, samt dyslexi."),
      ("Bedömning", "ADHD och dyslexi fastställs. Pat och vårdnadshavare har ännu inte fått återgivning – den sker 3/6 tillsammans med psykologen."),
      ("Planering", "Skriftlig sammanfattning förbereds inför återgivningen. Kontakt med specialpedagog efter det."),
  ], "101+", "settled diagnoses visible to a 16-year-old before the planned feedback session")

C("bup-tidiga-hypoteser-misstant-psykos-typo", "s_bup_lund", "Tidiga hypoteser", "2007-03-08", "484",
  "2024-06-11 11:20", 45, [
      ("Bedömning", "Under samtalet tecken till tankestörning med tankeavbrott och udda associationer. Misstänt begynnande psykos, DD cannabisutlöst."),
      ("Övervägande", "Inte lämpligt att ta upp hypotesen med pat innan vidare observation, risk för att hon avbryter kontakten."),
      ("Planering", "Diskuteras med ansvarig överläkare. Ny träff om en vecka."),
  ], "102-", "Skåne Tidiga hypoteser template (typo misstänt): filtered, not NL102")

C("bup-hereditet-pappa-misstanks-adhd", "s_bup_hbg", "Läkaranteckning", "2015-09-09", "375",
  "2024-02-21 08:45", 110, [
      ("Aktuellt", "8-årig pojke med sömnsvårigheter och ängslan inför skoldagar, remitterad från skolsköterskan."),
      ("Hereditet", "Pappan misstänks själv ha ADHD men har aldrig utretts. Mamman har haft en depression efter förlossningen."),
      ("Bedömning", "Separationsångest. Inga hållpunkter för neuropsykiatrisk problematik hos pojken utifrån skattningar och skolans beskrivning."),
      ("Planering", "Föräldrastödjande KBT, fem sessioner. Uppföljning med skolan."),
  ], "102-", "hedged diagnosis belongs to the father (family history), the child's is negated")

# ---------------------------------------------------------------------------
# Adult psychiatry
# ---------------------------------------------------------------------------
C("psyk-trol-bipolar-typ-2", "v_psy_aff", "Läkaranteckning", "1989-08-22", "322",
  "2024-03-19 10:30", 85, [
      ("Aktuellt", "34-årig kvinna med återkommande depressioner sedan 20-årsåldern. Beskriver perioder om några dagar med minskat sömnbehov, ökad energi och impulsiva köp."),
      ("Status", "Välvårdad, lätt forcerat tal, stämningsläget neutralt. Inga psykotiska symtom."),
      ("Bedömning", "Trol. bipolär sjukdom typ II. Sertralinet kan ha bidragit till de senaste orosperioderna."),
      ("Planering", "Sertralin trappas ut. Lamotrigin med långsam upptitrering. Pat för stämningsdagbok till nästa besök."),
  ], "102+", "'Trol.' bipolar disorder in a visible adult psychiatry note")

C("psyk-schizofreni-pat-ej-informerad", "s_psy_malmo", "Läkaranteckning", "2000-11-25", "197",
  "2024-09-09 13:00", 70, [
      ("Bakgrund", "23-årig man som vårdades i heldygnsvård hösten 2023 för första psykosepisod. Följs sedan dess i öppenvård med depåinjektioner."),
      ("Bedömning", "Efter åtta månaders förlopp uppfylls kriterierna för schizofreni, paranoid form. Pat ej informerad om diagnosen, då han i nuläget saknar sjukdomsinsikt; den tas upp när alliansen är stabilare."),
      ("Planering", "Fortsatt aripiprazol depå var 4:e vecka. Psykoedukation med familjen planeras till hösten."),
  ], "101+", "settled psychiatric diagnosis written visibly while the patient must not be told yet")

C("psyk-kptsd-dd-emotinellt-instabil-typo", "v_psy_sko", "Läkaranteckning", "2001-04-17", "502",
  "2024-02-27 14:20", 95, [
      ("Aktuellt", "22-årig kvinna, remiss från vårdcentralen efter upprepade självskadehandlingar med skärskador på underarmarna."),
      ("Anamnes", "Instabila relationer, snabba affektsvängningar och kronisk tomhetskänsla. Förnekar missbruk."),
      ("Bedömning", "Komplex PTSD, DD emotinellt instabil personlighetsstörning. Suicidrisk bedömd som måttlig, ingen indikation för inläggning."),
      ("Planering", "SCID-5-PD vid nästa besök. Krisplan upprättad tillsammans med pat."),
  ], "102+", "differential diagnosis (DD) with a typo (emotinellt) in a visible section")

C("psyk-eips-ej-kommunicerad", "v_psy_nu", "Läkaranteckning", "1994-06-06", "339",
  "2024-04-15 15:10", 50, [
      ("Aktuellt", "Uppföljning efter avslutad diagnostisk utredning med SCID-intervju och komparantuppgifter från modern."),
      ("Bedömning", "Emotionellt instabil personlighetsstörning bedöms föreligga."),
      ("Information", "Diagnosen är inte kommunicerad med pat – han har tidigare reagerat starkt på diagnosetiketter och avbrutit kontakter. Behandlaren tar upp den successivt."),
      ("Planering", "Bedömning inför DBT. Fortsatt samtalskontakt varannan vecka."),
  ], "101+", "'inte kommunicerad med pat' in a separate section from the diagnosis")

C("psyk-depression-fastslagen-i-forbattring", "s_psy_lund", "Läkaranteckning", "1975-01-14", "153",
  "2024-10-02 09:40", 40, [
      ("Aktuellt", "Uppföljning sex veckor efter insatt escitalopram. Sover bättre och orkar promenera varje dag."),
      ("Skattning", "MADRS 14, tidigare 27."),
      ("Diagnos", "Egentlig depression, medelsvår episod (F32.1), i förbättring."),
      ("Planering", "Fortsatt escitalopram 10 mg. Återbesök om två månader. Pat informerad om att behandlingen bör fortgå minst sex månader efter remission."),
  ], "102-", "confirmed diagnosis, no hedge")

C("psyk-tidiga-hypoteser-sokord-alkohol", "v_psy_aff", "Läkaranteckning", "1966-02-08", "171",
  "2024-11-05 11:30", 60, [
      ("Aktuellt", "58-årig man som följs för generaliserat ångestsyndrom. Kommer för samtal och receptförnyelse."),
      ("Status", "Lugn och adekvat i kontakten. Lätt finvågig tremor i händerna, ingen alkohollukt."),
      ("Tidiga hypoteser", "GT och MCV förhöjda vid senaste provtagningen. Misstänkt alkoholberoende som pat ännu inte öppnat för; frågan tas upp försiktigt vid nästa besök."),
      ("Planering", "Ny provtagning inklusive PEth inför nästa besök om 4 veckor."),
  ], "102-", "VGR sökord Tidiga hypoteser is filtered; visible sections hold no hedge")

C("psyk-tidiga-hypoteser-sokord-ej-informerad", "v_psy_sko", "Läkaranteckning", "1983-07-07", "371",
  "2024-03-20 13:50", 55, [
      ("Aktuellt", "40-årig man som följs för recidiverande depression. Samtal om sömn och arbetsbelastning."),
      ("Status", "Lätt sänkt stämningsläge, gott tal, ingen suicidalitet."),
      ("Tidiga hypoteser", "Hustrun har i telefon beskrivit perioder av grandiositet och stora utgifter. Bipolär sjukdom bör övervägas; pat ej informerad om hypotesen eller om hustruns uppgifter, som lämnats i förtroende."),
      ("Planering", "Fortsatt sertralin. Nytt samtal om tre veckor, stämningsdagbok."),
  ], "101-", "'ej informerad' only inside the VGR Tidiga hypoteser sökord, which is filtered")

C("psyk-bipolar-vardcentralen-ej-informerad", "s_psy_lund", "Läkaranteckning", "1978-02-02", "442",
  "2024-10-23 10:15", 30, [
      ("Aktuellt", "46-årig kvinna med bipolär sjukdom typ I, stabil på litium sedan 2017. Årskontroll."),
      ("Lab", "S-litium 0,7, TSH och kreatinin normala."),
      ("Bedömning", "Bipolär sjukdom typ I i stabil fas."),
      ("Information", "Pat känner väl till sin diagnos. Hennes vårdcentral är inte informerad om den psykiatriska behandlingen – pat motsätter sig att epikris skickas dit, vilket respekteras."),
      ("Planering", "Fortsatt litium. Nästa kontroll om sex månader."),
  ], "101-", "another care unit is not informed, the patient knows her diagnosis")

C("psyk-hereditet-mor-troligen-bipolar", "v_psy_nu", "Läkaranteckning", "1996-01-01", "462",
  "2024-08-14 15:00", 75, [
      ("Aktuellt", "28-årig kvinna med paniksyndrom sedan fem år, följs för KBT-behandling och sertralin."),
      ("Hereditet", "Mor troligen bipolär, aldrig utredd men perioder av överaktivitet och djupa depressioner. Morfar tog sitt liv i 50-årsåldern."),
      ("Bedömning", "Paniksyndrom i förbättring, panikattacker nu en gång i månaden. Inga tecken på hypomana perioder hos pat."),
      ("Planering", "Fortsatt sertralin 100 mg. Avslutande KBT-sessioner under hösten."),
  ], "102-", "hedged diagnosis belongs to the mother (family history)")

C("psyk-misstankt-doseringsfel-icke-diagnostisk", "s_psy_hbg", "Telefonanteckning", "1947-04-04", "113",
  "2024-05-16 14:30", 25, [
      ("Aktuellt", "77-årig man med recidiverande depression, uppföljning per telefon med sonen närvarande. Sonen har noterat att vissa dagars tabletter ligger kvar i dosetten."),
      ("Läkemedel", "Misstänkt doseringsfel – mirtazapin och sertralin kan ha blandats ihop när dosetten fylldes på. Övergår till apodos."),
      ("Bedömning", "Recidiverande depression, nu stabil enligt pat och son. Sover bra."),
      ("Planering", "Apodos beställd. Hemsjukvården kontaktas för tillsyn av medicinintag."),
  ], "102-", "'Misstänkt' qualifies a dosing error, not a diagnosis")

# ---------------------------------------------------------------------------
# Geriatrics and dementia work-ups (relatives present)
# ---------------------------------------------------------------------------
C("ger-sannolikt-alzhiemers-typo", "v_minne", "Läkaranteckning", "1946-01-12", "562",
  "2024-03-21 10:00", 140, [
      ("Aktuellt", "78-årig kvinna på återbesök efter basal demensutredning, dottern med. Dottern beskriver tilltagande glömska i två år; mamman har tappat bort nycklar och glömt spisen på."),
      ("Utredning", "MMSE 22/30, patologiskt klocktest. DT hjärna: måttlig central atrofi med mediotemporal betoning. B12 och TSH normala."),
      ("Bedömning", "Sannolikt Alzhiemers sjukdom med sen debut, lindrig grad."),
      ("Planering", "Donepezil 5 mg insätts. Körkortsfrågan diskuterad med pat och dotter. Demenssjuksköterskan hör av sig inom en vecka, återbesök om 3 månader."),
  ], "102+", "'Sannolikt' dementia diagnosis with typo (Alzhiemers)")

C("ger-lewy-body-ej-meddelad-draft", "s_minne", "Läkaranteckning", "1941-09-30", "135",
  "2024-05-14 11:25", None, [
      ("Anamnes", "82-årig man med synhallucinationer (ser barn i trädgården), fluktuerande vakenhet och lätt parkinsonism sedan ett år."),
      ("Utredning", "DaTSCAN: nedsatt upptag i putamen bilateralt. MoCA 19/30."),
      ("Bedömning", "Sammantaget demens med Lewykroppar. Diagnosen har inte meddelats pat eller hustrun, som inte kunde närvara idag."),
      ("Planering", "Nytt besök med båda om två veckor för diagnosbesked. Undvik neuroleptika, se läkemedelslistan."),
  ], "101+", "draft: diagnosis not yet given to patient (or wife), telling planned")

C("ger-ftd-maken-ej-informerad", "v_ger_sko", "Läkaranteckning", "1952-07-07", "146",
  "2024-06-04 13:30", 45, [
      ("Aktuellt", "Diagnossamtal. 71-årig kvinna som kommer ensam på egen begäran."),
      ("Bedömning", "Frontotemporal demens, beteendevariant, utifrån klinisk bild, neuropsykologisk testning och FDG-PET."),
      ("Information", "Pat har fått diagnosbeskedet och tog emot det sakligt. Maken är inte informerad; hon vill vänta tills sonen är hemma från utlandet och berätta själv."),
      ("Planering", "Kontaktuppgifter till demenssjuksköterskan lämnade. Uppföljning om sex veckor."),
  ], "101-", "patient informed; husband not informed at her wish")

C("ger-ev-normaltryckshydrocefalus", "s_ger_hbg", "Läkaranteckning", "1943-12-01", "119",
  "2024-08-13 09:50", 100, [
      ("Anamnes", "80-årig man med gångsvårigheter och korta steg sedan ett år, urinträngningar och tilltagande tankeslöhet. Sonen med."),
      ("Status", "Bredspårig, magnetisk gång. Romberg ua. MMSE 25/30."),
      ("Röntgen", "DT hjärna: vidgade ventriklar med Evans index 0,34 och trånga sulci högt över konvexiteten."),
      ("Bedömning", "Ev. normaltryckshydrocefalus. Remiss neurokirurgen för tap-test."),
      ("Planering", "Gånganalys före och efter lumbalpunktion. Fallpreventiva åtgärder med fysioterapeut."),
  ], "102+", "'Ev.' before a diagnosis in a visible geriatric note")

C("ger-pmo-hembesok-misstankt-demens", "p_hsj", "Hembesök", "1937-10-10", "128",
  "2024-02-06 13:00", 180, [
      ("Hembesök", "Besök i hemmet tillsammans med distriktssköterskan. 86-årig kvinna som bor ensam med hemtjänst två gånger dagligen. Dottern närvarande."),
      ("Status", "Orienterad till person men inte till tid. Gamla matvaror i kylskåpet. Går med rollator."),
      ("Bedömning", "Misstänkt demenssjukdom, trol. vaskulär genes med tanke på tidigare TIA. Ingen akut konfusion."),
      ("Planering", "Basal demensutredning med MMSE och provtagning på vårdcentralen. Biståndshandläggaren kontaktas angående utökade insatser."),
  ], "102-", "hemsjukvård in PMO: hedged dementia not shown")

C("ger-inga-tecken-pa-delirum-typo", "v_ger_sko", "Läkaranteckning", "1935-01-03", "177",
  "2024-04-29 10:45", 50, [
      ("Aktuellt", "89-årig man inlagd efter fall i hemmet. Nattpersonalen rapporterar oro och att han ringer ofta."),
      ("Status", "Vaken och följer samtalet. CAM negativ, orienterad till tid och rum."),
      ("Bedömning", "Inga tecken på delirum. Nattlig oro bedöms bero på smärta från den osteoporotiska kotkompressionen i L1."),
      ("Planering", "Tillägg av oxikodon till natten. Bisfosfonat efter tandstatus. Fysioterapeut mobiliserar dagligen."),
  ], "102-", "negated diagnosis with typo (delirum)", setting="slutenvård")

C("ger-hereditet-mor-trol-alzhaimer-typo", "s_minne", "Läkaranteckning", "1962-02-25", "280",
  "2024-10-15 14:00", 65, [
      ("Aktuellt", "62-årig kvinna, remitterad för minnesbesvär sedan ett år. Arbetar som lärare och tycker att hon tappar ord."),
      ("Hereditet", "Mor trol. Alzhaimer från 70-årsåldern, aldrig utredd. Morbror hade Parkinsons sjukdom."),
      ("Utredning", "MoCA 26/30, neuropsykologisk testning visar lätt nedsatt episodiskt minne. MR hjärna och likvor utan patologiska fynd."),
      ("Bedömning", "Lindrig kognitiv störning (MCI). Stressrelaterad komponent bidrar."),
      ("Planering", "Förnyad testning om ett år. Sömnhygien och stresshantering."),
  ], "102-", "hedged diagnosis (typo Alzhaimer) is the mother's, the patient's diagnosis is settled")

C("ger-tidiga-hypoteser-mall-ej-informerad", "s_ger_hbg", "Tidiga hypoteser", "1940-05-05", "186",
  "2024-03-27 15:15", 35, [
      ("Bedömning", "Vid strukturerat samtal framkommer vaga förföljelseidéer mot grannarna och minnesluckor. Misstänkt begynnande demens med psykotiska inslag; pat ej informerad om misstanken då hon blev mycket upprörd när minnet kom på tal."),
      ("Planering", "Basal demensutredning initieras under annan frågeställning (trötthet). Tas upp med pat och sonen när utredningen är klar."),
  ], "101-", "not-informed hypothesis inside the Skåne Tidiga hypoteser template is filtered")

C("ger-alzheimer-tidig-debut-parentes-ej-meddelad", "v_minne_nu", "Läkaranteckning", "1966-01-25", "397",
  "2024-09-12 11:40", 90, [
      ("Aktuellt", "58-årig man, ingenjör, remitterad för minnesproblem och svårigheter med planering på arbetet sedan 1,5 år. Hustrun med vid tidigare besök."),
      ("Utredning", "Neuropsykologisk testning: nedsatt episodiskt minne och exekutiv funktion. Likvor: lågt Aβ42, förhöjt p-tau. MR: hippocampusatrofi."),
      ("Bedömning", "Alzheimers sjukdom med tidig debut (diagnosen ännu inte meddelad pat; diagnossamtal med pat och hustru 24/9)."),
      ("Planering", "Körförmåga och sjukskrivning tas upp vid diagnossamtalet. Kontakt med demenssjuksköterska därefter."),
  ], "101+", "not-informed statement in a parenthesis right after the diagnosis")

# ---------------------------------------------------------------------------
# Palliative care
# ---------------------------------------------------------------------------
C("pall-progress-dt-pat-ej-informerad", "v_pall_nu", "Läkaranteckning", "1956-05-19", "224",
  "2024-03-14 16:10", 40, [
      ("Aktuellt", "67-årig kvinna med känd koloncancer, inlagd för smärtlindring och trötthet."),
      ("Röntgen", "DT buk (inklistrat svar): Multipla nytillkomna levermetastaser, den största 5 cm i segment 7. Peritoneal karcinos."),
      ("Bedömning", "Tydlig progress av koloncancern. Pat ej informerad om DT-svaret – hon vill få besked när maken är med. Brytpunktssamtal planeras i morgon eftermiddag."),
      ("Planering", "Oxikodon vid behov, KAD. Stomisköterskan tittar till."),
  ], "101+", "pasted CT answer with new metastases while the patient is not yet informed", setting="slutenvård")

C("pall-asih-vuxna-barn-ej-informerade", "s_asih", "Hembesök", "1964-11-11", "151",
  "2024-09-24 12:30", 120, [
      ("Hembesök", "59-årig man med pankreascancer och levermetastaser. Tilltagande trötthet, äter bara små portioner."),
      ("Status", "AT nedsatt, ikterisk. Buken spänd med ascites. Inga underbensödem."),
      ("Information", "Pat känner till att sjukdomen har spridit sig och att behandlingen nu är palliativ. De vuxna barnen är ännu inte informerade; han vill själv berätta för dem i helgen."),
      ("Planering", "Ascitestappning på ASIH-enheten tisdag. Brytpunktssamtal genomfört 12/9 och dokumenterat."),
  ], "101-", "the adult children are not informed, the patient is", setting="avancerad sjukvård i hemmet")

C("pall-susp-metastatisk-ryggmargskompression", "v_onk_sas", "Läkaranteckning", "1949-05-05", "193",
  "2024-02-22 19:40", 30, [
      ("Aktuellt", "74-årig man med prostatacancer och kända skelettmetastaser. Sedan i går tilltagande svaghet i benen och bältesformad ryggsmärta i höjd med Th10."),
      ("Status", "Kraft 4/5 i höftflexion bilateralt, nedsatt sensibilitet under naveln. Urinretention 600 ml på bladderscan."),
      ("Bedömning", "Susp. metastatisk ryggmärgskompression. Akut MR helrygg beställd."),
      ("Åtgärd", "Betametason 16 mg iv. Onkologjouren kontaktad för ställningstagande till akut strålbehandling."),
  ], "102+", "'Susp.' complication in a palliative oncology note", setting="slutenvård")

C("pall-hyperkalcemi-utesluts", "s_pall_ystad", "Läkaranteckning", "1942-06-12", "173",
  "2024-01-30 10:05", 55, [
      ("Aktuellt", "81-årig man med lungcancer i palliativt skede. Förvirrad sedan två dagar enligt dottern."),
      ("Lab", "Joniserat kalcium 1,24, natrium 138, kreatinin 92, CRP 18."),
      ("Bedömning", "Hyperkalcemi utesluts. Förvirringen bedöms multifaktoriell med opioiderna som en bidragande faktor."),
      ("Planering", "Oxikodondosen minskas, haloperidol 0,5 mg vid behov. Dottern informerad per telefon."),
  ], "102-", "'utesluts' negates the diagnosis", setting="slutenvård")

C("pall-pmo-hemsjukvard-trol-pneumoni", "p_hsj2", "Hembesök", "1934-09-09", "364",
  "2024-12-03 15:20", 45, [
      ("Hembesök", "90-årig kvinna, palliativt inskriven i hemsjukvården pga hjärtsvikt NYHA IV. Feber sedan igår och rosslig andning."),
      ("Status", "Temp 38,6, AF 26, saturation 89 %. Krepitationer basalt höger."),
      ("Bedömning", "Trol. pneumoni. Enligt tidigare fattat beslut ingen sjukhusvård, symtomlindring i hemmet."),
      ("Planering", "Amoxicillin per os om hon orkar svälja, morfin vid behov mot andnöd. Sonen informerad."),
  ], "102-", "PMO hemsjukvård: hedged diagnosis never shown")

# ---------------------------------------------------------------------------
# Oncology follow-up and recurrences, MDK
# ---------------------------------------------------------------------------
C("onk-misstankt-lokalrecidiv-brostcancer", "s_onk_lund", "Läkaranteckning", "1970-03-03", "408",
  "2024-04-25 10:30", 60, [
      ("Aktuellt", "54-årig kvinna opererad 2021 för bröstcancer vänster (sektorresektion och sentinel node), därefter strålbehandlad. Ny knöl i ärret sedan tre veckor."),
      ("Status", "1,5 cm fast resistens i ärret kl 2, inte fixerad mot underlaget. Axiller och fossae supraclaviculares utan palpabla körtlar."),
      ("Bedömning", "Misstänkt lokalrecidiv. Mammografi, ultraljud och mellannålsbiopsi utförs idag."),
      ("Planering", "Svaren tas upp på MDK tisdag, därefter ringer kontaktsjuksköterskan pat."),
  ], "102+", "'Misstänkt' recurrence in a visible oncology follow-up note")

C("onk-psma-skelettmetastaser-ej-meddelat-draft", "s_uro", "Läkaranteckning", "1953-01-21", "217",
  "2024-04-09 16:40", None, [
      ("Aktuellt", "Prostatacancer Gleason 4+3 opererad med radikal prostatektomi 2020. Stigande PSA, senast 4,8."),
      ("Röntgen", "PSMA-PET/DT: Upptag i tre revben vänster och i L3, förenligt med skelettmetastaser. Inga lymfkörtelmetastaser."),
      ("Bedömning", "Skelettmetastaserad prostatacancer. Ej meddelat pat – svaret kom efter att han gått hem; besked ges vid återbesöket 19/4."),
      ("Planering", "Hormonbehandling inleds efter samtalet. Zoledronsyra övervägs, tandstatus dessförinnan."),
  ], "101+", "draft: metastatic disease visible with 'Ej meddelat pat'")

C("onk-recidivfri-pat-infomerad-typo", "v_onk", "Läkaranteckning", "1961-08-08", "291",
  "2024-05-02 14:10", 25, [
      ("Aktuellt", "Uppföljning tre år efter adjuvant cytostatika för koloncancer stadium III."),
      ("Undersökningar", "DT thorax-buk: Inga tecken till recidiv eller metastaser. CEA 1,8."),
      ("Bedömning", "Recidivfri. Kvarstående lätt polyneuropati i fötterna efter oxaliplatin."),
      ("Information", "Pat infomerad om det glädjande beskedet per telefon idag."),
      ("Planering", "Nästa kontroll om ett år med DT och CEA."),
  ], "101-", "patient told (typo infomerad); nothing is withheld")

C("onk-mojlig-levermetastas-dd-cysta-draft", "v_onk_sas", "Läkaranteckning", "1958-12-12", "322",
  "2024-07-16 11:55", None, [
      ("Röntgen", "DT buk (klistrat svar): 8 mm hypodens förändring i segment 4, för liten för säker karakterisering. Möjlig metastas, DD cysta."),
      ("Bedömning", "Uppföljning efter rektalcancer opererad 2022. Förändringen bör värderas med MR lever innan ställningstagande."),
      ("Planering", "MR lever bokas och tas upp på MDK. Pat informerad om att ett fynd behöver kontrolleras."),
  ], "102+", "draft: hedge inside a pasted radiology answer is still visible")

C("onk-dt-lungtumor-pat-ej-infromerad-typo", "s_lung", "Läkaranteckning", "1957-04-04", "335",
  "2024-10-21 15:35", 40, [
      ("Röntgen", "DT thorax: 34 mm spikulerad tumör i höger överlob med förstorade mediastinala lymfkörtlar i station 4R. Misstänkt bronkialcancer, minst stadium IIIA."),
      ("Bedömning", "Hög misstanke om lungcancer. Pat ej infromerad om DT-svaret; besked ges efter bronkoskopin med kontaktsjuksköterskan närvarande."),
      ("Planering", "Bronkoskopi med EBUS, spirometri och PET-DT. Standardiserat vårdförlopp startat."),
  ], "101+", "suspected cancer visible while patient not informed (typo infromerad)")

C("mdk-pankreascancer-ej-resektabel-ej-informerad", "v_kir", "MDK-anteckning", "1955-11-11", "166",
  "2024-05-15 08:30", 180, [
      ("Deltagare", "Kirurg, onkolog, radiolog, patolog och kontaktsjuksköterska."),
      ("Frågeställning", "Resektabilitet av tumör i pankreas corpus."),
      ("Bedömning", "Tumören omsluter a. mesenterica superior mer än 180 grader. Lokalt avancerad pankreascancer, inte resektabel."),
      ("Beslut", "Palliativ kemoterapi enligt FOLFIRINOX om allmäntillståndet tillåter. Pat är inte informerad om konferensens beslut – onkolog träffar henne 22/5."),
  ], "101+", "MDK note: diagnosis and decision visible before the patient is told")

C("mdk-rektalcancer-kontaktssk-har-informerat", "s_mdk_gi", "MDK-anteckning", "1959-09-01", "375",
  "2024-06-26 13:00", 150, [
      ("Underlag", "MR lilla bäckenet: tumör 7 cm ovan anus, cT3cN1, MRF fri, EMVI negativ. DT thorax-buk utan metastaser."),
      ("Diagnos", "Rektalcancer cT3cN1M0."),
      ("Rekommendation", "Kortidsstrålning 5 x 5 Gy följt av TME-kirurgi."),
      ("Information", "Kontaktsjuksköterskan har samma eftermiddag ringt pat och informerat om rekommendationen; pat instämmer i planen."),
  ], "101-", "MDK note where the patient has already been informed")

C("onk-tidiga-hypoteser-mall-ovarialrecidiv", "s_onk_lund", "Tidiga hypoteser", "1963-07-07", "242",
  "2024-03-18 12:00", 20, [
      ("Bedömning", "CA-125 stigande från 35 till 88 på tre månader, inga symtom. Misstänkt recidiv av ovarialcancer."),
      ("Information", "Pat ej informerad om provsvaret; hon har uttalad oro och vi vill ha DT-svaret innan hypotesen tas upp."),
      ("Planering", "DT thorax-buk inom två veckor. Hypotesen flyttas till ordinarie anteckning när den bekräftats eller avskrivits."),
  ], "101-", "uncommunicated hypothesis correctly placed in the Skåne Tidiga hypoteser template")

C("onk-ovarialcancer-recidiv-pat-vet-ej", "s_gynonk", "Läkaranteckning", "1957-09-09", "384",
  "2024-08-29 10:50", 75, [
      ("Aktuellt", "Ovarialcancer stadium IIIC, primärt behandlad 2022 med kirurgi och karboplatin/paklitaxel. Kontroll enligt vårdprogram."),
      ("Röntgen", "DT thorax-buk: nytillkomna peritoneala noduli upp till 2 cm samt måttlig ascites."),
      ("Bedömning", "Recidiv av ovarialcancer, platinakänsligt intervall. Pat vet ännu inte om DT-fynden; ansvarig gynonkolog informerar henne vid besök 2/9."),
      ("Planering", "CA-125 inför besöket. Ställningstagande till ny platinabaserad behandling och PARP-hämmare."),
  ], "101+", "recurrence in an ordinary note, phrased 'Pat vet ännu inte', told later")

C("hem-lymfom-tidigare-ej-informerad-nu-informerad-draft", "v_hem_sas", "Läkaranteckning", "1972-10-10", "208",
  "2024-05-27 14:30", None, [
      ("Aktuellt", "Återbesök för besked. PAD-svaret fanns redan vid förra besöket men pat var då inte informerad, eftersom hon kom utan anhörig och bad att få vänta."),
      ("Bedömning", "Diffust storcelligt B-cellslymfom, stadium IIA."),
      ("Information", "Diagnos, behandlingsplan och biverkningar gicks igenom idag med pat och hennes syster."),
      ("Planering", "R-CHOP start 3/6. PICC-line bokad."),
  ], "101-", "draft: not being informed is past, the patient was told today")

C("gynonk-cytologi-utan-maligna-celler-ej-meddelat", "s_gyn_lund", "Läkaranteckning", "1954-04-14", "426",
  "2024-09-10 15:45", 35, [
      ("Aktuellt", "Kontroll två år efter hysterektomi och strålbehandling för endometriecancer. Inga blödningar, mår bra."),
      ("Status", "Vaginaltoppen väl läkt, inga resistenser. Rektalpalpation ua."),
      ("Provsvar", "Cytologi vaginaltopp (inkom efter besöket): Inga atypiska eller maligna celler."),
      ("Information", "Svaret är ännu inte meddelat pat; brev skickas i dag."),
  ], "101-", "what is not yet told is a negative result, not a diagnosis")

C("mdk-trol-perihilart-kolangiokarcinom", "s_mdk_gi", "MDK-anteckning", "1951-01-11", "199",
  "2024-04-24 08:15", 200, [
      ("Deltagare", "Kirurg, onkolog, radiolog, gastroenterolog och kontaktsjuksköterska."),
      ("Underlag", "MR/MRCP: striktur i hepatikusgaffeln med utbredning i vänster gallgång. CA 19-9 340. Borstcytologi inkonklusiv."),
      ("Bedömning", "Trol. perihilärt kolangiokarcinom, Bismuth IIIb, DD metastas från koloncancer opererad 2019."),
      ("Rekommendation", "ERCP med ny borstcytologi och kolangioskopi. Åter MDK om två veckor."),
  ], "102+", "MDK note with 'Trol.' and DD in a visible section")

C("mdk-prostatacancer-aktiv-monitorering-draft", "v_mdk_uro", "MDK-anteckning", "1958-06-06", "173",
  "2024-09-25 09:00", None, [
      ("Underlag", "MR prostata: PI-RADS 4-lesion vänster perifer zon. Riktade biopsier: Gleason 3+3 och 3+4, ISUP 2, mindre än 10 % mönster 4. PSA 6,2."),
      ("Diagnos", "Prostatacancer ISUP 2, cT2a, låg–intermediär risk."),
      ("Rekommendation", "Aktiv monitorering med PSA var 6:e månad och ny MR om ett år."),
      ("Information", "Pat fick diagnosen redan vid biopsisvaret. Hans urolog meddelar konferensens rekommendation vid nästa besök."),
  ], "102-", "draft MDK note with a confirmed diagnosis and no hedge")

C("mdk-sarkom-lipom-ingen-misstanke-liposarkom", "s_sarkom", "MDK-anteckning", "1974-12-12", "240",
  "2024-05-13 12:30", 90, [
      ("Underlag", "MR lår vänster: 9 cm välavgränsad fettekvivalent tumör i vastus lateralis, inga septa eller solida komponenter. Mellannålsbiopsi: mogen fettvävnad, MDM2-amplifikation negativ."),
      ("Bedömning", "Intramuskulärt lipom. Ingen misstanke om liposarkom."),
      ("Rekommendation", "Ingen ytterligare kontroll på sarkomcentrum. Pat kan välja exstirpation på hemsjukhuset vid besvär."),
  ], "102-", "'Ingen misstanke om' negates the malignant alternative")

C("onk-tidiga-hypoteser-sokord-skelett", "v_onk", "Läkaranteckning", "1967-03-03", "222",
  "2024-06-06 10:20", 60, [
      ("Aktuellt", "Uppföljning ett år efter avslutad behandling för bröstcancer. Mår bra, arbetar heltid."),
      ("Status", "Ärr väl läkta, inga palpabla resistenser. Ingen lymfkörtelförstoring."),
      ("Tidiga hypoteser", "Lätt förhöjt ALP och diffus ryggvärk; skelettmetastasering kan ej uteslutas men bedöms osannolik. Skelettskintigrafi beställd innan frågan tas upp med pat."),
      ("Planering", "Ny kontroll med provsvar om två veckor."),
  ], "102-", "hedge only under the VGR sökord Tidiga hypoteser, which is filtered")

# ---------------------------------------------------------------------------
# Clinical genetics
# ---------------------------------------------------------------------------
C("gen-huntington-prediktiv-besked-ej-lamnat", "s_gen", "Läkaranteckning", "1995-02-14", "402",
  "2024-05-06 16:00", 30, [
      ("Bakgrund", "29-årig kvinna vars far har Huntingtons sjukdom. Prediktiv testning enligt protokoll; tre förberedande samtal genomförda."),
      ("Provsvar", "HTT: 42 CAG-repetitioner på ena allelen, 17 på den andra."),
      ("Bedömning", "Anlagsbärare för Huntingtons sjukdom. Pat har ännu inte fått besked; svaret lämnas personligen 14/5 med kurator närvarande enligt överenskommelse."),
      ("Planering", "Uppföljande samtal erbjuds två veckor efter beskedet."),
  ], "101+", "predictive test result visible before the agreed in-person disclosure")

C("gen-brca2-systrar-inte-inforamde-typo", "v_gen", "Läkaranteckning", "1982-12-03", "260",
  "2024-02-19 13:20", 45, [
      ("Aktuellt", "Svarsbesked. 41-årig kvinna behandlad för bröstcancer 2023."),
      ("Provsvar", "Patogen variant i BRCA2, c.5946del, påvisad."),
      ("Information", "Pat informerad om svaret och vad det innebär för henne och för släktingar. Systrarna är ännu inte inforamde; pat vill själv kontakta dem och fick med sig ett släktbrev."),
      ("Planering", "Remiss till gynekolog för ställningstagande till riskreducerande salpingooforektomi."),
  ], "101-", "relatives not informed (typo inforamde); the patient is")

C("gen-trolig-lynch-syndrom", "s_gen", "Läkaranteckning", "1985-06-30", "199",
  "2024-03-27 09:30", 80, [
      ("Aktuellt", "38-årig man opererad i januari för koloncancer i höger kolon. Tumören MMR-defekt med förlust av MSH2 och MSH6 vid immunhistokemi."),
      ("Hereditet", "Mor koloncancer vid 46 års ålder, mormor endometriecancer vid 52."),
      ("Bedömning", "Trolig Lynch syndrom. Germlineanalys av MMR-generna beställd efter genetisk vägledning."),
      ("Planering", "Svar väntas om 6–8 veckor. Koloskopikontroller ska ske oavsett utfall."),
  ], "102+", "'Trolig' hereditary syndrome of the patient himself")

C("gen-cf-anlagsbarare-fastslagen", "v_gen", "Läkaranteckning", "1994-09-09", "244",
  "2024-08-20 11:15", 55, [
      ("Aktuellt", "Anlagsbärartestning inför planerad graviditet, då pat:s bror har cystisk fibros."),
      ("Provsvar", "CFTR c.1521_1523del (F508del) påvisad i heterozygot form."),
      ("Bedömning", "Anlagsbärare för cystisk fibros. Bärarskapet ger inga symtom för pat själv."),
      ("Information", "Pat informerad. Partnern erbjuds testning för att bedöma risken för ett sjukt barn; remiss skickas på begäran."),
  ], "102-", "settled carrier status, no hedge")

C("gen-hereditet-farbror-trol-huntington", "s_gen", "Läkaranteckning", "1990-02-02", "313",
  "2024-11-12 14:00", 70, [
      ("Hereditet", "Farbror trol. Huntingtons sjukdom, aldrig testad, avled 58 år på sjukhem. Farfar dog i 60-årsåldern i 'en nervsjukdom'. Pat:s far lever, 63 år, utan symtom."),
      ("Aktuellt", "Pat söker för genetisk vägledning inför eventuell prediktiv testning. Inga neurologiska symtom."),
      ("Status", "Neurologiskt status utan anmärkning, inga ofrivilliga rörelser."),
      ("Planering", "Nytt samtal om 4 veckor. Släktutredning med journalbeställning för farbrodern efter samtycke från dennes barn."),
  ], "102-", "hedged diagnosis is the uncle's (family history), not the patient's")

C("gen-tidiga-hypoteser-sokord-kabuki", "v_gen", "Läkaranteckning", "2019-05-15", "482",
  "2024-09-04 10:00", 40, [
      ("Aktuellt", "5-årig flicka med utvecklingsförsening, kort längd och medfött hjärtfel, här för uppföljning av exomsekvensering. Båda föräldrarna med."),
      ("Tidiga hypoteser", "Variant av oklar betydelse i KMT2D hos flickan. Misstänkt Kabuki syndrom, men varianten saknas hos modern och faderns prov är ännu inte analyserat; hypotesen hålls här tills segregationsanalysen är klar."),
      ("Planering", "Faderns prov tas nästa vecka. Återbesök för genomgång av resultat i november."),
  ], "102-", "VGR Tidiga hypoteser sökord filters the hedge from the guardians")

C("gen-trol-arftlig-hemokromatso-typo", "s_med_ystad", "Läkaranteckning", "1972-03-03", "357",
  "2024-06-05 13:10", 50, [
      ("Aktuellt", "52-årig man med trötthet och ledvärk i MCP-lederna. Förhöjda leverprover vid hälsokontroll."),
      ("Lab", "Ferritin 1 450, transferrinmättnad 78 %, ALAT 1,4."),
      ("Bedömning", "Trol. ärftlig hemokromatso. HFE-genotypning och leverelastografi beställda, alkoholanamnes utan anmärkning."),
      ("Planering", "Venesectio planeras efter svar. Syskon bör erbjudas provtagning om diagnosen bekräftas."),
  ], "102+", "'Trol.' hereditary disease with typo (hemokromatso)")

C("gen-brca1-anhorigtest-svar-ej-lamnat", "v_gen", "Läkaranteckning", "1988-04-22", "346",
  "2024-06-24 15:30", 20, [
      ("Bakgrund", "36-årig kvinna, frisk, testad som anhörig då mostern och en kusin har BRCA1-associerad bröstcancer."),
      ("Provsvar", "Den familjära varianten BRCA1 c.3607C>T påvisad (heterozygot)."),
      ("Bedömning", "Pat är bärare av familjens BRCA1-variant (svaret är ännu inte lämnat till henne – genetisk vägledare ringer enligt överenskommelse på tisdag)."),
      ("Planering", "Remiss till mammografi/MR-kontrollprogram och gyn efter beskedet."),
  ], "101+", "carrier result visible; parenthesis says it is not yet given to the patient")

# ---------------------------------------------------------------------------
# Infectious disease and smittskydd
# ---------------------------------------------------------------------------
C("inf-hiv-nydiagnos-pat-ej-informerad", "v_inf_ost", "Läkaranteckning", "1988-01-01", "391",
  "2024-10-08 15:00", 35, [
      ("Provsvar", "HIV Ag/Ak-screening reaktiv, konfirmerande immunoblot positiv. HIV-1 RNA 48 000 kopior/ml."),
      ("Bedömning", "Nydiagnostiserad HIV-1-infektion. Pat ej informerad ännu – kallas till besök i morgon med tigrinjatolk."),
      ("Smittskydd", "Smittspårning påbörjas först efter att pat fått beskedet. Anmälan enligt smittskyddslagen görs samma dag."),
      ("Planering", "CD4, resistensbestämning och hepatitserologi tas vid besöket."),
  ], "101+", "new HIV diagnosis visible before the patient is told")

C("inf-klamydia-partner-ej-informerade", "v_sex", "Läkaranteckning", "2000-03-03", "206",
  "2024-04-02 11:45", 60, [
      ("Aktuellt", "24-årig kvinna med positiv klamydia-PCR från ungdomsmottagningen. Behandlad med doxycyklin sedan i fredags."),
      ("Smittspårning", "Två partner senaste halvåret. Ingen av dem är informerad ännu; smittspåraren kontaktar dem anonymt per brev."),
      ("Information", "Pat informerad om diagnosen, om smittsamhet och om att avstå från oskyddat sex en vecka efter avslutad behandling."),
  ], "101-", "contact tracing: partners not yet informed, the patient is")

C("inf-lungtuberkulos-pat-ej-underrattad", "s_inf_malmo", "Läkaranteckning", "1979-06-06", "413",
  "2024-02-12 13:25", 40, [
      ("Aktuellt", "44-årig man som utskrevs i fredags med diagnosen samhällsförvärvad pneumoni efter fem dygns vård."),
      ("Provsvar", "Sputumodling positiv för Mycobacterium tuberculosis, direktmikroskopi 2+. Resistensbestämning pågår."),
      ("Bedömning", "Smittsam lungtuberkulos. Pat är ännu inte underrättad om svaret; jag ringer honom under eftermiddagen för återinläggning på isoleringsrum."),
      ("Smittskydd", "Smittskyddsläkaren kontaktad. Smittspårning på vårdavdelningen inleds."),
  ], "101+", "'ännu inte underrättad' after a confirmed infectious diagnosis")

C("inf-misstankt-neuroborrelios", "v_inf_nu", "Läkaranteckning", "1971-10-01", "157",
  "2024-07-30 10:10", 70, [
      ("Aktuellt", "52-årig man med ansiktsförlamning vänster sedan fyra dagar. Fästingbett i juni på Orust, inget erythema migrans noterat."),
      ("Status", "Perifer facialispares vänster med engagerad panna. I övrigt normalt neurologstatus."),
      ("Bedömning", "Misstänkt neuroborrelios. Lumbalpunktion med borreliaserologi och celler idag."),
      ("Planering", "Doxycyklin 200 mg x 1 i 14 dagar startas i väntan på svar. Ögonskydd nattetid."),
  ], "102+", "'Misstänkt' infection in a visible infectious disease note")

C("inf-endokardit-kan-ej-uteslutas", "s_inf_hbg", "Läkaranteckning", "1960-12-24", "388",
  "2024-11-18 17:20", 45, [
      ("Anamnes", "63-årig kvinna i hemodialys via central dialyskateter sedan 2022. Frossa under dialysen i går."),
      ("Status", "Temp 38,9. Nytillkommet systoliskt blåsljud 2/6 över apex. Inga perifera embolifenomen."),
      ("Lab", "Blododling 2 av 2 flaskor: Staphylococcus aureus. CRP 186."),
      ("Bedömning", "S. aureus-bakteriemi; endokardit kan ej uteslutas. TEE bokad till i morgon."),
      ("Planering", "Kloxacillin 2 g x 6 iv. Nya blododlingar efter 48 timmar, ställningstagande till kateterbyte."),
  ], "102+", "'kan ej uteslutas' after the diagnosis", setting="slutenvård")

C("smittskydd-kontakt-trol-latent-tuberkulos", "v_inf_ost", "Läkaranteckning", "1986-05-05", "222",
  "2024-09-17 09:00", 90, [
      ("Aktuellt", "Kallad som kontakt till arbetskamrat med smittsam lungtuberkulos, enligt smittspårning från smittskyddsenheten."),
      ("Provsvar", "IGRA (QuantiFERON) positiv. Lungröntgen utan infiltrat eller lymfkörtelförstoring."),
      ("Bedömning", "Trol. latent tuberkulos. Inga symtom på aktiv sjukdom, ingen hosta, feber eller viktnedgång."),
      ("Planering", "Förebyggande behandling med rifampicin i fyra månader erbjuds. Leverprover före start."),
  ], "102+", "contact-tracing visit: the contact's own 'Trol.' diagnosis is visible")

C("inf-salmonella-smittskyddslakaren-ej-informerad", "s_inf_malmo", "Läkaranteckning", "1989-04-04", "399",
  "2024-08-05 14:50", 30, [
      ("Aktuellt", "35-årig man med diarré sedan hemkomst från Thailand för en vecka sedan. Arbetar som kock."),
      ("Lab", "Faecesodling: Salmonella Enteritidis."),
      ("Bedömning", "Salmonellainfektion, anmälningspliktig enligt smittskyddslagen."),
      ("Information", "Pat informerad om diagnosen och förhållningsreglerna; avstår från arbete med oförpackade livsmedel tills vidare."),
      ("Smittskydd", "Smittskyddsläkaren är ännu inte informerad – klinisk anmälan i SmiNet görs i dag. Smittskydd tar kontakt med arbetsgivaren."),
  ], "101-", "the county medical officer is not yet informed; the patient is")

C("inf-hepatit-c-spontant-utlakt-draft", "v_inf_nu", "Läkaranteckning", "1980-01-10", "233",
  "2024-03-26 10:35", None, [
      ("Aktuellt", "44-årig man med tidigare intravenöst missbruk, drogfri sedan 2016. Anti-HCV positiv vid provtagning på vårdcentralen."),
      ("Lab", "HCV-RNA ej detekterbart vid två tillfällen med tre månaders mellanrum. ALAT normalt."),
      ("Bedömning", "Spontant utläkt hepatit C; ingen pågående infektion. Ingen behandlingsindikation."),
      ("Planering", "Ingen ytterligare uppföljning här. Pat informerad om att antikropparna kvarstår livet ut."),
  ], "102-", "draft: healed and negated infection, no hedge")

C("inf-initialt-misstankt-reaktiv-artrit-nu-lyme", "s_inf_hbg", "Läkaranteckning", "1978-05-05", "195",
  "2024-10-15 11:10", 60, [
      ("Aktuellt", "46-årig man med svullet höger knä sedan två månader, återbesök efter ledpunktion."),
      ("Förlopp", "Initialt misstänktes reaktiv artrit, men borreliaserologin visade höga IgG-titrar och ledvätskans PCR var positiv för Borrelia."),
      ("Bedömning", "Lyme-artrit höger knä, nu fastställd."),
      ("Planering", "Doxycyklin 100 mg x 2 i 28 dagar. Kontroll om sex veckor."),
  ], "102-", "past suspicion replaced by a settled diagnosis")

C("um-pmo-trol-klamydia", "p_um", "Besöksanteckning", "2006-12-01", "282",
  "2024-04-04 15:40", 60, [
      ("Aktuellt", "17-årig tjej med sveda vid miktion och flytningar sedan en vecka. Ny partner sedan en månad, oskyddat samlag."),
      ("Status", "Lätt ömhet vid portio, ingen ruckningsömhet. Ökade flytningar."),
      ("Bedömning", "Trol. klamydiainfektion, DD gonorré. Ingen misstanke om salpingit."),
      ("Åtgärd", "Klamydia- och gonorré-PCR tagna. Doxycyklin i väntan på svar, smittspårning vid positivt prov."),
  ], "102-", "ungdomsmottagning in PMO: hedged diagnosis never shown")

# ---------------------------------------------------------------------------
# Occupational medicine and certificates
# ---------------------------------------------------------------------------
C("amm-misstankt-yrkesastma-bagare", "s_amm", "Läkaranteckning", "1993-05-14", "315",
  "2024-02-07 10:30", 120, [
      ("Aktuellt", "30-årig bagare sedan åtta år. Andfåddhet och pipande andning som blir bättre under semestrar. Rinit sedan två år."),
      ("Utredning", "Spirometri FEV1/FVC 0,68 med reversibilitet 15 %. Pricktest positivt för vetemjöl och alfa-amylas."),
      ("Bedömning", "Misstänkt yrkesastma orsakad av mjöldamm. PEF-registrering på och utanför arbetet under fyra veckor för bekräftelse."),
      ("Planering", "Arbetsskadeanmälan diskuterad. Kontakt med företagshälsovården med pat:s samtycke."),
  ], "102+", "'Misstänkt' occupational disease in a visible note")

C("amm-mesoteliom-pad-pat-ej-informerad", "v_lung", "Läkaranteckning", "1952-10-20", "119",
  "2024-03-04 14:15", 25, [
      ("Yrkesanamnes", "71-årig man, varvsarbetare på Eriksberg 1968–1979 med asbestexponering vid isoleringsarbete."),
      ("PAD", "Pleurabiopsi vänster: malignt mesoteliom av epiteloid typ med förlust av BAP1."),
      ("Bedömning", "Malignt pleuramesoteliom. Pat ej informerad; han har bett att hustrun ska vara med och besked ges 6/3."),
      ("Planering", "Arbetsskadeanmälan och kontakt med Arbets- och miljömedicin efter beskedet. Onkologremiss."),
  ], "101+", "occupational cancer from pasted PAD, patient not yet told")

C("amm-akrylateksem-arbetsgivaren-ej-informerad", "s_amm", "Läkaranteckning", "1979-01-22", "484",
  "2024-04-17 13:00", 45, [
      ("Aktuellt", "45-årig tandsköterska med handeksem sedan ett år, mest uttalat på fingertopparna."),
      ("Lapptest", "Positiv reaktion för 2-hydroxietylmetakrylat, ++ dag 3 och dag 7."),
      ("Bedömning", "Allergiskt kontakteksem orsakat av akrylater i arbetet."),
      ("Information", "Pat informerad om diagnosen, skyddsåtgärder och arbetsskadeanmälan. Arbetsgivaren är inte informerad; pat vill själv ta upp saken med sin chef."),
  ], "101-", "employer not informed; the patient is")

C("amm-trol-vibrationsskada-havs", "v_amm", "Läkaranteckning", "1974-11-15", "137",
  "2024-10-30 09:20", 100, [
      ("Aktuellt", "49-årig plåtslagare som arbetat med handhållna vibrerande verktyg i 25 år. Vita fingrar vid kyla sedan fem år, stickningar nattetid."),
      ("Status", "Nedsatt tvåpunktsdiskrimination dig II–IV bilateralt. Phalens test positivt höger."),
      ("Bedömning", "Trol. vibrationsskada med vaskulär och neurosensorisk komponent (HAVS), DD karpaltunnelsyndrom höger."),
      ("Planering", "Kylprovokationstest och neurografi. Intyg om arbetssjukdom skrivs efter utredningen."),
  ], "102+", "'Trol.' occupational injury with DD")

C("amm-tidigare-misstankt-sarkoidos-avskrevs", "v_amm", "Läkaranteckning", "1968-08-08", "335",
  "2024-04-11 10:00", 85, [
      ("Aktuellt", "55-årig man, svetsare i 30 år, remitterad för bedömning av arbetsrelaterad hosta."),
      ("Tidigare sjukdomar", "2018 utreddes pat för misstänkt sarkoidos pga hiluslymfkörtlar, misstanken avskrevs efter bronkoskopi med normal BAL. Hypertoni."),
      ("Utredning", "Spirometri normal. DT thorax: inga förstorade lymfkörtlar, inga interstitiella förändringar."),
      ("Bedömning", "Irritativ hosta av svetsrök; ingen lungsjukdom påvisad. Förbättrat punktutsug rekommenderas."),
      ("Planering", "Skriftligt underlag till arbetsgivaren och företagshälsovården med pat:s samtycke. Ingen uppföljning här."),
  ], "102-", "past suspicion that was dismissed ('avskrevs') is not a current hypothesis")

C("intyg-fk-trol-utmattningssyndrom", "v_stress", "Läkarintyg", "1981-07-07", "520",
  "2024-03-13 11:00", 30, [
      ("Diagnos", "Trol. utmattningssyndrom (F43.8A), DD depressiv episod."),
      ("Funktionsnedsättning", "Uttalad kognitiv uttröttbarhet, nedsatt koncentration och minne. Klarar 20 minuters fokuserat arbete innan hon behöver vila."),
      ("Aktivitetsbegränsning", "Kan inte utföra sitt arbete som projektledare med planering och många möten."),
      ("Åtgärder", "Samtalsbehandling och gradvis ökad aktivitet. Sjukskrivning 100 % i 4 veckor, därefter ny bedömning."),
  ], "102+", "certificate for Försäkringskassan with a 'Trol.' diagnosis in the visible Diagnos section")

C("intyg-korkort-epilepsi-pat-informerad", "s_neuro", "Läkaranteckning", "1998-08-08", "257",
  "2024-03-22 14:40", 50, [
      ("Aktuellt", "25-årig man, två generaliserade tonisk-kloniska anfall senaste månaden. EEG med generaliserade spike-wave-urladdningar."),
      ("Bedömning", "Juvenil myoklon epilepsi. Lamotrigin påbörjas."),
      ("Körkort", "Pat informerad om diagnosen och om att han inte får köra bil tills han varit anfallsfri i ett år. Han är också informerad om att läkarintyg skickas till Transportstyrelsen enligt anmälningsplikten."),
      ("Planering", "Återbesök om tre månader med lamotriginkoncentration."),
  ], "101-", "driving licence certificate: patient informed of diagnosis and report")

C("intyg-fk-forlangning-forsakringskassan-ej-informerad", "v_ortop", "Läkaranteckning", "1977-02-20", "193",
  "2024-05-29 10:25", 40, [
      ("Aktuellt", "Återbesök 8 veckor efter operation av akillessenruptur höger. Går i ortos, sårläkning fin."),
      ("Bedömning", "Akillessenruptur höger, opererad, förväntat förlopp. Arbetar som murare och kan inte återgå ännu."),
      ("Intyg", "Förlängt läkarintyg 50 % i 4 veckor. Försäkringskassan är ännu inte informerad om förlängningen; pat skickar själv in intyget via e-tjänsten."),
      ("Planering", "Fysioterapi fortsätter. Återbesök om 4 veckor."),
  ], "101-", "Försäkringskassan not yet informed, the patient knows his diagnosis")

C("intyg-pmo-fk-sannolikt-lumbago-ischias", "p_vc_linero", "Besöksanteckning", "1970-12-12", "175",
  "2024-01-24 09:35", 70, [
      ("Aktuellt", "53-årig lagerarbetare med smärta i ländryggen som strålar ned i vänster ben sedan tio dagar."),
      ("Status", "Lasègue positiv vänster vid 40 grader. Nedsatt sensibilitet lateralt på foten, akillesreflex vänster svagare."),
      ("Bedömning", "Sannolikt lumbago-ischias med S1-påverkan vänster. Inga röda flaggor."),
      ("Intyg", "Läkarintyg till Försäkringskassan, sjukskrivning 100 % i två veckor. Tunga lyft omöjliga i nuläget."),
  ], "102-", "vårdcentral in PMO with an FK certificate: hedged diagnosis never shown")

# ---------------------------------------------------------------------------
# Ophthalmology
# ---------------------------------------------------------------------------
C("ogon-missankt-glaukom-typo", "v_ogon", "Läkaranteckning", "1960-09-25", "379",
  "2024-05-08 13:15", 60, [
      ("Anamnes", "63-årig man remitterad från optiker för förhöjt ögontryck. Fadern blev blind på ena ögat på äldre dagar."),
      ("Status", "Visus 1,0 bilat. Tonometri 27/29 mmHg. Papiller: C/D 0,7 hö och 0,8 vä med inferior kantförtunning. OCT: RNFL-förtunning inferiort bilat."),
      ("Bedömning", "Missänkt primärt öppenvinkelglaukom bilat. Perimetri bokas."),
      ("Planering", "Latanoprost 1 droppe till natten i båda ögonen. Återbesök om 6 veckor med synfält."),
  ], "102+", "hedge cue with typo (Missänkt) before the diagnosis")

C("ogon-koroidalt-melanom-pat-ej-informerad", "s_ogon_lund", "Läkaranteckning", "1958-03-30", "268",
  "2024-06-19 16:30", 30, [
      ("Aktuellt", "66-årig kvinna remitterad för pigmenterad förändring i koroidea vänster öga."),
      ("Undersökning", "Ultraljud: kupolformad tumör 10 x 9 mm, höjd 4,2 mm, låg intern reflektivitet. Orange pigment och subretinal vätska."),
      ("Bedömning", "Koroidalt melanom vänster öga. Pat är inte informerad ännu eftersom hon gick innan ultraljudet hade bedömts; ring i morgon och boka besök för behandlingsplanering."),
      ("Planering", "Brakyterapi med ruteniumplack diskuteras. Leverundersökning enligt vårdprogram."),
  ], "101+", "ocular malignancy visible before the patient is told")

C("ogon-trol-central-seros-korioretinopati-draft", "s_ogon_malmo", "Läkaranteckning", "1982-01-15", "215",
  "2024-09-03 10:40", None, [
      ("Aktuellt", "42-årig man med suddig och förvrängd syn på höger öga sedan två veckor. Stressig period på jobbet, ingen kortisonbehandling."),
      ("Status", "Visus hö 0,6, vä 1,0. OCT: serös näthinneavlossning i makula höger utan drusen."),
      ("Bedömning", "Trol. central serös korioretinopati höger, DD neovaskulär makuladegeneration."),
      ("Planering", "Fluoresceinangiografi nästa vecka. Kontroll om 6 veckor."),
  ], "102+", "draft with 'Trol.' and DD in ophthalmology")

C("ogon-glaukom-korkort-transportstyrelsen-ej-informerad", "v_ogon_sko", "Läkaranteckning", "1949-03-03", "351",
  "2024-10-14 09:10", 55, [
      ("Aktuellt", "75-årig man med känt primärt öppenvinkelglaukom sedan 2015. Kontroll med synfält."),
      ("Undersökning", "Perimetri: progredierande defekter bilat, binokulärt synfält uppfyller inte körkortskraven."),
      ("Information", "Pat informerad om att synfältet inte längre uppfyller kraven för körkort och att han därför ska sluta köra. Transportstyrelsen är inte informerad ännu – anmälan skickas om han fortsätter köra."),
      ("Planering", "Tillägg av dorzolamid/timolol. Kontroll om 3 månader."),
  ], "101-", "an authority is not informed; the patient is")

C("ogon-retinitis-pigmentosa-parentes-ej-informerad", "v_ogon", "Läkaranteckning", "1999-07-01", "424",
  "2024-06-12 11:20", 45, [
      ("Aktuellt", "24-årig kvinna med nattblindhet sedan tonåren och upplevt inskränkt synfält."),
      ("Undersökning", "Benkroppspigmentering i periferin bilat, smala kärl, vaxartad papill. ERG: kraftigt nedsatta stav- och tappsvar."),
      ("Bedömning", "Retinitis pigmentosa. (Pat ej informerad om diagnosen – hon önskar besked tillsammans med sin mamma vid nästa besök.)"),
      ("Planering", "Remiss klinisk genetik för gentestning. Syncentralen efter beskedet."),
  ], "101+", "not-informed statement in a parenthesis, separate sentence after the diagnosis")

C("ogon-inga-tecken-pa-diabetesretinopati", "s_ogon_malmo", "Läkaranteckning", "1966-10-10", "504",
  "2024-02-28 08:50", 35, [
      ("Aktuellt", "Ögonbottenscreening. Typ 2-diabetes sedan 2012, HbA1c 54. Inga synbesvär, använder läsglasögon."),
      ("Undersökning", "Fundusfoto bilat i mydriasis: inga tecken på diabetesretinopati. Måttlig katarakt vänster."),
      ("Bedömning", "Ingen retinopati. Katarakten ännu inte synpåverkande."),
      ("Planering", "Ny screening om två år enligt rutin. Remiss för kataraktoperation när pat själv upplever besvär."),
  ], "102-", "negated diagnosis in a screening note")

C("ogon-aion-jattecellsarterit-kan-ej-uteslutas", "v_ogon_sko", "Läkaranteckning", "1946-08-01", "340",
  "2024-05-21 12:05", 25, [
      ("Aktuellt", "77-årig kvinna med plötslig synförlust på höger öga i morse. Huvudvärk vid tinningen och tuggclaudicatio sedan två veckor."),
      ("Status", "Visus hö räknar fingrar, vä 0,8. Svullen blek papill hö. Ömmande a. temporalis höger."),
      ("Lab", "SR 86, CRP 54."),
      ("Bedömning", "Främre ischemisk optikusneuropati hö; jättecellsarterit kan ej uteslutas."),
      ("Åtgärd", "Metylprednisolon iv startas omedelbart. Temporalisbiopsi bokas inom en vecka."),
  ], "102+", "'kan ej uteslutas' for the cause of a settled eye diagnosis")

C("ogon-proliferativ-retinopati-ev-anti-vegf", "v_ogon", "Läkaranteckning", "1970-05-18", "395",
  "2024-08-06 14:25", 40, [
      ("Aktuellt", "54-årig man med typ 1-diabetes sedan 30 år, kontroll efter panretinal laser vänster i maj."),
      ("Status", "Visus 0,8 bilat. Vänster: regredierade nykärl. Höger: nykärl vid papillen, ingen blödning."),
      ("Bedömning", "Proliferativ diabetesretinopati bilat, vänster stabiliserad efter laser."),
      ("Planering", "Laserbehandling höger öga nästa vecka, ev. kompletterande anti-VEGF beroende på svar. Kontroll om tre månader."),
  ], "102-", "'ev.' qualifies a treatment, the diagnosis is settled")

# ---------------------------------------------------------------------------
# Dermatology
# ---------------------------------------------------------------------------
C("hud-melanom-pad-pat-ej-underattad-typo", "v_hud", "Läkaranteckning", "1969-02-02", "173",
  "2024-04-03 15:15", 30, [
      ("PAD", "Malignt melanom av ytligt spridd typ, Breslow 1,2 mm, ej ulcererat, pT2a. Radikalt exciderat."),
      ("Bedömning", "Melanom på ryggen. Pat ej underättad om PAD ännu; besked ges av operatören vid suturtagningen 11/4."),
      ("Planering", "Utvidgad excision med 1 cm marginal och sentinel node-biopsi. Remiss till plastikkirurgen efter beskedet."),
  ], "101+", "pasted PAD melanoma, patient not told (typo underättad)")

C("hud-susp-basalion-typo", "s_hud", "Läkaranteckning", "1948-06-26", "282",
  "2024-03-07 10:20", 60, [
      ("Anamnes", "75-årig kvinna med långsamt växande förändring på vänster näsvinge i ett år. Tidigare mycket solexponerad."),
      ("Status", "Pärlemorglänsande papel 6 mm med teleangiektasier. Dermatoskopi: arborisierande kärl."),
      ("Bedömning", "Susp. basalion, nodulär typ."),
      ("Åtgärd", "Stansbiopsi 3 mm tagen. Mohs-kirurgi övervägs beroende på PAD, alternativt excision med 4 mm marginal."),
  ], "102+", "'Susp.' with a typo in the diagnosis (basalion)")

C("hud-mycosis-fungiodes-pat-ej-informerad-typo", "s_hud", "Läkaranteckning", "1961-11-20", "317",
  "2024-08-22 13:45", 50, [
      ("Anamnes", "62-årig man med fjällande plack på bål och säte sedan flera år, tidigare behandlad som eksem."),
      ("PAD", "Epidermotropt infiltrat av atypiska lymfocyter med Pautrier-mikroabscesser. Klonal T-cellsreceptoromlagring påvisad."),
      ("Bedömning", "Mycosis fungiodes, plackstadium IB. Pat inte informerad ännu – besked vid återbesöket nästa onsdag."),
      ("Planering", "Helkroppsfoto och blodstatus med Sézary-celler. UVB-behandling planeras."),
  ], "101+", "cutaneous lymphoma (typo fungiodes) visible before disclosure")

C("hud-skabb-utesluten-atopiskt-eksem", "v_hud_sas", "Läkaranteckning", "1995-12-30", "466",
  "2024-01-17 09:30", 45, [
      ("Aktuellt", "28-årig kvinna med kliande utslag på handleder och i armveck sedan tre veckor. Barnen i förskolan har haft skabbutbrott."),
      ("Status", "Lichenifierat eksem i armvecken, exkoriationer. Dermatoskopi av interdigitalrum och handleder utan gångar."),
      ("Bedömning", "Skabb utesluten. Atopiskt eksem i skov."),
      ("Planering", "Mometason i två veckor, därefter helgbehandling. Mjukgörande dagligen."),
  ], "102-", "'utesluten' negates the suspected diagnosis")

C("hud-pmo-misstankt-melanom-remiss", "p_vc_hoor", "Besöksanteckning", "1972-04-18", "420",
  "2024-09-26 11:15", 55, [
      ("Aktuellt", "52-årig kvinna som märkt att en leverfläck på vänster skuldra växt och blivit mörkare senaste halvåret."),
      ("Status", "8 mm asymmetriskt pigmenterat nevus med oregelbunden kant och två färgnyanser. Dermatoskopi: atypiskt pigmentnät."),
      ("Bedömning", "Misstänkt malignt melanom vänster skuldra."),
      ("Åtgärd", "Remiss hudkliniken enligt standardiserat vårdförlopp. Pat informerad om att hon kallas inom en vecka."),
  ], "102-", "vårdcentral in PMO: hedged diagnosis never shown")

C("hud-hereditet-mor-trol-melanom", "s_hud", "Läkaranteckning", "1980-07-19", "397",
  "2024-03-14 14:00", 75, [
      ("Hereditet", "Mor trol. melanom 1995 (opererad för 'leverfläck', journal saknas). Morfar hade hudcancer av okänd typ."),
      ("Status", "Över 100 nevi, ett tiotal kliniskt dysplastiska. Inga förändringar med malignitetsmisstanke vid dermatoskopi."),
      ("Bedömning", "Dysplastiskt nevussyndrom. Pat instrueras i egenkontroll."),
      ("Planering", "Digital dermatoskopisk uppföljning med helkroppsfoto årligen."),
  ], "102-", "hedged diagnosis is the mother's; patient's own finding negated")

C("pad-fibroadenom-pat-meddelad", "s_brost", "Läkaranteckning", "1998-05-05", "266",
  "2024-07-10 15:20", 20, [
      ("Aktuellt", "26-årig kvinna med palpabel knöl i höger bröst sedan två månader. Trippeldiagnostik genomförd."),
      ("PAD", "Mellannålsbiopsi höger bröst: fibroadenom. Ingen atypi."),
      ("Bedömning", "Fibroadenom höger bröst, benignt."),
      ("Information", "Pat meddelad PAD-svaret per telefon idag och är lugnad. Hon kontaktar oss om knölen växer eller ömmar; ingen planerad uppföljning."),
  ], "101-", "pasted PAD with the patient already told")

# ---------------------------------------------------------------------------
# ENT and dentistry-related
# ---------------------------------------------------------------------------
C("onh-trol-menieres-sjukdom", "s_onh", "Läkaranteckning", "1977-08-08", "246",
  "2024-02-15 10:50", 90, [
      ("Anamnes", "46-årig kvinna med tre attacker senaste två månaderna av rotatorisk yrsel i 2–4 timmar, lock och brus i vänster öra."),
      ("Status", "Otoskopi ua. Ingen spontannystagmus. Normalt huvudimpulstest."),
      ("Audiogram", "Lågfrekvent sensorineural hörselnedsättning vänster 35 dB, höger normal."),
      ("Bedömning", "Trol. Menières sjukdom vänster. MR inre hörselgångar för att utesluta retrokokleär orsak."),
      ("Planering", "Betahistin prövas. Yrseldagbok och nytt audiogram om tre månader."),
  ], "102+", "'Trol.' ENT diagnosis in a visible note")

C("onh-tonsillcancer-pad-ej-besked", "v_onh", "Läkaranteckning", "1964-01-29", "151",
  "2024-11-06 13:35", 40, [
      ("PAD", "Tonsill vänster: skivepitelcancer, p16-positiv."),
      ("Bedömning", "HPV-associerad tonsillcancer vänster, cT2N1 efter klinisk och radiologisk bedömning. Pat har ännu inte fått besked om PAD; han informeras vid återbesöket på fredag med kontaktsjuksköterskan."),
      ("Planering", "PET-DT och tandstatus inför strålbehandling. Tas upp på MDK huvud-hals på onsdag."),
  ], "101+", "'ännu inte fått besked' with telling planned for Friday")

C("onh-bullerskada-ingen-misstanke-schwannom", "s_onh", "Läkaranteckning", "1965-05-05", "375",
  "2024-03-25 09:15", 60, [
      ("Aktuellt", "58-årig plåtslagare med gradvis försämrad hörsel och tinnitus bilat sedan flera år. Använt hörselskydd oregelbundet."),
      ("Audiogram", "Symmetrisk sensorineural nedsättning med dipp vid 4 kHz bilat. Taluppfattning 88 % bilat."),
      ("Bedömning", "Bullerskada bilat. Ingen misstanke om vestibularisschwannom eftersom nedsättningen är symmetrisk."),
      ("Planering", "Remiss hörselrehabilitering. Information om hörselskydd och tinnitusstrategier."),
  ], "102-", "'Ingen misstanke om' negates the alternative diagnosis")

C("onh-presbyacusis-vantetid-ej-meddelad-draft", "v_onh_nal", "Läkaranteckning", "1944-02-14", "322",
  "2024-06-27 14:05", None, [
      ("Aktuellt", "80-årig kvinna med hörselnedsättning som påverkar samtal i grupp."),
      ("Audiogram", "Symmetrisk diskant-sluttande sensorineural nedsättning, 45 dB vid 2 kHz bilat."),
      ("Bedömning", "Åldersrelaterad hörselnedsättning (presbyacusis). Pat har fått audiogrammet förklarat för sig."),
      ("Planering", "Remiss för hörapparatutprovning. Väntetiden är ännu inte meddelad pat; hörselverksamheten skickar kallelse."),
  ], "101-", "draft: what is not yet told is the waiting time, not the diagnosis")

C("onh-recidiverande-tonsillit-op-datum-ej-meddelat", "v_onh", "Läkaranteckning", "2001-06-01", "395",
  "2024-05-15 11:30", 35, [
      ("Aktuellt", "22-årig man med 6–7 halsflussar per år senaste två åren, flera behandlade med PcV."),
      ("Status", "Kryptiska, förstorade tonsiller utan pågående infektion. Inga förstorade lymfkörtlar."),
      ("Bedömning", "Recidiverande tonsillit, indikation för tonsillektomi. Pat informerad om ingreppet, risker och eftervård och vill opereras."),
      ("Planering", "Uppsatt på operationslistan. Pat ej informerad om operationsdatum ännu, planeringsenheten återkommer per brev."),
  ], "101-", "'ej informerad' concerns the operation date; diagnosis communicated")

C("onh-otoskleros-mojligen-tolk", "s_onh", "Läkaranteckning", "1984-10-10", "424",
  "2024-01-31 13:00", 50, [
      ("Aktuellt", "39-årig kvinna med progredierande hörselnedsättning höger, preoperativt besök inför stapedotomi."),
      ("Audiogram", "Konduktiv nedsättning höger med luft-benledningsgap 35 dB. Stapediusreflex saknas."),
      ("Bedömning", "Otoskleros höger, diagnosen fastställd vid tidigare tympanotomi. Operation planeras i mars."),
      ("Planering", "Möjligen behövs tolk vid inskrivningen; pat talar god svenska men föredrar arabiska i medicinska samtal. Blanketter skickas hem."),
  ], "102-", "'Möjligen' qualifies the need for an interpreter, not a diagnosis")

C("kak-misstankt-mronj", "s_kak", "Journalanteckning", "1951-09-19", "248",
  "2024-04-30 10:10", 60, [
      ("Anamnes", "72-årig kvinna med myelom som fått zoledronsyra intravenöst sedan 2021. Extraktion av 36 för tre månader sedan, alveolen har inte läkt."),
      ("Status", "Exponerat ben 1 x 0,8 cm regio 36, pus vid palpation. Ingen parestesi i underläppen."),
      ("Röntgen", "OPG: osteolys med sekvesterbildning kring alveolen 36."),
      ("Bedömning", "Misstänkt läkemedelsrelaterad osteonekros i käken (MRONJ), stadium 2."),
      ("Planering", "Klorhexidinsköljning och PcV i tio dagar. Kontakt med hematologen om uppehåll i zoledronsyrabehandlingen."),
  ], "102+", "dentist's note (käkkirurgi, Melior) with 'Misstänkt' diagnosis", role="tandläkare")

C("kak-munbottencancer-pat-ej-informerad-draft", "v_kak", "Journalanteckning", "1956-02-29", "193",
  "2024-03-15 12:45", None, [
      ("Aktuellt", "Biopsi från sår i munbotten vänster togs 8/3 på remiss från allmäntandläkaren."),
      ("PAD", "Högt differentierad skivepitelcancer med invasionsdjup minst 4 mm."),
      ("Bedömning", "Munhålecancer i munbotten vänster. Pat ej informerad – har inte gått att nå på telefon; kallelse skickad till besök på tisdag."),
      ("Åtgärd", "Remiss till ÖNH-kliniken enligt standardiserat vårdförlopp huvud-hals skickad idag."),
  ], "101+", "draft dentist's note: oral cancer visible before the patient is told", role="tandläkare")

C("endo-osteoporso-tandlakaren-ej-informerad-typo", "s_endo", "Läkaranteckning", "1950-10-01", "402",
  "2024-09-18 10:30", 45, [
      ("Aktuellt", "73-årig kvinna med två kotkompressioner och T-score -3,4 i ländryggen."),
      ("Bedömning", "Manifest osteoporso. Zoledronsyra 5 mg iv planeras en gång årligen."),
      ("Information", "Pat informerad om diagnosen och behandlingen. Hennes tandläkare är inte informerad om den planerade bisfosfonatbehandlingen; pat får ett skriftligt underlag att ta med sig."),
      ("Planering", "Tandstatus före första infusionen. Kalk och D-vitamin dagligen."),
  ], "101-", "the dentist is not informed, the patient is (typo osteoporso)")

# ---------------------------------------------------------------------------
# Rehabilitation
# ---------------------------------------------------------------------------
C("reh-misstankt-crps-efter-radiusfraktur", "v_reh", "Läkaranteckning", "1985-01-20", "386",
  "2024-02-26 13:20", 70, [
      ("Aktuellt", "39-årig kvinna, distal radiusfraktur höger opererad med platta för tio veckor sedan. Brännande smärta, svullnad och färgskiftningar i handen."),
      ("Status", "Ödem dorsalt, hyperhidros, allodyni vid lätt beröring. Temperaturdifferens 1,5 grader mot vänster."),
      ("Bedömning", "Misstänkt komplext regionalt smärtsyndrom (CRPS typ 1); Budapestkriterierna i huvudsak uppfyllda."),
      ("Planering", "Graderad motorisk träning med arbetsterapeut, spegelterapi. Ny bedömning om fyra veckor."),
  ], "102+", "'Misstänkt' pain syndrome in a visible rehab note")

C("reh-hjarnmetastas-pat-och-hustru-ej-informerade", "s_reh", "Läkaranteckning", "1965-12-14", "179",
  "2024-10-09 15:40", 30, [
      ("Aktuellt", "58-årig man inskriven för rehabilitering efter stroke i höger MCA-område för fem veckor sedan. Tilltagande huvudvärk senaste veckan."),
      ("Röntgen", "MR hjärna: nytillkommen kontrastladdande process 2 cm vänster frontalt med omgivande ödem, i första hand metastas."),
      ("Bedömning", "Hjärnmetastas vänster frontalt med okänd primärtumör. Pat och hustrun är inte informerade ännu; besked ges när onkolog och neurokirurg bedömt, senast fredag."),
      ("Planering", "Betametason 8 mg x 1. DT thorax-buk. Fortsatt träning i anpassad takt."),
  ], "101+", "unexpected finding during rehab, patient and wife not informed", setting="slutenvård")

C("reh-ms-informerad-redan-2019", "v_reh", "Läkaranteckning", "1980-04-04", "440",
  "2024-11-20 10:00", 55, [
      ("Aktuellt", "44-årig kvinna med skovvis förlöpande multipel skleros sedan 2019, här för rehabplanering efter senaste skovet."),
      ("Status", "Spastisk parapares, går 100 m med kryckkäppar. EDSS 5,0."),
      ("Information", "Pat informerades om MS-diagnosen av neurolog redan 2019 och har god insikt i sjukdomen. Idag gick vi igenom rehabplanen tillsammans."),
      ("Planering", "Fysioterapi två gånger i veckan, bedömning av hjälpmedel hos arbetsterapeut."),
  ], "101-", "past telling: the patient was informed in 2019")

# ---------------------------------------------------------------------------
# Radiology and pathology answers pasted into notes
# ---------------------------------------------------------------------------
C("rtg-sannolik-spondylodiskit-mr-svar", "s_ortop", "Läkaranteckning", "1956-06-06", "155",
  "2024-03-05 16:15", 45, [
      ("Aktuellt", "67-årig man med diabetes och tilltagande ländryggssmärta sedan tre veckor, nattlig värk och subfebrilitet."),
      ("Röntgen", "MR ländrygg (klistrat svar): Signalförändring i disken L3–L4 med kontrastuppladdning i angränsande ändplattor och liten epidural flegmone. Fynden inger misstanke om spondylodiskit."),
      ("Bedömning", "Sannolik spondylodiskit L3–L4. CRP 112."),
      ("Planering", "Blododlingar x 2 och CT-ledd biopsi innan antibiotika. Infektionskonsult i morgon."),
  ], "102+", "hedge both in the pasted MR answer and the assessment", setting="slutenvård")

C("rtg-ingen-fraktur-distorsion-handled", "s_akut", "Läkaranteckning", "1990-10-10", "397",
  "2024-07-07 20:30", 25, [
      ("Aktuellt", "33-årig man som snubblade på cykeln och tog emot sig med vänster hand. Inte öm i fossa tabatière."),
      ("Status", "Svullnad dorsalt över handleden, fullt rörelseomfång med smärta i ytterlägen. Distalstatus ua."),
      ("Röntgen", "Handled vänster: Ingen fraktur. Ingen luxation. Normal karpalaxel."),
      ("Bedömning", "Distorsion vänster handled."),
      ("Åtgärd", "Elastisk linda, tidig rörelseträning. Åter vid kvarstående besvär efter två veckor."),
  ], "102-", "pasted radiology answer with negated findings only")

C("rtg-skafoideumfraktur-kan-ej-uteslutas", "v_akut", "Läkaranteckning", "2006-11-20", "286",
  "2024-09-14 12:40", 30, [
      ("Aktuellt", "17-årig tjej som föll på utsträckt hand vid handbollsträning igår."),
      ("Status", "Öm i fossa tabatière, smärta vid axial kompression av tummen. Nedsatt grepp."),
      ("Röntgen", "Skafoideumserie handled höger: ingen säker frakturlinje."),
      ("Bedömning", "Skafoideumfraktur kan ej uteslutas trots normal röntgen."),
      ("Åtgärd", "Skafoideumgips. Ny röntgen alternativt MR om 10–14 dagar via ortopedmottagningen."),
  ], "102+", "'kan ej uteslutas' despite normal radiology, read by a 17-year-old")

C("barnkir-ultraljud-appendicit-utesluten", "s_barnkir", "Läkaranteckning", "2016-03-15", "224",
  "2024-10-02 21:10", 40, [
      ("Aktuellt", "8-årig flicka med buksmärtor, kräkningar och lös avföring sedan i går. Lillebror har haft magsjuka."),
      ("Status", "Mjuk buk, diffust lätt öm, ingen släppömhet. Temp 37,8."),
      ("Röntgen", "Ultraljud buk: Normal appendix visualiseras, inga tecken till appendicit. Ingen fri vätska."),
      ("Bedömning", "Gastroenterit. Appendicit utesluten."),
      ("Planering", "Vätskeschema hemma. Föräldrarna informerade om när de ska söka igen."),
  ], "102-", "pasted ultrasound answer and assessment both negate the diagnosis")

C("pad-barrett-misstanke-hoggradig-dysplasi", "v_gastro", "Läkaranteckning", "1959-03-10", "317",
  "2024-08-28 10:05", 60, [
      ("Aktuellt", "65-årig man med känd Barretts esofagus (C4M6), kontrollgastroskopi med kvadrantbiopsier."),
      ("PAD", "Körtelslemhinna med intestinal metaplasi. Misstanke om höggradig dysplasi i ett av fragmenten, dock tolkningssvårigheter pga inflammation."),
      ("Bedömning", "Barretts esofagus med möjlig höggradig dysplasi."),
      ("Planering", "Dubblad PPI-dos i 8 veckor, därefter ny gastroskopi med kartläggning. Eftergranskning av biopsierna på referenspatologi."),
  ], "102+", "pathology answer with 'Misstanke om' and assessment with 'möjlig'")

C("cytologi-pleuravatska-adenocarcinom-ej-underrattad", "v_med_sko", "Läkaranteckning", "1945-05-05", "282",
  "2024-02-05 14:20", 35, [
      ("Aktuellt", "78-årig kvinna inlagd för tilltagande andfåddhet. Pleuratappning vänster 1,2 liter i måndags."),
      ("Cytologi", "Pleuravätska: maligna celler, adenocarcinom. TTF-1 positiva, förenligt med lungprimär."),
      ("Bedömning", "Malign pleuravätska vid adenocarcinom i lunga. Pat ej underrättad – hon vill att dottern ska vara med, samtal bokat på torsdag."),
      ("Planering", "DT thorax-buk. Ställningstagande till pleurodes eller pleurakateter."),
  ], "101+", "pasted cytology with cancer diagnosis, patient not informed", setting="slutenvård")


# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return f"{ymd}-{serial}{luhn_digit(ymd[2:] + serial)}"


def luhn_ok(pid):
    digits = pid.replace("-", "")[2:]
    return luhn_digit(digits[:9]) == digits[9]


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def build():
    counters = {}
    out = []
    for idx, c in enumerate(CASES):
        uname, hsa, ruleset, system = UNITS[c["unit"]]
        pool = AUTHORS[c["role"]]
        author = pool[idx % len(pool)]
        t = dt.datetime.strptime(c["time"], "%Y-%m-%d %H:%M")
        signed = None if c["delay"] is None else (t + dt.timedelta(minutes=c["delay"])).isoformat()
        as_of = min(t.date() + dt.timedelta(days=14), dt.date(2024, 12, 31))
        note = {
            "id": "n1", "system": system, "template": c["tpl"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": author, "role": c["role"]},
            "time": t.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": pnr(c["birth"], c["serial"]), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": f"{as_of.isoformat()}T00:00:00",
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        code, sign = "NL" + c["code"][:3], c["code"][3]
        must = [[code, "n1"]] if sign == "+" else []
        must_not = [[code, "n1"]] if sign == "-" else []
        out.append({"case": c["name"], "ruleset": ruleset, "record": record,
                    "must": must, "must_not": must_not, "why": c["why"]})
        key = (code, "must" if sign == "+" else "must_not")
        counters[key] = counters.get(key, 0) + 1
    return out, counters


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    protected_s = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                   "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
    for c in cases:
        n = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append(f"{n}: keys {sorted(c)}")
        if n in names:
            problems.append(f"{n}: duplicate case name")
        names.add(n)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append(f"{n}: record keys")
        pat = rec["patient"]
        pid = pat["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or not luhn_ok(pid):
            problems.append(f"{n}: bad personnummer {pid}")
        if pid[:8] != pat["birth_date"].replace("-", ""):
            problems.append(f"{n}: personnummer does not match birth date")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append(f"{n}: as_of not in 2024")
        note_ids = {x["id"] for x in rec["notes"]}
        for tgt in c["must"] + c["must_not"]:
            if tgt[1] not in note_ids:
                problems.append(f"{n}: target {tgt} missing")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{n}: asserts nothing")
        for note in rec["notes"]:
            keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
            if set(note) != keys:
                problems.append(f"{n}: note keys")
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                problems.append(f"{n}: note time not in 2024")
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    problems.append(f"{n}: bad signed time")
            if as_of < t.replace(hour=0, minute=0):
                problems.append(f"{n}: as_of before note")
            age = age_at(pat["birth_date"], t.date())
            if 13 <= age <= 15:
                problems.append(f"{n}: patient aged {age} (13-15 not allowed)")
            text = " ".join(s["text"] for s in note["sections"])
            for m in re.finditer(r"\b(\d+)-årig", text):
                if int(m.group(1)) != age:
                    problems.append(f"{n}: text says {m.group(1)}-årig but age is {age}")
            words = len(text.split())
            if not 40 <= words <= 200:
                problems.append(f"{n}: {words} words (want 40-200)")
            if len(note["sections"]) < 2:
                problems.append(f"{n}: fewer than two sections")
            # conventions
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append(f"{n}: VGR case not Melior")
            if note["system"] == "PMO":
                if c["ruleset"] != "skane":
                    problems.append(f"{n}: PMO outside Skåne")
                for tgt in c["must"] + c["must_not"]:
                    if tgt[0] == "NL101":
                        problems.append(f"{n}: NL101 asserted on PMO")
                if ["NL102", "n1"] in c["must"]:
                    problems.append(f"{n}: NL102 must on PMO")
            if "BUP" in note["unit"]["name"] and c["ruleset"] != "skane":
                problems.append(f"{n}: BUP outside Skåne")
            if c["ruleset"] == "skane" and note["template"] in protected_s and c["must"]:
                problems.append(f"{n}: must inside a protected Skåne template")
            for sec in note["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != n:
                            problems.append(f"{n}: sentence reused from {seen_sentences[sent]}: {sent!r}")
                        elif sent in seen_sentences:
                            problems.append(f"{n}: sentence repeated within case: {sent!r}")
                        seen_sentences[sent] = n
    return problems


def main():
    cases, counters = build()
    problems = validate(cases)
    path = os.path.join(HERE, f"{NAME}.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    regions = {}
    systems = {}
    drafts = 0
    for c in cases:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
        sysname = c["record"]["notes"][0]["system"]
        systems[sysname] = systems.get(sysname, 0) + 1
        drafts += c["record"]["notes"][0]["signed"] is None
    typos = sum("typo" in c["case"] for c in cases)
    print(f"{len(cases)} cases -> {path}")
    for key in sorted(counters):
        print(f"  {key[0]} {key[1]}: {counters[key]}")
    print(f"  regions {regions}, systems {systems}, drafts {drafts}, typo cases {typos}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)


if __name__ == "__main__":
    main()
