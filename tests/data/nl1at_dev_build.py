#!/usr/bin/env python3
"""nl1at: telegraphic, abbreviation-heavy gold cases for notelint NL101 / NL102.

Written from the regional routines (shared/seeds) and the rule catalog (shared/DESIGN.md)
only. Style: the notes an on-call doctor writes at 3 a.m., a surgeon between operations,
a GP in a 15-minute slot: fragments, slashes, arrows, question marks, abbreviations,
typos, Swedish/English/Latin mixed.

Run: python3 build.py  -> writes nl1at_dev_cases.jsonl beside this file and validates it.
No dependencies, deterministic, exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nl1at_dev_cases"
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------------------------------
# Units (name, HSA-id). Skåne SE2321000255-…, VGR SE2321000131-…
# ---------------------------------------------------------------------------------------
UNITS = {
    # Skåne, Melior (hospitals)
    "s_kirmott_malmo": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2K41"),
    "s_uro_kristianstad": ("Urologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7U12"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4H08"),
    "s_kvk_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-3G55"),
    "s_orto_hlm": ("Ortopedakuten, Hässleholms sjukhus", "SE2321000255-6R20"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_genetik_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-5C77"),
    "s_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1N33"),
    "s_minne_lsk": ("Minnesmottagningen, Landskrona lasarett", "SE2321000255-8M14"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-9O02"),
    "s_brost_malmo": ("Bröstcentrum, Skånes universitetssjukhus Malmö", "SE2321000255-2B61"),
    "s_onh_lund": ("Öron-näsa-halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4E39"),
    "s_kirmott_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-3K18"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L52"),
    "s_kvk_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-4G10"),
    "s_kir_ystad": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-5Y23"),
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4A01"),
    "s_psyk_hbg": ("Psykiatrisk öppenvårdsmottagning, Helsingborg", "SE2321000255-3P47"),
    "s_kir_angelholm": ("Kirurgmottagningen, Ängelholms sjukhus", "SE2321000255-3A90"),
    "s_med_ystad": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-5M36"),
    "s_inf_hbg": ("Infektionskliniken, Helsingborgs lasarett", "SE2321000255-3I71"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2A05"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-3A02"),
    "s_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-5A04"),
    "s_akut_ksd": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7A03"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4B15"),
    "s_psyk_lund": ("Allmänpsykiatrisk mottagning, Lund", "SE2321000255-4P66"),
    "s_orto_malmo": ("Ortopedakuten, Skånes universitetssjukhus Malmö", "SE2321000255-2R09"),
    "s_kiravd_hbg": ("Kirurgavdelning 6, Helsingborgs lasarett", "SE2321000255-3K64"),
    "s_medavd_ystad": ("Medicinavdelning 3, Ystads lasarett", "SE2321000255-5M83"),
    "s_med_trelleborg": ("Medicinmottagningen, Lasarettet i Trelleborg", "SE2321000255-6T27"),
    "s_med_hbg": ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-3M29"),
    "s_geri_malmo": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2G44"),
    "s_lungavd_lund": ("Lungavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4L87"),
    "s_med_ksd": ("Medicinakuten, Centralsjukhuset Kristianstad", "SE2321000255-7M50"),
    # Skåne, PMO (primary care)
    "s_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-V0412"),
    "s_vc_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-V0218"),
    "s_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-V0533"),
    "s_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-V0627"),
    # VGR, Melior
    "v_lung_ostra": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E412"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E208"),
    "v_hem_su": ("Hematologiavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E331"),
    "v_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E519"),
    "v_med_nal": ("Medicinmottagningen, NU-sjukvården NÄL", "SE2321000131-P114"),
    "v_uro_skovde": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S207"),
    "v_hem_mott_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E337"),
    "v_nkir_su": ("Neurokirurgmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E240"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-K031"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-A022"),
    "v_onk_su": ("Onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E150"),
    "v_hem_boras": ("Hematologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B318"),
    "v_hia_su": ("Hjärtintensivavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E602"),
    "v_kir_boras": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B104"),
    "v_medakut_nal": ("Medicinakuten, NU-sjukvården NÄL", "SE2321000131-P101"),
    "v_akut_molndal": ("Akutmottagningen, Mölndals sjukhus", "SE2321000131-M011"),
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E001"),
    "v_akut_skovde": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S001"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-D014"),
    "v_med_skovde": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S114"),
    "v_geri_molndal": ("Geriatriska mottagningen, Mölndals sjukhus", "SE2321000131-M210"),
    "v_kirop_ostra": ("Kirurgiska kliniken, operation, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E705"),
    "v_psyk_nal": ("Psykiatrisk öppenvårdsmottagning, NU-sjukvården Trollhättan", "SE2321000131-P550"),
    "v_akut_ostra": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E002"),
    "v_infavd_ostra": ("Infektionsavdelning 1, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E521"),
    "v_orto_alingsas": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-A040"),
    "v_neuro_boras": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B220"),
    "v_med_lidkoping": ("Medicinmottagningen, Lidköpings sjukhus", "SE2321000131-L012"),
    "v_barnmott_skovde": ("Barn- och ungdomsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S330"),
    "v_medakut_boras": ("Medicinakuten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B002"),
}

# ---------------------------------------------------------------------------------------
# Cases. Fields:
#   case, rs (skane|vgr), sys (Melior|PMO), tpl (template), unit (key), au (name, role),
#   pnr, t (note time), signed (time or None = unsigned draft), setting,
#   sec [(keyword, text), ...], must [codes], must_not [codes], why
# Every case has one note, id n1; all assertions target n1.
# ---------------------------------------------------------------------------------------
CASES = [
    # ===================== NL101 positives: diagnosis visible, patient not told ==========
    dict(case="kir-pad-koloncancer-besked-v-ab",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_kirmott_malmo",
         au=("Johan Lindqvist", "läkare"), pnr="19510214-2311",
         t="2024-04-08T11:20:00", signed="2024-04-08T11:52:00", setting="öppenvård",
         sec=[("Aktuellt", "PAD-svar efter koloskopi 2/4 inkommit."),
              ("Bedömning", "PAD: adenocarcinom colon sigmoideum, mått. diff. CEA 6,1. "
                            "DT thorax/buk bokad f. staging, MDK 18/4."),
              ("Planering", "Pat ej info – besked v. ÅB 16/4 m kontaktssk.")],
         must=["NL101"], must_not=[],
         why="settled cancer diagnosis visible, 'Pat ej info – besked v. ÅB': patient not yet told"),

    dict(case="lung-dt-hogst-susp-lungca-pat-ovetande",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_lung_ostra",
         au=("Karin Edvardsson", "läkare"), pnr="19481106-3488",
         t="2024-03-05T14:10:00", signed="2024-03-05T15:02:00", setting="öppenvård",
         sec=[("Röntgen", "DT thorax 3/3: 34 mm spikulerad förändring hö ovanlob, först. lgl 4R + 7."),
              ("Bedömning", "Högst susp. lungca, st III?? Remiss bronkoskopi + PET-DT."),
              ("Planering", "Pat ovetande om fyndet. Nybesök m anhörig v.11, tar det då.")],
         must=["NL101", "NL102"], must_not=[],
         why="suspected lung cancer written in Bedömning and 'pat ovetande': both rules"),

    dict(case="uro-gleason-tel-pat-imorgon-m-svar",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_uro_kristianstad",
         au=("Mats Holgersson", "läkare"), pnr="19560923-4157",
         t="2024-05-13T16:40:00", signed="2024-05-13T16:58:00", setting="öppenvård",
         sec=[("Bedömning", "Px-svar: prostatacancer Gleason 4+3=7 i 5/12 biopsier, hö lob. PSA 11."),
              ("Planering", "Tel. pat imorgon m svar. Ssk bokar MDK, uppf. enl. SVF.")],
         must=["NL101"], must_not=[],
         why="biopsy-proven prostate cancer visible; 'tel. pat imorgon m svar' = not yet informed"),

    dict(case="neuro-mr-ms-inf-ej-given",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_neuro_su",
         au=("Sara Lindblom", "läkare"), pnr="19940317-2746",
         t="2024-04-02T10:05:00", signed="2024-04-02T10:31:00", setting="öppenvård",
         sec=[("Aktuellt", "Optikusneurit vä jan-24. Nu MR-svar."),
              ("Röntgen", "MR hjärna + halsrygg: >9 T2-lesioner periventr/juxtakort, 2 Gd+, 1 spinal C3."),
              ("Bedömning", "Uppfyller McDonald 2017 → MS, skovvis förlöpande."),
              ("Planering", "inf. ej given. Pat kallas t. mott v.17 f. besked + bromsbeh.")],
         must=["NL101"], must_not=[],
         why="MS diagnosis settled by McDonald criteria, 'inf. ej given'"),

    dict(case="hud-melanom-ej-delgivet-utkast",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_hud_lund",
         au=("Per Åkesson", "läkare"), pnr="19670730-5014",
         t="2024-06-11T13:15:00", signed=None, setting="öppenvård",
         sec=[("Bedömning", "PAD exc. rygg: malignt melanom, SSM, Breslow 1,2 mm, ej ulc. Radikalt. "
                            "ej delgivet pat – tel.tid fre 9.30, sedan utvidgad exc + SN.")],
         must=["NL101"], must_not=[],
         why="unsigned draft: melanoma on PAD, 'ej delgivet pat'"),

    dict(case="gyn-cin3-ej-info-t-pat",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_kvk_hbg",
         au=("Lina Bergkvist", "läkare"), pnr="19890402-6120",
         t="2024-03-21T09:40:00", signed="2024-03-21T10:02:00", setting="öppenvård",
         sec=[("Provsvar", "Kolpo m bx 11/3. PAD: CIN 3, HPV 16 pos."),
              ("Planering", "Ej info t. pat ännu. Konisering plan. – brev + tel.")],
         must=["NL101"], must_not=[],
         why="CIN 3 on PAD visible, 'Ej info t. pat ännu'"),

    dict(case="hem-aml-jour-pat-ej-info-familjesamtal",
         rs="vgr", sys="Melior", tpl="Jouranteckning", unit="v_hem_su",
         au=("Erik Dahlgren", "läkare"), pnr="19611208-3370",
         t="2024-02-14T02:50:00", signed="2024-02-14T03:25:00", setting="slutenvård",
         sec=[("Aktuellt", "Jour. Inlagd em m pancytopeni, feber."),
              ("Lab", "Perifert utstryk + bm: 46 % myeloiska blaster → AML."),
              ("Bedömning", "Pat ej info, sover. Familjesamtal imorgon 10.00 m öl. "
                            "Allopurinol, hydrering 3 l/d, odl x2, Pip/Taz.")],
         must=["NL101"], must_not=[],
         why="3 a.m. on-call note: AML in Lab section, 'Pat ej info', talk planned tomorrow"),

    dict(case="orto-patfraktur-misst-metastas-0340",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_orto_hlm",
         au=("Ahmad Karimi", "läkare"), pnr="19520611-4505",
         t="2024-09-18T03:40:00", signed="2024-09-18T04:15:00", setting="akut",
         sec=[("Anamnes", "Vred sig i sängen → sm vä lår, kan ej belasta. Ca mammae 2015, op, 'friskförkl.'"),
              ("Röntgen", "Tvärfraktur prox. femurdiafys vä m osteolys."),
              ("Bedömning", "Patologisk fraktur, misst. metastas. Pat ej info om ca-misstanken – "
                            "bakjour info, tas v. rond.")],
         must=["NL101", "NL102"], must_not=[],
         why="suspected metastasis in visible Bedömning and 'Pat ej info om ca-misstanken'"),

    dict(case="neuro-als-fasstalld-besked-v-ab-typo",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_neuro_lund",
         au=("Helena Sjöberg", "läkare"), pnr="19580125-6370",
         t="2024-04-24T15:30:00", signed="2024-04-24T16:10:00", setting="öppenvård",
         sec=[("Undersökning", "EMG: utbredd aktiv denervation i 3 regioner + fascikulationer."),
              ("Bedömning", "Dx ALS fasställd (Gold Coast). Besked v. ÅB 3/5, kurator + ssk närv. "
                            "Riluzol tas upp då.")],
         must=["NL101"], must_not=[],
         why="typo 'fasställd': ALS settled, told only at the return visit ('besked v. ÅB')"),

    dict(case="genetik-brca1-svar-ej-meddelat",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_genetik_lund",
         au=("Anna-Karin Möller", "läkare"), pnr="19850819-3060",
         t="2024-05-06T12:00:00", signed="2024-05-06T12:20:00", setting="öppenvård",
         sec=[("Hereditet", "Mor bröstca 42 år, mormor trol. ovarialca (ej verif.)."),
              ("Provsvar", "BRCA1 c.5266dupC – patogen variant påvisad hos pat."),
              ("Planering", "Svar ej meddelat pat. Gen. vägledning bokad 22/5, besked då.")],
         must=["NL101"], must_not=["NL102"],
         why="pathogenic BRCA1 finding not yet told; the hedge is family history only"),

    dict(case="inf-hcv-pat-ej-nadd-ej-info",
         rs="vgr", sys="Melior", tpl="Telefonanteckning", unit="v_inf_ostra",
         au=("Jonas Fredriksson", "läkare"), pnr="19790505-1236",
         t="2024-08-20T10:45:00", signed="2024-08-20T10:50:00", setting="öppenvård",
         sec=[("Telefonkontakt", "Anti-HCV pos, HCV-RNA 2,1 milj IU/ml → kron. hepatit C, gt 3a. "
                                 "Pat ej nådd tel x2, ej info ännu. Brev m tid skickas.")],
         must=["NL101"], must_not=[],
         why="chronic hepatitis C in a phone note, patient not reached and not informed"),

    dict(case="inf-hiv-konfirm-pat-ovetande",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_inf_malmo",
         au=("Maria Nordin", "läkare"), pnr="19900314-5670",
         t="2024-10-03T08:30:00", signed="2024-10-03T08:44:00", setting="öppenvård",
         sec=[("Provsvar", "HIV-1 ak/ag pos, konfirm. pos."),
              ("Planering", "Pat ovetande – kallas akut t. mott imorgon, CD4 + VL tas då. "
                            "Smittskyddsläk kontaktad.")],
         must=["NL101"], must_not=[],
         why="confirmed HIV visible, 'Pat ovetande'"),

    dict(case="minnes-alzheimer-dx-ej-delgiven",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_minne_lsk",
         au=("Gunnar Ek", "läkare"), pnr="19430608-4221",
         t="2024-06-19T14:00:00", signed="2024-06-19T14:35:00", setting="öppenvård",
         sec=[("Sammanfattning", "Utredning klar. MMSE 22/30, klocktest patol. DT hjärna: "
                                 "temporal atrofi bil. Likvor: lågt Aβ42, förhöjt tau/p-tau."),
              ("Bedömning", "Alzheimers sjukdom, mild demensgrad."),
              ("Planering", "Dx ej delgiven pat – dottern vill vara med v. besked, ÅB 2/7. "
                            "Donepezil insätts efter samtalet. Körkort tas upp då.")],
         must=["NL101"], must_not=[],
         why="settled Alzheimer diagnosis, 'Dx ej delgiven pat'"),

    dict(case="gastro-crohn-pad-pat-ej-info",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_med_nal",
         au=("Linnea Berg", "läkare"), pnr="19990227-0942",
         t="2024-06-07T11:10:00", signed="2024-06-07T11:25:00", setting="öppenvård",
         sec=[("Provsvar", "Ileokoloskopi 5/6: aftösa sår term. ileum. PAD: kron. aktiv ileit m granulom, "
                           "förenligt m Crohns sjukdom."),
              ("Planering", "pat ej info om PAD ännu – tel. fre.")],
         must=["NL101"], must_not=[],
         why="Crohn's disease on PAD visible, patient not yet told"),

    dict(case="onk-skelettscint-metastaser-ej-informerad-utkast",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_onk_lund",
         au=("Viktor Ström", "läkare"), pnr="19491012-3951",
         t="2024-11-12T15:45:00", signed=None, setting="öppenvård",
         sec=[("Bedömning", "Skelettscint: multipla upptag kotpelare, bäcken, revben → skelettmetastaser. "
                            "Pat ej informerad, onkolog Ekström tar samtalet tis.")],
         must=["NL101"], must_not=[],
         why="unsigned draft: bone metastases settled, patient not informed"),

    dict(case="uro-njurcancer-ej-infomerad-typo",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_uro_skovde",
         au=("Fredrik Palm", "läkare"), pnr="19620918-2176",
         t="2024-07-30T13:20:00", signed="2024-07-30T13:41:00", setting="öppenvård",
         sec=[("Bedömning", "Perkutan bx hö njure: klarcellig njurcancer, ISUP 2. "
                            "Pat ej infomerad, besök 14/8 m kontaktssk.")],
         must=["NL101"], must_not=[],
         why="typo 'infomerad' in the not-informed cue; renal cancer visible"),

    dict(case="hem-dlbcl-english-pt-not-informed",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_hem_mott_su",
         au=("Nadia Haddad", "läkare"), pnr="19700102-4020",
         t="2024-09-09T17:05:00", signed="2024-09-09T17:20:00", setting="öppenvård",
         sec=[("Bedömning", "PET-CT + bx: DLBCL, stage III, IPI 2. Pt not informed yet – "
                            "BBN-samtal tmrw 13.00 w/ kontaktssk. R-CHOP planned.")],
         must=["NL101"], must_not=[],
         why="English 'Pt not informed yet' with a settled lymphoma diagnosis"),

    dict(case="brost-latin-carcinoma-ductale-ej-info",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_brost_malmo",
         au=("Eva Persson", "läkare"), pnr="19630415-5523",
         t="2024-02-28T12:35:00", signed="2024-02-28T12:50:00", setting="öppenvård",
         sec=[("Undersökning", "Mx + UL: 14 mm spikulerad resistens vä kl 2."),
              ("Provsvar", "Mellannålsbx: carcinoma ductale invasivum mammae sin., ER+ HER2–."),
              ("Planering", "Pat ej info. Besked v. ÅB ons m bröstssk.")],
         must=["NL101"], must_not=[],
         why="Latin diagnosis (carcinoma ductale mammae sin.) with 'Pat ej info'"),

    dict(case="nkir-glioblastom-besked-v-ab-fre",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_nkir_su",
         au=("Oskar Wallin", "läkare"), pnr="19660720-6551",
         t="2024-03-13T18:10:00", signed="2024-03-13T18:30:00", setting="öppenvård",
         sec=[("Röntgen", "MR: 4,5 cm ringladdande expansivitet vä temporallob m perifokalt ödem."),
              ("Bedömning", "Glioblastom enl. radiologi + bx 11/3. Dexa 4 mg x2."),
              ("Planering", "besked v. ÅB fre m anhörig.")],
         must=["NL101"], must_not=[],
         why="glioblastoma visible; 'besked v. ÅB' is the only not-yet-told cue"),

    dict(case="onh-thyreoideaca-pat-tror-ofarlig-knol",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_onh_lund",
         au=("Camilla Rydén", "läkare"), pnr="19810911-3640",
         t="2024-09-24T10:25:00", signed="2024-09-24T10:40:00", setting="öppenvård",
         sec=[("Bedömning", "FNAC hö thyreoidealob: papillär thyreoideacancer (Bethesda VI). "
                            "Pat tror det är 'en ofarlig knöl', ej info om malignitet. "
                            "Op-planering efter besked 30/9.")],
         must=["NL101"], must_not=[],
         why="papillary thyroid cancer, patient believes it harmless, 'ej info om malignitet'"),

    dict(case="med-nydebut-dm2-tel-pat-imorgon",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_med_kungalv",
         au=("Peter Axelsson", "läkare"), pnr="19720403-1517",
         t="2024-10-15T16:20:00", signed="2024-10-15T16:26:00", setting="öppenvård",
         sec=[("Provsvar", "HbA1c 74, fP-glc 11,2 x2 → DM typ 2, nydebut."),
              ("Åtgärd", "tel. pat imorgon m svar + tid diabetessköt. Metformin 500 mg efter samtal.")],
         must=["NL101"], must_not=[],
         why="new type 2 diabetes on lab, patient to be phoned tomorrow with the result"),

    dict(case="vgr-th-lackt-till-bedomning-ej-info",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_kir_boras",
         au=("Sofia Hansson", "läkare"), pnr="19540809-2889",
         t="2024-03-04T15:00:00", signed="2024-03-04T15:40:00", setting="öppenvård",
         sec=[("Aktuellt", "Viktnedgång 9 kg/3 mån, ryggvärk."),
              ("Tidiga hypoteser", "Misst. pankreasca – DT: 3 cm lågattenuerande process caput pancreatis."),
              ("Bedömning", "Susp. pankreastumör, se TH. Pat ej info, ÅB m anhörig 12/3.")],
         must=["NL101", "NL102"], must_not=[],
         why="hypothesis kept under sökord TH but repeated in visible Bedömning with 'Pat ej info'"),

    # ===================== NL101 near misses =============================================
    dict(case="hud-basaliom-pat-info-per-tel",
         rs="skane", sys="Melior", tpl="Telefonanteckning", unit="s_hud_lund",
         au=("Ulla Svensson", "sjuksköterska"), pnr="19441130-1791",
         t="2024-05-22T09:10:00", signed="2024-05-22T09:14:00", setting="öppenvård",
         sec=[("Telefonkontakt", "PAD: basalcellscancer, nodulär, radikalt exc. Pat info per tel idag, nöjd. "
                                 "Ingen ytterl. åtgärd, egenkontroll.")],
         must=[], must_not=["NL101"],
         why="the patient was told the PAD by phone: informed, not NL101"),

    dict(case="lung-pat-info-dottern-ej-info-annu",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_lung_ostra",
         au=("Karin Edvardsson", "läkare"), pnr="19500317-3225",
         t="2024-04-11T13:30:00", signed="2024-04-11T14:05:00", setting="öppenvård",
         sec=[("Aktuellt", "Besked idag efter EBUS."),
              ("Bedömning", "Icke-småcellig lungcancer, adenoca, st IIIA. Pat tog det lugnt, frågor bes."),
              ("Planering", "Pat önskar att dottern ej info ännu, vill berätta själv i helgen. "
                            "Onk-remiss skickad.")],
         must=[], must_not=["NL101"],
         why="patient informed; only the daughter is not: not NL101"),

    dict(case="uro-blasca-english-husband-not-yet",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_uro_kristianstad",
         au=("Mats Holgersson", "läkare"), pnr="19550607-2965",
         t="2024-06-25T11:40:00", signed="2024-06-25T12:00:00", setting="öppenvård",
         sec=[("Bedömning", "TURB-PAD: urotelial cancer pTa HG. Pt informed re dx today, husband not yet – "
                            "she'll tell him herself. BCG-instillationer plan.")],
         must=[], must_not=["NL101"],
         why="English: patient informed, husband not yet: relatives only, not NL101"),

    dict(case="kir-ljumskbrack-ej-info-om-optid",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_kirmott_hbg",
         au=("Niklas Ohlsson", "läkare"), pnr="19821014-4716",
         t="2024-08-27T10:50:00", signed="2024-08-27T11:00:00", setting="öppenvård",
         sec=[("Bedömning", "Ljumskbråck hö, lat., reponibelt. Op-anm gjord (TEP)."),
              ("Planering", "Ej info om optid ännu – plan.ssk ringer.")],
         must=[], must_not=["NL101"],
         why="'ej info' concerns the operation date, not the diagnosis"),

    dict(case="med-hypertoni-labsvar-ua-ej-info",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_med_alingsas",
         au=("Birgitta Lund", "läkare"), pnr="19600121-5141",
         t="2024-02-09T15:15:00", signed="2024-02-09T15:19:00", setting="öppenvård",
         sec=[("Provsvar", "Känd hypertoni, välreglerad på Enalapril. Kontroll-lab: krea, K, Na, Hb ua."),
              ("Åtgärd", "Pat ej info om labsvaren än – brev skickas.")],
         must=[], must_not=["NL101"],
         why="patient not told about normal lab results; known hypertension is not the subject"),

    dict(case="lung-kol-dosandring-pat-ej-info",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_lung_lund",
         au=("Tobias Larsson", "läkare"), pnr="19530502-1932",
         t="2024-03-15T14:20:00", signed="2024-03-15T14:31:00", setting="öppenvård",
         sec=[("Bedömning", "KOL GOLD 3, 2 exacerb/år. Byter Spiriva → Trimbow 2x2 fr. v.12."),
              ("Planering", "Pat ej info om ändringen, ssk ringer tis.")],
         must=[], must_not=["NL101"],
         why="not-informed statement is about a medication change"),

    dict(case="th-mall-skane-ovarialca-ej-info",
         rs="skane", sys="Melior", tpl="Tidiga hypoteser", unit="s_kvk_lund",
         au=("Ingrid Håkansson", "läkare"), pnr="19570228-3465",
         t="2024-07-08T16:00:00", signed="2024-07-08T16:22:00", setting="öppenvård",
         sec=[("Bedömning", "Misst. ovarialcancer: komplex adnexresistens 9 cm vä, CA-125 340. "
                            "DT thorax/buk beställd. Pat ej info om misstanken.")],
         must=[], must_not=["NL101", "NL102"],
         why="Skåne: suspected cancer and 'ej info' inside the protected Tidiga hypoteser template"),

    dict(case="vgr-th-sokord-visible-bara-fynd",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_med_skovde",
         au=("Henrik Björk", "läkare"), pnr="19590713-4570",
         t="2024-03-27T11:05:00", signed="2024-03-27T11:48:00", setting="öppenvård",
         sec=[("Aktuellt", "Trötthet + viktnedgång 8 kg sedan jul. DT buk 25/3."),
              ("Tidiga hypoteser", "DT: multipla leverförändringar, bild talar för metastaser, primärtumör? bsk? "
                                   "Koloskopi bokad."),
              ("Bedömning", "Fynd på DT, se separat. Pat ej info om fynd ännu, ÅB m anhörig 4/4.")],
         must=[], must_not=["NL101", "NL102"],
         why="VGR: the diagnosis stays under sökord TH; visible text names no diagnosis"),

    dict(case="kir-gastroskopi-pad-ingen-malignitet-ej-nadd",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_kir_ystad",
         au=("Lars-Erik Nilsson", "läkare"), pnr="19711120-6681",
         t="2024-10-22T13:00:00", signed="2024-10-22T13:05:00", setting="öppenvård",
         sec=[("Provsvar", "Gastroskopi pga dyspepsi. Bx ventrikel: ingen malignitet, ingen dysplasi, Hp neg."),
              ("Åtgärd", "Pat ej nådd ännu, ny tel. imorgon.")],
         must=[], must_not=["NL101", "NL102"],
         why="the result the patient has not heard is negative: no diagnosis"),

    dict(case="neuro-parkinson-besked-givet-idag",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_neuro_su",
         au=("Ali Rahimi", "läkare"), pnr="19511002-3115",
         t="2024-05-16T10:40:00", signed="2024-05-16T11:20:00", setting="öppenvård",
         sec=[("Undersökning", "DaTSCAN: nedsatt upptag putamen bil, vä>hö."),
              ("Bedömning", "Tillsammans m klinik → Parkinsons sjukdom. Besked givet v. dagens besök, "
                            "pat + fru info, förstår. Start Madopark 50/12,5 x3.")],
         must=[], must_not=["NL101"],
         why="'besked givet', patient and wife informed"),

    dict(case="neuro-jme-pat-info-ej-arbetsgivare",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_neuro_lund",
         au=("Helena Sjöberg", "läkare"), pnr="19920804-2847",
         t="2024-02-20T14:15:00", signed="2024-02-20T14:40:00", setting="öppenvård",
         sec=[("Bedömning", "EEG: generaliserade spike-wave 4 Hz. Dx: juvenil myoklon epilepsi. "
                            "Pat info, förstår körkortsreglerna."),
              ("Planering", "Ej info till arbetsgivare enl. pat önskan. Levetiracetam 250 x2, upptitr.")],
         must=[], must_not=["NL101"],
         why="the employer is not told at the patient's wish; the patient is informed"),

    dict(case="onk-pankreasca-vill-ej-veta-prognos",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_onk_su",
         au=("Magnus Kjellberg", "läkare"), pnr="19571219-1559",
         t="2024-06-03T09:30:00", signed="2024-06-03T10:10:00", setting="öppenvård",
         sec=[("Aktuellt", "Pat info om dx (pankreascancer m levermetastaser) v. förra besöket."),
              ("Bedömning", "Vill ej veta mer om prognos nu, respekteras. Palliativ cytostatika "
                            "Gem/nab-pac, start v.23.")],
         must=[], must_not=["NL101"],
         why="patient informed of the diagnosis; declines prognosis details"),

    dict(case="akut-distorsion-rtg-svar-ej-info-utkast",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_akut_lund",
         au=("Elin Mårtensson", "läkare"), pnr="20010316-7490",
         t="2024-09-01T22:40:00", signed=None, setting="akut",
         sec=[("Bedömning", "Snedtramp fotboll, Ottawa pos → rtg hö fotled. Distorsion hö fotled, "
                            "info + RICE-råd givet innan rtg."),
              ("Planering", "Rtg-svar ua, pat redan gått – ej info om rtg-svaret, tel. imorgon.")],
         must=[], must_not=["NL101"],
         why="unsigned draft: only the normal X-ray reply is not yet told"),

    dict(case="hem-hodgkin-ej-info-forra-ggn-nu-info",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_hem_boras",
         au=("Jenny Ek", "läkare"), pnr="19980610-3843",
         t="2024-07-17T14:00:00", signed="2024-07-17T14:45:00", setting="öppenvård",
         sec=[("Aktuellt", "Pat ej info vid förra besöket pga akut ångest."),
              ("Bedömning", "Idag info given om Hodgkins lymfom, klassiskt, st IIA, m mamma närv. "
                            "Förstår, frågor besvarade. ABVD plan.")],
         must=[], must_not=["NL101"],
         why="'ej info' refers to the last visit; today the patient was told"),

    dict(case="astma-pat-ovetande-om-missade-tider",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_lung_lund",
         au=("Tobias Larsson", "läkare"), pnr="20040129-5241",
         t="2024-11-05T10:30:00", signed="2024-11-05T10:41:00", setting="öppenvård",
         sec=[("Bedömning", "Astma, okontrollerad, ACT 14. Pat ovetande om att 2 tider missats – "
                            "kallelser gått t. gammal adress. Ny tid bokad, adress uppdat.")],
         must=[], must_not=["NL101"],
         why="'pat ovetande' is about missed appointments, not a diagnosis"),

    dict(case="psyk-utmattning-ej-info-om-sjukskrivning",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_psyk_hbg",
         au=("Dragan Petrović", "läkare"), pnr="19830507-2368",
         t="2024-04-16T15:10:00", signed="2024-04-16T15:30:00", setting="psykiatrisk öppenvård",
         sec=[("Bedömning", "Utmattningssyndrom, uppfyller krit. Pat informerad, känner igen sig."),
              ("Planering", "Ej info om sjukskrivningsgrad ännu – FK-intyg efter samråd m rehabkoord.")],
         must=[], must_not=["NL101"],
         why="patient informed of the diagnosis; not told the sick-leave degree yet"),

    dict(case="hia-stemi-pat-info-anhoriga-ej-nadda-0415",
         rs="vgr", sys="Melior", tpl="Jouranteckning", unit="v_hia_su",
         au=("Robert Lind", "läkare"), pnr="19640228-1817",
         t="2024-01-19T04:15:00", signed="2024-01-19T04:40:00", setting="slutenvård",
         sec=[("Bedömning", "STEMI inferior, PCI RCA m 1 DES kl 02.10. Pat själv info om hjärtinfarkt + PCI, "
                            "stabil. Anhöriga ej nådda (fru ej svarat x3), nytt försök kl 08.")],
         must=[], must_not=["NL101"],
         why="patient told at night; only relatives not reached"),

    dict(case="kir-lipom-pat-informerd-typo",
         rs="skane", sys="Melior", tpl="Telefonanteckning", unit="s_kir_angelholm",
         au=("Annika Borg", "sjuksköterska"), pnr="19700822-5331",
         t="2024-05-29T11:00:00", signed="2024-05-29T11:03:00", setting="öppenvård",
         sec=[("Telefonkontakt", "PAD: lipom, benignt. Pat informerd om PAD-svaret per tel, inget ÅB behövs.")],
         must=[], must_not=["NL101"],
         why="typo 'informerd': patient informed of a benign PAD"),

    dict(case="med-ra-kand-remiss-ej-info",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_med_ystad",
         au=("Ola Sandberg", "läkare"), pnr="19661203-4683",
         t="2024-09-12T13:50:00", signed="2024-09-12T14:02:00", setting="öppenvård",
         sec=[("Bedömning", "Seropos. RA sedan 2021, pat väl insatt i sin sjukdom. DAS28 5,1 trots MTX 20 mg."),
              ("Åtgärd", "Remiss t. reumatolog ang. bio. Pat ej info om remissen än, brev.")],
         must=[], must_not=["NL101"],
         why="known RA; 'ej info' concerns the referral"),

    dict(case="kir-gallsten-besked-om-opdatum-v-ab",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_kir_boras",
         au=("Sofia Hansson", "läkare"), pnr="19751130-2429",
         t="2024-10-08T10:15:00", signed="2024-10-08T10:22:00", setting="öppenvård",
         sec=[("Bedömning", "Symtomgivande gallstenar, känt sedan UL nov-23, pat väl info om dx."),
              ("Planering", "Besked om op-datum (lap. kolecystektomi) v. ÅB.")],
         must=[], must_not=["NL101"],
         why="'besked v. ÅB' is about the operation date; the diagnosis is known to the patient"),

    dict(case="inf-borrelia-neg-tel-pat-imorgon",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_inf_hbg",
         au=("Fatima Al-Sayed", "läkare"), pnr="19881016-5616",
         t="2024-08-14T16:30:00", signed="2024-08-14T16:34:00", setting="öppenvård",
         sec=[("Provsvar", "Trötthet + ledvärk efter fästingbett juli. Borrelia-ak IgG/IgM neg."),
              ("Åtgärd", "tel. pat imorgon m svar. Inget beh.behov.")],
         must=[], must_not=["NL101", "NL102"],
         why="'tel. pat imorgon m svar' about a negative serology: no diagnosis"),

    dict(case="kir-rektalca-besked-givet-utkast",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_kir_boras",
         au=("Anders Gustavsson", "läkare"), pnr="19590301-6136",
         t="2024-11-20T13:30:00", signed=None, setting="öppenvård",
         sec=[("Bedömning", "Besked givet v. dagens ÅB: rektalcancer T3N1, MRF–. Pat + son info, frågor bes. "
                            "Kontaktssk Maria."),
              ("Planering", "MDK-beslut: strålning 5x5 → op v.51.")],
         must=[], must_not=["NL101"],
         why="unsigned draft, 'besked givet': patient and son informed"),

    # ===================== NL102 positives: hedged diagnosis in a visible Melior section ==
    dict(case="akut-susp-appendicit-0312",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_akut_malmo",
         au=("Jakob Holm", "läkare"), pnr="19960509-1579",
         t="2024-05-04T03:12:00", signed="2024-05-04T03:40:00", setting="akut",
         sec=[("Kontaktorsak", "Buksm sedan igår em, vandrat t. hö fossa."),
              ("Status", "AT ok, T 38,2. Buk: ömhet McBurney, Rovsing pos, släppöm. Ej peritonit."),
              ("Lab", "LPK 14,8, CRP 46, u-sticka neg."),
              ("Bedömning", "Susp. appendicit. Kirjour kontaktad, fastande, dropp, UL buk imorgon bitti.")],
         must=["NL102"], must_not=[],
         why="'Susp. appendicit' in the Bedömning of a night-time ER note"),

    dict(case="akut-fragetecken-le-dt-angio",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_medakut_nal",
         au=("Emma Sundqvist", "läkare"), pnr="19770811-2243",
         t="2024-02-02T01:25:00", signed="2024-02-02T02:00:00", setting="akut",
         sec=[("Bedömning", "Dyspné + pleuritsm hö sen 2 d. Sat 91 % RA, puls 112, AF 24. P-piller. "
                            "D-dimer 2,1. Wells 6. ?LE → DT-angio beställd, Fragmin 1 dos i väntan.")],
         must=["NL102"], must_not=[],
         why="prefixed question mark '?LE' as the working diagnosis"),

    dict(case="akut-dd-pankreatit-ulcus-aaa-utkast",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_akut_hbg",
         au=("Mikael Jönsson", "läkare"), pnr="19590224-3590",
         t="2024-06-30T23:15:00", signed=None, setting="akut",
         sec=[("Bedömning", "Epigastriesm → rygg sedan kl 22, kräkt x3. BT 105/60, buken spänd. "
                            "Lipas 4x ref. DD: pankreatit / perf. ulcus / rupt. AAA. DT buk akut, kirjour larmad.")],
         must=["NL102"], must_not=[],
         why="unsigned draft with a 'DD:' list of diagnoses separated by slashes"),

    dict(case="akut-nstemi-kan-ej-uteslutas-0405",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_akut_molndal",
         au=("Tomas Engström", "läkare"), pnr="19521117-5194",
         t="2024-12-01T04:05:00", signed="2024-12-01T04:30:00", setting="akut",
         sec=[("Anamnes", "Tryck över bröstet 40 min i vila, nu smärtfri."),
              ("Bedömning", "EKG: ST-sänkn V4–V6 0,5 mm. hsTnT 38 → nytt prov kl 05. "
                            "NSTEMI kan ej uteslutas. ASA 300 mg givet, tele-övervakn.")],
         must=["NL102"], must_not=[],
         why="'kan ej uteslutas' keeps NSTEMI open: uncertain, not negated"),

    dict(case="barn-trol-viral-ge-6ar",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_barnakut_lund",
         au=("Lisa Kronqvist", "läkare"), pnr="20170322-2024",
         t="2024-01-28T20:30:00", signed="2024-01-28T20:55:00", setting="akut",
         sec=[("Bedömning", "Kräkts x6, lös avf x4 sen igår, storebror likadan. AT gott, lätt torra slh, "
                            "kap.återfyllnad <2 s. Trol. viral GE. Vätsketrappa ok, hem m råd. Åter v. försämring.")],
         must=["NL102"], must_not=[],
         why="child under 13 (guardian reads): 'Trol. viral GE'"),

    dict(case="akut-pneumoni-fragetecken-2350",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_akut_ystad",
         au=("Stefan Håkansson", "läkare"), pnr="19380704-3637",
         t="2024-12-07T23:50:00", signed="2024-12-08T00:20:00", setting="akut",
         sec=[("Status", "Krepitationer hö basalt, AF 26, T 39,1."),
              ("Bedömning", "Hosta, feber sen 4 d, frossa. CRP 180. Pneumoni? Rtg pulm beställd, odl x2, "
                            "bensyl-PC 3 g x3.")],
         must=["NL102"], must_not=[],
         why="suffix question mark 'Pneumoni?'"),

    dict(case="inf-ev-borrelia-em",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_inf_ostra",
         au=("Jonas Fredriksson", "läkare"), pnr="19830619-4138",
         t="2024-07-10T10:00:00", signed="2024-07-10T10:12:00", setting="öppenvård",
         sec=[("Bedömning", "Fästingbett för 2 v, nu rodnad 8 cm runt bettstället m central uppklarning. "
                            "ev. borrelia – Kåvepenin 1 g x3 i 10 d, ingen serologi.")],
         must=["NL102"], must_not=[],
         why="'ev. borrelia': eventual diagnosis"),

    dict(case="akut-sannolikt-tia-ksd",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_akut_ksd",
         au=("Marie Olofsson", "läkare"), pnr="19500910-1329",
         t="2024-08-03T16:45:00", signed="2024-08-03T17:20:00", setting="akut",
         sec=[("Bedömning", "Övergående talsvårigheter + hö armsvaghet ca 20 min, helt regr. v. ankomst. "
                            "ABCD2 5. DT hjärna ua. Sannolikt TIA. Inl. strokeenh., ASA + statin, UL carotis.")],
         must=["NL102"], must_not=[],
         why="'Sannolikt TIA' after a normal CT"),

    dict(case="akut-english-ro-sah-0040",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_akut_su",
         au=("Daniel Mattsson", "läkare"), pnr="19850114-6404",
         t="2024-03-30T00:40:00", signed="2024-03-30T01:05:00", setting="akut",
         sec=[("Bedömning", "Thunderclap HA 23.40, NRS 10/10, kräkt x1. Lätt nackstel, ingen fokalneurologi. "
                            "r/o SAH → CT brain stat, LP if neg.")],
         must=["NL102"], must_not=[],
         why="English 'r/o SAH' (rule out): SAH is still open"),

    dict(case="akut-likely-cellulitis-dd-dvt",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_orto_hlm",
         au=("Ahmad Karimi", "läkare"), pnr="19680812-5873",
         t="2024-07-21T21:10:00", signed="2024-07-21T21:35:00", setting="akut",
         sec=[("Bedömning", "Rodnad, värme, svullnad hö underben, skarp gräns, T 38,6. Bed.: likely cellulitis, "
                            "DD DVT – UL ben imorgon. Heracillin 1 g x3.")],
         must=["NL102"], must_not=[],
         why="mixed English/Swedish 'Likely cellulitis, DD DVT'"),

    dict(case="medakut-troligen-pyelonefirt-typo",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_medakut_nal",
         au=("Emma Sundqvist", "läkare"), pnr="19910525-3406",
         t="2024-10-26T02:15:00", signed="2024-10-26T02:45:00", setting="akut",
         sec=[("Bedömning", "Feber 39,4, frossa, dunköm hö njurloge. U-sticka nitrit+, LPK+. CRP 160. "
                            "Troligen pyelonefirt, odl tagna, Ceftriaxon 2 g iv.")],
         must=["NL102"], must_not=[],
         why="typo in the diagnosis ('pyelonefirt') after 'Troligen'"),

    dict(case="kir-misstank-kolecystit-typo",
         rs="skane", sys="Melior", tpl="Inskrivningsanteckning", unit="s_kiravd_hbg",
         au=("Niklas Ohlsson", "läkare"), pnr="19690117-2962",
         t="2024-04-19T22:05:00", signed="2024-04-19T22:30:00", setting="slutenvård",
         sec=[("Bedömning", "Sm hö arcus sen middag, fet mat. Murphy pos. CRP 88, leverlab ua. "
                            "misstänk kolecystit → UL lever/gall imorgon, fastande, Tazocin.")],
         must=["NL102"], must_not=[],
         why="typo 'misstänk' for misstänkt"),

    dict(case="barn-fragetecken-invagination-2ar",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_barnakut_dsbus",
         au=("Johanna Blom", "läkare"), pnr="20220415-1134",
         t="2024-11-03T19:20:00", signed="2024-11-03T19:45:00", setting="akut",
         sec=[("Bedömning", "Periodvisa skrikattacker sen em, drar upp benen, blek mellan. Kräkt x2. "
                            "Buk: resistens hö övre kvadrant? ?invagination → UL buk akut, barnkir info.")],
         must=["NL102"], must_not=[],
         why="child under 13: '?invagination'"),

    dict(case="psyk-trol-bipolar-dd-emot-instab",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_psyk_lund",
         au=("Dragan Petrović", "läkare"), pnr="19960728-4586",
         t="2024-02-13T15:00:00", signed="2024-02-13T15:40:00", setting="psykiatrisk öppenvård",
         sec=[("Bedömning", "Återkommande depr. episoder + perioder m minskat sömnbehov, impulsköp, "
                            "'full fart' 4–5 d. Ingen psykos. Trol. bipolär typ II, DD emot. instab. PS."),
              ("Planering", "Livsdiagram + MDQ t. nästa besök, avvaktar stämningsstab.")],
         must=["NL102"], must_not=[],
         why="psychiatry: 'Trol. bipolär typ II, DD emot. instab. PS'"),

    dict(case="med-misst-temporalisarterit-utkast",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_med_skovde",
         au=("Henrik Björk", "läkare"), pnr="19470830-2643",
         t="2024-09-05T11:30:00", signed=None, setting="öppenvård",
         sec=[("Bedömning", "Tinningshuvudvärk hö 3 v, tuggclaudicatio, SR 88, CRP 61. Misst. temporalisarterit. "
                            "Prednisolon 60 mg start idag, bx a. temporalis v. kärlkir inom 1 v.")],
         must=["NL102"], must_not=[],
         why="unsigned draft: 'Misst. temporalisarterit'"),

    dict(case="orto-kan-ej-utesl-kauda-equina-0235",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_orto_malmo",
         au=("Patrik Wikström", "läkare"), pnr="19790202-3758",
         t="2024-02-25T02:35:00", signed="2024-02-25T03:00:00", setting="akut",
         sec=[("Bedömning", "Ryggsm + bil. ischias sen igår, ny urinretention (blåsscan 650 ml), nedsatt sens "
                            "ridbyxområdet. Kan ej utesl. kauda equina → akut MR ländrygg, ryggjour info.")],
         must=["NL102"], must_not=[],
         why="abbreviated 'Kan ej utesl.' with misspelt 'kauda equina'"),

    dict(case="geri-diffdiagnostiskt-pmr",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_geri_molndal",
         au=("Kerstin Aronsson", "läkare"), pnr="19440512-5263",
         t="2024-10-29T14:30:00", signed="2024-10-29T14:58:00", setting="öppenvård",
         sec=[("Bedömning", "Stelhet skuldror + höfter, värst morgon >1 h. SR 54. Diff.diagnostiskt: "
                            "polymyalgia reumatica, sen-debuterad RA. Reuma-serologi, pred-test 15 mg.")],
         must=["NL102"], must_not=[],
         why="'Diff.diagnostiskt:' followed by two candidate diagnoses"),

    dict(case="orto-latin-susp-fractura-colli-0350",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_akut_hbg",
         au=("Mikael Jönsson", "läkare"), pnr="19310905-1866",
         t="2024-01-09T03:50:00", signed="2024-01-09T04:20:00", setting="akut",
         sec=[("Status", "Vä ben förkortat + utåtroterat."),
              ("Röntgen", "Rtg bäcken: ingen säker fraktur."),
              ("Bedömning", "Fall i hemmet i natt, kan ej stå. Susp. fractura colli femoris sin. → DT höft, "
                            "fastande, fascia iliaca-blockad.")],
         must=["NL102"], must_not=[],
         why="Latin 'Susp. fractura colli femoris sin.' after an inconclusive X-ray"),

    dict(case="kirop-opfynd-trol-meckel",
         rs="vgr", sys="Melior", tpl="Operationsberättelse", unit="v_kirop_ostra",
         au=("Gustav Lindh", "läkare"), pnr="20080113-3216",
         t="2024-05-19T18:40:00", signed="2024-05-19T19:10:00", setting="slutenvård",
         sec=[("Op-fynd", "Lap. Ej appendicit, app. normal. 60 cm prox. valvula Bauhini: inflammerat divertikel."),
              ("Bedömning", "Trol. Meckels divertikel. Tunntarmsresektion 8 cm, handsydd anast. PAD.")],
         must=["NL102"], must_not=[],
         why="surgeon's op note: 'Trol. Meckels divertikel' awaiting PAD, 16-year-old"),

    dict(case="med-lang-inskrivning-misst-hjartsvikt",
         rs="skane", sys="Melior", tpl="Inskrivningsanteckning", unit="s_medavd_ystad",
         au=("Stefan Håkansson", "läkare"), pnr="19390427-2469",
         t="2024-03-18T21:20:00", signed="2024-03-18T22:05:00", setting="slutenvård",
         sec=[("Kontaktorsak", "Tilltagande andfåddhet 1 v, nu vid påklädning. Svullna ben."),
              ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer sedan 2019, Eliquis. Gråstarr-op bil. "
                                     "Ingen känd KOL."),
              ("Läkemedel", "Eliquis 5 mg x2, Amlodipin 5 mg, Bisoprolol 2,5 mg, Alvedon vb."),
              ("Socialt", "Änka, bor ensam i lgh m hiss. Hemtjänst 1 ggr/v städ. Dottern i Malmö."),
              ("Status", "AT påverkat av dyspné, talar hela meningar. AF 24, sat 92 % RA, BT 162/94, "
                         "oregelbunden puls 104. Cor: oregelbunden rytm, inga blåsljud. Pulm: krepitationer "
                         "basalt bil. Buk: mjuk, ua. Ben: pittingödem upp t. knäna bil. Ingen vadömhet."),
              ("Lab", "Hb 121, CRP 8, krea 104, K 4,1, NT-proBNP 4800, TnT 19."),
              ("EKG", "FF 100, ingen ischemi."),
              ("Rtg", "Rtg pulm: hjärtförstoring, stasbild, små pleuravätskor bil. Ingen pneumoni."),
              ("Bedömning", "Dekompenserad, misst. hjärtsvikt m bevarad EF? Ingen infektion, ingen ischemi, "
                            "ingen LE-misstanke (Wells låg)."),
              ("Planering", "Furix 40 mg iv x2, vikt dagl., vätskelista. Eko imorgon. Tele. "
                            "Kontroll krea/K imorgon.")],
         must=["NL102"], must_not=[],
         why="long admission note full of negations; one hedged 'misst. hjärtsvikt' in Bedömning"),

    dict(case="med-fragetecken-celiaki-jarnbrist",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_med_trelleborg",
         au=("Hanna Friberg", "läkare"), pnr="20000918-4029",
         t="2024-06-14T09:20:00", signed="2024-06-14T09:36:00", setting="öppenvård",
         sec=[("Provsvar", "Hb 104, ferritin 5. tTG-IgA 28 (ref <7)."),
              ("Bedömning", "Järnbrist + lös avf. ?celiaki → gastroskopi m duod.bx, glutenkost t. dess.")],
         must=["NL102"], must_not=[],
         why="'?celiaki' after a raised tTG, biopsy still pending"),

    dict(case="akut-trol-uretarsten-ho",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_akut_skovde",
         au=("Andreas Nyberg", "läkare"), pnr="19800605-2958",
         t="2024-08-24T05:10:00", signed="2024-08-24T05:30:00", setting="akut",
         sec=[("Bedömning", "Kolikartad flanksm hö → ljumske, orolig, kräkn. U-sticka blod 3+. "
                            "Trol. uretärsten hö. Voltaren 50 mg, DT njurar u. kontrast imorgon.")],
         must=["NL102"], must_not=[],
         why="'Trol. uretärsten' before the CT"),

    # ===================== NL102 near misses =============================================
    dict(case="akut-rtg-ingen-pneumoni-postinf-hosta",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_akut_malmo",
         au=("Jakob Holm", "läkare"), pnr="19620813-3824",
         t="2024-11-18T14:25:00", signed="2024-11-18T14:40:00", setting="akut",
         sec=[("Bedömning", "Hosta 2 v, afebril, sat 97 %. Rtg pulm f.s.s.: ingen pneumoni, ingen pleuravätska. "
                            "Postinfektiös hosta. Hem, åter v. feber.")],
         must=[], must_not=["NL102"],
         why="negated 'ingen pneumoni' plus an established diagnosis"),

    dict(case="vgr-ul-ej-tecken-pa-dvt-gastrocnemius",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_akut_ostra",
         au=("Linda Ahlström", "läkare"), pnr="19861122-4372",
         t="2024-05-27T19:00:00", signed="2024-05-27T19:22:00", setting="akut",
         sec=[("Bedömning", "Plötslig sm vä vad under padel. UL vä ben: ej tecken på DVT. "
                            "Partiell bristning med. gastrocnemius. Kryckor, Alvedon.")],
         must=[], must_not=["NL102"],
         why="'ej tecken på DVT' negated; the rupture is established"),

    dict(case="barn-inga-hallpkt-apendicit-typo",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_barnakut_lund",
         au=("Lisa Kronqvist", "läkare"), pnr="20140610-5914",
         t="2024-03-09T18:35:00", signed="2024-03-09T18:50:00", setting="akut",
         sec=[("Bedömning", "Buksm runt naveln, ingen feber, äter. Us: buk mjuk, ej släppöm. CRP <5, LPK 7. "
                            "Inga hållpkt för apendicit. Obstipation → Movicol, hem.")],
         must=[], must_not=["NL102"],
         why="typo 'apendicit' inside a negation 'Inga hållpkt för'; child under 13"),

    dict(case="neuro-hereditet-far-ev-ms-migran",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_neuro_boras",
         au=("Marcus Hedlund", "läkare"), pnr="19930206-3525",
         t="2024-02-06T10:20:00", signed="2024-02-06T10:45:00", setting="öppenvård",
         sec=[("Hereditet", "Far ev. MS (aldrig utredd), mor DM2, bror ?celiaki."),
              ("Bedömning", "Migrän utan aura, 3–4 anfall/mån. Sumatriptan 50 mg vb.")],
         must=[], must_not=["NL102"],
         why="hedges only in family history"),

    dict(case="med-tidigare-misst-epilepsi-avskrevs",
         rs="skane", sys="Melior", tpl="Läkaranteckning", unit="s_med_hbg",
         au=("Johanna Lilja", "läkare"), pnr="19900411-1895",
         t="2024-07-02T13:40:00", signed="2024-07-02T13:55:00", setting="öppenvård",
         sec=[("Tidigare sjukdomar", "2017 utr. f. misst. epilepsi, avskrevs efter EEG/MR. "
                                     "2020 susp. borrelia, beh. m doxy."),
              ("Bedömning", "Vasovagal synkope v. venprovtagning. Ingen vidare utr.")],
         must=[], must_not=["NL102"],
         why="hedged diagnoses are past history; the current one is settled"),

    dict(case="vgr-erysipelas-trol-hem-imorgon-ev-ab",
         rs="vgr", sys="Melior", tpl="Daganteckning", unit="v_infavd_ostra",
         au=("Cecilia Wahl", "läkare"), pnr="19550930-2583",
         t="2024-09-27T11:15:00", signed="2024-09-27T11:20:00", setting="slutenvård",
         sec=[("Bedömning", "Erysipelas hö underben, avgränsat, CRP 140→62, afebril. "
                            "Trol. hem imorgon, ev. ÅB vc om 1 v f. sårkontroll.")],
         must=[], must_not=["NL102"],
         why="'trol.' and 'ev.' hedge discharge and follow-up, not a diagnosis"),

    dict(case="th-mall-skane-susp-ftd-make-beskriver",
         rs="skane", sys="Melior", tpl="Tidiga hypoteser", unit="s_minne_lsk",
         au=("Gunnar Ek", "läkare"), pnr="19550314-4346",
         t="2024-10-10T16:10:00", signed="2024-10-10T16:25:00", setting="öppenvård",
         sec=[("Bedömning", "Susp. frontotemporal demens? Make beskriver personlighetsförändring, "
                            "taktlöshet, sötsug sen 1 år. Remiss neuropsyk. + FDG-PET.")],
         must=[], must_not=["NL102"],
         why="Skåne: hedged dementia kept in the protected Tidiga hypoteser template"),

    dict(case="vgr-th-sokord-psykos-ovrigt-rent-utkast",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_psyk_nal",
         au=("Rebecka Strand", "läkare"), pnr="20050117-1870",
         t="2024-04-23T14:45:00", signed=None, setting="psykiatrisk öppenvård",
         sec=[("Aktuellt", "Sömnsvårigheter, drar sig undan, slutat m fotboll. Mamma orolig, följer med."),
              ("Status", "Vaken, orienterad. Affektivt avflackad, svarar kort. Ingen suicidalitet, "
                         "förnekar hallucinationer."),
              ("Tidiga hypoteser", "Misst. begynnande psykos, DD schizotyp PS. Ej tagit upp m pat."),
              ("Planering", "Nytt besök 2 v, PANSS + PRIME. Kontakt m mamma efter pat ok.")],
         must=[], must_not=["NL102"],
         why="unsigned draft, VGR: the hedged hypothesis sits only under sökord Tidiga hypoteser"),

    dict(case="pmo-vc-trol-aom-3ar",
         rs="skane", sys="PMO", tpl="Läkarbesök", unit="s_vc_linero",
         au=("Sven Gunnarsson", "läkare"), pnr="20200226-1291",
         t="2024-01-16T10:45:00", signed="2024-01-16T10:58:00", setting="primärvård",
         sec=[("Bedömning", "Öronvärk hö sen natten, T 38,5. Otoskopi: hö TH rodnad, buktande. "
                            "Trol. AOM hö. PcV mixt 5 d.")],
         must=[], must_not=["NL102"],
         why="PMO: hedged diagnosis never shown, never NL102"),

    dict(case="pmo-ssk-tel-fragetecken-uvi",
         rs="skane", sys="PMO", tpl="Telefonkontakt", unit="s_vc_kirseberg",
         au=("Malin Sjögren", "sjuksköterska"), pnr="19880730-3444",
         t="2024-05-07T08:05:00", signed="2024-05-07T08:09:00", setting="primärvård",
         sec=[("Telefonkontakt", "Sveda v. miktion 2 d, täta trängn. Ej feber/flanksm. ?UVI → "
                                 "u-sticka + odl på vc imorgon 08.15.")],
         must=[], must_not=["NL102"],
         why="PMO phone note: '?UVI' is not NL102"),

    dict(case="pmo-gp-dd-ibs-celiaki",
         rs="skane", sys="PMO", tpl="Läkarbesök", unit="s_vc_sjobo",
         au=("Kristoffer Månsson", "läkare"), pnr="19970918-6713",
         t="2024-08-12T15:45:00", signed="2024-08-12T15:58:00", setting="primärvård",
         sec=[("Bedömning", "Lös avf + uppblåsthet 6 mån, ingen viktnedg, inget blod. Status ua. "
                            "DD IBS / celiaki – tTG-IgA, Hb, ferritin. ÅB tel 2 v.")],
         must=[], must_not=["NL102"],
         why="GP note in PMO with a DD list: PMO never shows diagnoses"),

    dict(case="vgr-misstanke-scafoid-avskriven-mr",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_orto_alingsas",
         au=("Per Olsson", "läkare"), pnr="20030702-3119",
         t="2024-06-20T09:50:00", signed="2024-06-20T10:05:00", setting="öppenvård",
         sec=[("Bedömning", "Fall på utsträckt hand för 10 d. Öm fossa tabatière. MR: misstanke om "
                            "scafoideumfraktur avskriven, endast benmärgsödem. Gips av, rörelseträning.")],
         must=[], must_not=["NL102"],
         why="the suspicion was dismissed ('avskriven'): negated, not uncertain"),

    dict(case="vgr-ej-susp-for-acs-muskuloskeletal",
         rs="vgr", sys="Melior", tpl="Akutanteckning", unit="v_akut_skovde",
         au=("Andreas Nyberg", "läkare"), pnr="19710409-5323",
         t="2024-12-03T16:20:00", signed="2024-12-03T16:35:00", setting="akut",
         sec=[("Bedömning", "Stickande sm vä bröstkorg v. rörelse, palpöm costae 4–5. EKG ua, TnT <5 x2. "
                            "Ej susp. för ACS. Muskuloskeletal bröstsmärta, NSAID.")],
         must=[], must_not=["NL102"],
         why="'Ej susp. för ACS' negates the suspicion"),

    dict(case="geri-kotkompression-hemgang-fragetecken",
         rs="skane", sys="Melior", tpl="Daganteckning", unit="s_geri_malmo",
         au=("Birgitta Nyström", "läkare"), pnr="19360117-2046",
         t="2024-02-22T12:30:00", signed="2024-02-22T12:40:00", setting="slutenvård",
         sec=[("Bedömning", "Osteoporotisk kotkompression L1, verif. rtg. NRS 6 trots Oxynorm."),
              ("Planering", "Hemgång imorgon? Beror på smärtlindr. + fysio-bed.")],
         must=[], must_not=["NL102"],
         why="the question mark is about discharge; the diagnosis is verified"),

    dict(case="vgr-dm2-ev-statin-vid-ab",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_med_lidkoping",
         au=("Ingela Fransson", "läkare"), pnr="19661025-1636",
         t="2024-11-26T10:10:00", signed="2024-11-26T10:20:00", setting="öppenvård",
         sec=[("Bedömning", "DM2 + hyperkolesterolemi, LDL 3,9, HbA1c 52. "
                            "Ev. insättning av statin v. ÅB efter ny lipidstatus.")],
         must=[], must_not=["NL102"],
         why="'Ev.' hedges a medication start, not a diagnosis"),

    dict(case="lungavd-english-no-signs-pneumonia-discharge",
         rs="skane", sys="Melior", tpl="Daganteckning", unit="s_lungavd_lund",
         au=("Tobias Larsson", "läkare"), pnr="19501208-6491",
         t="2024-01-31T09:15:00", signed="2024-01-31T09:25:00", setting="slutenvård",
         sec=[("Bedömning", "KOL-exacerbation, improving. No signs of pneumonia on CXR. "
                            "?discharge tmrw if sat >90 % on RA.")],
         must=[], must_not=["NL102"],
         why="English negation 'No signs of pneumonia'; '?' concerns discharge"),

    dict(case="medakut-dvt-fragetecken-nej-ul-neg",
         rs="skane", sys="Melior", tpl="Akutanteckning", unit="s_med_ksd",
         au=("Marie Olofsson", "läkare"), pnr="19580829-3038",
         t="2024-07-25T20:50:00", signed="2024-07-25T21:05:00", setting="akut",
         sec=[("Bedömning", "Svullnad vä ankel efter flygresa. DVT? – nej, UL vä ben neg. "
                            "Ödem pga värme/stillasittande, stödstrumpor.")],
         must=[], must_not=["NL102"],
         why="'DVT? – nej' answers the question in the negative"),

    dict(case="pmo-utkast-misst-pneumoni-doxy",
         rs="skane", sys="PMO", tpl="Läkarbesök", unit="s_vc_hoor",
         au=("Leif Andersson", "läkare"), pnr="19490303-2573",
         t="2024-10-14T11:20:00", signed=None, setting="primärvård",
         sec=[("Bedömning", "Hosta, T 38,8, CRP 96, dämpning hö bas. Misst. pneumoni, Doxyferm 10 d. "
                            "Rtg om ej bättre på 3 d.")],
         must=[], must_not=["NL102"],
         why="unsigned PMO draft: hedged diagnosis in PMO is never NL102"),

    dict(case="vgr-kand-epilepsi-ev-utsattning",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_neuro_boras",
         au=("Marcus Hedlund", "läkare"), pnr="19860514-2861",
         t="2024-09-17T14:10:00", signed="2024-09-17T14:30:00", setting="öppenvård",
         sec=[("Bedömning", "Känd epilepsi sedan 2010 (fokal, tinning vä), anfallsfri 6 år på Lamictal 200 mg. "
                            "Ev. utsättning diskuteras inför grav.önskan. EEG beställt.")],
         must=[], must_not=["NL102"],
         why="known epilepsy; 'Ev.' is about stopping the drug"),

    dict(case="barn-slakt-pappa-trol-adhd-enures",
         rs="vgr", sys="Melior", tpl="Läkaranteckning", unit="v_barnmott_skovde",
         au=("Sara Eklund", "läkare"), pnr="20160409-4159",
         t="2024-04-30T13:00:00", signed="2024-04-30T13:15:00", setting="öppenvård",
         sec=[("Hereditet", "Bror autism, pappa trol. ADHD (ej utredd)."),
              ("Bedömning", "Enuresis nocturna primär, inga dagsymtom. Larmbeh + blåsdagbok.")],
         must=[], must_not=["NL102"],
         why="child under 13: the hedge is about the father (family history)"),
]

# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------
def first_of_next_month(ts):
    d = datetime.fromisoformat(ts).date()
    if d.month == 12:
        return "2024-12-31T23:59:00"
    return date(d.year, d.month + 1, 1).isoformat() + "T00:00:00"


def build_record(c):
    uname, hsa = UNITS[c["unit"]]
    pnr = c["pnr"]
    birth = "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8])
    last = max([c["t"]] + ([c["signed"]] if c["signed"] else []))
    note = {
        "id": "n1",
        "system": c["sys"],
        "template": c["tpl"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": c["au"][0], "role": c["au"][1]},
        "time": c["t"],
        "signed": c["signed"],
        "setting": c["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in c["sec"]],
    }
    return {
        "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
        "as_of": first_of_next_month(last),
        "notes": [note],
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }


def build():
    out = []
    for c in CASES:
        out.append({
            "case": c["case"],
            "ruleset": c["rs"],
            "record": build_record(c),
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return out


# ---------------------------------------------------------------------------------------
# Validate
# ---------------------------------------------------------------------------------------
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
SPEC_KEYS = {"case", "rs", "sys", "tpl", "unit", "au", "pnr", "t", "signed", "setting",
             "sec", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
PNR = re.compile(r"^(\d{8})-(\d{4})$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HSA = re.compile(r"^SE2321000(255|131)-[A-Z0-9]{4,6}$")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_at(birth, when):
    a = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        a -= 1
    return a


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases, rows):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case", "?")
        if set(c) != SPEC_KEYS:
            errs.append("%s: spec keys %s" % (n, sorted(set(c) ^ SPEC_KEYS)))
            continue
        if not NAME_RE.match(n):
            errs.append("%s: case name not kebab-case" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["rs"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %r" % (n, c["rs"]))
        if c["sys"] not in ("Melior", "PMO"):
            errs.append("%s: system %r" % (n, c["sys"]))
        if c["rs"] == "vgr" and c["sys"] != "Melior":
            errs.append("%s: VGR cases are Melior" % n)
        if c["unit"] not in UNITS:
            errs.append("%s: unknown unit %s" % (n, c["unit"]))
        else:
            hsa = UNITS[c["unit"]][1]
            if not HSA.match(hsa):
                errs.append("%s: bad HSA-id %s" % (n, hsa))
            if (c["rs"] == "skane") != hsa.startswith("SE2321000255"):
                errs.append("%s: HSA-id region mismatch %s" % (n, hsa))
        m = PNR.match(c["pnr"])
        if not m:
            errs.append("%s: pnr format %s" % (n, c["pnr"]))
            continue
        ten = m.group(1)[2:] + m.group(2)
        if not luhn_ok(ten):
            errs.append("%s: pnr check digit wrong %s" % (n, c["pnr"]))
        try:
            birth = date(int(m.group(1)[:4]), int(m.group(1)[4:6]), int(m.group(1)[6:8]))
        except ValueError:
            errs.append("%s: pnr date invalid %s" % (n, c["pnr"]))
            continue
        for key in ("t", "signed"):
            v = c[key]
            if v is None and key == "signed":
                continue
            if not ISO.match(v):
                errs.append("%s: %s not ISO %r" % (n, key, v))
                continue
            if not v.startswith("2024-"):
                errs.append("%s: %s not in 2024" % (n, key))
        if c["signed"] and c["signed"] < c["t"]:
            errs.append("%s: signed before written" % n)
        t = datetime.fromisoformat(c["t"])
        if birth > t.date():
            errs.append("%s: born after note" % n)
        a = age_at(birth, t.date())
        if 13 <= a <= 15:
            errs.append("%s: patient aged %d (13-15 not allowed)" % (n, a))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        for code in c["must"] + c["must_not"]:
            if code not in CODES:
                errs.append("%s: unexpected code %s" % (n, code))
        if set(c["must"]) & set(c["must_not"]):
            errs.append("%s: code in must and must_not" % n)
        if len(set(c["must"])) != len(c["must"]) or len(set(c["must_not"])) != len(c["must_not"]):
            errs.append("%s: duplicate code" % n)
        if c["sys"] == "PMO":
            if "NL101" in c["must"] + c["must_not"]:
                errs.append("%s: NL101 is not asserted on PMO" % n)
            if "NL102" in c["must"]:
                errs.append("%s: NL102 never must on PMO" % n)
        protected_note = c["rs"] == "skane" and c["tpl"] in PROTECTED_TEMPLATES_SKANE
        if protected_note and (c["must"]):
            errs.append("%s: must on a protected-template note" % n)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        if not c["sec"]:
            errs.append("%s: no sections" % n)
        for k, txt in c["sec"]:
            if not k or not txt.strip():
                errs.append("%s: empty section" % n)
            for s in sentences(txt):
                if s in seen_sent and seen_sent[s] != n:
                    errs.append("%s: sentence repeated from %s: %r" % (n, seen_sent[s], s))
                elif s in seen_sent:
                    errs.append("%s: sentence repeated in case: %r" % (n, s))
                seen_sent[s] = n
    # shape of the written rows
    for r in rows:
        n = r.get("case", "?")
        if set(r) != CASE_KEYS:
            errs.append("%s: row keys" % n)
        rec = r["record"]
        if set(rec) != RECORD_KEYS or set(rec["patient"]) != PATIENT_KEYS:
            errs.append("%s: record keys" % n)
        ids = {note["id"] for note in rec["notes"]}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            if note["time"] > rec["as_of"]:
                errs.append("%s: as_of before note" % n)
            if note["signed"] and note["signed"] > rec["as_of"]:
                errs.append("%s: as_of before signing" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        for lst in ("must", "must_not"):
            for code, target in r[lst]:
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
        pid = rec["patient"]["id"]
        if pid[:8] != rec["patient"]["birth_date"].replace("-", ""):
            errs.append("%s: birth_date does not match pnr" % n)
    pnrs = [c["pnr"] for c in cases]
    if len(set(pnrs)) != len(pnrs):
        errs.append("duplicate personnummer across cases")
    return errs


def counts(rows):
    res = {}
    for r in rows:
        for lst in ("must", "must_not"):
            for code, _ in r[lst]:
                res.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    return res


def main():
    rows = build()
    errs = validate(CASES, rows)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = counts(rows)
    print("%d cases -> %s" % (len(rows), OUT))
    for code in sorted(c):
        print("  %s must=%d must_not=%d" % (code, c[code]["must"], c[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
