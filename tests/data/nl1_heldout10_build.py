#!/usr/bin/env python3
"""Independent gold cases for notelint NL101 / NL102 (heldout10).

Dependency-free. Writes nl1_heldout10_cases.jsonl next to this file and validates it.
Exit 1 on any problem. Deterministic.
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta

NAME = "nl1_heldout10_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {
    # Skåne, Melior (hospitals)
    "sus_onk": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1101"),
    "sus_med": ("skane", "Melior", "Medicinkliniken avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-1202"),
    "hbg_kir": ("skane", "Melior", "Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-1303"),
    "ksk_neuro": ("skane", "Melior", "Neurologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-1404"),
    "ystad_akut": ("skane", "Melior", "Akutmottagningen, Lasarettet Ystad", "SE2321000255-1505"),
    "sus_barn": ("skane", "Melior", "Barn- och ungdomsmedicinsk mottagning, Skånes universitetssjukhus Lund", "SE2321000255-1606"),
    "hlm_ort": ("skane", "Melior", "Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-1707"),
    "sus_gyn": ("skane", "Melior", "Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1808"),
    "tbg_med": ("skane", "Melior", "Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-1909"),
    "lkr_psyk": ("skane", "Melior", "Allmänpsykiatrisk mottagning, Landskrona", "SE2321000255-2010"),
    "sus_hem": ("skane", "Melior", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2111"),
    "sus_uro": ("skane", "Melior", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2212"),
    # Skåne, PMO (primary care)
    "vc_nasby": ("skane", "PMO", "Vårdcentralen Näsby, Kristianstad", "SE2321000255-3101"),
    "vc_linne": ("skane", "PMO", "Vårdcentralen Linné, Malmö", "SE2321000255-3202"),
    "vc_hoor": ("skane", "PMO", "Vårdcentralen Hörby", "SE2321000255-3303"),
    # VGR, Melior
    "su_onk": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-4101"),
    "su_med": ("vgr", "Melior", "Medicinmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-4202"),
    "nal_kir": ("vgr", "Melior", "Kirurgkliniken, NÄL Trollhättan", "SE2321000131-4303"),
    "skas_neuro": ("vgr", "Melior", "Neurologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-4404"),
    "sas_akut": ("vgr", "Melior", "Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-4505"),
    "su_barn": ("vgr", "Melior", "Drottning Silvias barn- och ungdomssjukhus, Göteborg", "SE2321000131-4606"),
    "kung_med": ("vgr", "Melior", "Medicinavdelning 5, Kungälvs sjukhus", "SE2321000131-4707"),
    "als_gyn": ("vgr", "Melior", "Gynekologmottagningen, Alingsås lasarett", "SE2321000131-4808"),
    "su_uro": ("vgr", "Melior", "Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4909"),
    "su_hud": ("vgr", "Melior", "Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-5010"),
    "skas_lung": ("vgr", "Melior", "Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-5111"),
    "sas_psyk": ("vgr", "Melior", "Psykiatriska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-5212"),
}

ROLES = {"L": "läkare", "S": "sjuksköterska", "X": "läkarsekreterare", "U": "undersköterska",
         "F": "fysioterapeut", "K": "kurator"}

CASES = []


def add(name, unit, template, author, sections, must=(), must_not=(), why="",
        draft=False, kid=False, setting="öppenvård"):
    """author: 'Förnamn Efternamn/R' with R a key of ROLES."""
    an, rk = author.rsplit("/", 1)
    CASES.append(dict(name=name, unit=unit, template=template, author=an, role=ROLES[rk],
                      sections=sections, must=list(must), must_not=list(must_not), why=why,
                      draft=draft, kid=kid, setting=setting))

# ---------------------------------------------------------------------------
# NL101 — positives: diagnosis visible while the patient is not informed
# ---------------------------------------------------------------------------
add("nl101-mammarcancer-pad-ej-informerad", "sus_onk", "Läkaranteckning", "Karin Holmqvist/L",
    [("Bedömning", "PAD från mammarbiopsi vä: invasiv duktal cancer grad 2, ER+/HER2-. Pat ej informerad ännu, besked ges av kirurg på fredag.")],
    must=["NL101"], why="Verified breast cancer in Bedömning while the patient has not been told yet.")

add("nl101-prostatacancer-ej-besked-vgr", "su_uro", "Mottagningsanteckning", "Anders Wikström/L",
    [("Bedömning", "Prostatacancer Gleason 4+3=7 i 5 av 12 biopsier. Patienten har ännu inte fått besked.")],
    must=["NL101"], why="Prostate cancer stated in a visible section; note says the patient has not been given the news.")

add("nl101-ms-mcdonald-ej-underrattad", "ksk_neuro", "Läkaranteckning", "Jonas Fredén/L",
    [("Bedömning", "MR hjärna+rygg: multipla periventrikulära och juxtakortikala lesioner, fyller McDonald 2017 -> skovvis förlöpande MS. Pat ännu ej underrättad, tid bokas för besked tills. m maken.")],
    must=["NL101"], why="Settled MS diagnosis visible; patient not yet notified (ej underrättad).")

add("nl101-als-emg-besked-nasta-vecka-vgr", "skas_neuro", "Besöksanteckning", "Maria Lundgren/L",
    [("Bedömning", "EMG bekräftar utbredd denervation i tre regioner, klinisk bild förenlig med ALS. Pat ej informerad om diagnosen, besked planeras v. 14 med kurator närvarande.")],
    must=["NL101"], why="ALS stated in Bedömning; patient not informed of the diagnosis.")

add("nl101-sekr-diktat-koloncancer", "hbg_kir", "Läkaranteckning", "Linnea Svensson/X",
    [("Aktuellt", "Dikt. av dr P. Holm, utskr. LS. Koloskopi 2/4 med PAD från sigmoideum visar adenocarcinom, måttligt differentierat."),
     ("Planering", "Pat har inte informerats om PAD-svaret. Kallas till läkarbesök på mottagningen, DT thorax-buk beställd. MDK 15/4.")],
    must=["NL101"], why="Secretary-typed dictation: colon adenocarcinoma visible; patient not yet informed of the PAD result.")

add("nl101-typo-infomerad-lungcancer", "sus_med", "Läkaranteckning", "Erik Bengtsson/L",
    [("Bedömning", "Skivepitelcancer hö överlob verifierad vid bronkoskopi. Pat ej infomerad om diagnosen ännu, anhöriga kommer imorgon em.")],
    must=["NL101"], why="Typo 'infomerad': lung cancer visible while the patient is not informed.")

add("nl101-barn-all-vardnadshavare-ej-besked-vgr", "su_barn", "Läkaranteckning", "Sofia Ekdahl/L", kid=True,
    sections=[("Bedömning", "Benmärgsprov: 86 % blaster, flödescytometri talar entydigt för B-ALL. Diagnosen är ännu inte meddelad till barnet eller vårdnadshavarna, samtal bokat imorgon kl 09 med överläkare och kontaktssk.")],
    must=["NL101"], why="Child under 13: ALL visible to guardians who, like the child, have not been told yet.")

add("nl101-cervixcancer-aterbesok", "sus_gyn", "Mottagningsanteckning", "Helena Brink/L",
    [("Anamnes", "Kontrollerad efter CIN3 och konisering i jan. Nu PAD från konen klart."),
     ("Bedömning", "Skivepitelcancer cervix, invasionsdjup 4 mm, stadium IB1. Pat ännu ej informerad, får beskedet vid återbesök 12/4 med kontaktsjuksköterska närvarande."),
     ("Planering", "MR lilla bäckenet, remiss gyn-onk MDK.")],
    must=["NL101"], why="Cervical cancer in Bedömning; patient gets the news only at the return visit.")

add("nl101-levermetastaser-vanta-onkolog-vgr", "su_med", "Läkaranteckning", "Per Olausson/L",
    [("Undersökningar", "DT buk med kontrast 3/3: multipla lågattenuerande förändringar i båda leverloberna, största 4 cm, typiska för metastaser. Primärtumör ej identifierad."),
     ("Bedömning", "Levermetastaser av okänd primärtumör. Patienten ska inte informeras förrän onkolog konsulterats och leverbiopsi planerats; hustrun vet ingenting heller.")],
    must=["NL101"], why="Liver metastases (diagnosis-bearing finding) visible; patient deliberately not told yet.")

add("nl101-ssk-lymfomrecidiv-vet-ej", "sus_hem", "Omvårdnadsanteckning", "Camilla Nyberg/S",
    [("Omvårdnad", "Pat frågar flera ggr om PET-svaret. Recidiv av diffust storcelligt B-cellslymfom enl. röntgensvar, men läkare har ännu inte lämnat besked, pat vet inte om det. Hänvisar till ronden imorgon. Pat orolig, sover dåligt, tar Propavan 25 mg tn.")],
    must=["NL101"], why="Nurse note: lymphoma relapse visible while patient does not know about it.")

add("nl101-epikris-pankreascancer-konfusorisk", "sus_med", "Epikris", "Hanna Petersson/X", setting="slutenvård",
    sections=[("Orsak till inläggning", "86-årig man inlagd via akuten pga ikterus, viktnedgång 8 kg och tilltagande förvirring sedan en vecka."),
     ("Vårdförlopp", "Bil 3,4 mmol/L vid ankomst. DT buk visade 4 cm tumör i pankreashuvudet med multipla levermetastaser. ERCP med stent 14/2, bilirubin sjunkande. Konfusionen bedömdes som delirium utlöst av kolangit, behandlad med Tazocin 4 g x 3 i fem dygn, sedan Ciprofloxacin po. Pat klarnade successivt men var fortfarande desorienterad till tid vid utskrivning."),
     ("Diagnoser", "Pankreascancer med levermetastaser (C25.0, C78.7). Kolangit. Delirium."),
     ("Information", "Pat är ännu inte informerad om cancerbeskedet då han varit konfusorisk under vårdtiden. Sonen informerad per telefon med pat:s tidigare medgivande. Besked till pat planeras vid besök på onkologmottagningen när han är klar."),
     ("Läkemedel", "Ciprofloxacin 500 mg 1x2 t.o.m. 24/2. Oxynorm 5 mg vb. Läkemedelslistan uppdaterad."),
     ("Uppföljning", "Remiss onkologen. Hemsjukvård kontaktad, ssk gör hembesök inom 3 dagar. Dikterad av dr M. Ohlsson.")],
    must=["NL101"], why="Long discharge summary: pancreatic cancer listed under Diagnoser while the patient has not been told (confused).")

add("nl101-utkast-huntington-genetik-vgr", "skas_neuro", "Läkaranteckning", "Oskar Dahl/L", draft=True,
    sections=[("Bedömning", "Gentest visar 44 CAG-repetitioner i HTT: Huntingtons sjukdom bekräftad. Pat ej informerad, genetisk vägledning bokas innan besked.")],
    must=["NL101"], why="Unsigned draft: Huntington's disease confirmed and visible; patient not informed.")

add("nl101-njurcancer-bifynd-ej-delgiven", "sus_uro", "Läkaranteckning", "Fredrik Sjöberg/L",
    [("Bedömning", "Bifynd på DT: 3,5 cm solid tumör vä njure, bild talar för njurcellscancer (klarcellig typ vid biopsi). Pat ännu inte delgiven fyndet; ringer upp honom först när urolog-MDK haft ärendet.")],
    must=["NL101"], why="Renal cell carcinoma (biopsy-verified) visible; patient not yet told of the finding.")

add("nl101-demens-alzheimer-ej-meddelat-vgr", "kung_med", "Läkaranteckning", "Ulla Granberg/L",
    [("Aktuellt", "Utredning av kognitiv svikt avslutad. MMSE 21/30, klocktest patologiskt, MR med hippocampusatrofi, likvor med förhöjt tau och lågt beta-amyloid."),
     ("Bedömning", "Alzheimers sjukdom, lätt demensgrad. Diagnosen har ännu inte meddelats patienten, dottern vill vara med vid beskedet. Återbesök 2/5 kl 10.")],
    must=["NL101"], why="Alzheimer's disease visible; note says it has not yet been conveyed to the patient.")

add("nl101-melanom-pad-besked-via-telefon", "su_hud", "Mottagningsanteckning", "Sara Holm/L",
    [("Bedömning", "PAD excision hö skuldra: malignt melanom, Breslow 1,8 mm, ulceration saknas, pT2a. Patienten har inte fått PAD-beskedet än, försökt nå henne två gånger per telefon utan svar.")],
    must=["NL101"], why="Melanoma PAD in Bedömning; patient has not received the news yet (unreachable).")

add("nl101-hiv-positiv-akut-ej-informerad-vgr", "sas_akut", "Akutanteckning", "Daniel Berg/L",
    [("Lab", "HIV Ag/Ak positiv, konfirmerande test positivt (svar från lab 22:40)."),
     ("Bedömning", "Nydiagnostiserad HIV-infektion. Pat informeras ej ikväll då han är kraftigt berusad, besked ges av infektionsläkare imorgon.")],
    must=["NL101"], why="HIV infection stated visibly; patient explicitly not informed tonight.")

add("nl101-ssk-telefon-glioblastom-fragar", "ksk_neuro", "Telefonanteckning", "Emma Lindqvist/S",
    [("Telefonkontakt", "Hustrun ringer och undrar om svaret från operationen. PAD visar glioblastom grad 4 enl. svar i Melior, men patienten och hustrun har inte fått besked ännu. Sagt att läkare ringer upp."),
     ("Åtgärd", "Meddelande till dr Fredén, ber om samtal idag.")],
    must=["NL101"], why="Nurse phone note: glioblastoma in visible text while patient not yet told.")

add("nl101-diabetes-typ1-barn-ej-informerade", "sus_barn", "Inskrivningsanteckning", "Mikael Strand/L", kid=True, setting="slutenvård",
    sections=[("Anamnes", "7-årig pojke med 3 veckors polyuri, polydipsi och viktnedgång. Mamma sökte VC som remitterade in akut."),
     ("Status", "Opåverkad, lätt dehydrerad, ej Kussmaul. P-glukos 24, pH 7,34, BE -6, ketoner 2,1."),
     ("Bedömning", "Typ 1-diabetes med lätt ketoacidos. Föräldrarna och pojken ännu ej informerade om diagnosen, diabetesteamet tar samtalet i morgon bitti."),
     ("Planering", "Insulininfusion enl. PM, glukos varje timme, blodgas kl 22.")],
    must=["NL101"], why="Child: type 1 diabetes visible while neither guardians nor child have been told.")

add("nl101-typo-patieten-ej-informerad-myelom", "sus_hem", "Läkaranteckning", "Björn Axelsson/L",
    [("Bedömning", "M-komponent IgG kappa 38 g/L, benmärg 24 % klonala plasmaceller, lytiska lesioner på DT: multipelt myelom. Patieten är inte informerad än, besked på mottagningen 8/3.")],
    must=["NL101"], why="Typo 'Patieten': myeloma visible and patient not yet informed.")

add("nl101-lang-lungcancer-utredning-vgr", "skas_lung", "Mottagningsanteckning", "Kristina Falk/L",
    [("Kontaktorsak", "Återbesök efter genomförd utredning av rundhärd hö lunga."),
     ("Anamnes", "71-årig kvinna, f.d. rökare 40 paketår, slutade 2015. KOL GOLD 2. Hosta sedan i höstas, viktnedgång 4 kg. Inga hemoptyser."),
     ("Undersökningar", "DT thorax 12/1: 3,2 cm spikulerad förändring hö underlob, förstorade mediastinala lgl station 7. PET-DT: upptag i tumör och station 7, inga fjärrmetastaser. EBUS-TBNA station 7: adenocarcinom, TTF-1 positiv, PD-L1 60 %."),
     ("Status", "AT gott. Cor rr, inga bj. Pulm: lätt nedsatta andningsljud basalt hö. SpO2 95 %."),
     ("Bedömning", "Icke-småcellig lungcancer, adenocarcinom hö underlob, cT1c N2 M0, stadium IIIA. Pat har ännu inte fått besked om diagnosen: hon kom i dag utan sin man och bad uttryckligen att få vänta med svaren tills han kan vara med. Vi respekterar det och ger besked torsdag."),
     ("Planering", "Lung-MDK 9/2. Spirometri och DLCO inför ev. kirurgi. Kontaktssk Lena tar kontakt. Nytt besök torsdag kl 13:30 med maken.")],
    must=["NL101"], why="Long note: stage IIIA lung cancer in Bedömning while the patient has not been given the diagnosis.")

add("nl101-lang-ulceros-kolit-ej-informerad", "tbg_med", "Läkaranteckning", "Johan Mattsson/L",
    [("Aktuellt", "Ingen sökorsak idag, skriver svar på koloskopi och PAD efter utredning av diarré och blod i avföringen."),
     ("Undersökningar", "Koloskopi 18/9: kontinuerlig inflammation från rektum till flexura lienalis, förlorat kärlmönster, kontaktblödning. Ileum u.a. PAD: kronisk aktiv kolit med kryptabscesser och arkitekturrubbning, inga granulom, ingen dysplasi."),
     ("Lab", "CRP 18, Hb 118, albumin 33, F-kalprotektin 1450. Faecesodling och Clostridioides-toxin negativa."),
     ("Bedömning", "Ulcerös kolit, vänstersidig (E2), måttlig aktivitet. Pat ej informerad om diagnosen ännu då han befinner sig utomlands t.o.m. 30/9; telefonbesked har han undanbett sig."),
     ("Planering", "Besök 2/10 för besked och start av Mesalazin 4 g/d samt lokalbehandling. Remiss IBD-ssk. Ny kalprotektin om 8 v.")],
    must=["NL101"], why="Long note: ulcerative colitis visible; patient not informed yet (abroad).")

add("nl101-lang-bipolar-psyk", "lkr_psyk", "Läkaranteckning", "Åsa Nordin/L",
    [("Aktuellt", "Sammanfattande bedömning efter utredning på mottagningen, tre besök samt anhörigintervju."),
     ("Anamnes", "32-årig kvinna. Sedan 20-årsåldern återkommande depressiva perioder, behandlad med sertralin med växlande effekt. Anhörigintervju med modern beskriver två tydliga perioder med minskat sömnbehov, överdriven shopping och ökad pratighet i flera veckor, senast våren 2023."),
     ("Skattningar", "MDQ positiv. MADRS-S 14. ASRS under gräns."),
     ("Bedömning", "Bipolär sjukdom typ II. Patienten är ännu inte informerad om diagnosen; hon var vid senaste besöket mycket ledsen och vi bedömde det olämpligt att ge beskedet då. Diagnosen och behandlingsalternativ tas upp vid nästa samtal."),
     ("Planering", "Sertralin trappas ut successivt, lamotrigin övervägs. Återbesök hos undertecknad 21/3. Kontakt med mottagningens ssk vid försämring.")],
    must=["NL101"], why="Long psychiatry note: bipolar II stated visibly, patient not yet informed.")

add("nl101-lang-bukaortaaneurysm-vgr", "nal_kir", "Läkaranteckning", "Gustav Hedlund/L",
    [("Kontaktorsak", "Remiss från VC efter bifynd vid ultraljud av gallvägar."),
     ("Anamnes", "76-årig man, hypertoni, hyperlipidemi, snusare. Inga buk- eller ryggsmärtor. Claudicatio saknas."),
     ("Status", "Pulserande resistens ovan naveln, ej öm. Perifera pulsar palpabla bilat. BT 152/88."),
     ("Undersökningar", "DT-angio aorta: infrarenalt bukaortaaneurysm, maximal diameter 5,8 cm, ingen läckage. Iliacakärlen ektatiska."),
     ("Bedömning", "Infrarenalt bukaortaaneurysm 5,8 cm, åtgärdskrävande. Pat ej informerad om aneurysmet då han lämnade mottagningen före DT-svaret; han är kallad till besked på måndag."),
     ("Planering", "Kärlkonferens onsdag, ställningstagande EVAR. Ekokardiografi och spirometri beställda. Pat instruerad att söka akut vid plötslig buk-/ryggsmärta.")],
    must=["NL101"], why="Long surgical note: aortic aneurysm needing repair stated; patient not informed (left before result).")

add("nl101-lang-epikris-sekr-hjarttumor-vgr", "kung_med", "Epikris", "Ingrid Sandberg/X", setting="slutenvård",
    sections=[("Inskrivningsorsak", "Dyspné och förmaksflimmer med snabbt kammarsvar."),
     ("Förlopp", "Konverterade spontant efter 12 h på metoprolol. UKG visade en 3 cm stor rörlig tumör fäst vid förmaksseptum i vänster förmak. MR hjärta kompletterades: bild typisk för myxom. Pat ej informerad om tumören under vårdtiden då fyndet bekräftades efter utskrivning; thoraxkirurg ska meddela besked vid mottagningsbesök."),
     ("Diagnoser", "Förmaksflimmer, paroxysmalt. Myxom i vänster förmak."),
     ("Läkemedel", "Metoprolol 50 mg 1x1. Eliquis 5 mg 1x2, CHA2DS2-VASc 3."),
     ("Uppföljning", "Remiss thoraxkirurgen. Återbesök medicinmott om 3 mån. Dikt. dr A. Sjöstedt / is.")],
    must=["NL101"], why="Discharge summary typed by secretary: atrial myxoma listed while patient not informed of it.")

add("nl101-lang-barn-cystisk-fibros-svettest", "sus_barn", "Mottagningsanteckning", "Petra Johansson/L", kid=True,
    sections=[("Anamnes", "3-årig flicka med återkommande luftvägsinfektioner, lös fet avföring och dålig viktutveckling sedan 1 års ålder. Föräldrarna oroliga."),
     ("Status", "Vikt -2,2 SD, längd -1,0 SD. Lätt trumpinnefingrar. Pulm: grova rassel bilat."),
     ("Lab", "Svettest upprepat: klorid 86 resp. 92 mmol/L. F-elastas kraftigt sänkt. Genetik: homozygot F508del."),
     ("Bedömning", "Cystisk fibros med pankreasinsufficiens. Vårdnadshavarna har ännu inte fått besked om diagnosen; genetiksvaret kom efter att de gått hem idag. CF-teamet ringer och bokar samtal."),
     ("Planering", "Start Creon efter samtalet. Remiss CF-centrum Lund, sputumodling, dietist.")],
    must=["NL101"], why="Child under 13: cystic fibrosis visible while guardians not yet told.")

add("nl101-lang-ssk-hematologi-aml", "sus_hem", "Omvårdnadsanteckning", "Lisa Wennberg/S", setting="slutenvård",
    sections=[("Allmäntillstånd", "Trött, feber 38,6 kl 14. Blododling x2 tagen, Meronem enl. ord."),
     ("Nutrition", "Äter dåligt, ordinerat näringsdrycker 2/d."),
     ("Psykosocialt", "Pat frågar upprepade gånger varför han ligger på hematologen och vad proverna visat. Enl. benmärgssvaret i journalen har han akut myeloisk leukemi, men läkare har bestämt att han inte ska informeras förrän kompletterande genetik är klar och familjesamtal kan hållas. Pat ej informerad, svarat att läkaren kommer och pratar med honom."),
     ("Planering", "Familjesamtal imorgon kl 11. Kontrollera temp och NEWS var 4:e timme.")],
    must=["NL101"], why="Long nurse note: AML named in visible text while the patient is not to be told yet.")

add("nl101-lang-hepatocellular-vgr-utkast", "su_med", "Läkaranteckning", "Nils Åberg/L", draft=True,
    sections=[("Aktuellt", "Uppföljning levercirros (alkohol) Child-Pugh A. Screening-UL visade ny förändring i segment 6."),
     ("Undersökningar", "MR lever: 2,4 cm förändring med arteriell uppladdning och washout, LI-RADS 5. AFP 310."),
     ("Bedömning", "Hepatocellulär cancer i cirroslever, BCLC A. Patienten har ännu inte informerats, han uteblev från dagens besök; ny tid skickas, och anhöriga ska inte kontaktas före honom."),
     ("Planering", "Lever-MDK 6/6, ställningstagande RFA eller resektion. Fortsatt absolutism stöttas, AA-kontakt.")],
    must=["NL101"], why="Unsigned draft: HCC visible; patient not informed (missed visit).")

add("nl101-lang-celiaki-vuxen-sekr", "tbg_med", "Läkaranteckning", "Marie Eklund/X",
    [("Diktat", "Diktat dr R. Kjellberg, utskrivet 4/4 /ME."),
     ("Anamnes", "29-årig kvinna med järnbristanemi sedan 2 år trots peroral behandling, uppblåsthet och lös avföring."),
     ("Undersökningar", "Transglutaminas-IgA > 128. Gastroskopi med duodenalbiopsier: totalvillusatrofi, Marsh 3c."),
     ("Bedömning", "Celiaki. Pat har inte fått information om diagnosen, svaren kom efter telefontiden; dietistbesök och besked ges samtidigt nästa vecka."),
     ("Planering", "Dietist 11/4. Bentäthetsmätning. Kontroll tTG om 12 mån.")],
    must=["NL101"], why="Dictated note: celiac disease stated while the patient has not been informed.")

add("nl101-kort-sekr-testikelcancer-vgr", "su_uro", "Läkaranteckning", "Eva Stridh/X",
    [("Bedömning", "Dikt. dr Wikström: PAD orkiektomi hö = seminom, pT1. Pat vet ej om svaret ännu, ring honom ej, han kommer på besök 3/6.")],
    must=["NL101"], why="Short dictated line: seminoma visible; patient does not know yet.")

# ---------------------------------------------------------------------------
# NL101 — near misses
# ---------------------------------------------------------------------------
add("nl101-neg-bröstcancer-informerad", "sus_onk", "Läkaranteckning", "Karin Holmqvist/L",
    [("Bedömning", "Lobulär bröstcancer hö, pT2 N0. Pat informerad om diagnosen idag med kontaktssk Anna närvarande, tog beskedet lugnt.")],
    must_not=["NL101"], why="Breast cancer visible but the patient has been informed today.")

add("nl101-neg-dottern-ej-informerad-vgr", "su_onk", "Läkaranteckning", "Maja Sundqvist/L",
    [("Bedömning", "Ovarialcancer stadium IIIC. Pat informerad och vill själv berätta för barnen; dottern ej informerad ännu enl. pat:s önskan.")],
    must_not=["NL101"], why="Only the daughter is uninformed; the patient herself has been told.")

add("nl101-neg-ny-optid-ej-meddelad", "hbg_kir", "Mottagningsanteckning", "Rasmus Öberg/L",
    [("Bedömning", "Inguinalbråck hö, reponibelt. Pat ej informerad om ny operationstid, kallelse skickas per brev.")],
    must_not=["NL101"], why="Not-informed statement concerns a new surgery time, not the (known) hernia diagnosis.")

add("nl101-neg-normala-prover-ej-meddelade-vgr", "kung_med", "Telefonanteckning", "Anneli Brandt/S",
    [("Telefonkontakt", "Känd hypertoni sedan 2015. Labprover från 4/3 (elstatus, krea, lipider) samtliga normala, pat ännu ej informerad om svaren, ringer igen i morgon.")],
    must_not=["NL101"], why="Patient not informed of normal lab results; the known hypertension is not the subject.")

add("nl101-neg-waran-dos-ej-informerad", "tbg_med", "Telefonanteckning", "Ylva Persson/S",
    [("Åtgärd", "Förmaksflimmer, Waran. PK 3,6. Pat ej informerad om dosminskningen till 2,5 tabl/d ännu, ssk ringer imorgon fm.")],
    must_not=["NL101"], why="Not informed about a dose change, not about a diagnosis.")

add("nl101-neg-tidiga-hypoteser-mall-skane", "sus_onk", "Tidiga hypoteser", "Karin Holmqvist/L",
    [("Bedömning", "Pankreascancer med levermetastaser enl. DT. Pat ej informerad ännu, besked vid återbesök med anhörig.")],
    must_not=["NL101"], why="Skåne: the diagnosis and not-informed statement are in the protected template Tidiga hypoteser.")

add("nl101-neg-tidiga-hypoteser-sokord-vgr", "su_med", "Läkaranteckning", "Per Olausson/L",
    [("Aktuellt", "Återbesök, pat mår bättre efter antibiotikakuren. Lungauskultation ua."),
     ("Tidiga hypoteser", "DT thorax: misstänkt tumör hö hilus med lymfkörtelmetastaser. Pat ej informerad, väntar på bronkoskopi."),
     ("Planering", "Bronkoskopi bokad 12/3, pat får kallelse.")],
    must_not=["NL101"], why="VGR: the diagnosis and the not-informed statement are only under the protected sökord Tidiga hypoteser.")

add("nl101-neg-hiv-informerad-2022", "sus_med", "Mottagningsanteckning", "Lars Kvist/L",
    [("Aktuellt", "HIV-infektion sedan 2022, välbehandlad, VL < 20. Pat informerades om diagnosen vid första besöket och har god kunskap om sjukdomen.")],
    must_not=["NL101"], why="HIV visible but the patient was informed long ago.")

add("nl101-neg-pad-ej-klart", "sus_gyn", "Telefonanteckning", "Helena Brink/L",
    [("Telefonkontakt", "Pat ringer om PAD efter abrasio. Svaret är inte klart, pat därför inte informerad om något resultat. Ringer upp när PAD kommit.")],
    must_not=["NL101"], why="No diagnosis at all: the PAD is still pending.")

add("nl101-neg-remiss-ej-meddelad-vgr", "nal_kir", "Mottagningsanteckning", "Gustav Hedlund/L",
    [("Bedömning", "Gonartros vä knä, Ahlbäck 2. Pat ej informerad om att remiss till ortoped har skickats, brev skickas.")],
    must_not=["NL101"], why="Not informed about a referral being sent; diagnosis itself is not withheld.")

add("nl101-neg-hustrun-vet-ej", "ksk_neuro", "Läkaranteckning", "Jonas Fredén/L",
    [("Bedömning", "Parkinsons sjukdom. Pat har fått besked och förstår diagnosen; hustrun känner ännu inte till den och pat vill själv välja tillfälle att berätta.")],
    must_not=["NL101"], why="Patient knows; only the wife is not informed.")

add("nl101-neg-barn-celiaki-vh-informerade-vgr", "su_barn", "Mottagningsanteckning", "Sofia Ekdahl/L", kid=True,
    sections=[("Bedömning", "Celiaki bekräftad med biopsi. Vårdnadshavare och barnet informerade om diagnosen och glutenfri kost, dietistkontakt förmedlad.")],
    must_not=["NL101"], why="Child: guardians and child informed of celiac disease.")

add("nl101-neg-diabetes-besked-lamnat", "sus_barn", "Läkaranteckning", "Mikael Strand/L", kid=True,
    sections=[("Bedömning", "Typ 1-diabetes. Besked om diagnosen lämnat till pojken och båda föräldrarna under förmiddagen, många frågor som besvarades.")],
    must_not=["NL101"], why="Diagnosis given to the child and parents; nothing withheld.")

add("nl101-neg-inget-besked-om-tid-ssk-vgr", "skas_neuro", "Omvårdnadsanteckning", "Maria Lundgren/S",
    [("Omvårdnad", "Känd epilepsi, välinställd på Lamictal. Pat har inte fått besked om tid för EEG-kontroll ännu, har påmint bokningen.")],
    must_not=["NL101"], why="Not-informed about an EEG appointment; the epilepsy is long known.")

add("nl101-neg-ej-informerad-om-ronden", "sus_med", "Omvårdnadsanteckning", "Camilla Nyberg/S", setting="slutenvård",
    sections=[("Omvårdnad", "Pneumoni, dag 3 på Bensylpenicillin. Pat ej informerad om att ronden blivit senarelagd till em, meddelas vid lunch.")],
    must_not=["NL101"], why="Not informed of a schedule change; pneumonia diagnosis not withheld.")

add("nl101-neg-lang-informerad-koloncancer-vgr", "nal_kir", "Mottagningsanteckning", "Rasmus Öberg/L",
    [("Kontaktorsak", "Beskedbesök efter koloskopi och DT."),
     ("Anamnes", "64-årig man med blod i avföringen i två månader, järnbrist. Koloskopi med tumör i colon ascendens."),
     ("Undersökningar", "PAD: adenocarcinom, MSS. DT thorax-buk: ingen fjärrspridning, lokalt förstorade körtlar."),
     ("Bedömning", "Koloncancer i colon ascendens, cT3 N1 M0. Pat och hustru informerade om diagnosen och om att behandlingen blir kirurgisk. Pat ställde relevanta frågor och vill gärna opereras snarast."),
     ("Planering", "Hö-sidig hemikolektomi, anmäld till op. Preop bedömning narkos. Kontaktssk Malin ringer inom en vecka. Pat har fått Min vårdplan.")],
    must_not=["NL101"], why="Long beskedbesök: colon cancer visible and the patient has been informed.")

add("nl101-neg-lang-epikris-informerad-skane", "sus_med", "Epikris", "Hanna Petersson/X", setting="slutenvård",
    sections=[("Orsak till inläggning", "Feber och andfåddhet, 3 dagar."),
     ("Vårdförlopp", "Vänstersidig pneumoni på rtg, CRP 210. Behandlad med Bensyl 3 g x 3, byte till Kåvepenin efter 3 dygn. Under vårdtiden upptäcktes nydebuterad typ 2-diabetes, HbA1c 71. Diabetesssk har undervisat, pat informerad om diagnosen och har påbörjat Metformin."),
     ("Diagnoser", "Pneumoni (J18.9). Diabetes mellitus typ 2 (E11.9)."),
     ("Läkemedel", "Kåvepenin 1 g x 3 t.o.m. 12/1. Metformin 500 mg 1x2, öka till 1x3 om en vecka."),
     ("Uppföljning", "Diabetesssk VC om 2 v. Rtg pulm om 6 v. Dikterad av dr Åkesson, utskr. HP.")],
    must_not=["NL101"], why="Long discharge summary: both diagnoses visible, patient informed.")

add("nl101-neg-lang-ssk-anhorig-ej-informerad-vgr", "su_onk", "Omvårdnadsanteckning", "Sanna Ljung/S",
    [("Bakgrund", "Pat med nydiagnostiserad glioblastom, fick besked av läkare igår tillsammans med kurator."),
     ("Psykosocialt", "Pat ledsen men samlad. Hennes bror, som bor i Norge, ej informerad ännu; pat vill ringa honom själv i helgen. Maken informerad och närvarande."),
     ("Omvårdnad", "Smärta VAS 2. Sover med Propavan. Äter halva portioner."),
     ("Planering", "Kurator följer upp på måndag. Kontaktssk ger skriftlig information om strålbehandling.")],
    must_not=["NL101"], why="Long nurse note: patient informed, only the brother abroad is not.")

add("nl101-neg-lang-ej-informerad-om-kallelse", "hlm_ort", "Läkaranteckning", "Viktor Lund/L",
    [("Kontaktorsak", "Återbesök 6 v efter distal radiusfraktur vä, gipsad."),
     ("Status", "Gips av. Lätt svullnad, rörlighet dorsalflexion 40 grader, volarflexion 35. Sensibilitet ua."),
     ("Röntgen", "Läkt fraktur i acceptabelt läge, ingen sekundär felställning."),
     ("Bedömning", "Läkt distal radiusfraktur vä. Osteoporos sedan tidigare på Alendronat. Pat ej informerad om att fysioterapeuten kommer kalla henne, remiss skickad idag."),
     ("Planering", "Fysioterapi. Inget ytterligare återbesök ortoped.")],
    must_not=["NL101"], why="Long note: not-informed concerns a physio call-in, not a diagnosis.")

add("nl101-neg-lang-tidiga-hyp-vgr-sokord-plus-synligt", "skas_lung", "Mottagningsanteckning", "Kristina Falk/L",
    [("Kontaktorsak", "Kontroll astma, pat har haft tre exacerbationer senaste året."),
     ("Anamnes", "Använder Symbicort 2x2 och vb. Röker inte. Tar sin medicin regelbundet enl. egen uppgift."),
     ("Status", "Pulm: enstaka ronki. PEF 380 (bästa 450). FeNO 52."),
     ("Bedömning", "Astma, otillräckligt kontrollerad. Höjer till Symbicort 200/6 2x2. Pat informerad om ändringen och om inhalationsteknik."),
     ("Tidiga hypoteser", "Rtg visade fläckvisa infiltrat, eosinofili 2,1; EGPA övervägs. Pat ej informerad om detta ännu."),
     ("Planering", "ANCA, IgE, spirometri med reversibilitet. Återbesök 4 v.")],
    must_not=["NL101"], why="VGR long note: withheld hypothesis sits only under the protected sökord; visible diagnosis (astma) is communicated.")

add("nl101-neg-lang-tidiga-hyp-mall-skane-psyk", "lkr_psyk", "Tidiga hypoteser", "Åsa Nordin/L",
    [("Anamnes", "Pat beskriver att grannarna avlyssnar honom via elnätet, har tejpat för eluttagen. Sover 3 h/natt sedan 4 veckor."),
     ("Bedömning", "Schizofreni paranoid form bedöms sannolik, pat ej informerad om diagnostiska överväganden eftersom det bedöms kunna skada alliansen i detta skede."),
     ("Planering", "Fortsatt utredning, ta upp med pat när relationen är stabilare.")],
    must_not=["NL101"], why="Skåne: template Tidiga hypoteser is filtered, so nothing is visible.")

add("nl101-neg-kort-informerad-om-melanom-vgr", "su_hud", "Telefonanteckning", "Sara Holm/L",
    [("Telefonkontakt", "Nått pat per telefon, informerad om PAD: malignt melanom in situ, radikalt exciderat. Ingen ytterligare åtgärd än kontroll om 6 mån.")],
    must_not=["NL101"], why="Melanoma result communicated to the patient by phone.")

add("nl101-neg-kort-ej-info-om-fasta", "hbg_kir", "Omvårdnadsanteckning", "Elin Sahlin/S", setting="slutenvård",
    sections=[("Omvårdnad", "Kolecystit. Pat har ännu inte fått info om fastan inför op imorgon, nattsköterskan informerar.")],
    must_not=["NL101"], why="Not informed about fasting instructions, not about a diagnosis.")

add("nl101-neg-utkast-informerad-ms-vgr", "skas_neuro", "Besöksanteckning", "Oskar Dahl/L", draft=True,
    sections=[("Bedömning", "Skovvis förlöpande MS. Har idag informerat pat om diagnosen och om behandlingsalternativ, han vill fundera på Ocrevus kontra Kesimpta till nästa besök.")],
    must_not=["NL101"], why="Unsigned draft: MS visible, patient has been informed.")

add("nl101-neg-typo-informerd-mottagning", "tbg_med", "Läkaranteckning", "Johan Mattsson/L",
    [("Bedömning", "Hypotyreos, TSH 18, fritt T4 lågt. Pat informerd om diagnosen och startar Levaxin 50 mikrog.")],
    must_not=["NL101"], why="Typo 'informerd': patient informed of hypothyroidism.")

add("nl101-neg-medel-ej-informerad-ekg-normalt-vgr", "sas_akut", "Akutanteckning", "Daniel Berg/L",
    [("Anamnes", "Bröstsmärta 2 h, stickande, lägesberoende."),
     ("Undersökningar", "EKG sinusrytm utan ischemi. TnT 6 och 7 ng/L."),
     ("Bedömning", "Ospecifik bröstsmärta, ej kardiell genes. Pat gick innan andra troponinsvaret kom och är alltså inte informerad om det, men svaret är normalt och ingen åtgärd behövs.")],
    must_not=["NL101"], why="Not informed about a normal troponin; no withheld diagnosis.")

add("nl101-neg-medel-sambo-vet-inte-hiv", "sus_med", "Mottagningsanteckning", "Lars Kvist/L",
    [("Aktuellt", "Nydiagnostiserad HIV, fick besked förra veckan av undertecknad."),
     ("Bedömning", "Pat mår psykiskt bättre. Sambon är inte informerad om pat:s HIV; smittspårning och informationsplikt har gåtts igenom med pat, som själv vill berätta inom en vecka. Kurator kopplas in."),
     ("Planering", "Start Biktarvy. Kontroll VL om 4 v.")],
    must_not=["NL101"], why="HIV patient informed; only the partner is not.")

add("nl101-neg-medel-kirurgi-pat-informerad-efter-narkos-vgr", "nal_kir", "Operationsberättelse", "Gustav Hedlund/L",
    [("Operation", "Laparoskopisk appendektomi. Gangränös appendicit utan perforation."),
     ("Postop", "Pat informerad om fynden när han vaknat. Hem imorgon om opåverkad.")],
    must_not=["NL101"], why="Operative findings told to the patient postoperatively.")

add("nl101-neg-lang-barn-epilepsi-vh-informerade", "sus_barn", "Mottagningsanteckning", "Petra Johansson/L", kid=True,
    sections=[("Anamnes", "8-årig flicka med korta frånvaroattacker upp till 20 ggr/dag enl. lärare, debut i höstas."),
     ("Status", "Neurologiskt ua. Hyperventilation utlöser typisk absens på mottagningen."),
     ("EEG", "Generaliserade 3 Hz spike-wave-urladdningar, provocerade av hyperventilation."),
     ("Bedömning", "Barnabsensepilepsi. Båda vårdnadshavarna och flickan informerade om diagnosen, god prognos, behandling och vad skolan behöver veta."),
     ("Planering", "Start Ethosuximid enl. schema. Skriftlig info till skolan. Återbesök 6 v med EEG.")],
    must_not=["NL101"], why="Child: epilepsy diagnosis communicated to guardians and child.")
add("nl101-kort-pad-skivepitel-lapp-ej-informerad-skane", "hbg_kir", "Mottagningsanteckning", "Rasmus Öberg/L",
    [("Bedömning", "Skivepitelcancer i underläppen, radikalt exciderad enl. PAD. Ej informerat pat ännu, brev går inte att skicka förrän PAD-konferensen.")],
    must=["NL101"], why="Short note: lip SCC visible; 'ej informerat pat ännu'.")

add("nl101-neg-kort-provsvar-ej-hamtat-vgr", "als_gyn", "Telefonanteckning", "Lena Fors/S",
    [("Telefonkontakt", "Cellprovet från 2/2 visar normala celler. Pat ej informerad om svaret då hon inte svarat, nytt försök imorgon.")],
    must_not=["NL101"], why="Not informed about a normal cervical smear: no diagnosis withheld.")

# ---------------------------------------------------------------------------
# NL102 — positives: hedged diagnosis in a visible Melior section
# ---------------------------------------------------------------------------
add("nl102-susp-pneumoni-akut", "ystad_akut", "Akutanteckning", "Tobias Lindahl/L",
    [("Bedömning", "Susp. pneumoni hö basalt, CRP 145. Rtg pulm beställd.")],
    must=["NL102"], why="'Susp. pneumoni' in Bedömning of a Skåne Melior note.")

add("nl102-trol-njursten-vgr", "sas_akut", "Akutanteckning", "Daniel Berg/L",
    [("Bedömning", "Trol. njursten vä, kolikartad smärta och mikroskopisk hematuri. DT-urografi imorgon.")],
    must=["NL102"], why="'Trol. njursten' visible in VGR Melior.")

add("nl102-fragetecken-dvt", "tbg_med", "Läkaranteckning", "Johan Mattsson/L",
    [("Bedömning", "DVT vä vad? Svullen och öm. D-dimer 1,8, UL bokat.")],
    must=["NL102"], why="Question-marked diagnosis 'DVT ... ?' in a visible section.")

add("nl102-dd-gikt-septisk-artrit-vgr", "kung_med", "Läkaranteckning", "Ulla Granberg/L",
    [("Bedömning", "Akut monoartrit hö knä. DD gikt, septisk artrit. Ledpunktion görs.")],
    must=["NL102"], why="Differential diagnoses (DD) written in Bedömning.")

add("nl102-kan-ej-uteslutas-lungemboli", "sus_med", "Läkaranteckning", "Erik Bengtsson/L", setting="slutenvård",
    sections=[("Bedömning", "Takykardi och syrgasbehov, lungemboli kan ej uteslutas. DT-angio ikväll.")],
    must=["NL102"], why="'Lungemboli kan ej uteslutas' is a hedged diagnosis in a visible section.")

add("nl102-typo-missankt-appendicit", "hbg_kir", "Akutanteckning", "Elin Sahlin/L",
    [("Bedömning", "Missänkt appendicit, öm McBurney, släppömhet. Anmäls till op.")],
    must=["NL102"], why="Typo 'Missänkt' appendicitis in a visible section.")

add("nl102-mojlig-borrelia-vgr", "su_hud", "Mottagningsanteckning", "Sara Holm/L",
    [("Bedömning", "Möjlig erythema migrans vä vad, 7 cm, fästingbett för 3 v sedan. Fenoximetylpenicillin 10 d.")],
    must=["NL102"], why="'Möjlig erythema migrans' in visible Bedömning.")

add("nl102-ev-migran-neuro", "ksk_neuro", "Läkaranteckning", "Jonas Fredén/L",
    [("Bedömning", "Ev. migrän med aura, DD TIA. Huvudvärksdagbok.")],
    must=["NL102"], why="'Ev. migrän' with DD TIA in Bedömning.")

add("nl102-sannolik-gallsten-vgr", "nal_kir", "Mottagningsanteckning", "Gustav Hedlund/L",
    [("Bedömning", "Sannolikt gallstenssjukdom med återkommande kolik efter fet mat. UL lever/gallvägar remitteras.")],
    must=["NL102"], why="'Sannolikt gallstenssjukdom' visible.")

add("nl102-typo-sannolkit-hypotyreos", "tbg_med", "Telefonanteckning", "Ylva Persson/L",
    [("Bedömning", "TSH 7,9, trötthet. Sannolkit subklinisk hypotyreos, kontroll med TPO-ak.")],
    must=["NL102"], why="Typo 'Sannolkit': probable hypothyroidism visible.")

add("nl102-misstanke-om-sarkoidos-vgr", "skas_lung", "Läkaranteckning", "Kristina Falk/L",
    [("Bedömning", "Bilaterala hiluslymfkörtlar och erythema nodosum, misstanke om sarkoidos. Bronkoskopi med BAL.")],
    must=["NL102"], why="'misstanke om sarkoidos' in a visible section.")

add("nl102-ssk-trol-uvi-avdelning", "sus_med", "Omvårdnadsanteckning", "Camilla Nyberg/S", setting="slutenvård",
    sections=[("Omvårdnad", "Pat nyinsatt förvirring, luktande urin. Trol. UVI, urinsticka nitrit pos, jourhavande läk meddelad.")],
    must=["NL102"], why="Nurse note: 'Trol. UVI' is a hedged diagnosis in a visible section.")

add("nl102-differentialdiagnos-lymfom-vgr-utkast", "su_med", "Läkaranteckning", "Nils Åberg/L", draft=True,
    sections=[("Bedömning", "Feber, nattsvett, generell lymfadenopati. Differentialdiagnos lymfom eller EBV-infektion. Körtelexstirpation.")],
    must=["NL102"], why="Unsigned draft: differential diagnosis lymphoma written visibly.")

add("nl102-inte-osannolikt-reumatoid-artrit", "tbg_med", "Mottagningsanteckning", "Marie Eklund/L",
    [("Bedömning", "Symmetriska synoviter MCP 2-3 bilat, morgonstelhet 2 h. Inte osannolikt reumatoid artrit, anti-CCP tas. Remiss reumatolog.")],
    must=["NL102"], why="'Inte osannolikt reumatoid artrit' is a hedge, not a negation.")

add("nl102-kort-diktat-susp-karpaltunnel-vgr", "nal_kir", "Läkaranteckning", "Eva Stridh/X",
    [("Bedömning", "Dikt. dr Öberg: susp karpaltunnelsyndrom hö, ENeG beställs.")],
    must=["NL102"], why="Dictated one-liner: 'susp' carpal tunnel syndrome (no dot).")

add("nl102-medel-barn-trol-kawasaki", "sus_barn", "Inskrivningsanteckning", "Mikael Strand/L", kid=True, setting="slutenvård",
    sections=[("Anamnes", "3-årig pojke med feber sedan 6 dagar, konjunktivit, röda spruckna läppar och svullna händer."),
     ("Status", "Irritabel. Hallonsmultunga, cervikal lgl 2 cm hö. Fjällning periungualt."),
     ("Bedömning", "Trolig Kawasakis sjukdom. UKG imorgon, IVIG diskuteras med bakjour.")],
    must=["NL102"], why="Child: 'Trolig Kawasakis sjukdom' visible in Melior.")

add("nl102-medel-ssk-telefon-misstankt-pyelonefrit-vgr", "sas_akut", "Telefonanteckning", "Anneli Brandt/S",
    [("Kontaktorsak", "Pat ringer pga feber 39,2 och ont i vä flank sedan igår, sveda vid miktion."),
     ("Bedömning", "Misstänkt pyelonefrit. Pat opåverkad i telefon, klarar att ta sig in."),
     ("Åtgärd", "Hänvisad till akuten för bedömning inom 2 h.")],
    must=["NL102"], why="Nurse phone note: 'Misstänkt pyelonefrit' in visible Bedömning.")

add("nl102-medel-ortoped-trol-meniskskada", "hlm_ort", "Mottagningsanteckning", "Viktor Lund/L",
    [("Anamnes", "Vridvåld hö knä vid fotboll för 3 v sedan. Upphakningar, svullnad efter belastning."),
     ("Status", "Lätt hydrops, ömhet mediala ledspringan, McMurray pos. Stabil i alla plan."),
     ("Bedömning", "Trol. medial meniskskada hö. MR knä.")],
    must=["NL102"], why="'Trol. medial meniskskada' in visible Bedömning.")

add("nl102-medel-gyn-x-ektopisk-vgr", "als_gyn", "Akutanteckning", "Lena Fors/L",
    [("Anamnes", "SM för 7 v sedan, positivt gravtest, småblödning och vä-sidig buksmärta."),
     ("Undersökningar", "VUL: tom uterus, ingen intrauterin säck. Oklar resistens vä adnex. hCG 1850."),
     ("Bedömning", "Extrauterin graviditet vä? Ny hCG om 48 h, pat informerad om att söka direkt vid ökad smärta.")],
    must=["NL102"], why="Ectopic pregnancy with a question mark in Bedömning.")

add("nl102-medel-neuro-kan-inte-uteslutas-ms-vgr", "skas_neuro", "Läkaranteckning", "Maria Lundgren/L",
    [("Anamnes", "Synnedsättning hö öga och smärta vid ögonrörelser sedan 5 dagar."),
     ("Status", "Visus hö 0,3, RAPD hö, papill normal. Övrigt neurologiskt ua."),
     ("Bedömning", "Optikusneurit hö. MS kan inte uteslutas, MR hjärna och likvor planeras.")],
    must=["NL102"], why="'MS kan inte uteslutas' written visibly.")

add("nl102-medel-hud-dd-psoriasis-eksem", "sus_onk", "Konsultation", "Sara Nilsson/L",
    [("Frågeställning", "Utslag under pågående immunterapi med pembrolizumab."),
     ("Status", "Välavgränsade fjällande plack på armbågar och bål."),
     ("Bedömning", "DD läkemedelsutlöst psoriasis, numulärt eksem. Stansbiopsi tagen, Dermovat tills vidare.")],
    must=["NL102"], why="DD listing psoriasis and eczema in a Skåne Melior consultation.")

add("nl102-medel-psyk-misstankt-adhd-vgr", "sas_psyk", "Läkaranteckning", "Henrik Moberg/L",
    [("Aktuellt", "24-årig man med koncentrationssvårigheter sedan skolåldern, avbrutna studier, impulsiv."),
     ("Bedömning", "Misstänkt ADHD, kombinerad form. Remiss neuropsykiatrisk utredning. Ingen aktuell suicidrisk.")],
    must=["NL102"], why="'Misstänkt ADHD' in a visible psychiatric note.")

add("nl102-medel-sekr-trol-polymyalgi", "tbg_med", "Läkaranteckning", "Marie Eklund/X",
    [("Diktat", "Dikt. dr Kjellberg 12/2, utskr. 14/2."),
     ("Anamnes", "72-årig kvinna med stelhet och värk i skuldror och höfter, värst på morgonen, SR 64."),
     ("Bedömning", "Trolig polymyalgia reumatika. Prednisolon 15 mg och kontroll om 2 v.")],
    must=["NL102"], why="Dictated note: 'Trolig polymyalgia reumatika'.")

add("nl102-medel-akut-frageteckn-commotio-vgr", "sas_akut", "Akutanteckning", "Ida Carlsson/L",
    [("Anamnes", "Cyklat omkull utan hjälm, slog huvudet, kort minneslucka enl. kompis."),
     ("Status", "GCS 15, neurologiskt ua, hematom occipitalt."),
     ("Bedömning", "Commotio? Ingen indikation för DT enl. SNC-riktlinjer. Hem med vuxen, skriftlig info.")],
    must=["NL102"], why="'Commotio?' with a question mark in Bedömning.")

add("nl102-medel-kir-kan-ej-uteslutas-ileus", "hbg_kir", "Inskrivningsanteckning", "Rasmus Öberg/L", setting="slutenvård",
    sections=[("Anamnes", "Tidigare laparotomi. Kräkningar och uppspänd buk sedan igår, ingen gasavgång."),
     ("Status", "Tympanistisk buk, livliga tarmljud, diffust öm."),
     ("Bedömning", "Tunntarmsileus kan ej uteslutas. DT buk, V-sond, fasta.")],
    must=["NL102"], why="'Tunntarmsileus kan ej uteslutas' in visible Bedömning.")

add("nl102-lang-medicin-susp-endokardit", "sus_med", "Inskrivningsanteckning", "Hanna Åkesson/L", setting="slutenvård",
    sections=[("Inskrivningsorsak", "Feber i tre veckor, trötthet, viktnedgång."),
     ("Anamnes", "58-årig man med mekanisk aortaklaffprotes sedan 2019 på Waran. Tandextraktion i mars utan antibiotikaprofylax. Sedan dess intermittent feber upp till 39, nattsvett, tappat 5 kg."),
     ("Status", "AT lätt påverkat. Temp 38,4. Cor: klickande klaffljud, nytillkommet diastoliskt blåsljud. Splinterblödningar i två naglar. Buk ua."),
     ("Lab", "CRP 96, LPK 13,2, Hb 108. Blododlingar x3 tagna före antibiotika. PK 2,8."),
     ("Bedömning", "Susp. protesendokardit. Hög klinisk misstanke, TEE prioriterad."),
     ("Planering", "Empirisk behandling enl. Strama efter odlingar: vancomycin + gentamicin + rifampicin. TEE imorgon. Infektionskonsult. Thoraxkirurg informeras.")],
    must=["NL102"], why="Long admission note: 'Susp. protesendokardit' in Bedömning.")

add("nl102-lang-vgr-akut-trol-stroke", "sas_akut", "Akutanteckning", "Daniel Berg/L",
    [("Kontaktorsak", "Prio 1 ambulans, talsvårigheter och svaghet hö arm sedan kl 06:40."),
     ("Anamnes", "78-årig kvinna med förmaksflimmer, ej antikoagulerad pga fallrisk. Hypertoni. Bor själv, klarar sig med hemtjänst x1."),
     ("Status", "NIHSS 7: motorisk afasi, pares hö arm 3/5, facialispares hö. BT 182/96, Af 98. P-glukos 7,1."),
     ("Undersökningar", "DT hjärna: ingen blödning, lätt utsuddad insula vä. DT-angio: ocklusion M2-gren vä."),
     ("Bedömning", "Trolig ischemisk stroke vä MCA-område, kardiell embolism sannolik."),
     ("Åtgärd", "Trombolys med tenekteplas kl 08:10 efter samråd med strokejour. Trombektomi diskuteras med NU-sjukvården. Strokeenhet.")],
    must=["NL102"], why="Long acute note: 'Trolig ischemisk stroke' visible in VGR Melior.")

add("nl102-lang-onk-misstankt-hjarnmetastas", "sus_onk", "Läkaranteckning", "Karin Holmqvist/L",
    [("Aktuellt", "Telefonkontakt + besök pga ny huvudvärk under pågående adjuvant behandling."),
     ("Anamnes", "54-årig kvinna, HER2-positiv bröstcancer opererad 2023, pågående trastuzumab. Sedan 2 veckor morgonhuvudvärk, illamående, ostadighet."),
     ("Status", "Gott AT. Lätt ostadig i Romberg, övrigt neurologiskt ua. Inga stasfynd."),
     ("Bedömning", "Misstänkt hjärnmetastasering. Insättes Betapred 8 mg x 1 i väntan på MR."),
     ("Planering", "MR hjärna akut inom 48 h. Pat informerad om varför undersökningen görs. Kontaktssk följer upp. Återbesök efter MR.")],
    must=["NL102"], why="Long oncology note: 'Misstänkt hjärnmetastasering' visible.")

add("nl102-lang-gyn-vgr-mojlig-endometrios", "als_gyn", "Mottagningsanteckning", "Lena Fors/L",
    [("Kontaktorsak", "Remiss från ungdomsmottagning pga svår dysmenorré."),
     ("Anamnes", "19-årig kvinna, menarche 12 år. Kraftiga mensvärk sedan 15 års ålder, missar skola/arbete 2 dagar/mån. Dyspareuni. NSAID ger otillräcklig effekt. P-piller provats kort."),
     ("Status", "Buk mjuk. Gyn: ömhet i bakre fornix, ingen palpabel resistens."),
     ("Undersökningar", "VUL: normal uterus och ovarier, inga endometriom."),
     ("Bedömning", "Möjlig endometrios. Behandlingsförsök med kontinuerlig gestagen i 3 mån."),
     ("Planering", "Visanne 2 mg 1x1. Smärtdagbok. Återbesök 3 mån, ställningstagande till laparoskopi vid utebliven effekt.")],
    must=["NL102"], why="Long gynaecology note: 'Möjlig endometrios' visible.")

add("nl102-lang-lunga-trol-ipf-dd", "skas_lung", "Läkaranteckning", "Anders Wallin/L",
    [("Kontaktorsak", "Utredning av tilltagande ansträngningsdyspné."),
     ("Anamnes", "69-årig man, f.d. plåtslagare. Torrhosta 1 år, dyspné vid 2 trappor. Inga ledbesvär, inga hudsymtom."),
     ("Status", "Trumpinnefingrar. Pulm: bilaterala basala velcro-rassel. SpO2 94 % i vila."),
     ("Undersökningar", "HRCT: subpleural retikulering basalt med traction bronchiectasis och honeycombing, UIP-mönster. Spirometri: restriktivt mönster, DLCO 52 %."),
     ("Bedömning", "Trol. idiopatisk lungfibros. DD asbestos med tanke på yrket, men inga pleuraplack."),
     ("Planering", "ILD-konferens. Reumatologiska serologier. 6 min gångtest. Återbesök 6 v.")],
    must=["NL102"], why="Long lung note: 'Trol. idiopatisk lungfibros' and DD asbestos visible.")

add("nl102-lang-barn-vgr-trol-celiaki", "su_barn", "Mottagningsanteckning", "Sofia Ekdahl/L", kid=True,
    sections=[("Kontaktorsak", "Remiss från BVC pga avplanande viktkurva."),
     ("Anamnes", "2,5-årig flicka. Glutenintroduktion vid 6 mån. Sedan ett år lös, illaluktande avföring 3-4 ggr/d, uppblåst mage, grinig."),
     ("Status", "Vikt -1,8 SD, längd -0,5 SD. Utstående buk, tunna skinkor. Övrigt ua."),
     ("Lab", "Transglutaminas-IgA 84 (ref < 7), total-IgA normalt. Ferritin 6."),
     ("Bedömning", "Trolig celiaki. Gastroskopi med biopsi planeras, fortsatt glutenhaltig kost fram till dess."),
     ("Planering", "Järnsupplement. Gastroskopi i narkos. Dietist efter biopsisvar.")],
    must=["NL102"], why="Long child note: 'Trolig celiaki' in visible Bedömning (guardian reads).")

add("nl102-lang-ssk-avd-misstankt-delirium-vgr", "kung_med", "Omvårdnadsanteckning", "Anneli Brandt/S", setting="slutenvård",
    sections=[("Kommunikation", "Pat orienterad till person, ej till tid och rum. Växlande vakenhet under kvällen."),
     ("Aktivitet", "Försökt kliva ur sängen flera gånger, sänggrind uppe efter ordination. Fallriskbedömning gjord."),
     ("Elimination", "Ej kastat vatten sedan kl 12, bladderscan 620 ml, KAD sattes."),
     ("Bedömning", "Misstänkt delirium, möjligen utlöst av urinretention. Jourläk informerad."),
     ("Planering", "Extra tillsyn varje halvtimme, nattlampa, anhörig får gärna stanna.")],
    must=["NL102"], why="Long nurse note: 'Misstänkt delirium' in a visible section.")

add("nl102-lang-epikris-dd-kvarstar", "sus_med", "Epikris", "Hanna Petersson/X", setting="slutenvård",
    sections=[("Orsak till inläggning", "Synkope i hemmet, skadat ansiktet."),
     ("Vårdförlopp", "Telemetri i 48 h utan arytmi. UKG med normal EF och klaffar. Ortostatiskt blodtrycksfall 35 mmHg systoliskt vid test dag 2. Sänkt dos Amlodipin."),
     ("Diagnoser", "Synkope, trol. ortostatisk. Kardiell arytmi kan ej uteslutas."),
     ("Läkemedel", "Amlodipin 5 mg (tidigare 10 mg). Övrigt oförändrat."),
     ("Uppföljning", "Långtids-EKG 7 dagar via fysiologen. Återbesök medicinmott 6 v. Dikterad av dr M. Ohlsson /hp.")],
    must=["NL102"], why="Long discharge summary: hedged diagnoses listed under Diagnoser.")

add("nl102-lang-neuro-vgr-diktat-parkinson", "skas_neuro", "Läkaranteckning", "Birgitta Holm/X",
    [("Diktat", "Dikterat av dr O. Dahl 8/5, utskrivet 10/5 BH."),
     ("Anamnes", "67-årig högerhänt man. Sedan 1 år vilotremor hö hand, mindre armsväng hö, handstil blivit mindre. Förstoppning sedan flera år, luktsinnet nedsatt."),
     ("Status", "Hypomimi. Vilotremor hö hand, rigiditet med kugghjulsfenomen hö arm. Bradykinesi vid fingertapping hö > vä. Gång med minskad armsväng hö, vändning i 3 steg."),
     ("Bedömning", "Klinisk bild talar för idiopatisk Parkinsons sjukdom, hö-sidig debut. Sannolik diagnos enl. MDS-kriterier."),
     ("Planering", "Försök med Madopark 50/12,5 1x3, upptrappning enl. schema. DaTSCAN ej nödvändigt nu. Parkinsonssk kontakt. Återbesök 3 mån.")],
    must=["NL102"], why="Long dictated note: Parkinson's as 'sannolik diagnos' / 'talar för'.")

add("nl102-lang-uro-sannolik-prostatit", "sus_uro", "Mottagningsanteckning", "Fredrik Sjöberg/L",
    [("Kontaktorsak", "Remiss från VC: återkommande perinealsmärta och miktionsbesvär."),
     ("Anamnes", "41-årig man. Sedan 4 mån tryck i perineum, sveda vid miktion och efter ejakulation. Två antibiotikakurer på VC med kortvarig effekt."),
     ("Status", "Prostata lätt öm, ej förstorad, ej hård. Yttre genitalia ua."),
     ("Undersökningar", "Urinodling negativ. PSA 1,2. Resturin 20 ml."),
     ("Bedömning", "Sannolikt kroniskt bäckensmärtsyndrom (kronisk prostatit kategori III)."),
     ("Planering", "Tamsulosin 0,4 mg på prov 6 v. Bäckenbottenfysioterapi. Återbesök 2 mån.")],
    must=["NL102"], why="Long urology note: 'Sannolikt kroniskt bäckensmärtsyndrom'.")

add("nl102-lang-psyk-skane-trol-psykos", "lkr_psyk", "Läkaranteckning", "Åsa Nordin/L",
    [("Aktuellt", "Akut besök med mamma, som är orolig."),
     ("Anamnes", "20-årig man. Sedan 2 månader isolerat sig, slutat på jobbet, sover oregelbundet. Hör röster som kommenterar vad han gör. Cannabisbruk senaste året enl. mamma."),
     ("Psykiskt status", "Vaken, orienterad. Avvaktande, låg ögonkontakt. Tankestörning med tankeavbrott. Bekräftar rösthallucinationer. Förnekar suicidtankar."),
     ("Bedömning", "Trol. förstagångspsykos, DD cannabisutlöst psykos. Frivillig inläggning erbjuden, pat tackar ja."),
     ("Planering", "Inläggning avd 4. Drogscreening. Uppföljning av psykosteamet.")],
    must=["NL102"], why="Long psychiatry note: 'Trol. förstagångspsykos' with DD in Bedömning.")

add("nl102-lang-hud-vgr-misstankt-melanom", "su_hud", "Mottagningsanteckning", "Pia Rönn/L",
    [("Kontaktorsak", "Remiss från VC: förändrat födelsemärke på ryggen."),
     ("Anamnes", "47-årig kvinna, ljus hudtyp, många solbränningar som barn. Maken har sett att fläcken vuxit senaste halvåret."),
     ("Status", "Hudkostym med ca 60 nevi. Vä skulderblad: 9 mm asymmetrisk, flerfärgad förändring med oregelbunden kant. Dermatoskopi: atypiskt pigmentnätverk, regressionsstrukturer."),
     ("Bedömning", "Misstänkt malignt melanom vä skulderblad. Övriga nevi bedöms benigna."),
     ("Åtgärd", "Excision med 2 mm marginal gjord idag. PAD skickat. Suturtagning VC om 14 dagar."),
     ("Planering", "Pat får svar via telefon inom 3 v.")],
    must=["NL102"], why="Long dermatology note: 'Misstänkt malignt melanom' visible.")

add("nl102-lang-ort-skane-kan-ej-uteslutas-skafoid", "hlm_ort", "Akutanteckning", "Sebastian Ek/L",
    [("Anamnes", "22-årig man föll på utsträckt hand vid skateboard igår."),
     ("Status", "Öm i fossa tabatière, smärta vid axial kompression tumme. Rörlighet nedsatt av smärta. Cirk/sens ua."),
     ("Röntgen", "Skafoideumserie: ingen säker frakturlinje."),
     ("Bedömning", "Skafoideumfraktur kan ej uteslutas trots normal rtg."),
     ("Åtgärd", "Skafoideumgips. MR hand inom 1 vecka, svar ges på ortopedmottagningen.")],
    must=["NL102"], why="Long-ish ortho note: 'Skafoideumfraktur kan ej uteslutas'.")

add("nl102-lang-med-vgr-trol-hjartsvikt-sekr", "su_med", "Läkaranteckning", "Ingrid Sandberg/X",
    [("Diktat", "Dikt. dr P. Olausson, utskr. IS 3/10."),
     ("Kontaktorsak", "Nybesök, remiss från VC pga bensvullnad och andfåddhet."),
     ("Anamnes", "74-årig kvinna, hypertoni sedan 20 år, typ 2-diabetes. Tilltagande andfåddhet, sover med 3 kuddar, nattlig hosta. Ökat 4 kg på en månad."),
     ("Status", "Halsvenstas. Cor: oregelbunden rytm, inget blåsljud. Pulm: basala krepitationer bilat. Pittingödem till knäna."),
     ("Undersökningar", "NT-proBNP 4200. EKG: förmaksflimmer, frekvens 104."),
     ("Bedömning", "Trolig hjärtsvikt, ny förmaksflimmer. UKG behövs för att värdera EF."),
     ("Planering", "Furix 40 mg 1x1, Metoprolol 50 mg. UKG inom 2 v. Blodprover om 1 v. Eliquis efter njurfunktion.")],
    must=["NL102"], why="Long dictated note: 'Trolig hjärtsvikt' visible.")

add("nl102-kort-utkast-trol-borrelia-facialispares", "ksk_neuro", "Akutanteckning", "Jonas Fredén/L", draft=True,
    sections=[("Bedömning", "Perifer facialispares vä, trol. neuroborrelios (fästingbett i juni). LP imorgon.")],
    must=["NL102"], why="Unsigned draft: 'trol. neuroborrelios'.")

add("nl102-kort-x-gallstensileus-vgr", "nal_kir", "Akutanteckning", "Rasmus Öberg/L",
    [("Bedömning", "Buksmärta, luft i gallvägar på DT - gallstensileus? Bakjour kontaktad.")],
    must=["NL102"], why="'gallstensileus?' with a question mark.")

add("nl102-kort-ssk-misstankt-trycksar", "sus_med", "Omvårdnadsanteckning", "Elin Sahlin/S", setting="slutenvård",
    sections=[("Hud", "Rodnad över sacrum som ej bleknar vid tryck, misstänkt trycksår kategori 1. Vändschema var 2:a timme.")],
    must=["NL102"], why="Nurse note: 'misstänkt trycksår' is a hedged diagnosis in a visible section.")
# ---------------------------------------------------------------------------
# NL102 — near misses
# ---------------------------------------------------------------------------
add("nl102-neg-ingen-misstanke-appendicit", "hbg_kir", "Akutanteckning", "Elin Sahlin/L",
    [("Bedömning", "Ingen misstanke om appendicit, mjuk buk, CRP 4. Hem med råd.")],
    must_not=["NL102"], why="Negated: 'Ingen misstanke om appendicit'.")

add("nl102-neg-ej-tecken-pa-pneumoni-vgr", "sas_akut", "Akutanteckning", "Ida Carlsson/L",
    [("Bedömning", "Ej tecken på pneumoni på rtg, viral luftvägsinfektion. Egenvård.")],
    must_not=["NL102"], why="Negated pneumonia plus an established viral infection.")

add("nl102-neg-dvt-utesluten-ul", "tbg_med", "Läkaranteckning", "Johan Mattsson/L",
    [("Bedömning", "DVT utesluten med ultraljud. Vadsmärtan kommer från överansträngning efter löprunda, vila och NSAID.")],
    must_not=["NL102"], why="'DVT utesluten': negated diagnosis, nothing hedged.")

add("nl102-neg-typo-ingen-missanke-fraktur-vgr", "sas_akut", "Akutanteckning", "Daniel Berg/L",
    [("Bedömning", "Distorsion vä fotled. Ingen missanke om fraktur enl. Ottawa, ingen rtg.")],
    must_not=["NL102"], why="Typo in negation 'Ingen missanke om fraktur' is still negated.")

add("nl102-neg-inga-hallpunkter-malignitet", "sus_gyn", "Mottagningsanteckning", "Helena Brink/L",
    [("Bedömning", "Postmenopausal blödning, endometrium 3 mm, inga hållpunkter för malignitet. Ingen vidare utredning.")],
    must_not=["NL102"], why="'inga hållpunkter för malignitet' is negated.")

add("nl102-neg-etablerad-erysipelas-vgr", "kung_med", "Läkaranteckning", "Ulla Granberg/L",
    [("Bedömning", "Erysipelas hö underben. Kåvepenin 1 g x 3 i 10 dagar, högläge.")],
    must_not=["NL102"], why="Established diagnosis without hedge.")

add("nl102-neg-trol-hem-imorgon", "sus_med", "Läkaranteckning", "Erik Bengtsson/L", setting="slutenvård",
    sections=[("Planering", "Pneumoni i regress, CRP 38. Trol. hem imorgon om fortsatt feberfri.")],
    must_not=["NL102"], why="'Trol.' hedges the discharge, not the (established) pneumonia.")

add("nl102-neg-ev-aterbesok-vgr", "su_hud", "Mottagningsanteckning", "Pia Rönn/L",
    [("Planering", "Atopiskt eksem förbättrat på Elidel. Ev. återbesök i höst om pat önskar.")],
    must_not=["NL102"], why="'Ev. återbesök' is a hedge about a visit, not a diagnosis.")

add("nl102-neg-mor-brostcancer-hereditet", "sus_onk", "Mottagningsanteckning", "Maja Lind/L",
    [("Hereditet", "Mor fick bröstcancer vid 42 års ålder, moster trol. ovarialcancer. Remiss till cancergenetisk mottagning.")],
    must_not=["NL102"], why="Family history, including an aunt's probable ovarian cancer, is not the patient's hypothesis.")

add("nl102-neg-tidigare-misstankt-epilepsi-avskrevs-vgr", "skas_neuro", "Besöksanteckning", "Maria Lundgren/L",
    [("Anamnes", "Utreddes 2019 för misstänkt epilepsi efter ett krampanfall, EEG och MR normala och diagnosen avskrevs. Nu kontroll av spänningshuvudvärk.")],
    must_not=["NL102"], why="Past history: the earlier suspicion was dismissed in 2019.")

add("nl102-neg-pmo-susp-uvi-vc", "vc_nasby", "Besöksanteckning", "Anna Sjögren/L",
    [("Bedömning", "Susp. UVI, urinsticka nitrit pos. Nitrofurantoin 50 mg x 3 i 5 d.")],
    must_not=["NL102"], why="PMO note: diagnoses are never shown in PMO, so no NL102.")

add("nl102-neg-pmo-trol-depression", "vc_linne", "Besöksanteckning", "Omar Haddad/L",
    [("Bedömning", "Trol. depression, måttlig. PHQ-9 16. Samtalskontakt med psykolog på VC, återbesök 3 v.")],
    must_not=["NL102"], why="PMO primary-care note with hedged depression: never NL102.")

add("nl102-neg-tidiga-hypoteser-mall-skane-kort", "ksk_neuro", "Tidiga hypoteser", "Jonas Fredén/L",
    [("Bedömning", "Misstänkt frontotemporal demens, beteendevariant. Tas upp med pat när utredning klar.")],
    must_not=["NL102"], why="Skåne: hedged diagnosis in the protected template Tidiga hypoteser.")

add("nl102-neg-tidiga-hypoteser-sokord-vgr-kort", "sas_psyk", "Läkaranteckning", "Henrik Moberg/L",
    [("Tidiga hypoteser", "Trol. emotionellt instabil personlighetsstörning, för tidigt att kommunicera.")],
    must_not=["NL102"], why="VGR: hedged diagnosis only under the protected sökord Tidiga hypoteser.")

add("nl102-neg-fragetecken-ej-diagnos", "tbg_med", "Telefonanteckning", "Ylva Persson/S",
    [("Telefonkontakt", "Förmaksflimmer, Waran sedan 2020. Pat undrar: kan hon byta till Eliquis? Förmedlat till dr Mattsson.")],
    must_not=["NL102"], why="Question mark about a drug switch, with an established diagnosis.")

add("nl102-neg-medel-negerad-lungemboli-vgr", "su_med", "Akutanteckning", "Nils Åberg/L",
    [("Anamnes", "Andfåddhet efter långflyg, pleuritisk smärta vä."),
     ("Undersökningar", "DT-angio lungartärer utan emboli. Liten vä-sidig pleuravätska."),
     ("Bedömning", "Lungemboli uteslutes. Pleurit vä, NSAID och återbesök vb.")],
    must_not=["NL102"], why="'Lungemboli uteslutes' plus an established pleuritis.")

add("nl102-neg-medel-inget-talar-for-meningit", "sus_barn", "Akutanteckning", "Petra Johansson/L", kid=True,
    sections=[("Anamnes", "5-årig pojke, feber 39,5 sedan igår, huvudvärk, kräkts en gång."),
     ("Status", "Pigg mellan febertopparna, ingen nackstelhet, inga petekier. Röda trumhinnor bilat."),
     ("Bedömning", "Akut mediaotit bilat. Inget som talar för meningit. Kåvepenin mixtur 5 d.")],
    must_not=["NL102"], why="Child: negated meningitis, established otitis.")

add("nl102-neg-medel-etablerad-kol-vgr", "skas_lung", "Mottagningsanteckning", "Anders Wallin/L",
    [("Aktuellt", "Årskontroll KOL GOLD 3, grupp E. Två exacerbationer senaste året, en med sjukhusvård."),
     ("Undersökningar", "FEV1 41 % av förväntat. CAT 22. SpO2 92 %."),
     ("Bedömning", "Kronisk obstruktiv lungsjukdom, svår. Byter till trippelinhalator Trelegy, rökstopp fortsatt.")],
    must_not=["NL102"], why="Established COPD, no uncertainty marker about a diagnosis.")

add("nl102-neg-medel-syster-ev-celiaki", "tbg_med", "Mottagningsanteckning", "Marie Eklund/L",
    [("Hereditet", "Syster har ev. celiaki, utreds just nu i Göteborg. Far typ 1-diabetes."),
     ("Bedömning", "Järnbrist pga menorragi, ferritin 5. Järntabletter och kontakt gyn. Transglutaminas negativt.")],
    must_not=["NL102"], why="Hedged celiac disease belongs to the sister (family history).")

add("nl102-neg-medel-ssk-trol-utskrivning-vgr", "kung_med", "Omvårdnadsanteckning", "Anneli Brandt/S", setting="slutenvård",
    sections=[("Aktivitet", "Går med rollator i korridoren, klarar toalettbesök själv."),
     ("Planering", "Trol. utskrivning fredag, ev. med hemtjänst. Biståndshandläggare kontaktad, svar möjligen imorgon.")],
    must_not=["NL102"], why="Hedges concern discharge and home help, no diagnosis at all.")

add("nl102-neg-medel-past-history-hepatit", "sus_med", "Inskrivningsanteckning", "Hanna Åkesson/L", setting="slutenvård",
    sections=[("Tidigare sjukdomar", "Hepatit A som barn. Misstänkt TIA 2017, utredning visade migrän med aura. Hypertoni."),
     ("Aktuellt", "Inkommer med njurstensanfall hö, sten 5 mm i distala uretär på DT."),
     ("Bedömning", "Uretärsten hö 5 mm, bör kunna passera spontant. Voltaren, Tamsulosin.")],
    must_not=["NL102"], why="Past history: old suspected TIA that was resolved; current diagnosis established.")

add("nl102-neg-medel-pmo-dd-vc", "vc_hoor", "Besöksanteckning", "Gunilla Roos/L",
    [("Anamnes", "Värk i hö axel 6 v, svårt att lyfta armen."),
     ("Status", "Smärtbåge 70-120 grader, Hawkins pos, ingen kraftnedsättning."),
     ("Bedömning", "Trol. subakromiell smärta, DD partiell rotatorcuffruptur. Fysioterapi.")],
    must_not=["NL102"], why="PMO vårdcentral note: hedged diagnoses never NL102 in PMO.")

add("nl102-neg-medel-tidiga-hyp-vgr-synligt-rent", "su_onk", "Läkaranteckning", "Maja Sundqvist/L",
    [("Aktuellt", "Kontroll 2 år efter operation för koloncancer, mår bra, inga nya symtom."),
     ("Tidiga hypoteser", "DT visar 8 mm förändring i lever segment 7, misstänkt metastas. MR beställd innan något kommuniceras."),
     ("Planering", "MR lever, pat får kallelse. CEA taget.")],
    must_not=["NL102"], why="VGR: the suspected metastasis is only under Tidiga hypoteser; visible sections hold no hypothesis.")

add("nl102-neg-medel-tidiga-hyp-mall-skane-gyn", "sus_gyn", "Tidiga hypoteser", "Helena Brink/L",
    [("Anamnes", "Återkommande infektioner och viktnedgång."),
     ("Bedömning", "Misstänkt HIV-infektion utifrån bilden, ev. även hepatit C. Prover tagna med pat:s samtycke som del av rutinscreening.")],
    must_not=["NL102"], why="Skåne protected template: hypotheses are hidden.")

add("nl102-neg-medel-sekr-diktat-fastslagen", "hlm_ort", "Läkaranteckning", "Karin Möller/X",
    [("Diktat", "Dikt. dr V. Lund 4/3, utskr. KM."),
     ("Röntgen", "Dislocerad collum femoris-fraktur hö, Garden 4."),
     ("Bedömning", "Höftfraktur hö. Anmäld för halvprotes imorgon, ev. op redan ikväll om salen blir ledig.")],
    must_not=["NL102"], why="Dictated: established hip fracture; 'ev.' hedges the operation time.")

add("nl102-neg-medel-utkast-negerad-sepsis-vgr", "sas_akut", "Akutanteckning", "Ida Carlsson/L", draft=True,
    sections=[("Status", "Temp 38,1, AF 16, BT 128/80, opåverkad. NEWS 2."),
     ("Bedömning", "Ingen misstanke om sepsis. Influensa A, pos snabbtest. Hem med egenvårdsråd.")],
    must_not=["NL102"], why="Unsigned draft: negated sepsis, confirmed influenza.")

add("nl102-neg-lang-epikris-bekraftad-vgr", "kung_med", "Epikris", "Ingrid Sandberg/X", setting="slutenvård",
    sections=[("Inskrivningsorsak", "Bröstsmärta med ST-höjning i inferiora avledningar."),
     ("Förlopp", "PCI mot höger kranskärl med ett läkemedelsavgivande stent. Okomplicerat förlopp. UKG: lätt nedsatt EF 45 %, inferior hypokinesi. Inga arytmier på telemetri. Mobiliserad enl. hjärtrehab."),
     ("Diagnoser", "Akut hjärtinfarkt, STEMI inferior (I21.1). Hypertoni. Hyperlipidemi."),
     ("Läkemedel", "Trombyl 75 mg, Brilique 90 mg x 2 i 12 mån, Atorvastatin 80 mg, Metoprolol 50 mg, Ramipril 2,5 mg."),
     ("Uppföljning", "Hjärtskola. Återbesök kardiologmott 6 v, ev. tidigare vid besvär. Dikt. dr A. Sjöstedt.")],
    must_not=["NL102"], why="Long discharge summary with confirmed diagnoses; 'ev.' only about a visit.")

add("nl102-neg-lang-barn-vgr-negationer", "su_barn", "Akutanteckning", "Mikael Strand/L", kid=True,
    sections=[("Kontaktorsak", "Buksmärta och kräkningar sedan i morse."),
     ("Anamnes", "9-årig flicka, tidigare frisk. Smärta runt naveln, ätit dåligt, ingen diarré. Lillebror haft magsjuka i veckan."),
     ("Status", "Opåverkad. Buk mjuk, lätt diffust öm, ingen släppömhet, ingen ömhet McBurney. Hoppar utan smärta."),
     ("Lab", "CRP < 5, LPK 7,8. Urinsticka ua."),
     ("Bedömning", "Gastroenterit. Inga tecken på appendicit eller invagination. Ingen misstanke om diabetes, P-glukos 5,2."),
     ("Planering", "Vätskeschema, hem. Vårdnadshavare informerade om att söka igen vid tilltagande smärta eller feber.")],
    must_not=["NL102"], why="Child: several negated diagnoses, established gastroenteritis.")

add("nl102-neg-lang-onk-skane-etablerad-progress", "sus_onk", "Läkaranteckning", "Karin Holmqvist/L",
    [("Aktuellt", "Utvärdering efter 4 kurer karboplatin/pemetrexed/pembrolizumab."),
     ("Anamnes", "Icke-småcellig lungcancer, adenocarcinom, stadium IV med skelettmetastaser, diagnos jan 2024. Informerad om sjukdomen och behandlingens palliativa syfte."),
     ("Undersökningar", "DT thorax-buk: partiell respons i primärtumören, oförändrade skelettmetastaser, inga nya lesioner."),
     ("Status", "ECOG 1. Lätt trötthet, ingen dyspné i vila."),
     ("Bedömning", "Partiell respons. Fortsätter underhåll med pemetrexed och pembrolizumab."),
     ("Planering", "Ny DT om 9 v. Xgeva fortsätter. Ev. strålning mot hö höft om smärtan ökar.")],
    must_not=["NL102"], why="Long oncology note: established cancer, hedge only about radiotherapy.")

add("nl102-neg-lang-ortoped-vgr-familj-och-tidigare", "nal_kir", "Mottagningsanteckning", "Rasmus Öberg/L",
    [("Kontaktorsak", "Remiss från VC, bråck i ljumsken."),
     ("Anamnes", "52-årig man, lagerarbetare. Tidigare opererad för vä ljumskbråck 2010. Utreddes 2015 för misstänkt gallsten, UL då utan konkrement. Far hade bukaortaaneurysm, bror trol. också. Nu svullnad hö ljumske sedan 4 mån, värk vid tunga lyft."),
     ("Status", "Reponibelt bråck hö ljumske vid hosta. Vä ljumske ärr, inget recidiv. Buk mjuk, ingen pulserande resistens."),
     ("Bedömning", "Indirekt ljumskbråck hö, operationsindikation."),
     ("Planering", "Anmäld för TEP hö. Screening-UL aorta beställt pga hereditet. Pat får skriftlig info och kallelse.")],
    must_not=["NL102"], why="Long note: hedges only in past history and family history; current diagnosis established.")

add("nl102-neg-lang-pmo-hemsjukvard", "vc_nasby", "Hemsjukvårdsanteckning", "Britt Olsson/S",
    [("Kontaktorsak", "Hembesök, sår hö underben."),
     ("Status", "Bensår 3x4 cm lateralt, fibrinbelagt, lätt rodnad runt. Tå pulsar svaga."),
     ("Bedömning", "Misstänkt arteriellt sår, ev. infektion. ABI bör mätas."),
     ("Åtgärd", "Omläggning med Aquacel, kontakt med dr Sjögren för ABI och ev. odling."),
     ("Planering", "Ny omläggning måndag. Anhörig informerad.")],
    must_not=["NL102"], why="PMO home-care note: hedged diagnoses are never NL102 in PMO.")

add("nl102-neg-lang-vgr-tidiga-hyp-och-negation", "sas_psyk", "Läkaranteckning", "Henrik Moberg/L",
    [("Aktuellt", "Uppföljning depression, 6 v på Sertralin 100 mg."),
     ("Anamnes", "Sover bättre, ork ökat något. Arbetar 50 %. Dricker 2-3 glas vin helger."),
     ("Psykiskt status", "Lugn, god kontakt, lätt sänkt grundstämning, inga psykotiska symtom. Förnekar dödstankar."),
     ("Bedömning", "Egentlig depression, måttlig, i förbättring. Ingen misstanke om bipolaritet. Suicidrisk bedöms låg."),
     ("Tidiga hypoteser", "Anhörig har berättat om betydande alkoholbruk, möjligt alkoholberoende. Ej kommunicerat med pat ännu."),
     ("Planering", "Fortsatt Sertralin. Återbesök 6 v. AUDIT vid nästa besök.")],
    must_not=["NL102"], why="VGR long note: hypothesis only under Tidiga hypoteser; visible sections established or negated.")

add("nl102-neg-lang-skane-tidiga-hyp-mall-barn", "sus_barn", "Tidiga hypoteser", "Petra Johansson/L", kid=True,
    sections=[("Anamnes", "6-årig pojke, sen språkutveckling, lekar stereotypa enl. förskolan, svårt med ögonkontakt."),
     ("Status", "Begränsad ömsesidighet i samspel, ekolali. Motorik ua."),
     ("Bedömning", "Trolig autism. Föräldrarna är ännu inte redo för diskussion om diagnos, utredning via BNK."),
     ("Planering", "Remiss barnneurologisk utredning, hörselundersökning.")],
    must_not=["NL102"], why="Skåne child: hypothesis in the protected template Tidiga hypoteser.")

add("nl102-neg-lang-ssk-skane-ev-atgarder", "sus_med", "Omvårdnadsanteckning", "Camilla Nyberg/S", setting="slutenvård",
    sections=[("Allmäntillstånd", "Opererad för höftfraktur igår, trött men vaken och orienterad."),
     ("Smärta", "VAS 4 vid rörelse, Oxynorm 5 mg gav god effekt. Ev. höjning av Alvedon enl. läk."),
     ("Elimination", "KAD avvecklad kl 10, kastat vatten 2 ggr, bladderscan 80 ml."),
     ("Nutrition", "Äter halva portioner, näringsdryck 2/d. Vikt tas imorgon."),
     ("Planering", "Möjligen flytt till geriatrik i helgen. Fysioterapeut mobiliserar em.")],
    must_not=["NL102"], why="Long nurse note: all hedges concern analgesia and transfer, no diagnosis.")

add("nl102-neg-lang-hud-skane-etablerad-differens-avskriven", "sus_onk", "Mottagningsanteckning", "Sara Nilsson/L",
    [("Kontaktorsak", "Svar stansbiopsi, utslag under immunterapi."),
     ("Undersökningar", "PAD: läkemedelsutlöst psoriasis (psoriasiform dermatit), inga tecken på lymfom eller vaskulit."),
     ("Bedömning", "Läkemedelsutlöst psoriasis under pembrolizumab. Eksem avskrivet. Immunterapin kan fortsätta."),
     ("Planering", "Dermovat 2 v, sedan Daivobet. Återbesök hud om 6 v.")],
    must_not=["NL102"], why="Long follow-up: earlier DD settled, diagnosis now established.")

add("nl102-neg-kort-pmo-misstankt-borrelia", "vc_hoor", "Telefonanteckning", "Gunilla Roos/S",
    [("Telefonkontakt", "Möjlig borrelia enl. pat:s foto av ringformad rodnad, tid hos dr imorgon.")],
    must_not=["NL102"], why="PMO telephone note: hedged diagnosis never NL102.")

add("nl102-neg-kort-ev-stelkrampsvaccin", "ystad_akut", "Akutanteckning", "Tobias Lindahl/L",
    [("Planering", "Sårskada vä handflata, suturerad 4 st. Ev. stelkrampsvaccin på VC, pat osäker senaste dos.")],
    must_not=["NL102"], why="'Ev.' hedges a vaccination; injury is established.")

add("nl102-neg-kort-vgr-mor-trol-alzheimer", "kung_med", "Läkaranteckning", "Ulla Granberg/L",
    [("Hereditet", "Modern fick trol. Alzheimer i 70-årsåldern, aldrig utredd.")],
    must_not=["NL102"], why="Hedged Alzheimer belongs to the mother (family history).")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def make_patient(i, kid):
    if kid:
        year = 2013 + (i * 3) % 9          # 2013..2021 → under 13 in 2024
    else:
        year = 1934 + (i * 7) % 71         # 1934..2004 → 19+ in 2024
    month = 1 + (i * 5) % 12
    day = 1 + (i * 11) % 28
    serial = 100 + (i * 37) % 900
    nine = "%02d%02d%02d%03d" % (year % 100, month, day, serial)
    pnr = "%04d%02d%02d-%03d%d" % (year, month, day, serial, luhn_digit(nine))
    return {"id": pnr, "birth_date": "%04d-%02d-%02d" % (year, month, day), "protected_identity": False}


def build():
    out = []
    for i, c in enumerate(CASES):
        region, system, uname, hsa = UNITS[c["unit"]]
        month = 1 + (i * 7) % 11
        day = 1 + (i * 13) % 28
        hour = 7 + (i * 5) % 12
        minute = (i * 17) % 60
        t = datetime(2024, month, day, hour, minute)
        signed = None if c["draft"] else (t + timedelta(minutes=20 + (i * 29) % 200)).isoformat()
        as_of = datetime(2024, month + 1, 1).isoformat()
        note = {"id": "n1", "system": system, "template": c["template"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": c["author"], "role": c["role"]},
                "time": t.isoformat(), "signed": signed, "setting": c["setting"], "refs": [],
                "sections": [{"keyword": k, "text": x} for k, x in c["sections"]]}
        rec = {"patient": make_patient(i, c["kid"]), "as_of": as_of, "notes": [note],
               "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": c["name"], "ruleset": region, "record": rec,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: bad keys" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if not re.match(r"^[a-z0-9åäö-]+$", n):
            errs.append("%s: bad case name" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % n)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        rec = c["record"]
        p = rec["patient"]
        m = re.match(r"^(\d{4})(\d{2})(\d{2})-(\d{3})(\d)$", p["id"])
        if not m:
            errs.append("%s: bad personnummer format" % n)
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
                errs.append("%s: personnummer does not match birth_date" % n)
            nine = m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)
            if luhn_digit(nine) != int(m.group(5)):
                errs.append("%s: bad check digit" % n)
        if not ISO.match(rec["as_of"]):
            errs.append("%s: bad as_of" % n)
        asof = datetime.fromisoformat(rec["as_of"])
        bd = datetime.fromisoformat(p["birth_date"])
        age = asof.year - bd.year - ((asof.month, asof.day) < (bd.month, bd.day))
        if 13 <= age <= 15:
            errs.append("%s: patient aged 13-15" % n)
        ids = set()
        for note in rec["notes"]:
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids.add(note["id"])
            for key in ("time",):
                if not ISO.match(note[key]) or not note[key].startswith("2024-"):
                    errs.append("%s: bad %s" % (n, key))
            if note["signed"] is not None:
                if not ISO.match(note["signed"]) or note["signed"] < note["time"]:
                    errs.append("%s: bad signed" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR case not Melior" % n)
            if note["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % n)
            if not note["sections"]:
                errs.append("%s: no sections" % n)
            for s in note["sections"]:
                if not s["keyword"] or not s["text"].strip():
                    errs.append("%s: empty section" % n)
                for sent in re.split(r"(?<=[.!?])\s+|\n", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append("%s: sentence repeated from %s: %r" % (n, sentences[sent], sent))
                        sentences.setdefault(sent, n)
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])):
            errs.append("%s: code both in must and must_not" % n)
        systems = {note["system"] for note in rec["notes"]}
        for code, _ in c["must"] + c["must_not"]:
            if code == "NL101" and "PMO" in systems:
                errs.append("%s: NL101 asserted on PMO" % n)
        for code, _ in c["must"]:
            if code == "NL102" and "PMO" in systems:
                errs.append("%s: NL102 must on PMO" % n)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(cases), path))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    print("  skane %d, vgr %d" % (sum(c["ruleset"] == "skane" for c in cases),
                                  sum(c["ruleset"] == "vgr" for c in cases)))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
