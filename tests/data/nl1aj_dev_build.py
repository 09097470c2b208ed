#!/usr/bin/env python3
"""Gold cases nl1aj: dictated specialist follow-ups (NL101 / NL102).

Theme: outpatient follow-ups in oncology, neurology, gastroenterology,
rheumatology and gynaecology, dictated by the physician and transcribed by a
medical secretary (long spoken sentences, "vi", "jag", numbers written out).
Results (PAD, MR, biopsy, genetic tests) arrive before the patient is told, and
the telling is planned, postponed, partly done or done by someone else.

Dependency-free. Writes nl1aj.jsonl beside this file and validates it.
Exit status 1 on any problem. Deterministic.
"""
import json
import os
import re
import sys
from datetime import date, datetime

NAME = "nl1aj_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
SK = {
    "onk_lund": ("Onkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2231"),
    "brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2847"),
    "onk_kri": ("Onkologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6188"),
    "hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2296"),
    "lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2410"),
    "uro_malmo": ("Urologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3012"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7634"),
    "neuro_hbg": ("Neurologmottagningen, Helsingborgs lasarett", "SE2321000255-5512"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7702"),
    "gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3390"),
    "gastro_kri": ("Medicinmottagningen gastroenterologi, Centralsjukhuset Kristianstad", "SE2321000255-6104"),
    "reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4478"),
    "reuma_malmo": ("Reumatologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4492"),
    "gyn_lund": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1856"),
    "gyn_ystad": ("Kvinnokliniken mottagning, Ystad lasarett", "SE2321000255-9021"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-8804"),
    "bmm_hlm": ("Barnmorskemottagningen Hässleholm", "SE2321000255-8930"),
}
VG = {
    "onk_su": ("Jubileumskliniken mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011802"),
    "onk_nu": ("Onkologimottagningen, NU-sjukvården Trollhättan", "SE2321000131-E000000015871"),
    "hem_nu": ("Hematologimottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000015544"),
    "uro_sas": ("Urologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014290"),
    "kgen_su": ("Klinisk genetik mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012044"),
    "neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010417"),
    "neuro_skas": ("Neurologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013950"),
    "gastro_sas": ("Medicinmottagningen gastro, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014276"),
    "gastro_su": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010933"),
    "reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011265"),
    "reuma_nu": ("Reumatologimottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000015530"),
    "gyn_su": ("Gynekologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010688"),
    "gyn_skas": ("Kvinnokliniken mottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013402"),
    "lung_nu": ("Lungmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000015602"),
}

A = "NL101"
B = "NL102"

CASES = []


def C(case, ruleset, pnr, unit, author, role, time, signed, sections, must, must_not, why,
      template="Läkaranteckning", system="Melior", as_of="2024-06-30T00:00:00"):
    CASES.append(dict(case=case, ruleset=ruleset, pnr=pnr, unit=unit, author=author, role=role,
                      time=time, signed=signed, sections=sections, must=must, must_not=must_not,
                      why=why, template=template, system=system, as_of=as_of))


# ====================================================================== ONCOLOGY

C("onk-pad-brostcancer-besked-planerat-torsdag", "skane", "19680411-2388", SK["brost_malmo"],
  "Helena Lindgren", "läkare", "2024-03-11T13:20:00", "2024-03-12T09:05:00",
  [("Provsvar", "Vi har idag fått svar på den mellannålsbiopsi som togs från förändringen i vänster bröst "
                "klockan två den fjärde mars. PAD visar invasiv duktal bröstcancer, histologisk grad två, "
                "östrogenreceptorpositiv och HER2-negativ, med Ki-67 på tjugo procent."),
   ("Bedömning", "Det rör sig alltså om en bröstcancer i vänster bröst, och fallet har diskuterats på den "
                 "multidisciplinära konferensen i morse där man rekommenderar primär operation med "
                 "sentinel node-biopsi."),
   ("Planering", "Patienten har ännu inte fått beskedet. Vi har bokat in henne på torsdag den fjortonde mars "
                 "klockan tio tillsammans med kontaktsjuksköterskan Karin, och jag har bett att hon tar med "
                 "sig en närstående. Fram till dess lämnar vi inte ut svaret per telefon.\nDikt. HL/ms")],
  [A], [], "verified breast cancer in Provsvar/Bedömning while the telling is planned for Thursday: not yet informed")

C("onk-pad-lobular-brostcancer-besked-lamnat-idag", "skane", "19610923-3467", SK["onk_lund"],
  "Johan Bergqvist", "läkare", "2024-02-06T10:40:00", "2024-02-07T15:12:00",
  [("Aktuellt", "Patienten kommer idag tillsammans med sin dotter för att få svar på biopsin från höger "
                "bröst. Jag har gått igenom PAD-svaret med henne, och det visar en invasiv lobulär cancer av "
                "grad två som mäter tjugotvå millimeter i ultraljud, medan lymfkörteln i axillen var fri i "
                "finnålspunktionen."),
   ("Information", "Patienten tog emot beskedet sansat men var förstås ledsen, och dottern ställde flera "
                   "frågor om ärftlighet som vi besvarade så gott det gick."),
   ("Planering", "Operation planeras inom tre veckor. Kontaktsjuksköterskan ringer henne på måndag för att "
                 "höra hur hon mår efter dagens samtal.\nDikt. JB/ak")],
  [], [A], "the PAD answer was given to the patient at today's visit: informed, no NL101")

C("onk-levermetastaser-kand-koloncancer-spridning-ej-berattad", "vgr", "19550318-6917", VG["onk_su"],
  "Per-Olof Strand", "läkare", "2024-04-03T14:15:00", "2024-04-05T08:30:00",
  [("Aktuellt", "Patienten är en sextionioårig man som opererades med höger hemikolektomi i november för en "
                "koloncancer, pT3N1. Han har sedan januari fått adjuvant cytostatika enligt CAPOX och har "
                "hittills tolererat behandlingen hyggligt."),
   ("Undersökningsresultat", "Den DT thorax-buk som gjordes som uppföljning efter tre cykler visar "
                             "nytillkomna levermetastaser, åtminstone fem stycken, den största trettioåtta "
                             "millimeter i segment sju, medan lungorna är utan anmärkning."),
   ("Bedömning", "Detta innebär progress under pågående adjuvant behandling, och sjukdomen har nu spridit "
                 "sig till levern. Patienten vet om sin tarmcancer sedan tidigare, men han har ännu inte fått "
                 "veta att den har spridit sig, eftersom svaret kom efter att han lämnat mottagningen i förrgår."),
   ("Planering", "Jag ringer honom och ber honom komma in redan på fredag tillsammans med hustrun, då vi tar "
                 "upp fyndet och diskuterar palliativ cytostatika. Leverkirurgerna tillfrågas parallellt.")],
  [A], [B], "partly told: knows the colon cancer but not the liver metastases written in Undersökningsresultat")

C("onk-lymfom-besked-uppskjutet-feber", "vgr", "19710605-4021", VG["hem_nu"],
  "Annika Sjöberg", "läkare", "2024-05-13T11:00:00", "2024-05-14T16:45:00",
  [("Aktuellt", "Patienten skulle ha kommit hit idag för att få svar på den lymfkörtelbiopsi från vänster "
                "ljumske som togs för tio dagar sedan. Hon ringde dock i morse och berättade att hon har "
                "haft feber upp till trettionio grader sedan igår och inte orkar ta sig hit, så besöket fick "
                "ställas in."),
   ("Provsvar", "PAD visar diffust storcelligt B-cellslymfom, CD20-positivt, med Ki-67 omkring åttio procent."),
   ("Planering", "Eftersom vi inte ville ge ett sådant besked per telefon har patienten alltså ännu inte fått "
                 "reda på lymfomdiagnosen. Jag har bokat en ny tid på måndag, och hon har uppmanats att söka "
                 "akuten om febern stiger. PET-DT och benmärgsbiopsi beställs redan nu så att "
                 "stadieindelningen inte fördröjs.")],
  [A], [], "telling postponed because the patient fell ill; lymphoma in Provsvar, patient not told")

C("onk-melanom-besked-givet-av-kirurg", "skane", "19620817-5130", SK["onk_lund"],
  "Sofia Nyberg", "läkare", "2024-02-20T09:30:00", "2024-02-21T11:10:00",
  [("Remissanamnes", "Remiss från kirurgmottagningen i Helsingborg avseende en sextioettårig man med "
                     "nyupptäckt malignt melanom på ryggen, Breslow tre komma två millimeter, ulcererat, med "
                     "mikrometastas i en av två sentinel nodes. Patienten fick beskedet om melanomet av "
                     "kirurgen vid sitt besök där den femte februari och har enligt remissen tagit del av både "
                     "PAD och sentinel node-svaret."),
   ("Aktuellt", "Han kommer idag för diskussion om adjuvant behandling, och han är välinformerad om sin "
                "diagnos och har läst på en hel del själv."),
   ("Planering", "Vi rekommenderar adjuvant immunterapi med pembrolizumab i ett år, och han vill gärna "
                 "påbörja behandlingen. Start om två veckor efter sedvanliga prover.\nDikt. SN/lj")],
  [], [A], "the telling was done by the referring surgeon before this visit: informed, no NL101")

C("onk-pankreascancer-dottern-informerad-inte-patienten", "skane", "19380714-1993", SK["onk_kri"],
  "Mats Ekdahl", "läkare", "2024-03-27T15:05:00", "2024-03-28T10:20:00",
  [("Anamnes", "Det här är en åttiofemårig man med känd Alzheimers sjukdom av måttlig grad som bor på "
               "särskilt boende. Han utreddes i februari för viktnedgång och ikterus, och borstcytologin från "
               "gallgången har nu visat adenokarcinom, vilket tillsammans med DT-fynden ger diagnosen "
               "pankreascancer i huvudet med inväxt i vena porta."),
   ("Information", "Dottern, som är god man, har informerats av mig per telefon idag. Själva patienten har "
                   "vi inte informerat om cancerbeskedet, eftersom han enligt dottern och personalen inte "
                   "skulle kunna ta till sig det och lätt blir orolig. Vi får ta ställning till hur och när vi "
                   "pratar med honom tillsammans med dottern."),
   ("Planering", "Ingen tumörspecifik behandling, fokus på symtomlindring, och gallvägsstent finns redan. "
                 "Kontakt tas med ASIH.")],
  [A], [], "the daughter was told but the patient was not: NL101 is about the patient")

C("onk-misstankt-recidiv-ovarialcancer-ca125", "vgr", "19570710-3148", VG["onk_su"],
  "Birgitta Hallström", "läkare", "2024-05-21T10:25:00", "2024-05-22T14:00:00",
  [("Bedömning", "CA-125 har stigit från tjugo till etthundrafyrtio under de senaste tre månaderna och hon "
                 "har fått tilltagande bukobehag. Jag misstänker ett recidiv av hennes ovarialcancer, men DT "
                 "är ännu inte gjord."),
   ("Planering", "DT thorax-buk inom två veckor, därefter återbesök för besked. Jag har nämnt för patienten "
                 "att markören har stigit.")],
  [B], [], "suspected recurrence ('misstänker ett recidiv') written in a visible Melior section")

C("onk-tidiga-hypoteser-mall-hjarnmetastaser", "skane", "19660412-6356", SK["lung_lund"],
  "Karl Wennerberg", "läkare", "2024-02-28T14:35:00", "2024-02-28T17:05:00",
  [("Bedömning", "Patienten med känd icke-småcellig lungcancer har vid dagens besök ordfinningssvårigheter "
                 "och en lätt högersidig pronatordrift, och jag har stark misstanke om hjärnmetastasering. "
                 "Han är mycket ångestfylld och har tidigare sagt att han inte vill höra om misstankar förrän "
                 "något är bekräftat, därför har detta inte tagits upp med honom ännu. MR hjärna är beställd "
                 "med förtur och besked ges när svaret finns.")],
  [], [A, B], "suspicion and not-informed statement inside the Skåne Tidiga hypoteser template: hidden",
  template="Tidiga hypoteser")

C("onk-skivepitelcancer-lunga-utkast-besked-onsdag", "skane", "19530930-2916", SK["lung_lund"],
  "Rasmus Holm", "läkare", "2024-03-14T15:50:00", None,
  [("Provsvar", "Bronkoskopi med biopsi från höger överlobsbronk den tolfte mars. PAD visar "
                "skivepitelcancer med PD-L1-uttryck på femtio procent."),
   ("Bedömning", "Patienten har alltså en lungcancer av skivepiteltyp i höger lunga, och stadieindelningen "
                 "kompletteras med PET-DT."),
   ("Planering", "Jag har inte pratat med patienten om PAD-svaret än. Han är kallad till mig nästa onsdag "
                 "klockan elva för beskedsamtal, och kontaktsjuksköterskan Anders deltar. Till dess ska "
                 "svaret inte lämnas ut.\nUtskrivet från diktat, ej signerat. RH/bs")],
  [A], [], "unsigned draft (pre-signing): squamous lung cancer visible, telling booked for next Wednesday")

C("onk-hodgkin-pet-normal-svar-ej-lamnat", "vgr", "19900827-2446", VG["hem_nu"],
  "Ida Fredriksson", "läkare", "2024-02-09T12:10:00", "2024-02-12T08:15:00",
  [("Aktuellt", "Patienten är en trettiotreårig kvinna med klassiskt Hodgkins lymfom stadium IIA som "
                "avslutade fyra cykler ABVD i januari. Utvärderande PET-DT efter avslutad behandling visar "
                "komplett metabol remission, Deauville två, och det finns inga tecken på kvarvarande sjukdom."),
   ("Planering", "Patienten har ännu inte fått svaret på PET-undersökningen, eftersom hon är bortrest över "
                 "helgen. Jag ringer henne på måndag och berättar det glada beskedet. Därefter uppföljning "
                 "enligt vårdprogram med besök var tredje månad.")],
  [], [A, B], "the untold result is a normal PET (complete remission); the lymphoma itself is known")

C("genetik-brca2-patogen-variant-ej-informerad", "vgr", "19811104-5327", VG["kgen_su"],
  "Malin Östlund", "läkare", "2024-04-22T09:15:00", "2024-04-23T13:30:00",
  [("Svar på genetisk analys", "Den onkogenetiska panelanalysen har påvisat en patogen variant i BRCA2, "
                               "c.5946delT, i heterozygot form. Fyndet innebär att patienten har ett ärftligt "
                               "bröst- och äggstockscancersyndrom med kraftigt förhöjd risk för båda "
                               "cancerformerna."),
   ("Planering", "Patienten har inte informerats om provsvaret ännu. Enligt vår överenskommelse vid den "
                 "genetiska vägledningen ska hon få svaret vid ett personligt besök och inte per telefon, och "
                 "hon är bokad till genetisk vägledare Maria den tjugonde maj.")],
  [A], [], "genetic diagnosis (BRCA2, hereditary breast-ovarian cancer) visible before the patient is told")

C("uro-prostatacancer-ej-infomerad-typo", "skane", "19580503-7453", SK["uro_malmo"],
  "Anders Möller", "läkare", "2024-04-24T15:20:00", "2024-04-25T10:05:00",
  [("Provsvar", "Svar på MR-riktade biopsier från prostata har kommit idag. PAD visar acinärt adenokarcinom "
                "Gleason fyra plus tre, ISUP-grad tre, i fyra av fem kolvar från målet i vänster perifera zon."),
   ("Bedömning", "Intermediär högrisk prostatacancer. Pat är ännu inte infomerad om PAD-svaret, han har tid "
                 "hos mig den sjunde maj och får beskedet då.")],
  [A], [], "typo 'infomerad': prostate cancer visible, patient not yet informed")

C("onk-vgr-sokord-tidiga-hypoteser-skelettmetastas", "vgr", "19640119-8145", VG["onk_nu"],
  "Sara Lundqvist", "läkare", "2024-05-06T13:00:00", "2024-05-07T09:20:00",
  [("Aktuellt", "Sextioårig kvinna som opererades för en hormonreceptorpositiv bröstcancer i höger bröst år "
                "tjugohundratjugoett och sedan dess står på letrozol. Hon har under våren haft ont i ländryggen "
                "och skelettskintigrafi gjordes förra veckan."),
   ("Tidiga hypoteser", "Skintigrafin visar upptag i L3 och i vänster höftben som inger misstanke om "
                        "skelettmetastaser. Ej diskuterat med patienten, vi inväntar kompletterande MR innan "
                        "besked."),
   ("Planering", "MR ländrygg och bäcken är beställd. Skintigrafisvaret har inte meddelats patienten ännu, "
                 "hon kallas till återbesök när MR är klar.")],
  [], [A, B], "VGR: the suspicion is only under sökord Tidiga hypoteser; the visible cancer is long known")

C("hem-dd-lymfom-sarkoidos-kort", "skane", "19770321-1230", SK["hem_lund"],
  "Oskar Thelin", "läkare", "2024-01-17T11:40:00", "2024-01-17T16:30:00",
  [("Aktuellt", "DT visar förstorade lymfkörtlar mediastinalt och i båda hilus, upp till tjugofem mm. "
                "Opåverkad, inga B-symtom."),
   ("Bedömning", "DD lymfom – sarkoidos. EBUS med biopsi bokas via lungkliniken.")],
  [B], [], "differential diagnosis (DD lymfom – sarkoidos) in a visible Melior section")

C("onk-merkelcell-remittent-ej-informerad", "vgr", "19470609-6650", VG["onk_nu"],
  "Henrik Dahl", "läkare", "2024-03-05T10:50:00", "2024-03-06T15:35:00",
  [("Aktuellt", "Patienten har idag av mig fått besked om att PAD från excisionen av förändringen på vänster "
                "kind visar merkelcellskarcinom, tolv millimeter, med fria marginaler. Vi har gått igenom vad "
                "diagnosen innebär och att vi rekommenderar sentinel node-biopsi och därefter strålbehandling "
                "mot operationsområdet."),
   ("Övrigt", "Remitterande vårdcentral i Vänersborg är ännu inte informerad om PAD-svaret, och kopia av "
              "dagens anteckning skickas dit.")],
  [], [A], "the uninformed party is the referring unit, not the patient, who was told today")

C("brost-dcis-patinten-ej-nadd-per-telefon-typo", "skane", "19750908-4443", SK["brost_malmo"],
  "Cecilia Rask", "läkare", "2024-06-04T16:10:00", None,
  [("Provsvar", "PAD från den stereotaktiska biopsin av mikrokalkerna i höger bröst visar duktal cancer in "
                "situ, höggradig, utan påvisbar invasion."),
   ("Planering", "Har sökt patinten tre gånger per telefon idag för att lämna PAD-svaret men inte nått henne, "
                 "och jag har inte velat lämna meddelande på telefonsvararen. Nytt försök imorgon förmiddag, "
                 "annars kallas hon per brev till besök.")],
  [A], [], "typo 'patinten', unsigned: DCIS visible and the patient could not be reached to be told")

C("onk-lungcancer-vill-inte-veta-om-spridning", "vgr", "19520126-2796", VG["lung_nu"],
  "Gunnar Wikström", "läkare", "2024-02-14T14:20:00", "2024-02-16T08:05:00",
  [("Aktuellt", "Patienten har adenokarcinom i vänster lunga, EGFR-muterad, diagnostiserat i januari, och han "
                "står sedan tre veckor på osimertinib. Han har klarat behandlingen bra bortsett från lite torr hud."),
   ("Undersökningsresultat", "Skelettskintigrafin som gjordes som del av stadieindelningen visar multipla "
                             "skelettmetastaser i bäckenet, ländryggen och flera revben."),
   ("Information", "Patienten vet att han har lungcancer men har vid flera tillfällen uttryckligen bett att "
                   "inte få veta något om eventuell spridning. Han är därför inte informerad om "
                   "skelettmetastaserna, och vi har respekterat hans önskan, men frågan tas upp igen vid nästa "
                   "besök om han själv öppnar för det.")],
  [A], [], "patient has asked not to know: bone metastases visible while the patient is not informed")

C("uro-blascancer-besked-via-1177-meddelande", "skane", "19510411-3377", SK["uro_malmo"],
  "Magnus Ivarsson", "läkare", "2024-05-28T09:05:00", "2024-05-29T14:25:00",
  [("Kontaktorsak", "Patienten ringer efter att ha läst det meddelande som jag skickade till honom via 1177 i "
                    "fredags, där jag informerade om att PAD från cystoskopin visar ett recidiv av hans "
                    "blåscancer, Ta låggradig, radikalt resecerad."),
   ("Bedömning", "Han har förstått beskedet och har bara några praktiska frågor om kommande kontroller, som "
                 "jag besvarar."),
   ("Åtgärd", "Ny cystoskopi om tre månader, kallelse skickas.")],
  [], [A], "patient was told of the recurrence through a 1177 message before this call",
  template="Telefonanteckning")

C("onk-mesoteliom-vgr-sokord-men-lackt-i-bedomning", "vgr", "19461230-4974", VG["lung_nu"],
  "Gunnar Wikström", "läkare", "2024-04-09T15:40:00", "2024-04-11T10:15:00",
  [("Tidiga hypoteser", "Patienten har inte informerats om PAD-svaret, han är på besök hos sin son i Norge "
                        "och kommer hem nästa vecka."),
   ("Bedömning", "Thorakoskopiska pleurabiopsier visar malignt mesoteliom av epiteloid typ. Patienten arbetade "
                 "som rörmokare med asbestexponering under sjuttiotalet. Patienten är ännu ej informerad, "
                 "besked ges vid återbesök den artonde april tillsammans med sonen."),
   ("Planering", "Anmäls till thoraxonkologisk konferens. Arbetsskadeanmälan tas upp med patienten senare.")],
  [A], [], "VGR note uses Tidiga hypoteser, yet the mesothelioma and the not-informed line are in visible Bedömning")

# ====================================================================== NEUROLOGY

C("neuro-ms-mcdonald-diagnos-besked-med-ms-sjukskoterska", "skane", "19940618-3849", SK["neuro_lund"],
  "Linnea Ahlgren", "läkare", "2024-04-04T10:30:00", "2024-04-08T11:45:00",
  [("Anamnes", "Patienten är en tjugonioårig kvinna som remitterades hit efter en episod av synnedsättning på "
               "höger öga i januari, som ögonkliniken bedömde som en optikusneurit. MR hjärna och halsrygg visar "
               "tolv T2-lesioner periventrikulärt, juxtakortikalt och i halsmärgen, varav två laddar kontrast. "
               "Likvoranalysen visar oligoklonala band som saknas i serum."),
   ("Bedömning", "Sammantaget uppfyller hon McDonaldkriterierna från tjugohundrasjutton och har därmed skovvis "
                 "förlöpande multipel skleros."),
   ("Planering", "Patienten har inte fått beskedet om diagnosen ännu. Hon kommer på besök den sjuttonde april "
                 "tillsammans med sin sambo, och då är även MS-sjuksköterskan Lotta med så att vi kan gå "
                 "igenom behandlingsalternativen direkt.\nDikt. LA/gh")],
  [A], [B], "established relapsing MS visible while the patient has not been told")

C("neuro-huntington-presymtomatisk-test-ej-lamnat", "vgr", "19860301-6711", VG["kgen_su"],
  "Jonas Krantz", "läkare", "2024-05-29T13:10:00", "2024-05-30T09:00:00",
  [("Bakgrund", "Patienten har en far med Huntingtons sjukdom och har efter två samtal med genetisk vägledare "
                "och psykolog själv valt att genomgå presymtomatisk testning."),
   ("Provsvar", "Analysen av HTT-genen visar fyrtiotre CAG-repetitioner på den ena allelen och sjutton på den "
                "andra, vilket innebär att han är anlagsbärare och kommer att utveckla Huntingtons sjukdom."),
   ("Planering", "Enligt protokollet för presymtomatisk testning lämnas svaret enbart vid ett personligt "
                 "besök, och patienten har ännu inte fått veta resultatet. Han kommer på torsdag den sjätte "
                 "juni med sin syster som stöd, och uppföljande kuratorskontakt är redan bokad.")],
  [A], [], "positive Huntington gene test visible before the planned disclosure visit")

C("neuro-als-talar-for-informerad-med-fru", "skane", "19600722-5219", SK["neuro_hbg"],
  "Peter Sandell", "läkare", "2024-03-19T14:00:00", "2024-03-21T08:40:00",
  [("Aktuellt", "Patienten kommer idag tillsammans med sin fru för att gå igenom resultaten av utredningen. "
                "ENeG och EMG visar utbredd denervation i tre regioner med fascikulationer och neurogena "
                "förändringar, och MR halsrygg visar ingen kompression."),
   ("Bedömning", "Den kliniska bilden med blandade övre och nedre motorneuronsymtom talar för ALS, även om vi "
                 "ännu inte helt kan utesluta en multifokal motorisk neuropati."),
   ("Information", "Jag har idag berättat för patienten och hans fru att undersökningarna talar för ALS och att "
                   "vi gör ett sista kompletterande prov för att utesluta den behandlingsbara "
                   "differentialdiagnosen. De fick god tid att ställa frågor.")],
  [B], [A], "probable ALS ('talar för') in visible Bedömning; patient and wife informed today")

C("neuro-glioblastom-besked-av-neurokirurg-i-goteborg", "vgr", "19571011-9370", VG["neuro_skas"],
  "Therese Borg", "läkare", "2024-03-01T10:15:00", "2024-03-04T13:05:00",
  [("Bakgrund", "Patienten opererades på Sahlgrenska den femtonde februari för en tumör i höger temporallob. "
                "PAD har nu kommit och visar glioblastom, IDH-vildtyp, MGMT-metylerad."),
   ("Aktuellt", "Neurokirurgen i Göteborg har enligt telefonanteckningen den tjugotredje februari informerat "
                "patienten och hans hustru om PAD-svaret, och de vet alltså om diagnosen. Han kommer idag till "
                "oss för uppföljning av sin epilepsi och för planering inför onkologkontakten."),
   ("Planering", "Keppra fortsätter i oförändrad dos, femhundra milligram två gånger dagligen. Vi bevakar att "
                 "remissen till onkologen i Göteborg har tagits emot.")],
  [], [A], "the telling was done by the neurosurgeon elsewhere: patient informed")

C("neuro-misstankt-parkinson-datscan", "vgr", "19500927-1155", VG["neuro_su"],
  "Olle Rydberg", "läkare", "2024-02-22T11:20:00", "2024-02-23T15:00:00",
  [("Anamnes", "Sjuttiotreårig man med sex månaders högersidig vilotremor, lätt bradykinesi och minskad "
               "armpendling höger."),
   ("Status", "Rigiditet höger arm med kugghjulsfenomen, i övrigt ua."),
   ("Bedömning", "Misstänkt idiopatisk Parkinsons sjukdom, DD essentiell tremor mindre troligt. DaTSCAN "
                 "beställs."),
   ("Planering", "Pat informerad om att vi utreder orsaken till darrningarna. Återbesök efter DaTSCAN.")],
  [B], [], "suspected Parkinson's disease in visible Bedömning of a VGR Melior note")

C("neuro-ingen-misstanke-ms-informerad", "skane", "19990505-2404", SK["neuro_hbg"],
  "Peter Sandell", "läkare", "2024-05-15T13:40:00", "2024-05-16T10:00:00",
  [("Aktuellt", "Patienten kommer idag för svar på utredningen av de domningar i vänster ben som hon haft under "
                "hösten. MR hjärna och hela ryggmärgen är helt normal och likvor visar inga oligoklonala band."),
   ("Bedömning", "Ingen misstanke om MS eller annan inflammatorisk CNS-sjukdom, och symtomen har dessutom gått "
                 "i regress. Jag har förklarat detta för patienten, som var lättad.")],
  [], [B], "negated diagnosis ('Ingen misstanke om MS'), patient informed")

C("neuro-tidiga-hypoteser-mall-frontotemporal-demens", "skane", "19610830-4392", SK["minne_malmo"],
  "Karin Westerlund", "läkare", "2024-04-17T14:45:00", "2024-04-18T08:25:00",
  [("Bedömning", "Hustrun beskriver i enskilt samtal en smygande personlighetsförändring med hämningslöshet och "
                 "ändrade matvanor under två år. Neuropsykologisk testning och SPECT inger misstanke om "
                 "beteendevariant av frontotemporal demens. Diagnosen är inte diskuterad med patienten, som "
                 "saknar sjukdomsinsikt och har reagerat med hot mot hustrun när hon tagit upp förändringarna.")],
  [], [A, B], "hypothesis and not-informed line kept in the Skåne Tidiga hypoteser template",
  template="Tidiga hypoteser")

C("neuro-als-besked-uppskjutet-modern-doende", "vgr", "19581103-3025", VG["neuro_su"],
  "Maria Eklöf", "läkare", "2024-03-12T09:50:00", "2024-03-13T14:40:00",
  [("Aktuellt", "Patienten skulle ha fått besked idag om utredningsresultatet men har ringt och meddelat att "
                "hon måste åka till Finland där hennes mor ligger för döden, och hon kommer tillbaka tidigast om "
                "två veckor."),
   ("Utredningsresultat", "EMG visar aktiv och kronisk denervation i bulbär, cervikal och lumbosakral region, och "
                          "tillsammans med de kliniska övre motorneuronfynden uppfyller hon Gold Coast-kriterierna "
                          "för amyotrofisk lateralskleros."),
   ("Planering", "Vi har bedömt att beskedet om ALS inte ska lämnas per telefon, särskilt inte i den situation "
                 "hon befinner sig i nu, så patienten är inte informerad ännu. Ny tid bokas när hon är hemma "
                 "igen, och ALS-teamet är förvarnat.")],
  [A], [], "ALS established per Gold Coast, telling postponed: visible and not informed")

C("neuro-epilpesi-korkortsfragan-ej-tagen-typo-utkast", "skane", "19971218-5579", SK["neuro_lund"],
  "Emil Forsberg", "läkare", "2024-03-06T10:05:00", None,
  [("Aktuellt", "Patienten kommer på återbesök efter sitt andra generaliserade tonisk-kloniska anfall i "
                "februari. EEG visar generaliserade spike-wave-urladdningar, och vi ställde vid förra besöket "
                "diagnosen juvenil myoklon epilpesi, vilket patienten är väl informerad om."),
   ("Planering", "Lamotrigin upptitreras enligt schema till etthundra milligram två gånger dagligen. Vi har dock "
                 "ännu inte tagit upp körkortsfrågan med honom, det får bli vid nästa besök om fyra veckor.\n"
                 "Diktat, ej signerat.")],
  [], [A], "typo 'epilpesi', unsigned: what is not yet discussed is the driving licence, not the diagnosis")

C("neuro-hereditet-far-misstankt-motorneuronsjukdom", "vgr", "19750416-5684", VG["neuro_skas"],
  "Therese Borg", "läkare", "2024-01-11T08:55:00", "2024-01-12T12:30:00",
  [("Hereditet", "Pappan dog tjugohundranio i en misstänkt motorneuronsjukdom som aldrig blev färdigutredd. "
                 "Moster har trolig myasteni."),
   ("Aktuellt", "Generaliserad myasthenia gravis, AChR-antikroppspositiv, diagnostiserad tjugohundratjugotvå. "
                "Stabil på pyridostigmin och azatioprin, inga bulbära besvär sedan i höstas."),
   ("Planering", "Oförändrad medicinering, återbesök om sex månader.")],
  [], [B], "hedged diagnoses only in family history (Hereditet); own myasthenia is established")

C("neuro-cidp-tolk-uteblev-nu-informerad", "skane", "19690302-9152", SK["neuro_hbg"],
  "Nadia Haddad", "läkare", "2024-03-25T11:35:00", "2024-03-26T16:20:00",
  [("Aktuellt", "Vid förra besöket den fjärde mars kunde vi inte gå igenom svaren eftersom tolken uteblev, och "
                "patienten var då inte informerad om resultaten. Idag har patienten med hjälp av arabisktalande "
                "tolk fått full information om att ENeG och likvorundersökningen visar kronisk inflammatorisk "
                "demyeliniserande polyneuropati."),
   ("Planering", "Behandling med intravenöst immunglobulin startas på dagvården om två veckor, och vi "
                 "utvärderar effekten med gångtest och greppstyrka.")],
  [], [A], "earlier not informed (interpreter missing) but told today: informed")

C("neuro-parkinson-informerades-inte-bara-om-diagnosen", "skane", "19480919-7512", SK["neuro_lund"],
  "Linnea Ahlgren", "läkare", "2024-05-02T14:25:00", "2024-05-03T09:35:00",
  [("Aktuellt", "Patienten kommer tillsammans med sin sambo för svar på DaTSCAN, som visar tydligt nedsatt "
                "dopaminupptag i båda putamen, mest vänster. Jag informerade inte bara patienten om diagnosen "
                "Parkinsons sjukdom utan gick också igenom hur sjukdomen brukar utvecklas och vilka "
                "behandlingsmöjligheter som finns."),
   ("Planering", "Insättning av levodopa/benserazid enligt skriftligt schema, kontakt med Parkinsonsköterskan "
                 "om sex veckor.")],
  [], [A], "'informerade inte bara ... om diagnosen' is an affirmation, not a not-informed statement")

C("neuro-myasteni-fragetecken", "skane", "19830707-2648", SK["neuro_hbg"],
  "Nadia Haddad", "läkare", "2024-06-11T09:10:00", "2024-06-12T13:50:00",
  [("Anamnes", "Fyrtioårig kvinna med dubbelseende och hängande ögonlock framför allt på kvällen sedan två "
               "månader, ingen sväljningspåverkan."),
   ("Status", "Uttröttbar ptos vänster efter en minuts uppåtblick, i övrigt ua."),
   ("Bedömning", "Okulär myasteni? AChR-antikroppar och neurografi med repetitiv stimulering beställs.")],
  [B], [], "question-marked diagnosis ('Okulär myasteni?') in a visible Melior section")

C("neuro-ms-lang-mr-tid-flyttad-ej-meddelad", "vgr", "19880520-4289", VG["neuro_su"],
  "Olle Rydberg", "läkare", "2024-04-26T13:30:00", "2024-04-29T10:45:00",
  [("Besöksorsak", "Planerat årligt återbesök för skovvis förlöpande multipel skleros."),
   ("Anamnes", "Patienten är en trettiofemårig kvinna som fick sin MS-diagnos tjugohundraaderton efter en "
               "sensorisk myelit och som sedan dess har behandlats med ocrelizumab var sjätte månad. Hon har inte "
               "haft några skov sedan behandlingsstarten, och hon arbetar heltid som lärare. Hon upplever viss "
               "trötthet på eftermiddagarna men tycker att det går att hantera med en kortare vila efter "
               "arbetet."),
   ("Status", "Gång ua, tandemgång ua, Romberg ua. Lätt nedsatt vibrationssinne vänster fot, oförändrat. EDSS "
              "ett komma fem."),
   ("Undersökningsresultat", "MR hjärna från januari visar inga nya eller kontrastladdande lesioner jämfört "
                             "med föregående år. Immunglobulinnivåerna är normala."),
   ("Bedömning", "Stabil sjukdom utan tecken på inflammatorisk aktivitet under pågående behandling. Vi "
                 "diskuterade idag tröttheten och hon vill avvakta med läkemedel mot den."),
   ("Planering", "Fortsatt ocrelizumab enligt schema. Nästa MR var planerad till januari men har av "
                 "röntgenavdelningen flyttats till februari, och patienten är ännu inte informerad om den nya "
                 "tiden, kallelse går ut med posten. Eventuellt kontakt med arbetsterapeut om tröttheten ökar. "
                 "Återbesök om ett år, tidigare vid behov.\nDikt. OR/ps")],
  [], [A, B], "long note: known MS; the only not-informed item is a rescheduled MR time")

# ====================================================================== GASTROENTEROLOGY

C("gastro-sigmoideumcancer-delvis-informerad-vid-skopi", "skane", "19520426-1480", SK["gastro_malmo"],
  "Fredrik Åkesson", "läkare", "2024-03-13T14:10:00", "2024-03-14T09:50:00",
  [("Undersökningsresultat", "Koloskopin den sjunde mars visade en cirkumferent, lättblödande tumör i "
                             "sigmoideum trettio centimeter från anus, som inte gick att passera. Vid "
                             "undersökningen informerade endoskopisten patienten om att en förändring hade setts "
                             "och att prover tagits, men inte mer än så."),
   ("PAD", "Adenokarcinom, måttligt differentierat, MSS."),
   ("Bedömning", "Det rör sig om en sigmoideumcancer. Patienten har ännu inte fått PAD-beskedet och vet inte "
                 "att det är bekräftad cancer."),
   ("Planering", "DT thorax-buk är beställd. Kontaktsjuksköterskan Eva ringer idag och erbjuder besök hos mig på "
                 "tisdag, då svaret lämnas. Därefter anmälan till kolorektalkonferensen.")],
  [A], [], "partly told at endoscopy ('en förändring'); the verified cancer not yet told")

C("gastro-celiaki-informerad-per-telefon-av-ssk", "vgr", "19960212-3128", VG["gastro_sas"],
  "Jenny Albinsson", "sjuksköterska", "2024-02-27T10:35:00", "2024-02-27T11:05:00",
  [("Telefonkontakt", "Har idag ringt patienten och meddelat svaret på tunntarmsbiopsierna från gastroskopin, "
                      "som visar totalatrofi, Marsh tre c, vilket tillsammans med förhöjt transglutaminas-IgA "
                      "ger diagnosen celiaki."),
   ("Åtgärd", "Patienten är informerad om diagnosen och har fått remiss till dietist för genomgång av "
              "glutenfri kost. Läkarbesök om sex månader med ny serologi, enligt ordination av doktor Lindqvist.")],
  [], [A], "coeliac disease told to the patient by phone by the nurse",
  template="Sjuksköterskeanteckning")

C("gastro-crohn-byte-till-adalimumab-ej-meddelat", "skane", "19891008-5391", SK["gastro_kri"],
  "Hanna Persson", "läkare", "2024-01-22T13:15:00", "2024-01-24T08:45:00",
  [("Aktuellt", "Patienten har Crohns sjukdom i terminala ileum sedan tjugohundrasexton, opererad med "
                "ileocekalresektion tjugohundranitton. Han har under vintern haft ökande diarréer och "
                "kalprotektin är nu elvahundra. MR tunntarm visar aktiv inflammation i neoterminala ileum på "
                "femton centimeters sträcka utan abscess."),
   ("Bedömning", "Recidiv av Crohns sjukdom, och jag föreslår byte från azatioprin till adalimumab."),
   ("Planering", "Patienten vet om att MR visat inflammation, men han är ännu inte informerad om att vi "
                 "planerar byte av behandling eftersom detta beslutades på gastrokonferensen efter hans besök. "
                 "Sjuksköterskan ringer honom med information och en tid för injektionsundervisning.")],
  [], [A], "what is untold is the change of treatment, not the diagnosis")

C("gastro-misstankt-hcc-cirros", "vgr", "19630805-9010", VG["gastro_su"],
  "Ali Rostami", "läkare", "2024-05-08T15:00:00", "2024-05-10T09:25:00",
  [("Aktuellt", "Patienten har levercirros på basen av alkohol, Child-Pugh A, och följs med ultraljud var "
                "sjätte månad. Vid senaste ultraljudet sågs en ny fokal förändring i segment åtta, och MR lever "
                "visar nu en tjugotvå millimeter stor lesion med arteriell uppladdning och washout."),
   ("Bedömning", "Bilden är misstänkt för hepatocellulär cancer, och fallet anmäls till leverkonferensen."),
   ("Planering", "Patienten är kallad för genomgång av fortsatt handläggning.")],
  [B], [], "suspected HCC ('misstänkt för hepatocellulär cancer') in visible Bedömning")

C("gastro-autoimmun-hepatit-foraldrarna-vet-inget", "skane", "20030619-2204", SK["gastro_malmo"],
  "Fredrik Åkesson", "läkare", "2024-06-05T10:20:00", "2024-06-07T14:15:00",
  [("Aktuellt", "Patienten är en tjugoårig kvinna som remitterades för förhöjda transaminaser. Leverbiopsin "
                "visar interface-hepatit med rikligt med plasmaceller, och tillsammans med förhöjt IgG och "
                "positiva SMA ger det diagnosen autoimmun hepatit typ ett."),
   ("Information", "Jag har idag informerat patienten ingående om diagnosen och om behandling med prednisolon "
                   "och azatioprin. Hon vill själv inte att föräldrarna informeras i nuläget, och de vet alltså "
                   "ingenting om leversjukdomen, vilket vi respekterar eftersom hon är myndig.")],
  [], [A], "the parents are not informed, the patient is")

C("gastro-pankreascancer-besked-efter-mdk-utkast", "vgr", "19480117-4535", VG["gastro_su"],
  "Ali Rostami", "läkare", "2024-04-12T16:05:00", None,
  [("Undersökningsresultat", "DT pankreas visar en trettiofem millimeters hypodens tumör i pankreashuvudet som "
                             "har kontakt med arteria mesenterica superior över mer än hundraåttio grader, och "
                             "EUS-ledd finnålsbiopsi har bekräftat adenokarcinom."),
   ("Bedömning", "Lokalt avancerad pankreascancer som inte är primärt resektabel."),
   ("Planering", "Patienten vet ännu inte om cancerbeskedet. Han har informerats om att provsvaren ska "
                 "diskuteras på konferens på tisdag och kommer till mig på onsdag tillsammans med sonen, då vi "
                 "tar hela beskedet.\nEj signerat, utskrivet av sekr. 12/4.")],
  [A], [], "unsigned draft: told only that results go to conference; the pancreatic cancer itself untold")

C("pmo-vc-kopia-gastroskopi-misstankt-barrett", "skane", "19700330-6441", SK["vc_eslov"],
  "Anna-Karin Ljung", "läkare", "2024-02-13T11:50:00", "2024-02-13T12:10:00",
  [("Provsvar", "Kopia av gastroskopisvar från Ystad: misstänkt Barretts esofagus, sex cm, biopsier tagna. "
                "Pat ej informerad ännu, gastromott tar beskedet när PAD klart. Omeprazol fortsätter tills vidare.")],
  [], [B], "PMO note: diagnoses never shown in PMO, so a hedged diagnosis is not NL102",
  template="Journalanteckning", system="PMO")

C("gastro-dd-mikroskopisk-kolit-ibs", "vgr", "19660124-2560", VG["gastro_sas"],
  "Jenny Lindqvist", "läkare", "2024-01-31T14:40:00", "2024-02-02T08:10:00",
  [("Anamnes", "Femtioåttaårig kvinna med vattentunna diarréer sex till åtta gånger per dygn sedan tre månader, "
               "ingen blödning och ingen viktnedgång. Kalprotektin etthundrafyrtio."),
   ("Bedömning", "DD mikroskopisk kolit, gallsyramalabsorption, IBS med diarré. Koloskopi med stegbiopsier "
                 "beställs, och SeHCAT om koloskopin är normal.")],
  [B], [], "list of differential diagnoses (DD ...) in a visible Melior section")

C("gastro-kollagen-kolit-icke-diagnostiska-hedges", "skane", "19550806-1701", SK["gastro_kri"],
  "Hanna Persson", "läkare", "2024-05-20T09:40:00", "2024-05-21T15:55:00",
  [("Aktuellt", "Kollagen kolit diagnostiserad i oktober med koloskopi och stegbiopsier. Hon står på "
                "budesonid nio milligram sedan dess och har nu två till tre formade avföringar per dag."),
   ("Bedömning", "God effekt av budesonid, och patienten är sannolikt också hjälpt av att hon slutat med sitt "
                 "NSAID-preparat."),
   ("Planering", "Vi trappar ner till sex milligram under en månad och därefter eventuellt till tre milligram. "
                 "Trol. återbesök i höst, ev. per telefon.")],
  [], [B], "hedges about effect, dosing and visits, not about a diagnosis; the colitis is established")

C("gastro-misstakt-ulceros-kolit-typo", "vgr", "20010911-8315", VG["gastro_su"],
  "Kristoffer Ek", "läkare", "2024-03-18T10:00:00", "2024-03-18T16:20:00",
  [("Anamnes", "Tjugotvååring med blodiga diarréer sedan sex veckor, åtta tömningar per dygn och nattliga "
               "trängningar. Kalprotektin över tvåtusen, CRP fyrtioåtta, fecesodling negativ."),
   ("Bedömning", "Misstäkt debut av ulcerös kolit. Sigmoideoskopi med biopsier på torsdag."),
   ("Planering", "Prednisolon insätts efter skopin om fynden stämmer. Pat informerad om planen.")],
  [B], [], "typo 'Misstäkt': suspected ulcerative colitis in visible Bedömning")

C("gastro-lynchsyndrom-svar-lamnas-av-cancergenetiken", "skane", "19670223-3195", SK["gastro_malmo"],
  "Ulrika Borén", "läkare", "2024-05-27T13:25:00", "2024-05-28T10:40:00",
  [("Bakgrund", "Patienten opererades för cekalcancer i januari, och tumören visade förlust av MLH1 och PMS2 i "
                "immunhistokemin utan BRAF-mutation eller MLH1-metylering, varför konstitutionell analys gjordes "
                "efter samtycke."),
   ("Provsvar", "Den konstitutionella analysen visar en patogen variant i MLH1, vilket innebär att patienten "
                "har Lynchsyndrom."),
   ("Planering", "Patienten har inte informerats om resultatet än. Svaret lämnas av cancergenetiska mottagningen "
                 "i Lund, som har tid med honom i juni, och därefter blir det aktuellt med anlagsbärartestning av "
                 "barnen.")],
  [A], [], "Lynch syndrome visible; the telling will be done later by another unit")

C("gastro-malignitet-kan-ej-uteslutas-ventrikelsar", "vgr", "19591202-3834", VG["gastro_sas"],
  "Kristoffer Ek", "läkare", "2024-06-18T14:30:00", None,
  [("Undersökningsresultat", "Gastroskopi visar ett tre centimeter stort ulcus i angulus med upphöjda, "
                             "oregelbundna kanter. Biopsier tagna från kanterna."),
   ("Bedömning", "Malignitet kan ej uteslutas. PPI i dubbel dos, ny gastroskopi om sex veckor oavsett PAD.")],
  [B], [], "unsigned: 'Malignitet kan ej uteslutas' is an uncertain diagnosis in a visible section")

# ====================================================================== RHEUMATOLOGY

C("reuma-jattecellsarterit-biopsisvar-ej-meddelat", "skane", "19490930-5924", SK["reuma_lund"],
  "Stina Holmberg", "läkare", "2024-04-10T15:45:00", "2024-04-11T09:15:00",
  [("Anamnes", "Patienten sattes in på prednisolon sextio milligram av akutläkaren den andra april på grund av "
               "tinningshuvudvärk, käkklaudikation och SR nittiofem, och temporalisbiopsi gjordes dagen efter."),
   ("PAD", "Granulomatös inflammation med jätteceller och fragmenterad lamina elastica interna."),
   ("Bedömning", "Biopsiverifierad jättecellsarterit."),
   ("Planering", "Patienten har inte fått biopsisvaret och därmed inte heller diagnosen. Jag når henne inte på "
                 "telefon idag, så vi gör ett nytt försök imorgon förmiddag, annars skickas kallelse. Prednisolon "
                 "fortsätter oförändrat.")],
  [A], [], "biopsy-verified giant cell arteritis visible, patient not yet told")

C("reuma-trolg-psoriasisartrit-typo", "skane", "19820612-7998", SK["reuma_malmo"],
  "Viktor Lund", "läkare", "2024-03-07T13:55:00", "2024-03-08T08:35:00",
  [("Anamnes", "Fyrtioettårig man med psoriasis i hårbotten och på armbågarna sedan tonåren, nu svullnad i "
               "höger andra tå, så kallad korvtå, samt hälsmärta. RF och anti-CCP negativa."),
   ("Bedömning", "Trolg psoriasisartrit med daktylit och entesit. DD reaktiv artrit bedöms mindre sannolik, "
                 "inga infektionssymtom.")],
  [B], [], "typo 'Trolg': probable psoriatic arthritis plus DD in visible Bedömning")

C("reuma-dermatomyosit-informerad-malignitet-under-tidiga-hypoteser", "vgr", "19640722-4408", VG["reuma_su"],
  "Elin Gustavsson", "läkare", "2024-05-23T14:10:00", "2024-05-24T11:00:00",
  [("Bedömning", "Muskelbiopsin från vänster lår visar perifascikulär atrofi, och tillsammans med hudfynden, "
                 "anti-TIF1-gamma-antikroppar och förhöjt CK är diagnosen dermatomyosit klar. Patienten har idag "
                 "fått beskedet och vi har gått igenom behandlingen."),
   ("Tidiga hypoteser", "Anti-TIF1-gamma är starkt kopplat till malignitet hos vuxna, och med den viktnedgång hon "
                        "haft finns misstanke om bakomliggande cancer. Detta har ännu inte tagits upp med "
                        "patienten, som är mycket orolig, vi vill först ha DT-svaret."),
   ("Planering", "Prednisolon sextio milligram, IVIG diskuteras. DT thorax-buk-bäcken och mammografi är "
                 "beställda som del av sedvanlig utredning.")],
  [], [A, B], "visible dermatomyositis is told; the untold cancer suspicion is under VGR sökord Tidiga hypoteser")

C("reuma-sarkoidos-faststalld-patienten-pa-semester", "vgr", "19840425-6318", VG["reuma_nu"],
  "Erik Magnusson", "läkare", "2024-07-08T10:40:00", "2024-07-09T08:20:00",
  [("Anamnes", "Patienten har sedan januari haft ledsvullnad i båda fotlederna och erythema nodosum, och DT "
               "thorax visade bilaterala hiluslymfkörtlar."),
   ("Provsvar", "EBUS-biopsi från station sju visar icke-nekrotiserande epiteloidcellsgranulom utan malignitet, "
                "och odlingar för mykobakterier är negativa. Diagnosen sarkoidos är därmed fastställd."),
   ("Planering", "Jag har inte kunnat informera patienten om diagnosen ännu, eftersom svaret kom efter att han "
                 "gått på semester. Han har tid här den tjugonionde juli och får besked då, och lungmedicin "
                 "informeras parallellt.")],
  [A], [B], "sarcoidosis stated as settled, patient away on holiday and not informed",
  as_of="2024-07-31T00:00:00")

C("reuma-systemisk-skleros-besok-installt-lakare-sjuk-utkast", "skane", "19700228-4524", SK["reuma_malmo"],
  "Amira Kovač", "läkare", "2024-02-08T15:15:00", None,
  [("Anamnes", "Patienten har Raynaudfenomen sedan två år och har under hösten fått svullna fingrar och "
               "stramhet i huden på händerna. Kapillärmikroskopi visar förstorade kapillärer och blödningar, och "
               "ANA är positiv med anti-Scl-70 över referens."),
   ("Bedömning", "Diffus kutan systemisk skleros med ACR/EULAR-poäng femton."),
   ("Planering", "Patienten skulle ha fått besked om diagnosen av doktor Svensson förra veckan, men besöket "
                 "ställdes in då doktorn blev sjuk, så hon är fortfarande inte informerad. Jag har bokat om henne "
                 "till mig på måndag och beställt HRCT och ekokardiografi för screening av organengagemang.\n"
                 "Diktat, ej signerat.")],
  [A], [], "unsigned: telling postponed because the doctor fell ill; systemic sclerosis visible")

C("reuma-hereditet-syster-trolig-sjogren-egen-fibromyalgi", "vgr", "19880913-1488", VG["reuma_su"],
  "Johanna Berg", "läkare", "2024-06-13T13:20:00", "2024-06-14T10:35:00",
  [("Hereditet", "Syster har trolig Sjögrens syndrom och utreds i Borås. Mormor hade ledgångsreumatism."),
   ("Bedömning", "Fibromyalgi, uppfyller kriterierna från tjugohundrasexton. Inga objektiva synoviter, normala "
                 "inflammationsparametrar och negativ ANA."),
   ("Planering", "Remiss till smärtrehab, ingen uppföljning här.")],
  [], [B], "'trolig Sjögrens' belongs to the sister (family history); own diagnosis established")

C("reuma-anca-vaskulit-fragetecken", "vgr", "19560321-9279", VG["reuma_nu"],
  "Erik Magnusson", "läkare", "2024-03-21T11:05:00", "2024-03-22T14:50:00",
  [("Anamnes", "Sextioåttaårig man med tre månaders sinuit som inte svarat på antibiotika, näsblödningar, "
               "artralgier och nytillkommen mikroskopisk hematuri. PR3-ANCA positiv."),
   ("Bedömning", "ANCA-associerad vaskulit, granulomatos med polyangit? Njurbiopsi via njurmedicin, DT thorax.")],
  [B], [], "question-marked vasculitis diagnosis in visible Bedömning")

C("reuma-tidiga-hypoteser-mall-artificiell-sjukdom", "skane", "19950816-2485", SK["reuma_lund"],
  "Viktor Lund", "läkare", "2024-06-19T16:00:00", "2024-06-20T09:05:00",
  [("Bedömning", "Upprepade episoder med svullnad och rodnad i vänster hand utan inflammatorisk aktivitet i "
                 "prover eller ultraljud, och vid inläggningen fann personalen en stasslang i patientens väska. "
                 "Sammantaget misstänks att symtomen är självframkallade, trolig artificiell sjukdom. "
                 "Misstanken är inte framförd till patienten, och psykiatrisk konsultation övervägs i samråd "
                 "med avdelningsläkaren.")],
  [], [A, B], "suspected factitious disorder kept in the Skåne Tidiga hypoteser template",
  template="Tidiga hypoteser")

# ====================================================================== GYNAECOLOGY

C("gyn-cin3-pad-ej-informerad-telefontid-torsdag", "skane", "19930510-3260", SK["gyn_lund"],
  "Josefin Nilsson", "läkare", "2024-04-16T12:45:00", "2024-04-17T10:30:00",
  [("Undersökningsresultat", "Kolposkopi gjordes den nionde april på grund av HSIL i cellprovet, och då sågs "
                             "ett acetovitt område klockan tolv med grov punktation."),
   ("PAD", "Biopsin klockan tolv visar CIN tre, höggradig skivepitelförändring, utan invasiv växt."),
   ("Planering", "Patienten har ännu inte informerats om PAD-svaret. Hon ska erbjudas slyngkonisering inom sex "
                 "veckor, och jag ringer henne på torsdag när jag har telefontid för att berätta och boka "
                 "operationen.\nDikt. JN/ew")],
  [A], [B], "CIN 3 visible, phone call with the answer planned for Thursday")

C("gyn-endometriecancer-informerad-av-gynekolog-ssk-samtal", "vgr", "19550609-1841", VG["gyn_skas"],
  "Lena Carlsson", "sjuksköterska", "2024-03-26T14:30:00", "2024-03-26T15:00:00",
  [("Kontaktorsak", "Patienten ringde idag efter att doktor Ahlberg igår hade lämnat besked per telefon om att "
                    "endometriebiopsin visar endometrioid adenokarcinom grad ett. Hon är alltså informerad om sin "
                    "livmoderkroppscancer och ville nu fråga vad som händer härnäst."),
   ("Åtgärd", "Jag har berättat att MR bäcken och DT thorax är beställda och att operationen planeras till maj. "
              "Patienten var lugn och tackade för samtalet.")],
  [], [A], "endometrial cancer told by the gynaecologist the day before; nurse follow-up call",
  template="Sjuksköterskeanteckning")

C("gyn-misstankt-malign-ovarialtumor-rmi", "skane", "19610117-5609", SK["gyn_ystad"],
  "Tobias Malm", "läkare", "2024-02-19T10:10:00", "2024-02-19T14:20:00",
  [("Undersökningsresultat", "Vaginalultraljud visar en tio centimeter stor multilokulär cystisk-solid "
                             "adnexresistens höger med papillära strukturer och ascites."),
   ("Bedömning", "Misstänkt malign ovarialtumör, RMI fyrahundrafemtio. Remiss till gynonkologen i Lund enligt "
                 "standardiserat vårdförlopp.")],
  [B], [], "suspected malignant ovarian tumour in visible Bedömning")

C("gyn-vgr-tidiga-hypoteser-androgenokanslighet", "vgr", "20060227-4862", VG["gyn_su"],
  "Hedvig Sundin", "läkare", "2024-05-14T13:35:00", "2024-05-15T09:55:00",
  [("Anamnes", "Artonårig kvinna med primär amenorré. Normal bröstutveckling, sparsam pubesbehåring."),
   ("Undersökningsresultat", "Vaginalultraljud och MR bäcken visar att uterus inte kan identifieras, och "
                             "vaginan är kort. Testosteron i manligt referensområde."),
   ("Tidiga hypoteser", "Fynden inger misstanke om komplett androgenokänslighetssyndrom, karyotyp inväntas. Ej "
                        "diskuterat med patienten eller modern, svaret ska ges i lugn och ro med psykolog "
                        "närvarande."),
   ("Planering", "Karyotyp och AMH tagna. Återbesök om fyra veckor, patienten är informerad om att vi gör "
                 "fler prover för att förstå orsaken.")],
  [], [A, B], "VGR: the hypothesis and the 'ej diskuterat' are under sökord Tidiga hypoteser only")

C("gyn-cin2-hpv16-partnern-ej-informerad", "skane", "19970623-7147", SK["gyn_lund"],
  "Josefin Nilsson", "läkare", "2024-05-07T14:50:00", "2024-05-08T09:25:00",
  [("Aktuellt", "Patienten kommer på återbesök för svar på biopsierna. PAD visar CIN två med HPV sexton, vilket "
                "jag idag har förklarat för henne. Vi har kommit överens om aktiv exspektans med ny kolposkopi om "
                "sex månader, eftersom hon planerar graviditet."),
   ("Övrigt", "Patienten har frågat om hon måste berätta för sin partner om HPV-fyndet. Jag har förklarat att "
              "det inte finns något krav på det, partnern är inte informerad och hon vill vänta.")],
  [], [A], "only the partner is uninformed; CIN 2 explained to the patient")

C("gyn-partiell-mola-ej-infromerats-typo", "vgr", "19900412-8501", VG["gyn_skas"],
  "Ingrid Ahlberg", "läkare", "2024-04-05T11:25:00", "2024-04-08T08:40:00",
  [("Bakgrund", "Patienten genomgick vakuumaspiration den tjugosjätte mars på grund av missed abortion i vecka nio."),
   ("PAD", "Partiell mola hydatidosa, bekräftad med p57-färgning och ploidianalys."),
   ("Planering", "Patienten har inte infromerats om PAD-svaret ännu. Hon behöver följas med hCG varje vecka tills "
                 "provet är negativt och registreras i trofoblastregistret, och jag ringer henne på måndag för att "
                 "förklara detta och boka första provet.")],
  [A], [], "typo 'infromerats': partial hydatidiform mole visible before she is told")

C("gyn-konisering-fria-marginaler-svar-ej-skickat", "skane", "19860921-2942", SK["gyn_ystad"],
  "Tobias Malm", "läkare", "2024-02-26T15:25:00", "2024-02-27T10:05:00",
  [("Bakgrund", "Slyngkonisering utfördes den femte februari på grund av CIN tre, vilket patienten informerades "
                "om i januari."),
   ("PAD", "Konen visar CIN tre radikalt exciderad med fria marginaler, utan kvarvarande dysplasi i kanterna och "
           "utan invasiv cancer."),
   ("Planering", "Patienten har inte fått svaret ännu, svarsbrev skickas idag. Hon kallas till test of cure med "
                 "HPV-test och cytologi om sex månader.")],
  [], [A, B], "untold result is the free-margin (good) cone answer; the CIN 3 was told in January")

C("gyn-myom-icke-diagnostiska-hedges", "vgr", "19800705-3427", VG["gyn_su"],
  "Hedvig Sundin", "läkare", "2024-01-18T10:30:00", "2024-01-19T13:00:00",
  [("Aktuellt", "Fyrtiotreårig kvinna med rikliga menstruationer och känt submukost myom, sju centimeter i "
                "fundus. Hb etthundrafem."),
   ("Planering", "Patienten vill helst slippa hysterektomi. Vi prövar först tranexamsyra, ev. hysteroskopisk "
                 "resektion i höst om ingen effekt. Trol. behövs även järnsubstitution, Hb kontrolleras om sex "
                 "veckor.")],
  [], [B], "hedges about treatment and plan, the fibroid itself is established")

C("pmo-bmm-cellprov-ascus-trol-hpv", "skane", "19950304-6402", SK["bmm_hlm"],
  "Lisa Jönsson", "barnmorska", "2024-03-04T14:05:00", "2024-03-04T14:20:00",
  [("Provsvar", "Cellprov: HPV positiv (övriga typer), cytologi ASC-US. Trol. persisterande HPV-infektion, ev. "
                "lätt dysplasi. Pat ej informerad ännu, brev skickas idag. Remiss till gynmottagningen för "
                "kolposkopi.")],
  [], [B], "PMO note (barnmorskemottagning): hedged findings are never NL102 in PMO",
  template="Journalanteckning", system="PMO")

C("gyn-leiomyosarkom-ej-fat-besked-typo", "vgr", "19680130-5282", VG["gyn_su"],
  "Ulla Bergström", "läkare", "2024-04-18T12:20:00", "2024-04-19T15:10:00",
  [("Bakgrund", "Patienten opererades med hysterektomi den fjärde april för ett snabbväxande myom."),
   ("PAD", "Oväntat fynd av leiomyosarkom, fjorton centimeter, högt mitotiskt index, begränsat till uterus."),
   ("Planering", "Patienten har ännu inte fåt besked om PAD, hon är kallad till mig och kontaktsjuksköterskan "
                 "nästa tisdag. Fallet anmäls till sarkomkonferensen och DT thorax beställs.")],
  [A], [], "typo 'fåt': unexpected leiomyosarcoma visible before the booked disclosure visit")

C("gyn-tidigare-misstankt-brostcancer-avskriven-endometrios", "skane", "19780809-3806", SK["gyn_lund"],
  "Rebecka Wall", "läkare", "2024-06-03T09:20:00", "2024-06-04T11:15:00",
  [("Tidigare sjukdomar", "Misstanke om bröstcancer tjugohundranitton avskrevs efter biopsi som visade "
                          "fibroadenom."),
   ("Aktuellt", "Endometrios med endometriom i vänster ovarium, laparoskopiskt verifierad tjugohundratjugoett. "
                "Smärtan är välkontrollerad på dienogest."),
   ("Planering", "Fortsatt dienogest, vaginalultraljud om ett år.")],
  [], [B], "past suspicion that was ruled out, in Tidigare sjukdomar; current diagnosis established")

C("gyn-ovarialcancer-lang-informerad-fullt", "skane", "19630504-8263", SK["gyn_lund"],
  "Rebecka Wall", "läkare", "2024-03-20T13:00:00", "2024-03-22T08:55:00",
  [("Besöksorsak", "Besked efter diagnostisk laparoskopi och genomgång av behandlingsplan."),
   ("Anamnes", "Patienten är en sextioårig kvinna som sökte i februari för bukspänning och tidig mättnadskänsla. "
               "Ultraljud och DT visade bilaterala adnexresistenser, ascites och omentkaka, och CA-125 var "
               "niohundra. Diagnostisk laparoskopi med biopsier gjordes den åttonde mars."),
   ("PAD", "Höggradig serös karcinom med ursprung i tuba/ovarium, BRCA-analys av tumören pågår."),
   ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC. Konferensen bedömer att primär operation inte är "
                 "möjlig med makroskopisk radikalitet, och rekommenderar neoadjuvant cytostatika med tre cykler "
                 "karboplatin och paklitaxel följt av intervallkirurgi."),
   ("Information", "Patienten kommer idag tillsammans med sin man och sin syster. Jag har gått igenom PAD-svaret "
                   "och diagnosen i lugn takt, och de har fått ställa alla frågor de ville. Vi har också pratat om "
                   "att sjukdomen inte går att bota i alla lägen men att många svarar mycket bra på "
                   "behandlingen. Hon har fått skriftlig information och kontaktsjuksköterskans direktnummer."),
   ("Planering", "Första cykeln planeras om två veckor, ev. redan nästa vecka om tid finns på dagvården. "
                 "Trol. behöver hon också en PAC, remiss skickad till anestesin. Svar på tumörens BRCA-status "
                 "väntas om tre till fyra veckor och tas upp vid nästa besök.\nDikt. RW/ma")],
  [], [A, B], "long note: ovarian cancer fully told; only non-diagnostic hedges (ev., trol.)")

C("gyn-endometrios-fragetecken-adenomyos", "vgr", "19920628-2361", VG["gyn_skas"],
  "Ingrid Ahlberg", "läkare", "2024-05-30T10:45:00", "2024-05-31T14:05:00",
  [("Anamnes", "Trettioettårig kvinna med svår dysmenorré och djup dyspareuni sedan flera år, ingen effekt av "
               "p-piller."),
   ("Bedömning", "Endometrios? Adenomyos kan inte uteslutas med tanke på den förstorade, asymmetriska uterus i "
                 "ultraljudet. MR bäcken beställs.")],
  [B], [], "question mark and 'kan inte uteslutas' about diagnoses in visible Bedömning")

C("gyn-brca1-kand-patienten-informerad-systrarna-ej", "vgr", "19850117-6526", VG["kgen_su"],
  "Malin Östlund", "läkare", "2024-06-10T15:30:00", "2024-06-11T08:45:00",
  [("Aktuellt", "Patienten är bärare av en patogen variant i BRCA1, vilket hon fick besked om av mig vid "
                "förra besöket i maj. Hon kommer idag för att diskutera riskreducerande kirurgi och hur hon ska "
                "informera sina släktingar."),
   ("Bedömning", "Hon har två systrar som ännu inte är informerade om fyndet, och hon vill själv berätta för dem. "
                 "Vi har gett henne ett släktbrev att använda."),
   ("Planering", "Remiss till gynekolog för diskussion om salpingo-ooforektomi. Fortsatt MR-screening av brösten "
                 "årligen.")],
  [], [A], "the sisters are uninformed; the patient herself was told in May")

# ====================================================================== mixed, longer

C("onk-njurcellscancer-lang-tolk-informerad-allt", "vgr", "19590721-1717", VG["onk_su"],
  "Per-Olof Strand", "läkare", "2024-05-16T14:00:00", "2024-05-17T10:40:00",
  [("Besöksorsak", "Genomgång av PAD efter nefrektomi och planering av uppföljning."),
   ("Anamnes", "Sextiofyraårig man som opererades med robotassisterad radikal nefrektomi höger den tjugotredje "
               "april för en sjuttiotvå millimeter stor tumör i njurens nedre pol, upptäckt som bifynd vid DT för "
               "gallstensbesvär. Postoperativt förlopp utan komplikationer, han är tillbaka i arbete som "
               "busschaufför sedan förra veckan. Han har sedan tidigare hypertoni och typ två-diabetes, båda "
               "välkontrollerade."),
   ("PAD", "Klarcellig njurcellscancer, ISUP-grad tre, pT2a, fria marginaler, ingen kärlinväxt."),
   ("Bedömning", "Klarcellig njurcellscancer, radikalt opererad, intermediär risk enligt Leibovich. Det finns "
                 "ingen indikation för adjuvant behandling enligt gällande vårdprogram, men han ska följas med "
                 "DT under fem år."),
   ("Information", "Jag har idag gått igenom PAD-svaret med patienten och hans fru med hjälp av tolk på "
                   "persiska, och han har förstått att tumören var en cancer som nu är bortopererad. Han var "
                   "mest orolig för den kvarvarande njurens funktion, och vi har förklarat att kreatininet är "
                   "stabilt på etthundratio."),
   ("Planering", "DT thorax-buk om sex månader, därefter årligen. Eventuellt tätare njurfunktionskontroller via "
                 "vårdcentralen om blodtrycket stiger. Trol. ingen ytterligare kontakt med urologen.\nDikt. "
                 "POS/kl")],
  [], [A, B], "long note: renal cell cancer told with interpreter; hedges concern plan only")

C("gastro-net-tunntarm-besked-via-annan-lakare-ej-an", "vgr", "19720919-2082", VG["gastro_su"],
  "Kristoffer Ek", "läkare", "2024-06-24T13:45:00", "2024-06-25T09:10:00",
  [("Provsvar", "PAD från den polyp som togs bort i terminala ileum vid koloskopin visar en väldifferentierad "
                "neuroendokrin tumör grad ett, Ki-67 under två procent, radikalt borttagen."),
   ("Bedömning", "Liten väldifferentierad neuroendokrin tumör i ileum, grad ett."),
   ("Planering", "Patienten har inte fått veta PAD-svaret, eftersom beskedet ska lämnas av endokrinologen på "
                 "NET-mottagningen som hon redan har tid hos nästa vecka. Jag skickar remiss och PAD dit idag.")],
  [A], [], "NET visible; the telling will be done next week by another physician, so not yet informed")

C("onk-testikelcancer-kort-ej-informerad", "skane", "19980128-6171", SK["uro_malmo"],
  "Magnus Ivarsson", "läkare", "2024-01-15T16:20:00", "2024-01-16T08:05:00",
  [("PAD", "Seminom, tjugoåtta millimeter, ingen kärlinväxt, rete testis fri."),
   ("Bedömning", "Seminom i vänster testikel, ablatio utförd den åttonde januari. Pat ej informerad om PAD ännu, "
                 "ringer honom imorgon kl nio enligt överenskommelse.")],
  [A], [], "short telegraphic note: seminoma visible, phone call with the answer agreed for tomorrow")

# ====================================================================== hedged results before the telling

C("neuro-mr-talar-for-ms-likvor-inte-klar", "vgr", "19960802-2746", VG["neuro_skas"],
  "Therese Borg", "läkare", "2024-02-05T14:50:00", "2024-02-07T09:30:00",
  [("Aktuellt", "Patienten är en tjugosjuårig kvinna som i december hade tio dagars domningar från midjan och "
                "nedåt, vilket gick över spontant. MR hjärna och ryggmärg har nu besvarats och visar sju "
                "periventrikulära och infratentoriella lesioner samt en lesion i bröstmärgen i nivå med Th sex."),
   ("Bedömning", "Fynden talar starkt för multipel skleros, men vi behöver likvorsvaret innan diagnosen kan "
                 "ställas. Jag har inte berättat om MR-fynden för henne ännu, utan vi tar allt samlat när "
                 "lumbalpunktionen är besvarad."),
   ("Planering", "Lumbalpunktion på dagvården den tolfte februari och återbesök hos mig två veckor senare.")],
  [B], [], "'talar starkt för multipel skleros' is an uncertain diagnosis in a visible VGR Melior section")

C("onk-cup-lymfkortelmetastas-trol-lungursprung", "skane", "19570619-4171", SK["onk_kri"],
  "Mats Ekdahl", "läkare", "2024-06-17T11:25:00", "2024-06-18T14:35:00",
  [("Provsvar", "PAD från den supraklavikulära lymfkörteln visar metastas av lågt differentierat "
                "adenokarcinom, TTF-1-positivt och CK7-positivt."),
   ("Bedömning", "Metastas av trol. lungursprung, DD bröstcancer hos man bedöms osannolik. PET-DT får visa "
                 "primärtumören, och beskedet till patienten väntar vi med tills den är gjord, vilket han själv "
                 "har önskat.")],
  [B], [], "probable lung origin and a DD written in a visible section while the work-up goes on")

C("gastro-kapselendoskopi-crohn-nsaid-kan-ej-uteslutas", "skane", "19780213-1636", SK["gastro_kri"],
  "Hanna Persson", "läkare", "2024-03-28T09:15:00", "2024-04-02T10:50:00",
  [("Undersökningsresultat", "Kapselendoskopin visar ett tjugotal små aftösa sår och två ytliga ulcerationer i "
                             "distala jejunum och proximala ileum, men ingen stenos och ingen blödning."),
   ("Bedömning", "Bilden är förenlig med Crohns sjukdom i tunntarmen, men NSAID-enteropati kan inte uteslutas "
                 "eftersom patienten har tagit ibuprofen dagligen för ryggvärk det senaste halvåret. Vi kommer "
                 "att be honom göra ett uppehåll med ibuprofen i två månader och sedan upprepa undersökningen."),
   ("Planering", "Sjuksköterskan meddelar honom tid för nytt kalprotektin. Återbesök hos mig efter förnyad "
                 "kapselendoskopi, och något besked om diagnos lämnas inte förrän dess.")],
  [B], [], "hedged Crohn's disease vs NSAID enteropathy ('kan inte uteslutas') in a visible section")

C("reuma-trolig-sjogren-lappbiopsi-utkast", "skane", "19670914-5244", SK["reuma_malmo"],
  "Amira Kovač", "läkare", "2024-06-26T15:35:00", None,
  [("Provsvar", "Läppspottkörtelbiopsin visar fokal lymfocytär sialadenit med fokusscore två, och anti-SSA är "
                "positiv sedan tidigare."),
   ("Bedömning", "Sannolikt primärt Sjögrens syndrom, men vi inväntar Schirmers test och bedömning av "
                 "ögonkliniken innan vi lägger fast diagnosen. Patienten har ännu inte fått biopsisvaret.\n"
                 "Dikterat, ej signerat.")],
  [B], [], "unsigned: 'Sannolikt primärt Sjögrens syndrom' in a visible section of a Melior note")

C("gyn-postmenopausal-blodning-misstankt-endometriecancer", "vgr", "19510925-6288", VG["gyn_su"],
  "Ulla Bergström", "läkare", "2024-02-21T13:10:00", "2024-02-22T16:00:00",
  [("Anamnes", "Sjuttiotvåårig kvinna med postmenopausal blödning i tre veckor, ingen hormonbehandling, BMI "
               "trettiosex."),
   ("Undersökningsresultat", "Vaginalultraljud visar ett oregelbundet endometrium på fjorton millimeter med "
                             "ökad vaskularisering. Endometriebiopsi tagen med pipelle."),
   ("Bedömning", "Misstänkt endometriecancer. Patienten är informerad om att vi tagit prov från livmodern och "
                 "får svar per telefon inom två veckor.")],
  [B], [], "suspected endometrial cancer written in visible Bedömning while the biopsy is pending")


# ====================================================================== build + validate

CODES = {"NL101", "NL102"}
RULESETS = {"skane", "vgr"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SK_PROTECTED_TEMPLATES = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                          "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
VGR_PROTECTED_KEYWORDS = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
                          "Tredje person", "Enkelblind prövning"}


def build(c):
    pnr = c["pnr"]
    birth = "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8])
    unit_name, hsa = c["unit"]
    note = {
        "id": "n1", "system": c["system"], "template": c["template"],
        "unit": {"name": unit_name, "hsa_id": hsa},
        "author": {"name": c["author"], "role": c["role"]},
        "time": c["time"], "signed": c["signed"], "setting": "öppenvård", "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in c["sections"]],
    }
    record = {
        "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
        "as_of": c["as_of"], "notes": [note],
        "access_events": [], "conversations": [], "treatments": [],
    }
    return {"case": c["case"], "ruleset": c["ruleset"], "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"]}


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pnr)
    if not m:
        return False
    digits = pnr[2:8] + pnr[9:12]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10 == int(pnr[12])


def iso(s):
    return datetime.fromisoformat(s)


def age_at(birth, when):
    b = date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(rows):
    problems = []
    names = set()
    seen_sent = {}
    for n, row in enumerate(rows, 1):
        where = "case %d (%s)" % (n, row.get("case"))
        if list(row.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(row.keys())))
        name = row["case"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            problems.append("%s: bad case name" % where)
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if row["ruleset"] not in RULESETS:
            problems.append("%s: unknown ruleset" % where)
        if not row["why"] or "\n" in row["why"]:
            problems.append("%s: why must be one line" % where)
        rec = row["record"]
        if list(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, list(rec.keys())))
        pat = rec["patient"]
        if list(pat.keys()) != PATIENT_KEYS:
            problems.append("%s: patient keys" % where)
        if not luhn_ok(pat["id"]):
            problems.append("%s: personnummer %s fails Luhn/format" % (where, pat["id"]))
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            problems.append("%s: personnummer does not match birth_date" % where)
        try:
            date.fromisoformat(pat["birth_date"])
            as_of = iso(rec["as_of"])
        except ValueError as e:
            problems.append("%s: bad date %s" % (where, e))
            continue
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        ids = set()
        for note in rec["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, list(note.keys())))
            if note["id"] in ids or not note["id"]:
                problems.append("%s: bad/duplicate note id" % where)
            ids.add(note["id"])
            try:
                t = iso(note["time"])
                s = iso(note["signed"]) if note["signed"] is not None else None
            except ValueError as e:
                problems.append("%s: bad time %s" % (where, e))
                continue
            if t.year != 2024 or (s is not None and s.year != 2024):
                problems.append("%s: time not in 2024" % where)
            if s is not None and s < t:
                problems.append("%s: signed before written" % where)
            if max(t, s or t) > as_of:
                problems.append("%s: note after as_of" % where)
            age = age_at(pat["birth_date"], t)
            if 13 <= age <= 15 or age < 0:
                problems.append("%s: patient age %d not allowed" % (where, age))
            if note["system"] not in ("Melior", "PMO"):
                problems.append("%s: unknown system" % where)
            if row["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append("%s: VGR cases must be Melior" % where)
            if not re.fullmatch(r"SE2321000(255|131)-[0-9A-Z]+", note["unit"]["hsa_id"]):
                problems.append("%s: odd HSA-id" % where)
            if row["ruleset"] == "skane" and not note["unit"]["hsa_id"].startswith("SE2321000255"):
                problems.append("%s: Skåne unit with non-Skåne HSA-id" % where)
            if row["ruleset"] == "vgr" and not note["unit"]["hsa_id"].startswith("SE2321000131"):
                problems.append("%s: VGR unit with non-VGR HSA-id" % where)
            if not note["sections"]:
                problems.append("%s: note without sections" % where)
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    problems.append("%s: bad section" % where)
                for sent in sentences(sec["text"]):
                    if sent in seen_sent and seen_sent[sent] != name:
                        problems.append("%s: sentence repeated from %s: %r" % (where, seen_sent[sent], sent))
                    elif sent in seen_sent:
                        problems.append("%s: sentence repeated inside case: %r" % (where, sent))
                    seen_sent[sent] = name
        must, must_not = row["must"], row["must_not"]
        if not must and not must_not:
            problems.append("%s: asserts nothing" % where)
        for lst in (must, must_not):
            for code, target in lst:
                if code not in CODES:
                    problems.append("%s: code %s not NL101/NL102" % (where, code))
                if target not in ids:
                    problems.append("%s: target %s missing" % (where, target))
        if {tuple(x) for x in must} & {tuple(x) for x in must_not}:
            problems.append("%s: same code in must and must_not" % where)
        if len({tuple(x) for x in must + must_not}) != len(must + must_not):
            problems.append("%s: duplicate assertion" % where)
        systems = {n_["system"] for n_ in rec["notes"]}
        if "PMO" in systems:
            if any(c == "NL101" for c, _ in must + must_not):
                problems.append("%s: NL101 asserted on a PMO note" % where)
            if any(c == "NL102" for c, _ in must):
                problems.append("%s: NL102 must on a PMO note" % where)
    return problems


def main():
    rows = [build(c) for c in CASES]
    problems = validate(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for row in rows:
        for kind in ("must", "must_not"):
            for code, _ in row[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for row in rows:
        rs[row["ruleset"]] = rs.get(row["ruleset"], 0) + 1
    unsigned = sum(1 for row in rows if row["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for row in rows if "typo" in row["case"] or "typo" in row["why"])
    print("%d cases -> %s" % (len(rows), OUT))
    print("rulesets: %s; unsigned: %d; typo cases: %d" % (rs, unsigned, typos))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
