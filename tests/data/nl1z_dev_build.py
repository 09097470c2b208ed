#!/usr/bin/env python3
"""nl1z_dev_cases: independent gold cases for NL101 and NL102.

NL101: a diagnosis visible in 1177 Journalen although the note says the patient has not
been told. NL102: an uncertain diagnosis in visible free text instead of Tidiga hypoteser.
Long notes from wards and clinics, written from the regional routines and the rule catalog
only. Dependency-free and deterministic: `python3 build.py` writes nl1z_dev_cases.jsonl
beside this file and exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nl1z_dev_cases"
OUT = os.path.join(HERE, NAME + ".jsonl")
AS_OF = "2024-12-31T00:00:00"
CASES = []


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def _pnr(birth, serial):
    yymmdd = birth.replace("-", "")[2:]
    return "%s-%s%s" % (birth.replace("-", ""), serial, _luhn_digit(yymmdd + serial))


def _iso(t):
    return None if t is None else t.replace(" ", "T") + ":00"


def _sections(secs):
    return [{"keyword": k, "text": t} for k, t in secs]


def N(nid, template, author, time, signed, secs, role="läkare", setting="öppenvård"):
    """An extra note in the same record (same unit and system as n1)."""
    return {"id": nid, "template": template, "author": author, "role": role,
            "time": time, "signed": signed, "secs": secs, "setting": setting}


def K(name, ruleset, system, template, unit, pat, author, time, signed, secs,
      must=(), must_not=(), why="", role="läkare", setting="öppenvård", extra=()):
    birth, serial, sex = pat
    unit_obj = {"name": unit[0], "hsa_id": unit[1]}
    notes = [{
        "id": "n1", "system": system, "template": template, "unit": unit_obj,
        "author": {"name": author, "role": role},
        "time": _iso(time), "signed": _iso(signed), "setting": setting,
        "refs": [], "sections": _sections(secs)}]
    for e in extra:
        notes.append({
            "id": e["id"], "system": system, "template": e["template"], "unit": unit_obj,
            "author": {"name": e["author"], "role": e["role"]},
            "time": _iso(e["time"]), "signed": _iso(e["signed"]), "setting": e["setting"],
            "refs": [], "sections": _sections(e["secs"])})
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": {"id": _pnr(birth, serial), "birth_date": birth,
                               "protected_identity": False},
                   "as_of": AS_OF, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [[c, "n1"] for c in must], "must_not": [[c, "n1"] for c in must_not],
        "why": why, "_sex": sex})


D = "Läkaranteckning"
SK, VG = "skane", "vgr"
ME, PMO = "Melior", "PMO"

# ---------------------------------------------------------------- NL101 must (1/2)

K("nl101-must-lung-adenocarcinom-pad-besked-vid-aterbesok", SK, ME, D,
  ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4410"),
  ("1951-09-17", "473", "M"), "Henrik Lindqvist", "2024-03-01 14:10", "2024-03-01 16:45", [
    ("Kontaktorsak", "Uppföljning efter bronkoskopi 2024-02-27 pga rundhärd hö överlob, upptäckt på lungröntgen tagen för långdragen förkylning."),
    ("Anamnes", "72-årig man, f.d. rökare ca 40 paketår, slutade 2015. KOL GOLD 2 sedan 2016, hypertoni, typ 2-diabetes på tabletter. Mår som vanligt enl pat, något mer hosta senaste månaden, ingen hemoptys. Viktnedgång ca 3 kg sedan jul."),
    ("Läkemedel", "Spiolto Respimat 2 inh x 1, Enalapril 10 mg 1x1, Metformin 500 mg 2x2, Atorvastatin 40 mg 1x1, Ventoline vb."),
    ("PAD", "Px från bronkoskopi (hö B3): icke-småcellig lungcancer, adenocarcinom, TTF-1 pos. PD-L1 samt EGFR/ALK under analys."),
    ("Bedömning", "Adenocarcinom hö överlob, cT2aN0M0 enl PET-DT 2024-02-20. FEV1 62 % av pred, bör tåla lobektomi. Pat ej informerad om PAD-svaret eller cancerdiagnosen ännu, besked ges vid planerat läkarbesök 2024-03-08 tillsammans med kontaktsjuksköterska och hustrun."),
    ("Planering", "Anmäld till thorax-MDK 2024-03-06. Spirometri med diffusionskapacitet beställd. Ktr HbA1c inför operation."),
  ], must=["NL101"], why="PAD-verified lung cancer in the Bedömning of a visible Melior note that says the patient has not been told yet")

K("nl101-must-pancreascancer-dt-make-ej-informerade", VG, ME, D,
  ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E511"),
  ("1958-11-02", "268", "K"), "Maria Ekström", "2024-04-10 11:20", "2024-04-10 15:05", [
    ("Aktuellt", "Remiss från vårdcentralen pga smärtfri ikterus sedan 2 v, klåda och mörk urin. Kommer tillsammans med maken."),
    ("Tidigare sjukdomar", "Hypotyreos (Levaxin 100 µg), hypertoni, st.p. cholecystektomi 2009. Pollenallergi."),
    ("Status", "AT gott men ikterisk, sklerer gula. Buk mjuk, oöm, ingen palpabel resistens. Cor RR, frekvens 76. BT 142/84."),
    ("Lab", "Bilirubin 148, ALP 9,8, ALAT 3,1, CA 19-9 1240. Hb 128, CRP 6."),
    ("Röntgen", "DT buk trefas 2024-04-09: 3 cm tumör i pancreashuvudet med kontakt < 180° mot v. mesenterica superior, dilaterad koledokus och pankreasgång. Inga levermetastaser."),
    ("Bedömning", "Pancreascancer i caput, borderline resektabel, med ikterus pga gallvägsobstruktion. Pat och make är ännu inte informerade om DT-fyndet; de tror att det rör sig om gallsten, och pat vill att dottern ska vara med vid ett längre samtal."),
    ("Planering", "ERCP med stent v. 16. Diskuteras på HPB-rond 2024-04-15. Läkarsamtal med besked bokat 2024-04-12 kl 13, kontaktsjuksköterska Lena deltar."),
  ], must=["NL101"], why="pancreatic cancer stated in Bedömning while the same sentence says patient and husband are not yet informed")

K("nl101-must-neuro-als-besked-ej-lamnat", SK, ME, D,
  ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7731"),
  ("1963-02-21", "357", "M"), "Sofia Bengtsson", "2024-05-08 13:40", "2024-05-08 17:10", [
    ("Aktuellt", "Åb efter EMG och MR halsrygg. Successiv svaghet hö hand sedan ett år, nu även vä, muskelryckningar i överarmarna som pat själv noterat. Sväljer bra, ingen andfåddhet i planläge."),
    ("Tidigare sjukdomar", "Hyperlipidemi, sömnapnésyndrom med CPAP sedan 2019, menisk-op hö knä 2011."),
    ("Status", "Atrofi av thenar och första interosseus bilat, hö > vä. Fascikulationer i deltoideus och biceps bilat samt i tungan. Livliga reflexer i armar och ben, Babinski neg bilat. Gång och tal ua."),
    ("Utredning", "EMG/ENeG 2024-05-02: akut och kronisk denervation i cervikal, thorakal och lumbal region, normala sensoriska svar. MR halsrygg: lätta degenerativa förändringar, ingen myelopatisignal. CK 380, övriga prover ua."),
    ("Bedömning", "Kliniskt definitiv ALS enligt Gold Coast-kriterierna med övre och nedre motorneuronpåverkan i flera regioner. Diagnosbeskedet är ännu inte lämnat – pat kom ensam idag och bad själv att hustrun ska vara med när vi går igenom svaren."),
    ("Planering", "Nytt besök 2024-05-21 med hustrun. ALS-teamet (kurator, arbetsterapeut, dietist) kontaktat. Riluzol tas upp då. Spirometri och vikt vid varje besök."),
  ], must=["NL101"], why="ALS with a separate sentence 'Diagnosbeskedet är ännu inte lämnat'")

K("nl101-must-ssk-telefon-aml-ej-besked-per-telefon", VG, ME, "Telefonkontakt",
  ("Hematologiavdelning 31, Sahlgrenska Universitetssjukhuset", "SE2321000131-E702"),
  ("1979-06-30", "140", "K"), "Karin Svensson", "2024-02-15 10:55", "2024-02-15 11:20", [
    ("Kontaktorsak", "Pat ringer kl 10.40 och undrar över svaret på benmärgsprovet som togs i tisdags."),
    ("Aktuellt", "Trött, ett par blåmärken på benen, feber 38,1 i går kväll. Tar Alvedon vid behov. Inga munblödningar, äter och dricker."),
    ("Bakgrund", "Remitterad från VC pga pancytopeni: Hb 84, LPK 1,9, TPK 31. Känd astma (Symbicort) och migrän."),
    ("Bedömning", "Benmärgsbiopsin visar akut myeloisk leukemi (AML), svaret kom i morse till dr Nilsson. Pat är inte informerad om diagnosen ännu och jag har enl ök med dr Nilsson inte lämnat besked per telefon."),
    ("Åtgärd", "Pat ombedd komma till avd 31 idag kl 14 för läkarsamtal och provtagning. Instruerad att söka akut direkt vid temp > 38,5 eller frossa. Maken kör henne."),
  ], must=["NL101"], role="sjuksköterska", why="a nurse's telephone note that names AML and says the patient is not told")

K("nl101-must-epikris-alzheimer-dottern-vill-vara-med", SK, ME, "Epikris",
  ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3308"),
  ("1939-10-05", "726", "K"), "Anders Holmberg", "2024-06-14 15:30", "2024-06-17 09:12", [
    ("Diagnoser", "Urinvägsinfektion med akut konfusion (N39.0, F05.1)\nAlzheimers sjukdom med sen debut (G30.1, F00.1)\nHypertoni (I10)\nFörmaksflimmer, permanent (I48.2)\nArtros båda knäna (M17.0)"),
    ("Epikris", "84-årig kvinna som inkom via akuten 2024-06-03 med förvirring och feber. Urinodling E. coli, behandlad med pivmecillinam, konfusionen klingade av dag 4. Kognitiv utredning under vårdtiden då dottern beskrivit tilltagande minnessvikt sedan två år: MMSE 19/30, klocktest patologiskt, DT hjärna med uttalad temporal och hippocampal atrofi. Sammantaget Alzheimers sjukdom. Pat själv har inte informerats om demensdiagnosen; dottern vill vara med vid beskedet och ett gemensamt samtal är bokat."),
    ("Läkemedel", "Oförändrat: Eliquis 2,5 mg 1x2, Amlodipin 5 mg 1x1, Bisoprolol 2,5 mg 1x1, Alvedon 1 g vb. Utsatt: Zopiklon pga fallrisk."),
    ("Uppföljning", "Minnesmottagningen Malmö 2024-06-25 kl 10.00, pat och dotter. Hemtjänst utökad till 3 besök/dygn. DSK kontrollerar vikt och blodtryck om 2 veckor."),
  ], setting="slutenvård", must=["NL101"], why="epikris with a diagnosis list; Alzheimer's disease untold, the other diagnoses known")

K("nl101-must-diktat-prostatacancer-pad-efter-besoket", VG, ME, D,
  ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E233"),
  ("1955-01-19", "853", "M"), "Per Holm", "2024-09-12 08:40", "2024-09-12 14:02", [
    ("Kontaktorsak", "Ktr efter prostatabiopsier pga hematuri. PAD-svaret inkom på eftermiddagen efter besöket."),
    ("Diktat", "Diktat läkare Per Holm 2024-09-10, utskr. 2024-09-12 av med sekr AL. Anamnes: 69-årig man med hypertoni och gikt, remitterad pga PSA 11 och palpabel knöl vä lob. MR prostata PI-RADS 5 vä perifera zonen. Systematiska och riktade biopsier 2024-08-29, därefter lätt hematuri som nu har gått över. Status: Opåverkad. PR: hård oregelbunden vä lob, avgränsbar, cT2b. PAD: Adenocarcinom i 7 av 14 biopsier, Gleason 4+4=8 (ISUP 4), perineural växt. Bedömning: Högriskprostatacancer, ännu ej stadieindelad. Patienten har inte fått veta diagnosen ännu eftersom PAD inkom efter att han gått hem."),
    ("Läkemedel", "Enalapril 20 mg 1x1, Allopurinol 300 mg 1x1, Omeprazol 20 mg vb."),
    ("Åtgärd", "Skelettscint och DT thorax-buk beställt. Kallas till läkarbesök med kontaktsjuksköterska v. 39 för besked. Anmäld till prostata-MDK."),
  ], must=["NL101"], why="secretary-typed dictation with inline headings; prostate cancer named, patient not yet told")

K("nl101-must-jour-gyn-ovarialcancer-sov-nar-svaret-kom", SK, ME, "Jouranteckning",
  ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-5102"),
  ("1962-08-09", "404", "K"), "Elin Dahl", "2024-02-14 02:50", "2024-02-14 03:35", [
    ("Kontaktorsak", "Inläggning natt, remiss från akuten. Tilltagande bukomfång i 3 v, andfåddhet och tryck i buken."),
    ("Anamnes", "61-årig kvinna, postmenopausal, 2 partus. Hypertoni och hypotyreos, i övrigt frisk. Ingen vaginal blödning. Nedsatt aptit sedan en månad."),
    ("Status", "AT: trött men adekvat. Temp 37,2, puls 98, BT 128/76, sat 94 % luft, AF 22. Buk utspänd med flankdämpning och vågslag. Gyn: svårbedömd, fixerad resistens i fossa Douglasi. VUL: rikligt ascites, bilat komplexa adnexresistenser 7 och 9 cm."),
    ("Röntgen", "DT thorax-buk 23.40, prel svar jourröntgen: stora bilat solid-cystiska adnexexpansiviteter, rikligt ascites, omentkaka och utbredd peritoneal carcinomatos. Pleuravätska hö."),
    ("Bedömning", "Avancerad ovarialcancer med peritoneal carcinomatos och ascites, kliniskt minst stadium III. Pat ej informerad om DT-svaret i natt, hon sov när svaret kom och beskedet lämnas av gynonkolog dagtid."),
    ("Åtgärd", "Ascitestappning i morgon bitti. CA-125 och HE4 tagna. Fragmin 5000 E sc. Ringer-Acetat 1 l. Morfin 2,5 mg iv vb. Bakjour informerad per telefon."),
  ], setting="slutenvård", must=["NL101"], why="night on-call note: ovarian cancer with carcinomatosis, not told during the night")

K("nl101-must-psyk-schizofreni-ej-meddelats-behandlingsallians", SK, ME, D,
  ("Allmänpsykiatrisk mottagning, Helsingborg", "SE2321000255-8840"),
  ("1998-04-11", "315", "M"), "Johan Wikström", "2024-04-02 15:00", "2024-04-02 16:40", [
    ("Aktuellt", "Uppföljande läkarbesök, pat kommer med mamma. Sedan början av året tilltagande social tillbakadragenhet, slutat gå till jobbet, sover dåligt, upplever att grannarna sänder signaler genom väggen."),
    ("Tidigare", "ADHD diagnostiserad i gymnasiet, Concerta utsatt 2021. Cannabisbruk 2019–2022, negativa U-tox sedan 8 mån. Astma i barndomen."),
    ("Psykiskt status", "Vaken, orienterad. Bristande kontaktförmåga, affektivt avflackad. Tankestopp. Bekräftar kommenterande röster. Förnekar suicidtankar, inga planer. Sjukdomsinsikt saknas."),
    ("Bedömning", "Kriterierna för schizofreni, paranoid form (F20.0), är uppfyllda med mer än 6 månaders symtom. Efter samråd med överläkare har diagnosen ännu inte meddelats patienten; han är i nuläget misstänksam mot vården och beskedet bedöms kunna leda till att han avbryter kontakten. Besked när behandlingsalliansen stärkts."),
    ("Läkemedel", "Aripiprazol 5 mg 1x1 insatt 2024-03-10, ökas till 10 mg om en vecka. Melatonin 2 mg till natten."),
    ("Planering", "Ssk-kontakt en gång/vecka. Läkarbesök 2024-04-22. Mamma har numret till mottagningen och till psykiatrisk akutmottagning."),
  ], must=["NL101"], why="schizophrenia deliberately not yet communicated, written in a visible psychiatry note")

K("nl101-must-infektion-hiv-ej-nadd-per-telefon", VG, ME, D,
  ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E240"),
  ("1987-03-08", "199", "M"), "Lars Nyström", "2024-10-08 16:15", "2024-10-08 16:50", [
    ("Kontaktorsak", "Provsvar. Testade sig på mottagningen 2024-10-01 efter oskyddat samlag med ny partner i augusti, då lätt feber och utslag."),
    ("Tidigare sjukdomar", "Atopiskt eksem. Behandlad klamydia 2020. Inga kända läkemedelsallergier."),
    ("Lab", "HIV Ag/Ak positiv, konfirmerad med immunoblot 2024-10-07. HIV-RNA 480 000 kopior/ml, CD4 410. Syfilis, HBsAg och anti-HCV negativa."),
    ("Bedömning", "Nydiagnostiserad HIV-1-infektion i tidigt skede. Pat ännu ej informerad: två försök att nå honom per telefon i dag utan svar, 1177-meddelande skickat om att ringa mottagningen, utan provsvar i meddelandet."),
    ("Åtgärd", "Läkarbesök bokas snarast, helst i morgon. Resistensbestämning beställd. Kurator startar smittspårning efter besöket."),
  ], must=["NL101"], why="HIV infection named in a visible note; 'Pat ännu ej informerad' follows the diagnosis")

K("nl101-must-kardio-hocm-ekosvar-efter-besoket", SK, ME, D,
  ("Kardiologmottagningen, Helsingborgs lasarett", "SE2321000255-2219"),
  ("1990-07-23", "580", "K"), "Fredrik Olsson", "2024-01-19 12:30", "2024-01-19 17:05", [
    ("Aktuellt", "Remiss från företagshälsovården pga blåsljud och EKG med högspänning. Sporadisk yrsel vid löpträning, ingen synkope. Bror avled plötsligt vid 28 års ålder 2015, pat känner inte till någon obduktion."),
    ("Tidigare sjukdomar", "Hypotyreos sedan 2017 (Levaxin 75 µg). Laktosintolerans. Partus 2021."),
    ("Status", "BT 118/72, puls 64 reg. Cor: systoliskt ejektionsblåsljud 3/6 vä sternalrand, ökar vid Valsalva. Pulm ua. Inga ödem."),
    ("Undersökningar", "Eko 2024-01-18: asymmetrisk septumhypertrofi 21 mm, SAM, vilogradient LVOT 38 mmHg, provocerad 72 mmHg, EF 68 %. Långtids-EKG: enstaka VES, ingen VT."),
    ("Bedömning", "Hypertrof obstruktiv kardiomyopati (HOCM). Ekosvaret kom efter besöket och pat känner inte till diagnosen ännu. Ärftlighetsaspekt med tanke på brodern."),
    ("Planering", "Tid till mig 2024-01-30 för genomgång och besked. Avrådd från maximal ansträngning tills vidare, informerad per telefon om detta utan att diagnosen nämndes. MR hjärta och arbetsprov beställda. Remiss klinisk genetik efter samtalet."),
  ], must=["NL101"], why="HOCM named; 'pat känner inte till diagnosen ännu' is the not-informed statement")

K("nl101-must-endokrin-prolaktinom-mr-svar-ringer-i-morgon", VG, ME, D,
  ("Endokrinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E418"),
  ("1971-12-14", "277", "M"), "Anna Petersson", "2024-08-21 10:05", "2024-08-21 15:48", [
    ("Aktuellt", "Nybesök. Remiss från VC: erektil dysfunktion, trötthet, nedsatt libido, lågt testosteron x 2."),
    ("Tidigare sjukdomar", "Typ 2-diabetes (Metformin), hypertoni, BMI 31. Fd rökare."),
    ("Status", "Opåverkad. Lätt gynekomasti bilat. Synfält enl Donders: bitemporal begränsning uppåt."),
    ("Lab", "Prolaktin 4 200 mIE/l (ref < 350). Testosteron 5,1, LH och FSH låga. fT4 11, TSH 1,2. Kortisol kl 08: 290. IGF-1 normalt."),
    ("Röntgen", "MR hypofys 2024-08-20, svar efter dagens besök: makroadenom 24 mm med suprasellär utbredning och kontakt mot chiasma."),
    ("Bedömning", "Makroprolaktinom med sekundär hypogonadism och chiasmapåverkan. Pat är ännu inte informerad om MR-svaret eller diagnosen; jag ringer honom i morgon förmiddag och bokar genomgång."),
    ("Planering", "Akut remiss ögonmottagningen för perimetri. Kabergolin planeras. Kortisolsvar bevakas."),
  ], must=["NL101"], why="prolactinoma plus a not-informed statement naming both the MR result and the diagnosis")

K("nl101-must-hud-melanom-bortrest-information-sektion", SK, ME, D,
  ("Hudkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6120"),
  ("1976-05-27", "604", "K"), "Lina Håkansson", "2024-11-12 09:30", "2024-11-12 11:15", [
    ("Kontaktorsak", "PAD-svar på excision av pigmenterad förändring hö vad, exciderad på mottagningen 2024-11-04."),
    ("Anamnes", "48-årig kvinna med psoriasis (Dovobet vid skov) och hypotyreos. Många nevi, solarium i ungdomen."),
    ("PAD", "Malignt melanom, ytligt spridande typ, Breslow 1,4 mm, ulceration saknas, mitoser 2/mm². Radikalt exciderat med 2 mm marginal. pT2a."),
    ("Bedömning", "Malignt melanom hö vad pT2a, stadium IB. Indikation för utvidgad excision 1 cm och portvaktskörtelbiopsi."),
    ("Information", "Pat har ännu inte fått besked om PAD, hon är bortrest till 2024-11-25 enligt sms-svar; cancerbesked per telefon utomlands bedöms olämpligt."),
    ("Planering", "Besök 2024-11-26 kl 09.20 med kontaktsjuksköterska för besked. Remiss till plastikkirurgen för utvidgad excision + SN förbereds."),
  ], must=["NL101"], why="melanoma in PAD and Bedömning, the not-told statement sits in its own Information section")

K("nl101-must-onh-larynxcancer-svaret-kom-efter-kontrollen", VG, ME, D,
  ("Öron-näsa-halsmottagningen, NU-sjukvården Trollhättan", "SE2321000131-E871"),
  ("1957-10-30", "915", "M"), "Oskar Berglund", "2024-04-09 14:20", "2024-04-09 16:30", [
    ("Aktuellt", "Återbesök efter mikrolaryngoskopi 2024-04-03. Heshet sedan 4 mån. Röker 15 cig/dag, 2–3 öl per dag."),
    ("Tidigare sjukdomar", "KOL, hypertoni, GERD. Stentad 2018 efter NSTEMI."),
    ("Status", "Hes röst, ingen stridor. Fiberlaryngoskopi: exofytisk förändring vä stämband upp till främre kommissuren, stämbandet rörligt. Hals: inga palpabla körtlar."),
    ("PAD", "Skivepitelcancer, måttligt differentierad, vä stämband."),
    ("Bedömning", "Glottisk larynxcancer vä, cT1a N0, god prognos med strålbehandling. Pat känner ännu inte till PAD-svaret; han kom på postoperativ kontroll innan svaret fanns och jag fick det först efter besöket."),
    ("Planering", "Ringer pat för tid inom en vecka, då diagnos och behandling gås igenom med kontaktsjuksköterska. DT hals-thorax beställt. Anmäls till huvud-hals-MDK. Pat tackar ja till rökavvänjning."),
  ], must=["NL101"], why="larynx cancer; 'känner ännu inte till PAD-svaret' where PAD is the cancer")

K("nl101-must-ortoped-patologisk-fraktur-onkolog-informerar", SK, ME, "Daganteckning",
  ("Ortopedkliniken, Centralsjukhuset Kristianstad", "SE2321000255-5240"),
  ("1950-03-03", "246", "K"), "Mikael Sandberg", "2024-09-04 11:00", "2024-09-04 13:25", [
    ("Aktuellt", "Dag 2 efter märgspikning vä femur pga subtrokantär fraktur vid lågenergitrauma, snubblade hemma."),
    ("Tidigare sjukdomar", "Bröstcancer hö 2014, opererad och strålbehandlad, endokrin behandling avslutad 2019. Hypertoni, hypotyreos, glaukom."),
    ("Status", "Afebril. Såret torrt, ingen rodnad. Cirk ua distalt. Går med gåbord med fysioterapeut, VAS 4."),
    ("Lab/Röntgen", "Hb 96, korr Ca 2,78, ALP 310. PAD från märgurborrningen: metastas från bröstcancer (ER+, PR+, HER2−). DT thorax-buk: multipla skelettmetastaser i bäcken och ländrygg, inga viscerala metastaser."),
    ("Bedömning", "Patologisk fraktur vä femur pga recidiv av bröstcancer med skelettmetastasering. Pat vet ännu inte om PAD-svaret; onkolog dr Berg kommer till avdelningen i morgon och informerar henne och sonen."),
    ("Planering", "NaCl 2 l/dygn pga hyperkalcemi, ktr Ca i morgon. Remiss onkologen skickad. Fortsatt mobilisering, Fragmin 5000 E x 1 i 4 v."),
  ], setting="slutenvård", must=["NL101"], why="orthopaedic ward note: skeletal metastases from breast cancer, oncologist will tell the patient tomorrow")

K("nl101-must-uro-njurcellscancer-information-endast-kallelse", VG, ME, D,
  ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E130"),
  ("1966-08-15", "122", "K"), "Jonas Åberg", "2024-09-03 10:10", "2024-09-03 12:00", [
    ("Kontaktorsak", "Remiss från kirurgen: incidentellt fynd på DT buk som togs pga divertikulit i juli. Remissbedömning och handläggning."),
    ("Anamnes", "58-årig kvinna. Divertikulit 2024-07, antibiotikabehandlad. Astma och hypertoni. Ingen hematuri, inga flanksmärtor. Icke-rökare."),
    ("Röntgen", "DT urinvägar 2024-09-02: 4,5 cm kontrastladdande solid tumör i vä njures nedre pol, ingen venös invasion, inga förstorade lymfkörtlar, binjurar ua."),
    ("Lab", "Krea 71, eGFR 84. Hb 139. U-sticka neg."),
    ("Bedömning", "Njurcellscancer vä njure, cT1b N0 M0. Robotassisterad partiell nefrektomi bedöms tekniskt genomförbar."),
    ("Information", "Pat har hittills bara fått veta att hon kallas för uppföljning av fyndet. Cancerdiagnosen har inte framförts till henne; det görs vid nybesöket 2024-09-16 med sjuksköterska närvarande."),
    ("Planering", "DT thorax för stadieindelning. Anmäld till uro-MDK."),
  ], must=["NL101"], why="renal cell carcinoma; the Information section says the cancer diagnosis has not been conveyed")

K("nl101-must-neuro-ms-likvorsvar-utkast", SK, ME, D,
  ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7731"),
  ("1995-12-01", "724", "K"), "Ida Forsberg", "2024-07-05 13:10", None, [
    ("Aktuellt", "Vårdad på avd 46 i juni för optikusneurit vä öga, iv Solu-Medrol. Nu uppföljning med svar på MR och likvor."),
    ("Anamnes", "Synen återhämtad till ca 90 %. Domningar i hö fot sedan 2 v. Ingen blåsstörning."),
    ("Tidigare sjukdomar", "Migrän utan aura (Sumatriptan vb). Hashimotos tyreoidit. P-piller."),
    ("Status", "Lätt RAPD vä. Visus vä 0,8, hö 1,0. Övriga kranialnerver ua. Livliga patellarreflexer, Babinski neg. Romberg ua. Nedsatt vibrationssinne hö stortå."),
    ("Utredning", "MR hjärna och ryggmärg 2024-07-02: 11 periventrikulära, juxtakortikala och infratentoriella lesioner, två kontrastladdande, en lesion i halsmärgen C3. Likvor: oligoklonala band i likvor men ej i serum, IgG-index 0,9."),
    ("Bedömning", "Skovvis förlöpande multipel skleros (RRMS), McDonaldkriterierna uppfyllda med spridning i tid och rum. Likvorsvaret kom i morse och pat har ännu inte fått diagnosen; beskedet ges vid besöket 2024-07-15 då vi också går igenom bromsmedicin."),
    ("Planering", "JCV-ak, hepatitserologi och VZV-status inför behandlingsstart. MS-sjuksköterska kontaktar pat."),
  ], must=["NL101"], why="unsigned draft: RRMS in Bedömning while the patient has not been given the diagnosis")

K("nl101-must-levercirros-typo-infomerad", VG, ME, D,
  ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E055"),
  ("1960-06-06", "351", "M"), "Eva Lundgren", "2024-05-07 11:45", "2024-05-07 14:30", [
    ("Kontaktorsak", "Uppföljning av förhöjda leverprover, remiss från VC."),
    ("Anamnes", "63-årig man, AUDIT 14 p, ca 3–4 glas vin om dagen sedan många år. Hypertoni, DM2 med insulin sedan 2021, artros hö höft. Ingen tidigare GI-blödning."),
    ("Status", "Spider naevi på bröstet, palmarerytem. Levern palpabel 2 fingerbredder under arcus, mjälten ej palpabel. Ingen ascites kliniskt, ej ikterisk."),
    ("Lab", "ASAT 2,1, ALAT 1,3, GT 4,8, bilirubin 22, albumin 31, PK(INR) 1,3, TPK 118."),
    ("Undersökningar", "Fibroscan 2024-05-06: 32 kPa. UL lever: ojämn leveryta, splenomegali 15 cm, ingen ascites, ingen fokal lesion."),
    ("Bedömning", "Alkoholrelaterad levercirros, Child-Pugh A (6 p). Pat ännu ej infomerad om diagnosen – svaren blev klara efter besöket och jag vill ge beskedet personligen, inte per brev."),
    ("Planering", "Gastroskopi för varicesscreening. UL lever var 6:e månad. Besök 2024-05-28 med besked och samtal om alkohol, erbjuds alkoholsjuksköterska."),
  ], must=["NL101"], why="liver cirrhosis not yet told; typo in the cue word: 'infomerad'")

K("nl101-must-hematologi-myelom-hade-akt-hem", SK, ME, D,
  ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4180"),
  ("1948-02-25", "537", "M"), "Camilla Nord", "2024-10-15 15:50", "2024-10-15 17:20", [
    ("Aktuellt", "Remiss från medicinkliniken Ystad: anemi, M-komponent IgG kappa 38 g/l, ryggsmärtor sedan i somras."),
    ("Tidigare sjukdomar", "Hypertoni, förmaksflimmer (Eliquis), prostatahyperplasi, TIA 2019."),
    ("Status", "Blek. Ömhet över Th10–L1. Lymfkörtelstationer ua. Ingen hepatosplenomegali. Neurologi i benen ua."),
    ("Lab", "Hb 92, krea 128, Ca 2,61, albumin 33. Fria lätta kedjor kappa 890 mg/l, kvot 64. Benmärg: 42 % klonala plasmaceller."),
    ("Röntgen", "Lågdos helkropps-DT: multipla osteolytiska lesioner i kotor och bäcken, kompressionsfraktur Th12 utan spinal kompression."),
    ("Bedömning", "Multipelt myelom IgG kappa, R-ISS II, behandlingskrävande med anemi och skelettengagemang. Patienten har inte informerats om myelomdiagnosen ännu – benmärgssvaret kom i dag och han hade redan åkt hem till Ystad."),
    ("Planering", "Läkarsamtal fredag 2024-10-18 med hustrun. Behandlingsstart enl nationellt vårdprogram veckan därpå. Zoledronsyra efter tandstatus, remiss tandläkare."),
  ], must=["NL101"], why="multiple myeloma with an explicit 'har inte informerats om myelomdiagnosen'")

K("nl101-must-lunga-ipf-vill-ha-svaret-vid-besok", VG, ME, D,
  ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E140"),
  ("1952-04-19", "166", "K"), "Gustav Hellström", "2024-02-22 09:15", "2024-02-22 10:05", [
    ("Kontaktorsak", "Sammanställning efter ILD-konferens, inget besök idag."),
    ("Anamnes", "71-årig kvinna, aldrig rökare, tidigare kontorsarbete. Torrhosta och ansträngningsdyspné sedan 2 år. Hypertoni, gastroesofageal reflux, osteoporos (Alendronat)."),
    ("Status", "Vid besöket 2024-02-06: velcrorassel basalt bilat, trumpinnefingrar, sat 94 % i vila."),
    ("Undersökningar", "HRCT 2024-01-30: subpleural basal retikulation med honeycombing, UIP-mönster. FVC 68 % av pred, DLCO 45 %. 6MWT 380 m med sat-fall till 86 %. Reumatologisk serologi negativ."),
    ("Bedömning", "Idiopatisk lungfibros (IPF) med UIP-mönster, konsensus på ILD-konferensen 2024-02-20. Beskedet har inte lämnats till pat – hon har ringt och bett att få svaret vid besök, inte per telefon; tid finns 2024-02-29."),
    ("Planering", "Antifibrotisk behandling (nintedanib) tas upp vid besöket. Remiss till fysioterapeut för lungrehabilitering. Pneumokock- och influensavaccination."),
  ], must=["NL101"], why="IPF in a conference summary note, 'Beskedet har inte lämnats till pat'")

K("nl101-must-kirurgi-koloncancer-recidiv-pat-ovetande", SK, ME, D,
  ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-2350"),
  ("1961-11-11", "495", "M"), "Sara Mattsson", "2024-03-13 16:05", "2024-03-13 16:40", [
    ("Kontaktorsak", "Uppföljning 3 år efter hö-sidig hemikolektomi för koloncancer pT3N1M0. Adjuvant CAPOX avslutad 2021."),
    ("Anamnes", "Telefonuppföljning i går: mår bra, inga buksymtom, arbetar heltid som busschaufför. Kostbehandlad typ 2-diabetes, hyperlipidemi."),
    ("Lab", "CEA 18 (2,1 för 6 mån sedan). Hb 141. Leverstatus ua."),
    ("Röntgen", "DT thorax-buk 2024-03-12: två nytillkomna lesioner i levern, segment 6 och 7, 2,2 och 1,4 cm, typiska för metastaser. Lungorna ua."),
    ("Bedömning", "Recidiv av koloncancer med levermetastaser, ska bedömas på lever-MDK avseende resektion. Pat ovetande om recidivet, DT-svaret och CEA blev klara efter telefonuppföljningen."),
    ("Planering", "Tid med kontaktsjuksköterska och mig 2024-03-19 för besked. MR lever beställd. Anmäld till MDK 2024-03-20."),
  ], must=["NL101"], why="liver-metastatic recurrence; cue is 'Pat ovetande om recidivet'")

K("nl101-must-esofaguscancer-ska-inte-informeras-forran-mdk-utkast", VG, ME, D,
  ("Kirurgkliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E512"),
  ("1954-09-09", "373", "M"), "Tove Axelsson", "2024-05-20 14:35", None, [
    ("Aktuellt", "Sväljningssvårigheter för fast föda sedan 3 mån, viktnedgång 7 kg. Gastroskopi på remiss från VC 2024-05-14."),
    ("Tidigare sjukdomar", "Barretts esofagus sedan 2012 (PPI), hypertoni, stroke 2020 utan restsymtom."),
    ("Gastroskopi", "Ulcererande tumör 32–38 cm från tandraden. PAD: adenocarcinom, HER2 neg."),
    ("Röntgen", "DT thorax-buk: väggförtjockning i distala esofagus, en förstorad körtel vid truncus coeliacus. PET-DT bokad."),
    ("Bedömning", "Adenocarcinom i distala esofagus, cT3N1 enl DT. Pat sa vid gastroskopin att han 'bara vill veta när ni vet allt', och han ska därför inte informeras om diagnosen förrän PET-DT är gjord och MDK har tagit ställning."),
    ("Planering", "MDK övre GI 2024-05-29. Dietist pga viktnedgång, näringsdryck x 2. Därefter besök med besked och behandlingsplan."),
  ], must=["NL101"], why="unsigned draft; esophageal cancer that must not be told until MDK, at the patient's own wish")
# ---------------------------------------------------------------- NL101 must (2/2)

K("nl101-must-epikris-flera-diagnoser-endast-koloncancer-ej-berattad", SK, ME, "Epikris",
  ("Medicinkliniken, Lasarettet i Ystad", "SE2321000255-1904"),
  ("1937-05-13", "813", "M"), "Petra Nyberg", "2024-03-08 14:20", "2024-03-08 15:55", [
    ("Diagnoser", "Hjärtsvikt med bevarad ejektionsfraktion, dekompenserad (I50.0)\nJärnbristanemi (D50.0)\nAdenocarcinom i colon ascendens (C18.2)\nKronisk njursvikt stadium 3b (N18.3)\nTyp 2-diabetes (E11.9)"),
    ("Epikris", "86-årig man som inkom med tilltagande andfåddhet och bensvullnad, Hb 78. Intravenös diuretika med 6 kg viktnedgång, transfunderad 2 E. Koloskopi 2024-03-05: cirkulär tumör i colon ascendens, PAD adenocarcinom. Pat är informerad om hjärtsvikten och anemin och har fått ny läkemedelslista, men har inte informerats om koloncancern – PAD kom på utskrivningsdagen och sonen har bett att få vara med när pappa får beskedet."),
    ("Läkemedel", "Ändrat: Furosemid 40 mg 1x2 (tidigare 1x1). Nytt: Duroferon 100 mg 1x1. Oförändrat: Metformin 500 mg 1x2, Bisoprolol 5 mg 1x1, Enalapril 2,5 mg 1x2."),
    ("Uppföljning", "Kirurgmottagningen 2024-03-14 kl 10.30 med sonen, besked om PAD då. Daglig vikt, DSK kontrollerar krea och kalium om en vecka."),
  ], setting="slutenvård", must=["NL101"], why="epikris with five diagnoses: heart failure and anaemia told, colon cancer explicitly not told")

K("nl101-must-jour-akut-hjarntumor-sover-postiktalt", SK, ME, "Jouranteckning",
  ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2001"),
  ("1970-10-20", "391", "M"), "Nils Ek", "2024-08-17 03:15", "2024-08-17 04:02", [
    ("Kontaktorsak", "Ambulans 01.40. Generaliserat krampanfall hemma, bevittnat av sambon, ca 2 minuter, därefter förvirrad."),
    ("Anamnes", "53-årig man med hypertoni (Losartan) och hyperlipidemi. Sambon berättar om huvudvärk sista tre veckorna och att han blivit 'konstig' och glömsk. Ingen alkohol senaste dygnet, inga tidigare anfall."),
    ("Status", "GCS 13 vid ankomst, nu 15. Temp 37,4, BT 165/90, puls 96, sat 97 %. Lateralt tungbett. Lätt pronationsdrift vä arm. Pupiller lika och ljusreagerande. Ingen nackstyvhet."),
    ("Lab/Röntgen", "Glukos 7,2, Na 138, CRP 4, laktat 3,1 → 1,4. DT hjärna med angio 02.30: 5 cm heterogent laddande tumör hö frontallob med perifokalt ödem och 6 mm mittlinjeöverskjutning."),
    ("Bedömning", "Första epileptiska anfall orsakat av hjärntumör hö frontallob. Pat har inte informerats om DT-fyndet i natt, han är trött postiktalt och sover; sambon vet bara att 'något syns på röntgen'. Neurokirurg lämnar besked dagtid."),
    ("Åtgärd", "Betapred 8 mg iv, Keppra 1000 mg iv, därefter 500 mg x 2. Inläggning neurologen avd 10, vakenhetskontroller var 2:a timme. Neurokirurgjouren i Lund kontaktad, MR och remiss dagtid."),
  ], setting="slutenvård", must=["NL101"], why="night note from the ED: brain tumour on CT, patient asleep and not told")

K("nl101-must-kardio-paroxysmalt-ff-ej-nadd", VG, ME, D,
  ("Kardiologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E425"),
  ("1958-12-28", "460", "K"), "Viktor Lind", "2024-08-19 15:35", "2024-08-19 16:10", [
    ("Kontaktorsak", "Svar på 48 timmars långtids-EKG, beställt pga hjärtklappningsattacker."),
    ("Anamnes", "65-årig kvinna med hypertoni och hypotyreos, i övrigt frisk. Attacker av oregelbunden hjärtklappning 1–2 ggr/v, ibland med yrsel."),
    ("Läkemedel", "Amlodipin 5 mg 1x1, Levaxin 100 µg 1x1, Omeprazol 20 mg vb."),
    ("Undersökningar", "Långtids-EKG 2024-08-12 till 14: sinusrytm, två episoder förmaksflimmer på 40 min resp 3 h 10 min med kammarfrekvens upp till 150, korrelerar med symtomdagboken. TSH nyligen normalt. Eko 2023 ua."),
    ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 3 (kvinna, 65 år, hypertoni), indikation för antikoagulation. Pat är ej informerad om svaret eller flimmerdiagnosen ännu; sökt per telefon två gånger utan svar."),
    ("Planering", "Nytt försök att ringa i morgon, annars brev med tid. Eliquis 5 mg x 2 och Metoprolol depå 50 mg förskrivs när vi har talats vid. Uppdaterat eko."),
  ], must=["NL101"], why="a less dramatic diagnosis (paroxysmal AF) that the patient has not been told")

K("nl101-must-diabetes-lada-typo-diabtes", SK, ME, D,
  ("Diabetesmottagningen, Lasarettet i Trelleborg", "SE2321000255-1620"),
  ("1984-09-04", "515", "M"), "Helena Strand", "2024-06-11 16:20", "2024-06-11 16:55", [
    ("Aktuellt", "Remiss från VC: nyupptäckt hyperglykemi, fP-glukos 14 och HbA1c 78 hos normalviktig man (BMI 23)."),
    ("Anamnes", "39-årig man med hypotyreos sedan 2019 (Levaxin) och celiaki (glutenfri kost). Viktnedgång 4 kg, törst och nattliga miktioner i 2 mån. Ingen ketoacidos."),
    ("Lab", "GAD-ak 240 (pos), IA-2 neg, C-peptid 0,31 (lågt), ketoner 0,4."),
    ("Bedömning", "Autoimmun diabetes hos vuxen (LADA) med låg egen insulinproduktion, i praktiken typ 1-diabtes med insulinbehov. GAD-svaret kom i eftermiddag; pat ej informerad ännu, han vet bara att blodsockret är högt och att fler prover har tagits."),
    ("Åtgärd", "Ringer pat i morgon kl 8 och bokar akuttid hos diabetessköterska för insulinstart (Tresiba + NovoRapid). CGM förskrivs. Körkortsfrågan tas upp vid besöket."),
  ], must=["NL101"], why="LADA / type 1 diabetes not yet told; typo in the diagnosis: 'diabtes'")

K("nl101-must-celiaki-pad-svaret-som-visar", VG, ME, D,
  ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E061"),
  ("1998-07-16", "580", "K"), "Rebecka Sjöberg", "2024-02-09 13:25", "2024-02-09 14:40", [
    ("Kontaktorsak", "Svar på gastroskopi med duodenalbiopsier 2024-02-06."),
    ("Anamnes", "25-årig kvinna med järnbristanemi i 2 år trots peroral behandling, lös avföring och uppblåsthet. Astma (Bricanyl vb). IBS-diagnos från VC 2021."),
    ("Lab", "Transglutaminas-IgA > 128 U/ml, totalt IgA normalt. Hb 108, ferritin 6, lågt folat."),
    ("PAD", "Duodenum: total villusatrofi, krypthyperplasi, ökat antal intraepiteliala lymfocyter (Marsh 3c)."),
    ("Bedömning", "Biopsiverifierad celiaki; IBS-diagnosen bör omprövas. Pat har ännu inte informerats om PAD-svaret som visar celiaki, besked och kostgenomgång vid besök hos dietist och mig 2024-02-20."),
    ("Planering", "Remiss dietist. Fortsatt järn. DXA pga långvarig malabsorption. Förstagradssläktingar bör erbjudas tTG-screening."),
  ], must=["NL101"], why="the not-informed statement names the PAD result 'som visar celiaki', i.e. the diagnosis itself")

K("nl101-must-infektion-tbc-vantar-pa-tolk", SK, ME, D,
  ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6501"),
  ("1993-01-26", "339", "M"), "Amir Haddad", "2024-11-19 17:10", "2024-11-19 17:45", [
    ("Aktuellt", "Hosta i 2 mån, nattsvettningar, viktnedgång 5 kg. Remiss från VC efter lungröntgen med infiltrat i hö ovanlob. Kom till Sverige från Somalia 2016."),
    ("Tidigare sjukdomar", "Astma i barndomen. Inga kända allergier."),
    ("Status", "Temp 37,8, sat 96 %, AF 18. Pulm: krepitationer hö apikalt. Inga förstorade lymfkörtlar."),
    ("Lab", "Sputum: syrafasta stavar i direktmikroskopi, PCR M. tuberculosis-komplex pos, ingen rifampicinresistens (GeneXpert). HIV neg. CRP 46."),
    ("Bedömning", "Smittsam lungtuberkulos. Pat vårdas isolerad på rum med sluss men har inte fått diagnosen ännu – PCR-svaret kom kl 15 och somalisk tolk kan komma först i morgon förmiddag, och besked ges inte utan tolk."),
    ("Åtgärd", "RIPE-behandling (Rimstar) startar i morgon efter besked. Smittskyddsanmälan. Kontaktspårning i hushållet (fru och 2 barn) via TB-sjuksköterska."),
  ], setting="slutenvård", must=["NL101"], why="pulmonary tuberculosis not told while waiting for an interpreter")

K("nl101-must-psyk-autism-aterstallning-ej-gjord", VG, ME, D,
  ("Vuxenpsykiatriska mottagningen, Uddevalla", "SE2321000131-E880"),
  ("2002-03-09", "513", "M"), "Malin Torstensson", "2024-05-29 15:20", "2024-05-30 08:10", [
    ("Aktuellt", "NP-utredningen avslutad. Utreddes pga sociala svårigheter, rigiditet och utmattning i studierna."),
    ("Tidigare", "Depressiv episod 2022, Sertralin 100 mg fortsatt. Astma."),
    ("Utredning", "ADOS-2 modul 4 över cut-off för autism. ADI-R med föräldrarna: tydlig tidig debut. WAIS-IV: GAI 118, AMI 92. DIVA talar inte för ADHD."),
    ("Bedömning", "Autismspektrumtillstånd (F84.5) utan intellektuell funktionsnedsättning. Återgivningssamtalet har inte ägt rum och pat är alltså ej informerad om utfallet; han har uttryckt oro för att 'få en stämpel' och vi vill gå igenom resultaten i lugn och ro."),
    ("Läkemedel", "Sertralin 100 mg 1x1, Aerius vb, Bricanyl vb."),
    ("Planering", "Återgivning 2024-06-11 med psykolog Sara L och mig. Utlåtandet skickas efter återgivningen. Information om habilitering och studiestöd då."),
  ], must=["NL101"], why="autism diagnosis from an NP assessment, feedback session not held, patient not informed of the outcome")

K("nl101-must-gyn-molagraviditet-typo-hydatitosa", SK, ME, D,
  ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-5310"),
  ("1989-04-02", "826", "K"), "Johanna Åkesson", "2024-10-10 12:15", "2024-10-10 13:00", [
    ("Kontaktorsak", "PAD efter vakuumexeres 2024-10-02 pga missed abortion i v. 9."),
    ("Anamnes", "35-årig kvinna, 1 partus (2020), hypotyreos och astma. Blödningen har avtagit. Levaxin 50 µg."),
    ("PAD", "Komplett mola hydatitosa (p57-negativ)."),
    ("Lab", "hCG 2024-10-02: 186 000. hCG 2024-10-09: 42 000. Hb 121."),
    ("Bedömning", "Komplett molagraviditet med adekvat sjunkande hCG. Pat är inte informerad om PAD ännu – hon nås inte på telefon och svaret lämnas inte på röstbrevlåda."),
    ("Planering", "hCG varje vecka tills negativt, sedan månadsvis i 6 mån. Anmälan till trofoblastregistret. Säker antikonception under uppföljningen. Besök med besked 2024-10-15."),
  ], must=["NL101"], why="complete hydatidiform mole not told; typo in the diagnosis: 'hydatitosa'")

K("nl101-must-barn-osteosarkom-varken-barn-eller-foraldrar", VG, ME, D,
  ("Barnonkologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E300"),
  ("2013-05-22", "057", "M"), "Hanna Wallin", "2024-03-15 17:30", "2024-03-15 18:05", [
    ("Aktuellt", "10-årig pojke, remitterad från ortopeden pga smärta och svullnad distala vä femur sedan 6 v, värk nattetid. Spelar fotboll."),
    ("Tidigare sjukdomar", "Astma (Flutide 125 µg 1x2). Nötallergi, EpiPen."),
    ("Status", "Vikt 38 kg, längd 146 cm. Fast, öm svullnad distalt lateralt vä lår, ingen rodnad. Haltar lätt. Knäleden ua."),
    ("Röntgen/PAD", "MR vä femur: destruktiv metafysär tumör med mjukdelskomponent och Codman-triangel. Biopsi 2024-03-11, PAD: högmalignt osteosarkom, konventionell osteoblastisk typ. DT thorax ua."),
    ("Bedömning", "Osteosarkom distala vä femur, lokaliserad sjukdom. Varken Elias eller föräldrarna har fått beskedet ännu; PAD ringdes in från patologen efter att de åkt hem över helgen."),
    ("Planering", "Familjesamtal måndag 2024-03-18 kl 09 med barnonkolog, kontaktsjuksköterska och kurator. Inför cytostatika: CVK, audiogram, eko och njurfunktion."),
  ], must=["NL101"], why="child under 13 (guardians read the journal): osteosarcoma told neither to the child nor to the parents")

K("nl101-must-diktat-blascancer-typo-underattad", SK, ME, D,
  ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6610"),
  ("1944-06-18", "073", "M"), "Karl Wendel", "2024-01-19 10:25", "2024-01-19 13:40", [
    ("Kontaktorsak", "Telefonrond, dikterat."),
    ("Diktat", "Diktat: Uppföljning efter TUR-B 2024-01-09, utskr. 2024-01-19 sekr BJ. 79-årig man med makroskopisk hematuri, fd rökare, KOL, hjärtsvikt NYHA II och förmaksflimmer på Waran. Cystoskopi: 3 cm papillär tumör på vä sidovägg, makroskopiskt radikalt resecerad. PAD: höggradig urotelial cancer med invasion i lamina propria (pT1), detrusormuskel i preparatet utan tumör."),
    ("Bedömning", "Höggradig icke-muskelinvasiv blåscancer pT1 HG. Pat ej underättad om PAD-svaret, han nåddes inte vid telefonronden och sonen uppger att han ligger inne på Ystad med lunginflammation."),
    ("Planering", "Re-TUR inom 6 v, därefter BCG-instillationer. Kallelse med tid för besked när han är utskriven. Waranuppehåll inför re-TUR enl AK-mottagningen."),
  ], must=["NL101"], why="bladder cancer in a dictated note; typo in the cue word: 'underättad'")

K("nl101-must-neuro-parkinson-typo-maken-inlagd", VG, ME, D,
  ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E430"),
  ("1949-08-08", "282", "K"), "Erik Sundqvist", "2024-04-25 10:50", "2024-04-25 12:20", [
    ("Aktuellt", "Remiss från VC: tremor hö hand sedan ett år, långsammare, maken tycker att hon 'gått ihop'. Luktsinnet nedsatt sedan flera år."),
    ("Tidigare sjukdomar", "Hypertoni, hypotyreos, osteoporos med kotkompression L1 2021."),
    ("Status", "Vilotremor hö hand, rigiditet med kugghjulsfenomen hö arm, bradykinesi vid fingertapping hö > vä. Minskad armpendling hö, hypomimi. Posturala reflexer bevarade. Ortostatiskt BT-fall 10 mmHg."),
    ("Utredning", "DaTSCAN 2024-04-23: reducerat upptag i putamen bilat, mest uttalat vä."),
    ("Bedömning", "Idiopatisk Parkinssons sjukdom, Hoehn & Yahr 1,5. Pat ej informerad om DaTSCAN-svaret eller diagnosen ännu: hon vill att maken ska vara med, men han låg inlagd på kardiologen vid dagens besök."),
    ("Planering", "Nytt besök 2024-05-07 med maken, information om diagnosen och start av Madopark. Kontakt med parkinsonsköterska. Fysioterapi."),
  ], must=["NL101"], why="Parkinson's disease not yet told; typo in the diagnosis: 'Parkinssons'")

K("nl101-must-ssk-telefon-brostcancer-lakare-ej-meddelat", SK, ME, "Telefonkontakt",
  ("Bröstcentrum, Helsingborgs lasarett", "SE2321000255-2260"),
  ("1973-01-12", "628", "K"), "Annika Persson", "2024-05-08 09:10", "2024-05-08 09:35", [
    ("Kontaktorsak", "Pat ringer och undrar när hon får svar på nålbiopsin från vä bröst som togs 2024-05-06."),
    ("Aktuellt", "Orolig, sover dåligt, känner knölen tydligt. Lergigan vb för sömnen, i övrigt Sertralin och Levaxin."),
    ("Bedömning", "Svaret finns i journalen sedan i går: invasiv duktal bröstcancer vä, NHG 2, ER+/HER2−. Läkare har ännu inte meddelat pat diagnosen och cancerbesked lämnas inte per telefon av kontaktsjuksköterska; pat ej informerad."),
    ("Åtgärd", "Tid hos bröstkirurg dr Åberg 2024-05-15 kl 13.30, jag deltar som kontaktsjuksköterska. Pat uppmanas ta med närstående och har fått mitt direktnummer."),
    ("Planering", "MR bröst beställd av dr Åberg. Sjukskrivning tas upp vid besöket."),
  ], role="sjuksköterska", must=["NL101"], why="breast cancer in a nurse's telephone note that says the doctor has not told the patient")

K("nl101-must-hepatit-c-uteblivit-tva-ganger", VG, ME, D,
  ("Infektionsmottagningen, Norra Älvsborgs Länssjukhus", "SE2321000131-E860"),
  ("1981-02-14", "177", "M"), "Linnea Blom", "2024-09-09 13:00", "2024-09-09 13:25", [
    ("Kontaktorsak", "Provsvar efter screening på beroendemottagningen (LARO)."),
    ("Anamnes", "43-årig man i LARO-behandling med buprenorfin sedan 2021, tidigare intravenöst missbruk. Depression. Hepatit B-vaccinerad 2022."),
    ("Lab", "Anti-HCV pos, HCV-RNA 2,1 milj IE/ml, genotyp 3a. ALAT 1,9. HIV neg."),
    ("Bedömning", "Kronisk hepatit C genotyp 3a. Pat har ännu inte informerats om hepatit C-diagnosen – beroendemottagningen har lovat att förmedla en tid hos oss, men han har uteblivit två gånger."),
    ("Läkemedel", "Buprenorfin/naloxon 16 mg 1x1, Mirtazapin 30 mg till natten."),
    ("Åtgärd", "Brev med ny tid 2024-09-23. Kontakt med LARO-sjuksköterskan som försöker motivera honom. Fibroscan vid besöket."),
  ], must=["NL101"], why="chronic hepatitis C not told because the patient missed two appointments")

K("nl101-must-reuma-systemisk-skleros-ej-delgiven", SK, ME, D,
  ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4720"),
  ("1970-11-29", "684", "K"), "Björn Larsson", "2024-06-19 11:40", "2024-06-19 14:15", [
    ("Aktuellt", "Raynauds fenomen sedan 2 år, nu svullna fingrar och stram hud på händer och underarmar. Sura uppstötningar."),
    ("Tidigare sjukdomar", "Hypotyreos, migrän, hysterektomi 2015 pga myom."),
    ("Status", "Sklerodaktyli, digitala pitting scars dig 2–3 bilat. mRSS 14. Teleangiektasier i ansiktet. Fina basala rassel bilat."),
    ("Lab/Undersökningar", "ANA pos, anti-Scl-70 starkt pos. Kapillärmikroskopi: aktivt sklerodermimönster. HRCT: lätt basal NSIP-bild. FVC 82 %, DLCO 64 %."),
    ("Bedömning", "Diffus kutan systemisk skleros med interstitiell lungsjukdom. Diagnosen är inte delgiven pat ännu; hon hade bråttom till ett möte och fick bara veta att vi återkommer med alla svar. Jag ringer och bokar ett längre besök."),
    ("Planering", "Mykofenolat planeras. Eko med PA-tryck och NT-proBNP. Omeprazol 20 mg x 2 insatt pga reflux."),
  ], must=["NL101"], why="systemic sclerosis; cue 'inte delgiven pat ännu'")

K("nl101-must-ogon-koroidalt-melanom-utkast", VG, ME, D,
  ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E620"),
  ("1959-05-05", "793", "M"), "Ulrika Franzén", "2024-10-22 16:00", None, [
    ("Kontaktorsak", "Remiss från optiker: pigmenterad förändring i hö ögonbotten, synförsämring hö."),
    ("Anamnes", "65-årig man med hypertoni, glaukom vä öga (Xalatan) och typ 2-diabetes utan retinopati vid senaste screening."),
    ("Status", "Visus hö 0,5, vä 0,9. Tryck 17/21. Hö fundus: kupolformad pigmenterad tumör temporalt om papillen med orange pigment och subretinal vätska."),
    ("Undersökningar", "UL: apikal höjd 5,8 mm, låg intern reflektivitet. OCT: subretinal vätska över tumören."),
    ("Bedömning", "Malignt koroidalt melanom hö öga, medelstor tumör. Pat ej informerad om diagnosen ännu; han åkte hem innan jag hunnit gå igenom bilderna med överläkaren."),
    ("Planering", "Remiss till ögononkologen S:t Erik för brachyterapi. UL lever. Jag ringer pat i morgon för tid och besked på plats."),
  ], must=["NL101"], why="unsigned draft: choroidal melanoma, patient left before being told")

K("nl101-must-barn-langt-qt-familjesamtal", SK, ME, D,
  ("Barnkardiologen, Skånes universitetssjukhus Lund", "SE2321000255-4905"),
  ("2015-02-17", "424", "K"), "Per-Ola Green", "2024-04-05 11:30", "2024-04-05 12:45", [
    ("Kontaktorsak", "Svar på genetisk analys; utredning efter svimning vid simträning."),
    ("Anamnes", "9-årig flicka som svimmade i bassängen i januari och fick hjälp upp av tränaren. Frisk i övrigt bortsett från atopiskt eksem, tonsillektomi 2021. Morfar avled plötsligt i 40-årsåldern."),
    ("Undersökningar", "EKG: QTc 500 ms. Arbetsprov: paradoxal QT-förlängning i återhämtningen. Eko ua. Genetik 2024-04-03: patogen variant i KCNQ1."),
    ("Bedömning", "Långt QT-syndrom typ 1 (LQT1), genetiskt verifierat. Varken flickan eller föräldrarna har fått det genetiska svaret ännu; sedan februari gäller simförbud i väntan på svaret."),
    ("Planering", "Familjesamtal 2024-04-12 med barnkardiolog och genetisk vägledare. Propranolol efter samtalet. Kaskadscreening av föräldrar och bror. Hjärtstartare i skolan diskuteras."),
  ], must=["NL101"], why="child under 13: genetically verified long QT syndrome, neither child nor parents told")

K("nl101-must-epikris-kll-upptacktes-dagen-fore-utskrivning", VG, ME, "Epikris",
  ("Medicinkliniken, Norra Älvsborgs Länssjukhus", "SE2321000131-E850"),
  ("1946-07-07", "455", "M"), "Sanna Öberg", "2024-11-08 13:45", "2024-11-08 15:00", [
    ("Diagnoser", "Pneumoni hö underlob (J18.9)\nKronisk lymfatisk leukemi (C91.1)\nKOL (J44.9)\nHypertoni (I10)\nBenign prostatahyperplasi (N40)"),
    ("Epikris", "78-årig man inlagd 2024-11-02 pga feber och hosta, CRP 180 och hö-sidigt infiltrat. Bensylpenicillin iv, sedan Kåvepenin, god förbättring. Lymfocytos 28 vid inkomst; flödescytometrin visade en klonal B-cellspopulation med KLL-fenotyp, Binet A, utan behandlingsindikation. KLL-diagnosen framkom dagen före utskrivning och har inte tagits upp med pat ännu, hematolog informerar vid mottagningsbesöket."),
    ("Läkemedel", "Kåvepenin 1 g x 3 t.o.m. 2024-11-10. Oförändrat: Spiriva, Enalapril, Tamsulosin."),
    ("Uppföljning", "Hematologmottagningen 2024-12-03. Lungröntgen om 6 v. DSK tar CRP om en vecka."),
  ], setting="slutenvård", must=["NL101"], why="discharge summary with a diagnosis list; CLL 'har inte tagits upp med pat ännu'")

K("nl101-must-ventrikelcancer-dottern-vill-vanta", SK, ME, "Daganteckning",
  ("Kirurgkliniken, Lasarettet i Ystad", "SE2321000255-1930"),
  ("1932-12-03", "211", "M"), "Malin Holst", "2024-07-11 11:50", "2024-07-11 12:40", [
    ("Aktuellt", "Vårddag 3. Inlagd pga melena och Hb 74. Gastroskopi i går."),
    ("Tidigare sjukdomar", "91-årig man med kronisk njursvikt, hjärtsvikt, prostatacancer hormonbehandlad sedan 2015, lätt kognitiv svikt. Bor på SÄBO."),
    ("Status", "Pigg, orienterad till person. BT 118/62, puls 82 reg. Buken mjuk, lätt öm i epigastriet."),
    ("Gastroskopi/Röntgen", "Stor ulcererad tumör i corpus ventriculi, PAD adenocarcinom. DT: multipla levermetastaser."),
    ("Bedömning", "Metastaserad ventrikelcancer, palliativt skede. Dottern, som har fullmakt, önskar att pappa inte informeras om cancern förrän hon kan vara med på lördag; pat har därför inte fått besked om diagnosen. Frågar han själv får han ärlig information."),
    ("Planering", "Transfusion 2 E. PPI iv. Brytpunktssamtal lördag med pat och dottern. Kontakt med SÄBO-sjuksköterskan inför återgång."),
  ], setting="slutenvård", must=["NL101"], why="gastric cancer the patient has not been told, on the daughter's request")

K("nl101-must-onh-vestibularisschwannom-information", VG, ME, D,
  ("Öron-näsa-halskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E150"),
  ("1967-01-31", "740", "K"), "Rasmus Eklund", "2024-06-04 15:30", "2024-06-05 08:20", [
    ("Aktuellt", "Ensidig hörselnedsättning vä och tinnitus sedan ett år, ostadighetskänsla i mörker."),
    ("Anamnes", "57-årig kvinna med hypertoni och migrän. Arbetar som lärare."),
    ("Status", "Otoskopi ua bilat. Weber lateraliseras till hö. Nystagmus saknas. Romberg ua, tandemgång lätt osäker."),
    ("Audiogram/Röntgen", "Audiogram: sensorineural hörselnedsättning vä i diskantområdet, taluppfattning 68 % vä. MR hjärna 2024-06-03: 14 mm intrameatal tumör vä med 5 mm cisternal del, Koos II."),
    ("Bedömning", "Vestibularisschwannom (akustikusneurinom) vä, Koos II."),
    ("Information", "Pat är inte informerad. MR-svaret kom efter besöket och jag ger hellre beskedet vid ett besök än via 1177-meddelande."),
    ("Planering", "Tid hos mig 2024-06-12. Tas upp på skallbaskonferens. Ny MR om 6 mån om wait-and-scan väljs."),
  ], must=["NL101"], why="acoustic neuroma in Bedömning, a terse 'Pat är inte informerad' in the Information section")

K("nl101-must-lunga-mesoteliom-typo-beksed", SK, ME, "Daganteckning",
  ("Lungmedicinska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4440"),
  ("1950-10-14", "297", "M"), "Ingrid Carlsson", "2024-02-12 14:50", "2024-02-12 15:30", [
    ("Aktuellt", "Vårddag 5. Torakoskopi med pleurabiopsier och talkning 2024-02-08 pga återkommande pleuravätska hö."),
    ("Anamnes", "73-årig man, plåtslagare på varv i 25 år, asbestexponerad. Hypertoni, DM2, förmaksflimmer (Eliquis, uppehåll inför ingreppet)."),
    ("Status", "Sat 95 % luft. Dränage avvecklat i går. Dämpning hö basalt. Sårområdet ua."),
    ("PAD", "Malignt pleuramesoteliom, epiteloid typ, BAP1-förlust."),
    ("Bedömning", "Malignt pleuramesoteliom hö. Pat har ej fått beksed om PAD ännu; han har bett att få svaret när hustrun är på plats i morgon."),
    ("Planering", "Samtal i morgon kl 10 med pat, hustru och kontaktsjuksköterska. Eliquis återinsätts i kväll. Arbetsskadeanmälan tas upp. Remiss onkologen."),
  ], setting="slutenvård", must=["NL101"], why="mesothelioma not told until tomorrow; typo in the cue word: 'beksed'")

K("nl101-must-gyn-turner-mosaik-17-ar-utkast", VG, ME, D,
  ("Gynekologmottagningen, Norra Älvsborgs Länssjukhus", "SE2321000131-E865"),
  ("2007-01-23", "448", "K"), "Emma Lindahl", "2024-03-27 10:15", None, [
    ("Aktuellt", "17-årig flicka, utredning av primär amenorré. Kommer med mamma."),
    ("Anamnes", "Kortväxt sedan barndomen, följd på BVC och skolhälsovård. Astma och laktosintolerans. Inga läkemedel utöver Airomir vb."),
    ("Status", "Längd 149 cm, vikt 47 kg. Tanner B2 P3. Brett bröst, lågt hårfäste i nacken. BT 124/78 hö arm."),
    ("Lab", "FSH 86, LH 32, östradiol < 40. AMH ej mätbart. TSH normalt. Karyotyp 2024-03-25: 45,X/46,XX (mosaik, 80 % 45,X)."),
    ("Bedömning", "Turners syndrom, mosaik, med primär ovarialinsufficiens. Pat och mamma ej informerade om karyotypsvaret ännu, de får besked av gynendokrinolog och genetisk vägledare vid gemensamt besök."),
    ("Planering", "Besök 2024-04-09. Eko hjärta och UL njurar. Östrogensubstitution planeras. Hörselkontroll."),
  ], must=["NL101"], why="unsigned draft; Turner syndrome in a 17-year-old who reads her own journal, not told")
# ---------------------------------------------------------------- NL101 must_not (1/2)
# told, told now, and not-told statements about something other than the diagnosis

K("nl101-not-lymfom-besked-givet-idag", SK, ME, D,
  ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4180"),
  ("1964-04-04", "366", "K"), "Tobias Friberg", "2024-02-20 14:00", "2024-02-20 16:30", [
    ("Aktuellt", "Besked efter lymfkörtelexstirpation på halsen vä 2024-02-09. Pat kommer med maken."),
    ("Tidigare sjukdomar", "Hypertoni, fibromyalgi, st.p. sectio x 2."),
    ("Status", "AT gott. Förstorade körtlar vä supraklavikulärt och i axillerna, största 3 cm. Lever och mjälte ej palpabla. Inga nattsvettningar eller feber."),
    ("Lab/PAD", "PAD: diffust storcelligt B-cellslymfom, GCB-typ. LD 4,2, Hb 124, krea ua. PET-DT: stadium II, ej bulky."),
    ("Bedömning", "Diffust storcelligt B-cellslymfom stadium IIA, IPI 1."),
    ("Information", "Diagnosbesked givet idag. Pat och make informerade om diagnosen, behandlingsplanen med 6 cykler R-CHOP och biverkningar. Skriftlig information och kontaktsjuksköterskans nummer medgivet. Pat tog emot beskedet sansat och frågade om peruk."),
    ("Planering", "Start R-CHOP 2024-02-27. Eko före antracyklin. Hepatitserologi tagen."),
  ], must_not=["NL101"], why="lymphoma with the diagnosis explicitly given to patient and husband today")

K("nl101-not-rektalcancer-meddelad-per-telefon-pa-egen-begaran", VG, ME, D,
  ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E440"),
  ("1955-03-27", "219", "M"), "Helen Bäck", "2024-05-02 16:40", "2024-05-02 17:05", [
    ("Kontaktorsak", "Telefonsamtal med pat angående PAD från koloskopi 2024-04-24."),
    ("Anamnes", "69-årig man med blod i avföringen sedan vintern. Hypertoni, gikt och förmaksflimmer (Eliquis)."),
    ("PAD", "Adenocarcinom i rektum, 8 cm ovan anus. MR bäcken: cT3b N1, MRF fri."),
    ("Bedömning", "Rektalcancer, mellersta rektum, cT3bN1M0 (DT thorax-buk ua)."),
    ("Information", "Diagnosen meddelad pat per telefon i dag på hans egen begäran, han ville inte vänta till besöket. Han förstod innebörden och har frugan hemma som stöd."),
    ("Planering", "Anmäld till kolorektal-MDK 2024-05-07. Besök med kontaktsjuksköterska och mig 2024-05-10. Eliquis-plan inför ev. kirurgi tas fram."),
  ], must_not=["NL101"], why="rectal cancer 'meddelad pat per telefon' - told, no untold diagnosis")

K("nl101-not-epilepsi-informerad-om-att-hon-inte-far-kora", SK, ME, D,
  ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-2230"),
  ("2000-06-25", "702", "K"), "Daniel Wahlberg", "2024-03-19 13:15", None, [
    ("Aktuellt", "Åb efter två generaliserade tonisk-kloniska anfall med 4 veckors mellanrum, senast 2024-02-28. Sover för lite, tentaperiod."),
    ("Tidigare sjukdomar", "Astma, allergisk rinit. Inga tidigare anfall."),
    ("Status", "Neurologiskt helt ua. Ingen tungbitning nu."),
    ("Utredning", "EEG 2024-03-12: generaliserade spike-wave-urladdningar 3–4 Hz vid fotostimulering. MR hjärna ua."),
    ("Bedömning", "Juvenil myoklonisk epilepsi (idiopatisk generaliserad epilepsi)."),
    ("Information", "Pat informerad om diagnosen epilepsi och om körkortsreglerna: hon får inte köra bil förrän hon varit anfallsfri i ett år. Informerad om att p-piller med östrogen kan sänka lamotriginnivån."),
    ("Planering", "Lamotrigin upptitrering enl schema. Anmälan till Transportstyrelsen. Åb om 3 mån."),
  ], must_not=["NL101"], why="unsigned draft; epilepsy told - the negations ('får inte köra', 'inte påverkar') sit near 'informerad' but concern driving and medication")

K("nl101-not-aortastenos-informerad-op-rekommenderas", VG, ME, D,
  ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E160"),
  ("1947-11-16", "235", "M"), "Moa Åström", "2024-01-24 10:30", "2024-01-24 11:55", [
    ("Aktuellt", "Ansträngningsdyspné och yrsel vid trappgång sedan hösten. Remiss från VC pga blåsljud."),
    ("Tidigare sjukdomar", "Typ 2-diabetes, hypertoni, hyperlipidemi, höftprotes hö 2018."),
    ("Status", "BT 138/82, puls 70 reg. Cor: hårt systoliskt blåsljud 4/6 med fortledning till halskärlen, S2 svag. Lätta ankelödem."),
    ("Undersökningar", "Eko: kalcifierad trikuspid aortaklaff, Vmax 4,6 m/s, medelgradient 52 mmHg, AVA 0,7 cm², EF 55 %. NT-proBNP 980."),
    ("Bedömning", "Svår symtomgivande aortastenos med bevarad EF."),
    ("Information", "Pat informerad om diagnosen och om att klaffbyte rekommenderas, TAVI eller kirurgi beroende på teamets bedömning. Han vill gå vidare."),
    ("Planering", "Koronarangiografi och DT-TAVI-protokoll. Hjärtteamskonferens. Tandstatus."),
  ], must_not=["NL101"], why="severe aortic stenosis, patient informed of the diagnosis and the recommendation")

K("nl101-not-psyk-bipolar-typo-informerd", SK, ME, D,
  ("Allmänpsykiatrisk mottagning, Lund", "SE2321000255-8805"),
  ("1991-08-30", "562", "K"), "Mattias Kjellberg", "2024-02-06 11:00", "2024-02-06 12:10", [
    ("Aktuellt", "Uppföljning efter utredning av återkommande depressioner med perioder av förhöjd energi och minskat sömnbehov."),
    ("Tidigare", "Depressioner 2016, 2019 och 2023. Panikångest i tonåren. Hypotyreos."),
    ("Psykiskt status", "Adekvat, god kontakt, lätt sänkt grundstämning, inga psykotiska symtom. Suicidtankar förnekas."),
    ("Bedömning", "Bipolär sjukdom typ II, nu depressiv episod av lätt grad."),
    ("Information", "Pat informerd om diagnosen, hon känner igen sig i beskrivningen av hypomanierna och har fått skriftlig information. Maken var med via telefon."),
    ("Läkemedel", "Sertralin trappas ut. Lamotrigin insätts enl schema. Levaxin oförändrat."),
    ("Planering", "Psykopedagogisk grupp till hösten. Läkarbesök om 6 v."),
  ], must_not=["NL101"], why="bipolar II disorder told to the patient; typo in the cue word: 'informerd'")

K("nl101-not-reuma-ra-informerad-om-metotrexat", VG, ME, D,
  ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E630"),
  ("1978-10-12", "786", "K"), "Albin Lindholm", "2024-09-17 08:30", "2024-09-17 10:15", [
    ("Aktuellt", "Nybesök. Symmetriska ledsvullnader i händerna sedan 3 mån, morgonstelhet 2 timmar."),
    ("Tidigare sjukdomar", "Psoriasis i hårbotten, hypotyreos. Röker 5 cig/dag."),
    ("Status", "Synoviter MCP 2–3 bilat och PIP 3 hö. 28-ledsindex: 8 svullna, 10 ömma. DAS28-CRP 5,4."),
    ("Lab", "RF pos, anti-CCP > 300, SR 38, CRP 21. Hb 121, leverprover och krea ua."),
    ("Bedömning", "Seropositiv reumatoid artrit med hög sjukdomsaktivitet."),
    ("Information", "Pat informerad om diagnosen RA, om behandlingsmålet remission och om metotrexat med provtagning och folsyra. Avrådd från alkohol utöver enstaka glas."),
    ("Planering", "Metotrexat 15 mg/v, Folacin 5 mg/v, Prednisolon 10 mg med nedtrappning. Lungröntgen. Ssk ringer om 4 v, läkarbesök om 3 mån. Rökavvänjning erbjuden."),
  ], must_not=["NL101"], why="rheumatoid arthritis told to the patient together with the treatment plan")

K("nl101-not-prostatacancer-pat-hade-last-pad-i-1177", SK, ME, D,
  ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6610"),
  ("1952-02-08", "097", "M"), "Ebba Norberg", "2024-04-16 14:45", "2024-04-16 16:00", [
    ("Kontaktorsak", "Återbesök för besked efter MR-riktade prostatabiopsier."),
    ("Anamnes", "72-årig man med hypertoni och KOL, PSA 7,8. Ingen miktionsbesvär av betydelse."),
    ("PAD", "Adenocarcinom i 2 av 12 biopsier, Gleason 3+4=7 (ISUP 2), max 4 mm."),
    ("Bedömning", "Prostatacancer med mellanrisk, cT1c."),
    ("Information", "Besked om prostatacancer lämnat, pat och hustru närvarande. Pat hade redan läst PAD-svaret i 1177 före besöket och hade många frågor om aktiv monitorering kontra strålning."),
    ("Planering", "Anmäls till prostata-MDK. Ny tid med kontaktsjuksköterska om 2 v för beslut om behandling."),
  ], must_not=["NL101"], why="prostate cancer, patient told (and had already read the PAD in 1177)")

K("nl101-not-neuroborrelios-pat-har-fatt-information", VG, ME, D,
  ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E520"),
  ("1968-07-21", "924", "K"), "Kristoffer Holm", "2024-08-29 15:15", "2024-08-29 16:00", [
    ("Aktuellt", "Inremitterad från akuten pga perifer facialispares hö sedan 3 dagar och nattlig radikulär värk i ryggen sedan 2 veckor. Fästingbett i juli i Bohuslän."),
    ("Tidigare sjukdomar", "Hypertoni, astma, celiaki."),
    ("Status", "Perifer facialispares hö, House-Brackmann III. Övrig neurologi ua. Afebril."),
    ("Lab", "Likvor: 86 mononukleära celler, protein 0,9. Borrelia-ak-index i likvor positivt."),
    ("Bedömning", "Neuroborrelios med facialispares och radikulit."),
    ("Information", "Pat har fått information om neuroborrelios, om att prognosen för facialispares är god och om ögonskydd nattetid."),
    ("Åtgärd", "Doxycyklin 200 mg x 1 i 14 dagar. Ögongel och tejpning nattetid. Ssk ringer om 2 v, åb om 6 v."),
  ], must_not=["NL101"], why="neuroborreliosis explained to the patient - no untold diagnosis")

K("nl101-not-demens-tidigare-ej-informerad-nu-besked", SK, ME, D,
  ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3320"),
  ("1941-06-02", "888", "K"), "Kerstin Fagerlund", "2024-05-28 10:45", "2024-05-28 12:05", [
    ("Aktuellt", "Återbesök för diagnosbesked, pat kommer med dottern. Se ant 2024-05-14."),
    ("Tidigare sjukdomar", "Hypertoni, förmaksflimmer (Eliquis), artros i knäna."),
    ("Status", "Vaken, vänlig. MMSE 19/30, klocktest patologiskt. BT 142/78."),
    ("Bedömning", "Alzheimers sjukdom, mild till måttlig demens."),
    ("Information", "Pat var tidigare inte informerad om diagnosen, se anteckning 2024-05-14. Vid dagens besök har besked om Alzheimers sjukdom lämnats till pat och dotter, som båda tog emot beskedet lugnt och ställde frågor om körkort och boende."),
    ("Planering", "Donepezil 5 mg, öka till 10 mg efter 4 v. Körkortsanmälan görs. Demenssjuksköterska kontaktar dem. Åb om 6 mån."),
  ], must_not=["NL101"], why="'was not informed' is past; today the diagnosis was given")

K("nl101-not-smacellig-lungcancer-forra-besoket-nu-informerad", VG, ME, D,
  ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E445"),
  ("1953-09-24", "431", "M"), "Therese Dahlgren", "2024-06-26 13:20", "2024-06-26 14:50", [
    ("Aktuellt", "Besöket gäller besked och behandlingsplanering. Vid förra besöket 2024-06-19 hade pat ännu inte fått besked eftersom PAD inte var klart."),
    ("Anamnes", "70-årig man, röker 20 cig/d, KOL och hypertoni. Hosta och viktnedgång."),
    ("PAD/Röntgen", "Småcellig lungcancer, EBUS-biopsi station 7. DT: 4 cm tumör hö hilus, mediastinala körtlar, inga fjärrmetastaser. MR hjärna ua."),
    ("Bedömning", "Småcellig lungcancer, begränsad sjukdom (limited disease)."),
    ("Information", "Idag informerad av mig och kontaktsjuksköterska om diagnosen och planen med kombinerad cytostatika och strålbehandling. Sonen deltog via telefon."),
    ("Planering", "Cisplatin/etoposid start 2024-07-01, samtidig strålbehandling från cykel 2. Rökavvänjning."),
  ], must_not=["NL101"], why="the earlier 'ännu inte fått besked' concerns the last visit; told today")

K("nl101-not-hud-melanom-beskedet-nu-givet", SK, ME, D,
  ("Hudkliniken, Helsingborgs lasarett", "SE2321000255-2280"),
  ("1982-03-18", "806", "K"), "Olle Brandt", "2024-08-14 09:40", "2024-08-14 10:30", [
    ("Kontaktorsak", "Besök för besked om PAD och planering, telefonkontakt misslyckades förra veckan."),
    ("Anamnes", "42-årig kvinna med atopiskt eksem och migrän. Pigmentförändring på ryggen som mörknat senaste året."),
    ("PAD", "Malignt melanom, ytligt spridande, Breslow 0,6 mm, utan ulceration (pT1a)."),
    ("Bedömning", "Tunt malignt melanom på ryggen, stadium IA. Utvidgad excision med 1 cm marginal, ingen portvaktskörtel behövs."),
    ("Information", "Melanombeskedet, som inte kunde lämnas vid förra kontakten, är nu givet. Pat tog det bra och fick broschyr om självundersökning och solskydd."),
    ("Planering", "Utvidgad excision bokas inom 4 v. Hudkontroll var 6:e månad i 2 år."),
  ], must_not=["NL101"], why="melanoma diagnosis 'nu givet'; the negation concerns the previous contact")

K("nl101-not-ystad-lipidstatus-ej-meddelat-typo", SK, ME, D,
  ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-1910"),
  ("1962-05-09", "317", "M"), "Cecilia Brodin", "2024-04-23 15:10", "2024-04-23 15:40", [
    ("Aktuellt", "Årskontroll diabetes. Mår bra, promenerar dagligen."),
    ("Diagnoser", "Typ 2-diabetes sedan 2012\nHypertoni\nHyperkolesterolmi\nSömnapné (CPAP)"),
    ("Status", "BT 134/82. Vikt 96 kg (−3). Fötter: monofilament ua, pulsar palpabla."),
    ("Lab", "HbA1c 52. Krea 88, U-alb/krea 2,1. Lipidstatus 2024-04-22: LDL 2,1, inom målet."),
    ("Bedömning", "Välreglerad diabetes och hypertoni. Pat ej informerad om lipidstatus ännu då svaret kom efter besöket, ssk ringer och berättar att det ligger inom målet."),
    ("Planering", "Oförändrad medicinering. Ögonbottenfoto i höst. Årskontroll 2025."),
  ], must_not=["NL101"], why="known diseases; the untold item is a normal lipid result; typo in a diagnosis: 'Hyperkolesterolmi'")

K("nl101-not-endokrin-hypotyreos-tsh-svar-ej-meddelat", VG, ME, "Telefonkontakt",
  ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E165"),
  ("1985-02-02", "602", "K"), "Linda Fredriksson", "2024-03-05 14:20", "2024-03-05 14:35", [
    ("Kontaktorsak", "Provsvar efter dosjustering av Levaxin, ssk-ärende."),
    ("Aktuellt", "Pat med autoimmun hypotyreos sedan 2015, Levaxin höjt från 100 till 125 µg i januari pga trötthet och TSH 6,8. Gravid v. 9 enligt meddelande från MVC."),
    ("Lab", "TSH 2024-03-04: 1,9. fT4 16."),
    ("Bedömning", "TSH nu inom målområdet för graviditet."),
    ("Åtgärd", "TSH-svaret är inte meddelat pat ännu, hon svarade inte vid två samtal; jag skickar ett 1177-meddelande med svaret och att dosen är oförändrad. Ny TSH om 4 v."),
  ], role="sjuksköterska", must_not=["NL101"], why="nurse note: the untold item is a normal TSH result, the hypothyroidism is long known")

K("nl101-not-njursvikt-kalium-ej-informerad-utkast", SK, ME, D,
  ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4630"),
  ("1952-12-21", "155", "M"), "Jenny Lundberg", "2024-07-09 11:25", None, [
    ("Aktuellt", "Kontroll, kronisk njursvikt stadium 4 pga diabetesnefropati. Planering inför dialys har påbörjats, pat har valt PD."),
    ("Tidigare sjukdomar", "Typ 2-diabetes sedan 1998, hypertoni, ischemisk hjärtsjukdom, st.p. PCI 2017."),
    ("Status", "BT 148/84, vikt 82 kg, lätta ankelödem. Cor RR."),
    ("Lab", "Krea 348, eGFR 15. Kalium dagens värde 4,6. Hb 109, PTH 18."),
    ("Bedömning", "Stabil CKD 4. Pat ej informerad om dagens kaliumvärde, det är normalt och kräver ingen åtgärd."),
    ("Planering", "PD-kateter planeras till hösten. Åb om 6 v med prover."),
  ], must_not=["NL101"], why="unsigned draft; the untold item is a normal potassium value")

K("nl101-not-gyn-endometrios-hpv-svar-ej-kommit", VG, ME, D,
  ("Gynekologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E170"),
  ("1986-09-13", "346", "K"), "Petter Gran", "2024-10-01 13:50", "2024-10-01 15:10", [
    ("Aktuellt", "Kontroll av endometrios, pat har haft Visanne i ett år med bra effekt på smärtan. Cellprov taget idag då det var dags enl screeningprogrammet."),
    ("Tidigare sjukdomar", "Endometrios, laparoskopiskt verifierad 2019. Migrän. IBS."),
    ("Status", "Portio ua, ingen ömhet i fornix. VUL: endometriom vä ovarium 2,3 cm, oförändrat."),
    ("Bedömning", "Endometrios, välbehandlad med dienogest."),
    ("Information", "Pat ej informerad om HPV-svaret eftersom det inte kommit ännu; svaret skickas per brev enl rutin."),
    ("Planering", "Fortsatt Visanne 2 mg. Nytt VUL om 1 år."),
  ], must_not=["NL101"], why="the untold item is a pending HPV screening result, not a diagnosis")

K("nl101-not-pacemakerkontroll-telemetri-ej-meddelad", SK, ME, D,
  ("Pacemakermottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4210"),
  ("1940-01-30", "513", "M"), "Maja Engström", "2024-11-05 16:05", "2024-11-05 16:25", [
    ("Kontaktorsak", "Fjärruppföljning av pacemaker, ingen kontakt med pat idag."),
    ("Bakgrund", "AV-block III 2019, DDD-pacemaker. Hypertoni, DM2, prostatacancer under aktiv monitorering."),
    ("Telemetri", "Batteri 7 år kvar. Elektrodvärden stabila. Ventrikulär pacing 99 %. Inga högfrekventa episoder registrerade."),
    ("Bedömning", "Normal pacemakerfunktion."),
    ("Planering", "Pat ej informerad om resultatet från fjärruppföljningen; brev skickas enligt rutin om att allt är normalt. Nästa fjärruppföljning om 6 mån."),
  ], must_not=["NL101"], why="the untold item is a normal pacemaker check; known AV block and other diagnoses")

K("nl101-not-ortopedi-radiusfraktur-rontgen-ej-meddelat", VG, ME, D,
  ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E250"),
  ("1956-04-28", "226", "K"), "Magnus Rydberg", "2024-02-27 11:00", "2024-02-27 14:45", [
    ("Kontaktorsak", "Röntgengranskning 6 v efter gipsbehandlad distal radiusfraktur vä, fall på halkan 2024-01-15."),
    ("Tidigare sjukdomar", "Osteoporos (Alendronat sedan 2022), hypotyreos, hypertoni."),
    ("Röntgen", "Vä handled 2024-02-26: läkt fraktur i oförändrat läge, ingen sekundär felställning."),
    ("Bedömning", "Läkt distal radiusfraktur vä."),
    ("Information", "Röntgensvaret är inte meddelat pat ännu, hon ringer själv i morgon enligt överenskommelse; ssk ger besked att gipset kan tas bort."),
    ("Planering", "Gipsborttagning på gipsmottagningen. Remiss arbetsterapeut för handträning. Osteoporosbehandling fortsätter via VC."),
  ], must_not=["NL101"], why="the untold item is a healed-fracture X-ray; the fracture itself is known")

K("nl101-not-ljumskbrack-operationsdatum-typo", SK, ME, D,
  ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5250"),
  ("1975-07-02", "531", "M"), "Agnes Lund", "2024-03-12 09:00", "2024-03-12 09:45", [
    ("Kontaktorsak", "Bedömning av bukväggsbråck, remiss från VC."),
    ("Anamnes", "48-årig man, snickare. Buktning i hö ljumske vid tunga lyft sedan i höstas, ibland molande värk. Astma, hypertoni."),
    ("Status", "Reponibelt ljumsbråck hö, indirekt typ, ca 4 cm. Vä sida ua. Testiklar ua."),
    ("Bedömning", "Symtomgivande ljumsbråck hö, operationsindikation. Pat informerad om diagnosen och om TEP-operation."),
    ("Planering", "Uppsatt för laparoskopisk TEP-plastik i dagkirurgi. Pat ej informerad om operationsdatum ännu, planeringsenheten skickar kallelse. Sjukskrivning 1 v postoperativt."),
  ], must_not=["NL101"], why="inguinal hernia told; the untold item is the operation date; typo in the diagnosis: 'ljumsbråck'")

K("nl101-not-hoftartros-datum-ej-bestamt", VG, ME, D,
  ("Ortopedmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E460"),
  ("1952-10-07", "588", "K"), "Stefan Ljung", "2024-06-10 10:10", "2024-06-10 13:00", [
    ("Kontaktorsak", "Ställningstagande till höftprotes hö."),
    ("Anamnes", "71-årig kvinna med ljumsksmärta hö i 3 år, nu nattvärk och gångsträcka 300 m. Tar Alvedon 1 g x 3 och Ipren vb. Hypertoni, typ 2-diabetes, BMI 29."),
    ("Status", "Hälta hö, inåtrotation hö 5°, flexion 90°. Distal neurologi och cirkulation ua."),
    ("Röntgen", "Bäcken/hö höft: uttalad artros med upphävd ledspringa, subkondrala cystor."),
    ("Bedömning", "Primär höftartros hö, uttalad. Op-indikation föreligger, pat önskar operation."),
    ("Planering", "Uppsatt för total höftprotes hö. Operationsdatum är inte bestämt och pat är inte informerad om något datum; väntetiden är ca 5 månader. Preop-bedömning på narkosmottagningen och HbA1c före op."),
  ], must_not=["NL101"], why="hip osteoarthritis; 'inte informerad' concerns an operation date that does not exist yet")

K("nl101-not-myom-hysterektomi-typo-informarad", SK, ME, D,
  ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-2310"),
  ("1977-11-21", "260", "K"), "Viktoria Hammar", "2024-09-24 14:30", "2024-09-24 15:20", [
    ("Aktuellt", "Uppföljning av blödningsrubbning. Riklig mens med koagler, Hb 104 i augusti."),
    ("Tidigare sjukdomar", "Uterus myomatosus sedan 2018. Hypertoni, hypotyreos. 2 partus vaginalt."),
    ("Status", "Uterus förstorad motsvarande v. 14, fast, oöm. VUL: multipla myom, största 7 cm intramuralt."),
    ("Bedömning", "Uterus myomatosus med menorragi och järnbristanemi. Efter diskussion önskar pat hysterektomi."),
    ("Planering", "Uppsatt för laparoskopisk hysterektomi. Pat ännu inte informarad om op-datum, kallelse skickas. Järn iv innan op."),
  ], must_not=["NL101"], why="known fibroids; the untold item is the operation date; typo in the cue word: 'informarad'")

K("nl101-not-katarakt-op-dag-vantelista", VG, ME, D,
  ("Ögonmottagningen, Kungälvs sjukhus", "SE2321000131-E070"),
  ("1944-12-10", "177", "M"), "Tina Roos", "2024-04-03 08:45", "2024-04-03 11:30", [
    ("Kontaktorsak", "Remiss från optiker, synnedsättning bilat, bländning vid bilkörning i mörker."),
    ("Anamnes", "79-årig man med glaukom (Xalatan bilat), hypertoni och förmaksflimmer på Waran."),
    ("Status", "Visus hö 0,4, vä 0,6. Tryck 16/17. Kärnkatarakt grad 3 hö, grad 2 vä. Papiller ua för glaukomet, stabilt."),
    ("Bedömning", "Katarakt bilat, hö > vä, op-indikation hö."),
    ("Planering", "Uppsatt för kataraktoperation hö. Pat ej informerad om op-dag, står på väntelista ca 3 mån. Waran behöver inte sättas ut. Glaukomkontroll oförändrad."),
  ], must_not=["NL101"], why="cataract, the untold item is the operation day on a waiting list")

K("nl101-not-waran-dosandring-ak-sjukskoterska-ringer", SK, ME, D,
  ("Hjärtmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6125"),
  ("1958-06-16", "591", "M"), "Emil Rosén", "2024-10-03 13:30", "2024-10-03 14:10", [
    ("Aktuellt", "Årskontroll efter mekanisk aortaklaff (2016). Mår bra, inga blödningar, inga neurologiska symtom."),
    ("Tidigare sjukdomar", "Bikuspid aortaklaff, mekanisk klaffprotes 2016. Förmaksflimmer. Hypertoni. Gikt."),
    ("Status", "Mekaniskt klaffljud, inget nytt blåsljud. BT 128/78, puls 72 oregelbunden."),
    ("Lab", "PK(INR) 2,0 (mål 2,5–3,5). Hb 148."),
    ("Bedömning", "Välfungerande mekanisk klaff, INR för lågt. Waranveckodosen höjs med 10 %."),
    ("Planering", "Pat ej informerad om dosändringen av Waran, AK-sjuksköterskan ringer honom i eftermiddag med nytt doseringsschema. Nytt INR om 1 v. Eko om ett år."),
  ], must_not=["NL101"], why="the untold item is a warfarin dose change")

K("nl101-not-metotrexatdos-hojs-brev-via-1177", VG, ME, D,
  ("Reumatologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E255"),
  ("1972-05-19", "648", "K"), "Jakob Wennberg", "2024-11-14 16:20", "2024-11-14 16:45", [
    ("Kontaktorsak", "Journalgenomgång av provsvar och frågeformulär, inget besök."),
    ("Bakgrund", "Psoriasisartrit sedan 2020 med perifer artrit och daktylit. Hypertoni, fetma (BMI 33), fettlever."),
    ("Lab", "ALAT 0,9, krea 64, Hb 131, LPK 6,2. CRP 14."),
    ("Bedömning", "Psoriasisartrit med kvarstående aktivitet enligt formuläret (3 svullna leder). Leverprover tillåter dosökning."),
    ("Åtgärd", "Metotrexat höjs från 15 till 20 mg/v, recept skickat. Pat är inte informerad om att dosen höjs ännu, brev via 1177 skickas i dag. Om otillräcklig effekt om 3 mån: biologiskt läkemedel."),
  ], must_not=["NL101"], why="the untold item is a methotrexate dose increase")

K("nl101-not-litium-lag-niva-dosen-okas", SK, ME, D,
  ("Affektiva mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8830"),
  ("1983-08-27", "377", "M"), "Rebecca Håkansson", "2024-06-03 09:15", "2024-06-03 09:50", [
    ("Kontaktorsak", "Provsvar, litiumkontroll."),
    ("Bakgrund", "Bipolär sjukdom typ I sedan 2010 med två maniska episoder. Litium sedan 2011. Hypotyreos sekundär till litium, Levaxin. Psoriasis."),
    ("Lab", "S-litium 0,38 (mål 0,5–0,8), krea 84, TSH 2,2, Ca ua."),
    ("Bedömning", "Stabil bipolär sjukdom, för låg litiumnivå."),
    ("Åtgärd", "Lithionit ökas från 2 till 3 tabletter dagligen. Pat ännu inte informerad om att litiumnivån var låg och att dosen ökas, ssk ringer i dag. Ny litiumkoncentration om 1 v."),
  ], must_not=["NL101"], why="known bipolar disorder; the untold items are a lithium level and a dose increase")

K("nl101-not-insulindos-ej-hunnit-informera-utkast", VG, ME, D,
  ("Diabetesmottagningen, Norra Älvsborgs Länssjukhus", "SE2321000131-E870"),
  ("2001-10-01", "139", "M"), "Frida Holmqvist", "2024-12-03 17:40", None, [
    ("Kontaktorsak", "Granskning av CGM-data inför planerat telefonsamtal."),
    ("Bakgrund", "Typ 1-diabetes sedan 9 års ålder, insulinpenna (Tresiba, Fiasp). Celiaki. Ingen retinopati."),
    ("CGM", "Tid i målområde 58 %, tid under 3,9 mmol/l 6 %, nattliga hypoglykemier 03–05 flera nätter i veckan."),
    ("Bedömning", "Typ 1-diabetes med nattlig hypoglykemirisk på för hög basdos."),
    ("Åtgärd", "Tresiba sänks från 24 till 20 E. Har ej hunnit informera pat om den ändrade insulindosen, diabetessköterskan ringer honom i morgon bitti."),
  ], must_not=["NL101"], why="unsigned draft; the untold item is an insulin dose change in a long-known type 1 diabetes")

K("nl101-not-cytostatikados-reduceras-pat-val-informerad-om-sjukdomen", SK, ME, D,
  ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4300"),
  ("1965-03-31", "480", "K"), "Julia Sandell", "2024-08-06 12:00", "2024-08-06 12:30", [
    ("Kontaktorsak", "Inför kur 4 av adjuvant paklitaxel, journalbedömning."),
    ("Bakgrund", "Bröstcancer vä, opererad i mars, pT2N1, ER+/HER2−. Pat väl informerad om sin sjukdom sedan diagnosen. Hypertoni, hypotyreos."),
    ("Aktuellt", "Enligt ssk-samtal i går stickningar i fingrar och fötter grad 2, svårt att knäppa knappar."),
    ("Lab", "Neutrofiler 1,9, TPK 210, leverprover ua."),
    ("Bedömning", "Perifer neuropati grad 2 av paklitaxel."),
    ("Åtgärd", "Paklitaxeldosen reduceras med 20 % från kur 4. Pat ej informerad om dosreduktionen, behandlande sjuksköterska går igenom det vid besöket på dagvården i morgon."),
  ], must_not=["NL101"], why="known breast cancer; the untold item is a chemotherapy dose reduction")
# ---------------------------------------------------------------- NL101 must_not (2/2)
# relatives not told, Tidiga hypoteser, negated findings, "informerad om att ... inte"

K("nl101-not-lungcancer-barnen-ska-inte-informeras-annu", SK, ME, D,
  ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4300"),
  ("1968-02-11", "413", "M"), "Karolina Mårtensson", "2024-01-16 10:20", "2024-01-16 11:45", [
    ("Aktuellt", "Start av första linjens behandling. Pat fick diagnosbesked av lungmedicin 2024-01-08 och har läst epikrisen."),
    ("Tidigare sjukdomar", "Hypertoni, psoriasis, tidigare rökare."),
    ("Diagnos", "Icke-småcellig lungcancer, adenocarcinom, stadium IV med skelettmetastaser, PD-L1 80 %."),
    ("Status", "ECOG 1. Vikt 78 kg. Ömhet över vä crista."),
    ("Bedömning", "Behandling med pembrolizumab som monoterapi."),
    ("Information", "Pat vet om sin diagnos och prognos. Han önskar att barnen (12 och 16 år) inte informeras om diagnosen ännu; han och hustrun vill berätta själva efter jul- och skollovet. Kurator erbjuder stöd i samtalet med barnen."),
    ("Planering", "Pembrolizumab var 3:e v. Strålbehandling mot bäckenet 8 Gy x 1. Zoledronsyra."),
  ], must_not=["NL101"], why="the not-to-be-told persons are the patient's children; the patient knows")

K("nl101-not-hiv-partnern-ej-informerad", VG, ME, D,
  ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E521"),
  ("1990-12-05", "535", "M"), "Josefin Ahl", "2024-07-02 14:00", "2024-07-02 15:20", [
    ("Aktuellt", "Andra besöket efter nydiagnostiserad HIV-infektion, diagnosbesked lämnades av mig 2024-06-25."),
    ("Tidigare sjukdomar", "Astma, ADHD (Elvanse)."),
    ("Lab", "HIV-RNA 56 000, CD4 520. Ingen resistens. HLA-B*5701 neg."),
    ("Bedömning", "HIV-1-infektion, behandlingsstart idag."),
    ("Information", "Pat vill själv berätta för sin partner, som ännu inte är informerad. Vi har gått igenom informationsplikten och förhållningsreglerna enligt smittskyddslagen, och kurator hjälper till vid behov."),
    ("Läkemedel", "Biktarvy 1x1 från idag. Elvanse 50 mg oförändrat."),
    ("Planering", "HIV-RNA om 4 v. Kurator 2024-07-09. Läkarbesök om 3 mån."),
  ], must_not=["NL101"], why="HIV diagnosis already given; the uninformed person is the partner")

K("nl101-not-parkinson-dottern-typo-diagnsen", SK, ME, D,
  ("Geriatriska mottagningen, Lasarettet i Ystad", "SE2321000255-1940"),
  ("1945-04-25", "171", "M"), "Sven Almqvist", "2024-05-14 09:30", "2024-05-14 10:40", [
    ("Aktuellt", "Uppföljning av Parkinsons sjukdom, diagnostiserad 2022. Fler fall senaste halvåret, förstoppning."),
    ("Tidigare sjukdomar", "Hypertoni, prostatahyperplasi, glaukom."),
    ("Läkemedel", "Madopark 125 mg x 4, Movicol 1–2 dospåsar, Tamsulosin 0,4 mg, Cosopt."),
    ("Status", "Bradykinesi, lätt rigiditet bilat, kortade steg, retropulsion. Ortostatiskt BT-fall 25 mmHg."),
    ("Bedömning", "Parkinsons sjukdom med ortostatism och ökad fallrisk. Tamsulosin bidrar sannolikt till blodtrycksfallet och sätts ut."),
    ("Information", "Pat informerad om planen. Dottern ej informerad om pats Parkinsondiagnsen; pat vill inte att hon ska oroa sig och respekteras i detta."),
    ("Planering", "Fysioterapeut för fallprevention. Ortostatiskt BT om 4 v. Åb 6 mån."),
  ], must_not=["NL101"], why="the uninformed person is the daughter; typo in the cue word: 'Parkinsondiagnsen'")

K("nl101-not-klamydia-partnern-smittsparning", VG, ME, D,
  ("Gynekologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E170"),
  ("1999-06-21", "764", "K"), "Elsa Nordin", "2024-04-18 11:10", "2024-04-18 11:40", [
    ("Kontaktorsak", "Återbesök pga pos klamydiaprov vid preventivmedelsrådgivning."),
    ("Anamnes", "24-årig kvinna med astma och atopiskt eksem. P-stav sedan 2022. Ny partner sedan 3 mån."),
    ("Status", "Portio lätt kontaktblödande, ingen flytning. Ingen adnexömhet."),
    ("Bedömning", "Okomplicerad klamydiainfektion i cervix. Pat har fått svaret och informerats om behandling och smittspårning."),
    ("Information", "Partnern är inte informerad om klamydiainfektionen ännu. Pat vill ringa honom själv i kväll, barnmorskan följer upp smittspårningen om en vecka."),
    ("Åtgärd", "Doxycyklin 100 mg x 2 i 7 dagar. Avstå samlag under behandlingen. Smittskyddsanmälan."),
  ], must_not=["NL101"], why="the uninformed person is the sexual partner, the patient was told")

K("nl101-not-anorexi-foraldrarna-ej-informerade-19-ar", SK, ME, D,
  ("Ätstörningsenheten, Psykiatri Skåne, Lund", "SE2321000255-8860"),
  ("2004-09-15", "324", "K"), "Malin Eliasson", "2024-01-23 15:00", "2024-01-23 16:20", [
    ("Aktuellt", "Bedömningssamtal efter egen vårdbegäran. Studerar i Lund, bor ensam."),
    ("Anamnes", "19-årig kvinna med restriktivt ätande sedan ett år, vikt 46 kg på 168 cm (BMI 16,3), amenorré sedan 8 mån. Tränar dagligen. Tidigare depression, behandlad med KBT."),
    ("Status", "Puls 48, BT 96/60, lanugobehåring. Inga ödem. Inga suicidtankar."),
    ("Lab", "K 3,6, fosfat 0,9, Hb 118, EKG: sinusbradykardi, QTc 430."),
    ("Bedömning", "Anorexia nervosa, restriktiv typ, medelsvår. Diagnosen är genomgången med pat som är motiverad till behandling."),
    ("Information", "Föräldrarna är inte informerade om diagnosen; pat är 19 år och vill inte att de ska få veta i nuläget, vilket vi respekterar. Vi har pratat om att involvera närstående längre fram."),
    ("Planering", "Öppenvårdsbehandling, vägning 1 g/v. Dietist. Läkarbesök om 2 v med prover."),
  ], must_not=["NL101"], why="adult patient told; the parents are the ones not informed")

K("nl101-not-njursvikt-sonen-ej-informerad-pat-berattar-sjalv", VG, ME, D,
  ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E450"),
  ("1938-03-14", "906", "K"), "Anton Wallgren", "2024-10-29 13:40", "2024-10-29 14:30", [
    ("Aktuellt", "Uppföljning av sjunkande njurfunktion, kommer ensam med färdtjänst."),
    ("Tidigare sjukdomar", "Hypertoni sedan 30 år, typ 2-diabetes, hjärtsvikt med bevarad EF, artros."),
    ("Lab", "Krea 198, eGFR 21 (för 1 år sedan 32). U-alb/krea 45. Hb 106, K 5,1."),
    ("Bedömning", "Kronisk njursvikt stadium 4, sannolikt diabetes- och hypertonirelaterad. Pat har fått diagnosen förklarad och förstår att njurfunktionen sjunkit."),
    ("Information", "Sonen, som är pats kontaktperson, har inte informerats om den nya njursviktsdiagnosen; pat vill berätta för honom själv vid helgen."),
    ("Planering", "Metformin sätts ut. Dapagliflozin fortsätter. Remiss njurmedicin. Prover om 6 v."),
  ], must_not=["NL101"], why="the patient knows her CKD; the son, her contact person, is not yet informed")

K("nl101-not-tidiga-hypoteser-mall-lokalrecidiv-rektum", SK, ME, "Tidiga hypoteser",
  ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6700"),
  ("1959-01-08", "279", "M"), "Fredrika Ivarsson", "2024-09-18 15:40", "2024-09-18 16:05", [
    ("Hypotes", "Misstänkt lokalrecidiv av rektalcancer i presakrala området."),
    ("Underlag", "MR bäcken 2024-09-16: 18 mm mjukdelsförtätning presakralt, ny jämfört med 2023, intermediär signal. CEA 4,8 (tidigare 1,9). Kan även vara postradiogen fibros."),
    ("Information", "Pat ej informerad om misstanken. Han har fått veta att MR behöver kompletteras innan vi kan säga något."),
    ("Planering", "PET-DT och MDK. Flyttas till ordinarie anteckning när hypotesen bekräftats eller avskrivits."),
  ], extra=[N("n2", D, "Fredrika Ivarsson", "2024-09-18 15:20", "2024-09-18 16:05", [
    ("Aktuellt", "Uppföljning 3 år efter låg främre resektion för rektalcancer, preop strålbehandling."),
    ("Tidigare sjukdomar", "Hypertoni, förmaksflimmer (Eliquis), typ 2-diabetes."),
    ("Bedömning", "Pat mår bra. MR bäcken behöver kompletteras med PET-DT, pat informerad om detta."),
    ("Planering", "PET-DT, återbesök efter MDK 2024-10-02."),
  ])], must_not=["NL101"], why="Skåne: the hypothesis and 'Pat ej informerad' are in the Tidiga hypoteser template, which is hidden")

K("nl101-not-vgr-sokord-tidiga-hypoteser-leukemi-misstanke", VG, ME, D,
  ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E260"),
  ("1956-11-27", "381", "M"), "Nora Bergqvist", "2024-02-07 12:15", "2024-02-07 13:50", [
    ("Aktuellt", "Vårddag 2. Inlagd med KOL-exacerbation, förbättrad efter nebulisering och Prednisolon."),
    ("Tidigare sjukdomar", "KOL GOLD 3, hypertoni, depression."),
    ("Status", "Sat 92 % på 1 l O2. Pulm: förlängt expirium, spridda ronki. AT förbättrat."),
    ("Lab", "CRP 38. Hb 98, LPK 14,2 med avvikande differentialräkning, TPK 61. Blodutstryk granskat av hematolog."),
    ("Bedömning", "KOL-exacerbation i förbättring. Avvikande blodstatus, utredning planeras under vårdtiden."),
    ("Tidiga hypoteser", "Akut leukemi? Blaster 12 % i perifert blod enligt hematolog. Pat ej informerad om misstanken, benmärgsprov i morgon innan vi säger något om leukemi."),
    ("Planering", "Benmärgsundersökning i morgon, pat informerad om undersökningen. Fortsatt Prednisolon 30 mg i 5 dagar."),
  ], must_not=["NL101"], why="VGR: suspected leukaemia and the not-informed statement are under the sökord Tidiga hypoteser; the visible sections tell him about the examination")

K("nl101-not-tidiga-hypoteser-mall-personlighetssyndrom", SK, ME, "Tidiga hypoteser",
  ("Psykiatrisk öppenvårdsmottagning, Malmö", "SE2321000255-8870"),
  ("1996-10-03", "546", "K"), "Oskar Nygren", "2024-03-21 16:30", "2024-03-21 16:50", [
    ("Hypotes", "Misstänkt emotionellt instabil personlighetsstörning."),
    ("Underlag", "Upprepade självskadehandlingar sedan tonåren, instabila relationer, impulsivitet och kronisk tomhetskänsla enligt pat och tidigare journaler. SCID-5-PD ej genomförd."),
    ("Överväganden", "Ej kommunicerat med pat. Hon är i akut kris efter separation och vi bedömer att hypotesen behöver prövas strukturerat innan den tas upp."),
    ("Planering", "SCID-5-PD när krisen lagt sig. Omprövas inom 3 månader."),
  ], extra=[N("n2", D, "Oskar Nygren", "2024-03-21 16:00", "2024-03-21 16:50", [
    ("Aktuellt", "Akutbesök efter separation, ökad ångest och självskadetankar."),
    ("Psykiskt status", "Gråtmild, god kontakt, inga psykotiska symtom. Inga aktuella suicidplaner."),
    ("Bedömning", "Krisreaktion med ångest. Tidigare känd depression, nu i remission."),
    ("Planering", "Ssk-samtal 2 ggr/v, läkarbesök om 1 v. Krisplan upprättad tillsammans med pat."),
  ])], must_not=["NL101"], why="Skåne Tidiga hypoteser template holding a personality-disorder hypothesis not communicated")

K("nl101-not-vgr-sokord-tidiga-hypoteser-huntington", VG, ME, D,
  ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E180"),
  ("1975-09-29", "651", "M"), "Cornelia Waern", "2024-10-14 14:00", "2024-10-14 15:45", [
    ("Aktuellt", "Remiss från VC pga ofrivilliga rörelser i händer och ansikte sedan ett år, enligt hustrun även ökad irritabilitet."),
    ("Tidigare sjukdomar", "Depression sedan 2020 (Escitalopram), hypertoni."),
    ("Hereditet", "Fadern dog 58 år gammal och hade enligt pat en 'nervsjukdom', uppgifterna är oklara. Farmor vårdades länge på sjukhem."),
    ("Status", "Korealiknande rörelser i fingrar och ansikte. Sackader långsamma. Tandemgång osäker."),
    ("Tidiga hypoteser", "Misstänkt Huntingtons sjukdom med tanke på koreatiska rörelser och hereditet. Pat ej informerad om misstanken; prediktiv genetisk testning kräver föregående genetisk vägledning."),
    ("Planering", "MR hjärna. Neuropsykologisk bedömning. Remiss till klinisk genetik för vägledning. Åb om 6 v."),
  ], must_not=["NL101"], why="VGR: Huntington suspicion and the not-informed statement under the Tidiga hypoteser sökord")

K("nl101-not-tidiga-hypoteser-mall-ovarialcancer-preop", SK, ME, "Tidiga hypoteser",
  ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-5310"),
  ("1957-07-17", "164", "K"), "Lovisa Bergman", "2024-06-05 14:10", "2024-06-05 14:30", [
    ("Hypotes", "Ovarialcancer vä kan inte uteslutas."),
    ("Underlag", "VUL: 9 cm multiloculär solid-cystisk adnexresistens vä, IOTA O-RADS 4, ingen ascites. CA-125 94."),
    ("Information", "Pat ej informerad om malignitetsmisstanken; hon har fått veta att cystan ska opereras bort och undersökas."),
    ("Planering", "Laparoskopi med fryssnitt. Hypotesen flyttas till ordinarie journal när PAD finns."),
  ], extra=[N("n2", "Operationsanmälan", "Lovisa Bergman", "2024-06-05 13:50", "2024-06-05 14:30", [
    ("Indikation", "Adnexcysta vä 9 cm hos postmenopausal kvinna."),
    ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes, astma."),
    ("Planerad åtgärd", "Laparoskopisk salpingooforektomi vä med fryssnitt."),
  ])], must_not=["NL101"], why="Skåne Tidiga hypoteser template; the visible operation request names only a cyst")

K("nl101-not-vgr-se-tidiga-hypoteser-synlig-hanvisning", VG, ME, D,
  ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E530"),
  ("1994-04-09", "373", "M"), "Hugo Lindskog", "2024-08-08 11:30", "2024-08-08 13:05", [
    ("Aktuellt", "Utredning efter synkope under fotbollsmatch. Kusin död plötsligt 31 år gammal."),
    ("Tidigare sjukdomar", "Astma sedan barndomen, hypertoni sedan 2023 (Amlodipin)."),
    ("Undersökningar", "EKG: T-vågsinversion V1–V3, epsilonvåg. Långtids-EKG: 2 400 VES, korta salvor VT. Eko: dilaterad hö kammare."),
    ("Tidiga hypoteser", "Trol. arytmogen högerkammarkardiomyopati (ARVC). Väntar på MR hjärta och genetik."),
    ("Bedömning", "Ventrikulära arytmier med synkope, vilket pat känner till sedan förra besöket; utredningen fortsätter, se även Tidiga hypoteser. Pat ännu ej informerad om misstanken."),
    ("Planering", "MR hjärta v. 34. Tävlingsidrott avrådes tills vidare, pat informerad om detta. Metoprolol 50 mg insatt."),
  ], must_not=["NL101"], why="VGR: the named hypothesis is under the Tidiga hypoteser sökord; the visible 'ej informerad om misstanken' names no diagnosis, and the visible asthma/hypertension are known")

K("nl101-not-ulceros-kolit-pad-utan-dysplasi-ej-meddelat", SK, ME, D,
  ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6420"),
  ("1970-02-16", "251", "M"), "Klara Sjöstedt", "2024-11-27 15:30", "2024-11-27 15:55", [
    ("Kontaktorsak", "PAD efter dysplasikontroll med kromoendoskopi 2024-11-19."),
    ("Bakgrund", "Ulcerös kolit (pankolit) sedan 2006, i remission på Asacol. PSC sedan 2012. Hypertoni."),
    ("PAD", "Kolon, 32 biopsier: lätt kronisk inflammation utan aktivitet, ingen dysplasi, ingen malignitet."),
    ("Bedömning", "Ulcerös kolit i histologisk remission utan dysplasi."),
    ("Planering", "Pat ej informerad om PAD-svaret ännu, brev med svaret skickas. Ny koloskopi om 1 år pga PSC. Fortsatt Asacol."),
  ], must_not=["NL101"], why="the untold PAD is negative ('ingen dysplasi, ingen malignitet'); the colitis and PSC are long known")

K("nl101-not-mammografi-utan-malignitet-besked-per-brev-utkast", VG, ME, D,
  ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E190"),
  ("1974-03-22", "248", "K"), "Elias Forsman", "2024-05-16 16:10", None, [
    ("Kontaktorsak", "Klinisk mammografi och UL pga knöl vä bröst som pat själv känt."),
    ("Anamnes", "50-årig kvinna med hypertoni och migrän. Mormor bröstcancer i 70-årsåldern."),
    ("Status", "Ömt, mjukt område vä övre yttre kvadrant, ingen distinkt resistens. Inga förstorade körtlar i axillen."),
    ("Röntgen", "Mammografi och UL: körtelrik bröstvävnad, enkla cystor vä, inga tecken på malignitet."),
    ("Bedömning", "Fibrocystiska förändringar vä bröst."),
    ("Planering", "Pat ej meddelad ännu, besked per brev. Ingen ytterligare utredning. Ordinarie screening."),
  ], must_not=["NL101"], why="unsigned draft; the untold result is benign (no malignancy), nothing serious withheld")

K("nl101-not-informerad-om-att-det-inte-finns-recidiv", SK, ME, D,
  ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-5260"),
  ("1958-12-30", "539", "M"), "Amanda Öhman", "2024-12-10 10:00", "2024-12-10 11:10", [
    ("Kontaktorsak", "Femårskontroll efter sigmoideumresektion för koloncancer 2019."),
    ("Tidigare sjukdomar", "Koloncancer pT3N0 2019, ingen adjuvant behandling. Hypertoni, gikt."),
    ("Lab", "CEA 1,4. Hb 152."),
    ("Röntgen", "DT thorax-buk 2024-12-05: inget recidiv, inga metastaser."),
    ("Bedömning", "Recidivfri efter 5 år, avslutas från uppföljning."),
    ("Information", "Pat informerad om att det inte finns tecken till recidiv och att uppföljningen därmed avslutas."),
  ], must_not=["NL101"], why="'informerad om att det inte finns' - informed, with a negation right after the cue")

K("nl101-not-migran-informerad-om-att-det-inte-ar-ms", VG, ME, D,
  ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E270"),
  ("1993-05-14", "864", "K"), "Rikard Falk", "2024-07-16 09:40", "2024-07-16 10:50", [
    ("Aktuellt", "Synfenomen med flimmer och sicksacklinjer i 20 min följt av huvudvärk, 3 attacker senaste halvåret. Oroad för MS då en väninna nyligen fått diagnosen."),
    ("Tidigare sjukdomar", "Astma, hypotyreos, laktosintolerans."),
    ("Status", "Neurologiskt ua. Fundus ua. BT 116/72."),
    ("Röntgen", "MR hjärna 2024-07-10: normalfynd, inga vitsubstansförändringar."),
    ("Bedömning", "Migrän med aura."),
    ("Information", "Pat är informerad om att det inte rör sig om MS och om diagnosen migrän med aura, samt om att kombinerade p-piller bör undvikas."),
    ("Planering", "Sumatriptan 50 mg vb. Huvudvärksdagbok. Åter via VC."),
  ], must_not=["NL101"], why="the patient is told it is not MS and told the migraine diagnosis")
# ---------------------------------------------------------------- NL102 must

K("nl102-must-akut-misstankt-lungemboli-dt-bestalld", SK, ME, "Akutanteckning",
  ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4001"),
  ("1983-01-09", "662", "K"), "Jesper Möller", "2024-01-27 19:40", "2024-01-27 21:15", [
    ("Kontaktorsak", "Plötslig andfåddhet och hugg i hö sida av bröstet vid inandning sedan i morse."),
    ("Anamnes", "41-årig kvinna med hypotyreos och migrän med aura. Kombinerade p-piller. Flög hem från Thailand för 5 dagar sedan. Ingen hosta, ingen feber."),
    ("Status", "AF 24, sat 93 % luft, puls 112 reg, BT 124/80, temp 37,3. Pulm: vesikulärt bilat, inga rassel. Hö vad 2 cm större än vä, ej öm."),
    ("Lab", "D-dimer 2,8. Troponin T 9. CRP 12. Blodgas: pO2 9,1, pCO2 4,2."),
    ("Bedömning", "Misstänkt lungemboli, Wells 6,0. Eftersom DT-kapacitet finns ges ingen empirisk behandling före undersökning."),
    ("Åtgärd", "DT lungartärer akut. UL vä underben i morgon. P-piller rekommenderas sättas ut."),
  ], must=["NL102"], why="'Misstänkt lungemboli' in the Bedömning of a visible ED note")

K("nl102-must-med-trol-pneumoni-bland-kanda-diagnoser", VG, ME, "Inskrivningsanteckning",
  ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E056"),
  ("1949-09-22", "159", "M"), "Sigrid Hultman", "2024-12-14 22:10", "2024-12-15 08:30", [
    ("Kontaktorsak", "Feber, ökad hosta och andfåddhet i 3 dagar, trött och slö enl hustrun."),
    ("Tidigare sjukdomar", "KOL GOLD 3 med hemsyrgas, hypertoni, typ 2-diabetes, förmaksflimmer (Eliquis), st.p. TURP."),
    ("Läkemedel", "Trimbow 2 inh x 2, Eliquis 5 mg x 2, Metformin 1 g x 2, Amlodipin 10 mg, Bisoprolol 2,5 mg, Ventoline vb."),
    ("Status", "Temp 38,6, AF 26, sat 86 % på 2 l O2, BT 108/64, puls 104 oregelbunden. Pulm: krepitationer vä basalt, förlängt expirium. Cor: oregelbunden rytm, inga blåsljud."),
    ("Lab/Röntgen", "CRP 210, LPK 16,4, krea 112, glukos 14. Lungröntgen: oskarp förtätning vä underlob, liten pleuravätska vä."),
    ("Bedömning", "Trol. pneumoni vä underlob med KOL-exacerbation hos pat med KOL, diabetes och förmaksflimmer. CRB-65 2."),
    ("Åtgärd", "Cefotaxim 1 g x 3 iv, odlingar tagna. Nebulisering Ipramol x 4. Prednisolon 40 mg i 5 dagar. Metformin pausas, insulin enl schema."),
  ], setting="slutenvård", must=["NL102"], why="among several confirmed known diagnoses, only the pneumonia is hedged ('Trol.')")

K("nl102-must-neuro-susp-tia-utkast", SK, ME, D,
  ("Strokemottagningen, Helsingborgs lasarett", "SE2321000255-2240"),
  ("1956-04-14", "459", "M"), "Ylva Kron", "2024-02-21 14:30", None, [
    ("Aktuellt", "Remiss från VC: igår kväll 15 min domning och svaghet i vä hand och munvinkel, helt övergående."),
    ("Tidigare sjukdomar", "Hypertoni, hyperlipidemi, paroxysmalt förmaksflimmer utan antikoagulation (pat har tidigare avböjt)."),
    ("Status", "BT 162/94, puls 74 reg. NIHSS 0. Karotider utan blåsljud."),
    ("Undersökningar", "DT hjärna ua. Karotisdoppler: ingen signifikant stenos. EKG sinusrytm."),
    ("Bedömning", "Susp. TIA i hö hemisfären, ABCD2 4. Indikation för antikoagulation pga förmaksflimmer."),
    ("Planering", "Eliquis 5 mg x 2 insätts, pat nu positiv. Atorvastatin höjs till 80 mg. Långtids-EKG. Körförbud 2 veckor."),
  ], must=["NL102"], why="unsigned draft; the abbreviation 'Susp.' before TIA")

K("nl102-must-kardio-sannolikt-perimyokardit", VG, ME, D,
  ("Kardiologavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E161"),
  ("1999-11-18", "157", "M"), "Tilda Ahlström", "2024-03-04 10:45", "2024-03-04 12:00", [
    ("Aktuellt", "Vårddag 1. Inkom i natt med bröstsmärta som förvärras i ryggläge och vid djupandning, förkyld för en vecka sedan."),
    ("Tidigare sjukdomar", "Astma (Bricanyl vb). Atopiskt eksem."),
    ("Status", "Afebril, BT 122/70, puls 88. Cor: RR, inget gnidningsljud idag. Pulm ua."),
    ("Lab/EKG", "Troponin T 48 → 62 → 55. CRP 34. EKG: konkav ST-höjning i flera avledningar, PR-sänkning. Eko: EF 55 %, ingen perikardvätska."),
    ("Bedömning", "Sannolikt perimyokardit efter virusinfektion. Kranskärlssjukdom bedöms osannolik med tanke på ålder och EKG-bild."),
    ("Planering", "MR hjärta i morgon. Ibuprofen 600 mg x 3 i 2 v, Kolkicin 0,5 mg x 2 i 3 mån. Idrottsförbud 3–6 mån beroende på MR."),
  ], setting="slutenvård", must=["NL102"], why="'Sannolikt perimyokardit' - a hedged diagnosis in Bedömning")

K("nl102-must-ortoped-scaphoidfraktur-kan-ej-uteslutas", SK, ME, D,
  ("Ortopedakuten, Skånes universitetssjukhus Malmö", "SE2321000255-6200"),
  ("2005-10-26", "700", "K"), "Gabriel Svärd", "2024-01-08 16:20", "2024-01-08 16:55", [
    ("Kontaktorsak", "Föll på utsträckt hand under skridskoåkning i går, ont i hö handled."),
    ("Anamnes", "18-årig högerhänt kvinna, gymnasiestudent. Astma. Inga läkemedel utöver inhalationer."),
    ("Status", "Svullnad radialt hö handled. Ömhet i fossa tabatière och vid axial kompression av tummen. Distalt ua."),
    ("Röntgen", "Hö handled inkl scaphoidserie: ingen säker fraktur."),
    ("Bedömning", "Scaphoidfraktur hö kan ej uteslutas trots normal röntgen."),
    ("Åtgärd", "Scaphoidgips med tumme. Ny röntgen eller MR om 10–14 dagar. Ipren och Alvedon vb. Intyg om idrottsbefrielse till skolan."),
  ], must=["NL102"], why="'kan ej uteslutas' after the diagnosis")

K("nl102-must-jour-kirurgi-appendicit-fragetecken", VG, ME, "Jouranteckning",
  ("Kirurgakuten, Norra Älvsborgs Länssjukhus", "SE2321000131-E866"),
  ("2005-08-11", "391", "M"), "Wilma Berg", "2024-06-29 01:35", "2024-06-29 02:10", [
    ("Kontaktorsak", "Buksmärta sedan i eftermiddags, först runt naveln, nu i hö fossa, kräkts en gång."),
    ("Anamnes", "18-årig man, tidigare frisk. Inga läkemedel. Ingen diarré. Senast ätit kl 18."),
    ("Status", "Temp 38,0, puls 96, BT 130/78. Buk: palpationsömhet och släppömhet hö fossa, Rovsing pos, psoasmanöver ua. Inga bråck."),
    ("Lab", "CRP 42, LPK 13,8. U-sticka ua."),
    ("Bedömning", "Appendicit? AIR-score 7, intermediär sannolikhet."),
    ("Åtgärd", "Fastande, dropp Ringer-Acetat 100 ml/h, Alvedon iv. DT buk i natt. Ny bedömning av kirurgjour efter DT."),
  ], setting="slutenvård", must=["NL102"], why="night on-call note with the bare question mark 'Appendicit?'")

K("nl102-must-jour-gyn-misstankt-x-graviditet", SK, ME, "Jouranteckning",
  ("Gynakuten, Skånes universitetssjukhus Malmö", "SE2321000255-6320"),
  ("1994-02-28", "788", "K"), "Alice Ryd", "2024-10-05 23:50", "2024-10-06 00:40", [
    ("Kontaktorsak", "Lågt sittande buksmärtor vä och sparsam mörk blödning, positivt graviditetstest för 2 v sedan."),
    ("Anamnes", "30-årig kvinna, 0 partus. Klamydia 2017. Hypotyreos (Levaxin). SM 2024-08-21, v. 6+4."),
    ("Status", "BT 118/72, puls 84. Buk: ömhet vä fossa, ingen peritonit. Spekulum: sparsam mörk blödning från cervix. Rörelseömhet av portio vä."),
    ("VUL", "Ingen intrauterin graviditet. Liten vätskemängd i fossa Douglasi. Inhomogen resistens 2 cm vid vä adnex."),
    ("Lab", "hCG 2 400. Hb 126. Blodgrupp O Rh neg."),
    ("Bedömning", "Misstänkt X (extrauterin graviditet) vä. Hemodynamiskt stabil."),
    ("Åtgärd", "Inlagd för obs. Nytt hCG och VUL i morgon. Fastande från midnatt inför ev. laparoskopi. Anti-D ges."),
  ], setting="slutenvård", must=["NL102"], why="gyn on-call: 'Misstänkt X' with the clinicians' abbreviation X for ectopic pregnancy")

K("nl102-must-psyk-mojlig-bipolar-dd", VG, ME, D,
  ("Vuxenpsykiatrisk mottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E540"),
  ("1997-06-06", "440", "K"), "Jonatan Ek", "2024-09-24 10:00", "2024-09-24 11:30", [
    ("Aktuellt", "Nybesök, remiss från VC pga återkommande nedstämdhet och perioder med minskat sömnbehov och ökad energi."),
    ("Anamnes", "27-årig kvinna, socionomstudent. Sertralin sedan 2022 med viss effekt. Beskriver veckor då hon 'inte behöver sova', shoppar för mycket och startar projekt. Moster med bipolär sjukdom."),
    ("Tidigare sjukdomar", "Depression, astma, PCOS."),
    ("Psykiskt status", "Lugn, samarbetsvillig, lätt sänkt stämningsläge. Inga psykotiska symtom. Inga suicidtankar."),
    ("Bedömning", "Möjlig bipolär sjukdom typ II, differentialdiagnos emotionell instabilitet. Depressionen i nuläget lätt."),
    ("Planering", "Strukturerad diagnostisk intervju (MINI) och stämningsdagbok. Sertralin behålls tills vidare. Åb om 4 v."),
  ], must=["NL102"], why="'Möjlig bipolär sjukdom typ II' with a differential diagnosis in a visible psychiatry note")

K("nl102-must-infektion-misstankt-neuroborrelios-lp-planeras", SK, ME, D,
  ("Infektionskliniken, Centralsjukhuset Kristianstad", "SE2321000255-5150"),
  ("1961-05-18", "415", "M"), "Hedvig Nordqvist", "2024-09-11 13:20", "2024-09-11 14:05", [
    ("Aktuellt", "Remiss från VC: brännande smärtor i bröstkorgen med bältesutbredning sedan 3 v, värst nattetid. Fästingbett i juni, ingen rodnad noterad."),
    ("Tidigare sjukdomar", "Hypertoni, hyperlipidemi, ljumskbråcksop 2019."),
    ("Status", "Opåverkad, afebril. Hyperestesi i dermatom Th6–7 vä. Inga hudförändringar. Reflexer och kraft ua."),
    ("Lab", "Borrelia IgG pos i serum, IgM neg. CRP < 5."),
    ("Bedömning", "Misstanke om neuroborrelios med radikulit. Bältros utan utslag bedöms mindre troligt."),
    ("Planering", "Lumbalpunktion i morgon med borreliaindex. Behandling beroende på likvor. Smärtlindring med Alvedon och Gabapentin."),
  ], must=["NL102"], why="'Misstanke om neuroborrelios' in Bedömning")

K("nl102-must-reuma-pmr-fragetecken-temporalisarterit-ej-uteslutet", VG, ME, D,
  ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E470"),
  ("1950-08-03", "820", "K"), "Mårten Engdahl", "2024-02-13 11:10", "2024-02-13 12:30", [
    ("Aktuellt", "Akuttid. Värk och stelhet i skuldror och höfter sedan 4 v, svårt att ta på sig en tröja på morgonen. Ingen huvudvärk, inga synbesvär, ingen käkklaudikation."),
    ("Tidigare sjukdomar", "Hypertoni, hypotyreos, osteoporos, st.p. bröstcancer 2012."),
    ("Status", "Smärtsam aktiv abduktion i axlarna bilat, passiv rörlighet bättre. Tinningartärer palpabla och oömma. Inga synoviter."),
    ("Lab", "SR 68, CRP 41. Hb 118. CK normalt. RF och anti-CCP neg."),
    ("Bedömning", "PMR? Typisk klinik och lab, men behöver se svaret på steroidbehandlingen innan diagnosen kan ställas."),
    ("Åtgärd", "Prednisolon 15 mg dagligen. Calcium/D-vitamin. Ssk ringer om en vecka, åb om 4 v med SR/CRP."),
  ], must=["NL102"], why="abbreviation with question mark: 'PMR?'")

K("nl102-must-endokrin-susp-cushing", SK, ME, D,
  ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6350"),
  ("1980-12-12", "206", "K"), "Pontus Gullberg", "2024-05-23 14:00", "2024-05-23 15:20", [
    ("Aktuellt", "Remiss från VC: viktuppgång 15 kg på 2 år, nytillkommen hypertoni och typ 2-diabetes, lätt att få blåmärken."),
    ("Tidigare sjukdomar", "Hypertoni sedan 2023, typ 2-diabetes sedan 2023, depression. PCOS."),
    ("Läkemedel", "Metformin 1 g x 2, Enalapril 20 mg, Sertralin 100 mg."),
    ("Status", "Vikt 98 kg, BMI 35. Månansikte, supraklavikulära fettkuddar, breda lila striae på buken. Proximal muskelsvaghet i benen. BT 158/96."),
    ("Lab", "Dexametasonhämningstest 1 mg: kortisol 180 nmol/l. Saliv-kortisol sent kväll förhöjt x 2. ACTH 42."),
    ("Bedömning", "Susp. Cushings syndrom, ACTH-beroende. Hypertoni och diabetes kan vara sekundära."),
    ("Planering", "Dygnsurin-kortisol, högdos-dexametasontest, MR hypofys. Åb efter utredning."),
  ], must=["NL102"], why="'Susp. Cushings syndrom' in Bedömning, with confirmed hypertension and diabetes around it")

K("nl102-must-hud-trol-basaliom-flera-andra-diagnoser", VG, ME, D,
  ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E200"),
  ("1945-02-19", "097", "M"), "Lena Kvist", "2024-04-11 09:10", "2024-04-11 10:00", [
    ("Kontaktorsak", "Hudkontroll, organtransplanterad. Ny förändring på hö kind."),
    ("Tidigare sjukdomar", "Njurtransplanterad 2010 (Tacrolimus, Mykofenolat, Prednisolon). Aktiniska keratoser i ansiktet och på skalpen. Skivepitelcancer vä underarm excideras 2021. Hypertoni."),
    ("Status", "Hö kind: 8 mm pärlemorglänsande papel med teleangiektasier och central krusta. Skalpen: multipla aktiniska keratoser. Vä underarm: ärr ua."),
    ("Bedömning", "Trol. basaliom hö kind. Aktiniska keratoser på skalpen. Inget recidiv av skivepitelcancern."),
    ("Åtgärd", "Stansbiopsi hö kind. Kryobehandling av keratoserna på skalpen. Solskyddsråd. Ny kontroll om 6 mån."),
  ], must=["NL102"], why="one hedged lesion ('Trol. basaliom') among confirmed skin diagnoses")

K("nl102-must-ogon-glaukommisstanke-mojligt-normaltrycksglaukom", SK, ME, D,
  ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4550"),
  ("1960-03-03", "377", "M"), "Agneta Rask", "2024-03-26 13:40", "2024-03-26 14:20", [
    ("Kontaktorsak", "Remiss från optiker: förstorad excavation hö."),
    ("Anamnes", "64-årig man med hypertoni, typ 2-diabetes och migrän. Mor hade grön starr."),
    ("Status", "Visus 1,0 bilat. Tryck 17/16 (Goldmann). Excavation 0,7 hö, 0,5 vä. Inga blödningar."),
    ("Undersökningar", "Synfält (Humphrey 24-2): nasalt steg hö, vä normalt. OCT: förtunnat nervfiberlager inferotemporalt hö."),
    ("Bedömning", "Möjligt normaltrycksglaukom hö öga. Diabetesretinopati saknas."),
    ("Planering", "Dygnstryckkurva. Nytt synfält om 3 mån. Ställningstagande till tryckssänkande droppar därefter."),
  ], must=["NL102"], why="'Möjligt normaltrycksglaukom' - hedged diagnosis, negated retinopathy beside it")

K("nl102-must-onh-meniere-kan-inte-uteslutas", VG, ME, D,
  ("Öron-näsa-halsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E280"),
  ("1971-11-05", "482", "K"), "Nils Ahlqvist", "2024-08-27 10:20", "2024-08-27 11:05", [
    ("Aktuellt", "Attacker av rotatorisk yrsel i 2–4 timmar med lock för vä öra och brus, 4 attacker sedan i våras."),
    ("Tidigare sjukdomar", "Migrän, hypotyreos, hypertoni."),
    ("Status", "Otoskopi ua. Ingen spontan nystagmus. Dix-Hallpike neg bilat. Huvudimpulstest ua."),
    ("Audiogram", "Lätt sensorineural hörselnedsättning vä i basen, 25–35 dB, hö normalt."),
    ("Bedömning", "Menières sjukdom vä kan inte uteslutas; vestibulär migrän är en alternativ förklaring."),
    ("Planering", "MR inre hörselgångar. Nytt audiogram vid attack. Betahistin prövas. Saltreducerad kost."),
  ], must=["NL102"], why="'Menières sjukdom vä kan inte uteslutas' - hedge after the eponymic diagnosis")

K("nl102-must-barn-trol-inkomplett-kawasaki", SK, ME, D,
  ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-2400"),
  ("2019-12-02", "253", "M"), "Hanna Lövgren", "2024-02-03 15:10", "2024-02-03 16:30", [
    ("Aktuellt", "4-årig pojke med feber sedan 6 dagar trots antibiotika (Kåvepenin), röda ögon och läppar, irritabel."),
    ("Tidigare sjukdomar", "Född i fullgången tid, frisk. Vaccinerad enligt programmet. Inga allergier."),
    ("Status", "Temp 39,4, puls 150. Bilat konjunktivit utan sekret. Röda spruckna läppar, smultrontunga. Svullna händer. Ingen lymfadenit. Inget utslag."),
    ("Lab", "CRP 148, LPK 17, TPK 480, albumin 28, ALAT 1,4. Urin: steril pyuri."),
    ("Bedömning", "Trol. inkomplett Kawasakis sjukdom, 3 av 5 kriterier och typiskt lab. Streptokocktonsillit behandlad utan effekt."),
    ("Åtgärd", "Eko i morgon. IVIG 2 g/kg och ASA högdos efter samråd med barnkardiolog. Föräldrarna informerade."),
  ], setting="slutenvård", must=["NL102"], why="child under 13 (guardians read): 'Trol. inkomplett Kawasakis sjukdom'")

K("nl102-must-geriatrik-misstankt-lewy-body-demens", VG, ME, D,
  ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E640"),
  ("1938-06-11", "215", "M"), "Emilia Falk", "2024-11-20 14:15", "2024-11-20 15:40", [
    ("Aktuellt", "Minnesutredning, kommer med hustrun. Sedan ett år svängande vakenhet, ser djur i rummet på kvällarna, två fall senaste månaden."),
    ("Tidigare sjukdomar", "Hypertoni, prostatacancer (strålbehandlad 2015), typ 2-diabetes, ischemisk hjärtsjukdom."),
    ("Läkemedel", "Metformin, Enalapril, Trombyl, Atorvastatin. Quetiapin 25 mg insatt av VC i oktober."),
    ("Status", "MMSE 22/30 med uttalad nedsättning av visuospatiala uppgifter. Lätt rigiditet bilat, nedsatt armpendling. Ortostatiskt BT-fall 30 mmHg."),
    ("Bedömning", "Misstänkt Lewy body-demens. Quetiapin kan ha förvärrat falltendensen."),
    ("Planering", "DaTSCAN. Quetiapin sätts ut. Demenssjuksköterska. Åb om 2 mån."),
  ], must=["NL102"], why="'Misstänkt Lewy body-demens' among confirmed known diseases")

K("nl102-must-uro-trol-uretarsten-vanster", SK, ME, D,
  ("Urologiska kliniken, Helsingborgs lasarett", "SE2321000255-2420"),
  ("1988-07-09", "575", "M"), "Petronella Ek", "2024-07-21 16:40", "2024-07-21 17:20", [
    ("Kontaktorsak", "Akuta kolikartade smärtor vä flank med utstrålning mot ljumsken sedan 4 h, illamående."),
    ("Anamnes", "36-årig man med tidigare njursten hö 2019, avgått spontant. Gikt (Allopurinol)."),
    ("Status", "Orolig, går omkring. Dunkömhet vä flank. Buk mjuk. Temp 37,1."),
    ("Lab", "U-sticka: blod 3+, leukocyter neg. CRP 8, krea 98."),
    ("Bedömning", "Trol. vä uretärsten. Ingen feber eller infektion, smärtlindrad på Voltaren."),
    ("Planering", "DT urinvägar utan kontrast i morgon. Voltaren 50 mg x 3 i 5 dagar. Sila urinen. Åter akut vid feber."),
  ], must=["NL102"], why="'Trol. vä uretärsten' in a visible urology note; the earlier kidney stone and gout are confirmed")

K("nl102-must-kirurgi-metastas-kan-ej-uteslutas-utkast", VG, ME, D,
  ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E511"),
  ("1963-08-25", "862", "K"), "Adam Hjort", "2024-04-17 15:15", None, [
    ("Kontaktorsak", "Uppföljning 1 år efter vänstersidig hemikolektomi för koloncancer pT3N0M0."),
    ("Anamnes", "60-årig kvinna, mår bra, normal avföring. Hypertoni, hypotyreos."),
    ("Lab", "CEA 3,4 (tidigare 1,8). Leverprover ua."),
    ("Röntgen", "DT thorax-buk 2024-04-15: ny 9 mm lågattenuerande lesion i levern segment 4b, för liten för karakterisering. Lungorna ua."),
    ("Bedömning", "Leverlesion i segment 4b där metastas från koloncancern ej kan uteslutas. I övrigt recidivfri."),
    ("Planering", "MR lever med leverspecifikt kontrastmedel. Nytt CEA om 6 v. Diskuteras på lever-MDK om MR inger misstanke."),
  ], must=["NL102"], why="unsigned draft: 'metastas ... ej kan uteslutas' for a liver lesion")

K("nl102-must-hematologi-ev-mds", SK, ME, D,
  ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4180"),
  ("1944-03-29", "139", "M"), "Irene Stål", "2024-06-04 11:20", "2024-06-04 12:45", [
    ("Aktuellt", "Remiss från VC: makrocytär anemi och lätt trombocytopeni sedan ett år, tilltagande trötthet."),
    ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes, TIA 2020, glaukom."),
    ("Lab", "Hb 97, MCV 108, LPK 3,2, neutrofiler 1,4, TPK 104. B12 och folat normala. TSH ua. Retikulocyter låga. Inga blaster i utstryket."),
    ("Status", "Blek, opåverkad. Ingen lymfadenopati, ingen hepatosplenomegali."),
    ("Bedömning", "Bicytopeni med makrocytos, ev. myelodysplastiskt syndrom (MDS)."),
    ("Planering", "Benmärgsaspiration och biopsi med cytogenetik. Åb med svar om 3 v."),
  ], must=["NL102"], why="'ev. myelodysplastiskt syndrom (MDS)' - the abbreviation ev. as the hedge")

K("nl102-must-gastro-misstankt-crohn-koloskopi-bokad", VG, ME, D,
  ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E061"),
  ("2001-02-15", "528", "K"), "Victor Brink", "2024-08-13 13:30", "2024-08-13 14:15", [
    ("Aktuellt", "Buksmärtor i hö fossa, 4–5 lösa avföringar per dag i 3 mån, viktnedgång 4 kg. Afte i munnen."),
    ("Tidigare sjukdomar", "Astma, celiaki utesluten 2020, järnbrist."),
    ("Status", "BMI 19. Lätt ömhet hö fossa, ingen resistens. Perianalt: liten fistelöppning kl 7."),
    ("Lab", "CRP 28, Hb 112, albumin 33, F-kalprotektin 840."),
    ("Bedömning", "Misstänkt Crohns sjukdom i terminala ileum med perianal fistel."),
    ("Planering", "Ileokoloskopi med biopsier v. 35. MR tunntarm och MR bäcken. Järn iv."),
  ], must=["NL102"], why="'Misstänkt Crohns sjukdom' in Bedömning")

K("nl102-must-lunga-sannolikt-sarkoidos", SK, ME, D,
  ("Lungmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4441"),
  ("1985-10-19", "395", "M"), "Ronja Mellberg", "2024-05-06 10:40", "2024-05-06 11:30", [
    ("Kontaktorsak", "Remiss från VC, förstorade hiluskörtlar på lungröntgen tagen pga torrhosta."),
    ("Anamnes", "38-årig man med torrhosta i 2 mån och ömma röda knölar på underbenen i mars. Ledvärk i fotlederna. Hypertoni, ingen rökning."),
    ("Status", "Sat 98 %. Pulm ua. Hud: blekta erytem på underbenen."),
    ("Lab/Röntgen", "ACE 92, Ca 2,48. DT thorax: bilat hilära och mediastinala lymfkörtelförstoringar, lungparenkymet ua."),
    ("Bedömning", "Sannolikt sarkoidos stadium I (Löfgrens syndrom). Lymfom bedöms mindre troligt med tanke på kliniken."),
    ("Planering", "EBUS med biopsi för verifikation. Spirometri med diffusion. Ögonundersökning. NSAID vb."),
  ], must=["NL102"], why="'Sannolikt sarkoidos' with the eponym Löfgrens syndrom")

K("nl102-must-infektion-malaria-kan-ej-uteslutas-efter-resa", VG, ME, "Akutanteckning",
  ("Infektionsakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E522"),
  ("1976-04-03", "151", "M"), "Ellen Hedlund", "2024-01-14 20:05", "2024-01-14 21:40", [
    ("Kontaktorsak", "Feber 39,5, frossa och huvudvärk sedan 2 dagar, hemkommen från Uganda för 10 dagar sedan."),
    ("Anamnes", "47-årig man, besökte släkt i Kampala och på landsbygden i 4 v. Tog ingen malariaprofylax. Hypertoni (Enalapril). Typ 2-diabetes (Metformin)."),
    ("Status", "Temp 39,2, puls 108, BT 112/70, sat 97 %. Lätt ikterus. Mjälten palpabel. Inga utslag."),
    ("Lab", "TPK 72, Hb 128, bilirubin 34, CRP 96. Malaria snabbtest och utstryk analyseras."),
    ("Bedömning", "Malaria kan ej uteslutas innan utstryket är klart; dengue och tyfoid är differentialdiagnoser."),
    ("Åtgärd", "Inläggning på infektion. Blododlingar x 2. Vid pos utstryk start enligt riktlinjer. Metformin pausas."),
  ], setting="slutenvård", must=["NL102"], why="'Malaria kan ej uteslutas' plus differential diagnoses in a visible note")

K("nl102-must-epikris-diagnoslista-med-fragetecken", SK, ME, "Epikris",
  ("Kardiologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-5270"),
  ("1955-09-07", "644", "K"), "Wilhelm Lund", "2024-10-18 13:00", "2024-10-18 15:35", [
    ("Diagnoser", "Bröstsmärta, ospecificerad (R07.4)\nHypertoni (I10)\nTyp 2-diabetes (E11.9)\nFörmaksflimmer? (I48.9)"),
    ("Epikris", "69-årig kvinna inlagd över natten för bröstsmärta. Troponin T normalt x 3, arbetsprov utan ischemi. Telemetrin visade en kort oregelbunden takykardi på 40 sekunder som inte säkert kan skiljas från multifokal förmakstakykardi."),
    ("Läkemedel", "Oförändrat: Metformin 1 g x 2, Losartan 100 mg, Atorvastatin 20 mg. Inga nya läkemedel."),
    ("Uppföljning", "Långtids-EKG 7 dygn via kardiologmottagningen. DSK kontrollerar BT om 4 v."),
  ], setting="slutenvård", must=["NL102"], why="discharge summary whose diagnosis list holds 'Förmaksflimmer?'")

K("nl102-must-psyk-typo-missankt-adhd", VG, ME, D,
  ("Vuxenpsykiatriska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E480"),
  ("1996-01-24", "235", "M"), "Sandra Nyqvist", "2024-03-12 13:30", "2024-03-12 14:40", [
    ("Aktuellt", "Bedömningssamtal efter remiss från företagshälsovården: koncentrationssvårigheter, slarvfel och rastlöshet på jobbet."),
    ("Anamnes", "28-årig man, IT-tekniker. Svårt att sitta still i skolan enligt mamma, mycket glömska. Alkohol 4–6 öl på helger. Tidigare depression 2019."),
    ("Tidigare sjukdomar", "Depression i remission. Allergisk rinit."),
    ("Psykiskt status", "Rastlös, pratar snabbt, god kontakt. Ingen depressiv sänkning. Inga psykotiska symtom."),
    ("Bedömning", "Missänkt ADHD, kombinerad form. Alkoholvanorna behöver kartläggas."),
    ("Planering", "NP-utredning, ASRS och AUDIT skickas hem. PEth-prov. Åb efter utredning."),
  ], must=["NL102"], why="hedged ADHD with the typo 'Missänkt' in the cue word")

K("nl102-must-neuro-typo-sannolkit-trigeminusneuralgi", SK, ME, D,
  ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4700"),
  ("1966-09-30", "740", "K"), "Leo Sjögren", "2024-04-09 09:00", "2024-04-09 10:10", [
    ("Aktuellt", "Blixtrande smärtattacker i hö kind och överkäke några sekunder, utlöses av tandborstning och vind. Tandläkare har inte hittat något."),
    ("Tidigare sjukdomar", "Hypertoni, migrän utan aura, depression."),
    ("Status", "Kranialnerver ua, ingen sensibilitetsnedsättning i ansiktet. Kornealreflex bevarad bilat."),
    ("Bedömning", "Sannolkit trigeminusneuralgi hö, grenarna V2. Sekundär orsak bör uteslutas."),
    ("Planering", "Karbamazepin 100 mg x 2, ökas långsamt. MR hjärna med trigeminusprotokoll. Åb om 6 v."),
  ], must=["NL102"], why="typo in the hedge word: 'Sannolkit trigeminusneuralgi'")

K("nl102-must-diktat-typo-misstant-endokardit", VG, ME, D,
  ("Infektionskliniken, Norra Älvsborgs Länssjukhus", "SE2321000131-E861"),
  ("1952-12-24", "477", "M"), "Kent Axelsson", "2024-11-04 08:30", "2024-11-05 10:00", [
    ("Kontaktorsak", "Diktat inskrivning, utskrivet 2024-11-05."),
    ("Diktat", "Diktat: 71-årig man med biologisk aortaklaff sedan 2018, typ 2-diabetes och KOL. Feber sedan 10 dagar, trött, viktnedgång. Tandextraktion för 5 v sedan. Status: Temp 38,8, puls 98. Nytt diastoliskt blåsljud vid vä sternalrand. Splinterblödningar under två naglar. Lab: CRP 124, Hb 109, blododlingar x 3 med grampositiva kocker i kedjor."),
    ("Bedömning", "Misstänt protesendokardit med streptokocker."),
    ("Åtgärd", "TEE i morgon. Bensylpenicillin 3 g x 4 iv plus gentamicin efter samråd med thoraxkirurg. Tandläkarbedömning."),
  ], setting="slutenvård", must=["NL102"], why="dictated admission; typo in the hedge word: 'Misstänt protesendokardit'")

K("nl102-must-jour-ortoped-typo-trolg-septisk-artrit", SK, ME, "Jouranteckning",
  ("Ortopedkliniken, Lasarettet i Ystad", "SE2321000255-1955"),
  ("1990-06-22", "397", "M"), "Tyra Blom", "2024-12-21 02:20", "2024-12-21 03:05", [
    ("Kontaktorsak", "Svullet varmt hö knä sedan 2 dagar, nu omöjligt att belasta. Feber 38,5 hemma."),
    ("Anamnes", "34-årig man med psoriasis och typ 1-diabetes (insulinpump). Ingen trauma, ingen tidigare ledsjukdom. Ingen resa."),
    ("Status", "Temp 38,7, puls 104. Hö knä: kraftig svullnad, rodnad, värmeökning, smärtsam rörlighet 10–40°."),
    ("Lab", "CRP 180, LPK 15,2. Ledvätska: grumlig, LPK 68 000, inga kristaller i jourmikroskopi. Glukos 16."),
    ("Bedömning", "Trolg septisk artrit hö knä. Diabetesen dåligt reglerad i samband med infektionen."),
    ("Åtgärd", "Blododlingar och ledvätskeodling. Kloxacillin 2 g x 4 iv efter odling. Artroskopisk spolning i morgon bitti, fastande. Diabetesjour kontaktad angående pumpen."),
  ], setting="slutenvård", must=["NL102"], why="night note; typo in the hedge: 'Trolg septisk artrit'")

K("nl102-must-ssk-telefon-misstankt-sarinfektion", VG, ME, "Telefonkontakt",
  ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E441"),
  ("1972-04-16", "160", "K"), "Marie Åkerlund", "2024-09-16 08:20", "2024-09-16 08:45", [
    ("Kontaktorsak", "Pat ringer, opererad för navelbråck 2024-09-10, rodnad och värk runt såret sedan i går."),
    ("Aktuellt", "Temp 38,0 i morse. Såret vätskar lite gulaktigt. Diabetes typ 2 på Metformin, blodsockret högre än vanligt. Tar Alvedon."),
    ("Bedömning", "Misstänkt postoperativ sårinfektion. Inga tecken på allmänpåverkan enligt pat."),
    ("Åtgärd", "Tid på mottagningen i dag kl 11 för läkarbedömning och sårodling. Pat ombedd ta med läkemedelslista."),
  ], role="sjuksköterska", must=["NL102"], why="nurse's telephone note in Melior: 'Misstänkt postoperativ sårinfektion'")
# ---------------------------------------------------------------- NL102 must_not

K("nl102-not-tidiga-hypoteser-mall-debuterande-psykos", SK, ME, "Tidiga hypoteser",
  ("Psykiatrisk öppenvårdsmottagning, Kristianstad", "SE2321000255-8890"),
  ("2003-05-30", "119", "M"), "Helga Lindbom", "2024-02-01 16:10", "2024-02-01 16:30", [
    ("Hypotes", "Misstänkt debuterande psykos, prodromalfas."),
    ("Underlag", "Sedan hösten social isolering, sviktande studieresultat, misstänksamhet mot kurskamrater och ovanliga perceptuella upplevelser enligt mamma. Cannabis senast i somras enligt pat."),
    ("Överväganden", "Hypotesen är för osäker för att kommuniceras nu; pat är ångestfylld och vi vill inte riskera att han avbryter kontakten."),
    ("Planering", "CAARMS-intervju inom 2 v. Omprövas senast 2024-04-30."),
  ], must_not=["NL102"], why="Skåne Tidiga hypoteser template: a hedged diagnosis where it belongs")

K("nl102-not-tidiga-hypoteser-mall-trol-ms-fore-mr", SK, ME, "Tidiga hypoteser",
  ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-2230"),
  ("1992-10-08", "840", "K"), "Rasmus Lindell", "2024-06-20 11:00", "2024-06-20 11:15", [
    ("Hypotes", "Trol. MS."),
    ("Underlag", "Övergående känselnedsättning bålen nedåt i 3 v våren 2022 och nu dimsyn vä öga med smärta vid ögonrörelser. Livliga reflexer i benen."),
    ("Information", "Har inte diskuterats med pat, hon vet att MR och synundersökning görs för att se orsaken till synbesvären."),
    ("Omprövning", "Efter MR hjärna och ryggmärg v. 27."),
  ], extra=[N("n2", D, "Rasmus Lindell", "2024-06-20 10:30", "2024-06-20 11:15", [
    ("Aktuellt", "Synbesvär vä öga sedan 5 dagar, smärta vid ögonrörelser."),
    ("Tidigare sjukdomar", "Astma, hypotyreos."),
    ("Status", "Visus vä 0,3, hö 1,0. RAPD vä. Papiller ua."),
    ("Bedömning", "Optikusneurit vä öga."),
    ("Planering", "MR hjärna och ryggmärg v. 27. Ögonmottagningen för synfält. Solu-Medrol diskuteras efter MR."),
  ])], must_not=["NL102"], why="Skåne: 'Trol. MS' only in the Tidiga hypoteser template; the visible note has a settled optic neuritis")

K("nl102-not-tidiga-hypoteser-mall-mojlig-ftd", SK, ME, "Tidiga hypoteser",
  ("Minnesmottagningen, Lasarettet i Landskrona", "SE2321000255-3100"),
  ("1958-08-14", "433", "M"), "Signe Hallberg", "2024-08-27 15:45", "2024-08-27 16:00", [
    ("Hypotes", "Möjlig frontotemporal demens, beteendevariant (bvFTD)."),
    ("Underlag", "Hustrun beskriver personlighetsförändring sedan 2 år: hämningslöshet, sötsug, apati. MMSE 27/30 men FAB 11/18. Morfar 'blev konstig' i 60-årsåldern."),
    ("Övervägande", "För tidigt att ta upp med pat innan neuropsykologisk testning och FDG-PET; kan vara en depression med frontala symtom."),
  ], must_not=["NL102"], why="Skåne Tidiga hypoteser template with 'Möjlig frontotemporal demens'")

K("nl102-not-tidiga-hypoteser-mall-misstankt-endometriecancer", SK, ME, "Tidiga hypoteser",
  ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-5102"),
  ("1954-11-19", "602", "K"), "Kajsa Nord", "2024-04-24 13:35", "2024-04-24 13:50", [
    ("Hypotes", "Misstänkt endometriecancer."),
    ("Underlag", "Postmenopausal blödning x 2, endometrietjocklek 14 mm med inhomogen struktur och ökat flöde på VUL. Fetma, typ 2-diabetes."),
    ("Plan", "Hysteroskopi med riktad biopsi v. 18. Hypotesen förs över till ordinarie anteckning när PAD föreligger."),
  ], extra=[N("n2", D, "Kajsa Nord", "2024-04-24 13:00", "2024-04-24 13:50", [
    ("Kontaktorsak", "Postmenopausal blödning, remiss från MVC."),
    ("Tidigare sjukdomar", "Typ 2-diabetes, hypertoni, BMI 36."),
    ("Status", "Sparsam blödning från cervix. VUL: förtjockat endometrium 14 mm."),
    ("Planering", "Hysteroskopi med biopsi v. 18. Pat informerad om undersökningen."),
  ])], must_not=["NL102"], why="Skåne Tidiga hypoteser template; the visible companion note names only findings")

K("nl102-not-vgr-sokord-misstankt-myelom", VG, ME, D,
  ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E703"),
  ("1953-01-04", "415", "M"), "Birgitta Holm", "2024-05-14 10:00", "2024-05-14 11:25", [
    ("Aktuellt", "Remiss från VC: ryggvärk sedan 3 mån och anemi."),
    ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes, gikt."),
    ("Status", "Ömhet över ländryggen. Lymfkörtlar ua. Neurologiskt ua i benen."),
    ("Lab", "Hb 101, krea 104, Ca 2,55, SR 76. M-komponent IgA 28 g/l."),
    ("Tidiga hypoteser", "Misstänkt multipelt myelom, DD MGUS med annan orsak till anemin."),
    ("Bedömning", "Ryggsmärta och anemi, utredning pågår. Hypertoni och diabetes välreglerade."),
    ("Planering", "Benmärgsundersökning och helkropps-DT. Åb om 2 v med svar."),
  ], must_not=["NL102"], why="VGR: the hedged myeloma is under the Tidiga hypoteser sökord; visible sections hold no hedged diagnosis")

K("nl102-not-vgr-sokord-barn-trol-nf1", VG, ME, D,
  ("Barn- och ungdomsmedicinska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E490"),
  ("2016-03-21", "185", "M"), "Karin Edholm", "2024-09-05 14:10", "2024-09-05 15:00", [
    ("Aktuellt", "8-årig pojke, remiss från skolsköterska pga bruna fläckar på kroppen och inlärningssvårigheter. Kommer med pappa."),
    ("Tidigare sjukdomar", "Astma (Flutide). Tubor x 2 vid 3 års ålder."),
    ("Status", "Längd 128 cm, vikt 27 kg. Åtta café-au-lait-fläckar > 5 mm på bål och ben. Fräknar i armhålorna. Neurologiskt ua."),
    ("Tidiga hypoteser", "Trol. neurofibromatos typ 1 (uppfyller 2 kriterier). Väntar med att ta upp det med familjen tills ögonundersökning gjorts."),
    ("Bedömning", "Pigmentförändringar i huden och inlärningssvårigheter. Astman välkontrollerad."),
    ("Planering", "Remiss ögonläkare (Lisch-knutor). Remiss BUP för utredning av inlärning. Åb om 3 mån."),
  ], must_not=["NL102"], why="child under 13, VGR: the NF1 hypothesis is under the Tidiga hypoteser sökord")

K("nl102-not-vgr-sokord-misstankt-mycosis-fungoides", VG, ME, D,
  ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E290"),
  ("1961-07-29", "657", "M"), "Tomas Hilding", "2024-03-18 09:30", "2024-03-18 10:15", [
    ("Kontaktorsak", "Terapiresistenta fjällande fläckar på skinkor och bål sedan 3 år."),
    ("Tidigare sjukdomar", "Atopiskt eksem i barndomen, hypertoni, KOL."),
    ("Status", "Skarpt avgränsade erytematösa fjällande plack på gluteer och bål, ca 10 % av kroppsytan. Lymfkörtlar i ljumskar och axiller ua."),
    ("Tidiga hypoteser", "Misstänkt mycosis fungoides, tidig fas. Tidigare biopsi 2022 ospecifik."),
    ("Bedömning", "Behandlingsresistent eksem. KOL och hypertoni stabila."),
    ("Åtgärd", "Tre stansbiopsier inkl klonalitetsanalys. Grupp III-steroid tills svar. Åb om 4 v."),
  ], must_not=["NL102"], why="VGR: suspected cutaneous T-cell lymphoma under the Tidiga hypoteser sökord; the visible part calls it eczema")

K("nl102-not-vgr-sokord-trol-sle-utkast", VG, ME, D,
  ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E630"),
  ("1995-04-12", "264", "K"), "Gunnar Vik", "2024-07-03 15:00", None, [
    ("Aktuellt", "Ledvärk i händer och knän, håravfall och utslag i ansiktet efter solexponering sedan i våras."),
    ("Tidigare sjukdomar", "Migrän, Raynauds fenomen."),
    ("Status", "Fjärilsformat erytem över kinder och näsrygg. Ömhet utan svullnad i MCP-leder. Munslemhinna ua."),
    ("Lab", "ANA pos 1:1280, anti-dsDNA 78, C3 lågt. Hb 114, LPK 3,1. U-sticka: protein 1+."),
    ("Tidiga hypoteser", "Trol. SLE med möjligt njurengagemang."),
    ("Bedömning", "Artralgier, fotosensitivt utslag och leukopeni, utredning pågår."),
    ("Planering", "U-albumin/krea, urinsediment. Solskydd. Åb om 2 v."),
  ], must_not=["NL102"], why="unsigned draft, VGR: 'Trol. SLE' under the Tidiga hypoteser sökord")

K("nl102-not-pmo-vardcentral-trol-depression-typo", SK, PMO, D,
  ("Vårdcentralen Centrum, Eslöv", "SE2321000255-0810"),
  ("1979-12-03", "582", "K"), "Anders Bredberg", "2024-03-07 10:30", "2024-03-07 11:15", [
    ("Kontaktorsak", "Trötthet, dålig sömn och gråtmildhet sedan 2 mån."),
    ("Anamnes", "44-årig kvinna, undersköterska. Hypotyreos (Levaxin 100 µg), astma. Separation i höstas. Inga suicidtankar."),
    ("Status", "Ledsen, god kontakt. MADRS-S 26. BT 122/78. Tyreoidea ua."),
    ("Lab", "TSH 1,8, Hb 132, ferritin 45."),
    ("Bedömning", "Trol. depresion av medelsvår grad."),
    ("Åtgärd", "Sertralin 50 mg. Remiss till psykolog på VC. Sjukskrivning 50 % i 4 v. Uppföljning om 3 v."),
  ], must_not=["NL102"], why="PMO never shows diagnoses; typo in the diagnosis: 'depresion'")

K("nl102-not-pmo-vardcentral-susp-pneumoni", SK, PMO, D,
  ("Vårdcentralen Tullgården, Hässleholm", "SE2321000255-0820"),
  ("1955-02-07", "159", "M"), "Frida Lindström", "2024-01-31 14:20", "2024-01-31 14:50", [
    ("Kontaktorsak", "Hosta med gult slem och feber 38,5 i 4 dagar."),
    ("Anamnes", "68-årig man med KOL (Anoro), hypertoni och typ 2-diabetes. Röker 10 cig/d."),
    ("Status", "Temp 38,2, AF 20, sat 94 %. Pulm: rassel hö basalt. BT 136/80."),
    ("Lab", "CRP 96. Glukos 11,2."),
    ("Bedömning", "Susp. pneumoni hö basalt."),
    ("Åtgärd", "Kåvepenin 1 g x 3 i 7 dagar. Ny kontakt vid försämring, lungröntgen om 6 v."),
  ], must_not=["NL102"], why="PMO vårdcentral note: hedged pneumonia is never shown as a diagnosis")

K("nl102-not-pmo-bvc-misstankt-komjolksproteinallergi", SK, PMO, "BVC-läkarbesök",
  ("BVC Sofielund, Malmö", "SE2321000255-0840"),
  ("2024-01-09", "302", "K"), "Mona Tahir", "2024-07-16 10:00", "2024-07-16 10:40", [
    ("Kontaktorsak", "6-månaderskontroll, mamma oroar sig för eksem och slemmig avföring."),
    ("Anamnes", "Fullgången, delvis ammad, ersättning sedan 4 mån. Eksem på kinder och i armvecken sedan ersättningen startade. Pappa har astma."),
    ("Status", "Vikt 7,1 kg (–0,5 SD, följer kurvan). Torra eksematösa fläckar på kinder och i armvecken. Buk mjuk."),
    ("Bedömning", "Misstänkt komjölksproteinallergi. Atopiskt eksem."),
    ("Åtgärd", "Extensivt hydrolyserad ersättning i 4 v, mjölkfri kost för mamma. Mjukgörande kräm. Ny kontakt efter 4 v för provokation."),
  ], must_not=["NL102"], why="PMO BVC note for an infant: hedged allergy is never a visible diagnosis in PMO")

K("nl102-not-pmo-vardcentral-mojlig-typ-2-diabetes", SK, PMO, D,
  ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-0850"),
  ("1968-06-27", "497", "M"), "Gunilla Persson", "2024-10-09 08:40", "2024-10-09 09:10", [
    ("Kontaktorsak", "Hälsokontroll på egen begäran, pappa fick hjärtinfarkt i våras."),
    ("Anamnes", "56-årig man, lastbilschaufför. Hypertoni (Amlodipin). Dricker mycket läsk. Inga symtom."),
    ("Status", "BMI 32, midjemått 112 cm. BT 148/90."),
    ("Lab", "fP-glukos 7,4. HbA1c 49. LDL 3,8."),
    ("Bedömning", "Möjlig typ 2-diabetes, kräver bekräftande HbA1c. Hypertoni ej i mål."),
    ("Åtgärd", "Nytt HbA1c om 2 v. Amlodipin höjs till 10 mg. Remiss livsstilsmottagning."),
  ], must_not=["NL102"], why="PMO: 'Möjlig typ 2-diabetes' in a vårdcentral note")

K("nl102-not-pmo-hemsjukvard-ssk-trol-uvi", SK, PMO, "Omvårdnadsanteckning",
  ("Hemsjukvården Höör", "SE2321000255-0860"),
  ("1931-09-18", "846", "K"), "Annelie Berg", "2024-05-22 13:45", "2024-05-22 14:05", [
    ("Kontaktorsak", "Hembesök efter samtal från hemtjänsten: pat förvirrad sedan i går, luktar illa om urinen."),
    ("Aktuellt", "92-årig kvinna med demens, hjärtsvikt och förmaksflimmer (Eliquis). Dricker dåligt enligt hemtjänsten."),
    ("Status", "Temp 37,9, puls 92 oregelbunden, BT 112/64, sat 95 %. Mer förvirrad än vanligt. Inga nya fokala neurologiska bortfall."),
    ("Bedömning", "Trol. UVI med lätt konfusion."),
    ("Åtgärd", "Urinsticka pos för nitrit och leukocyter, urinodling skickad. Dr Olsson kontaktad, Selexid ordinerat. Vätskelista till hemtjänsten. Nytt hembesök i morgon."),
  ], role="sjuksköterska", must_not=["NL102"], why="PMO home-care nurse note: hedged UTI not shown")

K("nl102-not-pmo-vardcentral-typo-misstakt-pmr", SK, PMO, D,
  ("Vårdcentralen Bara", "SE2321000255-0870"),
  ("1949-04-30", "508", "K"), "Karl-Erik Mohlin", "2024-11-26 09:20", "2024-11-26 09:55", [
    ("Kontaktorsak", "Stelhet och värk i axlar och höfter i 3 v, svårt att komma upp ur sängen."),
    ("Anamnes", "75-årig kvinna med hypertoni och osteoporos. Ingen huvudvärk, inga synbesvär."),
    ("Status", "Smärtsam rörlighet i axlar bilat, inga synoviter. Temporalisartärer ua."),
    ("Lab", "SR 56, CRP 38."),
    ("Bedömning", "Misstäkt polymyalgia reumatika."),
    ("Åtgärd", "Prednisolon 15 mg. Ny kontroll av SR och CRP om 1 v."),
  ], must_not=["NL102"], why="PMO vårdcentral note; typo in the cue word: 'Misstäkt'")

K("nl102-not-akut-ingen-misstanke-om-dvt", SK, ME, "Akutanteckning",
  ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5000"),
  ("1988-11-14", "626", "K"), "Ludvig Persson", "2024-08-03 17:30", "2024-08-03 18:20", [
    ("Kontaktorsak", "Ont i vä vad efter lång bilresa från Italien."),
    ("Anamnes", "35-årig kvinna med hypotyreos. Gestagenpiller. Ingen tidigare trombos. Ingen andfåddhet, ingen bröstsmärta."),
    ("Status", "Vader lika stora, ingen ödem, ingen rodnad. Ömhet i vä gastrocnemius. Puls 68, sat 99 %."),
    ("Lab", "D-dimer < 0,2."),
    ("Bedömning", "Ingen misstanke om DVT, Wells 0 och negativ D-dimer. Muskulär överbelastning vä vad."),
    ("Åtgärd", "Alvedon och Ipren vb. Åter vid svullnad eller andfåddhet."),
  ], must_not=["NL102"], why="negated: 'Ingen misstanke om DVT'")

K("nl102-not-lungemboli-uteslutes-dt-normal-utkast", VG, ME, D,
  ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E063"),
  ("1963-06-19", "846", "K"), "Oliver Sten", "2024-11-12 11:50", None, [
    ("Aktuellt", "Vårddag 1. Inlagd med andfåddhet och bröstsmärta efter flygresa."),
    ("Tidigare sjukdomar", "Astma, hypertoni, gastrit."),
    ("Status", "Sat 96 % luft, AF 18, puls 84. Pulm: expiratoriska ronki bilat."),
    ("Röntgen", "DT lungartärer: inga embolier. Inga infiltrat."),
    ("Bedömning", "Lungemboli uteslutes (DT normal). Astmaexacerbation utlöst av förkylning."),
    ("Planering", "Prednisolon 30 mg i 5 dagar, Ventoline vb. Hemgång i eftermiddag, åter via VC om 2 v."),
  ], must_not=["NL102"], why="unsigned draft: negated 'Lungemboli uteslutes'")

K("nl102-not-postop-inga-tecken-pa-infektion", SK, ME, "Daganteckning",
  ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-2500"),
  ("1946-12-11", "223", "M"), "Stina Winter", "2024-04-04 10:15", "2024-04-04 11:30", [
    ("Aktuellt", "Dag 3 efter knäprotes hö (gonartros). Temp 38,0 i går kväll."),
    ("Tidigare sjukdomar", "Gonartros bilat, typ 2-diabetes, hypertoni, TIA 2018."),
    ("Status", "Temp 37,2 i dag. Förband torrt, såret utan rodnad eller sekretion. Vaden mjuk. Pulm: ua."),
    ("Lab", "CRP 118 (dag 2: 142), Hb 112, U-sticka ua."),
    ("Bedömning", "Förväntat postoperativt förlopp. Inga tecken på infektion, CRP sjunker och febern från i går har inte återkommit."),
    ("Planering", "Fortsatt mobilisering. Fragmin. Hemgång planeras dag 4."),
  ], must_not=["NL102"], why="negated 'Inga tecken på infektion'; the only hedge concerns an expected fever")

K("nl102-not-utan-hallpunkt-for-malignitet-typo", VG, ME, D,
  ("Gastroenterologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E275"),
  ("1959-09-02", "193", "M"), "Alva Kronqvist", "2024-06-18 14:40", "2024-06-18 15:10", [
    ("Kontaktorsak", "Svar på gastroskopi pga dyspepsi och järnbrist."),
    ("Tidigare sjukdomar", "Förmaksflimmer (Eliquis), hypertoni, artros."),
    ("Gastroskopi/PAD", "Två ytliga ulcera i antrum. PAD: kronisk aktiv gastrit, Helicobacter pylori påvisad, utan hållpunkt för malginitet."),
    ("Bedömning", "Helicobacter pylori-positiv ulcussjukdom i antrum. Järnbristanemi."),
    ("Planering", "Eradikeringsbehandling (Omeprazol, amoxicillin, klaritromycin) i 10 dagar. Järn po. Ureautandningstest 6 v efter avslutad behandling."),
  ], must_not=["NL102"], why="negated 'utan hållpunkt för' malignancy; typo in the diagnosis: 'malginitet'")

K("nl102-not-kirurgi-appendicit-kan-uteslutas", SK, ME, D,
  ("Kirurgakuten, Skånes universitetssjukhus Lund", "SE2321000255-4010"),
  ("1997-03-25", "486", "K"), "Axel Nordström", "2024-05-19 21:00", "2024-05-19 22:10", [
    ("Kontaktorsak", "Smärta i hö fossa sedan i morse, illamående."),
    ("Anamnes", "27-årig kvinna, mitt i menscykeln. Migrän. Inga läkemedel."),
    ("Status", "Temp 37,0. Buk: lätt ömhet hö fossa, ingen släppömhet. Gyn: lätt ömhet hö adnex."),
    ("Lab/Röntgen", "CRP < 5, LPK 7,1, hCG neg. UL buk: normal appendix, liten mängd fri vätska i lilla bäckenet, hö ovarium med rupturerad follikel."),
    ("Bedömning", "Appendicit kan uteslutas. Mittelschmerz (ovulationssmärta) hö."),
    ("Åtgärd", "Hemgång. Ipren och Alvedon vb. Åter vid feber eller försämring."),
  ], must_not=["NL102"], why="'kan uteslutas' (without 'ej') is a negation, not a hedge")

K("nl102-not-reuma-ej-talande-for-inflammatorisk-sjukdom", VG, ME, D,
  ("Reumatologmottagningen, Norra Älvsborgs Länssjukhus", "SE2321000131-E862"),
  ("1981-08-08", "424", "K"), "Sebastian Roos", "2024-02-28 10:30", "2024-02-28 11:45", [
    ("Aktuellt", "Remiss från VC: generell värk i muskler och leder i 2 år, trötthet, sömnproblem."),
    ("Tidigare sjukdomar", "IBS, depression, migrän."),
    ("Status", "Utbredd ömhet i muskelfästen, 14 av 18 punkter. Inga synoviter, normal rörlighet i alla leder."),
    ("Lab", "SR 8, CRP < 1, ANA neg, RF neg, anti-CCP neg, CK normalt, TSH normalt."),
    ("Bedömning", "Ej talande för inflammatorisk reumatisk sjukdom. Fibromyalgi."),
    ("Planering", "Information om fibromyalgi och fysisk aktivitet. Remiss fysioterapeut. Åter till VC för fortsatt kontakt."),
  ], must_not=["NL102"], why="negated 'Ej talande för', followed by a settled diagnosis")

K("nl102-not-neuro-misstanken-om-stroke-avskrivs-bells-pares", SK, ME, D,
  ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4710"),
  ("1972-10-17", "319", "M"), "Ebba Sköld", "2024-03-03 09:50", "2024-03-03 10:30", [
    ("Aktuellt", "Inlagd via strokelarm i går kväll pga hängande vä munvinkel."),
    ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes, sömnapné."),
    ("Status", "Perifer facialispares vä med påverkan även på pannan, House-Brackmann IV. Övrig neurologi ua. Vesiklar saknas i hörselgången."),
    ("Röntgen", "DT hjärna med angio: ua."),
    ("Bedömning", "Misstanken om stroke avskrivs. Bells pares vä."),
    ("Åtgärd", "Prednisolon 50 mg x 1 i 10 dagar. Ögonskydd och tårersättning. Hemgång idag. ÖNH-kontroll om 4 v."),
  ], must_not=["NL102"], why="'Misstanken om stroke avskrivs' - the hedge word sits inside a negation")

K("nl102-not-ortoped-typo-ingen-missanke-om-fraktur", VG, ME, D,
  ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E400"),
  ("2006-02-09", "579", "M"), "Julia Alm", "2024-09-28 19:10", "2024-09-28 19:40", [
    ("Kontaktorsak", "Vrickade hö fot under fotbollsmatch."),
    ("Anamnes", "18-årig man, fotbollsspelare i division 4, inga kända sjukdomar. Kunde gå av planen själv."),
    ("Status", "Svullnad lateralt hö fotled, ömhet över främre talofibulära ligamentet. Ingen ömhet över malleolerna, basen av MT5 eller os naviculare. Kan belasta 4 steg."),
    ("Bedömning", "Ingen missanke om fraktur enligt Ottawa-reglerna. Distorsion hö fotled."),
    ("Åtgärd", "Ingen röntgen. Kyla, kompression, högläge. Stabiliserande tejp. Fysioterapeut om besvär kvarstår efter 2 v."),
  ], must_not=["NL102"], why="negated, with the typo 'Ingen missanke om fraktur'")

K("nl102-not-erysipelas-trol-hemgang-i-morgon", SK, ME, "Daganteckning",
  ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4610"),
  ("1950-01-22", "662", "K"), "Ivar Holmgren", "2024-07-25 11:10", "2024-07-25 12:00", [
    ("Aktuellt", "Vårddag 3 för erysipelas vä underben."),
    ("Tidigare sjukdomar", "Typ 2-diabetes, venös insufficiens, hypertoni. Tidigare erysipelas 2022."),
    ("Status", "Afebril sedan i går. Rodnaden tydligt minskad inom markeringen. Tåmellanrum: fotsvamp."),
    ("Lab", "CRP 64 (inkomst 198)."),
    ("Bedömning", "Erysipelas vä underben i god regress. Tinea pedis som inkörsport."),
    ("Planering", "Byte till Kåvepenin 1 g x 3, totalt 10 dagar. Trol. hemgång i morgon. Pevaryl på fötterna. Stödstrumpor när rodnaden gått över."),
  ], must_not=["NL102"], why="'Trol.' hedges the discharge, not a diagnosis")

K("nl102-not-diskbrack-ev-remiss-ev-aterbesok-utkast", VG, ME, D,
  ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E650"),
  ("1984-05-03", "331", "M"), "Hilda Ström", "2024-10-15 13:15", None, [
    ("Kontaktorsak", "Ischias vä sedan 8 v trots smärtlindring och fysioterapi."),
    ("Anamnes", "40-årig man, lagerarbetare. Hypertoni. Sjukskriven 50 %."),
    ("Status", "Lasègue pos vä 40°. Nedsatt sensibilitet lateralt vä fot, svag achillesreflex vä. Tåstående ua."),
    ("Röntgen", "MR ländrygg: diskbråck L5–S1 vä med kompression av vä S1-rot."),
    ("Bedömning", "Lumbalt diskbråck L5–S1 vä med S1-ischias, stegvis förbättrad."),
    ("Planering", "Fortsatt fysioterapi, ev. remiss till annan fysioterapeut med ryggkompetens. Ev. återbesök om 6 v om ingen förbättring, då ställningstagande till operation."),
  ], must_not=["NL102"], why="unsigned draft; 'ev.' hedges referrals and a visit, the diagnosis is MR-verified")

K("nl102-not-ff-mojligen-byte-till-eliquis", SK, ME, D,
  ("Medicinmottagningen, Lasarettet i Trelleborg", "SE2321000255-1630"),
  ("1943-07-08", "135", "M"), "Irma Andersson", "2024-01-11 14:40", "2024-01-11 15:20", [
    ("Aktuellt", "Årskontroll permanent förmaksflimmer, Waranbehandlad sedan 2012. Svårt att ta sig till INR-kontrollerna."),
    ("Tidigare sjukdomar", "Förmaksflimmer, hypertoni, hjärtsvikt med bevarad EF, kronisk njursvikt stadium 3a."),
    ("Status", "Puls 78 oregelbunden, BT 132/76. Lätta ankelödem."),
    ("Lab", "INR tid i terapeutiskt intervall 52 %. Krea 118, eGFR 48."),
    ("Bedömning", "Permanent förmaksflimmer med instabil Waranbehandling."),
    ("Planering", "Möjligen byte till Eliquis, diskuteras med pat och dotter vid nästa besök. Sannolikt blir dosen 5 mg x 2 med aktuell njurfunktion. Krea om 3 mån."),
  ], must_not=["NL102"], why="'Möjligen' and 'Sannolikt' hedge a drug switch and its dose, not a diagnosis")

K("nl102-not-achillesruptur-sannolikt-behov-av-sjukskrivning", VG, ME, D,
  ("Ortopedmottagningen, Norra Älvsborgs Länssjukhus", "SE2321000131-E867"),
  ("1979-10-25", "515", "M"), "Vera Lindqvist", "2024-02-19 09:40", "2024-02-19 10:30", [
    ("Kontaktorsak", "Kände en smäll i vä häl när han spelade padel i går."),
    ("Anamnes", "44-årig man, snickare. Astma. Inga tidigare senbesvär."),
    ("Status", "Palpabel defekt 5 cm ovan calcaneus vä. Thompsons test pos vä. Kan inte stå på tå."),
    ("Röntgen", "UL vä hälsena: total ruptur med 2 cm diastas i neutralläge, 5 mm i spetsfot."),
    ("Bedömning", "Total akillesseneruptur vä, lämplig för icke-kirurgisk behandling med ortos."),
    ("Planering", "Ortos med kilar i 8 v. Fragmin under ortosbehandlingen. Pat kommer sannolikt att behöva sjukskrivning i 8–12 v som snickare. Fysioterapi från v. 2."),
  ], must_not=["NL102"], why="'sannolikt' hedges a sick-leave need; the rupture is ultrasound-verified")

K("nl102-not-hereditet-trol-hjartinfarkt-hos-far", SK, ME, D,
  ("Lipidmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6360"),
  ("1986-05-16", "155", "M"), "Maja Carlsson", "2024-09-10 13:00", "2024-09-10 14:05", [
    ("Aktuellt", "Uppföljning efter genetisk testning för högt kolesterol, LDL 6,8 obehandlat."),
    ("Hereditet", "Far dog plötsligt 52 år gammal, trol. hjärtinfarkt. Syster har ev. förhöjt kolesterol men är inte utredd. Farfar stroke i 60-årsåldern."),
    ("Tidigare sjukdomar", "Hypertoni sedan 2022. Astma."),
    ("Status", "Seninlagringar i hälsenorna bilat. BT 134/84. Cor ua."),
    ("Lab/Genetik", "LDL 4,1 på Atorvastatin 40 mg. Patogen variant i LDLR-genen."),
    ("Bedömning", "Familjär hyperkolesterolemi, genetiskt verifierad. Behandlingsmål LDL < 1,8 ej nått."),
    ("Planering", "Atorvastatin 80 mg, Ezetimib 10 mg tillägg. Kaskadscreening: syster och pats barn erbjuds testning."),
  ], must_not=["NL102"], why="the hedged diagnoses belong to relatives (Hereditet); the patient's own diagnosis is genetically confirmed")

K("nl102-not-tidigare-misstankt-celiaki-uteslots", VG, ME, D,
  ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E055"),
  ("1990-03-07", "566", "K"), "Emil Åslund", "2024-12-05 10:20", "2024-12-05 11:05", [
    ("Aktuellt", "Remiss från VC: uppblåsthet och diarré efter mjölkprodukter."),
    ("Tidigare sjukdomar", "Utredd 2018 för misstänkt celiaki, som uteslöts med normala duodenalbiopsier och negativ transglutaminas. Hypotyreos, astma."),
    ("Lab", "Gentest laktasgen: CC-genotyp (laktasnonpersistens). Transglutaminas-IgA neg. Hb 134."),
    ("Bedömning", "Laktosintolerans, genetiskt bekräftad."),
    ("Planering", "Laktosreducerad kost, dietist vid behov. Utredningen avslutas här, åter till VC."),
  ], must_not=["NL102"], why="past history: a suspected diagnosis that was ruled out ('uteslöts') is no current hypothesis")
# ---------------------------------------------------------------- validation and output

KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _luhn_ok(pnr):
    digits = pnr.replace("-", "")[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return _luhn_digit(digits[:9]) == digits[9]


def _age(birth, when):
    b = date.fromisoformat(birth)
    d = datetime.fromisoformat(when).date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen = {}
    units = {}
    for c in cases:
        n = c["case"]
        if n in names:
            errors.append("duplicate case name %s" % n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            errors.append("%s: case name not ascii kebab-case" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: bad ruleset" % n)
        if not c["why"]:
            errors.append("%s: empty why" % n)
        rec = c["record"]
        pat = rec["patient"]
        if not _luhn_ok(pat["id"]):
            errors.append("%s: personnummer fails Luhn" % n)
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            errors.append("%s: personnummer does not match birth_date" % n)
        sexdigit = int(pat["id"][-2])
        if (sexdigit % 2 == 1) != (c["_sex"] == "M"):
            errors.append("%s: sex digit does not match" % n)
        if not rec["as_of"].startswith("2024-"):
            errors.append("%s: as_of not in 2024" % n)
        ids = set()
        for note in rec["notes"]:
            ids.add(note["id"])
            for t in (note["time"], note["signed"]):
                if t is not None and not t.startswith("2024-"):
                    errors.append("%s: date not in 2024: %s" % (n, t))
            if note["signed"] is not None and note["signed"] < note["time"]:
                errors.append("%s: signed before written" % n)
            age = _age(pat["birth_date"], note["time"])
            if 13 <= age <= 15 or age < 0:
                errors.append("%s: patient aged %d" % (n, age))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % n)
            if not 3 <= len(note["sections"]) <= 8:
                errors.append("%s: note %s has %d sections" % (n, note["id"], len(note["sections"])))
            u = note["unit"]
            if units.setdefault(u["hsa_id"], u["name"]) != u["name"]:
                errors.append("%s: HSA id %s used for two unit names" % (n, u["hsa_id"]))
            if units.setdefault("name:" + u["name"], u["hsa_id"]) != u["hsa_id"]:
                errors.append("%s: unit %s has two HSA ids" % (n, u["name"]))
            for sec in note["sections"]:
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in seen and seen[s] != (n, note["id"], sec["keyword"]):
                            errors.append("%s: sentence reused (first in %s): %s" % (n, seen[s][0], s))
                        elif s in seen:
                            errors.append("%s: sentence repeated in one section: %s" % (n, s))
                        seen[s] = (n, note["id"], sec["keyword"])
        asserted = c["must"] + c["must_not"]
        if not asserted:
            errors.append("%s: asserts nothing" % n)
        for code, target in asserted:
            if code not in CODES:
                errors.append("%s: unexpected code %s" % (n, code))
            if target not in ids:
                errors.append("%s: target %s does not exist" % (n, target))
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])):
            errors.append("%s: code both must and must_not" % n)
        n1 = rec["notes"][0]
        for code, _ in asserted:
            if code == "NL101" and n1["system"] != "Melior":
                errors.append("%s: NL101 asserted on a non-Melior note" % n)
        for code, _ in c["must"]:
            if code == "NL102" and n1["system"] != "Melior":
                errors.append("%s: NL102 must on a non-Melior note" % n)
    return errors


def main():
    errors = validate(CASES)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    lines = []
    for c in CASES:
        out = {k: c[k] for k in KEYS}
        lines.append(json.dumps(out, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    typos = sum(1 for c in CASES if "typo" in c["why"])
    drafts = sum(1 for c in CASES if c["record"]["notes"][0]["signed"] is None)
    regions = {r: sum(1 for c in CASES if c["ruleset"] == r) for r in ("skane", "vgr")}
    print("%d cases -> %s" % (len(CASES), OUT))
    for key in sorted(counts):
        print("  %s %-8s %d" % (key[0], key[1], counts[key]))
    print("  typos %d, unsigned drafts %d, regions %s" % (typos, drafts, regions))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
