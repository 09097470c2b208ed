#!/usr/bin/env python3
"""nl1j_dev_cases: independent NL101 gold cases (Swedish clinical notes, Melior only).

Dependency-free and deterministic: `python3 build.py` writes nl1j_dev_cases.jsonl
beside this file and validates it. Exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys


# ---------------------------------------------------------------- case data
UNITS = {
    # Region Skåne (Melior, hospitals)
    "s_onk_lund": "Onkologiska kliniken, Skånes universitetssjukhus Lund",
    "s_onk_malmo": "Onkologimottagningen, Skånes universitetssjukhus Malmö",
    "s_brost_malmo": "Bröstmottagningen, Skånes universitetssjukhus Malmö",
    "s_brost_hbg": "Bröstmottagningen, Helsingborgs lasarett",
    "s_neuro_lund": "Neurologiska kliniken, Skånes universitetssjukhus Lund",
    "s_neuro_malmo": "Neurologimottagningen, Skånes universitetssjukhus Malmö",
    "s_neuro_hbg": "Neurologimottagningen, Helsingborgs lasarett",
    "s_med_hbg": "Medicinkliniken, Helsingborgs lasarett",
    "s_medmott_hbg": "Medicinmottagningen, Helsingborgs lasarett",
    "s_med_trbg": "Medicinmottagningen, Trelleborgs lasarett",
    "s_med_lund": "Medicinkliniken, Skånes universitetssjukhus Lund",
    "s_med_malmo": "Internmedicinska kliniken, Skånes universitetssjukhus Malmö",
    "s_kir_ksd": "Kirurgiska kliniken, Centralsjukhuset Kristianstad",
    "s_kard_malmo": "Kardiologiska kliniken, Skånes universitetssjukhus Malmö",
    "s_kard_lund": "Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund",
    "s_kardavd_lund": "Kardiologiska avdelningen, Skånes universitetssjukhus Lund",
    "s_hud_lund": "Hudkliniken, Skånes universitetssjukhus Lund",
    "s_ger_malmo": "Geriatriska kliniken, Skånes universitetssjukhus Malmö",
    "s_minne_malmo": "Minnesmottagningen, Skånes universitetssjukhus Malmö",
    "s_hem_lund": "Hematologiska kliniken, Skånes universitetssjukhus Lund",
    "s_inf_malmo": "Infektionskliniken, Skånes universitetssjukhus Malmö",
    "s_inf_hbg": "Infektionsmottagningen, Helsingborgs lasarett",
    "s_gyn_ystad": "Kvinnokliniken, Ystads lasarett",
    "s_gyn_hbg": "Kvinnokliniken, Helsingborgs lasarett",
    "s_gyn_malmo": "Kvinnokliniken, Skånes universitetssjukhus Malmö",
    "s_gynonk_lund": "Gynekologisk onkologi, Skånes universitetssjukhus Lund",
    "s_ort_hlm": "Ortopedkliniken, Hässleholms sjukhus",
    "s_uro_malmo": "Urologiska kliniken, Skånes universitetssjukhus Malmö",
    "s_barn_hbg": "Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett",
    "s_barn_ksd": "Barnmottagningen, Centralsjukhuset Kristianstad",
    "s_barnonk_lund": "Barnonkologiska avdelningen, Skånes universitetssjukhus Lund",
    "s_onh_lund": "Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund",
    "s_ogon_malmo": "Ögonkliniken, Skånes universitetssjukhus Malmö",
    "s_ogon_hbg": "Ögonmottagningen, Helsingborgs lasarett",
    "s_iva_hbg": "Intensivvårdsavdelningen, Helsingborgs lasarett",
    "s_iva_lund": "Intensivvårdsavdelningen, Skånes universitetssjukhus Lund",
    "s_psyk_lund": "Allmänpsykiatrisk öppenvårdsmottagning, Lund",
    "s_lung_lund": "Lungmedicinska kliniken, Skånes universitetssjukhus Lund",
    "s_reuma_lund": "Reumatologiska kliniken, Skånes universitetssjukhus Lund",
    "s_kir_ystad": "Kirurgiska kliniken, Ystads lasarett",
    # Västra Götalandsregionen (Melior)
    "v_onk_su": "Jubileumskliniken, Sahlgrenska Universitetssjukhuset",
    "v_kard_sas": "Kardiologmottagningen, Södra Älvsborgs sjukhus Borås",
    "v_kardavd_sas": "Kardiologavdelningen, Södra Älvsborgs sjukhus Borås",
    "v_neuro_su": "Neurologimottagningen, Sahlgrenska Universitetssjukhuset",
    "v_neuro_sas": "Neurologimottagningen, Södra Älvsborgs sjukhus Borås",
    "v_neuro_skas": "Neurologimottagningen, Skaraborgs sjukhus Skövde",
    "v_stroke_su": "Strokeenheten, Sahlgrenska Universitetssjukhuset",
    "v_med_nu": "Medicinkliniken, NU-sjukvården Uddevalla",
    "v_med_nal": "Medicinkliniken, NÄL Trollhättan",
    "v_medmott_nal": "Medicinmottagningen, NÄL Trollhättan",
    "v_uro_skas": "Urologmottagningen, Skaraborgs sjukhus Skövde",
    "v_lung_su": "Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset",
    "v_endo_su": "Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset",
    "v_reuma_su": "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal",
    "v_kir_alingsas": "Kirurgkliniken, Alingsås lasarett",
    "v_kir_skas": "Kirurgmottagningen, Skaraborgs sjukhus Skövde",
    "v_ort_kungalv": "Ortopedmottagningen, Kungälvs sjukhus",
    "v_ortavd_kungalv": "Ortopedavdelningen, Kungälvs sjukhus",
    "v_niva_su": "Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset",
    "v_hem_su": "Hematologimottagningen, Sahlgrenska Universitetssjukhuset",
    "v_inf_ostra": "Infektionskliniken, Östra sjukhuset",
    "v_gyn_nal": "Kvinnokliniken, NÄL Trollhättan",
    "v_barn_dss": "Drottning Silvias barn- och ungdomssjukhus",
    "v_barn_skas": "Barnmottagningen, Skaraborgs sjukhus Skövde",
    "v_ger_molndal": "Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal",
    "v_minne_molndal": "Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal",
    "v_njur_sas": "Njurmedicinska mottagningen, Södra Älvsborgs sjukhus Borås",
    "v_onh_su": "Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset",
    "v_ogon_molndal": "Ögonkliniken, Mölndals sjukhus",
    "v_akut_nal": "Akutmottagningen, NÄL Trollhättan",
    "v_hud_sas": "Hudmottagningen, Södra Älvsborgs sjukhus Borås",
    "v_gastro_su": "Gastromottagningen, Sahlgrenska Universitetssjukhuset",
    "v_genetik_su": "Klinisk genetik, Sahlgrenska Universitetssjukhuset",
}


def K(name, r, unit, sex, born, t, a, why, secs, **kw):
    d = dict(name=name, r=r, unit=unit, sex=sex, born=born, t=t, a=a, why=why, secs=secs)
    d.update(kw)
    return d


CASES = [
    # ------------------------------------------------------------------
    # A. several diagnoses with different telling status
    # ------------------------------------------------------------------
    K("onk-brostca-lungemboli-informerad-levermet-ej", "skane", "s_onk_lund", "F", "1956-04-11",
      "2024-04-03T10:40", "must",
      "two diagnoses: the pulmonary embolism is told, the new liver metastases are not yet",
      [("Aktuellt", "Känd hormonreceptorpositiv bröstcancer vä, opererad 2021, står på letrozol. "
                    "Inkommer för planerad uppföljning med DT."),
       ("Röntgen", "DT thorax-buk: multipla nytillkomna hypodensa leverförändringar, förenligt med "
                   "levermetastaser. Liten segmentell lungemboli hö underlob."),
       ("Bedömning", "Lungembolin behandlas med Innohep 18 000 E x1, pat informerad om den och om "
                     "sprutbehandlingen. Levermetastaserna har hon ännu inte fått besked om – tas vid "
                     "besök hos ansvarig onkolog 14/5 med kontaktsjuksköterska.")]),
    K("kard-ff-tre-diagnoser-alla-informerade-hustrun-ej", "vgr", "v_kard_sas", "M", "1958-09-02",
      "2024-02-19T13:15", "must_not",
      "three diagnoses all told to the patient; only the wife is not informed",
      [("Diagnos", "Förmaksflimmer, nydebuterat. Hypertoni. Hyperlipidemi."),
       ("Bedömning", "CHA2DS2-VASc 3. Startar Eliquis 5 mg x2, bisoprolol höjs till 5 mg x1. "
                     "Lipidvärden kontrolleras om 3 mån."),
       ("Information", "Pat informerad om samtliga tre diagnoser och om varför blodförtunnande behövs. "
                       "Hustrun var inte med vid samtalet, han berättar själv för henne ikväll.")]),
    K("med-ulcus-informerad-koloncancer-ej-kommunicerad", "skane", "s_med_hbg", "M", "1949-01-23",
      "2024-03-11T15:05", "must",
      "ulcer and HP told; the colon cancer in the same note is not yet communicated",
      [("Utredning", "Järnbristanemi, Hb 94. Gastroskopi: ulcus duodeni, HP-test positivt. "
                     "Koloskopi: 4 cm exofytisk tumör i colon ascendens, PAD adenokarcinom."),
       ("Bedömning", "Duodenalsåret och HP-infektionen är pat informerad om, eradikeringsbehandling "
                     "insatt. Koloncancern ej kommunicerad ännu; pat får besked av kolorektalkirurg "
                     "på mottagningen nästa vecka.")]),
    K("neuro-cts-informerad-als-medvetet-ej-upptaget", "vgr", "v_neuro_su", "M", "1962-06-14",
      "2024-05-07T11:20", "must",
      "carpal tunnel told; suspected ALS deliberately not raised with the patient (indirect cue)",
      [("Bedömning", "Karpaltunnelsyndrom bilat, verifierat med ENeG, pat informerad och remiss till "
                     "handkirurgen skickad. Vid samma undersökning sågs utbredd denervation i "
                     "tungmuskulatur och hö arm med fascikulationer, starkt misstänkt ALS. Detta har "
                     "vi medvetet inte tagit upp med honom idag. Ansvarig neurolog tar ställning efter "
                     "kompletterande EMG och MR halsrygg.")]),
    K("gyn-endometrios-myom-anemi-alla-informerade-vantetid-ej", "skane", "s_gyn_ystad", "F",
      "1985-11-30", "2024-01-24T09:50", "must_not",
      "all three diagnoses told; what the patient has not been told is a waiting time",
      [("Diagnos", "Endometrios. Uterus myomatosus. Järnbristanemi."),
       ("Bedömning", "Har fått information om alla tre diagnoserna och om behandlingsalternativen, "
                     "hormonell behandling med Visanne startas. Frågor besvarade. Ej informerad om "
                     "väntetiden till diagnostisk laparoskopi, kallelse kommer per post.")]),
    K("uro-prostataca-informerad-skelettmet-vet-inget", "vgr", "v_uro_skas", "M", "1951-03-08",
      "2024-04-16T14:30", "must",
      "prostate cancer told by phone; bone metastases not ('Om skelettspridningen vet han inget ännu')",
      [("Aktuellt", "PSA 38. MR prostata PI-RADS 5 hö perifer zon, biopsi visar prostatacancer "
                    "Gleason 4+4=8."),
       ("Röntgen", "Skelettscintigrafi: upptag förenligt med skelettmetastaser i bäckenet och L3."),
       ("Bedömning", "Pat informerad om cancerdiagnosen vid telefonsamtal igår. Om skelettspridningen "
                     "vet han inget ännu, det tas upp på återbesöket 23/4 med kontaktsjuksköterska "
                     "närvarande.")]),
    K("hud-ak-informerad-pigmenterad-lesion-pad-ej-klart", "skane", "s_hud_lund", "M", "1970-07-19",
      "2024-06-12T10:10", "must_not",
      "diagnoses told; the untold item is a PAD answer that does not exist yet, no diagnosis withheld",
      [("Status", "Multipla seborroiska keratoser på ryggen. Aktinisk keratos panna och hjässa. På hö "
                  "skuldra en 7 mm asymmetrisk pigmenterad lesion med oregelbunden kant."),
       ("Bedömning", "Benigna förändringar på ryggen, pat informerad. AK behandlas med Efudix-kräm i "
                     "4 v. Den pigmenterade lesionen excideras idag för PAD. Svar finns ej ännu och "
                     "kan därför inte förmedlas, pat får brev om ca 3 v.")]),
    K("endo-graves-kand-thyreoideacancer-meddelas-senare", "vgr", "v_endo_su", "F", "1979-02-27",
      "2024-04-22T08:45", "must",
      "Graves known; the thyroid cancer cytology will be told by the surgeon later",
      [("Diagnos", "1. Graves sjukdom. 2. Thyreoideanodul hö lob, cytologi Bethesda VI, papillär "
                   "thyreoideacancer."),
       ("Planering", "Pat känner till Graves och står på Thacapzol 10 mg x2. Cytologisvaret har ännu "
                     "inte meddelats; det görs av endokrinkirurg vid mottagningsbesök 8/5, dit remiss "
                     "skickats idag.")]),
    K("ger-demens-svikt-osteoporos-informerad-dottern-ej", "skane", "s_ger_malmo", "F", "1938-10-05",
      "2024-03-27T13:40", "must_not",
      "patient and son told about all diagnoses; the daughter far away is not (other party)",
      [("Diagnoser", "Alzheimers sjukdom, måttlig. Hjärtsvikt NYHA II. Osteoporos med kotkompression L1."),
       ("Information", "Pat och sonen informerade om samtliga diagnoser vid dagens besök, pat återger "
                       "innehållet adekvat. Dottern som bor i Stockholm har ännu inte fått veta något; "
                       "sonen ringer henne ikväll.")]),
    K("lung-kol-kand-trolig-lungca-vet-inget-om-tumoren", "vgr", "v_lung_su", "M", "1953-12-12",
      "2024-02-08T10:25", "must",
      "COPD known; probable lung cancer not told, telling after the MDK",
      [("Röntgen", "DT thorax: centrilobulärt emfysem i ovanloberna. 3 cm spikulerad tumör vä ovanlob, "
                   "förstorade lgl i station 4L och 7."),
       ("Bedömning", "KOL GOLD 2 sedan tidigare, känd av pat. Trolig lungcancer vä. Pat vet inget om "
                     "tumören ännu; bronkoskopi med EBUS planeras och besked ges samlat efter MDK.")]),
    K("hem-b12-informerad-mds-ej-typo", "skane", "s_hem_lund", "F", "1946-05-17",
      "2024-05-21T14:00", "must",
      "B12 deficiency told, MDS not; typo 'myelodysplastikt'",
      [("Lab", "Hb 101, MCV 106, B12 98 (lågt), LPK 2,9, TPK 88."),
       ("Utredning", "Benmärg: myelodysplastikt syndrom med ökat antal blaster (MDS-EB1)."),
       ("Bedömning", "B12-brist behandlas med Betolvex, pat informerad. MDS-diagnosen har pat inte "
                     "fått, vi inväntar cytogenetik och informerar om allt på en gång på mottagningen "
                     "om 2 v.")], typo=True),
    K("reuma-ra-sjogren-ild-alla-genomgangna-ssk-ej-dos", "vgr", "v_reuma_su", "F", "1960-08-21",
      "2024-09-10T11:35", "must_not",
      "all diagnoses gone through with the patient; the nurse not yet told about a dose change",
      [("Diagnos", "Reumatoid artrit, seropositiv. Sekundärt Sjögrens syndrom. Interstitiell "
                   "lungsjukdom, lindrig (NSIP-mönster)."),
       ("Bedömning", "Har idag gått igenom samtliga diagnoser med pat, inkl. lungfynden på HRCT, och hon "
                     "ställde relevanta frågor. Remiss lungmottagningen. Reumasjuksköterskan ej "
                     "informerad om ändrad dos metotrexat – meddelas via Melior-meddelande.")]),

    # ------------------------------------------------------------------
    # B. telling statement far from the diagnosis
    # ------------------------------------------------------------------
    K("gyn-endometrieca-pad-langt-fran-planering-ej-info", "vgr", "v_gyn_nal", "F", "1966-01-14",
      "2024-04-02T09:10", "must",
      "diagnosis in Provsvar, the not-informed statement in Planering several sections later",
      [("Anamnes", "Postmenopausal blödning sedan 2 mån, ingen HRT."),
       ("Status", "Yttre genitalia ua. Portio ua. VUL: endometrium 14 mm, ojämnt."),
       ("Lab", "Hb 122, CRP <5."),
       ("Provsvar", "Endometriebiopsi: endometriecancer, endometrioid typ, grad 1."),
       ("Åtgärd", "DT thorax-buk beställd. Anmäld till gynonkologisk MDK 16/4. Blodprover tagna."),
       ("Planering", "Återbesök om 2 v. Pat har inte informerats om PAD-svaret.")]),
    K("neuro-glioblastom-information-sist-typo", "skane", "s_neuro_lund", "M", "1961-10-29",
      "2024-07-15T16:20", "must",
      "MR diagnosis early, 'Inget sagt till pat om MR-fyndet' in the last section; typo 'glioblastrom'",
      [("Aktuellt", "Inlagd via akuten efter första generaliserade krampanfall i hemmet."),
       ("Status", "Vaken, orienterad. Lätta ordfinningssvårigheter. Ingen pares."),
       ("Röntgen", "MR hjärna med kontrast: 4 cm ringladdande process vä temporalt med omgivande "
                   "ödem, bild talande för glioblastrom."),
       ("Läkemedel", "Keppra 500 mg x2, Betapred 4 mg x2, Omeprazol 20 mg."),
       ("Planering", "Neurokirurgisk konsult begärd. Fysioterapi och arbetsterapi. Dottern har ringt "
                     "och fått information om inläggningen."),
       ("Information", "Inget sagt till pat om MR-fyndet ännu.")], set="slutenvård", typo=True),
    K("kir-pankreasca-ovetande-i-sammanfattning-utkast", "vgr", "v_kir_alingsas", "M", "1952-08-30",
      "2024-03-14T17:45", "must",
      "dictated admission note; 'ännu ovetande om DT-svaret' sits in Sammanfattning; draft",
      [("Anamnes", "Pat är en 71-årig man som söker pga tilltagande gulsot sedan en vecka, mörk urin "
                   "och ljus avföring, viktnedgång ca 6 kg senaste två månaderna, ingen buksmärta av "
                   "betydelse."),
       ("Röntgen", "DT buk visar en 3 cm lågattenuerande process i pankreashuvudet med dilaterade "
                   "intra- och extrahepatiska gallvägar, talar för pankreascancer."),
       ("Åtgärd", "ERCP med stent planeras imorgon. Inlagd avd 12."),
       ("Sammanfattning", "Allmäntillståndet gott, äter och dricker. Pat själv ännu ovetande om "
                          "DT-svaret, anhöriga likaså.")], set="slutenvård", draft=True),
    K("kard-hcm-informerad-sonerna-ej-langt-ner", "skane", "s_kard_malmo", "M", "1980-02-03",
      "2024-05-29T10:55", "must_not",
      "HCM told; the far-away not-informed statement concerns the patient's sons",
      [("Diagnos", "Hypertrofisk kardiomyopati, septum 19 mm, ingen obstruktion i vila."),
       ("Hereditet", "Bror död plötsligt vid 42 års ålder, obducerad utan säker diagnos. Far har "
                     "pacemaker."),
       ("Bedömning", "Diagnosen och dess ärftlighet genomgången med pat idag. Remiss klinisk genetik. "
                     "Holter och arbetsprov beställda."),
       ("Planering", "Hans två söner, 14 och 19 år, är ännu inte informerade om att de kan behöva "
                     "screenas – pat vill prata med dem själv först.")]),
    K("njur-ckd4-bara-hort-njurvarden-hoga", "vgr", "v_njur_sas", "F", "1950-04-26",
      "2024-10-01T13:30", "must",
      "CKD stage 4 in Diagnos; Planering says the patient only heard 'njurvärdena är lite höga'",
      [("Diagnos", "Kronisk njursjukdom stadium 4, diabetesnefropati."),
       ("Lab", "Krea 245, eGFR 17, U-alb/krea 180, K 5,1, Hb 104."),
       ("Åtgärd", "Natriumbikarbonat insatt. Remiss dietist. PD-information planeras."),
       ("Planering", "Återbesök 6 v. Pat har hittills bara fått veta att 'njurvärdena är lite höga' "
                     "från vårdcentralen och känner inte till diagnosen njursvikt.")]),
    K("inf-hiv-beskedet-i-ovrigt-sist-typo", "skane", "s_inf_malmo", "M", "1988-12-09",
      "2024-08-20T15:15", "must",
      "HIV diagnosis in Bedömning; 'inte fått beskedet' in a trailing Övrigt; typo 'beskedtet'",
      [("Anamnes", "Provtagen på vårdcentral inför utlandsresa, hiv-screening ingick. Inga symtom."),
       ("Lab", "Hiv Ag/Ak positiv, konfirmerad, CD4 210, virusmängd 85 000 kopior/ml."),
       ("Bedömning", "Nydiagnostiserad hiv-infektion."),
       ("Socialt", "Bor med sambo, arbetar som lärare."),
       ("Åtgärd", "Kurator kontaktad. Smittspårning planeras."),
       ("Övrigt", "Pat har inte fått beskedtet, kallas till infektionsläkare på fredag.")], typo=True),
    K("ort-patologisk-fraktur-bara-hort-hoftfraktur", "vgr", "v_ortavd_kungalv", "F", "1944-11-11",
      "2024-06-04T19:30", "must",
      "suspected metastasis told only as 'a hip fracture'; statement at the end of Planering",
      [("Röntgen", "Patologisk fraktur prox femur hö genom osteolytisk förändring, misstänkt "
                   "metastas, primärtumör okänd."),
       ("Åtgärd", "Op imorgon med lång märgspik, PAD tas peroperativt. DT thorax-buk beställd."),
       ("Status", "Smärtlindrad på Oxynorm, cirk ua, distalstatus ua."),
       ("Planering", "Onkologkonsult efter PAD. Pat har hittills bara fått höra att det är en "
                     "höftfraktur.")], set="slutenvård"),
    K("med-dm2-informerad-arbetsgivaren-ej-sist", "skane", "s_med_trbg", "F", "1967-06-06",
      "2024-02-27T09:30", "must_not",
      "diabetes told; the closing not-informed statement concerns the employer",
      [("Bedömning", "Diabetes mellitus typ 2, nyupptäckt, HbA1c 64. Pat informerad och får träffa "
                     "diabetessköterska."),
       ("Läkemedel", "Metformin 500 mg x2 insatt, upptrappning efter 2 v."),
       ("Socialt", "Sambo. Arbetar skift på bageri."),
       ("Planering", "Återbesök 3 mån med lab. Arbetsgivaren har inte informerats, pat vill vänta med "
                     "det tills vidare.")]),

    # ------------------------------------------------------------------
    # C. pronouns and elided subjects
    # ------------------------------------------------------------------
    K("onk-ovarialca-recidiv-har-inte-fatt-veta-typo", "vgr", "v_onk_su", "F", "1957-03-03",
      "2024-03-05T12:10", "must",
      "elided subject 'Har inte fått veta än' refers to the patient; typo 'ovarialcacner'",
      [("Röntgen", "DT buk: ascites och omentala förtjockningar. CA-125 410."),
       ("Bedömning", "Recidiv av ovarialcacner med peritoneal karcinos. Har inte fått veta än. "
                     "Kontaktsjuksköterskan bokar samtal med mig och anhörig på tisdag.")],
      typo=True),
    K("neuro-ms-vet-inget-annu-elliptiskt", "skane", "s_neuro_malmo", "F", "1994-09-15",
      "2024-05-16T14:50", "must",
      "elided subject 'Vet inget ännu' right after an affirmed MS diagnosis",
      [("Röntgen", "MR hjärna och rygg: multipla periventrikulära och juxtakortikala lesioner, en "
                   "kontrastladdande, två i halsryggmärgen."),
       ("Lab", "Likvor: oligoklonala band positiva."),
       ("Bedömning", "Uppfyller McDonald-kriterierna, skovvis förlöpande multipel skleros. Vet inget "
                     "ännu. Tid hos undertecknad 3/6 för diagnosbesked och behandlingsdiskussion.")]),
    K("med-cirros-informerad-sambon-vet-inget-ssk", "vgr", "v_med_nu", "M", "1960-01-19",
      "2024-04-09T15:40", "must_not",
      "'Vet inget ännu' refers to the partner who phoned, not to the informed patient",
      [("Diagnos", "Levercirros, alkoholorsakad, Child-Pugh B."),
       ("Omvårdnad", "Pat informerad av läkare vid ronden igår och åter idag, förstår att alkoholen "
                     "måste upphöra helt. Sambon ringde på em och ville veta vad som hänt. Vet inget "
                     "ännu; pat vill själv berätta när hon kommer på besök.")],
      role="sjuksköterska", tpl="Omvårdnadsanteckning", set="slutenvård"),
    K("onh-tonsillca-ej-inf-forkortat", "skane", "s_onh_lund", "M", "1966-12-01",
      "2024-09-18T11:00", "must",
      "abbreviated 'Ej inf.' without subject after a tonsil cancer PAD",
      [("Anamnes", "Knöl på halsen vä sedan 2 mån, ingen smärta, aldrig rökt."),
       ("Status", "Förstorad tonsill vä, 3 cm fast lgl regio II vä."),
       ("Provsvar", "PAD tonsill vä: skivepitelcancer, p16-positiv."),
       ("Bedömning", "Ej inf. Tas vid besöket på tisdag tillsammans med kontaktsjuksköterska, DT "
                     "hals-thorax och PET-DT beställda innan dess.")]),
    K("hem-kll-ej-info-pa-semester-typo", "vgr", "v_hem_su", "M", "1955-07-07",
      "2024-03-01T10:05", "must",
      "'Ej info ännu' with the patient abroad on holiday; typo 'leukmi'",
      [("Lab", "LPK 38, lymfocyter 33. Flödescytometri: klonal B-cellspopulation CD5+ CD23+."),
       ("Bedömning", "Kronisk lymfatisk leukmi, Binet A, inga behandlingskrav. Ej info ännu – han är på "
                     "semester i Thailand och jag ringer när han kommit hem 15/3.")], typo=True),
    K("ger-vaskular-demens-dottern-har-inte-fatt-veta", "skane", "s_minne_malmo", "F", "1939-02-14",
      "2024-06-20T13:05", "must_not",
      "'Har inte fått veta än' refers to the daughter; the patient was told with her husband",
      [("Diagnos", "Vaskulär demens, lätt."),
       ("Information", "Informerad tillsammans med maken om diagnosen och om vad den innebär i "
                       "vardagen. Dottern ringde på em. Har inte fått veta än, pat och make vill "
                       "berätta själva i helgen.")]),
    K("kard-aortastenos-sov-vid-ronden-inte-informerad-utkast", "vgr", "v_kardavd_sas", "M",
      "1941-05-25", "2024-11-06T11:50", "must",
      "'Inte informerad' after 'Pat sov vid ronden' refers to the patient; draft",
      [("Eko", "Svår aortastenos, Vmax 4,6 m/s, medelgradient 52 mmHg, AVA 0,7 cm2, EF 55 %."),
       ("Bedömning", "Förklarar sannolikt synkopen. Pat sov vid ronden och fick inte väckas, hade haft "
                     "en orolig natt. Inte informerad, tas imorgon fm. TAVI-utredning startas.")],
      set="slutenvård", draft=True),
    K("gyn-missed-abortion-partnern-vet-inget", "skane", "s_gyn_hbg", "F", "1991-10-10",
      "2024-07-02T16:25", "must_not",
      "'Vet inget ännu' refers to the partner in Norway ('hon ringer honom')",
      [("Bedömning", "Missed abortion v 9+2 enl. senaste mens, CRL motsvarar 7+0 utan hjärtaktivitet. "
                     "Pat informerad, önskar medicinsk behandling med Cytotec. Partnern är på jobb i "
                     "Norge. Vet inget ännu, hon ringer honom ikväll.")]),
    K("neuro-parkinson-informerades-ej-kom-ensam", "vgr", "v_neuro_sas", "M", "1950-08-08",
      "2024-01-30T14:15", "must",
      "passive without subject 'Informerades ej idag' plus telling planned with the wife",
      [("Bedömning", "DaT-scan patologisk bilat, mest vä, kliniskt bradykinesi och vilotremor hö "
                     "hand – förenligt med Parkinsons sjukdom. Informerades ej idag då han kom ensam "
                     "och var mycket orolig. Ny tid om 2 v tillsammans med frun.")]),
    K("onk-melanom-informerad-barnen-vet-inget", "skane", "s_onk_malmo", "F", "1972-04-04",
      "2024-04-12T09:20", "must_not",
      "melanoma told to the patient; 'Barnen (vuxna) vet inget ännu' is another party",
      [("Diagnos", "Malignt melanom hö vad, Breslow 2,8 mm, sentinel node positiv, stadium IIIB."),
       ("Bedömning", "Pat informerad av kirurg 2/4 och har förstått allvaret. Adjuvant pembrolizumab "
                     "diskuterat, startar om 2 v. Barnen (vuxna) vet inget ännu.")]),
    K("uro-trol-blasca-inget-sagt", "vgr", "v_uro_skas", "M", "1948-02-29",
      "2024-05-13T10:35", "must",
      "hedged bladder cancer with 'Inget sagt om tumören' (no subject)",
      [("Anamnes", "Makroskopisk hematuri x2 senaste månaden, rökare 40 paketår."),
       ("Åtgärd", "Cystoskopi: 2 cm papillär tumör i blåsans vä sidovägg, i övrigt ua slemhinna."),
       ("Bedömning", "Trol. urotelial blåscancer. TURB planeras inom 2 v. Inget sagt om tumören. "
                     "Besked efter PAD.")]),
    K("ort-kotkompression-informerad-maken-inlagd", "skane", "s_ort_hlm", "F", "1942-07-31",
      "2024-10-15T12:40", "must_not",
      "fracture told; the husband (himself admitted elsewhere) is not",
      [("Diagnos", "Kotkompressionsfraktur Th12, osteoporotisk."),
       ("Bedömning", "Smärtlindring, korsett ej nödvändig. Pat informerad om frakturen och om att "
                     "osteoporosutredning görs på vårdcentralen. Maken ej underrättad – han ligger "
                     "själv inlagd på annan avdelning efter höftoperation.")], set="slutenvård"),
    K("ogon-koroidalt-melanom-bara-forandring", "vgr", "v_ogon_molndal", "M", "1963-11-22",
      "2024-08-27T13:55", "must",
      "partial telling in first person: 'Har sagt att vi hittat en förändring … inte mer än så'",
      [("Status", "Hö öga: pigmenterad subretinal förändring temporalt, ultraljud tjocklek 9 mm, "
                  "orange pigment på ytan."),
       ("Bedömning", "Koroidalt melanom hö öga. Har sagt att vi hittat en förändring som behöver "
                     "undersökas vidare – inte mer än så. Diagnosbesked ges av ögononkolog på S:t "
                     "Eriks, remiss skickad.")]),

    # ------------------------------------------------------------------
    # D. telling planned in many ways
    # ------------------------------------------------------------------
    K("brost-invasiv-duktal-besked-vid-besok", "skane", "s_brost_malmo", "F", "1968-06-28",
      "2024-03-15T15:30", "must",
      "telling planned at a visit with the contact nurse ('Besked ges vid besök')",
      [("Provsvar", "Mammografi + UL: 14 mm förändring vä bröst kl 2. Mellannålsbiopsi: invasiv "
                    "duktal cancer, NHG 2, ER+ PR+ HER2-."),
       ("Planering", "Besked ges vid besök på bröstmottagningen 22/3 tillsammans med "
                     "kontaktsjuksköterska. Preoperativ MDK 20/3.")]),
    K("lung-smacellig-kollega-ringer-imorgon-typo", "vgr", "v_lung_su", "M", "1958-10-18",
      "2024-02-21T16:05", "must",
      "a named colleague will phone the patient tomorrow; typo 'småcelig'",
      [("Provsvar", "Bronkoskopi med EBUS, PAD från station 7: småcelig lungcancer."),
       ("Planering", "Dr Ahmadi ringer pat imorgon förmiddag och meddelar svaret samt bokar in honom "
                     "hos onkologen. Remiss PET-DT och MR hjärna skickade idag.")], typo=True),
    K("kir-ventrikelca-overlakare-informerar-mandag", "skane", "s_kir_ksd", "F", "1950-09-09",
      "2024-04-25T14:20", "must",
      "named colleague informs on Monday; the writer will not contact the patient before",
      [("Åtgärd", "Gastroskopi: ulcererande tumör i ventrikelns corpus längs curvatura minor, "
                  "biopsier tagna."),
       ("Provsvar", "PAD: adenokarcinom, intestinal typ."),
       ("Planering", "DT thorax-buk beställd. Övre GI-konferens 29/4. Överläkare Berg informerar pat "
                     "om svaret på mottagningen på måndag, undertecknad tar inte kontakt innan dess.")]),
    K("minne-ftd-informeras-efter-konferens", "vgr", "v_minne_molndal", "F", "1955-12-03",
      "2024-04-10T10:30", "must",
      "telling planned after the memory conference, patient and husband together",
      [("Utredning", "Neuropsykologisk testning: uttalad exekutiv dysfunktion, bevarat episodiskt "
                     "minne. FDG-PET: hypometabolism frontalt och temporalt anteriort bilat."),
       ("Bedömning", "Bilden talar för frontotemporal demens, beteendevariant. Diagnosen diskuteras på "
                     "minneskonferensen 18/4, därefter informeras pat och make gemensamt.")]),
    K("minne-alzheimer-vanta-tills-dottern-kan-typo", "skane", "s_minne_malmo", "M", "1945-01-12",
      "2024-04-18T11:15", "must",
      "telling waits until the daughter can come; typo 'Alzhiemers'",
      [("Bedömning", "MMT 22/30, MR med hippocampusatrofi, likvor med lågt Aβ42 och förhöjt p-tau. "
                     "Alzhiemers sjukdom, lätt till måttlig. Pat önskar att dottern är med när "
                     "resultaten ges; hon kan komma först 7/5, så besked väntar till dess.")],
      typo=True),
    K("inf-lungtb-informeras-via-tolk-utkast", "vgr", "v_inf_ostra", "M", "1990-03-21",
      "2024-09-03T18:10", "must",
      "telling planned tomorrow through an interpreter (tigrinja); draft",
      [("Provsvar", "Quantiferon positiv. DT thorax: kavitet hö ovanlob. Sputum-PCR positiv för "
                    "M. tuberculosis, resistensbestämning pågår."),
       ("Bedömning", "Lungtuberkulos. Pat talar endast tigrinja; informeras via tolk imorgon kl 10, "
                     "tolk bokad på plats. Luftburen isolering på avdelningen fortsätter.")],
      set="slutenvård", draft=True),
    K("hud-mycosis-fungoides-ej-per-telefon-typo", "skane", "s_hud_lund", "M", "1959-05-05",
      "2024-11-12T09:40", "must",
      "diagnosis told at the next visit, not by phone; typo 'mykosis'",
      [("Provsvar", "Hudbiopsi x2 från fläckar glutealt och på flanken: förenligt med mykosis "
                    "fungoides, tidigt stadium (IA)."),
       ("Planering", "Inväntar klonalitetsanalys av T-cellsreceptorn. Diagnosbeskedet ges vid nästa "
                     "mottagningsbesök om 2 v, inte per telefon. Fortsätter med Dermovat tills vidare.")],
      typo=True),
    K("onh-vestibularisschwannom-videobesok", "vgr", "v_onh_su", "F", "1975-08-16",
      "2024-05-24T13:10", "must",
      "telling planned at a video visit because the patient lives far away",
      [("Anamnes", "Sänkt hörsel vä öra sedan ett år, tinnitus, ingen yrsel."),
       ("Röntgen", "MR: 12 mm vestibularisschwannom vä i inre hörselgången med liten extension i "
                   "cerebellopontina vinkeln."),
       ("Planering", "Pat bor under våren i Kiruna och informeras om MR-svaret vid videobesök 5/6. Ny "
                     "tonaudiometri inför det.")]),
    K("ort-osteonekros-inte-brev-besok-hos-ortoped", "skane", "s_ort_hlm", "M", "1972-03-13",
      "2024-05-30T15:45", "must",
      "telling not by letter but at an orthopaedic visit; patient not yet contacted",
      [("Röntgen", "MR bäcken: osteonekros i caput femoris bilat, Ficat II hö och III vä."),
       ("Bedömning", "Förklarar sannolikt ljumskvärken, pat har kortisonbehandlats upprepat för astma. "
                     "Besked om MR-fynden skickas inte per brev utan ges av ortoped vid besök 10/6, "
                     "pat har ännu inte kontaktats.")]),
    K("gyn-cervixca-kontaktssk-bokar-samtal", "vgr", "v_gyn_nal", "F", "1982-02-06",
      "2024-06-25T14:25", "must",
      "contact nurse books a talk; the patient must not get the news by phone",
      [("Provsvar", "Cervixbiopsier och konisering: skivepitelcancer i cervix, invasionsdjup 6 mm, "
                    "stadium IB1."),
       ("Planering", "Kontaktsjuksköterska Lena ringer pat för att boka tid för samtal med läkare; pat "
                     "ska inte få själva beskedet per telefon. MR lilla bäckenet beställd.")]),
    K("kard-paf-redan-informerad-per-telefon", "skane", "s_kard_malmo", "F", "1961-11-27",
      "2024-08-14T14:30", "must_not",
      "telling by phone already done today; nothing untold",
      [("Provsvar", "Långtids-EKG 7 dygn: paroxysmalt förmaksflimmer, totalt ca 6 % av tiden, "
                    "längsta episod 9 h."),
       ("Bedömning", "Pat informerad per telefon idag kl 14.20 av undertecknad. CHA2DS2-VASc 2 "
                     "(kvinna, hypertoni). NOAK diskuterat, väljer Eliquis, recept skickat.")],
      tpl="Telefonanteckning"),
    K("onk-rektalca-informerad-efter-mdk-med-tolk", "vgr", "v_onk_su", "M", "1959-04-30",
      "2024-04-05T10:00", "must_not",
      "told after the MDK with an interpreter: a completed telling, not a planned one",
      [("Information", "Efter MDK 3/4 informerades pat och hustru om diagnosen rektalcancer, cT3N1M0, "
                       "och om planen med kortstrålning följd av operation. Finsk tolk närvarande, pat "
                       "önskade det trots att han förstår svenska."),
       ("Planering", "Strålstart 15/4. Stomiterapeut träffas före operationen.")]),

    # ------------------------------------------------------------------
    # E. telling impossible
    # ------------------------------------------------------------------
    K("niva-sab-sederad-ej-informerad-typo", "vgr", "v_niva_su", "F", "1968-07-12",
      "2024-03-13T08:30", "must",
      "sedated in the ventilator, could not be informed; typo 'Subarachnoidalblödnig'",
      [("Diagnos", "Subarachnoidalblödnig, Fisher 4, från aneurysm på a. communicans anterior, "
                   "coilad 12/3."),
       ("Bedömning", "Sederad i respirator, EVD med ICP 14. Har ej kunnat informeras om blödningen. "
                     "Maken informerad vid ankomst och igen idag av undertecknad.")],
      set="slutenvård", typo=True),
    K("iva-ich-medvetslos-kan-ej-informeras", "skane", "s_iva_hbg", "M", "1946-09-19",
      "2024-01-08T03:15", "must",
      "unconscious (RLS 6), cannot be informed; only the children were told",
      [("Röntgen", "DT hjärna: stor vänstersidig intracerebral blödning i basala ganglierna med "
                   "inbrytning i ventrikelsystemet."),
       ("Status", "RLS 6, pupiller lika stora, reagerar på ljus. Cirk stabil."),
       ("Bedömning", "Pat medvetslös och kan ej informeras. Barnen informerade av jourhavande om "
                     "blödningen och att prognosen är mycket dålig.")], set="slutenvård"),
    K("med-delirisk-njurtumor-ej-informerad-utkast", "vgr", "v_med_nu", "F", "1936-12-24",
      "2024-02-13T13:25", "must",
      "delirious, does not take in information; incidental kidney tumour not told; draft",
      [("Aktuellt", "Inlagd pga pyelonefrit med konfusion."),
       ("Röntgen", "DT buk som led i feberutredning: 5 cm solid kontrastladdande tumör i hö njure, "
                   "trolig njurcellscancer."),
       ("Bedömning", "Fortsatt konfusorisk, delirisk nattetid, tar inte till sig information. Ej "
                     "informerad om njurfyndet, tas när hon klarnat. Dottern informerad.")],
      set="slutenvård", draft=True),
    K("ger-grav-demens-lungca-ej-informerad", "skane", "s_med_malmo", "M", "1930-06-02",
      "2024-10-22T14:00", "must",
      "severe dementia: judged unable to understand, not informed; god man and son told",
      [("Diagnos", "Grav demens av Alzheimertyp, MMT ej genomförbart."),
       ("Röntgen", "Lungröntgen: stor massa hö hilus, sannolikt lungcancer."),
       ("Bedömning", "Bedöms ej kunna förstå eller minnas informationen och har ej informerats om "
                     "lungfyndet. God man och son informerade; ingen vidare utredning enligt gemensamt "
                     "beslut, palliativ inriktning.")], set="slutenvård"),
    K("hem-dlbcl-i-spanien-vill-ej-per-telefon", "vgr", "v_hem_su", "F", "1964-10-08",
      "2024-04-11T11:45", "must",
      "patient abroad and does not want results by phone; diagnosis not told",
      [("Provsvar", "Lymfkörtelbiopsi hö axill: diffust storcelligt B-cellslymfom, GCB-typ."),
       ("Planering", "Pat befinner sig i Spanien till 20/4 och har ej fått beskedet; hon har tidigare "
                     "sagt att hon inte vill ha provsvar per telefon. Tid bokad 22/4 med PET-DT dagen "
                     "innan.")]),
    K("medmott-meningeom-svarar-ej-i-telefon-typo", "skane", "s_medmott_hbg", "F", "1970-02-17",
      "2024-03-06T16:35", "must",
      "patient does not answer the phone, not informed; typo 'menigeom'",
      [("Röntgen", "DT hjärna utan kontrast (remiss från akuten pga huvudvärk): 3 cm extraaxiell "
                   "förkalkad process frontalt hö, troligt menigeom."),
       ("Åtgärd", "Sökt pat per telefon tre gånger idag utan svar, meddelande lämnat på mobilsvar om "
                  "att ringa mottagningen. Ej informerad. Nytt försök imorgon, därefter brev med tid.")],
      tpl="Telefonanteckning", typo=True),
    K("iva-trauma-binjuretumor-intuberad-utkast", "skane", "s_iva_lund", "M", "1983-04-14",
      "2024-07-21T22:05", "must",
      "intubated trauma patient; incidental adrenal tumour not told; draft",
      [("Diagnos", "Mjältruptur efter MC-olycka, splenektomerad. Revbensfrakturer 5–8 vä."),
       ("Röntgen", "Trauma-DT: incidentellt fynd av 4 cm binjuretumör vä, oklar dignitet, trol. "
                   "adenom men feokromocytom kan ej uteslutas."),
       ("Bedömning", "Fortsatt intuberad på IVA. Ej informerad om binjurefyndet; tas när han är vaken "
                     "och stabil.")], set="slutenvård", draft=True),
    K("stroke-afasi-aaa-kan-ej-tillgodogora", "vgr", "v_stroke_su", "F", "1945-03-30",
      "2024-11-19T12:20", "must",
      "global aphasia: cannot take in information about the aneurysm now, not informed",
      [("Diagnos", "Ischemisk stroke vä MCA-område med global afasi och hö-sidig hemipares."),
       ("Röntgen", "DT-angio: incidentellt abdominellt aortaaneurysm 6,2 cm."),
       ("Bedömning", "Pat kan pga afasin inte tillgodogöra sig information om aneurysmet i nuläget, ej "
                     "informerad. Kärlkirurg konsulteras. Sonen har fått veta.")], set="slutenvård"),
    K("iva-gbs-tidigare-sederad-nu-informerad", "skane", "s_iva_hbg", "M", "1978-01-26",
      "2024-02-02T14:10", "must_not",
      "telling was impossible under sedation; now extubated and informed",
      [("Diagnos", "Guillain-Barrés syndrom med andningssvikt."),
       ("Bedömning", "Under första veckan ej kontaktbar pga sedering och kunde då inte informeras. "
                     "Idag extuberad, vaken och adekvat; informerad om diagnosen och om förväntat "
                     "förlopp med långsam förbättring. Frun närvarade.")], set="slutenvård"),
    K("med-delirium-havt-nu-informerad-om-cirros", "vgr", "v_med_nal", "M", "1962-05-09",
      "2024-08-08T11:30", "must_not",
      "was delirious and not receptive; now lucid and informed",
      [("Diagnos", "Delirium tremens, nu hävt. Alkoholorsakad levercirros."),
       ("Bedömning", "Var konfusorisk och hallucinerande första dygnen, då ej mottaglig för "
                     "information. Nu lucid sedan två dagar och informerad om cirrosen samt om att "
                     "alkohol måste upphöra helt. Remiss beroendemottagning.")], set="slutenvård"),
    K("med-konsult-psykotisk-hjarntumor-ej-mottaglig", "skane", "s_med_lund", "F", "1980-09-28",
      "2024-06-07T15:00", "must",
      "acutely psychotic, not receptive; MR finding not told",
      [("Aktuellt", "Konsult från psykiatrisk akutmottagning: akut psykos och nytillkomna "
                    "neurologiska bortfall."),
       ("Röntgen", "MR hjärna: 2 cm laddande tumör i hö frontallob, trol. meningeom, gliom DD."),
       ("Bedömning", "Pat i nuläget psykotisk och ej mottaglig för information, ej informerad om "
                     "MR-fyndet. Neurokirurg konsulteras. Modern kontaktad.")]),

    # ------------------------------------------------------------------
    # F. telling declined by the patient
    # ------------------------------------------------------------------
    K("neuro-huntington-pat-har-angrat-vill-ej-veta", "skane", "s_neuro_lund", "M", "1975-10-03",
      "2024-09-24T10:20", "must",
      "patient changed his mind and declines the gene result; diagnosis not told",
      [("Anamnes", "Ofrivilliga rörelser sedan ett år, far avliden i Huntingtons sjukdom. Gentest "
                   "taget vid förra besöket."),
       ("Provsvar", "HTT: CAG-expansion 44 repetitioner."),
       ("Bedömning", "Kliniskt och genetiskt Huntingtons sjukdom. Idag meddelar pat att han ångrat sig "
                     "och inte vill få veta svaret just nu; ej meddelat i enlighet med hans önskan. "
                     "Vi följer upp symtomen.")]),
    K("onk-progress-pat-vill-ej-ha-detaljer", "vgr", "v_onk_su", "F", "1963-01-05",
      "2024-10-29T13:45", "must",
      "patient asked not to hear scan details; told of a treatment switch but not of new metastases",
      [("Röntgen", "DT utvärdering efter 4 cykler: progress, nya lungmetastaser bilat, "
                   "levermetastaserna oförändrade."),
       ("Bedömning", "Pat har uttryckligen bett att inte få detaljer om röntgensvaren, vill bara veta "
                     "om behandlingen fortsätter. Informerad om byte till andra linjens behandling men "
                     "inte om de nya lungmetastaserna.")]),
    K("neuro-alzheimer-vill-ej-veta-typo", "skane", "s_neuro_hbg", "M", "1952-11-15",
      "2024-02-29T14:40", "must",
      "patient declared he does not want to know if it is dementia; typo 'Ej medelad'",
      [("Provsvar", "Likvor: lågt Aβ42, förhöjt t-tau och p-tau. MR: bitemporal atrofi."),
       ("Bedömning", "Biomarkörerna talar för Alzheimers sjukdom. Pat sade redan vid utredningsstart "
                     "att han inte vill veta om det är demens. Ej medelad; hustrun vill respektera "
                     "detta. Stöd via demenssjuksköterska erbjuds.")], typo=True),
    K("gastro-aih-avboejer-provsvar-idag", "vgr", "v_gastro_su", "F", "1985-04-19",
      "2024-04-23T10:50", "must",
      "patient declines to receive results today until her partner can come",
      [("Provsvar", "Leverbiopsi: interface-hepatit med plasmacellsinfiltrat, förenligt med "
                    "autoimmun hepatit. IgG förhöjt, ASMA positiv."),
       ("Bedömning", "Pat avböjer att ta emot provsvar idag, vill vänta tills sambon kan vara med. Nytt "
                     "besök 2/5. Ingen behandling startas innan dess, transaminaser kontrolleras om en "
                     "vecka.")]),
    K("kard-dcm-informerad-avboejer-icd-info", "skane", "s_kard_lund", "M", "1955-12-20",
      "2024-03-19T09:15", "must_not",
      "patient told the diagnosis; he declines information about ICD (a treatment, not a diagnosis)",
      [("Diagnos", "Dilaterad kardiomyopati, EF 30 %."),
       ("Bedömning", "Pat informerad om diagnosen och om läkemedelsbehandlingen som trappas upp. "
                     "Avböjer information om ICD idag, orkar inte ta in mer och vill inte diskutera "
                     "det förrän vid nästa besök.")]),

    # ------------------------------------------------------------------
    # G. partial telling
    # ------------------------------------------------------------------
    K("brost-lobular-vet-om-knol-ej-pad-typo", "skane", "s_brost_hbg", "F", "1958-05-31",
      "2024-01-17T11:25", "must",
      "told about the lump and the biopsy, not the PAD diagnosis; typo 'fåt'",
      [("Provsvar", "Mammografi hö bröst: 18 mm stjärnformig förändring kl 10. Mellannålsbiopsi: "
                    "invasiv lobulär cancer."),
       ("Bedömning", "Pat vet att det finns en knöl som undersökts och att prov tagits men har inte fåt "
                     "PAD-svaret. MR bröst planeras p.g.a. lobulär typ.")], typo=True),
    K("neuro-gliom-bara-fatt-veta-forandring", "vgr", "v_neuro_su", "M", "1990-06-27",
      "2024-07-09T15:10", "must",
      "told that 'a change' was seen in the brain, not that it is probably a tumour",
      [("Röntgen", "MR hjärna: 3 cm icke-laddande T2-hyperintens förändring i vä frontallob, trol. "
                   "lågmalignt gliom."),
       ("Bedömning", "Har fått veta att man sett 'en förändring' i hjärnan men inte att det troligen "
                     "rör sig om en tumör. Anmäls till neuroonkologisk konferens, därefter samtal.")]),
    K("lung-adenoca-informerad-hjarnmet-ej-namnda", "skane", "s_lung_lund", "F", "1954-08-13",
      "2024-12-04T13:00", "must",
      "lung cancer told; brain metastases not mentioned to her yet",
      [("Diagnos", "Icke-småcellig lungcancer, adenokarcinom, EGFR-mutation."),
       ("Röntgen", "MR hjärna inför behandling: tre hjärnmetastaser, största 11 mm."),
       ("Bedömning", "Pat informerad om lungcancern och om planerad tablettbehandling. "
                     "Hjärnmetastaserna är inte nämnda för henne än, de tas upp vid läkarbesöket på "
                     "fredag tillsammans med stråldiskussion.")]),
    K("onk-pankreasca-informerad-prognos-ej-diskuterad", "vgr", "v_onk_su", "M", "1949-07-22",
      "2024-03-26T14:05", "must_not",
      "diagnosis told; prognosis not discussed – prognosis is not a diagnosis",
      [("Diagnos", "Pankreascancer, lokalt avancerad, ej resektabel."),
       ("Bedömning", "Pat informerad om diagnosen igår av kirurg och idag av mig. Han har inte frågat "
                     "om prognos och vi har inte gått in på förväntad överlevnad; tas upp när han "
                     "själv önskar. Cytostatika enligt FOLFIRINOX diskuterad.")]),
    K("hem-hodgkin-kand-stadium-ej-klart", "skane", "s_hem_lund", "F", "2001-03-16",
      "2024-06-18T10:45", "must_not",
      "diagnosis known to the patient; the stage is not yet established, so nothing is withheld",
      [("Diagnos", "Hodgkins lymfom, nodulär skleros."),
       ("Bedömning", "Pat vet att det är Hodgkins lymfom och har fått skriftlig information. "
                     "Stadieindelningen är inte klar, PET-DT granskas på röntgenronden torsdag; "
                     "stadium meddelas därefter. Fertilitetsbevarande åtgärder diskuterade.")]),
    K("med-kml-vita-blodkroppar-men-ej-diagnos-utkast", "vgr", "v_medmott_nal", "M", "1970-10-12",
      "2024-05-03T12:15", "must",
      "told the white count is high, not the CML diagnosis; draft",
      [("Lab", "LPK 86, vänsterförskjutning, basofili, TPK 520. BCR-ABL1 påvisad med PCR."),
       ("Bedömning", "Kronisk myeloisk leukemi i kronisk fas. Pat informerad om att blodproverna visar "
                     "kraftigt ökat antal vita blodkroppar och att fler prover behövs, men diagnosen har "
                     "vi inte sagt ännu. Benmärgsprov tisdag, därefter besked av hematolog.")],
      draft=True),
    K("uro-lagrisk-prostataca-gleason-detaljer-ej", "skane", "s_uro_malmo", "M", "1952-04-08",
      "2024-09-05T11:05", "must_not",
      "diagnosis told; grading details not gone through – not a withheld diagnosis",
      [("Diagnos", "Prostatacancer, lågrisk, cT1c, Gleason 3+3, PSA 5,8."),
       ("Bedömning", "Informerad om diagnosen och om aktiv monitorering som förstahandsalternativ. "
                     "Detaljer kring Gleasongradering ej genomgångna, pat ville läsa broschyren först. "
                     "Nytt PSA om 3 mån.")]),
    K("gyn-mola-graviditet-ej-normal-ej-druvbord", "vgr", "v_gyn_nal", "F", "1994-01-29",
      "2024-02-16T09:35", "must",
      "told the pregnancy is abnormal, not the suspected molar pregnancy",
      [("Ultraljud", "VUL: förstorad uterus med snöstormsliknande vesikulär struktur, inget foster. "
                     "hCG 285 000."),
       ("Bedömning", "Misstänkt mola hydatidosa. Pat informerad om att graviditeten inte utvecklats "
                     "normalt och att exeres behövs, men inte om misstanken om druvbörd. Besked efter "
                     "PAD.")]),

    # ------------------------------------------------------------------
    # H. children under 13 (guardians read) vs the child; 16+ vs parents
    # ------------------------------------------------------------------
    K("barnonk-all-foraldrar-informerade-pojken-ej", "skane", "s_barnonk_lund", "M", "2017-08-04",
      "2024-03-22T15:50", "must_not",
      "child of 6: guardians (who read the journal) told; the child not yet – no NL101",
      [("Diagnos", "Akut lymfatisk leukemi, pre-B, standardrisk."),
       ("Information", "Föräldrarna informerade av överläkare igår om diagnos och behandlingsplan. "
                       "Pojken har ännu inte fått veta vad sjukdomen heter; föräldrarna vill vänta tills "
                       "han mår bättre och vill vara med när det sägs.")], set="slutenvård"),
    K("barn-celiaki-vardnadshavare-ej-informerade", "vgr", "v_barn_skas", "F", "2016-02-11",
      "2024-05-22T13:20", "must",
      "child of 8: the guardians, who read the journal, are not yet informed",
      [("Provsvar", "Transglutaminasantikroppar >10x övre normalgräns, EMA positiv. Tunntarmsbiopsi: "
                    "totalatrofi, Marsh 3c."),
       ("Bedömning", "Celiaki. Vårdnadshavarna är ännu inte informerade om biopsisvaret; besked ges vid "
                     "återbesök 4/6 tillsammans med dietist. Fortsatt glutenhaltig kost tills dess.")]),
    K("barn-absensepilepsi-flickan-vet-inget-typo", "skane", "s_barn_hbg", "F", "2015-09-27",
      "2024-10-09T10:15", "must_not",
      "child of 9: parents told, 'Flickan vet inget ännu'; typo 'absensepelepsi'",
      [("EEG", "3 Hz spike-wave-urladdningar, provocerbara med hyperventilation."),
       ("Bedömning", "Barnabsensepelepsi. Mamma och pappa informerade idag och har fått skriftlig "
                     "information. Flickan vet inget ännu, informeras åldersanpassat av "
                     "epilepsisjuksköterska vid nästa besök. Ethosuximid insatt.")], typo=True),
    K("barn-nefrotiskt-vardnadshavare-utomlands-utkast", "vgr", "v_barn_dss", "M", "2019-04-02",
      "2024-07-26T17:40", "must",
      "child of 5: guardians abroad and not reached, not told; draft",
      [("Lab", "U-albumin +++, S-albumin 14, kolesterol 11."),
       ("Bedömning", "Nefrotiskt syndrom, trol. minimal change. Pojken inlagd via akuten med farmor. "
                     "Vårdnadshavarna har inte fått besked, de är på väg hem från utlandsresa och nås "
                     "ej förrän ikväll. Prednisolon startat.")], set="slutenvård", draft=True),
    K("barn-crohn-foraldrar-berattar-sjalva", "skane", "s_barn_ksd", "M", "2013-11-30",
      "2024-04-29T14:35", "must_not",
      "child of 10: guardians told and will tell the boy themselves",
      [("Diagnos", "Crohns sjukdom, ileokolisk."),
       ("Information", "Föräldrarna informerade om diagnosen och om behandling med exklusiv enteral "
                       "nutrition i 8 v. De vill själva berätta för honom efter helgen när syskonen är "
                       "hos mormor.")]),
    K("gyn-16ar-pcos-informerad-foraldrar-ej", "skane", "s_gyn_malmo", "F", "2008-05-03",
      "2024-08-22T15:20", "must_not",
      "16-year-old told herself; parents not informed on her wish (other party)",
      [("Diagnos", "Polycystiskt ovariesyndrom."),
       ("Bedömning", "Oregelbundna mens, akne och hirsutism, ultraljud och lab förenliga. Pat "
                     "informerad och nöjd med att få en förklaring. Hon vill inte att föräldrarna "
                     "informeras i nuläget, vilket respekteras. P-piller diskuterat.")]),
    K("barnneuro-duchenne-foraldrar-ej-typo", "vgr", "v_barn_dss", "M", "2020-01-17",
      "2024-03-18T11:10", "must",
      "child of 4: parents not yet told, joint talk planned; typo 'muskeldystorfi'",
      [("Lab", "CK 18 000. Genetik: deletion exon 45–50 i DMD-genen."),
       ("Bedömning", "Fynden bekräftar Duchennes muskeldystorfi. Föräldrarna har inte fått veta ännu; "
                     "besked vid gemensamt samtal med barnneurolog och genetiker 28/3, psykolog med.")],
      typo=True),

    # ------------------------------------------------------------------
    # I. other parties not told
    # ------------------------------------------------------------------
    K("neuro-epilepsi-transportstyrelsen-ej", "vgr", "v_neuro_sas", "M", "1985-09-04",
      "2024-06-11T09:25", "must_not",
      "the authority (Transportstyrelsen) is not told; the patient is",
      [("Diagnos", "Epilepsi, fokal med bilateral tonisk-klonisk spridning."),
       ("Bedömning", "Pat informerad om diagnosen och om körförbud i minst ett år. Transportstyrelsen "
                     "ej underrättad ännu, anmälan skickas om pat inte följer körförbudet. Lamotrigin "
                     "trappas upp enligt schema.")]),
    K("inf-hiv-partnern-ej-typo", "skane", "s_inf_hbg", "F", "1993-07-01",
      "2024-05-14T13:35", "must_not",
      "partner not informed (contact tracing); patient told; typo 'inforerad'",
      [("Bedömning", "Hiv-infektion, nydiagnostiserad, CD4 480. Pat informerad igår och idag åter, tar "
                     "det sakligt. Partnern ej inforerad ännu, smittspårning pågår via kurator enligt "
                     "smittskyddslagen. ART-start nästa vecka efter genotypning och baslab.")], typo=True),
    K("kir-gallblaseca-remittenten-ej", "vgr", "v_kir_skas", "F", "1961-12-19",
      "2024-09-17T14:45", "must_not",
      "the referring doctor is not informed; the patient is",
      [("Diagnos", "Gallblåsecancer, upptäckt i PAD efter kolecystektomi."),
       ("Bedömning", "Pat informerad av mig idag om PAD och om fortsatt utredning med DT. Remittenten "
                     "på vårdcentralen ej informerad, kopia av anteckningen skickas.")]),
    K("psyk-bipolar-arbetsgivaren-vet-inte", "skane", "s_psyk_lund", "M", "1990-02-22",
      "2024-11-26T10:30", "must_not",
      "the employer does not know the diagnosis; the patient does",
      [("Diagnos", "Bipolär sjukdom typ II."),
       ("Bedömning", "Diagnosen genomgången med pat, som känner igen sig i beskrivningen. Litium "
                     "diskuterat. Arbetsgivaren vet inte om diagnosen och pat vill inte att den "
                     "berättas för chefen vid avstämningsmötet.")]),
    K("ger-alzheimer-hemtjansten-ej", "vgr", "v_ger_molndal", "F", "1934-06-09",
      "2024-01-23T13:00", "must_not",
      "home-care service not informed; patient and daughter are",
      [("Diagnos", "Alzheimers sjukdom, medelsvår."),
       ("Planering", "Pat och dotter informerade om diagnosen vid förra besöket, repeterat idag. "
                     "Hemtjänsten ej informerad om demensdiagnosen ännu – dottern ansvarar för det. "
                     "Biståndshandläggare kontaktas för ansökan om dagverksamhet.")]),
    K("onk-brostca-barnen-8-11-ej", "skane", "s_onk_malmo", "F", "1984-10-25",
      "2024-02-06T10:40", "must_not",
      "the patient's young children are not told; the patient is fully informed",
      [("Diagnos", "Bröstcancer hö, HER2-positiv, neoadjuvant behandling planerad."),
       ("Socialt", "Gift, två barn 8 och 11 år."),
       ("Bedömning", "Pat fullt informerad om diagnos och behandlingsplan. Hon vill inte att barnen "
                     "informeras ännu, önskar stöd från kurator inför samtalet med dem.")]),
    K("ort-korsband-klubbens-fysio-vet-inget", "vgr", "v_ort_kungalv", "M", "2002-05-12",
      "2024-10-03T15:55", "must_not",
      "the club physiotherapist knows nothing yet; the patient has been told",
      [("Diagnos", "Främre korsbandsruptur hö knä, menisklesion medialt."),
       ("Bedömning", "MR-svaret genomgånget med pat. Rehab hos sjukgymnast, op-ställning om 3 mån. "
                     "Klubbens fysioterapeut vet inget ännu, pat vill själv ta det med tränaren.")]),
    K("med-hjartsvikt-hemsjukvarden-ej-ssk", "skane", "s_med_hbg", "F", "1931-03-04",
      "2024-12-10T14:50", "must_not",
      "municipal home-care nurse not informed; the patient is; draft",
      [("Diagnos", "Hjärtsvikt med nedsatt EF (35 %), nydebuterad."),
       ("Planering", "Informerad om diagnosen och om vätskerestriktion och daglig vägning. Kommunens "
                     "sjuksköterska i hemsjukvården ej informerad än, kontaktas vid utskrivning med "
                     "SIP. Furix och Entresto insatta.")], set="slutenvård", draft=True),
    K("kard-wpw-pilot-flygmedicinsk-examinator-ej", "vgr", "v_kard_sas", "M", "1976-08-28",
      "2024-07-16T10:05", "must_not",
      "aviation medical examiner not informed; the patient is",
      [("Diagnos", "Wolff-Parkinson-White-syndrom."),
       ("Bedömning", "Pat informerad om diagnosen och om att ablation rekommenderas. Han arbetar som "
                     "pilot; flygmedicinsk examinator är ej informerad, pat ansvarar själv för att "
                     "anmäla. Remiss elektrofysiologi Sahlgrenska.")]),
    K("neuro-ms-nya-sambon-vet-inget", "skane", "s_neuro_malmo", "F", "1990-12-05",
      "2024-08-06T13:15", "must_not",
      "a long-known diagnosis; the new partner does not know it",
      [("Diagnos", "Multipel skleros, skovvis förlöpande, diagnos 2021."),
       ("Aktuellt", "Stabil på Ocrevus, inga nya skov. Ny relation sedan i höstas. Den nya sambon vet "
                    "inget om diagnosen och pat funderar över när hon ska berätta; samtal om detta. "
                    "Nästa infusion i augusti.")]),
    K("inf-campylobacter-arbetsgivaren-ej-kontaktad", "vgr", "v_inf_ostra", "M", "1979-11-13",
      "2024-07-30T11:40", "must_not",
      "employer in food industry not contacted; the patient is informed",
      [("Diagnos", "Campylobacterenterit."),
       ("Bedömning", "Informerad om odlingssvaret och om att smittsamheten avtar när diarréerna "
                     "upphört. Arbetar i livsmedelsindustri; arbetsgivaren är ännu inte kontaktad, pat "
                     "är avstängd tills han haft normal avföring i 48 h. Smittskyddsanmälan gjord.")]),
    K("gyn-17ar-klamydia-mamman-vet-inte", "vgr", "v_gyn_nal", "F", "2006-09-14",
      "2024-03-08T14:55", "must_not",
      "17-year-old told; her mother, who came along, does not know (other party)",
      [("Bedömning", "Klamydia, positiv NAAT. Informerad och behandlas med doxycyklin. Mamman som "
                     "följde med till mottagningen vet inte varför provet togs, pat vill inte att hon "
                     "får veta. Smittspårning via sjuksköterska.")]),

    # ------------------------------------------------------------------
    # J. untold things that are not diagnoses
    # ------------------------------------------------------------------
    K("ort-hoftartros-ej-informerad-om-opdatum", "skane", "s_ort_hlm", "M", "1954-03-27",
      "2024-11-05T10:25", "must_not",
      "untold item is an operation date that does not exist yet",
      [("Diagnos", "Primär höftartros hö, uttalad."),
       ("Bedömning", "Röntgenbilder visade och diagnosen förklarad. Pat önskar operation och uppfyller "
                     "kriterierna, sätts upp på väntelista för THA. Ej informerad om operationsdatum, "
                     "något sådant finns ännu inte.")]),
    K("med-pneumoni-ej-informerad-om-antibiotikabyte", "vgr", "v_med_nu", "F", "1940-10-30",
      "2024-01-16T12:05", "must_not",
      "untold item is a change of antibiotic route",
      [("Diagnos", "Samhällsförvärvad pneumoni hö underlob."),
       ("Bedömning", "Feberfri sedan igår, CRP sjunkande 180 → 62. Byter till peroralt amoxicillin. "
                     "Pat ej informerad om bytet, sjuksköterskan tar det i samband med "
                     "eftermiddagsrundan.")], set="slutenvård"),
    K("onk-koloncancer-kand-ej-informerad-om-labsvar", "skane", "s_onk_lund", "M", "1957-09-23",
      "2024-10-17T15:25", "must_not",
      "known and communicated cancer; untold item is today's blood counts",
      [("Diagnos", "Koloncancer med levermetastaser, känd sedan 2023 och informerad."),
       ("Lab", "Hb 96, neutrofiler 1,2, TPK 110."),
       ("Bedömning", "Tål cytostatika något sämre denna gång. Pat ej informerad om dagens labsvar ännu, "
                     "tas vid telefonkontakt imorgon; dosreduktion 20 % nästa kur.")]),
    K("neuro-migran-remiss-avslagen-ej-informerad-typo", "vgr", "v_neuro_su", "F", "1987-06-01",
      "2024-12-03T11:00", "must_not",
      "untold item is a rejected referral; typo 'inforemrad'",
      [("Diagnos", "Kronisk migrän utan aura."),
       ("Bedömning", "Diagnosen känd sedan länge. Pat ännu inte inforemrad om att remissen till "
                     "huvudvärksmottagningen för botulinumtoxinbehandling har avslagits; ringer henne "
                     "imorgon och diskuterar alternativ, t.ex. CGRP-hämmare.")], typo=True),
    K("kir-gallsten-vantetid-ej-meddelad", "skane", "s_kir_ystad", "F", "1976-12-08",
      "2024-06-26T13:45", "must_not",
      "untold item is the waiting time for surgery",
      [("Diagnos", "Symtomgivande gallstenssjukdom, två episoder av gallstensanfall."),
       ("Bedömning", "Pat informerad om diagnosen och om laparoskopisk kolecystektomi. Sätts upp på "
                     "op-listan. Väntetiden beräknas till ca 4 mån men är ej meddelad ännu, "
                     "planeringsenheten skickar brev.")]),
    K("endo-hypotyreos-ej-informerad-om-dosandring", "vgr", "v_endo_su", "F", "1969-01-31",
      "2024-02-14T08:20", "must_not",
      "untold item is a dose change",
      [("Diagnos", "Hypotyreos, Hashimoto."),
       ("Lab", "TSH 7,8, fritt T4 11."),
       ("Åtgärd", "Levaxin höjs från 75 till 100 mikrogram. Pat ej informerad om dosändringen än, brev "
                  "skickas idag med ny dos och kontroll om 8 v.")]),
    K("akut-radiusfraktur-ej-informerad-om-kontrolltid", "vgr", "v_akut_nal", "F", "1965-03-12",
      "2024-01-04T21:15", "must_not",
      "untold item is the time of the control X-ray",
      [("Diagnos", "Distal radiusfraktur vä, dorsalt felställd, reponerad i hematomblockad."),
       ("Åtgärd", "Gipsskena. Kontrollröntgen efter reposition visar acceptabelt läge. Pat ej "
                  "informerad om tid för kontrollröntgen om 1 v, får kallelse hem. Alvedon och Ipren "
                  "vid behov.")]),

    # ------------------------------------------------------------------
    # K. earlier not-told statements superseded
    # ------------------------------------------------------------------
    K("gynonk-leiomyosarkom-tillagg-besked-givet", "skane", "s_gynonk_lund", "F", "1960-08-01",
      "2024-02-14T16:00", "must_not",
      "dated entry 'ej informerad' superseded by a later addition in the same note",
      [("Information", "2024-02-12: Pat ej informerad om PAD, besked planerat på mottagningen. "
                       "Tillägg 2024-02-14: Besked givet idag av undertecknad; pat informerad om "
                       "diagnosen leiomyosarkom i uterus och om att DT thorax-buk görs inom en vecka.")]),
    K("neuro-ms-kopierad-statusrad-ersatt", "vgr", "v_neuro_su", "M", "1985-05-20",
      "2024-03-19T14:40", "must_not",
      "copy-forward line 'ej informerad ännu' superseded by today's telling",
      [("Aktuellt", "Diagnosbesked lämnat idag 19/3 tillsammans med MS-sjuksköterska; pat informerad om "
                    "diagnosen och om behandlingsalternativen, lutar åt Kesimpta."),
       ("Tidigare", "(Kopierat från anteckning 5/3) MS, nydiagnostiserad, ej informerad ännu, väntar "
                    "besök.")]),
    K("lung-skivepitel-igar-trott-idag-informerad", "skane", "s_lung_lund", "M", "1951-11-06",
      "2024-07-11T11:20", "must_not",
      "yesterday not informed because of fatigue; informed today",
      [("Bedömning", "Igår kväll ej informerad om biopsisvaret pga uttalad trötthet efter "
                     "undersökningen. Idag utvilad, informerad om lungcancer av skivepiteltyp och om att "
                     "fortsatt utredning sker med PET-DT och lungfunktion inför ställningstagande till operation.")], set="slutenvård"),
    K("neuro-parkinson-dotterns-onskan-andrad", "vgr", "v_neuro_skas", "F", "1941-04-07",
      "2024-10-24T10:35", "must_not",
      "earlier 'do not tell' wish of the daughter withdrawn; patient told today",
      [("Bedömning", "Parkinsons sjukdom. I tidigare anteckning framgår att dottern önskade att "
                     "mamman inte skulle informeras. Detta har nu ändrats efter samtal med familjen, och "
                     "pat har idag fått beskedet om Parkinson och om levodopabehandling.")]),
    K("kard-attr-planerat-men-hann-inte-typo", "skane", "s_kardavd_lund", "M", "1947-02-18",
      "2024-11-28T17:05", "must",
      "planned telling did not happen: 'fortfarande ej informerad'; typo 'amyliodosen'",
      [("Provsvar", "Skelettscintigrafi (DPD): upptag i myokardiet grad 2, inga monoklonala proteiner. "
                    "Förenligt med transtyretinamyloidos (ATTR)."),
       ("Bedömning", "Planerat att informera idag, men pat hade besök av barnbarnen och vi hann inte "
                     "innan han blev trött. Alltså fortfarande ej informerad om amyliodosen, försök igen "
                     "imorgon.")], set="slutenvård", typo=True),
    K("gyn-ovarialca-tidigare-notering-galler-ej-typo", "vgr", "v_gyn_nal", "F", "1956-06-23",
      "2024-05-06T13:50", "must_not",
      "an earlier 'ej informerad' explicitly withdrawn; typo 'ovarialcaner'",
      [("Diagnos", "Höggradig serös ovarialcaner, stadium IIIC."),
       ("Information", "Tidigare notering 'ej informerad' gäller inte längre – pat informerad 2/5 av "
                       "dr Nilsson tillsammans med maken. Kontaktsjuksköterska utsedd och "
                       "cytostatikastart bokad till 13/5 efter port-a-cath.")], typo=True),
    K("neuro-myasteni-fm-ej-em-informerad-utkast", "skane", "s_neuro_lund", "F", "1979-07-27",
      "2024-04-16T15:30", "must_not",
      "morning 'inte informerats' superseded in the afternoon; draft",
      [("Bedömning", "Myasthenia gravis, AChR-antikroppar positiva. Pat har inte informerats vid ronden "
                     "i förmiddags då svaret kom först kl 13. Eftermiddag: informerad om diagnosen, "
                     "Mestinon startas och DT thorax görs för att utesluta tymom.")],
      set="slutenvård", draft=True),

    # ------------------------------------------------------------------
    # L. Tidiga hypoteser
    # ------------------------------------------------------------------
    K("th-skane-mall-als-ej-informerad", "skane", "s_neuro_lund", "M", "1960-12-29",
      "2024-02-22T11:05", "must_not",
      "Skåne template Tidiga hypoteser protects the whole entry",
      [("Bedömning", "Fascikulationer i båda armarna och tungan, blandade övre och nedre "
                     "motorneuronfynd. Misstänkt ALS. Pat ej informerad om misstanken, ENeG och MR "
                     "halsrygg först. Återbesök om 4 v, då med hustrun.")], tpl="Tidiga hypoteser"),
    K("th-vgr-sokord-pankreasca-ovrigt-utan-diagnos", "vgr", "v_gastro_su", "F", "1955-10-16",
      "2024-06-13T10:20", "must_not",
      "VGR sökord Tidiga hypoteser holds the hypothesis; the visible sections name no diagnosis",
      [("Aktuellt", "Viktnedgång 8 kg på tre månader, diffus smärta i epigastriet, nydebuterad "
                    "diabetes enligt vårdcentralen."),
       ("Tidiga hypoteser", "Susp. pankreascancer. Pat ej informerad om misstanken."),
       ("Planering", "DT buk med pankreasprotokoll beställd. Återbesök efter svar.")]),
    K("th-skane-mall-ovarialca-information-utkast", "skane", "s_gynonk_lund", "F", "1970-04-22",
      "2024-09-26T12:40", "must_not",
      "Skåne Tidiga hypoteser template, several sections incl. Information; draft",
      [("Bedömning", "Bäckenresistens 9 cm med solida partier och ascites, CA-125 620. Trolig "
                     "ovarialcancer."),
       ("Information", "Pat ej informerad om cancermisstanken, endast om att cystan behöver "
                       "opereras. Laparotomi med fryssnitt planeras inom 2 v.")], tpl="Tidiga hypoteser", draft=True),
    K("th-vgr-merkel-planering-namner-bara-misstanken", "vgr", "v_hud_sas", "M", "1950-02-02",
      "2024-04-30T14:15", "must_not",
      "hypothesis under sökord Tidiga hypoteser; visible Planering says not informed but names no diagnosis",
      [("Status", "Ulcererad nodulär förändring 12 mm på hö kind, växt snabbt senaste månaden."),
       ("Tidiga hypoteser", "Misstänkt Merkelcellskarcinom, DD amelanotiskt melanom."),
       ("Planering", "Excision med 1 cm marginal nästa vecka. Pat ej informerad om misstanken, väntar "
                     "PAD.")]),
    K("th-vgr-psp-upprepad-i-synlig-bedomning", "vgr", "v_neuro_su", "F", "1965-09-09",
      "2024-08-15T13:25", "must",
      "VGR: hypothesis is under Tidiga hypoteser but repeated with 'ej informerad' in visible Bedömning",
      [("Tidiga hypoteser", "Trol. progressiv supranukleär pares, vertikal blickpares och tidiga fall "
                            "bakåt."),
       ("Bedömning", "Atypisk parkinsonism, misstänkt PSP. Pat ej informerad, besked efter MR och "
                     "uppföljning om 3 mån. Levodopa prövas under tiden, fallprevention via fysioterapeut.")]),
    K("th-skane-sokord-i-lakaranteckning-synligt", "skane", "s_reuma_lund", "F", "1971-01-10",
      "2024-10-08T09:45", "must",
      "Skåne protects by template only: a 'Tidiga hypoteser' section inside a Läkaranteckning is visible",
      [("Aktuellt", "Trötthet, Raynaud och svullna fingrar sedan ett halvår. ANA positiv med "
                    "centromermönster."),
       ("Tidiga hypoteser", "Misstänkt systemisk skleros, begränsad kutan form. Pat ej informerad om "
                            "misstanken innan kapillaroskopi."),
       ("Planering", "Kapillaroskopi, HRCT och ekokardiografi beställda.")]),
    K("th-vgr-genetik-huntington-hos-pat-sjalv", "vgr", "v_genetik_su", "M", "1978-03-05",
      "2024-11-14T14:20", "must_not",
      "VGR sökord Tidiga hypoteser holds an untold hypothesis; visible sections hold only family history",
      [("Anamnes", "Remitterad för ärftlighetsutredning, mor och morbror med tidigt debuterande "
                   "neuropsykiatriska symtom."),
       ("Tidiga hypoteser", "Trol. Huntingtons sjukdom hos pat själv, lätta koreatiska rörelser vid "
                            "undersökningen. Ej informerad, pat har inte bett om egen bedömning."),
       ("Planering", "Ny tid för genetisk vägledning. Pat önskar fundera på presymptomatisk testning.")]),
    K("th-skane-mall-koloncancer-typo-utkast", "skane", "s_med_malmo", "M", "1949-08-17",
      "2024-05-28T16:45", "must_not",
      "Skåne Tidiga hypoteser template; typos 'Misstäntk' and 'infomerad'; draft",
      [("Bedömning", "Järnbristanemi och viktnedgång 5 kg, koloskopi bokad till nästa vecka. "
                     "Misstäntk koloncancer. Pat ej infomerad om misstanken, vill inte oroa honom "
                     "innan undersökningen. Järninfusion Ferinject 1000 mg given idag på dagvården, Hb kontrolleras om 4 v.")], tpl="Tidiga hypoteser", draft=True, typo=True),
]

# ---------------------------------------------------------------- build

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nl1j_dev_cases"

AUTHORS = [
    "Karin Lindqvist", "Per Håkansson", "Amira Haddad", "Johan Ek", "Sofia Bergström",
    "Mikael Nyström", "Elin Sandberg", "Anders Wikström", "Leila Karimi", "Oskar Dahl",
    "Maria Ljungberg", "Henrik Falk", "Ida Strand", "Tomas Holm", "Nadia Petrović",
    "Gustav Öberg", "Hanna Lund", "Erik Sjöberg", "Fatima Yusuf", "Lars Engström",
    "Cecilia Åkesson", "Jonas Berglund", "Emma Wallin", "Viktor Norén",
]
NURSES = ["Annika Persson", "Linda Svensson", "Malin Eriksson", "Jenny Olofsson"]


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def personnummer(born: str, idx: int, sex: str) -> str:
    y, m, d = born.split("-")
    serial = (idx * 37 + 11) % 1000
    last = serial % 10
    if (sex == "M") != (last % 2 == 1):
        serial = (serial + 1) % 1000
    s3 = f"{serial:03d}"
    check = luhn_digit(y[2:] + m + d + s3)
    return f"{y}{m}{d}-{s3}{check}"


def hsa(region: str, unit_name: str) -> str:
    h = 0
    for ch in unit_name:
        h = (h * 131 + ord(ch)) % 9000
    org = "SE2321000255" if region == "skane" else "SE2321000131"
    return f"{org}-{1000 + h}"


def add_minutes(t: str, minutes: int) -> str:
    x = dt.datetime.fromisoformat(t) + dt.timedelta(minutes=minutes)
    return x.strftime("%Y-%m-%dT%H:%M:%S")


def build_case(idx: int, c: dict) -> dict:
    region = c["r"]
    unit_name = UNITS[c["unit"]]
    time = c["t"] + ":00" if len(c["t"]) == 16 else c["t"]
    signed = None if c.get("draft") else add_minutes(time, 25 + (idx * 13) % 140)
    t = dt.datetime.fromisoformat(time)
    as_of = (t + dt.timedelta(days=3 + idx % 9)).replace(hour=0, minute=0, second=0)
    if as_of.year != 2024:
        as_of = dt.datetime(2024, 12, 31)
    role = c.get("role", "läkare")
    author = (NURSES[idx % len(NURSES)] if role == "sjuksköterska"
              else AUTHORS[idx % len(AUTHORS)])
    note = {
        "id": "n1", "system": "Melior", "template": c.get("tpl", "Läkaranteckning"),
        "unit": {"name": unit_name, "hsa_id": hsa(region, unit_name)},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": c.get("set", "öppenvård"),
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in c["secs"]],
    }
    record = {
        "patient": {"id": personnummer(c["born"], idx, c["sex"]), "birth_date": c["born"],
                    "protected_identity": False},
        "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    entry = [["NL101", "n1"]]
    return {
        "case": c["name"], "ruleset": region, "record": record,
        "must": entry if c["a"] == "must" else [],
        "must_not": entry if c["a"] == "must_not" else [],
        "why": c["why"],
    }


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(born: str, when: str) -> int:
    b = dt.date.fromisoformat(born)
    w = dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases: list) -> list:
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c["case"]
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append(f"{n}: bad keys {sorted(c)}")
        if n in names:
            problems.append(f"{n}: duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{n}: bad ruleset")
        if not c["why"] or "\n" in c["why"]:
            problems.append(f"{n}: why must be one line")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append(f"{n}: bad record keys")
        p = rec["patient"]
        pid, born = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{3})(\d)", pid)
        if not m:
            problems.append(f"{n}: bad personnummer {pid}")
        else:
            if m.group(1) != born.replace("-", ""):
                problems.append(f"{n}: personnummer does not match birth_date")
            if luhn_digit(m.group(1)[2:] + m.group(2)) != int(m.group(3)):
                problems.append(f"{n}: personnummer fails Luhn")
        dt.date.fromisoformat(born)
        if not rec["as_of"].startswith("2024-"):
            problems.append(f"{n}: as_of not in 2024")
        ids = {note["id"] for note in rec["notes"]}
        for note in rec["notes"]:
            if note["system"] != "Melior":
                problems.append(f"{n}: NL101 cases must be Melior")
            for key in ("time", "signed"):
                v = note[key]
                if v is None:
                    continue
                if not v.startswith("2024-"):
                    problems.append(f"{n}: {key} not in 2024")
                dt.datetime.fromisoformat(v)
            if note["signed"] and note["signed"] < note["time"]:
                problems.append(f"{n}: signed before time")
            if rec["as_of"] < note["time"]:
                problems.append(f"{n}: as_of before note time")
            age = age_at(born, note["time"])
            if 13 <= age <= 15:
                problems.append(f"{n}: patient aged 13-15")
            words = sum(len(s["text"].split()) + len(s["keyword"].split()) for s in note["sections"])
            if not 30 <= words <= 150:
                problems.append(f"{n}: {words} words (want 30-150)")
            for s in note["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != n:
                            problems.append(f"{n}: sentence reused from {seen_sent[sent]}: {sent!r}")
                        elif sent in seen_sent:
                            problems.append(f"{n}: sentence repeated within case: {sent!r}")
                        seen_sent[sent] = n
        asserted = c["must"] + c["must_not"]
        if len(asserted) != 1 or asserted[0][0] != "NL101":
            problems.append(f"{n}: must assert exactly one NL101")
        for code, target in asserted:
            if target not in ids:
                problems.append(f"{n}: target {target} missing")
    return problems


def main() -> int:
    cases = [build_case(i, c) for i, c in enumerate(CASES)]
    problems = validate(cases)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    for region in ("skane", "vgr"):
        with open(os.path.join(HERE, f"tmp_records_{region}.jsonl"), "w", encoding="utf-8") as fh:
            for c in cases:
                if c["ruleset"] == region:
                    fh.write(json.dumps(c["record"], ensure_ascii=False) + "\n")
    must = sum(1 for c in cases if c["must"])
    must_not = sum(1 for c in cases if c["must_not"])
    regions = {r: sum(1 for c in cases if c["ruleset"] == r) for r in ("skane", "vgr")}
    drafts = sum(1 for c in cases if c["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for c in CASES if c.get("typo"))
    print(f"{len(cases)} cases: NL101 must {must}, must_not {must_not}; {regions}; "
          f"drafts {drafts}; typos {typos}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
