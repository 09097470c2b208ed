#!/usr/bin/env python3
"""nl1_heldout8: held-out gold cases for NL101 / NL102 (Swedish clinical notes).

Dependency-free and deterministic: `python3 build.py` writes nl1_heldout8_cases.jsonl
beside this file and validates it (exit 1 on any problem).
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1_heldout8"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + "_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7A31"),
    "s_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-4K18"),
    "s_med_ksd": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-2M09"),
    "s_neuro_mlm": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6N44"),
    "s_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6N12"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3H27"),
    "s_ogon_mlm": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8O03"),
    "s_onh_hbg": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-5E61"),
    "s_barn_lund": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1B50"),
    "s_akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-9Y14"),
    "s_uro_mlm": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4U72"),
    "s_kvk_ksd": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-2K88"),
    "s_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3R05"),
    "s_inf_mlm": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7I36"),
    "s_kard_hbg": ("Kardiologiska kliniken, Helsingborgs lasarett", "SE2321000255-5C19"),
    "s_ger_mlm": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8G40"),
    "s_endo_mlm": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1E93"),
    "s_orto_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-6O58"),
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3L77"),
    "s_hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-9H21"),
    "s_med_tbg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-2T66"),
    # Region Skåne, PMO (primary care)
    "s_vc_eslov": ("Vårdcentralen Tåbelund Eslöv", "SE2321000255-P1142"),
    "s_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P2207"),
    "s_bvc_hoor": ("BVC Höör", "SE2321000255-P3318"),
    "s_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P4425"),
    "s_hsv_tbg": ("Hemsjukvården Trelleborg", "SE2321000255-P5536"),
    # Västra Götalandsregionen, Melior
    "v_med_su": ("Medicinkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E11204"),
    "v_onk_su": ("Onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E22871"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E30458"),
    "v_barn_dsbus": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E41937"),
    "v_kir_sas": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E52016"),
    "v_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E63380"),
    "v_orto_sks": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E74429"),
    "v_kvk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E85573"),
    "v_uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E96645"),
    "v_ogon_mdl": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E17762"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E28814"),
    "v_onh_udd": ("Öron-näsa-hals-mottagningen, Uddevalla sjukhus", "SE2321000131-E39927"),
    "v_kard_ali": ("Medicin- och hjärtmottagningen, Alingsås lasarett", "SE2321000131-E40031"),
    "v_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E51148"),
    "v_ger_kung": ("Geriatrik och rehabilitering, Kungälvs sjukhus", "SE2321000131-E62259"),
    "v_reuma_sks": ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E73361"),
    "v_psyk_su": ("Psykiatrisk öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E84472"),
    "v_endo_sas": ("Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E95583"),
    "v_lung_udd": ("Lungmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E16694"),
    "v_hem_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E27705"),
    "v_gen_su": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E38816"),
    "v_ven_su": ("Venereologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E49927"),
    "v_njur_su": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E50038"),
    "v_gastro_su": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E61149"),
}

CASES = []


def case(name, rs, unit, tpl, author, role, time, signed, setting, born, sections,
         must=(), must_not=(), why="", system=None):
    """signed: minutes after `time`, or None for an unsigned draft."""
    if system is None:
        system = "PMO" if unit.split("_")[1] in ("vc", "bvc", "um", "hsv") else "Melior"
    CASES.append(dict(name=name, rs=rs, unit=unit, tpl=tpl, author=author, role=role,
                      time=time, signed=signed, setting=setting, born=born,
                      sections=sections, must=list(must), must_not=list(must_not),
                      why=why, system=system))


S, V = "skane", "vgr"
L = "Läkaranteckning"
TH = "Tidiga hypoteser"

# =====================================================================
# NL101 must: a diagnosis/finding the patient has not been told, visible
# =====================================================================
case("nl101-pankreascancer-levermetastaser-besked-vid-aterbesok", S, "s_onk_lund", L,
     "Henrik Sjöstrand", "läkare", "2024-03-06 10:15", 65, "öppenvård", "1955-09-14", [
        ("Aktuellt", "68-årig man med ikterus sedan tre veckor, klåda och viktnedgång 7 kg. Remitterad från kirurgen efter ERCP med stentinläggning 28/2."),
        ("Status", "AT: gott, lätt ikterisk. Cor: RR, 72/min. Pulm: ua. Buk: mjuk, lätt öm i epigastriet, ingen palpabel resistens. Lgl: ej förstorade supraklavikulärt."),
        ("Lab", "Bilirubin 86 (från 210), ALP 9,4, CA 19-9 1450. Hb 118, CRP 14."),
        ("Bedömning", "Cytologiskt verifierat adenocarcinom i pankreashuvudet med multipla levermetastaser på DT 4/3, stadium IV. Patienten är ännu inte informerad om fynden; besked lämnas av mig vid återbesöket 14/3 med hustrun närvarande."),
        ("Planering", "Återbesök 14/3 kl 13 med kontaktsjuksköterska. Diskuteras på MDK pankreas 12/3. Bilirubinkontroll på vc om en vecka."),
     ], must=["NL101"], why="verified cancer written in Bedömning with 'ännu inte informerad' (long note)")

case("nl101-glioblastom-hustru-vet-pat-ej", V, "v_neuro_su", "Daganteckning",
     "Karin Wallgren", "ST-läkare", "2024-02-12 09:40", 50, "slutenvård", "1961-05-03", [
        ("Aktuellt", "Rond. MR hjärna med kontrast: ringformigt laddande expansivitet vä temporalt med omgivande ödem, radiologiskt typiskt glioblastom. Hustrun informerad i korridoren på hennes begäran. Pat själv har ännu ej fått besked, samtal planeras i morgon med kontaktsjuksköterska."),
        ("Ordination", "Betapred 4 mg x 2, Levetiracetam 500 mg x 2."),
     ], must=["NL101"], why="relative told but the patient himself not: diagnosis visible")

case("nl101-prostatacancer-diktat-sekreterare-ej-telefonbesked", S, "s_uro_mlm", L,
     "Marie Lundh", "medicinsk sekreterare", "2024-04-03 14:20", None, "öppenvård", "1952-11-27", [
        ("Aktuellt", "Diktat dr Lindqvist. Prostatabiopsier visar Gleason 4+4=8 i sju av tolv kolvar, PSA 38. Skelettscintigrafin visar multipla metastaser i columna och bäcken. Patienten har ännu inte informerats om svaret, då han befinner sig utomlands till den 20 mars. Telefonbesked ska ej ges."),
        ("Planering", "Kallelse till läkarbesök vecka 13 skickas. MDK urologi tisdag."),
     ], must=["NL101"], why="secretary types dictation (unsigned draft); metastatic prostate cancer, patient not yet informed")

case("nl101-aml-statusrad-info-ej-given", S, "s_hem_lund", L,
     "Oskar Bengtzon", "specialistläkare", "2024-05-17 16:05", 30, "slutenvård", "1978-01-22", [
        ("Diagnos", "AML, FLT3-ITD positiv."),
        ("Information", "Info om diagnos: ej given ännu. Pat sov vid ronden, tas i eftermiddag med sambon."),
        ("Planering", "Benmärg kompletteras med cytogenetik. Induktion enligt nationellt AML-protokoll när pat är informerad."),
     ], must=["NL101"], why="copy-forward status line style: 'Info om diagnos: ej given'")

case("nl101-skivepitelcancer-bronk-typo-infomerad", V, "v_lung_udd", L,
     "Peder Alm", "överläkare", "2024-02-28 11:00", 240, "öppenvård", "1949-07-08", [
        ("Utredning", "Bronkoskopi 12/2: exofytisk tumör i hö huvudbronk. PAD: skivepitelcancer."),
        ("Bedömning", "Pat ej infomerad. Ringer pat och bokar besök i veckan."),
     ], must=["NL101"], why="typo in cue word 'infomerad'; PAD-verified lung cancer visible")

case("nl101-hocm-ej-kand-for-pat-fore-genetisk-vagledning", S, "s_kard_hbg", L,
     "Aida Hasanović", "läkare", "2024-06-11 13:30", 45, "öppenvård", "2002-03-19", [
        ("Röntgen", "UCG: asymmetrisk septumhypertrofi 22 mm med SAM och LVOT-gradient 55 mmHg i vila."),
        ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati. Pat känner ännu inte till diagnosen; inget besked förrän genetisk vägledning och hjärtteamet är bokade. Avråds tills vidare från tävlingsfotboll med hänvisning till fortsatt utredning."),
     ], must=["NL101"], why="'känner ännu inte till diagnosen' after the diagnosis; young adult")

case("nl101-als-gold-coast-samtal-med-dotter", S, "s_neuro_mlm", L,
     "Johan Ekdahl", "överläkare", "2024-04-22 15:10", 90, "öppenvård", "1957-12-02", [
        ("Utredning", "EMG: utbredd denervation och reinnervation i bulbär, cervikal och lumbosakral region."),
        ("Bedömning", "Kliniskt och neurofysiologiskt säker ALS enligt Gold Coast-kriterierna. Information till pat har inte getts, han kommer med sin dotter 2/5 och då tar jag samtalet."),
     ], must=["NL101"], why="'Information till pat har inte getts' (passive) after eponym-free motor neuron disease")

case("nl101-barn-all-varken-barn-eller-foraldrar", S, "s_barn_lund", "Inskrivningsanteckning",
     "Sofia Grahn", "läkare", "2024-01-19 12:45", 70, "slutenvård", "2017-08-30", [
        ("Anamnes", "6-årig flicka med trötthet, blåmärken och feber i två veckor."),
        ("Lab", "Hb 74, TPK 18, LPK 41 med 80 % blaster."),
        ("Bedömning", "Benmärgsprov bekräftar akut lymfatisk leukemi, pre-B-ALL. Varken barnet eller föräldrarna har fått besked än, föräldrasamtal bokat kl 15 med överläkare och kurator."),
     ], must=["NL101"], why="child under 13 (guardian reads): neither child nor guardians told")

case("nl101-brca1-genetik-svar-ej-meddelat", V, "v_gen_su", L,
     "Elin Fagerberg", "läkare", "2024-09-05 10:30", 120, "öppenvård", "1987-02-14", [
        ("Resultat", "Patogen variant i BRCA1 (c.5266dupC) påvisad, dvs anlagsbärarskap för ärftlig bröst- och äggstockscancer."),
        ("Planering", "Svaret har inte meddelats patienten. Genetisk vägledare ringer och bokar besök för muntligt besked."),
     ], must=["NL101"], why="Z-chapter genetic finding, untold statement in a separate section")

case("nl101-hiv-bekraftad-ej-underrattad", S, "s_inf_mlm", L,
     "Maja Korhonen", "läkare", "2024-10-08 08:50", 35, "öppenvård", "1993-06-21", [
        ("Lab", "HIV-1 ak/ag positiv, bekräftad med immunoblot. Virusmängd 120 000 kopior/ml, CD4 310."),
        ("Bedömning", "Nydiagnostiserad HIV-1-infektion. Pat ännu inte underrättad om provsvaret; kallas till mottagningen, besked ges muntligt av läkare tillsammans med kurator."),
     ], must=["NL101"], why="infectious disease (chapter I), 'ännu inte underrättad'")

case("nl101-hepatit-c-nas-ej-brev", V, "v_inf_ostra", "Telefonanteckning",
     "Linnea Borg", "sjuksköterska", "2024-03-27 14:05", 15, "öppenvård", "1971-10-11", [
        ("Aktuellt", "Anti-HCV pos, HCV-RNA pos, genotyp 3a. Pat har inte fått besked, nås ej på telefon trots tre försök. Brev med kallelse skickat."),
     ], must=["NL101"], why="nurse telephone note: chronic hepatitis C result not yet given")

case("nl101-lungtuberkulos-ej-meddelat-smittskydd", S, "s_lung_lund", L,
     "Ragnar Holmqvist", "överläkare", "2024-02-02 11:25", 50, "öppenvård", "1984-04-09", [
        ("Lab", "Sputumodling positiv för Mycobacterium tuberculosis-komplex, känslig för förstahandsmedel."),
        ("Bedömning", "Lungtuberkulos. Ej meddelat pat. Smittskyddsläkare kontaktad, pat kallas i morgon."),
     ], must=["NL101"], why="telegraphic 'Ej meddelat pat.' after TB")

case("nl101-ovarialcancer-ssk-lamnar-ej-pad", S, "s_kvk_ksd", "Omvårdnadsanteckning",
     "Annika Möller", "sjuksköterska", "2024-04-10 09:35", 20, "öppenvård", "1964-01-30", [
        ("Kontaktorsak", "Pat ringer och frågar efter PAD-svaret efter operationen 2/4."),
        ("Åtgärd", "Enligt journalen visar PAD höggradig serös ovarialcancer. Har inte lämnat ut svaret då läkaren vill ge beskedet själv; pat ej informerad. Tid bokad hos dr Holm 16/4."),
     ], must=["NL101"], why="nurse writes the PAD diagnosis while stating pat not informed")

case("nl101-alzheimer-tidig-debut-typo-ej-kommunicerad", S, "s_ger_mlm", "Mottagningsanteckning",
     "Björn Alvén", "specialistläkare", "2024-05-23 13:00", 110, "öppenvård", "1962-08-16", [
        ("Aktuellt", "Återkoppling efter avslutad minnesutredning. Pat kommer ensam, maken hade förhinder."),
        ("Anamnes", "Tilltagande minnessvikt sedan två år enligt maken, glömmer avtal och har kört vilse vid ett tillfälle. Tidigare frisk, ingen alkohol."),
        ("Status", "Vaken, adekvat, något ordletande. MMSE 21/30, klocktest 3/7. Neurologiskt i övrigt ua."),
        ("Utredning", "MR hjärna: uttalad bilateral hippocampusatrofi, MTA 3, lindriga vitsubstansförändringar. Likvor: Aβ42 lågt, kvoten Aβ42/40 patologisk, p-tau 98."),
        ("Bedömning", "Sammantaget Alzhiemers sjukdom med tidig debut, mild till måttlig demensgrad. Diagnosen är inte kommunicerad med pat i dag då hon kom utan make och var påtagligt ångestfylld; vi pratade om minnet i allmänna ordalag."),
        ("Planering", "Återkopplingssamtal med pat och make 3/6. Körkortsfrågan tas då. Donepezil diskuteras."),
     ], must=["NL101"], why="typo in diagnosis 'Alzhiemers'; long note, 'inte kommunicerad med pat'")

case("nl101-schizofreni-ej-fatt-del-av-diagnosen", V, "v_psyk_su", L,
     "Tobias Rehn", "överläkare", "2024-08-14 15:45", None, "öppenvård", "1998-12-05", [
        ("Bedömning", "Efter sex månaders uppföljning uppfylls kriterierna för paranoid schizofreni. Pat har ännu inte fått del av diagnosen då hon i nuläget saknar sjukdomsinsikt och vi befarar att ett besked leder till avbrott i kontakten. Informeras när tillståndet stabiliserats."),
     ], must=["NL101"], why="adult psychiatry, unsigned draft: diagnosis deliberately withheld, written visibly")

case("nl101-huntington-prediktiv-test-endast-personligt-besok", S, "s_neuro_lund", L,
     "Cecilia Dahl", "läkare", "2024-11-12 10:20", 60, "öppenvård", "1990-09-09", [
        ("Resultat", "Prediktiv testning: 43 CAG-repetitioner i HTT-genen, dvs anlagsbärare för Huntingtons sjukdom."),
        ("Information", "Resultatet lämnas enligt protokollet endast vid personligt besök; pat har inte fått det ännu. Besök med kurator 19/11."),
     ], must=["NL101"], why="eponym, genetic result; untold statement in Information section")

case("nl101-melanom-annu-ej-delgivet", V, "v_hud_su", L,
     "Nora Vikström", "ST-läkare", "2024-06-03 11:50", 25, "öppenvård", "1975-03-28", [
        ("Resultat", "PAD från excision vä skuldra: malignt melanom, Breslow 2,4 mm, ulcererat, pT3b."),
        ("Bedömning", "Ännu ej delgivet pat. Utvidgad excision och portvaktskörtel planeras."),
     ], must=["NL101"], why="'Ännu ej delgivet pat.' as a separate sentence")

case("nl101-retinoblastom-barn-foraldrar-ej-informerade", S, "s_ogon_mlm", "Operationsberättelse",
     "Gustav Lönn", "överläkare", "2024-07-09 12:10", 80, "slutenvård", "2020-02-11", [
        ("Undersökning", "Undersökning i narkos: exofytisk tumör hö öga med kalkinslag och subretinal utsådd, typisk för retinoblastom grupp D."),
        ("Planering", "Föräldrar och barn inte informerade än, samtal efter uppvaknandet med onkolog."),
     ], must=["NL101"], why="4-year-old, guardians (the readers) not yet informed of eye cancer")

case("nl101-vestibularisschwannom-pat-ovetande", S, "s_onh_hbg", L,
     "Fredrik Norén", "specialistläkare", "2024-03-14 09:05", 300, "öppenvård", "1968-06-24", [
        ("Röntgen", "MR inneröra: 14 mm kontrastladdande process i vä inre hörselgång, vestibularisschwannom (akustikusneurinom)."),
        ("Bedömning", "Pat ovetande om svaret, ska informeras vid nästa besök."),
     ], must=["NL101"], why="'ovetande' as cue; benign neoplasm with eponym-like lay synonym")

case("nl101-myelom-vet-inte-om-det", V, "v_hem_su", L,
     "Samir Haddad", "läkare", "2024-10-22 14:35", 40, "öppenvård", "1953-04-15", [
        ("Bedömning", "M-komponent IgG 42 g/L, benmärg 35 % plasmaceller och osteolyser på lågdos-DT = multipelt myelom. Pat vet inte om det ännu."),
     ], must=["NL101"], why="colloquial cue 'vet inte om det ännu'")

case("nl101-sigmoideumcancer-pad-efter-hemgang-epikris", S, "s_kir_hbg", "Epikris",
     "Louise Strand", "AT-läkare", "2024-09-19 10:00", None, "slutenvård", "1946-02-07", [
        ("Epikris", "78-årig kvinna inlagd 12/9 för subileus som hävdes konservativt. Koloskopi visade en cirkumferent tumör i sigmoideum och PAD har nu besvarats som adenocarcinom. Pat ej informerad om cancerdiagnosen vid utskrivningen eftersom PAD-svaret kom efter hemgång; kontaktsjuksköterska ringer in pat till mottagningen."),
        ("Läkemedel", "Inga förändringar."),
     ], must=["NL101"], why="discharge summary draft (unsigned), past tense: not told at discharge")

case("nl101-adenocarcinom-lunga-typo-diagnos", V, "v_lung_udd", L,
     "Helena Rask", "specialistläkare", "2024-01-25 16:00", 20, "öppenvård", "1958-10-19", [
        ("Resultat", "PAD från EBUS-TBNA station 4R: adenocarcniom, TTF-1 positivt, PD-L1 80 %."),
        ("Bedömning", "Pat har ej informerats. Besked tillsammans med kontaktsjuksköterska på måndag."),
     ], must=["NL101"], why="typo in diagnosis 'adenocarcniom'")

case("nl101-parkinson-inte-tagit-upp-angest", V, "v_neuro_su", "Mottagningsanteckning",
     "Ulf Brandt", "överläkare", "2024-04-16 13:25", 55, "öppenvård", "1955-01-12", [
        ("Status", "Vilotremor hö hand, kugghjulsrigiditet hö arm, bradykinesi vid fingertapping. Gång med minskad armpendling hö."),
        ("Bedömning", "Positivt DaTSCAN. Bedömer detta som idiopatisk Parkinsons sjukdom. Diagnosen har jag inte tagit upp med pat i dag då hon var mycket ångestfylld; tas upp vid nästa besök om tre veckor."),
     ], must=["NL101"], why="first person 'har jag inte tagit upp med pat'")

case("nl101-ms-mcdonald-typo-int-fatt-besked", S, "s_neuro_lund", L,
     "Amanda Kjellin", "ST-läkare", "2024-02-20 15:40", 70, "öppenvård", "1995-05-31", [
        ("Utredning", "MR hjärna och halsrygg visar periventrikulära, juxtakortikala och spinala lesioner. Likvor med oligoklonala band."),
        ("Bedömning", "Uppfyller McDonald-kriterierna för skovvis förlöpande MS. Pat har int fått besked ännu, återbesök bokat 27/2."),
     ], must=["NL101"], why="typo in cue 'int fått besked'")

case("nl101-iga-nefropati-biopsisvar-ej-informerad", V, "v_njur_su", L,
     "Eva Lindblad", "läkare", "2024-12-03 10:45", 30, "öppenvård", "1988-07-17", [
        ("Resultat", "Njurbiopsi: IgA-nefropati med måttlig interstitiell fibros, Oxford M1 E0 S1 T1."),
        ("Planering", "Pat ej informerad om biopsisvaret. Återbesök 10/12, ACE-hämmare optimeras då."),
     ], must=["NL101"], why="chapter N diagnosis, untold statement in Planering")

case("nl101-klinefelter-svaret-kom-efter-besoket", V, "v_uro_su", L,
     "Jonas Ek", "läkare", "2024-05-08 11:15", 90, "öppenvård", "1991-11-03", [
        ("Aktuellt", "Infertilitetsutredning, azoospermi i två prov."),
        ("Resultat", "Kromosomanalys 47,XXY, dvs Klinefelters syndrom."),
        ("Bedömning", "Pat ej informerad, svaret kom efter besöket. Kallas till androlog."),
     ], must=["NL101"], why="chapter Q chromosomal diagnosis not yet told")

case("nl101-trisomi-18-foster-samtal-i-morgon", V, "v_kvk_ostra", "Mottagningsanteckning",
     "Maria Sundin", "barnmorska", "2024-08-27 16:30", 20, "öppenvård", "1989-03-02", [
        ("Aktuellt", "Svar på fostervattenprov (QF-PCR): trisomi 18 hos fostret."),
        ("Åtgärd", "Pat är ej informerad. Har bokat tid för samtal med läkare i morgon förmiddag."),
     ], must=["NL101"], why="midwife, chapter O/Q fetal finding in the mother's visible note")

case("nl101-bukaortaaneurysm-typo-ej-informerad", V, "v_kir_sas", L,
     "Anders Wikman", "specialistläkare", "2024-06-19 08:30", 120, "öppenvård", "1950-12-23", [
        ("Röntgen", "DT-angio: infrarenalt bukaortaneurysm 6,3 cm i diameter, ingen läckage."),
        ("Bedömning", "Pat ännu ej informerad. Remiss till kärlkirurg för ställningstagande till EVAR."),
     ], must=["NL101"], why="typo in diagnosis 'bukaortaneurysm'; chapter I")

case("nl101-pleomorft-sarkom-besked-ej-lamnat", V, "v_orto_sks", L,
     "Kristian Holm", "överläkare", "2024-03-08 13:55", 45, "öppenvård", "1972-08-26", [
        ("Bedömning", "MR lår: 9 cm djup mjukdelstumör. Biopsin visar högmalignt pleomorft sarkom. Besked har inte lämnats till pat; sarkomteamet i Göteborg tar över och ger beskedet."),
     ], must=["NL101"], why="'Besked har inte lämnats' passive, musculoskeletal malignancy")

case("nl101-hodgkin-avvaktar-information-till-pet", S, "s_med_tbg", L,
     "Lena Persson", "läkare", "2024-11-04 14:40", 25, "öppenvård", "2001-04-06", [
        ("Resultat", "Körtelexstirpation hö axill: klassiskt Hodgkins lymfom, nodulär skleros."),
        ("Bedömning", "Avvaktar med information till patienten tills PET-DT är gjord, enligt överenskommelse med hematolog."),
     ], must=["NL101"], why="'Avvaktar med information till patienten' = not told yet")

case("nl101-hcc-cirros-informerad-om-cirros-ej-tumor", S, "s_med_ksd", "Daganteckning",
     "Mikael Rydén", "underläkare", "2024-04-09 11:30", 140, "slutenvård", "1959-10-02", [
        ("Aktuellt", "Dag 4 på avdelningen. Inlagd med ascites och konfusion, lindrigt bättre efter laktulos och rifaximin."),
        ("Status", "Orienterad till person men inte tid. Lätt flapping tremor. Buk: spänd av ascites, ej öm. Spider naevi på bröstet. Ödem +2 underben."),
        ("Lab", "Albumin 24, PK-INR 1,8, bilirubin 48, Na 129, AFP 620."),
        ("Röntgen", "DT lever trefas 3/4: 5 cm lesion i segment 7 med arteriell uppladdning och wash-out, LI-RADS 5. Nodulär leverkontur, splenomegali."),
        ("Bedömning", "Alkoholrelaterad levercirros Child-Pugh C med hepatisk encefalopati, samt hepatocellulärt carcinom i segment 7. Pat informerad om levercirrosen. Han har inte informerats om levertumören eftersom han fortfarande är konfusorisk; sonen vet och önskar vara med vid beskedet."),
        ("Planering", "Fortsatt laktulos, mål två till tre mjuka avföringar per dag. Anmäls till lever-MDK. Besked om HCC när pat är klar."),
     ], must=["NL101"], why="told one diagnosis (cirrhosis) but not the other (HCC); long note")

case("nl101-bifynd-lungforandring-akuten-ej-informerad", V, "v_akut_nal", "Akutanteckning",
     "Sara Nyström", "AT-läkare", "2024-02-16 02:15", None, "akut", "1956-06-13", [
        ("Kontaktorsak", "Trafikolycka, bilbältesmärke över thorax."),
        ("Röntgen", "DT thorax utan traumatiska skador. Som bifynd ses en 2,5 cm spikulerad förändring i hö överlob, misstänkt malign."),
        ("Bedömning", "Pat har inte informerats om bifyndet på akuten. Remiss till lungmottagningen, dit pat kallas."),
     ], must=["NL101"], why="ED draft at night: incidental suspected malignancy not told")

case("nl101-cystisk-fibros-tvaaring-foraldrar-ej-informerade", V, "v_barn_dsbus", L,
     "Ida Lagerqvist", "läkare", "2024-10-15 15:20", 60, "öppenvård", "2022-05-19", [
        ("Resultat", "Svettest klorid 98 mmol/L vid två tillfällen, CFTR F508del homozygot = cystisk fibros."),
        ("Planering", "Föräldrarna är ännu inte informerade. Läkare och CF-sköterska träffar familjen på fredag."),
     ], must=["NL101"], why="2-year-old: the guardians who read the journal have not been told")

case("nl101-brostcancer-inte-informerad-om-pad", S, "s_kir_hbg", "Mottagningsanteckning",
     "Josefin Ahlberg", "specialistläkare", "2024-01-31 12:00", 30, "öppenvård", "1967-09-25", [
        ("Utredning", "Mammografi och ultraljud: 18 mm stellat fynd vä bröst kl 2. Mellannålsbiopsi: invasiv duktal cancer, ER+, HER2-."),
        ("Bedömning", "Inte informerad om PAD. Bröstsköterska bokar besök i morgon."),
     ], must=["NL101"], why="subjectless 'Inte informerad om PAD' after the cancer diagnosis")

case("nl101-instabil-personlighetsstorning-aterkopplas-ej-forran", V, "v_psyk_su", "Mottagningsanteckning",
     "Hanna Öberg", "psykolog", "2024-09-24 10:10", 60, "öppenvård", "2000-02-29", [
        ("Bedömning", "Utredningen är klar: uppfyller kriterierna för emotionellt instabil personlighetsstörning. Diagnosen återkopplas ej förrän vid gemensamt möte med pat och DBT-teamet; pat har alltså ännu inte fått den."),
     ], must=["NL101"], why="psychologist, F-chapter diagnosis not yet fed back")

case("nl101-sekundar-syfilis-pat-ej-nadd", V, "v_ven_su", L,
     "Erik Jansson", "läkare", "2024-07-02 09:20", 15, "öppenvård", "1985-08-12", [
        ("Lab", "TPPA och RPR positiva, RPR-titer 1:64."),
        ("Bedömning", "Sekundär syfilis. Pat ej nådd, provsvaret är inte lämnat. Ny telefonkontakt i eftermiddag, annars brev."),
     ], must=["NL101"], why="'provsvaret är inte lämnat' + 'ej nådd': not informed")

case("nl101-njurtumor-delirium-epikris-samrad-dotter", V, "v_ger_kung", "Epikris",
     "Per-Olof Strömberg", "specialistläkare", "2024-05-14 13:45", 180, "slutenvård", "1937-03-09", [
        ("Epikris", "87-årig man inkom 2/5 med akut konfusion och urinretention. Behandlades för E. coli-pyelonefrit med cefotaxim och därefter ciprofloxacin. KAD sattes, residualurin 900 ml. Under vårdtiden påvisades på DT buk en 7 cm solid tumör i vä njure, misstänkt njurcellscancer. I samråd med dottern har vi inte informerat pat om fyndet under vårdtiden med tanke på hans delirium; fortsatt ställningstagande via urolog."),
        ("Läkemedel", "Ciprofloxacin 500 mg x 2 t.o.m. 14/5. Haldol utsatt. I övrigt oförändrat."),
        ("Planering", "KAD kvar, urologremiss för både retention och njurtumör. Återbesök geriatrisk mottagning om sex veckor."),
     ], must=["NL101"], why="discharge summary: suspected renal cancer deliberately not told")

case("nl101-myasthenia-gravis-information-ej-given", S, "s_neuro_mlm", L,
     "Rebecka Tell", "läkare", "2024-08-20 11:05", 35, "öppenvård", "1980-01-17", [
        ("Bedömning", "Myasthenia gravis, AChR-antikroppar positiva, generaliserad form. DT thorax utan tymom."),
        ("Information", "Ej given. Pat meddelas vid neurologbesöket nästa vecka."),
     ], must=["NL101"], why="Information section says 'Ej given' about the diagnosis")

case("nl101-skelettmetastas-patologisk-fraktur-typo-underattad", V, "v_orto_sks", "Daganteckning",
     "Mattias Lund", "ST-läkare", "2024-12-10 10:35", 50, "slutenvård", "1948-05-04", [
        ("Bedömning", "Patologisk fraktur hö femur genom en lytisk metastas, primärtumör okänd. Pat ej underättad om att frakturen beror på metastas, endast om frakturen. Märgspik i morgon, onkologkonsult."),
     ], must=["NL101"], why="typo in cue 'underättad'; told one finding but not the metastasis")

# =====================================================================
# NL101 must_not: the routine is kept
# =====================================================================
case("nl101neg-rektalcancer-informerad-med-sonen", V, "v_onk_su", L,
     "Anneli Forsberg", "överläkare", "2024-03-19 13:50", 40, "öppenvård", "1951-06-01", [
        ("Bedömning", "PAD: adenocarcinom i rektum, cT3N1M0. Pat informerad om diagnosen vid dagens besök tillsammans med sonen. Reagerade med förväntad oro."),
     ], must_not=["NL101"], why="patient told at today's visit")

case("nl101neg-als-besked-lamnat-foregaende-vecka", S, "s_neuro_lund", L,
     "Kjell Åkesson", "överläkare", "2024-03-20 10:40", 25, "öppenvård", "1958-04-04", [
        ("Diagnos", "ALS med spinal debut."),
        ("Aktuellt", "Besked om ALS lämnades till pat och hustru 12/3 av undertecknad. I dag uppföljande samtal om PEG och andningsstöd."),
     ], must_not=["NL101"], why="past-tense telling statement: besked lämnades")

case("nl101neg-smacellig-lungcancer-typo-fatt-beskedet", S, "s_lung_lund", "Mottagningsanteckning",
     "Viktor Åberg", "specialistläkare", "2024-04-18 14:00", 60, "öppenvård", "1950-02-18", [
        ("Aktuellt", "Återbesök inför behandlingsstart. Pat kommer med sin dotter."),
        ("Anamnes", "74-årig kvinna, f.d. rökare 45 paketår. Hosta och viktnedgång sedan januari."),
        ("Status", "AT: gott, ECOG 1. Pulm: nedsatt andningsljud hö basalt. Cor: oregelbunden rytm, frekvens ca 90. Ingen halsvenstas."),
        ("Bedömning", "Småcellig lungancer, begränsad sjukdom (T3N2M0). Pat har fått beskedet av dr Åberg i går och är välinformerad om planerad kemoradioterapi. Hon ställer relevanta frågor om biverkningar."),
        ("Planering", "Karboplatin-etoposid kur 1 startar 22/4, strålbehandling parallellt från kur 2. PCI diskuteras efter avslutad behandling."),
     ], must_not=["NL101"], why="typo in diagnosis 'lungancer'; patient already told (long note)")

case("nl101neg-kll-barnen-ej-informerade-pats-val", S, "s_hem_lund", L,
     "Agneta Wiklund", "läkare", "2024-06-25 09:30", 45, "öppenvård", "1949-11-30", [
        ("Bedömning", "KLL, Binet A, ingen behandlingsindikation. Pat informerad och lugn. Hon vill inte att barnen informeras ännu, vilket respekteras."),
     ], must_not=["NL101"], why="only the patient's children are untold, the patient knows")

case("nl101neg-prostatacancer-hustrun-vet-ej", V, "v_uro_su", L,
     "Lars Grönlund", "specialistläkare", "2024-02-06 15:15", 30, "öppenvård", "1954-07-29", [
        ("Bedömning", "Prostatacancer Gleason 3+4, lågrisk, aktiv monitorering. Pat har fått besked men hustrun känner inte till diagnosen på pat:s egen begäran."),
     ], must_not=["NL101"], why="spouse untold at the patient's request, patient informed")

case("nl101neg-gallsten-ej-informerad-om-op-datum", V, "v_kir_sas", L,
     "Pia Ström", "läkare", "2024-05-02 11:10", None, "öppenvård", "1983-09-07", [
        ("Bedömning", "Symtomgivande gallstenssjukdom med tre gallstensanfall sedan jul. Op-anmäld för lap. kolecystektomi. Pat ännu ej informerad om operationsdatum, koordinator ringer."),
     ], must_not=["NL101"], why="untold item is the operation date, not a diagnosis (unsigned draft)")

case("nl101neg-flimmer-ej-info-om-ablationsremiss", S, "s_kard_hbg", L,
     "Nils Engström", "läkare", "2024-07-16 14:25", 20, "öppenvård", "1960-03-13", [
        ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 3. Apixaban insatt. Pat har ännu inte fått information om att remissen till ablation skickats."),
     ], must_not=["NL101"], why="untold item is a referral, the diagnosis is not withheld")

case("nl101neg-typ1-diabetes-ej-info-om-ny-sensor", S, "s_endo_mlm", "Mottagningsanteckning",
     "Yvonne Berg", "diabetessjuksköterska", "2024-09-12 10:00", 15, "öppenvård", "1996-08-08", [
        ("Aktuellt", "Typ 1-diabetes sedan 2009. HbA1c 58."),
        ("Planering", "Pat ej informerad om nya CGM-sensorn, tas vid nästa besök."),
     ], must_not=["NL101"], why="untold item is a device change")

case("nl101neg-radiusfraktur-typo-ej-informerad-om-gipstid", V, "v_orto_sks", "Akutanteckning",
     "Oscar Hult", "AT-läkare", "2024-01-09 18:45", 30, "akut", "1944-12-14", [
        ("Bedömning", "Distal radiusfraktur vä med dorsal felställning, reponerad och gipsad. Ej inforemrad om tid för gipskontroll, brev skickas."),
     ], must_not=["NL101"], why="typo in cue 'inforemrad'; untold item is an appointment")

case("nl101neg-ra-konstaterad-utan-informationsuppgift", V, "v_reuma_sks", L,
     "Gunilla Sand", "överläkare", "2024-10-29 13:35", 35, "öppenvård", "1979-05-22", [
        ("Bedömning", "Seropositiv reumatoid artrit, anti-CCP >340, DAS28 5,1. Pat ej rökare. Metotrexat 15 mg/vecka startas med folsyra."),
     ], must_not=["NL101"], why="confirmed diagnosis, the only 'ej' concerns smoking")

case("nl101neg-ventrikelbiopsier-utan-malignitet-svar-ej-lamnat", S, "s_kir_hbg", "Telefonanteckning",
     "Therese Falk", "sjuksköterska", "2024-11-21 13:15", 10, "öppenvård", "1970-10-28", [
        ("Aktuellt", "Biopsier från ventrikeln utan malignitet och utan Helicobacter. Pat ännu ej informerad om det negativa svaret, ringer på torsdag."),
     ], must_not=["NL101"], why="ruled-out finding (no malignancy) not yet given: no diagnosis withheld")

case("nl101neg-melanom-uteslutet-svaret-ej-natt-pat", V, "v_hud_su", L,
     "Daniel Brink", "läkare", "2024-07-24 08:55", 50, "öppenvård", "1982-01-04", [
        ("Resultat", "Malignt melanom kunde uteslutas på PAD från den exciderade pigmentförändringen på ryggen."),
        ("Planering", "Svaret har inte nått pat ännu, skickas per brev."),
     ], must_not=["NL101"], why="ruled-out melanoma, the untold result is negative")

case("nl101neg-mr-utan-ms-normalt-svar-ej-informerad", S, "s_neuro_mlm", L,
     "Emma Rosén", "ST-läkare", "2024-02-26 16:20", 15, "öppenvård", "1997-07-07", [
        ("Röntgen", "MR hjärna utan tecken på MS eller tumör."),
        ("Bedömning", "Pat ännu inte informerad om det normala svaret, ringer i morgon."),
     ], must_not=["NL101"], why="negated diagnoses in the result, normal answer untold")

case("nl101neg-hereditet-mor-vaskular-demens-ovetande", S, "s_ger_mlm", "Mottagningsanteckning",
     "Sten Lönnqvist", "specialistläkare", "2024-03-26 09:15", 75, "öppenvård", "1956-05-16", [
        ("Aktuellt", "Nybesök på remiss från vårdcentralen pga minnesbesvär sedan ett år."),
        ("Hereditet", "Modern, 91 år, har vaskulär demens och är själv inte informerad om sin diagnos enligt dottern."),
        ("Socialt", "Gift, bor i villa i Limhamn, pensionerad lärare. Kör bil, sköter ekonomin själv."),
        ("Status", "Vaken, orienterad till tid och rum. MMSE 27/30, missar två ord i minnesdelen och en i seriesubtraktionen. Fokalneurologiskt ua. BT 152/88."),
        ("Bedömning", "Lindrig kognitiv svikt, demensutredning påbörjas. Pat informerad om planen och om att det i nuläget inte rör sig om demens."),
        ("Planering", "MR hjärna, neuropsykologisk testning, basala demensprover. Återbesök om tre månader."),
     ], must_not=["NL101"], why="family history: the mother, not the patient, is unaware of her own diagnosis")

case("nl101neg-hereditet-huntington-far-pat-informerad-om-risk", V, "v_neuro_su", L,
     "Therese Kvist", "läkare", "2024-06-18 10:30", 30, "öppenvård", "1994-10-31", [
        ("Hereditet", "Fadern avled i Huntingtons sjukdom 2011."),
        ("Bedömning", "Pat är informerad om sin 50-procentiga risk och har avstått prediktiv testning. Inga motoriska tecken i dag."),
     ], must_not=["NL101"], why="family history with a telling statement; nothing withheld")

case("nl101neg-hepatit-c-sent-besked-2017-nu-behandlad", S, "s_inf_mlm", "Mottagningsanteckning",
     "Patrik Wahl", "specialistläkare", "2024-08-06 11:40", 20, "öppenvård", "1976-12-12", [
        ("Tidigare sjukdomar", "Hepatit C upptäcktes 2015 vid blodgivning, men pat fick enligt egen uppgift inget besked förrän 2017."),
        ("Bedömning", "Behandlad med glekaprevir/pibrentasvir, SVR12 uppnådd. Avslutas från infektionsmottagningen."),
     ], must_not=["NL101"], why="past history: diagnosis told long ago, nothing withheld now")

case("nl101neg-th-mall-skane-recidiv-ovarialcancer", S, "s_onk_lund", TH,
     "Ingrid Borén", "överläkare", "2024-01-16 15:30", 20, "öppenvård", "1960-08-02", [
        ("Tidiga hypoteser", "Misstänkt recidiv av ovarialcancer med stigande CA-125 (35 → 180). Pat ej informerad, avvaktar PET-DT."),
     ], must_not=["NL101"], why="Skåne: the Tidiga hypoteser template is hidden from the patient")

case("nl101neg-vgr-sokord-th-trolig-ms-optikusneurit", V, "v_neuro_su", L,
     "Robert Falkman", "specialistläkare", "2024-04-30 14:10", 40, "öppenvård", "1992-04-23", [
        ("Aktuellt", "Återbesök, synen förbättrad på hö öga, färgseendet nästan återställt."),
        ("Tidiga hypoteser", "Trolig MS, MR visar två periventrikulära lesioner. Pat ej informerad om misstanken."),
        ("Planering", "Ny MR om sex månader, återbesök därefter."),
     ], must_not=["NL101"], why="VGR: untold hypothesis kept under the hidden sökord Tidiga hypoteser")

case("nl101neg-vgr-sokord-th-frontotemporal-demens", V, "v_ger_kung", "Mottagningsanteckning",
     "Annica Hedlund", "läkare", "2024-11-26 13:20", None, "öppenvård", "1951-09-18", [
        ("Status", "MMSE 24/30, klockdrag med felplacerade visare. Påtaglig avflackning och distanslöshet under samtalet."),
        ("Tidiga hypoteser", "Bilden talar för frontotemporal demens. Ej diskuterat med pat eller anhöriga."),
        ("Planering", "Neuropsykologisk bedömning och FDG-PET beställs."),
     ], must_not=["NL101"], why="VGR hidden sökord holds the untold hypothesis; draft")

case("nl101neg-th-mall-skane-arftlig-kardiomyopati", S, "s_kard_hbg", TH,
     "Mohammed Saleh", "läkare", "2024-10-01 09:45", 60, "öppenvård", "1999-06-27", [
        ("Bedömning", "Ärftlig kardiomyopati? Brodern dog plötsligt 34 år gammal. Pat ännu inte informerad om att vi misstänker ärftlig sjukdom, genetik beställd."),
     ], must_not=["NL101"], why="Skåne Tidiga hypoteser template with an ordinary sökord inside: hidden")

case("nl101neg-th-mall-skane-duchenne-foraldrar-ej-informerade", S, "s_barn_lund", TH,
     "Klara Sandberg", "läkare", "2024-06-05 16:10", 30, "öppenvård", "2020-10-10", [
        ("Tidiga hypoteser", "Misstänkt Duchennes muskeldystrofi, CK 18 000 och Gowers tecken. Föräldrarna ej informerade i väntan på gentest."),
     ], must_not=["NL101"], why="child, hidden Skåne template: guardians untold is allowed there")

case("nl101neg-endometrios-inget-undanhallet", S, "s_kvk_ksd", L,
     "Sanna Olofsson", "specialistläkare", "2024-02-22 10:50", 35, "öppenvård", "1994-01-15", [
        ("Bedömning", "Endometrios stadium III verifierad vid laparoskopi. Inget har undanhållits pat, hon har fått se bilderna och fått PAD-svaret."),
     ], must_not=["NL101"], why="negated withholding statement: nothing is withheld")

case("nl101neg-sarkoidos-informerad-per-telefon", V, "v_lung_udd", "Telefonanteckning",
     "Göran Eklund", "läkare", "2024-08-29 12:30", 10, "öppenvård", "1986-03-25", [
        ("Aktuellt", "Sarkoidos stadium II, EBUS med icke-nekrotiserande granulom. Pat informerad per telefon i dag och kommer på återbesök om tre veckor."),
     ], must_not=["NL101"], why="told by telephone")

case("nl101neg-metastaserad-brostcancer-vill-ej-hora-prognos", V, "v_onk_su", "Mottagningsanteckning",
     "Cecilia Wennberg", "överläkare", "2024-05-28 14:45", 90, "öppenvård", "1966-11-11", [
        ("Aktuellt", "Uppföljning under andra linjens behandling. Pat kommer med sin man."),
        ("Anamnes", "Ont i ländryggen och hö höft sedan mars, behöver Oxynorm 5 mg två till tre gånger per dygn. Aptiten något sämre, vikt stabil 61 kg."),
        ("Status", "ECOG 1. Palpationsöm över L3. Ingen neurologisk påverkan i benen, reflexer lika. Leverkant ej palpabel."),
        ("Lab", "ALP 3,8, Ca 2,41, Hb 112."),
        ("Bedömning", "Metastaserad hormonkänslig bröstcancer med progress i skelettet, ingen visceral spridning. Pat känner till diagnosen sedan 2022. Hon har uttryckligen bett att inte få höra statistik om överlevnad, vilket vi respekterar."),
        ("Planering", "Byte till fulvestrant och CDK4/6-hämmare. Denosumab var fjärde vecka. Strålremiss för L3. Återbesök om fyra veckor."),
     ], must_not=["NL101"], why="prognosis statistics withheld at her request, diagnosis known (long note)")

case("nl101neg-epilepsi-typo-informerd", S, "s_neuro_mlm", L,
     "Alexander Wiik", "läkare", "2024-09-03 15:05", 25, "öppenvård", "1999-02-03", [
        ("Bedömning", "Fokal epilepsi med medvetandepåverkan, EEG med skarpa vågor vä temporalt. Pat informerd om diagnosen och om körkortsreglerna."),
     ], must_not=["NL101"], why="typo in cue 'informerd'; patient told")

case("nl101neg-menieres-kand-sedan-2019", S, "s_onh_hbg", "Akutanteckning",
     "Louise Rahm", "ST-läkare", "2024-12-17 21:30", 40, "akut", "1965-07-20", [
        ("Aktuellt", "Känd Ménières sjukdom vä sedan 2019, pat väl förtrogen med diagnosen. Nu nytt yrselanfall med tinnitus och lockkänsla vä."),
        ("Åtgärd", "Postafen, hemgång, ÖNH-mottagningen kontaktar."),
     ], must_not=["NL101"], why="eponym, patient long familiar with the diagnosis")

case("nl101neg-hypertoni-provsvar-normala-ej-meddelade", S, "s_med_tbg", "Telefonanteckning",
     "Berit Hansson", "sjuksköterska", "2024-04-25 10:25", 5, "öppenvård", "1953-02-26", [
        ("Aktuellt", "Hypertoni, välbehandlad. Pat inte informerad om gårdagens provsvar, samtliga normala. Ringer upp i eftermiddag."),
     ], must_not=["NL101"], why="untold items are normal lab values, not a diagnosis")

case("nl101neg-diabetes-vardcentralen-ej-informerad", V, "v_endo_sas", "Utskrivningsanteckning",
     "Magnus Ljung", "läkare", "2024-03-12 13:05", 30, "slutenvård", "1963-10-06", [
        ("Bedömning", "Nydebuterad typ 2-diabetes, HbA1c 96. Pat informerad och har träffat diabetessköterska. Vårdcentralen ännu ej informerad, epikris skickas i dag."),
     ], must_not=["NL101"], why="the untold party is the primary care unit, not the patient")

case("nl101neg-depression-ej-info-om-fk-komplettering", V, "v_psyk_su", "Telefonanteckning",
     "Lisa Ahlqvist", "sjuksköterska", "2024-10-03 09:55", 10, "öppenvård", "1981-06-30", [
        ("Aktuellt", "Recidiverande depression, nu måttlig episod, följs av mottagningen. Pat ännu inte informerad om att Försäkringskassan begärt kompletterande intyg, läkaren tar det vid besöket 8/10."),
     ], must_not=["NL101"], why="untold item is an insurance matter")

case("nl101neg-hoftfraktur-ssk-pat-har-fatt-information", V, "v_orto_sks", "Omvårdnadsanteckning",
     "Jenny Ås", "sjuksköterska", "2024-01-27 19:40", 20, "slutenvård", "1936-08-19", [
        ("Omvårdnad", "Pat har fått information om höftfrakturen och om operationen av dr Nilsson, ställer adekvata frågor. Fastande från midnatt."),
     ], must_not=["NL101"], why="nurse records that the patient was informed")

case("nl101neg-barn-typ1-diabetes-barn-och-foraldrar-informerade", S, "s_barn_lund", "Inskrivningsanteckning",
     "Elsa Malm", "läkare", "2024-11-07 17:30", 50, "slutenvård", "2015-03-03", [
        ("Bedömning", "Nydebuterad typ 1-diabetes utan ketoacidos, P-glukos 24. Föräldrar och barn informerade om diagnosen i dag, diabetesutbildning startar i morgon."),
     ], must_not=["NL101"], why="child under 13: both child and guardians told")

# =====================================================================
# NL102 must: hedged diagnosis in a visible Melior section
# =====================================================================
case("nl102-misstankt-appendicit-kort", V, "v_akut_nal", "Akutanteckning",
     "Fatima Osman", "AT-läkare", "2024-03-03 23:10", 20, "akut", "2004-05-12", [
        ("Bedömning", "Misstänkt appendicit, kirurgkonsult."),
     ], must=["NL102"], why="short ED note, 'Misstänkt' before the diagnosis")

case("nl102-pneumoni-fragetecken-efter", S, "s_akut_ystad", "Akutanteckning",
     "Jakob Trulsson", "läkare", "2024-01-06 14:45", 35, "akut", "1947-09-29", [
        ("Status", "Feber 39,2, AF 24, krepitationer hö basalt."),
        ("Bedömning", "CRP 180. Pneumoni hö underlob? Rtg pulm beställd."),
     ], must=["NL102"], why="'?' after the diagnosis")

case("nl102-susp-tia-afasi", S, "s_neuro_mlm", "Akutanteckning",
     "Moa Nilsson", "ST-läkare", "2024-06-08 08:20", 25, "akut", "1945-11-21", [
        ("Bedömning", "Susp. TIA med övergående afasi ca 20 min, nu helt återställd. ABCD2 5."),
        ("Planering", "Inläggning, DT-angio och halskärlsultraljud."),
     ], must=["NL102"], why="abbreviation 'Susp.' before an abbreviated diagnosis")

case("nl102-trol-erysipelas", V, "v_inf_ostra", L,
     "Sebastian Grip", "läkare", "2024-07-13 11:35", 30, "slutenvård", "1958-02-09", [
        ("Bedömning", "Trol. erysipelas vä underben med ingångsport mellan tårna. Startar Kåvepenin 1 g x 3."),
     ], must=["NL102"], why="'Trol.' before a Latin diagnosis")

case("nl102-sannol-jattecellsarterit", S, "s_reuma_lund", L,
     "Marianne Holst", "överläkare", "2024-02-14 10:05", 45, "öppenvård", "1946-06-18", [
        ("Bedömning", "Sannol. jättecellsarterit (temporalisarterit), SR 92 och ömmande a. temporalis hö. Prednisolon 60 mg startas, temporalisbiopsi bokas."),
     ], must=["NL102"], why="'Sannol.' with a parenthesised synonym")

case("nl102-dd-ringformigt-utslag", V, "v_hud_su", L,
     "Ella Sjöberg", "ST-läkare", "2024-08-21 13:15", 20, "öppenvård", "1990-10-14", [
        ("Status", "Ringformigt, lätt fjällande utslag på bålen, 4 cm, med central uppklarning."),
        ("Bedömning", "DD tinea corporis, granuloma annulare, erythema migrans. Skrapprov för svampodling."),
     ], must=["NL102"], why="'DD' list of differential diagnoses")

case("nl102-lungemboli-kan-ej-uteslutas-draft", V, "v_kard_ali", "Akutanteckning",
     "Rasmus Edh", "underläkare", "2024-04-04 19:25", None, "akut", "1977-01-28", [
        ("Bedömning", "Lungemboli kan ej uteslutas, D-dimer 1,9 och takykardi 112. DT-angio lungor i kväll, Innohep ges i väntan."),
     ], must=["NL102"], why="'kan ej uteslutas' after the diagnosis; unsigned draft")

case("nl102-adnexresistens-inger-misstanke-om-ovarialcancer", V, "v_kvk_ostra", L,
     "Josefine Alm", "specialistläkare", "2024-09-10 14:30", 40, "öppenvård", "1959-12-01", [
        ("Bedömning", "Vaginalt ultraljud visar en 7 cm komplex adnexresistens vä med solida partier, vilket inger misstanke om ovarialcancer. CA-125 tas, DT thorax-buk beställs."),
     ], must=["NL102"], why="'inger misstanke om'")

case("nl102-jarnbrist-fragetecken-i-parentes", S, "s_med_ksd", L,
     "Kent Sjögren", "läkare", "2024-05-06 12:40", 30, "öppenvård", "1962-03-07", [
        ("Bedömning", "Anemi Hb 89, MCV 72 (järnbristanemi? blödning från GI-kanalen?). Gastroskopi och koloskopi remitteras."),
     ], must=["NL102"], why="hedge inside parentheses with question marks")

case("nl102-scaphoideumfraktur-separat-mening", S, "s_orto_hlm", "Akutanteckning",
     "Tove Lindén", "AT-läkare", "2024-02-09 17:55", 40, "akut", "2005-07-15", [
        ("Status", "Ömhet i fossa tabatière vä efter fall på utsträckt hand. Rtg utan synlig fraktur."),
        ("Bedömning", "Scaphoideumfraktur? Kan inte utesluta det. Gipsas och ny rtg om tio dagar."),
     ], must=["NL102"], why="hedge as a separate sentence after the diagnosis")

case("nl102-mojlig-guillain-barre", V, "v_neuro_su", "Inskrivningsanteckning",
     "Alva Holmberg", "ST-läkare", "2024-11-18 15:50", 60, "slutenvård", "1983-04-02", [
        ("Bedömning", "Möjlig Guillain-Barrés syndrom, ascenderande svaghet och areflexi sedan fem dagar, föregången av gastroenterit. LP och neurografi i morgon."),
     ], must=["NL102"], why="'Möjlig' + eponym")

case("nl102-barn-stark-misstanke-kawasaki-lang", S, "s_barn_lund", "Inskrivningsanteckning",
     "Nadia Karimi", "läkare", "2024-03-29 20:40", None, "slutenvård", "2021-01-24", [
        ("Kontaktorsak", "3-årig pojke med feber i sex dagar trots två besök på vårdcentralen."),
        ("Anamnes", "Tidigare frisk, fullvaccinerad enligt BVC-programmet. Syskon med förkylning. Ingen utlandsresa."),
        ("Status", "Allmänt påverkad, irritabel. Temp 39,8. Bilateral icke-purulent konjunktivit, spruckna röda läppar och jordgubbstunga. Ödem på hand- och fotryggar. Ensidig halslymfkörtel 2 cm hö. Cor: takykardi 150, inga blåsljud. Pulm: ua. Buk: mjuk."),
        ("Lab", "CRP 160, SR 85, TPK 480, albumin 28, ALAT 2,1. Urinsticka leukocyter 1+."),
        ("Bedömning", "Stark misstanke om Kawasakis sjukdom, uppfyller fyra av fem huvudkriterier. Ingen säker annan fokus."),
        ("Planering", "UCG i morgon bitti, IVIG och acetylsalicylsyra enligt PM efter samråd med bakjour. Föräldrarna informerade om misstanken och planen."),
     ], must=["NL102"], why="child, long admission note, 'Stark misstanke om'; unsigned draft")

case("nl102-talar-for-addison-antikroppar-inväntas", V, "v_endo_sas", L,
     "Leo Magnusson", "specialistläkare", "2024-06-26 11:20", 50, "öppenvård", "1987-09-03", [
        ("Bedömning", "Lågt kortisol efter Synacthen-test, högt ACTH och hyperkalemi talar för Addisons sjukdom, men 21-hydroxylasantikroppar inväntas innan diagnosen fastställs."),
     ], must=["NL102"], why="'talar för' with explicit pending confirmation")

case("nl102-ev-otoskleros", V, "v_onh_udd", L,
     "Kerstin Lövgren", "läkare", "2024-10-17 09:40", 30, "öppenvård", "1979-11-20", [
        ("Bedömning", "Ensidig ledningshörselnedsättning vä, ev. otoskleros. Audiogram med Carhart-notch vid 2 kHz."),
     ], must=["NL102"], why="'ev.' before the diagnosis")

case("nl102-kan-rora-sig-om-bipolar-ii", V, "v_psyk_su", "Mottagningsanteckning",
     "Viktoria Palm", "överläkare", "2024-04-11 14:15", 45, "öppenvård", "1995-03-16", [
        ("Bedömning", "Kan röra sig om bipolär sjukdom typ II med tanke på de återkommande hypomana perioderna, men det kräver längre uppföljning och livsdiagram."),
     ], must=["NL102"], why="adult psychiatry, 'Kan röra sig om' at the sentence start")

case("nl102-tankbar-lewy-body-typo-demnes", S, "s_ger_mlm", L,
     "Torbjörn Ask", "överläkare", "2024-12-05 10:55", 35, "öppenvård", "1942-07-05", [
        ("Bedömning", "Tänkbar Lewy body-demnes med synhallucinationer, fluktuerande vakenhet och lätt parkinsonism. Undviker neuroleptika."),
     ], must=["NL102"], why="typo in diagnosis 'demnes'; 'Tänkbar' as hedge")

case("nl102-rontgen-mojligen-ipf-uip", V, "v_lung_udd", L,
     "Åsa Bergkvist", "specialistläkare", "2024-03-21 13:40", 25, "öppenvård", "1951-01-31", [
        ("Röntgen", "HRCT: retikulära förändringar subpleuralt basalt med honeycombing och traktionsbronkiektasier, UIP-mönster, möjligen IPF."),
        ("Planering", "Diskuteras på ILD-konferensen."),
     ], must=["NL102"], why="hedge in a Röntgen section, abbreviation IPF")

case("nl102-endokardit-misstanks-verb", S, "s_inf_mlm", "Inskrivningsanteckning",
     "Isak Ohlsson", "ST-läkare", "2024-01-13 22:05", 60, "slutenvård", "1964-08-11", [
        ("Bedömning", "Endokardit misstänks: tre positiva blododlingar med S. aureus och nytt systoliskt blåsljud. TEE bokas, kloxacillin iv."),
     ], must=["NL102"], why="passive verb 'misstänks' after the diagnosis")

case("nl102-crohn-mest-sannolika-lang", V, "v_gastro_su", "Mottagningsanteckning",
     "Henrietta Löf", "specialistläkare", "2024-07-30 10:20", 75, "öppenvård", "2003-06-06", [
        ("Aktuellt", "Nybesök på remiss från vårdcentralen för diarré sedan fyra månader."),
        ("Anamnes", "21-årig student. Lös avföring fem till sex gånger per dygn, ibland nattlig, inget synligt blod. Krampartad smärta i hö fossa, viktnedgång 6 kg. Aftösa sår i munnen. Ingen utlandsresa, ingen antibiotika senaste halvåret. Morfar har ulcerös kolit."),
        ("Status", "AT: gott, BMI 18,9. Buk: mjuk, palpationsömhet och oklar resistens i hö fossa. Perianalt: hudflik kl 6, ingen fistelöppning."),
        ("Lab", "F-kalprotektin 850, CRP 34, Hb 119, albumin 31, ferritin 9. Feces-odling och C. difficile negativa."),
        ("Bedömning", "Kronisk diarré med viktnedgång och inflammatorisk aktivitet. Crohns sjukdom i terminala ileum är det mest sannolika. Slutlig diagnos får vänta på koloskopi med biopsier."),
        ("Planering", "Koloskopi med ileoskopi inom två veckor, MR tunntarm. Järninfusion. Återbesök efter undersökningarna."),
     ], must=["NL102"], why="long note, hedge 'mest sannolika' after the diagnosis")

case("nl102-typo-missankt-septisk-artrit", V, "v_orto_sks", "Akutanteckning",
     "William Stark", "underläkare", "2024-05-25 03:30", 90, "akut", "1968-12-29", [
        ("Bedömning", "Missänkt septisk artrit hö knä, ledvätska grumlig, skickad för odling och kristaller. Kloxacillin iv."),
     ], must=["NL102"], why="typo in cue 'Missänkt'")

case("nl102-typo-sannolkit-divertikulit", S, "s_kir_hbg", "Akutanteckning",
     "Erika Jönsson", "läkare", "2024-08-10 16:40", 30, "akut", "1961-04-27", [
        ("Bedömning", "Sannolkit divertikulit, vänstersidig buksmärta, feber 38,4, CRP 110. Ab per os och kontroll på mottagningen om en vecka."),
     ], must=["NL102"], why="typo in cue 'Sannolkit'")

case("nl102-fragestallning-ms-remiss-planering", S, "s_neuro_lund", L,
     "Olle Strid", "läkare", "2024-09-16 11:10", 20, "öppenvård", "1993-12-18", [
        ("Aktuellt", "Domningar i vä ben i tre veckor, nu i regress. Synnedsättning hö öga för ett år sedan."),
        ("Planering", "Remiss till MR hjärna och halsrygg, frågeställning: MS?"),
     ], must=["NL102"], why="referral question 'frågeställning: MS?' in Planering")

case("nl102-blascancer-ej-uteslutet", S, "s_uro_mlm", L,
     "Kerstin Rydberg", "specialistläkare", "2024-03-11 09:25", 40, "öppenvård", "1954-03-30", [
        ("Bedömning", "Makroskopisk hematuri, 70 år, rökare. Blåscancer ej uteslutet, cystoskopi och DT-urografi beställda."),
     ], must=["NL102"], why="'ej uteslutet' (not excluded) is a hedge, not a negation")

case("nl102-inte-otankbart-basaliom", S, "s_hud_lund", L,
     "Simon Friberg", "läkare", "2024-11-28 14:55", 15, "öppenvård", "1957-05-09", [
        ("Bedömning", "Inte otänkbart att det rör sig om ett nodulärt basaliom med tanke på den pärlemorglänsande kanten och teleangiektasierna. Stansbiopsi tas."),
     ], must=["NL102"], why="double-negated hedge 'Inte otänkbart'")

case("nl102-diktat-lymfom-stor-sannolikhet", V, "v_hem_su", L,
     "Birgitta Roos", "medicinsk sekreterare", "2024-02-01 15:35", None, "öppenvård", "1966-10-07", [
        ("Bedömning", "Diktat dr Persson. Den 58-årige mannen som remitteras för lymfkörtelförstoring på halsen och i båda axillerna, nattliga svettningar och viktnedgång på sex kilo sedan jul, bedöms med stor sannolikhet ha ett lymfom, där typen får avgöras av den planerade körtelbiopsin."),
        ("Planering", "Körtelbiopsi hö axill, PET-DT, benmärg vid behov."),
     ], must=["NL102"], why="secretary-typed dictation, long sentence, hedge in the middle; draft")

case("nl102-barn-trolig-mykoplasmapneumoni", V, "v_barn_dsbus", L,
     "Hugo Ahlin", "läkare", "2024-10-24 13:05", 30, "öppenvård", "2016-02-22", [
        ("Bedömning", "Trolig mykoplasmapneumoni med torrhosta i tre veckor och fläckiga infiltrat på rtg. Erytromycin i tio dagar."),
     ], must=["NL102"], why="child under 13, 'Trolig'")

case("nl102-typo-misstankt-glakom", V, "v_ogon_mdl", L,
     "Marit Helander", "specialistläkare", "2024-05-30 10:35", 20, "öppenvård", "1955-08-15", [
        ("Status", "Tryck 32/30 mmHg, excavation 0,8 bilat, öppna kammarvinklar."),
        ("Bedömning", "Misstänkt primärt öppenvinkelglakom. Synfält och OCT bokas."),
     ], must=["NL102"], why="typo in diagnosis 'glakom'; eye chapter")

case("nl102-fragetecken-foran-mds", S, "s_med_tbg", L,
     "Gunnar Kvarnström", "läkare", "2024-08-01 11:45", 25, "öppenvård", "1944-04-12", [
        ("Bedömning", "Pancytopeni sedan sex månader. ?MDS, benmärgsprov planeras."),
     ], must=["NL102"], why="question mark before an abbreviated diagnosis '?MDS'")

case("nl102-sannolikt-lofgrens-syndrom", S, "s_lung_lund", L,
     "Ebba Thorsell", "ST-läkare", "2024-04-24 15:25", 40, "öppenvård", "1989-06-19", [
        ("Bedömning", "Erythema nodosum på båda underbenen, fotledsartrit och bilaterala hiluslymfom: sannolikt Löfgrens syndrom. NSAID och kontroll om sex veckor."),
     ], must=["NL102"], why="hedge after a colon, eponym syndrome")

case("nl102-extrauterin-eller-torsion-typo-graviditet", S, "s_kvk_ksd", "Akutanteckning",
     "Hannes Gren", "AT-läkare", "2024-07-06 04:20", 50, "akut", "1997-10-23", [
        ("Bedömning", "Buksmärta hö fossa, hCG 1200, ingen intrauterin graviditet på ultraljud. Extrauterin gravidtet? Torsion av ovarialcysta?"),
        ("Åtgärd", "Bakjour gyn kontaktad, fastande."),
     ], must=["NL102"], why="typo 'gravidtet'; two alternative diagnoses with '?'")

case("nl102-ssk-isolerad-pga-misstankt-c-difficile", V, "v_inf_ostra", "Omvårdnadsanteckning",
     "Malin Sköld", "sjuksköterska", "2024-12-14 07:50", 15, "slutenvård", "1940-05-26", [
        ("Omvårdnad", "Pat isolerad på enkelrum pga misstänkt Clostridioides difficile-infektion, fecesprov skickat. Vårdhygieniska rutiner följs."),
     ], must=["NL102"], why="nurse note, hedge inside a 'pga' clause")

case("nl102-covid19-trol-efterstallt", V, "v_akut_nal", "Akutanteckning",
     "Khalid Amin", "läkare", "2024-01-29 12:25", 30, "akut", "1973-02-11", [
        ("Bedömning", "Covid-19 trol., snabbtest negativt men typisk bild med feber, anosmi och torrhosta. PCR skickad."),
     ], must=["NL102"], why="abbreviated hedge 'trol.' after the diagnosis (U07)")

case("nl102-misstankt-opioidintoxikation", S, "s_akut_ystad", "Akutanteckning",
     "Frida Bergström", "ST-läkare", "2024-10-12 01:15", 55, "akut", "1999-08-05", [
        ("Status", "Somnolent, mios, andningsfrekvens 8, SpO2 86 %."),
        ("Bedömning", "Misstänkt opioidintoxikation, naloxon 0,4 mg iv ges med god effekt. Observation på akutvårdsavdelning."),
     ], must=["NL102"], why="chapter T poisoning, 'Misstänkt'")

# =====================================================================
# NL102 must_not
# =====================================================================
case("nl102neg-pmo-vc-misstankt-pneumoni", S, "s_vc_eslov", "Besök",
     "Anna-Karin Ljungberg", "läkare", "2024-02-19 10:30", 20, "öppenvård", "1950-07-16", [
        ("Bedömning", "Misstänkt pneumoni vä basalt, CRP 95, SpO2 95 %. Doxyferm i tio dagar."),
     ], must_not=["NL102"], why="Skåne PMO: diagnoses are never shown")

case("nl102neg-pmo-bvc-trol-eksem-ev-komjolksallergi", S, "s_bvc_hoor", "BVC-besök",
     "Lotta Persson", "distriktssköterska", "2024-06-13 09:00", 30, "öppenvård", "2023-08-14", [
        ("Aktuellt", "10-månaderskontroll. Torr röd hud i armvecken och knäveck."),
        ("Bedömning", "Trol. atopiskt eksem, mjukgörande två gånger dagligen. Ev. komjölksproteinallergi? Tas upp med BVC-läkaren."),
     ], must_not=["NL102"], why="PMO BVC note with hedged diagnoses")

case("nl102neg-pmo-um-sannolikt-klamydia-draft", S, "s_um_lund", "Besök",
     "Hedvig Sörensen", "barnmorska", "2024-09-26 15:40", None, "öppenvård", "2007-04-19", [
        ("Bedömning", "Sannolikt klamydia med tanke på partnerns positiva prov, behandlas med doxycyklin i väntan på svar. Smittspårning påbörjad."),
     ], must_not=["NL102"], why="PMO youth clinic (17 y), unsigned draft")

case("nl102neg-pmo-hemsjukvard-trol-uvi", S, "s_hsv_tbg", "Hemsjukvård",
     "Siv Nordin", "distriktssköterska", "2024-03-02 13:50", 25, "hemsjukvård", "1938-01-05", [
        ("Aktuellt", "Trol. UVI, grumlig illaluktande urin och ny förvirring sedan i går. Urinsticka nitrit pos."),
        ("Åtgärd", "Kontakt med jourhavande läkare på vc, Selexid ordinerat."),
     ], must_not=["NL102"], why="PMO home care, hedged diagnosis")

case("nl102neg-pmo-typo-misstant-hypotyreos", S, "s_vc_sjobo", "Besök",
     "Ove Mårtensson", "läkare", "2024-11-14 11:25", 40, "öppenvård", "1972-05-08", [
        ("Bedömning", "Misstänt hypotyreos, TSH 8,9 och fritt T4 i nedre normalområdet. Nytt prov med TPO-ak om sex veckor."),
     ], must_not=["NL102"], why="PMO, typo in cue 'Misstänt'")

case("nl102neg-ingen-misstanke-om-akut-koronart-syndrom", V, "v_akut_nal", "Akutanteckning",
     "Julia Hed", "AT-läkare", "2024-05-19 20:35", 40, "akut", "1969-09-01", [
        ("Bedömning", "Bröstsmärta, normalt EKG och hs-TnT <5 vid två tillfällen. Ingen misstanke om akut koronart syndrom. Hemgång, åter vid nya besvär."),
     ], must_not=["NL102"], why="'Ingen misstanke om' negates the diagnosis")

case("nl102neg-aortadissektion-uteslutes", S, "s_kard_hbg", "Akutanteckning",
     "Alfred Rosenqvist", "läkare", "2024-08-24 22:50", 35, "akut", "1957-10-30", [
        ("Bedömning", "Aortadissektion uteslutes med DT-angio. Hypertensiv kris, nitroglycerininfusion."),
     ], must_not=["NL102"], why="'uteslutes' negates the dissection")

case("nl102neg-inga-tecken-pa-malignitet-dermatoskopi", S, "s_hud_lund", L,
     "Sara Wernersson", "ST-läkare", "2024-01-23 09:50", 20, "öppenvård", "1985-12-09", [
        ("Bedömning", "Inga tecken på malignitet vid dermatoskopi, symmetriskt retikulärt mönster. Benignt nevus, ingen åtgärd."),
     ], must_not=["NL102"], why="'Inga tecken på'")

case("nl102neg-typo-ingen-missanke-om-sab", V, "v_neuro_su", "Akutanteckning",
     "Dennis Lind", "ST-läkare", "2024-07-20 17:05", 45, "akut", "1978-06-03", [
        ("Bedömning", "Åskknallshuvudvärk i dag på gymmet. DT hjärna inom sex timmar utan blod. Ingen missanke om subaraknoidalblödning."),
     ], must_not=["NL102"], why="typo in negation cue 'missanke'")

case("nl102neg-misstanken-om-sle-avskrivs", V, "v_reuma_sks", L,
     "Ingela Carlsson", "överläkare", "2024-04-02 14:00", 30, "öppenvård", "1991-08-28", [
        ("Bedömning", "Misstanken om SLE avskrivs, ANA negativt, anti-dsDNA negativt och normala komplementnivåer. Ledbesvären beror på hypermobilitet, remiss till fysioterapeut."),
     ], must_not=["NL102"], why="suspicion explicitly dismissed ('avskrivs')")

case("nl102neg-barn-meningit-kan-uteslutas", V, "v_barn_dsbus", "Akutanteckning",
     "Linda Frost", "läkare", "2024-02-24 18:15", 60, "akut", "2019-03-17", [
        ("Bedömning", "Meningit kan uteslutas efter LP med normalt celltal, protein och glukoskvot. Viral infektion, hemgång med febernedsättande."),
     ], must_not=["NL102"], why="'kan uteslutas' (not 'kan ej uteslutas'), child")

case("nl102neg-typo-ingeting-talar-for-extrauterin", V, "v_kvk_ostra", "Akutanteckning",
     "Rebecca Moberg", "ST-läkare", "2024-06-29 06:40", 30, "akut", "1993-11-26", [
        ("Bedömning", "Ingeting talar för extrauterin graviditet: intrauterin graviditet v 7 med hjärtaktivitet på vaginalt ultraljud. Blödning i tidig graviditet, hotande missfall."),
     ], must_not=["NL102"], why="typo in negation cue 'Ingeting talar för'")

case("nl102neg-biopsiverifierat-dlbcl", V, "v_hem_su", L,
     "Peter Ahlgren", "specialistläkare", "2024-09-17 13:30", 40, "öppenvård", "1960-01-20", [
        ("Bedömning", "Biopsiverifierat diffust storcelligt B-cellslymfom, stadium II, IPI 1. Pat informerad. Sex cykler R-CHOP planeras."),
     ], must_not=["NL102"], why="confirmed (biopsy-verified) diagnosis, no hedge")

case("nl102neg-hyperparatyreoidism-diagnosen-faststalld", S, "s_endo_mlm", L,
     "Hilda Åström", "läkare", "2024-10-10 10:15", 25, "öppenvård", "1958-06-11", [
        ("Bedömning", "Primär hyperparatyreoidism, diagnosen fastställd med S-Ca 2,85 och PTH 12. Sestamibi visar adenom hö nedre. Remiss till endokrinkirurg."),
     ], must_not=["NL102"], why="'diagnosen fastställd'")

case("nl102neg-hereditet-mormor-trol-brostcancer-lang", V, "v_kir_sas", "Mottagningsanteckning",
     "Roger Wiberg", "specialistläkare", "2024-03-15 13:10", 50, "öppenvård", "1984-02-02", [
        ("Aktuellt", "40-årig kvinna remitterad för färskt blod på pappret vid avföring sedan två månader."),
        ("Hereditet", "Mormor trol. bröstcancer, fadern ev. tjocktarmscancer i 70-årsåldern (osäker uppgift)."),
        ("Anamnes", "Hård avföring, krystar. Ingen viktnedgång, inga nattliga symtom, normal aptit. Inga läkemedel."),
        ("Status", "Buk: mjuk och oöm, inga resistenser. PR: ingen palpabel förändring, inget blod på handsken. Proktoskopi: hemorrojder grad II kl 3 och 7, ingen fissur."),
        ("Lab", "Hb 134, F-Hb negativt."),
        ("Bedömning", "Rektalblödning orsakad av hemorrojder grad II. Koloskopi planeras ändå pga faderns uppgift, enligt PM för hereditet."),
        ("Planering", "Fiberrik kost, Inolaxol. Gummibandsligatur vid fortsatta besvär. Koloskopiremiss skickad."),
     ], must_not=["NL102"], why="hedges only in family history (long note)")

case("nl102neg-hereditet-bror-misstankt-autism", V, "v_psyk_su", "Mottagningsanteckning",
     "Sofie Brink", "psykolog", "2024-11-05 15:30", 60, "öppenvård", "2003-10-13", [
        ("Hereditet", "Bror misstänkt autism, morbror möjligen schizofreni."),
        ("Bedömning", "ADHD, kombinerad form, fastställd efter avslutad neuropsykiatrisk utredning."),
     ], must_not=["NL102"], why="hedged diagnoses belong to relatives in Hereditet")

case("nl102neg-hereditet-farbror-trol-hjartinfarkt", S, "s_kard_hbg", L,
     "Mona Eliasson", "läkare", "2024-12-12 09:05", 30, "öppenvård", "2001-05-29", [
        ("Hereditet", "Farbror dog plötsligt 40 år, trol. hjärtinfarkt."),
        ("Aktuellt", "Kontroll efter ablation för AVNRT, besvärsfri sedan ingreppet. EKG normalt."),
     ], must_not=["NL102"], why="family history hedge only")

case("nl102neg-tidigare-misstankt-celiaki-negativ-biopsi", V, "v_gastro_su", L,
     "Emil Sahlin", "läkare", "2024-01-18 11:30", 35, "öppenvård", "1996-04-24", [
        ("Tidigare sjukdomar", "Utreddes 2019 för misstänkt celiaki, negativ biopsi och transglutaminas-ak."),
        ("Bedömning", "IBS enligt Rom IV-kriterierna, diarrédominant. FODMAP-råd via dietist."),
     ], must_not=["NL102"], why="past suspicion resolved by a negative work-up")

case("nl102neg-tidigare-misstankt-tia-bedomdes-migran", S, "s_neuro_lund", "Mottagningsanteckning",
     "Joel Hammar", "specialistläkare", "2024-05-21 14:20", 25, "öppenvård", "1974-09-17", [
        ("Tidigare sjukdomar", "2021 misstänkt TIA, som efter utredning bedömdes som migrän med aura."),
        ("Bedömning", "Migrän med aura, välkontrollerad på propranolol. Fortsätter oförändrat."),
     ], must_not=["NL102"], why="past suspicion later resolved to another confirmed diagnosis")

case("nl102neg-kol-ev-spirometri-trol-syrgasbehov", V, "v_lung_udd", L,
     "Bengt Sjödin", "överläkare", "2024-08-08 10:50", 20, "öppenvård", "1948-03-14", [
        ("Bedömning", "KOL GOLD 3, stabil sedan förra besöket. Ev. spirometri vid nästa besök, trol. behov av syrgasutredning framöver."),
     ], must_not=["NL102"], why="hedges about actions, the diagnosis is established")

case("nl102neg-epikris-appendicit-trol-hemgang-lang", S, "s_kir_hbg", "Epikris",
     "Karl Wendel", "AT-läkare", "2024-06-15 09:10", None, "slutenvård", "2000-12-31", [
        ("Epikris", "23-årig man inkom 13/6 med migrerande smärta till hö fossa, feber och CRP 85. DT buk visade förtjockad appendix med periappendikulär fettinfiltration. Opererades samma kväll med laparoskopisk appendektomi utan komplikationer. PAD bekräftar flegmonös appendicit."),
        ("Status", "Vid utskrivning: AT gott, afebril. Buk mjuk, sårinsticken torra och rena. Äter och dricker, normal diures."),
        ("Läkemedel", "Paracetamol 1 g vid behov, högst fyra gånger per dygn. Ingen antibiotika efter op."),
        ("Planering", "Trol. hemgång i morgon förmiddag. Ev. suturtagning på vårdcentralen om tio dagar. Sjukskrivning två veckor. Åter vid feber eller tilltagande buksmärta."),
     ], must_not=["NL102"], why="'trol.'/'ev.' about discharge and suture removal; diagnosis confirmed (long, draft)")

case("nl102neg-katarakt-op-sannolikt-i-host", S, "s_ogon_mlm", L,
     "Viveka Nord", "specialistläkare", "2024-04-08 13:45", 30, "öppenvård", "1946-10-25", [
        ("Bedömning", "Katarakt bilat, hö>vä, visus 0,3/0,6. Op hö öga sannolikt i höst, möjligen vä därefter."),
     ], must_not=["NL102"], why="hedges about timing of surgery")

case("nl102neg-hjartsvikt-fraga-om-resa", V, "v_ger_kung", L,
     "Rune Axelsson", "läkare", "2024-04-19 10:40", 20, "öppenvård", "1939-11-08", [
        ("Bedömning", "Hjärtsvikt NYHA III med bevarad ejektionsfraktion, stabil på nuvarande diuretikados. Pat undrar om hon kan resa till dottern i Spanien i sommar? Diskuteras vid nästa besök."),
     ], must_not=["NL102"], why="the question mark concerns travel, not a diagnosis")

case("nl102neg-th-mall-skane-misstankt-pankreascancer-draft", S, "s_med_ksd", TH,
     "Emilia Lindgren", "läkare", "2024-07-03 15:00", None, "öppenvård", "1957-04-01", [
        ("Bedömning", "Misstänkt pankreascancer med tanke på viktnedgång, nydebuterad diabetes och CA 19-9 420. DT pankreas beställd."),
     ], must_not=["NL102"], why="Skåne Tidiga hypoteser template (hidden); draft")

case("nl102neg-vgr-sokord-th-skelettmetastaser-lang", V, "v_onk_su", "Mottagningsanteckning",
     "Hampus Gård", "specialistläkare", "2024-12-19 11:35", 45, "öppenvård", "1963-07-22", [
        ("Aktuellt", "Uppföljning två år efter avslutad adjuvant behandling för bröstcancer. Ny smärta i ländryggen sedan tre veckor, i övrigt opåverkad."),
        ("Status", "ECOG 0. Ingen bankömhet över kotpelaren. Neurologiskt ua i benen. Ärr vä bröst utan resistens, axiller fria."),
        ("Lab", "ALP 2,9, Ca 2,38, tumörmarkörer tagna."),
        ("Tidiga hypoteser", "Skelettmetastaser? Skelettscintigrafi beställd."),
        ("Planering", "Fortsatt letrozol. Ny kontroll efter scintigrafin. Ipren vid behov."),
     ], must_not=["NL102"], why="VGR: hedge only under the hidden sökord Tidiga hypoteser")

case("nl102neg-vgr-sokord-th-begynnande-psykos", V, "v_psyk_su", L,
     "Nina Eklöf", "specialistläkare", "2024-03-05 16:00", 30, "öppenvård", "2005-01-09", [
        ("Aktuellt", "Pat sover sämre, drar sig undan kamraterna och har slutat gå på lektionerna."),
        ("Tidiga hypoteser", "Trolig begynnande psykos i prodromal fas, differentialdiagnos schizotyp störning."),
        ("Planering", "Tätare besök, kontakt med tidiga insatser-teamet."),
     ], must_not=["NL102"], why="VGR: psychosis hypothesis under the hidden sökord")

case("nl102neg-th-mall-skane-dd-als-mmn", S, "s_neuro_mlm", TH,
     "Arvid Sundqvist", "överläkare", "2024-08-15 14:50", 20, "öppenvård", "1967-02-13", [
        ("Tidiga hypoteser", "DD: ALS, multifokal motorisk neuropati. EMG och GM1-antikroppar bokade."),
     ], must_not=["NL102"], why="Skåne Tidiga hypoteser template holds the differential diagnoses")



# Extra neutral sections that make some notes long (inserted before the last section).
EXTRA = {
    "nl101-pankreascancer-levermetastaser-besked-vid-aterbesok": [
        ("Vitalparametrar", "BT 138/84, puls 72, temp 36,9, SpO2 97 % på luft. Vikt 71 kg, längd 178 cm."),
        ("Åtgärd", "Blodprover tagna: blodstatus, elstatus, leverstatus, CRP, CA 19-9. Smärtlindring genomgången, Alvedon räcker i nuläget. Dietistremiss skickad för nutritionsbedömning och energitillägg."),
        ("Omvårdnad", "Kontaktsjuksköterskan Lena Berg närvarade och lämnade sitt direktnummer. Hustrun väntade i väntrummet."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2010. Knäprotes hö 2018. Inga tidigare maligniteter."),
        ("Läkemedel", "Enalapril 10 mg x 1, Alvedon 1 g vb, Atarax 25 mg till natten mot klådan."),
        ("Socialt", "Gift, två vuxna barn i Lund. Pensionerad snickare, bor i radhus, klarar sig själv. Röker ej sedan 1995, alkohol sparsamt."),
        ("Anamnes", "Aptiten sämre sedan nyår, mättnadskänsla efter små portioner. Ljus avföring och mörk urin före stentet, nu bättre. Ingen feber, inga frossor. Sover dåligt pga klådan."),
    ],
    "nl101-alzheimer-tidig-debut-typo-ej-kommunicerad": [
        ("Vitalparametrar", "BT 128/78 sittande, 124/76 stående efter tre minuter. Puls 68 regelbunden."),
        ("Tidigare sjukdomar", "Hypotyreos sedan 2015. Whiplashskada 2004 utan kvarstående besvär. Inga kända kärlhändelser."),
        ("Arbetsterapi", "Arbetsterapeutisk bedömning i hemmet 15/5: klarar personlig vård, behöver påminnelser för måltider och mediciner. Använder kalender i mobilen med stöd av dottern."),
        ("Socialt", "Gift, bor i lägenhet i Malmö. Arbetar halvtid som bokhållare men har fått allt svårare med nya system på jobbet. Två tonårsbarn bor hemma."),
        ("Läkemedel", "Levaxin 75 mikrog x 1. Inga sömnmedel, inga antikolinerga läkemedel."),
        ("Lab", "B12, folat, TSH, Ca och glukos normala. Syfilis- och borreliaserologi negativa."),
    ],
    "nl101-hcc-cirros-informerad-om-cirros-ej-tumor": [
        ("Läkemedel", "Laktulos 20 ml x 3, rifaximin 550 mg x 2, spironolakton 100 mg x 1, furosemid 40 mg x 1, propranolol 10 mg x 2, tiamin."),
        ("Omvårdnad", "Vikt 82,4 kg (i går 83,6). Diures ca 1,5 liter. Tre lösa avföringar senaste dygnet. Mobiliseras med rollator."),
    ],
    "nl101neg-smacellig-lungcancer-typo-fatt-beskedet": [
        ("Läkemedel", "Eliquis 5 mg x 2 sedan flimmerdebut 2022, Atorvastatin 20 mg, Omeprazol 20 mg. Inga allergier."),
        ("Socialt", "Änka sedan 2020, bor ensam i lägenhet i Lund med hiss. Dottern bor nära och hjälper till med handling. Slutade röka 2019."),
        ("Lab", "Hb 128, Na 131, Ca 2,44, kreatinin 74, leverprover normala. Spirometri: FEV1 1,6 L (72 % av förväntat)."),
    ],
    "nl101neg-metastaserad-brostcancer-vill-ej-hora-prognos": [
        ("Läkemedel", "Anastrozol och ribociklib sätts ut. Oxynorm 5 mg vb, OxyContin 10 mg x 2 nyinsatt, Movicol 1 påse x 1, Calcichew-D3."),
        ("Socialt", "Gift, två barn i tjugoårsåldern. Sjukskriven på heltid från arbetet som förskollärare sedan hösten."),
    ],
    "nl102-barn-stark-misstanke-kawasaki-lang": [
        ("Läkemedel", "Paracetamol 15 mg/kg x 4 senaste dygnen. Inga allergier kända."),
        ("Omvårdnad", "Vikt 15,2 kg. Dricker dåligt, iv-vätska enligt vätskeschema. Mamma stannar över natten."),
    ],
    "nl102-crohn-mest-sannolika-lang": [
        ("Socialt", "Studerar på universitetet i Göteborg, bor i studentlägenhet. Röker inte, snusar dagligen. Alkohol några gånger i månaden."),
        ("Läkemedel", "Inga stående läkemedel. Loperamid vid behov senaste månaden med dålig effekt."),
    ],
    "nl102neg-hereditet-mormor-trol-brostcancer-lang": [
        ("Vitalparametrar", "BT 118/72, puls 64, vikt 66 kg, BMI 23."),
        ("Läkemedel", "Inga stående läkemedel. P-piller tidigare, utsatt 2020. Tar järntabletter periodvis på eget initiativ."),
        ("Information", "Pat informerad om fynden vid proktoskopin och om varför koloskopi ändå görs. Skriftlig information om tarmrengöring medskickad."),
        ("Tidigare sjukdomar", "Två förlossningar, den senaste 2021. Inga bukoperationer. Frisk i övrigt."),
        ("Socialt", "Sambo, två barn. Arbetar som undersköterska i hemtjänsten. Röker ej."),
    ],
    "nl102neg-epikris-appendicit-trol-hemgang-lang": [
        ("Lab", "CRP 85 vid ankomst, 62 postoperativt dag 1. LPK 14,2 sjunkande. Elektrolyter och njurfunktion normala."),
        ("Socialt", "Bor med flickvän i lägenhet. Arbetar som elektriker, sjukskriven i två veckor med tanke på lyftarbete."),
        ("Information", "Pat har fått muntlig och skriftlig information om operationen, PAD-svaret och sårvård."),
    ],
    "nl102neg-vgr-sokord-th-skelettmetastaser-lang": [
        ("Anamnes", "Smärtan sitter lågt i ländryggen utan utstrålning, värst på natten och vid uppresning. Ingen trauma. Inga blås- eller tarmbesvär, ingen domning i ridbyxområdet. Aptit och vikt oförändrade."),
        ("Vitalparametrar", "BT 132/80, puls 70, temp 36,8. Vikt 68 kg, oförändrad sedan förra året."),
        ("Tidigare sjukdomar", "Bröstcancer vä 2021, ER-positiv, opererad med sektorresektion och portvaktskörtel, därefter strålbehandling. Hypotyreos."),
        ("Läkemedel", "Letrozol 2,5 mg x 1, Levaxin 100 mikrog, Calcichew-D3 x 2."),
        ("Socialt", "Gift, arbetar som tandhygienist. Cyklar till jobbet men har fått avstå senaste veckorna."),
    ],
}

# ---------------------------------------------------------------- build
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def pnr(born, idx):
    y, m, d = born.split("-")
    serial = "%03d" % ((idx * 37 + 211) % 900 + 50)
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def build():
    rows = []
    for i, c in enumerate(CASES):
        t = iso(c["time"])
        signed = None if c["signed"] is None else (t + dt.timedelta(minutes=c["signed"])).isoformat()
        as_of = min(t.replace(hour=0, minute=0) + dt.timedelta(days=10), dt.datetime(2024, 12, 31))
        name, hsa = U[c["unit"]]
        note = {
            "id": "n1", "system": c["system"], "template": c["tpl"],
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": c["author"], "role": c["role"]},
            "time": t.isoformat(), "signed": signed, "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in
                         c["sections"][:-1] + EXTRA.get(c["name"], []) + c["sections"][-1:]],
        }
        record = {
            "patient": {"id": pnr(c["born"], i), "birth_date": c["born"], "protected_identity": False},
            "as_of": as_of.isoformat(), "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        }
        rows.append({"case": c["name"], "ruleset": c["rs"], "record": record,
                     "must": [[code, "n1"] for code in c["must"]],
                     "must_not": [[code, "n1"] for code in c["must_not"]],
                     "why": c["why"]})
    missing = set(EXTRA) - {c["name"] for c in CASES}
    if missing:
        sys.exit("EXTRA names unknown cases: %s" % sorted(missing))
    return rows


SENT = re.compile(r"(?<=[.!?;:])\s+|\n")


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        n = r["case"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: keys %s" % (n, sorted(r)))
        if n in names:
            errs.append("duplicate case name " + n)
        names.add(n)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(n + ": ruleset")
        if not r["why"]:
            errs.append(n + ": empty why")
        rec = r["record"]
        p = rec["patient"]
        digits = p["id"].replace("-", "")
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append(n + ": pnr does not match birth_date")
        if luhn_digit(digits[2:11]) != digits[11] or len(digits) != 12:
            errs.append(n + ": pnr Luhn")
        ids = {x["id"] for x in rec["notes"]}
        if not (r["must"] or r["must_not"]):
            errs.append(n + ": asserts nothing")
        for code, target in r["must"] + r["must_not"]:
            if target not in ids:
                errs.append("%s: target %s missing" % (n, target))
        codes_m = {c for c, _ in r["must"]}
        if codes_m & {c for c, _ in r["must_not"]}:
            errs.append(n + ": code in both must and must_not")
        if not rec["as_of"].startswith("2024"):
            errs.append(n + ": as_of not 2024")
        born = dt.date.fromisoformat(p["birth_date"])
        for note in rec["notes"]:
            for key in ("time", "signed"):
                v = note[key]
                if v is not None and not v.startswith("2024"):
                    errs.append("%s: %s not in 2024" % (n, key))
            t = dt.datetime.fromisoformat(note["time"])
            if note["signed"] and dt.datetime.fromisoformat(note["signed"]) < t:
                errs.append(n + ": signed before time")
            if dt.datetime.fromisoformat(rec["as_of"]) < t:
                errs.append(n + ": as_of before note")
            age = t.year - born.year - ((t.month, t.day) < (born.month, born.day))
            if 13 <= age <= 15:
                errs.append("%s: patient aged %d" % (n, age))
            if r["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(n + ": VGR note not Melior")
            if note["system"] == "PMO" and any(c in ("NL101",) for c, _ in r["must"] + r["must_not"]):
                errs.append(n + ": NL101 asserted on PMO")
            if note["system"] == "PMO" and "NL102" in codes_m:
                errs.append(n + ": NL102 must on PMO")
            for s in note["sections"]:
                for sent in SENT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errs.append("sentence reused in %s and %s: %r" % (seen[sent], n, sent))
                        seen.setdefault(sent, n)
    return errs


def main():
    rows = build()
    errs = validate(rows)
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    tally = {}
    for r in rows:
        for kind in ("must", "must_not"):
            for code, _ in r[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(rows), os.path.basename(OUT)))
    for (code, kind), k in sorted(tally.items()):
        print("  %s %-8s %d" % (code, kind, k))
    print("  rulesets:", {rs: sum(r["ruleset"] == rs for r in rows) for rs in ("skane", "vgr")})
    print("  drafts:", sum(r["record"]["notes"][0]["signed"] is None for r in rows))
    print("  PMO:", sum(r["record"]["notes"][0]["system"] == "PMO" for r in rows))


if __name__ == "__main__":
    main()
