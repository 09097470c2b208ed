#!/usr/bin/env python3
"""dev65: endoscopy, urology and gastroenterology (NL101, NL102), Skåne and VGR.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev65_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospitals)
    "sus_endo_ma": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-4E71"),
    "sus_gastro_lu": ("Gastroenterologmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2G38"),
    "sus_uro_ma": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7U15"),
    "sus_kir_lu": ("Kirurgiavdelning 2, Skånes universitetssjukhus Lund", "SE2321000255-3K92"),
    "sus_barn_lu": ("Barngastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8B44"),
    "sus_barnkir_lu": ("Barnkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8B57"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-5H20"),
    "hbg_endo": ("Endoskopimottagningen, Helsingborgs lasarett", "SE2321000255-5H31"),
    "csk_uro": ("Urologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6C09"),
    "yst_med": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-9Y12"),
    "hlm_endo": ("Endoskopienheten, Hässleholms sjukhus", "SE2321000255-6H48"),
    "trb_kir": ("Kirurgmottagningen, Lasarettet Trelleborg", "SE2321000255-9T63"),
    "lkr_med": ("Medicinkliniken, Landskrona lasarett", "SE2321000255-5L77"),
    "sus_uroavd_ma": ("Urologiavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-7U26"),
    # Skåne, PMO (primary care, hemsjukvård)
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-1V03"),
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-1V18"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-1V29"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-1V41"),
    "vc_astorp": ("Vårdcentralen Åstorp", "SE2321000255-1V56"),
    "hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-1H64"),
    "vc_hoganas": ("Vårdcentralen Höganäs", "SE2321000255-1V72"),
    # VGR, Melior
    "su_endo": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000027"),
    "su_gastro": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000034"),
    "su_kir_mo": ("Kirurgakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000049"),
    "su_kiravd": ("Kirurgavdelning 52, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000056"),
    "nal_med": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000063"),
    "udd_uro": ("Urologmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000078"),
    "udd_uroavd": ("Urologavdelning 14, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000085"),
    "skas_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000092"),
    "skas_uro": ("Urologmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000107"),
    "sas_med": ("Mag-tarmmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000114"),
    "sas_uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000121"),
    "als_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000136"),
    "kun_kir": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000143"),
    "dsbus": ("Barngastroenterologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000158"),
    "dsbus_kir": ("Barnkirurgiska akutmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000165"),
}

PMO_UNITS = {"vc_linero", "vc_sodervarn", "vc_eslov", "vc_simrishamn", "vc_astorp", "hsv_hoor", "vc_hoganas"}


def pnr(birth, serial):
    d = birth.replace("-", "")
    nine = d[2:] + serial
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = (10 - total % 10) % 10
    return "%s-%s%d" % (d, serial, check)


def luhn_ok(pn):
    digits = pn.replace("-", "")[2:]
    total = 0
    for i, ch in enumerate(digits[:9]):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10 == int(digits[9])


def N(nid, system, template, unit, author, role, time, signed_after, setting, sections, refs=None):
    """signed_after: minutes after time, or None for an unsigned draft."""
    t = dt.datetime.fromisoformat(time)
    signed = None if signed_after is None else (t + dt.timedelta(minutes=signed_after)).isoformat()
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why):
    CASES.append({"name": name, "ruleset": ruleset, "birth": birth, "serial": serial,
                  "notes": notes, "must": must, "must_not": must_not, "why": why})


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"

# =====================================================================
# SKÅNE, Melior: NL102 positives
# =====================================================================
C("d65-kolo-sigmoideum-malignitetssuspekt", "skane", "1957-02-11", "273", [
    N("n1", M, "Endoskopi", "sus_endo_ma", "Henrik Dahlqvist", "läkare", "2024-02-14T10:20:00", 35, OV, [
        ("Indikation", "Positivt F-Hb i tarmcancerscreeningen."),
        ("Undersökning", "Koloskopi i lätt sedering (midazolam 2 mg, alfentanil 0,25 mg). Intubation till caekum, "
         "appendixmynningen och Bauhins valvel identifierade. BBPS 3-3-2."),
        ("Fynd", "I sigmoideum ca 28 cm ab ano en cirkulär, ulcererad och delvis stenoserande tumör, makroskopiskt "
         "malignitetssuspekt. Passeras med standardskop. Biopsier x6, tuschmarkering distalt om förändringen. "
         "Proximalt om tumören normal slemhinna."),
        ("Planering", "DT thorax-buk beställd. Remiss till kolorektalteamet enligt SVF."),
    ])], [["NL102", "n1"]], [],
    "hedged diagnosis 'makroskopiskt malignitetssuspekt' in the visible Fynd section of a Skåne Melior endoscopy note")

C("d65-kolo-bild-som-vid-ulceros-kolit", "skane", "1998-07-23", "482", [
    N("n1", M, "Endoskopi", "sus_gastro_lu", "Sara Lindqvist", "läkare", "2024-03-05T13:40:00", 50, OV, [
        ("Fynd", "Kontinuerlig inflammation från linea dentata upp till ca 35 cm: förlorat kärlmönster, "
         "kontaktblödning och spridda fibrinbelagda sår. Ovanför skarp övergång till normal slemhinna. "
         "Mayo endoskopisk score 2."),
        ("Bedömning", "Bild som vid ulcerös kolit, utbredning som proktosigmoidit. Stegvisa biopsier tagna, "
         "F-kalprotektin och faeces-odling inklusive Clostridioides skickade."),
    ])], [["NL102", "n1"]], [["NL101", "n1"]],
    "'bild som vid ulcerös kolit' is a hedged diagnosis in a visible Bedömning; nothing is said about telling")

C("d65-ileum-crohn-kan-ej-uteslutas", "skane", "1989-10-02", "116", [
    N("n1", M, "Läkaranteckning", "yst_med", "Per-Olof Wendt", "läkare", "2024-04-09T11:05:00", 90, OV, [
        ("Aktuellt", "Återbesök efter ileokoloskopi. Fortsatt lös avföring 4–5 ggr/dag och viktnedgång 4 kg sedan jul."),
        ("Bedömning", "Aftösa sårbildningar i terminala ileum och lätt förträngd valvel. Mb Crohn kan ej uteslutas. "
         "F-kalprotektin 640 µg/g."),
        ("Planering", "MR tunntarm beställd. Svar på PAD inväntas, nytt besök när båda svaren finns."),
    ])], [["NL102", "n1"]], [],
    "'kan ej uteslutas' attached to Crohn's disease in a visible Bedömning")

C("d65-akut-dd-divertikulit", "skane", "1961-05-30", "244", [
    N("n1", M, "Akutanteckning", "hbg_kir", "Linnea Ström", "läkare", "2024-01-18T22:15:00", None, OV, [
        ("Anamnes", "Smärta i vänster fossa sedan två dygn, tilltagande. Lös avföring, ingen blodtillblandning. "
         "Frossa i kväll."),
        ("Status", "AT: opåverkad. Temp 38,1. Buk: mjuk, palpationsöm i vä fossa, ingen défense, inget släppömt."),
        ("Lab", "CRP 112, LPK 13,4, Hb 138, krea 71."),
        ("Bedömning", "DD divertikulit, ischemisk kolit. DT buk med iv kontrast i kväll, därefter ställningstagande "
         "till antibiotika."),
    ])], [["NL102", "n1"]], [],
    "'DD' followed by diagnoses in a visible Bedömning of an emergency surgical note")

C("d65-gastro-gist-typo-missankt", "skane", "1950-12-06", "168", [
    N("n1", M, "Endoskopi", "hlm_endo", "Anders Kihlberg", "läkare", "2024-05-21T09:30:00", 25, OV, [
        ("Fynd", "Esofagus och duodenum ua. I fundus en ca 3 cm stor rundad submukös förändring med intakt slemhinna "
         "ovanpå, positivt kuddtecken saknas. Missänkt GIST."),
        ("Åtgärd", "Remiss för EUS med finnålsbiopsi. Inga biopsier tagna idag då ytbiopsier sällan ger diagnos."),
    ])], [["NL102", "n1"]], [],
    "typo 'Missänkt' for misstänkt before GIST in the visible Fynd section")

C("d65-ercp-misstankt-pankreatit", "skane", "1944-08-19", "325", [
    N("n1", M, "Daganteckning", "sus_kir_lu", "Jonas Berglöf", "läkare", "2024-06-11T08:45:00", 30, SV, [
        ("Aktuellt", "Dag 1 efter ERCP med papillotomi och extraktion av koledokussten. Under natten tilltagande "
         "smärta i epigastriet med utstrålning mot ryggen, illamående."),
        ("Lab", "P-amylas 8,7 µkat/l (igår 0,6), CRP 34, bilirubin 29."),
        ("Bedömning", "Misstänkt post-ERCP-pankreatit."),
        ("Åtgärd", "Fasta, Ringer-acetat 3 l/dygn, smärtlindring enligt ordination. Ny kontroll av lab i morgon bitti."),
    ])], [["NL102", "n1"]], [],
    "'Misstänkt' diagnosis in a ward note (Melior, Skåne)")

C("d65-sokord-tidiga-hypoteser-synligt-i-skane", "skane", "1952-09-03", "211", [
    N("n1", M, "Läkaranteckning", "sus_gastro_lu", "Karin Ahlström", "läkare", "2024-02-27T14:10:00", 60, OV, [
        ("Aktuellt", "Viktnedgång 8 kg på tre månader, nydebuterad diabetes i höstas och ikterus sedan en vecka. "
         "Klåda, mörk urin, ljus avföring."),
        ("Tidiga hypoteser", "Pankreascancer? Periampullär tumör? DT pankreasprotokoll bokat akut."),
        ("Planering", "Återbesök efter DT, kontaktsjuksköterska kopplas in."),
    ])], [["NL102", "n1"]], [],
    "Skåne protects only by the template Tidiga hypoteser; a section with that sökord in a Läkaranteckning stays visible")

C("d65-psa-palpation-misstankt-prostatacancer", "skane", "1955-03-17", "435", [
    N("n1", M, "Besöksanteckning", "sus_uro_ma", "Fredrik Nyman", "läkare", "2024-03-12T10:00:00", 120, OV, [
        ("Anamnes", "Remitterad från vårdcentralen för PSA 14 (kontroll 16 fyra veckor senare). Nykturi x2, "
         "i övrigt inga miktionsbesvär. Ingen skelettvärk."),
        ("Status", "PR: prostata ca 40 ml, hård oöm knöl i höger lob, avgränsbar mot omgivningen."),
        ("Bedömning", "Misstänkt prostatacancer, cT2a."),
        ("Planering", "MR prostata, därefter riktade och systematiska biopsier. Handläggs inom SVF."),
    ])], [["NL102", "n1"]], [["NL101", "n1"]],
    "suspected prostate cancer after palpation and raised PSA in a visible Bedömning; nothing is said about telling")

C("d65-uro-talar-for-prostatit", "skane", "1969-11-25", "059", [
    N("n1", M, "Besöksanteckning", "csk_uro", "Mirja Halonen", "läkare", "2024-04-03T15:20:00", 45, OV, [
        ("Aktuellt", "Feber 38,6 sedan i går, sveda och täta trängningar, smärta i perineum."),
        ("Status", "PR: svullen, uttalat öm prostata. U-sticka nitrit pos, leukocyter 3+."),
        ("Bedömning", "Talar för akut bakteriell prostatit. PSA 22 tolkas inte nu utan kontrolleras tidigast om "
         "tre månader."),
        ("Åtgärd", "Urinodling tagen, ciprofloxacin 500 mg x 2 i fyra veckor."),
    ])], [["NL102", "n1"]], [],
    "'Talar för' + prostatitis in a visible assessment")

C("d65-akut-trolig-uretarsten", "skane", "1983-06-08", "197", [
    N("n1", M, "Akutanteckning", "sus_uro_ma", "Elin Gerdin", "läkare", "2024-07-02T03:40:00", 20, OV, [
        ("Anamnes", "Akut insättande högersidig flanksmärta kl 01 med utstrålning mot ljumsken, kräkts två gånger."),
        ("Status", "Rastlös, slår vid höger njurloge. U-sticka: blod 2+, i övrigt neg. Afebril."),
        ("Bedömning", "Trolig uretärsten hö. DT urinvägar utan kontrast beställt, Diklofenak 50 mg iv given."),
    ])], [["NL102", "n1"]], [],
    "'Trolig' kidney/ureter stone in the visible assessment of an emergency urology note")

C("d65-barn-celiaki-talar-for", "skane", "2016-01-29", "620", [
    N("n1", M, "Läkaranteckning", "sus_barn_lu", "Helena Brodin", "läkare", "2024-03-20T09:15:00", 75, OV, [
        ("Anamnes", "8-årig flicka med trötthet, buksmärtor och avplanande längdkurva sedan två år. Mamma har celiaki."),
        ("Lab", "Transglutaminas-IgA >128 U/ml (mer än tio gånger referensvärdet), EMA positiv, total-IgA normalt."),
        ("Bedömning", "Talar starkt för celiaki."),
        ("Planering", "Enligt ESPGHAN kan diagnosen ställas utan biopsi om ett nytt prov bekräftar; ny provtagning om tre "
         "veckor. Fortsatt glutenintag till dess."),
    ])], [["NL102", "n1"]], [],
    "child under 13 (guardian reads): 'Talar starkt för celiaki' in a visible Bedömning")

C("d65-barn-misstankt-vesikoureteral-reflux", "skane", "2021-04-14", "482", [
    N("n1", M, "Läkaranteckning", "sus_barnkir_lu", "Olof Tegnér", "läkare", "2024-05-07T13:30:00", 55, OV, [
        ("Aktuellt", "Andra febrila urinvägsinfektionen på ett halvår, båda med E. coli."),
        ("Utredning", "UL njurar och urinvägar: lätt dilatation av vänster njurbäcken, blåsan ua."),
        ("Bedömning", "Misstänkt vesikoureteral reflux vä. MUCG planeras i infektionsfritt intervall, "
         "antibiotikaprofylax tills vidare."),
    ])], [["NL102", "n1"]], [],
    "three-year-old: suspected VUR in a visible section")

C("d65-fragestallning-sokord-ulcus-malignitet", "skane", "1948-02-22", "083", [
    N("n1", M, "Läkaranteckning", "lkr_med", "Gustav Rehn", "läkare", "2024-02-06T11:50:00", 30, OV, [
        ("Aktuellt", "Järnbristanemi Hb 92, ferritin 6. Dyspepsi och tidig mättnadskänsla sedan vintern."),
        ("Frågeställning", "Ulcus? Ventrikelmalignitet?"),
        ("Åtgärd", "Gastroskopi bokad om en vecka. Järntabletter insatt."),
    ])], [["NL102", "n1"]], [],
    "'Frågeställning' with question-marked diagnoses is a hypothesis in a visible section")

C("d65-levercirros-kan-inte-uteslutas", "skane", "1966-12-30", "251", [
    N("n1", M, "Läkaranteckning", "lkr_med", "Sofia Vinge", "läkare", "2024-08-13T10:25:00", 85, OV, [
        ("Anamnes", "Alkohol 4–5 glas vin per dag sedan många år enligt pat själv. Ingen tidigare leverutredning."),
        ("Utredning", "TPK 98, PK-INR 1,4, albumin 31. UL: nodulär leverkontur, mjälte 14 cm."),
        ("Bedömning", "Levercirros kan inte utelsutas. Elastografi (FibroScan) och gastroskopi för varicer bokas."),
    ])], [["NL102", "n1"]], [],
    "typo 'utelsutas' (uteslutas): 'kan inte uteslutas' about liver cirrhosis in a visible Bedömning")

C("d65-utkast-ischemisk-kolit-inger-misstanke", "skane", "1940-09-09", "392", [
    N("n1", M, "Endoskopi", "hbg_endo", "Maja Fröberg", "läkare", "2024-09-24T14:05:00", None, SV, [
        ("Fynd", "Sigmoideoskopi till vänsterflexuren. Segmentell inflammation med ödem, petekier och blåaktig "
         "slemhinna i descendens, skarpt avgränsad mot frisk slemhinna distalt."),
        ("Bedömning", "Bilden inger misstanke om ischemisk kolit. Biopsier tagna, inga åtgärder i övrigt."),
    ])], [["NL102", "n1"]], [],
    "unsigned draft (pre-signing): 'inger misstanke om ischemisk kolit' in a visible section")

C("d65-esofagusvaricer-fragetecken", "skane", "1958-04-04", "279", [
    N("n1", M, "Endoskopi", "yst_med", "Tobias Landgren", "läkare", "2024-10-15T09:10:00", 40, OV, [
        ("Indikation", "Känd alkoholorsakad levercirros Child-Pugh B, screening för varicer."),
        ("Fynd", "I distala esofagus tre smala kolumner som nästan försvinner vid insufflation; varicer grad 1? "
         "Ingen röd färgmarkering, ingen pågående blödning. Lätt portal hypertensiv gastropati i corpus."),
        ("Planering", "Propranolol diskuteras vid nästa mottagningsbesök."),
    ])], [["NL102", "n1"]], [],
    "question-marked esophageal varices in the visible Fynd; the known cirrhosis itself is confirmed")

C("d65-akut-trol-mallory-weiss", "skane", "1993-01-15", "118", [
    N("n1", M, "Akutanteckning", "hbg_kir", "Amir Haddad", "läkare", "2024-12-01T04:20:00", 25, OV, [
        ("Anamnes", "Kräkts kraftigt under natten efter fest, därefter två kräkningar med färskt blod."),
        ("Status", "Cirk stabil, puls 88, BT 132/80. Buk mjuk, oöm."),
        ("Bedömning", "Trol. Mallory-Weiss-skada. Hb 128 stabilt vid kontroll efter två timmar, ingen gastroskopi i natt."),
    ])], [["NL102", "n1"]], [],
    "abbreviation 'Trol.' before a diagnosis in a visible assessment")

C("d65-trolig-analfissur", "skane", "1987-03-03", "466", [
    N("n1", M, "Besöksanteckning", "trb_kir", "Cecilia Månsson", "läkare", "2024-04-16T10:40:00", 15, OV, [
        ("Aktuellt", "Svår smärta vid avföring sedan sex veckor och lite färskt blod på pappret."),
        ("Status", "Inspektion: liten slemhinnedefekt kl 6 i stensnittsläge med vaktpolyp. PR avstås pga smärta."),
        ("Bedömning", "Trolig analfissur. Diltiazemsalva 2 % i åtta veckor, bulkmedel."),
    ])], [["NL102", "n1"]], [],
    "'Trolig' anal fissure in a visible assessment at a surgical outpatient clinic")

C("d65-uroterapeut-ev-overaktiv-blasa", "skane", "1960-06-21", "544", [
    N("n1", M, "Uroterapeutanteckning", "csk_uro", "Lena Bergkvist", "uroterapeut", "2024-06-04T13:00:00", 60, OV, [
        ("Aktuellt", "Genomgång av tre dygns miktionslista."),
        ("Utredning", "14 miktioner per dygn, medelvolym 140 ml, trängningar med läckage 2–3 ggr/dag. Resurin 20 ml."),
        ("Bedömning", "Ev. överaktiv blåsa. Blåsträning påbörjad."),
        ("Planering", "Läkarbedömning om antimuskarinika eller mirabegron vid utebliven effekt om åtta veckor."),
    ])], [["NL102", "n1"]], [],
    "a hedged diagnosis written by a uroterapeut ('Ev. överaktiv blåsa') is still visible in Melior")

# =====================================================================
# SKÅNE, Melior: NL102 negatives
# =====================================================================
C("d65-polyp-ej-malignitetssuspekt", "skane", "1963-08-14", "231", [
    N("n1", M, "Endoskopi", "hlm_endo", "Anders Kihlberg", "läkare", "2024-03-26T09:00:00", 30, OV, [
        ("Fynd", "Komplett koloskopi, BBPS 3-3-3. I colon transversum en 8 mm sessil polyp, Paris 0-Is, ej makroskopiskt "
         "maligintetssuspekt, avlägsnad in toto med kall slynga. Två diminutiva polyper i sigmoideum tagna med kall tång."),
        ("Bedömning", "Tre polyper avlägsnade. Kontrollintervall bestäms när PAD finns."),
    ])], [], [["NL102", "n1"]],
    "typo 'maligintetssuspekt' inside a negation ('ej makroskopiskt malignitetssuspekt'); polyps are confirmed")

C("d65-kolo-hereditet-morfar-misstanktes", "skane", "1979-10-10", "395", [
    N("n1", M, "Endoskopi", "sus_endo_ma", "Henrik Dahlqvist", "läkare", "2024-05-15T13:20:00", 40, OV, [
        ("Anamnes", "Mor fick koloncancer vid 52 års ålder, morbror vid 60. Hos morfar misstänktes ventrikelcancer "
         "men det utreddes aldrig."),
        ("Fynd", "Komplett koloskopi till terminala ileum, god tarmrengöring. Normal slemhinna, inga polyper."),
        ("Bedömning", "Normalt fynd. Ny kontroll om fem år enligt hereditetsprogrammet."),
    ])], [], [["NL102", "n1"]],
    "the only hedge ('misstänktes ventrikelcancer') is about a relative; the patient's colonoscopy is normal")

C("d65-ingen-misstanke-om-ibd", "skane", "1995-05-05", "748", [
    N("n1", M, "Läkaranteckning", "sus_gastro_lu", "Sara Lindqvist", "läkare", "2024-06-19T15:00:00", 30, OV, [
        ("Aktuellt", "Återbesök efter koloskopi. Växlande avföringsvanor och uppblåsthet sedan gymnasiet."),
        ("Bedömning", "F-kalprotektin 45, Hb normalt, koloskopi med stegvisa biopsier utan inflammation. Ingen "
         "misstanke om IBD. Besvären uppfyller Rom IV-kriterierna för IBS."),
        ("Planering", "Lågfodmap-kost via dietist. Ingen ny kontroll hos oss."),
    ])], [], [["NL102", "n1"]],
    "'Ingen misstanke om IBD' is negated and IBS is stated as a settled diagnosis")

C("d65-trolig-hemgang-efter-ercp", "skane", "1949-02-01", "137", [
    N("n1", M, "Daganteckning", "sus_kir_lu", "Jonas Berglöf", "läkare", "2024-09-03T09:30:00", 30, SV, [
        ("Aktuellt", "ERCP i går med papillotomi och extraktion av två koledokusstenar. Smärtfri sedan i går kväll, äter "
         "och dricker."),
        ("Lab", "Bilirubin 68 → 41, ALP sjunkande, amylas normalt."),
        ("Planering", "Trolig hemgång i morgon förmiddag om fortsatt fin. Kolecystektomi planeras om 6–8 veckor."),
    ])], [], [["NL102", "n1"]],
    "'Trolig' hedges the discharge date, not a diagnosis; gallstones are confirmed")

C("d65-oklart-om-laxering-racker", "skane", "1972-07-07", "260", [
    N("n1", M, "Omvårdnadsanteckning", "hbg_endo", "Petra Sjöholm", "sjuksköterska", "2024-10-08T08:20:00", 20, OV, [
        ("Omvårdnad", "Pat berättar att hon inte fick i sig hela andra dosen tarmsköljningsmedel pga illamående. Oklart "
         "om tarmrengöringen räcker; läkaren informerad före undersökningen."),
        ("Åtgärd", "PVK i vä armbåge, vitalparametrar ua. Inga kända allergier."),
    ])], [], [["NL102", "n1"]],
    "'Oklart om' hedges bowel preparation, no diagnosis anywhere")

C("d65-om-pad-malignitet-villkor", "skane", "1956-11-11", "413", [
    N("n1", M, "Endoskopi", "trb_kir", "Karl Edvinsson", "läkare", "2024-11-12T11:00:00", None, OV, [
        ("Fynd", "Rektalpolyp 25 mm, 10 cm ab ano, granulärt laterally spreading, avlägsnad piecemeal efter lyft. "
         "Kanterna behandlade med snare-tip-koagulation."),
        ("Planering", "Om PAD visar malignitet kallas pat till kirurgmottagningen för ställningstagande till "
         "kompletterande kirurgi. Annars ny rektoskopi om sex månader."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "conditional 'Om PAD visar malignitet' is hypothetical, not a hedged diagnosis; nothing untold")

C("d65-ev-kapselendoskopi-plan", "skane", "1946-03-27", "280", [
    N("n1", M, "Läkaranteckning", "yst_med", "Tobias Landgren", "läkare", "2024-02-20T14:30:00", 60, OV, [
        ("Aktuellt", "Järnbristanemi Hb 96. Gastroskopi och koloskopi har inte visat någon blödningskälla."),
        ("Planering", "Ev. kapselendoskopi efter diskussion på gastrokonferensen torsdag. Fortsätter peroralt järn, "
         "Hb-kontroll om fyra veckor."),
    ])], [], [["NL102", "n1"]],
    "'Ev.' hedges a planned examination; the iron-deficiency anaemia is confirmed")

C("d65-crohn-uteslutes-pat-informerad", "skane", "1991-08-30", "574", [
    N("n1", M, "Telefonanteckning", "sus_gastro_lu", "Karin Ahlström", "läkare", "2024-05-28T16:05:00", 10, OV, [
        ("Telefonkontakt", "MR tunntarm och PAD från terminala ileum är normala. Crohns sjukdom uteslutes. Pat informerad "
         "per telefon, nöjd. Avslutas hos oss."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "ruled-out Crohn ('uteslutes') and the patient was told by phone")

C("d65-pad-tubulart-adenom-brev", "skane", "1965-01-19", "322", [
    N("n1", M, "Provsvar", "sus_endo_ma", "Ingela Paulsson", "läkare", "2024-04-24T12:00:00", 5, OV, [
        ("PAD", "Tubulärt adenom med låggradig dysplasi, 9 mm, radikalt avlägsnat."),
        ("Åtgärd", "Svar meddelat pat per brev tillsammans med rekommendation om kontrollkoloskopi om tre år."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "confirmed histology and the patient has been told by letter")

C("d65-th-mall-skane-blascancer-otold", "skane", "1947-06-02", "282", [
    N("n1", M, "Tidiga hypoteser", "csk_uro", "Mirja Halonen", "läkare", "2024-03-14T16:40:00", 30, OV, [
        ("Bedömning", "Cystoskopi visar en solid bredbasig tumör vid blåstaket, sannolikt muskelinvasiv blåscancer. "
         "Pat i akut kris efter makens bortgång förra veckan och har ännu inte informerats om misstanken. "
         "Kuratorssamtal bokas före beskedet."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "Skåne template Tidiga hypoteser: hedged and untold diagnosis kept in the protected place")

C("d65-barn-talar-emot-celiaki", "skane", "2018-02-14", "880", [
    N("n1", M, "Läkaranteckning", "sus_barn_lu", "Helena Brodin", "läkare", "2024-06-25T10:10:00", 40, OV, [
        ("Bedömning", "Normala duodenalbiopsier (Marsh 0) och negativt transglutaminas trots normalt glutenintag "
         "talar emot celiaki."),
        ("Planering", "Buksmärtorna följs upp på vårdcentralen, ingen ny kontroll här."),
    ])], [], [["NL102", "n1"]],
    "child: 'talar emot celiaki' is a negation")

C("d65-kalium-troligen-hemolyserat", "skane", "1943-04-29", "153", [
    N("n1", M, "Omvårdnadsanteckning", "sus_uroavd_ma", "Jessica Olin", "sjuksköterska", "2024-07-17T10:45:00", 15, SV, [
        ("Omvårdnad", "Dag 2 efter TURP pga känd BPH. Spolkateter, urinen ljusröd, spolas 1 l/h."),
        ("Lab", "Kalium 6,1 men provet troligen hemolyserat, togs med stas länge. Nytt prov ordinerat av dr Ek, "
         "kalium 4,3 i kontrollen."),
    ])], [], [["NL102", "n1"]],
    "'troligen hemolyserat' hedges a lab artefact; BPH is confirmed")

C("d65-tidigare-misstankt-celiaki-avskrevs", "skane", "1975-09-17", "506", [
    N("n1", M, "Endoskopi", "lkr_med", "Gustav Rehn", "läkare", "2024-08-27T13:15:00", 50, OV, [
        ("Anamnes", "Utreddes 2019 för misstänkt celiaki, som avskrevs efter normala biopsier. Nu remitterad för dysfagi "
         "för fast föda."),
        ("Fynd", "Normal esofagus utan ringar eller fåror, normal cardia, ventrikel och duodenum. Biopsier från "
         "proximala och distala esofagus tagna."),
        ("Bedömning", "Inget organiskt fynd vid gastroskopin. Pat informerad om fynden direkt efter undersökningen."),
    ])], [], [["NL102", "n1"]],
    "an earlier suspicion that was ruled out ('avskrevs') is no open hypothesis")

C("d65-proktoskopi-hemorrojder-bekraftade", "skane", "1981-12-12", "279", [
    N("n1", M, "Besöksanteckning", "trb_kir", "Cecilia Månsson", "läkare", "2024-09-10T09:20:00", 10, OV, [
        ("Status", "Proktoskopi: inre hemorrojder grad II kl 3 och 7, inga andra fynd i analkanalen."),
        ("Åtgärd", "Gummibandsligatur x2 utan komplikationer. Fiberrik kost, återbesök vid behov."),
    ])], [], [["NL102", "n1"]],
    "haemorrhoids confirmed at proctoscopy, no hedge")

C("d65-typo-ingen-missanke-urotelial", "skane", "1954-10-20", "195", [
    N("n1", M, "Besöksanteckning", "sus_uro_ma", "Elin Gerdin", "läkare", "2024-10-22T11:30:00", 30, OV, [
        ("Utredning", "Cystoskopi med flexibelt instrument: normal blåsslemhinna, uretärmynningarna ua. DT-urografi utan "
         "fyllnadsdefekter. Urincytologi benign."),
        ("Bedömning", "Ingen missanke om urotelial cancer. Den mikroskopiska hematurin avskrivs som utredd."),
    ])], [], [["NL102", "n1"]],
    "typo 'Ingen missanke om' is still a negation; the hematuria work-up is negative")

C("d65-vid-misstanke-om-perforation-instruktion", "skane", "1968-05-25", "420", [
    N("n1", M, "Omvårdnadsanteckning", "sus_endo_ma", "Ingrid Holst", "sjuksköterska", "2024-11-05T15:00:00", 10, OV, [
        ("Utskrivning", "Efter endoskopisk mukosaresektion i rektum. Pat och make instruerade muntligt och skriftligt: "
         "vid feber, tilltagande buksmärta eller riklig blödning ska hon söka akut. Vid misstanke om perforation "
         "kontaktas jourhavande kirurg direkt via akutmottagningen."),
    ])], [], [["NL102", "n1"]],
    "'Vid misstanke om perforation' is a generic instruction (conditional), not a hedged diagnosis of the patient")

# =====================================================================
# SKÅNE, Melior: NL101
# =====================================================================
C("d65-rektumtumor-sederad-ej-informerad", "skane", "1951-07-31", "297", [
    N("n1", M, "Endoskopi", "sus_endo_ma", "Ingela Paulsson", "läkare", "2024-01-23T11:30:00", 45, OV, [
        ("Fynd", "8–12 cm ab ano en exofytisk, ulcererad tumör som omfattar halva cirkumferensen, makroskopiskt "
         "malignitetssuspekt. Biopsier x8."),
        ("Information", "Pat kraftigt sederad och ej informerad om fyndet. Undertecknad ringer pat i morgon förmiddag."),
        ("Planering", "MR lilla bäckenet och DT thorax-buk. Remiss kolorektalteamet."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "suspected rectal cancer visible while the note says the sedated patient was not told")

C("d65-blastumor-ej-info-fore-mdk", "skane", "1946-12-19", "310", [
    N("n1", M, "Operationsanteckning", "sus_uro_ma", "Fredrik Nyman", "läkare", "2024-02-08T14:00:00", 70, OV, [
        ("Fynd", "Cystoskopi: stor solid tumör på bakväggen, ca 5 cm, sannolikt muskelinvasiv."),
        ("Planering", "TURB för diagnos och stadieindelning. Pat ska ej informeras förrän fallet tagits upp på MDK "
         "torsdag, enligt överenskommelse med ansvarig överläkare."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "likely muscle-invasive bladder tumour in a visible note that explicitly says the patient must not be told before MDK")

C("d65-informerad-efter-uppvak", "skane", "1962-03-08", "175", [
    N("n1", M, "Endoskopi", "hbg_endo", "Maja Fröberg", "läkare", "2024-03-19T10:50:00", 80, OV, [
        ("Fynd", "I colon ascendens en 4 cm stor ulcererad tumör, makroskopiskt malignitetssuspekt. Biopsier x6, "
         "tuschmarkering."),
        ("Information", "Pat ej informerad under undersökningen pga sedering. Efter uppvaket informerad av "
         "undertecknad om fyndet och att det kan vara cancer, fick skriftlig information och kontaktsjuksköterskans nummer."),
    ])], [["NL102", "n1"]], [["NL101", "n1"]],
    "not told during sedation but told the same day after recovery: no uncommunicated diagnosis")

C("d65-flera-anteckningar-pad-besked-senare", "skane", "1949-05-16", "334", [
    N("n1", M, "Endoskopi", "sus_endo_ma", "Henrik Dahlqvist", "läkare", "2024-04-02T09:40:00", 40, OV, [
        ("Fynd", "Halvcirkulär tumör i colon ascendens strax ovan valveln, makroskopiskt malignitetssuspekt. Biopsier tagna."),
        ("Planering", "Pat ännu ej informerad om fyndet. Kirurg ger besked när PAD finns."),
    ]),
    N("n2", M, "Telefonanteckning", "hbg_kir", "Linnea Ström", "läkare", "2024-04-05T13:10:00", 15, OV, [
        ("Telefonkontakt", "PAD visar adenokarcinom i colon ascendens. Pat informerad per telefon om cancerdiagnosen "
         "och om fortsatt utredning. Besök på kirurgmottagningen bokat 12/4."),
    ])], [["NL101", "n1"]], [["NL101", "n2"], ["NL102", "n2"]],
    "endoscopy note withholds the finding (NL101 on n1); the later phone note tells the patient (no NL101 on n2)")

C("d65-dottern-ej-informerad-pat-informerad", "skane", "1939-08-22", "440", [
    N("n1", M, "Läkaranteckning", "lkr_med", "Sofia Vinge", "läkare", "2024-05-14T14:20:00", 45, OV, [
        ("Aktuellt", "Besked om PAD från gastroskopin."),
        ("Bedömning", "Biopsierna visar adenokarcinom i ventrikeln, diffus typ. Pat informerad om diagnosen, tog det "
         "sansat. Pat vill inte att dottern informeras förrän efter hennes bröllop i juni."),
        ("Planering", "DT thorax-buk, diskuteras på övre GI-rond."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "patient told; only a relative is not told")

C("d65-normala-biopsier-ej-meddelat", "skane", "1985-02-26", "606", [
    N("n1", M, "Provsvar", "yst_med", "Per-Olof Wendt", "läkare", "2024-06-12T09:05:00", 10, OV, [
        ("Provsvar", "Känd järnbristanemi. Duodenalbiopsierna är normala och celiaki avskrivs. Pat ej informerad ännu, "
         "svar skickas per brev i dag."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "what is not yet told is a normal result; the visible diagnosis (anaemia) is known")

C("d65-utkast-barrett-hgd-ej-meddelat", "skane", "1958-10-01", "157", [
    N("n1", M, "Provsvar", "lkr_med", "Gustav Rehn", "läkare", "2024-07-09T11:25:00", None, OV, [
        ("PAD", "Från Barrettsegmentet 32–37 cm: höggradig dysplasi i två av åtta biopsier."),
        ("Åtgärd", "Ej meddelat pat ännu – ringer efter eftermiddagens rond. Remiss för endoskopisk resektion till SUS."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "unsigned draft: confirmed high-grade dysplasia visible while the patient has not been told")

C("d65-levermetastaser-pat-ovetande", "skane", "1955-11-08", "375", [
    N("n1", M, "Läkaranteckning", "hbg_kir", "Amir Haddad", "läkare", "2024-08-20T15:45:00", 60, OV, [
        ("Utredning", "PAD från koloskopin: adenokarcinom i sigmoideum. DT thorax-buk: multipla levermetastaser, "
         "största 3 cm i segment 7, lungorna fria."),
        ("Bedömning", "Pat ännu ovetande om metastaserna. Kontaktsjuksköterska bokar gemensamt samtal med pat och "
         "dottern på fredag."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "confirmed liver metastases in a visible section while the patient is said to be unaware")

C("d65-njurtumor-incidentell-ej-info", "skane", "1964-06-13", "291", [
    N("n1", M, "Läkaranteckning", "sus_uro_ma", "Elin Gerdin", "läkare", "2024-09-17T12:30:00", 40, OV, [
        ("Utredning", "DT-urografi pga mikroskopisk hematuri: 4 cm kontrastuppladdande tumör i höger njures nedre pol, "
         "sannolikt njurcellscancer. Blåsan ua."),
        ("Planering", "Pat ej informerad. Ansvarig urolog tar ställning till hur beskedet ges och bokar besök inom en vecka."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "incidental renal tumour ('sannolikt njurcellscancer') visible, patient not informed")

C("d65-tolk-saknades-ej-informerad", "skane", "1970-04-18", "219", [
    N("n1", M, "Endoskopi", "sus_endo_ma", "Ingela Paulsson", "läkare", "2024-10-02T10:15:00", 55, OV, [
        ("Fynd", "I cardia en ulcererad tumör som sträcker sig 3 cm ned längs lilla kurvaturen, sannolikt adenokarcinom. "
         "Biopsier x8."),
        ("Information", "Pat ej informerad om fyndet eftersom arabisktalande tolk inte fanns tillgänglig. Nytt besök "
         "med tolk på plats bokas nästa vecka."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "no interpreter, so the patient was not told about a probable cardia cancer shown in the note")

C("d65-analcancer-typo-underattad", "skane", "1967-09-29", "568", [
    N("n1", M, "Provsvar", "trb_kir", "Karl Edvinsson", "läkare", "2024-11-19T08:50:00", 20, OV, [
        ("PAD", "Biopsi från analkanalen: skivepitelcancer, HPV-associerad."),
        ("Åtgärd", "Pat ännu ej underättad. Kallas till kirurgmottagningen nästa vecka, remiss till MDK."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "typo 'underättad' (underrättad): confirmed anal cancer visible, patient not yet told")

C("d65-barn-crohn-ej-besked", "skane", "2013-03-04", "091", [
    N("n1", M, "Provsvar", "sus_barn_lu", "Nils Rydén", "läkare", "2024-02-22T14:40:00", 30, OV, [
        ("PAD", "Kroniskt aktiv inflammation med epiteloidcellsgranulom i terminala ileum och colon ascendens."),
        ("Bedömning", "Diagnosen Crohns sjukdom är därmed fastställd. Varken pojken eller föräldrarna har ännu fått "
         "beskedet; samtal på mottagningen fredag med IBD-sjuksköterska."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "11-year-old: confirmed Crohn's disease visible while neither child nor guardians have been told")

C("d65-remiss-ej-meddelad-kand-bph", "skane", "1950-03-10", "435", [
    N("n1", M, "Läkaranteckning", "csk_uro", "Mirja Halonen", "läkare", "2024-12-03T13:15:00", None, OV, [
        ("Aktuellt", "Känd BPH, tamsulosin och finasterid utan tillräcklig effekt, resurin 250 ml."),
        ("Åtgärd", "Remiss skickad till operationsplanering för ställningstagande till TURP. Pat ej informerad om "
         "remissen ännu, undertecknad ringer honom i morgon."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "what is untold is that a referral was sent; the BPH is known to the patient")

C("d65-esofaguscancer-ej-delgiven", "skane", "1953-01-05", "286", [
    N("n1", M, "Provsvar", "lkr_med", "Sofia Vinge", "läkare", "2024-04-30T10:35:00", 25, OV, [
        ("PAD", "Skivepitelcancer i esofagus 28–33 cm, medelhögt differentierad."),
        ("Planering", "Ej delgiven pat ännu. Besked ges tillsammans med kontaktsjuksköterska vid besök 3/5, "
         "PET-DT beställd."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "'Ej delgiven pat' (not told) with a confirmed esophageal cancer in a visible note")

C("d65-ej-pratat-med-pat-caekumcancer", "skane", "1960-07-04", "453", [
    N("n1", M, "Läkaranteckning", "hbg_kir", "Linnea Ström", "läkare", "2024-07-23T09:00:00", 30, OV, [
        ("Aktuellt", "PAD från koloskopin 15/7 visar adenokarcinom i caekum."),
        ("Bedömning", "Har ännu inte pratat med pat om PAD-svaret, han är utomlands och åter v. 32. Tid bokad 8/8."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "the doctor has not yet talked to the patient about a confirmed caecal cancer written in the note")

# =====================================================================
# SKÅNE, PMO (primary care): NL102 never shown
# =====================================================================
C("d65-pmo-psa-misstankt-prostatacancer", "skane", "1959-12-01", "379", [
    N("n1", P, "Läkarbesök", "vc_linero", "Björn Axelsson", "läkare", "2024-01-30T10:30:00", 30, OV, [
        ("Aktuellt", "Kontroll av PSA efter att brodern fått prostatacancer."),
        ("Status", "PR: asymmetrisk prostata, fast vänster lob."),
        ("Bedömning", "PSA 9,8. Misstänkt prostatacancer, remiss till urologen enligt SVF."),
    ])], [], [["NL102", "n1"]],
    "PMO never shows diagnoses: suspected prostate cancer in a vårdcentral note")

C("d65-pmo-hematuri-trol-blascancer", "skane", "1952-04-06", "251", [
    N("n1", P, "Läkarbesök", "vc_sodervarn", "Hanna Ek", "läkare", "2024-02-13T14:10:00", 20, OV, [
        ("Anamnes", "Tre episoder med blod i urinen utan smärta sista månaden. Rökare, ca 40 paketår."),
        ("Bedömning", "Trol blåscancer tills motsatsen bevisats. SVF-remiss till urologen skickad i dag."),
    ])], [], [["NL102", "n1"]],
    "PMO: hedged bladder cancer in primary care is not shown to the patient")

C("d65-pmo-dyspepsi-hp-kan-ej-uteslutas", "skane", "1976-08-08", "642", [
    N("n1", P, "Läkarbesök", "vc_eslov", "Tove Lund", "läkare", "2024-03-21T09:40:00", 35, OV, [
        ("Aktuellt", "Brännande smärta i epigastriet sedan två månader, värre nattetid."),
        ("Bedömning", "Helicobacter pylori-infektion kan ej uteslutas, F-Hp-antigen skickat. PPI i fyra veckor."),
    ])], [], [["NL102", "n1"]],
    "PMO: 'kan ej uteslutas' for H. pylori in a vårdcentral note")

C("d65-pmo-trolig-ibs", "skane", "2001-11-30", "228", [
    N("n1", P, "Läkarbesök", "vc_simrishamn", "Erik Nordin", "läkare", "2024-05-02T11:15:00", 20, OV, [
        ("Bedömning", "Trolig IBS med förstoppningsdominans. Kalprotektin <20, celiakiserologi negativ, Hb normalt."),
        ("Planering", "Vattenlösliga fibrer, återkoppling via 1177 om en månad."),
    ])], [], [["NL102", "n1"]],
    "PMO: 'Trolig IBS' in primary care")

C("d65-pmo-skelettmetastaser-ej-informerad", "skane", "1942-02-18", "319", [
    N("n1", P, "Journalanteckning", "vc_astorp", "Björn Axelsson", "läkare", "2024-06-14T08:30:00", 15, OV, [
        ("Anteckning", "Urologen meddelar per telefon att pat har prostatacancer och att skelettscintigrafin talar för "
         "skelettmetastaser. Pat själv ännu ej informerad, urologen ger beskedet 18/6. Smärtlindring enligt "
         "ordination tills vidare."),
    ])], [], [["NL102", "n1"]],
    "PMO: hedged metastases are not shown (NL102 must_not); NL101 is not asserted on PMO")

C("d65-pmo-hemsjukvard-kateter-misstankt-uvi", "skane", "1934-05-09", "203", [
    N("n1", P, "Omvårdnad", "hsv_hoor", "Maria Håkansson", "sjuksköterska", "2024-07-25T13:20:00", 10, OV, [
        ("Omvårdnad", "KAD-byte enligt schema, Ch 14. Urinen grumlig och illaluktande, pat lätt förvirrad enligt "
         "dottern. Misstänkt UVI, urinodling tagen och läkare på vårdcentralen kontaktad."),
    ])], [], [["NL102", "n1"]],
    "PMO hemsjukvård: 'Misstänkt UVI' is not shown to the patient")

C("d65-pmo-barn-misstankt-celiaki", "skane", "2017-06-12", "857", [
    N("n1", P, "Läkarbesök", "vc_hoganas", "Tove Lund", "läkare", "2024-09-05T15:30:00", 25, OV, [
        ("Aktuellt", "7-årig pojke med lösa avföringar och dålig viktuppgång."),
        ("Bedömning", "Transglutaminas-IgA 64. Missänkt celiaki, remiss till barnmottagningen."),
    ])], [], [["NL102", "n1"]],
    "PMO, child, typo 'Missänkt': still not shown because PMO never shows diagnoses")

# =====================================================================
# VGR: NL102 positives
# =====================================================================
C("d65-vgr-gastro-inger-misstanke-ventrikelcancer", "vgr", "1950-06-27", "139", [
    N("n1", M, "Endoskopi", "su_endo", "Johan Sjögren", "läkare", "2024-01-16T09:30:00", 40, OV, [
        ("Fynd", "Esofagus ua. I angulus ett 2 cm stort ulcus med upphöjda, oregelbundna kanter och konvergerande veck. "
         "Inger misstanke om ventrikelcancer. Biopsier x8 från kant och botten."),
        ("Åtgärd", "PPI dubbeldos, ny gastroskopi om sex veckor oavsett PAD."),
    ])], [["NL102", "n1"]], [],
    "VGR: 'Inger misstanke om ventrikelcancer' in a visible Fynd section")

C("d65-vgr-pirads5-hogsuspekt", "vgr", "1954-03-31", "173", [
    N("n1", M, "Läkaranteckning", "su_uro", "Maria Lönn", "läkare", "2024-02-05T13:00:00", None, OV, [
        ("Utredning", "PSA 11, PSA-densitet 0,24. MR prostata: PI-RADS 5-lesion 18 mm i vänster perifera zon, "
         "högsuspekt för signifikant prostatacancer, ingen extraprostatisk växt."),
        ("Planering", "Transperineal riktad biopsi bokad v. 8."),
    ])], [["NL102", "n1"]], [["NL101", "n1"]],
    "'högsuspekt för' prostate cancer on MRI in a visible section; nothing said about telling")

C("d65-vgr-cystoskopi-trolig-urotelial-cancer", "vgr", "1945-09-14", "259", [
    N("n1", M, "Besöksanteckning", "udd_uro", "Ola Wikander", "läkare", "2024-03-07T10:20:00", 30, OV, [
        ("Anamnes", "Makroskopisk hematuri vid två tillfällen. Rökt 30 år, slutade 2010."),
        ("Status", "Cystoskopi: papillär tumör ca 2 cm strax lateralt om vänster uretärmynning, i övrigt ua."),
        ("Bedömning", "Trolig urotelial cancer. TURB planeras inom två veckor, DT-urografi innan."),
    ])], [["NL102", "n1"]], [],
    "VGR hematuria work-up: 'Trolig urotelial cancer' in a visible assessment")

C("d65-vgr-ev-hemorrojder-blodningskalla", "vgr", "1977-02-17", "448", [
    N("n1", M, "Besöksanteckning", "kun_kir", "Therese Aronsson", "läkare", "2024-04-11T14:30:00", 25, OV, [
        ("Anamnes", "Färskt blod på pappret och i toalettstolen sedan tre veckor, ingen viktnedgång."),
        ("Bedömning", "Ev. hemorrojder som blödningskälla. Proktoskopi i dag, koloskopi om den är normal."),
    ])], [["NL102", "n1"]], [],
    "'Ev. hemorrojder' is a hedged diagnosis (contrast with 'ev.' before a plan)")

C("d65-vgr-oklart-om-crohn-eller-uc", "vgr", "2000-12-24", "572", [
    N("n1", M, "Läkaranteckning", "sas_med", "Daniel Fors", "läkare", "2024-05-16T11:40:00", 40, OV, [
        ("Bedömning", "Kronisk kolit med skip lesions men också kontinuerlig inflammation i rektum. Oklart om det "
         "rör sig om Crohns sjukdom eller ulcerös kolit, PAD utan granulom."),
        ("Planering", "MR tunntarm och kapselendoskopi. Start med mesalazin 4 g."),
    ])], [["NL102", "n1"]], [],
    "'Oklart om' between two diagnoses is an uncertain diagnosis")

C("d65-vgr-kan-rora-sig-om-eoe", "vgr", "1996-08-03", "319", [
    N("n1", M, "Endoskopi", "su_endo", "Elsa Magnusson", "läkare", "2024-06-03T08:50:00", 35, OV, [
        ("Indikation", "Bolusobstruktion två gånger senaste året."),
        ("Fynd", "Ringformade veck och longitudinella fåror i hela esofagus, vita exsudat. Kan röra sig om eosinofil "
         "esofagit. Biopsier x8 från olika nivåer."),
    ])], [["NL102", "n1"]], [],
    "'Kan röra sig om' eosinophilic esophagitis in the visible Fynd")

C("d65-vgr-pad-forenligt-med-barrett", "vgr", "1962-01-07", "195", [
    N("n1", M, "Provsvar", "nal_med", "Rikard Holm", "läkare", "2024-06-20T15:10:00", 20, OV, [
        ("PAD", "Biopsier från distala esofagus: körtelslemhinna med intestinal metaplasi, förenligt med Barretts "
         "esofagus utan dysplasi."),
        ("Åtgärd", "Kontrollgastroskopi om tre år enligt riktlinje."),
    ])], [["NL102", "n1"]], [],
    "'förenligt med' in a visible PAD section is a hedge by definition")

C("d65-vgr-th-sokord-plus-hedge-i-bedomning", "vgr", "1971-10-19", "265", [
    N("n1", M, "Läkaranteckning", "su_gastro", "Annika Bäck", "läkare", "2024-07-04T10:30:00", 60, OV, [
        ("Aktuellt", "Kolestatisk leverpåverkan, ALP 9,8, känd ulcerös kolit sedan 2008."),
        ("Bedömning", "Trolig primär skleroserande kolangit. MRCP bokad."),
        ("Tidiga hypoteser", "Vid dominant striktur kan kolangiokarcinom inte uteslutas."),
    ])], [["NL102", "n1"]], [],
    "VGR: the Tidiga hypoteser sökord protects its own section, but 'Trolig PSC' in the visible Bedömning still counts")

C("d65-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1959-05-22", "331", [
    N("n1", M, "Tidiga hypoteser", "skas_kir", "Mats Engdahl", "läkare", "2024-08-06T14:15:00", 30, OV, [
        ("Bedömning", "Nedsatt aptit, viktnedgång och ikterus. Misstänkt pankreashuvudtumör, DT bokad."),
    ])], [["NL102", "n1"]], [],
    "VGR protects by sökord, not template: a note named Tidiga hypoteser with sökord Bedömning is visible")

C("d65-vgr-sannolik-mikroskopisk-kolit", "vgr", "1953-04-15", "488", [
    N("n1", M, "Läkaranteckning", "als_med", "Katarina Sand", "läkare", "2024-08-22T09:30:00", 45, OV, [
        ("Aktuellt", "Vattniga diarréer 6–8 ggr/dygn sedan tre månader, även nattetid. Tar lansoprazol och sertralin."),
        ("Bedömning", "Makroskopiskt normal koloskopi. Sannolik mikroskopisk kolit, stegvisa biopsier inväntas."),
    ])], [["NL102", "n1"]], [],
    "'Sannolik mikroskopisk kolit' in a visible assessment")

C("d65-vgr-mojlig-autoimmun-hepatit", "vgr", "1988-07-28", "624", [
    N("n1", M, "Läkaranteckning", "su_gastro", "Annika Bäck", "läkare", "2024-09-12T13:45:00", 40, OV, [
        ("Utredning", "ALAT 6 x ref, IgG 24 g/l, ASMA positiv, virusserologi negativ."),
        ("Bedömning", "Möjlig autoimmun hepatit. Leverbiopsi planeras innan steroider."),
    ])], [["NL102", "n1"]], [],
    "'Möjlig' before autoimmune hepatitis in a visible assessment")

C("d65-vgr-susp-kolangit-kirurgakut", "vgr", "1938-11-03", "155", [
    N("n1", M, "Akutanteckning", "su_kir_mo", "Lukas Pettersson", "läkare", "2024-10-01T21:30:00", 25, OV, [
        ("Status", "Temp 39,4, frossa, ikteriska sklerae. Öm under höger arcus."),
        ("Bedömning", "Susp. kolangit. Blododlingar x2, piperacillin-tazobaktam, akut UL och inläggning."),
    ])], [["NL102", "n1"]], [],
    "abbreviation 'Susp.' before cholangitis in a visible assessment")

C("d65-vgr-differentialdiagnos-pankreas", "vgr", "1966-02-09", "217", [
    N("n1", M, "Läkaranteckning", "su_gastro", "Johan Sjögren", "läkare", "2024-10-17T11:00:00", 50, OV, [
        ("Utredning", "DT: diffust förstorad pankreas med halo, inga förstorade lymfkörtlar. IgG4 2,9 g/l."),
        ("Bedömning", "Diffrentialdiagnos pankreascancer eller autoimmun pankreatit. EUS med finnålsbiopsi bokad."),
    ])], [["NL102", "n1"]], [],
    "typo 'Diffrentialdiagnos' listing two diseases of the patient")

C("d65-vgr-barn-misstankt-invagination", "vgr", "2022-03-18", "106", [
    N("n1", M, "Akutanteckning", "dsbus_kir", "Ylva Strand", "läkare", "2024-11-07T19:40:00", 20, OV, [
        ("Anamnes", "Sedan i morse intervallvisa skrikattacker och drar upp benen, kräkts tre gånger. Geléliknande "
         "blodig avföring nu i kväll."),
        ("Bedömning", "Misstänkt invagination. Akut UL buk, kirurgbakjour informerad."),
    ])], [["NL102", "n1"]], [],
    "two-year-old: 'Misstänkt invagination' in a visible section (guardian reads the journal)")

C("d65-vgr-typo-sannolkit-bph", "vgr", "1951-08-25", "397", [
    N("n1", M, "Besöksanteckning", "skas_uro", "Hampus Ljung", "läkare", "2024-02-29T10:45:00", 20, OV, [
        ("Utredning", "IPSS 19, Qmax 8 ml/s, resurin 120 ml. PR: ca 60 ml, slät, elastisk."),
        ("Bedömning", "Sannolkit BPH med avflödeshinder. Tamsulosin insätts, ny flödesmätning om tre månader."),
    ])], [["NL102", "n1"]], [],
    "typo 'Sannolkit' for sannolikt before BPH")

C("d65-vgr-trolig-interstitiell-cystit", "vgr", "1979-06-06", "860", [
    N("n1", M, "Läkaranteckning", "sas_uro", "Ebba Carlén", "läkare", "2024-03-28T09:20:00", 55, OV, [
        ("Anamnes", "Smärta vid fylld blåsa som lindras av miktion, miktionsfrekvens 20/dygn, upprepat steril urin."),
        ("Bedömning", "Trolgi interstitiell cystit (blåssmärtsyndrom). Cystoskopi med hydrodistension i narkos planeras."),
    ])], [["NL102", "n1"]], [],
    "typo 'Trolgi' (Trolig) before a urological diagnosis in a visible assessment")

C("d65-vgr-misstankt-uretrastriktur", "vgr", "1963-12-16", "413", [
    N("n1", M, "Besöksanteckning", "udd_uro", "Ola Wikander", "läkare", "2024-04-25T13:15:00", 30, OV, [
        ("Aktuellt", "Tilltagande svag stråle sedan KAD-behandling i samband med hjärtoperation i fjol."),
        ("Utredning", "Flödeskurva platt, Qmax 6 ml/s, resurin 90 ml."),
        ("Bedömning", "Misstänkt uretrastriktur, uretrocystoskopi bokad."),
    ])], [["NL102", "n1"]], [],
    "'Misstänkt uretrastriktur' in the visible assessment")

C("d65-vgr-telefon-trol-gallstensanfall", "vgr", "1984-09-09", "242", [
    N("n1", M, "Telefonanteckning", "als_med", "Lina Sundqvist", "sjuksköterska", "2024-05-08T08:40:00", 10, OV, [
        ("Telefonkontakt", "Pat ringer: återkommande smärta under höger arcus efter fet mat, senast i går kväll i tre "
         "timmar. Afebril, ej gul."),
        ("Bedömning", "Trol. gallstensanfall efter samråd med dr Lindén. UL lever-gallvägar beställt, återkoppling efter svar."),
    ])], [["NL102", "n1"]], [],
    "a nurse's telephone note with 'Trol.' before a diagnosis is visible like any other")

C("d65-vgr-fragestallning-sokord-celiaki-mikrokolit", "vgr", "1990-04-21", "566", [
    N("n1", M, "Remissbedömning", "sas_med", "Daniel Fors", "läkare", "2024-05-30T10:10:00", 15, OV, [
        ("Frågeställning", "Celiaki? Mikroskopisk kolit?"),
        ("Bedömning", "Remissen accepteras. Gastroskopi med duodenalbiopsier och koloskopi med stegvisa biopsier bokas "
         "samma dag."),
    ])], [["NL102", "n1"]], [],
    "referral triage with question-marked diagnoses under the sökord Frågeställning")

C("d65-vgr-typo-malignitetsuspekt-caekum", "vgr", "1948-01-26", "376", [
    N("n1", M, "Endoskopi", "skas_kir", "Mats Engdahl", "läkare", "2024-06-18T11:30:00", 35, OV, [
        ("Fynd", "I caekum mitt emot valveln en 5 cm stor, blomkålsliknande tumör, makroskopiskt malignitetsuspekt. "
         "Biopsier och tuschmarkering."),
        ("Planering", "DT thorax-buk, CEA, remiss kolorektal MDK."),
    ])], [["NL102", "n1"]], [],
    "typo 'malignitetsuspekt' (one s missing) still hedges a caecal cancer")

C("d65-vgr-mojligen-angiodysplasier", "vgr", "1941-10-30", "458", [
    N("n1", M, "Endoskopi", "nal_med", "Rikard Holm", "läkare", "2024-07-11T14:00:00", 45, SV, [
        ("Indikation", "Återkommande transfusionskrävande anemi, Eliquis-behandlad."),
        ("Fynd", "Två små röda kärlförändringar i caekum utan aktiv blödning. Blödningskällan är möjligen "
         "angiodysplasier, APC-behandlade."),
    ])], [["NL102", "n1"]], [],
    "'möjligen' before angiodysplasia as bleeding source in the visible findings")

C("d65-vgr-bild-som-vid-stralproktit", "vgr", "1944-05-03", "239", [
    N("n1", M, "Endoskopi", "sas_med", "Ebba Carlén", "läkare", "2024-08-29T09:45:00", 30, OV, [
        ("Anamnes", "Strålbehandlad för prostatacancer 2021. Intermittent färskt blod per rektum."),
        ("Fynd", "Rektoskopi: multipla teleangiektasier i främre rektalväggen, bild som vid strålproktit. Ingen tumör."),
    ])], [["NL102", "n1"]], [],
    "'bild som vid strålproktit' is hedged; the past prostate cancer is confirmed")

C("d65-vgr-misstanke-om-pyelonefrit-avd", "vgr", "1985-01-14", "664", [
    N("n1", M, "Inskrivningsanteckning", "udd_uroavd", "Simon Edlund", "läkare", "2024-09-19T17:20:00", 50, SV, [
        ("Anamnes", "Sveda vid miktion sedan tre dagar, i dag feber 39,2 och ont i höger flank."),
        ("Status", "Dunkömhet över höger njurloge. U-sticka nitrit pos."),
        ("Bedömning", "Misstanke om pyelonefrit. Cefotaxim iv efter urin- och blododling."),
    ])], [["NL102", "n1"]], [],
    "'Misstanke om' pyelonephritis in an admission note (negative counterpart is 'ingen misstanke om')")

# =====================================================================
# VGR: NL102 negatives
# =====================================================================
C("d65-vgr-inger-inte-misstanke-malignitet", "vgr", "1970-11-21", "540", [
    N("n1", M, "Endoskopi", "su_endo", "Elsa Magnusson", "läkare", "2024-01-25T10:40:00", 30, OV, [
        ("Fynd", "Lätt fläckvis rodnad i antrum som inte inger misstake om malignitet. Biopsier från antrum och corpus "
         "enligt Sydney-protokollet för Helicobacter."),
        ("Bedömning", "Lindrig antral rodnad, i övrigt normal gastroskopi."),
    ])], [], [["NL102", "n1"]],
    "typo 'misstake' inside a negation ('inte inger misstanke om malignitet')")

C("d65-vgr-kand-uc-skov", "vgr", "1986-06-11", "287", [
    N("n1", M, "Läkaranteckning", "sas_med", "Daniel Fors", "läkare", "2024-02-15T13:00:00", 40, OV, [
        ("Aktuellt", "Känd ulcerös kolit sedan 2016. Nu skov med 6–7 blodiga avföringar per dygn sedan två veckor."),
        ("Bedömning", "Måttligt svårt skov, endoskopiskt Mayo 2 i vänsterkolon. F-kalprotektin 1 800."),
        ("Åtgärd", "Prednisolon 40 mg med nedtrappning, utredning inför biologisk behandling."),
    ])], [], [["NL102", "n1"]],
    "known ulcerative colitis in flare: confirmed, no hedge")

C("d65-vgr-barn-talar-emot-celiaki", "vgr", "2014-08-05", "308", [
    N("n1", M, "Läkaranteckning", "dsbus", "Petter Alm", "läkare", "2024-03-13T14:20:00", 35, OV, [
        ("Bedömning", "Normala duodenalbiopsier och negativt tTG-IgA med normalt total-IgA talar emot celiaki hos "
         "denna 9-åriga flicka."),
        ("Planering", "Tillbaka till remittenten för fortsatt handläggning av buksmärtorna."),
    ])], [], [["NL102", "n1"]],
    "VGR child: 'talar emot celiaki' is a negation")

C("d65-vgr-far-troligen-prostatacancer", "vgr", "1969-04-04", "211", [
    N("n1", M, "Besöksanteckning", "skas_uro", "Hampus Ljung", "läkare", "2024-04-17T11:10:00", 25, OV, [
        ("Anamnes", "Pappan hade troligen prostatacancer men utreddes aldrig, avled 79 år. Bror opererad för "
         "prostatacancer 2020."),
        ("Utredning", "PSA 1,9. PR: liten slät prostata."),
        ("Bedömning", "Ingen indikation för vidare utredning nu. Ny PSA om två år på vårdcentralen."),
    ])], [], [["NL102", "n1"]],
    "hedged prostate cancer belongs to the father; the patient's own work-up is normal")

C("d65-vgr-eoe-bekraftad-informerad", "vgr", "1997-10-13", "475", [
    N("n1", M, "Provsvar", "su_endo", "Elsa Magnusson", "läkare", "2024-06-14T09:00:00", 10, OV, [
        ("PAD", "Över 15 eosinofiler per högförstoringsfält i samtliga nivåer."),
        ("Bedömning", "Eosinofil esofagit bekräftad. Pat informerad via 1177 och budesonid munlöslig tablett förskriven."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "confirmed eosinophilic esophagitis, patient told via 1177")

C("d65-vgr-th-sokord-skyddat-kolangiokarcinom", "vgr", "1957-07-19", "298", [
    N("n1", M, "Läkaranteckning", "su_gastro", "Annika Bäck", "läkare", "2024-07-25T14:20:00", None, OV, [
        ("Aktuellt", "Ikterus sedan tio dagar, klåda. Bilirubin 148. Ingen feber."),
        ("Planering", "ERCP med borstcytologi och stent nästa vecka."),
        ("Tidiga hypoteser", "Misstänkt kolangiokarcinom vid hilus (Klatskin), ej diskuterat med pat."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "VGR: hedged and untold diagnosis only under the protected sökord Tidiga hypoteser")

C("d65-vgr-om-feber-sok-efter-polypektomi", "vgr", "1966-09-01", "382", [
    N("n1", M, "Omvårdnadsanteckning", "su_endo", "Gunilla Ahl", "sjuksköterska", "2024-08-08T12:30:00", 10, OV, [
        ("Utskrivning", "Pigg efter polypektomi i sedering, druckit och ätit. Om feber, buksmärta eller blödning de "
         "närmaste två veckorna ska pat söka akut. Waran återinsätts i kväll enligt läkarordination."),
    ])], [], [["NL102", "n1"]],
    "conditional advice after polypectomy: no hedged diagnosis")

C("d65-vgr-pad-hyperplastiska-polyper-brev", "vgr", "1973-03-23", "417", [
    N("n1", M, "Provsvar", "kun_kir", "Therese Aronsson", "läkare", "2024-09-04T10:05:00", 10, OV, [
        ("PAD", "Hyperplastiska polyper, ingen dysplasi."),
        ("Åtgärd", "Ingen kontrollkoloskopi behövs. Brev med svaret skickat till pat."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "benign confirmed histology and the patient was sent the answer")

C("d65-vgr-cystoskopi-inga-tecken-pa-tumor", "vgr", "1958-12-28", "351", [
    N("n1", M, "Besöksanteckning", "udd_uro", "Ola Wikander", "läkare", "2024-10-09T14:30:00", 20, OV, [
        ("Utredning", "Cystoskopi: inga tecken på tumör eller sten, normal blåsslemhinna. DT-urografi ua, urincytologi benign."),
        ("Bedömning", "Makrohematurin utredd enligt SVF utan fynd, avslutas. Pat informerad."),
    ])], [], [["NL102", "n1"]],
    "'inga tecken på tumör' is a negation; a negative hematuria work-up")

C("d65-vgr-sannolikt-behov-ny-koloskopi", "vgr", "1955-02-02", "193", [
    N("n1", M, "Läkaranteckning", "als_med", "Katarina Sand", "läkare", "2024-10-24T10:15:00", 30, OV, [
        ("Bedömning", "Fem tubulära adenom, största 14 mm, alla radikalt avlägsnade. Sannolikt behov av förnyad koloskopi "
         "om tre år, beslutas av endoskopienheten."),
    ])], [], [["NL102", "n1"]],
    "'Sannolikt' hedges the need of a follow-up, not a diagnosis")

C("d65-vgr-fragetecken-antikoagulantia-plan", "vgr", "1943-07-15", "476", [
    N("n1", M, "Läkaranteckning", "skas_kir", "Nora Bengtsson", "läkare", "2024-11-14T13:40:00", 30, OV, [
        ("Aktuellt", "Känt förmaksflimmer, Eliquis 5 mg x 2. 20 mm polyp i sigmoideum ska tas bort."),
        ("Planering", "Kan Eliquis pausas två dygn inför polypektomin? Frågan skickad till kardiologen, "
         "ny tid när svar finns."),
    ])], [], [["NL102", "n1"]],
    "the question mark is on a plan (pausing anticoagulation); the atrial fibrillation is known")

C("d65-vgr-biopsisvar-troligen-tva-veckor", "vgr", "1980-05-19", "680", [
    N("n1", M, "Telefonanteckning", "nal_med", "Hanna Vidén", "sjuksköterska", "2024-12-05T09:15:00", 5, OV, [
        ("Telefonkontakt", "Pat ringer och undrar över PAD från gastroskopin förra veckan. Svaret kommer troligen inom "
         "två veckor, pat ringer tillbaka om hon inte hört något till dess."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "'troligen' hedges when an answer arrives; no diagnosis at all")

C("d65-vgr-prostatit-uteslutes", "vgr", "1990-10-08", "259", [
    N("n1", M, "Besöksanteckning", "sas_uro", "Ebba Carlén", "läkare", "2024-01-31T15:00:00", 25, OV, [
        ("Utredning", "Urinodling och mykoplasma-PCR negativa. PR: oöm, normalstor prostata."),
        ("Bedömning", "Prostatit uteslutes. Kroniskt bäckensmärtsyndrom, remiss till fysioterapeut med inriktning "
         "bäckenbotten."),
    ])], [], [["NL102", "n1"]],
    "'uteslutes' rules out prostatitis; the pain syndrome is stated as settled")

C("d65-vgr-inga-hallpunkter-appendicit", "vgr", "2003-08-16", "824", [
    N("n1", M, "Akutanteckning", "su_kir_mo", "Lukas Pettersson", "läkare", "2024-03-02T23:45:00", 20, OV, [
        ("Utredning", "DT buk: inga hållpunkter för appendicit eller divertikulit, normal tarm."),
        ("Bedömning", "Opåverkad, smärtan avtagit. Hem med råd, åter vid försämring."),
    ])], [], [["NL102", "n1"]],
    "'inga hållpunkter för' is a negation")

C("d65-vgr-mojligen-illamaende-symptom", "vgr", "1976-04-27", "168", [
    N("n1", M, "Omvårdnadsanteckning", "nal_med", "Hanna Vidén", "sjuksköterska", "2024-04-04T11:50:00", 10, OV, [
        ("Omvårdnad", "Koloskopi utförd i sedering utan anmärkning. Pat möjligen något illamående efter sederingen, "
         "fick metoklopramid 10 mg iv med god effekt."),
        ("Utskrivning", "Hämtas av make kl 12.30, ej köra bil i dag."),
    ])], [], [["NL102", "n1"]],
    "'möjligen' hedges a symptom (nausea), not a diagnosis")

C("d65-vgr-kand-crohn-stenos-dilatation", "vgr", "1982-11-02", "535", [
    N("n1", M, "Endoskopi", "su_gastro", "Johan Sjögren", "läkare", "2024-05-22T09:00:00", 40, OV, [
        ("Indikation", "Känd Crohns sjukdom i terminala ileum sedan 2012, obstruktiva besvär."),
        ("Fynd", "Kort fibrotisk stenos i ileocekalanastomosen, passeras ej. Ballongdilatation till 15 mm, därefter "
         "passage till neoterminala ileum med lindrig aktivitet, Rutgeerts i2."),
    ])], [], [["NL102", "n1"]],
    "known Crohn's disease and a confirmed stenosis: no hedge")

C("d65-vgr-differentialdiagnos-avskrivs", "vgr", "1967-06-30", "640", [
    N("n1", M, "Läkaranteckning", "als_med", "Katarina Sand", "läkare", "2024-09-26T14:10:00", 30, OV, [
        ("Bedömning", "Differentialdiagnosen mikroskopisk kolit avskrivs efter normala stegvisa biopsier. Gallsyramalabsorption "
         "bekräftad med SeHCAT 4 %."),
        ("Åtgärd", "Kolestyramin insatt, telefonuppföljning om sex veckor."),
    ])], [], [["NL102", "n1"]],
    "'Differentialdiagnosen ... avskrivs': the alternative is ruled out, the bile acid diagnosis is confirmed")

# =====================================================================
# VGR: NL101
# =====================================================================
C("d65-vgr-pad-prostatacancer-besked-vid-besok", "vgr", "1956-08-12", "299", [
    N("n1", M, "Provsvar", "su_uro", "Maria Lönn", "läkare", "2024-02-19T16:00:00", 15, OV, [
        ("PAD", "Prostatabiopsier: adenokarcinom i 6 av 12 biopsier, ISUP grad 2 (Gleason 3+4=7)."),
        ("Planering", "Pat har ännu inte fått besked. Läkarbesök bokat v. 9, beskedet ska inte ges per telefon."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "confirmed prostate cancer visible, text says the patient has not been told yet")

C("d65-vgr-testis-ej-informerad", "vgr", "1999-02-08", "315", [
    N("n1", M, "Läkaranteckning", "su_uro", "Viktor Eklund", "läkare", "2024-03-06T17:30:00", None, OV, [
        ("Utredning", "UL testis: 2 cm hypoekogen solid förändring i vänster testikel med ökad genomblödning. AFP och "
         "hCG förhöjda."),
        ("Bedömning", "Högst sannolikt testikelcancer. Pat ej informerad om misstanken i kväll, överläkare informerar "
         "i morgon och planerar orkidektomi."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "probable testicular cancer visible while the patient has not been told")

C("d65-vgr-ssk-telefon-ej-informerad-om-pad", "vgr", "1952-10-04", "234", [
    N("n1", M, "Endoskopi", "skas_kir", "Nora Bengtsson", "läkare", "2024-04-08T13:00:00", 40, OV, [
        ("Fynd", "Ulcererad halvcirkulär tumör i sigmoideum, biopsier tagna."),
        ("Information", "Pat informerad om att en förändring hittats och att biopsisvaret avgör fortsättningen."),
    ]),
    N("n2", M, "Telefonanteckning", "skas_kir", "Lisa Granberg", "sjuksköterska", "2024-04-15T10:20:00", 10, OV, [
        ("Telefonkontakt", "Pat ringer och frågar om provsvar. PAD har kommit och visar adenokarcinom. Pat ej "
         "informerad om svaret då ansvarig läkare vill ge beskedet själv vid besök på onsdag."),
    ])], [["NL101", "n2"]], [],
    "the later nurse note names the cancer and says the patient was not told it")

C("d65-vgr-demens-sonen-informerad", "vgr", "1931-12-11", "142", [
    N("n1", M, "Läkaranteckning", "nal_med", "Rikard Holm", "läkare", "2024-05-13T11:20:00", 30, SV, [
        ("Aktuellt", "Gastroskopi pga järnbristanemi visade ulcererad tumör i antrum, PAD adenokarcinom."),
        ("Bedömning", "Pat har måttlig demens och har inte informerats om cancerdiagnosen. Sonen informerad per "
         "telefon och delar bedömningen att kurativ behandling inte är aktuell."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "patient not told, a relative told: the diagnosis stays uncommunicated to the patient")

C("d65-vgr-ej-hunnit-informera-pankolit", "vgr", "1994-03-09", "528", [
    N("n1", M, "Utskrivningsanteckning", "sas_med", "Daniel Fors", "läkare", "2024-06-07T15:40:00", 40, SV, [
        ("Epikris", "Inlagd för blodiga diarréer. Koloskopi visade kontinuerlig inflammation i hela kolon, PAD i dag "
         "med kronisk aktiv kolit – ulcerös kolit, pankolit."),
        ("Information", "Ej hunnit inforemra pat om PAD och diagnosen innan hemgång, undertecknad ringer i morgon."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "typo 'inforemra': confirmed ulcerative colitis in an epicrisis that says the patient has not yet been told")

C("d65-vgr-borstcytologi-ej-underrattad", "vgr", "1948-04-23", "177", [
    N("n1", M, "Provsvar", "su_gastro", "Annika Bäck", "läkare", "2024-07-30T12:40:00", 20, OV, [
        ("Provsvar", "Borstcytologi från gallvägsstrikturen: maligna celler, adenokarcinom."),
        ("Planering", "Pat ej underrättad, besked ges av övre GI-kirurg vid besök på onsdag."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "'ej underrättad' with a confirmed malignancy in the visible note")

C("d65-vgr-lynch-ej-besked", "vgr", "1983-05-05", "346", [
    N("n1", M, "Läkaranteckning", "sas_med", "Ebba Carlén", "läkare", "2024-08-15T10:30:00", None, OV, [
        ("Utredning", "Genetisk analys: patogen variant i MLH1, Lynchsyndrom."),
        ("Planering", "Pat har inte fått besked om resultatet ännu. Gemensamt besök med genetisk vägledare bokas."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "a confirmed hereditary syndrome visible while the patient has not been told")

C("d65-vgr-skelettmetastaser-ej-informerad", "vgr", "1947-01-31", "319", [
    N("n1", M, "Läkaranteckning", "skas_uro", "Hampus Ljung", "läkare", "2024-09-02T14:00:00", 45, OV, [
        ("Utredning", "Prostatacancer ISUP 4, PSA 86. Skelettscintigrafi: multipla skelettmetastaser i bäcken och ländrygg."),
        ("Bedömning", "Pat är inte informerad om att cancern har spridit sig, besked vid återbesök 5/9 med "
         "kontaktsjuksköterska."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "confirmed bone metastases visible, patient not told that the cancer has spread")

C("d65-vgr-hustrun-ska-narvara-ej-informerad", "vgr", "1949-11-19", "393", [
    N("n1", M, "Telefonanteckning", "udd_uro", "Ola Wikander", "läkare", "2024-10-11T09:40:00", 10, OV, [
        ("Telefonkontakt", "PAD efter TURB: höggradig urotelial cancer, T1. Pat önskar att beskedet ges när hustrun kan "
         "närvara och har därför ännu inte informerats om blåscancern. Tid bokad 15/10."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "the patient chose to wait for his wife, but the confirmed cancer is still untold in a visible note")

C("d65-vgr-pat-och-hustru-informerade", "vgr", "1944-02-28", "258", [
    N("n1", M, "Besöksanteckning", "udd_uro", "Ola Wikander", "läkare", "2024-10-29T13:30:00", 40, OV, [
        ("Aktuellt", "Pat och hustru på besök för PAD-besked."),
        ("Bedömning", "Pat och hustru informerade om att PAD visar höggradig urotelial cancer, Ta. BCG-instillationer "
         "rekommenderas, skriftlig information given."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "the patient has been told the diagnosis at the visit")

C("d65-vgr-th-sokord-ej-informerad-synlig-text-utan-diagnos", "vgr", "1951-03-13", "254", [
    N("n1", M, "Läkaranteckning", "skas_kir", "Mats Engdahl", "läkare", "2024-11-21T15:30:00", 40, OV, [
        ("Aktuellt", "Viktnedgång och ryggsmärta, DT buk gjord i går."),
        ("Planering", "Pat ej informerad än om DT-svaret, återbesök om två veckor efter kompletterande EUS."),
        ("Tidiga hypoteser", "DT: 3 cm lågattenuerande förändring i pankreaskroppen, sannolik pankreascancer."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "VGR: the untold diagnosis sits only under the Tidiga hypoteser sökord; the visible 'ej informerad' names no diagnosis")

C("d65-vgr-op-datum-ej-meddelat", "vgr", "1958-06-17", "177", [
    N("n1", M, "Läkaranteckning", "kun_kir", "Therese Aronsson", "läkare", "2024-12-10T11:00:00", 30, OV, [
        ("Aktuellt", "Rektalcancer cT2N0, informerad om diagnosen vid förra besöket."),
        ("Planering", "Operationsdatum ej meddelat pat ännu, kallelse skickas från operationsplaneringen."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "what is untold is an operation date; the diagnosis was given earlier")

C("d65-vgr-remiss-ej-meddelad", "vgr", "1960-09-25", "351", [
    N("n1", M, "Läkaranteckning", "nal_med", "Rikard Holm", "läkare", "2024-01-10T14:00:00", 20, OV, [
        ("Bedömning", "Känd celiaki sedan 2010, nu nytillkommen dysfagi. Remiss till gastroskopi skickad i dag, "
         "pat ej informerad om remissen utan meddelas via 1177."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "the untold item is that a referral was sent; the coeliac disease is long known")

C("d65-vgr-kand-diagnos-sedan-tidigare", "vgr", "1992-07-12", "443", [
    N("n1", M, "Besöksanteckning", "su_gastro", "Johan Sjögren", "läkare", "2024-02-21T10:30:00", 30, OV, [
        ("Aktuellt", "Crohns sjukdom i ileum, känd för pat sedan diagnosen ställdes 2019. Stabil på adalimumab."),
        ("Planering", "Kalprotektin och lab om sex månader, årligt besök."),
    ])], [], [["NL101", "n1"]],
    "the patient has known the diagnosis since 2019: told earlier")

C("d65-vgr-ej-informerad-om-risker", "vgr", "1987-04-09", "328", [
    N("n1", M, "Läkaranteckning", "sas_med", "Daniel Fors", "läkare", "2024-03-19T13:20:00", 30, OV, [
        ("Aktuellt", "Känd ulcerös kolit, inför start av tiopurin."),
        ("Planering", "Pat ännu ej informerad om biverkningsrisker och kontrollschema, IBD-sjuksköterska går igenom "
         "detta vid telefonkontakt nästa vecka."),
    ])], [], [["NL101", "n1"]],
    "what is not yet told is treatment information, not a diagnosis")

C("d65-vgr-typo-infomerad-rektalcancer", "vgr", "1953-12-03", "397", [
    N("n1", M, "Provsvar", "skas_kir", "Nora Bengtsson", "läkare", "2024-04-22T08:30:00", 10, OV, [
        ("PAD", "Adenokarcinom i rektum, måttligt differentierat."),
        ("Åtgärd", "Pat ej infomerad om rektalcancern ännu, kallas till besök på torsdag."),
    ])], [["NL101", "n1"]], [["NL102", "n1"]],
    "typo 'infomerad': confirmed rectal cancer in a visible note, patient not told")

C("d65-vgr-tva-anteckningar-besked-givet", "vgr", "1946-08-06", "212", [
    N("n1", M, "Provsvar", "su_endo", "Elsa Magnusson", "läkare", "2024-05-27T11:00:00", 20, OV, [
        ("PAD", "Adenokarcinom i esofagus, distalt, på Barrettbotten."),
        ("Planering", "Pat har inte fått beskedet ännu; besök bokat 29/5 tillsammans med kontaktsjuksköterska."),
    ]),
    N("n2", M, "Besöksanteckning", "su_endo", "Elsa Magnusson", "läkare", "2024-05-29T14:00:00", 40, OV, [
        ("Information", "Besked om esofaguscancer givet till pat och dotter. Frågor besvarade, PET-DT och MDK nästa vecka."),
    ])], [["NL101", "n1"]], [["NL101", "n2"]],
    "the PAD note withholds the diagnosis (NL101 on n1); the visit two days later gives it (none on n2)")

C("d65-vgr-muntligt-igar-ej-last-1177", "vgr", "1965-11-15", "365", [
    N("n1", M, "Telefonanteckning", "nal_med", "Hanna Vidén", "sjuksköterska", "2024-06-26T10:40:00", 10, OV, [
        ("Telefonkontakt", "Pat ringer, har inte läst svaret i 1177 men informerades muntligt i går av dr Holm om "
         "Barretts esofagus utan dysplasi. Undrar över kontrollintervall, besvarat."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "told orally yesterday; only the written answer in 1177 is unread")

C("d65-vgr-sonen-ej-informerad-pat-vet", "vgr", "1940-06-04", "223", [
    N("n1", M, "Läkaranteckning", "su_endo", "Johan Sjögren", "läkare", "2024-07-08T13:00:00", 30, OV, [
        ("Bedömning", "Pat informerad om att PAD visar skivepitelcancer i esofagus. Sonen ej informerad ännu, pat vill "
         "berätta själv i helgen."),
        ("Planering", "Stent vid tilltagande dysfagi, palliativ onkolog kopplas in."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "patient told; only the son is not")

C("d65-vgr-om-pad-cancer-besked-villkor", "vgr", "1962-02-14", "386", [
    N("n1", M, "Endoskopi", "kun_kir", "Therese Aronsson", "läkare", "2024-08-19T10:00:00", 30, OV, [
        ("Fynd", "Pedunkulerad polyp 22 mm i sigmoideum, regelbunden ytstruktur, avlägsnad med varm slynga och "
         "klips på stjälken."),
        ("Planering", "Om PAD visar cancer informeras pat vid ett läkarbesök, annars per brev."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "conditional information plan: no diagnosis is stated, none is withheld")

# =====================================================================
# Long multi-section notes (both regions)
# =====================================================================
C("d65-lang-epikris-ulcusblodning-hp-kan-ej-uteslutas", "skane", "1950-10-27", "238", [
    N("n1", M, "Utskrivningsanteckning", "sus_kir_lu", "Jonas Berglöf", "läkare", "2024-03-01T13:00:00", 90, SV, [
        ("Orsak till vård", "Melena och yrsel sedan två dygn."),
        ("Anamnes", "73-årig man, hypertoni, artros. Tar ibuprofen 400 mg x 3 sedan två månader pga knävärk, "
         "Trombyl 75 mg. Icke-rökare, alkohol enstaka glas helg."),
        ("Status vid ankomst", "AT: blek, kallsvettig. Puls 112, BT 98/60, AF 20, sat 97 %. Buk: mjuk, lätt öm i "
         "epigastriet. PR: svart tjärliknande avföring."),
        ("Vårdförlopp", "Hb 71 vid ankomst, 3 E erytrocytkoncentrat. Akut gastroskopi dag 1: 12 mm ulcus på bulbens "
         "bakvägg med synligt kärl, Forrest IIa, behandlat med adrenalininjektion och två klips. PPI-infusion i 72 h. "
         "Ingen reblödning. Hb 104 vid utskrivning."),
        ("Diagnos", "Blödande ulcus duodeni, Forrest IIa. NSAID-utlöst."),
        ("Bedömning", "Helicobacter pylori-infektion kan ej uteslutas, svar på antrumbiopsier inväntas."),
        ("Läkemedel", "Ibuprofen utsatt. Omeprazol 40 mg x 1 i åtta veckor. Trombyl återinsatt dag 3 efter "
         "samråd med kardiolog."),
        ("Uppföljning", "Telefon från mottagningen när PAD finns. Hb-kontroll på vårdcentralen om två veckor. "
         "Ingen ny gastroskopi planerad då ulcus i bulben."),
    ])], [["NL102", "n1"]], [],
    "long epicrisis with mostly confirmed diagnoses; one buried 'kan ej uteslutas' about H. pylori infection")

C("d65-lang-vgr-psa-utredning-helt-negativ", "vgr", "1960-01-20", "415", [
    N("n1", M, "Besöksanteckning", "sas_uro", "Ebba Carlén", "läkare", "2024-04-12T10:00:00", 60, OV, [
        ("Anamnes", "64-årig man remitterad efter PSA 5,1 vid hälsokontroll. Pappa avled i prostatacancer, bror "
         "frisk. Nykturi x1, god stråle, inga hematurier. Hypertoni, behandlad med amlodipin. Cyklar till jobbet."),
        ("Status", "PR: ca 45 ml, slät, elastisk, symmetrisk, oöm. Yttre genitalia ua."),
        ("Utredning", "Kontroll-PSA 4,6, kvot fritt/totalt 0,24, PSA-densitet 0,10. MR prostata: PI-RADS 2, "
         "ingen misstanke om kliniskt signifikant cancer. Kreatinin 82."),
        ("Bedömning", "Sammantaget inga tecken på prostatacancer som kräver biopsi. Pat informerad om "
         "resultaten och om varför biopsi avstås."),
        ("Planering", "Ny PSA om ett år via vårdcentralen, ev. ny MR om PSA stiger över 7. Pat vet att han kan "
         "återremitteras vid ändrade besvär."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "long negative PSA work-up: father's cancer, negations and an 'ev.' plan; results told to the patient")

C("d65-lang-skane-uc-uppfoljning-ev-cmv", "skane", "1974-06-30", "391", [
    N("n1", M, "Läkaranteckning", "sus_gastro_lu", "Karin Ahlström", "läkare", "2024-05-09T11:00:00", 120, SV, [
        ("Orsak till inläggning", "Svårt skov av känd ulcerös kolit, pankolit sedan 2011."),
        ("Aktuellt", "Dag 5 med iv hydrokortison 100 mg x 4. Fortfarande 8 blodiga avföringar per dygn, nattliga "
         "trängningar. Äter lite, ingen feber."),
        ("Status", "AT: trött men opåverkad. Puls 96. Buk: mjuk, diffust öm över vänster kolon, ingen distension. "
         "Tarmljud normala."),
        ("Lab", "CRP 48 (igår 52), Hb 106, albumin 26, kalium 3,4. F-odling och Clostridioides-toxin negativa."),
        ("Rtg", "Buköversikt: ingen dilaterad kolon, transversum 4,5 cm."),
        ("Fynd", "Sigmoideoskopi i dag: djupa sår i sigmoideum och rektum, spontanblödning. Ev. CMV-kolit i "
         "tillägg, biopsier för immunhistokemi tagna."),
        ("Bedömning", "Steroidrefraktärt skov enligt Oxford-kriterierna dag 3. Räddningsbehandling med infliximab "
         "5 mg/kg startas i kväll."),
        ("Planering", "Kolorektalkirurg informerad och ser pat i morgon. Tromboprofylax fortsätter. Ny bedömning dag 7."),
    ])], [["NL102", "n1"]], [],
    "long inpatient IBD note; the known colitis is confirmed, one buried 'Ev. CMV-kolit' is a hedged diagnosis")

C("d65-lang-skane-hematuri-utredning-negativ", "skane", "1957-04-14", "642", [
    N("n1", M, "Besöksanteckning", "csk_uro", "Mirja Halonen", "läkare", "2024-06-27T09:30:00", 90, OV, [
        ("Anamnes", "67-årig kvinna remitterad enligt SVF efter en episod makroskopisk hematuri i samband med "
         "urinvägsinfektion i maj. Ex-rökare sedan 2005, ca 15 paketår. Inga tidigare urologiska besvär. "
         "Syster behandlad för blåscancer."),
        ("Status", "Buk mjuk, oöm. Inga förstorade lymfkörtlar i ljumskarna. Gynekologisk inspektion ua."),
        ("Utredning", "Cystoskopi: normal blåsslemhinna, inga tumörer, normala uretärmynningar. DT-urografi: "
         "inga konkrement, inga fyllnadsdefekter, normala njurar. Urincytologi: inga atypiska celler."),
        ("Bedömning", "Ingen misstanke om malignitet i urinvägarna. Hematurin orsakades av cystiten i maj. "
         "Pat informerad om de normala fynden."),
        ("Planering", "Ingen ytterligare uppföljning här. Ny kontakt om blod i urinen utan infektion."),
    ])], [], [["NL102", "n1"]],
    "long negative hematuria work-up: relative's cancer and negations only")

C("d65-lang-vgr-endoskopi-cancer-ej-informerad", "vgr", "1945-03-22", "377", [
    N("n1", M, "Endoskopi", "skas_kir", "Mats Engdahl", "läkare", "2024-07-15T09:00:00", 70, OV, [
        ("Indikation", "Järnbristanemi och förändrade avföringsvanor sedan vintern. Positivt F-Hb."),
        ("Premedicinering", "Midazolam 3 mg, alfentanil 0,5 mg iv. Pat sov under större delen av undersökningen."),
        ("Undersökning", "Koloskopi till caekum, identifierat med valvel och appendixmynning. BBPS 2-3-3. Tillbakadragstid 9 min."),
        ("Fynd", "I colon transversum ca 70 cm från anus en cirkulär, ulcererad tumör som inte kan passeras "
         "med vuxenskop. Makroskopiskt cancer. Biopsier x8 och tusch distalt och proximalt. Distalt om tumören "
         "två små polyper i sigmoideum, ej åtgärdade i dag."),
        ("Komplikationer", "Inga."),
        ("Bedömning", "Stenoserande tumör i transversum."),
        ("Information", "Pat ännu ej informerad om fyndet pga kvarvarande sedering, undertecknad ringer pat i "
         "eftermiddag. Hustrun väntade i väntrummet och har inte heller fått besked."),
        ("Planering", "DT thorax-buk och CEA. SVF kolorektal, MDK torsdag."),
    ])], [["NL101", "n1"]], [],
    "long endoscopy report: visible tumour finding stated as cancer and the patient not yet informed")

C("d65-lang-skane-epikris-informerad", "skane", "1948-09-05", "416", [
    N("n1", M, "Utskrivningsanteckning", "hbg_kir", "Amir Haddad", "läkare", "2024-08-30T14:00:00", 60, SV, [
        ("Orsak till vård", "Elektiv högersidig hemikolektomi pga adenokarcinom i colon ascendens."),
        ("Vårdförlopp", "Laparoskopisk högersidig hemikolektomi 26/8 utan komplikationer. Mobiliserad dag 1, "
         "normal kost dag 2, avföring dag 3. Smärtlindrad med paracetamol."),
        ("PAD", "Adenokarcinom pT3N0 (0/24 körtlar), R0, MSS."),
        ("Information", "Pat och sambo informerade om PAD-svaret på avdelningen i dag. Ingen cytostatika "
         "rekommenderas enligt MDK, uppföljning med DT och CEA enligt vårdprogram."),
        ("Läkemedel", "Fragmin 5 000 E sc x 1 i 28 dagar, paracetamol vid behov."),
        ("Uppföljning", "Kontaktsjuksköterska ringer om en vecka. Återbesök kirurgmottagningen om sex veckor."),
    ])], [], [["NL101", "n1"], ["NL102", "n1"]],
    "long epicrisis with a confirmed cancer, told to the patient on the ward")

C("d65-lang-vgr-barn-crohn-uppfoljning", "vgr", "2012-12-01", "473", [
    N("n1", M, "Läkaranteckning", "dsbus", "Petter Alm", "läkare", "2024-09-18T10:00:00", 60, OV, [
        ("Aktuellt", "11-årig pojke med Crohns sjukdom i ileum och colon sedan mars, på exklusiv enteral nutrition "
         "i åtta veckor följt av azatioprin. Kommer med mamma."),
        ("Anamnes", "Mår bra, 1–2 formade avföringar per dag, inget blod. Ingen buksmärta. Går i skolan fullt, "
         "spelar fotboll. Äter normalt."),
        ("Status", "Vikt 36,2 kg (+2,4 kg sedan juni), längd 146 cm. Buk mjuk, oöm. Perianalt ua. Inga aftösa sår."),
        ("Lab", "CRP <1, SR 8, Hb 128, albumin 38. TPMT normal, LPK 5,1, leverprover ua. F-kalprotektin 90."),
        ("Bedömning", "Klinisk och biokemisk remission. God tillväxt."),
        ("Planering", "Fortsatt azatioprin 2,5 mg/kg. Lab var tredje månad. Ny MR tunntarm i vår för att "
         "bedöma läkning. Återbesök om tre månader."),
    ])], [], [["NL102", "n1"]],
    "long pediatric IBD follow-up with a confirmed diagnosis and no hedge")

C("d65-lang-vgr-inskrivning-kolecystit-misstankt-leverabscess", "vgr", "1956-01-03", "418", [
    N("n1", M, "Inskrivningsanteckning", "su_kiravd", "Lukas Pettersson", "läkare", "2024-10-14T20:00:00", None, SV, [
        ("Orsak till inläggning", "Feber och smärta under höger arcus sedan fyra dagar."),
        ("Anamnes", "Typ 2-diabetes på metformin, hypertoni. Känd gallstenssjukdom, väntar på kolecystektomi. "
         "Frossa i går, illamående, har inte kunnat äta."),
        ("Status", "AT: medtagen. Temp 38,9, puls 104, BT 118/70. Buk: Murphys tecken positivt, ingen peritonit. "
         "Ikterus saknas."),
        ("Lab", "CRP 286, LPK 17,8, bilirubin 22, ALP 3,1, ASAT 1,4, lipas normalt."),
        ("Rtg", "DT buk: förtjockad gallblåsevägg med pericholecystisk vätska, gallstenar. I segment 5 en 3 cm "
         "lågattenuerande förändring, misstänkt leverabscess."),
        ("Bedömning", "Akut kolecystit."),
        ("Åtgärd", "Piperacillin-tazobaktam 4 g x 3, blododlingar x2, fasta efter midnatt. Interventionell "
         "radiolog kontaktas om dränage i morgon. Insulin enligt schema under fasta."),
    ])], [["NL102", "n1"]], [],
    "long admission note: the cholecystitis is confirmed, a suspected liver abscess in the Rtg section is hedged")


# =====================================================================
# Additional cases: NL101 with hedged diagnoses, extra NL102 positives
# =====================================================================
C("d65-vgr-misstankta-levermetastaser-ej-informerad", "vgr", "1954-08-09", "337", [
    N("n1", M, "Läkaranteckning", "als_med", "Katarina Sand", "läkare", "2024-03-11T15:50:00", 30, OV, [
        ("Utredning", "DT thorax-buk efter fynd av tumör i sigmoideum: multipla hypodensa leverförändringar, "
         "misstänkta metastaser. Lungor utan anmärkning."),
        ("Planering", "Pat inte informerad ännu om leverfynden – vi väntar på MR lever innan besked ges. "
         "Diskuteras på kolorektal MDK tisdag."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "suspected liver metastases visible and explicitly not yet told to the patient")

C("d65-pirads4-ej-fatt-veta", "skane", "1958-05-26", "419", [
    N("n1", M, "Läkaranteckning", "csk_uro", "Jakob Fernström", "läkare", "2024-05-23T11:30:00", 40, OV, [
        ("Utredning", "MR prostata: PI-RADS 4-förändring 11 mm i höger transitionszon, suspekt för signifikant "
         "prostatacancer."),
        ("Bedömning", "Pat har ännu inte fått veta att MR visar misstänkt cancer, han informeras vid biopsibesöket 4/6."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "Skåne urology: suspected cancer on MRI written visibly while the patient has not been told")

C("d65-gastro-malt-lymfom-typo-infromerad", "skane", "1961-01-21", "546", [
    N("n1", M, "Provsvar", "hlm_endo", "Anders Kihlberg", "läkare", "2024-06-05T13:10:00", 15, OV, [
        ("PAD", "Tät lymfoid infiltration med lymfoepiteliala lesioner i corpus, Helicobacter rikligt. Troligt "
         "MALT-lymfom, kompletterande immunhistokemi pågår."),
        ("Åtgärd", "Pat ej infromerad, ringer när immunhistokemin är klar. Remiss hematologen förbereds."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "typo 'infromerad': probable MALT lymphoma visible, patient not yet informed")

C("d65-vgr-njurbacken-trolig-ovre-urotelial-ej-info", "vgr", "1950-02-12", "272", [
    N("n1", M, "Läkaranteckning", "sas_uro", "Ebba Carlén", "läkare", "2024-07-19T10:20:00", 35, OV, [
        ("Utredning", "DT-urografi pga makrohematuri: 15 mm fyllnadsdefekt i vänster njurbäcken, blåsan ua."),
        ("Bedömning", "Trolig övre urotelial cancer. Pat ej informerad, uretäroskopi med biopsi bokas först och "
         "beskedet ges därefter."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "probable upper urothelial cancer in a visible note; the text says the patient has not been told")

C("d65-utkast-kan-rora-sig-om-kolangiokarcinom-ej-info", "skane", "1945-10-06", "384", [
    N("n1", M, "Läkaranteckning", "sus_gastro_lu", "Sara Lindqvist", "läkare", "2024-08-07T16:15:00", None, OV, [
        ("Aktuellt", "MRCP: 2 cm lång striktur i hilus med dilaterade intrahepatiska gallgångar."),
        ("Bedömning", "Kan röra sig om kolangiokarcinom. Har inte informerat pat än, ERCP med borstcytologi "
         "först nästa vecka."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "unsigned draft: 'Kan röra sig om kolangiokarcinom' plus 'har inte informerat pat' in a visible section")

C("d65-sannolik-pankreascancer-vill-ej-telefon", "skane", "1949-12-29", "291", [
    N("n1", M, "Telefonanteckning", "sus_gastro_lu", "Karin Ahlström", "läkare", "2024-09-09T14:00:00", 10, OV, [
        ("Telefonkontakt", "DT: 4 cm tumör i pankreashuvudet och två leverförändringar, sannolik pankreascancer med "
         "levermetastaser. Pat ringde för svar men vill inte ha besked i telefon och är därför inte informerad. "
         "Kommer på besök med sonen i morgon kl 10."),
    ])], [["NL101", "n1"], ["NL102", "n1"]], [],
    "the patient declined phone results, so the probable cancer written in the note is still untold")

C("d65-gastroskopi-trol-hp-gastrit", "skane", "1978-03-14", "622", [
    N("n1", M, "Endoskopi", "hlm_endo", "Rebecka Ohlin", "läkare", "2024-04-23T08:40:00", 20, OV, [
        ("Fynd", "Nodulär, lätt rodnad antrumslemhinna, inga sår. Trol. Helicobacter pylori-gastrit, biopsier "
         "från antrum och corpus tagna."),
        ("Åtgärd", "Behandlingsbeslut när PAD finns, PPI tills vidare."),
    ])], [["NL102", "n1"]], [],
    "'Trol.' H. pylori gastritis in the visible Fynd of a gastroscopy")

C("d65-vgr-barn-celiaki-fragetecken", "vgr", "2020-05-30", "764", [
    N("n1", M, "Läkaranteckning", "dsbus", "Ylva Strand", "läkare", "2024-10-22T09:45:00", 40, OV, [
        ("Aktuellt", "4-årig flicka där viktkurvan viker av sedan ett år, uppblåst buk, illaluktande avföring."),
        ("Bedömning", "Celiaki? Cystisk fibros mindre sannolikt, negativ nyföddhetsscreening."),
        ("Planering", "Transglutaminas-IgA, total-IgA, järnstatus. Återbesök om tre veckor."),
    ])], [["NL102", "n1"]], [],
    "four-year-old: question-marked coeliac disease in a visible Bedömning (guardian reads the journal)")

C("d65-avd-misstankt-ogilvie", "skane", "1936-07-18", "179", [
    N("n1", M, "Daganteckning", "sus_kir_lu", "Jonas Berglöf", "läkare", "2024-11-26T09:10:00", 30, SV, [
        ("Aktuellt", "Dag 4 efter höftprotesoperation, överflyttad från ortopeden. Uttalad bukdistension, ingen avföring "
         "på fem dagar men går gaser sparsamt."),
        ("Rtg", "DT buk: caekum 11 cm, dilaterad kolon ned till vänsterflexuren utan mekaniskt hinder."),
        ("Bedömning", "Misstänkt Ogilvies syndrom (akut kolonpseudoobstruktion). Neostigmin under EKG-övervakning "
         "övervägs, dekompression via koloskopi om utebliven effekt."),
    ])], [["NL102", "n1"]], [],
    "'Misstänkt Ogilvies syndrom' in a visible ward assessment")

C("d65-vgr-prostatacancer-kan-ej-uteslutas-pirads3", "vgr", "1957-03-04", "251", [
    N("n1", M, "Besöksanteckning", "skas_uro", "Hampus Ljung", "läkare", "2024-12-12T13:30:00", 30, OV, [
        ("Utredning", "PSA 6,2 och stigande, PSA-densitet 0,16. MR prostata: PI-RADS 3 i vänster apex."),
        ("Bedömning", "Prostatacancer kan ej uteslutas. Riktade biopsier erbjuds, pat vill fundera till efter jul."),
    ])], [["NL102", "n1"]], [],
    "'kan ej uteslutas' about prostate cancer at an equivocal MRI")

C("d65-vgr-telefon-typo-misstnkt-ibd", "vgr", "2002-06-19", "425", [
    N("n1", M, "Telefonanteckning", "nal_med", "Rikard Holm", "läkare", "2024-11-28T15:20:00", 10, OV, [
        ("Telefonkontakt", "Kalprotektin 1 250 och Hb 109. Misstnkt IBD, koloskopi inom två veckor, pat informerad om "
         "provsvaren och varför undersökningen behövs."),
    ])], [["NL102", "n1"]], [],
    "typo 'Misstnkt' (misstänkt) before IBD in a visible telephone note")

C("d65-lang-skane-uroavd-turb-allt-klart-och-meddelat", "skane", "1946-04-11", "315", [
    N("n1", M, "Utskrivningsanteckning", "sus_uroavd_ma", "Jakob Fernström", "läkare", "2024-10-25T12:30:00", 80, SV, [
        ("Orsak till vård", "Planerad re-TURB samt makrohematuri med koagelretention två dagar efter ingreppet."),
        ("Anamnes", "78-årig man med känd höggradig urotelial blåscancer pT1, diagnostiserad i augusti och "
         "informerad om diagnosen då. KOL GOLD 2, förmaksflimmer på apixaban som pausades inför ingreppet. "
         "Bror avled i njurcancer, hos en kusin misstänktes också blåscancer men det bekräftades aldrig. "
         "Bor med hustrun i villa, klarar sig själv."),
        ("Vårdförlopp", "Re-TURB 21/10 i spinalbedövning utan komplikationer, ingen kvarvarande synlig tumör. "
         "Dag 2 tilltagande hematuri och koagel, blåsan evakuerad på sal och spolkateter Ch 22 satt. Hb lägst 112, "
         "ingen transfusion. Urinen klar sedan i går, kateter avvecklad i morse och pat kastar vatten fritt med "
         "resurin 40 ml."),
        ("PAD", "Re-resektat: cystit och resektionsförändringar, ingen kvarvarande tumör, muskel finns representerad."),
        ("Bedömning", "Ingen misstanke om muskelinvasiv sjukdom. Inga tecken på infektion, urinodling negativ. "
         "Pat och hustru informerade om PAD-svaret vid ronden i dag och förstod upplägget."),
        ("Läkemedel", "Apixaban återinsätts i kväll. Övriga läkemedel oförändrade enligt läkemedelslistan."),
        ("Planering", "BCG-instillationer med start om fyra veckor, kallelse skickas. Cystoskopisk kontroll om tre "
         "månader. Ev. hjälpmedel i hemmet bedöms av arbetsterapeut vid behov. Söker akut vid koagel eller "
         "oförmåga att kasta vatten."),
    ])], [], [["NL102", "n1"], ["NL101", "n1"]],
    "long discharge chart: confirmed cancer told earlier and today, a cousin's unconfirmed suspicion, negations and an 'Ev.' plan only")

# =====================================================================
# build + validate
# =====================================================================
VGR_PROTECTED_KW = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
                    "Tredje person", "Enkelblind prövning"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def build():
    problems = []
    out = []
    names = set()
    seen_sent = {}
    for c in CASES:
        name = c["name"]
        if not name.startswith("d65-"):
            problems.append("%s: name prefix" % name)
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % name)
        pid = pnr(c["birth"], c["serial"])
        if not luhn_ok(pid) or pid[:8] != c["birth"].replace("-", ""):
            problems.append("%s: personnummer" % name)
        notes = c["notes"]
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note id" % name)
        latest = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = dt.datetime.combine(latest.date() + dt.timedelta(days=1), dt.time(0, 0))
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % name)
        age = age_at(c["birth"], as_of)
        if 13 <= age <= 15:
            problems.append("%s: patient aged %d" % (name, age))
        bynote = {n["id"]: n for n in notes}
        for n in notes:
            for key in ("time", "signed"):
                v = n[key]
                if v is not None and dt.datetime.fromisoformat(v).year != 2024:
                    problems.append("%s/%s: %s not in 2024" % (name, n["id"], key))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s/%s: VGR note not Melior" % (name, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: system" % (name, n["id"]))
            if (n["system"] == "PMO") != (n["unit"]["hsa_id"] in {U[k][1] for k in PMO_UNITS}):
                problems.append("%s/%s: PMO/unit mismatch" % (name, n["id"]))
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131"):
                problems.append("%s/%s: VGR unit" % (name, n["id"]))
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255"):
                problems.append("%s/%s: Skåne unit" % (name, n["id"]))
            for s in n["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            problems.append("%s: sentence repeated (also in %s): %s" % (name, seen_sent[sent], sent))
                        else:
                            seen_sent[sent] = name
        asserted = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append("%s: code %s" % (name, code))
                if target not in bynote:
                    problems.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s/%s asserted twice" % (name, code, target))
                asserted.add((code, target))
                sysname = bynote[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    problems.append("%s: NL102 must on non-Melior" % name)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
        if not c["why"]:
            problems.append("%s: empty why" % name)
        rec = {
            "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": name, "ruleset": c["ruleset"], "record": rec,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in out:
        for lst in ("must", "must_not"):
            for code, _ in o[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    regions = {}
    for o in out:
        regions[o["ruleset"]] = regions.get(o["ruleset"], 0) + 1
    print("%d cases -> %s" % (len(out), OUT))
    print("regions:", regions)
    for code in ("NL101", "NL102"):
        print(code, "must", counts.get((code, "must"), 0), "must_not", counts.get((code, "must_not"), 0))


if __name__ == "__main__":
    main()
