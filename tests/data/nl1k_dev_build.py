#!/usr/bin/env python3
"""nl1k_dev_cases: independent NL102 gold cases (Swedish clinical notes).

Hard language for NL102: abbreviations (also ambiguous ones), eponyms in several
forms, Latin and lay words, compounds/derivations, misspelt diagnoses and hedge words,
hedges after the diagnosis / in another clause / in parentheses, question marks,
differential lists, vs / alt. / el., hedges about non-diagnoses beside a diagnosis,
negations beside hedges, past and family history beside a current hedge.
Negatives also cover PMO (diagnoses never shown) and protected templates / sökord.

No dependencies, deterministic. `python3 build.py` writes nl1k_dev_cases.jsonl and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1k_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {
    # Region Skåne, Melior (hospitals)
    "sakut_l": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6A21"),
    "sakut_m": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6B34"),
    "smed_ks": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-7C02"),
    "skir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-5K18"),
    "sort_ys": ("Ortopedkliniken, Ystads lasarett", "SE2321000255-4D77"),
    "sbarn_l": ("Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-8E10"),
    "sbarn_hbg": ("Barn- och ungdomskliniken, Helsingborgs lasarett", "SE2321000255-8E52"),
    "skvinn_m": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3F09"),
    "shud_l": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-2G41"),
    "sogon_m": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2H66"),
    "sonh_hbg": ("Öron-näsa-halskliniken, Helsingborgs lasarett", "SE2321000255-2J13"),
    "sinf_l": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7K85"),
    "sreuma_l": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7L29"),
    "sger_tbg": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-9M47"),
    "suro_m": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5N31"),
    "spsyk_l": ("Vuxenpsykiatrimottagning Lund", "SE2321000255-1P58"),
    "skard_l": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7Q90"),
    "sendo_m": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7R16"),
    "sonk_l": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6S43"),
    "sneuro_l": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7T07"),
    "sneurokir_l": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5T62"),
    "smed_lk": ("Medicinkliniken, Landskrona lasarett", "SE2321000255-7U25"),
    "smed_ang": ("Medicinkliniken, Ängelholms sjukhus", "SE2321000255-7V88"),
    "sgastro_m": ("Mag-tarmmedicinska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7W19"),
    "sbrost_m": ("Bröstcentrum, Skånes universitetssjukhus Malmö", "SE2321000255-5X36"),
    # Region Skåne, PMO (primary care)
    "pvc_lin": ("Vårdcentralen Linero, Lund", "SE2321000255-H1204"),
    "pvc_sorg": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-H1318"),
    "pvc_hoor": ("Vårdcentralen Höör", "SE2321000255-H1452"),
    "pbvc_kav": ("BVC Kävlinge", "SE2321000255-H1577"),
    "pum_esl": ("Ungdomsmottagningen Eslöv", "SE2321000255-H1629"),
    "phsjv_sim": ("Hemsjukvården Simrishamn", "SE2321000255-H1733"),
    "pvc_osby": ("Vårdcentralen Osby", "SE2321000255-H1846"),
    "pvc_tome": ("Vårdcentralen Tomelilla", "SE2321000255-H1951"),
    # Västra Götalandsregionen, Melior
    "vakut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00321"),
    "vreuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00457"),
    "vbarn_dsbus": ("Drottning Silvias barn- och ungdomssjukhus, Östra sjukhuset", "SE2321000131-E00512"),
    "vbarn_nu": ("Barn- och ungdomsmedicin, NU-sjukvården Trollhättan", "SE2321000131-E00688"),
    "vmed_sas": ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E00734"),
    "vkir_nu": ("Kirurgkliniken, NU-sjukvården Uddevalla", "SE2321000131-E00869"),
    "vort_mol": ("Ortopedkliniken, Mölndals sjukhus", "SE2321000131-E00915"),
    "vkard_sk": ("Kardiologiska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E01046"),
    "vgyn_ost": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E01173"),
    "vneuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E01209"),
    "vinf_ost": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E01382"),
    "vpsyk_su": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E01435"),
    "vonh_su": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E01560"),
    "vuro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E01617"),
    "vmed_alin": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E01794"),
    "vmed_kung": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E01828"),
    "vger_mol": ("Geriatriken, Mölndals sjukhus", "SE2321000131-E01953"),
    "vendo_su": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E02061"),
    "vonk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E02136"),
    "vhud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E02274"),
}

AUTHORS = [
    "Karin Lindqvist", "Mohammed Al-Sayed", "Sara Bengtsson", "Johan Ek", "Elin Håkansson",
    "Ahmad Rahimi", "Maria Nordström", "Per Olausson", "Linnea Sjöberg", "Tomas Wikström",
    "Fatima Hassan", "Jonas Persson", "Ingrid Axelsson", "Nikola Petrović", "Hanna Ström",
    "Erik Lundgren", "Amira Khalil", "Gustav Holm", "Sofia Berg", "Leila Karimi",
    "Anders Fransson", "Maja Ekdahl", "David Nilsson", "Ulrika Dahl", "Björn Sandberg",
]

CASES = []


def K(name, rs, unit, born, sex, t, signed, sections, must=(), must_not=(), why="",
      system="Melior", tpl="Läkaranteckning", setting="öppenvård", role="läkare"):
    CASES.append(dict(name=name, rs=rs, unit=unit, born=born, sex=sex, t=t, signed=signed,
                      sections=sections, must=list(must), must_not=list(must_not), why=why,
                      system=system, tpl=tpl, setting=setting, role=role))


Y = ["NL102"]   # shorthand: must / must_not NL102
D = None        # unsigned draft

# ---------------------------------------------------------------- MUST NL102 (55)

K("akut-susp-le-lungemboli-forkortning", "skane", "sakut_l", "1981-04-12", "F",
  "2024-02-03T22:14", "23:05",
  [("Aktuellt", "Andfåddhet sedan i morse och stickande smärta hö thoraxhalva vid djupandning. "
                "Lång bilresa från Tyskland i förrgår, tar p-piller."),
   ("Status", "AT opåverkad. Puls 112, sat 91 % på rumsluft, AF 24. Cor: rr, inga blåsljud. "
              "Pulm: vesikulärt bilat. Ben: ingen svullnad."),
   ("Bedömning", "Susp. LE. DT-angio beställd, Fragmin 15 000 E sc i väntan på svar.")],
  must=Y, why="abbreviation LE (lungemboli) hedged with 'Susp.' in Bedömning",
  tpl="Akutanteckning", setting="akutmottagning")

K("reuma-le-lupus-tvetydig-forkortning", "vgr", "vreuma_su", "1995-09-30", "F",
  "2024-03-14T10:20", "11:45",
  [("Bedömning", "Ledvärk MCP bilat, fotosensitivt utslag över kinderna, ANA 1:640. "
                 "Misstänkt LE av systemisk typ. Anti-dsDNA, C3/C4 och U-albumin/krea tas.")],
  must=Y, why="ambiguous abbreviation LE meaning lupus erythematosus, hedged", tpl="Mottagningsanteckning")

K("kardio-ms-mitralisstenos-tvetydig-utkast", "skane", "skard_l", "1958-06-02", "F",
  "2024-04-09T13:10", D,
  [("Status", "Diastoliskt mullrande blåsljud över apex. EKG: nydebuterat FF, frekvens 118."),
   ("Bedömning", "Trol. MS, reumatisk genes? UCG bokas under vårdtiden, Eliquis startas.")],
  must=Y, why="ambiguous abbreviation MS (mitralisstenos) after 'Trol.'; unsigned draft",
  setting="slutenvård")

K("barn-gbs-guillain-barre-forkortning", "skane", "sbarn_l", "2014-01-22", "M",
  "2024-05-06T16:40", "17:30",
  [("Aktuellt", "10-årig pojke som sedan 4 dagar får allt svårare att gå i trappor. "
                "Magsjuk för två veckor sedan."),
   ("Status", "Kraftnedsättning proximalt i benen, areflexi patellar och achilles bilat. Sensibilitet ua."),
   ("Bedömning", "Misstänkt GBS. LP och ENeG imorgon, vitalkapacitet x 3/dygn."),
   ("Planering", "Inläggning på barnavdelningen. Föräldrarna stannar över natten.")],
  must=Y, why="ambiguous abbreviation GBS (Guillain-Barré) hedged; child under 13", setting="slutenvård")

K("barnonk-all-forkortning-liknar-ord", "vgr", "vbarn_dsbus", "2018-02-11", "F",
  "2024-02-19T19:05", "20:10",
  [("Bedömning", "Pancytopeni med blaster i perifert utstryk och hepatosplenomegali. Stark misstanke om ALL. "
                 "Benmärgsprov i narkos imorgon, föräldrarna har fått veta planen.")],
  must=Y, why="ALL (akut lymfatisk leukemi) looks like the word 'all'; hedged 'stark misstanke om'",
  setting="slutenvård")

K("geriatrik-nph-typo-missankt", "skane", "sger_tbg", "1941-11-03", "M",
  "2024-01-17T11:00", "12:15",
  [("Bedömning", "Gångrubbning med små steg, trängningsinkontinens och tilltagande minnessvikt sedan ett år. "
                 "DT hjärna visar vidgade ventriklar utan kortikal atrofi. Missänkt NPH, tappningstest planeras.")],
  must=Y, why="typo in hedge 'Missänkt' before abbreviation NPH", tpl="Mottagningsanteckning")

K("kardio-dd-lista-nstemi-takotsubo", "vgr", "vkard_sk", "1962-08-28", "F",
  "2024-06-11T08:50", "09:40",
  [("Aktuellt", "61-årig kvinna med hypertoni på Enalapril, i övrigt frisk. Smärtan kom i vila under ett telefonsamtal, tryckande, utan utstrålning, varade 40 min."),
   ("Status", "AT: opåverkad men orolig. Cor: rr, inga biljud. BT 148/86, puls 92. Pulm: ua. Ingen perifer svullnad."),
   ("Bedömning", "Bröstsmärta i 3 h efter ett svårt besked i familjen. TnT 38 → 52, EKG utan ST-höjningar. "
                 "DD: NSTEMI, perimyokardit, Takotsubo. Koronarangiografi imorgon.")],
  must=Y, why="differential list 'DD: X, Y, Z' with abbreviation and eponym", setting="slutenvård")

K("akut-fragetecken-fore-sah", "skane", "sakut_m", "1979-03-15", "M",
  "2024-07-21T18:25", "19:00",
  [("Bedömning", "Åskknallshuvudvärk under styrketräning, nackstyv. ?SAH – DT hjärna akut, LP om DT är normal.")],
  must=Y, why="'?' glued before abbreviation SAH", tpl="Akutanteckning", setting="akutmottagning")

K("ortopedi-scafoideum-typo-fragetecken-efter", "vgr", "vort_mol", "1999-12-01", "M",
  "2024-02-27T14:35", "15:10",
  [("Bedömning", "Fall på utsträckt hand, ömhet i fossa tabatière. Rtg utan säker fraktur. "
                 "Scafoideumfraktur? Gipsskena, ny rtg om 10–14 dagar.")],
  must=Y, why="misspelt scaphoideumfraktur with '?' after it", tpl="Mottagningsanteckning")

K("medicin-pneumoni-fristaende-fragetecken", "skane", "smed_ks", "1950-05-19", "M",
  "2024-10-02T21:30", "22:05",
  [("Bedömning", "Feber 39,2, CRP 187, rassel hö basalt. Pneumoni ? Rtg pulm beställd, "
                 "Bensylpenicillin 3 g x 3 i väntan.")],
  must=Y, why="standalone '?' separated by a space after the diagnosis", tpl="Inskrivningsanteckning",
  setting="slutenvård")

K("kirurgi-appendicit-trol-i-parentes", "vgr", "vkir_nu", "2001-07-07", "F",
  "2024-03-30T20:15", "21:00",
  [("Bedömning", "Smärta hö fossa sedan igår kväll, Rovsing positiv, CRP 64. "
                 "Appendicit (trol.) – anmäld för laparoskopi i kväll.")],
  must=Y, why="hedge in parentheses after the diagnosis", tpl="Akutanteckning", setting="akutmottagning")

K("gyn-eug-fragetecken-i-parentes-utkast", "skane", "skvinn_m", "1993-10-23", "F",
  "2024-08-14T03:20", D,
  [("Aktuellt", "Graviditetsvecka 7 enligt SM, småblöder sedan två dagar, ont vä fossa."),
   ("Bedömning", "Tom uterus vid VUL trots hCG 2400, lite fri vätska i Douglas (EUG?). "
                 "Inläggning, ny hCG om 48 h.")],
  must=Y, why="abbreviation EUG with '?' inside parentheses; unsigned draft", tpl="Akutanteckning",
  setting="akutmottagning")

K("akut-kolecystit-sannolikast-pankreatit-ej-utesluten", "vgr", "vakut_su", "1970-02-14", "F",
  "2024-09-05T12:40", "13:30",
  [("Status", "Temp 38,1, puls 98, BT 132/80. Buk: ömhet och défense under hö arcus, i övrigt mjuk. Ikterus saknas."),
   ("Bedömning", "Högersidig övre buksmärta efter fet måltid, Murphys tecken positivt, CRP 112. "
                 "Akut kolecystit är det mest sannolika; gallstenspankreatit kan inte uteslutas innan amylas är klart.")],
  must=Y, why="hedge placed after the diagnosis and a second one in another clause",
  tpl="Akutanteckning", setting="akutmottagning")

K("infektion-spondylodiskit-typo-uteslytas", "skane", "sinf_l", "1988-09-09", "M",
  "2024-11-12T15:05", "16:20",
  [("Aktuellt", "Inkommer med ambulans. Tilltagande ländryggsvärk i två veckor, nu svårt att gå. Injicerar heroin, senast igår enligt pat."),
   ("Bedömning", "Ryggsmärta och feber 38,9 hos pat med pågående intravenöst missbruk. "
                 "Spondylodiskit kan ej uteslytas, MR ländrygg akut och blododlingar x 2.")],
  must=Y, why="typo in hedge 'kan ej uteslytas' after the diagnosis", setting="slutenvård")

K("medicin-polymyalgia-rheumatica-sannolik-efter", "skane", "smed_lk", "1949-04-30", "F",
  "2024-03-04T09:15", "10:00",
  [("Bedömning", "Stelhet i skuldror och höfter på morgonen i 6 veckor, SR 68. Polymyalgia rheumatica sannolik. "
                 "Prednisolon 15 mg provas, utvärdering om en vecka.")],
  must=Y, why="Latin diagnosis with the hedge after it", tpl="Mottagningsanteckning")

K("urologi-njursten-lekmannaord-typo-troligne", "vgr", "vuro_sas", "1984-06-18", "M",
  "2024-05-23T07:55", "08:30",
  [("Bedömning", "Kolikartad smärta vä flank som strålar ned i ljumsken, mikroskopisk hematuri. "
                 "Troligne njursten vä. DT-urinvägar utan kontrast, Voltaren supp.")],
  must=Y, why="lay word 'njursten' with misspelt hedge 'Troligne'", tpl="Akutanteckning",
  setting="akutmottagning")

K("medicin-sviktrelaterad-dyspne-trol", "skane", "smed_ks", "1943-12-24", "M",
  "2024-01-29T10:45", "11:30",
  [("Aktuellt", "Inkommer med ambulans från Vä Vram pga andnöd sedan en vecka."),
   ("Status", "AT: dyspnoisk i vila, sitter upp. AF 28, sat 89 % på luft, BT 156/92, puls 104 oregelbunden. Cor: oregelbunden rytm, systoliskt blåsljud 2/6. Pulm: krepitationer bilat basalt upp till skulderbladsspetsen. Ben: pittingödem till knäna."),
   ("Läkemedel", "Enalapril 10 mg x 1, Metformin 500 mg x 2, Trombyl 75 mg x 1."),
   ("Bedömning", "Tilltagande dyspné och bilaterala underbensödem, NT-proBNP 4200. "
                 "Dyspnén bedöms trol. sviktrelaterad, furosemid iv och UCG under vårdtiden.")],
  must=Y, why="derivation 'sviktrelaterad' (hjärtsvikt) hedged with trol.", tpl="Inskrivningsanteckning",
  setting="slutenvård")

K("kirurgi-pankreascancermisstanke-sammansattning-utkast", "vgr", "vkir_nu", "1956-03-08", "F",
  "2024-04-16T14:00", D,
  [("Bedömning", "Smärtfri ikterus, viktnedgång 6 kg på två månader, CA 19-9 förhöjt. "
                 "Pankreascancermisstanke – remiss enligt SVF, DT pankreasprotokoll bokad.")],
  must=Y, why="compound with embedded hedge 'Pankreascancermisstanke'; unsigned draft",
  tpl="Mottagningsanteckning")

K("hud-malignitetsmisstankt-naevus", "skane", "shud_l", "1972-10-10", "M",
  "2024-06-20T13:25", "14:00",
  [("Status", "Asymmetriskt pigmenterat naevus vä skulderblad, 9 mm, oregelbunden kant och flera färger."),
   ("Bedömning", "Dermatoskopiskt malignitetsmisstänkt, excision med 2 mm marginal.")],
  must=Y, why="derived adjective 'malignitetsmisstänkt' (suspected melanoma)", tpl="Mottagningsanteckning")

K("neuro-tia-mistanke-typo-sammansattning", "vgr", "vmed_kung", "1951-01-26", "M",
  "2024-08-02T17:45", "18:30",
  [("Bedömning", "Övergående talsvårigheter och domning i hö hand i 20 min, nu helt återställd. "
                 "TIA-mistanke, ABCD2 5 p. Läggs in på strokeenheten för utredning.")],
  must=Y, why="compound 'TIA-mistanke' with typo (missing s)", tpl="Akutanteckning", setting="akutmottagning")

K("barn-borreliamisstankt-facialispares", "skane", "sbarn_hbg", "2015-05-04", "F",
  "2024-08-26T11:10", "12:00",
  [("Bedömning", "Perifer facialispares hö sedan i morse hos 9-åring som varit på Gotland i sommar, "
                 "flera fästingbett. Borreliamisstänkt pares, LP för borreliaserologi.")],
  must=Y, why="derivation 'Borreliamisstänkt'; child under 13", setting="öppenvård")

K("gastro-mb-crohn-trol", "vgr", "vmed_sas", "1998-11-15", "M",
  "2024-02-08T10:30", "11:15",
  [("Aktuellt", "Remiss från VC Sandared. Lös avföring 5–6 ggr/dygn, nattliga trängningar."),
   ("Bedömning", "Diarré i 6 veckor, viktnedgång 4 kg och perianal fistel. "
                 "Trol. Mb Crohn, koloskopi med biopsier och MR tunntarm.")],
  must=Y, why="eponym written as 'Mb Crohn' after trol.", tpl="Mottagningsanteckning")

K("gastro-chrons-sjukdom-typo", "skane", "sgastro_m", "2002-04-01", "F",
  "2024-09-18T15:50", "16:25",
  [("Bedömning", "Ileit vid DT, CRP 45 och kalprotektin 890. Misstänkt Chrons sjukdom, remiss till IBD-mottagningen.")],
  must=Y, why="misspelt eponym 'Chrons sjukdom' after misstänkt", tpl="Konsultationsanteckning",
  setting="slutenvård")

K("medicin-hortons-fragetecken", "skane", "smed_ang", "1946-07-13", "F",
  "2024-12-03T09:35", "10:10",
  [("Bedömning", "Nytillkommen tinningshuvudvärk, käkklaudikation och SR 92. Hortons? "
                 "Prednisolon 60 mg startat, temporalisbiopsi inom en vecka.")],
  must=Y, why="eponym in genitive 'Hortons?' with question mark only", tpl="Akutanteckning",
  setting="akutmottagning")

K("neuro-parkinson-talar-for-msa-ej-utesluten", "vgr", "vneuro_su", "1955-10-27", "M",
  "2024-10-08T13:00", "14:10",
  [("Aktuellt", "Remitterad från VC för skakningar sedan 1,5 år. Hustrun har märkt att han rör sig långsammare och handstilen har blivit mindre. Svimningskänsla när han reser sig."),
   ("Status", "Vilotremor hö > vä, kugghjulsrigiditet hö arm, nedsatt armsving hö. Ortostatiskt BT-fall 30/15 mmHg."),
   ("Bedömning", "Vilotremor hö hand, rigiditet och bradykinesi, tidig ortostatism. Bilden talar för idiopatisk "
                 "Parkinsons sjukdom men MSA kan inte uteslutas. DaTSCAN och ortostatiskt prov.")],
  must=Y, why="eponym with 'talar för' and abbreviation MSA with 'kan inte uteslutas'",
  tpl="Mottagningsanteckning")

K("onh-menieres-mojligen-utan-accent", "skane", "sonh_hbg", "1968-02-29", "F",
  "2024-04-25T10:05", "10:50",
  [("Bedömning", "Attacker av rotatorisk yrsel i timmar med tinnitus och lockkänsla hö öra. "
                 "Audiogram: lågfrekvent nedsättning hö. Möjligen Menieres sjukdom, betahistin provas.")],
  must=Y, why="eponym without accent 'Menieres' after 'Möjligen'", tpl="Mottagningsanteckning")

K("endo-addisons-sjukdom-misstanks-efter", "vgr", "vendo_su", "1987-05-21", "F",
  "2024-06-03T14:45", "15:30",
  [("Bedömning", "Trötthet, hypotension, Na 128, K 5,6 och mörk pigmentering i handflatorna. "
                 "Addisons sjukdom misstänks, kortisol och ACTH tas, synacthentest imorgon.")],
  must=Y, why="verb hedge 'misstänks' after the eponym diagnosis", tpl="Mottagningsanteckning")

K("endo-trolig-graves-dd-struma", "skane", "sendo_m", "1990-08-06", "F",
  "2024-03-21T08:20", "09:05",
  [("Bedömning", "TSH <0,01, fritt T4 48 och ögonbesvär. Trolig Graves (TRAK skickad), "
                 "DD toxisk nodös struma. Tiamazol 20 mg.")],
  must=Y, why="short eponym 'Graves' hedged plus DD", tpl="Mottagningsanteckning")

K("barn-inkomplett-kawasaki-fragetecken-utkast", "vgr", "vbarn_dsbus", "2021-03-17", "M",
  "2024-01-12T16:15", D,
  [("Bedömning", "Feber sedan 6 dygn, bilateral konjunktivit, jordgubbstunga och svullna händer. "
                 "Inkomplett Kawasaki? UCG idag, IVIG diskuteras med bakjouren.")],
  must=Y, why="eponym with '?' after; child under 13; unsigned draft", setting="slutenvård")

K("barn-perthes-i-rontgensvar", "skane", "sbarn_l", "2018-09-12", "M",
  "2024-11-20T10:30", "11:40",
  [("Röntgen", "Rtg höfter: misstänkt Calvé-Legg-Perthes hö med lätt avplattning av caput."),
   ("Planering", "MR höfter, avlastning och återbesök barnortopeden om 2 veckor.")],
  must=Y, why="long hyphenated eponym hedged under sökord Röntgen; child under 13",
  tpl="Mottagningsanteckning")

K("medicin-pneumoni-vs-lungodem", "vgr", "vmed_alin", "1938-12-09", "F",
  "2024-02-13T23:10", "23:55",
  [("Bedömning", "Hypoxi, bilaterala rassel, NT-proBNP 2600 och CRP 88. "
                 "Pneumoni vs lungödem – behandlar bägge tills lungröntgen är klar.")],
  must=Y, why="two diagnoses joined by 'vs' without other hedge word", tpl="Inskrivningsanteckning",
  setting="slutenvård")

K("kirurgi-gastroenterit-alt-apendicit-typo", "skane", "skir_hbg", "2003-06-25", "M",
  "2024-07-04T02:40", "03:15",
  [("Bedömning", "Kräkningar och diarré sedan igår, buksmärtan har nu lokaliserats till hö fossa. "
                 "Trol. gastroenterit alt. begynnande apendicit; ny bukpalpation om 4 h.")],
  must=Y, why="'alt.' between two diagnoses, 'apendicit' misspelt", tpl="Akutanteckning",
  setting="akutmottagning")

K("neuro-migran-el-klusterhuvudvark", "vgr", "vneuro_su", "1985-01-31", "M",
  "2024-05-14T09:00", "09:45",
  [("Bedömning", "Ensidig huvudvärk bakom vä öga, 45 min per attack, tårflöde och rinnsnuva samma sida. "
                 "Migrän el. klusterhuvudvärk, huvudvärksdagbok och syrgas på prov.")],
  must=Y, why="'el.' between two diagnoses, no other hedge word", tpl="Mottagningsanteckning")

K("reuma-diferentialdiagnoser-typo-lista", "skane", "sreuma_l", "1966-09-14", "M",
  "2024-10-17T11:20", "12:05",
  [("Status", "Hö knä varmt och svullet, kraftig ledvätska, rörlighet 10–90 grader."),
   ("Bedömning", "Diferentialdiagnoser: reaktiv artrit, gikt, septisk artrit. "
                 "Ledpunktion med odling och kristaller före antibiotika.")],
  must=Y, why="differential list introduced by misspelt 'Diferentialdiagnoser'", tpl="Akutanteckning",
  setting="akutmottagning")

K("akut-ingen-fraktur-men-trol-ligamentskada", "vgr", "vakut_su", "2005-03-03", "F",
  "2024-04-07T15:30", "16:05",
  [("Bedömning", "Ingen misstanke om fraktur efter distorsionen, Ottawa neg. "
                 "Trol. ligamentskada lat fotled, stödförband och belastning efter förmåga.")],
  must=Y, why="negated 'ingen misstanke om fraktur' right before a hedged diagnosis", tpl="Akutanteckning",
  setting="akutmottagning")

K("infektion-ingen-meningit-men-misstankt-hsv-encefalit", "skane", "sinf_l", "1959-07-22", "F",
  "2024-09-29T04:10", "05:00",
  [("Status", "AT: medtagen, desorienterad till tid och rum. Temp 38,7. GCS 14 (V4). Inga fokala bortfall, pupiller lika och ljusreagerande."),
   ("Bedömning", "Nackstyvhet saknas och likvor utan pleocytos, ingen meningit. Nytillkommen förvirring och feber, "
                 "därför misstänkt herpesencefalit – aciklovir iv tills PCR är klar.")],
  must=Y, why="negated meningit followed by hedged herpesencefalit", tpl="Inskrivningsanteckning",
  setting="slutenvård")

K("medicin-tidigare-dvt-nu-ny-dvt-fragetecken-utkast", "vgr", "vmed_sas", "1964-02-05", "M",
  "2024-07-15T11:50", D,
  [("Bedömning", "Tidigare DVT hö 2019, behandlad i 6 mån. Nu svullen och öm vä vad sedan tre dagar, ny DVT? "
                 "Ultraljud imorgon, Fragmin tills dess.")],
  must=Y, why="past confirmed DVT and current '?'-hedged DVT in the same passage; unsigned draft",
  tpl="Akutanteckning", setting="akutmottagning")

K("kirurgi-hereditet-och-nu-misstankt-koloncancer", "skane", "skir_hbg", "1978-05-16", "F",
  "2024-03-12T13:15", "14:00",
  [("Hereditet", "Se bedömning. Far frisk, två syskon friska."),
   ("Aktuellt", "Remiss från vårdcentralen pga järnbrist. Trött sedan i vintras, ingen viktnedgång."),
   ("Status", "AT gott. Buk mjuk, oöm, inga palpabla resistenser. PR: ingen palpabel tumör, brunt på handsken."),
   ("Bedömning", "Mor och morbror med kolorektal cancer före 50 års ålder. Nu järnbristanemi och blod i "
                 "avföringen, misstänkt koloncancer. Koloskopi inom SVF.")],
  must=Y, why="family history of cancer beside a current hedged koloncancer", tpl="Mottagningsanteckning")

K("kardio-far-infarkt-sannolkt-angina-typo", "vgr", "vkard_sk", "1969-10-01", "M",
  "2024-11-06T10:40", "11:20",
  [("Bedömning", "Far fick hjärtinfarkt vid 52 års ålder. Pat har nu ansträngningsutlöst tryck över bröstet som "
                 "släpper i vila, sannolkt angina pectoris. Arbetsprov och blodfetter.")],
  must=Y, why="family infarction beside current hedged angina; hedge misspelt 'sannolkt'",
  tpl="Mottagningsanteckning")

K("medicin-misstankt-pnemoni-typo", "skane", "smed_lk", "1947-08-08", "M",
  "2024-12-10T19:20", "20:00",
  [("Status", "AT: lätt påverkad. T 38,4, AF 22, sat 93 %, BT 128/74, puls 96. Pulm: krepitationer vä basalt."),
   ("Bedömning", "Hosta och feber i 5 dagar, dämpning vä basalt. Misstänkt pnemoni vä underlob, "
                 "Doxyferm 200 mg dag 1 sedan 100 mg.")],
  must=Y, why="misspelt diagnosis 'pnemoni' after misstänkt", tpl="Akutanteckning", setting="akutmottagning")

K("akut-trol-pylonefrit-typo", "vgr", "vakut_su", "1997-04-14", "F",
  "2024-06-28T21:45", "22:30",
  [("Bedömning", "U-sticka nitrit pos, dunkömhet hö njurloge, feber 39,0. Trol. pylonefrit, "
                 "Ceftriaxon 2 g iv och urinodling.")],
  must=Y, why="misspelt diagnosis 'pylonefrit' after trol.", tpl="Akutanteckning", setting="akutmottagning")

K("kirurgi-diverikulit-typo-fragetecken", "skane", "skir_hbg", "1960-01-20", "M",
  "2024-08-19T16:30", "17:10",
  [("Bedömning", "Vänstersidig nedre buksmärta i två dygn, CRP 96, subfebril. Diverikulit? DT buk med iv kontrast.")],
  must=Y, why="misspelt 'Diverikulit' with '?' after", tpl="Akutanteckning", setting="akutmottagning")

K("psykiatri-misstankt-bipolar-ii-dd", "skane", "spsyk_l", "1994-12-12", "F",
  "2024-02-22T14:00", "15:05",
  [("Aktuellt", "Remitterad från vårdcentralen efter tredje depressiva episoden på fem år. SSRI har gett kortvarig effekt. Beskriver också veckor då hon sover fyra timmar per natt och startar nya projekt."),
   ("Bedömning", "Återkommande depressioner och perioder med minskat sömnbehov, ökad energi och impulsiva köp. "
                 "Misstänkt bipolär sjukdom typ II, DD recidiverande depression. Stämningsdagbok i 8 veckor.")],
  must=Y, why="hedged psychiatric diagnosis with DD in adult psychiatry (Melior)", tpl="Mottagningsanteckning")

K("psykiatri-fragetecken-fore-adhd", "vgr", "vpsyk_su", "2000-06-06", "M",
  "2024-09-10T10:15", "11:00",
  [("Bedömning", "Koncentrationssvårigheter sedan lågstadiet, impulsivitet och svårt att slutföra studier. "
                 "?ADHD, neuropsykiatrisk utredning med DIVA och skattningsskalor påbörjas.")],
  must=Y, why="'?' before abbreviation ADHD at sentence start", tpl="Mottagningsanteckning")

K("urologi-prostatacancer-typo-utelsutas", "vgr", "vuro_sas", "1952-09-17", "M",
  "2024-03-26T13:40", "14:20",
  [("Bedömning", "PSA 14, hård knöl i vä lob vid rektalpalpation. Prostatacancer kan inte utelsutas, "
                 "MR prostata och riktade biopsier.")],
  must=Y, why="hedge 'kan inte uteslutas' misspelt 'utelsutas' after the diagnosis", tpl="Mottagningsanteckning")

K("ogon-misstankt-ocklusion-arteria-centralis-retinae", "skane", "sogon_m", "1945-02-02", "M",
  "2024-05-29T08:05", "08:40",
  [("Status", "Visus hö: ljusperception, vä 1,0. Tryck 15/16. Fundus hö: blek, ödematös retina, kärlen trådsmala."),
   ("Bedömning", "Plötslig smärtfri synförlust hö öga, körsbärsröd fläck i makula, RAPD hö. "
                 "Misstänkt ocklusion av arteria centralis retinae, strokejouren kontaktad.")],
  must=Y, why="Latin anatomical diagnosis hedged", tpl="Akutanteckning", setting="akutmottagning")

K("onh-epifarynxcancer-fragetecken", "vgr", "vonh_su", "1976-07-30", "M",
  "2024-10-24T09:30", "10:05",
  [("Bedömning", "Ensidig sekretorisk otit vä hos vuxen utan föregående förkylning. "
                 "Epifarynxcancer? Fiberskopi idag, biopsi vid synlig förändring.")],
  must=Y, why="cancer diagnosis followed by '?' only", tpl="Mottagningsanteckning")

K("infektion-malaria-tills-motsatsen-bevisats", "vgr", "vinf_ost", "1991-11-11", "F",
  "2024-01-08T22:30", "23:15",
  [("Bedömning", "Feber 39,8 sex dagar efter hemkomst från Uganda, trombocyter 64. "
                 "Malaria tills motsatsen bevisats, snabbtest och tjock droppe akut.")],
  must=Y, why="hedge phrase 'tills motsatsen bevisats' after the diagnosis", tpl="Akutanteckning",
  setting="akutmottagning")

K("reuma-seronegativ-ra-fragetecken", "skane", "sreuma_l", "1980-03-27", "F",
  "2024-04-30T14:15", "15:00",
  [("Status", "Svullnad och ömhet MCP 2–3 bilat och PIP 3 hö. Handledsrörlighet normal. Inga reumatiska noduli, hud ua."),
   ("Bedömning", "Symmetrisk synovit MCP 2–3 bilat, morgonstelhet 2 h. RF neg, anti-CCP under analys. "
                 "Seronegativ RA? Metotrexat diskuteras när svaret kommit.")],
  must=Y, why="abbreviation RA with '?'", tpl="Mottagningsanteckning")

K("barn-misstakt-diabetes-typo", "vgr", "vbarn_nu", "2016-01-09", "F",
  "2024-10-13T18:00", "18:45",
  [("Bedömning", "Törst, nattliga urinträngningar och viktnedgång hos 8-åring, P-glukos 24. "
                 "Misstäkt nydebuterad diabetes typ 1, ketoner och blodgas tas, inläggning.")],
  must=Y, why="hedge misspelt 'Misstäkt'; child under 13", tpl="Akutanteckning", setting="akutmottagning")

K("kirurgi-ileus-trol-adherensileus", "vgr", "vkir_nu", "1953-04-04", "F",
  "2024-12-14T05:20", "06:00",
  [("Aktuellt", "Pat inkommer med ambulans efter att sedan igår morse ha haft tilltagande krampartade buksmärtor, kräkts vid fem tillfällen, senast gallfärgat, och inte haft avföring sedan i förrgår kväll."),
   ("Bedömning", "Uppspänd buk, kräkningar och ingen gasavgång sedan igår, laparotomi 2011. "
                 "Ileus, trol. adherensileus. DT buk, sond och fasta.")],
  must=Y, why="confirmed Latin 'Ileus' followed by a hedged more specific diagnosis", tpl="Akutanteckning",
  setting="akutmottagning")

K("onkologi-tidigare-brostcancer-skelettmetastser-typo", "skane", "sonk_l", "1961-06-08", "F",
  "2024-07-09T10:00", "10:55",
  [("Bedömning", "Bröstcancer hö opererad 2018, adjuvant behandlad. Nu ryggvärk i 6 veckor och ALP stigande. "
                 "Kan röra sig om skelettmetastser, skelettscint och DT thorax-buk.")],
  must=Y, why="past confirmed cancer beside 'kan röra sig om' + misspelt skelettmetastaser",
  tpl="Mottagningsanteckning")

K("medicin-siadh-trolig-separat-mening", "vgr", "vmed_kung", "1944-09-25", "F",
  "2024-05-02T11:35", "12:20",
  [("Aktuellt", "Inlagd via akuten pga yrsel och två fall hemma senaste veckan."),
   ("Bedömning", "Hyponatremi 118, pat är vaken och orienterad. Orsaken är ännu oklar. SIADH är trolig med tanke "
                 "på den låga S-osmolaliteten och det höga U-natriumet.")],
  must=Y, why="abbreviation SIADH with hedge after, in a separate sentence from 'oklar'",
  tpl="Daganteckning", setting="slutenvård")

K("barn-invaginaton-dubbla-fragetecken-typo", "skane", "sbarn_l", "2023-03-18", "M",
  "2024-02-02T01:15", "01:50",
  [("Bedömning", "Periodvisa skrikattacker, blek och slö mellan attackerna, hallonfärgad avföring. "
                 "Invaginaton ?? Ultraljud buk akut, kirurgjouren informerad.")],
  must=Y, why="double '??' after misspelt 'Invaginaton'; infant", tpl="Akutanteckning",
  setting="akutmottagning")

K("skane-tredje-person-sokord-ofiltrerat-misstankt-alzheimer", "skane", "sger_tbg", "1939-08-19", "F",
  "2024-06-12T13:30", "14:20",
  [("Aktuellt", "Kommer med dottern för minnesbesvär sedan ett år."),
   ("Tredje person", "Dottern berättar att pat glömt spisen på flera gånger och gått vilse i centrum. "
                     "Misstänkt Alzheimers sjukdom, basal demensutredning startas.")],
  must=Y, why="hedged diagnosis under sökord Tredje person, which Skåne does not filter, so it is visible",
  tpl="Mottagningsanteckning")

# ---------------------------------------------------------------- MUST_NOT NL102 (65)
# negations

K("akut-ingen-misstanke-le-wells-0", "skane", "sakut_l", "1986-10-05", "F",
  "2024-03-09T17:40", "18:15",
  [("Bedömning", "Ingen misstanke om lungemboli, Wells 0 och D-dimer normalt. Muskuloskeletal bröstsmärta, Ipren vb.")],
  must_not=Y, why="negated 'Ingen misstanke om' lungemboli; remaining diagnosis is settled",
  tpl="Akutanteckning", setting="akutmottagning")

K("kirurgi-ingen-missanke-appendicit-typo", "vgr", "vkir_nu", "2004-02-17", "M",
  "2024-06-01T14:10", "14:45",
  [("Bedömning", "Ingen missanke om appendicit, mjuk buk och normalt CRP vid ny kontroll. "
                 "Hem med råd om att söka vid försämring.")],
  must_not=Y, why="negation with misspelt 'missanke'", tpl="Akutanteckning", setting="akutmottagning")

K("medicin-dvt-uteslutes-gastrocnemiusruptur", "skane", "smed_ang", "1975-12-30", "M",
  "2024-01-23T10:25", "11:00",
  [("Bedömning", "DVT uteslutes med ultraljud. Smärtan i vaden beror på en partiell ruptur i mediala "
                 "gastrocnemius, syns tydligt vid undersökningen.")],
  must_not=Y, why="abbreviation DVT excluded with 'uteslutes'; alternative diagnosis settled",
  tpl="Mottagningsanteckning")

K("akut-strokemisstanke-avskriven", "vgr", "vakut_su", "1967-07-19", "F",
  "2024-11-25T12:05", "12:50",
  [("Bedömning", "Misstanken om stroke kunde avskrivas efter normal MR och helt regredierade symtom. "
                 "Akut vestibularisneurit vä, Postafen och mobilisering.")],
  must_not=Y, why="'misstanken om stroke' explicitly discarded ('kunde avskrivas')", tpl="Akutanteckning",
  setting="akutmottagning")

K("neuro-tidigare-misstankt-ms-avskrevs", "vgr", "vneuro_su", "1990-04-22", "F",
  "2024-03-19T09:20", "10:00",
  [("Anamnes", "Utreddes 2019 för misstänkt MS, avskrevs efter normal MR och LP."),
   ("Status", "Neurologstatus utan anmärkning, inga pyramidbanetecken. Ömhet i nackmuskulatur och trapezius bilat."),
   ("Bedömning", "Nu daglig pannhuvudvärk utan neurologiska bortfall. Spänningshuvudvärk, sjukgymnastik och sömnråd.")],
  must_not=Y, why="past suspicion of MS that was ruled out; current diagnosis settled", tpl="Mottagningsanteckning")

K("brost-inget-som-talar-for-malginitet-typo", "skane", "sbrost_m", "1999-01-14", "F",
  "2024-05-07T15:15", "15:50",
  [("Bedömning", "Inget som talar för malginitet i mellannålsbiopsin. Benignt fibroadenom vä bröst, "
                 "ingen ytterligare åtgärd.")],
  must_not=Y, why="negation 'Inget som talar för' with misspelt 'malginitet'", tpl="Mottagningsanteckning")

K("medicin-differentialdiagnostiskt-le-uteslutet-utkast", "vgr", "vmed_sas", "1983-08-11", "M",
  "2024-09-02T16:00", D,
  [("Bedömning", "Differentialdiagnostiskt har lungemboli uteslutits med DT-angio. "
                 "Pleurit efter genomgången virusinfektion, NSAID i 10 dagar.")],
  must_not=Y, why="'Differentialdiagnostiskt' only introduces an excluded diagnosis; unsigned draft",
  tpl="Daganteckning", setting="slutenvård")

K("infektion-tb-bedoms-ej-aktuell", "skane", "sinf_l", "1992-02-09", "M",
  "2024-04-03T10:10", "11:05",
  [("Anamnes", "Kom till Sverige från Somalia 2016. Ingen känd tbc-kontakt, röker inte."),
   ("Status", "AT gott, afebril. Sat 98 %. Pulm: vesikulärt andningsljud bilat, inga biljud. Inga förstorade lymfkörtlar på halsen eller i axillerna."),
   ("Bedömning", "Hosta sedan 4 veckor. TB bedöms ej aktuell: IGRA negativ och normal lungröntgen. "
                 "Postinfektiös hosta, åter vid feber eller viktnedgång.")],
  must_not=Y, why="abbreviation TB negated with 'bedöms ej aktuell'", tpl="Mottagningsanteckning")

K("akut-hjartinfarkt-avskrivs", "vgr", "vakut_su", "1958-01-06", "M",
  "2024-10-19T03:35", "04:10",
  [("Aktuellt", "Bröstbränning efter kvällsmaten, ingen strålning, ingen dyspné. Känd hypertoni, röker 10 cig/dag."),
   ("Bedömning", "Hjärtinfarkt avskrivs, TnT under gränsvärdet vid 0 och 3 h och EKG oförändrat mot tidigare. "
                 "Gastroesofageal reflux, PPI i 4 veckor.")],
  must_not=Y, why="lay word hjärtinfarkt negated by 'avskrivs' after it", tpl="Akutanteckning",
  setting="akutmottagning")

K("ortopedi-fraktur-fragetecken-nej", "skane", "sort_ys", "1954-11-29", "F",
  "2024-02-15T11:45", "12:20",
  [("Bedömning", "Fraktur? Nej – rtg visar intakt skelett. Kontusion hö handled, elastisk linda och smärtlindring.")],
  must_not=Y, why="a question mark that is answered at once with 'Nej'", tpl="Mottagningsanteckning")

K("kirurgi-kolecysit-kan-uteslutas-typo", "vgr", "vkir_nu", "1982-05-27", "F",
  "2024-07-26T09:50", "10:30",
  [("Bedömning", "Kolecysit kan uteslutas med ultraljud, gallblåsan tunnväggig utan stenar. "
                 "Ospecifik buksmärta, åter vid feber eller försämring.")],
  must_not=Y, why="'kan uteslutas' (not 'kan ej uteslutas'); misspelt 'Kolecysit'", tpl="Mottagningsanteckning")

K("medicin-inga-tecken-pa-pneomoni-typo", "skane", "smed_lk", "1977-03-13", "F",
  "2024-11-04T14:20", "14:55",
  [("Bedömning", "Inga tecken på pneomoni vid auskultation, sat 98 %. Viral övre luftvägsinfektion, "
                 "symtomatisk behandling.")],
  must_not=Y, why="'Inga tecken på' with misspelt 'pneomoni'", tpl="Akutanteckning", setting="akutmottagning")

K("kirurgi-ingen-cancer-ej-heller-infektion", "vgr", "vkir_nu", "1962-12-18", "M",
  "2024-08-07T13:05", "13:40",
  [("Bedömning", "Ingen misstanke om cancer vid rektoskopin, ej heller tecken på infektion. "
                 "Hemorrojder grad II, Xyloproct och fiberrikt.")],
  must_not=Y, why="two negations in one sentence, settled diagnosis after", tpl="Mottagningsanteckning")

K("medicin-ingen-dvt-ev-kompressionsstrumpa", "skane", "smed_ks", "1965-09-01", "F",
  "2024-06-24T10:30", "11:10",
  [("Bedömning", "Ingen misstanke om DVT. Ev. kompressionsstrumpa för svullnaden om den inte gått tillbaka "
                 "till återbesöket.")],
  must_not=Y, why="negated DVT right before 'Ev.' that concerns a stocking, not a diagnosis",
  tpl="Mottagningsanteckning")

K("infektion-menigit-bedoms-osannolik-typo", "vgr", "vinf_ost", "1996-10-16", "M",
  "2024-01-31T20:05", "20:45",
  [("Bedömning", "Huvudvärk och feber men ingen nackstelhet, opåverkad. Menigit bedöms osannolik. "
                 "Influensa A påvisad med PCR, hem med egenvårdsråd.")],
  must_not=Y, why="'osannolik' (unlikely) works as a negation; 'Menigit' misspelt; settled influenza",
  tpl="Akutanteckning", setting="akutmottagning")

K("neuro-pat-orolig-hjarntumor-ingen-sadan-misstanke", "vgr", "vneuro_su", "1989-06-27", "F",
  "2024-04-18T14:30", "15:10",
  [("Aktuellt", "Återkommande huvudvärk sedan tonåren, senaste halvåret föregången av sicksackmönster i synfältet i 20 minuter."),
   ("Bedömning", "Pat orolig för hjärntumör efter att ha läst på nätet. Någon sådan misstanke föreligger inte, "
                 "typisk migrän med aura och normalt neurologstatus.")],
  must_not=Y, why="patient's worry about a diagnosis, negated by the clinician in the next sentence",
  tpl="Mottagningsanteckning")

# hedges about non-diagnoses beside a diagnosis

K("infektion-pneumoni-ev-byte-peroralt", "skane", "sinf_l", "1955-02-23", "F",
  "2024-12-05T09:10", "09:55",
  [("Bedömning", "Pneumoni hö underlob, verifierad på lungröntgen. Ev. byte till peroralt imorgon om feberfri och äter.")],
  must_not=Y, why="'Ev.' concerns the route of antibiotics; the pneumonia is verified",
  tpl="Daganteckning", setting="slutenvård")

K("medicin-diabetes-trol-daligt-folsamet-typo", "vgr", "vmed_kung", "1963-03-31", "M",
  "2024-02-06T13:25", "14:00",
  [("Bedömning", "Känd typ 2-diabetes sedan 2010, HbA1c nu 78. Trol. dålig följsamet till metformin, "
                 "dosett ordnas via distriktssköterskan.")],
  must_not=Y, why="'Trol.' concerns adherence (misspelt 'följsamet'), not a diagnosis", tpl="Mottagningsanteckning")

K("ortopedi-radiusfraktur-trol-operation-utkast", "skane", "sort_ys", "1948-07-05", "F",
  "2024-03-17T19:40", D,
  [("Bedömning", "Distal radiusfraktur vä, dorsalt felställd efter reposition. Trol. operation imorgon, "
                 "fastande från midnatt.")],
  must_not=Y, why="'Trol.' concerns the operation date; fracture confirmed; unsigned draft",
  tpl="Akutanteckning", setting="akutmottagning")

K("medicin-astama-misstankt-felaktig-inhalationsteknik", "vgr", "vmed_alin", "2006-05-12", "F",
  "2024-10-29T10:40", "11:15",
  [("Bedömning", "Astama sedan barndomen, tre kurer kortison i år. Misstänkt felaktig inhalationsteknik, "
                 "genomgång med astmasköterska innan dosökning.")],
  must_not=Y, why="'Misstänkt' concerns inhaler technique; known astma misspelt 'Astama'", tpl="Mottagningsanteckning")

K("kardio-ff-sannolikt-hemgang", "skane", "skard_l", "1949-09-19", "M",
  "2024-08-22T15:00", "15:35",
  [("Status", "Puls 88 oregelbunden, BT 124/78. Cor: oregelbunden rytm, inga blåsljud. Pulm: ua. Inga ödem."),
   ("Bedömning", "Förmaksflimmer sedan 2021 på Eliquis, nu frekvensreglerat med Bisoprolol. "
                 "Sannolikt hemgång i morgon om frekvensen håller sig under 100.")],
  must_not=Y, why="'Sannolikt' concerns discharge; FF is known", tpl="Daganteckning", setting="slutenvård")

K("kardio-hjartsvikt-ev-tillagg-forxiga", "vgr", "vkard_sk", "1957-11-08", "M",
  "2024-05-16T09:45", "10:30",
  [("Aktuellt", "Återbesök hjärtsviktsmottagningen. Orkar gå 200 m på plan mark, sover med två kuddar."),
   ("Status", "BT 108/66, puls 64 reg. Lätta underbensödem bilat. Vikt 84 kg (86)."),
   ("Bedömning", "Hjärtsvikt NYHA III med EF 30 %. Ev. tillägg av Forxiga vid nästa besök, "
                 "kreatinin och kalium först.")],
  must_not=Y, why="'Ev.' concerns adding a drug; heart failure known", tpl="Mottagningsanteckning")

K("endo-hypotyreos-mojligen-sanka-levaxin", "skane", "sendo_m", "1983-01-25", "F",
  "2024-09-24T13:55", "14:30",
  [("Bedömning", "Hypotyreos, välinställd och symtomfri. Möjligen kan Levaxin sänkas till 75 µg, "
                 "nytt TSH om 6 veckor.")],
  must_not=Y, why="'Möjligen' concerns a dose change", tpl="Mottagningsanteckning")

K("reuma-gikt-oklart-om-kolkicin", "vgr", "vreuma_su", "1950-08-03", "M",
  "2024-07-02T11:05", "11:40",
  [("Bedömning", "Gikt hö stortå, uratkristaller i punktatet. Oklart om pat tål kolkicin med eGFR 28, "
                 "ev. prednisolon istället.")],
  must_not=Y, why="'Oklart' and 'ev.' concern treatment; gout verified by crystals", tpl="Akutanteckning",
  setting="akutmottagning")

K("medicin-kol-exacerbation-ev-niv", "skane", "smed_ks", "1946-04-11", "F",
  "2024-01-05T14:50", "15:25",
  [("Status", "AT: påverkad, talar i korta meningar. AF 26, sat 88 % på 1 l O2. Pulm: förlängt exspirium, rikligt med ronki. Blodgas pH 7,33, pCO2 7,4."),
   ("Bedömning", "KOL-exacerbation hos pat med KOL GOLD 3. Ev. NIV om pCO2 stiger, ny blodgas kl 18.")],
  must_not=Y, why="abbreviation KOL confirmed; 'Ev.' concerns ventilation", tpl="Daganteckning",
  setting="slutenvård")

K("geriatrik-alzheimer-troligen-hemtjanst", "skane", "sger_tbg", "1936-03-22", "F",
  "2024-10-10T10:20", "11:00",
  [("Aktuellt", "Inlagd efter fall i hemmet, bor ensam i lägenhet på andra våningen utan hiss."),
   ("Status", "Vaken, orienterad till person men inte till tid. Går med rollator, osäker i vändningar."),
   ("Läkemedel", "Donepezil 10 mg till natten, Alvedon 1 g x 3, Movicol vb."),
   ("Bedömning", "Demens av Alzheimertyp, MMSE 19/30. Troligen behov av hemtjänst efter utskrivning, "
                 "biståndshandläggare kontaktas.")],
  must_not=Y, why="eponym-derived settled diagnosis; 'Troligen' concerns home care", tpl="Daganteckning",
  setting="slutenvård")

K("onkologi-brostcancer-mojligtvs-neoadjuvant-typo", "vgr", "vonk_su", "1971-12-04", "F",
  "2024-04-11T15:25", "16:00",
  [("Bedömning", "Diagnos: duktal bröstcancer vä, ER pos, HER2 neg. Möjligtvs neoadjuvant behandling, "
                 "beslut på MDK torsdag.")],
  must_not=Y, why="misspelt 'Möjligtvs' concerns treatment; cancer is a stated diagnosis",
  tpl="Mottagningsanteckning")

K("geriatrik-backenfraktur-korttidsboende-fragetecken", "vgr", "vger_mol", "1933-06-30", "F",
  "2024-11-15T13:10", "13:50",
  [("Aktuellt", "Dag 4 på avdelningen. Går med gåbord och en person till toaletten, smärtfri i vila på Alvedon och Oxynorm vb."),
   ("Bedömning", "Bäckenfraktur efter fall i hemmet, stabil, belastning fritt. Misstänker att pat inte klarar "
                 "hemmet ännu – korttidsboende?")],
  must_not=Y, why="'Misstänker' and '?' concern discharge planning; fracture confirmed", tpl="Daganteckning",
  setting="slutenvård")

K("psykiatri-schizofreni-oklart-depainjektion", "vgr", "vpsyk_su", "1986-02-18", "M",
  "2024-06-17T10:50", "11:25",
  [("Socialt", "Bor i egen lägenhet med boendestöd två gånger i veckan. Arbetar 50 % på daglig verksamhet."),
   ("Bedömning", "Känd paranoid schizofreni, stabil. Oklart om pat fått sin depåinjektion i tid – "
                 "ssk kontrollerar med hemsjukvården.")],
  must_not=Y, why="'Oklart' concerns an injection, not the known diagnosis", tpl="Mottagningsanteckning")

K("medicin-jarnbristanemi-ev-iv-jarn", "skane", "smed_lk", "1979-10-28", "F",
  "2024-08-29T09:30", "10:05",
  [("Bedömning", "Järnbristanemi, Hb 92 och ferritin 6. Ev. järn iv om peroralt järn inte tolereras.")],
  must_not=Y, why="'Ev.' concerns iron route; anaemia verified", tpl="Mottagningsanteckning")

K("hud-baltros-trol-smartlinding-typo", "vgr", "vhud_su", "1959-04-16", "M",
  "2024-09-13T14:40", "15:10",
  [("Bedömning", "Bältros vä T8, dag 2 av utslag. Valaciklovir 7 dagar. Trol. räcker paracetamol som smärtlinding.")],
  must_not=Y, why="lay word bältros confirmed; 'Trol.' concerns analgesia (misspelt 'smärtlinding')",
  tpl="Mottagningsanteckning")

K("neuro-parkinson-doseringsfraga", "skane", "sneuro_l", "1944-05-09", "M",
  "2024-03-28T11:15", "12:00",
  [("Bedömning", "Parkinsons sjukdom sedan 2016 med ökande off-perioder. Madopar 5 ggr/dag? "
                 "Tas upp med parkinsonsköterskan vid nästa besök.")],
  must_not=Y, why="'?' concerns the dosing schedule next to a known eponym diagnosis", tpl="Mottagningsanteckning")

K("onh-sinuit-parentes-ev-dt", "vgr", "vonh_su", "1974-08-24", "F",
  "2024-12-17T10:00", "10:35",
  [("Bedömning", "Bakteriell sinuit hö (ev. DT bihålor om ingen förbättring efter 10 dagar). PcV 1,6 g x 3.")],
  must_not=Y, why="hedge in parentheses concerns imaging, not the diagnosis", tpl="Mottagningsanteckning")

K("hud-psoriasis-eventuellt-ljusbehandling", "skane", "shud_l", "1990-02-07", "M",
  "2024-02-28T13:20", "13:55",
  [("Läkemedel", "Betnovat kräm 2 ggr/vecka, Canoderm dagligen. Har tidigare provat Daivobet med viss effekt."),
   ("Bedömning", "Plackpsoriasis på armbågar och knän, ca 5 % BSA. Eventuellt ljusbehandling i vår om "
                 "krämerna inte räcker.")],
  must_not=Y, why="'Eventuellt' concerns phototherapy", tpl="Mottagningsanteckning")

# confirmed diagnoses with suspicious-looking words

K("gastro-remitterad-misstankt-celiaki-nu-faststalld", "skane", "sgastro_m", "2000-09-03", "F",
  "2024-05-20T10:45", "11:30",
  [("Aktuellt", "Återbesök för provsvar. Lös avföring och uppblåsthet sedan gymnasiet, ferritin 8 vid remisstillfället."),
   ("Bedömning", "Remitterad för misstänkt celiaki. Duodenalbiopsi visar Marsh 3b och transglutaminas-ak är 120: "
                 "celiaki fastställd. Glutenfri kost, dietistkontakt.")],
  must_not=Y, why="the referral's suspicion is now confirmed ('fastställd')", tpl="Mottagningsanteckning")

K("endo-typ1-diabetes-mojlighet-insulinpump", "vgr", "vendo_su", "1997-03-20", "M",
  "2024-11-28T09:05", "09:40",
  [("Bedömning", "Typ 1-diabetes sedan 12 års ålder, HbA1c 58. Möjlighet till insulinpump diskuterades, "
                 "pat positiv och får träffa pumpsköterska.")],
  must_not=Y, why="'Möjlighet' (possibility of a pump) is no hedge; diabetes known", tpl="Mottagningsanteckning")

K("neurokirurgi-evakuering-subduralhematom", "skane", "sneurokir_l", "1942-10-15", "M",
  "2024-04-22T08:30", "09:10",
  [("Bedömning", "Kroniskt subduralhematom hö, evakuering via borrhål utförd igår. Vaken och orienterad, mobiliseras.")],
  must_not=Y, why="'evakuering' begins with 'ev' but is no hedge", tpl="Daganteckning", setting="slutenvård")

K("infektion-otroligt-trott-influensa-verifierad", "vgr", "vinf_ost", "1985-07-08", "F",
  "2024-01-16T16:20", "16:55",
  [("Anamnes", "Pat beskriver sig som otroligt trött och har legat i sängen i fyra dagar."),
   ("Bedömning", "Influensa A verifierad med PCR. Opåverkad, hem med råd.")],
  must_not=Y, why="'otroligt' contains 'trolig' but is no hedge; influenza verified", tpl="Akutanteckning",
  setting="akutmottagning")

K("reuma-mb-bechterew-faststalld", "vgr", "vreuma_su", "1993-10-30", "M",
  "2024-08-12T13:35", "14:15",
  [("Aktuellt", "Ryggsmärta sedan 3 år, värst på natten och morgonen, bättre av rörelse. NSAID har haft god men otillräcklig effekt."),
   ("Bedömning", "Mb Bechterew (ankyloserande spondylit), HLA-B27 pos och sakroiliit bilat på MR. "
                 "Start av TNF-hämmare, kontroll om 3 mån.")],
  must_not=Y, why="eponym with Latin gloss in parentheses, settled", tpl="Mottagningsanteckning")

K("njur-misstankt-hemolyserat-prov-utkast", "vgr", "vmed_sas", "1948-12-22", "M",
  "2024-07-31T10:15", D,
  [("Bedömning", "Kronisk njursvikt stadium 4, eGFR 22. Misstänkt hemolyserat prov med kalium 6,1 – "
                 "tas om idag innan åtgärd.")],
  must_not=Y, why="'Misstänkt' concerns sample quality, not a diagnosis; unsigned draft",
  tpl="Mottagningsanteckning")

# family / past history beside a hedge on something that is not a diagnosis

K("brost-hereditet-ev-onkogenetisk-remiss-utkast", "skane", "sbrost_m", "1984-04-27", "F",
  "2024-09-16T14:05", D,
  [("Hereditet", "Mor bröstcancer vid 45 år, moster ovarialcancer vid 52 år."),
   ("Status", "Mammografi och ultraljud bilat utan anmärkning."),
   ("Planering", "Ev. remiss till onkogenetisk mottagning, pat vill fundera till nästa besök.")],
  must_not=Y, why="family cancers beside 'Ev.' about a referral; unsigned draft", tpl="Mottagningsanteckning")

K("barn-syskon-celiaki-eventuellt-screening", "vgr", "vbarn_nu", "2017-06-15", "M",
  "2024-03-06T10:25", "11:00",
  [("Hereditet", "Storasyster har celiaki sedan 2020."),
   ("Bedömning", "Pojken är symtomfri och växer enligt kurvan. Föräldrarna undrar över screening, "
                 "eventuellt transglutaminas-ak vid nästa provtagning.")],
  must_not=Y, why="sibling's diagnosis beside 'eventuellt' about a test; child under 13",
  tpl="Mottagningsanteckning")

K("urologi-tidigare-sjukdomar-eventuellt-psa", "skane", "suro_m", "1946-01-18", "M",
  "2024-06-05T11:30", "12:05",
  [("Tidigare sjukdomar", "Hjärtinfarkt 2015, TIA 2020, prostatacancer strålbehandlad 2022."),
   ("Planering", "Eventuellt aktuellt med ny PSA i höst, beslutas vid telefonkontakt i augusti.")],
  must_not=Y, why="past diagnoses listed; 'Eventuellt' concerns a follow-up test", tpl="Mottagningsanteckning")

# PMO (Skåne primary care): diagnoses never shown

K("pmo-vc-trol-pneumoni", "skane", "pvc_lin", "1970-03-10", "M",
  "2024-02-20T10:40", "11:10",
  [("Bedömning", "Hosta i 3 veckor, feber och rassel vä basalt. Trol. pneumoni, Doxycyklin 10 dagar.")],
  must_not=Y, why="hedged diagnosis in PMO, where diagnoses are never shown", system="PMO",
  tpl="Besöksanteckning")

K("pmo-vc-misstankt-hypotyros-typo", "skane", "pvc_sorg", "1961-07-24", "F",
  "2024-04-15T14:25", "14:55",
  [("Bedömning", "Trötthet och frusenhet, TSH 8,4 och fritt T4 i nedre normalområdet. Misstänkt hypotyros, "
                 "ny provtagning om 6 veckor med TPO-ak.")],
  must_not=Y, why="PMO; misspelt 'hypotyros' hedged", system="PMO", tpl="Besöksanteckning")

K("pmo-bvc-hoftledsdysplasi-fragetecken", "skane", "pbvc_kav", "2023-11-20", "F",
  "2024-05-13T09:15", "09:45",
  [("Bedömning", "Asymmetriska lårveck och lätt klick vid Ortolani vä. Höftledsdysplasi? "
                 "Remiss till barnortopeden för ultraljud.")],
  must_not=Y, why="PMO (BVC); '?' after diagnosis in an infant", system="PMO", tpl="BVC-besök")

K("pmo-um-trol-klamydia", "skane", "pum_esl", "2006-08-30", "F",
  "2024-10-21T15:40", "16:05",
  [("Bedömning", "Ny partner för en månad sedan, ökade flytningar och sveda. Trol. klamydia, provtagning gjord "
                 "och doxycyklin utskrivet i väntan på svar.")],
  must_not=Y, why="PMO (ungdomsmottagning); hedged STI", system="PMO", tpl="Besöksanteckning",
  role="barnmorska")

K("pmo-hemsjukvard-uvi-el-delirium-utkast", "skane", "phsjv_sim", "1934-12-01", "F",
  "2024-12-19T08:10", D,
  [("Bedömning", "Förvirrad sedan igår och illaluktande urin. Misstänkt UVI el. delirium av annan orsak, "
                 "jourläkare kontaktad för hembesök.")],
  must_not=Y, why="PMO (hemsjukvård); hedged abbreviation UVI with 'el.'; unsigned draft", system="PMO",
  tpl="Hembesök", setting="hemsjukvård", role="sjuksköterska")

K("pmo-vc-missankt-forskaksflimmer-typo", "skane", "pvc_hoor", "1952-02-12", "M",
  "2024-07-11T10:05", "10:40",
  [("Bedömning", "Oregelbunden puls 96. Missänkt förmaksflimmer på vilo-EKG, remiss för Holter 48 h.")],
  must_not=Y, why="PMO; misspelt hedge 'Missänkt'", system="PMO", tpl="Besöksanteckning")

K("pmo-vc-dd-bppv-vestibularisneurit", "skane", "pvc_osby", "1957-05-05", "F",
  "2024-03-25T13:00", "13:30",
  [("Bedömning", "Lägesyrsel sedan en vecka, Dix-Hallpike pos hö. DD: BPPV, vestibularisneurit. "
                 "Epleys manöver utförd.")],
  must_not=Y, why="PMO; differential list", system="PMO", tpl="Besöksanteckning")

K("pmo-vc-brostcancer-kan-ej-uteslutas", "skane", "pvc_tome", "1966-11-19", "F",
  "2024-08-05T11:20", "11:55",
  [("Anamnes", "Kände knölen själv i duschen för en vecka sedan. Ingen hereditet för bröst- eller äggstockscancer."),
   ("Bedömning", "Fast knöl vä bröst, 2 cm, ej öm. Bröstcancer kan ej uteslutas, SVF-remiss till "
                 "bröstmottagningen idag.")],
  must_not=Y, why="PMO; 'kan ej uteslutas' after the diagnosis", system="PMO", tpl="Besöksanteckning")

K("pmo-vc-depression-fragetecken", "skane", "pvc_lin", "2001-10-09", "M",
  "2024-11-18T15:10", "15:45",
  [("Bedömning", "Sömnproblem, nedstämdhet och minskad ork i 2 månader, PHQ-9 16. Depression? "
                 "Samtal med kurator, återbesök om 2 veckor.")],
  must_not=Y, why="PMO; '?' after diagnosis", system="PMO", tpl="Besöksanteckning")

K("pmo-vc-sannolik-gallstenssjukdom", "skane", "pvc_sorg", "1975-06-21", "F",
  "2024-09-09T09:35", "10:00",
  [("Bedömning", "Återkommande smärtor under hö arcus efter måltid. Sannolik gallstenssjukdom, "
                 "ultraljud lever och galla beställt.")],
  must_not=Y, why="PMO; hedged lay-ish diagnosis", system="PMO", tpl="Besöksanteckning")

# protected templates (Skåne) / sökord (VGR)

K("skane-th-mall-misstankt-huntington", "skane", "sneuro_l", "1981-09-07", "M",
  "2024-02-12T14:20", "15:00",
  [("Bedömning", "Misstänkt Huntingtons sjukdom med tanke på koreatiska rörelser och faderns sjukdom. "
                 "Gentest först efter genetisk vägledning och samtal med pat.")],
  must_not=Y, why="Skåne Melior template Tidiga hypoteser is filtered", tpl="Tidiga hypoteser")

K("skane-th-mall-trol-funktionellt-dd-ftd", "skane", "sger_tbg", "1952-03-14", "F",
  "2024-05-27T10:35", "11:20",
  [("Bedömning", "Trol. funktionellt syndrom, DD tidig frontotemporal demens. "
                 "Ny neuropsykologisk bedömning om 6 mån innan detta tas upp.")],
  must_not=Y, why="Skåne Melior template Tidiga hypoteser; hedge and DD", tpl="Tidiga hypoteser")

K("skane-th-mall-alkholrelaterad-typo", "skane", "sgastro_m", "1968-08-17", "M",
  "2024-10-03T13:50", "14:25",
  [("Bedömning", "Möjlig alkholrelaterad leversjukdom, GT 4 ggr över referens och MCV 102. "
                 "Pat förnekar överkonsumtion, PEth beställt.")],
  must_not=Y, why="Skåne Melior template Tidiga hypoteser; misspelt 'alkholrelaterad'", tpl="Tidiga hypoteser")

K("vgr-th-sokord-misstankt-ventrikelcancer", "vgr", "vmed_sas", "1950-10-12", "M",
  "2024-04-29T10:10", "10:50",
  [("Aktuellt", "Kontroll av viktnedgång, 8 kg på 4 månader, nedsatt aptit."),
   ("Status", "Blek, BMI 19. Buk: ömhet i epigastriet, ingen palpabel resistens. Hb 104, MCV 78."),
   ("Tidiga hypoteser", "Misstänkt ventrikelcancer, gastroskopi bokad. Tas upp med pat när svaret finns.")],
  must_not=Y, why="VGR sökord Tidiga hypoteser holds the hedge; visible section has none",
  tpl="Mottagningsanteckning")

K("vgr-th-sokord-fragetecken-anorexia-nervosa", "vgr", "vbarn_nu", "2006-11-26", "F",
  "2024-06-19T14:00", "14:40",
  [("Status", "Vikt 44 kg, längd 168 cm, BMI 15,6. Puls 48, bradykard men opåverkad."),
   ("Tidiga hypoteser", "?Anorexia nervosa, DD celiaki.")],
  must_not=Y, why="VGR sökord Tidiga hypoteser holds '?' and DD; patient 17", tpl="Mottagningsanteckning")

K("vgr-th-sokord-trolig-bvftd-utkast", "vgr", "vger_mol", "1949-05-28", "M",
  "2024-08-08T11:00", D,
  [("Bedömning", "Kognitiv utredning pågår, återbesök med hustrun om 4 veckor."),
   ("Tidiga hypoteser", "Trolig beteendevariant av frontotemporal demens, kompletterande FDG-PET.")],
  must_not=Y, why="VGR sökord Tidiga hypoteser; visible Bedömning without hypothesis; unsigned draft",
  tpl="Mottagningsanteckning")

K("vgr-th-sokord-cancermisstanke-lunga", "vgr", "vmed_kung", "1954-01-03", "F",
  "2024-12-02T15:15", "15:55",
  [("Planering", "Ny DT thorax och bronkoskopi planeras inom två veckor."),
   ("Tidiga hypoteser", "Cancermisstanke lunga: 2 cm spikulerad förändring hö ovanlob. Utreds enligt SVF.")],
  must_not=Y, why="compound 'Cancermisstanke' under VGR sökord Tidiga hypoteser", tpl="Mottagningsanteckning")

K("skane-vinr-mall-misstankt-revbensfraktur", "skane", "sakut_m", "1990-12-20", "F",
  "2024-07-13T23:30", "23:59",
  [("Anamnes", "Uppger att sambon knuffat henne mot en bordskant igår kväll."),
   ("Bedömning", "Blåmärken på överarmarna och misstänkt revbensfraktur vä. Rtg revben.")],
  must_not=Y, why="Skåne template Våld i nära relationer is filtered", tpl="Våld i nära relationer",
  setting="akutmottagning")

K("vgr-vinr-sokord-trol-comotio-typo", "vgr", "vakut_su", "1988-02-01", "F",
  "2024-03-02T02:45", "03:30",
  [("Aktuellt", "Huvudvärk och illamående sedan igår kväll."),
   ("Våldsutsatthet i nära relationer", "Uppger slag mot huvudet av partnern. Trol. comotio cerebri, "
                                        "DT hjärna utan blödning.")],
  must_not=Y, why="VGR sökord Våldsutsatthet i nära relationer; misspelt Latin 'comotio'",
  tpl="Akutanteckning", setting="akutmottagning")

K("vgr-orosanmalan-sokord-misstankt-icke-accidentell", "vgr", "vbarn_dsbus", "2022-01-30", "M",
  "2024-09-21T17:20", "18:10",
  [("Status", "Svullen och öm hö överarm, rör inte armen."),
   ("Orosanmälan gällande barn", "Spiralfraktur hö humerus hos 2-åring utan rimlig förklaring, misstänkt "
                                 "icke-accidentell skada. Skelettröntgen, orosanmälan skickas idag.")],
  must_not=Y, why="VGR sökord Orosanmälan gällande barn holds the hedge", tpl="Akutanteckning",
  setting="akutmottagning")

K("skane-oro-barn-mall-misstankt-cigarettbrannskada", "skane", "sbarn_hbg", "2020-04-08", "F",
  "2024-11-09T12:15", "13:00",
  [("Bedömning", "Rund sårskada 8 mm på handryggen, misstänkt cigarettbrännskada, DD impetigo. "
                 "Orosanmälan skickad till socialtjänsten.")],
  must_not=Y, why="Skåne template Oro för att barn far illa is filtered; child under 13",
  tpl="Oro för att barn far illa")

K("vgr-tredje-person-sokord-trol-alkoholberoende", "vgr", "vmed_alin", "1966-06-13", "M",
  "2024-05-08T08:45", "09:20",
  [("Aktuellt", "Återbesök för hypertoni, BT 162/98."),
   ("Tredje person", "Hustrun ringer och berättar att pat dricker varje dag och blir hotfull. Trol. "
                     "alkoholberoende, hon vill inte att han får veta att hon ringt.")],
  must_not=Y, why="VGR sökord Tredje person is filtered", tpl="Mottagningsanteckning")


# ---------------------------------------------------------------- build + validate

def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]


def pnr(born, sex, idx):
    serial = 100 + (idx * 37) % 880          # 100..979
    third = serial % 10
    if (sex == "M") != (third % 2 == 1):
        serial += 1 if serial % 10 != 9 else -1
    s3 = "%03d" % serial
    nine = born[2:4] + born[5:7] + born[8:10] + s3
    return born.replace("-", "") + "-" + s3 + luhn_digit(nine)


def as_of_for(t):
    d = dt.date.fromisoformat(t[:10])
    if d.month == 12:
        return "2024-12-31T00:00:00"
    return dt.date(2024, d.month + 1, 1).isoformat() + "T00:00:00"


def build():
    out = []
    for i, c in enumerate(CASES):
        unit_name, hsa = UNITS[c["unit"]]
        t = c["t"] + ":00"
        signed = None if c["signed"] is None else c["t"][:11] + c["signed"] + ":00"
        rec = {
            "patient": {"id": pnr(c["born"], c["sex"], i), "birth_date": c["born"], "protected_identity": False},
            "as_of": as_of_for(c["t"]),
            "notes": [{
                "id": "n1", "system": c["system"], "template": c["tpl"],
                "unit": {"name": unit_name, "hsa_id": hsa},
                "author": {"name": AUTHORS[(i * 7) % len(AUTHORS)], "role": c["role"]},
                "time": t, "signed": signed, "setting": c["setting"], "refs": [],
                "sections": [{"keyword": k, "text": x} for k, x in c["sections"]],
            }],
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["rs"], "record": rec,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


def age_on(born, day):
    b = dt.date.fromisoformat(born)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    for c in cases:
        n = c["case"]
        if set(c) != keys:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("duplicate case name " + n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            errs.append("%s: bad case name" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        if not c["why"]:
            errs.append("%s: no why" % n)
        r = c["record"]
        p = r["patient"]
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: pnr format" % n)
        else:
            ten = pid[2:8] + pid[9:]
            if not luhn_ok(ten):
                errs.append("%s: pnr Luhn" % n)
            if pid[:8] != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr vs birth_date" % n)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of" % n)
        note_ids = {x["id"] for x in r["notes"]}
        for code, target in c["must"] + c["must_not"]:
            if target not in note_ids:
                errs.append("%s: target %s missing" % (n, target))
            if code != "NL102":
                errs.append("%s: unexpected code %s" % (n, code))
        if not (c["must"] or c["must_not"]):
            errs.append("%s: asserts nothing" % n)
        if {tuple(x) for x in c["must"]} & {tuple(x) for x in c["must_not"]}:
            errs.append("%s: must and must_not overlap" % n)
        words = 0
        for note in r["notes"]:
            for f in ("time",):
                if not note[f].startswith("2024-"):
                    errs.append("%s: %s not 2024" % (n, f))
            tt = dt.datetime.fromisoformat(note["time"])
            if note["signed"] is not None:
                st = dt.datetime.fromisoformat(note["signed"])
                if not note["signed"].startswith("2024-") or st < tt:
                    errs.append("%s: signed" % n)
            if dt.datetime.fromisoformat(r["as_of"]) < tt:
                errs.append("%s: as_of before note" % n)
            a = age_on(p["birth_date"], tt.date())
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: age %d" % (n, a))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR must be Melior" % n)
            if note["system"] == "PMO" and c["must"]:
                errs.append("%s: PMO cannot be must" % n)
            for s in note["sections"]:
                words += len(s["text"].split())
                for sent in re.split(r"(?<=[.!?])\s+|\n+", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errs.append("%s: sentence reused from %s: %s" % (n, seen[sent], sent))
                        elif sent in seen:
                            errs.append("%s: sentence repeated: %s" % (n, sent))
                        seen[sent] = n
        if not 10 <= words <= 120:
            errs.append("%s: %d words" % (n, words))
    return errs


def main():
    cases = build()
    errs = validate(cases)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    must = sum(1 for c in cases if c["must"])
    must_not = sum(1 for c in cases if c["must_not"])
    drafts = sum(1 for c in cases if c["record"]["notes"][0]["signed"] is None)
    pmo = sum(1 for c in cases if c["record"]["notes"][0]["system"] == "PMO")
    by_rs = {}
    for c in cases:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    print("%d cases: NL102 must %d, must_not %d; drafts %d; PMO %d; %s"
          % (len(cases), must, must_not, drafts, pmo, by_rs))
    for e in errs:
        print("ERROR:", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
