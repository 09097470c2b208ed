#!/usr/bin/env python3
"""nl1ae_dev_cases: NL101/NL102 gold cases on results and how they are told.

Dependency-free. Writes nl1ae_dev_cases.jsonl beside this file and validates it.
Exit status 1 on any problem. Deterministic.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1ae_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

S, V = "skane", "vgr"

UNITS = {
    # Skåne, Melior (hospitals)
    "s_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4120"),
    "s_brost": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-3311"),
    "s_hud": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2087"),
    "s_lunga": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5542"),
    "s_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6610"),
    "s_gyn": ("Kvinnosjukvården, Ystads lasarett", "SE2321000255-1903"),
    "s_med": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-7734"),
    "s_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8051"),
    "s_gen": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-2650"),
    "s_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-4478"),
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_end": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3902"),
    "s_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6127"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5086"),
    "s_hassl": ("Medicinkliniken, Hässleholms sjukhus", "SE2321000255-1450"),
    "s_njur": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6893"),
    "s_barn": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-3075"),
    "s_hjarta": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5218"),
    "s_gastro": ("Gastroenterologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2734"),
    # Skåne, PMO (primary care)
    "p_vc1": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-9120"),
    "p_vc2": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-9344"),
    "p_bvc": ("BVC, Vårdcentralen Lomma", "SE2321000255-9501"),
    # VGR, Melior
    "v_kir": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011"),
    "v_brost": ("Bröstcentrum, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000027"),
    "v_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000035"),
    "v_hud": ("Hudmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000043"),
    "v_lunga": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000050"),
    "v_kvinno": ("Kvinnokliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000068"),
    "v_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000076"),
    "v_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000084"),
    "v_gen": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000092"),
    "v_endo": ("Endoskopienheten, Kungälvs sjukhus", "SE2321000131-E000000100"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000118"),
    "v_hem": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000126"),
    "v_hjarta": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000134"),
    "v_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000142"),
    "v_iva": ("Intensivvårdsavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000159"),
    "v_barn": ("Barnmottagningen, Drottning Silvias barnsjukhus", "SE2321000131-E000000167"),
    "v_onh": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000175"),
    "v_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000183"),
    "v_njur": ("Njurmedicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000191"),
    "v_med2": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000209"),
}

AUTHORS = {
    "läkare": {S: ["Henrik Ohlsson", "Maria Lindqvist", "Ali Rahimi", "Karin Bengtsson", "Per-Olof Nilsson", "Sofia Jeppsson"],
               V: ["Johanna Karlsson", "Erik Andersson", "Nadia Haddad", "Lars Svensson", "Ingrid Olofsson", "Mats Gustafsson"]},
    "sjuksköterska": {S: ["Anna Persson", "Lena Mårtensson", "Eva Håkansson"], V: ["Camilla Johansson", "Sara Berg", "Emma Lund"]},
    "medicinsk sekreterare": {S: ["Birgitta Holm", "Jessica Nyberg"], V: ["Ulla Ek", "Therese Strand"]},
    "kurator": {S: ["Ylva Sjöberg"], V: ["Hanna Wallin"]},
    "genetisk vägledare": {S: ["Malin Fors"], V: ["Petra Lundgren"]},
    "undersköterska": {S: ["Fatima Osman"], V: ["Kristina Borg"]},
}

CASES = []


def C(name, rs, unit, secs, must=(), must_not=(), why="", tmpl="Läkaranteckning", role="läkare",
      born="1958-04-17", draft=False, setting="öppenvård", system="Melior"):
    CASES.append(dict(name=name, rs=rs, unit=unit, secs=secs, must=list(must), must_not=list(must_not),
                      why=why, tmpl=tmpl, role=role, born=born, draft=draft, setting=setting, system=system))


A, B = "NL101", "NL102"

# ---------------------------------------------------------------------------
# NL101 positives: diagnosis visible, patient not (yet) informed
# ---------------------------------------------------------------------------
C("pad-prostata-gleason-ej-informerad", S, "s_uro",
  [("PAD", "Mellannålsbiopsier prostata: adenokarcinom Gleason 4+3=7 (ISUP 3) i 5 av 12 biopsier, hö lob."),
   ("Planering", "Pat ej informerad om PAD ännu. Bokas till läkarbesök med ssk-kontakt nästa vecka.")],
  must=[A], why="Prostate cancer on PAD stands visible and the patient has not been told yet.", born="1951-02-08")

C("bröst-invasiv-cancer-besked-torsdag", V, "v_brost",
  [("Bedömning", "Invasiv duktal bröstcancer hö, 14 mm enl UL, ER+/HER2-. Pat ännu ej informerad - besked ges på mottagningen torsdag av ansv läkare.")],
  must=[A], why="Breast cancer written visibly while the patient is to be told on Thursday.", born="1967-09-23")

C("melanom-ej-nådd-per-telefon", S, "s_hud",
  [("Telefonkontakt", "Försökt nå pat x2 idag ang PAD, inget svar. Lämnat ej meddelande på svarare."),
   ("PAD", "Malignt melanom, superficiellt spridande, Breslow 1,2 mm, vä skuldra. Pat således ej informerad, nytt försök imorgon fm.")],
  must=[A], why="Melanoma visible; phone attempts failed so the patient is not informed.",
  tmpl="Telefonanteckning", role="sjuksköterska", born="1972-11-30")

C("lunga-skivepitel-besked-vid-återbesök", V, "v_lunga",
  [("Aktuellt", "Åter efter bronkoskopi 12/3."),
   ("Provsvar", "PAD från bronkoskopi: skivepitelcancer. DT thorax: 4 cm tumör i hö överlob, förstorade lgl i mediastinum."),
   ("Planering", "Besked ej lämnat. Pat informeras vid återbesök 21/3, önskar ha med dottern.")],
  must=[A], why="Lung cancer result documented before the patient has been given the news.", born="1949-06-14")

C("konisering-cin3-svar-ej-meddelat", S, "s_gyn",
  [("Provsvar", "PAD konisering: CIN 3 (HSIL), fria resektionsränder."),
   ("Åtgärd", "Pat har ej fått svaret ännu. Ringer henne när ansvarig gyn har signerat.")],
  must=[A], why="CIN 3 from conisation stands visible while the patient has not got the answer.",
  role="sjuksköterska", born="1989-01-19")

C("sekreterare-sigmoideumcancer-tid-bokas", V, "v_endo",
  [("Administrativt", "PAD inkommit efter koloskopi 4/4: adenokarcinom i sigmoideum. Enl dr Andersson ska pat ej informeras per telefon - pat ej informerad, tid bokas på kirmott inom 5 dagar.")],
  must=[A], why="Secretary notes colon cancer on PAD and that the patient is not informed yet.",
  tmpl="Administrativ anteckning", role="medicinsk sekreterare", born="1955-07-02")

C("brca2-patogen-variant-vägledare-ringer", S, "s_gen",
  [("Genetisk analys", "Patogen variant påvisad i BRCA2 (c.6275_6276del). Pat är därmed anlagsbärare för ärftlig bröst- och äggstockscancer."),
   ("Plan", "Pat har ej fått provsvaret. Genetisk vägledare ringer och bokar samtal; svaret ska ej ges per brev.")],
  must=[A], why="Hereditary cancer syndrome (diagnosis-bearing genetic finding) visible, patient not yet told.",
  role="genetisk vägledare", born="1984-03-05")

C("lymfom-tolk-saknas-ej-informerad", S, "s_hem",
  [("Bedömning", "Lgl-biopsi hals: diffust storcellligt B-cellslymfom. Pat talar endast arabiska, ingen tolk gick att boka idag."),
   ("Planering", "Pat ännu ej informerad om lymfomdiagnosen. Nytt besök tis med kontakttolk på plats.")],
  must=[A], why="Lymphoma visible; no interpreter, so the patient has not been informed.",
  born="1963-12-12")

C("alzheimer-dotter-informerad-pat-ej", V, "v_minne",
  [("Sammanfattning", "Utredningen klar. Diagnos: Alzheimers sjukdom, sen debut. MMT 18/30, DT hjärna med temporal atrofi, likvor talar för AD."),
   ("Information", "Dottern (kontaktperson) informerad per tel. Pat själv ej informerad om diagnosen pga uttalad kognitiv svikt, det tas upp igen vid hembesök av demensssk.")],
  must=[A], why="Dementia diagnosis told to the daughter while the patient himself is not informed.",
  born="1936-05-27")

C("if-celiaki-god-man-informerad", S, "s_gastro",
  [("Anamnes", "Pat med måttlig intellektuell funktionsnedsättning, bor på gruppboende."),
   ("Provsvar", "Duodenalbiopsi: totalvillusatrofi, Marsh 3c. Celiaki är därmed fastställd."),
   ("Information", "Mor och god man informerade per telefon. Pat själv ej informerad ännu, vi tar det vid besök med bildstöd och boendepersonal.")],
  must=[A], why="Coeliac disease told to mother and guardian but the patient herself not yet informed.",
  born="1998-08-09")

C("vill-ej-veta-levermetastaser-hustru-vet", V, "v_onk",
  [("Bedömning", "DT buk visar nytillkomna levermetastaser, progress av koloncancer."),
   ("Övrigt", "Pat har tidigare sagt att han inte vill höra om detaljer. Hustrun informerad på hennes begäran. Pat själv ej informerad om metastaserna.")],
  must=[A], why="Patient who does not want details is not informed of metastases that stand visible.",
  born="1947-10-21")

C("njurcancer-dt-utkast", S, "s_uro",
  [("Röntgen", "DT buk: 5,5 cm solid expansivitet vä njure, radiologiskt typisk njurcellscancer, inga metastaser."),
   ("Bedömning", "Njurcellscancer vä. Ej meddelat pat ännu, ringer efter MDK.")],
  must=[A], why="Unsigned draft: renal cell carcinoma visible before the patient is told.",
  draft=True, born="1960-04-03")

C("typo-infomerad-skivepitel-hud", V, "v_hud",
  [("PAD", "Högt differentierad skivepitelcancer hö tinning, radikalt exciderad."),
   ("Planering", "Pat ej infomerad ännu, svaret ska ej skickas per brev. Ssk ringer.")],
  must=[A], why="Typo 'infomerad': skin cancer visible and the patient not informed.",
  role="sjuksköterska", born="1941-02-17")

C("glioblastom-anhöriga-vill-närvara", S, "s_neuro",
  [("Aktuellt", "Stereotaktisk biopsi 2/5."),
   ("PAD", "Glioblastom, IDH-vildtyp, MGMT-metylerad."),
   ("Bedömning", "Pat inte informerad om PAD. Hustru och son vill vara med vid beskedet, samtal bokat fredag.")],
  must=[A], why="Glioblastoma visible, patient not informed until the family meeting.",
  born="1958-06-30")

C("diabetes-typ2-lab-ssk-ringer", V, "v_med",
  [("Lab", "HbA1c 78 mmol/mol, fP-glukos 11,2 vid två tillfällen."),
   ("Bedömning", "Uppfyller kriterier för diabetes mellitus typ 2. Pat ej informerad ännu - ssk ringer i morgon och bokar diabetessköterska.")],
  must=[A], why="Type 2 diabetes set on lab values; patient not yet informed.",
  born="1970-03-14")

C("hiv-konfirmerad-personligt-besök", S, "s_inf",
  [("Provsvar", "HIV-1 ak/ag positiv, konfirmerad med immunoblot. Virusmängd inväntas."),
   ("Planering", "Enligt rutin lämnas beskedet vid personligt besök. Pat ej informerad, kallad till mottagningen i morgon kl 10.")],
  must=[A], why="Confirmed HIV infection visible; patient will be told in person but is not informed yet.",
  born="1993-09-11")

C("cervixscreening-hsil-kallelse", V, "v_kvinno",
  [("Screening", "Cellprov inom screeningprogrammet: HPV 16 positiv, cytologi HSIL."),
   ("Åtgärd", "Kallelse till kolposkopi skickad. Pat har ej informerats om cytologsvaret, det görs av gyn vid besöket.")],
  must=[A], why="High-grade cervical lesion visible; the patient is only called, not informed.",
  role="sjuksköterska", born="1986-12-01")

C("screeningmammografi-lobulär-besked-ej-givet", S, "s_brost",
  [("Provsvar", "Screening-mammografi med fynd hö. UL-ledd mellannål: invasiv lobulär cancer, NHG 2."),
   ("Bedömning", "Besked ej givet till pat. Tid för cancerbesked med kontaktssk bokas.")],
  must=[A], why="Lobular breast cancer from screening stands visible; the news has not been given.",
  born="1962-02-26")

C("aml-iva-sederad-ej-informerad", V, "v_iva",
  [("Status", "Fortsatt sederad i respirator, cirkulatoriskt stabil."),
   ("Provsvar", "Benmärgsbiopsi: akut myeloisk leukemi (AML), 62 % blaster."),
   ("Bedömning", "Pat ej informerad om AML-diagnosen då han är sederad. Maka informerad av hematolog i telefon.")],
  must=[A], why="AML diagnosis visible while the sedated patient has not been informed.",
  setting="slutenvård", born="1966-07-19")

C("fibroadenom-svar-ej-fått", S, "s_brost",
  [("PAD", "Fibroadenom vä bröst, inga atypier."),
   ("Kommentar", "Pat har ännu inte fått svaret, ssk ringer henne.")],
  must=[A], why="A benign diagnosis (fibroadenoma) is still a diagnosis; patient has not been told.",
  role="sjuksköterska", born="1995-05-15")

C("hp-gastrit-ej-meddelad-recept", V, "v_endo",
  [("PAD", "Kronisk aktiv gastrit, Helicobacter pylori påvisas."),
   ("Åtgärd", "Pat ej meddelad. Recept på eradikeringsbehandling skrivs när pat nåtts per tel.")],
  must=[A], why="H. pylori gastritis visible, patient not yet contacted.",
  born="1978-01-28")

C("gallsten-remiss-kir-ej-informerad", S, "s_med",
  [("Röntgen", "UL buk: multipla konkrement i gallblåsan, ingen kolecystit, gallgångar ej vidgade."),
   ("Bedömning", "Symtomgivande kolecystolitiasis. Remiss skickad till kir för ställningstagande till op. Pat ej informerad om ul-svaret ännu.")],
  must=[A], why="Gallstone disease visible; patient not told of the ultrasound result.",
  born="1974-10-08")

C("papillär-tyreoideacancer-besök-v12", V, "v_onh",
  [("Cytologi", "Finnålspunktion hö tyreoidealob: Bethesda VI, papillär tyreoideacancer."),
   ("Planering", "Pat har ännu inte informerats. Ges besked vid besök v.12 tillsammans med kontaktssk.")],
  must=[A], why="Papillary thyroid cancer visible; patient to be told at a later visit.",
  born="1981-04-22")

C("ms-mcdonald-besked-mottagningen", S, "s_neuro",
  [("Bedömning", "MR hjärna och halsrygg med spridning i tid och rum, oligoklonala band i likvor. McDonald-kriterierna uppfyllda: multipel skleros, skovvis förlöpande."),
   ("Planering", "Pat ännu ej informerad om MS-diagnosen; besked på mottagningen 15/5 med MS-ssk.")],
  must=[A], why="MS diagnosis written visibly before the patient has been informed.",
  born="1990-11-03")

C("huntington-prediktiv-svar-ej-lämnat", V, "v_gen",
  [("Provsvar", "Prediktiv testning HTT: 44 CAG-upprepningar, dvs anlagsbärare för Huntingtons sjukdom."),
   ("Plan", "Enligt överenskommelse ges svaret vid personligt besök 3/4 med stödperson. Svaret är ej lämnat till pat.")],
  must=[A], why="Huntington gene carrier status visible before the agreed disclosure visit.",
  role="genetisk vägledare", born="1988-08-18")

C("attr-amyloidos-ej-underrättad", V, "v_hjarta",
  [("Bedömning", "Myokardbiopsi: amyloid, typning ATTR. Hjärtamyloidos bekräftad. Pat ej underrättad ännu, kontaktas av ansv kardiolog.")],
  must=[A], why="Cardiac amyloidosis visible, patient not yet notified ('ej underrättad').",
  born="1944-03-09")

C("bowen-brev-uppmaning-ringa", V, "v_hud",
  [("Telefon", "Sökt pat tre gånger utan svar."),
   ("Åtgärd", "Brev skickat med uppmaning att ringa mottagningen. PAD: skivepitelcancer in situ (Mb Bowen) vä underben. Pat ej informerad om diagnosen.")],
  must=[A], why="Bowen's disease visible; letter only asks her to call, she is not informed.",
  tmpl="Telefonkontakt", role="sjuksköterska", born="1939-12-24")

C("skelettscint-metastaser-kort", S, "s_onk",
  [("Bedömning", "Skelettscint: multipla skelettmetastaser. Pat ej informerad.")],
  must=[A], why="One-liner: bone metastases visible, patient not informed.",
  born="1952-06-06")

C("peritoneal-karcinos-kurator", V, "v_onk",
  [("Samtal", "Kort samtal med pat som är orolig inför morgondagen. Pat ej informerad om att cancern spridit sig till bukhinnan (peritoneal karcinomatos); onkolog ger besked imorgon. Kurator finns med då.")],
  must=[A], why="Counsellor notes peritoneal carcinomatosis that the patient has not been told about.",
  tmpl="Kuratorsanteckning", role="kurator", born="1969-02-11")

C("basalcellscancer-sekreterare-läggs-till-dr", S, "s_hud",
  [("Administrativt", "Svar PAD inkommit: basalcellscancer, nodulär typ, nästipp. Pat ej kontaktad ännu och ej informerad. Läggs till dr Jeppsson för besked.")],
  must=[A], why="Secretary records basal cell carcinoma; patient not yet informed.",
  tmpl="Administrativ anteckning", role="medicinsk sekreterare", born="1946-09-02")

C("vaskulär-demens-son-informerad", V, "v_minne",
  [("Bedömning", "Vaskulär demens, måttlig grad. Multipla lakunära infarkter på MR."),
   ("Information", "Sonen informerad vid besöket. Pat inte informerad om diagnosen då han inte bedöms kunna tillgodogöra sig den idag.")],
  must=[A], why="Relative informed, patient with dementia explicitly not informed; diagnosis visible.",
  born="1933-01-13")

C("tbc-tigrinja-tolk-bokad", S, "s_inf",
  [("Provsvar", "Sputumodling positiv för M. tuberculosis, PCR positiv. Lungtuberkulos."),
   ("Planering", "Pat talar tigrinja. Tolk bokad 14/3; fram till dess är pat ej informerad om tuberkulosdiagnosen. Smittskydd kontaktat.")],
  must=[A], why="Tuberculosis visible; interpreter booked, patient not yet informed.",
  born="1997-07-07")

C("preliminärt-lymfom-subtyp-inväntas", V, "v_hem",
  [("Provsvar", "Preliminärt PAD: högmalignt B-cellslymfom. Slutligt svar avseende subtyp inväntas."),
   ("Planering", "Pat ej informerad. Ringer in pat till mottagningen när slutsvar finns.")],
  must=[A], why="High-grade lymphoma already named visibly; patient not informed.",
  born="1957-05-25")

C("dxa-osteoporos-brev-ej-skickat", S, "s_end",
  [("Undersökning", "DXA: T-score -3,1 ländrygg, -2,7 höft."),
   ("Bedömning", "Osteoporos. Pat ej informerad ännu; brev med svar och förslag på behandling ska skickas efter läkarsignering.")],
  must=[A], why="Osteoporosis visible; the letter has not been sent so the patient is not informed.",
  born="1953-08-31")

C("aortastenos-hjärtkonferens-först", V, "v_hjarta",
  [("Eko", "Svår aortastenos, AVA 0,7 cm2, medelgradient 48 mmHg, EF 55 %."),
   ("Bedömning", "Pat ej informerad om fyndet, diskuteras på hjärtkonferens först.")],
  must=[A], why="Severe aortic stenosis visible before the patient is informed.",
  born="1940-04-04")

C("kol-spirometri-ej-informerad", S, "s_lunga",
  [("Spirometri", "FEV1/FVC 0,52 efter bronkdilatation, FEV1 41 % av förväntat."),
   ("Bedömning", "KOL, GOLD 3. Pat inte informerad om spirometrisvaret, tas vid återbesök 2/9.")],
  must=[A], why="COPD diagnosis visible; spirometry result not yet told.",
  born="1956-12-19")

C("vill-ej-veta-pankreascancer-make", S, "s_kir",
  [("Bedömning", "PAD från EUS-biopsi: adenokarcinom i pankreas."),
   ("Information", "Pat har bett att inte få veta PAD-svaret och vill att maken tar emot beskedet. Maken informerad i dag. Pat själv ej informerad enligt eget önskemål.")],
  must=[A], why="Patient asked not to know; pancreatic cancer visible while she is not informed.",
  born="1950-03-22")

C("lång-mottagning-rektalcancer-ej-informerad", V, "v_kir",
  [("Kontaktorsak", "Återbesök efter koloskopi och DT, remiss från VC pga blod i avföringen och viktnedgång 6 kg."),
   ("Anamnes", "72-årig man, hypertoni, typ 2-diabetes på metformin. Röker ej. Bor med hustru i villa i Lerum. Klarar sig själv."),
   ("Status", "AT gott. Buk mjuk, ingen palpabel resistens. PR: ingen palpabel tumör, lite blod på handsken."),
   ("Provsvar", "Hb 112, CEA 8. PAD från koloskopi: adenokarcinom i rektum 10 cm ovan anal. DT thorax-buk: inga fjärrmetastaser. MR lilla bäckenet: T3N1."),
   ("Bedömning", "Rektalcancer, lokalt avancerad. Tas upp på MDK torsdag för ställningstagande till förbehandling."),
   ("Planering", "Pat ej informerad om diagnosen ännu då han kom ensam och bad att hustrun skulle vara med. Nytt besök fredag tillsammans med kontaktssk.")],
  must=[A], why="Long note: rectal cancer in Bedömning, patient not informed per Planering.",
  born="1952-01-16")

C("iga-nefrit-njurbiopsi", S, "s_njur",
  [("PAD", "Njurbiopsi: IgA-nefropati med lätt mesangial proliferation (MEST-C M1 E0 S0 T0 C0)."),
   ("Bedömning", "IgA-nefrit. Pat inte informerad ännu, ringer pat efter njurronden.")],
  must=[A], why="IgA nephropathy visible, patient not informed yet.",
  born="1985-06-24")

C("myelom-pat-förvirrad-ej-informerad", S, "s_hem",
  [("Provsvar", "Benmärg: 35 % klonala plasmaceller. M-komponent IgG 42 g/L."),
   ("Bedömning", "Multipelt myelom, symtomgivande med hyperkalcemi. Pat förvirrad pga hyperkalcemin och har ej informerats om myelomet. Informeras när kalcium normaliserats.")],
  must=[A], why="Myeloma visible; confused patient not informed yet.",
  setting="slutenvård", born="1945-11-05")



# ---------------------------------------------------------------------------
# NL101 near misses
# ---------------------------------------------------------------------------
C("prostatacancer-informerad-per-telefon", S, "s_uro",
  [("Telefonkontakt", "Ringt pat ang PAD: adenokarcinom prostata Gleason 3+3, låg risk. Pat informerad per telefon, förstår och tar det lugnt. Aktiv monitorering diskuteras vid besök.")],
  must_not=[A], why="Cancer visible but the patient was informed by phone.",
  tmpl="Telefonanteckning", born="1957-03-03")

C("basaliom-besked-via-1177", V, "v_hud",
  [("Åtgärd", "Besked om PAD (basaliom, radikalt exciderat) lämnat via 1177-meddelande enligt pat önskemål. Ingen ytterligare åtgärd.")],
  must_not=[A], why="Diagnosis told via 1177 message, patient is informed.",
  role="sjuksköterska", tmpl="Ssk-anteckning", born="1961-08-08")

C("mammografi-normal-brev-skickat", S, "s_brost",
  [("Provsvar", "Mammografi bilat utan anmärkning."),
   ("Åtgärd", "Normalt svar, brev skickat till pat.")],
  must_not=[A], why="Normal screening result sent by letter; no diagnosis.",
  role="medicinsk sekreterare", tmpl="Administrativ anteckning", born="1966-10-10")

C("lab-ua-pat-ej-informerad-brev", V, "v_med",
  [("Lab", "Blodstatus, elstatus, leverprover, TSH: allt inom ref."),
   ("Planering", "Pat ej informerad ännu, ssk skickar brev med provsvaren.")],
  must_not=[A], why="Not-informed statement concerns normal lab values, not a diagnosis.",
  born="1983-05-30")

C("pad-ej-klart-informeras-senare", S, "s_kir",
  [("Planering", "PAD ej klart. Pat informeras när svar finns, räknar med ca 3 veckor.")],
  must_not=[A], why="Pending pathology: no diagnosis in the note.",
  born="1975-07-12")

C("otillräckligt-material-ny-punktion", V, "v_onh",
  [("Cytologi", "Finnålspunktion vä halslgl: otillräckligt material för bedömning."),
   ("Åtgärd", "Ny punktion UL-ledd bokas. Pat ej informerad om att ny punktion behövs, kallelse skickas.")],
  must_not=[A], why="Inadequate sample and a new puncture: nothing diagnosed.",
  born="1979-02-14")

C("koloncancer-barnen-ej-informerade", S, "s_kir",
  [("Information", "Pat informerad om koloncancer i caecum och om planerad hemikolektomi. Hon önskar att barnen inte informeras förrän efter op.")],
  must_not=[A], why="Patient informed; only her children are not.",
  born="1948-12-03")

C("bröstcancer-informerad-opdatum-ej", V, "v_brost",
  [("Bedömning", "Bröstcancer vä, pat informerad vid besöket 12/2."),
   ("Planering", "Pat ej informerad om operationsdatum ännu, koordinator ringer.")],
  must_not=[A], why="Not-informed concerns the surgery date; diagnosis already told.",
  role="sjuksköterska", tmpl="Ssk-anteckning", born="1971-06-21")

C("hypotyreos-dosändring-ej-meddelad", S, "s_end",
  [("Lab", "TSH 8,9, fritt T4 11."),
   ("Bedömning", "Känd hypotyreos, underbehandlad. Levaxin höjs till 100 mikrog x1. Pat ej informerad om dosändringen, ssk ringer i eftermiddag.")],
  must_not=[A], why="Not-informed statement is about a dose change of a known diagnosis.",
  born="1964-09-15")

C("tidiga-hypoteser-sökord-vgr-pankreas", V, "v_kir",
  [("Planering", "Återbesök om 2 v för genomgång av svar. Pat ej informerad ännu."),
   ("Tidiga hypoteser", "PAD från EUS: adenokarcinom i pankreashuvudet. Besked vid återbesöket med anhörig.")],
  must_not=[A], why="Diagnosis only under the protected sökord Tidiga hypoteser; visible part names none.",
  born="1953-04-29")

C("tidiga-hypoteser-mall-skane-melanom", S, "s_hud",
  [("Bedömning", "PAD: malignt melanom vä vad, Breslow 0,8 mm. Pat ej informerad, svaret ges vid besök när maken kan vara med.")],
  must_not=[A], why="Skåne note written in the protected template Tidiga hypoteser.",
  tmpl="Tidiga hypoteser", born="1980-01-07")

C("läst-i-1177-dcis-informerad", S, "s_brost",
  [("Telefonkontakt", "Pat hade själv läst PAD-svaret i 1177 innan vi hann ringa och hörde av sig. Samtal idag: informerad om DCIS grad 2 vä och om planerad sektorresektion. Frågor besvarade.")],
  must_not=[A], why="Patient read it in 1177 first, then was informed by phone.",
  tmpl="Telefonanteckning", role="sjuksköterska", born="1968-11-11")

C("telefontolk-somaliska-diabetes", V, "v_med",
  [("Bedömning", "Diabetes mellitus typ 2, HbA1c 64."),
   ("Information", "Informerad via telefontolk (somaliska) om diabetesdiagnosen och om kostråd. Metformin insatt.")],
  must_not=[A], why="Patient informed with an interpreter.",
  born="1975-03-18")

C("alzheimer-pat-och-dotter-informerade", S, "s_minne",
  [("Information", "Pat och dottern informerade tillsammans om Alzheimerdiagnosen. Pat verkade förstå i stora drag och frågade om körkortet."),
   ("Planering", "Donepezil insätts. Uppföljning demensssk 6 v.")],
  must_not=[A], why="Dementia patient was informed together with the daughter.",
  born="1940-08-26")

C("downs-hypotyreos-bildstöd", V, "v_med",
  [("Bedömning", "Pat med Downs syndrom. TSH 14, TPO-ak pos: autoimmun hypotyreos."),
   ("Information", "Pat informerad med bildstöd tillsammans med boendepersonal, förstod att hon ska ta en tablett varje morgon.")],
  must_not=[A], why="Intellectual disability: patient informed with picture support.",
  born="1992-02-29")

C("cellprov-normalt-svarsbrev", S, "s_gyn",
  [("Provsvar", "Cellprov: inga cellförändringar, HPV negativ. Svarsbrev skickat, nästa provtagning om 5 år.")],
  must_not=[A], why="Normal cervical screening with letter; no diagnosis.",
  role="medicinsk sekreterare", tmpl="Administrativ anteckning", born="1987-07-23")

C("brca-negativt-vägledare-ringer", V, "v_gen",
  [("Provsvar", "Ingen patogen variant påvisad i BRCA1 eller BRCA2."),
   ("Plan", "Pat ej informerad ännu, genetisk vägledare ringer henne v. 18.")],
  must_not=[A], why="Negative genetic result is not a diagnosis even though the patient is not told.",
  role="genetisk vägledare", born="1979-10-30")

C("lungcancer-informerad-remiss-strål-ej", S, "s_lunga",
  [("Bedömning", "Icke-småcellig lungcancer, pat informerad vid besök 5/3."),
   ("Åtgärd", "Remiss till strålbehandling skickad. Pat ännu ej informerad om att remissen gått iväg.")],
  must_not=[A], why="Not-informed concerns a referral; cancer already told.",
  born="1951-11-27")

C("als-hustrun-ej-informerad", V, "v_neuro",
  [("Information", "Pat informerad om ALS-diagnosen vid dagens besök. Hustrun ännu ej informerad, pat vill berätta själv.")],
  must_not=[A], why="Only the spouse is not informed, the patient is.",
  born="1959-05-05")

C("ovarialcancer-vill-ej-veta-prognos", S, "s_gyn",
  [("Information", "Pat informerad om att det rör sig om ovarialcancer. Hon vill inte veta något om prognos eller stadium i nuläget, vilket respekteras.")],
  must_not=[A], why="Patient declines prognosis but has been told the diagnosis.",
  born="1955-02-12")

C("seborroisk-keratos-brev", V, "v_hud",
  [("PAD", "Seborroisk keratos, benignt."),
   ("Åtgärd", "Brev till pat med svaret skickat idag.")],
  must_not=[A], why="Benign diagnosis sent to the patient by letter.",
  role="sjuksköterska", tmpl="Ssk-anteckning", born="1962-04-16")

C("dt-thorax-ua-pat-lättad", S, "s_lunga",
  [("Telefonkontakt", "Ringt pat: DT thorax utan anmärkning, inga förändringar. Pat lättad.")],
  must_not=[A], why="Normal CT result told by phone.",
  tmpl="Telefonanteckning", born="1970-12-28")

C("genetik-pågår-väntetid-informerad", V, "v_gen",
  [("Plan", "Genetisk analys (panel för ärftlig kardiomyopati) pågår, svar beräknas om 8-12 veckor. Pat informerad om väntetiden.")],
  must_not=[A], why="Pending genetic analysis, no diagnosis; patient informed of the wait.",
  role="genetisk vägledare", born="1991-01-31")

C("psa-normalt-autobrev", S, "s_uro",
  [("Lab", "PSA 1,2 - normalt för åldern. Pat ej kontaktad, svarsbrev genereras automatiskt.")],
  must_not=[A], why="Normal PSA; not-contacted statement is about a normal value.",
  role="sjuksköterska", tmpl="Sjuksköterskeanteckning", born="1963-06-02")

C("adenom-informerats-om-pad", V, "v_endo",
  [("Bedömning", "Pat har informerats om PAD-beskedet (tubulärt adenom med låggradig dysplasi). Ny koloskopi om 3 år.")],
  must_not=[A], why="Patient has been informed of the adenoma.",
  born="1958-08-14")

C("hjärtsvikt-informerad-ej-aktuellt-eko", S, "s_hjarta",
  [("Bedömning", "Hjärtsvikt med nedsatt EF (35 %). Pat informerad om diagnosen och om läkemedlen. Ej aktuellt med nytt eko förrän om 3 mån.")],
  must_not=[A], why="Patient informed; the 'ej' concerns a new echo.",
  born="1949-09-09")

C("tarmscreening-koloskopi-utan-fynd", V, "v_endo",
  [("Screening", "Tarmcancerscreening: F-Hb positivt. Koloskopi utan fynd, inga polyper."),
   ("Åtgärd", "Brev skickat till pat med besked om normal undersökning.")],
  must_not=[A], why="Screening ended in a normal colonoscopy, told by letter.",
  role="medicinsk sekreterare", tmpl="Administrativ anteckning", born="1960-10-19")

C("hodgkin-rond-tolk-persiska", S, "s_hem",
  [("Bedömning", "Hodgkins lymfom, klassisk typ, stadium IIA. Pat informerad i samband med ronden idag, med tolk (persiska) på plats.")],
  must_not=[A], why="Lymphoma told on the ward round with interpreter.",
  setting="slutenvård", born="1996-03-26")

C("läst-1177-lungemboli-förklarat", V, "v_med2",
  [("Telefonkontakt", "Pat ringde upprörd, hade läst röntgensvaret i 1177: bilaterala lungembolier. Förklarat fyndet och behandlingen per telefon, pat lugnare. Eliquis hämtas ut idag.")],
  must_not=[A], why="Patient read it in 1177 first and has now been told by phone.",
  tmpl="Telefonkontakt", born="1977-04-06")

C("känd-bröstcancer-kontrollmammografi-ua", S, "s_brost",
  [("Anamnes", "Bröstcancer hö 2019, opererad och strålad."),
   ("Provsvar", "Uppföljande mammografi ua. Pat ej informerad om svaret ännu, brev skickas.")],
  must_not=[A], why="Not-informed concerns a normal control, cancer is past history.",
  role="sjuksköterska", tmpl="Sjuksköterskeanteckning", born="1957-12-07")

C("alzheimer-informerad-sonen-norge", V, "v_minne",
  [("Information", "Pat informerad om diagnosen lindrig Alzheimers sjukdom, tog det med fattning. Sonen, som bor i Norge, är ej informerad ännu.")],
  must_not=[A], why="Patient informed; a relative abroad is not.",
  born="1942-06-17")

C("myelom-besked-ej-förväntat", S, "s_hem",
  [("Samtal", "Pat fick besked om myelom idag. Hade inte förväntat sig det och blev ledsen. Kontaktssk ringer om två dagar.")],
  must_not=[A], why="Patient received the news today; 'inte förväntat' is no lack of information.",
  born="1950-07-29")

C("barn-diabetes-föräldrar-informerade", V, "v_barn",
  [("Information", "Föräldrarna informerade om diagnosen typ 1-diabetes. Barnet informerat i åldersanpassad form med diabetesssk.")],
  must_not=[A], why="Child under 13: guardians and child informed.",
  setting="slutenvård", born="2016-09-20")

C("mr-beställd-tid-ej-meddelad", S, "s_neuro",
  [("Planering", "MR ländrygg beställd. Pat ej informerad om tiden ännu, kallelse skickas från röntgen.")],
  must_not=[A], why="Not-informed concerns an appointment.",
  born="1982-01-04")

C("borrelia-gränsvärde-tas-om", V, "v_med",
  [("Lab", "Borreliaserologi: IgG gränsvärde, IgM neg. Tas om om 3 v. Pat ej informerad.")],
  must_not=[A], why="Inconclusive serology, nothing diagnosed.",
  born="1968-05-09")

C("tsh-t4-brev-normalt", S, "s_end",
  [("Administrativt", "Brev med normalt provsvar (TSH, fritt T4) skickat till pat.")],
  must_not=[A], why="Letter with normal thyroid values.",
  role="medicinsk sekreterare", tmpl="Administrativ anteckning", born="1973-03-13")

C("lymfom-är-informerad-mdk", V, "v_hem",
  [("Bedömning", "Pat är informerad om att PAD visade follikulärt lymfom. Behandling diskuteras på MDK nästa vecka.")],
  must_not=[A], why="Present tense 'är informerad': told.",
  born="1965-11-22")

C("lindrig-if-epilepsi-mamma-stöd", S, "s_neuro",
  [("Information", "Pat med lindrig intellektuell funktionsnedsättning informerad om epilepsidiagnosen med stöd av mamma. Enkel skriftlig information med bilder medskickad.")],
  must_not=[A], why="Patient with intellectual disability told with mother's support.",
  born="2001-10-14")

C("ej-informerad-förra-besöket-nu-informerad", S, "s_gastro",
  [("Aktuellt", "Pat menar att hon inte blev informerad om gallstenarna vid förra besöket. Informerad idag och ber om ursäkt för missen.")],
  must_not=[A], why="Complaint of earlier non-information, now informed.",
  born="1981-07-27")

C("tidiga-hypoteser-sökord-vgr-njursvikt", V, "v_njur",
  [("Bedömning", "Provsvar genomgångna. Tar ställning efter njurbiopsi."),
   ("Tidiga hypoteser", "Njurbiopsi talar för ANCA-associerad vaskulit. Pat ej informerad ännu, vill diskutera med reumatolog först.")],
  must_not=[A], why="Diagnosis and not-informed only inside Tidiga hypoteser sökord.",
  born="1962-12-15")


# ---------------------------------------------------------------------------
# NL102 positives: hedged diagnosis in a visible Melior section
# ---------------------------------------------------------------------------
C("misstänkt-melanom-excision", S, "s_hud",
  [("Bedömning", "Misstänkt malignt melanom hö överarm, excision med 2 mm marginal. PAD inväntas.")],
  must=[B], why="Suspected melanoma in Bedömning.", born="1977-08-20")

C("trol-lymfom-pad-inväntas", V, "v_onh",
  [("Bedömning", "Förstorade lgl bilat hals, trol. lymfom. Exstirpation bokad.")],
  must=[B], why="'trol.' lymphoma visible.", born="1969-10-01")

C("dd-sarkoidos-lymfom", S, "s_lunga",
  [("Bedömning", "Bilaterala hiluslgl på DT. DD sarkoidos/lymfom. EBUS beställd.")],
  must=[B], why="Differential diagnosis written with DD.", born="1986-02-03")

C("kan-ej-uteslutas-lungcancer-pet", V, "v_lunga",
  [("Röntgen", "DT thorax: 18 mm spikulerad förändring vä överlob."),
   ("Bedömning", "Lungcancer kan ej uteslutas. PET-DT beställd.")],
  must=[B], why="'kan ej uteslutas' for lung cancer.", born="1954-11-18")

C("frågetecken-bröstcancer-birads4", S, "s_brost",
  [("Bedömning", "?Bröstcancer vä, BI-RADS 4 på mammo. Mellannål tagen, svar om 1 v.")],
  must=[B], why="Question-mark diagnosis of breast cancer.", born="1965-01-25")

C("cytologi-misstanke-tyreoideacancer", V, "v_onh",
  [("Bedömning", "Cytologi Bethesda IV. Misstanke om follikulär tyreoideacancer, hemityreoidektomi planeras.")],
  must=[B], why="'Misstanke om' thyroid cancer.", born="1973-09-04")

C("susp-prostatacancer-psa14", S, "s_uro",
  [("Bedömning", "PSA 14, hård knöl hö lob. Susp. prostatacancer, MR prostata och biopsi.")],
  must=[B], why="'Susp.' prostate cancer.", born="1952-10-26")

C("möjlig-ms-lp-planeras", V, "v_neuro",
  [("Bedömning", "MR visar periventrikulära lesioner. Möjlig MS, LP planeras.")],
  must=[B], why="'Möjlig' MS visible.", born="1994-04-12")

C("sannolikt-njurcellscancer-mdk", S, "s_uro",
  [("Bedömning", "Sannolikt njurcellscancer hö enl DT, 3 cm. Tas upp på MDK.")],
  must=[B], why="'Sannolikt' renal cell carcinoma.", born="1961-03-30")

C("typo-missänkt-koloncancer", V, "v_endo",
  [("Bedömning", "Missänkt koloncancer i transversum, biopsier tagna, tuschmarkering gjord.")],
  must=[B], why="Typo 'Missänkt': suspected colon cancer.", born="1956-05-08")


C("differentialdiagnos-ra-psoriasisartrit", V, "v_reuma",
  [("Bedömning", "Polyartrit händer och fötter. Differentialdiagnos reumatoid artrit vs psoriasisartrit, CCP-ak inväntas.")],
  must=[B], why="'Differentialdiagnos' written out.", born="1980-08-06")

C("trolig-celiaki-utkast", S, "s_gastro",
  [("Bedömning", "Transglutaminas-ak >100. Trolig celiaki, gastroskopi m biopsi bokad.")],
  must=[B], why="Draft note with probable coeliac disease.", draft=True, born="2000-06-19")

C("inger-misstanke-pankreascancer", V, "v_kir",
  [("Bedömning", "Ikterus, vidgade gallvägar och 3 cm lesion i caput pankreatis. Bilden inger misstanke om pankreascancer.")],
  must=[B], why="'inger misstanke om' pancreatic cancer.", born="1951-04-15")

C("kan-inte-uteslutas-ovarialcancer-ca125", S, "s_gyn",
  [("Bedömning", "Komplex adnexresistens hö 7 cm, CA-125 82. Kan inte utesluta ovarialcancer, remiss till gynonkologen.")],
  must=[B], why="'Kan inte utesluta' ovarian cancer.", born="1958-09-27")

C("misstänkt-alzheimer-utredning", V, "v_minne",
  [("Bedömning", "Tilltagande minnessvikt sedan 2 år. Misstänkt demens av Alzheimertyp, komplett minnesutredning startas.")],
  must=[B], why="Suspected dementia visible.", born="1946-01-09")

C("misstänkt-lynch-genetik", S, "s_gen",
  [("Bedömning", "MMR-defekt i tumören och stark släktanamnes. Misstänkt Lynch syndrom, genetisk utredning erbjuds.")],
  must=[B], why="Suspected Lynch syndrome.", role="läkare", born="1975-11-02")

C("screening-ascus-trol-höggradig-dysplasi", V, "v_kvinno",
  [("Bedömning", "HPV 18 pos, cytologi ASC-H. Trol. höggradig dysplasi, kolposkopi med biopsier.")],
  must=[B], why="Probable high-grade dysplasia after screening.", born="1991-12-16")

C("inkonklusiv-biopsi-misstanke-kvarstår", S, "s_hem",
  [("Provsvar", "Mellannålsbiopsi inkonklusiv."),
   ("Bedömning", "Misstanke om lymfom kvarstår, exstirpation av lgl planeras.")],
  must=[B], why="Inconclusive biopsy, suspicion of lymphoma remains in Bedömning.", born="1967-03-21")

C("misstanke-als-ej-informerad", V, "v_neuro",
  [("Bedömning", "ENeG med denerveringsaktivitet i tre regioner. Misstanke om ALS. Pat ej informerad om misstanken, besked efter kompletterande undersökningar.")],
  must=[B], why="Hedged ALS in visible section (NL101 left unasserted for a suspicion).", born="1960-02-23")

C("trol-hamartom-benign", S, "s_lunga",
  [("Bedömning", "Oklar rund förändring hö underlob med popcornförkalkning, trol. hamartom. Kontroll-DT 6 mån.")],
  must=[B], why="Benign probable diagnosis still a hypothesis.", born="1972-07-10")

# ---------------------------------------------------------------------------
# NL102 near misses
# ---------------------------------------------------------------------------
C("pad-ingen-malignitet", S, "s_kir",
  [("PAD", "Ingen malignitet."),
   ("Åtgärd", "Pat informerad per tel, ingen uppföljning behövs.")],
  must_not=[B], why="Negated malignancy.", tmpl="Telefonanteckning", role="sjuksköterska", born="1976-03-27")

C("inga-tecken-på-metastaser-scint", V, "v_onk",
  [("Bedömning", "Skelettscint: inga tecken på metastaser. Fortsatt adjuvant behandling enl plan.")],
  must_not=[B], why="'inga tecken på' metastases.", born="1963-08-29")

C("ev-återbesök-känd-gikt", S, "s_med",
  [("Bedömning", "Gikt, urat 520. Allopurinol insätts. Ev. återbesök om besvär kvarstår.")],
  must_not=[B], why="Hedge concerns a return visit; gout established.", born="1959-01-11")

C("trol-svar-två-veckor", V, "v_kir",
  [("Planering", "PAD skickat. Trol. svar inom två veckor, pat ringer själv om hon inte hört något.")],
  must_not=[B], why="Hedge concerns the reply time.", born="1985-10-04")

C("pmo-misstänkt-pneumoni", S, "p_vc1",
  [("Bedömning", "Feber, CRP 96, rassel vä bas. Misstänkt pneumoni, Kåvepenin 1 g x 3 i 7 d.")],
  must_not=[B], why="PMO never shows diagnoses.", tmpl="Besöksanteckning", system="PMO", born="1948-06-13")


C("vgr-tidiga-hypoteser-misstänkt-pankreas", V, "v_kir",
  [("Aktuellt", "Viktnedgång 8 kg och ikterus, DT utförd i går."),
   ("Tidiga hypoteser", "Misstänkt pankreascancer, väntar på EUS innan pat informeras."),
   ("Planering", "EUS bokad 22/4. Återbesök därefter.")],
  must_not=[B], why="Hedged diagnosis only under the protected sökord Tidiga hypoteser.", born="1949-02-05")

C("skane-tidiga-hypoteser-mall-trol-myelom", S, "s_hem",
  [("Bedömning", "M-komponent IgA 28 g/L och anemi. Trol. myelom, benmärgsprov bokat.")],
  must_not=[B], why="Skåne note in the protected template Tidiga hypoteser.",
  tmpl="Tidiga hypoteser", born="1953-10-23")

C("hereditet-mor-bröstcancer-morbror-kolon", V, "v_gen",
  [("Hereditet", "Mor hade bröstcancer vid 42 års ålder, morbror koloncancer vid 55."),
   ("Plan", "Erbjuds genetisk utredning, blodprov tas idag.")],
  must_not=[B], why="Family history only, no hedged diagnosis.", role="genetisk vägledare", born="1982-04-09")

C("tidigare-opererad-njurcellscancer", S, "s_uro",
  [("Anamnes", "Opererad för njurcellscancer hö 2015 (nefrektomi), recidivfri."),
   ("Bedömning", "DT utan tecken till recidiv. Avslutar kontrollerna.")],
  must_not=[B], why="Past history and a negated recurrence.", born="1950-09-16")

C("pad-bekräftar-rektalcancer", V, "v_kir",
  [("Bedömning", "PAD bekräftar adenokarcinom i rektum. Pat informerad, MR lilla bäckenet beställd.")],
  must_not=[B], why="Established diagnosis confirmed by PAD.", born="1955-12-30")

C("malignitet-kunde-uteslutas", S, "s_gyn",
  [("Bedömning", "Endometriebiopsi: proliferativt endometrium. Malignitet kunde uteslutas. Pat informerad per brev.")],
  must_not=[B], why="Malignancy excluded.", born="1964-05-19")

C("ingen-misstanke-om-recidiv", V, "v_brost",
  [("Bedömning", "Årskontroll 4 år postop. Mammografi och klinisk us ua. Ingen misstanke om recidiv.")],
  must_not=[B], why="'Ingen misstanke om' recurrence.", born="1961-07-04")

C("ej-längre-misstanke-lymfom", S, "s_hem",
  [("Bedömning", "PAD från lgl: reaktiva förändringar. Ej längre misstanke om lymfom, avslutas hos oss.")],
  must_not=[B], why="Suspicion withdrawn after benign PAD.", born="1987-11-29")


C("pmo-frågetecken-uvi", S, "p_vc2",
  [("Bedömning", "?UVI, sticka pos för nitrit. Odling skickad, Selexid 200 mg x 3 i 3 d.")],
  must_not=[B], why="PMO: question-mark UTI is never shown.", tmpl="Telefonrådgivning", system="PMO",
  role="sjuksköterska", born="1979-08-01")


C("cytologi-inkonklusiv-ny-punktion", S, "s_end",
  [("Provsvar", "Cytologin var inkonklusiv (Bethesda I), ny UL-ledd punktion om 4 v.")],
  must_not=[B], why="Inconclusive sample, no diagnosis hedged.", born="1970-06-26")

C("sarkoidos-misstanke-avskriven", V, "v_lunga",
  [("Bedömning", "Bronkoskopi med BAL och biopsier normala. Misstanken om sarkoidos avskriven.")],
  must_not=[B], why="Suspicion dismissed.", born="1988-09-05")


C("ingen-patogen-variant-mlh1", V, "v_gen",
  [("Provsvar", "Pat bär ingen patogen variant i MLH1, den familjära varianten ej påvisad. Svar lämnat per tel.")],
  must_not=[B], why="Negative predictive genetic result.", role="genetisk vägledare", born="1990-10-27")

C("bvc-trol-förkylningsastma", S, "p_bvc",
  [("Bedömning", "Pip i bröstet vid förkylningar. Trol. förkylningsastma, provar Airomir vid behov.")],
  must_not=[B], why="PMO at BVC: hedged diagnosis never shown.", tmpl="BVC-anteckning", system="PMO",
  born="2021-04-14")


C("trol-hem-imorgon-känd-kol", V, "v_med2",
  [("Bedömning", "KOL-exacerbation, förbättrad på steroider. Trol. hem imorgon.")],
  must_not=[B], why="Hedge about discharge; COPD exacerbation established.", setting="slutenvård", born="1947-03-17")

C("negerat-inga-hållpunkter-tbc", S, "s_inf",
  [("Bedömning", "Quantiferon negativ, lungröntgen ua. Inga hållpunkter för tuberkulos.")],
  must_not=[B], why="'Inga hållpunkter för' tuberculosis.", born="1999-12-09")


# ---------------------------------------------------------------------------
# building and validation
# ---------------------------------------------------------------------------
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(born, serial):
    y, m, d = born.split("-")
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%s" % (y, m, d, serial, luhn_digit(nine))


def pnr_ok(p, born):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p)
    if not m or "%s-%s-%s" % m.group(1, 2, 3) != born:
        return False
    return luhn_digit(p[2:8] + m.group(4)) == m.group(5)


def build():
    out = []
    counters = {}
    for i, c in enumerate(CASES):
        base = dt.datetime(2024, 1 + (i * 5) % 12, 1 + (i * 7) % 28, 8 + (i * 3) % 9, (i * 13) % 60)
        signed = None if c["draft"] else (base + dt.timedelta(minutes=25 + (i * 11) % 90)).isoformat()
        role = c["role"]
        pool = AUTHORS[role][c["rs"]]
        k = counters.get((role, c["rs"]), 0)
        counters[(role, c["rs"])] = k + 1
        uname, hsa = UNITS[c["unit"]]
        note = {
            "id": "n1", "system": c["system"], "template": c["tmpl"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": pool[k % len(pool)], "role": role},
            "time": base.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [],
            "sections": [{"keyword": kw, "text": tx} for kw, tx in c["secs"]],
        }
        record = {
            "patient": {"id": pnr(c["born"], 100 + (i * 37) % 880), "birth_date": c["born"],
                        "protected_identity": False},
            "as_of": "2024-12-31T00:00:00",
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["rs"], "record": record,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: keys" % n)
        if not re.fullmatch(r"[a-zåäö0-9][a-zåäö0-9-]*", n):
            errs.append("%s: bad name" % n)
        if n in names:
            errs.append("%s: duplicate name" % n)
        names.add(n)
        if c["ruleset"] not in (S, V):
            errs.append("%s: ruleset" % n)
        if not c["why"] or "placeholder" in c["why"]:
            errs.append("%s: why" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        r = c["record"]
        if set(r) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append("%s: record keys" % n)
        p = r["patient"]
        if not pnr_ok(p["id"], p["birth_date"]):
            errs.append("%s: personnummer" % n)
        dt.datetime.fromisoformat(r["as_of"])
        ids = {x["id"] for x in r["notes"]}
        codes_m = [m[0] for m in c["must"]]
        codes_n = [m[0] for m in c["must_not"]]
        if set(codes_m) & set(codes_n):
            errs.append("%s: code in must and must_not" % n)
        for code, tgt in c["must"] + c["must_not"]:
            if code not in ("NL101", "NL102"):
                errs.append("%s: code %s" % (n, code))
            if tgt not in ids:
                errs.append("%s: target %s" % (n, tgt))
        for note in r["notes"]:
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errs.append("%s: year" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s < t or s.year != 2024:
                    errs.append("%s: signed time" % n)
            a = age_at(p["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: age %d" % (n, a))
            sysname = note["system"]
            if sysname not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == V and sysname != "Melior":
                errs.append("%s: VGR must be Melior" % n)
            hsa = note["unit"]["hsa_id"]
            if (c["ruleset"] == S) != hsa.startswith("SE2321000255-"):
                errs.append("%s: hsa region" % n)
            pmo_unit = note["unit"]["name"].startswith(("Vårdcentralen", "BVC"))
            if (sysname == "PMO") != pmo_unit:
                errs.append("%s: PMO/unit mismatch" % n)
            if sysname == "PMO":
                if "NL101" in codes_m + codes_n:
                    errs.append("%s: NL101 asserted on PMO" % n)
                if "NL102" in codes_m:
                    errs.append("%s: NL102 must on PMO" % n)
            if not note["sections"]:
                errs.append("%s: no sections" % n)
            for sec in note["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append("%s: sentence repeated from %s: %r" % (n, sentences[sent], sent))
                        sentences.setdefault(sent, n)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cases:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                tally[(code, key)] = tally.get((code, key), 0) + 1
    print("%d cases -> %s" % (len(cases), OUT))
    for k in sorted(tally):
        print("  %s %s: %d" % (k[0], k[1], tally[k]))
    print("  skane %d, vgr %d" % (sum(c["ruleset"] == S for c in cases), sum(c["ruleset"] == V for c in cases)))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
