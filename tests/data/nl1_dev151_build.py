#!/usr/bin/env python3
"""Independent test set: ophthalmology notes (eye ER, glaucoma, macula/injections,
paediatric ophthalmology, neuro-ophthalmology, orthoptists, eye nurses) for NL101/NL102.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev151_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "sus_akut": ("Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-8812"),
    "sus_glauk": ("Glaukommottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8820"),
    "sus_makula": ("Makulamottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8834"),
    "sus_barn": ("Barnögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8847"),
    "sus_neuro": ("Neurooftalmologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8851"),
    "sus_ortopt": ("Ortoptistmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8866"),
    "sus_avd": ("Ögonavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8873"),
    "sus_kornea": ("Hornhinnemottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8889"),
    "sus_neo": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7041"),
    "hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-6120"),
    "cska": ("Ögonmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3307"),
    "ystad": ("Ögonmottagningen, Lasarettet Ystad", "SE2321000255-5442"),
    "landskrona": ("Ögonmottagningen, Lasarettet Landskrona", "SE2321000255-6288"),
    "trelleborg": ("Ögonmottagningen, Lasarettet Trelleborg", "SE2321000255-5519"),
    # Region Skåne, PMO (primary care)
    "vc_tagaborg": ("Vårdcentralen Tågaborg, Helsingborg", "SE2321000255-2215"),
    "vc_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-2231"),
    "bvc_eslov": ("Barnavårdscentralen Eslöv", "SE2321000255-2247"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-2259"),
    "hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-2263"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-2270"),
    # Västra Götalandsregionen, Melior
    "su_akut": ("Ögonakuten, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011125"),
    "su_makula": ("Makulamottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011133"),
    "su_neuro": ("Neurooftalmologiska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011141"),
    "su_uveit": ("Uveitmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011158"),
    "su_avd": ("Ögonvårdsavdelningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011166"),
    "su_ortopt": ("Ortoptistenheten, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011174"),
    "su_plastik": ("Ögonplastikkirurgi, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011182"),
    "dsbus": ("Barnögonmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000020417"),
    "nal": ("Ögonmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000030612"),
    "udd_glauk": ("Glaukommottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000030620"),
    "skas": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000040815"),
    "sas": ("Ögonmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000050219"),
    "kungalv": ("Ögonmottagningen, Kungälvs sjukhus", "SE2321000131-E000000060331"),
    "alingsas": ("Ögonmottagningen, Alingsås lasarett", "SE2321000131-E000000070448"),
}

CASES = []


def _ts(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'"""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, system, template, unit, author, time, sections, signed=45, setting="öppenvård"):
    """One note. author = (name, role); sections = [(keyword, text), ...];
    signed = minutes after time, None for an unsigned draft, or 'YYYY-MM-DD HH:MM'."""
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        sig = None
    elif isinstance(signed, int):
        sig = (t + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    else:
        sig = _ts(signed)
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": _ts(time),
        "signed": sig,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(case, ruleset, pnr, birth, as_of, notes, must, must_not, why):
    CASES.append({
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"

# ============================================================ part 1: ögonakuten
C("oft-akut-misstankt-ablatio-makula-on", "skane", "19580311-2746", "1958-03-11", "2024-02-12", [
    N("n1", M, "Akutanteckning", "sus_akut", ("Johan Bergkvist", "läkare"), "2024-02-09 21:40", [
        ("Anamnes", "Sedan tre dagar skugga nerifrån i hö ögas synfält, tilltagande sedan igår. "
                    "Blixtar och sotregn i förrgår. Myop ca -6 D bilat. Ej ögonopererad."),
        ("Status", "Visus hö 0,8 ua, vä 1,0 ua. Tryck 11/15 (iCare). Främre segment ua bilat. "
                   "Fundus hö i mydriasis: svårbedömt pga lätt glaskroppsblödning, grå upphöjd retina temporalt uppåt, makula anliggande. "
                   "Vä: lattice perifert temporalt, inga hål."),
        ("Bedömning", "Misstänkt makula-on ablatio retinae hö."),
        ("Planering", "Diskuterat med VR-bakjour, vitrektomi planeras i morgon förmiddag. Fastande från midnatt, sänggående med huvudet åt höger."),
    ]),
], [("NL102", "n1")], [],
   "hedged retinal detachment (Misstänkt) in a visible Bedömning of a Skåne Melior note")

C("oft-akut-pvd-ablatio-kan-uteslutas", "vgr", "19650920-1338", "1965-09-20", "2024-05-06", [
    N("n1", M, "Akutanteckning", "su_akut", ("Sara Hedén", "läkare"), "2024-05-03 10:15", [
        ("Aktuellt", "Flytare i vä öga sedan i morse, några ljusblixtar i mörker. Ingen skugga eller gardin."),
        ("Status", "Visus vä 1,0. Weiss-ring i glaskroppen, inget pigment i främre glaskroppen. "
                   "Indentationsoftalmoskopi 360 grader bilat: näthinnan anliggande runt om, inga hål eller rifter."),
        ("Bedömning", "Akut bakre glaskroppsavlossning vä, okomplicerad. Ablatio kan uteslutas vid dagens undersökning."),
        ("Planering", "Muntlig och skriftlig info om varningssymtom. Ingen planerad uppföljning."),
    ]),
], [], [("NL102", "n1")],
   "hard negative: 'Ablatio kan uteslutas' (ruled out, not 'kan ej uteslutas'); the PVD is confirmed")

C("oft-akut-ablatio-kan-ej-uteslutas-glaskroppsblodning", "vgr", "19471102-3582", "1947-11-02", "2024-03-20", [
    N("n1", M, "Läkaranteckning", "skas", ("Anders Nyqvist", "läkare"), "2024-03-18 14:05", [
        ("Anamnes", "Plötsligt mörkt moln över hö öga i går kväll. Ej diabetiker, inga blodförtunnande."),
        ("Status", "Visus hö handrörelser, vä 0,8. Tät glaskroppsblödning hö, ingen fundusinsyn. "
                   "Ultraljud B-scan: näthinnan tycks anliggande centralt, perifert svårvärderat."),
        ("Bedömning", "Glaskroppsblödning hö, ablatio kan ej uteslutas perifert."),
        ("Åtgärd", "Ny UL om en vecka. Sova med höjd huvudända, undvika tunga lyft."),
    ]),
], [("NL102", "n1")], [],
   "'kan ej uteslutas' hedges a retinal detachment in a visible VGR Bedömning")

C("oft-akut-villkorad-varning-avlossning", "skane", "19711230-4295", "1971-12-30", "2024-06-14", [
    N("n1", M, "Akutanteckning", "hbg", ("Emma Sjöström", "läkare"), "2024-06-11 16:30", [
        ("Bedömning", "Glaskroppsavlossning hö utan hål eller blödning, undersökt i full mydriasis med trespegel."),
        ("Planering", "Om det tillkommer fler flytare, blixtar eller en gardin i synfältet kan det vara tecken på näthinneavlossning och pat ska då söka akut samma dag. "
                      "I övrigt ingen kontroll."),
    ]),
], [], [("NL102", "n1")],
   "hard negative: the only hedged diagnosis sits in a conditional safety-net instruction ('Om det tillkommer ...')")

C("oft-akut-trol-herpeskeratit", "skane", "19890417-0654", "1989-04-17", "2024-01-29", [
    N("n1", M, "Akutanteckning", "sus_akut", ("Hanna Wikström", "läkare"), "2024-01-26 11:20", [
        ("Anamnes", "Rött vä öga i 4 dagar med skav och tårflöde. Hade munsår förra veckan. Ingen kontaktlins."),
        ("Status", "Visus vä 0,7. Fluorescein: grenformig epiteldefekt centralt med terminala bulbar. "
                   "Nedsatt hornhinnesensibilitet vä. Främre kammaren lugn, ingen cellreaktion."),
        ("Bedömning", "Trol. HSV-keratit (dendritiskt sår) vä."),
        ("Åtgärd", "Aciklovir ögonsalva 5 ggr dagl i 10 dagar. Återbesök om en vecka, tidigare vid försämring."),
    ]),
], [("NL102", "n1")], [],
   "'Trol.' before herpes keratitis in a visible Skåne Melior Bedömning")

C("oft-akut-missankt-akantamobakeratit-typo", "vgr", "19960802-2472", "1996-08-02", "2024-09-10", [
    N("n1", M, "Akutanteckning", "su_akut", ("Oskar Lindahl", "läkare"), "2024-09-06 19:50", [
        ("Aktuellt", "Månadslinser, duschar och simmar med linserna. Kraftig smärta vä i 2 v, sämre trots kloramfenikol från VC."),
        ("Status", "Visus vä 0,3. Paracentralt ringinfiltrat, perineurala infiltrat, smärta oproportionerlig mot fynden."),
        ("Bedömning", "Missänkt akantamöbakeratit vä."),
        ("Åtgärd", "Hornhinneskrap och linsfodral till odling och PCR. PHMB 0,02 % och propamidin timvis dag och natt första 48 h."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Missänkt' still hedges Acanthamoeba keratitis in a visible VGR note")

C("oft-akut-postop-inga-tecken-endoftalmit", "skane", "19390525-1868", "1939-05-25", "2024-04-19", [
    N("n1", M, "Mottagningsanteckning", "ystad", ("Lars Åkesson", "läkare"), "2024-04-17 08:45", [
        ("Aktuellt", "Dag 3 efter kataraktoperation hö. Lite skav, ingen smärta, ser bättre."),
        ("Status", "Visus hö 0,6 ua. Lätt hornhinneödem, enstaka celler i främre kammaren, ingen hypopyon. Glaskroppen klar."),
        ("Bedömning", "Normalt postoperativt förlopp efter fakoemulsifikation hö, inga tecken på endoftalmit."),
        ("Planering", "Fortsätter Tobradex 3x1 i 3 v. Synundersökning hos optiker om 6 v."),
    ]),
], [], [("NL102", "n1")],
   "negated mention 'inga tecken på endoftalmit' after routine cataract surgery")

C("oft-akut-vinkelblock-trolig-utskrivning", "skane", "19540107-3621", "1954-01-07", "2024-10-25", [
    N("n1", M, "Läkaranteckning", "sus_avd", ("Mikael Strand", "läkare"), "2024-10-22 17:10", [
        ("Diagnos", "Akut vinkelblock hö."),
        ("Aktuellt", "Tryck 58 mmHg vid ankomst, nu 21 efter acetazolamid iv, pilokarpin och mannitol. "
                     "Laseriridotomi hö gjord kl 15, profylaktisk iridotomi vä planeras innan hemgång."),
        ("Planering", "Trolig utskrivning imorgon om trycket håller sig under 25. Tryckkontroll kl 22 och 06."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")],
   "the only hedge ('Trolig utskrivning') is on a discharge plan; the angle closure is confirmed")

C("oft-akut-kontusion-ev-dt-orbita", "vgr", "20000614-5114", "2000-06-14", "2024-07-08", [
    N("n1", M, "Akutanteckning", "kungalv", ("Ida Forsberg", "läkare"), "2024-07-04 13:25", [
        ("Anamnes", "Fick en padelboll i hö öga igår eftermiddag. Värk och ljuskänslighet."),
        ("Status", "Visus hö 0,5, vä 1,0. FK hö 2+ celler, ingen hyfema. Tryck 12/14. "
                   "Fri motilitet, ingen diplopi, normal sensibilitet på kinden."),
        ("Bedömning", "Contusio bulbi hö med traumatisk irit."),
        ("Åtgärd", "Dexametason 4x1 och cyklopentolat 2x1 hö. Ev. DT orbita om dubbelseende eller domningar tillkommer. "
                   "Fundus i mydriasis om 2 v."),
    ]),
], [], [("NL102", "n1")],
   "'Ev.' hedges an imaging plan only; contusion and traumatic iritis are settled")

C("oft-akut-misstankt-blowout-fraktur", "vgr", "19830219-2987", "1983-02-19", "2024-11-18", [
    N("n1", M, "Akutanteckning", "su_akut", ("Petra Mölleby", "läkare"), "2024-11-15 23:05", [
        ("Anamnes", "Fick en armbåge mot vä öga under innebandymatch i kväll."),
        ("Status", "Enoftalmus vä, dubbelseende vid uppåtblick, hypestesi vä kind och överläpp. Visus 1,0 bilat."),
        ("Bedömning", "Misstänkt blow-out-fraktur i orbitagolvet vä. DT ansiktsskelett beställd akut, ÖNH-jour kontaktad."),
    ], signed=None),
], [("NL102", "n1")], [],
   "suspected orbital floor fracture in a visible Bedömning (eye ER, VGR)")

C("oft-akut-pmo-vardcentral-trol-viral-konjunktivit", "skane", "19921128-0202", "1992-11-28", "2024-03-04", [
    N("n1", P, "Besöksanteckning", "vc_kirseberg", ("Nadia Haddad", "läkare"), "2024-03-01 09:30", [
        ("Anamnes", "Rinnande, klibbiga ögon bilat i 3 dagar, förkyld sedan en vecka."),
        ("Status", "Injicerade konjunktivor bilat, follikelreaktion, palpabel preaurikulär körtel hö. Visus ej påverkad."),
        ("Bedömning", "Trol. viral konjunktivit, DD bakteriell."),
        ("Åtgärd", "Handhygien, egen handduk. Inga antibiotika nu, återkontakt om smärta, ljuskänslighet eller synpåverkan."),
    ]),
], [], [("NL102", "n1")],
   "PMO vårdcentral note: diagnoses are never shown from PMO, so the hedged conjunctivitis is must_not")

C("oft-akut-telefon-ssk-trol-irit-recidiv", "vgr", "19760703-4571", "1976-07-03", "2024-08-23", [
    N("n1", M, "Telefonanteckning", "sas", ("Linnea Karlsson", "sjuksköterska"), "2024-08-21 08:10", [
        ("Telefonkontakt", "Pat med känd Bechterew ringer. Rött, ljuskänsligt hö öga sedan igår kväll, samma känsla som vid tidigare skov. "
                           "Trol. irit recidiv. Får tid på ögonakuten idag 14.30, tar med sina droppar."),
    ]),
], [("NL102", "n1")], [],
   "eye nurse's phone note hedges an iritis relapse ('Trol. irit') under a visible sökord")

C("oft-akut-symtomhedge-hyposphagma", "vgr", "19440815-2249", "1944-08-15", "2024-02-26", [
    N("n1", M, "Akutanteckning", "alingsas", ("Gustav Holm", "läkare"), "2024-02-23 10:40", [
        ("Anamnes", "Vaknade med knallrött vä öga. Ingen smärta, ev. lite skavkänsla, möjligen något suddigt i morse men klart nu. "
                    "Waranbehandlad, PK 2,6 igår."),
        ("Status", "Visus 1,0 bilat. Utbredd subkonjunktival blödning temporalt vä, i övrigt ua."),
        ("Bedömning", "Hyposphagma vä, ofarligt och självläkande på 2–3 v."),
        ("Planering", "BT kontrolleras på VC inom en vecka."),
    ]),
], [], [("NL102", "n1")],
   "hedges ('ev.', 'möjligen') fall only on symptoms; the subconjunctival haemorrhage is settled")

C("oft-akut-amaurosis-talar-emot-gca", "skane", "19491006-3496", "1949-10-06", "2024-05-31", [
    N("n1", M, "Akutanteckning", "cska", ("Victoria Engström", "läkare"), "2024-05-28 15:55", [
        ("Anamnes", "Tre episoder av övergående svart syn hö, ca 5 min vardera, senaste veckan. "
                    "Ingen tinningsömhet, ingen käkklaudikation, inga polymyalgisymtom."),
        ("Status", "Visus 0,9 bilat. Hollenhorst-plack i nedre temporala arteriolen hö. SR 12, CRP <1."),
        ("Bedömning", "Amaurosis fugax hö på embolisk basis. Normala inflammationsprover och avsaknad av systemsymtom talar emot jättecellsarterit."),
        ("Åtgärd", "Akut remiss karotisultraljud, ASA 75 mg insatt efter samråd med strokejour."),
    ]),
], [], [("NL102", "n1")],
   "'talar emot jättecellsarterit' is a ruled-out diagnosis; amaurosis fugax is settled")

C("oft-akut-forenlig-med-crao", "vgr", "19510429-1934", "1951-04-29", "2024-12-09", [
    N("n1", M, "Akutanteckning", "su_akut", ("Ali Rahimi", "läkare"), "2024-12-06 07:35", [
        ("Anamnes", "Plötslig smärtfri synförlust hö kl 06 i morse vid uppvaknandet."),
        ("Status", "Visus hö ljusperception, RAPD hö. Blek ödematös retina, körsbärsröd fläck i fovea, segmenterade blodpelare i arteriolerna."),
        ("Bedömning", "Bild förenlig med centralartärocklusion hö."),
        ("Åtgärd", "Strokelarm via medicinjouren, DT-angio och neurologbedömning."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "'Bild förenlig med' hedges central retinal artery occlusion in a visible Bedömning")

# ============================================================ part 2: glaukom
C("oft-glaukom-misstankt-normaltrycksglaukom", "skane", "19570614-3822", "1957-06-14", "2024-02-21", [
    N("n1", M, "Läkaranteckning", "sus_glauk", ("Per-Olof Dahl", "läkare"), "2024-02-19 13:00", [
        ("Anamnes", "Remiss från optiker pga asymmetriska papiller. Migrän, Raynaud. Inga ögonsymtom."),
        ("Status", "Visus 1,0 bilat. Tryck 15/16, CCT 548/552. Gonioskopi öppen vinkel grad 4 bilat. "
                   "Papill hö C/D 0,5, vä 0,75 med notch inferotemporalt och splitterblödning kl 7. OCT RNFL: tunt inferiort vä."),
        ("Bedömning", "Misstänkt normaltrycksglaukom vä."),
        ("Planering", "Dygnskurva, synfält 24-2 x 2, ny OCT om 4 mån."),
    ]),
], [("NL102", "n1")], [],
   "suspected normal-tension glaucoma in a visible Bedömning at a glaucoma clinic")

C("oft-glaukom-kand-poag-stabil", "vgr", "19480923-1170", "1948-09-23", "2024-04-12", [
    N("n1", M, "Mottagningsanteckning", "udd_glauk", ("Helena Sandberg", "läkare"), "2024-04-10 09:20", [
        ("Diagnos", "Primärt öppenvinkelglaukom bilat, känt sedan 2015."),
        ("Status", "Tryck 16/17 på latanoprost. Synfält stabilt jämfört med 2023, MD -4,1/-3,6 dB."),
        ("Planering", "Oförändrad behandling. Nytt fält och OCT om ett år."),
    ]),
], [], [("NL102", "n1")],
   "settled, long-known glaucoma with no hedge at all")

C("oft-glaukom-okular-hypertension-inga-tecken", "skane", "19690212-4566", "1969-02-12", "2024-09-27", [
    N("n1", M, "Läkaranteckning", "hbg", ("Fredrik Olausson", "läkare"), "2024-09-24 11:10", [
        ("Bedömning", "Okulär hypertension bilat (tryck 26/27, CCT 612/608). Inga tecken på glaukomatös skada på OCT eller i synfältet."),
        ("Planering", "Ingen behandling nu. Ny tryckkontroll och OCT om 12 mån."),
    ]),
], [], [("NL102", "n1")],
   "ocular hypertension settled; glaucomatous damage negated with 'inga tecken på'")

C("oft-glaukom-glaukomsuspekt", "vgr", "19610830-2750", "1961-08-30", "2024-06-05", [
    N("n1", M, "Läkaranteckning", "nal", ("Jenny Axelsson", "läkare"), "2024-06-03 15:15", [
        ("Status", "Tryck 19/22. Excavation hö 0,4, vä 0,7 vertikalt, kantfin rim inferiort vä. Synfält 24-2 normalt bilat."),
        ("Bedömning", "Glaukomsuspekt vä pga asymmetrisk excavation och RNFL-förtunning inferiort."),
        ("Planering", "Upprepat fält och OCT om 6 mån innan ställningstagande till behandling."),
    ]),
], [("NL102", "n1")], [],
   "'Glaukomsuspekt' is clinicians' label for an unconfirmed glaucoma diagnosis, visible in VGR")

C("oft-glaukom-trol-kapsulart-glaukom", "vgr", "19430117-3243", "1943-01-17", "2024-11-08", [
    N("n1", M, "Mottagningsanteckning", "skas", ("Olle Magnusson", "läkare"), "2024-11-06 10:30", [
        ("Status", "Pseudoexfoliationer på främre linskapseln vä, pigment i kammarvinkeln (Sampaolesi-linje). Tryck 18/31."),
        ("Bedömning", "Trol. kapsulärt glaukom vä, synfält bokas."),
        ("Åtgärd", "Start Xalatan 1x1 vä."),
    ]),
], [("NL102", "n1")], [],
   "'Trol.' hedges exfoliation glaucoma in a visible VGR note")

C("oft-glaukom-anhoriga-troligen-glaukom", "skane", "19740405-2313", "1974-04-05", "2024-01-19", [
    N("n1", M, "Läkaranteckning", "landskrona", ("Anna Lindgren", "läkare"), "2024-01-17 14:20", [
        ("Anamnes", "Kommer för kontroll pga hereditet: mor och morbror har glaukom, mormor var blind på äldre dagar och hade troligen också glaukom men utreddes aldrig."),
        ("Status", "Tryck 17/16. Papiller vitala, C/D 0,3 bilat. OCT RNFL normal."),
        ("Bedömning", "Ingen glaukomatös skada idag."),
        ("Planering", "Kontroll hos ögonläkare eller optiker vart annat år pga ärftlighet."),
    ]),
], [], [("NL102", "n1")],
   "the hedged glaucoma belongs to the grandmother; the patient has none")

C("oft-glaukom-misstanke-avskrivs", "vgr", "19680521-1890", "1968-05-21", "2024-10-14", [
    N("n1", M, "Läkaranteckning", "udd_glauk", ("Karl-Johan Björk", "läkare"), "2024-10-11 08:50", [
        ("Bedömning", "Remitterad för glaukomutredning. Dygnskurva 14–18 mmHg, två normala synfält, normal OCT. "
                      "Misstanken om glaukom avskrivs."),
        ("Planering", "Avslutas på mottagningen, fortsatt kontroll hos optiker."),
    ]),
], [], [("NL102", "n1")],
   "hard negative: 'Misstanken om glaukom avskrivs' looks hedged but withdraws the diagnosis")

C("oft-glaukom-ev-slt-plan", "skane", "19520909-4449", "1952-09-09", "2024-03-15", [
    N("n1", M, "Läkaranteckning", "sus_glauk", ("Maria Hultgren", "läkare"), "2024-03-13 10:05", [
        ("Diagnos", "Primärt öppenvinkelglaukom bilat."),
        ("Aktuellt", "Svider av dropparna, glömmer kvällsdosen ibland."),
        ("Status", "Tryck 21/20 på Xalatan och Cosopt, målstryck <18."),
        ("Planering", "Ev. SLT bilat vid nästa besök om målstrycket inte nås. Möjligen byte till konserveringsmedelsfri fast kombination. Återbesök om 3 mån."),
    ]),
], [], [("NL102", "n1")],
   "hedges ('Ev.', 'Möjligen') are on treatment plans only; the glaucoma is confirmed")

C("oft-glaukom-tidiga-hypoteser-mall-hypofys", "skane", "19630304-1682", "1963-03-04", "2024-08-30", [
    N("n1", M, "Tidiga hypoteser", "sus_glauk", ("Erik Wennerberg", "läkare"), "2024-08-27 16:40", [
        ("Bedömning", "Bitemporala synfältsbortfall som inte passar med glaukombilden. Kan röra sig om hypofysprocess med tryck på chiasma. "
                      "MR hjärna beställd. Pat ej informerad om denna tanke innan MR-svar finns."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "Skåne Tidiga hypoteser template: the hedged, untold pituitary hypothesis is in the protected place")

C("oft-glaukom-ssk-tryck-ev-matfel", "skane", "19460628-2574", "1946-06-28", "2024-07-12", [
    N("n1", M, "Sjuksköterskeanteckning", "cska", ("Birgitta Nilsson", "sjuksköterska"), "2024-07-10 09:00", [
        ("Åtgärd", "Tryckkontroll inför läkarbesök, känd okulär hypertension. Goldmann hö 24, vä 19 mmHg. "
                   "Ev. mätfel p.g.a. att pat kniper, ommätt hö: 21."),
    ]),
], [], [("NL102", "n1")],
   "'Ev.' hedges a measurement error, not a diagnosis (eye nurse)")

C("oft-glaukom-dd-vinkelslutning-platairis", "vgr", "19590111-3208", "1959-01-11", "2024-05-24", [
    N("n1", M, "Läkaranteckning", "sas", ("Mattias Ek", "läkare"), "2024-05-22 13:35", [
        ("Status", "Gonioskopi: stängd vinkel 270 grader bilat trots patent iridotomi. Plan iris, djup central kammare. Tryck 23/24."),
        ("Bedömning", "DD primär vinkelslutning med kvarstående appositionell stängning vs platåiris-syndrom."),
        ("Planering", "UBM bokas. Ställningstagande till iridoplastik eller linsextraktion därefter."),
    ], signed=None),
], [("NL102", "n1")], [],
   "'DD' (differential diagnosis) between two angle-closure diagnoses in a visible Bedömning")

C("oft-glaukom-sannolkit-steroidglaukom-typo", "skane", "19880707-1397", "1988-07-07", "2024-04-26", [
    N("n1", M, "Läkaranteckning", "hbg", ("Sofia Borg", "läkare"), "2024-04-24 15:00", [
        ("Aktuellt", "Behandlad med dexametasondroppar hö i 8 v för irit, nu lugnt."),
        ("Status", "Tryck hö 34, vä 15. Papill hö C/D 0,4 utan notch."),
        ("Bedömning", "Sannolkit steroidinducerat glaukom hö."),
        ("Åtgärd", "Utsättning av steroid via nedtrappning, Cosopt 2x1 hö. Ny tryckkontroll om 1 v."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Sannolkit' (sannolikt) still hedges steroid-induced glaucoma")

C("oft-glaukom-nl101-avancerat-ej-fatt-veta", "vgr", "19411214-3625", "1941-12-14", "2024-03-08", [
    N("n1", M, "Läkaranteckning", "udd_glauk", ("Cecilia Vik", "läkare"), "2024-03-05 11:25", [
        ("Status", "Synfält 24-2 vä: MD -18 dB, djupt bortfall nära fixation. OCT: uttalad RNFL-förtunning."),
        ("Diagnos", "Avancerat primärt öppenvinkelglaukom vä."),
        ("Planering", "Pat har ännu inte fått veta att glaukomet nu är i avancerat stadium. "
                      "Tas upp vid läkarbesöket 12/3 då dottern kan vara med, enligt pat önskan."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "a visible, settled diagnosis (advanced glaucoma) that the text says the patient has not yet been told")

C("oft-glaukom-nl101-diagnos-meddelad", "skane", "19660323-4714", "1966-03-23", "2024-06-20", [
    N("n1", M, "Läkaranteckning", "sus_glauk", ("Tobias Lund", "läkare"), "2024-06-18 14:45", [
        ("Bedömning", "Primärt öppenvinkelglaukom bilat, tidigt stadium."),
        ("Information", "Diagnosen meddelad pat idag. Informerad om livslång droppbehandling och att syskon bör undersökas."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "the glaucoma diagnosis is told to the patient today")

C("oft-glaukom-nl101-ej-informerad-om-opdatum", "vgr", "19550816-0941", "1955-08-16", "2024-10-03", [
    N("n1", M, "Läkaranteckning", "skas", ("Rebecka Ståhl", "läkare"), "2024-10-01 10:10", [
        ("Bedömning", "Kapsulärt glaukom vä med otillräcklig tryckkontroll trots tre preparat."),
        ("Planering", "Trabekulektomi vä. Pat ej informerad om operationsdatum, kallelse skickas från operationsplaneringen."),
    ]),
], [], [("NL101", "n1")],
   "what is not yet told is a surgery date, not a diagnosis")

# ============================================================ part 3: makula / injektioner
C("oft-makula-misstankt-vat-amd", "skane", "19450302-2826", "1945-03-02", "2024-01-15", [
    N("n1", M, "Läkaranteckning", "sus_makula", ("Ulrika Fransson", "läkare"), "2024-01-12 10:45", [
        ("Aktuellt", "Raka linjer ser vågiga ut med vä öga sedan ett par veckor. Känd torr AMD hö."),
        ("Status", "Visus hö 0,5, vä 0,4. OCT vä: subretinal vätska och PED subfovealt, blödning temporalt om fovea."),
        ("Bedömning", "Misstänkt våt AMD vä."),
        ("Planering", "OCT-angio och FA snarast, injektionsstart vid bekräftelse."),
    ]),
], [("NL102", "n1")], [],
   "suspected neovascular AMD in a visible Bedömning at a macula clinic")

C("oft-makula-injektion-bekraftad-namd", "skane", "19380718-1437", "1938-07-18", "2024-05-17", [
    N("n1", M, "Injektionsanteckning", "sus_makula", ("Gunilla Persson", "sjuksköterska"), "2024-05-15 08:20", [
        ("Diagnos", "Neovaskulär AMD vä."),
        ("Åtgärd", "Intravitreal injektion aflibercept 2 mg vä enligt ordination, sjunde injektionen. "
                   "Povidonjod 5 %, lock-sperr, injektion 3,5 mm från limbus inferotemporalt. Fingerräkning direkt efter, tryck 19."),
        ("Planering", "Nästa injektion om 8 v, kallelse skickas."),
    ]),
], [], [("NL102", "n1")],
   "eye nurse's injection note with a settled diagnosis and no hedge")

C("oft-makula-torr-amd-ingen-misstanke-cnv", "skane", "19420930-3686", "1942-09-30", "2024-11-22", [
    N("n1", M, "Mottagningsanteckning", "trelleborg", ("Jonas Holmberg", "läkare"), "2024-11-20 13:30", [
        ("Bedömning", "Torr AMD bilat med geografisk atrofi vä, oförändrad mot i våras. Ingen misstanke om aktiv CNV."),
        ("Planering", "Amslertest hemma varje vecka. Hjälpmedel via syncentralen."),
    ]),
], [], [("NL102", "n1")],
   "negated 'Ingen misstanke om aktiv CNV' next to settled dry AMD")

C("oft-makula-dd-csc-pcv", "vgr", "19700211-4192", "1970-02-11", "2024-03-25", [
    N("n1", M, "Läkaranteckning", "su_makula", ("Magnus Falk", "läkare"), "2024-03-22 14:10", [
        ("Status", "OCT vä: serös ablatio av neuroretina under makula, oregelbunden PED med dubbellagertecken. Visus vä 0,6."),
        ("Bedömning", "DD kronisk CSC eller polypoidal koroidal vaskulopati."),
        ("Planering", "ICG-angiografi bokas, därefter ställningstagande till PDT eller anti-VEGF."),
    ], signed=None),
], [("NL102", "n1")], [],
   "'DD' between two macular diagnoses, visible in a VGR note")

C("oft-makula-dmo-trolig-forlangning", "vgr", "19600505-2342", "1960-05-05", "2024-08-16", [
    N("n1", M, "Injektionsanteckning", "sas", ("Malin Strömberg", "sjuksköterska"), "2024-08-14 10:55", [
        ("Diagnos", "Diabetiskt makulaödem bilat."),
        ("Åtgärd", "Intravitreal ranibizumab hö enligt ordination. OCT före injektion: torr makula bilat."),
        ("Planering", "Trolig förlängning av intervallet till 10 v enligt dr Sjöberg om OCT fortsatt är torr nästa gång."),
    ]),
], [], [("NL102", "n1")],
   "'Trolig' hedges an injection-interval plan only; diabetic macular oedema is settled")

C("oft-makula-erm-ev-vitrektomi", "skane", "19530126-1755", "1953-01-26", "2024-06-28", [
    N("n1", M, "Läkaranteckning", "trelleborg", ("Elin Mårtensson", "läkare"), "2024-06-26 09:40", [
        ("Bedömning", "Epiretinalt membran hö med lätta metamorfopsier, visus 0,7. Ev. vitrektomi med membranpeeling om besvären tilltar."),
    ]),
], [], [("NL102", "n1")],
   "one-line note: 'Ev.' hedges a vitrectomy plan; the epiretinal membrane is settled")

C("oft-makula-bild-som-vid-makulahal", "skane", "19480414-3263", "1948-04-14", "2024-09-13", [
    N("n1", M, "Läkaranteckning", "sus_makula", ("Rasmus Ohlsson", "läkare"), "2024-09-11 11:15", [
        ("Aktuellt", "Centralt suddigt och en grå fläck i hö öga sedan ca 2 mån."),
        ("Status", "Visus hö 0,2, vä 0,8. OCT hö: bild som vid fullväggshål i makula, minsta diameter ca 320 µm, vitreomakulär traktion kvar."),
        ("Planering", "Remiss vitreoretinal kirurgi för vitrektomi med ILM-peeling och gas."),
    ]),
], [("NL102", "n1")], [],
   "'bild som vid' hedges a macular hole in a visible Status section")

C("oft-makula-bror-har-vat-amd", "vgr", "19620812-4518", "1962-08-12", "2024-02-16", [
    N("n1", M, "Läkaranteckning", "kungalv", ("Therese Wallin", "läkare"), "2024-02-14 15:30", [
        ("Anamnes", "Bror har våt AMD och får sprutor på Mölndal, pat orolig för egen del. Rökfri sedan 10 år."),
        ("Status", "Visus 1,0 bilat. Inga drusen, normal fovea på OCT bilat."),
        ("Bedömning", "Frisk makula bilat. Råd om kost, rökfrihet och Amslertest."),
    ]),
], [], [("NL102", "n1")],
   "the AMD is the brother's; the patient's own macula is normal")

C("oft-makula-misstankt-endoftalmit-efter-injektion", "vgr", "19371104-2683", "1937-11-04", "2024-07-22", [
    N("n1", M, "Akutanteckning", "su_akut", ("Niklas Roos", "läkare"), "2024-07-19 18:20", [
        ("Anamnes", "Dag 2 efter anti-VEGF-injektion hö. Tilltagande värk och dimsyn sedan i morse."),
        ("Status", "Visus hö handrörelser. Kraftig injektion, hypopyon 2 mm, fibrin i pupillen, glaskroppsgrumling utan fundusinsyn."),
        ("Bedömning", "Misstänkt endoftalmit hö efter intravitreal injektion."),
        ("Åtgärd", "Glaskroppstapp till odling och intravitreal vankomycin + ceftazidim. Läggs in på ögonavdelningen."),
    ]),
], [("NL102", "n1")], [],
   "suspected post-injection endophthalmitis in a visible ER note")

C("oft-makula-kan-inte-utesluta-melanom", "skane", "19670619-3973", "1967-06-19", "2024-04-05", [
    N("n1", M, "Läkaranteckning", "hbg", ("Annika Rydberg", "läkare"), "2024-04-03 10:20", [
        ("Status", "Pigmenterad koroidal förändring nasalt om papillen hö, ca 5x4 papilldiametrar, tjocklek 1,9 mm på UL, lite orange pigment, ingen subretinal vätska."),
        ("Bedömning", "Kan inte utesluta litet koroidalt melanom, DD atypiskt nevus."),
        ("Planering", "Fotodokumentation tagen. Ny UL och foto om 3 mån."),
    ]),
], [("NL102", "n1")], [],
   "'Kan inte utesluta' a choroidal melanoma, plus 'DD'")

C("oft-makula-nl101-melanom-ej-informerad", "vgr", "19580202-1203", "1958-02-02", "2024-10-21", [
    N("n1", M, "Läkaranteckning", "su_makula", ("Katarina Dahlberg", "läkare"), "2024-10-18 16:05", [
        ("Status", "UL vä: kupolformad tumör temporalt, tjocklek 4,2 mm, låg intern reflektivitet. Orange pigment och subretinal vätska."),
        ("Diagnos", "Koroidalt melanom vä."),
        ("Planering", "Pat är ännu inte informerad. Konferens med ögononkolog på måndag, därefter bokas samtal med pat och närstående."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "a settled choroidal melanoma stands in visible text while the patient is not yet informed")

C("oft-makula-nl101-pat-informerad-maken-inte", "skane", "19610917-3846", "1961-09-17", "2024-11-04", [
    N("n1", M, "Läkaranteckning", "sus_makula", ("Peter Lindberg", "läkare"), "2024-11-01 13:50", [
        ("Diagnos", "Koroidalt melanom hö."),
        ("Information", "Pat infromerad om diagnosen och om behandlingsalternativen brachyterapi och protonstrålning. "
                        "Hon vill själv berätta för maken, som ännu inte vet något."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "the patient is told (typo 'infromerad'); only the husband is not yet told")

C("oft-makula-tidiga-hypoteser-sokord-car", "vgr", "19500721-2466", "1950-07-21", "2024-12-16", [
    N("n1", M, "Läkaranteckning", "su_makula", ("Magnus Falk", "läkare"), "2024-12-13 09:25", [
        ("Aktuellt", "Sämre mörkerseende och flimmer i båda ögonen sedan 2 mån. Rökare, 40 paketår."),
        ("Status", "Visus 0,6/0,5. Smala kärl, i övrigt ua fundus. OCT: förtunning av yttre retinala lager bilat."),
        ("Tidiga hypoteser", "Möjlig paraneoplastisk retinopati (CAR) med tanke på snabb progress och rökning. "
                             "Bör utredas för bakomliggande malignitet innan det tas upp med pat."),
        ("Planering", "Fullfälts-ERG och Goldmannperimetri beställt."),
    ]),
], [], [("NL102", "n1")],
   "VGR: the hedged diagnosis sits only under the protected sökord Tidiga hypoteser; visible sections hold none")

C("oft-makula-tidiga-hypoteser-plus-synlig-trol-csc", "vgr", "19780108-1337", "1978-01-08", "2024-05-13", [
    N("n1", M, "Läkaranteckning", "sas", ("Johanna Blom", "läkare"), "2024-05-10 14:40", [
        ("Status", "OCT hö: serös ablatio under fovea, ingen PED. Visus hö 0,7."),
        ("Bedömning", "Trol. centralserös korioretinopati hö, debut för 3 v sedan."),
        ("Tidiga hypoteser", "Bålfetma, striae och hypertoni — misstänkt Cushings syndrom som bakgrund, endokrin utredning diskuteras med VC."),
        ("Planering", "Avvakta spontan regress, ny OCT om 6 v."),
    ]),
], [("NL102", "n1")], [],
   "VGR: one hypothesis is protected, but another hedged diagnosis ('Trol. CSC') stands in a visible Bedömning")

C("oft-makula-telefon-svar-torr-oct", "vgr", "19400623-4027", "1940-06-23", "2024-06-12", [
    N("n1", M, "Telefonanteckning", "su_makula", ("Eva Lundqvist", "sjuksköterska"), "2024-06-10 11:35", [
        ("Telefonkontakt", "Ringt upp pat angående OCT från 3/6, granskad av dr Falk: ingen vätska, torr AMD bilat utan tecken på aktivitet. "
                           "Informerat pat om svaret, ny OCT om 6 mån."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "eye nurse tells the patient a settled result by phone; no hedge, nothing withheld")

# ============================================================ part 4: barnögon / ortoptik
C("oft-barn-misstankt-refraktiv-amblyopi", "skane", "20190214-2833", "2019-02-14", "2024-03-11", [
    N("n1", M, "Ortoptistanteckning", "sus_ortopt", ("Lena Troedsson", "ortoptist"), "2024-03-07 09:15", [
        ("Aktuellt", "Remiss från BVC efter 4-årskontrollen. Glasögon sedan 6 v, används hela dagen enl mamma."),
        ("Status", "Visus (LEA) hö 0,5, vä 1,0 med glasögon. Cover-test ortofori nära och avstånd. Lang-stereo positiv."),
        ("Bedömning", "Misstänkt refraktiv amblyopi hö (anisometropi +3,5/+1,0)."),
        ("Planering", "Ny visuskontroll om 8 v med fortsatt glasögonbehandling."),
    ]),
], [("NL102", "n1")], [],
   "orthoptist hedges amblyopia in a visible Bedömning (child, guardian reads)")

C("oft-barn-ev-ocklusion-plan", "vgr", "20180621-1460", "2018-06-21", "2024-09-23", [
    N("n1", M, "Ortoptistanteckning", "dsbus", ("Maja Erlandsson", "ortoptist"), "2024-09-19 10:30", [
        ("Bedömning", "Anisometropisk amblyopi hö, visus 0,4 efter 16 v glasögonbehandling."),
        ("Planering", "Ev. ocklusion 2 tim/dag om visus inte förbättrats ytterligare till kontrollen om 6 v."),
    ]),
], [], [("NL102", "n1")],
   "'Ev.' hedges patching (a plan); the amblyopia is settled")

C("oft-barn-bvc-pmo-misstankt-skelning", "skane", "20200903-3693", "2020-09-03", "2024-10-01", [
    N("n1", P, "BVC-besök", "bvc_eslov", ("Sanna Bengtsson", "sjuksköterska"), "2024-09-27 14:00", [
        ("Anamnes", "3-årskontroll. Mamma tycker att vä öga ibland vandrar inåt när barnet är trött."),
        ("Status", "Hirschberg symmetriskt, cover-test svårbedömt pga bristande samarbete. Syntest ej genomförbart idag."),
        ("Bedömning", "Misstänkt intermittent esotropi vä."),
        ("Åtgärd", "Remiss till barnögonmottagningen SUS Lund."),
    ]),
], [], [("NL102", "n1")],
   "PMO BVC note: a hedged squint diagnosis in PMO is never shown, so must_not")

C("oft-barn-pseudoesotropi", "vgr", "20221119-4143", "2022-11-19", "2024-06-24", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Henrik Sundqvist", "läkare"), "2024-06-20 13:20", [
        ("Anamnes", "Föräldrarna upplever att barnet skelar inåt, särskilt vid blick åt sidan."),
        ("Status", "Brett näsben och epikantusveck. Hirschberg centrerat, cover-test utan ställningsrörelse nära och avstånd. "
                   "Cykloplegisk refraktion +1,25 bilat."),
        ("Bedömning", "Pseudoesotropi, ingen manifest skelning. Ingen uppföljning behövs."),
    ], signed=None),
], [], [("NL102", "n1")],
   "hard negative: 'Pseudo-' squint is a settled finding of no squint, not a hedge")

C("oft-barn-leukokori-misstankt-retinoblastom-informerade", "skane", "20220408-2313", "2022-04-08", "2024-02-06", [
    N("n1", M, "Läkaranteckning", "sus_barn", ("Ingrid Pålsson", "läkare"), "2024-02-02 11:40", [
        ("Anamnes", "Föräldrarna har sett ett vitt sken i vä pupill på foton sedan 2 v."),
        ("Status", "Leukokori vä, fixerar inte med vä öga. Indirekt oftalmoskopi vä (oroligt barn): vitaktig upphöjd förändring bakom linsen."),
        ("Bedömning", "Misstänkt retinoblastom vä."),
        ("Åtgärd", "Föräldrarna informerade om misstanken och om nästa steg. Akut narkosundersökning och MR, kontakt tagen med St Eriks ögonsjukhus."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "hedged retinoblastoma is visible (NL102) but the family has been told (no NL101)")

C("oft-barn-nl101-retinoblastom-familjen-ej-informerad", "vgr", "20211201-1776", "2021-12-01", "2024-04-15", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Fredrika Ljung", "läkare"), "2024-04-11 15:55", [
        ("Status", "Narkosundersökning idag: två tumörer i vä öga, största 6 mm nära papillen, ingen glaskroppssådd. Hö öga ua."),
        ("Diagnos", "Unilateralt retinoblastom vä."),
        ("Planering", "Familjen ännu inte informerad om fynden. Samtal med föräldrarna tillsammans med barnonkolog i morgon kl 9. Remiss St Erik skickad."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "child under 13 (guardians read): settled retinoblastoma visible while the family is not yet informed")

C("oft-barn-trol-kongenital-katarakt", "skane", "20240110-3284", "2024-01-10", "2024-04-22", [
    N("n1", M, "Läkaranteckning", "sus_barn", ("Ingrid Pålsson", "läkare"), "2024-04-18 10:05", [
        ("Anamnes", "3 mån, BVC har noterat avvikande rödreflex bilat. Född i v 39, frisk i övrigt."),
        ("Status", "Rödreflex nedsatt och ojämn bilat. Central grumling i linsen ca 3 mm bilat vid spaltlampa i handhållen modell. Fixerar och följer ljus, ingen nystagmus."),
        ("Bedömning", "Trol. kongential katarakt bilat."),
        ("Planering", "Narkosundersökning med biometri inom 2 v, ställningstagande till operation."),
    ]),
], [("NL102", "n1")], [],
   "infant: 'Trol.' hedges congenital cataract (typo 'kongential') in visible text")

C("oft-barn-rop-screening-inga-tecken", "skane", "20240502-4536", "2024-05-02", "2024-07-01", [
    N("n1", M, "Konsultationsanteckning", "sus_neo", ("Anders Kjellberg", "läkare"), "2024-06-27 13:45", [
        ("Status", "ROP-screening, postmenstruell ålder 34+2 (GA 27+5). Indirekt oftalmoskopi med lock-sperr efter dilatation. Kärlen når zon III bilat."),
        ("Bedömning", "Inga tecken på ROP."),
        ("Planering", "Ny screening om 2 v."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")],
   "ROP screening of a premature infant: 'Inga tecken på ROP' is negated")

C("oft-barn-konvergensinsufficiens-fragetecken", "vgr", "20140327-2626", "2014-03-27", "2024-11-11", [
    N("n1", M, "Ortoptistanteckning", "su_ortopt", ("Amanda Wiklund", "ortoptist"), "2024-11-07 08:30", [
        ("Aktuellt", "10-årig flicka med huvudvärk och suddigt vid läsning, värre efter skoldagen."),
        ("Status", "Närpunkt för konvergens 14 cm, exofori 12 prismadioptrier nära och 2 på avstånd. Ackommodationsamplitud normal för åldern."),
        ("Bedömning", "Konvergensinsufficiens?"),
        ("Planering", "Pennpush-övningar 10 min/dag, ny kontroll om 8 v."),
    ]),
], [("NL102", "n1")], [],
   "a bare '?' after the diagnosis is the hedge (orthoptist, VGR)")

C("oft-barn-storebror-trol-esotropi", "skane", "20190812-3910", "2019-08-12", "2024-08-19", [
    N("n1", M, "Ortoptistanteckning", "ystad", ("Karin Håkansson", "ortoptist"), "2024-08-15 14:10", [
        ("Anamnes", "Pappa har amblyopi hö sedan barndomen. Storebror skelar, trol. ackommodativ esotropi, följs i Malmö."),
        ("Status", "Visus (LEA) 1,0 bilat. Ortofori nära och avstånd, stereo 60 bågsekunder."),
        ("Bedömning", "Normalt ortoptiskt status."),
    ]),
], [], [("NL102", "n1")],
   "the hedged esotropia belongs to the brother; the child is normal")

C("oft-barn-kan-rora-sig-om-albinism", "vgr", "20230715-1254", "2023-07-15", "2024-10-28", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Henrik Sundqvist", "läkare"), "2024-10-24 11:00", [
        ("Anamnes", "Pendelnystagmus sedan 3 mån ålder. Ljust hår och ljus hud, båda föräldrarna mörka."),
        ("Status", "Transilluminationsdefekter i iris bilat, foveal hypoplasi på handhållen OCT."),
        ("Bedömning", "Kan röra sig om okulokutan albinism."),
        ("Planering", "Remiss klinisk genetik. Glasögon efter cykloplegisk refraktion."),
    ], signed=None),
], [("NL102", "n1")], [],
   "'Kan röra sig om' hedges albinism in a visible Bedömning")

C("oft-barn-oklart-om-glasogon-anvands", "skane", "20171030-3866", "2017-10-30", "2024-05-20", [
    N("n1", M, "Ortoptistanteckning", "cska", ("Josefin Paulsson", "ortoptist"), "2024-05-16 15:25", [
        ("Bedömning", "Ackommodativ esotropi med hyperopi +4,5 bilat, rak med glasögon vid förra besöket."),
        ("Aktuellt", "Oklart om glasögonen används i förskolan, pappa tror att de ofta ligger i väskan. Visus 0,8 bilat med glasögon."),
        ("Planering", "Uppmanat till användning hela dagen, kontakt med förskolan erbjuden."),
    ]),
], [], [("NL102", "n1")],
   "'Oklart om' hedges whether glasses are worn, not a diagnosis")

C("oft-barn-nl101-stargardt-informerade", "vgr", "20130506-2489", "2013-05-06", "2024-03-18", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Fredrika Ljung", "läkare"), "2024-03-14 13:10", [
        ("Utredning", "Genetiskt svar: två patogena varianter i ABCA4."),
        ("Diagnos", "Stargardts sjukdom."),
        ("Information", "Flickan och föräldrarna informerade idag om diagnosen, ärftligheten och att synen sannolikt försämras långsamt. Kontakt med syncentralen förmedlad."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "child and guardians told about Stargardt disease; 'sannolikt' hedges prognosis, not the diagnosis")

C("oft-barn-misstank-duane-typo", "skane", "20160122-1342", "2016-01-22", "2024-12-12", [
    N("n1", M, "Läkaranteckning", "sus_ortopt", ("Oscar Friberg", "läkare"), "2024-12-10 09:50", [
        ("Status", "Nedsatt abduktion vä, retraktion av bulben och lidspaltsförträngning vid addukt. Huvudvridning åt vä. Inga dubbelbilder."),
        ("Bedömning", "Misstänk Duanes syndrom typ 1 vä."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Misstänk' (misstänkt) still hedges Duane syndrome")

C("oft-barn-tidiga-hypoteser-mall-ncl", "skane", "20180209-4027", "2018-02-09", "2024-07-29", [
    N("n1", M, "Tidiga hypoteser", "sus_barn", ("Ingrid Pålsson", "läkare"), "2024-07-25 16:15", [
        ("Bedömning", "Makulabild med pigmentförändringar, snabb synförsämring och nytillkomna kramper enligt föräldrarna. "
                      "Misstänkt neuronal ceroidlipofuscinos (CLN3). Föräldrarna ej informerade om denna hypotes, neuropediatrisk bedömning och genetik först."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "Skåne Tidiga hypoteser template (child): hedged and untold diagnosis kept in the protected place")

# ============================================================ part 5: neurooftalmologi
C("oft-neuro-trol-optikusneurit-ms-kan-inte-uteslutas", "skane", "19950311-2824", "1995-03-11", "2024-09-09", [
    N("n1", M, "Läkaranteckning", "sus_neuro", ("Marcus Thelin", "läkare"), "2024-09-05 14:30", [
        ("Anamnes", "Smärta vid ögonrörelser hö sedan 5 dagar och tilltagande dimsyn. Inga tidigare neurologiska symtom."),
        ("Status", "Visus hö 0,3, vä 1,0. RAPD hö. Ishihara hö 4/15, vä 15/15. Papill hö lätt svullen, vä ua."),
        ("Bedömning", "Trolig optikusneurit hö. MS kan inte uteslutas, MR hjärna med kontrast beställd."),
        ("Planering", "Remiss neurologen för ställningstagande till steroider."),
    ]),
], [("NL102", "n1")], [],
   "'Trolig' optic neuritis and 'kan inte uteslutas' MS in visible text")

C("oft-neuro-nl101-mr-forenligt-ms-ej-informerad", "vgr", "19910826-1489", "1991-08-26", "2024-09-16", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Sanna Ahlgren", "läkare"), "2024-09-12 10:40", [
        ("Aktuellt", "Återbesök efter optikusneurit vä i juli, visus återhämtat till 0,9."),
        ("Utredning", "MR hjärna 2/9: multipla periventrikulära och juxtakortikala lesioner, förenligt med MS."),
        ("Planering", "Pat ej informerad om MR-fyndet ännu, neurologen tar samtalet på torsdag enligt överenskommelse."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "visible hedged MS ('förenligt med') and the text says the patient is not yet told")

C("oft-neuro-nl101-multi-ms-misstanke-senare-informerad", "skane", "19870415-2647", "1987-04-15", "2024-03-04", [
    N("n1", M, "Läkaranteckning", "sus_neuro", ("Marcus Thelin", "läkare"), "2024-02-05 15:20", [
        ("Bedömning", "Optikusneurit hö, misstänkt MS med tanke på domningsepisod i benen 2022."),
        ("Planering", "Pat ännu inte informerad om MS-misstanken, vill ha MR-svar först. MR bokad v 8."),
    ]),
    N("n2", M, "Läkaranteckning", "sus_neuro", ("Marcus Thelin", "läkare"), "2024-02-26 13:00", [
        ("Utredning", "MR hjärna: två periventrikulära lesioner, ingen laddning."),
        ("Information", "Pat informerad idag om MS-misstanken och MR-fynden, remiss till neurologen skickad. Hon tog beskedet lugnt och har stöd av sambon."),
    ]),
], [("NL101", "n1")], [("NL101", "n2")],
   "two notes: n1 withholds the MS hypothesis in visible text (NL101); n2 tells the patient (no NL101 on n2)")

C("oft-neuro-papillodem-trol-iih", "skane", "19990102-3268", "1999-01-02", "2024-01-24", [
    N("n1", M, "Akutanteckning", "hbg", ("Alexandra Möller", "läkare"), "2024-01-22 20:15", [
        ("Anamnes", "Huvudvärk sedan 2 mån, pulserande tinnitus, sekundlånga gråsynsepisoder vid uppresning. Gått upp 15 kg senaste året."),
        ("Status", "Visus 1,0 bilat. Bilat papillödem Frisén grad 3, förstorade blinda fläckar på konfrontation."),
        ("Bedömning", "Bilat papillödem, trol. IIH."),
        ("Åtgärd", "Akut MR med venös fas via akuten, därefter LP med öppningstryck enligt neurologjouren."),
    ]),
], [("NL102", "n1")], [],
   "'trol.' hedges idiopathic intracranial hypertension in the ER note")

C("oft-neuro-papillodem-uteslutes-papilldrusen", "vgr", "19940620-4819", "1994-06-20", "2024-02-29", [
    N("n1", M, "Läkaranteckning", "nal", ("Viktor Granlund", "läkare"), "2024-02-27 09:35", [
        ("Anamnes", "Remiss från optiker pga upphöjda papiller vid rutinundersökning. Inga symtom."),
        ("Status", "Upphöjda papiller med knottrig kant bilat, ingen venstas, inga blödningar. Autofluorescens och EDI-OCT visar ytliga drusen bilat."),
        ("Bedömning", "Papilldrusen bilat. Papillödem uteslutes."),
        ("Planering", "Synfält som baslinje, sedan kontroll vartannat år."),
    ]),
], [], [("NL102", "n1")],
   "papilloedema is ruled out ('uteslutes'); optic disc drusen are settled")

C("oft-neuro-naion-dd-arteritisk-aion", "vgr", "19440318-2399", "1944-03-18", "2024-11-25", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Louise Ekman", "läkare"), "2024-11-21 11:45", [
        ("Anamnes", "Vaknade med nedsatt syn i nedre halvan av synfältet vä. Lätt huvudvärk, ingen käkklaudikation."),
        ("Status", "Visus vä 0,5. Segmentell papillsvullnad övre halvan vä med splitterblödning, hö liten skålad papill. SR 48, CRP 22."),
        ("Bedömning", "NAION vä, DD arteritisk AION vid jättecellsarterit."),
        ("Åtgärd", "Prednisolon 60 mg insatt i avvaktan på temporalisbiopsi, remiss reumatologen."),
    ]),
], [("NL102", "n1")], [],
   "'DD' keeps giant cell arteritis open in visible text")

C("oft-neuro-jattecellsarterit-avskrivs", "skane", "19460911-1135", "1946-09-11", "2024-03-14", [
    N("n1", M, "Läkaranteckning", "sus_neuro", ("Marcus Thelin", "läkare"), "2024-03-12 10:15", [
        ("Utredning", "Temporalisbiopsi 5/3: ingen arterit, ingen jättecellsreaktion."),
        ("Bedömning", "Jättecellsarterit avskrivs. Diagnos: NAION hö."),
        ("Planering", "Prednisolon trappas ut på 2 v enligt schema."),
    ]),
], [], [("NL102", "n1")],
   "'avskrivs' withdraws giant cell arteritis; NAION is settled")

C("oft-neuro-abducenspares-sannolikt-mikrovaskular", "vgr", "19560701-3744", "1956-07-01", "2024-05-27", [
    N("n1", M, "Läkaranteckning", "skas", ("Robert Hägg", "läkare"), "2024-05-23 15:05", [
        ("Anamnes", "Horisontellt dubbelseende sedan 4 dagar, värst på avstånd. Diabetes typ 2 och hypertoni."),
        ("Status", "Abduktionsdefekt hö, esotropi 20 prismadioptrier på avstånd. Övriga kranialnerver ua."),
        ("Bedömning", "Abducenspares hö, sannolikt mikrovaskulär genes."),
        ("Planering", "Prismafolie på glasögonen. MR om ingen regress inom 3 mån."),
    ]),
], [("NL102", "n1")], [],
   "'sannolikt' hedges the (microvascular) diagnosis of the nerve palsy")

C("oft-neuro-nl101-hypofysadenom-ej-besked", "skane", "19720419-2293", "1972-04-19", "2024-04-16", [
    N("n1", M, "Läkaranteckning", "sus_neuro", ("Alva Jönsson", "läkare"), "2024-04-12 16:30", [
        ("Utredning", "MR hypofys 10/4: makroadenom 2,4 cm med suprasellär växt och kompression av chiasma, förklarar den bitemporala hemianopsin."),
        ("Diagnos", "Hypofysadenom."),
        ("Planering", "Pat har ej fått besked om MR-svaret. Neurokirurg och endokrinolog kontaktade för gemensamt besked på torsdag."),
    ], signed=None),
], [("NL101", "n1")], [("NL102", "n1")],
   "settled pituitary adenoma in visible text; the patient has not received the news")

C("oft-neuro-horner-dissektion-kan-ej-uteslutas", "vgr", "19810605-1355", "1981-06-05", "2024-08-05", [
    N("n1", M, "Akutanteckning", "su_akut", ("Emil Sjögren", "läkare"), "2024-08-01 22:10", [
        ("Anamnes", "Hängande ögonlock hö och nackvärk hö sedan 2 dagar, började efter tunga lyft på gymmet."),
        ("Status", "Ptos 2 mm och mios hö, anisokorin tydligast i mörker. Apraklonidintest positivt."),
        ("Bedömning", "Horners syndrom hö. Karotisdissektion kan ej uteslutas."),
        ("Åtgärd", "Akut DT-angio hals och hjärna, medicinjouren kontaktad."),
    ], signed=None),
], [("NL102", "n1")], [],
   "'kan ej uteslutas' keeps carotid dissection open in a visible ER note")

C("oft-neuro-forenligt-med-okular-myasteni", "skane", "19630928-3569", "1963-09-28", "2024-10-18", [
    N("n1", M, "Läkaranteckning", "cska", ("Niklas Bergström", "läkare"), "2024-10-16 13:40", [
        ("Anamnes", "Hängande ögonlock vä som varierar under dagen, dubbelseende på kvällarna."),
        ("Status", "Ptos vä 3 mm som minskar till 1 mm efter istest. Uttröttbarhet vid uppåtblick efter 60 s."),
        ("Bedömning", "Förenligt med okulär myasteni."),
        ("Åtgärd", "AChR- och MuSK-antikroppar skickade, remiss neurologen."),
    ]),
], [("NL102", "n1")], [],
   "'Förenligt med' hedges ocular myasthenia")

C("oft-neuro-ingen-misstanke-ms-migran", "vgr", "19980214-4627", "1998-02-14", "2024-06-17", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Sanna Ahlgren", "läkare"), "2024-06-13 09:05", [
        ("Anamnes", "Flimmer i synfältet som sprider sig under 20 min följt av huvudvärk, tre gånger senaste året."),
        ("Status", "Ögonstatus och neurostatus ua. Synfält normalt. MR hjärna normal."),
        ("Bedömning", "Ingen misstanke om MS eller annan strukturell orsak. Diagnos: Migrän med aura."),
    ]),
], [], [("NL102", "n1")],
   "'Ingen misstanke om MS' is negated; migraine with aura is settled")

C("oft-neuro-lhon-morbror-modern-trolig-barare", "skane", "20010719-1710", "2001-07-19", "2024-02-19", [
    N("n1", M, "Läkaranteckning", "sus_neuro", ("Alva Jönsson", "läkare"), "2024-02-15 11:20", [
        ("Anamnes", "Morbror fick diagnosen Lebers hereditära optikusneuropati 2019, modern trolig anlagsbärare. Pat är besvärsfri."),
        ("Status", "Visus 1,0 bilat, normala papiller, normalt färgseende. OCT RNFL normal."),
        ("Bedömning", "Inga tecken på optikusneuropati. Genetisk vägledning erbjuden."),
    ]),
], [], [("NL102", "n1")],
   "hedge belongs to the mother's carrier status; the patient's own neuropathy is negated")

C("oft-neuro-nl101-normalt-mr-ej-meddelat", "vgr", "19930310-2447", "1993-03-10", "2024-05-20", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Louise Ekman", "läkare"), "2024-05-16 14:20", [
        ("Diagnos", "Retrobulbär optikusneurit vä, i regress."),
        ("Utredning", "MR orbita och hjärna 14/5 utan anmärkning, inga demyeliniserande lesioner."),
        ("Planering", "Pat ännu inte informerad om det normala MR-svaret, ringer upp på måndag."),
    ]),
], [], [("NL101", "n1")],
   "what is not yet told is a normal MR result, not a diagnosis")

C("oft-neuro-trol-optikusnerit-typo", "vgr", "19970522-4187", "1997-05-22", "2024-12-02", [
    N("n1", M, "Akutanteckning", "sas", ("Jakob Nordin", "läkare"), "2024-11-28 17:45", [
        ("Anamnes", "Smärta bakom vä öga vid blickrörelser, färger ser blekare ut sedan 3 dagar."),
        ("Status", "Visus vä 0,5, RAPD vä, papiller ua."),
        ("Bedömning", "Trol. optikusnerit vä."),
    ]),
], [("NL102", "n1")], [],
   "typo in the diagnosis word ('optikusnerit') under a clear hedge")

# ============================================================ part 6: uveit, kornea, plastik, PMO
C("oft-uveit-talar-for-hla-b27", "vgr", "19850423-1724", "1985-04-23", "2024-01-22", [
    N("n1", M, "Läkaranteckning", "su_uveit", ("Sebastian Kronberg", "läkare"), "2024-01-18 10:25", [
        ("Anamnes", "Tredje skovet av rött, ljuskänsligt hö öga på 2 år, alltid ensidigt. Morgonstelhet i ländryggen sedan flera år."),
        ("Status", "FK hö 3+ celler och fibrin, bakre synekier kl 5. Vä lugnt."),
        ("Bedömning", "Recidiverande akut främre uveit hö. Ensidiga skov och inflammatorisk ryggvärk talar för HLA-B27-associerad sjukdom."),
        ("Åtgärd", "Dexametason varje timme vaken tid, cyklopentolat 2x1. HLA-B27 och remiss reumatologen."),
    ]),
], [("NL102", "n1")], [],
   "'talar för' hedges an HLA-B27-associated diagnosis in visible text")

C("oft-uveit-inger-misstanke-om-sarkoidos", "vgr", "19710906-2864", "1971-09-06", "2024-04-08", [
    N("n1", M, "Läkaranteckning", "su_uveit", ("Linda Persson", "läkare"), "2024-04-04 13:50", [
        ("Status", "Bilat granulomatös uveit med fettiga keratiska precipitat och Koeppe-noduli. Kärlkuffar perifert i fundus."),
        ("Bedömning", "Bilden inger misstanke om sarkiodos."),
        ("Åtgärd", "DT thorax, ACE, s-kalcium och lysozym."),
    ]),
], [("NL102", "n1")], [],
   "'inger misstanke om' sarcoidosis (typo 'sarkiodos') in a visible Bedömning")

C("oft-uveit-fragestallnig-toxoplasmos-typo", "skane", "19930117-3481", "1993-01-17", "2024-10-07", [
    N("n1", M, "Akutanteckning", "hbg", ("Isak Wendel", "läkare"), "2024-10-03 15:40", [
        ("Anamnes", "Nedsatt syn och flytare vä sedan en vecka."),
        ("Status", "Fokal vitaktig retinokoroidit intill gammalt pigmenterat ärr temporalt om makula vä, tät vitrit."),
        ("Utredning", "Frågeställnig toxoplasmos-retinokoroidit, serologi skickad."),
        ("Åtgärd", "Trimetoprim-sulfametoxazol, prednisolon tillägg efter 48 h."),
    ]),
], [("NL102", "n1")], [],
   "typo 'Frågeställnig' (frågeställning) still marks toxoplasmosis as an open question")

C("oft-kornea-keratokonus-ev-cxl", "skane", "20020830-2190", "2002-08-30", "2024-05-03", [
    N("n1", M, "Läkaranteckning", "sus_kornea", ("Hedvig Nyström", "läkare"), "2024-04-30 11:05", [
        ("Bedömning", "Keratokonus bilat med progress vä på Pentacam (Kmax +1,4 D på 6 mån)."),
        ("Planering", "Ev. CXL vä till hösten, möjligen även hö vid fortsatt progress. Sklerallinser provas hos optiker."),
    ]),
], [], [("NL102", "n1")],
   "hedges are on cross-linking plans; keratoconus is settled")

C("oft-plastik-misstankt-basaliom-utkast", "vgr", "19490312-4636", "1949-03-12", "2024-06-10", [
    N("n1", M, "Läkaranteckning", "su_plastik", ("Carl Almqvist", "läkare"), "2024-06-07 09:30", [
        ("Status", "Långsamt växande pärlemorglänsande knöl med teleangiektasier i nedre ögonlocket vä nära mediala kantus, ca 6 mm."),
        ("Bedömning", "Misstänkt basalcellscancer nedre ögonlocket vä."),
        ("Planering", "Excision med fryssnittskontroll och lokal rekonstruktion."),
    ], signed=None),
], [("NL102", "n1")], [],
   "unsigned draft (pre-signing): suspected basal cell carcinoma in a visible section")

C("oft-episklerit-differentialdiagnoser-uteslutna", "vgr", "19790614-3826", "1979-06-14", "2024-07-15", [
    N("n1", M, "Läkaranteckning", "kungalv", ("Hampus Lindell", "läkare"), "2024-07-11 16:20", [
        ("Status", "Sektoriell rodnad temporalt vä, lätt ömhet, blekning efter fenylefrin. Främre kammaren lugn."),
        ("Bedömning", "Differentialdiagnoser som övervägts (sklerit, främre uveit) har uteslutits. Episklerit vä."),
        ("Åtgärd", "NSAID-droppar 3x1 i en vecka, kalla kompresser."),
    ], signed=None),
], [], [("NL102", "n1")],
   "hard negative: the word 'Differentialdiagnoser' appears, but they are ruled out")

C("oft-kornea-fuchs-fragetecken", "skane", "19520503-2468", "1952-05-03", "2024-08-09", [
    N("n1", M, "Läkaranteckning", "sus_kornea", ("Hedvig Nyström", "läkare"), "2024-08-07 10:50", [
        ("Aktuellt", "Dimsyn på morgonen bilat som klarnar under förmiddagen."),
        ("Status", "Guttae centralt bilat, lätt stromaödem hö. Pakymetri 628/601."),
        ("Bedömning", "Fuchs endoteldystrofi?"),
        ("Planering", "Spekularmikroskopi bokad."),
    ]),
], [("NL102", "n1")], [],
   "'?' after Fuchs dystrophy in a visible Bedömning")

C("oft-status-fragetecken-pa-visus", "vgr", "19330709-1623", "1933-07-09", "2024-03-01", [
    N("n1", M, "Läkaranteckning", "alingsas", ("Gustav Holm", "läkare"), "2024-02-28 13:15", [
        ("Anamnes", "Dement, bor på särskilt boende, kommer med personal pga sämre syn och fall."),
        ("Status", "Visus hö 0,1, vä ? (samarbetar inte). Mogen vit katarakt vä, kraftig kärnskleros hö."),
        ("Bedömning", "Katarakt bilat."),
        ("Planering", "Kataraktoperation vä i lokalbedövning med sedering, personal följer med."),
    ]),
], [], [("NL102", "n1")],
   "hard negative: '?' stands for an unmeasurable visual acuity, not a hedged diagnosis")

C("oft-pmo-ungdomsmottagning-trol-klamydiakonjunktivit", "skane", "20070418-2641", "2007-04-18", "2024-09-20", [
    N("n1", P, "Besöksanteckning", "um_lund", ("Tove Rosén", "läkare"), "2024-09-18 15:10", [
        ("Anamnes", "Klibbigt, rött hö öga i 3 v trots kloramfenikol. Ny partner i somras."),
        ("Status", "Follikulär konjunktivit hö, förstorad preaurikulär körtel."),
        ("Bedömning", "Trol. klamydiakonjunktivit hö."),
        ("Åtgärd", "Klamydia-PCR från konjunktiva och urin. Smittspårning vid positivt svar."),
    ]),
], [], [("NL102", "n1")],
   "PMO ungdomsmottagning (patient 17): PMO never shows diagnoses, so no NL102")

C("oft-pmo-hemsjukvard-trol-blefarit", "skane", "19350815-1424", "1935-08-15", "2024-04-29", [
    N("n1", P, "Omvårdnadsanteckning", "hsv_hoor", ("Pia Larsson", "sjuksköterska"), "2024-04-26 10:00", [
        ("Omvårdnad", "Hembesök för ögondroppning enligt ordination. Lockkanterna röda och fjälliga bilat med krustor i fransarna. "
                      "Trol. blefarit, lockrengöring morgon och kväll instruerad. Kontakt med VC-läkare för bedömning."),
    ]),
], [], [("NL102", "n1")],
   "PMO home-care nurse note with a hedged blepharitis: never shown from PMO")

C("oft-pmo-vc-misstant-retinopati-typo", "skane", "19640101-3575", "1964-01-01", "2024-06-03", [
    N("n1", P, "Besöksanteckning", "vc_tagaborg", ("Olof Hammar", "läkare"), "2024-05-30 08:40", [
        ("Aktuellt", "Diabetes typ 2, årskontroll. HbA1c 61."),
        ("Utredning", "Svar ögonbottenfoto: misstänt lätt bakgrundsretinopati vä, ny fotografering om ett år."),
    ]),
], [], [("NL102", "n1")],
   "PMO note (typo 'misstänt'): hedged diabetic retinopathy in PMO is never shown")

C("oft-ortoptist-trol-dekompenserad-esofori", "skane", "19810923-4339", "1981-09-23", "2024-12-05", [
    N("n1", M, "Ortoptistanteckning", "sus_ortopt", ("Lena Troedsson", "ortoptist"), "2024-12-03 13:25", [
        ("Aktuellt", "Intermittent dubbelseende på avstånd efter långa dagar vid skärm."),
        ("Status", "Esofori 14 prismadioptrier på avstånd, 8 nära. Nedsatt divergent fusionsbredd."),
        ("Bedömning", "Trol. dekompenserad esofori."),
        ("Planering", "Prova prisma 4 basut i glasögonen, återbesök om 6 v."),
    ]),
], [("NL102", "n1")], [],
   "orthoptist hedges a decompensated esophoria in an adult")

C("oft-barn-eventuell-marfan", "vgr", "20150610-1953", "2015-06-10", "2024-09-02", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Fredrika Ljung", "läkare"), "2024-08-29 10:15", [
        ("Status", "Linsluxation uppåt-temporalt bilat. Lång och smal kroppsbyggnad, långa fingrar, myopi -7 D."),
        ("Bedömning", "Ectopia lentis bilat, eventuell Marfans syndrom."),
        ("Åtgärd", "Remiss barnkardiologen för ekokardiografi och genetisk utredning."),
    ]),
], [("NL102", "n1")], [],
   "'eventuell' hedges Marfan syndrome in a child's visible note")

# ============================================================ part 7: NL101, berättat / ej berättat
C("oft-nl101-ciliarkroppsmelanom-ej-medelad-typo", "skane", "19560412-2837", "1956-04-12", "2024-02-26", [
    N("n1", M, "Läkaranteckning", "cska", ("Victoria Engström", "läkare"), "2024-02-22 14:35", [
        ("Utredning", "UBM: solid pigmenterad tumör i ciliarkroppen hö kl 10–12, 8 x 6 mm, med sektoriell katarakt."),
        ("Diagnos", "Ciliarkroppsmelanom hö."),
        ("Planering", "Diagnosen är ännu inte medelad pat, besked ges tillsammans med ögononkologen i Lund nästa vecka."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "typo 'medelad' (meddelad): settled melanoma visible, not yet told to the patient")

C("oft-nl101-rp-foraldrar-vill-vanta-17-ar", "vgr", "20070202-1460", "2007-02-02", "2024-05-27", [
    N("n1", M, "Läkaranteckning", "skas", ("Olle Magnusson", "läkare"), "2024-05-23 11:10", [
        ("Utredning", "ERG: kraftigt nedsatta stavsvar och måttligt nedsatta tappsvar bilat. Genetik: patogen variant i RHO."),
        ("Diagnos", "Retinitis pigmentosa."),
        ("Planering", "Föräldrarna önskar att vi väntar med att berätta om diagnosen tills efter studenten i juni, pat har därför inte informerats. "
                      "Diskuterat med verksamhetschef, ny bedömning vid återbesök i juni."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "patient aged 17 reads the journal herself; the diagnosis is visible but deliberately not told yet")

C("oft-nl101-informerad-vid-forra-besoket", "skane", "19990923-3612", "1999-09-23", "2024-06-07", [
    N("n1", M, "Läkaranteckning", "sus_kornea", ("Hedvig Nyström", "läkare"), "2024-06-05 09:20", [
        ("Bedömning", "Keratokonus bilat, stabilt sedan CXL hö 2023."),
        ("Information", "Pat informerades om diagnosen redan vid förra besöket (2024-02-12) och har läst på sedan dess."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "the patient was told at an earlier visit")

C("oft-nl101-ej-informerad-om-remiss-fuchs", "vgr", "19480630-4244", "1948-06-30", "2024-10-28", [
    N("n1", M, "Läkaranteckning", "sas", ("Mattias Ek", "läkare"), "2024-10-24 10:45", [
        ("Bedömning", "Fuchs endoteldystrofi bilat med tilltagande morgondimsyn, pakymetri 640/615."),
        ("Planering", "Remiss till hornhinneenheten i Mölndal för DMEK hö. Pat ej informerad om att remissen skickats, brev går ut."),
    ]),
], [], [("NL101", "n1")],
   "what is not told is that a referral was sent, not a diagnosis")

C("oft-nl101-sjogren-ej-infomerad-typo", "skane", "19690815-2686", "1969-08-15", "2024-03-25", [
    N("n1", M, "Läkaranteckning", "hbg", ("Sofia Borg", "läkare"), "2024-03-21 13:05", [
        ("Anamnes", "Torra ögon och torr mun sedan ett år, svullna spottkörtlar ibland."),
        ("Status", "Schirmer 2/3 mm, lissamingrönt-färgning av konjunktiva bilat."),
        ("Bedömning", "Misstanke om Sjögrens syndrom. SSA/SSB tagna, remiss reumatologen."),
        ("Information", "Pat ej infomerad om Sjögrenmisstanken, reumatologen tar upp det vid sitt besök."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "typo 'infomerad': visible hedged Sjögren diagnosis that the patient is not told about")

C("oft-nl101-vgr-tidiga-hypoteser-lymfom", "vgr", "19620322-3851", "1962-03-22", "2024-06-14", [
    N("n1", M, "Läkaranteckning", "su_uveit", ("Linda Persson", "läkare"), "2024-06-11 15:30", [
        ("Aktuellt", "Dimsyn och flytare hö sedan 4 mån, ingen effekt av steroider."),
        ("Status", "Täta glaskroppsgrumlingar i ark och subretinala gulvita infiltrat hö."),
        ("Bedömning", "Kronisk steroidrefraktär vitrit hö."),
        ("Tidiga hypoteser", "Misstänkt vitreoretinalt lymfom. Pat ej informerad om lymfommisstanken innan diagnostisk vitrektomi och cytologi."),
        ("Planering", "Diagnostisk vitrektomi hö bokad 12/6."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "VGR: the untold, hedged lymphoma lives only under the protected sökord; visible text holds a told, settled vitritis")

C("oft-nl101-skane-tidiga-hypoteser-mall-och-vanlig-anteckning", "skane", "19890912-2429", "1989-09-12", "2024-08-26", [
    N("n1", M, "Tidiga hypoteser", "sus_neuro", ("Marcus Thelin", "läkare"), "2024-08-22 10:10", [
        ("Bedömning", "Misstänkt MS efter andra episoden av optikusneurit. Pat ej informerad om misstanken i väntan på MR och neurologbedömning."),
    ]),
    N("n2", M, "Läkaranteckning", "sus_neuro", ("Marcus Thelin", "läkare"), "2024-08-22 10:25", [
        ("Bedömning", "Optikusneurit hö i regress, visus 0,8."),
        ("Planering", "MR hjärna beställd, kontroll om 4 v."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
   "Skåne: the untold hypothesis is in a Tidiga hypoteser note; the companion visible note has no hedge and no withholding")

C("oft-nl101-cmv-retinit-vantar-med-besked", "vgr", "19730128-1197", "1973-01-28", "2024-01-12", [
    N("n1", M, "Läkaranteckning", "su_uveit", ("Sebastian Kronberg", "läkare"), "2024-01-09 17:30", [
        ("Anamnes", "Njurtransplanterad 2021, tacrolimus och mykofenolat."),
        ("Status", "Perivaskulära gulvita nekroser med blödningar nasalt hö och temporalt vä. CMV-PCR i kammarvätska positiv."),
        ("Diagnos", "CMV-retinit bilat."),
        ("Planering", "Vi väntar med att informera pat om diagnosen tills transplantationsläkaren är på plats i morgon, enligt överenskommelse med njurmedicin. "
                      "Valganciklovir insatt, intravitreal ganciklovir hö givet idag."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "'Vi väntar med att informera pat' about a settled, visible diagnosis")

C("oft-nl101-inget-sagt-om-information", "vgr", "20040517-3964", "2004-05-17", "2024-04-19", [
    N("n1", M, "Läkaranteckning", "nal", ("Viktor Granlund", "läkare"), "2024-04-17 08:55", [
        ("Bedömning", "Keratokonus bilat, Kmax 52/54 D. Sklerallinser fungerar bra, visus 1,0 bilat med linser. CXL ej aktuellt då stabilt i 2 år."),
        ("Planering", "Kontroll om ett år."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "settled diagnosis and nothing said about telling: neither rule applies")

C("oft-nl101-informerad-om-misstanke-uvealt-melanom", "skane", "19540305-2870", "1954-03-05", "2024-07-08", [
    N("n1", M, "Läkaranteckning", "hbg", ("Annika Rydberg", "läkare"), "2024-07-04 11:50", [
        ("Status", "Upphöjd pigmenterad koroidal förändring temporalt vä, tjocklek 3,1 mm, orange pigment och subretinal vätska."),
        ("Bedömning", "Misstanke om uvealt melanom vä."),
        ("Information", "Pat informerad idag om misstanken och om att vidare utredning sker på ögononkologen i Lund, remiss skickad enligt SVF."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "the suspicion is visible (NL102) but the patient was told today (no NL101)")

C("oft-nl101-ej-informerad-om-injektionstid", "vgr", "19470717-3284", "1947-07-17", "2024-02-05", [
    N("n1", M, "Sjuksköterskeanteckning", "su_makula", ("Eva Lundqvist", "sjuksköterska"), "2024-02-01 13:40", [
        ("Åtgärd", "Makulaödem vid grenventrombos hö, tre laddningsdoser klara. Pat inte informerad om nästa injektionstid än, sms skickas när schemat är lagt."),
    ]),
], [], [("NL101", "n1")],
   "eye nurse: what is not yet told is an appointment time")

C("oft-nl101-barn-farforaldrar-vet-inget", "skane", "20150121-2847", "2015-01-21", "2024-11-29", [
    N("n1", M, "Läkaranteckning", "sus_barn", ("Oscar Friberg", "läkare"), "2024-11-27 14:15", [
        ("Anamnes", "JIA sedan 3 års ålder, kommer på uveitscreening."),
        ("Status", "Hö 1+ celler och flare, vä lugnt. Tryck 14/13."),
        ("Diagnos", "JIA-associerad kronisk främre uveit hö."),
        ("Information", "Flickan och föräldrarna informerade om diagnosen och droppbehandlingen. De vill själva berätta för farföräldrarna, som ännu inte vet något om ögonsjukdomen."),
    ]),
], [], [("NL101", "n1")],
   "child and guardians are told; only the grandparents are not")

C("oft-nl101-utkast-crvo-ej-informerad", "vgr", "19600914-4434", "1960-09-14", "2024-09-30", [
    N("n1", M, "Akutanteckning", "kungalv", ("Elsa Norén", "läkare"), "2024-09-26 21:05", [
        ("Anamnes", "Plötslig dimsyn hö sedan i morse."),
        ("Status", "Visus hö 0,1. Flamformade blödningar i alla kvadranter, slingriga vener, papillsvullnad. OCT: makulaödem hö."),
        ("Diagnos", "Centralventrombos hö med makulaödem."),
        ("Planering", "Pat ej informerad om diagnosen ikväll då hon var mycket orolig och trött, bakjouren informerar vid återbesöket i morgon bitti."),
    ], signed=None),
], [("NL101", "n1")], [("NL102", "n1")],
   "unsigned AT-doctor draft: settled CRVO visible while the patient is not yet told")

C("oft-nl101-orbitatumor-ej-upplyst", "skane", "19820508-1592", "1982-05-08", "2024-10-14", [
    N("n1", M, "Läkaranteckning", "landskrona", ("Moa Sundin", "läkare"), "2024-10-10 15:20", [
        ("Anamnes", "Utstående vä öga sedan ett halvår, ingen smärta."),
        ("Status", "Hertel 16/20 mm, lätt nedsatt motilitet uppåt vä. DT orbita: välavgränsad intrakonal tumör vä, 2 cm."),
        ("Diagnos", "Orbitatumör vä."),
        ("Planering", "Pat inte upplyst om DT-fyndet ännu. Tid hos orbitakirurg i Lund bokas och besked ges där."),
    ], signed=None),
], [("NL101", "n1")], [("NL102", "n1")],
   "'inte upplyst om' a settled orbital tumour that stands in visible text")

C("oft-nl101-barn-optikusatrofi-ej-fatt-beskedet", "vgr", "20170919-3716", "2017-09-19", "2024-03-04", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Henrik Sundqvist", "läkare"), "2024-02-29 12:30", [
        ("Status", "Visus 0,2 bilat, bleka papiller bilat. OCT: kraftigt förtunnat RNFL bilat. VEP: förlängda latenser."),
        ("Diagnos", "Bilateral optikusatrofi."),
        ("Planering", "Föräldrarna har ännu inte fått beskedet, samtal bokat nästa vecka med kurator närvarande. MR och genetik (OPA1) beställt."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "child under 13: guardians (the journal's readers) not yet told about a visible settled diagnosis")

# ============================================================ part 8: skydd via mall/sökord, långa journaler
C("oft-nl101-best-ej-informerd-typo", "vgr", "20050311-1486", "2005-03-11", "2024-11-01", [
    N("n1", M, "Läkaranteckning", "nal", ("Jenny Axelsson", "läkare"), "2024-10-29 15:45", [
        ("Status", "Bilat äggulelik gul lesion i makula. EOG Arden-kvot 1,2 bilat."),
        ("Diagnos", "Bests vitelliforma makuladystrofi."),
        ("Planering", "Genetiken (BEST1) kom idag. Pat ej informerd om att det rör sig om en ärftlig makulasjukdom, ansvarig läkare ger besked vid besöket på fredag."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "typo 'informerd': a settled macular dystrophy stands in visible text, not yet told to a 19-year-old")

C("oft-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "19770830-2646", "1977-08-30", "2024-01-08", [
    N("n1", M, "Läkaranteckning", "hbg", ("Isak Wendel", "läkare"), "2024-01-04 10:35", [
        ("Status", "Djup violett rodnad nasalt vä, kraftig smärta som väcker nattetid. Ömmande vid palpation."),
        ("Tidiga hypoteser", "Misstänkt nekrotiserande sklerit vid bakomliggande granulomatos med polyangiit, ANCA skickat."),
    ]),
], [("NL102", "n1")], [],
   "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord in an ordinary Läkaranteckning is visible")

C("oft-vgr-mall-tidiga-hypoteser-synligt-sokord", "vgr", "19660607-3812", "1966-06-07", "2024-04-29", [
    N("n1", M, "Tidiga hypoteser", "su_uveit", ("Linda Persson", "läkare"), "2024-04-25 14:05", [
        ("Bedömning", "Intermediär uveit bilat med snöbollar och periflebit, misstänkt underliggande MS."),
    ]),
], [("NL102", "n1")], [],
   "VGR protects by sökord: the hedge stands under the visible sökord Bedömning even though the template is named Tidiga hypoteser")

C("oft-lang-akut-uveit-dd-sarkoidos", "skane", "19870103-2263", "1987-01-03", "2024-03-29", [
    N("n1", M, "Akutanteckning", "sus_akut", ("Hanna Wikström", "läkare"), "2024-03-27 18:25", [
        ("Kontaktorsak", "Rött och ömmande vä öga sedan 4 dagar, tilltagande ljuskänslighet."),
        ("Anamnes", "Tidigare frisk, inga kända ögonsjukdomar. Ingen kontaktlins, inget trauma. Inga ledbesvär, ingen ryggvärk, inga munsår. "
                    "Ömmande röda knölar på underbenen för 3 v sedan som försvann spontant. Torrhosta sedan i vintras, icke-rökare. Inga läkemedel, inga kända allergier."),
        ("Socialt", "Bor med sambo och två barn, arbetar som lärare. Inga utlandsresor senaste året, ingen känd fästingkontakt. Måttlig alkoholkonsumtion."),
        ("Status allmänt", "Opåverkad, AT gott. Inga aktuella hudutslag, lätt brunaktiga fläckar kvar på båda underbenen. "
                           "Inga palpabla lymfkörtlar på halsen eller i axillerna, parotis ej förstorade."),
        ("Status", "Visus hö 1,0, vä 0,6 (ph 0,7). Tryck 15/24 mmHg (iCare). Hö: främre och bakre segment ua. "
                   "Vä: ciliär injektion, klar hornhinna, fettiga keratiska precipitat inferiort, FK 2+ celler och 1+ flare, inga synekier. Pupillen vä reagerar trögt. "
                   "Fundus vä i mydriasis: 1+ vitreala celler, inga snöbollar, papill och makula ua, inga kärlkuffar, perifer retina anliggande. "
                   "OCT makula vä: ingen cystoid förändring."),
        ("Lab", "SR 28, CRP 9, Hb 131, LPK 7,9. ACE och s-kalcium analyseras i morgon, svar om 3–5 dagar."),
        ("Bedömning", "Främre uveit vä, första episoden, granulomatös typ med lätt tryckstegring. DD sarkoidosassocierad uveit med tanke på hudutslagen och hostan."),
        ("Åtgärd", "Dexametason 1 mg/ml 6x1 vä, cyklopentolat 1 % 2x1 vä och timolol 2x1 vä tills vidare. "
                   "Lungröntgen, ACE, s-kalcium, SR och CRP beställt via akutlab. Muntlig information om behandlingen och om att inte avbryta dropparna tvärt."),
        ("Information", "Pat informerad om fynden och om varför vi tar blodprover och lungröntgen. Får ett skriftligt droppschema med sig hem."),
        ("Planering", "Återbesök uveitmottagningen om en vecka med tryckkontroll. Söker åter vid ökad smärta eller sämre syn."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "long ER chart, mostly settled findings; one 'DD' line keeps sarcoidosis open in visible text")

C("oft-lang-makula-arskontroll-utan-hypotes", "vgr", "19410219-3473", "1941-02-19", "2024-08-12", [
    N("n1", M, "Läkaranteckning", "su_makula", ("Magnus Falk", "läkare"), "2024-08-08 09:40", [
        ("Aktuellt", "Årskontroll, känd torr AMD bilat och tidigare behandlad våt AMD hö (sista injektion 2022). "
                     "Tycker att läsningen gått något sämre, möjligen pga ny läsbelysning som bländar. Amsler hemma utan förvrängning enligt pat."),
        ("Anamnes", "Behandlad hypertoni. Kataraktopererad bilat 2018. Mor hade troligen AMD men utreddes aldrig. Icke-rökare, äter AREDS-tillskott."),
        ("Läkemedel", "Enalapril 10 mg 1x1, atorvastatin 20 mg 1x1, AREDS2-tillskott 1x1. Inga blodförtunnande."),
        ("Socialt", "Bor ensam i lägenhet och klarar sig själv, dottern hjälper till med inköp. Slutade köra bil förra året av egen vilja. Läser mycket och löser korsord."),
        ("Status", "Visus hö 0,4, vä 0,7 med bästa korrektion. Tryck 16/15. Pseudofaka bilat med klara bakre kapslar. "
                   "Fundus: drusen bilat, geografisk atrofi extrafovealt vä, fibrotiskt ärr subfovealt hö. "
                   "OCT hö: stabilt ärr utan intra- eller subretinal vätska. OCT vä: ingen vätska, atrofizonen oförändrad mot 2023. OCT-A: inget aktivt kärlnät."),
        ("Synfunktion", "Läser 1,0-text hö med +3,5 D addition och lupp, vä N8 utan svårighet. Kontrastkänslighet (Pelli-Robson) 1,35/1,50. "
                        "Amslerkarta: lätt förvrängning centralt hö som tidigare, vä utan anmärkning."),
        ("Bedömning", "Inaktiv neovaskulär AMD hö i ärrstadium. Torr AMD med geografisk atrofi vä, långsam progress. "
                      "Inga tecken på reaktivering hö och ingen misstanke om ny CNV vä."),
        ("Planering", "Ingen injektionsbehandling. Eventuellt nytt läsglas hos optiker, trolig nytta av förstoringsglas och remiss till syncentralen skickad. "
                      "Ny OCT om 6 mån, tidigare vid förvrängd syn. Pat informerad om svaret och planen."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "long hard negative: hedges only on a symptom cause, the mother's disease and aids; diagnoses settled or negated; told")

C("oft-lang-epikris-orbital-cellulit-trol-etmoidit", "vgr", "20160804-1735", "2016-08-04", "2024-05-10", [
    N("n1", M, "Epikris", "su_avd", ("Petra Mölleby", "läkare"), "2024-05-08 11:30", [
        ("Diagnos", "Orbital cellulit vä."),
        ("Epikris", "8-årig pojke som inkom via barnakuten med 2 dygns svullnad och rodnad kring vä öga, feber 39,2 och smärta vid ögonrörelser. "
                    "Vid ankomst proptos 3 mm vä, nedsatt abduktion och elevation, visus 0,8 vä och 1,0 hö, ingen RAPD. CRP 142, LPK 18. "
                    "DT orbita och bihålor visade inflammatoriska förändringar i etmoidalcellerna vä och diffus infiltration av orbitafettet utan abscess. "
                    "Bedömdes som orbital cellulit vä, trol. utgången från etmoidit. "
                    "Behandlades med cefotaxim och klindamycin iv i 5 dygn samt nasal avsvällning. ÖNH-konsult följde förloppet och ingen operation krävdes. "
                    "Successiv förbättring, afebril från dag 3 och normal motilitet från dag 4. Visus och pupillreaktioner kontrollerades två gånger dagligen utan försämring."),
        ("Planering", "Peroralt amoxicillin-klavulansyra i 10 dagar. Återbesök barnögonmottagningen om en vecka och ÖNH-mottagningen om 3 v. "
                      "Föräldrarna har fått muntlig information om att ny svullnad, feber, synpåverkan eller dubbelseende ska leda till omedelbar kontakt med barnakuten."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [],
   "long discharge summary (child): the source of the cellulitis, ethmoiditis, is hedged with 'trol.'")

C("oft-lang-epikris-endoftalmit-bekraftad", "skane", "19430912-2887", "1943-09-12", "2024-03-22", [
    N("n1", M, "Epikris", "sus_avd", ("Mikael Strand", "läkare"), "2024-03-19 13:15", [
        ("Diagnos", "Postoperativ endoftalmit hö efter kataraktoperation, Staphylococcus epidermidis i glaskroppsodling."),
        ("Epikris", "Opererades för katarakt hö 2024-03-04 på Lasarettet Trelleborg. Sökte dag 4 med smärta och dimsyn, hypopyon 1,5 mm och visus handrörelser. "
                    "Glaskroppstapp och intravitreal vankomycin + ceftazidim samma kväll, därefter dexametason- och moxifloxacindroppar. "
                    "Odlingen växte KNS känslig för vankomycin. Hypopyon borta dag 3, visus 0,2 vid utskrivning. Ingen ablatio på ultraljud."),
        ("Planering", "Ev. kompletterande vitrektomi om glaskroppsgrumlingen inte klarnar inom 2 v. Kontroll på ögonmottagningen om 5 dagar. "
                      "Pat informerad om förloppet och om vikten av tät uppföljning."),
    ], setting="slutenvård"),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "culture-proven endophthalmitis in a discharge summary; only a surgery plan is hedged, detachment negated")

C("oft-operationsberattelse-katarakt-ev-yag", "vgr", "19500128-4453", "1950-01-28", "2024-09-06", [
    N("n1", M, "Operationsberättelse", "alingsas", ("Therese Wallin", "läkare"), "2024-09-04 10:20", [
        ("Diagnos", "Kärnkatarakt hö."),
        ("Operation", "Fakoemulsifikation med bakre kammarlins hö i topikal och intrakameral bedövning. "
                      "Temporalt clear-cornea-snitt, kapsulorhexis 5,5 mm, hydrodissektion, fako med stop and chop. IOL 21,5 D i kapselsäcken, cefuroxim intrakameralt. Okomplicerat."),
        ("Kommentar", "Tunn bakre kapsel med lätt central fibros, ev. YAG-kapsulotomi längre fram."),
    ]),
], [], [("NL102", "n1")],
   "operation note: 'ev.' hedges a later laser procedure only")

C("oft-utkast-sannolik-diabetisk-papillopati", "skane", "19741121-3221", "1974-11-21", "2024-07-19", [
    N("n1", M, "Läkaranteckning", "cska", ("Niklas Bergström", "läkare"), "2024-07-17 14:45", [
        ("Anamnes", "Typ 1-diabetes sedan 12 års ålder, lätt dimsyn bilat i 2 v."),
        ("Status", "Bilat papillsvullnad med teleangiektatiska kärl på papillytan. Visus 1,0 bilat, inga synfältsbortfall."),
        ("Bedömning", "Sannolik diabetisk papillopati bilat."),
        ("Planering", "MR hjärna beställd, återbesök om 4 v."),
    ], signed=None),
], [("NL102", "n1")], [],
   "unsigned draft: 'Sannolik' hedges diabetic papillopathy")

C("oft-ssk-injektion-upplever-trol-battre", "skane", "19460102-1365", "1946-01-02", "2024-12-20", [
    N("n1", M, "Injektionsanteckning", "sus_makula", ("Gunilla Persson", "sjuksköterska"), "2024-12-18 08:50", [
        ("Diagnos", "Makulaödem vid centralventrombos vä."),
        ("Åtgärd", "Bevacizumab intravitrealt vä enligt ordination, fjärde dosen. Tryck efter injektion 22, ser handrörelser."),
        ("Omvårdnad", "Pat upplever trol. något bättre syn sedan förra gången, möjligen mindre dimmigt på morgnarna."),
    ]),
], [], [("NL102", "n1")],
   "nurse's hedges describe the patient's experience of vision, not a diagnosis")

C("oft-kornea-ingen-misstake-om-keratit-typo", "vgr", "19911015-4821", "1991-10-15", "2024-07-01", [
    N("n1", M, "Akutanteckning", "su_akut", ("Emil Sjögren", "läkare"), "2024-06-27 08:35", [
        ("Anamnes", "Linsbärare, skav och rodnad hö sedan igår efter att ha sovit med linserna."),
        ("Status", "Fluorescein: punktata epitelskador centralt hö, inga infiltrat, lugn främre kammare."),
        ("Bedömning", "Ingen misstake om bakteriell keratit. Linsrelaterad epitelpåverkan hö."),
        ("Åtgärd", "Linsuppehåll en vecka, kloramfenikol 4x1 i 5 dagar."),
    ]),
], [], [("NL102", "n1")],
   "typo in a negation ('Ingen misstake om'): keratitis is still ruled out")

C("oft-uveit-kan-ej-utelsutas-typo", "skane", "19580719-2355", "1958-07-19", "2024-05-24", [
    N("n1", M, "Läkaranteckning", "ystad", ("Elin Mårtensson", "läkare"), "2024-05-22 11:40", [
        ("Anamnes", "Diffus rodnad vä och lätt ljuskänslighet sedan 2 dagar. Psoriasis."),
        ("Status", "Spårceller (0,5+) i främre kammaren vä, ingen flare."),
        ("Bedömning", "Uveit kan ej utelsutas, ny kontroll om 3 dagar."),
    ]),
], [("NL102", "n1")], [],
   "typo 'utelsutas' in 'kan ej uteslutas' still hedges uveitis")

# ============================================================ part 9: fler ej berättade hypoteser, fler hedges
C("oft-nl101-misstankt-pca-ej-informerad", "skane", "19510613-2680", "1951-06-13", "2024-04-26", [
    N("n1", M, "Läkaranteckning", "sus_neuro", ("Alva Jönsson", "läkare"), "2024-04-24 13:20", [
        ("Anamnes", "Svårt att läsa och hitta saker på bordet sedan ett år, glasögonbyte har inte hjälpt. Hustrun följer med."),
        ("Status", "Visus 0,8 bilat, normala papiller och normal OCT. Homonyma nedre bortfall bilat, simultanagnosi vid bildbeskrivning."),
        ("Bedömning", "Bilden inger misstanke om posterior kortikal atrofi."),
        ("Planering", "Pat ej informerad om misstanken, remiss till minnesmottagningen först."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "visible hedged neurodegenerative diagnosis that the patient has not been told about")

C("oft-nl101-trolig-funktionell-synnedsattning-ej-informerad", "vgr", "19900704-3244", "1990-07-04", "2024-06-24", [
    N("n1", M, "Läkaranteckning", "su_neuro", ("Louise Ekman", "läkare"), "2024-06-20 15:10", [
        ("Utredning", "Tubulärt synfält som inte vidgas med avståndet. OCT, mfERG, VEP och MR hjärna normala."),
        ("Bedömning", "Trolig funktionell synnedsättning."),
        ("Planering", "Pat ännu inte informerad om bedömningen, tas upp vid gemensamt besök med psykolog om 2 v."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "hedged functional visual loss in visible text, not yet told to the patient")

C("oft-nl101-barn-misstankt-lca-foraldrar-ej-fatt-veta", "vgr", "20230211-1832", "2023-02-11", "2024-08-30", [
    N("n1", M, "Läkaranteckning", "dsbus", ("Fredrika Ljung", "läkare"), "2024-08-28 09:45", [
        ("Status", "Vandrande ögonrörelser, trycker på ögonen med knogarna. Pupillreaktioner tröga, fundus nästan normal."),
        ("Utredning", "ERG i narkos: utsläckta svar från både stavar och tappar."),
        ("Bedömning", "Misstänkt Lebers kongenitala amauros, genpanel skickad."),
        ("Planering", "Föräldrarna har ännu inte fått veta vad vi misstänker. Samtal när genetiksvaret finns."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "toddler (guardians read): suspected congenital retinal dystrophy visible and kept from the parents")

C("oft-nl101-mojlig-koroidal-metastas-ej-underattad-typo", "skane", "19590927-4424", "1959-09-27", "2024-10-11", [
    N("n1", M, "Läkaranteckning", "sus_makula", ("Rasmus Ohlsson", "läkare"), "2024-10-09 11:55", [
        ("Anamnes", "Opererad och strålad för bröstcancer 2019. Dimsyn hö sedan en månad."),
        ("Status", "Två amelanotiska, gulvita koroidala upphöjningar bakre polen hö med subretinal vätska."),
        ("Bedömning", "Möjlig koroidal metastas hö."),
        ("Planering", "Pat ej underättad om fynden, onkologen kontaktad och tar samtalet i samband med ny DT."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "typo 'underättad' (underrättad): hedged metastasis visible while the patient is not told")

C("oft-nl101-meningiom-ska-inte-informeras-forran-mr", "vgr", "19680815-1390", "1968-08-15", "2024-02-16", [
    N("n1", M, "Läkaranteckning", "skas", ("Robert Hägg", "läkare"), "2024-02-14 14:25", [
        ("Status", "Visus vä 0,6, RAPD vä, temporal blekhet av papillen vä med optociliära shuntkärl."),
        ("Bedömning", "Kan inte utesluta kompressiv optikusneuropati vä, t.ex. av ett optikusskidemeningiom."),
        ("Planering", "MR orbita med kontrast. Pat ska inte informeras om misstanken förrän MR är gjord, enligt bakjour."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "'ska inte informeras ... förrän' about a visible hedged tumour diagnosis")

C("oft-akut-susp-herpes-zoster-ophthalmicus", "skane", "19420506-2716", "1942-05-06", "2024-03-08", [
    N("n1", M, "Akutanteckning", "hbg", ("Alexandra Möller", "läkare"), "2024-03-06 12:50", [
        ("Status", "Blåsor i pannan vä och på nästippen, lätt injicerat vä öga. Pseudodendriter och 1+ celler i främre kammaren."),
        ("Bedömning", "Susp. herpes zoster ophthalmicus vä med keratouveit."),
        ("Åtgärd", "Valaciklovir 1 g x 3 i 7 dagar, dexametason 3x1 vä. Kontroll om 5 dagar."),
    ]),
], [("NL102", "n1")], [],
   "'Susp.' abbreviates a hedged zoster diagnosis in a visible Bedömning")

C("oft-barn-sannolikt-coats", "vgr", "20180306-3559", "2018-03-06", "2024-12-16", [
    N("n1", M, "Läkaranteckning", "nal", ("Jenny Axelsson", "läkare"), "2024-12-12 10:00", [
        ("Aktuellt", "Skolsköterskan fann nedsatt syn hö vid syntest."),
        ("Status", "Visus hö 0,1, vä 1,0. Gul lipidexsudation i makula och teleangiektatiska kärl perifert temporalt hö."),
        ("Bedömning", "Sannolikt Coats sjukdom hö."),
        ("Planering", "Fluoresceinangiografi i narkos och ställningstagande till laser."),
    ]),
], [("NL102", "n1")], [],
   "'Sannolikt' hedges Coats disease in a 6-year-old's visible note")

# ============================================================ validation and output
CODES = {"NL101", "NL102"}
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
TS_RE = re.compile(r"^2024-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        where = name
        if list(c) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            errs.append(f"{where}: case keys {list(c)}")
        if not name.startswith("oft-") or not re.match(r"^[a-z0-9-]+$", name):
            errs.append(f"{where}: bad case name")
        if name in names:
            errs.append(f"{where}: duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{where}: bad ruleset")
        if not c["why"].strip():
            errs.append(f"{where}: empty why")
        rec = c["record"]
        if list(rec) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            errs.append(f"{where}: record keys {list(rec)}")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(f"{where}: non-empty events/conversations/treatments")
        pat = rec["patient"]
        if list(pat) != ["id", "birth_date", "protected_identity"]:
            errs.append(f"{where}: patient keys")
        m = PNR_RE.match(pat["id"])
        if not m:
            errs.append(f"{where}: personnummer format {pat['id']}")
        else:
            d8, last4 = m.groups()
            if not luhn_ok(d8[2:] + last4):
                errs.append(f"{where}: Luhn fails for {pat['id']}")
            if f"{d8[:4]}-{d8[4:6]}-{d8[6:]}" != pat["birth_date"]:
                errs.append(f"{where}: birth_date does not match personnummer")
        if not TS_RE.match(rec["as_of"]):
            errs.append(f"{where}: as_of not in 2024")
        times = [rec["as_of"]]
        ids = set()
        systems = {}
        for n in rec["notes"]:
            nk = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
            if list(n) != nk:
                errs.append(f"{where}: note keys {list(n)}")
            if n["id"] in ids:
                errs.append(f"{where}: duplicate note id {n['id']}")
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in (M, P):
                errs.append(f"{where}: bad system")
            if c["ruleset"] == "vgr" and n["system"] != M:
                errs.append(f"{where}: VGR note not Melior")
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131-"):
                errs.append(f"{where}: VGR unit with non-VGR HSA id")
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255-"):
                errs.append(f"{where}: Skåne unit with non-Skåne HSA id")
            if not TS_RE.match(n["time"]):
                errs.append(f"{where}: note time not in 2024")
            if n["signed"] is not None:
                if not TS_RE.match(n["signed"]):
                    errs.append(f"{where}: signed not in 2024")
                elif n["signed"] < n["time"]:
                    errs.append(f"{where}: signed before time")
            if n["time"] > rec["as_of"]:
                errs.append(f"{where}: note after as_of")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append(f"{where}: bad setting")
            if not n["sections"]:
                errs.append(f"{where}: note without sections")
            times.append(n["time"])
            for s in n["sections"]:
                if list(s) != ["keyword", "text"] or not s["keyword"].strip() or not s["text"].strip():
                    errs.append(f"{where}: bad section")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], s["keyword"]):
                            errs.append(f"{where}: sentence repeated (also in {sentences[sent][0]}): {sent!r}")
                        sentences.setdefault(sent, (name, n["id"], s["keyword"]))
        for t in times:
            a = age_at(pat["birth_date"], t)
            if a < 0 or 13 <= a <= 15:
                errs.append(f"{where}: patient age {a} at {t}")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{where}: no assertion")
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, target in lst:
                if code not in CODES:
                    errs.append(f"{where}: unexpected code {code}")
                if target not in ids:
                    errs.append(f"{where}: target {target} missing")
                    continue
                if (code, target) in seen:
                    errs.append(f"{where}: {code}/{target} asserted twice")
                seen.add((code, target))
                if code == "NL102" and kind == "must" and systems[target] != M:
                    errs.append(f"{where}: NL102 must on non-Melior note")
                if code == "NL101" and systems[target] == P:
                    errs.append(f"{where}: NL101 asserted on PMO note")
    return errs


def tally(cases):
    t = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                t.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    return t


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} problem(s); nothing written", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    t = tally(CASES)
    rs = {r: sum(1 for c in CASES if c["ruleset"] == r) for r in ("skane", "vgr")}
    print(f"wrote {len(CASES)} cases to {OUT} (skane {rs['skane']}, vgr {rs['vgr']})")
    for code in sorted(t):
        print(f"  {code}: must {t[code]['must']}, must_not {t[code]['must_not']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
