#!/usr/bin/env python3
"""d134: gynaecology / gynaecological oncology cases for NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates the set; exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev134_cases.jsonl")

# key: (unit name, hsa id, journal system, region)
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "sus_lund_gynmott": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7G41", "Melior", "skane"),
    "sus_malmo_kolpo": ("Kolposkopimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7K20", "Melior", "skane"),
    "sus_lund_gynonk": ("Gynekologisk onkologi, Skånes universitetssjukhus Lund", "SE2321000255-7G88", "Melior", "skane"),
    "sus_lund_gynakut": ("Gynakuten, Skånes universitetssjukhus Lund", "SE2321000255-7G05", "Melior", "skane"),
    "sus_lund_avd": ("Vårdavdelning gynekologi 21, Skånes universitetssjukhus Lund", "SE2321000255-7G63", "Melior", "skane"),
    "sus_malmo_gyn": ("Gynekologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7K11", "Melior", "skane"),
    "sus_malmo_endo": ("Endometriosmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7K37", "Melior", "skane"),
    "hbg_kk": ("Kvinnosjukvården, Helsingborgs lasarett", "SE2321000255-5H14", "Melior", "skane"),
    "csk_gyn": ("Gynekologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3C72", "Melior", "skane"),
    "ystad_kk": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-2Y19", "Melior", "skane"),
    "hlm_kh": ("Kvinnohälsan, Hässleholms sjukhus", "SE2321000255-3H46", "Melior", "skane"),
    "sus_lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7N02", "Melior", "skane"),
    "sus_lund_barn": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7B31", "Melior", "skane"),
    "landskrona_gyn": ("Gynekologiska mottagningen, Lasarettet i Landskrona", "SE2321000255-5L08", "Melior", "skane"),
    "trelleborg_gyn": ("Gynmottagningen, Trelleborgs lasarett", "SE2321000255-6T27", "Melior", "skane"),
    # Region Skåne, PMO (primärvård)
    "bmm_limhamn": ("Barnmorskemottagningen Limhamn", "SE2321000255-P4L3", "PMO", "skane"),
    "vc_eslov": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-P2E9", "PMO", "skane"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P7U1", "PMO", "skane"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-P3S6", "PMO", "skane"),
    "bmm_angelholm": ("Barnmorskemottagningen Ängelholm", "SE2321000255-P5A2", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "su_ostra_gyn": ("Gynekologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4G7", "Melior", "vgr"),
    "su_ostra_kolpo": ("Kolposkopimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4K2", "Melior", "vgr"),
    "su_gyntumor": ("Gynekologisk tumörkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4T9", "Melior", "vgr"),
    "su_jubileum": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1J5", "Melior", "vgr"),
    "su_ostra_akut": ("Gynakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4A1", "Melior", "vgr"),
    "su_ostra_avd": ("Avdelning 53 gynekologi, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4V3", "Melior", "vgr"),
    "su_vulva": ("Vulvamottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4W8", "Melior", "vgr"),
    "su_endo": ("Endometriosteamet, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E4N6", "Melior", "vgr"),
    "nal_kk": ("Kvinnokliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-N2K4", "Melior", "vgr"),
    "uddevalla_kolpo": ("Kolposkopimottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-N3K7", "Melior", "vgr"),
    "sas_kk": ("Kvinnokliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-S5K1", "Melior", "vgr"),
    "sas_avd": ("Avdelning 31 kvinnosjukvård, Södra Älvsborgs sjukhus Borås", "SE2321000131-S5V9", "Melior", "vgr"),
    "skas_kk": ("Kvinnokliniken, Skaraborgs sjukhus Skövde", "SE2321000131-K6K3", "Melior", "vgr"),
    "skas_lidkoping": ("Gynekologimottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-K6L5", "Melior", "vgr"),
    "kungalv_gyn": ("Gynekologiska mottagningen, Kungälvs sjukhus", "SE2321000131-G7G2", "Melior", "vgr"),
    "alingsas_gyn": ("Gynekologimottagningen, Alingsås lasarett", "SE2321000131-A8G4", "Melior", "vgr"),
}

CASES = []
_serial = [0]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth):
    """Female personnummer for birth date 'YYYY-MM-DD' (even 9th digit)."""
    _serial[0] += 1
    k = _serial[0]
    s = 102 + (k * 46) % 880
    s -= s % 2
    yyyymmdd = birth.replace("-", "")
    nine = yyyymmdd[2:] + "%03d" % s
    return "%s-%03d%s" % (yyyymmdd, s, luhn_digit(nine))


def ts(t):
    # "2024-03-12 09:40" -> "2024-03-12T09:40:00"
    return datetime.datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def note(nid, unit, template, author, role, time, sections, signed=40, setting="öppenvård", refs=None):
    uname, hsa, system, _region = UNITS[unit]
    start = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        sig = None
    elif isinstance(signed, int):
        sig = (start + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    else:
        sig = ts(signed)
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": start.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": sig,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unit": unit,
    }


def add(case, ruleset, born, notes, must, must_not, why, as_of=None):
    last = max(datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    if as_of is None:
        as_of_dt = (last + datetime.timedelta(days=2)).replace(hour=0, minute=0, second=0)
        as_of = as_of_dt.strftime("%Y-%m-%dT%H:%M:%S")
    CASES.append({
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born), "birth_date": born, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M102 = ("NL102", "n1")
M101 = ("NL101", "n1")

# ---------------------------------------------------------------------------
# PART 1: NL102 — hedged diagnoses in visible sections (and look-alikes)
# ---------------------------------------------------------------------------

add("d134-kolpo-forenlig-cin23", "skane", "1994-08-17", [
    note("n1", "sus_malmo_kolpo", "Läkaranteckning", "Johanna Bergkvist", "läkare", "2024-02-13 10:20", [
        ("Anamnes", "Remitteras från BMM efter cellprov med HSIL i cytologin, HPV 16 pos. Nulligravida. P-piller sedan 5 år. Röker ca 5 cig/dag."),
        ("Status", "Spekulum: portio makroskopiskt ua. Ättiksyra: tydligt acetovitt område kl 11-2 med grov mosaik, TZ typ 1, hela gränsen synlig. Lugol: jodnegativt motsvarande. Px kl 12 och kl 1 samt endocervikalt skrap."),
        ("Bedömning", "Kolposkopisk bild förenlig med höggradig skivepitelförändring, CIN 2-3. Inväntar PAD."),
        ("Planering", "Svar inom 3-4 v. Vid CIN 3 i px planeras slyngkonisering (LEEP) i lokalbedövning."),
    ])], [M102], [],
    "'förenlig med' CIN 2-3 efter kolposkopi i synlig Bedömning i Melior (Skåne) ska flaggas")

add("d134-vul-misstankt-endometriom", "vgr", "1993-01-29", [
    note("n1", "sas_kk", "Mottagningsanteckning", "Elin Haraldsson", "läkare", "2024-03-05 13:15", [
        ("Aktuellt", "31-årig kvinna med dysmenorré sedan menarche, tilltagit senaste året. Dyspareuni vid djup penetration. Ingen önskan om graviditet just nu."),
        ("Status", "VUL: uterus antevert, normalstor, endometrium 7 mm. Vä ovarium med 38 mm rund cysta, homogent lågnivåeko (ground glass), ingen flödesförande solid komponent. Hö ovarium ua. Ingen fri vätska."),
        ("Bedömning", "Misstänkt endometriom vä ovarium, dysmenorrén passar väl med detta."),
        ("Planering", "Start desogestrel 75 mikrog kontinuerligt. Ny VUL om 3 mån hos undertecknad."),
    ])], [M102], [],
    "'Misstänkt endometriom' i synlig Bedömning (VGR, Melior) är en ohärledd hypotes")

add("d134-pmb-susp-endometriecancer", "skane", "1957-05-06", [
    note("n1", "hbg_kk", "Läkaranteckning", "Per-Olof Nyström", "läkare", "2024-01-18 09:05", [
        ("Anamnes", "67 år, postmenopausal sedan 14 år. Sporadiska blödningar senaste 2 mån. BMI 36, typ 2-diabetes, behandlad hypertoni. Ingen HRT."),
        ("Status", "Yttre genitalia atrofiska. Portio ua, lite blod från cervixkanalen. VUL: endometrium 14 mm, oregelbundet med ojämn gräns mot myometriet. Ovarier ej säkert identifierade, ingen resistens."),
        ("Bedömning", "Susp. endometriecancer. Pipellebiopsi tagen, skickad för PAD."),
        ("Åtgärd", "SVF startat. Pat får telefontid när PAD finns."),
    ])], [M102], [],
    "'Susp.' endometriecancer vid postmenopausal blödning, synlig Bedömning")

add("d134-pmb-dd-polyp-hyperplasi", "vgr", "1966-10-12", [
    note("n1", "nal_kk", "Läkaranteckning", "Anders Wahlgren", "läkare", "2024-04-09 14:30", [
        ("Anamnes", "Postmenopausal blödning vid ett tillfälle för 3 v sedan, en dag. Tamoxifen efter bröstcancer op 2021."),
        ("Status", "VUL: endometrium 8 mm med en avgränsad ekogen struktur i fundus, kärlstjälk ses på doppler."),
        ("Bedömning", "DD endometriepolyp / endometriehyperplasi."),
        ("Planering", "Hysteroskopi med polypresektion i dagkirurgi, anmäld."),
    ])], [M102], [],
    "'DD' med två diagnoser i synlig Bedömning, VGR")

add("d134-rmi-kan-ej-utesluta-ovarialca", "skane", "1961-12-03", [
    note("n1", "csk_gyn", "Läkaranteckning", "Maria Engström", "läkare", "2024-05-21 11:00", [
        ("Aktuellt", "Remiss från VC pga bukspänning och tidig mättnadskänsla. CA-125 180."),
        ("Status", "Buk: resistens upp mot naveln. VUL: 9 cm multilokulär cysta hö adnex med solida partier och flöde i septa. Lite ascites i fossa Douglasi."),
        ("Bedömning", "RMI 540. Ovarialcancer kan ej uteslutas."),
        ("Planering", "Remiss enligt SVF till gynonkologen SUS Lund. DT thorax-buk beställd."),
    ])], [M102], [],
    "'kan ej uteslutas' om ovarialcancer i synlig Bedömning, Skåne")

add("d134-vulva-bild-som-vid-lichen", "vgr", "1952-07-22", [
    note("n1", "su_vulva", "Mottagningsanteckning", "Katarina Sjöberg", "läkare", "2024-02-27 08:50", [
        ("Anamnes", "Klåda i underlivet i många år, värst nattetid. Sveda vid miktion. Har provat receptfria svampmedel utan effekt."),
        ("Status", "Porslinsvit, tunn hud kring klitoris, interlabialt och ned mot perineum. Labia minora delvis resorberade. Fissur i bakre kommissuren."),
        ("Bedömning", "Bild som vid lichen sclerosus. Stansbiopsi 4 mm tagen från vä labium minus."),
        ("Planering", "Start klobetasol kräm enligt nedtrappningsschema i väntan på PAD."),
    ])], [M102], [],
    "'Bild som vid' lichen sclerosus i synlig Bedömning, VGR")

add("d134-mr-talar-for-adenomyos", "skane", "1982-03-14", [
    note("n1", "sus_malmo_gyn", "Telefonanteckning", "Louise Falk", "läkare", "2024-06-04 15:40", [
        ("Telefonkontakt", "Ringer pat angående MR lilla bäckenet. Junktionszonen mäter 16 mm med små cystiska inslag, vilket talar för adenomyos och kan förklara de rikliga menstruationerna. Diskuterat hormonspiral som första steg, pat positiv. Tid för insättning bokas."),
    ])], [M102], [],
    "'talar för adenomyos' i telefonanteckning (synlig), Skåne")

add("d134-cytologi-asch-citerat", "vgr", "1990-11-02", [
    note("n1", "uddevalla_kolpo", "Barnmorskeanteckning", "Sanna Lindholm", "barnmorska", "2024-01-23 10:10", [
        ("Provsvar", 'Cytologsvar från screening 2024-01-10: "Atypiska skivepitelceller, HSIL kan ej uteslutas (ASC-H). HPV typ 18 påvisad."'),
        ("Åtgärd", "Kolposkopi bokad hos dr Nilsson 6/2. Kallelse skickad."),
    ])], [M102], [],
    "citerat cytologisvar 'HSIL kan ej uteslutas' står i synlig anteckning av kolposkopibarnmorska")

add("d134-typo-missankt-vulvacancer", "skane", "1946-09-30", [
    note("n1", "sus_lund_gynonk", "Läkaranteckning", "Gustav Ek", "läkare", "2024-03-19 13:00", [
        ("Anamnes", "78 år. Känd lichen sclerosus sedan 2010, dålig följsamhet till kortisonkräm. Sår på yttre blygdläppen som inte läker sedan 2 mån."),
        ("Status", "Hö labium majus: 2 cm exofytisk, lättblödande förändring med förhårdnad kant. Inguinalt hö en 1,5 cm palpabel lymfkörtel."),
        ("Bedömning", "Missänkt vulvacancer på lichenbotten. Stansbiopsi x2 tagna."),
        ("Planering", "UL-ledd finnålspunktion av inguinal körtel. Tas upp på MDK när PAD finns."),
    ])], [M102], [],
    "stavfel 'Missänkt' vulvacancer i synlig Bedömning ska ändå flaggas")

add("d134-fragetecken-endometrios", "vgr", "1998-04-19", [
    note("n1", "alingsas_gyn", "Mottagningsanteckning", "Hanna Åberg", "läkare", "2024-04-16 10:45", [
        ("Bedömning", "Cykliska bäckensmärtor med dyschezi, normal gyn-US. ?Endometrios. Provar kontinuerlig gestagenbehandling i 3 mån, därefter telefonuppföljning."),
    ], signed=None)], [M102], [],
    "'?Endometrios' (frågetecken före diagnos) i kort synlig Bedömning, VGR")

add("d134-ev-pcos", "skane", "2001-02-08", [
    note("n1", "ystad_kk", "Mottagningsanteckning", "Sofia Lundgren", "läkare", "2024-05-07 09:30", [
        ("Anamnes", "Mens var 2-4:e månad sedan menarche. Ökad hårväxt på haka och mage. Ej aktiv graviditetsönskan."),
        ("Status", "BMI 29. Lätt hirsutism (FG 10). VUL: >20 antrala folliklar i båda ovarierna."),
        ("Bedömning", "Ev. PCOS. Hormonstatus (testosteron, SHBG, TSH, prolaktin) och glukosbelastning tas."),
    ], signed=None)], [M102], [],
    "'Ev. PCOS' — hedge på en diagnos, inte på en åtgärd, Skåne")

add("d134-typo-mojlg-toa-akut", "vgr", "1985-06-25", [
    note("n1", "su_ostra_akut", "Inskrivningsanteckning", "Oskar Lindström", "läkare", "2024-07-12 02:15", [
        ("Aktuellt", "Feber 38,9 sedan 2 dygn, tilltagande smärta hö fossa. Spiral sedan 6 år."),
        ("Status", "Öm hö adnex och portioflyttningsömhet. VUL: 5 cm komplex, tjockväggig struktur hö adnex med debris. CRP 210, LPK 17."),
        ("Bedömning", "Möjlg tuboovarialabscess hö, DD perforerad appendicit."),
        ("Åtgärd", "Läggs in. Inj cefotaxim + metronidazol iv. DT buk i natt."),
    ], setting="slutenvård", signed=55)], [M102], [],
    "stavfel 'Möjlg' före tuboovarialabscess plus DD, synlig inskrivning VGR")

add("d134-inger-misstanke-borderline", "skane", "1988-10-10", [
    note("n1", "sus_lund_gynmott", "Läkaranteckning", "Ingrid Persson", "läkare", "2024-02-20 14:00", [
        ("Status", "VUL (expert): vä ovarium med 6 cm unilokulär cysta med tre papillära utskott, största 9 mm, sparsamt flöde. Hö ovarium och uterus ua."),
        ("Bedömning", "Ultraljudsbilden inger misstanke om borderlinetumör. Pat önskar bevara fertiliteten."),
        ("Planering", "Laparoskopisk cystektomi/ensidig salpingooforektomi, anmäld till op-planering."),
    ])], [M102], [],
    "'inger misstanke om' borderlinetumör i synlig Bedömning, Skåne")

add("d134-kan-rora-sig-om-sarkom", "vgr", "1962-01-17", [
    note("n1", "skas_kk", "Läkaranteckning", "Fredrik Hallberg", "läkare", "2024-08-20 11:20", [
        ("Anamnes", "Känt myom sedan 15 år, tidigare stabilt ca 5 cm. Postmenopausal sedan 2015. Nu tryck mot blåsan."),
        ("Utredning", "VUL: myomet mäter nu 11 cm, heterogent med centrala anekogena partier och rikligt oregelbundet flöde. LD 410."),
        ("Bedömning", "Snabb tillväxt efter menopaus - kan röra sig om leiomyosarkom."),
        ("Planering", "MR lilla bäcken med diffusion. Remiss gyntumörkirurgi SU för ställningstagande."),
    ])], [M102], [],
    "'kan röra sig om' leiomyosarkom i synlig Bedömning, VGR")

add("d134-sannolikt-cervixca-fore-pad", "skane", "1979-12-21", [
    note("n1", "sus_lund_onk", "Läkaranteckning", "Nils Ahlqvist", "läkare", "2024-03-26 10:00", [
        ("Utredning", "MR bäcken: 3,5 cm tumör i portio/cervix utan säker parametrieinväxt. Inga förstorade lymfkörtlar. PAD från px vid gyn-mottagningen ännu ej klart."),
        ("Bedömning", "Sannolikt cervixcancer, preliminärt stadium IB2."),
        ("Planering", "PET-DT, därefter MDK. Kontaktsjuksköterska ringer pat i morgon."),
    ])], [M102], [],
    "'Sannolikt cervixcancer' före PAD i synlig Bedömning (onkologen, Skåne)")

add("d134-typo-sannolkit-myom", "vgr", "1978-03-03", [
    note("n1", "kungalv_gyn", "Mottagningsanteckning", "Lena Gustafsson", "läkare", "2024-09-10 09:15", [
        ("Aktuellt", "Rikliga mens med koagel, Hb 98. Järntabletter från VC."),
        ("Bedömning", "Sannolkit submukost myom ca 2 cm i bakväggen som förklarar blödningarna. Hysteroskopisk resektion erbjuds."),
    ])], [M102], [],
    "stavfel 'Sannolkit' före submukost myom, synlig, VGR")

add("d134-oklart-om-x-eug", "skane", "1995-09-14", [
    note("n1", "sus_lund_gynakut", "Akutanteckning", "Amira Hadzic", "läkare", "2024-10-03 22:40", [
        ("Aktuellt", "SM v 6+4 enligt sista mens. Lätt blödning och molande smärta vä sedan i förmiddags."),
        ("Status", "Opåverkad. Buk mjuk, lätt öm vä. VUL: tomt cavum, endometrium 11 mm, ingen adnexresistens, ingen fri vätska. S-hCG 1450."),
        ("Bedömning", "Oklart om det rör sig om extrauterin graviditet eller ett tidigt missfall (PUL)."),
        ("Planering", "Nytt hCG om 48 h på gynakuten. Sök direkt vid ökad smärta eller yrsel."),
    ])], [M102], [],
    "'Oklart om det rör sig om' extrauterin graviditet, synlig akutanteckning Skåne")

add("d134-cin3-fragetecken-barnmorska", "vgr", "1991-05-27", [
    note("n1", "su_ostra_kolpo", "Barnmorskeanteckning", "Therese Blom", "barnmorska", "2024-05-14 08:30", [
        ("Kolposkopi", "TZ typ 2. Acetovitt, tjockt epitel med grovt punktat kl 5-7, skarp gräns. CIN 3? Px x2 tagna, blödning stillad med Monsels."),
        ("Planering", "Svar per telefon från kolposkopibarnmorska."),
    ])], [M102], [],
    "'CIN 3?' (efterställt frågetecken) i kolposkopibarnmorskans synliga anteckning")

add("d134-forenligt-partiell-mola", "skane", "1990-04-02", [
    note("n1", "sus_malmo_gyn", "Läkaranteckning", "Sara Holmberg", "läkare", "2024-04-25 12:05", [
        ("Status", "VUL: fosterkropp utan hjärtaktivitet, CRL motsv v 8+2. Förtjockad placenta med multipla små cystiska hålrum. hCG 186 000."),
        ("Bedömning", "Förenligt med partiell mola."),
        ("Planering", "Vakuumexeres, material till PAD. hCG-uppföljning enligt molaregistret."),
    ])], [M102], [],
    "'Förenligt med partiell mola' (ultraljud, före PAD) i synlig Bedömning")

add("d134-mr-djup-endometrios", "vgr", "1987-08-08", [
    note("n1", "su_endo", "Mottagningsanteckning", "Emma Wikström", "läkare", "2024-06-18 13:40", [
        ("Anamnes", "Svår dysmenorré, dyschezi och smärta vid samlag. Otillräcklig effekt av kombinerade p-piller kontinuerligt."),
        ("Utredning", "MR lilla bäcken 2024-06-03: 2 cm stjärnformad, T2-lågsignalerande nodulus i rektovaginalseptum."),
        ("Bedömning", "MR talar för djup endometrios med engagemang av rektovaginalseptum."),
        ("Planering", "Byte till dienogest. Tas upp på endometriosronden om kirurgi."),
    ])], [M102], [],
    "'talar för djup endometrios' i synlig Bedömning, VGR")

add("d134-typo-hydrosalpinx-sanolik", "skane", "1989-11-23", [
    note("n1", "hlm_kh", "Mottagningsanteckning", "Karin Månsson", "läkare", "2024-01-30 10:30", [
        ("Aktuellt", "Ofrivillig barnlöshet 2 år. Genomgången klamydiainfektion 2012."),
        ("Status", "VUL: tubulär anekogen struktur med ofullständiga septa intill hö ovarium, hydrosalpinx sanolik. Vä adnex ua."),
        ("Planering", "HyFoSy för tubarpassage. Info om IVF-vägen."),
    ])], [M102], [],
    "efterställd och felstavad hedge 'hydrosalpinx sanolik' i synligt Status")

add("d134-kontaktssk-informerat-om-misstanke", "vgr", "1955-02-15", [
    note("n1", "su_gyntumor", "Kontaktsjuksköterskeanteckning", "Jenny Dahl", "sjuksköterska", "2024-03-12 16:00", [
        ("Samtal", "Deltog vid läkarbesöket. Pat informerad av dr Holmqvist om att man misstänker äggstockscancer och att utredningen sker enligt standardiserat vårdförlopp. Pat tog emot beskedet lugnt, maken med."),
        ("Planering", "Jag ringer på fredag efter DT. Pat har mitt direktnummer."),
    ])], [M102], [("NL101", "n1")],
    "misstänkt äggstockscancer står synligt (NL102) men pat är informerad, så inte NL101")

add("d134-misstanke-granulosacellstumor", "skane", "1968-06-01", [
    note("n1", "sus_lund_gynmott", "Läkaranteckning", "Viktor Sandell", "läkare", "2024-07-02 09:50", [
        ("Anamnes", "56 år, perimenopausal. Oregelbundna rikliga blödningar och ömma bröst."),
        ("Status", "VUL: 5 cm solid, välvaskulariserad resistens vä ovarium. Endometrium 16 mm. Inhibin B och östradiol klart förhöjda."),
        ("Bedömning", "Östrogenproducerande ovarialtumör, misstanke om granulosacellstumör."),
        ("Planering", "Endometriebiopsi. Remiss SVF gynonkologi."),
    ], signed=None)], [M102], [],
    "'misstanke om granulosacellstumör' i synlig Bedömning, Skåne")

add("d134-skane-sokord-tidhyp-i-vanlig-mall", "skane", "1959-10-28", [
    note("n1", "trelleborg_gyn", "Läkaranteckning", "Henrik Borg", "läkare", "2024-09-17 14:20", [
        ("Aktuellt", "Återbesök efter DT buk pga adnexresistens."),
        ("Tidiga hypoteser", "Trolig ovarialcancer med karcinos utifrån DT och CA-125 640."),
        ("Planering", "Remiss gynonkologen SUS Lund."),
    ])], [M102], [],
    "Skåne skyddar via mallen, inte sökordet: sökord 'Tidiga hypoteser' i en Läkaranteckning är synligt")

add("d134-vgr-mall-tidhyp-men-sokord-bedomning", "vgr", "1950-12-09", [
    note("n1", "skas_lidkoping", "Tidiga hypoteser", "Maja Fransson", "läkare", "2024-10-22 11:10", [
        ("Bedömning", "Misstänkt endometriecancer, endometrium 19 mm och inhomogent. Biopsi tagen."),
    ])], [M102], [],
    "VGR skyddar via sökord: mallen heter Tidiga hypoteser men sökordet Bedömning visas")

add("d134-vgr-blandad-tidhyp-och-synlig", "vgr", "1963-03-31", [
    note("n1", "sas_kk", "Läkaranteckning", "Mikael Strand", "läkare", "2024-11-05 10:00", [
        ("Anamnes", "Opererad för coloncancer 2022. Nu tryckkänsla i buken."),
        ("Status", "VUL: 7 cm solid, bilobulerad resistens vä adnex."),
        ("Tidiga hypoteser", "Möjlig ovarialmetastas från coloncancern (Krukenbergtumör)."),
        ("Bedömning", "Komplex adnexresistens vä, trolig malign genes. DT thorax-buk beställd."),
    ])], [M102], [],
    "VGR: hypotes i Tidiga hypoteser skyddas, men 'trolig malign genes' i Bedömning syns")

add("d134-lang-postop-misstankt-le", "skane", "1954-04-11", [
    note("n1", "sus_lund_avd", "Daganteckning", "Cecilia Rydberg", "läkare", "2024-02-08 11:30", [
        ("Aktuellt", "Postop dag 2 efter robotassisterad total hysterektomi med bilateral salpingooforektomi och sentinel node-biopsi pga endometrioid endometriecancer grad 2, klinisk stadium I. Op utan komplikationer, blödning 50 ml."),
        ("Anamnes", "Natten utan anmärkning enligt nattens ssk. Pat har mobiliserats till stol x3 och gått i korridoren i förmiddags med stöd. På morgonen känsla av andfåddhet vid gång och stickande smärta hö sida av bröstet vid djupa andetag. Ingen hosta. Har haft Fragmin 5000 E sc x1 sedan op-dagen."),
        ("Status", "AT: trött men ej påverkad. Temp 37,6. Puls 112 regelbunden, BT 128/76, AF 22, SaO2 92 % på luft. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt bilat, inga rassel. Buk: mjuk, adekvat öm kring portarna, såren rena och torra. Ben: inga ödem, vader mjuka, ingen ensidig svullnad. KAD borttagen i morse, kissat 350 ml."),
        ("Lab", "Hb 112 (preop 131), CRP 48, LPK 9,8, kreatinin 71. EKG: sinustakykardi 110, inga ischemitecken."),
        ("Bedömning", "Takykardi, takypné och sjunkande saturation postoperativt hos pat med nydiagnostiserad malignitet. Misstänkt lungemboli, Wells 4,5. Pneumoni mindre troligt utan feber och med ren auskultation."),
        ("Åtgärd", "DT thorax med kontrast (LE-protokoll) beställd akut. Fragmin höjs till behandlingsdos 200 E/kg i väntan på svar efter kontroll av njurfunktion. Syrgas 2 l på grimma med mål SaO2 > 94 %. Pat informerad om planen och varför vi gör undersökningen."),
        ("Planering", "Ny bedömning efter DT, bakjour informerad. Hemgång skjuts upp. Fortsatt mobilisering med ssk."),
    ], setting="slutenvård", signed=75)], [M102], [],
    "lång postoperativ daganteckning där en enda mening bär hedgen 'Misstänkt lungemboli'")

add("d134-fragestallning-torsion", "vgr", "2003-07-07", [
    note("n1", "su_ostra_akut", "Akutanteckning", "Rebecka Ström", "läkare", "2024-08-03 19:25", [
        ("Aktuellt", "Plötslig kraftig smärta vä fossa sedan 3 h, illamående och kräkning."),
        ("Utredning", "Frågeställning ovarialtorsion vä. VUL: förstorat vä ovarium 6 cm med perifert placerade folliklar och nedsatt venöst flöde."),
        ("Åtgärd", "Akut diagnostisk laparoskopi, anmäld. Fastande."),
    ], setting="slutenvård", signed=30)], [M102], [],
    "'Frågeställning ovarialtorsion' — frågeställning om diagnos i synlig Utredning")

add("d134-ev-pid-akut", "skane", "1999-12-15", [
    note("n1", "sus_lund_gynakut", "Akutanteckning", "Jonas Kjellberg", "läkare", "2024-11-14 17:10", [
        ("Aktuellt", "Nedre buksmärta bilat sedan 4 dgr, ökad flytning, ny partner i höstas."),
        ("Status", "Temp 38,2. Portioflyttningsömhet, öm bilat i adnexa utan resistens. Mukopurulent flytning. VUL ua."),
        ("Bedömning", "Ev. PID (salpingit). NAAT för klamydia, gonorré och M. genitalium tagen."),
        ("Åtgärd", "Doxycyklin + metronidazol 14 dgr. Partnerspårning vid positivt prov."),
    ])], [M102], [],
    "'Ev. PID (salpingit)' — ev. framför en diagnos, synlig Bedömning Skåne")

add("d134-typo-fornelig-lsil", "vgr", "1997-02-21", [
    note("n1", "nal_kk", "Telefonanteckning", "Annika Berglund", "läkare", "2024-06-25 13:35", [
        ("Telefonkontakt", "Ringer pat med PAD från kolposkopin: förnelig med LSIL (CIN 1). Ingen behandling, ny kolposkopi med cytologi om 12 mån. Pat nöjd med beskedet."),
    ])], [M102], [("NL101", "n1")],
    "stavfel 'förnelig med' LSIL i telefonanteckning; pat får beskedet, så inte NL101")

# --- must_not NL102 ---------------------------------------------------------

add("d134-skane-mall-tidhyp-ovarialca", "skane", "1949-08-26", [
    note("n1", "csk_gyn", "Tidiga hypoteser", "Maria Engström", "läkare", "2024-06-11 16:10", [
        ("Bedömning", "Ascites och omentkaka på DT talar starkt för avancerad ovarialcancer, men PAD saknas ännu. Ej kommunicerat med pat i väntan på laparoskopi med px."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: hypotes och ej kommunicerad diagnos i mallen Tidiga hypoteser syns inte")

add("d134-vgr-sokord-tidhyp-endometriecancer", "vgr", "1958-01-04", [
    note("n1", "kungalv_gyn", "Läkaranteckning", "Lena Gustafsson", "läkare", "2024-02-06 10:25", [
        ("Aktuellt", "Återbesök 1 v efter hysteroskopi. Ingen blödning, mår bra."),
        ("Tidiga hypoteser", "Makroskopiskt misstänkt endometriecancer vid hysteroskopin (exofytisk, skör vävnad i fundus). Inväntar PAD innan detta tas upp med pat."),
        ("Planering", "Nytt besök när PAD har kommit."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: misstanken och att den inte är framförd står bara under sökordet Tidiga hypoteser")

add("d134-pmo-vc-misstankt-endometrios", "skane", "1996-05-18", [
    note("n1", "vc_eslov", "Besöksanteckning", "Olle Jeppsson", "läkare", "2024-03-20 14:15", [
        ("Aktuellt", "Svåra mensvärkar, missar skola/arbete 1-2 dgr/mån trots NSAID."),
        ("Bedömning", "Misstänkt endometrios. Remiss till gynmottagningen, under tiden p-piller kontinuerligt."),
    ])], [], [("NL102", "n1")],
    "PMO visar aldrig diagnoser: misstänkt endometrios på vårdcentral ska inte ge NL102")

add("d134-pmo-bmm-trol-hpv", "skane", "1986-09-09", [
    note("n1", "bmm_limhamn", "Barnmorskebesök", "Ulrika Sten", "barnmorska", "2024-04-04 11:40", [
        ("Provsvar", "Cellprov 2024-03-15: ASC-US, HPV 31 pos. Trol. övergående HPV-infektion men enligt vårdprogrammet remiss för kolposkopi. Remiss skickad till SUS Malmö."),
    ])], [], [("NL102", "n1")],
    "PMO (barnmorskemottagning): 'Trol.' HPV-infektion visas inte, ingen NL102")

add("d134-ingen-misstanke-malignitet", "vgr", "1975-11-29", [
    note("n1", "alingsas_gyn", "Mottagningsanteckning", "Hanna Åberg", "läkare", "2024-01-16 08:40", [
        ("Status", "VUL: enkel, tunnväggig cysta hö ovarium 3 cm, inga papiller, inget flöde."),
        ("Bedömning", "Ingen misstanke om malignitet. Ingen ytterligare kontroll behövs."),
    ])], [], [("NL102", "n1")],
    "negerat: 'Ingen misstanke om malignitet'")

add("d134-endometriecancer-uteslutes", "skane", "1953-07-13", [
    note("n1", "landskrona_gyn", "Läkaranteckning", "Birgitta Olsson", "läkare", "2024-05-28 13:20", [
        ("Provsvar", "PAD från abrasio: atrofiskt endometrium, ingen hyperplasi, ingen malignitet."),
        ("Bedömning", "Endometriecancer uteslutes. Blödningen bedöms komma från atrofisk vaginalslemhinna."),
        ("Åtgärd", "Lokalt östrogen (estriol vagitorier). Pat informerad per telefon, inget återbesök."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "negerat: 'Endometriecancer uteslutes' efter benign PAD; pat informerad")

add("d134-inga-tecken-pa-ovarialca-dt", "vgr", "1967-04-24", [
    note("n1", "su_gyntumor", "Läkaranteckning", "Tobias Lindahl", "läkare", "2024-07-09 15:00", [
        ("Utredning", "DT thorax-buk: 4 cm cysta vä ovarium med enstaka tunt septum. Inga tecken på ovarialcancer eller karcinos, ingen ascites, normala lymfkörtlar."),
        ("Planering", "Åter till hemsjukhuset för laparoskopisk cystektomi."),
    ])], [], [("NL102", "n1")],
    "negerat: 'Inga tecken på ovarialcancer' i DT-svar")

add("d134-inget-talar-for-endometrios", "skane", "1994-02-02", [
    note("n1", "sus_malmo_endo", "Operationsberättelse", "Louise Falk", "läkare", "2024-09-24 12:40", [
        ("Operationsfynd", "Diagnostisk laparoskopi. Blanka peritoneala ytor i fossa Douglasi, sacrouterinligamenten och blåsperitoneum. Normala ovarier och tubor."),
        ("Bedömning", "Inget som talar för endometrios."),
    ], setting="slutenvård", signed=25)], [], [("NL102", "n1")],
    "negerat 'Inget som talar för endometrios' i operationsberättelse")

add("d134-familj-mor-ovarialca", "vgr", "1984-06-06", [
    note("n1", "skas_kk", "Mottagningsanteckning", "Fredrik Hallberg", "läkare", "2024-03-14 09:00", [
        ("Hereditet", "Mor avled i ovarialcancer vid 54 års ålder, moster hade bröstcancer. Syster utreds just nu för misstänkt bröstcancer."),
        ("Aktuellt", "Pat själv helt besvärsfri, önskar information om risk. VUL ua."),
        ("Planering", "Remiss till cancergenetisk mottagning."),
    ])], [], [("NL102", "n1")],
    "hedgad diagnos gäller systern (släkting), inte patienten")

add("d134-ev-kolposkopi-plan", "skane", "1992-10-31", [
    note("n1", "sus_malmo_kolpo", "Telefonanteckning", "Johanna Bergkvist", "läkare", "2024-08-27 10:55", [
        ("Telefonkontakt", "PAD visar CIN 1, pat informerad. Ev. ny kolposkopi om 6 mån beroende på HPV-svaret, eventuellt konisering om förändringen kvarstår längre fram."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "'Ev.'/'eventuellt' gäller planerade åtgärder; CIN 1 är bekräftad och berättad")

add("d134-trolig-hemgang", "vgr", "1990-03-16", [
    note("n1", "su_ostra_avd", "Daganteckning", "Sofie Engdahl", "sjuksköterska", "2024-04-23 09:45", [
        ("Omvårdnad", "Postop dag 1 efter laparoskopisk salpingektomi vä pga tubargraviditet, hCG sjunkande. Mår bra, smärtlindring med paracetamol räcker, kissar själv. Trolig hemgång i eftermiddag efter läkarrond."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
    "'Trolig hemgång' hedgar en plan, inte en diagnos")

add("d134-hypotetiskt-sok-igen", "skane", "1988-01-26", [
    note("n1", "sus_lund_gynakut", "Akutanteckning", "Amira Hadzic", "läkare", "2024-06-29 15:10", [
        ("Bedömning", "Missed abortion v 9, fostret utan hjärtaktivitet, CRL motsv v 7+3."),
        ("Åtgärd", "Misoprostol hemma enligt PM, info given muntligt och skriftligt. Om feber, tilltagande smärta eller blödning mer än en binda i timmen - sök akut. Graviditetstest om 3 v."),
    ])], [], [("NL102", "n1")],
    "hypotetiskt 'Om feber ... sök akut' och en bekräftad diagnos, ingen hedgad diagnos")

add("d134-bekraftad-hgsc-mdk", "vgr", "1956-09-19", [
    note("n1", "su_gyntumor", "MDK-anteckning", "Tobias Lindahl", "läkare", "2024-10-08 13:30", [
        ("Diagnos", "Höggradigt serös karcinom, ursprung tuba vä (PAD från diagnostisk laparoskopi). FIGO IIIC."),
        ("MDK", "Deltagare: gyn-tumörkirurg, gynonkolog, radiolog, patolog, kontaktsjuksköterska. Primär debulkingkirurgi bedöms möjlig med mål makroskopisk radikalitet."),
        ("Planering", "Op-anmäld till v 43. BRCA-test och HRD-test på tumörmaterial beställt."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "bekräftad diagnos utan hedge och inget sägs om att pat inte vet")

add("d134-kan-uteslutas-endometrios", "skane", "1997-07-30", [
    note("n1", "hbg_kk", "Läkaranteckning", "Emil Carlsson", "läkare", "2024-10-15 10:10", [
        ("Bedömning", "Vid laparoskopin inga endometrioshärdar och normal anatomi, endometrios kan därmed uteslutas som förklaring till smärtan. Remiss till smärtmottagning och fysioterapeut med bäckenbottenkompetens."),
    ])], [], [("NL102", "n1")],
    "'kan uteslutas' (inte 'kan ej uteslutas') — negerat, svår look-alike")

add("d134-forenligt-med-normal-bild", "vgr", "1958-12-12", [
    note("n1", "nal_kk", "Mottagningsanteckning", "Anders Wahlgren", "läkare", "2024-02-22 14:50", [
        ("Status", "VUL: uterus liten, endometrium 3 mm regelbundet. Ovarier små och atrofiska."),
        ("Bedömning", "Förenligt med normal postmenopausal bild. Engångsblödningen bedöms som atrofirelaterad, inga fler åtgärder."),
    ], signed=None)], [], [("NL102", "n1")],
    "'Förenligt med' en normal bild — hedgeordet står inte på en sjukdom")

add("d134-cytologi-ej-forenlig-malignitet", "skane", "1971-05-05", [
    note("n1", "sus_lund_gynmott", "Telefonanteckning", "Malin Törnqvist", "sjuksköterska", "2024-03-07 13:05", [
        ("Telefonkontakt", "Meddelar pat svaret på ascitespunktionen: cytologin ej förenlig med malignitet, endast reaktiva mesotelceller. Dr Sandell träffar pat som planerat nästa vecka."),
    ])], [], [("NL102", "n1")],
    "'ej förenlig med malignitet' är negerat")

add("d134-ev-fri-vatska", "vgr", "2000-10-20", [
    note("n1", "su_ostra_akut", "Akutanteckning", "Oskar Lindström", "läkare", "2024-05-09 01:30", [
        ("Status", "Buk mjuk, lätt öm vä fossa. VUL: normala ovarier, 22 mm follikel vä, ev. lite fri vätska i fossa Douglasi. hCG neg."),
        ("Bedömning", "Ovulationssmärta (mittelschmerz). Hem med NSAID."),
    ], setting="slutenvård")], [], [("NL102", "n1")],
    "'ev.' står på ett fynd (fri vätska), diagnosen är bestämd")

add("d134-tidigare-op-endometrios", "skane", "1985-03-08", [
    note("n1", "sus_malmo_endo", "Mottagningsanteckning", "Emma Nordin", "läkare", "2024-11-19 08:30", [
        ("Anamnes", "Laparoskopiskt verifierad endometrios 2017 med excision av härdar i fossa Douglasi. Sedan dess dienogest med god effekt."),
        ("Aktuellt", "Slutade med dienogest i våras för graviditetsförsök, nu åter smärtsamma mens."),
        ("Planering", "Remiss till reproduktionsmedicin, NSAID under mens."),
    ])], [], [("NL102", "n1")],
    "tidigare verifierad endometrios utan hedge")

add("d134-typo-ingen-missanke-cancer", "vgr", "1972-08-14", [
    note("n1", "skas_lidkoping", "Mottagningsanteckning", "Maja Fransson", "läkare", "2024-06-13 10:40", [
        ("Bedömning", "Kontaktblödning från ektropion, cellprov normalt och HPV neg. Ingen missanke om cancer."),
    ])], [], [("NL102", "n1")],
    "stavfel i negation 'Ingen missanke om cancer' — fortfarande negerat")

add("d134-typo-torsion-avskrvs", "skane", "2002-04-27", [
    note("n1", "sus_lund_gynakut", "Akutanteckning", "Jonas Kjellberg", "läkare", "2024-07-21 21:05", [
        ("Bedömning", "Hemorragisk corpus luteum-cysta hö 4 cm. Torsion avskrvs då flödet i båda ovarierna är normalt och smärtan har avtagit. Hem, åter vid försämring."),
    ])], [], [("NL102", "n1")],
    "stavfel 'avskrvs' — avskriven torsion är negerad")

add("d134-pmo-um-trolig-klamydia", "skane", "2005-11-11", [
    note("n1", "um_lund", "Besöksanteckning", "Ida Nilsson", "barnmorska", "2024-09-03 15:30", [
        ("Aktuellt", "Sveda och ökad flytning, partner har positivt klamydiaprov."),
        ("Bedömning", "Trolig klamydiacervicit, behandlas direkt med doxycyklin. Klamydia-PCR tagen."),
    ])], [], [("NL102", "n1")],
    "PMO (ungdomsmottagning): trolig klamydia visas inte, ingen NL102")

add("d134-barn-lichen-bekraftad", "skane", "2016-03-22", [
    note("n1", "sus_lund_barn", "Läkaranteckning", "Hedvig Rosén", "läkare", "2024-04-30 10:20", [
        ("Anamnes", "8-årig flicka med klåda och sveda i underlivet sedan ett år, förstoppning. Mamma med."),
        ("Status", "Vit, skrynklig hud i åttaformation runt vulva och anus, små petekier. Inga tecken på infektion."),
        ("Bedömning", "Lichen sclerosus vulvae, typisk klinisk bild. Mamma informerad om diagnosen och behandlingen."),
        ("Planering", "Mometason kräm enligt schema. Åter om 3 mån."),
    ])], [], [("NL102", "n1")],
    "barn <13 år: bekräftad lichen sclerosus utan hedge")

add("d134-misstanken-bekraftades-inte", "vgr", "1983-12-01", [
    note("n1", "uddevalla_kolpo", "Läkaranteckning", "Petra Eklund", "läkare", "2024-08-06 11:15", [
        ("Provsvar", "PAD från px vid kolposkopi: CIN 2, ingen invasiv växt."),
        ("Bedömning", "Misstanken om cervixcancer bekräftades inte. LEEP planeras."),
    ])], [], [("NL102", "n1")],
    "'Misstanken om cervixcancer bekräftades inte' — avförd misstanke")

add("d134-pat-fragar-om-endometrios", "skane", "2004-01-19", [
    note("n1", "ystad_kk", "Mottagningsanteckning", "Sofia Lundgren", "läkare", "2024-12-03 09:10", [
        ("Aktuellt", "Pat har läst på nätet och undrar om hon kan ha endometrios. Mens regelbunden, lätt molande värk dag 1, inga besvär vid samlag eller tarmtömning."),
        ("Bedömning", "Ingenting i anamnes eller status som talar för endometrios. Primär dysmenorré, lugnad."),
    ], signed=None)], [], [("NL102", "n1")],
    "pat frågar om endometrios; läkaren negerar den")

add("d134-ev-omtag-cellprov", "vgr", "1980-06-17", [
    note("n1", "su_ostra_kolpo", "Barnmorskeanteckning", "Therese Blom", "barnmorska", "2024-10-29 14:00", [
        ("Provsvar", "Kontrollcellprovet går inte att bedöma pga blod."),
        ("Planering", "Ev. omtag om 3 mån, brev till pat."),
    ])], [], [("NL102", "n1")],
    "'Ev. omtag' av ett prov är en plan, ingen diagnos")

add("d134-pmo-vc-cancer-ej-utesluten", "skane", "1951-10-05", [
    note("n1", "vc_simrishamn", "Besöksanteckning", "Göran Åkesson", "läkare", "2024-01-09 11:50", [
        ("Aktuellt", "73-årig kvinna med blodig flytning sedan 3 v."),
        ("Bedömning", "Postmenopausal blödning, endometriecancer kan inte uteslutas. Remiss SVF livmoderkroppscancer till Ystad."),
    ])], [], [("NL102", "n1")],
    "PMO: 'kan inte uteslutas' på vårdcentral ger inte NL102")

add("d134-symtomhedge-flytning", "skane", "1993-05-12", [
    note("n1", "landskrona_gyn", "Sjuksköterskeanteckning", "Amanda Holm", "sjuksköterska", "2024-02-15 13:25", [
        ("Aktuellt", "Möjligen lite ökad flytning senaste veckan, ingen lukt och ingen klåda."),
        ("Status", "Wet smear utan clue cells eller svamp, pH 4,0."),
        ("Bedömning", "Normalfynd, ingen behandling."),
    ])], [], [("NL102", "n1")],
    "'Möjligen' gäller ett symtom (flytning), inte en diagnos")

# ---------------------------------------------------------------------------
# PART 2: NL101 — a diagnosis stands visibly while the patient is not told
# ---------------------------------------------------------------------------

add("d134-pad-endometrieca-ej-informerad", "skane", "1955-04-23", [
    note("n1", "hbg_kk", "Läkaranteckning", "Per-Olof Nyström", "läkare", "2024-01-29 08:45", [
        ("Provsvar", "PAD Pipellebiopsi 2024-01-18: endometrioid adenokarcinom, FIGO grad 1, MMR-proteiner bevarade."),
        ("Bedömning", "Endometriecancer. Pat ännu ej informerad, besked ges vid inbokat besök på torsdag tillsammans med kontaktsjuksköterska."),
        ("Planering", "DT thorax-buk för stadieindelning beställd. Anmäls till regional MDK."),
    ])], [M101], [("NL102", "n1")],
    "bekräftad endometriecancer i synlig Bedömning och 'Pat ännu ej informerad'")

add("d134-cytologi-hsil-ej-meddelad", "vgr", "1989-07-04", [
    note("n1", "uddevalla_kolpo", "Barnmorskeanteckning", "Sanna Lindholm", "barnmorska", "2024-04-11 09:20", [
        ("Provsvar", "Cellprov 2024-04-02: HSIL (höggradig skivepitellesion), HPV 16 påvisad."),
        ("Planering", "Pat ej meddelad om svaret ännu. Ringer henne när kolposkopitiden är klar så hon får svar och tid i samma samtal."),
    ])], [M101], [("NL102", "n1")],
    "cytologisk diagnos HSIL citerad synligt; kolposkopibarnmorskan skriver att pat inte fått svaret")

add("d134-mdk-ovarialca-besked-mandag", "skane", "1948-11-16", [
    note("n1", "sus_lund_gynonk", "MDK-anteckning", "Viktor Sandell", "läkare", "2024-02-27 15:30", [
        ("Diagnos", "Ovarialcancer, höggradig serös typ enligt omentbiopsi. FIGO IVA med maligna celler i pleuravätskan."),
        ("MDK", "Primär kirurgi ej aktuell. Neoadjuvant karboplatin/paklitaxel x3, därefter ställningstagande till intervalldebulking."),
        ("Information", "Pat har ännu inte fått besked om cancerdiagnosen. Besked ges av dr Sandell på måndag med kontaktsjuksköterska närvarande."),
    ])], [M101], [],
    "MDK-anteckning med diagnos och ett synligt avsnitt som säger att besked inte är givet")

add("d134-kontaktssk-vet-inte-vulvaca", "vgr", "1941-06-08", [
    note("n1", "su_vulva", "Kontaktsjuksköterskeanteckning", "Lotta Wallin", "sjuksköterska", "2024-03-21 11:05", [
        ("Telefonkontakt", "Pat ringer och undrar över svaret på vävnadsprovet. Hon vet ännu inte att biopsin visade skivepitelcancer i vulva; jag har inte lämnat svaret per telefon utan bokat besök hos dr Sjöberg i morgon kl 9. Pat tackade, dottern kör henne."),
    ])], [M101], [],
    "kontaktsjuksköterska: pat 'vet ännu inte' om skivepitelcancer i vulva")

add("d134-cervix-adenoca-ej-meddelat", "skane", "1986-02-26", [
    note("n1", "sus_malmo_kolpo", "Läkaranteckning", "Johanna Bergkvist", "läkare", "2024-05-02 16:15", [
        ("Provsvar", "PAD konisering: adenocarcinoma in situ samt invasivt adenokarcinom med invasionsdjup 4 mm, endocervikal resektionsyta ej fri."),
        ("Bedömning", "Cervixcancer, stadium minst IB1. Ej meddelat pat, besked ges av undertecknad på fredag och hon får gärna ta med en anhörig."),
    ])], [M101], [],
    "invasiv cervixcancer i PAD, 'Ej meddelat pat' i samma synliga anteckning")

add("d134-dottern-ber-oss-vanta", "vgr", "1939-09-12", [
    note("n1", "sas_kk", "Telefonanteckning", "Eva Kronqvist", "sjuksköterska", "2024-05-15 10:40", [
        ("Telefonkontakt", "Dottern ringer, pat har tidigare gett muntligt samtycke till att hon får information. Pat själv har inte informerats om ovarialcancern än; dottern ber att vi väntar med beskedet tills hon kan följa med på besöket 22/5. Meddelat dr Strand."),
    ])], [M101], [],
    "anhörig vet men patienten har inte informerats om ovarialcancern")

add("d134-typo-ej-infomerad-sarkom", "skane", "1960-08-05", [
    note("n1", "sus_lund_gynonk", "Läkaranteckning", "Gustav Ek", "läkare", "2024-06-19 14:10", [
        ("Provsvar", "PAD uterus efter hysterektomi pga snabbt växande uterus: leiomyosarkom 9 cm, 18 mitoser/10 HPF, tumörnekros."),
        ("Bedömning", "Uterint leiomyosarkom. Pat ej infomerad ännu, hon har fått tid på onsdag."),
    ])], [M101], [],
    "stavfel 'ej infomerad' om leiomyosarkom i synlig Bedömning")

add("d134-misstankt-ovarialca-ej-framfort", "vgr", "1964-05-30", [
    note("n1", "su_gyntumor", "Läkaranteckning", "Tobias Lindahl", "läkare", "2024-04-02 13:50", [
        ("Utredning", "DT thorax-buk: bilaterala solida adnexresistenser, peritoneala härdar och måttlig ascites."),
        ("Bedömning", "Misstänkt ovarialcancer. Detta har inte framförts till pat, som fortfarande tror att det rör sig om en godartad cysta. Besked vid läkarbesök med kontaktsjuksköterska på torsdag."),
    ])], [M101, M102], [],
    "hedgad diagnos som dessutom inte är framförd till pat står synligt — både NL101 och NL102")

add("d134-cin3-forst-ej-sedan-informerad", "skane", "1995-12-09", [
    note("n1", "sus_malmo_kolpo", "Läkaranteckning", "Louise Falk", "läkare", "2024-03-04 15:00", [
        ("Provsvar", "PAD från kolposkopi-px: CIN 3 (HSIL), skivepitelgränsen ej representerad i materialet."),
        ("Planering", "Pat ännu inte informerad, ringer henne i morgon förmiddag."),
    ]),
    note("n2", "sus_malmo_kolpo", "Telefonanteckning", "Louise Falk", "läkare", "2024-03-05 10:20", [
        ("Telefonkontakt", "Pat nådd. Informerad om CIN 3 och att förändringen behöver tas bort med konisering. LEEP bokad 19/3, skriftlig info skickas."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "n1 håller CIN 3 synligt innan pat fått veta; n2 dagen efter har informerat")

add("d134-vulvaca-ej-per-telefon", "skane", "1944-01-31", [
    note("n1", "csk_gyn", "Läkaranteckning", "Maria Engström", "läkare", "2024-05-08 12:30", [
        ("Provsvar", "Vävnadsprovet från vulva visar skivepitelcancer av HPV-oberoende typ."),
        ("Bedömning", "Vulvacancer. Svaret får inte lämnas per telefon enligt pats egen önskan, hon är därför ej informerad ännu. Besök bokat 14/5."),
    ])], [M101], [],
    "vulvacancer bekräftad; pat inte informerad eftersom svar inte lämnas per telefon")

add("d134-skane-sokord-tidhyp-ej-info", "skane", "1952-02-17", [
    note("n1", "ystad_kk", "Mottagningsanteckning", "Sofia Lundgren", "läkare", "2024-07-16 11:25", [
        ("Aktuellt", "Pat har ringt två gånger och frågat efter provsvaret från hysteroskopin."),
        ("Tidiga hypoteser", "PAD: serös endometriecancer. Pat är ännu inte informerad."),
        ("Planering", "Besök hos undertecknad 19/7."),
    ])], [M101], [],
    "Skåne: sökordet Tidiga hypoteser i en vanlig Mottagningsanteckning skyddar inte — ej informerad diagnos syns")

add("d134-vgr-mall-tidhyp-sokord-diagnos", "vgr", "1957-10-03", [
    note("n1", "alingsas_gyn", "Tidiga hypoteser", "Karl Öhman", "läkare", "2024-05-06 09:55", [
        ("Diagnos", "C54.1 Endometriecancer, endometrioid typ grad 2 (PAD 2024-05-02). Pat har ännu inte fått besked."),
    ])], [M101], [],
    "VGR: mallen heter Tidiga hypoteser men sökordet Diagnos är synligt; pat har inte fått besked")

add("d134-avvaktar-tills-maken-kan", "skane", "1971-07-19", [
    note("n1", "hlm_kh", "Läkaranteckning", "Karin Månsson", "läkare", "2024-08-13 13:45", [
        ("Provsvar", "PAD från portiobiopsi: skivepitelcancer, invasiv."),
        ("Bedömning", "Cervixcancer, klinisk stadium IB1. Pat bad vid förra besöket att få alla provsvar med maken närvarande. Han är bortrest till onsdag, så vi avvaktar med att berätta om diagnosen och pat vet alltså inte om svaret ännu."),
        ("Planering", "MR bäcken och PET-DT beställda. Remiss SUS Lund gynonkologi."),
    ])], [M101], [],
    "diagnosen undanhålls tills maken kan vara med; pat vet inte ännu")

add("d134-demens-dottern-informerad", "vgr", "1933-03-27", [
    note("n1", "sas_avd", "Daganteckning", "Mikael Strand", "läkare", "2024-09-26 10:15", [
        ("Aktuellt", "Vårdas för pyometra, dränerad i går. Feberfri sedan i natt."),
        ("Provsvar", "PAD från dilatationen: endometrioid adenokarcinom."),
        ("Bedömning", "Endometriecancer. Pat själv ej informerad om diagnosen pga uttalad kognitiv svikt; dottern, som är god man, informerad."),
        ("Planering", "Ställningstagande till palliativ strålbehandling efter samråd med dottern."),
    ], setting="slutenvård")], [M101], [],
    "pat med demens har inte informerats om endometriecancern; bara dottern vet")

add("d134-eins-besked-ej-givet", "vgr", "1969-12-24", [
    note("n1", "skas_kk", "Läkaranteckning", "Fredrik Hallberg", "läkare", "2024-08-29 16:50", [
        ("Provsvar", "PAD hysteroskopi: atypisk endometriehyperplasi (EIN). Besked ej givet. Tel-tid bokad 3/9."),
    ], signed=None)], [M101], [],
    "telegrafisk osignerad anteckning: atypisk hyperplasi (EIN), 'Besked ej givet'")

add("d134-forsokt-na-om-cin2", "skane", "1990-06-13", [
    note("n1", "trelleborg_gyn", "Telefonanteckning", "Linnea Sköld", "barnmorska", "2024-10-01 14:25", [
        ("Telefonkontakt", "Försökt nå pat två gånger för besked om PAD, som visade CIN 2, utan svar. Hon har således ännu inte fått beskedet. Nytt försök i morgon förmiddag, annars brev med kallelse till kolposkopimottagningen."),
    ])], [M101], [],
    "CIN 2 i synlig telefonanteckning; pat har inte nåtts och 'ännu inte fått beskedet'")

add("d134-typo-ovetnade-granulosa", "vgr", "1973-04-08", [
    note("n1", "nal_kk", "Läkaranteckning", "Annika Berglund", "läkare", "2024-10-10 12:00", [
        ("Bedömning", "Pat ovetnade om att PAD från op visade vuxen granulosacellstumör, stadium IA. Besked ges av operatören vid återbesöket 18/10."),
    ])], [M101], [],
    "stavfel 'ovetnade' (ovetande) om granulosacellstumör")

add("d134-recidiv-cervixca-ej-info", "skane", "1967-09-02", [
    note("n1", "sus_lund_onk", "Läkaranteckning", "Nils Ahlqvist", "läkare", "2024-04-22 09:40", [
        ("Utredning", "DT buk: 4 cm recidiv av cervixcancer mot vä bäckenvägg med hydronefros vä."),
        ("Bedömning", "Lokalrecidiv 18 mån efter avslutad kemoradioterapi. Pat ej informerad om recidivet, tas upp på MDK tisdag innan besked. Nefrostomi vä beställd."),
    ])], [M101], [],
    "recidiv av cervixcancer; 'Pat ej informerad om recidivet' i synlig Bedömning")

add("d134-vaginalcancer-utkast", "vgr", "1949-02-11", [
    note("n1", "su_ostra_gyn", "Läkaranteckning", "Katarina Sjöberg", "läkare", "2024-06-03 15:20", [
        ("Provsvar", "Histologi från bakre vaginalväggen: skivepitelcancer, p16-positiv."),
        ("Bedömning", "Vaginalcancer. Patienten har ännu inte fått veta detta."),
    ], signed=None)], [M101], [],
    "osignerat utkast (före signering): vaginalcancer och 'har ännu inte fått veta'")

add("d134-komplett-mola-ej-info", "skane", "1998-08-28", [
    note("n1", "sus_malmo_gyn", "Läkaranteckning", "Sara Holmberg", "läkare", "2024-05-13 11:35", [
        ("Provsvar", "PAD från vakuumexeres: komplett mola hydatidosa."),
        ("Planering", "Pat ej informerad om PAD-svaret än, kontaktas av molabarnmorskan i morgon för besked och planering av hCG-kontroller varannan vecka."),
    ])], [M101], [],
    "komplett mola i PAD, pat ej informerad om svaret")

add("d134-lang-epikris-tubarca-ej-besked", "vgr", "1958-06-21", [
    note("n1", "su_ostra_avd", "Epikris", "Jonna Lindberg", "läkare", "2024-09-13 14:00", [
        ("Orsak till vård", "Planerad laparotomi pga komplex adnexresistens hö, CA-125 312, RMI 780."),
        ("Förlopp", "Opererad 2024-09-03: medellinjelaparotomi, total hysterektomi, bilateral salpingooforektomi, infrakolisk omentektomi, peritoneala biopsier och spolvätska. Makroskopiskt radikal. Blödning 600 ml, ingen transfusion. Epiduralanalgesi i 3 dygn, därefter perorala analgetika. Tarmfunktionen igång dag 3. Övergående feber dag 2 utan fokus, CRP max 142 och sjunkande utan antibiotika. Mobiliserad med fysioterapeut. KAD avvecklad dag 4, residualurin 40 ml."),
        ("PAD", "Definitivt PAD 2024-09-10: höggradig serös tubarcancer hö med växt på hö ovarialyta, omentum och peritoneala biopsier fria, spolvätska med maligna celler. FIGO IC3."),
        ("Information", "Pat har vid utskrivningen ännu inte informerats om PAD-svaret. Besked ges av operatören vid återbesöket 17/9 med kontaktsjuksköterskan."),
        ("Läkemedel", "Fragmin 5000 E sc x1 i 28 dagar postoperativt. Alvedon 1 g x4 vb. Ibuprofen 400 mg x3 i 5 dgr. Movicol vb."),
        ("Uppföljning", "Återbesök gyntumörmottagningen 17/9. Sjukskriven 100 % t.o.m. 2024-10-13. Agrafferna tas på vårdcentralen dag 12. Kontaktsjuksköterska Jenny Dahl nås via mottagningen."),
    ], setting="slutenvård", signed="2024-09-14 09:10")], [M101], [],
    "lång epikris; en mening säger att pat inte informerats om PAD som visar tubarcancer")

add("d134-typo-ej-informead-ovarialca", "vgr", "1976-11-25", [
    note("n1", "skas_kk", "Läkaranteckning", "Ylva Björk", "läkare", "2024-11-12 13:15", [
        ("Provsvar", "PAD efter laparoskopisk salpingooforektomi vä: endometrioid ovarialcancer grad 1, kapseln intakt."),
        ("Bedömning", "Ovarialcancer stadium IA. Pat är ej informead om diagnosen, tid hos dr Hallberg bokas denna vecka."),
    ])], [M101], [],
    "stavfel 'ej informead' om ovarialcancer")

add("d134-ssk-har-inte-namnt-cervixca", "skane", "1982-10-16", [
    note("n1", "hbg_kk", "Telefonanteckning", "Therese Malm", "sjuksköterska", "2024-07-04 10:30", [
        ("Telefonkontakt", "Pat ringde om PAD-svaret. Sa att läkaren återkommer i morgon - har inte nämnt att provet visade cervixcancer. Dr Nyström informerad om samtalet."),
    ])], [M101], [],
    "sköterskan har medvetet inte nämnt cervixcancern för pat, står synligt")

add("d134-ascites-maligna-celler-ej-info", "vgr", "1951-01-13", [
    note("n1", "sas_avd", "Sjuksköterskeanteckning", "Eva Kronqvist", "sjuksköterska", "2024-02-19 13:40", [
        ("Omvårdnad", "Ascitestappning 3,2 l i går, pat andas lättare och har ätit lunch."),
        ("Provsvar", "Ascitescytologi: maligna celler av adenokarcinomtyp. Pat har inte blivit informerad om svaret, besked ges av ansvarig läkare i eftermiddag."),
    ], setting="slutenvård")], [M101], [],
    "malign ascitescytologi (adenokarcinom) och pat 'har inte blivit informerad'")

add("d134-kan-ej-utesluta-metastas-ej-info", "vgr", "1954-08-30", [
    note("n1", "su_jubileum", "Läkaranteckning", "Ola Fridén", "läkare", "2024-03-28 09:00", [
        ("Utredning", "Uppföljande DT efter avslutad behandling för endometriecancer: ny 2 cm lesion i lever segment 6."),
        ("Bedömning", "Kan ej utesluta levermetastas från endometriecancern. Har inte tagit upp detta med pat ännu, MR lever först."),
    ])], [M101, M102], [],
    "'Kan ej utesluta levermetastas' och 'inte tagit upp detta med pat' i samma synliga Bedömning")

add("d134-tolk-saknades-ej-besked", "vgr", "1970-05-09", [
    note("n1", "nal_kk", "Läkaranteckning", "Anders Wahlgren", "läkare", "2024-03-01 11:45", [
        ("Provsvar", "PAD endometriebiopsi: endometrioid adenokarcinom."),
        ("Bedömning", "Tolk kunde inte bokas i dag, så pat har ännu inte fått besked om endometriecancern. Nytt besök med kontakttolk (somaliska) 6/3."),
    ])], [M101], [],
    "besked om endometriecancer uteblev då tolk saknades; pat vet inte")

add("d134-typo-kort-ej-underattad", "vgr", "1993-09-17", [
    note("n1", "uddevalla_kolpo", "Läkaranteckning", "Petra Eklund", "läkare", "2024-09-05 08:35", [
        ("Provsvar", "PAD: CIN 2 i två av tre px. Pat ej underättad."),
    ])], [M101], [],
    "enradig anteckning med stavfel 'ej underättad' om CIN 2")

add("d134-seros-endometrieca-utkast", "skane", "1947-12-05", [
    note("n1", "landskrona_gyn", "Läkaranteckning", "Birgitta Olsson", "läkare", "2024-11-08 15:55", [
        ("Bedömning", "Endometriecancer (serös typ) enligt PAD från hysteroskopin 4/11. Ej meddelat patienten ännu - besked planeras tillsammans med kontaktsjuksköterska nästa vecka."),
    ], signed=None)], [M101], [],
    "osignerat utkast: serös endometriecancer 'Ej meddelat patienten ännu'")

add("d134-dvin-ej-info", "skane", "1956-03-03", [
    note("n1", "trelleborg_gyn", "Läkaranteckning", "Henrik Borg", "läkare", "2024-12-10 10:05", [
        ("Provsvar", "PAD vulvabiopsi: differentierad VIN (dVIN) i lichen sclerosus, ingen invasion."),
        ("Bedömning", "dVIN. Pat ej informerad, besked vid återbesök om 2 v då excision planeras."),
    ])], [M101], [],
    "förstadiet dVIN står synligt, pat ej informerad")

add("d134-petdt-metastaser-ej-berattat", "vgr", "1974-07-26", [
    note("n1", "su_jubileum", "Läkaranteckning", "Ola Fridén", "läkare", "2024-01-25 14:35", [
        ("Utredning", "PET-DT: FDG-upptagande paraaortala lymfkörtlar upp till 2,5 cm."),
        ("Bedömning", "Paraaortala lymfkörtelmetastaser från cervixcancern, stadium IIIC2r. Pat vet inte om detta ännu, ska berättas vid besöket hos mig på måndag då strålfältet måste utvidgas."),
    ])], [M101], [],
    "lymfkörtelmetastaser från cervixcancer; 'Pat vet inte om detta ännu'")

add("d134-vgr-tidhyp-men-diagnos-aven-synlig", "vgr", "1952-05-15", [
    note("n1", "sas_kk", "Läkaranteckning", "Mikael Strand", "läkare", "2024-10-14 09:25", [
        ("Diagnos", "C54.1 Endometriecancer, endometrioid grad 3."),
        ("Tidiga hypoteser", "Pat ej informerad om PAD-svaret, besked vid besök 17/10 tillsammans med kontaktsjuksköterskan."),
        ("Planering", "DT thorax-buk och anmälan till MDK."),
    ])], [M101], [],
    "VGR: att pat inte vet står skyddat, men själva diagnosen ligger synligt under sökordet Diagnos")

add("d134-skane-recidiv-ovarialca-ej-fatt-veta", "skane", "1958-10-19", [
    note("n1", "sus_lund_avd", "Kontaktsjuksköterskeanteckning", "Hanna Rask", "sjuksköterska", "2024-11-26 14:50", [
        ("Omvårdnad", "Inlagd pga subileus, sond ned, mår bättre i eftermiddag."),
        ("Samtal", "Recidiv av ovarialcancern enligt DT i går och stigande CA-125. Pat har inte fått veta ännu, dr Ek tar samtalet i morgon förmiddag och jag deltar."),
    ], setting="slutenvård")], [M101], [],
    "recidiv av ovarialcancer, kontaktsjuksköterskan skriver att pat inte fått veta")

add("d134-vgr-utomlands-ej-fatt-svaret", "vgr", "1983-04-03", [
    note("n1", "kungalv_gyn", "Läkaranteckning", "Lena Gustafsson", "läkare", "2024-02-01 12:10", [
        ("Provsvar", "PAD portiobiopsi: invasiv skivepitelcancer i cervix."),
        ("Bedömning", "Cervixcancer. Pat reser hem från Thailand på söndag och har ännu inte fått svaret; vi har kommit överens om besked på plats, inte via telefon eller 1177."),
    ])], [M101], [],
    "cervixcancer står synligt medan pat, som är utomlands, ännu inte fått svaret")

# --- must_not NL101 ---------------------------------------------------------

add("d134-informerad-cin3-idag", "skane", "1991-08-02", [
    note("n1", "sus_malmo_kolpo", "Mottagningsanteckning", "Johanna Bergkvist", "läkare", "2024-04-03 09:30", [
        ("Aktuellt", "Besök för PAD-svar efter kolposkopi: CIN 3."),
        ("Bedömning", "Pat informerad vid dagens besök om att det är ett förstadium och inte cancer. Planeras för LEEP 12/4."),
    ])], [], [M101, M102],
    "CIN 3 berättat vid dagens besök")

add("d134-besked-per-telefon-igar", "vgr", "1962-03-19", [
    note("n1", "kungalv_gyn", "Telefonanteckning", "Lena Gustafsson", "läkare", "2024-02-13 08:20", [
        ("Telefonkontakt", "Pat fick besked per telefon i går av undertecknad om endometriecancern. Ringer upp idag som avtalat, hon har haft en tuff natt men vill gå vidare med operation."),
    ])], [], [M101],
    "pat informerades om endometriecancer dagen innan")

add("d134-opdatum-ej-meddelat", "skane", "1984-05-24", [
    note("n1", "sus_lund_gynonk", "Läkaranteckning", "Gustav Ek", "läkare", "2024-03-13 12:50", [
        ("Bedömning", "Cervixcancer IB1, skivepitelcancer. Diagnosen meddelad vid besöket 6/3."),
        ("Planering", "Operationsdatum för radikal hysterektomi ännu ej meddelat pat, väntar på robotsal."),
    ])], [], [M101],
    "det som inte är meddelat är operationsdatumet, inte diagnosen")

add("d134-remiss-ej-informerad-om", "vgr", "1966-01-22", [
    note("n1", "nal_kk", "Läkaranteckning", "Annika Berglund", "läkare", "2024-04-05 15:10", [
        ("Bedömning", "Granulosacellstumör stadium IC1 enligt PAD, pat fick besked 2/4."),
        ("Åtgärd", "Remiss för kompletterande stadieindelning skickad i dag till gyntumörkirurgin SU. Pat ej informerad om att remissen gått iväg, kontaktsjuksköterskan ringer henne i morgon."),
    ])], [], [M101],
    "pat är inte informerad om att remissen skickats — det är en åtgärd, inte en diagnos")

add("d134-normalt-kontrollprov-ej-meddelat", "vgr", "1988-12-28", [
    note("n1", "su_ostra_kolpo", "Barnmorskeanteckning", "Therese Blom", "barnmorska", "2024-12-02 13:10", [
        ("Provsvar", "Kontrollcellprov 6 mån efter LEEP: normal cytologi, HPV neg."),
        ("Planering", "Pat ej meddelad ännu, svarsbrev skickas i dag. Åter i screeningprogrammet om 3 år."),
    ])], [], [M101, M102],
    "det ej meddelade provsvaret är normalt, ingen diagnos")

add("d134-skane-tidhyp-mall-plus-vanlig", "skane", "1950-09-06", [
    note("n1", "sus_lund_gynmott", "Operationsanteckning", "Ingrid Persson", "läkare", "2024-10-17 11:00", [
        ("Åtgärd", "Hysteroskopi i narkos. Resektion av vävnad från fundus, material till PAD."),
        ("Planering", "Pat får svar på mottagningen om 2 v."),
    ], setting="slutenvård"),
    note("n2", "sus_lund_gynmott", "Tidiga hypoteser", "Ingrid Persson", "läkare", "2024-10-17 11:15", [
        ("Bedömning", "Stor polypoid, skör massa i cavum, trolig endometriecancer. Pat ej informerad om misstanken, väntar på PAD."),
    ], setting="slutenvård")], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    "Skåne: ej kommunicerad misstanke står bara i mallen Tidiga hypoteser; den vanliga anteckningen saknar diagnos")

add("d134-vgr-sokord-tidhyp-karcinosarkom", "vgr", "1945-04-14", [
    note("n1", "su_ostra_gyn", "Läkaranteckning", "Katarina Sjöberg", "läkare", "2024-07-23 10:50", [
        ("Aktuellt", "Återbesök planeras om en vecka för provsvar."),
        ("Tidiga hypoteser", "PAD visar karcinosarkom i uterus; ej meddelat pat, besked vid återbesöket."),
    ])], [], [M101],
    "VGR: ej meddelad diagnos bara under sökordet Tidiga hypoteser")

add("d134-informerad-vill-beratta-sjalv-for-maken", "skane", "1961-06-29", [
    note("n1", "hbg_kk", "Läkaranteckning", "Emil Carlsson", "läkare", "2024-06-07 14:40", [
        ("Bedömning", "Pat informerad om ovarialcancerdiagnosen. Hon vill själv berätta för maken och önskar att vi inte kontaktar honom, vilket respekteras."),
    ])], [], [M101],
    "pat är informerad; bara maken vet inte")

add("d134-kemoradioterapi-inget-om-besked", "vgr", "1977-02-04", [
    note("n1", "su_jubileum", "Läkaranteckning", "Ola Fridén", "läkare", "2024-02-29 10:25", [
        ("Diagnos", "Cervixcancer IIB, skivepitelcancer."),
        ("Planering", "Kemoradioterapi med cisplatin veckovis och därefter brachyterapi. Dosplanerings-DT 7/3."),
    ])], [], [M101, M102],
    "bekräftad diagnos och inget sägs om att pat inte vet")

add("d134-ingen-optid-annu", "skane", "1979-09-21", [
    note("n1", "ystad_kk", "Telefonanteckning", "Anna-Karin Wester", "sjuksköterska", "2024-10-24 13:20", [
        ("Telefonkontakt", "Pat har ännu inte fått någon operationstid för hysterektomin och undrar hur länge hon får vänta. Myomen ger fortsatt rikliga blödningar, senaste Hb 104. Lovat återkomma med besked från op-planeringen."),
    ], signed=None)], [], [M101],
    "det pat ännu inte fått är en operationstid, inte en diagnos")

add("d134-typo-hpv-neg-ej-informrad", "vgr", "1985-10-01", [
    note("n1", "skas_lidkoping", "Barnmorskeanteckning", "Malin Axelsson", "barnmorska", "2024-03-26 09:05", [
        ("Provsvar", "HPV-test från självprovtagning negativt. Pat ej informrad ännu, får svar via 1177."),
    ])], [], [M101],
    "stavfel 'ej informrad' om ett negativt HPV-svar — ingen diagnos")

add("d134-informerad-och-forstatt-endometrios", "skane", "1992-01-07", [
    note("n1", "sus_malmo_endo", "Mottagningsanteckning", "Emma Nordin", "läkare", "2024-05-16 10:35", [
        ("Bedömning", "Pat informerad om diagnosen endometrios stadium III (rASRM) och har förstått att sjukdomen är kronisk men går att behandla."),
    ])], [], [M101, M102],
    "diagnosen berättad och förstådd")

add("d134-avbojer-prognosinfo", "vgr", "1953-11-18", [
    note("n1", "su_gyntumor", "Läkaranteckning", "Tobias Lindahl", "läkare", "2024-05-22 11:55", [
        ("Samtal", "Pat informerad om ovarialcancern och om den planerade operationen. Hon vill inte ha information om prognos i dagsläget, vilket respekteras."),
    ])], [], [M101],
    "pat känner till diagnosen; det hon avböjer är prognosinformation")

add("d134-n2-informerad-per-telefon", "skane", "1959-04-01", [
    note("n1", "csk_gyn", "Läkaranteckning", "Maria Engström", "läkare", "2024-08-08 16:05", [
        ("Provsvar", "PAD från fraktionerad abrasio: endometrioid adenokarcinom grad 2. Pat ej informerad, ringer i morgon."),
    ]),
    note("n2", "csk_gyn", "Telefonanteckning", "Maria Engström", "läkare", "2024-08-09 09:15", [
        ("Telefonkontakt", "Pat informerad per telefon om PAD-svaret, alltså cancer i livmoderslemhinnan. Vi tog det i lugn takt, kontaktsjuksköterska kopplad och besök bokat 13/8."),
    ])], [], [("NL101", "n2")],
    "senare anteckning (n2) berättar diagnosen som n1 höll inne")

add("d134-arbetsgivaren-ska-inte-veta", "vgr", "1981-08-19", [
    note("n1", "skas_lidkoping", "Läkaranteckning", "Maja Fransson", "läkare", "2024-07-02 13:25", [
        ("Intyg", "Pat vill inte att arbetsgivaren får veta diagnosen (cervixcancer). Sjukintyg till arbetsgivaren utan diagnos, fullständigt läkarintyg till FK."),
    ])], [], [M101],
    "det är arbetsgivaren, inte pat, som inte ska få veta")

add("d134-biverkningsinfo-ej-given", "skane", "1963-12-14", [
    note("n1", "sus_lund_onk", "Läkaranteckning", "Nils Ahlqvist", "läkare", "2024-09-09 08:55", [
        ("Bedömning", "Ovarialcancer IIIC, pat känner till diagnosen sedan operationen. Hon har ännu inte fått information om biverkningar av karboplatin/paklitaxel, det sker vid sjuksköterskebesöket före första kuren."),
    ])], [], [M101],
    "det som inte är berättat är biverkningsinformation")

add("d134-barnen-ska-vanta", "vgr", "1972-06-10", [
    note("n1", "sas_kk", "Kontaktsjuksköterskeanteckning", "Pia Gunnarsson", "sjuksköterska", "2024-06-12 15:45", [
        ("Samtal", "Pat fick besked om endometriecancern 3/6. Hon vill vänta med att berätta för sina barn tills efter operationen, vi pratade om hur hon kan lägga upp det samtalet."),
    ])], [], [M101],
    "pat informerad; barnen (närstående) är de som inte vet")

add("d134-annan-lakare-gav-besked", "skane", "1940-10-27", [
    note("n1", "csk_gyn", "Sjuksköterskeanteckning", "Agnes Lind", "sjuksköterska", "2024-05-20 10:05", [
        ("Aktuellt", "Dr Engström gav besked om vulvacancern i fredags. Pat har många frågor inför operationen, gått igenom förberedelser och vad sentinel node innebär."),
    ])], [], [M101],
    "beskedet gavs tidigare av en annan läkare")

add("d134-om-malignitet-informeras-vid-besok", "vgr", "1960-02-08", [
    note("n1", "nal_kk", "Läkaranteckning", "Anders Wahlgren", "läkare", "2024-11-21 12:15", [
        ("Planering", "PAD från abrasio väntas nästa vecka. Om malignitet påvisas ska pat informeras vid besök och inte per telefon."),
    ])], [], [M101, M102],
    "villkorligt: ingen diagnos finns ännu, bara en plan för hur besked ska ges")

add("d134-ej-nadd-benignt-pad", "skane", "1968-07-07", [
    note("n1", "landskrona_gyn", "Telefonanteckning", "Amanda Holm", "sjuksköterska", "2024-04-18 14:55", [
        ("Telefonkontakt", "Försökt ringa pat om svaret på den borttagna polypen, inget svar. PAD benignt, inga atypier. Nytt försök i morgon."),
    ])], [], [M101],
    "ej lämnat svar är ett benignt PAD utan diagnos som undanhålls")

add("d134-besked-cin2-lamnat", "vgr", "1996-03-25", [
    note("n1", "uddevalla_kolpo", "Barnmorskeanteckning", "Sanna Lindholm", "barnmorska", "2024-09-12 11:30", [
        ("Telefonkontakt", "Besked om PAD (CIN 2) lämnat per telefon. Pat önskar avvakta med behandling då hon vill bli gravid, diskuteras med dr Eklund."),
    ])], [], [M101],
    "CIN 2-beskedet är lämnat")

add("d134-skane-informerad-om-misstanke", "skane", "1957-02-20", [
    note("n1", "csk_gyn", "Läkaranteckning", "Maria Engström", "läkare", "2024-09-30 10:45", [
        ("Bedömning", "Pat informerad om att ultraljudsbilden inger misstanke om ovarialcancer och att vi remitterar till Lund för vidare utredning."),
    ])], [M102], [M101],
    "misstanken är berättad: NL102 men inte NL101")

add("d134-besked-via-tolk", "vgr", "1967-08-11", [
    note("n1", "su_ostra_gyn", "Läkaranteckning", "Reza Karimi", "läkare", "2024-04-15 13:05", [
        ("Samtal", "Besked om endometriecancer givet via tolk på arabiska, pat och make närvarande. Pat frågade om operationen och om hon kan fasta under ramadan före ingreppet."),
    ])], [], [M101],
    "besked om endometriecancer givet via tolk")

add("d134-stadium-ej-klart-pat-vet-diagnos", "skane", "1988-05-31", [
    note("n1", "sus_lund_onk", "Telefonanteckning", "Hanna Rask", "sjuksköterska", "2024-04-09 09:35", [
        ("Telefonkontakt", "Pat känner till diagnosen cervixcancer sedan besöket 2/4. MR-svaret har ännu inte kommit, så hon har inte kunnat få besked om stadieindelningen."),
    ])], [], [M101],
    "stadieindelning saknas ännu; diagnosen är redan berättad")

add("d134-typo-informerd-cin3", "skane", "1999-07-15", [
    note("n1", "sus_malmo_kolpo", "Telefonanteckning", "Louise Falk", "läkare", "2024-06-20 12:40", [
        ("Telefonkontakt", "Pat informerd om PAD-svaret: CIN 3. LEEP bokad 2/7."),
    ])], [], [M101, M102],
    "stavfel 'informerd' — pat har fått CIN 3-beskedet")

add("d134-syster-far-ingen-info", "vgr", "1961-11-09", [
    note("n1", "alingsas_gyn", "Telefonanteckning", "Jessica Thörn", "sjuksköterska", "2024-10-30 15:15", [
        ("Telefonkontakt", "Pats syster ringer och vill ha information om behandlingen. Pat har inte gett samtycke, ingen information lämnad till systern. Pat själv känner väl till sin ovarialcancer."),
    ])], [], [M101],
    "det är systern som inte informeras; pat känner till diagnosen")

add("d134-barn-labiasynekier-foraldrar-info", "skane", "2019-06-04", [
    note("n1", "sus_lund_barn", "Läkaranteckning", "Hedvig Rosén", "läkare", "2024-08-22 09:45", [
        ("Status", "Tunn, genomskinlig sammanväxning av labia minora nästan hela vägen, litet urinhål framtill."),
        ("Bedömning", "Labiasynekier. Mamma och pappa informerade om diagnosen, flickan har fått en åldersanpassad förklaring."),
        ("Åtgärd", "Östrogenkräm lokalt i 4 v."),
    ])], [], [M101, M102],
    "barn <13 år: vårdnadshavare informerade om bekräftad diagnos")

add("d134-utkast-informerat-om-stromasarkom", "vgr", "1970-01-30", [
    note("n1", "su_gyntumor", "Läkaranteckning", "Sara Eriksson-Lund", "läkare", "2024-12-04 16:30", [
        ("Samtal", "Informerat pat om PAD: låggradigt endometriestromasarkom. Hormonell behandling diskuteras på MDK nästa vecka."),
    ], signed=None)], [], [M101],
    "osignerat utkast där pat redan informerats om sarkomdiagnosen")



# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        name = c["case"]
        if name in names:
            errs.append("duplicate case name %s" % name)
        names.add(name)
        if not name.startswith("d134-"):
            errs.append("%s: bad prefix" % name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % name)
        if not c["why"].strip():
            errs.append("%s: empty why" % name)
        rec = c["record"]
        p = rec["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: bad pnr format" % name)
        else:
            if m.group(1) != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr does not match birth date" % name)
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != ten[9]:
                errs.append("%s: Luhn fails" % name)
        as_of = datetime.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % name)
        age = age_at(p["birth_date"], as_of)
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d not allowed" % (name, age))
        ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (name, sorted(n)))
            ids[n["id"]] = n
            t = datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            if t.year != 2024 or t > as_of:
                errs.append("%s: note time %s" % (name, n["time"]))
            if n["signed"] is not None:
                s = datetime.datetime.strptime(n["signed"], "%Y-%m-%dT%H:%M:%S")
                if s.year != 2024 or s < t:
                    errs.append("%s: signed %s" % (name, n["signed"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % name)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: bad section" % name)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (name, n["id"], sec["keyword"]):
                            errs.append("%s: sentence repeated (first in %s): %r" % (name, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (name, n["id"], sec["keyword"]))
        if len(ids) != len(rec["notes"]):
            errs.append("%s: duplicate note ids" % name)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: assertion repeated or contradictory" % name)
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (name, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (name, target))
                    continue
                system = ids[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    errs.append("%s: must NL102 on non-Melior" % name)
                if code == "NL101" and system == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % name)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertions" % name)
    return errs


def main():
    # check unit/region consistency before stripping helper keys
    errs = []
    for c in CASES:
        for n in c["record"]["notes"]:
            region = UNITS[n["_unit"]][3]
            if region != c["ruleset"]:
                errs.append("%s: unit %s belongs to %s" % (c["case"], n["_unit"], region))
    out = []
    for c in CASES:
        c = json.loads(json.dumps(c, ensure_ascii=False))
        for n in c["record"]["notes"]:
            del n["_unit"]
        out.append({k: c[k] for k in CASE_KEYS})
    errs += validate(out)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in out:
        for kind in ("must", "must_not"):
            for code, _t in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    regions = {}
    systems = {}
    for c in out:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
        s = c["record"]["notes"][0]["system"]
        systems[s] = systems.get(s, 0) + 1
    print("%d cases written to %s" % (len(out), OUT))
    for key in sorted(stats):
        print("  %s %-8s %d" % (key[0], key[1], stats[key]))
    print("  regions", regions, "systems", systems)


if __name__ == "__main__":
    main()
