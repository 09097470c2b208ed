#!/usr/bin/env python3
"""nl1e_dev_cases: independent NL1 gold cases (NL101, NL102) as long Melior/PMO notes.

Dependency-free and deterministic: `python3 build.py` writes nl1e_dev_cases.jsonl beside
this file and validates it (exit status 1 on any problem).
"""
import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

NAME = "nl1e_dev_cases"
HERE = Path(__file__).resolve().parent

# (region, name) -> hsa_id
UNITS = {
    # Skåne, Melior (hospitals)
    "s_onk_lund": ("skane", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4F21"),
    "s_kir_hbg": ("skane", "Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-2K77"),
    "s_med_kri": ("skane", "Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3M08"),
    "s_akut_mal": ("skane", "Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1A35"),
    "s_neuro_lund": ("skane", "Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7N19"),
    "s_uro_mal": ("skane", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5U62"),
    "s_kvk_ystad": ("skane", "Kvinnokliniken, Ystads lasarett", "SE2321000255-6Y40"),
    "s_barn_hbg": ("skane", "Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-8B13"),
    "s_barn_lund": ("skane", "Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-8B90"),
    "s_ort_hlm": ("skane", "Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-9O27"),
    "s_hud_lund": ("skane", "Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4H55"),
    "s_ogon_mal": ("skane", "Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4G71"),
    "s_onh_lund": ("skane", "Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-3Q84"),
    "s_inf_mal": ("skane", "Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2I46"),
    "s_reuma_lund": ("skane", "Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6R03"),
    "s_endo_mal": ("skane", "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7E58"),
    "s_ger_trb": ("skane", "Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-1G92"),
    "s_kard_lund": ("skane", "Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5C26"),
    "s_psyk_lund": ("skane", "Vuxenpsykiatrimottagning Lund", "SE2321000255-9P31"),
    "s_bup_mal": ("skane", "Barn- och ungdomspsykiatriska mottagningen Malmö", "SE2321000255-9P74"),
    "s_lung_lund": ("skane", "Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2L68"),
    "s_med_lkr": ("skane", "Medicinkliniken, Landskrona lasarett", "SE2321000255-3M41"),
    "s_hem_lund": ("skane", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4B17"),
    "s_gastro_mal": ("skane", "Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6D85"),
    "s_akut_hbg": ("skane", "Akutmottagningen, Helsingborgs lasarett", "SE2321000255-1A82"),
    "s_kir_ystad": ("skane", "Kirurgiska kliniken, Ystads lasarett", "SE2321000255-2K14"),
    "s_kvk_lund": ("skane", "Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-6Y93"),
    # Skåne, PMO (primary care)
    "p_vc_eslov": ("skane", "Vårdcentralen Tåbelund, Eslöv", "SE2321000255-P1204"),
    "p_vc_malmo": ("skane", "Vårdcentralen Södervärn, Malmö", "SE2321000255-P1377"),
    "p_vc_ang": ("skane", "Vårdcentralen Ängelholm Centrum", "SE2321000255-P1468"),
    "p_vc_sim": ("skane", "Vårdcentralen Simrishamn", "SE2321000255-P1519"),
    "p_vc_hlm": ("skane", "Vårdcentralen Hässleholm Norra", "SE2321000255-P1630"),
    "p_bvc_kri": ("skane", "BVC Näsby, Kristianstad", "SE2321000255-P2081"),
    "p_bvc_lund": ("skane", "BVC Linero, Lund", "SE2321000255-P2112"),
    "p_um_lund": ("skane", "Ungdomsmottagningen Lund", "SE2321000255-P3056"),
    "p_hsv_ang": ("skane", "Hemsjukvården Ängelholm", "SE2321000255-P4023"),
    "p_hsv_tbg": ("skane", "Hemsjukvården Trelleborg", "SE2321000255-P4171"),
    # Västra Götaland, Melior
    "v_onk_su": ("vgr", "Onkologmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011324"),
    "v_med_nu": ("vgr", "Medicinmottagning, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000021876"),
    "v_kir_skas": ("vgr", "Kirurgmottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030419"),
    "v_akut_sas": ("vgr", "Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000044702"),
    "v_neuro_su": ("vgr", "Neurologmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000051263"),
    "v_barn_dsbus": ("vgr", "Barnmedicinsk mottagning, Drottning Silvias barnsjukhus", "SE2321000131-E000000062985"),
    "v_barn_nal": ("vgr", "Barn- och ungdomsklinik, NÄL Trollhättan", "SE2321000131-E000000063117"),
    "v_kvk_kung": ("vgr", "Kvinnokliniken, Kungälvs sjukhus", "SE2321000131-E000000070538"),
    "v_ort_alin": ("vgr", "Ortopedmottagning, Alingsås lasarett", "SE2321000131-E000000081694"),
    "v_hud_su": ("vgr", "Hudmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000092240"),
    "v_ogon_mol": ("vgr", "Ögonmottagning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000103381"),
    "v_onh_nal": ("vgr", "Öron-näsa-halsmottagning, NÄL Trollhättan", "SE2321000131-E000000114057"),
    "v_inf_ostra": ("vgr", "Infektionsmottagning, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000125736"),
    "v_reuma_mol": ("vgr", "Reumatologmottagning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000136602"),
    "v_endo_sas": ("vgr", "Endokrinmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000147119"),
    "v_ger_fss": ("vgr", "Geriatrisk mottagning, Frölunda specialistsjukhus", "SE2321000131-E000000158845"),
    "v_kard_ostra": ("vgr", "Kardiologmottagning, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000169370"),
    "v_psyk_kung": ("vgr", "Psykiatrisk öppenvårdsmottagning, Kungälvs sjukhus", "SE2321000131-E000000170928"),
    "v_uro_skas": ("vgr", "Urologmottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000181453"),
    "v_lung_su": ("vgr", "Lungmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000192671"),
    "v_hem_su": ("vgr", "Hematologmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000203184"),
    "v_gastro_sas": ("vgr", "Gastroenterologisk mottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000214509"),
    "v_med_kung": ("vgr", "Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-E000000225716"),
    "v_kir_nal": ("vgr", "Kirurgavdelning 52, NÄL Trollhättan", "SE2321000131-E000000236088"),
    "v_akut_su": ("vgr", "Akutmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000247731"),
}

CASES = []


def C(case, unit, template, author, time, signed, setting, birth, serial, sections,
      must=(), must_not=(), why="", system="Melior", role="läkare"):
    """One case. signed = minutes after `time`, or None for an unsigned draft."""
    CASES.append(dict(case=case, unit=unit, template=template, author=author, time=time,
                      signed=signed, setting=setting, birth=birth, serial=serial,
                      sections=sections, must=list(must), must_not=list(must_not),
                      why=why, system=system, role=role))


# ===========================================================================
# NL101 must: a diagnosis in a visible section while the text says the patient
# (or, for a child under 13, the guardian) is not informed / must not be told yet.

C("nl101-onk-lungadenocarcinom-info-separat-sektion", "s_onk_lund", "Läkaranteckning", "Henrik Ståhl",
  "2024-02-14 10:20", 95, "öppenvård", "1951-09-03", "417", [
    ("Aktuellt", """
Remitterad från lungkliniken efter bronkoskopi 6/2 pga rundhärd hö överlob som växt på kontroll-DT. Pat kommer själv, hustrun väntar i väntrummet. Mår som vanligt, lite mer andfådd i trappor sista månaden, ingen hemoptys, ingen viktnedgång enl pat.
"""),
    ("Tidigare sjukdomar", """
KOL GOLD 2 sedan 2015. Hypertoni. Höger-TKA 2019. Rökt 40 paketår, slutade 2020.
"""),
    ("Socialt", """
Bor med hustrun i radhus i Staffanstorp. Pensionerad busschaufför. Två vuxna barn, en dotter i Malmö som hjälper till med skjuts. Klarar ADL själv, går 2 km promenad med hunden dagligen.
"""),
    ("Läkemedel", """
Spiolto Respimat 2 inh x 1, Amlodipin 5 mg x 1, Airomir vb. Inga kända allergier.
"""),
    ("Status", """
AT: gott, ej dyspné i vila. Sat 94 % luft.
Cor: regelbunden rytm, frekv 76, inga blåsljud.
Pulm: något nedsatta andningsljud bilat basalt, inga rassel, förlängt exspirium.
Lgl: inga palpabla på hals eller i fossae supraclaviculares.
Buk: mjuk, oöm, ingen palpabel lever.
"""),
    ("PAD", """
Bronkoskopisk biopsi hö överlob: icke-småcellig lungcancer, adenocarcinom, TTF-1 positiv. PD-L1 50 %. EGFR/ALK-analys pågår.
"""),
    ("Bedömning", """
Adenocarcinom hö överlob, stadium enl PET-DT och MDK 8/2 cT2aN1M0. Kurativt syftande behandling bedöms möjlig trots KOL; spirometri och arbetsprov beställda inför ställningstagande till lobektomi eller SBRT.
"""),
    ("Information", """
Pat ännu ej informerad om PAD-svaret. Han kom idag för provtagning och hustrun önskar vara med när beskedet ges; informationssamtal bokat torsdag kl 13 med undertecknad och kontaktsjuksköterska.
"""),
    ("Planering", """
Spirometri med diffusionskapacitet, arbetsprov. Åter torsdag. Kontaktssk Lena tel 046-17 xx xx meddelad.
"""),
  ], must=["NL101"], why="Lung adenocarcinoma in PAD/Bedömning; patient not yet told, stated in a separate Information section.")

C("nl101-uro-prostatacancer-besked-ej-lamnat", "v_uro_skas", "Mottagningsanteckning", "Jonas Ekberg",
  "2024-03-05 14:10", 40, "öppenvård", "1956-11-22", "213", [
    ("Kontaktorsak", """
Återbesök efter MR-riktade biopsier av prostata 19/2. Remiss från VC pga PSA 9,8 och fri/total-kvot 0,09.
"""),
    ("Anamnes", """
68-årig man, pensionerad lärare. Nykturi x 2, i övrigt inga miktionsbesvär. Inga skelettsmärtor. Typ 2-diabetes sedan 2012, välreglerad. Förmaksflimmer på Eliquis. Far hade prostatacancer i 80-årsåldern. Gift, två vuxna barn.
"""),
    ("Läkemedel", """
Metformin 1 g x 2, Eliquis 5 mg x 2, Bisoprolol 2,5 mg x 1.
"""),
    ("Status", """
AT: opåverkad.
PR: prostata något förstorad, vä lob fast i apex, avgränsbar, ej fixerad.
Buk: mjuk, oöm, ingen blåsfyllnad.
"""),
    ("Lab", """
PSA 9,8. Krea 88. HbA1c 51.
"""),
    ("PAD", """
Prostatabiopsier: adenocarcinom i 4 av 12 biopsier vä sida, Gleason 4+3=7 (ISUP grad 3), max cancerlängd 9 mm. Ingen perineural växt.
"""),
    ("Bedömning", """
Prostatacancer intermediär risk (ungefärlig). MR visade PI-RADS 4 vä perifer zon utan tecken på extraprostatisk växt. Skintigrafi ej indicerad enl riktlinje. Anmäls till MDK för val mellan radikal prostatektomi och strålbehandling.
"""),
    ("Socialt", """
Bor med hustrun i villa i Skara. Kör bil, cyklar dagligen. Hustrun har MS och är beroende av honom för handling och transporter, vilket han nämnde som en oro inför eventuell operation.
"""),
    ("Information", """
Besked om PAD har inte kunnat lämnas till patienten idag då han var tvungen att gå innan läkarsamtalet; han vet alltså inte om cancerdiagnosen än. Ny tid för samtal v 11, kontaktsjuksköterska ringer och bokar.
"""),
    ("Åtgärd", """
Anmäld till MDK 12/3. Eliquis-uppehåll diskuteras inför ev. op.
"""),
  ], must=["NL101"], why="Prostate cancer (Gleason 4+3) in PAD; Information section says patient does not know yet.")

C("nl101-neuro-als-vantar-anhorig", "v_neuro_su", "Läkaranteckning", "Sofia Lindqvist",
  "2024-04-18 11:00", 60, "öppenvård", "1963-05-27", "426", [
    ("Aktuellt", """
Uppföljning efter utredning av progredierande svaghet i vä hand sedan hösten 2023, tilltagande sväljningsbesvär sista 2 mån. Följs även av ÖNH för sväljningsröntgen.
"""),
    ("Tidigare sjukdomar", """
Hypotyreos, välbehandlad. Struma op 2004. Migrän utan aura i ungdomen, besvärsfri sedan klimakteriet.
"""),
    ("Socialt", """
Bor med make i villa i Kungsbacka. Arbetar som tandsköterska, sjukskriven 50 % sedan januari. Två döttrar.
"""),
    ("Läkemedel", """
Levaxin 100 mikrog x 1. Alvedon vid behov. Inga allergier.
"""),
    ("Status", """
Neuro: atrofi av m. interosseus I vä, fascikulationer i vä överarm och tungan. Kraft vä hand 3/5, hö 4+/5. Reflexer livliga i armar, Babinski positiv bilat. Sensibilitet ua. Dysartri lätt, nasal röst.
Cor/pulm: ua. Sat 97 %.
"""),
    ("Utredning", """
ENeG/EMG 9/4: utbredd akut och kronisk denervation i tre regioner (bulbärt, cervikalt, lumbalt). MR hjärna och halsrygg utan kompression eller annan förklaring. B12, TSH, elfores, CK lätt förhöjt 380.
"""),
    ("Bedömning", """
Uppfyller Gold Coast-kriterierna för amyotrofisk lateralskleros (ALS) med bulbär och spinal engagering. Remiss till ALS-teamet, dietist, logoped. Riluzol erbjuds.
"""),
    ("Information", """
Diagnosen har ännu inte kommunicerats med patienten. Hon har själv bett att få beskedet med maken närvarande och det sker vid bokat samtal 23/4. Idag endast information om att utredningen är klar.
"""),
    ("Planering", """
Logoped och dietist kallar inom 2 veckor. Viktkontroll var 4:e vecka, PEG diskuteras vid viktförlust > 5 %. Arbetsterapeut för handortos vä. Spirometri med VC liggande och sittande vid nästa besök.
"""),
  ], must=["NL101"], why="ALS settled in Bedömning; Information: diagnosis not yet communicated, told next week.")

C("nl101-hem-aml-utkast-bakjour-informerar", "s_hem_lund", "Inskrivningsanteckning", "Karl Nyman",
  "2024-01-22 23:40", None, "slutenvård", "1978-02-14", "359", [
    ("Kontaktorsak", """
Inlagd från akuten med pancytopeni och feber 38,9. Remiss från VC i Höör.
"""),
    ("Anamnes", """
46-årig man, tidigare frisk förutom astma i barndomen. Tre veckors trötthet, blåmärken på benen, tandköttsblödning sista veckan. Feber sedan igår. Ingen utlandsresa. Röker ej, alkohol måttligt.
"""),
    ("Hereditet", """
Mor bröstcancer vid 62 års ålder. Inga kända blodsjukdomar i släkten.
"""),
    ("Socialt", """
Sambo, två barn 8 och 11 år. Arbetar som elektriker. Bor i Höör. Sambon har ringt och frågat efter honom ikväll, hon vet att han lagts in för blodbrist.
"""),
    ("Status", """
AT: blek, trött men adekvat. Temp 38,7. BT 118/70, puls 104.
Hud: spridda petekier på underbenen, hematom vä lår.
Mun: gingivalhyperplasi, blödande tandkött.
Cor: takykard, inga blåsljud. Pulm: ua.
Buk: mjältslö ej palpabel, ingen hepatomegali.
Lgl: ua.
Neuro: vaken, orienterad, inga fokala bortfall, ingen nackstyvhet.
Ögon: inga synliga retinala blödningar vid oftalmoskopi genom odilaterad pupill.
Ben: inga ödem. Perianalt: ua.
"""),
    ("Lab", """
Hb 78, LPK 42 med 68 % blaster i diff, TPK 21, neutrofila 0,4. CRP 62. LD 1100. Fibrinogen 1,4, PK-INR 1,5.
"""),
    ("Bedömning", """
Akut myelosik leukemi enl perifert blod och flödescytometri (myeloiska blaster, CD33+, CD117+); benmärgsprov imorgon för genetik. Neutropen feber, startat Piperacillin/Tazobactam efter odlingar. Lätt DIC-bild, följs.
"""),
    ("Information", """
Pat ej informerad om leukemidiagnosen ännu, han var för trött ikväll och frågade inte själv; bakjour hematolog informerar honom och sambon imorgon bitti på ronden.
"""),
    ("Ordination", """
Pip/Taz 4 g x 4, trombocyttransfusion vid TPK < 10 eller blödning, Allopurinol 300 mg. Vätska 3 l/dygn.
"""),
    ("Planering", """
Benmärgsaspiration och biopsi imorgon kl 9 på avdelningen. CVK (PICC-line) beställd. HLA-typning av pat och eventuellt av hans två syskon om behandlingsplanen så kräver. Ekokardiografi inför antracyklin. Tandläkarbedömning. Kontakt med kurator. Isolering enligt neutropenirutin. Blododlingar x 2 och urinodling tagna 23:10.
"""),
  ], must=["NL101"], why="Unsigned draft, typo 'myelosik': AML in Bedömning; patient not yet informed, bakjour will tell tomorrow.")

C("nl101-barnonk-neuroblastom-foraldrar-ej-besked", "v_barn_dsbus", "Läkaranteckning", "Maria Ahlgren",
  "2024-05-07 16:15", 50, "slutenvård", "2020-03-11", "284", [
    ("Aktuellt", """
4-årig flicka inlagd 2/5 via barnakuten för buksmärta och en palpabel resistens i vä flank som mamma kände vid bad. Ultraljud och MR buk visade solid tumör utgående från vä binjure.
"""),
    ("Tidigare sjukdomar", """
Född fullgången, normal neonatalperiod. Otiter x 3 i 1-årsåldern. Vaccinerad enl program. Inga allergier.
"""),
    ("Socialt", """
Bor med mamma, pappa och storebror i lägenhet i Mölndal. Går på förskola 5 dagar i veckan. Pappa arbetar som säljare och reser mycket. Mormor bor nära och hjälper till.
"""),
    ("Status", """
AT: opåverkad, leker i sängen.
Buk: fast resistens vä övre kvadrant ca 8 cm, oöm.
Hud: inga hematom, ingen periorbital missfärgning.
Neuro: ua, normal gång.
Cor/pulm: ua.
"""),
    ("Lab", """
Hb 108, TPK 410, LD 690. Urin-katekolaminer (HVA/VMA) kraftigt förhöjda. Ferritin 250.
"""),
    ("PAD", """
Ultraljudsledd mellannålsbiopsi 3/5: neuroblastom, dåligt differentierat. MYCN-amplifiering föreligger ej. Benmärgsprov utan tumörceller. MIBG-scint bokad.
"""),
    ("Bedömning", """
Neuroblastom vä binjure utan MYCN-amplifiering. Stadieindelning (INRG) fastställs efter MIBG. Tumörkonferens torsdag.
"""),
    ("Information", """
Föräldrarna har ännu inte fått besked om PAD-svaret. Samtal med båda föräldrarna, barnonkolog och kurator bokat imorgon kl 10; pappa kommer då hem från arbetsresa.
"""),
    ("Planering", """
MIBG-scint 8/5. CVK-inläggning planeras. Syskon 7 år, erbjuds stöd via syskonstödjare.
"""),
    ("Ordination", """
Alvedon 15 mg/kg x 4 vid smärta. Fasta från midnatt inför CVK. Blodprover i samband med narkosen.
"""),
  ], must=["NL101"], why="Child 4 y: neuroblastoma in PAD; guardians (journal readers) not yet told.")

C("nl101-gyn-ovarialcancer-mdk-forst", "s_kvk_ystad", "Läkaranteckning", "Eva Bergdahl",
  "2024-06-12 13:30", None, "öppenvård", "1959-07-19", "146", [
    ("Anamnes", """
65-årig kvinna, remiss från VC pga uppkördhet och tryckkänsla nedtill i buken i 2 mån. Postmenopausal sedan 52 års ålder, ingen blödning. Paritet 2. Tidigare hysteroskopi 2016 pga polyp, benign.
"""),
    ("Tidigare sjukdomar", """
Hyperlipidemi. Artros i knäna. Lätt depression 2018, ej behandlad idag.
"""),
    ("Hereditet", """
Mor bröstcancer vid 58 års ålder. Mormor dog ung i okänd buksjukdom. Pat har inte genomgått BRCA-testning.
"""),
    ("Läkemedel", """
Atorvastatin 20 mg x 1. Alvedon vb.
"""),
    ("Status", """
AT: gott. BMI 27.
Buk: något utspänd, oöm, ingen tydlig ascites vid palpation.
Gyn: yttre genitalia ua, portio ua. Bimanuellt en fast, oregelbunden resistens hö adnex ca 10 cm.
Vaginalt ultraljud: multilokulär solid-cystisk adnexresistens hö, papillära strukturer, rikligt flöde, fri vätska i fossa Douglasi.
"""),
    ("Lab", """
CA-125 680. HE4 förhöjt. Hb 121, krea 70.
"""),
    ("Röntgen", """
DT thorax-buk 10/6: 11 cm solid-cystisk tumör hö ovarium, ascites, omentkaka, inga lungmetastaser.
"""),
    ("Bedömning", """
Ovarialcancer, troligen höggradig serös, FIGO minst IIIC utifrån omentkaka och ascites. RMI > 1000. Anmäls till regional MDK Lund.
"""),
    ("Information", """
Har inte meddelat pat cancerdiagnosen idag. Vi avvaktar MDK på tisdag så att besked och behandlingsplan kan ges samtidigt av gynonkolog; pat informerad om att svaren gås igenom på konferensen.
"""),
    ("Planering", """
MDK tisdag 18/6. Återbesök med kontaktsjuksköterska och gynonkolog torsdag 20/6. BRCA-analys skickas i samband med operation. Provtagning inför eventuell cytostatika bokad.
"""),
  ], must=["NL101"], why="Unsigned draft. Ovarian cancer in Bedömning; patient deliberately not told until after MDK.")

C("nl101-ger-alzheimer-dotter-vill-vara-med", "s_ger_trb", "Mottagningsanteckning", "Ingrid Falk",
  "2024-03-21 09:45", 120, "öppenvård", "1939-12-02", "082", [
    ("Kontaktorsak", """
Återbesök efter minnesutredning. Dottern följer med.
"""),
    ("Anamnes", """
84-årig kvinna, änka sedan 2019. Bor ensam i lägenhet i Trelleborg, hemtjänst 2 ggr/v för städ och dusch. Tilltagande glömska sedan 2 år, har gått vilse i centrum vid ett tillfälle. Kör inte bil sedan i höstas.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Osteoporos med kotkompression L1 2021. Grå starr op bilat. Hypotyreos.
"""),
    ("Läkemedel", """
Enalapril 10 mg x 1, Levaxin 75 mikrog x 1, Alendronat 70 mg 1 g/v, Calcichew-D3 x 2.
"""),
    ("Socialt", """
Änka, bor ensam på andra våningen med hiss. Dottern bor i Malmö och kommer två gånger i veckan, sonen bor i Stockholm. Lagar enkel mat själv, har glömt spisen på två gånger. Har trygghetslarm.
"""),
    ("Status", """
AT: gott, välvårdad, vänlig.
MMSE-SR 21/30 (tappar på tidsorientering och återgivning). Klocktest: felplacerade visare.
Neuro: inga fokala bortfall, normal gång.
Cor: RR, inga blåsljud.
"""),
    ("Utredning", """
DT hjärna: generell atrofi med betonad hippocampusatrofi (MTA 3 bilat), lätta vitsubstansförändringar. Likvor: lågt beta-amyloid 42, förhöjt fosfo-tau. B12, folat, TSH, Ca normala.
"""),
    ("Bedömning", """
Alzheimers sjukdom, lätt till måttlig demensgrad. Start av Donepezil 5 mg planeras, EKG tas först. Körkortsfrågan aktuell men kör ej.
"""),
    ("Information", """
Patienten är inte informerad om diagnosen. Dottern bad att vi skulle vänta tills hennes bror kan vara med, gemensamt samtal med pat och båda barnen 4/4.
"""),
    ("Åtgärd", """
EKG tas på VC före Donepezil. Kontakt med biståndshandläggare om utökad hemtjänst. Anhörigstöd via kommunen nämnt för dottern. Återbesök 4/4 kl 10 med pat, dotter och son.
"""),
  ], must=["NL101"], why="Alzheimer's disease settled; patient herself not informed yet (family request).")

C("nl101-gastro-koloncancer-sederad-vid-skopi", "v_gastro_sas", "Endoskopianteckning", "Peter Olausson",
  "2024-09-03 15:20", 25, "öppenvård", "1967-01-30", "535", [
    ("Indikation", """
Järnbristanemi, positivt F-Hb (iFOBT 180). Remiss från vårdcentral. Tidigare gastroskopi 8/24 normal.
"""),
    ("Tidigare sjukdomar", """
Sömnapné med CPAP. Hypertoni. Gallsten, lap chole 2010. Förstoppning av och till sedan ungdomen.
"""),
    ("Socialt", """
62-årig man, bor ensam i lägenhet i Borås, arbetar som lagerarbetare. Son och svärdotter bor i närheten. Röker inte, dricker alkohol måttligt.
"""),
    ("Läkemedel", """
Losartan 50 mg, Duroferon 100 mg x 1 sedan juli.
"""),
    ("Premedicinering", """
Midazolam 3 mg iv, Fentanyl 50 mikrog iv. Djup sedering, somnade under undersökningen.
"""),
    ("Fynd", """
Skopet fört till caecum, appendixöppning och Bauhins klaff identifierade. Tarmrengöring god (BBPS 8). I colon ascendens en cirkumferent ulcererad tumör, passerbar med skopet. Biopsier x 8. Tuschmarkering distalt. I sigmoideum två små polyper 4 mm, avlägsnade med kall slynga.
"""),
    ("Efter undersökningen", """
Vakenhetsövervakning 1 timme, stabila vitalparametrar, sat 97 %. Ingen buksmärta, inga tecken på perforation. Fick kaffe och smörgås, sonen hämtade.
"""),
    ("Bedömning", """
Koloncancer i colon ascendens, makroskopiskt avancerad. DT thorax-buk beställt för stadieindelning. Remiss kolorektalkirurg, standardiserat vårdförlopp.
"""),
    ("Information", """
Pat var kraftigt sederad och har inte informerats om fynden; besked lämnas av kirurg vid kallelse inom SVF. Sonen som hämtar vet heller inget.
"""),
    ("Planering", """
DT thorax-buk inom 1 vecka. CEA tas. PAD från tumör och polyper beräknas inom 5 arbetsdagar. Uppföljning av polyperna enligt PAD.
"""),
  ], must=["NL101"], why="Colon cancer found at colonoscopy; patient sedated and not informed.")

C("nl101-hud-melanom-typo-svar-ej-delgivet", "s_hud_lund", "Läkaranteckning", "Anders Brink",
  "2024-08-27 10:05", 35, "öppenvård", "1984-06-08", "663", [
    ("Aktuellt", """
Pat har excisionsbiopsi vä skulderblad 14/8 pga dermatoskopiskt atypiskt naevus. Idag suturtagning hos ssk, undertecknad tittar på såret.
"""),
    ("Anamnes", """
40-årig man, utomhusarbetare (trädgårdsanläggare), många solbränner i ungdomen. Har inte själv märkt någon förändring av fläcken, hustrun påpekade att den blivit mörkare och klådde i våras.
Ingen blödning från förändringen.
"""),
    ("Tidigare sjukdomar", """
Atopiskt eksem i barndomen. Psoriasis vulgaris på armbågar, behandlas lokalt. Hashimoto, substituerad.
"""),
    ("Hereditet", """
Morbror hade hudcancer, oklart vilken typ.
"""),
    ("Läkemedel", """
Levaxin 100 mikrog x 1, Dovobet gel vb.
"""),
    ("Status", """
Hud: väl läkt ärr vä skulderblad 3 cm, ingen rodnad. Ingen palpabel satellit. Helkroppsundersökning: ca 60 naevi, inga ytterligare atypiska.
Lgl: axiller och hals utan palpabla körtlar.
"""),
    ("PAD", """
Malignt melanon av ytlig spridningstyp, Breslow 1,2 mm, ulceration saknas, mitoser 2/mm2. Radikalt exciderat med 2 mm marginal.
"""),
    ("Bedömning", """
Malignt melanon pT2a. Utvidgad excision 1 cm och sentinel node-biopsi enl vårdprogram. Remiss plastikkirurgen.
"""),
    ("Information", """
PAD-svaret är ej delgivet pat, svaret kom efter att ssk tagit suturerna och pat hann gå. Kallas till läkarbesök inom en vecka för besked. Inget sagt per telefon.
"""),
    ("Planering", """
Remiss plastikkirurgen för utvidgad excision och portvaktskörtel. Kallelse för läkarbesök skickas. Helkroppskontroll i 3 år enl vårdprogram.
"""),
  ], must=["NL101"], why="Typo 'melanon' for melanom in PAD and Bedömning; result not given to patient yet.")

C("nl101-kard-hcm-avvaktar-genetik", "v_kard_ostra", "Läkaranteckning", "Gustav Helin",
  "2024-10-09 08:50", 55, "öppenvård", "1999-04-16", "311", [
    ("Remissorsak", """
Remiss från företagshälsovården pga patologiskt vilo-EKG vid hälsokontroll. Fråga om hjärtsjukdom.
"""),
    ("Anamnes", """
25-årig man, fotbollsspelare i division 3. Ibland yrsel vid maxansträngning, ingen synkope. Inga bröstsmärtor. Tidigare frisk, inga mediciner.
"""),
    ("Hereditet", """
Farbror dog plötsligt 38 år gammal under joggingtur, obducerad men pat vet inte resultatet. Far frisk.
"""),
    ("Socialt", """
Bor med sambo i Göteborg, arbetar som snickare. Spelar fotboll 4 ggr/vecka och har match varje helg. Snusar. Ingen alkohol eller anabola steroider.
"""),
    ("Status", """
AT: vältränad, opåverkad.
Cor: regelbunden rytm, systoliskt blåsljud 2/6 vä sternalrand som ökar vid Valsalva.
Pulm: ua. BT 128/74.
"""),
    ("Undersökningar", """
EKG: sinusrytm, uttalade vänsterkammarhypertrofitecken, djupa T-vågsinversioner V4–V6.
Ekokardiografi: asymmetrisk septal hypertrofi 21 mm, SAM, LVOT-gradient 35 mmHg i vila.
MR hjärta 2/10: septal hypertrofi, fläckvis LGE i septum.
"""),
    ("Bedömning", """
Hypertrof kardiomyopati (HCM) med obstruktion i vila. Idrottsförbud för tävlingsidrott rekommenderas. Holter och arbetsprov för riskvärdering (ESC HCM Risk-SCD). Genetisk utredning beställd.
"""),
    ("Information", """
Vi avvaktar med att informera pat om HCM-diagnosen tills genetiska svaret är klart och genetisk vägledare kan delta; han har fått veta att han ska undvika maxansträngning tills vidare.
"""),
    ("Planering", """
Holter 48 h och arbetsprov v 42. Genetisk vägledning bokad via klinisk genetik. Remiss för ekokardiografisk screening av förstagradssläktingar efter genetiskt svar. Åter om 4 veckor.
"""),
  ], must=["NL101"], why="HCM settled; doctors deliberately wait before telling the patient.")

C("nl101-akut-hjarntumor-dt-ej-informerad", "s_akut_mal", "Akutanteckning", "Lina Borg",
  "2024-11-02 21:15", 70, "akutmottagning", "1970-08-25", "739", [
    ("Kontaktorsak", """
Första generaliserade krampanfallet i hemmet, ambulans. Hustrun såg anfallet.
"""),
    ("Anamnes", """
54-årig man. Huvudvärk sista 3 veckorna, värre på morgonen. Hustrun tycker han blivit mer glömsk och lättirriterad. Tidigare frisk utöver diskbråck L5-S1 opererat 2012. Inga mediciner. Alkohol 2–3 glas vin/vecka.
"""),
    ("Socialt", """
Gift, två tonårsbarn. Arbetar som IT-konsult i Malmö. Kör bil till arbetet dagligen.
"""),
    ("Läkemedel", """
Inga regelbundna. Ipren tillfälligt för huvudvärken senaste veckorna. Inga kända allergier.
"""),
    ("Hereditet", """
Mor dog i stroke vid 72 års ålder. Inga kända tumörsjukdomar i släkten.
"""),
    ("Status", """
AT: postiktalt trött men vaken vid undersökning, GCS 14 → 15.
Neuro: lätt pronationstendens vä arm, i övrigt inga fokala bortfall. Pupiller lika, ljusreaktion ua. Ingen nackstyvhet.
Cor: RR 88, inga bl.
Pulm: vesikulärt bilat.
Tunga: lateralt bett hö.
Fundus: suddiga papillgränser bilat, ingen blödning.
BT 148/86, puls 84, sat 97 %, temp 37,2.
"""),
    ("Lab", """
Hb 148, CRP < 5, Na 139, glukos 6,8, laktat 3,1.
"""),
    ("Röntgen", """
DT hjärna med kontrast: 4 cm ringladdande expansivitet hö frontallob med omgivande ödem och 4 mm medellinjeförskjutning. Bilden talar i första hand för högmalignt gliom.
"""),
    ("Bedömning", """
Epileptiskt anfall sekundärt till hjärntumör hö frontalt. Neurokirurg i Lund kontaktad, MR imorgon. Betapred 8 mg x 2 och Keppra 500 mg x 2 insatt.
"""),
    ("Information", """
Pat och hustru ej informerade om DT-fyndet; pat fortfarande postiktal och trött. Avdelningsläkaren på neurokirurgen informerar efter MR. Hustrun fått veta att DT visat förändringar som ska undersökas vidare.
"""),
    ("Åtgärd", """
Inläggning neurokirurgen Lund via ambulans.
"""),
  ], must=["NL101"], why="Brain tumour on CT in Röntgen/Bedömning; patient not informed of the finding.")

C("nl101-endo-papillar-tyreoideacancer-cytologi", "v_endo_sas", "Mottagningsanteckning", "Helena Rask",
  "2024-04-03 13:00", 90, "öppenvård", "1988-10-12", "642", [
    ("Aktuellt", """
36-årig kvinna remitterad pga 2 cm knöl i vä tyreoidealob som hon själv palperat. Finnålspunktion gjordes 20/3, idag telefonkontakt planerad men pat ringde ej på utsatt tid.
"""),
    ("Anamnes", """
Knölen upptäcktes av pat själv i januari. Inga sväljningsbesvär, ingen heshet. Ingen strålning mot halsen i barndomen. Inga hypertyreossymtom.
"""),
    ("Tidigare sjukdomar", """
Graviditetsdiabetes 2019. Migrän. Laktosintolerans.
"""),
    ("Hereditet", """
Ingen känd sköldkörtelcancer i släkten. Mor har hypotyreos.
"""),
    ("Läkemedel", """
P-piller (Cerazette). Sumatriptan vb.
"""),
    ("Status (20/3)", """
Hals: fast, oöm knuta vä tyreoidealob ca 2 cm, följer med vid sväljning. Inga palpabla lgl på halsen. Röst ua.
"""),
    ("Lab", """
TSH 1,9, fritt T4 15. Kalcitonin normalt. TPO-ak negativa.
Ca 2,36, PTH normalt. Hb 131.
"""),
    ("Cytologi", """
FNP vä tyreoidealob: Bethesda VI, malignt. Förenligt med papillär tyreoideacancer (nukleära inklusioner, grooves).
"""),
    ("Bedömning", """
Papillär tyreoideacancer vä lob, kliniskt N0. Ultraljud hals för lymfkörtelkartläggning, därefter remiss endokrinkirurgi för hemityreoidektomi eller total tyreoidektomi efter MDK.
"""),
    ("Information", """
Pat har inte fått cytologisvaret än. Hon har ett besök hos undertecknad 12/4 och beskedet ges då; vi har inte velat ge det per telefon. Nytt brev med tid skickat.
"""),
    ("Planering", """
Ultraljud hals bokat 10/4. Anmäls till endokrinkirurgisk konferens 17/4. Kontaktsjuksköterska Maria tilldelas.
"""),
  ], must=["NL101"], why="Papillary thyroid cancer on cytology; patient has not got the result yet.")

C("nl101-psyk-schizofreni-ej-delgiven", "s_psyk_lund", "Läkaranteckning", "Tobias Wernersson",
  "2024-07-15 15:00", 45, "öppenvård", "2001-02-21", "515", [
    ("Aktuellt", """
Uppföljning efter 6 månaders utredning via psykosteamet. Pat kommer med mamma. Fortsatt hörselhallucinationer (röster som kommenterar), uttalad tillbakadragenhet, har avbrutit studierna.
"""),
    ("Tidigare", """
Kontakt med BUP 2015 för tics. Ingen tidigare psykiatrisk slutenvård. Cannabis sporadiskt 2019–2021, förnekar bruk senaste två åren, negativa U-tox x 3.
"""),
    ("Somatiskt", """
Astma, Bricanyl vb. Inga allergier.
"""),
    ("Socialt", """
Bor hos mamma sedan avbrutna universitetsstudier i Köpenhamn. Pappa bor i Göteborg, sporadisk kontakt. Har en kamrat han träffar ibland. Ekonomi via aktivitetsersättning som ansökts.
"""),
    ("Läkemedel", """
Aripiprazol 10 mg x 1 sedan april, viss effekt på rösterna.
"""),
    ("Psykiskt status", """
Vaken, orienterad. Sparsam mimik, fördröjda svar. Tankestörning med tankeavbrott. Hallucinerar enl egen uppgift. Förnekar suicidtankar och planer. Insikt bristande.
"""),
    ("Bedömning", """
Diagnoskriterierna för schizofreni (F20.0, paranoid form) uppfyllda: psykotiska symtom > 6 månader med negativa symtom och funktionsfall. Aripiprazol höjs till 15 mg. Kontakt med case manager.
"""),
    ("Information", """
Diagnosen har inte delgivits patienten ännu, han bedöms i nuläget inte kunna tillgodogöra sig beskedet. Mamma vet inte heller. Planeras ske vid nästa besök tillsammans med ansvarig sjuksköterska när han är mer stabil.
"""),
    ("Planering", """
Aripiprazol 15 mg från imorgon. Blodprover (lipider, glukos, prolaktin) och EKG. Case manager gör hembesök nästa vecka. Återbesök läkare om 3 veckor.
"""),
  ], must=["NL101"], why="Schizophrenia settled in Bedömning; Information says not yet given to the patient.")

C("nl101-reuma-systemisk-skleros-typo-infomerad", "v_reuma_mol", "Läkaranteckning", "Annika Sjöberg",
  "2024-02-28 10:30", 65, "öppenvård", "1972-12-09", "866", [
    ("Aktuellt", """
Remiss från VC: Raynauds fenomen sedan 1 år, svullna fingrar, ANA positiv 1:1280. Pat var hos oss 7/2 för provtagning och kapillärmikroskopi.
Fingrarna blir vita och sedan blå i kyla.
"""),
    ("Tidigare sjukdomar", """
GERD sedan 10 år, omeprazol. Hypotyreos. Sectio x 2.
"""),
    ("Socialt", """
Gift, två barn i tonåren. Arbetar som frisör, har svårt med kylan i händerna vintertid. Röker inte.
"""),
    ("Läkemedel", """
Omeprazol 20 mg x 1, Levaxin 50 mikrog x 1.
"""),
    ("Status 7/2", """
Hud: sklerodaktyli fingrar bilat, puffy fingers, teleangiektasier i ansiktet, inga digitala sår. mRSS 8.
Leder: inga synoviter.
Cor: RR, inga blåsljud. Pulm: fina basala rassel bilat.
"""),
    ("Lab", """
Anti-Scl-70 starkt positiv. CRP 8, SR 28. Krea normalt. U-sticka ua. NT-proBNP 140.
"""),
    ("Undersökningar", """
Kapillärmikroskopi: aktivt sklerodermimönster. HRCT thorax: lätt retikulär fibros basalt, NSIP-mönster. Spirometri: FVC 82 %, DLCO 64 %.
"""),
    ("Bedömning", """
Diffus kutan systemisk skleros med interstitiell lungsjukdom, uppfyller ACR/EULAR 2013 (poäng 17). Mykofenolat planeras, ekokardiografi beställt. Remiss lungmedicin.
"""),
    ("Information", """
Pat ej infomerad om diagnosen än; hon nåddes inte per telefon idag och vi ger inte beskedet via 1177-meddelande. Ny tid 5/3 med anhörig om hon önskar.
"""),
    ("Planering", """
UKG med skattat PA-tryck. Lungmedicin remitterad. Nifedipin mot Raynaud övervägs. Återbesök 5/3 kl 14.
"""),
  ], must=["NL101"], why="Typo 'infomerad' in the cue; systemic sclerosis settled, patient not informed.")

C("nl101-barnneuro-epilepsi-foraldrar-ej-eeg-svar", "s_barn_lund", "Läkaranteckning", "Cecilia Mårtensson",
  "2024-09-19 14:40", 30, "öppenvård", "2015-01-24", "402", [
    ("Aktuellt", """
9-årig flicka remitterad från skolläkare pga återkommande "frånvaroattacker" i klassrummet, beskrivna som stirrande sekunder utan kontakt, flera gånger om dagen. Sömn-EEG gjordes 12/9.
"""),
    ("Tidigare sjukdomar", """
Född v 39, normal utveckling. Astma i förskoleåldern, inga besvär sista 3 åren. Fraktur vä underarm 2022.
"""),
    ("Hereditet", """
Moster hade feberkramper som barn. Ingen känd epilepsi i släkten.
"""),
    ("Skola", """
Går i årskurs 3. Läraren har märkt att hon tappar tråden mitt i meningar och missar instruktioner. Läser bra, räknar något sämre än tidigare.
"""),
    ("Status", """
AT: pigg, samarbetar bra.
Neuro: kranialnerver ua, normal gång och finmotorik, reflexer lika och normala.
Hyperventilationsprov på mottagningen: efter 90 sekunder stirrande blick ca 8 sekunder, ögonlocksfladder, svarar inte på tilltal, därefter omedelbart åter.
Cor/pulm: ua.
"""),
    ("EEG", """
Sömn-EEG: generaliserade 3 Hz spike-wave-urladdningar, provocerade av hyperventilation, normal bakgrundsaktivitet.
"""),
    ("Bedömning", """
Barnabsensepilepsi (CAE). Behandling med etosuximid rekommenderas. Blodprover inför start.
"""),
    ("Information", """
Föräldrarna är inte informerade om EEG-svaret och diagnosen; pappa var med idag men mamma ville delta när beskedet ges, telefonmöte med båda bokat fredag. Flickan själv vet att vi letar efter orsaken till attackerna.
"""),
    ("Planering", """
Blodstatus, leverprover och elektrolyter inför etosuximid. Telefonmöte fredag kl 15 med båda föräldrarna.
"""),
  ], must=["NL101"], why="Child 9 y: childhood absence epilepsy; guardians not informed of EEG/diagnosis yet.")

C("nl101-lung-mesoteliom-vet-annu-inte", "v_lung_su", "Läkaranteckning", "Mikael Strand",
  "2024-05-23 09:10", 80, "öppenvård", "1949-03-30", "197", [
    ("Aktuellt", """
Uppföljning efter torakoskopi med pleurabiopsier 14/5 pga recidiverande hö-sidig pleuravätska. Tappat 2 liter x 3 sedan februari. Pat ringde igår och frågade efter svaret, sköterskan bokade dagens tid.
Aptiten är god, vikten stabil kring 78 kg.
"""),
    ("Tidigare sjukdomar", """
Hjärtinfarkt 2008, PCI. Typ 2-diabetes. Lätt njursvikt, eGFR 52. Arbetade som rörmokare på varvet 1966–1990, asbestexponerad.
"""),
    ("Läkemedel", """
Trombyl 75 mg, Atorvastatin 40 mg, Metoprolol 50 mg, Metformin 500 mg x 2, Jardiance 10 mg.
"""),
    ("Status", """
AT: gott, lätt dyspné vid av- och påklädning.
Pulm: dämpning och nedsatta andningsljud hö basalt upp till skulderbladsvinkeln. Vä ua.
Cor: regelbunden, inga blåsljud.
Ben: inga ödem.
"""),
    ("Röntgen", """
Lungröntgen idag: måttlig pleuravätska hö, oförändrad sedan 2 veckor. Pleurala plack bilat.
"""),
    ("PAD", """
Pleurabiopsier hö: malignt mesoteliom, epiteloid typ. BAP1-förlust. Calretinin+, WT1+.
"""),
    ("Bedömning", """
Malignt pleuramesoteliom hö, epiteloid. Asbestrelaterad sjukdom, arbetsskadeanmälan ska göras. Pleurakateter (PleurX) planeras. Remiss onkologen för ställningstagande till immunterapi (nivolumab + ipilimumab).
"""),
    ("Information", """
Patienten vet ännu inte om svaret. Han kom ensam och bad uttryckligen att få resultatet när sonen kan följa med, vilket respekterades; ny tid på måndag.
"""),
    ("Planering", """
PleurX-inläggning bokad v 22. Arbetsskadeanmälan förbereds tillsammans med pat. Remiss onkologen skickas efter beskedet.
"""),
  ], must=["NL101"], why="Mesothelioma in PAD; 'patienten vet ännu inte om svaret'.")

C("nl101-uro-njurcellscancer-besked-v14", "s_uro_mal", "Läkaranteckning", "Daniel Persson",
  "2024-03-27 11:25", 50, "öppenvård", "1961-06-05", "375", [
    ("Remissorsak", """
Tillfällighetsfynd vid DT buk på akuten i februari (gjord pga misstänkt njursten): solid tumör vä njure.
"""),
    ("Anamnes", """
63-årig man. Njurstensanfall hö 2019 och 2024. Inga makrohematuri. Viktstabil. Röker 10 cig/dag sedan 40 år.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Gikt, senaste anfall 2022. Prostatahyperplasi med tamsulosin.
"""),
    ("Läkemedel", """
Candesartan 16 mg, Allopurinol 100 mg, Tamsulosin 0,4 mg.
"""),
    ("Socialt", """
Sambo, arbetar som lastbilschaufför i Malmö. Dricker 1–2 öl på helgen. Funderar på att sluta röka.
"""),
    ("Status", """
AT: opåverkad. BT 145/90.
Buk: mjuk, oöm, ingen palpabel resistens. Njurloger ej dunkömma.
"""),
    ("Röntgen", """
DT njurar trefas: 4,5 cm heterogent kontrastladdande tumör i vä njurens nedre pol, Bosniak ej tillämpligt, solid. Ingen venös tumörtromb, inga förstorade lgl. DT thorax utan metastaser. Hö njure med 6 mm konkrement.
"""),
    ("Bedömning", """
Njurcellscancer vä njure cT1b N0 M0, radiologiskt typisk klarcellig. Biopsi ej nödvändig. Rekommenderas robotassisterad partiell nefrektomi. Lab: krea 96.
"""),
    ("Information", """
Ej informerad ännu om att det rör sig om cancer; han har bara fått veta att det finns en förändring som ska utredas. Besked ges av ansvarig urolog vid besök v 14 tillsammans med kontaktsjuksköterska.
"""),
    ("Planering", """
Anmäld till urologisk MDK. Njurfunktion med Cystatin C. Operationsbedömning av narkosläkare. Kontaktsjuksköterska ringer inom en vecka.
"""),
  ], must=["NL101"], why="Renal cell carcinoma settled; patient told only of 'a change', not the cancer.")

C("nl101-inf-hiv-konfirmerat-kallas-imorgon", "v_inf_ostra", "Läkaranteckning", "Johanna Wik",
  "2024-06-20 16:45", None, "öppenvård", "1993-09-14", "275", [
    ("Aktuellt", """
Remiss från ungdomsmottagning via labb: reaktivt HIV-screeningtest vid STI-provtagning 12/6. Konfirmerande test taget 14/6.
"""),
    ("Anamnes", """
30-årig man. Hade influensaliknande sjukdom i april med feber, halsont och utslag i en vecka. Inga kända kroniska sjukdomar. Klamydia 2017, behandlad. Inga mediciner.
Har sedan april haft ömma körtlar på halsen som gått tillbaka. Ingen viktnedgång, ingen nattsvett. Vaccinerad mot hepatit B i tjänsten.
"""),
    ("Socialt", """
Bor i Göteborg, studerar till sjuksköterska. Fast partner sedan 3 månader.
"""),
    ("Status (12/6, UM)", """
AT: opåverkad. Inga förstorade lymfkörtlar. Munhåla utan candida. Hud utan utslag. Cor/pulm ua.
"""),
    ("Lab", """
HIV-1 Ag/Ak: reaktivt. Immunoblot: positiv HIV-1. HIV-RNA 85 000 kopior/ml. CD4 520. Hepatit B och C negativa, syfilis negativ.
"""),
    ("Bedömning", """
Konfirmerad HIV-1-infektion, sannolikt recent smitta (primärinfektion i april). Behandling med bictegravir/emtricitabin/tenofoviralafenamid rekommenderas snarast. Resistensbestämning skickad. Smittspårning enligt smittskyddslagen.
"""),
    ("Läkemedel", """
Inga. Inga kända allergier.
"""),
    ("Information", """
Pat ej informerad om det konfirmerade HIV-svaret. Han kallas till besök imorgon kl 9 med läkare och kurator; beskedet ska ges personligen och inte via telefon eller 1177.
"""),
    ("Åtgärd", """
Tid bokad. Kurator Sara bokad. Journalanteckning upprättas i samråd med smittskyddsläkare efter besöket.
Partnern erbjuds provtagning via smittspårningen.
"""),
  ], must=["NL101"], why="Unsigned draft. Confirmed HIV infection; patient not informed, called in tomorrow.")

C("nl101-onh-larynxcancer-besked-vid-aterbesok", "s_onh_lund", "Läkaranteckning", "Fredrik Alm",
  "2024-01-31 14:00", 60, "öppenvård", "1955-10-17", "593", [
    ("Aktuellt", """
Heshet sedan 4 mån, ingen förbättring efter röstvila. Mikrolaryngoskopi med biopsi 22/1. Idag kontroll av stämbanden efter ingreppet.
Ingen sväljningssmärta, ingen andnöd. Ingen öronvärk. Rösten är något bättre efter ingreppet enligt pat själv.
"""),
    ("Tidigare sjukdomar", """
Alkoholrelaterad pankreatit 2015. KOL. Tonsillektomi i barndomen.
"""),
    ("Läkemedel", """
Creon 25 000 till måltider, Spiriva 18 mikrog x 1, Ventoline vb. Kreon har han tagit sedan pankreatiten.
"""),
    ("Socialt", """
Rökare 30 cig/dag. Bor ensam, har en syster i Staffanstorp som han träffar varje vecka.
"""),
    ("Levnadsvanor", """
Alkohol: AUDIT 9, dricker främst öl. Äter dåligt, har tappat 3 kg på ett halvår.
"""),
    ("Status", """
Larynxfiberskopi: läkande biopsiområde hö stämband främre två tredjedelar, stämbandsrörlighet bevarad bilat. Inga palpabla körtlar på halsen. Munhåla och farynx ua.
"""),
    ("PAD", """
Skivepitelcancer, högt differentierad, hö stämband.
"""),
    ("Bedömning", """
Glottisk larynxcancer hö stämband T1a N0. Behandlas enligt nationellt vårdprogram med kurativ strålbehandling. Rökstopp är avgörande, remiss tobaksavvänjning.
"""),
    ("Information", """
Beskedet om cancern lämnas vid återbesöket på fredag då systern kan följa med. Idag fick pat bara veta att läkningen ser bra ut och att PAD-svaret gås igenom på fredag.
"""),
    ("Åtgärd", """
Anmäld till huvud-halstumörkonferensen. Tandstatus före strålbehandling.
"""),
  ], must=["NL101"], why="Laryngeal cancer in PAD; the diagnosis will only be given at next visit (future).")

C("nl101-ger-lewy-body-make-vill-ej", "v_ger_fss", "Läkaranteckning", "Birgitta Holmén",
  "2024-02-06 10:15", 110, "öppenvård", "1944-04-04", "228", [
    ("Anamnes", """
80-årig kvinna med sedan ett år fluktuerande kognition, synhallucinationer (ser barn i trädgården) och fall x 4 senaste halvåret. Maken beskriver att hon "slår och sparkar" i sömnen sedan flera år.
"""),
    ("Tidigare sjukdomar", """
Förmaksflimmer. Osteoporos. Bröstcancer vä 2002, opererad och strålad, recidivfri. Kataraktop bilat.
"""),
    ("Läkemedel", """
Eliquis 2,5 mg x 2, Metoprolol 25 mg, Letrozol avslutat 2007, Alendronat 70 mg/v.
"""),
    ("Socialt", """
Bor med maken i villa i Västra Frölunda. Maken sköter hushållet. Döttrar i Stockholm och Borås. Ingen hemtjänst än, ansökan diskuteras.
"""),
    ("Status", """
MoCA 19/30, tydligast visuospatialt och uppmärksamhet.
Neuro: lätt rigiditet i armarna, bradykinesi, inget vilotremor. Ortostatiskt BT-fall 30 mmHg.
Cor: oregelbunden, frekvens 72.
"""),
    ("Utredning", """
DaTSCAN: nedsatt upptag i putamen bilat. MR hjärna: relativt bevarade hippocampi. EEG: lätt generell långsam aktivitet.
"""),
    ("Bedömning", """
Lewy body-demens (DLB), uppfyller kärnkriterierna. Undvik neuroleptika. Rivastigmin plåster 4,6 mg startas. Fallprevention, remiss arbetsterapeut.
"""),
    ("Anhöriga", """
Maken informerad om diagnosen. Patienten själv är ännu inte informerad; maken önskar att vi väntar tills hon är i en bättre fas, vilket vi går med på till nästa besök om 3 veckor.
"""),
    ("Planering", """
Återbesök om 3 veckor med pat och make. Arbetsterapeut hembesök. EKG före rivastigmin, görs idag.
"""),
  ], must=["NL101"], why="DLB settled; husband told but the patient herself not yet (statement in Anhöriga section).")

C("nl101-barn-cystisk-fibros-svettest", "s_barn_hbg", "Läkaranteckning", "Oskar Lundgren",
  "2024-10-22 13:50", 40, "öppenvård", "2022-08-30", "153", [
    ("Aktuellt", """
2-årig pojke utredd för dålig viktuppgång och återkommande luftvägsinfektioner. Neonatal screening 2022 gav inte utslag. Svettest utfört på mottagningen 15/10, CFTR-genanalys skickad samtidigt.
"""),
    ("Anamnes", """
Föräldrarna beskriver stora, illaluktande avföringar flera gånger om dagen, god aptit. Tre pneumonier senaste året, en krävde inläggning. Går på förskola 4 dagar/vecka.
"""),
    ("Hereditet", """
Föräldrarna är friska, inga kända ärftliga sjukdomar. Kusin på mammans sida har haft upprepade lunginflammationer som barn.
"""),
    ("Status", """
Vikt 10,8 kg (–2 SD), längd 86 cm (–0,5 SD).
AT: opåverkad, lite blek, glad.
Pulm: enstaka rassel hö basalt, ingen indragning.
Buk: något utspänd, mjuk, oöm.
Hud/naglar: ingen klubbning.
"""),
    ("Lab", """
Svettklorid 98 mmol/l (normalt < 30) x 2. F-elastas < 15 mikrog/g. CFTR: homozygot F508del. Sputumodling: Staphylococcus aureus.
"""),
    ("Bedömning", """
Cystisk fibros, homozygot F508del, med exokrin pankreasinsufficiens. Start av Creon till måltider, ADEK-vitaminer. Remiss CF-centrum Lund, där uppföljning och ställningstagande till CFTR-modulator sker.
"""),
    ("Information", """
Vårdnadshavarna har inte fått besked om svettestets och gentestets resultat ännu. De kommer till CF-centrum på måndag, där diagnosen meddelas av CF-team med kurator och fysioterapeut.
"""),
    ("Ordination", """
Creon 10 000 E/måltid, 5 000 E/mellanmål. Vitaminer ADEK dagligen. Koksalttillägg sommartid. Sputumodling upprepas på CF-centrum.
"""),
  ], must=["NL101"], why="Child 2 y: cystic fibrosis confirmed; guardians not informed of the results yet.")

C("nl101-ort-osteosarkom-sarkomcentrum", "v_ort_alin", "Läkaranteckning", "Erik Sandell",
  "2024-04-29 12:00", 45, "öppenvård", "2005-01-11", "355", [
    ("Aktuellt", """
19-årig man med knäsmärta hö sedan 3 mån, nattlig värk senaste veckan. Rtg 10/4 visade destruktiv förändring distala femur, MR 16/4 och biopsi via sarkomcentrum Sahlgrenska 22/4.
Ingen feber, ingen viktnedgång.
"""),
    ("Tidigare sjukdomar", """
Frisk. Menisklesion vä knä 2021 (fotboll), konservativt behandlad.
"""),
    ("Socialt", """
Bor hos föräldrarna, går sista året på gymnasiet, elektrikerprogrammet. Spelar fotboll.
"""),
    ("Läkemedel", """
Alvedon 1 g x 4, Naproxen 500 mg x 2 sedan 2 veckor, Oxynorm 5 mg vb nattetid.
"""),
    ("Status", """
AT: opåverkad.
Hö knä: palpabel fast, lätt öm svullnad distala femur medialt, ingen rodnad. ROM 0–110°. Vä knä ua.
Lgl: ljumskar ua.
"""),
    ("Röntgen", """
MR hö femur: 7 cm tumör i distala metafysen med kortikal genombrytning och mjukdelskomponent, ingen skip-lesion. DT thorax: inga lungmetastaser.
"""),
    ("PAD", """
Höggradigt konventionellt osteosarkom, osteoblastisk typ.
"""),
    ("Bedömning", """
Osteosarkom distala femur hö, lokaliserad sjukdom. Behandling enligt MAP-protokoll med preoperativ cytostatika och därefter kirurgi. Fertilitetsbevarande åtgärder (spermiedeposition) före start.
"""),
    ("Information", """
Pat ej informerad. Överenskommet med sarkomcentrum att beskedet ges där på fredag av ansvarig sarkomonkolog, med föräldrar närvarande. Inga smärtstillande ändringar idag.
"""),
    ("Planering", """
Sarkomcentrum fredag kl 9 (onkolog + ortoped). Spermiedeposition bokas via reproduktionsmedicin. Kryckor utprovade, avlastning hö ben pga frakturrisk.
"""),
  ], must=["NL101"], why="Osteosarcoma in PAD; patient (19 y) not informed, sarcoma centre will tell.")

C("nl101-ogon-uvealt-melanom-utkast", "s_ogon_mal", "Läkaranteckning", "Sara Hedén",
  "2024-12-03 15:10", None, "öppenvård", "1966-11-28", "848", [
    ("Anamnes", """
58-årig kvinna, remiss från optiker pga nedsatt syn vä öga och "skugga" i övre synfältet sedan 6 veckor. Ingen smärta, inga ljusblixtar.
Har inte varit hos optiker på 4 år.
"""),
    ("Tidigare", """
Myopi –3. Hypertoni. Lätt astma. Reumatoid artrit, seropositiv, stabil på metotrexat.
"""),
    ("Socialt", """
Gift, arbetar som lärare i Malmö. Kör bil. Två utflugna barn.
"""),
    ("Läkemedel", """
Metotrexat 15 mg/v, Folacin, Ramipril 5 mg, Symbicort vb.
"""),
    ("Status", """
Visus hö 1,0, vä 0,5. Tryck 15/16.
Främre segment: ua bilat.
Fundus vä: pigmenterad, kupolformad tumör nedtemporalt, diameter ca 12 mm, orange pigment och sekundär näthinneavlossning. Fundus hö ua.
"""),
    ("Undersökningar", """
Ultraljud vä öga: tumörhöjd 6,5 mm, låg intern reflektivitet, akustisk hålighet. Fotografering och OCT utförda.
"""),
    ("Bedömning", """
Koroidalt melanom (uvealt melanom) vä öga, medelstort (COMS). Remiss S:t Eriks ögonsjukhus för ställningstagande till brachyterapi. Leverutredning med MR beställd.
"""),
    ("Information", """
Ingen information om diagnosen given till pat ännu, hon fick veta att fyndet behöver bedömas av specialistcentrum. Besked lämnas av undertecknad efter samråd med S:t Erik i början av nästa vecka.
"""),
    ("Planering", """
Remiss S:t Erik skickas idag. MR lever bokas. Telefonkontakt med pat i början av nästa vecka för besök.
"""),
  ], must=["NL101"], why="Unsigned draft: uveal melanoma; 'ingen information om diagnosen given till pat ännu'.")

C("nl101-kvk-trisomi21-nipt", "v_kvk_kung", "Läkaranteckning", "Ulrika Forsberg",
  "2024-08-15 08:30", 75, "öppenvård", "1985-05-03", "764", [
    ("Aktuellt", """
39-årig förstföderska, graviditetsvecka 12+6. Genomgick KUB 6/8 med förhöjd risk (1:45), valde NIPT som togs samma dag, därefter moderkaksprov (CVS) 12/8 efter positivt NIPT.
"""),
    ("Tidigare", """
PCOS. IVF-graviditet, en embryo. Hypotyreos under graviditeten, Levaxin. Inga tidigare graviditeter.
"""),
    ("Socialt", """
Sambo sedan 8 år, arbetar som projektledare på ett försäkringsbolag. Partnern arbetar som polis. Har inte berättat om graviditeten för sina arbetsgivare än.
"""),
    ("Läkemedel", """
Levaxin 50 mikrog, Folsyra 0,4 mg, Trombyl 150 mg från v 12 pga preeklampsiscreening.
"""),
    ("Status", """
AT: gott. BT 122/78.
Ultraljud: en levande foster, CRL motsvarar 12+5, NT 3,8 mm, frånvarande nässkelett.
Placenta framvägg. Inga strukturella avvikelser synliga i detta skede.
"""),
    ("Provsvar", """
NIPT: hög sannolikhet trisomi 21. CVS QF-PCR: trisomi 21 bekräftad (47,XX,+21).
"""),
    ("Bedömning", """
Fostret har trisomi 21 (Downs syndrom), konfirmerat med CVS. Fortsatt handläggning enligt parets önskemål; specialistmödravård och fostermedicin.
"""),
    ("Samtal tidigare", """
Vid KUB-samtalet 6/8 informerades paret om den förhöjda risken och om möjligheten till NIPT och invasiv diagnostik. Paret uttryckte att de vill ha besked så snart som möjligt oavsett resultat.
"""),
    ("Information", """
Pat ännu ej informerad om CVS-resultatet. Hon och partnern kommer in kl 14 idag för samtal med fostermedicinare och kurator; beskedet ges där.
"""),
  ], must=["NL101"], why="Trisomy 21 confirmed on CVS; pregnant patient not yet informed.")

C("nl101-med-hcc-vid-cirros", "s_med_kri", "Läkaranteckning", "Magnus Ekdahl",
  "2024-05-14 11:40", 55, "öppenvård", "1958-02-18", "117", [
    ("Aktuellt", """
Halvårskontroll av levercirros med ultraljudsövervakning. Alkoholabstinent sedan 2021 enl pat och PEth. Mår bra, ingen ascites, inga blödningar.
Går promenader dagligen, äter bra. Ingen förvirring enligt hustrun.
"""),
    ("Tidigare sjukdomar", """
Alkoholorsakad levercirros Child-Pugh A. Esofagusvaricer grad 1, ligerade 2021. Typ 2-diabetes. Depression, stabil.
"""),
    ("Socialt", """
Bor med hustrun i Åhus, förtidspensionerad sedan 2019. Går på AA-möten varje vecka.
"""),
    ("Läkemedel", """
Propranolol 40 mg x 2, Insulatard 24 E, Sertralin 50 mg, Tiamin.
"""),
    ("Status", """
AT: gott.
Hud: spider naevi på bröstet, ingen ikterus.
Buk: mjuk, ingen ascites, lever palpabel 2 cm under arcus, fast.
Neuro: ingen flapping tremor.
"""),
    ("Lab", """
Bilirubin 22, albumin 34, PK-INR 1,2, TPK 112, AFP 260 (förra året 8). PEth < 0,03.
"""),
    ("Röntgen", """
Ultraljud 7/5: ny 3,2 cm lesion segment VII. DT lever trefas 10/5: arteriell uppladdning med wash-out och kapsel, LI-RADS 5.
"""),
    ("Bedömning", """
Hepatocellulär cancer (HCC) segment VII i cirrotisk lever, BCLC A. Anmäls till levermultidisciplinär konferens Lund för ställningstagande till resektion eller ablation.
"""),
    ("Information", """
Information om HCC-fyndet är ej given. Pat känner inte till DT-svaret; vi avvaktar konferensens beslut så att han kan få besked och plan samtidigt, återbesök bokat 28/5.
"""),
  ], must=["NL101"], why="HCC (LI-RADS 5) in Bedömning; patient does not know, information withheld until conference.")

C("nl101-hem-myelom-inte-berattat", "v_hem_su", "Läkaranteckning", "Per Granath",
  "2024-11-12 14:25", 35, "öppenvård", "1952-07-23", "497", [
    ("Remissorsak", """
Remiss från medicinmottagning NU: M-komponent IgG kappa 32 g/l, anemi och ryggsmärta.
"""),
    ("Anamnes", """
72-årig man. Ryggvärk sedan i somras, fått Alvedon av VC. Trött. Feberfri, vikten stabil. Tidigare prostatahyperplasi och gikt. Hypertoni.
Hade två lunginflammationer i vintras.
"""),
    ("Socialt", """
Gift, bor i villa i Lerum. Pensionerad ingenjör. Spelar golf men har slutat pga ryggen.
"""),
    ("Läkemedel", """
Amlodipin 10 mg, Allopurinol 200 mg, Finasterid 5 mg, Alvedon 1 g x 3.
"""),
    ("Status", """
AT: opåverkad, något blek.
Rygg: palpationsöm över Th12–L1, ingen neurologi i benen.
Cor/pulm: ua. Lgl: inga palpabla.
"""),
    ("Lab", """
Hb 98, Ca (korr) 2,71, krea 134, albumin 31, beta-2-mikroglobulin 5,8. Fria lätta kedjor kappa/lambda 45.
"""),
    ("Utredning", """
Benmärg: 40 % klonala plasmaceller. Helkropps-lågdos-DT: osteolyser Th12, L1 och i skallen, kompressionsfraktur Th12 utan spinal påverkan.
"""),
    ("Bedömning", """
Multipelt myelom IgG kappa, ISS stadium III, CRAB-kriterier uppfyllda (anemi, hyperkalcemi, skelett, njurpåverkan). Zoledronsyra efter tandstatus. Induktionsbehandling enligt vårdprogram, ej aktuell för autolog transplantation pga ålder och funktion.
"""),
    ("Information", """
Vi har inte berättat för patienten om myelomdiagnosen ännu, det görs på mottagningen torsdag med hustrun närvarande. Idag fick han veta att proverna kräver mer samtal.
"""),
  ], must=["NL101"], why="Multiple myeloma settled; 'vi har inte berättat för patienten' in Information.")

C("nl101-kir-pankreascancer-typo-ej-underrattad", "s_kir_hbg", "Läkaranteckning", "Jakob Malm",
  "2024-07-02 17:05", 90, "slutenvård", "1947-09-09", "562", [
    ("Aktuellt", """
Inlagd sedan 28/6 pga smärtfri ikterus. ERCP med stentning igår, bilirubin sjunker. Pat mår bättre, klådan mindre.
Har gått ner 6 kg sedan i våras enligt egen uppgift. Avföringen har varit ljus.
"""),
    ("Tidigare sjukdomar", """
Typ 2-diabetes sedan 2 år (nydebuterad i 75-årsåldern), aortastenos lindrig, kontrolleras på kardiologen. Ljumskbråck op hö 1998.
"""),
    ("Socialt", """
Änkling sedan 2020, bor ensam i Höganäs. Dottern bor i Helsingborg och kommer på fredag.
"""),
    ("Läkemedel", """
Metformin 1 g x 2, Simvastatin 20 mg, Fragmin 5000 E profylax under vårdtiden.
"""),
    ("Status", """
AT: ikterisk, opåverkad i övrigt.
Buk: mjuk, lätt öm epigastriet, Courvoisiers tecken positivt (palpabel gallblåsa).
Cor: systoliskt blåsljud 2/6 över aortaområdet, känt.
"""),
    ("Lab", """
Bilirubin 210 → 145, ALP 12, CA 19-9 890. Krea 78.
"""),
    ("Röntgen", """
DT pankreasprotokoll: 3 cm hypodens tumör i pankreashuvudet, kontakt med arteria mesenterica superior < 180°, inga levermetastaser.
"""),
    ("PAD", """
Borstcytologi från gallgången vid ERCP: adenocarcinom.
"""),
    ("Förlopp", """
ERCP 1/7 med plaststent i ductus choledochus, borstcytologi tagen. Ingen post-ERCP-pankreatit, lipas normalt dagen efter. Äter och dricker, mobiliserad på avdelningen. Blodsockret har legat 8–14, ingen insulin behövts.
"""),
    ("Bedömning", """
Pankreascanser i caput, borderline resektabel. Anmäls till HPB-konferens Lund. Neoadjuvant behandling aktuell om fysiskt status tillåter.
"""),
    ("Information", """
Pat ej underrättad om cytologisvaret. Han har sagt till ssk att han vill ha sin dotter närvarande vid alla allvarliga besked, hon kommer fredag eftermiddag.
"""),
  ], must=["NL101"], why="Typo 'Pankreascanser' for the diagnosis; patient not told of cytology result.")

C("nl101-barn-crohn-vardnadshavare-ringer-imorgon", "v_barn_nal", "Läkaranteckning", "Linnea Berg",
  "2024-03-14 16:00", 25, "öppenvård", "2013-01-09", "281", [
    ("Aktuellt", """
11-årig pojke utredd för buksmärtor, diarréer med blod och viktnedgång 4 kg sedan i höstas. Gastroskopi och koloskopi i narkos 5/3.
Har haft feber till och från.
"""),
    ("Tidigare sjukdomar", """
Astma, Flutide och Airomir. Perianal abscess dränerad dec 2023. Vaccinerad enl program.
"""),
    ("Hereditet", """
Moster har ulcerös kolit. Far har psoriasis.
"""),
    ("Socialt", """
Bor växelvis hos mamma och pappa i Trollhättan. Går i 5:an, spelar fotboll men har orkat mindre. Har missat mycket skola sedan jul.
"""),
    ("Status 5/3", """
Vikt 32 kg (–1,2 SD, sjunkit från 0 SD). Längd följer kurvan.
Buk: ömhet i hö fossa, ingen resistens.
Perianalt: läkt fistelmynning kl 6.
Munhåla: aftösa sår.
"""),
    ("Lab", """
Hb 106, CRP 38, SR 42, albumin 30, F-kalprotektin > 1800.
"""),
    ("PAD", """
Terminala ileum och colon ascendens: kronisk aktiv inflammation med icke-kaseifierande granulom. Förenligt med Crohns sjukdom.
"""),
    ("Bedömning", """
Crohns sjukdom ileokolonisk med perianal manifestation (Paris L3, p). Exklusiv enteral nutrition 8 veckor planeras som induktion, därefter azatioprin; TPMT analyseras.
"""),
    ("Information", """
Vårdnadshavare ej informerade om PAD-svaret. Undertecknad ringer mamma imorgon förmiddag och bokar samtal för båda föräldrarna och pojken tillsammans med IBD-sjuksköterska.
"""),
    ("Planering", """
TPMT-analys skickad. Dietist kontaktas. Återbesök med IBD-sjuksköterska och läkare nästa vecka.
"""),
  ], must=["NL101"], why="Child 11 y: Crohn's disease in PAD/Bedömning; guardians not informed.")

C("nl101-neuro-ms-informationssamtal-planeras", "s_neuro_lund", "Läkaranteckning", "Hanna Roos",
  "2024-10-30 13:15", 60, "öppenvård", "1996-12-15", "608", [
    ("Aktuellt", """
27-årig kvinna med synnedsättning och smärta vid ögonrörelser vä öga i augusti (optikusneurit, utredd på ögonakuten), samt domningar i benen i två veckor i oktober. Gjort MR hjärna och ryggmärg samt lumbalpunktion.
Synen vä har förbättrats men färgseendet är fortfarande sämre. Domningarna har nästan släppt. Ingen blåsstörning. Trött på eftermiddagarna.
"""),
    ("Tidigare sjukdomar", """
Frisk. Körtelfeber 2012. P-piller.
"""),
    ("Socialt", """
Sambo, arbetar som förskollärare. Röker ej.
"""),
    ("Läkemedel", """
P-piller (Yasmin). Inga övriga mediciner. Inga kända allergier.
"""),
    ("Status", """
Neuro: visus vä 0,8, RAPD vä. Lätt nedsatt vibrationssinne distalt i benen. Livliga reflexer i benen, Babinski neg. Romberg ua, tandemgång ua. EDSS 2,0.
"""),
    ("Utredning", """
MR: 11 periventrikulära, juxtakortikala och infratentoriella T2-lesioner, två med kontrastuppladdning, samt en lesion i halsmärgen C3. Likvor: oligoklonala band, IgG-index förhöjt, celltal 8.
"""),
    ("Bedömning", """
Skovvis förlöpande multipel skleros (RRMS) enligt McDonald 2017 (spridning i tid och rum). Ställningstagande till högeffektiv behandling (ofatumumab eller natalizumab), JCV-ak skickade.
"""),
    ("Information", """
Pat har ännu inte fått beskedet om MS. Informationssamtal tillsammans med MS-sjuksköterska planeras 6/11, hon önskar att sambon är med.
"""),
    ("Planering", """
JCV-ak och vaccinationsstatus kontrolleras. Graviditetsplaner diskuteras vid informationssamtalet. Nytt MR om 6 mån.
"""),
  ], must=["NL101"], why="MS (McDonald) settled; patient has not got the message yet.")

C("nl101-kir-brostcancer-typo-ej-infomrerad", "v_kir_skas", "Läkaranteckning", "Lisa Axelsson",
  "2024-06-04 10:40", 50, "öppenvård", "1970-03-26", "048", [
    ("Remissorsak", """
Screeningmammografi 15/5 med misstänkt förändring vä bröst, utredd på bröstmottagningen med kompletterande mammografi, ultraljud och mellannålsbiopsi 22/5.
"""),
    ("Anamnes", """
54-årig kvinna. Inga egna symtom. Menopaus vid 51. Hormonbehandling 2020–2023 pga vallningar. Två barn, ammade vardera 1 år.
Tidigare mammografier normala, senast 2022. Röker inte. Alkohol 2–3 glas vin per vecka.
"""),
    ("Hereditet", """
Moster bröstcancer vid 70 år. Mor frisk, 81 år.
"""),
    ("Tidigare sjukdomar", """
Hypotyreos. Glutenintolerans (celiaki) sedan 2005. Knäartroskopi hö 2016.
"""),
    ("Status", """
Bröst: ingen palpabel resistens vä, ingen hudindragning. Hö bröst ua.
Axiller: inga palpabla lgl.
Hud och bröstvårtor ua.
"""),
    ("Bilddiagnostik", """
Mammografi/ultraljud: 14 mm spikulerad förändring vä bröst övre yttre kvadrant, BI-RADS 5. Axill ultraljud ua.
"""),
    ("PAD", """
Invasiv duktal bröstcancer (NST), Nottinghamgrad 2, ER 90 %, PR 60 %, HER2 negativ (1+), Ki67 15 %.
"""),
    ("Bedömning", """
Bröstcancer vä, cT1c N0, luminal A-lik. Bröstbevarande kirurgi med sentinel node planeras, därefter strålbehandling och endokrin behandling enligt MDK.
"""),
    ("Information", """
Pat ej infomrerad om cancerbeskedet ännu. Hon har själv bett att få beskedet personligen och kommer till bröstmottagningen 7/6 kl 15 tillsammans med sin man.
"""),
    ("Planering", """
Operation planeras v 26. Kontaktsjuksköterska Anna ringer pat efter besöket 7/6.
"""),
  ], must=["NL101"], why="Typo 'infomrerad' in the cue; breast cancer in PAD, patient not informed.")


# ===========================================================================
# NL101 must_not: the patient (or guardian) has been informed; or the person not
# informed is somebody else; or the uncommunicated diagnosis sits in a protected
# Tidiga hypoteser entry; or what is not yet told is no diagnosis.

C("nl101-not-onk-lungcancer-informerad-med-maka", "s_onk_lund", "Läkaranteckning", "Rebecka Holm",
  "2024-03-12 09:30", 60, "öppenvård", "1949-06-21", "335", [
    ("Aktuellt", """
Nybesök onkologen efter MDK 5/3. Pat kommer med maka. Hosta sedan december, en episod med blodtinktion i sputum i januari. Gått ner 3 kg.
"""),
    ("Tidigare sjukdomar", """
Hypertoni, förmaksflimmer, lätt njursvikt. Prostatacancer 2015, strålbehandlad, PSA omätbart.
"""),
    ("Socialt", """
Bor med maka i lägenhet i Lund. Pensionerad lantbrukare. Rökt 50 paketår, slutade 2010. Tre barn, alla i Skåne.
"""),
    ("Läkemedel", """
Eliquis 5 mg x 2, Candesartan 8 mg, Bisoprolol 5 mg.
"""),
    ("Status", """
AT: gott, ECOG 1.
Cor: oregelbunden rytm, frekvens 80, inga blåsljud.
Pulm: lätt nedsatta andningsljud vä ovanför, inga biljud.
Lgl: en 1 cm körtel vä supraklavikulärt, oöm.
"""),
    ("PAD", """
EBUS-biopsi station 4L: småcellig lungcancer.
"""),
    ("Lab", """
Hb 128, LPK 8,9, TPK 310, krea 102 (eGFR 58), Na 132, Ca 2,41, ALP 3,1, LD 420, NSE förhöjt.
"""),
    ("Röntgen", """
PET-DT 1/3: primärtumör vä hilus 4 cm med mediastinala lymfkörtlar, två levermetastaser och en skelettmetastas i L3. MR hjärna utan metastaser.
"""),
    ("Bedömning", """
Småcellig lungcancer, utbredd sjukdom (lever- och skelettmetastaser på PET-DT). Palliativ cytostatika karboplatin-etoposid med atezolizumab, start nästa vecka. Profylaktisk hjärnbestrålning diskuteras efter 4 kurer.
"""),
    ("Information", """
Pat och maka informerade av undertecknad om diagnosen småcellig lungcancer, att sjukdomen är spridd och att behandlingen syftar till att bromsa och lindra. Frågor om prognos besvarade. Kontaktsjuksköterska Eva närvarade, Min vårdplan utlämnad.
"""),
    ("Planering", """
Kurs 1 startar 19/3. Blodprover dagen före. Strålonkolog bedömer ev. palliativ strålning mot skelettmetastasen i L3 om smärta. Åter läkare efter kurs 2.
Antiemetika förskrivet.
"""),
  ], must_not=["NL101"], why="Cancer diagnosis given to patient and wife: no uncommunicated diagnosis.")

C("nl101-not-uro-prostatacancer-vill-sjalv-beratta-for-barnen", "v_uro_skas", "Mottagningsanteckning", "Jonas Ekberg",
  "2024-04-09 13:20", 45, "öppenvård", "1953-02-07", "139", [
    ("Kontaktorsak", """
Besked efter prostatabiopsier. Pat kommer ensam.
"""),
    ("Anamnes", """
71-årig man, PSA 7,1 vid kontroll hos VC, stigit från 4,2 för två år sedan. Inga miktionsbesvär. Opererad för ljumskbråck bilat. Hypertoni och hyperlipidemi.
MR prostata i januari visade en PI-RADS 3-förändring i hö transitionszon. Inga skelettsmärtor, ingen viktnedgång. Ingen ärftlighet för prostatacancer.
"""),
    ("Läkemedel", """
Enalapril 10 mg, Atorvastatin 20 mg.
"""),
    ("Socialt", """
Gift, tre vuxna barn. Pensionerad polis. Cyklar och paddlar kajak sommartid.
"""),
    ("Status", """
PR: prostata ca 35 ml, slät, elastisk, ingen knöl.
"""),
    ("PAD", """
Systematiska och riktade biopsier: adenocarcinom i 2 av 14, Gleason 3+3=6 (ISUP 1), max 3 mm.
"""),
    ("Bedömning", """
Lågrisk prostatacancer, cT1c. Aktiv monitorering rekommenderas enligt nationellt vårdprogram med PSA var 6:e mån och ny MR om ett år.
"""),
    ("Information", """
Pat informerad om diagnosen lågrisk prostatacancer och om vad aktiv monitorering innebär. Han har förstått att behandling kan bli aktuell om sjukdomen förändras. Han vill själv berätta för sina barn och har bett oss att inte ringa dem.
"""),
    ("Planering", """
PSA om 6 mån på VC med svar till oss. Skriftlig information om aktiv monitorering medgiven.
"""),
  ], must_not=["NL101"], why="Patient informed; only his children not told, by his own wish.")

C("nl101-not-neuro-parkinson-meddelad-idag", "v_neuro_su", "Läkaranteckning", "Sofia Lindqvist",
  "2024-06-11 10:45", 30, "öppenvård", "1956-08-19", "451", [
    ("Aktuellt", """
Återbesök efter DaTSCAN. Pat har sedan ett år märkt att hö hand skakar i vila och att handstilen blivit mindre. Frun har märkt att han tappat mimik.
Luktsinnet har försämrats sedan flera år. Förstoppning. Inga fall, inga hallucinationer. Hustrun har märkt att han pratar i sömnen.
"""),
    ("Tidigare sjukdomar", """
Depression 2010, behandlad. Hypertoni. Sömnapné, CPAP.
"""),
    ("Socialt", """
Gift, arbetar deltid som revisor. Kör bil. Hustrun arbetar som sjuksköterska.
"""),
    ("Läkemedel", """
Losartan 50 mg. Inga psykofarmaka sedan 2012.
"""),
    ("Status", """
Neuro: vilotremor hö hand, kugghjulsrigiditet hö arm, bradykinesi vid fingertapping hö > vä. Minskad armpendling hö. Posturala reflexer bevarade. MoCA 28/30.
"""),
    ("Utredning", """
DaTSCAN: asymmetriskt nedsatt upptag i putamen, tydligast vä. MR hjärna ua för åldern.
"""),
    ("Bedömning", """
Parkinssons sjukdom, tidigt stadium (Hoehn & Yahr 1). Start av levodopa/benserazid 50/12,5 mg x 3 med långsam upptitrering. Remiss fysioterapeut och Parkinsonsjuksköterska.
"""),
    ("Information", """
Diagnosen meddelad pat idag med frun närvarande. Han tog det med fattning, hade själv misstänkt det. Vi gick igenom sjukdomens förlopp och behandlingsmöjligheter. Skriftlig information från Parkinsonförbundet.
"""),
    ("Planering", """
Återbesök 3 mån för effektutvärdering. Parkinsonsjuksköterskan ringer om 2 veckor angående biverkningar. Körkort: inga hinder i nuläget.
"""),
  ], must_not=["NL101"], why="Typo 'Parkinssons'; the diagnosis was told to the patient today.")

C("nl101-not-ger-demens-hemtjanst-ej-informerad", "s_ger_trb", "Mottagningsanteckning", "Ingrid Falk",
  "2024-05-16 13:40", 70, "öppenvård", "1936-01-29", "213", [
    ("Kontaktorsak", """
Återbesök efter avslutad basal demensutredning. Sonen medföljer.
"""),
    ("Anamnes", """
88-årig man, änkling. Bor kvar i radhus. Glömmer att äta, hemtjänst 3 ggr/dag sedan januari. Inga hallucinationer. Stabil gång, inga fall.
Sonen har märkt att räkningar blivit obetalda och att pat frågar samma saker flera gånger. Pat själv menar att han klarar sig bra.
"""),
    ("Tidigare sjukdomar", """
Hjärtinfarkt 2005, CABG. Typ 2-diabetes. Hörselnedsättning, hörapparater bilat. TIA 2019.
"""),
    ("Läkemedel", """
Trombyl 75 mg, Atorvastatin 40 mg, Metoprolol 50 mg, Metformin 500 mg x 2.
"""),
    ("Status", """
MMSE 20/30. Klocktest patologiskt. Neuro: inga fokala bortfall.
Cor: RR 64, inga blåsljud.
"""),
    ("Utredning", """
DT hjärna: uttalade vitsubstansförändringar, flera lakunära infarkter i basala ganglierna, måttlig central atrofi. Blodprover ua.
"""),
    ("Bedömning", """
Vaskulär demens av subkortikal typ, måttlig grad. Kolinesterashämmare ej indicerat. Fortsatt sekundärprevention. Ansökan om boendestöd via biståndshandläggare.
"""),
    ("Information", """
Pat och son informerade om diagnosen vaskulär demens och vad den innebär för vardagen. Pat förstod och ville att sonen skulle vara kontaktperson. Hemtjänsten är ännu inte informerad, pat vill vänta med det tills han själv hunnit prata med personalen.
"""),
    ("Planering", """
Återbesök 6 mån. Läkemedelsgenomgång på VC. Sonen kontaktperson för mottagningen.
"""),
  ], must_not=["NL101"], why="Patient and son informed; only home care (another caregiver) not yet.")

C("nl101-not-barn-celiaki-skolan-ej-informerad", "v_barn_nal", "Läkaranteckning", "Linnea Berg",
  "2024-02-22 11:10", None, "öppenvård", "2017-11-04", "402", [
    ("Aktuellt", """
6-årig flicka, återbesök efter gastroskopi. Remitterad pga buksmärtor, lös avföring och avplanande längdkurva. Mamma och pappa med.
Gastroskopi i narkos 13/2 utan komplikationer. Flickan har mått bra sedan dess och äter som vanligt.
"""),
    ("Tidigare sjukdomar", """
Typ 1-diabetes sedan 2022, följs på diabetesmottagningen, HbA1c 52. Atopiskt eksem i småbarnsåren.
"""),
    ("Socialt", """
Bor med båda föräldrarna och en lillebror i Vänersborg. Går i förskoleklass. Dansar en gång i veckan.
"""),
    ("Läkemedel", """
Insulin via pump (Omnipod), Libre. Locobase vb.
"""),
    ("Status", """
Vikt 19 kg (–1 SD), längd 113 cm (–1,5 SD, har korsat en kurva nedåt).
Buk: lätt uppblåst, mjuk, oöm.
Hud: ua.
"""),
    ("Lab", """
Transglutaminas-IgA 180 U/ml (> 10 x övre ref). EMA positiv. Total-IgA normalt.
"""),
    ("PAD", """
Duodenalbiopsier: totalt villusbortfall, kryptahyperplasi, intraepiteliala lymfocyter (Marsh 3c).
"""),
    ("Bedömning", """
Celiaki, biopsiverifierad, hos flicka med typ 1-diabetes. Strikt glutenfri kost livslångt. Dietistkontakt, kontroll transglutaminas om 6 och 12 mån.
"""),
    ("Information", """
Båda föräldrarna och flickan informerade om celiakidiagnosen och om glutenfri kost. Skolan och fritidshemmet är inte informerade ännu; föräldrarna sköter den kontakten och intyg om specialkost skrivs idag.
"""),
    ("Planering", """
Dietist bokad 29/2. Kontroll transglutaminas om 6 mån. Diabetesmottagningen informeras via kopia.
"""),
  ], must_not=["NL101"], why="Unsigned draft. Child 6 y: parents informed of coeliac disease; only the school not yet.")

C("nl101-not-gyn-endometriecancer-remittent-ej-informerad", "s_kvk_lund", "Läkaranteckning", "Eva Bergdahl",
  "2024-09-24 14:15", 55, "öppenvård", "1957-04-13", "686", [
    ("Anamnes", """
67-årig kvinna med postmenopausal blödning sedan 6 veckor. Remiss från VC Hörby. Menopaus vid 53. Inga hormonpreparat. Nullipara.
Blödningen är sparsam men återkommande. Ingen buksmärta, ingen viktnedgång. Senaste cellprov 2021 normalt.
"""),
    ("Tidigare sjukdomar", """
Typ 2-diabetes, BMI 36. Hypertoni. Sömnapné. Knäledsartros bilat.
"""),
    ("Socialt", """
Bor med man i Hörby, pensionerad undersköterska. Går i vattengympa. Röker ej.
"""),
    ("Läkemedel", """
Metformin, Ozempic 1 mg/v, Amlodipin 10 mg, Losartan 100 mg.
"""),
    ("Status", """
Gyn: portio ua, sparsam blödning från cervikalkanalen.
VUL: endometrium 16 mm, oregelbundet. Ovarier ej förstorade, ingen fri vätska.
"""),
    ("PAD", """
Endometriebiopsi: endometrioid adenocarcinom grad 1, MMR-proteiner bevarade, p53 vildtyp.
"""),
    ("Röntgen", """
MR lilla bäckenet: tumör med < 50 % myometrieinvasion, ingen cervixengagemang. DT thorax-buk utan spridning.
"""),
    ("Bedömning", """
Endometriecancer, endometrioid grad 1, stadium IA (preliminärt), låg risk. Laparoskopisk hysterektomi med bilateral salpingooforektomi planeras i Lund.
"""),
    ("Information", """
Pat informerad om att det är livmodercancer i tidigt stadium och om operationen. Hon var lättad över att sjukdomen inte spridits. Remitterande vårdcentral är ej informerad ännu, kopia av anteckningen skickas idag.
"""),
    ("Planering", """
Operation planeras i Lund v 41. Anestesibedömning pga sömnapné och BMI. Kontaktsjuksköterska Helena.
"""),
  ], must_not=["NL101"], why="Patient informed; it is the referring primary care unit that is not informed yet.")

C("nl101-not-vgr-tidiga-hypoteser-pankreas-ej-informerad", "v_med_nu", "Läkaranteckning", "Rasmus Nyqvist",
  "2024-01-17 15:30", 40, "slutenvård", "1950-10-01", "573", [
    ("Aktuellt", """
Inlagd pga viktnedgång 8 kg på 3 mån, illamående och nyupptäckt hyperglykemi (P-glukos 19). Tidigare välinställd med kost.
Aptiten har minskat, äter halva portioner. Ingen buksmärta av betydelse, lätt obehag efter måltid. Avföringen normal. Ingen klåda. Hustrun har märkt att han är tröttare och sover middag varje dag.
"""),
    ("Tidigare sjukdomar", """
Typ 2-diabetes sedan 2019, kostbehandlad. Hypertoni. Hörselnedsättning.
"""),
    ("Socialt", """
Bor med hustrun i Uddevalla. Pensionerad sjökapten. Två söner.
"""),
    ("Läkemedel", """
Ramipril 5 mg. Nu insatt Insulatard 10 E kvällstid.
"""),
    ("Status", """
AT: gott, tunn.
Buk: mjuk, lätt öm i epigastriet, ingen resistens.
Hud: ingen ikterus.
Cor/pulm: ua.
"""),
    ("Lab", """
HbA1c 88, CRP 12, ALP 2,8, bilirubin 14, lipas 45. CA 19-9 skickat.
"""),
    ("Bedömning", """
Försämrad glukoskontroll och viktnedgång, vidare utredning med DT buk pankreasprotokoll imorgon. Insulin startat, diabetessjuksköterska kontaktad.
"""),
    ("Information", """
Pat och hustru informerade om att vi behöver undersöka bukspottkörteln med DT för att hitta orsaken till blodsockerstegringen och viktnedgången.
"""),
    ("Tidiga hypoteser", """
Misstänkt pankreascancer: debut av diabetesförsämring med viktnedgång hos 73-åring, ultraljud på akuten gav osäker hypoekogen förändring i pankreaskroppen. Pat ej informerad om misstanken ännu, vi inväntar DT.
"""),
    ("Planering", """
DT buk imorgon. Dietist. Åter till avdelningsrond efter svar.
"""),
  ], must_not=["NL101"], why="VGR: the uncommunicated suspicion and 'ej informerad' are under sökord Tidiga hypoteser (protected).")

C("nl101-not-skane-mall-tidiga-hypoteser-huntington", "s_neuro_lund", "Tidiga hypoteser", "Hanna Roos",
  "2024-04-25 16:20", 15, "öppenvård", "1981-07-07", "397", [
    ("Anamnes", """
43-årig man, utreds för ofrivilliga rörelser i ansikte och händer sedan ett år, ökad irritabilitet och koncentrationssvårigheter på arbetet. Far avled 58 år på vårdhem, oklar neurologisk sjukdom enl pat, adopterad mor.
Sambon beskriver att han blivit mer lättretlig och har svårt att planera. Han själv tycker att rörelserna är ett nervöst tics. Inga hallucinationer. Sömnen är orolig. Inga kända läkemedel som kan ge dyskinesier.
"""),
    ("Tidigare sjukdomar", """
Depression 2021, behandlad med sertralin. Ljumskbråck op 2010. Inga regelbundna mediciner idag.
"""),
    ("Socialt", """
Sambo, en son 12 år. Arbetar som lagerchef men har fått varning för misstag senaste halvåret. Kör bil.
"""),
    ("Status", """
Neuro: koreatiska rörelser i ansiktet och fingrarna, motorisk impersistens vid tungprotrusion. Sackader långsamma. Gång något danslik.
MoCA 24/30 med nedsatt exekutiv funktion.
"""),
    ("Lab", """
Blodstatus, elektrolyter, TSH, B12, leverprover och koppar normala. CK normalt.
"""),
    ("Bedömning", """
Kliniken inger stark misstanke om Huntingtons sjukdom. Prediktiv/diagnostisk gentest kräver genetisk vägledning först enligt rutin. Pat ej informerad om misstanken, informeras först efter kontakt med klinisk genetik. Syster 39 år kan beröras.
"""),
    ("Planering", """
Remiss klinisk genetik Lund. Återbesök 4 v.
"""),
  ], must_not=["NL101"], why="Skåne: whole note in template Tidiga hypoteser (protected), so the 'not informed' hypothesis is not visible.")

C("nl101-not-vgr-tidiga-hypoteser-ftd-make-informerad", "v_ger_fss", "Läkaranteckning", "Birgitta Holmén",
  "2024-08-08 09:20", 100, "öppenvård", "1958-12-13", "084", [
    ("Kontaktorsak", """
Remiss från VC: personlighetsförändring och försämrad arbetsförmåga hos 65-årig kvinna, tidigare ekonomichef.
"""),
    ("Anamnes", """
Maken beskriver ökad impulsivitet, köper onödiga saker, äter sötsaker i stora mängder och har blivit socialt taktlös. Pat själv upplever inga problem. Inga minnesproblem i vardagen enl maken.
Har slutat intressera sig för barnbarnen, vilket är helt nytt. Har kört för fort och fått två fortkörningsböter. Sover bra. Ingen depression enligt maken, inga suicidtankar. Äter upp hela kakburkar.
"""),
    ("Tidigare sjukdomar", """
Hypotyreos. Migrän. Fraktur hö handled 2017.
"""),
    ("Läkemedel", """
Levaxin 50 mikrog, Sumatriptan vb.
"""),
    ("Socialt", """
Gift, två vuxna barn. Sjukskriven från arbetet sedan november efter konflikter på arbetsplatsen. Har gjort stora köp på nätet, maken har tagit över ekonomin.
"""),
    ("Status", """
MMSE 28/30. FAB 12/18. Neuro: inga fokala bortfall, primitiva reflexer (palmomentalreflex) bilat.
Cor/pulm: ua.
Gång och balans ua. BT 134/82, puls 70. Hörsel och syn adekvata för samtal.
"""),
    ("Bedömning", """
Beteendeförändring med exekutiv dysfunktion, utredning fortsätter med MR, likvor och neuropsykologisk testning.
"""),
    ("Tidiga hypoteser", """
Misstänkt frontotemporal demens, beteendevariant. Pat ej informerad, saknar sjukdomsinsikt och blir upprörd när minnet diskuteras. Maken informerad om att vi överväger en demenssjukdom.
"""),
    ("Planering", """
MR hjärna, LP, neuropsykolog. Åter 6 v.
"""),
  ], must_not=["NL101"], why="VGR: hypothesis and non-information only under sökord Tidiga hypoteser.")

C("nl101-not-skane-mall-tidiga-hypoteser-lungtumor", "s_lung_lund", "Tidiga hypoteser", "Mikaela Dahl",
  "2024-11-20 12:30", 20, "öppenvård", "1962-03-19", "640", [
    ("Aktuellt", """
DT thorax gjord pga långdragen hosta efter covid. Visar 2,8 cm spikulerad förändring i vä underlob och en förstorad hiluskörtel vä.
"""),
    ("Tidigare sjukdomar", """
Rökare 35 paketår. KOL GOLD 1. Hypertoni. Psoriasisartrit.
Psoriasisartrit behandlas med metotrexat sedan 2018 via reumatologen. Ingen tidigare lungsjukdom utöver KOL.
"""),
    ("Anamnes", """
62-årig kvinna, hosta i 3 mån efter covid i augusti. Ingen hemoptys, ingen viktnedgång. Lätt trött. Ingen feber.
Arbetar som undersköterska på ett äldreboende. Gift, två vuxna barn. Röker fortfarande 10 cigaretter per dag.
"""),
    ("Läkemedel", """
Anoro Ellipta x 1, Amlodipin 5 mg, Metotrexat 15 mg/v, Folacin.
"""),
    ("Status", """
AT: gott. Sat 96 %.
Pulm: förlängt exspirium, inga rassel.
Lgl: inga palpabla supraklavikulärt.
Cor: regelbunden, 72/min.
"""),
    ("Bedömning", """
Fynden är misstänkta för lungcancer men kan även vara inflammatoriska med tanke på nyligen genomgången infektion. PET-DT och bronkoskopi/EBUS bokas. Pat ej informerad om cancermisstanken; hon har bara fått veta att en förändring ska kontrolleras och är mycket orolig sedan tidigare.
"""),
    ("Planering", """
PET-DT v 48, EBUS v 49. Spirometri.
Återbesök hos undertecknad efter EBUS, med make om hon önskar. Rökavvänjning erbjuden, hon funderar. Kontaktsjuksköterska Lotta tilldelad.
"""),
  ], must_not=["NL101"], why="Skåne: template Tidiga hypoteser hides the uncommunicated lung cancer suspicion.")

C("nl101-not-gyn-benign-pad-ej-informerad-om-svar", "v_kvk_kung", "Läkaranteckning", "Ulrika Forsberg",
  "2024-10-15 11:50", 30, "öppenvård", "1976-08-02", "582", [
    ("Aktuellt", """
Provtagning och ultraljud idag, 48-årig kvinna med blödningsrubbning och myom. Hysteroskopisk polypresektion 1/10.
"""),
    ("Anamnes", """
Rikliga och oregelbundna menstruationer sedan 2 år, ibland mellanblödningar. Hysteroskopi visade en 2 cm polyp som togs bort 1/10; pat fick veta om polypen direkt efter ingreppet. Inga smärtor efteråt.
Ingen postkoital blödning. Cellprov 2023 normalt. Vill helst slippa hormoner men är trött på blödningarna.
"""),
    ("Tidigare sjukdomar", """
Myom, känt sedan 2015. Järnbristanemi, peroral behandling. Astma, Symbicort. Hypertoni sedan 2022.
"""),
    ("Socialt", """
Gift, tre barn. Arbetar som sjuksköterska inom hemsjukvården.
"""),
    ("Läkemedel", """
Symbicort 160/4,5 x 2, Duroferon, Enalapril 5 mg.
"""),
    ("Status", """
Gyn: portio ua. VUL: uterus förstorad med två intramurala myom 3 och 4 cm, oförändrade. Endometrium 5 mm efter resektion.
Buk: mjuk, oöm, uterus palpabel strax ovan symfysen. Adnexa utan resistens.
"""),
    ("Lab", """
Hb 124 (102 i augusti). Ferritin 18.
"""),
    ("PAD", """
Endometriepolyp utan atypi. Ingen hyperplasi, ingen malignitet.
"""),
    ("Bedömning", """
Godartad polyp, blödningsmönstret förväntas förbättras. Myomen behandlas konservativt. Hormonspiral erbjuds, pat funderar.
"""),
    ("Information", """
Pat ej informerad om PAD-svaret ännu, hon gick innan det kom in. Brev med svaret skickas, alternativt 1177-meddelande enl hennes önskan.
"""),
    ("Planering", """
Hormonspiral kan sättas in vid nästa besök om hon önskar. Hb-kontroll om 3 mån.
"""),
  ], must_not=["NL101"], why="What is not yet told is a benign PAD (no malignancy); no uncommunicated diagnosis.")

C("nl101-not-neuro-normal-mr-ej-informerad", "s_neuro_lund", "Läkaranteckning", "Viktor Sand",
  "2024-02-05 15:45", 25, "öppenvård", "1990-05-14", "826", [
    ("Aktuellt", """
33-årig kvinna med stickningar i hö arm och ansikte i episoder, 5–10 minuter, 4 gånger senaste månaden. Efterföljande pulserande huvudvärk vid två tillfällen. Gjorde MR hjärna förra veckan.
Ingen svaghet, inga talsvårigheter, inga synbortfall utöver hennes vanliga flimmer. Sover bra. Ingen stress utöver det vanliga.
"""),
    ("Tidigare sjukdomar", """
Migrän med aura sedan tonåren, typiskt visuell aura. Ingen annan sjukdom.
"""),
    ("Läkemedel", """
Rizatriptan vid migränanfall. Kombinerade p-piller utsatta av VC i januari pga aura.
"""),
    ("Socialt", """
Bor med partner i Lund, arbetar som arkitekt. Röker ej. Motionerar regelbundet.
"""),
    ("Status", """
Neuro: kranialnerver ua, kraft och sensibilitet symmetrisk, reflexer lika, finmotorik ua, Romberg ua.
Cor: RR, inga bl. BT 118/72.
"""),
    ("Röntgen", """
MR hjärna med kontrast: normala förhållanden, inga vitsubstansförändringar, inga tecken på ischemi eller expansivitet.
"""),
    ("Bedömning", """
Episoderna bedöms som migränaura med sensoriska symtom, i linje med känd migrän. Normalt MR. Ingen ytterligare utredning.
"""),
    ("Information", """
Vid besöket förklarades att episoderna passar med hennes kända migränaura. Pat ej informerad om MR-svaret ännu; hon hade inte tid att vänta idag. Undertecknad ringer henne i morgon eftermiddag.
"""),
    ("Planering", """
Pat kan fortsätta med rizatriptan. Migränprofylax diskuteras om attackerna blir fler. Ingen uppföljning planerad på neurologen.
"""),
  ], must_not=["NL101"], why="Not yet informed of a normal MR; the only diagnosis (migraine) is long known to her.")

C("nl101-not-onk-forra-besoket-ej-idag-informerad", "v_onk_su", "Läkaranteckning", "Karin Elf",
  "2024-03-19 09:00", 45, "öppenvård", "1968-09-27", "323", [
    ("Aktuellt", """
Återbesök. Vid förra besöket 12/3 var pat ännu ej informerad om PAD från levern; idag informerad av undertecknad med hustrun närvarande.
"""),
    ("Anamnes", """
55-årig man, operation för rektalcancer 2022 (låg främre resektion), adjuvant cytostatika avslutad 2023. Vid uppföljande DT i februari ny förändring i levern segment IV, biopsi 7/3.
Ingen buksmärta. God aptit, vikten stabil.
"""),
    ("Tidigare sjukdomar", """
Ulcerös kolit sedan 1995. Primär skleroserande kolangit. Hypertoni.
"""),
    ("Läkemedel", """
Asacol 2,4 g, Ursofalk, Losartan 50 mg.
"""),
    ("Socialt", """
Gift, tre barn 14–20 år. Arbetar som gymnasielärare, nu sjukskriven 50 %.
"""),
    ("Status", """
AT: gott, ECOG 0.
Buk: ärr ua, mjuk, oöm, ingen hepatomegali. Stomi tillbakalagd.
Lgl: inga palpabla inguinalt eller på halsen. Port-a-cath-läge diskuterat.
"""),
    ("PAD", """
Leverbiopsi: metastas av adenocarcinom, förenligt med kolorektalt ursprung, RAS vildtyp, BRAF vildtyp, MSS.
"""),
    ("Bedömning", """
Solitär levermetastas från rektalcancer, potentiellt resektabel. Förbehandling FOLFOX + panitumumab, därefter leverresektion enl HPB-konferens.
"""),
    ("Information", """
Patienten och hustrun har nu fått beskedet om levermetastasen och behandlingsplanen; han ställde många frågor och fick skriftlig information. Kontaktsjuksköterska följer upp per telefon på fredag.
"""),
    ("Planering", """
FOLFOX + panitumumab start 26/3 via port-a-cath. DT utvärdering efter 4 kurer. HPB-kirurg ser pat efter utvärderingen.
"""),
  ], must_not=["NL101"], why="Past 'not informed' superseded: the patient was informed today.")

C("nl101-not-psyk-bipolar-genomgatt-psykoedukation", "s_psyk_lund", "Läkaranteckning", "Tobias Wernersson",
  "2024-09-10 10:00", 50, "öppenvård", "1987-11-30", "244", [
    ("Aktuellt", """
Uppföljning efter utskrivning från psykiatrisk avdelning 20/8, där pat vårdades 3 veckor för ett maniskt skov med psykotiska inslag. Nu stämningsläget stabilt, sover 7 timmar.
Har återupptagit promenader och träffar vänner. Sambon bekräftar att hon är sig lik. Ingen alkohol sedan utskrivningen. Tar litium regelbundet enligt dosett.
"""),
    ("Tidigare", """
Två depressiva episoder, 2015 och 2021, behandlade med sertralin. Hypotyreos. Ingen missbruksproblematik, AUDIT 3.
"""),
    ("Socialt", """
Bor med sambo, en dotter 5 år. Arbetar som sjuksköterska, sjukskriven 100 % till 30/9.
"""),
    ("Läkemedel", """
Litium (Lithionit) 42 mg x 2, S-litium 0,7. Levaxin 75 mikrog. Sertralin utsatt.
"""),
    ("Psykiskt status", """
Vaken, klar, orienterad. Adekvat kontakt, normalt talflöde. Stämningsläge neutralt, affekt adekvat. Inga psykotiska symtom. Förnekar suicidtankar. God insikt.
"""),
    ("Bedömning", """
Bipolär sjukdom typ I, nu i remission efter manisk episod. Fortsatt litium, kontroll njur- och tyreoideafunktion var 3:e mån.
"""),
    ("Information", """
Diagnosen har genomgåtts med pat och sambon. Psykoedukation i grupp om bipolär sjukdom planerad i oktober. Pat vet vilka tidiga tecken på skov hon ska vara uppmärksam på.
"""),
    ("Planering", """
S-litium, krea, TSH, Ca om 1 månad. Återbesök läkare 6 veckor. Gradvis återgång i arbete från oktober, samordnare kontaktas.
"""),
  ], must_not=["NL101"], why="Bipolar disorder gone through with the patient.")

C("nl101-not-reuma-ra-arbetsgivaren-ej-informerad", "v_reuma_mol", "Läkaranteckning", "Annika Sjöberg",
  "2024-01-25 14:50", 40, "öppenvård", "1983-05-20", "227", [
    ("Aktuellt", """
40-årig man med svullna och stela fingerleder och handleder sedan 10 veckor, morgonstelhet 2 timmar. Remiss från VC.
Har svårt att hålla verktyg och knäppa knappar på morgonen.
"""),
    ("Tidigare sjukdomar", """
Frisk. Rökte 10 år, slutade 2015. Tendinit hö axel 2020.
"""),
    ("Socialt", """
Snickare, egen firma med två anställda. Gift, två barn.
"""),
    ("Läkemedel", """
Naproxen 500 mg x 2 från VC, Omeprazol 20 mg.
"""),
    ("Status", """
Leder: synoviter MCP 2–3 bilat, PIP 3 hö, båda handlederna. 28-ledsindex: 8 svullna, 10 ömma. Fötter: kompressionsömhet MTP bilat.
Hud: ingen psoriasis. Lungor: ua.
"""),
    ("Lab", """
RF 120, anti-CCP > 300, SR 38, CRP 22. Hb 131. Leverprover och krea ua. Hepatitserologi negativ.
"""),
    ("Röntgen", """
Händer och fötter: periartikulär osteopeni, inga erosioner.
"""),
    ("Bedömning", """
Seropositiv reumatoid artrit, hög sjukdomsaktivitet (DAS28-CRP 5,6). Metotrexat 15 mg/v med upptrappning, Folacin, Prednisolon 10 mg nedtrappning över 8 veckor.
"""),
    ("Information", """
Pat informerad om diagnosen RA, behandlingens mål och biverkningar. Arbetsgivarfrågan: han har inte informerat sin försäkring eller kund, och vill själv avgöra vad han berättar; sjukskrivning ej aktuell.
"""),
    ("Planering", """
Blodprover var 2:a vecka första 2 månaderna. Åter sjuksköterska om 4 veckor, läkare om 3 mån. Lungröntgen före metotrexat: ua.
"""),
  ], must_not=["NL101"], why="RA explained to patient; the not-informed parties are third parties, by his choice.")

C("nl101-not-bup-adhd-atergivning-vardnadshavare", "s_bup_mal", "Läkaranteckning", "Åsa Nordin",
  "2024-05-29 13:00", 90, "öppenvård", "2014-02-17", "193", [
    ("Kontaktorsak", """
Återgivningssamtal efter neuropsykiatrisk utredning. Pojken 10 år kommer med mamma och pappa.
"""),
    ("Bakgrund", """
Remitterad från elevhälsan pga koncentrationssvårigheter, impulsivitet och konflikter på rasterna sedan lågstadiet. Sömnsvårigheter. Inga tidigare kontakter med BUP. Född v 37, normal tidig utveckling. Astma, Airomir vb.
Har vänner men hamnar ofta i bråk på fotbollsträningen.
"""),
    ("Hereditet", """
Pappa har fått diagnosen ADHD i vuxen ålder. Farbror dyslexi.
"""),
    ("Utredning", """
WISC-V: helskale-IK 104, arbetsminne och processhastighet signifikant lägre. Skattningsskalor (SNAP-IV) från hem och skola över cut-off för både ouppmärksamhet och hyperaktivitet/impulsivitet. Observation i klassrummet bekräftar. Ingen autism enl ADOS-2.
"""),
    ("Status", """
Pigg, pratsam pojke, svårt att sitta still under samtalet, avbryter ofta. Somatiskt status ua. Längd och vikt följer kurvan, BT 104/62, puls 82.
"""),
    ("Bedömning", """
ADHD, kombinerad form (F90.0). Läkemedelsbehandling med centralstimulantia erbjuds efter föräldrautbildning. Anpassningar i skolan rekommenderas.
"""),
    ("Information", """
Återgivning av utredningen till pojken och båda vårdnadshavarna: diagnosen ADHD förklarades, med anpassat språk för pojken. Föräldrarna fick skriftligt utlåtande. Skolan får utlåtandet efter föräldrarnas samtycke.
"""),
    ("Planering", """
Föräldrautbildning (Komet) startar i september. Återbesök läkare om 2 mån för ställningstagande till läkemedel. Kopia av utlåtande till elevhälsan efter samtycke.
"""),
  ], must_not=["NL101"], why="Child 10 y (BUP, Skåne): ADHD given to child and both guardians.")

C("nl101-not-kard-formaksflimmer-noak-info", "v_kard_ostra", "Läkaranteckning", "Gustav Helin",
  "2024-07-08 10:20", 35, "öppenvård", "1955-03-03", "577", [
    ("Remissorsak", """
Hjärtklappning i episoder sedan våren, remiss från VC med Holter som visat paroxysmalt förmaksflimmer.
"""),
    ("Anamnes", """
69-årig man. Attackerna varar några timmar, gått över spontant. Lätt andfådd under attack. Ingen synkope. Tidigare hypertoni, välbehandlad. Typ 2-diabetes på tabletter. Dricker 2–3 öl/helg.
Ingen hjärtsvikt, ingen tidigare stroke.
"""),
    ("Socialt", """
Gift, pensionerad brandman. Seglar på sommaren. Röker inte.
"""),
    ("Läkemedel", """
Amlodipin 5 mg, Metformin 1 g x 2.
"""),
    ("Status", """
AT: opåverkad. BT 138/84.
Cor: regelbunden rytm idag, 68/min, inga blåsljud.
Pulm: ua. Ben: inga ödem.
"""),
    ("Undersökningar", """
EKG idag: sinusrytm, normala intervall. Holter: 3 episoder förmaksflimmer, längsta 5 h. UKG: normal vänsterkammarfunktion, lätt förstorat vä förmak.
"""),
    ("Bedömning", """
Paroxysmalt förmaksflimmer, CHA2DS2-VASc 3 (ålder, hypertoni, diabetes). Antikoagulantia indicerat. Bisoprolol 2,5 mg som frekvenskontroll. Ablation kan diskuteras vid täta besvär.
"""),
    ("Information", """
Informerad om diagnosen förmaksflimmer, om strokerisken och om behandling med NOAK (apixaban 5 mg x 2). Blödningsrisk och vad han ska göra vid blödning genomgånget. Han är positiv till behandling.
"""),
    ("Planering", """
Apixaban 5 mg x 2 och Bisoprolol 2,5 mg förskrivna. Krea och Hb om 3 mån på VC. Återbesök kardiolog om 6 mån, ablation diskuteras då.
"""),
  ], must_not=["NL101"], why="Atrial fibrillation explained to patient together with anticoagulation.")

C("nl101-not-inf-neuroborrelios-informerad", "s_inf_mal", "Läkaranteckning", "Johan Frisk",
  "2024-08-20 15:35", 40, "slutenvård", "1972-06-30", "839", [
    ("Aktuellt", """
52-årig man inlagd för hö-sidig facialispares sedan 3 dagar och nattlig värk i ryggen. Fästingbett i juni i Österlen, hade en rodnad på låret som han inte sökte för.
Smärtan strålar ut i hö sida av bröstkorgen och är värst på natten. Ingen huvudvärk av betydelse. Ingen feber hemma.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Astma i ungdomen. Appendektomi 1990.
"""),
    ("Socialt", """
Gift, arbetar som skogsarbetare. Har sommarhus på Österlen.
"""),
    ("Läkemedel", """
Candesartan 8 mg x 1.
"""),
    ("Status", """
AT: opåverkad, afebril.
Neuro: perifer facialispares hö (pannan engagerad), House-Brackmann III. Övriga kranialnerver ua. Ingen nackstyvhet. Kraft och sensibilitet i extremiteter ua.
Hud: inga utslag idag.
"""),
    ("Lab", """
Likvor: mononukleära celler 120, protein 0,9. Borrelia-antikroppar i likvor med intratekal produktion (index 8). CXCL13 förhöjt. Serum borrelia-IgG positiv.
"""),
    ("Bedömning", """
Neuroborrelios med facialispares och radikulit. Doxycyklin 200 mg x 1 i 14 dagar, kan skrivas ut. Ögonskydd på natten.
"""),
    ("Information", """
Pat informerad om diagnosen neuroborrelios, om god prognos för facialispares och om att tröttheten kan dröja några månader. Frågade om smitta till familjen, besvarat (ej smittsam).
"""),
    ("Planering", """
Utskrivning idag. Återbesök infektionsmottagningen om 4 veckor. Kontakt vid försämring av facialispares eller ögonbesvär.
"""),
  ], must_not=["NL101"], why="Neuroborreliosis given to patient.")

C("nl101-not-endo-graves-informerad", "v_endo_sas", "Mottagningsanteckning", "Helena Rask",
  "2024-02-12 09:40", 60, "öppenvård", "1995-09-08", "484", [
    ("Aktuellt", """
28-årig kvinna remitterad pga hjärtklappning, viktnedgång 5 kg, värmeintolerans och darrighet sedan 2 mån. Ögonen känns grusiga.
Sover dåligt, lättirriterad. Mensen har blivit sparsammare.
"""),
    ("Tidigare sjukdomar", """
Vitiligo. Järnbrist efter graviditet 2022. Inga andra sjukdomar.
"""),
    ("Socialt", """
Sambo, en dotter 2 år. Arbetar som undersköterska. Röker inte.
"""),
    ("Läkemedel", """
Propranolol 20 mg x 3 insatt av VC för 2 v sedan.
"""),
    ("Status", """
AT: orolig, svettig.
Hals: diffust förstorad, mjuk tyreoidea, blåsljud över körteln.
Ögon: lätt retraktion av ögonlock, ingen diplopi, CAS 1.
Cor: regelbunden, 96/min. Fin tremor i händerna.
"""),
    ("Lab", """
TSH < 0,01, fritt T4 48, fritt T3 16. TRAK 12 (förhöjt).
"""),
    ("Bedömning", """
Graves sjukdom (Basedow) med lätt tyreoideaassocierad ögonsjukdom. Tiamazol 20 mg x 1 startas, leverprover och LPK vid kontroll. Rökstopp ej aktuellt då icke-rökare.
"""),
    ("Information", """
Informerad om diagnosen Graves sjukdom och behandlingen, inklusive risk för agranulocytos: vid feber eller halsont ska LPK kontrolleras omgående. Skriftlig info om tiamazol given. Informerad om att graviditet bör planeras i samråd med oss.
"""),
    ("Planering", """
TSH, fritt T4, LPK och leverprover om 4 veckor. Ögonmottagning om ögonbesvären tilltar. Återbesök 6 veckor.
"""),
  ], must_not=["NL101"], why="Graves' disease explained to the patient.")

C("nl101-not-hud-basaliom-tidigare-informerad-telefon", "s_hud_lund", "Läkaranteckning", "Anders Brink",
  "2024-06-18 11:15", 30, "öppenvård", "1946-10-11", "756", [
    ("Aktuellt", """
Pat kommer för planerad Mohs-kirurgi av nästippen. Stansbiopsi från nästippen tagen 20/5 pga en sår som inte läkt på 4 mån.
Såret har blött i omgångar och bildat skorpa. Ingen smärta. Pat har själv smort med Fucidin utan effekt.
"""),
    ("Tidigare sjukdomar", """
Aktiniska keratoser i skalpen, behandlade med kryo. Skivepitelcancer in situ (Bowen) vä hand 2021. Kronisk lymfatisk leukemi, stadium A, följs av hematologen utan behandling.
"""),
    ("Socialt", """
Pensionerad fiskare, bor i Simrishamn med hustrun. Mycket utomhusliv genom åren.
"""),
    ("Läkemedel", """
Inga regelbundna. Solskydd rekommenderat.
"""),
    ("Status", """
Hud: 8 mm pärlemorglänsande papel med central ulceration och teleangiektasier på nästippen. Skalpen: 5–6 tunna aktiniska keratoser. Lgl: inga förstorade på halsen.
"""),
    ("PAD", """
Basalcellscancer, infiltrativ växt.
"""),
    ("Bedömning", """
Infiltrativt basaliom på nästippen, högriskområde. Mohs-kirurgi idag med frysta snitt, rekonstruktion med lokal lambå enl plan. Kontroll av hela huden årligen pga KLL och tidigare Bowen.
"""),
    ("Information", """
Pat tidigare informerad per telefon 27/5 av undertecknad om PAD-svaret och behovet av operation. Idag repeterat ingreppets förlopp och risker. Samtycke inhämtat.
"""),
    ("Planering", """
Suturtagning om 7 dagar på VC. Återbesök hudkliniken om 3 mån för kontroll av lambån och aktiniska keratoser.
"""),
  ], must_not=["NL101"], why="Basal cell carcinoma already told by phone; no uncommunicated diagnosis.")

C("nl101-not-onh-otoskleros-op-datum-ej-klart", "v_onh_nal", "Läkaranteckning", "Mattias Hjort",
  "2024-11-05 13:30", 25, "öppenvård", "1986-01-22", "640", [
    ("Aktuellt", """
38-årig kvinna med gradvis tilltagande hörselnedsättning vä öra sedan graviditeten 2021, tinnitus vä. Har svårt att höra i möten.
Ingen yrsel, ingen öronvärk, inga flytningar. Hör bättre i bullriga miljöer. Har inte provat hörapparat.
"""),
    ("Hereditet", """
Mormor hade hörapparat från 40-årsåldern, mor opererad i örat på 80-talet.
"""),
    ("Tidigare sjukdomar", """
Frisk. Tonsillektomerad som barn. Allergi mot björkpollen.
"""),
    ("Socialt", """
Sambo, två barn 3 och 6 år. Arbetar som projektledare, mycket möten och telefon.
"""),
    ("Status", """
Öron: trumhinnor ua bilat, ingen vätska, normal rörlighet.
Stämgaffel: Weber lateraliseras till vä, Rinne negativ vä, positiv hö.
Näsa/svalg: ua.
Hals: inga palpabla körtlar. Kranialnerver ua, ingen nystagmus.
"""),
    ("Audiogram", """
Konduktiv hörselnedsättning vä med benledningströsklar normala och luft-ben-gap 30–35 dB, Carhart-notch vid 2 kHz. Stapediusreflexer saknas vä. Hö öra normalt.
"""),
    ("Bedömning", """
Otoskleros vä. Stapedotomi erbjuds, alternativt hörapparat. Pat önskar operation.
"""),
    ("Information", """
Pat informerad om diagnosen otoskleros, ärftligheten och behandlingsalternativen inkl risk för yrsel och dövhet efter stapedotomi (ca 1 %). Pat har ännu inte fått något operationsdatum; operationsplaneringen ringer.
"""),
    ("Planering", """
Uppsatt för stapedotomi vä. Preoperativt audiogram dagen före. Hörapparat kan provas under väntetiden om hon vill.
"""),
  ], must_not=["NL101"], why="Otosclerosis explained; only the surgery date is not yet given.")

C("nl101-not-ort-koxartros-ingen-info-till-anhoriga", "s_ort_hlm", "Läkaranteckning", "Patrik Lövgren",
  "2024-04-16 08:40", 40, "öppenvård", "1958-12-24", "315", [
    ("Remissorsak", """
Remiss från VC Osby pga hö höftsmärta och nedsatt gångsträcka, fråga om protesoperation.
"""),
    ("Anamnes", """
65-årig man, ljumsksmärta hö sedan 3 år, nu vilovärk nattetid. Går 500 m innan han måste stanna. Har genomgått artrosskola och fysioterapi utan bestående effekt. Använder käpp utomhus.
Sover dåligt pga värken. Svårt att ta på strumpor och skor på hö sida. Bor med hustrun i villa i Osby, inga trappor.
"""),
    ("Tidigare sjukdomar", """
Typ 2-diabetes, hypertoni, BMI 31. Djup ventrombos vä ben 2011 efter flygresa.
"""),
    ("Läkemedel", """
Metformin, Enalapril, Alvedon 1 g x 3, Celebra vb.
"""),
    ("Status", """
Gång: haltar hö, Trendelenburg neg.
Hö höft: flexion 90°, inåtrotation 0°, utåtrotation 20°, smärta vid rörelse. Vä höft ua.
Neurovaskulärt ua distalt.
"""),
    ("Röntgen", """
Bäcken och hö höft: grav artros hö höftled med ledspaltsförlust, subkondral skleros och osteofyter. Vä höft lätt artros.
"""),
    ("Bedömning", """
Primär koxartros hö, indikation för total höftprotes föreligger. HbA1c 54, acceptabelt. Uppsatt på väntelista.
"""),
    ("Information", """
Diagnos och behandlingsalternativ genomgångna med pat, inklusive risk för infektion och luxation och den tidigare trombosen (förlängd tromboprofylax). Ingen information till anhöriga enligt patientens önskan.
"""),
    ("Planering", """
Preoperativt besök med narkosläkare. Fysioterapeut preoperativt. Beräknad väntetid 4 mån.
"""),
  ], must_not=["NL101"], why="Patient informed; relatives not informed at his own wish.")

C("nl101-not-lung-sarkoidos-pat-meddelad-sannolik", "v_lung_su", "Läkaranteckning", "Mikael Strand",
  "2024-09-12 14:00", 35, "öppenvård", "1991-07-18", "267", [
    ("Aktuellt", """
33-årig man med torrhosta och trötthet sedan 3 mån. Lungröntgen på VC visade förstorade hilus bilat. Ömma röda knölar på underbenen i maj som försvann spontant.
Ingen andfåddhet vid arbetet, klarar rökdykarövningar. Inga ögonbesvär, inga hjärtklappningar. Ingen viktnedgång.
"""),
    ("Tidigare sjukdomar", """
Astma i barndomen. Frisk i övrigt. Inga mediciner.
"""),
    ("Socialt", """
Arbetar som brandman. Aldrig rökt. Inga husdjur, ingen fågelkontakt.
"""),
    ("Status", """
AT: gott. Sat 98 %.
Pulm: vesikulära andningsljud, inga rassel.
Hud: inga utslag. Ögon: inga röda ögon.
Lgl: små oömma körtlar i axillerna.
"""),
    ("Lab", """
ACE 92 (förhöjt), Ca 2,58, CRP 6. Quantiferon negativ.
U-Ca normalt. Leverprover och krea ua. Blodstatus ua.
"""),
    ("Röntgen", """
DT thorax: symmetriskt förstorade hilus- och mediastinala lymfkörtlar, perilymfatiska noduli i överloberna.
"""),
    ("Bedömning", """
Bilden talar starkt för sarkoidos stadium II. EBUS med körtelbiopsi planeras för att utesluta lymfom. Spirometri och ögonkonsult.
"""),
    ("Information", """
Pat meddelad att sarkoidos är den sannolika förklaringen och att provtagning via bronkoskopi behövs för att bekräfta. Han vet att lymfom är den viktigaste differentialdiagnosen och att den utesluts med EBUS.
"""),
    ("Planering", """
EBUS v 39. Ögonmottagning för uveitscreening. Återbesök efter svar. Pat kan arbeta som vanligt.
"""),
  ], must_not=["NL101"], why="Hedged diagnosis, but it was communicated to the patient: no NL101.")

C("nl101-not-barnneuro-absensepilesi-typo-foraldrar-informerade", "s_barn_hbg", "Läkaranteckning", "Oskar Lundgren",
  "2024-11-26 10:30", 45, "öppenvård", "2016-04-09", "046", [
    ("Aktuellt", """
8-årig flicka, nybesök efter EEG. Lärare har sett korta "blackouts" flera gånger dagligen sedan höstterminen, mamma har också märkt det vid middagsbordet.
Inga generaliserade krampanfall, inga ryckningar på morgonen. Sover bra. Har börjat få sämre resultat i matematik.
"""),
    ("Tidigare sjukdomar", """
Frisk. Hälsporre 2023. Normal psykomotorisk utveckling, går i årskurs 2.
"""),
    ("Hereditet", """
Pappa hade epilepsi som barn, växte ifrån den.
"""),
    ("Socialt", """
Bor med mamma, pappa och lillebror i Ängelholm. Simmar och spelar piano.
"""),
    ("Status", """
AT: pigg, samarbetsvillig.
Neuro: ua, normala reflexer, normal koordination.
Provocerat absensanfall vid hyperventilation på mottagningen, ca 10 s.
Somatiskt i övrigt ua.
"""),
    ("EEG", """
3 Hz generaliserade spike-wave-komplex under hyperventilation, med klinisk korrelation.
"""),
    ("Lab", """
Blodstatus, leverprover, elektrolyter och glukos normala.
"""),
    ("Bedömning", """
Barnabsensepilesi. Start etosuximid 125 mg x 2, upptrappning var 7:e dag. Kontroll-EEG om 3 mån. Intyg till skolan.
"""),
    ("Information", """
Föräldrarna informerade om diagnosen och om god prognos; de flesta barn växer ifrån absenserna. Flickan fick en förklaring anpassad för hennes ålder. Badregler och cykelhjälm genomgångna.
"""),
    ("Planering", """
Återbesök 3 mån med kontroll-EEG. Telefonkontakt med epilepsisjuksköterska om 2 veckor. Intyg till skolan skrivet.
"""),
  ], must_not=["NL101"], why="Typo 'absensepilesi'; child 8 y, guardians informed of the diagnosis.")

C("nl101-not-hem-kll-huslakaren-ej-informerad", "v_hem_su", "Läkaranteckning", "Per Granath",
  "2024-12-10 13:10", 40, "öppenvård", "1950-05-25", "618", [
    ("Remissorsak", """
Lymfocytos 18 vid hälsokontroll, remiss för bedömning.
"""),
    ("Anamnes", """
74-årig kvinna utan B-symtom. Inga infektioner utöver en förkylning i höstas. Opererad för bröstcancer hö 2012, recidivfri. Hypotyreos.
Har själv känt körtlarna på halsen sedan ett år, utan att de växt. Ingen feber, ingen nattsvett, ingen viktnedgång. Ingen ökad infektionsbenägenhet.
"""),
    ("Socialt", """
Änka, bor i Mölndal. Pensionerad bibliotekarie. Sköter sig själv, kör bil.
"""),
    ("Läkemedel", """
Levaxin 100 mikrog, Calcichew-D3.
"""),
    ("Status", """
AT: gott.
Lgl: 1–2 cm oömma körtlar på halsen bilat och i axillerna.
Buk: mjälte ej palpabel.
Hud: ua.
Cor: regelbunden 70/min. Pulm: vesikulärt. Tonsiller ej förstorade.
"""),
    ("Lab", """
LPK 24, lymfocyter 18, Hb 134, TPK 210. Flödescytometri: CD5+/CD23+ B-cellsklon, kappa-restriktion. Matutes-score 5. DAT negativ.
"""),
    ("Bedömning", """
Kronisk lymfatisk leukemi, Binet A, Rai I. Ingen behandlingsindikation enl iwCLL. Kontroll var 6:e mån med blodstatus. Pneumokock- och influensavaccination rekommenderas.
"""),
    ("Information", """
Informerad om diagnosen KLL, att det är en långsam sjukdom som ofta inte kräver behandling på många år, och om symtom som ska föranleda kontakt. Husläkaren har ej informerats ännu, epikris skickas efter signering.
"""),
    ("Planering", """
Återbesök 6 mån med blodstatus. Pneumokockvaccin ges på VC. Influensavaccin årligen.
"""),
  ], must_not=["NL101"], why="Patient informed of CLL; only her GP not yet informed.")

C("nl101-not-med-dm2-nydiagnostiserad-informerad", "s_med_lkr", "Läkaranteckning", "Amira Hadzic",
  "2024-10-01 10:00", 30, "öppenvård", "1979-07-11", "519", [
    ("Aktuellt", """
45-årig man, remiss från företagshälsovården: P-glukos 13,4 fastande vid hälsokontroll. Törstig, kissar ofta sedan några veckor.
Har gått upp 8 kg senaste 2 åren. Inga synbesvär, inga domningar i fötterna. Far har typ 2-diabetes sedan 60-årsåldern.
"""),
    ("Tidigare sjukdomar", """
Hypertoni, behandlad sedan 2020. Fettlever på ultraljud 2022. Sömnapné misstänkt av hustrun men inte utredd.
"""),
    ("Socialt", """
Gift, två barn. Arbetar som kock, oregelbundna tider. Röker inte, dricker 2–3 öl per vecka.
"""),
    ("Läkemedel", """
Amlodipin 5 mg.
"""),
    ("Status", """
AT: gott. BMI 33, midjemått 112 cm. BT 146/92.
Cor: RR, inga blåsljud. Pulm: ua.
Fötter: normala pulsar, monofilament kännes överallt.
"""),
    ("Lab", """
HbA1c 71, P-glukos 12,8. Lipider: LDL 3,9, TG 3,2. Krea 82, U-albumin/krea 4. GAD-ak negativa. ALAT 1,2.
"""),
    ("Bedömning", """
Typ 2-diabetes, nydiagnostiserad. Metformin 500 mg x 1 med upptitrering till 1 g x 2. Atorvastatin 40 mg. Remiss diabetessjuksköterska och dietist. Ögonbottenfoto. Sömnapnéscreening via sömnregistrering.
"""),
    ("Information", """
Pat informerad om diagnosen typ 2-diabetes, om behandlingsmålen och om levnadsvanornas betydelse. Han är motiverad att gå ner i vikt och börja promenera.
"""),
    ("Planering", """
Diabetessjuksköterska inom 2 veckor. HbA1c om 3 mån. Fotundersökning årligen. Ögonbottenfoto bokas.
"""),
  ], must_not=["NL101"], why="Newly diagnosed type 2 diabetes explained to the patient.")

C("nl101-not-kir-gallsten-anhoriga-ej-informerade", "v_kir_nal", "Läkaranteckning", "Niklas Ahl",
  "2024-07-25 18:20", None, "slutenvård", "1964-02-28", "456", [
    ("Aktuellt", """
Inkom via akuten med smärta i hö arcus sedan 12 timmar, kräkningar, temp 38,4. Liknande men kortare attacker senaste året efter feta måltider.
Ingen gulsot, ingen mörk urin. Sista måltid igår kväll. Har inte tidigare sökt för besvären utan tagit Alvedon hemma.
"""),
    ("Tidigare sjukdomar", """
Hypotyreos. Sectio 1992. Depression, stabil på sertralin.
"""),
    ("Socialt", """
Bor ensam i Trollhättan, arbetar som kassörska. Syster bor i Vänersborg.
"""),
    ("Läkemedel", """
Levaxin 75 mikrog, Sertralin 100 mg.
"""),
    ("Status", """
AT: påverkad av smärta, afebril efter Alvedon.
Buk: ömhet och défense hö arcus, Murphys tecken positivt. Ingen ikterus.
Cor/pulm: ua.
"""),
    ("Lab", """
CRP 96, LPK 14,2, bilirubin 18, ALAT 0,9, lipas normalt.
"""),
    ("Röntgen", """
Ultraljud buk: gallblåsa med förtjockad vägg 6 mm, flera konkrement, ett inkilat i halsen, perivesikal vätska. Gallgångar ej vidgade.
"""),
    ("Bedömning", """
Akut kolecystit orsakad av gallsten. Piperacillin/tazobaktam iv. Akut laparoskopisk kolecystektomi planeras imorgon.
"""),
    ("Information", """
Pat informerad om diagnos gallsten med gallblåseinflammation och om plan för lap chole inkl risker (gallgångsskada, konvertering). Anhöriga ej informerade då pat inte önskar det, hon ringer själv sin syster.
"""),
    ("Planering", """
Fasta från midnatt. Operation imorgon förmiddag. Antibiotika iv tills vidare.
"""),
  ], must_not=["NL101"], why="Unsigned draft. Cholecystitis explained to patient; relatives not told by her wish.")

C("nl101-not-barnonk-all-syskon-ej-informerade", "s_barn_lund", "Läkaranteckning", "Cecilia Mårtensson",
  "2024-01-10 15:30", 60, "slutenvård", "2019-06-22", "171", [
    ("Aktuellt", """
4-årig pojke inlagd sedan 7/1 för feber, trötthet, benvärk och blåmärken. Benmärgsprov 8/1.
Har haltat de senaste två veckorna och vill bli buren.
"""),
    ("Tidigare sjukdomar", """
Frisk. RS-virus med inläggning som spädbarn. Vaccinerad enl program.
"""),
    ("Socialt", """
Bor med mamma, pappa och storasyster i Lund. Går på förskola. Mamma föräldraledig med lillebror 6 mån.
"""),
    ("Status", """
AT: blek, trött men kontaktbar.
Hud: petekier på benen, hematom på smalbenen.
Lgl: förstorade på halsen bilat, 1,5 cm.
Buk: lever 3 cm under arcus, mjälte 2 cm.
Cor: takykard 130, systoliskt flödesblåsljud. Pulm: ua.
"""),
    ("Lab", """
Hb 72, LPK 58, TPK 18, blaster 80 %. Urat 520, K 4,8, fosfat 1,9.
"""),
    ("Benmärg", """
Prekursor B-cells akut lymfatisk leukemi (B-ALL), ETV6-RUNX1 positiv. Likvor utan blaster (CNS 1).
"""),
    ("Bedömning", """
Akut lymfatisk leukemi, standardrisk preliminärt. Behandling enligt ALLTogether-protokollet startar imorgon efter CVK-inläggning. Tumörlysprofylax med hyperhydrering och allopurinol.
"""),
    ("Information", """
Föräldrarna informerade om diagnosen ALL av barnonkolog med kontaktsjuksköterska och kurator närvarande, inkl behandlingens längd och prognos. Pojken har fått veta att han har sjukt blod som ska få medicin. Syskon (7 år) är inte informerade ännu, föräldrarna gör det i helgen med stöd av syskonstödjare.
"""),
    ("Planering", """
CVK-inläggning i narkos imorgon kl 8, samtidigt intratekal cytostatika och ny likvorprovtagning. Dexametason startar efter CVK. Tumörlysprover var 6:e timme första dygnet. Dietist för kostråd under steroidbehandling. Förskolan informeras av föräldrarna om infektionsrisk och vattkoppor. Återkommande familjesamtal med kurator, första på fredag.
"""),
  ], must_not=["NL101"], why="Child 4 y: parents informed of ALL; only siblings not yet.")

C("nl101-not-psyk-ptsd-typo-informerd", "v_psyk_kung", "Läkaranteckning", "Elin Magnusson",
  "2024-03-06 14:00", 55, "öppenvård", "1998-10-03", "381", [
    ("Aktuellt", """
25-årig man, tidigare i utlandstjänst med försvarsmakten. Mardrömmar, påträngande minnesbilder och undvikande av folksamlingar sedan hemkomsten 2022. Sömnen 4–5 timmar per natt.
Har slutat gå på fotboll med kompisarna. Irritabel, har grälat med föräldrarna. Koncentrationssvårigheter på arbetet, blivit tillsagd för att ha missat en rond.
"""),
    ("Tidigare", """
Ingen tidigare psykiatrisk kontakt. Knäskada 2021. Alkohol: 10–15 standardglas/vecka, ökat senaste året, AUDIT 12.
"""),
    ("Socialt", """
Bor ensam i lägenhet i Kungälv, arbetar som väktare. Har stöd från föräldrar och en kamrat från tjänstgöringen.
"""),
    ("Läkemedel", """
Inga regelbundna. Ipren vb för knävärk.
"""),
    ("Skattningar", """
PCL-5: 52. MADRS-S: 22. C-SSRS: inga suicidtankar senaste månaden.
"""),
    ("Psykiskt status", """
Vaken, orienterad. Spänd, vaksam, skvätter till vid ljud i korridoren. Stämningsläge sänkt, affekt begränsad. Inga psykotiska symtom. Förnekar suicidtankar.
"""),
    ("Bedömning", """
Posttraumatiskt stressyndrom (PTSD) efter militär tjänstgöring, med skadligt alkoholbruk. Traumafokuserad KBT (PE) erbjuds. Sertralin 50 mg startas. Alkoholsamtal.
"""),
    ("Information", """
Pat har fått information om diagnosen PTSD och om behandlingsalternativen. Informerd om att alkohol försvårar behandlingen. Veteranstöd via Försvarsmakten nämnt.
"""),
    ("Planering", """
Sertralin 50 mg startas, telefonkontakt om 2 veckor. Första PE-session bokad med psykolog om 3 veckor. Alkoholdagbok.
"""),
  ], must_not=["NL101"], why="Typo 'Informerd' in an information sentence; PTSD given to the patient.")

C("nl101-not-uro-blascancer-informerad-per-telefon", "s_uro_mal", "Läkaranteckning", "Daniel Persson",
  "2024-04-23 16:10", 35, "öppenvård", "1954-01-15", "693", [
    ("Aktuellt", """
70-årig man, makroskopisk hematuri x 2 i februari. Cystoskopi visade en papillär tumör i blåsans vä sidovägg, TURB 26/3. Idag återbesök för planering.
Ingen ny blödning efter TURB. Kissar utan sveda. Nykturi x 2 som tidigare. Mår i övrigt bra.
"""),
    ("Tidigare sjukdomar", """
Rökare 45 paketår, slutade 2018. Hjärtsvikt med bevarad EF. Förmaksflimmer. Benign prostataförstoring.
"""),
    ("Socialt", """
Bor med hustrun i Lomma. Pensionerad snickare. Hustrun har demens i tidigt skede, dottern hjälper till.
"""),
    ("Läkemedel", """
Eliquis 5 mg x 2, Furix 40 mg, Entresto 49/51 x 2, Metoprolol 100 mg.
"""),
    ("Status", """
AT: gott. Buk: mjuk, oöm. Ingen palpabel blåsa. Ben: lätta ankelödem bilat.
"""),
    ("PAD", """
TURB: papillärt urotelialt carcinom, höggradigt, pT1, muskel finns i preparatet utan växt. Ingen CIS i slumpbiopsier.
"""),
    ("Bedömning", """
Höggradig T1 urinblåsecancer. Re-TURB om 4–6 veckor och därefter BCG-instillationer enligt vårdprogram. DT urografi utan övre urinvägstumör.
"""),
    ("Information", """
Pat har informerats om cystoskopifyndet och PAD vid telefonsamtal med undertecknad 3/4. Idag genomgånget planen med BCG och re-TURB; han förstår och accepterar.
"""),
    ("Planering", """
Re-TURB v 20. BCG-instillationer startar 2 veckor efter re-TURB. Cystoskopikontroll om 3 mån.
"""),
  ], must_not=["NL101"], why="Bladder cancer already told by phone 3/4.")


# ===========================================================================
# NL102 must: an uncertain diagnosis in a visible section of a Melior note,
# hidden among ordinary text.

C("nl102-akut-susp-lungemboli-bland-normalfynd", "s_akut_mal", "Akutanteckning", "Lina Borg",
  "2024-02-03 02:40", 50, "akutmottagning", "1982-04-15", "526", [
    ("Kontaktorsak", """
Andfåddhet och hugg i hö sida av bröstet sedan igår kväll.
"""),
    ("Anamnes", """
41-årig kvinna, flög hem från Thailand för 5 dagar sedan (11 h). Smärtan förvärras vid djupandning. Ingen feber, ingen hosta. Inga bensvullnader som hon märkt. Använder kombinerade p-piller. Tidigare frisk, inga operationer senaste året.
Inga tidigare blodproppar. Ingen hemoptys. Har varit lite förkyld under resan.
"""),
    ("Hereditet", """
Mor hade blodpropp i benet efter förlossning.
"""),
    ("Läkemedel", """
Kombinerade p-piller (Neovletta). Cetirizin vid behov. Inga kända allergier.
"""),
    ("Status", """
AT: opåverkad i vila, talar hela meningar. Temp 37,4.
Cor: regelbunden, 104/min, inga blåsljud.
Pulm: vesikulära andningsljud bilat, inga rassel, ingen gnidning.
Ben: inga ödem, vaderna mjuka, oömma.
Sat 95 % luft, AF 20.
"""),
    ("Lab", """
D-dimer 1,8. Troponin T < 5. CRP 8. Hb 132. Krea 61. hCG negativt.
"""),
    ("EKG", """
Sinustakykardi 102, normal axel, inga ST-förändringar.
"""),
    ("Bedömning", """
Pleuritisk bröstsmärta efter långflygning hos p-pilleranvändare. Wells 4,5. Susp. lungemboli, DT lungartärer beställd. Fragmin 15 000 E sc givet i väntan på DT.
"""),
    ("Åtgärd", """
DT-LA. Ny bedömning efter svar, p-pillren pausas tills vidare.
"""),
    ("Socialt", """
Bor med sambo i Malmö, arbetar som resebyråkonsult. Röker inte.
"""),
  ], must=["NL102"], why="'Susp. lungemboli' in Bedömning among normal findings.")

C("nl102-med-trol-pneumoni-bland-kroniska-diagnoser", "v_med_kung", "Inskrivningsanteckning", "Rasmus Nyqvist",
  "2024-01-09 19:15", 65, "slutenvård", "1940-08-08", "391", [
    ("Kontaktorsak", """
Försämrat allmäntillstånd och förvirring sedan 2 dagar, hemtjänsten larmade.
"""),
    ("Anamnes", """
Enligt hemtjänsten hostat några dagar, ätit dåligt. Ingen kräkning. Ingen bröstsmärta som han kan redogöra för. Vanligtvis orienterad och går med rollator inomhus.
"""),
    ("Tidigare sjukdomar", """
Hjärtsvikt med nedsatt EF (35 %). Förmaksflimmer. Typ 2-diabetes. Kronisk njursvikt stadium 3b. Höftfraktur vä 2021 med hemiprotes.
"""),
    ("Läkemedel", """
Eliquis 2,5 mg x 2, Furix 40 mg x 2, Metoprolol 50 mg, Forxiga 10 mg, Spironolakton 25 mg, Insulatard 12 E.
"""),
    ("Status", """
AT: trött, desorienterad till tid. Temp 38,1. BT 105/60, puls 98 oregelbunden, AF 24, sat 91 % luft.
Cor: oregelbunden rytm, inga blåsljud.
Pulm: krepitationer hö basalt, bronkiellt andningsljud hö baksida nedtill. Vä ua.
Ben: lätta ödem bilat, oförändrade enl hemtjänsten.
Neuro: ingen fokalitet.
"""),
    ("Lab", """
CRP 182, LPK 15,6, Hb 118, krea 168 (baslinje 140), Na 131, K 4,9, laktat 1,8, P-glukos 14.
Troponin T 32 (tidigare 28), NT-proBNP 4200 (tidigare 3800), PK-INR 1,1, urinsticka: leukocyter 1+, nitrit neg.
"""),
    ("EKG", """
Förmaksflimmer med kammarfrekvens 96, vänstergrenblock (känt sedan 2019), inga nytillkomna ST-förändringar.
"""),
    ("Röntgen", """
Lungröntgen ej utförd än, beställd till ikväll.
"""),
    ("Bedömning", """
88-årig man med trol. pneumoni hö basalt och sekundärt konfusionstillstånd. CRB-65 3. Lätt akut njurskada. Bensylpenicillin 3 g x 3 iv. Furix pausas under ett dygn, Forxiga pausas.
"""),
    ("Planering", """
Vätska 1 l/dygn iv. Blododlingar x 2 tagna. Ny bedömning imorgon med CRP och krea. Dottern informerad per telefon om inläggningen.
"""),
  ], must=["NL102"], why="'trol. pneumoni' among a list of chronic, confirmed diagnoses.")

C("nl102-neuro-misstankt-tia-dd-migran", "s_neuro_lund", "Läkaranteckning", "Viktor Sand",
  "2024-03-04 11:30", 40, "öppenvård", "1969-06-06", "737", [
    ("Aktuellt", """
Snabbspåret TIA-mottagning. 54-årig man som igår under 20 minuter hade svårt att hitta ord och domningar i hö hand. Helt återställd inom en halvtimme. Lätt huvudvärk efteråt.
Ingen synpåverkan, ingen yrsel, ingen svaghet i benen. Hustrun märkte att han sa fel ord vid frukostbordet. Liknande episod för 2 veckor sedan, kortare.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Hyperkolesterolemi, statinbehandlad. Migrän utan aura i ungdomen, ingen på 20 år.
"""),
    ("Socialt", """
Gift, arbetar som bussförare i Malmö. Röker inte. Alkohol enstaka glas vin.
"""),
    ("Läkemedel", """
Losartan 100 mg, Rosuvastatin 10 mg.
"""),
    ("Status", """
Neuro: NIHSS 0. Språk flytande, benämning ua. Kraft, sensibilitet och koordination ua.
Cor: regelbunden rytm 66, inga blåsljud, inga karotisblåsljud.
BT 152/94.
"""),
    ("Undersökningar", """
DT hjärna + DT-angio: ingen blödning eller infarkt, ingen signifikant karotisstenos. EKG: sinusrytm.
"""),
    ("Lab", """
Blodstatus, elektrolyter, krea, glukos och lipider tagna. LDL 2,8. HbA1c 39.
"""),
    ("Bedömning", """
Misstänkt TIA i vä hemisfär, DD migrän med aura. ABCD2 4. Trombyl 160 mg laddning följt av 75 mg + klopidogrel 75 mg i 21 dagar. MR hjärna och Holter 72 h beställt.
"""),
    ("Planering", """
Körförbud 2 veckor enl Transportstyrelsens föreskrifter, informerat. Åter efter MR.
"""),
  ], must=["NL102"], why="'Misstänkt TIA, DD migrän' in Bedömning.")

C("nl102-kir-appendicit-kan-ej-uteslutas", "v_kir_skas", "Akutanteckning", "Lisa Axelsson",
  "2024-05-18 22:05", 35, "akutmottagning", "1998-09-29", "443", [
    ("Kontaktorsak", """
Buksmärta sedan i morse.
"""),
    ("Anamnes", """
25-årig man, smärta runt naveln som flyttat till hö fossa under dagen. Illamående, kräkts 1 gång. Ingen diarré. Aptitlös. Tidigare frisk. Inga mediciner. Ätit kyckling på restaurang igår.
Smärtan förvärras när han går och hostar. Ingen sveda vid miktion. Senaste avföring i morse, normal. Inga tidigare liknande besvär.
"""),
    ("Tidigare sjukdomar", """
Frisk. Astma som barn. Inga operationer. Inga allergier.
"""),
    ("Socialt", """
Bor med flickvän i Skövde, studerar till sjuksköterska. Fotboll 3 ggr/vecka.
"""),
    ("Status", """
AT: opåverkad, ligger still. Temp 37,8.
Buk: mjuk, ömhet i hö fossa med lätt släppömhet, ingen défense. Rovsing negativ, psoasteckenn negativt. Tarmljud normala.
Testiklar: ua.
Cor/pulm: ua.
"""),
    ("Lab", """
CRP 24, LPK 12,1, neutrofila 9,8. U-sticka: negativ.
"""),
    ("Bedömning", """
Hö-sidig buksmärta med vandring, lätt inflammatorisk lab. Alvarado 6. Appendicit kan ej uteslutas, DD gastroenterit eller mesenteriell lymfadenit. Inläggs för observation, fastande.
"""),
    ("Åtgärd", """
Inläggs kir avd 15. Ny bukpalpation och CRP/LPK imorgon kl 07, DT buk vid oklarhet. Vätska iv, Alvedon.
"""),
    ("Information", """
Pat informerad om planen med observation över natten och att operation kan bli aktuell imorgon.
"""),
  ], must=["NL102"], why="'Appendicit kan ej uteslutas' in a visible Bedömning.")

C("nl102-kard-mojlig-perikardit-efter-covid", "s_kard_lund", "Läkaranteckning", "Erik Holmqvist",
  "2024-10-14 14:20", 45, "öppenvård", "1988-01-31", "817", [
    ("Aktuellt", """
36-årig man med bröstsmärta sedan 5 dagar, värre liggande och vid djupandning, lindras framåtlutad. Covid för 2 veckor sedan. Remitterad från akuten för uppföljning.
Ingen andfåddhet, inga hjärtklappningar, ingen synkope. Har fortsatt träna lätt trots smärtan. Feber 38 de första dagarna av covid, därefter feberfri.
"""),
    ("Tidigare sjukdomar", """
Ulcerös kolit sedan 2014, i remission på mesalazin. Astma, lindrig.
"""),
    ("Socialt", """
Bor med sambo, arbetar som personlig tränare, springer 40 km/vecka.
"""),
    ("Läkemedel", """
Mesalazin 2 g x 1, Bufomix vb.
"""),
    ("Status", """
AT: opåverkad, afebril.
Cor: regelbunden rytm, 78/min, ingen gnidning hörs idag.
Pulm: ua.
BT 124/80.
"""),
    ("Undersökningar", """
EKG: diffus lätt ST-höjning i flera avledningar, PR-sänkning i II. UKG: normal vänsterkammarfunktion, minimal perikardvätska 3 mm. Troponin T 9, CRP 34.
"""),
    ("Lab", """
Hb 146, LPK 9,2, krea 78, TSH normalt.
"""),
    ("Bedömning", """
Möjlig perikadit postviralt, alternativt benign tidig repolarisation med samtidig muskuloskeletal smärta. Ibuprofen 600 mg x 3 med PPI-skydd i 2 veckor, kolkicin 0,5 mg x 2 i 3 mån. Idrottsuppehåll.
"""),
    ("Planering", """
Nytt EKG och CRP om 1 vecka på VC. Åter kardiolog om 3 mån.
"""),
  ], must=["NL102"], why="Typo 'perikadit' in the hedged diagnosis 'Möjlig perikadit'.")

C("nl102-ort-ev-scaphoideumfraktur", "v_ort_alin", "Läkaranteckning", "Erik Sandell",
  "2024-12-14 16:30", 20, "akutmottagning", "2003-05-12", "173", [
    ("Kontaktorsak", """
Föll på handen vid innebandyträning.
"""),
    ("Anamnes", """
21-årig man, föll framåt på utsträckt hö hand för 3 timmar sedan. Smärta radialt i handleden, svårt att greppa. Högerhänt, studerar till ingenjör. Tidigare fotledsdistorsion vä 2019. Frisk i övrigt.
Smärtan har inte gett med sig trots is och högläge. Ingen domning i fingrarna. Har en tenta på fredag och behöver kunna skriva.
"""),
    ("Läkemedel", """
Inga. Inga allergier.
"""),
    ("Socialt", """
Bor i studentkorridor i Alingsås, spelar innebandy i division 2. Pluggar ingenjörsprogrammet i Göteborg.
"""),
    ("Status", """
Hö handled: lätt svullnad radialt, ömhet i fossa tabatière och över tuberculum ossis scaphoidei. Axial kompression av tummen smärtsam. Nedsatt greppkraft. Sensibilitet och cirkulation distalt ua.
Armbåge och underarm: ua.
"""),
    ("Röntgen", """
Hö handled inkl scaphoideumserie: ingen synlig fraktur. Normala ledförhållanden.
"""),
    ("Bedömning", """
Ev. scaphoideumfraktur hö trots normal röntgen, klinisk misstanke kvarstår. Dorsal gipsskena med tuminkludering.
"""),
    ("Åtgärd", """
MR hö handled inom 1 vecka via ortopedmottagningen, alternativt ny rtg om 10–14 dagar. Ipren vb. Högläge.
"""),
    ("Information", """
Pat informerad om att en scaphoideumfraktur ibland inte syns på första röntgen och att gipset ska sitta kvar tills MR är gjord.
"""),
  ], must=["NL102"], why="'Ev. scaphoideumfraktur' after normal X-ray, visible Bedömning.")

C("nl102-barn-misstankt-kawasaki-dd-scarlatina", "s_barn_hbg", "Läkaranteckning", "Maja Ekström",
  "2024-04-07 18:45", 55, "slutenvård", "2021-02-05", "308", [
    ("Kontaktorsak", """
Feber i 5 dagar.
"""),
    ("Anamnes", """
3-årig flicka med feber 39–40 sedan 5 dagar trots Alvedon och Ipren. Röda ögon utan sekret sedan igår, röda spruckna läppar, utslag på bålen. Svullna händer. Går på förskola där det går scharlakansfeber. Tidigare frisk, vaccinerad enligt program.
Har inte haft diarré. Kissar som vanligt. Ingen hosta.
"""),
    ("Tidigare sjukdomar", """
Frisk. Inga tidigare sjukhusvistelser. Inga allergier.
"""),
    ("Hereditet", """
Inga kända hjärtsjukdomar eller reumatiska sjukdomar i familjen. Mamma har astma.
"""),
    ("Socialt", """
Bor med mamma, pappa och storasyster 6 år i Helsingborg. Förskola fyra dagar i veckan.
"""),
    ("Status", """
AT: irritabel, gråter vid undersökning. Temp 39,6. Puls 150, AF 28, sat 99 %.
Ögon: bilateral konjunktival injektion utan sekret.
Mun: jordgubbstunga, röda fissurerade läppar.
Hud: makulopapulöst exantem bål, rodnad och ödem handflator och fotsulor.
Lgl: 2 cm körtel hö på halsen.
Cor: takykard 150, inga blåsljud. Buk: mjuk.
"""),
    ("Lab", """
CRP 142, SR 78, LPK 18, TPK 420, albumin 28, ALAT 1,8. Snabbtest strep A negativt, odling skickad. U-sticka: leukocyter 1+.
"""),
    ("Bedömning", """
Misstänkt Kawasakis sjukdom (uppfyller 4 av 5 kriterier + feber), DD scarlatina eller annan virusinfektion. Ekokardiografi imorgon bitti. Start IVIG 2 g/kg och ASA enl barnreumatolog.
"""),
    ("Åtgärd", """
Inlagd barnavdelningen. Föräldrarna med.
"""),
    ("Planering", """
Ekokardiografi imorgon kl 8. Blodprover igen imorgon. Ny bedömning efter ekot tillsammans med barnkardiolog.
"""),
    ("Information", """
Föräldrarna informerade om att flera sjukdomar kan ge denna bild, om varför hjärtat undersöks med ultraljud och om behandlingen med immunglobulin och acetylsalicylsyra. De har fått skriftlig information och vet att personalen kontrollerar temp och puls var 4:e timme.
"""),
  ], must=["NL102"], why="Child 3 y: 'Misstänkt Kawasakis sjukdom' in Bedömning.")

C("nl102-barn-frgst-celiaki-obesvarad", "v_barn_dsbus", "Läkaranteckning", "Maria Ahlgren",
  "2024-09-26 10:15", 30, "öppenvård", "2016-07-14", "381", [
    ("Remissorsak", """
Frågeställning från BVC/skolhälsovård: celiaki? Magont och avplanad längdtillväxt.
"""),
    ("Anamnes", """
8-årig pojke med magont flera gånger i veckan sedan ett år, ofta efter skollunchen. Avföring lös 2–3 ggr/dag. Trött. Äter varierat. Tidigare RS-infektion som spädbarn, i övrigt frisk.
Ingen kräkning, inget blod i avföringen. Sover bra. Har haft återkommande munsår senaste året. Föräldrarna tycker att han blivit gnällig och orkar mindre på handbollen.
"""),
    ("Hereditet", """
Mamma har hypotyreos. Farmor har diabetes typ 1.
"""),
    ("Socialt", """
Bor med mamma, pappa och två syskon i Göteborg. Går i årskurs 2. Spelar handboll.
"""),
    ("Status", """
Vikt 24 kg (–0,8 SD), längd 124 cm (–1,2 SD, tidigare 0 SD).
AT: pigg, lite blek.
Buk: mjuk, diffust lätt öm, inga resistenser.
Hud: ingen dermatit. Munhåla: emaljdefekter på framtänderna.
"""),
    ("Lab", """
Transglutaminas-IgA 45 U/ml (ref < 7), total-IgA normalt. Hb 112, ferritin 9, folat lågt. TSH normalt.
"""),
    ("Bedömning", """
Positiva transglutaminasantikroppar men < 10 x övre referens, därför gastroskopi med biopsier enl ESPGHAN. Celiaki? Järnbrist, startar järnmedicin.
"""),
    ("Planering", """
Gastroskopi i narkos v 42. Fortsatt glutenhaltig kost fram till biopsi, informerat. Niferex droppar.
"""),
  ], must=["NL102"], why="Child 8 y: referral question 'celiaki?' left open; 'Celiaki?' in Bedömning.")

C("nl102-kvk-sannolikt-extrauterin-graviditet", "s_kvk_lund", "Akutanteckning", "Klara Winther",
  "2024-07-21 01:30", 40, "akutmottagning", "1994-11-11", "224", [
    ("Kontaktorsak", """
Vaginal blödning och smärta i vä ljumske.
"""),
    ("Anamnes", """
29-årig kvinna, senaste mens för 7 veckor sedan, positivt graviditetstest hemma för 2 veckor sedan. Sedan igår brunaktig blödning och ensidig smärta vä. Ingen tidigare graviditet. Klamydia 2016. Kopparspiral uttagen i mars.
Ingen yrsel, ingen axelsmärta. Har kunnat äta och dricka som vanligt.
"""),
    ("Tidigare sjukdomar", """
Frisk. Klamydia 2016, behandlad. Inga operationer i buken.
"""),
    ("Socialt", """
Sambo, arbetar som frisör. Planerad graviditet.
"""),
    ("Status", """
AT: opåverkad. BT 116/72, puls 84.
Buk: ömhet vä fossa, ingen défense.
Gyn: sparsam mörk blödning från cervix, portioömhet, ömhet vä adnex.
VUL: tom uterus, endometrium 9 mm. Vä adnex 2 cm inhomogen resistens, liten mängd fri vätska i Douglas.
Cor/pulm: ua. Temp 36,9. Hud: ingen blekhet.
"""),
    ("Lab", """
S-hCG 1850 IE/l. Hb 128. Blodgrupp A RhD neg.
"""),
    ("Bedömning", """
Sannolikt extrauterin graviditet vä tubar, hemodynamiskt stabil. Metotrexatbehandling vs laparoskopi diskuteras med bakjour. Anti-D ges.
"""),
    ("Åtgärd", """
Kvar på kvinnoakuten, nytt hCG och Hb om 48 h. Vb laparoskopi.
"""),
    ("Information", """
Pat och sambo informerade om fynden och om behandlingsalternativen. Hon vet att söka direkt vid ökad smärta eller yrsel.
"""),
  ], must=["NL102"], why="'Sannolikt extrauterin graviditet' in Bedömning.")

C("nl102-uro-misstanke-om-prostatacancer-psa14", "v_uro_skas", "Mottagningsanteckning", "Hannes Lundberg",
  "2024-02-20 09:15", 55, "öppenvård", "1958-10-07", "599", [
    ("Remissorsak", """
PSA 14 vid kontroll på VC, tidigare 6,2 för 2 år sedan. Fråga om vidare utredning.
"""),
    ("Anamnes", """
65-årig man med nykturi 2–3 ggr/natt och svag stråle sedan några år. Ingen hematuri, inga skelettsmärtor. Tidigare opererad för njursten 2005. Hypertoni, hyperlipidemi.
Ingen viktnedgång. Ingen urinretention. Har tidigare inte tagit PSA. Inga urinvägsinfektioner senaste året.
"""),
    ("Hereditet", """
Bror prostatacancer vid 62 års ålder, opererad. Far dog i hjärtinfarkt.
"""),
    ("Socialt", """
Gift, arbetar som bokhållare. Röker inte.
"""),
    ("Läkemedel", """
Candesartan 16 mg, Simvastatin 40 mg.
"""),
    ("Status", """
AT: gott.
PR: prostata ca 50 ml, hö lob med fast område basalt, ej fixerad.
Buk: mjuk, ingen blåsfyllnad.
Lgl: ljumskar ua. Rygg: ingen kotömhet. Ben: inga ödem, normal neurologi.
"""),
    ("Lab", """
PSA 14,0, PSA-densitet 0,28. Krea 94. U-sticka ua.
"""),
    ("Bedömning", """
Förhöjt PSA med palpatoriskt fynd. Misstanke om prostatacancer, SVF-kriterierna uppfyllda. MR prostata och riktade biopsier beställda.
"""),
    ("Planering", """
MR prostata v 10, biopsi v 11. Antibiotikaprofylax ordinerad inför biopsi.
"""),
    ("Information", """
Pat informerad om att förhöjt PSA och fynd vid undersökningen kräver utredning med MR och biopsier, samt om biopsins risker.
"""),
  ], must=["NL102"], why="'Misstanke om prostatacancer' in Bedömning.")

C("nl102-hud-dd-psoriasis-seborroiskt-eksem", "s_hud_lund", "Läkaranteckning", "Marie Kjellberg",
  "2024-03-13 13:45", 25, "öppenvård", "1977-02-25", "913", [
    ("Aktuellt", """
47-årig man med fjällande, kliande hudförändringar i hårbotten, bakom öronen och i ögonbrynen sedan 6 mån. Smörjt med Mildison utan effekt.
Klådan är värst på kvällen. Förändringarna blir sämre vid stress och under vintern. Inga besvär från naglar eller leder. Har inte solat på sistone. Ingen förändring av schampo eller hårprodukter.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Astma, lindrig. Atopisk disposition. Ingen ledvärk.
"""),
    ("Socialt", """
Gift, arbetar som lärare. Stressig höst med mycket arbete.
"""),
    ("Läkemedel", """
Enalapril 10 mg, Bricanyl vb.
"""),
    ("Hereditet", """
Far har psoriasis på armbågarna.
"""),
    ("Status", """
Hud: välavgränsade, rodnade plack med silvriga fjäll i hårbottens kant och retroaurikulärt. Fetglänsande fjällning i ögonbrynen och nasolabialvecken. Naglar: enstaka pitting. Armbågar och knän ua. Inga intertriginösa förändringar.
Slemhinnor ua. Ljumskar och axiller fria. Inga pustler. Lgl ej förstorade.
"""),
    ("Tidigare behandling", """
Mildison kräm 4 veckor, Neutrogena schampo. Inga systemiska behandlingar.
"""),
    ("Bedömning", """
Inflammatorisk dermatos i seborroiska områden, DD psoriasis (sebopsoriasis) / seborroiskt eksem. Behandling med Daivobet gel i hårbotten och Pevisone i ansiktet 2 v. Stansbiopsi om ingen effekt.
"""),
    ("Uppföljning", """
Åter 8 veckor. Pat uppmanad att fotografera förändringarna.
"""),
  ], must=["NL102"], why="'DD psoriasis / seborroiskt eksem' in Bedömning.")

C("nl102-ogon-fragetecken-temporalisarterit", "v_ogon_mol", "Läkaranteckning", "Tove Lindahl",
  "2024-11-18 15:50", 30, "akutmottagning", "1946-01-13", "262", [
    ("Kontaktorsak", """
Plötslig synförlust vä öga i morse.
"""),
    ("Anamnes", """
78-årig kvinna, vaknade med kraftigt nedsatt syn vä öga. Sedan 3 veckor huvudvärk i tinningarna, ömmar när hon kammar håret och får ont i käken när hon tuggar. Gått ner i vikt. Polymyalgia reumatika 2019, utsatt kortison 2021.
Inga dubbelseenden. Har haft övergående dimsyn vä öga vid två tillfällen förra veckan. Feber 37,8 på kvällarna.
"""),
    ("Socialt", """
Änka, bor ensam i lägenhet i Mölndal. Dottern bor nära. Klarar sig själv.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Osteoporos. Glaukom hö öga, behandlat.
"""),
    ("Läkemedel", """
Xalatan hö öga, Amlodipin 5 mg, Alendronat.
"""),
    ("Status", """
Visus hö 0,8, vä handrörelser. RAPD vä. Tryck 16/14.
Fundus vä: blek, svullen papill, ingen blödning. Fundus hö ua.
Temporalisartärer: förtjockade och ömma bilat, svag puls vä.
Cor: regelbunden 84. Axlar: lätt smärtsam abduktion bilat. Tinningshud utan sår.
"""),
    ("Lab", """
SR 88, CRP 64, TPK 510.
"""),
    ("Bedömning", """
Arteriitisk främre ischemisk optikusneuropati vä. ?Temporalisarterit (jättecellsarterit). Solu-Medrol 500 mg iv idag, därefter Prednisolon 60 mg. Temporalisbiopsi och ultraljud temporalisartärer beställda.
"""),
    ("Planering", """
Reumatolog kontaktad. Biopsi inom en vecka. Kontroll av hö öga imorgon. Calcium/D-vitamin och PPI vid kortisonbehandling.
"""),
  ], must=["NL102"], why="'?Temporalisarterit' (question mark hedge) in Bedömning.")

C("nl102-onh-trol-menieres-sjukdom", "s_onh_lund", "Läkaranteckning", "Fredrik Alm",
  "2024-06-25 10:10", 40, "öppenvård", "1972-03-08", "457", [
    ("Aktuellt", """
52-årig man med attacker av rotatorisk yrsel i 2–4 timmar sedan 6 mån, 5 attacker totalt, med illamående och kräkningar. Under attackerna lockkänsla och brus i vä öra. Hörseln vä känns sämre efter attackerna.
Mellan attackerna mår han bra men har ett lågt brus vä. Attackerna kommer utan förvarning, en gång medan han körde bil. Ingen huvudvärk i samband med attackerna, inga synbesvär. Ingen nackvärk utöver den vanliga.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Psoriasis. Whiplashskada efter bilolycka 2010 med kvarstående nackbesvär.
"""),
    ("Socialt", """
Gift, arbetar som elektriker, kan inte arbeta på höjd under attack. Dricker kaffe 5 koppar om dagen.
"""),
    ("Läkemedel", """
Ramipril 5 mg, Dovobet vb.
"""),
    ("Status", """
Öron: trumhinnor ua bilat.
Nystagmus: ingen spontannystagmus, Dix-Hallpike negativ bilat. Head impulse test ua.
Neuro: kranialnerver ua, Romberg ua.
"""),
    ("Audiogram", """
Lågfrekvent sensorineural hörselnedsättning vä 35–40 dB, hö normalt.
"""),
    ("Lab", """
Blodstatus, elektrolyter, glukos normala. Borrelia- och syfilisserologi tagna.
"""),
    ("Bedömning", """
Trol. Ménières sjukdom vä. Betahistin 24 mg x 2 prövas, saltrestriktion. MR inneröra/hjärnstam för att utesluta vestibularisschwannom.
"""),
    ("Planering", """
Yrseldagbok. Nytt audiogram vid nästa attack om möjligt. Åter 3 mån.
"""),
  ], must=["NL102"], why="'Trol. Ménières sjukdom' in Bedömning.")

C("nl102-inf-misstankt-endokardit-iv-missbruk", "v_inf_ostra", "Inskrivningsanteckning", "Johanna Wik",
  "2024-08-04 21:30", 70, "slutenvård", "1989-12-01", "575", [
    ("Kontaktorsak", """
Feber och frossa i en vecka.
"""),
    ("Anamnes", """
34-årig man med känt intravenöst opioidberoende, i LARO-behandling sedan 2022 men återfall senaste månaden. Feber upp till 40, frossa, andfåddhet senaste dagarna. Hepatit C, behandlad och utläkt 2021.
Har delat sprutor vid flera tillfällen senaste månaden.
"""),
    ("Socialt", """
Bor i lägenhet med andrahandskontrakt i Göteborg. Kontakt med socialtjänsten. Mamma i Borås har sporadisk kontakt.
"""),
    ("Läkemedel", """
Buprenorfin/naloxon 16/4 mg (LARO-mottagningen), senaste hämtning 3 dagar sedan.
"""),
    ("Status", """
AT: medtagen. Temp 39,4, puls 118, BT 102/58, sat 93 %.
Cor: nytillkommet systoliskt blåsljud 3/6 vid vä nedre sternalrand, ökar vid inandning.
Pulm: spridda krepitationer bilat.
Hud: stickmärken i armbågsvecken, smärtfria erytematösa fläckar i fotsulorna.
"""),
    ("Lab", """
CRP 230, LPK 18, PCT 12, krea 110, TPK 98. Blododlingar x 3 tagna innan antibiotika.
"""),
    ("Röntgen", """
Lungröntgen: multipla perifera noduli bilat, några med kavitet, förenligt med septiska embolier.
"""),
    ("EKG", """
Sinustakykardi 116, normalt PQ-intervall, inga överledningsrubbningar.
"""),
    ("Bedömning", """
Sepsis. Misstänkt högersidig endokardit (trikuspidalis) med septiska lungembolier. Kloxacillin 2 g x 6 iv. TTE imorgon, TEE vb. Fortsatt buprenorfin enl LARO.
"""),
    ("Planering", """
Infektionsavdelning 4. Telemetri. Thoraxkirurg informeras om TEE visar stor vegetation. Beroendekonsult.
"""),
    ("Information", """
Pat informerad om att blododlingar och ultraljud av hjärtat behövs, om planen med intravenös antibiotika under flera veckor och om vikten av att stanna kvar på avdelningen. Han accepterar inläggning och att LARO-mottagningen kontaktas.
"""),
  ], must=["NL102"], why="'Misstänkt högersidig endokardit' in Bedömning.")

C("nl102-reuma-sannol-polymyalgia-reumatika", "s_reuma_lund", "Läkaranteckning", "Gunilla Rehn",
  "2024-01-29 14:30", 45, "öppenvård", "1951-11-03", "084", [
    ("Aktuellt", """
72-årig kvinna med bilateral värk och stelhet i axlar och höfter sedan 6 veckor, morgonstelhet 2 timmar. Svårt att ta på sig kappan och resa sig från stolen. Ingen huvudvärk, inga synbesvär, ingen käkclaudicatio.
Har gått ner 2 kg, aptiten sämre. Ingen feber. Sover dåligt pga värk när hon vänder sig. Alvedon hjälper lite.
"""),
    ("Tidigare sjukdomar", """
Hypotyreos. Typ 2-diabetes, tablettbehandlad. Katarakt op vä 2022.
"""),
    ("Socialt", """
Gift, pensionerad lärare. Går i kör, har inte orkat sedan besvären började.
"""),
    ("Läkemedel", """
Levaxin 100 mikrog, Metformin 1 g x 2, Sitagliptin 100 mg.
"""),
    ("Status", """
Leder: smärtsam och nedsatt abduktion i axlarna bilat, höfterna smärtsamma vid rotation. Inga synoviter i händerna.
Temporalisartärer: palpabla, oömma.
Muskelstyrka: normal, begränsad av smärta.
"""),
    ("Lab", """
SR 56, CRP 32. CK normalt. RF och anti-CCP negativa. Hb 119. TSH 2,1.
"""),
    ("Röntgen", """
Lungröntgen: ua. Ultraljud axlar: bilateral subdeltoid bursit.
"""),
    ("Bedömning", """
Sannol. polymyalgia reumatika. Prednisolon 15 mg x 1, snabb effekt förväntas inom en vecka, annars omvärdering. Glukoskontroll hemma pga diabetes. Calcichew-D3 och Alendronat som skydd.
"""),
    ("Planering", """
Telefonkontakt om 1 vecka. Återbesök 4 veckor med SR/CRP.
"""),
  ], must=["NL102"], why="'Sannol. polymyalgia reumatika' in Bedömning.")

C("nl102-endo-feokromocytom-kan-inte-uteslutas", "v_endo_sas", "Läkaranteckning", "Mattias Örn",
  "2024-05-06 11:20", 35, "öppenvård", "1975-06-19", "333", [
    ("Remissorsak", """
Binjureincidentalom hö 3,5 cm på DT buk (utfört pga njurstensmisstanke), fråga om hormonell aktivitet.
"""),
    ("Anamnes", """
48-årig man med attacker av hjärtklappning, huvudvärk och svettningar några gånger i månaden sedan ett år. Hypertoni sedan 2021, svårbehandlad trots tre läkemedel. Njursten 2023.
Attackerna varar 10–20 minuter och han blir blek under dem.
"""),
    ("Hereditet", """
Far dog plötsligt vid 55 års ålder, orsak okänd. Inga kända ärftliga syndrom.
"""),
    ("Socialt", """
Gift, två barn. Arbetar som säljare, reser mycket.
"""),
    ("Läkemedel", """
Amlodipin 10 mg, Losartan 100 mg, Hydroklortiazid 25 mg.
"""),
    ("Status", """
AT: gott. BT 168/102 hö, 164/100 vä. Puls 92.
Cor: regelbunden rytm utan blåsljud. Buk: ingen resistens.
Hud: inga striae, inga café-au-lait-fläckar.
"""),
    ("Lab", """
P-metanefrin 0,9 (lätt förhöjt), P-normetanefrin 2,8 (förhöjt, ref < 1,0). Dexametasonhämningstest normalt. Aldosteron/renin-kvot normal.
"""),
    ("Röntgen", """
DT binjurar: 3,5 cm heterogen lesion, 32 HU osanerat, långsam wash-out.
"""),
    ("Bedömning", """
Binjuretumör hö med förhöjda metanefriner. Feokromocytom kan inte uteslutas. Nya prover med plasma-metanefriner liggande, och 68Ga-DOTATOC-PET. Doxazosin insätts. Betablockad ej före alfablockad.
"""),
    ("Planering", """
Doxazosin 2 mg, upptitreras. Återbesök 3 veckor. Endokrinkirurg informeras om diagnosen verifieras.
"""),
  ], must=["NL102"], why="'Feokromocytom kan inte uteslutas' in Bedömning.")

C("nl102-ger-misstankt-lewy-dd-parkinsondemens", "s_ger_trb", "Läkaranteckning", "Ingrid Falk",
  "2024-09-05 09:50", 60, "öppenvård", "1942-07-30", "133", [
    ("Kontaktorsak", """
Minnesmottagning, nybesök med hustrun.
"""),
    ("Anamnes", """
82-årig man, Parkinsons sjukdom sedan 2016 (H&Y 2,5) på levodopa. Sedan 8 mån fluktuerande vakenhet, dagtrötthet, ser djur i hörnet av rummet på kvällen. Glömmer avtal. Fall x 2.
Hustrun berättar att han slår med armarna i sömnen sedan många år. Har börjat gå vilse i bostadsområdet. Tröttheten växlar mycket från dag till dag, ibland sover han större delen av förmiddagen. Synhallucinationerna skrämmer honom inte.
"""),
    ("Socialt", """
Bor med hustrun i villa i Trelleborg. Hemtjänst 1 gång/dag för dusch. Kör inte bil sedan 2022.
"""),
    ("Tidigare sjukdomar", """
Parkinsons sjukdom. Ortostatisk hypotension. Prostatahyperplasi. Förstoppning.
"""),
    ("Läkemedel", """
Madopark 100/25 x 4, Madopark Depot till natten, Movicol, Tamsulosin.
"""),
    ("Status", """
MMSE 22/30. Neuro: bradykinesi bilat, rigiditet, lätt vilotremor vä. Ortostatiskt BT-fall 28 mmHg.
"""),
    ("Lab", """
B12, folat, TSH, Ca, elektrolyter normala. Krea 92.
"""),
    ("Röntgen", """
DT hjärna: måttlig central atrofi, inga infarkter. Ingen vidgning av ventriklar.
"""),
    ("Bedömning", """
Kognitiv svikt med hallucinationer. Missänkt Parkinsondemens, DD Lewy body-demens om tidsförloppet varit kortare än angivet. Rivastigmin prövas. Tamsulosin sätts ut pga ortostatism.
"""),
    ("Planering", """
Arbetsterapeut hembesök. Återbesök om 2 mån.
"""),
    ("Information", """
Pat och hustru informerade om att den kognitiva svikten och synupplevelserna behöver följas och att läkemedel mot Parkinson kan bidra. Råd om belysning kvällstid och fallprevention.
"""),
  ], must=["NL102"], why="Typo 'Missänkt' in the hedge cue; Parkinsondemens/DLB in Bedömning.")

C("nl102-psyk-fragetecken-bipolar-typ-ii", "v_psyk_kung", "Läkaranteckning", "Elin Magnusson",
  "2024-10-23 13:30", 50, "öppenvård", "1992-04-22", "628", [
    ("Aktuellt", """
32-årig kvinna med återkommande depressioner sedan 18 års ålder, nu remitterad från VC efter utebliven effekt av två SSRI. Beskriver perioder av några dagar med minskat sömnbehov, ökad energi och impulsköp.
Den senaste perioden med ökad energi var i somras, då hon målade om hela huset på tre nätter och köpte en båt. Sambon bekräftar perioderna.
"""),
    ("Tidigare", """
Ätstörning (anorexi) i tonåren, återställd. Hypotyreos. Ingen missbruksproblematik.
"""),
    ("Hereditet", """
Morfar bipolär sjukdom, vårdad på mentalsjukhus. Mor depression.
"""),
    ("Socialt", """
Sambo, två barn 3 och 5 år. Arbetar som ekonom, sjukskriven 50 % sedan 4 veckor.
"""),
    ("Läkemedel", """
Escitalopram 20 mg, Levaxin 50 mikrog.
"""),
    ("Skattningar", """
MDQ 9. MADRS-S 28.
"""),
    ("Psykiskt status", """
Vaken, orienterad, god kontakt. Nedstämd, gråter under samtalet. Inga psykotiska symtom. Passiva dödstankar utan planer, inga tidigare försök. Suicidriskbedömning: låg-måttlig risk, skyddsfaktorer barn och sambo.
"""),
    ("Bedömning", """
Egentlig depression, medelsvår. ?Bipolär sjukdom typ II med tanke på hypomana perioder och hereditet. Escitalopram trappas ut, lamotrigin startas med långsam upptrappning. Strukturerad intervju (SCID) vid nästa besök.
"""),
    ("Planering", """
Lamotrigin 25 mg x 1 i 2 veckor, sedan 50 mg. Varning för hudutslag genomgången. Telefonkontakt om 2 veckor.
"""),
  ], must=["NL102"], why="'?Bipolär sjukdom typ II' in Bedömning next to a settled depression.")

C("nl102-onk-misstankt-levermetastas-uppfoljning", "s_onk_lund", "Läkaranteckning", "Henrik Ståhl",
  "2024-08-06 13:00", 45, "öppenvård", "1964-09-16", "062", [
    ("Aktuellt", """
Uppföljning 2 år efter operation för bröstcancer vä (pT2N1, ER+, HER2–) med adjuvant cytostatika och strålning. Står på letrozol. Mår bra, arbetar heltid. Ingen skelettvärk.
Lite trött efter semestern. Ingen buksmärta, god aptit.
"""),
    ("Tidigare sjukdomar", """
Bröstcancer vä 2022. Hypertoni. Lätt lymfödem vä arm, kompressionsärm.
"""),
    ("Läkemedel", """
Letrozol 2,5 mg, Enalapril 10 mg, Calcichew-D3, Prolia var 6:e mån.
"""),
    ("Status", """
AT: gott, ECOG 0.
Bröst: opererat vä med läkt ärr, ingen lokal recidivmisstanke palperas. Hö ua.
Lgl: axiller och supraklavikulärt ua.
Buk: mjuk, ingen palpabel lever.
"""),
    ("Lab", """
Leverprover: ALP 2,1 (stigande från 1,4), ALAT 0,6. CA 15-3 42 (tidigare 18).
"""),
    ("Röntgen", """
DT thorax-buk 1/8: ny 14 mm hypodens lesion i levern segment VI, inte karaktäriserbar. Lungor ua.
"""),
    ("Bedömning", """
Misstänkt levermetastas från bröstcancer med stigande tumörmarkör. MR lever och ultraljudsledd biopsi för verifikation och receptorstatus. Letrozol fortsätter i väntan på svar.
"""),
    ("Information", """
Pat informerad om att DT visar en ny förändring i levern som behöver undersökas, och att vi misstänker att det kan vara spridning. Hon är orolig men förberedd.
"""),
    ("Planering", """
MR lever v 33, biopsi därefter. Kontaktsjuksköterska ringer om 1 vecka.
"""),
  ], must=["NL102"], why="'Misstänkt levermetastas' in a visible Bedömning (informed, but NL102 still applies).")

C("nl102-lung-tankbar-sarkoidos-dd-lymfom", "v_lung_su", "Läkaranteckning", "Sara Fors",
  "2024-03-28 10:25", 30, "öppenvård", "1987-02-08", "444", [
    ("Remissorsak", """
Bilaterala hiluskörtlar på lungröntgen tagen inför utlandsarbete. Önskar bedömning.
"""),
    ("Anamnes", """
37-årig kvinna, inga luftvägssymtom. Lite trött. Har haft ledvärk i fotlederna och röda ömma knölar på smalbenen för 2 mån sedan. Ingen feber eller nattsvett. Aldrig rökt.
Ledvärken och knölarna gick över på 4 veckor med Ipren. Inga ögonbesvär, inga hudutslag idag. Inga hjärtklappningar. Ingen tbc-exposition hon känner till. Arbetar på kontor, ingen damm- eller kemikalieexposition.
"""),
    ("Tidigare sjukdomar", """
Endometrios, laparoskopi 2018. Migrän.
"""),
    ("Socialt", """
Gift, en son 4 år. Arbetar som civilingenjör, planerar att arbeta i Norge i höst.
"""),
    ("Läkemedel", """
Cerazette. Sumatriptan vb.
"""),
    ("Status", """
AT: gott. Sat 99 %.
Pulm: vesikulära andningsljud, inga biljud.
Hud: pigmenterade rester efter knölarna på smalbenen.
Lgl: inga palpabla perifert.
Cor: RR 68. Buk: ingen palpabel mjälte. Ögon: ej rodnade.
"""),
    ("Lab", """
ACE 71, Ca 2,44, CRP 4, SR 22. LPK normala.
"""),
    ("Röntgen", """
DT thorax: symmetriska hilus- och paratrakeala körtlar, lungparenkym ua.
"""),
    ("Bedömning", """
Bilateral hilusadenopati, tänkbar sarkoidos (Löfgrens syndrom i efterförlopp), DD lymfom. EBUS-TBNA planeras för verifiering. Spirometri med diffusion.
"""),
    ("Planering", """
EBUS v 15. Remiss ögon för screening av uveit. Återbesök efter EBUS-svar.
"""),
  ], must=["NL102"], why="'tänkbar sarkoidos ... DD lymfom' in Bedömning.")

C("nl102-med-trolig-hemokromatos-ferritin", "s_med_kri", "Läkaranteckning", "Magnus Ekdahl",
  "2024-11-07 14:40", 35, "öppenvård", "1970-12-04", "215", [
    ("Remissorsak", """
Förhöjt ferritin 1450 och transferrinmättnad 78 %, remiss från VC Bromölla.
"""),
    ("Anamnes", """
53-årig man med trötthet och ledvärk i pek- och långfingrarnas grundleder sedan ett par år. Dricker 3–4 öl per vecka. Ingen blodgivning. Typ 2-diabetes sedan 2021.
Har börjat märka nedsatt lust och erektionsproblem senaste året. Inga buksmärtor. Ingen tidigare leversjukdom. Har inte tagit järntabletter eller vitaminer.
"""),
    ("Hereditet", """
Far dog i levercirros, drack inte enligt familjen. Bror frisk.
"""),
    ("Socialt", """
Gift, två barn 18 och 21 år. Arbetar som lantbrukare.
"""),
    ("Läkemedel", """
Metformin 1 g x 2. Ipren vb.
"""),
    ("Status", """
AT: gott. Hud: lätt bronsfärgad.
Buk: lever palpabel 2 cm under arcus, oöm.
Leder: lätt svullnad MCP 2–3 bilat, oömma.
Cor/pulm: ua.
Testiklar: något små, mjuka. Hjärtfrekvens 72, regelbunden. Ben: inga ödem.
"""),
    ("Lab", """
Ferritin 1450, transferrinmättnad 78 %, ALAT 1,4, ASAT 1,1, Hb 158, HbA1c 58. CDT normal.
"""),
    ("Röntgen", """
Ultraljud lever (VC): homogen lever, lätt förstorad, ingen fokal förändring.
"""),
    ("Bedömning", """
Trolig hemokromatos med järninlagring, diabetes och artropati. HFE-genotypning skickad. MR lever med järnkvantifiering. Venesectio startar när diagnosen är verifierad.
"""),
    ("Planering", """
Åter 4 v. Fibroscan.
"""),
  ], must=["NL102"], why="'Trolig hemokromatos' in Bedömning.")

C("nl102-ger-mojligen-normaltryckshydrocefalus", "v_ger_fss", "Läkaranteckning", "Birgitta Holmén",
  "2024-04-11 10:50", 55, "öppenvård", "1945-05-09", "579", [
    ("Kontaktorsak", """
Gångsvårigheter och minnesstörning sedan ett år. Remiss från husläkare.
"""),
    ("Anamnes", """
78-årig man, gången har blivit småstegad och osäker, känns som fötterna "fastnar i golvet". Urinträngningar med inkontinens senaste halvåret. Glömmer namn och avtal. Tidigare aktiv golfspelare.
Har ramlat två gånger i hemmet senaste halvåret, utan skador. Hustrun beskriver att han blivit långsammare i tanken och mindre initiativrik. Inga hallucinationer. Ingen huvudvärk. Sover bra.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Kronisk njursvikt stadium 3a. Hjärtinfarkt 2012. Prostatacancer 2017, strålbehandlad.
"""),
    ("Socialt", """
Gift, bor i villa med trappa. Hustrun hjälper till. Kör inte bil längre.
"""),
    ("Läkemedel", """
Trombyl, Atorvastatin, Bisoprolol, Ramipril.
"""),
    ("Status", """
Gång: bredspårig, småstegad, magnetisk gång, vändning i 6 steg. TUG 22 s.
MMSE 24/30. Neuro: ingen rigiditet, ingen tremor, reflexer normala.
Cor: regelbunden, 64/min, systoliskt blåsljud 1/6. BT 142/80 liggande, 138/78 stående.
"""),
    ("Röntgen", """
DT hjärna: vidgade ventriklar (Evans index 0,36), tranga sulci vid vertex, vidgade Sylviska fissurer.
"""),
    ("Lab", """
Blodstatus, B12, folat, TSH, Ca och elektrolyter normala. Krea 118.
"""),
    ("Bedömning", """
Triaden gång-, kognitiv och blåsstörning med ventrikelvidgning. Möjligen normaltryckshydrocefalus (iNPH). Remiss neurokirurgen för tap-test.
"""),
    ("Planering", """
Fysioterapeut, rollator utprovad. Åter efter tap-test.
"""),
  ], must=["NL102"], why="'Möjligen normaltryckshydrocefalus' in Bedömning.")

C("nl102-barn-misstankt-jia", "s_barn_lund", "Läkaranteckning", "Cecilia Mårtensson",
  "2024-02-27 15:15", 40, "öppenvård", "2012-12-20", "248", [
    ("Aktuellt", """
11-årig flicka med svullet vä knä sedan 8 veckor, stelhet på morgonen som släpper efter en halvtimme. Haltar ibland. Inget trauma. Hade en förkylning i december.
Knät har varit svullet hela tiden utan att gå tillbaka. Ingen feber, inga utslag, ingen viktnedgång. Inga ögonbesvär.
"""),
    ("Tidigare sjukdomar", """
Frisk. Psoriasis hos mamma. Vaccinerad enligt programmet.
"""),
    ("Socialt", """
Bor med mamma, pappa och en lillasyster i Lund. Dansar och spelar fotboll. Har missat några träningar.
"""),
    ("Läkemedel", """
Ipren 200 mg vid behov, tar ca 2 ggr/vecka.
"""),
    ("Status", """
AT: opåverkad, afebril.
Vä knä: palpabel ledvätska, värmeökning, extension –5°, flexion 120°. Hö knä ua.
Övriga leder: ua, inga entesiter.
Hud: inga psoriasisfläckar. Naglar ua.
Ögon: ua vid inspektion.
"""),
    ("Lab", """
SR 24, CRP 9, Hb 121, LPK normala. ANA positiv 1:320. RF negativ. Borrelia-serologi negativ.
"""),
    ("Röntgen", """
Ultraljud vä knä: synovit med effusion, inga skelettförändringar på rtg.
"""),
    ("Bedömning", """
Monoartrit vä knä i > 6 veckor. Misstänkt juvenil idiopatisk artrit, oligoartikulär form, med positiv ANA. Intraartikulär steroidinjektion i sedering planeras. Remiss ögonkontroll (uveitscreening var 3:e mån).
"""),
    ("Planering", """
Fysioterapeut. Åter 6 v.
"""),
  ], must=["NL102"], why="Child 11 y: 'Misstänkt juvenil idiopatisk artrit' in Bedömning.")

C("nl102-barn-spadbarn-misstankt-pylorusstenos", "v_barn_nal", "Akutanteckning", "Jesper Wallin",
  "2024-06-14 20:10", None, "akutmottagning", "2024-05-06", "431", [
    ("Kontaktorsak", """
Kräkningar efter varje måltid sedan 4 dagar.
"""),
    ("Anamnes", """
5 veckor gammal pojke, född fullgången, förstfödd. Kaskadkräkningar direkt efter amning sedan 4 dagar, inte galla. Hungrig direkt efter. Färre blöjor. Ingen feber. Far hade "magmuskelförträngning" som spädbarn.
Kräkningarna har blivit mer kraftfulla för varje dag och når över en meter. Ingen diarré. Senaste blöjan blöt för 6 timmar sedan. Ingen gulsot.
"""),
    ("Socialt", """
Bor med mamma och pappa i Trollhättan. Mamma föräldraledig.
"""),
    ("Status", """
AT: hungrig, lätt insjunken fontanell, kapillär återfyllnad 2 s.
Vikt 3,9 kg (födelsevikt 3,7 kg, var 4,1 kg för en vecka sedan).
Buk: synlig peristaltik i epigastriet, en olivformad resistens palperas till hö om medellinjen efter kräkning.
Cor/pulm: ua.
"""),
    ("Lab", """
Blodgas: pH 7,52, BE +9, Cl 91, K 3,2, Na 134.
"""),
    ("Bedömning", """
Hypokloremisk metabol alkalos och dehydrering. Misstänkt pylorusstenos. Ultraljud pylorus ikväll. Fastande, iv vätska med glukos och NaCl + KCl, elektrolytkorrektion före ev. operation.
"""),
    ("Åtgärd", """
Inläggning barnkirurgi. Föräldrar informerade om planen.
"""),
    ("Information", """
Föräldrarna informerade om undersökningen och att operation är trolig om ultraljudet visar förtjockad pylorus.
"""),
  ], must=["NL102"], why="Unsigned draft. Infant 5 weeks: 'Misstänkt pylorusstenos' in Bedömning.")

C("nl102-kir-divertikulit-fragetecken-dd-koloncancer-utkast", "s_kir_ystad", "Inskrivningsanteckning", "Jakob Malm",
  "2024-03-02 23:55", None, "slutenvård", "1959-04-26", "652", [
    ("Kontaktorsak", """
Smärta vä fossa sedan 3 dagar, feber.
"""),
    ("Anamnes", """
64-årig kvinna, tilltagande smärta i vä nedre kvadrant, temp 38,5 hemma. Ändrade avföringsvanor sedan ett par månader med omväxlande förstoppning och lösa avföringar, ingen synlig blödning. Ej koloskoperad.
Ingen viktnedgång. Ingen ärftlighet för tarmcancer.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Hypotyreos. Ovarialcysta op 1998. Förstoppning sedan länge.
"""),
    ("Socialt", """
Gift, pensionerad sekreterare, bor i Ystad.
"""),
    ("Läkemedel", """
Levaxin 88 mikrog, Losartan 50 mg, Laktulos vb.
"""),
    ("Status", """
AT: opåverkad, temp 38,2, BT 138/80.
Buk: ömhet och lokal défense vä fossa, ingen palpabel resistens, ingen generell peritonit.
PR: ingen blod på handsken, ingen resistens.
Cor: RR 86, inga blåsljud. Pulm: ua. Hud: varm, ingen ikterus.
"""),
    ("Lab", """
CRP 156, LPK 13,5, Hb 115, krea 72.
"""),
    ("Röntgen", """
DT buk: väggförtjockning sigmoideum över 7 cm med omgivande fettinfiltration, ingen fri gas, ingen abscess. Några förstorade lokala lymfkörtlar.
"""),
    ("Bedömning", """
Divertikulit i sigmoideum? DD koloncancer med tanke på ändrade avföringsvanor och lymfkörtlar. Okomplicerad bild, antibiotika iv i 2 dagar, därefter peroralt. Koloskopi om 6 veckor obligat.
"""),
    ("Planering", """
Inlagd avd 6. Ciprofloxacin + metronidazol iv. Klar vätska. Ny bedömning imorgon med CRP.
"""),
  ], must=["NL102"], why="Unsigned draft: 'Divertikulit i sigmoideum? DD koloncancer' in Bedömning.")

C("nl102-kvk-trol-endometrios-dysmenorre", "v_kvk_kung", "Läkaranteckning", "Ulrika Forsberg",
  "2024-01-23 10:00", 40, "öppenvård", "2001-08-17", "066", [
    ("Aktuellt", """
22-årig kvinna med svår mensvärk sedan menarche vid 12 år, tilltagande senaste 3 åren, missar studier 1–2 dagar per cykel. Smärta vid samlag och vid avföring under mens.
Mensen regelbunden var 28:e dag, rikliga blödningar de två första dagarna. Har vid två tillfällen sökt akut pga smärta. Ingen graviditetsönskan för närvarande.
"""),
    ("Tidigare sjukdomar", """
Astma. IBS-diagnos satt på VC 2021. Laktosintolerans.
"""),
    ("Socialt", """
Studerar till jurist i Göteborg, bor med pojkvän. Aktiv inom friidrott.
"""),
    ("Läkemedel", """
Naproxen 500 mg x 2 under mens, Bricanyl vb. Provat p-piller 2019, slutade pga humörpåverkan.
"""),
    ("Status", """
Gyn: yttre genitalia ua. Spekulum: portio ua. Bimanuellt: ömhet i bakre fornix och över vä sakrouterinligament, ingen palpabel resistens.
VUL: uterus anteflekterad, normalstor. Ovarier ua, inga endometriom. Sliding sign negativt bakom uterus.
"""),
    ("Lab", """
Hb 124, ferritin 18. U-hCG negativt. Klamydia-PCR negativ.
"""),
    ("Bedömning", """
Sekundärt förvärrad dysmenorré med dyspareuni och dyschezi. Trol. endometrois, djup infiltrerande i bakre compartment kan inte uteslutas. Hormonell behandling med dienogest 2 mg prövas i 3 mån. MR lilla bäckenet.
"""),
    ("Planering", """
Återbesök 3 mån. Smärtdagbok. Remiss fysioterapeut för bäckenbotten.
"""),
  ], must=["NL102"], why="Typo 'endometrois' in the hedged diagnosis 'Trol. endometrois'.")

C("nl102-ort-misstankt-septisk-artrit-knaprotes", "s_ort_hlm", "Akutanteckning", "Patrik Lövgren",
  "2024-07-12 03:20", None, "akutmottagning", "1952-10-30", "271", [
    ("Kontaktorsak", """
Akut svullnad och värk hö knä sedan igår.
"""),
    ("Anamnes", """
71-årig man med hö total knäprotes sedan 2017 utan problem. Sedan igår kväll kraftig värk, svullnad och rodnad, kan inte belasta. Frossa i natt. Hade tandinfektion för 2 veckor sedan som behandlades med penicillin.
Inga tidigare problem med protesen, senaste kontroll 2022 utan anmärkning. Inga sår på benet. Inget trauma mot knät.
"""),
    ("Tidigare sjukdomar", """
Typ 2-diabetes, insulinbehandlad. Gikt, senast i stortån 2020. Hjärtinfarkt 2015.
"""),
    ("Socialt", """
Gift, bor i Hässleholm. Pensionerad lantbrukare. Går med käpp utomhus.
"""),
    ("Läkemedel", """
NovoRapid enl schema, Lantus 20 E, Trombyl, Atorvastatin, Allopurinol 100 mg.
"""),
    ("Status", """
AT: varm, opåverkad. Temp 38,7, puls 102.
Hö knä: kraftig ledsvullnad, värmeökning, rodnad, smärta vid minsta rörelse. Sår ua, ingen fistel.
Vä knä: ua. Fötter: ua.
"""),
    ("Lab", """
CRP 210, LPK 16, urat 420. P-glukos 18.
"""),
    ("Bedömning", """
Misstänkt septisk artrit/akut protesinfektion hö knä, hematogen. Giktanfall mindre troligt. Ledpunktion med odling och celltal före antibiotika. Blododlingar x 2. Därefter kloxacillin iv.
"""),
    ("Åtgärd", """
Ortopedjour informerad, DAIR (debridement och byte av mobila delar) planeras imorgon om punktion bekräftar.
"""),
  ], must=["NL102"], why="Unsigned draft. 'Misstänkt septisk artrit/akut protesinfektion' in Bedömning.")

C("nl102-neuro-sannolkit-guillain-barre-typo", "v_neuro_su", "Läkaranteckning", "Sofia Lindqvist",
  "2024-04-02 17:25", 40, "slutenvård", "1976-02-12", "315", [
    ("Aktuellt", """
48-årig man med stickningar i fötter och händer sedan 5 dagar, sedan 2 dagar svårt att gå i trappor. Diarré för 3 veckor sedan efter grillfest. Ingen andfåddhet.
Ingen blås- eller tarmstörning. Lätt ryggvärk. Ingen dubbelseende, inga sväljningsbesvär. Inga vaccinationer senaste månaderna. Sömnen störs av stickningarna.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Celiaki, glutenfri kost. Sömnapné med CPAP.
"""),
    ("Socialt", """
Gift, två barn. Arbetar som lärare. Röker ej.
"""),
    ("Läkemedel", """
Candesartan 8 mg.
"""),
    ("Status", """
Neuro: symmetrisk proximal och distal svaghet i benen 4/5, armar 4+/5. Arefleksi i benen, svaga reflexer i armarna. Nedsatt vibrationssinne distalt. Kranialnerver ua, ingen facialispares. Sväljer ua.
Andning: VC 3,8 l, sat 98 %.
Cor: regelbunden, puls 82.
Pulm: vesikulärt, hostkraft god. Hud: ua. Buk: mjuk, blåsa ej palpabel. Ortostatiskt BT ua.
"""),
    ("Lab", """
Likvor: celltal 2, protein 0,95 (albuminocytologisk dissociation). Elektrolyter ua. Campylobacter-serologi skickad.
"""),
    ("Bedömning", """
Akut ascenderande symmetrisk polyneuropati med arefleksi. Sannolkit Guillain-Barrés syndrom efter gastroenterit. IVIG 0,4 g/kg/dygn i 5 dagar. VC-mätning x 3 dagligen, larmgräns 20 ml/kg. Neurografi imorgon.
"""),
    ("Planering", """
Daglig neurologstatus, VC och sväljbedömning. IVA informerad. Trombosprofylax med Fragmin. Fysioterapeut.
"""),
  ], must=["NL102"], why="Typo 'Sannolkit' in the hedge cue; Guillain-Barré in Bedömning.")

C("nl102-akut-missankt-sab-typo", "s_akut_hbg", "Akutanteckning", "Oliver Kroon",
  "2024-09-08 16:50", 45, "akutmottagning", "1979-10-28", "822", [
    ("Kontaktorsak", """
Plötslig svår huvudvärk.
"""),
    ("Anamnes", """
44-årig kvinna, under träning på gym kl 13 plötslig kraftig huvudvärk i nacken, "den värsta i livet", max inom en minut. Kräktes 2 gånger. Ingen medvetandeförlust. Tidigare migrän men "helt annorlunda". Röker 10 cig/dag.
Ingen nackskada, inget trauma. Ingen feber. Har aldrig haft liknande huvudvärk. Ingen ärftlighet för aneurysm hon känner till.
"""),
    ("Tidigare sjukdomar", """
Migrän med aura. Hypertoni under graviditet 2012. Depression, behandlad.
"""),
    ("Läkemedel", """
Sertralin 100 mg, Sumatriptan vb (ej tagit idag).
"""),
    ("Socialt", """
Gift, två barn. Arbetar som administratör på kommunen.
"""),
    ("Status", """
AT: påverkad av smärta, GCS 15.
Neuro: lätt nackstelhet, pupiller lika och reaktiva, inga fokala bortfall. Ögonrörlighet ua.
Cor: regelbunden, 88. BT 172/96.
Pulm: ua.
Fundus: skarpa papiller, inga blödningar. Temp 37,1. Sat 98 %.
"""),
    ("Röntgen", """
DT hjärna utan kontrast (3,5 h efter debut): ingen blödning, inga tecken på expansivitet. Normala ventriklar.
"""),
    ("Bedömning", """
Åskknallshuvudvärk. Missänkt subaraknoidalblödning trots negativ DT. Lumbalpunktion 12 timmar efter debut för spektrofotometri (bilirubin). BT-sänkning med labetalol. Smärtlindring.
"""),
    ("Åtgärd", """
LP kl 01 i natt. Observation på akutvårdsavdelning med neurologisk kontroll varje timme. Neurokirurg i Lund kontaktas vid positiv LP.
"""),
  ], must=["NL102"], why="Typo 'Missänkt' as hedge cue; subarachnoid haemorrhage in Bedömning.")

C("nl102-kard-hjartsvikt-fragetecken-ntprobnp", "v_kard_ostra", "Läkaranteckning", "Amanda Rydén",
  "2024-02-15 13:30", 50, "öppenvård", "1949-11-21", "540", [
    ("Remissorsak", """
Andfåddhet vid ansträngning och bensvullnad, remiss från VC Kortedala.
"""),
    ("Anamnes", """
74-årig kvinna, andfådd i uppförsbackar sedan ett halvår, sover med 3 kuddar senaste månaden. Svullna anklar på kvällen. Viktuppgång 3 kg. Ingen bröstsmärta.
Har slutat gå på sina promenader pga andfåddheten. Ingen hosta, ingen feber. Kissar mer på natten. Tar sina mediciner regelbundet enligt dosett.
"""),
    ("Tidigare sjukdomar", """
Hypertoni sedan 30 år. Typ 2-diabetes. Förmaksflimmer, permanent. Artros i händerna.
"""),
    ("Socialt", """
Änka, bor ensam i lägenhet i Kortedala. Dottern hjälper till med inköp.
"""),
    ("Läkemedel", """
Eliquis 5 mg x 2, Amlodipin 10 mg, Metformin 1 g x 2, Metoprolol 50 mg.
"""),
    ("Status", """
AT: lätt dyspné vid påklädning.
Cor: oregelbunden, 88/min, inga blåsljud.
Pulm: basala krepitationer bilat.
Halsvener: lätt stasade.
Ben: pittingödem upp till mitten av underbenen bilat.
"""),
    ("Lab", """
NT-proBNP 1800. Krea 96, eGFR 54. Hb 126. TSH normal.
"""),
    ("Bedömning", """
Hjärtsvikt? Klinisk bild och NT-proBNP talar för det, UKG inväntas för att bestämma EF och klaffstatus. Furosemid 40 mg x 1 insätts. Amlodipin byts mot Ramipril 2,5 mg.
"""),
    ("Planering", """
UKG v 9. Viktkontroll dagligen. Åter efter UKG.
"""),
  ], must=["NL102"], why="'Hjärtsvikt?' (question mark) in Bedömning.")

C("nl102-inf-misstakt-malaria-typo-resenar", "s_inf_mal", "Akutanteckning", "Johan Frisk",
  "2024-11-24 19:40", 40, "akutmottagning", "1985-03-21", "917", [
    ("Kontaktorsak", """
Feber efter utlandsresa.
"""),
    ("Anamnes", """
39-årig man, hemkommen för 9 dagar sedan från 3 veckors besök hos släkt i Ghana. Tog ingen malariaprofylax. Feber upp till 40 med frossa sedan 3 dagar, huvudvärk, muskelvärk. Diarré x 2 idag. Tidigare frisk, född i Ghana, bor i Sverige sedan 2005.
Vistades i både Accra och på landsbygden, sov utan myggnät vissa nätter.
"""),
    ("Läkemedel", """
Inga. Inga kända allergier.
"""),
    ("Socialt", """
Bor med fru och två barn i Malmö. Arbetar som taxichaufför.
"""),
    ("Status", """
AT: trött, varm. Temp 39,8, puls 108, BT 118/68, sat 97 %.
Hud: ingen ikterus, inga utslag.
Buk: lätt ömhet hö arcus, mjälte palperas precis under arcus.
Neuro: vaken, orienterad, ingen nackstyvhet.
Cor/pulm: ua.
"""),
    ("Lab", """
Hb 126, TPK 62, LPK 4,2, CRP 118, bilirubin 38, krea 98, laktat 2,1. Malaria snabbtest och blodutstryk skickade akut. Blododlingar x 2.
"""),
    ("Bedömning", """
Feber hos resenär från Västafrika utan profylax, trombocytopeni. Misstäkt malaria (falciparum), DD denguefeber eller tyfoidfeber. Inläggning infektion, behandling start så snart utstryket besvarats.
"""),
    ("Åtgärd", """
Inlagd avd 4. Kontroll Hb, TPK, glukos x 2 i natt.
"""),
  ], must=["NL102"], why="Typo 'Misstäkt' as hedge cue; malaria in Bedömning.")

C("nl102-hud-ev-dermatitis-herpetiformis", "v_hud_su", "Läkaranteckning", "Karolina Weiss",
  "2024-05-30 09:40", 30, "öppenvård", "1990-01-17", "393", [
    ("Aktuellt", """
34-årig man med intensivt kliande små blåsor på armbågar, knän och skinkor sedan ett år, kommer i skov. Kortisonkräm hjälper dåligt. Magen lite orolig ibland men inget han tänkt på.
Klådan är brännande och kommer före blåsorna. Ingen viktnedgång. Har ibland lös avföring. Inga läkemedel insatta före debuten. Inga nya tvättmedel eller hudprodukter.
"""),
    ("Tidigare sjukdomar", """
Hypotyreos sedan 2019. Atopi i barndomen, astma växt ifrån.
"""),
    ("Socialt", """
Gift, arbetar som elektriker. Röker inte.
"""),
    ("Hereditet", """
Mormor hade celiaki. Ingen annan känd hudsjukdom i släkten.
"""),
    ("Läkemedel", """
Levaxin 75 mikrog. Betnovat kräm vb.
"""),
    ("Status", """
Hud: grupperade exkorierade papler och små vesikler symmetriskt på extensorsidor av armbågar och knän, sakralt och på skinkorna. Inga slemhinneförändringar. Naglar ua.
Munslemhinna: inga blåsor eller erosioner. Lgl: ua. Tandemalj utan defekter.
"""),
    ("Lab", """
Transglutaminas-IgA skickat. Hb 128, ferritin 12.
"""),
    ("Bedömning", """
Kliande vesikulobullös dermatos med typisk utbredning. Ev. dermatitis herpetiformis (Duhrings sjukdom). Stansbiopsi för rutin-PAD och direkt immunfluorescens tagen från perilesionell hud.
"""),
    ("Planering", """
Avvaktar svar innan glutenfri kost. Åter 3 v. Antihistamin vb.
Dapson diskuteras om diagnosen bekräftas, G6PD tas i så fall. Remiss gastroenterolog vid positiv serologi.
"""),
  ], must=["NL102"], why="'Ev. dermatitis herpetiformis' in Bedömning.")

C("nl102-endo-akromegali-kan-ej-uteslutas", "s_endo_mal", "Läkaranteckning", "Nora Lind",
  "2024-10-17 11:00", 45, "öppenvård", "1968-08-01", "459", [
    ("Remissorsak", """
Remiss från tandläkare via VC: ökat avstånd mellan framtänderna, tandprotes passar inte längre. VC noterade förstorade händer.
"""),
    ("Anamnes", """
56-årig man. Ringen passar inte sedan några år, skostorlek ökat från 43 till 45. Snarkar, svettas mycket. Huvudvärk ibland. Hypertoni sedan 2020, sömnapné upptäckt 2023.
Har ont i lederna, framför allt i knäna och händerna. Domningar i fingrarna nattetid. Ingen synförändring. Lust och potens oförändrade. Har jämfört med gamla foton och ser att ansiktet förändrats.
"""),
    ("Socialt", """
Gift, arbetar som taxiägare. Röker inte.
"""),
    ("Läkemedel", """
Losartan 50 mg, CPAP.
"""),
    ("Status", """
AT: grova ansiktsdrag, prominent käke och panna. Stora, degiga händer. Tunga förstorad.
BT 148/92. Synfält vid konfrontation ua.
Cor/pulm: ua.
Hud: tjock, oljig, hudflikar på halsen. Tyreoidea lätt förstorad, mjuk. Ben: inga ödem.
"""),
    ("Lab", """
IGF-1 2,8 x övre referensgräns för åldern. Prolaktin normalt, TSH och fritt T4 ua, kortisol morgon normalt. HbA1c 50.
"""),
    ("Röntgen", """
Lungröntgen ua. Ingen tidigare bilddiagnostik av hypofysen.
"""),
    ("Bedömning", """
Kliniska drag och högt IGF-1. Akromegali kan ej uteslutas, glukosbelastning med GH-mätning bokas, MR hypofys. Ögonmottagning för synfältsundersökning.
"""),
    ("Planering", """
OGTT med GH nästa vecka. Åter efter MR.
"""),
  ], must=["NL102"], why="'Akromegali kan ej uteslutas' in Bedömning.")

C("nl102-med-dd-myokardit-akut-koronart-syndrom", "v_akut_sas", "Akutanteckning", "Emil Dahlgren",
  "2024-06-29 03:10", 55, "akutmottagning", "1997-12-07", "253", [
    ("Kontaktorsak", """
Bröstsmärta sedan igår kväll.
"""),
    ("Anamnes", """
26-årig man, tryck mitt i bröstet sedan 12 timmar, värre liggande. Förkyld med feber för en vecka sedan. Snusar. Inga droger enligt pat. Ingen hereditet för tidig hjärtsjukdom.
Smärtan strålar inte ut. Ingen andfåddhet, inga hjärtklappningar. Har tränat tungt på gym tre dagar innan förkylningen. Inget anabola steroider enligt pat. Ingen kokain.
"""),
    ("Socialt", """
Bor med sambo i Borås. Arbetar som lagerarbetare. Tränar gym 3 ggr/vecka.
"""),
    ("Tidigare sjukdomar", """
Frisk. Fraktur vä fotled 2018.
"""),
    ("Läkemedel", """
Inga. Inga kända allergier.
"""),
    ("Status", """
AT: opåverkad, afebril. BT 128/74, puls 92, sat 98 %.
Cor: regelbunden rytm, inga blåsljud, ingen gnidning.
Pulm: vesikulärt bilat.
Ben: ua.
Hud: varm, inga utslag. Buk: mjuk, oöm. Halsvener ej stasade.
"""),
    ("Lab", """
Troponin T 240 → 410 efter 3 h. CRP 42. CK-MB förhöjt. Hb 148. Krea 80.
"""),
    ("EKG", """
Sinusrytm, konkav ST-höjning II, III, aVF och V4–V6 utan spegelbild.
"""),
    ("Bedömning", """
Troponinstegring efter luftvägsinfektion hos ung man. DD: myokardit, akut koronart syndrom. Akut UKG: normal EF, inga regionala hypokinesier. Kardiologjour kontaktad: MR hjärta, ingen akut angiografi.
"""),
    ("Åtgärd", """
Inlagd hjärtavdelningen med telemetri. Idrottsförbud.
"""),
  ], must=["NL102"], why="'DD: myokardit, akut koronart syndrom' (differential diagnosis list) in Bedömning.")

C("nl102-psyk-mojligt-autismspektrumtillstand-vuxen", "s_psyk_lund", "Läkaranteckning", "Jenny Alvarsson",
  "2024-12-05 14:15", 40, "öppenvård", "2000-06-24", "584", [
    ("Aktuellt", """
24-årig kvinna remitterad från studenthälsan pga ångest och social utmattning. Beskriver sedan barndomen svårt med oskrivna sociala regler, behov av rutiner och starkt intresse för tågtidtabeller. Klarar studierna (datavetenskap) men behöver dagar i ensamhet efter grupparbeten.
Hade svårt med grupparbeten redan i grundskolan och blev retad. Känslig för ljud och lukter, använder hörselkåpor i matsalen. Har aldrig haft en partner, upplever det inte som ett problem. Ångesten har ökat sedan hon började praktik på ett konsultbolag med öppet kontorslandskap.
"""),
    ("Tidigare", """
Depression 2019, behandlad med KBT. Ingen självskada. Ingen missbruk.
"""),
    ("Hereditet", """
Bror har Aspergers syndrom enligt pat. Mamma ångestproblematik.
"""),
    ("Socialt", """
Bor ensam i studentlägenhet i Lund. Har en nära vän. Föräldrarna bor i Halmstad.
"""),
    ("Läkemedel", """
Inga.
"""),
    ("Psykiskt status", """
Vaken, orienterad. Undviker ögonkontakt, saklig och detaljerad. Monoton prosodi. Ångestnivå måttlig. Inga psykotiska symtom. Förnekar suicidtankar.
"""),
    ("Skattningar", """
RAADS-14: 32. AQ: 36. GAD-7: 12.
"""),
    ("Bedömning", """
Generaliserat ångestsyndrom. Möjligt autismspektrumtillstånd, neuropsykiatrisk utredning med ADOS-2 och anamnes från föräldrar beställd. Avvaktar med farmaka.
"""),
    ("Planering", """
KBT mot ångest via mottagningens psykolog. Åter efter utredning.
Samtycke från pat att kontakta föräldrarna för utvecklingsanamnes. Skriftlig information om utredningen utlämnad.
"""),
  ], must=["NL102"], why="'Möjligt autismspektrumtillstånd' in Bedömning beside a settled GAD.")


# ===========================================================================
# NL102 must_not, PMO (Skåne primary care): PMO never shows diagnoses, so a
# hedged diagnosis there is not flagged.

C("nl102-not-pmo-vc-misstankt-uvi-aldre-kvinna", "p_vc_eslov", "Läkarbesök", "Sanna Öberg",
  "2024-03-08 10:30", 30, "öppenvård", "1953-06-11", "228", [
    ("Kontaktorsak", """
Sveda vid vattenkastning och täta trängningar sedan 3 dagar.
"""),
    ("Anamnes", """
70-årig kvinna. Ingen feber, ingen flanksmärta. Urinen luktar starkt. Haft UVI 2 gånger förra året. Inga flytningar. Dricker dåligt enligt egen uppgift.
Ingen vaginal blödning. Har haft ökad trötthet senaste dagarna. Äter som vanligt. Blodsockret har legat högre än vanligt hemma.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Typ 2-diabetes. Postmenopausal atrofisk vaginit. Knäprotes hö 2019.
"""),
    ("Socialt", """
Änka, bor ensam i lägenhet i Eslöv. Klarar sig själv, handlar med rollator. Dottern i Lund.
"""),
    ("Läkemedel", """
Amlodipin 5 mg, Metformin 500 mg x 2, Forxiga 10 mg, Vagifem 2 ggr/v.
"""),
    ("Status", """
AT: opåverkad, afebril.
Buk: mjuk, lätt suprapubisk ömhet. Njurloger ej dunkömma.
Cor: RR 78. Pulm: ua. BT 146/84. Munslemhinnor fuktiga.
"""),
    ("Lab", """
U-sticka: nitrit pos, leukocyter 3+, blod 1+. CRP 7. P-glukos 9,1.
"""),
    ("Allergi", """
Penicillinallergi? Nej, tål penicillin, har fått Selexid tidigare utan besvär.
"""),
    ("Bedömning", """
Misstänkt nedre UVI (cystit), ev. bidrag av SGLT2-hämmare. Pivmecillinam 400 mg x 3 i 5 dagar. Urinodling skickad pga recidiv.
"""),
    ("Åtgärd", """
Drick mer. Hör av dig om feber eller flanksmärta. Diskutera Forxiga vid nästa diabeteskontroll.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO: 'Misstänkt nedre UVI' is never shown, NL102 does not apply.")

C("nl102-not-pmo-vc-trol-pneumoni-rokare", "p_vc_malmo", "Läkarbesök", "Ahmed Karimi",
  "2024-01-16 14:20", 20, "öppenvård", "1961-10-05", "815", [
    ("Kontaktorsak", """
Hosta och feber sedan 5 dagar.
"""),
    ("Anamnes", """
62-årig man, hosta med gulgrönt slem, feber 38,5–39 senaste 3 dagarna, lätt andfådd. Rökare 30 paketår. Ingen bröstsmärta. Influensavaccinerad i höstas.
Har ökat Ventoline till 4–5 ggr/dag. Ingen hemoptys. Ingen viktnedgång. Senaste KOL-exacerbation i februari förra året, då behandlad med Prednisolon och Doxyferm.
"""),
    ("Tidigare sjukdomar", """
KOL, spirometri 2022 FEV1 68 %. Hypertoni. Depression.
"""),
    ("Socialt", """
Bor med hustrun i Malmö. Arbetar som lagerarbetare, sjukskriven idag.
"""),
    ("Läkemedel", """
Anoro Ellipta x 1, Ventoline vb, Enalapril 20 mg, Mirtazapin 15 mg.
"""),
    ("Status", """
AT: lätt påverkad, temp 38,6, puls 96, AF 22, sat 93 %.
Pulm: krepitationer vä basalt, förlängt exspirium bilat, inga ronki.
Cor: regelbunden, inga biljud.
Ben: inga ödem. Hud: ingen cyanos. Svalg ua.
"""),
    ("Lab", """
CRP 128. Snabbtest influensa och covid negativa.
"""),
    ("Bedömning", """
Trol. pneumoni vä basalt hos pat med KOL. CRB-65 1, kan behandlas i hemmet. Amoxicillin 750 mg x 3 i 7 dagar.
"""),
    ("Åtgärd", """
Ny kontakt vid försämring. Kontroll CRP och lungstatus om 2 veckor, lungröntgen om 6 veckor pga rökning. Rökavvänjning erbjuds igen.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO: 'Trol. pneumoni' never shown.")

C("nl102-not-pmo-bvc-ev-hoftledsinstabilitet", "p_bvc_kri", "BVC-besök", "Lena Gustafsson",
  "2024-05-21 09:10", 40, "öppenvård", "2024-03-19", "062", [
    ("Kontaktorsak", """
8-veckorskontroll med läkarundersökning.
"""),
    ("Anamnes", """
Flicka, förstfödd, född i sätesbjudning med planerat kejsarsnitt v 39. Ammas, äter var tredje timme. Sover bra. Mamma mår bra, EPDS 6. Pappa föräldraledig från augusti.
Kräks lite efter måltid ibland, inte kaskad. Avföring gul, 3–4 ggr/dag. D-vitamin ges dagligen. Föräldrarna tycker att hon sparkar mindre med vä ben.
"""),
    ("Tillväxt", """
Vikt 4,9 kg, längd 57 cm, huvudomfång 38,5 cm, följer kurvorna.
"""),
    ("Föräldrarnas frågor", """
Undrar över D-vitamin och om hon får åka i bilbarnstol länge. Mamma har ont i ryggen efter kejsarsnittet.
"""),
    ("Status", """
AT: pigg, ler socialt, följer med blicken.
Hjärta: regelbunden rytm, inget blåsljud. Femoralispulsar palpabla bilat.
Höfter: asymmetriska hudveck, lätt klick vid Ortolani vä, ingen säker luxation. Abduktion vä något begränsad.
Fontanell: normal. Ögon: röd reflex bilat.
Hud: ua. Genitalia: ua.
Rygg: rak, ingen sakral grop.
"""),
    ("Bedömning", """
Frisk flicka med normal utveckling. Ev. instabil höftled vä (DDH), riskfaktor sätesbjudning. Remiss ortopedmottagning för ultraljud höfter.
"""),
    ("Åtgärd", """
Remiss skickad. Vaccination enl programmet vid 3 mån. Föräldrarna informerade om varför höften kontrolleras.
"""),
    ("Nästa besök", """
Sjuksköterskebesök vid 3 mån med vaccination. Läkarundersökning igen vid 6 mån.
"""),
  ], must_not=["NL102"], system="PMO", role="läkare", why="PMO BVC, infant: 'Ev. instabil höftled' is not shown; no NL102.")

C("nl102-not-pmo-ungdomsmottagning-misstankt-klamydia", "p_um_lund", "Besöksanteckning", "Emma Svensson",
  "2024-04-04 15:45", 25, "öppenvård", "2006-11-30", "182", [
    ("Kontaktorsak", """
Önskar STI-provtagning, symtom sedan en vecka.
"""),
    ("Anamnes", """
17-årig tjej, ökade flytningar och lätt sveda när hon kissar sedan en vecka. Ny partner sedan 3 veckor, kondom ej använt varje gång. Använder p-stav sedan 2023. Senaste mens för 2 veckor sedan. Ingen buksmärta, ingen feber.
Inga sår eller blåsor i underlivet. Ingen klåda. Partnern har inga symtom enligt henne. Har testat sig en gång tidigare för ett år sedan, då negativt.
"""),
    ("Tidigare", """
Frisk. Astma som barn. HPV-vaccinerad i skolan.
"""),
    ("Socialt", """
Bor med mamma och lillebror i Lund, går på gymnasiet. Inga droger. Alkohol på fester ibland.
"""),
    ("Status", """
AT: opåverkad.
Gyn: gulaktiga flytningar, lätt kontaktblödning från portio, ingen portioömhet. Ingen adnexömhet.
Buk: mjuk, oöm. Temp 36,8.
"""),
    ("Lab", """
U-hCG negativt. Klamydia/gonorré-PCR tagen (vaginalt självtest). Wet smear: rikligt med leukocyter, inga clue cells.
"""),
    ("Bedömning", """
Misstänkt klamydiainfektion (cervicit), provsvar inväntas. Behandling med doxycyklin ges i väntan på svar enl lokal rutin pga symtom.
"""),
    ("Åtgärd", """
Doxycyklin 100 mg x 2 i 7 dagar. Avhållsamhet till behandlingen är klar. Partnern bör testa sig. Provsvar via 1177 eller telefon.
"""),
  ], must_not=["NL102"], system="PMO", role="barnmorska", why="PMO youth clinic (17 y): hedged chlamydia not shown.")

C("nl102-not-pmo-hemsjukvard-misstankt-erysipelas", "p_hsv_ang", "Hembesök", "Lars Mattsson",
  "2024-02-19 13:15", 60, "hemsjukvård", "1935-09-14", "117", [
    ("Kontaktorsak", """
Hembesök efter kontakt från distriktssköterska: rodnat och svullet vä underben sedan igår.
"""),
    ("Anamnes", """
88-årig man, inskriven i hemsjukvården. Frossa i natt enl hemtjänsten, ingen kräkning. Har bensår vä medialt sedan 3 mån som lagas 2 ggr/v av dsk. Sängliggande större delen av dagen.
Har ätit mindre idag, dricker med hjälp.
"""),
    ("Tidigare sjukdomar", """
Hjärtsvikt. Venös insufficiens med bensår. Demens av Alzheimertyp, måttlig. Typ 2-diabetes.
"""),
    ("Läkemedel", """
Furosemid 40 mg, Bisoprolol 2,5 mg, Donepezil 10 mg, Metformin 500 mg, Alvedon 1 g x 3.
"""),
    ("Status", """
AT: lätt trött men kontaktbar, temp 38,3, puls 92, BT 124/70, sat 95 %.
Vä underben: välavgränsad rodnad från vristen till mitten av vaden, värmeökad och öm. Bensåret 3 x 2 cm, rent, inga nekroser.
Hö underben: lätt ödem, ingen rodnad.
Pulm: enstaka basala rassel, som tidigare.
"""),
    ("Lab", """
CRP (patientnära) 142. P-glukos 11.
"""),
    ("Bedömning", """
Misstänkt erysipelas vä underben med bensår som ingångsport. DVT bedöms mindre sannolik. Kan vårdas hemma. Kåvepenin 1 g x 3 i 10 dagar.
"""),
    ("Åtgärd", """
Dsk kontrollerar rodnad och temp dagligen. Markering av rodnadens gräns med penna. Kontakt vid försämring.
"""),
    ("Ordination", """
Kåvepenin 1 g x 3 i 10 dagar, dsk ger första dosen idag. Alvedon 1 g x 3 fortsätter. Furosemid oförändrat. Benet i högläge när han sitter. Kompressionslindning pausas tills rodnaden minskat.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO home care: 'Misstänkt erysipelas' is not shown.")

C("nl102-not-pmo-vc-dd-depression-utmattningssyndrom", "p_vc_ang", "Läkarbesök", "Karin Lund",
  "2024-09-17 11:00", 35, "öppenvård", "1980-02-28", "660", [
    ("Kontaktorsak", """
Trötthet och sömnproblem sedan i våras.
"""),
    ("Anamnes", """
44-årig kvinna, arbetar som chef inom äldreomsorgen. Hög arbetsbelastning sedan omorganisation, sover dåligt, vaknar kl 4 och tänker på jobbet. Koncentrationssvårigheter, glömmer saker. Gråter lätt. Nedstämd men har glädje med barnen. Inga suicidtankar.
Har svårt att ta beslut och blir lätt överväldigad av vardagliga saker. Hjärtklappning när hon tänker på arbetet. Har tagit ut semesterdagar för att orka. Ingen alkoholökning. Har stöd av maken.
"""),
    ("Socialt", """
Gift, två barn 10 och 14 år. Motionerar inte längre. Alkohol 1–2 glas vin/vecka.
"""),
    ("Tidigare sjukdomar", """
Hypotyreos. Migrän. Förlossningsdepression 2010.
"""),
    ("Läkemedel", """
Levaxin 100 mikrog, Sumatriptan vb.
"""),
    ("Status", """
AT: trött, välvårdad. Psykiskt: sänkt grundstämning, adekvat affekt, ingen psykotisk symtomatologi.
Tyreoidea: ua palpatoriskt.
Cor: RR, 76/min. BT 128/82. Neurologiskt grovt ua.
"""),
    ("Skattningar", """
MADRS-S 24. KEDS 32. AUDIT 3.
"""),
    ("Lab", """
TSH 2,4, Hb 132, ferritin 38, B12 normalt.
"""),
    ("Bedömning", """
DD depression, medelsvår / utmattningssyndrom. Sjukskrivning 50 % i 4 veckor. Remiss psykosocialt team för KBT. Sertralin diskuterat, pat vill avvakta.
"""),
    ("Åtgärd", """
Sjukintyg utfärdat. Åter läkare om 3 veckor. Kontakt med företagshälsovården rekommenderas.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO: differential depression/utmattning never shown.")

C("nl102-not-pmo-vc-fragetecken-hypotyreos", "p_vc_sim", "Läkarbesök", "Per-Ola Nilsson",
  "2024-06-04 08:45", 20, "öppenvård", "1968-12-01", "446", [
    ("Kontaktorsak", """
Viktuppgång, frusenhet och torr hud.
"""),
    ("Anamnes", """
55-årig kvinna, gått upp 6 kg på ett år, fryser jämt, håret tunnare. Förstoppning. Mensen upphört för 3 år sedan. Ingen struma hon märkt.
Har fått fler låga blodsocker senaste månaderna trots oförändrade insulindoser. Trött, orkar inte promenera lika långt. Ingen heshet. Humöret lite nedstämt.
"""),
    ("Socialt", """
Gift, arbetar som undersköterska i Simrishamn. Röker inte.
"""),
    ("Tidigare sjukdomar", """
Typ 1-diabetes sedan 1985, insulinpump. Celiaki. Vitiligo.
"""),
    ("Hereditet", """
Syster och mor har Hashimotos tyreoidit.
"""),
    ("Läkemedel", """
Insulin aspart via pump, Ebastin vb.
"""),
    ("Status", """
AT: gott. BMI 29.
Hud: torr, sval. Vitiligo på händerna.
Hals: tyreoidea lätt förstorad, fast, oöm.
Reflexer: fördröjd relaxation av akillesreflex bilat.
Puls 58, regelbunden.
Cor: inga blåsljud. Pulm: ua. Ben: lätt degigt ödem pretibialt utan pitting. Ögon: lätt svullna ögonlock.
"""),
    ("Lab", """
Hb 128, ferritin 24, HbA1c 56 (pump).
"""),
    ("Bedömning", """
?Hypotyreos, autoimmun genes trolig med tanke på typ 1-diabetes, celiaki och hereditet. TSH, fritt T4 och TPO-antikroppar tas idag.
"""),
    ("Åtgärd", """
Provsvar via 1177. Behandling med levotyroxin startas om TSH förhöjt. Åter 6 v.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO: '?Hypotyreos' is not shown to the patient.")

C("nl102-not-pmo-vc-barn-trol-streptokocktonsillit", "p_vc_hlm", "Läkarbesök", "Anna Kron",
  "2024-11-11 16:10", 15, "öppenvård", "2020-01-28", "282", [
    ("Kontaktorsak", """
Halsont och feber sedan igår.
"""),
    ("Anamnes", """
4-årig flicka med feber 39,2 sedan igår, ont i halsen, äter dåligt men dricker. Ingen hosta, ingen snuva. Ont i magen. Storebror hade halsfluss förra veckan.
Kissar som vanligt, blöta trosor på natten ibland. Ingen diarré. Sov oroligt i natt. Har fått Alvedon 240 mg senast kl 12.
"""),
    ("Tidigare", """
Frisk. Tre otiter som 1-åring. Vaccinerad enl programmet. Inga läkemedelsallergier.
"""),
    ("Socialt", """
Bor med mamma, pappa och storebror i Hässleholm. Går på förskola.
"""),
    ("Status", """
AT: lätt påverkad men leker. Temp 38,9.
Svalg: rodnade, svullna tonsiller med beläggningar bilat.
Lgl: ömma käkvinkelkörtlar bilat.
Öron: trumhinnor ua. Pulm: ua.
Hud: inga utslag.
Buk: mjuk, oöm.
"""),
    ("Lab", """
Strep A-snabbtest: ej taget pga tidsbrist, tas idag.
"""),
    ("Bedömning", """
Trol. streptokocktonsillit, Centor 4 (modifierat för barn). Penicillin V 12,5 mg/kg x 3 i 10 dagar om snabbtest positivt.
"""),
    ("Åtgärd", """
Snabbtest positivt, recept Kåvepenin mixtur. Alvedon vid feber. Förskola när feberfri 1 dygn och ätit antibiotika 1 dygn.
Föräldrarna informerade om att höra av sig om hon slutar dricka, får andningsbesvär eller utslag.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO, child 4 y: hedged tonsillitis not shown.")

C("nl102-not-pmo-vc-mojlig-gikt-typo", "p_vc_eslov", "Läkarbesök", "Sanna Öberg",
  "2024-07-03 13:00", 25, "öppenvård", "1966-05-22", "673", [
    ("Kontaktorsak", """
Svullen och öm stortå vä sedan i natt.
"""),
    ("Anamnes", """
58-årig man, vaknade av kraftig värk i vä stortåns grundled, tål inte ens täcket. Grillade och drack öl i helgen. Inget trauma. Ingen feber. Liknande episod för 2 år sedan som gick över på en vecka.
Har tagit Alvedon utan effekt. Inga andra ledbesvär, ingen psoriasis. Äter mycket kött och skaldjur. Dricker 6–8 öl per vecka.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Obesitas BMI 34. Njursten 2019.
"""),
    ("Läkemedel", """
Hydroklortiazid 25 mg, Losartan 50 mg.
"""),
    ("Socialt", """
Gift, arbetar som byggnadsarbetare. Röker inte.
"""),
    ("Status", """
AT: opåverkad, afebril.
Vä stortå: MTP I rodnad, svullen, värmeökad, mycket öm. Övriga leder ua.
Hud: inga tofi.
BT 152/94. Puls 78. Knän och fotleder ua.
"""),
    ("Lab", """
Urat 540, CRP 44, krea 92.
"""),
    ("Bedömning", """
Möjlig gitk (podagra), klassisk presentation med tiazid som riskfaktor. Urat kan vara normalt under attack och bör kontrolleras om 4 v. Naproxen 500 mg x 2 i 5 dagar + omeprazol.
"""),
    ("Åtgärd", """
Hydroklortiazid byts till Amlodipin 5 mg. Levnadsvanor genomgångna. Ny kontroll urat och BT om 4 veckor.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO, typo 'gitk' for gikt: hedged diagnosis never shown.")

C("nl102-not-pmo-vc-misstankt-somnapne", "p_vc_ang", "Läkarbesök", "Karin Lund",
  "2024-10-08 09:30", None, "öppenvård", "1971-07-03", "595", [
    ("Kontaktorsak", """
Trött på dagarna, hustrun klagar på snarkningar.
"""),
    ("Anamnes", """
53-årig man, yrkeschaufför (buss). Hustrun har sett andningsuppehåll på natten. Somnar framför tv och har vid ett tillfälle nickat till vid rödljus. Vaknar med huvudvärk och muntorrhet. Nykturi x 2.
Har gått upp 10 kg på tre år. Röker inte. Tar ibland en sömntablett som hustrun har. Kör buss i linjetrafik i Ängelholm, skift som börjar kl 5.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Förmaksflimmer paroxysmalt, Eliquis. Gastroesofageal reflux.
"""),
    ("Läkemedel", """
Eliquis 5 mg x 2, Candesartan 16 mg, Omeprazol 20 mg.
"""),
    ("Socialt", """
Gift, två vuxna barn. Röker inte. Alkohol 4–5 öl per helg.
"""),
    ("Status", """
AT: gott. BMI 35, halsomfång 45 cm. BT 156/96.
Svalg: stor tunga, Mallampati 4, små tonsiller.
Cor: regelbunden idag.
Pulm: ua. Tyreoidea: ua. Näsa: lätt septumdeviation åt hö.
"""),
    ("Skattningar", """
Epworth sleepiness scale 16.
"""),
    ("Bedömning", """
Misstänkt obstruktivt sömnapnésyndrom, uttalad dagtrötthet. Pga yrket körförbud med tunga fordon tills utrett och behandlat; informerat, anmälan till Transportstyrelsen övervägs om pat kör.
"""),
    ("Åtgärd", """
Remiss sömnregistrering prioriterad. Sjukskrivning 100 % i 3 veckor pga yrket. Viktnedgång diskuterad.
"""),
  ], must_not=["NL102"], system="PMO", why="Unsigned draft. PMO: suspected sleep apnoea not shown.")

C("nl102-not-pmo-hemsjukvard-sannolikt-pneumoni-dd-hjartsvikt-utkast", "p_hsv_tbg", "Hembesök", "Mona Ek",
  "2024-12-02 15:30", None, "hemsjukvård", "1931-03-17", "084", [
    ("Kontaktorsak", """
Ssk i hemsjukvården ringde: andfåddhet och feber sedan morgonen.
"""),
    ("Anamnes", """
93-årig kvinna på särskilt boende, palliativt förhållningssätt beslutat i samråd med dottern 2023. Lätt hosta sedan 2 dagar, idag 38,4, andas snabbt. Äter inte. Inga bröstsmärtor enl personalen.
Dricker lite, ca 500 ml idag. Kissar mindre.
"""),
    ("Tidigare sjukdomar", """
Hjärtsvikt, EF 40 %. Förmaksflimmer. Demens. Osteoporos med kotkompressioner.
"""),
    ("Läkemedel", """
Furosemid 20 mg, Metoprolol 25 mg, Eliquis 2,5 mg x 2, Oxynorm vb.
"""),
    ("Status", """
AT: trött men väckbar, AF 26, sat 89 %, temp 38,1, puls 104 oregelbunden.
Pulm: rassel basalt bilat, mer hö.
Ben: ödem bilat till knäna, mer än vanligt enl personalen.
Hud: varm, lätt marmorerad på knäna.
"""),
    ("Socialt", """
Bor på Solbackens särskilda boende sedan 2021. Dottern är god man och nås per telefon.
"""),
    ("Bedömning", """
Sannolikt pneumoni, DD hjärtsviktsförsämring. Vårdas kvar på boendet enl tidigare ställningstagande. Amoxicillin 500 mg x 3 peroralt, furosemid höjs tillfälligt till 40 mg x 2. Syrgas 2 l vid behov för komfort.
"""),
    ("Åtgärd", """
Dottern kontaktad och informerad. Ssk bedömer igen i morgon. Ordination Morfin sc vb vid andnöd.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO home care, unsigned draft: 'Sannolikt pneumoni, DD hjärtsvikt' not shown.")

C("nl102-not-pmo-vc-kan-ej-utesluta-dvt", "p_vc_malmo", "Läkarbesök", "Ahmed Karimi",
  "2024-08-22 10:50", 30, "öppenvård", "1989-04-07", "384", [
    ("Kontaktorsak", """
Svullet och ömt vä underben sedan 4 dagar.
"""),
    ("Anamnes", """
35-årig kvinna. Gipsad vä fotled för 3 veckor sedan efter fraktur, fått Fragmin men slutat för en vecka sedan när gipset togs. Nu svullnad och värk i vaden. Ingen andfåddhet, inga bröstsmärtor. Använder p-ring.
Har rört sig mindre än vanligt sedan frakturen. Ingen tidigare blodpropp. Mormor hade blodpropp i lungan. Röker inte. Har inte flugit nyligen.
"""),
    ("Tidigare sjukdomar", """
Frisk. Malleolfraktur vä 2024. Migrän utan aura.
"""),
    ("Socialt", """
Sambo. Frisör till yrket. Röker inte.
"""),
    ("Läkemedel", """
NuvaRing. Alvedon vb.
"""),
    ("Status", """
AT: opåverkad. Sat 99 %, puls 78.
Vä underben: omfång 3 cm större än hö, ömhet längs djupa vener i vaden, pittingödem, ingen rodnad.
Pulm/cor: ua.
Hö underben: ua. Vä fotled: läkt, lätt rörelseinskränkt, ingen ömhet över malleolerna. Temp 37,0.
"""),
    ("Lab", """
D-dimer 1,4. CRP 5.
"""),
    ("Bedömning", """
Wells DVT 3. Kan ej utesluta DVT vä underben, ultraljud venös doppler akut remitterat till kärlmottagningen imorgon. Fragmin 200 E/kg ges i väntan.
"""),
    ("Åtgärd", """
Injektion given på VC. Pausa p-ringen. Söka akut vid andfåddhet eller bröstsmärta.
"""),
  ], must_not=["NL102"], system="PMO", why="PMO: 'Kan ej utesluta DVT' not shown.")


# ===========================================================================
# NL102 must_not: hedge only inside a protected Tidiga hypoteser entry
# (VGR sökord, Skåne template), rest of the note clean.

C("nl102-not-vgr-tidiga-hypoteser-mds", "v_hem_su", "Läkaranteckning", "Per Granath",
  "2024-03-26 11:20", 40, "öppenvård", "1948-02-03", "351", [
    ("Remissorsak", """
Makrocytär anemi och lätt trombocytopeni, remiss från VC Mölndal.
"""),
    ("Anamnes", """
76-årig man, trött sedan ett halvår, andfådd i trappor. Inga blödningar, inga infektioner. Alkohol 1–2 glas vin i veckan. Ingen viktnedgång.
Har inte tidigare haft blodbrist. Inga cytostatika eller strålbehandling tidigare. Inga blåmärken. Äter varierat, inte vegetarian. Har sökt VC pga tröttheten och andfåddheten vid promenader i uppförsbacke.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Glaukom. Prostatahyperplasi. Ljumskbråck op 2015.
"""),
    ("Socialt", """
Gift, pensionerad snickare. Bor i villa i Mölndal.
"""),
    ("Läkemedel", """
Amlodipin 5 mg, Finasterid 5 mg, Timolol ögondroppar.
"""),
    ("Status", """
AT: gott, lätt blek.
Lgl: inga palpabla. Buk: ingen hepatosplenomegali.
Hud: inga petekier.
"""),
    ("Lab", """
Hb 96, MCV 108, LPK 3,1, neutrofila 1,4, TPK 112. B12, folat, TSH och leverprover normala. Retikulocyter låga.
"""),
    ("Röntgen", """
Ultraljud buk (VC): normalstor mjälte, normal lever.
"""),
    ("Bedömning", """
Makrocytär anemi med lätt bi-/pancytopeni utan nutritionell förklaring. Benmärgsprov planeras nästa vecka. Ingen transfusion behövs idag.
"""),
    ("Tidiga hypoteser", """
Misstänkt myelodysplastiskt syndrom. DD läkemedelsutlöst eller alkohol, mindre troligt.
"""),
    ("Planering", """
Benmärgsaspiration och biopsi v 14. Åter efter svar.
Pat och hustru informerade om varför benmärgsprov behövs och hur det går till. Blodprover inför provtagningen på VC.
"""),
  ], must_not=["NL102"], why="VGR: the only hedge sits under sökord Tidiga hypoteser (protected).")

C("nl102-not-skane-mall-tidiga-hypoteser-frontallobsdemens", "s_ger_trb", "Tidiga hypoteser", "Anton Sjöstrand",
  "2024-05-02 15:40", 20, "öppenvård", "1957-07-15", "517", [
    ("Anamnes", """
66-årig man som enligt hustrun förändrats under två år: apatisk, slutat med sina intressen, äter mycket godis, tappat omdöme i ekonomiska frågor. Själv tycker han att allt är bra.
Hustrun beskriver att han skrattar på olämpliga ställen och har slutat visa omtanke om barnbarnen. Han har tappat intresset för trädgården, som varit hans stora intresse. Inga hallucinationer, ingen förvirring.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Hyperlipidemi. Knäartroskopi 2010.
"""),
    ("Läkemedel", """
Enalapril 10 mg, Simvastatin 20 mg.
"""),
    ("Socialt", """
Gift, två vuxna barn. Förtidspensionerad från arbetet som banktjänsteman i december efter upprepade misstag.
"""),
    ("Status", """
MMSE 27/30. FAB 11/18. Verbalt flöde nedsatt (8 djur på en minut). Ingen neurologisk fokalitet.
Neuro: primitiva reflexer bilat, gång ua, inga extrapyramidala tecken. Cor: RR 72. BT 146/86.
"""),
    ("Lab", """
Blodstatus, elektrolyter, TSH, B12 och folat normala. Syfilisserologi negativ.
"""),
    ("Bedömning", """
Trolig frontallobsdemens (bvFTD), DD depression med apati. Pat och hustru informerade om att utredning av beteendeförändringen görs, men hypotesen om demens har inte diskuterats med pat som saknar insikt.
"""),
    ("Planering", """
MR, FDG-PET, neuropsykologisk testning. Återbesök med hustrun utan pat om 2 veckor.
"""),
  ], must_not=["NL102"], why="Skåne: hedged dementia inside template Tidiga hypoteser (protected).")

C("nl102-not-vgr-tidiga-hypoteser-funktionellt-syndrom", "v_med_nu", "Läkaranteckning", "Rasmus Nyqvist",
  "2024-07-11 14:30", 35, "öppenvård", "1985-10-25", "260", [
    ("Remissorsak", """
Utredning av återkommande bröst- och bukbesvär, fem akutbesök senaste halvåret.
"""),
    ("Anamnes", """
38-årig kvinna, smärtor som växlar mellan bröstkorg, mage och leder. Yrsel. Tröttheten gör att hon inte orkar arbeta heltid. Utredd med gastroskopi, koloskopi, arbetsprov och DT buk, samtliga normala.
Besvären har tilltagit sedan hon förlorade sin mor för ett år sedan. Sover dåligt, vaknar flera gånger per natt. Inga feberperioder och vikten är oförändrad. Har läst mycket på nätet om sällsynta sjukdomar och är orolig.
"""),
    ("Tidigare sjukdomar", """
Astma. Ångest i tonåren. Kejsarsnitt 2015.
"""),
    ("Socialt", """
Bor med man och en dotter 9 år i Uddevalla. Arbetar 50 % som administratör.
"""),
    ("Läkemedel", """
Symbicort vb, Alvedon vb.
"""),
    ("Status", """
AT: gott. BT 118/74, puls 70.
Cor: regelbunden, inga souffler. Pulm: ua.
Buk: mjuk, diffus lätt ömhet, ingen resistens.
Leder: inga synoviter.
Neuro: grovt ua. Hud: ua.
"""),
    ("Lab", """
Blodstatus, CRP, SR, elektrolyter, leverprover, TSH, kalcium, celiakiserologi, ANA: samtliga normala.
"""),
    ("Bedömning", """
Omfattande utredning utan fynd av organisk sjukdom. Vi fortsätter med ett sammanhållet omhändertagande, en fast läkarkontakt och fysioterapi.
"""),
    ("Tidiga hypoteser", """
Trolig funktionell somatisk störning, somatiseringsbild. Bör diskuteras med pat först när förtroende etablerats.
"""),
  ], must_not=["NL102"], why="VGR: hypothesis only under sökord Tidiga hypoteser; visible Bedömning has no hedged diagnosis.")

C("nl102-not-skane-mall-tidiga-hypoteser-ovarialcancer", "s_kvk_ystad", "Tidiga hypoteser", "Eva Bergdahl",
  "2024-10-03 12:10", 25, "öppenvård", "1963-01-09", "584", [
    ("Anamnes", """
61-årig kvinna med uppkördhet och tidig mättnadskänsla i 2 mån. Postmenopausal. Mamma hade äggstockscancer.
Har märkt att byxorna blivit trånga i midjan. Ingen blödning, inga urinvägsbesvär. Lite trögare mage. Aptiten något sämre. Ingen viktnedgång som hon märkt. Har tidigare haft två negativa mammografier.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Hälsoångest, tidigare kontakt med psykiatrin 2019. Två förlossningar.
"""),
    ("Läkemedel", """
Amlodipin 5 mg, Escitalopram 10 mg.
"""),
    ("Socialt", """
Gift, pensionerad förskollärare i Ystad.
"""),
    ("Status", """
VUL: 7 cm komplex adnexresistens vä med solida partier. Liten mängd fri vätska.
Buk: lätt utspänd, oöm, ingen palpabel resistens. Gyn: yttre genitalia ua, portio ua, bimanuellt fast resistens vä.
"""),
    ("Lab", """
CA-125 340.
HE4 förhöjt. Hb 126, krea 64, CEA normalt.
"""),
    ("Bedömning", """
Misstänkt ovarialcancer vä, RMI 1020. DT thorax-buk och remiss gynonkologi Lund enl SVF. Pat har fått veta att en förändring på äggstocken ska utredas skyndsamt, inte cancermisstanken; hon har svår hälsoångest och detta ska tas på nästa besök med kontaktsjuksköterska.
"""),
    ("Planering", """
DT nästa vecka. Återbesök med kontaktssk om 8 dagar. Genetisk vägledning (BRCA) erbjuds senare.
"""),
  ], must_not=["NL102"], why="Skåne: 'Misstänkt ovarialcancer' inside template Tidiga hypoteser.")

C("nl102-not-vgr-tidiga-hypoteser-barn-marfan", "v_barn_dsbus", "Läkaranteckning", "Jesper Wallin",
  "2024-08-29 13:50", 30, "öppenvård", "2012-10-19", "313", [
    ("Remissorsak", """
Snabb längdtillväxt och bröstkorgsdeformitet, remiss från skolsköterska.
"""),
    ("Anamnes", """
11-årig pojke, lång för åldern, längst i klassen sedan förskolan. Spelar basket. Inga bröstsmärtor eller hjärtklappning. Går i glasögon (närsynt sedan 7 år). Tidigare frisk.
Ingen hjärtklappning vid träning, ingen svimning. Har haft ont i ryggen efter matcher. Sträckmärken på ryggen sedan ett år. Ingen har tidigare undersökt hans hjärta.
"""),
    ("Hereditet", """
Far 198 cm, genomgick hjärtoperation i 30-årsåldern enligt mamma, närmare uppgifter saknas. Föräldrarna separerade.
"""),
    ("Socialt", """
Bor med mamma och storasyster i Göteborg. Går i 5:an. Tränar basket 4 ggr/vecka.
"""),
    ("Status", """
Längd 168 cm (+3 SD), armspann 175 cm. Vikt 46 kg.
Bröstkorg: pectus excavatum. Rygg: lätt skolios.
Händer: positivt tumtecken och handledstecken.
Cor: regelbunden, inga blåsljud hörs. BT 110/64.
Ögon: inga synliga linsavvikelser vid inspektion, glasögon –4. Gom: hög. Hud: striae på ländrygg.
"""),
    ("Bedömning", """
Lång pojke med bröstkorgsdeformitet och ledslapphet. UKG med aortamått bokat, remiss ögonläkare för linsundersökning. Ryggröntgen.
"""),
    ("Tidiga hypoteser", """
?Marfans syndrom. Ghent-kriterierna kan inte bedömas innan UKG och ögonundersökning. Faderns hjärtoperation kan vara relevant, uppgifter begärs.
"""),
    ("Planering", """
Åter med svar om 6 v. Mamma informerad om undersökningarna.
"""),
  ], must_not=["NL102"], why="VGR, child 11 y: '?Marfans syndrom' only under sökord Tidiga hypoteser.")

C("nl102-not-vgr-tidiga-hypoteser-als-utkast", "v_neuro_su", "Läkaranteckning", "Olof Brandt",
  "2024-09-30 16:40", None, "öppenvård", "1966-04-28", "173", [
    ("Aktuellt", """
58-årig man med svaghet i hö hand sedan ett halvår, svårt att knäppa knappar. Muskelryckningar i överarmarna. Inget känselbortfall, ingen smärta. Hade en nackskada 2015 vid trafikolycka.
Har tappat i vikt, 4 kg senaste halvåret, trots normal aptit. Inga sväljningsbesvär, ingen talpåverkan. Kramper i vaderna nattetid. Ingen blåsstörning. Hustrun har märkt att hans hö hand ser tunnare ut.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Hyperlipidemi. Cervikal spondylos.
"""),
    ("Läkemedel", """
Losartan 50 mg, Atorvastatin 20 mg.
"""),
    ("Socialt", """
Gift, arbetar som bilmekaniker i Göteborg. Svårt att utföra finmotoriska moment på jobbet.
"""),
    ("Status", """
Neuro: atrofi av hö thenar och m. interosseus I, kraft hö hand 4-/5. Fascikulationer i båda överarmarna. Reflexer livliga i armarna, Hoffmann positiv hö. Sensibilitet intakt. Gång ua. Tunga utan atrofi.
Cor: RR 74. Pulm: ua. Andning: normal hostkraft.
"""),
    ("Lab", """
CK 420, blodstatus, elektrolyter, B12, TSH normala. Elfores ua.
"""),
    ("Bedömning", """
Övre och nedre motorneuronpåverkan i hö arm, progredierande. MR halsrygg och ENeG/EMG i tre regioner beställda.
"""),
    ("Tidiga hypoteser", """
Misstänkt ALS. Ska inte nämnas för pat förrän EMG och MR är klara.
"""),
    ("Planering", """
MR halsrygg v 41, ENeG/EMG v 42. Återbesök efter undersökningarna.
"""),
  ], must_not=["NL102"], why="VGR unsigned draft: the ALS suspicion is only under Tidiga hypoteser; visible text hedges nothing.")


# ===========================================================================
# NL102 must_not: negated or excluded diagnoses, answered referral questions,
# past suspicions that were dismissed.

C("nl102-not-kir-ingen-misstanke-om-malignitet", "v_kir_skas", "Läkaranteckning", "Niklas Ahl",
  "2024-02-01 10:40", 30, "öppenvård", "1960-12-30", "537", [
    ("Remissorsak", """
Rektalblödning, remiss från VC för koloskopi.
"""),
    ("Anamnes", """
63-årig man med färskt blod på pappret efter avföring sedan 2 mån. Normal avföringsfrekvens. Ingen viktnedgång. Inga buksmärtor. Far hade tjocktarmscancer vid 78 år.
Blödningen kommer efter hård avföring, ljusröd, några droppar. Ingen slemavgång. Inga nattliga avföringar. Har inte tagit blodförtunnande. Har haft förstoppning till och från sedan han bytte arbete och började sitta mer.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Gikt. Knäartros hö.
"""),
    ("Socialt", """
Gift, arbetar som revisor. Röker inte.
"""),
    ("Läkemedel", """
Ramipril 5 mg, Allopurinol 200 mg.
"""),
    ("Status", """
Buk: mjuk, oöm. PR: inga resistenser, små hemorrojder vid proktoskopi, en med tecken på nylig blödning.
AT: gott. Cor: RR 70. Pulm: ua.
"""),
    ("Koloskopi", """
Skopet till caecum, god rengöring. Divertiklar i sigmoideum. Inga polyper, inga tumörer. Inre hemorrojder grad 2.
"""),
    ("Lab", """
Hb 146, ferritin 92.
"""),
    ("Bedömning", """
Blödning från hemorrojder grad 2. Divertikulos utan inflammation. Ingen misstanke om malignitet. Gummibandsligatur erbjuds.
"""),
    ("Planering", """
Fiberrik kost, Inolaxol. Ligatur på mottagningen om 4 veckor om fortsatt blödning. Ingen ny koloskopi behövs förrän screeningprogrammet kallar.
"""),
    ("Information", """
Pat informerad om fynden vid koloskopin direkt efter undersökningen, lättad.
"""),
  ], must_not=["NL102"], why="Negated: 'Ingen misstanke om malignitet'; other diagnoses affirmed.")

C("nl102-not-akut-lungemboli-uteslutes-dt", "s_akut_hbg", "Akutanteckning", "Oliver Kroon",
  "2024-06-07 13:10", None, "akutmottagning", "1973-08-13", "268", [
    ("Kontaktorsak", """
Bröstsmärta och andfåddhet sedan 2 dagar.
"""),
    ("Anamnes", """
50-årig kvinna, stickande smärta vä bröstkorg, värre vid djupa andetag och vid vridning av överkroppen. Andfådd vid ansträngning. Bilresa till Tyskland förra veckan. Ingen feber. Hostat lite.
Smärtan debuterade efter att hon burit tunga väskor på resan. Ingen hemoptys. Inga bensvullnader. Har aldrig haft trombos. Ingen ärftlighet.
"""),
    ("Tidigare sjukdomar", """
Bröstcancer hö 2021, opererad, står på tamoxifen. Hypotyreos. Astma.
"""),
    ("Läkemedel", """
Tamoxifen 20 mg, Levaxin 100 mikrog, Symbicort x 2.
"""),
    ("Socialt", """
Bor med man i Helsingborg, arbetar som bibliotekarie.
"""),
    ("Status", """
AT: opåverkad. Sat 97 %, AF 18, puls 88, BT 132/80.
Thorax: palpationsöm vä 4–5 revbensbrosk, reproducerar smärtan.
Pulm: vesikulärt bilat.
Ben: inga ödem, vader mjuka.
Cor: regelbunden, inga blåsljud eller gnidningsljud.
"""),
    ("Lab", """
D-dimer 0,9 (förhöjt). Troponin T 6. CRP 12.
"""),
    ("Röntgen", """
DT lungartärer: inga embolier. Inga infiltrat. Ingen pleuravätska. Inga skelettmetastaser i synfältet.
"""),
    ("Bedömning", """
Lungemboli uteslutes med DT. Bröstsmärtan är muskuloskeletal, Tietzes syndrom. Naproxen 500 mg x 2 i 7 dagar. Tamoxifen kan fortsätta.
"""),
    ("Information", """
Pat informerad om att DT inte visar blodpropp och att smärtan kommer från revbensbrosket.
"""),
  ], must_not=["NL102"], why="Unsigned draft. Negated: 'Lungemboli uteslutes'; confirmed Tietze.")

C("nl102-not-med-inga-tecken-pa-pneumoni", "v_med_kung", "Läkaranteckning", "Ida Lundquist",
  "2024-12-12 11:00", 35, "slutenvård", "1945-03-02", "428", [
    ("Aktuellt", """
Dag 3 på avdelningen för KOL-exacerbation. Bättre, mindre andfådd, sat 93 % på 1 l syrgas. Hostan produktiv med vitt slem. Ingen feber under vårdtiden.
Äter bättre idag. Sover i sängen och har kunnat gå till toaletten själv med rollator. Dottern hälsade på igår.
"""),
    ("Tidigare sjukdomar", """
KOL GOLD 3, hemsyrgas utvärderas. Hypertoni. Osteoporos. Glaukom.
"""),
    ("Socialt", """
Änka, bor ensam i lägenhet i Kungälv. Hemtjänst 2 ggr/dag.
"""),
    ("Läkemedel", """
Trimbow 2 inh x 2, Prednisolon 30 mg dag 3 av 5, Ventoline via nebulisator vb, Amlodipin 5 mg, Alendronat.
"""),
    ("Förlopp", """
Inkom 9/12 med tilltagande andfåddhet, sat 86 % på luft. Behandlad med nebulisering, Prednisolon och syrgas. Inget behov av NIV. Covid- och influensa-PCR negativa, RS-virus positiv. Mobiliseras successivt med fysioterapeut.
"""),
    ("Status", """
AT: bättre, talar hela meningar.
Pulm: förlängt exspirium, enstaka ronki, inga krepitationer.
Cor: regelbunden, 84.
Ben: inga ödem.
Neuro: vaken och orienterad. Munhåla: lätt torr, ingen candida.
"""),
    ("Lab", """
CRP 14 (vid ankomst 22). LPK 11,2 (steroider). Blodgas på 1 l: pH 7,41, pCO2 6,2, pO2 8,4.
"""),
    ("Röntgen", """
Lungröntgen: emfysematösa lungor, inga tecken på pneumoni, ingen pneumothorax.
"""),
    ("Bedömning", """
KOL-exacerbation, utlöst av virusinfektion. Inga tecken på peumoni, antibiotika inte indicerat. Syrgas trappas ut. Hemsyrgasutredning om 8 veckor i stabil fas.
"""),
    ("Planering", """
Hemgång imorgon om sat > 90 % utan syrgas. Fysioterapeut andningsteknik.
"""),
  ], must_not=["NL102"], why="Negated 'inga tecken på pneumoni', with typo 'peumoni' in Bedömning; KOL affirmed.")

C("nl102-not-barn-ej-talande-for-appendicit", "s_barn_hbg", "Akutanteckning", "Maja Ekström",
  "2024-10-27 19:30", 40, "akutmottagning", "2015-06-18", "341", [
    ("Kontaktorsak", """
Magont sedan i morse.
"""),
    ("Anamnes", """
9-årig pojke med diffus magsmärta runt naveln sedan i morse, kräkts en gång. Lös avföring x 2. Lillasyster hade magsjuka i förrgår. Feber 38,0 hemma. Dricker bra.
Smärtan har inte flyttat sig. Har ätit lite yoghurt till lunch. Inget blod i avföringen. Kissar som vanligt. Ingen sveda. Har varit på skolan igår utan besvär. Mamma har också mått illa sedan igår kväll.
"""),
    ("Tidigare", """
Frisk. Förstoppning som 4-åring. Inga operationer.
"""),
    ("Socialt", """
Bor med mamma, pappa och lillasyster i Helsingborg. Går i 3:an.
"""),
    ("Läkemedel", """
Inga. Inga allergier.
"""),
    ("Status", """
AT: opåverkad, hoppar ner från britsen utan smärta. Temp 37,9.
Buk: mjuk, diffust lätt öm periumbilikalt, ingen ömhet i hö fossa, ingen släppömhet. Livliga tarmljud.
Testiklar: ua.
Svalg/öron: ua.
Hud: ua, kapillär återfyllnad < 2 s. Slemhinnor något torra.
"""),
    ("Lab", """
CRP 12, LPK 9,8. U-sticka: ketoner 2+, i övrigt negativ.
"""),
    ("Bedömning", """
Gastroenterit, smittad av lillasyster. Kliniskt ej talande för appendicit (PAS 2). Lätt dehydrering, klarar peroralt. Vätskeersättning.
"""),
    ("Åtgärd", """
Hem med föräldrar. Åter om smärtan flyttar till hö sida, ökar, eller om han inte kan dricka.
"""),
  ], must_not=["NL102"], why="Child 9 y: 'ej talande för appendicit' negated; gastroenteritis confirmed.")

C("nl102-not-ort-utan-hallpunkt-for-dvt", "v_ort_alin", "Läkaranteckning", "Erik Sandell",
  "2024-05-14 15:10", 25, "öppenvård", "1955-07-22", "145", [
    ("Aktuellt", """
Återbesök 2 veckor efter hö knäprotes. Svullnad i vaden hö sedan 3 dagar, ortopedmottagningen beställde ultraljud som gjordes idag.
Går med kryckor, belastar fullt. Smärtan i knät avtar, tar Oxycodone någon gång per dag. Ingen feber. Ingen andfåddhet eller bröstsmärta. Sover bra.
"""),
    ("Tidigare sjukdomar", """
Gonartros bilat, hö opererad 30/4. Hypertoni. Typ 2-diabetes. Hypotyreos.
"""),
    ("Socialt", """
Gift, pensionerad. Bor i villa i Alingsås med trappa till övervåningen.
"""),
    ("Läkemedel", """
Fragmin 5000 E x 1 t.o.m. 14/5, Alvedon 1 g x 3, Oxycodone 5 mg vb, Metformin, Levaxin, Enalapril.
"""),
    ("Status", """
Hö knä: läkt sår, agraffer borttagna, lätt svullnad, ingen rodnad, ingen sekretion. ROM 0–95°.
Hö vad: lätt svullnad, oöm, mjuk.
Vä ben: ua.
AT: gott, afebril. Pulm: ua. Puls 74, regelbunden. Pedalpulsar palpabla bilat.
"""),
    ("Ultraljud", """
Venös doppler hö ben: normalt komprimerbara djupa vener från ljumske till vad, utan hållpunkt för DVT. Liten Bakercysta.
"""),
    ("Bedömning", """
Postoperativ svullnad efter knäprotes, normalt förlopp. Utan hållpunkt för DVT. Liten Bakercysta hö.
"""),
    ("Planering", """
Fortsatt fysioterapi. Fragmin avslutas enligt plan. Åter röntgen och läkarbesök 3 mån.
"""),
  ], must_not=["NL102"], why="Negated: 'utan hållpunkt för DVT'.")

C("nl102-not-barn-inget-som-talar-for-meningit", "v_barn_nal", "Akutanteckning", "Jesper Wallin",
  "2024-01-30 22:15", 45, "akutmottagning", "2022-04-12", "296", [
    ("Kontaktorsak", """
Feber och slöhet.
"""),
    ("Anamnes", """
1 år och 9 mån gammal flicka, feber 40 sedan igår, slö när febern är hög men piggar på sig efter Alvedon. Snuvig, hosta. Dricker något mindre, blöta blöjor x 4 idag. Ingen kräkning. Inga utslag.
Storebror och pappa har varit förkylda. Har ätit lite gröt idag. Inga kramper denna gång.
"""),
    ("Tidigare", """
Född fullgången. En feberkramp vid 14 mån. Frisk i övrigt. Vaccinerad enl. barnvaccinationsprogrammet.
"""),
    ("Socialt", """
Bor med föräldrarna i Trollhättan. Går på förskola sedan januari.
"""),
    ("Status", """
AT: efter Alvedon pigg, leker, ler, gråter adekvat vid undersökning. Temp 38,6, puls 140, AF 30, sat 98 %.
Nacke: ingen nackstyvhet, böjer huvudet fritt mot bröstet.
Fontanell: sluten.
Hud: inga petekier, kapillär återfyllnad < 2 s.
Öron: rodnade trumhinnor bilat utan buktning. Svalg: lätt rodnat.
Pulm: ua.
"""),
    ("Lab", """
CRP 18. U-sticka ua.
"""),
    ("Bedömning", """
Virusinfektion i övre luftvägarna med hög feber. Inget som talar för meningit eller sepsis. God allmänpåverkan efter febernedsättning.
"""),
    ("Åtgärd", """
Hem. Febernedsättande, dryck. Åter vid ändrat allmäntillstånd, utslag eller om hon inte dricker.
Föräldrarna fick skriftlig information om tecken på allvarlig infektion.
"""),
  ], must_not=["NL102"], why="Child 1 y: 'Inget som talar för meningit eller sepsis' negated.")

C("nl102-not-ort-ingen-missanke-om-fraktur-typo", "s_ort_hlm", "Akutanteckning", "Sofie Ahlin",
  "2024-03-17 14:25", 35, "akutmottagning", "1992-11-02", "602", [
    ("Kontaktorsak", """
Vrickade vä fotled vid fotboll.
"""),
    ("Anamnes", """
31-årig kvinna, vrickade inåt på konstgräs för 2 timmar sedan. Kunde gå av planen med stöd. Svullnad lateralt. Tidigare distorsion samma fot 2018.
Hörde inget knak. Lade is direkt och högläge. Kunde ta några steg på planen men haltar. Ingen smärta i knät eller foten i övrigt. Har en viktig match om 3 veckor.
"""),
    ("Tidigare sjukdomar", """
Frisk. Endometrios, p-piller kontinuerligt.
"""),
    ("Läkemedel", """
P-piller kontinuerligt (Desogestrel). Inga allergier.
"""),
    ("Socialt", """
Arbetar som sjuksköterska, spelar fotboll i division 4. Bor med sambo i Hässleholm.
"""),
    ("Status", """
Vä fotled: svullnad och hematom anterolateralt, öm över ATFL. Ingen ömhet över bakre kanten av laterala eller mediala malleolen, ej över os naviculare eller basen av metatarsale V. Kan ta fyra steg. Neurovaskulärt ua.
Främre lådtest lätt ökat vä jämfört med hö. Knä och fot ua.
"""),
    ("Bedömning", """
Distorsion vä fotled, lateral ligamentskada grad 2. Ottawa ankle rules negativa, ingen missanke om fraktur, röntgen ej indicerat.
"""),
    ("Åtgärd", """
Kompression, högläge, belastning efter förmåga. Ortos utlämnad. Balansträning efter 1 vecka enligt skriftligt program. Åter vid kvarstående instabilitet om 6 veckor.
"""),
  ], must_not=["NL102"], why="Typo 'missanke' in a negation ('ingen missanke om fraktur'): still negated.")

C("nl102-not-inf-differentialdiagnoser-uteslutna", "v_inf_ostra", "Epikris", "Johanna Wik",
  "2024-10-11 15:00", 60, "slutenvård", "1983-01-26", "579", [
    ("Orsak till vård", """
Feber och huvudvärk i 4 dagar, inkom 7/10.
"""),
    ("Anamnes", """
41-årig man som 1 vecka innan insjuknandet varit på fiskeresa i norra Värmland. Ingen utlandsresa. Feber 39,5, huvudvärk, muskelvärk, röda utslag på bålen dag 3.
Ont i ländryggen och buken dag 2–3, kissade mindre. Har bott i stuga där det funnits gott om sork. Inga fästingbett som han märkt.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Gastrit. Aldrig tidigare inlagd på sjukhus.
"""),
    ("Läkemedel", """
Enalapril 10 mg (pausad under vårdtiden pga krea). Alvedon vb.
"""),
    ("Förlopp", """
Vid ankomst temp 39,2, opåverkad cirkulatoriskt, ingen nackstyvhet. LP utförd dag 1: celltal 3, normalt protein och glukos. Blododlingar negativa. TBE-serologi negativ x 2. Borreliaserologi negativ. Hantavirus (sorkfeber) IgM positiv, trombocyter 68 som lägst, krea max 168 dag 3, därefter sjunkande.
"""),
    ("Diagnos", """
Nephropathia epidemica (sorkfeber), konfirmerad med serologi.
"""),
    ("Differentialdiagnoser", """
Sepsis och bakteriell meningit övervägdes initialt, båda uteslutna (negativa odlingar, normal likvor). TBE uteslutet serologiskt.
"""),
    ("Status vid utskrivning", """
Afebril sedan 2 dygn, pigg. Krea 102, TPK 180.
Urinsticka: protein 1+, blod negativt. BT 132/84.
"""),
    ("Läkemedel vid utskrivning", """
Enalapril återinsätts när krea < 100. Alvedon vid behov. Inga NSAID-preparat på 4 veckor.
"""),
    ("Uppföljning", """
Krea och urinsticka på VC om 2 veckor. Sjukskriven 1 vecka. Ej smittsam.
"""),
    ("Information", """
Pat informerad om diagnosen sorkfeber, att njurfunktionen normaliseras under de närmaste veckorna, att han är immun efter genomgången infektion och hur han minskar risken vid städning av stugan (fukta, munskydd).
"""),
  ], must_not=["NL102"], why="Differential diagnoses listed as excluded; sorkfeber confirmed.")

C("nl102-not-neuro-frgst-tia-besvarad-nej", "s_neuro_lund", "Konsultationsanteckning", "Viktor Sand",
  "2024-08-13 13:25", 30, "slutenvård", "1950-09-19", "775", [
    ("Frågeställning", """
Från ortopeden avd 3: pat var kortvarigt förvirrad dagen efter höftoperation. TIA? Vänligen bedöm.
"""),
    ("Anamnes", """
73-årig man, opererad 11/8 med hemiprotes för hö collumfraktur. Natten 12/8 förvirrad, plockig, trodde han var på jobbet. Ingen talsvårighet eller förlamning noterad av personalen. Fick Oxynorm x 3 under natten. Nu klar.
Personalen beskriver att han under natten försökte gå upp ur sängen och drog i sin urinkateter. Sov endast 2–3 timmar. Hörapparaten låg i nattduksbordet.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Prostatahyperplasi. Hörselnedsättning.
"""),
    ("Läkemedel", """
Amlodipin 5 mg, Tamsulosin, Fragmin 5000 E postop, Oxynorm vb, Alvedon 1 g x 4.
"""),
    ("Status", """
Neuro: vaken, orienterad x 3. NIHSS 0. Språk, kraft och sensibilitet ua. Inga fokala fynd. Ingen nystagmus.
Cor: regelbunden, 76.
Pulm: ua. Op-sår: rent, torrt.
"""),
    ("Lab", """
Hb 104, Na 131, CRP 88 (postop), P-glukos normalt.
"""),
    ("Bedömning", """
Svar på frågeställningen: ingen TIA. Övergående postoperativt delirium, utlöst av opioider, lätt hyponatremi och sömnbrist. Ingen fokal neurologi och inget anamnestiskt stöd för cerebral ischemi, ingen bilddiagnostik behövs.
"""),
    ("Rekommendation", """
Minska opioider, Alvedon regelbundet. Kontroll Na. Sömnhygien, glasögon och hörapparat på. Åter vid ny fokal symtom.
"""),
  ], must_not=["NL102"], why="Referral question 'TIA?' answered in the note: 'ingen TIA'; delirium confirmed.")

C("nl102-not-barn-misstanke-om-celiaki-avskriven", "s_barn_lund", "Läkaranteckning", "Cecilia Mårtensson",
  "2024-06-20 10:40", 35, "öppenvård", "2018-09-05", "024", [
    ("Aktuellt", """
5-årig flicka, följs för buksmärtor. Vid förra besöket lätt förhöjt transglutaminas (12 U/ml). Gastroskopi 10/6.
Magontet kommer oftast på eftermiddagen och släpper efter toalettbesök. Avföringen är hård och stor, ibland smärtsam. Inget blod. Äter bra. Inga kräkningar.
"""),
    ("Tidigare sjukdomar", """
Förstoppning sedan 2 års ålder, Movicol. Atopiskt eksem. Komjölksproteinallergi som spädbarn, växt ifrån.
"""),
    ("Socialt", """
Bor med mamma och pappa i Lund, går på förskola. Äter varierat, dricker lite.
"""),
    ("Läkemedel", """
Movicol junior 1 påse/dag, Locobase.
"""),
    ("Status", """
Vikt och längd följer kurvan (0 SD).
Buk: mjuk, fekalom palperas i vä fossa, oöm.
Hud: lätt eksem i armvecken.
Perianalt: ingen fissur. Cor/pulm: ua. Munhåla: ua.
"""),
    ("Lab", """
Transglutaminas-IgA 5 (normaliserat utan diet). Total-IgA normalt. Hb, ferritin, albumin normala.
"""),
    ("PAD", """
Duodenalbiopsier: normal villusarkitektur, inga ökade intraepiteliala lymfocyter (Marsh 0).
"""),
    ("Bedömning", """
Misstanken om celiaki kunde avskrivas: normal histologi och normaliserad serologi. Buksmärtorna förklaras av funktionell förstoppning. Movicol höjs till 2 påsar/dag, toalettrutiner.
"""),
    ("Information", """
Föräldrarna informerade om att celiaki inte föreligger och att ingen diet behövs.
"""),
    ("Planering", """
Återbesök 3 mån. Kontakt med förskolan om toalettrutiner via föräldrarna.
"""),
  ], must_not=["NL102"], why="Child 5 y: suspicion of coeliac disease explicitly dismissed.")

C("nl102-not-kard-avskriver-misstanke-om-hjartinfarkt", "v_kard_ostra", "Epikris", "Amanda Rydén",
  "2024-04-14 12:00", 45, "slutenvård", "1963-02-17", "336", [
    ("Orsak till vård", """
Bröstsmärta med troponinstegring, inlagd 12/4.
"""),
    ("Förlopp", """
61-årig kvinna inkom efter plötslig tryckande bröstsmärta i samband med att hennes man lades in på IVA. EKG med T-negativitet V2–V5, troponin T 410. Akut koronarangiografi: normala kranskärl. Vänsterkammarventrikulografi och UKG: apikal ballongering, EF 40 %. MR hjärta dag 2: myokardödem apikalt utan LGE.
Ingen arytmi på telemetri under vårdtiden. Troponinet sjönk till 90 vid utskrivningen. Mobiliserad utan besvär.
Lab under vårdtiden: NT-proBNP max 2400, CRP 8, Hb 132, krea 74, kalium 4,0, LDL 2,6, HbA1c 37.
"""),
    ("Status vid utskrivning", """
AT: gott. Cor: regelbunden, 68/min. Pulm: ua. Ingen bröstsmärta sedan dag 1. EKG: kvarstående T-negativitet.
"""),
    ("Socialt", """
Gift, arbetar som ekonom. Maken vårdas efter hjärtstopp.
"""),
    ("Tidigare sjukdomar", """
Hypertoni. Migrän. Hysterektomi 2008.
"""),
    ("Läkemedel vid utskrivning", """
Ramipril 2,5 mg, Metoprolol 50 mg, Trombyl 75 mg i 3 mån.
"""),
    ("Diagnos", """
Takotsubokardiomyopati (stressutlöst kardiomyopati).
"""),
    ("Bedömning", """
Normala koronarkärl, vi avskriver misstanke om hjärtinfarkt. Typisk stressutlöst kardiomyopati, god prognos med förväntad normalisering av EF inom veckor.
"""),
    ("Uppföljning", """
UKG och läkarbesök om 3 mån. Kontakt med kurator erbjuden med anledning av makens sjukdom.
Hon ska söka akut vid ny bröstsmärta.
Kontroll av BT och krea på VC om 2 veckor. Trombyl avslutas efter 3 mån om UKG normaliserats.
"""),
    ("Information", """
Pat och dotter informerade om diagnosen, om att kranskärlen var normala och om varför blodtryck och hjärtfunktion följs upp.
"""),
  ], must_not=["NL102"], why="'vi avskriver misstanke om hjärtinfarkt': excluded; Takotsubo confirmed.")

C("nl102-not-neuro-tidigare-misstankt-ms-avskrevs", "v_neuro_su", "Läkaranteckning", "Olof Brandt",
  "2024-11-21 09:20", 40, "öppenvård", "1989-06-03", "648", [
    ("Aktuellt", """
35-årig kvinna med huvudvärk 3–4 dagar i veckan sedan ett halvår. Remiss från VC.
Huvudvärken är pulserande, oftast på båda sidor, med ljuskänslighet. Har ibland vaknat med huvudvärk. Ingen synpåverkan, inga domningar. Tar smärtstillande nästan varje dag för att klara arbetet.
"""),
    ("Tidigare sjukdomar", """
Domningar i vä ben 2019, då utredd på vår mottagning för MS; misstanken avskrevs efter normal MR och normal likvor. Hypotyreos. Fibromyalgi.
"""),
    ("Socialt", """
Sambo, en son 6 år. Arbetar som ekonomiassistent, mycket skärmarbete.
"""),
    ("Läkemedel", """
Levaxin 100 mikrog, Ipren och Alvedon nästan dagligen sedan ett halvår, Sumatriptan 2–3 ggr/vecka.
"""),
    ("Status", """
Neuro: kranialnerver ua, inga pareser, sensibilitet ua, reflexer lika, Romberg ua. Fundus: skarpa papillgränser.
Nacke: ömma trapezius bilat.
BT 122/78.
Cor: regelbunden. Käkleder: ua. Temporalisartärer: ua. Inga triggerpunkter i ansiktet.
"""),
    ("Lab", """
Blodstatus, CRP, SR, TSH normala.
"""),
    ("Bedömning", """
Kronisk migrän med läkemedelsöverförbrukningshuvudvärk (analgetika > 15 dagar/mån, triptaner > 10 dagar/mån). Ingen ny utredning behövs, neurologstatus normalt. Utsättning av analgetika, topiramat som profylax.
"""),
    ("Planering", """
Huvudvärksdagbok. Åter 3 mån. Fysioterapi för nacken.
Information om utsättningsfasen och att huvudvärken kan bli värre de första veckorna.
"""),
  ], must_not=["NL102"], why="Past history: MS suspicion from 2019 dismissed; current diagnosis confirmed.")


# ===========================================================================
# NL102 must_not: hedges about relatives' diseases, and hedges that concern
# no diagnosis (plans, prognosis, social facts, adherence, symptoms), confirmed
# suspicions and referral questions answered in the note.

C("nl102-not-endo-hereditet-mor-trol-alzheimer", "v_endo_sas", "Mottagningsanteckning", "Mattias Örn",
  "2024-03-11 14:15", 30, "öppenvård", "1962-09-24", "422", [
    ("Aktuellt", """
Årskontroll typ 1-diabetes. Pat oroar sig för minnet, glömmer var hon lagt nycklarna och namn på bekanta. Inga hypoglykemier med medvetandepåverkan senaste året.
Arbetar heltid, mycket stress senaste halvåret pga omorganisation. Sover 6 timmar. Inga depressiva symtom. Sköter pumpen själv.
"""),
    ("Tidigare sjukdomar", """
Typ 1-diabetes sedan 1979, insulinpump sedan 2015. Retinopati, laserbehandlad. Hypotyreos. Frozen shoulder vä 2020.
"""),
    ("Hereditet", """
Mor trol. Alzhiemer, blev glömsk i 75-årsåldern men utreddes aldrig. Morbror typ 1-diabetes.
"""),
    ("Socialt", """
Gift, arbetar som tandhygienist. Röker inte.
"""),
    ("Läkemedel", """
Insulin aspart via pump (Tandem), Levaxin 75 mikrog, Atorvastatin 20 mg, Ramipril 2,5 mg.
"""),
    ("Status", """
AT: gott. BMI 24. BT 128/76.
Fötter: palpabla pulsar, monofilament ua, ingen hudskada.
Injektionsställen: lätt lipohypertrofi vänster bukhalva.
Kognitiv screening MoCA 29/30.
Cor: RR 68. Pulm: ua. Tyreoidea: ej palpabel.
"""),
    ("Lab", """
HbA1c 54, TIR 68 %, krea 68, U-albumin/krea 2, LDL 2,1, TSH 1,8, B12 normalt.
"""),
    ("Bedömning", """
Välreglerad typ 1-diabetes. Normal kognitiv screening, minnesbesvären är vanliga vardagsglömska och stress, ingen vidare utredning. Byte av injektionsställen.
"""),
    ("Planering", """
Ögonbottenfoto enligt schema. Åter diabetessjuksköterska om 6 mån, läkare om ett år.
"""),
  ], must_not=["NL102"], why="Typo 'Alzhiemer'; the hedge concerns the mother's disease (Hereditet), not the patient.")

C("nl102-not-gastro-hereditet-bror-ev-hemokromatos", "s_gastro_mal", "Läkaranteckning", "Lars Haglund",
  "2024-04-19 10:30", 35, "öppenvård", "1984-11-08", "579", [
    ("Remissorsak", """
Magbesvär i många år, nu förhöjt ferritin 420 på VC. Bror utreds för järninlagring, pat orolig.
"""),
    ("Anamnes", """
39-årig man med växlande avföringsvanor och uppblåsthet sedan 15 år, värre vid stress. Ingen blödning, ingen viktnedgång, inga nattliga symtom. Dricker 10–12 öl per vecka. Tränar styrketräning.
Besvären lindras efter toalettbesök. Inga ledbesvär. Ingen trötthet utöver det vanliga. Brodern fick förhöjt ferritin vid en blodgivning.
"""),
    ("Hereditet", """
Bror ev. hemokromatos, genetiskt test på gång. Mor har IBS.
"""),
    ("Tidigare sjukdomar", """
IBS, diagnostiserad 2015. Fettlever enligt ultraljud 2022.
"""),
    ("Socialt", """
Sambo, arbetar som polis. Röker inte.
"""),
    ("Läkemedel", """
Inolaxol vb, Loperamid vb.
"""),
    ("Status", """
AT: gott. BMI 29.
Buk: mjuk, lätt öm över colon descendens, inga resistenser, lever ej palpabel.
Hud: ua. Leder: ua. Cor/pulm: ua.
"""),
    ("Lab", """
Ferritin 420, transferrinmättnad 34 %, ALAT 1,1, CRP < 5, F-kalprotektin 18. HFE-genotyp: inga C282Y- eller H63D-mutationer.
"""),
    ("Bedömning", """
IBS med blandad avföringsvana. Måttligt förhöjt ferritin förklaras av fettlever och alkohol; normal transferrinmättnad och negativ HFE-analys, ingen hemokromatos. Råd om alkoholreduktion och viktnedgång.
"""),
    ("Planering", """
Ferritin och leverprover om 6 mån på VC. Lågfodmap-kost via dietist.
"""),
  ], must_not=["NL102"], why="'Bror ev. hemokromatos' is about the brother; patient's own haemochromatosis negated.")

C("nl102-not-kir-hereditet-morfar-trol-magcancer", "v_kir_nal", "Läkaranteckning", "Niklas Ahl",
  "2024-09-09 13:45", 40, "öppenvård", "1978-05-15", "618", [
    ("Remissorsak", """
Halsbränna och sura uppstötningar, dålig effekt av omeprazol. Fråga om antirefluxkirurgi.
"""),
    ("Anamnes", """
46-årig kvinna med refluxbesvär i 10 år, nattliga uppstötningar, heshet på morgonen. Ingen dysfagi, ingen viktnedgång, ingen anemi.
Har höjt sängens huvudände och undviker sena måltider. Kaffe och vin förvärrar. Har gått ner 3 kg medvetet. Påverkar sömnen och arbetet.
"""),
    ("Hereditet", """
Morfar trol. död i magcancer, 60-talet, oklart. Far hjärtinfarkt vid 68.
"""),
    ("Tidigare sjukdomar", """
GERD. Hiatusbråck. Astma. Sectio 2009 och 2012.
"""),
    ("Socialt", """
Gift, två barn. Arbetar som lärare. Röker inte.
"""),
    ("Läkemedel", """
Esomeprazol 40 mg x 2, Gaviscon vb, Symbicort vb.
"""),
    ("Undersökningar", """
Gastroskopi 6/24: 4 cm glidbråck, esofagit LA grad B, ingen Barrett. Biopsier från ventrikeln: H. pylori negativ, ingen atrofi. 24 h pH-mätning: patologisk syraexponering 11 %. Manometri: normal motilitet.
"""),
    ("Status", """
AT: gott. BMI 26. Buk: mjuk, oöm, ärr ua.
Cor: RR. Pulm: vesikulärt. Hals: inga körtlar.
"""),
    ("Bedömning", """
Verifierad gastroesofageal refluxsjukdom med hiatushernia och esofagit, otillräcklig effekt av PPI. Indikation för laparoskopisk fundoplikation (Toupet).
"""),
    ("Planering", """
Uppsatt på operationslista, beräknad väntetid 3 mån. Informerad om risker: dysfagi, gasbildning.
"""),
  ], must_not=["NL102"], why="'Morfar trol. död i magcancer' is family history; patient's diagnoses confirmed.")

C("nl102-not-barn-hereditet-syster-mojligen-celiaki", "s_barn_hbg", "Läkaranteckning", "Oskar Lundgren",
  "2024-02-08 14:00", 30, "öppenvård", "2017-03-27", "359", [
    ("Aktuellt", """
7-årig pojke, uppföljning av astma. Förkyld i januari med försämring, behövde Airomir 3–4 ggr/dag under en vecka. Nu bra igen. Idrottar på skolan utan besvär.
Inga nattliga hostattacker. Använder Flutide varje morgon och kväll enligt föräldrarna. Inga akutbesök senaste året. Inga magbesvär.
"""),
    ("Tidigare sjukdomar", """
Astma sedan 3 års ålder. Pollenallergi (björk, gräs). Atopiskt eksem i spädbarnsåren.
"""),
    ("Hereditet", """
Syster 10 år har möjligen celiaki, utreds på annat sjukhus. Mamma astma.
"""),
    ("Socialt", """
Bor med mamma, pappa och syster i Helsingborg. Spelar fotboll. Inga husdjur.
"""),
    ("Läkemedel", """
Flutide Evohaler 125 mikrog x 2 via spacer, Airomir vb, Desloratadin under pollensäsong.
"""),
    ("Status", """
AT: pigg, pratsam. Längd och vikt följer kurvan.
Pulm: vesikulära andningsljud, inga ronki, inget förlängt exspirium.
Hud: lätt torr.
Näsa: lätt svullna slemhinnor. Svalg: ua. Öron: ua. Cor: regelbunden, inga blåsljud hörs idag.
"""),
    ("Spirometri", """
FEV1 96 % av förväntat, reversibilitet 5 %. FeNO 18 ppb.
"""),
    ("Bedömning", """
Välkontrollerad astma (ACT 23). Fortsatt samma underhållsbehandling. Inhalationsteknik kontrollerad och god.
"""),
    ("Planering", """
Åter om ett år. Pollenbehandling startas i mars.
Influensavaccin i höst rekommenderas. Skriftlig astmaplan uppdaterad och given till föräldrarna.
"""),
  ], must_not=["NL102"], why="Child 7 y: 'Syster ... möjligen celiaki' is the sister's hedged disease.")

C("nl102-not-ort-radiusfraktur-sannolikt-god-prognos", "s_ort_hlm", "Läkaranteckning", "Sofie Ahlin",
  "2024-01-19 11:35", 25, "öppenvård", "1956-02-10", "286", [
    ("Aktuellt", """
Kontroll 10 dagar efter distal radiusfraktur vä, halkade på is 9/1. Gipsad på akuten efter reposition.
Har tagit Alvedon de första dagarna, nu inga smärtstillande. Gipset skaver inte. Fingrarna har svullnat lite på kvällarna men går ner med högläge.
"""),
    ("Tidigare sjukdomar", """
Osteoporos, diagnostiserad efter kotkompression 2020. Hypotyreos. Hypertoni.
"""),
    ("Socialt", """
Änka, bor ensam i lägenhet i Osby. Klarar sig själv men behöver hjälp med handling medan gipset sitter. Grannen hjälper.
"""),
    ("Läkemedel", """
Alendronat 70 mg/v, Calcichew-D3 x 2, Levaxin 50 mikrog, Losartan 50 mg.
"""),
    ("Status", """
Gips: välsittande, hel. Fingrar: god rörlighet, ingen svullnad, sensibilitet ua, god cirkulation.
Armbåge och axel vä: fri rörlighet. Huden under gipskanten hel.
"""),
    ("Röntgen", """
Vä handled i gips: distal radiusfraktur i bibehållet läge, dorsal vinkel 5°, radiell längd bevarad.
"""),
    ("Bedömning", """
Distal radiusfraktur vä, stabil i gips. Sannolikt god prognos med konservativ behandling. Trol. gips totalt 4–5 veckor.
"""),
    ("Planering", """
Ev. återbesök med ny röntgen om 2 veckor om smärtan ökar, annars gipsavtagning på mottagningen v 7 och fysioterapi efter det. Fortsatt Alendronat.
"""),
    ("Information", """
Pat informerad om att frakturen ser ut att läka bra.
"""),
  ], must_not=["NL102"], why="Hedges concern prognosis and plan ('sannolikt god prognos', 'trol. gips', 'ev. återbesök'), not a diagnosis.")

C("nl102-not-endo-misstanker-bristande-levaxin-foljsamhet", "s_endo_mal", "Läkaranteckning", "Nora Lind",
  "2024-05-27 09:30", 40, "öppenvård", "1979-04-30", "688", [
    ("Aktuellt", """
Kontroll av hypotyreos efter tyreoidektomi 2021 för Graves sjukdom. Fortsatt trött, TSH svängande trots upprepade dosjusteringar.
Trött framför allt efter nattpassen. Ingen viktförändring. Inga hjärtklappningar. Mensen regelbunden. Har läst på nätet att många är trötta efter operation och undrar om T3-behandling.
"""),
    ("Tidigare sjukdomar", """
Graves sjukdom, total tyreoidektomi 2021. Postoperativ hypoparatyreoidism, övergående. Celiaki.
"""),
    ("Socialt", """
Ensamstående, en dotter 10 år. Arbetar som undersköterska med nattpass.
"""),
    ("Läkemedel", """
Levaxin 150 mikrog x 1, Calcichew-D3 x 1, järn.
"""),
    ("Status", """
AT: gott. Puls 64, BT 122/78. Vikt oförändrad.
Hals: välläkt ärr. Reflexer normala.
Hud: normal. Hår: ua. Tremor: ingen. Cor: regelbunden, inga blåsljud vid auskultation.
"""),
    ("Lab", """
TSH 9,8 (förra: 0,3), fritt T4 11. Ca 2,32. Ferritin 22.
"""),
    ("Bedömning", """
Postoperativ hypotyreos med instabilt TSH. Misstänker att pat inte tar sitt Levaxin regelbundet; hon tar det ibland tillsammans med järntabletten och kaffe, och glömmer det vid nattarbete. Ingen dosändring.
"""),
    ("Planering", """
Levaxin på fastande mage, minst 4 timmar före järn. Veckodosett. Nytt TSH om 6 veckor.
"""),
    ("Information", """
Pat informerad om hur Levaxin ska tas och varför TSH varierar.
"""),
  ], must_not=["NL102"], why="'Misstänker att pat inte tar sitt Levaxin' is suspicion of non-adherence, not a diagnosis.")

C("nl102-not-onk-ev-dosjustering-trol-semester", "v_onk_su", "Läkaranteckning", "Karin Elf",
  "2024-06-27 10:10", 35, "öppenvård", "1966-08-14", "200", [
    ("Aktuellt", """
Kontroll under adjuvant behandling med abemaciklib och anastrozol efter operation för hö bröstcancer (pT2N2, ER+/HER2–) januari 2024. Diarré 3–4 ggr/dag första veckorna, nu 1–2 ggr/dag med loperamid. Arbetar 50 %.
Ingen feber, inga infektioner. Ledvärk i händerna på morgonen, tolererbar. Humöret bra. Ska resa till sommarstugan på Orust i juli, har tillgång till vårdcentral där.
"""),
    ("Tidigare sjukdomar", """
Bröstcancer hö 2024. Hypertoni. Menopaus.
"""),
    ("Socialt", """
Gift, ekonom på ett fastighetsbolag. Två vuxna barn.
"""),
    ("Läkemedel", """
Verzenios 150 mg x 2, Anastrozol 1 mg, Loperamid vb, Enalapril 10 mg, Calcichew-D3.
"""),
    ("Status", """
AT: gott, ECOG 1.
Bröst: opererat hö, läkt, ingen resistens. Lgl ua.
Hud: inga utslag. Slemhinnor: ua. Buk: mjuk, oöm.
"""),
    ("Lab", """
Neutrofila 1,3, Hb 118, TPK 190, ALAT 0,7, krea 92.
"""),
    ("Bedömning", """
Tolererar behandlingen med hanterbar diarré och lätt neutropeni. Ev. dosjustering av abemaciklib till 100 mg x 2 om neutrofila sjunker under 1,0. Trol. semester i juli, pat får recept för 3 mån.
"""),
    ("Planering", """
Blodprover var 4:e vecka på VC. Åter om 3 mån, kontaktsjuksköterska vid behov.
"""),
  ], must_not=["NL102"], why="Hedges concern dosing and holiday plans; breast cancer confirmed.")

C("nl102-not-ger-troligen-flyttar-socialt", "s_ger_trb", "Mottagningsanteckning", "Anton Sjöstrand",
  "2024-08-22 13:20", 30, "öppenvård", "1940-10-06", "371", [
    ("Kontaktorsak", """
Uppföljning efter fall i hemmet i juli med sjukhusvård för commotio.
"""),
    ("Anamnes", """
83-årig man, mår bra nu. Inga nya fall. Går med rollator ute, utan inne. Använder trygghetslarm. Sover gott.
Äter bra, vikten stabil. Förstoppning hanteras med Movicol. Ingen yrsel vid uppresning sedan midodrin. Ingen huvudvärk efter commotio.
"""),
    ("Socialt", """
Änkling, bor i tvåa på tredje våningen utan hiss. Dottern bor i Lund och pat flyttar troligen dit till en seniorlägenhet i höst. Hemtjänst 1 gång/dag.
"""),
    ("Tidigare sjukdomar", """
Parkinsons sjukdom sedan 2018. Ortostatisk hypotension. Prostatacancer, hormonbehandlad. Katarakt.
"""),
    ("Läkemedel", """
Madopark 125 x 4, Eligard var 6:e mån, Midodrin 5 mg x 3, Alvedon.
"""),
    ("Status", """
AT: gott. BT liggande 146/82, stående efter 3 min 118/70.
Gång: lätt framåtböjd, kortare steg, vänder på 4 steg. TUG 16 s.
Neuro: lätt rigiditet bilat, bradykinesi.
Cor: regelbunden, 70. Pulm: ua. Fötter: inga sår.
"""),
    ("Lab", """
Hb 134, Na 138, krea 88.
"""),
    ("Bedömning", """
Fallrisk vid Parkinsons sjukdom och ortostatisk hypotension, nu stabil. Midodrin fortsätter. Fysioterapi med balansträning.
"""),
    ("Planering", """
Remiss arbetsterapeut för bostadsanpassning tills flytt. Åter 6 mån, vid flytt remiss till geriatrik Lund.
"""),
  ], must_not=["NL102"], why="'flyttar troligen' is a social fact; all diagnoses affirmed.")

C("nl102-not-reuma-misstanken-om-gikt-bekraftad", "s_reuma_lund", "Läkaranteckning", "Gunilla Rehn",
  "2024-11-14 15:00", 40, "öppenvård", "1960-03-12", "795", [
    ("Remissorsak", """
Återkommande ledinflammationer i knä och fotled, fråga om reumatisk sjukdom.
"""),
    ("Anamnes", """
64-årig man, 4 attacker senaste året med svullet, rött och ömt hö knä eller vä fotled i en vecka. Dricker öl dagligen. Behandlas för hypertoni med tiazid. Njursvikt stadium 3a.
Attackerna har kommit efter helger med mycket öl och kött. Ingen feber vid attackerna. Inga hudutslag. Ingen tidigare ledpunktion. Mellan attackerna helt besvärsfri.
"""),
    ("Socialt", """
Gift, arbetar som bagare. Röker inte.
"""),
    ("Läkemedel", """
Hydroklortiazid 12,5 mg, Enalapril 20 mg.
"""),
    ("Status", """
Hö knä: ledvätska, värmeökning, rörelseinskränkt. Övriga leder ua. Tofus på vä öronsnäcka.
Händer: små tofi över DIP-leder vä. BT 156/90.
"""),
    ("Ledpunktion", """
Hö knä: 30 ml grumlig ledvätska. Polarisationsmikroskopi: nålformade negativt dubbelbrytande uratkristaller intracellulärt. Odling negativ. Celltal 18 000.
"""),
    ("Lab", """
Urat 560, CRP 48, krea 118.
"""),
    ("Bedömning", """
Misstanken om giktartrit bekräftades med uratkristaller i ledvätskan. Tofus. Recidiverande gikt med indikation för uratsänkande behandling. Intraartikulär Depo-Medrol 40 mg idag. Allopurinol 100 mg med upptitrering mot mål-urat < 360, kolkicinprofylax.
"""),
    ("Planering", """
Tiazid byts mot Amlodipin. Urat och krea om 4 veckor. Alkoholrådgivning.
"""),
  ], must_not=["NL102"], why="'Misstanken om giktartrit bekräftades': the suspicion is now a confirmed diagnosis.")

C("nl102-not-akut-frgst-pneumoni-besvarad-ja", "v_akut_su", "Akutanteckning", "Emil Dahlgren",
  "2024-01-05 20:30", 35, "akutmottagning", "1957-06-09", "517", [
    ("Kontaktorsak", """
Feber och hosta i 4 dagar.
"""),
    ("Anamnes", """
66-årig man med hosta, rostfärgat slem, feber 39,5 och hugg i vä sida vid djupandning sedan 4 dagar. Tidigare frisk utöver hypertoni och gikt. Röker inte.
Har inte rest utomlands. Ingen på hemmaplan har varit sjuk. Dricker bra men äter lite. Fick inget antibiotika av VC som han var på i förrgår.
"""),
    ("Socialt", """
Gift, pensionerad. Bor i Göteborg.
"""),
    ("Läkemedel", """
Amlodipin 10 mg, Allopurinol 100 mg.
"""),
    ("Status", """
AT: lätt påverkad, temp 39,1, puls 104, BT 132/78, AF 24, sat 92 %.
Pulm: bronkiellt andningsljud och krepitationer vä basalt, dämpning.
Cor: regelbunden, takykard.
Hud: varm, ingen cyanos. Ben: inga ödem. Neuro: orienterad.
"""),
    ("Lab", """
CRP 256, LPK 17, krea 92, Na 134, laktat 1,4.
"""),
    ("Röntgen", """
Frågeställning: pneumoni? Utlåtande: lobär konsolidering i vä underlob med aerobronkogram, liten pleuravätska vä. Svar: ja, pneumoni i vä underlob.
"""),
    ("Bedömning", """
Lobär pneumoni vä underlob, CRB-65 1 (AF). Inläggs pga syrgasbehov. Bensylpenicillin 3 g x 3 intravenöst. Pneumokockantigen i urin och sputumodling.
"""),
    ("Åtgärd", """
Inlagd medicinavdelning. Syrgas mål sat 92–96 %.
"""),
  ], must_not=["NL102"], why="Referral question 'pneumoni?' answered yes in Röntgen and confirmed in Bedömning.")

C("nl102-not-barn-rtg-frgst-fraktur-besvarad-nej", "v_barn_nal", "Akutanteckning", "Linnea Berg",
  "2024-07-16 17:40", 30, "akutmottagning", "2018-01-22", "234", [
    ("Kontaktorsak", """
Ramlade från studsmatta, ont i hö handled.
"""),
    ("Anamnes", """
6-årig flicka, ramlade på utsträckt hö hand för 2 timmar sedan. Gråter när hon rör handen. Ingen annan skada, slog inte i huvudet. Frisk sedan tidigare, vaccinerad.
Har inte fått smärtstillande hemma. Inga tidigare frakturer. Högerhänt. Ska på kalas imorgon och undrar om hon får hoppa studsmatta.
"""),
    ("Socialt", """
Bor med mamma, pappa och storebror i Vänersborg. Går i förskoleklass.
"""),
    ("Läkemedel", """
Inga. Inga kända allergier.
"""),
    ("Status", """
AT: opåverkad, lugn i mammas knä.
Hö handled: lätt svullnad dorsalt, ömhet över distala radius, ingen felställning. Kan röra fingrarna. Sensibilitet och kapillär återfyllnad ua.
Armbåge och klavikel: ua.
Hö underarm och fingrar: ingen ömhet. Vä arm: ua.
"""),
    ("Röntgen", """
Remiss: Frågeställning fraktur distala radius? Utlåtande: Ingen fraktur. Inga tecken på epifysskada. Normala mjukdelar.
"""),
    ("Bedömning", """
Kontusion/distorsion hö handled. Röntgen utan skelettskada.
"""),
    ("Åtgärd", """
Mitella några dagar. Alvedon och Ipren enl vikt. Om kvarstående ömhet över radius efter 10 dagar ny kontakt för ny röntgen.
"""),
    ("Information", """
Mamma informerad om röntgensvaret och om när de ska höra av sig igen.
"""),
  ], must_not=["NL102"], why="Child 6 y: X-ray question 'fraktur?' answered 'Ingen fraktur'.")

C("nl102-not-uro-njursten-symtomhedge", "v_uro_skas", "Mottagningsanteckning", "Hannes Lundberg",
  "2024-10-02 11:15", 45, "öppenvård", "1981-12-19", "657", [
    ("Aktuellt", """
Återbesök efter akutbesök 20/9 för hö-sidig njurstensattack. Stenen 5 mm i distala uretär på DT. Sedan 5 dagar smärtfri. Har silat urinen, inte hittat någon sten.
Har tagit Voltaren 2 ggr senaste veckan. Ingen feber, ingen sveda. Dricker ca 1,5 liter per dag, mer vid träning.
"""),
    ("Tidigare sjukdomar", """
Njursten vä 2019, avgick spontant. Crohns sjukdom, ileocekalresektion 2016. Depression i remission.
"""),
    ("Socialt", """
Sambo, arbetar som IT-tekniker. Tränar löpning.
"""),
    ("Läkemedel", """
Stelara var 8:e vecka, Sertralin 50 mg, Voltaren vb.
"""),
    ("Status", """
AT: gott. Buk: mjuk, oöm. Njurloger ej dunkömma.
Cor/pulm: ua. BT 124/78.
"""),
    ("Röntgen", """
Lågdos-DT njurar idag: inget kvarvarande konkrement i hö uretär, ingen hydronefros. Två små 2 mm konkrement i vä njure, oförändrade.
"""),
    ("Lab", """
Krea 84, Ca 2,38, urat 310. U-sticka: blod 1+. Stenanalys ej möjlig.
"""),
    ("Bedömning", """
Spontanavgång av uretärsten hö. Recidiverande njurstenssjukdom, tarmresektion ökar risken för oxalatsten. Den molande värken i flanken veckan efter var sannolikt stenens passage genom urinblåsan. Smärtan kan komma tillbaka om vä stenarna lossnar.
"""),
    ("Planering", """
Metabol utredning med 24-timmars urin x 2. Dricka 2,5–3 l/dag. Citrat övervägs efter svar.
"""),
  ], must_not=["NL102"], why="The hedge concerns a symptom's course ('sannolikt stenens passage'); diagnoses confirmed.")

C("nl102-not-psyk-ev-dosokning-depression", "v_psyk_kung", "Läkaranteckning", "Elin Magnusson",
  "2024-12-17 10:45", None, "öppenvård", "1975-09-11", "746", [
    ("Aktuellt", """
Uppföljning 6 veckor efter start av sertralin för depression. Sover bättre, orkar promenera med hunden igen. Fortfarande låg energi på eftermiddagarna. Arbetar 75 %.
Biverkningar: lätt illamående första veckan, nu borta. Sexuell lust något minskad. Ingen huvudvärk. Sömnen är bättre med 7 timmar per natt. Börjar ta kontakt med vänner igen.
"""),
    ("Tidigare", """
Depressiv episod 2011, behandlad med KBT. Ingen självskada. Hypertoni. Migrän.
"""),
    ("Socialt", """
Skild, två tonårsbarn varannan vecka. Arbetar som bibliotekarie. Alkohol sparsamt.
"""),
    ("Läkemedel", """
Sertralin 50 mg x 1, Enalapril 10 mg.
"""),
    ("Skattningar", """
MADRS-S 17 (vid start 29). PHQ-9 12.
AUDIT 2. Sömndagbok: 6,5–7 timmar per natt.
"""),
    ("Psykiskt status", """
Vaken, klar, god kontakt. Stämningsläge lätt sänkt, ler vid samtal om hunden. Ingen psykotisk symtomatologi. Förnekar suicidtankar.
"""),
    ("Bedömning", """
Egentlig depression, medelsvår, i partiell remission. Fortsatt sertralin. Ev. ökning till 100 mg om förbättringen planar ut. Möjligen ökad arbetstid efter nyår.
"""),
    ("Planering", """
Telefonkontakt med ssk om 4 veckor, läkarbesök om 8 veckor. Sjukskrivning 25 % förlängs till 31/1.
"""),
    ("Information", """
Pat informerad om att sertralin ska fortsätta minst 6 månader efter att hon blivit bra.
"""),
  ], must_not=["NL102"], why="Unsigned draft: hedges are about dose and working time; depression affirmed.")

C("nl102-not-hud-psoriasis-ev-biologiskt", "v_hud_su", "Läkaranteckning", "Karolina Weiss",
  "2024-02-13 15:20", 30, "öppenvård", "1970-04-03", "839", [
    ("Aktuellt", """
Psoriasis vulgaris sedan 25 år. Senaste året försämring med utbredda plack trots metotrexat 20 mg/v. Klåda påverkar sömnen. Ledvärk i knäna, ingen svullnad.
Har provat ljusbehandling 2019 med god effekt men kan inte gå tre gånger i veckan pga skiftarbetet. Besvären påverkar humöret och han undviker simhallen. DLQI 16.
"""),
    ("Tidigare sjukdomar", """
Psoriasis vulgaris. Typ 2-diabetes. Fettlever (NAFLD). Hypertoni.
"""),
    ("Socialt", """
Gift, arbetar som busschaufför med skiftarbete. Röker 5 cig/dag.
"""),
    ("Läkemedel", """
Metotrexat 20 mg/v, Folacin, Metformin, Amlodipin, Dovobet gel.
"""),
    ("Status", """
Hud: utbredda välavgränsade erytematösa plack med fjäll på armbågar, knän, bål och i hårbotten. PASI 14, BSA 16 %. Naglar: onykolys.
Leder: inga synoviter, ingen daktylit.
Hårbotten: tjocka fjällande plack bakom öronen. Genitalt: ua.
"""),
    ("Lab", """
ALAT 1,6 (stigande), ASAT 1,1, krea 72, Hb 142, LPK 6,8. Quantiferon negativ. Hepatitserologi negativ.
"""),
    ("Bedömning", """
Måttlig till svår plackpsoriasis med otillräcklig effekt av metotrexat och stigande leverprover. Metotrexat trappas ut. Ev. biologiskt läkemedel (IL-23-hämmare), ansökan till läkemedelsrådet. Oklart om pat kan komma på ljusbehandling pga arbetstider.
"""),
    ("Planering", """
Åter 6 veckor. Remiss reumatolog om ledvärken tilltar. Fotografering av plack.
"""),
  ], must_not=["NL102"], why="Hedges concern treatment plans; psoriasis is affirmed.")

C("nl102-not-onh-barn-tonsillit-ev-operation", "s_onh_lund", "Läkaranteckning", "Maja Hellström",
  "2024-09-04 09:15", 25, "öppenvård", "2017-05-16", "187", [
    ("Remissorsak", """
Recidiverande tonsillit, remiss från VC för ställningstagande till tonsillektomi.
"""),
    ("Anamnes", """
7-årig pojke med 6 verifierade streptokocktonsilliter senaste året, alla antibiotikabehandlade. Missat mycket skola. Snarkar, men inga andningsuppehåll enligt föräldrarna. Äter och växer bra.
Feber upp till 40 vid infektionerna, svårt att svälja. Inga halsbölder. Sover oroligt men ingen dagtrötthet. Föräldrarna har funderat länge och vill ha information om operationen.
"""),
    ("Tidigare", """
Frisk i övrigt. Inga allergier. Vaccinationer enligt program.
"""),
    ("Socialt", """
Bor med mamma, pappa och två syskon i Lund. Går i 1:an.
"""),
    ("Läkemedel", """
Inga. Kåvepenin vid infektionerna.
"""),
    ("Status", """
AT: pigg.
Svalg: tonsiller storlek 2, kryptiska, inga beläggningar idag.
Lgl: små käkvinkelkörtlar bilat, oömma.
Öron: trumhinnor ua. Näsa: ua.
Cor: regelbundet, utan blåsljud. Vikt 24 kg, längd 125 cm.
"""),
    ("Bedömning", """
Recidiverande streptokocktonsillit, uppfyller indikationen för tonsillektomi (Paradise-kriterierna). Ev. operation i vår beroende på föräldrarnas beslut, de vill fundera. Tonsillotomi ej aktuellt vid infektionsindikation.
"""),
    ("Information", """
Föräldrarna informerade om ingreppet, risk för efterblödning (ca 5 %) och smärtlindring efter operation.
"""),
    ("Planering", """
Föräldrarna hör av sig inom en månad om beslut. Väntetid ca 3 mån.
"""),
  ], must_not=["NL102"], why="Child 7 y: 'Ev. operation' is a plan, not a diagnosis; tonsillitis confirmed.")


# ---------------------------------------------------------------------------
# build + validate

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return f"{y}{m}{d}-{serial}{luhn_digit(y[2:] + m + d + serial)}"


def age_on(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]


def build():
    out, problems = [], []
    for c in CASES:
        region, uname, hsa = UNITS[c["unit"]]
        t = datetime.strptime(c["time"], "%Y-%m-%d %H:%M")
        signed = None if c["signed"] is None else (t + timedelta(minutes=c["signed"])).isoformat()
        last = t if c["signed"] is None else t + timedelta(minutes=c["signed"])
        as_of = datetime(last.year, last.month, last.day) + timedelta(days=2)
        note = {"id": "n1", "system": c["system"], "template": c["template"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": c["author"], "role": c["role"]},
                "time": t.isoformat(), "signed": signed, "setting": c["setting"], "refs": [],
                "sections": [{"keyword": k, "text": v.strip()} for k, v in c["sections"]]}
        record = {"patient": {"id": pnr(c["birth"], c["serial"]), "birth_date": c["birth"],
                              "protected_identity": False},
                  "as_of": as_of.isoformat(), "notes": [note],
                  "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": c["case"], "ruleset": region, "record": record,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


def validate(rows):
    problems = []
    names, sentences = set(), {}
    for row in rows:
        name = row["case"]
        if list(row) != CASE_KEYS:
            problems.append(f"{name}: keys {list(row)}")
        if name in names:
            problems.append(f"{name}: duplicate case name")
        names.add(name)
        if not row["why"].strip():
            problems.append(f"{name}: empty why")
        rec = row["record"]
        if set(rec) != RECORD_KEYS:
            problems.append(f"{name}: record keys")
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        digits = pid.replace("-", "")
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or not luhn_ok(digits[2:]):
            problems.append(f"{name}: personnummer not Luhn-valid")
        if digits[:8] != birth.replace("-", ""):
            problems.append(f"{name}: personnummer does not match birth_date")
        date.fromisoformat(birth)
        if not rec["as_of"].startswith("2024-"):
            problems.append(f"{name}: as_of not in 2024")
        targets = set()
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                problems.append(f"{name}: note keys")
            targets.add(note["id"])
            for k in ("time", "signed"):
                if note[k] is not None and not note[k].startswith("2024-"):
                    problems.append(f"{name}: {k} not in 2024")
            when = datetime.fromisoformat(note["time"])
            age = age_on(birth, when)
            if 13 <= age <= 15 or age < 0:
                problems.append(f"{name}: patient aged {age}")
            if row["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append(f"{name}: VGR note must be Melior")
            if note["system"] not in ("Melior", "PMO"):
                problems.append(f"{name}: system {note['system']}")
            words = sum(len(s["text"].split()) for s in note["sections"])
            if not 150 <= words <= 350:
                problems.append(f"{name}: {words} words (want 150-350)")
            for s in note["sections"]:
                if not s["keyword"] or not s["text"]:
                    problems.append(f"{name}: empty section")
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != name:
                            problems.append(f"{name}: sentence reused from {sentences[sent]}: {sent[:60]!r}")
                        elif sent in sentences:
                            problems.append(f"{name}: sentence repeated within case: {sent[:60]!r}")
                        sentences[sent] = name
        system = rec["notes"][0]["system"]
        must = {m[0] for m in row["must"]}
        must_not = {m[0] for m in row["must_not"]}
        if must & must_not:
            problems.append(f"{name}: code both must and must_not")
        if not (must | must_not) or not (must | must_not) <= {"NL101", "NL102"}:
            problems.append(f"{name}: asserts {must | must_not}")
        if len(must | must_not) != 1:
            problems.append(f"{name}: one idea per case, one code")
        for m in row["must"] + row["must_not"]:
            if m[1] not in targets:
                problems.append(f"{name}: target {m[1]} missing")
        if system == "PMO":
            if "NL101" in must | must_not:
                problems.append(f"{name}: NL101 asserted on PMO")
            if "NL102" in must:
                problems.append(f"{name}: NL102 must on PMO")
            if row["ruleset"] != "skane":
                problems.append(f"{name}: PMO outside Skåne")
    return problems


def main():
    rows = build()
    problems = validate(rows)
    path = HERE / f"{NAME}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        for kind in ("must", "must_not"):
            for code, _ in row[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    regions = {}
    systems = {}
    drafts = 0
    for row in rows:
        regions[row["ruleset"]] = regions.get(row["ruleset"], 0) + 1
        n = row["record"]["notes"][0]
        systems[n["system"]] = systems.get(n["system"], 0) + 1
        drafts += n["signed"] is None
    print(f"{len(rows)} cases -> {path.name}")
    for key in sorted(counts):
        print(f"  {key[0]} {key[1]}: {counts[key]}")
    print(f"  regions {regions}  systems {systems}  drafts {drafts}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
