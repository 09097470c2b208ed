#!/usr/bin/env python3
"""d79: reproduktionsmedicin, andrologi och fertilitetsutredning (NL101, NL102).

Independent hand-written cases. Standard library only, deterministic.
Running this script writes cases.jsonl next to itself and validates the set;
it exits with status 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev79_cases.jsonl")

# ---------------------------------------------------------------------------
# units: key -> (name, hsa_id, region, system)
# ---------------------------------------------------------------------------
UNITS = {
    # Skåne, Melior (sjukhus)
    "rmc": ("Reproduktionsmedicinskt centrum, Skånes universitetssjukhus Malmö", "SE2321000255-6402", "skane", "Melior"),
    "rmc_andro": ("Andrologimottagningen, Reproduktionsmedicinskt centrum, Sus Malmö", "SE2321000255-6418", "skane", "Melior"),
    "kk_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-2287", "skane", "Melior"),
    "kk_hbg_avd": ("Gynekologisk vårdavdelning, Helsingborgs lasarett", "SE2321000255-2295", "skane", "Melior"),
    "kk_csk": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-3309", "skane", "Melior"),
    "kk_ystad": ("Gynekologmottagningen, Ystads lasarett", "SE2321000255-4115", "skane", "Melior"),
    "gyn_lund": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7741", "skane", "Melior"),
    "gynop_lund": ("Gynekologisk operation och dagkirurgi, Sus Lund", "SE2321000255-7748", "skane", "Melior"),
    "gynakut_lund": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7756", "skane", "Melior"),
    "missfall_malmo": ("Mottagningen för upprepade missfall, Kvinnokliniken Sus Malmö", "SE2321000255-6177", "skane", "Melior"),
    "uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5530", "skane", "Melior"),
    "gen_lund": ("Genetiska mottagningen, Klinisk genetik, Sus Lund", "SE2321000255-8012", "skane", "Melior"),
    "endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5902", "skane", "Melior"),
    "barn_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1164", "skane", "Melior"),
    "spec_mvc_malmo": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-6120", "skane", "Melior"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7305", "skane", "Melior"),
    "kk_hassleholm": ("Gynekologmottagningen, Hässleholms sjukhus", "SE2321000255-3411", "skane", "Melior"),
    # Skåne, PMO (primärvård)
    "vc_mollan": ("Vårdcentralen Möllevången, Malmö", "SE2321000255-9130", "skane", "PMO"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-9207", "skane", "PMO"),
    "um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-9315", "skane", "PMO"),
    "vc_trelleborg": ("Vårdcentralen Trelleborg Söder", "SE2321000255-9422", "skane", "PMO"),
    "vc_angelholm": ("Vårdcentralen Ängelholm", "SE2321000255-9538", "skane", "PMO"),
    # VGR, Melior
    "rm_su": ("Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011402", "vgr", "Melior"),
    "andro_su": ("Androlog- och urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011419", "vgr", "Melior"),
    "kk_sas": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007731", "vgr", "Melior"),
    "kk_nal": ("Kvinnosjukvård, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000008804", "vgr", "Melior"),
    "uro_nal": ("Urologmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000008817", "vgr", "Melior"),
    "kk_skas": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000009915", "vgr", "Melior"),
    "gyn_alingsas": ("Gynekologmottagningen, Alingsås lasarett", "SE2321000131-E000000010246", "vgr", "Melior"),
    "gynakut_ostra": ("Gynakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011520", "vgr", "Melior"),
    "avd_ostra": ("Gynekologisk vårdavdelning 302, SU/Östra", "SE2321000131-E000000011537", "vgr", "Melior"),
    "gen_su": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011633", "vgr", "Melior"),
    "endo_su": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011648", "vgr", "Melior"),
    "dsbus": ("Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011701", "vgr", "Melior"),
    "kk_kungalv": ("Gynekologmottagningen, Kungälvs sjukhus", "SE2321000131-E000000010519", "vgr", "Melior"),
    "missfall_su": ("Mottagningen för upprepade missfall, SU/Östra", "SE2321000131-E000000011544", "vgr", "Melior"),
    "onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011790", "vgr", "Melior"),
    "mvc_spec_sas": ("Specialistmödrahälsovården, Södra Älvsborgs Sjukhus", "SE2321000131-E000000007745", "vgr", "Melior"),
}

AUTO = object()
CASES = []


def pnr(birth, serial):
    """Personnummer with Luhn check digit: YYYYMMDD-NNNC."""
    d = birth[2:4] + birth[5:7] + birth[8:10] + serial
    s = 0
    for i, ch in enumerate(d):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v if v < 10 else v - 9
    return birth.replace("-", "") + "-" + serial + str((10 - s % 10) % 10)


def N(nid, system, template, unit, author, role, time, sections,
      signed=AUTO, setting="öppenvård"):
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is AUTO:
        body = sum(len(x[1]) for x in sections)
        sig = (t + _dt.timedelta(minutes=12 + body % 47)).isoformat()
    elif signed is None:
        sig = None
    else:
        sig = _dt.datetime.strptime(signed, "%Y-%m-%d %H:%M").isoformat()
    name, hsa, _region, _system = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": sig, "setting": setting,
        "refs": [], "sections": [{"keyword": k, "text": x} for k, x in sections],
        "_unit": unit,
    }


def add(name, ruleset, pat, notes, must=(), must_not=(), why=""):
    birth, serial = pat
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + _dt.timedelta(days=9)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
L, SSK, BM, KUR, GV = "läkare", "sjuksköterska", "barnmorska", "kurator", "genetisk vägledare"
B1 = ("NL101", "n1")
B2 = ("NL102", "n1")

# ===========================================================================
# Part A: NL102 positives (hedged diagnosis of the patient, visible, Melior)
# ===========================================================================

add("d79-s-pcos-trolig-rotterdam", "skane", ("1993-05-17", "482"), [
    N("n1", M, "Läkaranteckning", "rmc", "Helena Bergkvist", L, "2024-02-06 10:15", [
        ("Anamnes", "30-årig kvinna, remitterad från vc pga ofrivillig barnlöshet sedan 2 år med sambon. "
                    "Menarche 13 år, cykler 35–90 dagar sedan tonåren. Tilltagande hårväxt på haka och linea alba, rakar sig. "
                    "Ej rökare. BMI 31."),
        ("Status", "Ferriman-Gallwey 12. Akne längs käklinjen. VUL: uterus u.a., endometrium 7 mm. "
                   "Bilat fler än 20 antrala folliklar per ovarium, ovarialvolym 11 resp 13 ml."),
        ("Bedömning", "Trolig PCOS enl Rotterdamkriterierna (oligoovulation, klinisk hyperandrogenism, PCO-morfologi). "
                      "Testosteron, SHBG, TSH och prolaktin tas för att utesluta andra orsaker till bilden."),
        ("Planering", "Livsstilsråd och remiss till dietist. Ovulationsinduktion med letrozol diskuteras vid återbesöket. "
                      "Sambon lämnar spermaprov via andrologen."),
    ])],
    must=[B2], must_not=[B1],
    why="'Trolig PCOS' in Bedömning of an ordinary Melior note is a visible hedged diagnosis; nothing said about telling.")

add("d79-v-endometriom-misstanke-om", "vgr", ("1989-11-02", "386"), [
    N("n1", M, "Mottagningsanteckning", "rm_su", "Sara Lindqvist", L, "2024-03-11 13:30", [
        ("Aktuellt", "Utredning ofrivillig barnlöshet 18 mån. Svår dysmenorré sedan tonåren, djup dyspareuni, "
                     "smärta vid defekation under mens."),
        ("Status", "Gyn us: ömhet i bakre fornix, fixerad retroflekterad uterus. VUL: vä ovarium med 34 mm cysta med "
                   "homogent lågekogent innehåll (ground glass), dx ovarium u.a."),
        ("Bedömning", "Misstanke om endometrios med endometriom i vä ovarium. AMH tas innan ställningstagande till "
                      "laparoskopi kontra direkt IVF."),
    ])],
    must=[B2],
    why="'Misstanke om endometrios' in a visible VGR Bedömning section is a hedged diagnosis.")

add("d79-s-hsg-misstankt-proximal-ocklusion", "skane", ("1991-02-23", "640"), [
    N("n1", M, "Läkaranteckning", "kk_hbg", "Johan Ek", L, "2024-04-10 08:50", [
        ("Utredning", "HSG 9/4: dx tuba fylls med spill till buken. Vä tuba kontrastfylls inte bortom istmus."),
        ("Bedömning", "Misstänkt proximal tubarocklusion vä, kan också vara tubarspasm under undersökningen. "
                      "Ny bedömning med HyCoSy, alternativt laparoskopi med kromopertubation."),
    ])],
    must=[B2],
    why="Suspected tubal occlusion (tubar faktor) hedged with 'Misstänkt' in a visible section.")

add("d79-s-klinefelter-sannolikt-andrologi", "skane", ("1990-07-08", "313"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Anders Holmgren", L, "2024-01-23 14:00", [
        ("Anamnes", "Sambon 31 år utreds parallellt på RMC. Ingen graviditet på 2 år trots regelbundna samlag. "
                    "Normal pubertet enl pat, rakar sig varannan vecka."),
        ("Status", "Lång, 192 cm, sparsam kroppsbehåring. Testiklar 4 ml bilat, fasta. Vas deferens palpabel bilat. "
                   "Lätt gynekomasti."),
        ("Labsvar", "FSH 38, LH 21, testosteron 7,9 nmol/L. Spermaanalys x2: azoospermi, inga spermier heller i centrifugerat pellet."),
        ("Bedömning", "Sannolikt Klinefelters syndrom. Karyotyp skickad. Svaret och möjligheten till mikro-TESE "
                      "gås igenom vid återbesöket."),
    ])],
    must=[B2],
    why="Klinefelter found at andrology work-up but still 'Sannolikt' before karyotype: hedged, visible.")

add("d79-s-ev-antifosfolipidsyndrom", "skane", ("1987-09-14", "268"), [
    N("n1", M, "Mottagningsanteckning", "missfall_malmo", "Cecilia Håkansson", L, "2024-05-14 09:20", [
        ("Anamnes", "Tre tidiga missfall (v 6, 7 och 9) senaste två åren, ett levande barn fött 2019. Ingen tidigare trombos."),
        ("Utredning", "Lupus antikoagulans svagt positiv, kardiolipin-ak och beta-2-GP1-ak neg. TSH och TPO-ak u.a. "
                      "Karyotyp av paret beställd."),
        ("Bedömning", "Ev. antifosfolipidsyndrom. Kräver upprepat LA efter minst 12 veckor innan ställningstagande till behandling."),
        ("Planering", "Nytt LA i augusti. Vid ny graviditet tidigt UL i v 7 och kontakt med oss för ASA/Fragmin."),
    ])],
    must=[B2],
    why="Recurrent miscarriage work-up: 'Ev. antifosfolipidsyndrom' is a hedged diagnosis of the patient.")

add("d79-v-misstankt-eug-efter-et", "vgr", ("1986-01-29", "502"), [
    N("n1", M, "Läkaranteckning akut", "gynakut_ostra", "Oskar Nyberg", L, "2024-06-21 22:40", [
        ("Aktuellt", "IVF med ET av blastocyst dag 5 den 4/6. hCG 412 dag 16 och 588 dag 18, otillräcklig stegring. "
                     "Lätt blödning sedan i går, molande smärta i vä fossa."),
        ("Status", "Opåverkad. BT 118/74, puls 76. Buk mjuk, lätt öm i vä fossa. VUL: endometrium 11 mm, ingen intrauterin "
                   "gestationssäck. Inhomogent område 15 mm i vä adnex, ingen fri vätska."),
        ("Bedömning", "Misstänkt extrauterin graviditet vä. Cirkulatoriskt stabil."),
        ("Planering", "Nytt hCG om 48 h. Diskuterat metotrexat kontra exspektans. Söker direkt vid tilltagande smärta eller svimningskänsla."),
    ])],
    must=[B2], must_not=[B1],
    why="Early pregnancy after IVF with 'Misstänkt extrauterin graviditet' in visible Bedömning; no withholding stated.")

add("d79-s-trolig-missed-abortion-ivf", "skane", ("1984-06-03", "720"), [
    N("n1", M, "Mottagningsanteckning", "rmc", "Maria Sandberg", L, "2024-09-12 11:05", [
        ("Status", "VUL graviditetsvecka 7+4 räknat från ET. Intrauterin gestationssäck 22 mm, gulesäck synlig, "
                   "embryo CRL 5 mm utan påvisbar hjärtaktivitet."),
        ("Bedömning", "Trolig missed abortion, men CRL under gränsvärdet – omkontroll om 7–10 dagar innan definitiv diagnos."),
        ("Planering", "Ny VUL 19/9. Pat och partner fick samtal med ssk efteråt, kuratorskontakt erbjuds."),
    ])],
    must=[B2], must_not=[B1],
    why="'Trolig missed abortion' after IVF is a hedged diagnosis in a visible section; patient present and spoken to.")

add("d79-v-hyperprolaktinemi-fragetecken-adenom", "vgr", ("1995-08-19", "642"), [
    N("n1", M, "Läkaranteckning", "endo_su", "Leila Karimi", L, "2024-02-27 15:10", [
        ("Anamnes", "Remiss från Reproduktionsmedicin: amenorré sedan 8 mån, galaktorré bilat. "
                    "Prolaktin 2100 mU/L vid upprepade prov, makroprolaktin negativt."),
        ("Bedömning", "Hyperprolaktinemi, ? mikroadenom i hypofysen. MR sella beställd, kabergolin sätts in efter MR."),
    ], signed=None)],
    must=[B2],
    why="'? mikroadenom' is a question-mark hedge on a diagnosis of the patient in a visible section.")

add("d79-s-varikocele-fragetecken-efter", "skane", ("1988-12-11", "159"), [
    N("n1", M, "Mottagningsanteckning", "uro_malmo", "Per-Ola Mårtensson", L, "2024-10-03 10:40", [
        ("Status", "Stående: mjuk venös resistens ovanför vä testis som ökar vid Valsalva. Varikocele vä? "
                   "Testiklar 18 resp 15 ml."),
        ("Planering", "Doppler-UL skrotum. Nytt spermaprov om 3 mån."),
    ], signed=None)],
    must=[B2],
    why="Trailing '?' on 'Varikocele vä' in the Status section of a Melior note is a hedged diagnosis.")

add("d79-v-ohss-talar-for-inlagd", "vgr", ("1992-03-30", "268"), [
    N("n1", M, "Inskrivningsanteckning", "avd_ostra", "Ebba Strand", L, "2024-04-18 19:25", [
        ("Anamnes", "Ägguttag för 5 dagar sedan, 27 oocyter, freeze-all pga högt östradiol. Sedan 2 dygn "
                    "tilltagande bukomfång, illamående och minskad diures."),
        ("Status", "AT gott. Buk spänd, diffust lätt öm. VUL: ascites i fossa Douglasi och perihepatiskt, ovarier ca 9 cm bilat."),
        ("Lab", "Hb 152, EVF 0,46, Na 132, albumin 28, krea 78."),
        ("Bedömning", "Talar för måttligt OHSS. Ingen andningspåverkan."),
        ("Åtgärd", "Inläggning. Daglig vikt och bukomfång, vätskelista, Fragmin som tromboprofylax, albumin v.b."),
    ], setting="slutenvård")],
    must=[B2],
    why="'Talar för måttligt OHSS' is a hedged diagnosis in a visible admission note.")

add("d79-s-forenligt-hypogonadotrop-hypogonadism", "skane", ("1994-10-05", "235"), [
    N("n1", M, "Läkaranteckning", "endo_malmo", "Fredrik Olsson", L, "2024-03-19 13:45", [
        ("Labsvar", "FSH 0,6, LH 0,4, testosteron 2,1 nmol/L (morgonprov x2). Prolaktin och TSH normala."),
        ("Bedömning", "Förenligt med hypogonadotrop hypogonadism. MR hypofys och luktprov planeras innan behandling "
                      "med gonadotropiner för spermatogenes."),
    ])],
    must=[B2],
    why="'Förenligt med hypogonadotrop hypogonadism' in a male fertility note is a hedged, visible diagnosis.")

add("d79-v-misstakt-adenomyos-typo", "vgr", ("1983-04-21", "744"), [
    N("n1", M, "Läkaranteckning", "kk_sas", "Kristina Alm", L, "2024-05-07 09:00", [
        ("Bedömning", "Misstäkt adenomyos – uterus förstorad och globulär med asymmetrisk bakvägg och små myometriecystor "
                      "på VUL. MR bäcken för vidare karakterisering inför nästa embryoåterföring."),
    ])],
    must=[B2],
    why="Typo in the hedge ('Misstäkt' for misstänkt) before adenomyos, visible Bedömning.")

add("d79-s-asherman-kan-rora-sig-om", "skane", ("1985-07-27", "406"), [
    N("n1", M, "Mottagningsanteckning", "gyn_lund", "Linnea Persson", L, "2024-06-04 14:20", [
        ("Anamnes", "Två skrapningar efter missfall 2022 och 2023. Därefter sparsamma menstruationer, endast en dags blödning. "
                    "Försöker bli gravid sedan 14 mån."),
        ("Bedömning", "Kan röra sig om Ashermans syndrom med intrauterina sammanväxningar. Diagnostisk hysteroskopi bokas."),
    ])],
    must=[B2],
    why="'Kan röra sig om Ashermans syndrom' is a hedged diagnosis in a visible section.")

add("d79-v-fragestallning-uterusseptum-remiss", "vgr", ("1990-12-08", "528"), [
    N("n1", M, "Läkaranteckning", "rm_su", "Viktor Hedlund", L, "2024-01-30 10:10", [
        ("Anamnes", "Två missfall i v 10 och 12. 3D-VUL visar fundusindentation på 14 mm."),
        ("Planering", "Remiss MR lilla bäckenet. Frågeställning: uterus septus eller uterus bicornis?"),
    ])],
    must=[B2],
    why="Referral question ('Frågeställning: uterus septus ...?') is a hedged diagnosis of the patient in visible Planering.")

add("d79-s-inger-misstanke-tyreoidit", "skane", ("1990-09-22", "602"), [
    N("n1", M, "Telefonanteckning", "rmc", "Annika Wallin", L, "2024-08-15 12:35", [
        ("Telefonkontakt", "Labsvar: TSH 6,8, fritt T4 12, TPO-ak 480. Inger misstanke om subklinisk hypotyreos på basen av "
                           "autoimmun tyreoidit, av betydelse inför IVF. Pat informerad per telefon. "
                           "Levaxin 25 mikrog startas, ny TSH om 6 v."),
    ])],
    must=[B2], must_not=[B1],
    why="'Inger misstanke om' hypothyroidism is a visible hedge; patient was told on the phone, so no NL101.")

add("d79-v-retrograd-ejakulation-kan-inte-uteslutas", "vgr", ("1979-02-14", "571"), [
    N("n1", M, "Mottagningsanteckning", "andro_su", "Mikael Forsberg", L, "2024-04-03 08:30", [
        ("Anamnes", "Typ 1-diabetes sedan 20 år, perifer neuropati. Paret har försökt i 3 år."),
        ("Status", "Ejakulatvolym 0,3 ml, aspermi i nativt prov."),
        ("Bedömning", "Retrograd ejakulation kan inte uteslutas. Urinprov efter ejakulation för spermier beställt."),
    ])],
    must=[B2],
    why="'kan inte uteslutas' leaves the diagnosis open: a hedged diagnosis, not a negation.")

add("d79-s-sannolik-endometrois-typo", "skane", ("1992-11-30", "886"), [
    N("n1", M, "Läkaranteckning", "kk_ystad", "Eva Nordström", L, "2024-03-05 11:15", [
        ("Aktuellt", "Barnlöshet 2 år, cykliska bäckensmärtor och dyskezi."),
        ("Status", "Knottrig ömhet i bakre fornix vid palpation, sakrouterinligamenten förtjockade."),
        ("Bedömning", "Sannolik endometrois med engagemang av sakrouterinligamenten."),
    ])],
    must=[B2],
    why="Typo in the diagnosis ('endometrois') after 'Sannolik': still a hedged visible diagnosis.")

add("d79-s-trolig-tubarfaktor-salpingit", "skane", ("1988-02-15", "526"), [
    N("n1", M, "Mottagningsanteckning", "kk_csk", "Gustav Lund", L, "2024-02-20 15:30", [
        ("Anamnes", "Genomgången klamydiasalpingit 2017 med slutenvård och iv antibiotika. Regelbunden cykel, ovulerar enl progesteron."),
        ("Bedömning", "Trolig tubarfaktor. HyCoSy bokas innan val av behandling."),
    ])],
    must=[B2],
    why="Suspected tubal factor infertility ('Trolig tubarfaktor') stands hedged in visible Bedömning.")

add("d79-s-barn-trolig-klinefelter-vardnadshavare", "skane", ("2013-05-20", "057"), [
    N("n1", M, "Läkaranteckning", "barn_lund", "Sofia Axelsson", L, "2024-10-15 13:20", [
        ("Anamnes", "10-årig pojke remitterad från skolhälsovården: lång för åldern (+2,5 SD), inlärningssvårigheter i skolan. "
                    "Mamma och pappa med på besöket."),
        ("Status", "Längd 161 cm. Testiklar 2 ml bilat, prepubertala. Inga dysmorfa drag i övrigt."),
        ("Bedömning", "Trolig Klinefelter, kromosomanalys tagen i dag."),
    ])],
    must=[B2],
    why="Child under 13: guardians read the journal, so 'Trolig Klinefelter' in a visible Melior section is NL102.")

add("d79-v-susp-kronisk-endometrit", "vgr", ("1987-08-08", "724"), [
    N("n1", M, "Operationsanteckning", "rm_su", "Hanna Björk", L, "2024-05-28 11:50", [
        ("Indikation", "Tre implantationssvikter efter återföring av euploida blastocyster."),
        ("Operationsfynd", "Hysteroskopi: mikropolyper och stromaödem i fundus, i övrigt normalt kavum, tubarostier sedda bilat."),
        ("Bedömning", "Susp. kronisk endometrit. Endometriebiopsi för CD138 skickad."),
    ])],
    must=[B2],
    why="Abbreviated hedge 'Susp.' on chronic endometritis in a visible hysteroscopy note.")

add("d79-s-dd-hydrosalpnix-typo-paraovarialcysta", "skane", ("1990-01-19", "368"), [
    N("n1", M, "Mottagningsanteckning", "kk_hbg", "Ulrika Söderberg", L, "2024-07-09 10:30", [
        ("Status", "VUL: avlång, slingrande anekogen struktur 45 x 18 mm i dx adnex med inkompletta septa. Vä adnex u.a."),
        ("Bedömning", "DD hydrosalpnix dx, DD paraovarialcysta. Hydrosalpinx bör åtgärdas före IVF om den bekräftas."),
    ])],
    must=[B2],
    why="'DD hydrosalpnix' (typo in the diagnosis) lists a differential diagnosis of the patient in a visible section.")

add("d79-s-talar-for-oat", "skane", ("1983-06-25", "155"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Karl Bengtsson", L, "2024-04-23 16:05", [
        ("Labsvar", "Spermaanalys (WHO 2021): volym 2,8 ml, koncentration 3,1 milj/ml, progressiv motilitet 11 %, "
                    "normal morfologi 1 %."),
        ("Bedömning", "Talar för uttalad oligoasthenoteratozoospermi. ICSI rekommenderas för paret."),
    ])],
    must=[B2],
    why="'Talar för ... oligoasthenoteratozoospermi' is a hedged male-factor diagnosis in visible Bedömning.")

add("d79-v-diagnos-sokord-fragetecken-anovulation", "vgr", ("1991-10-27", "604"), [
    N("n1", M, "Läkaranteckning", "kk_skas", "Erik Sjöberg", L, "2024-10-22 11:40", [
        ("Diagnos", "N97.0 Kvinnlig infertilitet sammanhängande med utebliven ägglossning ?"),
        ("Planering", "Progesteron cykeldag 21 och AMH. Återbesök när proverna är klara."),
    ])],
    must=[B2],
    why="A coded diagnosis with a trailing '?' under the visible sökord Diagnos is a hedged diagnosis.")

add("d79-v-bild-som-vid-poi-lagt-amh", "vgr", ("1993-09-03", "246"), [
    N("n1", M, "Läkaranteckning", "rm_su", "Josefin Carlsson", L, "2024-02-13 10:20", [
        ("Aktuellt", "31-årig kvinna, försökt bli gravid i 1 år. Oregelbundna blödningar sista halvåret, värmevallningar nattetid."),
        ("Labsvar", "AMH 2,1 pmol/L, FSH 31 cykeldag 3, östradiol 90 pmol/L. AFC 3 totalt."),
        ("Bedömning", "Bild som vid prematur ovariell insufficiens. Ny FSH om 4 v, FMR1-premutation och karyotyp skickas."),
    ])],
    must=[B2],
    why="Low AMH: 'Bild som vid prematur ovariell insufficiens' is a hedged diagnosis in a visible section.")

add("d79-v-tidiga-hypoteser-som-mall-men-bedomning-sokord", "vgr", ("1986-12-17", "339"), [
    N("n1", M, "Tidiga hypoteser", "andro_su", "Rasmus Öberg", L, "2024-03-14 15:50", [
        ("Bedömning", "Misstänkt Y-kromosommikrodeletion med tanke på svår oligozoospermi och normal karyotyp. "
                      "Analys av AZF-regionerna skickad."),
    ])],
    must=[B2],
    why="VGR protects by sökord, not by template: the template is called Tidiga hypoteser but the text sits under Bedömning, which is visible.")

add("d79-s-tidiga-hypoteser-som-sokord-i-skane", "skane", ("1987-03-02", "173"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Nils Friberg", L, "2024-06-11 13:10", [
        ("Labsvar", "Spermaanalys x2 utan spermier. FSH 42, testikelvolym 6 resp 7 ml."),
        ("Tidiga hypoteser", "Azoospermi, trolig icke-obstruktiv genes. Pat ej informerad om detta ännu, får besked vid "
                             "nästa besök när karyotypen är klar."),
    ])],
    must=[B1, B2],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside a Läkaranteckning is visible, with a hedge and an untold diagnosis.")

add("d79-v-lacker-fran-tidiga-hypoteser-till-planering", "vgr", ("1994-01-25", "626"), [
    N("n1", M, "Läkaranteckning", "kk_nal", "Therese Blom", L, "2024-04-16 09:55", [
        ("Tidiga hypoteser", "Prolaktin 3400 mU/L, synfältspåverkan bitemporalt enl pat. Hypofystumör?"),
        ("Planering", "Akut MR hypofys pga misstänkt makroadenom. Synfältsundersökning via ögonkliniken."),
    ])],
    must=[B2],
    why="The hypothesis is protected under Tidiga hypoteser but repeated as 'misstänkt makroadenom' in visible Planering.")

add("d79-s-lang-forsta-besok-paret-kvinnan", "skane", ("1991-08-12", "922"), [
    N("n1", M, "Nybesök reproduktionsmedicin", "rmc", "Karin Lindahl", L, "2024-09-03 08:30", [
        ("Kontaktorsak", "Ofrivillig barnlöshet. Remiss från Vårdcentralen Staffanstorp."),
        ("Anamnes", "33-årig kvinna, förskollärare. Sambo sedan 6 år, försöker sedan 26 mån, inga tidigare graviditeter. "
                    "Menarche 12 år. Cykel 27–30 dgr, mens 5 dgr, tilltagande dysmenorré senaste åren, tar Ipren 2–3 dgr/cykel "
                    "med god effekt. Ingen dyspareuni. Ingen tidigare bukkirurgi. Klamydia neg 2022. Cellprov u.a. 2023. "
                    "Inga kända sjd, inga läkemedel utom folsyra. Ej rökare, alkohol enstaka glas vin. "
                    "Hereditet: mor genomgått hysterektomi för myom vid 48 års ålder."),
        ("Partner", "Sambon 35 år utreds parallellt på andrologen, spermaprov lämnat 28/8, svar inväntas."),
        ("Status", "Längd 168 cm, vikt 64 kg, BMI 22,7. BT 122/78. Thyreoidea palp u.a. Yttre genitalia u.a. "
                   "Spekulum: portio slät, sparsam vit flytning. Bimanuell palpation: uterus normalstor, anteflekterad, "
                   "rörlig, ej öm. Adnex palperas ej förstorade, lätt ömhet i bakre fornix."),
        ("Ultraljud", "VUL cykeldag 9: uterus 74 x 42 x 38 mm, homogent myometrium, endometrium 6 mm trilaminärt. "
                      "Dx ovarium 11 antrala folliklar, vä 9. Ingen fri vätska."),
        ("Labsvar", "AMH 18 pmol/L. TSH 1,9. Prolaktin 240. Rubella-IgG pos. HIV, hepatit B och C, syfilis neg."),
        ("Bedömning", "Primär infertilitet 2 år. Ovulatorisk cykel och god ovarialreserv. Kan ej utesluta lätt endometrios "
                      "med tanke på dysmenorrén och ömheten i bakre fornix, men inget endometriom. Tubarpassage ej undersökt."),
        ("Planering", "HyCoSy cykeldag 8–10 nästa cykel. Därefter gemensamt återbesök med sambon för att diskutera IUI eller IVF "
                      "beroende på spermaprovet. Pat har fått skriftlig information om utredningsgången."),
    ])],
    must=[B2], must_not=[B1],
    why="Long first-visit chart, mostly normal findings; the one hedge 'Kan ej utesluta lätt endometrios' is visible.")

add("d79-v-lang-andrologi-trolig-obstruktiv", "vgr", ("1984-10-30", "117"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Tobias Lindgren", L, "2024-10-08 13:30", [
        ("Kontaktorsak", "Azoospermi i två prov, remiss från Reproduktionsmedicin där hustrun (38 år) utreds."),
        ("Anamnes", "40-årig man, ingenjör. Inga tidigare barn. Vasektomi eller ljumskbråcksoperation förnekas, "
                    "men genomgick som 24-åring epididymit bilat som behandlades på vårdcentral med kinolon i 2 v. "
                    "Inga kroniska sjd. Inga läkemedel, inga anabola steroider. Normal libido och erektion, "
                    "ejakulerar med normal känsla. Röker inte, snus 1 dosa/v."),
        ("Status", "Normalt behårad, ingen gynekomasti. Testiklar 20 ml bilat, normal konsistens. "
                   "Bitestiklarna förstorade och fasta bilat, särskilt caudadelen. Båda sädesledarna palperas. "
                   "Ingen varikocele stående. Prostata per rektum liten, slät, ej öm."),
        ("Labsvar", "Ejakulatvolym 2,9 ml, pH 7,6. Inga spermier i centrifugerat pellet x2. FSH 4,2, LH 3,8, "
                    "testosteron 16 nmol/L, inhibin B 180. Fruktos i sädesvätskan normal. Karyotyp 46,XY."),
        ("Bedömning", "Normal hormonbild och normal testikelvolym med förtjockade bitestiklar efter gammal epididymit. "
                      "Trolig obstruktiv azoospermi på epididymal nivå."),
        ("Planering", "PESA eller TESA med frysning av spermier i samband med hustruns stimulering. "
                      "Paret kallas till gemensamt planeringsbesök. Skriftlig info om ingreppet skickad hem."),
    ])],
    must=[B2],
    why="Long andrology chart: confirmed azoospermia plus 'Trolig obstruktiv azoospermi' (the hedged subtype) in visible Bedömning.")

add("d79-s-utkast-osignerat-mojlig-adenomyos", "skane", ("1982-02-08", "240"), [
    N("n1", M, "Läkaranteckning", "kk_hassleholm", "Ingrid Mattsson", L, "2024-11-12 16:40", [
        ("Bedömning", "Två misslyckade FET trots god embryokvalitet. Möjlig adenomyos, myometriet inhomogent på VUL. "
                      "GnRH-agonist 3 mån före nästa FET diskuteras med RMC."),
    ], signed=None)],
    must=[B2],
    why="Unsigned draft (pre-signing check): 'Möjlig adenomyos' would become visible once signed.")

add("d79-v-epikris-trolig-endometrios-pad-vantas", "vgr", ("1995-05-22", "208"), [
    N("n1", M, "Epikris", "avd_ostra", "Alexandra Nilsson", L, "2024-08-09 14:00", [
        ("Epikris", "Inlagd för diagnostisk laparoskopi i utredning av infertilitet. Peroperativt flammiga rodnader och "
                    "pulverbrännskadeliknande förändringar på peritoneum i fossa Douglasi, tubor med fri passage bilat. "
                    "Trolig endometrios stadium I, PAD inväntas. Postoperativt okomplicerat, utskriven dag 1."),
        ("Uppföljning", "Telefonuppföljning av opererande läkare när PAD är klart."),
    ], setting="slutenvård")],
    must=[B2],
    why="Discharge summary (sökord Epikris) with 'Trolig endometrios ... PAD inväntas' is visible and hedged.")

add("d79-s-bild-som-vid-submukost-myom", "skane", ("1985-11-04", "686"), [
    N("n1", M, "Mottagningsanteckning", "kk_csk", "Tomas Gren", L, "2024-04-25 10:50", [
        ("Status", "Saltvatteninstillation: 18 mm välavgränsad ekofattig resistens som buktar in i kavum från bakväggen."),
        ("Bedömning", "Bild som vid submuköst myom typ 1. Hysteroskopisk resektion rekommenderas före IVF."),
    ])],
    must=[B2],
    why="'Bild som vid submuköst myom' is a hedged visible diagnosis in an infertility work-up.")

add("d79-s-oklart-om-partiell-mola", "skane", ("1988-07-19", "428"), [
    N("n1", M, "Läkaranteckning", "gyn_lund", "Anna-Karin Lundberg", L, "2024-05-21 11:25", [
        ("Aktuellt", "Vakuumaspiration 14/5 efter missed abortion v 9 i IVF-graviditet. Hydropiska villi enl preliminärt svar."),
        ("Bedömning", "Oklart om det rör sig om partiell mola. Slutligt PAD med p57-färgning inväntas, hCG följs."),
    ])],
    must=[B2],
    why="'Oklart om det rör sig om partiell mola' is an open diagnosis of the patient in a visible section.")

add("d79-v-sannolik-icke-obstruktiv-azoospermi", "vgr", ("1986-04-17", "395"), [
    N("n1", M, "Mottagningsanteckning", "uro_nal", "Björn Ahlström", L, "2024-01-17 10:05", [
        ("Labsvar", "FSH 27, testikelvolym 8 ml bilat, inga spermier i två prover."),
        ("Bedömning", "Sannolik icke-obstruktiv azoospermi. Remiss till andrologen på Sahlgrenska för ställningstagande till mikro-TESE."),
    ])],
    must=[B2],
    why="'Sannolik icke-obstruktiv azoospermi' – hedged subtype diagnosis, visible.")

add("d79-s-trol-aas-inducerad-hypogonadism", "skane", ("1992-09-09", "517"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Emil Forsman", L, "2024-02-01 13:40", [
        ("Anamnes", "Styrketränar, har använt testosteron och nandrolon i kurer sedan 5 år, senaste kur avslutad i okt."),
        ("Status", "Testiklar 10 ml bilat. Akne på ryggen, gynekomasti bilat."),
        ("Bedömning", "Trol. AAS-inducerad sekundär hypogonadism med azoospermi. Ny spermaanalys om 4 mån utan anabola."),
    ])],
    must=[B2],
    why="Abbreviated hedge 'Trol.' on a male hypogonadism diagnosis in visible Bedömning.")

add("d79-v-differentialdiagnos-non-classic-cah", "vgr", ("1996-01-08", "840"), [
    N("n1", M, "Läkaranteckning", "endo_su", "Ylva Berglund", L, "2024-09-17 14:30", [
        ("Aktuellt", "Hirsutism och oregelbunden mens, utreds inför fertilitetsbehandling."),
        ("Labsvar", "17-OH-progesteron 9,5 nmol/L follikelfas, testosteron 2,8."),
        ("Bedömning", "Differentialdiagnos non-classic kongenital binjurebarkhyperplasi. ACTH-test planeras."),
    ], signed=None)],
    must=[B2],
    why="'Differentialdiagnos non-classic kongenital binjurebarkhyperplasi' is an open diagnosis in a visible section.")

add("d79-s-arbetshypotes-endometrios", "skane", ("1993-12-29", "246"), [
    N("n1", M, "Mottagningsanteckning", "kk_ystad", "Jenny Rosén", L, "2024-12-03 09:15", [
        ("Bedömning", "Arbetshypotes: endometrios som orsak till både smärtan och barnlösheten. "
                      "Hormonell behandling kan inte ges då paret vill bli gravida, så laparoskopi diskuteras."),
    ])],
    must=[B2],
    why="'Arbetshypotes: endometrios' is an unproven working diagnosis in visible text.")

add("d79-v-inte-osannolikt-pcos", "vgr", ("1997-07-07", "902"), [
    N("n1", M, "Mottagningsanteckning", "gyn_alingsas", "Sanna Wiklund", BM, "2024-06-18 15:05", [
        ("Bedömning", "Oregelbundna cykler och 24 folliklar i vä ovarium. Inte osannolikt att det rör sig om PCOS, "
                      "läkarbedömning bokad efter hormonproverna."),
    ])],
    must=[B2],
    why="Litotes 'Inte osannolikt att det rör sig om PCOS' is a hedge despite the word 'inte'.")

add("d79-s-pad-forenlig-med-sertoli-cell-only", "skane", ("1981-03-14", "273"), [
    N("n1", M, "Läkaranteckning", "uro_malmo", "Hampus Norén", L, "2024-03-27 11:55", [
        ("Labsvar", "PAD testikelbiopsi dx: tubuli med enbart Sertoliceller i de flesta snitt, enstaka tubuli med spermatocyter."),
        ("Bedömning", "Förenlig med Sertoli cell only-syndrom, fokal spermatogenes kan finnas. Mikro-TESE erbjuds."),
    ])],
    must=[B2],
    why="'Förenlig med Sertoli cell only-syndrom' leaves the pathology diagnosis hedged in a visible note.")

add("d79-v-trolgi-pcos-typo", "vgr", ("2000-04-26", "106"), [
    N("n1", M, "Läkaranteckning", "kk_kungalv", "David Holm", L, "2024-04-29 08:45", [
        ("Bedömning", "Trolgi PCOS. Letrozol 2,5 mg cd 3–7 med follikelkontroll cd 12 startas nästa cykel."),
    ])],
    must=[B2],
    why="Typo in the hedge ('Trolgi' for trolig) on PCOS in visible Bedömning.")

add("d79-s-mojilg-hydrosalpinx-typo", "skane", ("1989-08-31", "944"), [
    N("n1", M, "Läkaranteckning", "kk_hbg", "Ida Sjögren", L, "2024-09-10 14:45", [
        ("Bedömning", "HyCoSy: dx tuba passerar, vä tuba dilaterad distalt utan spill. Möjilg hydrosalpinx vä, "
                      "laparoskopi med salpingektomi vä diskuteras före IVF."),
    ])],
    must=[B2],
    why="Typo in the hedge ('Möjilg') before hydrosalpinx, visible.")

add("d79-v-misstant-antifosfolipid-typo", "vgr", ("1985-10-11", "462"), [
    N("n1", M, "Mottagningsanteckning", "missfall_su", "Gunilla Wester", L, "2024-11-19 10:25", [
        ("Bedömning", "Fyra missfall före v 10. Kardiolipin-IgG måttligt förhöjt. Misstänt antifosfolipidsyndrom, "
                      "kontroll om 12 veckor."),
    ])],
    must=[B2],
    why="Typo in the hedge ('Misstänt') on antiphospholipid syndrome, visible.")

add("d79-v-sanolikt-varikocele-typo", "vgr", ("1989-01-21", "177"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Filip Engström", L, "2024-05-15 16:20", [
        ("Status", "Palpabelt venpaket vä skrotalhalva i stående, försvinner i liggande."),
        ("Bedömning", "Sanolikt varikocele vä grad 2. Doppler-UL beställt."),
    ])],
    must=[B2],
    why="Typo in the hedge ('Sanolikt') on varicocele, visible Bedömning.")

# ===========================================================================
# Part B: NL102 hard negatives
# ===========================================================================

# --- PMO never shows diagnoses (Skåne primary care) -------------------------
add("d79-s-pmo-vc-misstankt-pcos-remiss", "skane", ("1996-10-13", "820"), [
    N("n1", P, "Besöksanteckning", "vc_mollan", "Yasmin Saleh", L, "2024-02-12 10:30", [
        ("Aktuellt", "27-årig kvinna, vill bli gravid sedan 1,5 år. Mens var 6:e–10:e vecka, akne och ökad behåring."),
        ("Bedömning", "Misstänkt PCOS. Remiss till gynmottagningen för fertilitetsutredning, hormonprover tagna i dag."),
    ])],
    must_not=[B2],
    why="PMO never shows diagnoses to the patient: a hedged PCOS in a vårdcentral note is not NL102.")

add("d79-s-pmo-ungdomsmottagning-trol-pcos", "skane", ("2007-01-15", "286"), [
    N("n1", P, "Besöksanteckning", "um_landskrona", "Moa Hedberg", BM, "2024-05-06 15:45", [
        ("Anamnes", "17-åring som söker för oregelbunden mens sedan debuten, ibland 3 mån mellan. Besväras av akne. "
                    "Undrar om hon kommer kunna få barn."),
        ("Bedömning", "Trol. PCOS-bild. Lugnat kring fertiliteten, läkartid bokad för prover."),
    ])],
    must_not=[B2],
    why="Ungdomsmottagning in Skåne runs PMO; the hedged PCOS is never shown, so no NL102.")

add("d79-s-pmo-vc-misstankt-hypogonadsim-typo", "skane", ("1985-09-28", "115"), [
    N("n1", P, "Läkaranteckning", "vc_eslov", "Stefan Paulsson", L, "2024-06-19 08:20", [
        ("Aktuellt", "Paret har försökt i 2 år, hustrun utredd på gyn. Nedsatt lust och trötthet."),
        ("Bedömning", "Testosteron 6,2 nmol/L x2. Misstänkt hypogonadsim, remiss andrologen Malmö."),
    ])],
    must_not=[B2],
    why="PMO note (with a typo in the diagnosis): hedged diagnoses are never shown from PMO.")

# --- negated / ruled out ----------------------------------------------------
add("d79-s-ingen-misstanke-endometrios-efter-laparoskopi", "skane", ("1990-06-30", "384"), [
    N("n1", M, "Läkaranteckning", "kk_csk", "Olof Bergström", L, "2024-03-12 14:10", [
        ("Bedömning", "Diagnostisk laparoskopi med kromopertubation: normalt peritoneum, fri passage bilat. "
                      "Ingen misstanke om endometrios efter detta. Oförklarad infertilitet, remiss RMC för IVF."),
    ], signed=None)],
    must_not=[B2],
    why="'Ingen misstanke om endometrios' is negated; unexplained infertility is a plain diagnosis.")

add("d79-v-hydrosalpinx-utelutes-typo", "vgr", ("1992-12-20", "504"), [
    N("n1", M, "Mottagningsanteckning", "kk_skas", "Camilla Lindström", BM, "2024-04-09 09:40", [
        ("Utredning", "HyCoSy cd 8: fri passage bilat med spill i fossa Douglasi, ingen dilatation av tuborna. "
                      "Hydrosalpinx utelutes."),
    ])],
    must_not=[B2],
    why="Ruled-out hydrosalpinx, with a typo in the negation verb ('utelutes').")

add("d79-v-talar-emot-primar-testikelsvikt", "vgr", ("1988-08-02", "139"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Magnus Eliasson", L, "2024-02-21 11:00", [
        ("Bedömning", "Oligozoospermi 8 milj/ml. Normalt FSH och normal testikelvolym talar emot primär testikelsvikt. "
                      "Nytt prov om 3 mån efter rökstopp."),
    ], signed=None)],
    must_not=[B2],
    why="'talar emot primär testikelsvikt' argues against the diagnosis; oligozoospermia is stated plainly.")

add("d79-s-misstanken-aps-avskirvs-typo", "skane", ("1986-05-11", "608"), [
    N("n1", M, "Mottagningsanteckning", "missfall_malmo", "Cecilia Håkansson", L, "2024-09-24 10:15", [
        ("Utredning", "Upprepat LA i september negativt, kardiolipin-ak och beta-2-GP1 fortsatt neg."),
        ("Bedömning", "Misstanken om antifosfolipidsyndrom avskirvs. Fortsatt oförklarade upprepade missfall."),
    ])],
    must_not=[B2],
    why="'Misstanken ... avskirvs' (typo for avskrivs) withdraws the suspicion: a negated diagnosis, not a hypothesis.")

add("d79-v-inga-tecken-pa-ohss-efter-pickup", "vgr", ("1993-03-18", "426"), [
    N("n1", M, "Sjuksköterskeanteckning", "rm_su", "Elin Rydberg", SSK, "2024-05-23 13:25", [
        ("Telefonkontakt", "Uppföljning 3 dgr efter ägguttag (14 oocyter). Lätt spänd i magen, äter och dricker bra, "
                           "normal urinmängd, vikten oförändrad. Inga tecken på OHSS."),
        ("Planering", "Fortsatt Crinone, ET dag 5 bekräftad till på lördag."),
    ])],
    must_not=[B2],
    why="'Inga tecken på OHSS' is a negation; nothing else hedged.")

add("d79-v-ej-forenligt-med-pcos", "vgr", ("1995-11-16", "748"), [
    N("n1", M, "Läkaranteckning", "gyn_alingsas", "Karin Jansson", L, "2024-08-20 10:35", [
        ("Bedömning", "Regelbundna ovulatoriska cykler, normalt testosteron och 8 antrala folliklar per ovarium – "
                      "ej förenligt med PCOS. Paret remitteras till Reproduktionsmedicin SU."),
    ])],
    must_not=[B2],
    why="'ej förenligt med PCOS' negates a hedge phrase; no open diagnosis remains.")

add("d79-s-tubarfaktor-kunde-avfardas", "skane", ("1989-04-03", "662"), [
    N("n1", M, "Mottagningsanteckning", "kk_hbg", "Johan Ek", L, "2024-06-12 13:05", [
        ("Bedömning", "Tidigare misstänkt tubarfaktor efter HSG kunde avfärdas – HyCoSy med fri passage bilat. "
                      "Bedömningen nu ovulationsrubbning, letrozolbehandling fortsätter."),
    ])],
    must_not=[B2],
    why="A former suspicion of tubal factor is explicitly dismissed ('kunde avfärdas').")

add("d79-s-differentialdiagnoser-uteslutna", "skane", ("1994-02-24", "586"), [
    N("n1", M, "Läkaranteckning", "rmc", "Helena Bergkvist", L, "2024-07-16 11:20", [
        ("Labsvar", "Prolaktin 260, TSH 1,4, 17-OH-progesteron och kortisol normala."),
        ("Bedömning", "PCOS enligt Rotterdamkriterierna. Differentialdiagnoserna hyperprolaktinemi, tyreoideasjukdom och "
                      "non-classic CAH är uteslutna."),
    ])],
    must_not=[B2],
    why="'Differentialdiagnoserna ... är uteslutna': the DD word appears but all alternatives are ruled out; PCOS is settled.")

add("d79-v-ingen-misstanke-typo-cervixinsufficiens", "vgr", ("1990-07-25", "840"), [
    N("n1", M, "Läkaranteckning", "missfall_su", "Gunilla Wester", L, "2024-03-07 14:00", [
        ("Bedömning", "Missfallen har skett i v 6–8 utan förvarning om blödning. Ingen misstänke om cervixinsufficiens, "
                      "cervixlängd följs inte."),
    ])],
    must_not=[B2],
    why="Negation with a typo ('Ingen misstänke om') still rules the diagnosis out.")

add("d79-v-eug-kan-uteslutas-intrauterin", "vgr", ("1987-02-03", "306"), [
    N("n1", M, "Läkaranteckning akut", "gynakut_ostra", "Ali Rahimi", L, "2024-08-14 21:50", [
        ("Aktuellt", "FET för 5 v sedan, sparsam brunaktig blödning i dag."),
        ("Status", "VUL: intrauterin gestationssäck 12 mm med gulesäck, inga adnexresistenser, ingen fri vätska."),
        ("Bedömning", "Extrauterin graviditet kan uteslutas. Ny VUL på RMC om 10 dagar som planerat."),
    ])],
    must_not=[B2],
    why="'kan uteslutas' (without 'ej') rules ectopic pregnancy out – the opposite of 'kan ej uteslutas'.")

add("d79-s-inget-talar-for-klinefelter", "skane", ("1991-11-21", "193"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Anders Holmgren", L, "2024-05-02 10:45", [
        ("Labsvar", "Karyotyp 46,XY. FSH 6, testosteron 19."),
        ("Bedömning", "Inget talar för Klinefelter. Den låga spermiekoncentrationen bedöms idiopatisk, paret går vidare till ICSI."),
    ])],
    must_not=[B2],
    why="'Inget talar för Klinefelter' is a negation built on the hedge phrase 'talar för'.")

# --- a partner's or relative's disease --------------------------------------
add("d79-s-partnerns-misstankta-azoospermi-i-kvinnans-journal", "skane", ("1992-01-09", "748"), [
    N("n1", M, "Mottagningsanteckning", "rmc", "Karin Lindahl", L, "2024-04-04 09:10", [
        ("Anamnes", "Pat själv utredd utan anmärkning: ovulatorisk, AMH 22, fri tubarpassage."),
        ("Partner", "Sambon utreds på andrologen för misstänkt azoospermi, ett andra prov är lämnat."),
        ("Planering", "Avvaktar andrologens bedömning. Donatorinsemination och ICSI med TESE-spermier har nämnts som alternativ."),
    ], signed=None)],
    must_not=[B2],
    why="Each partner has their own journal: the hedged azoospermia belongs to the sambo, not to this patient.")

add("d79-v-hustruns-trolig-endometrios-i-mannens-journal", "vgr", ("1983-07-13", "357"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Tobias Lindgren", L, "2024-06-05 15:15", [
        ("Anamnes", "Hustrun 36 år har trolig endometrios och opereras i augusti, därefter IVF."),
        ("Labsvar", "Spermaanalys: 48 milj/ml, progressiv motilitet 44 %, morfologi 5 %."),
        ("Bedömning", "Normalt spermiogram, ingen manlig faktor."),
    ])],
    must_not=[B2],
    why="The hedge 'trolig endometrios' concerns the wife; the man's own assessment is a normal result.")

add("d79-s-syster-misstanks-ha-endometrios", "skane", ("1993-10-02", "804"), [
    N("n1", M, "Mottagningsanteckning", "kk_ystad", "Eva Nordström", L, "2024-10-29 10:00", [
        ("Hereditet", "Mor hade menopaus vid 39 år. Syster misstänks ha endometrios och väntar på laparoskopi."),
        ("Aktuellt", "Pat har regelbunden cykel, lindrig dysmenorré. Försöker sedan 13 mån."),
        ("Planering", "AMH, progesteron cd 21 och HyCoSy."),
    ])],
    must_not=[B2],
    why="'Syster misstänks ha endometrios' is a relative's hedged disease, not the patient's.")

add("d79-v-kusin-misstankt-fragilt-x-poi-utredning", "vgr", ("1991-05-30", "520"), [
    N("n1", M, "Läkaranteckning", "rm_su", "Josefin Carlsson", L, "2024-03-05 14:40", [
        ("Anamnes", "AMH 3 pmol/L. Kusin på moderns sida har en son som misstänks ha fragilt X-syndrom."),
        ("Planering", "FMR1-analys erbjuds pat med hänsyn till släktanamnesen, genetisk vägledning före provtagning."),
    ])],
    must_not=[B2],
    why="The suspected fragile X is a cousin's child's; the patient has a low AMH value, no hedged diagnosis of her own.")

add("d79-s-maken-mojligen-translokation", "skane", ("1988-09-17", "246"), [
    N("n1", M, "Mottagningsanteckning", "missfall_malmo", "Sven Åkesson", L, "2024-02-08 15:25", [
        ("Utredning", "Pats karyotyp 46,XX, trombofiliutredning och TSH u.a."),
        ("Partner", "Maken har möjligen en balanserad translokation – hans kromosomanalys är inte klar än."),
    ])],
    must_not=[B2],
    why="The hedged translocation is the husband's (own journal elsewhere), not this patient's.")

# --- hedges on things that are no diagnosis --------------------------------
add("d79-v-ev-icsi-trolig-start-mars", "vgr", ("1990-04-04", "286"), [
    N("n1", M, "Mottagningsanteckning", "rm_su", "Viktor Hedlund", L, "2024-01-18 13:00", [
        ("Planering", "IVF, ev. med ICSI beroende på nästa spermaprov. Trolig start i mars med antagonistprotokoll, "
                      "pat hör av sig på mensdag 1."),
    ])],
    must_not=[B2],
    why="'ev.' and 'Trolig' qualify treatment plans and dates, not a diagnosis.")

add("d79-s-trolig-agglossning-lh-sticka", "skane", ("1995-03-27", "442"), [
    N("n1", M, "Sjuksköterskeanteckning", "rmc", "Lena Hansson", SSK, "2024-02-15 09:25", [
        ("Telefonkontakt", "Positiv LH-sticka cykeldag 13, trolig ägglossning cd 14. Progesteron cd 21 bokat för att bekräfta."),
    ])],
    must_not=[B2],
    why="'trolig ägglossning' hedges a normal physiological event, not a disease.")

add("d79-v-endometriet-mojligen-tunt-fet", "vgr", ("1986-06-20", "702"), [
    N("n1", M, "Mottagningsanteckning", "kk_sas", "Kristina Alm", L, "2024-07-11 10:05", [
        ("Status", "VUL cd 12 i substituerad cykel: endometriet möjligen något tunt, 6,5 mm, trilaminärt."),
        ("Planering", "Ökar östradiol till 6 mg/dygn, ny VUL om 5 dgr inför FET."),
    ])],
    must_not=[B2],
    why="'möjligen något tunt' hedges a measurement, not a diagnosis.")

add("d79-v-oklart-om-donatorsperm-nasta-et", "vgr", ("1984-12-12", "808"), [
    N("n1", M, "Kuratorsanteckning", "rm_su", "Ingela Falk", KUR, "2024-10-14 14:00", [
        ("Samtal", "Oklart om pat vill gå vidare med donatorsperm. Nästa ET? Hon funderar på en paus över jul. "
                   "Ny samtalstid om 3 v."),
    ])],
    must_not=[B2],
    why="'Oklart om' and '?' apply to the patient's choices and treatment timing, not to a diagnosis.")

add("d79-s-trolig-et-dag-5", "skane", ("1991-07-04", "300"), [
    N("n1", M, "Embryologanteckning", "rmc", "Petra Sundin", "biomedicinsk analytiker", "2024-04-26 12:30", [
        ("Embryologi", "Dag 2: 5 av 7 befruktade ägg delar sig normalt, fyra 4-cellsembryon av god kvalitet. "
                       "Trolig ET dag 5, eventuellt frysning av överblivna blastocyster."),
    ])],
    must_not=[B2],
    why="Hedges on the embryo-transfer day and freezing are plans, not diagnoses.")

add("d79-s-misstankt-felaktig-provhantering-sperma", "skane", ("1987-01-30", "537"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Karl Bengtsson", L, "2024-08-22 15:35", [
        ("Labsvar", "Motilitet 4 % i dagens prov, jämfört med 38 % i juni."),
        ("Bedömning", "Misstänkt felaktig provhantering – provet transporterades i kyla och kom fram efter 2 timmar. "
                      "Nytt prov lämnas på plats."),
    ])],
    must_not=[B2],
    why="'Misstänkt' refers to sample handling, not a disease of the patient.")

add("d79-v-trolig-utskrivning-imorgon-ohss", "vgr", ("1992-08-08", "824"), [
    N("n1", M, "Daganteckning", "avd_ostra", "Ebba Strand", L, "2024-04-21 10:20", [
        ("Aktuellt", "Måttligt OHSS dag 4 på avdelningen, i regress. Bukomfånget minskat 6 cm, EVF 0,39, diures god."),
        ("Planering", "Trolig utskrivning i morgon om fortsatt förbättring. Fragmin i 4 v till."),
    ], setting="slutenvård")],
    must_not=[B2],
    why="OHSS is stated as settled; 'Trolig utskrivning' is a hedge on discharge, not on a diagnosis.")

add("d79-s-misstanker-glesa-samlag-kring-agglossning", "skane", ("1994-04-14", "660"), [
    N("n1", M, "Mottagningsanteckning", "kk_hassleholm", "Ingrid Mattsson", L, "2024-05-30 13:15", [
        ("Bedömning", "Normal utredning hos båda. Misstänker att paret haft samlag för sällan kring ägglossningen då sambon "
                      "arbetar skift. Råd om samlag varannan dag cd 10–18."),
    ])],
    must_not=[B2],
    why="The suspicion concerns the couple's timing of intercourse, not a disease.")

# --- hypothetical / conditional ---------------------------------------------
add("d79-v-om-karyotypen-visar-47xxy", "vgr", ("1993-06-01", "151"), [
    N("n1", M, "Genetisk vägledning", "gen_su", "Lovisa Hammar", GV, "2024-02-06 13:30", [
        ("Samtal", "Inför kromosomanalys. Vi har gått igenom att om karyotypen visar 47,XXY innebär det Klinefelters syndrom, "
                   "och vad det betyder för fertilitet och hälsa. Pat vill få svaret per telefon."),
    ])],
    must_not=[B2],
    why="Pre-test counselling: the diagnosis appears only inside a conditional ('om karyotypen visar').")

add("d79-v-om-hcg-inte-stiger", "vgr", ("1988-05-05", "208"), [
    N("n1", M, "Telefonanteckning", "rm_su", "Elin Rydberg", SSK, "2024-11-06 12:10", [
        ("Telefonkontakt", "hCG 14 dagar efter ET 96. Nytt prov på torsdag. Om hCG inte stiger adekvat ska extrauterin "
                           "graviditet uteslutas med VUL, pat känner till detta."),
    ])],
    must_not=[B2],
    why="Ectopic pregnancy is mentioned only in a conditional plan; no hedged diagnosis is stated.")

# --- confirmed / past history / information about risks --------------------
add("d79-s-opererad-endometriom-2019", "skane", ("1986-08-26", "882"), [
    N("n1", M, "Läkaranteckning", "rmc", "Maria Sandberg", L, "2024-01-16 10:25", [
        ("Tidigare sjukdomar", "Endometrios, opererad för endometriom hö 2019 på Sus Lund, PAD-verifierat."),
        ("Aktuellt", "Inför andra IVF-försöket. AMH 7 pmol/L."),
    ])],
    must_not=[B2],
    why="Past, PAD-verified endometriosis is a settled diagnosis without any hedge.")

add("d79-v-kand-pcos-sedan-2015", "vgr", ("1992-02-17", "326"), [
    N("n1", M, "Mottagningsanteckning", "kk_skas", "Erik Sjöberg", L, "2024-09-03 09:50", [
        ("Diagnos", "E28.2 Polycystiskt ovariesyndrom, känt sedan 2015."),
        ("Planering", "Tredje letrozolcykeln, 5 mg cd 3–7, follikelkontroll cd 12."),
    ])],
    must_not=[B2],
    why="Known, settled PCOS in the Diagnos sökord; nothing hedged.")

add("d79-s-risker-ivf-information-ohss-eug", "skane", ("1989-10-15", "506"), [
    N("n1", M, "Sjuksköterskeanteckning", "rmc", "Lena Hansson", SSK, "2024-03-04 15:00", [
        ("Information", "Informationssamtal inför IVF. Gått igenom risker: OHSS, flerbörd, extrauterin graviditet, "
                        "blödning och infektion vid ägguttaget. Samtycke till behandling och frysning av embryon undertecknat."),
    ])],
    must_not=[B2],
    why="Disease names appear only as risks in an information talk, none hedged as the patient's diagnosis.")

# --- hedged diagnosis only in the protected place ---------------------------
add("d79-s-tidiga-hypoteser-mall-misstankt-klinefelter", "skane", ("1989-12-23", "113"), [
    N("n1", M, "Tidiga hypoteser", "rmc_andro", "Nils Friberg", L, "2024-07-23 14:30", [
        ("Bedömning", "Misstänkt Klinefelters syndrom – testiklar 3 ml, FSH 45, azoospermi. Karyotyp tagen."),
    ])],
    must_not=[B2],
    why="Skåne: the whole note uses the protected template Tidiga hypoteser, so the hedge is not visible.")

add("d79-v-tidiga-hypoteser-sokord-enda-hedge", "vgr", ("1985-02-27", "460"), [
    N("n1", M, "Läkaranteckning", "rm_su", "Hanna Björk", L, "2024-08-27 10:40", [
        ("Aktuellt", "Tre misslyckade ET trots euploida embryon. Endometriebiopsi för ERA tagen i dag."),
        ("Tidiga hypoteser", "Trolig immunologisk implantationssvikt? Diskuteras på teamkonferens innan pat informeras."),
        ("Planering", "Svar om 3–4 v, återbesök därefter."),
    ])],
    must_not=[B2],
    why="VGR: the only hedge sits under the sökord Tidiga hypoteser; the visible sections hold no diagnosis.")

add("d79-v-tidiga-hypoteser-sokord-synlig-planering-ren", "vgr", ("1987-07-31", "113"), [
    N("n1", M, "Mottagningsanteckning", "andro_su", "Rasmus Öberg", L, "2024-12-10 09:20", [
        ("Status", "Testiklar 12 ml bilat, mjuka. Ingen gynekomasti."),
        ("Tidiga hypoteser", "Sannolikt missbruk av anabola steroider som förklaring till azoospermin, pat förnekar. "
                             "Urinprov för dopningsanalys övervägs."),
        ("Planering", "Nytt spermaprov och hormonprover om 3 mån."),
    ])],
    must_not=[B2],
    why="VGR: the hedged hypothesis stays under Tidiga hypoteser; Status and Planering are clean.")

# ===========================================================================
# Part C: NL101 – diagnosis visible while the patient has not been told
# ===========================================================================

add("d79-s-klinefelter-karyotyp-ej-informerad", "skane", ("1990-04-18", "391"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Anders Holmgren", L, "2024-02-29 16:10", [
        ("Provsvar", "Karyotyp (lymfocyter, 30 metafaser): 47,XXY i samtliga celler."),
        ("Bedömning", "Klinefelters syndrom. Pat ej informerad ännu – besök bokat 12/3 för personligt besked tillsammans med kurator."),
    ])],
    must=[B1], must_not=[B2],
    why="Confirmed Klinefelter found at work-up is written in visible Bedömning while the patient is explicitly not yet told.")

add("d79-v-azoospermi-inte-fatt-beksed-typo", "vgr", ("1987-11-25", "219"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Jonas Wikström", L, "2024-04-12 15:30", [
        ("Labsvar", "Spermaanalys nr 2: inga spermier, inte heller efter centrifugering 3000 g."),
        ("Bedömning", "Azoospermi. Pat har inte fått beksed om resultatet; jag ringer honom på måndag och bokar läkarbesök."),
    ])],
    must=[B1], must_not=[B2],
    why="Azoospermia stated plainly in a visible section while the man has not been given the result (typo 'beksed').")

add("d79-s-poi-ej-informerad-om-diagnosen", "skane", ("1992-07-21", "580"), [
    N("n1", M, "Läkaranteckning", "rmc", "Helena Bergkvist", L, "2024-10-24 13:15", [
        ("Labsvar", "FSH 68 och 72 IE/L med 4 veckors mellanrum, AMH under 0,1 pmol/L, östradiol lågt."),
        ("Bedömning", "Prematur ovariell insufficiens (E28.3). Pat ännu inte informerad om diagnosen; besked vid besöket 5/11 "
                      "tillsammans med partnern, äggdonation tas upp då."),
    ])],
    must=[B1], must_not=[B2],
    why="Low AMH work-up ends in POI, documented visibly, with the patient explicitly not yet informed.")

add("d79-s-translokation-ej-innan-genetisk-vagledare", "skane", ("1990-02-05", "662"), [
    N("n1", M, "Läkaranteckning", "gen_lund", "Mats Thorsson", L, "2024-04-02 11:45", [
        ("Provsvar", "Kromosomanalys: balanserad reciprok translokation t(11;22)(q23;q11.2) hos pat."),
        ("Bedömning", "Förklaring till de upprepade missfallen. Pat ska inte informeras förrän genetisk vägledare kan vara med, "
                      "tid 22/4."),
    ])],
    must=[B1], must_not=[B2],
    why="A balanced translocation in recurrent miscarriage work-up is in the visible note and must not be told yet.")

add("d79-v-aps-ej-underrattad", "vgr", ("1986-03-09", "886"), [
    N("n1", M, "Läkaranteckning", "missfall_su", "Gunilla Wester", L, "2024-09-19 13:50", [
        ("Bedömning", "Antifosfolipidsyndrom: lupus antikoagulans positivt vid två tillfällen med 12 veckors mellanrum "
                      "och tre missfall före v 10. Pat ej underrättad än – meddelas vid återbesöket 2/10 då plan för "
                      "nästa graviditet läggs."),
    ])],
    must=[B1],
    why="Settled APS in visible Bedömning, 'Pat ej underrättad än'.")

add("d79-s-missed-abortion-tolk-uteblev", "skane", ("1993-05-28", "784"), [
    N("n1", M, "Mottagningsanteckning", "rmc", "Maria Sandberg", L, "2024-11-14 10:35", [
        ("Status", "VUL v 8+2 efter FET: intrauterin graviditet, CRL 12 mm, ingen hjärtaktivitet."),
        ("Bedömning", "Missed abortion."),
        ("Planering", "Tolken uteblev och pat har därför inte informerats om fyndet. Ny tid i morgon kl 9 med arabisktalande tolk på plats."),
    ])],
    must=[B1], must_not=[B2],
    why="Early pregnancy after FET: missed abortion visible while the patient could not yet be told (no interpreter).")

add("d79-v-hydrosalpinx-postop-pat-sover", "vgr", ("1989-06-16", "704"), [
    N("n1", M, "Operationsberättelse", "kk_skas", "Camilla Lindström", L, "2024-03-19 12:20", [
        ("Indikation", "Primär infertilitet, HSG med oklar passage. Samtycke till salpingektomi om tuborna inte går att rädda."),
        ("Operationsfynd", "Bilateral hydrosalpinx med distalt ockluderade, tunnväggiga tubor. Ingen passage av metylenblått. "
                           "Sparsamma adherenser kring vä ovarium."),
        ("Åtgärd", "Salpingektomi bilat med bevarad ovarialcirkulation."),
        ("Postoperativt", "Pat ej informerad om fynden då hon fortfarande sover. Operatören informerar på uppvakningsavdelningen."),
    ], setting="slutenvård")],
    must=[B1],
    why="Operation note: bilateral hydrosalpinx written in visible sections before the patient has been told.")

add("d79-s-endometrios-stadium-iv-utkast-ovetande", "skane", ("1987-12-14", "466"), [
    N("n1", M, "Operationsberättelse", "gynop_lund", "Linnea Persson", L, "2024-05-16 11:05", [
        ("Operationsfynd", "Utbredd endometrios stadium IV (rASRM) med obliteration av fossa Douglasi och endometriom bilat, "
                           "4 resp 5 cm."),
        ("Postoperativ information", "Pat ännu ovetande om fynden, samtal på avdelningen i eftermiddag."),
    ], signed=None, setting="slutenvård")],
    must=[B1], must_not=[B2],
    why="Unsigned draft operation note: a settled endometriosis diagnosis visible while the patient is still unaware.")

add("d79-v-cftr-cbavd-besked-vid-aterbesok", "vgr", ("1991-09-04", "355"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Magnus Eliasson", L, "2024-09-30 14:25", [
        ("Provsvar", "CFTR-analys: F508del och 5T-variant, compound heterozygot."),
        ("Bedömning", "Kongenital bilateral avsaknad av vas deferens (CBAVD) på basen av CFTR-mutationer. "
                      "Beskedet ska inte nå pat före återbesöket 14/10 där genetisk vägledare deltar; hustrun behöver bärartestas."),
    ])],
    must=[B1], must_not=[B2],
    why="CBAVD with CFTR mutations written visibly while the note says the patient must not get the news yet.")

add("d79-s-hypogonadism-ej-infomerad-typo", "skane", ("1996-01-31", "259"), [
    N("n1", M, "Läkaranteckning", "endo_malmo", "Fredrik Olsson", L, "2024-06-27 10:50", [
        ("Bedömning", "Hypogonadotrop hypogonadism verifierad; MR hypofys normal, luktsinne normalt. "
                      "Pat ej infomerad om svaren, läkarbesök 3/7 för genomgång och start av hCG-behandling."),
    ])],
    must=[B1],
    why="Typo in the key phrase ('ej infomerad'): a verified diagnosis in visible text, not yet told.")

add("d79-v-turnermosaik-besked-ej-lamnat", "vgr", ("2003-08-22", "426"), [
    N("n1", M, "Läkaranteckning", "endo_su", "Amira Haddad", L, "2024-07-25 09:15", [
        ("Provsvar", "Karyotyp 45,X/46,XX, mosaik med 30 % 45,X-celler."),
        ("Bedömning", "Turnersyndrom, mosaikform. Besked har ännu inte lämnats till pat; det ges vid besöket 8/8 "
                      "tillsammans med information om hjärtutredning och fertilitet."),
    ])],
    must=[B1], must_not=[B2],
    why="Turner mosaicism confirmed and visible, 'Besked har ännu inte lämnats till pat'.")

add("d79-v-y-mikrodeletion-azfa-vet-inte", "vgr", ("1984-03-27", "573"), [
    N("n1", M, "Läkaranteckning", "uro_nal", "Björn Ahlström", L, "2024-02-14 11:20", [
        ("Provsvar", "Y-kromosommikrodeletion AZFa+b påvisad."),
        ("Bedömning", "Mikro-TESE är därmed inte meningsfull. Pat vet ännu inte om detta; besked ges av androlog vid "
                      "planerat besök, donatorspermier tas upp då."),
    ], signed=None)],
    must=[B1],
    why="A Y-microdeletion result stands visibly while the note says the man does not know yet.")

add("d79-s-endometriecancer-pcos-ej-meddelad", "skane", ("1986-10-06", "702"), [
    N("n1", M, "Läkaranteckning", "kk_csk", "Gustav Lund", L, "2024-08-06 15:55", [
        ("Provsvar", "Hysteroskopi-PAD: högt differentierad endometrioid endometriecancer. Pat ej meddelad, tas på MDK tisdag."),
    ])],
    must=[B1],
    why="One-line note: a cancer found in a PCOS fertility work-up is visible and the patient has not been told.")

add("d79-v-kronisk-endometrit-tva-anteckningar", "vgr", ("1988-01-13", "264"), [
    N("n1", M, "Läkaranteckning", "rm_su", "Hanna Björk", L, "2024-06-03 14:10", [
        ("Provsvar", "PAD endometriebiopsi: kronisk endometrit, CD138-positiva plasmaceller 8 per HPF."),
        ("Bedömning", "Pat ej informerad ännu, ssk ringer när receptet är utfärdat."),
    ]),
    N("n2", M, "Telefonanteckning", "rm_su", "Elin Rydberg", SSK, "2024-06-04 10:30", [
        ("Telefonkontakt", "Meddelat pat PAD-svaret om kronisk endometrit. Doxycyklin 100 mg x 2 i 14 dagar, recept skickat. "
                           "Ny biopsi efter kuren."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="The earlier note holds the untold diagnosis (NL101 on n1); the next day's phone note tells her, so n2 is clean.")

add("d79-v-tidiga-hypoteser-och-bedomning-lacker", "vgr", ("1989-05-09", "331"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Filip Engström", L, "2024-11-21 16:00", [
        ("Tidiga hypoteser", "Karyotyp 47,XXY. Pat ej informerad."),
        ("Bedömning", "Klinefelters syndrom bekräftat genom karyotyp. Pat får beskedet vid läkarbesök nästa vecka."),
    ])],
    must=[B1],
    why="VGR: the untold diagnosis is also written under visible Bedömning, so protecting it under Tidiga hypoteser is not enough.")

add("d79-v-sokt-utan-svar-septum-informerda-typo", "vgr", ("1991-04-28", "982"), [
    N("n1", M, "Telefonanteckning", "kk_kungalv", "Sanna Wiklund", BM, "2024-05-20 15:40", [
        ("Telefonkontakt", "Sökt pat två gånger utan svar för att meddela att hysteroskopin visade septum uteri. "
                           "Pat alltså ännu inte informerda; nytt försök i morgon fm."),
    ])],
    must=[B1],
    why="Phone note: the septum diagnosis is written while the patient could not be reached (typo 'informerda').")

add("d79-s-sertoli-cell-only-vantar-pa-sambon", "skane", ("1985-08-19", "137"), [
    N("n1", M, "Läkaranteckning", "uro_malmo", "Hampus Norén", L, "2024-06-10 12:15", [
        ("Provsvar", "PAD mikro-TESE bilat: Sertoli cell only-syndrom, inga spermier i något av 12 biopsistycken."),
        ("Bedömning", "Pat har inte informerats – han önskade att beskedet ges när sambon kan vara med, tid torsdag 13/6."),
    ])],
    must=[B1], must_not=[B2],
    why="A settled testicular diagnosis after micro-TESE is visible while the patient has not been informed.")

# --- NL101 negatives --------------------------------------------------------
add("d79-s-klinefelter-informerad-idag", "skane", ("1992-12-03", "279"), [
    N("n1", M, "Genetisk vägledning", "gen_lund", "Kajsa Melin", GV, "2024-03-12 10:00", [
        ("Samtal", "Pat informerad i dag om att karyotypen visar 47,XXY, dvs Klinefelters syndrom. Gått igenom ärftlighet "
                   "(ej ärftligt), testosteronbehandling och möjlighet till mikro-TESE. Pat tog beskedet sakligt."),
    ], signed=None)],
    must_not=[B1, B2],
    why="The patient was told about Klinefelter today; nothing hedged.")

add("d79-v-azoospermi-besked-vid-forra-besoket", "vgr", ("1983-05-14", "395"), [
    N("n1", M, "Mottagningsanteckning", "andro_su", "Tobias Lindgren", L, "2024-03-06 08:55", [
        ("Aktuellt", "Pat fick besked om azoospermi vid förra besöket 12/2 och kommer nu för planering av mikro-TESE."),
        ("Planering", "Mikro-TESE under narkos i april, kryokonservering av spermier."),
    ])],
    must_not=[B1],
    why="The azoospermia was communicated at an earlier visit.")

add("d79-s-ej-informerad-om-datum-for-aggutag", "skane", ("1990-11-08", "442"), [
    N("n1", M, "Sjuksköterskeanteckning", "rmc", "Annika Wallin", SSK, "2024-09-26 14:35", [
        ("Diagnos", "Tubar infertilitet, salpingektomi bilat pga hydrosalpinx 2023."),
        ("Planering", "IVF med långt protokoll. Pat ännu ej informerad om datum för ägguttag – koordinatorn ringer när "
                      "nedregleringen är klar."),
    ])],
    must_not=[B1],
    why="What has not been told is a date, not a diagnosis.")

add("d79-v-ej-meddelad-normalt-kontrollprov", "vgr", ("1986-09-12", "217"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Magnus Eliasson", L, "2024-07-17 13:40", [
        ("Diagnos", "Varikocele vä, embolisering i februari."),
        ("Provsvar", "Kontrollspermaprov normalt enligt WHO 2021. Pat ej meddelad ännu, svaret skickas via 1177-inkorgen."),
    ])],
    must_not=[B1],
    why="The untold item is a normal sperm result; the varicocele diagnosis is known to the patient.")

add("d79-s-tidiga-hypoteser-mall-47xxy-ej-informerad", "skane", ("1988-06-09", "311"), [
    N("n1", M, "Tidiga hypoteser", "rmc_andro", "Emil Forsman", L, "2024-03-28 17:05", [
        ("Provsvar", "Karyotyp: 47,XXY."),
        ("Bedömning", "Pat ej informerad, besked vid besök 4/4 tillsammans med kurator."),
    ])],
    must_not=[B1, B2],
    why="Skåne: the untold diagnosis is kept in the protected template Tidiga hypoteser.")

add("d79-v-tidiga-hypoteser-sokord-turner-ej-informerad", "vgr", ("2002-10-19", "842"), [
    N("n1", M, "Läkaranteckning", "rm_su", "Josefin Carlsson", L, "2024-03-08 15:20", [
        ("Aktuellt", "Provsvar har inkommit och gås igenom vid besöket 19/3."),
        ("Tidiga hypoteser", "Karyotyp 45,X/46,XX (mosaik). Pat ej informerad, ansvarig läkare ger beskedet."),
    ])],
    must_not=[B1],
    why="VGR: the untold karyotype diagnosis sits only under the sökord Tidiga hypoteser; the visible part names no diagnosis.")

add("d79-s-pat-informerad-sambon-vet-inte", "skane", ("1989-02-18", "535"), [
    N("n1", M, "Läkaranteckning", "rmc_andro", "Karl Bengtsson", L, "2024-05-23 11:30", [
        ("Bedömning", "Pat informerad om azoospermin och om att karyotyp och Y-mikrodeletion tas. "
                      "Vill själv berätta för sambon, som ännu inte vet något."),
    ])],
    must_not=[B1],
    why="The patient himself is told; only the partner (a relative) is not.")

add("d79-v-endometrios-stadium-ii-inget-om-information", "vgr", ("1991-01-27", "306"), [
    N("n1", M, "Mottagningsanteckning", "rm_su", "Hanna Björk", L, "2024-02-22 09:35", [
        ("Diagnos", "Endometrios stadium II, PAD-verifierad 2022."),
        ("Aktuellt", "Inför FET i naturlig cykel. LH-stickor från cd 10, ringer vid positivt test."),
    ])],
    must_not=[B1, B2],
    why="A settled diagnosis with nothing said about telling: neither NL101 nor NL102.")

add("d79-s-remiss-pgt-ej-informerad", "skane", ("1987-04-25", "368"), [
    N("n1", M, "Läkaranteckning", "gen_lund", "Mats Thorsson", L, "2024-02-27 14:45", [
        ("Bedömning", "Balanserad reciprok translokation t(4;12) hos pat, informerad vid besöket 3/2 tillsammans med maken."),
        ("Åtgärd", "Pat ännu inte informerad om att remissen till PGT-utredning skickats, brev går ut i dag."),
    ])],
    must_not=[B1],
    why="The diagnosis was told earlier; only the sent referral is not yet known to her.")

add("d79-v-telefon-meddelat-septum", "vgr", ("1992-06-07", "560"), [
    N("n1", M, "Telefonanteckning", "kk_kungalv", "David Holm", L, "2024-05-21 09:10", [
        ("Telefonkontakt", "Meddelat pat att hysteroskopin visade septum uteri, ca 2 cm. Hysteroskopisk resektion erbjuds, "
                           "pat positiv och sätts upp på operationslistan."),
    ])],
    must_not=[B1],
    why="Phone note in which the diagnosis is communicated to the patient.")

add("d79-s-missed-abortion-informerad-via-tolk", "skane", ("1994-09-10", "746"), [
    N("n1", M, "Mottagningsanteckning", "rmc", "Karin Lindahl", L, "2024-07-04 13:20", [
        ("Status", "VUL v 9+0 efter ET: CRL 14 mm utan hjärtaktivitet."),
        ("Bedömning", "Missed abortion. Pat informerad med hjälp av tolk (dari) på plats, maken närvarande."),
        ("Planering", "Väljer medicinsk behandling med mifepriston och misoprostol, hCG-kontroll om 3 v."),
    ])],
    must_not=[B1, B2],
    why="Early pregnancy loss after IVF told to the patient through an interpreter at the visit.")

add("d79-v-azfc-hustrun-ska-inte-veta-an", "vgr", ("1982-02-09", "151"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Rasmus Öberg", L, "2024-08-29 13:35", [
        ("Bedömning", "AZFc-mikrodeletion påvisad. Pat informerad i dag och har fått skriftlig information om att "
                      "söner kommer att ärva deletionen. Han vill inte att hustrun informeras ännu."),
    ])],
    must_not=[B1],
    why="The man is told about his deletion; only his wife is not.")

add("d79-v-habituell-abort-normal-karyotyp-ej-informerad", "vgr", ("1985-12-01", "628"), [
    N("n1", M, "Läkaranteckning", "missfall_su", "Gunilla Wester", L, "2024-12-05 10:45", [
        ("Diagnos", "Habituell abort, tre missfall i första trimestern."),
        ("Provsvar", "Kromosomanalys av paret: 46,XX och 46,XY, utan avvikelse. Pat ej informerad om karyotypsvaret ännu, brev skickas."),
    ])],
    must_not=[B1],
    why="What is not yet told is a normal karyotype; the miscarriage diagnosis is already known.")

add("d79-v-barn-fertilitetsbevarande-foraldrar-informerade", "vgr", ("2015-03-18", "486"), [
    N("n1", M, "Läkaranteckning", "rm_su", "Viktor Hedlund", L, "2024-04-04 11:25", [
        ("Aktuellt", "9-årig flicka med Ewingsarkom i bäckenet, planerad högdos cytostatika och strålning. Flickan och "
                     "föräldrarna informerades om diagnosen av barnonkologen 2/4."),
        ("Bedömning", "Hög risk för ovariell insufficiens efter behandlingen. Laparoskopisk frysning av ovarievävnad erbjuds, "
                      "föräldrarna har fått muntlig och skriftlig information och samtycker."),
    ])],
    must_not=[B1],
    why="Child under 13: guardians (and the child) were told about the diagnosis; the fertility plan is explained.")

add("d79-v-blastocyst-overlevde-ej-upptining", "vgr", ("1989-09-19", "804"), [
    N("n1", M, "Embryologanteckning", "rm_su", "Nora Falkman", "biomedicinsk analytiker", "2024-10-09 08:15", [
        ("Diagnos", "Tubar infertilitet efter salpingektomi bilat 2021."),
        ("Embryologi", "Två blastocyster upptinade, en överlevde med god kvalitet. Pat ej informerad om att den andra inte "
                       "överlevde upptiningen – embryologen ringer innan återföringen kl 10."),
    ])],
    must_not=[B1],
    why="The untold news is about an embryo, not a diagnosis of the patient.")

# ===========================================================================
# Part D: long charts and multi-note records
# ===========================================================================

add("d79-v-lang-tidig-graviditet-efter-ivf-inga-hypoteser", "vgr", ("1987-04-12", "386"), [
    N("n1", M, "Mottagningsanteckning", "rm_su", "Sara Lindqvist", L, "2024-05-08 09:40", [
        ("Kontaktorsak", "Tidigt graviditetsultraljud efter IVF med ICSI, färsk ET av en blastocyst 27/3."),
        ("Anamnes", "37-årig kvinna, första graviditeten. Indikation för IVF var manlig faktor med svår oligozoospermi hos "
                    "maken, som följs på andrologen. Pat själv utredd utan anmärkning 2023. hCG 14 dagar efter ET 640. "
                    "Sedan en vecka illamående på morgonen, ömma bröst, trött. Sparsam brunaktig flytning för 3 dagar sedan, "
                    "ingen färsk blödning, inga smärtor. Använder Crinone 90 mg x 1 och Progynon enligt schema."),
        ("Status", "Opåverkad, BT 112/70. VUL: en intrauterin gestationssäck med gulesäck och embryo, CRL 9 mm motsvarande "
                   "v 6+6, tydlig hjärtaktivitet. Corpus luteum-cysta 28 mm i hö ovarium, vä ovarium u.a. "
                   "Ingen fri vätska. Litet subkoriont hematom 8 x 4 mm vid nedre polen."),
        ("Bedömning", "Viabel intrauterin enkelbörd som stämmer med ET-datum. Inga tecken på flerbörd. "
                      "Den bruna flytningen förklaras av det lilla hematomet, som inte bedöms påverka graviditeten. "
                      "Ovarialhyperstimulering har inte förekommit under denna behandling."),
        ("Planering", "Crinone till v 10, Progynon trappas ut från v 9 enligt lapp. Remiss till barnmorskemottagning "
                      "Majorna, inskrivning v 8–10. Ev. KUB erbjuds via mödrahälsovården. Vid kraftig blödning eller "
                      "ensidig smärta ska pat höra av sig till gynakuten Östra. Avslutas på Reproduktionsmedicin efter "
                      "detta besök, paret får enkät om behandlingen."),
    ])],
    must_not=[B1, B2],
    why="Long early-pregnancy chart after IVF: partner's male factor, non-diagnostic 'Ev.', conditional advice and negations, but no hedged diagnosis of the patient.")

add("d79-s-lang-upprepade-missfall-pcos-misstanks", "skane", ("1990-10-26", "628"), [
    N("n1", M, "Nybesök missfallsmottagning", "missfall_malmo", "Sven Åkesson", L, "2024-01-11 13:00", [
        ("Kontaktorsak", "Upprepade missfall. Remiss från barnmorskemottagningen Rosengård."),
        ("Anamnes", "33-årig kvinna, sambo, inga levande barn. Tre spontana missfall senaste 18 mån: v 6+2, v 8 och v 7+5, "
                    "det sista med vakuumaspiration och normal fosterkaryotyp (46,XY). Cykler 32–60 dagar sedan menarche, "
                    "har haft svårt att veta när hon ägglossar. Akne i tonåren, ingen hirsutism. BMI 29. "
                    "Inga kända sjukdomar, ingen trombos hos pat eller i släkten. Röker inte, ingen alkohol. "
                    "Sambon 36 år frisk, ej utredd."),
        ("Status", "Allmäntillstånd gott. BT 126/82. Thyreoidea u.a. Acanthosis nigricans i nacken. "
                   "Gyn us: normal portio. VUL: anteflekterad normalstor uterus, regelbundet kavum på 3D, "
                   "endometrium 9 mm. Ovarier med 16 resp 19 antrala folliklar."),
        ("Labsvar", "TSH 2,3, TPO-ak neg. HbA1c 41. Lupus antikoagulans, kardiolipin och beta-2-GP1 neg. "
                    "Prolaktin 310. Testosteron 2,2 nmol/L, SHBG 21."),
        ("Bedömning", "Upprepade tidiga missfall utan påvisad anatomisk, endokrin eller koagulationsorsak hittills. "
                      "Polycystiskt ovariesyndrom misstänks med oregelbundna cykler, PCO-morfologi och tecken på "
                      "insulinresistens, vilket kan bidra till missfallsrisken. Karyotyp av paret återstår."),
        ("Planering", "Karyotyp pat och sambo. Glukosbelastning. Livsstilssamtal med dietist inför nästa graviditet, "
                      "folsyra 0,4 mg. Tidigt UL v 7 och stödsamtal vid ny graviditet. Återbesök med provsvar om 6 v."),
    ])],
    must=[B2], must_not=[B1],
    why="Long recurrent-miscarriage chart: 'Polycystiskt ovariesyndrom misstänks' (passive hedge) stands in visible Bedömning.")

add("d79-s-hypotes-flyttad-till-synlig-efter-besked", "skane", ("1991-06-05", "153"), [
    N("n1", M, "Tidiga hypoteser", "rmc_andro", "Nils Friberg", L, "2024-09-02 14:10", [
        ("Bedömning", "Misstänkt Klinefelters syndrom, karyotyp skickad. Pat informeras när svaret finns."),
    ]),
    N("n2", M, "Läkaranteckning", "rmc_andro", "Nils Friberg", L, "2024-09-19 10:30", [
        ("Provsvar", "Karyotyp 47,XXY."),
        ("Bedömning", "Klinefelters syndrom. Pat fick beskedet i dag vid besöket och har fått skriftlig information; "
                      "remiss till endokrinolog för testosteronbehandling efter ev. mikro-TESE."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="Skåne: the hypothesis lived in the protected template, then was settled and told in an ordinary note – neither note breaks NL101/NL102.")

add("d79-v-par-tva-anteckningar-kvinnans-journal", "vgr", ("1988-03-14", "542"), [
    N("n1", M, "Mottagningsanteckning", "kk_nal", "Therese Blom", L, "2024-02-05 13:20", [
        ("Aktuellt", "Utredning ofrivillig barnlöshet, pat ovulerar och har fri tubarpassage. Väntar på makens spermaprov."),
    ]),
    N("n2", M, "Telefonanteckning", "kk_nal", "Matilda Ström", BM, "2024-02-19 10:05", [
        ("Telefonkontakt", "Makens prov visar enl andrologen trolig obstruktion, han kallas dit. Pats egen utredning "
                           "normal, remiss till Reproduktionsmedicin SU skickas för paret."),
    ])],
    must_not=[("NL102", "n1"), ("NL102", "n2")],
    why="The woman's record: her own work-up is normal and the hedged obstruction belongs to her husband, in both notes.")


# ===========================================================================
# Part E: more NL101 positives (varied wording, hedged and settled)
# ===========================================================================

add("d79-v-mr-misstankt-djup-endometrios-ej-informerad", "vgr", ("1990-08-23", "406"), [
    N("n1", M, "Läkaranteckning", "kk_sas", "Kristina Alm", L, "2024-06-13 16:15", [
        ("Röntgensvar", "MR lilla bäckenet: 3 cm förändring i septum rectovaginale och förtjockade sakrouterinligament."),
        ("Bedömning", "Misstänkt djup endometrios med rektovaginalt engagemang. Pat ännu inte informerad om MR-svaret, "
                      "det tas vid besöket 20/6 tillsammans med kolorektalkirurg."),
    ])],
    must=[B1, B2],
    why="A suspected deep endometriosis is visible and hedged, and the note says the patient has not yet been told.")

add("d79-s-eug-op-hydrosalpinx-kontralateralt-ej-informerad", "skane", ("1989-01-04", "360"), [
    N("n1", M, "Operationsberättelse", "kk_hbg_avd", "Ida Sjögren", L, "2024-07-06 02:40", [
        ("Operationsfynd", "Rupturerad tubargraviditet dx med 600 ml hemoperitoneum. Vä tuba kraftigt dilaterad och "
                           "distalt sluten: hydrosalpinx vä."),
        ("Åtgärd", "Salpingektomi dx. Vä tuba lämnas i samråd med bakjour då samtycke endast gällde hö sida."),
        ("Information", "Pat ej informerad om hydrosalpinxen vä, då det påverkar hennes möjlighet till spontan graviditet "
                        "och bör tas i lugnt skede vid återbesök på mottagningen."),
    ], setting="slutenvård")],
    must=[B1], must_not=[B2],
    why="Emergency op note: the contralateral hydrosalpinx is a diagnosis written visibly and deliberately not told yet.")

add("d79-v-fmr1-premutation-inte-underrattad", "vgr", ("1992-11-11", "622"), [
    N("n1", M, "Läkaranteckning", "gen_su", "Lovisa Hammar", L, "2024-04-25 14:50", [
        ("Provsvar", "FMR1: premutation med 92 CGG-repetitioner på ena allelen."),
        ("Bedömning", "Fragilt X-premutationsbärare, förklarar den prematura ovariella insufficiensen. Enligt överenskommelse "
                      "lämnas svaret inte per telefon eller via 1177 utan vid besöket 7/5; pat är inte underrättad."),
    ])],
    must=[B1], must_not=[B2],
    why="FMR1 premutation (POI work-up) written in a visible section while the patient is explicitly not yet informed.")

add("d79-s-hepatit-c-screening-infor-ivf-ej-kontaktad", "skane", ("1985-02-19", "284"), [
    N("n1", M, "Läkaranteckning", "rmc", "Annika Wallin", L, "2024-11-28 12:05", [
        ("Labsvar", "Infektionsscreening inför IVF: HCV-ak positiv, HCV-RNA 1,2 milj IE/mL. HIV, HBsAg och syfilis neg."),
        ("Bedömning", "Kronisk hepatit C. Pat ännu inte kontaktad om svaret; infektionsläkare konsulteras först och "
                      "IVF-starten skjuts upp."),
    ])],
    must=[B1], must_not=[B2],
    why="Chronic hepatitis C found at pre-IVF screening is written visibly while the patient has not been contacted.")

add("d79-v-utkast-testikeltumor-ej-informerad", "vgr", ("1986-07-29", "297"), [
    N("n1", M, "Läkaranteckning", "andro_su", "Filip Engström", L, "2024-03-21 15:25", [
        ("Status", "Skrotalt UL i infertilitetsutredning: 11 mm hypoekoisk, vaskulariserad förändring i vä testikel, "
                   "mikrolitiasis bilat."),
        ("Bedömning", "Misstänkt testikelcancer vä. Tumörmarkörer tagna. Pat ej informerad om UL-fyndet ännu, urolog "
                      "ringer i eftermiddag för tid inom en vecka; kryokonservering av spermier erbjuds före orkiektomi."),
    ], signed=None)],
    must=[B1, B2],
    why="Unsigned draft: a suspected testicular cancer found at infertility work-up is visible and not yet told.")



# ===========================================================================
# validation and output
# ===========================================================================
def _luhn_ok(ten):
    s = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v if v < 10 else v - 9
    return s % 10 == 0


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errs = []
    names = set()
    seen = {}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for c in cases:
        nm = c["case"]
        if set(c) != case_keys:
            errs.append(f"{nm}: case keys {sorted(c)}")
        if not nm.startswith("d79-"):
            errs.append(f"{nm}: name prefix")
        if nm in names:
            errs.append(f"{nm}: duplicate case name")
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{nm}: ruleset")
        if not c["why"].strip():
            errs.append(f"{nm}: empty why")
        r = c["record"]
        if set(r) != rec_keys:
            errs.append(f"{nm}: record keys")
        for k in ("access_events", "conversations", "treatments"):
            if r[k] != []:
                errs.append(f"{nm}: {k} not empty")
        p = r["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{nm}: pnr format {pid}")
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append(f"{nm}: pnr/birth_date mismatch")
            if not _luhn_ok(pid[2:8] + pid[9:]):
                errs.append(f"{nm}: Luhn {pid}")
        as_of = _dt.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            errs.append(f"{nm}: as_of not 2024")
        ids = {}
        for n in r["notes"]:
            u = n.pop("_unit", None)
            if set(n) != note_keys:
                errs.append(f"{nm}: note keys {sorted(n)}")
            if u is None or UNITS[u][2] != c["ruleset"] or UNITS[u][3] != n["system"]:
                errs.append(f"{nm}/{n['id']}: unit {u} does not fit ruleset/system")
            if n["id"] in ids:
                errs.append(f"{nm}: duplicate note id")
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append(f"{nm}: system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{nm}: VGR note not Melior")
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append(f"{nm}: time not 2024")
            if n["signed"] is not None:
                sg = _dt.datetime.fromisoformat(n["signed"])
                if sg.year != 2024 or sg < t:
                    errs.append(f"{nm}: signed")
            if t > as_of:
                errs.append(f"{nm}: note after as_of")
            for when in (t, as_of):
                a = _age(bd, when)
                if 13 <= a <= 15 or a < 0:
                    errs.append(f"{nm}: age {a} not allowed")
            if not n["sections"]:
                errs.append(f"{nm}: no sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errs.append(f"{nm}: bad section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in seen and seen[key] != (nm, n["id"], sec["keyword"]):
                            errs.append(f"{nm}: sentence repeated (also in {seen[key][0]}): {sent!r}")
                        seen.setdefault(key, (nm, n["id"], sec["keyword"]))
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append(f"{nm}: bad assertion {item}")
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    errs.append(f"{nm}: code {code} outside this set")
                if target not in ids:
                    errs.append(f"{nm}: target {target} missing")
                    continue
                if (code, target) in pairs:
                    errs.append(f"{nm}: {code}/{target} asserted twice")
                pairs.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior":
                    if lst == "must":
                        errs.append(f"{nm}: NL102 must on non-Melior")
                if code == "NL101" and sysname == "PMO":
                    errs.append(f"{nm}: NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{nm}: asserts nothing")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    by_rs = {}
    for c in CASES:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    print(f"{len(CASES)} cases -> {OUT}")
    print("rulesets:", by_rs)
    for k in sorted(counts):
        print(k[0], k[1], counts[k])


if __name__ == "__main__":
    main()
