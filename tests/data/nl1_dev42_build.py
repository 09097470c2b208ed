#!/usr/bin/env python3
"""dev42: emergency and acute care (akutmottagning, jour, IVA, ambulance hand-over).

Hand-written NL101/NL102 cases, Skåne (Melior hospitals, PMO primary-care jour) and
VGR (Melior). Standard library only, deterministic. Writes nl1_dev42_cases.jsonl next to itself
and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
# key: (name, hsa_id, region, system)
U = {
    # Skåne, Melior (hospitals)
    "lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4117", "skane", "Melior"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4203", "skane", "Melior"),
    "lund_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-5526", "skane", "Melior"),
    "malmo_barnakut": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-5531", "skane", "Melior"),
    "malmo_ortakut": ("Ortopedakuten, Skånes universitetssjukhus Malmö", "SE2321000255-6102", "skane", "Melior"),
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-3380", "skane", "Melior"),
    "hbg_ortakut": ("Akutmottagningen ortopedi, Helsingborgs lasarett", "SE2321000255-3394", "skane", "Melior"),
    "hbg_kir6": ("Kirurgavdelning 6, Helsingborgs lasarett", "SE2321000255-3412", "skane", "Melior"),
    "hbg_stroke": ("Strokeenheten, Helsingborgs lasarett", "SE2321000255-3455", "skane", "Melior"),
    "ksd_akut": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2871", "skane", "Melior"),
    "ksd_med": ("Medicinavdelning 12, Centralsjukhuset Kristianstad", "SE2321000255-2894", "skane", "Melior"),
    "ystad_akut": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-1948", "skane", "Melior"),
    "ystad_med": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-1963", "skane", "Melior"),
    "ystad_kir": ("Kirurgavdelningen, Lasarettet i Ystad", "SE2321000255-1977", "skane", "Melior"),
    "lund_iva": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4650", "skane", "Melior"),
    "malmo_hia": ("Hjärtintensivavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4718", "skane", "Melior"),
    "malmo_inf": ("Infektionsmottagningen akut, Skånes universitetssjukhus Malmö", "SE2321000255-4762", "skane", "Melior"),
    "lund_med": ("Akutvårdsavdelningen medicin, Skånes universitetssjukhus Lund", "SE2321000255-4139", "skane", "Melior"),
    # Skåne, PMO (primary care, jour)
    "pmo_horby": ("Vårdcentralen Hörby, jourmottagning", "SE2321000255-8823", "skane", "PMO"),
    "pmo_ksd": ("Primärvårdsjouren Kristianstad", "SE2321000255-8840", "skane", "PMO"),
    "pmo_sjobo": ("Vårdcentralen Sjöbo, kvällsjour", "SE2321000255-8857", "skane", "PMO"),
    "pmo_trbg": ("Jourmottagningen primärvård Trelleborg", "SE2321000255-8861", "skane", "PMO"),
    "pmo_landskrona": ("Vårdcentralen Landskrona, helgjour", "SE2321000255-8879", "skane", "PMO"),
    "pmo_hemsjv": ("Hemsjukvården Ystad, kvällspatrull", "SE2321000255-8886", "skane", "PMO"),
    "pmo_eslov": ("Vårdcentralen Eslöv, jourmottagning barn och vuxna", "SE2321000255-8892", "skane", "PMO"),
    # VGR, Melior
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E7731", "vgr", "Melior"),
    "su_molndal_ort": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E7745", "vgr", "Melior"),
    "su_ostra_gyn": ("Gynekologiska akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E7758", "vgr", "Melior"),
    "su_ostra_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E7762", "vgr", "Melior"),
    "dsbs": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E7780", "vgr", "Melior"),
    "civa": ("Centrala intensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E7795", "vgr", "Melior"),
    "su_inf": ("Infektionskliniken akut, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E7803", "vgr", "Melior"),
    "su_med": ("Medicinavdelning 134, Sahlgrenska Universitetssjukhuset", "SE2321000131-E7816", "vgr", "Melior"),
    "nal_akut": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-F1102", "vgr", "Melior"),
    "nal_kir": ("Kirurgavdelning 61, NU-sjukvården NÄL", "SE2321000131-F1119", "vgr", "Melior"),
    "udd_akut": ("Akutmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-F1126", "vgr", "Melior"),
    "skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-F2204", "vgr", "Melior"),
    "skas_iva": ("Intensivvårdsavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-F2211", "vgr", "Melior"),
    "skas_neuro": ("Neurologiavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-F2229", "vgr", "Melior"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-F3307", "vgr", "Melior"),
    "sas_med42": ("Medicinavdelning 42, Södra Älvsborgs Sjukhus Borås", "SE2321000131-F3315", "vgr", "Melior"),
    "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-F4401", "vgr", "Melior"),
    "alingsas_akut": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-F4418", "vgr", "Melior"),
}

CASES = []


def ts(s):
    """'2024-03-04 02:15' -> '2024-03-04T02:15:00'."""
    if s is None:
        return None
    return s.replace(" ", "T") + ":00"


def nt(nid, unit, template, author, time, signed, setting, sections, role="läkare", refs=()):
    name, hsa, _region, system = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": ts(time),
        "signed": ts(signed),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unit_key": unit,
    }


def C(name, ruleset, pnr, birth, notes, must, must_not, why, as_of=None):
    CASES.append(dict(case=name, ruleset=ruleset, pnr=pnr, birth=birth, notes=notes,
                      must=must, must_not=must_not, why=why, as_of=as_of))


# =====================================================================
# NL102, Skåne Melior, must
# =====================================================================
C("d42-sk-susp-nstemi-akut-lund", "skane", "19580322-1935", "1958-03-22",
  [nt("n1", "lund_akut", "Akutanteckning", "Johan Lindqvist", "2024-02-11 08:40", "2024-02-11 10:05", "öppenvård", [
      ("Aktuellt", "Tryckande bröstsmärta sedan kl 05 i morse, strålar ut i vä arm, kallsvettig hemma. Ringde 112."),
      ("Status", "AT: opåverkad i vila. Cor: RR, inga blåsljud. BT 158/92. EKG: ST-sänkningar 1 mm V4–V6."),
      ("Lab", "hs-TnT 48 -> 71 ng/L (0 h / 1 h). Krea 84, Hb 142."),
      ("Bedömning", "Susp. NSTEMI. Givit ASA 300 mg och Brilique 180 mg. Inläggning HIA, angio planeras under dagen."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "'Susp.' before NSTEMI in a visible Bedömning of a Skåne Melior ED note")

C("d42-sk-dd-lungemboli-dtangio-bokad", "skane", "19870823-3740", "1987-08-23",
  [nt("n1", "malmo_akut", "Akutanteckning", "Sara Bengtsson", "2024-03-02 21:14", "2024-03-02 23:50", "öppenvård", [
      ("Anamnes", "Kom hem från Bangkok igår, 11 h flyg. P-piller. Sedan lunch plötslig andfåddhet och stickande smärta hö thorax vid djupandning."),
      ("Status", "AF 24, saturation 93 % på luft, puls 112 reg. Lungor: vesikulärt bilat. Inga ödem, vaderna mjuka."),
      ("Bedömning", "DD lungemboli – DT-angio bokad. Fragmin 10 000 E sc givet i väntan på undersökningen."),
  ])],
  [["NL102", "n1"]], [],
  "'DD lungemboli' with the CT booked: an open differential diagnosis in a visible section")

C("d42-sk-fragetecken-appendicit-kirjour", "skane", "20000219-5717", "2000-02-19",
  [nt("n1", "hbg_akut", "Akutanteckning kirurgi", "Ahmad Rahimi", "2024-04-06 01:22", None, "öppenvård", [
      ("Anamnes", "Buksmärta sedan igår eftermiddag, började runt naveln och har vandrat ner mot hö fossa. Illamående, kräkts en gång."),
      ("Status", "Buk: ömhet McBurney, släppömhet +, Rovsings tecken pos. Temp 38,1."),
      ("Lab", "CRP 54, LPK 14,2, U-sticka ua."),
      ("Bedömning", "?Appendicit. Fastande, dropp, Alvedon iv. Förnyad us av kirurgjour kl 06 och ställningstagande till op."),
  ])],
  [["NL102", "n1"]], [],
  "'?Appendicit' – a question mark hedge on a diagnosis in the visible assessment (unsigned draft)")

C("d42-sk-bild-som-vid-pyelonefrit", "skane", "19950614-5482", "1995-06-14",
  [nt("n1", "ksd_akut", "Akutanteckning", "Emma Nilsson", "2024-05-19 16:48", "2024-05-19 18:02", "öppenvård", [
      ("Aktuellt", "Sveda vid miktion i 4 d, sedan igår frossa och värk i vä flank."),
      ("Status", "Temp 39,4, dunkömhet vä njurloge. Buk mjuk. U-sticka nitrit +, leukocyter 3+."),
      ("Bedömning", "Bild som vid pyelonefirt vä. Blododling x 2 och urinodling tagna, inj Cefotaxim 1 g x 3, inläggning medicin."),
  ])],
  [["NL102", "n1"]], [],
  "'Bild som vid pyelonefirt' – a 'looks like' hedge on a diagnosis (typo in the diagnosis)")

C("d42-sk-kan-ej-utesluta-sab", "skane", "19621128-3160", "1962-11-28",
  [nt("n1", "lund_akut", "Akutanteckning", "Per Ohlsson", "2024-01-23 23:05", "2024-01-24 00:30", "öppenvård", [
      ("Anamnes", "Plötslig explosiv huvudvärk under spinningpass kl 16, maximal inom någon minut. Kräkts två gånger. Aldrig haft liknande."),
      ("Status", "Vaken, GCS 15. Nackstel? Lätt obehag vid flexion. Pupiller lika, ljusreaktion +. Ingen fokal neurologi."),
      ("Utredning", "DT hjärna utan kontrast kl 22.40, 6,5 h efter debut: ingen blödning, inga ischemiska förändringar."),
      ("Bedömning", "Kan ej utesluta subaraknoidalblödning då DT gjorts > 6 h efter insjuknandet. LP planeras kl 04 (12 h efter debut) med spektrofotometri."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "'Kan ej utesluta subaraknoidalblödning' – SAB stays open, so it is a hedged diagnosis")

C("d42-sk-barnakut-trol-viral-gastroenterit", "skane", "20180601-9459", "2018-06-01",
  [nt("n1", "lund_barnakut", "Läkaranteckning barn", "Lina Håkansson", "2024-02-27 19:30", "2024-02-27 20:45", "öppenvård", [
      ("Anamnes", "5-årig pojke. Kräkts 6 ggr och haft vattentunna diarréer sedan igår kväll. Lillasyster har samma besvär. Kissat en gång idag enl pappa."),
      ("Status", "Pigg mellan kräkningarna, fuktiga slemhinnor, kapillär återfyllnad < 2 s. Buk mjuk, oöm."),
      ("Bedömning", "Trol. viral gastroenterit utan uttorkning. Vätskeprov med Resorb 5 ml var 5:e min gick bra på akuten."),
      ("Planering", "Hem med råd om vätska. Åter om slö, slutar kissa eller blod i avföringen."),
  ])],
  [["NL102", "n1"]], [],
  "paediatric ED: 'Trol. viral gastroenterit' in a visible note read by the guardians")

C("d42-sk-ortoped-mojlig-scaphoideumfraktur", "skane", "19990405-8816", "1999-04-05",
  [nt("n1", "malmo_ortakut", "Akutanteckning ortopedi", "Mikael Persson", "2024-03-16 14:10", "2024-03-16 14:55", "öppenvård", [
      ("Anamnes", "Föll på utsträckt hö hand på fotbollsträning i förmiddags. Högerhänt, snickare."),
      ("Status", "Svullnad radialt över handleden, distinkt ömhet i fossa tabatière och vid axiell kompression av tummen."),
      ("Rtg", "Hö handled + scaphoideumserie: ingen synlig fraktur."),
      ("Bedömning", "Möjlig scaphoideumfraktur trots negativ rtg. Skafoidgips, ny rtg om 10–14 d alternativt MR om fortsatt ömhet."),
  ])],
  [["NL102", "n1"]], [],
  "orthopaedic ED: negative x-ray yet 'Möjlig scaphoideumfraktur' stays open")

C("d42-sk-iva-sannolik-urosepsis-dd-kolangit", "skane", "19440115-3848", "1944-01-15",
  [nt("n1", "lund_iva", "Inskrivningsanteckning IVA", "Fatima El-Sayed", "2024-06-03 04:15", "2024-06-03 06:40", "slutenvård", [
      ("Inskrivningsorsak", "Cirkulatorisk svikt trots 3 L Ringer-Acetat på akuten, noradrenalin 0,15 µg/kg/min."),
      ("Anamnes", "80-årig kvinna med DM2 och KOL. Två dagars feber, förvirring och minskad urinproduktion enl hemtjänsten."),
      ("Status", "Medvetandesänkt RLS 3, MAP 58 på nora, laktat 5,8. Marmorering över knäna. Buk: diffust öm i övre delen."),
      ("Utredning", "DT buk: lätt hydronefros vä, perirenal stråkighet. Gallvägar ej vidgade. ASAT 2,1, ALAT 1,8, bilirubin 34. U-sticka: leukocyter 3+."),
      ("Bedömning", "Septisk chock, sannolikt urogent fokus. DD kolangit med tanke på leverproverna. Pip/Tazo 4 g x 4, urologjour tillfrågas om nefrostomi."),
  ])],
  [["NL102", "n1"]], [],
  "ICU admission: 'DD kolangit' and 'sannolikt urogent fokus' in a visible assessment")

C("d42-sk-nattjour-trol-kad-relaterad-uvi", "skane", "19310722-6973", "1931-07-22",
  [nt("n1", "ystad_med", "Jouranteckning", "Oskar Mårtensson", "2024-07-14 02:40", "2024-07-14 03:15", "slutenvård", [
      ("Aktuellt", "Kallad av nattssk pga temp 38,8 och nytillkommen förvirring; pat drar i KAD-slangen. Inlagd sedan i tisdags för hjärtsvikt."),
      ("Status", "Orienterad till person men ej tid. Lungor: basala rassel bilat, oförändrat. Buk mjuk. Urinen grumlig i påsen."),
      ("Bedömning", "Trol. KAD-relaterad UVI. Blododlingar x 2, urinodling via ny KAD. Start Pip/Tazo 4 g x 3. Dagteamet följer upp odlingar."),
  ])],
  [["NL102", "n1"]], [],
  "inpatient night on-call note: 'Trol. KAD-relaterad UVI'")

C("d42-sk-sokord-tidiga-hypoteser-i-vanlig-mall-synlig", "skane", "19490328-4232", "1949-03-28",
  [nt("n1", "ksd_med", "Läkaranteckning", "Helena Jeppsson", "2024-08-21 11:20", "2024-08-21 12:00", "slutenvård", [
      ("Aktuellt", "Inlagd via akuten med ryggsmärta och förvirring. Ca 3,05 mmol/L, krea 142."),
      ("Tidiga hypoteser", "Misstänkt multipelt myelom med tanke på hyperkalcemin och en lytisk förändring i L2 på DT."),
      ("Planering", "Elfores, fria lätta kedjor, skelettrtg. Rehydrering och zoledronsyra."),
  ])],
  [["NL102", "n1"]], [],
  "Skåne protects by template only: sökord 'Tidiga hypoteser' inside an ordinary Läkaranteckning is still visible")

C("d42-sk-talar-for-kolecystit", "skane", "19701223-2364", "1970-12-23",
  [nt("n1", "hbg_akut", "Akutanteckning kirurgi", "Nils Trulsson", "2024-09-08 20:05", "2024-09-08 21:20", "öppenvård", [
      ("Anamnes", "Smärta under hö arcus sedan 18 h efter fet middag, strålar mot hö skulderblad. Tidigare gallstensanfall 2022."),
      ("Status", "Temp 38,3. Ömhet och muskelförsvar hö hypokondrium, Murphys tecken pos."),
      ("Utredning", "UL buk: förtjockad gallblåsevägg 6 mm, inkilat konkrement i halsen, sonografisk Murphy pos. CRP 118."),
      ("Bedömning", "Talar för akut kolecystit. Inläggning kir avd 6, Tazocin, ställningstagande till akut kolecystektomi i morgon."),
  ])],
  [["NL102", "n1"]], [],
  "'Talar för akut kolecystit' – a hedge through 'talar för'")

C("d42-sk-inger-misstanke-aortadissektion", "skane", "19510404-6411", "1951-04-04",
  [nt("n1", "malmo_akut", "Akutanteckning", "Maja Kristiansson", "2024-10-02 17:33", None, "öppenvård", [
      ("Anamnes", "Plötslig rivande smärta mellan skulderbladen vid bilkörning, känd hypertoni, dåligt följsam med medicinerna."),
      ("Status", "BT hö arm 165/90, vä arm 120/70. Blek, kallsvettig. Nytt diastoliskt blåsljud över aorta."),
      ("Bedömning", "Bilden inger misstanke om aortadissektion. DT-aorta akut, thoraxkirurgjouren i Lund förvarnad, Brevibloc-infusion mot systoliskt BT < 120."),
  ])],
  [["NL102", "n1"]], [],
  "unsigned draft (pre-signing): 'inger misstanke om aortadissektion'")

C("d42-sk-typo-missankt-dvt", "skane", "19560223-8700", "1956-02-23",
  [nt("n1", "ksd_akut", "Akutanteckning", "Dragan Petrović", "2024-11-12 15:40", "2024-11-12 16:25", "öppenvård", [
      ("Aktuellt", "Svullen och öm vä vad sedan 3 d. Opererad för knäprotes vä för 4 v sedan."),
      ("Status", "Omfångsökning 3 cm vä vad jämfört med hö. Lätt rodnad, varm. Wells 2."),
      ("Bedömning", "Missänkt DVT vä underben. D-dimer 1,9. Innohep 14 000 E sc given, UL vener bokat imorgon kl 09, pat återkommer."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Missänkt') before DVT")

C("d42-sk-oklart-om-epilepsi-eller-konvulsiv-synkope", "skane", "19940126-9379", "1994-01-26",
  [nt("n1", "hbg_akut", "Akutanteckning", "Ida Wallin", "2024-01-30 12:50", "2024-01-30 14:10", "öppenvård", [
      ("Anamnes", "Föll ihop i kassakön på ICA. Vittne såg ryckningar i armarna i ca 10 sek, vaken efter någon minut. Ingen tungbett, ingen urinavgång. Sovit dåligt, nattskift."),
      ("Status", "Neurologiskt ua. Ortostatiskt prov: BT-fall 25 mmHg med yrsel."),
      ("Bedömning", "Oklart om epileptiskt anfall eller konvulsiv synkope. EKG sinusrytm, normalt QTc. Remiss neurologmottagningen för EEG, bilkörningsförbud tills vidare."),
  ])],
  [["NL102", "n1"]], [],
  "'Oklart om epileptiskt anfall eller konvulsiv synkope' – two diagnoses held open")

C("d42-sk-diagnosfalt-hjarnskakning-trolig", "skane", "19771015-6394", "1977-10-15",
  [nt("n1", "ystad_akut", "Akutanteckning", "Tobias Sjöholm", "2024-05-25 22:18", "2024-05-25 22:55", "öppenvård", [
      ("Anamnes", "Cyklade omkull utan hjälm, slog i bakhuvudet. Minns inte själva fallet, kräkts en gång."),
      ("Status", "GCS 15, ingen fokal neurologi, sårskada occipitalt 3 cm som sutureras."),
      ("Diagnos", "S06.0 Hjärnskakning, trolig. S01.0 Sårskada i hårbotten."),
  ])],
  [["NL102", "n1"]], [],
  "hedge placed after the diagnosis in the Diagnos sökord ('Hjärnskakning, trolig')")

C("d42-sk-ambulansoverrapport-trolig-mediainfarkt", "skane", "19390310-6965", "1939-03-10",
  [nt("n1", "lund_akut", "Akutanteckning strokelarm", "Anna-Karin Olsson", "2024-06-18 07:55", "2024-06-18 09:30", "öppenvård", [
      ("Anamnes", "Enl ambulansens överrapportering: hittad av hemtjänsten kl 07.10 med hö-sidig svaghet och svårt att få fram ord. Sågs frisk kl 22 igår."),
      ("Status", "NIHSS 9: hö-sidig hemipares, motorisk afasi, blickdeviation åt vä."),
      ("Utredning", "DT hjärna utan blödning. DT-angio: ocklusion av vä a. cerebri media M1."),
      ("Bedömning", "Trolig vä-sidig mediainfarkt, vakna-upp-stroke utan säker insjuknandetid. Ingen trombolys. Trombektomilarm till neurointervention."),
  ])],
  [["NL102", "n1"]], [],
  "ambulance hand-over summarised by the receiving physician; 'Trolig ... mediainfarkt' in Bedömning")

C("d42-sk-barnakut-bilden-forenlig-med-pseudokrupp", "skane", "20200315-6649", "2020-03-15",
  [nt("n1", "malmo_barnakut", "Läkaranteckning barn", "Reza Karimi", "2024-11-03 03:20", "2024-11-03 04:05", "öppenvård", [
      ("Anamnes", "Vaknade i natt med skällande hosta och pipljud vid inandning. Förkyld sedan 2 d. Inga tidigare episoder."),
      ("Status", "Inspiratorisk stridor i vila som försvinner när hon sitter i mammas knä. Saturation 97 %, inga indragningar."),
      ("Bedömning", "Bilden förenlig med pseudokrupp. Betapred 0,4 mg/kg po, observation 2 h på akuten, stridor borta i vila. Hem."),
  ])],
  [["NL102", "n1"]], [],
  "'förenlig med pseudokrupp' in a child's visible note")

C("d42-sk-nattjour-ev-begynnande-pneumoni", "skane", "19430218-7937", "1943-02-18",
  [nt("n1", "lund_med", "Jouranteckning", "Jenny Malmberg", "2024-12-06 01:35", "2024-12-06 02:10", "slutenvård", [
      ("Aktuellt", "Nattssk ringer: saturation sjunkit från 95 till 90 %, ny hosta, temp 37,9."),
      ("Status", "Krepitationer hö basalt. AF 22. Opåverkad, orienterad."),
      ("Bedömning", "Ev. begynnande pneumoni hö basalt. O2 2 L på grimma, rtg pulm bokad i morgon bitti, avvaktar antibiotika till dess."),
  ])],
  [["NL102", "n1"]], [],
  "night on-call: 'Ev. begynnande pneumoni' – ev. on a diagnosis, not on a plan")

C("d42-sk-lang-bedomning-brostsmarta-trolig-costokondrit", "skane", "19850514-3597", "1985-05-14",
  [nt("n1", "malmo_akut", "Akutanteckning", "Karin Svensson", "2024-04-21 10:12", "2024-04-21 12:40", "öppenvård", [
      ("Anamnes", "38-årig man, tidigare frisk, snusar. Vänstersidig bröstsmärta sedan 2 d, värre vid vridning av bålen och djupa andetag. Styrketränat bröst i fredags. Ingen dyspné, ingen feber."),
      ("Status", "Opåverkad. Cor: RR, 72/min. Pulm: ua. Distinkt palpationsömhet över 3:e–4:e revbensbrosket vä som återskapar smärtan. Vader mjuka."),
      ("Lab", "hs-TnT 6 och 5 ng/L med 1 h intervall. CRP 3. EKG: sinusrytm, inga ST-förändringar."),
      ("Bedömning", "NSTEMI uteslutes med två normala troponiner och normalt EKG. Lungemboli bedöms ej aktuell: PERC-negativ, inga riskfaktorer. Inga hållpunkter för aortadissektion eller pneumothorax. Trolig costokondrit/muskuloskeletal bröstsmärta efter träningen."),
      ("Planering", "NSAID i 5 d, vila från bänkpress. Åter vid förändrad smärtkaraktär."),
  ])],
  [["NL102", "n1"]], [],
  "long weighing paragraph: NSTEMI, LE, dissection ruled out, but 'Trolig costokondrit' stays hedged")

C("d42-sk-lang-buk-ovarialtorsion-kan-ej-uteslutas", "skane", "19950809-6360", "1995-08-09",
  [nt("n1", "hbg_akut", "Akutanteckning kirurgi", "Erik Ask", "2024-07-29 13:45", "2024-07-29 15:30", "öppenvård", [
      ("Anamnes", "Hastigt debuterande hö-sidig nedre buksmärta under löprunda, illamående, kräkts en gång. SM för 2 v sedan."),
      ("Status", "Ömhet hö fossa utan släppömhet. Temp 37,2. Gynekologisk palpation ej utförd på akuten."),
      ("Utredning", "CRP < 5, LPK 9,1. U-hCG negativt. UL buk: appendix normal, 4 cm cysta hö ovarium, fritt vätska i litet bäcken."),
      ("Bedömning", "Appendicit talar emot med normal appendix på UL, normalt CRP och ingen släppömhet. Graviditet utesluten. Ovarialtorsion kan ej uteslutas med tanke på cystan och det akuta insjuknandet. Gynjour tillkallad för vaginalt UL med doppler."),
  ])],
  [["NL102", "n1"]], [],
  "long assessment: appendicitis and pregnancy ruled out but 'Ovarialtorsion kan ej uteslutas'")

C("d42-sk-konsult-hia-differentialdiagnos-myokardit", "skane", "20010826-8830", "2001-08-26",
  [nt("n1", "malmo_hia", "Inskrivningsanteckning", "Dragan Petrović", "2024-03-27 18:30", "2024-03-27 19:15", "slutenvård", [
      ("Aktuellt", "22-årig man, halsont och feber för en vecka sedan. Nu bröstsmärta som lindras framåtlutad. Troponin 380 ng/L."),
      ("EKG", "Utbredda konkava ST-höjningar, PR-sänkning i avl II."),
      ("Bedömning", "Perimyokardit är huvudhypotesen; differentialdiagnos ACS bedöms mindre sannolik hos ung man utan riskfaktorer. MR hjärta bokad."),
  ])],
  [["NL102", "n1"]], [],
  "'huvudhypotes' + 'differentialdiagnos ACS' – hypotheses in an admission note")

# =====================================================================
# NL102, VGR Melior, must
# =====================================================================
C("d42-vg-susp-ulcusblodning", "vgr", "19491122-8437", "1949-11-22",
  [nt("n1", "su_akut", "Akutmottagning läkaranteckning", "Linnea Johansson", "2024-01-14 09:25", "2024-01-14 10:40", "öppenvård", [
      ("Aktuellt", "Svart tjärartad avföring sedan 2 d, yr när han reser sig. Tar Eliquis för FF och har ätit Naproxen mot knävärk i en vecka."),
      ("Status", "Blek, puls 108, BT 102/64. PR: melena på handsken."),
      ("Lab", "Hb 82 (131 i november), urea 18,4."),
      ("Bedömning", "Susp. ulcusblödning. Eliquis och Naproxen utsatta, Nexium 80 mg iv, blod beställt. Gastroskopijouren larmad."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "VGR ED: 'Susp. ulcusblödning' under sökord Bedömning")

C("d42-vg-dsbs-trol-invagination", "vgr", "20221125-6710", "2022-11-25",
  [nt("n1", "dsbs", "Barnakut läkaranteckning", "Björn Karlsson", "2024-02-08 18:10", "2024-02-08 19:00", "öppenvård", [
      ("Anamnes", "1-årig pojke med skrikattacker var 15–20:e min sedan eftermiddagen, drar upp benen. Blek och slö mellan attackerna. En blöja med slemmig rödaktig avföring."),
      ("Status", "Ömmar vid palpation hö sida av buken, korvformad resistens? Temp 37,6."),
      ("Bedömning", "Trol. invaginaton. UL buk akut, barnkirurgjour kontaktad, iv-infart och fasta."),
  ])],
  [["NL102", "n1"]], [],
  "paediatric ED (guardians read): 'Trol. invaginaton' (typo in the diagnosis)")

C("d42-vg-skovde-fynd-talar-for-pankreatit", "vgr", "19690424-4552", "1969-04-24",
  [nt("n1", "skas_akut", "Akutmottagning läkaranteckning", "Sofia Andersson", "2024-03-09 04:05", "2024-03-09 05:20", "öppenvård", [
      ("Anamnes", "Bältesformad smärta i övre buken som strålar mot ryggen, började efter middag med mycket alkohol. Kräkts upprepat."),
      ("Status", "Ömmar epigastriskt, inget peritonit. Temp 37,8, puls 104."),
      ("Lab", "P-amylas 14 µkat/L, CRP 42, ALAT 0,6."),
      ("Bedömning", "Fynden talar för akut pankreatit, sannolikt alkoholutlöst. Vätska 3 L, morfin, inläggning kir."),
  ])],
  [["NL102", "n1"]], [],
  "'Fynden talar för akut pankreatit' and 'sannolikt alkoholutlöst'")

C("d42-vg-nal-kan-rora-sig-om-pneumoni", "vgr", "19460604-3679", "1946-06-04",
  [nt("n1", "nal_akut", "Akutmottagning läkaranteckning", "Hassan Ali", "2024-04-02 15:00", "2024-04-02 16:12", "öppenvård", [
      ("Aktuellt", "KOL GOLD 3. Ökad hosta och mer gult slem sedan 4 d, andfådd vid minsta ansträngning."),
      ("Status", "Sat 88 % på luft, 93 % på 1 L. Ronki bilat, dämpning hö bas?"),
      ("Bedömning", "KOL-exacerbation; kan röra sig om en penumoni hö basalt, rtg pulm i väntan. Inhalationer, Prednisolon 30 mg, Doxyferm."),
  ])],
  [["NL102", "n1"]], [],
  "'kan röra sig om en penumoni' beside a confirmed KOL exacerbation (typo in the diagnosis)")

C("d42-vg-boras-sannolikt-bppv", "vgr", "19530606-7645", "1953-06-06",
  [nt("n1", "sas_akut", "Akutmottagning läkaranteckning", "Maria Gustafsson", "2024-05-03 08:50", "2024-05-03 10:05", "öppenvård", [
      ("Anamnes", "Kraftig rotatorisk yrsel när hon vände sig i sängen i morse, varar under en minut. Illamående. Ingen huvudvärk."),
      ("Status", "Dix-Hallpike hö: uppåtslående torsionell nystagmus med latens, uttröttbar. HINTS perifert mönster. Neurologstatus i övrigt ua."),
      ("Bedömning", "Sannolikt rör det sig om benign paroxysmal lägesyrsel i hö bakre båggången. Epleys manöver utförd med god effekt."),
  ])],
  [["NL102", "n1"]], [],
  "'Sannolikt rör det sig om' BPPV")

C("d42-vg-molndal-misstanks-ockult-collumfraktur", "vgr", "19281004-2743", "1928-10-04",
  [nt("n1", "su_molndal_ort", "Ortopedakut läkaranteckning", "Anders Berntsson", "2024-06-11 11:40", "2024-06-11 12:30", "öppenvård", [
      ("Anamnes", "95-årig kvinna från särskilt boende, föll i badrummet natten till idag. Vill inte stödja på hö ben."),
      ("Status", "Hö ben ej förkortat eller utåtroterat. Rotationssmärta i höften, kan inte lyfta benet från britsen."),
      ("Rtg", "Hö höft och bäcken: ingen säker fraktur, uttalad osteoporos."),
      ("Bedömning", "Pga oförmåga att belasta och rotationssmärta misstänks ockult collumfraktur hö. DT höft beställd, smärtlindring och fasta till svar."),
  ])],
  [["NL102", "n1"]], [],
  "orthopaedic ED: verb form 'misstänks ockult collumfraktur' after a negative x-ray")

C("d42-vg-civa-sannolikt-ards", "vgr", "19670124-3278", "1967-01-24",
  [nt("n1", "civa", "IVA inskrivning", "Elin Carlsson", "2024-01-07 02:20", "2024-01-07 05:45", "slutenvård", [
      ("Inskrivningsorsak", "Tilltagande hypoxi på infektionsavdelningen trots HFNC 60 L/min, FiO2 0,8. Intuberad kl 01.40."),
      ("Bakgrund", "56-årig man, hypertoni, BMI 34. Influensa A verifierad för 5 d sedan."),
      ("Status", "Sederad, RASS -4. P/F-kvot 11 kPa på PEEP 12. Rtg: bilaterala konfluerande förtätningar."),
      ("Bedömning", "Akut andningssvikt, sannolikt ARDS sekundärt till influensa A-pneumoni. Kardiogent lungödem talar emot: UKG visar EF 55 % utan klaffel. Lungskyddande ventilation, bukläge övervägs."),
  ])],
  [["NL102", "n1"]], [],
  "ICU admission: 'sannolikt ARDS' remains while the cardiogenic alternative is ruled out")

C("d42-vg-kungalv-differentialdiagnostiskt-herpes-zoster", "vgr", "19591226-3661", "1959-12-26",
  [nt("n1", "kungalv_akut", "Akutmottagning läkaranteckning", "David Ekström", "2024-07-22 19:40", "2024-07-22 20:20", "öppenvård", [
      ("Aktuellt", "Brännande smärta vä thorax i ett bälte från ryggen till bröstbenet sedan 2 d. Rädd för hjärtat."),
      ("Status", "Hyperestesi Th5 vä, inga blåsor ännu. EKG sinusrytm utan ischemi, hs-TnT < 5."),
      ("Bedömning", "Hjärtorsak bedöms utesluten. Differentialdiagnostiskt övervägs herpes zoster i prodromalfas – åter om utslag för ställningstagande till Valtrex."),
  ])],
  [["NL102", "n1"]], [],
  "'Differentialdiagnostiskt övervägs herpes zoster' after the cardiac cause is excluded")

C("d42-vg-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "19710111-6999", "1971-01-11",
  [nt("n1", "udd_akut", "Tidiga hypoteser", "Amira Haddad", "2024-08-17 23:10", "2024-08-18 00:05", "öppenvård", [
      ("Bedömning", "Ascites, spider naevi och trombocyter 78 hos man med högt alkoholintag. Misstänkt alkoholorsakad levercirros, diagnostisk ascitestappning gjord."),
  ])],
  [["NL102", "n1"]], [],
  "VGR protects by sökord only: template named 'Tidiga hypoteser' but sökord Bedömning, so the hedge is visible")

C("d42-vg-typo-trolgi-uretarsten", "vgr", "19710508-9853", "1971-05-08",
  [nt("n1", "udd_akut", "Akutmottagning läkaranteckning", "Kristoffer Hermansson", "2024-09-01 06:15", "2024-09-01 07:00", "öppenvård", [
      ("Anamnes", "Kolikartad smärta vä flank som strålar ner mot ljumsken sedan kl 03, kan inte ligga still."),
      ("Status", "Dunkömhet vä. U-sticka: blod 3+."),
      ("Bedömning", "Trolgi vä-sidig uretärsten. Voltaren 50 mg supp med god effekt. DT urinvägar bokat polikliniskt inom en vecka."),
  ])],
  [["NL102", "n1"]], [],
  "typo in the hedge ('Trolgi') before a kidney-stone diagnosis")

C("d42-vg-alingsas-fragestallning-lungemboli", "vgr", "19860709-7741", "1986-07-09",
  [nt("n1", "alingsas_akut", "Akutmottagning läkaranteckning", "Jonna Fredriksson", "2024-10-19 13:05", "2024-10-19 14:00", "öppenvård", [
      ("Aktuellt", "Post partum v 3. Andfådd i trappor sedan igår och ont hö sida vid djupa andetag."),
      ("Utredning", "DT-angio lungartärer beställd med frågeställning lungemboli. D-dimer ej tagen då den är svårvärderad post partum."),
  ])],
  [["NL102", "n1"]], [],
  "'frågeställning lungemboli' in the Utredning sökord – an open diagnostic question about the patient")

C("d42-vg-nattjour-misstankt-delirium-urinretention", "vgr", "19350307-7897", "1935-03-07",
  [nt("n1", "sas_med42", "Jouranteckning", "Gustav Alm", "2024-11-23 03:05", "2024-11-23 03:40", "slutenvård", [
      ("Telefonkontakt", "Ssk ringer kl 02.45: pat orolig, plockig, försöker gå ur sängen. Ej tidigare förvirrad under vårdtiden."),
      ("Status", "Desorienterad till tid och rum. Buk: palpabel blåsa, blåsscan 900 ml."),
      ("Bedömning", "Misstänkt delirium utlöst av urinretention. KAD satt, 950 ml tappades. Ingen lugnande medicinering i nuläget."),
  ])],
  [["NL102", "n1"]], [],
  "inpatient night call: 'Misstänkt delirium' with a clear trigger")

C("d42-vg-skovde-iva-misstankt-bakteriell-meningit", "vgr", "19880812-9459", "1988-08-12",
  [nt("n1", "skas_iva", "IVA inskrivning", "Petra Svanberg", "2024-12-02 05:30", "2024-12-02 07:10", "slutenvård", [
      ("Anamnes", "Hittad i sin lägenhet av kollega, medvetandesänkt, feber 40,1. Huvudvärk sedan igår enl sms."),
      ("Status", "GCS 9, nackstel, petekier saknas. Pupiller lika."),
      ("Bedömning", "Misstänkt bakteriell meningit. LP uppskjuten pga sänkt medvetande, DT hjärna först. Meronem + Vancomycin + Betapred givet direkt efter blododling."),
  ])],
  [["NL102", "n1"]], [],
  "ICU admission at night: 'Misstänkt bakteriell meningit' treated empirically")

C("d42-vg-dsbs-fragetecken-meningokocksepsis", "vgr", "20220522-7669", "2022-05-22",
  [nt("n1", "dsbs", "Barnakut läkaranteckning", "Niklas Wikström", "2024-01-28 21:50", None, "öppenvård", [
      ("Anamnes", "20 månader gammal flicka med feber 39,9 sedan eftermiddagen, allt tröttare och gnälligare."),
      ("Status", "Slö, kalla händer och fötter, CRT 4 s. Enstaka petekier på bålen som inte bleknar vid tryck."),
      ("Bedömning", "?Meningokocksepsis. Blododling, Ceftriaxon 100 mg/kg iv direkt, vätskebolus 20 ml/kg. Barn-IVA informerad."),
  ])],
  [["NL102", "n1"]], [],
  "small child, guardians read: '?Meningokocksepsis' (unsigned draft)")

C("d42-vg-ostra-susp-extrauterin-graviditet", "vgr", "19970706-5307", "1997-07-06",
  [nt("n1", "su_ostra_gyn", "Gynakut läkaranteckning", "Therese Bergqvist", "2024-02-19 00:40", "2024-02-19 01:30", "öppenvård", [
      ("Anamnes", "SM för 7 v sedan, pos grav-test hemma. Sedan kvällen ensidig smärta vä i nedre buken och lite brunt blod."),
      ("Status", "Cervix rörelseöm, ömhet vä adnex. Vaginalt UL: ingen intrauterin graviditet, liten mängd fri vätska."),
      ("Lab", "S-hCG 2 300 IE/L, Hb 124."),
      ("Bedömning", "Susp. extrauterin graviditet vä. Fasta, ny hCG och UL av överläkare på morgonen, ställningstagande till laparoskopi."),
  ])],
  [["NL102", "n1"]], [],
  "gynaecological ED: 'Susp. extrauterin graviditet'")

C("d42-vg-diagnos-sokord-erysipelas-fragetecken-efter", "vgr", "19440915-2636", "1944-09-15",
  [nt("n1", "nal_akut", "Akutmottagning läkaranteckning", "Olof Strand", "2024-03-14 16:20", "2024-03-14 16:45", "öppenvård", [
      ("Status", "Skarpt avgränsad rodnad och värme vä underben, temp 38,4. Fotsvamp mellan tårna."),
      ("Diagnos", "Erysipelas vä underben?"),
      ("Åtgärd", "Kåvepenin 1 g x 3 i 10 d, Pevaryl mot fotsvampen. Åter till VC för kontroll om 2 d."),
  ])],
  [["NL102", "n1"]], [],
  "question mark after the diagnosis in the Diagnos sökord")

C("d42-vg-ortoped-nattjour-kan-inte-utesluta-kompartment", "vgr", "20040321-2335", "2004-03-21",
  [nt("n1", "su_molndal_ort", "Jouranteckning", "Ali Mohammadi", "2024-04-28 02:55", None, "slutenvård", [
      ("Aktuellt", "Märgspikad för tibiaskaftsfraktur hö igår efter MC-olycka. Ssk kallar pga tilltagande smärta trots 20 mg morfin."),
      ("Status", "Spänd och hård vad, kraftig smärta vid passiv extension av tårna. Pulsar palpabla distalt."),
      ("Bedömning", "Kan inte utesluta kompartmentsyndrom hö underben. Ortopedbakjour kallad, tryckmätning och förberedelse för fasciotomi."),
  ])],
  [["NL102", "n1"]], [],
  "orthopaedic night call: 'Kan inte utesluta kompartmentsyndrom' (unsigned draft)")

C("d42-vg-misstankt-paracetamolintoxikation", "vgr", "20030824-6008", "2003-08-24",
  [nt("n1", "su_akut", "Akutmottagning läkaranteckning", "Frida Holmgren", "2024-05-12 01:15", "2024-05-12 02:40", "öppenvård", [
      ("Aktuellt", "Kommer med väninna. Uppger att hon tagit 'en handfull Alvedon' för cirka 5 h sedan efter bråk med pojkvän, osäkert antal."),
      ("Status", "Vaken, orienterad, lätt illamående. Ingen ikterus."),
      ("Bedömning", "Misstänkt paracetamolintoxikation, oklar dos. S-paracetamol 4 h-värde saknas, prov taget nu; Acetylcystein startat enligt Giftinformationscentralens råd. Psykiatrisk bedömning när medicinskt stabil."),
  ])],
  [["NL102", "n1"]], [],
  "'Misstänkt paracetamolintoxikation' with dose unknown")

C("d42-vg-skovde-mojlig-giktartrit-dd-septisk", "vgr", "19630813-2775", "1963-08-13",
  [nt("n1", "skas_akut", "Akutmottagning läkaranteckning", "Mattias Olausson", "2024-06-26 10:30", "2024-06-26 11:35", "öppenvård", [
      ("Anamnes", "Vaknade med kraftig smärta och svullnad i vä stortåns grundled, kan inte ha strumpa på sig. Tar Furix."),
      ("Status", "Rodnad, svullen, varm MTP I vä. Temp 37,9."),
      ("Bedömning", "Möjlg giktartrit, DD septisk artrit. Ledpunktion gjord: grumlig vätska, skickad för odling och kristallanalys. Avvaktar antibiotika till svar i eftermiddag."),
  ])],
  [["NL102", "n1"]], [],
  "'Möjlg giktartrit, DD septisk artrit' – two open hypotheses (typo in the hedge)")

C("d42-vg-ambulans-trol-insulinorsakad-hypoglykemi", "vgr", "19470117-5814", "1947-01-17",
  [nt("n1", "alingsas_akut", "Akutmottagning läkaranteckning", "Jonna Fredriksson", "2024-08-04 12:20", "2024-08-04 13:10", "öppenvård", [
      ("Anamnes", "Ambulansen överrapporterar: hustrun larmade då maken var svårväckt och svettig. P-glukos 1,9 på plats, fick 30 g glukos iv och vaknade."),
      ("Aktuellt", "DM1 sedan 40 år. Tog sitt måltidsinsulin men hoppade över lunchen pga tandvärk."),
      ("Bedömning", "Trol. insulinorsakad hypoglykemi efter missad måltid. P-glukos nu 7,8, äter smörgås. Hem med hustrun efter 2 h observation."),
  ])],
  [["NL102", "n1"]], [],
  "ambulance hand-over: 'Trol. insulinorsakad hypoglykemi'")

C("d42-vg-civa-tva-sokord-ett-skyddat-ett-synligt", "vgr", "19841127-9196", "1984-11-27",
  [nt("n1", "civa", "IVA daganteckning", "Elin Carlsson", "2024-09-15 10:00", "2024-09-15 11:30", "slutenvård", [
      ("Aktuellt", "Dag 2 efter trafikolycka med lungkontusion och mjältskada, extuberad i morse."),
      ("Tidiga hypoteser", "Mönstret av gamla läkta revbensfrakturer väcker frågan om tidigare upprepat trauma, oklart sammanhang."),
      ("Bedömning", "Andningsmässigt stabil. Misstänkt begynnande abstinens med takykardi och tremor – CIWA-skattning var 2:a timme, Oxascand vid behov."),
  ])],
  [["NL102", "n1"]], [],
  "VGR note with one protected sökord; the hedged diagnosis 'Misstänkt begynnande abstinens' sits in the visible Bedömning")

# =====================================================================
# NL102, Skåne Melior, must_not
# =====================================================================
C("d42-sk-fraga-fraktur-besvarad-rtg-utan-fraktur", "skane", "19641026-1744", "1964-10-26",
  [nt("n1", "hbg_ortakut", "Akutanteckning ortopedi", "Nils Trulsson", "2024-01-09 10:45", "2024-01-09 11:10", "öppenvård", [
      ("Anamnes", "Vrickade vä fot på isig trottoar, inåtvridning. Kunde gå några steg efteråt."),
      ("Status", "Svullnad och ömhet framför laterala malleolen. Ingen ömhet över malleolspetsarna eller basen av MT V."),
      ("Bedömning", "?Fraktur – rtg utan fraktur."),
      ("Diagnos", "S93.4 Distorsion vä fotled."),
      ("Åtgärd", "Elastisk linda, kryckor, belasta efter förmåga. Sjukgymnastik via VC vid kvarstående instabilitet."),
  ])],
  [], [["NL102", "n1"]],
  "answered question: '?Fraktur – rtg utan fraktur' leaves no open hypothesis")

C("d42-sk-barnakut-ingen-misstanke-om-appendicit", "skane", "20151126-7047", "2015-11-26",
  [nt("n1", "lund_barnakut", "Läkaranteckning barn", "Lina Håkansson", "2024-03-05 17:20", "2024-03-05 18:00", "öppenvård", [
      ("Anamnes", "8-årig flicka, ont i magen runt naveln i två dagar, hård avföring senast i fredags."),
      ("Status", "Hoppar på stället utan smärta, buk mjuk, palpabla skybala vä fossa."),
      ("Bedömning", "Ingen misstanke om appendicit. Diagnos: Förstoppning. Movicol Junior 1 dospåse x 2."),
      ("Planering", "Uppföljning hos BVC/skolsköterska. Föräldrarna vet att söka igen om feber eller tilltagande smärta."),
  ])],
  [], [["NL102", "n1"]],
  "children's ED: 'Ingen misstanke om appendicit' is a negation; the diagnosis given is confirmed")

C("d42-sk-nstemi-uteslutes-tva-normala-troponiner", "skane", "19630210-1792", "1963-02-10",
  [nt("n1", "lund_akut", "Akutanteckning", "Per Ohlsson", "2024-05-07 13:10", "2024-05-07 16:20", "öppenvård", [
      ("Aktuellt", "Bröstobehag i samband med trädgårdsarbete, släppte efter 10 min vila."),
      ("Bedömning", "NSTEMI uteslutes: hs-TnT 7 resp 8 ng/L med 3 h intervall, EKG utan ischemi."),
      ("Diagnos", "R07.4 Bröstsmärta, ospecificerad."),
      ("Planering", "Hem. Remiss för arbetsprov skickas till kardiologmottagningen."),
  ])],
  [], [["NL102", "n1"]],
  "'NSTEMI uteslutes' – a ruled-out diagnosis, no open hypothesis")

C("d42-sk-inga-tecken-pa-pneumoni-plan-hedges", "skane", "19380517-1794", "1938-05-17",
  [nt("n1", "ksd_med", "Läkaranteckning", "Helena Jeppsson", "2024-06-20 14:30", "2024-06-20 15:00", "slutenvård", [
      ("Aktuellt", "Inlagd för KOL-exacerbation, nu feberfri sedan 36 h och gått i korridoren."),
      ("Utredning", "Rtg pulm: inga tecken på pneumoni, oförändrad emfysembild."),
      ("Planering", "Trolig hemgång i morgon om fortsatt stabil. Ev. remiss till lungmottagningen för ny spirometri efter utskrivning."),
  ])],
  [], [["NL102", "n1"]],
  "'inga tecken på pneumoni' is a negation; 'Trolig hemgång' and 'Ev. remiss' hedge plans, not diagnoses")

C("d42-sk-hereditet-bror-trol-hcm", "skane", "19730706-2633", "1973-07-06",
  [nt("n1", "ystad_akut", "Akutanteckning", "Tobias Sjöholm", "2024-07-03 19:15", "2024-07-03 21:00", "öppenvård", [
      ("Anamnes", "Svimmade under joggingrunda, vaken direkt. Inga bröstsmärtor."),
      ("Hereditet", "Bror avled plötsligt 38 år gammal, trol. hypertrof kardiomyopati enligt familjen. Pappan misstänktes ha Marfans syndrom men utreddes aldrig."),
      ("Status", "Cor: systoliskt blåsljud 2/6 över aorta. EKG: vänsterkammarhypertrofi enligt Sokolow."),
      ("Planering", "Telemetri över natten, UKG i morgon, remiss kardiologmottagningen."),
  ])],
  [], [["NL102", "n1"]],
  "hedged diseases belong to relatives (brother, father), not the patient")

C("d42-sk-villkor-om-tecken-pa-appendicit-sok-igen", "skane", "19890220-2244", "1989-02-20",
  [nt("n1", "malmo_akut", "Akutanteckning kirurgi", "Maja Kristiansson", "2024-08-10 22:40", "2024-08-10 23:15", "öppenvård", [
      ("Aktuellt", "Diffus buksmärta sedan i morse, en lös avföring. Opåverkad."),
      ("Status", "Buk mjuk, lätt diffust öm utan punctum maximum. CRP < 5, LPK 7,8."),
      ("Diagnos", "R10.4 Buksmärta UNS."),
      ("Planering", "Hem. Vid tilltagande buksmärta, feber eller om smärtan flyttar sig ner mot hö fossa – sök akut igen, då får appendicit övervägas på nytt."),
  ])],
  [], [["NL102", "n1"]],
  "conditional advice ('vid tilltagande buksmärta ... då får appendicit övervägas') is hypothetical")

C("d42-sk-misstanke-om-stroke-avskrivs-bells-pares", "skane", "19500803-4604", "1950-08-03",
  [nt("n1", "hbg_stroke", "Akutanteckning strokelarm", "Ida Wallin", "2024-09-14 09:05", "2024-09-14 09:50", "öppenvård", [
      ("Anamnes", "Inkom som strokelarm pga hängande mungipa hö som maken upptäckte vid frukost."),
      ("Status", "Perifer facialispares hö med påverkan även på pannan, kan inte rynka pannan. I övrigt normalt neurologstatus."),
      ("Bedömning", "Misstanke om stroke avskrvis. Diagnos: Bells pares hö. Prednisolon 50 mg x 1 i 10 dagar, ögonsalva och tejp nattetid."),
  ])],
  [], [["NL102", "n1"]],
  "'Misstanke om stroke avskrvis' – suspicion stated and withdrawn (typo in the negating verb)")

C("d42-sk-mall-tidiga-hypoteser-skyddad", "skane", "19691207-7770", "1969-12-07",
  [nt("n1", "lund_akut", "Akutanteckning", "Johan Lindqvist", "2024-10-11 20:00", "2024-10-11 21:30", "öppenvård", [
      ("Aktuellt", "Tredje besöket på en månad för buksmärta och illamående. Hb 118, MCV 104, GT 4,8."),
      ("Planering", "Inläggning medicin för smärtlindring och rehydrering."),
  ]),
   nt("n2", "lund_akut", "Tidiga hypoteser", "Johan Lindqvist", "2024-10-11 21:35", "2024-10-11 21:40", "öppenvård", [
      ("Bedömning", "Misstänkt kronisk pankreatit på alkoholbasis, diskuteras med pat när förtroende finns."),
  ])],
  [], [["NL102", "n1"], ["NL102", "n2"]],
  "Skåne: the hedge is in a note whose template is Tidiga hypoteser; the ordinary note holds no hypothesis")

C("d42-sk-hia-stemi-bekraftad", "skane", "19570124-6638", "1957-01-24",
  [nt("n1", "malmo_hia", "Jouranteckning", "Fatima El-Sayed", "2024-11-17 03:40", "2024-11-17 05:00", "slutenvård", [
      ("Aktuellt", "Ambulans-EKG med ST-höjningar II, III, aVF. PCI-lab larmat kl 03.12."),
      ("Bedömning", "Inferior STEMI. Ocklusion i proximala RCA åtgärdad med ett läkemedelsavgivande stent, TIMI 3-flöde efteråt."),
      ("Planering", "HIA-vård, Brilique + Trombyl i 12 mån, UKG i morgon."),
  ])],
  [], [["NL102", "n1"]],
  "confirmed STEMI, no hedge anywhere")

C("d42-sk-nattjour-trol-hemolyserat-prov", "skane", "19310523-6479", "1931-05-23",
  [nt("n1", "ystad_med", "Jouranteckning", "Oskar Mårtensson", "2024-02-02 00:50", None, "slutenvård", [
      ("Telefonkontakt", "Labbet ringer K 6,4. Provet trol. hemolyserat enligt labbet, ssk tar om från annan ven."),
      ("Aktuellt", "Omtaget kalium 4,1. EKG utan toppiga T-vågor. Ingen åtgärd."),
  ])],
  [], [["NL102", "n1"]],
  "hedge on a lab artefact ('trol. hemolyserat'), which is no diagnosis (unsigned draft)")

C("d42-sk-dd-lungemboli-avfardad", "skane", "19580113-9501", "1958-01-13",
  [nt("n1", "ksd_akut", "Akutanteckning", "Emma Nilsson", "2024-03-22 11:15", None, "öppenvård", [
      ("Aktuellt", "Feber, hosta och hugg i hö sida sedan 3 d."),
      ("Utredning", "DT-angio: inga emboli. Konsolidering i hö underlob. CRP 188."),
      ("Bedömning", "DD lungemboli – avfärdad med DT-angio. Diagnos: Pneumoni hö underlob. Bensylpenicillin 3 g x 3, inläggning."),
  ])],
  [], [["NL102", "n1"]],
  "hard negative: 'DD lungemboli' immediately dismissed ('avfärdad'); the remaining diagnosis is confirmed (unsigned draft)")

C("d42-sk-typo-ingen-missanke-om-sab", "skane", "19660123-2322", "1966-01-23",
  [nt("n1", "lund_akut", "Akutanteckning", "Karin Svensson", "2024-04-15 15:25", "2024-04-15 16:05", "öppenvård", [
      ("Anamnes", "Tryckande pannhuvudvärk som kommit smygande under två dagar, stressig period på jobbet."),
      ("Bedömning", "Ingen missanke om SAB – gradvis debut och normalt neurologstatus. Diagnos: Spänningshuvudvärk."),
  ])],
  [], [["NL102", "n1"]],
  "typo in a negation ('Ingen missanke om SAB'): still ruled out")

C("d42-sk-talar-for-om-behandlingseffekt", "skane", "19480326-6495", "1948-03-26",
  [nt("n1", "lund_med", "Läkaranteckning", "Jenny Malmberg", "2024-05-28 09:40", "2024-05-28 10:10", "slutenvård", [
      ("Aktuellt", "Känd hjärtsvikt med EF 30 %, inlagd för dekompensation. Vikt ner 2,4 kg sedan inskrivningen."),
      ("Bedömning", "Diures 1,2 L på natten talar för god effekt av Furix iv. Kliniskt förbättrad, mindre ödem."),
      ("Planering", "Övergång till tablettbehandling i morgon."),
  ])],
  [], [["NL102", "n1"]],
  "'talar för' about treatment effect, not about a diagnosis; the diagnosis is known")

C("d42-sk-ambulansens-misstanke-ej-bekraftad", "skane", "19760708-4154", "1976-07-08",
  [nt("n1", "hbg_akut", "Akutanteckning", "Erik Ask", "2024-06-09 06:30", "2024-06-09 09:10", "öppenvård", [
      ("Anamnes", "Ambulansen misstänkte hjärtinfarkt pga bröstsmärta och fick Trombyl på vägen. Smärtan kom efter kraftiga kräkningar under natten."),
      ("Utredning", "hs-TnT 4 och 4 ng/L. EKG normalt. Rtg pulm utan mediastinal luft."),
      ("Bedömning", "Ingen hållpunkt för akut koronart syndrom. Diagnos: Refluxesofagit efter kräkningar. Omeprazol 20 mg x 1 i 4 v."),
  ])],
  [], [["NL102", "n1"]],
  "the ambulance's suspicion is reported and ruled out; final diagnosis confirmed")

# =====================================================================
# NL102, VGR Melior, must_not
# =====================================================================
C("d42-vg-lungemboli-avskrivs-efter-dtangio", "vgr", "19950721-7447", "1995-07-21",
  [nt("n1", "su_ostra_akut", "Akutmottagning läkaranteckning", "Hanna Lindgren", "2024-01-18 14:00", "2024-01-18 17:25", "öppenvård", [
      ("Aktuellt", "Hugg i vä thorax vid inandning sedan igår, p-piller, nyligen flugit från Thailand."),
      ("Bedömning", "Lungemboli avskrivs efter DT-angio utan emboli. Diagnos: Pleurit vä, Ipren 400 mg x 3 i en vecka."),
  ])],
  [], [["NL102", "n1"]],
  "'avskrivs' – the feared diagnosis is dismissed after imaging")

C("d42-vg-sokord-tidiga-hypoteser-ovriga-rena", "vgr", "19520327-8907", "1952-03-27",
  [nt("n1", "sas_akut", "Akutmottagning läkaranteckning", "Maria Gustafsson", "2024-02-24 16:45", "2024-02-24 18:10", "öppenvård", [
      ("Aktuellt", "Viktnedgång 8 kg på tre månader, nattsvettningar, trött. Remitterad från VC pga Hb 96."),
      ("Status", "Palpabla körtlar i hö axill, 2 cm, oömma. Mjälten palpabel 2 fingerbredder."),
      ("Tidiga hypoteser", "Misstänkt lymfom, ej diskuterat närmare med pat i avvaktan på DT och körtelbiopsi."),
      ("Planering", "DT hals-thorax-buk, remiss hematologmottagningen för körtelbiopsi."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "VGR: the only hedged diagnosis (and the untold part) stands under the protected sökord Tidiga hypoteser")

C("d42-vg-plan-eventuellt-dt-bekraftad-divertikulit", "vgr", "19680513-8879", "1968-05-13",
  [nt("n1", "nal_kir", "Läkaranteckning", "Olof Strand", "2024-03-30 10:20", None, "slutenvård", [
      ("Aktuellt", "Dag 2 med DT-verifierad okomplicerad divertikulit i sigmoideum. CRP 162 -> 121."),
      ("Planering", "Eventuellt ny DT buk i morgon om CRP inte sjunker vidare. Trolig utskrivning under helgen, koloskopi om 6–8 veckor."),
  ])],
  [], [["NL102", "n1"]],
  "'Eventuellt ny DT' and 'Trolig utskrivning' are hedged plans; the diagnosis is CT-verified (unsigned draft)")

C("d42-vg-dsbs-inga-tecken-pa-meningit-otit", "vgr", "20160128-1254", "2016-01-28",
  [nt("n1", "dsbs", "Barnakut läkaranteckning", "Björn Karlsson", "2024-04-09 20:30", "2024-04-09 21:05", "öppenvård", [
      ("Anamnes", "8-årig pojke med feber 39 och öronvärk sedan i natt, huvudvärk."),
      ("Status", "Pigg, leker med mobilen. Inga tecken på meningit: ingen nackstelhet, negativ Kernig. Vä trumhinna röd och buktande."),
      ("Diagnos", "Akut mediaotit vä."),
      ("Åtgärd", "Kåvepenin mixtur 25 mg/kg x 3 i 5 d, Alvedon vid behov."),
  ])],
  [], [["NL102", "n1"]],
  "paediatric: 'Inga tecken på meningit' negation plus confirmed otitis")

C("d42-vg-symtomhedge-ev-feber-oklart-medvetslos", "vgr", "19920411-5738", "1992-04-11",
  [nt("n1", "kungalv_akut", "Akutmottagning läkaranteckning", "David Ekström", "2024-05-17 02:30", "2024-05-17 03:15", "öppenvård", [
      ("Anamnes", "Halkade på badrumsgolvet, slog i bakhuvudet. Oklart om pat tappade medvetandet, sambon hörde bara smällen. Ev. lätt feber under kvällen, ej uppmätt."),
      ("Status", "GCS 15, ingen neurologi, 1 cm svullnad occipitalt. Inga antikoagulantia."),
      ("Bedömning", "Skallskada utan indikation för DT enligt SNC-riktlinjerna. Hem med sambo och skriftlig information om skallskada."),
  ])],
  [], [["NL102", "n1"]],
  "hedges on an event and a symptom ('Oklart om pat tappade medvetandet', 'Ev. lätt feber'), no hedged diagnosis")

C("d42-vg-mamma-trol-ms-pat-karpaltunnel", "vgr", "19780808-7469", "1978-08-08",
  [nt("n1", "su_ostra_akut", "Akutmottagning läkaranteckning", "Hanna Lindgren", "2024-06-07 12:10", "2024-06-07 12:50", "öppenvård", [
      ("Anamnes", "Domningar i tumme, pek- och långfinger hö hand nattetid sedan en månad. Orolig eftersom mamma sannolikt har MS, hon utreds just nu."),
      ("Status", "Tinels tecken pos över karpaltunneln hö, Phalens test pos. Normal kraft, reflexer och sensibilitet i övrigt."),
      ("Diagnos", "G56.0 Karpaltunnelsyndrom hö."),
      ("Planering", "Nattskena, remiss handkirurgen vid utebliven effekt."),
  ])],
  [], [["NL102", "n1"]],
  "the hedged MS belongs to the mother; the patient's diagnosis is certain")

C("d42-vg-molndal-bekraftad-radiusfraktur", "vgr", "19500715-3223", "1950-07-15",
  [nt("n1", "su_molndal_ort", "Ortopedakut läkaranteckning", "Anders Berntsson", "2024-07-11 15:20", "2024-07-11 16:40", "öppenvård", [
      ("Rtg", "Distal radiusfraktur vä med dorsal felställning 25 grader och ulnar styloidfraktur."),
      ("Åtgärd", "Reponerad i hematomblockad, dorsal gipsskena. Kontrollrtg: godtagbart läge."),
      ("Planering", "Ny rtg om en vecka på ortopedmottagningen Mölndal."),
  ])],
  [], [["NL102", "n1"]],
  "a confirmed fracture, no hedge")

C("d42-vg-villkor-om-andfaddhet-sok-akut", "vgr", "19611115-5682", "1961-11-15",
  [nt("n1", "alingsas_akut", "Akutmottagning läkaranteckning", "Jonna Fredriksson", "2024-08-23 18:00", "2024-08-23 18:45", "öppenvård", [
      ("Aktuellt", "Opererad med artroskopi hö knä för 5 d sedan, nu ökad svullnad i knät men ingen vadsmärta."),
      ("Status", "Lätt hydrops hö knä, vaden mjuk och oöm, ingen omfångsökning. Wells 0."),
      ("Bedömning", "Postoperativ svullnad. Kyla och högläge."),
      ("Planering", "Om andfåddhet, bröstsmärta eller tilltagande vadsvullnad tillkommer ska pat söka akut, då behöver blodpropp uteslutas."),
  ])],
  [], [["NL102", "n1"]],
  "conditional advice naming a diagnosis ('då behöver blodpropp uteslutas') – hypothetical")

C("d42-vg-typo-apendicit-uteslutes", "vgr", "20050614-9731", "2005-06-14",
  [nt("n1", "skas_akut", "Akutmottagning läkaranteckning", "Mattias Olausson", "2024-09-06 23:30", "2024-09-07 00:20", "öppenvård", [
      ("Aktuellt", "19-årig man med ont i hö fossa sedan i förmiddags efter fotbollsmatch."),
      ("Utredning", "UL buk: normal appendix, ingen fri vätska. CRP 4, LPK 6,9."),
      ("Bedömning", "Apendicit uteslutes. Muskulär smärta i hö ljumske efter träning. Hem."),
  ])],
  [], [["NL102", "n1"]],
  "typo in the diagnosis ('Apendicit') inside a ruled-out statement")

C("d42-vg-lang-bedomning-alla-dd-avfardade-njursten", "vgr", "19430227-9536", "1943-02-27",
  [nt("n1", "udd_akut", "Akutmottagning läkaranteckning", "Kristoffer Hermansson", "2024-10-05 07:40", "2024-10-05 10:30", "öppenvård", [
      ("Anamnes", "81-årig man, tidigare rökare, hypertoni. Plötslig kraftig smärta hö flank med utstrålning mot ljumsken sedan kl 05. Illamående."),
      ("Status", "Orolig, vill inte ligga still. BT 172/95, puls 88 reg. Dunkömhet hö, buk mjuk, pulserande resistens saknas. Temp 36,9."),
      ("Lab", "Krea 98, CRP 6, LPK 10,1. U-sticka: blod 2+, nitrit neg, leukocyter neg."),
      ("Utredning", "DT buk med kontrast: 4 mm konkrement i distala hö uretären med lätt hydronefros. Aorta normalvid, inget aneurysm. Appendix normal."),
      ("Bedömning", "Hos en äldre man med flanksmärta måste rupturerat bukaortaaneurysm övervägas – uteslutet på DT. Appendicit talar emot, normal appendix och lågt CRP. Pyelonefrit ej aktuellt då pat är afebril med negativ nitrit. Diagnos: Uretärsten hö, 4 mm, DT-verifierad."),
      ("Planering", "Voltaren, Primperan. Förväntas passera spontant; DT-kontroll om 4 veckor via urologmottagningen."),
  ])],
  [], [["NL102", "n1"]],
  "long weighing paragraph where every alternative is excluded and the final diagnosis is CT-verified")

C("d42-vg-talar-emot-dvt-tennisben", "vgr", "19710228-2436", "1971-02-28",
  [nt("n1", "nal_akut", "Akutmottagning läkaranteckning", "Hassan Ali", "2024-11-08 11:05", "2024-11-08 11:50", "öppenvård", [
      ("Anamnes", "Kände ett knäpp i vä vad när han sprang efter bussen, nu ont vid tåstående."),
      ("Status", "Lokal ömhet och lätt blåmärke mediala gastrocnemiushuvudet. Thompson neg."),
      ("Bedömning", "Wells 0 och D-dimer < 0,3 talar emot DTV. Diagnos: Partiell ruptur mediala gastrocnemius vä (tennisben). Kompression och avlastning."),
  ])],
  [], [["NL102", "n1"]],
  "'talar emot DTV' – a ruled-out diagnosis (typo: DTV for DVT)")

C("d42-vg-hedge-pa-matfel-och-artefakt", "vgr", "19361012-5449", "1936-10-12",
  [nt("n1", "sas_med42", "Jouranteckning", "Gustav Alm", "2024-12-12 04:10", "2024-12-12 04:30", "slutenvård", [
      ("Telefonkontakt", "Ssk ringer om saturation 84 % på monitorn. Pat sover lugnt, AF 14, rosig."),
      ("Bedömning", "Möjligen mätfel pga kalla fingrar – om-mätt på örat 95 %. EKG-remsan visar trol. artefakt i avl III från skakande elektrod."),
  ])],
  [], [["NL102", "n1"]],
  "hedges about a measurement error and an ECG artefact – no diagnosis")

C("d42-vg-nattjour-trolig-utskrivning", "vgr", "19471116-3206", "1947-11-16",
  [nt("n1", "su_med", "Jouranteckning", "Amira Haddad", "2024-01-31 22:50", "2024-01-31 23:10", "slutenvård", [
      ("Aktuellt", "Tittat till pat på ssk:s begäran, undrar över sina mediciner. Känd hypertoni och förmaksflimmer, inlagd för elektrolytrubbning som nu är korrigerad."),
      ("Planering", "Trolig utskrivning i morgon efter rond. Eventuellt dosjustering av Enalapril, tas upp med dagläkaren."),
  ])],
  [], [["NL102", "n1"]],
  "inpatient evening call: hedged discharge and dose change, no hedged diagnosis")

C("d42-vg-civa-bekraftade-diagnoser", "vgr", "19490215-6431", "1949-02-15",
  [nt("n1", "civa", "IVA daganteckning", "Elin Carlsson", "2024-02-14 09:30", "2024-02-14 10:40", "slutenvård", [
      ("Aktuellt", "Dygn 3. Septisk chock med pneumokockbakteriemi (växt i 2 av 2 blododlingar) och lobär pneumoni vä."),
      ("Status", "Noradrenalin utsatt i natt. Extuberad, saturation 96 % på 3 L."),
      ("Bedömning", "Stabil, kan flyttas till infektionsavdelningen i eftermiddag. Bensylpenicillin 3 g x 4 fortsätter."),
  ])],
  [], [["NL102", "n1"]],
  "ICU note with microbiologically confirmed diagnoses only")

C("d42-vg-ej-forenlig-med-scaphoideumfraktur", "vgr", "20060416-3816", "2006-04-16",
  [nt("n1", "su_molndal_ort", "Ortopedakut läkaranteckning", "Ali Mohammadi", "2024-03-03 13:35", "2024-03-03 14:05", "öppenvård", [
      ("Anamnes", "Ramlade på skateboard, tog emot sig med vä hand."),
      ("Status", "Ömhet dorsalt över handleden. Ingen ömhet i fossa tabatière eller över tuberculum ossis scaphoidei."),
      ("Bedömning", "Rtg handled utan fraktur. Kliniken ej förenlig med scaphoideumfraktur. Diagnos: Kontusion vä handled, ortos vid behov."),
  ])],
  [], [["NL102", "n1"]],
  "'ej förenlig med scaphoideumfraktur' – negated 'förenlig med'")

# =====================================================================
# NL102, Skåne PMO (primary-care jour), must_not
# =====================================================================
C("d42-pmo-horby-trol-viral-oli", "skane", "19900619-8478", "1990-06-19",
  [nt("n1", "pmo_horby", "Besöksanteckning", "Lars Göransson", "2024-01-20 10:15", "2024-01-20 10:40", "öppenvård", [
      ("Anamnes", "Snuva, halsont och lätt feber sedan 3 d. Ingen andfåddhet."),
      ("Status", "Lätt rodnad i svalget, inga beläggningar. Auskultation av lungorna ua. CRP 12."),
      ("Bedömning", "Trol. viral övre luftvägsinfektion. Ingen antibiotika, egenvårdsråd."),
  ])],
  [], [["NL102", "n1"]],
  "PMO never shows diagnoses: 'Trol. viral övre luftvägsinfektion' in a primary-care jour note")

C("d42-pmo-ksd-trol-streptokocktonsillit", "skane", "20021227-5945", "2002-12-27",
  [nt("n1", "pmo_ksd", "Jouranteckning", "Sanna Persson", "2024-02-17 13:30", "2024-02-17 13:55", "öppenvård", [
      ("Status", "Temp 38,9, beläggningar på båda tonsillerna, ömma käkvinkelkörtlar, ingen hosta. Centor 4/4. Strep A pos."),
      ("Bedömning", "Sannolik streptokocktonsillit. Kåvepenin 1 g x 3 i 10 d."),
  ])],
  [], [["NL102", "n1"]],
  "PMO weekend jour: 'Sannolik streptokocktonsillit' is not shown to the patient")

C("d42-pmo-telefon-kan-ej-utesluta-uvi-barn", "skane", "20190105-4443", "2019-01-05",
  [nt("n1", "pmo_eslov", "Telefonkontakt", "Malin Ek", "2024-03-10 17:05", "2024-03-10 17:20", "öppenvård", [
      ("Telefonkontakt", "Mamma ringer: 5-årig dotter kissar ofta och säger att det svider, ingen feber, äter och dricker."),
      ("Bedömning", "Kan ej utesluta UVI. Lämnar urinprov på mottagningen i morgon bitti, mamma får ringa om feber eller ryggvärk i natt."),
  ], role="sjuksköterska")],
  [], [["NL102", "n1"]],
  "PMO telephone note by a nurse: 'Kan ej utesluta UVI' in a child's primary-care record")

C("d42-pmo-trbg-dd-lungemboli-remitteras", "skane", "19740828-7949", "1974-08-28",
  [nt("n1", "pmo_trbg", "Jouranteckning", "Viktor Holm", "2024-04-13 11:40", None, "öppenvård", [
      ("Aktuellt", "Andfådd i en vecka, nu även vid påklädning. Vä vad öm efter bilresa till Kroatien."),
      ("Status", "Puls 118, sat 92 %. Vä vad 2 cm grövre än hö."),
      ("Bedömning", "DD lungemboli. Remitteras akut till SUS Malmö, ambulans beställd, remiss faxad."),
  ])],
  [], [["NL102", "n1"]],
  "PMO jour referring on: 'DD lungemboli' is not visible as a diagnosis in PMO (unsigned draft)")

C("d42-pmo-sjobo-susp-erysipelas", "skane", "19410725-4445", "1941-07-25",
  [nt("n1", "pmo_sjobo", "Besöksanteckning", "Per-Erik Lund", "2024-05-04 18:20", "2024-05-04 18:45", "öppenvård", [
      ("Status", "Rodnad, värmeökning och svullnad hö underben med skarp kant, temp 38,2. Bensår sedan tidigare."),
      ("Bedömning", "Susp. erysipelsa hö underben. Kåvepenin 1 g x 3 i 10 dagar. Distriktssköterska gör kontroll på måndag."),
  ])],
  [], [["NL102", "n1"]],
  "PMO evening jour: 'Susp. erysipelsa' (typo in the diagnosis)")

C("d42-pmo-landskrona-barn-bild-som-vid-mediaotit", "skane", "20200616-5332", "2020-06-16",
  [nt("n1", "pmo_landskrona", "Besöksanteckning", "Hanna Nyberg", "2024-06-15 10:50", "2024-06-15 11:15", "öppenvård", [
      ("Anamnes", "3-årig pojke, förkyld sedan en vecka, i natt skrikit och tagit sig om hö öra."),
      ("Status", "Hö trumhinna röd och buktande, vä ua. Pigg."),
      ("Bedömning", "Bild som vid akut mediaotit hö. Smärtlindring och exspektans 2–3 d, antibiotika om ej bättre."),
  ])],
  [], [["NL102", "n1"]],
  "PMO helgjour, child: 'Bild som vid akut mediaotit'")

C("d42-pmo-hemsjukvard-ssk-trol-pneumoni", "skane", "19280310-6240", "1928-03-10",
  [nt("n1", "pmo_hemsjv", "Omvårdnadsanteckning", "Agneta Svensson", "2024-10-26 19:30", "2024-10-26 20:05", "öppenvård", [
      ("Omvårdnad", "Hembesök pga feber 38,6 och rosslig andning. Sat 91 %, AF 24, orienterad."),
      ("Telefonkontakt", "Jourläkare på vårdcentralen konsulterad per telefon: trol. pneumoni, Doxyferm insatt enligt ordination. Nytt besök i morgon bitti."),
  ], role="sjuksköterska")],
  [], [["NL102", "n1"]],
  "PMO home-care nurse relays the jour doctor's 'trol. pneumoni'")

C("d42-pmo-typo-sannolkit-gastroenterit", "skane", "19990402-3042", "1999-04-02",
  [nt("n1", "pmo_horby", "Besöksanteckning", "Lars Göransson", "2024-08-31 14:05", "2024-08-31 14:25", "öppenvård", [
      ("Aktuellt", "Kräkningar och diarré sedan igår efter grillfest, flera vänner sjuka."),
      ("Bedömning", "Sannolkit viral gastroenterit, ej uttorkad. Vätskeersättning, sjukskriven resten av veckan."),
  ])],
  [], [["NL102", "n1"]],
  "typo ('Sannolkit') in a PMO note; PMO does not show diagnoses anyway")

C("d42-pmo-ksd-misstankt-njurstensanfall", "skane", "19781108-5575", "1978-11-08",
  [nt("n1", "pmo_ksd", "Jouranteckning", "Sanna Persson", "2024-12-14 09:30", "2024-12-14 10:00", "öppenvård", [
      ("Anamnes", "Intensiv smärta vä flank sedan 4 h, kräkts, haft stenanfall 2019."),
      ("Bedömning", "Misstänkt njurstensanfall vä. Voltaren 50 mg supp given med god effekt. DT urinvägar via remiss, åter vid feber."),
  ])],
  [], [["NL102", "n1"]],
  "PMO: 'Misstänkt njurstensanfall'")

# =====================================================================
# NL101, must (diagnosis visible, patient not yet told)
# =====================================================================
C("d42-nl101-sk-dt-bifynd-njurtumor-ej-informerad", "skane", "19620114-6039", "1962-01-14",
  [nt("n1", "lund_akut", "Akutanteckning kirurgi", "Per Ohlsson", "2024-02-06 22:30", "2024-02-07 00:15", "öppenvård", [
      ("Aktuellt", "Hö-sidig flanksmärta sedan i eftermiddags, frågeställning uretärsten."),
      ("Utredning", "DT urinvägar: ingen uretärsten, ingen hydronefros. Bifynd: 6 cm solid, kontrastladdande tumör i vä njures nedre pol, talar för njurcancer."),
      ("Bedömning", "Smärtan bedöms muskulär. Pat är ännu inte informerad om bifyndet i vä njure – hustrun är med och pat vill åka hem i natt; urologjouren tar kontakt i morgon och informerar då."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "incidental renal tumour on an ED CT, written in the visible note while the patient has not been told")

C("d42-nl101-sk-hjarnmetastaser-anhoriga-narvarande", "skane", "19480415-2488", "1948-04-15",
  [nt("n1", "hbg_akut", "Akutanteckning", "Ida Wallin", "2024-03-13 19:50", "2024-03-13 21:40", "öppenvård", [
      ("Anamnes", "Maken och dottern berättar om tilltagande förvirring och ostadighet sedan två veckor. Tidigare opererad för bröstcancer 2017."),
      ("Utredning", "DT hjärna med kontrast: fyra ringladdande förändringar med omgivande ödem – hjärnmetastaser."),
      ("Bedömning", "Betapred 8 mg x 2 insatt, inläggning medicin. Pat har inte fått besked om DT-svaret ännu; samtal med pat och anhöriga planeras i morgon förmiddag av avdelningsläkaren tillsammans med kontaktsjuksköterska."),
  ])],
  [["NL101", "n1"]], [],
  "brain metastases found at the ED; relatives present but the patient has not yet been told")

C("d42-nl101-vg-nattjour-akut-leukemi", "vgr", "19931201-8170", "1993-12-01",
  [nt("n1", "su_med", "Jouranteckning", "Linnea Johansson", "2024-04-17 02:10", "2024-04-17 02:55", "slutenvård", [
      ("Aktuellt", "Inlagd igår kväll med feber och blåmärken. Labbet ringer om blastceller i utstryket."),
      ("Lab", "LPK 86, blaster 70 % i utstryk, TPK 18, Hb 84, fibrinogen 1,1."),
      ("Bedömning", "Akut leukemi. Hematologjouren kontaktad, trombocyter och plasma ges, benmärgsprov i morgon."),
      ("Planering", "Pat ej informerad om diagnosen i natt – sover, hematologen tar samtalet på morgonen."),
  ])],
  [["NL101", "n1"]], [],
  "night on-call: acute leukaemia written in Bedömning, patient explicitly not informed")

C("d42-nl101-vg-bifynd-bukaortaaneurysm", "vgr", "19440503-2279", "1944-05-03",
  [nt("n1", "sas_akut", "Akutmottagning läkaranteckning", "Maria Gustafsson", "2024-05-22 14:15", None, "öppenvård", [
      ("Utredning", "DT buk (frågeställning divertikulit): lätt divertikulos utan inflammation. Bifynd: infrarenalt bukaortaaneurysm 5,9 cm utan tecken på läckage."),
      ("Bedömning", "Buksmärtan har släppt. Kärlkirurgjour konsulterad – elektiv utredning. Ej informerat pat om aneurysmet ännu, kärlkirurgen ringer honom i morgon."),
  ])],
  [["NL101", "n1"]], [],
  "incidental aortic aneurysm named in the visible note; the telling is left to the vascular surgeon (unsigned draft)")

C("d42-nl101-sk-hiv-test-positivt-ej-meddelat", "skane", "19880414-5533", "1988-04-14",
  [nt("n1", "malmo_inf", "Läkaranteckning", "Reza Karimi", "2024-06-12 15:30", "2024-06-12 16:10", "öppenvård", [
      ("Aktuellt", "Sökte akut för feber, utslag och halsont i en vecka, HIV-test togs på akuten."),
      ("Lab", "HIV-1/2 kombitest positivt, konfirmerande test och virusmängd skickade."),
      ("Bedömning", "Primär HIV-infektion. Pat ej informerad om provsvaret – besked ges vid återbesök på fredag av infektionsläkare när konfirmationen finns."),
  ])],
  [["NL101", "n1"]], [],
  "HIV infection written in Bedömning while the patient is to be told at a later visit")

C("d42-nl101-vg-mr-talar-for-ms-ej-informerad", "vgr", "19950521-2507", "1995-05-21",
  [nt("n1", "skas_neuro", "Läkaranteckning", "Petra Svanberg", "2024-07-08 13:20", "2024-07-08 14:00", "slutenvård", [
      ("Aktuellt", "Inlagd via akuten med känselbortfall vä arm, strokelarm avbröts."),
      ("Utredning", "MR hjärna: multipla periventrikulära och juxtakortikala T2-lesioner, en laddande – talar för multipel skleros."),
      ("Bedömning", "Ingen stroke. Pat är ej informerad om MR-fyndet ännu, neurolog från MS-teamet träffar henne i morgon."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "MRI 'talar för multipel skleros' in a visible note, patient not yet told")

C("d42-nl101-sk-tolk-saknas-lungtumor", "skane", "19560406-6406", "1956-04-06",
  [nt("n1", "ksd_akut", "Akutanteckning", "Dragan Petrović", "2024-08-02 01:40", "2024-08-02 02:50", "öppenvård", [
      ("Utredning", "DT thorax: 4 cm tumör i hö hilus med förstorade mediastinala lymfkörtlar – lungcancer tills motsatsen bevisats."),
      ("Bedömning", "Pat talar endast dari, telefontolk gick inte att få i natt. Hon är därför ännu ej underrättad om fyndet, lungmedicin tar det med tolk på plats i morgon."),
  ])],
  [["NL101", "n1"]], [],
  "lung tumour written in a visible note; patient not told because no interpreter was available")

C("d42-nl101-vg-iva-sederad-maken-informerad", "vgr", "19560320-8041", "1956-03-20",
  [nt("n1", "skas_iva", "IVA inskrivning", "Petra Svanberg", "2024-09-10 20:40", "2024-09-10 22:15", "slutenvård", [
      ("Inskrivningsorsak", "Sänkt medvetande efter trombektomi som inte gav reperfusion, intuberad för luftvägsskydd."),
      ("Utredning", "DT hjärna: utbredd infarkt i hela hö a. cerebri media-området med ödem och begynnande mittlinjeöverskjutning."),
      ("Bedömning", "Malign mediainfarkt hö. Maken informerad av undertecknad om allvaret. Pat är sederad och har inte kunnat informeras om diagnosen."),
  ])],
  [["NL101", "n1"]], [],
  "the relative is told but the sedated patient is explicitly not informed")

C("d42-nl101-sk-barn-leukemi-varken-barn-eller-foraldrar", "skane", "20160802-5076", "2016-08-02",
  [nt("n1", "lund_barnakut", "Läkaranteckning barn", "Lina Håkansson", "2024-10-22 17:30", "2024-10-22 19:05", "öppenvård", [
      ("Anamnes", "8-årig pojke, blek och trött i tre veckor, blåmärken på benen, ont i benen på nätterna."),
      ("Lab", "Hb 71, TPK 22, LPK 2,1 med lymfoblaster i utstryket enligt hematolog."),
      ("Bedömning", "Stark misstanke om akut lymfatisk leukemi. Varken barnet eller föräldrarna har informerats om misstanken ännu – barnonkologen ska ha samtalet i kväll när båda föräldrarna är på plats."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "child under 13: suspected leukaemia in visible text, neither the child nor the guardians told")

C("d42-nl101-sk-koloskopi-tumor-vanta-pad", "skane", "19410225-6221", "1941-02-25",
  [nt("n1", "ystad_kir", "Läkaranteckning", "Tobias Sjöholm", "2024-11-05 11:00", "2024-11-05 11:40", "slutenvård", [
      ("Aktuellt", "Inlagd för rektalblödning och järnbristanemi. Akut koloskopi idag."),
      ("Utredning", "Koloskopi: cirkulär, lättblödande tumör i sigmoideum 25 cm ab ano, biopsier tagna. Makroskopiskt coloncancer."),
      ("Planering", "Enl överenskommelse med kirurgkonsult ska pat inte informeras om cancern förrän PAD föreligger. DT thorax-buk för stadieindelning."),
  ])],
  [["NL101", "n1"]], [],
  "colon cancer named in the note; 'ska pat inte informeras ... förrän PAD föreligger'")

C("d42-nl101-vg-typo-ej-infomerad-levermetastaser", "vgr", "19600202-2975", "1960-02-02",
  [nt("n1", "nal_akut", "Akutmottagning läkaranteckning", "Olof Strand", "2024-12-03 18:20", "2024-12-03 20:05", "öppenvård", [
      ("Utredning", "DT buk: multipla levermetastaser, primärtumör ej säkert identifierad, förtjockad ventrikelvägg."),
      ("Bedömning", "Pat ej infomerad om DT-fyndet ännu, väntar på att sonen kommer in. Inläggning kir för gastroskopi."),
  ])],
  [["NL101", "n1"]], [],
  "typo in the not-told statement ('ej infomerad') next to liver metastases")

C("d42-nl101-sk-ortoped-patologisk-fraktur-myelom", "skane", "19490410-4355", "1949-04-10",
  [nt("n1", "hbg_ortakut", "Akutanteckning ortopedi", "Nils Trulsson", "2024-01-26 14:20", "2024-01-26 16:35", "öppenvård", [
      ("Anamnes", "Bröt hö överarm när han lyfte en kasse med ved. Ryggvärk i flera månader."),
      ("Utredning", "Rtg: patologisk fraktur i hö humerusskaft. Skelettöversikt: multipla osteolyser. Ca 3,1, M-komponent 38 g/L."),
      ("Bedömning", "Multipelt myelom med patologisk fraktur. Pat har inte informerats om myelomet – hematolog ger beskedet på vardag. Ortos, smärtlindring, inläggning ortopeden."),
  ])],
  [["NL101", "n1"]], [],
  "orthopaedic ED: myeloma behind a pathological fracture, not yet told")

C("d42-nl101-vg-lungtuberkulos-har-ej-berattat", "vgr", "19911022-8336", "1991-10-22",
  [nt("n1", "su_inf", "Läkaranteckning", "Frida Holmgren", "2024-02-22 16:45", "2024-02-22 17:30", "slutenvård", [
      ("Aktuellt", "Hosta i 2 mån, viktnedgång och nattsvettningar. Isolerad på infektion sedan igår."),
      ("Utredning", "DT thorax: kavitet i hö ovanlob. Direktmikroskopi av sputum positiv för syrafasta stavar, PCR M. tuberculosis pos."),
      ("Bedömning", "Lungtuberkulos, smittsam. Har ännu inte berätat för pat om diagnosen – väntar på tolk (tigrinja) i morgon och smittskyddssjuksköterska."),
  ])],
  [["NL101", "n1"]], [],
  "pulmonary TB confirmed and written; 'Har ännu inte berätat för pat' (typo in the not-told verb)")

C("d42-nl101-sk-pankreascancer-barnen-ber-vanta", "skane", "19380827-3985", "1938-08-27",
  [nt("n1", "lund_akut", "Akutanteckning", "Anna-Karin Olsson", "2024-03-29 20:10", "2024-03-29 22:00", "öppenvård", [
      ("Anamnes", "Gulsot sedan en vecka, ljus avföring, mörk urin. Gått ner i vikt."),
      ("Utredning", "DT buk: 4 cm lågattenuerande tumör i pankreashuvudet med vidgade gallvägar och två leverförändringar, bild som vid pankreascancer med levermetastaser."),
      ("Bedömning", "Sonen och dottern närvarande; de ber att mamma inte ska få veta något förrän de fått prata med onkolog. Pat är inte informerad i kväll. Inläggning kir för ERCP och stent."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "relatives ask that the patient not be told; pancreatic cancer ('bild som vid') stands in the visible note")

C("d42-nl101-vg-ostra-ovarialcancer-ej-informerat", "vgr", "19520927-9602", "1952-09-27",
  [nt("n1", "su_ostra_gyn", "Gynakut läkaranteckning", "Therese Bergqvist", "2024-04-25 15:10", "2024-04-25 16:30", "öppenvård", [
      ("Anamnes", "Ökat bukomfång och tyngdkänsla i 6 v. Mättnadskänsla efter små mål."),
      ("Utredning", "Vaginalt UL och DT: bilaterala komplexa adnexresistenser, ascites och omental kaka. CA-125 1 480."),
      ("Bedömning", "Avancerad ovarialcancer. Ej informerat pat om cancermisstanken idag, samtal bokat med gynonkolog och kontaktsjuksköterska på tisdag."),
  ])],
  [["NL101", "n1"]], [],
  "gynaecological ED: advanced ovarian cancer written, 'Ej informerat pat'")

C("d42-nl101-sk-hogmalignt-gliom-inte-innan-hustrun", "skane", "19790210-7635", "1979-02-10",
  [nt("n1", "hbg_akut", "Akutanteckning", "Erik Ask", "2024-05-15 23:20", None, "öppenvård", [
      ("Anamnes", "Första generaliserade krampanfallet i livet på jobbet, nu postiktalt förvirrad."),
      ("Utredning", "DT hjärna med kontrast: 5 cm oregelbundet laddande expansivitet vä temporalt med ödem och masseffekt, trol. högmalignt gliom."),
      ("Bedömning", "Keppra och Betapred insatt, neurokirurgjouren i Lund kontaktad. Besked om fyndet har inte lämnats till pat; han bör inte informeras innan hustrun är på plats i morgon bitti."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "unsigned draft: probable high-grade glioma in the visible note, telling deferred until the wife arrives")

C("d42-nl101-vg-kungalv-utkast-lungcancer", "vgr", "19400601-4726", "1940-06-01",
  [nt("n1", "kungalv_akut", "Akutmottagning läkaranteckning", "David Ekström", "2024-06-28 21:15", None, "öppenvård", [
      ("Utredning", "DT thorax: 7 cm tumör i vä överlob med inväxt i thoraxväggen och pleuravätska."),
      ("Bedömning", "Lungcancer vä med pleuravätska. Pat ej informerad om DT-fyndet, hon var för trött i kväll och bad att få vila; läkare på avdelningen tar samtalet."),
  ])],
  [["NL101", "n1"]], [],
  "unsigned draft: lung cancer written, patient not informed")

C("d42-nl101-vg-nal-levercirros-hepatolog", "vgr", "19721211-1913", "1972-12-11",
  [nt("n1", "nal_kir", "Inskrivningsanteckning", "Hassan Ali", "2024-07-19 02:30", "2024-07-19 03:40", "slutenvård", [
      ("Aktuellt", "Blodiga kräkningar i kväll. Dricker en flaska vin dagligen sedan många år."),
      ("Utredning", "DT buk: nodulär leverkontur, splenomegali, ascites. Gastroskopi: esofagusvaricer, ligerade x 3."),
      ("Bedömning", "Levercirros med varicerblödning. Pat har inte informerats om cirrosdiagnosen i natt, hepatolog tar samtalet under dagen."),
  ])],
  [["NL101", "n1"]], [],
  "night admission: liver cirrhosis written, not yet told")

C("d42-nl101-sk-skelettmetastaser-far-ej-informeras", "skane", "19551013-2508", "1955-10-13",
  [nt("n1", "malmo_akut", "Akutanteckning", "Sara Bengtsson", "2024-08-27 16:40", "2024-08-27 18:20", "öppenvård", [
      ("Anamnes", "Opererad för bröstcancer 2019, nu tilltagande ryggsmärta i tre veckor."),
      ("Utredning", "DT thorax-buk: multipla osteoblastiska förändringar i kotpelare och bäcken, förenligt med skelettmetastaser."),
      ("Bedömning", "Skelettmetastaser av känd bröstcancer. Enl överenskommelse med hennes onkolog får pat inte informeras om recidivet förrän på mottagningsbesöket på torsdag. Oxynorm, hem."),
  ])],
  [["NL101", "n1"]], [],
  "'får pat inte informeras om recidivet' – an instruction not to tell, with the diagnosis visible")

C("d42-nl101-vg-akut-forst-ej-berattat-sedan-avd", "vgr", "19321218-6609", "1932-12-18",
  [nt("n1", "sas_akut", "Akutmottagning läkaranteckning", "Maria Gustafsson", "2024-09-24 20:00", "2024-09-24 21:30", "öppenvård", [
      ("Utredning", "Rtg pulm och DT: stor pleuravätska hö, pleurala noduli. Pleuracentes: 1,2 L blodtinkt vätska, cytologi skickad."),
      ("Bedömning", "Pleuritis carcinomatosa, primärtumör okänd. Pat har ej underrättats om malignitetsfyndet på akuten – vill avvakta cytologin."),
  ]),
   nt("n2", "sas_med42", "Omvårdnadsanteckning", "Karin Wahlström", "2024-09-25 07:00", "2024-09-25 07:20", "slutenvård", [
      ("Omvårdnad", "Sovit gott efter tappningen, andas lättare. Äter frukost själv."),
  ], role="sjuksköterska")],
  [["NL101", "n1"]], [["NL101", "n2"]],
  "ED note withholds a malignant effusion diagnosis; the next morning's nursing note has no diagnosis")

# =====================================================================
# NL101, must_not
# =====================================================================
C("d42-nl101-sk-njurtumor-pat-informerad-med-hustrun", "skane", "19510820-1251", "1951-08-20",
  [nt("n1", "malmo_akut", "Akutanteckning kirurgi", "Maja Kristiansson", "2024-01-16 18:10", "2024-01-16 19:45", "öppenvård", [
      ("Utredning", "DT buk (frågeställning divertikulit): inga tecken på divertikulit. Bifynd: 5 cm solid tumör i hö njure, talar för njurcancer."),
      ("Bedömning", "Pat informerad om bifyndet i hö njure med hustrun närvarande, förstår att det kan röra sig om cancer. Remiss till urologen enligt standardiserat vårdförlopp skickad."),
  ])],
  [], [["NL101", "n1"]],
  "incidental renal tumour, but the patient has been told (the told counterpart of the CT finding)")

C("d42-nl101-vg-ej-informerad-om-operationstid", "vgr", "19890822-7575", "1989-08-22",
  [nt("n1", "nal_kir", "Läkaranteckning", "Olof Strand", "2024-02-13 08:30", "2024-02-13 08:50", "slutenvård", [
      ("Aktuellt", "DT-verifierad akut appendicit, inlagd i natt, fastar."),
      ("Planering", "Laparoskopisk appendektomi idag. Op-tid är inte klar, pat ej informerad om tidpunkten ännu – anestesin återkommer."),
  ])],
  [], [["NL101", "n1"]],
  "what is not yet told is the operation time, not the diagnosis")

C("d42-nl101-sk-ej-meddelat-normalt-dt-svar", "skane", "19710111-6999", "1971-01-11",
  [nt("n1", "lund_med", "Jouranteckning", "Jenny Malmberg", "2024-03-19 23:40", "2024-03-20 00:10", "slutenvård", [
      ("Aktuellt", "Inlagd för pneumoni hö. DT thorax gjord i kväll pga viktnedgång: inga tecken på malignitet, pneumoni hö underlob."),
      ("Planering", "Pat ej informerad om det normala DT-svaret ännu då han sov – meddelas på ronden i morgon."),
  ])],
  [], [["NL101", "n1"]],
  "not yet told a normal result; the only diagnosis (pneumonia) is known to the patient")

C("d42-nl101-vg-tidiga-hypoteser-sokord-ej-informerad", "vgr", "19691207-7770", "1969-12-07",
  [nt("n1", "skas_akut", "Akutmottagning läkaranteckning", "Sofia Andersson", "2024-04-04 14:00", "2024-04-04 16:10", "öppenvård", [
      ("Aktuellt", "Smärta under hö arcus och illamående i en vecka. Gallstenar sedan tidigare."),
      ("Utredning", "UL buk: gallstenar utan tecken på kolecystit."),
      ("Tidiga hypoteser", "UL visar även två solida leverförändringar som kan vara metastaser. Pat ej informerad om leverfynden – vill avvakta DT innan något sägs."),
      ("Planering", "DT buk med kontrast inom en vecka, smärtlindring, hem."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "VGR: the untold finding and the hedge are kept only under the protected sökord Tidiga hypoteser")

C("d42-nl101-sk-mall-tidiga-hypoteser-ej-informerad", "skane", "19931201-8170", "1993-12-01",
  [nt("n1", "ystad_akut", "Akutanteckning", "Tobias Sjöholm", "2024-05-09 02:15", "2024-05-09 03:00", "öppenvård", [
      ("Aktuellt", "Feber och hosta i 5 d. Rtg pulm: pneumoni vä underlob. Doxyferm, hem."),
  ]),
   nt("n2", "ystad_akut", "Tidiga hypoteser", "Tobias Sjöholm", "2024-05-09 03:05", "2024-05-09 03:10", "öppenvård", [
      ("Bedömning", "Rtg visar även en 2 cm rundhärd hö ovanlob, misstänkt malignitet. Pat ej informerad, DT thorax beställd, följs upp av medicinmottagningen."),
  ])],
  [], [["NL101", "n1"], ["NL101", "n2"]],
  "Skåne: the untold suspected malignancy is kept in a note with the Tidiga hypoteser template; the ordinary note says nothing untold")

C("d42-nl101-sk-pat-informerad-hustrun-ej", "skane", "19480326-6495", "1948-03-26",
  [nt("n1", "ksd_akut", "Akutanteckning", "Emma Nilsson", "2024-06-01 15:30", None, "öppenvård", [
      ("Utredning", "DT thorax: 5 cm tumör vä överlob med mediastinala metastaser."),
      ("Bedömning", "Lungcancer vä, stadium minst IIIB. Pat informerad om beskedet och förstår allvaret. Han vill att hustrun inte ska informeras ännu, han berättar själv i helgen."),
  ])],
  [], [["NL101", "n1"]],
  "the patient is told; only the wife is not (unsigned draft)")

C("d42-nl101-vg-inget-sagt-om-information-pneumoni", "vgr", "19730706-2633", "1973-07-06",
  [nt("n1", "udd_akut", "Akutmottagning läkaranteckning", "Kristoffer Hermansson", "2024-07-16 12:00", "2024-07-16 12:40", "öppenvård", [
      ("Aktuellt", "Feber 39,2, hosta med rostfärgat slem, hugg hö sida."),
      ("Utredning", "Rtg pulm: lobär konsolidering hö underlob. CRP 240."),
      ("Bedömning", "Lobär pneumoni hö. CRB-65 0 p. Kåvepenin 1 g x 4 i 7 d, hem."),
  ])],
  [], [["NL101", "n1"]],
  "a confirmed diagnosis with nothing said about telling")

C("d42-nl101-sk-senare-anteckning-informerar", "skane", "19690424-4552", "1969-04-24",
  [nt("n1", "hbg_akut", "Akutanteckning", "Ahmad Rahimi", "2024-08-06 21:30", "2024-08-06 23:00", "öppenvård", [
      ("Utredning", "DT buk: multipla levermetastaser, tjocktarmstumör i ascendens."),
      ("Bedömning", "Pat har ännu inte informerats om DT-fynden, somnade på akuten efter morfin. Inläggning kir avd 6."),
  ]),
   nt("n2", "hbg_kir6", "Läkaranteckning", "Nils Trulsson", "2024-08-07 10:15", "2024-08-07 10:50", "slutenvård", [
      ("Aktuellt", "Informerat pat och dottern om DT-fynden: tumör i högra delen av tjocktarmen med spridning till levern. Pat tog beskedet sakligt, frågade om behandling."),
      ("Planering", "Koloskopi med biopsi, MDK nästa vecka, kontaktsjuksköterska kopplad."),
  ])],
  [], [["NL101", "n2"]],
  "a later ward note tells the patient what the ED note withheld; assert on the telling note")

C("d42-nl101-vg-ej-informerad-om-remissen", "vgr", "19840102-4404", "1984-01-02",
  [nt("n1", "alingsas_akut", "Akutmottagning läkaranteckning", "Jonna Fredriksson", "2024-09-02 10:40", "2024-09-02 11:30", "öppenvård", [
      ("Aktuellt", "Hjärtklappning sedan i morse. EKG: förmaksflimmer med kammarfrekvens 140."),
      ("Bedömning", "Nyupptäckt förmaksflimmer, CHA2DS2-VASc 1 (kvinna). Elkonvertering under dagen då debut < 24 h."),
      ("Planering", "Remiss till kardiologmottagningen skickad efter att pat gått hem; pat ej informerad om att remissen gått iväg, ssk ringer henne i morgon."),
  ])],
  [], [["NL101", "n1"]],
  "what the patient has not been told is that the referral was sent")

C("d42-nl101-sk-kand-prostatacancer-ej-info-om-hb", "skane", "19310101-3310", "1931-01-01",
  [nt("n1", "ystad_med", "Jouranteckning", "Oskar Mårtensson", "2024-10-10 21:10", "2024-10-10 21:40", "slutenvård", [
      ("Aktuellt", "Känd prostatacancer med skelettmetastaser, pat väl informerad om sin sjukdom sedan i våras. Smärtgenombrott i ländryggen i kväll."),
      ("Åtgärd", "Oxynorm 10 mg po med effekt. Hb från i eftermiddags 98, pat ej informerad om nya Hb-värdet än – stabilt jämfört med förra veckan."),
  ])],
  [], [["NL101", "n1"]],
  "the diagnosis was told earlier; only a stable lab value is not yet told")

C("d42-nl101-vg-redan-informerad-av-kirurgjouren", "vgr", "19631217-2049", "1963-12-17",
  [nt("n1", "su_akut", "Akutmottagning läkaranteckning", "Linnea Johansson", "2024-11-14 04:20", "2024-11-14 05:00", "öppenvård", [
      ("Aktuellt", "DT buk: perforerad sigmoideumdivertikulit med fri luft och abscess 4 cm."),
      ("Bedömning", "Pat redan informerad av kirurgjouren om DT-svaret och att operation kan bli aktuell. Tazocin, fasta, inläggning kir."),
  ])],
  [], [["NL101", "n1"]],
  "the patient was told earlier by the surgical on-call doctor")

C("d42-nl101-sk-informerat-via-telefontolk", "skane", "19860503-7004", "1986-05-03",
  [nt("n1", "ksd_akut", "Akutanteckning", "Dragan Petrović", "2024-12-09 13:00", "2024-12-09 14:30", "öppenvård", [
      ("Utredning", "DT hjärna: 3 cm extraaxiell förändring vä frontalt med dural svans, bild som vid meningeom."),
      ("Bedömning", "Informerat pat via telefontolk (arabiska) om DT-fyndet och att det troligen är en godartad tumör. Remiss neurokirurgen Lund."),
  ])],
  [], [["NL101", "n1"]],
  "the patient is told through an interpreter (told counterpart of the no-interpreter case)")

C("d42-nl101-sk-malignitet-uteslutet-ej-meddelat", "skane", "19580113-9501", "1958-01-13",
  [nt("n1", "hbg_kir6", "Läkaranteckning", "Nils Trulsson", "2024-01-12 15:50", "2024-01-12 16:05", "slutenvård", [
      ("Aktuellt", "Inlagd för obstruktiv ikterus, stentad via ERCP i tisdags. Borstcytologi från gallgången besvarad idag."),
      ("Utredning", "Cytologi: inflammatoriska celler, ingen malignitet påvisad."),
      ("Planering", "Har inte hunnit meddela pat det lugnande cytologisvaret, görs på ronden i morgon."),
  ])],
  [], [["NL101", "n1"]],
  "what is not yet told is a benign result, not a diagnosis")

C("d42-nl101-vg-dsbs-nydebuterad-diabetes-foraldrar-informerade", "vgr", "20141204-5724", "2014-12-04",
  [nt("n1", "dsbs", "Barnakut läkaranteckning", "Niklas Wikström", "2024-02-29 16:20", "2024-02-29 18:00", "öppenvård", [
      ("Anamnes", "9-årig flicka som druckit och kissat mycket i tre veckor, gått ner 3 kg, nu illamående och trött."),
      ("Lab", "P-glukos 28, pH 7,21, B-ketoner 4,8."),
      ("Bedömning", "Nydebuterad diabetes typ 1 med lätt ketoacidos. Mamma och pappa informerade om diagnosen, flickan informerad på sin nivå. Insulin-dropp enl PM, inläggning barnmedicin."),
  ])],
  [], [["NL101", "n1"]],
  "child under 13: diabetes diagnosis told to the guardians and the child")

C("d42-nl101-sk-hia-vaken-informerad-om-hjartinfarkt", "skane", "19790210-7635", "1979-02-10",
  [nt("n1", "malmo_hia", "Läkaranteckning", "Fatima El-Sayed", "2024-03-08 09:30", "2024-03-08 10:15", "slutenvård", [
      ("Aktuellt", "Dag 1 efter PCI mot LAD. Smärtfri, mobiliserad till stol."),
      ("Bedömning", "Främre hjärtinfarkt. Pat vaken och informerad om att det rört sig om en hjärtinfarkt och om läkemedlen framöver, fick ställa frågor."),
  ])],
  [], [["NL101", "n1"]],
  "the patient has been told today")

C("d42-nl101-vg-ej-informerad-om-overflyttning", "vgr", "19440115-3848", "1944-01-15",
  [nt("n1", "su_med", "Läkaranteckning", "Amira Haddad", "2024-04-12 14:45", "2024-04-12 15:10", "slutenvård", [
      ("Aktuellt", "Hjärtsvikt med bevarad EF, dekompenserad i samband med förmaksflimmer. Bättre, diuretika po sedan igår."),
      ("Planering", "Planerad överflyttning till Alingsås lasarett när vårdplats finns; pat ej informerad om flytten ännu då datum inte är klart."),
  ])],
  [], [["NL101", "n1"]],
  "not told about a planned transfer – no diagnosis withheld")

C("d42-nl101-sk-besked-lamnat-barnen-berattar-pat-sjalv", "skane", "19500901-6709", "1950-09-01",
  [nt("n1", "lund_akut", "Akutanteckning", "Anna-Karin Olsson", "2024-05-30 14:00", "2024-05-30 16:15", "öppenvård", [
      ("Utredning", "DT buk: stor tumör i corpus uteri med peritoneal spridning och ascites."),
      ("Bedömning", "Misstänkt avancerad corpuscancer. Besked lämnat till pat kl 15.30 tillsammans med ssk Lena. Barnen informeras av pat själv i kväll, hon önskar inga telefonsamtal från oss till dem."),
  ])],
  [], [["NL101", "n1"]],
  "the patient is told; the children are to be told by the patient herself")

C("d42-nl101-vg-typo-pat-infomerad-om-fyndet", "vgr", "19430828-5065", "1943-08-28",
  [nt("n1", "kungalv_akut", "Akutmottagning läkaranteckning", "David Ekström", "2024-06-19 11:50", "2024-06-19 13:05", "öppenvård", [
      ("Utredning", "Rtg höft: osteolytisk förändring i vä trochanter major, DT thorax visar en 3 cm lungtumör hö."),
      ("Bedömning", "Skelettmetastas från trolig lungcancer. Pat infomerad om fyndet och om att vidare utredning sker via lungmedicin."),
  ])],
  [], [["NL101", "n1"]],
  "typo in the told statement ('Pat infomerad'): the patient has been told")

C("d42-nl101-sk-stroke-informerad-dotter-ej-nadd", "skane", "19361012-5449", "1936-10-12",
  [nt("n1", "hbg_stroke", "Läkaranteckning", "Ida Wallin", "2024-07-25 10:30", "2024-07-25 11:00", "slutenvård", [
      ("Aktuellt", "Inlagd igår med afasi och hö-sidig svaghet, betydligt bättre idag."),
      ("Bedömning", "Ischemisk stroke vä hemisfär, MR-verifierad. Pat informerad om diagnosen och sekundärprevention. Dottern som bor i USA är ännu inte nådd, ssk försöker igen i eftermiddag."),
  ])],
  [], [["NL101", "n1"]],
  "patient informed; only a relative abroad has not been reached")

C("d42-nl101-vg-ej-informerad-om-mr-tid", "vgr", "19780808-7469", "1978-08-08",
  [nt("n1", "sas_akut", "Akutmottagning läkaranteckning", "Maria Gustafsson", "2024-08-13 09:20", "2024-08-13 10:00", "öppenvård", [
      ("Anamnes", "Lyfte en tung låda i fredags, sedan ryggsmärta med utstrålning ner i vä ben till foten."),
      ("Status", "Laseg pos vä vid 40 grader, nedsatt känsel laterala foten vä. Normal blås- och tarmfunktion, ingen ridbyxeanestesi."),
      ("Bedömning", "Lumbago-ischias vä, S1-rot. MR ländrygg bokas inom 2 v, pat ej informerad om MR-tiden ännu – kallelse skickas hem."),
  ])],
  [], [["NL101", "n1"]],
  "not told about an appointment time – no diagnosis withheld")

# =====================================================================
# build + validate
# =====================================================================
CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
PROTECTED_KEYWORD_VGR = "Tidiga hypoteser"


def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:13]
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_on(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def build():
    problems = []
    out = []
    names = set()
    seen_sent = {}
    for c in CASES:
        name = c["case"]
        p = lambda msg: problems.append(f"{name}: {msg}")
        if not name.startswith("d42-"):
            p("name must start with d42-")
        if name in names:
            p("duplicate case name")
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            p("bad ruleset")
        pnr, birth = c["pnr"], c["birth"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr) or not luhn_ok(pnr):
            p(f"personnummer {pnr} not Luhn-valid")
        try:
            datetime.date.fromisoformat(birth)
        except ValueError:
            p("bad birth date")
        if pnr[:8] != birth.replace("-", ""):
            p("personnummer does not match birth_date")
        notes = []
        latest = None
        ids = set()
        for n in c["notes"]:
            unit_key = n.pop("_unit_key")
            _name, _hsa, region, system = U[unit_key]
            if region != rs:
                p(f"note {n['id']} unit {unit_key} is not in region {rs}")
            if rs == "vgr" and n["system"] != "Melior":
                p("VGR note not Melior")
            if n["id"] in ids:
                p("duplicate note id")
            ids.add(n["id"])
            for fld in ("time", "signed"):
                v = n[fld]
                if v is None:
                    if fld == "time":
                        p("note without time")
                    continue
                dt = datetime.datetime.fromisoformat(v)
                if dt.year != 2024:
                    p(f"{fld} not in 2024")
                if latest is None or dt > latest:
                    latest = dt
                a = age_on(birth, v)
                if 13 <= a <= 15:
                    p(f"patient aged {a} at {v}")
                if a < 0:
                    p("note before birth")
            if n["signed"] is not None and n["signed"] < n["time"]:
                p("signed before written")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                p("bad setting")
            if not n["sections"]:
                p("note without sections")
            for sec in n["sections"]:
                for s in sentences(sec["text"]):
                    if s in seen_sent:
                        p(f"repeated sentence: {s!r} (first in {seen_sent[s]})")
                    else:
                        seen_sent[s] = name
            notes.append({k: n[k] for k in NOTE_KEYS})
        as_of = c["as_of"]
        if as_of is None:
            as_of = (latest + datetime.timedelta(days=1)).replace(hour=0, minute=0, second=0).isoformat()
        asdt = datetime.datetime.fromisoformat(as_of)
        if asdt.year != 2024:
            p("as_of not in 2024")
        if asdt < latest:
            p("as_of before a note")
        a = age_on(birth, as_of)
        if 13 <= a <= 15:
            p(f"patient aged {a} at as_of")
        by_id = {n["id"]: n for n in notes}
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    p(f"unexpected code {code}")
                if target not in by_id:
                    p(f"target {target} missing")
                    continue
                if (code, target) in pairs:
                    p(f"{code} on {target} asserted twice")
                pairs.add((code, target))
                system = by_id[target]["system"]
                if code == "NL101" and system == "PMO":
                    p("NL101 asserted on a PMO note")
                if code == "NL102" and lst == "must" and system != "Melior":
                    p("NL102 must on a non-Melior note")
                if code == "NL102" and lst == "must" and rs == "skane" and by_id[target]["template"] == PROTECTED_TEMPLATE_SKANE:
                    p("NL102 must on a protected Skåne note")
        if not c["must"] and not c["must_not"]:
            p("nothing asserted")
        if not c["why"].strip():
            p("empty why")
        out.append({
            "case": name,
            "ruleset": rs,
            "record": {
                "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
                "as_of": as_of,
                "notes": notes,
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": [list(x) for x in c["must"]],
            "must_not": [list(x) for x in c["must_not"]],
            "why": c["why"],
        })
    return out, problems


def main():
    out, problems = build()
    if problems:
        for pr in problems:
            print("ERROR", pr, file=sys.stderr)
        print(f"{len(problems)} problem(s); nl1_dev42_cases.jsonl not written", file=sys.stderr)
        return 1
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev42_cases.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for row in out:
        for lst in ("must", "must_not"):
            for code, _t in row[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {len(out)} cases to {path}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
