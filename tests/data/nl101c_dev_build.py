#!/usr/bin/env python3
"""nl101c_dev_cases: independent gold cases for NL101 (uncommunicated-diagnosis-visible).

All cases are data below. Running this file writes nl101c_dev_cases.jsonl beside it and
validates it (exit status 1 on any problem). No dependencies, deterministic output.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

NAME = "nl101c_dev_cases"
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne (Melior, hospitals)
    "s_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7611"),
    "s_lung": ("Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7612"),
    "s_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7613"),
    "s_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7614"),
    "s_gyn": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-7615"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7616"),
    "s_ger": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-7617"),
    "s_ogon": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7618"),
    "s_barn": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7620"),
    "s_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7621"),
    "s_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-7622"),
    "s_psyk": ("Allmänpsykiatrisk mottagning Malmö, Psykiatri Skåne", "SE2321000255-7623"),
    "s_hemat": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7624"),
    "s_kard": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7625"),
    "s_endo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7626"),
    "s_kir": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-7627"),
    "s_med": ("Medicinkliniken, Ystads lasarett", "SE2321000255-7628"),
    "s_ort": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-7629"),
    "s_onh": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-7630"),
    # Västra Götalandsregionen (Melior)
    "v_onk": ("Onkologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8101"),
    "v_lung": ("Lungmedicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-8102"),
    "v_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-8103"),
    "v_uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-8104"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8105"),
    "v_kard": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-8106"),
    "v_hemat": ("Hematologisektionen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8107"),
    "v_gyn": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-8108"),
    "v_psyk": ("Psykiatrimottagningen, Kungälvs sjukhus", "SE2321000131-8109"),
    "v_ort": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-8110"),
    "v_ger": ("Geriatriska kliniken, Mölndals sjukhus", "SE2321000131-8111"),
    "v_onh": ("Öron-näsa-halsmottagningen, NU-sjukvården Uddevalla", "SE2321000131-8112"),
    "v_ogon": ("Ögonmottagningen, Mölndals sjukhus", "SE2321000131-8113"),
    "v_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-8114"),
    "v_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8115"),
    "v_endo": ("Endokrinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-8116"),
    "v_barn": ("Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-8117"),
    "v_akut": ("Akutmottagningen, Norra Älvsborgs Länssjukhus", "SE2321000131-8118"),
    "v_bröst": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8119"),
    "v_med": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-8120"),
    "v_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8121"),
}

AUTHORS = [
    "Karin Lindqvist", "Mats Holmberg", "Leila Haddad", "Per-Olof Nyström", "Sofia Bergkvist",
    "Ahmed Rahimi", "Ingrid Sjöberg", "Jonas Wallin", "Elin Fredriksson", "Tomasz Kowalski",
    "Maria Ekström", "Henrik Dahl", "Anneli Strand", "Gustav Lindahl", "Nadia Berisha",
]

# --------------------------------------------------------------------------- helpers
M = "must"
MN = "must_not"


def C(name, rs, unit, birth, sex, time, signed, sections, must, must_not, why,
      template="Läkaranteckning", setting="öppenvård", role="läkare"):
    """signed: minutes after `time`, or None for an unsigned draft."""
    return dict(name=name, rs=rs, unit=unit, birth=birth, sex=sex, time=time, signed=signed,
                sections=sections, must=must, must_not=must_not, why=why,
                template=template, setting=setting, role=role)


CASES = [
    # ======================================================================= MUST NL101
    C("lung-smacellig-pat-ej-informerad", "skane", "s_lung", "1951-04-17", "m", "2024-02-14 15:10", 35,
      [("Aktuellt", "Inneliggande för utredning av hosta och viktnedgång 8 kg sedan jul. Bronkoskopi utförd i tisdags."),
       ("Bedömning", "Cytologi från bronkoskopin visar småcellig lungcancer. Pat ej informerad, besked ges imorgon av ansvarig överläkare med kontaktsjuksköterska närvarande.")],
      ["NL101"], [], "settled cancer diagnosis, plain 'Pat ej informerad' with planned besked",
      setting="slutenvård"),
    C("kir-pankreas-besked-vid-aterbesok-annan-sektion", "vgr", "v_kir", "1956-09-02", "f", "2024-04-09 11:20", 60,
      [("Bedömning", "DT buk visar 3 cm stor tumör i pankreashuvudet med kärlnära växt, bild förenlig med pankreascancer."),
       ("Planering", "Besked ges vid återbesök 22/4. MDK-dragning på måndag innan dess.")],
      ["NL101"], [], "cue 'besked ges vid återbesök' in Planering, diagnosis in Bedömning"),
    C("uro-prostata-telegrafiskt-ej-inf", "skane", "s_uro", "1949-12-30", "m", "2024-03-05 09:40", 20,
      [("Sammanfattning", "Px: prostatacancer Gleason 4+4, 7/12 biopsier. Pat ej inf. Tid för besked 3/5.")],
      ["NL101"], [], "telegraphic 'Pat ej inf.' after a settled prostate cancer"),
    C("neuro-als-vi-avvaktar-med-att-informera", "vgr", "v_neuro", "1962-06-11", "m", "2024-05-16 14:00", 90,
      [("Bedömning", "Kliniskt och neurofysiologiskt talar bilden för ALS med engagemang i tre regioner. Vi avvaktar med att informera pat tills genetisk analys är klar och närstående kan närvara.")],
      ["NL101", "NL102"], [], "'vi avvaktar med att informera' + hedged ALS ('talar för')"),
    C("hud-melanom-info-nar-pad-finns", "skane", "s_hud", "1971-02-23", "f", "2024-06-04 10:15", 25,
      [("Status", "Vä skuldra 9 mm asymmetrisk pigmenterad lesion, flera färger, oregelbunden kant. Dermatoskopi: atypiskt nätverk, regressionszoner."),
       ("Bedömning", "Klinisk misstanke om malignt melanom. Excision idag med 2 mm marginal. Info till pat när PAD finns, har endast sagt att lesionen skickas för analys.")],
      ["NL101", "NL102"], [], "'info till pat när PAD finns' = not told yet; suspected melanoma"),
    C("hemat-myelom-har-annu-inte-fatt-veta", "vgr", "v_hemat", "1953-11-08", "m", "2024-01-25 13:30", 40,
      [("Aktuellt", "Remitterad pga M-komponent 38 g/L och normocytär anemi."),
       ("Bedömning", "Benmärgsbiopsi med 40 % klonala plasmaceller, osteolytiska skelettlesioner på lågdos-DT. Diagnosen multipelt myelom är därmed fastställd. Pat har ännu inte fått veta, samtal bokat på fredag.")],
      ["NL101"], [], "'har ännu inte fått veta' after settled myeloma"),
    C("gyn-ovarial-informeras-av-ansvarig-imorgon", "skane", "s_gyn", "1960-07-19", "f", "2024-03-21 16:45", 30,
      [("Operation", "Laparotomi med salpingooforektomi vä, fryssnitt skickat."),
       ("Bedömning", "Fryssvar under op: höggradigt seröst karcinom i vä ovarium. Informeras av ansvarig läkare imorgon när pat är vaken och smärtlindrad.")],
      ["NL101"], [], "'informeras av ansvarig läkare imorgon' (future information)", setting="slutenvård"),
    C("psyk-schizofreni-ska-delges", "vgr", "v_psyk", "1998-03-03", "m", "2024-02-06 15:00", 50,
      [("Bedömning", "Efter sex månaders observation uppfylls kriterierna för schizofreni, paranoid form. Diagnosen ska delges pat vid nästa samtal när han är mer stabil, i närvaro av kontaktperson.")],
      ["NL101"], [], "'ska delges pat vid nästa samtal'"),
    C("inf-hiv-ej-meddelat-lab-och-planering", "skane", "s_inf", "1987-10-12", "m", "2024-08-13 12:05", 15,
      [("Lab", "HIV-1 Ag/Ak positiv, bekräftad i verifikationstest. Nydiagnostiserad HIV-infektion, CD4 210."),
       ("Planering", "Resultatet ej meddelat pat, nås ej på telefon. Kallas till mottagningen snarast.")],
      ["NL101"], [], "'ej meddelat pat' in another section than the HIV diagnosis"),
    C("ort-osteosarkom-typo-infomerad", "vgr", "v_ort", "2004-05-27", "m", "2024-09-10 10:30", 45,
      [("Röntgen", "MR vä femur distalt visar destruktiv process med periostreaktion och mjukdelskomponent, misstänkt osteosarkom."),
       ("Planering", "Remiss till sarkomcentrum. Pat ej infomerad om misstanken, väntar på biopsi.")],
      ["NL101", "NL102"], [], "typo 'infomerad' in the not-informed cue; suspected osteosarcoma"),
    C("ger-alzheimer-dikterat-ej-informerat", "skane", "s_ger", "1944-08-05", "f", "2024-04-23 14:20", 120,
      [("Bedömning", "Sammantaget med neuropsykologisk testning, MR med hippocampusatrofi och patologiska likvorbiomarkörer bedömer jag att patienten har Alzheimers sjukdom i tidigt skede. Jag har i dag inte informerat patienten om diagnosen eftersom dottern önskar vara med vid beskedet, vilket planeras till nästa vecka.")],
      ["NL101"], [], "dictated long form 'jag har i dag inte informerat patienten'"),
    C("kard-attr-amyloidos-ovetande", "vgr", "v_kard", "1947-01-14", "m", "2024-10-02 11:00", 30,
      [("Bedömning", "DPD-scintigrafi grad 3 och normala fria lätta kedjor, sammantaget ATTR-amyloidos med hjärtengagemang."),
       ("Information", "Pat ännu ovetande om diagnosen. Besked vid återbesök efter den genetiska analysen.")],
      ["NL101"], [], "'ovetande om diagnosen' in Information section"),
    C("ogon-retinitis-pigmentosa-utkast", "skane", "s_ogon", "1990-12-01", "f", "2024-05-08 09:05", None,
      [("Bedömning", "ERG kraftigt nedsatt, typiska benkroppspigmenteringar i periferin bilat. Retinitis pigmentosa. Pat ej informerad ännu, avvaktar svar på genpanel innan samtal.")],
      ["NL101"], [], "unsigned draft; retinitis pigmentosa, 'ej informerad ännu'"),
    C("onh-vestibularisschwannom-ej-diskuterat", "vgr", "v_onh", "1968-04-22", "f", "2024-02-28 16:10", 25,
      [("Röntgen", "MR inneröra: 12 mm kontrastladdande process i hö inre hörselgång, typiskt utseende för vestibularisschwannom."),
       ("Bedömning", "Ej diskuterat med pat ännu, MR-svaret kom efter besöket. Telefontid bokas med undertecknad.")],
      ["NL101"], [], "'ej diskuterat med pat ännu' in Bedömning, finding in Röntgen"),
    C("barn-all-varken-barn-eller-foraldrar", "skane", "s_barn", "2018-03-09", "m", "2024-11-05 13:50", 40,
      [("Bedömning", "Blodstatus med 60 % blaster, flödescytometri talar för B-ALL."),
       ("Planering", "Varken barnet eller föräldrarna informerade om leukemimisstanken ännu, samtal med barnonkolog i eftermiddag.")],
      ["NL101", "NL102"], [], "child of 6: neither child nor guardians told of suspected ALL",
      setting="slutenvård"),
    C("endo-feokromocytom-typo-diagnos", "vgr", "v_endo", "1975-09-30", "f", "2024-03-14 10:40", 20,
      [("Bedömning", "Kraftigt förhöjda P-metanefriner och 4 cm binjureresistens vä. Trol. feokromocyton. Pat ej informerad om den troliga diagnosen, återbesök med besked 2/5.")],
      ["NL101", "NL102"], [], "typo in diagnosis 'feokromocyton'; probable, not told"),
    C("reuma-sle-inte-kommunicerat", "skane", "s_reuma", "1993-06-18", "f", "2024-01-30 15:30", 55,
      [("Bedömning", "Anti-dsDNA högpositiv, lågt C3/C4, proteinuri 1,2 g/dygn. Uppfyller klassifikationskriterier för SLE med misstänkt lupusnefrit."),
       ("Information", "Inte kommunicerat med patienten ännu. Njurbiopsi planeras, därefter samlad information.")],
      ["NL101", "NL102"], [], "'inte kommunicerat med patienten ännu' in Information section"),
    C("kir-sigmoideumcancer-pastaende-fore-diagnos", "vgr", "v_kir", "1958-10-25", "m", "2024-06-19 09:30", 35,
      [("Information", "Pat är inte informerad om svaret, vill komma tillsammans med sin fru."),
       ("Bedömning", "Koloskopi-PAD: adenokarcinom i sigmoideum, måttligt differentierat. DT thorax-buk utan fjärrmetastaser.")],
      ["NL101"], [], "not-informed statement in a section BEFORE the diagnosis"),
    C("neuro-glioblastom-make-informerad-inte-pat", "skane", "s_neuro", "1966-02-12", "f", "2024-07-03 17:20", 25,
      [("Bedömning", "PAD efter stereotaktisk biopsi: glioblastom IDH-vildtyp, WHO grad 4."),
       ("Information", "Maken informerad per telefon på hans begäran. Pat själv ännu ej informerad pga postoperativ konfusion, tas när hon är klarare.")],
      ["NL101"], [], "relative informed but the patient herself not yet", setting="slutenvård"),
    C("akut-incidentalom-njure-ej-namnt", "skane", "s_akut", "1959-05-04", "m", "2024-08-21 02:15", 45,
      [("Röntgen", "DT buk utan tecken på perforation eller ileus. Bifynd: 3 cm solid lesion i vä njure, misstänkt njurcancer."),
       ("Bedömning", "Buksmärta med okänd genes, lindrad efter morfin. Fyndet i njuren ej nämnt för pat i akuta skedet, remiss till urolog som informerar.")],
      ["NL101", "NL102"], [], "ER incidentaloma: 'ej nämnt för pat', urologist will inform"),
    C("gyn-cervixcancer-delgiven-utkast", "vgr", "v_gyn", "1982-01-20", "f", "2024-04-16 14:35", None,
      [("Bedömning", "PAD från konisering visar skivepitelcancer i cervix, minst stadium IB1. Pat ännu ej delgiven diagnosen. Tid för besked på torsdag med kontaktsjuksköterska.")],
      ["NL101"], [], "unsigned draft; 'ännu ej delgiven diagnosen'"),
    C("inf-lungtuberkulos-besked-ej-givet", "vgr", "v_inf", "1991-07-07", "m", "2024-02-20 11:45", 30,
      [("Lab", "Odling från sputum positiv för M. tuberculosis, känslig för förstahandspreparat."),
       ("Bedömning", "Lungtuberkulos. Besked till pat ej givet ännu, smittskyddsanmälan gjord. Pat kallas imorgon för information och behandlingsstart.")],
      ["NL101"], [], "'besked till pat ej givet ännu'"),
    C("psyk-bipolar-typo-diagnos", "skane", "s_psyk", "1995-11-15", "f", "2024-09-24 13:00", 40,
      [("Bedömning", "Anamnes på hypomana episoder och återkommande depressioner, trol. biploär sjukdom typ II. Pat ej informerad om diagnosövervägandet, tas upp vid nästa läkarbesök tillsammans med behandlingsplan.")],
      ["NL101", "NL102"], [], "typo 'biploär'; probable bipolar II not yet told"),
    C("uro-blascancer-meddelas-nar-mdk", "vgr", "v_uro", "1950-03-28", "m", "2024-05-22 10:10", 15,
      [("Bedömning", "TUR-B PAD: muskelinvasiv urotelial cancer, T2. Meddelas pat per telefon när svar från MDK finns, därefter läkarbesök.")],
      ["NL101"], [], "'meddelas pat ... när svar från MDK finns' = future communication"),
    C("hemat-dlbcl-inte-informerad-om-pad", "skane", "s_hemat", "1964-08-29", "m", "2024-03-26 15:55", 30,
      [("Bedömning", "Lymfkörtelexstirpation hö axill: diffust storcelligt B-cellslymfom. Pat är inte informerad om PAD-svaret, kommer på återbesök 8/4.")],
      ["NL101"], [], "'inte informerad om PAD-svaret' with lymphoma diagnosis"),
    C("neuro-ms-informationssamtal-planeras", "vgr", "v_neuro", "1996-10-03", "f", "2024-04-11 16:00", 70,
      [("Sammanfattning", "MR hjärna och ryggmärg med spridning i tid och rum, oligoklonala band i likvor. Diagnos MS, skovvis förlöpande."),
       ("Planering", "Informationssamtal med pat och MS-sköterska planeras v 17, pat har ännu inte fått resultatet.")],
      ["NL101"], [], "MS settled; 'har ännu inte fått resultatet', information planned"),
    C("kard-hcm-ej-underrattad", "skane", "s_kard", "1979-12-22", "m", "2024-10-17 12:30", 25,
      [("Bedömning", "Eko med asymmetrisk septumhypertrofi 21 mm och SAM, bilden talar för hypertrofisk kardiomyopati."),
       ("Planering", "Pat ej underrättad ännu, ekot granskades efter att pat gått hem. Ringer pat nästa vecka och bokar samtal, därefter släktutredning.")],
      ["NL101"], [], "'ej underrättad' cue"),
    C("brost-cancer-typo-utkast", "vgr", "v_bröst", "1969-05-13", "f", "2024-03-07 11:25", None,
      [("Bedömning", "Mellannålsbiopsi vä bröst kl 2: invasiv duktal bröstcacner, ER+, HER2-neg. Pat inte informerad än, besked vid mottagningsbesök 15/3.")],
      ["NL101"], [], "unsigned draft and typo 'bröstcacner'; 'inte informerad än'"),
    C("med-levercirros-avvaktar-tills-nykter", "skane", "s_med", "1970-04-09", "m", "2024-01-18 10:50", 45,
      [("Bedömning", "Levercirros Child-Pugh B påvisad på leverbiopsi. Pat ej informerad om biopsisvaret, avvaktar tills han är nykter och orienterad.")],
      ["NL101"], [], "cirrhosis, 'ej informerad om biopsisvaret'", setting="slutenvård"),
    C("lung-ipf-har-inte-informerats", "vgr", "v_lung", "1952-02-16", "m", "2024-11-12 14:10", 35,
      [("Bedömning", "HRCT med UIP-mönster, MDK-konsensus idiopatisk lungfibros."),
       ("Information", "Pat har inte informerats om MDK-utfallet ännu. Läkarbesök med besked bokas inom 2 v.")],
      ["NL101"], [], "'har inte informerats' (perfect passive)"),
    C("barn-duchenne-familjen-och-pojken", "vgr", "v_barn", "2020-01-28", "m", "2024-06-25 15:40", 60,
      [("Bedömning", "Genetisk analys: deletion exon 45–50 i DMD-genen, förenligt med Duchennes muskeldystrofi."),
       ("Planering", "Familjen och pojken ej informerade, genetisk vägledning och besked bokas med barnneurolog på tisdag.")],
      ["NL101"], [], "child of 4: neither the boy nor his family informed"),
    C("kir-ventrikelcancer-inte-sagt-sederad", "skane", "s_kir", "1948-09-14", "f", "2024-02-08 12:40", 20,
      [("Åtgärd", "Gastroskopi: ulcererande tumör i corpus ventriculi, biopsier tagna."),
       ("Bedömning", "Makroskopiskt ventrikelcancer. Detta är inte sagt till pat, som var sederad. Kontaktsjuksköterska ringer när PAD är klart och bokar besök.")],
      ["NL101"], [], "'detta är inte sagt till pat'"),
    C("ger-lewy-body-utkast", "vgr", "v_ger", "1941-06-21", "m", "2024-09-03 13:15", None,
      [("Bedömning", "Fluktuerande kognition, synhallucinationer och parkinsonism. Misstänkt Lewy body-demens, DaTSCAN beställd."),
       ("Information", "Pat och maka ej informerade om misstanken, vi avvaktar scintigrafin.")],
      ["NL101", "NL102"], [], "unsigned draft; suspected DLB, patient and wife not told"),
    C("endo-cushing-ej-upplyst", "skane", "s_endo", "1984-03-31", "f", "2024-05-29 09:55", 30,
      [("Bedömning", "Förhöjt kortisol i tre kvällssalivprover, ej supprimerat vid dexametasontest. Cushings syndrom, sannolikt hypofysärt. Pat ej upplyst om resultaten, besked på mottagningen 10/6.")],
      ["NL101"], [], "'ej upplyst om resultaten'"),
    C("onh-glottiscancer-typo-informard", "vgr", "v_onh", "1955-08-08", "m", "2024-07-09 14:45", 20,
      [("Status", "Laryngoskopi: exofytisk tumör på hö stämband med nedsatt rörlighet."),
       ("Bedömning", "PAD: skivepitelcancer glottis. Pat ej informard, kommer på besked torsdag.")],
      ["NL101"], [], "typo 'informard' in cue"),
    C("uro-testikeltumor-avvaktar-besked", "skane", "s_uro", "1997-02-02", "m", "2024-12-03 18:05", 30,
      [("Bedömning", "Ultraljud: 2 cm hypoekogen förändring hö testikel, trolig testikeltumör. Tumörmarkörer tagna."),
       ("Planering", "Avvaktar besked till pat tills markörerna kommit, inget sagt ännu.")],
      ["NL101", "NL102"], [], "'avvaktar besked ... inget sagt ännu'; probable testicular tumour",
      setting="slutenvård"),
    C("neuro-huntington-ej-formedlat", "vgr", "v_neuro", "1976-11-19", "f", "2024-08-27 10:20", 40,
      [("Lab", "Gentest: 42 CAG-repetitioner i HTT-genen."),
       ("Bedömning", "Huntingtons sjukdom. Resultatet ännu inte förmedlat till pat, ges av klinisk genetiker enligt rutin med stödperson närvarande.")],
      ["NL101"], [], "'ännu inte förmedlat till pat'"),
    C("hud-mycosis-fungoides-nasta-besok", "skane", "s_hud", "1957-07-26", "m", "2024-03-19 11:35", 25,
      [("Bedömning", "Biopsi från bålens plack: mycosis fungoides, stadium IB. Pat ej informerad om PAD, ska få besked vid nästa besök 4/4 då ljusbehandling också diskuteras.")],
      ["NL101"], [], "cutaneous lymphoma, 'ska få besked vid nästa besök'"),
    C("inf-sekundar-syfilis-ej-meddelad-brev", "vgr", "v_inf", "1989-04-01", "m", "2024-10-22 16:30", 15,
      [("Lab", "TPPA positiv, RPR 1:32."),
       ("Bedömning", "Sekundär syfilis. Pat ej meddelad, nås inte på telefon, brev med kallelse skickat.")],
      ["NL101"], [], "'ej meddelad' + letter sent to call the patient in"),
    C("psyk-autism-aterkoppling-ej-gjord", "skane", "s_psyk", "2001-09-06", "m", "2024-05-14 15:20", 60,
      [("Sammanfattning", "Neuropsykiatrisk utredning klar: autismspektrumtillstånd utan intellektuell funktionsnedsättning."),
       ("Planering", "Återkoppling av utredningen ej gjord, pat får veta resultatet vid återgivningssamtalet 20/5.")],
      ["NL101"], [], "'får veta resultatet vid återgivningssamtalet' (future)"),
    C("kard-brugada-inte-fatt-info", "vgr", "v_kard", "1985-12-10", "m", "2024-01-11 13:05", 35,
      [("Undersökning", "Ajmalintest positivt med spontant typ 1-mönster i V1–V2."),
       ("Bedömning", "Brugadas syndrom. Pat har inte fått info om testresultatet, planeras vid besök hos arytmiläkare.")],
      ["NL101"], [], "'har inte fått info om testresultatet'"),
    C("uro-njurcancer-copyforward-status", "skane", "s_uro", "1954-10-18", "m", "2024-03-27 08:30", 20,
      [("Aktuellt", "12/3: DT med 6 cm tumör vä njure, klarcellig njurcancer enl. biopsi.\n19/3: Pat fortfarande ej informerad, anhöriga bortresta.\n26/3: oförändrat, besked planeras 2/4.")],
      ["NL101"], [], "copy-forward dated status lines; 'fortfarande ej informerad'"),
    C("ogon-uvealt-melanom-inte-informerad-idag", "vgr", "v_ogon", "1961-03-15", "f", "2024-06-12 10:00", 45,
      [("Bedömning", "Pigmenterad koroidal tumör 8 mm tjock med orange pigment, bild typisk för uvealt melanom. Pat inte informerad idag pga pupillvidgning och stress, återkommer med besked efter ultraljud.")],
      ["NL101"], [], "'inte informerad idag', besked later"),
    C("akut-hjarnmetastaser-informeras-av-avdelning", "vgr", "v_akut", "1963-08-30", "f", "2024-04-03 21:40", 30,
      [("Röntgen", "DT hjärna: multipla ringladdande förändringar, misstänkta metastaser."),
       ("Bedömning", "Läggs in på medicin för utredning av primärtumör. Pat ej informerad om DT-fyndet på akuten, informeras av avdelningsläkare efter MR.")],
      ["NL101", "NL102"], [], "suspected brain metastases, told later by ward doctor"),
    C("gyn-endometriecancer-typo-aterbesok", "skane", "s_gyn", "1953-05-25", "f", "2024-07-23 13:45", 25,
      [("Bedömning", "Abrasio-PAD: endometrioid endometriecancer grad 1. Besked ges vid återbseök nästa vecka.")],
      ["NL101"], [], "typo 'återbseök' in the besked cue"),
    C("reuma-systemisk-skleros-diagnossamtal-vantar", "vgr", "v_reuma", "1972-02-29", "f", "2024-09-17 14:15", 30,
      [("Bedömning", "Kapillaroskopi med jättekapillärer, anti-Scl-70 positiv: systemisk skleros. Pat ännu ej informerad, vill ha svar på HRCT innan vi tar diagnossamtalet.")],
      ["NL101"], [], "'ännu ej informerad' before diagnossamtal"),
    C("kir-esofaguscancer-dikterad-lang-mening", "vgr", "v_kir", "1950-12-12", "m", "2024-11-26 12:00", 90,
      [("Åtgärd", "Vid dagens gastroskopi ses en cirkumferent tumör i distala esofagus som makroskopiskt inger stark misstanke om esofaguscancer, biopsier är tagna, och eftersom patienten var kraftigt sederad har undertecknad valt att inte informera om fyndet förrän PAD föreligger, vilket beräknas ta cirka en vecka.")],
      ["NL101", "NL102"], [], "dictated single long sentence: 'valt att inte informera om fyndet förrän PAD'"),
    C("neuro-msa-ej-informerad-avvaktar-mr", "skane", "s_neuro", "1955-01-07", "m", "2024-02-22 15:05", 40,
      [("Bedömning", "Autonom svikt, cerebellära tecken och dåligt levodopasvar. Trolig multipel systematrofi (MSA-C). Pat ej informerad om misstanken, avvaktar MR och autonom testning.")],
      ["NL101", "NL102"], [], "probable MSA, not told"),
    C("barn-wilms-varken-foraldrar-eller-barn", "skane", "s_barn", "2021-04-14", "f", "2024-10-08 11:10", 35,
      [("Röntgen", "UL och DT buk: 9 cm solid tumör utgående från vä njure."),
       ("Bedömning", "Förenligt med Wilms tumör. Varken föräldrar eller barn informerade om tumörmisstanken ännu, samtal med barnonkolog imorgon.")],
      ["NL101"], [], "child of 3: guardians and child not told (guardian reads the journal)",
      setting="slutenvård"),
    C("lung-mesoteliom-ej-fatt-besked", "skane", "s_lung", "1946-06-03", "m", "2024-04-10 10:25", None,
      [("Bedömning", "Pleurabiopsi: malignt mesoteliom, epiteloid typ. Asbestexponering som plåtslagare i 20 år."),
       ("Planering", "Pat har ej fått besked, informationssamtal 18/4 tillsammans med maka.")],
      ["NL101"], [], "unsigned draft; 'har ej fått besked'"),
    C("hemat-kll-typo-ej-medelat", "vgr", "v_hemat", "1949-09-09", "f", "2024-05-02 09:15", 15,
      [("Bedömning", "Flödescytometri perifert blod: KLL, Binet A. Ej medelat pat, besked vid ordinarie återbesök då ingen behandling krävs nu.")],
      ["NL101"], [], "typo 'medelat' in cue"),
    C("inf-hepatit-c-annu-inte-underrattad", "skane", "s_inf", "1978-11-23", "m", "2024-06-18 14:30", 20,
      [("Bedömning", "Anti-HCV positiv, HCV-RNA 2,1 milj IE/ml, genotyp 3a: kronisk hepatit C. Pat ännu inte underrättad, kallelse till sjuksköterskebesök skickad.")],
      ["NL101"], [], "'ännu inte underrättad'"),
    C("ort-patologisk-fraktur-metastas-endast-om-frakturen", "skane", "s_ort", "1957-03-18", "f", "2024-08-06 19:20", 30,
      [("Bedömning", "Patologisk fraktur hö femur, rtg och DT talar för skelettmetastas, primärtumör okänd. Pat är ännu inte informerad om misstanken på metastas, endast om frakturen. Onkologkonsult bokad.")],
      ["NL101", "NL102"], [], "informed about the fracture but not the suspected metastasis",
      setting="slutenvård"),
    C("uro-prostata-informerad-om-forfarandet-ej-pad", "vgr", "v_uro", "1952-07-11", "m", "2024-04-25 11:50", 25,
      [("Bedömning", "Prostatabiopsi PAD: adenokarcinom Gleason 3+4=7 i 4/10 biopsier. Pat fick vid biopsitillfället information om förfarandet men har ej informerats om PAD-svaret, som ges vid läkarbesök 7/5.")],
      ["NL101"], [], "'informerad om förfarandet' but NOT about the PAD result"),
    C("ger-vaskular-demens-vet-annu-inget", "vgr", "v_ger", "1938-12-19", "f", "2024-02-13 13:40", 35,
      [("Bedömning", "Kognitiv svikt med MMT 21, MR med omfattande småkärlssjukdom: vaskulär demens."),
       ("Information", "Pat vet ännu inget om diagnosen; dottern vill närvara vid diagnossamtalet om tre veckor.")],
      ["NL101"], [], "'vet ännu inget om diagnosen'"),
    C("kard-dilaterad-kardiomyopati-utkast", "skane", "s_med", "1967-05-16", "m", "2024-09-12 16:05", None,
      [("Bedömning", "Eko: EF 25 %, dilaterad vä kammare utan regionala skillnader. Dilaterad kardiomyopati. Pat ej informerad om ekosvaret ännu, träffar kardiolog på måndag.")],
      ["NL101"], [], "unsigned draft; DCM not yet told", setting="slutenvård"),
    C("gyn-partiell-mola-telefonbesked-imorgon", "vgr", "v_gyn", "1994-08-17", "f", "2024-03-12 15:25", 20,
      [("Bedömning", "PAD från exeres: partiell mola hydatidosa. Pat ännu ej informerad, besked per telefon av gynekolog i morgon förmiddag.")],
      ["NL101"], [], "molar pregnancy, telephone besked tomorrow"),
    C("onh-tonsillcancer-samlat-besked-efter-pet", "skane", "s_onh", "1965-10-28", "m", "2024-11-19 10:45", 30,
      [("Bedömning", "PAD hö tonsill: HPV-associerad skivepitelcancer. Pat ej informerad, vi inväntar PET-DT och tar därefter ett samlat besked.")],
      ["NL101"], [], "'ej informerad, vi inväntar PET-DT'"),
    C("neuro-cjd-pat-kan-ej-ta-till-sig", "vgr", "v_neuro", "1951-05-05", "f", "2024-07-16 14:50", 45,
      [("Bedömning", "Snabbt progredierande demens, myoklonier och positivt RT-QuIC i likvor. Sannolik Creutzfeldt-Jakobs sjukdom. Pat ej informerad (bedöms ej kunna ta till sig information), närstående informeras på fredag.")],
      ["NL101", "NL102"], [], "probable CJD, patient not informed (capacity), parenthetic reason",
      setting="slutenvård"),
    C("med-celiaki-parentes-ej-meddelat", "vgr", "v_med", "1999-01-24", "f", "2024-10-29 11:30", 20,
      [("Bedömning", "Celiaki enl. duodenalbiopsi med totalvillusatrofi (ej meddelat pat än, brev med dietinformation går ut i veckan).")],
      ["NL101"], [], "not-informed statement inside a parenthesis"),

    # ======================================================================= MUST_NOT NL101
    # --- patient informed, many phrasings and tenses
    C("lung-adenokarcinom-informerad-vid-dagens-besok", "vgr", "v_lung", "1957-02-09", "m", "2024-03-20 13:20", 30,
      [("Bedömning", "Adenokarcinom i vä underlob med mediastinala lymfkörtelmetastaser, stadium IIIB. Pat informerad om diagnosen vid dagens besök tillsammans med sonen, tog beskedet sansat.")],
      [], ["NL101"], "patient informed today"),
    C("kir-rektalcancer-besked-lamnat", "skane", "s_kir", "1961-11-30", "f", "2024-05-07 10:30", 25,
      [("Bedömning", "PAD: adenokarcinom i rektum 8 cm ovan anus. Besked lämnat av undertecknad i närvaro av kontaktsjuksköterska. Pat vill gå vidare med strålning och operation.")],
      [], ["NL101"], "'besked lämnat' = informed"),
    C("hemat-aml-dikterat-samtal-genomfort", "vgr", "v_hemat", "1972-06-26", "f", "2024-08-15 17:10", 60,
      [("Information", "Jag har under eftermiddagen haft ett längre samtal med patienten och hennes make där jag berättat att benmärgsprovet visar akut myeloisk leukemi och att vi planerar att starta induktionsbehandling redan på måndag.")],
      [], ["NL101"], "dictated: diagnosis told by the author this afternoon", setting="slutenvård"),
    C("inf-hiv-informerades-igar-av-jouren", "skane", "s_inf", "1990-02-18", "m", "2024-04-30 11:15", 35,
      [("Bedömning", "HIV-infektion, nyupptäckt. Pat informerades igår av infektionsjouren och har idag träffat kurator. Smittspårning påbörjad.")],
      [], ["NL101"], "past tense 'informerades igår'", setting="slutenvård"),
    C("psyk-adhd-aterkoppling-genomford", "vgr", "v_psyk", "2000-07-31", "f", "2024-01-23 14:00", 40,
      [("Bedömning", "Återkoppling genomförd idag: utredningen visar ADHD, kombinerad form. Pat känner igen sig i beskrivningen och önskar prova läkemedel.")],
      [], ["NL101"], "feedback session done: diagnosis communicated"),
    C("kard-hcm-typo-infomerad-och-skriftlig-info", "skane", "s_kard", "1983-04-04", "m", "2024-06-27 09:45", 30,
      [("Bedömning", "Hypertrofisk kardiomyopati bekräftad med MR hjärta. Pat infomerad och har fått skriftlig information om släktutredning.")],
      [], ["NL101"], "typo 'infomerad' but affirmative: patient informed"),
    C("hud-melanom-delgiven-per-telefon", "vgr", "v_hud", "1974-09-20", "m", "2024-07-02 15:35", 20,
      [("Bedömning", "PAD: malignt melanom, Breslow 1,4 mm, ej ulcererat. Pat delgiven PAD-svaret per telefon idag och bokad för utvidgad excision.")],
      [], ["NL101"], "'delgiven ... per telefon idag'"),
    C("endo-hypofysadenom-meddelat-per-telefon", "vgr", "v_endo", "1980-03-06", "f", "2024-02-01 16:20", 15,
      [("Bedömning", "MR visar makroadenom i hypofysen, 14 mm, med lätt kiasmapåverkan. Meddelat pat per telefon igår, remiss till neurokirurg skickad.")],
      [], ["NL101"], "'meddelat pat' (affirmative, contrast with 'ej meddelat')"),
    C("ger-alzheimer-diagnossamtal-genomfort", "skane", "s_ger", "1940-01-29", "m", "2024-11-07 13:25", 45,
      [("Information", "Diagnossamtal genomfört med pat och make: Alzheimers sjukdom, lindrig demensgrad. Båda informerade om kolinesterashämmare och om demenssjuksköterskans roll.")],
      [], ["NL101"], "diagnossamtal done with patient"),
    C("onh-supraglottisk-tidigare-ej-nu-informerad", "vgr", "v_onh", "1959-12-03", "m", "2024-05-21 11:00", 30,
      [("Aktuellt", "Vid förra besöket var pat ännu inte informerad om PAD."),
       ("Bedömning", "Idag har han fått besked: skivepitelcancer supraglottiskt, T2N0. Strålbehandling planeras.")],
      [], ["NL101"], "earlier not informed, now informed (the negation is about the past)"),
    C("lung-kol-telegrafiskt-inf-om-diagnos", "skane", "s_lung", "1955-06-14", "f", "2024-09-05 08:50", 20,
      [("Bedömning", "Spirometri: FEV1/FVC 0,58 efter bronkdilatation. KOL GOLD 2. Pat inf. om diagnos, rökstopp och fysisk aktivitet.")],
      [], ["NL101"], "telegraphic 'Pat inf. om diagnos' (affirmative)"),
    C("barn-diabetes-typ1-familjen-informerad", "vgr", "v_barn", "2016-05-19", "f", "2024-03-04 12:10", 30,
      [("Bedömning", "Nydebuterad diabetes typ 1 med lätt ketoacidos, pH 7,28. Föräldrarna och barnet har fått information om diagnosen av diabetesteamet igår.")],
      [], ["NL101"], "child of 7: child and guardians informed", setting="slutenvård"),
    C("reuma-ra-genomgangen-utkast", "vgr", "v_reuma", "1966-10-10", "f", "2024-04-18 10:40", None,
      [("Bedömning", "Seropositiv RA med synovit i MCP 2–3 bilat. Diagnosen genomgången med pat, som är informerad om behandlingsstart med metotrexat.")],
      [], ["NL101"], "unsigned draft; diagnosis gone through with patient"),
    C("ogon-glaukom-kant-for-pat", "skane", "s_ogon", "1950-07-02", "m", "2024-12-10 09:20", 15,
      [("Aktuellt", "Primärt öppenvinkelglaukom bilat, känt för pat sedan 2019. Tryck idag 18/19 mmHg på latanoprost, synfält oförändrade.")],
      [], ["NL101"], "long-known diagnosis, known to patient"),
    C("uro-diagnos-kommunicerad-typo-blascancer", "vgr", "v_uro", "1947-04-26", "m", "2024-06-05 14:25", 25,
      [("Bedömning", "Icke muskelinvasiv blåscacner, Ta HG. Diagnosen har kommunicerats med pat, BCG-instillationer startar om två veckor.")],
      [], ["NL101"], "typo 'blåscacner'; 'har kommunicerats med pat'"),
    C("inf-borrelia-underrattad", "skane", "s_inf", "1977-08-24", "f", "2024-07-30 13:10", 20,
      [("Bedömning", "Neuroborrelios med pleocytos och intratekal borreliaantikroppsproduktion. Pat underrättad om likvorsvaret och påbörjar doxycyklin idag.")],
      [], ["NL101"], "'pat underrättad' (affirmative)"),
    # --- informed at an earlier visit
    C("brost-besked-vid-forra-besoket", "vgr", "v_bröst", "1973-01-05", "f", "2024-04-04 09:30", 35,
      [("Aktuellt", "Pat fick besked om bröstcancer hö sida vid förra besöket och kommer idag för genomgång av operationsmetod.")],
      [], ["NL101"], "told at the previous visit"),
    C("neuro-ms-informerades-i-februari", "skane", "s_neuro", "1991-03-22", "f", "2024-05-09 14:40", 30,
      [("Aktuellt", "MS diagnostiserad i januari. Pat informerades om diagnosen vid besök 14/2 och har sedan dess läst på. Idag diskussion om bromsmedicin.")],
      [], ["NL101"], "informed at an earlier dated visit"),
    C("kir-koloncancer-inskrivning-utkast", "skane", "s_kir", "1954-02-11", "m", "2024-03-13 07:45", None,
      [("Aktuellt", "Pat informerad om koloncancer i ascendens vid besök på mottagningen 5/3, idag inskrivning inför hö hemikolektomi.")],
      [], ["NL101"], "unsigned draft; informed 5/3", setting="slutenvård"),
    C("psyk-schizofreni-valinformerad", "vgr", "v_psyk", "1985-06-09", "m", "2024-10-24 11:20", 20,
      [("Aktuellt", "Schizofreni sedan 2016, pat välinformerad om sin sjukdom. Depotinjektion given, psykotiska symtom i remission.")],
      [], ["NL101"], "'välinformerad om sin sjukdom'"),
    C("hemat-myelom-informerad-vid-diagnostillfallet", "skane", "s_hemat", "1951-10-01", "m", "2024-02-15 12:50", 25,
      [("Aktuellt", "Multipelt myelom, informerad vid diagnostillfället i december. Cykel 3 VRd idag, tolererar väl.")],
      [], ["NL101"], "informed at diagnosis in December"),
    # --- only relatives not informed
    C("onk-pankreas-barnen-ej-informerade", "skane", "s_onk", "1958-04-28", "f", "2024-06-11 15:15", 40,
      [("Bedömning", "Pankreascancer med levermetastaser. Pat informerad och önskar palliativ cytostatika."),
       ("Socialt", "Barnen är ännu inte informerade, pat vill själv berätta för dem i helgen.")],
      [], ["NL101"], "only the children are not informed"),
    C("gyn-ovarial-maken-ej-informerad", "vgr", "v_gyn", "1964-09-15", "f", "2024-08-20 13:35", 30,
      [("Bedömning", "Ovarialcancer stadium IIIC, pat informerad och införstådd med planen. Maken ej informerad enligt pat:s uttryckliga önskan.")],
      [], ["NL101"], "only the husband not informed"),
    C("neuro-als-dottern-har-inte-fatt-veta", "vgr", "v_neuro", "1959-11-11", "m", "2024-03-28 16:25", 45,
      [("Information", "ALS-diagnosen meddelad pat idag. Dottern, som är närmast anhörig, har inte fått veta något; pat avböjer att vi kontaktar henne.")],
      [], ["NL101"], "the daughter, not the patient, is uninformed"),
    C("uro-seminom-17-aring-foraldrar-ej", "skane", "s_uro", "2007-03-03", "m", "2024-09-19 10:15", 30,
      [("Bedömning", "Testikelcancer, seminom, efter orkidektomi hö. Pat (17 år) informerad. Föräldrarna ännu ej underrättade då pat själv vill berätta.")],
      [], ["NL101"], "17-year-old informed; only parents not told"),
    C("kard-hjartsvikt-anhoriga-typo", "vgr", "v_kard", "1945-05-31", "f", "2024-11-14 14:05", 25,
      [("Bedömning", "Hjärtsvikt NYHA III med EF 30 %, pat informerad och kopplad till hjärtsviktssköterska. Anhöriga ej underättade då pat bor ensam och saknar kontakt med familjen.")],
      [], ["NL101"], "typo 'underättade'; only relatives not informed"),
    # --- the uninformed item is not a diagnosis
    C("med-dm2-ogonbotten-kallelse", "skane", "s_med", "1960-12-07", "m", "2024-01-09 11:40", 20,
      [("Aktuellt", "Känd DM2 sedan 2012 och hypertoni, HbA1c 52."),
       ("Planering", "Pat ej informerad om ny tid för ögonbottenfoto, kallelse skickas per post.")],
      [], ["NL101"], "not informed about an appointment, not a diagnosis"),
    C("ort-coxartros-op-datum-ej-meddelat", "vgr", "v_ort", "1952-03-19", "f", "2024-05-28 09:10", 25,
      [("Bedömning", "Primär coxartros hö med kraftig vilo- och nattvärk, pat önskar protes."),
       ("Planering", "Op-datum ej meddelat pat ännu, operationsplaneringen ringer.")],
      [], ["NL101"], "operation date not communicated (plan, not diagnosis)"),
    C("akut-radiusfraktur-intyg-ej-informerad", "skane", "s_akut", "1986-07-21", "f", "2024-02-03 23:30", 40,
      [("Bedömning", "Distal radiusfraktur vä, gipsad i dorsal skena."),
       ("Åtgärd", "Läkarintyg till FK utfärdat, pat ej informerad om detta ännu – sekr. ringer imorgon.")],
      [], ["NL101"], "sick-leave certificate not communicated"),
    C("kir-gallsten-remiss-ej-informerad", "vgr", "v_kir", "1979-10-04", "f", "2024-07-11 15:50", 30,
      [("Bedömning", "Symtomgivande gallstenssjukdom med upprepade gallstensanfall, pat önskar operation."),
       ("Planering", "Remiss för laparoskopisk kolecystektomi skickad, pat ej informerad om att remissen gått iväg.")],
      [], ["NL101"], "referral not communicated"),
    C("med-ff-lipidsvar-ej-informerad", "vgr", "v_med", "1948-06-30", "m", "2024-12-05 10:35", 15,
      [("Aktuellt", "Känt förmaksflimmer på apixaban, välkontrollerad hypertoni."),
       ("Lab", "Lipidstatus från idag: LDL 3,8. Pat ej informerad om provsvaret ännu, ska ringas av sjuksköterska.")],
      [], ["NL101"], "a lab value not communicated; the diagnoses are known"),
    C("neuro-epilepsi-typo-mr-tid", "vgr", "v_neuro", "1988-02-25", "m", "2024-06-20 13:55", 20,
      [("Aktuellt", "Fokal epelepsi, anfallsfri på lamotrigin sedan ett år."),
       ("Planering", "Pat ej informerad om MR-tiden, kallelse kommer hem.")],
      [], ["NL101"], "typo 'epelepsi'; not informed about an MR time"),
    C("uro-uretarsten-hemgangsdatum-utkast", "vgr", "v_uro", "1975-11-27", "m", "2024-09-26 18:40", None,
      [("Bedömning", "Uretärsten 5 mm hö, spontanpasserad enligt DT."),
       ("Planering", "Pat ej informerad om hemgångsdatum då vi avvaktar CRP imorgon.")],
      [], ["NL101"], "unsigned draft; discharge date not communicated", setting="slutenvård"),
    # --- patient declined information
    C("onk-koloncancer-avbojer-prognos", "vgr", "v_onk", "1956-08-16", "m", "2024-01-16 14:30", 40,
      [("Information", "Pat informerad om att det rör sig om metastaserad koloncancer. Avböjer i dagsläget information om förväntad överlevnad, vill fokusera på behandlingen.")],
      [], ["NL101"], "informed of diagnosis, declined prognosis information"),
    C("onk-brost-avbojer-arftlighet", "skane", "s_onk", "1976-02-08", "f", "2024-07-25 11:05", 25,
      [("Bedömning", "Bröstcancer vä, informerad vid förra besöket. Pat har själv avböjt information om ärftlighetsutredning och genetisk vägledning, vilket respekteras.")],
      [], ["NL101"], "patient declined genetic counselling information"),
    C("ger-ftd-vill-inte-ha-mer-info-utkast", "skane", "s_ger", "1953-12-24", "m", "2024-02-29 13:00", None,
      [("Information", "Frontotemporal demens, beteendevariant, diagnos meddelad pat och hustru 2/2. Pat vill inte ha mer information om sjukdomsförloppet just nu, hustrun tar emot skriftlig info.")],
      [], ["NL101"], "unsigned draft; patient declines further information after being told"),
    # --- 'informerad om' something unrelated while the diagnosis is communicated
    C("med-crohn-informerad-om-fasta", "skane", "s_med", "1994-04-13", "f", "2024-03-06 10:20", 20,
      [("Aktuellt", "Crohns sjukdom i terminala ileum, känd sedan 2021."),
       ("Planering", "Informerad om fasta inför ileokoloskopi på tisdag.")],
      [], ["NL101"], "'informerad om' a preparation; known diagnosis"),
    C("neuro-epilepsi-korforbud", "skane", "s_neuro", "2002-10-19", "m", "2024-11-21 15:30", 30,
      [("Bedömning", "Generaliserad epilepsi efter två tonisk-kloniska anfall på tre månader."),
       ("Information", "Informerad om körförbud i sex månader och om att undvika sömnbrist.")],
      [], ["NL101"], "informed about driving ban (diagnosis communicated)"),
    C("inf-tbc-informerad-om-smittsamhet", "vgr", "v_inf", "1983-07-29", "f", "2024-05-15 12:15", 25,
      [("Bedömning", "Lungtuberkulos, smittsam. Pat informerad om isolering, smittsamhet och vikten av följsamhet till behandlingen i sex månader.")],
      [], ["NL101"], "informed about contagiousness and treatment"),
    C("reuma-ra-typo-metotrexat-biverkningar", "skane", "s_reuma", "1970-01-03", "f", "2024-09-09 14:00", 35,
      [("Bedömning", "Reumatoid artirt, seropositiv, DAS28 4,9."),
       ("Information", "Informerad om biverkningar av metotrexat och om provtagning var fjärde vecka.")],
      [], ["NL101"], "typo 'artirt'; informed about side effects"),
    # --- protected template / sökord: nothing visible
    C("skane-th-mall-ftd-ej-informerad", "skane", "s_ger", "1950-06-06", "f", "2024-06-13 16:15", 30,
      [("Bedömning", "Misstänkt frontotemporal demens efter makens beskrivning av personlighetsförändring. Pat ej informerad om misstanken.")],
      [], ["NL101", "NL102"], "Skåne template Tidiga hypoteser hides the whole note",
      template="Tidiga hypoteser"),
    C("skane-th-mall-mds-ej-kommunicerat", "skane", "s_hemat", "1946-10-22", "m", "2024-08-08 10:50", 25,
      [("Hypotes", "Myelodysplastiskt syndrom, ev. övergång i AML. Ej kommunicerat med pat, avvaktar benmärgsundersökning.")],
      [], ["NL101", "NL102"], "Skåne template Tidiga hypoteser, hypothesis not told",
      template="Tidiga hypoteser"),
    C("vgr-sokord-th-personlighetsstorning", "vgr", "v_psyk", "1999-11-02", "f", "2024-04-24 15:05", 40,
      [("Aktuellt", "Återbesök efter utskrivning från heldygnsvård, mår bättre, sover 6 h per natt."),
       ("Tidiga hypoteser", "Trol. emotionellt instabil personlighetsstörning, pat ej informerad om övervägandet då hon nyligen varit suicidnära.")],
      [], ["NL101", "NL102"], "VGR sökord Tidiga hypoteser; visible Aktuellt has no diagnosis"),
    C("vgr-sokord-th-lymfom-planering-besked", "vgr", "v_onk", "1963-01-31", "m", "2024-10-10 11:40", 30,
      [("Aktuellt", "Remitterad från vårdcentral efter ultraljud av halsen, ingen B-symtomatik, allmäntillstånd gott."),
       ("Tidiga hypoteser", "Misstänkt lymfom, DD metastas av ÖNH-cancer. Ej informerad."),
       ("Planering", "Finnålspunktion idag, besked till pat vid återbesök om en vecka.")],
      [], ["NL101", "NL102"], "diagnosis only under sökord Tidiga hypoteser; visible plan has no diagnosis"),
    C("vgr-sokord-th-als-typo-utkast", "vgr", "v_neuro", "1961-07-13", "m", "2024-12-12 13:35", None,
      [("Status", "Fascikulationer i vä underarm och tunga, lätt atrofi i thenar vä. Reflexer livliga."),
       ("Tidiga hypoteser", "Sannolkt tidig ALS, pat ej informerad.")],
      [], ["NL101", "NL102"], "unsigned draft, typo 'Sannolkt'; hypothesis under sökord Tidiga hypoteser"),
    # --- negated diagnoses, not informed about something else
    C("kir-ingen-misstanke-malignitet-dt-svar", "skane", "s_kir", "1965-03-02", "f", "2024-11-28 15:25", 20,
      [("Röntgen", "DT buk: ingen misstanke om malignitet, inga förstorade lymfkörtlar."),
       ("Planering", "Pat ej informerad om DT-svaret ännu, ringer henne på fredag.")],
      [], ["NL101", "NL102"], "only a negated diagnosis; not informed about a benign CT answer"),
    C("kard-inga-tecken-ischemi-holter", "vgr", "v_kard", "1971-08-23", "m", "2024-03-25 10:45", 25,
      [("Bedömning", "Arbetsprov utan tecken på ischemi. Inga tecken på hjärtsvikt på eko."),
       ("Planering", "Pat ej meddelad om tid för Holter, kallelse skickas.")],
      [], ["NL101", "NL102"], "negated diagnoses; not told about a Holter time"),
    C("neuro-ms-uteslutes-brev", "skane", "s_neuro", "1992-09-17", "f", "2024-01-31 12:35", 30,
      [("Bedömning", "MR hjärna utan demyeliniserande lesioner, MS kan uteslutas."),
       ("Planering", "Pat ej informerad om MR-svaret, får det per brev.")],
      [], ["NL101", "NL102"], "MS excluded; the uninformed item is a normal MR answer"),
    C("gyn-ingen-missanke-typo-cellprov", "vgr", "v_gyn", "1988-10-08", "f", "2024-07-04 09:50", 15,
      [("Bedömning", "Cellprov normalt. Ingen missanke om dysplasi."),
       ("Planering", "Besked om provsvar ej lämnat ännu, skickas per brev inom två veckor.")],
      [], ["NL101", "NL102"], "typo 'missanke' in a negation; not told about a normal smear"),
    C("uro-ingen-blascancer-odlingssvar", "skane", "s_uro", "1962-11-16", "m", "2024-05-30 11:55", 20,
      [("Bedömning", "Cystoskopi utan tumör, ingen misstanke om blåscancer. Urinodling ej klar, pat ej informerad om odlingssvar.")],
      [], ["NL101", "NL102"], "negated cancer; uninformed item is a pending culture"),
]

# --------------------------------------------------------------------------- build


def luhn_digit(ten_minus_one: str) -> int:
    total = 0
    for i, ch in enumerate(ten_minus_one):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_ok(ten: str) -> bool:
    return luhn_digit(ten[:9]) == int(ten[9])


def personnummer(birth: str, idx: int, sex: str) -> str:
    y, m, d = birth.split("-")
    a = 1 + (idx * 7) % 9
    b = (idx * 3) % 10
    g = (idx * 2) % 10
    if sex == "m":
        g = g + 1 if g % 2 == 0 else g
    else:
        g = g if g % 2 == 0 else g - 1
    g %= 10
    serial = f"{a}{b}{g}"
    check = luhn_digit(y[2:] + m + d + serial)
    return f"{y}{m}{d}-{serial}{check}"


def iso(s: str) -> str:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").isoformat()


def make(i: int, c: dict) -> dict:
    t = dt.datetime.strptime(c["time"], "%Y-%m-%d %H:%M")
    signed = None if c["signed"] is None else (t + dt.timedelta(minutes=c["signed"])).isoformat()
    as_of = (t + dt.timedelta(days=7)).replace(hour=0, minute=0)
    if as_of.year != 2024:
        as_of = dt.datetime(2024, 12, 31)
    uname, hsa = UNITS[c["unit"]]
    note = {
        "id": "n1", "system": "Melior", "template": c["template"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": AUTHORS[i % len(AUTHORS)], "role": c["role"]},
        "time": t.isoformat(), "signed": signed, "setting": c["setting"],
        "refs": [], "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
    }
    record = {
        "patient": {"id": personnummer(c["birth"], i, c["sex"]), "birth_date": c["birth"],
                    "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    return {"case": c["name"], "ruleset": c["rs"], "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"]}


SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def validate(rows) -> list:
    errs = []
    names = set()
    sentences = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for r in rows:
        n = r["case"]
        if list(r.keys()) != keys:
            errs.append(f"{n}: keys {list(r.keys())}")
        if n in names:
            errs.append(f"duplicate case name {n}")
        names.add(n)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {r['ruleset']}")
        rec = r["record"]
        pid, bd = rec["patient"]["id"], rec["patient"]["birth_date"]
        digits = pid.replace("-", "")
        if len(digits) != 12 or digits[:8] != bd.replace("-", "") or not luhn_ok(digits[2:]):
            errs.append(f"{n}: bad personnummer {pid} / {bd}")
        for when in [rec["as_of"]] + [x for note in rec["notes"] for x in (note["time"], note["signed"]) if x]:
            if not when.startswith("2024-"):
                errs.append(f"{n}: date outside 2024: {when}")
        ids = {note["id"] for note in rec["notes"]}
        for lst in ("must", "must_not"):
            for code, target in r[lst]:
                if target not in ids:
                    errs.append(f"{n}: target {target} missing")
                if not re.fullmatch(r"NL\d{3}", code):
                    errs.append(f"{n}: bad code {code}")
        if {c for c, _ in r["must"]} & {c for c, _ in r["must_not"]}:
            errs.append(f"{n}: code in both must and must_not")
        if not r["must"] and not r["must_not"]:
            errs.append(f"{n}: asserts nothing")
        for note in rec["notes"]:
            if note["system"] != "Melior":
                errs.append(f"{n}: NL101 asserted on non-Melior note")
            t = dt.datetime.fromisoformat(note["time"])
            b = dt.date.fromisoformat(bd)
            age = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
            if 13 <= age <= 15:
                errs.append(f"{n}: patient aged {age}")
            if note["signed"] and note["signed"] < note["time"]:
                errs.append(f"{n}: signed before written")
            for sec in note["sections"]:
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences:
                            errs.append(f"{n}: sentence reused (also in {sentences[s]}): {s[:60]}")
                        sentences.setdefault(s, n)
        if not r["why"] or "\n" in r["why"]:
            errs.append(f"{n}: why must be one line")
    return errs


def main() -> int:
    rows = [make(i, c) for i, c in enumerate(CASES)]
    out = HERE / f"{NAME}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    errs = validate(rows)
    # summary
    counts = {}
    for r in rows:
        for lst in ("must", "must_not"):
            for code, _ in r[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    by_rs = {}
    for r in rows:
        by_rs[r["ruleset"]] = by_rs.get(r["ruleset"], 0) + 1
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for r in rows if "typo" in r["case"] or "typo" in r["why"])
    print(f"{len(rows)} cases -> {out.name}; rulesets {by_rs}; drafts {drafts}; typo cases {typos}")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code][0]}, must_not {counts[code][1]}")
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
