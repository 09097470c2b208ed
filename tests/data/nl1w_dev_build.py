#!/usr/bin/env python3
"""nl1w: 100 independent gold cases for NL101 (uncommunicated-diagnosis-visible).

Half must, half must_not. All notes are Melior (Skåne hospital units or VGR), in
visible templates/sections unless the case says otherwise. Writes nl1w_dev_cases.jsonl
beside this file and validates it. No dependencies, deterministic. Exit 1 on problems.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1w_dev_cases.jsonl")

UNITS = {
    # Skåne (Melior, hospitals)
    "s_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5121"),
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_kir": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3340"),
    "s_geri": ("Geriatriska kliniken, Landskrona lasarett", "SE2321000255-8812"),
    "s_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1007"),
    "s_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4402"),
    "s_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6135"),
    "s_endo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2290"),
    "s_hemat": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-9043"),
    "s_ortop": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-3718"),
    "s_gyn": ("Gynekologmottagningen, Ystads lasarett", "SE2321000255-6650"),
    "s_med": ("Medicinkliniken avd 3, Centralsjukhuset Kristianstad", "SE2321000255-2534"),
    "s_uro": ("Urologmottagningen, Helsingborgs lasarett", "SE2321000255-4877"),
    "s_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1186"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7301"),
    "s_kard": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5962"),
    "s_barn": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8120"),
    "s_barnhbg": ("Barnmottagningen, Helsingborgs lasarett", "SE2321000255-6044"),
    "s_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3915"),
    # VGR (Melior)
    "v_lung": ("Lungmedicinska mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E44271"),
    "v_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E31008"),
    "v_hemat": ("Hematologiavdelning 131, Sahlgrenska Universitetssjukhuset", "SE2321000131-E52610"),
    "v_barn": ("Drottning Silvias barn- och ungdomssjukhus, barnonkologen", "SE2321000131-E20917"),
    "v_gyn": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E63045"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E11478"),
    "v_onh": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E70233"),
    "v_kard": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E48876"),
    "v_psyk": ("Psykosmottagning Nordost, Sahlgrenska Universitetssjukhuset", "SE2321000131-E90154"),
    "v_gastro": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E35521"),
    "v_inf": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E27760"),
    "v_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E14092"),
    "v_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E66318"),
    "v_barnneuro": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E58402"),
    "v_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E40697"),
    "v_geri": ("Geriatrisk avdelning, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E81125"),
    "v_ortop": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E29384"),
    "v_kir": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E77506"),
    "v_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E36649"),
    "v_med": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E50871"),
    "v_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E45013"),
}

AUTHORS = [
    "Karin Lindqvist", "Johan Persson", "Sara Nilsson", "Erik Holm", "Maria Berg",
    "Anders Ek", "Lina Sandberg", "Omar Haddad", "Helena Strand", "Peter Wallin",
    "Fatima Yilmaz", "Nils Åberg", "Eva Lund", "Jonas Friberg", "Ida Sjöström",
    "Magnus Dahl", "Sofia Carlsson", "Ali Rahimi", "Ulrika Björk", "Henrik Ström",
]

# case tuple: name, ruleset, unit, template, birth (YYYY-MM-DD), sex (M/F),
#             note time "YYYY-MM-DD HH:MM", sections [(keyword, text)], must (bool), why,
#             optional dict(signed=None for draft, setting=..., role=...)
CASES = []


def C(name, rs, unit, template, birth, sex, when, sections, must, why, **extra):
    CASES.append(dict(name=name, rs=rs, unit=unit, template=template, birth=birth, sex=sex,
                      when=when, sections=sections, must=must, why=why, extra=extra))


M, N = True, False
DRAFT = dict(draft=True)

# ---------------------------------------------------------------- must NL101
C("m01-brost-pad-ar-annu-inte-informerad", "skane", "s_brost", "Läkaranteckning", "1961-05-22", "F",
  "2024-03-07 10:40", [
      ("Aktuellt", "Remitterad från mammografiscreening, 2 cm förändring vä bröst kl 2."),
      ("Bedömning", "PAD från mellannålsbiopsi vä bröst: invasiv duktal cancer, NHG 2, ER 90 %, HER2 neg. "
                    "Patienten är ännu inte informerad om PAD-svaret."),
      ("Planering", "Besked ges av bröstkirurg vid besök 14/3, kontaktsjuksköterska med."),
  ], M, "breast cancer on PAD; passive present 'är ännu inte informerad om PAD-svaret' after the diagnosis")

C("m02-lunga-sclc-inte-fatt-besked-att-det-ror-sig-om", "vgr", "v_lung", "Läkaranteckning", "1949-11-03", "M",
  "2024-02-19 13:15", [
      ("Aktuellt", "Utredning pga hemoptys och viktnedgång 6 kg."),
      ("Utredning", "DT thorax: centralt växande tumör hö hilus med mediastinala körtlar. "
                    "Bronkoskopi med EBUS: PAD småcellig lungcancer."),
      ("Bedömning", "Patienten har ännu inte fått besked om att det rör sig om småcellig lungcancer. "
                    "Han kommer på återbesök tillsammans med dottern på måndag."),
  ], M, "noun 'besked' with a that-clause object naming the diagnosis; not yet received")

C("m03-neuro-ms-jag-har-inte-hunnit-forklara", "skane", "s_neuro", "Mottagningsanteckning", "1994-08-30", "F",
  "2024-04-11 15:05", [
      ("Bedömning", "Jag har inte hunnit förklara MR-fynden för patienten än. De talar starkt för MS med ett "
                    "tiotal periventrikulära och juxtakortikala lesioner, varav en laddar kontrast."),
      ("Planering", "LP med oligoklonala band. Nybesök neurolog om 2 v."),
  ], M, "first person singular 'jag har inte hunnit förklara', statement BEFORE the (probable) MS diagnosis")

C("m04-uro-prostata-ska-informeras-om-biopsisvaret", "vgr", "v_uro", "Läkaranteckning", "1957-01-14", "M",
  "2024-04-23 09:30", [
      ("Anamnes", "67-årig man, PSA 38 vid hälsokontroll, inga miktionsbesvär."),
      ("Bedömning", "MR prostata PI-RADS 5 hö perifera zon. Systematiska biopsier: adenocarcinom "
                    "Gleason 4+4=8 i 7/12 biopsier."),
      ("Planering", "Pat ska informeras om biopsisvaret vid återbesök 2/5 tillsammans med kontaktsjuksköterska. "
                    "Skelettscint beställd."),
  ], M, "future 'ska informeras' (= not yet told) in Planering; diagnosis in Bedömning")

C("m05-kir-pankreas-misstanken-har-inte-framforts", "skane", "s_kir", "Läkaranteckning", "1952-06-09", "M",
  "2024-05-13 16:20", [
      ("Bedömning", "DT buk: 3 cm lågattenuerande expansivitet i pankreashuvudet med dilaterad gallgång, hög "
                    "misstanke om pankreascancer. Misstanken har inte framförts till patienten – avvaktar MDK på torsdag."),
      ("Åtgärd", "Remiss ERCP för stent."),
  ], M, "object 'misstanken', passive 'har inte framförts'; suspected pancreatic cancer visible", **DRAFT)

C("m06-hemat-aml-vi-har-valt-att-vanta-med-diagnosbeskedet", "vgr", "v_hemat", "Daganteckning", "1968-10-02", "F",
  "2024-01-24 11:50", [
      ("Aktuellt", "Inlagd via akuten med feber och pancytopeni."),
      ("Lab", "LPK 48, blaster 62 % i perifert blod."),
      ("Bedömning", "Benmärgsaspirat förenligt med AML. Vi har valt att vänta med diagnosbeskedet till imorgon "
                    "förmiddag, då maken kan vara med."),
  ], M, "first person plural choice to postpone 'diagnosbeskedet' (noun compound)", setting="slutenvård")

C("m07-geri-alzheimer-dottern-informerad-patienten-inte", "skane", "s_geri", "Läkaranteckning", "1938-02-17", "F",
  "2024-06-04 14:10", [
      ("Bedömning", "Demensutredningen klar: Alzheimers sjukdom med sen debut, MMT 19/30, DT hjärna med "
                    "temporal atrofi. Dottern informerad per telefon. Patienten själv har inte informerats om diagnosen."),
  ], M, "relative told, the patient herself not told")

C("m08-barn-all-foraldrarna-har-annu-inte-fatt-besked", "vgr", "v_barn", "Läkaranteckning", "2017-03-12", "M",
  "2024-09-16 10:05", [
      ("Aktuellt", "7-åring med blekhet, petekier och trötthet sedan 3 veckor."),
      ("Bedömning", "Flödescytometri på benmärg förenlig med pre-B-ALL. Föräldrarna har ännu inte fått besked; "
                    "samtal med båda vårdnadshavarna bokat kl 15 idag med kurator närvarande."),
  ], M, "child under 13: the guardians (who read the journal) not yet told", setting="slutenvård")

C("m09-akut-patfraktur-rontgensvaret-inte-tagits-upp-typo", "skane", "s_akut", "Akutanteckning", "1937-12-01", "F",
  "2024-02-02 22:40", [
      ("Aktuellt", "86-årig kvinna, föll i hemmet, smärta vä lår."),
      ("Röntgen", "Patologisk fraktur i proximala vä femur, misstänkt skelettmetatsas. Röntgensvaret har inte "
                  "tagits upp med patienten, som är smärtpåverkad och fått morfin."),
      ("Planering", "Inläggning ortopeden."),
  ], M, "typo in diagnosis 'skelettmetatsas'; 'röntgensvaret har inte tagits upp med' (ta upp)", setting="akut")

C("m10-gyn-ovarial-delgivning-av-dt-svaret-har-inte-skett", "vgr", "v_gyn", "Läkaranteckning", "1959-07-28", "F",
  "2024-03-26 13:35", [
      ("Bedömning", "CA-125 1240. DT buk: bilaterala adnexexpansiviteter, ascites och omental cake, bild förenlig "
                    "med avancerad ovarialcancer."),
      ("Information", "Delgivning av DT-svaret har ännu inte skett; patienten vill ha besked först när maken "
                      "kommit hem från resan på fredag."),
  ], M, "noun 'delgivning' in a separate Information section; patient's wish to wait")

C("m11-lunga-man-har-annu-inte-berattat-att-det-ar-cancer", "skane", "s_lung", "Läkaranteckning", "1955-04-19", "F",
  "2024-10-08 11:20", [
      ("Bedömning", "Bronkoskopi vä överlob: PAD skivepitelcancer. Man har ännu inte berättat för patienten att "
                    "det är cancer, eftersom hon vill ha sin son på plats vid beskedet."),
  ], M, "impersonal 'man har ännu inte berättat ... att det är cancer'")

C("m12-neuro-als-har-inte-delgivits-bor-inte-lamnas-per-telefon", "vgr", "v_neuro", "Läkaranteckning", "1963-09-05", "M",
  "2024-05-29 15:45", [
      ("Bedömning", "EMG med utbredd denervation i tre regioner, kliniskt både övre och nedre motorneuronpåverkan: "
                    "ALS. Diagnosen har ännu inte delgivits patienten och bör inte lämnas per telefon."),
      ("Planering", "Ny tid för diagnossamtal hos neurolog och ALS-team inom en vecka."),
  ], M, "'har ännu inte delgivits' + modal 'bör inte lämnas per telefon'")

C("m13-hud-melanom-besked-har-inte-kunnat-lamnas", "skane", "s_hud", "Telefonanteckning", "1971-01-30", "M",
  "2024-08-21 12:15", [
      ("Bedömning", "PAD excision rygg: malignt melanom, Breslow 1,8 mm, ingen ulceration. Besked till patienten "
                    "har inte kunnat lämnas – sökt tre gånger per telefon utan svar."),
      ("Åtgärd", "Kallelse till mottagningen skickad. Remiss utvidgad excision + sentinel node."),
  ], M, "'har inte kunnat lämnas' (failed attempts), noun 'besked'")

C("m14-onh-larynx-bullet-ej-informerad-om-pad", "vgr", "v_onh", "Mottagningsanteckning", "1950-12-11", "M",
  "2024-06-03 10:25", [
      ("Bedömning", "PAD från hö stämband: invasiv skivepitelcancer, T2 enligt laryngoskopi."),
      ("Planering", "- Pat ännu ej informerad om PAD\n- Tas upp på MDK huvud-hals 12/6\n"
                    "- Kontaktsjuksköterska kallar pat till besked efter MDK"),
  ], M, "statement as a bullet in a list in Planering; diagnosis in Bedömning", **DRAFT)

C("m15-endo-tyreoidea-svaret-kommer-att-meddelas", "skane", "s_endo", "Läkaranteckning", "1983-03-03", "F",
  "2024-03-12 14:00", [
      ("Bedömning", "Finnålspunktion av 2,5 cm tyreoideaknöl hö lob: Bethesda VI, papillär tyreoideacancer. "
                    "Svaret kommer att meddelas patienten vid återbesöket den 20/3."),
  ], M, "'kommer att meddelas' future = not yet told")

C("m16-kard-amyloidos-resultatet-ar-annu-inte-formedlat", "vgr", "v_kard", "Läkaranteckning", "1946-08-25", "M",
  "2024-11-06 09:10", [
      ("Bedömning", "Endomyokardbiopsi: ATTR-amyloidos, bekräftar misstanken från skelettscintigrafin. "
                    "Resultatet är ännu inte förmedlat till patienten."),
      ("Planering", "Genetisk analys TTR. Besök med ssk och läkare bokas."),
  ], M, "'resultatet är ännu inte förmedlat' (förmedla)")

C("m17-hemat-myelom-patienten-ar-annu-ovetande", "skane", "s_hemat", "Läkaranteckning", "1954-10-14", "M",
  "2024-03-28 16:30", [
      ("Lab", "Elfores: M-komponent IgG 38 g/L, fria lätta kedjor kappa 890 mg/L."),
      ("Bedömning", "Benmärg 30 % klonala plasmaceller, Hb 92, hyperkalcemi: behandlingskrävande myelom. "
                    "Patienten är ännu ovetande om diagnosen; information ges av hematolog vid besök 4/4."),
  ], M, "adjective 'ovetande om diagnosen' instead of a verb")

C("m18-psyk-schizofreni-har-annu-inte-diskuterats", "vgr", "v_psyk", "Läkaranteckning", "1998-05-07", "M",
  "2024-07-02 13:00", [
      ("Bedömning", "Uppfyller kriterierna för schizofreni, paranoid form, med mer än 6 månaders förlopp. "
                    "Diagnosen har ännu inte diskuterats med patienten, som i nuläget saknar sjukdomsinsikt."),
      ("Planering", "Fortsatt olanzapin 10 mg. Anhörigträff planeras."),
  ], M, "psychiatric diagnosis; 'har ännu inte diskuterats med patienten'")

C("m19-ortop-kondrosarkom-inte-fatt-aterkoppling-pa-biopsin", "skane", "s_ortop", "Läkaranteckning", "1976-09-19", "M",
  "2024-04-15 11:05", [
      ("Bedömning", "MR bäcken + CT-ledd biopsi: kondrosarkom grad 2 i hö os ilium. Patienten har ännu inte "
                    "fått återkoppling på biopsin."),
      ("Planering", "Remiss sarkomcentrum Lund. Ring pat och boka besök för besked."),
  ], M, "noun 'återkoppling på biopsin'")

C("m20-gastro-hcc-fyndet-har-inte-namnts", "vgr", "v_gastro", "Läkaranteckning", "1958-02-26", "M",
  "2024-09-03 14:25", [
      ("Bedömning", "Ultraljud och DT lever: 4 cm HCC i segment 7 i cirrotisk lever, LI-RADS 5. "
                    "Fyndet har inte nämnts för patienten; besked ges av hepatolog nästa vecka."),
  ], M, "'fyndet har inte nämnts', another doctor will tell")

C("m21-kir-koloskopi-ingen-information-given-separat-sektion", "skane", "s_kir", "Endoskopianteckning", "1947-11-23", "F",
  "2024-02-14 10:50", [
      ("Bedömning", "Koloskopi: ulcererande cirkulär tumör i sigmoideum 25 cm ab ano, makroskopiskt koloncancer. "
                    "PAD skickat."),
      ("Information", "Ingen information om koloskopifyndet har givits till patienten, hon var för sederad."),
  ], M, "negated noun 'ingen information ... har givits' in a different section")

C("m22-inf-hiv-provsvaret-har-inte-kunnat-aterkoplas-typo", "vgr", "v_inf", "Telefonanteckning", "1990-06-15", "M",
  "2024-05-06 15:20", [
      ("Aktuellt", "Ringer pat angående provsvar."),
      ("Lab", "HIV-1 Ag/Ak positivt, konfirmerat med immunoblot."),
      ("Bedömning", "Nyupptäckt hiv-infektion. Pat nås ej på telefon, provsvaret har alltså inte kunnat återkoplas."),
  ], M, "typo in cue word 're-kopplas' ('återkoplas'); 'har inte kunnat'")

C("m23-barn-medulloblastom-vardnadshavarna-inte-informerade", "skane", "s_barn", "Inskrivningsanteckning", "2014-01-08", "F",
  "2024-10-21 19:30", [
      ("Aktuellt", "10-årig flicka med morgonkräkningar och ostadighet sedan 4 veckor."),
      ("Bedömning", "MR hjärna: 4 cm tumör i fjärde ventrikeln med hydrocefalus, radiologiskt medulloblastom. "
                    "Vårdnadshavarna är inte informerade än – neurokirurg och barnonkolog träffar familjen imorgon bitti."),
  ], M, "child under 13: guardians not informed", setting="slutenvård")

C("m24-uro-njurtumor-delvis-informerad-men-tumorfyndet-inte", "vgr", "v_uro", "Läkaranteckning", "1964-04-04", "M",
  "2024-08-12 13:40", [
      ("Bedömning", "DT urografi pga njurstensanfall: 6 mm konkrement vä uretär, men även 5 cm solid kontrastladdande "
                    "process hö njure, trol njurcellscancer. Pat har fått veta att stenen syns, men tumörfyndet har "
                    "vi inte berättat om än."),
  ], M, "told partly (the stone) but the cancer finding itself untold")

C("m25-gyn-cervix-pat-inte-underrattad-om-pad", "skane", "s_gyn", "Läkaranteckning", "1981-12-29", "F",
  "2024-03-29 09:55", [
      ("Bedömning", "PAD konisering: invasiv skivepitelcancer i cervix, stadium minst IB1. Pat inte underrättad "
                    "om PAD ännu, tid för besked med gynonkolog 9/4."),
  ], M, "verb 'underrätta', telegraphic without auxiliary")

C("m26-lunga-mesoteliom-inget-om-pad-sagts-planering", "vgr", "v_lung", "Läkaranteckning", "1945-03-16", "M",
  "2024-06-18 14:50", [
      ("Bedömning", "Thorakoskopi med pleurabiopsier: malignt mesoteliom, epiteloid typ. Asbestexponering som "
                    "plåtslagare på varvet."),
      ("Planering", "Diagnosbesked vid ordinarie läkarbesök nästa vecka. Inget om PAD har sagts till patienten idag."),
  ], M, "statement in Planering, separate from the diagnosis in Bedömning; 'inget ... har sagts'")

C("m27-med-glioblastom-kan-inte-ta-emot-information", "skane", "s_med", "Inskrivningsanteckning", "1949-07-07", "M",
  "2024-01-30 21:15", [
      ("Bedömning", "DT hjärna med kontrast: 5 cm ringladdande expansivitet vä frontallob med ödem, trol glioblastom. "
                    "Pat är kraftigt konfusorisk och kan inte ta emot information om fyndet i nuläget."),
      ("Åtgärd", "Betapred 8 mg x 2. Neurokirurgkonsult."),
  ], M, "modal 'kan inte ta emot information' (confused patient)", setting="slutenvård", **DRAFT)

C("m28-onk-progress-rontgensvaret-ska-gas-igenom", "vgr", "v_onk", "Läkaranteckning", "1960-10-31", "M",
  "2024-07-24 10:30", [
      ("Bedömning", "DT-kontroll efter 6 cykler FOLFOX: nytillkomna levermetastaser, progress av koloncancer. "
                    "Röntgensvaret ska gås igenom med patienten på fredag; han vet ännu inte om progressen."),
  ], M, "'ska gås igenom' (passive future) and 'vet ännu inte'")

C("m29-med-ventrikelcancer-resultatet-av-biopsin", "skane", "s_med", "Läkaranteckning", "1943-05-12", "F",
  "2024-11-19 15:00", [
      ("Bedömning", "Järnbristanemi utredd. Gastroskopi: 3 cm ulcererad tumör i antrum, PAD adenokarcinom. "
                    "Pat har inte fått veta resultatet av biopsin, informationen lämnas av kirurg på onsdag."),
  ], M, "object 'resultatet av biopsin'; another unit will tell")

C("m30-endo-klinefelter-svaret-har-inte-lamnats", "vgr", "v_endo", "Läkaranteckning", "1995-09-09", "M",
  "2024-02-27 11:45", [
      ("Bedömning", "Kromosomanalys: 47,XXY, dvs Klinefelters syndrom, förklarar hypogonadismen och infertiliteten. "
                    "Svaret har inte lämnats till patienten ännu; genetisk vägledning bokas först."),
  ], M, "'svaret har inte lämnats' (lämna svar); genetic diagnosis")

C("m31-akut-njurcancer-tolk-saknades-typo", "skane", "s_akut", "Akutanteckning", "1966-02-03", "M",
  "2024-12-02 20:05", [
      ("Aktuellt", "Man 58 år med hosta och viktnedgång, talar endast somaliska."),
      ("Röntgen", "DT thorax/buk: multipla lungmetastaser och 8 cm process vä njure, trol primär njurcancer."),
      ("Bedömning", "Tolk kunde inte bokas till kvällen, varför pat inte har infromerats om fynden. Läggs in på medicin."),
  ], M, "interpreter missing so patient not told; typo 'infromerats'", setting="akut")

C("m32-barnneuro-duchenne-foraldrarna-inte-fatt-del-av-svaret", "vgr", "v_barnneuro", "Läkaranteckning", "2020-04-22", "M",
  "2024-09-02 13:20", [
      ("Bedömning", "DNA-analys: deletion exon 45–50 i DMD-genen, Duchennes muskeldystrofi bekräftad. "
                    "Föräldrarna har inte fått del av svaret ännu – genetiker och barnneurolog träffar dem 11/9."),
  ], M, "child under 13: guardians 'inte fått del av svaret'")

C("m33-uro-blascancer-parentes-pat-ej-informerad", "skane", "s_uro", "Cystoskopianteckning", "1951-08-08", "M",
  "2024-04-09 09:15", [
      ("Bedömning", "Cystoskopi: 3 cm papillär tumör i blåsans vänstra sidovägg, sannol. urotelial blåscancer "
                    "(pat ej informerad, vill ha med sin fru vid besked). TURB planeras inom 2 v."),
  ], M, "statement in a parenthesis right after the probable diagnosis", **DRAFT)

C("m34-neuro-cjd-formedlats-till-maken-men-inte-patienten", "vgr", "v_neuro", "Inskrivningsanteckning", "1956-06-21", "F",
  "2024-10-15 16:40", [
      ("Bedömning", "Snabbt progredierande demens, myoklonier, kortikalt band i DWI och positivt RT-QuIC i likvor: "
                    "förenligt med Creutzfeldt-Jakobs sjukdom. Misstanken har förmedlats till maken men inte till patienten."),
  ], M, "relative told, patient not ('men inte till patienten')", setting="slutenvård")

C("m35-onk-skelettmetastaser-annu-inte-kommunicerat", "skane", "s_onk", "Läkaranteckning", "1948-01-25", "M",
  "2024-08-28 13:10", [
      ("Bedömning", "PET-DT: nytillkomna skelettmetastaser i bäckenet och flera kotor, progress av prostatacancer. "
                    "Detta är ännu inte kommunicerat med patienten."),
  ], M, "pronoun object 'detta', verb 'kommunicera'")

C("m36-gyn-endometriecancer-sokts-men-inte-natts", "vgr", "v_gyn", "Telefonanteckning", "1957-03-30", "F",
  "2024-05-22 11:35", [
      ("Bedömning", "Endometriebiopsi: endometrioid adenokarcinom grad 1. Pat har sökts två gånger för besked men "
                    "inte nåtts; ny telefontid imorgon kl 10."),
  ], M, "not told because not reached ('sökts för besked men inte nåtts')")

C("m37-hud-mycosis-fungoides-dikterad-lang-mening", "skane", "s_hud", "Läkaranteckning", "1962-11-11", "F",
  "2024-06-14 16:55", [
      ("Bedömning", "Biopsisvaret som kom idag visar tyvärr tidig mycosis fungoides, vilket jag inte har haft "
                    "möjlighet att diskutera med patienten eftersom hon inte svarade vid den bokade telefontiden, "
                    "så jag försöker igen på måndag."),
  ], M, "one long dictated sentence, relative clause 'vilket jag inte har haft möjlighet att diskutera'")

C("m38-ogon-koroidalt-melanom-diagnosn-inte-gatts-igenom-typo", "vgr", "v_ogon", "Läkaranteckning", "1953-07-18", "F",
  "2024-03-05 10:15", [
      ("Bedömning", "Fundus och ultraljud: koroidalt melanom vä öga, 8 mm prominens, 12 mm basdiameter. "
                    "Diagnosn har inte gåtts igenom med pat idag pga tidsbrist, återbesök om 3 dagar för besked."),
  ], M, "typo 'Diagnosn'; 'har inte gåtts igenom'")

C("m39-inf-tbc-odlingssvaret-hade-inte-meddelats-vid-utskrivning", "skane", "s_inf", "Epikris", "1988-02-09", "F",
  "2024-07-11 14:45", [
      ("Epikris", "Vårdad för pneumoni vä överlob, BAL utförd. Odling från BAL: Mycobacterium tuberculosis, känslig "
                  "för standardpreparat. Odlingssvaret hade ännu inte meddelats patienten när hon skrevs ut."),
      ("Planering", "Kallas till infektionsmottagningen imorgon. Smittspårning startas."),
  ], M, "pluperfect 'hade ännu inte meddelats' in an epicrisis", setting="slutenvård")

C("m40-geri-leverbiopsi-ej-informerad-enligt-anhorigas-onskemal", "vgr", "v_geri", "Läkaranteckning", "1934-09-27", "M",
  "2024-04-26 13:25", [
      ("Bedömning", "PAD från leverbiopsi: metastas från adenokarcinom, trol pankreatisk utgång. Pat ej informerad "
                    "om cancerdiagnosen enligt önskemål från anhöriga; etiskt samtal planeras med pat och familj."),
  ], M, "not told at relatives' request ('ej informerad om cancerdiagnosen')", setting="slutenvård")

C("m41-kard-hcm-aterkoppling-planeras-har-inte-skett", "skane", "s_kard", "Läkaranteckning", "1979-05-03", "M",
  "2024-09-24 15:30", [
      ("Bedömning", "Genetisk utredning visar patogen variant i MYBPC3, förenligt med hypertrof kardiomyopati. "
                    "Återkoppling till patienten planeras till nästa besök och har inte skett ännu."),
  ], M, "noun 'återkoppling' with 'har inte skett ännu'")

C("m42-onh-barn-hodgkin-mamma-och-pappa-inte-fatt-veta", "vgr", "v_barn", "Läkaranteckning", "2015-02-14", "F",
  "2024-11-12 12:40", [
      ("Bedömning", "PAD från halslymfkörtel hö: klassiskt Hodgkins lymfom, nodulär skleros. Mamma och pappa har ännu "
                    "inte fått veta att det är lymfom; beskedet ges gemensamt med barnonkolog på torsdag."),
  ], M, "child under 13: parents 'inte fått veta att det är lymfom'")

C("m43-barn-cf-vardnadshavarna-ska-fa-besked", "skane", "s_barnhbg", "Läkaranteckning", "2022-01-19", "M",
  "2024-02-08 10:10", [
      ("Bedömning", "Svettest: klorid 98 mmol/L vid två tillfällen, förenligt med cystisk fibros. Vårdnadshavarna "
                    "ska få besked av barnläkare på CF-centrum och har ännu inte informerats."),
  ], M, "child under 13: guardians 'ska få besked ... har ännu inte informerats'")

C("m44-lunga-spikulerad-tumor-infomerad-typo", "vgr", "v_lung", "Läkaranteckning", "1958-12-24", "F",
  "2024-01-16 14:20", [
      ("Bedömning", "DT thorax: 3 cm spikulerad tumör vä underlob, PET-positiv, trol lungcancer. "
                    "Patienten är ännu inte infomerad om fyndet."),
  ], M, "typo 'infomerad'; probable lung cancer", **DRAFT)

C("m45-hemat-follikulart-lymfon-delgetts-typo", "skane", "s_hemat", "Läkaranteckning", "1970-06-30", "F",
  "2024-05-17 09:40", [
      ("Bedömning", "PAD axillär lymfkörtel: follikulärt lymfon grad 2. Svaret har inte delgetts patienten."),
  ], M, "typo in diagnosis 'lymfon'; colloquial participle 'delgetts'")

C("m46-ortop-liposarkom-vi-har-annu-inte-pratat-om", "vgr", "v_ortop", "Läkaranteckning", "1967-08-13", "M",
  "2024-10-01 11:00", [
      ("Bedömning", "MR lår + mellannålsbiopsi: högmalignt dedifferentierat liposarkom. Vi har ännu inte pratat med "
                    "patienten om att tumören är elakartad."),
  ], M, "'pratat om att tumören är elakartad' (lay wording for the diagnosis)")

C("m47-kir-barrett-genomgang-av-pad-aterstar", "skane", "s_kir", "Läkaranteckning", "1959-10-06", "M",
  "2024-06-25 13:55", [
      ("Bedömning", "Gastroskopi med biopsier: Barretts esofagus med höggradig dysplasi, ingen invasiv cancer. "
                    "Genomgång av PAD-svaret med patienten återstår."),
  ], M, "noun 'genomgång' + 'återstår'; premalignant diagnosis (cancer negated)")

C("m48-hemat-kll-inget-bsked-lamnat-typo", "vgr", "v_hemat", "Telefonanteckning", "1951-04-01", "M",
  "2024-12-05 16:15", [
      ("Bedömning", "Flödescytometri: monoklonala B-celler CD5+/CD23+, KLL Binet A. Inget bsked lämnat ang. KLL – "
                    "pat hade bråttom hem, ringer honom imorgon."),
  ], M, "typo 'bsked'; 'inget besked lämnat'")

C("m49-kir-esofagus-ska-inte-framga-for-patienten", "skane", "s_kir", "Läkaranteckning", "1953-03-21", "M",
  "2024-04-30 10:35", [
      ("Bedömning", "PAD: adenokarcinom i distala esofagus. Enligt överenskommelse med operatören ska diagnosen inte "
                    "framgå för patienten förrän han träffat kirurgen den 3/5."),
  ], M, "'must not be told yet' wording: 'ska diagnosen inte framgå för patienten förrän'")

C("m50-kir-kolangiokarcinom-epikris-inforemrad-typo", "vgr", "v_kir", "Epikris", "1944-05-05", "F",
  "2024-05-02 15:50", [
      ("Epikris", "Inlagd för ikterus och klåda. ERCP med stent, borstcytologi: kolangiokarcinom. Pat ännu ej "
                  "inforemrad om borstcytologin vid utskrivningen – besked ges på kirurgmottagningen 7/5."),
  ], M, "typo 'inforemrad' in an epicrisis; another unit will tell", setting="slutenvård")

# ------------------------------------------------------------- must_not NL101
C("n01-brost-lobular-informerades-vid-dagens-besok", "skane", "s_brost", "Läkaranteckning", "1966-09-14", "F",
  "2024-02-20 11:30", [
      ("Bedömning", "PAD: invasiv lobulär cancer hö bröst, ER+, HER2-. Patienten informerades om diagnosen vid dagens "
                    "besök med maken närvarande."),
      ("Planering", "Preoperativ MR, op-anmäld."),
  ], N, "told: 'informerades om diagnosen vid dagens besök'")

C("n02-lunga-adenokarcinom-jag-har-forklarat", "vgr", "v_lung", "Läkaranteckning", "1956-03-08", "M",
  "2024-03-14 13:05", [
      ("Bedömning", "Jag har förklarat för patienten att biopsin visar adenokarcinom i vä lunga och att vi inväntar "
                    "molekylärpatologi (EGFR, ALK, PD-L1)."),
  ], N, "told, first person singular 'jag har förklarat'")

C("n03-neuro-ms-vi-gick-igenom-mr-fynden", "skane", "s_neuro", "Mottagningsanteckning", "1991-06-02", "F",
  "2024-05-08 14:15", [
      ("Bedömning", "Vi gick igenom MR-fynden tillsammans med pat och hennes sambo; bilden är typisk för MS, vilket "
                    "hon själv redan anat."),
  ], N, "told, first person plural 'vi gick igenom'")

C("n04-uro-prostata-besked-lamnat-av-undertecknad", "vgr", "v_uro", "Läkaranteckning", "1955-12-19", "M",
  "2024-02-06 10:45", [
      ("Bedömning", "Biopsier: prostatacancer Gleason 3+4 i 3/12. Besked om prostatacancer lämnat av undertecknad, "
                    "kontaktsjuksköterska närvarade."),
  ], N, "told, noun 'besked ... lämnat av undertecknad'")

C("n05-kir-rektal-diagnosbesked-givet", "skane", "s_kir", "Läkaranteckning", "1962-07-23", "M",
  "2024-06-12 09:20", [
      ("Bedömning", "MR lilla bäckenet: rektalcancer 8 cm ab ano, cT3N1. Diagnosbesked givet i lugn miljö (pat och "
                    "dotter), skriftlig info om MDK medskickad."),
  ], N, "told: 'diagnosbesked givet'")

C("n06-hemat-kml-har-fatt-information", "vgr", "v_hemat", "Läkaranteckning", "1974-11-28", "F",
  "2024-08-07 15:35", [
      ("Bedömning", "BCR-ABL1 positiv, kronisk myeloisk leukemi i kronisk fas. Pat har fått information om KML-"
                    "diagnosen och om behandling med imatinib."),
  ], N, "told: 'har fått information om KML-diagnosen'")

C("n07-neuro-als-informerad-prognosen-inte-diskuterad", "skane", "s_neuro", "Läkaranteckning", "1958-04-27", "M",
  "2024-09-10 16:05", [
      ("Bedömning", "Klinik och EMG förenligt med ALS. Informerad om diagnosen idag. Prognosen har vi inte diskuterat "
                    "ännu, pat vill ta det stegvis."),
  ], N, "diagnosis told, only the prognosis not yet discussed", **DRAFT)

C("n08-lunga-nsclc-vet-att-det-ar-cancer-behandling-ej-genomgangen", "vgr", "v_lung", "Läkaranteckning", "1952-01-05", "M",
  "2024-04-17 11:10", [
      ("Bedömning", "PAD bekräftar icke-småcellig lungcancer. Patienten vet att det är lungcancer. Behandlings"
                    "alternativen har ännu inte gåtts igenom, sker efter MDK 15/5."),
  ], N, "diagnosis known to the patient; treatment options not yet gone through")

C("n09-neuro-parkinson-barnen-ska-inte-informeras", "skane", "s_neuro", "Läkaranteckning", "1950-10-10", "F",
  "2024-03-19 13:50", [
      ("Bedömning", "Kliniskt idiopatisk Parkinsons sjukdom, DAT-scan patologisk. Pat informerad. Hon vill själv "
                    "berätta för barnen och har bett oss att inte ta upp det med dem vid nästa besök."),
  ], N, "patient told; her children not to be told by staff")

C("n10-onk-pankreas-pat-informerad-frun-inte", "vgr", "v_onk", "Läkaranteckning", "1947-02-11", "M",
  "2024-07-09 10:20", [
      ("Bedömning", "PAD: adenokarcinom i pankreas med levermetastaser. Pat är informerad om att det är cancer men "
                    "önskar att frun inte informeras förrän efter hennes födelsedag."),
  ], N, "patient told; wife untold at his wish")

C("n11-kir-ventrikel-informerad-via-telefontolk", "skane", "s_kir", "Läkaranteckning", "1972-05-16", "M",
  "2024-10-23 14:40", [
      ("Bedömning", "PAD gastroskopi: adenokarcinom i ventrikeln. Informerad via telefontolk (tigrinja) om "
                    "PAD-svaret och planerad DT."),
  ], N, "told through an interpreter")

C("n12-med-ulceros-kolit-vardcentralen-ej-aterkoppling", "vgr", "v_med", "Epikris", "1986-08-04", "F",
  "2024-01-29 12:00", [
      ("Epikris", "Utredd för blodiga diarréer, koloskopi: ulcerös kolit med pankolit. Pat informerad om diagnosen "
                  "och insatt på prednisolon. Remitterande vårdcentral har ännu inte fått återkoppling, epikris "
                  "skickas idag."),
  ], N, "patient told; the referring unit (vårdcentral) not yet", setting="slutenvård", **DRAFT)

C("n13-barn-all-vardnadshavare-informerade-barnet-sjalvt-inte", "skane", "s_barn", "Läkaranteckning", "2018-06-06", "M",
  "2024-04-04 17:10", [
      ("Bedömning", "Benmärg: akut lymfatisk leukemi, B-prekursor. Båda vårdnadshavarna informerade om diagnosen av "
                    "undertecknad och kontaktsjuksköterska. Barnet självt har ännu inte fått någon förklaring; "
                    "lekterapeut hjälper till imorgon."),
  ], N, "child of 5: the guardians who read the journal are told; only the child is not", setting="slutenvård")

C("n14-gastro-crohn-17-ar-foraldrarna-ska-inte-fa-veta", "vgr", "v_gastro", "Läkaranteckning", "2006-10-29", "F",
  "2024-05-14 09:50", [
      ("Bedömning", "Ileokoloskopi: Crohns sjukdom i terminala ileum och caecum. Pat (17 år) informerad om "
                    "diagnosen. Hon vill inte att föräldrarna ska få veta ännu, vilket respekteras."),
  ], N, "17-year-old patient told; her parents (not journal readers) untold")

C("n15-kard-kand-hjartsvikt-ekotid-ej-informerad", "skane", "s_kard", "Sjuksköterskeanteckning", "1944-12-03", "M",
  "2024-04-02 10:00", [
      ("Bedömning", "Känd hjärtsvikt med nedsatt EF sedan 2021. Ekokontrollen har flyttats till maj, vilket pat ännu "
                    "inte informerats om."),
  ], N, "known diagnosis; something else (moved appointment) not yet told", role="sjuksköterska")

C("n16-neuro-epilepsi-korkortsfragan-inte-tagen", "vgr", "v_neuro", "Läkaranteckning", "1997-02-18", "M",
  "2024-06-11 11:25", [
      ("Bedömning", "Pat informerad om diagnosen fokal epilepsi redan i mars. Vi har däremot ännu inte tagit upp "
                    "körkortsfrågan, görs vid nästa besök."),
  ], N, "diagnosis told earlier; the driving-licence question not yet raised")

C("n17-lunga-dt-utan-malignitet-ej-informerad", "skane", "s_lung", "Läkaranteckning", "1969-09-01", "M",
  "2024-11-26 15:15", [
      ("Röntgen", "DT thorax: inga tecken på malignitet, inga förstorade lymfkörtlar."),
      ("Bedömning", "Pat ej informerad om svaret ännu, ringer imorgon förmiddag."),
  ], N, "negated finding ('inga tecken på malignitet') untold; no diagnosis")

C("n18-gastro-koloskopi-ua-medelats-typo", "vgr", "v_gastro", "Endoskopianteckning", "1978-01-22", "F",
  "2024-03-21 14:05", [
      ("Bedömning", "Koloskopi utan anmärkning, biopsier från colon utan dysplasi eller inflammation. Svaret har "
                    "ännu inte medelats pat."),
  ], N, "normal finding untold; typo 'medelats'")

C("n19-brost-normal-vavnad-aterkoppling-ej-skett", "skane", "s_brost", "Läkaranteckning", "1985-04-09", "F",
  "2024-08-30 10:55", [
      ("Bedömning", "Mellannålsbiopsi vä bröst: normal bröstvävnad utan atypi, ingen malignitet. Återkoppling till "
                    "pat har inte skett än, brev skickas."),
  ], N, "benign/normal biopsy untold")

C("n20-neuro-mr-utan-ms-demyliniserande-typo", "vgr", "v_neuro", "Läkaranteckning", "1989-07-03", "F",
  "2024-02-13 16:25", [
      ("Bedömning", "MR hjärna och halsrygg utan tecken på MS eller annan demyliniserande sjukdom. Röntgensvaret är "
                    "ännu inte förmedlat till pat."),
  ], N, "negated MS untold; typo 'demyliniserande'")

C("n21-uro-psa-normalt-ingen-misstanke", "skane", "s_uro", "Telefonanteckning", "1961-03-27", "M",
  "2024-07-16 13:30", [
      ("Lab", "PSA 1,2 µg/L, normalt för åldern. Kvot fritt/totalt 0,28."),
      ("Bedömning", "Ingen misstanke om prostatacancer. Provsvaret har inte meddelats patienten än, görs via 1177."),
  ], N, "negated suspicion; normal result untold")

C("n22-vgr-tidiga-hypoteser-sokord-pankreas", "vgr", "v_kir", "Läkaranteckning", "1957-11-30", "F",
  "2024-09-19 10:10", [
      ("Aktuellt", "Kontroll av viktnedgång, 5 kg på 3 mån."),
      ("Tidiga hypoteser", "DT buk: misstänkt pankreascancer, svårbedömt. Pat ej informerad, diskuteras på MDK."),
      ("Planering", "Återbesök efter MDK."),
  ], N, "diagnosis and 'ej informerad' only under the filtered VGR sökord Tidiga hypoteser", **DRAFT)

C("n23-skane-mall-tidiga-hypoteser-ftd", "skane", "s_geri", "Tidiga hypoteser", "1952-08-16", "M",
  "2024-10-03 14:35", [
      ("Bedömning", "Kognitiv svikt och beteendeförändring, bild som kan passa med frontotemporal demens. Pat och "
                    "anhöriga har inte informerats om hypotesen, utredningen fortsätter."),
  ], N, "whole note in the Skåne template Tidiga hypoteser (hidden)")

C("n24-med-hemokromatos-hade-redan-informerats", "vgr", "v_med", "Läkaranteckning", "1971-06-25", "M",
  "2024-03-04 11:40", [
      ("Bedömning", "Hemokromatos, homozygot C282Y, ferritin 1450. Patienten hade redan informerats om diagnosen av "
                    "sin husläkare före besöket."),
  ], N, "told earlier: pluperfect 'hade redan informerats'")

C("n25-brost-dcis-inte-informerad-vid-ankomst-men-nu", "skane", "s_brost", "Läkaranteckning", "1970-02-02", "F",
  "2024-05-28 15:10", [
      ("Bedömning", "Pat var inte informerad om PAD vid ankomsten, men vi har nu gått igenom svaret: DCIS i hö "
                    "bröst, 15 mm, grad 2."),
  ], N, "not informed at arrival but told during the visit")

C("n26-hud-bcc-meddelat-per-telefon", "vgr", "v_hud", "Telefonanteckning", "1948-08-19", "M",
  "2024-11-04 09:05", [
      ("Aktuellt", "Pat ringer och vill ha besked om biopsin från näsryggen."),
      ("Bedömning", "Svaret (basalcellscancer, nodulär typ) meddelat per telefon. Pat förstår, kallas för excision."),
  ], N, "told by phone; diagnosis inside a parenthesis")

C("n27-hemat-hodgkin-information-har-lamnats", "skane", "s_hemat", "Läkaranteckning", "1993-12-13", "M",
  "2024-01-18 13:45", [
      ("Bedömning", "Hodgkins lymfom stadium IIA. Information om diagnosen och planerad ABVD-behandling har lämnats "
                    "muntligt och skriftligt."),
  ], N, "told: noun 'information ... har lämnats'")

C("n28-psyk-schizofreni-kanner-till-diagnosen", "vgr", "v_psyk", "Läkaranteckning", "1982-04-14", "M",
  "2024-08-15 10:30", [
      ("Bedömning", "Schizofreni sedan 2015, stabil på klozapin. Pat känner till diagnosen sedan länge och är "
                    "välinformerad om sin behandling."),
  ], N, "told long ago: 'känner till diagnosen'")

C("n29-ortop-kotkompresion-genomgang-gjord-typo", "skane", "s_ortop", "Läkaranteckning", "1941-10-24", "F",
  "2024-12-10 11:15", [
      ("Bedömning", "Genomgång av röntgensvaret gjord med pat: kotkompresion L1, trol osteoporotisk, ingen "
                    "retropulsion."),
  ], N, "told: noun 'genomgång ... gjord'; typo 'kotkompresion'")

C("n30-onk-mantelcell-delgivning-skedde", "vgr", "v_onk", "Läkaranteckning", "1953-05-31", "M",
  "2024-04-12 14:00", [
      ("Bedömning", "Delgivning av diagnosen (mantelcellslymfom) skedde 12/3 hos hematolog, se anteckning därifrån. "
                    "Idag samtal om biverkningar."),
  ], N, "told earlier at another unit: noun 'delgivning ... skedde'")

C("n31-hud-dysplastiskt-nevus-aterkoppling-given", "skane", "s_hud", "Telefonanteckning", "1987-07-17", "F",
  "2024-09-27 10:40", [
      ("Bedömning", "Återkoppling given per telefon om PAD: dysplastiskt nevus med måttlig atypi, radikalt exciderat."),
  ], N, "told: 'återkoppling given'")

C("n32-neuro-ms-vi-har-pratat-om", "vgr", "v_neuro", "Läkaranteckning", "1990-03-23", "F",
  "2024-07-30 13:15", [
      ("Bedömning", "Vi har pratat om att det är MS och vad det innebär för familj och arbete. Pat vill börja med "
                    "behandling så snart som möjligt."),
  ], N, "told: 'vi har pratat om att det är MS'")

C("n33-lunga-ipf-informerad-ska-fa-skriftlig-information", "skane", "s_lung", "Läkaranteckning", "1946-11-08", "M",
  "2024-02-22 15:25", [
      ("Bedömning", "HRCT: UIP-mönster, förenligt med idiopatisk lungfibros. Pat informerad. Ska få skriftlig "
                    "information om sjukdomen och om antifibrotisk behandling med posten."),
  ], N, "told; 'ska få skriftlig information' is additional material, not the telling")

C("n34-lunga-kol-hemsjukvarden-inte-informerad", "vgr", "v_lung", "Läkaranteckning", "1942-01-31", "F",
  "2024-10-17 11:55", [
      ("Bedömning", "Spirometri: FEV1/FVC 0,58, KOL GOLD 2. Pat informerad om att det rör sig om KOL. Hemsjukvården "
                    "är inte informerad ännu, kontaktas imorgon ang. inhalationsteknik."),
  ], N, "patient told; another unit (hemsjukvården) not yet")

C("n35-med-levercirros-besked-med-tolk-lamant-typo", "skane", "s_med", "Läkaranteckning", "1964-09-12", "M",
  "2024-06-20 14:30", [
      ("Bedömning", "Alkoholrelaterad levercirros Child-Pugh B. Besked om levercirros lämant med hjälp av tolk "
                    "(persiska). Tolk till nästa besök är ännu inte bokad."),
  ], N, "told via interpreter (typo 'lämant'); only the next interpreter booking pending")

C("n36-brost-informerad-operationstid-ej-besked", "vgr", "v_kir", "Läkaranteckning", "1977-05-26", "F",
  "2024-03-11 09:35", [
      ("Bedömning", "Pat informerad om bröstcancerdiagnosen (PAD invasiv duktal cancer vä). Operationsdatum inte "
                    "klart, pat har ännu inte fått besked om tid."),
  ], N, "diagnosis told; something else (operation date) untold")

C("n37-akut-fotled-ingen-fraktur-avvek", "skane", "s_akut", "Akutanteckning", "1999-08-11", "F",
  "2024-07-06 23:20", [
      ("Status", "Svullnad och ömhet lateralt om vä fotled, kan belasta med smärta."),
      ("Röntgen", "Vä fotled: ingen fraktur, normala ledförhållanden."),
      ("Bedömning", "Pat inte informerad om röntgensvaret då hon avvek från akuten före läkarbedömning."),
  ], N, "normal X-ray ('ingen fraktur') untold", setting="akut", **DRAFT)

C("n38-barn-celiaki-mamma-och-pappa-informerade", "vgr", "v_barn", "Läkaranteckning", "2019-02-27", "F",
  "2024-01-11 10:25", [
      ("Bedömning", "Transglutaminas-ak > 10 x övre ref, bekräftat med EMA: celiaki. Mamma och pappa informerade om "
                    "diagnosen, remiss dietist skickad."),
  ], N, "child under 13: guardians told")

C("n39-hemat-lymfom-informerad-subtyp-ej-klar", "skane", "s_hemat", "Läkaranteckning", "1965-01-04", "M",
  "2024-11-21 13:05", [
      ("Bedömning", "Pat informerad om att det rör sig om lymfom. Subtypen är ännu inte klar och har därför inte "
                    "kunnat diskuteras."),
  ], N, "diagnosis told; subtype not yet known so not discussed")

C("n40-lunga-sarkoidos-jag-har-berattat-om-misstanken", "vgr", "v_lung", "Läkaranteckning", "1984-06-18", "M",
  "2024-05-03 14:10", [
      ("Bedömning", "Bilateral hiluslymfadenopati och erythema nodosum, misstänkt sarkoidos. Jag har berättat för pat "
                    "om misstanken och att bronkoskopi behövs för att bekräfta."),
  ], N, "suspicion told: 'jag har berättat ... om misstanken'")

C("n41-kir-malign-polyp-man-har-gatt-igenom-pad", "skane", "s_kir", "Läkaranteckning", "1956-12-07", "M",
  "2024-08-06 10:05", [
      ("Bedömning", "PAD från tjocktarmspolyp: adenokarcinom i polyp, radikalt avlägsnad. Man har gått igenom PAD med "
                    "patienten, som tog beskedet lugnt."),
  ], N, "told, impersonal 'man har gått igenom'")

C("n42-kard-brostsmarta-ingen-ischemi-ej-informerad", "vgr", "v_kard", "Inskrivningsanteckning", "1975-10-20", "M",
  "2024-12-14 03:50", [
      ("Bedömning", "Bröstsmärta, EKG utan ischemitecken och troponin negativt x2. Pat ej informerad om provsvaren "
                    "ännu, sover."),
  ], N, "normal results untold; only a symptom, no diagnosis", setting="slutenvård")

C("n43-onk-hjarnmetastaser-informerade-i-annan-sektion", "skane", "s_onk", "Läkaranteckning", "1960-04-28", "F",
  "2024-03-25 16:00", [
      ("Röntgen", "MR hjärna: tre hjärnmetastaser, största 14 mm i hö cerebellum."),
      ("Information", "Pat och make informerade om MR-svaret av undertecknad, kontaktsjuksköterska med."),
  ], N, "told, statement in a separate Information section")

C("n44-onh-tungcancer-bullet-informerad-om-pad", "vgr", "v_onh", "Läkaranteckning", "1958-09-09", "M",
  "2024-02-29 11:20", [
      ("Planering", "- Informerad om PAD (skivepitelcancer i tungkanten)\n- Remiss onkologen för strålbehandling\n"
                    "- Kontaktsjuksköterska: Lena, nås via växeln"),
  ], N, "told, bullet list with the diagnosis in parenthesis")

C("n45-reuma-ra-arbetsgivaren-ska-inte-informeras", "skane", "s_reuma", "Läkaranteckning", "1980-11-15", "F",
  "2024-09-05 13:35", [
      ("Diagnos", "Reumatoid artrit, seropositiv."),
      ("Bedömning", "Patienten informerad om diagnosen. Arbetsgivaren ska inte informeras enligt pat önskemål."),
  ], N, "patient told; employer not to be told")

C("n46-neuro-glioblastom-sonen-har-inte-fatt-veta", "vgr", "v_neuro", "Läkaranteckning", "1955-08-01", "M",
  "2024-06-27 15:45", [
      ("Bedömning", "Pat fick diagnosbesked idag: glioblastom, inoperabelt läge. Sonen, som inte var med, har ännu "
                    "inte fått veta något; pat ringer honom ikväll."),
  ], N, "patient told; son untold", **DRAFT)

C("n47-endo-medullar-tyreoidea-inforemrad-typo", "skane", "s_endo", "Läkaranteckning", "1972-03-18", "F",
  "2024-10-29 09:30", [
      ("Bedömning", "Ultraljud + PAD: medullär tyreoideacancer, kalcitonin förhöjt. Pat inforemrad om diagnosen och "
                    "planerad tyreoidektomi."),
  ], N, "told, typo in the cue 'inforemrad'")

C("n48-reuma-sle-genomgangen-graviditet-ej-pratat", "vgr", "v_reuma", "Läkaranteckning", "1996-12-22", "F",
  "2024-04-24 10:50", [
      ("Bedömning", "Diagnosen SLE är genomgången med pat (ANA, anti-dsDNA, artrit, fotosensitivitet). Vi har ännu "
                    "inte hunnit prata om graviditetsplaner."),
  ], N, "diagnosis gone through; pregnancy plans not yet discussed")

C("n49-onk-misstanke-avskriven-ej-meddelad", "skane", "s_onk", "Telefonanteckning", "1967-07-29", "M",
  "2024-11-15 12:25", [
      ("Bedömning", "Ingen misstanke om malignitet längre efter PET-DT och biopsi med enbart reaktiva förändringar. "
                    "Pat ännu inte meddelad, ringer på fredag."),
  ], N, "malignancy ruled out ('ingen misstanke om'); untold result without diagnosis")

C("n50-lunga-anhoriga-inte-informerade-pat-fullt-informerad", "vgr", "v_lung", "Läkaranteckning", "1950-05-10", "M",
  "2024-08-20 13:00", [
      ("Bedömning", "Anhöriga informerades inte om diagnosen, eftersom pat själv inte ville det; pat är fullt "
                    "informerad om sin lungcancer och behandlingsplanen."),
  ], N, "relatives untold by the patient's wish; the patient fully informed")


# ---------------------------------------------------------------- build
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, sex, idx):
    y, m, d = birth.split("-")
    num = 20 + (idx * 7) % 79           # two digits 20..98
    third = (idx % 5) * 2 + (1 if sex == "M" else 0)
    serial = f"{num:02d}{third}"
    nine = y[2:] + m + d + serial
    sep = "-"
    return f"{y}{m}{d}{sep}{serial}{luhn_digit(nine)}"


def iso(when):
    return dt.datetime.strptime(when, "%Y-%m-%d %H:%M").isoformat()


def build():
    rows = []
    for i, c in enumerate(CASES):
        unit_name, hsa = UNITS[c["unit"]]
        t = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M")
        signed = None if c["extra"].get("draft") else (t + dt.timedelta(minutes=35 + (i % 4) * 20)).isoformat()
        as_of = (t + dt.timedelta(days=3)).replace(hour=0, minute=0).isoformat()
        role = c["extra"].get("role", "läkare")
        setting = c["extra"].get("setting", "öppenvård")
        note = {
            "id": "n1", "system": "Melior", "template": c["template"],
            "unit": {"name": unit_name, "hsa_id": hsa},
            "author": {"name": AUTHORS[i % len(AUTHORS)], "role": role},
            "time": t.isoformat(), "signed": signed, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": pnr(c["birth"], c["sex"], i), "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of, "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        }
        pair = [["NL101", "n1"]]
        rows.append({"case": c["name"], "ruleset": c["rs"], "record": record,
                     "must": pair if c["must"] else [], "must_not": [] if c["must"] else pair,
                     "why": c["why"]})
    return rows


def sentences(text):
    for line in text.split("\n"):
        line = re.sub(r"^\s*[-•]\s*", "", line)
        for s in re.split(r"(?<=[.!?;])\s+", line):
            s = s.strip()
            if s:
                yield s


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        name = r["case"]
        if name in names:
            errs.append(f"duplicate case name {name}")
        names.add(name)
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{name}: bad keys {sorted(r)}")
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{name}: ruleset {r['ruleset']}")
        rec = r["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{name}: bad record keys")
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        digits = pid.replace("-", "")
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{name}: pnr format {pid}")
        elif digits[:8] != bd.replace("-", ""):
            errs.append(f"{name}: pnr {pid} does not match birth_date {bd}")
        elif luhn_digit(digits[2:11]) != digits[11]:
            errs.append(f"{name}: pnr {pid} Luhn invalid")
        note_ids = {n["id"] for n in rec["notes"]}
        times = [rec["as_of"]]
        for n in rec["notes"]:
            times.append(n["time"])
            if n["signed"] is not None:
                times.append(n["signed"])
                if n["signed"] < n["time"]:
                    errs.append(f"{name}: signed before time")
            if n["system"] != "Melior":
                errs.append(f"{name}: NL101 cases must be Melior")
            t = dt.datetime.fromisoformat(n["time"])
            a = age_on(bd, t)
            if 13 <= a <= 15:
                errs.append(f"{name}: patient aged {a}")
            for s in n["sections"]:
                if not s["text"].strip():
                    errs.append(f"{name}: empty section")
                for sent in sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != name:
                            errs.append(f"{name}: sentence reused from {seen[sent]}: {sent!r}")
                        elif sent in seen:
                            errs.append(f"{name}: sentence repeated: {sent!r}")
                        seen[sent] = name
        for tm in times:
            if not tm.startswith("2024-"):
                errs.append(f"{name}: date not in 2024: {tm}")
        if dt.datetime.fromisoformat(rec["as_of"]) < dt.datetime.fromisoformat(rec["notes"][0]["time"]):
            errs.append(f"{name}: as_of before note")
        targets = r["must"] + r["must_not"]
        if not targets:
            errs.append(f"{name}: asserts nothing")
        for code, tid in targets:
            if tid not in note_ids:
                errs.append(f"{name}: target {tid} missing")
            if code != "NL101":
                errs.append(f"{name}: only NL101 asserted here, got {code}")
        if set(map(tuple, r["must"])) & set(map(tuple, r["must_not"])):
            errs.append(f"{name}: code both must and must_not")
        if not r["why"].strip():
            errs.append(f"{name}: empty why")
    pids = [r["record"]["patient"]["id"] for r in rows]
    if len(set(pids)) != len(pids):
        errs.append("duplicate personnummer")
    must = sum(1 for r in rows if r["must"])
    if len(rows) != 100 or must != 50:
        errs.append(f"expected 100 cases / 50 must, got {len(rows)} / {must}")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    by = {}
    for r in rows:
        key = (r["ruleset"], "must" if r["must"] else "must_not")
        by[key] = by.get(key, 0) + 1
    typos = sum(1 for r in rows if "typo" in r["case"])
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    print(f"wrote {len(rows)} cases to {OUT}; {by}; typos={typos}; drafts={drafts}")


if __name__ == "__main__":
    main()
