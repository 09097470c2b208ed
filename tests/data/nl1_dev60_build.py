#!/usr/bin/env python3
"""dev60: chronic-disease outpatient follow-up (NL101, NL102). Stdlib only, deterministic."""
import json, os, re, sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)

def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{luhn_digit(nine)}"

U = {
 "reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4R21"),
 "endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5E14"),
 "njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3N07"),
 "mag_hbg": ("Mag- och tarmmottagningen, Helsingborgs lasarett", "SE2321000255-8G33"),
 "lung_kristianstad": ("Lungmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6L52"),
 "diab_ystad": ("Diabetesmottagningen, Ystads lasarett", "SE2321000255-2D48"),
 "med_trelleborg": ("Medicinmottagningen, Lasarettet i Trelleborg", "SE2321000255-7M90"),
 "barn_lund": ("Barndiabetesmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1B66"),
 "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-9V11"),
 "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-9V27"),
 "vc_osby": ("Vårdcentralen Osby", "SE2321000255-9V35"),
 "reuma_su": ("Reumatologmottagningen, Sahlgrenska universitetssjukhuset Göteborg", "SE2321000131-E0R41"),
 "njur_nu": ("Njurmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E0N12"),
 "med_skovde": ("Medicinmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E0M77"),
 "lung_boras": ("Lungmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E0L08"),
 "gastro_ostra": ("Gastroenterologmottagningen, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E0G39"),
 "diab_alingsas": ("Diabetesmottagningen, Alingsås lasarett", "SE2321000131-E0D55"),
 "barn_dsbus": ("Diabetesmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E0B20"),
 "endo_su": ("Endokrinmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E0E63"),
 "lung_kungalv": ("Medicinmottagningen lung, Kungälvs sjukhus", "SE2321000131-E0L91"),
}

CASES = []

def note(nid, unit, author, role, time, sections, template="Läkaranteckning",
         system="Melior", signed_after=35, setting="öppenvård", refs=None):
    t = datetime.fromisoformat(time)
    signed = None if signed_after is None else (t + timedelta(minutes=signed_after)).isoformat()
    name, hsa = U[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": t.isoformat(), "signed": signed, "setting": setting,
            "refs": refs or [],
            "sections": [{"keyword": k, "text": v} for k, v in sections]}

def case(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    CASES.append({"case": name, "ruleset": ruleset,
                  "record": {"patient": {"id": pnr(birth, serial), "birth_date": birth,
                                         "protected_identity": False},
                             "as_of": as_of + "T00:00:00", "notes": notes,
                             "access_events": [], "conversations": [], "treatments": []},
                  "must": must, "must_not": must_not, "why": why})

L = "läkare"; S = "sjuksköterska"

# ---------------------------------------------------------------- NL102 must
case("d60-ra-trol-sekundart-sjogren", "skane", "1961-04-17", "482", "2024-03-31", [
  note("n1", "reuma_lund", "Karin Nordqvist", L, "2024-03-12T10:20:00", [
    ("Aktuellt", "Känd seropositiv RA sedan 2009, MTX 20 mg/v + Benepali. Besväras sedan i höstas av torra ögon och sandkänsla, svårt att svälja torr mat."),
    ("Status", "Inga svullna leder. Schirmer 3 mm bilat. Torr munslemhinna."),
    ("Bedömning", "Lugn ledsjukdom. Trol. sekundärt Sjögrens syndrom, kompletterar med anti-SSA/SSB och salivsekretionsmätning."),
  ])], [["NL102", "n1"]], [],
  "RA known; new hedged second diagnosis (trol. sekundärt Sjögren) in Bedömning of a visible Melior note")

case("d60-dm2-misstankt-diabetesnefropati", "vgr", "1955-09-02", "113", "2024-05-31", [
  note("n1", "diab_alingsas", "Per Ekström", L, "2024-05-07T08:45:00", [
    ("Anamnes", "DM2 sedan 2011, hypertoni. Metformin, Jardiance, Ramipril 10 mg."),
    ("Lab", "U-alb/krea 4,1 -> 18 -> 41 mg/mmol senaste året. eGFR 58 (65 i fjol). HbA1c 61."),
    ("Bedömning", "Stigande albuminuri, misstänkt diabetesnefropati. Ingen hematuri. Optimerar BT-behandling."),
  ])], [["NL102", "n1"]], [],
  "DM2 known; 'misstänkt diabetesnefropati' hedged new complication, VGR Melior visible section")

case("d60-kol-fragetecken-ild", "skane", "1949-12-23", "304", "2024-02-29", [
  note("n1", "lung_kristianstad", "Jonas Lindblad", L, "2024-02-14T13:10:00", [
    ("Aktuellt", "KOL GOLD 2, ex-rökare 40 paketår. Tilltagande torrhosta och dyspné trots Trimbow."),
    ("Status", "Sparsamma basala krepitationer bilat, inga ronki. Sat 93 % i vila."),
    ("Spirometri", "FEV1 63 % av pred, oförändrat. DLCO sjunkit till 48 %."),
    ("Bedömning", "?Interstitiell lungsjukdom utöver känd KOL. HRCT beställd."),
  ])], [["NL102", "n1"]], [],
  "'?interstitiell lungsjukdom' with question-mark prefix beside known KOL")

case("d60-uc-dd-skov-vs-infektios-kolit", "vgr", "1988-06-30", "271", "2024-08-31", [
  note("n1", "gastro_ostra", "Sara Hedlund", L, "2024-08-20T14:00:00", [
    ("Telefonkontakt", "Pat med känd UC (pankolit) på Entyvio ringer, 8-10 tunna avföringar/dygn sedan en vecka, lite blod, feber 38,2 igår. Hemkommen från Thailand förra veckan."),
    ("Bedömning", "DD skov vs infektiös kolit. Lämnar F-calprotectin, F-odling, C. difficile-toxin och CRP i morgon."),
    ("Planering", "Avvaktar prednisolon tills odlingssvar, ny kontakt på fredag."),
  ])], [["NL102", "n1"]], [],
  "DD between flare and infectious colitis is a differential diagnosis in a visible Telefonkontakt note")

case("d60-sle-inte-osannolikt-steroidosteoporos", "skane", "1972-01-09", "620", "2024-06-30", [
  note("n1", "reuma_lund", "Amir Haddad", L, "2024-06-04T09:30:00", [
    ("Anamnes", "SLE sedan 2015 med hud- och ledengagemang. Prednisolon 7,5-10 mg i flera år. Akut ryggvärk efter lyft i trädgården."),
    ("Rtg", "Rtg LRy: kompression av L1, ny jmf 2021."),
    ("Bedömning", "Inte osannolikt steroidinducerad osteoporos med kotkompression. DEXA bokas, start kalcium/D-vitamin redan nu."),
  ])], [["NL102", "n1"]], [],
  "litotes hedge 'inte osannolikt' on a new complication (steroid osteoporosis) beside known SLE")

case("d60-ckd3b-talar-for-nefroskleros", "vgr", "1946-11-11", "057", "2024-10-31", [
  note("n1", "njur_nu", "Lena Franzén", L, "2024-10-15T11:15:00", [
    ("Aktuellt", "Remiss från VC för CKD 3b. eGFR 52 -> 41 -> 36 på två år. Hypertoni i 30 år."),
    ("Utredning", "U-sticka: spår protein, ingen hematuri. Ultraljud njurar: små njurar 9,2 resp 9,5 cm med förtunnad cortex, inga avflödeshinder."),
    ("Bedömning", "Bilden talar för hypertensiv nefroskleros som orsak. Ingen indikation för biopsi."),
  ], signed_after=None)], [["NL102", "n1"]], [],
  "'talar för' hedges the etiological diagnosis (nefroskleros) of known CKD 3b")

case("d60-crohn-psc-kan-ej-uteslutas", "skane", "1995-03-27", "338", "2024-04-30", [
  note("n1", "mag_hbg", "Henrik Sjöberg", L, "2024-04-09T15:40:00", [
    ("Aktuellt", "Mb Crohn med kolonengagemang, stabil på Stelara. Rutinlab visar ALP 4,8 (2,1 för ett år sedan), ALAT 1,3."),
    ("Bedömning", "Kolestatisk leverprovsbild. Primär skleroserande kolangit kan ej utesltuas. MRCP beställd."),
  ])], [["NL102", "n1"]], [],
  "typo 'kan ej utesltuas' on PSC in known Crohn; cannot-be-excluded is a hedge, not a negation")

case("d60-astma-forenligt-med-abpa", "vgr", "1979-08-19", "446", "2024-09-30", [
  note("n1", "lung_boras", "Maja Öberg", L, "2024-09-18T10:05:00", [
    ("Anamnes", "Svår astma sedan barndomen, Symbicort + Spiriva, tre prednisolonkurer i år. Hostar upp bruna slemproppar."),
    ("Lab", "B-eosinofiler 1,4. Totalt IgE 2300 kU/L. Specifikt IgE Aspergillus fumigatus förhöjt."),
    ("DT", "DT thorax: centrala bronkiektasier i överloberna, mucus plugging."),
    ("Bedömning", "Fynden är förenliga med allergisk bronkopulmonell aspergillos (ABPA). Diskuteras med reumatolog/infektion innan itrakonazol."),
  ])], [["NL102", "n1"]], [],
  "'förenliga med ABPA' hedges a new diagnosis in a severe-asthma patient")

case("d60-barn-dm1-mojlig-celiaki", "skane", "2014-05-06", "282", "2024-11-30", [
  note("n1", "barn_lund", "Eva Brandt", L, "2024-11-05T13:30:00", [
    ("Aktuellt", "Typ 1-diabetes sedan 2020, pump (Omnipod) med CGM. Kommer med mamma. Ont i magen sista månaderna, viktkurvan planat ut."),
    ("Lab", "Årskontroll: transglutaminas-IgA 86 U/mL (ref <7), totalt IgA normalt."),
    ("Bedömning", "Möjlig celiaki, ny i förhållande till fjolårets normala screening. Remiss barngastro för gastroskopi, behåll gluten i kosten tills dess."),
  ])], [["NL102", "n1"]], [],
  "child under 13 (guardian reads): 'möjlig celiaki' beside known DM1")

case("d60-hashimoto-sannolik-addison", "skane", "1983-10-14", "765", "2024-07-31", [
  note("n1", "endo_malmo", "Fredrik Aspelin", L, "2024-07-02T08:15:00", [
    ("Anamnes", "Hashimoto på Levaxin 100 µg. Ökande trötthet, yrsel vid uppresning, saltsug. Gått ner 5 kg."),
    ("Status", "BT 98/60 liggande, 85/55 stående. Mörk pigmentering i handflatelinjer."),
    ("Lab", "S-kortisol kl 08: 92 nmol/L. ACTH 310 ng/L. Na 131, K 5,3."),
    ("Bedömning", "Sannolik primär binjurebarksinsufficiens (autoimmun polyendokrin bild). Synacthentest i morgon, därefter start hydrokortison."),
  ])], [["NL102", "n1"]], [],
  "'Sannolik' primary adrenal insufficiency as a second autoimmune diagnosis in known Hashimoto")

case("d60-ra-typo-missankt-mtx-pneumonit", "vgr", "1957-02-25", "190", "2024-01-31", [
  note("n1", "reuma_su", "Ingrid Wahlberg", L, "2024-01-16T16:00:00", [
    ("Aktuellt", "RA, MTX 15 mg/v sedan oktober. Två veckor med torrhosta, feber och andfåddhet vid lätt ansträngning."),
    ("Bedömning", "Missänkt metotrexatpneumonit. MTX sätts ut omgående, akut DT thorax och lungfunktion."),
  ])], [["NL102", "n1"]], [],
  "typo in hedge ('Missänkt') on MTX pneumonitis in known RA")

case("d60-psa-fraga-framre-uveit", "skane", "1990-07-12", "551", "2024-05-31", [
  note("n1", "reuma_lund", "Linnea Mårtensson", S, "2024-05-21T09:50:00", [
    ("Telefonkontakt", "Pat med psoriasisartrit på Cosentyx ringer om rött, ljuskänsligt vänsteröga sedan igår, dimsyn."),
    ("Bedömning", "? främre uveit. Samrått med dr Haddad."),
    ("Åtgärd", "Akuttid ögonakuten SUS Lund idag kl 14."),
  ], template="Sjuksköterskeanteckning")], [["NL102", "n1"]], [],
  "nurse telephone note, '? främre uveit' (spaced question mark) in known PsA")

case("d60-dm2-bild-som-vid-charcotfot", "vgr", "1962-12-03", "388", "2024-03-31", [
  note("n1", "diab_alingsas", "Tove Lund", L, "2024-03-19T10:30:00", [
    ("Anamnes", "DM2 med känd polyneuropati, insulin + Ozempic. Svullen varm högerfot sedan tre veckor, inget trauma han minns."),
    ("Status", "Högerfot 2,5 grader varmare än vänster, mellanfoten svullen, intakt hud, inga sår."),
    ("Bedömning", "Bild som vid akut Charcotfot. Avlastning med gips (TCC) samma dag, MR fot beställd."),
  ], signed_after=None)], [["NL102", "n1"]], [],
  "'Bild som vid' hedge on acute Charcot foot in known DM2 with neuropathy")

case("d60-kol-inger-misstanke-malignitet-informerad", "skane", "1951-08-08", "229", "2024-09-30", [
  note("n1", "lung_kristianstad", "Annika Persson", L, "2024-09-10T11:00:00", [
    ("Aktuellt", "KOL, fortsatt rökare. Hemoptys x 2 senaste månaden."),
    ("DT", "DT thorax: 28 mm spikulerad förändring i höger överlob, förstorad lymfkörtel 4R."),
    ("Bedömning", "Fynden inger misstanke om lungcancer. Snabbt standardiserat vårdförlopp startas, PET-DT och bronkoskopi."),
    ("Information", "Pat informerad idag om misstanken och om utredningsgången, dotter med vid samtalet."),
  ])], [["NL102", "n1"]], [["NL101", "n1"]],
  "suspected lung cancer stands in a visible section (NL102) even though the patient was told (so no NL101)")

case("d60-ckd-kan-rora-sig-om-renal-anemi", "vgr", "1944-04-01", "476", "2024-12-31", [
  note("n1", "njur_nu", "Olof Bengtsson", L, "2024-12-04T13:45:00", [
    ("Lab", "Hb 104 (118 i våras). Ferritin 160, TSAT 22 %. eGFR 27."),
    ("Bedömning", "CKD 4 med sjunkande Hb; kan röra sig om renal anmi. Ger järn iv först och följer Hb."),
  ])], [["NL102", "n1"]], [],
  "'kan röra sig om renal anmi' (typo in the diagnosis) beside known CKD 4")

case("d60-uc-differentialdiagnos-cmv-kolit", "skane", "1968-09-21", "613", "2024-10-31", [
  note("n1", "mag_hbg", "Sofia Rydén", L, "2024-10-22T15:20:00", [
    ("Aktuellt", "UC, steroidrefraktärt skov trots 40 mg prednisolon i två veckor och azatioprin."),
    ("Endoskopi", "Sigmoideoskopi: djupa, utstansade sår i rektosigmoideum. Biopsier tagna."),
    ("Bedömning", "Differentialdiagnos CMV-kolit hos immunsupprimerad pat. Inväntar PAD med immunfärgning och CMV-PCR innan infliximab."),
  ])], [["NL102", "n1"]], [],
  "'Differentialdiagnos CMV-kolit' in a steroid-refractory UC flare")

case("d60-pmr-trol-jattecellsarterit", "vgr", "1947-03-15", "228", "2024-02-29", [
  note("n1", "reuma_su", "Gunnar Thelin", L, "2024-02-06T08:40:00", [
    ("Aktuellt", "Polymyalgia reumatika sedan i höstas, nedtrappad till 7,5 mg Prednisolon. Nu nytillkommen temporal huvudvärk och tuggclaudicatio."),
    ("Status", "Öm, förtjockad a. temporalis höger. Visus ua."),
    ("Bedömning", "Trol. GCA. Prednisolon 60 mg fr.o.m. idag, ultraljud temporalisartärer i morgon."),
  ])], [["NL102", "n1"]], [],
  "abbreviated 'Trol. GCA' (jättecellsarterit) in known PMR")

case("d60-dm1-oklart-om-gastropares", "skane", "1976-06-18", "340", "2024-08-31", [
  note("n1", "diab_ystad", "Camilla Strand", L, "2024-08-13T10:00:00", [
    ("Anamnes", "DM1 i 35 år, retinopati och neuropati. Svängande glukos med oförklarade hypoglykemier efter måltid, mättnadskänsla och kräkningar."),
    ("Bedömning", "Oklart om diabetisk gastropares föreligger. Ventrikeltömningsscintigrafi beställs."),
  ])], [["NL102", "n1"]], [],
  "'Oklart om ... föreligger' hedges diabetic gastroparesis in DM1")

case("d60-graves-fragestallning-orbitopati", "vgr", "1985-01-29", "164", "2024-06-30", [
  note("n1", "endo_su", "Helena Sandberg", L, "2024-06-11T14:25:00", [
    ("Aktuellt", "Mb Graves, Thacapzol sedan mars, nu eutyreos. Röker 10 cig/dag."),
    ("Status", "Lätt retraktion överlock bilat, skavkänsla, ingen dubbelseende."),
    ("Bedömning", "Frågeställnig Graves orbitopati. Remiss ögonmottagningen, uppmanas till rökstopp, selen."),
  ])], [["NL102", "n1"]], [],
  "typo 'Frågeställnig' still hedges Graves orbitopathy")

case("d60-ckd-typo-sannolkit-hyperparatyreoidism", "skane", "1953-05-22", "497", "2024-04-30", [
  note("n1", "njur_lund", "Björn Alm", L, "2024-04-17T09:10:00", [
    ("Lab", "PTH 24 pmol/L (11 för ett halvår sedan), fosfat 1,7, Ca 2,31. eGFR 22."),
    ("Bedömning", "CKD 4. Sannolkit sekundär hyperparatyreoidism, start alfakalcidol 0,25 µg och fosfatbindare."),
  ])], [["NL102", "n1"]], [],
  "typo 'Sannolkit' on secondary hyperparathyroidism in CKD 4")

case("d60-ra-lang-journal-susp-amyloidos", "vgr", "1950-10-10", "252", "2024-11-30", [
  note("n1", "reuma_su", "Elin Kjellberg", L, "2024-11-19T10:00:00", [
    ("Anamnes", "Seropositiv RA sedan 1988, erosiv. Genomgått flera DMARD, nu Orencia sc sedan 2019. Hypertoni, hypotyreos. Bor med make, klarar ADL."),
    ("Aktuellt", "Tilltagande benödem sedan sommaren, skummande urin. Lederna känns bättre än på länge."),
    ("Status", "AT gott. Hjärta: RR, inga blåsljud. Lungor: vesikulärt bilat. Leder: ulnardeviation bilat, inga synoviter. Pittingödem till knäna."),
    ("Lab", "CRP 6, SR 38. Albumin 24. U-alb/krea 210 mg/mmol. Krea 108, oförändrat."),
    ("Bedömning", "Lugn RA. Nefrotisk bild hos pat med mångårig inflammatorisk sjukdom - susp. AA-amyloidos. Remiss njurmedicin för biopsi, start furosemid."),
    ("Planering", "Återbesök reuma efter njurbiopsi, labkontroll om fyra veckor."),
  ])], [["NL102", "n1"]], [],
  "long multi-section chart; one hedge 'susp. AA-amyloidos' in Bedömning")

case("d60-vgr-th-sokord-men-hedge-aven-i-bedomning", "vgr", "1966-02-14", "537", "2024-07-31", [
  note("n1", "gastro_ostra", "Marcus Palm", L, "2024-07-09T11:30:00", [
    ("Aktuellt", "Crohn, ileocekalresektion 2018. Ny viktnedgång 8 kg och nattliga svettningar."),
    ("Tidiga hypoteser", "Lymfom under thiopurinbehandling behöver övervägas."),
    ("Bedömning", "Trolig intestinal tuberkulos alternativt Crohnrecidiv, quantiferon och DT buk."),
  ])], [["NL102", "n1"]], [],
  "VGR: one hypothesis correctly under sökord Tidiga hypoteser, but another hedged diagnosis stands in visible Bedömning")

# ---------------------------------------------------------------- NL102 must_not
case("d60-kanda-diagnoser-lista-ra-sle", "skane", "1969-11-30", "425", "2024-01-31", [
  note("n1", "reuma_lund", "Karin Nordqvist", L, "2024-01-23T10:40:00", [
    ("Diagnos", "M05.9 Seropositiv reumatoid artrit\nM32.1 SLE med organengagemang\nN18.3 CKD 3b\nI10 Hypertoni"),
    ("Bedömning", "Stabil. Fortsätter Plaquenil 200 mg och MTX 10 mg/v."),
  ])], [], [["NL102", "n1"], ["NL101", "n1"]],
  "only long-known confirmed diagnoses (list and abbreviations); nothing hedged, nothing said about telling")

case("d60-ev-dosokning-mtx", "vgr", "1974-05-05", "619", "2024-04-30", [
  note("n1", "reuma_su", "Johan Berglund", L, "2024-04-03T13:00:00", [
    ("Aktuellt", "RA sedan 2022, MTX 15 mg/v. DAS28 3,9, fortsatt svullen handled höger."),
    ("Planering", "Ev. dosökning av MTX till 20 mg/v om leverprover ok. Eventuellt lokal steroidinjektion handled vid nästa besök."),
  ])], [], [["NL102", "n1"]],
  "hedges only on dose and plan (ev. dosökning, eventuellt injektion) in known RA")

case("d60-uc-trol-lugn-sjukdom", "skane", "1992-12-12", "136", "2024-03-31", [
  note("n1", "mag_hbg", "Sofia Rydén", S, "2024-03-05T09:00:00", [
    ("Telefonkontakt", "Årlig uppföljning per telefon, ulcerös kolit på Asacol. 1-2 formade avföringar/dag, inget blod."),
    ("Lab", "F-kalprotektin 45 (68 i fjol)."),
    ("Bedömning", "Trol. lugn sjukdom, fortsätter oförändrat."),
  ], template="Sjuksköterskeanteckning")], [], [["NL102", "n1"]],
  "hedge on disease activity of a known UC ('trol. lugn sjukdom'), no new hedged diagnosis")

case("d60-dm2-inga-tecken-pa-nefropati", "vgr", "1959-07-07", "273", "2024-06-30", [
  note("n1", "diab_alingsas", "Per Ekström", L, "2024-06-18T08:30:00", [
    ("Aktuellt", "DM2, årskontroll. HbA1c 52. BT 128/78."),
    ("Lab", "U-alb/krea 1,2, eGFR 84, oförändrat."),
    ("Bedömning", "Inga tecken på diabetesnefropati. Ögonbottenfoto u.a."),
  ])], [], [["NL102", "n1"]],
  "negated complication ('Inga tecken på diabetesnefropati') in DM2 annual check")

case("d60-mamma-misstankt-celiaki", "skane", "2016-02-19", "208", "2024-09-30", [
  note("n1", "barn_lund", "Eva Brandt", L, "2024-09-24T14:10:00", [
    ("Anamnes", "DM1 sedan 2021, kommer med pappa. Mamma har nyligen fått misstänkt celiaki på vårdcentralen och väntar på gastroskopi."),
    ("Lab", "Transglutaminas-IgA <1 U/mL, HbA1c 54."),
    ("Bedömning", "Välreglerad diabetes. Fortsatt årlig celiakiscreening."),
  ])], [], [["NL102", "n1"]],
  "hedged celiac disease belongs to the mother, not the patient (child under 13)")

case("d60-pmo-kol-susp-hjartsvikt", "skane", "1945-10-03", "384", "2024-05-31", [
  note("n1", "vc_sodervarn", "Nils Håkansson", L, "2024-05-14T10:45:00", [
    ("Aktuellt", "KOL-kontroll på VC. Mer andfådd, ökande ankelödem, nattlig hosta i liggande."),
    ("Bedömning", "Susp. hjärtsvikt utöver KOL. NT-proBNP och EKG, ekokardiografi beställs."),
  ], system="PMO", template="Besöksanteckning")], [], [["NL102", "n1"]],
  "PMO (Skåne primary care) never shows diagnoses: hedged heart failure is not NL102")

case("d60-skane-mall-tidiga-hypoteser-lupusnefrit", "skane", "1987-08-26", "627", "2024-02-29", [
  note("n1", "reuma_lund", "Amir Haddad", L, "2024-02-20T16:10:00", [
    ("Bedömning", "Misstänkt lupusnefrit, kan ännu inte kommuniceras innan njurbiopsisvar och samtal med pat som är i akut livskris."),
  ], template="Tidiga hypoteser")], [], [["NL102", "n1"]],
  "Skåne: hedged lupus nephritis written only in the protected template Tidiga hypoteser")

case("d60-vgr-sokord-tidiga-hypoteser-enbart", "vgr", "1958-04-12", "410", "2024-10-31", [
  note("n1", "lung_kungalv", "Anders Vik", L, "2024-10-08T09:20:00", [
    ("Aktuellt", "Astma och KOL-overlap, stabil på Trixeo. Ingen exacerbation sedan april."),
    ("Tidiga hypoteser", "Trol. EGPA (Churg-Strauss) med tanke på eosinofili och sinuit; avvaktar ANCA innan detta tas upp."),
    ("Planering", "ANCA, eosinofiler, U-sticka. Återbesök 6 veckor."),
  ])], [], [["NL102", "n1"]],
  "VGR: the only hedged diagnosis stands under sökord Tidiga hypoteser; visible sections hold known diagnoses and plans")

case("d60-ild-uteslutes-hrct", "skane", "1952-01-31", "263", "2024-03-31", [
  note("n1", "lung_kristianstad", "Jonas Lindblad", L, "2024-03-26T13:30:00", [
    ("Aktuellt", "Återbesök efter HRCT p.g.a. sjunkande DLCO vid känd KOL."),
    ("Bedömning", "HRCT visar emfysem men ingen fibros; interstitiell lungsjukdom uteslutes. Den lägre diffusionskapaciteten förklaras av emfysemet."),
  ])], [], [["NL102", "n1"]],
  "suspected ILD ruled out ('uteslutes') at follow-up")

case("d60-villkor-feber-biologiskt", "vgr", "1981-09-09", "352", "2024-02-29", [
  note("n1", "reuma_su", "Ingrid Wahlberg", S, "2024-02-13T11:00:00", [
    ("Åtgärd", "Första Humira-injektionen given på mottagningen, pat visar teknik själv. Spondylartrit sedan 2020."),
    ("Information", "Om feber över 38,5 eller tecken på infektion, pausa sprutan och hör av dig samma dag."),
  ], template="Sjuksköterskeanteckning")], [], [["NL102", "n1"]],
  "conditional safety advice about infection, no hedged diagnosis")

case("d60-talar-emot-gca", "skane", "1948-06-06", "195", "2024-07-31", [
  note("n1", "reuma_lund", "Linnea Mårtensson", L, "2024-07-16T10:15:00", [
    ("Aktuellt", "PMR sedan 2023, Prednisolon 5 mg. Huvudvärk senaste veckan."),
    ("Utredning", "Ultraljud temporalis- och axillarartärer utan halo. SR 12, CRP 3."),
    ("Bedömning", "Normala inflammationsparametrar och ultraljud talar emot jättecellsarterit. Huvudvärken bedöms som spänningsrelaterad."),
  ])], [], [["NL102", "n1"]],
  "'talar emot jättecellsarterit' is a negation, not a hedge")

case("d60-plan-hedges-dt-och-utsattning", "vgr", "1964-03-03", "640", "2024-09-30", [
  note("n1", "med_skovde", "Karl Nyman", L, "2024-09-03T15:00:00", [
    ("Aktuellt", "Sarkoidos stadium II, prednisolon 10 mg sedan ett år, mår bra."),
    ("Planering", "Trolig utsättning av prednisolon under hösten. Eventuellt ny DT thorax efter nyår, beslutas vid nästa besök."),
  ])], [], [["NL102", "n1"]],
  "'trolig utsättning', 'eventuellt ny DT' are plans, sarcoidosis known")

case("d60-hedge-pa-symtom-morgonstelhet", "skane", "1970-10-20", "554", "2024-12-31", [
  note("n1", "reuma_lund", "Karin Nordqvist", L, "2024-12-10T09:40:00", [
    ("Aktuellt", "Psoriasisartrit, Otezla. Trolig kortare morgonstelhet nu, pat osäker om den varar 20 eller 40 min. Möjligen lite mer ont i höger häl."),
    ("Bedömning", "Låg aktivitet, ingen behandlingsändring."),
  ])], [], [["NL102", "n1"]],
  "hedges on symptoms (morgonstelhet, hälsmärta), not on a diagnosis")

case("d60-misstanke-avskrivs-albuminuri", "vgr", "1961-11-25", "119", "2024-08-31", [
  note("n1", "diab_alingsas", "Tove Lund", L, "2024-08-27T10:20:00", [
    ("Lab", "U-alb/krea 2,4 och 1,9 vid två upprepade prov (8,3 i april i samband med UVI)."),
    ("Bedömning", "Misstanken om diabetesnefropati avskrivs; vårens förhöjda värde förklarades av urinvägsinfektionen."),
  ])], [], [["NL102", "n1"]],
  "earlier suspicion of diabetic nephropathy explicitly dropped ('avskrivs')")

case("d60-tidigare-misstankt-nu-biopsiverifierad-igan", "skane", "1993-02-08", "371", "2024-05-31", [
  note("n1", "njur_lund", "Björn Alm", L, "2024-05-28T14:00:00", [
    ("Aktuellt", "Tidigare misstänkt, nu biopsiverifierad IgA-nefropati (Oxford M1 E0 S1 T0 C0). Proteinuri 1,2 g/dygn."),
    ("Information", "Genomgånget biopsisvaret med pat, som frågade mycket om ärftlighet och graviditet."),
    ("Planering", "Maximal RAS-blockad, start Forxiga, kontroll om 3 mån."),
  ])], [], [["NL102", "n1"], ["NL101", "n1"]],
  "the earlier hedge is superseded: IgA nephropathy now biopsy-verified and told")

case("d60-pmo-dm2-trol-neuropati", "skane", "1956-08-29", "246", "2024-11-30", [
  note("n1", "vc_hoor", "Marie Lindgren", S, "2024-11-12T08:50:00", [
    ("Diabetesfotkontroll", "Nedsatt känsel för monofilament på båda fotsulorna, vibration nedsatt vid stortån. Trol. perifer diabetesneuropati, rapporterat till dr Olsson."),
  ], system="PMO", template="Diabetessköterska")], [], [["NL102", "n1"]],
  "PMO diabetes nurse note with hedged neuropathy: PMO never shows diagnoses")

case("d60-ckd3b-stabil-ev-kontroll", "vgr", "1941-07-14", "433", "2024-04-30", [
  note("n1", "njur_nu", "Lena Franzén", L, "2024-04-23T10:30:00", [
    ("Lab", "Krea 142 -> 139 -> 145. eGFR 38-40 senaste året. K 4,6. Hb 126."),
    ("Bedömning", "CKD 3b, stabil njurfunktion sedan 2022. Ev. glesare kontroller, ses om 6 mån med lab en vecka innan."),
  ])], [], [["NL102", "n1"]],
  "known CKD 3b with lab trend; the only hedge is on the follow-up interval")

case("d60-typo-ingen-missanke-om-abpa", "vgr", "1977-05-17", "295", "2024-12-31", [
  note("n1", "lung_boras", "Maja Öberg", L, "2024-12-17T11:40:00", [
    ("Bedömning", "Svår eosinofil astma. Aspergillus-IgE och totalt IgE normala, ingen missanke om ABPA. Start Fasenra."),
  ])], [], [["NL102", "n1"]],
  "typo in negation ('ingen missanke om ABPA') still negates")

case("d60-bror-trol-crohn", "skane", "2002-04-04", "318", "2024-06-30", [
  note("n1", "mag_hbg", "Henrik Sjöberg", L, "2024-06-25T13:20:00", [
    ("Anamnes", "UC (proktit) sedan 2021, Pentasa supp. Hereditet: bror trol. Crohns sjukdom, ej färdigutredd i Göteborg."),
    ("Bedömning", "Remission. Oförändrad behandling, ny F-kalprotektin i höst."),
  ], signed_after=None)], [], [["NL102", "n1"]],
  "hedged Crohn belongs to the brother (hereditet)")

case("d60-byten-och-nedtrappning", "vgr", "1989-01-21", "587", "2024-01-31", [
  note("n1", "gastro_ostra", "Sara Hedlund", L, "2024-01-30T14:45:00", [
    ("Bedömning", "Crohn med kvarstående aktivitet på infliximab trots höjd dos, låga dalvärden och antikroppar."),
    ("Planering", "Sannolikt byte till Skyrizi. Eventuellt snabbare nedtrappning av Prednisolon om svar inom 4 veckor."),
  ])], [], [["NL102", "n1"]],
  "'Sannolikt byte', 'eventuellt nedtrappning' hedge treatment, not a diagnosis")

case("d60-ej-forenligt-med-sekundar-sjogren", "skane", "1966-12-01", "440", "2024-08-31", [
  note("n1", "reuma_lund", "Amir Haddad", L, "2024-08-06T10:50:00", [
    ("Aktuellt", "RA, återbesök efter utredning av torra slemhinnor."),
    ("Utredning", "Anti-SSA/SSB negativa, ostimulerad salivsekretion normal, läppbiopsi utan fokal sialadenit."),
    ("Bedömning", "Ej förenligt med sekundärt Sjögrens syndrom. Torrheten förklaras av amitriptylin, som trappas ut."),
  ])], [], [["NL102", "n1"]],
  "'Ej förenligt med' negates Sjögren; dryness attributed to amitriptyline without hedge")

# ---------------------------------------------------------------- NL101 must
case("d60-nl101-ckd5-dialys-ej-informerad", "vgr", "1950-02-02", "517", "2024-03-31", [
  note("n1", "njur_nu", "Olof Bengtsson", L, "2024-03-05T15:30:00", [
    ("Lab", "eGFR 9 (13 i december). K 5,8, bikarbonat 17, urea 31."),
    ("Bedömning", "CKD 5 med dialysindikation inom kort. Pat ännu inte informerad om att dialys blir aktuellt; samtal med pat och make bokas på fredag."),
  ])], [["NL101", "n1"]], [["NL102", "n1"]],
  "settled CKD 5 with dialysis need, patient explicitly not yet informed, visible Melior note")

case("d60-nl101-ipf-efter-mdd-ej-informerad", "skane", "1948-09-17", "286", "2024-04-30", [
  note("n1", "lung_kristianstad", "Annika Persson", L, "2024-04-11T16:00:00", [
    ("Utredning", "Multidisciplinär konferens (radiolog, patolog, lungläkare): UIP-mönster på HRCT, ingen exponering eller bindvävssjukdom."),
    ("Diagnos", "J84.1 Idiopatisk lungfibros (IPF)"),
    ("Planering", "Patienten har ännu inte fått besked om diagnosen, det ges vid återbesök 24/4 med ssk närvarande. Därefter start nintedanib."),
  ])], [["NL101", "n1"]], [],
  "IPF diagnosis after MDD in Diagnos section; patient not yet told")

case("d60-nl101-uc-hoggradig-dysplasi", "vgr", "1960-03-30", "343", "2024-06-30", [
  note("n1", "gastro_ostra", "Marcus Palm", L, "2024-06-20T12:10:00", [
    ("PAD", "Biopsier sigmoideum 30 cm: höggradig dysplasi i flat slemhinna, bekräftat av två patologer."),
    ("Bedömning", "Långvarig UC-pankolit med höggradig dysplasi; kolektomi måste diskuteras. Ej meddelat patienten ännu, tas upp på MDK 27/6 innan samtal."),
  ])], [["NL101", "n1"]], [],
  "high-grade dysplasia in long-standing UC, 'ej meddelat patienten ännu'")

case("d60-nl101-ra-lymfom-ej-besked", "skane", "1954-10-05", "468", "2024-10-31", [
  note("n1", "reuma_lund", "Linnea Mårtensson", L, "2024-10-29T14:30:00", [
    ("Aktuellt", "RA sedan 1995, MTX + Enbrel. Körtelbiopsi från vänster axill 18/10."),
    ("PAD", "Diffust storcelligt B-cellslymfom."),
    ("Bedömning", "Pat har inte fått besked om PAD-svaret. Kontaktar hematologen i morgon så att beskedet kan ges gemensamt. Enbrel och MTX pausas."),
  ])], [["NL101", "n1"]], [["NL102", "n1"]],
  "new lymphoma in an RA patient; PAD result (a diagnosis) not yet told")

case("d60-nl101-nydebuterad-diabetes-pankreascancer", "vgr", "1958-12-19", "396", "2024-11-30", [
  note("n1", "diab_alingsas", "Tove Lund", L, "2024-11-26T09:30:00", [
    ("Anamnes", "Nydebuterad diabetes i somras, viktnedgång 10 kg, remitterad för svårinställd glukos."),
    ("DT", "DT buk (svar idag): 3,5 cm tumör i pankreashuvudet med inväxt i v. mesenterica superior, förenligt med pankreascancer enligt radiolog; cytologi från EUS bekräftar adenocarcinom."),
    ("Bedömning", "Pankreatogen diabetes sekundärt till adenocarcinom i pankreas. Pat ovetande om fyndet än så länge, bokas till kirurg för beskedet på tisdag."),
  ])], [["NL101", "n1"]], [],
  "confirmed pancreatic cancer behind new diabetes; patient 'ovetande' about the finding")

case("d60-nl101-kol-lungcancer-ska-ej-informeras-an", "skane", "1946-01-26", "375", "2024-12-31", [
  note("n1", "lung_kristianstad", "Jonas Lindblad", L, "2024-12-12T10:30:00", [
    ("Utredning", "Bronkoskopi: skivepitelcancer i vänster huvudbronk (PAD-bekräftad). PET-DT visar ingen spridning."),
    ("Bedömning", "Skivepitelcancer vä lunga hos pat med svår KOL. Pat ska inte informeras förrän hustrun är hemma från sjukhuset, enligt överenskommelse med sonen."),
  ])], [["NL101", "n1"]], [],
  "'ska inte informeras förrän' — confirmed lung cancer withheld from the patient")

case("d60-nl101-sle-lupusnefrit-ej-underrattad", "vgr", "1996-07-22", "421", "2024-09-30", [
  note("n1", "reuma_su", "Elin Kjellberg", L, "2024-09-16T13:50:00", [
    ("Njurbiopsi", "Lupusnefrit ISN/RPS klass IV-G (A/C)."),
    ("Bedömning", "SLE med nu verifierad proliferativ lupusnefrit. Patienten ej underrättad, ringer henne idag eftermiddag för att boka samtal före induktionsbehandling."),
  ], signed_after=None)], [["NL101", "n1"]], [],
  "unsigned draft: biopsy-verified lupus nephritis, 'Patienten ej underrättad'")

case("d60-nl101-typo-ej-infomerad-psc", "skane", "1999-11-03", "254", "2024-07-31", [
  note("n1", "mag_hbg", "Henrik Sjöberg", L, "2024-07-23T15:00:00", [
    ("Utredning", "MRCP: multipla strikturer och dilatationer i intra- och extrahepatiska gallgångar."),
    ("Bedömning", "Primär skleroserande kolangit vid Crohns kolit, nu fastställd. Pat ej infomerad, besked vid återbesöket om två veckor."),
  ])], [["NL101", "n1"]], [],
  "typo 'ej infomerad': confirmed PSC not yet told")

case("d60-nl101-tva-anteckningar-undanhallen-sedan-berattad", "skane", "1963-04-09", "152", "2024-02-29", [
  note("n1", "endo_malmo", "Fredrik Aspelin", L, "2024-02-08T11:00:00", [
    ("Utredning", "MR hypofys: 14 mm makroadenom med kontakt med chiasma. IGF-1 3,2 x övre ref."),
    ("Bedömning", "Akromegali orsakad av hypofysadenom. Patienten är ännu inte informerad; besked ges personligen på måndag."),
  ]),
  note("n2", "endo_malmo", "Fredrik Aspelin", L, "2024-02-12T10:00:00", [
    ("Information", "Har idag gått igenom diagnosen akromegali och MR-fyndet med pat. Hon har fått skriftlig information och kontakt med neurokirurgen."),
    ("Planering", "Remiss neurokirurgi Lund för transsfenoidal operation."),
  ], refs=["n1"])], [["NL101", "n1"]], [["NL101", "n2"]],
  "first note withholds acromegaly (NL101 on n1); the later note tells the patient (no NL101 on n2)")

case("d60-nl101-barn-dm1-binjure-foraldrar-ej-informerade", "vgr", "2013-03-11", "567", "2024-05-31", [
  note("n1", "barn_dsbus", "Rebecka Ahlgren", L, "2024-05-08T16:20:00", [
    ("Lab", "Synacthentest: kortisol 30 min 210 nmol/L. 21-hydroxylas-antikroppar positiva."),
    ("Bedömning", "Typ 1-diabetes och nu konstaterad Addisons sjukdom. Vårdnadshavarna har inte informerats än, de kallas till samtal i morgon tillsammans med barnet."),
  ])], [["NL101", "n1"]], [],
  "child under 13 (guardians read): confirmed Addison not yet told to the guardians")

# ---------------------------------------------------------------- NL101 must_not
case("d60-nl101-informerad-idag-lupusnefrit", "skane", "1991-10-28", "436", "2024-10-31", [
  note("n1", "reuma_lund", "Amir Haddad", L, "2024-10-10T14:30:00", [
    ("Bedömning", "SLE med biopsiverifierad lupusnefrit klass III."),
    ("Information", "Pat informerad om diagnosen och om planerad behandling med Mycofenolat och Benlysta, frågor besvarade."),
  ])], [], [["NL101", "n1"], ["NL102", "n1"]],
  "confirmed lupus nephritis told the same day")

case("d60-nl101-ej-informerad-om-infusionsdatum", "vgr", "1984-06-14", "209", "2024-03-31", [
  note("n1", "gastro_ostra", "Sara Hedlund", S, "2024-03-20T10:15:00", [
    ("Administration", "Crohns sjukdom, infliximabstart beslutad av dr Palm."),
    ("Åtgärd", "Pat ej informerad om datum för första infusionen ännu, kallelse skickas när dagvården bekräftat tid."),
  ], template="Sjuksköterskeanteckning")], [], [["NL101", "n1"]],
  "what is not yet told is an infusion date, not a diagnosis")

case("d60-nl101-remiss-skickad-ej-meddelat", "skane", "1975-02-11", "361", "2024-06-30", [
  note("n1", "reuma_lund", "Karin Nordqvist", L, "2024-06-27T16:30:00", [
    ("Aktuellt", "Ankyloserande spondylit, återkommande uveit, senast maj."),
    ("Åtgärd", "Remiss skickad till ögonmottagningen för regelbunden kontroll. Pat ej meddelad om remissen än, får brev."),
  ], signed_after=None)], [], [["NL101", "n1"]],
  "untold item is that a referral was sent, the diagnoses are long known")

case("d60-nl101-normal-dexa-ej-meddelad", "vgr", "1965-05-30", "314", "2024-07-31", [
  note("n1", "endo_su", "Helena Sandberg", S, "2024-07-25T09:00:00", [
    ("Provsvar", "DEXA: T-score ländrygg -0,8, höft -0,5, normal bentäthet. Pat med Cushings sjukdom i remission."),
    ("Åtgärd", "Patienten ännu ej meddelad om DEXA-svaret, brev skickas idag."),
  ], template="Sjuksköterskeanteckning")], [], [["NL101", "n1"]],
  "untold result is normal (no diagnosis); Cushing is known")

case("d60-nl101-skane-th-mall-ej-informerad", "skane", "1955-12-08", "442", "2024-09-30", [
  note("n1", "njur_lund", "Björn Alm", L, "2024-09-19T13:00:00", [
    ("Bedömning", "Myelomnjure enligt biopsi, patienten inte informerad ännu då hematologen vill ge beskedet samlat efter benmärgsprov."),
  ], template="Tidiga hypoteser")], [], [["NL101", "n1"]],
  "Skåne: the untold diagnosis is kept only in the protected Tidiga hypoteser template")

case("d60-nl101-vgr-th-sokord-ej-informerad", "vgr", "1970-09-13", "258", "2024-08-31", [
  note("n1", "med_skovde", "Karl Nyman", L, "2024-08-14T14:40:00", [
    ("Aktuellt", "Diabetes typ 2 och KOL, kontroll efter viktnedgång."),
    ("Tidiga hypoteser", "DT: levermetastaser, primärtumör ej funnen. Pat ej informerad, ges av kirurg efter MDK."),
    ("Planering", "Labkontroll och återbesök enligt separat kallelse."),
  ])], [], [["NL101", "n1"]],
  "VGR: untold finding only under sökord Tidiga hypoteser; visible sections hold known diagnoses")

case("d60-nl101-pat-informerad-maken-ej", "skane", "1962-07-19", "529", "2024-11-30", [
  note("n1", "med_trelleborg", "Sven Nilsson", L, "2024-11-21T11:20:00", [
    ("Bedömning", "Hepatocellulär cancer vid känd alkoholrelaterad levercirros, bekräftat med MR och AFP."),
    ("Information", "Pat informerad om cancerdiagnosen idag. Maken är inte informerad och pat vill själv berätta för honom i helgen."),
  ])], [], [["NL101", "n1"]],
  "patient told; only the spouse is not informed")

case("d60-nl101-sedan-tidigare-valinformerad-ckd4", "vgr", "1939-08-03", "486", "2024-01-31", [
  note("n1", "njur_nu", "Lena Franzén", L, "2024-01-10T10:10:00", [
    ("Aktuellt", "CKD 4 p.g.a. diabetesnefropati, eGFR 17-19 senaste halvåret."),
    ("Bedömning", "Pat sedan tidigare välinformerad om sin njursjukdom och har valt konservativ behandling utan dialys."),
  ])], [], [["NL101", "n1"]],
  "patient was told earlier ('sedan tidigare välinformerad')")

case("d60-nl101-ej-informerad-om-nedtrappning", "skane", "1980-11-16", "173", "2024-04-30", [
  note("n1", "lung_kristianstad", "Annika Persson", L, "2024-04-25T15:10:00", [
    ("Bedömning", "Svår astma, god kontroll på Dupixent sedan ett år."),
    ("Planering", "Pat ej informerad om att peroralt kortison ska trappas ut helt, det tas upp vid besöket i juni."),
  ])], [], [["NL101", "n1"]],
  "not yet told is a treatment plan, not a diagnosis")

case("d60-nl101-typo-infromerad-celiaki", "vgr", "2012-01-05", "248", "2024-12-31", [
  note("n1", "barn_dsbus", "Rebecka Ahlgren", L, "2024-12-03T13:15:00", [
    ("Bedömning", "DM1 och nu biopsiverifierad celiaki (Marsh 3b)."),
    ("Information", "Föräldrar och barn infromerade om celiakin idag, dietistkontakt ordnad."),
  ])], [], [["NL101", "n1"]],
  "typo 'infromerade': child's guardians told about celiac disease")

case("d60-nl101-pmo-inte-asserterad-men-nl102", "skane", "1952-03-19", "394", "2024-07-31", [
  note("n1", "vc_osby", "Marie Lindgren", L, "2024-07-30T10:00:00", [
    ("Telefonkontakt", "Svar från lungmottagningen: KOL med misstänkt bronkiektasi enligt DT. Pat ej informerad än om DT-svaret, ny tid bokad."),
  ], system="PMO", template="Telefonanteckning")], [], [["NL102", "n1"]],
  "PMO note with hedged bronchiectasis and untold result: NL102 never on PMO, NL101 not asserted on PMO")

# ---------------------------------------------------------------- validation / output
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

def validate():
    errs = []
    names = set()
    seen = {}
    for c in CASES:
        n = c["case"]
        if n in names: errs.append(f"duplicate case {n}")
        names.add(n)
        if not n.startswith("d60-"): errs.append(f"{n}: bad prefix")
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}: errs.append(f"{n}: keys")
        if c["ruleset"] not in ("skane", "vgr"): errs.append(f"{n}: ruleset")
        rec = c["record"]; p = rec["patient"]
        pid = p["id"]; bd = p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid): errs.append(f"{n}: pnr format")
        else:
            if pid[:8] != bd.replace("-", ""): errs.append(f"{n}: pnr/birth mismatch")
            if luhn_digit(pid[2:8] + pid[9:12]) != pid[12]: errs.append(f"{n}: luhn")
        asof = datetime.fromisoformat(rec["as_of"])
        b = datetime.fromisoformat(bd)
        age = asof.year - b.year - ((asof.month, asof.day) < (b.month, b.day))
        if 13 <= age <= 15: errs.append(f"{n}: age {age}")
        if asof.year != 2024: errs.append(f"{n}: as_of year")
        ids = set()
        for nt in rec["notes"]:
            ids.add(nt["id"])
            for f in ("time", "signed"):
                if nt[f] is not None and not nt[f].startswith("2024-"): errs.append(f"{n}: {f} not 2024")
            if nt["signed"] is not None and nt["signed"] > rec["as_of"]: errs.append(f"{n}: signed after as_of")
            if nt["time"] > rec["as_of"]: errs.append(f"{n}: time after as_of")
            if c["ruleset"] == "vgr" and nt["system"] != "Melior": errs.append(f"{n}: vgr non-Melior")
            if nt["system"] == "PMO" and c["ruleset"] != "skane": errs.append(f"{n}: PMO outside skane")
            for s in nt["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, nt["id"], s["keyword"]):
                            errs.append(f"{n}: repeated sentence: {sent!r} (also {seen[sent]})")
                        seen.setdefault(sent, (n, nt["id"], s["keyword"]))
        notes = {nt["id"]: nt for nt in rec["notes"]}
        pairs = [tuple(x) for x in c["must"] + c["must_not"]]
        if len(pairs) != len(set(pairs)): errs.append(f"{n}: duplicate assertion")
        if not pairs: errs.append(f"{n}: no assertion")
        for code, tgt in pairs:
            if code not in ("NL101", "NL102"): errs.append(f"{n}: code {code}")
            if tgt not in notes: errs.append(f"{n}: target {tgt} missing"); continue
            if code == "NL102" and notes[tgt]["system"] != "Melior" and [code, tgt] in c["must"]:
                errs.append(f"{n}: NL102 must on non-Melior")
            if code == "NL101" and notes[tgt]["system"] == "PMO": errs.append(f"{n}: NL101 on PMO")
    return errs

def main():
    errs = validate()
    if errs:
        for e in errs: print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "nl1_dev60_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = {}
    for c in CASES:
        for k in ("must", "must_not"):
            for code, _ in c[k]:
                cnt[(code, k)] = cnt.get((code, k), 0) + 1
    print(f"{len(CASES)} cases", sorted(cnt.items()))

if __name__ == "__main__":
    main()
