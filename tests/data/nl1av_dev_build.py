#!/usr/bin/env python3
"""nl1av_dev_cases: independent gold cases for notelint NL101 (mostly) and NL102.

Theme: many different authors (oncologist, resident on call, psychologist, midwife,
secretary transcribing dictation, surgeon's operation note, pasted radiology reply,
pediatrician with parents, geriatrician with god man, interpreter-mediated visit,
district nurse, ...) documenting in their own words whether the patient has or has not
yet been told of a diagnosis, including indirect phrasings, and near misses.

Dependency-free and deterministic: `python3 build.py` writes nl1av_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1av_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ----------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne (Melior in hospitals, PMO in primary care)
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7A41"),
    "sk_gynonk_lund": ("Gynekologisk onkologi, Skånes universitetssjukhus Lund", "SE2321000255-7A58"),
    "sk_onk_kristianstad": ("Onkologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5K12"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3M07"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6H03"),
    "sk_vuxpsyk_lund": ("Vuxenpsykiatrimottagning Lund, Psykiatri Skåne", "SE2321000255-8P21"),
    "sk_vuxpsyk_malmo": ("Vuxenpsykiatrimottagning Malmö, Psykiatri Skåne", "SE2321000255-8P34"),
    "sk_vuxpsyk_hbg": ("Vuxenpsykiatrimottagning Helsingborg, Psykiatri Skåne", "SE2321000255-8P47"),
    "sk_psykos_hbg": ("Psykosmottagningen, Vuxenpsykiatri Helsingborg", "SE2321000255-8P52"),
    "sk_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7H19"),
    "sk_hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-6H28"),
    "sk_neuro_hbg": ("Neurologiska kliniken, Helsingborgs lasarett", "SE2321000255-6N11"),
    "sk_neuro_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3N44"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "sk_infek_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3I26"),
    "sk_infek_lund": ("Infektionskliniken, avdelning 5, Skånes universitetssjukhus Lund", "SE2321000255-7I35"),
    "sk_brost_hbg": ("Bröstmottagningen, Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-6K31"),
    "sk_hemat_lund": ("Hematologiska kliniken, avdelning 15, Skånes universitetssjukhus Lund", "SE2321000255-7B15"),
    "sk_kardio_lund": ("Kardiologiska kliniken, avdelning 38, Skånes universitetssjukhus Lund", "SE2321000255-7C38"),
    "sk_endo_malmo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-3E02"),
    "sk_kk_krstd": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-5G40"),
    "sk_genetik_lund": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000255-7G63"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-6B22"),
    "sk_barn_lund": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7B61"),
    "sk_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7O08"),
    "sk_med_ystad": ("Medicinkliniken, avdelning 3, Ystads lasarett", "SE2321000255-4Y03"),
    "sk_kir_ystad": ("Kirurgiska kliniken, Ystads lasarett", "SE2321000255-4Y17"),
    "sk_ak_malmo": ("AK-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3A51"),
    "sk_lunga_lund": ("Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7L24"),
    "sk_lunga_krstd": ("Lungmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5L09"),
    "sk_geri_malmo": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3G36"),
    "sk_reuma_lund": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7R42"),
    "sk_reuma_krstd": ("Reumatologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5R27"),
    "sk_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3U18"),
    "sk_mvc_malmo": ("Specialistmödravården, Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3K55"),
    "sk_ortakut_lund": ("Ortopedakuten, Skånes universitetssjukhus Lund", "SE2321000255-7T13"),
    "sk_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3G49"),
    "sk_kirakut_krstd": ("Kirurgakuten, Centralsjukhuset Kristianstad", "SE2321000255-5A06"),
    "sk_dsk_sjobo": ("Distriktssköterskemottagningen, Vårdcentralen Sjöbo", "SE2321000255-9V31"),
    "sk_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-9U07"),
    # Västra Götalandsregionen (Melior)
    "vg_kk_boras": ("Kvinnokliniken, Ultraljudsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4K21"),
    "vg_kir_uddevalla": ("Kirurgkliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E7K03"),
    "vg_kirmott_uddevalla": ("Kirurgmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E7K18"),
    "vg_barnonk": ("Barnonkologen, Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1B44"),
    "vg_geri_molndal": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E1G12"),
    "vg_minne_molndal": ("Minnesmottagningen, Geriatrik, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E1G27"),
    "vg_onk_su": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1J05"),
    "vg_lunga_skovde": ("Lungmedicinska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E5L11"),
    "vg_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E3M02"),
    "vg_medavd_kungalv": ("Medicinkliniken, avdelning 2, Kungälvs sjukhus", "SE2321000131-E3M16"),
    "vg_gastro_kungalv": ("Medicinmottagningen, gastroenterologi, Kungälvs sjukhus", "SE2321000131-E3M29"),
    "vg_uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1U08"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1N33"),
    "vg_neuroavd_su": ("Neurologavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1N41"),
    "vg_infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E1I19"),
    "vg_infek_boras": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4I06"),
    "vg_kk_nal": ("Kvinnokliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7G22"),
    "vg_ort_skovde": ("Ortopedkliniken, avdelning 23, Skaraborgs Sjukhus Skövde", "SE2321000131-E5T23"),
    "vg_njur_su": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1R14"),
    "vg_kirmott_boras": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4K37"),
    "vg_kir_boras": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4K45"),
    "vg_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E6M01"),
    "vg_medavd_alingsas": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E6M13"),
    "vg_akut_alingsas": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E6A02"),
    "vg_neuro_skovde": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E5N09"),
    "vg_medavd_skovde": ("Medicinavdelning 4, Skaraborgs Sjukhus Skövde", "SE2321000131-E5M04"),
    "vg_hemat_skovde": ("Medicinkliniken, hematologsektionen, Skaraborgs Sjukhus Skövde", "SE2321000131-E5H17"),
    "vg_brost_su": ("Bröstmottagningen, Kirurgkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1K52"),
    "vg_neuro_nal": ("Neurologmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7N05"),
    "vg_med_boras": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4M10"),
    "vg_hemat_kungalv": ("Medicinmottagningen, hematologi, Kungälvs sjukhus", "SE2321000131-E3H08"),
}

# ----------------------------------------------------------------------------- cases
# Each case: one note n1. Fields:
#   name, rs (ruleset), pnr, born, sys, tpl, unit, author (name, role), time, signed
#   (None = unsigned draft), setting, sections [(keyword, text)], must, must_not, why
CASES = []


def case(name, rs, pnr, born, unit, author, time, signed, sections, must, must_not, why,
         sys_="Melior", tpl="Läkaranteckning", setting="öppenvård"):
    CASES.append(dict(name=name, rs=rs, pnr=pnr, born=born, unit=unit, author=author,
                      time=time, signed=signed, sections=sections, must=must,
                      must_not=must_not, why=why, sys=sys_, tpl=tpl, setting=setting))


# ======================= NL101 positives: the patient has not been told ==============

case("onk-skelettmets-samtalet-far-vanta-tills-maken-kan-komma", "skane",
     "19570903-2303", "1957-09-03", "sk_onk_lund", ("Margareta Lindqvist", "läkare"),
     "2024-04-15T16:40:00", "2024-04-15T17:25:00", [
         ("Aktuellt", "66-årig kvinna, opererad för bröstcancer vä 2019 (pT1cN0, ER-pos, HER2-neg), endokrin behandling med letrozol avslutad jan 2024. Sedan 6 veckor tilltagande ländryggsvärk, värst nattetid."),
         ("Status", "Opåverkad, rör sig stelt. Palpationsömhet över L3–L4. Neurologiskt ua, inga sensibilitetsbortfall, normala reflexer. Operationsärret vä bröst läkt, inga resistenser."),
         ("Bedömning", "Skelettscintigrafi och DT thorax-buk 12/4 visar multipla skelettmetastaser i ländkotpelaren och bäckenet, inga viscerala metastaser. Recidiv av bröstcancer med skelettspridning. Samtalet får vänta tills maken kan följa med – han är bortrest t.o.m. torsdag och pat har tidigare bett att han ska vara med vid alla besked. Hon vet alltså ännu inte om fynden, hon tror att vi idag bara följer upp smärtan."),
         ("Planering", "Nytt besök 18/4 kl 13.00 tillsammans med kontaktsjuksköterska. Där tas även ställning till denosumab och nästa linjes endokrina behandling. Oxynorm 5 mg vid behov förskrivet, max 4 ggr/d."),
     ], ["NL101"], [],
     "senior oncologist: bone metastases visible, 'samtalet får vänta tills' the husband can come, patient unaware")

case("akut-jour-coloncancer-levermets-pat-ej-info-natt-utkast", "skane",
     "19451120-3038", "1945-11-20", "sk_akut_malmo", ("Jonas Berg", "läkare"),
     "2024-02-08T02:55:00", None, [
         ("Kontaktorsak", "Buksmärta hö sida, viktnedgång."),
         ("Anamnes", "78 å man. FF på Waran, hypertoni. 2 mån trötthet, -8 kg. Sedan 3 d molande smärta hö fossa, ingen feber, avföring ua enl pat."),
         ("Status", "AT: opåverkad, blek. Cor: oregelb, inga blåsljud. Buk: mjuk, palp.öm hö fossa, ingen défense, ingen peritonit."),
         ("Lab", "Hb 94, CRP 31, ALP 4,1, bilirubin 18, PK(INR) 2,6."),
         ("Röntgen", "DT buk m iv kontrast: ca 6 cm tumör caecum/colon ascendens, multipla levermetastaser bilat. Ingen fri gas, ingen ileus."),
         ("Bedömning", "Coloncancer m levermets. Pat EJ info om DT-svaret – klockan är 3 på natten, han är ensam här och själv trött, tar det inte nu. Överlämnas till kir-avd att ge besked dagtid m dottern."),
         ("Åtgärd", "Inl kir avd 7. Waran paus, nytt INR kl 07. Alvedon 1 g x 4, Oxynorm vb."),
     ], ["NL101"], [],
     "stressed resident, telegraphic unsigned draft: colon cancer with liver mets, 'Pat EJ info', handed over",
     tpl="Akutanteckning", setting="akut")

case("psykolog-autism-resultat-ej-aterfort-till-pat", "skane",
     "20000514-3755", "2000-05-14", "sk_vuxpsyk_lund", ("Sara Håkansson", "psykolog"),
     "2024-05-21T13:30:00", "2024-05-21T15:05:00", [
         ("Utredning", "Neuropsykiatrisk utredning avslutad. Ingående: ADOS-2 modul 4, WAIS-IV, RAADS-14, intervju med pat samt anhöriganamnes via modern (ADI-R)."),
         ("Resultat", "Generell begåvning inom normalvariationen (GAI 108), ojämn profil med låg bearbetningshastighet. ADOS-2 över gränsvärdet för autism. Anamnesen beskriver kvalitativa avvikelser i social kommunikation och begränsade, repetitiva beteenden sedan tidig barndom."),
         ("Bedömning", "Pat uppfyller kriterierna för autism (F84.0) utan intellektuell funktionsnedsättning. Resultatet har ännu inte återförts till pat; han har själv bett att få höra det muntligt och inte läsa det först. Återgivningssamtal bokat 3/6 med ansvarig läkare."),
     ], ["NL101"], [],
     "psychologist: autism diagnosis written before the feedback session, result not yet returned to patient",
     tpl="Psykologanteckning", setting="psykiatrisk öppenvård")

case("barnmorska-rul-fallot-foster-pat-och-sambo-har-inte-fatt-veta", "vgr",
     "19921201-4469", "1992-12-01", "vg_kk_boras", ("Linda Åberg", "barnmorska"),
     "2024-03-06T11:20:00", "2024-03-06T11:50:00", [
         ("Undersökning", "Rutinultraljud v 19+2. Ett levande foster, biometri motsvarar ultraljudsdatering. Placenta framvägg, normal fostervattenmängd. Vid hjärtundersökning ses stort VSD med överridande aorta och smal pulmonalis. Överläkare Ekström tillkallad, konstaterar Fallots tetrad hos fostret."),
         ("Information", "Pat och hennes sambo har inte fått veta fyndet ännu. Jag sa att läkaren vill titta en gång till och att de får vänta i samtalsrummet. Dr Ekström tar samtalet med dem direkt efter lunch."),
         ("Planering", "Remiss fostermedicin SU skrivs av läkare. Kurator meddelad."),
     ], ["NL101"], [],
     "midwife at routine ultrasound: fetal Fallot in the mother's visible note, mother not yet told",
     tpl="Barnmorskeanteckning")

case("sekreterare-diktat-melanom-pat-har-annu-inte-meddelats", "skane",
     "19710827-5194", "1971-08-27", "sk_hud_lund", ("Eva Mårtensson", "läkarsekreterare"),
     "2024-05-07T14:10:00", "2024-05-08T09:30:00", [
         ("Aktuellt", "Dikterat av dr Anders Persson 2024-05-07, utskrivet av läkarsekreterare. Pat excisionsbiopserades 22/4 på grund av förändrat pigmentmärke på ryggen, höger skulderblad."),
         ("PAD", "Malignt melanom av ytligt spridande typ, Breslow 1,4 mm, ulceration saknas, mitoser 2/mm². Radikalt exciderat med minsta marginal 2 mm. pT2a."),
         ("Bedömning", "Malignt melanom hö skulderblad, pT2a. Pat har ännu inte meddelats PAD-svaret. Kallas till läkarbesök inom två veckor för besked och planering av utvidgad excision samt portvaktskörtelbiopsi. /dikt. AP"),
     ], ["NL101"], [],
     "secretary transcribing dictation: melanoma PAD in visible note, 'pat har ännu inte meddelats'")

case("operationsberattelse-peritoneal-carcinos-informeras-imorgon", "vgr",
     "19601009-5807", "1960-10-09", "vg_kir_uddevalla", ("Peter Sandberg", "läkare"),
     "2024-06-12T21:05:00", "2024-06-13T07:45:00", [
         ("Indikation", "Tunntarmsileus sedan 2 dygn, ej löst på konservativ behandling. Tidigare appendektomi."),
         ("Operationsfynd", "Medellinjelaparotomi. Ca 1,5 l klar gulaktig ascites. Utbredd peritoneal carcinos med noduli 2–10 mm över parietala peritoneum och tunntarmskäxet, omentet omvandlat till en tumörplatta. Distala ileum strypt av tumörväxt ca 30 cm från Bauhinska valveln. Fryssnitt från omentet: adenocarcinom."),
         ("Åtgärd", "Ileotransversostomi sida-till-sida med stapler för att kringgå hindret. Biopsier från omentum och peritoneum till PAD, ascites till cytologi. Bukväggen sluten med PDS-loop."),
         ("Information", "Pat är inte informerad om fynden, hon var sövd och är fortfarande omtöcknad på postop. Undertecknad informerar henne på avdelningen imorgon förmiddag, hon har önskat att dottern är med."),
     ], ["NL101"], [],
     "surgeon's operation note: carcinomatosis found under anaesthesia, patient to be told tomorrow",
     tpl="Operationsberättelse", setting="slutenvård")

case("neuro-inklistrat-mr-svar-gliom-besked-ges-av-neurokirurg", "skane",
     "19660330-6538", "1966-03-30", "sk_neuro_hbg", ("Karin Ohlsson", "läkare"),
     "2024-09-11T10:15:00", "2024-09-11T10:50:00", [
         ("Aktuellt", "Åter efter MR hjärna, utreds för tre veckors huvudvärk och ordfinningssvårigheter."),
         ("Röntgen", "Svar inklistrat, MR hjärna med kontrast 2024-09-10, radiolog B. Nilsson: '4,5 cm ringformigt laddande expansivitet vänster temporallob med central nekros och utbrett perifokalt ödem. Masseffekt med 6 mm medellinjeförskjutning. Ingen hydrocefalus. Bilden är typisk för högmalignt gliom.'"),
         ("Bedömning", "Hjärntumör vänster temporalt, högmalignt gliom enligt MR. Pat är inte underrättad om MR-svaret, han vet bara att vi har fått bilderna. Beskedet lämnas av neurokirurg vid besöket i Lund 16/9 så att han får diagnos och behandlingsplan samtidigt. Insatt Betapred 8 mg x 1 mot ödemet."),
         ("Planering", "Remiss neurokirurgen SUS Lund skickad som prioriterad. Körförbud muntligt meddelat."),
     ], ["NL101"], [],
     "radiologist's reply pasted into the note: brain tumour visible, patient 'inte underrättad', told later by neurosurgeon")

case("barn-3-ar-all-foraldrarna-har-inte-fatt-beskedet", "vgr",
     "20210217-7256", "2021-02-17", "vg_barnonk", ("Helena Forsberg", "läkare"),
     "2024-10-03T17:30:00", "2024-10-03T18:10:00", [
         ("Anamnes", "3-årig pojke, remitterad från barnmottagningen Alingsås pga blekhet, blåmärken och återkommande feber i två veckor. Båda föräldrarna med."),
         ("Status", "Blek, petekier på underbenen. Lever 3 cm under arcus, mjälte palpabel 2 cm. Förstorade lymfkörtlar på halsen bilateralt."),
         ("Lab", "Hb 71, TPK 18, LPK 46 med ca 80 % blaster i utstryk."),
         ("Bedömning", "Benmärgsaspiration i narkos i förmiddags. Flödescytometri visar B-prekursor akut lymfatisk leukemi (ALL). Föräldrarna har inte fått beskedet ännu, de vet att vi utreder en blodsjukdom men inte vilken. Informationssamtal med båda föräldrarna, kontaktsjuksköterska och kurator imorgon kl 9."),
         ("Planering", "Inneliggande. Trombocyttransfusion ikväll. Likvorprov och CVK-inläggning planeras i samband med behandlingsstart enligt ALLTogether."),
     ], ["NL101"], [],
     "pediatrician, 3-year-old: the guardians who read the child's journal have not been told of the leukaemia",
     setting="slutenvård")

case("geriatrik-demens-pat-ej-informerad-om-lungcancer-god-man-informerad", "vgr",
     "19350604-7970", "1935-06-04", "vg_geri_molndal", ("Bengt Åström", "läkare"),
     "2024-05-16T14:00:00", "2024-05-16T15:20:00", [
         ("Bakgrund", "Alzheimers sjukdom med måttlig demens, MMSE 14/30 i mars. Bor på särskilt boende. God man (brorson) sedan 2022."),
         ("Aktuellt", "Inlagd 10/5 pga pneumoni, förbättrad på antibiotika. DT thorax som led i utredning av viktnedgång visar 5 cm tumör hö överlob, förstorade mediastinala lymfkörtlar och metastas i vä binjure. Lungcancer stadium IV, diagnosen ställd kliniskt-radiologiskt, vidare invasiv utredning avstås."),
         ("Bedömning", "Palliativ inriktning. Pat har inte informerats om cancern; han bedöms inte kunna ta in beskedet och blir mycket orolig av sjukhusmiljön. God man och sonen har fått informationen per telefon idag och delar bedömningen."),
         ("Planering", "Åter till boendet måndag. Brytpunktssamtal med sonen på fredag. Vid behov-ordinationer enligt palliativt vårdprogram."),
     ], ["NL101"], [],
     "geriatrician: patient with dementia not told of lung cancer although god man and son were",
     setting="slutenvård")

case("infektion-tolk-uteblev-hepatit-b-beskedet-far-vanta", "skane",
     "19900112-8694", "1990-01-12", "sk_infek_malmo", ("Ali Rahimi", "läkare"),
     "2024-03-19T10:40:00", "2024-03-19T11:30:00", [
         ("Aktuellt", "Nybesök efter remiss från vårdcentralen (hälsoundersökning för asylsökande). Bokad kontakttolk på tigrinja kom inte, och telefontolk gick inte att genomföra pga mycket dålig förbindelse."),
         ("Lab", "HBsAg positivt, HBeAg negativt, anti-HBe positivt, HBV-DNA 2 400 IE/ml, ALAT 0,6 µkat/l. Anti-HCV och hiv-test negativa."),
         ("Bedömning", "Kronisk hepatit B, HBeAg-negativ fas. Beskedet får vänta till nytt besök med tolk på plats – det gick inte att förklara något meningsfullt med gester och lite engelska. Pat vet alltså inte om diagnosen ännu."),
         ("Planering", "Ny tid om 2 veckor, kontakttolk tigrinja bokad, FibroScan samma dag. Smittskyddsanmälan och smittspårning efter att pat informerats."),
     ], ["NL101"], [],
     "interpreter did not come: chronic hepatitis B visible, 'beskedet får vänta' until a visit with interpreter")

case("onk-hon-ar-inte-redo-att-hora-det-progress-lungmets", "vgr",
     "19790722-9301", "1979-07-22", "vg_onk_su", ("Maria Qvist", "läkare"),
     "2024-02-20T15:10:00", "2024-02-20T16:45:00", [
         ("Bakgrund", "Koloncancer sigmoideum, opererad 2023, stadium III, adjuvant behandling avbruten pga neuropati. Recidiv i levern dec 2023, palliativ FOLFOX sedan jan."),
         ("Samtal", "Kom ensam. Mycket ångestfylld redan i väntrummet, grät och sa att hon 'inte orkar med fler dåliga nyheter just nu'. Utvärderande DT efter fyra cykler visar tillväxt av levermetastaserna och nytillkomna lungmetastaser bilateralt. Hon är inte redo att höra det idag, enligt min bedömning, så jag har inte berättat om DT-svaret. Vi pratade om sömn, illamående och hur barnen har det."),
         ("Planering", "Ny tid fredag med maken och kontaktsjuksköterska, då tas progressionen och byte till andra linjens behandling upp. FOLFOX pausas till dess."),
     ], ["NL101"], [],
     "oncologist: new lung metastases written down, 'hon är inte redo att höra det', not told")

case("neuro-ms-vi-har-valt-att-avvakta-till-efter-brollopet", "skane",
     "19950409-1027", "1995-04-09", "sk_neuro_malmo", ("Johan Ekdahl", "läkare"),
     "2024-08-14T13:25:00", "2024-08-14T15:00:00", [
         ("Bedömning", "MR hjärna och halsrygg visar multipla periventrikulära och juxtakortikala lesioner samt en lesion i C3-nivå, två laddar kontrast. Likvor: oligoklonala band positiva. McDonald-kriterierna 2017 uppfylls. Diagnos: skovvis förlöpande multipel skleros. Vi har valt att avvakta med beskedet till efter hennes bröllop på lördag, efter samtal med modern som ringde och bad om det, och pat själv har inte fått svaren än. Neurologiskt status är stabilt och inget kräver akut behandling."),
         ("Planering", "Återbesök 22/8 för besked och diskussion om sjukdomsmodifierande behandling. MS-sjuksköterska Lena kopplas in från start."),
     ], ["NL101"], [],
     "neurologist: settled MS diagnosis visible, 'vi har valt att avvakta' until after the wedding")

case("lunga-sclc-besekdet-ges-i-samband-med-konferensen-stavfel", "vgr",
     "19521130-1758", "1952-11-30", "vg_lunga_skovde", ("Anna-Karin Lund", "läkare"),
     "2024-04-04T11:00:00", "2024-04-04T11:40:00", [
         ("Aktuellt", "EBUS med nålaspiration från station 7 och 4R utfördes 28/3."),
         ("PAD", "Småcellig lungcancer. Ki-67 > 80 %."),
         ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt PET-DT. Besekdet ges i samband med behandlingskonferensen på tisdag, då onkologen är med; hittills är pat bara informerad om att proverna tagits och analyseras. Han har ringt och frågat, sekreteraren har sagt att läkaren återkommer."),
     ], ["NL101"], [],
     "typo 'Besekdet': small-cell lung cancer, news given at the conference, patient only knows samples were taken")

case("brost-dcis-har-annu-inte-haft-tillfalle-utkast", "skane",
     "19691017-2466", "1969-10-17", "sk_brost_hbg", ("Cecilia Wahlgren", "läkare"),
     "2024-01-25T18:50:00", None, [
         ("PAD", "Mellannålsbiopsi vänster bröst 15/1: duktal cancer in situ, höggradig, ER-positiv. Utbredning ca 4 cm enligt mammografi."),
         ("Bedömning", "DCIS vänster bröst, utbredd. Har ännu inte haft tillfälle att ge pat svaret – jag har stått på operation hela dagen och hon svarade inte på mina två samtal ikväll. Nytt försök imorgon förmiddag, annars skickas kallelse till besök."),
         ("Planering", "Tas upp på MDK 30/1 inför ställningstagande till mastektomi med eller utan rekonstruktion."),
     ], ["NL101"], [],
     "unsigned draft, breast surgeon: DCIS result, 'har ännu inte haft tillfälle' to tell the patient")

case("hemat-mds-far-reda-pa-det-nar-han-kommer", "vgr",
     "19480202-3194", "1948-02-02", "vg_hemat_kungalv", ("Lars Ivarsson", "läkare"),
     "2024-10-04T09:30:00", "2024-10-04T10:05:00", [
         ("Provsvar", "Benmärgsbiopsi och aspirat 20/9: dysplasi i tre cellinjer, 7 % blaster, komplex karyotyp. Myelodysplastiskt syndrom med ökade blaster (MDS-IB1), IPSS-R mycket hög risk."),
         ("Bedömning", "Pat får reda på det när han kommer på återbesöket 15/10, då hustrun också kan vara med. Vid provtagningen informerades han om att svaret tar ett par veckor, och han har inte hört av sig sedan dess. Ställningstagande till azacitidin eller enbart understödjande behandling tas vid besöket."),
     ], ["NL101"], [],
     "hematologist: MDS result, 'får reda på det när' he comes; he was only informed that the answer takes weeks")

case("ssk-kvall-aml-ska-inte-informeras-forran-lakarsamtalet", "skane",
     "19851205-3805", "1985-12-05", "sk_hemat_lund", ("Frida Nilsson", "sjuksköterska"),
     "2024-06-03T21:35:00", "2024-06-03T22:10:00", [
         ("Omvårdnad", "Pat frågade vid kvällsmedicineringen om svaren från benmärgsprovet. Enligt ansvarig läkare dr Holm ska hon inte informeras om AML-diagnosen förrän vid läkarsamtalet imorgon kl 10, när maken är med. Hänvisade vänligt till samtalet. Pat accepterade men var märkbart orolig."),
         ("Sömn", "Erbjöds Oxascand 5 mg, tog emot. Sov från ca 23."),
     ], ["NL101"], [],
     "ward nurse's evening note names the AML diagnosis the patient is not to be told until tomorrow",
     tpl="Omvårdnadsanteckning", setting="slutenvård")

case("uro-prostatacancer-ej-meddelat-pat-utomlands", "vgr",
     "19570313-4535", "1957-03-13", "vg_uro_su", ("Magnus Dahl", "läkare"),
     "2024-02-26T08:20:00", "2024-02-26T08:35:00", [
         ("Bedömning", "PAD prostatabiopsier: adenocarcinom Gleason 4+4=8 (ISUP 4) i 7 av 12 biopsier, bilat. PSA 48. Högrisk prostatacancer. Ej meddelat pat än – han är på Gran Canaria t.o.m. 3/3 och jag vill inte ge beskedet per tel utomlands. Skelettscint och DT thorax-buk beställt. Besök v 10."),
     ], ["NL101"], [],
     "urologist, one section: high-risk prostate cancer 'ej meddelat pat än', patient abroad")

case("kardio-aortastenos-har-inte-hunnit-infomera-stavfel", "skane",
     "19410819-5241", "1941-08-19", "sk_kardio_lund", ("Oskar Frid", "läkare"),
     "2024-01-23T16:20:00", "2024-01-23T16:55:00", [
         ("Eko", "TTE 23/1: kraftigt förkalkad trikuspid aortaklaff, Vmax 4,8 m/s, medelgradient 58 mmHg, AVA 0,6 cm². LVEF ca 50 %, lätt koncentrisk hypertrofi."),
         ("Bedömning", "Svår symtomatisk aortastenos som förklarar synkoperna. Har inte hunnit infomera pat om ekosvaret, hon sov vid eftermiddagsronden och var trött efter undersökningen. Tas upp på ronden imorgon. Anmäls till TAVI-konferens."),
     ], ["NL101"], [],
     "typo 'infomera': severe aortic stenosis, cardiologist has not had time to tell the patient",
     setting="slutenvård")

case("neuro-als-pat-ej-informerad-diagnossamtal-bokat", "vgr",
     "19660128-5973", "1966-01-28", "vg_neuro_su", ("Elin Strand", "läkare"),
     "2024-11-05T15:45:00", "2024-11-05T16:30:00", [
         ("Sammanfattning", "Åtta månaders progredierande svaghet i höger hand, därefter vänster ben. Fascikulationer i tunga och samtliga extremiteter, livliga reflexer med positiv Babinski hö. EMG: denervering i tre regioner. MR halsrygg och hjärna utan förklarande patologi, normala blodprover inkl CK och antikroppar."),
         ("Bedömning", "Amyotrofisk lateralskleros (ALS), uppfyller Gold Coast-kriterierna. Pat ej informerad om diagnosen ännu. Diagnossamtal bokat 12/11 med kurator och ALS-teamets sjuksköterska, pat har själv önskat att hustrun är med."),
     ], ["NL101"], [],
     "neurologist: ALS diagnosis in summary note, 'pat ej informerad om diagnosen ännu'")

case("endoskopi-sigmoideumcancer-pat-kannner-ej-till-stavfel", "skane",
     "19540906-6684", "1954-09-06", "sk_endo_malmo", ("Nils Gustafsson", "läkare"),
     "2024-03-13T13:10:00", "2024-03-13T13:40:00", [
         ("Undersökning", "Koloskopi 5/3 pga järnbristanemi: cirkumferent, lättblödande tumör i sigmoideum ca 25 cm från anus, passerbar med standardskop. Biopsier tagna, tuschmarkering distalt om tumören. I övrigt divertiklar, inga polyper."),
         ("PAD", "Måttligt differentierat adenocarcinom, MMR-proficient."),
         ("Bedömning", "Sigmoideumcancer. Pat kännner ej till PAD-svaret, det får hon av sin kirurg vid besöket på kolorektalmottagningen 19/3. DT thorax-buk är beställd till före besöket."),
     ], ["NL101"], [],
     "typo 'kännner': endoscopist documents cancer PAD that the patient does not yet know")

case("infektion-hiv-pat-ovetande-kallelse-utan-anledning", "vgr",
     "19970519-7318", "1997-05-19", "vg_infek_ostra", ("Sofia Bergström", "läkare"),
     "2024-06-17T12:05:00", "2024-06-17T12:30:00", [
         ("Provsvar", "Hiv-1 antikropp/antigen positivt på screening, konfirmerat 14/6. CD4 310 × 10⁶/l, virusmängd 86 000 kopior/ml."),
         ("Bedömning", "Hiv-1-infektion, nyupptäckt. Pat är ovetande om provsvaret, nås inte på mobilen och har inte svarat på sms om att ringa oss. Kallelse med brev till återbesök utan angiven anledning skickas idag. Smittskyddsanmälan görs efter informationssamtalet."),
     ], ["NL101"], [],
     "infectious disease doctor: new HIV infection visible, patient 'ovetande', not reachable")

case("gyn-cervixcancer-hon-vet-annu-inte-om-det", "skane",
     "19821125-8028", "1982-11-25", "sk_kk_krstd", ("Åsa Pettersson", "läkare"),
     "2024-04-17T15:30:00", "2024-04-17T16:10:00", [
         ("Anamnes", "Remitterad från cellprovskontroll för HPV 16-positivt prov med HSIL. Kolposkopi med biopsier 10/4."),
         ("PAD", "Invasiv skivepitelcancer, invasionsdjup minst 6 mm, kärlinväxt ej påvisad."),
         ("Bedömning", "Cervixcancer, minst stadium IB enligt PAD. Hon vet ännu inte om det – hon tror att det är förstadier som ska behandlas med konisering. MR lilla bäckenet beställd. Ringer henne imorgon för att boka tid med kontaktsjuksköterska och mig, hon ska få beskedet öga mot öga."),
     ], ["NL101"], [],
     "gynecologist: cervical cancer visible, 'hon vet ännu inte om det', believes it is precancer")

case("psykos-schizofreni-diagnosen-har-inte-delgivits", "skane",
     "20011002-8750", "2001-10-02", "sk_psykos_hbg", ("Jakob Lindahl", "läkare"),
     "2024-09-24T10:50:00", "2024-09-24T11:30:00", [
         ("Bedömning", "Efter sex månaders uppföljning med kvarstående kommenterande röster, bisarra förföljelseidéer och tilltagande negativa symtom uppfylls kriterierna för schizofreni, paranoid form (F20.0). Diagnosen har inte delgivits pat. Han är fortfarande misstänksam mot mottagningen och vi bedömer att alliansen först behöver stärkas; diagnosbesked planeras tillsammans med hans fasta vårdkontakt om två till tre veckor."),
         ("Planering", "Fortsatt Abilify 15 mg. Återbesök 1/10 med kontaktperson."),
     ], ["NL101"], [],
     "psychiatrist: schizophrenia diagnosis 'har inte delgivits pat' while alliance is built",
     setting="psykiatrisk öppenvård")

case("kk-amniocentes-trisomi-21-svaret-inte-lamnat-ej-svar-telefon", "vgr",
     "19860808-9465", "1986-08-08", "vg_kk_nal", ("Ingrid Sjöberg", "barnmorska"),
     "2024-07-09T16:45:00", "2024-07-09T16:55:00", [
         ("Provsvar", "Fostervattenprov v 16+1: QF-PCR visar trisomi 21 hos fostret."),
         ("Åtgärd", "Försökt nå pat per telefon tre gånger idag utan svar, lämnat meddelande om att ringa mottagningen. Svaret är alltså inte lämnat till pat ännu. Nytt försök imorgon kl 8, jourhavande barnmorska informerad om att pat kan ringa ikväll."),
     ], ["NL101"], [],
     "midwife's phone note: trisomy 21 result not yet given, only the on-call midwife is informed",
     tpl="Telefonanteckning")

case("genetik-brca1-svaret-har-annu-inte-lamnats", "skane",
     "19890224-1184", "1989-02-24", "sk_genetik_lund", ("Hanna Sjöstrand", "genetisk vägledare"),
     "2024-08-20T14:00:00", "2024-08-20T14:20:00", [
         ("Provsvar", "Analys av BRCA1/BRCA2 och övriga gener i bröst- och äggstockscancerpanelen: patogen variant i BRCA1 (c.5266dupC), heterozygot. Ärftligt bröst- och äggstockscancersyndrom (HBOC) påvisat hos pat."),
         ("Planering", "Svaret har ännu inte lämnats till pat. Hon har bett att få det vid personligt besök och inte per telefon; besök bokat 4/9 med genetisk vägledare och läkare. Efter beskedet erbjuds släktutredning och remiss till kontrollprogram."),
     ], ["NL101"], [],
     "genetic counsellor: pathogenic BRCA1 variant (HBOC) recorded before the result is given",
     tpl="Mottagningsanteckning")

case("ortoped-patologisk-fraktur-myelom-ej-fatt-besked-utkast", "vgr",
     "19500416-1807", "1950-04-16", "vg_ort_skovde", ("Viktor Holm", "läkare"),
     "2024-05-29T22:10:00", None, [
         ("Aktuellt", "Inlagd med patologisk fraktur hö humerusskaft efter lågenergitrauma. Osteolyser även i skallen på slätröntgen."),
         ("Lab", "Proteinelektrofores: M-komponent IgG kappa 42 g/l. Ca 2,85. Krea 134. Benmärg (hematologkonsult): 30 % klonala plasmaceller."),
         ("Bedömning", "Multipelt myelom med skelettengagemang och hyperkalcemi. Pat har ej fått besked om myelomet, hematolog dr Carlsson kommer imorgon och informerar pat och tar över den fortsatta planeringen. Rehydrering pågår."),
     ], ["NL101"], [],
     "unsigned draft, orthopaedic ward: myeloma behind a pathological fracture, 'ej fått besked'",
     setting="slutenvård")

case("ungdom-17-klinefelter-foraldrar-informerade-sonen-ej", "skane",
     "20070108-2539", "2007-01-08", "sk_barn_hbg", ("Petra Holmgren", "läkare"),
     "2024-02-27T11:30:00", "2024-02-27T12:05:00", [
         ("Provsvar", "Kromosomanalys: 47,XXY. Klinefelters syndrom."),
         ("Samtal", "Telefonsamtal med båda föräldrarna idag, de är informerade om svaret och har fått skriftlig information. De vill själva berätta för sonen i lugn och ro hemma i helgen, och han har alltså ännu inte fått veta diagnosen. Jag har förklarat att han är 17 och kan läsa sin journal på 1177 samt att han ska erbjudas eget samtal med mig."),
         ("Planering", "Besök med pojken 5/3, testosteronbehandling och fertilitetsfrågor tas upp. Remiss andrologen Malmö."),
     ], ["NL101"], [],
     "17-year-old reads his own journal: parents told, the patient himself not yet (the reverse of a relatives-only miss)")

case("njur-iga-nefropati-ej-informerad-annnu-stavfel", "vgr",
     "19791103-3251", "1979-11-03", "vg_njur_su", ("Erik Söderlund", "läkare"),
     "2024-04-08T08:50:00", "2024-04-08T09:00:00", [
         ("Bedömning", "Njurbiopsi 3/4: IgA-nefropati, MEST-C M1 E0 S1 T1 C0. Pat ej informerad om biopsisvaret ännnu. Tel-tid bokad 11/4, då startas även RAS-blockad."),
     ], ["NL101"], [],
     "typo 'ännnu', terse nephrology note: IgA nephropathy not yet told")

case("onh-larynxcancer-besked-ej-givet-informeras-efter-mdk", "skane",
     "19601214-3977", "1960-12-14", "sk_onh_lund", ("Gustav Nord", "läkare"),
     "2024-02-09T15:00:00", "2024-02-09T15:35:00", [
         ("Åtgärd", "Direktlaryngoskopi i narkos 8/2 med biopsier från höger stämband. Pat vaknade utan komplikationer, hemgång igår."),
         ("PAD", "Skivepitelcancer, högt differentierad."),
         ("Bedömning", "Glottisk larynxcancer hö, kliniskt T2N0. Besked ej givet ännu. Pat informeras när fallet är diskuterat på MDK tisdag, så att han får diagnos och behandlingsförslag vid ett och samma besök."),
     ], ["NL101"], [],
     "ENT surgeon: laryngeal cancer, 'besked ej givet', patient informed after the MDT")

case("medicin-pankreascancer-sonen-bad-oss-inte-beratta", "skane",
     "19400121-4685", "1940-01-21", "sk_med_ystad", ("Henrik Bengtsson", "läkare"),
     "2024-11-19T13:40:00", "2024-11-19T14:30:00", [
         ("Aktuellt", "Inlagd pga ikterus och klåda. DT buk: 4 cm tumör i pankreashuvudet med dilaterade gallvägar och två levermetastaser. CA 19-9 2 100. Pankreascancer stadium IV."),
         ("Bedömning", "Sonen har bett oss att inte berätta om cancern för sin mamma förrän han och systern har pratat med henne själva i helgen. Pat har därför ännu inte informerats om diagnosen. Har förklarat för sonen att mamma har rätt till information och att vi svarar ärligt om hon frågar direkt."),
         ("Planering", "ERCP med stent måndag. Palliativ inriktning diskuteras med pat och familj efter helgen."),
     ], ["NL101"], [],
     "family asked staff not to tell: pancreatic cancer visible, patient not informed",
     setting="slutenvård")

# ======================= NL101 near misses (must_not) ==============================

case("gynonk-recidiv-pat-informerad-maken-och-barnen-vet-inte", "skane",
     "19630530-5309", "1963-05-30", "sk_gynonk_lund", ("Marie Holst", "läkare"),
     "2024-07-02T10:20:00", "2024-07-02T11:00:00", [
         ("Bedömning", "DT buk visar nytillkommen peritoneal spridning och ascites, CA-125 stigande till 480. Recidiv av höggradig serös ovarialcancer. Pat informerad idag om recidivet och att behandlingen nu är livsförlängande. Hon vill själv berätta för maken och de vuxna barnen, som ännu inte vet något, och vill inte att vi kontaktar dem."),
         ("Planering", "Start karboplatin-doxorubicin 9/7. Kontaktsjuksköterska ringer på fredag."),
     ], [], ["NL101"],
     "patient told of the relapse; only husband and children do not know yet")

case("kirurg-net-tumor-informerad-per-telefon-redan", "vgr",
     "19710303-6039", "1971-03-03", "vg_kirmott_boras", ("Tobias Wik", "läkare"),
     "2024-06-18T09:15:00", "2024-06-18T09:50:00", [
         ("Aktuellt", "Återbesök 3 v efter tunntarmsresektion. PAD: högt differentierad neuroendokrin tumör i ileum, G1, radikalt opererad, 0/14 lymfkörtlar."),
         ("Information", "Pat informerades per telefon 4/6 av undertecknad om PAD-svaret och har haft tid att fundera. Idag gick vi igenom det igen och han hade frågor om ärftlighet och kost."),
         ("Status", "Sår läkt, buken mjuk och oöm."),
         ("Planering", "Uppföljning enligt NET-program med CgA och DT om 6 mån."),
     ], [], ["NL101"],
     "patient was already told the PAD result by phone before the visit")

case("kontaktssk-lymfom-remission-ej-informerad-om-ny-pet-tid", "skane",
     "19740909-6752", "1974-09-09", "sk_hemat_lund", ("Anna Wallin", "sjuksköterska"),
     "2024-05-08T14:20:00", "2024-05-08T14:35:00", [
         ("Kontaktorsak", "Pat med diffust storcelligt B-cellslymfom, i komplett remission efter sex R-CHOP, ringer och undrar om uppföljningen."),
         ("Åtgärd", "Svarat på frågor om uppföljningsintervall. Efter samtalet meddelade röntgen att PET-DT flyttas från 20/5 till 27/5 pga maskinhaveri. Pat ej informerad om den nya tiden än, kallelse skickas med post idag. Han mår bra, inga B-symtom."),
     ], [], ["NL101"],
     "what the patient has not been told is a new appointment time, not a diagnosis",
     tpl="Telefonanteckning")

case("medicin-hypotyreos-normalt-tsh-pat-har-inte-fatt-svaret", "vgr",
     "19681222-7467", "1968-12-22", "vg_med_alingsas", ("Karl Lindström", "läkare"),
     "2024-03-27T15:05:00", "2024-03-27T15:10:00", [
         ("Provsvar", "Känd hypotyreos sedan 2015, Levaxin 100 µg. Kontroll 20/3: TSH 1,8, fritt T4 15 – inom referensområdet."),
         ("Bedömning", "Välinställd substitution, oförändrad dos. Pat har inte fått provsvaret ännu, svarsbrev skickas. Ny kontroll om ett år via vårdcentralen."),
     ], [], ["NL101"],
     "untold item is a normal lab result; the hypothyroidism itself is long known")

case("ak-mottagning-dosandrigen-ej-meddelad-stavfel", "skane",
     "19440625-8196", "1944-06-25", "sk_ak_malmo", ("Birgitta Olsson", "sjuksköterska"),
     "2024-06-10T16:20:00", "2024-06-10T16:25:00", [
         ("Ordination", "Förmaksflimmer, Waran sedan 2016. PK(INR) idag 3,6 (mål 2–3), inga blödningar rapporterade vid senaste kontakt. Dosändring: 2½ tablett dagligen i tre dagar, därefter åter 3 tabletter dagligen. Ny kontroll 17/6."),
         ("Kontakt", "Pat ännu inte informerad om dosändrigen – inget svar på telefon kl 14 och 16. Nytt försök imorgon bitti innan kvällsdosen, annars ringer jag hustrun."),
     ], [], ["NL101"],
     "typo 'dosändrigen': the patient has not been told of a warfarin dose change, not of a diagnosis",
     tpl="Telefonanteckning")

case("skane-mall-tidiga-hypoteser-huntington-ej-informerad", "skane",
     "19830707-8819", "1983-07-07", "sk_neuro_lund", ("Rebecka Lind", "läkare"),
     "2024-03-05T15:40:00", "2024-03-05T16:00:00", [
         ("Bedömning", "Misstänkt Huntingtons sjukdom med hänsyn till tilltagande choreatiska rörelser, personlighetsförändring och att fadern enligt uppgift dog i en 'nervsjukdom' i 50-årsåldern. Pat ej informerad om misstanken. Diagnostisk gentest kräver först genetisk vägledning, remiss klinisk genetik övervägs efter nästa besök."),
     ], [], ["NL101", "NL102"],
     "Skåne Tidiga hypoteser template hides both the suspicion and the not-informed statement",
     tpl="Tidiga hypoteser")

case("vgr-sokord-tidiga-hypoteser-cjd-synliga-delar-utan-diagnos", "vgr",
     "19560214-9527", "1956-02-14", "vg_neuroavd_su", ("Mikael Eriksson", "läkare"),
     "2024-10-22T14:50:00", "2024-10-22T15:35:00", [
         ("Aktuellt", "Snabbt progredierande kognitiv svikt sedan 2 mån, myoklonier. Lumbalpunktion utförd, EEG och MR diffusion gjorda. Pat och dottern informerade om att vi inväntar specialanalyser och återkommer när allt är klart."),
         ("Status", "Desorienterad till tid, myokloniska ryck i armarna vid ljud. Ataktisk gång."),
         ("Tidiga hypoteser", "Creutzfeldt-Jakobs sjukdom? MR med diffusionsrestriktion i caudatus och cortex bilat, EEG med periodiska komplex. 14-3-3 och RT-QuIC skickade. Frågeställningen ej framförd till pat eller anhöriga ännu."),
     ], [], ["NL101", "NL102"],
     "VGR sökord Tidiga hypoteser: suspected CJD and 'ej framförd' stay hidden; visible parts hold no diagnosis",
     setting="slutenvård")

case("vgr-synligt-ej-informerad-om-dt-diagnosen-bara-i-dolt-sokord", "vgr",
     "19610801-1252", "1961-08-01", "vg_medavd_kungalv", ("Sara Lindgren", "läkare"),
     "2024-05-06T11:15:00", "2024-05-06T12:00:00", [
         ("Aktuellt", "Inlagd för utredning av viktnedgång och ryggsmärta, DT buk utförd igår."),
         ("Bedömning", "Pat ej informerad om DT-svaret ännu, han väntar på att hustrun ska komma på eftermiddagen. Vidare bedömning under Tidiga hypoteser."),
         ("Tidiga hypoteser", "DT: 3 cm lågattenuerande process i pankreaskroppen med misstänkt kärlengagemang; frågeställning pankreascancer. EUS med biopsi begärd."),
     ], [], ["NL101", "NL102"],
     "visible text says 'ej informerad' but the diagnosis is only in the hidden sökord",
     setting="slutenvård")

case("lunga-egfr-informerades-av-kollega-12-3", "skane",
     "19490505-1969", "1949-05-05", "sk_lunga_lund", ("Daniel Nyberg", "läkare"),
     "2024-03-26T10:10:00", "2024-03-26T10:40:00", [
         ("Aktuellt", "Pat informerades om diagnosen adenocarcinom i vänster underlob med EGFR-mutation (exon 19-deletion) och skelettmetastaser av dr Ström 12/3, dottern var med. Hon har sedan dess läst på och kommer idag med en lista med frågor."),
         ("Bedömning", "Lungcancer stadium IVB, EGFR-muterad. Frågorna besvarade. Start osimertinib 80 mg x 1 idag."),
         ("Planering", "Eko och EKG före start tagna, normala. Kontroll om 4 veckor med blodprover."),
     ], [], ["NL101"],
     "the diagnosis was given by a colleague at an earlier visit")

case("brost-biopsi-ingen-malignitet-pat-har-inte-fatt-svaret", "vgr",
     "19800629-2687", "1980-06-29", "vg_brost_su", ("Jenny Holmberg", "läkare"),
     "2024-09-12T17:00:00", "2024-09-12T17:10:00", [
         ("PAD", "Mellannålsbiopsi höger bröst kl 10: normal bröstvävnad, ingen malignitet, inga atypier."),
         ("Bedömning", "Benignt, överensstämmer med mammografi och ultraljud. Pat har inte fått svaret ännu, jag ringer henne imorgon förmiddag. Ingen ytterligare kontroll behövs."),
     ], [], ["NL101"],
     "untold result is benign/negated: no diagnosis withheld")

case("akut-lungemboli-pat-informerad-bakjour-ej-utkast", "skane",
     "19760403-3303", "1976-04-03", "sk_akut_hbg", ("Ebba Lund", "läkare"),
     "2024-04-20T04:10:00", None, [
         ("Anamnes", "Andfåddhet och pleuritsmärta hö sedan 2 d. P-piller. Långflygning från Bangkok för en vecka sedan."),
         ("Status", "Saturation 93 % luft, AF 22, puls 104, BT 128/80. Cor, pulm ua."),
         ("Röntgen", "DT lungartärer: bilaterala lungembolier i segmentartärer, ingen högerbelastning."),
         ("Bedömning", "Lungemboli bilateralt, lågrisk (sPESI 0). Pat informerad om fyndet och behandlingen, förstår och vill helst gå hem. Bakjour ej informerad då pat är stabil, tas upp på morgonmötet."),
         ("Åtgärd", "Eliquis 10 mg x 2 i 7 d, därefter 5 mg x 2. Sluta med p-piller, gyn-kontakt. Hem med återbesök AVA 2 v."),
     ], [], ["NL101"],
     "unsigned draft: the one not informed is the consultant on call, the patient was told",
     tpl="Akutanteckning", setting="akut")

case("neuro-epilepsi-har-inte-berattat-for-arbetsgivaren", "vgr",
     "19881010-4037", "1988-10-10", "vg_neuro_skovde", ("Ola Persson", "läkare"),
     "2024-08-29T14:00:00", "2024-08-29T14:45:00", [
         ("Bedömning", "Två oprovocerade fokala anfall med medvetandepåverkan, EEG med vänstersidig temporal epileptiform aktivitet, MR ua. Fokal epilepsi. Diagnosen genomgången med pat idag. Han har ännu inte berättat för arbetsgivaren (bussbolag) och vill vänta tills han vet mer om behandlingen."),
         ("Planering", "Start lamotrigin enligt upptrappningsschema. Informerad om körförbud 12 månader, även yrkestrafik; läkarintyg till Transportstyrelsen skickas enligt anmälningsplikt."),
     ], [], ["NL101"],
     "patient knows the epilepsy diagnosis; it is the employer who has not been told")

case("palliativ-hjarnmets-informerad-vill-inte-prata-prognos", "skane",
     "19580714-4745", "1958-07-14", "sk_onk_kristianstad", ("Mats Edvardsson", "läkare"),
     "2024-07-08T11:20:00", "2024-07-08T12:00:00", [
         ("Samtal", "Genomgång av MR hjärna med pat och hennes syster. Pat informerad om att lungcancern har spridit sig till hjärnan, fem metastaser, den största 14 mm. Hon frågade inte om förväntad tid kvar och sa uttryckligen att hon inte vill prata om det idag, vilket respekteras."),
         ("Planering", "Stereotaktisk strålbehandling diskuteras på strålkonferens. Betapred 4 mg x 1. Ny tid om en vecka."),
     ], [], ["NL101"],
     "brain metastases told; what is left unsaid is the prognosis, which is not a diagnosis")

case("medicin-njurcancer-infomerad-pa-ronden-idag-stavfel", "vgr",
     "19510131-5470", "1951-01-31", "vg_medavd_skovde", ("Ida Frisk", "läkare"),
     "2024-06-05T12:40:00", "2024-06-05T13:20:00", [
         ("Aktuellt", "Vid inskrivningen i natt hade pat inte fått beskedet om DT-fynden från vårdcentralens remiss, jourläkaren valde att vänta till dagtid."),
         ("Bedömning", "Njurcancer höger med multipla lungmetastaser. Pat infomerad på ronden idag av undertecknad, sonen deltog via telefon. Han tog beskedet sakligt och hade frågor om behandling, som besvarades så långt det går."),
         ("Planering", "Remiss onkologen för ställningstagande till systemisk behandling. Urologkonsult angående nefrektomi."),
     ], [], ["NL101"],
     "typo 'infomerad': not told at admission but told at today's round, so now informed",
     setting="slutenvård")

case("geriatrik-lindrig-demens-informerad-om-brostcancer-god-man-ej", "skane",
     "19380317-6183", "1938-03-17", "sk_geri_malmo", ("Yvonne Sandell", "läkare"),
     "2024-09-09T13:00:00", "2024-09-09T13:50:00", [
         ("Bedömning", "Mammografi och biopsi: invasiv bröstcancer hö, 18 mm, ER-positiv, HER2-negativ. Pat, som har lindrig Alzheimerdemens (MMSE 23), informerad idag om diagnosen med enkla ord och skriftligt stöd. Hon återberättar adekvat att hon har bröstcancer och att hon inte vill opereras. God man är inte informerad än – pat vill att vi väntar med det tills hon själv har pratat med sin brorsdotter."),
         ("Planering", "Primär endokrin behandling med letrozol. Återbesök 3 månader."),
     ], [], ["NL101"],
     "patient with mild dementia was told; only the god man has not been informed")

case("infektion-telefontolk-latent-tb-informerad", "vgr",
     "19930915-6819", "1993-09-15", "vg_infek_boras", ("Nadia Haddad", "läkare"),
     "2024-02-14T10:30:00", "2024-02-14T11:10:00", [
         ("Tolk", "Telefontolk dari, tolk-id 3371, tolkningen fungerade väl."),
         ("Bedömning", "IGRA positivt, lungröntgen utan tecken på aktiv sjukdom, inga symtom. Latent tuberkulos. Via tolken informerad om att han bär på vilande tuberkulos, att han inte smittar och varför förebyggande behandling rekommenderas. Pat ställde frågor om familjen och om arbete, samtliga besvarade."),
         ("Planering", "Rifampicin 600 mg x 1 i 4 mån. Leverprover om 2 v. Ny tid med tolk om 1 mån."),
     ], [], ["NL101"],
     "interpreter-mediated visit where the diagnosis was given through the interpreter")

case("barn-3-ar-diabetes-foraldrar-informerade-morforaldrar-ej", "skane",
     "20210422-7521", "2021-04-22", "sk_barn_lund", ("Tove Axelsson", "läkare"),
     "2024-08-05T16:00:00", "2024-08-05T16:40:00", [
         ("Anamnes", "3-årig flicka med en veckas ökad törst, blöta blöjor på nätterna igen och trötthet. Båda föräldrarna med."),
         ("Lab", "P-glukos 24, ketoner 3,8, pH 7,29. HbA1c 78. GAD-ak positiva."),
         ("Bedömning", "Typ 1-diabetes med lätt ketoacidos vid debut. Båda föräldrarna informerade idag om diagnosen, hur insulinbehandlingen fungerar och att diabetessjuksköterskan träffar dem dagligen under vårdtiden. De vill själva berätta för mor- och farföräldrarna, som ännu inte vet något."),
         ("Planering", "Insulininfusion enligt DKA-PM, övergång till pump. Diabetesteamet kopplat."),
     ], [], ["NL101"],
     "3-year-old: guardians told; only the grandparents do not know",
     setting="slutenvård")

case("kirurg-ljumskbrack-inget-operationsdatum-an-utkast", "vgr",
     "19591208-8258", "1959-12-08", "vg_kirmott_uddevalla", ("Fredrik Alm", "läkare"),
     "2024-10-15T10:05:00", None, [
         ("Bedömning", "Ljumskbråck höger, indirekt, bekräftat vid ultraljud. Pat informerad om fyndet och om operationsmetoden (TEP), önskar operation."),
         ("Planering", "Sätts upp på väntelista för dagkirurgi. Pat har inte fått något operationsdatum ännu, planeringssjuksköterskan ringer honom när tid finns. Sjukskrivning 1 v efter ingreppet."),
     ], [], ["NL101"],
     "unsigned draft: what is not yet told is the operation date; the hernia was explained")

case("reuma-ra-informerad-biverkningar-gar-ssk-igenom-fredag", "skane",
     "19720206-8966", "1972-02-06", "sk_reuma_lund", ("Lisa Berglund", "läkare"),
     "2024-05-14T14:30:00", "2024-05-14T15:05:00", [
         ("Bedömning", "Seropositiv reumatoid artrit (anti-CCP > 300), DAS28 5,2. Pat och jag har idag gått igenom diagnosen och hon vill börja behandling direkt."),
         ("Planering", "Start metotrexat 15 mg/v och folsyra. Hon är ännu inte informerad om biverkningar, provtagningsschema och alkoholråd – det gör reumasjuksköterskan vid besöket på fredag. Lungröntgen och hepatitserologi före start."),
     ], [], ["NL101"],
     "diagnosis discussed; the pending information is about drug side effects")

case("kontaktssk-prostatacancer-beskedet-lamnades-idag", "skane",
     "19551020-9694", "1955-10-20", "sk_uro_malmo", ("Camilla Ek", "sjuksköterska"),
     "2024-03-21T15:15:00", "2024-03-21T15:40:00", [
         ("Omvårdnad", "Närvarade som kontaktsjuksköterska vid läkarsamtalet där beskedet lämnades idag: prostatacancer med spridning till skelettet. Pat tog beskedet lugnt, hustrun grät. De fick min direkttelefon, Min vårdplan och broschyren om prostatacancer."),
         ("Plan", "Ringer upp dem på måndag. Start hormonbehandling enligt läkarordination."),
     ], [], ["NL101"],
     "contact nurse documents the news was given today in her presence",
     tpl="Omvårdnadsanteckning")

case("lunga-inklistrat-normalt-dt-svar-meddelas-via-brev", "skane",
     "19700730-1315", "1970-07-30", "sk_lunga_krstd", ("Jesper Malm", "läkare"),
     "2024-02-15T13:25:00", "2024-02-15T13:30:00", [
         ("Röntgen", "Inklistrat svar DT thorax 2024-02-14, radiolog: 'Inga lungnoduli, inga förstorade lymfkörtlar. Ingen tumör. Normal undersökning.'"),
         ("Bedömning", "Normal DT hos pat med långdragen hosta efter luftvägsinfektion, ingen malignitet. Pat har inte fått svaret ännu, meddelas via brev och kan ringa vid frågor. Ingen uppföljning på lungmottagningen."),
     ], [], ["NL101"],
     "pasted radiology reply is normal; the untold result bears no diagnosis")

case("psykolog-adhd-aterfort-till-pat-foraldrarna-ej-informerade", "skane",
     "20050312-2020", "2005-03-12", "sk_vuxpsyk_malmo", ("Amir Kovač", "psykolog"),
     "2024-06-26T10:00:00", "2024-06-26T11:15:00", [
         ("Återgivning", "Återgivningssamtal genomfört. Pat informerad om att utredningen visar ADHD, kombinerad form, och att begåvningsprofilen är jämn inom normalområdet. Hon kände igen sig och var lättad. Föräldrarna är inte informerade; pat är 19 år och vill själv bestämma om och när hon berättar."),
         ("Planering", "Remiss läkare för ställningstagande till farmakologisk behandling. Erbjuds psykoedukativ grupp till hösten."),
     ], [], ["NL101"],
     "psychologist's feedback session: 19-year-old told of ADHD, parents not",
     tpl="Psykologanteckning", setting="psykiatrisk öppenvård")

case("barnmorska-graviditetsdiabetes-informerad-per-telefon-igar", "skane",
     "19941111-2742", "1994-11-11", "sk_mvc_malmo", ("Josefin Kraft", "barnmorska"),
     "2024-08-21T09:40:00", "2024-08-21T10:00:00", [
         ("Aktuellt", "OGTT v 28+2: fastande 5,4, 2-timmarsvärde 10,9. Graviditetsdiabetes."),
         ("Information", "Pat informerades per telefon igår eftermiddag av mig om provsvaret och diagnosen. Idag besök för glukosmätare, kostråd och genomgång av målvärden."),
         ("Planering", "Egenmätning 4 ggr/d, diabetesbarnmorska ringer om 1 v. Tillväxtultraljud v 32."),
     ], [], ["NL101"],
     "midwife: gestational diabetes already told by phone yesterday",
     tpl="Barnmorskeanteckning")

case("op-kolecystit-konvertering-ej-informerad-diagnos-kand-preop", "skane",
     "19670618-3461", "1967-06-18", "sk_kir_ystad", ("Rasmus Hall", "läkare"),
     "2024-09-03T19:30:00", "2024-09-03T20:10:00", [
         ("Indikation", "Akut kolecystit, ultraljudsverifierad, 3 dygns anamnes. Pat informerad preoperativt om diagnosen och att operationen kunde behöva göras öppen."),
         ("Operationsfynd", "Akut flegmonös kolecystit, kraftigt inflammerad gallblåsa med täta adherenser mot duodenum. Calots triangel kunde inte frilägas säkert laparoskopiskt."),
         ("Åtgärd", "Konvertering till öppen subkostal kolecystektomi. Drän i gallblåsebädden."),
         ("Information", "Pat ej informerad om konverteringen ännu, hon sover postoperativt. Tas på ronden imorgon."),
     ], [], ["NL101"],
     "operation note: diagnosis told preop; not yet told is the conversion to open surgery",
     tpl="Operationsberättelse", setting="slutenvård")

case("minnesmott-vaskular-demens-informerad-minns-trol-inte", "vgr",
     "19370925-4191", "1937-09-25", "vg_minne_molndal", ("Karin Bäck", "läkare"),
     "2024-04-11T15:00:00", "2024-04-11T15:40:00", [
         ("Bedömning", "Vaskulär demens, måttlig grad, diagnosen ställd efter utredning i februari. Pat informerad om diagnosen igen idag, han lyssnar men minns trol. inte samtalet till nästa gång. God man och dottern informerades vid utredningsbesöket och deltog även idag."),
         ("Planering", "Ökad hemtjänst, trygghetslarm. Ny kontakt med dottern om 3 mån, tidigare vid behov."),
     ], [], ["NL101", "NL102"],
     "patient with dementia told again; 'trol.' hedges his memory, not the diagnosis")

case("kirurg-coloncancer-pad-ej-klart-inget-svar-att-ge", "vgr",
     "19460404-4802", "1946-04-04", "vg_kir_boras", ("Andreas Lilja", "läkare"),
     "2024-07-11T11:45:00", "2024-07-11T12:20:00", [
         ("Aktuellt", "Dag 4 efter hö-sidig hemikolektomi pga coloncancer i colon ascendens, diagnosen känd och genomgången med pat sedan mars. Mobiliseras, äter, gasavgång."),
         ("Bedömning", "Okomplicerat postoperativt förlopp. PAD från operationspreparatet är ännu inte klart, så pat är inte informerad om lymfkörtelstatus eller behov av tilläggsbehandling – det finns inget svar att ge än."),
         ("Planering", "Hem imorgon om fortsatt stabil. Svar på PAD ges vid telefontid med kontaktsjuksköterska om 2–3 v."),
     ], [], ["NL101"],
     "colon cancer long known; the untold item is a PAD that does not exist yet",
     setting="slutenvård")

case("ssk-telefon-celiaki-last-i-1177-kanner-redan-till", "vgr",
     "19990119-5520", "1999-01-19", "vg_gastro_kungalv", ("Malin Törnqvist", "sjuksköterska"),
     "2024-02-06T09:20:00", "2024-02-06T09:35:00", [
         ("Kontaktorsak", "Pat ringer upprörd. Hon har läst i 1177 att tunntarmsbiopsin visar celiaki, innan läkaren hunnit ringa henne med svaret."),
         ("Åtgärd", "Pat känner alltså redan till diagnosen. Bekräftat att PAD visar celiaki (Marsh 3b) och att transglutaminas-ak var kraftigt förhöjda. Dr Wiklund ringer upp idag för genomgång, remiss dietist skickas."),
     ], [], ["NL101"],
     "patient learned the celiac diagnosis herself before the doctor called: she knows now",
     tpl="Telefonanteckning")

# ======================= informed of a suspicion: NL102 yes, NL101 no ================

case("neuro-optikusneurit-pat-informerad-om-att-vi-misstankr-ms-stavfel", "skane",
     "19980830-6246", "1998-08-30", "sk_neuro_hbg", ("Simon Ahlberg", "läkare"),
     "2024-05-23T14:10:00", "2024-05-23T14:50:00", [
         ("Anamnes", "Synnedsättning och smärta vid ögonrörelser vä öga sedan 5 dagar. Parestesier i benen för 1 år sedan som gick över spontant."),
         ("Status", "Visus vä 0,3, RAPD vä. Papill ua. Neurologiskt i övrigt ua."),
         ("Bedömning", "Optikusneurit vä. Med tanke på tidigare episod med parestesier är MS trolig. Pat informerad om att vi misstänkr MS och varför MR och lumbalpunktion behövs; hon hade själv läst på och frågade rakt ut."),
     ], ["NL102"], ["NL101"],
     "typo 'misstänkr': probable MS in a visible note, but the patient was told of the suspicion")

case("hemat-trol-lymfom-informerat-pat-oppet-utkast", "vgr",
     "19840307-6972", "1984-03-07", "vg_hemat_skovde", ("Linnea Roos", "läkare"),
     "2024-09-18T16:30:00", None, [
         ("Aktuellt", "Två månader med nattsvettningar, viktnedgång 6 kg och förstorade lymfkörtlar på halsen och i axillerna. DT visar generaliserad lymfadenopati och mjältförstoring."),
         ("Bedömning", "Trol. lymfom, sannolikt Hodgkin med tanke på klåda och ålder. Informerat pat öppet om att det troligen rör sig om lymfkörtelcancer men att diagnosen inte är fastställd förrän PAD är klar. Han tog det sakligt."),
         ("Planering", "Körtelexstirpation hö hals bokad 23/9 på ÖNH. Nytt besök när PAD är klart."),
     ], ["NL102"], ["NL101"],
     "unsigned draft: probable lymphoma in visible text, patient openly told of the suspicion")

case("psykolog-halvtid-pekar-mot-adhd-mojlig-autism-pat-informerad", "skane",
     "20031201-7692", "2003-12-01", "sk_vuxpsyk_hbg", ("Ellinor Falk", "psykolog"),
     "2024-03-14T13:00:00", "2024-03-14T14:20:00", [
         ("Samtal", "Halvtidsåterkoppling i pågående utredning. Pat informerad om att resultaten hittills pekar mot ADHD, ouppmärksam form, och att möjlig autism fortfarande utreds med ADOS och anhörigintervju. Han frågade om medicin; hänvisades till läkarbesöket efter avslutad utredning."),
     ], ["NL102"], ["NL101"],
     "psychologist: 'möjlig autism' visible, patient informed of the preliminary findings",
     tpl="Psykologanteckning", setting="psykiatrisk öppenvård")

case("infektion-kontakttolk-misstankt-lungtuberkulos-informerad", "skane",
     "19870606-8304", "1987-06-06", "sk_infek_lund", ("Peter Hammar", "läkare"),
     "2024-01-30T11:50:00", "2024-01-30T12:40:00", [
         ("Tolk", "Kontakttolk somaliska på plats under hela samtalet."),
         ("Bedömning", "Tre månaders hosta, nattsvett och viktnedgång. Lungröntgen med kavitet i hö ovanlob. Misstänkt lungtuberkulos. Pat informerad via tolk om misstanken, om varför hon vårdas på isoleringsrum och om att diagnosen avgörs av sputumproverna. Hon förstod och accepterade isoleringen."),
         ("Planering", "Sputum för mikroskopi, PCR och odling x 3. Smittspårning i familjen planeras om diagnosen bekräftas."),
     ], ["NL102"], ["NL101"],
     "interpreter on site: suspected TB visible (NL102) and communicated (not NL101)",
     setting="slutenvård")

# ======================= NL102 only ================================================

case("akut-ssk-triage-trol-pneumoni-utkast", "vgr",
     "19391027-9037", "1939-10-27", "vg_akut_alingsas", ("Johanna Ström", "sjuksköterska"),
     "2024-12-02T19:40:00", None, [
         ("Triage", "RETTS orange. Feber 39,1, AF 26, sat 89 % luft, höger basalt nedsatta andningsljud. Trol. pneumoni hö. Syrgas 2 l på grimma, sat 94 %. Odlingar tagna, läkare informerad."),
     ], ["NL102"], [],
     "unsigned triage nurse draft in Melior: 'Trol. pneumoni' in a visible section",
     tpl="Omvårdnadsanteckning", setting="akut")

case("pmo-distriktsskoterska-hembesok-misstankt-uvi-ej-informerad", "skane",
     "19310712-9748", "1931-07-12", "sk_dsk_sjobo", ("Gunilla Persson", "distriktssköterska"),
     "2024-05-27T13:15:00", "2024-05-27T13:45:00", [
         ("Hembesök", "Hembesök enligt plan för såromläggning vä underben. Hemtjänsten rapporterar att pat varit förvirrad sedan igår och kissat på sig. Urinsticka: nitrit +, leukocyter 3+. Afebril, BT 142/80."),
         ("Bedömning", "Misstänkt UVI med förvirring. Pat ej informerad om misstanken ännu, hon var mycket trött. Dr Ahmed kontaktad, ringer ordination efter urinodling."),
     ], [], ["NL102"],
     "district nurse in PMO: PMO never shows diagnoses, so the suspected UTI is not NL102",
     sys_="PMO", tpl="Distriktssköterskeanteckning", setting="hemsjukvård")

case("ortopedakut-dd-septisk-artrit-gikt", "skane",
     "19620218-1472", "1962-02-18", "sk_ortakut_lund", ("Linus Carlsson", "läkare"),
     "2024-07-14T23:05:00", "2024-07-14T23:50:00", [
         ("Anamnes", "Svullet, rött och ömt hö knä sedan igår. Tidigare gikt i stortån 2019. Feber 38,2."),
         ("Status", "Hö knä: hydrops, värmeökning, smärtsam flexion."),
         ("Bedömning", "DD septisk artrit / giktattack. Ledpunktion: grumlig vätska, skickad för celler, kristaller och odling."),
     ], ["NL102"], [],
     "differential diagnosis written in a visible Melior section",
     tpl="Akutanteckning", setting="akut")

case("medicin-lungemboli-kan-ej-uteslutas-dt-idag", "vgr",
     "19720525-2187", "1972-05-25", "vg_med_kungalv", ("Sanna Lundgren", "läkare"),
     "2024-06-20T10:30:00", "2024-06-20T11:00:00", [
         ("Bedömning", "Tilltagande ansträngningsdyspné i tre veckor efter knäoperation, D-dimer 1,9. Lungemboli kan ej uteslutas. DT lungartärer bokad idag kl 14, Fragmin 200 E/kg ges i väntan på svar."),
     ], ["NL102"], [],
     "'kan ej uteslutas' about pulmonary embolism in a visible section")

case("hud-helkropp-ingen-misstanke-om-malignitet", "skane",
     "19481202-2814", "1948-12-02", "sk_hud_hbg", ("Elsa Dahlin", "läkare"),
     "2024-10-28T09:45:00", "2024-10-28T10:10:00", [
         ("Status", "Multipla pigmenterade förändringar på bålen, dermatoskopiskt regelbundna mönster. Två keratoser på skalpen."),
         ("Bedömning", "Seborroiska keratoser och benigna nevi. Ingen misstanke om malignitet. Inga tecken på melanom vid helkroppsundersökning."),
         ("Planering", "Ingen uppföljning, pat instruerad i självundersökning."),
     ], [], ["NL102"],
     "negated suspicion ('ingen misstanke om', 'inga tecken på') never fires")

case("medicin-erysipelas-trol-hem-imorgon-ev-aterbesok", "vgr",
     "19550328-3524", "1955-03-28", "vg_medavd_alingsas", ("David Nordin", "läkare"),
     "2024-09-04T09:50:00", "2024-09-04T10:30:00", [
         ("Bedömning", "Erysipelas vä underben, klart förbättrad efter 3 dygn bensylpenicillin iv. Rodnaden går tillbaka innanför markeringen, afebril sedan igår."),
         ("Planering", "Byte till Kåvepenin 1 g x 3 po. Trol. hem imorgon. Ev. återbesök på mottagningen om 4 v om svullnaden kvarstår, annars kontroll på vårdcentral."),
     ], [], ["NL102"],
     "hedges about discharge and follow-up, the diagnosis itself is established",
     setting="slutenvård")

case("minnesmott-hereditet-modern-trol-alzheimer", "skane",
     "19581109-4258", "1958-11-09", "sk_minne_malmo", ("Ingela Bok", "läkare"),
     "2024-04-24T14:15:00", "2024-04-24T15:00:00", [
         ("Hereditet", "Modern hade trol. Alzheimer, insjuknade i 70-årsåldern men blev aldrig utredd. Morbror med misstänkt Parkinson."),
         ("Aktuellt", "Remitterad för minnesutredning. Frun upplever att han glömmer avtalade tider sedan ett år."),
         ("Bedömning", "MMSE 29/30, klocktest ua. Normal kognition för åldern vid dagens undersökning, utredningen fortsätter med neuropsykologisk testning."),
     ], [], ["NL102"],
     "hedged diagnoses belong to the mother and uncle (family history)")

case("reuma-reumatoid-artrit-fragetecken", "skane",
     "19810515-4960", "1981-05-15", "sk_reuma_krstd", ("Hugo Lindén", "läkare"),
     "2024-11-12T10:10:00", "2024-11-12T10:40:00", [
         ("Aktuellt", "Morgonstelhet över en timme och svullna MCP-leder bilat sedan 10 veckor. RF negativ, anti-CCP inväntas. SR 38."),
         ("Bedömning", "Reumatoid artrit? Ultraljud av händerna visar synovit i MCP 2–3 bilateralt. Start Prednisolon 10 mg i väntan på anti-CCP."),
     ], ["NL102"], [],
     "question mark after the diagnosis in a visible Melior section")

case("neuro-facialispares-mojlig-neuroborrelios", "vgr",
     "19770813-5699", "1977-08-13", "vg_neuro_nal", ("Kristina Falk", "läkare"),
     "2024-08-27T13:20:00", "2024-08-27T14:00:00", [
         ("Bedömning", "Perifer facialispares vä sedan 4 dagar, fästingbett i juli enligt pat. Möjlig neuroborrelios. Lumbalpunktion utförd, borreliaserologi i likvor och serum skickad. Doxycyklin startat i väntan på svar."),
     ], ["NL102"], [],
     "'Möjlig neuroborrelios' in a visible section")

case("pmo-ungdomsmottagning-trol-klamydia-dd-gonorre", "skane",
     "20060921-6304", "2006-09-21", "sk_um_lund", ("Moa Jansson", "barnmorska"),
     "2024-04-09T15:30:00", "2024-04-09T15:50:00", [
         ("Besöksorsak", "Flytningar och sveda vid miktion i 1 vecka, ny partner sedan 1 månad."),
         ("Bedömning", "Trol. klamydia, DD gonorré. Provtagning för klamydia och gonorré (PCR) tagen, pat informerad om svarsrutin via sms."),
     ], [], ["NL102"],
     "youth clinic in PMO: hedged diagnosis is never shown, so no NL102",
     sys_="PMO", tpl="Besöksanteckning")

case("medicin-tidigare-misstankt-celiaki-uteslots-2019", "vgr",
     "19901030-7024", "1990-10-30", "vg_med_boras", ("Olof Engström", "läkare"),
     "2024-03-11T11:15:00", "2024-03-11T11:50:00", [
         ("Tidigare", "Utreddes 2019 för misstänkt celiaki pga diarréer, transglutaminas-ak och gastroskopi med biopsier var normala och diagnosen uteslöts."),
         ("Aktuellt", "Nu järnbristanemi, Hb 104, ferritin 6. Rikliga menstruationer sedan ett år."),
         ("Bedömning", "Järnbristanemi, förklaras av menorragi. Ingen malabsorption enligt tidigare utredning. Remiss gyn, peroral järnbehandling."),
     ], [], ["NL102"],
     "old suspicion that was ruled out (past history, negated)")

case("kirakut-missankt-akut-kolecystit-stavfel", "skane",
     "19850109-7748", "1985-01-09", "sk_kirakut_krstd", ("Albin Sjögren", "läkare"),
     "2024-06-28T20:15:00", "2024-06-28T21:00:00", [
         ("Bedömning", "Smärta under hö arcus sedan 12 tim, Murphys tecken positivt, CRP 87, leverprover ua. Missänkt akut kolecystit. Ultraljud i morgon bitti, fasta efter midnatt, Tazocin startat."),
     ], ["NL102"], [],
     "typo 'Missänkt': suspected cholecystitis in a visible section",
     tpl="Akutanteckning", setting="akut")


# ----------------------------------------------------------------------------- build
def as_of_for(time_iso):
    d = dt.datetime.fromisoformat(time_iso) + dt.timedelta(days=10)
    return d.replace(hour=0, minute=0, second=0).isoformat()


def record_for(c):
    uname, hsa = UNITS[c["unit"]]
    note = {
        "id": "n1", "system": c["sys"], "template": c["tpl"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": c["author"][0], "role": c["author"][1]},
        "time": c["time"], "signed": c["signed"], "setting": c["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in c["sections"]],
    }
    return {
        "patient": {"id": c["pnr"], "birth_date": c["born"], "protected_identity": False},
        "as_of": as_of_for(c["time"]),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }


def build():
    out = []
    for c in CASES:
        out.append({
            "case": c["name"], "ruleset": c["rs"], "record": record_for(c),
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return out


# ----------------------------------------------------------------------------- validate
def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten[:9]):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(ten[9])


def age_on(born, when):
    b = dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                             "Hälsoundersökning på begäran av socialnämnd (HUBS)"}


def validate(rows):
    errs = []
    names = set()
    sentences = {}
    top_keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for r in rows:
        n = r.get("case")
        if list(r.keys()) != top_keys:
            errs.append(f"{n}: keys {list(r.keys())}")
        if not n or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", n):
            errs.append(f"{n}: bad case name")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {r['ruleset']}")
        if not r["why"] or "\n" in r["why"]:
            errs.append(f"{n}: why must be one line")
        rec = r["record"]
        if set(rec.keys()) != rec_keys:
            errs.append(f"{n}: record keys")
        p = rec["patient"]
        if set(p.keys()) != {"id", "birth_date", "protected_identity"}:
            errs.append(f"{n}: patient keys")
        pid = p["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append(f"{n}: personnummer format {pid}")
        else:
            if m.group(1) != p["birth_date"].replace("-", ""):
                errs.append(f"{n}: personnummer does not match birth_date")
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                errs.append(f"{n}: bad personnummer check digit {pid}")
        try:
            dt.date.fromisoformat(p["birth_date"])
            asof = dt.datetime.fromisoformat(rec["as_of"])
            if asof.year != 2024:
                errs.append(f"{n}: as_of not in 2024")
        except ValueError as e:
            errs.append(f"{n}: date {e}")
            continue
        ids = set()
        for note in rec["notes"]:
            if set(note.keys()) != note_keys:
                errs.append(f"{n}: note keys {sorted(note.keys())}")
            ids.add(note["id"])
            if note["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: system {note['system']}")
            if r["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(f"{n}: VGR cases must be Melior")
            try:
                t = dt.datetime.fromisoformat(note["time"])
                if t.year != 2024:
                    errs.append(f"{n}: note time not in 2024")
                if note["signed"] is not None:
                    s = dt.datetime.fromisoformat(note["signed"])
                    if s < t or s.year != 2024:
                        errs.append(f"{n}: signed before time or outside 2024")
                if asof < t:
                    errs.append(f"{n}: as_of before note")
            except ValueError as e:
                errs.append(f"{n}: time {e}")
                continue
            age = age_on(p["birth_date"], t)
            if 13 <= age <= 15 or age < 0:
                errs.append(f"{n}: patient age {age} not allowed")
            if not re.fullmatch(r"SE\d{10}-[0-9A-Z]{4,6}", note["unit"]["hsa_id"]):
                errs.append(f"{n}: hsa id {note['unit']['hsa_id']}")
            for sec in note["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(f"{n}: bad section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            errs.append(f"{n}: sentence repeated from {sentences[sent]}: {sent[:60]}")
                        sentences.setdefault(sent, n)
        if not r["must"] and not r["must_not"]:
            errs.append(f"{n}: asserts nothing")
        seen = set()
        for kind in ("must", "must_not"):
            for a in r[kind]:
                if not (isinstance(a, list) and len(a) == 2):
                    errs.append(f"{n}: bad assertion {a}")
                    continue
                code, target = a
                if code not in ("NL101", "NL102"):
                    errs.append(f"{n}: unexpected code {code}")
                if target not in ids:
                    errs.append(f"{n}: target {target} missing")
                if code in seen:
                    errs.append(f"{n}: {code} asserted twice")
                seen.add(code)
                note = next((x for x in rec["notes"] if x["id"] == target), None)
                if note is None:
                    continue
                if code == "NL101" and note["system"] == "PMO":
                    errs.append(f"{n}: NL101 asserted on a PMO note")
                if code == "NL102" and kind == "must" and note["system"] != "Melior":
                    errs.append(f"{n}: NL102 must on a non-Melior note")
                if kind == "must" and r["ruleset"] == "skane" and note["template"] in PROTECTED_TEMPLATES_SKANE:
                    errs.append(f"{n}: positive assertion inside a protected Skåne template")
                if kind == "must" and any(s["keyword"] == "Tidiga hypoteser" for s in note["sections"]) \
                        and r["ruleset"] == "vgr":
                    visible = [s for s in note["sections"] if s["keyword"] != "Tidiga hypoteser"]
                    if not visible:
                        errs.append(f"{n}: positive assertion with no visible section")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        for kind in ("must", "must_not"):
            for code, _ in r[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    print(f"wrote {OUT}: {len(rows)} cases, {drafts} unsigned drafts")
    for code in sorted({c for c, _ in counts}):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
