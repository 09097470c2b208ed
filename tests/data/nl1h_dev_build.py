#!/usr/bin/env python3
"""nl1h_dev_cases: 130 independent NL1 gold cases (NL101, NL102), one writing voice each.

Dependency-free and deterministic: `python3 build.py` writes nl1h_dev_cases.jsonl beside
this file and validates it (exit status 1 on any problem).
"""
import json
import os
import re
import sys
import zlib
from datetime import datetime, timedelta

NAME = "nl1h_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

AUTHORS = [
    "Karin Lindqvist", "Erik Johansson", "Sara Nilsson", "Mohammed Al-Hassan", "Lena Berg",
    "Jonas Persson", "Ingrid Holm", "Oskar Lund", "Fatima Rahimi", "Per-Olof Svensson",
    "Maja Ek", "Anders Wallin", "Helena Strand", "Niklas Bergström", "Eva Sjöberg",
    "Tomasz Nowak", "Linnea Hedlund", "Gustav Åkesson", "Aino Virtanen", "Björn Dahl",
    "Hanna Olofsson", "Reza Karimi", "Cecilia Fors", "Mats Engström", "Ylva Granath",
    "Dragan Petrović", "Sofia Lindgren", "Henrik Falk", "Elin Borg", "Kristoffer Sandberg",
    "Marianne Öberg", "Ali Yilmaz", "Johanna Wik", "Lars-Göran Ek", "Therese Nyberg",
    "Pablo Ortega", "Emma Sundin", "Ulf Hermansson", "Rebecka Lönn", "Daniel Kraft",
    "Agnieszka Zielińska", "Fredrik Moberg",
]

CASES = []


def C(name, rs, unit, when, signed, birth, sex, secs, must=(), must_not=(), why="",
      tpl="Läkaranteckning", role="läkare", setting="öppenvård", system="Melior"):
    CASES.append(dict(name=name, rs=rs, unit=unit, when=when, signed=signed, birth=birth,
                      sex=sex, secs=secs, must=list(must), must_not=list(must_not), why=why,
                      tpl=tpl, role=role, setting=setting, system=system))


S, V = "skane", "vgr"
PMO = "PMO"
A101, A102 = "NL101", "NL102"

# ---------------------------------------------------------------------------------------
# NL101 must: a diagnosis in a visible Melior section while the text says the patient has
# not been told / must not be told yet.
# ---------------------------------------------------------------------------------------
C("nl1h-101m-kir-levermetastaser-besked-imorgon", S,
  "Kirurgiska kliniken, Skånes universitetssjukhus Lund", "2024-02-06 16:10", "17:02",
  "1958-11-03", "M",
  [("Aktuellt", "Dag 2 efter inläggning för ikterus. Mår något bättre, äter lite, ingen feber."),
   ("Bedömning", "DT buk visar multipla levermetastaser, primärtumör sannolikt i pankreas svans. "
    "Pat ej informerad om DT-svaret ännu. Besked ges av PAL imorgon förmiddag när dottern kan vara med.")],
  must=[A101], why="metastatic cancer in Bedömning, 'Pat ej informerad' after the diagnosis",
  setting="slutenvård", tpl="Daganteckning")

C("nl1h-101m-hem-aml-dikterad-sov-vid-ronden", V,
  "Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "2024-03-14 17:40", "2024-03-15 09:12",
  "1966-01-19", "F",
  [("Bedömning", "Benmärgsutstryket som besvarades i eftermiddag visar en bild som är förenlig med akut myeloisk leukemi "
    "med cirka sextio procent blaster. Patienten har ännu inte fått besked om detta eftersom hon sov vid ronden, och vi "
    "har bedömt att det är bättre att vänta tills maken är på plats i kväll. Jag har informerat kvällsjouren om läget."),
   ("Planering", "Hickmankateter beställs till i morgon. Flödescytometri och cytogenetik är skickade.")],
  must=[A101], why="dictated long sentences: AML, 'har ännu inte fått besked om detta'",
  setting="slutenvård")

C("nl1h-101m-neuro-als-punktlista-utkast", S,
  "Neurologiska kliniken, Helsingborgs lasarett", "2024-04-22 11:25", None,
  "1952-08-27", "M",
  [("Sammanfattning", "Dx: ALS, spinal debut (EMG: utbredd denervation i tre regioner)\n"
    "- pat EJ informerad, frun ringde i fredags och frågade men fick inget svar\n"
    "- diagnossamtal bokas v 19 med kurator + ALS-sjuksköterska\n"
    "- riluzol tas upp vid samma besök")],
  must=[A101], why="unsigned draft, dash list: ALS with 'pat EJ informerad' in capitals")

C("nl1h-101m-ogon-koroidalt-melanom-ej-sagt", V,
  "Ögonkliniken, NU-sjukvården Uddevalla sjukhus", "2024-05-07 10:05", "10:50",
  "1961-12-02", "F",
  [("Status", "Visus hö 1,0, vä 0,6. Vä fundus: pigmenterad prominerande förändring temporalt om papillen, "
    "ca 4 papilldiametrar, orange pigment på ytan."),
   ("Bedömning", "Koroidalt melanom vä öga. Detta har jag inte sagt till pat idag – vill först diskutera med "
    "ögononkologen på S:t Erik och ha UL-mätningen klar. Pat tror att det rör sig om en blödning.")],
  must=[A101], why="eye tumour; first-person 'har jag inte sagt till pat'")

C("nl1h-101m-gyn-missed-abortion-bm-kallar", S,
  "Kvinnokliniken, Centralsjukhuset Kristianstad", "2024-01-18 16:45", "17:20",
  "1989-06-30", "F",
  [("Aktuellt", "Granskat UL-bilderna som barnmorskan sparade från tidigt ultraljud igår eftermiddag."),
   ("Bedömning", "CRL motsvarar v 8+1, ingen hjärtaktivitet – missed abortion. Pat ej underrättad, hon gick hem "
    "innan bilderna granskats. Bm kallar in pat + partner kl 13 i morgon, jag ger beskedet då.")],
  must=[A101], why="pregnancy chapter: missed abortion, 'Pat ej underrättad'")

C("nl1h-101m-uro-prostatacancer-hyrlakare", V,
  "Urologiska kliniken, Skaraborgs Sjukhus Skövde", "2024-05-02 14:30", "15:05",
  "1955-02-14", "M",
  [("Aktuellt", "Provsvar. Undertecknad hyrläkare tar hand om svaret då ordinarie PAL har semester."),
   ("Bedömning", "PAD från transrektala biopsier: prostatacancer Gleason 4+4=8, cancer i 7 av 12 kolvar. "
    "Pat. har inte informerats. Jag har avstått från att ringa honom, han får besked vid besök hos ordinarie urolog 14/5.")],
  must=[A101], why="locum voice: prostate cancer, 'Pat. har inte informerats'")

C("nl1h-101m-psyk-schizofreni-medvetet-ej-delgivit", S,
  "Allmänpsykiatrisk mottagning Malmö Söder, Psykiatri Skåne", "2024-02-27 13:15", "14:40",
  "1997-04-09", "M",
  [("Bedömning", "Sammantaget uppfyller bilden kriterierna för schizofreni. Jag har medvetet inte delgivit pat "
    "diagnosen i nuläget, eftersom han fortfarande är misstänksam mot vården och alliansen är skör. Diagnosen tas upp "
    "när han är mer stabiliserad, troligen inom några veckor."),
   ("Planering", "Fortsatt olanzapin 10 mg till natten. Besök om två veckor med kontaktperson.")],
  must=[A101], why="psychiatry: diagnosis deliberately withheld ('medvetet inte delgivit')")

C("nl1h-101m-endo-tyreoideacancer-ring-inte", V,
  "Endokrinkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "2024-06-11 09:20", "09:35",
  "1980-03-22", "F",
  [("Information", "OBS! Pat ovetande om cytologisvaret. Ring INTE pat – boka besök hos mig."),
   ("Bedömning", "Finnålscytologi (Bethesda VI): papillär tyreoideacancer i hö lob, 2,3 cm. Planeras för "
    "hemityreoidektomi alt. total tyreoidektomi efter MDK.")],
  must=[A101], why="'ovetande' in an Information section placed before the diagnosis")

C("nl1h-101m-med-lungcancer-dikterad-felhorning", S,
  "Medicinkliniken, Ystads lasarett", "2024-03-05 15:00", "2024-03-06 08:40",
  "1947-09-16", "M",
  [("Bedömning", "Datortomografi av thorax visar en spekulerad förändring på cirka tre centimeter i höger överlob "
    "samt förstorade lymfkörtlar i mediastinum, sammantaget förenligt med lungcancer. Patienten är inte informerad om "
    "detta ännu utan besked kommer att ges på lungmottagningen i Lund där fortsatt utredning med bronkoskopi planeras. "
    "Remiss skickad idag.")],
  must=[A101], why="secretary dictation with mishearing typo 'spekulerad' (spikulerad); not informed",
  setting="slutenvård")

C("nl1h-101m-hud-melanom-ej-meddelat", V,
  "Hudkliniken, Södra Älvsborgs Sjukhus Borås", "2024-04-03 12:10", "12:30",
  "1971-10-05", "M",
  [("Bedömning", "PAD: Malignt melanom hö skuldra, SSM, Breslow 2,1 mm, ulceration saknas.\n"
    "Ej meddelat pat ännu. Telefontid bokad fre kl 10.30 – vill hellre ha honom på besök, sekr ombokar.\n"
    "Plan: utvidgad excision 2 cm + remiss sentinel node.")],
  must=[A101], why="skin cancer; short 'Ej meddelat pat ännu' line")

C("nl1h-101m-ssk-i-lakarmall-ms-dr-ringer", S,
  "Neurologiska kliniken, Skånes universitetssjukhus Lund", "2024-09-10 15:20", "15:31",
  "1993-01-28", "F",
  [("Aktuellt", "Tel. samtal med dr Berglund angående MR-svaret."),
   ("Bedömning", "Enl. dr Berglund visar MR hjärna och rygg multipla periventrikulära och spinala lesioner, "
    "bilden förenlig med multipel skleros. Pat är ej informerad. Dr B ringer pat imorgon efter lunch. Pat ringde "
    "själv idag och frågade om svaret, fick veta att läkaren återkommer.")],
  must=[A101], why="nurse writing in the doctor's template: MS, 'Pat är ej informerad'", role="sjuksköterska")

C("nl1h-101m-orto-skelettmetastas-vantar-med-info", V,
  "Ortopedi, Sahlgrenska Universitetssjukhuset Mölndal", "2024-10-08 10:40", "11:55",
  "1951-05-11", "F",
  [("Röntgen", "Rtg hö femur: osteolytisk destruktion proximalt med kortikal genombrytning lateralt – "
    "skelettmetastas, okänd primärtumör."),
   ("Bedömning", "Pat vet ännu inte om fyndet. Vi väntar med informationen tills DT thorax/buk är klar så att vi "
    "kan ge en samlad bild. Avlastning, kryckor, profylaktisk märgspik diskuteras på ortopedkonferens torsdag.")],
  must=[A101], why="diagnosis in Röntgen, 'Pat vet ännu inte' in Bedömning", setting="slutenvård")

C("nl1h-101m-geri-alzheimer-typo-diagnosbesked", S,
  "Minnesmottagningen, Helsingborgs lasarett", "2024-05-16 14:00", "16:15",
  "1963-07-07", "F",
  [("Sammanfattning", "Kognitiv utredning avslutad: MMSE 22/30, typiskt mönster vid neuropsykologisk testning, "
    "likvor med lågt beta-amyloid och förhöjt tau. Alzheimes sjukdom med tidig debut, G30.0. Pat har ännu inte fått "
    "diagnosbesked. Anhörigsamtal och diagnosbesked planeras gemensamt med maken den 3 juni.")],
  must=[A101], why="typo 'Alzheimes'; no diagnosbesked yet")

C("nl1h-101m-kardio-aortastenos-not-informed", V,
  "Kardiologi, NU-sjukvården NÄL Trollhättan", "2024-08-20 13:50", "14:20",
  "1942-04-18", "M",
  [("Bedömning", "Echo idag: svår aortastenos, Vmax 4,8 m/s, AVA 0,7 cm², EF 45 %. Pat not informed yet – vill ha "
    "TAVI-teamets input först, follow-up via tel när heart team-konferensen är klar. Ingen ändring i medicinering tills vidare.")],
  must=[A101], why="English loan words: 'Pat not informed yet'")

C("nl1h-101m-inf-hiv-besked-personligen", S,
  "Infektionskliniken, Skånes universitetssjukhus Malmö", "2024-04-11 11:05", "11:40",
  "1986-02-23", "M",
  [("Lab", "HIV-1/2 ag/ak: reaktivt. Konfirmerande analys positiv. CD4 310."),
   ("Bedömning", "Hiv-infektion, nydiagnostiserad. Pat ännu inte informerad – besked ska ges personligen av "
    "infektionsläkare, inte per telefon. Kallad till mottagningen 18/4, kurator bokad samma dag. Smittspårning "
    "inleds efter beskedet.")],
  must=[A101], why="infection: new HIV, 'ännu inte informerad'")

C("nl1h-101m-endoskopi-koloncancer-besked-ej-lamnat", V,
  "Endoskopienheten, Alingsås lasarett", "2024-02-13 15:35", "15:58",
  "1956-09-01", "F",
  [("Undersökning", "Koloskopi t.o.m. caekum. Cirkulär, lättblödande tumör i sigmoideum ca 25 cm ab ano, "
    "passeras ej med skopet. Px x6. PAD idag: adenocarcinom, måttligt differentierat.\n\n"
    "Besked ej lämnat till pat. Remiss till kirurgen skickad, kirurg tar beskedet på första besöket.")],
  must=[A101], why="'Besked ej lämnat till pat' after a blank line")

C("nl1h-101m-onh-tonsillcancer-efter-mdk", S,
  "Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "2024-03-19 10:25", "11:00",
  "1968-12-12", "M",
  [("Bedömning", "Px hö tonsill: skivepitelcancer, p16-positiv. Pat är inte informerad om svaret än, ska inte heller "
    "informeras förrän ärendet tagits på MDK på onsdag så att han får en behandlingsplan samtidigt. "
    "Kontaktsjuksköterska Åsa ringer och bokar tid.")],
  must=[A101], why="ENT cancer; not informed and not to be informed before MDK")

C("nl1h-101m-med-ventrikelcancer-typo-infomerad", V,
  "Medicinkliniken, Kungälvs sjukhus", "2024-11-05 17:15", "17:48",
  "1946-03-08", "M",
  [("Bedömning", "Hb 78, MCV 68, ferritin <5. Gastroskopi idag: ulcererande tumör i antrum, snabbsvar PAD: "
    "adenocarcinom, ventrikelcancer. Pat ej infomerad om gastroskopifyndet ännu, hann ej innan han somnade efter sedering."),
   ("Planering", "2 E erytrocytkoncentrat. DT thorax/buk för stadieindelning. Samtal med pat och dotter imorgon.")],
  must=[A101], why="typo in the cue 'ej infomerad'", setting="slutenvård")

C("nl1h-101m-genetik-huntington-ej-per-telefon", S,
  "Klinisk genetik, Skånes universitetssjukhus Lund", "2024-08-28 09:00", "09:45",
  "1990-10-25", "F",
  [("Bedömning", "Presymtomatisk testning: HTT-genen visar 44 CAG-repetitioner, d.v.s. anlagsbärare för "
    "Huntingtons sjukdom. Enligt överenskommelse vid förra besöket ska provsvaret inte lämnas per telefon eller brev. "
    "Pat har alltså inte fått resultatet ännu. Svarssamtal med genetisk vägledare bokat 12/9, pat har valt att ta med "
    "sin syster.")],
  must=[A101], why="genetic diagnosis; 'har alltså inte fått resultatet ännu'")

C("nl1h-101m-njur-iga-terse", V,
  "Njurmedicin, Sahlgrenska Universitetssjukhuset", "2024-05-08 08:15", "08:20",
  "1995-07-14", "M",
  [("Bedömning", "Njurbx 2/5: IgA-nefropati, MEST-C M1 E0 S1 T0 C0. Har ej informerat pat, ses 21/5. "
    "Start ACE-hämmare då. U-alb/krea 140, krea 98, BT 142/90 vid senaste besök.")],
  must=[A101], why="terse nephrology note: 'Har ej informerat pat'")

C("nl1h-101m-reuma-systemisk-skleros-installt-utkast", S,
  "Reumatologiska kliniken, Skånes universitetssjukhus Malmö", "2024-06-04 16:30", None,
  "1975-11-29", "F",
  [("Aktuellt", "Återkommer efter kapillärmikroskopi och antikroppsanalys."),
   ("Bedömning", "Scl-70 starkt positiv, kapillärmikroskopi med megakapillärer och avaskulära områden, "
    "hudförtjockning på fingrar och underarmar. Diagnos: systemisk skleros, diffus kutan form. Pat har inte fått "
    "beskedet – dokumentationen görs före besöket, som blev inställt pga sjukdom hos pat. Ny tid nästa vecka, besked ges då.")],
  must=[A101], why="unsigned draft: systemic sclerosis, visit cancelled so not yet told")

C("nl1h-101m-psyk-bipolar-ej-under-skov", V,
  "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset Östra", "2024-07-15 14:10", "15:30",
  "1999-09-09", "F",
  [("Bedömning", "Aktuellt maniskt skov med psykotiska inslag, tidigare en svår depressiv episod 2022. Uppfyller "
    "kriterier för bipolär sjukdom typ I. Pat ska inte informeras om diagnosen under pågående skov – hon är för "
    "närvarande inte mottaglig och har reagerat med stark agitation när psykisk sjukdom nämnts. Tas upp när hon är "
    "euthym, ansvarig överläkare beslutar.")],
  must=[A101], why="'ska inte informeras om diagnosen' during manic episode", setting="slutenvård")

C("nl1h-101m-kk-trisomi21-foster", V,
  "Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "2024-09-24 12:45", "13:10",
  "1985-01-04", "F",
  [("Bedömning", "Svar på fostervattenprov (QF-PCR) i graviditetsvecka 16+4: trisomi 21 hos fostret. Pat och "
    "partner är inte informerade ännu. Fostermedicinsk läkare ringer och bokar in dem till samtal i morgon, "
    "beskedet ges inte per telefon.")],
  must=[A101], why="congenital/pregnancy: trisomy 21 in fetus, couple not informed")

C("nl1h-101m-med-myelom-hematologen-tar-over", S,
  "Medicinkliniken, Hässleholms sjukhus", "2024-10-15 13:35", "14:00",
  "1954-06-17", "F",
  [("Lab", "Elfores: M-komponent IgG-kappa 38 g/L. Kreatinin 142, Ca 2,71."),
   ("Bedömning", "Benmärgsbiopsi 30 % klonala plasmaceller. Multipelt myelom. Pat ej informerad, hematologen i Lund "
    "tar över och lämnar besked på nybesöket. Jag har pratat med dem per tel.")],
  must=[A101], why="blood chapter: myeloma, 'Pat ej informerad', another clinic will tell")

C("nl1h-101m-nkir-gliom-not-aware", V,
  "Neurokirurgi, Sahlgrenska Universitetssjukhuset", "2024-12-03 19:20", "2024-12-04 07:55",
  "1967-08-08", "M",
  [("Bedömning", "MRT hjärna med kontrast: ringladdande expansivitet vä temporallob, 4x3 cm, ödem, midline shift "
    "4 mm. Radiologiskt höggradigt gliom, sannolikt glioblastom. Pat is not aware yet – familjen har bett om att få vara "
    "med när beskedet ges. Betapred 8 mg x 2, work-up inför resektion.")],
  must=[A101], why="code-switching 'Pat is not aware yet'", setting="slutenvård")

C("nl1h-101m-kir-pankreas-dx-bed-plan", S,
  "Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "2024-03-07 14:55", "15:25",
  "1957-10-21", "M",
  [("Bedömning", "Dx: Tumör i pankreashuvudet med gallvägsobstruktion, bild som vid pankreascancer (DT pankreasprotokoll 3/3).\n"
    "Bed: Ej resektabel pga kärlöverväxt på SMA. Pat ej informerad om DT-svaret, han tror att gulsoten beror på gallsten.\n"
    "Plan: ERCP med stent måndag, därefter samtal med pat och hustru tillsammans med kontaktssk.")],
  must=[A101], why="Dx:/Bed:/Plan: lines inside one section; not informed", setting="slutenvård")

C("nl1h-101m-lung-ipf-information-egen-sektion", V,
  "Lungmedicin, Skaraborgs Sjukhus Skövde", "2024-04-16 11:30", "12:15",
  "1950-02-26", "M",
  [("Röntgen", "HRCT: basalt och subpleuralt dominerande honeycombing och traktionsbronkiektasier, UIP-mönster."),
   ("Bedömning", "Idiopatisk lungfibros (IPF). Spirometri: FVC 68 % av förväntat, DLCO 45 %."),
   ("Information", "Pat har ännu inte fått veta vad HRCT visat, han kommer på besök 30/4 tillsammans med sin son.")],
  must=[A101], why="not-told statement in its own Information section after the diagnosis")

C("nl1h-101m-gyn-cervixcancer-typo-bortrest", S,
  "Kvinnokliniken, Skånes universitetssjukhus Lund", "2024-03-15 10:10", "10:45",
  "1981-05-19", "F",
  [("Bedömning", "Kolposkopi med px 12/3: invasiv skivepitelcanser i cervix, kliniskt stadium IB1 enl. palpation. "
    "Pat har inte fått besked ännu, hon är bortrest till mitten av nästa vecka. MR lilla bäckenet beställd."),
   ("Planering", "Kallas till läkarbesök 25/3 med kontaktsjuksköterska. Tas upp på gyn-onk-ronden.")],
  must=[A101], why="typo in the diagnosis 'skivepitelcanser'; patient away, not told")

# ---------------------------------------------------------------------------------------
# NL101 must_not: Melior notes where the patient is told, somebody else is not, the
# not-told item is no diagnosis, or the diagnosis sits in Tidiga hypoteser.
# ---------------------------------------------------------------------------------------
C("nl1h-101n-onk-ovarialrecidiv-informerad-fattning", S,
  "Onkologiska kliniken, Skånes universitetssjukhus Lund", "2024-04-09 14:20", "15:00",
  "1964-08-13", "F",
  [("Bedömning", "Recidiv av ovarialcancer med peritoneal karcinos enl. DT, CA-125 stigande till 640. Pat informerad "
    "om recidivet idag och tog det med fattning, hade själv anat det. Hon vill fortsätta behandling."),
   ("Planering", "Karboplatin/PLD, start v 16. Kontaktsjuksköterskan följer upp per telefon.")],
  must_not=[A101], why="patient informed of recurrence today")

C("nl1h-101n-onk-njurcancer-barnen-ska-ej-veta", V,
  "Onkologi, Sahlgrenska Universitetssjukhuset", "2024-03-26 10:30", "11:10",
  "1960-12-30", "M",
  [("Bedömning", "Pat informerad om att njurcancern spridit sig till lungorna. Han önskar att de vuxna barnen inte "
    "informeras ännu, vill själv berätta efter sonens bröllop i maj. Respekteras. Start kabozantinib diskuteras nästa vecka.")],
  must_not=[A101], why="relatives not informed, the patient is")

C("nl1h-101n-kir-ljumskbrack-ej-info-op-datum", S,
  "Kirurgiska kliniken, Trelleborgs lasarett", "2024-02-20 09:40", "10:05",
  "1976-04-02", "M",
  [("Bedömning", "Indirekt ljumskbråck hö, reponibelt, symtomgivande vid lyft i arbetet. Anmäld för laparoskopisk TEP "
    "efter genomgång av risker."),
   ("Planering", "Pat ej informerad om operationsdatum ännu, planeringssköterskan skickar kallelse.")],
  must_not=[A101], why="'ej informerad' concerns the operation date, not the diagnosis")

C("nl1h-101n-tidiga-hypoteser-mall-skane-pankreas", S,
  "Medicinkliniken, Landskrona lasarett", "2024-05-21 15:10", "15:40",
  "1959-03-15", "M",
  [("Bedömning", "Misstänkt pankreascancer utifrån viktnedgång, nydebuterad diabetes och vidgad pankreasgång på UL. "
    "Pat ej informerad om misstanken. DT pankreas beställd med förtur.")],
  must_not=[A101], why="Skåne: the whole note is in the Tidiga hypoteser template, so nothing is visible",
  tpl="Tidiga hypoteser")

C("nl1h-101n-vgr-sokord-tidiga-hypoteser-mds", V,
  "Medicinkliniken, Alingsås lasarett", "2024-06-18 13:25", "13:55",
  "1949-10-10", "M",
  [("Aktuellt", "Kommer för uppföljning av blodvärdet. Mår bra, promenerar dagligen."),
   ("Tidiga hypoteser", "Hög misstanke om myelodysplastiskt syndrom med tanke på makrocytos och bicytopeni. "
    "Benmärgsprov planeras. Ej kommunicerat med pat.")],
  must_not=[A101], why="VGR: diagnosis and not-told statement only under sökord Tidiga hypoteser")

C("nl1h-101n-lunga-tidigare-ej-nu-informerad", S,
  "Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "2024-03-18 13:00", "13:50",
  "1956-01-31", "F",
  [("Aktuellt", "Vid förra kontakten 4/3 var pat ännu inte informerad om PAD. Idag diagnosbesked tillsammans med maken."),
   ("Bedömning", "Icke-småcellig lungcancer, adenocarcinom med EGFR-mutation i exon 19. Pat informerad om diagnosen "
    "och att behandlingen syftar till att bromsa sjukdomen. Osimertinib startas.")],
  must_not=[A101], why="not-informed is in the past; told today")

C("nl1h-101n-brost-ingen-malignitet-ringer-imorgon", V,
  "Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "2024-10-17 16:05", "16:20",
  "1979-07-23", "F",
  [("Bedömning", "Mellannålsbiopsi vä bröst: inga maligna celler, normal bröstvävnad. Pat ej informerad om svaret än, "
    "ringer henne imorgon förmiddag. Ingen ytterligare åtgärd planeras, mammografi enl. screeningprogram.")],
  must_not=[A101], why="not informed, but the only diagnosis mention is negated (no malignancy)")

C("nl1h-101n-med-barrett-besked-per-telefon", S,
  "Medicinkliniken, Ängelholms sjukhus", "2024-01-24 10:15", "10:30",
  "1967-11-11", "M",
  [("Aktuellt", "Telefonkontakt. Ringt pat och lämnat besked om att gastroskopin visade Barretts esofagus utan dysplasi."),
   ("Bedömning", "Fortsatt PPI i full dos. Ny skopi med px om tre år enligt riktlinjer, pat införstådd.")],
  must_not=[A101], why="diagnosis given to the patient by phone")

C("nl1h-101n-palliativ-kanner-diagnos-vill-ej-prognos", V,
  "Palliativ enhet, Skaraborgs Sjukhus Lidköping", "2024-07-03 11:00", "11:45",
  "1943-06-06", "F",
  [("Bedömning", "Pat känner till sin diagnos, metastaserad bröstcancer, men har tydligt sagt att hon inte vill ha "
    "information om förväntad överlevnad. Vi pratar om symtomlindring och om vad som är viktigt för henne just nu.")],
  must_not=[A101], why="patient knows the diagnosis and declines prognosis only")

C("nl1h-101n-uro-blascancer-besked-av-kollega", S,
  "Urologiska kliniken, Helsingborgs lasarett", "2024-04-25 13:40", "14:25",
  "1951-09-19", "M",
  [("Bedömning", "Blåscancer, muskelinvasiv T2 enl. PAD efter TURB. Diagnosbesked gavs av dr Holm 2/4. Idag "
    "genomgång av cystektomi respektive strålbehandling, pat vill fundera och återkommer.")],
  must_not=[A101], why="told earlier by a colleague")

C("nl1h-101n-diabetes-lipider-per-brev-utkast", V,
  "Diabetesmottagningen, NU-sjukvården Uddevalla sjukhus", "2024-02-29 15:45", None,
  "1972-12-18", "M",
  [("Bedömning", "Typ 2-diabetes, HbA1c 71 och fP-glukos 11,2. Pat informerad om diagnosen idag och fick skriftlig "
    "info. Lipidprovet är inte klart, pat informeras om resultatet per brev."),
   ("Planering", "Metformin 500 mg x 2 i upptrappning, dsk-besök om 4 v.")],
  must_not=[A101], why="unsigned draft: diagnosis told; only a pending lab value is not")

C("nl1h-101n-inf-tbc-tolk-typo", S,
  "Infektionskliniken, Helsingborgs lasarett", "2024-11-13 10:50", "11:30",
  "1990-03-03", "M",
  [("Bedömning", "Lungtuberkolos, odling och PCR positiva, känslig stam. Pat informerad via arabisktalande "
    "telefontolk om diagnos, smittsamhet och behandlingens längd. Smittskyddsanmälan gjord.")],
  must_not=[A101], why="typo 'Lungtuberkolos'; informed through an interpreter")

C("nl1h-101n-reuma-sle-kand-sedan-2019", V,
  "Reumatologi, Sahlgrenska Universitetssjukhuset", "2024-05-29 09:30", "10:10",
  "1969-04-24", "F",
  [("Aktuellt", "Känd SLE sedan 2019, pat väl insatt i sin sjukdom. Nu ledvärk och trötthet sedan tre veckor."),
   ("Bedömning", "Lindrigt skov av SLE med artrit, komplement sjunkande. Prednisolon 15 mg med nedtrappning, "
    "ny kontroll om fyra veckor.")],
  must_not=[A101], why="long-known diagnosis, nothing about not informing")

C("nl1h-101n-hjart-dcm-dikterad-informerades", S,
  "Hjärtkliniken, Skånes universitetssjukhus Lund", "2024-06-26 17:00", "2024-06-27 08:30",
  "1947-02-09", "M",
  [("Information", "Patienten och hans maka informerades i eftermiddag om att ekokardiografin visar en dilaterad "
    "kardiomyopati med kraftigt nedsatt pumpförmåga. De fick möjlighet att ställa frågor och samtliga frågor besvarades. "
    "Fortsatt vård på avdelningen.")],
  must_not=[A101], why="dictation: patient and wife were informed", setting="slutenvård")

C("nl1h-101n-geri-hemtjansten-ej-informerad", V,
  "Geriatrik, Sahlgrenska Universitetssjukhuset Mölndal", "2024-08-07 14:05", "14:30",
  "1936-01-15", "F",
  [("Bedömning", "Höftfraktur vä opererad med hemiprotes, mobiliseras med rollator, smärtfri på paracetamol."),
   ("Planering", "Utskrivningsklar imorgon. Hemtjänsten ej informerad om hemgången ännu, avd-ssk kontaktar dem via SAMSA.")],
  must_not=[A101], why="home care is not informed, not the patient", setting="slutenvård")

C("nl1h-101n-endo-graves-last-sjalv-1177", S,
  "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "2024-09-17 11:15", "11:50",
  "1988-08-16", "F",
  [("Bedömning", "Graves sjukdom, TRAK 12, fT4 42. Pat hade redan själv läst provsvaret i 1177 och googlat, vi gick "
    "igenom diagnosen ordentligt idag. Tiamazol 20 mg, kontroll av prover om 4 veckor.")],
  must_not=[A101], why="patient read the result herself and diagnosis was discussed")

C("nl1h-101n-celiaki-dietist-info-kommer", V,
  "Medicinmottagningen, Kungälvs sjukhus", "2024-02-08 10:40", "11:00",
  "1998-05-27", "F",
  [("Bedömning", "Celiaki bekräftad, tTG-IgA >100 och PAD Marsh 3b. Pat informerad. Hon kommer att få information "
    "om glutenfri kost av dietist, tid ej bokad ännu. Järntillskott i tre månader.")],
  must_not=[A101], why="future information concerns diet; diagnosis told")

C("nl1h-101n-psyk-adhd-asterisklista", S,
  "Vuxenpsykiatrimottagningen Lund, Psykiatri Skåne", "2024-10-01 14:45", "15:20",
  "2002-02-11", "M",
  [("Sammanfattning", "* Neuropsykiatrisk utredning klar\n* Dx: ADHD, kombinerad form (F90.0)\n"
    "* Återkopplat till pat idag, han kände igen sig i beskrivningen\n* Läkemedelsbehandling diskuteras vid nästa besök")],
  must_not=[A101], why="asterisk list: ADHD fed back to the patient today")

C("nl1h-101n-barn-diabetes-foraldrar-informerade", V,
  "Barnmedicin, Drottning Silvias barnsjukhus", "2024-01-10 13:30", "14:05",
  "2016-09-14", "F",
  [("Bedömning", "Typ 1-diabetes, debut med lätt ketoacidos, nu pH 7,36. Föräldrarna informerade om diagnosen igår, "
    "Alva själv på ett sätt anpassat för hennes ålder. Diabetesskola påbörjas idag med diabetessjuksköterska.")],
  must_not=[A101], why="child under 13: parents and child told", setting="slutenvård")

C("nl1h-101n-med-dt-svar-ej-kommit-utkast", S,
  "Medicinkliniken, Centralsjukhuset Kristianstad", "2024-11-20 16:20", None,
  "1960-06-22", "M",
  [("Aktuellt", "Genomgått DT buk igår på vår remiss. Pat ej informerad om svaret, då det inte kommit än. "
    "Ringer honom när radiologen svarat, senast fredag.")],
  must_not=[A101], why="unsigned draft: not informed, but no diagnosis written at all")

C("nl1h-101n-neuro-myasteni-typo-diagnosn", V,
  "Neurologi, Södra Älvsborgs Sjukhus Borås", "2024-04-30 10:55", "11:25",
  "1979-01-06", "F",
  [("Bedömning", "Myasthenia gravis, AChR-ak positiva och dekrement vid repetitiv stimulering. Pat informerad om "
    "diagnosn och om att tymom ska uteslutas med DT thorax. Mestinon 60 mg x 3.")],
  must_not=[A101], why="typo 'diagnosn'; patient informed")

C("nl1h-101n-beroende-arbetsgivare-ska-ej-veta", S,
  "Beroendecentrum Malmö, Psykiatri Skåne", "2024-08-13 13:10", "13:40",
  "1983-03-29", "M",
  [("Bedömning", "Alkoholberoende, AUDIT 27, PEth 1,8. Pat informerad och motiverad för behandling. Enligt pat "
    "önskan ska arbetsgivaren inte informeras om diagnosen; intyget till arbetsgivaren skrivs utan diagnos.")],
  must_not=[A101], why="the employer must not be told; the patient is informed")

C("nl1h-101n-onk-kopierad-rad-sedan-uppdatering", V,
  "Onkologi, Skaraborgs Sjukhus Skövde", "2024-03-14 15:30", "16:05",
  "1955-04-04", "M",
  [("Aktuellt", "[Kopierat från 12/3] Pat ej informerad om PET-svaret.\n"
    "[Uppdatering 14/3] Pat informerad av PAL om levermetastaser vid PET, frågor besvarade, pat ledsen men samlad.")],
  must_not=[A101], why="copy-forward line is superseded by an update saying the patient was informed",
  setting="slutenvård")

C("nl1h-101n-orto-karpaltunnel-ingen-info-namnd", S,
  "Ortopediska kliniken, Hässleholms sjukhus", "2024-09-05 08:50", "09:20",
  "1972-07-31", "F",
  [("Status", "Positivt Phalens och Tinels tecken hö, nedsatt tvåpunktsdiskrimination dig I–III."),
   ("Bedömning", "Karpaltunnelsyndrom hö, bekräftat med neurografi. Anmäls för op i lokalbedövning, "
    "nattskena under väntetiden.")],
  must_not=[A101], why="confirmed diagnosis, no statement about informing at all")

C("nl1h-101n-onh-otoskleros-horcentral-ej-info", V,
  "Öron-näs-halsmottagningen, NU-sjukvården NÄL Trollhättan", "2024-10-23 14:15", "14:40",
  "1975-10-13", "M",
  [("Bedömning", "Otoskleros bilat, vä>hö, konduktiv hörselnedsättning 35 dB vä. Pat önskar stapedotomi vä och "
    "sätts upp på op-lista. Hörcentralen ej informerad ännu, remiss för hörapparat hö skickas."),
   ("Planering", "Op-anmälan gjord.")],
  must_not=[A101], why="the hearing centre is not informed; nothing says the patient is not")

C("nl1h-101n-neuro-parkinson-dikterad-har-informerat", S,
  "Neurologiska kliniken, Skånes universitetssjukhus Malmö", "2024-12-10 10:20", "2024-12-11 09:00",
  "1958-05-08", "M",
  [("Bedömning", "Vid dagens besök har jag informerat patienten om att det rör sig om en Parkinsons sjukdom med "
    "högersidig dominans. Vi har gått igenom behandlingsalternativ och han vill börja med levodopa. "
    "Parkinsonsjuksköterskan kontaktar honom inom två veckor.")],
  must_not=[A101], why="dictation: doctor has informed the patient")

C("nl1h-101n-kardio-hcm-fragade-om-informerad", V,
  "Hjärtsviktsmottagningen, Sahlgrenska Universitetssjukhuset", "2024-11-26 13:00", "13:35",
  "1965-02-20", "F",
  [("Anamnes", "Frågade pat om hon var informerad om diagnosen – det var hon, via kardiologen i Borås i höstas."),
   ("Bedömning", "Hypertrofisk kardiomyopati, septum 21 mm, ingen vilogradient. Betablockad fortsätter, "
    "Holter och kardio-MR inför riskvärdering.")],
  must_not=[A101], why="question form: 'informerad' answered yes")

# ---------------------------------------------------------------------------------------
# NL102 must: hedged diagnosis in a visible Melior section.
# ---------------------------------------------------------------------------------------
C("nl1h-102m-akut-trol-pyelonefrit", V,
  "Akutmottagningen, Sahlgrenska Universitetssjukhuset", "2024-02-02 22:15", "23:05",
  "1980-10-09", "F",
  [("Bedömning", "43-årig kvinna med feber 39,4, frossa och dunkömhet hö flank. CRP 187, LPK 16. Trol. pyelonefrit hö. "
    "Urinodling och blododling x2 tagna."),
   ("Åtgärd", "Inj. cefotaxim 1 g x 3, läggs in på infektionsavdelningen.")],
  must=[A102], why="'Trol.' before the diagnosis", setting="akut")

C("nl1h-102m-med-susp-lungembolli-typo", S,
  "Medicinkliniken, Ystads lasarett", "2024-01-29 03:20", "04:10",
  "1952-12-24", "F",
  [("Bedömning", "Plötslig dyspné sedan igår kväll, takykardi 112, saturation 89 % på luft, D-dimer 3,2. "
    "Susp. lungembolli. DT-angio beställd, Innohep 18 000 E sc i väntan på svar.")],
  must=[A102], why="'Susp.' with typo 'lungembolli'", setting="akut")

C("nl1h-102m-neuro-gbs-dikterad", V,
  "Neurologi, Sahlgrenska Universitetssjukhuset", "2024-10-11 18:40", "2024-10-12 10:00",
  "1990-05-05", "M",
  [("Bedömning", "Patienten inkommer med en vecka av tilltagande svaghet i benen som nu även engagerar armarna, och "
    "han hade en magsjuka för tre veckor sedan. Reflexerna är utsläckta i nedre extremiteterna. Misstänkt "
    "Guillain-Barrés syndrom och vi planerar lumbalpunktion och neurografi i morgon.")],
  must=[A102], why="dictated: 'Misstänkt Guillain-Barrés syndrom' mid-paragraph", setting="slutenvård")

C("nl1h-102m-kardio-dd-perimyokardit-vs-aks", S,
  "Hjärtkliniken, Helsingborgs lasarett", "2024-06-14 12:30", "13:15",
  "2001-08-18", "M",
  [("Bedömning", "Bröstsmärta lägesberoende, diffusa ST-höjningar, TnT 240 → 310. DD perimyokardit vs. akut koronart "
    "syndrom; angio ej indicerat enl. bakjour i nuläget. MR hjärta under vårdtiden.")],
  must=[A102], why="'DD X vs. Y'", setting="slutenvård")

C("nl1h-102m-ogon-fragetecken-temporalisarterit", V,
  "Ögonmottagningen, Skaraborgs Sjukhus Skövde", "2024-03-01 09:10", "09:40",
  "1944-11-07", "F",
  [("Aktuellt", "Plötslig synnedsättning hö sedan igår. Visus hö 0,1, RAPD hö, blek svullen papill.\n"
    "Bed: ?Temporalisarterit (AAION). SR 88, CRP 54.\n"
    "Plan: Prednisolon 60 mg idag, remiss reuma + temporalisbiopsi.")],
  must=[A102], why="leading question mark '?Temporalisarterit'")

C("nl1h-102m-onh-sannolikt-meniere", S,
  "ÖNH-mottagningen, Helsingborgs lasarett", "2024-09-19 10:35", "11:00",
  "1973-03-13", "F",
  [("Bedömning", "Återkommande yrselattacker med tinnitus och lockkänsla vä, audiogram med lågfrekvent sensorineural "
    "nedsättning vä. Sannolikt Ménières sjukdom. Betahistin prövas, saltreduktion.")],
  must=[A102], why="ear: 'Sannolikt Ménières sjukdom'")

C("nl1h-102m-hud-mojlig-pyoderma-radbrytningar", V,
  "Hudmottagningen, Sahlgrenska Universitetssjukhuset", "2024-07-09 13:20", "13:45",
  "1978-01-25", "F",
  [("Status", "Vä underben: 4 cm ulcus med under-\nminerade, violetta kanter,\nsmärtsamt. Pat har känd\nulcerös kolit."),
   ("Bedömning", "Möjlig pyoderma gangrenosum. Px från kanten tagen,\nodling tagen. Klobetasol lokalt\ni väntan på PAD.")],
  must=[A102], why="copy-paste with odd line breaks: 'Möjlig pyoderma gangrenosum'")

C("nl1h-102m-akut-scafoidfraktur-kan-ej-uteslutas", S,
  "Akutmottagningen, Skånes universitetssjukhus Malmö", "2024-12-14 20:05", "20:40",
  "2005-04-01", "M",
  [("Bedömning", "Fall på utsträckt hand vid fotboll, ömhet i fossa tabatière. Rtg utan säker fraktur men "
    "scafoidfraktur kan ej uteslutas. Scafoidgips och ny rtg eller MR om 10–14 dagar.")],
  must=[A102], why="injury: 'kan ej uteslutas' after the diagnosis", setting="akut")

C("nl1h-102m-barn-trol-kawasaki-utkast", V,
  "Barnmedicin, Drottning Silvias barnsjukhus", "2024-05-23 15:50", None,
  "2021-02-17", "M",
  [("Bedömning", "Feber sedan 6 dygn, bilateral konjunktival injektion utan sekret, jordgubbstunga, ödem på händer "
    "och fötter. Trol. Kawasakis sjukdom. Ekokardiografi idag, diskuteras med barnkardiolog angående IVIG.")],
  must=[A102], why="unsigned draft, child under 13: 'Trol. Kawasakis sjukdom'", setting="slutenvård")

C("nl1h-102m-gyn-misstankt-extrauterin", S,
  "Kvinnokliniken, Helsingborgs lasarett", "2024-08-03 01:30", "02:10",
  "1995-03-03", "F",
  [("Status", "Amenorré 7 v, pos. hCG 1850, smärta vä fossa. VUL: tom uterus, ingen säker intrauterin graviditet, "
    "liten resistens vä adnex."),
   ("Bedömning", "Misstänkt extrauterin graviditet vä. Nytt hCG om 48 h, akut åter vid ökad smärta.")],
  must=[A102], why="pregnancy: 'Misstänkt extrauterin graviditet'", setting="akut")

C("nl1h-102m-neo-trol-ttn-dd-sepsis", V,
  "Neonatalavdelningen, Södra Älvsborgs Sjukhus Borås", "2024-05-02 08:30", "09:15",
  "2024-05-02", "F",
  [("Bedömning", "Fullgången flicka, snitt utan värkar. Takypné 80/min och lätta indragningar från 1 timmes ålder, "
    "saturation 93 %. Trol. TTN, DD tidig neonatal sepsis. CRP, blododling, bensylpenicillin + gentamicin i väntan "
    "på odlingssvar.")],
  must=[A102], why="perinatal: 'Trol. TTN, DD neonatal sepsis'", setting="slutenvård")

C("nl1h-102m-endo-ev-cushing", S,
  "Endokrinologiska kliniken, Skånes universitetssjukhus Lund", "2024-02-15 14:10", "14:55",
  "1985-09-12", "F",
  [("Bedömning", "Viktuppgång, striae, proximal muskelsvaghet, nydebuterad hypertoni. Dexametasonhämningstest utan "
    "suppression (kortisol 180 nmol/L). Ev. Cushings syndrom – dygnsurin och sen-kvällssalivkortisol beställt.")],
  must=[A102], why="endocrine: 'Ev. Cushings syndrom'")

C("nl1h-102m-psyk-trolig-eips", V,
  "Psykiatrisk mottagning, Kungälvs sjukhus", "2024-04-18 10:00", "11:20",
  "2002-06-29", "F",
  [("Bedömning", "Återkommande självskadehandlingar, instabila relationer, kronisk tomhetskänsla. Trolig "
    "emotionellt instabil personlighetsstörning, men fortsatt utredning (SCID-5-PD) behövs innan ställningstagande. "
    "Bedömning inför DBT.")],
  must=[A102], why="psychiatry: 'Trolig ... personlighetsstörning'")

C("nl1h-102m-inf-susp-neuroborrelois-typo", S,
  "Infektionskliniken, Centralsjukhuset Kristianstad", "2024-08-21 11:45", "12:20",
  "1963-11-30", "M",
  [("Bedömning", "Facialispares vä sedan tre dagar, fästingbett i juni, huvudvärk. Susp. neuroborrelois – LP idag "
    "med Borrelia-ak i likvor och serum. Doxycyklin startas om pleocytos.")],
  must=[A102], why="typo in diagnosis 'neuroborrelois' after 'Susp.'")

C("nl1h-102m-hem-misstanke-om-itp", V,
  "Hematologi, NU-sjukvården Uddevalla sjukhus", "2024-09-03 16:00", "16:30",
  "1991-12-08", "F",
  [("Lab", "TPK 14, övrigt blodstatus ua, utstryk utan fragmentocyter."),
   ("Bedömning", "Misstanke om immunologisk trombocytopeni (ITP). Petekier på benen, ingen slemhinneblödning. "
    "Prednisolon 1 mg/kg.")],
  must=[A102], why="blood: 'Misstanke om ... (ITP)'")

C("nl1h-102m-gastro-crohn-tb-kan-inte-uteslutas", S,
  "Medicinkliniken, Skånes universitetssjukhus Malmö", "2024-07-24 15:10", "2024-07-25 08:15",
  "1996-02-02", "M",
  [("Bedömning", "Bilden med terminal ileit och fistulerande förändringar talar för Crohns sjukdom, men med tanke "
    "på att patienten nyligen vistats i Somalia kan intestinal tuberkulos inte uteslutas. Vi avvaktar därför med "
    "immunsuppression tills Quantiferon och odlingar från biopsierna besvarats.")],
  must=[A102], why="dictated differential: 'kan intestinal tuberkulos inte uteslutas'", setting="slutenvård")

C("nl1h-102m-uro-mojligen-uretarsten", V,
  "Urologi, Skaraborgs Sjukhus Skövde", "2024-01-07 04:25", "05:00",
  "1979-05-21", "M",
  [("Bedömning", "Bed: Kolikartad smärta vä flank med utstrålning till ljumsken, mikroskopisk hematuri, afebril. "
    "Möjligen uretärsten vä. DT-urografi akut. Diklofenak supp 50 mg.")],
  must=[A102], why="'Möjligen uretärsten'", setting="akut")

C("nl1h-102m-reuma-pmr-fragetecken-utkast", S,
  "Reumatologiska mottagningen, Centralsjukhuset Kristianstad", "2024-10-29 09:05", None,
  "1950-07-19", "F",
  [("Aktuellt", "Remiss från vc. Stelhet och värk i skuldror och höfter sedan sex veckor, värst på morgonen."),
   ("Bedömning", "CRP 60, SR 55. PMR? Prednisolon 15 mg, kontroll om 2 v.")],
  must=[A102], why="unsigned draft, trailing question mark 'PMR?'")

C("nl1h-102m-geri-sannol-lewy-body", V,
  "Geriatrik, Sahlgrenska Universitetssjukhuset Mölndal", "2024-06-05 13:40", "14:15",
  "1943-01-13", "M",
  [("Bedömning", "Fluktuerande kognition, visuella hallucinationer (ser barn i trädgården), lätt parkinsonism. "
    "Sannol. Lewy body-demens. DAT-scan beställd. Undvik neuroleptika!")],
  must=[A102], why="'Sannol.' abbreviation")

C("nl1h-102m-neuro-misstamkt-jme-typo", S,
  "Neurologiska kliniken, Skånes universitetssjukhus Lund", "2024-11-08 10:30", "11:10",
  "2004-10-30", "F",
  [("Bedömning", "Första generaliserade tonisk-kloniska anfallet i samband med sömnbrist, tidigare myoklonier på "
    "morgnarna. Misstämkt juvenil myoklonisk epilepsi. EEG med sömndeprivation och MR hjärna.")],
  must=[A102], why="typo in the cue 'Misstämkt'")

C("nl1h-102m-kir-appendicit-dd-ovarialtorsion", V,
  "Kirurgi, Södra Älvsborgs Sjukhus Borås", "2024-03-23 21:10", "21:45",
  "2006-09-04", "F",
  [("Bedömning", "Buksmärta som vandrat till hö fossa, släppömhet, CRP 45. Trol. appendicit, DD ovarialtorsion hö. "
    "Gynkonsult + UL, fastande, dropp.")],
  must=[A102], why="digestive: 'Trol. appendicit, DD ...'", setting="akut")

C("nl1h-102m-onk-eventuellt-recidiv", S,
  "Onkologiska kliniken, Skånes universitetssjukhus Lund", "2024-02-22 14:25", "15:00",
  "1966-04-16", "F",
  [("Bedömning", "Opererad för bröstcancer vä 2019. Nu ländryggssmärta sedan 2 mån och stegrat ALP. Eventuellt "
    "recidiv med skelettmetastaser – skelettscint och DT thorax/buk beställda.")],
  must=[A102], why="tumour: 'Eventuellt recidiv med skelettmetastaser'")

C("nl1h-102m-lung-sarkoidos-asterisk", V,
  "Lungmottagningen, Sahlgrenska Universitetssjukhuset", "2024-10-02 11:05", "11:30",
  "1988-12-01", "M",
  [("Bedömning", "* Bilaterala hilära lymfkörtlar på lungröntgen\n* Erythema nodosum i våras\n* S-ACE 95\n"
    "* Sarkoidos? → bronkoskopi med EBUS\n* Ögonkonsult för uveitscreening")],
  must=[A102], why="asterisk list with 'Sarkoidos?'")

C("nl1h-102m-akut-misstankt-paracetamolforgiftning", S,
  "Akutmottagningen, Helsingborgs lasarett", "2024-06-01 02:40", "03:30",
  "2005-11-22", "F",
  [("Bedömning", "Hittad av kompis, oklart intag, tom kartong paracetamol 500 mg bredvid. Misstänkt "
    "paracetamolförgiftning. P-paracetamol, leverstatus, acetylcystein enligt Giftinformationscentralen.")],
  must=[A102], why="poisoning: 'Misstänkt paracetamolförgiftning'", setting="akut")

C("nl1h-102m-kardio-mojligen-takotsubo", V,
  "Medicinkliniken, Alingsås lasarett", "2024-04-27 09:15", "10:00",
  "1955-08-03", "F",
  [("Bedömning", "Bröstsmärta efter dödsbesked i familjen, TnT 450, apikal ballongering på eko. Möjligen "
    "Takotsubo-kardiomyopati. Koronarangiografi som work-up, ACE-hämmare och betablockad.")],
  must=[A102], why="'Möjligen Takotsubo-kardiomyopati'", setting="slutenvård")

C("nl1h-102m-kardio-misstankt-marfan-utkast", S,
  "Hjärtkliniken, Skånes universitetssjukhus Lund", "2024-07-02 13:00", None,
  "2006-01-21", "M",
  [("Bedömning", "Lång (196 cm), arachnodaktyli, ektopia lentis enl. ögonmottagningen, aortarot 44 mm. "
    "Misstänkt Marfans syndrom; FBN1-analys och genetisk vägledning remitteras.")],
  must=[A102], why="unsigned draft, congenital: 'Misstänkt Marfans syndrom'")

C("nl1h-102m-endo-trol-subakut-tyreoidit", V,
  "Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "2024-11-14 10:20", "10:50",
  "1982-06-10", "F",
  [("Aktuellt", "Öm struma sedan 2 v efter förkylning, hjärtklappning, svettningar."),
   ("Lab", "fT4 38, TSH <0,01, SR 70."),
   ("Bedömning", "Trol. subakut tyreoidit (de Quervain). Propranolol vb, NSAID.")],
  must=[A102], why="eponym with 'Trol.'")

C("nl1h-102m-akut-sannolikt-vasovagal-synkope", S,
  "Akutmottagningen, Skånes universitetssjukhus Lund", "2024-09-27 14:50", "15:20",
  "2000-12-05", "M",
  [("Bedömning", "Svimmade vid blodprovstagning, prodromer med svettning och illamående, snabbt återhämtad. "
    "EKG ua, ortostatiskt prov ua. Sannolikt vasovagal synkope. Hem utan uppföljning.")],
  must=[A102], why="symptom chapter: 'Sannolikt vasovagal synkope'", setting="akut")

C("nl1h-102m-inf-mojlig-malaria", V,
  "Infektion, Sahlgrenska Universitetssjukhuset Östra", "2024-08-16 23:30", "2024-08-17 00:15",
  "1993-04-28", "M",
  [("Bedömning", "Hemkommen från Uganda för 10 d sedan, feber 40, huvudvärk, trombocytopeni 88. Möjlig malaria – "
    "snabbtest + tjock droppe akut. Ingen profylax tagen.")],
  must=[A102], why="infection: 'Möjlig malaria'", setting="akut")

C("nl1h-102m-barn-troligne-celiaki-typo", S,
  "Barn- och ungdomsmedicin, Helsingborgs lasarett", "2024-03-28 13:10", "13:40",
  "2017-08-09", "F",
  [("Bedömning", "Dålig viktuppgång, lös avföring, järnbrist. Transglutaminas-ak 58 (ref <7). Troligne celiaki, "
    "gastroskopi med px planeras. Fortsatt glutenhaltig kost tills dess!")],
  must=[A102], why="typo in the cue 'Troligne'; child under 13")

C("nl1h-102m-onh-kolesteatom-kan-inte-uteslutas-utkast", V,
  "Öron-näsa-hals, Sahlgrenska Universitetssjukhuset", "2024-01-31 10:45", None,
  "2013-11-19", "M",
  [("Bedömning", "Illaluktande flytning hö öra sedan månader, retraktionsficka i attiken med keratindebris. "
    "Kolesteatom kan inte uteslutas. DT temporalben, planeras för öronmikroskopi i narkos.")],
  must=[A102], why="unsigned draft, child: 'Kolesteatom kan inte uteslutas'")

C("nl1h-102m-uro-misstankt-testikeltorsion", S,
  "Urologiska kliniken, Skånes universitetssjukhus Malmö", "2024-10-19 06:05", "06:35",
  "2008-02-01", "M",
  [("Bedömning", "Akut insättande smärta hö testikel sedan 3 h, högt stående testikel, kremasterreflex saknas hö. "
    "Misstänkt testikeltorsion hö, akut explorativ operation. Anestesin kontaktad.")],
  must=[A102], why="urogenital: 'Misstänkt testikeltorsion'", setting="akut")

C("nl1h-102m-reuma-trolig-spondylatrit-typo", V,
  "Reumatologi, Södra Älvsborgs Sjukhus Borås", "2024-12-12 09:40", "10:20",
  "1997-03-17", "M",
  [("Bedömning", "Inflammatorisk ryggsmärta sedan ett år, god effekt av NSAID, HLA-B27 pos, MR SI-leder med "
    "benmärgsödem bilat. Trolig axial spondylatrit. Fysioterapi, ställningstagande till biologiskt läkemedel.")],
  must=[A102], why="typo in diagnosis 'spondylatrit'")

C("nl1h-102m-psyk-ev-bipolar-typ-2", S,
  "Vuxenpsykiatrimottagningen Helsingborg, Psykiatri Skåne", "2024-05-14 15:30", "16:10",
  "1994-09-25", "F",
  [("Bedömning", "Återkommande depressioner sedan tonåren, nu anamnes på perioder med minskat sömnbehov och ökad "
    "energi, varade 3–4 dagar. Ev. bipolär sjukdom typ II. Komplettera med anhöriganamnes och stämningsdagbok.")],
  must=[A102], why="'Ev. bipolär sjukdom typ II'")

C("nl1h-102m-hud-suspekt-basaliom", V,
  "Hudmottagningen, Skaraborgs Sjukhus Skövde", "2024-06-20 14:00", "14:25",
  "1951-10-28", "M",
  [("Status", "Näsrygg: 6 mm pärlemorglänsande papel med teleangiektasier, ingen ulceration."),
   ("Bedömning", "Suspekt basaliom. Stansbiopsi tagen, svar om 3 v, därefter excision eller kryo.")],
  must=[A102], why="'Suspekt basaliom'")

# ---------------------------------------------------------------------------------------
# NL102 must_not
# ---------------------------------------------------------------------------------------
# -- PMO (Skåne primary care): diagnoses are never shown --
C("nl1h-102n-pmo-vc-trol-streptokocktonsillit", S,
  "Vårdcentralen Linero, Lund", "2024-02-12 10:20", "10:40",
  "2000-07-08", "M",
  [("Aktuellt", "Halsont 3 d, feber 38,8, inga hosta."),
   ("Bedömning", "Centor 4, beläggningar bilat. Trol. streptokocktonsillit, strep A pos. PcV 1 g x 3 i 10 dagar.")],
  must_not=[A102], why="PMO: hedged diagnosis never shown", system=PMO, tpl="Besöksanteckning")

C("nl1h-102n-pmo-um-misstankt-klamydia", S,
  "Ungdomsmottagningen Helsingborg", "2024-04-04 15:15", "15:35",
  "2005-01-12", "F",
  [("Aktuellt", "Söker för flytning och sveda vid miktion sedan en vecka. Partnern har testat positivt."),
   ("Bedömning", "Misstänkt klamydia. Provtagning gjord, doxycyklin ges redan nu pga partnerns provsvar.")],
  must_not=[A102], why="PMO youth clinic: hedged STI", system=PMO, tpl="Besöksanteckning", role="barnmorska")

C("nl1h-102n-pmo-bvc-fragetecken-otit", S,
  "BVC Höör", "2024-11-07 09:30", "09:50",
  "2022-06-03", "M",
  [("Bedömning", "Feber sedan igår, drar sig i vä öra. ?Otitis media vä – rodnad, buktande trumhinna. Avvaktar "
    "antibiotika 3 dygn, åter om febern kvarstår eller öronflytning.")],
  must_not=[A102], why="PMO BVC, child under 13: '?Otitis media'", system=PMO, tpl="BVC-läkarbesök")

C("nl1h-102n-pmo-vc-misstankt-hypotyreos", S,
  "Vårdcentralen Näsby, Kristianstad", "2024-05-06 13:00", "13:25",
  "1966-02-18", "F",
  [("Bedömning", "Trötthet, frusenhet och viktuppgång. TSH 8,9, fT4 i nedre normalområdet. Misstänkt subklinisk "
    "hypotyreos, nytt prov samt TPO-ak om sex veckor.")],
  must_not=[A102], why="PMO: 'Misstänkt subklinisk hypotyreos'", system=PMO, tpl="Besöksanteckning")

C("nl1h-102n-pmo-vc-dd-diskbrack", S,
  "Vårdcentralen Lomma", "2024-09-12 08:45", "09:10",
  "1979-04-27", "M",
  [("Status", "Lasègue pos vä vid 40°, nedsatt ASR vä, sensibilitetsnedsättning lateralt på foten."),
   ("Bedömning", "Ländryggssmärta med utstrålning i vä ben till foten. DD lumbago/ischias, mest trol. diskbråck "
    "L5-S1. Fysioterapi, NSAID, åter om 4 v eller tidigare vid pareser.")],
  must_not=[A102], why="PMO: 'DD', 'mest trol. diskbråck'", system=PMO, tpl="Besöksanteckning")

C("nl1h-102n-pmo-hemsjukvard-trol-uvi-typo", S,
  "Hemsjukvården Eslöv", "2024-12-02 11:10", "11:35",
  "1933-03-21", "F",
  [("Aktuellt", "Ökad förvirring sedan igår enligt hemtjänsten, illaluktande urin, temp 37,9. Trol. "
    "urinvägsinfekton. Urinsticka nitrit pos. Kontakt med jourhavande läkare på vc som ordinerar pivmecillinam.")],
  must_not=[A102], why="PMO home care, nurse, typo 'urinvägsinfekton'", system=PMO,
  tpl="Omvårdnadsanteckning", role="sjuksköterska", setting="hemsjukvård")

C("nl1h-102n-pmo-vc-mojlig-depression", S,
  "Vårdcentralen Sorgenfri, Malmö", "2024-03-20 14:40", "15:15",
  "1989-10-01", "M",
  [("Bedömning", "PHQ-9 17. Nedstämdhet, sömnstörning och tappat intresse sedan två månader, inga suicidtankar. "
    "Möjlig depression, medelsvår. Remiss till psykosocialt team för KBT.")],
  must_not=[A102], why="PMO: 'Möjlig depression'", system=PMO, tpl="Besöksanteckning")

C("nl1h-102n-pmo-vc-ev-astma-barn", S,
  "Vårdcentralen Tomelilla", "2024-10-10 16:00", "16:20",
  "2015-05-15", "F",
  [("Bedömning", "Långdragen hosta nattetid och vid ansträngning sedan i höstas, pappa har astma. Ev. astma. "
    "Spirometri med reversibilitet bokas, prövar salbutamol vb i väntan.")],
  must_not=[A102], why="PMO child: 'Ev. astma'", system=PMO, tpl="Besöksanteckning")

C("nl1h-102n-pmo-vc-sannolikt-zoster-utkast", S,
  "Vårdcentralen Bjuv", "2024-07-11 10:05", None,
  "1957-12-09", "M",
  [("Aktuellt", "Brännande smärta vä thorax sedan två dagar, nu blåsor i bältesform längs ett dermatom. "
    "Sannolikt herpes zoster. Valaciklovir 1 g x 3 i 7 dagar, paracetamol vb.")],
  must_not=[A102], why="PMO unsigned draft: 'Sannolikt herpes zoster'", system=PMO, tpl="Besöksanteckning")

C("nl1h-102n-pmo-vc-misstank-gerd-typo", S,
  "Vårdcentralen Staffanstorp", "2024-01-16 11:30", "11:50",
  "1984-06-14", "F",
  [("Bedömning", "Halsbränna och sura uppstötningar sedan ett halvår, värre liggande och efter kaffe. Misstänk GERD. "
    "PPI i fyra veckor, åter vid utebliven effekt för ställningstagande till gastroskopi.")],
  must_not=[A102], why="PMO, typo in cue 'Misstänk'", system=PMO, tpl="Besöksanteckning")

# -- negated mentions --
C("nl1h-102n-neg-ingen-misstanke-om-appendicit", V,
  "Kirurgi, Kungälvs sjukhus", "2024-08-10 19:25", "19:55",
  "2000-03-14", "F",
  [("Bedömning", "Ingen misstanke om appendicit: mjuk och oöm buk, CRP <5, afebril. Okomplicerad gastroenterit, "
    "rehydrering peroralt. Hem, åter vid försämring.")],
  must_not=[A102], why="'Ingen misstanke om appendicit'", setting="akut")

C("nl1h-102n-neg-lungemboli-uteslutes", S,
  "Medicinkliniken, Landskrona lasarett", "2024-02-03 11:50", "12:30",
  "1961-09-07", "M",
  [("Bedömning", "DT-angio utan embolier, lungemboli uteslutes. Dyspnén förklaras av dekompenserad hjärtsvikt, "
    "furosemid iv 40 mg x 2, vikt dagligen.")],
  must_not=[A102], why="'lungemboli uteslutes'", setting="slutenvård")

C("nl1h-102n-neg-inga-tecken-pa-blodnig-typo", V,
  "Strokeenheten, NU-sjukvården NÄL Trollhättan", "2024-09-08 07:40", "08:20",
  "1948-11-16", "F",
  [("Bedömning", "DT hjärna utan tecken på blödnig. Inga tecken på ocklusion på DT-angio. Symtomen gick i regress "
    "efter 40 minuter, TIA. Sekundärprevention, karotisdoppler och Holter.")],
  must_not=[A102], why="negation with typo 'blödnig'", setting="akut")

C("nl1h-102n-neg-fraktur-kan-uteslutas", S,
  "Ortopedakuten, Skånes universitetssjukhus Lund", "2024-06-22 17:10", "17:30",
  "1991-01-18", "M",
  [("Bedömning", "Rtg hö fotled: fraktur kan uteslutas. Distorsion av laterala ligamenten, svullnad och ömhet "
    "framför laterala malleolen. Elastisk binda, belastning efter förmåga.")],
  must_not=[A102], why="'fraktur kan uteslutas' (affirmative exclusion, not 'kan ej uteslutas')", setting="akut")

C("nl1h-102n-neg-inget-som-talar-for-meningit-utkast", V,
  "Infektion, Sahlgrenska Universitetssjukhuset Östra", "2024-01-23 21:35", None,
  "2003-07-02", "F",
  [("Bedömning", "Huvudvärk och feber 39. Ingen nackstelhet, normalt medvetande, inga petekier – inget som talar "
    "för meningit. LP bedöms inte indicerad. Influensa A positiv på snabbtest, symtomatisk behandling.")],
  must_not=[A102], why="unsigned draft: 'inget som talar för meningit'", setting="akut")

C("nl1h-102n-neg-misstanke-koloncancer-avskrivs", S,
  "Kirurgiska kliniken, Helsingborgs lasarett", "2024-04-15 13:25", "13:50",
  "1953-08-22", "F",
  [("Bedömning", "Koloskopi t.o.m. caekum utan tumör. Misstanken om koloncancer avskrivs. Fynd: divertikulos i "
    "sigmoideum och inre hemorrojder, som förklarar blödningen.")],
  must_not=[A102], why="suspicion withdrawn: 'Misstanken ... avskrivs'")

C("nl1h-102n-neg-utan-hallpunkt-for-dvt", V,
  "Medicinmottagningen, Alingsås lasarett", "2024-07-30 10:10", "10:40",
  "1969-05-30", "M",
  [("Bedömning", "Ultraljud hö ben utan hållpunkt för djup ventrombos. Rupturerad Bakercysta ses i knävecket, vilket "
    "ger svullnaden. NSAID, kompression, åter vb.")],
  must_not=[A102], why="'utan hållpunkt för djup ventrombos'")

C("nl1h-102n-neg-ej-tecken-till-pneumoni", S,
  "Medicinkliniken, Trelleborgs lasarett", "2024-11-25 14:35", "15:00",
  "1971-02-11", "F",
  [("Röntgen", "Lungröntgen: ej tecken till pneumoni, normal hjärtstorlek."),
   ("Bedömning", "Akut bronkit efter förkylning, hostat två veckor, opåverkad. Ingen antibiotika, hostmedicin vb.")],
  must_not=[A102], why="'ej tecken till pneumoni'")

C("nl1h-102n-neg-barn-ingen-misstake-om-sepsis-typo", V,
  "Barnakuten, Drottning Silvias barnsjukhus", "2024-12-21 18:15", "18:40",
  "2020-04-10", "M",
  [("Bedömning", "Feber sedan 2 dygn, pigg, dricker och kissar. Ingen misstake om sepsis: god perifer cirkulation, "
    "CRP 12. Viral övre luftvägsinfektion. Febernedsättande vb, åter vid försämring.")],
  must_not=[A102], why="typo in negation cue 'misstake'; child under 13", setting="akut")

C("nl1h-102n-neg-psyk-inget-som-tyder-pa-psykos", S,
  "Psykiatriska akutmottagningen, Skånes universitetssjukhus Malmö", "2024-03-02 23:05", "23:50",
  "1980-08-28", "F",
  [("Bedömning", "Ångest och sömnsvårigheter efter separation. Inget som tyder på psykos, inga suicidtankar eller "
    "planer. Anpassningsstörning. Uppföljning på allmänpsykiatrisk mottagning inom en vecka.")],
  must_not=[A102], why="psychiatry: 'Inget som tyder på psykos'", setting="akut")

C("nl1h-102n-neg-celiaki-inte-aktuellt", V,
  "Medicinmottagningen, Frölunda specialistsjukhus", "2024-05-13 09:25", "09:50",
  "1992-10-17", "F",
  [("Bedömning", "Transglutaminas-ak negativt, totalt IgA normalt – celiaki är inte aktuellt. IBS av diarrétyp, "
    "lågFODMAP-kost via dietist.")],
  must_not=[A102], why="'celiaki är inte aktuellt' after a negative test")

C("nl1h-102n-neg-dikterad-hjartinfarkt-uteslutits", S,
  "Hjärtkliniken, Skånes universitetssjukhus Malmö", "2024-08-30 12:10", "2024-08-30 16:45",
  "1974-04-05", "M",
  [("Bedömning", "Akut hjärtinfarkt har uteslutits med två normala troponinvärden med tre timmars mellanrum och "
    "ett normalt EKG. Smärtan bedöms vara muskuloskeletal från bröstkorgen och patienten kan gå hem.")],
  must_not=[A102], why="dictation: 'har uteslutits'", setting="slutenvård")

# -- family history --
C("nl1h-102n-hered-pappa-trol-hjartinfarkt", V,
  "Kardiologi, Sahlgrenska Universitetssjukhuset", "2024-02-21 10:50", "11:25",
  "1983-01-27", "M",
  [("Hereditet", "Pappa dog plötsligt 52 år gammal, trol. hjärtinfarkt, obducerades ej. Farbror kranskärlsopererad."),
   ("Bedömning", "Familjär hyperkolesterolemi, LDL 6,8. Statin och ezetimib, genetisk analys erbjuds.")],
  must_not=[A102], why="hedged diagnosis belongs to the father in Hereditet")

C("nl1h-102n-hered-syster-eventuellt-celiaki", S,
  "Medicinkliniken, Ängelholms sjukhus", "2024-10-24 13:15", "13:45",
  "1987-07-12", "F",
  [("Hereditet", "Syster har eventuellt celiaki, utreds i Göteborg. Mormor hade diabetes typ 1."),
   ("Aktuellt", "Järnbristanemi, Hb 102, ferritin 6, menstruerar normalt. Gastroskopi beställd.")],
  must_not=[A102], why="'eventuellt celiaki' concerns the sister")

C("nl1h-102n-hered-mamma-misstankt-alzheimer", V,
  "Minnesmottagningen, Skaraborgs Sjukhus Falköping", "2024-11-19 14:30", "15:10",
  "1958-03-09", "F",
  [("Hereditet", "Mamma hade misstänkt Alzheimer, aldrig utredd, dog 81 år."),
   ("Bedömning", "Subjektiv kognitiv störning, normal testning (MoCA 29/30). Ingen demens. Återbesök vid behov.")],
  must_not=[A102], why="mother's suspected Alzheimer in Hereditet; patient has no dementia")

# -- past history --
C("nl1h-102n-tidigare-misstankt-ms-avskrevs", S,
  "Neurologiska kliniken, Skånes universitetssjukhus Malmö", "2024-06-12 11:40", "12:10",
  "1985-05-03", "F",
  [("Tidigare sjukdomar", "2015 utreddes för misstänkt MS efter synnedsättning hö, MR och likvor normala, "
    "misstanken avskrevs."),
   ("Aktuellt", "Nu migrän med aura, 3–4 attacker per månad. Propranolol som profylax.")],
  must_not=[A102], why="past suspicion that was dismissed")

C("nl1h-102n-tidigare-som-barn-trol-feberkramper", V,
  "Neurologi, NU-sjukvården Uddevalla sjukhus", "2024-04-02 15:20", "15:55",
  "1998-12-20", "M",
  [("Anamnes", "Som barn trol. feberkramper x2, aldrig behandlad, inga anfall sedan dess."),
   ("Bedömning", "Medvetandeförlust vid miktion nattetid efter alkohol, typisk miktionssynkope. EEG ej indicerat.")],
  must_not=[A102], why="childhood history 'Som barn trol. feberkramper'")

C("nl1h-102n-tidigare-trol-tia-2019-utkast", S,
  "Medicinkliniken, Hässleholms sjukhus", "2024-01-12 09:55", None,
  "1945-10-02", "M",
  [("Anamnes", "Tidigare: HT, DM2, trol. TIA 2019 (utreddes i Ystad, ingen åtgärd), gråstarrsop bilat."),
   ("Bedömning", "Pneumoni hö underlob, CRB-65 1. Bensylpenicillin 1 g x 3, syrgas vb.")],
  must_not=[A102], why="unsigned draft: past 'trol. TIA 2019' in a history list", setting="slutenvård")

# -- non-diagnostic hedges --
C("nl1h-102n-nondx-ev-aterbesok-knaartros", V,
  "Ortopedi, Alingsås lasarett", "2024-03-12 13:35", "14:00",
  "1964-07-25", "M",
  [("Bedömning", "Knäartros hö, Kellgren-Lawrence 3. Artrosskola och fysioterapi. Ev. återbesök om 6 mån om "
    "otillräcklig effekt, då ställningstagande till protes.")],
  must_not=[A102], why="hedge on a return visit, not on the diagnosis")

C("nl1h-102n-nondx-trol-hemgang-erysipelas", S,
  "Medicinavdelning 3, Centralsjukhuset Kristianstad", "2024-07-17 12:20", "12:45",
  "1940-09-30", "F",
  [("Bedömning", "Erysipelas vä underben i regress, CRP 210 → 45. Trol. hemgång i morgon på peroralt flukloxacillin.")],
  must_not=[A102], why="'Trol.' concerns discharge, not the diagnosis", setting="slutenvård")

C("nl1h-102n-nondx-mojligen-sanka-furosemid", V,
  "Hjärtsviktsmottagningen, Södra Älvsborgs Sjukhus Borås", "2024-09-25 10:00", "10:30",
  "1952-01-09", "M",
  [("Bedömning", "Hjärtsvikt med nedsatt EF (35 %), NYHA II, stabil vikt. Möjligen kan furosemiddosen sänkas vid "
    "nästa kontroll om vikten håller sig.")],
  must_not=[A102], why="'Möjligen' concerns a dose change")

C("nl1h-102n-nondx-fragetecken-fotundersokning", S,
  "Diabetesmottagningen, Ystads lasarett", "2024-06-28 14:10", None,
  "2005-05-26", "M",
  [("Bedömning", "- DM1 sedan 2012, HbA1c 58\n- Sensor fungerar bra, få hypoglykemier\n"
    "- Övergång från barndiabetes klar\n- Fotundersökning? – hinns ej idag, bokas\n- Ögonbottenfoto ua 2023")],
  must_not=[A102], why="unsigned draft: question mark on an examination, not a diagnosis")

C("nl1h-102n-nondx-sannolikt-klokt-ics", V,
  "Lungmedicin, Sahlgrenska Universitetssjukhuset", "2024-12-18 11:20", "11:50",
  "1958-06-15", "F",
  [("Bedömning", "KOL GOLD 3, grupp E, FEV1 42 % av förväntat. Sannolikt klokt att lägga till ICS givet två "
    "exacerbationer senaste året. Byter till trippelinhalator 2 x 2.")],
  must_not=[A102], why="'Sannolikt' concerns a treatment decision")

C("nl1h-102n-nondx-evenutellt-slt-typo", S,
  "Ögonkliniken, Skånes universitetssjukhus Malmö", "2024-10-04 09:15", "09:35",
  "1954-02-03", "F",
  [("Bedömning", "Primärt öppenvinkelglaukom, IOP 17/18 på latanoprost. Synfält stabilt sedan förra året. "
    "Evenutellt remiss för SLT om trycket stiger.")],
  must_not=[A102], why="typo 'Evenutellt' on a referral, not a diagnosis")

# -- confirmed diagnoses --
C("nl1h-102n-konf-dx-pneumoni", V,
  "Medicin, Skaraborgs Sjukhus Lidköping", "2024-02-26 16:30", "17:00",
  "1944-08-11", "M",
  [("Bedömning", "Dx: Pneumoni hö underlob (J18.9)\nBed: CRB-65 2, sat 91 %, CRP 230. Rtg med konsolidering hö "
    "basalt.\nPlan: bensylpenicillin 3 g x 3, syrgas till sat >92 %.")],
  must_not=[A102], why="confirmed diagnosis in a Dx: line, no hedge", setting="slutenvård")

C("nl1h-102n-konf-stemi-ssk-utkast", S,
  "Hjärtintensiven, Skånes universitetssjukhus Lund", "2024-04-08 05:30", None,
  "1966-11-04", "M",
  [("Aktuellt", "STEMI inferiort, PCI mot RCA kl 03.40 med ett läkemedelsstent. Ua förlopp på HIA, smärtfri, "
    "inga arytmier på telemetri. Dubbel trombocythämning enl. ordination.")],
  must_not=[A102], why="unsigned draft by a nurse: confirmed STEMI", role="sjuksköterska", setting="slutenvård")

C("nl1h-102n-konf-preeklampsi", V,
  "Förlossningen, NU-sjukvården NÄL Trollhättan", "2024-11-29 13:45", "14:20",
  "1993-02-15", "F",
  [("Bedömning", "Preeklampsi i v 36+2, BT 162/108, proteinuri 3+, trombocyter 160. Labetalol, magnesium vid "
    "stigande BT, induktion i morgon bitti.")],
  must_not=[A102], why="pregnancy: confirmed preeclampsia", setting="slutenvård")

# -- Tidiga hypoteser --
C("nl1h-102n-th-skane-mall-vaskulit", S,
  "Reumatologiska kliniken, Helsingborgs lasarett", "2024-09-30 15:00", "15:20",
  "1979-12-28", "F",
  [("Bedömning", "Misstänkt vaskulit, granulomatös polyangit? Sadelnäsa och hematuri. ANCA skickat, vill inte "
    "oroa pat innan svar finns.")],
  must_not=[A102], why="Skåne template Tidiga hypoteser hides the hedged diagnosis", tpl="Tidiga hypoteser")

C("nl1h-102n-th-vgr-sokord-lymfom", V,
  "Medicinmottagningen, Kungälvs sjukhus", "2024-10-14 11:10", "11:40",
  "1961-04-19", "M",
  [("Aktuellt", "Återbesök. Trötthet och viktnedgång 5 kg på tre månader, nattsvettningar."),
   ("Tidiga hypoteser", "Trol. lymfom, förstorade körtlar på hals och i axiller. DT hals-thorax-buk beställd."),
   ("Planering", "Nytt besök när DT är gjord, pat ringer vid feber.")],
  must_not=[A102], why="VGR: hedged diagnosis only under sökord Tidiga hypoteser")

C("nl1h-102n-th-skane-mall-autism", S,
  "Vuxenpsykiatrimottagningen Lund, Psykiatri Skåne", "2024-07-08 10:15", "10:55",
  "1996-06-18", "M",
  [("Bedömning", "Möjlig autism; stereotypa intressen och svårigheter i social kommunikation sedan barndomen enligt "
    "mamma. Autismspektrumtillstånd kan ej uteslutas men bör inte tas upp förrän utredningen är klar.")],
  must_not=[A102], why="Skåne template Tidiga hypoteser, psychiatric hypothesis", tpl="Tidiga hypoteser")



# ---------------------------------------------------------------------------------------
# Extra sections (history before, plan after) that bring every note into 30-180 words.
# They carry no hedge, no not-told statement and no new hypothesis.
# ---------------------------------------------------------------------------------------
EXTRA = {
    "nl1h-101m-njur-iga-terse": ([], [("Planering", "Återbesök 21/5 med urinprover dagen innan. Dsk tar BT-kontroll.")]),
    "nl1h-101n-kir-ljumskbrack-ej-info-op-datum": ([("Anamnes", "Snickare, 47 år. Bula i hö ljumske sedan i vintras, värker efter arbetsdagen.")], []),
    "nl1h-101n-tidiga-hypoteser-mall-skane-pankreas": ([("Aktuellt", "Remitterad från vc pga 8 kg viktnedgång på fyra månader och nyupptäckt diabetes, HbA1c 62.")], []),
    "nl1h-101n-vgr-sokord-tidiga-hypoteser-mds": ([], [("Planering", "Ny kontroll av blodstatus om en månad. Folsyra och B12 är kontrollerade och normala.")]),
    "nl1h-101n-brost-ingen-malignitet-ringer-imorgon": ([("Aktuellt", "Remitterad efter screeningmammografi med en 8 mm oregelbunden förtätning i vä bröst.")], []),
    "nl1h-101n-uro-blascancer-besked-av-kollega": ([], [("Planering", "Kontaktsjuksköterskan ringer om en vecka. Remiss till onkologen för bedömning inför strålbehandling.")]),
    "nl1h-101n-inf-tbc-tolk-typo": ([("Anamnes", "Hosta i tre månader, nattsvettningar och viktnedgång. Kom till Sverige för ett år sedan.")],
                                     [("Planering", "Rifampicin, isoniazid, pyrazinamid och etambutol. Kontaktspårning via TB-sköterskan.")]),
    "nl1h-101n-geri-hemtjansten-ej-informerad": ([("Aktuellt", "Dag 5 postop. Sover gott, äter halva portioner, trycksårsrisken bedömd som låg.")], []),
    "nl1h-101n-celiaki-dietist-info-kommer": ([], [("Planering", "Ny tTG om ett år. Bentäthetsmätning beställd.")]),
    "nl1h-101n-psyk-adhd-asterisklista": ([("Aktuellt", "Besök för återkoppling efter utredning hos psykolog och arbetsterapeut, mamma med på länk.")], []),
    "nl1h-101n-barn-diabetes-foraldrar-informerade": ([], [("Planering", "Insulinpump diskuteras om några månader. Skolsköterskan kontaktas inför skolstarten.")]),
    "nl1h-101n-med-dt-svar-ej-kommit-utkast": ([("Anamnes", "Återbesök efter akutbesöket förra veckan, mår bättre och äter normalt igen.")], []),
    "nl1h-101n-neuro-myasteni-typo-diagnosn": ([("Aktuellt", "Dubbelseende och hängande ögonlock framåt kvällen sedan i våras, värre vid trötthet.")], []),
    "nl1h-101n-beroende-arbetsgivare-ska-ej-veta": ([], [("Planering", "Akamprosat startas. Återbesök hos sjuksköterska om en vecka med nytt PEth.")]),
    "nl1h-101n-onk-kopierad-rad-sedan-uppdatering": ([], [("Bedömning", "Fortsatt smärtlindring med oxikodon, palliativ konsult kontaktad. Dottern kommer på besök i kväll.")]),
    "nl1h-101n-orto-karpaltunnel-ingen-info-namnd": ([("Anamnes", "Domningar i tumme, pek- och långfinger hö nattetid sedan ett år, tappar saker.")], []),
    "nl1h-101n-onh-otoskleros-horcentral-ej-info": ([("Anamnes", "Successivt försämrad hörsel sedan tio år, mamma opererad för samma sak.")], []),
    "nl1h-102m-med-susp-lungembolli-typo": ([], [("Planering", "Ekokardiografi om DT visar central embolus. Telemetri över natten.")]),
    "nl1h-102m-kardio-dd-perimyokardit-vs-aks": ([("Anamnes", "Förkyld för en vecka sedan. Tränar crossfit, inga tidigare hjärtbesvär, ingen hereditet.")], []),
    "nl1h-102m-ogon-fragetecken-temporalisarterit": ([], [("Planering", "Återbesök på ögonmottagningen om en vecka med synfält.")]),
    "nl1h-102m-onh-sannolikt-meniere": ([("Anamnes", "Tre attacker senaste månaden, varar 2–3 timmar med kräkningar. Mellan attackerna besvärsfri.")],
                                         [("Planering", "Yrselschema, åter om tre månader med nytt audiogram.")]),
    "nl1h-102m-akut-scafoidfraktur-kan-ej-uteslutas": ([], [("Planering", "Gipskontroll på ortopedmottagningen, tid skickas hem.")]),
    "nl1h-102m-barn-trol-kawasaki-utkast": ([("Anamnes", "Treåring, tidigare frisk, vaccinerad enligt programmet. Irriterad, äter dåligt.")], []),
    "nl1h-102m-endo-ev-cushing": ([("Anamnes", "Remiss från vc. Har gått upp 15 kg på ett år, får lätt blåmärken.")],
                                   [("Planering", "Ny tid om tre veckor med provsvaren.")]),
    "nl1h-102m-psyk-trolig-eips": ([("Anamnes", "Remiss från vårdcentralen efter akutbesök för skärsår i underarmen. Bor ensam, studerar.")], []),
    "nl1h-102m-inf-susp-neuroborrelois-typo": ([], [("Planering", "Svar på likvor i morgon, telefonkontakt då. Tejpa vä öga nattetid.")]),
    "nl1h-102m-hem-misstanke-om-itp": ([("Anamnes", "Blåmärken sedan en vecka, näsblod i går, inga läkemedel, ingen nyligen genomgången infektion.")], []),
    "nl1h-102m-uro-mojligen-uretarsten": ([("Anamnes", "Vaknade kl 02 av plötslig smärta, har kräkts två gånger, ingen tidigare stensjukdom.")], []),
    "nl1h-102m-reuma-pmr-fragetecken-utkast": ([], [("Planering", "Blodstatus, kreatinin och elfores tas innan kortisonstart.")]),
    "nl1h-102m-geri-sannol-lewy-body": ([("Anamnes", "Hustrun berättar att han fallit tre gånger senaste halvåret och sover oroligt, slår med armarna i sömnen.")],
                                         [("Planering", "Uppföljning på minnesmottagningen efter undersökningen.")]),
    "nl1h-102m-neuro-misstamkt-jme-typo": ([("Anamnes", "Gymnasieelev, vakade hela natten inför ett prov. Kompisarna såg kramper i cirka två minuter.")],
                                            [("Planering", "Ej bilkörning tills vidare enligt Transportstyrelsens regler.")]),
    "nl1h-102m-kir-appendicit-dd-ovarialtorsion": ([("Anamnes", "Smärta sedan i morse runt naveln, nu i hö fossa. Illamående, ingen diarré. Senaste mens för två veckor sedan.")], []),
    "nl1h-102m-onk-eventuellt-recidiv": ([], [("Planering", "Oxikodon vid behov. Telefonuppföljning när undersökningarna är klara.")]),
    "nl1h-102m-lung-sarkoidos-asterisk": ([("Anamnes", "Torrhosta sedan i våras, trött, röker inte. Arbetar som lärare.")], []),
    "nl1h-102m-akut-misstankt-paracetamolforgiftning": ([("Anamnes", "Kom med ambulans 02.10. Vaken, gråtfärdig, vill inte berätta vad som hänt. Illamående, har kräkts en gång.")],
                                                         [("Planering", "Psykiatrisk bedömning när somatiskt stabil. Läggs på medicinavdelning med övervakning.")]),
    "nl1h-102m-kardio-mojligen-takotsubo": ([("Anamnes", "68-årig kvinna, tidigare frisk. Fick i går veta att hennes bror dött, smärtan började en timme senare.")], []),
    "nl1h-102m-kardio-misstankt-marfan-utkast": ([("Anamnes", "Remitterad från ögonkliniken. Pappa dog plötsligt i 40-årsåldern av okänd orsak.")],
                                                  [("Planering", "Losartan, ny ekokardiografi om sex månader, undvik tävlingsidrott.")]),
    "nl1h-102m-endo-trol-subakut-tyreoidit": ([], [("Planering", "Ny fT4/TSH om 4 v. Åter vid feber eller tilltagande smärta.")]),
    "nl1h-102m-akut-sannolikt-vasovagal-synkope": ([("Anamnes", "Frisk 23-åring, ingen hjärtsjukdom i släkten, inga besvär vid ansträngning.")], []),
    "nl1h-102m-inf-mojlig-malaria": ([("Anamnes", "Volontärarbete i norra Uganda i tre månader. Frossa i två dagar, illamående.")],
                                      [("Planering", "Infektionsjouren bedömer vidare efter svaren.")]),
    "nl1h-102m-barn-troligne-celiaki-typo": ([("Anamnes", "Sexårig flicka, remiss från skolhälsovården. Ont i magen nästan dagligen, trött i skolan.")],
                                              [("Planering", "Dietist efter gastroskopin.")]),
    "nl1h-102m-onh-kolesteatom-kan-inte-uteslutas-utkast": ([("Anamnes", "Tioåring med många öroninflammationer som liten, rör i båda öronen 2016.")],
                                                             [("Planering", "Pappa ringer vid smärta eller yrsel.")]),
    "nl1h-102m-uro-misstankt-testikeltorsion": ([("Anamnes", "16-åring, vaknade av smärtan, illamående, ingen feber och inga miktionsbesvär.")], []),
    "nl1h-102m-reuma-trolig-spondylatrit-typo": ([("Anamnes", "Värk i ländrygg och säte, stel på morgonen i över en timme, bättre av rörelse. Farbror har Bechterews sjukdom.")], []),
    "nl1h-102m-psyk-ev-bipolar-typ-2": ([], [("Planering", "Lamotrigin diskuteras efter kompletterande anamnes.")]),
    "nl1h-102m-hud-suspekt-basaliom": ([("Anamnes", "Sår på näsan som inte läker sedan ett halvår, blöder ibland. Har arbetat utomhus hela livet.")], []),
    "nl1h-102n-pmo-vc-trol-streptokocktonsillit": ([], [("Planering", "Åter om ej bättre på tre dygn. Sjukskriven fem dagar.")]),
    "nl1h-102n-pmo-um-misstankt-klamydia": ([], [("Planering", "Smittspårning påbörjad, partnern redan behandlad. Ny provtagning om fem veckor.")]),
    "nl1h-102n-pmo-bvc-fragetecken-otit": ([("Aktuellt", "Pojke 2 år 5 mån, förkyld i en vecka. Mamma ringde BVC-sköterskan som bokade in läkarbesök.")], []),
    "nl1h-102n-pmo-vc-misstankt-hypotyreos": ([("Aktuellt", "Tidigare frisk, ingen levotyroxin. Mamma hade struma.")],
                                               [("Planering", "Provtagning på lab, telefontid för svar.")]),
    "nl1h-102n-pmo-hemsjukvard-trol-uvi-typo": ([], [("Planering", "Ökat vätskeintag, uppföljning i morgon förmiddag, dottern kontaktad.")]),
    "nl1h-102n-pmo-vc-mojlig-depression": ([("Aktuellt", "Söker för orkeslöshet efter arbetsbyte och uppbrott. Bussförare, sjukskriven sedan en vecka.")],
                                            [("Planering", "Sertralin 50 mg erbjuds, han vill avvakta. Ny kontroll om tre veckor.")]),
    "nl1h-102n-pmo-vc-ev-astma-barn": ([("Aktuellt", "Nioårig flicka med mamma. Tidigare frisk, inga kända allergier, inga rökare hemma.")], []),
    "nl1h-102n-pmo-vc-sannolikt-zoster-utkast": ([], [("Planering", "Åter vid ögonpåverkan eller feber.")]),
    "nl1h-102n-pmo-vc-misstank-gerd-typo": ([], [("Planering", "Råd om viktnedgång och att höja huvudändan.")]),
    "nl1h-102n-neg-ingen-misstanke-om-appendicit": ([("Anamnes", "Diffus buksmärta, kräkningar och diarré sedan i går. Sambon har liknande besvär.")], []),
    "nl1h-102n-neg-lungemboli-uteslutes": ([("Aktuellt", "Inlagd i går med tilltagande andfåddhet och bensvullnad, ökat 4 kg på en vecka.")],
                                           [("Planering", "Ekokardiografi under vårdtiden.")]),
    "nl1h-102n-neg-inga-tecken-pa-blodnig-typo": ([("Anamnes", "Plötslig talsvårighet och svaghet i hö arm vid frukosten, ambulans direkt.")], []),
    "nl1h-102n-neg-fraktur-kan-uteslutas": ([("Anamnes", "Vrickade foten i en trappa, kunde gå fyra steg efteråt.")],
                                            [("Planering", "Åter om ej bättre efter två veckor.")]),
    "nl1h-102n-neg-inget-som-talar-for-meningit-utkast": ([], [("Planering", "Hem med råd om vätska och vila, åter vid försämrat allmäntillstånd.")]),
    "nl1h-102n-neg-misstanke-koloncancer-avskrivs": ([("Anamnes", "Blod i avföringen vid två tillfällen, Hb stabilt.")],
                                                     [("Planering", "Ingen ny koloskopi behövs. Fiberrik kost.")]),
    "nl1h-102n-neg-utan-hallpunkt-for-dvt": ([("Anamnes", "Svullet hö underben sedan i går efter trädgårdsarbete, ingen andfåddhet.")], []),
    "nl1h-102n-neg-ej-tecken-till-pneumoni": ([("Anamnes", "Hosta med gula upphostningar och lätt feber i tio dagar, ingen andfåddhet, icke-rökare.")], []),
    "nl1h-102n-neg-barn-ingen-misstake-om-sepsis-typo": ([("Anamnes", "Fyraåring, tidigare frisk, syskonen förkylda.")], []),
    "nl1h-102n-neg-psyk-inget-som-tyder-pa-psykos": ([("Anamnes", "Kommer själv, har inte sovit mer än några timmar per natt på en vecka. Arbetar som lärare, två barn.")], []),
    "nl1h-102n-neg-celiaki-inte-aktuellt": ([("Anamnes", "Lös avföring och uppblåsthet sedan två år, värre vid stress, ingen viktnedgång eller blod.")],
                                            [("Planering", "Ingen ytterligare utredning. Åter vid larmsymtom.")]),
    "nl1h-102n-neg-dikterad-hjartinfarkt-uteslutits": ([], [("Planering", "Ibuprofen vid behov, åter om smärtan ändrar karaktär.")]),
    "nl1h-102n-hered-pappa-trol-hjartinfarkt": ([("Anamnes", "Remitterad från företagshälsovården efter hälsokontroll, röker inte, tränar.")],
                                                [("Planering", "Lipidkontroll om åtta veckor.")]),
    "nl1h-102n-hered-syster-eventuellt-celiaki": ([], [("Planering", "Järntabletter varannan dag, ny Hb om två månader, åter om besvär från magen.")]),
    "nl1h-102n-hered-mamma-misstankt-alzheimer": ([("Anamnes", "Pensionerad förskollärare, oroar sig för minnet sedan mammans död.")], []),
    "nl1h-102n-tidigare-misstankt-ms-avskrevs": ([], [("Planering", "Migrändagbok, uppföljning om tre månader.")]),
    "nl1h-102n-tidigare-som-barn-trol-feberkramper": ([("Aktuellt", "Remiss från akuten efter medvetandeförlust på toaletten natten till lördag.")],
                                                      [("Planering", "Råd om att sitta vid miktion nattetid.")]),
    "nl1h-102n-tidigare-trol-tia-2019-utkast": ([("Aktuellt", "Inlagd via akuten med feber, hosta och förvirring sedan två dagar.")], []),
    "nl1h-102n-nondx-ev-aterbesok-knaartros": ([("Anamnes", "Lantbrukare, knävärk hö vid belastning sedan flera år, nattvärk ibland, går med käpp på gården.")], []),
    "nl1h-102n-nondx-trol-hemgang-erysipelas": ([("Aktuellt", "Dag 4. Afebril sedan i går, rodnaden har dragit sig tillbaka innanför markeringen. Går själv till toaletten.")], []),
    "nl1h-102n-nondx-mojligen-sanka-furosemid": ([("Anamnes", "Kontroll på hjärtsviktsmottagningen, mår bra, promenerar två kilometer dagligen, inga ödem.")], []),
    "nl1h-102n-nondx-fragetecken-fotundersokning": ([], [("Planering", "Nästa besök om tre månader.")]),
    "nl1h-102n-nondx-sannolikt-klokt-ics": ([], [("Planering", "Spirometri och inhalationsteknik hos KOL-sjuksköterska om tre månader.")]),
    "nl1h-102n-nondx-evenutellt-slt-typo": ([("Anamnes", "Kontroll. Droppar varje kväll utan problem, ingen ögonsmärta.")],
                                            [("Planering", "Nytt synfält och OCT om sex månader.")]),
    "nl1h-102n-konf-dx-pneumoni": ([("Anamnes", "Hemtjänsten larmade pga feber och förvirring.")], []),
    "nl1h-102n-konf-stemi-ssk-utkast": ([], [("Planering", "Ekokardiografi i morgon. Mobilisering enligt rutin, hjärtrehabsköterskan träffar pat.")]),
    "nl1h-102n-konf-preeklampsi": ([("Anamnes", "Förstföderska, huvudvärk och flimmer för ögonen sedan i morse.")],
                                   [("Planering", "Täta BT-kontroller, CTG.")]),
    "nl1h-102n-th-skane-mall-vaskulit": ([("Anamnes", "Remitterad pga långvarig rinit med krustor, näsblod och ledvärk.")],
                                         [("Planering", "Ny tid när svar finns, pat ringer vid blod i urinen.")]),
    "nl1h-102n-th-skane-mall-autism": ([("Anamnes", "Kommer för uppföljning av nedstämdhet, mår bättre på sertralin.")], []),
}
for _c in CASES:
    if _c["name"] in EXTRA:
        _pre, _post = EXTRA.pop(_c["name"])
        _c["secs"] = list(_pre) + list(_c["secs"]) + list(_post)
assert not EXTRA, sorted(EXTRA)

# ---------------------------------------------------------------------------------------
# build and validate
# ---------------------------------------------------------------------------------------
def luhn(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, sex, i):
    serial = 200 + (i * 37) % 700
    last = serial % 10
    if (sex == "M") != (last % 2 == 1):
        serial += 1
    ymd = birth.replace("-", "")
    core = ymd[2:] + "%03d" % serial
    return "%s-%03d%d" % (ymd, serial, luhn(core))


def hsa(rs, unit):
    org = "SE2321000255" if rs == S else "SE2321000131"
    return "%s-%04d" % (org, 1000 + zlib.crc32(unit.encode("utf-8")) % 9000)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def build():
    out = []
    for i, c in enumerate(CASES):
        t = datetime.strptime(c["when"], "%Y-%m-%d %H:%M")
        if c["signed"] is None:
            signed = None
        elif len(c["signed"]) == 5:
            h, m = c["signed"].split(":")
            signed = iso(t.replace(hour=int(h), minute=int(m)))
        else:
            signed = iso(datetime.strptime(c["signed"], "%Y-%m-%d %H:%M"))
        as_of = t + timedelta(days=10)
        if as_of.year != 2024:
            as_of = datetime(2024, 12, 31)
        as_of = as_of.replace(hour=0, minute=0)
        note = {
            "id": "n1", "system": c["system"], "template": c["tpl"],
            "unit": {"name": c["unit"], "hsa_id": hsa(c["rs"], c["unit"])},
            "author": {"name": AUTHORS[(i * 7) % len(AUTHORS)], "role": c["role"]},
            "time": iso(t), "signed": signed, "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": txt} for k, txt in c["secs"]],
        }
        record = {
            "patient": {"id": pnr(c["birth"], c["sex"], i), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": iso(as_of), "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["rs"], "record": record,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


def age_at(birth, when):
    b = datetime.strptime(birth, "%Y-%m-%d")
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(rows):
    errs = []
    names = set()
    seen = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for r in rows:
        n = r["case"]
        if list(r.keys()) != keys:
            errs.append("%s: keys %s" % (n, list(r.keys())))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        rec = r["record"]
        p = rec["patient"]
        ymd = p["birth_date"].replace("-", "")
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != ymd:
            errs.append("%s: pnr %s does not match birth date" % (n, pid))
        digits = pid[2:8] + pid[9:12]
        if luhn(digits) != int(pid[-1]):
            errs.append("%s: pnr not Luhn-valid" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % n)
        ids = {note["id"] for note in rec["notes"]}
        for note in rec["notes"]:
            for f in ("time", "signed"):
                v = note[f]
                if v is not None and not v.startswith("2024-"):
                    errs.append("%s: %s not in 2024" % (n, f))
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append("%s: signed before time" % n)
            if rec["as_of"] < note["time"][:10]:
                errs.append("%s: as_of before note" % n)
            t = datetime.strptime(note["time"], "%Y-%m-%dT%H:%M:%S")
            age = age_at(p["birth_date"], t)
            if 13 <= age <= 15 or age < 0:
                errs.append("%s: patient age %d not allowed" % (n, age))
            if r["ruleset"] == V and note["system"] != "Melior":
                errs.append("%s: VGR note must be Melior" % n)
            words = sum(len(s["text"].split()) for s in note["sections"])
            if not 30 <= words <= 180:
                errs.append("%s: %d words" % (n, words))
            for s in note["sections"]:
                flat = re.sub(r"\s+", " ", s["text"])
                for sent in re.split(r"(?<=[.!?])\s+|\s*\n\s*", s["text"]):
                    sent = re.sub(r"\s+", " ", sent).strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errs.append("%s: sentence reused from %s: %s" % (n, seen[sent], sent))
                        elif sent in seen:
                            errs.append("%s: sentence repeated: %s" % (n, sent))
                        seen[sent] = n
                del flat
        for lst in ("must", "must_not"):
            for code, target in r[lst]:
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                if code == "NL101" and rec["notes"][0]["system"] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
                if code == "NL102" and lst == "must" and rec["notes"][0]["system"] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
        if set(map(tuple, r["must"])) & set(map(tuple, r["must_not"])):
            errs.append("%s: code both must and must_not" % n)
        if not r["why"]:
            errs.append("%s: empty why" % n)
    return errs


def main():
    rows = build()
    errs = validate(rows)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        for lst in ("must", "must_not"):
            for code, _ in r[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(rows), path))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    regions = {}
    for r in rows:
        key = (r["ruleset"], r["record"]["notes"][0]["system"])
        regions[key] = regions.get(key, 0) + 1
    print("  regions/systems:", dict(sorted(regions.items())))
    print("  drafts:", sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None))
    print("  typo cases:", sum(1 for r in rows if "typo" in r["why"] or "typo" in r["case"]))
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
