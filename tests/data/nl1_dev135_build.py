#!/usr/bin/env python3
"""Independent test cases (d135-*) for NL101 / NL102: fertility and reproductive medicine.

Infertility work-ups of couples, PCOS, endometriosis, ovarian reserve, andrology,
recurrent miscarriage, IVF, early pregnancy after IVF. Standard library only,
deterministic. Writes cases.jsonl beside this file; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev135_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior
    "rmc": ("Reproduktionsmedicinskt centrum, Skånes universitetssjukhus Malmö", "SE2321000255-7R4M", "skane", "Melior"),
    "andro_s": ("Andrologiska enheten, Reproduktionsmedicinskt centrum, Skånes universitetssjukhus Malmö", "SE2321000255-7R5A", "skane", "Melior"),
    "kk_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-3K91", "skane", "Melior"),
    "kk_csk": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-5K22", "skane", "Melior"),
    "kk_ystad": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-6K48", "skane", "Melior"),
    "gynakut_lund": ("Gynekologisk akutmottagning, Skånes universitetssjukhus Lund", "SE2321000255-2G17", "skane", "Melior"),
    "tidig_malmo": ("Mottagningen för tidig graviditet, Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2T63", "skane", "Melior"),
    "kk_avd_malmo": ("Gynekologisk vårdavdelning 2, Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2V08", "skane", "Melior"),
    "uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4U30", "skane", "Melior"),
    "endo_lund": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4E56", "skane", "Melior"),
    "barnendo_lund": ("Barnendokrinologiska mottagningen, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-8B12", "skane", "Melior"),
    "kk_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-2K70", "skane", "Melior"),
    "barnonk_lund": ("Barn- och ungdomsonkologen, Skånes universitetssjukhus Lund", "SE2321000255-8O27", "skane", "Melior"),
    "missfall_lund": ("Mottagningen för upprepade missfall, Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-2M44", "skane", "Melior"),
    # Region Skåne, PMO (primärvård)
    "vc_husensjo": ("Vårdcentralen Husensjö, Helsingborg", "SE2321000255-P1H3", "skane", "PMO"),
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P2S7", "skane", "PMO"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P3U5", "skane", "PMO"),
    "bmm_eslov": ("Barnmorskemottagningen Eslöv", "SE2321000255-P4B9", "skane", "PMO"),
    # Västra Götalandsregionen, Melior
    "rm_su": ("Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset, Göteborg", "SE2321000131-E61R", "vgr", "Melior"),
    "andro_su": ("Andrologimottagningen, Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E62A", "vgr", "Melior"),
    "kk_nal": ("Kvinnokliniken, NU-sjukvården, NÄL Trollhättan", "SE2321000131-E33K", "vgr", "Melior"),
    "kk_sas": ("Kvinnosjukvården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E45K", "vgr", "Melior"),
    "kk_skas": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E52K", "vgr", "Melior"),
    "gynakut_ostra": ("Gynekologisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E14G", "vgr", "Melior"),
    "smvc_ostra": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E15S", "vgr", "Melior"),
    "missfall_ostra": ("Mottagningen för upprepade missfall, Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E16M", "vgr", "Melior"),
    "endo_su": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E71E", "vgr", "Melior"),
    "barn_dsbus": ("Barnendokrinologen, Drottning Silvias barn- och ungdomssjukhus, Göteborg", "SE2321000131-E80B", "vgr", "Melior"),
    "klingen_su": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E90G", "vgr", "Melior"),
    "uro_skas": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E53U", "vgr", "Melior"),
}

UNSIGNED = object()
CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def S(keyword, text):
    return {"keyword": keyword, "text": text}


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      signed=None, setting="öppenvård", refs=None, minutes=35):
    name, hsa, _region, system = UNITS[unit]
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is UNSIGNED:
        sig = None
    elif signed is None:
        sig = (t + dt.timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:00")
    else:
        sig = dt.datetime.strptime(signed, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00")
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"), "signed": sig,
        "setting": setting, "refs": list(refs or []), "sections": sections,
        "_unit": unit,
    }


def C(name, ruleset, birth, serial, notes, must, must_not, why):
    CASES.append({"name": name, "ruleset": ruleset, "birth": birth, "serial": serial,
                  "notes": notes, "must": must, "must_not": must_not, "why": why})


# =====================================================================
# NL102 — hedged diagnoses of the patient (positives)
# =====================================================================

C("d135-pcos-misstankt-nybesok-par", "skane", "1995-03-14", "284", [
    N("n1", "rmc", "Hanna Bergqvist", "läkare", "2024-02-06 09:10", [
        S("Anamnes", "Paret söker för ofrivillig barnlöshet sedan drygt 2 år. Kvinnan 28 år, menarche vid 12, cykler 35–60 dagar ända sedan tonåren. Akne och ökad behåring på hakan som hon rakar. Aldrig gravid. Mannen 31 år, frisk, har en dotter från tidigare relation."),
        S("Status", "BMI 31. Lätt hirsutism på hakan och längs linea alba. VUL: uterus ua, endometrium 6 mm. AFC hö 16, vä 19, inga cystor."),
        S("Bedömning", "Misstänkt PCOS med oligoovulation och polycystisk ovarialmorfologi. Kompletterar med testosteron, SHBG, prolaktin, TSH och HbA1c."),
        S("Planering", "Spermaprov lämnas av mannen via androloglab. Återbesök med provsvar om 4 veckor."),
    ], template="Nybesök")],
    [["NL102", "n1"]], [],
    "Patientens egen misstänkta PCOS i synlig Bedömning (Skåne, Melior); inget sägs om information.")

C("d135-endometrios-trolig-med-endometriom", "vgr", "1991-08-02", "146", [
    N("n1", "rm_su", "Sofia Lindahl", "läkare", "2024-03-12 13:40", [
        S("Aktuellt", "Remitterad för barnlöshet 18 mån. Svår dysmenorré sedan tonåren, djup dyspareuni och smärta vid tarmtömning under mens."),
        S("Status", "Gyn us: palpationsöm resistens i bakre fornix. VUL: 3 cm cysta vä ovarium med homogent ground glass-eko, inget inre flöde."),
        S("Bedömning", "Trolig endometrois med endometriom i vänster ovarium. Diskuterat laparoskopi kontra att gå direkt till IVF, paret vill fundera."),
    ], template="Mottagningsanteckning")],
    [["NL102", "n1"]], [],
    "Trolig endometrios (stavfel 'endometrois') hos patienten i synlig Bedömning, VGR Melior.")

C("d135-poi-talar-for-informerad", "skane", "1990-11-21", "306", [
    N("n1", "kk_hbg", "Jonas Ekberg", "läkare", "2024-04-03 10:20", [
        S("Utredning", "FSH 41 och 38 IE/l med fem veckors mellanrum, AMH <0,1 pmol/l, östradiol lågt. Amenorré sedan 7 månader, vallningar nattetid."),
        S("Bedömning", "Bilden talar för prematur ovariell insufficiens. Kvinnan har fått provsvaren förklarade idag och vet att chansen till spontan graviditet är liten."),
        S("Planering", "Erbjuds samtal om äggdonation på RMC. HRT diskuterad, recept på Femanest och Utrogestan."),
    ])],
    [["NL102", "n1"]], [["NL101", "n1"]],
    "'talar för' POI i synlig text: hedgad diagnos trots att patienten informerats om provsvaren.")

C("d135-cbavd-sannolik-obstruktiv-azoospermi", "vgr", "1988-05-09", "397", [
    N("n1", "andro_su", "Peter Holmqvist", "läkare", "2024-01-23 08:45", [
        S("Anamnes", "Ofrivillig barnlöshet i 3 år, sambons utredning ua. Två spermaprov utan spermier. Inga kryptorkidier, inga luftvägsbesvär."),
        S("Status", "Testiklar 20 ml bilat med normal konsistens. Vas deferens ej palpabla på någon sida. Caput epididymidis förstorade och fasta."),
        S("Lab", "Sädesvolym 0,8 ml, pH 6,6, fruktos ej påvisbart. FSH 4,1 IE/l, testosteron 17 nmol/l."),
        S("Bedömning", "Sannolikt obstruktiv azoospermi på basen av kongenital bilateral avsaknad av vas deferens (CBAVD). CFTR-analys skickad, därefter ställningstagande till PESA/TESA och ICSI."),
    ], template="Läkaranteckning andrologi")],
    [["NL102", "n1"]], [],
    "Mannen är patienten: hans egen sannolika azoospermi/CBAVD är hedgad i synlig Bedömning.")

C("d135-klinefelter-vacker-misstanke", "skane", "1993-01-30", "571", [
    N("n1", "andro_s", "Mikael Sandström", "läkare", "2024-05-14 14:05", [
        S("Status", "Testiklar 3 ml bilat, fasta. Gynekomasti grad I. Lång, eunukoida kroppsproportioner."),
        S("Lab", "FSH 34, LH 19, testosteron 7,8 nmol/l. Azoospermi i två prov."),
        S("Bedömning", "Klinisk bild och hormonprofil väcker misstanke om Klinefelters syndrom. Karyotyp beställd."),
        S("Planering", "Ny läkartid när karyotypen är klar, ca 3 veckor."),
    ])],
    [["NL102", "n1"]], [],
    "'väcker misstanke om' Klinefelter hos patienten (mannen), synlig Bedömning.")

C("d135-upprepade-missfall-fragestallning-aps", "vgr", "1987-04-18", "228", [
    N("n1", "missfall_ostra", "Maria Oskarsson", "läkare", "2024-02-27 11:00", [
        S("Anamnes", "Tre missfall i v 6–9 mellan 2022 och 2024, samtliga spontana. En fullgången graviditet 2019 med förlossning ua."),
        S("Utredning", "Lupus antikoagulans positivt vid första provtagningen, kardiolipin-ak IgG måttligt förhöjda. Ny provtagning om 12 veckor."),
        S("Bedömning", "Frågeställning antifosfolipidsyndrom, kan fastställas först om upprepat prov visar kvarstående positivitet."),
    ])],
    [["NL102", "n1"]], [],
    "'Frågeställning' APS vid upprepade missfall i synlig Bedömning.")

C("d135-misstankt-eug-efter-et", "vgr", "1989-12-03", "460", [
    N("n1", "gynakut_ostra", "Erik Fransson", "läkare", "2024-06-08 07:50", [
        S("Aktuellt", "IVF med överföring av en blastocyst för 4 veckor sedan. Positivt graviditetstest hemma. Sedan i morse smärta i hö fossa och lätt blödning."),
        S("Status", "Opåverkad. BT 118/72, puls 88. Buken mjuk, ömmar i hö fossa iliaca. VUL: ingen intrauterin gestationssäck, 2 cm inhomogen resistens i hö adnex, fri vätska i fossa Douglasi."),
        S("Lab", "hCG 2 350 IE/l. Hb 124."),
        S("Bedömning", "Misstänkt extrauterin graviditet höger. Diskuterat med bakjour, läggs in för observation och nytt hCG om 48 h."),
    ], template="Akutanteckning", signed=UNSIGNED)],
    [["NL102", "n1"]], [],
    "Misstänkt X-graviditet efter IVF i synlig Bedömning på gynakuten.")

C("d135-trolig-ohss-inskrivning", "skane", "1996-07-07", "180", [
    N("n1", "kk_avd_malmo", "Linnea Håkansson", "läkare", "2024-09-17 18:25", [
        S("Aktuellt", "Ägguttag för 5 dagar sedan, 24 oocyter. Tilltagande bukomfång, illamående och minskad urinmängd sedan igår."),
        S("Status", "Spänd buk, lätt diffust öm. Viktuppgång 3 kg på fyra dygn. VUL: ovarier 9 resp 10 cm, måttlig ascites."),
        S("Lab", "EVF 0,46, albumin 27 g/l, Na 133 mmol/l, kreatinin 71."),
        S("Bedömning", "Trolig OHSS av måttlig till svår grad. Vätskelista, dygnsvikt, tromboprofylax med Fragmin 5000 E."),
    ], template="Inskrivningsanteckning", setting="slutenvård", signed=UNSIGNED)],
    [["NL102", "n1"]], [],
    "Trolig OHSS hos inneliggande patient, synlig Bedömning.")

C("d135-hycosy-bild-som-vid-hydrosalpinx", "skane", "1992-02-25", "444", [
    N("n1", "kk_csk", "Karin Nordström", "läkare", "2024-03-20 10:35", [
        S("Undersökning", "HyCoSy med skumkontrast. Fri passage hö tuba, skummet når snabbt fimbrieänden. Vä: tuban fylls långsamt, vidgas distalt, inget utflöde ses."),
        S("Bedömning", "Bild som vid hydrosalpinx vänster. Tas upp på IVF-konferensen för ställningstagande till salpingektomi före embryoöverföring."),
    ], template="Ultraljudsundersökning")],
    [["NL102", "n1"]], [],
    "'Bild som vid' hydrosalpinx i synlig Bedömning efter HyCoSy.")

C("d135-adenomyos-forenligt-med", "vgr", "1985-09-14", "540", [
    N("n1", "kk_skas", "Johanna Wik", "läkare", "2024-04-16 15:15", [
        S("VUL", "Uterus förstorad och globulär, asymmetriskt förtjockad bakvägg 27 mm med subendometriella cystor och solfjäderformade skuggor."),
        S("Bedömning", "Fynden är förenliga med adenomyos, vilket kan ha bidragit till två misslyckade FET. Förbehandling med GnRH-agonist i 2 mån inför nästa frysåterföring."),
    ])],
    [["NL102", "n1"]], [],
    "'förenliga med' adenomyos i synlig Bedömning inför frysåterföring.")

C("d135-varikocele-sannolikt-urolog", "skane", "1990-06-12", "391", [
    N("n1", "uro_malmo", "Ali Rahimi", "läkare", "2024-10-02 09:30", [
        S("Status", "Stående: vä skrotum med mjuk maskformig venplexus som tilltar vid Valsalva. Testis hö 18 ml, vä 14 ml."),
        S("Spermiogram", "Koncentration 6 milj/ml, progressiv motilitet 18 %, normal morfologi 2 %."),
        S("Bedömning", "Sannolikt varikocele grad II vä med påverkan på sädeskvaliteten. Doppler-UL skrotum beställt."),
    ], template="Mottagningsanteckning")],
    [["NL102", "n1"]], [],
    "Mannens eget sannolika varikocele i synlig Bedömning på urologmottagning.")

C("d135-kallmann-kan-ej-uteslutas", "vgr", "1999-10-03", "053", [
    N("n1", "endo_su", "Fredrik Alm", "läkare", "2024-05-21 13:00", [
        S("Anamnes", "Remiss från reproduktionsmedicin: paret barnlöst 2 år, mannen har azoospermi. Har aldrig känt några dofter. Fick testosteron i tonåren pga utebliven pubertet, slutade själv för fem år sedan."),
        S("Lab", "LH 0,3, FSH 0,4, testosteron 2,1 nmol/l, prolaktin och övrig hypofysfunktion ua."),
        S("Bedömning", "Hypogonadotrop hypogonadism. Med anosmin kan Kallmanns syndrom ej uteslutas; MR hypofys och bulbus olfactorius samt genpanel beställs."),
    ])],
    [["NL102", "n1"]], [],
    "'kan ej uteslutas' om Kallmann hos patienten, bredvid en fastställd hypogonadism.")

C("d135-hyperprolaktinemi-ev-mikroadenom", "skane", "1994-03-22", "262", [
    N("n1", "endo_lund", "Cecilia Strand", "läkare", "2024-06-25 10:10", [
        S("Aktuellt", "Utreds på RMC för oregelbunden mens. Mjölkaktig sekretion från båda brösten sedan ett halvår."),
        S("Lab", "Prolaktin 1 450 mIE/l (ref <530), makroprolaktin negativt. TSH 1,9, graviditetstest neg."),
        S("Bedömning", "Hyperprolaktinemi, ev. mikroadenom i hypofysen. MR sella bokas, därefter ställning till kabergolin."),
    ])],
    [["NL102", "n1"]], [],
    "'ev. mikroadenom' är en hedgad diagnos (inte en plan) i synlig Bedömning.")

C("d135-asherman-fragetecken", "vgr", "1988-01-15", "326", [
    N("n1", "kk_nal", "Anna-Karin Lund", "läkare", "2024-08-13 14:20", [
        S("Anamnes", "Två vakuumaspirationer efter missfall 2022, därefter mycket sparsam mens 1–2 dagar. Försöker bli gravid sedan 14 månader."),
        S("VUL", "Endometrium 3,5 mm mitt i cykeln, oregelbunden kontur i fundus."),
        S("Bedömning", "Intrauterina sammanväxningar (Asherman?). Operativ hysteroskopi i narkos planeras."),
    ])],
    [["NL102", "n1"]], [],
    "Frågetecken efter diagnosen (Asherman?) i synlig Bedömning.")

C("d135-subklinisk-hypotyreos-mojlig", "skane", "1997-05-28", "442", [
    N("n1", "rmc", "Elin Persson", "läkare", "2024-01-30 16:00", [
        S("Provsvar", "TSH 4,8 mIE/l, fritt T4 13 pmol/l, TPO-ak 340 kIE/l."),
        S("Bedömning", "Möjlig subklinisk hypotyreos av autoimmun genes. Inför IVF eftersträvas TSH under 2,5, därför insättes Levaxin 25 mikrog."),
    ], template="Provsvarsanteckning")],
    [["NL102", "n1"]], [],
    "'Möjlig' subklinisk hypotyreos hos patienten, synlig Bedömning.")

C("d135-implantationssvikt-dd-kronisk-endometrit", "vgr", "1986-12-09", "368", [
    N("n1", "rm_su", "Karl Bengtsson", "läkare", "2024-09-03 11:45", [
        S("Bakgrund", "Fyra överföringar av morfologiskt goda blastocyster utan implantation."),
        S("Bedömning", "Upprepad implantationssvikt. DD kronisk endometrit; endometriebiopsi med CD138-färgning tas i lutealfas nästa cykel."),
    ])],
    [["NL102", "n1"]], [],
    "'DD' kronisk endometrit i synlig Bedömning; implantationssvikten själv är fastställd.")

C("d135-trol-tubarfaktor-klamydiaserologi", "skane", "1993-07-19", "504", [
    N("n1", "kk_ystad", "Björn Axelsson", "läkare", "2024-02-14 08:55", [
        S("Utredning", "Klamydia-serologi positiv. Uppger obehandlad underlivsinfektion 2015. HyCoSy ej gjord."),
        S("Bedömning", "Trol. tubarfaktor. HyCoSy inom en månad."),
    ])],
    [["NL102", "n1"]], [],
    "Kort telegrafisk anteckning: 'Trol.' tubarfaktor hos patienten.")

C("d135-misstankt-mola-efter-fet", "skane", "1991-10-10", "260", [
    N("n1", "tidig_malmo", "Ida Sjöberg", "läkare", "2024-07-09 09:40", [
        S("Ultraljud", "Graviditet v 7+3 efter frysåterföring. Uterus med heterogent, multicystiskt innehåll, ingen embryonal struktur. Bilat tekaluteincystor."),
        S("Lab", "hCG 212 000 IE/l."),
        S("Bedömning", "Misstänkt mola hydatidosa. Vakuumaspiration med PAD planeras nästa vardag."),
    ], template="Ultraljudsanteckning")],
    [["NL102", "n1"]], [],
    "Misstänkt mola vid tidigt ultraljud efter FET, synlig Bedömning.")

C("d135-sannolikt-missed-abortion-crl-under-7", "vgr", "1984-06-30", "188", [
    N("n1", "smvc_ostra", "Emma Karlberg", "barnmorska", "2024-04-29 10:15", [
        S("Ultraljud", "V 8+0 efter IVF, överföring 2/4. Intrauterin graviditet, CRL 6,8 mm, ingen hjärtaktivitet. Gulesäck ua."),
        S("Bedömning", "Sannolikt missed abortion, men CRL under 7 mm varför ny kontroll om 7 dagar enligt rutin. Paret har fått veta att fyndet med stor sannolikhet betyder en avstannad graviditet."),
    ], template="Barnmorskeanteckning")],
    [["NL102", "n1"]], [["NL101", "n1"]],
    "Barnmorska skriver 'Sannolikt missed abortion' synligt; paret informerat, så NL101 ej.")

C("d135-mojlig-retrograd-ejakulation-diabetes", "vgr", "1980-02-14", "239", [
    N("n1", "andro_su", "Oskar Lindgren", "läkare", "2024-10-22 09:00", [
        S("Anamnes", "Typ 1-diabetes sedan 25 år med perifer neuropati. Upplever orgasm men nästan ingen utlösning."),
        S("Spermiogram", "Volym 0,2 ml, inga spermier i direktpreparat."),
        S("Bedömning", "Möjlig retrograd ejakulation sekundär till diabetesneuropati. Urinprov efter ejakulation för spermieanalys."),
    ])],
    [["NL102", "n1"]], [],
    "'Möjlig' retrograd ejakulation (mannens egen diagnos) i synlig Bedömning.")

C("d135-barn-11-ar-fragestallning-turner", "skane", "2013-02-08", "524", [
    N("n1", "barnendo_lund", "Gustav Wallin", "läkare", "2024-05-06 13:30", [
        S("Aktuellt", "11-årig flicka remitterad från skolhälsovården för kortväxt. Mamma och pappa med vid besöket."),
        S("Status", "Längd -2,8 SD. Lågt hårfäste i nacken, cubitus valgus, brett avstånd mellan mamillerna. Tanner B1 P1."),
        S("Bedömning", "Frågeställning Turners syndrom, ev. mosaicism. Kromosomanalys skickad."),
        S("Planering", "Om diagnosen bekräftas erbjuds remiss till RMC för samtal om fertilitetsbevarande åtgärder."),
    ])],
    [["NL102", "n1"]], [],
    "Barn under 13 (vårdnadshavare läser): hedgad Turnerdiagnos i synlig Bedömning.")

C("d135-typo-missankt-endometrios", "skane", "1998-09-01", "286", [
    N("n1", "kk_hbg", "Sara Lindqvist", "läkare", "2024-03-05 11:25", [
        S("Aktuellt", "Barnlös sedan 1 år, svåra mensvärkar som inte svarar på NSAID, smärta vid samlag."),
        S("Bedömning", "Missänkt endometrios, planerar diagnostisk laparoskopi i samband med kromopertubation."),
    ])],
    [["NL102", "n1"]], [],
    "Stavfel i hedgen ('Missänkt') framför patientens endometrios.")

C("d135-typo-sannolkit-pcos", "vgr", "2000-04-11", "142", [
    N("n1", "kk_sas", "Hedda Johansson", "läkare", "2024-11-05 14:40", [
        S("Aktuellt", "Mens var 2–3:e månad, försökt bli gravid i 15 mån. Mannens spermaprov normalt."),
        S("Bedömning", "Sannolkit PCOS. Ägglossningsstimulering med letrozol 2,5 mg cd 3–7, follikelmätning cd 12."),
    ], signed=UNSIGNED)],
    [["NL102", "n1"]], [],
    "Stavfel 'Sannolkit' framför PCOS, synlig text i VGR.")

C("d135-typo-trolgi-varikocele", "skane", "1986-08-27", "033", [
    N("n1", "andro_s", "Henrik Mattsson", "läkare", "2024-08-20 10:50", [
        S("Status", "Vid stående och krystning dilaterade vener vä skrotalhalva. Testiklar 16 resp 12 ml."),
        S("Bedömning", "Trolgi varikocele vä, grad III. Remiss för embolisering diskuteras."),
    ])],
    [["NL102", "n1"]], [],
    "Stavfel 'Trolgi' (trolig) om mannens varikocele.")

C("d135-lang-ivf-planering-ev-celiaki-i-anamnes", "vgr", "1990-01-19", "482", [
    N("n1", "rm_su", "Louise Ahlgren", "läkare", "2024-02-20 09:00", [
        S("Anamnes", "Paret har försökt i 3 år. Kvinnan 34 år, regelbundna cykler 28–30 d, tidigare frisk. Sedan ett år järnbrist trots tillskott och lös avföring, ev. celiaki, transglutaminas-ak tagna via vårdcentralen. Röker ej, BMI 23. Mannen 36 år, frisk, ingen medicinering."),
        S("Utredning", "Kvinnan: AMH 14 pmol/l, AFC 12, HyCoSy med fri passage bilat, TSH och prolaktin ua, rubella immun. Mannen: oligozoospermi konstaterad i två prov, 4 resp 6 milj/ml, progressiv motilitet 30 %."),
        S("Status", "Kvinnan: Gyn us ua. VUL: uterus anteflekterad, endometrium 7 mm, ovarier normala."),
        S("Läkemedel", "Folsyra 0,4 mg dagligen, järntablett varannan dag. Inga kända allergier."),
        S("Socialt", "Sambo sedan 8 år, bor i lägenhet i Mölndal. Kvinnan arbetar som lärare, mannen är elektriker. Alkohol sparsamt, ingen av dem snusar."),
        S("Samtal", "Paret har läst på om IVF och har realistiska förväntningar. Gått igenom chans till graviditet per försök i deras ålder, ca 30–35 %, samt risk för flerbörd om två embryon skulle överföras. Enligt regionens riktlinjer överförs ett embryo. Frågor om kost och träning besvarade, råd att behålla nuvarande vikt."),
        S("Bedömning", "Infertilitet 3 år med manlig faktor. Indikation för IVF med ICSI föreligger."),
        S("Planering", "Antagonistprotokoll, start med Menopur 150 IE cd 2. Ev. frysning av överblivna blastocyster, ev. förlängd odling till dag 6. Paret informerat om behandlingen och risk för OHSS, skriftlig information medskickad. Trolig start i april beroende på väntetid."),
    ], template="Planeringsanteckning")],
    [["NL102", "n1"]], [],
    "Lång IVF-planering full av plan-hedgar; enda hedgade diagnosen (ev. celiaki) gömmer sig i Anamnes.")

C("d135-vgr-tidiga-hypoteser-men-lacker-i-bedomning", "vgr", "1983-05-05", "162", [
    N("n1", "kk_nal", "Patrik Olausson", "läkare", "2024-06-18 13:10", [
        S("Aktuellt", "Utreds för amenorré och tilltagande hirsutism sedan ett halvår, röstförändring."),
        S("Lab", "Testosteron 6,2 nmol/l, DHEAS normalt."),
        S("Tidiga hypoteser", "Misstänkt androgenproducerande ovarialtumör, Sertoli-Leydigcellstumör?"),
        S("Bedömning", "Hyperandrogenism med möjlig ovarialtumör som orsak. MR lilla bäckenet beställs skyndsamt."),
    ])],
    [["NL102", "n1"]], [],
    "VGR: hypotesen står i Tidiga hypoteser men upprepas hedgad i synlig Bedömning.")

C("d135-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1989-07-23", "006", [
    N("n1", "rmc", "Amra Hodzic", "läkare", "2024-04-09 15:20", [
        S("Aktuellt", "Återbesök efter VUL. Ont vid mens och samlag, barnlös sedan 2 år."),
        S("Tidiga hypoteser", "Trolig djup endometrios med engagemang av rektovaginala septum, endometriom hö 4 cm."),
        S("Planering", "MR bäcken, sedan endometriosronden."),
    ], signed=UNSIGNED)],
    [["NL102", "n1"]], [],
    "Skåne skyddar via mall, inte sökord: sökordet Tidiga hypoteser i en Läkaranteckning är synligt.")

C("d135-diagnos-sokord-pcos-fragetecken", "skane", "1999-12-12", "080", [
    N("n1", "kk_csk", "Victor Holm", "läkare", "2024-10-15 10:00", [
        S("Diagnos", "N97.0 Infertilitet hos kvinna, anovulatorisk. PCOS?"),
        S("Åtgärd", "Recept letrozol, ägglossningstest. Återbesök efter 3 cykler."),
    ])],
    [["NL102", "n1"]], [],
    "Sökordet Diagnos med 'PCOS?' — frågetecknet är hedgen.")

C("d135-globozoospermi-inger-misstanke", "vgr", "1991-03-03", "217", [
    N("n1", "andro_su", "Tobias Grahn", "läkare", "2024-03-26 10:30", [
        S("Spermiogram", "Koncentration 22 milj/ml, motilitet ua. Morfologi 0 % normala, nästan alla spermiehuvuden runda och utan akrosom."),
        S("Bedömning", "Inger misstanke om globozoospermi. Befruktning kräver ICSI, ev. med assisterad oocytaktivering."),
    ])],
    [["NL102", "n1"]], [],
    "'Inger misstanke om' globozoospermi hos mannen själv.")

C("d135-kan-rora-sig-om-tidigt-missfall-telefon", "skane", "1992-08-16", "468", [
    N("n1", "tidig_malmo", "Petra Nyman", "barnmorska", "2024-09-10 07:35", [
        S("Telefonkontakt", "Pat ringer, v 6+1 efter IVF. Rikliga blödningar med koagel sedan i natt och mensliknande värk. Kan röra sig om ett tidigt misfall. Tid för ultraljud i morgon kl 08.30, åter akut vid yrsel eller kraftig blödning."),
    ], template="Telefonanteckning")],
    [["NL102", "n1"]], [],
    "Barnmorskans telefonanteckning: 'Kan röra sig om' missfall (stavfel 'misfall').")

C("d135-kvinnans-trolig-pcos-mannens-verifierad-azoospermi", "vgr", "1994-10-28", "402", [
    N("n1", "kk_sas", "Lena Forsberg", "läkare", "2024-01-16 11:20", [
        S("Anamnes", "Paret gemensamt på besök. Mannen: azoospermi verifierad i tre prov, utreds vidare på andrologimottagningen SU. Kvinnan: mens var 6:e–8:e vecka."),
        S("Status", "Kvinnan: BMI 27, lätt akne. VUL: AFC 28 totalt."),
        S("Bedömning", "Hos kvinnan trolig PCOS. Fortsatt planering avvaktar mannens utredning, ev. donatorspermier."),
    ])],
    [["NL102", "n1"]], [],
    "Vems diagnos: kvinnans egen hedgade PCOS står synligt bredvid partnerns fastställda azoospermi.")

C("d135-susp-endometriom-forkortning", "skane", "1995-05-17", "140", [
    N("n1", "kk_lund", "Nils Ekström", "läkare", "2024-11-12 12:45", [
        S("VUL", "Hö ovarium: 4 cm unilokulär cysta med homogent lågekogent innehåll. Vä ovarium ua, AFC 7."),
        S("Bedömning", "Susp. endometriom hö. Ingen operation före IVF med hänsyn till ovarialreserven."),
    ], template="Mottagningsanteckning")],
    [["NL102", "n1"]], [],
    "Förkortningen 'Susp.' framför patientens diagnos.")

C("d135-ev-uterusseptum-3d", "vgr", "1997-02-02", "420", [
    N("n1", "kk_skas", "Rebecka Dahl", "läkare", "2024-07-02 09:25", [
        S("Anamnes", "Två missfall i tidig graviditet."),
        S("VUL", "2D: endometriet delas i fundus av en ekogen struktur, yttre kontur slät."),
        S("Bedömning", "Ev. subseptat uterus. 3D-ultraljud bokas för säker klassifikation."),
    ])],
    [["NL102", "n1"]], [],
    "'Ev.' framför en missbildningsdiagnos (inte en plan) — ska fånga.")

C("d135-pcos-oklar-diabetes-ej-uteslutet", "skane", "1988-04-04", "308", [
    N("n1", "rmc", "Olof Wennberg", "läkare", "2024-05-28 14:10", [
        S("Aktuellt", "Känd PCOS, diagnostiserad 2019. Inför stimulering kontroll av metabolt status."),
        S("Lab", "P-glukos fastande 6,8 mmol/l, HbA1c 47 mmol/mol."),
        S("Bedömning", "Typ 2-diabetes kan inte utelsutas; nytt HbA1c och glukosbelastning innan IVF-start."),
    ])],
    [["NL102", "n1"]], [],
    "Stavfel 'utelsutas': 'kan inte uteslutas' om diabetes bredvid en känd, bekräftad PCOS: den hedgade ska fångas.")

# =====================================================================
# NL102 — must_not
# =====================================================================

C("d135-partnerns-misstankta-varikocele-i-kvinnans-journal", "skane", "1993-11-09", "202", [
    N("n1", "rmc", "Hanna Bergqvist", "läkare", "2024-02-22 10:00", [
        S("Utredning", "Kvinnan: regelbundna cykler, AMH 18 pmol/l, HyCoSy med fri passage bilat, TSH ua."),
        S("Mannen", "Oligozoospermi 3 milj/ml i två prov. Vid palpation misstänkt varikocele vä, remitteras till androlog för utredning i egen journal."),
        S("Planering", "IVF-ICSI planeras oavsett, start efter sommaren."),
    ])],
    [], [["NL102", "n1"]],
    "Den hedgade diagnosen (varikocele) tillhör partnern, inte patienten (kvinnan).")

C("d135-laparoskopi-endometrios-kan-uteslutas", "vgr", "1992-06-06", "448", [
    N("n1", "kk_nal", "Mattias Blom", "läkare", "2024-03-07 16:30", [
        S("Operation", "Diagnostisk laparoskopi. Uterus, tubor och ovarier makroskopiskt normala. Inga endometrioshärdar i fossa Douglasi, på sacrouterinligamenten eller blåsperitoneum. Kromopertubation: fri passage bilat."),
        S("Bedömning", "Endometrios kan därmed uteslutas som orsak till barnlösheten. Fortsatt planering med IUI."),
    ], template="Operationsberättelse", setting="slutenvård")],
    [], [["NL102", "n1"]],
    "'kan uteslutas' (utan 'ej') är en negation — nära 'kan ej uteslutas' men ska inte fångas.")

C("d135-talar-emot-pcos", "skane", "1996-01-27", "042", [
    N("n1", "kk_hbg", "Jonas Ekberg", "läkare", "2024-06-11 09:15", [
        S("Bedömning", "Testosteron och SHBG normala, AFC 11 totalt, cykler 28–31 dagar. Talar emot PCOS; utredningen fortsätter med HyCoSy."),
    ])],
    [], [["NL102", "n1"]],
    "'Talar emot PCOS' är en negation, inte en hedge.")

C("d135-telefon-inga-tecken-pa-ohss", "vgr", "1991-09-19", "008", [
    N("n1", "rm_su", "Malin Sundberg", "sjuksköterska", "2024-05-08 13:20", [
        S("Telefonkontakt", "Planerad uppringning dag 3 efter ägguttag. Lätt spänd i magen men äter och dricker, kissar som vanligt, ingen andfåddhet. Inga tecken på OHSS vid telefonbedömningen. Om det blir värre ska hon höra av sig direkt."),
    ], template="Telefonanteckning")],
    [], [["NL102", "n1"]],
    "Sjuksköterskans 'Inga tecken på OHSS' är negerat.")

C("d135-plan-hedgar-ev-icsi-trolig-start", "skane", "1989-02-17", "226", [
    N("n1", "rmc", "Elin Persson", "läkare", "2024-06-04 15:40", [
        S("Diagnos", "Tubarfaktor bilat, salpingektomi bilat 2022."),
        S("Planering", "IVF, ev. ICSI beroende på spermieprovet på uttagsdagen. Ev. frysning av blastocyster. Trolig start med nedreglering i september."),
    ])],
    [], [["NL102", "n1"]],
    "Endast plan-hedgar (ev. ICSI, trolig start) och en fastställd diagnos.")

C("d135-follikelmatning-trolig-ovulation", "vgr", "1994-04-23", "064", [
    N("n1", "kk_skas", "Therese Ljung", "sjuksköterska", "2024-08-27 08:20", [
        S("Ultraljud", "Follikelmätning cd 13: dominant follikel hö 19 mm, endometrium 9 mm trilaminärt."),
        S("Planering", "Trolig ovulation inom 36 timmar, ägglossningsspruta Ovitrelle ikväll och insemination i övermorgon kl 09."),
    ], template="Sjuksköterskeanteckning")],
    [], [["NL102", "n1"]],
    "'Trolig ovulation' hedgar en fysiologisk händelse, ingen diagnos.")

C("d135-progesteron-talar-for-aggglossning", "skane", "1990-10-30", "128", [
    N("n1", "kk_csk", "Karin Nordström", "läkare", "2024-04-24 14:00", [
        S("Provsvar", "S-progesteron cd 21: 41 nmol/l, talar för ägglossning i denna cykel. Inga fler hormonprover behövs."),
    ], template="Provsvarsanteckning")],
    [], [["NL102", "n1"]],
    "'talar för ägglossning' — hedge på normalfysiologi, ingen sjukdom.")

C("d135-villkorlig-infektion-efter-aggutag", "skane", "1987-12-01", "344", [
    N("n1", "rmc", "Josefin Ek", "sjuksköterska", "2024-03-19 12:05", [
        S("Information", "Ägguttag utfört, 11 oocyter. Inför hemgång: vid feber över 38,5, tilltagande smärta eller illaluktande flytning kan det vara en infektion och då ska hon söka gynakuten."),
    ], template="Sjuksköterskeanteckning", signed=UNSIGNED)],
    [], [["NL102", "n1"]],
    "Villkorlig/hypotetisk formulering om infektion ('vid feber ... kan det vara') är ingen diagnos.")

C("d135-pad-verifierad-endometrios", "vgr", "1990-05-25", "544", [
    N("n1", "kk_sas", "Ulrika Berg", "läkare", "2024-02-08 11:35", [
        S("PAD", "Endometrios verifierad i biopsi från vä sacrouterinligament och peritoneum i fossa ovarica."),
        S("Bedömning", "Endometrios rASRM stadium III, tidigare genomgått PAD-svaret med patienten i telefon. Remiss RM Sahlgrenska för IVF."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "Bekräftad (PAD-verifierad) endometrios, inget hedgat.")

C("d135-hereditet-mamma-trol-tidig-menopaus", "skane", "1991-04-14", "500", [
    N("n1", "kk_ystad", "Björn Axelsson", "läkare", "2024-08-06 10:30", [
        S("Hereditet", "Mamma fick trol. tidig menopaus vid 39 år, moster likaså. Syster har genomgått IVF pga misstänkt endometrios."),
        S("Utredning", "AMH 9 pmol/l, AFC 10, regelbundna cykler."),
        S("Bedömning", "Ovarialreserv adekvat för åldern. Fortsatt försök på egen hand i ett halvår."),
    ])],
    [], [["NL102", "n1"]],
    "Hedgade diagnoser gäller mor och syster (hereditet), inte patienten.")

C("d135-skane-mall-tidiga-hypoteser-fmr1", "skane", "1986-06-19", "406", [
    N("n1", "rmc", "Olof Wennberg", "läkare", "2024-09-24 16:15", [
        S("Bedömning", "Sannolikt sviktande ovarialreserv med möjlig genetisk bakgrund, FMR1-premutation? Analysen skickad, avvaktar svar innan paret informeras."),
    ], template="Tidiga hypoteser")],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "Skåne: hela anteckningen i mallen Tidiga hypoteser är skyddad.")

C("d135-vgr-sokord-tidiga-hypoteser-y-mikrodeletion", "vgr", "1985-11-11", "139", [
    N("n1", "andro_su", "Peter Holmqvist", "läkare", "2024-04-30 10:45", [
        S("Aktuellt", "Återbesök för genomgång av hormonprover och fortsatt plan."),
        S("Tidiga hypoteser", "Trolig Y-kromosommikrodeletion i AZFc-regionen med tanke på svår oligozoospermi, analysen inväntas."),
        S("Planering", "Ny tid om 3 veckor. Mikro-TESE diskuteras efter genetiksvar."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "VGR: hedgad diagnos endast under sökordet Tidiga hypoteser, synliga sökord rena.")

C("d135-pmo-vc-misstankt-pcos", "skane", "1998-07-31", "526", [
    N("n1", "vc_husensjo", "Anders Bergman", "läkare", "2024-01-10 14:30", [
        S("Aktuellt", "Söker för oregelbunden mens och att hon inte blivit gravid på 14 månader."),
        S("Bedömning", "Misstänkt PCOS. Tar hormonprover, remiss till kvinnokliniken för fortsatt infertilitetsutredning."),
    ], template="Besöksanteckning", signed=UNSIGNED)],
    [], [["NL102", "n1"]],
    "PMO visar aldrig diagnoser: misstänkt PCOS på vårdcentral ska inte ge NL102.")

C("d135-pmo-um-17-ar-trolig-salpingit", "skane", "2007-03-09", "162", [
    N("n1", "um_lund", "Moa Lindell", "barnmorska", "2024-10-08 15:10", [
        S("Aktuellt", "17 år, nedre buksmärta sedan 5 dagar, partnern har nyss haft positivt klamydiatest. Orolig för att inte kunna få barn framöver."),
        S("Bedömning", "Trolig klamydiasalpingit. Tid på gynakuten idag, information om att behandlad infektion sällan påverkar fertiliteten."),
    ], template="Besöksanteckning")],
    [], [["NL102", "n1"]],
    "PMO-anteckning på ungdomsmottagning (17 år): hedgad diagnos, men PMO visar inte diagnoser.")

C("d135-pmo-bmm-misstankt-missfall-efter-ivf", "skane", "1985-10-20", "204", [
    N("n1", "bmm_eslov", "Karolina Roos", "barnmorska", "2024-11-19 09:50", [
        S("Telefonrådgivning", "Gravid v 9 efter IVF på RMC. Brunaktig blödning i två dagar, inga smärtor. Misstänkt hotande missfall, hänvisad till gynakuten Lund för ultraljud idag."),
    ], template="Telefonanteckning")],
    [], [["NL102", "n1"]],
    "PMO på barnmorskemottagning: hedgad missfallsdiagnos ger inte NL102.")

C("d135-oklart-om-paret-vill-fortsatta", "vgr", "1983-08-08", "326", [
    N("n1", "rm_su", "Sofia Lindahl", "läkare", "2024-10-29 13:50", [
        S("Aktuellt", "Uppföljning efter andra IVF-försöket, negativt graviditetstest. Paret ledsna och trötta."),
        S("Bedömning", "Oklart om paret vill gå vidare med ett tredje försök; de får betänketid till efter nyår."),
    ])],
    [], [["NL102", "n1"]],
    "'Oklart om' hedgar ett beslut, inte en diagnos.")

C("d135-oforklarad-infertilitet-fastslagen", "skane", "1990-12-24", "362", [
    N("n1", "kk_hbg", "Sara Lindqvist", "läkare", "2024-09-12 11:00", [
        S("Diagnos", "N97.9 Ofrivillig barnlöshet, oförklarad. Basutredningen av båda parter komplett utan avvikelser."),
        S("Planering", "Remiss RMC för IVF enligt regionens riktlinjer."),
    ])],
    [], [["NL102", "n1"]],
    "'Oförklarad' infertilitet är en fastställd diagnos, ingen hedge.")

C("d135-embryolog-trol-blastocystgrad", "skane", "1988-09-09", "024", [
    N("n1", "rmc", "Yasmin Haddad", "biomedicinsk analytiker", "2024-07-16 10:05", [
        S("Embryologi", "Dag 5: embryo 1 expanderad blastocyst 4AB, embryo 2 trol. 3BC, embryo 3 avstannat som morula. Embryo 1 överförs idag, embryo 2 bedöms på dag 6 för eventuell frysning."),
    ], template="Embryologianteckning")],
    [], [["NL102", "n1"]],
    "'trol.' gäller embryots utvecklingsgrad, ingen diagnos hos patienten.")

C("d135-donator-halvsyster-mojlig-anlagsbarare", "vgr", "1982-03-15", "404", [
    N("n1", "rm_su", "Camilla Borg", "barnmorska", "2024-06-20 14:25", [
        S("Donation", "Behandling med donerade spermier. Tidigare vald donator spärrad eftersom hans halvsyster möjligen bär anlag för cystisk fibros. Ny donator matchad efter blodgrupp och utseende enligt parets önskemål."),
    ], template="Barnmorskeanteckning")],
    [], [["NL102", "n1"]],
    "Hedgen gäller donatorns släkting, inte patienten.")

C("d135-misstanke-hyperprolaktinemi-avskrivs", "skane", "1995-06-30", "482", [
    N("n1", "kk_csk", "Victor Holm", "läkare", "2024-05-02 08:40", [
        S("Bedömning", "Misstanken om hyperprolaktinmi avskrivs, upprepat prolaktin i vila 310 mIE/l. Första provet togs direkt efter bröstundersökning."),
    ])],
    [], [["NL102", "n1"]],
    "'Misstanken ... avskrivs' — avfärdad diagnos, med stavfel 'hyperprolaktinmi'.")

C("d135-symptom-hedge-under-stimulering", "vgr", "1996-11-02", "042", [
    N("n1", "kk_nal", "Jenny Ström", "sjuksköterska", "2024-09-30 10:40", [
        S("Telefonkontakt", "Stimuleringsdag 8. Ev. lätt molvärk nedtill i magen, möjligen lite svullen. Fortsätter Gonal-f 150 IE enligt schema, ultraljud i morgon."),
    ], template="Telefonanteckning")],
    [], [["NL102", "n1"]],
    "'Ev.' och 'möjligen' gäller symtom, inte diagnoser.")

C("d135-mannens-journal-partnerns-trolig-pcos", "vgr", "1992-01-29", "293", [
    N("n1", "andro_su", "Tobias Grahn", "läkare", "2024-02-13 09:35", [
        S("Anamnes", "Barnlöshet 2 år. Partnern utreds parallellt på reproduktionsmedicin för trolig PCOS enligt hennes gynekolog."),
        S("Bedömning", "Egen utredning: spermiogram enligt WHO 2021 normalt, status ua. Ingen manlig faktor."),
    ])],
    [], [["NL102", "n1"]],
    "I mannens journal: den hedgade PCOS:en är partnerns, inte patientens.")

C("d135-sekundar-infertilitet-son-misstankt-adhd", "vgr", "1987-07-07", "386", [
    N("n1", "kk_sas", "Ulrika Berg", "läkare", "2024-04-04 13:05", [
        S("Anamnes", "Sekundär infertilitet, försöker sedan 2 år. Har en son på 6 år som utreds för misstänkt ADHD. Ingen egen sjukdom."),
        S("Planering", "HyCoSy och AMH, mannen lämnar spermaprov."),
    ])],
    [], [["NL102", "n1"]],
    "Hedgad diagnos hos sonen (närstående).")

C("d135-verifierad-ohss-trolig-utskrivning", "skane", "1996-07-07", "180", [
    N("n1", "kk_avd_malmo", "Linnea Håkansson", "läkare", "2024-09-20 10:00", [
        S("Aktuellt", "Dag 4 på avdelningen. Diures 2,1 l/dygn, vikten sjunker, buken mjukare."),
        S("Bedömning", "OHSS, verifierad med ascites och hemokoncentration, nu i tydlig regress. Trolig utskrivning i morgon om fortsatt god diures."),
    ], template="Daganteckning", setting="slutenvård")],
    [], [["NL102", "n1"]],
    "Bekräftad OHSS plus plan-hedge ('Trolig utskrivning').")

C("d135-fragestallning-tubarpassage-normal-hycosy", "vgr", "1993-03-21", "280", [
    N("n1", "kk_skas", "Rebecka Dahl", "läkare", "2024-03-14 11:30", [
        S("Frågeställning", "Tubarpassage?"),
        S("Undersökning", "HyCoSy: uterus och endometrium normala, skum passerar fritt genom båda tuborna och ut i buken."),
        S("Bedömning", "Normal HyCoSy, fri passage bilat."),
    ], template="Ultraljudsundersökning")],
    [], [["NL102", "n1"]],
    "'Frågeställning: Tubarpassage?' frågar om en funktion, och svaret är normalt — ingen diagnos.")

C("d135-typo-ingen-missanke-om-eug", "vgr", "1995-08-19", "566", [
    N("n1", "gynakut_ostra", "Erik Fransson", "läkare", "2024-07-27 22:10", [
        S("Aktuellt", "V 6+0 efter FET, lätt blödning och ensidig värk."),
        S("Status", "VUL: intrauterin gestationssäck med gulesäck, CRL 3 mm med hjärtaktivitet. Adnexa ua, ingen fri vätska."),
        S("Bedömning", "Ingen missanke om extrauterin graviditet. Blödningen är ofarlig i nuläget, kontroll på RM enligt plan."),
    ], template="Akutanteckning")],
    [], [["NL102", "n1"]],
    "Stavfel i negationen ('Ingen missanke om'); fortfarande negerat.")

C("d135-ingen-hydrosalpinx", "skane", "1997-10-13", "040", [
    N("n1", "kk_ystad", "Hilda Carlsson", "läkare", "2024-11-26 10:20", [
        S("Bedömning", "Båda tuborna tunna med fri passage, ingen hydrosalpinx. Uterus utan polyper eller myom."),
    ], template="Ultraljudsundersökning")],
    [], [["NL102", "n1"]],
    "Negerad diagnos ('ingen hydrosalpinx').")

C("d135-kand-pcos-antagonistprotokoll-ev-trigger", "skane", "1993-04-07", "502", [
    N("n1", "rmc", "Amra Hodzic", "läkare", "2024-10-01 09:45", [
        S("Aktuellt", "Känd PCOS sedan 2020 enligt Rotterdamkriterierna. Start av IVF-stimulering."),
        S("Planering", "Antagonistprotokoll med låg startdos Rekovelle. Ev. GnRH-agonist som trigger och frysa alla embryon med hänsyn till OHSS-risken."),
    ])],
    [], [["NL102", "n1"]],
    "Sedan länge fastställd PCOS; 'ev.' gäller behandlingsval.")

C("d135-kvinnans-journal-mannens-misstankta-klinefelter", "vgr", "1990-09-04", "306", [
    N("n1", "rm_su", "Karl Bengtsson", "läkare", "2024-05-16 15:00", [
        S("Aktuellt", "Paret på återbesök. Kvinnans utredning är klar och utan anmärkning: AMH 22, HyCoSy normal."),
        S("Partner", "Mannen har azoospermi, hans androlog misstänker Klinefelter och karyotypen är ännu inte klar."),
        S("Planering", "Samtal om donatorspermier respektive mikro-TESE när mannens svar finns."),
    ])],
    [], [["NL102", "n1"]],
    "Kvinnans journal: den hedgade Klinefelter gäller partnern.")

C("d135-skane-mall-th-granulosacellstumor", "skane", "1984-01-31", "266", [
    N("n1", "kk_lund", "Nils Ekström", "läkare", "2024-06-13 17:05", [
        S("Bedömning", "Solid 5 cm resistens vä ovarium upptäckt vid IVF-ultraljud, förhöjt inhibin B. Misstänkt granulosacellstumör, kan inte uteslutas malignitet."),
    ], template="Tidiga hypoteser")],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "Skåne: tumörmisstanken står i mallen Tidiga hypoteser och är därmed dold.")

C("d135-tidigare-utesluten-celiaki-ej", "vgr", "1989-11-30", "428", [
    N("n1", "kk_nal", "Anna-Karin Lund", "läkare", "2024-01-09 10:05", [
        S("Anamnes", "Upprepade missfall x 3. Celiaki ej påvisad 2023, transglutaminas-ak negativa. Sköldkörtelprover normala."),
        S("Planering", "Karyotyp av båda parter och APS-prover."),
    ])],
    [], [["NL102", "n1"]],
    "Negerad diagnos ('ej påvisad') i anamnesen.")

# =====================================================================
# NL101 — diagnosis visible while the patient is not yet told (positives)
# =====================================================================

C("d135-azospermi-typo-ej-informerad-parbesok", "skane", "1987-03-26", "455", [
    N("n1", "andro_s", "Mikael Sandström", "läkare", "2024-04-22 15:30", [
        S("Provsvar", "Spermaanalys nr 2: inga spermier i centrifugerat prov, bekräftar azospermi."),
        S("Planering", "Pat ej informerad ännu. Besked ges på bokat läkarbesök 14/5 där även partnern deltar."),
    ], template="Provsvarsanteckning")],
    [["NL101", "n1"]], [],
    "Stavfel i diagnosen ('azospermi'); bekräftad azoospermi synlig och patienten ej informerad.")

C("d135-klinefelter-karyotyp-fore-vagledning", "vgr", "1994-09-14", "335", [
    N("n1", "andro_su", "Oskar Lindgren", "läkare", "2024-06-03 11:10", [
        S("Provsvar", "Karyotyp: 47,XXY i samtliga 30 analyserade metafaser."),
        S("Bedömning", "Klinefelters syndrom. Patienten har inte fått svaret; genetisk vägledning och läkarbesök bokas innan han informeras."),
    ], template="Provsvarsanteckning")],
    [["NL101", "n1"]], [],
    "Fastställd Klinefelter i synlig Bedömning medan mannen ännu inte fått svaret.")

C("d135-y-mikrodeletion-azfab-har-ej-informerat", "skane", "1989-12-19", "153", [
    N("n1", "andro_s", "Henrik Mattsson", "läkare", "2024-07-01 13:40", [
        S("Provsvar", "Y-mikrodeletionsanalys: komplett deletion av AZFa och AZFb."),
        S("Bedömning", "Chansen att hitta spermier vid mikro-TESE bedöms i praktiken obefintlig. Har ännu inte informerat patienten, det tas vid besök och inte per telefon."),
    ])],
    [["NL101", "n1"]], [],
    "AZF-deletion synlig, läkaren skriver uttryckligen att patienten inte informerats.")

C("d135-poi-diagnos-sokord-ej-informerad", "vgr", "1989-05-02", "582", [
    N("n1", "kk_nal", "Patrik Olausson", "läkare", "2024-03-28 09:05", [
        S("Diagnos", "E28.3 Prematur ovariell insufficiens."),
        S("Planering", "Pat är ännu inte infromerad om diagnosen. Kallas till läkarbesök nästa vecka med möjlighet att ta med partnern."),
    ], template="Journalanteckning")],
    [["NL101", "n1"]], [],
    "Diagnos under sökordet Diagnos, patienten uttryckligen ännu inte informerad (stavfel 'infromerad').")

C("d135-balanserad-translokation-paret-ej-informerat", "skane", "1990-02-11", "362", [
    N("n1", "missfall_lund", "Maja Wikström", "läkare", "2024-08-15 14:50", [
        S("Provsvar", "Karyotyp pat: 46,XX,t(2;7)(q21;p15), balanserad reciprok translokation. Partnerns karyotyp normal."),
        S("Bedömning", "Förklarar sannolikt de fyra missfallen. Paret har ännu inte informerats; remiss till klinisk genetik och gemensamt besök bokas först."),
    ], template="Provsvarsanteckning")],
    [["NL101", "n1"]], [],
    "Patientens egen translokation synlig; 'paret' (inklusive patienten) ej informerat.")

C("d135-missed-abortion-barnmorska-vantar-lakare", "vgr", "1986-10-05", "126", [
    N("n1", "smvc_ostra", "Emma Karlberg", "barnmorska", "2024-05-13 10:55", [
        S("Ultraljud", "V 9+2 efter frysåterföring. Intrauterin graviditet, CRL 14 mm motsvarande v 7+4, ingen hjärtaktivitet."),
        S("Bedömning", "Missed abortion. Jag har inte sagt något till paret ännu, läkare tillkallad som tar beskedet."),
    ], template="Ultraljudsanteckning", signed=UNSIGNED)],
    [["NL101", "n1"]], [],
    "Osignerat utkast av barnmorska: missed abortion synlig innan paret fått beskedet.")

C("d135-klamydia-positiv-pat-ej-nadd", "skane", "1997-01-08", "426", [
    N("n1", "rmc", "Josefin Ek", "sjuksköterska", "2024-02-29 15:45", [
        S("Provsvar", "Screening inför insemination: Klamydia-PCR positiv från cervix."),
        S("Åtgärd", "Sökt pat på telefon två gånger utan svar, hon har ännu inte fått besked. Behandling och smittspårning startas när hon nås, inseminationen skjuts upp."),
    ], template="Sjuksköterskeanteckning")],
    [["NL101", "n1"]], [],
    "Klamydiainfektion synlig innan patienten nåtts med beskedet.")

C("d135-hepatit-c-screening-ej-informerad", "vgr", "1985-07-21", "244", [
    N("n1", "rm_su", "Louise Ahlgren", "läkare", "2024-01-25 16:20", [
        S("Provsvar", "Infektionsscreening inför IVF: anti-HCV positiv, HCV-RNA 2,1 milj IE/ml."),
        S("Bedömning", "Kronisk hepatit C. Pat har inte informerats om provsvaret. Remiss till infektionskliniken, IVF pausas tills vidare."),
    ], template="Provsvarsanteckning", signed=UNSIGNED)],
    [["NL101", "n1"]], [],
    "Hepatit C fastställd i synlig text, patienten ännu ej informerad.")

C("d135-pad-endometriom-besked-vid-aterbesok", "skane", "1992-11-30", "562", [
    N("n1", "kk_hbg", "Sara Lindqvist", "läkare", "2024-03-21 08:30", [
        S("PAD", "Från laparoskopi 12/3: endometrios i peritonealbiopsier, ovarialcystan är ett endometriom."),
        S("Planering", "Pat har ej informerats om PAD-svaret, besked vid postoperativt återbesök 2/4."),
    ])],
    [["NL101", "n1"]], [],
    "PAD-verifierad endometrios synlig, besked sparas till återbesök.")

C("d135-17-aring-klinefelter-familjen-ej-besked", "skane", "2007-02-17", "273", [
    N("n1", "barnendo_lund", "Gustav Wallin", "läkare", "2024-09-05 12:15", [
        S("Provsvar", "Kromosomanalys: 47,XXY."),
        S("Bedömning", "Klinefelters syndrom hos 17-årig pojke med små testiklar och försenad pubertetsutveckling. Varken pojken eller föräldrarna har ännu fått veta resultatet."),
        S("Planering", "Gemensamt samtal med androlog om fertilitetsbevarande (spermiefrysning, ev. mikro-TESE) bokas."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "17-åring läser själv: Klinefelter synligt, varken han eller föräldrarna informerade. 'ev. mikro-TESE' är plan.")

C("d135-typo-inte-infomerad-kryptozoospermi", "vgr", "1983-04-12", "411", [
    N("n1", "uro_skas", "Daniel Sjögren", "läkare", "2024-10-10 14:00", [
        S("Spermiogram", "Inga spermier i direktpreparat, enstaka orörliga spermier efter centrifugering."),
        S("Bedömning", "Kryptozoospermi. Pat inte infomerad än, återbesök om 2 v med frun."),
    ])],
    [["NL101", "n1"]], [],
    "Stavfel 'infomerad' i negationen om information; kryptozoospermi synlig.")

C("d135-cbavd-cftr-fynd-ej-informerad", "skane", "1991-06-23", "057", [
    N("n1", "uro_malmo", "Ali Rahimi", "läkare", "2024-03-04 10:15", [
        S("Genetik", "CFTR-analys: F508del och 5T-variant i trans."),
        S("Bedömning", "CBAVD orsakad av CFTR-varianter. Pat ännu ej informerad om det genetiska fyndet; partnern bör erbjudas bärarskapstest innan ICSI."),
    ])],
    [["NL101", "n1"]], [],
    "Genetiskt fastställd CBAVD synlig, patienten ännu ej informerad.")

C("d135-makroadenom-typo-ej-underattad", "skane", "1993-09-18", "482", [
    N("n1", "endo_lund", "Cecilia Strand", "läkare", "2024-07-18 15:25", [
        S("MR sella", "Makroadenom 14 mm med suprasellär utbredning, avstånd till chiasma 2 mm."),
        S("Bedömning", "Prolaktinom. Pat ej underättad, tas på återbesök 25/7 tillsammans med synfältsundersökning."),
    ])],
    [["NL101", "n1"]], [],
    "Stavfel 'underättad'; prolaktinom synligt före besked.")

C("d135-mola-pad-komplett-ej-informerad", "vgr", "1990-08-30", "564", [
    N("n1", "kk_sas", "Lena Forsberg", "läkare", "2024-07-24 11:50", [
        S("PAD", "Vävnad från vakuumaspiration: komplett mola hydatidosa, p57 negativ."),
        S("Planering", "Pat inte informerad än. Ringer och bokar besök, anmäls till nationellt register och hCG-uppföljning varje vecka."),
    ])],
    [["NL101", "n1"]], [],
    "Komplett mola synlig i PAD-text, patienten ännu ej informerad.")

C("d135-hiv-ska-inte-informeras-forran-besok", "skane", "1988-05-15", "308", [
    N("n1", "rmc", "Olof Wennberg", "läkare", "2024-05-23 17:00", [
        S("Provsvar", "Screening inför IVF: HIV-1-infektion, konfirmerad med linjeblot och mätbar virusmängd."),
        S("Planering", "Pat ska inte få beskedet per telefon eller via 1177; informeras först vid besök tillsammans med infektionsläkare 29/5."),
    ], template="Provsvarsanteckning")],
    [["NL101", "n1"]], [],
    "'ska inte få beskedet ... informeras först vid besök': HIV synligt innan patienten fått veta.")

C("d135-tva-anteckningar-oat-senare-beskedd", "vgr", "1986-01-04", "317", [
    N("n1", "andro_su", "Peter Holmqvist", "läkare", "2024-02-05 09:40", [
        S("Spermiogram", "Koncentration 1,2 milj/ml, progressiv motilitet 8 %, normal morfologi 1 %."),
        S("Bedömning", "Svår oligoasthenoteratozoospermi. Diagnosen ej meddelad pat, han är i utlandet och återkommer per telefon."),
    ]),
    N("n2", "andro_su", "Peter Holmqvist", "läkare", "2024-02-19 13:15", [
        S("Telefonkontakt", "Pat ringde. Informerat om OAT-syndrom och att ICSI är det realistiska alternativet. Han tar upp det med sin sambo och hör av sig."),
    ], template="Telefonanteckning"),
    ],
    [["NL101", "n1"]], [["NL101", "n2"]],
    "Första anteckningen undanhåller diagnosen (NL101), den senare berättar den (inte NL101).")

C("d135-vgr-th-sokord-men-diagnos-synlig-i-bedomning", "vgr", "1982-12-07", "522", [
    N("n1", "kk_skas", "Johanna Wik", "läkare", "2024-04-11 16:40", [
        S("Bedömning", "PAD efter cystektomi vä ovarium: serös borderlinetumör, FIGO IA."),
        S("Tidiga hypoteser", "Pat ännu ej informerad om PAD-svaret, ska tas på onkologisk gynmottagning nästa vecka."),
        S("Planering", "Tas upp på gynonkologisk MDK. IVF-planeringen pausas."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "VGR: bara uppgiften om ej given information står under Tidiga hypoteser; själva diagnosen ligger synlig i Bedömning.")

C("d135-uterus-bicornis-vet-annu-inte", "skane", "1995-02-28", "468", [
    N("n1", "kk_csk", "Karin Nordström", "läkare", "2024-05-29 10:45", [
        S("3D-ultraljud", "Fundus med djup yttre indragning, två separata kaviteter. Cervix enkel."),
        S("Diagnos", "Q51.3 Uterus bicornis unicollis."),
        S("Övrigt", "Pat vet ännu inte om fyndet, tas vid återbesöket med läkare."),
    ], template="Ultraljudsundersökning")],
    [["NL101", "n1"]], [],
    "Missbildningsdiagnos synlig, patienten 'vet ännu inte'.")

C("d135-fmr1-premutation-ej-meddelat", "vgr", "1987-06-02", "146", [
    N("n1", "klingen_su", "Ingrid Falk", "läkare", "2024-09-19 13:30", [
        S("Analysresultat", "FMR1: en allel med 92 CGG-repetitioner, dvs premutation. Förklarar den prematura ovariella insufficiensen."),
        S("Åtgärd", "Ej meddelat pat ännu. Genetisk vägledare kontaktar henne för besök, även kaskadtestning av släktingar diskuteras då."),
    ], template="Genetisk utredning")],
    [["NL101", "n1"]], [],
    "FMR1-premutation (patientens egen) synlig på klinisk genetik, ej meddelad.")

C("d135-endometriecancer-pad-fore-ivf-ej-informerad", "skane", "1984-10-25", "124", [
    N("n1", "kk_lund", "Nils Ekström", "läkare", "2024-10-17 15:55", [
        S("PAD", "Polyp från hysteroskopi inför IVF: högt differentierat endometrioid adenocarcinom."),
        S("Planering", "Pat är inte informerad. Kallas skyndsamt till läkarbesök, anmäls till gynonkologisk konferens. Fertilitetsbevarande behandling med gestagen diskuteras där."),
    ], signed=UNSIGNED)],
    [["NL101", "n1"]], [],
    "Endometriecancer i synligt PAD-sökord, patienten ej informerad.")

C("d135-hepatit-b-mannen-egen-journal-ej-informerad", "vgr", "1984-02-09", "171", [
    N("n1", "andro_su", "Tobias Grahn", "läkare", "2024-08-08 10:25", [
        S("Provsvar", "HBsAg positivt, HBeAg negativt, HBV-DNA låg nivå."),
        S("Bedömning", "Kronisk hepatit B. Pat inte informerad ännu; IVF-laboratoriet underrättat om separat hantering av hans prov."),
    ], template="Provsvarsanteckning")],
    [["NL101", "n1"]], [],
    "Mannen är patienten: hans egen hepatit B synlig, ej informerad (labbet vet).")

C("d135-submukost-myom-avvaktar-med-att-informera", "skane", "1986-04-16", "224", [
    N("n1", "rmc", "Elin Persson", "läkare", "2024-11-07 11:15", [
        S("Hysteroskopi", "Submukost myom typ 1, 3 cm, på bakväggen nära vä tubarostium."),
        S("Bedömning", "Avvaktar med att informera pat om myomet tills PAD på tagen biopsi är klar; resektion planeras före nästa embryoöverföring."),
    ], template="Operationsanteckning")],
    [["NL101", "n1"]], [],
    "'Avvaktar med att informera' om myom som står synligt.")

C("d135-barn-9-ar-turnermosaik-foraldrar-ej-besked", "vgr", "2015-03-27", "360", [
    N("n1", "barn_dsbus", "Hanna Öberg", "läkare", "2024-06-12 14:35", [
        S("Provsvar", "Kromosomanalys: 45,X/46,XX mosaik (30/70)."),
        S("Bedömning", "Turners syndrom, mosaikform. Föräldrarna har ännu inte fått besked."),
        S("Planering", "Samtal med föräldrarna bokas, då även information om möjligheten till ovarialvävnadsfrysning."),
    ], template="Provsvarsanteckning")],
    [["NL101", "n1"]], [],
    "Barn 9 år: vårdnadshavarna läser journalen och har inte fått besked om Turnerdiagnosen.")

C("d135-lang-ivf-anteckning-mykoplasma-undangomd", "vgr", "1992-12-22", "420", [
    N("n1", "rm_su", "Sofia Lindahl", "läkare", "2024-04-18 10:30", [
        S("Anamnes", "Paret har försökt i 2 år, inga tidigare graviditeter. Kvinnan 31 år, astma som behandlas med inhalationssteroid, i övrigt frisk. Mannen 33 år med kryptorkidism opererad vid 2 års ålder."),
        S("Utredning", "Kvinnan: AMH 21 pmol/l, AFC 15, HyCoSy normal, TSH 1,4. Mannen: koncentration 9 milj/ml, progressiv motilitet 22 %. Screening kvinnan: HIV, hepatit och syfilis negativa, Mycoplasma genitalium PCR positiv."),
        S("Status", "Kvinnan BMI 22. VUL: normal uterus, endometrium 5 mm cd 4, ovarier med multipla småfolliklar."),
        S("Läkemedel", "Kvinnan: Flutide vid behov, folsyra. Mannen: inga."),
        S("Samtal", "Paret informerat om stimuleringens upplägg, injektionsteknik och ägguttag i lokalbedövning med sedering. Gått igenom att chansen per försök i kvinnans ålder är cirka en av tre och att ett embryo överförs. Mannen frågar om hans operation som barn påverkat spermierna, vilket är möjligt men inte säkert. Båda samtycker skriftligt till befruktning med ICSI och till frysförvaring i upp till 5 år."),
        S("Bedömning", "Infertilitet med manlig faktor, IVF-ICSI indicerad. Mycoplasma genitalium-infektion hos kvinnan, som hon ännu inte informerats om eftersom svaret kom efter besöket."),
        S("Planering", "Behandling av mykoplasma och provtagning av mannen före start. Antagonistprotokoll, Bemfola 150 IE. Ev. frysning av samtliga embryon om östradiolnivåerna blir höga. Information om egenavgifter lämnad."),
    ], template="Planeringsanteckning")],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "Lång IVF-anteckning där en ej meddelad diagnos (Mycoplasma genitalium) gömmer sig bland rutinuppgifter.")

C("d135-typo-ej-inforrmerad-hydrosalpinx-bilat", "skane", "1990-07-12", "046", [
    N("n1", "kk_ystad", "Hilda Carlsson", "läkare", "2024-05-07 16:05", [
        S("Operation", "Laparoskopi: hydrosalpinx bilat, kraftigt dilaterade tubor med fimbriefimos. Salpingektomi bilat utförd enligt samtycke."),
        S("Postop", "Pat ännu ej inforrmerad om fynden, sover efter narkosen. Operatören informerar på uppvaket."),
    ], template="Operationsberättelse", setting="slutenvård")],
    [["NL101", "n1"]], [],
    "Stavfel 'inforrmerad'; hydrosalpinx bilat synligt innan patienten vaknat och fått besked.")

C("d135-utkast-hypotyreos-ej-fatt-besked", "skane", "1996-12-03", "082", [
    N("n1", "kk_csk", "Victor Holm", "läkare", "2024-08-29 17:20", [
        S("Provsvar", "TSH 12,4 mIE/l, fritt T4 8 pmol/l, TPO-ak kraftigt förhöjda."),
        S("Bedömning", "Manifest hypotyreos, Hashimotos tyreoidit. Pat har ej fått besked om svaren, ringer henne i morgon förmiddag och sätter in Levaxin."),
    ], template="Provsvarsanteckning", signed=UNSIGNED)],
    [["NL101", "n1"]], [],
    "Osignerat utkast: manifest hypotyreos synlig, patienten ej underrättad.")

# =====================================================================
# NL101 — must_not
# =====================================================================

C("d135-azoospermi-informerad-idag-reaktion", "vgr", "1990-03-17", "153", [
    N("n1", "andro_su", "Oskar Lindgren", "läkare", "2024-03-11 14:15", [
        S("Aktuellt", "Återbesök för provsvar."),
        S("Bedömning", "Informerade pat idag om att båda spermaproverna visar azoospermi. Han blev ledsen men ställde bra frågor om mikro-TESE och donatorspermier."),
        S("Planering", "Hormonprover och karyotyp idag, nytt besök om en månad."),
    ])],
    [], [["NL101", "n1"]],
    "Azoospermi synlig men patienten informerad idag.")

C("d135-klinefelter-kand-sedan-16-ar", "skane", "1992-10-09", "271", [
    N("n1", "andro_s", "Henrik Mattsson", "läkare", "2024-02-01 10:40", [
        S("Anamnes", "Klinefelters syndrom diagnostiserat vid 16 års ålder, pat väl förtrogen med diagnosen och står på Testogel. Nu i relation och vill diskutera möjlighet till egna barn."),
        S("Planering", "Testosteronet sätts ut 6 mån före ev. mikro-TESE, hCG under tiden."),
    ], signed=UNSIGNED)],
    [], [["NL101", "n1"]],
    "Diagnosen är känd för patienten sedan länge.")

C("d135-pcos-ej-informerad-om-startdatum", "skane", "1994-06-26", "466", [
    N("n1", "rmc", "Josefin Ek", "sjuksköterska", "2024-04-15 13:25", [
        S("Administration", "PCOS, planerad för IVF med frys-allt-strategi. Pat ej informerad om startdatum för stimuleringen ännu, meddelas via 1177 när läkaren godkänt schemat."),
    ], template="Sjuksköterskeanteckning")],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "Det som inte meddelats är ett datum, inte diagnosen.")

C("d135-endometrios-remissen-ej-meddelad", "vgr", "1991-02-14", "580", [
    N("n1", "kk_nal", "Mattias Blom", "läkare", "2024-06-27 11:20", [
        S("Diagnos", "Djup endometrios, MR-verifierad med rektovaginal knuta."),
        S("Åtgärd", "Remiss till endometriosteamet på Sahlgrenska skickad idag; pat ännu ej informerad om att remissen gått iväg."),
    ])],
    [], [["NL101", "n1"]],
    "Ej informerad gäller att remissen skickats, inte diagnosen.")

C("d135-normalt-spermiogram-svar-per-brev", "skane", "1989-08-03", "497", [
    N("n1", "andro_s", "Ebba Norén", "biomedicinsk analytiker", "2024-06-17 09:10", [
        S("Spermiogram", "Volym 3,1 ml, koncentration 48 milj/ml, progressiv motilitet 52 %, normal morfologi 6 %. Utan anmärkning enligt WHO 2021."),
        S("Övrigt", "Pat ej informerad än, svaret skickas per brev efter läkarvidimering."),
    ], template="Laboratorieanteckning")],
    [], [["NL101", "n1"]],
    "Ej meddelat är ett normalt provsvar, ingen diagnos.")

C("d135-skane-th-mall-azfc-ej-informerad", "skane", "1988-11-26", "257", [
    N("n1", "andro_s", "Mikael Sandström", "läkare", "2024-09-09 16:30", [
        S("Bedömning", "Svar på genetisk analys: deletion i AZFc. Pat ej informerad, svaret ska lämnas av androlog vid gemensamt besök med partnern. Spermiefrysning kan bli aktuell framöver."),
    ], template="Tidiga hypoteser")],
    [], [["NL101", "n1"]],
    "Skåne: det ej meddelade fyndet står endast i mallen Tidiga hypoteser.")

C("d135-vgr-th-sokord-fmr1-ej-meddelat", "vgr", "1985-04-08", "440", [
    N("n1", "rm_su", "Karl Bengtsson", "läkare", "2024-10-24 15:50", [
        S("Aktuellt", "Provsvar från genetiken inkomna."),
        S("Tidiga hypoteser", "FMR1-premutation hos pat, förklarar sannolikt den låga ovarialreserven. Inte meddelat henne ännu."),
        S("Planering", "Läkarbesök bokas 4/11, tolk arabiska."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "VGR: diagnos och uppgift om ej meddelat står bara under sökordet Tidiga hypoteser.")

C("d135-klamydia-informerad-sambon-vet-ej", "skane", "1998-03-05", "300", [
    N("n1", "rmc", "Agnes Malm", "sjuksköterska", "2024-03-27 10:50", [
        S("Telefonkontakt", "Meddelat pat positivt klamydiaprov. Doxycyklin förskrivet, provtagning på nytt om 5 veckor. Hon vill själv berätta för sambon, som alltså ännu inte vet något."),
    ], template="Telefonanteckning")],
    [], [["NL101", "n1"]],
    "Patienten informerad; bara partnern (närstående) är ännu ovetande.")

C("d135-mikrotese-utan-spermier-frun-vet-ej", "skane", "1985-12-30", "319", [
    N("n1", "uro_malmo", "Ali Rahimi", "läkare", "2024-05-20 14:45", [
        S("Operation", "Mikro-TESE bilat, inga spermier i något av de 14 proverna."),
        S("Postop", "Icke-obstruktiv azoospermi bekräftad. Pat informerad direkt efter uppvaknandet och förstod beskedet. Han vill själv berätta för sin fru, som ännu inte vet utfallet."),
    ], template="Operationsberättelse")],
    [], [["NL101", "n1"]],
    "Vems information: mannen (patienten) är informerad, frun (närstående) ännu inte.")

C("d135-adenomyos-mr-inget-om-information", "vgr", "1984-09-29", "304", [
    N("n1", "kk_sas", "Hedda Johansson", "läkare", "2024-01-31 13:35", [
        S("MR bäcken", "Diffus adenomyos med junktionalzon 16 mm, inga endometriom."),
        S("Bedömning", "Adenomyos. Två månaders GnRH-analog innan frysåterföring."),
    ])],
    [], [["NL101", "n1"]],
    "Fastställd diagnos men inget sägs om information.")

C("d135-tubarfaktor-ej-informerad-om-egenavgift", "skane", "1985-05-31", "182", [
    N("n1", "rmc", "Amra Hodzic", "läkare", "2024-08-22 14:20", [
        S("Bedömning", "Tubarfaktor efter salpingit, två landstingsfinansierade IVF utan graviditet."),
        S("Planering", "Tredje försöket bekostas inte av regionen; pat ej informerad om egenavgiften ännu, kansliet ringer henne."),
    ])],
    [], [["NL101", "n1"]],
    "Det ej meddelade är en kostnad, inte diagnosen.")

C("d135-normal-karyotyp-bada-ej-meddelat", "vgr", "1988-07-14", "264", [
    N("n1", "missfall_ostra", "Maria Oskarsson", "läkare", "2024-07-30 10:05", [
        S("Provsvar", "Karyotyp pat 46,XX, partnern 46,XY, inga strukturella avvikelser."),
        S("Planering", "Paret har inte fått svaren, tas vid återbesöket om 2 veckor tillsammans med APS-proverna."),
    ], template="Provsvarsanteckning", signed=UNSIGNED)],
    [], [["NL101", "n1"]],
    "Ej meddelat gäller normala karyotyper, ingen diagnos.")

C("d135-missfall-informerades-igar", "skane", "1993-12-14", "566", [
    N("n1", "tidig_malmo", "Petra Nyman", "barnmorska", "2024-06-05 09:20", [
        S("Telefonkontakt", "Missfall efter IVF konstaterat vid ultraljud igår, pat fick beskedet på plats av läkaren. Idag måttlig blödning och värk som lindras av Ipren. Har fått Cytotec för hemmabruk enligt plan."),
    ], template="Telefonanteckning")],
    [], [["NL101", "n1"]],
    "Diagnosen meddelades dagen innan.")

C("d135-th-mall-forst-sedan-synlig-med-besked", "skane", "1991-11-05", "215", [
    N("n1", "andro_s", "Henrik Mattsson", "läkare", "2024-01-18 15:00", [
        S("Bedömning", "Små testiklar och högt FSH, misstänkt Klinefelters syndrom. Karyotyp tagen, avvaktar svar innan hypotesen tas upp med pat."),
    ], template="Tidiga hypoteser"),
    N("n2", "andro_s", "Henrik Mattsson", "läkare", "2024-02-08 10:30", [
        S("Bedömning", "Karyotyp 47,XXY, Klinefelters syndrom fastställt. Diagnosen och vad den innebär för fertiliteten genomgången med pat idag, skriftlig information om patientförening."),
    ]),
    ],
    [], [["NL102", "n1"], ["NL101", "n2"], ["NL102", "n2"]],
    "Hypotes först i mallen Tidiga hypoteser (skyddad), sedan fastställd och meddelad i synlig anteckning.")

C("d135-hepatit-b-pat-vet-mannen-ej", "vgr", "1990-10-18", "342", [
    N("n1", "rm_su", "Camilla Borg", "barnmorska", "2024-03-06 11:15", [
        S("Aktuellt", "Kronisk hepatit B sedan 2010, följs på infektion, pat själv väl insatt. Mannen vet ännu inte om hennes diagnos; hon vill berätta själv och vi har erbjudit vaccination av honom."),
    ], template="Barnmorskeanteckning")],
    [], [["NL101", "n1"]],
    "Patienten vet; det är partnern som ännu inte informerats.")

C("d135-provsvar-ej-klara-ej-informerad", "skane", "1992-04-20", "122", [
    N("n1", "kk_csk", "Karin Nordström", "läkare", "2024-02-19 12:30", [
        S("Diagnos", "N97.9 Ofrivillig barnlöshet."),
        S("Planering", "AMH och TSH är inte klara, pat ej informerad om några provsvar ännu. Ringer när allt kommit."),
    ])],
    [], [["NL101", "n1"]],
    "Ej informerad om ännu ej klara provsvar; barnlösheten är uppenbart känd för patienten.")

C("d135-hydrosalpinx-meddelad-postop", "vgr", "1994-01-26", "288", [
    N("n1", "kk_skas", "Rebecka Dahl", "läkare", "2024-09-16 18:00", [
        S("Postop rond", "Laparoskopi med fynd av hydrosalpinx hö som togs bort. Pat informerad om fyndet och ingreppet efter uppvaknandet, förstår att IVF är nästa steg."),
    ], template="Ronduppföljning", setting="slutenvård")],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "Fyndet är meddelat patienten postoperativt.")

C("d135-poi-meddelad-forra-besoket", "skane", "1988-08-11", "066", [
    N("n1", "kk_hbg", "Jonas Ekberg", "läkare", "2024-03-01 09:30", [
        S("Aktuellt", "Pat fick besked om POI vid förra besöket 2/2 och har nu hunnit smälta det. Idag samtal om äggdonation, väntetider och utlandsalternativ."),
        S("Planering", "Remiss RMC för äggdonation."),
    ])],
    [], [["NL101", "n1"]],
    "Diagnosen meddelades vid ett tidigare besök.")

C("d135-ingen-y-mikrodeletion-ej-informerat", "skane", "1990-09-22", "439", [
    N("n1", "andro_s", "Mikael Sandström", "läkare", "2024-10-28 13:05", [
        S("Provsvar", "Y-mikrodeletionsanalys utan deletion i AZFa, b eller c. Karyotyp 46,XY."),
        S("Planering", "Ej informerat pat ännu om de normala svaren, tas vid besöket 5/11."),
    ], template="Provsvarsanteckning")],
    [], [["NL101", "n1"]],
    "Det ej meddelade är normala genetiska svar.")

C("d135-typo-infomerad-om-missed-abortion", "vgr", "1989-04-29", "128", [
    N("n1", "gynakut_ostra", "Nora Eriksson", "läkare", "2024-08-03 20:45", [
        S("Aktuellt", "V 10+1 efter IVF, brunaktig flytning sedan 3 dagar."),
        S("Status", "VUL: CRL 18 mm, ingen hjärtaktivitet."),
        S("Bedömning", "Missed abortion. Pat infomerad och erbjuden medicinsk eller kirurgisk evakuering, väljer Cytotec hemma."),
    ], template="Akutanteckning")],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "Stavfel i 'infomerad', men patienten är informerad om diagnosen.")

C("d135-lang-ivf-ej-informerad-om-ny-tid", "skane", "1987-02-23", "366", [
    N("n1", "rmc", "Hanna Bergqvist", "läkare", "2024-11-14 10:40", [
        S("Anamnes", "Kvinnan 37 år, barnlös sedan 4 år. Endometrios opererad 2021 med PAD-verifikation, känd för pat sedan dess. Hypotyreos på Levaxin 75 mikrog, välinställd. Mannen 39 år, frisk, normalt spermaprov."),
        S("Förlopp", "IVF 1 i juni: 6 oocyter, 2 blastocyster, färsk ET utan graviditet. FET i september utan graviditet. Inga frysta embryon kvar."),
        S("Status", "VUL cd 3: endometrium tunt, AFC 6, inga cystor, ingen adenomyosbild. BT 122/78, vikt 64 kg."),
        S("Lab", "AMH 4,1 pmol/l (10,5 för ett år sedan). TSH 1,8, fritt T4 normalt. Rubella immun, blodgrupp A pos."),
        S("Samtal", "Lång genomgång med paret om att chansen till levande barn vid ett nytt försök är begränsad, uppskattningsvis 15–20 %. Äggdonation nämnd som ett alternativ om även detta försök misslyckas, paret vill i första hand försöka med egna ägg. Kvinnan ledsen men saklig, mannen stöttande. Erbjudits kuratorskontakt, tackar ja."),
        S("Bedömning", "Sjunkande ovarialreserv i takt med åldern. Rimligt med ett sista IVF-försök med högre dos gonadotropiner."),
        S("Planering", "Lång agonist ej lämplig, antagonistprotokoll med Pergoveris 300 IE. Ny tid för start ej klar och pat ej informerad om den ännu, koordinatorn skickar den via 1177."),
    ], template="Planeringsanteckning")],
    [], [["NL101", "n1"]],
    "Lång IVF-anteckning: det ej meddelade är en tid; diagnoserna är kända för patienten.")

C("d135-dalig-respons-cykel-avbryts-informerad", "vgr", "1983-11-19", "420", [
    N("n1", "rm_su", "Malin Sundberg", "sjuksköterska", "2024-05-27 12:35", [
        S("Ultraljud", "Stimuleringsdag 9: två folliklar 12 och 14 mm, övriga under 8 mm."),
        S("Åtgärd", "Enligt läkare avbryts cykeln pga låg respons. Pat informerad på plats och fick tid för uppföljningssamtal om 3 veckor."),
    ], template="Sjuksköterskeanteckning")],
    [], [["NL101", "n1"]],
    "Det ogynnsamma fyndet har meddelats patienten.")

C("d135-dna-fragmentering-prov-skickat", "vgr", "1987-09-08", "213", [
    N("n1", "andro_su", "Peter Holmqvist", "läkare", "2024-11-21 09:55", [
        S("Bedömning", "Asthenozoospermi, känd och diskuterad med pat vid förra besöket."),
        S("Planering", "Prov för DNA-fragmentering skickat till extern lab; pat ej informerad om att provet skickats iväg, svar om 4 veckor."),
    ])],
    [], [["NL101", "n1"]],
    "Ej informerad gäller att ett prov skickats, inte diagnosen.")

C("d135-barn-10-ar-fertilitetsbevarande-foraldrar-informerade", "skane", "2014-05-04", "235", [
    N("n1", "barnonk_lund", "Sanna Ivarsson", "läkare", "2024-04-02 15:10", [
        S("Aktuellt", "10-årig pojke med nydiagnostiserad akut lymfatisk leukemi. Pojken och föräldrarna informerades om diagnosen igår av ansvarig onkolog."),
        S("Planering", "Remiss till RMC för information om fertilitetsbevarande, testikelvävnadsfrysning diskuteras före start av högdos alkylerare."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "Barn under 13: vårdnadshavare (och barnet) informerade om diagnosen.")

# ===== END OF CASES =====


# ---------------------------------------------------------------- build + validate
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CODES = {"NL101", "NL102"}


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def main():
    problems = []
    out = []
    names = set()
    sentences = {}
    for c in CASES:
        name = c["name"]
        if not name.startswith("d135-"):
            problems.append("%s: bad prefix" % name)
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        pid = pnr(c["birth"], c["serial"])
        digits = pid.replace("-", "")[2:]
        if luhn_digit(digits[:9]) != digits[9]:
            problems.append("%s: Luhn" % name)
        if pid[:8] != c["birth"].replace("-", ""):
            problems.append("%s: pnr/birth mismatch" % name)
        notes = []
        ids = set()
        last = None
        for n in c["notes"]:
            unit = n.pop("_unit")
            region = UNITS[unit][2]
            if region != rs:
                problems.append("%s/%s: unit %s not in %s" % (name, n["id"], unit, rs))
            if rs == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % name)
            if n["id"] in ids:
                problems.append("%s: duplicate note id" % name)
            ids.add(n["id"])
            t = dt.datetime.fromisoformat(n["time"])
            for stamp in (n["time"], n["signed"]):
                if stamp is not None and not stamp.startswith("2024-"):
                    problems.append("%s: date outside 2024" % name)
            if n["signed"] is not None and dt.datetime.fromisoformat(n["signed"]) < t:
                problems.append("%s: signed before written" % name)
            a = age_on(c["birth"], t.date())
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: patient aged %d at note" % (name, a))
            if not n["sections"]:
                problems.append("%s: note without sections" % name)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    problems.append("%s: bad section" % name)
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != (name, n["id"], sec["keyword"]):
                            problems.append("repeated sentence in %s and %s: %r" % (sentences[s][0], name, s))
                        sentences.setdefault(s, (name, n["id"], sec["keyword"]))
            last = t if last is None or t > last else last
            notes.append(n)
        as_of = (last + dt.timedelta(days=7)).replace(hour=0, minute=0, second=0)
        if as_of.year != 2024:
            problems.append("%s: as_of outside 2024" % name)
        a = age_on(c["birth"], as_of.date())
        if 13 <= a <= 15:
            problems.append("%s: patient aged %d at as_of" % (name, a))
        bynote = {n["id"]: n for n in notes}
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, target in lst:
                if code not in CODES:
                    problems.append("%s: unknown code %s" % (name, code))
                if target not in bynote:
                    problems.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    problems.append("%s: %s/%s asserted twice" % (name, code, target))
                seen.add((code, target))
                system = bynote[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    problems.append("%s: NL102 must on non-Melior" % name)
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: nothing asserted" % name)
        if not c["why"].strip():
            problems.append("%s: empty why" % name)
        record = {
            "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": name, "ruleset": rs, "record": record,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    stats = {}
    for o in out:
        for kind in ("must", "must_not"):
            for code, _t in o[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("%d cases written to %s" % (len(out), OUT))
    for k in sorted(stats):
        print("  %s %-8s %d" % (k[0], k[1], stats[k]))
    print("  skane %d, vgr %d" % (sum(o["ruleset"] == "skane" for o in out),
                                  sum(o["ruleset"] == "vgr" for o in out)))


if __name__ == "__main__":
    main()
