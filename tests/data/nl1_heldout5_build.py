#!/usr/bin/env python3
"""nl1_heldout5: held-out gold cases for NL101 and NL102 (Swedish clinical notes).

Dependency-free and deterministic. Holds every case as data, writes
nl1_heldout5_cases.jsonl beside this file and validates it. Exits 1 on any problem.

Written only from the regional routines (seeds), the rule catalog and the devset
README conventions:
- Skåne protects by template (Tidiga hypoteser), VGR by sökord (Tidiga hypoteser).
- VGR cases are Melior; Skåne cases are Melior (hospital) or PMO (primary care).
- NL102 is asserted only on Melior; every hedged PMO diagnosis is must_not NL102.
- NL101 is never asserted on PMO notes.
- Patients are under 13 or 16 and older.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

NAME = "nl1_heldout5"
OUT = Path(__file__).resolve().parent / f"{NAME}_cases.jsonl"

# ---------------------------------------------------------------- units
SK_MELIOR = [
    ("sk_kir_ystad", "Kirurgiska kliniken, Ystads lasarett"),
    ("sk_kir_malmo", "Kirurgiska kliniken, Skånes universitetssjukhus Malmö"),
    ("sk_kir_lund", "Kirurgiska kliniken, Skånes universitetssjukhus Lund"),
    ("sk_lung_hbg", "Lungmedicinska mottagningen, Helsingborgs lasarett"),
    ("sk_lung_lund", "Lung- och allergimottagningen, Skånes universitetssjukhus Lund"),
    ("sk_psyk_lund", "Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne"),
    ("sk_psyk_malmo", "Affektiva mottagningen Malmö, Psykiatri Skåne"),
    ("sk_kvinno_malmo", "Kvinnokliniken, Skånes universitetssjukhus Malmö"),
    ("sk_forl_malmo", "Förlossningsavdelningen, Skånes universitetssjukhus Malmö"),
    ("sk_onk_lund", "Onkologiska kliniken, Skånes universitetssjukhus Lund"),
    ("sk_orto_hassleholm", "Ortopedkliniken, Hässleholms sjukhus"),
    ("sk_orto_malmo", "Ortopedmottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_neuro_lund", "Neurologimottagningen, Skånes universitetssjukhus Lund"),
    ("sk_neuro_malmo", "Neurologimottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_onh_lund", "Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund"),
    ("sk_med_kristianstad", "Medicinkliniken, Centralsjukhuset Kristianstad"),
    ("sk_med_ystad", "Medicinmottagningen, Ystads lasarett"),
    ("sk_med_lund", "Medicinkliniken, Skånes universitetssjukhus Lund"),
    ("sk_uro_malmo", "Urologiska kliniken, Skånes universitetssjukhus Malmö"),
    ("sk_endo_malmo", "Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_inf_malmo", "Infektionskliniken, Skånes universitetssjukhus Malmö"),
    ("sk_kard_lund", "Hjärtmottagningen, Skånes universitetssjukhus Lund"),
    ("sk_kard_hbg", "Kardiologmottagningen, Helsingborgs lasarett"),
    ("sk_gastro_lund", "Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund"),
    ("sk_gastro_malmo", "Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_akut_hbg", "Akutmottagningen, Helsingborgs lasarett"),
    ("sk_akut_lund", "Akutmottagningen, Skånes universitetssjukhus Lund"),
    ("sk_akut_malmo", "Akutmottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_akut_ystad", "Akutmottagningen, Ystads lasarett"),
    ("sk_akut_krist", "Akutmottagningen, Centralsjukhuset Kristianstad"),
    ("sk_hud_lund", "Hudmottagningen, Skånes universitetssjukhus Lund"),
    ("sk_hem_lund", "Hematologimottagningen, Skånes universitetssjukhus Lund"),
    ("sk_minnes_malmo", "Minnesmottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_geri_malmo", "Geriatriska kliniken, Skånes universitetssjukhus Malmö"),
    ("sk_bup_lund", "BUP-mottagning Lund, Barn- och ungdomspsykiatri Skåne"),
    ("sk_nkir_lund", "Neurokirurgiska mottagningen, Skånes universitetssjukhus Lund"),
    ("sk_reuma_lund", "Reumatologimottagningen, Skånes universitetssjukhus Lund"),
    ("sk_barn_malmo", "Barnmottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_barn_lund", "Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund"),
    ("sk_barnakut_hbg", "Barnakuten, Helsingborgs lasarett"),
    ("sk_barnkir_lund", "Barnkirurgiska kliniken, Skånes universitetssjukhus Lund"),
    ("sk_neo_lund", "Neonatalavdelningen, Skånes universitetssjukhus Lund"),
    ("sk_karl_malmo", "Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("sk_brost_lund", "Bröstmottagningen, Skånes universitetssjukhus Lund"),
]
SK_PMO = [
    ("sk_vc_eslov", "Vårdcentralen Eslöv"),
    ("sk_vc_trelleborg", "Vårdcentralen Trelleborg Söder"),
    ("sk_bvc_lund", "BVC Linero, Lund"),
    ("sk_hsv_hoor", "Hemsjukvården Höör"),
    ("sk_umo_malmo", "Ungdomsmottagningen Malmö"),
]
VG_MELIOR = [
    ("vg_neuro_nu", "Neurologimottagningen, NU-sjukvården Uddevalla"),
    ("vg_hem_sahlg", "Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset"),
    ("vg_geri_kungalv", "Geriatriska kliniken, Kungälvs sjukhus"),
    ("vg_geri_molndal", "Geriatriska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("vg_uro_sas", "Urologmottagningen, Södra Älvsborgs sjukhus Borås"),
    ("vg_nkir_sahlg", "Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset"),
    ("vg_hud_sahlg", "Hudmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_hud_boras", "Hudmottagningen, Södra Älvsborgs sjukhus Borås"),
    ("vg_inf_ostra", "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra"),
    ("vg_inf_boras", "Infektionsmottagningen, Södra Älvsborgs sjukhus Borås"),
    ("vg_kard_skovde", "Kardiologiska kliniken, Skaraborgs sjukhus Skövde"),
    ("vg_ogon_molndal", "Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("vg_onk_sahlg", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset"),
    ("vg_med_alingsas", "Medicinkliniken, Alingsås lasarett"),
    ("vg_med_boras", "Medicinmottagningen, Södra Älvsborgs sjukhus Borås"),
    ("vg_med_kungalv", "Medicinkliniken, Kungälvs sjukhus"),
    ("vg_brost_sahlg", "Bröstmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_barnendo_dsbus", "Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus"),
    ("vg_reuma_molndal", "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("vg_njur_sahlg", "Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_gyn_ostra", "Gynekologiska mottagningen, Sahlgrenska Universitetssjukhuset Östra"),
    ("vg_neuro_sahlg", "Neurologimottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_lung_sahlg", "Lungmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_akut_kungalv", "Akutmottagningen, Kungälvs sjukhus"),
    ("vg_akut_boras", "Akutmottagningen, Södra Älvsborgs sjukhus Borås"),
    ("vg_akut_sahlg", "Akutmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_sen_sahlg", "Mottagningen för sena komplikationer efter barncancer, Sahlgrenska Universitetssjukhuset"),
    ("vg_barnmed_dsbus", "Barnmedicinska kliniken, Drottning Silvias barn- och ungdomssjukhus"),
    ("vg_psyk_sahlg", "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset"),
    ("vg_onh_sahlg", "Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_barn_nal", "Barn- och ungdomsmedicin, NU-sjukvården NÄL Trollhättan"),
    ("vg_kir_boras", "Kirurgiska kliniken, Södra Älvsborgs sjukhus Borås"),
    ("vg_orto_molndal", "Ortopedmottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("vg_endo_sahlg", "Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset"),
    ("vg_barnkir_dsbus", "Barnkirurgiska kliniken, Drottning Silvias barn- och ungdomssjukhus"),
]

UNITS = {}
for i, (k, n) in enumerate(SK_MELIOR + SK_PMO):
    UNITS[k] = {"name": n, "hsa_id": f"SE2321000255-{3107 + 37 * i:04d}",
                "system": "PMO" if (k, n) in SK_PMO else "Melior", "region": "skane"}
for i, (k, n) in enumerate(VG_MELIOR):
    UNITS[k] = {"name": n, "hsa_id": f"SE2321000131-E0000000{11020 + 53 * i:05d}",
                "system": "Melior", "region": "vgr"}

AUTHORS = ["Karin Lindqvist", "Johan Persson", "Maria Håkansson", "Erik Nilsson",
           "Sara Bengtsson", "Anders Olsson", "Lena Svensson", "Mikael Jönsson",
           "Fatima Haddad", "Ola Mårtensson", "Emma Gustafsson", "Henrik Axelsson",
           "Nadia Rahimi", "Per Wallin", "Ingrid Sjöberg", "Tobias Ek",
           "Cecilia Fredriksson", "Ali Karimi", "Annika Berg", "Magnus Holm", "Sofia Lund"]

CASES = []


def C(name, unit, born, serial, when, sections, *, must=(), must_not=(), why, chap,
      tpl="Läkaranteckning", role="läkare", setting="öppenvård", draft=False,
      typo=False, extra=()):
    """One case. born 'YYYY-MM-DD', serial 3 digits, when 'YYYY-MM-DD HH:MM'.
    extra: further notes (id, unit, tpl, when, sections, setting)."""
    CASES.append(dict(name=name, unit=unit, born=born, serial=serial, when=when,
                      sections=sections, must=list(must), must_not=list(must_not),
                      why=why, chap=chap, tpl=tpl, role=role, setting=setting,
                      draft=draft, typo=typo, extra=list(extra)))


A = "NL101"
B = "NL102"

# =====================================================================
# NL101 must: a diagnosis in a visible section, the text says the
# patient is not informed / must not be told yet.
# =====================================================================
C("kir-sigmoideumcancer-pad-ej-informerad", "sk_kir_ystad", "1951-04-22", "482", "2024-03-14 10:20", [
    ("Aktuellt", "Koloskopi 5/3 pga järnbristanemi, polypös förändring i sigmoideum, biopsier tagna."),
    ("Bedömning", "PAD visar adenokarcinom i sigmoideum, DT thorax-buk utan spridning. Pat ej informerad ännu, besked ges av ansvarig kirurg vid besök 21/3."),
    ("Planering", "Anmäls till kolorektal MDK."),
], must=[(A, "n1")], why="confirmed colon cancer in Bedömning, 'pat ej informerad ännu' after it", chap="II")

C("neuro-als-besked-planeras-med-kurator", "vg_neuro_nu", "1959-11-03", "315", "2024-05-07 14:05", [
    ("Sammanfattning", "EMG visar aktiv och kronisk denervation i bulbär, cervikal och lumbal region. Sammantaget uppfyller pat kriterierna för ALS. Patienten har ännu inte fått besked om diagnosen – diagnossamtal planeras tillsammans med kurator nästa vecka."),
], must=[(A, "n1")], why="ALS established, passive 'har ännu inte fått besked' in Sammanfattning", chap="VI")

C("lung-spridd-lungcancer-ej-informerat-planering", "sk_lung_hbg", "1948-07-19", "135", "2024-02-08 11:40", [
    ("Röntgen", "DT thorax-buk: 4 cm tumör i vä underlob med mediastinala lymfkörtelmetastaser och multipla levermetastaser, dvs spridd lungcancer."),
    ("Planering", "Har ej informerat pat. Tas på lung-MDK torsdag, därefter besked."),
], must=[(A, "n1")], why="diagnosis in Röntgen, the not-informed statement in another section (Planering), first person", chap="II")

C("hem-aml-typo-infomerad", "vg_hem_sahlg", "1967-01-30", "264", "2024-06-11 13:15", [
    ("Lab", "Benmärgsaspirat: 45 % myeloblaster, flödescytometri förenlig med myeloisk linje. Cytogenetik pågår."),
    ("Bedömning", "Akut myeloisk leukemi. Pat ej infomerad om diagnosen än, maken kommer kl 15 och vi tar samtalet gemensamt."),
], must=[(A, "n1")], why="AML not yet told; typo 'infomerad' in the cue", chap="II", tpl="Daganteckning",
    setting="slutenvård", typo=True)

C("geri-alzheimer-dikterat-dottern-informerad-pat-ej", "vg_geri_kungalv", "1938-02-14", "426", "2024-04-23 15:30", [
    ("Anamnes", "Tilltagande minnessvikt sedan tre år, går vilse i närområdet, dottern sköter räkningarna."),
    ("Bedömning", "Sammantaget bedömer jag att patienten har en demens av Alzheimertyp av måttlig grad, vilket har diskuterats med dottern som nu är informerad, men patienten själv har vi ännu inte informerat eftersom hon var mycket orolig under besöket och vi avser att ta upp det vid nästa besök i lugnare miljö."),
], must=[(A, "n1")], why="dictated long sentence: relative told, the patient herself not yet informed of Alzheimer dementia", chap="V")

C("psyk-schizofreni-diagnosen-ej-delgiven", "sk_psyk_lund", "1999-08-08", "157", "2024-09-17 09:50", [
    ("Diagnos", "Schizofreni, paranoid form (F20.0)."),
    ("Bedömning", "Diagnosen ej delgiven pat pga bristande sjukdomsinsikt och hög ångestnivå; tas upp när han stabiliserats på klozapin."),
], must=[(A, "n1")], why="schizophrenia in Diagnos, 'diagnosen ej delgiven pat' in Bedömning", chap="V")

C("uro-prostatacancer-ej-underrattad-kallas", "vg_uro_sas", "1955-05-05", "273", "2024-10-02 08:35", [
    ("Utredning", "Biopsisvar: prostatacancer Gleason 4+4=8 (ISUP 4) i 7 av 12 biopsier."),
    ("Planering", "Pat ej underrättad. Ringer inte utan kallar till läkarbesök 9/10 med skelettskintigrafi dessförinnan."),
], must=[(A, "n1")], why="prostate cancer, telegraphic 'pat ej underrättad'", chap="II", tpl="Provsvarsanteckning", draft=True)

C("gyn-ovarialcancer-parentes-ej-informerad", "sk_kvinno_malmo", "1962-12-12", "508", "2024-01-25 16:10", [
    ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC enligt PAD efter diagnostisk laparoskopi (pat ej informerad)."),
    ("Planering", "Gyn-onk MDK 1/2, därefter samtal med pat och make."),
], must=[(A, "n1")], why="not-informed statement in parenthesis right after the diagnosis", chap="II", setting="slutenvård")

C("nkir-glioblastom-statement-fore-diagnos", "vg_nkir_sahlg", "1970-03-09", "391", "2024-07-15 12:25", [
    ("Bedömning", "Har inte informerat pat om att stereotaktisk biopsi visar glioblastom (IDH-vildtyp) i vä temporallob; neuroonkologisk konferens först."),
], must=[(A, "n1")], why="the not-informed statement precedes the diagnosis in the same sentence", chap="II")

C("hud-melanom-information-sokord-separat", "vg_hud_sahlg", "1980-10-21", "042", "2024-08-06 10:00", [
    ("Diagnos", "Malignt melanom vä skuldra, Breslow 2,1 mm, ulcererat, pT3b."),
    ("Information", "Pat är ännu inte informerad om PAD-svaret, kallas till mottagningen för utvidgad excision och besked."),
], must=[(A, "n1")], why="melanoma in Diagnos, not-informed statement under sökord Information", chap="II")

C("onk-hcc-familjen-vill-att-pat-inte-far-veta", "sk_onk_lund", "1941-06-02", "219", "2024-11-05 14:45", [
    ("Bedömning", "Hepatocellulär cancer (HCC) med portavenstrombos, ej kurativt behandlingsbar. Familjen har bett att pat inte ska få veta diagnosen; pat är därför ej informerad. Etikkonsult kontaktad."),
], must=[(A, "n1")], why="family asks that the patient must not be told; patient not informed of HCC", chap="II",
    setting="slutenvård")

C("inf-hiv-nydiagnostiserad-ej-meddelat", "vg_inf_ostra", "1988-02-27", "374", "2024-03-28 09:05", [
    ("Lab", "HIV-1 ak/ag pos, konfirmerat med immunoblot. CD4 320."),
    ("Bedömning", "Nydiagnostiserad HIV-infektion."),
    ("Åtgärd", "Ej meddelat pat än. Kallas till inf-mott via telefon, kurator bokad samtidigt."),
], must=[(A, "n1")], why="HIV infection, telegraphic 'ej meddelat pat än' under Åtgärd", chap="I")

C("orto-bifynd-skelettmetastas-ej-namnt", "sk_orto_hassleholm", "1952-09-13", "626", "2024-05-20 11:30", [
    ("Röntgen", "Rtg hö höft: ingen fraktur. Som bifynd osteolytisk process i proximala femurdiafysen, hög misstanke om skelettmetastas."),
    ("Bedömning", "Ej nämnt för pat ännu, DT thorax-buk och remiss onkolog innan vi tar samtalet."),
], must=[(A, "n1")], why="incidental suspected metastasis, 'ej nämnt för pat ännu'", chap="II")

C("kard-attr-amyloidos-pat-ovetande", "vg_kard_skovde", "1946-04-04", "159", "2024-02-19 13:20", [
    ("Bedömning", "DPD-skintigrafi grad 3 och normala fria lätta kedjor, dvs ATTR-amyloidos med hjärtengagemang. Pat ovetande om diagnosen; ansvarig kardiolog informerar vid återbesöket 4/3."),
], must=[(A, "n1")], why="'pat ovetande om diagnosen' after cardiac amyloidosis", chap="IV")

C("neuro-ms-mcdonald-inte-pratat-med-pat", "sk_neuro_lund", "1994-01-17", "240", "2024-06-25 15:00", [
    ("Utredning", "MR hjärna och halsrygg: multipla periventrikulära och juxtakortikala lesioner, en laddande. LP: oligoklonala band i likvor."),
    ("Bedömning", "Diagnosen multipel skleros är därmed ställd enligt McDonald 2017. Vi har ännu inte pratat med pat om detta, hon kommer på återbesök med sambo 2/7."),
], must=[(A, "n1")], why="MS established; 'vi har ännu inte pratat med pat om detta'", chap="VI")

C("ogon-retinitis-pigmentosa-genetik-ej-informerad", "vg_ogon_molndal", "2001-07-07", "119", "2024-09-03 10:40", [
    ("Bedömning", "Genetisk analys bekräftar retinitis pigmentosa (RPGR-variant). Pat ej informerad om resultatet; genetisk vägledning bokad 17/9 där beskedet lämnas."),
], must=[(A, "n1")], why="eye: genetic diagnosis not yet told", chap="VII", draft=True)

C("onh-tonsillcancer-besked-ej-givet", "sk_onh_lund", "1963-11-23", "317", "2024-04-09 12:10", [
    ("Diagnos", "Skivepitelcancer vä tonsill, p16-positiv, cT2N1M0."),
    ("Planering", "Besked ej givet ännu – pat kallas tillsammans med sin fru 16/4, kontaktsjuksköterska med."),
], must=[(A, "n1")], why="ENT cancer, 'besked ej givet ännu' in Planering", chap="II")

C("geri-lewy-body-typo-informerd", "vg_geri_molndal", "1944-08-30", "073", "2024-10-28 14:15", [
    ("Status", "MMSE 22/30, lätt rigiditet bilat, hypomimi, långsam gång med minskad armpendling."),
    ("Bedömning", "Fluktuerande kognition, visuella hallucinationer och parkinsonism – Lewy body-demens. Pat ej informerd, önskar att hustrun är med; nytt besök 11/11."),
], must=[(A, "n1")], why="Lewy body dementia not told; typo 'informerd'", chap="VI", typo=True)

C("med-ventrikelcancer-epikris-ej-informerad", "sk_med_kristianstad", "1939-03-03", "552", "2024-12-04 11:00", [
    ("Epikris", "Inkom med anemi (Hb 78) och viktnedgång 8 kg. Gastroskopi visade ulcererande tumör i corpus, PAD adenokarcinom – ventrikelcancer. Pat ej informerad om cancerbeskedet innan utskrivning; detta görs på kirurgmottagningen 12/12. Utskrives till hemmet efter given järninfusion."),
], must=[(A, "n1")], why="discharge summary (Epikris) with gastric cancer the patient has not been told", chap="II",
    tpl="Epikris", setting="slutenvård")

C("onk-progress-hjarnmetastaser-dikterat", "vg_onk_sahlg", "1958-10-10", "284", "2024-03-05 16:30", [
    ("Bedömning", "Datortomografin idag visar tyvärr progress av skelettmetastaserna och nytillkomna hjärnmetastaser från bröstcancern, och patienten har vid dagens besök ännu inte informerats om detta eftersom hon uttryckligen ville att hennes man skulle vara med, vilket han inte kunde idag."),
], must=[(A, "n1")], why="dictated: new brain metastases, 'ännu inte informerats om detta' mid-sentence", chap="II")

C("uro-njurcellscancer-avvaktar-lista", "sk_uro_malmo", "1957-02-11", "339", "2024-07-30 09:25", [
    ("Röntgen", "DT urografi: 6 cm solid, kontrastladdande tumör vä njure, inga metastaser. Njurcellscancer."),
    ("Planering", "1. Urologrond 8/8\n2. Avvaktar med att informera pat till dess\n3. DT thorax kompletteras"),
], must=[(A, "n1")], why="'avvaktar med att informera pat' as an item in a numbered list", chap="II")

C("med-myelom-lekord-blodcancer-typo", "vg_med_alingsas", "1949-12-01", "466", "2024-01-16 13:50", [
    ("Bedömning", "Benmärgen visar 30 % plasmaceller, M-komponent IgG 38 g/l och lytiska skelettförändringar: multipelt mylom (en form av blodcancer). Pat känner inte till det än, hematolog tar beskedet."),
], must=[(A, "n1")], why="myeloma with lay gloss, 'pat känner inte till det än'; typo 'mylom'", chap="II",
    setting="slutenvård", typo=True)

C("psyk-bipolar-bor-inte-informeras-forran", "sk_psyk_malmo", "1990-05-29", "604", "2024-08-20 10:15", [
    ("Bedömning", "Utredningen visar bipolär sjukdom typ I med aktuell hypoman episod. Pat bör inte informeras om diagnosen förrän episoden klingat av; tas upp på vårdplaneringsmötet."),
], must=[(A, "n1")], why="'bör inte informeras om diagnosen förrän' = must not be told yet", chap="V")

C("brost-mammaca-ej-info-till-pat", "vg_brost_sahlg", "1972-09-09", "188", "2024-05-14 15:45", [
    ("Provsvar", "Mellannålsbiopsi vä bröst: invasiv duktal cancer, ER+ PgR+ HER2-, Ki67 15 %."),
    ("Bedömning", "Mamma-ca vä. Ej info till pat, besked på Bröstmottagningen mån 20/5."),
], must=[(A, "n1")], why="abbreviations 'mamma-ca', 'ej info till pat'", chap="II")

C("inf-hepatit-c-ej-meddelad-brev", "sk_inf_malmo", "1985-04-18", "071", "2024-02-26 14:00", [
    ("Lab", "HCV-RNA 2,4 milj IE/ml, genotyp 3a."),
    ("Bedömning", "Kronisk hepatit C. Pat ej meddelad, har ej svarat i telefon – brev med kallelse skickat."),
], must=[(A, "n1")], why="chronic hepatitis C, 'pat ej meddelad'", chap="I")

C("barnendo-turner-mosaik-17ar-ej-medveten", "vg_barnendo_dsbus", "2007-03-21", "526", "2024-10-15 11:10", [
    ("Bedömning", "Karyotyp 45,X/46,XX – Turners syndrom, mosaikform. Pat ej medveten om resultatet; mor har bett att få vara med vid beskedet som planeras 29/10."),
], must=[(A, "n1")], why="17-year-old reads her own journal; congenital diagnosis, 'ej medveten om resultatet'", chap="XVII")

C("kard-dcm-inte-delgett-ringer-imorgon", "sk_kard_lund", "1966-06-16", "347", "2024-11-19 17:05", [
    ("Undersökning", "Eko: dilaterad vä kammare, LVEF 25 %, global hypokinesi."),
    ("Bedömning", "Dilaterad kardiomyopati (DCM). Inte delgett pat ännu då ekot granskades efter att hon gått hem; ringer henne i morgon förmiddag."),
], must=[(A, "n1")], why="DCM, 'inte delgett pat ännu'", chap="IX", draft=True)

C("reuma-sklerodermi-ej-fatt-veta", "vg_reuma_molndal", "1975-01-08", "402", "2024-04-02 10:30", [
    ("Bedömning", "Systemisk skleros (sklerodermi) med interstitiell lungpåverkan enligt HRCT, Scl-70 pos. Pat har ej fått veta diagnosen, den tas på återbesöket om 2 veckor."),
], must=[(A, "n1")], why="systemic sclerosis, 'har ej fått veta diagnosen'", chap="XIII")

C("gastro-psc-typo-infromerad", "sk_gastro_lund", "1993-09-27", "133", "2024-06-04 13:40", [
    ("Röntgen", "MRCP: multipla strikturer och dilatationer av intra- och extrahepatiska gallgångar."),
    ("Bedömning", "Primär skleroserande kolangit (PSC) vid känd ulcerös kolit. Pat ej infromerad – besked vid återbesök 18/6."),
], must=[(A, "n1")], why="PSC not told; typo 'infromerad'", chap="XI", typo=True)

C("njur-iga-nefropati-ej-underrattad-biopsisvar", "vg_njur_sahlg", "1982-11-11", "258", "2024-09-24 09:00", [
    ("Provsvar", "Njurbiopsi: IgA-nefropati, Oxford M1 E0 S1 T1."),
    ("Bedömning", "Pat ännu ej underrättad om biopsisvaret. Planeras besök med nefrolog 1/10."),
], must=[(A, "n1")], why="kidney biopsy diagnosis, statement in separate sentence without the diagnosis", chap="XIV")

C("neuro-parkinson-datscan-vill-ej-per-telefon", "sk_neuro_malmo", "1950-10-30", "195", "2024-03-19 16:20", [
    ("Bedömning", "DaTSCAN patologisk bilateralt, mest vä. Mb Parkinson. Vill inte informera per telefon; pat har alltså inte fått besked, kallas till mottagningen."),
], must=[(A, "n1")], why="eponym 'Mb Parkinson', 'pat har alltså inte fått besked'", chap="VI", tpl="Provsvarsanteckning")

C("hud-mycosis-fungoides-typo-ej-kommunicerat", "vg_hud_boras", "1961-08-18", "319", "2024-12-10 14:35", [
    ("Bedömning", "Biopsi från plack på bålen: mycosis fungiodes (kutant T-cellslymfom), stadium IB. Ej kommunicerat med pat."),
    ("Planering", "Återbesök 17/12, då besked och start av UVB."),
], must=[(A, "n1")], why="Latin diagnosis 'mycosis fungoides' (typo 'fungiodes'), 'ej kommunicerat med pat'", chap="II",
    typo=True)

C("akut-aaa-bifynd-karlkirurg-informerar-typo", "sk_akut_hbg", "1947-05-25", "231", "2024-08-28 22:40", [
    ("Röntgen", "DT buk (frågeställning njursten): ingen sten. Bifynd: infrarenalt bukaortaaneurysm 6,2 cm, ej rupturerat."),
    ("Bedömning", "Pat ej informerad om anerysmet – kärlkirurg kontaktad och tar samtalet själv i morgon."),
], must=[(A, "n1")], why="incidental AAA not told; typo 'anerysmet'", chap="IX", tpl="Akutanteckning", setting="akut",
    typo=True)

C("gyn-mola-hydatidosa-druvbord-ej-informerad", "vg_gyn_ostra", "1996-12-03", "040", "2024-02-13 11:55", [
    ("Bedömning", "PAD efter exeres: komplett mola hydatidosa (druvbörd). Pat ej informerad om PAD-svaret; hCG-uppföljning ska planeras i samband med beskedet."),
], must=[(A, "n1")], why="pregnancy chapter: hydatidiform mole not yet told", chap="XV")

C("neuro-cjd-pat-ej-informerad-anhoriga-ja", "vg_neuro_sahlg", "1953-07-11", "362", "2024-11-26 15:10", [
    ("Bedömning", "RT-QuIC positiv i likvor, MR med kortikalt band på DWI: Creutzfeldt-Jakobs sjukdom (sporadisk). Pat ej informerad pga kraftig kognitiv påverkan; maken och sonen informerade idag."),
], must=[(A, "n1")], why="eponym CJD; patient not informed, relatives are", chap="I", setting="slutenvård")

C("kir-carcinoma-pancreatis-latin-besked-ej-lamnat", "sk_kir_lund", "1956-03-02", "284", "2024-10-08 09:35", [
    ("Röntgen", "DT: tumor capitis pancreatis 3,5 cm med multipla levermetastaser."),
    ("Bedömning", "Carcinoma pancreatis st IV. Besked ej lämnat till pat, som ligger på avd 6 för ikterus och PTC."),
], must=[(A, "n1")], why="Latin diagnosis, 'besked ej lämnat till pat'", chap="II", setting="slutenvård",
    tpl="Daganteckning")

C("lung-mesoteliom-copy-forward-status", "vg_lung_sahlg", "1944-01-29", "158", "2024-07-02 10:05", [
    ("Status", "AT: gott, ej dyspnoisk i vila. Cor: RR, inga blåsljud. Pulm: dämpning hö basalt, nedsatta andningsljud."),
    ("Socialt", "Pensionerad varvsarbetare, asbestexponerad, bor med hustru i radhus."),
    ("Bedömning", "Känd KOL. Nu PAD-verifierat epiteloitt mesoteliom i hö pleura efter thorakoskopi, ej informerat pat."),
], must=[(A, "n1")], why="status lines then mesothelioma with 'ej informerat pat' at sentence end", chap="II")

C("endo-binjurecancer-pat-vet-inte-draft", "sk_endo_malmo", "1979-04-14", "384", "2024-04-12 08:50", [
    ("Bedömning", "Binjuretumör hö 9 cm med snabb tillväxt, PAD adrenokortikal cancer. Pat vet inte om diagnosen ännu. Remiss till endokrinkirurgisk MDK."),
], must=[(A, "n1")], why="unsigned draft: adrenocortical cancer, 'pat vet inte om diagnosen ännu'", chap="II", draft=True)

# =====================================================================
# NL101 must_not
# =====================================================================
C("kir-rektumcancer-informerad-med-maken", "sk_kir_malmo", "1954-08-14", "326", "2024-02-20 15:15", [
    ("Bedömning", "PAD visar adenokarcinom i rektum, 8 cm ovan anus. Pat informerad om diagnosen idag tillsammans med maken, kontaktsjuksköterska närvarade."),
], must_not=[(A, "n1")], why="told patient: 'pat informerad om diagnosen idag'", chap="II")

C("neuro-ms-meddelad-telegrafiskt", "vg_neuro_sahlg", "1997-05-12", "268", "2024-03-26 11:20", [
    ("Bedömning", "MS-diagnos meddelad pat. Fått skriftlig info + tid hos MS-ssk. Start natalizumab diskuteras, JCV-ak tas."),
], must_not=[(A, "n1")], why="told patient, telegraphic 'meddelad pat'", chap="VI")

C("neuro-parkinson-ej-forvanad-over-beskedet", "sk_neuro_lund", "1949-06-06", "597", "2024-05-02 13:30", [
    ("Bedömning", "Idiopatisk Parkinsons sjukdom. Pat ej förvånad över beskedet, har själv läst på och anat det. Start levodopa enligt nedan."),
    ("Läkemedel", "Madopark 50/12,5 mg 1x3, upptitrering enligt skriftlig plan."),
], must_not=[(A, "n1")], why="told patient; 'ej' sits near 'beskedet' but the patient has been told", chap="VI")

C("hem-aml-forst-ej-sedan-besked-pa-ronden", "vg_hem_sahlg", "1971-10-19", "114", "2024-06-18 16:45", [
    ("Bedömning", "Vid inskrivningen var pat ännu inte informerad om benmärgssvaret, men på ronden idag har han fått besked om att det rör sig om AML. Frågor besvarade, kurator kontaktad."),
], must_not=[(A, "n1")], why="earlier not informed, now told on the ward round", chap="II", tpl="Daganteckning",
    setting="slutenvård")

C("lung-cancer-barnen-ej-informerade", "sk_lung_lund", "1952-03-17", "265", "2024-04-16 10:10", [
    ("Information", "Pat informerad om lungcancerdiagnosen (adenokarcinom st IV). Önskar att barnen inte informeras förrän efter påsk, respekteras."),
], must_not=[(A, "n1")], why="only relatives (children) untold; the patient is informed", chap="II")

C("inf-hiv-hustrun-ej-informerad", "vg_inf_ostra", "1979-09-02", "037", "2024-07-09 09:40", [
    ("Bedömning", "Välkontrollerad HIV-infektion, VL <20. Pat välinformerad om sin diagnos sedan 2016. Hustrun är inte informerad på pat:s uttryckliga begäran; smittskyddsaspekter åter genomgångna."),
], must_not=[(A, "n1")], why="only the spouse is untold; patient well informed", chap="I")

C("minnes-alzheimer-pat-vill-sjalv-beratta", "sk_minnes_malmo", "1943-12-21", "242", "2024-09-10 14:25", [
    ("Bedömning", "Demens av Alzheimertyp, lindrig. Beskedet togs väl emot av pat. Dottern känner inte till diagnosen än – pat vill själv berätta för henne i helgen."),
], must_not=[(A, "n1")], why="daughter untold, patient told and will tell her", chap="V")

C("med-dm2-ej-informerad-om-tid-fotterapeut", "vg_med_boras", "1960-02-08", "351", "2024-03-12 13:05", [
    ("Bedömning", "Diabetes typ 2 sedan 2015, HbA1c 54, stabilt. Pat ej informerad om ny tid till fotterapeut ännu, kallelse skickas per brev."),
], must_not=[(A, "n1")], why="'ej informerad' concerns an appointment, not the long-known diagnosis", chap="IV", draft=True)

C("hud-pad-ingen-malignitet-ej-underrattad", "sk_hud_lund", "1984-07-27", "482", "2024-08-13 15:50", [
    ("Provsvar", "PAD: inga atypier, ingen malignitet."),
    ("Bedömning", "Pat ännu ej underrättad om svaret, ringer henne i morgon."),
], must_not=[(A, "n1")], why="ruled out: a benign result the patient has not heard yet is no diagnosis", chap="II",
    tpl="Provsvarsanteckning")

C("akut-dt-hjarna-utan-tumor-besked-via-1177", "vg_akut_kungalv", "1990-01-05", "293", "2024-10-22 19:20", [
    ("Röntgen", "DT hjärna utan tecken på tumör, blödning eller infarkt."),
    ("Planering", "Pat inte informerad om svaret än, meddelas via 1177 enligt önskemål."),
], must_not=[(A, "n1")], why="ruled-out findings not yet communicated: no diagnosis", chap="II", tpl="Akutanteckning",
    setting="akut")

C("hereditet-huntington-mor-pat-ovetande", "sk_neuro_malmo", "1998-04-30", "373", "2024-11-12 10:35", [
    ("Hereditet", "Enligt moster har pat:s mor Huntingtons sjukdom, vilket pat själv inte känner till."),
    ("Bedömning", "Pat söker för huvudvärk av spänningstyp, neurologstatus ua."),
], must_not=[(A, "n1")], why="family history: the untold diagnosis is the mother's, not the patient's", chap="VI")

C("sen-wilms-tumor-fick-veta-i-tonaren", "vg_sen_sahlg", "1995-02-15", "524", "2024-01-30 13:10", [
    ("Anamnes", "Opererad och cytostatikabehandlad för Wilms tumör som 3-åring. Föräldrarna informerades då; pat fick själv veta först i tonåren och är idag väl insatt."),
    ("Bedömning", "Sen-effektuppföljning: normal njurfunktion, eko ua."),
], must_not=[(A, "n1")], why="past history: childhood diagnosis, now known to the patient", chap="II")

C("th-mall-skane-pankreascancer-ej-informerad", "sk_kir_lund", "1950-09-19", "255", "2024-03-07 12:15", [
    ("Bedömning", "DT buk: lågattenuerande process i pankreashuvudet 3 cm, misstänkt pankreascancer. Pat ej informerad, tas på MDK 14/3."),
], must_not=[(A, "n1")], why="Skåne Melior note in template Tidiga hypoteser: not visible", chap="II",
    tpl="Tidiga hypoteser")

C("th-sokord-vgr-ftd-ej-informerad", "vg_neuro_nu", "1958-06-26", "414", "2024-04-30 09:45", [
    ("Aktuellt", "Remiss från vc pga personlighetsförändring och impulsivitet sedan ett år."),
    ("Tidiga hypoteser", "Sannolik beteendevariant av frontotemporal demens. Pat ej informerad om misstanken, inte heller hustrun."),
    ("Planering", "FDG-PET, neuropsykologisk testning, återbesök om 6 v."),
], must_not=[(A, "n1")], why="VGR: untold hypothesis inside sökord Tidiga hypoteser; visible sections hold no diagnosis", chap="V")

C("th-mall-skane-glioblastom-prel-pad", "sk_nkir_lund", "1964-02-02", "446", "2024-05-28 15:35", [
    ("Bedömning", "Preliminärt PAD från biopsin: glioblastom. Pat ännu ej informerad – besked vid neurokirurgmottagningen 4/6 när slutligt PAD finns."),
], must_not=[(A, "n1")], why="Skåne template Tidiga hypoteser hides the untold diagnosis", chap="II", tpl="Tidiga hypoteser")

C("barn-celiaki-foraldrar-och-barn-informerade", "vg_barnmed_dsbus", "2017-05-09", "282", "2024-06-12 10:20", [
    ("Bedömning", "Celiaki verifierad med duodenalbiopsi (Marsh 3b). Föräldrarna informerade om diagnosen, barnet informerat på sin nivå med bildstöd. Dietist kontaktad."),
], must_not=[(A, "n1")], why="child under 13: guardians and child told", chap="XI")

C("hem-kll-besked-av-hematolog-igar", "sk_hem_lund", "1945-11-14", "139", "2024-07-24 11:45", [
    ("Bedömning", "KLL Binet A. Pat fick besked om diagnosen av hematolog igår, informationen upprepad idag och han har inga ytterligare frågor."),
], must_not=[(A, "n1")], why="told by a colleague the day before", chap="II")

C("onk-pankreas-informerad-vill-ej-prognos", "vg_onk_sahlg", "1951-01-21", "160", "2024-08-27 14:50", [
    ("Bedömning", "Pat är informerad om diagnosen metastaserad pankreascancer men vill i nuläget inte få information om förväntad överlevnad. Respekteras, erbjuds nytt samtal."),
], must_not=[(A, "n1")], why="diagnosis told; the patient declines prognosis only", chap="II")

C("kard-ff-informerad-om-diagnos-ej-om-noak", "sk_kard_hbg", "1958-08-03", "219", "2024-09-04 13:25", [
    ("Bedömning", "Nydebuterat förmaksflimmer, CHA2DS2-VASc 2. Informerat pat om diagnosen. Ännu ej informerad om val av antikoagulantia, tas vid återbesöket."),
], must_not=[(A, "n1")], why="diagnosis told; what is untold is the treatment choice", chap="IX", draft=True)

C("barnendo-dm1-17ar-inga-fragor", "vg_barnendo_dsbus", "2006-11-30", "313", "2024-02-06 12:00", [
    ("Bedömning", "Nydiagnostiserad diabetes typ 1, GAD-ak pos. Pat och föräldrar informerade; pat har ej några frågor efter informationen idag."),
], must_not=[(A, "n1")], why="told; 'ej några frågor' must not read as not informed", chap="IV")

C("gastro-crohn-besked-lamnat-typo-chron", "sk_gastro_malmo", "2000-03-13", "208", "2024-03-21 10:50", [
    ("Bedömning", "Besked lämnat: Mb Chron i terminala ileum, L1 B1. Skriftlig info och kontakt med IBD-ssk."),
], must_not=[(A, "n1")], why="told, 'besked lämnat:' before the diagnosis; typo 'Chron'", chap="XI", typo=True)

C("akut-gikt-har-berattat-lekord", "vg_akut_kungalv", "1967-07-19", "191", "2024-04-11 20:30", [
    ("Bedömning", "Rodnad, svullen och ömmande MTP I hö, urat 520. Har berättat för pat att det är gikt i stortån, start colchicin."),
], must_not=[(A, "n1")], why="told in lay words: 'har berättat för pat'", chap="XIII", tpl="Akutanteckning",
    setting="akut")

C("onk-prostata-pat-val-medveten-brytpunkt", "sk_onk_lund", "1940-10-07", "339", "2024-10-01 09:10", [
    ("Bedömning", "Pat väl medveten om sin spridda prostatacancer och önskar nu fokus på symtomlindring. Brytpunktssamtal hölls 20/9."),
], must_not=[(A, "n1")], why="'pat väl medveten om' = told", chap="II", setting="slutenvård")

C("neuro-als-avskriven-ej-informerad-om-fragestallningen", "vg_neuro_nu", "1962-02-22", "177", "2024-05-15 15:40", [
    ("Bedömning", "Misstanken om ALS från remissen har avskrivits: EMG normalt och symtomen förklaras av cervikal spinal stenos. Pat var inte informerad om ALS-frågeställningen och behöver inte heller bli det."),
], must_not=[(A, "n1")], why="ruled-out suspicion the patient was never told about", chap="VI")

C("endo-hashimoto-informerad-typo-hypotyrios", "sk_med_ystad", "1978-12-28", "420", "2024-06-20 11:25", [
    ("Bedömning", "TSH 14, fritt T4 lågt, TPO-ak höga: hypotyrios (Hashimoto). Pat informerad om diagnosen och start av Levaxin 50 µg."),
], must_not=[(A, "n1")], why="told; typo 'hypotyrios'", chap="IV", typo=True)

C("med-leversvikt-brytpunktssamtal-dottern", "vg_med_alingsas", "1948-05-16", "233", "2024-11-07 16:00", [
    ("Bedömning", "Dekompenserad alkoholorsakad levercirros med tilltagande leversvikt. Brytpunktssamtal genomfört med pat och dottern; pat förstår att sjukdomen nu är i livets slutskede."),
], must_not=[(A, "n1")], why="told through a documented end-of-life conversation", chap="XI", setting="slutenvård")

C("neuro-epilepsi-arbetsgivaren-ej-informerad", "sk_neuro_lund", "1989-09-09", "280", "2024-07-16 14:05", [
    ("Bedömning", "Fokal epilepsi med bilateral spridning. Diagnosen genomgången med pat. Hon vill inte att arbetsgivaren informeras ännu; informerad om körkortsreglerna."),
], must_not=[(A, "n1")], why="only a third party (employer) untold", chap="VI")

C("bup-adhd-skolan-ej-informerad", "sk_bup_lund", "2006-04-04", "185", "2024-09-26 13:15", [
    ("Bedömning", "ADHD, kombinerad form, enligt utredningen. Diagnosen återkopplad till pat och föräldrar. Skolan ej informerad – pat vill vänta till efter höstlovet."),
], must_not=[(A, "n1")], why="18-year-old told; only the school untold", chap="V")

C("th-sokord-vgr-eips-ej-kommunicerat", "vg_psyk_sahlg", "1996-10-14", "045", "2024-10-17 10:25", [
    ("Aktuellt", "Återkommande självskadebeteende och instabila relationer sedan tonåren."),
    ("Tidiga hypoteser", "Trol. emotionellt instabil personlighetsstörning, ej kommunicerat med pat då bedömningen ännu är preliminär."),
    ("Planering", "Fortsatt utredning med SCID-5-PD, DBT-bedömning."),
], must_not=[(A, "n1")], why="VGR sökord Tidiga hypoteser holds the untold hypothesis", chap="V")

C("lung-ipf-information-av-undertecknad", "vg_lung_sahlg", "1946-09-25", "112", "2024-12-03 11:35", [
    ("Information", "Pat och hans fru informerade av undertecknad om diagnosen idiopatisk lungfibros (IPF) och om antifibrotisk behandling."),
], must_not=[(A, "n1")], why="told, statement under sökord Information", chap="X", draft=True)

C("orto-osteoporos-ej-informerad-tidigare-nu-ja", "sk_orto_malmo", "1950-07-07", "586", "2024-04-25 12:40", [
    ("Aktuellt", "Distal radiusfraktur vä efter fall i samma plan."),
    ("Bedömning", "DXA visar osteoporos (T-score -3,1 ländrygg). Pat uppger att hon inte blivit informerad om sin osteoporos av tidigare läkare trots DXA 2021; har idag fått full information om diagnosen och behandlingen."),
], must_not=[(A, "n1")], why="not informed earlier by another doctor, told today", chap="XIII")

C("th-mall-skane-als-typo-informrad", "sk_neuro_malmo", "1957-03-30", "312", "2024-08-22 15:55", [
    ("Bedömning", "Fascikulationer i båda armarna, atrofier tenar hö, livliga reflexer. Misstänkt ALS. Pat ej informrad om misstanken, EMG 3/9."),
], must_not=[(A, "n1")], why="Skåne template Tidiga hypoteser; typo 'informrad'", chap="VI", tpl="Tidiga hypoteser",
    typo=True)

# =====================================================================
# NL102 must: uncertain diagnosis in a visible section of a Melior note
# =====================================================================
C("akut-misstankt-appendicit-mcburney", "sk_akut_hbg", "1999-06-23", "219", "2024-01-09 02:15", [
    ("Aktuellt", "Buksmärta sedan igår, vandrat från navel till hö fossa. Illamående, ej kräkts."),
    ("Status", "Buk: ömhet och släppömhet McBurney, Rovsing pos."),
    ("Bedömning", "Misstänkt appendicit. Kir-jour kontaktad, fasta, iv vätska."),
], must=[(B, "n1")], why="'Misstänkt' before the diagnosis", chap="XI", tpl="Akutanteckning", setting="akut")

C("akut-trol-pyelonefrit-typo", "vg_akut_boras", "1987-03-11", "282", "2024-02-15 21:05", [
    ("Bedömning", "Feber 39,2, dunkömhet hö njurloge, U-sticka nitrit+. Trol. pyelonefirt hö. Odlingar tagna, start ceftriaxon 2 g iv."),
], must=[(B, "n1")], why="abbreviated hedge 'Trol.'; typo 'pyelonefirt'", chap="XIV", tpl="Akutanteckning",
    setting="akut", typo=True)

C("akut-fragetecken-le-telegrafiskt", "sk_akut_lund", "1976-12-19", "386", "2024-03-02 04:50", [
    ("Bedömning", "Takykard 118, sat 91 % på luft, nyligen långflygning. ?LE – DT-angio lungartärer beställd, Fragmin given."),
], must=[(B, "n1")], why="prefix question mark on an abbreviation '?LE'", chap="IX", tpl="Akutanteckning",
    setting="akut", draft=True)

C("kard-dd-nstemi-perikardit-dissektion", "vg_kard_skovde", "1961-04-27", "335", "2024-03-18 23:30", [
    ("Bedömning", "Bröstsmärta med utstrålning mot ryggen, TnT 48 → 61. DD: NSTEMI, perikardit, aortadissektion. DT aorta akut."),
], must=[(B, "n1")], why="differential diagnosis list 'DD:'", chap="IX", setting="slutenvård", tpl="Inskrivningsanteckning")

C("hud-pityriasis-rosea-fragetecken-parentes", "vg_hud_sahlg", "2002-02-02", "286", "2024-04-04 09:30", [
    ("Status", "Ovala, fjällande, laxrosa makler på bålen i julgransmönster; moderfläck på vä flank (pityriasis rosea?)."),
    ("Bedömning", "Ingen behandling, åter vid utebliven förbättring om 8 v."),
], must=[(B, "n1")], why="hedge as '?' inside a parenthesis in Status", chap="XII")

C("akut-sepsismisstanke-sammansattning", "sk_akut_malmo", "1942-11-09", "113", "2024-05-06 18:25", [
    ("Bedömning", "Sepsismisstanke: feber, AF 26, laktat 3,8, fokus oklart. Blododlingar x2, pip/taz, IVA-konsult."),
], must=[(B, "n1")], why="compound hedge 'Sepsismisstanke'", chap="I", tpl="Akutanteckning", setting="akut")

C("akut-susp-dvt-efter-gips", "vg_akut_boras", "1983-08-21", "406", "2024-06-03 17:40", [
    ("Bedömning", "Svullet, ömt vä underben efter 4 veckor i underbensgips. Susp. DVT vä, D-dimer 1,9. UL imorgon, Fragmin 15000 E sc i väntan."),
], must=[(B, "n1")], why="abbreviated hedge 'Susp.'", chap="IX", tpl="Akutanteckning", setting="akut")

C("neuro-facialispares-sannlikt-bells-typo", "vg_neuro_nu", "1972-05-30", "055", "2024-07-01 10:45", [
    ("Bedömning", "Perifer facialispares vä, pannan engagerad, inga övriga bortfall. Sannlikt Bells pares; prednisolon 50 mg x 10 d."),
], must=[(B, "n1")], why="eponym with hedge; typo 'Sannlikt'", chap="VI", typo=True)

C("orto-scaphoideumfraktur-kan-inte-uteslutas", "sk_orto_hassleholm", "2004-10-13", "037", "2024-01-31 14:55", [
    ("Röntgen", "Rtg vä handled inkl scaphoideumserie: ingen synlig fraktur."),
    ("Bedömning", "Ömhet i fossa tabatière. Scaphoideumfraktur kan inte uteslutas, skafoidgips och ny rtg om 10–14 dagar."),
], must=[(B, "n1")], why="'kan inte uteslutas' after the diagnosis (not a negation)", chap="XIX", setting="akut")

C("reuma-missankt-gca-typo", "vg_reuma_molndal", "1946-03-14", "204", "2024-02-28 11:15", [
    ("Bedömning", "Nytillkommen tinninghuvudvärk, käkklaudikation, SR 82. Missänkt temporalisarterit (GCA) – start Prednisolon 40 mg, UL temporalis + biopsi inom en vecka."),
], must=[(B, "n1")], why="typo in the cue 'Missänkt'", chap="XIII", typo=True)

C("barn-mojlig-celiaki-7ar", "sk_barn_malmo", "2016-09-05", "176", "2024-03-13 13:35", [
    ("Bedömning", "Dålig viktuppgång och lös avföring. Transglutaminas-IgA 85 (ref <7). Möjlig celiaki, remiss för gastroskopi med biopsier."),
], must=[(B, "n1")], why="child under 13, guardian reads; 'Möjlig'", chap="XI")

C("neuro-parkinson-dikterat-kan-ej-helt-uteslutas", "vg_neuro_nu", "1955-12-07", "311", "2024-04-15 15:20", [
    ("Bedömning", "Sammantaget talar anamnes och status för en troligen begynnande Parkinsons sjukdom, även om en läkemedelsutlöst parkinsonism inte helt kan uteslutas med tanke på den långvariga behandlingen med haloperidol, varför vi planerar DaTSCAN innan ställningstagande till levodopa."),
], must=[(B, "n1")], why="dictated sentence, hedges 'troligen' and 'inte helt kan uteslutas'", chap="VI", draft=True)

C("psyk-trol-bipolar-ii-differentialdiagnos-adhd", "sk_psyk_lund", "1998-01-26", "424", "2024-05-22 14:10", [
    ("Bedömning", "Återkommande perioder med minskat sömnbehov och ökad energi, däremellan depressioner. Trol. bipolär sjukdom typ II, differentialdiagnos ADHD med emotionell instabilitet. Fortsatt utredning med DIVA och livsdiagram."),
], must=[(B, "n1")], why="psychiatry: 'Trol.' and spelled-out 'differentialdiagnos'", chap="V")

C("barn-misstankt-kawasaki-3ar", "vg_barnmed_dsbus", "2021-02-17", "590", "2024-05-29 16:35", [
    ("Bedömning", "Feber 5 dygn, bilateral konjunktivit utan sekret, jordgubbstunga, svullna händer. Misstänkt Kawasakis sjukdom – eko idag, IVIG diskuteras med bakjour."),
], must=[(B, "n1")], why="pediatric eponym with 'Misstänkt'", chap="XIII", setting="slutenvård", tpl="Inskrivningsanteckning")

C("neo-sepsis-kan-ej-uteslutas-nyfodd", "sk_neo_lund", "2024-06-08", "288", "2024-06-10 07:20", [
    ("Bedömning", "Temperaturinstabil, slö vid matning, CRP 45. Neonatal sepsis kan ej uteslutas; blododling, start bensyl-PC och gentamicin."),
], must=[(B, "n1")], why="perinatal chapter, 'kan ej uteslutas'", chap="XVI", setting="slutenvård", tpl="Daganteckning")

C("barn-blasljud-misstankt-vsd-spadbarn", "vg_barn_nal", "2024-01-20", "467", "2024-05-21 10:05", [
    ("Status", "Cor: holosystoliskt blåsljud gr 3/6 pm vä sternalrand, ej fortlett."),
    ("Bedömning", "Misstänkt VSD, god tillväxt och inga svikttecken. Remiss barnkardiolog för eko."),
], must=[(B, "n1")], why="congenital heart defect suspected in an infant", chap="XVII")

C("forl-trol-preeklampsi-gv34", "sk_forl_malmo", "1993-04-09", "362", "2024-07-18 03:40", [
    ("Bedömning", "Gv 34+2. BT 155/100, proteinuri 2+, huvudvärk. Trol. preeklampsi, inläggning, lab och CTG."),
], must=[(B, "n1")], why="pregnancy chapter, 'Trol.'", chap="XV", setting="slutenvård", tpl="Inskrivningsanteckning")

C("gyn-ev-extrauterin-graviditet", "vg_gyn_ostra", "1991-11-29", "228", "2024-08-09 19:10", [
    ("Bedömning", "Amenorré 7 v, lätt blödning, hCG 1800. Ingen intrauterin graviditet på vaginalt UL. Ev. extrauterin graviditet – ny hCG om 48 h, åter vid tilltagande smärta."),
], must=[(B, "n1")], why="'Ev.' hedge; the negated IUG sentence must not cancel it", chap="XV", setting="akut")

C("lung-trol-primar-lungcancer-typo", "sk_lung_lund", "1950-05-03", "153", "2024-08-15 11:05", [
    ("Röntgen", "DT thorax: spikulerad 3,2 cm tumör i hö ovanlob, förstorade lgl station 4R."),
    ("Bedömning", "Trol. primär lungcacer. Bronkoskopi med EBUS planeras, PET-DT beställd."),
], must=[(B, "n1")], why="hedged lung cancer; typo 'lungcacer'", chap="II", typo=True)

C("onh-lymfom-fragetecken-dd-metastas", "vg_onh_sahlg", "1985-10-25", "157", "2024-09-11 13:25", [
    ("Status", "Hals: 3 cm fast, oöm lymfkörtel regio II hö, ingen synlig primärtumör vid fiberskopi."),
    ("Bedömning", "Lymfom? DD metastas från okänd primärtumör. Finnålspunktion idag, excision bokad."),
], must=[(B, "n1")], why="trailing '?' and 'DD'", chap="II")

C("hem-sannol-itp", "vg_hem_sahlg", "1977-06-19", "343", "2024-10-03 12:50", [
    ("Bedömning", "TPK 18, i övrigt normalt blodstatus och utstryk utan fragmentocyter. Sannol. ITP. Start prednisolon 1 mg/kg."),
], must=[(B, "n1")], why="abbreviated hedge 'Sannol.' on an abbreviation", chap="III", draft=True)

C("med-trolig-pernicios-anemi", "sk_med_ystad", "1953-01-05", "249", "2024-10-24 10:30", [
    ("Lab", "Hb 96, MCV 118, B12 68, IF-ak positiva."),
    ("Bedömning", "Trolig perniciös anemi. Start B12-injektioner enligt schema, gastroskopi för att bedöma slemhinnan."),
], must=[(B, "n1")], why="'Trolig' before a blood-chapter diagnosis", chap="III")

C("endo-misstankt-addison-synacthen", "vg_endo_sahlg", "1981-07-30", "109", "2024-11-14 14:20", [
    ("Bedömning", "Trötthet, viktnedgång, Na 128, K 5,6, pigmentering i handlinjer. Misstänkt Addisons sjukdom, Synacthentest bokat i morgon bitti."),
], must=[(B, "n1")], why="endocrine eponym with 'Misstänkt'", chap="IV")

C("ogon-akut-trangvinkelglaukom-fragetecken", "vg_ogon_molndal", "1952-12-24", "306", "2024-12-02 18:15", [
    ("Status", "Hö öga: IOP 48, grunt främre kammardjup, ciliär injektion, mellanvid ljusstel pupill."),
    ("Bedömning", "Akut trångvinkelglaukom? Start acetazolamid och pilokarpin, laseriridotomi planeras."),
], must=[(B, "n1")], why="eye: trailing '?'", chap="VII", setting="akut")

C("onh-trol-vestibularisneurit-dd-cerebellar-infarkt", "vg_onh_sahlg", "1968-04-21", "231", "2024-03-04 20:40", [
    ("Bedömning", "Kontinuerlig rotatorisk yrsel sedan 2 dygn, horisontell nystagmus åt hö, positiv head impulse vä. Trol. vestibularisneurit vä, DD cerebellär infarkt – HINTS talar för perifer genes."),
], must=[(B, "n1")], why="ear chapter: 'Trol.' plus DD", chap="VIII", setting="akut")

C("onh-vestibularisschwannom-fragetecken-audiogram", "sk_onh_lund", "1971-08-08", "284", "2024-04-17 09:15", [
    ("Utredning", "Audiogram: ensidig sensorineural hörselnedsättning hö, 40 dB i diskanten."),
    ("Bedömning", "Vestibularisschwannom? MR inre hörselgångar beställd."),
], must=[(B, "n1")], why="diagnosis followed by '?' as the whole assessment", chap="II")

C("lung-mojligen-ipf-velcrorassel", "vg_lung_sahlg", "1949-07-04", "371", "2024-05-13 10:55", [
    ("Bedömning", "Tilltagande ansträngningsdyspné, velcroliknande rassel basalt bilat och trumpinnefingrar. Möjligen interstitiell lungsjukdom av IPF-typ; HRCT och spirometri med DLCO bokade."),
], must=[(B, "n1")], why="'Möjligen' before the diagnosis", chap="X")

C("barnakut-trol-falsk-krupp", "sk_barnakut_hbg", "2022-03-30", "504", "2024-11-02 03:25", [
    ("Bedömning", "Skällande hosta och inspiratorisk stridor i vila sedan natten, afebril. Trol. falsk krupp, Betapred 0,4 mg/kg po, obs 2 h."),
], must=[(B, "n1")], why="lay name 'falsk krupp' with 'Trol.', 2-year-old", chap="X", setting="akut", draft=True)

C("kir-misstank-koledokussten-typo", "vg_kir_boras", "1964-01-18", "262", "2024-06-26 08:20", [
    ("Bedömning", "Ikterus, ALP 8, bilirubin 96 och smärta under hö arcus. Misstänk koledokussten – MRCP idag, därefter ställningstagande till ERCP."),
], must=[(B, "n1")], why="typo in the cue 'Misstänk'", chap="XI", setting="slutenvård", typo=True)

C("gastro-ibd-misstanke-crohn-fragetecken", "sk_gastro_lund", "2003-05-06", "408", "2024-07-03 13:00", [
    ("Bedömning", "Diarréer 6 mån, viktnedgång, kalprotektin 850. IBD-misstanke (Crohn?) – koloskopi med ileumintubation bokad."),
], must=[(B, "n1")], why="hyphenated compound 'IBD-misstanke' and '(Crohn?)'", chap="XI")

C("hud-trol-bullos-pemfigoid", "vg_hud_boras", "1936-03-23", "119", "2024-08-19 14:40", [
    ("Bedömning", "Spända blåsor på extremiteterna med klåda. Trol. bullös pemfigoid, biopsier för PAD och IMF tagna. Start klobetasol."),
], must=[(B, "n1")], why="skin chapter, 'Trol.'", chap="XII")

C("inf-erysipelas-fragetecken-dd-stasdermatit", "sk_inf_malmo", "1944-09-28", "365", "2024-09-05 11:50", [
    ("Bedömning", "Erysipelas vä underben? DD stasdermatit med bilateral symmetrisk rodnad. Afebril, CRP 22."),
], must=[(B, "n1")], why="Latin diagnosis with trailing '?', DD", chap="I")

C("orto-septisk-artrit-kan-ej-uteslutas-punktion", "vg_orto_molndal", "1970-02-12", "093", "2024-10-09 22:05", [
    ("Bedömning", "Svullet, varmt hö knä med extensionsdefekt och feber 38,6. Septisk artrit kan ej uteslutas – ledpunktion för odling och kristaller innan antibiotika."),
], must=[(B, "n1")], why="'kan ej uteslutas' is a hedge, not a negation", chap="XIII", setting="akut", tpl="Akutanteckning")

C("reuma-pmr-trollig-typo", "sk_reuma_lund", "1948-12-15", "328", "2024-10-30 10:40", [
    ("Bedömning", "Bilateral skulder- och höftgördelvärk med morgonstelhet 2 h, SR 78. PMR trollig; prednisolon 15 mg och kontroll om 2 v."),
], must=[(B, "n1")], why="abbreviation 'PMR' with hedge after it; typo 'trollig'", chap="XIII", typo=True)

C("barnkir-testistorsion-kan-inte-uteslutas-11ar", "vg_barnkir_dsbus", "2013-01-27", "173", "2024-11-18 01:50", [
    ("Bedömning", "Akut debut av smärta vä testikel för 3 h sedan, högt stående testikel och upphävd kremasterreflex. Testistorsion kan inte uteslutas – akut exploration, op-anmäld."),
], must=[(B, "n1")], why="11-year-old (guardian reads), 'kan inte uteslutas'", chap="XIV", setting="akut", tpl="Akutanteckning")

C("uro-njursten-fragetecken-telegrafiskt", "sk_uro_malmo", "1982-05-19", "436", "2024-12-06 16:15", [
    ("Bedömning", "Kolikartad flanksmärta vä, mikroskopisk hematuri. Njursten vä? DT-urografi, Voltaren supp."),
], must=[(B, "n1")], why="telegraphic, lay compound 'njursten' with '?'", chap="XIV", setting="akut")

C("med-synkope-trol-vasovagal-dd-arytmi", "vg_med_alingsas", "1996-08-17", "208", "2024-01-12 11:30", [
    ("Bedömning", "Kort medvetandeförlust i stående efter blodprovstagning, prodromer med svettning. Synkope, trol. vasovagal; DD arytmi – EKG normalt, QTc 420."),
], must=[(B, "n1")], why="symptom chapter: hedged etiology of syncope and DD", chap="XVIII")

C("akut-commotio-cerebri-fragetecken", "sk_akut_ystad", "2001-09-21", "274", "2024-08-31 23:55", [
    ("Bedömning", "Fall från cykel utan hjälm, kort medvetslöshet enligt kamrat, amnesi för händelsen. Commotio cerebri? DT hjärna enligt skandinaviska riktlinjer."),
], must=[(B, "n1")], why="injury chapter, Latin 'Commotio cerebri?'", chap="XIX", setting="akut", tpl="Akutanteckning")

C("akut-misstankt-avsiktlig-overdos-paracetamol", "vg_akut_sahlg", "1989-03-06", "066", "2024-04-20 02:35", [
    ("Bedömning", "Funnen av sambo med tom tablettkarta Alvedon. Misstänkt avsiktlig överdos av paracetamol, okänd tidpunkt; start acetylcystein, psykiatrikonsult när somatiskt stabil."),
], must=[(B, "n1")], why="external-cause chapter, 'Misstänkt avsiktlig överdos'", chap="XX", setting="akut",
    tpl="Akutanteckning", draft=True)

C("akut-trol-huggormsbett", "sk_akut_krist", "1975-07-22", "317", "2024-07-27 15:30", [
    ("Bedömning", "Två punktformiga sår på vä fotrygg efter promenad i högt gräs, tilltagande svullnad. Trol. huggormsbett, Giftinformationscentralen konsulterad, obs på akutvårdsavdelning."),
], must=[(B, "n1")], why="external cause (snake bite) with 'Trol.'", chap="XX", setting="akut", tpl="Akutanteckning")

C("inf-trol-covid-19-antigen-negativ", "vg_inf_ostra", "1958-04-12", "420", "2024-01-04 16:05", [
    ("Bedömning", "Feber, torrhosta, anosmi och lymfopeni. Antigentest negativt men typisk bild; trol. covid-19, PCR skickad."),
], must=[(B, "n1")], why="special-purpose chapter (U07.1) with 'trol.'", chap="XXII", setting="slutenvård")

C("geri-misstankt-delirium-dd-demens", "sk_geri_malmo", "1940-02-28", "118", "2024-03-27 10:00", [
    ("Bedömning", "Akut insättande förvirring och fluktuerande uppmärksamhet sedan 2 dagar, tidigare självständig. Misstänkt delirium (konfusion) utlöst av UVI, DD progress av ej diagnostiserad demens."),
], must=[(B, "n1")], why="geriatrics: 'Misstänkt' plus DD", chap="V", setting="slutenvård")

C("barnmed-trol-anorexia-nervosa-16ar", "vg_barnmed_dsbus", "2008-01-11", "381", "2024-06-24 13:10", [
    ("Bedömning", "Viktnedgång 9 kg på 4 mån, BMI 15,8, amenorré, rädsla för viktuppgång. Trol. anorexia nervosa; bradykardi 44 – inläggning för medicinsk stabilisering."),
], must=[(B, "n1")], why="16-year-old reads her own journal; Latin diagnosis with 'Trol.'", chap="V")

C("neuro-epilespi-fragetecken-typo", "sk_neuro_lund", "2005-12-01", "152", "2024-10-16 14:30", [
    ("Bedömning", "Första generaliserade tonisk-kloniska anfallet i samband med sömnbrist, tungbett. Epilespi? EEG med sömndeprivation och MR hjärna beställda, körkortsinformation given."),
], must=[(B, "n1")], why="trailing '?' on a misspelled diagnosis 'Epilespi'", chap="VI", typo=True)

C("inf-neuroborrelios-misstanks", "vg_inf_ostra", "1966-07-28", "203", "2024-08-22 11:15", [
    ("Bedömning", "Fästingbett i juni, nu radikulär smärta nattetid och facialispares hö. Neuroborrelios misstänks; LP med cellräkning och borrelia-ak-index imorgon."),
], must=[(B, "n1")], why="passive verb hedge after the diagnosis 'misstänks'", chap="I", draft=True)

C("barn-kikhosta-kan-inte-uteslutas-6ar", "sk_barn_malmo", "2018-04-16", "229", "2024-09-19 15:45", [
    ("Bedömning", "Hosta 3 v med attacker, kräkning efter hostattack och inspiratorisk whoop. Kikhosta kan inte uteslutas, PCR pertussis nph, start azitromycin."),
], must=[(B, "n1")], why="lay name 'kikhosta' with 'kan inte uteslutas'", chap="I")

C("med-ekg-ff-fragetecken-i-status", "vg_med_kungalv", "1957-10-21", "034", "2024-09-30 09:20", [
    ("Status", "EKG: oregelbundet oregelbunden rytm, frekvens 112, FF? Inga ST-förändringar."),
    ("Bedömning", "Ny hjärtklappning sedan 2 dagar. Långtids-EKG för bekräftelse."),
], must=[(B, "n1")], why="abbreviation 'FF?' in a Status line", chap="IX")

C("vgr-th-och-bedomning-upprepar-hypotesen", "vg_kir_boras", "1955-03-25", "303", "2024-05-09 13:55", [
    ("Tidiga hypoteser", "Misstänkt pankreascancer, DT visar 2,5 cm process i pankreashuvudet."),
    ("Bedömning", "Viktnedgång och smärtfri ikterus, trol. pankreascancer. ERCP med stent och borstcytologi på tisdag."),
], must=[(B, "n1")], why="VGR: hypothesis correctly in Tidiga hypoteser but repeated in visible Bedömning", chap="II",
    setting="slutenvård")

C("vgr-th-fnd-men-diff-diagnos-i-planering", "vg_neuro_sahlg", "1986-09-16", "229", "2024-09-09 15:05", [
    ("Tidiga hypoteser", "Sannolik funktionell neurologisk störning (FND)."),
    ("Planering", "MR hjärna och ryggmärg samt LP – diff-diagnos MS. Åter efter svar."),
], must=[(B, "n1")], why="VGR: differential diagnosis leaks into the visible Planering section", chap="VI")

C("skane-th-not-och-vanlig-not-samma-dag", "sk_hem_lund", "1947-08-12", "146", "2024-03-08 10:30", [
    ("Bedömning", "Trol. myelodysplastiskt syndrom (MDS) med ringsideroblaster, benmärgsprov 20/3."),
], must=[(B, "n2")], must_not=[(B, "n1")], tpl="Tidiga hypoteser",
    why="Skåne: hypothesis in a Tidiga hypoteser note is hidden, the same suspicion in the ordinary note is not",
    chap="II", extra=[("n2", "sk_hem_lund", "Läkaranteckning", "2024-03-08 10:45", [
        ("Bedömning", "Makrocytär anemi, Hb 92. Benmärgsprov planeras 20/3 pga misstänkt MDS."),
    ], "öppenvård")])

C("lung-lofgren-passar-men-ej-sakerstallt", "sk_lung_lund", "1988-05-26", "462", "2024-05-31 14:25", [
    ("Bedömning", "Bilateral hilär lymfadenopati, erythema nodosum och fotledsartrit – bilden passar med Löfgrens syndrom. Diagnosen är dock ännu inte säkerställd, EBUS-biopsi planeras."),
], must=[(B, "n1")], why="uncertainty stated in a separate sentence after the diagnosis", chap="III")

# =====================================================================
# NL102 must_not
# =====================================================================
C("akut-ingen-misstanke-om-appendicit", "sk_akut_lund", "2003-02-14", "364", "2024-02-09 21:20", [
    ("Bedömning", "Ingen misstanke om appendicit: mjuk buk, ingen släppömhet, CRP <5 och LPK 7. Gastroenterit, vätskeersättning, åter vid försämring."),
], must_not=[(B, "n1")], why="negated 'ingen misstanke om'", chap="XI", setting="akut", tpl="Akutanteckning")

C("akut-lungemboli-utesluten-dt-angio", "vg_akut_sahlg", "1971-05-08", "284", "2024-03-15 18:50", [
    ("Bedömning", "Lungemboli utesluten med DT-angio. Bröstsmärtan bedöms muskuloskeletal, Ipren vb."),
], must_not=[(B, "n1")], why="ruled out with 'utesluten'", chap="IX", setting="akut", tpl="Akutanteckning")

C("karl-inga-tecken-pa-dvt-bakercysta", "sk_karl_malmo", "1966-10-29", "191", "2024-04-03 10:25", [
    ("Undersökning", "Kompressionsultraljud hö ben från ljumske till vad: inga tecken på DVT."),
    ("Bedömning", "Svullnaden förklaras av Bakercysta hö knä."),
], must_not=[(B, "n1")], why="'inga tecken på' and an affirmed eponym diagnosis", chap="IX")

C("inf-meningit-bedoms-uteslutet-lp", "vg_inf_ostra", "1994-12-22", "157", "2024-04-26 12:30", [
    ("Bedömning", "Meningit bedöms uteslutet efter LP med normala celler och glukoskvot. Huvudvärken är postinfektiös efter influensa A, paracetamol vb."),
], must_not=[(B, "n1")], why="'bedöms uteslutet' after the diagnosis", chap="I", setting="slutenvård")

C("barnkir-appendicit-kan-uteslutas", "sk_barnkir_lund", "2014-08-02", "210", "2024-05-10 17:10", [
    ("Bedömning", "Appendicit kan uteslutas – normalt UL och sjunkande CRP vid kontroll. Förstoppning, Movicol och hem."),
], must_not=[(B, "n1")], why="'kan uteslutas' (positive) is a ruling-out, unlike 'kan ej uteslutas'", chap="XI",
    setting="akut")

C("reuma-gca-misstanken-avskriven-biopsi", "vg_reuma_molndal", "1950-11-19", "348", "2024-05-23 09:50", [
    ("Bedömning", "Misstanken om temporalisarterit har avskrivits efter negativ temporalisbiopsi och normalt UL. Prednisolon trappas ut på 2 veckor."),
], must_not=[(B, "n1")], why="suspicion named but written off ('har avskrivits')", chap="XIII", draft=True)

C("endo-inget-talar-for-malignitet-thyreoidea", "sk_endo_malmo", "1980-03-31", "428", "2024-06-06 13:45", [
    ("Bedömning", "Inget talar för malignitet; nodulus i vä thyreoidealob benign enligt finnålscytologi (Bethesda II). Ny UL om 18 mån."),
], must_not=[(B, "n1")], why="'inget talar för' negation and a benign confirmed finding", chap="IV")

C("orto-ingen-misstnake-om-fraktur-typo", "vg_orto_molndal", "2008-07-04", "115", "2024-08-14 16:20", [
    ("Bedömning", "Inversionsvåld vä fotled, kan belasta. Ottawa-negativ, ingen misstnake om fraktur; fotledsdistorsion, stödbandage."),
], must_not=[(B, "n1")], why="negated suspicion with typo 'misstnake'", chap="XIX", setting="akut", typo=True)

C("kard-hjartinfarkt-avskriven-troponiner", "vg_kard_skovde", "1962-07-02", "251", "2024-07-08 14:00", [
    ("Bedömning", "Hjärtinfarkt avskriven, troponiner x3 normala och arbetsprov utan ischemi. Bröstsmärtan förklaras av ett låst revben, fysioterapi."),
], must_not=[(B, "n1")], why="ruled out with 'avskriven' after the diagnosis", chap="IX", setting="slutenvård")

C("hereditet-mor-trol-brostcancer", "vg_brost_sahlg", "1983-01-09", "244", "2024-08-05 10:35", [
    ("Hereditet", "Mor trol. bröstcancer i 40-årsåldern, osäkra uppgifter då kontakten bröts tidigt. Moster ovariecancer."),
    ("Bedömning", "Mammografi och UL utan malignitetsmisstanke. Remiss onkogenetisk mottagning."),
], must_not=[(B, "n1")], why="hedge about a relative in Hereditet, not about the patient", chap="XXI")

C("hereditet-morfar-misstankt-huntigtons-typo", "sk_neuro_malmo", "1991-06-13", "319", "2024-08-27 11:10", [
    ("Hereditet", "Morfar misstänkt Huntigtons sjukdom, aldrig utredd, avled 62 år på vårdhem."),
    ("Bedömning", "Pat söker för migrän utan aura, normalt neurostatus. Triptan vid anfall."),
], must_not=[(B, "n1")], why="family history hedge; typo 'Huntigtons'", chap="XXI", typo=True)

C("hereditet-far-ev-langt-qt", "vg_kard_skovde", "2000-10-01", "226", "2024-09-06 13:30", [
    ("Hereditet", "Far avled plötsligt vid 45 års ålder, ev. långt QT-syndrom enligt dödsbevis."),
    ("Undersökning", "EKG: sinusrytm 64, QTc 418."),
    ("Bedömning", "Inga tecken på långt QT hos pat. Genetisk utredning erbjuds."),
], must_not=[(B, "n1")], why="'ev.' about the father; the patient's own finding is negated", chap="XXI")

C("ogon-hereditet-farmor-trol-gron-starr", "vg_ogon_molndal", "1969-04-08", "137", "2024-10-10 09:05", [
    ("Hereditet", "Farmor trol. grön starr, blev blind på äldre dagar."),
    ("Status", "Visus 1,0 bilat, IOP 17/18, papiller ua."),
    ("Bedömning", "Inget glaukom. Kontroll om 2 år pga hereditet."),
], must_not=[(B, "n1")], why="lay name 'grön starr' hedged about a grandmother", chap="XXI")

C("tidigare-sarkoidos-misstankt-avskrevs", "sk_lung_hbg", "1977-09-03", "268", "2024-10-14 15:10", [
    ("Tidigare sjukdomar", "Utredd 2019 för misstänkt sarkoidos, avskrevs efter bronkoskopi med normalt BAL."),
    ("Bedömning", "Nu astma, förbättrad av ICS/LABA. Spirometri om 3 mån."),
], must_not=[(B, "n1")], why="past history: old suspicion that was written off", chap="III")

C("anamnes-misstankt-ms-2015-avskriven", "vg_neuro_sahlg", "1990-02-26", "405", "2024-10-21 10:15", [
    ("Anamnes", "Optikusneurit hö 2015 med misstänkt MS, men MR då och vid kontroll 2020 utan lesioner; misstanken avskrevs."),
    ("Bedömning", "Aktuellt spänningshuvudvärk, inga fokala neurologiska fynd."),
], must_not=[(B, "n1")], why="past suspicion of MS, written off", chap="VI")

C("tidigare-ev-epilepsi-som-barn-avskrevs", "sk_neuro_lund", "1987-05-17", "239", "2024-11-06 14:45", [
    ("Tidigare sjukdomar", "Utreddes som 6-åring för ev. epilepsi pga frånvaroattacker, EEG normalt, frågan avskrevs."),
    ("Bedömning", "Nu upprepade vasovagala svimningar vid blodprovstagning, ingen ytterligare utredning."),
], must_not=[(B, "n1")], why="childhood 'ev. epilepsi' in Tidigare sjukdomar, written off", chap="VI")

C("med-kol-exacerbation-trol-hemgang", "vg_med_boras", "1945-06-30", "102", "2024-12-05 11:20", [
    ("Bedömning", "KOL-exacerbation, förbättrad på inhalationer och prednisolon. Trol. hemgång i morgon om fortsatt stabil saturation."),
], must_not=[(B, "n1")], why="'Trol.' is about discharge, not the diagnosis", chap="X", setting="slutenvård", tpl="Daganteckning")

C("med-dm2-ev-tillagg-sglt2", "sk_med_ystad", "1957-11-26", "473", "2024-01-18 14:35", [
    ("Bedömning", "Diabetes typ 2 med HbA1c 61 trots metformin. Ev. tillägg av SGLT2-hämmare vid nästa besök, pat vill först försöka med kostomläggning."),
], must_not=[(B, "n1")], why="'Ev.' about a treatment, diagnosis settled", chap="IV", draft=True)

C("orto-collumfraktur-mojligen-op-ikvall", "vg_orto_molndal", "1931-04-11", "202", "2024-01-27 17:30", [
    ("Bedömning", "Dislocerad collumfraktur vä (Garden IV). Op med hemiprotes planerad i morgon, möjligen redan ikväll om salen blir ledig; f.s. fastande från kl 18."),
], must_not=[(B, "n1")], why="'möjligen' about timing of surgery, fracture confirmed", chap="XIX", setting="slutenvård",
    tpl="Inskrivningsanteckning")

C("kard-ff-elkonvertering-kan-ej-uteslutas", "sk_kard_hbg", "1959-12-08", "354", "2024-02-12 10:50", [
    ("Bedömning", "Persisterande förmaksflimmer trots dronedaron. Elkonvertering kan ej uteslutas som nästa steg, diskuteras på arytmironden."),
], must_not=[(B, "n1")], why="'kan ej uteslutas' about a procedure, not a diagnosis", chap="IX")

C("endo-hypotyreos-fraga-om-levaxin", "vg_endo_sahlg", "1972-06-05", "188", "2024-02-23 15:25", [
    ("Aktuellt", "Känd hypotyreos. Pat undrar om hon ska fortsätta med Levaxin under graviditetsplanering?"),
    ("Bedömning", "Ja, oförändrad dos, TSH-kontroll vid positivt graviditetstest."),
], must_not=[(B, "n1")], why="'?' ends the patient's question, not a diagnosis", chap="IV", tpl="Telefonanteckning")

C("geri-alzheimer-osakert-om-hemmet-korttid", "sk_geri_malmo", "1934-10-03", "306", "2024-03-20 13:40", [
    ("Bedömning", "Demens av Alzheimertyp, känd sedan 2021. Osäkert om pat klarar hemmet efter fallet; trol. behov av korttidsboende, biståndshandläggare kontaktad."),
], must_not=[(B, "n1")], why="hedges about discharge planning next to a settled diagnosis", chap="V", setting="slutenvård")

C("th-mall-skane-misstankt-myelom", "sk_med_kristianstad", "1951-10-05", "147", "2024-05-03 12:05", [
    ("Bedömning", "Ryggsmärta, hyperkalcemi och M-komponent 25 g/l. Misstänkt myelom, benmärgsprov 10/5."),
], must_not=[(B, "n1")], why="Skåne template Tidiga hypoteser holds the hypothesis", chap="II", tpl="Tidiga hypoteser")

C("th-mall-skane-dd-lymfom-tbc-sarkoidos", "sk_inf_malmo", "1993-07-14", "262", "2024-05-16 16:25", [
    ("Bedömning", "Nattliga svettningar, viktnedgång och mediastinal lymfadenopati. DD lymfom, tuberkulos, sarkoidos. Mediastinoskopi planeras."),
], must_not=[(B, "n1")], why="DD list in a Skåne Tidiga hypoteser note", chap="II", tpl="Tidiga hypoteser")

C("th-mall-skane-trol-schizofreni-draft", "sk_psyk_lund", "2002-08-25", "391", "2024-06-13 11:35", [
    ("Bedömning", "Tilltagande social isolering, tankestörningar och sannolika hörselhallucinationer. Trol. debuterande schizofreni, observation fortsätter."),
], must_not=[(B, "n1")], why="unsigned draft in Skåne Tidiga hypoteser", chap="V", tpl="Tidiga hypoteser", draft=True)

C("th-mall-skane-missstankt-ms-typo", "sk_neuro_malmo", "1995-04-27", "464", "2024-06-27 14:15", [
    ("Bedömning", "Sensibilitetsstörning i båda benen och Lhermittes tecken. Missstänkt MS, MR hjärna och halsrygg bokad."),
], must_not=[(B, "n1")], why="Skåne Tidiga hypoteser; typo 'Missstänkt'", chap="VI", tpl="Tidiga hypoteser", typo=True)

C("th-mall-skane-brostcancer-fragetecken", "sk_brost_lund", "1968-02-06", "288", "2024-07-11 09:40", [
    ("Bedömning", "Mammografi BI-RADS 5 vä. Bröstcancer? Mellannålsbiopsi tagen, svar om 5 dagar."),
], must_not=[(B, "n1")], why="'?' hypothesis in a Skåne Tidiga hypoteser note", chap="II", tpl="Tidiga hypoteser")

C("th-sokord-vgr-misstankt-ovarialcancer", "vg_gyn_ostra", "1959-05-01", "126", "2024-07-17 10:50", [
    ("Aktuellt", "Uppkördhet och tidig mättnadskänsla sedan 2 mån."),
    ("Tidiga hypoteser", "Komplex adnexresistens 9 cm med ascites och CA-125 840 – misstänkt ovarialcancer."),
    ("Planering", "DT thorax-buk, gyn-onk MDK."),
], must_not=[(B, "n1")], why="VGR sökord Tidiga hypoteser; visible sections have no diagnosis", chap="II")

C("th-sokord-vgr-leukemi-kan-ej-uteslutas-4ar", "vg_barnmed_dsbus", "2019-10-10", "097", "2024-07-25 15:15", [
    ("Aktuellt", "Blekhet, blåmärken och benvärk sedan 3 v."),
    ("Status", "Petekier på benen, lever palpabel 3 cm under arcus."),
    ("Tidiga hypoteser", "Akut leukemi kan ej uteslutas; blodstatus med diff och utstryk akut, barnonkolog kontaktad."),
], must_not=[(B, "n1")], why="child under 13: VGR Tidiga hypoteser hides it from the guardian", chap="II", setting="akut")

C("th-sokord-vgr-sannolik-huntington", "vg_neuro_sahlg", "1974-09-18", "330", "2024-08-29 13:20", [
    ("Tidiga hypoteser", "Koreatiska rörelser och kognitiv svikt; sannolik Huntingtons sjukdom trots okänd hereditet."),
    ("Bedömning", "Fortsatt utredning, återbesök efter MR."),
], must_not=[(B, "n1")], why="eponym hypothesis inside VGR Tidiga hypoteser", chap="VI")

C("th-sokord-vgr-trolgi-alkoholberoende-typo", "vg_kir_boras", "1968-12-30", "283", "2024-09-02 09:30", [
    ("Bedömning", "Akut pankreatit, lipas 2400, smärtlindring och vätska."),
    ("Tidiga hypoteser", "Trolgi alkoholberoende (CDT 4,2 %, PEth 1,1) som bakgrund till pankreatiten."),
], must_not=[(B, "n1")], why="hedged cause kept in VGR Tidiga hypoteser; visible pancreatitis is confirmed; typo 'Trolgi'",
    chap="V", setting="slutenvård", typo=True)

C("th-sokord-vgr-dd-sle-mctd-sjogren", "vg_reuma_molndal", "1992-03-03", "245", "2024-09-20 14:40", [
    ("Tidiga hypoteser", "DD SLE, blandad bindvävssjukdom, Sjögrens syndrom – ANA 1:1280, anti-dsDNA svar väntas."),
    ("Bedömning", "Ledvärk och Raynaudfenomen. Hydroxiklorokin avvaktas tills serologi klar."),
], must_not=[(B, "n1")], why="DD list only in VGR Tidiga hypoteser", chap="XIII")

C("inf-erysipelas-diagnos-med-kod", "vg_inf_boras", "1953-05-14", "170", "2024-10-07 11:45", [
    ("Diagnos", "Erysipelas hö underben (A46.9)."),
    ("Åtgärd", "PcV 1 g x 3 i 10 dagar, kompression när rodnaden lagt sig."),
], must_not=[(B, "n1")], why="confirmed diagnosis with ICD code, no hedge", chap="I")

C("med-den-misstankta-pneumonin-bekraftades", "sk_med_lund", "1947-02-08", "228", "2024-10-25 09:55", [
    ("Bedömning", "Den misstänkta pneumonin bekräftades på rtg med infiltrat i hö underlob. Fortsatt bensyl-PC, CRP sjunkande."),
], must_not=[(B, "n1")], why="earlier suspicion now confirmed ('bekräftades')", chap="X", setting="slutenvård",
    tpl="Daganteckning")

C("pmo-vc-misstankt-halsfluss", "sk_vc_eslov", "1997-08-19", "306", "2024-11-04 10:10", [
    ("Bedömning", "Misstänkt halsfluss (streptokocktonsillit), Centor 4. PcV i 10 dagar, åter om ej bättre."),
], must_not=[(B, "n1")], why="PMO never shows diagnoses", chap="X", tpl="Besöksanteckning")

C("pmo-bvc-hoftledsluxation-fragetecken", "sk_bvc_lund", "2024-08-30", "244", "2024-10-29 09:25", [
    ("Bedömning", "Asymmetriska lårveck och klickande vä höft vid Ortolani. Höftledsluxation? Remiss barnortoped enligt läkare."),
], must_not=[(B, "n1")], why="PMO BVC note: hedged congenital hip dislocation not shown", chap="XVII",
    tpl="BVC-anteckning", role="sjuksköterska")

C("pmo-vc-depression-fragetecken", "sk_vc_trelleborg", "1986-01-31", "277", "2024-11-11 15:50", [
    ("Bedömning", "Nedstämdhet, sömnstörning och anhedoni sedan 2 mån, PHQ-9 18. Depression? Ingen suicidrisk. Återbesök 2 v, KBT-remiss."),
], must_not=[(B, "n1")], why="PMO vårdcentral: hedged diagnosis not shown", chap="V", tpl="Besöksanteckning", draft=True)

C("pmo-hemsjukvard-trol-uvi-typo", "sk_hsv_hoor", "1932-07-23", "160", "2024-11-25 14:05", [
    ("Bedömning", "Nytillkommen förvirring, illaluktande urin och nitrit+ på sticka. Trol. urinvägsinfektoin (UVI), urinodling skickad, pivmecillinam enligt jourläkare."),
], must_not=[(B, "n1")], why="PMO home care; typo 'urinvägsinfektoin'", chap="XIV", tpl="Hemsjukvårdsanteckning",
    role="sjuksköterska", typo=True)

C("pmo-ungdomsmott-klamydia-fragetecken", "sk_umo_malmo", "2007-05-15", "426", "2024-12-09 13:30", [
    ("Bedömning", "Flytningar och sveda, ny partner. Klamydia? Prov taget, svar via 1177."),
], must_not=[(B, "n1")], why="PMO ungdomsmottagning, 17-year-old", chap="I", tpl="Besöksanteckning", role="barnmorska")


# ---------------------------------------------------------------- build
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def pnr(born, serial):
    ymd = born.replace("-", "")
    return f"{ymd}-{serial}{luhn_digit(ymd[2:] + serial)}"


def iso(when):
    return dt.datetime.strptime(when, "%Y-%m-%d %H:%M")


def make_note(nid, unit, tpl, when, sections, setting, role, author, draft):
    u = UNITS[unit]
    t = iso(when)
    return {
        "id": nid, "system": u["system"], "template": tpl,
        "unit": {"name": u["name"], "hsa_id": u["hsa_id"]},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": None if draft else (t + dt.timedelta(minutes=35)).isoformat(),
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def build():
    rows = []
    for i, c in enumerate(CASES):
        author = AUTHORS[i % len(AUTHORS)]
        notes = [make_note("n1", c["unit"], c["tpl"], c["when"], c["sections"], c["setting"],
                           c["role"], author, c["draft"])]
        last = iso(c["when"])
        for nid, unit, tpl, when, secs, setting in c["extra"]:
            notes.append(make_note(nid, unit, tpl, when, secs, setting, c["role"],
                                   AUTHORS[(i + 7) % len(AUTHORS)], c["draft"]))
            last = max(last, iso(when))
        as_of = dt.datetime.combine(last.date() + dt.timedelta(days=7), dt.time())
        rows.append({
            "case": c["name"],
            "ruleset": UNITS[c["unit"]]["region"],
            "record": {
                "patient": {"id": pnr(c["born"], c["serial"]), "birth_date": c["born"],
                            "protected_identity": False},
                "as_of": as_of.isoformat(),
                "notes": notes,
                "access_events": [], "conversations": [], "treatments": [],
            },
            "must": [list(x) for x in c["must"]],
            "must_not": [list(x) for x in c["must_not"]],
            "why": c["why"],
        })
    return rows


# ---------------------------------------------------------------- validate
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CHAPTERS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
            "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII"]


def age_on(born, day):
    b = dt.date.fromisoformat(born)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(rows):
    errs = []
    names = set()
    seen = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for row, c in zip(rows, CASES):
        n = row["case"]
        if list(row) != keys:
            errs.append(f"{n}: keys {list(row)}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            errs.append(f"{n}: bad case name")
        rec = row["record"]
        p = rec["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            errs.append(f"{n}: pnr format")
        else:
            ymd, last4 = m.groups()
            if ymd != p["birth_date"].replace("-", ""):
                errs.append(f"{n}: pnr does not match birth_date")
            digits = ymd[2:] + last4
            s = 0
            for j, ch in enumerate(digits):
                d = int(ch) * (2 if j % 2 == 0 else 1)
                s += d - 9 if d > 9 else d
            if s % 10:
                errs.append(f"{n}: pnr not Luhn-valid")
        stamps = [rec["as_of"]]
        ids = set()
        for note in rec["notes"]:
            ids.add(note["id"])
            stamps.append(note["time"])
            if note["signed"]:
                stamps.append(note["signed"])
                if note["signed"] < note["time"]:
                    errs.append(f"{n}: signed before time")
            day = dt.date.fromisoformat(note["time"][:10])
            a = age_on(p["birth_date"], day)
            if 13 <= a <= 15 or a < 0:
                errs.append(f"{n}: patient aged {a}")
            for sec in note["sections"]:
                for s_ in SENT_SPLIT.split(sec["text"]):
                    s_ = " ".join(s_.split())
                    if len(s_) >= 25:
                        if s_ in seen and seen[s_] != (n, note["id"], sec["keyword"]):
                            errs.append(f"{n}: sentence reused from {seen[s_][0]}: {s_!r}")
                        seen.setdefault(s_, (n, note["id"], sec["keyword"]))
            if row["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(f"{n}: VGR note not Melior")
            if row["ruleset"] == "vgr" and note["template"] == "Tidiga hypoteser":
                errs.append(f"{n}: VGR protects by sökord, not template")
            if row["ruleset"] == "skane" and any(s["keyword"] == "Tidiga hypoteser" for s in note["sections"]):
                errs.append(f"{n}: Skåne protects by template, not sökord")
        for s in stamps:
            if not s.startswith("2024-"):
                errs.append(f"{n}: date outside 2024: {s}")
        if rec["as_of"] < max(x["time"] for x in rec["notes"]):
            errs.append(f"{n}: as_of before a note")
        if not row["must"] and not row["must_not"]:
            errs.append(f"{n}: asserts nothing")
        if not row["why"]:
            errs.append(f"{n}: no why")
        for code, nid in row["must"] + row["must_not"]:
            if nid not in ids:
                errs.append(f"{n}: target {nid} missing")
            if code not in ("NL101", "NL102"):
                errs.append(f"{n}: unexpected code {code}")
        if set(map(tuple, row["must"])) & set(map(tuple, row["must_not"])):
            errs.append(f"{n}: same target in must and must_not")
        notes_by_id = {x["id"]: x for x in rec["notes"]}
        for code, nid in row["must"] + row["must_not"]:
            note = notes_by_id.get(nid)
            if note and note["system"] == "PMO":
                if code == "NL101":
                    errs.append(f"{n}: NL101 asserted on PMO")
                if code == "NL102" and [code, nid] in row["must"]:
                    errs.append(f"{n}: NL102 must on PMO")
        if c["typo"] and "typo" not in n and "typo" not in row["why"]:
            errs.append(f"{n}: typo case must say so")
        if c["chap"] not in CHAPTERS:
            errs.append(f"{n}: bad chapter {c['chap']}")
    missing = set(CHAPTERS) - {c["chap"] for c in CASES}
    if missing:
        errs.append(f"ICD-10 chapters not covered: {sorted(missing)}")
    return errs


def stats(rows):
    out = {}
    for r in rows:
        for kind in ("must", "must_not"):
            for code, _ in r[kind]:
                out.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    mn = sum(1 for r in rows if r["must_not"])
    rs = {}
    for r in rows:
        rs[r["ruleset"]] = rs.get(r["ruleset"], 0) + 1
    systems = {}
    for r in rows:
        for note in r["record"]["notes"]:
            systems[note["system"]] = systems.get(note["system"], 0) + 1
    return {
        "cases": len(rows), "codes": out, "cases_with_must_not": mn,
        "rulesets": rs, "notes_by_system": systems,
        "typo_cases": sum(1 for c in CASES if c["typo"]),
        "draft_cases": sum(1 for c in CASES if c["draft"]),
        "chapters": sorted({c["chap"] for c in CASES}, key=CHAPTERS.index),
    }


def main():
    rows = build()
    errs = validate(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(json.dumps(stats(rows), ensure_ascii=False, indent=1))
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    print(f"ok: {len(rows)} cases -> {OUT.name}")


if __name__ == "__main__":
    main()
