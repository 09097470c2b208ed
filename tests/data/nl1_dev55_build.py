#!/usr/bin/env python3
"""dev55: cancer care from suspicion to treatment (SVF, MDK, kontaktsjuksköterska,
onkologisk uppföljning). NL101 and NL102. Standard library only, deterministic."""
import json, re, sys, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))

U = {
 # Skåne, Melior
 "s_onk":  ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4ON1"),
 "s_kir":  ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-7KH3"),
 "s_kiry": ("Kirurgmottagningen, Lasarettet i Ystad", "SE2321000255-2KY8"),
 "s_uro":  ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5UM2"),
 "s_lung": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-9LA4"),
 "s_brost":("Bröstmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3BK7"),
 "s_hem":  ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6HL5"),
 "s_gyn":  ("Kvinnokliniken, gynekologisk onkologi, Skånes universitetssjukhus Lund", "SE2321000255-8GO9"),
 "s_hud":  ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-1HD6"),
 "s_onh":  ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4ÖN2"),
 "s_barn": ("Barn- och ungdomsonkologen, Skånes universitetssjukhus Lund", "SE2321000255-2BO4"),
 "s_med":  ("Medicinavdelning 3, Lasarettet i Landskrona", "SE2321000255-7ML1"),
 "s_dc":   ("Diagnostiskt centrum, Hässleholms sjukhus", "SE2321000255-5DC3"),
 "s_gen":  ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3OG8"),
 "s_neuro":("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6NK2"),
 # Skåne, PMO (primärvård)
 "p_vc1":  ("Vårdcentralen Simrishamn", "SE2321000255-8VS1"),
 "p_vc2":  ("Vårdcentralen Linero, Lund", "SE2321000255-9VL6"),
 "p_hsv":  ("Hemsjukvården Eslöv", "SE2321000255-1HE5"),
 # VGR, Melior
 "v_onk":  ("Jubileumskliniken, onkologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4J2"),
 "v_kir":  ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E7K5"),
 "v_kiravd":("Kirurgavdelning 54, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E7K9"),
 "v_uro":  ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E2U8"),
 "v_lung": ("Lungmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E9L1"),
 "v_brost":("Bröstmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E3B6"),
 "v_gyn":  ("Gynekologisk onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E5G3"),
 "v_hem":  ("Hematologmottagningen, NU-sjukvården NÄL", "SE2321000131-E6H7"),
 "v_dc":   ("Diagnostiskt centrum, Kungälvs sjukhus", "SE2321000131-E1D4"),
 "v_kssk": ("Kontaktsjuksköterskemottagningen cancer, Alingsås lasarett", "SE2321000131-E8A2"),
 "v_barn": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E4S9"),
 "v_hud":  ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2H5"),
 "v_med":  ("Medicinavdelning 21, Skaraborgs Sjukhus Lidköping", "SE2321000131-E5M8"),
 "v_onh":  ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3Ö1"),
 "v_neuro":("Neuroonkologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E6N4"),
 "v_gen":  ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E9G2"),
}

def N(nid, unit, author, role, time, sections, template="Läkaranteckning", system="Melior",
      signed=45, setting="öppenvård"):
    t = datetime.datetime.fromisoformat(time)
    s = None if signed is None else (t + datetime.timedelta(minutes=signed)).isoformat()
    name, hsa = U[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": t.isoformat(), "signed": s, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": x} for k, x in sections]}

CASES = []
def C(name, rs, birth, notes, must, must_not, why):
    CASES.append((name, rs, birth, notes, must, must_not, why))

L = "läkare"; SSK = "sjuksköterska"
# =====================================================================
# NL101 positives: diagnosis visible, patient not (yet) told
# =====================================================================
C("d55-101-pet-skelett-ej-informerad", "skane", "1951-04-18",
  [N("n1", "s_onk", "Henrik Lövgren", L, "2024-03-14T10:20:00", [
    ("Aktuellt", "Känd prostatacancer Gleason 4+4, diagnos i januari. PSMA-PET gjord 12/3 som del av stadieindelningen."),
    ("Bedömning", "PSMA-PET visar multipla skelettmetastaser i bäckenet och kotpelaren. Pat ej informerad om PET-fyndet ännu, besked ges av mig på återbesöket 21/3 tillsammans med kontaktssk."),
  ])], [["NL101", "n1"]], [["NL102", "n1"]],
  "confirmed skeletal metastases visible while the note says the PET finding is not yet told")

C("d55-101-vet-cancer-men-ej-spridning", "vgr", "1958-09-02",
  [N("n1", "v_kir", "Sofia Engström", L, "2024-02-08T13:05:00", [
    ("Aktuellt", "Återbesök efter koloskopi. Pat fick förra veckan veta att biopsin från sigmoideum visade adenocarcinom."),
    ("Bedömning", "DT buk visar tre levermetastaser, största 24 mm i segment 7. Pat vet att det är cancer men inte att den har spridit sig till levern; det tas upp när svaret från MDK föreligger."),
    ("Planering", "Kolorektal MDK på tisdag. Kontaktssk Lena ringer pat efter konferensen."),
  ])], [["NL101", "n1"]], [],
  "patient knows the cancer but not the liver spread that stands in Bedömning")

C("d55-101-pad-besked-pa-mdk-mottagningen", "skane", "1967-11-23",
  [N("n1", "s_brost", "Maria Hedin", L, "2024-02-20T09:40:00", [
    ("Utredning", "Mammografi och UL vä bröst 14/2: 18 mm spikulerad förändring kl 2. Mellannålsbiopsi tagen samma dag."),
    ("Bedömning", "PAD: invasiv duktal cancer, ER-positiv, HER2-negativ, Ki67 20 %. Besked om PAD ges på MDK-mottagningen 29/2, pat är inte informerad ännu."),
  ])], [["NL101", "n1"]], [["NL102", "n1"]],
  "breast cancer PAD visible; the news is saved for the MDK clinic, so not yet told")

C("d55-101-typo-ej-infomerad-smacellig", "vgr", "1949-06-30",
  [N("n1", "v_lung", "Anders Bergqvist", L, "2024-04-03T15:10:00", [
    ("Bedömning", "Cytologi från EBUS station 7 och 4R: småcellig lungcancer. Pat ej infomerad om cytologisvaret, har tid hos mig på torsdag då hon kommer med maken."),
  ])], [["NL101", "n1"]], [],
  "typo 'infomerad': small-cell lung cancer visible, patient not told")

C("d55-101-melanom-ej-fatt-besked", "vgr", "1976-01-12",
  [N("n1", "v_hud", "Karin Alm", L, "2024-04-11T11:15:00", [
    ("Diagnos", "Malignt melanom på ryggen, Breslow 1,8 mm, ulcererat."),
    ("Aktuellt", "PAD från excisionen 5/4 har kommit. Patienten har ännu inte fått besked om att biopsin visade melanom; bokar besök för muntligt besked i stället för brev."),
  ])], [["NL101", "n1"]], [],
  "melanoma in Diagnos while the patient has not yet had the news")

C("d55-101-ska-ej-informeras-per-telefon", "skane", "1955-07-07",
  [N("n1", "s_lung", "Johan Nyberg", L, "2024-05-02T08:50:00", [
    ("Utredning", "Bronkoskopi 29/4 med px från vä underlobsbronk."),
    ("Bedömning", "PAD visar adenocarcinom i vä underlob, EGFR-mutation påvisad. Pat ska inte informeras om cancerdiagnosen per telefon, besked ges av ansvarig läkare vid besöket 6/5 enligt beslut på lung-MDK."),
  ])], [["NL101", "n1"]], [],
  "lung adenocarcinoma visible with an explicit 'ska inte informeras' before the visit")

C("d55-101-lymfom-utkast-kanner-ej-till", "skane", "1983-03-25",
  [N("n1", "s_hem", "Elin Sjöberg", L, "2024-06-13T16:30:00", [
    ("Bedömning", "Lymfkörtelbiopsi från hö axill visar diffust storcelligt B-cellslymfom. Pat känner ännu inte till det bekräftade PAD-svaret och informeras vid besök hos mig på måndag."),
  ], signed=None)], [["NL101", "n1"]], [],
  "unsigned draft: DLBCL visible, patient does not yet know")

C("d55-101-dottern-informerad-pat-ej", "vgr", "1940-12-03",
  [N("n1", "v_med", "Peter Karlsson", L, "2024-05-06T14:00:00", [
    ("Bedömning", "Pankreascancer med levermetastaser enligt DT 2/5 och leverbiopsi. Dottern informerad per telefon för att kunna följa med; själva patienten har ännu inte fått beskedet, det sker vid gemensamt samtal 8/5."),
  ], setting="slutenvård")], [["NL101", "n1"]], [],
  "reverse of the relative case: daughter told, patient herself not told")

C("d55-101-pet-fynd-forsta-anteckningen", "skane", "1962-08-14",
  [N("n1", "s_onk", "Lars Ekholm", L, "2024-03-12T13:25:00", [
    ("Bedömning", "PET-DT 11/3 visar nytillkommen binjuremetastas hö. Pat ej informerad om PET-fyndet, han är bortrest till 20/3 och har bett att inte bli nådd per telefon."),
  ]),
   N("n2", "s_onk", "Lars Ekholm", L, "2024-03-22T10:00:00", [
    ("Besök", "Informerat pat och hustrun om binjuremetastasen och om förslaget från MDK. Pat tog beskedet sakligt och har inga fler frågor i dag."),
  ])], [["NL101", "n1"]], [],
  "the earlier note withholds the metastasis; a later note telling does not clear it")

C("d55-101n-senare-anteckning-berattar", "vgr", "1957-02-19",
  [N("n1", "v_kir", "Emma Lund", L, "2024-06-04T12:00:00", [
    ("Bedömning", "MR lever 4/6 bekräftar två metastaser i hö leverlob. Ej meddelat pat ännu, han har tid på mottagningen 10/6."),
  ]),
   N("n2", "v_kir", "Emma Lund", L, "2024-06-10T09:30:00", [
    ("Besök", "Samtal med pat och sambo. Informerat om att MR visar spridning till levern och att MDK rekommenderar leverresektion efter förbehandling med cytostatika."),
    ("Planering", "Remiss onkologen för preoperativ behandling skickas i dag."),
  ])], [], [["NL101", "n2"]],
  "the later note is the one that tells: no NL101 on it")

C("d55-101-telefon-hjarnmetastaser-tas-vid-besok", "skane", "1960-10-29",
  [N("n1", "s_onk", "Ida Persson", L, "2024-09-05T11:45:00", [
    ("Telefonkontakt", "Ringer pat angående MR hjärna. Nämner inte att MR visade tre hjärnmetastaser, det tas vid besöket i morgon kl 10 då dottern kan följa med."),
  ], template="Telefonanteckning")], [["NL101", "n1"]], [],
  "brain metastases documented in a phone note that deliberately did not mention them")

C("d55-101-valgrundad-misstanke-ej-informerad", "vgr", "1952-05-16",
  [N("n1", "v_uro", "Magnus Holm", L, "2024-01-22T10:10:00", [
    ("Remissbedömning", "Välgrundad misstanke om prostatacancer enligt SVF-kriterier: PSA 41, palpabel knöl i hö lob. Pat är ännu inte informerad om den välgrundade misstanken, inremitterande vårdcentral kontaktar honom i dag."),
  ], template="Remissbedömning")], [["NL101", "n1"], ["NL102", "n1"]], [],
  "suspected prostate cancer visible and the patient not told about the suspicion")

C("d55-101-recidiv-typo-ej-underattad", "skane", "1953-12-11",
  [N("n1", "s_kir", "Ola Wikström", L, "2024-07-08T15:20:00", [
    ("Bedömning", "Recidiv i anastomosen enligt koloskopi och PAD. Pat ännu ej underättad om recidivet, kallas till kolorektalteamet."),
  ], signed=None)], [["NL101", "n1"]], [],
  "typo 'underättad' in an unsigned draft: recurrence visible, patient not told")

C("d55-101-progress-glioblastom-invantar-mdk", "vgr", "1969-04-04",
  [N("n1", "v_neuro", "Jonas Falk", L, "2024-09-02T14:40:00", [
    ("Utredning", "MR hjärna 2/9 jämfört med 3/6."),
    ("Bedömning", "Tydlig progress av glioblastomet med ny kontrastladdande härd frontalt vä. Har inte berättat för pat om progressen, inväntar neuro-MDK på torsdag innan besked ges."),
  ])], [["NL101", "n1"]], [["NL102", "n1"]],
  "clear progression of glioblastoma visible, patient deliberately not yet told")

C("d55-101-epikris-hcc-konfusion", "vgr", "1946-08-21",
  [N("n1", "v_med", "Hanna Öberg", L, "2024-10-15T13:00:00", [
    ("Epikris", "Inlagd pga konfusion och tilltagande ascites. DT och leverbiopsi visade hepatocellulär cancer i cirrotisk lever. Pat har inte informerats om cancern under vårdtiden p.g.a. fluktuerande konfusion; ansvarig läkare och kontaktssk informerar henne när hon är klarare."),
  ], template="Epikris", setting="slutenvård")], [["NL101", "n1"]], [["NL102", "n1"]],
  "discharge summary states HCC and that the patient was not informed")

C("d55-101-peritoneal-karcinos-ej-fatt-veta", "skane", "1961-06-02",
  [N("n1", "s_gyn", "Camilla Roos", L, "2024-10-03T16:05:00", [
    ("Utredning", "DT thorax-buk 1/10 på grund av bukomfång och viktnedgång."),
    ("Bedömning", "DT visar peritoneal karcinos med måttlig ascites och omental kaka. Pat har inte fått veta resultatet än; kallas till gyn-onk-mottagningen nästa vecka."),
  ])], [["NL101", "n1"]], [],
  "peritoneal carcinosis visible; 'har inte fått veta' is the untold marker")

C("d55-101-sonen-vill-att-pat-ej-far-veta", "skane", "1938-03-09",
  [N("n1", "s_med", "Fredrik Ahl", L, "2024-04-17T10:30:00", [
    ("Aktuellt", "Gastroskopi i går med px från ulcererande process i korpus."),
    ("Bedömning", "Ventrikelcancer enligt PAD. Sonen ber att pat inte ska få veta diagnosen och pat har därför ännu inte informerats; samtal med sonen om pats rätt till information bokat i morgon."),
  ], setting="slutenvård")], [["NL101", "n1"]], [],
  "son asks to withhold; gastric cancer visible and patient not informed")

C("d55-101-typo-ej-informerd-hjarnmetastas", "vgr", "1964-11-30",
  [N("n1", "v_onk", "Sara Lindholm", L, "2024-08-19T09:15:00", [
    ("Bedömning", "Solitär hjärnmetastas i vä cerebellarhemisfär, 15 mm, hos pat med känd malignt melanom. Pat ej informerd om metastasen, träffar mig 22/8 tillsammans med kontaktssk."),
  ])], [["NL101", "n1"]], [],
  "typo 'informerd': cerebellar metastasis visible, patient not told")

C("d55-101-barn-neuroblastom-ingen-informerad", "skane", "2020-05-27",
  [N("n1", "s_barn", "Malin Dahl", L, "2024-02-27T17:10:00", [
    ("Bedömning", "MIBG-scintigrafi visar spridning av neuroblastomet till skelettet i lårben och bäcken. Varken föräldrarna eller barnet har informerats om skelettspridningen, samtal planeras i morgon med barnonkolog och kurator."),
  ], setting="slutenvård")], [["NL101", "n1"]], [],
  "child under 13: skeletal spread visible, neither child nor guardians told")

C("d55-101-tonsillcancer-besked-pa-mdk", "skane", "1966-09-13",
  [N("n1", "s_onh", "Erik Brandt", L, "2024-04-09T12:20:00", [
    ("Status", "Tonsill hö förstorad, ulcererad, fast vid palpation. Hals: 2 cm fast körtel regio II hö."),
    ("Bedömning", "PAD: skivepitelcancer i tonsill hö, p16-positiv. Pat inte informerad ännu, besked ges på huvud-hals-MDK-mottagningen 17/4."),
  ])], [["NL101", "n1"]], [["NL102", "n1"]],
  "tonsil cancer PAD visible; news postponed to the MDK clinic")

C("d55-101-vgr-visible-dx-trots-tidiga-hyp-sokord", "vgr", "1959-01-06",
  [N("n1", "v_gyn", "Therese Nord", L, "2024-05-21T14:25:00", [
    ("Tidiga hypoteser", "Pat ej informerad om att CA 125-stegringen kan bero på återfall."),
    ("Bedömning", "DT visar recidiv av ovarialcancern med nya peritoneala härdar. Pat ännu inte informerad om DT-svaret, besked vid besöket 28/5."),
  ])], [["NL101", "n1"]], [],
  "untold recurrence written in Bedömning, not only in the protected sökord")

# =====================================================================
# NL101 negatives
# =====================================================================
C("d55-101n-informerad-om-valgrundad-misstanke", "skane", "1956-02-28",
  [N("n1", "s_kiry", "Per Mattsson", L, "2024-01-16T11:00:00", [
    ("Bedömning", "Järnbristanemi, blod i avföringen och förändrade avföringsvanor sedan 2 mån. Pat informerad om välgrundad misstanke om tjocktarmscancer och om vad standardiserat vårdförlopp innebär."),
    ("Åtgärd", "Remiss koloskopi inom SVF skickad. Kontaktssk Anna lämnat sitt direktnummer."),
  ])], [["NL102", "n1"]], [["NL101", "n1"]],
  "patient told about the well-founded suspicion: NL102 yes, NL101 no")

C("d55-101n-operationsdatum-ej-meddelat", "vgr", "1970-07-19",
  [N("n1", "v_brost", "Linnea Svensson", SSK, "2024-03-05T10:40:00", [
    ("Telefonkontakt", "Kontaktsjuksköterska. Pat fick besked om bröstcancern vid förra besöket hos kirurgen. Operationsdatum är inte bestämt och pat har inte fått något datum ännu; koordinatorn hör av sig när operationsplaneringen är klar."),
  ], template="Omvårdnadsanteckning")], [], [["NL101", "n1"]],
  "what is untold is a date; the cancer itself was told")

C("d55-101n-systerns-brca-svar", "skane", "1979-10-08",
  [N("n1", "s_gen", "Cecilia Ström", L, "2024-05-14T13:30:00", [
    ("Anamnes", "Pat opererad för bröstcancer 2022, väl informerad om sin sjukdom. Egen BRCA-analys negativ."),
    ("Aktuellt", "Systerns BRCA2-analys är inte klar och pat har inte informerats om något resultat för systern; svaret går till systern själv."),
  ])], [], [["NL101", "n1"]],
  "the untold item is a relative's genetic test, not the patient's diagnosis")

C("d55-101n-benign-cytologi-ej-meddelad", "vgr", "1988-04-22",
  [N("n1", "v_onh", "Oskar Lind", L, "2024-03-26T15:00:00", [
    ("Utredning", "Finnålspunktion av 2 cm knöl i thyreoideas hö lob."),
    ("Bedömning", "Cytologi benign, Bethesda II, inga maligna celler. Pat ej informerad ännu, svaret skickas med brev i veckan."),
  ])], [], [["NL101", "n1"], ["NL102", "n1"]],
  "the untold result is benign: nothing malignant withheld")

C("d55-101n-endometriecancer-maken-ej-informerad", "skane", "1963-05-05",
  [N("n1", "s_gyn", "Anna Wester", L, "2024-06-18T10:15:00", [
    ("Besök", "Pat informerad i dag om att PAD från skrapet visar endometriecancer, endometrioid typ grad 1. Hon vill själv berätta för maken och ber att vi inte informerar honom ännu."),
    ("Planering", "MR lilla bäckenet och DT thorax. Hysterektomi via robot planeras."),
  ])], [], [["NL101", "n1"]],
  "patient told; only the husband is not to be informed")

C("d55-101n-tidiga-hypoteser-mall-skane", "skane", "1950-09-17",
  [N("n1", "s_kir", "Gustav Engel", L, "2024-03-06T14:10:00", [
    ("Tidiga hypoteser", "Leverförändringarna på DT 5/3 är sannolikt metastaser. Pat ej informerad i väntan på MR lever och MDK."),
  ], template="Tidiga hypoteser"),
   N("n2", "s_kir", "Gustav Engel", L, "2024-03-06T14:20:00", [
    ("Planering", "MR lever beställd. Återbesök när svaret kommit, tid skickas hem."),
  ])], [], [["NL101", "n1"], ["NL102", "n1"], ["NL101", "n2"]],
  "Skåne: the untold hypothesis is only in the Tidiga hypoteser template")

C("d55-101n-tidiga-hypoteser-sokord-vgr", "vgr", "1954-03-31",
  [N("n1", "v_lung", "Mikael Sandberg", L, "2024-04-12T09:00:00", [
    ("Aktuellt", "Återbesök efter DT thorax på grund av långdragen hosta."),
    ("Tidiga hypoteser", "Misstänkt lungcancer hö ovanlob, 3 cm spikulerad förändring. Pat ej informerad om misstanken före bronkoskopin."),
    ("Planering", "Bronkoskopi v. 16, pat har fått skriftlig information om undersökningen."),
  ])], [], [["NL101", "n1"], ["NL102", "n1"]],
  "VGR: suspicion and withholding only under the Tidiga hypoteser sökord")

C("d55-101n-inget-om-information", "skane", "1948-08-08",
  [N("n1", "s_uro", "Hampus Berg", L, "2024-02-13T08:30:00", [
    ("Diagnos", "Prostatacancer, Gleason 3+4=7, cT2a, PSA 8,4."),
    ("Åtgärd", "Fortsatt handläggning enligt regionalt vårdprogram, uro-onk-MDK 20/2."),
  ])], [], [["NL101", "n1"], ["NL102", "n1"]],
  "confirmed diagnosis and nothing at all said about telling")

C("d55-101n-sedan-tidigare-informerad", "vgr", "1947-11-11",
  [N("n1", "v_lung", "Yasmin Haddad", L, "2024-03-19T13:45:00", [
    ("Aktuellt", "Pat sedan tidigare informerad om lungcancerdiagnosen, fick beskedet i februari av dr Ahmadi."),
    ("Status", "AT: opåverkad, ECOG 1. Pulm: nedsatt andningsljud basalt hö."),
    ("Planering", "Start av kemoradioterapi 25/3."),
  ])], [], [["NL101", "n1"]],
  "patient told earlier: no NL101")

C("d55-101n-remissen-ej-meddelad", "skane", "1965-12-24",
  [N("n1", "s_kir", "Nina Forsberg", L, "2024-08-27T11:30:00", [
    ("Bedömning", "Pat fick beskedet om rektalcancer vid förra besöket. Remiss till strålbehandling skickad i dag; pat har ännu inte informerats om att remissen gått iväg, kontaktssk ringer honom i morgon."),
  ])], [], [["NL101", "n1"]],
  "untold thing is that the referral was sent, diagnosis already told")

C("d55-101n-uppskjuten-kur-ej-meddelad", "vgr", "1972-02-03",
  [N("n1", "v_gyn", "Rebecka Strand", L, "2024-09-24T08:15:00", [
    ("Bedömning", "Känd ovarialcancer under karboplatin/paklitaxel, väl informerad om sin sjukdom. Neutrofiler 0,6, kur 4 skjuts en vecka. Pat inte informerad om uppskjutningen ännu, ssk ringer i eftermiddag."),
  ])], [], [["NL101", "n1"]],
  "untold item is a postponed treatment, not a diagnosis")

C("d55-101n-kontaktssk-meddelat-pad", "skane", "1957-07-01",
  [N("n1", "s_onh", "Jenny Mårtensson", SSK, "2024-04-22T14:50:00", [
    ("Telefonkontakt", "Kontaktsjuksköterska. Har enligt överenskommelse med dr Brandt meddelat pat PAD-beskedet: skivepitelcancer i munbotten. Pat ledsen men samlad, vill ha med sin syster till MDK-mottagningen."),
  ], template="Telefonanteckning")], [], [["NL101", "n1"]],
  "contact nurse has told the patient the PAD result")

C("d55-101n-besked-om-recidiv-givet", "vgr", "1955-10-10",
  [N("n1", "v_gyn", "Helena Björk", L, "2024-07-02T15:35:00", [
    ("Besök", "Pat har i dag fått besked om att CA 125-stegringen beror på recidiv av ovarialcancer, bekräftat med DT. Hon önskar starta behandling så snart som möjligt."),
  ])], [], [["NL101", "n1"]],
  "recurrence confirmed and told today")

C("d55-101n-normal-dt-svar-ej-meddelat", "skane", "1969-03-15",
  [N("n1", "s_onk", "Tobias Hallberg", L, "2024-11-05T10:05:00", [
    ("Bedömning", "Uppföljande DT thorax-buk efter avslutad adjuvant behandling: inga tecken på recidiv eller metastaser. Svaret är ännu inte meddelat pat, skickas med brev."),
  ])], [], [["NL101", "n1"], ["NL102", "n1"]],
  "untold result is normal (no recurrence)")

C("d55-101n-mdk-datum-ej-meddelat", "vgr", "1961-08-30",
  [N("n1", "v_kir", "Viktor Sahlin", L, "2024-05-28T12:40:00", [
    ("Bedömning", "Rektalcancer 8 cm från anus, PAD adenocarcinom; pat informerad om diagnosen i dag. Pat vet ännu inte vilket datum konferensen blir, kontaktssk meddelar det."),
  ])], [], [["NL101", "n1"], ["NL102", "n1"]],
  "the MDK date is untold; the diagnosis itself was told")

C("d55-101n-vet-om-spridningen", "skane", "1950-01-20",
  [N("n1", "s_onk", "Rasmus Ek", L, "2024-10-22T09:50:00", [
    ("Aktuellt", "Pat vet att det är cancer och att den har spridit sig till skelettet; vi har pratat om det vid två tillfällen. Han vill nu diskutera palliativ strålbehandling mot smärtande kota."),
  ])], [], [["NL101", "n1"]],
  "mirror of the 'vet … men inte spridning' case: the spread is known")

C("d55-101n-typo-infromerad-om-pet", "vgr", "1959-05-09",
  [N("n1", "v_onk", "Moa Hellström", L, "2024-06-26T11:10:00", [
    ("Bedömning", "PET-DT visar nytillkomna lungmetastaser bilat. Pat infromerad om PET-fyndet i dag tillsammans med kontaktssk, önskar betänketid inför val av behandling."),
  ])], [], [["NL101", "n1"]],
  "typo 'infromerad': patient told about the PET finding")

C("d55-101n-lymfom-per-telefon-onskemal", "skane", "2005-09-04",
  [N("n1", "s_hem", "Axel Holmgren", L, "2024-02-01T16:00:00", [
    ("Telefonkontakt", "Meddelat pat att biopsin visade Hodgkins lymfom, nodulär skleros, enligt hans uttryckliga önskan om besked per telefon. Besök med mamma bokat på fredag för behandlingsplan."),
  ], template="Telefonanteckning")], [], [["NL101", "n1"]],
  "19-year-old told by phone at his own request")

C("d55-101n-epikris-informerad-av-onkolog", "skane", "1944-04-26",
  [N("n1", "s_med", "Sanna Jeppsson", L, "2024-11-19T14:30:00", [
    ("Epikris", "Inlagd med hyperkalcemi, utredning visade multipelt myelom. Pat och make informerade av hematolog under vårdtiden, behandling startad med daratumumab-kombination."),
  ], template="Epikris", setting="slutenvård")], [], [["NL101", "n1"]],
  "discharge summary: myeloma diagnosed and told during stay")

# =====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# =====================================================================
C("d55-102-misstankt-progress-dd-stralreaktion", "skane", "1971-02-14",
  [N("n1", "s_neuro", "Karl Rydén", L, "2024-01-30T10:00:00", [
    ("Utredning", "MR hjärna 3 mån efter avslutad strålbehandling: ökad kontrastuppladdning i resektionskaviteten."),
    ("Bedömning", "Misstänkt progress av gliomet, DD strålreaktion. Diskuteras på neuro-MDK 6/2."),
  ])], [["NL102", "n1"]], [["NL101", "n1"]],
  "'misstänkt progress' with DD in Bedömning")

C("d55-102-trol-pseudoprogress-immunterapi", "vgr", "1963-10-05",
  [N("n1", "v_onk", "Lisa Wahlberg", L, "2024-02-15T14:20:00", [
    ("Bedömning", "Lätt storleksökning av lungmetastaserna efter 3 kurer pembrolizumab men pat mår bättre, ECOG 0. Trol. pseudoprogress."),
    ("Planering", "Fortsatt behandling, ny DT om 6 v."),
  ])], [["NL102", "n1"]], [],
  "'Trol. pseudoprogress' on immunotherapy")

C("d55-102-oklar-leverforandring-dd-metastas-hemangiom", "skane", "1958-06-25",
  [N("n1", "s_kir", "Maja Kronqvist", L, "2024-03-11T09:30:00", [
    ("Bedömning", "Opererad för koloncancer 2023. Kontroll-DT: oklar förändring i levern segment 4b, 11 mm, DD metastas/hemangiom."),
    ("Åtgärd", "MR lever med leverspecifikt kontrastmedel beställd."),
  ])], [["NL102", "n1"]], [],
  "unclear liver lesion with DD metastasis/haemangioma")

C("d55-102-valgrundad-misstanke-remissbedomning", "vgr", "1949-09-09",
  [N("n1", "v_uro", "Nils Ekström", L, "2024-01-25T08:45:00", [
    ("Remissbedömning", "Inkommen remiss från vårdcentral: PSA 23, hård hö lob. Välgrundad misstanke om prostatacancer, SVF startat. MR prostata och biopsi bokas inom förloppets ledtider."),
  ], template="Remissbedömning")], [["NL102", "n1"]], [],
  "SVF 'välgrundad misstanke' in a visible referral assessment")

C("d55-102-susp-lungcancer", "skane", "1952-11-02",
  [N("n1", "s_lung", "Ali Rahimi", L, "2024-02-22T13:10:00", [
    ("Anamnes", "Rökare, 40 paketår. Hosta och blodtingerade upphostningar sedan 6 v."),
    ("Bedömning", "Susp. lungcancer hö ovanlob enligt DT. Bronkoskopi och PET-DT inom SVF lunga."),
  ])], [["NL102", "n1"]], [],
  "abbreviated 'Susp.' lung cancer")

C("d55-102-forenligt-med-lymfom", "vgr", "1975-04-17",
  [N("n1", "v_hem", "Caroline Vik", L, "2024-03-07T15:00:00", [
    ("Utredning", "DT hals-thorax-buk: generaliserad lymfadenopati och splenomegali, förenligt med lymfom."),
    ("Planering", "Exstirpation av körtel på halsen, ÖNH kontaktade."),
  ])], [["NL102", "n1"]], [],
  "'förenligt med lymfom' in Utredning")

C("d55-102-bild-som-vid-karcinomatos", "skane", "1960-08-03",
  [N("n1", "s_gyn", "Sofie Lindgren", L, "2024-04-24T11:25:00", [
    ("Bedömning", "DT: ascites och omental kaka, bild som vid peritoneal karcinomatos med trol. ovariellt ursprung. Diagnostisk laparoskopi planeras."),
  ])], [["NL102", "n1"]], [],
  "'bild som vid' peritoneal carcinomatosis")

C("d55-102-kan-ej-utesluta-lokalrecidiv", "vgr", "1957-12-19",
  [N("n1", "v_kir", "Daniel Åberg", L, "2024-05-13T10:35:00", [
    ("Bedömning", "Ny väggförtjockning vid anastomosen på kontroll-DT; kan ej utesluta lokalrecidiv."),
    ("Åtgärd", "Koloskopi med px bokas inom 2 v."),
  ])], [["NL102", "n1"]], [],
  "'kan ej utesluta' lokalrecidiv")

C("d55-102-talar-for-skelettmetastasering", "skane", "1945-03-28",
  [N("n1", "s_onk", "Birgitta Nordin", L, "2024-06-05T09:05:00", [
    ("Bedömning", "Skelettscintigrafi: multipla upptag i kotpelare och revben, talar för skelettmetastasering av känd bröstcancer."),
  ])], [["NL102", "n1"]], [],
  "'talar för' skeletal metastases")

C("d55-102-typo-sannolkt-njurcellscancer", "vgr", "1961-07-23",
  [N("n1", "v_uro", "Joakim Dahlberg", L, "2024-06-20T14:15:00", [
    ("Bedömning", "Incidentalom vä njure på DT, 5 cm solid kontrastladdande tumör. Sannolkt njurcellscancer, diskuteras på uro-MDK."),
  ])], [["NL102", "n1"]], [],
  "typo 'Sannolkt': probable renal cell carcinoma")

C("d55-102-fragetecken-melanom", "skane", "1980-05-31",
  [N("n1", "s_hud", "Petra Axelsson", L, "2024-07-03T13:40:00", [
    ("Status", "Rygg: 9 mm pigmenterad förändring med oregelbunden kant och flera färger."),
    ("Bedömning", "?Malignt melanom. Diagnostisk excision med 2 mm marginal utförd i dag."),
  ])], [["NL102", "n1"]], [],
  "question-mark hedge on melanoma")

C("d55-102-inger-misstanke-ovarialcancer", "vgr", "1954-01-08",
  [N("n1", "v_gyn", "Eva Runesson", L, "2024-07-16T10:50:00", [
    ("Status", "Vaginalt UL: 9 cm multilokulär cysta vä adnex med solida partier och flöde."),
    ("Bedömning", "Fyndet inger misstanke om ovarialcancer, CA 125 350. Start av SVF äggstockscancer."),
  ])], [["NL102", "n1"]], [],
  "'inger misstanke om' ovarian cancer")

C("d55-102-typo-mojlig-levermetastsas", "skane", "1966-04-12",
  [N("n1", "s_kir", "Albin Sundin", L, "2024-08-06T15:30:00", [
    ("Bedömning", "Möjlig levermetastsas i segment 6 enligt UL, pat opererad för ventrikelcancer i vintras. MR lever beställd."),
  ], signed=None)], [["NL102", "n1"]], [],
  "typo in the disease word, 'möjlig' hedge, unsigned draft")

C("d55-102-fragestallning-myelom-remiss", "vgr", "1950-10-27",
  [N("n1", "v_med", "Tove Lindqvist", L, "2024-08-14T11:05:00", [
    ("Remiss", "Till hematologmottagningen NÄL. Frågeställning: myelom? M-komponent IgG 28 g/L, Hb 98, kreatinin stigande och ryggsmärta."),
  ], template="Remiss", setting="slutenvård")], [["NL102", "n1"]], [],
  "'Frågeställning: myelom?' in a referral note")

C("d55-102-kan-rora-sig-om-tidigt-recidiv", "skane", "1972-08-20",
  [N("n1", "s_brost", "Amanda Friberg", L, "2024-09-10T10:20:00", [
    ("Bedömning", "Ny knöl i operationsärret vä; kan röra sig om ett tidigt lokalrecidiv men fettnekros är också tänkbart. Mellannålsbiopsi tas i dag."),
  ])], [["NL102", "n1"]], [],
  "'kan röra sig om' local recurrence")

C("d55-102-typo-missankt-karcinoid", "vgr", "1968-02-11",
  [N("n1", "v_kir", "Filip Lundström", L, "2024-09-18T13:55:00", [
    ("Bedömning", "Missänkt karcinoid i terminala ileum enligt DT med mesenteriell körtel. Kromogranin A och 5-HIAA tas."),
  ])], [["NL102", "n1"]], [],
  "typo 'Missänkt': suspected carcinoid")

C("d55-102-lang-anteckning-dd-ventrikelcancer", "skane", "1947-06-06",
  [N("n1", "s_med", "Gunnar Isaksson", L, "2024-10-09T16:40:00", [
    ("Anamnes", "Inkommer remitterad från vårdcentral för utredning av anemi. Tilltagande trötthet sedan 3 mån, ofrivillig viktnedgång 7 kg, tidig mättnadskänsla. Ingen hematemes, periodvis mörka avföringar. Tar Trombyl 75 mg sedan stroke 2019. Röker ej, alkohol sparsamt. Bor med hustrun i villa, klarar sig själv."),
    ("Status", "AT: blek, opåverkad. Cor: RR 84, inga blåsljud. Pulm: ua bilat. Buk: mjuk, lätt palpationsöm i epigastriet, ingen palpabel resistens. Lgll: ingen förstorad körtel supraklavikulärt."),
    ("Lab", "Hb 84, MCV 71, ferritin 6, CRP 9, krea 88, albumin 31."),
    ("Bedömning", "Järnbristanemi med viktnedgång och dyspepsi hos 77-årig man på ASA. DD ventrikelcancer/ulcus, även koloncancer får uteslutas."),
    ("Åtgärd", "Gastroskopi i morgon, koloskopi beställd. Trombyl pausas. Inj. järn ges på avdelningen."),
  ], setting="slutenvård")], [["NL102", "n1"]], [],
  "long chart; one DD on gastric cancer in Bedömning")

C("d55-102-trolig-lokalrecidiv-larynx", "vgr", "1955-03-04",
  [N("n1", "v_onh", "Patrik Nygren", L, "2024-10-23T09:25:00", [
    ("Status", "Fiberlaryngoskopi: ny exofytisk förändring på hö stämband, nedsatt rörlighet."),
    ("Bedömning", "Trolig lokalrecidiv av larynxcancer 2 år efter strålbehandling. Mikrolaryngoskopi med px bokas."),
  ])], [["NL102", "n1"]], [],
  "'Trolig' local recurrence of laryngeal cancer")

C("d55-102-barn-misstankt-wilms", "vgr", "2021-08-15",
  [N("n1", "v_barn", "Alexandra Berglund", L, "2024-11-06T12:30:00", [
    ("Bedömning", "3-årig flicka med palpabel resistens i vä flank. UL visar 8 cm solid njurtumör; misstänkt Wilms tumör."),
    ("Planering", "MR buk och DT thorax i narkos på fredag, föräldrarna informerade om utredningsplanen."),
  ], setting="slutenvård")], [["NL102", "n1"]], [],
  "child under 13: suspected Wilms tumour in a visible note")

C("d55-102-diagnos-sokord-blascancer-fragetecken", "skane", "1951-12-30",
  [N("n1", "s_uro", "Henrik Ståhl", L, "2024-11-13T08:20:00", [
    ("Diagnos", "Makroskopisk hematuri. Blåscancer?"),
    ("Åtgärd", "Cystoskopi och DT urografi inom SVF urinblåsecancer."),
  ])], [["NL102", "n1"]], [],
  "hedged diagnosis with a trailing '?' under sökord Diagnos")

C("d55-102-vgr-bade-tidiga-hyp-och-bedomning", "vgr", "1964-05-26",
  [N("n1", "v_hem", "Robin Westerlund", L, "2024-04-29T14:05:00", [
    ("Tidiga hypoteser", "Trol. transformation till aggressivt lymfom."),
    ("Bedömning", "Snabbt växande körtlar och stigande LD hos pat med känt follikulärt lymfom, misstänkt transformation till diffust storcelligt B-cellslymfom. Ny px bokas."),
  ])], [["NL102", "n1"]], [],
  "VGR: the hypothesis is also written in Bedömning, so it is visible")

C("d55-102-skane-ny-anteckning-efter-tidiga-hyp", "skane", "1959-09-14",
  [N("n1", "s_dc", "Josefin Malm", L, "2024-05-15T10:00:00", [
    ("Tidiga hypoteser", "Ospecifika symtom, viktnedgång och förhöjd SR; misstänkt pankreascancer."),
  ], template="Tidiga hypoteser"),
   N("n2", "s_dc", "Josefin Malm", L, "2024-05-15T10:15:00", [
    ("Bedömning", "Utredning inom SVF allvarliga ospecifika symtom. Misstänkt pankreascancer enligt DT, tumörmarkörer tagna."),
  ])], [["NL102", "n2"]], [["NL102", "n1"]],
  "Skåne: the protected template shields n1 only; the ordinary note n2 shows the suspicion")

C("d55-102-differentialdiagnos-sarkom-ung", "skane", "2006-11-19",
  [N("n1", "s_onk", "Mattias Holmberg", L, "2024-03-20T13:15:00", [
    ("Bedömning", "17-åring med smärta och svullnad distala femur vä, rtg med periostreaktion. Differentialdiagnos osteosarkom eller osteomyelit, MR och biopsi på sarkomcentrum."),
  ])], [["NL102", "n1"]], [],
  "'Differentialdiagnos' osteosarcoma in a 17-year-old")

# =====================================================================
# NL102 negatives
# =====================================================================
C("d55-102n-ingen-misstanke-om-spridning", "skane", "1968-01-29",
  [N("n1", "s_brost", "Ingrid Sjöstrand", L, "2024-01-18T14:45:00", [
    ("Bedömning", "Nyopererad bröstcancer vä, pT1cN0. Ingen misstanke om spridning enligt DT thorax-buk."),
    ("Planering", "Adjuvant strålbehandling och endokrin behandling enligt MDK."),
  ])], [], [["NL102", "n1"]],
  "'ingen misstanke om spridning' with a confirmed cancer")

C("d55-102n-inga-tecken-pa-recidiv-analcancer", "vgr", "1962-04-09",
  [N("n1", "v_onk", "Olivia Granqvist", L, "2024-02-27T10:30:00", [
    ("Bedömning", "Årskontroll 3 år efter kemoradioterapi för analcancer. Inga tecken på recidiv kliniskt eller på DT."),
  ])], [], [["NL102", "n1"], ["NL101", "n1"]],
  "'inga tecken på recidiv' at follow-up")

C("d55-102n-hemangiom-metastas-uteslutes", "skane", "1958-10-16",
  [N("n1", "s_kir", "Kristoffer Bengtsson", L, "2024-03-27T11:50:00", [
    ("Bedömning", "MR lever: förändringen i segment 4b är ett typiskt hemangiom, metastas uteslutes. Fortsatt kontroll enligt kolorektalprogrammet."),
  ])], [], [["NL102", "n1"]],
  "mirror of the DD case: metastasis ruled out")

C("d55-102n-mamma-misstankt-ovarialcancer", "vgr", "1985-12-05",
  [N("n1", "v_gen", "Louise Hammar", L, "2024-04-16T09:20:00", [
    ("Anamnes", "Mamma hade misstänkt ovarialcancer vid 52 års ålder men avled innan utredningen var klar. Morbror bröstcancer."),
    ("Bedömning", "Pat själv frisk. Erbjuds genetisk analys efter vägledningssamtal."),
  ])], [], [["NL102", "n1"]],
  "suspected cancer belongs to the mother")

C("d55-102n-ev-remiss-trolig-start", "skane", "1953-07-29",
  [N("n1", "s_onk", "Simon Arvidsson", L, "2024-05-08T15:45:00", [
    ("Planering", "Känd metastaserad pankreascancer. Ev. remiss till ASIH längre fram; trolig start av andra linjens cytostatika v. 22."),
  ])], [], [["NL102", "n1"]],
  "hedges only on plans (referral, treatment start)")

C("d55-102n-pmo-valgrundad-misstanke-svf", "skane", "1955-05-22",
  [N("n1", "p_vc1", "Åsa Norén", L, "2024-01-10T11:20:00", [
    ("Bedömning", "Välgrundad misstanke om tjocktarmscancer: synligt blod i avföringen, Hb 102, positivt F-Hb. Remiss enligt SVF tjock- och ändtarmscancer skickad till kirurgen Ystad."),
  ], system="PMO", template="Besök")], [], [["NL102", "n1"]],
  "PMO never shows diagnoses: SVF suspicion in primary care")

C("d55-102n-pmo-typo-susp-prostatacacer", "skane", "1950-02-17",
  [N("n1", "p_vc2", "Lennart Ohlsson", L, "2024-06-11T10:05:00", [
    ("Bedömning", "Susp prostatacacer, PSA 12 och asymmetrisk prostata vid palpation. Remiss urologen."),
  ], system="PMO", template="Besök")], [], [["NL102", "n1"]],
  "PMO, with typo: suspected prostate cancer never asserted")

C("d55-102n-tidiga-hypoteser-mall-skane", "skane", "1949-04-01",
  [N("n1", "s_onk", "Vera Lindblad", L, "2024-07-09T14:35:00", [
    ("Tidiga hypoteser", "Misstänkt levermetastasering, DD fokal nodulär hyperplasi. Avvaktar MR."),
  ], template="Tidiga hypoteser")], [], [["NL102", "n1"], ["NL101", "n1"]],
  "Skåne: suspicion only in the Tidiga hypoteser template")

C("d55-102n-tidiga-hypoteser-sokord-vgr", "vgr", "1967-09-25",
  [N("n1", "v_hem", "Julia Sandström", L, "2024-08-01T11:55:00", [
    ("Aktuellt", "Kontroll efter avslutad R-CHOP för 2 år sedan. Nattsvettningar sista månaden."),
    ("Tidiga hypoteser", "Trol. återfall av lymfomet."),
    ("Planering", "DT hals-thorax-buk och lab, återbesök om 2 v."),
  ])], [], [["NL102", "n1"]],
  "VGR: the hedge is only under the Tidiga hypoteser sökord")

C("d55-102n-bekraftad-pad-lobular", "vgr", "1960-12-14",
  [N("n1", "v_brost", "Karolina Melin", L, "2024-08-22T13:00:00", [
    ("Diagnos", "Invasiv lobulär bröstcancer hö, 22 mm, grad 2, N0."),
    ("Planering", "Sektorresektion och portvaktskörtel 5/9."),
  ])], [], [["NL102", "n1"]],
  "confirmed diagnosis, no hedge")

C("d55-102n-villkor-neutropen-feber", "skane", "1974-06-08",
  [N("n1", "s_onk", "Hanna Borgström", SSK, "2024-09-03T10:25:00", [
    ("Information", "Inför första kuren FEC. Om pat får feber ≥38,0 kan det röra sig om neutropen feber och hon ska då ringa onkologens jourtelefon direkt. Skriftlig information om biverkningar lämnad."),
  ], template="Omvårdnadsanteckning")], [], [["NL102", "n1"]],
  "conditional advice ('om feber … kan röra sig om'), not a diagnosis of the patient")

C("d55-102n-mojligen-forstorad-lymfkortel", "vgr", "1971-11-28",
  [N("n1", "v_brost", "Matilda Eriksson", L, "2024-09-12T09:40:00", [
    ("Status", "UL vä axill: möjligen lätt förstorad lymfkörtel, 9 mm, normal hilus och kortex."),
    ("Bedömning", "Känd cancer i vä bröst inför operation, axillen bedöms som benign. Ingen åtgärd."),
  ])], [], [["NL102", "n1"]],
  "hedge on a finding (node size), not a disease")

C("d55-102n-talar-emot-malignitet", "skane", "1982-02-02",
  [N("n1", "s_onh", "Emil Törnqvist", L, "2024-10-01T15:05:00", [
    ("Bedömning", "Resistens på halsen sedan 2 mån, UL och finnålscytologi talar emot malignitet. Ny klinisk kontroll om 3 mån."),
  ])], [], [["NL102", "n1"]],
  "'talar emot malignitet'")

C("d55-102n-utan-hallpunkt-for-metastaser", "vgr", "1952-03-19",
  [N("n1", "v_uro", "Göran Pettersson", L, "2024-10-17T10:45:00", [
    ("Bedömning", "Högrisk prostatacancer Gleason 4+5. Skelettscintigrafi och DT utan hållpunkt för metastaser. Kurativ strålbehandling med hormonell behandling rekommenderas."),
  ])], [], [["NL102", "n1"]],
  "'utan hållpunkt för metastaser' with confirmed cancer")

C("d55-102n-misstanken-avskrivs", "skane", "1957-08-27",
  [N("n1", "s_lung", "Ebba Lindström", L, "2024-10-30T14:10:00", [
    ("Bedömning", "Misstanken om lungcancer avskrivs. PET negativ och förändringen har gått i regress efter antibiotika, det var en pneumoni."),
    ("Planering", "SVF avslutas, ingen ytterligare kontroll."),
  ])], [], [["NL102", "n1"]],
  "suspicion explicitly dropped ('avskrivs')")

C("d55-102n-typo-ingen-misstake-om-spridning", "vgr", "1965-07-11",
  [N("n1", "v_kir", "Hugo Nilsson", L, "2024-11-07T12:15:00", [
    ("Bedömning", "Koloncancer i cekum, opererad med hö hemikolektomi, pT3N0. Ingen misstake om spridning på preop DT."),
  ])], [], [["NL102", "n1"]],
  "typo 'misstake' in a negated suspicion")

C("d55-102n-bror-under-utredning", "skane", "1956-11-03",
  [N("n1", "s_uro", "Mohammed Saleh", L, "2024-11-21T09:35:00", [
    ("Anamnes", "Bror under utredning för misstänkt prostatacancer, därför orolig och vill kontrollera sig."),
    ("Bedömning", "Pat själv PSA 1,2 och normal palpation. Ingen vidare utredning."),
  ])], [], [["NL102", "n1"]],
  "suspected cancer is the brother's")

C("d55-102n-pad-fibroadenom", "skane", "1994-09-21",
  [N("n1", "s_brost", "Klara Holm", L, "2024-03-13T11:40:00", [
    ("Bedömning", "PAD från mellannålsbiopsin: fibroadenom. Ingen malignitet, pat informerad och avslutas från mottagningen."),
  ])], [], [["NL102", "n1"], ["NL101", "n1"]],
  "benign confirmed result")

C("d55-102n-trolig-hemgang", "vgr", "1948-05-13",
  [N("n1", "v_kiravd", "Elsa Kjellberg", L, "2024-04-04T08:05:00", [
    ("Aktuellt", "Dag 2 efter hö hemikolektomi för koloncancer. Mobiliserad, äter, gasavgång."),
    ("Planering", "Trolig hemgång på fredag om fortsatt stabil."),
  ], setting="slutenvård", template="Daganteckning")], [], [["NL102", "n1"]],
  "hedge on discharge day only")

C("d55-102n-seborroisk-keratos-ej-misstanke", "skane", "1978-03-07",
  [N("n1", "s_hud", "Theo Gustafsson", L, "2024-05-23T13:50:00", [
    ("Bedömning", "Dermatoskopi av förändringen på bröstet: seborroisk keratos, ej misstanke om malignitet."),
  ])], [], [["NL102", "n1"]],
  "'ej misstanke om malignitet' in dermatology")

C("d55-102n-pmo-hemsjukvard-trol-levermetastaser", "skane", "1939-10-30",
  [N("n1", "p_hsv", "Birgit Olsson", SSK, "2024-06-27T15:15:00", [
    ("Omvårdnad", "Palliativ pat med känd koloncancer. Ikterisk sedan i går, trol. levermetastaser som tilltagit. Kontakt med ASIH-läkare."),
  ], system="PMO", template="Hemsjukvård")], [], [["NL102", "n1"]],
  "PMO home care: hedged metastases never asserted")

# =====================================================================
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return (10 - s % 10) % 10

def pnr(birth, idx):
    y, m, d = birth.split("-")
    serial = "%03d" % ((idx * 37 + 211) % 1000)
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn(y[2:] + m + d + serial))

SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

def main():
    errs = []
    out, names, seen = [], set(), {}
    for idx, (name, rs, birth, notes, must, must_not, why) in enumerate(CASES):
        if name in names: errs.append("dup name " + name)
        names.add(name)
        if not name.startswith("d55-"): errs.append("prefix " + name)
        if rs not in ("skane", "vgr"): errs.append("ruleset " + name)
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last + datetime.timedelta(days=3)).replace(hour=0, minute=0, second=0)
        bd = datetime.date.fromisoformat(birth)
        age = as_of.year - bd.year - ((as_of.month, as_of.day) < (bd.month, bd.day))
        if 13 <= age <= 15: errs.append("age 13-15 " + name)
        pid = pnr(birth, idx)
        digits = pid.replace("-", "")[2:]
        if luhn(digits[:9]) != int(digits[9]) or pid[:8] != birth.replace("-", ""):
            errs.append("pnr " + name)
        ids = {n["id"] for n in notes}
        sysmap = {n["id"]: n["system"] for n in notes}
        for code, tgt in must + must_not:
            if tgt not in ids: errs.append("target %s %s" % (name, tgt))
            if code == "NL102" and sysmap.get(tgt) != "Melior" and [code, tgt] in must:
                errs.append("NL102 must on non-Melior " + name)
            if code == "NL101" and sysmap.get(tgt) == "PMO":
                errs.append("NL101 on PMO " + name)
        for a in must:
            if a in must_not: errs.append("contradiction " + name)
        for n in notes:
            for key in ("time", "signed"):
                if n[key] is not None and not n[key].startswith("2024-"):
                    errs.append("date %s %s" % (name, key))
            if rs == "vgr" and n["system"] != "Melior": errs.append("vgr non-Melior " + name)
            for s in n["sections"]:
                for sent in SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], s["keyword"]):
                            errs.append("dup sentence in %s and %s: %s" % (seen[sent][0], name, sent))
                        seen[sent] = (name, n["id"], s["keyword"])
        if not as_of.isoformat().startswith("2024-"): errs.append("as_of " + name)
        rec = {"patient": {"id": pid, "birth_date": birth, "protected_identity": False},
               "as_of": as_of.isoformat(), "notes": notes,
               "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": name, "ruleset": rs, "record": rec,
                    "must": must, "must_not": must_not, "why": why})
    if errs:
        for e in errs: print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "nl1_dev55_cases.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    cnt = {}
    for o in out:
        for k in ("must", "must_not"):
            for code, _ in o[k]:
                cnt[(code, k)] = cnt.get((code, k), 0) + 1
    print("cases:", len(out), {"%s %s" % k: v for k, v in sorted(cnt.items())})

if __name__ == "__main__":
    main()
