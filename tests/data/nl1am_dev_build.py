#!/usr/bin/env python3
"""Gold cases nl1am_dev_cases: NL101 seen broadly (is the PATIENT informed of a
diagnosis or a diagnosis-bearing finding?), plus some NL102 cases.

Dependency-free. Writes nl1am_dev_cases.jsonl beside this file and validates it; exits 1 on
any problem. Deterministic.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1am_dev_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Skåne
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4102"),
    "s_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3318"),
    "s_med_ystad": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-6120"),
    "s_gyn_hlm": ("Kvinnokliniken, Hässleholms sjukhus", "SE2321000255-5071"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2264"),
    "s_kir_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-1907"),
    "s_kir_csk": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-1933"),
    "s_kir_lund": ("Kirurgi HPB, Skånes universitetssjukhus Lund", "SE2321000255-1840"),
    "s_barnonk": ("Barnonkologiska avdelningen 84, Skånes universitetssjukhus Lund", "SE2321000255-7702"),
    "s_barnmed": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-7755"),
    "s_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8841"),
    "s_genetik": ("Klinisk genetik och patologi, Onkogenetiska mottagningen Lund", "SE2321000255-9013"),
    "s_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4480"),
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_hjarta": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3520"),
    "s_lunga": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3377"),
    "s_psyk": ("Psykosmottagningen, Vuxenpsykiatri Helsingborg", "SE2321000255-6604"),
    "s_onh": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2958"),
    "s_njur": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3145"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3001"),
    "s_geri": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-8120"),
    "s_endo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-1866"),
    "s_akut": ("Akutmottagningen, Lasarettet i Landskrona", "SE2321000255-0409"),
    "s_vc_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-F2014"),
    "s_vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-F2231"),
    "s_ogon": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-2711"),
    # Västra Götaland
    "v_onk_su": ("Jubileumskliniken, Onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012345"),
    "v_med_nal": ("Medicinmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000004411"),
    "v_orto_kung": ("Ortopedkliniken, Kungälvs sjukhus", "SE2321000131-E000000007788"),
    "v_uro_skovde": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000006123"),
    "v_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000009034"),
    "v_genetik": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000009402"),
    "v_diab": ("Diabetesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005560"),
    "v_hemat": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012601"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012955"),
    "v_kir_alings": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000003307"),
    "v_barn": ("Drottning Silvias barn- och ungdomssjukhus, avd 322", "SE2321000131-E000000011120"),
    "v_lunga": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012733"),
    "v_gyn_nal": ("Kvinnokliniken, NU-sjukvården NÄL", "SE2321000131-E000000004490"),
    "v_kard": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000012288"),
    "v_med_lidk": ("Medicinkliniken avd 12, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000006450"),
    "v_infek": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000012470"),
    "v_neurokir": ("Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013010"),
    "v_psyk": ("Psykiatrisk mottagning Angered, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000014455"),
    "v_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000007701"),
    "v_geri": ("Geriatriken, Skaraborgs Sjukhus Falköping", "SE2321000131-E000000006802"),
}

VGR_UNITS = {k for k in U if k.startswith("v_")}


def luhn_digit(s9):
    total = 0
    for i, ch in enumerate(s9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return f"{y}{m}{d}-{serial}{luhn_digit(y[2:] + m + d + serial)}"


CASES = []


def C(name, unit, birth, serial, time, sections, must=(), must_not=(), why="",
      system="Melior", template="Läkaranteckning", author=("", "läkare"),
      signed="+40", setting="öppenvård", as_of=None):
    ruleset = "vgr" if unit in VGR_UNITS else "skane"
    if signed is None:
        signed_v = None
    elif signed.startswith("+"):
        t = dt.datetime.fromisoformat(time) + dt.timedelta(minutes=int(signed[1:]))
        signed_v = t.isoformat()
    else:
        signed_v = signed
    if as_of is None:
        d = dt.date.fromisoformat(time[:10])
        as_of = (d.replace(day=1) + dt.timedelta(days=40)).replace(day=1)
        as_of = as_of.isoformat() + "T00:00:00"
        if not as_of.startswith("2024"):
            as_of = "2024-12-31T00:00:00"
    uname, hsa = U[unit]
    rec = {
        "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
        "as_of": as_of,
        "notes": [{
            "id": "n1", "system": system, "template": template,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": author[0], "role": author[1]},
            "time": time, "signed": signed_v, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": t} for k, t in sections],
        }],
        "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": ruleset, "record": rec,
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


N1, N2 = "NL101", "NL102"

# =====================================================================
# A. NL101 positives: diagnosis/finding visible, PATIENT not informed
# =====================================================================

C("onk-mdk-remittenten-tar-beskedet", "s_kir_hbg", "1951-09-14", "238",
  "2024-03-14T13:20:00",
  [("Konferens", "MDK kolorektal 14/3. DT thorax-buk: 5 cm tumör i colon ascendens, minst 6 levermetastaser bilobärt, inga lungmetastaser. Koloskopi-PAD: adenokarcinom."),
   ("Bedömning", "Koloncancer ascendens med levermetastasering, stadium IV. Ej resektabel primärt."),
   ("Planering", "Remiss onkologen för palliativ cytostatika. Remittenten (VC Påarp) tar beskedet enl. överenskommelse, pat vet ännu inget om svaret.")],
  must=[N1], why="colon cancer with liver metastases visible; telling delegated to the referring GP, patient knows nothing yet",
  author=("Henrik Lövgren", "läkare"))

C("uro-kontaktssk-ringer-pat-imorgon", "s_uro_malmo", "1956-02-03", "457",
  "2024-04-09T10:05:00",
  [("Provsvar", "PAD prostatabiopsier (12 st): adenokarcinom Gleason 4+3=7 (ISUP 3) i 6/12, max tumörlängd 9 mm."),
   ("Åtgärd", "Kontaktsjuksköterskan ringer pat i morgon och bokar besked-besök. Pat har inte fått svaret.")],
  must=[N1], why="prostate cancer from biopsy; the contact nurse will call, patient has not got the answer",
  author=("Jonas Wahlberg", "läkare"))

C("lunga-vantar-pa-dottern-innan-besked", "s_med_ystad", "1939-11-27", "062",
  "2024-02-20T15:40:00",
  [("Aktuellt", "84-årig kvinna inlagd för dyspné och viktnedgång 6 kg på 3 mån."),
   ("Röntgen", "DT thorax m kontrast: 3 cm spikulerad förändring hö överlob, förstorade lgll i station 4R och 7. Bild förenlig med lungcancer."),
   ("Bedömning", "Lungcancer hö överlob med mediastinal spridning, stadium minst IIIA. Remiss bronkoskopi."),
   ("Information", "Pat vill att dottern ska vara med när vi går igenom svaret. Besked ej lämnat – dottern kommer på torsdag.")],
  must=[N1], why="lung cancer visible; patient wants her daughter present so the news has not been given",
  setting="slutenvård", author=("Malin Ek", "underläkare"))

C("hepatit-c-vantar-pa-tolk", "v_med_nal", "1979-06-30", "771",
  "2024-05-07T09:30:00",
  [("Provsvar", "Anti-HCV pos, HCV-RNA 2,1 milj IE/ml, genotyp 3a. ALAT 1,8."),
   ("Bedömning", "Kronisk hepatit C, genotyp 3a. Fibroscan bokas."),
   ("Planering", "Pat talar dari, tolk ej tillgänglig idag. Ingen info given till pat om provsvaret ännu – ny tid med kontakttolk 19/5.")],
  must=[N1], why="chronic hepatitis C visible; no information given because no interpreter was available",
  author=("Sara Johansson", "läkare"))

C("gyn-pad-inkom-efter-besoket", "s_gyn_hlm", "1962-08-19", "304",
  "2024-03-28T16:10:00",
  [("Tillägg", "PAD från endometriebiopsin inkom efter besöket: endometrioid adenokarcinom, grad 1. Pat är ej underrättad. Ringer henne måndag och bokar läkarbesök + DT thorax-buk.")],
  must=[N1], signed=None, why="endometrial cancer from a pathology answer that arrived after the visit; patient not yet notified",
  author=("Karin Strand", "läkare"))

C("hud-melanom-besked-ges-pa-mottagningen", "s_hud_lund", "1968-12-02", "519",
  "2024-05-16T11:45:00",
  [("Anamnes", "Excision av pigmenterad lesion vä skuldra 2/5."),
   ("PAD", "Malignt melanom, superficiellt spridande, Breslow 1,8 mm, ulceration saknas, radikalt exciderat. pT2a."),
   ("Planering", "Besked ges på mottagningen 22/5, pat kallad. Pat har uttryckligen bett att inte få svar per telefon.")],
  must=[N1], why="melanoma pT2a visible; the news will be given at the clinic visit, not before",
  author=("Elin Håkansson", "läkare"))

C("onk-skelettmetastaser-ej-fore-mdk", "v_onk_su", "1958-04-11", "830",
  "2024-06-05T14:00:00",
  [("Undersökningar", "Skelettscint 4/6: patologiskt upptag i L2, L4, hö os ilium och revben bilat, förenligt med skelettmetastaser."),
   ("Bedömning", "Känd bröstcancer (opererad 2019). Nu skelettmetastaserad sjukdom."),
   ("Planering", "Ska inte tas upp med pat förrän efter MDK 14/6, då behandlingsförslag finns. Kontaktsjuksköterska Lena bokar besök.")],
  must=[N1], why="new skeletal metastases visible; deliberately not raised with the patient before the MDT conference",
  author=("Per Gustafsson", "läkare"))

C("orto-patologisk-fraktur-pat-vet-om-frakturen", "v_orto_kung", "1947-01-23", "145",
  "2024-02-12T20:15:00",
  [("Aktuellt", "Föll i hemmet efter att ha fått plötslig smärta i hö lår utan egentligt trauma."),
   ("Röntgen", "Tvärfraktur proximala femurdiafysen genom en osteolytisk förändring, patologisk fraktur."),
   ("Bedömning", "Patologisk femurfraktur hö. Märgspikning planeras. DT thorax-buk för att hitta primärtumör."),
   ("Information", "Pat vet om frakturen men har ännu inte fått veta att den är patologisk. Tas upp när DT är klar.")],
  must=[N1], why="pathological fracture: patient knows of a fracture but has not been told it is pathological",
  setting="slutenvård", author=("Amir Haddad", "ST-läkare"))

C("barnonk-all-foraldrar-ej-besked-an", "s_barnonk", "2017-10-08", "224",
  "2024-04-02T11:10:00",
  [("Provsvar", "Benmärgsaspiration: 86 % blaster, flödescytometri förenlig med prekursor-B-ALL."),
   ("Bedömning", "Akut lymfatisk leukemi, pre-B. Start enl ALLTogether efter MRD-provtagning."),
   ("Information", "Föräldrarna har ännu inte fått besked – samtal bokat kl 14 med båda föräldrarna, kurator och kontaktssk. Pojken själv ej informerad.")],
  must=[N1], why="ALL in a 6-year-old; neither the child nor the guardians who read the journal have been told",
  setting="slutenvård", author=("Ulrika Berg", "läkare"))

C("genetik-turner-16aring-foraldrar-informerade", "s_barnmed", "2007-05-29", "386",
  "2024-06-18T13:35:00",
  [("Provsvar", "Kromosomanalys: 45,X/46,XX (mosaik, 70 % 45,X)."),
   ("Bedömning", "Turners syndrom, mosaikform. Förklarar kortväxthet och primär amenorré."),
   ("Information", "Föräldrarna informerade per telefon på deras begäran. Pat (16 år) själv ännu inte informerad; föräldrarna vill vara med vid beskedet 25/6.")],
  must=[N1], why="Turner syndrome in a 16-year-old who reads her own journal; parents told, patient not",
  author=("Lars Nyström", "läkare"))

C("minne-alzheimer-meddelad-sonen-ej-pat", "v_minne", "1941-03-16", "908",
  "2024-09-02T10:20:00",
  [("Sammanfattning", "MMT 21/30, MR hjärna med mediotemporal atrofi (MTA 3), likvor: lågt Aβ42, förhöjt p-tau."),
   ("Bedömning", "Alzheimers sjukdom, mild demensgrad."),
   ("Information", "Diagnosen meddelad sonen per telefon. Pat själv har inte fått beskedet än, ges vid återbesöket 16/9 tillsammans med sonen.")],
  must=[N1], why="Alzheimer's disease told to the son only; the patient herself has not been told",
  author=("Birgitta Alm", "läkare"))

C("genetik-huntington-prediktiv-svar-personligen", "s_genetik", "1990-07-04", "653",
  "2024-10-01T08:50:00",
  [("Provsvar", "HTT: 17 resp. 42 CAG-repetitioner. Pat är anlagsbärare för Huntingtons sjukdom."),
   ("Planering", "Enl. rutin för prediktiv testning lämnas svaret personligen. Pat har inte fått veta resultatet; besök 8/10 med stödperson, psykolog närvarande.")],
  must=[N1], why="predictive Huntington result visible before the planned in-person disclosure",
  author=("Maria Lindqvist", "genetisk vägledare"))

C("uro-njurtumor-ej-nadd-per-telefon", "v_uro_skovde", "1955-12-21", "572",
  "2024-01-24T15:25:00",
  [("Röntgen", "DT urografi: 6 cm solid, kontrastuppladdande expansivitet i vä njure med inväxt i v. renalis."),
   ("Bedömning", "Njurcancer vä med tumörtromb i njurven."),
   ("Åtgärd", "Ringt pat två gånger utan svar. Pat inte informerad om svaret, försöker igen imorgon fm.")],
  must=[N1], why="renal tumour with venous invasion visible; patient could not be reached, so not informed",
  author=("Oskar Berglund", "läkare"))

C("hpb-nya-levermetastaser-pat-kanner-till-primartumoren", "s_kir_lund", "1960-09-09", "117",
  "2024-06-26T12:40:00",
  [("Anamnes", "Pankreascancer i caput, diagnos april (pat informerad då). Neoadjuvant FOLFIRINOX 4 cykler."),
   ("Röntgen", "Kontroll-DT: nytillkomna levermetastaser, minst fyra, största 14 mm."),
   ("Bedömning", "Progress med levermetastaser – ej längre aktuell för whipple."),
   ("Planering", "Pat är ännu inte informerad om spridningen till levern. Besked vid besök 2/7 med kontaktssk.")],
  must=[N1], why="patient knows the primary cancer but not the new liver metastases",
  author=("Johan Sjöberg", "läkare"))

C("brost-birads5-svar-ges-samlat", "s_brost", "1971-02-14", "240",
  "2024-03-06T09:15:00",
  [("Mammografi/UL", "Vä bröst kl 2: 18 mm stjärnformig förändring, BI-RADS 5. Axill ua. Mellannålsbiopsi x3."),
   ("Bedömning", "Bröstcancer vä högst sannolik, PAD inväntas."),
   ("Information", "Pat ej informerad om bilddiagnostiken – svaret ges samlat när PAD finns, tid 13/3.")],
  must=[N1], why="highly malignant-looking breast finding visible; patient not told the imaging result",
  author=("Annika Roos", "läkare"))

C("neuro-ms-kommer-att-informeras", "v_neuro", "1994-08-25", "413",
  "2024-02-27T16:00:00",
  [("Undersökningar", "MR hjärna + halsrygg: >9 periventrikulära, juxtakortikala och infratentoriella lesioner, två laddar kontrast. Likvor: IgG-index 0,9, oligoklonala band."),
   ("Bedömning", "Multipel skleros, skovvis förlöpande (McDonald 2017 uppfyllda)."),
   ("Planering", "Pat kommer att informeras om diagnosen vid neurologbesöket nästa vecka, MS-sköterska med.")],
  must=[N1], why="MS diagnosis visible; the patient will be informed only at next week's visit",
  author=("Fredrik Holm", "läkare"))

C("brost-dcis-typo-infomerad", "s_brost", "1966-06-06", "588",
  "2024-04-17T14:30:00",
  [("PAD", "Mellannålsbiopsi vä bröst: duktal cancer in situ, grad 3, ER pos."),
   ("Planering", "Pat ej infomerad om PAD-svaret ännu, MDK 19/4 först.")],
  must=[N1], signed=None, why="DCIS grade 3 visible; typo 'infomerad' in the not-informed cue",
  author=("Annika Roos", "läkare"))

C("onk-sonen-ber-oss-vanta", "v_onk_su", "1936-05-12", "286",
  "2024-07-11T11:00:00",
  [("Aktuellt", "Samtal med sonen som ringt in."),
   ("Bedömning", "Ventrikelcancer med peritoneal carcinos, palliativt skede."),
   ("Samtal", "Sonen ber oss att inte berätta för pat om cancern förrän familjen samlats. Pat har således ännu inte fått diagnosen. Förklarat att pat har rätt till information och att vi inte kan ljuga om hon frågar.")],
  must=[N1], why="gastric cancer visible; the family asked us to wait and the patient has not been given the diagnosis",
  author=("Per Gustafsson", "läkare"))

C("kard-hcm-pat-vet-annu-inte", "s_hjarta", "1988-10-19", "932",
  "2024-10-03T08:00:00",
  [("Bedömning", "Hjärt-MR: hypertrofisk kardiomyopati, septum 19 mm, ingen LVOT-obstruktion i vila. Pat vet ännu inte, besked vid besök 10/10.")],
  must=[N1], why="one-line note: hypertrophic cardiomyopathy visible, patient does not know yet",
  author=("Sofia Mattsson", "läkare"))

C("lunga-pleuracytologi-eftertext-utkast", "v_lunga", "1949-07-31", "354",
  "2024-08-20T17:05:00",
  [("Eftertext", "Cytologi pleuravätska: maligna celler, immunprofil förenlig med metastas från lungadenokarcinom (TTF-1 pos). Ej meddelat pat ännu – tas på ronden imorgon.")],
  must=[N1], why="unsigned draft: malignant pleural effusion from lung adenocarcinoma, not yet told to the patient",
  signed=None, setting="slutenvård", author=("Eva Nordin", "läkare"))

C("onk-beskedet-lamnas-av-ansvarig-onkolog", "s_onk_lund", "1963-03-03", "465",
  "2024-09-18T13:50:00",
  [("Aktuellt", "Jourbesök pga illamående under pågående cytostatika."),
   ("Röntgen", "DT buk pga buksmärta: nytillkomna peritoneala metastaser och ascites."),
   ("Bedömning", "Progress av ovarialcancer med peritoneal spridning. Illamåendet behandlas."),
   ("Planering", "Beskedet om progressen lämnas av ansvarig onkolog dr Lind på tisdag. Pat har inte fått del av DT-svaret av mig.")],
  must=[N1], why="progression visible; the on-call doctor leaves the news to the responsible oncologist",
  setting="slutenvård", author=("Niklas Kjellberg", "ST-läkare"))

C("hemat-mds-ej-delgiven", "v_hemat", "1944-12-12", "779",
  "2024-11-05T10:30:00",
  [("Provsvar", "Benmärg: 7 % blaster, dysplasi i två linjer, karyotyp del(5q)."),
   ("Bedömning", "Myelodysplastiskt syndrom, MDS-IB1. IPSS-R intermediär."),
   ("Planering", "Diagnosen ännu ej delgiven pat. Besök bokat 12/11.")],
  must=[N1], why="MDS visible; the diagnosis has not been communicated ('ej delgiven')",
  author=("Gunnar Ohlsson", "läkare"))

C("lymfom-tolk-tigrinja", "s_onk_lund", "1985-01-15", "213",
  "2024-02-08T14:45:00",
  [("Provsvar", "PAD lymfkörtel hals: diffust storcelligt B-cellslymfom, GCB-typ."),
   ("Bedömning", "DLBCL, stadieindelning med PET-DT."),
   ("Information", "Pat talar tigrinja. Besked via tolk planeras 12/2; pat har ej fått infomation om att biopsin visade lymfom.")],
  must=[N1], why="DLBCL visible; the patient needs an interpreter and has not been told (typo 'infomation')",
  author=("Hanna Virtanen", "läkare"))

C("neuro-glioblastom-besked-ej-givet-planering", "v_neurokir", "1959-08-08", "191",
  "2024-05-21T09:10:00",
  [("Operation", "Stereotaktisk biopsi vä temporallob 17/5, okomplicerat."),
   ("PAD", "Glioblastom, IDH-vildtyp, MGMT ometylerad."),
   ("Planering", "1. Besked ej givet ännu – bokas på neuroonkologen.\n2. Fortsatt Betapred 4 mg x1.\n3. Suturtagning VC dag 10.")],
  must=[N1], signed=None, why="glioblastoma visible; numbered plan line says the news has not been given",
  author=("Ali Rahimi", "läkare"))

C("neuro-hoggradigt-gliom-ska-inte-informeras-forran-rond", "s_neuro", "1972-04-02", "526",
  "2024-03-19T16:35:00",
  [("MR hjärna", "4 cm tumör i vä temporallob med ringformig kontrastuppladdning och omgivande ödem."),
   ("Bedömning", "Bild som vid höggradigt gliom."),
   ("Planering", "Pat ska inte informeras om fynden förrän neuroradiologisk rond tisdag. Betapred insatt mot ödemet.")],
  must=[N1], why="high-grade glioma picture visible; patient must not be informed before the radiology round",
  setting="slutenvård", author=("Fredrika Sandell", "läkare"))

C("lunga-recidiv-ssk-telefon", "s_lunga", "1952-11-30", "649",
  "2024-04-23T10:40:00",
  [("Telefon", "Pat ringer och undrar över svaret på DT från i fredags."),
   ("Bedömning", "Enl. läkaranteckning visar DT lokalt recidiv av lungcancer i hö hilus."),
   ("Åtgärd", "Svaret har inte lämnats till pat – dr Ek lämnar det vid besök 3/5. Pat informerad om att kallelse skickas.")],
  must=[N1], template="Sjuksköterskeanteckning",
  why="nurse note: recurrence visible, the answer has not been given; 'informerad' concerns only the appointment",
  author=("Linda Persson", "sjuksköterska"))

C("gyn-cervixcancer-tas-upp-pa-mdk", "v_gyn_nal", "1980-09-17", "037",
  "2024-06-12T15:15:00",
  [("PAD", "Konisering: skivepitelcancer, infiltrationsdjup 6 mm, ej radikal i kanalikulära kanten."),
   ("Bedömning", "Cervixcancer stadium IB1."),
   ("Planering", "Patienten är inte informerad. Tas upp på gyn-onk MDK 17/6, därefter besked på mottagningen.")],
  must=[N1], why="cervical cancer IB1 visible, patient explicitly not informed pending MDT",
  author=("Cecilia Bengtsson", "läkare"))

C("kir-koloskopi-remittenten-informerar", "v_kir_alings", "1950-10-10", "318",
  "2024-10-14T11:20:00",
  [("Svar till remittent", "Koloskopi 8/10: 4 cm exofytisk tumör i sigmoideum 25 cm ab ano. PAD: adenokarcinom. DT thorax-buk beställd."),
   ("Bedömning", "Sigmoideumcancer."),
   ("Information", "Enl. önskemål ansvarar remittenten för att informera pat, som ännu inte vet om PAD-svaret.")],
  must=[N1], why="sigmoid cancer visible; the referring doctor will inform the patient, who does not yet know",
  author=("Mats Ekström", "läkare"))

C("neuro-als-vill-ha-maken-med", "v_neuro", "1961-02-28", "595",
  "2024-03-12T14:10:00",
  [("Undersökningar", "ENeG/EMG: utbredd akut och kronisk denervation i bulbär, cervikal och lumbosakral region. Normala sensoriska svar."),
   ("Bedömning", "Amyotrofisk lateralskleros (Gold Coast-kriterier uppfyllda)."),
   ("Information", "Pat önskar att maken är med vid beskedet, varför vi inte berättat svaret. Ny tid fredag.")],
  must=[N1], why="ALS visible; patient wants her husband present so the result has not been told",
  author=("Fredrik Holm", "läkare"))

C("hematologi-hodgkin-typo-fat", "v_hemat", "1998-01-19", "476",
  "2024-01-30T13:00:00",
  [("PAD", "Lymfkörtel supraklavikulärt vä: klassiskt Hodgkins lymfom, nodulär skleros."),
   ("Planering", "Pat har ännu inte fåt besked, kallas till hematologen 2/2 med mamma.")],
  must=[N1], why="Hodgkin lymphoma visible; typo 'fåt' in 'inte fåt besked'",
  author=("Gunnar Ohlsson", "läkare"))

C("diabetes-typ2-tolk-somaliska", "v_med_lidk", "1974-04-04", "620",
  "2024-02-15T10:00:00",
  [("Lab", "HbA1c 78 mmol/mol, fP-glukos 11,4. Upprepat HbA1c 81."),
   ("Bedömning", "Nydebuterad diabetes mellitus typ 2."),
   ("Planering", "Tolk (somaliska) bokad till 12/3, först då besked och start av metformin. Pat ännu inte informerad om diagnosen.")],
  must=[N1], why="non-cancer diagnosis (type 2 diabetes) waiting for an interpreter before the patient is told",
  author=("Helena Lund", "läkare"))

C("barn-wilms-foraldrar-ej-informerade", "v_barn", "2020-03-21", "183",
  "2024-08-07T18:30:00",
  [("Aktuellt", "4-årig pojke med resistens i buken som mamma kände vid bad."),
   ("UL buk", "8 cm solid tumör utgående från vä njure, ingen tumörtromb."),
   ("Bedömning", "Njurtumör vä, bild som vid Wilms tumör."),
   ("Planering", "Föräldrarna ej informerade om fynden ännu – barnonkolog tar samtalet imorgon förmiddag. DT thorax.")],
  must=[N1], signed=None, why="Wilms tumour picture in a 4-year-old; the guardians have not been informed yet",
  setting="slutenvård", author=("Jenny Karlsson", "läkare"))

C("psyk-schizofreni-ej-kommunicerad", "s_psyk", "1999-09-05", "847",
  "2024-05-02T14:20:00",
  [("Bedömning", "Sammantaget uppfylls kriterierna för schizofreni, paranoid form (F20.0). Pat är fortsatt psykotisk med bristande sjukdomsinsikt."),
   ("Planering", "Diagnosen är ännu inte kommunicerad med pat, bedöms för tidigt i nuvarande tillstånd. Tas upp när han stabiliserats.")],
  must=[N1], why="schizophrenia visible; explicitly not yet communicated because the patient is still psychotic",
  author=("Tobias Engström", "läkare"))

C("ogon-koroidealmelanom-besked-pa-st-erik", "s_ogon", "1953-07-14", "372",
  "2024-09-10T09:25:00",
  [("Status", "Vä öga: pigmenterad prominerande tumör temporalt, 11 mm bas, 4 mm prominens, orange pigment, subretinal vätska."),
   ("Bedömning", "Koroidealt melanom vä öga."),
   ("Åtgärd", "Akutremiss S:t Eriks ögonsjukhus. Pat har ej fått veta diagnosen, besked ges där.")],
  must=[N1], why="choroidal melanoma visible; the news is left to the receiving eye hospital",
  author=("Sven Mårtensson", "läkare"))

C("onh-halsmetastas-pat-avbojde-telefonbesked", "s_onh", "1967-05-01", "265",
  "2024-11-19T15:55:00",
  [("Provsvar", "Finnålspunktion hö sida hals regio IIa: metastas av skivepitelcancer, p16 pos."),
   ("Bedömning", "Lymfkörtelmetastas, sannolik primärtumör i tonsill."),
   ("Planering", "Besked ej lämnat – pat avböjde telefonbesked och kommer tisdag med sambo. PET-DT bokad.")],
  must=[N1], why="neck metastasis of squamous cell carcinoma visible; the patient declined news by phone",
  author=("Anders Wikström", "läkare"))

C("njur-iga-nefropati-biopsisvar-ej-fatt", "s_njur", "1983-12-08", "704",
  "2024-12-03T13:15:00",
  [("PAD", "Njurbiopsi: IgA-nefropati, MEST-C M1 E0 S1 T1 C0, ca 40 % interstitiell fibros."),
   ("Bedömning", "IgA-nefropati med måttlig kronisk skada."),
   ("Planering", "Pat har ännu inte fått biopsisvaret. Besök 10/12, SGLT2-hämmare då.")],
  must=[N1], why="IgA nephropathy visible; patient has not received the biopsy answer",
  author=("Karin Widén", "läkare"))

C("endo-ventrikeltumor-sederad-ej-informerad", "s_endo", "1958-01-26", "156",
  "2024-05-28T11:40:00",
  [("Gastroskopi", "I propofolsedering. Ulcererande tumör i antrum mot pylorus, biopsier x8."),
   ("Bedömning", "Ventrikelcancer antrum."),
   ("Information", "Pat sederad under us, ej informerad efter undersökningen om fyndet. Läkarbesök bokas när PAD finns.")],
  must=[N1], why="gastric cancer seen at sedated endoscopy; the patient was not informed afterwards",
  author=("Robert Hansson", "läkare"))

C("minne-lewy-framfores-ej-utkast", "s_geri", "1937-09-18", "440",
  "2024-07-03T15:00:00",
  [("Sammanfattning", "Fluktuerande kognition, visuella hallucinationer, parkinsonism, DaT-scan patologisk."),
   ("Bedömning", "Lewy body-demens."),
   ("Information", "Diagnosen framförs inte till pat i nuläget pga konfusion under vårdtiden, dottern informerad. Åtrebesök minnesmott om 6 v.")],
  must=[N1], why="unsigned draft: Lewy body dementia visible, diagnosis deliberately not conveyed to the confused patient; typo 'Åtrebesök'",
  signed=None, setting="slutenvård", author=("Ewa Nilsson", "läkare"))

C("infek-tbc-pat-underratad-typo", "v_infek", "1991-04-27", "892",
  "2024-04-30T10:45:00",
  [("Provsvar", "Sputum PCR pos för M. tuberculosis-komplex, direktmikroskopi pos. Rifampicinresistens ej påvisad."),
   ("Bedömning", "Smittsam lungtuberkulos."),
   ("Åtgärd", "Pat ej underätad ännu, ring senast idag och kalla till inläggning på isoleringsrum. Smittskyddsanmälan görs.")],
  must=[N1], signed=None, why="infectious pulmonary TB visible; patient not yet notified, typo 'underätad'",
  author=("Johanna Lindberg", "läkare"))

# =====================================================================
# B. NL101 near misses: patient informed / not-informed is about
#    something else / protected
# =====================================================================

C("minne-blandform-pat-och-maka-informerade", "s_minne", "1940-06-02", "379",
  "2024-04-04T14:00:00",
  [("Diagnosbesked", "Blandform av Alzheimers sjukdom och vaskulär demens. Pat och maka informerade, pat förstår och accepterar. Frågor besvarade, kontakt med demenssjuksköterskan förmedlad.")],
  must_not=[N1], why="dementia diagnosis told to both patient and wife",
  author=("Olof Dahl", "läkare"))

C("genetik-lynch-syskonen-ej-informerade", "v_genetik", "1976-11-11", "028",
  "2024-05-14T09:40:00",
  [("Provsvar", "Patogen variant i MLH1, c.1731+1G>A."),
   ("Bedömning", "Lynchsyndrom bekräftat."),
   ("Information", "Pat informerad vid besöket idag. Hon vill själv berätta för sina syskon, dessa är ännu ej informerade. Släktbrev medgivet.")],
  must_not=[N1], why="Lynch syndrome told to the patient; only the siblings are not informed",
  author=("Maria Åberg", "genetisk vägledare"))

C("onk-ovarial-recidiv-barnen-ska-inte-veta", "s_onk_lund", "1965-02-19", "557",
  "2024-08-27T13:30:00",
  [("Bedömning", "Återfall av ovarialcancer med peritoneal carcinos."),
   ("Information", "Pat informerad om återfallet. Hon vill inte att barnen informeras ännu, respekteras.")],
  must_not=[N1], why="recurrence told to the patient; the wish concerns the children not being told",
  author=("Ingrid Falk", "läkare"))

C("diab-ny-tid-ogonbotten-ej-informerad", "v_diab", "1987-08-13", "681",
  "2024-03-25T10:10:00",
  [("Anamnes", "Diabetes mellitus typ 1 sedan 2009, insulinpump."),
   ("Bedömning", "HbA1c 58, något bättre. Inga hypoglykemier."),
   ("Planering", "Pat ej informerad om ny tid till ögonbottenfoto, kallelse skickas hem.")],
  must_not=[N1], why="not-informed statement concerns an appointment; the diabetes is long known",
  author=("Lisa Fors", "diabetessjuksköterska"))

C("lunga-sarkoidos-normalt-dt-svar-ej-fatt", "s_lunga", "1970-03-09", "164",
  "2024-06-11T15:20:00",
  [("Anamnes", "Känd sarkoidos stadium II sedan 2021, utan behandling."),
   ("Röntgen", "DT thorax 4/6: oförändrade hilära lgll, inga nytillkomna parenkymförändringar."),
   ("Planering", "Pat har ännu inte fått svaret – skickar brev med besked att allt är stabilt.")],
  must_not=[N1], why="the unanswered result is a stable, normal control; the sarcoidosis is known",
  author=("Daniel Svensson", "läkare"))

C("hjarta-ff-lakemedelsbyte-ej-informerad", "s_hjarta", "1946-10-28", "293",
  "2024-02-05T11:30:00",
  [("Bedömning", "Förmaksflimmer, CHA2DS2-VASc 4. Svängande INR senaste halvåret."),
   ("Planering", "Byte från Waran till apixaban 5 mg x2 planeras. Pat ej informerad om bytet ännu – ssk ringer imorgon och går igenom.")],
  must_not=[N1], why="not-informed statement concerns a medication switch, not a diagnosis",
  author=("Sofia Mattsson", "läkare"))

C("kir-pt1-informerad-per-telefon", "s_kir_csk", "1954-05-05", "810",
  "2024-03-15T09:00:00",
  [("PAD", "Polypektomi sigmoideum: adenokarcinom pT1, sm1, fria resektionsränder, ingen kärlinväxt."),
   ("Information", "Pat informerad per telefon 14/3 om PAD-svaret. Skriftlig info skickad, ny tid för kontrollskopi om 3 mån.")],
  must_not=[N1], why="early colon cancer already told to the patient by phone",
  template="Telefonanteckning", author=("Eva Holmqvist", "läkare"))

C("vgr-sokord-tidiga-hypoteser-pankreas", "v_kir_alings", "1948-02-29", "406",
  "2024-09-25T14:25:00",
  [("Aktuellt", "Ikterus sedan 2 v, klåda, ljus avföring."),
   ("Status", "Gul i hud och sklera. Buk mjuk, oöm."),
   ("Tidiga hypoteser", "Bilden med smärtfri ikterus och viktnedgång inger misstanke om pankreascancer. Pat ej informerad om misstanken, DT pankreas först."),
   ("Planering", "DT pankreasprotokoll, ERCP vid behov.")],
  must_not=[N1, N2], why="VGR: suspected pancreatic cancer and the not-informed statement sit under the hidden sökord Tidiga hypoteser",
  setting="slutenvård", author=("Mats Ekström", "läkare"))

C("skane-mall-tidiga-hypoteser-levermetastaser", "s_med_ystad", "1945-12-24", "539",
  "2024-10-08T16:45:00",
  [("Bedömning", "UL buk: flera hypoekogena förändringar i levern, metastasmisstanke. Pat ej informerad ännu; avvaktar DT och diskussion med anhöriga.")],
  must_not=[N1, N2], template="Tidiga hypoteser",
  why="Skåne: the suspected liver metastases are in the protected template Tidiga hypoteser",
  setting="slutenvård", author=("Malin Ek", "underläkare"))

C("hemat-kll-informeras-nu-fragor-besvarade", "v_hemat", "1950-06-15", "727",
  "2024-06-20T10:15:00",
  [("Bedömning", "Kronisk lymfatisk leukemi, Binet A, IGHV-muterad."),
   ("Information", "Pat informeras om diagnosen KLL och att ingen behandling behövs nu, endast kontroller. Frågor besvarade, skriftlig info medgiven.")],
  must_not=[N1], why="present-tense 'informeras' documents information given at this visit",
  author=("Gunnar Ohlsson", "läkare"))

C("onh-tonsillcancer-idag-besked", "s_onh", "1964-09-30", "198",
  "2024-02-22T14:05:00",
  [("Anamnes", "Vid förra kontakten var pat ännu inte informerad om PAD, då svaret dröjde."),
   ("Bedömning", "Skivepitelcancer i hö tonsill, p16 pos, T2N1."),
   ("Information", "Idag besked om diagnosen; pat tog beskedet lugnt, hustrun närvarande.")],
  must_not=[N1], why="earlier not-informed statement is history; the patient was told today",
  author=("Anders Wikström", "läkare"))

C("kir-ny-tid-dietist-redan-informerad", "v_kir_alings", "1969-07-22", "349",
  "2024-11-26T09:05:00",
  [("Bedömning", "Crohns sjukdom i terminala ileum, ny diagnos via koloskopi och MR tunntarm."),
   ("Planering", "Pat redan informerad om diagnosen av skopisten. Ej informerad om tid hos dietist än – ssk ringer.")],
  must_not=[N1], why="Crohn's disease already told; not-informed concerns only the dietitian appointment",
  author=("Louise Carlsson", "läkare"))

C("uro-psa-normalt-ej-informerad", "s_uro_malmo", "1952-04-16", "230",
  "2024-08-13T13:40:00",
  [("Anamnes", "Benign prostataförstoring, behandlas med tamsulosin sedan 2020."),
   ("Lab", "PSA 0,8 µg/l, oförändrat."),
   ("Planering", "Pat ej informerad om provsvaret ännu, brev skickas. Kontroll om ett år.")],
  must_not=[N1], why="the unreported result is a normal PSA; BPH is long known",
  author=("Jonas Wahlberg", "läkare"))

C("neuro-epilepsi-arbetsgivaren-ej-informerad", "s_neuro", "1993-01-08", "663",
  "2024-01-17T15:30:00",
  [("Bedömning", "Epilepsi med fokala anfall med medvetandepåverkan, temporallobsursprung."),
   ("Information", "Pat informerad om diagnosen och körkortsreglerna. Arbetsgivaren ej informerad om diagnosen – pat vill själv ta det.")],
  must_not=[N1], why="epilepsy told to the patient; the employer is the one not informed",
  author=("Fredrika Sandell", "läkare"))

C("onk-brostcancer-beskedet-fran-remittenten", "s_onk_lund", "1978-10-03", "492",
  "2024-04-11T10:30:00",
  [("Kontaktorsak", "Nybesök för ställningstagande till neoadjuvant behandling."),
   ("Anamnes", "Pat har fått beskedet om bröstcancer av remittenten (kirurg Ystad) 3/4."),
   ("Bedömning", "HER2-positiv bröstcancer hö, cT2N1. Rekommenderar neoadjuvant TCHP.")],
  must_not=[N1], why="the referring surgeon has already given the news of breast cancer",
  author=("Hanna Virtanen", "läkare"))

C("onk-pankreas-prognos-ej-diskuterad", "v_onk_su", "1955-03-27", "901",
  "2024-03-05T11:15:00",
  [("Bedömning", "Lokalt avancerad pankreascancer, ej resektabel."),
   ("Information", "Pat informerad om diagnosen. Prognosen ej diskuterad ännu på pat egen begäran, han vill ta en sak i taget.")],
  must_not=[N1], why="diagnosis told; only the prognosis is not yet discussed",
  author=("Per Gustafsson", "läkare"))

C("infek-hiv-partnern-vet-inte", "s_inf", "1989-06-09", "812",
  "2024-09-04T10:50:00",
  [("Bedömning", "Nydiagnostiserad hiv-1-infektion, CD4 420, VL 38 000."),
   ("Information", "Pat har fått diagnosen idag. Hon vill själv berätta för partnern, som ännu inte vet; smittspårning enl. rutin, kurator kopplad.")],
  must_not=[N1], why="HIV told to the patient; only the partner does not know yet",
  author=("Johanna Nord", "läkare"))

C("barn-celiaki-barn-och-foraldrar-informerade", "s_barnmed", "2014-02-17", "605",
  "2024-03-20T09:35:00",
  [("Provsvar", "Transglutaminas-IgA >10 ggr övre ref, EMA pos, HLA-DQ2."),
   ("Bedömning", "Celiaki enl. ESPGHAN utan biopsi."),
   ("Information", "Diagnosen meddelad föräldrarna och pojken (10 år) tillsammans, i åldersanpassad form. Dietistkontakt bokad.")],
  must_not=[N1], why="celiac disease told to both the 10-year-old and his parents",
  author=("Lars Nyström", "läkare"))

C("tbc-besked-via-telefontolk", "s_inf", "1982-08-31", "934",
  "2024-01-11T16:20:00",
  [("Bedömning", "Lungtuberkulos, smittsam, odlingspositiv."),
   ("Information", "Diagnosbesked givet via telefontolk (arabiska). Pat förstår smittsamheten och behovet av isolering.")],
  must_not=[N1], why="tuberculosis told to the patient through a telephone interpreter",
  author=("Johanna Nord", "läkare"))

C("psyk-adhd-aterkopplingssamtal", "v_psyk", "2001-05-23", "169",
  "2024-04-16T13:25:00",
  [("Samtal", "Återkopplingssamtal efter neuropsykiatrisk utredning."),
   ("Bedömning", "ADHD, kombinerad form. Ingen autism."),
   ("Information", "Pat informerad om diagnosen och utredningens resultat, fick skriftlig sammanfattning.")],
  must_not=[N1], why="ADHD told at the feedback session",
  author=("Emma Ljung", "psykolog"))

C("kir-distriktslakaren-ej-informerad", "s_kir_csk", "1959-11-05", "384",
  "2024-07-09T14:40:00",
  [("Bedömning", "Akut kolecystit, opererad med lap-kolecystektomi, okomplicerat förlopp."),
   ("Planering", "Pat informerad om diagnos och op-fynd. Distriktsläkaren ej informerad än, epikris skickas.")],
  must_not=[N1], why="another clinician is not yet informed; the patient is",
  template="Epikris", setting="slutenvård", author=("Erik Björk", "läkare"))

C("minne-alzheimer-nedsatt-sjukdomsinsikt", "v_minne", "1942-10-20", "451",
  "2024-11-13T11:25:00",
  [("Anamnes", "Diagnosen Alzheimers sjukdom meddelad pat och make vid besök 2023."),
   ("Aktuellt", "Pat har nedsatt sjukdomsinsikt och är inte medveten om sina minnesbrister i vardagen, maken sköter medicinerna."),
   ("Bedömning", "Alzheimers sjukdom, progress till måttlig grad. Höjer donepezil.")],
  must_not=[N1], why="'not aware' describes anosognosia, not a diagnosis that was withheld",
  author=("Birgitta Alm", "läkare"))

C("endo-rektaltumor-informerad-direkt", "s_endo", "1957-12-13", "623",
  "2024-06-04T10:05:00",
  [("Koloskopi", "Cirkumferent tumör i rektum 8-12 cm ab ano, biopsier tagna."),
   ("Information", "Pat informerad direkt efter undersökningen om fyndet, i vaket tillstånd. Remiss DT thorax-buk och MR lilla bäckenet, kontaktssk kopplad.")],
  must_not=[N1], why="tumour finding told to the patient straight after the colonoscopy",
  author=("Robert Hansson", "läkare"))

C("ortoped-remiss-ej-informerad", "v_orto_kung", "1938-08-15", "072",
  "2024-01-29T13:55:00",
  [("Bedömning", "Osteoporotisk kotkompressionsfraktur Th12, pat informerad om diagnosen och smärtlindringen."),
   ("Planering", "Remiss osteoporosmottagningen för DXA. Pat ännu ej informerad om att remissen skickats.")],
  must_not=[N1], why="not-informed concerns the referral; the fracture diagnosis was told",
  author=("Amir Haddad", "ST-läkare"))

C("akut-typo-dianosen-redan-kand", "v_akut", "1975-03-30", "547",
  "2024-02-03T02:15:00",
  [("Aktuellt", "Söker pga feber och hosta sedan 4 dagar."),
   ("Bedömning", "Samhällsförvärvad pneumoni hö underlob, CRB-65 0. Dianosen förklarad för pat, som går hem med PcV."),
   ("Planering", "Pat ej informerad om att röntgenkontroll planeras om 6 v – remiss skickas, brev med info.")],
  must_not=[N1], signed=None, why="pneumonia explained to the patient (typo 'Dianosen'); not-informed concerns the follow-up X-ray",
  setting="akutmottagning", author=("Nils Forsberg", "underläkare"))

C("geri-forsamrad-njurfunktion-info-given-typo", "s_geri", "1933-05-19", "260",
  "2024-05-09T14:30:00",
  [("Bedömning", "Kronisk njursvikt stadium 4, eGFR 22. Pat och dotter infomerade om diagnosen och att dialys ej är aktuellt enl. pat önskan."),
   ("Planering", "Metformin utsatt. Pat har ännu inte fått veta att Furix-dosen halveras, ssk tar det vid kvällsmedicinen.")],
  must_not=[N1], why="CKD told (typo 'infomerade'); not-yet-told item is a dose change",
  setting="slutenvård", author=("Ewa Nilsson", "läkare"))

C("hjarta-ekg-normalt-pat-ej-informerad-utkast", "s_hjarta", "1990-11-22", "915",
  "2024-11-28T16:05:00",
  [("Aktuellt", "Bandspelar-EKG pga hjärtklappning."),
   ("Bedömning", "Normalt bandspelar-EKG, sinusrytm hela registreringen, inga arytmier. Pat ej informerad om svaret, ringer imorgon.")],
  must_not=[N1], why="unsigned draft: a normal Holter result not yet told; nothing diagnostic withheld",
  signed=None, author=("Sofia Mattsson", "läkare"))

# =====================================================================
# C. NL102 (Melior visible uncertain diagnosis), mostly tied to informing
# =====================================================================

C("lunga-misstankt-lungcancer-pat-informerad-om-misstanken", "v_lunga", "1951-01-09", "690",
  "2024-03-27T11:50:00",
  [("Röntgen", "DT thorax: 4 cm förändring vä underlob med pleuraindragning."),
   ("Bedömning", "Misstänkt lungcancer vä underlob. Pat informerad om misstanken och om utredningen, bronkoskopi 2/4.")],
  must=[N2], must_not=[N1],
  why="suspected lung cancer in a visible Melior section (NL102) although the patient was informed of the suspicion (no NL101)",
  author=("Eva Nordin", "läkare"))

C("neuro-trolig-ms-pat-ej-informerad", "s_neuro", "1996-06-17", "503",
  "2024-10-15T15:10:00",
  [("Bedömning", "Trolig MS efter optikusneurit och två asymtomatiska lesioner. Likvor inväntas. Pat ej informerad om MS-misstanken ännu, vill ha likvorsvar först.")],
  must=[N2], why="probable MS written visibly; hedged diagnosis belongs in Tidiga hypoteser",
  author=("Fredrika Sandell", "läkare"))

C("hemat-dd-lymfom-sarkoidos", "v_hemat", "1986-09-29", "316",
  "2024-09-12T10:00:00",
  [("Röntgen", "Förstorade mediastinala och hilära lymfkörtlar bilateralt."),
   ("Bedömning", "DD lymfom, sarkoidos. EBUS bokad."),
   ("Information", "Pat informerad om att vi ser förstorade körtlar och att det behöver utredas.")],
  must=[N2], why="differential diagnosis list in a visible section",
  author=("Anna-Karin Holm", "läkare"))

C("mammo-malignitet-kan-ej-uteslutas", "s_brost", "1975-07-25", "418",
  "2024-07-17T09:30:00",
  [("Bedömning", "Oregelbunden 9 mm förändring hö bröst, malignitet kan ej uteslutas. Biopsi tagen, pat vet att svar kommer nästa vecka.")],
  must=[N2], must_not=[N1],
  why="'kan ej uteslutas' is a hedged diagnosis; what the patient was told about is only when the answer comes",
  author=("Annika Roos", "läkare"))

C("akut-pankreatit-fragetecken", "s_akut", "1980-05-04", "261",
  "2024-04-20T23:40:00",
  [("Aktuellt", "Epigastriesmärta med strålning mot ryggen sedan i eftermiddags, alkohol i helgen."),
   ("Lab", "Amylas inväntas. CRP 12."),
   ("Bedömning", "Pankreatit? Gallsten?"),
   ("Planering", "Inläggning kir, fasta, dropp, UL buk imorgon.")],
  must=[N2], why="question-mark diagnoses in a visible assessment",
  setting="akutmottagning", author=("Linnea Åström", "underläkare"))

C("kir-misstakt-appendicit-typo", "v_kir_alings", "2004-10-12", "135",
  "2024-10-26T21:05:00",
  [("Status", "Ömhet och släppömhet i hö fossa, Rovsing pos."),
   ("Bedömning", "Misstäkt appendicit. Inläggning, DT buk.")],
  must=[N2], signed=None, why="suspected appendicitis in a visible section; typo 'Misstäkt'",
  setting="akutmottagning", author=("Nils Forsberg", "underläkare"))

C("geri-ev-begynnande-demens", "v_geri", "1938-12-01", "284",
  "2024-06-25T13:45:00",
  [("Bedömning", "Ev. begynnande demens, MMT 24. Remiss minnesutredning. Pat och dotter informerade om att minnet ska utredas.")],
  must=[N2], must_not=[N1],
  why="'ev. begynnande demens' is a hedged diagnosis in a visible section; patient informed of the work-up",
  author=("Kjell Olausson", "läkare"))

C("lunga-ingen-misstanke-malignitet-svar-ej-lamnat", "s_lunga", "1961-10-31", "745",
  "2024-02-28T14:35:00",
  [("Röntgen", "Kontroll-DT: den tidigare 6 mm noduln har gått i regress."),
   ("Bedömning", "Ingen misstanke om malignitet, inflammatorisk genes. Avskrivs."),
   ("Planering", "Pat ej informerad om svaret, brev skickas.")],
  must_not=[N1, N2], why="negated malignancy and a reassuring result not yet told: neither rule",
  author=("Daniel Svensson", "läkare"))

C("kard-hereditet-trol-hjartinfarkt", "v_kard", "1969-04-14", "961",
  "2024-05-08T10:20:00",
  [("Hereditet", "Far dog trol. av hjärtinfarkt 58 år, bror har familjär hyperkolesterolemi?"),
   ("Bedömning", "Stabil angina pectoris, arbetsprov pos. Pat informerad, start ASA och statin.")],
  must_not=[N2, N1], why="hedges are in family history; the patient's own diagnosis is established and told",
  author=("Mikael Ström", "läkare"))

C("med-trol-hem-imorgon-ev-aterbesok", "s_med_ystad", "1944-02-06", "857",
  "2024-01-19T12:30:00",
  [("Bedömning", "Hjärtsvikt med bevarad EF, dekompenserad, nu klart bättre efter diuretika."),
   ("Planering", "Trol. hem imorgon. Ev. återbesök hjärtsviktsmott om 4 v. Pat informerad om planen.")],
  must_not=[N2, N1], why="hedges concern discharge and follow-up, not the diagnosis",
  setting="slutenvård", author=("Malin Ek", "underläkare"))

C("neuro-tidigare-misstankt-tia", "s_neuro", "1955-06-29", "176",
  "2024-09-24T11:05:00",
  [("Anamnes", "Tidigare misstänkt TIA 2019, utredd utan fynd."),
   ("Bedömning", "Essentiell tremor. Pat informerad, propranolol provas.")],
  must_not=[N2, N1], why="hedge sits in past history; the current diagnosis is settled and told",
  author=("Fredrik Holm", "läkare"))

C("vgr-sokord-tidiga-hypoteser-demens", "v_geri", "1935-04-09", "521",
  "2024-11-06T10:55:00",
  [("Aktuellt", "Inlagd för fall i hemmet, förvirrad första dygnet."),
   ("Tidiga hypoteser", "Misstänkt demenssjukdom, trol. vaskulär genes. Ej diskuterat med pat."),
   ("Planering", "Minnesutredning efter utskrivning.")],
  must_not=[N2, N1], why="VGR: hedged dementia and the not-discussed remark sit under the hidden sökord",
  setting="slutenvård", author=("Kjell Olausson", "läkare"))

C("pmo-vc-susp-prostatacancer-ej-informerad", "s_vc_bjuv", "1950-01-31", "442",
  "2024-04-25T15:45:00",
  [("Aktuellt", "PSA 18 vid kontroll, palpatoriskt hård knöl vä lob."),
   ("Bedömning", "Susp. prostatacancer. Pat ej informerad om PSA-svaret ännu, tid bokad torsdag."),
   ("Åtgärd", "Remiss uro enl. SVF.")],
  must_not=[N2], system="PMO", template="Journalanteckning",
  why="PMO note: hedged diagnosis is never shown; NL102 must stay silent (NL101 not asserted on PMO)",
  author=("Jessica Andersson", "distriktsläkare"))

C("pmo-vc-misstankt-pneumoni-telefon", "s_vc_tomelilla", "1948-09-12", "085",
  "2024-12-09T10:15:00",
  [("Kontaktorsak", "Dottern ringer, pat har feber och hosta."),
   ("Bedömning", "Misstänkt pneumoni. Pat själv ej nåbar, dottern informerad. Akuttid idag 14.30.")],
  must_not=[N2], system="PMO", template="Telefonkontakt",
  why="PMO telephone note with suspected pneumonia: never NL102",
  author=("Sanna Möller", "sjuksköterska"))

C("endo-koloskopi-trol-cancer-informerad", "v_kir_alings", "1946-06-19", "373",
  "2024-08-15T13:10:00",
  [("Koloskopi", "3 cm ulcererande tumör i colon transversum, biopsier."),
   ("Bedömning", "Trol. koloncancer. Pat informerad direkt efter us om att det sannolikt rör sig om cancer.")],
  must=[N2], must_not=[N1],
  why="probable cancer in a visible section (NL102) but told to the patient (no NL101)",
  author=("Louise Carlsson", "läkare"))

C("med-levermetastaser-misstanke-delvis-informerad", "v_med_nal", "1953-03-23", "664",
  "2024-02-06T16:25:00",
  [("Aktuellt", "Inlagd för trötthet och viktnedgång, förhöjda leverprover."),
   ("Röntgen", "DT buk: multipla hypodensa leverlesioner, misstänkta metastaser, primärtumör ej identifierad."),
   ("Bedömning", "Misstänkt metastaserad cancer med okänd primärtumör. Leverbiopsi imorgon."),
   ("Information", "Pat informerad om att vi ser förändringar i levern som behöver utredas, men ännu inte om misstanken om metastaser.")],
  must=[N2], why="suspected metastases visible (NL102); NL101 left unasserted because the patient was partly informed",
  setting="slutenvård", author=("Sara Johansson", "läkare"))

C("psyk-misstankt-bipolaritet-diskuterat", "s_psyk", "1997-02-13", "589",
  "2024-07-24T10:40:00",
  [("Bedömning", "Misstänkt bipolär sjukdom typ II med tanke på tidigare hypomana perioder. Diskuterat öppet med pat som själv undrat över det."),
   ("Planering", "Strukturerad intervju och stämningsdagbok.")],
  must=[N2], must_not=[N1],
  why="suspected bipolar disorder visible (NL102); discussed openly with the patient (no NL101)",
  author=("Tobias Engström", "läkare"))

# =====================================================================
# D. Long mixed notes
# =====================================================================

C("long-onk-inskrivning-levermetastaser-ej-besked", "s_onk_lund", "1956-11-17", "325",
  "2024-11-21T17:20:00",
  [("Kontaktorsak", "Inläggning från onkmott pga feber och smärta hö arcus under pågående behandling."),
   ("Anamnes", "Bröstcancer vä op 2020 (ablatio + axillutrymning), ER+ HER2-. Adjuvant EC-T, strålbeh, därefter letrozol. Pat väl informerad om sin sjukdomshistoria. Hypertoni, hypotyreos."),
   ("Aktuellt", "Sedan en vecka tilltagande smärta under hö revbensbåge, temp 38,4 igår, aptitlös. Inga urinvägsbesvär, ingen hosta."),
   ("Status", "AT: blek, trött, opåverkad i vila. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: ömhet hö hypokondrium, levern palpabel 3 cm nedom arcus. Ingen ikterus."),
   ("Lab", "CRP 64, LPK 9,1, Hb 108, ALP 8,2, ASAT 1,4, ALAT 1,1, bilirubin 18."),
   ("Röntgen", "DT thorax-buk akut: multipla lågattenuerande leverförändringar i båda loberna, största 5 cm i segment 7, inte beskrivna på DT i maj. Radiologen bedömer dem som levermetastaser. Inga lungförändringar."),
   ("Bedömning", "Levermetastaser av bröstcancer, nytillkomna. Febern kan vara tumörfeber men infektion ska uteslutas, odlingar tagna."),
   ("Information", "Pat ej informerad om DT-fynden ännu. Hon har bett att maken ska vara med när hon får besked om nya svar, han kommer imorgon kl 10. Ansvarig onkolog dr Falk vidtalad och tar samtalet."),
   ("Planering", "Odlingar, Tazocin tills vidare. Oxynorm vb. Leverbiopsi diskuteras på MDK torsdag. Kontaktssk informerad.")],
  must=[N1], why="long admission note: new liver metastases in the assessment, patient not yet informed (waits for husband)",
  setting="slutenvård", author=("Niklas Kjellberg", "ST-läkare"))

C("long-uro-blasscancer-pat-informerad-hustrun-ej", "v_uro_skovde", "1945-04-21", "218",
  "2024-04-18T14:55:00",
  [("Kontaktorsak", "Återbesök för PAD-svar efter TURB 2/4."),
   ("Anamnes", "Makroskopisk hematuri i februari. Cystoskopi visade 3 cm papillär tumör vid vä uretärmynning. Rökare 40 paketår, slutade 2015. Typ 2-diabetes på metformin. Bor med hustru som har Parkinson."),
   ("PAD", "Urotelial cancer höggradig, växer in i muscularis propria (pT2). Detrusor finns med i preparatet. CIS ej påvisat."),
   ("Röntgen", "DT urografi och thorax: inga förstorade lymfkörtlar, inga fjärrmetastaser."),
   ("Bedömning", "Muskelinvasiv blåscancer cT2N0M0."),
   ("Information", "Pat informerad om diagnosen och om att behandlingen blir neoadjuvant cytostatika följt av cystektomi. Han tog det sakligt och ställde bra frågor om stomi. Hustrun har ännu inte informerats, pat vill själv berätta för henne i lugn och ro och ta med henne nästa gång."),
   ("Planering", "Remiss onkologen för neoadjuvant behandling. Stomiterapeut bokas. MDK-protokoll skickat. Kontaktssk Maria tar kontakt inom en vecka.")],
  must_not=[N1], why="long note: bladder cancer told to the patient; only the wife is not yet informed",
  author=("Oskar Berglund", "läkare"))

C("long-barn-neuroblastom-foraldrar-informerade-barnet-3ar", "v_barn", "2021-01-14", "447",
  "2024-09-17T12:10:00",
  [("Aktuellt", "3-årig flicka utredd för buksvullnad och blekhet."),
   ("Undersökningar", "MR buk: 7 cm tumör utgående från hö binjure. MIBG-scint: upptag i tumören och i skelettet. Katekolaminer i urin kraftigt förhöjda."),
   ("PAD", "Neuroblastom, lågt differentierat, MYCN-amplifierat."),
   ("Bedömning", "Högrisk-neuroblastom stadium M."),
   ("Information", "Båda föräldrarna informerade om diagnosen vid samtal idag med barnonkolog, kontaktssk och kurator. Föräldrarna fick skriftlig information och förstår att behandlingen är lång och intensiv."),
   ("Planering", "Port-a-cath-inläggning fredag. Induktion enl. HR-NBL2. Fertilitetsbevarande diskuteras inte i denna ålder. Syskonstöd via lekterapin.")],
  must_not=[N1], why="3-year-old: the guardians who read the journal were told; nothing says the news is withheld",
  setting="slutenvård", author=("Jenny Karlsson", "läkare"))


# ---------------------------------------------------------------- validation
def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    valid_codes = {"NL101", "NL102", "NL104"}
    iso_t = re.compile(r"^2024-\d\d-\d\dT\d\d:\d\d:\d\d$")
    for c in cases:
        n = c["case"]
        if set(c) != keys:
            problems.append(f"{n}: keys {sorted(c)}")
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]+", n):
            problems.append(f"{n}: bad case name")
        if n in names:
            problems.append(f"{n}: duplicate case name")
        names.add(n)
        if not c["must"] and not c["must_not"]:
            problems.append(f"{n}: asserts nothing")
        if not c["why"] or "\n" in c["why"]:
            problems.append(f"{n}: why must be one line")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{n}: ruleset")
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append(f"{n}: record keys")
        p = rec["patient"]
        m = re.fullmatch(r"(\d{4})(\d\d)(\d\d)-(\d{3})(\d)", p["id"])
        if not m:
            problems.append(f"{n}: pnr format {p['id']}")
        else:
            y, mo, d, ser, chk = m.groups()
            if f"{y}-{mo}-{d}" != p["birth_date"]:
                problems.append(f"{n}: pnr/birth_date mismatch")
            if luhn_digit(y[2:] + mo + d + ser) != chk:
                problems.append(f"{n}: pnr check digit")
        try:
            birth = dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            problems.append(f"{n}: birth_date")
            continue
        if not iso_t.match(rec["as_of"]):
            problems.append(f"{n}: as_of {rec['as_of']}")
        ids = set()
        for note in rec["notes"]:
            ids.add(note["id"])
            for fld in ("time",):
                if not iso_t.match(note[fld]):
                    problems.append(f"{n}: {fld} {note[fld]}")
            if note["signed"] is not None:
                if not iso_t.match(note["signed"]):
                    problems.append(f"{n}: signed {note['signed']}")
                elif note["signed"] < note["time"]:
                    problems.append(f"{n}: signed before time")
            if note["time"] > rec["as_of"]:
                problems.append(f"{n}: note after as_of")
            if note["system"] not in ("Melior", "PMO"):
                problems.append(f"{n}: system")
            if note["system"] == "PMO" and c["ruleset"] != "skane":
                problems.append(f"{n}: PMO outside Skåne")
            if c["ruleset"] == "vgr" and not note["unit"]["hsa_id"].startswith("SE2321000131-"):
                problems.append(f"{n}: VGR hsa")
            if c["ruleset"] == "skane" and not note["unit"]["hsa_id"].startswith("SE2321000255-"):
                problems.append(f"{n}: Skåne hsa")
            t = dt.date.fromisoformat(note["time"][:10])
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15 or age < 0:
                problems.append(f"{n}: patient age {age}")
            if not note["sections"]:
                problems.append(f"{n}: no sections")
            for s in note["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    problems.append(f"{n}: section")
                for sent in re.split(r"(?<=[.!?])\s+|\n", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != n:
                            problems.append(f"{n}: sentence repeated from {seen_sentences[sent]}: {sent!r}")
                        seen_sentences.setdefault(sent, n)
        asserted = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in valid_codes:
                    problems.append(f"{n}: code {code}")
                if target not in ids:
                    problems.append(f"{n}: target {target}")
                if (code, target) in asserted:
                    problems.append(f"{n}: {code} both/duplicated")
                asserted.add((code, target))
        system = rec["notes"][0]["system"]
        if system == "PMO":
            if any(code == "NL101" for code, _ in c["must"] + c["must_not"]):
                problems.append(f"{n}: NL101 asserted on PMO")
            if any(code == "NL102" for code, _ in c["must"]):
                problems.append(f"{n}: NL102 must on PMO")
    # within-case sentence repetition
    for c in cases:
        sents = []
        for note in c["record"]["notes"]:
            for s in note["sections"]:
                sents += [x.strip() for x in re.split(r"(?<=[.!?])\s+|\n", s["text"]) if len(x.strip()) >= 25]
        if len(sents) != len(set(sents)):
            problems.append(f"{c['case']}: sentence repeated within case")
    return problems


def main():
    problems = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read and compare
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != CASES:
        problems.append("round-trip mismatch")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"{len(CASES)} cases -> {OUT}")
    for code in sorted({k[0] for k in counts}):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
