#!/usr/bin/env python3
"""nl1n: independent gold cases for notelint NL101/NL102 on whole Swedish journal notes.

All cases are held as data below. Running this file writes nl1n_dev_cases.jsonl beside it
and validates it (exit status 1 on any problem). No dependencies, deterministic output.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1n_dev_cases.jsonl")

UNITS = {
    # Region Skåne
    "sus_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3HQ1"),
    "sus_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3HQ2"),
    "csk_kir": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-5KR7"),
    "sus_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "hbg_ort": ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-4HB3"),
    "sus_barn": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6BU1"),
    "sus_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2EN4"),
    "ystad_geri": ("Geriatriska kliniken, Lasarettet i Ystad", "SE2321000255-8YG2"),
    "sus_ogon": ("Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-9OG5"),
    "sus_reuma": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1RE6"),
    "sus_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1LU8"),
    "sus_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4UR2"),
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-6PS3"),
    "sus_gyn": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3KV9"),
    "hbg_med": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-4ME1"),
    "sus_hem": ("Hematologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2HE7"),
    "csk_kard": ("Kardiologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5KA3"),
    "sus_onh": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7ON1"),
    "sus_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3IN4"),
    "sus_kar": ("Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3KK2"),
    "sus_onk": ("Skånes onkologiska klinik, Lund", "SE2321000255-1ON5"),
    "ang_med": ("Medicinkliniken, Ängelholms sjukhus", "SE2321000255-4AN6"),
    "trell_ort": ("Ortopedmottagningen, Lasarettet i Trelleborg", "SE2321000255-3TR8"),
    "sus_atst": ("Ätstörningscentrum, Skånes universitetssjukhus Lund", "SE2321000255-6AT2"),
    "hass_med": ("Medicinkliniken, Hässleholms sjukhus", "SE2321000255-5HA4"),
    "sus_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7HU3"),
    "sus_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2GA8"),
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-V0412"),
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-V0233"),
    "bvc_hoor": ("BVC Höör", "SE2321000255-V0871"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-V0655"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-V0518"),
    "vc_landskrona": ("Vårdcentralen Landskrona Centrum", "SE2321000255-V0307"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-V0749"),
    # Västra Götalandsregionen
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011201"),
    "su_kard": ("Kardiologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011345"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011502"),
    "sas_uro": ("Urologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000022110"),
    "nu_gyn": ("Gynekologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000033412"),
    "skas_psyk": ("Vuxenpsykiatrisk mottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044120"),
    "su_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011780"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011611"),
    "nu_onh": ("Öron-näsa-halsmottagningen, NU-sjukvården Trollhättan", "SE2321000131-E000000033501"),
    "sas_kir": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000022204"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000055102"),
    "kungalv_med": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000066210"),
    "skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044001"),
    "dsbus": ("Drottning Silvias barn- och ungdomssjukhus, Göteborg", "SE2321000131-E000000011900"),
    "su_geri": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011420"),
    "su_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011288"),
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011933"),
    "nu_ort": ("Ortopedmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000033620"),
    "su_gastro": ("Gastroenterologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011377"),
    "sas_endo": ("Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000022318"),
    "su_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011455"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011599"),
    "su_obst": ("Förlossningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011712"),
    "skas_med": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044230"),
    "su_beroende": ("Beroendemottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011850"),
    "nu_barn": ("Barn- och ungdomsmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000033705"),
    "su_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011677"),
    "sas_ort": ("Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000022455"),
    "su_kirakut": ("Kirurgiska akutvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011240"),
}

CASES = []


def sections(block):
    """'## Keyword' lines start a section; the lines below are its text."""
    out = []
    kw = None
    buf = []
    for line in block.strip("\n").split("\n"):
        if line.startswith("## "):
            if kw is not None:
                out.append({"keyword": kw, "text": "\n".join(buf).strip()})
            kw = line[3:].strip()
            buf = []
        else:
            buf.append(line.rstrip())
    if kw is not None:
        out.append({"keyword": kw, "text": "\n".join(buf).strip()})
    return out


def note(unit, author, time, signed, text, nid="n1", system="Melior",
         template="Läkaranteckning", role="läkare", setting="öppenvård"):
    name, hsa = UNITS[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": time, "signed": signed, "setting": setting,
            "refs": [], "sections": sections(text)}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(born, serial):
    y, m, d = born.split("-")
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{luhn_digit(nine)}"


def case(name, rs, born, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(n["signed"] or n["time"] for n in notes)
        day = datetime.date.fromisoformat(last[:10]) + datetime.timedelta(days=1)
        as_of = day.isoformat() + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": rs,
        "record": {"patient": {"id": pnr(born, serial), "birth_date": born,
                               "protected_identity": False},
                   "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why})


A = ("NL101", "n1")   # shorthand targets on n1
B = ("NL102", "n1")
# ---------------------------------------------------------------- batch 1
case("akut-brostsmarta-trolig-costokondrit-nstemi-uteslutet", "skane", "1961-09-03", "417",
 [note("sus_akut_malmo", "Johan Lindqvist", "2024-02-11T21:40:00", "2024-02-11T23:55:00", """
## Kontaktorsak
Bröstsmärta.
## Aktuellt
62-årig man som sedan igår kväll har molande smärta vä sida av bröstkorgen, värre vid djupandning och när han vrider på överkroppen. Bar flyttkartonger hela helgen. Ingen strålning till arm eller käke. Ingen dyspné, ingen svimning, inga infektionssymtom. Kommer på inrådan av sin fru.
## Tidigare sjukdomar
Hypertoni sedan 2015.
Diabetes mellitus typ 2, tablettbehandlad, senaste HbA1c 52.
Appendektomi 1988.
## Hereditet
Far hjärtinfarkt vid 55 års ålder. Bror har paroxysmalt förmaksflimmer.
## Socialt
Gift, arbetar som busschaufför. Röker ca 10 cig/dag sedan tonåren. Alkohol sparsamt.
## Läkemedel
Enalapril 10 mg 1x1, Metformin 1 g 1x2, Atorvastatin 20 mg 1x1.
## Status
AT: Gott, opåverkad, talar hela meningar.
Cor: Regelbunden rytm, inga blåsljud, HF 74.
Pulm: Normala andningsljud bilat, inga biljud.
Thorax: Palpationsöm över costokondrala övergångarna vä sida, reproducerar smärtan exakt.
BT 152/88 hö arm, 148/86 vä arm. SaO2 98 % på luft. AF 14.
## Lab
hs-TnT 6 -> 7 ng/L (0 och 3 h). Hb 148. CRP <5. Krea 82. D-dimer 0,3.
## EKG
Sinusrytm 72/min, normal el-axel, inga ST-T-förändringar. Oförändrat jmf med EKG från 2021.
## Bedömning
Normala troponiner i serie och normalt EKG, NSTEMI uteslutes. Lågt D-dimer, lungemboli ej aktuellt. Smärtan går att provocera fram vid palpation och bedöms som trolig costokondrit (Tietzes syndrom) efter tunga lyft.
## Planering
Paracetamol 1 g x 4 samt Ibuprofen 400 mg x 3 i max 5 dagar. Åter vid förvärrade besvär, andnöd eller smärta i vila. Rökstopp rekommenderas, hänvisas till VC för stöd. BT-kontroll hos ordinarie VC om 2–3 veckor.
""", setting="akutmottagning")],
 [B], [A],
 "Akutanteckning: NSTEMI och lungemboli uteslutna, men 'trolig costokondrit' är en osäker diagnos i synlig Melior-text.")

case("kard-nyupptackt-formaksflimmer-misstankt-hjartsvikt", "vgr", "1949-04-22", "286",
 [note("su_kard", "Maria Ekholm", "2024-03-05T10:15:00", "2024-03-05T14:02:00", """
## Kontaktorsak
Remiss från Närhälsan Kungsladugård pga oregelbunden puls och tilltagande andfåddhet.
## Anamnes
74-årig kvinna, tidigare pigg. Sedan ca 6 veckor ansträngningsdyspné, orkar nu bara gå en trappa. Svullna anklar på kvällarna. Hjärtklappning i perioder. Ingen bröstsmärta. Sover med två kuddar sedan jul.
## Tidigare sjukdomar
Hypotyreos, substituerad sedan 2009.
Gonartros bilat.
Hysterektomi 1994 pga myom.
## Hereditet
Mor stroke i 80-årsåldern.
## Socialt
Änka, bor ensam i lägenhet med hiss. Klarar sig själv. Aldrig rökt.
## Läkemedel
Levaxin 100 mikrog 1x1, Alvedon vb.
## Status
AT: Opåverkad i vila, lätt dyspné vid av- och påklädning.
Cor: Oregelbunden rytm, HF ca 110, systoliskt blåsljud 2/6 över apex.
Pulm: Krepitationer basalt bilat.
Buk: Mjuk, oöm.
Extremiteter: Pittingödem till mitten av underbenen bilat.
BT 138/84.
## Lab
NT-proBNP 2 140 ng/L. Hb 131. Krea 96, eGFR 52. TSH 2,1. K 4,2.
## EKG
Förmaksflimmer med kammarfrekvens 108/min, vänstergrenblock saknas, inga akuta ischemitecken.
## Bedömning
Nyupptäckt förmaksflimmer med snabb kammarfrekvens. CHA2DS2-VASc minst 2 p (ålder, kön). Misstänkt hjärtsvikt med tanke på dyspné, ödem och kraftigt förhöjt NT-proBNP.
## Planering
Start Eliquis 5 mg x 2 och Metoprolol 50 mg x 1. Ekokardiografi inom 2 veckor. Furix 40 mg x 1 i en vecka. Återbesök med EKG efter eko. Kontakt med hjärtsviktssjuksköterska.
## Information
Pat informerad om förmaksflimret och varför blodförtunnande behövs, förstår och accepterar.
""")],
 [B], [A],
 "Bekräftat förmaksflimmer men 'misstänkt hjärtsvikt' i synlig bedömning.")

case("kir-sigmoideumcancer-pad-ej-meddelat-pat", "skane", "1952-11-30", "642",
 [note("csk_kir", "Anders Persson", "2024-05-07T13:20:00", "2024-05-07T15:45:00", """
## Kontaktorsak
PAD-svar efter koloskopi 29/4.
## Aktuellt
71-årig kvinna utredd för järnbristanemi och intermittent blod i avföringen sedan i höstas. Koloskopi 29/4 visade en ca 3 cm stor exofytisk, delvis ulcererad tumör i colon sigmoideum 25 cm från anus. Biopsier tagna, tuschmarkering utförd. Övriga kolon utan anmärkning, två små polyper i ascendens avlägsnade.
## Tidigare sjukdomar
Hypertoni.
Kolecystektomi 2011.
Depression 2016, sedan länge utan behandling.
## Hereditet
Mor hade tjocktarmscancer vid 68 års ålder. Syster frisk.
## Socialt
Sambo, pensionerad lärare. Aldrig rökt.
## Läkemedel
Amlodipin 5 mg 1x1, Duroferon 100 mg 1x1.
## Lab
Hb 104, MCV 76, ferritin 6. CEA 3,1. Krea 71. Leverstatus ua.
## Röntgen
DT thorax-buk 3/5: Väggförtjockning i sigmoideum motsvarande känd tumör. Inga förstorade lymfkörtlar. Inga fokala leverförändringar. Lungor utan metastaser.
## PAD
Adenocarcinom, måttligt differentierat, i biopsier från sigmoideum. Polyperna: tubulära adenom med låggradig dysplasi.
## Bedömning
Sigmoideumcancer, radiologiskt utan spridning, cT2N0M0. Ska tas upp på kolorektal MDK 10/5 inför ställningstagande till laparoskopisk sigmoideumresektion.
## Information
Pat är ännu inte informerad om PAD-svaret. Besked lämnas av undertecknad vid inbokat återbesök 14/5 tillsammans med kontaktsjuksköterska.
## Planering
MDK 10/5. Återbesök 14/5. Anemin behandlas med fortsatt peroralt järn.
""")],
 [A], [B],
 "Fastställd cancerdiagnos (PAD) i synlig anteckning medan texten säger att pat inte fått besked; inga hedgade diagnoser.")

case("neuro-optikusneurit-ms-misstanke-ej-informerad", "vgr", "1995-01-17", "528",
 [note("su_neuro", "Sara Bergström", "2024-04-18T09:30:00", "2024-04-18T12:10:00", """
## Kontaktorsak
Uppföljning efter optikusneurit vä öga, granskning av MR.
## Anamnes
29-årig kvinna som i mars fick smärtsam synnedsättning vä öga, bedömd på ögonakuten som optikusneurit och behandlad med högdos metylprednisolon i 3 dagar. Synen nu nästan återställd. Minns att hon för två år sedan hade domningar i högra benet i ca en vecka som gick över spontant, sökte då inte vård.
## Tidigare sjukdomar
Astma i barndomen, inga besvär i vuxen ålder.
## Hereditet
Moster har reumatoid artrit.
## Socialt
Bor med sambo i Mölndal, arbetar som sjuksköterska på ett äldreboende. Röker ej.
## Läkemedel
P-piller (Desogestrel). Inga övriga.
## Status
Neurologiskt status: Pupiller: lätt RAPD vä. Visus enl ögonklinik 1,0 hö, 0,8 vä. Ögonmotorik ua. Kranialnerver i övrigt ua. Kraft, sensibilitet, reflexer symmetriska. Babinski neg bilat. Romberg ua. Gång med tandemgång ua.
## Röntgen
MR hjärna 12/4: Sex periventrikulära och en juxtakortikal T2-hyperintensitet, en av dem kontrastladdande. Spinal MR ej gjord.
## Bedömning
Genomgången optikusneurit vä. MR-bilden och den tidigare episoden med bendomning inger misstanke om multipel skleros, kriterier för spridning i tid och rum kan vara uppfyllda.
## Information
MR-fynden och MS-misstanken har ännu inte tagits upp med patienten, detta görs vid återbesöket när likvorsvaret finns.
## Planering
Lumbalpunktion med oligoklonala band och IgG-index 25/4. MR spinal. Återbesök 2/5.
""")],
 [A, B], [],
 "'Misstanke om multipel skleros' i synlig VGR-anteckning och texten säger att pat inte fått veta: båda reglerna.")

case("vc-pmo-trolig-pnemoni-typo", "skane", "1978-06-12", "335",
 [note("vc_sorgenfri", "Emma Nilsson", "2024-01-23T11:05:00", "2024-01-23T11:50:00", """
## Kontaktorsak
Hosta och feber sedan 5 dagar.
## Aktuellt
45-årig man, hosta med gulgrönt upphostningar, feber upp till 39,2. Ont hö sida vid djupa andetag sedan igår. Tagit Alvedon. Ingen resa utomlands. Dottern har varit förkyld. Röker inte, arbetar som snickare.
## Tidigare sjukdomar
Allergisk rinit, pollen. I övrigt frisk. Inga tidigare lunginflammationer.
## Läkemedel
Desloratadin vb under säsong.
## Allergi
Inga kända läkemedelsallergier.
## Status
AT: Trött men opåverkad. Temp 38,6. AF 22. Saturation 95 %. Puls 98.
Munhåla/svalg: Lätt rodnad.
Pulm: Nedsatt andningsljud och krepitationer hö basalt. Vä sida ua.
Cor: RR, inga blåsljud.
## Lab
CRP 86. Hb 151. LPK ej taget.
## Bedömning
Trol pnemoni hö basalt. CRB-65 0 poäng, kan behandlas polikliniskt.
## Åtgärd
Kåvepenin 1 g x 3 i 7 dagar. Sjukskriven 1 vecka.
## Planering
Rtg pulm om utebliven förbättring. Tel-kontakt med ssk om 3 dagar. Söker akut vid andnöd eller förvirring.
""", system="PMO", template="Besöksanteckning")],
 [], [B],
 "PMO (Skåne primärvård) visar aldrig diagnoser; hedgad 'Trol pnemoni' (typo) får inte ge NL102.")

case("uro-psa-pirads-misstanke-pat-informerad", "vgr", "1957-02-08", "719",
 [note("sas_uro", "Peter Ahlström", "2024-06-12T14:00:00", "2024-06-12T16:30:00", """
## Kontaktorsak
Förhöjt PSA, svar på MR prostata.
## Anamnes
67-årig man remitterad från VC pga PSA 9,8 vid hälsokontroll, kontroll efter 6 veckor 10,4. Lätta LUTS med nykturi x 2. Inga skelettsmärtor, ingen viktnedgång.
## Tidigare sjukdomar
Hyperlipidemi. Gikt med enstaka attacker.
## Hereditet
Bror opererad för prostatacancer vid 62 års ålder.
## Läkemedel
Simvastatin 20 mg 1x1, Allopurinol 100 mg 1x1.
## Status
Palp prostata: Ca 40 ml, fast resistens i vä lob, ej fixerad. Ej ömt.
## Röntgen
MR prostata 3/6: PI-RADS 4-lesion i vä perifera zon, 11 mm. Ingen extraprostatisk växt. Inga förstorade lymfkörtlar i bäckenet.
## Bedömning
Palpationsfynd och MR inger misstanke om prostatacancer. Riktade biopsier indicerade.
## Information
Pat informerad om att fynden inger misstanke om prostatacancer och att biopsi behövs för att ge besked. Han tar det sansat och vill gå vidare.
## Planering
Transperineal MR-riktad biopsi inbokas inom 3 veckor. Urinodling före. Besked om PAD på mottagningen.
""")],
 [], [A],
 "Pat uttryckligen informerad om misstanken: ingen NL101. NL102 ej asserterad (kommunicerad hypotes, regionernas rutiner otydliga).")

case("ort-collumfraktur-sannolik-osteoporos", "skane", "1938-08-19", "204",
 [note("hbg_ort", "Karin Holm", "2024-01-08T08:40:00", "2024-01-08T10:05:00", """
## Kontaktorsak
Daganteckning dag 2 efter operation för collumfraktur hö.
## Aktuellt
85-årig kvinna som föll i hemmet 6/1 när hon snubblade på en mattkant på väg till toaletten. Ingen yrsel före fallet, slog inte huvudet. Opererad med hemiprotes hö höft 7/1, okomplicerat förlopp. Mobiliserad med gåbord och sjukgymnast idag, belastar fullt.
## Tidigare sjukdomar
Förmaksflimmer, antikoagulantia.
Hypertoni.
Katarakt op bilat.
Radiusfraktur vä 2019 efter fall i samma nivå.
## Socialt
Bor ensam i villa, hemtjänst 1 gång/vecka för städ. Dottern bor nära.
## Läkemedel
Eliquis 2,5 mg x 2 (uppehåll perop, återinsatt), Bisoprolol 2,5 mg 1x1, Losartan 50 mg 1x1.
## Status
AT: Pigg, orienterad.
Sår: Rent och torrt, förband byts.
Hö ben: Distalstatus ua, ingen vadsvullnad.
Cor: Oregelbunden, HF 76.
## Lab
Hb 108 (pre-op 121). Krea 88. Na 136. Vitamin D 28 nmol/L.
## Bedömning
Postop förlopp utan komplikationer efter hemiprotes hö. Fallet bedöms mekaniskt, ingen misstanke om synkope eller arytmi som orsak. Två lågenergifrakturer efter 65 års ålder, sannolik osteoporos.
## Planering
Fortsatt mobilisering, fri belastning. Agrykosa för hemgång, ev. korttidsboende om hon inte klarar trappan. Start Calcichew-D3 forte 1x2. DXA och ställningstagande till Zoledronsyra via osteoporosmottagningen.
""", setting="slutenvård", template="Daganteckning")],
 [B], [A],
 "Geriatrisk ortopedi: synkope negerad, men 'sannolik osteoporos' är en hypotes i synlig text.")

case("gyn-postmenopausal-blodning-endometriecancer-kan-ej-uteslutas", "vgr", "1960-10-02", "840",
 [note("nu_gyn", "Lena Sjöberg", "2024-02-20T10:45:00", "2024-02-20T12:30:00", """
## Kontaktorsak
Postmenopausal blödning.
## Anamnes
63-årig kvinna, menopaus vid 52 års ålder. Sedan 4 veckor sparsam brunaktig blödning i omgångar, ingen smärta. Ingen hormonbehandling. P0. BMI 36.
## Tidigare sjukdomar
Diabetes mellitus typ 2 sedan 2012.
Hypertoni.
Sömnapnésyndrom med CPAP.
## Hereditet
Syster har haft bröstcancer. Inga kända fall av tjocktarmscancer eller gynekologisk cancer.
## Läkemedel
Metformin 1 g x 2, Jardiance 10 mg 1x1, Candesartan 16 mg 1x1.
## Status
Yttre genitalia: Postmenopausal atrofi.
Spekulum: Portio slät, ingen blödning från portio, lite brunt sekret från os.
Bimanuell palpation: Uterus normalstor, rörlig, adnexa ua.
## Ultraljud
Vaginalt ultraljud: Endometriet 9 mm, inhomogent. Ovarier atrofiska. Ingen fri vätska.
## Bedömning
Postmenopausal blödning med förtjockat endometrium hos kvinna med övervikt och diabetes. Endometriecancer kan ej uteslutas.
## Åtgärd
Endometriebiopsi med pipelle tagen, gick bra. Cervixcytologi tagen enligt screeningprogram.
## Planering
Svar på PAD inom 2–3 veckor, lämnas per telefon av undertecknad. Vid otillräckligt material hysteroskopi i narkos.
""")],
 [B], [A],
 "'Endometriecancer kan ej uteslutas' i synlig bedömning (VGR Melior).")

case("barn-langdragen-feber-kawasaki-ej-uteslutet", "skane", "2019-12-14", "162",
 [note("sus_barn", "Fredrik Axelsson", "2024-03-26T16:50:00", None, """
## Kontaktorsak
Feber sedan 5 dagar, utslag.
## Anamnes
4-årig pojke, tidigare frisk, fullvaccinerad enligt programmet. Feber 39–40 sedan fem dagar trots Alvedon. Sedan igår röda ögon utan flytningar och fläckigt utslag på bålen. Äter dåligt, dricker ok. Kissar som vanligt. Storebror hade snuva förra veckan. Föräldrarna tycker han är ovanligt grinig.
## Tidigare sjukdomar
Frisk. Född fullgången, normal neonatalperiod.
## Hereditet
Mamma har hypotyreos.
## Läkemedel
Alvedon oral susp vb.
## Status
AT: Febrig, gnällig men går att trösta. Vikt 17,2 kg. Temp 39,4. Puls 148. Sat 98 %.
Hud: Makulopapulöst exantem på bålen, inga petekier. Lätt rodnad och svullnad av handflator.
Ögon: Bilateral konjunktival injektion utan sekret.
Munhåla: Röda spruckna läppar, smultrontunga.
Lgl: 2 cm körtel på halsen hö.
Cor: Takykardi, inga blåsljud. Pulm: ua. Buk: mjuk, oöm.
## Lab
CRP 112. LPK 17,8. Trc 420. Albumin 31. ALAT 68. U-sticka: LPK 1+.
## Bedömning
5 dagars feber med konjunktivit, munslemhinneförändringar, exantem och halslymfkörtel. Kawasakis sjukdom kan inte uteslutas, 4 av 5 kriterier. DD adenovirusinfektion.
## Planering
Inläggning på barnavdelning 64. Ekokardiografi imorgon. Snabbtest adenovirus från svalg. Diskuteras med barnkardiolog i morgon förmiddag angående IVIG.
""", setting="akutmottagning")],
 [B], [A],
 "Barn under 13 (vårdnadshavare läser): 'Kawasakis sjukdom kan inte uteslutas' och DD adenovirus i synlig Melior-text.")

case("psyk-depression-dd-bipolar-typ-2", "vgr", "1990-07-25", "371",
 [note("skas_psyk", "Hanna Wikström", "2024-09-03T13:00:00", "2024-09-03T15:20:00", """
## Kontaktorsak
Nybesök, remiss från vårdcentralen pga depression med otillräcklig effekt av behandling.
## Aktuellt
34-årig man med nedstämdhet sedan i vintras. Sertralin 100 mg sedan april med måttlig effekt. Beskriver att han under två perioder senaste åren haft några dagar med minskat sömnbehov, ökad energi och köpt saker han inte behövde, omgivningen märkte att han pratade mycket. Ingen psykos.
## Tidigare sjukdomar
Depressionsepisod 2017, behandlad med KBT.
Migrän utan aura.
## Hereditet
Morbror har bipolär sjukdom, litiumbehandlad. Mor har haft depressioner.
## Socialt
Singel, bor i lägenhet i Skövde. Arbetar som IT-tekniker, sjukskriven 50 % sedan juni. Alkohol 4–6 standardglas/helg. Inga droger.
## Läkemedel
Sertralin 100 mg 1x1, Sumatriptan vb.
## Psykiskt status
Vaken, klar, orienterad. God kontakt. Sänkt grundstämning, affekt lätt avflackad men reagerar. Tankar sammanhängande. Inga psykotiska symtom. Förnekar aktuella suicidtankar, inga planer. MADRS-S 27.
## Suicidriskbedömning
Inga tidigare försök. Skyddande faktorer: arbete, syster som han har nära kontakt med. Risk bedöms som låg.
## Bedömning
Egentlig depression, måttlig episod, recidiverande. Med tanke på hypomana perioder och hereditet är bipolär sjukdom typ II en viktig differentialdiagnos.
## Planering
Strukturerad utredning med MINI och livsdiagram. Sertralin oförändrat tills vidare. Återbesök om 3 veckor hos undertecknad, samtal med kurator under tiden.
""")],
 [B], [A],
 "Bekräftad depression; bipolär sjukdom typ II som differentialdiagnos i synlig psykiatrianteckning (VGR).")

case("endo-graves-bekraftad-ren-anteckning", "skane", "1984-05-16", "552",
 [note("sus_endo", "Olof Sandberg", "2024-04-03T09:00:00", "2024-04-03T10:20:00", """
## Kontaktorsak
Nybesök, hypertyreos.
## Anamnes
39-årig kvinna med hjärtklappning, värmeintolerans, viktnedgång 5 kg och darrhänthet sedan 2 månader. Lösa avföringar. Inga ögonbesvär, inga dubbelbilder.
## Tidigare sjukdomar
Vitiligo sedan 20-årsåldern.
Kejsarsnitt 2016.
## Hereditet
Mor och mormor har hypotyreos (Hashimoto).
## Socialt
Gift, två barn 5 och 8 år. Arbetar som tandhygienist. Röker inte.
## Läkemedel
Inga.
## Status
AT: Gott, något rastlös. Vikt 58 kg.
Thyroidea: Diffust förstorad, mjuk, oöm, inga noduli. Bruit över körteln.
Ögon: Ingen exoftalmus, ingen lidretraktion, rörlighet ua.
Cor: RR 104, inga blåsljud.
Hud: Varm, fuktig. Fin tremor i utsträckta händer.
## Lab
TSH <0,01. fT4 48. fT3 15,2. TRAK 9,8 (ref <1,8). Leverstatus ua. Blodstatus ua.
## Bedömning
Graves sjukdom med måttlig hypertyreos. Ingen endokrin oftalmopati.
## Planering
Start Thacapzol 10 mg x 3 samt Propranolol 40 mg x 2. Kontroll av TSH, fT4, blodstatus och leverstatus om 4 veckor. Information om agranulocytos, söka vid feber och halsont. Planerad behandlingstid 18 månader, ev. radiojod diskuteras om recidiv.
## Information
Pat informerad om diagnosen och behandlingen, skriftlig information om Thacapzol given.
""")],
 [], [A, B],
 "Ren anteckning: bekräftad Graves, negerad oftalmopati, 'ev.' endast om behandling. Inget ska flaggas.")

case("inf-erysipelas-typo-dvt-uteslutet", "vgr", "1966-12-21", "603",
 [note("su_inf", "Mikael Strand", "2024-07-14T10:30:00", "2024-07-14T12:00:00", """
## Kontaktorsak
Rodnad och svullnad vä underben.
## Anamnes
57-årig man som för 2 dagar sedan fick frossa och feber, därefter tilltagande rodnad och värmeökning på vä underben. Fotsvamp sedan länge. Ingen långvarig immobilisering, inga resor.
## Tidigare sjukdomar
Obesitas, BMI 38.
Venös insufficiens vä ben.
Erysipelas samma ben 2021.
## Socialt
Gift, lastbilschaufför. Snusar.
## Läkemedel
Inga stående.
## Allergi
Ingen känd penicillinallergi.
## Status
AT: Opåverkad. Temp 38,3. BT 142/86. Puls 92.
Vä underben: Skarpt avgränsad rodnad från fotled till knä, varm, öm. Ingen blåsbildning, ingen krepitation. Ljumskkörtlar vä ömma.
Tår vä: Fissurer och fjällning mellan 4:e och 5:e tå.
## Lab
CRP 148. LPK 13,1. Krea 84. Laktat 1,4.
## Ultraljud
Ultraljud vä ben, djupa vener: Normal komprimerbarhet från ljumske till knäveck, ingen trombos.
## Bedömning
Erysipelias vä underben med tinea pedis som inkörsport, recidiv. DVT uteslutet med ultraljud.
## Planering
Bensylpenicillin 3 g x 3 iv, övergång till Kåvepenin 1,6 g x 3 när feberfri, totalt 10 dagar. Högläge. Pevaryl på fotsvampen. Vid ytterligare recidiv profylax.
""", setting="slutenvård", template="Inskrivningsanteckning")],
 [], [A, B],
 "Typo 'Erysipelias'. Bekräftad erysipelas, DVT uttryckligen utesluten: inget ska flaggas.")

case("geri-kognitiv-svikt-misstankt-alzheimer-pat-ej-informerad", "skane", "1944-03-09", "318",
 [note("ystad_geri", "Birgitta Carlsson", "2024-10-15T14:10:00", "2024-10-15T16:40:00", """
## Kontaktorsak
Minnesutredning, läkarbesök efter genomförd DT och neuropsykologisk testning.
## Anamnes
80-årig man, dottern har uppmärksammat minnessvårigheter sedan ca 2 år. Glömmer avtal, har betalat räkningar två gånger, gick vilse med bilen i Ystad i augusti. Pat själv upplever inga större problem. Ingen hallucination, inga fall.
## Tidigare sjukdomar
Hypertoni.
Prostatahyperplasi, TURP 2015.
Hörselnedsättning, hörapparat bilat.
## Hereditet
Mor blev dement i hög ålder, oklart vilken typ.
## Socialt
Gift, hustrun har själv Parkinson. Bor i villa utanför Ystad. Kör fortfarande bil.
## Läkemedel
Amlodipin 10 mg 1x1, Tamsulosin 0,4 mg 1x1.
## Status
MMSE-SR 22/30 (tappar på minne och orientering i tid). Klocktest: 3 av 6. Neurologiskt ua, ingen rigiditet, ingen tremor.
## Lab
B12, folat, TSH, Ca, Na normala. Syfilis- och borreliaserologi negativa.
## Röntgen
DT hjärna: Måttlig central och kortikal atrofi, mediala temporalloberna uttalat atrofiska. Enstaka småkärlsförändringar.
## Bedömning
Kognitiv svikt med påverkan på minne och orientering, testprofil och DT-bild talar för misstänkt Alzheimers sjukdom.
## Information
Dottern informerad per telefon. Patienten själv har inte fått veta om misstanken om Alzheimer ännu; samtal med honom och hustrun planeras vid nästa besök. Bilkörning måste diskuteras då.
## Planering
Återbesök 29/10 med anhöriga. Överväga kolinesterashämmare. Remiss till minnessjuksköterska.
""")],
 [A, B], [],
 "Misstänkt Alzheimer i synlig text och patienten uttryckligen inte informerad (dottern är).")

case("hud-malignt-melanom-pad-besked-ej-lamnat", "vgr", "1972-08-04", "935",
 [note("su_hud", "Katarina Lund", "2024-08-27T11:00:00", "2024-08-27T11:35:00", """
## Kontaktorsak
PAD-svar efter excision av pigmenterad lesion rygg.
## Aktuellt
52-årig man som sökte i juli för en födelsefläck på ryggen som vuxit och blivit mörkare. Dermatoskopiskt atypiskt nätverk och regressionsstrukturer. Primärexcision med 2 mm marginal utförd 6/8.
## Tidigare sjukdomar
Basalcellscancer näsrygg 2019, excision.
Psoriasis, lindrig, lokalbehandlad.
## Hereditet
Far hade malignt melanom på benet i 70-årsåldern.
## Socialt
Gift, brevbärare, mycket utomhus. Semestrar i Spanien två gånger om året.
## Läkemedel
Dovobet gel vb.
## PAD
Malignt melanom, ytligt spridande typ, Breslow 1,4 mm, ej ulcererat, mitoser 2/mm2. Radikalt exciderat med snäv marginal.
## Bedömning
Malignt melanom rygg, pT2a. Indikation för utvidgad excision med 2 cm marginal samt portvaktskörtelbiopsi. Ingen misstanke om spridning vid klinisk undersökning i juli.
## Information
Besked om PAD har inte lämnats till patienten än. Han kallas till mottagningen 3/9 där undertecknad och kontaktsjuksköterska ger beskedet.
## Planering
Remiss plastikkirurgen för utvidgad excision och sentinel node. Anmälan till melanomregistret.
""", template="Mottagningsanteckning")],
 [A], [B],
 "Fastställt melanom (PAD) i synlig text, besked ej lämnat: NL101. Spridning negerad: ingen NL102.")

case("ogon-crao-temporalisarterit-kan-ej-uteslutas", "skane", "1947-01-28", "479",
 [note("sus_ogon", "Niklas Håkansson", "2024-06-02T07:55:00", "2024-06-02T09:10:00", """
## Kontaktorsak
Plötslig synförlust hö öga sedan i morse.
## Anamnes
77-årig kvinna som vaknade 05.30 och märkte att hon inte såg något på hö öga. Ingen smärta i ögat. Har sedan några veckor huvudvärk vid tinningarna och ont i käken när hon tuggar. Trött, gått ner 3 kg. Stel i axlarna på morgonen.
## Tidigare sjukdomar
Hypertoni. Hyperlipidemi. Kataraktop hö 2020.
## Läkemedel
Ramipril 5 mg, Atorvastatin 40 mg.
## Status
Visus: hö ljusperception, vä 0,8.
Pupiller: RAPD hö.
Tryck: 16 / 17 mmHg.
Främre segment: Pseudofaki hö, lätt katarakt vä.
Fundus hö: Blek, ödematös retina med körsbärsröd fläck i makula, smala artärer. Papillen lätt blek.
Fundus vä: ua.
Tinningartärer: Ömma och förtjockade bilat, svag puls hö.
## Lab
SR 78. CRP 41. Trc 456.
## Bedömning
Centralartärocklusion hö öga. Med tanke på huvudvärk, käkclaudicatio och höga inflammationsparametrar kan temporalisarterit inte uteslutas som orsak.
## Åtgärd
Prednisolon 60 mg startas direkt idag.
## Planering
Temporalisbiopsi via kärlkirurg inom en vecka. Remiss till medicinkliniken för utredning av emboli, karotisduplex och Holter. Åter ögonmottagningen om 2 veckor.
""", setting="akutmottagning", template="Akutanteckning")],
 [B], [A],
 "Bekräftad CRAO; 'temporalisarterit inte uteslutas' är en hypotes i synlig text.")

case("onh-ensidig-hornedsattning-vestibularisschwanom-typo", "vgr", "1969-03-15", "258",
 [note("nu_onh", "Jonas Fredriksson", "2024-11-06T09:20:00", "2024-11-06T10:00:00", """
## Kontaktorsak
Remiss från audionom: asymmetrisk hörselnedsättning.
## Anamnes
55-årig kvinna som under något år märkt sämre hörsel på vä öra, särskilt i telefon. Tinnitus vä, högfrekvent. Ostadighetskänsla i mörker. Inga öronsmärtor, ingen flytning. Ingen bullerexponering.
## Tidigare sjukdomar
Hypotyreos. Kolecystektomi 2008.
## Hereditet
Inga kända hörselskador i släkten.
## Läkemedel
Levaxin 75 mikrog.
## Status
Öron: Trumhinnor ua bilat.
Stämgaffel: Weber lateraliserar hö, Rinne positiv bilat.
Nystagmus: Ingen spontan, ingen vid huvudskakning.
Facialis: Symmetrisk.
Kranialnerver: ua.
## Audiogram
Vä: Sensorineural nedsättning 35–60 dB i diskant, taluppfattning 68 %. Hö: Normal.
## Bedömning
Asymmetrisk sensorineural hörselnedsättning vä med dålig taluppfattning, misstänkt vestibularisschwanom.
## Planering
MR inre hörselgångar med kontrast. Återbesök efter MR, ev. hörapparat remitteras senare. Pat instrueras att söka akut vid plötslig ytterligare hörselförlust eller ansiktsförlamning.
""")],
 [B], [A],
 "Typo 'vestibularisschwanom' i en misstänkt diagnos i synlig bedömning.")

case("reuma-ra-etablerad-ren-aterbesok", "skane", "1975-10-11", "187",
 [note("sus_reuma", "Eva Mattsson", "2024-05-21T10:00:00", "2024-05-21T11:15:00", """
## Kontaktorsak
Planerat återbesök, reumatoid artrit.
## Aktuellt
48-årig kvinna med seropositiv RA sedan 2019. På Metotrexat och sedan hösten Enbrel. Mår bra, morgonstelhet 10 minuter. Ingen svullnad i leder sista halvåret. Tolererar behandlingen, lätt illamående dagen efter MTX-dosen.
## Tidigare sjukdomar
Reumatoid artrit, RF och anti-CCP positiv.
Hypotyreos.
Karpaltunnelsyndrom hö, opererad 2017.
## Hereditet
Mor har RA. Syster har psoriasis.
## Socialt
Gift, arbetar som undersköterska, heltid. Röker inte sedan 2019.
## Läkemedel
Metotrexat 20 mg 1 gång/vecka, Folsyra 5 mg, Enbrel 50 mg sc 1 gång/vecka, Levaxin 50 mikrog.
## Status
Leder: 0 svullna, 1 öm (MCP 2 hö). Gånganalys ua.
DAS28-CRP 2,1. HAQ 0,25.
Hud: Inga infektioner i injektionsområdet.
Pulm: Normala andningsljud, inga rassel.
## Lab
CRP 3. SR 12. Hb 132. LPK 5,8. ALAT 0,42. Krea 64.
## Bedömning
Reumatoid artrit i remission på MTX och etanercept. Inga tecken på leverpåverkan eller infektion.
## Planering
Oförändrad behandling. Lab var 3:e månad via VC. Pneumokockvaccin erbjuds, tas på VC. Nytt återbesök om 6 månader.
""")],
 [], [A, B],
 "Ren uppföljningsanteckning: bekräftad RA, ärftlighet och negerade komplikationer.")

case("kir-akut-appendicit-dt-bekraftad-ren", "vgr", "1999-02-27", "624",
 [note("sas_kir", "Linnea Olausson", "2024-08-09T02:15:00", "2024-08-09T03:40:00", """
## Kontaktorsak
Buksmärta.
## Anamnes
25-årig man med buksmärta sedan igår eftermiddag, initialt runt naveln, sedan i hö fossa. Illamående, kräkts en gång. Ingen diarré. Aptitlös. Ingen tidigare bukkirurgi.
## Tidigare sjukdomar
Frisk.
## Socialt
Student, bor i korridor i Borås. Ingen rökning.
## Läkemedel
Inga.
## Status
AT: Påverkad av smärta men opåverkad cirkulatoriskt. Temp 38,1. Puls 96. BT 128/72.
Buk: Mjuk men palpöm i hö fossa med släppömhet, Rovsing positiv. Ingen muskelförsvar.
Cor/pulm: ua.
## Lab
CRP 64. LPK 15,2. Hb 152. Krea 78. U-sticka neg.
## Röntgen
DT buk med iv kontrast: Förtjockad appendix 11 mm med periappendiculär fettvävsreaktion. Ingen abscess, ingen fri gas.
## Bedömning
Akut appendicit utan tecken på perforation.
## Åtgärd
Fastande, iv vätska, Zinacef 1,5 g + Flagyl 1,5 g iv. Anmäld för laparoskopisk appendektomi, planeras på förmiddagen.
## Information
Pat informerad om diagnos, planerad operation och risker, samtycker.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Ren akutkirurgisk anteckning: appendicit bekräftad på DT, perforation och abscess negerade.")

case("lung-dt-tumor-misstankt-malign-besked-vantar", "skane", "1956-07-07", "861",
 [note("sus_lung", "Martin Åkesson", "2024-09-19T15:30:00", None, """
## Kontaktorsak
Genomgång av DT thorax inför bronkoskopi.
## Aktuellt
68-årig man, remitterad från VC pga hosta sedan 3 månader och en episod med blodtingerade upphostningar. Viktnedgång 4 kg. Rtg pulm på VC visade förtätning i hö ovanlob.
## Tidigare sjukdomar
KOL stadium 2.
Hypertoni.
Höftartros vä, protes 2020.
## Hereditet
Ingen känd lungcancer i familjen.
## Socialt
Sambo. Rökt 40 paketår, fortfarande 15 cig/dag. Tidigare plåtslagare.
## Läkemedel
Spiolto Respimat 2 inh 1x1, Enalapril 10 mg 1x1.
## Röntgen
DT thorax-övre buk 16/9: 4,2 cm spikulerad tumör i hö ovanlob med kontakt mot bröstväggen. Förstorade lymfkörtlar i station 4R och 7. Binjurar och lever utan anmärkning. Emfysem.
## Bedömning
DT-bilden är starkt misstänkt för primär lungcancer hö ovanlob med mediastinal körtelspridning.
## Information
Pat är inte informerad om DT-fynden. Läkare ringer honom imorgon och bokar in honom på samtal samma dag som bronkoskopin.
## Planering
Bronkoskopi med EBUS 25/9. PET-DT. Spirometri med diffusionskapacitet. Tas upp på lungcancerkonferensen 2/10.
""", template="Mottagningsanteckning")],
 [A, B], [],
 "Osignerat utkast: 'misstänkt för primär lungcancer' i synlig text och pat ej informerad om fynden.")

case("med-jarnbristanemi-susp-celiaki", "vgr", "1987-11-19", "142",
 [note("alingsas_med", "Andreas Johansson", "2024-01-30T13:45:00", "2024-01-30T15:05:00", """
## Kontaktorsak
Utredning av järnbristanemi.
## Anamnes
36-årig kvinna med trötthet sedan ett år. Hb 96 på vårdcentralen, låg ferritin. Normala mens, inte riklig. Ingen synlig blödning. Lös avföring 2–3 gånger/dag sedan länge, uppblåst efter måltider. Gått ner 3 kg utan att försöka. Äter blandkost.
## Tidigare sjukdomar
Diabetes mellitus typ 1 sedan 12 års ålder, insulinpump.
Autoimmun tyreoidit.
## Hereditet
Kusin har celiaki. Far har typ 1-diabetes.
## Socialt
Gift, arbetar som förskollärare. Röker ej.
## Läkemedel
Novorapid via pump, Levaxin 50 mikrog, Niferex 100 mg x 1 sedan december (magbesvär).
## Status
AT: Blek, opåverkad.
Buk: Mjuk, lätt diffust öm, inga resistenser.
Hud: Inga utslag.
## Lab
Hb 98, MCV 74, ferritin 5, transferrinmättnad 6 %. B12 198, folat 4,1. Albumin 34. TSH 1,8.
## Bedömning
Järnbristanemi utan uppenbar blödningskälla. Susp. celiaki med tanke på autoimmun komorbiditet, malabsorptionssymtom och hereditet.
## Planering
Transglutaminas-IgA och total-IgA tas idag. Gastroskopi med duodenalbiopsier bokas oavsett svar. Järninfusion Monofer 1 000 mg ges om 1 vecka då peroralt järn inte tolereras. Fortsätta gluten i kosten fram till gastroskopin.
""")],
 [B], [A],
 "Bekräftad järnbristanemi; 'Susp. celiaki' (förkortad hedge) i synlig bedömning.")
# ---------------------------------------------------------------- batch 2
case("neuro-ischemisk-stroke-trombolys-ren", "skane", "1953-04-30", "226",
 [note("sus_neuro", "Ali Rahimi", "2024-02-27T18:20:00", "2024-02-27T20:45:00", """
## Kontaktorsak
Strokelarm, akut svaghet hö sida och talsvårigheter.
## Aktuellt
70-årig man, insjuknade 16.55 framför TV:n med hängande mungipa hö och svårt att hitta ord, enligt hustrun. Larmade direkt. Ankomst 17.40.
## Tidigare sjukdomar
Förmaksflimmer, ej antikoagulerad (pat har avböjt).
Typ 2-diabetes.
Höftprotes hö 2018.
## Hereditet
Två bröder med hjärtinfarkt.
## Läkemedel
Metformin 500 mg x 2, Metoprolol 50 mg x 1.
## Status
NIHSS 9 vid ankomst: facialispares hö, armpares hö, lätt benpares hö, expressiv afasi.
Cor: Oregelbunden rytm, HF 88. BT 172/94.
P-glukos 8,4.
## Röntgen
DT hjärna: Ingen blödning, inga tidiga ischemitecken (ASPECTS 10).
DT-angio: Ocklusion av vä a. cerebri media, M2-segment.
DT-perfusion: Penumbra i vä MCA-område.
## Bedömning
Akut ischemisk stroke i vä MCA-område med M2-ocklusion, kardioembolisk genes vid obehandlat förmaksflimmer.
## Åtgärd
Trombolys med Tenekteplas 18.05 (dörr till nål 25 min). Diskuterat med neurointervention som tar pat för trombektomi. NIHSS efter trombolys 6.
## Planering
Strokeenheten efter trombektomi. Sväljtest före per os. Start NOAK efter kontroll-DT dag 3–5 enligt rutin. Blodtryck under 180/105 närmaste dygnet.
## Information
Hustrun och pat informerade om stroke och behandlingen på akutrummet.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Ren strokeanteckning: blödning negerad, stroke och FF bekräftade.")

case("akut-synkope-trolig-vasovagal-arytmi-ej-uteslutet", "vgr", "1981-09-09", "907",
 [note("skas_akut", "Petra Gustafsson", "2024-05-18T14:35:00", "2024-05-18T16:20:00", """
## Kontaktorsak
Svimning.
## Aktuellt
42-årig kvinna som svimmade i kön på Ica i morse efter att ha stått länge. Kände sig varm, illamående och fick tunnelseende innan. Medvetslös kort, några sekunder enligt vittnen, ryckningar i armarna under några sekunder. Ingen tungbett, ingen urinavgång, snabbt klar efteråt. Ingen bröstsmärta eller hjärtklappning. Haft magsjuka senaste dygnen och druckit lite.
## Tidigare sjukdomar
Frisk. Svimmade som tonåring vid blodprov.
## Hereditet
Morbror dog plötsligt vid 45 års ålder, orsak okänd för pat.
## Socialt
Sambo, två barn. Arbetar som lokalvårdare.
## Läkemedel
Inga.
## Status
AT: Opåverkad. BT liggande 118/74, stående efter 3 min 102/70, puls 72 -> 94.
Cor: Regelbunden rytm, inga blåsljud.
Neurologiskt: Inga fokala bortfall. Inga tecken på skalltrauma.
## EKG
Sinusrytm 68/min, PQ 160 ms, QRS smalt, QTc 478 ms. Inga deltavågor, inget Brugadamönster.
## Lab
Hb 128. Na 134, K 3,4. Krea 71. P-glukos 5,2. hs-TnT 4.
## Bedömning
Synkope med klassiska prodromer efter långvarigt stående och dehydrering, trol. vasovagal synkope. Med tanke på förlängd QTc och plötslig död hos morbror kan arytmi inte helt uteslutas.
## Planering
Hemgång. Holter 48 h och nytt EKG när K normaliserats. Remiss till kardiologmottagningen för bedömning av QT-tiden. Åter vid ny svimning vid ansträngning.
""", setting="akutmottagning", template="Akutanteckning")],
 [B], [A],
 "'trol. vasovagal synkope' och 'arytmi kan inte helt uteslutas' i synlig akutanteckning.")

case("vc-pmo-barn-missankt-otit-typo", "skane", "2022-01-19", "483",
 [note("vc_eslov", "Sofia Lindberg", "2024-02-14T15:10:00", "2024-02-14T15:40:00", """
## Kontaktorsak
Feber och öronvärk.
## Aktuellt
2-årig flicka som haft snuva i en vecka, sedan i natt feber 39 och har gråtit och tagit sig mot hö öra. Sovit dåligt. Äter lite men dricker. Kissar som vanligt. Går på förskola.
## Tidigare sjukdomar
Frisk. En öroninflammation i somras som läkte utan antibiotika.
## Läkemedel
Ipren susp vb.
## Allergi
Inga kända.
## Status
AT: Trött men lätt att få kontakt med, leker lite i väntrummet. Temp 38,7.
Öron: Hö trumhinna röd och buktande, svårbedömd pga vax. Vä trumhinna normal.
Svalg: Lätt rodnad.
Lgl: Små körtlar på halsen.
Pulm: ua.
Hud: Inga utslag.
## Bedömning
Missänkt akut otitis media hö sida hos barn över 1 år utan allmänpåverkan.
## Åtgärd
Avvaktar med antibiotika enligt Strama. Smärtlindring med Ipren och Alvedon efter vikt.
## Planering
Föräldrarna hör av sig om feber kvarstår efter 2–3 dygn, flytning från örat eller om hon blir sämre. Ny bedömning då. Recept på antibiotika skrivs inte ut i förväg.
""", system="PMO", template="Besöksanteckning")],
 [], [B],
 "PMO-anteckning för barn; 'Missänkt' (typo) otit – PMO visar inte diagnoser, ingen NL102.")

case("barn-nydebuterad-typ1-diabetes-ingen-ketoacidos", "vgr", "2016-06-28", "336",
 [note("dsbus", "Anna Törnqvist", "2024-03-11T11:25:00", "2024-03-11T13:50:00", """
## Kontaktorsak
Törst, ökade urinmängder och viktnedgång.
## Anamnes
7-årig flicka med stor törst sedan 3 veckor, dricker flera liter om dagen och har börjat kissa i sängen igen. Gått ner ca 2 kg. Trött efter skolan. Inga kräkningar, ingen buksmärta.
## Tidigare sjukdomar
Frisk. Fullvaccinerad.
## Hereditet
Farmor har typ 1-diabetes. Mamma har celiaki.
## Socialt
Bor med båda föräldrarna och lillebror i Partille. Går i 1:a klass.
## Status
AT: Pigg, lätt trött. Vikt 21,5 kg (tidigare 23,6 kg enligt BVC-kurva). Ej dehydrerad, kapillär återfyllnad <2 s.
Andning: Lugn, ingen Kussmaulandning, ingen acetonlukt.
Cor/pulm/buk: ua.
## Lab
P-glukos 21,4. B-ketoner 0,9. Venös blodgas: pH 7,38, BE -2. HbA1c 88. Na 136, K 4,3. GAD-ak och IA-2-ak skickade. TSH och transglutaminas-ak tagna.
## Bedömning
Nydebuterad typ 1-diabetes utan ketoacidos.
## Åtgärd
Start med flerdosinjektioner: Tresiba 6 E till kvällen, Novorapid enligt kolhydratschema. CGM (Dexcom) sätts idag.
## Planering
Inneliggande några dagar för undervisning av föräldrarna med diabetessköterska och dietist. Kurator kontaktas. Information till skolan planeras i samråd med föräldrarna.
## Information
Föräldrarna och flickan informerade om diagnosen, mycket frågor, får fortsatt information imorgon.
""", setting="slutenvård", template="Inskrivningsanteckning")],
 [], [A, B],
 "Barn under 13: bekräftad typ 1-diabetes, ketoacidos negerad; inget ska flaggas.")

case("uro-njurtumor-misstankt-rcc-ingen-kannedom-an", "skane", "1963-12-05", "574",
 [note("sus_uro", "Gustav Eriksson", "2024-11-20T13:05:00", None, """
## Kontaktorsak
Remissbedömning, fynd i hö njure på DT.
## Aktuellt
60-årig kvinna som gjort DT buk på kirurgen i oktober pga misstänkt divertikulit. Divertikuliten har läkt ut. Som bifynd sågs en solid process i hö njure. Inga urologiska symtom, ingen makrohematuri, ingen flanksmärta.
## Tidigare sjukdomar
Divertikulit 2022 och 2024, konservativt behandlade.
Hypertoni.
Bröstcancer vä 2013, opererad och strålbehandlad, friskförklarad.
## Hereditet
Inga kända njursjukdomar.
## Socialt
Gift, ekonom. Exrökare sedan 2013.
## Läkemedel
Losartan 50 mg, Omeprazol 20 mg vb.
## Röntgen
DT urografi 14/11: 3,8 cm kontrastladdande solid tumör i hö njures nedre pol, ingen venös inväxt. Vä njure normal, inga patologiska körtlar retroperitonealt. DT thorax utan lungmetastaser.
## Lab
Krea 78, eGFR 74. Hb 134. Ca 2,38.
## Bedömning
Fyndet i hö njure är misstänkt njurcellscancer, cT1a. Lämpar sig för nefronsparande kirurgi.
## Information
Patienten har inte fått kännedom om fyndet ännu, kirurgen som gjorde DT:n meddelade bara att remiss skickats. Besked ges av undertecknad vid besök nästa vecka.
## Planering
Robotassisterad partiell nefrektomi hö, anmäls efter samtal med pat. Njurfunktionsscint preop.
""")],
 [A, B], [],
 "Misstänkt njurcellscancer i synlig text; pat har inte fått kännedom om fyndet (NL101 + NL102).")

case("kard-epikris-stemi-pci-pat-informerad-hustru-ej", "vgr", "1958-05-13", "681",
 [note("su_kard", "Erik Hallberg", "2024-10-04T09:30:00", "2024-10-04T11:15:00", """
## Epikris
Vårdtid 30/9–4/10 på Hjärtavdelningen.
## Orsak till vård
Akut bröstsmärta.
## Vårdförlopp
66-årig man som inkom via ambulans med prehospitalt STEMI-larm, ST-höjningar i II, III och aVF. Direkt till PCI-lab: Akut ocklusion av höger kranskärl, en stent (DES) med gott resultat. Kvarvarande 60 % stenos i LAD, FFR 0,86, ingen åtgärd. Okomplicerat förlopp på avdelningen, inga arytmier på telemetrin. Ekokardiografi: Lätt nedsatt vänsterkammarfunktion, EF 48 %, hypokinesi inferiort. Inga klaffel. Mobiliserad enligt hjärtrehabprogram.
## Diagnoser
Akut hjärtinfarkt, STEMI inferiort (I21.1).
Hyperlipidemi.
Hypertoni.
## Tidigare sjukdomar
Hypertoni sedan 2010. Njursten 2015.
## Läkemedel vid utskrivning
Trombyl 75 mg 1x1 tills vidare, Brilique 90 mg 1x2 i 12 månader, Atorvastatin 80 mg 1x1, Metoprolol 50 mg 1x1, Ramipril 2,5 mg 1x1 (ökas successivt), Nitroglycerin sublingualt vb.
## Information
Patienten har fått information om hjärtinfarkten, behandlingen och läkemedlen av läkare och sjuksköterska. Hustrun har inte informerats av oss, pat vill själv berätta för henne i lugn och ro.
## Uppföljning
Hjärtrehab, sjuksköterskebesök om 2 veckor. Läkarbesök med lipider och krea om 6–8 veckor. Bilkörning tillåten efter 2 veckor. Sjukskriven 4 veckor.
""", setting="slutenvård", template="Epikris")],
 [], [A, B],
 "Epikris: patienten informerad, bara anhörig ej informerad – ska inte ge NL101; inga hedgar.")

case("psyk-forstagangspsykos-dd-schizofreni-typo", "skane", "2001-12-29", "395",
 [note("psyk_lund", "Jakob Nyström", "2024-04-11T10:00:00", "2024-04-11T12:35:00", """
## Kontaktorsak
Nybesök efter remiss från akutpsykiatrin.
## Aktuellt
22-årig man som sedan några månader dragit sig undan, slutat gå på föreläsningar och pratar om att grannarna avlyssnar honom genom väggarna. Hör ibland röster som kommenterar vad han gör. Sover oregelbundet. Röker cannabis flera gånger i veckan sedan ett år, senast för 4 dagar sedan. Ingen tidigare psykiatrisk kontakt.
## Hereditet
Farbror har schizofreni. Mor har behandlats för ångest.
## Socialt
Studerar datavetenskap i Lund men har inte tentat sedan i höstas. Bor i studentlägenhet. Föräldrarna i Kristianstad.
## Läkemedel
Inga.
## Psykiskt status
Vaken och orienterad. Blicken undvikande, misstänksam hållning. Affekt avflackad. Tankeförlopp delvis osammanhängande med tankeblockeringar. Uttrycker förföljelseidéer med vanföreställningskaraktär. Medger rösthallucinationer. Förnekar suicidtankar och tankar på att skada andra.
## Lab
U-drogscreening: THC positiv, övrigt negativt. Blodstatus, elektrolyter, TSH ua.
## Bedömning
Förstagångspsykos med positiva och negativa symtom sedan minst tre månader. Differentialdiagnoser schizofrneni och cannabisutlöst psykos. Ej akut suicidrisk. Vårdbehov i öppenvård bedöms tillräckligt då han har stöd av föräldrarna.
## Planering
Start Aripiprazol 5 mg. Anmäls till team för tidiga psykoser. Återbesök om 1 vecka. MR hjärna och EEG beställs. Motiverande samtal om cannabis.
""")],
 [B], [A],
 "Typo 'schizofrneni' i differentialdiagnoser till förstagångspsykos i synlig psykiatrianteckning (Skåne Melior).")

case("inf-hiv-nydiagnos-besked-givet-ren", "vgr", "1993-06-06", "514",
 [note("su_inf", "Ingrid Petersson", "2024-06-27T13:30:00", "2024-06-27T15:05:00", """
## Kontaktorsak
Besked om positivt HIV-test, nybesök.
## Aktuellt
31-årig man som testade sig på Sesam-mottagningen efter en period med feber, halsont och utslag i maj. HIV Ag/Ak positivt, bekräftat med Western blot. Mår nu bra.
## Tidigare sjukdomar
Klamydia 2019. Hepatit B vaccinerad.
## Socialt
Bor ensam i Göteborg, arbetar som kock. Alkohol måttligt, inga droger.
## Läkemedel
Inga.
## Status
AT: Gott. Munhåla: ingen candida. Lgl: Små körtlar på halsen och i axiller. Hud: Utslaget har försvunnit. Cor/pulm/buk: ua.
## Lab
CD4 410. HIV-RNA 85 000 kopior/ml. Resistensbestämning skickad. Hepatit B och C negativa, syfilis negativ. HLA-B*5701 negativ.
## Bedömning
Nydiagnostiserad HIV-1-infektion, sannolikt smittad i vår enligt anamnesen, ingen AIDS-definierande sjukdom.
## Information
Pat fick beskedet av undertecknad vid dagens besök tillsammans med kurator. Informerad om behandling, att välbehandlad HIV inte smittar sexuellt, samt om smittspårning och förhållningsregler enligt smittskyddslagen.
## Planering
Start Biktarvy efter resistenssvar. Smittspårning via kurator. Återbesök om 2 veckor.
""", template="Mottagningsanteckning")],
 [], [A],
 "Pat informerad om bekräftad HIV: ingen NL101. NL102 ej asserterad ('sannolikt smittad i vår' gäller smittotillfälle, oklart).")

case("gyn-akut-misstankt-extrauterin-graviditet", "skane", "1993-02-16", "268",
 [note("sus_gyn", "Malin Svensson", "2024-07-21T22:10:00", "2024-07-21T23:50:00", """
## Kontaktorsak
Buksmärta och blödning, positivt graviditetstest.
## Anamnes
31-årig kvinna, SM för 7 veckor sedan. Positivt hemtest förra veckan. Sedan i eftermiddags ont i vä fossa och sparsam mörk blödning. Ingen svimning, ingen axelsmärta. Gravida 2 para 1, kejsarsnitt 2020.
## Tidigare sjukdomar
Klamydiainfektion 2014, behandlad.
Laparoskopi 2018 pga endometrios, lindrig.
## Socialt
Sambo, en dotter 4 år. Arbetar som lärare.
## Läkemedel
Inga.
## Status
AT: Opåverkad. BT 116/70, puls 84.
Buk: Mjuk, palpöm i vä fossa, ingen peritonit.
Spekulum: Sparsam mörk blödning från os, portio sluten.
## Ultraljud
Vaginalt ultraljud: Tom uterus, endometrium 10 mm. Vä adnex: 2,2 cm inhomogen resistens separat från ovariet. Liten mängd fri vätska i fossa Douglasi. Hö adnex ua.
## Lab
hCG 2 350. Hb 124. Blodgrupp O RhD negativ.
## Bedömning
Misstänkt extrauterin graviditet vä, hemodynamiskt stabil.
## Planering
Inläggning. Nytt hCG om 48 h, alternativt laparoskopi redan imorgon om ökade smärtor eller sjunkande Hb. Anti-D ges. Fastande från midnatt.
""", setting="akutmottagning", template="Akutanteckning")],
 [B], [A],
 "'Misstänkt extrauterin graviditet' i synlig gynakutanteckning (Skåne Melior).")

case("geri-trolig-parkinson-dd-lakemedelsutlost", "vgr", "1940-09-14", "723",
 [note("su_geri", "Johanna Berg", "2024-11-12T10:40:00", "2024-11-12T12:15:00", """
## Kontaktorsak
Remiss från VC, gångsvårigheter och skakningar.
## Anamnes
84-årig kvinna med långsammare gång och små steg sedan ett halvår, har ramlat två gånger. Vilotremor i hö hand som dottern noterat. Handstilen har blivit mindre. Står sedan 2 år på Haldol i låg dos pga oro och sömnsvårigheter på boendet. Förstoppning sedan flera år.
## Tidigare sjukdomar
Hjärtsvikt med bevarad EF.
Artros i knäna.
Blåscancer 2014, TUR-B, recidivfri.
## Socialt
Bor på äldreboende sedan 2022, går med rollator.
## Läkemedel
Haloperidol 0,5 mg till natten, Furix 20 mg, Alvedon 1 g x 3, Movicol.
## Status
Neurologiskt: Hypomimi. Vilotremor hö hand. Kugghjulsrigiditet hö > vä. Bradykinesi vid fingertappning hö. Gång med små steg, minskad armpendling hö, vänder i flera steg. Retropulsion positiv.
MMSE 25/30.
Ortostatiskt BT: 142/80 liggande, 128/76 stående.
## Bedömning
Parkinsonism med asymmetrisk debut. Trolig Parkinsons sjukdom, men läkemedelsutlöst parkinsonism av haloperidol är viktig differentialdiagnos.
## Planering
Utsättning av Haloperidol, ersätts med Melatonin. Ny bedömning om 3 månader. Om kvarvarande symtom DaTSCAN och ställningstagande till levodopa. Fysioterapeut på boendet för fallprevention.
""")],
 [B], [A],
 "'Trolig Parkinsons sjukdom' med läkemedelsutlöst parkinsonism som differentialdiagnos i synlig VGR-text.")

case("kir-kolecystit-bekraftad-pankreatit-uteslutes", "skane", "1970-08-23", "415",
 [note("csk_kir", "Hanna Olsson", "2024-09-07T03:20:00", "2024-09-07T05:00:00", """
## Kontaktorsak
Smärta under hö arcus.
## Anamnes
54-årig kvinna med kraftig smärta under hö revbensbåge sedan igår kväll efter en fet middag, strålar mot hö skulderblad. Illamående, kräkts två gånger. Haft liknande men kortare attacker senaste året. Ingen ikterus, normal avföringsfärg.
## Tidigare sjukdomar
Gallstenssjukdom känd sedan UL 2023.
Hypotyreos.
Fibromyalgi.
## Hereditet
Mor och moster gallopererade.
## Läkemedel
Levaxin 100 mikrog, Duloxetin 60 mg.
## Status
AT: Smärtpåverkad. Temp 38,4. Puls 102. BT 134/82.
Buk: Palpöm under hö arcus, Murphys tecken positivt. Övriga buken mjuk.
Hud/sklera: Ej ikteriska.
## Lab
CRP 96. LPK 14,3. Bilirubin 14. ALP 1,4. ALAT 0,6. P-amylas 0,42 (normalt). Krea 68.
## Ultraljud
Ultraljud lever-galla: Förtjockad gallblåsevägg 6 mm med perikolecystisk vätska, multipla gallstenar, en inkilad i halsen. Gallgångar ej vidgade.
## Bedömning
Akut kolecystit. Normalt amylas, pankreatit uteslutes. Inga tecken på koledokussten.
## Åtgärd
Inläggning, fasta, iv vätska, Piperacillin/Tazobactam 4 g x 3. Smärtlindring med Oxynorm.
## Planering
Anmäls för akut laparoskopisk kolecystektomi inom 72 h.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Ren akutanteckning: bekräftad kolecystit, pankreatit uttryckligen utesluten, koledokussten negerad.")

case("onk-brostcancer-skelettmetastaser-bekraftade-ej-meddelat", "vgr", "1964-01-25", "896",
 [note("su_onk", "Therese Lindahl", "2024-12-03T16:00:00", "2024-12-03T16:55:00", """
## Kontaktorsak
Genomgång av biopsisvar, ryggsmärta hos pat med tidigare bröstcancer.
## Aktuellt
60-årig kvinna, opererad för hormonreceptorpositiv bröstcancer hö 2019 med sektorresektion och sentinel node, adjuvant strålning och Letrozol sedan dess. Sedan 2 månader tilltagande smärta i ländryggen, värst nattetid. Skelettscint visade upptag i L3, vä höftben och två revben. Riktad biopsi från L3 28/11.
## Tidigare sjukdomar
Bröstcancer hö 2019, ER 95 %, PgR 40 %, HER2 neg.
Hypertoni.
## Hereditet
Mor och mormor bröstcancer. BRCA-testning negativ 2019.
## Läkemedel
Letrozol 2,5 mg, Candesartan 8 mg, Alvedon 1 g x 3, Oxycontin 10 mg x 2 sedan förra veckan.
## PAD
Metastas av adenocarcinom med bröstcancerursprung (GATA3 positiv), ER positiv, HER2 negativ.
## Röntgen
DT thorax-buk: Inga lever- eller lungmetastaser. Ingen frakturering av L3.
## Bedömning
Skelettmetastaserad bröstcancer, hormonkänslig. Ingen visceral spridning. Indikation för CDK4/6-hämmare och byte av endokrin behandling.
## Information
Beskedet om spridningen har ännu inte getts till patienten. Hon kommer med maken på fredag 6/12 då undertecknad och kontaktsjuksköterskan informerar.
## Planering
Start Fulvestrant och Ribociclib efter besöket. Denosumab. Strålbehandling mot L3 för smärtlindring, remiss skickad. Kontaktsjuksköterska ringer om tid.
""", template="Mottagningsanteckning")],
 [A], [B],
 "Bekräftad metastasering (PAD) i synlig text och beskedet ej givet: NL101; inga hedgade diagnoser.")

case("vc-pmo-hypertoni-misstankt-somnapne", "skane", "1968-03-27", "239",
 [note("vc_linero", "Per Lindgren", "2024-04-16T08:30:00", "2024-04-16T09:15:00", """
## Kontaktorsak
Blodtryckskontroll, trötthet.
## Aktuellt
56-årig man med hypertoni, blodtrycket fortsatt högt trots två preparat. Hustrun säger att han snarkar högt och har andningsuppehåll på natten. Vaknar med huvudvärk, somnar framför TV:n och har nästan somnat vid ratten på väg hem från jobbet. ESS 15.
## Tidigare sjukdomar
Hypertoni sedan 2019.
Övervikt, BMI 34.
Gastroesofageal reflux.
## Hereditet
Far stroke vid 70 år.
## Socialt
Gift, säljare, kör mycket bil i tjänsten. Röker inte, alkohol ca 10 glas/vecka.
## Läkemedel
Amlodipin 10 mg 1x1, Enalapril 20 mg 1x1, Omeprazol 20 mg vb.
## Status
BT 158/98 hö, 156/96 vä. Puls 78 regelbunden. Halsomfång 44 cm. Svalg: trångt med stora tonsiller. Cor/pulm: ua.
## Lab
Krea 86, K 4,1, lipider: LDL 3,6. HbA1c 41.
## Bedömning
Terapiresistent hypertoni. Misstänkt obstruktiv sömnapné med uttalad dagtrötthet.
## Åtgärd
Remiss för sömnregistrering. Lägger till Spironolakton 25 mg. Bilkörning bör undvikas vid trötthet, pat informerad om detta.
## Planering
Kontroll av K och krea om 2 veckor. BT-kontroll hos ssk om 4 veckor.
""", system="PMO", template="Läkarbesök")],
 [], [B],
 "PMO: 'Misstänkt obstruktiv sömnapné' visas aldrig som diagnos – ingen NL102.")

case("endo-binjureincidentalom-misstankt-feokromocytm-typo", "vgr", "1971-07-31", "458",
 [note("sas_endo", "Daniel Karlsson", "2024-03-19T09:50:00", "2024-03-19T11:00:00", """
## Kontaktorsak
Binjureincidentalom vä, nybesök.
## Anamnes
52-årig man där DT buk pga njursten visade en 3,1 cm stor förändring i vä binjure. Har sedan något år attacker med hjärtklappning, huvudvärk och svettningar några gånger i månaden, trodde det var stress. Svårinställt blodtryck.
## Tidigare sjukdomar
Hypertoni sedan 2020.
Njursten hö, avgått spontant.
## Hereditet
Inga kända endokrina sjukdomar.
## Läkemedel
Amlodipin 10 mg, Losartan 100 mg, Metoprolol 50 mg.
## Status
BT 168/102, puls 96. Vikt 82 kg. Ingen cushingoid habitus, inga striae. Cor: regelbunden, inga blåsljud.
## Röntgen
DT binjurar: 3,1 cm heterogen förändring vä binjure, nativ attenuering 38 HU, långsam washout. Hö binjure ua.
## Lab
P-metanefrin 1,8 nmol/L (ref <0,5), P-normetanefrin 3,2 (ref <1,1). Kortisol efter 1 mg dexametason 38 nmol/L. Aldosteron/renin-kvot normal.
## Bedömning
Binjureincidentalom vä med kraftigt förhöjda metanefriner och typiska attacker. Misstänkt feokromocytm.
## Planering
Betablockerare får ej ökas innan alfablockad. Start Doxazosin 4 mg, titreras. Remiss för MIBG- eller DOTATOC-PET. Diskuteras på endokrinkirurgisk konferens. Genetisk utredning erbjuds.
""")],
 [B], [A],
 "Typo 'feokromocytm' i en misstänkt diagnos i synlig endokrinanteckning (VGR).")

case("akut-huvudvark-sah-utesluten-migran", "skane", "1986-10-20", "643",
 [note("sus_akut_lund", "Elin Jönsson", "2024-08-15T23:40:00", "2024-08-16T02:10:00", """
## Kontaktorsak
Huvudvärk.
## Aktuellt
37-årig kvinna med huvudvärk sedan kl 14 idag som byggts upp under en timme, bultande, mest vä sida. Illamående, ljus- och ljudkänslig. Flimmer i synfältet 20 minuter innan värken kom. Har haft liknande anfall sedan tonåren men aldrig så kraftigt. Inte åskknallsartad debut. Ingen feber.
## Tidigare sjukdomar
Migrän med aura, diagnostiserad 2005.
Hypotyreos.
## Hereditet
Mor och syster har migrän.
## Läkemedel
Levaxin 50 mikrog, Rizatriptan vb (har inte tagit idag), p-stav.
## Status
AT: Ligger i mörkt rum, illamående men opåverkad. Temp 37,1. BT 136/84.
Neurologiskt: Pupiller lika, ljusreaktion ua. Ögonmotorik ua. Ingen nackstelhet. Kraft och sensibilitet ua. Finger-näs ua.
## Röntgen
DT hjärna (akut, 6 h efter debut): Ingen blödning, ingen expansivitet.
## Lab
CRP <5. LP ej utförd då DT gjorts inom 6 timmar från debut enligt lokalt PM.
## Bedömning
Migränanfall med aura, kraftigare än vanligt. Subaraknoidalblödning utesluten med normal DT inom 6 h och typisk anamnes. Ingen misstanke om meningit.
## Åtgärd
Inj Primperan 10 mg iv, Toradol 30 mg iv, Sumatriptan 6 mg sc. Klart bättre efter 1 timme.
## Planering
Hemgång. Uppföljning på VC angående förebyggande behandling.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Ren akutanteckning: känd migrän, SAH utesluten och meningit negerad – ingen NL102.")

case("neuro-forsta-anfall-trolig-epelepsi-typo", "vgr", "1998-12-12", "175",
 [note("su_neuro", "Viktor Åberg", "2024-10-24T13:15:00", "2024-10-24T14:30:00", """
## Kontaktorsak
Uppföljning efter krampanfall i september.
## Anamnes
25-årig man som 14/9 hade ett generaliserat tonisk-kloniskt anfall hemma på morgonen efter en natt med lite sömn, bevittnat av sambon. Tungbett, urinavgång, förvirrad 30 minuter efteråt. Vid närmare utfrågning beskriver han sedan tonåren ryckningar i armarna på morgnarna, har tappat kaffekoppen flera gånger.
## Tidigare sjukdomar
Frisk.
## Hereditet
Kusin har epilepsi.
## Socialt
Sambo, arbetar som snickare. Har körkort B. Alkohol på helger, inga droger.
## Läkemedel
Inga.
## Status
Neurologiskt status helt ua.
## EEG
Generaliserade spike-wave- och polyspike-wave-urladdningar 4–5 Hz, provocerbara av fotostimulering.
## Röntgen
MR hjärna: Normal.
## Bedömning
Ett generaliserat tonisk-kloniskt anfall och anamnes på morgonmyoklonier med typiskt EEG. Trolig epelepsi, juvenil myoklonisk typ.
## Planering
Start Lamotrigin med långsam upptitrering. Regelbunden sömn och undvika alkoholexcesser. Körförbud enligt Transportstyrelsens föreskrifter, pat informerad om att inte köra bil. Återbesök om 3 månader.
""")],
 [B], [A],
 "Typo 'epelepsi' i en trolig diagnos i synlig neurologianteckning.")

case("hem-myelom-benmarg-klar-pat-ej-informerad", "skane", "1955-06-18", "522",
 [note("sus_hem", "Rasmus Nordin", "2024-03-14T14:45:00", "2024-03-14T15:30:00", """
## Kontaktorsak
Benmärgssvar, M-komponent.
## Aktuellt
68-årig man remitterad pga M-komponent IgG-kappa 38 g/L, anemi och ryggvärk. Benmärgsprov taget 7/3.
## Tidigare sjukdomar
Hypertoni.
Tidigare frisk i övrigt.
## Hereditet
Bror har kronisk lymfatisk leukemi.
## Läkemedel
Enalapril 10 mg, Alvedon 1 g x 3.
## Lab
Hb 97. Krea 124. Ca 2,71 (korr). Albumin 32. Beta-2-mikroglobulin 4,8. Fria lätta kedjor kappa/lambda 62.
## Röntgen
Helkropps-DT lågdos: Multipla osteolyser i kotpelaren, bäckenet och kalvariet. Ingen kotkompression.
## Benmärg
Klonala plasmaceller 34 %. FISH: ingen högriskavvikelse.
## Bedömning
Multipelt myelom IgG-kappa, ISS stadium II, med anemi, hyperkalcemi och osteolyser. Behandlingskrävande, kandidat för högdosbehandling med autolog stamcellstransplantation.
## Information
Pat har ännu inte fått diagnosen. Undertecknad ringer honom imorgon förmiddag och bokar in honom tillsammans med hustrun nästa vecka.
## Planering
Induktion med daratumumab-VRd efter besöket. Zoledronsyra. Tandläkarbedömning före bisfosfonat. Vätskeintag minst 2 liter/dag.
""")],
 [A], [B],
 "Fastställt multipelt myelom i synlig text medan pat ännu inte fått diagnosen: NL101.")

case("lung-kol-exacerbation-pneumoni-kan-ej-uteslutas", "vgr", "1950-02-03", "317",
 [note("kungalv_med", "Sanna Roos", "2024-01-17T16:30:00", "2024-01-17T18:00:00", """
## Kontaktorsak
Ökad andfåddhet och hosta.
## Aktuellt
73-årig kvinna med känd KOL som sedan 4 dagar har ökad andfåddhet, mer slem som blivit grönt och feberkänsla. Klarar inte att gå till brevlådan. Behövt Ventoline var 2:a timme. Inte haft kortison senaste året.
## Tidigare sjukdomar
KOL GOLD grupp E, FEV1 42 % av förväntat 2023.
Osteoporos med kotkompression Th12.
Depression.
## Socialt
Bor ensam i Kungälv, hemtjänst 2 gånger/dag. Exrökare sedan 2015, 50 paketår.
## Läkemedel
Trimbow 2 inh x 2, Ventoline vb, Alendronat 70 mg/vecka, Sertralin 50 mg.
## Status
AT: Dyspné i vila, talar korta meningar. Temp 38,0. AF 26. Sat 86 % på luft, 91 % på 1 l O2.
Pulm: Förlängt expirium, ronki bilat, krepitationer hö basalt.
Cor: Takykard, regelbunden 108.
## Lab
CRP 74. LPK 12,8. Blodgas på 1 l: pH 7,36, pCO2 6,4, pO2 8,1. Krea 64. NT-proBNP 320.
## Röntgen
Rtg pulm: Emfysematösa lungor. Lätt ökad täthet hö basalt, svårbedömd.
## Bedömning
KOL-exacerbation. Pneumoni hö basalt kan ej uteslutas med tanke på feber, krepitationer och CRP. Ingen koldioxidretention med acidos.
## Planering
Inläggning avd 5. Prednisolon 40 mg x 1 i 5 dagar. Atrovent och Ventoline via nebulisator. Doxyferm 200 mg dag 1 därefter 100 mg. Syrgas med mål 88–92 %.
""", setting="slutenvård", template="Inskrivningsanteckning")],
 [B], [A],
 "Bekräftad KOL-exacerbation; 'Pneumoni kan ej uteslutas' i synlig inskrivning (VGR).")

case("barn-invagination-reponerad-ren", "skane", "2023-01-09", "781",
 [note("sus_barn", "Lisa Wennberg", "2024-05-29T20:30:00", "2024-05-29T22:45:00", """
## Kontaktorsak
Attacker av skrik och kräkningar.
## Anamnes
16 månader gammal pojke som sedan i eftermiddags haft attacker med otröstlig gråt var 15–20:e minut där han drar upp benen, däremellan slö. Kräkts 3 gånger. Blodtingerad slemmig avföring för en timme sedan enligt mamma. Förkyld förra veckan.
## Tidigare sjukdomar
Frisk. Född i v 39, normal utveckling enligt BVC.
## Status
AT: Blek och slö mellan attackerna, vaknar vid undersökning. Vikt 11,2 kg. Temp 37,6. Puls 150. Kapillär återfyllnad 2 s.
Buk: Mjuk, korvformad resistens i hö övre kvadrant. Inga peritonitiska tecken.
Rektalundersökning: Gelé-liknande blodig slem på handsken.
## Ultraljud
Ultraljud buk: Ileokolisk invagination, target sign hö övre kvadrant, 3,5 cm diameter. Ingen fri vätska, bevarat blodflöde.
## Lab
Hb 118. CRP 12. Na 136. Venös blodgas ua.
## Bedömning
Ileokolisk invagination utan tecken till perforation eller ischemi.
## Åtgärd
iv vätska, sond. Pneumatisk reponering på röntgen under sedering, lyckad vid första försöket, kontroll-UL visar att invaginationen är helt reponerad.
## Planering
Observation på barnkirurgisk avdelning över natten, får börja dricka om 4 timmar. Föräldrarna informerade om risken för recidiv och att söka direkt vid nya attacker.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Barn under 13: bekräftad och reponerad invagination, perforation negerad – inget ska flaggas.")

case("psyk-vuxen-misstankt-adhd-autism-ej-uteslutet", "vgr", "2004-08-17", "642",
 [note("skas_psyk", "Oskar Lundgren", "2024-02-08T09:30:00", "2024-02-08T11:10:00", """
## Kontaktorsak
Bedömningssamtal inför neuropsykiatrisk utredning.
## Anamnes
19-årig man, remiss från vårdcentralen. Haft svårt med koncentrationen sedan lågstadiet, fick särskilt stöd i matematik. Hoppade av gymnasiet i årskurs 2. Beskriver rastlöshet, glömmer avtal, impulsiva köp. Umgås mest med ett fåtal vänner online, tycker sociala situationer är tröttande och obegripliga. Starka specialintressen (tåg, kartor). Sömnsvårigheter med sen insomning.
## Tidigare sjukdomar
Astma, lindrig. Frakturer i vä underarm x 2 under barndomen.
## Hereditet
Far har ADHD, diagnostiserad i vuxen ålder. Lillebror utreds på BUP.
## Socialt
Bor hemma hos mamma i Skövde. Arbetslös, inskriven på Arbetsförmedlingen. Röker inte, alkohol sällan, förnekar droger.
## Läkemedel
Bricanyl vb.
## Skattningar
ASRS del A: 6/6. AQ: 32. MADRS-S 12.
## Psykiskt status
Vaken, orienterad. Sparsam ögonkontakt, monoton prosodi. Motoriskt rastlös, byter ställning ofta. Stämningsläge neutralt. Inga psykotiska symtom. Inga suicidtankar.
## Bedömning
Misstänkt ADHD, kombinerad form. Autismspektrumtillstånd kan inte uteslutas med tanke på sociala svårigheter och specialintressen. Ingen pågående depression.
## Planering
Neuropsykiatrisk utredning med psykolog och arbetsterapeut, planerad start i april. Anhöriganamnes med mamma. Sömnhygienråd.
""")],
 [B], [A],
 "'Misstänkt ADHD' och 'Autismspektrumtillstånd kan inte uteslutas' i synlig VGR-psykiatrianteckning.")
# ---------------------------------------------------------------- batch 3
case("reuma-sannolkit-pmr-typo", "skane", "1951-11-08", "364",
 [note("sus_reuma", "Gunilla Ek", "2024-01-25T13:00:00", "2024-01-25T14:40:00", """
## Kontaktorsak
Nybesök, remiss från VC: värk och stelhet i skuldror och höfter.
## Anamnes
72-årig kvinna med 6 veckors anamnes på värk i båda axlarna och höfterna, morgonstelhet som varar över en timme. Svårt att ta på sig kappan och resa sig från soffan. Trött, lätt subfebril. Ingen huvudvärk, inga synstörningar, inga käkbesvär.
## Tidigare sjukdomar
Hypertoni.
Diabetes mellitus typ 2, kostbehandlad.
Glaukom.
## Hereditet
Ingen känd reumatisk sjukdom i släkten.
## Socialt
Gift, pensionerad sjuksköterska. Aktiv i kyrkokören.
## Läkemedel
Losartan 50 mg 1x1, Xalatan ögondroppar.
## Status
AT: Opåverkad, reser sig med viss möda från stol.
Leder: Smärtsam och nedsatt aktiv abduktion i axlarna bilat, passivt nästan fri rörlighet. Inga synoviter i händer eller knän.
Tinningartärer: Palpabla, oömma, god puls.
Muskelstyrka: Normal.
## Lab
SR 62. CRP 38. CK normalt. RF och anti-CCP negativa. Hb 119. TSH normalt. Elfores: ingen M-komponent.
## Bedömning
Sannolkit polymyalgia reumatika. Inga tecken på jättecellsarterit vid dagens undersökning.
## Planering
Prednisolon 15 mg dagligen, utvärdering efter 2 veckor. Calcium/D-vitamin. Glukoskontroller via VC pga diabetes. Informerad om att söka akut vid huvudvärk eller synpåverkan.
""")],
 [B], [A],
 "Typo 'Sannolkit' som hedge till polymyalgia reumatika i synlig text; jättecellsarterit negerad.")

case("kir-brostknol-cytologi-malign-misstanke-ej-meddelat", "vgr", "1979-05-02", "417",
 [note("sas_kir", "Ulrika Hedlund", "2024-09-04T15:20:00", None, """
## Kontaktorsak
Svar på trippeldiagnostik, knöl vä bröst.
## Aktuellt
45-årig kvinna som själv kände en knöl i vä bröst i augusti. Mammografi och ultraljud 28/8 visade 14 mm oregelbunden förändring vä bröst klockan 2, BI-RADS 4c. Axillen ua på ultraljud. Finnålspunktion och mellannålsbiopsi tagna samma dag.
## Tidigare sjukdomar
Fibroadenom hö bröst, exciderat 2005.
Endometrios.
## Hereditet
Mormor bröstcancer vid 70 år. Inga fall av äggstockscancer.
## Socialt
Gift, 3 barn. Arbetar som polis. Röker ej.
## Läkemedel
Inga.
## Cytologi
Cellrikt utstryk med atypiska epitelceller, misstänkt malign.
## PAD
Mellannålsbiopsi: Inväntas, beräknas klar 10/9.
## Bedömning
Tumör vä bröst, kliniskt och cytologiskt misstänkt bröstcancer, T1c N0.
## Information
Cytologisvaret har inte meddelats patienten. Hon får besked av bröstkirurg och kontaktsjuksköterska vid återbesöket 12/9 då även PAD finns.
## Planering
Tas upp på bröstkonferens 11/9. Preliminärt sektorresektion med sentinel node. Återbesök 12/9.
""", template="Mottagningsanteckning")],
 [A, B], [],
 "'misstänkt bröstcancer' i synlig text och cytologisvaret ännu inte meddelat patienten.")

case("kard-hjartsvikt-ef-30-uppfoljning-ren", "skane", "1948-07-14", "255",
 [note("csk_kard", "Thomas Bengtsson", "2024-06-18T10:30:00", "2024-06-18T11:40:00", """
## Kontaktorsak
Återbesök hjärtsviktsmottagningen.
## Aktuellt
75-årig man med hjärtsvikt med nedsatt ejektionsfraktion efter hjärtinfarkt 2021. Mår bättre sedan Forxiga lades till i vintras. Går 2 km promenad, andfådd i uppförsbacke. Sover plant. Vikten stabil 84 kg. Inga svimningar.
## Tidigare sjukdomar
Hjärtinfarkt 2021, PCI LAD.
Hjärtsvikt, EF 30 % vid senaste eko 2023.
Typ 2-diabetes.
Gikt.
## Hereditet
Far och farbror hjärtinfarkt i 60-årsåldern.
## Socialt
Gift, pensionär. Slutade röka efter infarkten.
## Läkemedel
Entresto 97/103 mg x 2, Bisoprolol 7,5 mg, Eplerenon 25 mg, Forxiga 10 mg, Trombyl 75 mg, Atorvastatin 80 mg, Furosemid 40 mg, Metformin 1 g x 2.
## Status
AT: Gott. Vikt 84 kg.
Cor: Regelbunden rytm, HF 62, inga blåsljud.
Pulm: Vesikulärt andningsljud utan rassel.
Ben: Inga ödem.
BT 112/68.
## Lab
NT-proBNP 890 (1 640 i december). K 4,8. Krea 118, eGFR 54. Hb 139.
## EKG
Sinusrytm 62, gamla Q-vågor anteriort, QRS 110 ms.
## Bedömning
Kronisk hjärtsvikt NYHA II, stabil och förbättrad på fyra basläkemedel. Ingen indikation för CRT då QRS är under 130 ms.
## Planering
Oförändrad medicinering. Nytt eko om 3 månader, därefter ställningstagande till ICD om EF fortsatt ≤35 %. Ssk-besök om 6 veckor med K och krea. Influensa- och covidvaccin i höst.
""")],
 [], [A, B],
 "Ren kardiologisk uppföljning med flera bekräftade diagnoser och hereditet.")

case("ogon-diabetesretinopati-laser-ren", "vgr", "1976-04-19", "821",
 [note("su_ogon", "Magnus Wallin", "2024-04-25T08:45:00", "2024-04-25T09:50:00", """
## Kontaktorsak
Remiss från ögonbottenscreening: proliferativ retinopati.
## Anamnes
48-årig man med typ 1-diabetes sedan 25 år, dåligt kontrollerad senaste åren (HbA1c 78). Märker inga synbesvär. Inga tidigare laserbehandlingar.
## Tidigare sjukdomar
Typ 1-diabetes med nefropati, mikroalbuminuri.
Hypertoni.
## Socialt
Ensamstående, arbetar på lager. Röker 10 cig/dag.
## Läkemedel
Insulin Fiasp och Tresiba, Ramipril 10 mg, Atorvastatin 20 mg.
## Status
Visus: 1,0 bilat.
Tryck: 15 / 16.
Främre segment: Klara medier.
Fundus (dilaterad): Bilat multipla punkt- och fläckblödningar, hårda exsudat temporalt om makula vä, nykärlsbildning på papillen vä (NVD) och längs övre kärlbågen hö (NVE).
OCT makula: Diabetiskt makulaödem vä, central tjocklek 362 mikrometer. Hö ua.
## Bedömning
Proliferativ diabetesretinopati bilat med makulaödem vä öga.
## Åtgärd
Panretinal laserfotokoagulation hö öga påbörjad idag, 1 200 brännpunkter. Anti-VEGF-injektion vä bokas.
## Planering
Laser vä öga om 2 veckor, intravitreal Aflibercept vä med 4 veckors intervall. Kontakt med diabetesmottagningen om glukoskontrollen, brev skickas. Rökstopp rekommenderat.
## Information
Pat informerad om diagnosen, vikten av glukos- och blodtryckskontroll samt om risker med behandlingen.
""")],
 [], [A, B],
 "Ren ögonanteckning: bekräftad retinopati och makulaödem, inga hedgar.")

case("onh-peritonsilit-typo-mono-uteslutet-ren", "skane", "2000-03-03", "506",
 [note("sus_onh", "Simon Falk", "2024-12-20T21:30:00", "2024-12-20T23:05:00", """
## Kontaktorsak
Halsont, svårt att svälja.
## Anamnes
24-årig kvinna med halsont sedan en vecka, värre på vä sida senaste 2 dygnen. Kan knappt svälja saliv, talar med grötig röst. Feber 38,8. Svårt att gapa. Haft tonsillit 3 gånger senaste året.
## Tidigare sjukdomar
Recidiverande tonsillit.
Astma, lindrig.
## Läkemedel
Bricanyl vb. P-piller.
## Allergi
Penicillin tolereras väl tidigare.
## Status
AT: Påverkad av smärta, dreglar lätt. Temp 38,6.
Munhåla: Trismus, gapar 2 cm. Vä tonsill tryckt medialt, kraftig svullnad i vä gombåge, uvula förskjuten åt hö.
Hals: Ömma körtlar vä käkvinkel. Ingen stridor.
## Lab
CRP 92. LPK 16,4. Monospot negativt. Strep A snabbtest positivt.
## Bedömning
Peritonsilit vä. Mononukleos uteslutet med negativ monospot.
## Åtgärd
Punktion vä, 4 ml pus. Incision och tömning, ytterligare pus. Odling skickad. Bensylpenicillin 3 g iv, därefter Kåvepenin 1,6 g x 3 i 10 dagar. Betapred 8 mg iv.
## Planering
Hemgång efter observation om hon kan dricka. Tonsillektomi erbjuds om 6–8 veckor, remiss skickas till ÖNH-mottagningen. Söka akut vid andningsbesvär eller ökande svullnad.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Typo 'Peritonsilit' i en bekräftad diagnos; mononukleos utesluten – inget ska flaggas.")

case("geri-delirium-sannolikt-uvi-utlost", "vgr", "1935-10-26", "163",
 [note("su_geri", "Karl Hermansson", "2024-07-02T11:00:00", None, """
## Kontaktorsak
Inskrivning, akut förvirring.
## Anamnes
88-årig kvinna från korttidsboende, sedan 2 dagar förvirrad, orolig på natten och tror att hon är på tåget till Stockholm. Personalen noterar att hon kissar ofta och urinen luktar illa. Äter och dricker mindre. Inga fall, inget skalltrauma.
## Tidigare sjukdomar
Vaskulär demens, lindrig, MMSE 23 (2023).
Förmaksflimmer.
Hjärtsvikt.
Kronisk njursvikt stadium 3b.
## Socialt
Korttidsboende i väntan på särskilt boende. Son i Göteborg.
## Läkemedel
Eliquis 2,5 mg x 2, Furix 40 mg, Bisoprolol 5 mg, Oxascand 5 mg vb (tagit 3 doser senaste dygnet).
## Status
AT: Vaken, ouppmärksam, desorienterad till tid och rum. Fluktuerande. Temp 37,9. BT 108/62. Puls 92 oregelbunden. Torra slemhinnor.
Cor: Oregelbunden, inga blåsljud. Pulm: ua.
Buk: Ömhet suprapubiskt.
Neurologiskt: Inga fokala bortfall, rör alla extremiteter.
4AT: 9 poäng.
## Lab
CRP 68. LPK 12,9. Krea 168 (habituellt 120). Na 131. U-sticka: nitrit positiv, LPK 3+. Urinodling skickad.
## Bedömning
Delirium, sannolikt utlöst av urinvägsinfektion. Bidragande dehydrering och bensodiazepiner.
## Planering
Ceftibuten efter njurfunktion. iv vätska 1 liter. Utsättning av Oxascand. Furix pausas 2 dagar. Delirieprevention, kontaktsjuksköterska ringer sonen. Kontroll krea och Na om 2 dagar.
""", setting="slutenvård", template="Inskrivningsanteckning")],
 [B], [A],
 "Bekräftat delirium men 'sannolikt utlöst av urinvägsinfektion' är en osäker diagnos i synlig text.")

case("vc-pmo-astma-spirometri-ren", "skane", "1996-09-23", "744",
 [note("vc_tomelilla", "Jenny Håkansson", "2024-10-08T13:30:00", "2024-10-08T14:10:00", """
## Kontaktorsak
Uppföljning astma efter spirometri.
## Aktuellt
28-årig kvinna med pip i bröstet och nattlig hosta varje höst och vinter. Använder Airomir 3–4 gånger/vecka. Besvär vid kyla och träning. Ingen feber.
## Tidigare sjukdomar
Atopiskt eksem i barndomen.
Pollenallergi (björk, gräs).
## Hereditet
Mor har astma. Bror har pälsdjursallergi.
## Socialt
Bor med sambo och katt. Förskollärare. Röker inte.
## Läkemedel
Airomir vb, Aerius under pollensäsong.
## Status
AT: Gott.
Pulm: Normala andningsljud, inga ronki vid forcerad utandning.
Näsa: Lätt svullna slemhinnor.
## Spirometri
FEV1 78 % av förväntat, FEV1/VC 0,68. Efter bronkdilatation ökning av FEV1 med 15 % (420 ml). FeNO 48 ppb.
## Bedömning
Astma, bekräftad med signifikant reversibilitet och förhöjt FeNO. Ej välkontrollerad.
## Åtgärd
Start Symbicort 160/4,5 1 inh x 2 samt vid behov (AIR-behandling). Inhalationsteknik genomgången av ssk. Skriftlig astmaplan.
## Planering
Astmasköterska om 6 veckor med ACT. Allergitest (pricktest) bokas.
""", system="PMO", template="Läkarbesök")],
 [], [B],
 "Ren PMO-anteckning med bekräftad astma – ingen NL102.")

case("ort-knaskada-misstankt-korsbandsrupur-typo", "vgr", "2003-01-30", "219",
 [note("nu_ort", "Henrik Dahl", "2024-05-06T10:10:00", "2024-05-06T10:55:00", """
## Kontaktorsak
Knäskada vid fotboll.
## Anamnes
21-årig man som för 10 dagar sedan vred till hö knä vid en vändning på fotbollsplanen, hörde en smäll och kunde inte fortsätta spela. Knät svullnade upp inom några timmar. Nu bättre, men knät viker sig i trappor. Inga låsningar.
## Tidigare sjukdomar
Frisk. Fotledsdistorsion vä 2020.
## Socialt
Studerar, spelar fotboll i division 3 fyra gånger i veckan.
## Läkemedel
Inga.
## Status
Hö knä: Lätt hydrops. Full extension, flexion 120 grader. Lachman positiv med mjukt stopp. Främre draglåda positiv. Pivot shift svårbedömt pga spänning. Mediala ledspringan öm, McMurray tveksamt positiv. Stabil i varus och valgus.
Vä knä: ua.
## Röntgen
Rtg hö knä: Ingen fraktur. Liten Segondfraktur kan inte ses.
## Bedömning
Misstänkt främre korsbandsrupur hö knä, eventuellt med medial meniskskada.
## Planering
MR hö knä. Remiss till sjukgymnast för rehabilitering redan nu. Återbesök efter MR för ställningstagande till rekonstruktion.
""", template="Mottagningsanteckning")],
 [B], [A],
 "Typo 'korsbandsrupur' i misstänkt diagnos, plus 'eventuellt med medial meniskskada' i synlig ortopedanteckning.")

case("inf-sepsis-trol-urosepsis-endokardit-ej-uteslutet", "skane", "1959-02-22", "438",
 [note("sus_inf", "Sebastian Moberg", "2024-03-02T04:10:00", "2024-03-02T06:20:00", """
## Kontaktorsak
Frossa, feber och förvirring.
## Aktuellt
65-årig man som sedan igår har feber, frossa och sveda vid miktion. Hustrun tycker han är förvirrad sedan i kväll. Ingen hosta. Genomgick cystoskopi för en vecka sedan pga mikroskopisk hematuri.
## Tidigare sjukdomar
Mekanisk aortaklaffprotes sedan 2017 pga bikuspid klaff.
Diabetes typ 2.
Prostatahyperplasi.
## Läkemedel
Waran enligt PK, Metformin 1 g x 2, Tamsulosin 0,4 mg.
## Status
AT: Påverkad, desorienterad i tid. Temp 39,6. BT 96/54. Puls 118. AF 24. Sat 94 %.
Cor: Metalliskt klaffljud, nytt diastoliskt blåsljud kan inte säkert bedömas.
Pulm: ua. Buk: Ömhet suprapubiskt, dunkömhet hö njurloge.
Hud: Inga petekier, inga splinterblödningar.
NEWS 9.
## Lab
CRP 214. LPK 19,4. Laktat 3,2. Krea 142. PK 3,1. U-sticka nitrit pos. Blododlingar x 2 och urinodling tagna före antibiotika.
## Bedömning
Sepsis, trol. urosepsis efter instrumentering. Hos pat med mekanisk klaffprotes kan endokardit inte uteslutas.
## Åtgärd
Sepsislarm. Ringer-Acetat 2 liter, Cefotaxim 2 g x 3 iv. Insatt KAD.
## Planering
IMA-bedömning om inte BT svarar på vätska. TEE om positiva blododlingar med grampositiva kocker eller utebliven förbättring. Waran fortsätts, PK-kontroll dagligen.
""", setting="akutmottagning", template="Akutanteckning")],
 [B], [A],
 "'trol. urosepsis' och 'endokardit kan inte uteslutas' i synlig akutanteckning (Skåne Melior).")

case("gastro-crohn-fragetecken-dd-ulceros-kolit", "vgr", "1997-04-04", "582",
 [note("su_gastro", "Julia Forsberg", "2024-08-20T14:00:00", "2024-08-20T15:10:00", """
## Kontaktorsak
Nybesök, diarré och viktnedgång.
## Anamnes
27-årig kvinna med diarré 4–6 gånger/dag sedan mars, ibland blod. Krampaktig buksmärta i nedre delen av buken. Gått ner 6 kg. Vaknar på natten för toalettbesök. Aftösa sår i munnen i perioder. Ingen utlandsresa.
## Tidigare sjukdomar
Perianal abscess 2022, incision.
Järnbrist.
## Hereditet
Moster har ulcerös kolit.
## Socialt
Sambo, arbetar som frisör. Röker 5 cig/dag.
## Läkemedel
P-piller, Niferex.
## Status
AT: Gott men smal, BMI 19.
Buk: Mjuk, lätt öm i hö fossa, ingen resistens.
Perianalt: Ärr efter tidigare abscess, en hudflik.
## Lab
Hb 112, Trc 488, CRP 28, albumin 33. F-kalprotektin 1 250. Feces-odling och Clostridioides negativa.
## Koloskopi
Koloskopi 14/8: Fläckvisa ulcerationer i terminala ileum och ascendens med normal slemhinna emellan, rektum relativt sparat. Biopsier tagna.
## Bedömning
Inflammatorisk tarmsjukdom. Crohns sjukdom? DD ulcerös kolit, biopsisvar inväntas.
## Planering
MR tunntarm. Start Budesonid 9 mg i väntan på PAD. Rökstopp mycket viktigt, pat motiverad. Återbesök om 3 veckor.
""")],
 [B], [A],
 "'Crohns sjukdom?' med frågetecken och 'DD ulcerös kolit' i synlig gastroanteckning.")

case("neuro-als-misstanke-ej-framford-pat", "skane", "1962-05-24", "593",
 [note("sus_neuro", "Helena Widell", "2024-06-24T13:30:00", "2024-06-24T15:00:00", """
## Kontaktorsak
Genomgång av ENeG, progredierande svaghet.
## Aktuellt
62-årig man med tilltagande svaghet i hö hand sedan ett år, svårt att knäppa knappar och hålla i kaffekoppen. Sedan några månader muskelryckningar i armarna och vaderna. Hustrun tycker rösten blivit lite sluddrig på kvällarna. Ingen känselnedsättning, ingen smärta.
## Tidigare sjukdomar
Hyperlipidemi.
Diskbråck L5-S1 2010, opererat.
## Hereditet
Ingen känd neuromuskulär sjukdom. Far dog i hjärtinfarkt 71 år.
## Socialt
Gift, arbetar som elektriker men har svårt med finmotoriken.
## Läkemedel
Simvastatin 20 mg.
## Status
Atrofier i thenar och interosseus hö, lättare vä. Fascikulationer i båda överarmarna och vä vad. Livliga reflexer i alla extremiteter, Babinski positiv hö. Tungan: lätta fascikulationer, ingen atrofi. Sensibilitet ua.
## ENeG
Utbredd denervation med fibrillationer och positiva skarpa vågor i tre regioner, normala sensoriska svar.
## Röntgen
MR halsrygg och hjärna: Ingen myelopatiorsak, ingen rotkompression.
## Bedömning
Tecken på både övre och nedre motorneuronpåverkan i flera regioner, misstänkt ALS.
## Information
Misstanken om ALS har inte framförts till patienten; han och hustrun kommer på samtal nästa vecka när labbsvar och genetik finns.
## Planering
CK, antikroppar, genetisk analys (C9orf72, SOD1). Spirometri. Kontakt med ALS-teamet.
""")],
 [A, B], [],
 "'misstänkt ALS' i synlig text och misstanken uttryckligen inte framförd till patienten.")

case("hem-lymfom-misstanke-pat-informerad-om-utredning", "vgr", "1983-09-28", "370",
 [note("su_hem", "Anders Wiklund", "2024-10-10T09:15:00", "2024-10-10T10:45:00", """
## Kontaktorsak
Förstorade lymfkörtlar på halsen och nattsvettningar.
## Anamnes
41-årig man med oömma knölar på vä halssida sedan juli som inte gått tillbaka efter antibiotikakur på VC. Nattsvettningar så han byter lakan, viktnedgång 7 kg på 3 månader, klåda. Ingen feber.
## Tidigare sjukdomar
Frisk.
## Hereditet
Inga kända blodsjukdomar.
## Socialt
Gift, 2 barn. Arbetar som ingenjör på Volvo.
## Läkemedel
Inga.
## Status
Lgl: Vä halssida konglomerat av körtlar 4 x 3 cm, fasta, oömma. Supraklavikulärt vä 2 cm körtel. Axiller och ljumskar ua.
Buk: Ingen palpabel lever eller mjälte.
## Lab
Hb 124, LPK 11,2, Trc 410. SR 58. LD 5,1. Albumin 35. HIV neg.
## Röntgen
DT hals-thorax-buk: Förstorade körtlar på vä halssida, supraklavikulärt och i mediastinum, största 5 cm. Ingen splenomegali.
## Bedömning
Generell lymfadenopati med B-symtom. Bilden inger misstanke om lymfom, i första hand Hodgkins lymfom.
## Information
Pat informerad om att vi misstänker lymfom och att körtelbiopsi behövs för att fastställa typen. Frågor om behandling besvarade i den mån det går.
## Planering
Körtelexstirpation vä hals via ÖNH inom en vecka. PET-DT. Benmärg vid behov efter PAD. Fertilitetsbevarande åtgärder diskuteras före eventuell behandling.
""", template="Mottagningsanteckning")],
 [], [A],
 "Pat informerad om lymfommisstanken: ingen NL101. NL102 ej asserterad (kommunicerad hypotes).")

case("karl-bukaortaaneurysm-operationsplanering-ren", "skane", "1954-12-01", "287",
 [note("sus_kar", "Patrik Sundin", "2024-02-13T11:30:00", "2024-02-13T12:45:00", """
## Kontaktorsak
Uppföljning bukaortaaneurysm, ställningstagande till operation.
## Aktuellt
69-årig man med känt bukaortaaneurysm sedan screening vid 65 års ålder. Diametern har ökat från 4,6 till 5,7 cm på två år. Inga buk- eller ryggsmärtor. Går 3 km utan besvär.
## Tidigare sjukdomar
Bukaortaaneurysm.
Hypertoni.
KOL, lindrig.
Kranskärlssjukdom, PCI 2016.
## Hereditet
Bror opererad för bukaortaaneurysm.
## Socialt
Gift, pensionerad sjöman. Röker 5 cigaretter/dag, försökt sluta flera gånger.
## Läkemedel
Trombyl 75 mg, Atorvastatin 40 mg, Amlodipin 5 mg, Anoro Ellipta.
## Status
AT: Gott. BT 146/84.
Buk: Pulserande resistens ovan naveln, oöm.
Perifera pulsar: Palpabla i ljumskar, a. dorsalis pedis bilat.
## Röntgen
DT-angio aorta 5/2: Infrarenalt bukaortaaneurysm 5,7 cm, hals 18 mm, lämplig anatomi för EVAR. Iliacaartärer 12 mm.
## Lab
Krea 92, Hb 146.
## Bedömning
Infrarenalt bukaortaaneurysm 5,7 cm med tillväxt, operationsindikation föreligger. Anatomin lämpar sig för endovaskulär behandling.
## Planering
EVAR planeras inom 8 veckor. Preop arbetsprov och spirometri. Rökstopp inför operationen, pat motiverad, remiss till rökavvänjning.
## Information
Pat informerad om aneurysmet, operationsindikation och om risker med EVAR jämfört med öppen operation. Vill ha EVAR.
""")],
 [], [A, B],
 "Ren kärlkirurgisk anteckning: bekräftat aneurysm, hereditet, inga hedgar.")

case("obst-preeklampsi-hellp-kan-ej-uteslutas", "vgr", "1990-08-11", "691",
 [note("su_obst", "Cecilia Ström", "2024-11-28T19:45:00", "2024-11-28T21:15:00", """
## Kontaktorsak
Högt blodtryck och huvudvärk i graviditetsvecka 34+2.
## Anamnes
34-årig förstföderska, tidigare normal graviditet. Sedan igår huvudvärk, ser flimmer och har ont under hö revbensbåge. Svullen i ansikte och händer sedan några dagar. Barnet rör sig som vanligt.
## Tidigare sjukdomar
Frisk. Migrän utan aura.
## Hereditet
Mor hade havandeskapsförgiftning.
## Läkemedel
Folsyra, järntablett.
## Status
AT: Opåverkad men huvudvärkspåverkad. BT 168/108, upprepat 164/104.
Buk: Ömhet i epigastriet och under hö arcus. SF-mått 30 cm.
Reflexer: Livliga patellarreflexer, ingen klonus.
Ödem: Ansikte och händer.
## Lab
U-albumin 3+. Trc 98. ASAT 2,1, ALAT 2,4. LD 9,8. Haptoglobin inväntas. Krea 78. Urat 412.
## CTG
Reaktivt, normal variabilitet.
## Ultraljud
Fostrets vikt -18 %, normala flöden.
## Bedömning
Svår preeklampsi i vecka 34. Med sjunkande trombocyter och förhöjda transaminaser kan HELLP inte uteslutas.
## Planering
Inläggning på förlossningen. Labetalol iv enligt PM, Magnesiumsulfat som kramplöfte. Celeston 12 mg x 2 för lungmognad. Förlossning planeras inom 24 timmar efter kortison, ställningstagande till snitt tillsammans med bakjour. Neonatal informerad.
""", setting="slutenvård", template="Inskrivningsanteckning")],
 [B], [A],
 "Bekräftad preeklampsi; 'HELLP inte uteslutas' i synlig obstetrisk anteckning.")

case("barn-rs-bronkiolit-bekraftad-ren", "skane", "2023-11-02", "119",
 [note("sus_barn", "Moa Lindholm", "2024-05-10T03:30:00", "2024-05-10T06:05:00", """
## Kontaktorsak
Andningsbesvär och dåligt födointag.
## Anamnes
6 månader gammal flicka med snuva och hosta sedan 3 dagar, sedan i kväll snabb andning och ammar bara korta stunder. Färre blöta blöjor. Storasyster 3 år förkyld. Ingen feber över 38,5.
## Tidigare sjukdomar
Född i v 37, ingen neonatalvård. Följer sin viktkurva.
## Hereditet
Pappa har astma.
## Status
AT: Trött men reagerar adekvat. Vikt 7,1 kg. Temp 38,1. AF 62. Puls 164. Sat 91 % på luft.
Pulm: Indragningar jugulärt och subkostalt. Fina krepitationer och pip bilat.
Hud: Ingen cyanos, kapillär återfyllnad 2 s.
Fontanell: Normal spänning.
## Lab
RS-virus PCR positiv från nasofarynx. CRP 9.
## Bedömning
RS-bronkiolit med takypné och lätt syrgasbehov. Ingen bakteriell infektion misstänks.
## Åtgärd
Nässugning, syrgas 0,5 l/min med sat-mål över 92 %. Sondmatning med bröstmjölk, mamma pumpar.
## Planering
Inläggning på infektionsavdelningen för barn. Högflödesbehandling om ökat andningsarbete. Föräldrarna informerade om förloppet, att besvären ofta kulminerar dag 3–5.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Barn under 13: RS-bronkiolit bekräftad med PCR, bakteriell infektion negerad.")

case("uro-njursten-ingen-hydronefros-ren", "vgr", "1985-01-14", "805",
 [note("sas_uro", "Robert Jakobsson", "2024-03-28T01:40:00", "2024-03-28T03:00:00", """
## Kontaktorsak
Vänstersidig flanksmärta.
## Anamnes
39-årig man som vaknade 23.30 av kraftig kolikartad smärta i vä flank som strålar ner mot ljumsken. Mått illa och kräkts vid ett tillfälle. Kan inte ligga still. Ingen feber. Haft njursten en gång tidigare för 5 år sedan.
## Tidigare sjukdomar
Njursten vä 2019, avgick spontant.
Hyperurikemi.
## Hereditet
Far har haft flera njurstensanfall.
## Läkemedel
Inga.
## Status
AT: Smärtpåverkad, rastlös. Temp 36,9. BT 152/90. Puls 88.
Buk: Mjuk, lätt palpöm vä fossa. Dunköm vä njurloge.
## Lab
U-sticka: Ery 3+, LPK neg, nitrit neg. Krea 96. CRP 6. LPK 9,8.
## Röntgen
DT urinvägar utan kontrast: 5 mm konkrement i vä uretär vid korsningen med iliacakärlen. Ingen hydronefros, lätt perirenal stråkighet. Hö njure ua.
## Bedömning
Vänstersidig uretärsten 5 mm, god chans till spontanavgång. Ingen infektion.
## Åtgärd
Inj Toradol 30 mg iv med god effekt. Voltaren 50 mg x 3 i 5 dagar, Tamsulosin 0,4 mg 1x1 för att underlätta stenavgång.
## Planering
Hemgång. Sila urinen och spara stenen för analys. Rtg kontroll om 3 veckor om stenen inte avgått. Söka akut vid feber.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Ren urologisk akutanteckning: bekräftad uretärsten, hydronefros och infektion negerade.")

case("atst-anorexia-nervosa-17ar-ren", "skane", "2007-02-21", "349",
 [note("sus_atst", "Matilda Berglund", "2024-09-17T13:00:00", "2024-09-17T14:35:00", """
## Kontaktorsak
Uppföljning ätstörningsbehandling.
## Aktuellt
17-årig flicka med anorexia nervosa sedan 2023, i familjebaserad behandling sedan februari. Viktuppgång 0,4 kg sedan förra veckan. Äter tre huvudmål och två mellanmål med stöd av föräldrarna, kvällsmålet fortfarande svårt. Tränar inte i hemlighet enligt henne och mamman. Går i skolan halvtid.
## Tidigare sjukdomar
Anorexia nervosa, restriktiv typ.
Generaliserat ångestsyndrom.
## Hereditet
Moster har haft ätstörning i tonåren.
## Socialt
Bor med föräldrarna och lillebror i Lund. Går andra året på naturvetenskapligt program.
## Läkemedel
Inga. Kalk och D-vitamin.
## Status
Vikt 46,8 kg, längd 167 cm, BMI 16,8. Puls 58 liggande, 72 stående. BT 98/62. Temp 36,4. Kalla händer. Lanugobehåring på armar.
## Lab
Fosfat 1,1. K 4,0. Na 139. Blodstatus ua. Glukos 4,4.
## EKG
Sinusbradykardi 56, QTc 412.
## Bedömning
Anorexia nervosa i behandling med stadig viktuppgång. Somatiskt stabil, ingen indikation för slutenvård.
## Planering
Fortsatt familjebaserad behandling varje vecka. Viktmål 52 kg. Kontroll av EKG och elektrolyter om 4 veckor. Fortsatt skolanpassning via elevhälsan.
## Information
Pat och mamma informerade om plan och viktmål, pat delaktig i målsättningen.
""")],
 [], [A, B],
 "Patient 17 år (läser själv): bekräftade psykiatriska diagnoser utan hedgar – inget ska flaggas.")

case("hud-psoriasis-psoriasisartrit-kan-inte-uteslutas", "vgr", "1980-12-09", "534",
 [note("su_hud", "Stefan Björk", "2024-02-01T13:40:00", None, """
## Kontaktorsak
Försämrad psoriasis, ledvärk.
## Anamnes
43-årig man med plackpsoriasis sedan 20-årsåldern. Stor försämring senaste halvåret, nu på armbågar, knän, hårbotten och ländrygg. Lokalbehandling räcker inte. Sedan ett par månader ont och svullnad i vä pekfinger och stelhet i ländryggen på morgonen som släpper efter en timme. Hälsmärta hö.
## Tidigare sjukdomar
Psoriasis.
Fettlever.
Hypertoni.
## Hereditet
Far har psoriasis.
## Socialt
Sambo, säljare. Röker 10/dag, alkohol ca 15 glas/vecka.
## Läkemedel
Dovobet gel, Elocon kräm, Enalapril 10 mg.
## Status
Hud: Skarpt avgränsade infiltrerade erytematösa plack med silvervit fjällning på armbågar, knän, ländrygg och i hårbotten. PASI 14. Nagelgropar på flera fingrar.
Leder: Daktylit dig II vä hand. Öm hälsenefäste hö.
## Lab
CRP 14. ALAT 1,1. RF neg.
## Bedömning
Måttlig till svår plackpsoriasis. Med daktylit, entesit och inflammatorisk ryggvärk kan psoriasisartrit inte uteslutas.
## Planering
Systemisk behandling: Metotrexat övervägs men leverpåverkan talar emot, därför start med Adalimumab efter screening (Quantiferon, hepatitserologi, lungröntgen). Remiss reumatologen. Rökstopp och minskat alkoholintag rekommenderas. Återbesök 3 månader.
""")],
 [B], [A],
 "Bekräftad psoriasis; 'psoriasisartrit inte uteslutas' är hypotes i synlig hudanteckning.")

case("endo-diabetes-misstant-lada-typo", "skane", "1982-06-30", "671",
 [note("sus_endo", "Fredrik Mårtensson", "2024-07-09T10:15:00", "2024-07-09T11:20:00", """
## Kontaktorsak
Remiss från VC, nyupptäckt diabetes med dålig effekt av metformin.
## Anamnes
42-årig normalviktig kvinna där diabetes upptäcktes i mars vid hälsokontroll, HbA1c 64. Metformin insatt men HbA1c nu 72. Törst och trötthet. Gått ner 4 kg trots oförändrade matvanor. Tränar regelbundet.
## Tidigare sjukdomar
Hypotyreos (Hashimoto).
Graviditetsdiabetes 2015.
## Hereditet
Mor har typ 1-diabetes sedan 40 års ålder. Far typ 2-diabetes.
## Socialt
Gift, två barn. Arbetar som revisor. Röker ej.
## Läkemedel
Metformin 1 g x 2, Levaxin 75 mikrog.
## Status
AT: Gott. Vikt 61 kg, BMI 22. BT 124/76.
Fötter: Monofilament ua, pulsar palpabla.
## Lab
HbA1c 72. P-glukos 14,8. C-peptid 0,28 (lågt). GAD-antikroppar skickade. Lipider ua. U-albumin/krea normalt.
## Bedömning
Diabetes med lågt C-peptid, normal vikt, autoimmun komorbiditet och hereditet. Misstänt LADA.
## Planering
Start basinsulin Tresiba 8 E till kvällen, titreras. CGM förskrivs. Metformin fortsätter tills vidare. Diabetessköterska för insulinundervisning. Återbesök när GAD-svaret finns.
""")],
 [B], [A],
 "Typo 'Misstänt' (misstänkt) LADA i synlig endokrinanteckning.")

case("akut-fall-commotio-ingen-fraktur-ren", "vgr", "1973-03-21", "148",
 [note("su_akut", "Emil Sandström", "2024-12-27T17:05:00", "2024-12-27T18:30:00", """
## Kontaktorsak
Fall från stege.
## Aktuellt
51-årig man som föll ca 2 meter från en stege när han tog ner julbelysning, landade på vä sida och slog huvudet i gruset. Kort medvetslöshet enligt grannen, minns inte själva fallet. Huvudvärk och illamående efteråt, kräkts en gång. Ont i vä bröstkorg vid andning.
## Tidigare sjukdomar
Hypertoni.
Tennisarmbåge hö 2021.
## Läkemedel
Enalapril 5 mg. Inga blodförtunnande.
## Status
AT: Vaken, GCS 15, upprepar samma frågor om vad som hänt. Temp 36,8. BT 148/88. Puls 82. Sat 97 %.
Huvud: Skrubbsår och svullnad vä parietalt. Inget Battles tecken.
Nacke: Ej öm över processi spinosi, full rörlighet.
Thorax: Palpöm över revben 7–8 vä lateralt, ingen krepitation. Andningsljud lika bilat.
Buk: Mjuk, oöm.
Extremiteter: Skrubbsår vä underarm, i övrigt ua.
## Röntgen
DT hjärna: Ingen intrakraniell blödning, ingen skallfraktur.
DT thorax: Ingen revbensfraktur, ingen pneumothorax.
## Bedömning
Commotio cerebri med kort medvetandeförlust och retrograd amnesi. Kontusion vä thoraxhalva.
## Planering
Observation 6 timmar med neurokontroller, därefter hemgång om stabil med vuxen hemma. Skriftliga råd om hjärnskakning. Paracetamol vb. Sjukskrivning 1 vecka.
""", setting="akutmottagning", template="Akutanteckning")],
 [], [A, B],
 "Ren traumaanteckning: blödning, fraktur och pneumothorax negerade, bekräftad commotio.")
# ---------------------------------------------------------------- batch 4
case("vc-pmo-yrsel-trol-bppv", "skane", "1958-08-08", "626",
 [note("vc_sjobo", "Karin Mörk", "2024-11-04T10:20:00", "2024-11-04T11:00:00", """
## Kontaktorsak
Yrsel sedan 4 dagar.
## Aktuellt
66-årig kvinna som vaknade i fredags med intensiv rotatorisk yrsel när hon vände sig i sängen, varar under en minut. Utlöses när hon lägger sig ner eller tittar upp mot skåpet. Illamående, ingen kräkning. Hör som vanligt, inget öronsus. Ingen huvudvärk, inga dubbelbilder, ingen talpåverkan, inga domningar.
## Tidigare sjukdomar
Hypertoni.
Osteoporos.
## Läkemedel
Candesartan 8 mg 1x1, Alendronat 70 mg 1 gång/vecka, Calcichew-D3.
## Status
AT: Opåverkad. BT 138/82. Puls 70 regelbunden.
Öron: Normala trumhinnor.
Neurologiskt: Pupiller lika. Ögonmotorik ua, ingen spontannystagmus. Finger-näs och knä-häl ua. Romberg ua. Gång ua. HINTS ua.
Dix-Hallpike: Positiv hö med geotrop rotatorisk nystagmus efter kort latens, uttröttbar.
## Bedömning
Trol BPPV i hö bakre båggång. Inga tecken på central orsak.
## Åtgärd
Epleys manöver utförd en gång på mottagningen, förbättring efteråt.
## Planering
Instruerad i självbehandling med Brandt-Daroff-övningar, skriftligt material. Åter om besvären kvarstår efter 2 veckor. Söka akut om nytillkomna neurologiska symtom.
""", system="PMO", template="Läkarbesök")],
 [], [B],
 "PMO: 'Trol BPPV' ska inte ge NL102 i primärvårdens PMO.")

case("kard-aortastenos-misstankt-attr-amyloidos", "vgr", "1941-06-03", "572",
 [note("kungalv_med", "Linus Holmgren", "2024-04-09T10:00:00", "2024-04-09T11:30:00", """
## Kontaktorsak
Ekosvar, ansträngningsdyspné.
## Anamnes
82-årig man med ansträngningsdyspné och trötthet sedan ett år, orkar 200 meter. En gång nära att svimma i en uppförsbacke. Opererad för karpaltunnelsyndrom bilat 2015 och 2017. Domningar i fötterna. Ingen bröstsmärta.
## Tidigare sjukdomar
Karpaltunnelsyndrom bilat, opererat.
Spinal stenos L4-L5.
Hypertoni, numera normalt BT utan behandling.
## Hereditet
Inga kända hjärtsjukdomar i släkten.
## Läkemedel
Alvedon vb. Hypertonibehandlingen utsatt 2022 pga lågt BT.
## Status
AT: Opåverkad. BT 108/72.
Cor: Regelbunden, systoliskt ejektionsblåsljud 3/6 med max i 2:a intercostalrummet hö, fortleds till halskärlen.
Pulm: Lätta basala krepitationer.
Ben: Lätta ödem.
## EKG
Sinusrytm 64, låg voltage i extremitetsavledningarna, pseudoinfarktmönster i V1-V3.
## Ekokardiografi
Aortastenos med medelgradient 34 mmHg, AVA 0,8 cm2, EF 45 %. Uttalad koncentrisk vänsterkammarhypertrofi 17 mm, granulerat myokard, nedsatt longitudinell strain med apical sparing.
## Lab
NT-proBNP 3 400. hs-TnT 38 (stabilt). Fria lätta kedjor och elfores skickade.
## Bedömning
Svår aortastenos med lågt flöde och låg gradient. Misstänkt transtyretinamyloidos (ATTR) med tanke på karpaltunnel, spinal stenos, låg voltage och strain-mönster. Endokardit utesluten kliniskt, ingen feber.
## Planering
DPD-scintigrafi. Genetik för TTR-mutation om scint positiv. Diskuteras på hjärtteamkonferens angående TAVI. Dosstart av Furix 20 mg.
""")],
 [B], [A],
 "Bekräftad aortastenos men 'Misstänkt transtyretinamyloidos' i synlig kardiologianteckning (VGR).")

case("gyn-tidiga-hypoteser-mall-skyddar-misstanke", "skane", "1967-09-15", "303",
 [note("sus_gyn", "Annika Strand", "2024-08-13T15:40:00", "2024-08-13T16:10:00", """
## Tidiga hypoteser
Ultraljudsbild och CA-125 på 480 väcker misstanke om ovarialcancer med ascites. Pat är inte informerad om misstanken och bör inte få det förrän DT och konferensbedömning finns, hon har svår ångestproblematik och behöver förberedas med kurator.
""", template="Tidiga hypoteser"),
  note("sus_gyn", "Annika Strand", "2024-08-13T15:10:00", "2024-08-13T16:05:00", """
## Kontaktorsak
Uppkördhet och bukobehag.
## Anamnes
56-årig kvinna med tilltagande bukomfång sedan 2 månader, mättnadskänsla och sämre aptit. Postmenopausal sedan 51 års ålder, ingen blödning. Gastroskopi på VC normal.
## Tidigare sjukdomar
Ångestsyndrom, generaliserat, sedan 20-årsåldern.
Hysteroskopisk polypresektion 2019.
## Hereditet
Mor hade bröstcancer vid 60 års ålder.
## Läkemedel
Escitalopram 10 mg 1x1.
## Status
Buk: Spänd, dämpning i flankerna. Ingen ömhet.
Gyn: Yttre genitalia ua. Bimanuellt svårbedömt pga spänd buk, fyllnad i lilla bäckenet.
## Ultraljud
Vaginalt ultraljud: Bilaterala adnexresistenser, 7 och 9 cm, solida och cystiska partier. Måttlig mängd fri vätska.
## Lab
CA-125 taget. Hb 121, Krea 64, Albumin 31.
## Planering
DT thorax-buk beställd med förtur. Ascitestappning för cytologi på fredag. Återbesök 22/8 med kontaktsjuksköterska och kurator. Pat informerad om att vi behöver göra fler undersökningar av fynden på äggstockarna.
""", nid="n2")],
 [], [A, B, ("NL101", "n2"), ("NL102", "n2")],
 "Skåne Melior: misstanke och 'ej informerad' ligger korrekt i mallen Tidiga hypoteser (n1, filtrerad); synlig anteckning n2 saknar hedgad diagnos.")

case("neuro-tidiga-hypoteser-sokord-ftd-synliga-delar-rena", "vgr", "1960-04-27", "146",
 [note("su_neuro", "Petra Lindén", "2024-05-14T10:00:00", "2024-05-14T11:45:00", """
## Kontaktorsak
Återbesök efter neuropsykologisk utredning.
## Anamnes
64-årig man som remitterats pga personlighetsförändring sedan 2 år enligt hustrun: impulsiv, har köpt en båt utan att fråga, säger opassande saker till främlingar, äter stora mängder godis. Själv tycker han att allt är som vanligt. Inga minnesproblem i vardagen.
## Tidigare sjukdomar
Hypertoni. Kataraktop vä.
## Hereditet
Far var "konstig" de sista åren och dog vid 68 år på sjukhem, ingen diagnos känd för familjen.
## Socialt
Gift, tidigare rektor, förtidspensionerad i vintras efter konflikter på arbetet.
## Läkemedel
Losartan 50 mg.
## Status
Neurologiskt: Gripreflex positiv bilat. I övrigt ua. MMSE 27/30.
## Neuropsykologi
Uttalad exekutiv dysfunktion, nedsatt ordflöde. Minne relativt bevarat.
## Röntgen
MR hjärna: Atrofi frontalt och i främre temporallober, hö > vä.
## Bedömning
Beteendeförändring med exekutiv påverkan och frontotemporal atrofi, ingen misstanke om tumör, blödning eller normaltryckshydrocefalus. Likvor med tau och NfL tas.
## Planering
Lumbalpunktion 28/5. FDG-PET. Genetisk vägledning erbjuds. Återbesök med hustrun i juni.
## Tidiga hypoteser
Misstänkt beteendevariant av frontotemporal demens, möjligen ärftlig form (C9orf72?) med tanke på fadern. Ej kommunicerat med pat som saknar sjukdomsinsikt; hustrun vet om att utredningen gäller demens men inte om ärftlighetsfrågan.
""")],
 [], [A, B],
 "VGR: hypotes och 'ej kommunicerat' ligger under sökordet Tidiga hypoteser (filtreras); synliga sökord innehåller bara negerade diagnoser.")

case("akut-till-epikris-misstankt-divertikulit-sedan-bekraftad", "skane", "1964-02-10", "451",
 [note("hass_med", "Oscar Wallin", "2024-10-01T19:30:00", "2024-10-01T21:00:00", """
## Kontaktorsak
Buksmärta vä fossa.
## Aktuellt
60-årig man med smärta i vä fossa sedan 2 dagar, feber 38,4 hemma. Lös avföring. Ingen blödning. Kända divertiklar på koloskopi 2021.
## Tidigare sjukdomar
Hypertoni. Divertikulos.
## Läkemedel
Enalapril 10 mg.
## Status
AT: Opåverkad. Temp 38,2. Buk: Palpöm vä fossa med lokal släppömhet, ingen muskelförsvar. Tarmljud normala.
## Lab
CRP 118. LPK 13,6. Krea 82.
## Bedömning
Misstänkt akut divertikulit, okomplicerad kliniskt. DT buk beställd för att utesluta abscess.
## Planering
Inläggning kirurgen. Fasta tills DT besvarats. iv vätska. Smärtlindring.
""", setting="akutmottagning", template="Akutanteckning"),
  note("hass_med", "Oscar Wallin", "2024-10-04T11:00:00", "2024-10-04T13:20:00", """
## Epikris
Vårdtid 1/10–4/10 på kirurgavdelning 3.
## Vårdförlopp
DT buk 1/10 visade förtjockad sigmoideumvägg med inflammatorisk fettvävsreaktion kring ett divertikel, ingen abscess och ingen fri gas. Behandlad med vätska och smärtlindring utan antibiotika enligt gällande PM. Feberfri från dag 2, CRP sjönk från 118 till 46. Äter normalt, avföring ua.
## Diagnoser
Akut okomplicerad divertikulit i colon sigmoideum (K57.3).
Hypertoni.
## Läkemedel vid utskrivning
Oförändrade. Alvedon vb.
## Information
Pat informerad om diagnosen och om att fiberrik kost rekommenderas. Koloskopi behövs inte då han undersöktes för 3 år sedan.
## Uppföljning
Ingen planerad uppföljning. Söker vid ny smärta och feber.
""", nid="n2", setting="slutenvård", template="Epikris")],
 [B], [("NL102", "n2"), ("NL101", "n2")],
 "Två anteckningar: akutens 'Misstänkt akut divertikulit' (n1) ska flaggas, epikrisens bekräftade diagnos (n2) inte.")

case("med-misstankt-lungembolie-typo-sedan-bekraftad", "vgr", "1976-11-22", "387",
 [note("skas_med", "Amanda Nord", "2024-06-08T22:15:00", "2024-06-08T23:40:00", """
## Kontaktorsak
Andfåddhet och bröstsmärta hö sida.
## Anamnes
47-årig kvinna som sedan 3 dagar har tilltagande andfåddhet och stickande smärta hö sida vid inandning. Flög hem från Thailand för 5 dagar sedan, 12 timmars flygning. Vä vad öm sedan flygresan. Ingen feber, ingen hosta.
## Tidigare sjukdomar
Frisk. P-piller sedan många år.
## Hereditet
Mor har haft DVT efter förlossning.
## Status
AT: Lätt dyspné. Puls 108. BT 124/80. AF 22. Sat 93 %. Temp 37,3.
Cor: Takykard, regelbunden. Pulm: ua.
Vä ben: Vadomfång 2 cm större än hö, öm.
## Lab
D-dimer 3,8. hs-TnT 14. NT-proBNP 180. Blodgas: pO2 9,1.
## EKG
Sinustakykardi 104.
## Bedömning
Misstänkt lungembolie, Wells 7,5. Inga tecken på hemodynamisk påverkan.
## Planering
Fragmin 200 E/kg sc ikväll. DT-angio lungartärer imorgon bitti. P-piller pausas.
""", setting="akutmottagning", template="Inskrivningsanteckning"),
  note("skas_med", "Amanda Nord", "2024-06-09T13:10:00", "2024-06-09T14:00:00", """
## Daganteckning
DT lungartärer: Bilaterala segmentella emboli i hö underlob och vä överlob, ingen högerkammarbelastning. Ultraljud vä ben: Trombos i v. poplitea och vadvener.
## Bedömning
Lungemboli bilateralt med samtidig DVT vä ben, provocerad av lång flygresa och östrogen. Lågrisk enligt sPESI.
## Åtgärd
Byte till Eliquis 10 mg x 2 i en vecka, därefter 5 mg x 2 i minst 3 månader. Hemgång idag.
## Information
Pat informerad om lungembolin, behandlingen och att p-piller med östrogen inte ska användas fortsättningsvis. Preventivmedelsrådgivning hos barnmorskemottagningen.
## Uppföljning
Återbesök medicinmottagningen om 3 månader.
""", nid="n2", setting="slutenvård", template="Daganteckning")],
 [B], [("NL102", "n2"), ("NL101", "n2")],
 "Typo 'lungembolie' i misstänkt diagnos på inskrivningen (n1); dagen efter bekräftad och informerad (n2).")

case("vc-pmo-misstankt-tia-till-melior-paroxysmalt-ff", "skane", "1951-03-19", "244",
 [note("vc_landskrona", "Nils Åström", "2024-09-09T09:40:00", "2024-09-09T10:10:00", """
## Kontaktorsak
Övergående talsvårigheter igår.
## Aktuellt
73-årig man som igår eftermiddag under 15 minuter inte fick fram orden och tappade kaffekoppen med hö hand. Helt återställd efter en kvart. Ingen huvudvärk.
## Tidigare sjukdomar
Hypertoni. Hyperlipidemi.
## Läkemedel
Amlodipin 5 mg, Simvastatin 20 mg.
## Status
Neurologiskt helt ua. BT 162/92. Puls 84, oregelbunden vid palpation.
## Bedömning
Misstänkt TIA. ABCD2 5 poäng.
## Åtgärd
Ringt neurologjouren i Helsingborg, pat åker direkt till TIA-mottagningen. Trombyl 160 mg given.
""", system="PMO", template="Telefon/besök"),
  note("sus_neuro", "Lovisa Kjellberg", "2024-09-09T14:30:00", "2024-09-09T16:45:00", """
## Kontaktorsak
TIA-mottagning, remiss från VC Landskrona.
## Anamnes
Enligt VC-anteckning 15 minuters afasi och svaghet i hö hand igår. Hjärtklappning i perioder sista året.
## Status
Neurologiskt: Inga bortfall, NIHSS 0. Cor: Arytmisk, frekvens 88.
## Röntgen
DT hjärna och DT-angio: Ingen infarkt, ingen stenos i karotiderna.
## EKG
Förmaksflimmer, kammarfrekvens 86.
## Bedömning
TIA med övergående afasi och hö armpares, trol. kardioembolisk genes vid nyupptäckt förmaksflimmer. CHA2DS2-VASc 4.
## Planering
Start Eliquis 5 mg x 2 idag, Trombyl sätts ut. Metoprolol 25 mg. Körförbud en månad enligt föreskrift, pat informerad. Återbesök neurologmottagningen om 3 månader.
""", nid="n2", template="Mottagningsanteckning")],
 [("NL102", "n2")], [B, ("NL101", "n2")],
 "PMO-remiss med 'Misstänkt TIA' (n1) ska inte ge NL102; Melior-anteckningen (n2) har 'trol. kardioembolisk genes' som synlig hypotes.")

case("onk-pankreascancer-ej-informerad-sedan-informerad", "vgr", "1957-10-30", "459",
 [note("su_onk", "Mattias Ek", "2024-02-22T16:20:00", "2024-02-22T16:50:00", """
## Kontaktorsak
PAD efter EUS-biopsi.
## Aktuellt
66-årig kvinna utredd för smärtfri ikterus i januari. DT visade 3 cm tumör i pankreashuvudet med kontakt med v. mesenterica superior under 180 grader. ERCP med metallstent. EUS-biopsi 15/2.
## PAD
Duktalt adenocarcinom av pankreatobiliär typ.
## Bedömning
Pankreascancer i caput, borderline resektabel. Neoadjuvant kemoterapi med FOLFIRINOX följt av ny bedömning för Whipples operation.
## Information
Patienten har inte fått PAD-svaret ännu. Hon och sonen kommer imorgon kl 10.
## Planering
Port-a-cath beställs. Dietist. Blodprover inkl. CA 19-9 tas imorgon.
""", template="Mottagningsanteckning"),
  note("su_onk", "Mattias Ek", "2024-02-23T10:00:00", "2024-02-23T11:30:00", """
## Kontaktorsak
Besked och behandlingsplanering.
## Anamnes
Pat kommer med sonen. Ikterus har gått tillbaka efter stentningen. Aptiten sämre, ner 5 kg sedan jul. Ingen smärta.
## Tidigare sjukdomar
Hypotyreos. Förmaksflimmer, Eliquis. Tonsillektomi i barndomen.
## Hereditet
Far dog i magsäckscancer vid 70 års ålder.
## Socialt
Änka sedan 2020, bor i villa i Partille. Sonen bor nära och hjälper till.
## Status
AT: Gott, lätt ikterisk i sklera. ECOG 1. Buk: Mjuk, oöm.
## Lab
Bilirubin 32 (sjunkande). CA 19-9 410. Krea 66. Hb 118.
## Information
Pat och son informerade om att vävnadsprovet visar pankreascancer, om planerad cytostatikabehandling och chansen till operation efteråt. Pat tog beskedet lugnt, mycket frågor från sonen som besvarades. Kontaktsjuksköterska närvarade.
## Planering
Start FOLFIRINOX 4/3 efter inläggning av port-a-cath. Kreon till måltider. Utvärdering med DT efter 4 kurer.
""", nid="n2", template="Mottagningsanteckning")],
 [A], [B, ("NL101", "n2"), ("NL102", "n2")],
 "Samma diagnos: n1 säger att pat inte fått PAD-svaret (NL101), n2 dokumenterar beskedet (ingen NL101).")

case("med-epikris-pneumoni-hereditet-hedgad-ren", "skane", "1943-12-16", "186",
 [note("ang_med", "Åsa Rydberg", "2024-01-12T13:00:00", "2024-01-12T14:30:00", """
## Epikris
Vårdtid 7/1–12/1, medicinavdelning 2.
## Orsak till vård
Feber, hosta och förvirring.
## Vårdförlopp
80-årig kvinna som inkom med 3 dagars feber, hosta och nytillkommen förvirring. Rtg pulm visade infiltrat i vä underlob, CRP 186. CURB-65 3 p. Behandlades med Bensylpenicillin iv, byte till Amoxicillin peroralt dag 4. Pneumokockantigen i urin positivt. Förvirringen gick över dag 2. Mobiliserad med fysioterapeut, går med rollator som tidigare. Lätt försämrad njurfunktion vid ankomst, normaliserad efter vätska.
## Diagnoser
Pneumokockpneumoni vä underlob (J13.9).
Akut njurskada, prerenal, återställd.
## Tidigare sjukdomar
Hypertoni. Diabetes typ 2. Osteoporos med kotfraktur 2021. Bröstcancer 2008, färdigbehandlad.
## Hereditet
Mor blev glömsk mot slutet av livet, möjligen demens. Syster har diabetes.
## Socialt
Änka, bor i egen lägenhet i Ängelholm med hemtjänst morgon och kväll.
## Läkemedel vid utskrivning
Amoxicillin 750 mg x 3 t.o.m. 14/1. Metformin återinsatt 1 g x 2. Losartan 50 mg. Alendronat 70 mg/vecka. Calcichew-D3.
## Information
Pat och dottern informerade om lunginflammationen och vikten av att dricka ordentligt.
## Uppföljning
Kontroll av CRP och krea på VC om 1 vecka. Rtg pulm om 6–8 veckor för att säkerställa regress. Pneumokockvaccin rekommenderas.
""", setting="slutenvård", template="Epikris")],
 [], [A, B],
 "Epikris med bekräftade diagnoser; enda hedge gäller moderns demens i hereditet, inte patientens diagnos – ingen NL102.")

case("gastro-trolgi-alkoholorsakad-cirros-typo", "vgr", "1969-07-08", "612",
 [note("su_gastro", "Björn Lilja", "2024-05-23T14:15:00", None, """
## Kontaktorsak
Utredning av leverpåverkan och trombocytopeni.
## Anamnes
54-årig man, remiss från VC pga förhöjda leverprover och låga trombocyter. Dricker enligt egen uppgift 4–5 starköl per dag sedan 15 år, mer på helger. Trött. Har märkt att magen blivit större. Inga blodkräkningar, ingen svart avföring.
## Tidigare sjukdomar
Hypertoni. Diskbråck 2015.
## Hereditet
Far dog i levercirros.
## Socialt
Frånskild, bor ensam. Arbetar som byggnadsarbetare. Röker 20 cig/dag.
## Läkemedel
Amlodipin 5 mg.
## Status
AT: Gott. Sklerae lätt ikteriska. Spider naevi på bröstet. Palmarerytem.
Buk: Lätt utspänd, ingen tydlig ascites. Lever palpabel 2 cm under arcus, fast. Mjälten palpabel.
## Lab
Trc 94. PK 1,4. Albumin 30. Bilirubin 38. ASAT 2,4, ALAT 1,1, GT 6,8. PEth 1,8. Hepatit B och C negativa. Ferritin 480, transferrinmättnad 38 %.
## Ultraljud
Lever med ojämn kontur och grov ekostruktur, splenomegali 15 cm, liten mängd ascites.
## Fibroscan
Leverstelhet 38 kPa.
## Bedömning
Levercirros Child-Pugh B, trolgi alkoholorsakad. Virushepatit utesluten.
## Planering
Gastroskopi för varicescreening. Motiverande samtal om alkoholstopp, remiss beroendemottagningen, pat positiv. Ultraljud var 6:e månad för HCC-övervakning. Tiamin.
""")],
 [B], [A],
 "Osignerat utkast med typo 'trolgi' (trolig) som hedgar genesen till levercirros; hepatit utesluten.")

case("ogon-barn-amblyopi-trolig-anisometropi", "skane", "2018-05-05", "257",
 [note("sus_ogon", "Ebba Sjöstrand", "2024-04-22T09:00:00", "2024-04-22T10:15:00", """
## Kontaktorsak
Remiss från BVC efter synundersökning vid 4 års ålder: nedsatt syn vä öga.
## Anamnes
5-årig flicka som inte klagar på synen. Föräldrarna har inte märkt att hon skelar. Ingen tidigare ögonkontakt. Född fullgången, normal utveckling.
## Hereditet
Pappa hade lappbehandling som barn. Mamma närsynt.
## Status
Visus (Lea-tavla) utan korrektion: Hö 0,8, vä 0,3.
Cover test: Ingen manifest skelning nära eller avstånd.
Ögonmotorik: Fri.
Pupiller: Normala reaktioner, ingen RAPD.
Främre segment: ua.
Cykloplegisk refraktion: Hö +1,0 sfär. Vä +4,25 sfär -1,0 cyl x 180.
Fundus: Papiller och makula ua bilat.
## Bedömning
Amblyopi vä öga, trolig orsak anisometropi med hyperopi på vänster sida.
## Åtgärd
Glasögonrecept utfärdat med full korrektion.
## Planering
Åter till ortoptist om 8 veckor med glasögon. Om visus vä inte förbättras startas ocklusionsbehandling av hö öga 2 timmar per dag. Föräldrarna informerade om vikten av att glasögonen används hela dagen.
""", template="Mottagningsanteckning")],
 [B], [A],
 "Barn under 13: 'trolig orsak anisometropi' hedgar genesen i synlig ögonanteckning (Skåne Melior).")

case("barn-trol-funktionell-buksmarta-celiaki-uteslutet", "vgr", "2013-03-18", "506",
 [note("nu_barn", "Sara Hellström", "2024-01-15T14:00:00", "2024-01-15T15:00:00", """
## Kontaktorsak
Återkommande buksmärtor.
## Anamnes
10-årig pojke med buksmärtor runt naveln flera gånger i veckan sedan i höstas, varar någon timme. Oftast på morgonen före skolan. Vaknar inte av smärtan. Normal avföring, ingen blod. Ingen viktnedgång, ingen feber. Äter bra. Har bytt skola i augusti och trivs inte riktigt.
## Tidigare sjukdomar
Frisk. Öroninflammationer som liten.
## Hereditet
Mamma har IBS. Morfar har ulcerös kolit.
## Socialt
Bor med mamma och lillasyster i Uddevalla, varannan helg hos pappa. Går i 4:an.
## Status
Vikt och längd följer kurvan (+0,5 SD). AT: Pigg.
Buk: Mjuk, oöm, inga resistenser. Tarmljud normala.
Perianalt: ua.
## Lab
Hb 131, CRP <1, SR 4. Transglutaminas-IgA negativt, total-IgA normal. F-kalprotektin 18. Leverstatus ua. U-sticka neg.
## Bedömning
Återkommande buksmärta utan alarmsymtom, normala prover. Celiaki uteslutet och inga tecken på inflammatorisk tarmsjukdom. Trol. funktionell buksmärta, sannolikt med inslag av stress kopplat till skolbytet.
## Planering
Information till pojken och mamman om hur magen kan reagera på oro. Kontakt med skolsköterskan i samråd med mamman. Regelbundna måltider. Uppföljning hos barnsjuksköterska om 2 månader, läkare vb.
""", template="Mottagningsanteckning")],
 [B], [A],
 "Barn under 13: celiaki uteslutet, men 'Trol. funktionell buksmärta' i synlig barnanteckning (VGR).")

case("ort-kotkompression-malignitet-ej-uteslutet-ej-framfort", "skane", "1950-04-11", "392",
 [note("trell_ort", "Jonas Mellberg", "2024-03-12T11:15:00", "2024-03-12T12:30:00", """
## Kontaktorsak
Ryggvärk sedan 6 veckor.
## Anamnes
73-årig man med smärta mitt i ryggen sedan 6 veckor, inget trauma. Värst nattetid, väcker honom. Viktnedgång 6 kg sedan nyår, aptitlös. Ingen feber. Inga domningar, normal blås- och tarmfunktion.
## Tidigare sjukdomar
Prostatacancer 2016, strålbehandlad, PSA senast 2022 omätbart.
KOL.
Hypertoni.
## Hereditet
Bror lungcancer.
## Socialt
Gift, pensionerad lantbrukare. Exrökare.
## Läkemedel
Bisoprolol 5 mg, Anoro Ellipta, Alvedon vb.
## Status
Rygg: Knackömhet över Th12-L1. Ingen felställning.
Neurologiskt: Kraft, sensibilitet och reflexer i benen ua. Babinski neg. Perianal sensibilitet ua.
## Röntgen
Rtg ländrygg: 40 % kompression av L1, ingen kompression av övriga kotor. Ospecifik osteopeni.
## Lab
SR 68. ALP 4,2. Ca 2,62. Hb 116. PSA tas idag.
## Bedömning
Kotkompression L1 utan trauma. Med tanke på tidigare prostatacancer, nattlig smärta, viktnedgång och förhöjt ALP kan skelettmetastas inte uteslutas.
## Information
Har inte tagit upp misstanken om metastas med pat ännu, vill ha svar på MR och PSA innan vi pratar om det. Pat vet att vi gör fler undersökningar av ryggen.
## Planering
MR hela ryggen akut inom en vecka. PSA, elfores. Smärtlindring med Oxycontin 5 mg x 2. Stödkorsett.
""", template="Mottagningsanteckning")],
 [A, B], [],
 "'skelettmetastas inte uteslutas' i synlig text och misstanken ännu inte framförd till patienten.")

case("inf-misstankt-nueroborrelios-typo", "vgr", "1965-08-26", "135",
 [note("su_inf", "Kristina Olofsson", "2024-09-12T11:20:00", "2024-09-12T13:00:00", """
## Kontaktorsak
Facialispares och nattlig ryggvärk.
## Anamnes
59-årig kvinna från Öckerö som för 10 dagar sedan fick hängande mungipa vä, sedan 3 veckor svår brännande smärta i ryggen och ut i bröstkorgen, värst nattetid. Fästingbett i juli, minns inte rodnad. Trött. Ingen feber.
## Tidigare sjukdomar
Hypotyreos. Laktosintolerans.
## Hereditet
Inga kända neurologiska sjukdomar.
## Socialt
Gift, trädgårdsmästare. Mycket utomhus.
## Läkemedel
Levaxin 75 mikrog. Alvedon och Ipren utan effekt på smärtan.
## Status
AT: Opåverkad. Temp 37,2.
Neurologiskt: Perifer facialispares vä, kan inte stänga ögat helt. Övriga kranialnerver ua. Radikulär hyperestesi Th6–Th8 bilat. Kraft och reflexer i extremiteterna ua. Ingen nackstelhet.
Hud: Inga utslag.
## Lab
CRP 6. Borreliaserologi IgG positiv. HSV/VZV ej aktuellt.
## Bedömning
Perifer facialispares och radikulit med nattlig smärta efter fästingexponering. Misstänkt nueroborrelios (Bannwarths syndrom).
## Planering
Lumbalpunktion idag med celler, protein, borreliaantikroppsindex och CXCL13. Doxycyklin 200 mg x 1 i 14 dagar startas efter LP. Ögonskydd och Viscotears vä öga. Återbesök 2 veckor.
""", template="Mottagningsanteckning")],
 [B], [A],
 "Typo 'nueroborrelios' i en misstänkt diagnos i synlig infektionsanteckning.")

case("uro-blastumor-turb-misstankt-muskelinvasiv", "skane", "1949-09-01", "575",
 [note("sus_uro", "Tobias Lindell", "2024-10-22T12:30:00", "2024-10-22T13:40:00", """
## Kontaktorsak
Operationsanteckning och läkaranteckning efter TUR-B.
## Aktuellt
75-årig man utredd för makroskopisk hematuri. Cystoskopi på mottagningen visade tumör på blåsans vä sidovägg. Idag TUR-B i spinalanestesi.
## Tidigare sjukdomar
Hypertoni. Kranskärlssjukdom, CABG 2012. Typ 2-diabetes.
## Socialt
Gift. Rökt 40 år, slutade 2012.
## Läkemedel
Trombyl 75 mg (ej utsatt), Metoprolol 50 mg, Metformin 500 mg x 2, Atorvastatin 40 mg.
## Operationsfynd
3,5 cm solid, bredbasig tumör på vä sidovägg ovanför uretärmynningen, som inte är påverkad. Hyvlad i fragment ner i muskulatur, separat biopsi från tumörbotten. Slemhinnan i övrigt ua, inga satellittumörer. Bimanuell palpation efter resektion: ingen kvarstående resistens.
## Bedömning
Blåstumör vä sidovägg, makroskopiskt misstänkt muskelinvasiv. Radikal TUR-B bedöms utförd.
## Information
Pat informerad efteråt om att tumören hyvlats bort och att vävnadsprov skickats.
## Planering
KAD med spolning över natten, avvecklas imorgon. DT thorax-buk och DT urografi beställda. Tas upp på uroonkologisk MDK när PAD finns. Återbesök om 3 veckor.
""", setting="slutenvård", template="Operationsanteckning")],
 [B], [A],
 "'makroskopiskt misstänkt muskelinvasiv' blåstumör i synlig anteckning; pat informerad om ingreppet, inget 'ej informerad'.")

case("beroende-alkoholberoende-wernicke-kan-ej-uteslutas", "vgr", "1971-01-05", "864",
 [note("su_beroende", "Mona Axelsson", "2024-07-29T15:10:00", "2024-07-29T16:45:00", """
## Kontaktorsak
Abstinensbehandling, inskrivning.
## Anamnes
53-årig man med alkoholberoende sedan 20 år, dricker dagligen ca 1 flaska vodka sedan flera månader. Senaste intag igår kväll. Äter mycket dåligt, ner 10 kg i vår. Enligt systern har han senaste veckan varit förvirrad och ostadig när han går.
## Tidigare sjukdomar
Alkoholberoende, tidigare avgiftning 2019 och 2022.
Abstinensepilepsi 2019.
Alkoholorsakad pankreatit 2021.
## Hereditet
Far alkoholberoende.
## Socialt
Ensamstående, sjukskriven, bor i hyreslägenhet. Kontakt med socialtjänsten.
## Läkemedel
Inga regelbundna.
## Status
AT: Svettig, tremor i händerna. Puls 112. BT 158/98. Temp 37,6.
Psykiskt: Orienterad till person men inte till tid. Ouppmärksam. Inga hallucinationer.
Neurologiskt: Horisontell nystagmus vid blick åt sidorna. Bredspårig, ataktisk gång. Finger-näs med lätt ataxi bilat.
CIWA-Ar 16.
## Lab
ASAT 3,8, ALAT 1,4, GT 9,2. MCV 104. Na 132, K 3,1, Mg 0,58, fosfat 0,6. Etanol 0,3 promille.
## Bedömning
Alkoholabstinens, måttlig. Med förvirring, ataxi och nystagmus kan Wernickes encefalopati inte uteslutas.
## Planering
Tiamin 500 mg x 3 iv i 3 dagar innan glukos. Oxascand enligt CIWA-schema. Kalium, magnesium och fosfat substitueras. Neurologisk kontroll dagligen. MR hjärna om kvarstående symtom.
""", setting="slutenvård", template="Inskrivningsanteckning")],
 [B], [A],
 "Bekräftat alkoholberoende och abstinens; 'Wernickes encefalopati inte uteslutas' i synlig inskrivning.")

case("geri-demens-diagnos-ej-meddelad-typo-ff", "skane", "1937-07-22", "418",
 [note("ystad_geri", "Ingela Hammar", "2024-12-10T13:30:00", "2024-12-10T15:00:00", """
## Kontaktorsak
Avslutande läkarbesök i basal demensutredning.
## Aktuellt
87-årig kvinna, utredning påbörjad i oktober efter att hemtjänsten rapporterat att hon glömmer måltider och medicin. Genomgått minnestest, DT och blodprover.
## Tidigare sjukdomar
Förmaksflimmmer, Eliquis.
HFpEF sedan 2021.
Kronisk njursvikt stadium 3a.
Höftfraktur hö 2020.
## Hereditet
Syster hade Alzheimer. Far dog i stroke.
## Socialt
Änka, bor ensam i lägenhet, hemtjänst 3 gånger dagligen, matlåda. Två söner.
## Läkemedel
Eliquis 2,5 mg x 2, Bisoprolol 2,5 mg, Furix 20 mg, dosett via hemtjänsten.
## Status
MMSE-SR 19/30. Klocktest 2/6. Orienterad till person, inte till datum eller plats. Neurologiskt: inga fokala bortfall.
## Röntgen
DT hjärna: Generell atrofi, uttalad hippocampusatrofi bilat, måttliga vitsubstansförändringar.
## Lab
B12, folat, TSH, Ca, glukos och Na normala.
## Bedömning
Alzheimers sjukdom med sen debut, blandbild med vaskulära förändringar. Uppfyller kriterierna för demens av måttlig grad.
## Information
Demensdiagnosen har ännu inte meddelats patienten. Sönerna önskar vara med och samtal bokas i januari när båda kan komma.
## Planering
Donepezil 5 mg startas efter samtalet. Demenssjuksköterska kopplas in. Biståndshandläggare angående utökad hemtjänst.
""")],
 [A], [B],
 "Typo 'Förmaksflimmmer'. Fastställd Alzheimerdiagnos som uttryckligen inte meddelats patienten: NL101; inga hedgar.")

case("reuma-misstankt-sle-pat-ej-informerad", "vgr", "1992-12-24", "276",
 [note("su_reuma", "Nora Engström", "2024-03-07T13:20:00", None, """
## Kontaktorsak
Nybesök, ledvärk och utslag.
## Anamnes
31-årig kvinna med ledvärk i händer och handleder sedan 4 månader, stelhet på morgonen 30 minuter. Utslag på kinderna efter solexponering i somras. Munsår. Håravfall. Trött, subfebril ibland. Två missfall 2021 och 2023.
## Tidigare sjukdomar
Raynauds fenomen sedan tonåren.
Migrän.
## Hereditet
Mormor hade reumatoid artrit. Syster har hypotyreos.
## Socialt
Gift, arbetar som ekonomiassistent. Röker inte.
## Läkemedel
P-piller, Sumatriptan vb.
## Status
Hud: Lätt fjällande erytem över kinder och näsrygg. Aftösa sår i gommen.
Leder: Synovit MCP 2–3 bilat och hö handled.
Cor/pulm: ua.
## Lab
ANA positiv 1:1280, homogent mönster. Anti-dsDNA inväntas. C3 0,62, C4 0,08. Hb 108, LPK 3,1, Trc 134. U-sticka: protein 1+, ery 2+. SR 48, CRP 4. Kardiolipinantikroppar och lupusantikoagulans tagna.
## Bedömning
Polyartrit, fotosensitivt utslag, munsår, cytopenier och låga komplement med starkt positiv ANA. Misstänkt SLE med möjlig njurpåverkan, ev. antifosfolipidsyndrom med tanke på missfallen.
## Information
Pat har inte informerats om SLE-misstanken ännu, vill invänta antikroppssvaren innan diagnosen diskuteras.
## Planering
U-albumin/krea och U-sediment. Plaquenil startas när anti-dsDNA finns. Återbesök om 10 dagar.
""")],
 [A, B], [],
 "Osignerat utkast: 'Misstänkt SLE' och 'ev. antifosfolipidsyndrom' i synlig text, pat ej informerad om misstanken.")

case("akut-dvt-bekraftad-malignitet-kan-ej-uteslutas", "skane", "1960-11-13", "734",
 [note("sus_akut_lund", "Filip Hedin", "2024-05-03T15:00:00", "2024-05-03T16:35:00", """
## Kontaktorsak
Svullet hö ben.
## Aktuellt
63-årig man med svullnad och värk i hö vad sedan 5 dagar. Ingen nylig operation, inget gips, inga långresor. Sämre aptit och nattsvettningar senaste månaden, tror han gått ner några kilo. Ingen andfåddhet, ingen bröstsmärta, ingen hosta.
## Tidigare sjukdomar
Hypertoni.
Ljumskbråck hö, opererat 2019.
## Hereditet
Ingen känd trombossjukdom.
## Socialt
Gift, arbetar som lärare. Röker 10 cig/dag.
## Läkemedel
Losartan 50 mg.
## Status
AT: Opåverkad. Puls 78. BT 138/84. Sat 98 %. AF 14.
Hö ben: Pittingödem till knät, vadomfång 3 cm större än vä, ömhet längs djupa vener.
Cor/pulm: ua.
Lgl: Inga förstorade körtlar palperas.
## Lab
D-dimer 2,6. Hb 128. Trc 410. CRP 18. Krea 74. PK 1,0.
## Ultraljud
Trombos i v. femoralis och v. poplitea hö, ej komprimerbara.
## Bedömning
Proximal DVT hö ben. Ingen misstanke om lungemboli kliniskt. Oprovocerad trombos hos rökare med B-symtom, bakomliggande malignitet kan inte uteslutas.
## Planering
Eliquis 10 mg x 2 i 7 dagar, därefter 5 mg x 2 i minst 3 månader. Kompressionsstrumpa när svullnaden lagt sig. Remiss till VC/medicinmottagning för riktad malignitetsutredning (DT thorax-buk, PSA). Rökstopp.
""", setting="akutmottagning", template="Akutanteckning")],
 [B], [A],
 "Bekräftad DVT och negerad lungemboli, men 'bakomliggande malignitet kan inte uteslutas' i synlig text.")

case("onh-misstankt-larynxcancer-ej-informerad-i-fel-sokord", "vgr", "1954-05-20", "380",
 [note("nu_onh", "Gustaf Ivarsson", "2024-10-29T10:30:00", "2024-10-29T11:45:00", """
## Kontaktorsak
Heshet sedan 3 månader.
## Anamnes
70-årig man med heshet sedan augusti, tilltagande. Ingen sväljningssmärta, ingen andnöd. Hosta på morgonen. Ingen viktnedgång.
## Tidigare sjukdomar
KOL. Hypertoni. Gastroesofageal reflux.
## Hereditet
Inga kända cancersjukdomar.
## Socialt
Gift, pensionerad busschaufför. Röker 20 cigaretter/dag sedan 50 år. Alkohol ca 2 glas vin/dag.
## Läkemedel
Spiriva, Enalapril 10 mg, Omeprazol 20 mg.
## Status
Munhåla och svalg: ua.
Hals: Inga palpabla körtlar.
Laryngoskopi (fiberoptisk): Ojämn, vitaktig exofytisk förändring på hö stämband som går över främre kommissuren. Nedsatt rörlighet hö stämband. Vä stämband ua. Fri luftväg.
## Bedömning
Förändring hö stämband med nedsatt rörlighet hos storrökare, misstänkt larynxcancer.
## Planering
Mikrolaryngoskopi med biopsi i narkos 5/11. DT hals-thorax före. Rökstopp, remiss till rökavvänjning.
## Tidiga hypoteser
Pat ej informerad om cancermisstanken, han vet bara att det sitter en förändring på stämbandet som ska provtas.
""")],
 [B], [],
 "VGR: 'misstänkt larynxcancer' står i synlig Bedömning (NL102) trots att 'ej informerad' lagts under Tidiga hypoteser; NL101 ej asserterad (påståendet om information är filtrerat).")


# ---------------------------------------------------------------- validation and output
CODES = {"NL101", "NL102"}
KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser"}


def in_2024(ts):
    return ts is not None and ts.startswith("2024-")


def age_on(born, day):
    b = datetime.date.fromisoformat(born)
    d = datetime.date.fromisoformat(day[:10])
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def split_sentences(text):
    out = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line.strip()):
            s = s.strip()
            if s:
                out.append(s)
    return out


def validate(cases):
    problems = []
    seen_names = set()
    seen_sent = {}
    for c in cases:
        name = c["case"]
        p = lambda msg: problems.append(f"{name}: {msg}")
        if set(c) != KEYS:
            p(f"keys {sorted(c)}")
        if name in seen_names:
            p("duplicate case name")
        seen_names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            p("bad ruleset")
        rec = c["record"]
        pat = rec["patient"]
        pid, born = pat["id"], pat["birth_date"]
        digits = pid.replace("-", "")
        if len(digits) != 12 or digits[:8] != born.replace("-", ""):
            p("personnummer does not match birth_date")
        elif luhn_digit(digits[2:11]) != digits[11]:
            p("personnummer fails Luhn")
        if not in_2024(rec["as_of"]):
            p("as_of not in 2024")
        age = age_on(born, rec["as_of"])
        if 13 <= age <= 15:
            p(f"patient aged {age} (13-15 not allowed)")
        ids = set()
        total = 0
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                p(f"note keys {sorted(n)}")
            if n["id"] in ids:
                p("duplicate note id")
            ids.add(n["id"])
            if not in_2024(n["time"]):
                p(f"{n['id']} time not in 2024")
            if n["signed"] is not None and (not in_2024(n["signed"]) or n["signed"] < n["time"]):
                p(f"{n['id']} bad signed time")
            if (n["signed"] or n["time"]) > rec["as_of"]:
                p(f"{n['id']} after as_of")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                p("VGR notes must be Melior")
            if n["system"] not in ("Melior", "PMO"):
                p("unknown system")
            if not n["sections"]:
                p(f"{n['id']} has no sections")
            for s in n["sections"]:
                if not s["keyword"] or not s["text"]:
                    p(f"{n['id']} empty section {s['keyword']!r}")
                total += len(s["text"])
                for sent in split_sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            p(f"sentence reused (also in {seen_sent[sent]}): {sent[:60]}")
                        seen_sent.setdefault(sent, name)
        if not 800 <= total <= 3000:
            p(f"record text length {total} outside 800-3000")
        if not c["must"] and not c["must_not"]:
            p("asserts nothing")
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(pairs) != len(set(pairs)):
            p("same code/target twice or in both must and must_not")
        for code, target in pairs:
            if code not in CODES:
                p(f"unexpected code {code}")
            if target not in ids:
                p(f"target {target} does not exist")
        notes = {n["id"]: n for n in rec["notes"]}
        for code, target in c["must"]:
            n = notes.get(target)
            if n is None:
                continue
            if n["system"] == "PMO":
                p(f"{code} must on a PMO note")
            if c["ruleset"] == "skane" and n["template"] in PROTECTED_TEMPLATES_SKANE:
                p(f"{code} must on a protected Skåne template")
        for code, target in c["must_not"]:
            n = notes.get(target)
            if n is not None and n["system"] == "PMO" and code == "NL101":
                p("NL101 is not asserted on PMO notes")
        if len(c["why"]) > 300 or "\n" in c["why"]:
            p("why should be one line")
    return problems


def main():
    problems = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print(f"{len(CASES)} cases -> {os.path.basename(OUT)}  rulesets {rs}")
    for key in sorted(counts):
        print(f"  {key[0]} {key[1]:8s} {counts[key]}")
    if problems:
        for pr in problems:
            print("PROBLEM", pr)
        sys.exit(1)
    print("valid")


if __name__ == "__main__":
    main()
