#!/usr/bin/env python3
"""dev113 - ophthalmology (ögonakut, ögonmottagningar, barnögon/ortoptik, neuro-oftalmologi).

Independent test cases for NL101 / NL102, written from the regional routines and the
rule catalog only. Standard library only, deterministic. Writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev113_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "sk_akut_lund": ("Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-6E1K"),
    "sk_ogon_malmo": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6E2M"),
    "sk_glaukom_malmo": ("Glaukommottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6E3G"),
    "sk_makula_lund": ("Makulamottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E4A"),
    "sk_retina_lund": ("Retinamottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E5R"),
    "sk_uveit_lund": ("Uveitmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E6U"),
    "sk_onko_lund": ("Ögononkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E7T"),
    "sk_ogonavd_lund": ("Ögonavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6E8V"),
    "sk_ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-7H11"),
    "sk_ogon_krstd": ("Ögonmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K12"),
    "sk_ogon_ystad": ("Ögonmottagningen, Ystad lasarett", "SE2321000255-7Y13"),
    "sk_ogon_lkrona": ("Ögonmottagningen, Landskrona lasarett", "SE2321000255-7L14"),
    "sk_barnogon_lund": ("Barnögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6B21"),
    "sk_barnogon_malmo": ("Barn- och ungdomsögonmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6B22"),
    "sk_ortoptik_hbg": ("Ortoptistmottagningen, Helsingborgs lasarett", "SE2321000255-7H23"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5N31"),
    "sk_neuro_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5N32"),
    "sk_reuma_malmo": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5R33"),
    "sk_infek_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5I34"),
    "sk_barnonk_lund": ("Barnonkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5B35"),
    "sk_screen_malmo": ("Ögonbottenscreening diabetes, Skånes universitetssjukhus Malmö", "SE2321000255-6S36"),
    # Region Skåne, PMO (primärvård)
    "sk_vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-P401"),
    "sk_vc_limhamn": ("Vårdcentralen Limhamn, Malmö", "SE2321000255-P402"),
    "sk_bvc_kavlinge": ("BVC Kävlinge", "SE2321000255-P403"),
    "sk_vc_hassleholm": ("Vårdcentralen Hässleholm Centrum", "SE2321000255-P404"),
    "sk_vc_simrishamn": ("Hemsjukvården, Vårdcentralen Simrishamn", "SE2321000255-P405"),
    "sk_vc_angelholm": ("Vårdcentralen Ängelholm Norra", "SE2321000255-P406"),
    # Västra Götalandsregionen, Melior
    "vg_akut_molndal": ("Ögonakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0A1"),
    "vg_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0M2"),
    "vg_retina_molndal": ("Retinamottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0R3"),
    "vg_onko_molndal": ("Ögononkologiska teamet, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0T4"),
    "vg_uveit_molndal": ("Uveitmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0U5"),
    "vg_ogonavd_molndal": ("Vårdavdelning ögon, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E0V6"),
    "vg_ogon_nu": ("Ögonmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E1N1"),
    "vg_ortoptik_nu": ("Ortoptistmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E1N2"),
    "vg_ogon_skas": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E2S1"),
    "vg_screen_skas": ("Ögonbottenfotografering, Skaraborgs Sjukhus Lidköping", "SE2321000131-E2S2"),
    "vg_ogon_sas": ("Ögonmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E3B1"),
    "vg_ogon_kungalv": ("Ögonmottagningen, Kungälvs sjukhus", "SE2321000131-E4K1"),
    "vg_ogon_alingsas": ("Ögonmottagningen, Alingsås lasarett", "SE2321000131-E5A1"),
    "vg_barnogon_dsbus": ("Barnögonmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E6B1"),
    "vg_barnonk_dsbus": ("Barnonkologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E6B2"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-N7S1"),
    "vg_neuro_skas": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-N7S2"),
    "vg_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-R8S1"),
    "vg_infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-I9S1"),
    "vg_diab_sas": ("Diabetesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-D9B1"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-O9J1"),
}

# ---------------------------------------------------------------- helpers
CASES = []
_serial = [0]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, sex):
    _serial[0] += 1
    k = _serial[0]
    two = "%02d" % ((k * 37 + 11) % 100)
    third = (k * 3) % 10
    if sex == "M" and third % 2 == 0:
        third = (third + 1) % 10
    if sex == "F" and third % 2 == 1:
        third = (third + 1) % 10
    serial = two + str(third)
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def N(nid, system, template, unit, author, time, sections, sign=35,
      setting="öppenvård", refs=None):
    """sign: minutes after time when signed, or None for an unsigned draft."""
    name, role = author
    t = dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    signed = None if sign is None else (t + dt.timedelta(minutes=sign)).strftime("%Y-%m-%dT%H:%M:00")
    uname, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": name, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"), "signed": signed, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition("@")
        out.append([code, nid or "n1"])
    return out


def C(name, ruleset, birth, sex, notes, must=(), must_not=(), why=""):
    last = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = (last.date() + dt.timedelta(days=1)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, sex), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must), "must_not": _targets(must_not), "why": why,
    })


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"

# ================================================================ cases
# ---------------------------------------------------------------- NL102 positives
C("akut-tel-ssk-susp-ablatio", "skane", "1961-03-14", "F", [
    N("n1", M, "Telefonanteckning", "sk_akut_lund", ("Maria Lindqvist", "sjuksköterska"), "2024-02-05T08:12", [
        ("Telefonkontakt", "Pat ringer, ser sedan igår kväll en svart skugga nedifrån i hö öga samt blixtar vid blickrörelser. Myop ca -6 D, inga tidigare ögonop."),
        ("Bedömning", "Susp. näthinneavlossning hö. Ges tid på ögonakuten idag kl 10.30, ska inte köra bil själv dit."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Eye nurse's phone triage writes 'Susp.' näthinneavlossning in a visible Bedömning of a Melior note; nothing about telling.")

C("akut-bild-som-vid-ablatio-glaskroppsblodning", "vgr", "1955-11-02", "M", [
    N("n1", M, "Akutanteckning", "vg_akut_molndal", ("Johan Ek", "läkare"), "2024-01-18T21:40", [
        ("Anamnes", "Sedan 3 dagar tilltagande synfältsbortfall uppifrån i vä öga. Kataraktopererad vä 2021, f.ö. ögonfrisk."),
        ("Status", "Visus hö 0,9 vä 0,2 (ph 0,3). IOP 15/11 (iCare). Främre segment: pseudofaki vä, lugnt. Fundus vä i mydriasis: glaskroppsblödning inferiort som skymmer periferin."),
        ("Bedömning", "Bild som vid regmatogen näthinneavlossning vä, svårbedömt pga blödningen. B-scan visar upphöjd näthinna i nedre temporala kvadranten."),
        ("Åtgärd", "Diskuterat med bakjour retina, pat läggs in för vitrektomi i morgon bitti. Fastande från midnatt."),
    ], setting=SV)],
    must=["NL102"],
    why="'Bild som vid' regmatogen näthinneavlossning in Bedömning of a VGR Melior akutanteckning is a hedged diagnosis.")

C("glaukom-trolig-normaltrycksglaukom", "skane", "1952-06-21", "F", [
    N("n1", M, "Läkaranteckning", "sk_glaukom_malmo", ("Anders Holmberg", "läkare"), "2024-03-07T10:15", [
        ("Aktuellt", "Remitterad från optiker pga excaverade papiller, C/D 0,8 bilat. IOP vid remisstillfället 17/18 mmHg."),
        ("Status", "Visus 1,0/0,9 m. korr. Pachymetri 512/508 µm. Gonioskopi: öppen vinkel grad 4 bilat. OCT RNFL: förtunning inferotemporalt bilat, mer uttalad hö. Humphrey 24-2: arkuat defekt superiort hö, vä gränsfall."),
        ("Bedömning", "Trolig normaltrycksglaukom bilat. Dygnskurva för IOP bokas, 24-h blodtryck i samråd med VC."),
    ])],
    must=["NL102"],
    why="'Trolig normaltrycksglaukom' in a visible Bedömning; glaucoma suspected on OCT/synfält, nothing said about telling.")

C("amd-sannolik-vat-amd-utkast", "skane", "1941-12-08", "F", [
    N("n1", M, "Läkaranteckning", "sk_ogon_hbg", ("Helena Borg", "läkare"), "2024-05-14T09:30", [
        ("Aktuellt", "Metamorfopsier vä sedan 2 veckor, raka linjer ser vågiga ut på Amsler-tavlan hemma."),
        ("Status", "Visus hö 0,7 vä 0,3. OCT vä: subretinal vätska och PED subfoveolärt. Hö: mjuka drusen, ingen vätska."),
        ("Bedömning", "Sannolik våt AMD vä. Torr AMD hö. FA bokas före behandlingsstart."),
    ], sign=None)],
    must=["NL102"],
    why="Unsigned draft (pre-signing) with 'Sannolik våt AMD' in visible Bedömning of a Skåne Melior note.")

C("amd-forenligt-med-omvandling-till-vat", "vgr", "1938-02-17", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_sas", ("Per Almqvist", "läkare"), "2024-02-26T14:20", [
        ("Status", "Visus hö 0,1 ecc vä 0,5. Hö: geografisk atrofi centralt. Vä: ny blödning parafoveolärt, OCT med intraretinal vätska."),
        ("Bedömning", "Torr AMD med geografisk atrofi hö. Blödningen på vä öga är förenlig med omvandling till våt AMD; anti-VEGF övervägs efter OCT-A."),
    ])],
    must=["NL102"],
    why="'förenlig med omvandling till våt AMD' hedges the wet-AMD diagnosis in the visible note.")

C("crao-dd-jattecellsarterit", "skane", "1946-07-03", "F", [
    N("n1", M, "Akutanteckning", "sk_ogon_krstd", ("Erik Sandell", "läkare"), "2024-06-03T07:50", [
        ("Anamnes", "Plötslig smärtfri synförlust hö i morse kl 06. Sedan en månad tinningsvärk, ont i käken när hon tuggar, trött. Viktnedgång 3 kg."),
        ("Status", "Visus hö ljusperception, vä 0,8. RAPD hö. Fundus hö: blek ödematös retina med körsbärsröd fläck i makula."),
        ("Bedömning", "Centralartärocklusion hö. DD jättecellsarterit med tanke på käkklaudikation och huvudvärk."),
        ("Åtgärd", "SR och CRP akut, Prednisolon 60 mg startas i väntan på svar. Temporalisbiopsi bokas via kirurgen."),
    ])],
    must=["NL102"],
    why="'DD jättecellsarterit' next to a confirmed CRAO: the differential is a hedged diagnosis in visible Bedömning.")

C("uveit-trol-hla-b27", "vgr", "1990-04-25", "M", [
    N("n1", M, "Akutanteckning", "vg_ogon_skas", ("Fatima Haddad", "läkare"), "2024-03-19T16:10", [
        ("Anamnes", "Rött, ljuskänsligt vä öga i 4 dagar. Sedan flera år morgonstelhet i ländryggen som släpper efter rörelse."),
        ("Status", "Visus 1,0/0,7. Vä: ciliär injektion, celler 2+ och flare 1+ i främre kammaren, bakre synekier kl 5. IOP 14/12."),
        ("Bedömning", "Främre uveit vä, trol. HLA-B27-associerad. Isopto-Maxidex 1x6 och cyklopentolat."),
        ("Planering", "HLA-B27 och rtg SI-leder. Remiss reumatolog vid positivt utfall."),
    ])],
    must=["NL102"],
    why="'trol. HLA-B27-associerad' uveit: an abbreviated hedge on the type/cause of the patient's uveit, visible.")

C("uveit-talar-for-sarkoidos-reuma", "skane", "1979-01-12", "F", [
    N("n1", M, "Konsultationsanteckning", "sk_reuma_malmo", ("Lars Wennerberg", "läkare"), "2024-02-13T11:00", [
        ("Aktuellt", "Remitterad från ögonmottagningen för utredning av bilateral intermediär uveit sedan i höstas."),
        ("Utredning", "S-ACE 98 (förhöjt), S-Ca normalt. Rtg pulm: bilateral hilusadenopati."),
        ("Bedömning", "Fynden talar för sarkoidos som bakomliggande orsak till uveiten. Remiss lungmedicin för bronkoskopi med BAL och biopsi."),
    ])],
    must=["NL102"],
    why="Systemic cause of uveit: 'talar för sarkoidos' in a reumatology consult note is a visible hedged diagnosis.")

C("optikusneurit-ms-kan-inte-uteslutas", "vgr", "1997-08-09", "F", [
    N("n1", M, "Nybesök", "vg_neuro_su", ("Karin Sjöstrand", "läkare"), "2024-04-22T09:45", [
        ("Anamnes", "För tre veckor sedan smärta bakom hö öga vid ögonrörelser och dimsyn, optikusneurit enligt ögonakuten. Mamma har MS sedan många år."),
        ("Status", "Neurologstatus u.a. Visus hö 0,7 enligt ögonjournal, färgseendet något nedsatt."),
        ("Bedömning", "Optikusneurit hö, nu på bättringsvägen. MS kan inte uteslutas; MR hjärna och halsrygg med kontrast samt LP med oligoklonala band planeras."),
    ])],
    must=["NL102"],
    why="Optic neuritis as possible first sign of MS: 'MS kan inte uteslutas' is a visible hedge (mother's MS is a relative's disease and not what fires).")

C("optikusneurit-fragestallning-ms", "skane", "1993-10-15", "M", [
    N("n1", M, "Läkaranteckning", "sk_neuro_lund", ("Jonas Ahlgren", "läkare"), "2024-01-29T14:30", [
        ("Utredning", "Frågeställning: MS? Episod med domningar i vä ben 2022 som gick över spontant, nu optikusneurit vä sedan 10 dagar."),
        ("Planering", "MR hjärna och ryggmärg, LP, VEP. Återbesök med svar om 4 veckor."),
    ])],
    must=["NL102"],
    why="'Frågeställning: MS?' in sökord Utredning of a visible neurology note is a hedged diagnosis.")

C("akut-retrobulbar-neurit-fragetecken", "vgr", "2001-05-28", "F", [
    N("n1", M, "Akutanteckning", "vg_akut_molndal", ("Mikael Strand", "läkare"), "2024-05-06T18:25", [
        ("Status", "RAPD+ hö. Visus hö 0,4 vä 1,0, Ishihara 6/15 hö. Papillerna ser normala ut bilat."),
        ("Bedömning", "Retrobulbär neurit? Smärta vid ögonrörelser sedan 4 dagar talar i samma riktning."),
        ("Planering", "MR orbita och hjärna, remiss neurolog. Åter ögonakuten vid försämring."),
    ])],
    must=["NL102"],
    why="A question mark after 'Retrobulbär neurit' in Bedömning is a hedged diagnosis in a visible section.")

C("oklart-om-naion-eller-optikusneurit", "skane", "1961-02-11", "M", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", ("Ida Falk", "läkare"), "2024-07-02T11:40", [
        ("Status", "Segmentell papillsvullnad övre halvan hö, ingen smärta vid ögonrörelser. Visus hö 0,6. Nedre altitudinellt bortfall på Goldmann."),
        ("Bedömning", "Oklart om detta är en NAION eller en atypisk optikusneurit hos denne 63-årige diabetiker med hypertoni. SR och CRP tas."),
    ])],
    must=["NL102"],
    why="'Oklart om ... NAION eller ... optikusneurit' hedges between two diagnoses in a visible note.")

C("screening-mojlig-proliferativ-dr", "vgr", "1972-03-03", "M", [
    N("n1", M, "Ögonbottenfotografering", "vg_screen_skas", ("Annika Lund", "läkare"), "2024-08-20T10:05", [
        ("Bedömning", "Möjlig proliferativ diabetesretinopati vä med nykärl på papillen; hö måttlig icke-proliferativ retinopati."),
        ("Åtgärd", "Remiss till ögonmottagningen Skövde, prio inom 2 veckor."),
    ])],
    must=["NL102"],
    why="Diabetes screening grading writes 'Möjlig proliferativ diabetesretinopati' in visible Bedömning.")

C("onko-misstankt-chorioidalt-melanom", "vgr", "1957-04-14", "F", [
    N("n1", M, "Läkaranteckning", "vg_onko_molndal", ("Björn Hallin", "läkare"), "2024-03-28T13:15", [
        ("Status", "Pigmenterad kupolformad chorioidal förändring vä temporalt om makula, basdiameter 8x9 mm, höjd 3,1 mm på UL. Orange pigment och subretinal vätska."),
        ("Bedömning", "Misstänkt chorioidalt melanom vä, DD stort atypiskt nevus. Tas upp på ögononkologisk konferens nästa tisdag."),
    ])],
    must=["NL102"],
    why="Eye tumour: 'Misstänkt chorioidalt melanom ... DD nevus' in visible Bedömning.")

C("barn-inger-misstanke-retinoblastom", "skane", "2022-01-20", "M", [
    N("n1", M, "Läkaranteckning", "sk_barnogon_lund", ("Sofia Rehn", "läkare"), "2024-02-08T10:30", [
        ("Anamnes", "Föräldrarna har sett en vit reflex i vä pupill på mobilfoton med blixt sedan ca 1 mån. Vä öga går ibland inåt."),
        ("Status", "Leukokori vä. Fixerar och följer med hö, protesterar vid avdeckning av hö. Fundus ej bedömbar i vaket tillstånd."),
        ("Bedömning", "Inger misstanke om retinoblastom vä. Undersökning i narkos på onsdag, barnonkolog kontaktad."),
    ])],
    must=["NL102"],
    why="2-year-old (guardian reads the journal): 'Inger misstanke om retinoblastom' in a visible section.")

C("ortoptist-trolig-anisometropisk-amblyopi", "vgr", "2018-11-05", "F", [
    N("n1", M, "Ortoptistanteckning", "vg_barnogon_dsbus", ("Linnea Wahl", "ortoptist"), "2024-04-03T09:00", [
        ("Status", "Visus (LEA-symboler) hö 0,4 vä 1,0. Skiaskopi i cykloplegi: hö +4,5, vä +1,0. Cover-test: ortoforia nära och avstånd."),
        ("Bedömning", "Trolig anisometropisk amblyopi hö. Glasögon ordineras, kontroll om 8 v innan ev. ocklusion."),
    ])],
    must=["NL102"],
    why="Orthoptist hedges 'Trolig anisometropisk amblyopi' in visible Bedömning of a child's note.")

C("barn-kan-rora-sig-om-ackommodativ-esotropi", "skane", "2019-09-22", "M", [
    N("n1", M, "Läkaranteckning", "sk_barnogon_malmo", ("Omar Khalil", "läkare"), "2024-06-18T14:45", [
        ("Status", "Esotropi ca 20 PD på nära, 10 PD på avstånd med nuvarande glas. Hyperopi +3,5 bilat i cykloplegi."),
        ("Bedömning", "Kan röra sig om partiellt ackommodativ esotropi. Bifokalglas diskuteras med föräldrarna vid nästa besök."),
    ])],
    must=["NL102"],
    why="'Kan röra sig om' partiellt ackommodativ esotropi in a child's visible Bedömning.")

C("ortoptist-ev-intermittent-exotropi", "vgr", "2017-12-01", "M", [
    N("n1", M, "Ortoptistanteckning", "vg_ortoptik_nu", ("Emma Sundin", "ortoptist"), "2024-10-09T15:20", [
        ("Bedömning", "Ev. intermittent exotropi, gick inte att provocera fram vid dagens besök. Föräldrarna ser att vä öga glider ut när han är trött."),
        ("Planering", "Kontroll om 3 mån, föräldrarna tar foton hemma när det syns."),
    ])],
    must=["NL102"],
    why="'Ev.' before a diagnosis (intermittent exotropi), not before a plan: visible hedged diagnosis.")

C("injektion-endoftalmit-fragetecken", "skane", "1944-05-30", "F", [
    N("n1", M, "Akutanteckning", "sk_ogon_hbg", ("Magnus Ström", "läkare"), "2024-08-27T19:05", [
        ("Anamnes", "Intravitreal aflibercept hö för 3 dagar sedan. Sedan i morse tilltagande smärta och dimsyn."),
        ("Status", "Visus hö handrörelser (förra veckan 0,5). Hypopyon 1 mm, fibrin i främre kammaren, ingen rödreflex."),
        ("Bedömning", "Endoftalmit? Akut tapp av glaskropp och intravitreal vankomycin + ceftazidim."),
    ])],
    must=["NL102"],
    why="'Endoftalmit?' after an intravitreal injection, visible Bedömning.")

C("uveit-mojlig-herpetisk-utkast", "vgr", "1969-06-06", "F", [
    N("n1", M, "Läkaranteckning", "vg_ogon_kungalv", ("Henrik Dahl", "läkare"), "2024-02-02T11:35", [
        ("Status", "Hö: keratiska precipitat spridda över hela endotelet, sektoriell irisatrofi kl 2-4, IOP 38. Vä u.a."),
        ("Bedömning", "Unilateral främre uveit hö med tryckstegring. Möjlig herpetisk uveit (HSV/VZV); valaciklovir och trycksänkande insätts."),
    ], sign=None)],
    must=["NL102"],
    why="Unsigned draft: 'Möjlig herpetisk uveit' is a hedged aetiological diagnosis in a visible section.")

C("uveit-differentialdiagnos-vkh", "vgr", "1983-09-14", "F", [
    N("n1", M, "Läkaranteckning", "vg_uveit_molndal", ("Anna-Karin Berg", "läkare"), "2024-05-21T13:50", [
        ("Anamnes", "Sedan 10 dagar huvudvärk, tinnitus och sänkt syn på båda ögonen. Ingen tidigare ögonskada eller ögonoperation."),
        ("Status", "Bilateral granulomatös panuveit med multipla serösa näthinneavlossningar på OCT. Papillsvullnad bilat."),
        ("Bedömning", "Differentialdiagnos: Vogt-Koyanagi-Harada. Sympatisk oftalmi är osannolik utan penetrerande skada. Högdos steroider efter lab."),
    ])],
    must=["NL102"],
    why="'Differentialdiagnos: Vogt-Koyanagi-Harada' is a hedged diagnosis in visible Bedömning.")

C("vitrit-kan-inte-utesluta-lymfom", "skane", "1951-10-04", "M", [
    N("n1", M, "Läkaranteckning", "sk_uveit_lund", ("Peter Lindahl", "läkare"), "2024-11-05T09:20", [
        ("Bedömning", "Kronisk vitrit bilat utan svar på 3 mån steroider. Kan inte utesluta vitreoretinalt lymfom hos denne 73-åring."),
        ("Planering", "Diagnostisk vitrektomi hö med cytologi och IL-10/IL-6-kvot. Remiss MR hjärna."),
    ])],
    must=["NL102"],
    why="'Kan inte utesluta vitreoretinalt lymfom' (eye tumour) in visible Bedömning.")

C("diagnos-sokord-vat-amd-fragetecken", "vgr", "1947-01-31", "F", [
    N("n1", M, "Läkaranteckning", "vg_retina_molndal", ("Oskar Lilja", "läkare"), "2024-09-03T15:00", [
        ("Aktuellt", "Remiss från optiker: distorsion vä och sänkt visus från 0,8 till 0,5 på ett halvår."),
        ("Diagnos", "Våt åldersrelaterad makuladegeneration vä öga? (H35.3)"),
        ("Planering", "OCT-A och FA vid nästa besök, därefter beslut om anti-VEGF."),
    ])],
    must=["NL102"],
    why="A question mark on the diagnosis line under sökord Diagnos is a visible hedged diagnosis.")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1995-02-19", "F", [
    N("n1", M, "Läkaranteckning", "sk_neuro_malmo", ("Viktor Engström", "läkare"), "2024-03-12T10:40", [
        ("Aktuellt", "Optikusneurit vä för 2 veckor sedan, visus nu 0,8 och smärtan borta."),
        ("Tidiga hypoteser", "Misstänkt debut av MS, MR hjärna bokad till vecka 13."),
    ])],
    must=["NL102"],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible.")

C("vgr-tidiga-hypoteser-sokord-men-lacker-i-bedomning", "vgr", "1975-07-07", "M", [
    N("n1", M, "Läkaranteckning", "vg_uveit_molndal", ("Ulrika Fors", "läkare"), "2024-06-25T10:30", [
        ("Status", "Bilateral intermediär uveit med snöbollar inferiort i glaskroppen. Makula torr på OCT."),
        ("Tidiga hypoteser", "Uveiten kan vara första manifestationen av en systemsjukdom, sarkoidos i första hand."),
        ("Bedömning", "Intermediär uveit bilat, trolig sarkoidos. Remiss lungmedicin och DT thorax."),
    ])],
    must=["NL102"],
    why="VGR: the hypothesis is correctly under sökord Tidiga hypoteser but also repeated as 'trolig sarkoidos' in visible Bedömning.")

C("akut-lang-anteckning-trol-pvd", "skane", "1959-08-16", "M", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", ("Rebecka Månsson", "läkare"), "2024-04-14T02:15", [
        ("Kontaktorsak", "Blixtar och flytare hö sedan i går kväll."),
        ("Anamnes", "65-årig man, tidigare frisk i ögonen, använder läsglasögon +2,5. Hypertoni, behandlas med amlodipin. Igår kväll vid 22-tiden plötsligt en svärm av svarta prickar i hö öga och därefter korta ljusblixtar temporalt när han vrider huvudet. Ingen skugga eller gardin i synfältet. Ingen smärta, ingen rodnad. Inget trauma. Vä öga besvärsfritt."),
        ("Status", "Visus hö 1,0 vä 1,0 (med +2,5 nära N5 bilat). Pupiller isokora med prompt ljusreaktion, ingen RAPD. IOP 16/15 iCare. Spaltlampa: lugna främre segment, klara linser för åldern, djupa kamrar. Fundus i mydriasis med 90D och indirekt oftalmoskopi med indentation: hö Weiss-ring framför papillen, pigmentceller i främre glaskroppen saknas (ingen 'tobaksdamm'), näthinnan anliggande runt om utan hål eller gitterdegeneration. Vä perifer fundus u.a. Makula bilat: normal foveareflex."),
        ("Bedömning", "Trol. bakre glaskroppsavlossning (PVD) hö utan hål. Informerat om varningstecken."),
        ("Åtgärd", "Skriftlig info om glaskroppsavlossning given. Ny kontroll med dilatation om 4-6 veckor på ögonmottagningen, kallelse skickas."),
    ], setting=OV)],
    must=["NL102"],
    why="Long akutanteckning with telegraphic status; the only hedge is 'Trol.' before the diagnosis PVD in Bedömning.")

C("glaukom-lang-arskontroll-ev-pigmentdispersion", "vgr", "1987-05-02", "M", [
    N("n1", M, "Mottagningsanteckning", "vg_ogon_skas", ("Camilla Hedlund", "läkare"), "2024-10-22T08:30", [
        ("Aktuellt", "Årskontroll okulär hypertension bilat, behandlas med latanoprost till natten sedan 2022. Inga biverkningar, tar dropparna varje kväll enligt egen uppgift. Myop -4,5 bilat, kontaktlinser. Tränar mycket löpning, har noterat dimsyn efter långa pass."),
        ("Status", "Visus m. korr 1,0/1,0. IOP 19/21 mmHg (Goldmann) kl 08.40. Pachy 556/561. Spaltlampa: djupa kamrar, radiära transilluminationsdefekter i mellanperiferin bilat, Krukenbergs spindel på endotelet. Gonioskopi: vid öppen vinkel, kraftigt pigmenterat trabekelverk 360 grader, konkav iris. Papiller: C/D 0,4 hö, 0,5 vä, ingen notch, ingen blödning. OCT RNFL: inom normalgränser, oförändrat jmf 2023. Humphrey 24-2: normalt bilat, tillförlitligt."),
        ("Bedömning", "Okulär hypertension bilat, välbehandlad. Fynden i främre segment inger nu misstanke om pigmentdispersionssyndrom, ev. pigmentglaukom på sikt."),
        ("Planering", "Fortsatt latanoprost. Nästa kontroll om 6 mån med gonioskopi och synfält. Remiss till glaukomteamet för ställningstagande till laseriridotomi."),
    ])],
    must=["NL102"],
    why="Long glaucoma annual check: 'inger nu misstanke om pigmentdispersionssyndrom' is the one hedged diagnosis among confirmed ones.")

C("horner-misstankt-utkast", "skane", "1968-11-23", "F", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", ("Nils Göransson", "läkare"), "2024-03-03T16:55", [
        ("Anamnes", "Sedan två dagar hängande ögonlock vä och ensidig smärta på vä sida av halsen efter att ha lyft tungt."),
        ("Status", "Ptos 2 mm vä, mios vä med anisokori som ökar i mörker. Visus 1,0 bilat, motilitet fri."),
        ("Bedömning", "Misstänkt Horners syndrom vä. Med nytillkommen halssmärta ska karotisdissektion uteslutas akut."),
        ("Åtgärd", "DT-angio hals och huvud akut, kontakt med neurologjouren."),
    ], sign=None)],
    must=["NL102"],
    why="Unsigned draft: 'Misstänkt Horners syndrom' in visible Bedömning; 'uteslutas' applies to a plan, not a negation of the hedge.")

C("adie-sannolikt-utkast", "vgr", "1989-12-12", "F", [
    N("n1", M, "Läkaranteckning", "vg_ogon_alingsas", ("Daniel Wikström", "läkare"), "2024-01-10T13:25", [
        ("Bedömning", "Sannolikt Adies pupill hö: stor pupill med långsam tonisk reaktion på nära och segmentell sfinkterpares i spaltlampan. Pilokarpin 0,1 % test bokas."),
    ], sign=None)],
    must=["NL102"],
    why="Unsigned one-line draft: 'Sannolikt Adies pupill' (eponym) is a hedged diagnosis in a visible section.")

C("typo-missankt-nathinneavlossning", "skane", "1970-04-09", "M", [
    N("n1", M, "Akutanteckning", "sk_ogon_lkrona", ("Hanna Kjellberg", "läkare"), "2024-05-25T12:05", [
        ("Status", "Visus vä 0,5. Skuggbildning nedtill, perifer fundus svårbedömd pga liten pupill trots dilatation."),
        ("Bedömning", "Missänkt näthinneavlossning vä. Remiss akut till retinajouren i Lund, pat åker direkt."),
    ])],
    must=["NL102"],
    why="Typo in the hedge ('Missänkt') before näthinneavlossning; still a hedged diagnosis in a visible section.")

C("typo-sannolkit-csc", "vgr", "1985-06-17", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_molndal", ("Lovisa Hagström", "läkare"), "2024-08-06T10:50", [
        ("Anamnes", "Stressig period på jobbet, har använt kortisonnässpray hela våren. Ser en grå fläck centralt hö sedan 2 veckor."),
        ("Bedömning", "Sannolkit central serös korioretinopati (CSC) hö med serös avlossning subfoveolärt på OCT. Avvaktar 3 mån, kortisonspray sätts ut."),
    ])],
    must=["NL102"],
    why="Typo 'Sannolkit' before CSC: hedged diagnosis in a visible note.")

C("typo-tolig-jia-uveit-barn", "skane", "2016-09-08", "F", [
    N("n1", M, "Läkaranteckning", "sk_barnogon_lund", ("Marcus Berglund", "läkare"), "2024-09-24T08:50", [
        ("Aktuellt", "Uveitscreening enligt schema, känd oligoartikulär JIA sedan 2022, ANA-positiv. Inga ögonbesvär enligt föräldrarna."),
        ("Status", "Visus 1,0/0,8. Vä: celler 1+ i främre kammaren, några fina keratiska precipitat. Hö lugnt."),
        ("Bedömning", "Tolig JIA-associerad främre uveit vä, asymtomatisk. Dexametason ögondroppar 1x4 och kontroll om 2 veckor."),
    ])],
    must=["NL102"],
    why="Typo 'Tolig' (trolig) hedges JIA-associerad uveit in a child's visible note.")

C("typo-misstakt-glaukom-ssk", "vgr", "1956-03-22", "F", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_ogon_sas", ("Malin Aronsson", "sjuksköterska"), "2024-03-14T09:15", [
        ("Åtgärd", "Misstäkt glaukom bilat enligt remiss från optiker. Synfält (Humphrey 24-2) och OCT papill utförda idag inför läkarbesöket om en vecka."),
    ])],
    must=["NL102"],
    why="Eye nurse note with typo 'Misstäkt glaukom': a hedged diagnosis in a visible section.")

C("typo-optikusnerit-misstankt", "vgr", "1999-07-21", "M", [
    N("n1", M, "Telefonanteckning", "vg_akut_molndal", ("Sanna Olofsson", "sjuksköterska"), "2024-11-18T07:35", [
        ("Telefonkontakt", "Pat ringer: dimsyn och värk bakom vä öga vid ögonrörelser sedan 3 dagar, färgerna ser bleka ut."),
        ("Bedömning", "Misstänkt optikusnerit vä. Tid hos jourhavande ögonläkare idag kl 13."),
    ])],
    must=["NL102"],
    why="Typo in the diagnosis word ('optikusnerit') after 'Misstänkt' in a nurse's telephone note; still hedged and visible.")

C("typo-bechet-skulle-kunna-passa", "skane", "1992-01-30", "M", [
    N("n1", M, "Läkaranteckning", "sk_uveit_lund", ("Amira Sabri", "läkare"), "2024-04-30T14:05", [
        ("Anamnes", "Återkommande munsår flera gånger per år och genitala sår vid två tillfällen. Ursprung från Turkiet."),
        ("Status", "Hö: retinal vaskulit med blödningar och hypopyon 0,5 mm. Vä lugnt."),
        ("Bedömning", "Bilden skulle kunna passa med Bechets sjukdom. Remiss reumatolog, patergytest och HLA-B51."),
    ])],
    must=["NL102"],
    why="Typo in the eponym ('Bechets' for Behçets) after the real-world hedge 'skulle kunna passa med'; systemic uveit cause, visible.")

C("ssk-injektion-dr-misstanker-vat-amd", "vgr", "1940-10-10", "M", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_retina_molndal", ("Elin Forsberg", "sjuksköterska"), "2024-07-09T11:00", [
        ("Aktuellt", "Pat kommer för injektion nr 6 vä. Uppger ny synförsämring hö sedan en vecka."),
        ("Åtgärd", "Dr misstänker våt AMD även på hö öga, OCT hö tas innan dagens injektion vä."),
    ])],
    must=["NL102"],
    why="Nurse reports that the doctor 'misstänker våt AMD' on the other eye: a hedged diagnosis of the patient in a visible nurse note.")

C("telefon-sannolikt-makulahal", "skane", "1953-05-05", "F", [
    N("n1", M, "Telefonanteckning", "sk_retina_lund", ("Jakob Fransson", "läkare"), "2024-02-20T15:30", [
        ("Telefonkontakt", "Ringt pat angående OCT från igår: sannolikt makulahål hö, stadium 2. Tid för kirurgisk bedömning om 2 veckor."),
    ])],
    must=["NL102"],
    why="Phone note from a retina surgeon with 'sannolikt makulahål' (one line, visible).")

C("ortoptist-ev-trochlearispares", "vgr", "1964-08-29", "M", [
    N("n1", M, "Ortoptistanteckning", "vg_ogon_molndal", ("Klara Brandt", "ortoptist"), "2024-06-11T10:20", [
        ("Anamnes", "Vertikal diplopi sedan en cykelolycka i maj, värre vid läsning och nedåtblick."),
        ("Status", "Huvudlutning åt hö. Hypertropi vä som ökar i blick åt hö och vid lutning åt vä, Parks 3-stegstest positivt. Excykloduktion 8 grader på dubbel-Maddox."),
        ("Bedömning", "Ev. 4:e nervspares vä (trochlearispares) efter trauma. Prisma 3 BD provas i glasögonen."),
    ])],
    must=["NL102"],
    why="Orthoptist writes 'Ev. 4:e nervspares' - the hedge sits on a cranial nerve palsy diagnosis, not on a plan.")

C("barn-bild-som-vid-coats", "skane", "2016-02-14", "M", [
    N("n1", M, "Läkaranteckning", "sk_barnogon_malmo", ("Josefin Lilja", "läkare"), "2024-10-01T13:40", [
        ("Status", "Hö: gulvita subretinala exsudat och teleangiektatiska kärl i temporala periferin, exsudat når mot makula. Vä u.a."),
        ("Bedömning", "Bild som vid Coats sjukdom hö. FA och laser i narkos planeras."),
    ])],
    must=["NL102"],
    why="8-year-old: 'Bild som vid Coats sjukdom' (eponym) in a visible Bedömning.")

C("epikris-misstankt-pvr", "skane", "1962-09-11", "M", [
    N("n1", M, "Epikris", "sk_ogonavd_lund", ("Caroline Dahlberg", "läkare"), "2024-03-20T12:00", [
        ("Diagnos", "Regmatogen näthinneavlossning hö, opererad med vitrektomi och SF6-gas 15/3."),
        ("Epikris", "Postoperativt lugnt de första dagarna, IOP 18. Vid kontroll dag 5 tilltagande epiretinala membran inferiort – misstänkt PVR. Utskrivs med Tobradex 1x4 och positionering på vä sida nätterna."),
        ("Planering", "Åter retinamottagningen om 1 vecka."),
    ], setting=SV)],
    must=["NL102"],
    why="Epikris: confirmed ablatio but 'misstänkt PVR' (proliferativ vitreoretinopati) hedged in a visible sökord.")

C("pex-kan-inte-helt-uteslutas", "skane", "1948-06-27", "M", [
    N("n1", M, "Mottagningsanteckning", "sk_ogon_ystad", ("Ebba Lundgren", "läkare"), "2024-12-03T09:45", [
        ("Status", "IOP 26/17. Vä: vitt flagnande material på främre linskapseln, dålig mydriasis."),
        ("Bedömning", "Pseudoexfoliationssyndrom vä. Pseudoexfoliationsglaukom vä går inte helt att utesluta; OCT RNFL och synfält om 4 veckor."),
    ])],
    must=["NL102"],
    why="'går inte helt att utesluta' (a rephrased 'kan ej uteslutas') hedges pseudoexfoliationsglaukom.")

C("barn-infantil-nystagmus-fragetecken", "vgr", "2023-02-10", "F", [
    N("n1", M, "Läkaranteckning", "vg_barnogon_dsbus", ("Tobias Granlund", "läkare"), "2024-03-05T11:10", [
        ("Anamnes", "Pendlande ögonrörelser sedan 3 månaders ålder enligt föräldrarna. Född i v 40, frisk i övrigt."),
        ("Bedömning", "Infantil nystagmus? ERG planeras för att utesluta retinal dystrofi."),
    ])],
    must=["NL102"],
    why="Infant (guardian reads): 'Infantil nystagmus?' is a question-marked diagnosis in visible Bedömning.")

C("neuro-ms-misstanks-passiv-form", "skane", "1990-12-24", "F", [
    N("n1", M, "Läkaranteckning", "sk_neuro_malmo", ("Rasmus Ekdahl", "läkare"), "2024-08-15T13:00", [
        ("Utredning", "MR hjärna: två periventrikulära T2-lesioner och en juxtakortikal, ingen kontrastuppladdning."),
        ("Bedömning", "Genomgången optikusneurit hö i juni. MS misstänks och LP bokas för oligoklonala band."),
    ])],
    must=["NL102"],
    why="Passive verb form 'MS misstänks' after optic neuritis is a hedge on the patient's diagnosis.")

# ---------------------------------------------------------------- NL102 must_not
C("neg-ingen-misstanke-ablatio-pvd", "skane", "1957-01-25", "F", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", ("Elsa Rydén", "läkare"), "2024-06-09T20:30", [
        ("Anamnes", "Flytare hö sedan 2 dagar, inga blixtar, ingen skugga."),
        ("Status", "Visus 1,0/1,0. Weiss-ring hö. Perifer fundus u.a. i mydriasis med 3-spegelglas."),
        ("Bedömning", "Bakre glaskroppsavlossning hö. Ingen misstanke om näthinneavlossning eller hål."),
    ])],
    must_not=["NL102"],
    why="'Ingen misstanke om näthinneavlossning' is negated; the PVD is confirmed. Nothing about telling either.")

C("neg-ablatio-uteslutes-ul", "vgr", "1963-10-19", "M", [
    N("n1", M, "Akutanteckning", "vg_akut_molndal", ("Axel Norén", "läkare"), "2024-02-16T23:10", [
        ("Status", "Vä: tät glaskroppsblödning, ingen fundusinsyn. B-scan: glaskroppsgrumlingar, näthinnan anliggande runt om."),
        ("Bedömning", "Glaskroppsblödning vä sekundärt till känd proliferativ diabetesretinopati. Näthinneavlossning uteslutes med UL."),
    ])],
    must_not=["NL102"],
    why="'uteslutes' rules the näthinneavlossning out; the remaining diagnoses are confirmed.")

C("neg-screening-inga-tecken-pa-dr", "skane", "1980-05-13", "M", [
    N("n1", M, "Ögonbottenfotografering", "sk_screen_malmo", ("Birgitta Olsson", "sjuksköterska"), "2024-04-17T13:20", [
        ("Bedömning", "Diabetes typ 1 sedan 2005. Inga tecken på diabetesretinopati bilat enligt granskande läkare. Ny fotografering om 2 år enligt regional riktlinje."),
    ])],
    must_not=["NL102"],
    why="Screening note with 'Inga tecken på diabetesretinopati': negated, the diabetes itself is confirmed.")

C("neg-talar-emot-gca-naion", "vgr", "1954-03-08", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_kungalv", ("Petra Hellström", "läkare"), "2024-09-17T10:15", [
        ("Utredning", "SR 8, CRP <1. Ingen tinningsömhet eller käkklaudikation."),
        ("Bedömning", "Detta talar emot jättecellsarterit. Bedöms som NAION vä, ingen steroidbehandling."),
    ])],
    must_not=["NL102"],
    why="'talar emot jättecellsarterit' is a negated differential; NAION is stated as the settled assessment.")

C("neg-misstanken-om-ms-avskrivs", "skane", "1994-06-03", "F", [
    N("n1", M, "Läkaranteckning", "sk_neuro_lund", ("Hugo Lindström", "läkare"), "2024-05-08T15:45", [
        ("Utredning", "MR hjärna och halsrygg utan demyeliniserande lesioner. Likvor utan oligoklonala band."),
        ("Bedömning", "Misstanken om MS avskrivs. Isolerad optikusneurit hö, ingen vidare uppföljning hos neurologen."),
    ])],
    must_not=["NL102"],
    why="Hard negative: the word 'Misstanken' appears but the suspicion of MS is explicitly dropped ('avskrivs').")

C("neg-slakting-trol-glaukom", "skane", "1976-08-02", "M", [
    N("n1", M, "Mottagningsanteckning", "sk_ogon_hbg", ("Sara Mattsson", "läkare"), "2024-01-23T14:00", [
        ("Anamnes", "Mor opererad för glaukom, morfar trol. blind av glaukom. Pat själv besvärsfri."),
        ("Status", "IOP 16/15. Papiller vitala, C/D 0,3 bilat. OCT RNFL normal."),
        ("Bedömning", "Inget glaukom. Kontroll hos optiker vartannat år pga hereditet."),
    ], sign=None)],
    must_not=["NL102"],
    why="Unsigned draft: the only hedge ('trol.') concerns the grandfather's glaucoma, a relative's disease.")

C("neg-barn-syskon-amblyopi-skelning", "vgr", "2020-03-29", "M", [
    N("n1", M, "Ortoptistanteckning", "vg_barnogon_dsbus", ("Ingrid Ahl", "ortoptist"), "2024-05-13T08:30", [
        ("Anamnes", "Storebror behandlad för amblyopi, lillasyster misstänkt skelning enligt BVC. Remitterad pga hereditet."),
        ("Status", "Visus LEA 0,8/0,8. Ortoforia vid cover-test, Lang stereotest positivt."),
        ("Bedömning", "Ålderadekvat syn, inga åtgärder."),
    ])],
    must_not=["NL102"],
    why="The hedge 'misstänkt skelning' is about the patient's sister, not the patient.")

C("neg-trolig-kataraktoperation-plan", "skane", "1945-02-08", "F", [
    N("n1", M, "Mottagningsanteckning", "sk_ogon_krstd", ("Leif Andersson", "läkare"), "2024-02-29T10:30", [
        ("Bedömning", "Känd katarakt bilat, mest vä. Okulär hypertension hö på timolol."),
        ("Planering", "Trolig kataraktoperation vä inom 6 mån. Eventuellt SLT hö i höst om trycket ligger kvar över 22."),
    ])],
    must_not=["NL102"],
    why="Hard negative: 'Trolig' and 'Eventuellt' sit on planned procedures; the diagnoses themselves are confirmed.")

C("neg-villkor-om-skugga-sok-akut", "skane", "1966-12-30", "F", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", ("Joel Persson", "läkare"), "2024-07-20T14:50", [
        ("Bedömning", "Hästskohål kl 11 hö utan subretinal vätska, laserbarrikaderat idag."),
        ("Åtgärd", "Om skugga, nya flytare eller blixtar – sök ögonakut omgående, även nattetid. Kontroll om 3 veckor."),
    ])],
    must_not=["NL102"],
    why="A conditional instruction about symptoms, no hedged diagnosis; the retinal tear is confirmed and treated.")

C("neg-vid-tecken-pa-endoftalmit", "vgr", "1943-09-01", "F", [
    N("n1", M, "Sjuksköterskeanteckning", "vg_retina_molndal", ("Jessica Holm", "sjuksköterska"), "2024-04-04T10:40", [
        ("Åtgärd", "Intravitreal injektion faricimab vä given enligt ordination, okomplicerat. Kloramfenikol 1x4 i tre dagar."),
        ("Information", "Vid tecken på endoftalmit, som smärta, tilltagande rodnad eller sämre syn, ska pat höra av sig samma dag."),
    ])],
    must_not=["NL102"],
    why="Hard negative: 'Vid tecken på endoftalmit' is a hypothetical safety instruction, not a hedged diagnosis.")

C("neg-bekraftad-vat-amd-utkast", "skane", "1939-05-19", "M", [
    N("n1", M, "Läkaranteckning", "sk_makula_lund", ("Anneli Ström", "läkare"), "2024-06-12T09:05", [
        ("Bedömning", "Våt AMD vä bekräftad med OCT och FA, typ 1 CNV."),
        ("Åtgärd", "Start aflibercept, 3 laddningsdoser med 4 veckors intervall. Första injektionen ges idag."),
    ], sign=None)],
    must_not=["NL102", "NL101"],
    why="Unsigned draft with a confirmed (not hedged) wet AMD; nothing said about telling.")

C("neg-skane-tidiga-hypoteser-mall-ms", "skane", "1996-04-11", "F", [
    N("n1", M, "Tidiga hypoteser", "sk_neuro_lund", ("Jonas Ahlgren", "läkare"), "2024-02-27T16:10", [
        ("Bedömning", "Misstänkt MS efter optikusneurit vä och tidigare sensoriskt skov. Ej framfört till pat i avvaktan på MR."),
    ])],
    must_not=["NL102", "NL101"],
    why="Skåne: the hedge and the not-yet-told remark sit in a note with template Tidiga hypoteser, which is hidden.")

C("neg-vgr-tidiga-hypoteser-sokord-melanom", "vgr", "1950-08-23", "M", [
    N("n1", M, "Läkaranteckning", "vg_onko_molndal", ("Björn Hallin", "läkare"), "2024-07-04T14:00", [
        ("Status", "Pigmenterad lesion vä öga 5x6 mm, höjd 1,8 mm, lite orange pigment."),
        ("Tidiga hypoteser", "Misstänkt litet uvealt melanom, DD nevus med riskfaktorer."),
        ("Planering", "Fotodokumentation och UL om 3 mån."),
    ])],
    must_not=["NL102"],
    why="VGR: the hedged tumour diagnosis is only under sökord Tidiga hypoteser; visible sections hold findings and plans.")

C("neg-pmo-vc-misstankt-glaukom", "skane", "1955-10-28", "M", [
    N("n1", P, "Besöksanteckning", "sk_vc_eslov", ("Ulla Håkansson", "läkare"), "2024-03-11T11:20", [
        ("Aktuellt", "Optiker har mätt ögontryck 28/30 och sett stora excavationer."),
        ("Bedömning", "Misstänkt glaukom. Remiss ögonmottagningen Lund."),
    ])],
    must_not=["NL102"],
    why="PMO (vårdcentral) never shows diagnoses: hedged glaucoma in a PMO note is not NL102.")

C("neg-pmo-bvc-misstankt-skelning", "skane", "2021-06-15", "F", [
    N("n1", P, "BVC-anteckning", "sk_bvc_kavlinge", ("Eva Bengtsson", "sjuksköterska"), "2024-09-05T09:30", [
        ("Aktuellt", "3-årsbesök. Mamma tycker att vä öga går inåt på kvällarna."),
        ("Bedömning", "Misstänkt skelning vä vid Hirschbergs test. Remiss barnögonmottagningen Lund."),
    ])],
    must_not=["NL102"],
    why="BVC note in PMO: the hedged squint is not shown in Journalen, so NL102 must not fire.")

C("neg-pmo-trolig-dr-ej-informerad", "skane", "1962-04-04", "F", [
    N("n1", P, "Journalanteckning", "sk_vc_hassleholm", ("Karl Svensson", "läkare"), "2024-10-28T15:15", [
        ("Aktuellt", "Screeningfoto från ögon inkommit för diabetespat. Trolig diabetesretinopati bilat enligt svaret, remiss ögonmottagningen."),
        ("Planering", "Pat ej informerad ännu, diabetessköterskan ringer i morgon."),
    ])],
    must_not=["NL102"],
    why="PMO: hedged diagnosis plus 'ej informerad' - NL102 not on PMO, and NL101 is not asserted on PMO notes.")

C("neg-pmo-susp-temporalisarterit", "skane", "1941-07-22", "F", [
    N("n1", P, "Besöksanteckning", "sk_vc_limhamn", ("Ahmed Yusuf", "läkare"), "2024-11-26T10:00", [
        ("Anamnes", "Tinningsvärk hö sedan 2 v, flimmer och övergående dimsyn hö igår."),
        ("Bedömning", "Susp. temporalisarterit, SR 78, CRP 45. Prednisolon 60 mg, akut remiss ögon och medicin."),
    ])],
    must_not=["NL102"],
    why="PMO primary care note with 'Susp. temporalisarterit': not visible as a diagnosis in PMO.")

C("neg-pmo-hemsjukvard-ev-zoster-oftalmicus", "skane", "1934-12-02", "M", [
    N("n1", P, "Hembesök", "sk_vc_simrishamn", ("Kristina Mårtensson", "sjuksköterska"), "2024-01-15T13:45", [
        ("Aktuellt", "Blåsor i pannan vä och vid näsroten sedan i går, rött vä öga."),
        ("Åtgärd", "Ev. herpes zoster ophthalmicus, dr kontaktad och recept på valaciklovir utfärdat. Remiss ögonakut Lund."),
    ])],
    must_not=["NL102"],
    why="Hemsjukvård note in PMO with 'Ev. herpes zoster ophthalmicus': PMO hides diagnoses.")

C("neg-symptomhedge-blixtar-flytare", "vgr", "1972-09-19", "F", [
    N("n1", M, "Akutanteckning", "vg_ogon_nu", ("Kajsa Lundberg", "läkare"), "2024-05-27T12:25", [
        ("Anamnes", "Pat osäker på om hon sett blixtar; möjligen fler flytare än vanligt sedan i helgen."),
        ("Status", "Glaskroppen klar, perifer fundus u.a. med indentation, ingen Weiss-ring."),
        ("Bedömning", "Ingen retinal patologi, åter vid nya symtom."),
    ])],
    must_not=["NL102"],
    why="Hedges only on symptoms ('osäker på om ... blixtar', 'möjligen fler flytare'); no hedged diagnosis.")

C("neg-fyndhedge-mojlig-lat-rapd", "skane", "1950-03-16", "M", [
    N("n1", M, "Mottagningsanteckning", "sk_glaukom_malmo", ("Maja Sjöberg", "läkare"), "2024-08-13T10:50", [
        ("Status", "Möjlig lätt RAPD vä, svårbedömt pga små pupiller på pilokarpin. IOP 15/17."),
        ("Bedömning", "Känt POAG med avancerad skada vä, stabilt synfält sedan 2022."),
    ])],
    must_not=["NL102"],
    why="'Möjlig' hedges a pupil sign (RAPD), which is a finding and not a diagnosis; the glaucoma is confirmed.")

C("neg-fyndhedge-iop-falskt-hogt", "vgr", "2015-02-03", "M", [
    N("n1", M, "Läkaranteckning", "vg_barnogon_dsbus", ("Oscar Falk", "läkare"), "2024-11-12T14:15", [
        ("Status", "IOP 27 hö med Goldmann, trol. falskt högt pga knipning; om med iCare 19 och 18."),
        ("Bedömning", "Normalt ögontryck. Uppföljning efter avslutad steroidbehandling som planerat."),
    ])],
    must_not=["NL102"],
    why="'trol. falskt högt' hedges a measurement, not a disease.")

C("neg-tidigare-optikusneurit-kand-ms", "skane", "1985-09-27", "F", [
    N("n1", M, "Mottagningsanteckning", "sk_ogon_malmo", ("Tove Axelsson", "läkare"), "2024-04-24T11:30", [
        ("Anamnes", "Genomgången optikusneurit hö 2019, fullt återställd. Känd skovvis MS sedan 2020, behandlas med ocrelizumab."),
        ("Bedömning", "Visus 1,0 bilat, papiller lätt bleka temporalt hö som väntat. Ingen åtgärd."),
    ])],
    must_not=["NL102"],
    why="Past and confirmed diagnoses only (optic neuritis 2019, known MS); no hedge.")

C("neg-dd-crvo-uteslots-fa", "vgr", "1952-12-05", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_skas", ("Therese Wallin", "läkare"), "2024-06-19T15:30", [
        ("Utredning", "FA: normal venös fyllnad, inga icke-perfunderade områden."),
        ("Bedömning", "DD CRVO övervägdes men uteslöts med FA. Hypertensiv retinopati grad 3 bilat, BT 210/120 – remiss akutmottagningen idag."),
    ])],
    must_not=["NL102"],
    why="Hard negative: 'DD CRVO' appears but is explicitly excluded ('uteslöts'); hypertensive retinopathy is confirmed.")

C("neg-typo-ingen-missanke-ablatio", "skane", "1978-07-08", "M", [
    N("n1", M, "Akutanteckning", "sk_ogon_lkrona", ("Alice Nord", "läkare"), "2024-10-05T18:40", [
        ("Bedömning", "Flytare efter boxningsträning, perifer fundus u.a. Ingen missanke om ablatio. Commotio retinae saknas."),
    ])],
    must_not=["NL102"],
    why="Typo in the negation ('Ingen missanke om ablatio') - still a negated diagnosis.")

C("neg-typo-inga-tekcen-pa-uveit", "vgr", "1988-01-14", "F", [
    N("n1", M, "Mottagningsanteckning", "vg_uveit_molndal", ("Filip Sandberg", "läkare"), "2024-09-09T09:10", [
        ("Bedömning", "Känd HLA-B27-positiv främre uveit, nu i remission. Inga tekcen på uveit vid dagens kontroll, celler 0 i främre kammaren. Dexametason trappas ut."),
    ])],
    must_not=["NL102"],
    why="Typo in the negation ('Inga tekcen på uveit'); the earlier uveit is confirmed.")

C("neg-ortoptist-trolig-god-prognos", "skane", "2018-04-20", "F", [
    N("n1", M, "Ortoptistanteckning", "sk_ortoptik_hbg", ("Moa Hermansson", "ortoptist"), "2024-03-21T10:00", [
        ("Status", "Visus vä förbättrad från 0,3 till 0,6 efter 4 mån ocklusion 2 h/dag. Hö 1,0."),
        ("Bedömning", "Amblyopi vä i förbättring. Trolig god prognos med fortsatt lappbehandling."),
    ])],
    must_not=["NL102"],
    why="'Trolig' hedges the prognosis, not a diagnosis; amblyopia is confirmed.")

C("neg-fragetecken-pa-aterbesok", "vgr", "1944-11-16", "F", [
    N("n1", M, "Telefonanteckning", "vg_ogon_sas", ("Linda Carlsson", "sjuksköterska"), "2024-06-20T13:10", [
        ("Telefonkontakt", "Stabil torr AMD bilat, pat ringer om kallelsen. Återbesök 3 mån? Pat vill avvakta till efter semestern och ringer själv i augusti."),
    ])],
    must_not=["NL102"],
    why="The question mark sits on a return-visit interval (a plan), not a diagnosis.")

C("neg-typo-inget-som-talar-for-optikusneruit", "vgr", "1991-10-02", "F", [
    N("n1", M, "Akutanteckning", "vg_akut_molndal", ("Emil Hjalmarsson", "läkare"), "2024-03-31T22:05", [
        ("Status", "Ingen RAPD, papiller skarpt avgränsade, smärtfria ögonrörelser. Visus 1,0 bilat efter blinkning."),
        ("Bedömning", "Inget som talar för optikusneruit. Dimsynen förklaras av torra ögon, tårersättning rekommenderas."),
    ])],
    must_not=["NL102"],
    why="Typo in the diagnosis word ('optikusneruit') inside a negation ('Inget som talar för'); dry eye is the settled cause.")

C("neg-inte-forenligt-med-uveit-episklerit", "skane", "1977-05-31", "F", [
    N("n1", M, "Akutanteckning", "sk_ogon_malmo", ("Sebastian Kron", "läkare"), "2024-07-27T11:15", [
        ("Bedömning", "Inte förenligt med uveit, inga celler i främre kammaren. Det rör sig om episklerit hö – den sektoriella rodnaden bleknar med fenylefrin."),
    ])],
    must_not=["NL102"],
    why="'Inte förenligt med uveit' negates the hedge form 'förenligt med'; episclerit is asserted, not hedged.")

C("neg-lang-amd-injektionsanteckning", "vgr", "1937-06-13", "F", [
    N("n1", M, "Läkaranteckning", "vg_retina_molndal", ("Pontus Ek", "läkare"), "2024-10-29T08:15", [
        ("Aktuellt", "87-årig kvinna med våt AMD vä sedan 2021 och torr AMD med geografisk atrofi hö. Behandlas med aflibercept 2 mg enligt treat-and-extend, nu 10 veckors intervall. Kommer med dottern som kör. Upplever synen stabil, läser storstil med lupp. Inga nya distorsioner på Amsler."),
        ("Status", "Visus hö 0,05 ecc, vä 0,4 (förra 0,4). IOP 14/15. Främre segment: pseudofaki bilat, lugnt. OCT vä: torr makula, ingen intra- eller subretinal vätska, PED oförändrad 210 µm. OCT hö: geografisk atrofi som expanderat något nasalt om fovea, ingen vätska."),
        ("Bedömning", "Våt AMD vä, inaktiv på nuvarande intervall. Torr AMD hö med långsam progress av atrofin, ingen behandling finns som är aktuell för henne."),
        ("Planering", "Injektion vä idag. Eventuellt förlänga intervallet till 12 veckor nästa gång om fortsatt torr makula. Syncentralen har kontakt sedan i våras, ny förstoringsapparat på gång. Dottern sköter bokningar."),
    ])],
    must_not=["NL102", "NL101"],
    why="Long AMD injection note: all diagnoses confirmed; the only hedge ('Eventuellt förlänga intervallet') is a plan.")

C("neg-lang-glaukom-arskontroll-trol-foljsamhet", "skane", "1949-01-18", "M", [
    N("n1", M, "Mottagningsanteckning", "sk_ogon_krstd", ("Louise Bergkvist", "läkare"), "2024-05-02T13:00", [
        ("Aktuellt", "Årskontroll. Primärt öppenvinkelglaukom bilat sedan 2015, behandlas med Xalacom till kvällen och brinzolamid 1x2. Droppar själv, hustrun påminner. Svider lite efter dropparna, trol. bra följsamhet enligt apotekets uttag."),
        ("Status", "Visus m. korr 0,8/0,9. IOP 15/14 kl 13.10. Spaltlampa: lätt hyperemi konj bilat, nukleär katarakt grad 2. Papiller: C/D 0,8 hö med notch inferiort, 0,7 vä. OCT RNFL: oförändrad jmf 2023, GPA utan säker progression. Humphrey 24-2: övre arkuat defekt hö, oförändrad MD -7,2 dB; vä nasalt språng, MD -3,1 dB."),
        ("Bedömning", "POAG bilat, stabilt på nuvarande behandling. Lätt ögonirritation av konserveringsmedel."),
        ("Planering", "Ev. byte till konserveringsfria droppar vid nästa receptförnyelse. Kontroll om 6 mån med synfält. Katarakten ännu inte operationsmässig."),
    ], sign=None)],
    must_not=["NL102"],
    why="Long unsigned glaucoma chart with only plan/adherence hedges ('trol. bra följsamhet', 'Ev. byte'); diagnoses confirmed.")

C("neg-pappa-misstanker-skelning-pseudostrabism", "vgr", "2021-08-26", "F", [
    N("n1", M, "Ortoptistanteckning", "vg_ortoptik_nu", ("Lina Eriksson", "ortoptist"), "2024-12-05T10:35", [
        ("Anamnes", "Pappan misstänker att dottern skelar när hon är trött."),
        ("Status", "Cover-test: ortoforia avstånd och nära. Breda epikantusveck bilat. Hirschberg centrerat."),
        ("Bedömning", "Ingen skelning, pseudostrabism pga epikantus. Ingen uppföljning behövs."),
    ])],
    must_not=["NL102"],
    why="Hard negative: the father's lay suspicion is reported and then ruled out ('Ingen skelning').")

C("neg-orolig-for-ms-ingen-misstanke", "skane", "1998-11-07", "M", [
    N("n1", M, "Läkaranteckning", "sk_ogon_malmo", ("Vera Holm", "läkare"), "2024-06-04T15:05", [
        ("Anamnes", "Pat orolig för MS efter att ha läst om synrubbningar på nätet; flimrande skotom i 20 minuter följt av huvudvärk."),
        ("Bedömning", "Ingen klinisk misstanke om demyeliniserande sjukdom. Migrän med visuell aura."),
    ])],
    must_not=["NL102"],
    why="The patient's worry about MS is not a clinical hedge, and 'Ingen klinisk misstanke om' negates it.")

C("neg-kan-ej-uteslutas-fler-injektioner", "vgr", "1946-04-02", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_nu", ("Ronja Persson", "läkare"), "2024-08-22T09:55", [
        ("Bedömning", "Diabetiskt makulaödem hö, god respons efter 5 injektioner. Kan ej uteslutas att det behövs fler injektioner i höst."),
    ])],
    must_not=["NL102"],
    why="Hard negative: 'Kan ej uteslutas' hedges the need for more injections, a plan; the makulaödem is confirmed.")

C("neg-retinoblastom-uteslutet-pfv", "vgr", "2023-05-18", "M", [
    N("n1", M, "Läkaranteckning", "vg_barnogon_dsbus", ("Julia Sjögren", "läkare"), "2024-02-22T13:30", [
        ("Bedömning", "Leukokori vä. UL och MR utan tumör eller förkalkning, retinoblastom uteslutet. Persisterande fetalt kärlsystem (PFV) vä med mikroftalmi."),
        ("Planering", "Ställningstagande till lensektomi, diskuteras med föräldrarna vid nästa besök."),
    ])],
    must_not=["NL102"],
    why="Small child: retinoblastom is explicitly excluded; PFV is the settled diagnosis.")

C("neg-typo-nathinneavlossnig-uteslutes", "skane", "1969-09-03", "M", [
    N("n1", M, "Akutanteckning", "sk_ogon_krstd", ("Greta Falk", "läkare"), "2024-11-30T21:05", [
        ("Bedömning", "Trubbigt trauma hö av fotboll. Hyfema 1 mm. Näthinneavlossnig uteslutes med UL, commotio temporalt."),
    ])],
    must_not=["NL102"],
    why="Typo in the diagnosis word ('Näthinneavlossnig') inside a negation ('uteslutes').")

C("neg-typo-ingen-misstnake-gca", "vgr", "1951-05-09", "F", [
    N("n1", M, "Akutanteckning", "vg_ogon_skas", ("Isak Hammar", "läkare"), "2024-01-26T15:40", [
        ("Bedömning", "Amaurosis fugax vä i 5 min igår. Ingen misstnake om jättecellsarterit, SR 10, CRP 2. Remiss karotisdoppler och strokeenheten."),
    ])],
    must_not=["NL102"],
    why="Typo in the negation ('Ingen misstnake om jättecellsarterit'); amaurosis fugax is a confirmed symptom diagnosis.")

C("neg-skane-tidiga-hypoteser-mall-flera-sokord", "skane", "1973-08-14", "M", [
    N("n1", M, "Tidiga hypoteser", "sk_infek_lund", ("Sanna Lindell", "läkare"), "2024-04-09T10:25", [
        ("Anamnes", "Bilateral posterior uveit, exantem i handflatorna för 2 mån sedan enligt pat."),
        ("Bedömning", "Trolig syfilitisk uveit, serologi tagen. Tas inte upp med pat förrän svar finns."),
    ])],
    must_not=["NL102", "NL101"],
    why="Skåne template Tidiga hypoteser hides every sökord in it, including Bedömning.")

C("neg-vgr-tidiga-hypoteser-negationer-synliga", "vgr", "1982-02-06", "F", [
    N("n1", M, "Läkaranteckning", "vg_neuro_skas", ("Anton Björk", "läkare"), "2024-07-23T13:45", [
        ("Bedömning", "Optikusneurit vä. Inga tecken på myelitis eller hjärnstamspåverkan kliniskt."),
        ("Tidiga hypoteser", "Trolig MOG-antikroppsassocierad sjukdom eller MS, svar på MOG-ak väntas."),
        ("Planering", "MR hjärna och rygg, återbesök 3 v."),
    ])],
    must_not=["NL102"],
    why="VGR: the hedge sits only under sökord Tidiga hypoteser; the visible sections hold a confirmed diagnosis and negations.")

C("neg-lymfom-verifierat-informerad", "vgr", "1948-07-30", "M", [
    N("n1", M, "Läkaranteckning", "vg_uveit_molndal", ("Hedda Svahn", "läkare"), "2024-11-21T11:05", [
        ("Bedömning", "Vitreoretinalt lymfom hö verifierat med glaskroppsbiopsi, cytologi med atypiska B-celler och IL-10/IL-6 > 1."),
        ("Information", "Pat och sonen informerade om diagnosen vid dagens besök tillsammans med hematolog. Skriftlig information given."),
    ])],
    must_not=["NL102", "NL101"],
    why="Confirmed intraocular lymphoma that the patient has been told today: neither rule applies.")

# ---------------------------------------------------------------- NL101 must
C("nl101-uvealt-melanom-ej-informerad", "vgr", "1953-09-09", "F", [
    N("n1", M, "Läkaranteckning", "vg_onko_molndal", ("Björn Hallin", "läkare"), "2024-04-16T15:20", [
        ("Utredning", "UL: kupolformad tumör vä, basdiameter 11 mm, höjd 5,4 mm, låg intern reflektivitet. Foto visar orange pigment och subretinal vätska. MR orbita bekräftar intraokulär tumör utan extraskleral växt."),
        ("Bedömning", "Uvealt melanom vä, T2a enligt ögononkologisk konferens idag."),
        ("Planering", "Pat ännu ej informerad om diagnosen; samtal med överläkare bokat fredag tillsammans med dottern. Därefter remiss för brachyterapi."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed uveal melanoma in visible Bedömning while Planering says the patient is not yet informed.")

C("nl101-retinoblastom-foraldrar-ej-informerade", "skane", "2022-07-12", "F", [
    N("n1", M, "Operationsanteckning", "sk_barnogon_lund", ("Sofia Rehn", "läkare"), "2024-02-14T12:10", [
        ("Åtgärd", "Undersökning i narkos bilat med RetCam och UL."),
        ("Bedömning", "Retinoblastom vä, grupp D, med glaskroppssådd. Hö öga utan tumör."),
        ("Planering", "Föräldrarna är ännu inte informerade om diagnosen; besked ges i morgon av barnonkolog och ögonläkare tillsammans."),
    ], setting=SV)],
    must=["NL101"], must_not=["NL102"],
    why="Child under 13: guardians (who read the journal) have not been told about the confirmed retinoblastoma written in a visible section.")

C("nl101-ms-mcdonald-ej-informerats", "skane", "1992-03-18", "M", [
    N("n1", M, "Läkaranteckning", "sk_neuro_lund", ("Jonas Ahlgren", "läkare"), "2024-03-25T16:00", [
        ("Utredning", "MR: fler än fem periventrikulära och infratentoriella lesioner, en kontrastladdande. Oligoklonala band i likvor."),
        ("Bedömning", "MS enligt McDonald 2017, debut med optikusneurit hö i februari. Pat har inte informerats om diagnosen än, görs vid återbesök 12/4."),
    ])],
    must=["NL101"],
    why="Optic neuritis turned MS: confirmed diagnosis visible with an explicit 'har inte informerats'.")

C("nl101-pdr-screening-ej-informerad", "vgr", "1967-10-21", "M", [
    N("n1", M, "Ögonbottenfotografering", "vg_screen_skas", ("Annika Lund", "läkare"), "2024-06-27T11:45", [
        ("Bedömning", "Proliferativ diabetesretinopati vä med nykärl på papillen och preretinal blödning. Hö svår icke-proliferativ."),
        ("Åtgärd", "Pat ej informerad om fyndet, ögonläkare ringer upp i eftermiddag. Akut remiss för PRP."),
    ], sign=None)],
    must=["NL101"], must_not=["NL102"],
    why="Unsigned screening note: confirmed PDR is visible while the patient is not yet told about the finding.")

C("nl101-poag-pat-gick-innan-bedomning", "skane", "1960-06-08", "F", [
    N("n1", M, "Läkaranteckning", "sk_glaukom_malmo", ("Anders Holmberg", "läkare"), "2024-05-16T17:05", [
        ("Status", "IOP 31/29. Gonioskopi öppen vinkel. OCT: RNFL-förtunning superiort och inferiort bilat. Synfält: dubbel arkuat defekt hö."),
        ("Bedömning", "Primärt öppenvinkelglaukom bilat, mer avancerat hö. Pat hann gå innan läkarbedömningen och är inte informerad; jag ringer i morgon och startar behandling."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed glaucoma in visible Bedömning; the patient left before being told.")

C("nl101-sarkoidos-verifierad-ej-underrattad", "vgr", "1978-12-03", "M", [
    N("n1", M, "Läkaranteckning", "vg_reuma_su", ("Mattias Öberg", "läkare"), "2024-09-26T10:30", [
        ("Utredning", "EBUS med biopsi från mediastinal lymfkörtel: icke-nekrotiserande granulom, odling negativ."),
        ("Bedömning", "Sarkoidos verifierad som orsak till pats bilaterala uveit. Pat inte underrättad ännu – tas på besöket nästa vecka."),
    ])],
    must=["NL101"],
    why="Systemic cause of uveit confirmed by biopsy and written visibly; 'inte underrättad ännu'.")

C("nl101-typo-vat-amd-ej-infomerad", "skane", "1944-08-17", "M", [
    N("n1", M, "Läkaranteckning", "sk_makula_lund", ("Anneli Ström", "läkare"), "2024-07-11T16:35", [
        ("Bedömning", "Våt AMD hö bekräftad på OCT-A. Pat ej infomerad ännu eftersom OCT granskades efter att hon gått hem. Sekreterare bokar injektion och läkarsamtal."),
    ])],
    must=["NL101"],
    why="Typo 'infomerad' in the not-told phrase; confirmed wet AMD stands in the visible note.")

C("nl101-chorioidal-metastas-ska-ej-informeras", "vgr", "1966-01-28", "F", [
    N("n1", M, "Läkaranteckning", "vg_onko_molndal", ("Elin Vestberg", "läkare"), "2024-05-09T13:55", [
        ("Bedömning", "Chorioidal metastas vä från känd bröstcancer, verifierad med UL och finnålsbiopsi."),
        ("Planering", "Pat ska inte informeras förrän onkologen träffat henne 22/5, enligt överenskommelse med Jubileumskliniken."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="'ska inte informeras förrän ...' - the diagnosis must not be told yet but is written in a visible section.")

C("nl101-syfilitisk-uveit-ej-informerad", "skane", "1975-11-29", "M", [
    N("n1", M, "Läkaranteckning", "sk_infek_lund", ("Sanna Lindell", "läkare"), "2024-04-23T14:40", [
        ("Utredning", "TPPA positiv, RPR 1:64. Likvor: lätt pleocytos, VDRL positiv."),
        ("Bedömning", "Syfilitisk uveit bilat med neurosyfilis. Pat ännu inte informerad om syfilisdiagnosen; infektionsläkare tar samtalet i morgon och smittspårning startas därefter."),
    ], sign=None)],
    must=["NL101"], must_not=["NL102"],
    why="Unsigned draft: infectious cause of uveit confirmed and visible, the patient not yet informed.")

C("nl101-ms-tva-anteckningar-senare-informerad", "vgr", "1989-05-14", "F", [
    N("n1", M, "Läkaranteckning", "vg_neuro_su", ("Karin Sjöstrand", "läkare"), "2024-04-02T15:10", [
        ("Bedömning", "MR visar spridning i tid och rum, MS fastställd efter optikusneuriten hö i januari. Pat ännu ej informerad, ska ske på återbesöket nästa vecka."),
    ]),
    N("n2", M, "Läkaranteckning", "vg_neuro_su", ("Karin Sjöstrand", "läkare"), "2024-04-09T10:00", [
        ("Information", "Pat informerad om MS-diagnosen idag, maken närvarande. Genomgång av behandlingsalternativ, väljer ofatumumab."),
    ]),
    ], must=["NL101@n1"], must_not=["NL101@n2"],
    why="Two notes: n1 writes MS and says the patient is not told (NL101); n2 a week later tells her (no NL101).")

C("nl101-rp-genetiskt-utkast", "vgr", "1990-09-16", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_molndal", ("Lovisa Hagström", "läkare"), "2024-10-17T11:25", [
        ("Bedömning", "Retinitis pigmentosa bekräftad genetiskt (RHO-mutation), stämmer med ERG och benspikelpigment i periferin."),
        ("Planering", "Pat inte informerad än om det genetiska svaret eller diagnosen. Genetisk vägledning bokas, svaret ges där."),
    ], sign=None)],
    must=["NL101"],
    why="Unsigned draft: inherited retinal disease confirmed and visible, patient not informed yet.")

C("nl101-brvo-ej-per-telefon", "skane", "1957-02-22", "M", [
    N("n1", M, "Telefonanteckning", "sk_ogon_ystad", ("Therese Nilsson", "läkare"), "2024-05-06T14:10", [
        ("Telefonkontakt", "Pat ringer och frågar om svaret på OCT. Makulaödem sekundärt till grenvenocklusion vä (BRVO). Pat ska inte få diagnosen per telefon utan informeras vid besök 15/5, har sagts att läkaren går igenom svaret då."),
    ])],
    must=["NL101"],
    why="Diagnosis written in the phone note while the text says it is not told to the patient until the visit.")

C("nl101-typo-optikusatrofi-ej-infromerad", "vgr", "1950-12-27", "F", [
    N("n1", M, "Mottagningsanteckning", "vg_ogon_kungalv", ("Henrik Dahl", "läkare"), "2024-12-12T16:20", [
        ("Bedömning", "Optikusatrofi vä efter genomgången NAION i våras, visus 0,1. Pat ej infromerad om diagnosen då läkaren inte hann träffa henne; ny tid bokad."),
    ])],
    must=["NL101"],
    why="Typo 'infromerad'; confirmed optic atrophy is visible and the patient has not been told.")

C("nl101-ssk-dr-inte-berattat-vat-amd", "skane", "1936-04-06", "F", [
    N("n1", M, "Sjuksköterskeanteckning", "sk_ogon_hbg", ("Pia Ohlsson", "sjuksköterska"), "2024-03-05T11:45", [
        ("Aktuellt", "Pat på injektion hö enligt plan."),
        ("Åtgärd", "OCT visar våt AMD även på vä öga. Dr har ännu inte berättat detta för pat, som har fått läkartid nästa vecka."),
    ])],
    must=["NL101"],
    why="Nurse documents a confirmed wet AMD on the other eye and that the doctor has not yet told the patient.")

C("nl101-amblyopi-mormor-vardnadshavare-ej-informerade", "vgr", "2019-12-18", "M", [
    N("n1", M, "Ortoptistanteckning", "vg_ortoptik_nu", ("Emma Sundin", "ortoptist"), "2024-02-28T13:30", [
        ("Status", "Visus LEA hö 1,0 vä 0,2. Mikrostrabism vä, excentrisk fixation."),
        ("Bedömning", "Strabismisk amblyopi vä. Barnet kom med mormor; vårdnadshavarna ännu ej informerade om diagnosen, ortoptist ringer mamma i eftermiddag."),
    ])],
    must=["NL101"],
    why="Child under 13: confirmed amblyopia visible while the guardians (the journal's readers) are not yet told.")

C("nl101-melanom-senare-informerad-make", "skane", "1955-06-30", "F", [
    N("n1", M, "Läkaranteckning", "sk_onko_lund", ("Martin Alm", "läkare"), "2024-01-17T14:30", [
        ("Bedömning", "Chorioidalt melanom hö, 9 mm bas, 3,8 mm höjd. Pat inte informerad idag då hon vill ha med sig maken."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_onko_lund", ("Martin Alm", "läkare"), "2024-01-19T09:15", [
        ("Information", "Pat och make informerade om diagnosen chorioidalt melanom och om brachyterapi respektive protonbehandling. Får betänketid till måndag."),
    ]),
    ], must_not=["NL101@n2"],
    why="Two notes; asserted on the later note n2, which tells the patient the melanoma diagnosis that n1 withheld.")

# ---------------------------------------------------------------- NL101 must_not
C("nl101neg-informerad-vat-amd-plan", "vgr", "1945-08-08", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_sas", ("Per Almqvist", "läkare"), "2024-04-25T10:20", [
        ("Bedömning", "Våt AMD hö med subretinal vätska och blödning."),
        ("Information", "Pat informerad om diagnosen våt AMD och om behandlingsplanen med injektioner var 4:e vecka till en början."),
    ])],
    must_not=["NL101", "NL102"],
    why="The patient has been told the diagnosis today.")

C("nl101neg-ej-besked-operationsdatum", "skane", "1964-03-01", "F", [
    N("n1", M, "Läkaranteckning", "sk_retina_lund", ("Jakob Fransson", "läkare"), "2024-08-29T13:00", [
        ("Bedömning", "Epiretinalt membran vä med metamorfopsier och visus 0,5, op-indikation föreligger."),
        ("Planering", "Anmäld för vitrektomi med membranpeeling. Pat har inte fått besked om operationsdatum ännu, koordinatorn ringer."),
    ])],
    must_not=["NL101"],
    why="Hard negative: what the patient has not been told is a date, not the diagnosis.")

C("nl101neg-remissen-ej-meddelad", "vgr", "1968-05-25", "M", [
    N("n1", M, "Läkaranteckning", "vg_ogon_nu", ("Sara Nyberg", "läkare"), "2024-07-30T15:05", [
        ("Bedömning", "Chorioidalt nevus hö, 4 mm, platt, drusen på ytan, inga riskfaktorer."),
        ("Planering", "Fotodokumentation skickad till ögononkologen i Mölndal för jämförelse. Pat ej informerad om att remissen gått iväg, brev skickas."),
    ])],
    must_not=["NL101"],
    why="Only the fact that a referral was sent is untold; that is not a diagnosis.")

C("nl101neg-normalt-svar-ej-meddelat", "skane", "1999-01-05", "F", [
    N("n1", M, "Ögonbottenfotografering", "sk_screen_malmo", ("Birgitta Olsson", "sjuksköterska"), "2024-03-18T10:55", [
        ("Bedömning", "Känd diabetes typ 1 sedan barndomen. Ögonbottenfoto utan retinopati bilat. Pat ej informerad om svaret ännu – brev med resultatet skickas."),
    ])],
    must_not=["NL101", "NL102"],
    why="The untold item is a normal result; the known diabetes is not something withheld.")

C("nl101neg-vgr-tidiga-hypoteser-ms-ej-informerad", "vgr", "1993-07-27", "M", [
    N("n1", M, "Läkaranteckning", "vg_neuro_skas", ("Anton Björk", "läkare"), "2024-10-03T14:15", [
        ("Aktuellt", "Optikusneurit hö i regress, visus 0,9."),
        ("Tidiga hypoteser", "MS talar starkt i bilden efter dagens MR med sex lesioner. Pat ej informerad, väntar på likvorsvaret."),
        ("Planering", "Återbesök om 2 veckor med svar."),
    ])],
    must_not=["NL101", "NL102"],
    why="VGR: the untold MS and the 'ej informerad' remark sit only under sökord Tidiga hypoteser.")

C("nl101neg-skane-tidiga-hypoteser-mall-melanom", "skane", "1949-10-13", "M", [
    N("n1", M, "Tidiga hypoteser", "sk_onko_lund", ("Martin Alm", "läkare"), "2024-06-18T16:40", [
        ("Utredning", "Ciliarkroppstumör vä på UBM, 7 mm, sentinelkärl i episklera."),
        ("Bedömning", "Stark misstanke om ciliarkroppsmelanom vä. Pat ännu ej informerad, samtal när biopsisvaret kommit."),
    ])],
    must_not=["NL101", "NL102"],
    why="Skåne: the untold tumour hypothesis is kept in a note with template Tidiga hypoteser.")

C("nl101neg-informerad-dottern-vet-ej", "vgr", "1940-02-14", "F", [
    N("n1", M, "Läkaranteckning", "vg_ogon_alingsas", ("Nora Eklund", "läkare"), "2024-11-07T09:50", [
        ("Bedömning", "Primärt öppenvinkelglaukom bilat, nyupptäckt, IOP 30/28."),
        ("Information", "Pat informerad om glaukomdiagnosen och droppbehandlingen. Hon vill inte att dottern får veta något ännu."),
    ])],
    must_not=["NL101"],
    why="The patient has been told; only a relative has not.")

C("nl101neg-sedan-tidigare-informerad-pdr", "skane", "1970-09-24", "M", [
    N("n1", M, "Mottagningsanteckning", "sk_ogon_lkrona", ("Hanna Kjellberg", "läkare"), "2024-10-10T10:10", [
        ("Bedömning", "Känd proliferativ diabetesretinopati bilat sedan 2021, PRP-behandlad, nu inaktiv. Pat väl insatt i sin sjukdom sedan tidigare."),
    ])],
    must_not=["NL101"],
    why="The patient was told earlier (known, long-standing diagnosis).")

C("nl101neg-foraldrar-informerade-amblyopi", "skane", "2018-07-03", "M", [
    N("n1", M, "Läkaranteckning", "sk_barnogon_malmo", ("Omar Khalil", "läkare"), "2024-01-31T11:00", [
        ("Bedömning", "Refraktiv amblyopi hö, visus 0,3 med nya glas."),
        ("Information", "Båda föräldrarna informerade om amblyopin och om lappbehandling 2 h/dag. Broschyr om ocklusion utdelad."),
    ])],
    must_not=["NL101", "NL102"],
    why="Child's guardians have been told the confirmed amblyopia.")

C("nl101neg-planerat-preparatbyte-ej-meddelat", "skane", "1943-12-14", "M", [
    N("n1", M, "Läkaranteckning", "sk_makula_lund", ("Anneli Ström", "läkare"), "2024-11-14T15:50", [
        ("Bedömning", "Våt AMD vä, fortsatt vätska trots 4-veckorsintervall med aflibercept."),
        ("Planering", "Pat inte informerad om att vi planerar byte till faricimab; tas upp vid nästa besök när effekten av dagens injektion är bedömd."),
    ])],
    must_not=["NL101"],
    why="Hard negative: the untold item is a planned change of drug, not the (known) diagnosis.")

C("nl101neg-typo-infomerat-om-rp", "vgr", "1984-04-19", "F", [
    N("n1", M, "Läkaranteckning", "vg_ogon_molndal", ("Lovisa Hagström", "läkare"), "2024-12-17T10:30", [
        ("Bedömning", "Retinitis pigmentosa bilat, autosomalt recessiv (USH2A), lätt hörselnedsättning - Usher typ 2."),
        ("Information", "Infomerat pat om diagnosen och ärftligheten. Kontakt med syncentral och hörcentral förmedlas."),
    ])],
    must_not=["NL101"],
    why="Typo 'Infomerat' in the told-phrase; the patient has been informed.")

C("nl101neg-hla-b27-svar-ej-meddelat", "vgr", "1995-06-01", "M", [
    N("n1", M, "Läkaranteckning", "vg_uveit_molndal", ("Filip Sandberg", "läkare"), "2024-02-07T08:45", [
        ("Bedömning", "Akut främre uveit hö, andra skovet i år, i förbättring på lokal steroid."),
        ("Planering", "Pat ej informerad om provsvaret (HLA-B27 negativt) – tas vid återbesöket."),
    ])],
    must_not=["NL101"],
    why="The untold item is a negative lab result, not a diagnosis.")

C("nl101neg-ms-informerad-vill-sjalv-beratta", "skane", "1997-01-23", "F", [
    N("n1", M, "Läkaranteckning", "sk_neuro_malmo", ("Viktor Engström", "läkare"), "2024-05-21T13:15", [
        ("Bedömning", "Skovvis förlöpande MS, debut med optikusneurit vä i februari."),
        ("Information", "Pat informerad om MS-diagnosen. Hon vill själv berätta för sin mamma och ber oss inte ta kontakt med familjen."),
    ])],
    must_not=["NL101"],
    why="Patient told; she asks that her mother not be contacted - a relative not being told is not NL101.")

C("nl101neg-utkast-informerad-naion", "skane", "1956-08-05", "M", [
    N("n1", M, "Akutanteckning", "sk_ogon_malmo", ("Sebastian Kron", "läkare"), "2024-12-19T14:30", [
        ("Bedömning", "NAION hö med nedre altitudinellt bortfall, sömnapné obehandlad."),
        ("Information", "Pat informerad muntligen och fått skriftlig information om NAION och risken för det andra ögat."),
    ], sign=None)],
    must_not=["NL101"],
    why="Unsigned draft where the patient has been told the diagnosis.")

# ================================================================ validation
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
PNR_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{3})(\d)$")
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(s):
    return s is not None and s.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        name = c["case"]
        where = "case %s" % name
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (where, sorted(c)))
        if name in names:
            errs.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % where)
        if not c["why"].strip():
            errs.append("%s: empty why" % where)
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errs.append("%s: record keys" % where)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty events/conversations/treatments" % where)
        pat = rec["patient"]
        m = PNR_RE.match(pat["id"])
        if not m:
            errs.append("%s: bad personnummer format" % where)
        else:
            y, mo, d, ser, chk = m.groups()
            if "%s-%s-%s" % (y, mo, d) != pat["birth_date"]:
                errs.append("%s: pnr does not match birth_date" % where)
            if luhn_digit(y[2:] + mo + d + ser) != chk:
                errs.append("%s: Luhn check failed" % where)
        try:
            dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errs.append("%s: bad birth_date" % where)
            continue
        if not in_2024(rec["as_of"]):
            errs.append("%s: as_of not in 2024" % where)
        as_of = dt.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        ages = [age_at(pat["birth_date"], as_of)]
        ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (where, sorted(n)))
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % where)
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: bad system" % where)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % where)
            if not in_2024(n["time"]):
                errs.append("%s: note time not in 2024" % where)
            if n["signed"] is not None and not in_2024(n["signed"]):
                errs.append("%s: signed not in 2024" % where)
            t = dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            if t >= as_of:
                errs.append("%s: note after as_of" % where)
            ages.append(age_at(pat["birth_date"], t))
            if not n["sections"]:
                errs.append("%s: note without sections" % where)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: bad section" % where)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], s["keyword"]):
                            errs.append("%s: repeated sentence (also in %s): %r" % (where, seen[sent][0], sent))
                        seen.setdefault(sent, (name, n["id"], s["keyword"]))
        for a in ages:
            if 13 <= a <= 15:
                errs.append("%s: patient aged %d (13-15 not allowed)" % (where, a))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % where)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: same assertion twice or in both lists" % where)
        for code, nid in pairs:
            if code not in CODES:
                errs.append("%s: unexpected code %s" % (where, code))
            if nid not in ids:
                errs.append("%s: target %s missing" % (where, nid))
                continue
            if code == "NL102" and ids[nid]["system"] != "Melior" and (code, nid) in [tuple(x) for x in c["must"]]:
                errs.append("%s: must NL102 on a non-Melior note" % where)
            if code == "NL101" and ids[nid]["system"] == "PMO":
                errs.append("%s: NL101 asserted on PMO" % where)
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
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
