#!/usr/bin/env python3
"""dev61: ambulance/prehospital summaries and 1177 telephone advice notes (NL101, NL102)."""
import hashlib, json, re, sys, os
from datetime import datetime, date

HERE = os.path.dirname(os.path.abspath(__file__))

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return str((10 - tot % 10) % 10)

def pnr(birth, serial):
    y, m, d = birth.split("-")
    body = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%s" % (y, m, d, serial, luhn_digit(body))

def hsa(unit, region):
    pre = "SE2321000255-" if region == "skane" else "SE2321000131-"
    return pre + "%04d" % (int(hashlib.md5(unit.encode()).hexdigest(), 16) % 9000 + 1000)

CASES = []
_serial = [100]

def N(nid, system, template, unit, author, role, time, sections, signed="+", setting="akut", refs=None, region="skane"):
    if time.endswith("!"):
        time, signed = time[:-1], None
    if signed == "+":
        h, mi = int(time[11:13]), int(time[14:16])
        mi += 40
        h += mi // 60; mi %= 60
        signed = time[:11] + "%02d:%02d:00" % (min(h, 23), mi)
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": unit, "hsa_id": hsa(unit, region)},
            "author": {"name": author, "role": role},
            "time": time + ":00", "signed": signed, "setting": setting,
            "refs": refs or [], "sections": [{"keyword": k, "text": t} for k, t in sections]}

def C(name, ruleset, birth, notes, must, must_not, why, as_of="2024-12-31"):
    _serial[0] += 7
    for n in notes:
        if n["unit"]["hsa_id"].startswith("SE2321000255") != (ruleset == "skane"):
            n["unit"]["hsa_id"] = hsa(n["unit"]["name"], ruleset)
    CASES.append({"case": name, "ruleset": ruleset,
                  "record": {"patient": {"id": pnr(birth, _serial[0]), "birth_date": birth, "protected_identity": False},
                             "as_of": as_of + "T00:00:00", "notes": notes,
                             "access_events": [], "conversations": [], "treatments": []},
                  "must": must, "must_not": must_not, "why": why})

M, P = "Melior", "PMO"
S, V = "skane", "vgr"
L, SSK = "läkare", "sjuksköterska"
# ---------------- units ----------------
AK_MAS = "Akutmottagningen, Skånes universitetssjukhus Malmö"
AK_LUND = "Akutmottagningen, Skånes universitetssjukhus Lund"
AK_HBG = "Akutmottagningen, Helsingborgs lasarett"
AK_KRI = "Akutmottagningen, Centralsjukhuset Kristianstad"
AK_YST = "Akutmottagningen, Ystads lasarett"
AK_TBG = "Akutmottagningen, Trelleborgs lasarett"
BARN_LUND = "Barn- och ungdomsakuten, Skånes universitetssjukhus Lund"
STROKE_HBG = "Strokeenheten, Helsingborgs lasarett"
HIA_LUND = "Hjärtintensivavdelningen, Skånes universitetssjukhus Lund"
ORT_HLM = "Ortopedmottagningen, Hässleholms sjukhus"
INF_MAS = "Infektionskliniken, Skånes universitetssjukhus Malmö"
MAVA_LKR = "Medicinsk akutvårdsavdelning, Lasarettet i Landskrona"
RAD_SUS = "Akutmottagningens telefonrådgivning, Skånes universitetssjukhus Malmö"
RAD_HBG = "Sjukvårdsrådgivningen 1177 Skåne, Helsingborg"
AK_SU = "Akutmottagningen, Sahlgrenska universitetssjukhuset"
AK_MOL = "Akutmottagningen, Mölndals sjukhus"
AK_NAL = "Akutmottagningen, NÄL Trollhättan"
AK_SKO = "Akutmottagningen, Skaraborgs sjukhus Skövde"
AK_BOR = "Akutmottagningen, Södra Älvsborgs sjukhus Borås"
BARN_DSBUS = "Barnakuten, Drottning Silvias barn- och ungdomssjukhus"
MED_KUN = "Medicinakuten, Kungälvs sjukhus"
NEURO_SU = "Neurologavdelning 137, Sahlgrenska universitetssjukhuset"
KIR_ALI = "Kirurgavdelningen, Alingsås lasarett"
RAD_VGR = "Akutmottagningens rådgivning, Alingsås lasarett"
VC_SIM = "Vårdcentralen Österlen, Simrishamn"
VC_LOM = "Vårdcentralen Lomma"
VC_NAS = "Vårdcentralen Näsby, Kristianstad"
VC_HOO = "Vårdcentralen Höör"
VC_ESL = "Vårdcentralen Eslöv"

# =============== NL102 must ===============
C("d61-raddahjarnan-trol-mediainfarkt", S, "1948-03-14",
  [N("n1", M, "Akutanteckning", AK_HBG, "Lina Berggren", L, "2024-02-11T07:42",
     [("Ambulansanteckning", "Larm 06.58, rädda hjärnan-larm från ambulansen. Hustrun fann honom med hängande mungipa och talsvårigheter vid frukost, senast sedd frisk 06.30."),
      ("Status", "NIHSS 9. Afasi, hö facialispares, pronation hö arm."),
      ("Bedömning", "Trol. vänstersidig mediainfarkt inom trombolysfönster. DT-angio beställd, trombektomijour kontaktad.")])],
  [["NL102", "n1"]], [], "ambulance stroke alert followed by receiving physician's own hedged diagnosis (Trol.) in visible Bedömning")

C("d61-retts-trol-urosepsis-vgr", V, "1939-11-02",
  [N("n1", M, "Läkaranteckning akut", AK_SKO, "Johan Ekdahl", L, "2024-03-04T14:10",
     [("Aktuellt", "Inkommer med ambulans från särskilt boende. Ambulanssjuksköterskan anger trol. sepsis enl. RETTS, AF 26, saturation 91 %, temp 39,2."),
      ("Status", "Slö men väckbar. Varma extremiteter. Ömmar suprapubiskt, KAD sedan två veckor med grumlig urin."),
      ("Bedömning", "Sannolikt urosepsis utgående från KAD. Odlingar tagna, Pip/Taz givet 14.30.")])],
  [["NL102", "n1"]], [], "RETTS sepsis call, physician writes 'Sannolikt urosepsis' in visible Bedömning")

C("d61-ekg-skickat-misstankt-nstemi", S, "1961-06-22",
  [N("n1", M, "Akutanteckning", AK_LUND, "Amir Haddad", L, "2024-04-18T21:15",
     [("Prehospitalt", "?hjärtinfarkt, EKG skickat från ambulansen till HIA-jour, ej STEMI-kriterier. ASA 300 mg och nitro givet i bilen."),
      ("Lab", "TnT 48 -> 87 ng/L efter en timme."),
      ("Bedömning", "Misstänkt NSTEMI. Läggs in på HIA, kranskärlsröntgen planeras imorgon.")])],
  [["NL102", "n1"]], [], "ambulance EKG question followed by rising troponin and 'Misstänkt NSTEMI' visible")

C("d61-telefon-kan-vara-njursten", S, "1984-09-30",
  [N("n1", M, "Telefonanteckning", RAD_SUS, "Petra Lund", SSK, "2024-05-06T03:20",
     [("Kontaktorsak", "Ringer pga plötslig kolikartad smärta i vänster flank som strålar mot ljumsken sedan en timme. Kräkts en gång."),
      ("Bedömning", "Kan vara njursten. Inga feberuppgifter."),
      ("Råd", "Rekommenderas komma till akutmottagningen för bedömning, tar taxi.")])],
  [["NL102", "n1"]], [], "telephone advice in Melior: 'Kan vara njursten' is a hedged diagnosis of the caller, visible")

C("d61-telefon-later-som-vinterkraksjuka", V, "1990-01-17",
  [N("n1", M, "Telefonrådgivning", RAD_VGR, "Sara Holm", SSK, "2024-01-23T19:05",
     [("Telefonkontakt", "Kräkts 6 ggr och haft vattentunna diarréer sedan i morse, flera kollegor sjuka. Dricker små klunkar, kissat senast för tre timmar sedan. Låter som vinterkräksjuka."),
      ("Åtgärd", "Egenvårdsråd om vätskeersättning. Ring åter vid tecken på uttorkning.")])],
  [["NL102", "n1"]], [], "lay-word hedge 'Låter som vinterkräksjuka' in a visible Melior telephone note")

C("d61-typo-misstankt-lungemboli", S, "1977-12-05",
  [N("n1", M, "Läkaranteckning", AK_KRI, "Henrik Wall", L, "2024-06-02T11:30!",
     [("Anamnes", "Ambulansen hämtade pat från flygplatsen efter 11 timmars flyg, akut andfåddhet och hö-sidig bröstsmärta vid andning."),
      ("Status", "Puls 118, sat 90 % på luft, hö vad svullen."),
      ("Bedömning", "Missttänkt lungemboli, DT-angio pulm beställd, Fragmin given.")])],
  [["NL102", "n1"]], [], "typo in hedge 'Missttänkt lungemboli' (case has typo)")

C("d61-stemi-ej-bekraftat-dd-dissektion", V, "1955-08-19",
  [N("n1", M, "Läkaranteckning akut", AK_SU, "Maria Lindqvist", L, "2024-07-09T02:48",
     [("Prehospitalt", "Ambulans larmade ?STEMI pga bröstsmärta, men på överskickat EKG inga ST-höjningar."),
      ("Status", "BT hö arm 185/100, vä arm 140/85. Smärtan beskrivs som rivande, strålar mot ryggen."),
      ("Bedömning", "Ej STEMI. DD aortadissektion typ A, akut DT-aorta, thoraxkirurg förvarnad.")])],
  [["NL102", "n1"]], [], "ambulance suspicion dismissed but the physician's own DD aortadissektion remains hedged and visible")

C("d61-bild-som-vid-bakteriell-meningit", S, "2002-04-11",
  [N("n1", M, "Inskrivningsanteckning", INF_MAS, "Olof Dahl", L, "2024-02-27T23:10",
     [("Aktuellt", "Inkommer med ambulans efter att rumskamrat larmat, huvudvärk, ljuskänslighet och feber 40,1."),
      ("Status", "Nackstyv, petekier på bålen, GCS 13."),
      ("Bedömning", "Bild som vid bakteriell meningit, ev. meningokocker. Blododling, cefotaxim och Betapred givet före LP.")])],
  [["NL102", "n1"]], [], "'Bild som vid bakteriell meningit' in visible Bedömning")

C("d61-klinik-forenlig-med-collumfraktur", S, "1936-10-28",
  [N("n1", M, "Läkaranteckning", ORT_HLM, "Karin Sjöö", L, "2024-03-15T16:40",
     [("Ambulansuppgifter", "Fallit i badrummet, legat på golvet i 4 timmar tills hemtjänsten kom. Fentanyl 50 mikrog i ambulansen."),
      ("Status", "Förkortat och utåtroterat vä ben, rörelsesmärta ljumske."),
      ("Bedömning", "Klinik förenilg med collumfraktur vä, rtg höft väntas. Fastande från nu.")])],
  [["NL102", "n1"]], [], "'förenilg med collumfraktur' (typo) before imaging is a hedged diagnosis, visible")

C("d61-tia-kan-ej-uteslutas", V, "1951-05-03",
  [N("n1", M, "Läkaranteckning akut", AK_BOR, "Gustav Ahl", L, "2024-08-21T10:05",
     [("Aktuellt", "Ambulansen kallades för övergående domning i vä hand och sluddrigt tal i 20 minuter, helt återställd vid ambulansens ankomst."),
      ("Bedömning", "TIA kan ej uteslutas. Läggs in för DT-angio, carotis-doppler och telemetri.")])],
  [["NL102", "n1"]], [], "'TIA kan ej uteslutas' (not ruled out = still hedged) visible")

C("d61-inger-misstanke-anafylaxi", S, "1995-07-07",
  [N("n1", M, "Akutanteckning", AK_YST, "Emma Nordin", L, "2024-07-20T15:22",
     [("Prehospitalt", "Getingstick i halsen på stranden, därefter urtikaria över hela kroppen och heshet. Adrenalin 0,5 mg im givet av ambulansen."),
      ("Bedömning", "Förloppet inger misstanke om anafylaxi. Observeras 6 timmar, Adrenalinpenna förskrivs.")])],
  [["NL102", "n1"]], [], "'inger misstanke om anafylaxi' visible")

C("d61-vgr-rad-sannolikt-streptokocker", V, "1999-02-14",
  [N("n1", M, "Telefonrådgivning", RAD_VGR, "Linnea Sand", SSK, "2024-10-13T20:40",
     [("Telefonkontakt", "Halsont och feber 39 sedan två dagar, inga hostbesvär, svårt att svälja men inga andningsproblem. Sambo hade halsfluss förra veckan."),
      ("Bedömning", "Sannolikt streptokockangina."),
      ("Åtgärd", "Bokad tid på vårdcentralen Sollebrunn imorgon 08.40.")])],
  [["NL102", "n1"]], [], "telephone nurse writes 'Sannolikt streptokockangina' visible in VGR Melior")

C("d61-barn-mojlig-invagination", S, "2022-09-01",
  [N("n1", M, "Akutanteckning", BARN_LUND, "Sofia Ek", L, "2024-11-03T18:15",
     [("Aktuellt", "Förälder ringde 112 då pojken fått attacker av skrik och blekhet var 15:e minut, däremellan slö. Ambulans inkommer."),
      ("Status", "Palpabel resistens hö hypokondrium. Slemmig blodtillblandad avföring i blöjan."),
      ("Bedömning", "Möjlig invagination. UL buk akut, barnkirurg kontaktad.")])],
  [["NL102", "n1"]], [], "child under 13 (guardian reads): 'Möjlig invagination' visible")

C("d61-talar-for-dka", V, "2005-03-19",
  [N("n1", M, "Läkaranteckning akut", AK_NAL, "Erik Brandt", L, "2024-02-02T04:30",
     [("Prehospitalt", "Hittad av mamma svårväckt, ambulans mätte P-glukos >33."),
      ("Lab", "pH 7,08, BE -22, ketoner 6,1."),
      ("Bedömning", "Talar för diabetesketoacidos, troligen debut av typ 1-diabetes. Insulininfusion enl. PM, IVA-konsult.")])],
  [["NL102", "n1"]], [], "'Talar för diabetesketoacidos' visible")

C("d61-typo-sannolkit-pyelonefrit", S, "1988-12-24",
  [N("n1", M, "Läkaranteckning", AK_TBG, "Ida Wester", L, "2024-09-09T13:55",
     [("Anamnes", "Hänvisad från 1177 efter telefonsamtal i natt. Sveda vid miktion i tre dagar, nu frossa och ont i hö flank."),
      ("Bedömning", "Sannolkit pyelonefrit. Peroral Ciprofloxacin, odlingssvar följs upp.")])],
  [["NL102", "n1"]], [], "typo 'Sannolkit pyelonefrit' visible (case has typo)")

C("d61-fragestallning-appendicit", V, "1998-06-06",
  [N("n1", M, "Inskrivningsanteckning", KIR_ALI, "Nils Falk", L, "2024-05-25T22:00",
     [("Anamnes", "Buksmärta som började kring naveln igår och flyttat ned mot höger fossa, illamående."),
      ("Utredning", "Frågeställning appendicit. DT buk begärd, CRP 64, LPK 14."),
      ("Planering", "Fastande, dropp.")])],
  [["NL102", "n1"]], [], "'Frågeställning appendicit' in visible Utredning")

C("d61-oklart-om-epileptiskt-anfall", S, "1971-01-31",
  [N("n1", M, "Läkaranteckning", AK_MAS, "Jonas Rehn", L, "2024-04-02T09:10",
     [("Ambulansanteckning", "Vittne beskriver att pat föll ihop på bussen och ryckte i armarna i ca 30 sekunder. Vid ambulansens ankomst förvirrad, tungbett saknas."),
      ("Bedömning", "Oklart om epileptiskt anfall eller konvulsiv synkope. EEG och MR hjärna remitteras, bilkörningsförbud muntligen.")])],
  [["NL102", "n1"]], [], "'Oklart om epileptiskt anfall' visible")

C("d61-lang-ev-sab", V, "1968-09-12",
  [N("n1", M, "Läkaranteckning akut", AK_SU, "Hanna Rudberg", L, "2024-06-30T17:40",
     [("Kontaktorsak", "Åskknallshuvudvärk under styrketräning, ambulans larmad av gymmets personal."),
      ("Prehospitalt", "Ambulans: RETTS orange, BT 178/96, puls 64, sat 98 %, vaken och orienterad, kräkts en gång i bilen. Fått Primperan och Alvedon iv."),
      ("Anamnes", "Tidigare frisk, ingen migrän. Inga antikoagulantia. Röker ej."),
      ("Status", "AT: Opåverkad men ljusskygg. Cor: Regelbunden rytm. Neuro: Pupiller lika, ljusreaktion bilat. Ingen pares, ingen dysartri, lätt nackstelhet."),
      ("Lab", "Hb 142, CRP <5, PK 1,0."),
      ("Bedömning", "Ev. subaraknoidalblödning. DT hjärna utan kontrast nu, om negativ LP efter 12 timmar."),
      ("Planering", "Observation på akutvårdsavdelningen, neurokontroller varje timme.")])],
  [["NL102", "n1"]], [], "long multi-section chart, only hedge is 'Ev. subaraknoidalblödning' in Bedömning")

C("d61-kopierad-fran-tidiga-hypoteser", S, "1979-04-25",
  [N("n1", M, "Tidiga hypoteser", AK_HBG, "Axel Strand", L, "2024-10-01T02:10",
     [("Bedömning", "Misstänkt alkoholabstinens med risk för delirium tremens, pat förnekar bruk.")]),
   N("n2", M, "Läkaranteckning", MAVA_LKR, "Axel Strand", L, "2024-10-01T09:30",
     [("Bedömning", "Tremor, takykardi och svettningar, trol. alkoholabstinens. Oxascand enl. CIWA-schema.")])],
  [["NL102", "n2"]], [["NL102", "n1"]], "hypothesis kept in Tidiga hypoteser template (n1) but repeated hedged in the ordinary note n2")

C("d61-vgr-tidiga-sokord-plus-bedomning", V, "1964-02-08",
  [N("n1", M, "Läkaranteckning akut", AK_MOL, "Elsa Kron", L, "2024-11-19T12:20",
     [("Tidiga hypoteser", "Misstänkt pankreascancer med tanke på viktnedgång och ikterus."),
      ("Bedömning", "Trolig koledokussten med ikterus och kolangit. MRCP bokas, antibiotika startas.")])],
  [["NL102", "n1"]], [], "VGR: one hypothesis in protected sökord, but a second hedged diagnosis sits in visible Bedömning")

C("d61-rtg-fragetecken-pneumoni", S, "1945-07-16",
  [N("n1", M, "Läkaranteckning", AK_KRI, "Malin Törnqvist", L, "2024-01-08T20:45",
     [("Prehospitalt", "Ambulans från hemmet pga feber och förvirring, sat 89 % som steg till 95 % på 2 l syrgas."),
      ("Rtg", "Lungröntgen: Infiltrat hö underlob, ?pneumoni."),
      ("Planering", "Bensylpenicillin iv, inläggning medicin.")])],
  [["NL102", "n1"]], [], "question-mark hedge '?pneumoni' in visible Rtg section")

C("d61-kan-rora-sig-om-kolecystit", V, "1983-10-10",
  [N("n1", M, "Läkaranteckning akut", AK_NAL, "Robert Sten", L, "2024-09-14T01:15!",
     [("Anamnes", "Smärta under hö arcus efter fet middag, feber 38,4."),
      ("Bedömning", "Kan röra sig om akut kolecystit. UL lever/gallvägar på morgonen.")])],
  [["NL102", "n1"]], [], "'Kan röra sig om akut kolecystit' visible")

C("d61-rad-trolig-lunginflammation-sus", S, "1958-11-11",
  [N("n1", M, "Telefonanteckning", RAD_HBG, "Annika Bolin", SSK, "2024-12-02T22:30",
     [("Kontaktorsak", "Hosta och feber i en vecka, nu andfådd i vila och stickande smärta vid djupa andetag."),
      ("Bedömning", "Trolig lunginflamation, andningspåverkan."),
      ("Åtgärd", "Ambulans beställd, prio 2.")])],
  [["NL102", "n1"]], [], "1177 advice nurse in Melior writes 'Trolig lunginflamation' (diagnosis misspelled, case has typo) visible")

C("d61-misstankt-co-forgiftning", V, "1992-08-27",
  [N("n1", M, "Läkaranteckning akut", AK_SKO, "Lars Wik", L, "2024-12-27T08:50",
     [("Aktuellt", "Familjen hittad med huvudvärk och illamående i fritidshus med vedeldning, ambulansen gav syrgas 15 l."),
      ("Bedömning", "Misstänkt kolmonoxidförgiftning, COHb 18 % venöst. Fortsatt syrgas, diskuterar tryckkammare med Giftinformation.")])],
  [["NL102", "n1"]], [], "'Misstänkt kolmonoxidförgiftning' visible")

# =============== NL102 must_not ===============
C("d61-raddahjarnan-avskrivs-hypoglykemi", S, "1950-02-19",
  [N("n1", M, "Akutanteckning", AK_MAS, "Per Nyman", L, "2024-03-21T10:12",
     [("Ambulansanteckning", "Rädda hjärnan-larm för hemipares vä och sluddrigt tal."),
      ("Bedömning", "P-glukos 1,8 vid ankomst, efter glukos iv helt återställd. Hypoglykemi orsakad av insulindosering, strokelarmet avbryts och stroke avskrivs.")])],
  [], [["NL102", "n1"], ["NL101", "n1"]], "ambulance stroke alarm dismissed in same note; only confirmed hypoglykemi remains")

C("d61-retts-sepsis-uteslutes", V, "1997-04-04",
  [N("n1", M, "Läkaranteckning akut", AK_BOR, "Clara Moberg", L, "2024-08-03T16:30",
     [("Prehospitalt", "Ambulansen triagerade enligt sepsisflöde pga puls 124 och temp 38,9 efter festival."),
      ("Bedömning", "Laktat 1,1, CRP 9, AF 14, opåverkad efter vätska. Sepsis uteslutes, bedöms som dehydrering och viros.")])],
  [], [["NL102", "n1"]], "RETTS sepsis flow answered: 'Sepsis uteslutes'")

C("d61-hjartinfarkt-utesluten-tnt", S, "1966-05-29",
  [N("n1", M, "Läkaranteckning", AK_LUND, "Viktor Mårtensson", L, "2024-05-14T19:05",
     [("Prehospitalt", "Bröstsmärta i vila, ambulans-EKG överfört till HIA, inga ischemitecken."),
      ("Bedömning", "Två TnT <5 med tre timmars mellanrum. Hjärtinfarkt utesluten, smärtan reproducerbar vid palpation, muskuloskeletal genes. Hem.")])],
  [], [["NL102", "n1"]], "ambulance chest-pain suspicion ruled out ('Hjärtinfarkt utesluten')")

C("d61-rad-villkorade-rad-feber", S, "1986-03-03",
  [N("n1", M, "Telefonanteckning", RAD_SUS, "Johanna Friis", SSK, "2024-02-17T09:40!",
     [("Kontaktorsak", "Feber 38,5 sedan igår, hosta och snuva, äter och dricker normalt."),
      ("Råd", "Om febern kvarstår efter fredag, kontakta vårdcentral. Vid andnöd eller bröstsmärta ring 112.")])],
  [], [["NL102", "n1"]], "conditional advice only, no diagnosis hedged")

C("d61-hedgade-symtom-ambulans", V, "1974-06-18",
  [N("n1", M, "Omvårdnadsanteckning", AK_SU, "Tove Lagerkvist", SSK, "2024-04-26T13:20",
     [("Ankomstsamtal", "Enligt ambulansen möjligen kortvarig medvetandeförlust i hemmet, trolig yrsel vid uppresning. Pat själv osäker på om hon svimmade."),
      ("Omvårdnad", "Fallriskbedömning gjord, sänggrindar uppe.")])],
  [], [["NL102", "n1"]], "hedges on symptoms (möjligen medvetandeförlust, trolig yrsel), no diagnosis")

C("d61-hedgade-vitalparametrar", S, "1940-09-09",
  [N("n1", M, "Akutanteckning", AK_YST, "Hugo Lind", L, "2024-06-11T05:50",
     [("Prehospitalt", "BT ca 85 systoliskt enl. ambulansen, trol. falskt lågt pga kall arm. Sat möjligen 88 %, dålig kurva."),
      ("Status", "BT 132/78 bilat, sat 96 %, varm och torr."),
      ("Bedömning", "Stabil, faller hemma utan skada. Fysioterapeut bedömer imorgon.")])],
  [], [["NL102", "n1"]], "hedged vital signs from the ambulance, no hedged diagnosis")

C("d61-anhorig-misstankt-ms", V, "2001-11-21",
  [N("n1", M, "Läkaranteckning akut", NEURO_SU, "Sanna Åberg", L, "2024-03-28T11:00",
     [("Hereditet", "Mamma utreds för misstänkt MS, morbror med trolig ALS."),
      ("Bedömning", "Pat själv med spänningshuvudvärk, normalt neurologstatus. Ingen vidare utredning.")])],
  [], [["NL102", "n1"]], "hedged diagnoses belong to relatives only")

C("d61-pmo-later-som-uvi", S, "1993-08-08",
  [N("n1", P, "Telefonrådgivning", VC_LOM, "Ulrika Sjö", SSK, "2024-09-24T08:15!",
     [("Kontaktorsak", "Sveda och täta trängningar i två dygn, ingen feber."),
      ("Bedömning", "Låter som en okomplicerad urinvägsinfektion."),
      ("Åtgärd", "Lämnar urinprov idag kl 13.")], setting="öppenvård")],
  [], [["NL102", "n1"]], "PMO telephone note: hedged diagnosis never shown")

C("d61-pmo-trol-njursten-efter-ambulans", S, "1969-02-28",
  [N("n1", P, "Besöksanteckning", VC_NAS, "Fredrik Ohlsson", L, "2024-10-07T10:30",
     [("Anamnes", "Hämtades av ambulans i helgen, skickades hem från akuten med diklofenak."),
      ("Bedömning", "Trol. njursten som passerat, smärtfri sedan igår. DT-urografi remitteras.")], setting="öppenvård")],
  [], [["NL102", "n1"]], "PMO follow-up after ambulance: hedged njursten in PMO is not shown")

C("d61-skane-tidiga-hypoteser-mall", S, "1957-01-06",
  [N("n1", M, "Tidiga hypoteser", AK_KRI, "Anders Pihl", L, "2024-11-11T23:30",
     [("Bedömning", "Ambulansens fynd med flera blåmärken i olika stadier och upprepade fall inger misstanke om demensutveckling med bristande egenvård.")])],
  [], [["NL102", "n1"]], "Skåne: hedged diagnosis only in the Tidiga hypoteser template")

C("d61-vgr-tidiga-sokord-enbart", V, "1962-07-13",
  [N("n1", M, "Läkaranteckning akut", AK_MOL, "Katarina Svärd", L, "2024-01-29T15:45",
     [("Aktuellt", "Ambulans efter synkope på jobbet, helt återställd."),
      ("Tidiga hypoteser", "Möjlig Brugada med tanke på EKG-bild och brors plötsliga död."),
      ("Planering", "Telemetri över natten, kardiologkonsult.")])],
  [], [["NL102", "n1"]], "VGR: hedged diagnosis only under protected sökord Tidiga hypoteser")

C("d61-hedge-pa-plan", S, "1980-05-15",
  [N("n1", M, "Läkaranteckning", MAVA_LKR, "Sara Persson", L, "2024-07-02T14:00",
     [("Planering", "Ev. DT buk imorgon om smärtan inte avtar. Trolig hemgång under eftermiddagen, möjligen återbesök om två veckor.")])],
  [], [["NL102", "n1"]], "hedges on plans only (ev. DT, trolig hemgång)")

C("d61-bekraftad-stemi-ambulans", V, "1959-12-12",
  [N("n1", M, "Läkaranteckning", AK_SU, "Jakob Frisk", L, "2024-02-20T06:40",
     [("Prehospitalt", "Ambulans-EKG visade ST-höjningar inferiort, direktintag till PCI-lab."),
      ("Diagnos", "Akut inferior STEMI. Ockluderad RCA, stent x1.")])],
  [], [["NL102", "n1"]], "confirmed STEMI from ambulance EKG to PCI, nothing hedged")

C("d61-inga-tecken-pa-meningit", S, "2016-04-20",
  [N("n1", M, "Akutanteckning", BARN_LUND, "Maja Holmgren", L, "2024-03-09T21:30",
     [("Aktuellt", "Ambulans pga feberkramp hemma, 1 min generaliserade kramper."),
      ("Bedömning", "Inga tecken på meningit, pigg och nackmjuk efter febernedsättning. Otit hö som fokus, Kåvepenin insatt.")])],
  [], [["NL102", "n1"]], "child: 'Inga tecken på meningit' negated; other diagnosis confirmed")

C("d61-dd-lungemboli-avskriven", V, "1987-10-02",
  [N("n1", M, "Läkaranteckning akut", MED_KUN, "Oskar Hedin", L, "2024-04-09T18:25",
     [("Aktuellt", "Ambulansen larmade andnöd och takykardi efter en veckas förkylning."),
      ("Bedömning", "DD lungemboli avskirven efter normal DT-angio. Astmaexacerbation, behandlas med Ventoline och Prednisolon.")])],
  [], [["NL102", "n1"]], "differential lungemboli explicitly avskriven (typo avskirven); remaining diagnosis is confirmed")

C("d61-normalt-ddimer-talar-emot", S, "1991-06-01",
  [N("n1", M, "Läkaranteckning", AK_HBG, "Rebecka Malm", L, "2024-08-15T12:35",
     [("Anamnes", "Ringde 1177 pga ont i vä vad efter långresa, hänvisad hit."),
      ("Bedömning", "Wells 0, normalt D-dimer talar emot djup ventrombos. Muskelbristning i gastrocnemius, egenvårdsråd.")])],
  [], [["NL102", "n1"]], "'talar emot djup ventrombos' is a negation, not a hedge")

C("d61-typo-ingen-missanke-fraktur", S, "1946-02-23",
  [N("n1", M, "Läkaranteckning", ORT_HLM, "Tobias Ek", L, "2024-12-14T09:20",
     [("Prehospitalt", "Halkat på isen, ambulansen immobiliserade hö handled i vacuumskena."),
      ("Bedömning", "Rtg hö handled u.a., ingen missanke om fraktur. Distorsion, elastisk linda och Alvedon.")])],
  [], [["NL102", "n1"]], "typo 'ingen missanke om fraktur' is still a negation (case has typo)")

C("d61-misstanke-kunde-ej-bekraftas", V, "1933-03-30",
  [N("n1", M, "Läkaranteckning", AK_NAL, "Ebba Sundin", L, "2024-11-25T14:50",
     [("Prehospitalt", "Ambulans efter fall i trappan, uppgav smärta i vä höft och kunde inte stödja."),
      ("Bedömning", "Misstanken om höftfraktur kunde inte bekräftas, rtg och DT höft utan fraktur. Kontusion, mobiliseras med rollator.")])],
  [], [["NL102", "n1"]], "the ambulance's fracture suspicion is refuted in the same sentence")

C("d61-retts-orange-ej-sepsiskriterier", V, "1953-09-05",
  [N("n1", M, "Omvårdnadsanteckning", AK_SKO, "Mikael Roos", SSK, "2024-10-20T03:15",
     [("Triage", "RETTS orange pga bröstsmärta ESS 10. Uppfyller ej sepsiskriterier, afebril."),
      ("Åtgärd", "EKG inom 10 min, venös infart, läkare meddelad.")])],
  [], [["NL102", "n1"]], "triage note with only a negated sepsis statement")

C("d61-blodning-kan-uteslutas", S, "1949-08-14",
  [N("n1", M, "Läkaranteckning", STROKE_HBG, "Cecilia Rapp", L, "2024-01-16T08:05",
     [("Bedömning", "DT hjärna: blödning kan uteslutas, ingen tidig ischemi. Konfirmerad infarkt i hö capsula interna på MR, sekundärprofylax insatt.")])],
  [], [["NL102", "n1"]], "'kan uteslutas' (without ej) is a negation; the infarct is confirmed")

C("d61-syskon-trolig-magsjuka", S, "2018-07-30",
  [N("n1", M, "Telefonanteckning", RAD_SUS, "Gunilla Hjort", SSK, "2024-02-04T18:45",
     [("Kontaktorsak", "Mamma ringer, flickan kräkts 4 ggr sedan lunch, dricker och kissar. Storebror hade trolig magsjuka i förra veckan."),
      ("Råd", "Vätskeersättning i små portioner. Sök barnakuten om hon blir slö eller inte kissat på 8 timmar.")])],
  [], [["NL102", "n1"]], "hedged disease belongs to the sibling; the advice is conditional")

C("d61-mojlig-st-sankning-fynd", V, "1970-04-17",
  [N("n1", M, "Läkaranteckning akut", AK_BOR, "David Holm", L, "2024-05-03T22:10",
     [("Prehospitalt", "Möjlig ST-sänkning i V5-V6 på ambulans-EKG, svårbedömd pga rörelseartefakter."),
      ("Bedömning", "Upprepat EKG utan ST-förändringar, TnT normalt x2. Hem med Omeprazol för reflux.")])],
  [], [["NL102", "n1"]], "hedge on an EKG finding (not a disease), then a confirmed benign diagnosis")

C("d61-villkor-om-appendicit-rad", V, "1996-12-09",
  [N("n1", M, "Telefonrådgivning", RAD_VGR, "Agnes Öhman", SSK, "2024-06-23T11:35",
     [("Telefonkontakt", "Lätt ont i magen sedan i natt, ingen feber, äter som vanligt."),
      ("Åtgärd", "Om smärtan flyttar ned mot höger ljumske, blir konstant eller om feber tillkommer, sök akutmottagningen direkt.")])],
  [], [["NL102", "n1"]], "conditional advice with no hedged diagnosis")

C("d61-ua-vid-ankomst-ej-kramp", S, "1985-11-27",
  [N("n1", M, "Akutanteckning", AK_TBG, "Louise Bergh", L, "2024-09-28T00:50",
     [("Prehospitalt", "Ambulansen kallades för ryckningar, vid ankomst vaken och samtalbar."),
      ("Bedömning", "Inget epileptiskt anfall enligt vittnesbeskrivningen, kortvariga ryckningar under svimning efter blodgivning. Vasovagal synkope. Inga fler åtgärder.")])],
  [], [["NL102", "n1"]], "suspected seizure negated ('Inget epileptiskt anfall'); confirmed synkope")

C("d61-pmo-rad-kan-vara-borrelia", S, "1972-05-20",
  [N("n1", P, "Sjukvårdsrådgivning", VC_SIM, "Birgitta Lönn", SSK, "2024-07-24T14:10",
     [("Telefonkontakt", "Fästingbett för tre veckor sedan, nu växande rodnad 7 cm runt bettet."),
      ("Bedömning", "Kan vara erythema migrans, borrelia. Tid hos distriktsläkare i morgon.")], setting="öppenvård")],
  [], [["NL102", "n1"]], "PMO telephone advice: hedged borrelia not shown in PMO")

# =============== NL101 must ===============
C("d61-sederad-icb-ej-informerad", S, "1958-04-08",
  [N("n1", M, "Läkaranteckning", AK_LUND, "Magnus Kjellberg", L, "2024-03-02T03:40",
     [("Prehospitalt", "Intuberad av narkosläkarbilen pga GCS 6 efter kollaps i hemmet."),
      ("Bedömning", "DT hjärna visar stor intracerebral blödning vä basala ganglier med inbrytning i ventriklar. Pat sederad och har därför inte informerats, hustrun informerad.")])],
  [["NL101", "n1"]], [], "sedated patient not told about the intracerebral bleeding found on arrival, visible")

C("d61-konfus-hoftfraktur-ej-informerad", V, "1931-06-25",
  [N("n1", M, "Läkaranteckning", AK_SU, "Ellinor Dahlberg", L, "2024-08-29T15:30",
     [("Aktuellt", "Ambulans från boende efter fall. Känd demens, nu mer konfusorisk än vanligt enligt personalen."),
      ("Bedömning", "Rtg visar lateral collumfraktur hö. Pat har pga konfusion inte kunnat ta emot information om frakturen, ny informationsinsats när hon är klarare.")])],
  [["NL101", "n1"]], [], "confused patient has not been able to take in the fracture diagnosis")

C("d61-kotkompression-informeras-imorgon", V, "1944-10-15",
  [N("n1", M, "Läkaranteckning akut", AK_MOL, "Peter Gran", L, "2024-02-12T22:55",
     [("Bedömning", "DT ländrygg: färsk kompressionsfraktur L1, osteoporotisk. Ej informrad ännu, ansvarig läkare informerar pat på ronden imorgon.")])],
  [["NL101", "n1"]], [], "fracture diagnosis with 'Ej informrad ännu' (typo) in visible Bedömning")

C("d61-levermetastaser-vantar-samtal", S, "1952-12-01",
  [N("n1", M, "Inskrivningsanteckning", MAVA_LKR, "Jenny Alm", L, "2024-06-19T20:15",
     [("Anamnes", "Ambulans pga buksmärta och ikterus, viktnedgång 8 kg sedan våren."),
      ("Utredning", "DT buk akut visar multipla levermetastaser och tumör i pankreashuvudet."),
      ("Planering", "Pat ska inte få veta detta i kväll på akuten, besked ges av kirurgen i planerat samtal med anhöriga på onsdag.")])],
  [["NL101", "n1"]], [], "cancer found on arrival; text says patient must not be told yet, visible")

C("d61-klamydia-ej-natt", S, "1999-09-17",
  [N("n1", M, "Telefonanteckning", AK_MAS, "Rasmus Vik", SSK, "2024-05-31T10:40",
     [("Provsvar", "Urinprov från akutbesöket i söndags positivt för klamydia."),
      ("Telefonkontakt", "Sökt pat två gånger utan svar, har ännu inte fått besked om provsvaret. Nytt försök i eftermiddag.")])],
  [["NL101", "n1"]], [], "positive chlamydia result not yet told to patient (not reached by phone)")

C("d61-delirium-lungemboli-ej-besked", V, "1941-01-20",
  [N("n1", M, "Läkaranteckning", MED_KUN, "Hedvig Nord", L, "2024-07-15T13:25!",
     [("Aktuellt", "Inkom med ambulans pga andfåddhet och förvirring."),
      ("Bedömning", "DT-angio visar bilaterala lungembolier. Pat delirisk och har ännu inte fått veta om lungembolierna. Fragmin insatt.")])],
  [["NL101", "n1"]], [], "delirious patient has not yet been told about the pulmonary emboli")

C("d61-typo-ej-informerd-diabetes", S, "1976-03-12",
  [N("n1", M, "Läkaranteckning", AK_YST, "Jesper Krantz", L, "2024-10-26T01:05",
     [("Bedömning", "Nydebuterad typ 2-diabetes, HbA1c 84, P-glukos 24. Pat berusad och sover, ej informerd om diagnosen, informeras vid morgonronden.")])],
  [["NL101", "n1"]], [], "typo 'ej informerd' about a new diabetes diagnosis (case has typo)")

# =============== NL101 must_not ===============
C("d61-informerad-om-stroke", S, "1947-07-04",
  [N("n1", M, "Läkaranteckning", STROKE_HBG, "Ola Bengtsson", L, "2024-04-24T11:15",
     [("Bedömning", "MR bekräftar lakunär infarkt i vä thalamus. Pat informerad om strokediagnosen i närvaro av dottern, frågor besvarade.")])],
  [], [["NL101", "n1"]], "patient has been told about the stroke")

C("d61-senare-anteckning-berattar", V, "1956-02-16",
  [N("n1", M, "Läkaranteckning akut", AK_SKO, "Anton Lejon", L, "2024-09-03T04:30",
     [("Bedömning", "DT thorax: lungcancer hö överlob med mediastinala lymfkörtlar. Pat sover efter morfin och har inte informerats.")]),
   N("n2", M, "Läkaranteckning", AK_SKO, "Ylva Carlsson", L, "2024-09-03T10:50",
     [("Information", "Pat informerad av undertecknad om lungcancern och att remiss går till lungmottagningen, maken närvarande.")])],
  [["NL101", "n1"]], [["NL101", "n2"]], "n1 withholds the diagnosis (must), n2 later tells the patient (must_not)")

C("d61-ej-informerad-om-optid", S, "1967-08-21",
  [N("n1", M, "Läkaranteckning", ORT_HLM, "Klara Ståhl", L, "2024-03-26T17:10",
     [("Bedömning", "Bimalleolär fotledsfraktur vä, informerad om diagnosen och operationsbehovet. Ej informerad om exakt operationstid, besked ges när op-planeringen är klar.")])],
  [], [["NL101", "n1"]], "what is not yet told is only the operation time")

C("d61-normalt-dt-ej-meddelat", V, "1982-05-09",
  [N("n1", M, "Läkaranteckning akut", AK_NAL, "Simon Rask", L, "2024-11-07T16:20!",
     [("Utredning", "DT hjärna inkommen, utan blödning eller infarkt. Svaret har inte hunnit meddelas pat som är på toaletten."),
      ("Bedömning", "Migrän med aura, känd sedan tonåren.")])],
  [], [["NL101", "n1"]], "the untold item is a normal CT result, not a diagnosis")

C("d61-tidiga-hypoteser-ej-informerad", S, "1963-11-29",
  [N("n1", M, "Tidiga hypoteser", AK_KRI, "Lisa Bjurström", L, "2024-12-18T21:45",
     [("Bedömning", "Fynd på DT talar för glioblastom. Pat ej informerad, besked efter neurokirurgisk bedömning.")])],
  [], [["NL101", "n1"]], "untold diagnosis kept only in the Skåne Tidiga hypoteser template")

C("d61-pat-informerad-make-ej", V, "1960-06-14",
  [N("n1", M, "Läkaranteckning", KIR_ALI, "Kristina Bäck", L, "2024-01-11T14:05",
     [("Bedömning", "Koloskopi och DT visar coloncancer i sigmoideum. Pat informerad om diagnosen i lugn miljö, önskar själv att maken inte informeras förrän hon talat med honom.")])],
  [], [["NL101", "n1"]], "patient told; only the husband is not informed")

C("d61-ej-informerad-remiss-skickad", S, "1974-09-03",
  [N("n1", M, "Läkaranteckning", HIA_LUND, "Mattias Öst", L, "2024-05-20T15:35",
     [("Bedömning", "Förmaksflimmer med snabb överledning, konverterat till sinusrytm. Känner till sin diagnos."),
      ("Planering", "Pat ej informerad om att remiss för ablation skickats i dag, tas vid återbesöket.")])],
  [], [["NL101", "n1"]], "what is not told is that a referral was sent; the diagnosis is known")

C("d61-ingenting-om-information", V, "1989-01-26",
  [N("n1", M, "Läkaranteckning akut", "Akutmottagningen, Östra sjukhuset Göteborg", "Julia Fors", L, "2024-08-08T10:45",
     [("Bedömning", "Ambulans från badplats. Drunkningstillbud utan aspiration, lungröntgen u.a. Hem efter 6 timmars observation.")])],
  [], [["NL101", "n1"]], "confirmed diagnosis with nothing said about telling")

C("d61-berattat-tidigare-besok", S, "1954-04-13",
  [N("n1", M, "Läkaranteckning", INF_MAS, "Fredrika Ljung", L, "2024-10-15T09:00",
     [("Aktuellt", "Ambulans pga feber hos pat med känd KLL, som hon fick besked om på hematologen i våras."),
      ("Bedömning", "Neutropen feber, Meronem insatt.")])],
  [], [["NL101", "n1"]], "patient was told about the leukaemia earlier")

# ---------------- validation ----------------
def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        p = part.strip()
        if len(p) >= 25:
            yield p

def validate():
    errs = []
    names = set(); seen = {}
    for c in CASES:
        n = c["case"]
        if n in names: errs.append("dup case " + n)
        names.add(n)
        if not n.startswith("d61-"): errs.append("bad prefix " + n)
        rec = c["record"]; pat = rec["patient"]
        pid = pat["id"]; b = pat["birth_date"]
        if pid[:8] != b.replace("-", ""): errs.append("birth mismatch " + n)
        body = pid[2:8] + pid[9:12]
        if luhn_digit(body) != pid[12]: errs.append("luhn " + n)
        asof = datetime.fromisoformat(rec["as_of"])
        bd = date.fromisoformat(b)
        age = asof.year - bd.year - ((asof.month, asof.day) < (bd.month, bd.day))
        if 13 <= age <= 15: errs.append("age 13-15 " + n)
        if not rec["as_of"].startswith("2024"): errs.append("as_of " + n)
        ids = {x["id"] for x in rec["notes"]}
        sysmap = {x["id"]: x["system"] for x in rec["notes"]}
        for x in rec["notes"]:
            if not x["time"].startswith("2024") or (x["signed"] and not x["signed"].startswith("2024")):
                errs.append("date " + n)
            if c["ruleset"] == "vgr" and x["system"] != "Melior": errs.append("vgr non-melior " + n)
            for s in x["sections"]:
                for sen in sentences(s["text"]):
                    if sen in seen and seen[sen] != (n, x["id"], s["keyword"]):
                        errs.append("dup sentence in %s: %s" % (n, sen))
                    seen[sen] = (n, x["id"], s["keyword"])
        if not c["must"] and not c["must_not"]: errs.append("empty " + n)
        for code, tgt in c["must"] + c["must_not"]:
            if tgt not in ids: errs.append("target " + n)
            if code == "NL102" and sysmap.get(tgt) != "Melior" and [code, tgt] in c["must"]:
                errs.append("NL102 must on PMO " + n)
            if code == "NL101" and sysmap.get(tgt) == "PMO": errs.append("NL101 on PMO " + n)
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])): errs.append("must/must_not overlap " + n)
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}: errs.append("keys " + n)
    return errs

errs = validate()
if errs:
    for e in errs: print(e, file=sys.stderr)
    sys.exit(1)
with open(os.path.join(HERE, "nl1_dev61_cases.jsonl"), "w", encoding="utf-8") as f:
    for c in CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote %d cases" % len(CASES))
